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
    ("Fuentes consultadas por este diario indicaron que el acuerdo está cerca.", Some("fuentes anónimas o vagas («Fuentes consultadas»)")),
    ("El buque sería propiedad de una empresa panameña.", Some("una atenuación («sería»)")),
    ("Los expertos temen que la sequía se prolongue.", Some("fuentes anónimas o vagas y una creencia u opinión («expertos temen que»)")),
    ("La información no pudo ser verificada de forma independiente.", Some("no verificada («no pudo ser verificada»)")),
    ("Los vecinos aseguran que escucharon dos explosiones.", Some("fuentes anónimas o vagas («vecinos aseguran»)")),
    ("Trascendió que el ministro renunciaría.", Some("fuentes anónimas o vagas y una atenuación («Trascendió», «renunciaría»)")),
    ("La causa del apagón se desconoce.", Some("no verificada («se desconoce»)")),
    ("Se investiga si el incendio fue provocado.", Some("no verificada y una condición («Se investiga si»)")),
    ("El nuevo precio rondaría los 10 centavos por kilovatio.", Some("una atenuación («rondaría»)")),
    ("La presunta red de corrupción operaba desde 2019.", Some("una atenuación («presunta»)")),
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
    ("Todo apunta a que el incendio fue intencionado.", Some("una atenuación («apunta a que»)")),
    ("Casi un tercio de los votantes no ha decidido su voto, lo que deja el resultado abierto.", Some("una atenuación («resultado abierto»)")),
    ("El fallo marca un posible punto de inflexión para el sector.", Some("una atenuación («marca un posible»)")),
    ("Presumiblemente, la visita buscaba tranquilizar a los clientes del canal.", Some("una atenuación («Presumiblemente»)")),
    ("La ley fija una posible pena de diez años.", None),
    ("Los investigadores apuntan a un grupo ligado a Moscú.", Some("una atenuación («investigadores apuntan a»)")),
    ("El entrenador reconoció que la temporada será larga.", Some("una previsión («será larga»)")),
    ("La cumbre será en Lima el viernes.", None),
    ("Se da por hecho que el Ejecutivo aprobará la subida.", Some("una previsión («Se da por hecho»)")),
    ("La operación todavía debe ser aprobada por las autoridades de competencia.", Some("una condición («todavía debe ser aprobada»)")),
    ("La retirada está supeditada a un alto el fuego.", Some("una condición («supeditada a»)")),
    ("Los rebeldes amenazaron con reanudar los ataques si el Gobierno no libera a sus líderes.", None),
    ("El tratado permite a las partes retirarse si lo notifican con un año de antelación.", None),
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
    // The writer's own reading ("pone de manifiesto", "underscores", "highlights") is commentary,
    // not a report; as a cue it would mark most analysis in the default briefing's style.
    "La crisis pone de manifiesto la vulnerabilidad de una infraestructura clave para el comercio mundial.",
    // A risk named as a noun ("afronta riesgos significativos") is a warning about what may
    // happen, but "riesgo" is as often a fact ("zona de riesgo", "factores de riesgo").
    "El organismo advirtió de que el programa afronta riesgos significativos, entre ellos una posible sequía.",
    // «pueden» que permite («pueden solicitar la ayuda hasta») se lee como «pueden» que atenúa
    // («pueden recurrir»), como en inglés.
    "Los agricultores pueden solicitar la ayuda hasta finales de mayo.",
    // An outcome the door is opened to ("abre la puerta a un triunfo") reads like a policy
    // that opens a door ("abrió la puerta a la inversión extranjera"): telling them apart needs
    // to know which nouns are outcomes.
    "La ruptura entre Arce y Morales divide al partido gobernante y abre la puerta a un triunfo de la oposición.",
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
    ] {
        common::assert_labelled_as_judged("es", fixture, KNOWN_MISSES);
    }
}
