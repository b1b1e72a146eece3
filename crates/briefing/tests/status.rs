//! The confirmed/unconfirmed toggle as an editor would set it, on news wording nobody here
//! fitted the rules to: one table of cases, each with the reason a reader would see.

mod common;

use briefing::lang::{catalog_or_english, english};
use briefing::model::Status;

/// Text, then `None` for confirmed as reported, or the reason a reader sees.
const CASES: &[(&str, Option<&str>)] = &[
    // Beliefs and opinions.
    ("The second vessel is believed to have been targeted by a drone launched from the Yemeni coast.", Some("a belief or an opinion (“believed to have”)")),
    ("Police suspect the fire was set deliberately.", Some("a belief or an opinion (“suspect the”)")),
    ("Insurers fear that premiums will double.", Some("a belief or an opinion and a forecast (“fear that”, “will double”)")),
    ("The minister is considered the frontrunner.", Some("a belief or an opinion (“is considered”)")),
    ("He thinks the blockade will end soon.", Some("a belief or an opinion (“thinks”)")),
    ("The decision is being interpreted as an attempt to sideline Morales.", Some("a belief or an opinion (“being interpreted as”)")),
    ("It was the most important port in the region.", Some("a belief or an opinion (“most important”)")),
    ("The company hopes to resume production by the end of the month.", Some("a belief or an opinion (“hopes to”)")),
    ("The two men are presumed dead.", Some("a belief or an opinion (“are presumed dead”)")),
    ("Investigators hope the recorders will explain why the plane lost altitude.", Some("a belief or an opinion (“hope the”)")),
    ("Residents fear the river will burst its banks again.", Some("a belief or an opinion (“fear the”)")),
    ("Dozens of people are feared dead.", Some("a belief or an opinion (“are feared dead”)")),
    ("Patient groups worry that its price will put it out of reach for many.", Some("a belief or an opinion (“worry that”)")),
    ("The administration is confident the bill will pass.", Some("a belief or an opinion (“confident the”)")),
    // Forecasts and expectations.
    ("The death toll is expected to rise.", Some("a forecast (“expected”)")),
    ("Rates are projected to fall next year.", Some("a forecast (“projected to”)")),
    ("The blockade would cost the economy billions.", Some("a forecast (“would”)")),
    ("Shipping lines are poised to raise surcharges.", Some("a forecast (“poised to”)")),
    ("The canal authority is set to raise transit fees.", Some("a forecast (“set to”)")),
    ("Forecasters predict a mild winter for the region.", Some("a forecast (“Forecasters predict”)")),
    ("The central bank said inflation would fall below 3% next year.", Some("a forecast (“would fall”)")),
    ("Prices will rise again in January, the ministry said.", Some("a forecast (“will rise”)")),
    ("The plan would cost $2 billion, the ministry said.", Some("a forecast (“would cost”)")),
    ("Prices won't fall before spring, the bank said.", Some("a forecast (“won't fall”)")),
    ("Final results are not expected until next week.", Some("a forecast (“not expected until”)")),
    ("The bank cut rates, as the economy is expected to slow.", Some("a forecast (“expected”)")),
    ("The company said it expects fourth-quarter earnings to be lower.", Some("a forecast (“expects”)")),
    ("The coach said the season will be long.", Some("a forecast (“will be long”)")),
    ("The governor is widely tipped to run for president.", Some("a forecast (“tipped to”)")),
    ("The government will struggle to win a majority.", Some("a forecast (“will struggle to”)")),
    ("The economy is on course to shrink this year.", Some("a forecast (“on course to”)")),
    ("The bank is nearing a deal to settle the lawsuit.", Some("a forecast (“nearing a deal”)")),
    ("The close of the deal was announced on Monday.", None),
    ("The talks will prove difficult.", Some("a forecast (“will prove difficult”)")),
    ("Aides said the president was considering a veto.", Some("unnamed or vague sources and a forecast (“Aides said”, “was considering”)")),
    ("The proposal is under consideration.", Some("a forecast (“under consideration”)")),
    ("The central bank is seen raising rates again in the spring.", Some("a forecast (“is seen raising”)")),
    // Conditions.
    ("Unless the attacks stop, shipping lines will keep avoiding the strait.", Some("a condition (“Unless”)")),
    ("The talks could collapse if sanctions are reimposed.", Some("a hedge and a condition (“could”, “if”)")),
    ("It is unclear whether the ship was armed.", Some("a hedge and a condition (“unclear whether”)")),
    // Hedges.
    ("The attack was probably carried out by a drone.", Some("a hedge (“probably”)")),
    ("Officials may meet next week.", Some("a hedge (“may”)")),
    ("May the talks succeed, he said.", Some("a hedge (“May”)")),
    ("Freight rates will likely climb.", Some("a forecast and a hedge (“will likely climb”)")),
    ("It appears that the vessel changed course.", Some("a hedge (“It appears”)")),
    ("The vessel seems to have lost power.", Some("a hedge (“seems”)")),
    ("The drone was possibly launched from a ship.", Some("a hedge (“possibly”)")),
    ("The tanker was allegedly carrying sanctioned oil.", Some("a hedge (“allegedly”)")),
    ("The ship, which reportedly carried grain, sank on Tuesday.", Some("a hedge (“reportedly”)")),
    ("The alleged strike hit a fuel depot.", Some("a hedge (“alleged”)")),
    // What picks a noun out, hedged, is not the claim: the strike is asserted.
    ("US forces struck a boat allegedly carrying drugs in the Caribbean.", None),
    ("Police arrested a man who allegedly stabbed three people.", None),
    ("The strike killed three crew members reportedly linked to the gang.", None),
    ("Hegseth said the strike killed six alleged \"narco-terrorists\".", None),
    ("The boat allegedly carried cocaine to Puerto Rico.", Some("a hedge (“allegedly”)")),
    ("The minister allegedly linked the payments to the contract.", Some("a hedge (“allegedly”)")),
    ("Mr. Fowler allegedly cutting off his relative was a plot twist.", Some("a hedge (“allegedly”)")),
    ("The data suggest that fewer ships are crossing.", Some("a hedge (“suggest”)")),
    ("In some cases, crews were held for weeks.", Some("a hedge (“In some cases”)")),
    ("His silence contrasts with his stance, suggesting a strategy.", Some("a hedge (“suggesting”)")),
    ("It is almost certain that the tanker sank.", Some("a hedge (“almost certain”)")),
    ("The conflict risks drawing in neighbouring states.", Some("a hedge (“risks drawing”)")),
    ("The rebels will most likely withdraw.", Some("a hedge (“likely”)")),
    ("The plan is far from certain to pass.", Some("a hedge (“far from certain”)")),
    ("There is no guarantee that the ceasefire will hold.", Some("a hedge (“no guarantee that”)")),
    ("The data point to a slowdown.", Some("a hedge (“data point to”)")),
    ("The drug has been linked to a higher risk of blood clots.", Some("a hedge (“been linked to”)")),
    ("Drinking coffee is associated with a lower risk of liver disease, the study found.", Some("a hedge (“is associated with a lower”)")),
    ("The languages are associated with different dynasties.", None),
    ("The findings do not prove that coffee protects the liver.", Some("a hedge (“not prove that”)")),
    ("The mission's success paves the way for crewed flights.", Some("a hedge (“paves the way”)")),
    ("The vote paved the way for the law's adoption in March.", None),
    ("There is a chance the flight will be delayed.", Some("a hedge (“There is a chance”)")),
    ("The minister had a chance to speak before the vote.", None),
    ("There are signs that the economy is recovering.", Some("a hedge (“signs that”)")),
    ("A third of voters are undecided, which leaves the outcome open.", Some("a hedge (“outcome open”)")),
    ("All the evidence points to arson.", Some("a hedge (“evidence points to”)")),
    ("The ruling marks a potential turning point for the industry.", Some("a hedge and a belief or an opinion (“marks a potential turning”)")),
    ("The ruling sets a potential penalty of ten years.", None),
    ("Security researchers point to a group linked to Russian intelligence.", Some("a hedge (“researchers point to”)")),
    ("The central bank left the door open to further cuts.", Some("a hedge (“left the door open”)")),
    ("The move signals the government's intention to capture a larger share of the profits.", Some("a hedge (“signals the”)")),
    ("The attack bore the hallmarks of the group.", Some("a hedge (“hallmarks of”)")),
    ("The government did not rule out a tax increase.", Some("a hedge (“not rule out”)")),
    ("Questions remain about who ordered the attack.", Some("a hedge (“Questions remain”)")),
    ("The bridge should reopen next week.", Some("a hedge (“should”)")),
    ("The gunmen must have known the route.", Some("a hedge (“must have known”)")),
    // Speculation and estimates.
    ("Speculation grew that the minister had resigned.", Some("speculation (“Speculation”)")),
    ("Traders are betting that the central bank will cut rates.", Some("speculation (“betting that”)")),
    ("An estimated 3,000 containers were delayed.", Some("an estimate (“estimated”)")),
    ("The damage is estimated at $40 million.", Some("an estimate (“estimated”)")),
    // Unnamed and vague sources.
    ("People familiar with the investigation said the tracking system had been switched off.", Some("unnamed or vague sources (“People familiar with the investigation”)")),
    ("Local media said at least 20 people were killed.", Some("unnamed or vague sources (“Local media said”)")),
    ("Witnesses said the blast shook the port.", Some("unnamed or vague sources (“Witnesses said”)")),
    ("According to unnamed sources, the envoy left Caracas.", Some("unnamed or vague sources (“According to unnamed sources”)")),
    ("The group is said to be behind the attack.", Some("unnamed or vague sources (“is said to”)")),
    ("Critics argue the deal favours the oil companies.", Some("unnamed or vague sources (“Critics argue”)")),
    ("Most experts say the ban will not last.", Some("unnamed or vague sources (“Most experts say”)")),
    ("A senior official, speaking on condition of anonymity, said talks had stalled.", Some("unnamed or vague sources (“A senior official, speaking on condition of anonymity, said”)")),
    ("Analysts expect freight rates on Asia-Europe routes to climb further if attacks continue into August.", Some("unnamed or vague sources, a forecast and a condition (“Analysts expect”, “if”)")),
    ("Some reports suggest the crew was evacuated before the blast.", Some("unnamed or vague sources and a hedge (“Some reports suggest”)")),
    ("Two U.S. officials said the strike killed at least 10 fighters.", Some("unnamed or vague sources (“Two U.S. officials said”)")),
    ("A senior official at the ministry told reporters the talks had collapsed.", Some("unnamed or vague sources (“A senior official at the ministry told”)")),
    ("According to a Western diplomat, the deal is close.", Some("unnamed or vague sources (“According to a Western diplomat”)")),
    ("The pistol, considered by many to be inferior, was withdrawn.", Some("unnamed or vague sources (“considered by many”)")),
    ("It's been said that the two men never met.", Some("unnamed or vague sources (“It's been said”)")),
    ("The minister is understood to have resigned.", Some("unnamed or vague sources (“is understood to”)")),
    // Unverified, disputed, one side's claim.
    ("The footage could not be independently verified.", Some("not verified (“could not be independently verified”)")),
    ("The opposition said, without providing evidence, that votes were stolen.", Some("not verified and one side's claim (“without providing evidence”, “votes were stolen”)")),
    ("The ministry offered no evidence for the figure.", Some("not verified (“offered no evidence”)")),
    ("The strike has not been officially confirmed by the government.", Some("not verified (“not been officially confirmed”)")),
    ("The report, which has yet to be confirmed, cites two witnesses.", Some("not verified (“yet to be confirmed”)")),
    ("Investigators are trying to determine what caused the explosion.", Some("not verified (“trying to determine”)")),
    ("The embassy said it was checking reports that a citizen was among the dead.", Some("not verified (“checking reports”)")),
    ("Police are looking into how the fire started.", Some("not verified (“looking into”)")),
    ("Unconfirmed reports say the port was shelled.", Some("not verified and unnamed or vague sources (“Unconfirmed reports say”)")),
    ("Talks are UNCONFIRMED.", Some("not verified (“UNCONFIRMED”)")),
    ("The ministry denied the report.", Some("disputed (“denied”)")),
    ("The company disputed the figures.", Some("disputed (“disputed”)")),
    ("The figures are disputed by aid groups.", Some("disputed (“disputed”)")),
    ("The ministry dismissed the reports as propaganda.", Some("disputed (“dismissed the reports”)")),
    ("Officials called the accusations false.", Some("disputed (“called the accusations false”)")),
    ("The figure could not be independently checked.", Some("not verified (“not be independently checked”)")),
    ("There was no immediate confirmation from the military.", Some("not verified (“no immediate confirmation”)")),
    ("Nobody knows how many people are still inside.", Some("not verified (“Nobody knows”)")),
    ("The ministry said 31 people were killed but did not say how many were fighters.", Some("not verified (“not say how”)")),
    ("The army said it had killed 20 militants, without giving details.", Some("not verified (“without giving details”)")),
    ("It's too early to say what the motive was.", Some("not verified (“too early to say”)")),
    ("The tie makes it impossible to predict the result.", Some("not verified and a forecast (“impossible to predict”)")),
    ("Both candidates claimed victory pending the official count.", Some("not verified (“pending the official count”)")),
    ("The law will have to be ratified by member states.", Some("a condition (“will have to be ratified”)")),
    ("The report gives details of 40 cases.", None),
    ("Human rights groups say hundreds of people have been detained.", Some("unnamed or vague sources (“rights groups say”)")),
    ("Shopkeepers in the city centre say sales have halved since the violence began.", Some("unnamed or vague sources (“Shopkeepers in the city centre say”)")),
    ("Doctors Without Borders said 40 wounded were treated at its clinic.", None),
    ("Farmers protested outside parliament on Monday.", None),
    ("Farmers reported a record harvest to the agriculture ministry.", None),
    ("Farmers in Andalusia reported losing half their harvest, the regional agriculture office stated.", None),
    ("Climate scientists say such extremes will become more frequent.", Some("unnamed or vague sources and a forecast (“scientists say”, “will become more”)")),
    ("Researchers at Johns Hopkins University said the vaccine was safe.", None),
    ("The opposition says the result was manipulated.", Some("one side's claim (“result was manipulated”)")),
    ("The former mayor says he is the victim of a political witch hunt.", Some("one side's claim (“victim of a political witch”)")),
    ("The company has 190,000 employees and reported revenue of $307 billion last year.", None),
    ("We're told the first lady was not at the ceremony.", Some("unnamed or vague sources (“We're told”)")),
    ("We were told by the ministry that the road is closed.", None),
    ("Voice of America has learned that the talks ended without an agreement.", Some("unnamed or vague sources (“has learned that”)")),
    ("Critics in the opposition have described the plan as a giveaway.", Some("unnamed or vague sources (“Critics in the opposition have described”)")),
    ("Observers from the European Union described the vote as orderly.", None),
    ("Beijing has not commented on the reports that missiles landed in Japanese waters.", Some("unnamed or vague sources (“on the reports that”)")),
    ("Nicolás Maduro claims Venezuela is ready for talks.", Some("one side's claim (“claims”)")),
    ("Moscow accused Kyiv of shelling the plant.", Some("one side's claim (“accused Kyiv of”)")),
    ("The group is accused of killings in the west of the country.", Some("one side's claim (“is accused of”)")),
    ("The rebels claimed that they had sunk a warship.", Some("one side's claim (“claimed”)")),
    ("The government maintains that the attack was carried out by foreign mercenaries.", Some("one side's claim (“maintains that”)")),
    ("The company said it would appeal, arguing that the fine was unjustified.", Some("one side's claim (“arguing that”)")),
    ("Authorities blamed the attack on dissidents of the former guerrilla.", Some("one side's claim (“blamed the attack on”)")),
    ("Traders are pricing in two rate cuts this year.", Some("a forecast (“pricing in”)")),
    ("The deal must still be approved by regulators.", Some("a condition (“must still be approved”)")),
    ("The merger is subject to regulatory approval.", Some("a condition (“subject to regulatory approval”)")),
    ("The timing of the withdrawal hinges on a ceasefire.", Some("a condition (“hinges on”)")),
    ("The rebels threatened to resume attacks if the government did not release their leaders.", None),
    ("She promised to lower taxes if elected.", None),
    ("The treaty allows either side to withdraw if it gives a year's notice.", None),
    ("The government decided to extend the ban whether or not the courts agree.", None),
    ("The general assembly voted on whether to admit the territory.", None),
    ("The cabinet will decide whether to extend the ban.", Some("a condition (“whether”)")),
    ("Europe could see a rise in gas prices this winter.", Some("a hedge (“could”)")),
    ("The minister said she would not stand again, ending weeks of speculation.", None),
    ("Rescuers said they could hear voices under the rubble.", None),
    ("May's government lost the vote by 230 votes.", None),
    ("The museum said the painting, long thought lost, had been found in Vienna.", None),
    ("Police arrested a man suspected of setting fire to the mosque.", None),
    ("He is suspected of setting fire to the mosque.", Some("a belief or an opinion (“suspected of”)")),
    ("The minister, who has denied wrongdoing, resigned on Tuesday.", None),
    ("The company agreed to pay $2 billion to settle claims that it misled investors.", None),
    ("Officials said the talks could collapse if the rebels resumed attacks.", Some("a hedge and a condition (“could”, “if”)")),
    ("The island's economy depends on tourism.", None),
    // Confirmed as reported: a named source said, did, announced or published it.
    ("Maersk said it would continue routing its container services around the Cape.", None),
    ("The ministry confirmed it would reopen the port on Monday.", None),
    ("The company said shipping would resume once the route is safe.", None),
    ("The ship's operator confirmed the attack on Tuesday.", None),
    ("Data from the canal authority showed transits fell by half in January.", None),
    ("The U.S. military has conducted strikes against five alleged drug-smuggling boats in Venezuela.", None),
    ("Police arrested five suspected smugglers near the port.", None),
    ("The suspect told police he acted alone.", None),
    ("Police arrested three suspects on Monday.", None),
    ("According to an official statement, 40 people died.", None),
    ("The company said it would double its investment in the plant.", None),
    ("The UN Security Council will meet on Friday to discuss the attacks.", None),
    ("The boats were seized as part of a possible smuggling operation.", None),
    ("The Navy said its destroyer shot down two drones.", None),
    ("Hapag-Lloyd announced it will pause Red Sea transits.", None),
    ("Shipping through the Suez Canal fell 40% in December, the authority said.", None),
    ("According to the ministry, 40 boats were seized.", None),
    ("Container prices doubled in January, according to the Drewry index.", None),
    ("The ship's captain told Reuters the crew was safe.", None),
    ("Oil prices rose 3% on Monday.", None),
    ("The court ruled the detention unlawful.", None),
    ("The operator published photos of the damaged hull.", None),
    // Scope: negation, quotation, everyday senses, narrative.
    ("There is no suggestion that the envoy acted improperly.", None),
    ("The figures are no longer disputed.", None),
    ("He called the reports \"unverified propaganda\".", None),
    ("He described the U.S. as a \"brother country\".", None),
    ("The talks began in May 2025.", None),
    ("Talks resumed on 3 May in Caracas.", None),
    ("Prime Minister Theresa May met the delegation.", None),
    ("Insurance claims rose after the storm.", None),
    ("The group claimed responsibility for the attack.", None),
    ("Rates rose more than expected.", None),
    ("As expected, the central bank raised rates.", None),
    ("The result was not expected.", None),
    ("The port could not handle the backlog.", None),
    ("He would later become president.", None),
    ("Hospital pharmacies stock more medicines than would be feasible in a village shop.", None),
    ("The suspect was seen leaving the building.", None),
    ("The minister considered the proposal on Monday.", None),
    ("The ministry confirmed the strike on Tuesday.", None),
    ("It is possible to cross the strait at night.", None),
    ("The crew was denied entry to the port.", None),
    ("The judge denied the motion to dismiss the case.", None),
    ("The defendant faces up to 20 years in prison if convicted.", None),
    ("The government ruled out a tax increase.", None),
    ("She convinced the board to approve the merger.", None),
    ("The board rejected the proposal on Monday.", None),
    ("The airline said passengers should check in two hours before departure.", None),
    ("The central bank signalled it would hold rates steady.", None),
    ("The plant maintained its output in October.", None),
    ("Traffic signals failed across the city during the power cut.", None),
    ("The firm is weighing in at 40 employees after the cuts.", None),
    ("The economy shrank 0.3%, the statistics office said, confirming a preliminary estimate.", None),
    ("The government declined to comment.", None),
    ("The insurer rejected 40 claims for compensation after the floods.", None),
    ("Amnesty International said 300 people had been detained.", None),
    ("Access is only possible from the rear of the building.", None),
    ("The accused was sentenced to eight years in prison.", None),
    ("The risk of flooding has passed, the agency said.", None),
    ("The House passed a bill that would ban the app.", None),
    ("The company will pay a dividend regardless of whether profits fall.", None),
    ("The bank's shares fell 4% after it missed analysts' estimates.", None),
    ("Nvidia's revenue doubled from a year earlier, beating expectations.", None),
    ("Claims for unemployment benefits fell by 12,000 last week, the Labor Department said.", None),
    ("The central bank held rates steady, as most economists had predicted.", None),
    ("He was found guilty of spreading rumours about the bank.", None),
    ("The minister suggested raising the fuel tax.", None),
    ("Unknown gunmen killed five people at a market on Sunday.", None),
    ("The motive for the attack remains unknown.", Some("a hedge (“unknown”)")),
    ("The seat was contested by three candidates.", None),
    ("Embaló first took office in 2020 after a hotly contested run-off.", None),
    ("The ministry published the disputed figures on Monday.", None),
    ("The opposition contested the results.", Some("disputed (“contested”)")),
    ("The ministry's figures are contested by independent monitors.", Some("disputed (“contested”)")),
    ("Police are working on the theory that it was a gangland killing.", Some("speculation (“working on the theory that”)")),
    ("Ministry sources acknowledge that the plan is behind schedule.", Some("unnamed or vague sources (“Ministry sources acknowledge”)")),
    ("These figures have been disputed by the unions.", Some("disputed (“disputed”)")),
    ("The summit will be held in Lima on Friday.", None),
    ("Smokers are twice as likely to develop the disease, the study found.", None),
    ("Rates have not changed since May.", None),
    // Played, not challenged; read as a kind of thing, not a ruling on a text.
    ("Arsenal beat Chelsea 3-1 in a derby contested in driving rain.", None),
    ("South Korean analysts read the launch as a warning.", Some("a belief or an opinion (“read the launch as a”)")),
    ("The court interpreted the law as allowing night flights.", None),
    ("Sources at the club take it for granted that he will leave.", Some("unnamed or vague sources and a belief or an opinion (“Sources at the club”, “for granted that”)")),
    ("The deployment risks further straining relations with the Kremlin.", Some("a hedge (“risks further straining”)")),
    ("There is a real risk that the talks collapse.", Some("a hedge (“is a real risk that”)")),
    ("Residents fled because of the tsunami risk.", None),
    ("Rescue teams are due to arrive on Sunday at the earliest.", Some("a forecast (“at the earliest”)")),
    // Learnt from no one named; sources placed "in" a place only when they report.
    ("It is learnt that the finance ministry has raised objections.", Some("unnamed or vague sources (“It is learnt”)")),
    ("It was gathered that the traders were not given notice.", Some("unnamed or vague sources (“It was gathered”)")),
    ("Highly placed sources in the ministry said the file had been sent back.", Some("unnamed or vague sources (“Highly placed sources in the ministry said”)")),
    ("Sources in the ministry said the file had been sent back.", Some("unnamed or vague sources (“Sources in the ministry said”)")),
    ("Renewable sources in the region supplied 40 percent of power last year.", None),
    ("Tourism is one of the top sources of foreign exchange.", None),
    // A reporting verb's "that" governs to the end of its sentence; a purpose is not a hedge;
    // an arrest's legal ground is not a belief; a forecast beaten is a result.
    ("The minister said that the army had completed its withdrawal from the town and that civilians would be able to return from Monday.", None),
    ("Lawmakers voted to strip the senator of his immunity so that he could be prosecuted.", None),
    ("Police said a man had been arrested on suspicion of murder.", None),
    ("Exports rose 6 percent, beating the 4 percent increase forecast by economists.", None),
    ("Temperatures below freezing are forecast for Sunday.", Some("a forecast (“forecast”)")),
    // A standing rule's terms, a quantity set by decision, people the story has placed.
    ("The programme pays farmers up to 200 euros per hectare if they leave part of their land uncultivated.", None),
    ("The government will pay each family 500 euros if the bill passes.", Some("a condition (“if”)")),
    ("The minimum wage will rise to 12.60 pounds an hour in April, the government confirmed.", None),
    ("Oil prices will rise further, the bank said.", Some("a forecast (“will rise”)")),
    ("The researchers said the drug cut deaths by 20 percent.", None),
    ("Researchers say the drug cut deaths by 20 percent.", Some("unnamed or vague sources (“Researchers say”)")),
    // What is allowed, not what perhaps happens.
    ("Farmers may apply for the grant until the end of May.", None),
    ("The company may appeal the ruling.", Some("a hedge (“may”)")),
    // A question put, voted on or left unchecked happened; claims written about are a noun.
    ("The judge asked the defence whether it intended to call any witnesses.", None),
    ("Parliament voted on Thursday on whether to extend the state of emergency.", None),
    ("The regulator fined the bank for failing to check whether its clients were laundering money.", None),
    ("The minister's claims about the hospital's finances were corrected on Friday.", None),
    ("The minister claims the hospital's finances are sound.", Some("one side's claim (“claims”)")),
    // A reporting verb governs its whole sentence; a completed act's reason; what is allowed.
    ("The utility said it had restored power to 95 percent of the customers who lost it during the ice storm, and the rest would be reconnected by Thursday.", None),
    ("The carmaker recalled 120,000 vehicles because a faulty sensor could fail to deploy the airbag.", None),
    ("The ferry company cancelled all sailings and said passengers could rebook free of charge.", None),
    ("The storm could cause flooding on the coast, the agency said.", Some("a hedge (“could”)")),
    // A party to a case asserting its side.
    ("The plaintiffs say they were never warned about the side effects.", Some("one side's claim (“plaintiffs say”)")),
    ("The plaintiffs filed the lawsuit in Texas.", None),
    // A columnist's own doubt, impression, argument or guess.
    ("It is hard to see how the coalition survives another defeat.", Some("a hedge (“hard to see how”)")),
    ("The decision is, on the face of it, a victory for the unions.", Some("a hedge (“on the face of it”)")),
    ("It looks as if the talks have stalled.", Some("a hedge (“looks as if”)")),
    ("The cathedral looks out over the harbour.", None),
    ("There is a case to be made that the sanctions hurt ordinary people most.", Some("a belief or an opinion (“case to be made”)")),
    ("One suspects the company knew far more about the defect.", Some("a belief or an opinion (“One suspects”)")),
    ("One suspect was arrested at the border.", None),
    ("Nobody can say for certain how many civilians have died.", Some("not verified (“Nobody can say”)")),
    // Odds and fitness in sport previews; the chances of something.
    ("The champion will go into the race as a heavy favourite.", Some("a forecast (“go into the race as a heavy favourite”)")),
    ("Bookmakers make the home side narrow favourites to lift the trophy.", Some("a forecast (“narrow favourites to”)")),
    ("The captain faces a late fitness test on his ankle.", Some("a forecast (“faces a late fitness test”)")),
    ("The winger passed a fitness test on Friday and started the final.", None),
    ("His chances of making the final look slim.", Some("a hedge (“chances of making”)")),
    ("The favourite won by six lengths.", None),
    ("Children from poor families have a greater chance of being admitted to care.", None),
    ("The scheme doubled their chances of finding work within a year.", None),
    // Habits, abilities and capacities in someone's past, and "whether ... or" by place.
    ("Every morning he would walk the two miles to the office.", None),
    ("Every day the blockade continues would cost the economy a billion dollars.", None),
    ("As a child she could recite whole chapters of the Bible from memory.", None),
    ("The theatre, built in 1887, could seat 2,000 people.", None),
    ("The new stadium could hold more fans if the council approves the plan.", Some("a hedge and a condition (“could”, “if”)")),
    ("Whether in parliament or on the picket line, he wore the same grey suit.", None),
    ("Whether the coalition survives remains unclear.", Some("a condition and a hedge (“Whether”, “unclear”)")),
    // A hope for what a named party will do; an effect judged in advance.
    ("Butler said he hoped Iraq would grant inspectors access within weeks.", Some("a belief or an opinion (“hoped Iraq would”)")),
    ("Anti-smoking groups said the deal would do little to stop teenagers from smoking.", Some("unnamed or vague sources and a forecast (“Anti-smoking groups said”, “would do little to”)")),
    ("Environmental groups warned that the dam would flood 40 villages.", Some("unnamed or vague sources (“Environmental groups warned”)")),
    ("Greenpeace and two other groups said the dam would flood 40 villages.", None),
    ("The company said it would do more to protect users' data.", None),
    // Deals still being talked about, options weighed in headline verbs.
    ("Apple is in advanced talks to buy the streaming rights.", Some("a forecast (“in advanced talks to”)")),
    ("The two leaders were in talks for three hours on Monday.", None),
    ("Kremlin weighs prisoner swap with Washington", Some("a forecast (“weighs prisoner swap”)")),
    ("The new engine weighs 40 kilograms less than the old one.", None),
    ("Rising rates weighed on bank shares.", None),
    ("Brent crude rose 3% as traders weighed the risk to tankers.", None),
    ("The carmaker is eyeing a second plant in India.", Some("a forecast (“eyeing”)")),
    ("In the eyes of the law, the company is a bank.", None),
    ("The club is on the verge of signing the Brazilian defender.", Some("a forecast (“on the verge of”)")),
    ("The club said it was on the verge of signing the defender.", None),
    // A result measured against a forecast or an estimate, however far the yardstick.
    ("Revenue rose 12 percent, ahead of analysts' expectations.", None),
    ("Deliveries fell to 435,000, below the 460,000 analysts had expected.", None),
    ("The economy grew 0.3 percent, in line with a preliminary estimate.", None),
    ("Inflation fell below the target last month and is expected to rise again.", Some("a forecast (“expected”)")),
    ("Temperatures above the seasonal average are forecast for the weekend.", Some("a forecast (“forecast”)")),
    // How something would turn out, said by someone else: a forecast still.
    ("Opposition lawmakers said the plan would be impossible to fund without raising taxes.", Some("a forecast (“would be impossible”)")),
    ("The company said the plant would be closed by March.", None),
    ("Whether the scheme goes ahead will depend on a grant from the government.", Some("a condition (“Whether”, “will depend on”)")),
    ("The island's economy depends on tourism.", None),
    ("Some media place the gang leader near the Colombian border.", Some("unnamed or vague sources (“Some media place”)")),
    ("The gym offers free fitness tests to members over 60.", None),
    ("The chances of survival rose to 80 percent, the study found.", None),
    ("Environmental groups said they would appeal the ruling.", None),
    ("The building was on the verge of collapse when it was demolished in 2019.", None),
    // Guesses about a visit or a vote are not permissions; a right to cancel is.
    ("The pope may visit Argentina next year.", Some("a hedge (“may”)")),
    ("Parliament could vote on the bill next week.", Some("a hedge (“could”)")),
    ("Customers may cancel without charge until Friday.", None),
    ("The champion won as the favourite.", None),
    ("Some media published the letter in full.", None),
    ("The company says the model beats its rivals, though it has not published the test data.", Some("not verified (“though it has not published the test data”)")),
    ("The company has not published results since 2019.", None),
    ("The mayor has not denied meeting the gang leader.", Some("not verified (“not denied meeting”)")),
    ("The government did not deny the delay in maintenance.", None),
    // A reason given for an act, about something else's effect, stays a forecast (as "filed suit
    // to block the merger, saying it would reduce competition").
    ("The president vetoed the bill on Friday, saying it would weaken protections for workers.", Some("a forecast (“would”)")),
    ("He fled in 2014, carrying what they could fit into one suitcase.", None),
    ("Thousands marched in what could be the largest protest in a decade.", Some("a hedge (“could”)")),
    // Spoken "it's understood": the words drop the "'s", and only an "it" opening its clause
    // is nobody (not "said it understood the frustration").
    ("It's understood the gunman acted alone.", Some("unnamed or vague sources (“It's understood”)")),
    ("The company said it understood the frustration of its customers.", None),
    ("Israeli media reported that the cabinet had approved the plan.", Some("unnamed or vague sources (“media reported”)")),
    ("Local media are reporting that three people have died.", Some("unnamed or vague sources (“Local media are reporting”)")),
    ("PA Media reported the verdict shortly after noon.", None),
    ("The BBC has been told that the suspect was known to the security services.", Some("unnamed or vague sources (“BBC has been told”)")),
    ("The player has been told that he is free to leave the club in January.", None),
    ("He was cleared of all allegations of misconduct by the tribunal.", None),
    ("The claim that the election was rigged is false.", None),
    ("The account, which claims to be run by a former officer, has posted dozens of fakes.", None),
    ("The site has posted dozens of unsupported allegations about the mayor.", None),
    ("The allegations of abuse at the care home date back to 2019.", Some("one side's claim (“allegations”)")),
    ("The company reaffirmed its guidance, projecting revenue of $3.3 billion.", Some("a forecast (“projecting revenue”)")),
    ("The device works by projecting images onto a screen.", None),
    ("The partnership is poised to transform how hospitals work, the chief executive said.", Some("a forecast (“poised to”)")),
    ("Pals say the singer has been struggling since her father's death.", Some("unnamed or vague sources (“Pals say”)")),
    ("The study, which has not yet been peer reviewed, found the drug cut deaths by a third.", Some("not verified (“not yet been peer reviewed”)")),
    ("Passengers can claim compensation if their train is more than 15 minutes late.", None),
    ("Parents who want a place should apply by the end of the month.", None),
    ("The government should apply more pressure on the banks.", Some("a hedge (“should”)")),
    ("Fares on the network will rise by 4.6% in March.", None),
    ("Prices on the network will rise if demand holds.", Some("a forecast and a condition (“will rise if”)")),
    ("Students who fail the exam may resit it in the summer.", None),
    // A share a poll measured is the poll's finding, not a belief or a forecast of the claim.
    ("Sixty-two percent of voters believe the country is on the wrong track, a poll found.", None),
    ("A survey found that 41% of Britons think Brexit was a mistake.", None),
    ("55% of small businesses expect to raise prices next year, a survey found.", None),
    ("Most voters believe the country is on the wrong track, commentators say.", Some("unnamed or vague sources and a belief or an opinion (“Most voters believe”, “commentators say”)")),
    ("Scientists are not yet sure why the star dimmed.", Some("a hedge (“not yet sure”)")),
    ("Officials did not make sure the doors were locked.", None),
    ("The committee judges that risks to inflation are tilted to the upside.", Some("a belief or an opinion (“judges that”)")),
    ("Federal judges that hear immigration cases are overloaded.", None),
    ("Several members of the committee saw a case for waiting.", Some("a belief or an opinion (“saw a case for”)")),
    ("The share of adults who expect to retire before 65 has fallen to 31%.", None),
    ("His friends said goodbye at a small ceremony in the village.", None),
    ("The BBC has been told to cut its budget by 10%.", None),
    ("His remarks have raised fears in the region of a new war.", Some("a hedge (“raised fears”)")),
    ("Ethiopia signed a memorandum with Somaliland in January 2024 that would give it a strip of coast.", None),
    ("The talks in January that would decide the border ended without a date.", Some("a forecast (“would”)")),
    ("The bank agreed to pay $1.2 billion to settle charges, without admitting or denying the allegations.", None),
    ("The company has denied the allegations.", Some("disputed and one side's claim (“denied”, “allegations”)")),
    ("The statement of objections does not prejudge the outcome of the investigation.", Some("a hedge (“not prejudge the outcome”)")),
    ("Analysts at Goldman Sachs see Brent averaging $56 a barrel next year.", Some("a forecast (“see Brent averaging”)")),
    ("The president signed the budget hours before the government would have run out of money.", None),
    ("The government signed an agreement with Rwanda under which some asylum seekers would be sent to Kigali.", None),
    // The writer's own reading of what something shows, not what a document or a show sets out.
    ("The restrictions highlight the canal's growing vulnerability to drought.", Some("a belief or an opinion (“highlight”)")),
    ("The report highlights three risks to financial stability.", None),
    ("Match highlights will be shown at 22:30.", None),
    ("The group travelled to Cuba to highlight its objection to the embargo.", None),
    // A politician's camp, and people named only by their office, left unnamed; not a country's allies.
    ("Allies of the chancellor say she has no intention of resigning.", Some("unnamed or vague sources (“Allies of the chancellor say”)")),
    ("Aides said the senator was exhausted.", Some("unnamed or vague sources (“Aides said”)")),
    ("The United States and its allies said in a joint statement that the vote was flawed.", None),
    ("NATO allies said they would raise defence spending.", None),
    ("One cabinet minister told the Guardian the mood in the party was grim.", Some("unnamed or vague sources (“One cabinet minister told”)")),
    ("A Republican senator said the bill would not pass.", Some("unnamed or vague sources (“A Republican senator said”)")),
    ("The minister told the Guardian the mood in the party was grim.", None),
    ("Russian milbloggers said Russian forces had entered the town.", Some("unnamed or vague sources (“milbloggers said”)")),
    // Seen as, with where or by whom in between; not a sighting.
    ("The move is seen in Westminster as an attempt to outflank Reform UK.", Some("a belief or an opinion (“is seen in Westminster as an”)")),
    ("The plan was viewed by the Treasury as a risk to the public finances.", Some("a belief or an opinion (“was viewed by the Treasury as a”)")),
    ("The suspect was seen by witnesses as he fled the scene.", None),
    ("The offensive is, in all likelihood, aimed at forcing Ukraine to commit its reserves.", Some("a hedge (“in all likelihood”)")),
    ("Ukraine's allies said on Tuesday they would deliver 40 more air defence systems.", None),
    ("The comet was seen in Chile as a faint smudge low on the horizon.", None),
    ("A police officer told the inquiry he had closed the road at 9:40.", None),
    // The writer's reading of what an event amounts to; not a count or a measure.
    ("Maduro's decision to appoint a governor represents a clear escalation of the dispute.", Some("a belief or an opinion (“represents a clear escalation”)")),
    ("The figure marks a 10 percent rise on last year.", None),
    ("The company's commitment signals confidence that the dispute will not disrupt production.", Some("a hedge (“signals confidence”)")),
    // Land a state holds to be its own is its standing position; an assertion of fact is read.
    ("China claims almost all of the South China Sea.", None),
    ("Morocco claims sovereignty over Western Sahara.", None),
    ("The rebels claim that they hold most of the territory.", Some("one side's claim (“claim”)")),
    // The class of acts an order covers.
    ("The court ordered Venezuela to refrain from any action that would alter the status quo.", None),
    // Money claimed is money asked for, whatever sign it carries; a figure asserted is read.
    ("The firm claimed $4.5 million in expenses.", None),
    ("The group claims 5,000 members.", Some("one side's claim (“claims”)")),
    // A standing policy of not commenting holds no rumour; "isn't clear" is "not clear".
    ("A spokesman said the company doesn't comment on market rumors.", None),
    ("GM declined to comment on rumors that it would bid.", Some("unnamed or vague sources and a forecast (“on rumors that”, “would”)")),
    ("It isn't clear how much of the slump is due to the troubles at Campeau.", Some("not verified (“isn't clear”)")),
    // An outcome still far off; the noun "claims" with the land it is to; "isn't" as "not".
    ("Talks on the code, under way since 2002, remain far from a conclusion.", Some("a hedge (“far from a conclusion”)")),
    ("A tribunal ruled in 2016 that China's claims to most of the South China Sea had no legal basis.", None),
    ("The rebels claimed to have seized the region.", Some("one side's claim (“claimed”)")),
    ("Victory isn't guaranteed.", Some("a hedge (“isn't guaranteed”)")),
    // Who won or lost, a change from one thing to another, a share taken, the noun "claims" to waters.
    ("The ruling marked a setback for the plaintiffs, who had sought $40 million.", None),
    ("The tournament marked a shift from grass to hard courts.", None),
    ("The move marks a shift in the government's policy on immigration.", Some("a belief or an opinion (“marks a shift”)")),
    ("The airline claimed 14 percent of the market in 2024.", None),
    ("Greece and Turkey have overlapping claims to waters in the Aegean.", None),
    // What a named outlet puts on sources it does not name; media named by whom they are close to.
    ("The German daily Bild reported, citing government sources, that Berlin was preparing a new aid package.", Some("unnamed or vague sources (“citing government sources”)")),
    ("Japan's Nikkei newspaper reported that Toyota's sales rose 4 percent, citing company figures.", None),
    ("Several Russian outlets reported that the general had been detained.", Some("unnamed or vague sources (“Several Russian outlets reported”)")),
    ("Turkish media close to the government said the operation would be expanded.", Some("unnamed or vague sources (“media close to the government said”)")),
    // People or papers cited as a reason or a record; office-holders telling parliament.
    ("The ministry fined the company $2 million, citing people who had been overcharged.", None),
    ("The court rejected the appeal, citing officials' sworn testimony.", None),
    ("Two ministers told parliament on Tuesday that the budget had been balanced.", None),
    // What a newsroom understands; a tip; residents placed but not named.
    ("The ABC understands the Prime Minister will announce the election date on Sunday.", Some("unnamed or vague sources (“ABC understands”)")),
    ("The minister understands the concerns of farmers, she said.", None),
    ("Economists tip the Reserve Bank to cut rates in February.", Some("a forecast (“tip the Reserve Bank to”)")),
    ("The injury tipped the balance in favour of the challenger.", None),
    ("Police were tipped off to the plot by a neighbour.", None),
    ("Residents in the town say they were given little warning before the levee broke.", Some("unnamed or vague sources (“Residents in the town say”)")),
    // What a newsroom grasps is not what it was told; tips as a noun; witnesses heard in court.
    ("The ABC's managing director said the broadcaster understands its obligations.", None),
    ("Waiters rely on tips for up to half of their income.", None),
    ("Witnesses in the trial said in court that they saw the defendant leave the bar.", None),
    ("Residents of the care home said goodbye to the building on Friday.", None),
    // "Friends of" is also a name; observers seeing something as something, not seeing a film.
    ("Friends of the Earth said it would take the government to court.", None),
    ("Critics saw the premiere as part of the festival's opening night.", None),
    ("Church observers see the appointment as a sign of continuity.", Some("unnamed or vague sources (“observers see the appointment as”)")),
    ("Critics saw the film at its premiere in Cannes.", None),
    // Anonymity asked for, words off the record, a revelation with no one behind it; not a record
    // or a court's protection of witnesses.
    ("A senior police officer, who requested anonymity, said the suspects had been tracked for months.", Some("unnamed or vague sources (“requested anonymity”)")),
    ("The journalist, who requested anonymity for her sources in court, was cleared on Friday.", None),
    ("The band played a song off the record they released in 1994.", None),
    ("It has emerged that the contractor was paid before any work began.", Some("unnamed or vague sources (“It has emerged”)")),
    // What follows a source's verb does not cancel it ("said much of").
    ("Sources said much of the town was destroyed.", Some("unnamed or vague sources (“Sources said”)")),
    // A hearing named after a source's verb cancels only an office-holder's testimony ("two
    // ministers told parliament", above).
    ("Sources said the court would rule on Friday.", Some("unnamed or vague sources (“Sources said”)")),
    // A cue inside a hyphenated word is part of another word: "would-be", "long-expected".
    ("The guard tackled the would-be attacker at the gate.", None),
    ("The long-expected merger closed on Monday.", None),
    ("The merger would close on Monday.", Some("a forecast (“would”)")),
    // What a text provides, once the sentence says which text: "under the proposal".
    ("Under the proposal, the two sides would exchange prisoners within a week.", None),
    ("Under the truce, if either side fired, monitors would report it to the council.", None),
    ("If either side fires, monitors would report it to the council.", Some("a condition and a forecast (“If”, “would”)")),
    // A source telling a court what it wants is reported as said, like "told".
    ("The airline asked the judge to pause the case, telling the court that it should not have to pay before the appeal.", None),
    // The source's view of what something else would do is a forecast, even after "saying".
    ("The governor vetoed the measure, saying it would raise rents across the state.", Some("a forecast (“would”)")),
    // Where a level will stay is a forecast; why something happened is not.
    ("Inflation will stay above target through next year, the central bank said.", Some("a forecast (“will stay above”)")),
    ("The port closed because of an expected storm.", None),
    ("Flights were cancelled amid forecasts of heavy snow.", None),
    // A result set against a forecast is the result.
    ("Sales rose 4 percent against forecasts of a decline.", None),
    // The noun "suspect" wherever it stands; the verb with what is suspected.
    ("Officers detained the armed suspect outside the station.", None),
    ("Detectives questioned the robbery suspect on Monday.", None),
    ("Investigators suspect arson in the warehouse fire.", Some("a belief or an opinion (“suspect arson”)")),
    ("Prosecutors suspect foreign involvement in the hack.", Some("a belief or an opinion (“suspect foreign involvement”)")),
    // Who is unnamed, not what they did; what is not known, with when since.
    ("The unidentified driver stopped at the checkpoint and surrendered.", None),
    ("The cause of the blaze has been unknown since the inquiry opened.", Some("a hedge (“unknown”)")),
    // Refused, not contradicted.
    ("The appeals court denied the network's bid to halt the broadcast.", None),
    ("The airline wrongly denied earned leave to its reservist pilots, the court ruled.", None),
    ("The minister denied the report.", Some("disputed (“denied”)")),
    // A claim in law is a thing filed; competing for a seat is not disputing it.
    ("The judge dismissed the breach of contract claim against the builder.", None),
    ("Eleven candidates from four parties contested the mayoral election on Sunday.", None),
    ("The opposition contested the results of the mayoral election.", Some("disputed (“contested”)")),
    // "Unlikely" said of a thing described hedges that description; as the predicate, the claim.
    ("The strike brought together an unlikely alliance of farmers and bankers.", None),
    ("A deal was unlikely before the summer recess, officials said.", Some("a hedge (“unlikely”)")),
    // A document states what it states; evidence read is an inference.
    ("The company's annual report indicated that exports made up half of sales.", None),
    ("The sharp drop indicates a collapse in demand.", Some("a hedge (“indicates”)")),
    // Unnamed experts by their science; one unnamed person placed; an agency's own witness.
    ("Volcanologists said the eruption could last for weeks.", Some("unnamed or vague sources and a hedge (“Volcanologists said”, “could”)")),
    ("Geologists said the fault had moved about two metres.", Some("unnamed or vague sources (“Geologists said”)")),
    ("A resident of the village told reporters that the water rose within minutes.", Some("unnamed or vague sources (“A resident of the village told”)")),
    ("A shopkeeper said the looters took everything.", Some("unnamed or vague sources (“A shopkeeper said”)")),
    ("Soldiers fired warning shots at the crowd, an AFP witness said.", None),
    ("Diplomats in Geneva said the talks had stalled.", Some("unnamed or vague sources (“Diplomats in Geneva said”)")),
    ("According to negotiators, both sides have accepted the first phase.", Some("unnamed or vague sources (“According to negotiators”)")),
    ("Many stayed home, with some saying the roads were too dangerous.", Some("unnamed or vague sources (“some saying”)")),
    // Hopes said to be slim, signs read, a harm not yet done, a count no authority gave.
    ("Officials said hopes of finding more survivors were fading.", Some("a hedge (“hopes of finding more survivors were fading”)")),
    ("The talks show signs of progress, mediators said.", Some("a hedge (“show signs of”)")),
    ("The experimental treatment shows promise in early trials.", Some("a hedge (“shows promise”)")),
    ("Low-lying homes are at risk of flooding tonight.", Some("a hedge (“are at risk”)")),
    ("An unofficial tally put the governor ahead by 300 votes.", Some("not verified (“unofficial tally”)")),
    ("Twelve crew members are presumed drowned after the trawler sank.", Some("a belief or an opinion (“are presumed drowned”)")),
    ("The prime minister expressed cautious optimism about the talks.", Some("a belief or an opinion (“expressed cautious optimism”)")),
    ("The foreign minister expressed concern over the violence.", None),
    // A party's argument with "that" left out; not a lawyer arguing the case.
    ("The company sued the state, arguing the tax violates the constitution.", Some("one side's claim (“arguing the”)")),
    ("She spent a decade arguing the cases of asylum seekers in court.", None),
    // Asides set off by commas are read through; one met before and still unnamed; sources
    // named by their kind; the verb first; fears stirred; a chance given to what is to come.
    ("A Hamas official, however, said a number of issues still need to be resolved.", Some("unnamed or vague sources (“A Hamas official, however, said”)")),
    ("However, officials said the bridge would reopen on Friday.", None),
    ("The person said the next 24 hours would be pivotal.", Some("unnamed or vague sources (“The person said”)")),
    ("The Egyptian official confirmed that those issues were still being discussed.", Some("unnamed or vague sources (“The Egyptian official confirmed”)")),
    ("The talks will resume next week, said one source.", Some("unnamed or vague sources (“said one source”)")),
    ("The talks will resume next week, said a spokesman for the ministry.", None),
    ("Diplomatic sources said the two sides had agreed on a venue.", Some("unnamed or vague sources (“Diplomatic sources said”)")),
    ("His remarks triggered fears of a new war.", Some("a hedge (“triggered fears”)")),
    ("The storm has a 60% probability of becoming a hurricane.", Some("a hedge (“60% probability”)")),
    ("Physicists use the rule to calculate the probability of an atom emitting a photon.", None),
    ("Five districts are at the risk of being flooded.", Some("a hedge (“are at the risk”)")),
    // Accusations with words between, a source placed in an institution, results called
    // fraudulent before they are named.
    ("The opposition leader accused electoral officials on Monday of fabricating data.", Some("one side's claim (“accused electoral officials on Monday of”)")),
    ("Results were still being transported from polling booths, a source from the electoral commission told AFP.", Some("unnamed or vague sources (“source from the electoral commission told”)")),
    ("The candidate rejected as fraudulent the results of the presidential election.", Some("one side's claim (“as fraudulent”)")),
    ("The opposition called it a rigged vote.", Some("one side's claim (“rigged vote”)")),
    ("The electoral commission said the vote was not rigged.", None),
    ("The electoral council said the process was not rigged.", None),
    ("The opposition says the process was rigged.", Some("one side's claim (“process was rigged”)")),
    ("The opposition says the vote was rigged.", Some("one side's claim (“vote was rigged”)")),
    // A comment declined on a rumour is no rumour.
    ("A spokesperson for the company declined comment on the rumor.", None),
    // A filing's side of the case (not a ruling); a whole thing called a fraud.
    ("According to the lawsuit, the closure of the vote was arbitrary.", Some("one side's claim (“According to the lawsuit”)")),
    ("According to the ruling, the closure of the vote was lawful.", None),
    ("She called the vote a fraud.", Some("one side's claim (“called the vote a fraud”)")),
    // Sources counted but not named; results still assessed; who is not known; blame as a
    // view; an attack claimed is responsibility claimed, an act.
    ("Multiple sources are reporting different casualty totals.", Some("unnamed or vague sources (“Multiple sources are reporting”)")),
    ("The military said it is still assessing the results of the strike.", Some("not verified (“still assessing”)")),
    ("Officials have admitted that they do not always know who is traveling on the boats.", Some("not verified (“not always know who”)")),
    ("Washington considers it the work of Iran-backed militias.", Some("a belief or an opinion (“considers it the work of”)")),
    ("The attack was claimed by the Afghan branch of the Islamic State group.", None),
    ("Rebels claimed the attack was staged by the army.", Some("one side's claim (“claimed”)")),
    // Accounts that disagree (not statements that conflict, which were made).
    ("Accounts differ on how close the parties are to an agreement.", Some("not verified (“Accounts differ”)")),
    ("There were conflicting reports of the number killed.", Some("not verified (“conflicting reports”)")),
    ("Both sides issued conflicting statements on their willingness to negotiate.", None),
    // A purpose with no "that" ("so they could"), not a consequence set off by a comma.
    ("One of the pilots requested a delay so they could switch out crew members.", None),
    ("The bridge was damaged, so it could collapse.", Some("a hedge (“could”)")),
    // A line of inquiry put as what the theory is.
    ("The preliminary theory is that the pilots reacted incorrectly to the issue.", Some("speculation (“theory is that”)")),
    // What a report found, only as possible; what a thing is said to be, with no article; not
    // a count of suspected cases.
    ("The report also indicated a possible problem with a mechanical gust lock system.", Some("a hedge (“indicated a possible”)")),
    ("The Ruen and the Galaxy Leader are potential total losses.", Some("a hedge (“are potential”)")),
    ("Health authorities reported 12 suspected cases.", None),
    ("Specialists explain that the drought reduces soil moisture.", Some("unnamed or vague sources (“Specialists explain”)")),
    // A decision still weighed is no doubt about a fact; what is told to someone named after
    // the verb is said; details withheld, in the perfect too.
    ("DOJ attorney Brad Rosenberg said the administration was still reviewing the decision by the judge.", None),
    ("By Friday evening, Customs and Border Protection alerted airlines that it would begin reinstating visas quickly.", None),
    ("Officials have not given details of the arrests.", Some("not verified (“not given details”)")),
    // Holders of a view counted but not named, of any kind; a view held by nobody in
    // particular, with how often it is held in between; not a crowd that is counted.
    ("Before the late 1960s, many cosmologists thought the singularity was a mathematical over-idealization.", Some("unnamed or vague sources (“many cosmologists thought”)")),
    ("Some of his critics claimed that the article was plagiarised.", Some("unnamed or vague sources and one side's claim (“Some of his critics claimed”)")),
    ("According to some, the symbols were taken without permission.", Some("unnamed or vague sources (“According to some”)")),
    ("Their first three albums are usually considered the first of the genre.", Some("a belief or an opinion (“usually considered”)")),
    ("Some 200 people attended the vigil on Sunday.", None),
    ("Many residents have left the area since the floods.", None),
    // An effect foretold; a possibility ruled out (not one left open); a cut under
    // deliberation is no one's belief.
    ("The production cuts will further constrain supply in an already tight market.", Some("a forecast (“will further constrain”)")),
    ("The commission ruled out the possibility of a tsunami.", None),
    ("The commission did not rule out the possibility of a tsunami.", Some("a hedge (“not rule out”)")),
    ("Goldman Sachs said the production cut being considered was justified by the fall in prices.", None),
    // Details held back, in the passive and the active; a place kept secret (not a secret
    // someone once kept, an act); implied, not said; an accusation in the passive.
    ("No details were given about the talks.", Some("not verified (“No details were given”)")),
    ("The ministry did not disclose the terms of the deal.", Some("not verified (“not disclose the”)")),
    ("The exchange took place in a third country that Washington has preferred to keep secret.", Some("not verified (“keep secret”)")),
    ("He kept his plans secret until the vote, and announced them on Monday.", None),
    ("Maduro hinted that oil prices were on the agenda.", Some("a hedge (“hinted that”)")),
    ("The election, denounced by the opposition as a fraud, was certified on Monday.", Some("one side's claim (“denounced by the opposition as a fraud”)")),    // A forecast told with what it foresees, even its maker's (not its own figure changed).
    ("The ministry stood by its forecast that exports reach a record in 2026.", Some("a forecast (“forecast that”)")),
    ("The bank cut its growth forecast to 1.2%.", None),    // From strikes and drones: the source met before, with the verb first, or reporting; an
    // inquiry opened to find out; no one claiming responsibility; a danger stopped in time;
    // information withheld.
    ("Two drones attacked the base in western Iraq, said the source.", Some("unnamed or vague sources (“said the source”)")),
    ("A military source reported that air defences shot down two drones over Damascus.", Some("unnamed or vague sources (“A military source reported”)")),
    ("The army has opened an investigation to determine the origin of the drones.", Some("not verified (“investigation to determine”)")),
    ("No group has claimed responsibility for the attack.", Some("not verified (“No group has claimed responsibility”)")),
    ("The army shot down the drone before it could detonate.", None),
    ("The army intercepted another drone, about which it gave no further information.", Some("not verified (“gave no further information”)")),    // A policy of saying nothing is no denial; neither confirming nor denying leaves it open;
    // informants and people named by their post are unnamed.
    ("Washington rarely confirms or denies the attacks.", None),
    ("The ministry neither confirmed nor denied the report.", Some("not verified (“neither confirmed nor denied”)")),
    ("The ministry declined to confirm or deny the report.", Some("not verified (“declined to confirm or deny”)")),
    ("The officials said six people died, citing informants in the town.", Some("unnamed or vague sources (“citing informants”)")),
    ("A Taliban commander told CBS News that 24 people were killed.", Some("unnamed or vague sources (“A Taliban commander told”)")),    // A phrase between a source and its verb is read through, unless it names the source.
    ("Residents in Miran Shah, about 12 miles from the Afghan border, said they saw a drone.", Some("unnamed or vague sources (“Residents in Miran Shah, about 12 miles from the Afghan border, said”)")),
    ("A third source, described as an individual close to the negotiations, said the talks had stalled.", Some("unnamed or vague sources (“A third source, described as an individual close to the negotiations, said”)")),
    ("One minister, Ana Costa, said the cabinet had approved the budget.", None),
    ("One executive, the chief financial officer, said the company had bought back shares.", None),
    ("Officials, who said the toll could rise, told reporters the rescue continued.", Some("a hedge (“could”)")),    // From a ransomware set: nobody has shown it; details declined; a firm belief is a belief
    // (not a judge with no doubts about the evidence); an unknown party is the attacker's
    // description; names withheld.
    ("No one has proven suspected ties between the government and the gangs.", Some("a hedge (“No one has proven”)")),
    ("Long declined to disclose details of the attack.", Some("not verified (“declined to disclose details”)")),
    ("Holden said he has no doubt that the government is aware of this operation.", Some("a belief or an opinion (“has no doubt that”)")),
    ("The judge had no doubts about the evidence.", None),
    ("An unknown party hacked the hospital chain on Monday morning.", None),
    ("The names of those arrested were not released by the authorities.", Some("not verified (“names of those arrested were not released”)")),    ("The 2018 elections were widely dismissed as neither free nor fair.", Some("a belief or an opinion (“widely dismissed as”)")),
    // Sources met before, or nobody: "according to the same sources", "it became known".
    ("According to the same sources, the two men discussed prisoners.", Some("unnamed or vague sources (“According to the same sources”)")),
    ("On Friday it became known that the candidate had been barred.", Some("unnamed or vague sources (“it became known”)")),
    ("On that occasion it was noted that the crew belonged to the gang.", Some("unnamed or vague sources (“it was noted”)")),
    ("In the ministry's statement it was noted that the crew belonged to the gang.", None),
    ("No evidence was shown and no details of the incident were given.", Some("not verified (“No evidence was shown”, “no details of the incident were given”)")),
    ("No evidence of a leak was found.", None),
    // Blame, a view, "in theory", a description nobody signs, a doubt on legality, effects to come.
    ("The US has blamed Maduro for allowing drug boats to leave the country.", Some("one side's claim (“blamed Maduro for”)")),
    ("The coach took the blame for the defeat.", None),
    ("Caracas perceives the deployment as a direct threat.", Some("a belief or an opinion (“perceives the deployment as”)")),
    ("Everyone has, in theory, access to the results.", Some("a hedge (“in theory”)")),
    ("The navy deployed what is described as the largest fleet in decades.", Some("unnamed or vague sources (“what is described as”)")),
    ("Experts have questioned the legality of the strikes.", Some("disputed (“questioned the legality”)")),
    ("The court upheld the legality of the strikes.", None),
    ("The result will have domino effects across the continent.", Some("a forecast (“will have domino effects”)")),
    // Who confirmed is not what was confirmed; who would rather not be named.
    ("The decision, confirmed by three sources familiar with the matter, came on Friday.", Some("unnamed or vague sources (“sources familiar with the matter”)")),
    ("Output rose 2.1 percent, confirming the preliminary estimate.", None),
    ("A woman who preferred not to give her name said her relative was terrified.", Some("unnamed or vague sources (“preferred not to give her name”)")),
    // What flies is not up in the air; neither side showing evidence; an agency's reports; responsibility claimed; what a text provides.
    ("A federal judge ordered the flights to return while two planes were up in the air.", None),
    ("The fate of the deal is up in the air.", Some("a hedge (“up in the air”)")),
    ("Neither government offered details or evidence to back the claims.", Some("not verified (“Neither government offered details”)")),
    ("Private security firm Ambrey said the vessel is British-owned, according to reports by AP.", None),
    ("There was no immediate claim of responsibility for the attack.", None),
    ("The agreement provides that the two sides would exchange prisoners.", None),
    ("The two sides would exchange prisoners.", Some("a forecast (“would”)")),
    // What the telling leaves out; channels nobody names (but an agreement whose terms are kept is still made).
    ("The governor said the defences repelled drones, without specifying how many.", Some("not verified (“without specifying”)")),
    ("The Kremlin acknowledged the attacks but did not mention damage or casualties.", Some("not verified (“not mention damage”)")),
    ("Local Telegram channels posted images of a fire at the refinery.", Some("unnamed or vague sources (“Telegram channels posted”)")),
    ("Manila and Beijing agreed on a provisional arrangement, without disclosing its terms.", None),
    // Beliefs that only pick out a noun (but not after a comma or an adverb); warnings of what is possible; next to nothing known; concerns about what is open; views; one unnamed mayor, sources however described, an agency unnamed; a term that runs out.
    ("The navy intercepted a dhow believed to be carrying rifles.", None),
    ("Soldiers recovered rifles thought to have been looted from an armoury.", None),
    ("The dhow, believed to be carrying rifles, was sunk.", Some("a belief or an opinion (“believed to be”)")),
    ("About 40 people are still thought to be trapped.", Some("a belief or an opinion (“thought to be”)")),
    ("The central bank warned of a possible downturn next year.", Some("a hedge (“warned of a possible”)")),
    ("Little is known about how the new force will operate.", Some("a hedge (“Little is known”)")),
    ("The delays have raised concerns over whether the troops are equipped.", Some("a hedge and a condition (“raised concerns over whether”)")),
    ("The audit raised concerns about the ministry's procurement.", None),
    ("The union views the reform as an attack on pensions.", Some("a belief or an opinion (“views the reform as an”)")),
    ("Eight people died in the landslide, according to a local mayor.", Some("unnamed or vague sources (“according to a local mayor”)")),
    ("Eight people died in the landslide, according to the town's mayor.", None),
    ("Word on the street is that the mill will close.", Some("unnamed or vague sources (“Word on the street”)")),
    ("At least 30 were killed, according to local medical and rescue sources.", Some("unnamed or vague sources (“according to local medical and rescue sources”)")),
    ("An aid agency said the convoy reached the town.", Some("unnamed or vague sources (“An aid agency said”)")),
    ("The treaty is set to expire in March.", None),
    ("The envoy is set to arrive in March.", Some("a forecast (“set to”)")),
    // Causes put by nobody named; what an inquiry looks into as possible; journalists nobody names (not an agency's own); speculation warned against; an act's stated ground.
    ("The rise in prices is attributed to higher fuel costs.", Some("one side's claim (“is attributed to”)")),
    ("Police are investigating possible links between the two fires.", Some("a hedge (“investigating possible”)")),
    ("Local journalists said the road was reopened.", Some("unnamed or vague sources (“journalists said”)")),
    ("Reuters journalists said the road was reopened.", None),
    ("The minister urged people not to speculate about the cause.", None),
    ("The airline postponed the flights, citing claims of a security threat.", None),
];

#[test]
fn claims_are_judged_as_an_editor_would_with_the_deciding_words() {
    common::assert_judged_as_expected("en", CASES);
}

#[test]
fn there_are_enough_cases_of_both_outcomes() {
    let unconfirmed = CASES.iter().filter(|(_, e)| e.is_some()).count();
    assert!(unconfirmed >= 30 && CASES.len() - unconfirmed >= 30);
}

#[test]
fn labels_are_read_too() {
    let rules = &english().status;
    let verdict = rules.judge(Some("Alleged Strikes"), "Boats were hit");
    assert_eq!(verdict.words, ["Alleged"]);
}

#[test]
fn reasons_read_as_sentences() {
    let rules = &english().status;
    let verdict = rules.judge(None, "The attack was probably carried out by a drone.");
    let en = catalog_or_english("en");
    assert_eq!(
        en.reason(&verdict.kinds, &verdict.words),
        "Unconfirmed: a hedge (\u{201C}probably\u{201D})."
    );
    let plain = rules.judge(None, "Oil prices rose 3% on Monday.");
    assert!(en
        .reason(&plain.kinds, &plain.words)
        .starts_with("Confirmed as reported"));
}

#[test]
fn a_claim_of_ten_thousand_cue_words_is_judged_whole() {
    let rules = &english().status;
    let text = briefing::synth::cue_claim(10_000);
    let verdict = rules.judge(None, &text);
    assert_eq!(verdict.status, Status::Unconfirmed);
    assert!(verdict.words.iter().all(|w| text.contains(w.as_str())));
    // The deciding words run to the end of the text: nothing was cut short.
    let last = verdict.words.last().unwrap();
    assert!(text.ends_with(last.as_str()) || text.rfind(last.as_str()).unwrap() > text.len() - 100);
}

/// Sentences of the labelled news fixtures the rules still get wrong, each a kind left open.
const KNOWN_MISSES: &[&str] = &[
    // Details withheld and then given in the same sentence: the cue sees the withholding only.
    "The ministry did not say how the money would be spent when it announced the budget in June, but on Tuesday it published a breakdown.",
    // A condition inside a reported threat ("said that if ..., its members would strike") is
    // the threat's, as in "threatened to strike if"; only the threatening verbs are known.
    "The union said that if the company did not improve its offer by Friday, its members would strike; the company improved it on Thursday.",
    // A requirement ("applicants must have lived in the country for five years") reads like an
    // inference about the past ("the gunmen must have known the route").
    "To qualify, applicants must have lived in the country for at least five years and pass a language test.",
    // A condition on an act already done ("agreed to buy ..., subject to regulatory approval")
    // bears on the deal's completion, not on the agreement; the rules cannot yet tell it from
    // a claim that is all condition ("the merger is subject to regulatory approval").
    "The telecoms group said it had agreed to buy the cable operator for 8.4 billion dollars in cash and shares, subject to regulatory approval.",
    // A doubt implied by a contrast ("due within three months, though similar inquiries have
    // taken far longer"): no word says it.
    "Its findings are due within three months, though similar inquiries have taken far longer.",
    // A forecast reported with its outcome: the sentence holds both.
    "The ministry said it expected the first shipment on Thursday, and the ship arrived on Thursday.",
    // A target pledged for a far date ("will cut ... by 2030") reads like a plan.
    "The government says the measure will cut emissions by 40 percent by 2030.",
    // A hedge in a clause about something else ("the case, which could decide"): left as it is,
    // since "the alleged strike, which reportedly targeted a docking facility" hedges the claim.
    "The Supreme Court agreed to hear the case, which could decide whether states may ban the drug.",
    // A copular "looks" parted from its adjective by an aside: "looks" alone is mostly literal.
    "The minister's resignation looks, in hindsight, inevitable.",
    // A habit in the past told as a condition: "if she disagreed, she would say so".
    "If she disagreed with an editor, she would say so in front of the whole newsroom, colleagues remembered.",
    // The claim's event is certain, its cause only suspected, in a phrase of its own: read as a
    // description, like "strikes against five alleged drug-smuggling boats".
    "Three killed in suspected drone strike on border town",
    // Headline "eyes" before a name: "eyes" is mostly a noun, so only a few objects are read.
    "Tesla eyes India plant as sales slow",
    // A condition put as "without", before the comma of a warning: "without" alone is mostly a
    // plain fact ("released without a deal"), so it is not read.
    "Without new funding, food rations will have to be cut by half from next month, the agency said.",
    // A claim contradicted by a second source's plain negative statement ("but the Pentagon said
    // no ship had been hit"): a denial is read only in its own words ("denied", "which Ukraine
    // denies"); a negative report alone is mostly a plain fact.
    "The Houthis said they had targeted a US warship, but the Pentagon said no ship had been hit.",
    // An accusation a court upholds ("The election was rigged, a court ruled") reads as the
    // accusation: the rules do not tell a ruling from a party's claim.
    "The election was rigged, a court ruled on Friday, ordering a new vote in three districts.",
    // "It's reported to the board": the passive of a report made to someone reads as "it is
    // reported that".
    "It's reported to the board every quarter, under rules adopted in 2019.",
    // The same kind as the threat above, put as a source's plan: "If a strike goes ahead, the
    // union said, hospitals would run emergency services only".
    "If a strike goes ahead, the union said, hospitals would run emergency services only.",
    // Hedges inside a relative clause that picks out whom a procedure is for ("voters who think
    // they may not be registered can check online"): the rules do not tell that scope.
    "Voters who think they may not be registered can check online.",
    // Allegations confirmed later in the sentence ("who upheld them"): only a judgement right
    // before the noun is read ("unsupported allegations", "cleared of all allegations").
    "The allegations were investigated by the ombudsman, who upheld them in March.",
    // A speaker's emphasis told in the present ("In her speech, the president highlights"): the
    // reading verbs are the writer's in the present, a speaker's in the past ("highlighted").
    "In her speech, the president highlights the country's record on clean energy.",
    // People counted by their office and named only after the clause ("Two senators said they
    // would vote against, Susan Collins and Lisa Murkowski"): the names come after a comma the
    // cue does not look past; the usual order ("Two senators, Susan Collins and ..., said") is read.
    "Two senators said they would vote against the nomination, Susan Collins and Lisa Murkowski.",
    // An assessment stated flatly in the writer's voice, with no word that hedges it ("The law
    // has no practical effect on the ground"): nothing in the wording marks it.
    "The law has no practical effect on the ground, where Guyana continues to exercise full control.",
    // A named source's own reading, said after it ("The decline signals a fall in demand ..., the
    // industry association said in its monthly report"): "signals" is read as the writer's.
    "The decline signals a fall in demand for diesel cars, the industry association said in its monthly report.",
    // Unnamed people whose words were public evidence, told after the clause ("Residents at the
    // tower block said ..., in evidence to the inquiry"): only a hearing named right after the
    // verb or before it ("witnesses in the trial said") is read as one.
    "Residents at the tower block said they had complained about the cladding in 2016, in evidence to the inquiry.",
    // Friends "of" someone named ("Friends of the Duke say"): not read, since "Friends of the
    // Earth" and "Friends of the museum" are organisations that speak for themselves.
    "Friends of the Duke say he feels he has been frozen out of the family.",
    // A newsroom whose name is also a common word ("The Star understands that"): only names that
    // cannot be anything else are read ("the ABC understands").
    "The Star understands that the Cabinet Secretary was not consulted before the tender was cancelled.",
];

#[test]
fn labelled_news_sentences_are_judged_as_labelled() {
    for fixture in [
        include_str!("fixtures/news-status.tsv"),
        include_str!("fixtures/news-status-2.tsv"),
        include_str!("fixtures/news-status-3.tsv"),
        include_str!("fixtures/news-status-4.tsv"),
        include_str!("fixtures/news-status-5.tsv"),
        include_str!("fixtures/news-status-6.tsv"),
        include_str!("fixtures/news-status-7.tsv"),
        include_str!("fixtures/news-status-8.tsv"),
        include_str!("fixtures/news-status-9.tsv"),
        include_str!("fixtures/news-status-10.tsv"),
        include_str!("fixtures/news-status-11.tsv"),
        include_str!("fixtures/news-status-12.tsv"),
        include_str!("fixtures/news-status-13.tsv"),
        include_str!("fixtures/news-status-14.tsv"),
        include_str!("fixtures/news-status-15.tsv"),
        include_str!("fixtures/news-status-16.tsv"),
        include_str!("fixtures/news-status-17.tsv"),
        include_str!("fixtures/news-status-18.tsv"),
        include_str!("fixtures/news-status-19.tsv"),
        include_str!("fixtures/news-status-20.tsv"),
        include_str!("fixtures/news-status-21.tsv"),
        include_str!("fixtures/news-status-22.tsv"),
        include_str!("fixtures/news-status-23.tsv"),
        include_str!("fixtures/news-status-24.tsv"),
        include_str!("fixtures/news-status-25.tsv"),
        include_str!("fixtures/news-status-26.tsv"),
        include_str!("fixtures/news-status-27.tsv"),
        include_str!("fixtures/news-status-28.tsv"),
        include_str!("fixtures/news-status-29.tsv"),
        include_str!("fixtures/news-status-30.tsv"),
        include_str!("fixtures/news-status-31.tsv"),
        include_str!("fixtures/news-status-32.tsv"),
        include_str!("fixtures/news-status-33.tsv"),
        include_str!("fixtures/news-status-34.tsv"),
        include_str!("fixtures/news-status-35.tsv"),
        include_str!("fixtures/news-status-36.tsv"),
        include_str!("fixtures/news-status-37.tsv"),
        include_str!("fixtures/news-status-38.tsv"),
        include_str!("fixtures/news-status-39.tsv"),
        include_str!("fixtures/news-status-40.tsv"),
        include_str!("fixtures/news-status-41.tsv"),
        include_str!("fixtures/news-status-42.tsv"),
        include_str!("fixtures/news-status-43.tsv"),
        include_str!("fixtures/news-status-44.tsv"),
        include_str!("fixtures/news-status-45.tsv"),
        include_str!("fixtures/news-status-46.tsv"),
        include_str!("fixtures/news-status-47.tsv"),
        include_str!("fixtures/news-status-48.tsv"),
        include_str!("fixtures/news-status-49.tsv"),
        include_str!("fixtures/news-status-50.tsv"),
        include_str!("fixtures/news-status-51.tsv"),
        include_str!("fixtures/news-status-52.tsv"),
        include_str!("fixtures/news-status-53.tsv"),
        include_str!("fixtures/news-status-54.tsv"),
        include_str!("fixtures/news-status-55.tsv"),
        include_str!("fixtures/news-status-56.tsv"),
        include_str!("fixtures/news-status-57.tsv"),
        include_str!("fixtures/news-status-58.tsv"),
        include_str!("fixtures/news-status-59.tsv"),
        include_str!("fixtures/news-status-60.tsv"),
        include_str!("fixtures/news-status-61.tsv"),
        include_str!("fixtures/news-status-62.tsv"),
        include_str!("fixtures/news-status-63.tsv"),
        include_str!("fixtures/news-status-64.tsv"),
        include_str!("fixtures/news-status-65.tsv"),
        include_str!("fixtures/news-status-66.tsv"),
        include_str!("fixtures/news-status-67.tsv"),
        include_str!("fixtures/news-status-68.tsv"),
        include_str!("fixtures/news-status-69.tsv"),
        include_str!("fixtures/news-status-70.tsv"),
        include_str!("fixtures/news-status-71.tsv"),
        include_str!("fixtures/news-status-72.tsv"),
        include_str!("fixtures/news-status-73.tsv"),
        include_str!("fixtures/news-status-74.tsv"),
        include_str!("fixtures/news-status-75.tsv"),
        include_str!("fixtures/news-status-76.tsv"),
        include_str!("fixtures/news-status-77.tsv"),
        include_str!("fixtures/news-status-78.tsv"),
        include_str!("fixtures/news-status-79.tsv"),
        include_str!("fixtures/news-status-80.tsv"),
        include_str!("fixtures/news-status-81.tsv"),
        include_str!("fixtures/news-status-82.tsv"),
        include_str!("fixtures/news-status-83.tsv"),
        include_str!("fixtures/news-status-84.tsv"),
        include_str!("fixtures/news-status-85.tsv"),
        include_str!("fixtures/news-status-86.tsv"),
        include_str!("fixtures/news-status-87.tsv"),
        include_str!("fixtures/news-status-88.tsv"),
    ] {
        common::assert_labelled_as_judged("en", fixture, KNOWN_MISSES);
    }
}
