//! The status rules on Spanish news wording, as an editor would judge it, with the reason a
//! Spanish reader sees: the journalistic conditional, "presuntamente", unnamed sources, and the
//! scope that keeps "no hay indicios de que" and "según el operador nacional" confirmed.

mod common;

/// Text, then `None` for confirmed as reported, or the reason (without "Sin confirmar: ").
const CASES: &[(&str, Option<&str>)] = &[
    ("Según fuentes cercanas a la negociación, Colombia estaría dispuesta a vender hasta 450 megavatios.", Some("fuentes anónimas o vagas y una atenuación («Según fuentes cercanas», «estaría»)")),
    ("La central Coca Codo Sinclair habría sufrido nuevas fisuras en su captación, de acuerdo con versiones que circulan en redes sociales.", Some("una atenuación y fuentes anónimas o vagas («habría», «de acuerdo con versiones que circulan en redes sociales»)")),
    ("Presuntamente, el retraso en el mantenimiento de las turbinas agravó la crisis.", Some("una atenuación («Presuntamente»)")),
    ("El ataque no ha sido confirmado por las autoridades.", Some("no verificada («no ha sido confirmado»)")),
    ("La cifra de víctimas sigue sin confirmar.", Some("no verificada («sin confirmar»)")),
    ("La oposición asegura, sin aportar pruebas, que hubo fraude en tres provincias.", Some("no verificada («sin aportar pruebas»)")),
    ("El Gobierno prevé reanudar las exportaciones en enero.", Some("una previsión («prevé»)")),
    ("Se espera que las lluvias regresen en noviembre.", Some("una previsión («Se espera que»)")),
    ("El ministro considera que la crisis está controlada.", Some("una creencia u opinión («considera que»)")),
    ("La oposición cree que hubo fraude.", Some("una creencia u opinión («cree»)")),
    ("Esa decisión se interpreta como un intento de cerrar el paso a Morales.", Some("una creencia u opinión («se interpreta como»)")),
    ("El anuncio fue interpretado por analistas como un intento de desviar la atención.", Some("una creencia u opinión («interpretado por analistas como»)")),
    ("La medida, según críticos, solo desviará a los migrantes hacia rutas más peligrosas.", Some("fuentes anónimas o vagas («según críticos»)")),
    ("La decisión busca, según economistas, estimular la actividad.", Some("fuentes anónimas o vagas («según economistas»)")),
    ("Analistas atribuyen la caída de las ganancias a los menores precios del crudo.", Some("fuentes anónimas o vagas («Analistas atribuyen»)")),
    ("La oposición asegura que el resultado fue manipulado.", Some("lo que afirma una de las partes («resultado fue manipulado»)")),
    ("El presidente podría anunciar nuevas medidas.", Some("una atenuación («podría»)")),
    ("Supuestamente, los contrabandistas sobornaron a los guardias.", Some("una atenuación («Supuestamente»)")),
    ("Es posible que los cortes se extiendan hasta diciembre.", Some("una atenuación («Es posible que»)")),
    ("Si no llueve, los cortes continuarán.", Some("una condición («Si»)")),
    ("Las pérdidas se estiman en 2.000 millones de dólares.", Some("una estimación («estiman»)")),
    ("Algunos analistas advierten que la inflación subirá.", Some("fuentes anónimas o vagas y una previsión («Algunos analistas advierten», «subirá»)")),
    ("El Gobierno desmintió que haya racionamiento de agua.", Some("desmentida o disputada («desmintió»)")),
    ("La empresa negó las acusaciones.", Some("desmentida o disputada («negó»)")),
    ("Al parecer, el incendio comenzó en la sala de máquinas.", Some("una atenuación («Al parecer»)")),
    ("Fuentes consultadas por este diario indicaron que el acuerdo está cerca.", Some("fuentes anónimas o vagas («Fuentes consultadas por este diario indicaron»)")),
    ("El buque sería propiedad de una empresa panameña.", Some("una atenuación («sería»)")),
    ("Los expertos temen que la sequía se prolongue.", Some("fuentes anónimas o vagas y una creencia u opinión («expertos temen que»)")),
    ("La información no pudo ser verificada de forma independiente.", Some("no verificada («no pudo ser verificada»)")),
    ("Los vecinos aseguran que escucharon dos explosiones.", Some("fuentes anónimas o vagas («vecinos aseguran»)")),
    ("Trascendió que el ministro renunciaría.", Some("fuentes anónimas o vagas y una atenuación («Trascendió», «renunciaría»)")),
    ("La causa del apagón se desconoce.", Some("no verificada («se desconoce»)")),
    ("Se investiga si el incendio fue provocado.", Some("no verificada y una condición («Se investiga si»)")),
    ("El nuevo precio rondaría los 10 centavos por kilovatio.", Some("una atenuación («rondaría»)")),
    ("La presunta red de corrupción operaba desde 2019.", Some("una atenuación («presunta»)")),
    // Lo que identifica a un sustantivo, atenuado, no es la afirmación: el ataque se afirma.
    ("Estados Unidos atacó un bote que presuntamente transportaba droga.", None),
    ("Murieron tres tripulantes de una lancha presuntamente vinculada al narcotráfico.", None),
    ("El ataque dejó seis presuntos «narcoterroristas» muertos.", None),
    ("La lancha presuntamente transportaba cocaína.", Some("una atenuación («presuntamente»)")),
    ("La lancha fue presuntamente hundida por un misil.", Some("una atenuación («presuntamente»)")),
    ("El fiscal dijo que presuntamente hubo sobornos.", Some("una atenuación («presuntamente»)")),
    ("Es probable que el Banco Central suba los tipos.", Some("una atenuación («Es probable que»)")),
    ("Según medios locales, hubo tres heridos.", Some("fuentes anónimas o vagas («Según medios»)")),
    ("Quizás el acuerdo se firme la próxima semana.", Some("una atenuación («Quizás»)")),
    ("Los datos sugieren que el consumo bajó.", Some("una atenuación («sugieren»)")),
    ("La noticia, sin verificar, circuló durante horas.", Some("no verificada («sin verificar»)")),
    ("En caso de que falle la interconexión, habrá más cortes.", Some("una condición («En caso de»)")),
    ("El apagón se debería a una falla en la línea de transmisión.", Some("una atenuación («debería»)")),
    // Confirmed as reported.
    ("Según el operador nacional, la demanda superó la oferta en 1.080 megavatios.", None),
    ("No hay indicios de que la central haya sufrido daños estructurales.", None),
    ("El Ministerio de Energía anunció cortes de luz de hasta 14 horas diarias.", None),
    ("La empresa dijo que seguiría operando con normalidad.", None),
    ("Petroecuador vendería el crudo a precios de mercado, dijo el gerente.", None),
    ("La policía detuvo a cinco presuntos contrabandistas.", None),
    ("Los ministros firmaron un memorando de cooperación energética en Quito.", None),
    ("La mayoría de los hogares quedó sin luz el martes.", None),
    ("Si bien la lluvia volvió, los embalses siguen bajos.", None),
    ("La refinería de Esmeraldas retomó sus operaciones.", None),
    ("Por supuesto, el Gobierno mantendrá los subsidios.", None),
    ("El Inamhi confirmó que las lluvias llegaron a la sierra.", None),
    ("Celec publicó el cronograma de cortes para el jueves.", None),
    ("El presidente viajó a Bogotá el 2 de mayo.", None),
    ("Las reservas de Mazar cayeron a su nivel más bajo desde 1990, informó Celec.", None),
    ("El Gobierno no negó el retraso en el mantenimiento.", None),
    ("La historia de la central comenzó en 2010.", None),
    ("Es necesaria una inversión de 500 millones.", None),
    ("La economía creció un 2 % en el trimestre.", None),
    ("El ministro aseguró que la situación está controlada.", None),
    ("La policía y la fiscalía allanaron la galería en Guayaquil.", None),
    ("El sospechoso fue detenido el domingo en su casa.", None),
    ("El banco central bajará las tasas el jueves, anunció su presidente.", None),
    ("La empresa dijo que duplicaría su inversión en la planta.", None),
    ("El ministro sugirió subir el impuesto a los combustibles.", None),
    ("El resultado no se esperaba.", None),
    ("Moscú acusó a Kiev de bombardear la central.", Some("lo que afirma una de las partes («acusó a Kiev de»)")),
    ("El conflicto corre el riesgo de extenderse a los países vecinos.", Some("una atenuación («corre el riesgo de»)")),
    ("No se esperan resultados definitivos hasta la próxima semana.", Some("una previsión («No se esperan resultados definitivos hasta»)")),
    ("La empresa pagará dividendos independientemente de si caen los beneficios.", None),
    ("Dos funcionarios estadounidenses dijeron que el ataque dejó diez muertos.", Some("fuentes anónimas o vagas («Dos funcionarios estadounidenses dijeron»)")),
    ("Según un diplomático europeo, el acuerdo está cerca.", Some("fuentes anónimas o vagas («Según un diplomático»)")),
    ("Los dos hombres son sospechosos de haber participado en el robo.", Some("una creencia u opinión («son sospechosos de haber»)")),
    ("La empresa espera reanudar la producción a finales de mes.", Some("una creencia u opinión («espera reanudar»)")),
    ("Los inversores apuestan a que el banco central mantendrá las tasas.", Some("especulación («apuestan a que»)")),
    ("El arma, considerada por muchos inferior, fue retirada.", Some("fuentes anónimas o vagas («considerada por muchos»)")),
    ("Las cifras del Gobierno son cuestionadas por las organizaciones humanitarias.", Some("desmentida o disputada («cuestionadas»)")),
    ("El banco central dijo que la inflación bajaría el próximo año.", Some("una previsión («bajaría»)")),
    ("La empresa prevé ganancias menores en el cuarto trimestre, dijo su presidente.", Some("una previsión («prevé»)")),
    ("Asesores dijeron que el presidente estudia vetar la ley.", Some("una previsión («estudia vetar»)")),
    ("El gobierno sopesa un veto a la ley.", Some("una previsión («sopesa»)")),
    ("La propuesta está en estudio.", Some("una previsión («está en estudio»)")),
    ("Los investigadores tratan de determinar qué causó la explosión.", Some("no verificada («tratan de determinar»)")),
    ("La embajada dijo que verificaba los informes de que un ciudadano murió.", Some("no verificada («verificaba los informes»)")),
    ("La policía investiga cómo se inició el incendio.", Some("no verificada («investiga cómo»)")),
    ("La empresa dijo que está a punto de cerrar la compra.", None),
    ("El ministerio evaluó los daños y pagó las indemnizaciones.", None),
    ("La fiscalía investiga por homicidio al conductor del camión.", None),
    ("El acusado enfrenta hasta 20 años de prisión si es declarado culpable.", None),
    ("El gobierno descartó un aumento de impuestos.", None),
    ("El gobierno rechazó la propuesta de la oposición.", None),
    ("La tienda descuenta el 10 % en todos los productos.", None),
    ("El Ministerio atribuyó 40 plazas nuevas a la comisaría de Vigo.", None),
    ("El consejo dejó abierta la puerta a nuevos recortes.", Some("una atenuación («dejó abierta la puerta»)")),
    ("Todo hace pensar que el Gobierno buscará un acuerdo.", Some("una atenuación («hace pensar que»)")),
    ("Dirigentes del peronismo denunciaron una persecución judicial.", Some("lo que afirma una de las partes («denunciaron»)")),
    ("La denuncia fue presentada el lunes ante la fiscalía.", None),
    ("Los médicos deben de guardar reposo durante el turno, según el convenio.", None),
    ("El ministerio no precisó cuántos de los muertos eran combatientes.", Some("no verificada («no precisó cuántos»)")),
    ("El ejército dijo que abatió a 20 milicianos, sin dar detalles.", Some("no verificada («sin dar detalles»)")),
    ("Comerciantes del centro de la ciudad aseguran que las ventas cayeron a la mitad.", Some("fuentes anónimas o vagas («Comerciantes del centro de la ciudad aseguran»)")),
    ("Médicos Sin Fronteras informó de que atendió a 40 heridos.", None),
    ("Nos dicen que la primera dama no estuvo en la ceremonia.", Some("fuentes anónimas o vagas («Nos dicen que»)")),
    ("Según ha podido saber esta emisora, la ministra presentará su dimisión.", Some("fuentes anónimas o vagas («ha podido saber esta emisora»)")),
    ("Ha trascendido que el presidente pedirá la declaración de zona catastrófica.", Some("fuentes anónimas o vagas («Ha trascendido»)")),
    ("Testigos presenciales relatan que el conductor circulaba a gran velocidad.", Some("fuentes anónimas o vagas («Testigos presenciales relatan»)")),
    ("La cadena ha podido confirmar que el vuelo aterrizó sin incidentes.", None),
    ("Es pronto para saber cuál fue el móvil.", Some("no verificada («pronto para saber»)")),
    ("A las asociaciones de pacientes les preocupa que el precio sea demasiado alto.", Some("una creencia u opinión («preocupa que»)")),
    ("Críticos de la oposición calificaron el plan de regalo a las mineras.", Some("fuentes anónimas o vagas («Críticos de la oposición calificaron»)")),
    ("El premio se atribuye cada año al mejor periodista joven.", None),
    ("Analistas coinciden en que el nuevo mandatario tendrá poco margen.", Some("fuentes anónimas o vagas («Analistas coinciden»)")),
    ("Las autoridades atribuyen el ataque a disidencias de las FARC.", Some("lo que afirma una de las partes («atribuyen el ataque»)")),
    ("El mercado descuenta un nuevo recorte en la próxima reunión.", Some("una previsión («mercado descuenta»)")),
    ("Nada indica por ahora que haya víctimas españolas.", None),
    ("El Gobierno anunció que bajará el IVA de los alimentos.", None),
    ("El Ayuntamiento calcula las tasas de basura según el consumo de agua.", None),
    ("La patronal calcula en 500 millones de euros las pérdidas.", Some("una estimación («calcula en»)")),
    ("Fuentes del Ministerio aseguran que el reglamento estará listo antes del verano.", Some("fuentes anónimas o vagas («Fuentes del Ministerio aseguran»)")),
    ("Todo apunta a que el incendio fue intencionado.", Some("una atenuación («Todo apunta a que»)")),
    ("Casi un tercio de los votantes no ha decidido su voto, lo que deja el resultado abierto.", Some("una atenuación («resultado abierto»)")),
    ("El fallo marca un posible punto de inflexión para el sector.", Some("una atenuación («marca un posible»)")),
    ("Presumiblemente, la visita buscaba tranquilizar a los clientes del canal.", Some("una atenuación («Presumiblemente»)")),
    ("El ataque lleva el sello del grupo yihadista.", Some("una atenuación («lleva el sello del»)")),
    ("Los datos apuntan a una desaceleración.", Some("una atenuación («datos apuntan a una desaceleración»)")),
    ("Todo apunta a una caída accidental.", Some("una atenuación («Todo apunta a»)")),
    ("Los sondeos a pie de urna apuntan a una participación récord.", Some("una atenuación («sondeos a pie de urna apuntan a»)")),
    ("La norma tendrá que ser ratificada por los Estados miembros.", Some("una condición («tendrá que ser ratificada»)")),
    ("A la espera de los resultados definitivos, ambos candidatos se proclamaron vencedores.", Some("no verificada («A la espera de los resultados»)")),
    ("La oposición planea recurrir, aunque no ha concretado cuándo.", Some("no verificada («no ha concretado cuándo»)")),
    ("La decisión busca aprovechar el momento, según sus adversarios.", Some("fuentes anónimas o vagas («según sus adversarios»)")),
    ("El empate técnico hace imposible anticipar el resultado.", Some("no verificada («imposible anticipar»)")),
    ("Se trataría del mayor alijo de cocaína del año.", Some("una atenuación («trataría»)")),
    ("El exalcalde asegura ser víctima de una persecución política.", Some("lo que afirma una de las partes («víctima de una persecución»)")),
    ("Vecinos de la zona aseguran que el cruce es peligroso.", Some("fuentes anónimas o vagas («Vecinos de la zona aseguran»)")),
    ("El fármaco se ha vinculado a un mayor riesgo de trombos.", Some("una atenuación («se ha vinculado»)")),
    ("El consumo de café se relacionó con un menor riesgo de enfermedad hepática.", Some("una atenuación («se relacionó con un menor riesgo»)")),
    ("Detuvieron a un hombre relacionado con el mayor robo de la historia del país.", None),
    ("Los resultados no prueban que el café proteja el hígado.", Some("una atenuación («no prueban que»)")),
    ("La ruptura abre la puerta a un triunfo de la oposición.", Some("una atenuación («abre la puerta a»)")),
    ("El Gobierno abrió la puerta a la inversión extranjera en 2019.", None),
    ("Difícilmente el Gobierno logrará la mayoría.", Some("una atenuación («Difícilmente»)")),
    ("Nada garantiza que el alto el fuego se mantenga.", Some("una atenuación («Nada garantiza que»)")),
    ("Es previsible que la huelga se extienda a otros sectores.", Some("una previsión («Es previsible que»)")),
    ("El gobernador se perfila como favorito para la presidencia.", Some("una previsión («se perfila como»)")),
    ("El Gobierno tendrá dificultades para lograr la mayoría.", Some("una previsión («tendrá dificultades para»)")),
    ("El banco está cerca de un acuerdo para cerrar la demanda.", Some("una previsión («cerca de un acuerdo»)")),
    ("El dato alimenta las expectativas de una nueva bajada de tipos.", Some("una previsión («expectativas de»)")),
    ("El beneficio superó las expectativas de los analistas.", None),
    ("La empresa cerró un acuerdo con sus acreedores.", None),
    ("La operación todavía requiere la aprobación de Bruselas.", Some("una condición («todavía requiere la aprobación»)")),
    ("Fuentes del Ministerio reconocen que el plan va con retraso.", Some("fuentes anónimas o vagas («Fuentes del Ministerio reconocen»)")),
    ("La ley fija una posible pena de diez años.", None),
    ("Los investigadores apuntan a un grupo ligado a Moscú.", Some("una atenuación («investigadores apuntan a»)")),
    ("El entrenador reconoció que la temporada será larga.", Some("una previsión («será larga»)")),
    ("La cumbre será en Lima el viernes.", None),
    ("Se da por hecho que el Ejecutivo aprobará la subida.", Some("una previsión («Se da por hecho»)")),
    ("La operación todavía debe ser aprobada por las autoridades de competencia.", Some("una condición («todavía debe ser aprobada»)")),
    ("La retirada está supeditada a un alto el fuego.", Some("una condición («supeditada a»)")),
    ("Los rebeldes amenazaron con reanudar los ataques si el Gobierno no libera a sus líderes.", None),
    ("El tratado permite a las partes retirarse si lo notifican con un año de antelación.", None),
    ("El acuerdo requiere que ambas partes se notifiquen si prueban un misil.", None),
    ("La asamblea votó si admitía al territorio como miembro.", None),
    ("La ministra no se presentará, poniendo fin a semanas de especulaciones.", None),
    ("El acuerdo prevé la liberación de los rehenes en tres fases.", None),
    ("La policía detuvo a un hombre sospechoso de provocar el incendio.", None),
    ("Es sospechoso de provocar el incendio.", Some("una creencia u opinión («Es sospechoso de provocar»)")),
    ("El ministro, quien ha negado cualquier irregularidad, dimitió el martes.", None),
    ("El delantero, que más tarde ficharía por el Barcelona, marcó dos goles.", None),
    ("El presidente firmó un decreto que congelaría las contrataciones públicas.", None),
    ("La economía de la isla depende del turismo.", None),
    ("Todavía no se conocen las causas del accidente.", Some("no verificada («no se conocen»)")),
    ("El Gobierno confía en cerrar un acuerdo esta semana.", Some("una creencia u opinión («confía en cerrar»)")),
    ("El Gobierno sostiene que el ataque fue obra de mercenarios extranjeros.", Some("lo que afirma una de las partes («sostiene que»)")),
    ("El ministerio desestimó los informes como propaganda.", Some("desmentida o disputada («desestimó los informes»)")),
    ("Las denuncias son infundadas, dijo el portavoz.", Some("desmentida o disputada («infundadas»)")),
    ("Nadie sabe cuántas personas siguen dentro.", Some("no verificada («Nadie sabe»)")),
    ("Activistas dijeron que cientos de personas fueron detenidas.", Some("fuentes anónimas o vagas («Activistas dijeron»)")),
    ("La empresa debe pagar una multa de 4 millones de dólares.", None),
    ("El gobierno no descartó un aumento de impuestos.", Some("una atenuación («no descartó»)")),
    ("Hay señales de que la economía se está recuperando.", Some("una atenuación («señales de que»)")),
    ("Quedan muchas preguntas sobre quién ordenó el ataque.", Some("una atenuación («Quedan muchas preguntas»)")),
    ("El gobierno confía en que la ley se apruebe antes de junio.", Some("una creencia u opinión («confía en que»)")),
    ("El ministerio dijo que el plan costará 2.000 millones de dólares.", Some("una previsión («costará»)")),
    // «Disputar» es también jugar o pelear por algo; «dudar de», no «dudar en».
    ("El Real Madrid ganó el partido disputado el sábado.", None),
    ("El equipo disputa este domingo su primera final europea.", None),
    ("Venezuela y Guyana acordaron no recurrir a la fuerza en su disputa territorial.", None),
    ("La soberanía del islote sigue en disputa.", Some("desmentida o disputada («sigue en disputa»)")),
    ("La oposición disputa las cifras del Gobierno.", Some("desmentida o disputada («disputa las cifras»)")),
    ("El controvertido ministro dimitió el martes.", None),
    ("Las cifras, cuestionadas por la oposición, no han sido revisadas.", Some("desmentida o disputada («cuestionadas»)")),
    ("Analistas surcoreanos interpretan el lanzamiento como una advertencia.", Some("una creencia u opinión («interpretan el lanzamiento como una»)")),
    ("El tribunal interpretó la ley como favorable al demandante.", None),
    ("Los analistas dudan de que el despliegue baste.", Some("una atenuación («dudan de que»)")),
    ("El presidente no dudó en responder.", None),
    ("Existe el riesgo de que la presa ceda.", Some("una atenuación («riesgo de que»)")),
    ("Los equipos de rescate llegarán el domingo como pronto.", Some("una previsión («como pronto»)")),
    // Las palabras entre comillas latinas son de otro, como entre comillas inglesas; también
    // con comillas inglesas dentro.
    ("«Quizá nunca sepamos qué ocurrió en ese puente», dijo el ministro.", None),
    ("«Si no se devuelve el dinero, iremos a los tribunales», afirmó el abogado.", None),
    ("El fiscal dijo: «Es “probablemente” el mayor fraude de nuestra historia».", None),
    ("El fiscal dijo que «es el mayor fraude», aunque probablemente exagera.", Some("una atenuación («probablemente»)")),
    ("Sigue sin estar claro quién autorizó el último pago.", Some("una atenuación («sin estar claro»)")),
    // «Podría» atenúa aunque lo diga una fuente, como «could»; prever no es adelantar.
    ("El sismo podría haber provocado daños en edificios antiguos, advirtió Protección Civil.", Some("una atenuación («podría»)")),
    ("Operadores del mercado anticipan una nueva devaluación.", Some("una previsión («anticipan»)")),
    ("El ministro anticipó que presentará el presupuesto el lunes.", None),
    // «Podrán» dicho por una fuente es su plan; un propósito no atenúa; alegar un motivo no es
    // alegar un hecho.
    ("El ministro afirmó que el Ejército ha completado su retirada y que los civiles podrán regresar el lunes.", None),
    ("El Parlamento votó retirar la inmunidad al senador para que pudiera ser juzgado.", None),
    ("La empresa rebajó su objetivo, alegando una menor demanda en China.", None),
    ("El acusado alega que nunca estuvo en el lugar del crimen.", Some("lo que afirma una de las partes («alega que»)")),
    ("Los civiles podrán regresar a sus casas si la tregua se mantiene.", Some("una atenuación y una condición («podrán», «si»)")),
    // Las condiciones de una norma vigente; una cantidad fijada por decisión.
    ("El programa paga a los agricultores 200 euros por hectárea si dejan tierra sin cultivar.", None),
    ("El Gobierno pagará 500 euros a cada familia si se aprueba la ley.", Some("una condición («si»)")),
    ("El salario mínimo subirá a 1.184 euros en enero, confirmó el Gobierno.", None),
    ("La tasa de paro subirá al 12 % el año que viene.", Some("una previsión («subirá»)")),
    // Un sustantivo en -ería tras preposición; equivaler no es suponer; lo que se permite
    // hacer; las condiciones de una norma, aunque la frase sea larga.
    ("Fundada en 1923 como panadería familiar, la empresa tiene hoy 300 tiendas.", None),
    ("La publicidad supuso el 78 % de la facturación el año pasado.", None),
    // Quién pierde lo ve el lector: no es una lectura de hacia dónde van los hechos.
    ("Su salida supone un duro golpe para la oposición.", None),
    ("Los vecinos pueden solicitar la ayuda por internet hasta finales de enero.", None),
    ("La exposición puede visitarse hasta el 3 de marzo.", None),
    ("Los vecinos pueden recurrir la multa, pero pocos lo harán.", Some("una atenuación («pueden»)")),
    ("El programa paga a los agricultores hasta 200 euros por hectárea si dejan parte de sus tierras sin cultivar.", None),
    // Una pregunta hecha, votada o sin comprobar es un hecho; la que sigue abierta, no.
    ("El juez preguntó a la defensa si pensaba llamar a algún testigo.", None),
    ("El Parlamento votó el jueves si prorrogaba el estado de emergencia.", None),
    ("El regulador multó al banco por no comprobar si sus clientes blanqueaban dinero.", None),
    ("El tribunal decidirá el mes que viene si la ley se aplica a empresas extranjeras.", Some("una condición («si»)")),
    ("Los inspectores van a comprobar si la presa resiste.", Some("una condición («si»)")),
    // Lo programado que ya pasó, como «scheduled for October»; lo que se permite reclamar.
    ("El juicio, previsto inicialmente para octubre, comenzó el lunes en la Audiencia Nacional.", None),
    ("El Congreso aprobó la ley tal y como estaba previsto.", None),
    ("Está previsto que el pleno vote la moción la próxima semana.", Some("una previsión («Está previsto»)")),
    ("Los viajeros afectados pueden reclamar una indemnización de hasta 600 euros.", None),
    ("La marca retiró 120.000 coches porque un sensor defectuoso puede impedir que se abra el airbag.", None),
    ("La eléctrica informó de que el resto lo recuperará el jueves.", None),
    ("La economía se recuperará el año que viene, según el banco.", Some("una previsión («recuperará»)")),
    ("Los demandantes aseguran que nunca fueron advertidos de los efectos secundarios.", Some("lo que afirma una de las partes («demandantes aseguran»)")),
    ("Los demandantes presentaron la demanda en Texas.", None),
    // La opinión, la impresión o la duda de quien escribe.
    ("A mi juicio, el banco central tardó demasiado en subir los tipos.", Some("una creencia u opinión («A mi juicio»)")),
    ("Cabe pensar que el Gobierno sabía más de lo que ha admitido.", Some("una creencia u opinión («Cabe pensar»)")),
    ("Da la impresión de que ambas partes están agotadas.", Some("una creencia u opinión («Da la impresión de que»)")),
    ("Hay argumentos para pensar que las sanciones han fallado.", Some("una creencia u opinión («Hay argumentos para pensar»)")),
    ("Es difícil ver cómo la coalición sobrevive a otra derrota.", Some("no verificada («difícil ver cómo»)")),
    ("La torre permite ver cómo crece la ciudad.", None),
    ("Hay argumentos técnicos en el recurso presentado por la fiscalía.", None),
    // Las apuestas y las opciones de algo.
    ("El campeón parte como gran favorito tras ganar las cuatro etapas.", Some("una previsión («parte como gran favorito»)")),
    ("El capitán apura sus opciones de llegar a la final.", Some("una atenuación («opciones de llegar»)")),
    ("La empresa concedió opciones de compra a sus directivos.", None),
    // El imperfecto de los verbos con raíz en r no es un condicional.
    ("Cada mañana recorría a pie los tres kilómetros hasta la redacción.", None),
    ("De joven quería ser médico, pero estudió Derecho.", None),
    ("El ministro se refería a la reforma aprobada en marzo.", None),
    ("El ministro recorrería el país en campaña.", Some("una atenuación («recorrería»)")),
    ("La amplia mayoría de los diputados votó a favor.", None),
    ("Los grupos antitabaco dijeron que el acuerdo servirá de poco para frenar el tabaquismo.", Some("fuentes anónimas o vagas y una previsión («grupos antitabaco dijeron», «servirá de poco»)")),
    ("La petrolera está en conversaciones para comprar una compañía argentina.", Some("una previsión («en conversaciones para»)")),
    ("El Real Madrid, a un paso de cerrar el fichaje del central brasileño", Some("una previsión («a un paso de cerrar»)")),
    // Una parte que dice haber hecho algo, con nombre: un hecho comunicado.
    ("Ucrania asegura haber derribado 40 drones rusos durante la noche", None),
    ("La economía creció un 0,3 %, en línea con la estimación preliminar.", None),
    ("Las ventas crecieron por encima de lo que preveía el Gobierno.", None),
    ("La inflación cayó por debajo del objetivo y se prevé que vuelva a subir.", Some("una previsión («se prevé»)")),
    ("La oposición dijo que el plan sería imposible de financiar sin subir impuestos.", Some("una previsión («sería imposible»)")),
    ("La empresa dijo que la planta sería cerrada en marzo.", None),
    ("Que el ayuntamiento pueda costear el proyecto dependerá de una subvención.", Some("una condición («dependerá de»)")),
    ("La economía de la isla depende del turismo.", None),
    ("El banco dijo que los próximos pasos dependerán de los datos.", None),
    ("La subvención aún no ha sido aprobada por el Ministerio.", Some("una condición («aún no ha sido aprobada»)")),
    ("Personas informadas de los planes dijeron que el banco prepara un recorte.", Some("fuentes anónimas o vagas («Personas informadas de los planes dijeron»)")),
    ("En un aparente intento de reforzar su legitimidad, el Gobierno vinculó la consulta a la seguridad.", Some("una atenuación («aparente»)")),
    ("El paradero del cabecilla sigue sin conocerse.", Some("no verificada («sigue sin conocerse»)")),
    ("Algunos medios sitúan al cabecilla en la frontera con Colombia.", Some("fuentes anónimas o vagas («Algunos medios sitúan»)")),
    ("El Papa podría visitar Argentina el año próximo.", Some("una atenuación («podría»)")),
    ("Los clientes podrán cancelar sin coste hasta el viernes.", None),
    ("El hotel, a un paso de la playa, abrió en 1962.", None),
    ("El Real Madrid ganó como favorito y cumplió el pronóstico.", None),
    ("Algunos medios publicaron la carta íntegra el martes.", None),
    ("Se sospecha que piratas extranjeros accedieron al correo del ministerio.", Some("una creencia u opinión («Se sospecha»)")),
    ("La empresa asegura que el modelo es el mejor, aunque no ha publicado los datos.", Some("no verificada («aunque no ha publicado los datos»)")),
    ("La empresa no ha publicado resultados desde 2019.", None),
    ("El alcalde no ha desmentido que se reunió con el líder del grupo criminal.", Some("no verificada («no ha desmentido que»)")),
    ("Se maneja la versión de que el agresor era un exempleado.", Some("fuentes anónimas o vagas («Se maneja la versión de que»)")),
    ("Más de 200 personas hacían cola ante la única panadería abierta del barrio.", None),
    ("María, de 67 años, vende pescado en el mismo puesto desde 1985.", None),
    ("Habría que esperar a los resultados definitivos.", Some("una atenuación («Habría»)")),
    // «De» con infinitivo que abre la frase o un inciso es un «si».
    ("De ratificarse, el tratado protegerá el 30 % de la alta mar.", Some("una condición («De ratificarse»)")),
    ("El tratado, de no aprobarse, caducará en enero.", Some("una condición («de no aprobarse»)")),
    ("El Parlamento acaba de ratificarse en su decisión.", None),
    ("La reunión, de carácter privado, duró dos horas.", None),
    ("Medios locales informan de que al menos tres personas han muerto.", Some("fuentes anónimas o vagas («Medios locales informan»)")),
    ("La prensa israelí informó de que el gabinete aprobó el plan.", Some("fuentes anónimas o vagas («La prensa israelí informó»)")),
    ("Algunos medios publicaron la carta íntegra el martes.", None),
    ("Sin recortes, el objetivo casi con toda seguridad no se cumplirá.", Some("una atenuación («casi con toda seguridad»)")),
    ("El ataque, algo que no ha podido verificarse, dejó 20 muertos.", Some("no verificada («no ha podido verificarse»)")),
    ("La cuenta ha publicado decenas de acusaciones sin pruebas contra el alcalde.", None),
    ("El alcalde aseguró, sin aportar pruebas, que hubo fraude.", Some("no verificada («sin aportar pruebas»)")),
    ("El tribunal concluyó que no hubo fraude, sin pruebas de manipulación en ninguna mesa.", None),
    ("La alianza está llamada a transformar el sector, según el consejero delegado.", Some("una previsión («está llamada a transformar»)")),
    ("Sus amigos aseguran que el actor lo está pasando mal.", Some("fuentes anónimas o vagas («amigos aseguran»)")),
    ("Según su entorno, el presentador está furioso.", Some("fuentes anónimas o vagas («Según su entorno»)")),
    ("El brote pudo originarse en una boda.", Some("una atenuación («pudo originarse»)")),
    ("El preso pudo escapar por una ventana.", None),
    ("El niño no pudo ser rescatado con vida.", None),
    ("La comisión dijo que no podía descartar que se hubiera engañado a los ministros.", Some("una atenuación («no podía descartar»)")),
    ("La auditoría no halló indicios de irregularidades.", None),
    ("El estudio, que aún no ha sido revisado por pares, concluye que el fármaco funciona.", Some("no verificada («no ha sido revisado por pares»)")),
    ("Los viajeros pueden reclamar una indemnización si su tren llega con retraso.", None),
    ("Los alumnos que suspendan el examen podrán repetirlo en julio.", None),
    ("El puente reabrirá cuando terminen las obras, lo que el ayuntamiento espera para Semana Santa.", Some("una previsión («lo que el ayuntamiento espera para»)")),
    ("El 62 % de los votantes cree que el país va por mal camino, según una encuesta.", None),
    ("El 55 % de las pymes prevé subir precios, según la encuesta.", None),
    ("La mayoría de los votantes cree que el país va por mal camino.", Some("una creencia u opinión («cree»)")),
    ("El grupo es acusado de secuestrar a decenas de personas.", Some("lo que afirma una de las partes («es acusado»)")),
    ("El detenido está acusado de robar 40.000 euros.", Some("lo que afirma una de las partes («está acusado»)")),
    ("Los científicos aún no saben con certeza por qué la estrella perdió brillo.", Some("no verificada («no saben con certeza»)")),
    ("Varios miembros del consejo vieron motivos para esperar.", Some("una creencia u opinión («vieron motivos para»)")),
    ("El equipo pudo ser el primero en llegar a la cima.", None),
    ("El tribunal vio motivos para anular la sentencia.", None),
    ("El tema está llamado a debate en el pleno del jueves.", None),
    ("Sus palabras han despertado temores de una nueva guerra.", Some("una creencia u opinión («despertado temores»)")),
    ("Etiopía firmó en enero de 2024 un memorando que le daría una franja de costa.", None),
    ("El envío del pliego de cargos no prejuzga el resultado de la investigación.", Some("no verificada («no prejuzga el resultado»)")),
    ("Las restricciones ponen de relieve la vulnerabilidad del canal.", Some("una creencia u opinión («ponen de relieve»)")),
    ("El informe pone de relieve tres riesgos para la estabilidad financiera.", None),
    // Lo improbable, dudar con un adverbio en medio, lo visto o interpretado como, y quien solo se nombra por su cargo.
    ("El instituto considera improbable que el Kremlin acepte un alto el fuego.", Some("una atenuación («improbable»)")),
    ("Es poco probable que la ley se apruebe este año.", Some("una atenuación («poco probable que»)")),
    ("La ofensiva busca, con toda probabilidad, obligar a Ucrania a emplear sus reservas.", Some("una atenuación («con toda probabilidad»)")),
    ("Varios barones dudan en privado de que el líder aguante hasta la primavera.", Some("una atenuación («dudan en privado de que»)")),
    ("El jugador no dudó en lanzar el penalti.", None),
    ("En Ferraz se interpreta el movimiento como un intento de arrebatar a Vox el discurso.", Some("una creencia u opinión («se interpreta el movimiento como un»)")),
    ("La senadora es vista en el partido como la posible candidata a la alcaldía.", Some("una creencia u opinión («es vista en el partido como la»)")),
    ("El sospechoso fue visto por los testigos cuando huía.", None),
    ("Un ministro reconoció a este diario que el ambiente es muy malo.", Some("fuentes anónimas o vagas («Un ministro reconoció»)")),
    ("El ministro reconoció en el Congreso que el ambiente es muy malo.", None),
    ("Blogueros militares rusos aseguraron que sus tropas habían llegado al centro.", Some("fuentes anónimas o vagas («Blogueros militares rusos aseguraron»)")),
    ("La actriz interpretó a la reina como una mujer atrapada por su cargo.", None),
    // La lectura de lo que supone un hecho, no una cifra; la inferencia con «indica un», no una medida.
    ("El nombramiento representa una clara escalada de la disputa.", Some("una creencia u opinión («representa una clara escalada»)")),
    ("El asalto supuso un punto de inflexión en la percepción de la violencia.", Some("una creencia u opinión («supuso un punto de inflexión»)")),
    ("El PIB marca un avance del 0,5 por ciento.", None),
    ("La cooperación indica un acercamiento estratégico entre Quito y Washington.", Some("una atenuación («indica un acercamiento»)")),
    ("El termómetro indica una temperatura de 40 grados.", None),
    ("La Corte ordenó a Venezuela abstenerse de cualquier acción que pudiera alterar la situación.", None),
    // La esperanza o el temor dichos con el sustantivo; lo que un hecho deja entrever.
    ("Wang expresó su esperanza de que Washington trabaje con Pekín.", Some("una creencia u opinión («esperanza de que»)")),
    ("La reunión apunta a un deshielo en las relaciones.", Some("una atenuación («apunta a un deshielo»)")),
    // Una norma de la casa no es un rumor; dudar en infinitivo; gente del mercado sin nombre; achacar.
    ("Un portavoz dijo que la compañía no comenta rumores de mercado.", None),
    ("El presidente dijo dudar de que la empresa pueda vender sus activos.", Some("una atenuación («dudar de que»)")),
    ("Algunos operadores atribuyeron la caída a las ventas de fondos extranjeros.", Some("fuentes anónimas o vagas («Algunos operadores atribuyeron»)")),
    ("Otros la achacaron al temor a una subida de tipos.", Some("fuentes anónimas o vagas y lo que afirma una de las partes («Otros la achacaron al»)")),
    // Un desenlace aún lejano; informaciones que nadie firma.
    ("Las conversaciones siguen lejos de un acuerdo vinculante.", Some("una atenuación («lejos de un acuerdo»)")),
    ("Los controles aumentan en medio de informaciones de que las redes han subido sus tarifas.", Some("fuentes anónimas o vagas («informaciones de que»)")),
    // Quién ganó o perdió, el paso de una cosa a otra, lo que no se puede, lo ya nombrado.
    ("El fallo supuso un revés para los demandantes.", None),
    ("La medida supone un giro en la política energética.", Some("una creencia u opinión («supone un giro»)")),
    ("El torneo marcó un giro de la hierba a la pista dura.", None),
    ("A primera vista, la decisión supone una victoria para los sindicatos.", Some("una atenuación («A primera vista»)")),
    ("El cazador apunta a un ciervo en la escena inicial.", None),
    ("El periódico publicó informaciones de que disponía sobre el contrato.", None),
    ("Los otros dicen adiós a la temporada tras caer en cuartos.", None),
    ("El banco no puede repartir dividendos hasta que devuelva las ayudas.", None),
    // Lo que un medio con nombre atribuye a fuentes sin nombre; medios nombrados por su cercanía.
    ("El diario alemán Bild informó, citando fuentes del Gobierno, de que Berlín prepara un paquete de ayuda.", Some("fuentes anónimas o vagas («citando fuentes»)")),
    ("La prensa turca afín al Gobierno aseguró que la operación se extenderá al norte de Irak.", Some("fuentes anónimas o vagas («prensa turca afín al Gobierno aseguró»)")),
    ("El consejo editorial escribió que la ley apenas servirá para bajar los precios.", Some("una previsión («apenas servirá»)")),
    // Personas o papeles citados como motivo o registro; dudas que nadie tuvo.
    ("El ministerio multó a la compañía, citando a personas a las que se cobró de más.", None),
    ("El informe, citando fuentes como los registros de aduanas, siguió la carga hasta Omán.", None),
    ("La jueza no tuvo dudas: condenó al acusado a doce años de prisión.", None),
    ("La presidenta del club achacó la derrota al cansancio.", Some("lo que afirma una de las partes («achacó la derrota al»)")),
    // Fuentes de una institución con nombre largo.
    ("Fuentes del Palacio de Nariño señalaron que el presidente no asistirá a la cumbre.", Some("fuentes anónimas o vagas («Fuentes del Palacio de Nariño señalaron»)")),
    // Un flechazo no es una apariencia.
    ("El amor a primera vista es el tema de la nueva novela de la autora.", None),
    // Denunciar a alguien ante una autoridad es un acto; lo que se le imputa a alguien; un acto
    // tomado mientras se investiga.
    ("LaLiga denunció al club ante el Comité de Competición en febrero.", None),
    ("La ONG denunció ante la ONU que el Gobierno tortura a presos.", Some("lo que afirma una de las partes («denunció»)")),
    ("Al velocista se le atribuye haber faltado a tres controles antidopaje.", Some("lo que afirma una de las partes («se le atribuye haber»)")),
    ("La federación suspendió al árbitro a la espera del resultado de la investigación.", None),
    ("El resultado, a la espera del recuento definitivo, da la victoria al PP.", Some("no verificada («a la espera del recuento»)")),
    // Lo que se le asigna a alguien; denunciar ante una autoridad con el denunciado detrás.
    ("Al escritor se le atribuye el premio Cervantes de 2023.", None),
    ("El sindicato denunció ante la Inspección de Trabajo a la empresa.", None),
    // Gente sin nombre de un lugar o un bando; lo dicho en off o confiado a un medio; coquetear con una candidatura.
    ("Desde la oposición aseguran que el oficialismo negocia votos a cambio de obras.", Some("fuentes anónimas o vagas («Desde la oposición aseguran»)")),
    ("En el pleno admiten a trámite las mociones de al menos dos grupos.", None),
    ("Un funcionario de primera línea admitió en off que el Gobierno no tiene los votos.", Some("fuentes anónimas o vagas («Un funcionario de primera línea admitió en off»)")),
    ("El grupo grabó el disco en off, en una casa de campo.", None),
    ("Cerca del ministro confiaron a este medio que la negociación está cerrada.", Some("fuentes anónimas o vagas («confiaron a este medio que»)")),
    ("El gobernador coquetea con una candidatura presidencial para 2027.", Some("una previsión («coquetea con una candidatura»)")),
    ("La marca coquetea con el diseño retro en su nueva colección.", None),    // Lo que dispone un texto, una vez dicho cuál: «en virtud del acuerdo», «con arreglo a la tregua».
    ("En virtud del acuerdo, las dos partes intercambiarían prisioneros en una semana.", None),
    ("Con arreglo a la tregua, si alguna de las partes disparara, los observadores lo notificarían al consejo.", None),
    ("Si alguna de las partes dispara, los observadores lo notificarían al consejo.", Some("una condición y una atenuación («Si», «notificarían»)")),
    // Una pieza de una palabra compuesta es parte de otra palabra; el sospechoso como persona.
    ("El guardia redujo al aspirante a atacante en la puerta.", None),
    ("Los agentes detuvieron al sospechoso armado frente a la comisaría.", None),
    ("Los investigadores sospechan que el incendio fue provocado.", Some("una creencia u opinión («sospechan»)")),
    // Quién no tiene nombre frente a lo que no se sabe; negar frente a denegar.
    ("El conductor no identificado se detuvo en el control y se entregó.", None),
    ("La causa del incendio sigue siendo desconocida.", Some("una atenuación («sigue siendo desconocida»)")),
    ("El tribunal de apelaciones denegó la petición de la cadena para frenar la emisión.", None),
    ("El ministro negó el informe.", Some("desmentida o disputada («negó»)")),
    // Disputar unas elecciones es competir en ellas; impugnar sus resultados, negarlos.
    ("Once candidatos de cuatro partidos disputaron las elecciones municipales el domingo.", None),
    ("La oposición impugnó los resultados de las elecciones municipales.", Some("desmentida o disputada («impugnó los resultados»)")),
    // «Improbable» dicho de lo que se describe, o como predicado; lo que indica un informe.
    ("La huelga reunió a una improbable alianza de agricultores y banqueros.", None),
    ("Un acuerdo es improbable antes del receso de verano, dijeron fuentes oficiales.", Some("una atenuación y fuentes anónimas o vagas («improbable», «dijeron fuentes oficiales»)")),
    ("El informe anual de la empresa indicó que las exportaciones supusieron la mitad de las ventas.", None),
    // Expertos nombrados por su ciencia, una persona sin nombre, el testigo de una agencia.
    ("Los vulcanólogos dijeron que la erupción podría durar semanas.", Some("fuentes anónimas o vagas y una atenuación («vulcanólogos dijeron», «podría»)")),
    ("Los geólogos dijeron que la falla se había desplazado unos dos metros.", Some("fuentes anónimas o vagas («geólogos dijeron»)")),
    ("Un vecino del pueblo contó a los periodistas que el agua subió en pocos minutos.", Some("fuentes anónimas o vagas («Un vecino del pueblo contó»)")),
    ("Un tendero dijo que los saqueadores se lo llevaron todo.", Some("fuentes anónimas o vagas («Un tendero dijo»)")),
    ("Los soldados dispararon al aire frente a la multitud, según un testigo de la AFP.", None),
    ("Diplomáticos en Ginebra dijeron que las conversaciones se habían estancado.", Some("fuentes anónimas o vagas («Diplomáticos en Ginebra dijeron»)")),
    ("Según los negociadores, ambas partes han aceptado la primera fase.", Some("fuentes anónimas o vagas («Según los negociadores»)")),
    ("Muchos se quedaron en casa, y algunos aseguraban que las carreteras eran demasiado peligrosas.", Some("fuentes anónimas o vagas («algunos aseguraban»)")),
    // Esperanzas que se apagan, indicios, daños por venir, recuentos sin autoridad, muertos dados
    // por tales, optimismo expresado, argumentos, niveles previstos, previsiones como motivo.
    ("Las autoridades dijeron que las esperanzas de encontrar más supervivientes se desvanecen.", Some("una atenuación («esperanzas de encontrar más supervivientes se desvanecen»)")),
    ("Las conversaciones muestran señales de avance, dijeron los mediadores.", Some("una atenuación («muestran señales de»)")),
    ("El tratamiento experimental se muestra prometedor en los primeros ensayos.", Some("una atenuación («se muestra prometedor»)")),
    ("El tratamiento resulta prometedor en los primeros ensayos.", Some("una atenuación («resulta prometedor»)")),
    ("Las viviendas de las zonas bajas están en riesgo de inundarse esta noche.", Some("una atenuación («están en riesgo»)")),
    ("Un recuento no oficial situaba al gobernador 300 votos por delante.", Some("no verificada («recuento no oficial»)")),
    ("Doce tripulantes se dan por muertos tras el hundimiento del pesquero.", Some("una creencia u opinión («se dan por muertos»)")),
    ("El primer ministro expresó un optimismo cauto sobre las conversaciones.", Some("una creencia u opinión («expresó un optimismo»)")),
    ("El canciller expresó su preocupación por la violencia.", None),
    ("La empresa demandó al Estado, argumentando que el impuesto viola la Constitución.", Some("lo que afirma una de las partes («argumentando que»)")),
    ("La inflación se mantendrá por encima del objetivo hasta el año próximo, dijo el banco central.", Some("una previsión («mantendrá por encima»)")),
    ("El puerto cerró por la tormenta prevista.", None),
    ("Los vuelos se cancelaron ante las previsiones de fuertes nevadas.", None),
    ("Las ventas subieron un 4 % frente a las previsiones de un descenso.", None),
    ("El gobernador vetó la medida, alegando que encarecería los alquileres en todo el estado.", Some("lo que afirma una de las partes y una atenuación («alegando que encarecería»)")),
    // Incisos entre comas; alguien ya presentado y sin nombre; fuentes por su clase, con el
    // verbo delante o como base de lo publicado; expertos de una materia; expectativas, lo que
    // lleva a pensar, probabilidades de lo que vendrá; pronósticos en gerundio; temores desatados.
    ("Un funcionario de Hamás, sin embargo, dijo que aún quedan asuntos por resolver.", Some("fuentes anónimas o vagas («Un funcionario de Hamás, sin embargo, dijo»)")),
    ("Sin embargo, el ministro dijo que el puente reabrirá el viernes.", None),
    ("La fuente dijo que las próximas 24 horas serán decisivas.", Some("fuentes anónimas o vagas y una previsión («La fuente dijo», «serán decisivas»)")),
    ("El funcionario egipcio confirmó que esos asuntos seguían en discusión.", Some("fuentes anónimas o vagas («El funcionario egipcio confirmó»)")),
    ("«No hay plazo para el acuerdo», explicaron fuentes de la Casa Rosada.", Some("fuentes anónimas o vagas («explicaron fuentes»)")),
    ("Fuentes diplomáticas consultadas por este diario confirman que existen canales discretos.", Some("fuentes anónimas o vagas («Fuentes diplomáticas consultadas»)")),
    ("La noticia fue adelantada por el Miami Herald en base a fuentes del Gobierno.", Some("fuentes anónimas o vagas («en base a fuentes»)")),
    ("Expertos en política internacional señalan que la política estadounidense no es uniforme.", Some("fuentes anónimas o vagas («Expertos en política internacional señalan»)")),
    ("Hay pocas expectativas en Washington de que las conversaciones tengan éxito.", Some("una previsión («expectativas en Washington de que»)")),
    ("Las amenazas han llevado a muchos a pensar que el objetivo es la destitución del presidente.", Some("una atenuación («llevado a muchos a pensar que»)")),
    ("El sistema tiene un 60 % de probabilidad de convertirse en ciclón.", Some("una atenuación («60 % de probabilidad»)")),
    ("La probabilidad de lluvia era del 90 %, según la Aemet, y llovió todo el día.", None),
    ("La NOAA continúa pronosticando una temporada por encima de lo normal.", Some("una previsión («pronosticando»)")),
    ("Las ventas subieron un 0,4 %, menos del 0,6 % que pronosticaban los economistas.", None),
    ("Los economistas revisaron sus estimaciones, anticipando una inflación del 3,8 %.", Some("una previsión («anticipando una»)")),
    ("El ministro anticipó que votará en contra.", None),
    ("La elección ha desatado temores de una nueva ola de sanciones.", Some("una creencia u opinión («desatado temores»)")),
    ("Los rescatistas temen por los efectos que pueda haber tenido la réplica.", Some("una atenuación («pueda haber»)")),
    // Lo que aún no se conoce, sobrevivientes y reportes sin firma (no los de alguien con
    // nombre), resultados rechazados como fraudulentos.
    ("La embarcación se fue a la deriva, sin que hasta el momento se conozcan las causas del naufragio.", Some("no verificada («sin que hasta el momento se conozcan»)")),
    ("Los sobrevivientes señalan que al menos cuatro personas fallecieron.", Some("fuentes anónimas o vagas («sobrevivientes señalan»)")),
    ("Reportes locales indicaron que hay nueve personas desaparecidas.", Some("fuentes anónimas o vagas («Reportes locales indicaron»)")),
    ("El alcalde emitió distintos reportes que señalaron que los servicios funcionan con normalidad.", None),
    ("El candidato rechazó como fraudulentos los resultados de la elección.", Some("lo que afirma una de las partes («como fraudulentos»)")),
    ("El tribunal dijo que la elección no fue amañada.", None),
    ("El tribunal dijo que el proceso no fue amañado.", None),
    ("La oposición asegura que el proceso fue amañado.", Some("lo que afirma una de las partes («proceso fue amañado»)")),
    // Declinar comentar un rumor no es un rumor.
    ("Un portavoz de la empresa declinó comentar el rumor.", None),
    // Lo que dice un escrito de parte (no un fallo); un todo llamado fraude; una negativa
    // que se dice fraudulenta.
    ("Según la tutela, el cierre de la votación fue arbitrario.", Some("lo que afirma una de las partes («Según la tutela»)")),
    ("Según el fallo, el cierre de la votación fue legal.", None),
    ("La senadora lo calificó directamente como un fraude.", Some("lo que afirma una de las partes («calificó directamente como un fraude»)")),
    ("El presidente ha insistido en que la negativa fue fraudulenta.", Some("lo que afirma una de las partes («negativa fue fraudulenta»)")),
    // Lo que «se reportó»; resultados que aún se evalúan; quién no se sabe; circunstancias
    // confusas; la culpa dada como opinión.
    ("El ejército explora opciones para indemnizar a los familiares, se reportó.", Some("fuentes anónimas o vagas («se reportó»)")),
    ("El Comando Central sigue evaluando los resultados del ataque.", Some("no verificada («sigue evaluando»)")),
    ("Los funcionarios admitieron que no siempre conocen quién viaja en los botes.", Some("no verificada («no siempre conocen quién»)")),
    ("Las circunstancias de la muerte de los civiles son aún confusas.", Some("una atenuación («son aún confusas»)")),
    ("Washington lo considera obra de milicias respaldadas por Irán.", Some("una creencia u opinión («considera obra de»)")),
    // Versiones que no coinciden (no declaraciones contradictorias, que se hicieron).
    ("Las versiones difieren sobre cuán cerca están las partes de un acuerdo.", Some("no verificada («versiones difieren»)")),
    ("Hay cifras contradictorias sobre el número de muertos.", Some("no verificada («cifras contradictorias»)")),
    ("Ambas partes emitieron declaraciones contradictorias.", None),
    // Lo que indica quien habla es lo que dice; lo que indican los datos, una inferencia.
    ("La Junta Nacional de Seguridad del Transporte indica que apenas sucede un accidente por cada millón de vuelos.", None),
    ("Los datos indican que la sequía se prolongará.", Some("una atenuación («datos indican que»)")),
    // «Es posible» con infinitivo es lo que puede hacerse.
    ("Las autoridades admiten que, por ahora, solo es posible ralentizar el fuego.", None),
    ("Es posible que el incendio se extienda a la reserva.", Some("una atenuación («Es posible que»)")),
    ("Los buques parecieron optar por una ruta más larga.", Some("una atenuación («parecieron»)")),
    ("Especialistas explican que la falta de lluvias reduce la humedad del suelo.", Some("fuentes anónimas o vagas («Especialistas explican»)")),
    ("La teoría de los investigadores es que el piloto perdió el control.", Some("especulación («teoría de los investigadores es que»)")),
    ("El informe indicó un posible problema en el sistema de bloqueo.", Some("una atenuación («indicó un posible»)")),
    // Una decisión que aún se sopesa; lo notificado a alguien; detalles no dados, también en
    // perfecto; una cifra frente a la de otro.
    ("El Gobierno sigue evaluando la propuesta de los sindicatos.", None),
    ("La compañía notificó a sus clientes que reanudaría los envíos.", None),
    ("Hasta el momento, las autoridades no han ofrecido detalles sobre la situación legal de los retenidos.", Some("no verificada («no han ofrecido detalles»)")),
    ("La Policía indicó que tres personas fueron detenidas, cifra distinta a la reportada por la Defensoría.", Some("no verificada («cifra distinta a la»)")),
    // Una opinión de nadie en particular, con lo a menudo que se tiene en medio.
    ("Según algunos, los símbolos fueron tomados sin permiso.", Some("fuentes anónimas o vagas («Según algunos»)")),
    ("La orden es habitualmente considerada rival de la sociedad.", Some("una creencia u opinión («es habitualmente considerada»)")),
    ("Sus tres primeros discos suelen considerarse los primeros del género.", Some("una creencia u opinión («suelen considerarse»)")),
    ("Unas 200 personas asistieron a la vigilia.", None),
    // Una posibilidad descartada (no la que no se descarta); fuentes internas, sin nombre.
    ("La Comisión Nacional del Agua descartó la posibilidad de un tsunami.", None),
    ("La Comisión no descartó la posibilidad de un tsunami.", Some("una atenuación («no descartó»)")),
    ("La agencia confirmó con fuentes internas del hospital que hay 400 personas internadas.", Some("fuentes anónimas o vagas («fuentes internas»)")),
    // Detalles que no se dieron; un lugar que se mantiene en secreto; lo que se deja entrever;
    // una acusación en pasiva.
    ("Si bien no ofreció detalle alguno sobre estos acuerdos, Maduro adelantó que su jefe negociador hará una comparecencia.", Some("no verificada («no ofreció detalle»)")),
    ("Tuvo lugar en un país que Washington ha preferido mantener en secreto.", Some("no verificada («mantener en secreto»)")),
    ("Aunque no se divulgaron los detalles de las conversaciones, Maduro dejó entrever que el petróleo estuvo en la agenda.", Some("no verificada y una atenuación («no se divulgaron los detalles», «dejó entrever»)")),
    ("Maduro propuso una Agenda Cero, en medio de la crisis por su reelección, denunciada por la oposición como un fraude.", Some("lo que afirma una de las partes («denunciada por la oposición como un fraude»)")),
    // Una previsión dicha con lo que prevé, aunque sea de quien la hace (no su cifra cambiada).
    ("Los expertos mantienen su pronóstico de que el Banco de México reducirá su tasa de interés.", Some("una previsión («pronóstico de que»)")),
    ("El banco redujo su previsión de crecimiento al 1,2 %.", None),
    // De ataques con drones: la fuente con el verbo delante, o que informa; una investigación para
    // saber; nadie que reivindique; un peligro evitado a tiempo; una negativa con palabras en
    // medio; datos no dados; un sustantivo en -ría tras «cuya».
    ("Dos drones atacaron la base de Ain al Asad, dijo la fuente.", Some("fuentes anónimas o vagas («dijo la fuente»)")),
    ("Una fuente militar informó hoy que las defensas antiaéreas abortaron un ataque con drones.", Some("fuentes anónimas o vagas («Una fuente militar informó»)")),
    ("El Ejército ha iniciado una investigación para determinar la procedencia de los drones.", Some("no verificada («investigación para determinar»)")),
    ("Hasta el momento, no se ha atribuido la responsabilidad a ningún grupo.", Some("no verificada («no se ha atribuido»)")),
    ("El Ejército logró derribar un dron antes de que pudiera detonar.", None),
    ("La OTAN ha rechazado este martes las afirmaciones de los talibanes sobre el derribo.", Some("desmentida o disputada («rechazado este martes las afirmaciones»)")),
    ("El Ejército interceptó otro dron, del que no ofrecieron más datos.", Some("no verificada («no ofrecieron más datos»)")),
    ("Las bases sufren ataques cuya autoría es reclamada por grupos armados.", None),
    // Una costumbre de no decir nada no es un desmentido; nadie que reivindique; quien solo se
    // nombra por su puesto.
    ("Washington rara vez confirma o desmiente los ataques.", None),
    ("El ministerio no confirmó ni desmintió el informe.", Some("no verificada («no confirmó»)")),
    ("Nadie ha reivindicado el ataque.", Some("no verificada («Nadie ha reivindicado»)")),
    ("Un comandante talibán dijo a la cadena que 24 personas murieron.", Some("fuentes anónimas o vagas («Un comandante talibán dijo»)")),
    // Una frase entre la fuente y su verbo se lee de corrido, salvo si nombra a la fuente.
    ("Un vecino, que pidió no ser identificado, dijo que oyó dos explosiones.", Some("fuentes anónimas o vagas («Un vecino, que pidió no ser identificado, dijo»)")),
    ("Los residentes de la zona, a unos 20 kilómetros de la frontera, dijeron que vieron un dron.", Some("fuentes anónimas o vagas («residentes de la zona, a unos 20 kilómetros de la frontera, dijeron»)")),
    ("Un ministro, el titular de Justicia, dijo en el Senado que la ley se modificará.", None),
    // Nombres que no se dieron; nadie que lo haya probado; una creencia firme (no una jueza sin
    // dudas).
    ("Los nombres de los capturados no fueron suministrados por las autoridades.", Some("no verificada («nombres de los capturados no fueron suministrados»)")),
    ("Nadie ha probado los supuestos vínculos entre el Gobierno y las bandas.", Some("una atenuación («Nadie ha probado»)")),
    ("Holden dijo no tener ninguna duda de que el Gobierno conoce la operación.", Some("una creencia u opinión («no tener ninguna duda de que»)")),
    ("La jueza no tuvo dudas.", None),
    // De unas elecciones disputadas: una posibilidad descartada, también en perfecto; una creencia
    // negada sigue siendo una creencia; lo que aún no puede definirse, publicarse ni verificarse;
    // ONG contadas sin nombre (no la que lo tiene); una denuncia de fraude en perfecto; temores;
    // votantes sin nombre; lo juzgado por muchos; lo pactado entre partes.
    ("Mirador Electoral ha descartado la posibilidad de un fraude en las elecciones generales.", None),
    ("Los observadores de Mirador Electoral no consideran que pueda afectar directamente los resultados.", Some("una creencia u opinión («consideran que»)")),
    ("Explicó que no pueden definir, por ahora, quién será el segundo lugar.", Some("no verificada («no pueden definir»)")),
    ("Varias ONG internacionales han denunciado irregularidades en el proceso electoral.", Some("fuentes anónimas o vagas («Varias ONG internacionales han denunciado»)")),
    ("La ONG Foro Penal dijo que hay 300 presos políticos.", None),
    ("La oposición ha denunciado un fraude generalizado en el recuento de votos.", Some("lo que afirma una de las partes («denunciado un fraude»)")),
    ("La oposición pidió vigilancia, en medio de temores generalizados de que el gobierno intentara robar los votos.", Some("una creencia u opinión («temores generalizados de que»)")),
    ("Muchos votantes dijeron que querían un cambio.", Some("fuentes anónimas o vagas («Muchos votantes dijeron»)")),
    ("Las elecciones de 2018 fueron ampliamente descartadas como ni libres ni justas.", Some("una creencia u opinión («ampliamente descartadas como»)")),
    ("El Consejo proclamó ganador a Maduro en base a las actas, que todavía no ha publicado.", Some("no verificada («todavía no ha publicado»)")),
    ("Machado presentó un informe, por el momento sin verificación internacional.", Some("no verificada («sin verificación»)")),
    ("Se estableció que las conclusiones del análisis serían de carácter vinculante.", None),
    // De las deportaciones: «dicen que» solo sin sujeto; fuentes situadas; lo que no se
    // especificó, con palabras en medio o en presente; defensores y medios sin nombre.
    ("En países como Guatemala, las autoridades dicen que no han visto mayores cambios.", None),
    ("Dicen que el ministro renunciará la próxima semana.", Some("fuentes anónimas o vagas («Dicen que»)")),
    ("Fuentes dentro del Departamento de Seguridad Nacional han confirmado la existencia de estos vuelos.", Some("fuentes anónimas o vagas («Fuentes dentro del»)")),
    ("El reporte no especifica de qué nacionalidad son los migrantes deportados.", Some("no verificada («no especifica de qué»)")),
    ("Hasta el momento las autoridades no han informado a dónde fueron trasladados los migrantes.", Some("no verificada («no han informado a dónde»)")),
    ("El Departamento de Estado aseguró que fueron enviados por aire, aunque no explicó su nacionalidad.", Some("no verificada («no explicó su nacionalidad»)")),
    ("Defensores de derechos humanos advierten sobre las condiciones de los detenidos.", Some("fuentes anónimas o vagas («Defensores de derechos humanos advierten»)")),
    ("Medios locales en Tamaulipas reportan que la repatriación se hizo en tres autobuses.", Some("fuentes anónimas o vagas («Medios locales en Tamaulipas reportan»)")),
    // De la violencia en Ecuador: lo que se supo sin que nadie lo dijera (no lo que un ministerio
    // dio a conocer); la culpa atribuida sin sujeto; informes de medios sin nombre.
    ("A través de las redes sociales, se han dado a conocer que una familia fue asesinada.", Some("fuentes anónimas o vagas («se han dado a conocer que»)")),
    ("El ministerio dio a conocer el informe anual.", None),
    ("A las bandas del crimen organizado se les atribuye la ola de violencia.", Some("lo que afirma una de las partes («se les atribuye la ola»)")),
    ("Al menos diez personas murieron, según informes de medios locales.", Some("fuentes anónimas o vagas («según informes de medios»)")),
    // De las negociaciones sobre Gaza: negarse a algo no es desmentirlo; informes sin autor (no
    // los de un ministerio); detalles sin aclarar; quien conoce el asunto sin nombre; un
    // funcionario con el verbo delante; acusar y desmentir en gerundio.
    ("Hamas también exigió el fin total de la guerra, a lo que Israel se ha negado.", None),
    ("Según informes, la propuesta incluye un alto el fuego de 60 días.", Some("fuentes anónimas o vagas («Según informes»)")),
    ("Según informes del ministerio, la cosecha creció un 5 %.", None),
    ("Hamas afirma haber aceptado la propuesta, pero los detalles siguen sin estar claros.", Some("una atenuación («sin estar claros»)")),
    ("Una fuente israelí familiarizada con el asunto declaró a CNN que Israel no ha recibido nada.", Some("fuentes anónimas o vagas («familiarizada con el asunto»)")),
    ("Hamas aprobó la propuesta, según declaró un funcionario de Hamas a Reuters.", Some("fuentes anónimas o vagas («declaró un funcionario»)")),
    ("Las negociaciones fracasaron cuando Estados Unidos se retiró, acusando a Hamas de no negociar de buena fe.", Some("lo que afirma una de las partes («acusando a Hamas de»)")),
    ("Netanyahu reiteró su negativa a un alto el fuego, desmintiendo versiones sobre una tregua.", Some("desmentida o disputada («desmintiendo»)")),
    // De la licencia de Chevron: un anuncio en subjuntivo es lo anunciado; un juicio con lo
    // juzgado delante («considera valioso mantener»), que no es sopesar un plan («considera viajar»).
    ("La revocación ocurre luego de que el magnate anunciara que revocaría las licencias.", None),
    ("Pompeo considera valioso mantener la compañía en Venezuela.", Some("una creencia u opinión («considera valioso mantener»)")),
    ("El Gobierno considera viajar a Madrid.", Some("una previsión («considera viajar»)")),
    // Fuentes ya citadas o nadie: «según las mismas fuentes», «se conoció que»; temores; pruebas no mostradas.
    ("Los dos se reunieron en Doha, según las mismas fuentes.", Some("fuentes anónimas o vagas («según las mismas fuentes»)")),
    ("Este viernes se conoció que la candidata fue inhabilitada.", Some("fuentes anónimas o vagas («se conoció que»)")),
    ("En aquella ocasión se señaló que los tripulantes pertenecían al Tren de Aragua.", Some("fuentes anónimas o vagas («se señaló que»)")),
    ("En el comunicado se indicó que los tripulantes pertenecían al Tren de Aragua.", None),
    ("Las autoridades temen una ofensiva a gran escala.", Some("una creencia u opinión («temen una»)")),
    ("No se mostraron pruebas del cargamento.", Some("no verificada («No se mostraron pruebas»)")),
    ("Se entiende que el acuerdo incluye garantías.", Some("fuentes anónimas o vagas («Se entiende que»)")),
    ("Los vecinos temen por su vida.", None),
    // Alegar un abuso, dudar de la legalidad, percibir como, «en teoría», efectos por venir.
    ("Los dirigentes rechazaron el proceso, alegando irregularidades en el conteo.", Some("lo que afirma una de las partes («alegando irregularidades»)")),
    ("El jugador abandonó la concentración alegando motivos personales.", None),
    ("Los expertos cuestionan la legalidad de los ataques.", Some("desmentida o disputada («cuestionan la legalidad»)")),
    ("El tribunal confirmó la legalidad de los ataques.", None),
    ("Caracas percibe el despliegue como una amenaza directa.", Some("una creencia u opinión («percibe el despliegue como»)")),
    ("Todos tienen, en teoría, acceso a los resultados.", Some("una atenuación («en teoría»)")),
    ("El resultado tendrá efectos dominó en todo el continente.", Some("una previsión («tendrá efectos»)")),
    // Quien no quiere ser nombrado; el estado de un herido no es una previsión.
    ("Una mujer que prefirió no identificarse dijo que su familiar estaba aterrado.", Some("fuentes anónimas o vagas («prefirió no identificarse»)")),
    ("«No sabemos nada», dijo Myriam reservándose el apellido.", Some("fuentes anónimas o vagas («reservándose el apellido»)")),
    ("El agente fue trasladado a un hospital, donde se encuentra con pronóstico reservado.", None),
    ("Los expertos mantienen su pronóstico de que el banco reducirá su tasa.", Some("una previsión («pronóstico de que»)")),
    // Lo que vuela no está en el aire; lo escrito en redes por alguien nombrado; ni uno ni otro mostró pruebas; lo que implica un acuerdo; organismos sin nombre; un alto funcionario.
    ("Un juez ordenó que los vuelos regresaran mientras dos aviones estaban en el aire.", None),
    ("El futuro del acuerdo sigue en el aire.", Some("una atenuación («en el aire»)")),
    ("Bukele se burló de la decisión escribiendo en redes sociales: «demasiado tarde».", None),
    ("Según se difundió en redes sociales, el alcalde dimitió.", Some("fuentes anónimas o vagas («en redes sociales»)")),
    ("Ni el gobierno estadounidense ni el salvadoreño ofrecieron detalles ni pruebas.", Some("no verificada («ni el salvadoreño ofrecieron detalles»)")),
    ("Este acuerdo implica que los migrantes podrán ser deportados de manera ordenada.", None),
    ("Organismos internacionales han señalado preocupaciones sobre la falta de debido proceso.", Some("fuentes anónimas o vagas («Organismos internacionales han señalado»)")),
    ("El asunto era urgente, advirtió un alto funcionario de Estados Unidos a sus colegas.", Some("fuentes anónimas o vagas («advirtió un alto funcionario»)")),
    ("La situación de los detenidos plantea importantes interrogantes.", Some("una atenuación («plantea importantes interrogantes»)")),
    // Lo que se calla al contarlo; canales sin nombre (no uno con nombre); lo que unos vídeos desmentían.
    ("Las defensas repelieron drones, sin especificar cuántos.", Some("no verificada («sin especificar»)")),
    ("El gobernador no precisó los daños causados a la planta.", Some("no verificada («no precisó los daños»)")),
    ("El Kremlin reconoció los ataques pero no mencionó daños o víctimas.", Some("no verificada («no mencionó daños»)")),
    ("Drones atacaron una refinería, según informan varios canales de Telegram.", Some("fuentes anónimas o vagas («canales de Telegram»)")),
    ("La noticia fue confirmada por el canal ucraniano Supernova.", None),
    ("Se publicaban vídeos que desmentían esa afirmación.", Some("desmentida o disputada («desmentían»)")),
];

#[test]
fn spanish_claims_are_judged_as_an_editor_would_with_the_reason_in_spanish() {
    common::assert_judged_as_expected("es", CASES);
}

#[test]
fn there_are_forty_cases_or_more_of_both_outcomes() {
    let unconfirmed = CASES.iter().filter(|(_, e)| e.is_some()).count();
    assert!(CASES.len() >= 40 && unconfirmed >= 20 && CASES.len() - unconfirmed >= 15);
}

/// Sentences of the labelled Spanish fixtures the rules still get wrong, each a kind left open.
const KNOWN_MISSES: &[&str] = &[
    // Lo esperado, previsto o condicionado cuyo desenlace cuenta la misma frase («estaba prevista
    // para 2023 y se retrasó», «esperaba aprobar en enero, fue aprobado en marzo», «si ..., como
    // así ocurrió»): la señal no ve el desenlace que la resuelve.
    "El alcalde inauguró el nuevo puente, cuya apertura estaba prevista para 2023 y se retrasó por problemas con la licitación.",
    "El presupuesto, que el Gobierno esperaba aprobar en enero, fue finalmente aprobado en marzo.",
    "La Universidad anunció que las clases se retomarán el lunes si el suministro eléctrico se ha restablecido, como así ocurrió el domingo.",
    // Un desmentido que zanja («fueron desmentidas por los datos oficiales») se lee como una
    // disputa abierta, como «the results were disputed».
    "Las afirmaciones del consejero sobre las listas de espera fueron desmentidas por los datos oficiales publicados el viernes.",
    // «Si no» que vale «de lo contrario» abre, tras un punto y coma, la otra rama de una norma; las
    // señales no ven la coma que lo distingue de «si no llueve».
    "Según la normativa, el candidato que obtenga más de la mitad de los votos en la primera vuelta es elegido directamente; si no, los dos más votados van a una segunda vuelta.",
    // A risk named as a noun ("afronta riesgos significativos") is a warning about what may
    // happen, but "riesgo" is as often a fact ("zona de riesgo", "factores de riesgo").
    "El organismo advirtió de que el programa afronta riesgos significativos, entre ellos una posible sequía.",
    // Una costumbre del pasado contada como condición: «si no estaba de acuerdo, se lo decía».
    "Si no estaba de acuerdo con un editor, se lo decía delante de toda la redacción, recuerdan sus compañeros.",
    // «Prever» con infinitivo es tanto «planea» como «espera»: las reglas lo leen como previsión
    // («prevé cerrar el año con pérdidas»), también cuando es el plan de la propia empresa.
    "La compañía prevé abrir 30 tiendas en México el año que viene, dijo su consejero delegado a los accionistas.",
    // Lo que un bando afirma y otro contradice con una negación sin más («pero el Pentágono
    // aseguró que ningún barco había sido alcanzado»): solo se lee el desmentido con sus palabras
    // («niega», «desmintió»); una negación contada es casi siempre un hecho.
    "Los hutíes dijeron haber atacado un buque de guerra estadounidense, pero el Pentágono aseguró que ningún barco había sido alcanzado.",
    // La negación lejos del verbo («de ninguno de los dos bandos han podido ser verificadas»): el
    // «no» se busca a tres palabras, y «han podido ser verificadas» sin él es una verificación.
    "Las afirmaciones de ninguno de los dos bandos han podido ser verificadas.",
    // Un veredicto de un verificador («Newtral calificó el mensaje de falso») se lee como el
    // desmentido de una parte («el Gobierno calificó de falsas las informaciones»): las palabras
    // son las mismas, y quién las dice no está en las reglas.
    "Newtral calificó el mensaje de falso después de que el zoo negara que se hubiera escapado ningún animal.",
    // «De» con infinitivo que abre la frase sin ser condición («De hablar se encargó el
    // portavoz»): la condición suele cerrarse con una coma, pero las reglas no miran tan lejos.
    "De hablar se encargó el portavoz, que leyó un comunicado.",
    // Una previsión dada como el objeto de un verbo («mantuvo sus previsiones ..., con unos
    // ingresos de»): «sus previsiones» se lee como algo sobre lo que se actúa («recortó sus
    // previsiones», un hecho, como «cut its profit forecast»), y la cifra cuelga de un «con».
    "La empresa mantuvo sus previsiones para el conjunto del año, con unos ingresos de entre 3.300 y 3.400 millones.",
    // «Pudieron permitir» es tanto conjetura como logro («el acuerdo pudo permitir la salida de
    // 300 civiles»): solo los verbos de causa se leen tras «pudo».
    "El supervisor afirmó que las deficiencias del banco pudieron permitir el blanqueo de millones de euros.",
    // Una condición dentro del plan que anuncia una fuente («Si se convoca la huelga, los
    // hospitales solo atenderán urgencias, según el sindicato»), como en inglés: solo se conocen
    // los verbos de amenaza y promesa.
    "Si se convoca la huelga, los hospitales solo atenderán urgencias, según el sindicato.",
    // La sanción que fija una ley dicha con «pueden» («Con la nueva ley, los conductores ...
    // pueden perder el carné»): la ley queda en otra cláusula y «pueden perder» es casi siempre
    // una posibilidad.
    "Con la nueva ley, los conductores que usen el móvil al volante pueden perder el carné.",
    // Un inciso que dice de la obra que no se revisó por pares, cuando lo afirmado es que se
    // publicó: el inciso se lee como en «el estudio, que no ha sido revisado, concluye», donde
    // sí pone en duda el hallazgo.
    "La obra, que no ha sido revisada por pares, se publicó en una editorial universitaria.",
    // Una previsión dicha con «situar» («los analistas sitúan el Brent en una media de 56
    // dólares el año que viene»): «sitúa» es casi siempre una medición («el INE sitúa el paro en
    // el 11 %»), y el año que viene queda lejos del verbo.
    "Los analistas de Goldman Sachs sitúan el Brent en una media de 56 dólares por barril el año que viene.",
    // «Refleja» como lectura del escritor («el resultado refleja el respaldo a la mano dura»): no
    // se lee porque en los datos es la explicación de la fuente («el alza refleja el precio de la
    // energía», dice el INE).
    "El resultado refleja el respaldo de buena parte de la población a la mano dura.",
    // Una valoración dicha sin matiz por quien escribe («el pacto no ha logrado hasta ahora
    // desmantelar a las bandas»): nada en la redacción la marca (como «The law has no practical
    // effect» en inglés).
    "El pacto, sin embargo, no ha logrado hasta ahora desmantelar a las bandas que controlan la ruta.",
    // «A primera vista» que la propia frase desmiente («a primera vista un simple retrato, esconde
    // un autorretrato»): se lee como la atenuación que suele ser.
    "La obra, a primera vista un simple retrato, esconde un autorretrato del pintor en el espejo.",
    // Un acto tomado a la espera de un resultado, dicho al abrir la frase («A la espera del
    // recuento, la junta precintó las urnas»): se lee como el resultado pendiente que suele ser.
    "A la espera del recuento, la junta electoral precintó las urnas a las 20.00, según el acta.",
    // «Asegurar» como afianzar, tras gente sin nombre («los aficionados aseguraron su presencia en
    // la final»): se lee como lo que dijeron.
    "Desde la tribuna, los aficionados aseguraron su presencia en la final comprando 20.000 entradas.",
];

#[test]
fn labelled_spanish_news_sentences_are_judged_as_labelled() {
    for fixture in [
        include_str!("fixtures/news-status-es.tsv"),
        include_str!("fixtures/news-status-es-2.tsv"),
        include_str!("fixtures/news-status-es-3.tsv"),
        include_str!("fixtures/news-status-es-4.tsv"),
        include_str!("fixtures/news-status-es-5.tsv"),
        include_str!("fixtures/news-status-es-6.tsv"),
        include_str!("fixtures/news-status-es-7.tsv"),
        include_str!("fixtures/news-status-es-8.tsv"),
        include_str!("fixtures/news-status-es-9.tsv"),
        include_str!("fixtures/news-status-es-10.tsv"),
        include_str!("fixtures/news-status-es-11.tsv"),
        include_str!("fixtures/news-status-es-12.tsv"),
        include_str!("fixtures/news-status-es-13.tsv"),
        include_str!("fixtures/news-status-es-14.tsv"),
        include_str!("fixtures/news-status-es-15.tsv"),
        include_str!("fixtures/news-status-es-16.tsv"),
        include_str!("fixtures/news-status-es-17.tsv"),
        include_str!("fixtures/news-status-es-18.tsv"),
        include_str!("fixtures/news-status-es-19.tsv"),
        include_str!("fixtures/news-status-es-20.tsv"),
        include_str!("fixtures/news-status-es-21.tsv"),
        include_str!("fixtures/news-status-es-22.tsv"),
        include_str!("fixtures/news-status-es-23.tsv"),
        include_str!("fixtures/news-status-es-24.tsv"),
        include_str!("fixtures/news-status-es-25.tsv"),
        include_str!("fixtures/news-status-es-26.tsv"),
        include_str!("fixtures/news-status-es-27.tsv"),
        include_str!("fixtures/news-status-es-28.tsv"),
        include_str!("fixtures/news-status-es-29.tsv"),
        include_str!("fixtures/news-status-es-30.tsv"),
        include_str!("fixtures/news-status-es-31.tsv"),
        include_str!("fixtures/news-status-es-32.tsv"),
        include_str!("fixtures/news-status-es-33.tsv"),
        include_str!("fixtures/news-status-es-34.tsv"),
        include_str!("fixtures/news-status-es-35.tsv"),
        include_str!("fixtures/news-status-es-36.tsv"),
        include_str!("fixtures/news-status-es-37.tsv"),
        include_str!("fixtures/news-status-es-38.tsv"),
        include_str!("fixtures/news-status-es-39.tsv"),
        include_str!("fixtures/news-status-es-40.tsv"),
        include_str!("fixtures/news-status-es-41.tsv"),
        include_str!("fixtures/news-status-es-42.tsv"),
        include_str!("fixtures/news-status-es-43.tsv"),
        include_str!("fixtures/news-status-es-44.tsv"),
        include_str!("fixtures/news-status-es-45.tsv"),
        include_str!("fixtures/news-status-es-46.tsv"),
        include_str!("fixtures/news-status-es-47.tsv"),
        include_str!("fixtures/news-status-es-48.tsv"),
        include_str!("fixtures/news-status-es-49.tsv"),
        include_str!("fixtures/news-status-es-50.tsv"),
        include_str!("fixtures/news-status-es-51.tsv"),
        include_str!("fixtures/news-status-es-52.tsv"),
        include_str!("fixtures/news-status-es-53.tsv"),
        include_str!("fixtures/news-status-es-54.tsv"),
        include_str!("fixtures/news-status-es-55.tsv"),
        include_str!("fixtures/news-status-es-56.tsv"),
        include_str!("fixtures/news-status-es-57.tsv"),
        include_str!("fixtures/news-status-es-58.tsv"),
        include_str!("fixtures/news-status-es-59.tsv"),
        include_str!("fixtures/news-status-es-60.tsv"),
        include_str!("fixtures/news-status-es-61.tsv"),
        include_str!("fixtures/news-status-es-62.tsv"),
        include_str!("fixtures/news-status-es-63.tsv"),
        include_str!("fixtures/news-status-es-64.tsv"),
        include_str!("fixtures/news-status-es-65.tsv"),
        include_str!("fixtures/news-status-es-66.tsv"),
        include_str!("fixtures/news-status-es-67.tsv"),
        include_str!("fixtures/news-status-es-68.tsv"),
        include_str!("fixtures/news-status-es-69.tsv"),
        include_str!("fixtures/news-status-es-70.tsv"),
        include_str!("fixtures/news-status-es-71.tsv"),
        include_str!("fixtures/news-status-es-72.tsv"),
        include_str!("fixtures/news-status-es-73.tsv"),
        include_str!("fixtures/news-status-es-74.tsv"),
        include_str!("fixtures/news-status-es-75.tsv"),
        include_str!("fixtures/news-status-es-76.tsv"),
        include_str!("fixtures/news-status-es-77.tsv"),
        include_str!("fixtures/news-status-es-78.tsv"),
        include_str!("fixtures/news-status-es-79.tsv"),
        include_str!("fixtures/news-status-es-80.tsv"),
        include_str!("fixtures/news-status-es-81.tsv"),
    ] {
        common::assert_labelled_as_judged("es", fixture, KNOWN_MISSES);
    }
}
