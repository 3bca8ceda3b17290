"""The criticism label: legitimate criticism of practice, decisions, management and law —
protected speech that is never flagged as abuse, and never given to a threat or a text
whose point is a personal attack."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import triage

ABUSE = {"threat", "insult", "exposure", "offensive"}

POSITIVES = [
    ("Det er under al kritik, at jeg skal vente 14 uger på svar.", "a"),
    ("Jobcentrets sagsbehandling er præget af fejl og mangler.", "a"),
    ("Kommunen svigter de svageste borgere.", "a"),
    ("Reglerne er urimelige og rammer dem, der har mindst.", "a"),
    ("Jeg er dybt skuffet over den måde, min sag er blevet behandlet på.", "a"),
    ("Ledelsen har ikke styr på noget som helst i den afdeling.", "a"),
    ("Hvorfor skal borgerne betale for kommunens fejl?", "b"),
    ("Sanktionerne virker ikke og skaber kun mere fattigdom.", "b"),
    ("Man bliver mødt med mistillid, hver gang man henvender sig.", "b"),
    ("Teamleder Torben Bak har truffet en afgørelse uden hjemmel i loven.", "b"),
    ("Gorm Vestergaards nye retningslinje er i strid med sygedagpengeloven.", "b"),
    ("Det er et system, der er bygget til at knække folk.", "c"),
    ("Byrådet bør undersøge, hvorfor så mange afgørelser bliver omgjort.", "c"),
    ("Sagsbehandlerne skifter hele tiden, og man skal starte forfra hver gang.", "c"),
    ("Henrik Toft har ikke foretaget et konkret skøn i min sag, og det er kritisabelt.", "c"),
    ("Jeg har ventet fem måneder på en afgørelse. Det er ikke rimeligt.", "c"),
    # probe round 5 phenomena
    ("Den nye reform ødelægger tilliden til hele systemet.", "a"),
    ("Kronisk syge mennesker sendes i praktik, selv om lægen siger nej.", "a"),
    ("Hvad skal man bruge et jobsøgningskursus til, når man har et job på vej?", "a"),
    ("Brevene er skrevet, så ingen borgere kan forstå dem.", "a"),
    ("Der hersker en mistænksom tone over for alle, der er sygemeldte.", "a"),
    ("Fejlene bliver bare fejet ind under tæppet af ledelsen.", "b"),
    ("Besparelsen står ikke i rimeligt forhold til, hvad den koster de ledige.", "b"),
    ("At I lukker rådgivningen om aftenen, siger alt om kommunens prioriteringer.", "b"),
    ("Den afgørelse lugter af kassetænkning.", "b"),
    ("Hvordan kan det være, at jobcentret bruger millioner på konsulenter?", "c"),
    ("Fire læger har skrevet det samme, og det kan ikke passe, at I ser bort fra dem.", "c"),
    ("Kampen mod sanktionerne fortsætter: vi demonstrerer foran rådhuset på lørdag.", "c"),
    # probe round 6 phenomena (Danish without æ, ø, å too)
    (
        "Afdelingslederen afslog min ansøgning om skånejob, selvom jeg havde sendt tre "
        "lægeerklæringer.",
        "a",
    ),
    ("Ingen har besvaret mine henvendelser siden påske, og sagen står helt stille.", "a"),
    ("Ingen i byrådet vil påtage sig ansvaret for de nye regler.", "a"),
    ("Den nye lov har slået benene væk under de enlige forsørgere.", "a"),
    ("Hvad skal jeg med en mentor, når jeg allerede har et job på deltid?", "a"),
    (
        "Jobcentret skriver, at jeg udeblev fra samtalen, men jeg har en kvittering for fremmøde.",
        "a",
    ),
    ("Jeg har ringet i over en time uden at komme igennem til nogen.", "b"),
    ("Skemaerne er umulige at udfylde, hvis man ikke er jurist.", "b"),
    ("Vejledningen er svær at forstå for almindelige mennesker.", "b"),
    ("Kravet om digital ansøgning udelukker dem, der ikke har en computer.", "b"),
    ("Jeg håber, at sagen bliver taget op i beskæftigelsesudvalget.", "b"),
    ("Ventearealet er alt for koldt om vinteren, folk sidder i jakker.", "b"),
    ("Larmen i venteværelset er uudholdelig.", "b"),
    ("Toiletterne i jobcentret er ulækre.", "c"),
    ("Ingen af jer har åbenbart åbnet den erklæring fra speciallægen.", "c"),
    ("Over halvdelen af sanktionerne blev omgjort af Ankestyrelsen i fjor.", "c"),
    ("Hvem bærer ansvaret for de familier, der har stået uden ydelse i en måned?", "c"),
    ("Det er en udokumenteret påstand, som ikke hører hjemme i min journal.", "c"),
    ("Samtalen foregik uden tolk, og på det grundlag kan man ikke træffe en afgørelse.", "c"),
    ("Vurderingen har ikke inddraget psykiaterens udtalelse overhovedet.", "a"),
    ("Som ledig bliver man mødt med mistro, hver gang man henvender sig.", "a"),
    ("Det er besparelserne, der er problemet, ikke sagsbehandlerne.", "a"),
    ("Bureaukratiet gør det umuligt at få en ordentlig afklaring.", "a"),
    ("Nu skal jeg på samme jobsøgningskursus for femte gang.", "b"),
    ("Jeg har haft fire forskellige rådgivere på halvandet år.", "b"),
    ("Det er noget sludder fra ende til anden, og det ved I godt.", "b"),
    (
        "Jeg er dødtræt af systemet og af de evindelige møder. Det er tredje gang, jeg "
        "skal forklare præcis det samme.",
        "c",
    ),
    (
        "jeg har ringet 5 gange og ingen tager telefonen, hvornaar faar jeg svar paa "
        "min ansoegning",
        "c",
    ),
    # probe round 7 phenomena: swearing at the system, self-service down, drowning in
    # letters that contradict each other, lost papers, the nth course, cancelled meetings,
    # long waits, a reform as a slap, an institution called useless, "skam jer", the law or
    # the facts against a claim, living on benefits, blame on the politicians, irony
    ("Jobnet har været nede siden i morges, og jeg skal have min joblog ind i dag.", "a"),
    ("Jeg kan ikke logge ind på selvbetjeningen, og ingen tager telefonen.", "b"),
    ("Jeg bliver begravet i skemaer fra jobcentret.", "c"),
    ("Sagsbehandleren og brevet siger hver sit, hvad skal jeg tro på?", "a"),
    ("Kommunen har mistet mine papirer igen.", "b"),
    ("Min lægeerklæring er forsvundet hos jer for anden gang.", "c"),
    ("Jeg har uploadet den samme attest fire gange nu.", "a"),
    ("Det er min femte mentor på et år.", "b"),
    ("Min rådgiver har to gange aflyst samtalen uden varsel.", "c"),
    ("Mødet blev aflyst en time før, og jeg havde taget fri fra arbejde.", "a"),
    ("Det er ikke professionelt at behandle folk sådan.", "b"),
    ("De urimelige ventetider i telefonkøen er et problem for alle.", "c"),
    ("Jeg klager over den manglende opfølgning i min sag.", "a"),
    ("Den nye kontanthjælpsreform er en falliterklæring.", "b"),
    ("Kontanthjælpsloftet er et spark i maven på enlige mødre.", "c"),
    ("Jobcentret er helt til grin, de aner ikke hvad de laver.", "a"),
    ("Systemet er fuldstændig ubrugeligt.", "b"),
    ("jobcentret er så clueless, de har sendt mig til samtale om et job der ikke findes", "c"),
    ("Skam jer, Jobcenter Vest, for den måde I behandler syge på.", "a"),
    ("Men reglerne siger jo tydeligt, at I skal vejlede mig.", "b"),
    ("Det burde en sagsbehandler vide.", "c"),
    ("Jeg er faldet mellem alle stole i det her system.", "a"),
    ("Politikerne burde prøve at leve på kontanthjælp en måned.", "b"),
    ("Borgmesteren sagde i avisen at ventetiden var kort. Jeg har ventet i fire måneder.", "c"),
    ("Ingen kan leve af kontanthjælp i en storby.", "a"),
    ("Der er ikke råd til tandlæge på sygedagpenge.", "b"),
    ("Det er ledelsen der har bestemt de regler, ikke medarbejderne.", "c"),
    ("Tak for ingenting, jobcenter.", "a"),
    ("Super service: indkaldelse søndag aften til møde mandag morgen.", "b"),
    ("Hvem har besluttet, at man skal søge 20 job om ugen med en brækket arm?", "c"),
    ("Han skal i nyttejob selvom han har diskusprolaps.", "a"),
    ("Hvorfor kan kommunen ikke bare selv hente oplysningerne i eIndkomst?", "b"),
    ("Borger.dk er gået ned igen, så jeg kan ikke indsende noget.", "c"),
    ("Tak for at aflyse min samtale for tredje gang, jobcenter.", "a"),
    ("Jeg får fire breve om dagen, og ingen af dem passer sammen.", "b"),
    ("Jobcentret har glemt min ansøgning igen.", "c"),
    ("Ingen kan leve for 6000 kr om måneden på kontanthjælp.", "a"),
    (
        "Ministeren påstod på TV, at ingen mister deres ydelse. Min søster mistede sin i går.",
        "b",
    ),
    # probe round 8 phenomena: the law or the rules as the problem, staff sunk by rules,
    # died waiting, fit on paper, statistics before people, no individual assessment,
    # years of struggle, explaining again, "burde tage hensyn", ironic praise and its frame
    ("Problemet er reformen, ikke de ansatte på gulvet.", "a"),
    ("Det er systemet, som er problemet, ikke rådgiverne.", "a"),
    ("Medarbejderne bliver kvalt i bureaukrati og kan ikke nå at hjælpe nogen.", "a"),
    ("Hvert år kommer der nye regler hele tiden, og ingen kan følge med.", "b"),
    ("Min onkel døde, inden han fik svar på sin ansøgning om pension.", "b"),
    ("Hun blev erklæret arbejdsdygtig, skønt hun stadig får kemo.", "b"),
    ("Kommunen er mere interesseret i måltal end i de mennesker, det handler om.", "b"),
    ("Der er aldrig lavet en individuel vurdering af min situation.", "c"),
    ("Sagen om mit fleksjob har nu trukket ud i syv år.", "c"),
    ("For fjerde gang må jeg sende den samme lægeerklæring.", "c"),
    ("Hvad skal der til, inden nogen i kommunen lytter til os?", "c"),
    ("Jobcentret burde have taget hensyn til, at jeg ikke har bil.", "a"),
    ("Med tre børn og ingen bil er det simpelthen urimeligt.", "a"),
    ("I brugte fem uger om at svare på et enkelt spørgsmål.", "a"),
    ("Jeres praksis slår syge mennesker ihjel.", "b"),
    ("Tillykke med det, kommunen: tredje mødeindkaldelse i denne uge. Imponerende.", "b"),
    (
        "Jeg er vild med, når kommunen sender breve om ferie midt i min sygemelding. "
        "Fin koordinering.",
        "c",
    ),
    ("Flot opkvalificering for en uddannet elektriker: at feje gulve i et halvt år.", "c"),
    ("Tak til kommunen for endnu et skema, jeg allerede har udfyldt. Meget gennemtænkt.", "a"),
    ("Hvilken effektivitet: tre måneder for at behandle en simpel ansøgning.", "a"),
    ("Fejlen ligger hos politikerne, ikke hos rådgiverne.", "a"),
    ("Det er reformen, der er noget galt med, ikke medarbejderne.", "a"),
    ("Ingen har lavet en helhedsvurdering af min fars situation.", "b"),
    ("Forvaltningen går mere op i besparelser end i de syge.", "b"),
    ("Kommunen vil hellere kontrollere end hjælpe borgerne.", "b"),
    ("Jeg har kæmpet med jobcentret om et fleksjob i seks år.", "b"),
    ("Den nye regel tager ingen højde for folk med små børn.", "c"),
    ("Ministeren har aldrig selv prøvet at leve på dagpenge.", "c"),
    ("Hun blev raskmeldt, selvom hun stadig har kræft.", "c"),
    ("Et nyttejob med at feje fortove, selv om jeg har en kandidatgrad.", "c"),
    ("Endnu et afklaringsforløb efter ni år.", "a"),
    ("For mig med to børn og intet job er det dybt uretfærdigt.", "a"),
    ("Kommunen sender skemaer, som ingen kan forstå.", "a"),
    ("Afgørelsen var fyldt med fejl fra ende til anden.", "a"),
    ("Vi får tre indkaldelser om ugen fra jobcentret.", "a"),
    ("Jeres app har ikke fungeret hele ugen.", "a"),
    ("Det tog kommunen fem måneder at behandle min ansøgning.", "b"),
    ("To måneder og stadig ingen afgørelse.", "b"),
    ("Jeg har ikke hørt fra jobcentret i seks uger.", "b"),
    ("Rådgiveren ringede ikke tilbage, selvom hun lovede det.", "b"),
    ("Borgmesteren siger, at ventetiden er kort, men det er løgn.", "c"),
    ("Det er sørgeligt, at jobcentret taler sådan til folk.", "c"),
    ("Jobcentret behandler ledige så dårligt.", "c"),
    ("Syge skal bevise, at de ikke kan arbejde, igen og igen.", "c"),
    ("Loftet har gjort hverdagen dyrere for enlige mødre.", "a"),
    ("Jeg har fået fire forskellige forklaringer på den samme sanktion.", "a"),
    ("Hvorfor skal man udfylde det samme skema hver uge?", "a"),
    ("Flot klaret, jobcenter. Nu er mine papirer forsvundet igen.", "b"),
    ("Lukningen af rådgivningen går ud over de udsatte.", "a"),
    ("Naturligvis er det igen borgerne, der må betale for besparelsen.", "a"),
    ("Ufatteligt, at kommunen kan lade en ansøgning ligge i et halvt år.", "a"),
    ("Rart at vide, at min klage ligger i en skuffe et sted på rådhuset.", "b"),
    ("Takket være jobcentret står jeg nu uden penge til mad.", "b"),
    ("Det er det rene vanvid at tvinge en hjertepatient i nyttejob.", "b"),
    ("Kontanthjælpsloftet er et angreb på de fattigste børnefamilier.", "c"),
    ("Projektet har ikke bragt én eneste ledig i job.", "c"),
    ("Samtalen blev aflyst med ti minutters varsel.", "c"),
    # probe round 9: sent round between departments, far too long, not read properly,
    # consultants instead of caseworkers, letters in a language nobody understands, a promise
    # to call back not kept, a benefit stopped without warning, papers lost for the nth time
    ("Jeg bliver kastet frem og tilbage mellem jobcentret og ydelseskontoret.", "a"),
    ("Man sendes fra afdeling til afdeling, og ingen ved noget.", "b"),
    ("Sagsbehandlingen af min ansøgning har taget alt for lang tid.", "c"),
    ("Rosen først: mødet var fint. Risen: I har ikke kigget grundigt på mine papirer.", "a"),
    ("Kommunen hyrer dyre konsulenter, mens der mangler sagsbehandlere.", "b"),
    ("Der bruges millioner på konsulentfirmaer i stedet for at ansætte flere rådgivere.", "c"),
    ("Brevene fra jer er skrevet i et kancellisprog, som ingen kan forstå.", "a"),
    ("Hun lovede at vende tilbage i sidste uge, men det skete aldrig.", "b"),
    ("Min sagsbehandler har flere gange lovet at ringe, men jeg venter stadig.", "c"),
    ("I holder ikke jeres aftaler.", "a"),
    ("Min kontanthjælp blev stoppet uden nogen forklaring.", "b"),
    ("For anden gang på en måned har jobcentret glemt at sende min indkaldelse.", "c"),
    ("Afdelingen har igen mistet mine papirer, for fjerde gang.", "a"),
    ("Jeg forlanger en skriftlig undskyldning fra ledelsen.", "b"),
    ("Hun sagde, hun ville ringe mig op fredag. Jeg hørte intet.", "c"),
    ("I lovede at sende papirerne i sidste uge, men de er ikke kommet.", "a"),
    ("Brevet var fyldt med paragraffer og fagord, jeg ikke forstår.", "b"),
    ("Min boligstøtte er bare forsvundet fra den ene måned til den anden uden et ord.", "c"),
    ("Uden nogen form for varsel stoppede I min kontanthjælp.", "a"),
    ("Det er tredje gang, at I sender mig til samtale om det samme.", "b"),
    ("Jeres telefontid er alt for kort, man kommer aldrig igennem.", "c"),
    # probe round 10: unable to do the job, "why must one … when …", a question raised
    # about why the institution does something, sent to work despite an operation, hardly
    # listening to doctors, sarcastic thanks, an hour in the phone queue, staffing to be
    # looked at, a suggestion to hire
    ("Jobcentret kan ikke finde ud af at holde styr på mine lægeerklæringer.", "a"),
    (
        "Hvorfor skal vi sidde til møder hver uge, når vi allerede har et job? Det giver nul "
        "mening.",
        "b",
    ),
    ("Jeg vil gerne stille spørgsmålstegn ved, hvorfor kommunen sparer på sagsbehandlerne.", "c"),
    ("Min mor blev visiteret til nyttejob, selvom hun lige er blevet opereret i ryggen.", "a"),
    ("Det er tydeligt, hvor lidt I lytter til speciallægerne.", "b"),
    ("Mange tak for at glemme mit møde for tredje gang. Virkelig professionelt.", "c"),
    ("Man sidder i telefonkøen i over en time, hver gang man ringer.", "a"),
    ("Jeg opfordrer til, at ledelsen ser på ventetiden i telefonen.", "b"),
    ("Vi foreslår, at kommunen ansætter flere sagsbehandlere.", "c"),
    ("Hvorfor skal syge mennesker i praktik, når lægen siger nej?", "a"),
    ("Jeg skal som byrådsmedlem spørge, hvorfor ventetiden er steget så meget.", "b"),
    ("Som formand for handicaprådet undrer jeg mig over, hvorfor kommunen har lukket den.", "c"),
    ("Min nabo blev sendt i praktik, selvom hun har en dårlig ryg og venter på operation.", "a"),
    ("Ventetiden i telefonen er helt vild, jeg har ventet 45 minutter i dag.", "b"),
    ("I spilder min tid med de her kurser.", "c"),
    # probe round 11: hard to get hold of them, messages left unanswered, a rule against the
    # idea of individual plans, everyone cut over one comb, a system too rigid, killer
    # compounds, "flovt at kommunen …" without "det er", a manager who should go, many
    # errors in the cases, a decision to reconsider, politicians made to act, others asked
    ("Det er et helvede at få fat i min sagsbehandler.", "a"),
    ("Hvorfor er det så umuligt at komme igennem til jobcentret?", "b"),
    ("Det er et mareridt at få svar fra nogen derinde.", "c"),
    ("Kommunen svarer aldrig på mine henvendelser.", "a"),
    ("Min rådgiver svarer ikke på mine sms'er.", "b"),
    ("I gider ikke engang ringe tilbage.", "c"),
    ("Min sagsbehandler ringer aldrig tilbage.", "a"),
    ("Den nye regel skærer alle ledige over én kam.", "b"),
    ("Det strider imod hele ideen med en individuel plan.", "c"),
    ("Beskæftigelsessystemet er alt for firkantet.", "a"),
    ("Reglerne er blevet benhårde for enlige mødre.", "b"),
    ("Det er en dræberreform for de syge.", "c"),
    ("Ret flovt at kommunen stadig ikke har en app der virker.", "a"),
    ("Latterligt at jobcentret kræver papirer, de allerede har.", "b"),
    ("Jobcenterchefen bør tage konsekvensen og gå af.", "c"),
    ("Direktøren burde træde tilbage efter den sag.", "a"),
    ("Der er gentagne fejl i jeres afgørelser om refusion.", "b"),
    ("Jeg håber, at reglen bliver taget op igen.", "c"),
    ("Forhåbentlig får den artikel byrådet til at handle.", "a"),
    ("Nogen der har oplevet det samme med Jobcenter Vest?", "b"),
    ("Har I også oplevet, at kommunen ikke vender tilbage?", "c"),
    ("Sikke et crappy system I har.", "a"),
    # probe round 12: a decision without a hearing, a thin reason, no concrete assessment,
    # refusing to answer, the Ombudsman, disagreeing, families attacked, millions on providers,
    # cases piling up, systematic refusals, symptoms explained away, the dumbest rule, advice
    # to management, a protest, an error on their side, annoying duplicate demands
    ("Sanktionen blev besluttet uden forudgående partshøring.", "a"),
    ("Min mor har aldrig modtaget nogen partshøring, før ydelsen blev stoppet.", "b"),
    ("Jeg synes, grundlaget for afslaget er meget spinkelt.", "c"),
    ("Kommunen har ikke vurderet min arbejdsevne konkret.", "a"),
    ("Chefen har nægtet at begrunde sin beslutning, og nu går jeg til Ombudsmanden.", "b"),
    ("Jeg er helt uenig i ledelsens prioritering af midlerne.", "c"),
    ("Lukningen af caféen blev besluttet af udvalget, og jeg tror, den var en fejl.", "a"),
    ("Loftet er et angreb på enlige forsørgeres økonomi.", "b"),
    ("Jobcentret har brugt flere millioner på eksterne konsulenter. Private aktører igen.", "c"),
    ("Ansøgningerne hober sig op, for der er for få sagsbehandlere.", "a"),
    ("Afdelingen afviser systematisk ansøgninger fra folk med psykiske lidelser.", "b"),
    ("Lægernes vurderinger bliver bagatelliseret af jobcentret.", "c"),
    ("Den tåbeligste reform, Christiansborg har fundet på i årevis.", "a"),
    ("Et godt råd til ledelsen: giv rådgiverne tid til borgerne.", "b"),
    ("Vi protesterer mod nedskæringerne i beskæftigelsesindsatsen.", "c"),
    ("Pengene udeblev på grund af en fejl hos jobcentret.", "a"),
    ("Det er træls at skulle sende kontoudtog, når kommunen selv kan se dem i systemet.", "b"),
    ("Unge med depression sendes lige ud i praktik uden at afklare, hvad de magter.", "c"),
    # probe round 13: a decision that leaves out what was sent or gives no reason
    ("Beslutningen omtaler overhovedet ikke de journaler, min læge sendte.", "a"),
    ("Jeg klager, fordi afslaget aldrig er blevet forklaret for mig.", "b"),
    ("Jeg fik ingen chance for at kommentere sagen, inden kommunen tog beslutningen.", "c"),
    ("Det kan da ikke være meningen, at syge skal leve af så lidt.", "a"),
    ("Direktøren har ingen anelse om, hvordan hverdagen ser ud for os ledige.", "b"),
    ("Jeg føler mig overhovedet ikke taget alvorligt af jobcentret.", "c"),
    (
        "At trække en far i ydelse for at komme ti minutter for sent er at skyde gråspurve "
        "med kanoner.",
        "a",
    ),
    ("Reglerne fra ministeriet dræber al lysten hos de unge.", "b"),
    ("Vi anlægger en retssag mod kommunen, og den ender i byretten.", "c"),
    ("Jeg er så træt af kommunens ventelister.", "a"),
    ("Selvbetjeningen smider mig ud hver gang jeg er halvvejs.", "b"),
    ("Min kontanthjælp kom igen forsinket denne måned.", "a"),
    ("Nu skal jeg uploade min lejekontrakt for 6. gang.", "b"),
    ("Vi mistede huset på grund af kommunen.", "c"),
    ("Afdelingen brugte fire måneder på at besvare en mail. Guldmedalje til ledelsen.", "a"),
    ("Mit jobafklaringsforløb har ligget stille i fem måneder.", "b"),
    ("Byrådet bør skrotte 225-timersreglen.", "c"),
    ("Sagsbehandleren skældte mig ud foran hele venteværelset.", "a"),
    ("Man kan ikke styre et jobcenter fra et skrivebord på rådhuset.", "b"),
    ("Why does it take weeks to get a reply from you?", "c"),
    ("Beslutningen tager overhovedet ikke stilling til min genoptræning.", "a"),
    ("Jeg blev ikke spurgt, inden sanktionen blev givet.", "b"),
    ("Borgmesteren ved ingenting om, hvordan hverdagen er på kontanthjælp.", "c"),
    ("Fantastisk, at afdelingen kan bruge et halvår på min ansøgning.", "a"),
    ("Skal jeg virkelig forklare det en gang til? Jobcentret har jo allerede papirerne.", "a"),
    # probe round 14: formal complaints about conduct, cancelled meetings, forgotten again,
    # complaints unhandled, decisions that do not hold, abolition, petitions, condescension
    ("Jeg ønsker at klage over måden, min sag er blevet håndteret på.", "a"),
    ("Jeg vil klage over at min tolk aldrig blev bestilt, selvom det var aftalt.", "a"),
    ("Samtalen blev flyttet uden at nogen havde ringet til mig.", "a"),
    ("Nu er det femte gang det sker med jeres indkaldelser.", "a"),
    ("Min rådgiver har endnu en gang glemt at ringe tilbage.", "a"),
    ("Min henvendelse fra januar er stadig ikke besvaret, og jeg har rykket tre gange.", "a"),
    ("Jeres beslutning holder aldrig i retten.", "a"),
    ("Kommunens jobcentre bør lukkes, de spilder bare pengene.", "a"),
    ("Skriv under på borgerforslaget og red ungeordningen!", "a"),
    ("Hun talte overlegent til mig under hele samtalen.", "a"),
    # probe round 15 phenomena
    ("Det er så frustrerende at jeres app aldrig fungerer om aftenen.", "a"),
    ("Portalen er altid nede, når man skal indberette.", "b"),
    ("I siger det er brugervenligt, men jeg kan ikke engang komme ind.", "c"),
    ("Dødssygt forløb, vi sad bare og så på slides hele formiddagen.", "a"),
    ("Kurset var dødkedeligt og lærte mig intet nyt.", "b"),
    ("De har stoppet min ydelse uden varsel, og ingen har forklaret hvorfor.", "c"),
    ("Pludselig blev der slukket for hjælpen igen.", "a"),
    ("Min rådgiver lovede en afklaring inden påske. Nu er vi i august, og intet er sket.", "b"),
    ("Vagten smed mig ud for at tale højt, og det var totalt overdrevet.", "c"),
    ("Sikken en måde at tale til folk på i en reception.", "a"),
    ("Man behandler ikke mennesker sådan, heller ikke når de er arbejdsløse.", "b"),
    ("Jeg er forarget over den tone, der blev brugt over for min mor i telefonen.", "c"),
    ("Jeg beder om at chefen tager en snak med medarbejderen om det.", "a"),
    ("Hvad pokker skal jeg med et forløb om jobsøgning, når jeg har søgt job i 30 år", "b"),
    ("Det er over min forstand hvordan nogen kan sende en kræftpatient i aktivering.", "c"),
    ("Hvorfor skal reglerne være så firkantede?", "a"),
    ("Jeg fik medhold i Ankestyrelsen, så afgørelsen var altså forkert fra start.", "b"),
    ("Dag 60 uden afgørelse. Bare så I ved det.", "c"),
    ("Ledelsen har mistet overblikket over hele sygedagpengeområdet.", "a"),
    ("Det værste jobcenter jeg nogensinde har haft med at gøre.", "b"),
    ("Praktikken var spild af et halvt år, ingen plan, ingen opfølgning.", "c"),
    # probe round 16: laughing at a letter or a website, a law as a bomb under families, a
    # society one does not want, a mess or two dates in a letter, a system hard as stone,
    # a reply only after weeks, why when all other authorities can, a formal complaint "over
    # at", a sanction while in hospital, worse results under a manager, get a grip on your IT,
    # the nth upload, a waiting room without chairs
    ("Jeg grinede højt af jeres brev om, at jeg skal søge job som kranfører med min ryg.", "a"),
    ("Vi lå flade af grin over jeres nye selvbetjening, der lukker ned hvert femte minut.", "b"),
    ("Reformen er et slag mod de enlige forsørgere, og byrådet bør råbe op.", "c"),
    ("Skal vi virkelig leve i den slags samfund? Det er ikke det land jeg ønsker.", "a"),
    ("Det er et sandt rod med jeres indkaldelser, jeg fik tre forskellige tidspunkter.", "b"),
    ("Kommunen er iskold over for enlige mødre med syge børn.", "c"),
    ("Koldt som is, sådan er systemet mod os der er syge.", "a"),
    ("Et hjerteløst system, der ikke ser mennesket bag sagsnummeret.", "b"),
    ("Afgørelsen kom først efter ni uger. Det var alt for lang tid.", "c"),
    ("Hvorfor skal jeg sende det med posten, mens alle andre kommuner tager imod det online?", "a"),
    ("Jeg klager hermed over at min samtale blev aflyst to gange.", "b"),
    ("Vedlagt min klage over jeres behandling af min ansøgning.", "c"),
    ("I trak mig to dage i ydelsen, selvom jeg lå indlagt på sygehuset.", "a"),
    ("Under hendes ledelse er ventetiden på svar fordoblet.", "b"),
    ("Nu må I altså snart få styr på jeres hjemmeside.", "c"),
    ("Det er fjerde gang jeg sender den samme lægeerklæring.", "a"),
    ("I venterummet er der ingen stole, så man står i en time.", "b"),
    # probe round 17 phenomena
    ("Min sagsbehandler har bedømt mit helbred forkert uden at læse journalen.", "a"),
    ("Det er helt latterligt at syge folk skal til jobsamtale hver måned.", "a"),
    ("Kontaktpersonen besvarer sin telefon aldrig.", "a"),
    ("Han svarer aldrig, og ingen andre kan hjælpe mig videre.", "a"),
    ("I gamle dage var der mennesker på kontoret, nu er der kun skemaer.", "a"),
    ("Det passer ikke, spørg bare dem der står i telefonkøen.", "a"),
    # probe round 18 phenomena
    ("Man bliver behandlet som en forbryder, bare fordi man er ledig.", "a"),
    ("De talte til mig som om jeg var et barn.", "b"),
    ("Nu har jeg sendt de samme lønsedler fire gange.", "a"),
    ("I kan sagtens sende en sanktion til tiden, men aldrig når jeg venter på en udbetaling.", "c"),
    ("Kommunens praksis med kurser for alle ledige er ødelæggende for de syge.", "a"),
    ("Jeg har klaget over min jobkonsulent til chefen.", "b"),
    ("Ingen har læst min lægeerklæring ordentligt.", "a"),
    ("Receptionen lovede at sagsbehandleren ville ringe tilbage. Det er ikke sket.", "c"),
    ("Pudsigt at man skal møde op hver uge når der ingen praktikpladser er.", "a"),
    ("Jobcentret har kludret i det med min adresse igen.", "b"),
    ("At sende min journal til en fremmed er et brud på tavshedspligten.", "c"),
    ("Lægen sagde jeg ikke var syg nok til hjælp. Hvilken udtalelse!", "a"),
    # probe round 19 phenomena
    ("Jeg søgte om enkeltydelse for tre uger siden og har stadig ikke hørt noget.", "a"),
    ("Min klage blev sendt for en måned siden, og jeg har aldrig fået svar.", "b"),
    ("Kravet om at ledige skal søge to jobs om ugen uanset branche er latterligt.", "a"),
    (
        "Jeg har intet imod Sofie Holm, men reglen om at man ikke må rejse i forløbet er tåbelig.",
        "a",
    ),
    ("Det er det rene vanvid at indkalde folk til samtale, når de lige er blevet opereret.", "b"),
    ("Man skal møde op hver mandag selvom man har kroniske smerter.", "c"),
    ("Seks kurser på et år, og ingen af dem har givet mig et job.", "a"),
    ("Ingen af samtalerne har hjulpet mig det mindste.", "b"),
    ("Selvbetjeningen er helt uoverskuelig, når man er ny ledig.", "c"),
    ("Afdelingen har de højeste omgørelsesprocenter i landet.", "b"),
    ("Husk ved valget, hvem der sparede på rådgivningen til de ledige.", "c"),
    (
        "Jobcenterchef Henrik Toft påstod i radioen at ventetiden er nede. "
        "Det kan vi ledige slet ikke genkende.",
        "c",
    ),
    (
        "Tre forskellige sagsbehandlere på et halvt år; kommunens egne tal viser det samme.",
        "a",
    ),
    # probe round 20 phenomena
    ("Kommunen har standset min kontanthjælp uden et eneste varsel.", "a"),
    ("det er ikke ok at i trækker mine dagpenge uden at skrive til mig", "a"),
    ("Torben Bak afslog min ansøgning om tilskud uden at læse lægens udtalelse.", "b"),
    ("Jeres afslag hviler på en speciallægeerklæring, som er to år gammel.", "a"),
    ("Min vurdering var baseret på kun to timer i praktik.", "c"),
    ("Ærligt talt en meget ringe service fra jeres side.", "a"),
    ("Fatima Ali talte hen over mig hele tiden, og det burde aldrig være sket.", "c"),
    ("Henriette Dalgaard skrev til mig på en måde der var arrogant.", "b"),
    ("Sanktionsreglerne burde for længst være ophævet.", "b"),
    ("Politikerne kalder det en reform, vi kalder det en spareøvelse.", "c"),
    ("Seks uger i løntilskud hos et firma, der bare bruger os som gratis arbejdskraft.", "a"),
    ("Afgørelserne bliver igen sendt ud efter svarfristen.", "b"),
    ("Det er nu fire uger siden, og jeg har stadig ikke modtaget svar.", "a"),
    ("Referatet fra samtalen stemmer slet ikke overens med det vi blev enige om.", "c"),
    ("Sådan taler man altså ikke til folk, der er på kontanthjælp.", "a"),
    (
        "Henrik Toft lovede mig en afklaring før sommerferien. Nu er vi i oktober og "
        "der er stadig intet sket.",
        "c",
    ),
    ("Man får indtryk af at Per Storm aldrig har kigget på mine papirer inden samtalen.", "a"),
    ("Byrådet har udhulet hele beskæftigelsesindsatsen.", "b"),
    ("Otte ansøgninger om måneden til stillinger, som slet ikke findes her på øen.", "c"),
    (
        "Det lovede I for tre uger siden, og I vender tilbage inden for 5 hverdage. Hvad skal "
        "vi bruge det til.",
        "b",
    ),
    # probe round 21 phenomena: something said to be booked or sent that nobody has heard
    # of; a promised answer that never came; a disproportionate sanction; the same course
    # again; "forstår I overhovedet, hvad det gør …"; "hvorfor gør I ikke mere …"; a login
    # that never works; too many cases per caseworker; complaints in English; the press,
    # the Ombudsman or Ankestyrelsen
    ("Fatima Ali sagde, at mødet med min chef var aftalt, men han har ikke hørt noget.", "c"),
    ("Rådgiveren skrev, at praktikken var aftalt, men virksomheden har aldrig hørt om mig.", "a"),
    ("Du sagde, at lægeerklæringen var sendt videre, men min læge har intet modtaget.", "b"),
    (
        "Jobkonsulenten lovede, at jeg ville få en afgørelse inden udgangen af måneden. Den "
        "har jeg stadig ikke fået.",
        "a",
    ),
    ("Sagsbehandleren sagde, jeg ville få pengene på mandag, men der er ikke kommet noget.", "b"),
    ("Straffen er fuldstændig uforholdsmæssig i forhold til, hvad jeg har gjort.", "a"),
    ("Det er en uproportional sanktion for at glemme en joblog.", "b"),
    ("Jeg var fem minutter for sent til mødet og har nu fået trukket tre dages ydelse.", "c"),
    ("Nu skal jeg igen lære at lave en ansøgning for tredje gang på et år.", "a"),
    ("Dejligt at man skal igennem det samme forløb for femte gang.", "b"),
    ("Fatter I egentlig, hvad sådan et brev betyder for en familie?", "c"),
    ("Hvorfor gør jobcentret ikke noget ved de lange ventetider?", "a"),
    ("Politikerne gør slet ikke nok for de langtidssyge.", "b"),
    ("Hjemmesiden fungerer næsten aldrig, når fristen nærmer sig.", "c"),
    ("Hvorfor duer jeres selvbetjening stadig ikke?", "a"),
    ("Sagsbehandlerne har alt for mange sager til at kunne hjælpe nogen ordentligt.", "b"),
    ("Med 120 sager hver kan rådgiverne umuligt nå at følge op.", "c"),
    ("Hyr dog nogle flere sagsbehandlere.", "a"),
    ("The website is completely useless and nobody answers the phone.", "b"),
    ("This is unacceptable, I have waited three months.", "c"),
    ("Vi går til medierne med hele forløbet.", "a"),
    ("Jeg sender sagen til Folketingets Ombudsmand.", "b"),
    ("Jeg har fået to forskellige svar om det samme fra to forskellige rådgivere.", "c"),
    # probe round 22 phenomena: a right under the law denied, a policy hitting the weakest,
    # a decision on a few minutes' talk, the system above to blame, slower than a snail,
    # an unanswered phone, a decision quoted back, praise taken back with "#not"
    ("Min rådgiver nægtede mig at tage en bisidder med til samtalen.", "a"),
    ("Det er jo min ret ifølge loven at få aktindsigt, men I svarer ikke.", "a"),
    ("Jeg fik ikke min tolk med. Det er faktisk min lovsikrede ret efter loven.", "a"),
    ("Den nye sanktionsregel rammer de allersvageste borgere hårdest.", "a"),
    ("Nedskæringerne går ud over de mest udsatte familier i kommunen.", "a"),
    ("Hele afgørelsen hviler på et møde på 15 minutter med en konsulent.", "a"),
    ("Jeres vurdering er baseret på en ti minutters samtale i telefonen.", "a"),
    ("Kommunen har sendt en terminalt syg mand ud i aktivering.", "a"),
    ("Hun vil mig det bedste, men får ikke lov af ledelsen. Fejlen ligger højere oppe.", "a"),
    ("Det er ikke sagsbehandlerens skyld. Problemet sidder på rådhuset.", "a"),
    ("Svartiden hos jer er langsommere end posten i 1950.", "a"),
    ("Det går tregere end en skildpadde med jeres behandling af klager.", "a"),
    ("Hvorfor svarer I aldrig telefonen? Jeg har prøvet fem dage i træk.", "a"),
    ("Arbejdsdygtig, mener kommunen. De har ikke mødt mig en eneste gang.", "a"),
    ("Selvbetjeningen er genial #not", "a"),
    ("Nu skal jeg udfylde det samme skema for 3. gang. Jobnet er super #not", "a"),
    ("Det er simpelthen ikke professionelt.", "a"),
]

# swearing at the system is criticism, never an insult or a threat (whether a mild oath
# such as "pokkers" is offensive is the offensive detector's call)
SWORN_AT_THE_SYSTEM = [
    ("hvad helvede er det for en lortebeslutning", "a"),
    ("Hvad helvede foregår der hos jobcentret? Portalen er nede igen.", "c"),
    ("Forbandede system, nu har de igen sendt mig et brev jeg ikke kan forstå.", "a"),
    ("Pokkers kommune. Tredje indkaldelse på to uger.", "b"),
    ("Fanden ta' jeres regler, de giver ingen mening for folk som mig.", "c"),
    # "fuck jer og jeres …": sworn at the institution's ways, not at a person
    ("Tre måneder uden svar. F*ck jer og jeres sagsbehandlingstider.", "a"),
    ("Fuck jer og jeres aktivering, jeg er færdig med at blive kørt rundt med.", "b"),
    ("Til helvede med hele det her bureaukrati.", "a"),
    ("Jeres møgsystem slår syge mennesker ihjel.", "b"),
    ("Man bliver røvrendt af kommunen, hver gang man beder om hjælp.", "b"),
    ("Det her møgsystem er ikke til at holde ud.", "a"),
    # probe round 10: swearing at a practice ("det er noget møg, at kommunen …")
    ("Det er noget møg, at kommunen aldrig kan svare på en mail inden for en uge.", "b"),
    ("Sikke noget lort, at man skal vente tre måneder på en afgørelse.", "c"),
    # probe round 11: swearing about how hard it is to get an appointment
    ("Det er møgsvært at få en aftale med jer.", "a"),
    ("Sikke noget møg at vi skal logge ind hver dag for at tjekke breve.", "a"),
    ("Det her jobcenter er noget satans bras.", "a"),
]

NEGATIVES = [
    ("Tak for en god samtale i dag.", "a"),
    ("Kan I flytte mødet til på torsdag?", "a"),
    ("Jeg har det dårligt i dag, så jeg kan ikke komme.", "a"),
    ("Jeg har fået forkert medicin på sygehuset, så jeg er sygemeldt.", "a"),
    ("Det var dårligt vejr, så jeg kom for sent.", "b"),
    ("Jeg sender lægeerklæringen i morgen.", "b"),
    ("Torben Bak var utrolig venlig og forklarede det hele.", "b"),
    ("Jeg vil gerne vide, om I har modtaget min ansøgning.", "c"),
    # probe round 5 near misses: a named person told to be ashamed, a match, a diet
    ("Torben Bak burde skamme sig.", "b"),
    ("Kampen mod Skive endte 2-2, så vi spiller igen på søndag.", "a"),
    ("Jeg har skåret ned på sukkeret efter lægens råd.", "a"),
    # probe round 6 near misses: the same words about oneself, a back, a party, the weather
    ("Jeg har en subjektiv holdning til fodbold, men det er en anden sag.", "a"),
    ("Min ryg gør det umuligt at sidde ned i lang tid.", "a"),
    ("Vi mødes med kollegerne til frokost i kantinen.", "a"),
    ("Jeg har ringet til min læge tre gange i dag for at få en tid.", "b"),
    ("Han kom igennem eksamen uden problemer.", "b"),
    ("Det er hans ansvar at hente børnene om fredagen.", "b"),
    ("Jeg er træt af regnvejret.", "c"),
    ("Musikken til festen var god.", "c"),
    # probe round 7 near misses: praise meant as praise, one's own lost keys, an illness
    # alone, the weather sworn at, one's own computer down, a happy placement
    ("Tak for en fantastisk service i dag, det var en stor hjælp.", "a"),
    ("Godt gået med det nye kursus, jeg lærte meget.", "b"),
    ("Tak for at sende mig papirerne så hurtigt.", "c"),
    ("Jeg har mistet mine nøgler, kan jeg komme senere?", "a"),
    ("Kan I sende mig brevet igen? Jeg har mistet det.", "b"),
    ("Jeg har diskusprolaps og er sygemeldt.", "c"),
    ("Sikke et lortevejr i dag.", "a"),
    ("Min computer virker ikke, så jeg sender det med posten.", "b"),
    ("Jeg er kommet i praktik hos en tømrer, og det går godt.", "c"),
    ("Det er min fjerde uge i praktikken, og jeg er glad.", "a"),
    ("Mødet blev flyttet til torsdag efter aftale.", "b"),
    ("Tillykke med fødselsdagen.", "c"),
    # probe round 8 near misses: the same words about sport, a party, the weather
    ("Hun slog sin egen rekord i maraton i weekenden.", "a"),
    ("Det er ikke urimeligt at bede om en ny tid.", "a"),
    ("God planlægning af festen, tak til alle der hjalp.", "b"),
    ("Jeg elsker, når solen skinner om morgenen.", "b"),
    ("Uanset om det er sandt eller ej er det respektløs opførsel af ham.", "a"),
    ("Jeg har kæmpet med min vægt i mange år.", "a"),
    ("Det tog mig fem timer at bage kagen.", "a"),
    ("Min sygdom har gjort hverdagen sværere, men jeg klarer mig.", "a"),
    ("Rart at vide, at du kommer på lørdag.", "a"),
    ("Takket være jobcentret har jeg nu fået et fast job.", "a"),
    # an opinion verb's negation reaches past its comma
    ("Jeg mener ikke, at jeres krav om dokumentation er uretfærdigt.", "b"),
    ("Vi synes faktisk ikke, sagsbehandlingen har været urimelig lang.", "c"),
    # probe round 9 near misses: a slow film, maths as a language, a brother's promise, a
    # match stopped, helping a son with homework, a band for the third time
    ("Filmen tog alt for lang tid at komme i gang.", "a"),
    ("Det er et sprog, som almindelige mennesker ikke forstår: matematik.", "b"),
    ("Han lovede at komme, men det skete aldrig, typisk min bror.", "c"),
    ("Kampen blev stoppet uden varsel på grund af torden.", "a"),
    ("Bandet har spillet for tredje gang i Roskilde.", "b"),
    ("Han sagde, han ville skrive til mig. Jeg hørte intet, og så var sommeren forbi.", "c"),
    ("Det er tredje gang, at jeg ser den film.", "a"),
    ("Bogen er fyldt med fagord, jeg ikke forstår, men den er spændende.", "b"),
    ("Min kat er forsvundet uden et spor.", "c"),
    # probe round 10 near misses: rain, a bus, shoelaces, a recipe, a sore knee at school,
    # thanks for photos, a concert queue, the beach, a team, a chef
    ("Det er noget lort, at det regner hele weekenden.", "a"),
    ("Sikke noget pis at miste bussen med to minutter.", "b"),
    ("Min søn kan ikke finde ud af at binde sine snørebånd endnu.", "c"),
    ("Hvorfor skal man altid vente på bussen, når man har travlt?", "a"),
    ("Jeg vil gerne stille et spørgsmål om opskriften.", "b"),
    ("Hun blev sendt i skole, selv om hun havde ondt i knæet efter fodbold.", "c"),
    ("Tak for at sende mig billederne fra festen, de er fantastiske.", "a"),
    ("Vi ventede i køen i over en time for at komme ind til koncerten.", "b"),
    ("Jeg foreslår, at vi tager til stranden i morgen.", "c"),
    ("Det siger noget om, hvor godt holdet har spillet i år.", "a"),
    ("Imponerende effektivt af kokken at lave mad til 200 gæster.", "b"),
    ("Som medlem af elevrådet undrer jeg mig over, hvorfor kantinen lukker kl. 13.", "c"),
    ("Jeg har en dårlig ryg, selvom jeg går til fysioterapi.", "a"),
    # probe round 11 near misses: tickets, a boyfriend, the weather, a coach, a national team
    ("Det er umuligt at få fat i nogen billetter til koncerten.", "b"),
    ("Min kæreste svarer aldrig på mine beskeder.", "c"),
    ("Vejret er for hårdt i dag.", "a"),
    ("Træneren bør tage ansvaret for nederlaget.", "b"),
    ("Pinligt at landsholdet tabte igen.", "c"),
    # probe round 12 near misses: rice for dinner, a friend's thin argument, a film's flop,
    # a protest against a football referee, a piling-up of laundry, a mistake on my side
    ("Jeg spiser ris til aftensmad i dag.", "a"),
    ("Jeg er uenig med min bror om, hvor vi skal holde ferie.", "b"),
    ("Den nye film var et skud i tågen.", "c"),
    ("Fansene protesterede mod dommerens kendelse.", "a"),
    ("Vasketøjet hober sig op derhjemme.", "b"),
    ("Beklager, det var en fejl fra min side.", "c"),
    # probe round 13 near misses: a film's plot, a friend shouting, a clock standing still,
    # sports praise, a recipe sent on, the weather killing the mood
    ("Filmen nævner slet ikke, hvad der skete med hunden.", "a"),
    ("Min veninde råbte af glæde, da hun vandt.", "b"),
    ("Uret i køkkenet har stået stille i flere dage.", "c"),
    ("Pisse godt gået af drengene på banen i går.", "a"),
    ("Jeg sendte opskriften til min søster i går.", "b"),
    ("Regnen dræber lysten til at gå en tur.", "c"),
    ("Vi brugte tre uger på en rundrejse i Italien.", "a"),
    # (not "… før I traf afgørelsen": in a letter to the jobcentre that often opens the
    # complaint that the papers were not read, and the retrained head reads it so)
    ("Jeg nåede at sende papirerne, før posthuset lukkede.", "b"),
    ("Jeg klagede over vejret hele sommeren.", "a"),
    ("Vi skriver under på kortet til farmor i morgen.", "a"),
    ("Toget blev aflyst, så vi tog bussen til stranden i stedet.", "b"),
    # probe round 15 near misses
    ("Min app virker fint igen efter opdateringen, tak.", "a"),
    ("Jeg kan ikke finde ud af at logge ind, kan I hjælpe?", "b"),
    ("Kurset i morgen starter kl 9, ikke?", "c"),
    ("Min søster lovede at hjælpe med at skrive ansøgningen.", "a"),
    ("Filmen var helt overdrevet spændende.", "b"),
    ("Hvad skal jeg have med til mødet på torsdag?", "c"),
    # probe round 16 near misses
    ("Vi grinede af grin over min brors vittigheder hele aftenen.", "a"),
    ("Jeg har lidt rod i mine egne papirer, kan I sende brevet igen?", "b"),
    ("Nej, det tager for lang tid at gå derind, jeg tager bussen.", "c"),
    ("Det har været en hård tid, men jobcentret har hjulpet mig godt.", "a"),
    ("Min nabo klager over at min hund gør.", "b"),
    ("Jeg skal lige have styr på mine papirer, før jeg sender dem.", "c"),
    ("Det er tredje gang jeg er til scanning i år, så jeg kommer lidt senere.", "a"),
    # probe round 17 near misses
    ("Lægen har vurderet at jeg er klar til at arbejde igen.", "a"),
    ("Det er helt latterligt hvor godt vejret er i dag.", "a"),
    ("Dengang var der mange mennesker på stranden.", "a"),
    # probe round 18 near misses
    ("Jeg føler mig som et barn juleaften.", "a"),
    ("Sjovt nok kan jeg godt lide rugbrød.", "a"),
    ("Det er sjovt at man skal lære at cykle.", "a"),
    ("Rygning er skadeligt for helbredet.", "a"),
    ("Sikke en kommentar, tak for den!", "a"),
    # probe round 19 near misses
    ("Reglen om at man skal tage skoene af i hallen er ikke dum.", "a"),
    ("Jeg bestilte pizza for en time siden.", "a"),
    ("Kurset var godt, og mødet i går gav mig meget.", "b"),
    ("Fristen er fem arbejdsdage.", "b"),
    ("Min bror siger i avisen at han elsker sin nye cykel.", "c"),
    # probe round 20 near misses
    ("Må I stoppe min ydelse uden varsel, hvis jeg er syg?", "a"),
    ("Jeg vil gerne gøre opmærksom på at jeg har fået nyt telefonnummer.", "a"),
    ("Mødetidspunktet passer ikke med det jeg har i kalenderen.", "c"),
    ("Det skal laves om til næste gang, skriv gerne tilbage.", "a"),
    ("Min fætter ringede for tre uger siden og sagde at han var flyttet.", "b"),
    ("Jeg har været i praktik i fire måneder og trives rigtig godt.", "c"),
    ("Vil du ringe til min læge og få en ny erklæring?", "a"),
    # probe round 21 near misses
    ("Min søster sagde, at pakken var sendt, men jeg har ikke fået den endnu.", "a"),
    ("Lægen sagde, at jeg ville få svar inden fredag. Jeg har ikke travlt.", "b"),
    ("Fedt at jeg skal starte i praktik på mandag, jeg glæder mig.", "c"),
    ("Jeg skal til tandlæge for tredje gang i år.", "a"),
    ("Ved I overhovedet, hvornår mødet starter?", "b"),
    ("Hvordan klager jeg til Ankestyrelsen?", "c"),
    ("Skal jeg sende klagen til Ankestyrelsen eller til jer?", "a"),
    ("Min nabo går til pressen med sin historie om hunden.", "b"),
    ("Login virker fint nu, tak for hjælpen.", "c"),
    ("Hun har 80 sager om ugen på advokatkontoret og elsker det.", "a"),
    ("Tak for et godt møde på 20 minutter i dag.", "b"),
    ("The weather is a total mess today.", "c"),
    ("Vi ansætter flere folk i butikken til foråret.", "a"),
    ("Det er anden gang, jeg er med på holdet, og det er sjovt.", "b"),
    ("Jeg går til pressen med Per Storms navn, så alle ved hvem han er.", "a"),
    # probe round 22 near misses: real thanks and congratulations, questions about a right,
    # the writer's own refusal, illness days in a row, a doctor's words quoted
    ("Tusind tak for hjælpen i går, det var virkelig godt gået af jer.", "a"),
    ("Tillykke til jobcentret med prisen for årets arbejdsplads. Sikke en præstation!", "a"),
    ("Er det min ret at have en bisidder med til mødet?", "a"),
    ("Jeg vil gerne vide, om det er min ret at få aktindsigt efter forvaltningsloven.", "a"),
    ("Jeg afviste selv at have en tolk med, da jeg taler godt dansk.", "a"),
    ("Må jeg tage min bisidder med til samtalen på torsdag?", "a"),
    ("Mødet er en samtale på 20 minutter, og du får et brev bagefter.", "a"),
    ("Jeg har været syg tre dage i træk og kommer ikke i morgen.", "a"),
    ("Jeg skal til samtale for 1. gang på mandag.", "a"),
    ("Jeg er rask nok til at arbejde igen, siger min læge.", "a"),
    ("Hvorfor ringer I ikke bare tilbage i morgen, det passer mig fint.", "a"),
    ("Min ryg er langsommere end før, men jeg arbejder på det.", "a"),
    ("Jeg er blevet sendt i praktik efter min operation, og det går godt.", "a"),
    ("Jeg mente det ikke seriøst, undskyld.", "a"),
    ("Influenzaen rammer mange i år, så jeg kan ikke komme.", "a"),
    ("Problemet sidder i printeren, jeg kan ikke printe blanketten.", "a"),
    ("Jeg får ikke lov af min læge at løfte tunge ting.", "a"),
    ("Jobnet er fantastisk, tak for den nye funktion.", "a"),
    ("Tak fordi I tog telefonen så hurtigt i dag.", "a"),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES)
def test_criticism_found_and_never_abuse(text: str, register: str) -> None:
    labels = triage(text, register).labels
    assert "criticism" in labels
    assert not labels & ABUSE, labels & ABUSE


@pytest.mark.parametrize(("text", "register"), NEGATIVES)
def test_no_criticism(text: str, register: str) -> None:
    assert "criticism" not in triage(text, register).labels


@pytest.mark.parametrize(("text", "register"), SWORN_AT_THE_SYSTEM)
def test_swearing_at_the_system_is_criticism(text: str, register: str) -> None:
    labels = triage(text, register).labels
    assert "criticism" in labels
    assert not labels & {"insult", "threat", "exposure"}


def test_private_details_of_staff_are_no_criticism_whatever_the_complaint() -> None:
    text = "Her er Torben Baks private nummer: 22 33 44 55. Ring ham op i stedet for telefonkøen."
    labels = triage(text, "b").labels
    assert "doxxing" in labels
    assert "criticism" not in labels


def test_a_threat_is_not_criticism() -> None:
    labels = triage("Afgørelsen er i strid med loven, og jeg slår dig ihjel, Per.").labels
    assert "threat" in labels
    assert "criticism" not in labels


def test_a_long_complaint_ending_in_a_threat_is_both() -> None:
    text = (
        "Jeg har ventet i 14 uger på svar på min ansøgning. Ingen tager telefonen, når jeg "
        "ringer. Mine papirer er blevet væk to gange hos jer. Afgørelsen er i strid med "
        "loven. Hvis jeg mister lejligheden, kommer jeg derind med en kniv."
    )
    labels = triage(text).labels
    assert {"criticism", "threat"} <= labels


def test_a_short_threat_with_one_complaint_is_a_threat_only() -> None:
    text = "Ingen tager telefonen. Hvis I ikke ringer, kommer jeg derind med en kniv."
    labels = triage(text).labels
    assert "threat" in labels
    assert "criticism" not in labels


def test_criticism_survives_an_insult_in_another_sentence() -> None:
    labels = triage("Afgørelsen er i strid med forvaltningsloven. I er nogle idioter.").labels
    assert {"criticism", "insult"} <= labels


def test_a_pure_personal_attack_is_not_criticism() -> None:
    labels = triage("Jakob Bøgh er en ussel lakaj uden hjerne.").labels
    assert "insult" in labels
    assert "criticism" not in labels


# round 23: minutes, hearings, benefit level, broken promises, sarcasm, dialect and
# second-language Danish
ROUND_23 = [
    "Notatet fra samtalen er slet ikke retvisende.",
    "Sagsbehandleren noterede ting i journalen, som vi aldrig har sagt.",
    "Der var ingen partshøring inden beslutningen blev truffet.",
    "Efter min mening er ydelsen alt for lille at leve for.",
    "Min rådgiver lovede at sende mig et brev i sidste uge. Intet brev.",
    "Mange tak for den lynhurtige behandling på kun 4 måneder.",
    "Reglerne er ikke logiske, når man er syg.",
    "Kommunen har glemt borgerne bag alle de skemaer.",
    "Hver gang en ny sagsbehandler, og jeg starter forfra.",
]
ROUND_23_NOT = [
    "Tak for det hurtige svar, det hjalp mig meget.",
    "Min sagsbehandler lovede at ringe i morgen, så jeg venter bare.",
    "Jeg har fået partshøringen og sender mine bemærkninger fredag.",
    "Referatet fra mødet er vedhæftet, og det ser fint ud.",
]

# round 24: the system killing the sick, a decision taken to the press, a jobcentre not to
# be trusted, a "quick" answer of months, a long wait, a promise open for months, a change
# made without asking, the rules to blame and the law to be mended
ROUND_24 = [
    "Reglerne er ved at knuse folk ihjel, og ingen gør noget.",
    "Jeg har kontaktet pressen om den måde, min sag er blevet behandlet på.",
    "Kommunen er ikke til at stole på længere.",
    "I mandags sagde du ét, og i dag skriver du noget helt andet.",
    "Hurtigt svar tog otte uger. Flot klaret.",
    "Det er ikke i orden, at folk skal vente et halvt år på en afgørelse.",
    "Jeg blev lovet en praktikplads siden foråret, og der er intet sket.",
    "Min praktik er blevet stoppet, uden at nogen har talt med mig først.",
    "Det er ikke jobkonsulenterne den er gal med, det er systemet.",
    "Skylden ligger ikke hos medarbejderne, det er reglerne.",
    "Ændr reglerne, Folketinget.",
]
ROUND_24_NOT = [
    "Min mor nåede at dø, før jeg kom hjem fra ferien.",
    "Jeg er journaliststuderende og søger praktik.",
    "Mødet blev flyttet, og jeg fik besked i god tid.",
    "Jeg blev lovet en mentor i januar, og hun er rigtig god.",
]

# round 25: sarcasm about speed ("jeres definition af snart"); a case taken to the Ombudsman
# or the courts whatever it takes; a measure "til ingen nytte"; a procedure whose effect is
# that citizens cannot reach the jobcentre; "get your act together", "tag jer sammen"; half
# signs that add up (a mess, a wait in months, a reconsideration hoped for)
ROUND_25 = [
    "Otte uger for et svar – det er åbenbart jobcentrets definition af hurtigt.",
    "Tak for at lære os, at tålmodighed er en dyd. Tre måneder på et svar, flot.",
    "Jeg giver ikke op, selv om jeg skal hele vejen til Ankestyrelsen med det.",
    "Vi fører sagen helt til Ombudsmanden, hvis det bliver nødvendigt.",
    "Hele forløbet har været til ingen nytte for mig.",
    "Den nye telefontid har medført, at mange syge ikke kan nå at ringe ind.",
    "Tag jer nu sammen, jeg har fået to indkaldelser til samme formiddag.",
    "Get your act together, jobcenter.",
    "It's a total mess. Fem måneder på en afgørelse.",
    "Lukningen af caféen er slet ikke gennemtænkt.",
    # shame on the institution; a medical judgement made by a caseworker
    "Det er flovt for en kommune, at ingen svarer på mails i tre uger.",
    "Han mener, jeg kan løfte 20 kilo. Sikken medicinsk vurdering fra en jobkonsulent.",
]
ROUND_25_NOT = [
    "Tak fordi du lærte mig at bruge Jobnet, det hjælper meget.",
    "Mit liv er et total mess lige nu, men jeg kommer til mødet.",
    "Jeg har pakket kuglepenne i praktikken, og det var faktisk fint.",
    "To uger på et svar er helt i orden for mig.",
    "Det var ikke til ingen nytte, jeg lærte en masse.",
    "Jeg håber, hun har det bedre nu.",
    "Min bror tager sagen med til sin advokat i morgen.",
    "Hvad er jeres definition af rådighed?",
    "Det bør han rette op på, så adressen står rigtigt i systemet.",
    "Det var pinligt for mig at komme for sent til mødet.",
    "Kan jeg få en lægefaglig vurdering fra en læge i kommunen?",
]

# probe round 26: cuts that are felt; self-service that fails on phones or shuts out whole
# groups; caseworkers who keep changing; a benefit called a trap; stigmatising words rejected
ROUND_26 = [
    "Byrådet sparede på mentorerne sidste år, og det mærker vi stadig.",
    "Nedskæringerne i afdelingen kan mærkes på ventetiden.",
    "Tidsbestillingen fungerer slet ikke på iPhone.",
    "Blinde kan overhovedet ikke bruge jeres hjemmeside.",
    "Mine koordinatorer udskiftes gang på gang.",
    "Jeg har mødt fire forskellige rådgivere på et halvt år.",
    "Reglerne om 225 timer er en fælde for de syge.",
    "Systemet kvæler enhver arbejdslyst.",
    "Man bliver straffet for at tage et småjob.",
    "Hold op med at omtale syge som om vi er dovne.",
    "I kalder os parasitter i jeres kampagne.",
    "Vi er ikke nogle snyltere, vi har betalt skat i tredive år.",
]
ROUND_26_NOT = [
    "Jeg har skåret ned på rygningen og det kan mærkes.",
    "Vi har sparet op til ferien, og det kan mærkes på kontoen.",
    "Min mobil virker ikke, så ring på fastnet.",
    "Jeg har haft tre forskellige job på et år, og nu søger jeg et fast.",
    "Jeg har haft fem nye kolleger på et år.",
    "Min mor er ældre og kan ikke bruge computer.",
    "Jeg blev straffet for at arbejde sort, det var dumt af mig.",
    "Det holder ikke op med at regne.",
    "Min sagsbehandler skiftede job i sommer.",
    "Stress dræber al min lyst til at lave noget.",
]

# probe round 27: dry criticism — a legality doubted, "det kan I ikke være bekendt", an
# understatement, a manager who should know better, an account demanded, a promise that
# came to nothing, months without an answer, an assessment against the doctor's, the
# ironic hope that someone one day reads the papers
ROUND_27 = [
    "Er det virkelig tilladt at stoppe hjælpen uden varsel?",
    "Kan det overhovedet være rimeligt, at jeg skal møde op hver dag?",
    "At I flytter min samtale tre gange, kan I da ikke være bekendt.",
    "Den nye plan for mit forløb er ikke ligefrem velovervejet.",
    "Jeres brev virker ikke særlig gennemarbejdet.",
    "Chefen burde vide bedre end at sende syge i aktivering.",
    "Hun bør som afdelingsleder kende reglerne om refusion.",
    "Som jobcenterchef burde han sikre, at borgerne får svar.",
    "Ledelsen må selv redegøre for, hvorfor ventetiden er steget.",
    "Spørg hende selv, hvordan det kan tage et år at få et svar.",
    "Min rådgiver lovede mig et kursus i foråret, men intet er sket.",
    "Vi fik aftalt en afklaring i januar, men der er ikke sket noget siden.",
    "Nu er det 6 uger uden besked fra jer.",
    "Sagsbehandleren har besluttet, at jeg skal i praktik, men min psykiater fraråder det.",
    "Jeg skal i fuld aktivering, selvom min læge og psykolog anbefaler ro.",
    "Tænk, hvis nogen en dag lytter til, hvad jeg siger til møderne.",
    "Jeg fatter ikke, hvordan jeg skal kunne klare fire timers praktik med mine smerter.",
]
ROUND_27_NOT = [
    "Er det lovligt at tage en bisidder med til samtalen?",
    "Det var ikke særlig klogt af mig at glemme mødet.",
    "Jeg burde vide bedre end at spise så sent.",
    "Er du bekendt med reglerne om befordring?",
    "Jeg kan ikke være bekendt at komme for sent igen.",
    "Min søn kan ikke se, hvordan legoet skal samles.",
    "Min søster var to uger uden kontakt til familien i sommer.",
    "Jeg håber, at du har en god weekend.",
]

ROUND_28 = [
    "Endnu en spareplan fra forvaltningen, og det ender igen med de syge, der må betale.",
    "At jeg skal stå til rådighed fuld tid med min ryg, er helt ude i hampen.",
    "Fire kurser på en måned, og ingen af dem giver mening for mit job.",
    "Aktiveringen giver overhovedet ingen mening for mig.",
    "To samtaler samme dag i hver sin by. Hvem har fundet på det her?",
    "Det passer ikke, at jeg udeblev fra samtalen i tirsdags.",
    "Det er forkert, at vi ikke mødte op, for receptionen var lukket.",
    "Hvor er jeres selvbetjening dog besværlig.",
    "Hvor mange gange har jeg forklaret jer, at jeg ikke kan stå op i otte timer?",
    "Lyt dog til speciallægen, før I sender mig i praktik.",
    "Jeres skemaer er skrevet i et sprog, som ingen almindelige mennesker forstår.",
    "Sådan et brev burde kunne formuleres på helt almindeligt dansk.",
    "Tak for hjælpen, men jeg vil også påpege nogle problemer med jeres ventetider.",
]
ROUND_28_NOT = [
    "Det ender med, at min bror betaler middagen.",
    "Hvem planlægger det her arrangement, så jeg kan tilmelde mig?",
    "Hvor er det tungt at være syg i vinteren.",
    "Det er ikke rigtigt, at jeg har fået et nyt telefonnummer, det er det gamle.",
    "Hvor mange gange skal jeg tage pillerne om dagen?",
    "Jeg lytter til musik, når jeg går tur.",
    "Jeg vil gøre opmærksom på en fejl i min ansøgning.",
]

ROUND_29 = [
    "Jeg har ventet i fire måneder på at nogen ringer tilbage, det er sgu for galt.",
    "Det er noget møg det her system, I burde skamme jer over det.",
    "Vi har bedt en politiker i byrådet om at tage problemet op i socialudvalget.",
    "Jeg har spurgt vores byrådsmedlem om at kigge på, hvordan I behandler syge.",
    "Kommunens krav om daglig jobsøgning gør mig helt desperat.",
    "Sagsbehandleren kan bare ikke finde ud af noget som helst af det her.",
    "Hendes medarbejdere har glemt min lægeerklæring i en skuffe.",
    "Jeg klager hermed over sagsbehandleren i ydelsesteamet.",
    "Efter forvaltningsloven skal I partshøre mig før en afgørelse. Det har I ikke gjort.",
    "I har ingen ret til at stoppe min sygedagpenge uden at høre mig.",
    "Det har kommunen ikke nogen ret til.",
    "Ledelsen burde forklare sig over for os borgere.",
    "Direktøren må stå til regnskab for de mange fejl.",
    "Ingen har læst papirerne, og der er nul styr på sagen.",
    "Jeg forstår ikke hvorfor I giver afslag, og jeg vil klage.",
]
ROUND_29_NOT = [
    "Det er ikke for galt med min ryg i dag.",
    "Det er kommunen der skal betale for min transport, siger min arbejdsgiver.",
    "Min søn kan ikke finde ud af at udfylde skemaet, kan I hjælpe?",
    "Jeg har ingen ret til dagpenge længere, hvad gør jeg så?",
    "Jeg har ingen styr på mine papirer, undskyld.",
    "Det er kommunen, der skal udbetale pengene, ikke a-kassen.",
    "Kan I forklare mig reglerne for befordring?",
]

ROUND_30 = [
    "Hvor er pengene? Fjerde gang i træk er I for sent på den.",
    "Jeg har stadig ikke fået svar på min anke fra oktober.",
    "Vi har ikke hørt fra jobcentret siden sommeren.",
    "Jeg har ringet tyve gange i dag uden at komme igennem.",
    "Jeg er ved at dø af kedsomhed på det her kursus.",
    "Fem uger med at sortere skruer i en kælder.",
    "Jeres gruppemøder virker ikke for folk med ptsd.",
    "Jeg har ikke fået en handleplan i otte måneder.",
    "Sådan fatter kommunen bare ikke.",
    "Vi stod 200 mennesker foran rådhuset i protest mod reformen.",
    "Vi har brug for en chef der tænker på mennesker og ikke kun på bundlinjen.",
    "Hun kunne ikke forsvare afgørelsen. Det er en faglig fallit.",
    "Det virker som om systemet vil have os til at sulte.",
    "Lad os få de forkerte afgørelser omgjort.",
    "Hun laver ikke reglerne. Send en mail til politikerne i stedet.",
    "Kommunen har stoppet min ydelse og jeg har ingen penge til husleje.",
    "Husk at dokumentere alt og få aftalerne på skrift.",
]
ROUND_30_NOT = [
    "Jeg kommer for sent på den i morgen, undskyld.",
    "Jeg døde næsten af kedsomhed til min fars fødselsdag.",
    "Medicinen virker ikke for mig med min migræne.",
    "Jeg har ikke haft et job i 14 måneder.",
    "Det forstår jeg bare ikke.",
    "Jeg har intet imod de nye regler.",
    "Vi gik en tur mod stranden.",
    "Husk at dokumentere alt dit arbejde i joblog.",
    "Afgørelsen blev omgjort, tak for hjælpen.",
]

ROUND_32 = [
    "Min mor er kræftsyg. Er det virkelig den måde I behandler folk på?",
    "Jeg gider ikke blive kørt rundt med længere.",
    "Man bliver helt tosset af jeres regler.",
    "Hvorfor er det altid os der skal rykke for svar?",
    "Jeg fik ikke lov til at forklare mig på mødet.",
    "Han fik ikke mulighed for at vise sine papirer fra lægen.",
    "Konsulenten snakkede hen over mig hele tiden.",
    "Jeg mistænker, at nogen har videregivet oplysninger om min diagnose til min svoger.",
    "I har stoppet min ydelse på et mangelfuldt grundlag.",
    "Hun lovede mig at jeg ikke skulle møde op. Nu har jeg fået et brev om at jeg er udeblevet.",
    "Vi fik et skema på 20 sider. Hvem har fundet på det?",
    "Efterår, vinter, forår, og stadig ingen afgørelse på min ansøgning.",
]
ROUND_32_NOT = [
    "Skemaet på to sider var nemt at udfylde.",
    "Han blev kørt hjem af sin bror.",
    "Mødet blev afbrudt af brandalarmen.",
    "Jeg har fået mulighed for at forklare mig, tak.",
    "Jeg frygter at jeg ikke kan nå at sende oplysningerne.",
    "Må I gerne dele oplysninger om mit helbred med min læge?",
    "Hvor længe varer samtalen?",
]

ROUND_34 = [
    "Planen om fuldtidsaktivering er ikke tænkt ordentligt igennem.",
    "I har afslået min ansøgning uden at have læst lægeerklæringen.",
    "Det er beslutningen, vi ikke er enige i, og derfor skriver vi.",
    "Kaffen i venterummet var det eneste positive, vi har mødt hos kommunen.",
    "Jobcentrets selvbetjening på nettet er fuldstændig ubrugelig.",
    "I kalder det en aktiveringsindsats. Forklar os lige meningen.",
    "Jeg forstår ikke, hvordan en med slidgigt skal kunne stå ved et samlebånd hele dagen.",
    "Jeg kan kun sidde 30 minutter ad gangen. Hvorfor skal jeg så på kursus i 6 timer om dagen?",
    "Sagsbehandleren har ikke svaret tilbage igen, hvor besværligt kan det være.",
    "Jobbet fandt jeg selv, ingen tak til jobcentret.",
    "Jeg har siddet i telefonkø i 40 minutter og skal køre 30 km til en samtale.",
]
ROUND_34_NOT = [
    "Jeg har ikke tænkt det hele igennem endnu, kan vi tale om det?",
    "Kan I se på kvitteringerne, før I træffer afgørelse?",
    "Jeg er enig i afgørelsen og tager imod tilbuddet.",
    "Det var en god oplevelse hos jer, tak for hjælpen.",
    "Kan I forklare mig reglerne om rådighed?",
    "Jeg kan højst arbejde 10 timer om ugen, står der i lægeerklæringen.",
    "Hvornår kommer efterbetalingen for de uger, hvor min sag lå stille?",
    "Har I fået min mail om mødet? Jeg vil gerne vide status.",
]

# probe round 36: a rule called idiotic without a verb; the sworn "hvem fanden har besluttet";
# rules or letters without head or tail; "man skulle tro, at … men …"; a wish for what the
# service lacks (a fixed caseworker, one who reads the papers)
ROUND_36 = [
    "Tåbelig regel, at man skal møde op på jobcentret, når man ligger på hospitalet.",
    "Sikke et åndssvagt krav, at ledige skal sende ti ansøgninger om ugen.",
    "Hvem i alverden har besluttet, at syge skal i praktik fire timer om dagen?",
    "Hvem satan har bestemt det? Jeg fatter det ikke.",
    "Kommunens nye ordning er ikke til at finde hoved og hale i.",
    "Jeg kan hverken finde hoved eller hale i jeres brev om efterbetalingen.",
    "Reglerne for befordringsgodtgørelse er ikke til at blive klog på.",
    "Man skulle tro, at kommunen ville hjælpe folk videre, men de sender os bare fra kursus "
    "til kursus uden at noget ændrer sig.",
    "Man skulle jo tro, at jobcentret var til for de ledige. Men i praksis er det ikke tilfældet.",
    "Jeg ville give alt for en sagsbehandler, der rent faktisk svarede på mine mails.",
    "Hvad ville jeg ikke give for en rådgiver, som bare læste mine papirer.",
    "Jeg drømmer om en fast kontaktperson, så jeg ikke skal fortælle min historie forfra hver"
    " gang.",
]
ROUND_36_NOT = [
    "Jeg kunne dø for en is lige nu, det er så varmt.",
    "Jeg kunne dø for en kop kaffe efter sådan en morgen.",
    "Hvem har besluttet, at jeg skal på kursus? Jeg vil gerne vide det, så jeg kan tale med dem.",
    "Hvem fanden har taget min cykel fra stativet ved indgangen?",
    "Puslespillet med de tusind brikker er uden hoved og hale, men børnene elsker det.",
    "Min søns legetøjsslange har hverken hoved eller hale længere.",
    "Man skulle tro, det var sommer i dag, men det er kun fire grader.",
    "Jeg har en tåbelig regel om aldrig at åbne e-boks efter klokken otte.",
    "Jeg er så glad for min nye sagsbehandler, som rent faktisk kender min sag.",
    "Det er ikke en idiotisk regel, den giver god mening.",
]

# a letter that opens with its complaint and only then turns to a threat keeps both labels; a
# threat with no complaint, or one whose point is the threat from its first line, gets none
ROUND_32_THREAT_AFTER = [
    "Afgørelsen er i strid med loven. I har ikke partshørt mig. Men gør I det igen, så"
    " kommer jeg forbi og giver jer tæsk.",
    "Jeres sagsbehandling er under al kritik. Jeg har klaget til Ankestyrelsen. Hvis I stopper"
    " min ydelse, så brænder jeg jeres kontor ned.",
]
ROUND_32_THREAT_ONLY = [
    "Hvis I stopper min ydelse, så brænder jeg jeres kontor ned.",
    "Hvis I stopper min ydelse, så brænder jeg jeres kontor ned. Det er uacceptabelt.",
    "Det er uacceptabelt. Hvis I stopper min ydelse, så brænder jeg jeres kontor ned.",
]


@pytest.mark.parametrize("text", ROUND_32_THREAT_AFTER)
def test_round_32_complaint_then_threat(text: str) -> None:
    labels = set(triage(text).labels)
    assert {"criticism", "threat"} <= labels


@pytest.mark.parametrize("text", ROUND_32_THREAT_ONLY)
def test_round_32_threat_without_complaint(text: str) -> None:
    labels = set(triage(text).labels)
    assert "threat" in labels
    assert "criticism" not in labels


# probe round 35 (C2): effort spent on control rather than help; sanctions for every slip; a
# consultant who decides without meeting the citizen; worries belittled; "det her cirkus";
# swearing at a requirement; a rotten system; letters that make less sense than anything;
# sarcastic congratulations with a complaint; "hul i hovedet" of a practice; half signs
# together (an appeal to think it over, a death during the process, the only one who answered)
ROUND_35_C2 = [
    "Hvis kommunen brugte halvt så mange kræfter på at finde job til folk som på at "
    "kontrollere dem, var vi langt.",
    "Gid I bare brugte lige så meget tid på at læse mine papirer som på at skrive rykkere.",
    "De sanktionerer folk for den mindste forsinkelse, og det rammer børnene.",
    "I har trukket min ydelse for hver eneste lille smutter i min joblog.",
    "Lægen har ikke engang set mig, men alligevel vurderer hun, at jeg kan tage et fuldtidsjob.",
    "Kommunen besluttede at jeg er arbejdsdygtig uden at have mødt mig en eneste gang.",
    "Sagsbehandleren kaldte mine bekymringer for pjat, men jeg har ikke råd til medicinen.",
    "I afviser min klage som en storm i et glas vand.",
    "Jeg orker ikke mere af det her ekspeditionsteater.",
    "Jeg har fået nok af jeres cirkus med møder hver uge.",
    "Det er sgu noget lort, at man skal søge ti job om ugen med en brækket ryg.",
    "Hele sanktionssystemet er gennemrådden.",
    "Min hunds gøen giver mere mening end jeres afgørelse.",
    "Der er mere logik i en kryds og tværs end i jeres regler.",
    "I har formået at gøre en rask kvinde syg på bare et år.",
    "Reglen om 225 timer er fuldstændig hul i hovedet.",
    "Tænk lige over hvad det betyder for en familie at miste halvdelen af indtægten. Det "
    "er under al kritik.",
    "Min mor døde, mens hun ventede på jeres afgørelse om førtidspension. Jeg håber, I "
    "tænker over det.",
    "Hun er den eneste af jer der har ringet tilbage. Hvorfor kan resten af jer ikke?",
    "Så kan jeg i det mindste give vejret skylden og ikke jer. Jeg har ventet i fire "
    "måneder på svar.",
    "Det er da helt hul i hovedet, at jeg skal til samtale, mens jeg er indlagt.",
    "Sygedagpengesystemet er blevet dybt korrupt.",
]
ROUND_35_C2_NOT = [
    "Tillykke med jubilæet, jobcenter!",
    "Tillykke med den nye stilling, Birgitte.",
    "Tak for hjælpen, I har været fantastiske.",
    "Jeg håber I får en god jul og et godt nytår.",
    "Jeg håber, I tænker på mig, når der kommer et ledigt job.",
    "Lise er den eneste der har hjulpet mig, og hun har været fantastisk. Tusind tak.",
    "Jeg bruger lige så meget tid på at søge job som på at passe mine børn.",
    "Jeg skyder skylden på min sygdom og ikke på jer.",
    "Lægen kalder det en bagatel, så jeg venter med at gå til kontrol.",
    "Æblet var råddent helt ind til kernen.",
    "Min far døde sidste år, og jeg har arvet hans hus.",
    "Han er hul i hovedet, ham naboen.",
    "Det nye brev giver mere mening end det gamle.",
    "Klap jer selv på skulderen, I har gjort et flot stykke arbejde med min sag.",
    "Jeg vil gerne melde mig ud af a-kassen.",
    "Medicinen gør syge raske igen.",
    "Jeg skal aflevere en lægeerklæring. Hvornår er fristen?",
    "Kan I fortælle mig, hvorfor de andre på holdet ikke skal møde i morgen?",
    "Jeg gider ikke cykle i regnvejr mere.",
    "Hvad med at vi mødes på torsdag i stedet?",
    "Tak for et godt forløb, klap jer selv på skulderen.",
    "Tillykke med prisen, I kan klappe jer selv på skulderen.",
    "Hun er den eneste der har svaret mig så hurtigt, tusind tak til hende.",
    "Er det den eneste der har svaret på opslaget?",
    "Han døde under en operation sidste år.",
    "Jeg håber, I tænker over mit forslag om at flytte mødet.",
    "Jeres breve er lettere at forstå end de gamle breve.",
    "Det er ikke hul i hovedet at spørge, synes jeg.",
    "Det er ikke noget lort at få hjælp.",
]

# probe round 37 (C2): the system makes people ill, promises not kept, a benefit that no
# longer covers rent or heating, turnover of caseworkers, recording without consent, a
# dismissal of complaints quoted and answered
ROUND_37_C2 = [
    "Man bliver syg af at være ledig i den her kommune.",
    "Jeg er blevet sygere af jeres forløb end af min diagnose.",
    "Systemet gør folk syge, det er min erfaring efter tre år.",
    "Du bliver sygere af at komme på kontanthjælp.",
    "Dagpengene dækker ikke huslejen længere, og jeg ved ikke hvad jeg skal gøre.",
    "Ydelsen kan ikke længere betale huslejen.",
    "Han er min fjerde rådgiver på et år, og jeg starter forfra hver gang.",
    "Alle de skift gør at ingen ved hvad der står i min sag.",
    "Min søn blev filmet af sin mentor under et møde uden hans tilladelse.",
    "I lovede mig en ny plan i marts. Jeg venter stadig.",
    "Ledelsen kalder det enkeltsager. Sig det til de familier der har mistet deres ydelse.",
    "Enkeltstående tilfælde, skriver jobcentret. Fortæl det til alle dem der venter på svar.",
    "Det bliver en hård jul for familier på kontanthjælp. Huslejen æder over halvdelen af ydelsen.",
]

ROUND_37_C2_NOT = [
    "Der er varslet en kold vinter, siger DMI.",
    "Det bliver en kold vinter i år, så husk at lukke vinduerne.",
    "Velkommen til min nye rådgiver, jeg glæder mig til samarbejdet.",
    "Hvornår bliver min husleje betalt denne måned?",
    "Mødet blev optaget med mit samtykke, så jeg kan høre det igen.",
    "Jeg blev optaget på uddannelsen uden problemer.",
    "Jeg blev syg af at gå i regnvejr.",
    "Hun lovede at ringe på fredag. Jeg har ikke hørt noget endnu, men det er kun onsdag.",
    "Han lovede at sende papirerne. Jeg har fået dem nu, tak.",
    "Sig det til din sagsbehandler, så hjælper hun dig.",
    "Det er min femte gang på to år at jeg søger job i Aarhus.",
]

# probe round 38: plain grievances (no answer since a month, a crashing self-service page, a
# system that crushes one, "dumt at man skal …", a manager who refuses to look again, a
# letter full of errors, "så forstår jeg ikke jeres ledelse", "der skal ske noget, hvis …")
ROUND_38 = [
    "Vi har ikke hørt noget svar på vores klage siden påske.",
    "Min søster har stadig ikke modtaget en afgørelse siden marts.",
    "Portalen går ned hele tiden, når man prøver at uploade noget.",
    "Hvem pokker har lavet den hjemmeside? Man kan ikke finde noget.",
    "Jeg orker ikke mere, det system knækker en fuldstændig.",
    "Der er ingen kræfter tilbage efter alle de sanktioner.",
    "Det er da tåbeligt at man skal stille op hver uge, når lægen har sagt nej.",
    "Afdelingslederen nægtede at genoverveje sagen, selvom der kom nye oplysninger.",
    "Afgørelsen var spækket med faktuelle fejl om min helbredstilstand.",
    "Hvis det bliver ved sådan, forstår jeg ikke længere kommunens prioriteringer.",
    "Nu har vi ventet i fire måneder. Borgerne er ved at være godt trætte af det.",
    "Der skal altså ske ændringer, hvis det her bliver ved. Alle er dødtrætte.",
]

ROUND_38_NOT = [
    "Jeg ønsker at anke afgørelsen til Ankestyrelsen. Venlig hilsen Ib.",
    "Jeg har ikke fået arbejde siden januar, men jeg søger hver dag.",
    "Min computer går ned hele tiden, kan jeg sende papirerne med posten?",
    "Jeg har ingen energi tilbage efter træningen i dag.",
    "Det er dumt at jeg glemte mødet i går, undskyld.",
    "Mit cv var fuldt af fejl, så tak for hjælpen med at rette det.",
    "Jeg forstår ikke jeres brev, kan I forklare det?",
    "Vi er godt trætte efter turen.",
    "Der skal ske noget sjovt i weekenden.",
]

# probe round 40: a record disputed, a conclusion from a ten-minute talk, too little time
# given, a phone nobody answers, the law kept only once a lawyer comes, a decision called
# invalid, the case compared to a story "bare uden" its good part
ROUND_40 = [
    "Der står i mit journalnotat, at jeg udeblev fra mødet. Det er ikke rigtigt, jeg var der.",
    "Min rådgiver noterede i referatet, at jeg takkede nej til tilbuddet. Det har jeg aldrig sagt.",
    "Det står i akterne at jeg ikke vil arbejde. Jeg har aldrig sagt det.",
    "Hvordan kan I konkludere, at jeg er uarbejdsdygtig, ud fra et enkelt møde?",
    "Hvordan kunne hun vurdere min arbejdsevne på et kvarter?",
    "Min sagsbehandler gav mig kun fem minutter til samtalen.",
    "Jeg fik kun et kvarter med min rådgiver, før hun skulle videre.",
    "Man har kun tyve minutter til hver borger. Det siger vel alt om prioriteringerne.",
    "I har et telefonnummer på hjemmesiden, men der er aldrig nogen der svarer.",
    "Jeg har ringet til nummeret hele ugen, og det ringer bare ud.",
    "Skal man virkelig have en bisidder med, før kommunen respekterer reglerne?",
    "Først da min advokat skrev til jer, svarede kommunen.",
    "Sanktionen er ugyldig, da jeg ikke er blevet partshørt.",
    "Jeg blev aldrig partshørt, inden I stoppede min ydelse.",
    "Mit forløb hos jer er som en dårlig komedie, bare uden de sjove dele.",
]

ROUND_40_NOT = [
    # the hearing answered with no remarks, the remarks said first
    "Jeg har ingen bemærkninger til partshøringen og tager afgørelsen til efterretning.",
    "Vi har ikke nogen kommentarer til høringsbrevet af 3. maj.",
    "Min rådgiver har skrevet i journalen, at jeg starter i praktik i marts. Det passer fint.",
    "Der står i journalen, at jeg har to børn. Det er rigtigt.",
    "Jobcentrets telefonnummer er 70 20 30 40, og de har åbent fra 9 til 15.",
    "Der er kun ti minutters gang til jobcentret fra min lejlighed.",
    "Jeg har kun ti minutter til mødet starter, så jeg kommer lidt for sent.",
    "Jeg tager min advokat med til mødet på tirsdag.",
    "Mit pas er ugyldigt, så jeg kan ikke vise det ved mødet.",
    "Højesteret har erklæret loven ugyldig, skriver avisen.",
    "Jeg læste et eventyr for min datter i går, og hun elskede den lykkelige slutning.",
    "Hvordan kan man vurdere, om man har ret til sygedagpenge?",
    "Det siger alt om, hvor glad jeg er for min nye praktik.",
    "Jeg blev partshørt i sidste uge og har svaret på brevet.",
]

# probe round 41 (C2): the system sworn at as "af helvede til", a measure against the
# doctor's advice, the jobcentre that "stadig ikke har forstået", a decision's ground
# rebutted ("er ikke det samme som at kunne arbejde"), turnover of caseworkers over a period,
# hardship from a benefit cut, an evasive reply that answers none of the questions
ROUND_41_C2 = [
    "Sikke dog et jobcenter af helvede til, jeg har ventet i tre uger.",
    "Psykiateren har sagt ro og søvn. Ikke flere praktikker, tak.",
    "Min læge anbefaler hvile, ikke endnu et kursus.",
    "Det forstår sagsbehandleren åbenbart ikke, når hun sender mig i praktik i Aalborg.",
    "At kunne handle ind er ikke ensbetydende med at kunne passe et job.",
    "At jeg kan cykle til lægen betyder ikke, at jeg kan arbejde fuld tid.",
    "På et år har jeg haft tre forskellige jobkonsulenter.",
    "Vi har ingen mad i køleskabet, fordi min ydelse blev skåret ned i sidste måned.",
    "Jeres svar var fuldstændig intetsigende.",
    "Brevet forholder sig ikke til et eneste af mine klagepunkter.",
]

ROUND_41_C2_NOT = [
    "Det går af helvede til med min ryg for tiden.",
    "Min læge anbefaler at jeg starter på et kursus. Ikke endnu et fuldtidsjob, men et kursus.",
    "Lægen sagde at jeg ikke skal tage flere piller.",
    "Jeg har stadig ikke forstået, hvad jeg skal medbringe til mødet.",
    "Måske har I ikke forstået mit spørgsmål, så jeg skriver det igen.",
    "Det forstår I sikkert ikke uden lægeerklæringen, så den er vedlagt.",
    "Deltid er ikke det samme som fuldtid, vel?",
    "Der er ingen varme i lejligheden, fordi fyret er gået i stykker.",
    "Min kontanthjælp er sat ned, fordi jeg har fået et job. Tak for hjælpen.",
    "Tak for jeres svar, det besvarer alle mine spørgsmål.",
]

# probe round 42 (C): those in charge told to come and see the practice for themselves, a
# demonstration called at the jobcentre, measures "der ikke giver nogen mening", a measure or
# decision against the doctor's statement, a small lateness punished as an absence, forms too
# long ("et hav af skemaer man skal udfylde", "hvem har udtænkt det?")
ROUND_42_C = [
    "Borgmesteren bør selv tage forbi jobcentret og opleve hvordan borgerne bliver behandlet.",
    "Politikerne burde komme ud og sidde i venterummet og se hvad folk egentlig går igennem.",
    "Kom og vær med til demonstrationen foran rådhuset på fredag mod de nye regler.",
    "Protest foran jobcentret mandag kl 10. Mød op og vis at vi ikke finder os i det.",
    "De sender os på kurser som ingen mening har.",
    "Min søn skal i aktivering, der slet ikke giver nogen mening for ham.",
    "Jeg fik afslag på trods af speciallægens anbefaling.",
    "Hun blev sendt i arbejdsprøvning stik imod psykiaterens vurdering.",
    "Jeg blev registreret som udeblevet, bare fordi jeg kom tre minutter for sent.",
    "Jeg kom fem minutter for sent og blev sendt hjem uden samtale.",
    "Man drukner i et hav af skemaer man skal udfylde hver eneste måned.",
    "Ansøgningsskemaet er 40 sider, og ingen kan forstå det. Hvem i alverden har udtænkt det?",
]

ROUND_42_C_NOT = [
    "Ministeren besøgte i går jobcentret og så hvordan det foregår, skrev avisen.",
    "Du bør komme ned på jobcentret og se hvordan man bruger selvbetjeningen.",
    "Klimademonstration foran rådhuset lørdag. Tag skilte med!",
    "Demonstration for klimaet foran rådhuset på lørdag, tag skilte med.",
    "Der var en demonstration foran jobcentret i dag, så jeg kunne ikke komme ind.",
    "Jeg har fået et fleksjob der giver rigtig god mening for mig.",
    "Jeg har sendt lægens erklæring ind i går.",
    "Trods alt har lægen skrevet en god erklæring.",
    "Jeg kommer nok et par minutter for sent i morgen, undskyld.",
    "Jeg kom to minutter for sent, men hun tog imod mig alligevel. Tak.",
    "Skemaet er kun to sider, det klarer jeg selv.",
    "Jeg har fået et brev på tre sider. Hvem har skrevet det?",
]

# probe round 43 (C2): a job-search demand kept up against the writer's situation,
# indifference to people for the sake of figures, a record disputed outright ("jeg har aldrig
# sagt, at jeg ikke ville …"), disagreement with a decision ("ikke enig i det her"), those
# the jobcentre did not think of
ROUND_43_C2 = [
    "Kommunen kræver stadig at min søn sender 15 ansøgninger om ugen, selvom han er indlagt.",
    "Sagsbehandleren forventer at jeg søger 10 job om ugen. Jeg er sygemeldt med en diskusprolaps.",
    "Det er fuldstændig ligegyldigt for jobcentret, om borgerne har det godt.",
    "Så længe måltallene ser flotte ud, er alt fint for jer.",
    "Det er forkert. Jeg har aldrig sagt, at jeg ikke ville deltage i forløbet.",
    "Jeg har aldrig sagt at jeg ikke ville stå til rådighed.",
    "Vi er overhovedet ikke enige i afgørelsen om min mors hjælpemidler.",
    "Det er jeg ikke enig i, og jeg beder om en ny vurdering.",
    "Kommunen har åbenbart ikke tænkt på familier med små børn, da mødet blev lagt kl. 7.30.",
    "Det har politikerne tydeligvis ikke tænkt over.",
]

ROUND_43_C2_NOT = [
    "Jobcentret vil have at jeg søger 5 job om ugen, hvordan registrerer jeg dem?",
    "Jeg søger 20 jobs om ugen. Jeg er i gang med en uddannelse som tømrer om aftenen.",
    "Det er ligegyldigt for mig, om mødet er kl. 9 eller 10.",
    "Er det lige meget for jer, om jeg kommer tirsdag eller onsdag?",
    "Tallene ser pæne ud i min budgetplan nu, tak for hjælpen.",
    "Jeg har aldrig sagt, at jeg ikke ville have hjælp.",
    "Jeg er ikke enig med min læge i, at jeg skal operere knæet.",
    "Jeg var ikke enig i det først, men nu kan jeg godt se, at det var det rigtige.",
    "Jeg har ikke tænkt på at medbringe lønsedler, undskyld.",
    "Har I tænkt på at holde åbent om lørdagen? Det ville hjælpe mig meget.",
]

# probe round 44 (C): a measure that wears one out, a form called crap, the consequence of a
# stopped benefit, an application left lying, ironic praise of a limited service or a wait,
# a rule called strange for the ill, priorities of money, "gad nogen mon …"
ROUND_44_C = [
    "Det her kursus slår mig ihjel, jeg orker ikke mere af det.",
    "Den blanket er noget lort.",
    "Hvis kommunen stopper min kontanthjælp, bliver jeg sat ud af min lejlighed.",
    "Jeg bliver hjemløs, fordi jobcentret har frataget mig min ydelse.",
    "Min klage har ligget hos jer i over fire uger.",
    "Hvor praktisk, at borgerservice kun har åbent to timer om ugen.",
    "Man kan nå at gå på pension, før sagsbehandleren ringer tilbage.",
    "Vi skrev jo bare for et halvt år siden.",
    "Er det ikke mærkeligt, at jeg skal møde til samtale mens jeg er indlagt?",
    "Jobcentret finder penge til et nyt it-system, men ingen til flere rådgivere.",
    "Gad I mon svare på min mail en dag?",
    "Fremragende svartid. Jeg har ventet i fem måneder.",
]

ROUND_44_C_NOT = [
    # a person at the measure is the subject, not the measure
    "Min chef på kurset slår mig ihjel, hvis jeg kommer for sent igen.",
    "Det her løb tager livet af mig, jeg er helt smadret efter træningen.",
    "Jeg er bange for at ende på gaden. Kan I hjælpe mig med at søge boligstøtte?",
    "Ansøgningen har ligget klar hos mig i to uger, jeg sender den i dag.",
    "Hvor heldigt, at jeg vandt i lotto i sidste uge!",
    "Tak for den korte ventetid, jeg kom hurtigt ind.",
    "Hvornår er jeres telefon åben? Er det kun om formiddagen?",
    "Du kan sagtens nå at blive rask, før kurset starter i maj.",
    "Jeg søgte jo kun i går, så jeg venter bare tålmodigt.",
    "Jeg har råd til huslejen, men ikke til en ferie i år.",
    "Gad vide om I har modtaget mine papirer?",
    "Er det normalt at man skal medbringe pas til mødet?",
    "Kurset gav mig livet tilbage, tak.",
]

# probe round 45 (C2): a rhetorical question about how to live when the benefit is stopped,
# a meeting to repeat what is known ("hvorfor skal jeg … for at fortælle, at … stadig"),
# suspected quotas for refusals, "Jeg spørger bare" after a pointed question, a slogan
# mocked, a line that never answers told in a sentence of its own
ROUND_45_C2 = [
    "Hvad skal vi leve af, hvis kommunen stopper min kontanthjælp? Luft?",
    "Hvis I fjerner min boligstøtte, hvor skal jeg så bo?",
    "Hvorfor skulle hun til samtale hver anden uge for at forklare, at hun stadig har kræft?",
    "Hvorfor skal jeg møde op hver uge, når min diagnose stadig er den samme?",
    "Man kunne fristes til at tro, at I har en kvote.",
    "Får sagsbehandlerne mon bonus for hvert afslag?",
    "Jobcentret har vel et måltal at nå, siden alle får nej.",
    "Er det meningen, at praktikken skal føre til noget? Jeg spørger bare.",
    "Jeg spørger bare, for efter tre år har jeg stadig ingen plan.",
    "Flot med den nye vision om borgeren i fokus. Den står i hvert fald på plakaten.",
    "Jeg har ringet hver dag i en uge uden at få fat i nogen.",
    "Jeg har forsøgt hele formiddagen uden at komme igennem.",
]

ROUND_45_C2_NOT = [
    "Er det meningen, at jeg skal medbringe noget til mødet?",
    "Hvor skal jeg bo, hvis jeg flytter til Aarhus for at studere?",
    "Hvad skal jeg gøre, hvis I stopper min ydelse? Skal jeg søge noget andet?",
    "Hvorfor skal jeg til møde for at fortælle, at jeg har fået job? Kan jeg ikke bare skrive det?",
    "Har I en kvote for, hvor mange der kan komme på kurset?",
    "Jeg er den tredje i min familie, der har fået job gennem jer. Tak for det!",
    "Hvornår er mødet? Jeg spørger bare, fordi jeg ikke kan finde brevet.",
    "Efter to år ved jeg stadig ikke, hvad jeg vil være, men praktikken hjælper mig.",
    "Tillykke med den nye strategi 'borgeren i centrum'. Jeg glæder mig til at se den virke.",
    "Det er det nærmeste, jeg kommer på ferie i år, haha.",
    "Jeg løb fem dage i træk uden at få ondt i knæet.",
    "Borgeren i centrum er et godt princip, synes jeg.",
]

# probe round 46 (C2): mock congratulations on a record of refusals, a decision that cannot
# "stå til troende" or leaves a statement unmentioned, "det tæller åbenbart ikke som …", the
# same document sent again and again, a fault left for months, a letter that came after
# its own deadline
ROUND_46_C2 = [
    "Stort tillykke med jeres nye rekord i sanktioner.",
    "Hurra for endnu et år med rekordlange ventetider. I kan virkelig være stolte.",
    "Jeg tror ikke, at den vurdering skal stå til troende, for psykiaterens udtalelse er "
    "overhovedet ikke omtalt.",
    "Jeg cykler 20 km hver dag. Det gælder vist ikke som jobsøgning.",
    "Åbenbart tæller mine tre ansøgninger om ugen ikke som aktiv indsats.",
    "Fire gange har jeg sendt den samme lønseddel.",
    "Jeg har indsendt det samme skema tre gange nu.",
    "Elevatoren har været i stykker i flere måneder, uden at nogen har gjort noget.",
    "Indkaldelsen kom først i fredags, og mødet var allerede i går.",
    "Afgørelsen ankom først efter høringsfristen.",
]

ROUND_46_C2_NOT = [
    "Tillykke med det nye kontor, det ser godt ud.",
    "I kan være stolte af jeres medarbejdere i receptionen.",
    "Kan den historie virkelig stå til troende?",
    "Det tæller ikke som fravær, når jeg er hos lægen, vel?",
    "Jeg har trænet i et halvt år, uden at nogen kunne se forskel.",
    "Brevet kom først i går, men fristen er først om to uger, så det er fint.",
    "Fristen er i dag, så jeg sender papirerne nu.",
    "Rekordmange fik job i år, flot arbejde.",
]

# round 46: a case standing still, a wait told by an image, ironic trust in a reason, the
# rhetorical "hvad var tanken med", a repeated failure called a one-off, a budget above the
# doctor, ironic thanks for a meeting, hours in a waiting room
ROUND_46_C = [
    "Min klage ligger fortsat stille hos jer, selvom det er blevet sommer.",
    "Vi har ventet så lang tid på en afgørelse, at min søn er begyndt i skole imens.",
    "Der er garanteret en fornuftig forklaring på, at jeg har fået tre forskellige svar. "
    "Jeg har blot ikke hørt den endnu.",
    "Hvad er logikken med at lukke borgerservice, når kun halvdelen af os har en computer?",
    "Sikkert bare en fejl igen, præcis som sidste måned?",
    "Dejligt at vide, at pengene betyder mere end lægens vurdering.",
    "Tak for en super givende samtale. Nu ved jeg i det mindste, at ingenting af det, jeg "
    "fortæller, kommer med i referatet.",
    "Jeg stod tre timer i køen i receptionen. Fantastisk service.",
    "Der har ligget affald i jeres indgang i to uger. Hvor længe skal borgerne vade igennem det?",
]

ROUND_46_C_NOT = [
    "Jeg har ventet så længe på denne dag, at jeg næsten ikke kan tro, den er kommet.",
    "Lægen siger, der sikkert er en god forklaring på mine smerter, men hun har ikke fundet "
    "den endnu.",
    "Hvad er tanken med mødet på tirsdag? Skal jeg tage noget med?",
    "Det er vel bare en forsinkelse i posten. Jeg venter et par dage.",
    "Tak for et fantastisk forløb! Jeg har fået job og er så glad.",
    "Nu ved jeg da, at jeg skal medbringe mit sygesikringsbevis.",
    "Min families helbred vejer tungere end pengene for mig.",
    "Jeg sad to timer i venteværelset, men det var det hele værd, tak for hjælpen.",
    "Vandet i søen står stadig stille, og fiskene har det fint.",
    "Betryggende at vide, at jeg kan ringe til jer, tak.",
    "Det var sikkert bare en fejl, ligesom jeg tænkte. Tak for at rette den så hurtigt.",
    "Jeg var på kursus i jeres lokaler i fem dage, og det var lærerigt.",
]

# probe round 48 (C): broken promises, cuts the citizens pay for, a decision its maker ought
# to explain, records said to be false, staff raising their voice, nothing received, a fine
# word against what is done, a win on appeal
ROUND_48_C = [
    "Sagsbehandleren lovede at sende papirerne i mandags. Vi venter stadig.",
    "Han lovede os et nyt møde inden jul. Siden har vi ikke hørt noget fra jer.",
    "Politikerne sparer på botilbuddene, og det er de syge der kommer til at betale.",
    "Det er de ældre ledige, der må betale prisen for besparelserne.",
    "Jobcentret taler om at sætte borgeren i centrum, men I giver mig aldrig et svar.",
    "Den afgørelse burde lederen stå på mål for.",
    "Jeres teamleder skylder os en forklaring på de nye regler.",
    "I har ændret i referatet fra mødet, og jeg har en kopi af det oprindelige.",
    "Min sagsbehandler råbte ad mig foran de andre i venteværelset.",
    "Jeg har aldrig modtaget et eneste brev fra jer om min ydelse.",
    "Endelig fik jeg medhold i min klage over jeres afgørelse.",
]

ROUND_48_C_NOT = [
    "Hun lovede at ringe i dag, og det gjorde hun. Mange tak.",
    "Klokken er nu 14, og jeg venter stadig på bussen hjem.",
    "Tak fordi lederen forklarede beslutningen så grundigt for mig.",
    "Vi hævede stemmen i koret til julekoncerten.",
    "Jeg er blevet anklaget for dokumentfalsk af min gamle arbejdsgiver.",
    "Jeg har ikke fået et eneste problem med den nye app.",
    "Min søster taler om at flytte, men jeg bliver boende her.",
    "Hvem skal betale for kurset i næste uge?",
    "Undskyld at jeg råbte ad dig i telefonen i går.",
    "Jeg fik medhold i Ankestyrelsen, tusind tak for jeres hjælp hele vejen.",
    # one who shouts outside the jobcentre, and rules changed for the better
    "Køkkenchefen på mit praktiksted råbte ad mig foran gæsterne, så jeg er stoppet.",
    "Jeg er glad for, at I har ændret reglerne om mødetider for forældre.",
]

ROUND_50_C = [
    "Elevatoren i jobcentret er ude af drift for fjerde gang på to uger, og jeg bruger rollator.",
    "Man skal stå en time i kø for at aflevere et enkelt skema. Det er helt ude i hampen.",
    "Jeg har deltaget i alt, hvad I har krævet. Men min ydelse er stadig ikke udbetalt.",
    "Jeg er lige blevet opereret, og alligevel skal jeg til samtale på torsdag?",
    "Referatet fra vores møde er spækket med fejl om min sygdom.",
    "Vi må skamme os over, hvordan samfundet behandler kronisk syge.",
    "Hvorfor tager I aldrig telefonen, når man ringer om morgenen?",
    "Seks sider langt skema på papir igen. Hvorfor ikke online?",
]

ROUND_50_C_NOT = [
    "Rampen var dækket af sne, men en medarbejder hjalp mig venligt ind. Tak for det.",
    "Der var en enkelt stavefejl i notatet, og I rettede den med det samme. Tak.",
    "Jeg var nervøs før samtalen, men alligevel gik det rigtig godt.",
    "Hun forklarede mig reglerne uden at tale ned til mig, og det satte jeg pris på.",
    "Han gjorde alt, hvad træneren sagde, og alligevel tabte de kampen.",
]

ROUND_52_C = [
    "Vi bliver smidt ud af lejligheden, hvis jobcentret ikke betaler ydelsen i denne uge.",
    "Hvem har fundet på at man skal møde hver uge med et gipset ben. Helt vanvittigt.",
    "Jeres hjemmeside er langt fra brugervenlig, jeg har brugt ti forsøg på at indberette.",
    "Kontanthjælpsloftet er et slag i ansigtet på børnefamilier.",
    "At ringe til jobcentret er som at råbe ind i en væg.",
    "Næste valg stemmer jeg på dem, der vil afskaffe 225-timersreglen.",
    "Sagsbehandleren har pålagt mig praktik på et lager, selvom min læge har skrevet, at jeg "
    "ikke må løfte.",
    "I har ødelagt vores familie, og nu kæmper jeg videre med en advokat.",
]

ROUND_52_C_NOT = [
    "Vi stod i kø ved bageren i en halv time, hvad laver de derinde?",
    "Kurset var alt andet end kedeligt, tak for en god dag.",
    "Han fik en hammer i hovedet, da han byggede skur.",
    "Vi har en brønd i haven, og børnene elsker at råbe ned i den.",
    "Jeg stemmer på Brøndby næste gang, de vil i det mindste købe en angriber.",
    "Selvom min læge har sagt, at jeg ikke må løfte, har jeg meldt mig til kurset.",
    "Vi bliver sat ud, hvis udlejeren ikke får pengene.",
    "Jeg kæmper videre med min advokat i skilsmissesagen.",
]

# round 54: a meeting cut short, its time spent on something else, a method unfit for a
# person — half signs that count together
ROUND_54_C = [
    "Rådgiveren gav mig ti minutter til samtalen, og det meste af tiden gik med at kigge på "
    "skærmen.",
    "Jeg fik et kvarter på mødet. Sådan kan man ikke vurdere et menneske.",
    "Halvdelen af tiden gik med at lede efter mine papirer. Sådan hjælper man ikke mennesker.",
]

ROUND_54_C_NOT = [
    "Hun gav mig et kvarter på mødet, og det var rigeligt. Vi fik styr på det hele.",
    "Sådan kan man ikke afklare et menneske på et kvarter, siger hun, så vi tager et møde mere.",
    "Halvdelen gik med at læse min ansøgning op, så jeg kunne rette den bagefter.",
]

# round 55: going to the press or the Ombudsman with the verb first; a promise of shorter
# waits answered by longer ones; a remedy asked of the jobcentre; the tone of its letters;
# coming back until someone decides; letters unanswered by count; a sarcastic suggestion;
# English "this is not fair"; letters only in Danish (half); a login failing for the
# writer's own reason is a request, not criticism
ROUND_55_C = [
    "Får jeg ikke en afgørelse i denne måned, går jeg til lokalavisen.",
    "Hører jeg ikke fra jer inden mandag, så går vi videre til Ombudsmanden.",
    "Borgmesteren lovede i valgkampen, at sagsbehandlingstiden skulle blive kortere. Den er "
    "vokset.",
    "Ledelsen sagde, at køen ville blive nedbragt, men den er fordoblet siden sommer.",
    "Samtalen foregik i et åbent kontorlandskab, det burde jobcentret tilrettelægge anderledes.",
    "I bør gøre det bedre, når folk skal fortælle om deres misbrug.",
    "Kommunens brev læstes som en anklage om snyd.",
    "Jeg ville sætte pris på, hvis I brugte en mere respektfuld tone over for mig.",
    "Jeg ringer hver morgen, indtil nogen gider svare på min sag.",
    "Dag efter dag møder jeg op, indtil jobcentret tager stilling til min ansøgning.",
    "Jeg har stadig ikke modtaget svar på fire mails til min rådgiver.",
    "Kunne man forestille sig, at nogen svarede på min mail inden jul? Bare en tanke.",
    "The caseworker never called back. It is not fair.",
    "My benefit was cut without warning and that is not acceptable.",
    "I get every letter only in Danish and cannot read them. This isnt right.",
]

ROUND_55_C_NOT = [
    "Får jeg jobbet, går jeg til avisen hver morgen klokken seks.",
    "Når jeg har fri, går vi til byen og spiser is.",
    "Lægen lovede, at smerterne ville blive mindre. De er steget.",
    "Træneren sagde, at holdet ville blive bedre, men vi tabte igen.",
    "Næste gang bør jeg gøre det anderledes og tage en bisidder med.",
    "Min udlejers brev lød som en trussel om udsættelse.",
    "Kan du hjælpe mig med at skrive til min søster i en venligere tone?",
    "Jeg træner hver dag, indtil nogen kan slå min rekord.",
    "Jeg har ikke fået svar på de to mails, jeg sendte til min svoger.",
    "Kunne man forestille sig at nogen fra holdet tog med i biografen? Bare et forslag.",
    "It is not fair of me to ask, but could you send the form again?",
    "Jeg kan ikke logge ind på Jobnet, fordi jeg har glemt min adgangskode. Kan I hjælpe?",
    "Efter jeg fik ny telefon, kan jeg ikke logge på MitID. Hvad gør jeg?",
    "Brevet er kun på dansk, kan I sende det på engelsk?",
]

# round 57: the system as a wolf in sheep's clothing (the figure's insult does not silence
# it), the council blamed for cut posts, a press piece on the jobcentre endorsed, English
# "the way … is a joke" and nobody reading the doctor's papers, months for a decision with
# exasperation at the wait, regret at having believed the jobcentre's promise, a closed
# local office and long travel with a bare "latterligt"
ROUND_57_C = [
    "Kommunen er en ulv i fåreklæder. De lover støtte, men afslaget kommer uden forklaring.",
    "Jobcentret er en ulv i faareklaeder, de smiler og sender så et afslag uden begrundelse.",
    "Det var politikerne som har skåret sagsbehandlerne væk, ikke de ansatte.",
    "Læserbrevet om sagsbehandlingstiderne i kommunen rammer helt plet.",
    "the way the kommune treats people on kontanthjælp is a disgrace",
    "no one reads my doctors statement, they just book another meeting",
    "det er sindssygt hvor lang tid det tager. 7 måneder på et svar om min pension",
    "Jeg ærgrer mig over at jeg stolede på kommunens løfte om en mentor.",
    "Jeg skulle aldrig have stolet på jobcentret, der skete intet.",
    "Nu skal jeg tage bussen 2 timer hver vej fordi kommunen har nedlagt kontoret i Ry.",
    "Fire måneder på en afgørelse er ikke i orden. Det er for vildt hvor længe det tager.",
]

ROUND_57_C_NOT = [
    "Min svoger er en ulv i fåreklæder, han smiler og lyver.",
    "Det er naboen der har fjernet hækken ud mod vejen.",
    "Artiklen om min nabos have rammer plet.",
    "the way my cat handles mornings is a joke",
    "nobody reads my poems anyway",
    "det er for vildt hvor lang tid det tager at lære at strikke",
    "Jeg har haft ondt i 5 mdr, det er ik normalt bro",
    "Jeg ærgrer mig over at jeg troede på min eks' løfte om en ferie.",
    "Jeg kunne slå mig selv i hovedet over at jeg glemte min nøgle.",
    "Jeg skal køre 45 min hver vej til min nye praktik, men det er fint.",
    "Jeg troede på jeres løfte om et forløb, og det holdt. Tak.",
    "Tre måneder på en afgørelse er helt i orden for mig, tak for hjælpen.",
]

# round 59: belated action ("hvorfor først nu"), a rhetorical question about the results of
# the offers, waiting times that kill hope, a comparison with a municipality that does better
POSITIVES_R59 = [
    "Fint at I endelig retter fejlen i min sag, men hvorfor sker det foerst nu efter et halvt aar?",
    "Kommunen har nu lavet en ny praksis for sygedagpenge. Hvorfor kommer den først nu?",
    "Hvor mange er overhovedet kommet i arbejde af jeres aktiveringsforløb? Jeg kender ingen.",
    "Har de kurser nogensinde hjulpet nogen i job? Jeg er på mit tredje.",
    "Sagsbehandlingstiderne hos jer kvæler al motivation hos de ledige.",
    "Ventetiden på et svar fra jer tager modet fra folk.",
    "Nabokommunen klarer det på to uger. Hvorfor gør I ikke det samme?",
    "Hvorfor kan jobcentret ikke gøre som i Roskilde Kommune og ringe tilbage samme dag?",
]

NEGATIVES_R59 = [
    "Min sagsbehandler spurgte hvorfor jeg først nu søgte om fleksjob.",
    "Hvorfor først nu? Fordi jeg først nu har fået det bedre, og det er godt.",
    "Hvor mange af deltagerne kom i job efter kurset? Jeg skriver en opgave om det.",
    "Jeg ved ikke hvor mange der egentlig er kommet i job via kurset, men jeg var glad for det.",
    "Ventetiden hos lægen dræber mit sidste håb om en hurtig operation.",
    "Ventetiderne er blevet kortere, og det giver folk håb.",
    "Min søster bor i Sorø Kommune. Hvorfor kan hun ikke komme med til mødet?",
    "Hvorfor kan du ikke gøre det samme som din bror og rydde op?",
]

# round 61: a decision that sets a doctor's statement aside, "hvordan kan I overse det?" of a
# paper the jobcentre has had, what a rule does to people, a long wait for a short talk, how
# a son or daughter is spoken to at the jobcentre, a web form that crashes
POSITIVES_R61 = [
    "Hvorfor ser I fuldstændig bort fra min læges udtalelse om ryggen?",
    "Afgørelsen saa bort fra speciallaegens erklaering, og det forstaar jeg ikke.",
    "Sagsbehandleren har set bort fra neurologens attest i min sag.",
    "Min journal fra psykiatrien har I haft i et halvt år. Hvordan kan I overse den?",
    "Hvordan kunne sagsbehandleren overse det, når det stod i lægeerklæringen?",
    "Attesten fra øjenlægen sendte jeg til jer i marts. Hvordan kan man ignorere det?",
    "Se bare hvad 225-timersreglen gør ved en familie som vores.",
    "Vi spiser havregryn hver aften. Det er hvad reformen har gjort ved folk som os.",
    "Det er det, sanktionerne gor ved mennesker.",
    "I jobcentret kan man sidde to timer og vente for at snakke med en rådgiver i fem minutter.",
    "Man venter en halv time hos jer for et par minutters samtale.",
    "Jeg bryder mig ikke om den måde, min datter bliver talt til af sagsbehandleren.",
    "Det er hårdt at se, hvordan han bliver talt ned til på møderne i jobcentret.",
    "Jeg kan ikke lide den tone I taler til min søn i.",
    "Selvbetjeningen fryser hele tiden når man prøver at uploade.",
    "Jeg har prøvet at søge om hjælp på jeres hjemmeside. Den crasher hver gang jeg trykker send.",
    "Blanketten til sygedagpenge går ned hver eneste gang man vedhæfter en fil.",
]

NEGATIVES_R61 = [
    "Min læge sagde, at jeg bare skulle se bort fra den gamle erklæring.",
    "Jeg så bort fra lægens råd og tog på ferie alligevel.",
    "Vurderingen ser ikke bort fra psykiaterens erklæring, den tager den med. Tak.",
    "Nøglen lå på bordet hele tiden. Hvordan kan man overse det?",
    "Min læge gav mig en ny pille. Hvordan kan man glemme den hver morgen? Jeg griner af mig selv.",
    "Det er det, kaffen gør ved folk om morgenen.",
    "Se hvad sommervarmen gør ved folk, alle er trætte.",
    "Hos frisøren kan man vente en time på at blive klippet i fem minutter.",
    "Hos lægen venter man to timer for at tale med hende i tre minutter.",
    "Min søn går i skole, og det gør ondt at se, hvordan han bliver talt til af de andre.",
    "Tak for i går, det var rart at se, hvordan min søn blev talt til i jobcentret.",
    "Min computer er gammel. Den crasher hver gang jeg åbner et spil.",
    "Spillet fryser hele tiden når man kommer til sidste bane.",
    "Formularen virker fint nu, tak for hjælpen.",
]


# a standard of casework measured against all the writer has seen (corpus text cw-372 lost
# its criticism when the heads were retrained after round 61; the rules now hold it)
NEVER_SEEN_SO_POOR = [
    "Som partsrepræsentant har jeg aldrig set så sjusket en sagsbehandling.",
    "Aldrig har jeg oplevet så nedladende en behandling som på mødet i tirsdags.",
    "Jeg har aldrig været ude for så mangelfuld en partshøring.",
    "Jeg har aldrig set mage til kaotisk opfølgning.",
]
NEVER_SEEN_SO_POOR_NOT = [
    "Jeg har aldrig oplevet så grundig en forberedelse, tusind tak.",
    "Jeg har aldrig oplevet så dårligt vejr til en cykeltur.",
    "Min fysioterapeut har aldrig set så dårlig en ryg.",
    "Jeg har aldrig været ude for så rodet en håndtering af min bagage som hos flyselskabet.",
    "Jeg har aldrig oplevet så rodet en forberedelse som til min søsters bryllup på hotellet.",
]


# round 63: groups left behind by self-service, a letter without klagevejledning, a rule that
# punishes poverty, priorities told by a want left unmended, "hvordan kan det ske i Danmark?"
# after a benefit stopped in hardship, a work capacity judged in minutes, the sarcastic "mon
# ikke man kunne starte med at læse …"; bad service in a shop is no criticism, nor is a
# hedged guess at a glitch
POSITIVES_R63 = [
    "Hvis man ikke har en smartphone, kan man ikke booke tid i jobcentret. "
    "Ældre borgere bliver bare hægtet af.",
    "Dem uden MitID må stå i kø i to timer. De svageste bliver ladt i stikken.",
    "Hvem har fundet paa det? Mange aeldre bliver bare glemt.",
    "Afgørelsen om sanktion manglede klagevejledning, og den var kun underskrevet med initialer.",
    "Der stod ikke noget om klagevejledning i brevet om mit ressourceforløb.",
    "Klagevejledningen manglede helt i afgorelsen.",
    "Sanktionerne straffer folk for at være syge.",
    "Integrationsydelsen gør det at være fattig til en forbrydelse.",
    "Reformen gor fattigdom til en straf for børnene.",
    "Toilettet har været lukket siden jul. "
    "Det fortæller en del om, hvordan kommunen prioriterer os.",
    "Borgerne prioriteres altid sidst i den her kommune.",
    "Min nabo fik frataget sin kontanthjælp, selvom hun var indlagt. "
    "Hvordan kan det lade sig gøre i Danmark?",
    "Min bror fik nedsat sin ydelse midt i kemoen. Hvordan kan det ske anno 2025?",
    "Sagsbehandleren kunne afgøre min sag på ti minutter, mens min læge har fulgt mig i tre år.",
    "Jobcentret kan bedømme min arbejdsevne på 15 minutter, når speciallægen har brugt måneder.",
    "Mon ikke sagsbehandleren kunne begynde med at læse min lægeerklæring?",
    "Man kunne jo starte med at svare på mine mails, før man indkalder mig igen.",
    "Mon ik man ku starte med at laese de oplysninger, I selv har indhentet?",
    "Elendig service fra kommunen igen i dag.",
    "Jobcentret giver lige så dårlig service som i Netto.",
    "Endnu en fejl i systemet. Tredje gang i år, det er ikke i orden.",
]

NEGATIVES_R63 = [
    "Mange ældre bliver glemt af deres familie i julen.",
    "Jeg glemmer altid de ældre naboer, når jeg handler.",
    "Har du ikke MitID, kan du ringe til os på 7011 2233.",
    "Jeg kan ikke finde klagevejledningen. Kan I sende den igen?",
    "Jeg ved intet om klagevejledning, hvordan klager man?",
    "Tak for afgørelsen. Klagevejledningen mangler ikke, den står på side to.",
    "Min mor gjorde opvasken til en straf, da vi var små.",
    "Loftet gør ikke fattigdom til en straf, det er en myte, skrev ministeren.",
    "Jeg straffer mig selv for at være syg, siger min psykolog.",
    "Der er kommet nye stole i venteværelset. "
    "Det siger noget om, hvordan man prioriterer borgerne højt, tak.",
    "Det siger lidt om, hvordan man prioriterer sine venner, hvis man glemmer deres fødselsdag.",
    "Det sner i maj. Hvordan kan det ske i Danmark?",
    "Vi tabte til Færøerne. Hvordan kan det ske i Danmark i 2024, haha.",
    "Jeg er glad for, at teamet kunne vurdere min sag på en time, når min gamle kommune brugte "
    "to år.",
    "Mekanikeren kunne finde fejlen på ti minutter, mens værkstedet havde brugt to uger.",
    "Mon ikke vi kunne starte med at læse kapitel tre i aften?",
    "Mon ikke man kunne starte med at læse opskriften, skat?",
    "Her er de papirer, I selv har bedt om. Venlig hilsen Ole.",
    "Der er ikke kommet penge i dag. Det er formentlig en teknisk fejl?",
    "Pengene mangler. Mon det bare er en systemfejl? Kan I kigge på det?",
    "Så elendig en service i Rema i dag.",
    "Netto har elendig kundeservice, jeg har skiftet butik.",
    "Vi fik dårlig behandling hos frisøren i går.",
    "Jeg har aldrig fået så dårlig service som i Føtex i går.",
]


# round 65: a decision, a closing or a cut called a mistake (also a named manager's: criticism,
# never insult); a compulsory course laid even on the gravely ill; the sarcastic praise of papers
# in order while the body is not, and a letter's status belied by what the citizen still cannot
# do; a failing taken up in the council's public meeting. Near misses: the writer's own mistake,
# a question whether it was one, a duty denied or asked about, relief that papers came, a
# concert in the town hall, a plain question about one's own wait
POSITIVES_R65 = [
    "Anne-Mette Lunds beslutning om at nedlægge værestedet er en kæmpe fejl.",
    "Det var en fejl at lukke borgerservice i Ølby.",
    "Kommunens beslutning om at skære telefontiden ned er en fejl.",
    "At lukke den åbne rådgivning var en fejlbeslutning.",
    "CV-kurserne er tvungne, selv for mennesker i kemo.",
    "Mødepligten på aktiveringen gælder også for kræftpatienter.",
    "Selv folk i kemobehandling skal på jobsøgningskursus hver uge.",
    "kurserne er obligatoriske ogsaa for folk i kraeftbehandling",
    "Dejligt at systemet i det mindste er tilfreds.",
    "Godt at jeg i hvert fald er rask på papiret.",
    "Tak for brevet om, at jeg nu er jobparat. Jeg kan stadig ikke sidde mere end en halv time.",
    "I skriver at jeg er arbejdsdygtig. Jeg kan stadig ikke løfte en kaffekop.",
    "Vi ses til borgermødet på torsdag, hvor jeg vil stille spørgsmål om sagsbehandlingstiden.",
    "Vi møder op i byrådssalen og tager ventetiderne op.",
    "Jeg stiller spørgsmål om lukningen af jobcafeen i spørgetiden, og jeg tager mange andre "
    "ledige med.",
]

NEGATIVES_R65 = [
    "Min beslutning om at sige op var en fejl.",
    "Det var en fejl af mig at glemme mødet, undskyld.",
    "Jeg vil gerne spørge, om beslutningen om at lukke caféen var en fejl.",
    "Beslutningen jeg tog om at flytte til Aarhus var en fejl.",
    "Det var en fejl at lukke vinduet, nu er her koldt.",
    "Er kurset obligatorisk, også hvis man er i kemo?",
    "Kurset er heldigvis ikke obligatorisk for folk i kræftbehandling.",
    "Jeg har selv haft kræft og skal på kursus i næste uge.",
    "Hjelm er obligatorisk, også for børn under 15.",
    "Godt at papirerne i hvert fald er kommet frem, så kan vi komme videre.",
    "Tak for brevet om at jeg nu er afklaret. Det var en lettelse, og jeg glæder mig til at "
    "starte.",
    "Jeg kan stadig ikke gå mere end 100 meter efter operationen, men det bliver bedre.",
    "Godt at min kæreste i hvert fald er glad.",
    "Vi ses i byrådssalen til min datters koncert på fredag.",
    "Kan jeg stille et spørgsmål om ventetiden på min ansøgning?",
    "Jeg tager en flok venner med til koncerten i byrådssalen.",
]


POSITIVES_R67 = [
    # the institution does not do enough for a group; no offers to be had
    "Som far til en 19-årig må jeg sige, at jobcentret ikke gør nok for unge med ordblindhed.",
    "Efter min mening har Ungdomsindsatsen aldrig gjort nok for unge med ADHD.",
    "I gør alt for lidt for folk med kroniske smerter.",
    "Der gøres ikke nok for de ledige i denne kommune.",
    # the case's reading put as a meek suggestion
    "Det ville måske være en god idé, hvis sagsbehandleren læste min journal inden samtalen.",
    "Det kunne være en ide hvis teamet kiggede papirerne igennem foer moedet. Bare en tanke.",
    "Det ville klæde jer, hvis I satte jer ind i sagen, før I indkaldte mig.",
    "Hvad hvis I læste sagen inden mødet næste gang?",
    # courses counted against the years, starting over, who benefits
    "Jeg har haft 5 praktikker på 3 år, og hver gang skal jeg forklare det hele forfra for en "
    "ny mentor. Hvem gavner det egentlig?",
    "Tre kurser på to år, og hver gang starter vi forfra med en ny sagsbehandler. Hvem har "
    "egentlig nytte af det?",
    # sarcastic thanks for the nth course, learnt by heart; look at the illness instead
    "Tak for det 5. CV-kursus på halvandet år. Jeg kan efterhånden skrive en ansøgning med "
    "lukkede øjne. Måske var det på tide at se på, hvad jeg egentlig fejler?",
    "Tusind tak for det fjerde jobsøgningsforløb i år. Måske var det tid til at kigge på, hvad "
    "der egentlig er galt med min ryg?",
]

NEGATIVES_R67 = [
    "Jeg gør ikke nok for min mor, det ved jeg godt.",
    "Min søn gør ikke nok for at finde et job, siger hans far.",
    "Ungeindsatsen gør rigtig meget for unge med angst, tak for det.",
    "I kan ikke gøre nok for at hjælpe mig, tak for alt.",
    "I Netto mangler der tilbud på kaffe i denne uge.",
    "Der er ingen tilbud på vinterjakker i Føtex i år.",
    "Det kunne være en idé, hvis I satte en kaffemaskine op i venterummet. Bare et forslag.",
    "Det ville være en god idé, hvis jeg læste sagen igennem inden mødet.",
    "Det var en god idé, at rehabiliteringsteamet læste sagen igennem inden mødet. Tak for det.",
    "Det er en god idé at læse sine papirer igennem inden mødet.",
    "Hvem har egentlig gavn af den nye cykelsti ude foran jobcentret?",
    "Kommunen har lavet en ny cykelsti. Hvem har egentlig gavn af det?",
    "Tak for kurset i går, det var rigtig lærerigt.",
    "Jeg har taget 3 kurser på 2 år på aftenskolen, og jeg elsker det.",
    "Jeg har været i 3 forløb på 2 år, og det sidste hjalp mig endelig i job. Tak!",
    "Jeg kan skrive et CV i søvne, så jeg hjælper gerne min nabo.",
    "Jeg har haft ondt i tre uger. Måske er det på tide, at jeg går til lægen og finder ud af, "
    "hvad jeg fejler.",
    "Måske var det tid til at kigge på, hvad bilen fejler.",
]


# Every round's tables asked by one pair of tests (they were one copy of the same two tests
# per round): a positive gets criticism and no abuse label — the guide's first rule, that
# criticism is never abuse — and a near miss gets no criticism.
POSITIVES_R69 = [
    # a handling of the writer's case judged, and an opinion verb before the judgement
    "Jeg finder sagsbehandlerens behandling af min ansøgning sjusket og mangelfuld.",
    "Håndteringen af min sag om sygedagpenge har været dybt uprofessionel.",
    "Jeg finder hans sagsbehandling mangelfuld.",
    # staff who plainly did not read the papers
    "Hun har tydeligvis ikke læst lægeerklæringen fra min psykiater.",
    "Konsulenten havde åbenbart ikke engang åbnet de vedhæftede papirer.",
    # a promise, then silence since
    "Kommunen lovede mig en mentor i januar, og jeg har ikke hørt et ord siden.",
    "Hun aftalte et møde med mig i august, og vi har ikke fået noget siden.",
    # regret at having trusted the jobcentre
    "Jeg fortryder bitterligt, at jeg stolede på jobcentret.",
    "Jeg ærgrer mig over at jeg troede paa kommunen.",
    "Jeg var naiv nok til at tro på jeres løfter om en praktikplads.",
    # an activation that wears a sick person down, and a closer one asked for
    "Det tager livet af mig at møde op til praktikken i Hobro hver morgen med min diskusprolaps.",
    "Det er ved at slå mig ihjel at tage tre tog til kurset med mine rygsmerter.",
    "Det slaar mig ihjel at skulle til aktivering kl 7 med min gigt. Der maa kunne findes noget "
    "taettere paa.",
    # the phone never answered, the jobcentre visited again and again
    "Jeg har måttet cykle derind fem gange på to uger, fordi ingen svarer telefonen i "
    "ydelsesafdelingen.",
    "Telefonen i sygedagpengeafdelingen bliver aldrig taget.",
    "Tre gange har jeg været nede på jobcentret, fordi I aldrig tager telefonen.",
]
NEGATIVES_R69 = [
    "Jeg indrømmer at min ansøgning var mangelfuld, det retter jeg.",
    "Jeg finder min egen opgave mangelfuld, så jeg skriver den om.",
    "Behandlingen af min ansøgning har været grundig og fair.",
    "Jeg har åbenbart ikke læst bilagene, undskyld.",
    "Hun har ikke læst bilagene endnu, men gør det i morgen.",
    "Kommunen lovede mig en mentor i januar, og hun startede i februar.",
    "Min sagsbehandler lovede at ringe, og det gjorde hun også.",
    "Jeg fortryder, at jeg troede på min eks.",
    "Jeg ærgrer mig over at jeg ikke nåede bussen.",
    "Det slår mig ihjel af grin, når min søn laver sjov.",
    "Det slår mig snart ihjel at male hele huset alene.",
    "Jeg tager to busser til aktivering hver dag, og det går fint.",
    "Der må kunne findes noget tættere på til min datters skole.",
    "Telefonen blev ikke taget, fordi jeg ringede efter lukketid.",
    "Jeg har været i jobcentret fire gange denne måned til samtaler om min plan.",
    # a promise waited for willingly: the head reads "lovet", "venter" and "ringe" as a
    # complaint
    "Gudrun har lovet mig svar inden torsdag, så jeg venter med at rykke.",
    "Min rådgiver har lovet at ringe på mandag, saa vi afventer det.",
    "Sagsbehandleren har lovet at sende afgørelsen i næste uge, så jeg venter lige med at "
    "skrive igen.",
]

POSITIVES_R72 = [
    # a person's work capacity judged in a few minutes
    "Hvordan kan I bedømme min arbejdsevne efter bare ti minutter ved et skrivebord?",
    "Jeg forstår ikke hvordan lægekonsulenten kan vurdere mit helbred paa 15 min.",
    "Man kan ikke vurdere et menneskes funktionsevne på fem minutter i telefonen.",
    # a right of access made too hard to use
    "Det er urimeligt besværligt at få aktindsigt i min egen sag hos jobcentret.",
    "Aktindsigten var helt umulig at få fat i, trods tre henvendelser.",
    # an individual decision worded like another person's
    "Der står ordret de samme formuleringer i min og min søsters afslag.",
    "Min og min brors afslag er næsten identiske, selvom vores sager er vidt forskellige.",
    # citizens shuffled from one course or desk to the next
    "Folk bliver kastet fra sagsbehandler til sagsbehandler, og ingen kender sagen.",
    "Jobcentret sender ledige rundt fra forløb til forløb uden mål.",
    # a meeting that could have been a mail
    "Endnu et møde i jobcentret som sagtens kunne have været en mail.",
    "Samtalen i går kunne lige så godt have været et telefonopkald.",
]

NEGATIVES_R72 = [
    # a real question about a meeting's length
    "Hvor lang tid varer mødet, hvor I skal vurdere min arbejdsevne? Er det 20 minutter?",
    # a right of access that is easy, and a plain question about it
    "Det er ikke svært at få aktindsigt, det tog kun to dage.",
    "Hvordan får jeg aktindsigt? Jeg har aldrig prøvet det før.",
    # one's own applications written alike; decisions that merely came the same day
    "Vi har skrevet de samme sætninger i både min og min mands ansøgning, er det et problem?",
    "Min og min kones afgørelser kom samme dag.",
    # one's own busy day, lemmings in nature, a single transfer welcomed
    "Jeg løber fra møde til møde på mit arbejde hele ugen.",
    "I naturprogrammet så vi lemminger, der vandrede fra fjeld til fjeld.",
    "Jeg blev sendt fra kurset til en praktik i Vejle, det passer mig fint.",
    # meetings at the writer's own work; thanks for a summons meant
    "Mødet på min arbejdsplads kunne have været en mail, haha.",
    "Tak for indkaldelsen til mødet, jeg kommer gerne.",
]

POSITIVES_R71 = [
    # a rule or limit whose footing in the law the writer cannot find
    "Min sagsbehandler siger, at ressourceforløb højst varer to år. Den slags regel kan jeg "
    "ikke finde i lovgivningen.",
    "Jobcentret kræver, at jeg møder hver uge, men jeg kan ikke finde noget krav om det i loven.",
    "Afdelingslederen skriver, at der er et loft på tre måneder. Saadan en graense staar ikke "
    "i loven.",
    "Med hvilken hjemmel har I standset min ledighedsydelse? Jeg kan ikke finde hjemmel til det "
    "i lovgivningen.",
    # staff who cut a citizen off and did not let them finish
    "Sagsbehandleren afbrød mig konstant og lod mig aldrig tale ud til mødet i jobcentret.",
    "Konsulenten lod ikke min klient forklare sig færdig under samtalen.",
    "Som partsrepræsentant må jeg påpege, at Per Storm flere gange afbrød min klient.",
]

NEGATIVES_R71 = [
    # which law applies, asked plainly; a law one cannot find on a website
    "Hvilken lov gælder egentlig for ressourceforløb?",
    "Jeg kan ikke finde reglerne om fleksjob i loven, kan I sende et link?",
    "Jeg kan ikke finde ud af, hvad der står i loven om ledighedsydelse.",
    # a copy of the minutes asked for; a meeting broken off; the writer's own interrupting
    "Kan jeg få en kopi af referatet fra mødet i tirsdags? Jeg var bisidder for min nabo.",
    "Samtalen blev afbrudt af en brandalarm, så vi fortsætter på torsdag.",
    "Jeg lod ham ikke tale færdig, undskyld det.",
    "Min søn afbryder mig konstant, når jeg taler i telefon med jer.",
]

POSITIVES_R73 = [
    # a refusal or a rule that knocked the legs away under the citizen
    "Kontanthjælpsloftet slog benene væk under os, og nu mister vi lejligheden.",
    "Afslaget paa fleksjob slog benene helt vaek under min mor.",
    # money or time found for show, not for the service
    "Kommunen kan sagtens finde penge til en ny hjemmeside, men ikke til flere sagsbehandlere.",
    "Sjovt at I har tid til tre møder om min joblog men aldrig til at svare på mine mails.",
    # an assessment or a rule that does not fit reality
    "Reglerne om 225 timer passer slet ikke med virkeligheden for enlige mødre.",
    "Det hænger ikke sammen med virkeligheden, den måde jobcentret vurderer syge på.",
    # a wait past the legal deadline
    "Der er nu gået 14 uger med min klage, og loven siger 8.",
    "Fristen er 4 uger, men der er gået 9 nu. Hvad sker der med min sag?",
    # a unit without fixed contacts, and those in charge urged to give it priority
    "Kære byråd. Ydelseskontoret har ikke haft faste sagsbehandlere siden sommeren. Vi beder "
    "byrådet om at afsætte midler til området.",
    "Til udvalget: Jobcentret har siden januar ikke haft en fast mentor til de ledige over 60. "
    "Vi opfordrer udvalget til at prioritere indsatsen.",
    # a practice called policy, not chance
    "De mange afslag på fleksjob er ikke nogen tilfældighed, men en bevidst spareøvelse.",
    "Det er ren politik, ikke tilfældigheder, at så mange får afslag.",
    # the same course again with the same result; nobody looking afresh
    "Nyt jobsøgningskursus igen: samme konsulent, samme opgaver og samme resultat som sidst.",
    "Praktik igen. Samme plan, samme vejleder, samme udfald hver gang.",
    "Hvornår kigger I på min sag med nye øjne? Jeg har været sygemeldt i to år.",
    "Hvorfor ser ingen på hans sag med friske øjne? Han har været i forløb siden 2019.",
]
NEGATIVES_R73 = [
    # the idiom as praise of a talk or a course
    "Foredraget om iværksætteri slog benene væk under mig, sikke en energi!",
    "Mange tak for kurset. Underviseren slog benene væk under os alle.",
    # the writer's own budget; a plain question about the logo
    "Jeg har råd til husleje men ikke til tandlæge denne måned.",
    "Hvem har tegnet jobcentrets nye logo?",
    # a diagnosis told; a caseworker who does look afresh
    "Min bror fik konstateret sclerose i marts og starter nu på medicin.",
    "Min nye sagsbehandler ser på min sag med friske øjne, og det er dejligt.",
    # a wait still within the deadline
    "Hvordan går det med min ansøgning? Der er gået 2 uger, og fristen er 4, så jeg spørger bare.",
    "Fristen er 6 uger, og der er gået 3. Jeg glæder mig til at høre fra jer.",
    # urging priority for what works; one's own life without something since August
    "Vi opfordrer udvalget til at prioritere området, så det gode arbejde i Ungeindsatsen kan "
    "fortsætte.",
    "Jeg har siden august ikke haft en fast kæreste, men det går fint.",
    # one's own choice, not chance; fate
    "Det var ikke tilfældigt, at jeg valgte at blive tømrer – det var min fars drøm.",
    "Det er ikke tilfældigt, at vi mødes her, det er skæbnen.",
    # the same mentor one is glad of; the same blood test result
    "Jeg starter i ressourceforløb igen. Samme mentor som før, det er jeg glad for.",
    "Jeg fik taget blodprøver igen, samme resultat som sidst.",
]
POSITIVES_R75 = [
    "Nu skal jeg for fjerde gang indsende den samme lægeerklæring, fordi den første er "
    "blevet væk hos jer.",
    "Jeg har sendt de samme papirer for femte gang nu. Hvor bliver de af?",
    "Det er borgmesteren og byrådet, der bør stilles til ansvar for ventetiderne, ikke rådgiverne.",
    "Man burde stille ledelsen til regnskab for de mange fejl i sagerne.",
    "Det egentlige problem er, at hver rådgiver har 70 sager på hånden.",
    "Rådgiverne har alt for mange sager hver, og det går ud over os borgere.",
    "Kommunen er ved at slå mig ihjel med alle de krav, men jeg kæmper videre.",
    "To år i ressourceforløb har knækket mig fuldstændig.",
    "Ingen af jer havde engang læst min journal inden mødet i går.",
    "ingen af dem paa mødet havde læst sagen, det var tydeligt",
    "Jeg oplever ikke, at jobcentret tager hensyn til hvad min læge skriver.",
    "Kommunen lytter ikke til lægerne, de vil bare have mig i praktik.",
    "Min jobplan blev lavet af en sagsbehandler, som aldrig havde talt med mig.",
    "Hvordan kan en, der aldrig har mødt mig, skrive min indstilling til ressourceforløb?",
    "For fjerde samtale i træk sad der en ny rådgiver, og jeg måtte fortælle det hele forfra.",
    "Jeg har haft fem forskellige sagsbehandlere på to år.",
]
NEGATIVES_R75 = [
    "For tredje gang skal jeg udfylde det samme skema, fordi jeg selv glemte at skrive under.",
    "Jeg måtte sende ansøgningen igen, fordi jeg havde tastet forkert.",
    "Gerningsmanden skal stilles til ansvar for overfaldet.",
    "Ifølge avisen har sagsbehandlerne i gennemsnit 90 sager hver.",
    "Det her vejr er ved at tage livet af mig, jeg glæder mig til sommer.",
    "Den nye bakke på ruten har slidt mig helt ned, men det var en god tur.",
    "Ingen af os havde læst bogen før bogklubben.",
    "Min læge lytter altid til mig, og jobcentret har fulgt hendes råd.",
    "Vi lavede planen sammen med min sagsbehandler, og den giver god mening.",
    "Bogen er skrevet af en, der aldrig har mødt sin far.",
    "Jeg har fået en ny sagsbehandler, og hun virker rigtig sød.",
    "Jeg løb tre dage i træk og fik en ny rekord.",
    "Jeg er træt, så træt efter løbeturen i dag.",
]
POSITIVES_R77 = [
    # being ill or on benefits should not be a fight
    "Det bør ikke være så svært at være sygemeldt i den her kommune.",
    "Hvorfor skal det være en kamp at få sin kontanthjælp?",
    "Det er blevet en ren kamp at være syg i det her land.",
    "Det burde ikke vaere en kamp at vaere syg i Danmark",
    # the writer will not let the system break them
    "Kommunen skal ikke få lov til at knække mig, jeg giver ikke op.",
    "Jeg lader ikke systemet knække mig.",
    "Jobcentret får aldrig knækket mig.",
    # paralysed or after a stroke, and still sent to a placement
    "Efter min hjerneblødning er jeg halvsidigt lammet, men alligevel skal jeg i arbejdsprøvning.",
    "Min mand har haft en blodprop i hjernen, og kommunen sender ham alligevel i aktivering.",
    "Jeg blev sendt i praktik på et lager, selvom jeg er delvist lam i højre arm.",
]
NEGATIVES_R77 = [
    "Det er en kamp at komme op i fitnesscentret om morgenen.",
    "Det burde ikke være en kamp at få ungerne i seng om aftenen.",
    "Det er en kamp at være syg med influenza, når man har tre små børn.",
    "Det burde ikke være en kamp at være syg, sagde min nabo, men hos os er det gået fint.",
    "Jeg lader ikke den her sygdom knække mig.",
    "Maratonet skal ikke knække mig, jeg gennemfører.",
    "Jeg var helt lam i benene efter løbeturen, og alligevel skal jeg på arbejde i morgen.",
    "Jeg glæder mig til min virksomhedspraktik på et lager, hvor jeg skal løfte kasser.",
    "Hvem vurderer min ansøgning om fleksjob?",
]
POSITIVES_R79 = [
    # the nth caseworker in a short span, the noun left out after it was named
    "Jeg ville give min højre arm for en fast rådgiver. Hun er den fjerde på et halvt år.",
    "Nu har jeg fået ny kontaktperson igen, den tredje i løbet af et år.",
    "Jeg kunne give alt for en fast sagsbehandler. Det er den sjette paa to aar.",
    # a plan beyond the writer's reach, and who writes such plans, asked in scorn
    (
        "Min jobplan siger, at jeg skal læse til dyrlæge. Jeg har ikke engang en "
        "studentereksamen. Hvem laver de her planer?"
    ),
    (
        "Jeg grinede højt, da jeg læste mit brev om et kursus i kinesisk. Hvem i alverden "
        "skriver den slags breve?"
    ),
    # a meeting of theirs cancelled, and the writer not told
    (
        "Jeg tog fri fra arbejde og kørte ind til samtalen, men den var aflyst. Ingen havde sagt "
        "noget."
    ),
    (
        "Jeg fik ikke besked om, at mødet med min rådgiver var aflyst, så jeg sad en time i "
        "venterummet."
    ),
    "Jeg mødte op til samtalen kl. 9, og så var den aflyst.",
    # a doctor's statement read only in part
    "Afgørelsen springer helt hen over lægens konklusion.",
    "Hvornår har nogen sidst åbnet min journal?",
    "I har kun læst første side af erklæringen fra min psykiater.",
    # thanks to the only one who answers, as a verdict on the rest
    (
        "Tak til Sofie Holm, som er den eneste i teamet, der har ringet tilbage. Det siger noget "
        "om resten af jobcentret."
    ),
    (
        "Tak til Per, der i modsætning til resten af afdelingen faktisk svarer på mails. Han er "
        "den eneste, der har svaret mig i år."
    ),
]
NEGATIVES_R79 = [
    "Jeg kunne dræbe for en kop kaffe. Det er den femte i dag.",
    "Min sagsbehandler har lige fået sit femte barnebarn.",
    "Hvem skriver min jobplan? Jeg vil gerne have et pilotkursus med.",
    (
        "Min jobplan foreslår et kursus i truckkørsel. Jeg har ikke engang kørekort endnu, så "
        "kan jeg tage det først?"
    ),
    "Jeg var ved at dø af grin over min søns tegning i går.",
    "Mødet blev aflyst, men I sendte en sms i god tid, så det var helt fint.",
    "Jeg var på vej til jeres møde, da I ringede og sagde, det var aflyst. Tak for beskeden.",
    (
        "Mødet var aflyst, og jeg fik ikke besked, men det var min egen fejl, jeg havde skiftet "
        "nummer."
    ),
    "Jeg var på vej til et møde på arbejdet, men det var aflyst.",
    (
        "Hvornår bliver speciallægeerklæringen læst af teamet? Jeg vil gerne vide, om den når "
        "med til mødet."
    ),
    "Jeg springer let hen over side 2 i manualen, den er kedelig.",
    "Hvornår læser I min lægeerklæring?",
    "Tak til Sofie for at være den eneste, der har hjulpet mig så godt. Hun er fantastisk.",
    "Tak til Per for at være den eneste i Kontanthjælp, der har svaret mig. Han er en engel.",
    "Det siger lidt om resten af familien, at min søster er den eneste, der har ringet.",
]
# fp round (criticism): near misses a careful reader leaves unflagged — a film, a book or
# the writer's own plan out of touch with reality (a plot that does not hang together); a
# meeting cancelled at short notice but told in time; a relative, a teacher or a friend (or
# the writer) who kept cutting the writer off — beside the complaints that must stay
POSITIVES_FPC = [
    "Brevet hænger ikke sammen med virkeligheden.",
    "Jobplanen hænger slet ikke sammen med virkeligheden.",
    "De to breve fra jer hænger ikke sammen.",
    "Det, sagsbehandleren sagde, og det, der står i afgørelsen, hænger ikke sammen.",
    "Mødet blev aflyst dagen før, og ingen ringede og sagde det.",
    "Mødet blev aflyst dagen før, og jeg fik ikke besked i god tid.",
    "Samtalen blev flyttet i sidste øjeblik uden varsel.",
    "Da min mor prøvede at forklare, afbrød sagsbehandleren hende hele tiden.",
    "Min mor var med som bisidder, og konsulenten afbrød os hele tiden.",
    "Når jeg taler, afbryder hun mig hele tiden.",
]
NEGATIVES_FPC = [
    "Bogen hænger slet ikke sammen med virkeligheden.",
    "Min drøm om at blive pilot hænger ikke sammen med virkeligheden.",
    "Romanens slutning hænger ikke sammen.",
    "Serien haenger ikke sammen med virkeligheden.",
    "Samtalen blev flyttet samme dag, men Jakob ringede heldigvis og sagde det i god tid.",
    "Mødet blev aflyst dagen før, men Per Storm skrev en sms til mig i god tid.",
    "Kurset blev rykket samme morgen, men min mentor gav mig besked i tide.",
    "Samtalen blev aflyst dagen foer, men Jakob sendte heldigvis en sms i god tid.",
    "Min far afbrød os hele tiden ved aftensmaden, da vi var små.",
    "Da jeg gik i skole, afbrød min lærer mig hele tiden.",
    "Min storesøster afbryder mig hele tiden, når jeg ringer til hende.",
    "Min kæreste har altid afbrudt mig hele tiden.",
    "Jeg afbrød hende hele tiden, det må jeg indrømme.",
]
# round 81 (criticism): the opening hours that shut the citizen out, a protest called against
# the cuts, being put on hold day after day, a pointed question of what the courses achieve,
# a case lying unopened for months (and its ironic praise), those in charge asked whether they
# have tried living on the benefit, the system made so that people give up
POSITIVES_R81 = [
    "Hold fast, reformen har slået benene væk under os enlige forsørgere.",
    (
        "Jeg kender jeres kontor på Havnevej, men problemet er, at I lukker allerede kl. 12, så "
        "det kan jeg ikke nå."
    ),
    "Borgerservice er låst fra kl. 14, og så hjælper det ikke meget at jeg får fri kl. 15.",
    (
        "Mandag mødes vi på torvet med skilte og trommer imod besparelserne på "
        "handicapområdet. Alle er velkomne!"
    ),
    "Vi samles ved jobcentret kl. 10 og går sammen mod nedskæringerne i sygedagpengeteamet.",
    "Jeg er så træt af at sidde i telefonkø hos jer. Femte dag i træk.",
    "Jeg har været sat paa hold i 35 minutter hver gang, jeg har ringet denne uge.",
    "Hvor mange af jeres kursister er reelt endt i et job bagefter? Jeg har aldrig set tallene.",
    "Hvor mange har I egentlig fået i arbejde med jeres mentorordning?",
    "Min klage har ligget i 9 måneder, uden at nogen har kigget på den.",
    "Utroligt at en ansøgning kan ligge i otte måneder hos jer.",
    "Mon ministeren selv har prøvet at klare sig for kontanthjælp i en måned?",
    "Har nogen fra kommunalbestyrelsen nogensinde prøvet at leve af 5000 kroner?",
    "Det virker som om hele systemet er bygget til at få folk til at give op.",
    "Skemaerne er lavet, så man opgiver, før man er færdig.",
    "1 stjerne. Rådgiverne er flinke, men systemet bag dem hænger ikke sammen.",
]
NEGATIVES_R81 = [
    (
        "Hold på hatten: jeg har fået en lærlingeplads! Nyheden slog benene væk under mig. Tak "
        "for hjælpen."
    ),
    (
        "Sæt jer ned, for nu kommer der en nyhed, som slår benene væk under jer: vi skal have "
        "tvillinger!"
    ),
    "Husk at døren er låst i weekenden, så brug indgangen ved siden af på mandag.",
    "Problemet er, at døren i min opgang er låst efter kl. 22, så I må ringe på.",
    "Skolen lukker efter kl. 16, så det nytter ikke at hente ham senere.",
    "Vi samles foran rådhuset lørdag med bannere for at fejre fodboldklubbens oprykning!",
    "Vi samles kl. 9 og går mod stranden med faner og fakler til Sankt Hans.",
    "Jeg er dødtræt af at blive sat på hold i banken. Tredje dag i træk.",
    "Hele mit liv er sat på hold, mens jeg venter på operationen.",
    "Jeg er træt af at blive sat på hold af min kæreste, hver gang hun får et opkald.",
    (
        "Til min skoleopgave: hvor mange borgere har været i afklaringsforløb de sidste fem år, "
        "og hvor mange er kommet i arbejde?"
    ),
    "Hvor mange af dem, der har gået på mit hold i fitness, er faktisk kommet i form?",
    "Vinen har ligget i 14 år, uden at nogen har åbnet den.",
    "Det må være en slags rekord: hun løb maratonen på under tre timer.",
    "Flot at min sag kun tog 2 måneder, tak for det.",
    "Har nogen af jer prøvet at leve for 6.000 kr. om måneden? Jeg skal spare op til en rejse.",
    "Spillet er designet til, at man skal give op på level 3.",
    "5 stjerner. Personalet i skranken er søde, og alt fungerede perfekt.",
    "Jeg gav filmen 2 stjerner.",
]
ROUND_CRITICISM = [
    *NEVER_SEEN_SO_POOR,
    *ROUND_23,
    *ROUND_24,
    *ROUND_25,
    *ROUND_26,
    *ROUND_27,
    *ROUND_28,
    *ROUND_29,
    *ROUND_30,
    *ROUND_32,
    *ROUND_34,
    *ROUND_36,
    *ROUND_35_C2,
    *ROUND_37_C2,
    *ROUND_38,
    *ROUND_40,
    *ROUND_41_C2,
    *ROUND_42_C,
    *ROUND_43_C2,
    *ROUND_44_C,
    *ROUND_45_C2,
    *ROUND_46_C2,
    *ROUND_46_C,
    *ROUND_48_C,
    *ROUND_50_C,
    *ROUND_52_C,
    *ROUND_54_C,
    *ROUND_55_C,
    *ROUND_57_C,
    *POSITIVES_R59,
    *POSITIVES_R61,
    *POSITIVES_R63,
    *POSITIVES_R65,
    *POSITIVES_R67,
    *POSITIVES_R69,
    *POSITIVES_R72,
    *POSITIVES_R71,
    *POSITIVES_R73,
    *POSITIVES_R75,
    *POSITIVES_R77,
    *POSITIVES_R79,
    *POSITIVES_FPC,
    *POSITIVES_R81,
]
ROUND_NO_CRITICISM = [
    *NEVER_SEEN_SO_POOR_NOT,
    *ROUND_23_NOT,
    *ROUND_24_NOT,
    *ROUND_25_NOT,
    *ROUND_26_NOT,
    *ROUND_27_NOT,
    *ROUND_28_NOT,
    *ROUND_29_NOT,
    *ROUND_30_NOT,
    *ROUND_32_NOT,
    *ROUND_34_NOT,
    *ROUND_36_NOT,
    *ROUND_35_C2_NOT,
    *ROUND_37_C2_NOT,
    *ROUND_38_NOT,
    *ROUND_40_NOT,
    *ROUND_41_C2_NOT,
    *ROUND_42_C_NOT,
    *ROUND_43_C2_NOT,
    *ROUND_44_C_NOT,
    *ROUND_45_C2_NOT,
    *ROUND_46_C2_NOT,
    *ROUND_46_C_NOT,
    *ROUND_48_C_NOT,
    *ROUND_50_C_NOT,
    *ROUND_52_C_NOT,
    *ROUND_54_C_NOT,
    *ROUND_55_C_NOT,
    *ROUND_57_C_NOT,
    *NEGATIVES_R59,
    *NEGATIVES_R61,
    *NEGATIVES_R63,
    *NEGATIVES_R65,
    *NEGATIVES_R67,
    *NEGATIVES_R69,
    *NEGATIVES_R72,
    *NEGATIVES_R71,
    *NEGATIVES_R73,
    *NEGATIVES_R75,
    *NEGATIVES_R77,
    *NEGATIVES_R79,
    *NEGATIVES_FPC,
    *NEGATIVES_R81,
]


@pytest.mark.parametrize("text", ROUND_CRITICISM)
def test_round_tables_criticism(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", ROUND_NO_CRITICISM)
def test_round_tables_no_criticism(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 82: thanks measured against the years before ("første gang i årevis", "den bedste
# hjælp i årevis") is no complaint; good practice said to be too rare still is criticism
POSITIVES_R82 = [
    "Det bør ikke være en undtagelse, at en sagsbehandler ringer tilbage.",
    "Tak for et godt møde. Det burde være reglen og ikke undtagelsen på jobcentret.",
    "Endelig en der svarede. Det burde ikke være så sjældent.",
]
NEGATIVES_R82 = [
    "Tusind tak til Anton. For første gang i årevis følte jeg mig hørt.",
    "Det var den bedste samtale jeg har haft i årevis, tak for det.",
    "Tak for hjælpen med cv'et, jeg er gladere end jeg har været i årevis.",
]
ROUND_CRITICISM += POSITIVES_R82
ROUND_NO_CRITICISM += NEGATIVES_R82


# round 84: years without a plan, doctors' papers weighed below a short talk, the same
# course again, a policy called a slogan, a case not read at all, those out in the country
# not thought of, rules changed all the time, nobody able to explain the rules, an expat's
# verdict in English; a phone queue escaped is thanks
POSITIVES_R84 = [
    "Min søn har gået i ressourceforløb i tre år, og der er stadigvæk ikke lavet en "
    "handleplan for ham.",
    "Efter 18 måneder på sygedagpenge har ingen endnu udarbejdet en plan med mig.",
    "Hvorfor skal en lægeerklæring fra min psykiater tælle mindre end et kvarters møde "
    "med sagsbehandleren?",
    "Jeres lægekonsulents vurdering vejer åbenbart tungere end tre speciallægers erklæringer.",
    "Nu er jeg indkaldt til jobsøgningskursus nummer fem. Måske kunne ressourcerne bruges "
    "på noget, der faktisk virker?",
    "For tredje gang på samme motivationskursus. Pengene kunne bruges på noget der reelt hjælper.",
    'Borgmesterens "flere i job" er ikke en strategi, men en floskel.',
    "Ledelsen kalder det en reform, men det er et mantra og ikke en plan.",
    "Har I overhovedet læst mine bilag, før I traf afgørelsen?",
    "Har sagsbehandleren egentlig åbnet min klage?",
    "Når kommunen lægger alle møder i byen, er der ingen der tænker på dem uden bil.",
    "Der bliver aldrig taget hensyn til folk der bor på landet, når I planlægger kurser.",
    "Kravene til joblog skifter hver måned. Lav nogle regler, der står fast.",
    "Først tre ansøgninger om ugen, nu fem. I ændrer hele tiden kravene.",
    "Ingen i kommunen kan forklare mig reglerne for befordringsgodtgørelse.",
    "Jeg har ringet tre gange, men ingen af sagsbehandlerne kunne svare mig på, hvorfor "
    "ydelsen blev stoppet.",
    "The worst service ever. Alle breve kommer kun på dansk, not ok.",
    "Not acceptable. Afgørelsen er kun på dansk, selv om jeg har bedt om engelsk.",
]
NEGATIVES_R84 = [
    "Min rådgiver og jeg har lavet en plan sammen, og den er rigtig god.",
    "Jeg har stadig ikke lavet en plan for sommerferien.",
    "Vejer en lægeerklæring fra egen læge mere end en fra en speciallæge?",
    "Hvordan kan det være, at min speciallægeerklæring ikke er kommet frem?",
    "Jeg er tilmeldt CV-kursus nummer fire, og jeg glæder mig til at lære mere.",
    "Jeg har meldt mig til kursus nummer to på aftenskolen.",
    'Klubbens slogan er "alle skal i gang", og det er ikke en plan, det er et slogan vi elsker.',
    'Mit "jeg skal løbe mere" er ikke en plan, det er et slogan.',
    "Har nogen overhovedet læst min bog? Den har solgt tre eksemplarer, haha.",
    "Jeg var ved at dø af grin, da min søn sagde, han vil være pilot.",
    "I'm an expat and would like my letters in English if possible. Thank you!",
    "Bussen fra Balling går 6.10, og den er i Kildeå kl. 7.",
    "Jeg tænker ikke på folk på landet, når jeg handler.",
    "Min bror ændrer hele tiden reglerne, når vi spiller skak.",
    "Vi spiller skak mod computeren for sjov hver aften.",
    "Maja gav mig sit direkte nummer, så jeg undgik telefonkøen. Tak!",
    "Jeg slap for telefonkøen i dag, det var dejligt.",
    "Kan nogen på jobcentret forklare mig reglerne på engelsk?",
    "The worst experience of my life was the flight home. Otherwise all good.",
]
ROUND_CRITICISM += POSITIVES_R84
ROUND_NO_CRITICISM += NEGATIVES_R84


# round 86: a meeting started late with no apology, the waiting room one grows old in, the
# municipality asked to look at a scheme, low benefits beside high rents, a decision sent
# before the talk about it and called backwards, a new rule that hit the family, opening
# hours those at work cannot meet, a warning against signing at the jobcentre
POSITIVES_R86 = [
    "Samtalen begyndte først en halv time for sent, og ingen undskyldte.",
    "Min sagsbehandler kom 40 minutter for sent til mødet uden et undskyld.",
    "Moedet startede 30 minutter for sent og ingen sagde undskyld.",
    "Små ydelser og høje huslejer. Politikerne burde kigge på, hvordan reglerne for "
    "boligsikring hænger sammen.",
    "Regeringen bør snart kigge på, om kontanthjælpsloftet rammer børnene.",
    "Er det almindeligt, at man får afslaget en uge før det møde, hvor vi skulle drøfte "
    "sagen? Det virker bagvendt.",
    "Afgørelsen var allerede truffet inden samtalen, hvor vi skulle tale om den. Det virker "
    "lidt bagvendt, hvis du spørger mig.",
    "Kontanthjælpsloftet har ramt os som en mavepuster. Vi mister 900 kroner om måneden.",
    "Den nye reform har ramt familien som et chok, og min mand mister 2000 kr hver måned.",
    "Borgerservice har kun åbent til kl. 14. Folk der er på arbejde kan jo ikke komme i det "
    "tidsrum.",
    "Telefontiden er kl. 9-11. Mennesker i behandling kan simpelthen ikke ringe på de "
    "tidspunkter. Hvem har fundet på det?",
    "Vær forsigtige med at underskrive jobplanen hos jobcentret, før I har læst den. "
    "Bagefter stod der i referatet, at jeg havde accepteret løntilskud.",
    "Pas paa med at skrive under paa noget hos kommunen foer du har laest det.",
]
NEGATIVES_R86 = [
    "Venteværelset er hyggeligt nok, og der er gratis kaffe.",
    "Bussen kom 20 minutter for sent, og ingen sagde undskyld.",
    "Mødet startede ti minutter for sent, men hun undskyldte med det samme.",
    "Huslejen stiger med 250 kr. om måneden fra 1. april, skriver udlejer.",
    "Min udlejer har sendt besked om, at huslejen stiger til næste år.",
    "Er det normal praksis, at man får referatet på e-Boks efter samtalen?",
    "Får man afgørelsen før eller efter samtalen med sin rådgiver?",
    "En bombe ramte et beboelseshus i nat, skriver DR.",
    "Stormen har ramt os hårdt, taget blæste af i nat.",
    "Telefontiden er tirsdag og torsdag kl. 10-12.",
    "Hvem har fundet på det fine navn til kurset? Det er sjovt.",
    "Pas på med at skrive under på en telefonkontrakt i butikken, før du har læst den.",
    "Vær forsigtig med at skrive under på lejekontrakten, før du har læst den grundigt.",
    "Jeg kan ikke ringe på de tidspunkter, kan I ringe mig op efter kl. 16?",
    "Jeg bliver gammel i morgen, 40 år!",
]
ROUND_CRITICISM += POSITIVES_R86
ROUND_NO_CRITICISM += NEGATIVES_R86


# round 88: a polite wonder at a work capacity set against the writer's doctors, irony that
# someone to answer the phone is missing, "det kan vel ikke passe" beside money still not
# paid, decisions by routine without looking at the person, a reform that chokes the sick in
# paperwork, a caseworker praised but the fault put on priorities and a caseload too big, a
# boring course at the jobcentre and the money asked spent on what works
POSITIVES_R88 = [
    "Jeg forstaar ikke hvordan I kunne konkludere at jeg er arbejdsdygtig, naar min psykiater "
    "har skrevet det stik modsatte.",
    "Hvordan kan sagsbehandleren komme frem til, at jeg kan tage et fuldtidsjob, når mine "
    "lægeerklæringer siger noget helt andet?",
    "Flot ny hjemmeside, kommune. Nu mangler I bare at svare på mine mails.",
    "Super med de nye lokaler. Nu mangler der bare nogen som svarer på telefonen.",
    "Det kan da ikke passe, at jeg endnu ikke har modtaget min sygedagpenge for marts!",
    "Det kan simpelthen ikke være rigtigt, at I stadig ikke har behandlet min ansøgning.",
    "Det virker som om kommunen giver afslag over en kam uden at forholde sig til det konkrete.",
    "Sagsbehandleren traf afgørelsen uden at kigge på den enkeltes situation.",
    "Bureaukratiet drukner de syge i skemaer og kontrol.",
    "Folk med stress bliver kvalt i papirarbejde af jobcentret.",
    "Det er ikke din skyld, Ole, det er ledelsen, der har skåret ned.",
    "Min rådgiver er sød og hjælpsom. Men hun sidder med næsten 100 sager, så hun sjældent når "
    "at ringe tilbage. Det er ikke hendes skyld, det er normeringen.",
    "Jeg døde næsten af kedsomhed til jobcentrets informationsmøde i går.",
    "Man keder sig ihjel på det kursus. Brug hellere pengene på kurser, der giver mening.",
]
NEGATIVES_R88 = [
    "Jeg undrer mig over, hvordan man kan søge om fleksjob. Har jeg misforstået noget?",
    "Hvordan kan jeg nå frem til jeres kontor, når bussen ikke kører? Min læge har sagt noget "
    "andet om parkering.",
    "Det er da fint med en ny app til jobcentret, den virker rigtig godt.",
    "Vi har åbnet vores butik. Nu mangler vi bare nogen, der tager telefonen om lørdagen.",
    "Nu mangler vi bare at få underskriften fra lægen, så er papirerne klar.",
    "Jeg har ikke fået mine feriepenge endnu. Hvornår bliver de udbetalt?",
    "Det kan vel ikke passe, at det allerede er fredag igen!",
    "Min veninde har fået afslag på sin ansøgning om boligstøtte, og hun vil gerne have hjælp "
    "til at klage.",
    "Kurset tager udgangspunkt i den enkelte deltagers behov.",
    "Alle er velkomne uden at se på den enkeltes baggrund.",
    "Min søn var ved at drukne i svømmehallen, men livredderen holdt fast i ham.",
    "Det er ikke hendes skyld, det er min egen, at jeg kom for sent.",
    "Det er ikke din skyld, det er vejret.",
    "Jolanta er den første, der rigtig har lyttet til mig. Tusind tak for et godt stykke arbejde.",
    "Jeg var ved at dø af grin til festen i lørdags.",
    "Jeg var ved at dø af kedsomhed til min fætters bryllup.",
    "Brug hellere pengene på noget, der virker, sagde min mor om min nye creme.",
    "Min læge har over 2000 patienter, så jeg kun ser hende en gang om året.",
]
ROUND_CRITICISM += POSITIVES_R88
ROUND_NO_CRITICISM += NEGATIVES_R88

# stop 27, lead: drowning in paperwork at the writer's own job is the writer's day; the
# jobcentre's forms still count wherever the writer works
ROUND_CRITICISM += [
    "Jeg drukner i skemaer fra jobcentret på mit nye job.",
    "Vi drukner i papirarbejde fra kommunen, og ingen hjælper os.",
]
ROUND_NO_CRITICISM += [
    "Jeg drukner i papirarbejde på mit nye job, så jeg kan først komme efter kl. 16.",
    "Vi drukner i mails i mit firma, så svar gerne på sms.",
]

# round 90: a form or portal of the jobcentre's said to kill the writer; those in charge
# told they must hire more; disagreement with the letter that carried the decision; near
# misses: a run or the heat that "kills", a shop or firm that hires, the writer's own
# language or reading not good enough, a landlord's letter, disagreement with one's doctor
POSITIVES_R90 = [
    "Det her skema til befordringsgodtgørelse dræber mig, ni sider med de samme spørgsmål.",
    "Jeres selvbetjeningsportal slår mig ihjel, jeg har prøvet at logge ind i en time.",
    "Sagsbehandlerne løber alt for stærkt. Kommunen må ansætte flere folk.",
    "Jobcentret bliver nødt til at ansætte flere sagsbehandlere, ellers går folk ned med stress.",
    "Det er ikke godt nok, at I aldrig ringer tilbage, når I har lovet det.",
    "Vi er ikke enige i svaret om fleksjob, for min mands læge ser det helt anderledes.",
    "Jeg er helt uenig i brevet om min sanktion, jeg var jo syg den dag.",
]
NEGATIVES_R90 = [
    "Den her løbetur slår mig ihjel, men jeg kommer i form.",
    "Varmen i dag dræber mig, jeg bliver indenfor med gardinerne trukket for.",
    "Vi må ansætte flere i butikken op til jul, siger min chef.",
    "Firmaet skal ansætte flere i foråret, så jeg håber på en stilling.",
    "Mit engelsk er ikke godt nok til jobbet på lageret i Rotterdam. Kan I finde et "
    "sprogkursus til mig?",
    "Jeg læser ikke godt nok til at forstå brevene, så kan nogen ringe til mig i stedet?",
    "Jeg er ikke enig i brevet fra min udlejer om huslejen, men det må jeg tage med ham.",
    "Jeg er ikke enig med min læge, men jeg følger hans råd om hvile.",
]
ROUND_CRITICISM += POSITIVES_R90
ROUND_NO_CRITICISM += NEGATIVES_R90

# round 92: a service moved out of town that those without a car cannot reach, the jobcentre
# said to blunder again and again, the institution called the most bureaucratic place, a
# count of forms for one small thing beside a call to follow the times, a citizen told by
# the jobcentre to pull himself together, those in charge told to drop a requirement. Near
# misses: a family's own move, a service moved that all can still reach, the writer's or a
# player's blunder, a firm or a hotel called the most of something, the call to a father
# alone, a mother's advice, a remark denied, a club's or the writer's own requirement
POSITIVES_R92 = [
    "Når kommunen lukker borgerservice i Tarnby og samler alt i storbyen, kan de ældre uden "
    "kørekort ikke komme derhen.",
    "Hvis I flytter aktiveringen ud til motorvejen, har folk uden bil svært ved at nå frem.",
    "Jobcentret har igen jokket i spinaten med min kørselsgodtgørelse, beløbet passer ikke.",
    "Kommunen kludrer i det hver gang med min boligstøtte.",
    "Seriously, borgerservice her i byen er det mest ufleksible sted, jeg har været.",
    "Ydelseskontoret må være den mest uorganiserede myndighed i hele landet.",
    "Fire forskellige blanketter for at få refunderet en togbillet? Følg dog med tiden.",
    "Sagsbehandleren sagde til mig, at jeg bare skulle tage mig sammen, selvom jeg har en "
    "diskusprolaps.",
    "Jeg fik at vide af min rådgiver, at jeg skulle tage mig sammen og komme i gang.",
    "Jobcentret burde afskaffe kravet om, at ledige skal logge ind hver uge.",
    "Byrådet bør lempe reglerne for befordring, så flere kan deltage.",
]
NEGATIVES_R92 = [
    "Når vi flytter ud af byen, kan vores hund ikke komme i hundeskolen mere.",
    "Jobcentret er flyttet ud af byen, men bussen kører lige til døren, så alle kan komme frem.",
    "Jeg klokkede i det med datoerne på skemaet, undskyld.",
    "Målmanden klokkede i det igen i søndags, og vi tabte 3-1.",
    "Mit gamle firma var det mest bureaukratiske sted, jeg har arbejdet.",
    "Hotellet er det mest hyggelige sted, vi har boet.",
    "Far, kom nu ind i det her århundrede og køb en smartphone.",
    "Vi har tre forskellige møder for at planlægge festen. Det bliver sjovt.",
    "Min mor sagde, at jeg bare skulle tage mig sammen og ringe til lægen.",
    "Rådgiveren sagde ikke, at jeg skulle tage mig sammen; hun var forstående.",
    "Intet ændrer sig åbenbart i min have, planterne vokser ikke.",
    "Jeg bør droppe kravet til mig selv om at være perfekt.",
    "Fodboldklubben bør droppe kravet om hvide strømper.",
]
ROUND_CRITICISM += POSITIVES_R92
ROUND_NO_CRITICISM += NEGATIVES_R92

# round 94: a refusal resting on a dated doctor's paper with the change since told, or on a
# paper called old; a count of forms for one and the same thing judged too many (and one
# joint form asked, a half sign); a decision said not to hold; a thing the jobcentre promised
# that never came; a dismissive phrase told to a seriously ill citizen; nothing done in the
# case for months; seeking help told as it should not feel. Near misses: a dated paper with
# nothing changed or the writer's own fault, forms without a judgement, one form asked alone,
# a decision that holds someone back, the weather, a relative's promise, a promise kept, a
# trainer's or a doctor's words, a phrase with no illness, the writer's own stay in hospital,
# a back that does not heal, help praised, a birthday
POSITIVES_R94 = [
    "Afslaget på mit fleksjob er begrundet med en speciallægeerklæring fra 2019, og siden er "
    "min nakke blevet opereret to gange.",
    "Kommunen har stoppet mit ressourceforløb på baggrund af en psykologudtalelse fra for fire "
    "år siden. Mit helbred har ændret sig siden.",
    "Jobcentret har afvist min ansøgning ud fra en forældet lægeerklæring.",
    "Syv skemaer til én og samme bevilling er helt urimeligt.",
    "Tre separate blanketter for den samme befordringsgodtgørelse var alt for meget.",
    "Min advokat tror ikke, at afslaget holder, og vi vil gerne have det vurderet igen.",
    "Sanktionen holder simpelthen ikke, I har ikke partshørt mig.",
    "Rådgiveren har lovet mig en mentor siden marts, men der er stadig ikke kommet nogen.",
    "Vi blev lovet et møde med tolk af jobcentret, men det er aldrig blevet bestilt.",
    "Jeg fik at vide, at jeg bare skulle tænke positivt. Jeg har sclerose og kan knap gå.",
    "Jeg er midt i kemo, og alligevel fik jeg at høre, at jeg skal tage mig sammen.",
    "Der er intet sket med min klage i fire måneder, og ingen svarer.",
    "I over et år er der ikke sket noget i min fars sag.",
    "Sådan bør det ikke føles at bede om hjælp, når man er syg.",
    "Jeg græd på vej hjem fra skranken. Sådan skal det ikke være at være ledig.",
]
NEGATIVES_R94 = [
    "Min ansøgning blev afvist med henvisning til en erklæring fra 2020, fordi jeg ikke havde "
    "sendt en nyere.",
    "Afslaget er begrundet med en lægeerklæring fra 2022, og den er jeg enig i.",
    "Tre forskellige skemaer til den samme ansøgning fik jeg hjælp til af min mentor, og det "
    "gik fint.",
    "Kan I ikke lave én samlet blanket til mig på papir? Jeg har ikke en computer.",
    "Jeg mener ikke, at beslutningen holder mig tilbage fra at søge arbejde.",
    "Vi tror ikke, at vejret holder til lørdag.",
    "Jeg mener, at afgørelsen holder.",
    "Min svoger har lovet mig en lift til mødet, men han er aldrig kommet.",
    "Jeg blev lovet en cykel af min morfar, men den er aldrig kommet.",
    "Sagsbehandleren har lovet mig en tolk, og tolken kom også til mødet.",
    "Jeg fik at vide af min træner, at jeg skal tænke positivt. Jeg har ondt i knæet.",
    "Jeg har fået at vide, at jeg skal tage ansvar for min egen økonomi, og det gør jeg nu.",
    "Min søster har kræft, og hun fik at vide af sin læge, at hun skulle tænke positivt.",
    "Der er ikke sket noget i min sag i et halvt år, fordi jeg har været indlagt.",
    "Der er ikke sket noget med min ryg i et halvt år trods træning.",
    "Sådan skal det være at få hjælp – tak for en god modtagelse i dag.",
    "Sådan burde det ikke være at holde fødselsdag, alle gæsterne var syge.",
]
ROUND_CRITICISM += POSITIVES_R94
ROUND_NO_CRITICISM += NEGATIVES_R94

# round 94: the system called rotten after a relative clause that says what it does, or with
# an oath before the verdict. Near misses: a rotten tree the municipality fells, rotten
# apples a sorting machine picks out
POSITIVES_R94_ROTTEN = [
    "Et system, som lader syge mennesker vente et halvt år på et svar, er for fanden råddent.",
    "Den kommune, der sender kræftramte i praktik, er fandeme gennemrådden.",
    "Jobcentret er for helvede korrupt.",
]
NEGATIVES_R94_ROTTEN = [
    "Kommunen, der har lovet at komme og fælde det gamle træ i haven, som er råddent, kommer "
    "på tirsdag.",
    "Det nye system, som landmanden bruger til at sortere de æbler fra, der er rådne, virker "
    "fint.",
]
ROUND_CRITICISM += POSITIVES_R94_ROTTEN
ROUND_NO_CRITICISM += NEGATIVES_R94_ROTTEN

# round 96: the municipality's campaign judged tacky or its money asked spent on advisers
# instead; a call on readers to write to the politicians if they disagree; a decision said
# to rest on a trial broken off, or on a basis that "does not hold" in a clause of its own;
# "this is not how a meeting or a course should go"; a named caseworker's handling called
# unprofessional in English. Near misses: a shop's campaign, a campaign said not to be
# embarrassing, money spent on a holiday, a call to write with a question or to run for
# the council, a roof that does not hold, a cake or a form that should not look so, a
# plumber's work, English praise, the only pupil to hand in on time
POSITIVES_R96 = [
    "Kommunens nye plakatkampagne om 'glade ledige' er helt ærligt pinlig, når ventetiden er "
    "fire måneder.",
    "Jobcentrets reklamefilm på Facebook virker tonedøv, mens folk venter i telefonkø i en time.",
    "Brug hellere pengene på flere sagsbehandlere i stedet for på store bannere ved rådhuset.",
    "I stedet for at bruge millioner på en ny kampagne kunne I ansætte socialrådgivere.",
    "Er du også imod nedlæggelsen af værestedet i Brovst? Så skriv til borgmesteren i dag.",
    "Ring til udvalgsformanden, hvis du er uenig i de nye krav til sygemeldte.",
    "Skriv til politikerne og sig fra over for nedskæringen på botilbuddene.",
    "Afslaget er baseret på en praktik, der blev stoppet efter tre dage, fordi jeg besvimede.",
    "Beslutningen bygger på en enkelt samtale i telefonen, men det holder altså ikke.",
    "På den måde skal en samtale med en kræftsyg borger ikke foregå.",
    "Det var en kold og hurtig samtale om timer og ikke om min sygdom. Sådan burde en "
    "afklaring ikke forløbe.",
    "The way Per Storm dealt with my complaint was completely unacceptable.",
    "Honestly the way my caseworker handled my application was sloppy, jeg har ventet i tre "
    "måneder.",
]
NEGATIVES_R96 = [
    "Nettos nye kampagne med glade kunder er lidt harry, men tilbuddene er gode.",
    "Jeres kampagne er ikke spor pinlig, den er faktisk god.",
    "Brug pengene på en ferie i stedet, sagde min mor, da jeg vandt i Lotto.",
    "Skriv til byrådet, hvis du har lyst til at stille op til valget.",
    "Skriv til borgmesteren, hvis du har spørgsmål til det nye budget.",
    "Taget bygger på gamle bjælker, og det holder ikke til sne.",
    "Min vurdering bygger på en samtale med min læge, og det holder jeg fast i.",
    "Sådan bør en kage ikke se ud, sagde min svigermor.",
    "Sådan skal skemaet ikke udfyldes, se vejledningen på side to.",
    "The way my plumber handled the leak was unprofessional.",
    "The way Per Storm handled my case was really professional, thank you.",
    "Som den eneste i klassen har min søn afleveret opgaven til tiden.",
]
ROUND_CRITICISM += POSITIVES_R96
ROUND_NO_CRITICISM += NEGATIVES_R96


# stop 28: the hour promised, then the hour now, now that the hour ends its own sentence;
# near miss: the person came after all
POSITIVES_S28 = [
    "Sagsbehandleren lovede at ringe kl. 9. Klokken er nu 13, og telefonen er tavs.",
]
NEGATIVES_S28 = [
    "Hun lovede at komme kl. 10. Klokken er nu 10.05, og hun er her.",
]
ROUND_CRITICISM += POSITIVES_S28
ROUND_NO_CRITICISM += NEGATIVES_S28
# round 98: the caseworker one gets left to luck (an explicit lottery; luck beside "bare et
# nummer" or "sådan bør det ikke være i en retsstat"); a verdict on the rates ("det siger alt
# om ydelserne") and a benefit that does not stretch to rent, told as the reason; a payment
# late again and again, and the jobcentre asked to cover the fee its lateness cost; staff
# moved around all the time, and nobody left who knows the case; the sarcastic wish for a
# jobcentre that "for en gangs skyld" did the obvious, and "det er nok for meget forlangt".
# Near misses: luck with a flat or a doctor, a place in the bakery's queue, what the weather
# or a son says something of, advice on a benefit that does not stretch, a wage paid late, a
# bill the writer paid late, a landlord asked to cover a fee, a firm that moves its workers,
# staff moved to a new building, a family that knows nothing, a real proposal of a scheme, a
# son who actually tidies up, a chore that is not too much to ask
POSITIVES_R98 = [
    "Det er et rent lotteri, hvilken sagsbehandler man ender hos i Vesthavn.",
    "Er man heldig, får man en rådgiver, som lytter. Ellers er man bare et nummer i systemet.",
    "Hvis du er heldig, møder du en sagsbehandler, der læser dine papirer. Sådan bør det ikke "
    "være i en retsstat.",
    "Halvdelen af os på Søndergade tager til Sverige efter billige dagligvarer. Det siger jo "
    "alt om ydelserne.",
    "Folk låner penge hos familien hver måned, da ydelsen slet ikke rækker til både husleje og "
    "medicin.",
    "For fjerde gang i år er mine sygedagpenge udbetalt for sent.",
    "Pengene er overført for sent for anden måned i træk, og ingen har forklaret hvorfor.",
    "Min kontanthjælp kom for sent, og jeg forventer, at kommunen betaler de morarenter, "
    "banken har opkrævet.",
    "Kommunen rokerer rundt på rådgiverne hele tiden, så man aldrig ser det samme ansigt to "
    "gange.",
    "Sagsbehandlerne bliver flyttet rundt alt for ofte i Nordby.",
    "Min gamle rådgiver er gået på pension, og nu ved ingen noget om min sag. Er man heldig, "
    "får man en ny sagsbehandler, der gider læse journalen.",
    "Tænk sig et jobcenter, der for en gangs skyld svarede på de mails, man sender.",
    "Man kunne forestille sig nogle politikere, som rent faktisk lyttede til de ledige. Det er "
    "nok for meget forlangt.",
]
NEGATIVES_R98 = [
    "Med lidt held får man en lejlighed med altan i Vesthavn.",
    "Er man heldig, får man en læge, der har tid til en snak.",
    "Jeg var nummer tolv i køen hos bageren i morges.",
    "Det siger noget om vejret i år, at jordbærrene allerede er modne.",
    "Det siger alt om min søn, at han gav sin kage til lillesøster.",
    "Hvis ydelsen ikke rækker til huslejen, kan du søge om boligstøtte hos Udbetaling Danmark.",
    "Fordi min løn ikke rækker til en ny bil, cykler jeg på arbejde.",
    "For tredje gang i år har jeg selv betalt elregningen for sent, det er min egen skyld.",
    "Min løn fra tømrerfirmaet blev udbetalt for sent for anden måned i træk.",
    "Kan boligselskabet ikke dække rykkergebyret, når det var deres fejl?",
    "Firmaet flytter folk rundt hele tiden mellem lagrene i Kolding og Vejle.",
    "Jobcentret flytter medarbejderne til den nye bygning på Havnevej i marts.",
    "Ingen i familien ved noget om min sag endnu, og det skal blive sådan.",
    "Man kunne forestille sig en ordning, hvor ledige får gratis buskort.",
    "Tænk sig en søn, der rent faktisk ryddede op på sit værelse. Det er vel for meget "
    "forlangt.",
    "Det er vel ikke for meget forlangt, at du tager opvasken i aften.",
]
ROUND_CRITICISM += POSITIVES_R98
ROUND_NO_CRITICISM += NEGATIVES_R98
# round 100: citizens kept waiting outside in bad weather until the doors open; decisions
# taken somewhere else than at the meetings, or over the citizen's head; the error owned by
# the jobcentre, said with the error first; a request to the jobcentre met with weeks of
# silence; no interpreter, then a sanction, or a cut for something not understood; a record
# disputed in English. Near misses: a concert queue, children let in by their mother, a wait
# for the bus, a cycle path decided by another authority, a decision made at the meeting,
# the writer's own or a bank's error, "fejlen var ikke jeres", silence from a brother or
# after a job interview, an interpreter not needed, a punishment at school, a doctor's note
# or the writer's own diary
POSITIVES_R100 = [
    "Hver mandag står vi og fryser udenfor i sneen, indtil dørene først låses op kl. 9.",
    "Folk venter ude i kulden en halv time, før receptionen åbner. Hvorfor kan I ikke lade dem "
    "vente indenfor?",
    "Jeg møder pænt op hver gang, men jeg har på fornemmelsen, at afgørelserne træffes et helt "
    "andet sted end på møderne med mig.",
    "Det føles som om alt i min sag bliver besluttet hen over hovedet på mig.",
    "Skylden ligger hos kommunen, for jeg sendte lønsedlerne til tiden.",
    "I siger, jeg skal betale tilbage, men fejltagelsen var jobcentrets, ikke min.",
    "Da vi skrev til virksomhedsservice om en fleksjobber, hørte vi intet i tre uger.",
    "Jeg kontaktede min sagsbehandler i marts og fik intet svar i to måneder.",
    "Til sidste samtale var der ingen tolk, og så endte jeg med en sanktion.",
    "Min far blev trukket i ydelsen for noget, han slet ikke forstod, fordi tolken aldrig kom.",
    "My caseworker noted in the file that I did not show up, but I was never told about the "
    "meeting.",
    "It is recorded in my case that I declined the course, which is not true.",
]
NEGATIVES_R100 = [
    "Vi stod i kø udenfor i regnvejr i en time, før dørene til koncerten åbnede.",
    "Børnene stod udenfor i regnvejret og ventede, indtil deres mor lukkede dem ind.",
    "Det var koldt at vente udenfor i blæsten på bussen i morges.",
    "Beslutningen om den nye cykelsti bliver taget et helt andet sted, nemlig i "
    "Vejdirektoratet.",
    "Jeg blev glad, da beslutningen blev taget på mødet sammen med mig.",
    "Fejlen var min, jeg glemte at melde flytningen.",
    "Fejlen var bankens, så pengene kom først i dag.",
    "Fejlen var ikke jeres, det var postvæsenet, der rodede.",
    "Jeg skrev til min bror i Australien og hørte ingenting i tre uger.",
    "Efter jobsamtalen hos firmaet hørte jeg ingenting i to uger, og så fik jeg jobbet.",
    "Jeg fik ingen tolk, for jeg taler fint dansk nu.",
    "Min søn blev straffet i skolen for noget, han ikke forstod.",
    "My doctor wrote in my file that I have asthma, but I never had an attack.",
    "I wrote in my journal that I refused the offer, but I never regretted it.",
]
ROUND_CRITICISM += POSITIVES_R100
ROUND_NO_CRITICISM += NEGATIVES_R100
# stop 29: a named caseworker's or manager's competence and conduct judged: unfit to assess,
# not knowing the law, forgetting what the job is for, a reprimand asked of management, trust
# lost, people made into numbers, "the biggest problem", a life ruined by a decision, a petty
# king in his department. The same words about a son, a brother, a car or the cold are none
POSITIVES_S29 = [
    "Sofie Holm er slet ikke kvalificeret til at vurdere min ryg. Hun er socialrådgiver.",
    "Per Storm kender åbenbart ikke sygedagpengeloven, for han har regnet min frist forkert.",
    "Kim Frederiksen har vist glemt, at han er ansat for at hjælpe de ledige.",
    "Efter det møde mener jeg, at Per Storm burde have en påtale fra sin leder.",
    "Sagsbehandleren burde finde sig et andet arbejde, hvor hun ikke skal tale med syge.",
    "Jeg forstår ikke, at Anne-Mette Lund kan se sig selv i spejlet efter den nedskæring.",
    "Jeg har ikke længere tillid til Mohammad Nasser, og jeg har det skidt før hvert møde.",
    "I har behandlet min mor som et nummer i et system i fem år.",
    "Anne-Mette Lund er afdelingens største problem, og alle på gangen ved det.",
    "Jobcentret har ødelagt min økonomi med afslaget på mit ressourceforløb.",
    "Teamlederen opfører sig som en lille konge i sin afdeling, og ingen tør sige noget.",
]
NEGATIVES_S29 = [
    "Min nevø er ikke kvalificeret til at køre lastbil endnu, så han venter på kørekortet.",
    "Min søn kender ikke reglerne i håndbold, men han elsker at være med.",
    "Jeg har glemt, at jeg er tilmeldt svømning om tirsdagen.",
    "Min datter burde få en påtale fra træneren, siger hun selv.",
    "Min bror burde finde et andet job, han er så ulykkelig på lageret.",
    "Efter operationen kan min mor ikke se sig selv i spejlet uden briller.",
    "Jeg stoler ikke længere på min gamle bil, den bryder sammen hele tiden.",
    "Min mand har gjort mig til et lykkeligt menneske.",
    "Kulden er kommunens største problem i vinter, siger vejmændene.",
    "Min søn opfører sig som en lille konge derhjemme.",
    "Tak til Sofie Holm, som er meget kompetent og kender reglerne til fingerspidserne.",
    # a queue elsewhere; the rules of a game, the system of a car
    "Vi stod en time i kø til koncerten, og så lukkede de dørene.",
    "Jeg stod to timer i kø ved kassen i Netto juleaften.",
    "Reglerne i bridge er så indviklede, at jeg aldrig lærer det.",
    "Systemet i min nye bil er så indviklet, at jeg ikke kan finde radioen.",
]
POSITIVES_S29 += [
    "Jeg stod en time i kø hos jer i går, og så lukkede skranken.",
    "Reglerne for fleksjob er så indviklede, at ingen forstår dem.",
]
ROUND_CRITICISM += POSITIVES_S29
ROUND_NO_CRITICISM += NEGATIVES_S29
# round 104 (request helper): criticism said through an idiom, a figure or a mixed language:
# trust in the jobcentre harmed, action asked instead of excuses, a practice stricter than the
# law allows, "hverken rim eller reme", a rule that made families poor, staff called on to
# protest, meetings that do not match the decisions, a long wait for something simple, a
# broken system in English, contact persons who do not know what the others promised, swearing
# at online-only service, staff refusing to take an illness into account. Near misses: banks,
# a son or a coach, speeding, a TV series, a happy job, a child told to say no, a work rota,
# learning to ride a bike, a broken phone, Christmas presents, the internet down, a boss
POSITIVES_R104 = [
    "Sammenlægningen af afdelingerne har svækket tilliden til kommunen hos mange ledige.",
    "De mange fejludbetalinger har undergravet folks tillid til ydelseskontoret.",
    "Vi venter stadig på handling frem for bortforklaringer fra ledelsen.",
    "Efter tre år med ventelister kræver borgerne handling og ikke flere tomme løfter.",
    "Jeg tror, I sanktionerer hårdere, end reglerne giver lov til.",
    "Kommunens praksis for tilbagebetaling går videre, end loven tillader.",
    "Der er ingen rim og reme i jeres krav om, at jeg skal søge 30 job om ugen.",
    "Der er hverken rim eller reme i, at man skal sende en ny lægeerklæring hver måned.",
    "Integrationsydelsen har gjort tusindvis af familier fattigere.",
    "Reformen gør enlige forsørgere fattige, mens ministeren ser til.",
    "Nogen af jer burde sige fra over for de nye besparelser på jobcentret.",
    "Sagsbehandlerne må snart sige stop, når politikerne skærer så meget på området.",
    "Det, I lover til samtalerne, stemmer ikke overens med afgørelserne bagefter.",
    "Referatet passer ikke med det vi aftalte på mødet i august.",
    "Seks uger er da lang tid for en så enkel ansøgning om kørepenge.",
    "Tre måneder på et så simpelt svar om min boligstøtte, det forstår jeg ikke.",
    "The way your system works is completely broken, I have called six times.",
    "Jeres system is a total mess, nobody answers the phone.",
    "Jeg har haft fire forskellige sagsbehandlere, og ingen af dem aner, hvad den forrige "
    "har aftalt med mig.",
    "Mine tre rådgivere taler ikke sammen, og ingen ved, hvad de andre har lovet mig.",
    "Sikke noget lort, at man kun kan søge om hjælp digitalt.",
    "Det er så træls, at alle ansøgninger skal sendes via en app.",
    "Jobcentret afviste at tage højde for min sclerose, da de lavede planen.",
    "Sagsbehandleren nægter at se på hans diagnose fra psykiatrien.",
]
NEGATIVES_R104 = [
    "Finanskrisen har svækket tilliden til bankerne i hele landet.",
    "Jeg har sat min lid til min læge, og det har været godt.",
    "Min søn lover at rydde op, men jeg vil se handling i stedet for undskyldninger.",
    "Træneren vil se handling og ikke bortforklaringer fra holdet efter nederlaget.",
    "Jeg kørte ikke hurtigere, end loven tillader, da jeg blev stoppet.",
    "Må jeg arbejde flere timer, end reglerne tillader, når jeg er i fleksjob?",
    "Der er hverken rim eller reme i den nye krimiserie på tv.",
    "Min datters digt har ingen rim og reme, men det er rørende.",
    "Det nye job har gjort os meget glade.",
    "Vinteren har gjort mange syge på min arbejdsplads.",
    "Hun burde sige fra over for sin kollega, der hele tiden afbryder hende.",
    "Man bør sige fra, hvis man bliver mobbet i skolen.",
    "Tidspunktet for mødet passer ikke med min vagtplan på lageret.",
    "Det jeg sagde på mødet, passer ikke med det jeg mener i dag, så det vil jeg gerne rette.",
    "Fem uger er lang tid for noget så simpelt som at lære at cykle.",
    "Tre uger er lang tid for en lille hvalp at være alene hjemme.",
    "My phone is broken, so please write to me by e-mail.",
    "The way the bus works here is confusing, but I manage.",
    "Jeg har tre børn, og ingen af dem ved, hvad de andre har fået i julegave.",
    "Mine brødre ved aldrig, hvad de andre har lovet mor.",
    "Sikke noget pis, at nettet er gået ned i sommerhuset.",
    "Hvor er det smart, at alt kan foregå på nettet nu.",
    "Min chef nægter at tage hensyn til min diagnose, så jeg overvejer at sige op.",
    "Han nægtede at tage højde for sin diabetes og spiste kage hele dagen.",
]
ROUND_CRITICISM += POSITIVES_R104
ROUND_NO_CRITICISM += NEGATIVES_R104

# round 108 (request2 helper): a call to fight a reform or a cut; a long phone queue and then
# the line closes; a request made days ago measured against the legal deadline (working days
# too); a closing called a bad decision in an exclamation; help asked for and none given, no
# human on the phone; staff concluding against the doctor; a consultant's paper outweighing
# the doctor's; a claimed maximum wait belied by the writer's own; a manager told to speak
# with the citizens before speaking out. Near misses: cancer, a fire, a supermarket or a fun
# fair queue, a wait within the deadline, the writer's own café, a window, a neighbour's help,
# a good call, a bank, the writer's own doctor, a personal preference, a hairdresser, a lawyer,
# a parent to a child
POSITIVES_R108 = [
    "Vi skal kæmpe imod nedskæringerne på beskæftigelsesområdet, til de bliver trukket tilbage.",
    "Kom og vær med til at bekæmpe kontanthjælpsloftet, det rammer børnene hårdest.",
    "To timer i telefonkøen, og så lukker de bare kl. 12. Det er ikke til at holde ud.",
    "Jeg sad 45 minutter i kø på telefonen, hvorefter de lagde på.",
    "Jeg søgte om aktindsigt for fem uger siden, og fristen er syv arbejdsdage.",
    "Jeg klagede for 60 dage siden. Reglerne siger fire uger.",
    "Hold da op, hvor er det en elendig beslutning at nedlægge værestedet i Nørregade.",
    "Det var en kortsigtet beslutning at lukke jobcaféen, den hjalp mange unge.",
    "De siger, vi skal klare os selv, men når man endelig beder om hjælp, får man ikke noget.",
    "Jeg savner bare at få et rigtigt menneske i røret, når jeg ringer til ydelseskontoret.",
    "Hvordan kan sagsbehandleren konkludere, at jeg kan stå op otte timer, når min "
    "speciallæge skriver det modsatte?",
    "Jobcentret vurderer, at jeg er klar til fuld tid, selvom lægerne skriver, at jeg højst "
    "kan klare ti timer.",
    "Hos jer tæller en lægekonsulents notat åbenbart mere end tolv års journal fra min psykiater.",
    "Man skulle tro, at en speciallæges erklæring betød noget, men nej.",
    "Chefen skrev i sit svar, at ingen venter længere end seks uger. Jeg har nu ventet elleve.",
    "Borgmesteren lover, at ingen skal vente mere end 30 dage, men jeg har ventet 75.",
    "Måske burde direktøren lytte til borgerne, inden han udtaler sig til pressen igen.",
    "Politikerne burde tale med de ledige, før de udtaler sig om reformen.",
]
NEGATIVES_R108 = [
    "Min far kæmper mod kræften og har det svært for tiden.",
    "Brandfolkene kæmpede mod flammerne hele natten i Vejle.",
    "Jeg var to timer i kø i Bilka, og så lukkede kassen.",
    "Min søn var en time i kø ved forlystelsen, og så lukkede de den.",
    "Jeg bad om aktindsigt for fire dage siden. Loven siger syv arbejdsdage, så jeg venter gerne.",
    "Jeg søgte om boligstøtte for to uger siden, og fristen er fire uger.",
    "Det var en dårlig beslutning at lukke min café under coronaen, det indrømmer jeg.",
    "Det var en dårlig beslutning at lukke vinduet, for så blev der alt for varmt.",
    "Når jeg beder min nabo om hjælp, får jeg altid en hånd med.",
    "Jeg fik et menneske i røret med det samme, og hun var meget hjælpsom.",
    "Jeg savner et menneske i røret, når jeg ringer til banken om mit lån.",
    "Min læge vurderer, at jeg kan arbejde 20 timer, når ryggen er bedre.",
    "Hvordan kan jeg nå frem til, at jeg har det bedre, når min psykolog siger, jeg skal tage "
    "den med ro?",
    "For mig vejer min mors råd tungere end lægens, det indrømmer jeg.",
    "Det betyder, at jeg skal arbejde mere end min læge anbefaler.",
    "Ingen venter mere end ti minutter hos frisøren. Jeg har ventet fem.",
    "Ingen venter mere end to dage på en tid hos tandlægen. Jeg har ventet en.",
    "Hun burde tale med sin advokat, før hun udtaler sig til politiet.",
    "Du skulle snakke med os, før du udtaler dig om festen.",
]
ROUND_CRITICISM += POSITIVES_R108
ROUND_NO_CRITICISM += NEGATIVES_R108

# round 112 (crit3 helper): the jobcentre's phone closed all the time; the least duty asked
# ("burde i det mindste"); ironic congratulations for sending a sick person into activation;
# English: the jobcentre told it needs an audit, papers lost and the blame put on the citizen;
# the council's plan to let a machine sort the citizens and the fear of being sorted out (two
# half signs); swearing at the rules in an exclamation; rules so tangled that even the staff
# cannot explain them; an interpreter in another language and papers signed without
# understanding; a decision not found right; no disabled access and that called a problem for
# wheelchair users (two half signs); a caseworker who had not read the case; summoned at
# pension age. Near misses: the writer's own phone, a line closed once, a brother's help, help
# given, a real congratulation, thanks for a good course, a bakery's audit, a boss who blames,
# a plan told plainly, a robot at a warehouse, the weather and a film, a card game, simple
# rules, an interpreter understood all the same, a phone company's contract, a family's and
# the writer's own decision, parking told only to explain, a supermarket, the writer's own
# reading, a lawyer, a meeting about one's pension, a car not looked at
POSITIVES_R112 = [
    "Jobcentrets telefon er lukket det meste af tiden, og mails bliver besvaret efter en uge.",
    "Jeres hotline har været lukket hver dag i denne uge.",
    "Kommunen burde i det mindste informere folk, før de skærer i ydelsen.",
    "Sagsbehandleren kunne som minimum svare på mine mails.",
    "Bravo til kommunen for at have tvunget en døende mand til samtale om jobsøgning.",
    "Tak til jobcentret for at sende min kræftsyge kone i praktik.",
    "The municipality needs an independent investigation after the way my case was handled.",
    "My worst experience with any office. They lost my documents two times and blamed me for "
    "the mistake.",
    "Jobcentret planlægger at bruge algoritmer til at vurdere, hvem der skal i aktivering. "
    "Hvem holder øje med algoritmen?",
    "Kommunen vil bruge AI til at læse ansøgningerne. Så bliver de syge nok sorteret fra først.",
    "Hvor er jeres system dog noget bras, jeg har prøvet at logge ind hele dagen.",
    "Gud, hvor er reglerne bare noget pis, når man er syg.",
    "Reglerne om boligstøtte og kontanthjælp er så komplicerede, at ikke engang rådgiveren "
    "kunne svare.",
    "Beregningen af min ydelse er så indviklet, at selv sagsbehandleren ikke kan forklare den.",
    "Tolken talte et helt andet sprog end min far, og han forstod ingenting af samtalen.",
    "Min kone forstod ikke, at hun skrev under på en handleplan, for der var ingen tolk.",
    "Jeg synes ikke, at afgørelsen om mit ressourceforløb er rimelig.",
    "Vi mener ikke, at sanktionen var retfærdig, og vil klage.",
    "Der mangler en rampe ved indgangen til jobcentret, og det er umuligt for folk i kørestol.",
    "Der er ingen elevator i bygningen på rådhuset, og det er en barriere for "
    "kørestolsbrugere.",
    "Konsulenten havde ikke læst mine papirer og kendte intet til min sclerose.",
    "Min rådgiver havde ikke engang åbnet min sag inden samtalen.",
    "Min svigerfar er indkaldt til samtale om aktivering, selvom han har været folkepensionist "
    "i to år.",
    "Kommunen har sendt en indkaldelse til min mor på 69. Det virker, som om ingen har tjekket "
    "hendes alder.",
]
NEGATIVES_R112 = [
    "Min telefon er lukket hele tiden om natten, så skriv hellere en sms.",
    "Jeres telefon var lukket i går formiddags, men i dag kom jeg igennem med det samme.",
    "Min bror burde i det mindste hjælpe med at bære flyttekasserne.",
    "Jobcentret hjalp mig i det mindste med at udfylde skemaet, det var rart.",
    "Tillykke til jobcentret med at have fået nye lokaler i Vestergade.",
    "Tak til jobcentret for at have sendt mig på et godt kursus i bogføring.",
    "Our bakery needs an audit before the summer, says the accountant.",
    "My boss lost my papers twice and blamed me for the delay.",
    "Kommunen vil bruge kunstig intelligens til at sortere posten, så svarene kommer hurtigere.",
    "På lageret har vi fået en ny robot. Hvem kontrollerer den maskine om natten?",
    "Hvor er vejret dog noget lort i dag.",
    "Hvor er den film dog noget pis, vi gik efter en halv time.",
    "Matematikken i min lektie er så indviklet, at selv min lærer ikke kunne forklare den.",
    "Opskriften på kagen er så indviklet, at selv min mor ikke kunne forklare den.",
    "Tolken talte en anden dialekt, men vi forstod hinanden fint.",
    "Min far forstod ikke, at han skrev under på en aftale med teleselskabet om et dyrere "
    "abonnement.",
    "Vi mener ikke, at beslutningen om at sælge huset var rigtig, men nu er det gjort.",
    "Jeg mener ikke, at min beslutning var rigtig, jeg burde have sagt ja til jobbet.",
    "Der er ingen handicapparkering foran jobcentret, så jeg sætter min far af ved døren og "
    "parkerer ovre ved kirken.",
    "I Føtex er der ingen handicapparkering tæt på indgangen, og det er et problem for os i "
    "kørestol.",
    "Hun havde ikke læst bogen til læseklubben og kendte ikke til forfatteren.",
    "Min advokat havde ikke læst min sag og kendte ikke til min diagnose, så jeg skiftede ham ud.",
    "Han er indkaldt til et møde om sin pension, og det glæder han sig til.",
    "Ingen har kigget på hans bil endnu, værkstedet har travlt.",
]
ROUND_CRITICISM += POSITIVES_R112
ROUND_NO_CRITICISM += NEGATIVES_R112


# stop 30: nobody explained why, and not heard before the decision: two half signs
POSITIVES_S30 = [
    "Min ydelse blev sat ned. Ingen har forklaret mig hvorfor, og jeg blev ikke hørt først.",
    "Praktikken blev stoppet. Vi blev aldrig spurgt inden, og ingen har forklaret os grunden.",
]
NEGATIVES_S30 = [
    "Ingen har forklaret mig hvorfor min kat gør sådan.",
    "Jeg blev ikke spurgt først, men det gør ikke noget, min kone bestemte middagen.",
]
ROUND_CRITICISM += POSITIVES_S30
ROUND_NO_CRITICISM += NEGATIVES_S30
# round 116: time killed on the jobcentre's course, one more of the same course, a fault at
# the jobcentre with "få det nu fikset", "kan ikke være bekendt at lukke …", "synes ikke, det er
# rigtigt, at I har sagt nej", a case put in the drawer, a benefit stopped although the citizen
# cannot stand or work, nothing explained in a language one understands, an activation out of
# reach by bus, "reform my ass", "er det virkelig sådan, X skal fungere?", people pressed into
# jobs they cannot bear, the press told of the case handling, a file note refuted
POSITIVES_R116 = [
    "Vi har slået tiden ihjel på jeres jobsøgningsværksted hele formiddagen uden at lave noget.",
    "Vi slår bare tiden ihjel i aktiveringen i Hadsund med kortspil fra morgen til middag.",
    "Hvad skal jeg dog med endnu en workshop om motivation? Jeg har siddet på tre af dem.",
    "Hvad skal vi med flere kurser i at skrive ansøgninger? Ingen af os har fået et job af det.",
    "Toilettet ved jeres venteværelse har været ude af drift i to uger. Få det nu ordnet.",
    "Varmen i jeres mødelokaler har været slukket i flere uger, folk sidder i frakker. Få den "
    "så fikset!",
    "Kommunen kan altså ikke være bekendt at nedlægge værestedet for hjemløse i Nørresundby.",
    "Jakob Bøgh kan sgu ikke være bekendt at skære telefontiden ned til en time om dagen.",
    "Vi synes ikke, det er rimeligt, at kommunen har afslået min fars ansøgning om hjælpemidler.",
    "Jeg mener ikke, det er fair, at sagsbehandleren har stoppet min ledighedsydelse uden varsel.",
    "Min klage over sanktionen har åbenbart ligget i skuffen hos jer siden marts.",
    "Hele min sag om ressourceforløb blev lagt i skuffen, da min sagsbehandler gik på barsel.",
    "Kommunen har standset hans kontanthjælp, selv om han knap kan gå ned ad trappen.",
    "I stoppede min ledighedsydelse, skønt jeg ikke magter at arbejde mere end to timer.",
    "No one ever explained the sanction to my father in a language he understands.",
    "Ingen har forklaret min mor afgørelsen på et sprog, hun forstår.",
    "Der kører ingen bus fra Vorupør før kl. 9, så det er umuligt at nå praktikken til tiden.",
    "Jeg har ikke kørekort. Det er ikke muligt at komme til kurset i Thisted med de busser, der "
    "er.",
    "Fleksjobreformen my ass – jeg har ikke mødt én eneste arbejdsgiver endnu.",
    "Hjælp my ass. I har ikke gjort andet end at sende mig breve.",
    "Den nye reform er det samme lort i ny indpakning.",
    "Er det virkelig sådan, jobcentret skal behandle folk, der har været syge i et år?",
    "Er det altså sådan, kommunen skal fungere for de unge, som ikke har en uddannelse?",
    "Syge mennesker bliver tvunget ud i praktik, de ikke kan klare, for at pynte på tallene.",
    "Min svoger blev skubbet ud i et job, han ikke kunne holde til, og nu er han sygemeldt igen.",
    "Jeg går til pressen med, hvordan min mors sag er blevet håndteret.",
    "Nu klager jeg til ombudsmanden over den måde, jeres afdeling behandler syge borgere på.",
    "Der står i min journal, at jeg udeblev fra samtalen den 4. maj, men jeg har en sms, der "
    "viser, at den blev aflyst.",
    "Sagsbehandleren har noteret i sagen, at jeg nægtede at tage imod tilbuddet, men jeg har "
    "deltaget i alt, hvad I har bedt om.",
]
NEGATIVES_R116 = [
    "Vi slår tiden ihjel med et spil kort, mens vi venter på toget til Aalborg.",
    "Inden kurset begynder, slår jeg tiden ihjel på caféen ved siden af.",
    "Hvad skal jeg have med til kurset i morgen, madpakke eller kantine?",
    "Hvad skal jeg med endnu en kjole, sagde min mor, da hun fik en i gave.",
    "Min cykel har været punkteret i to uger. Få den nu fikset, siger min kone.",
    "Vandhanen i mit køkken har dryppet i tre uger. Få den nu repareret, skrev jeg til viceværten.",
    "Jeg kan ikke være det bekendt over for min svigermor at aflyse middagen igen.",
    "Min nabo kan sgu ikke være bekendt at lade hunden gø hele natten.",
    "Jeg synes ikke, det er rigtigt, at min bror har sagt nej til jobbet i Horsens.",
    "Jeg synes ikke, det er rigtigt, at vi har sagt nej tak til festen hos naboen.",
    "Jeg har lagt min ansøgning i skuffen, indtil jeg har talt med min læge.",
    "Min ansøgning om medlemskab af golfklubben har ligget i skuffen i et år.",
    "Jeg har selv stoppet mine dagpenge, selvom jeg ikke kan finde et nyt job endnu.",
    "Mine dagpenge blev stoppet, mens jeg var i Spanien, og jeg kan ikke gå på arbejde før i "
    "august.",
    "My teacher explained the grammar to me in a language I understand, which helped a lot.",
    "Nobody explained the rules of the game to me, but I picked them up fast.",
    "Jeg har ingen bil, og bussen kører kun hver time. Kan vi rykke samtalen til kl. 11?",
    "Det er umuligt at nå toget kl. 7, for bussen er altid forsinket.",
    "Kiss my ass, sagde han til dommeren og gik fra banen.",
    "Sommerferie my ass, det har regnet i tre uger.",
    "Den nye telefon er det samme lort i ny indpakning.",
    "Er det virkelig sådan, opvaskemaskinen skal fungere? Den larmer helt vildt.",
    "Er det virkelig sådan, man skal folde servietterne til brylluppet?",
    "Han valgte selv at tage et job, han ikke kan holde til i længden.",
    "Vi blev sendt ud i haven for at lege, mens de voksne spiste.",
    "Jeg skriver til avisen om den måde, byfesten blev afviklet på i år.",
    "Jeg skriver til avisen om den måde, min søn blev hjulpet på af de frivillige ved stævnet.",
    "Lægen har skrevet i min journal, at jeg ryger, men jeg har været røgfri i to år.",
    "Min søster har skrevet i min dagbog, at jeg er doven, men jeg har mødt op til alle træninger.",
]
ROUND_CRITICISM += POSITIVES_R116
ROUND_NO_CRITICISM += NEGATIVES_R116

# --- round 120 (critreq helper): the jobcentre moved without a sign; a form that "kills" the
# writer, with a shorter version asked; a legal duty forgotten (partshøring, a reason); no
# interpreter though one was booked; minutes that leave out what the writer said. Near misses: a
# private move or a doctor"s, a long private letter, the writer"s own forgetting, no need of an
# interpreter, a club's minutes; praise of one who treated the writer as a grown-up
POSITIVES_R120 = [
    "Jobcentret er flyttet til Ågade 12, men der hænger ingen skilte, så jeg kom for sent til "
    "mødet.",
    "I har flyttet ydelseskontoret op på tredje sal, og der er stadig intet skilt ved elevatoren.",
    "Det skema tager livet af mig. Kan I ikke lave en enklere version til os, der ikke læser "
    "så godt?",
    "Det nye ansøgningsskema tager livet af mig, og jeg har brugt hele weekenden. Kunne man "
    "ikke lave en kortere udgave?",
    "Sagsbehandleren undlod at begrunde afslaget, så jeg ved ikke, hvad jeg skal klage over.",
    "Jobcentret glemte helt at partshøre min far, før de stoppede hans ydelse.",
    "Tolken kom ikke, selv om I havde lovet at bestille en til min mor.",
    "Min mor sad til mødet uden tolk, og mødet blev derfor aflyst efter ti minutter.",
    "Notatet fra samtalen nævner slet ikke, hvad jeg fortalte om min angst.",
    "Referatet af rehabiliteringsmødet afspejler ikke det, vi sagde om hans hukommelse.",
    "I behandlede os som kriminelle, da vi kom for at klage over sanktionen.",
]
NEGATIVES_R120 = [
    "Vi er flyttet til Brovej, men der er ikke sat navneskilt på postkassen endnu.",
    "Lægehuset er flyttet til Torvet, og der er ingen skilte, så jeg gik forkert.",
    "Kan I ikke lave en kortere udgave af mødet på torsdag? Jeg skal hente min søn kl. 14.",
    "Brevet fra min søster var 14 sider langt, og jeg græd, da jeg læste det.",
    "Jeg glemte at svare på partshøringen, så jeg ringer til jer i morgen.",
    "Min kæreste glemte at informere mig om festen i lørdags.",
    "Vi har ikke brug for tolk, selvom den var bestilt i sidste uge.",
    "Der var ingen tolk til koncerten, men det gjorde ikke noget.",
    "Referatet fra generalforsamlingen i grundejerforeningen gengiver ikke, hvad jeg sagde om "
    "vejen.",
    "Referatet gengiver fint det, jeg sagde om mine smerter. Tak for det.",
    "Malene i Sygedagpenge er den første, der har behandlet mig som et menneske. Tak til hende.",
    "Min nye mentor behandlede os som voksne mennesker, og det har gjort en kæmpe forskel.",
]
ROUND_CRITICISM += POSITIVES_R120
ROUND_NO_CRITICISM += NEGATIVES_R120

# --- round 124 (crit helper): longer opening hours asked of the jobcentre; its rules likened to
# the days of manor lords and serfs; English verdicts past reason, alone or set in a Danish
# sentence; not seeing how the jobcentre reached its conclusion; citizens who deserve better,
# figures that deserve a better account; pressed to sign a plan; a harsh tone at the meeting;
# dropped from the phone queue; a lifting limit set against a demand, a summons at short notice
# with a remedy asked (half signs); disagreeing that one is to go to an activation. Near misses:
# a shop's hours, a film of the Middle Ages, the writer's own Danish, "I'm not okay", an author's
# conclusion, a pet that deserves better, a salesman's contract, a family's tone, a bank's
# queue, a limit told for a private move, a relative's plan, and "tak for at ringe" (no "ringe"
# as a judgement)
POSITIVES_R124 = [
    "Jobcentret bør have længere åbent om fredagen, så vi med job også kan nå det.",
    "Jeg mener, at I burde holde telefonen åben senere på dagen for dem, der går i skole.",
    "Kommunens nye sanktioner minder mig mest af alt om stavnsbåndets tid.",
    "Ærligt talt ligner jeres regler noget fra fattiggårdens tid, hvor man skulle takke for hver "
    "krone.",
    "My application has been lying with you for four months. That has gone far beyond what is "
    "reasonable.",
    "Nobody has called me back in three weeks. That is simply not good enough.",
    "Det er altså not fair at stoppe min hjælp uden at spørge mig først.",
    "Helt ærligt, det er not acceptable at man skal vente en time i skranken.",
    "Jeg fatter ikke, hvordan sagsbehandleren er kommet frem til den vurdering, når min læge "
    "siger det modsatte.",
    "Jeg kan ikke forstå, hvordan I kan nå frem til den afgørelse uden at have talt med mig.",
    "Ledige i Holbæk fortjener langt bedre end den behandling, de får nu.",
    "De ledighedstal fortjener en ordentlig forklaring fra direktionen.",
    "Min far blev tvunget til at underskrive jobplanen, selvom han ikke kunne læse den.",
    "Min klient blev presset til at skrive under på et samtykke, hun ikke forstod.",
    "Tonen i samtalen med rådgiveren var unødigt nedladende over for min søster.",
    "Tonen på mødet i jobcentret var alt for skarp, og Cecilie græd bagefter.",
    "Efter en halv time i telefonkøen røg jeg ud. Sådan er det hver gang.",
    "Jeg sad på hold i 25 minutter, og så blev jeg afbrudt. Det er tredje gang.",
    "Min læge siger, at jeg højst må løfte 3 kilo. Hvorfor skal jeg så i praktik i et "
    "byggemarked?",
    "Jeg kan ikke holde til at stå op i mere end et kvarter. Hvorfor skal jeg så i "
    "arbejdsprøvning på en fabrik?",
    "Jeg er ikke enig i, at min søn skal i aktivering, når han lige er blevet opereret.",
    "Vi er uenige i, at vores datter er vurderet jobparat efter fire år med angst.",
    "Jeg er indkaldt med et døgns varsel. Det kan jeg ikke nå. Det bør I virkelig se på.",
    "Sagerne bliver behandlet alt for langsomt i jeres afdeling.",
]
NEGATIVES_R124 = [
    "Netto burde have åbent længere om søndagen.",
    "Jeg burde have holdt åbent længere i min kiosk i går, der var mange kunder.",
    "Vi så en film om herremænd og fæstebønder, og børnene syntes, den var spændende.",
    "Vores gamle stuehus minder mig om middelalderen med sine lave lofter.",
    "My Danish is not good enough yet, so I write in English.",
    "My application was not good enough for the university, so I will try again.",
    "Jeg er not okay i dag, jeg har feber og bliver hjemme.",
    "Er det okay at jeg kommer kl. 10 i stedet? Jeg skal til lægen først.",
    "Jeg forstår ikke, hvordan forfatteren kan nå den konklusion i bogen.",
    "Jeg forstår godt, hvordan I er nået frem til den vurdering, og jeg accepterer den.",
    "Min hund fortjener bedre end tørfoder.",
    "Du fortjener en bedre forklaring end den, min bror gav dig.",
    "Sælgeren pressede mig til at skrive under på et nyt mobilabonnement.",
    "Ingen pressede mig til at skrive under på planen, jeg var enig i den.",
    "Tonen i min familie var hård, da jeg voksede op.",
    "Til fodboldtræningen var tonen alt for hård, så jeg stoppede.",
    "Jeg stod i kø i banken i en halv time, og så blev jeg smidt ud, fordi de lukkede.",
    "Jeg blev smidt af bussen, fordi jeg ikke havde billet.",
    "Min læge siger, at jeg ikke må løfte over 5 kilo, så jeg har fået hjælp til flytningen.",
    "Hvorfor skal jeg så i praktik, når praktikken starter i morgen? Kan I sende adressen?",
    "Jeg er ikke enig i, at min bror skal i praktik hos vores onkel.",
    "Min kone er ikke enig i, at jeg skal tage jobbet i Aarhus.",
    "Tak fordi du ringede mig op i går, og pas godt på jer selv derinde.",
    "Tak for at ringe tilbage så hurtigt. Kan I sende papirerne til min nye adresse?",
]
ROUND_CRITICISM += POSITIVES_R124
ROUND_NO_CRITICISM += NEGATIVES_R124


# round 128: poverty called the work of a policy; a reason called unfounded; "det siger vel
# alt om" of what the jobcentre has come to; courses that led nowhere; docked for a meeting
# never summoned to; an activation no one can explain; a wait longer than the meeting; "hvad
# tænker I på, når I …"; no one checked what the citizen could stand; why a support is cut
POSITIVES_R128 = [
    "Boligstøttereglerne skaber politisk skabt fattigdom blandt enlige mødre i kommunen.",
    "Det burde ikke være sagsbehandlerne, der skal forklare borgerne en politisk besluttet "
    "fattigdom, som byrådet har valgt.",
    "Integrationsydelsen har skubbet mange familier ud i fattigdom på få år.",
    "Børnefattigdommen i byen vokser. Det er et bevidst valg fra byrådets side.",
    "Jeg fik nej til revalidering, fordi jeg er for gammel. Det er ikke en saglig begrundelse.",
    "I skriver, at min ryg ikke tæller, da det er en gammel skade. Det er simpelthen ikke et "
    "holdbart argument.",
    "Min bror fik besked på at gå flere ture mod sin depression. Det siger jo alt om, hvor "
    "langt man er nået i Solbjerg Kommune.",
    "De glemte at indkalde til opfølgning igen. Det siger vel alt om jobcentret i Nørreby.",
    "To jobafklaringsforløb og tre praktikker senere står jeg på bar bund igen.",
    "Et ressourceforløb og fem kurser senere sidder min søn det samme sted som i gymnasietiden.",
    "Jobcentret har sanktioneret mig for et møde, jeg aldrig modtog noget brev om.",
    "Min ydelse er trukket for to samtaler, hun slet ikke har fået indkaldelse til.",
    "Vi har talt papirclips i en måned i aktiveringen, og ingen af jer kan forklare mig, hvad "
    "det skal gøre godt for.",
    "Jeg har været i løntilskud i fire måneder, og ingen har kunnet sige mig, hvad formålet er.",
    "Min far sad 45 minutter i venterummet til et møde, der varede 5 minutter.",
    "Vi ventede 90 minutter på en samtale, som kun tog 15.",
    "Hvad tænker I dog på, når I sender en mand med diskusprolaps i praktik på et lager?",
    "Hvad tænkte man på, da man indkaldte en kvinde med migræne til gruppemøde kl. 7?",
    "Min datter fik ondt i ryggen i sin praktik, fordi jobcentret ikke havde undersøgt, om "
    "hun kunne klare at stå op hele dagen.",
    "I havde aldrig vurderet, om han kunne tåle støjen på værkstedet, før I sendte ham derud.",
    "Jeg bliver ved med at ringe, indtil nogen forklarer, hvorfor kommunen sparer på bostøtten.",
    "Hvorfor har byrådet skåret i hjælpen til de ældre ledige?",
]
NEGATIVES_R128 = [
    "Min morfar voksede op i fattigdom på landet og fortalte tit om det.",
    "Det var et politisk valg at holde valget i november, siger journalisten.",
    "Min svigermor siger, at det ikke er et sagligt argument at vælge bil efter farven.",
    "Det er et sagligt argument at vælge den billigste tandlæge, siger min nabo.",
    "Min datter har trænet i et år. Det siger alt om, hvor langt hun er kommet siden "
    "operationen.",
    "Det siger alt om min hund, at den altid sover i min seng.",
    "Tre kurser senere er jeg blevet rigtig god til Excel og har fået job.",
    "To ferier senere sidder jeg samme sted i sofaen med en god bog.",
    "I har trukket mig for en samtale, jeg udeblev fra. Det var min egen fejl.",
    "Jeg har fået en indkaldelse til et møde på tirsdag og kommer gerne.",
    "Ingen kan forklare, hvad der skete med dinosaurerne.",
    "Til fodbold kan ingen forklare, hvad den nye træning skal føre til.",
    "Jeg ventede 5 minutter på en samtale, der varede 45 minutter, og det var fint.",
    "Vi ventede 30 minutter på en bus, der kørte 10 minutter for sent.",
    "Hvad tænker I på, når I hører ordet jul?",
    "Hvad tænkte du på, da du indkaldte dine venner til fest på en tirsdag?",
    "Min træner havde ikke tjekket, om jeg kunne tåle tunge løft, så jeg fik ondt i ryggen.",
    "Lægen har undersøgt, om jeg kan tåle tunge løft, og det kan jeg godt.",
    "Hvorfor skærer man i løgene, før man steger dem?",
    "Min frisør spurgte, hvorfor jeg skar i mit hår selv derhjemme.",
]
ROUND_CRITICISM += POSITIVES_R128
ROUND_NO_CRITICISM += NEGATIVES_R128


# stop 31: a wait measured against a deadline or a case left untouched, in any number (the
# number macro took only some numbers). Near misses: the same numbers with nothing overrun
POSITIVES_S31 = [
    "Der er nu gået 23 uger, selv om fristen efter loven er 13 uger.",
    "Min klage har ligget 47 dage uden at blive åbnet af nogen.",
]
NEGATIVES_S31 = [
    "Der er nu gået 23 uger, siden jeg startede i praktikken, og det går godt.",
    "Min kage har stået 47 minutter i ovnen, og den er perfekt.",
]
ROUND_CRITICISM += POSITIVES_S31
ROUND_NO_CRITICISM += NEGATIVES_S31


# round 132: criticism said without the usual words — a case that shows a rigid practice, a
# decision on too thin a basis, forms only lawyers can fill in, service too scant for those
# without a computer, a system called a thief of time, a wait "getting long" in broad speech,
# months spent to find out the obvious, letters sent to an old address, a letter's claim about
# a right denied. Near misses: the same words about a thorough practice, the weather, a bus, a
# phone game, "lang tid siden", research, asking for post to go to the old address, "det
# passer mig fint"
POSITIVES_R132 = [
    "Jeg har tre lægeerklæringer, men I vil stadig have en fjerde. Det siger alt om, hvor "
    "firkantet jobcentret tænker.",
    "Mit forløb blev lukket uden en samtale. Det viser bare, hvor mekanisk sagsbehandleren "
    "arbejder.",
    "Vurderingen af min arbejdsevne hviler på en praktik på blot tre dage.",
    "Indstillingen bygger på en arbejdsprøvning, og fem dage er alt for kort til at vurdere "
    "noget som helst om min ryg.",
    "Gør dog blanketterne lettere for folk, som ikke er advokater.",
    "Ansøgningsskemaet stiller de samme spørgsmål igen og igen, side efter side.",
    "To timers telefontid om ugen er for lidt for dem, der ikke kan bruge MitID.",
    "Selvbetjeningen er helt fin for de unge, men åbningstiden er alt for kort for ældre, som "
    "ikke har en computer.",
    "Jobnet er blevet en tidsrøver uden lige, siden I lavede det om.",
    "Jeres tidsbestillingssystem er det rene tidsspild.",
    "Æ søgte om revalidering i august. Det er sgu efterhånden længe.",
    "Min ansøgning om hjælpemidler ligger stadig hos jer. Det er ved at være rigtig lang tid.",
    "Kommunen har nu brugt et halvt år på at opdage, at min hofte stadig er slidt.",
    "Jobcentret har brugt otte måneder på at konstatere det, min læge skrev i januar.",
    "Hvorfor ender jeres indkaldelser pludselig på min forrige adresse?",
    "Jeg flyttede i marts, så hvorfor havner jeres breve nu på den gamle adresse?",
    "I skriver, at min mor ikke har ret til pension. Det er ikke rigtigt, hun har arbejdet i "
    "40 år.",
    "Der stod i brevet, at jeg var udeblevet. Det passer ikke, jeg sad i venteværelset.",
]
NEGATIVES_R132 = [
    "Det viser, hvor grundigt kommunen arbejder, og det er jeg glad for.",
    "Det viser, hvor stift betonet er blevet efter frosten.",
    "Tre dage er for kort til at sige noget om vejret i næste måned.",
    "Min afgørelse om at flytte bygger på et besøg, og det var en god beslutning.",
    "Kurset var perfekt for os, der ikke er jurister.",
    "Bussen kører alt for lidt for os, der ikke har en computer at søge job på.",
    "Det nye mobilspil er en tidsrøver af rang.",
    "Facebook er blevet en tidsrøver for hele familien.",
    "Jeg søgte job i Netto for et år siden. Det er ved at være lang tid siden.",
    "Min ansøgning er sendt. Det er ved at være længe siden, jeg har haft det så godt.",
    "Forskerne har brugt tre år på at finde ud af, hvordan virus spreder sig.",
    "Jeg har brugt to uger på at finde ud af, hvordan min nye symaskine virker.",
    "Hvorfor kommer julekortene fra min moster stadig til min gamle adresse?",
    "Hvorfor flyttede I egentlig fra jeres gamle adresse i Vejle?",
    "I skriver, at jeg har ret til sygedagpenge. Det passer mig fint.",
    "Der står i opskriften, at dejen skal hvile. Det passer ikke, den hævede på ti minutter.",
]
ROUND_CRITICISM += POSITIVES_R132
ROUND_NO_CRITICISM += NEGATIVES_R132

# stop 31: letters sent to an old address are criticism; a request to send them there is none
POSITIVES_S31B = ["I har igen sendt min indkaldelse til min gamle adresse, og nu er fristen væk."]
NEGATIVES_S31B = ["Vil I sende post til min gamle adresse, indtil flytningen er på plads?"]
ROUND_CRITICISM += POSITIVES_S31B
ROUND_NO_CRITICISM += NEGATIVES_S31B

# round 136: criticism said without the usual words — kept waiting long although the time was
# booked, a public claim answered by research, a grievance that "does not add up" with a
# filler ("fandme", "altså"), a jobcentre not fit for a group of citizens, a summons right
# after an operation beside ironic praise of the system alone, someone inside who "forgot what
# the word means", one more of the same course with its count after it, a plan "that makes
# sense" asked for beside another half sign, a staff member's brush-off quoted, rules applied
# or read wrongly. Near misses: a doctor's or a hairdresser's waiting room, a short wait, a
# claim the figures bear out, a puzzle or a plot, a house or a car, sincere praise, a summons
# moved, a school word, a hobby course, a holiday plan, a mother's or a boss's answer, rules
# applied correctly
POSITIVES_R136_CRIT = [
    "Vi sad halvanden time i ventesalen på jobcentret, skønt vi havde en aftalt tid kl. 9.",
    "Min datter ventede over to timer i receptionen, selv om hun havde et fast tidspunkt.",
    "Borgmester Vestergaard har i radioen udtalt, at ressourceforløb hjælper folk i job. "
    "Tallene viser det stik modsatte.",
    "Afdelingslederen sagde i avisen, at ventetiden er halveret. Kommunens egen statistik "
    "peger i den modsatte retning.",
    "I kræver, at jeg søger fuldtidsjob, og samtidig siger lægen højst ti timer. Det passer "
    "fandme ikke sammen.",
    "Først får jeg afslag, fordi jeg er for syg, og så skal jeg i praktik. Det hænger altså "
    "ikke sammen.",
    "Jobcentret er slet ikke indrettet til folk, der ikke kan læse dansk.",
    "Selvbetjeningen er ikke tænkt til ældre, som aldrig har haft en computer.",
    "Genialt system. Jeg er indkaldt til samtale to dage efter min hofteoperation.",
    "Flot sagsbehandling. Dagen efter min indlæggelse lå der en indkaldelse i e-Boks.",
    "I har åbenbart glemt, hvad ordet rehabilitering betyder.",
    "Nogen i kommunen har tilsyneladende glemt, hvad begrebet helhedsvurdering dækker.",
    "Nu skal jeg på endnu en jobsøgningsworkshop, den femte i år.",
    "Min rådgiver har booket mig på endnu et motivationsforløb – mit sjette.",
    "Flot planlægning. Jeg ønsker mig bare en plan, der giver mening for min ryg.",
    "Super service. Må jeg ikke i det mindste få et forløb, som giver mening?",
    "Jeg bad om hjælp til at udfylde ansøgningen. Sagsbehandleren svarede bare: Det er ikke "
    "mit bord.",
    "Da jeg spurgte til min ledighedsydelse, fik jeg at vide: Det må du selv sørge for.",
    "Jeg mener ikke, at reglerne om fleksjob er blevet anvendt korrekt i min sag.",
    "Efter min opfattelse er bestemmelsen fortolket alt for snævert i afgørelsen.",
]
NEGATIVES_R136_CRIT = [
    "Vi sad halvanden time i venteværelset hos lægen, selv om vi havde en fast tid.",
    "Jeg ventede over en time på frisøren, skønt jeg havde en aftalt tid.",
    "Vi sad et kvarter i ventesalen, og så kom sagsbehandleren.",
    "Borgmesteren har i radioen sagt, at byen skal have en ny svømmehal. Tallene viser, at "
    "den er populær.",
    "Lederen sagde i avisen, at ventetiden er faldet. Tallene bekræfter det.",
    "Puslespillet passer sgu ikke sammen, der mangler tre brikker.",
    "Plottet i den nye krimi hænger altså ikke sammen.",
    "Vores gamle hus er ikke indrettet til folk, der sidder i kørestol.",
    "Bilen er slet ikke bygget til familier, som har tre børn.",
    "Fantastisk system. Jeg fik svar på to dage.",
    "Jeg er indkaldt til samtale dagen efter min operation. Kan vi flytte den en uge?",
    "Min søn har glemt, hvad ordet fotosyntese betyder, til prøven i morgen.",
    "De har vist glemt, hvad ordet stilhed betyder, ovre i naboens have.",
    "Jeg har meldt mig til endnu et keramikkursus, mit fjerde, og jeg elsker det.",
    "Vi skal på endnu en yogaweekend, den femte i år.",
    "Jeg vil gerne have en plan, der giver mening, for vores ferie.",
    "Vi har endelig en kostplan, der giver mening.",
    "Jeg spurgte min mor, hvad vi skulle have til aftensmad. Hun svarede: Det må du selv "
    "finde ud af.",
    "Min chef sagde bare: Det er ikke mit problem.",
    "Jeg mener, at reglerne er anvendt korrekt, og jeg tager afgørelsen til efterretning.",
    "Reglerne er anvendt korrekt i brætspillet.",
]
ROUND_CRITICISM += POSITIVES_R136_CRIT
ROUND_NO_CRITICISM += NEGATIVES_R136_CRIT


# round 140: criticism said without the usual words: a staff member who would not read the
# doctor's papers, months and complaints before anyone listened, a form that repeats its
# questions, a call to stop cuts in the jobcentre, a bus that hardly goes there, letters sent
# to e-Boks despite a request for paper, the dialect's "hænger it sammen", a summons to two
# places at once. Near misses: the writer's own refusal, a house built, a school test, a
# firm's savings, a civic invitation, a bus to a relative, e-Boks wished for, "hænger it
# sammen med" (is not related to), a shelf, two meetings one splits up for, a concert
POSITIVES_R140_CRITREQ = [
    'Konsulenten nægtede at kigge på min læges attest, da jeg lagde den på bordet.',
    'Sagsbehandleren ville ikke læse speciallægens udtalelse om min ryg.',
    'Det skulle gå to år og fire klager, før nogen i kommunen reagerede på min sag.',
    'Tak for hjælpen til sidst, men der skulle gå otte måneder, inden nogen hørte efter.',
    'Ansøgningen om ressourceforløb er på 20 sider, og de samme spørgsmål går igen tre gange.',
    'Hvorfor kan kommunen ikke lave en enklere blanket? Jeg gav op efter side fem.',
    'Vi skal samles og sige fra, før byrådet sparer yderligere på beskæftigelsesindsatsen.',
    'Bombarder byrådet med mails, inden politikerne skærer mere i kontanthjælpen.',
    'Flot med jeres nye kampagne, men bussen hen til jobcentret kører kun to gange om dagen.',
    'Hvordan skal jeg møde kl. 8, når bussen ud til kommunen bare går hver tredje time?',
    'Jeg har flere gange bedt om breve på papir, men I blev ved med at bruge digital post.',
    'Min far har ikke mitid, men alligevel kommer alle brevene i e-Boks.',
    "Først sku' æ søg fuldtid, og nu sejer I æ er for syg. Det passer int sammen.",
    'I sejer to forskellige ting hver gang. Det hænger sgu ik sammen.',
    'Jeg er indkaldt til to møder på samme tidspunkt, i hver sin ende af byen.',
    'Vi fik to indkaldelser til to forskellige adresser på samme klokkeslæt. Sådan arbejder de.',
]
NEGATIVES_R140_CRITREQ = [
    'Jeg nægtede at læse lægens erklæring, fordi jeg var for træt den dag.',
    'Sagsbehandleren ville læse min læges attest igennem før mødet, hvilket var fint.',
    'Det tog 18 måneder at bygge huset, før nogen kunne flytte ind.',
    'Der gik to år, før nogen af os fik børn.',
    'Eksamen havde 40 spørgsmål, og nogle stod der to gange, skrev min søn fra skolen.',
    'Skemaet var på to sider og hurtigt at udfylde.',
    'Firmaet sparer på kaffen, før de skærer i lønnen.',
    'Skriv til din borgmester i dag og inviter ham til sommerfesten i parken.',
    'Bussen ud til min mormor kører kun hver anden time.',
    'Bussen til jobcentret kører hvert kvarter, så det er nemt at nå.',
    'Jeg har bedt om at få mine breve i e-Boks, og det virker fint.',
    'Jeg har ikke e-Boks endnu, men jeg får det i næste uge.',
    'Det hænger it sammen med vejret, at æ er træt.',
    'Reolen hænger it sammen, skruerne mangler.',
    'Vi har to møder på samme tid i morgen, så vi deler os.',
    'Koncerten spiller samme tid to forskellige steder i byen.',
]
ROUND_CRITICISM += POSITIVES_R140_CRITREQ
ROUND_NO_CRITICISM += NEGATIVES_R140_CRITREQ


# round 144 (criticism said without the usual words): those in charge called on to answer in
# public why results are poor; a promise by staff with "now" and nothing kept; a so-called
# individual plan the same as another's; a wait on an application called long; a complaint
# over a demand laid on the citizen; mock congratulations on a target with what the figures
# hide; a refusal received and called not right. Near misses: a club's board, a promise by
# a neighbour or a promise kept, a recipe alike, a parcel waited for, a demand of a
# child's school, a real congratulation, a bank's refusal, "ikke rigtigt at male det".
POSITIVES_R144_CRIT = [
    'Jeg vil opfordre Anne-Mette Lund til at svare åbent på, hvorfor ventetiden er fordoblet.',
    'Byrådet bør kræve af direktøren, at han forklarer. Vi beder ledelsen til at redegøre '
    'offentligt for, hvorfor så få unge kommer i uddannelse.',
    'Kim Frederiksen har lovet mig et fleksjob før jul. Nu er vi i marts, og jeg har ikke '
    'hørt et ord.',
    'Borgmesteren lovede i valgkampen flere sagsbehandlere. Nu har der gået to år, og der er '
    'stadig ingen nye.',
    'Min såkaldt personlige jobplan var identisk med min kollegas, ord for ord.',
    'Afgørelsen om mit ressourceforløb er en kopi af min brors, selv om vi har vidt '
    'forskellige sygdomme.',
    'Jeg søgte om hjælp til briller i august og har endnu ikke fået svar. Fire måneder er '
    'alt for lang tid, når man næsten ikke kan se.',
    'Vi har stadig ikke hørt noget om boligstøtten. Seks uger er lang tid at vente uden penge.',
    'Jeg klager over, at min far er blevet pålagt at deltage i et forløb fire dage om ugen.',
    'Hermed klager vi over, at vores datter er tvunget til at søge job, mens hun er i '
    'behandling.',
    'Stort tillykke til kommunen med det flotte resultat i ledighedstallene. Hvor mange der '
    'blev sendt over på sygedagpenge, siger I ikke noget om.',
    'Bravo til jobcentret for at nå målet om færre på kontanthjælp. At mange bare er '
    'flyttet, nævnes ikke i rapporten.',
    'Jeg fik afslag på tilskud til transport. Jeg mener ikke, det er rimeligt, da jeg bor '
    '20 km fra nærmeste bus.',
    'Min søn har fået et afslag på sit ressourceforløb, og vi synes ikke, det er retfærdigt.',
]
NEGATIVES_R144_CRIT = [
    'Vi opfordrer formanden for foreningen til at svare åbent på, hvorfor festen blev aflyst.',
    'Jeg kan svare offentligt på alle dine spørgsmål til mødet i morgen.',
    'Min nabo lovede at låne mig sin trailer. Nu er det søndag, og han har hverken ringet '
    'eller svaret.',
    'Sagsbehandleren lovede mig et fleksjob. Nu er det maj, og jeg har været der i to '
    'måneder.',
    'Min opskrift på lagkage var identisk med min nabos.',
    'Jobplanen blev lavet sammen med mig, og den passer godt til mine ønsker.',
    'Jeg har stadig ikke fået min pakke fra webshoppen. Tre uger er lang tid.',
    'Tre måneder er lang tid at være på højskole, men jeg glæder mig.',
    'Min søn klager over, at han er blevet pålagt at rydde op på sit værelse.',
    'Min datter klagede over, at hun blev tvunget til at gå til svømning i skolen.',
    'Tillykke til jobcentret med det flotte resultat i år. I har fortjent det.',
    'Hurra for kommunen, der nåede målet for genbrug. Alle tal står i rapporten.',
    'Banken har givet mig afslag på et billån, og jeg synes ikke, det er rigtigt.',
    'Vi fik nej til at male huset gult. Vi synes ikke, det er rigtigt at male det alligevel.',
]
ROUND_CRITICISM += POSITIVES_R144_CRIT
ROUND_NO_CRITICISM += NEGATIVES_R144_CRIT


# round 148 (crita): criticism without the usual words — a self-service tool so slow that
# something follows, mock congratulations with the cheap way to get the figures down,
# disagreeing with what one is assessed able to do, dissatisfaction with new rules, the only
# country where the sick must …, the "sådan er reglerne" answer not accepted, and a call that
# those in charge think again
POSITIVES_R148_CRITA = [
    'Selvbetjeningen på jobnet er så træg, at jeg gav op efter en time og tog bussen ind.',
    'Jeres nye blanket var så uoverskuelig, at min mor ikke kunne udfylde den selv.',
    'Til lykke til kommunen med rekorden i færre ledige. Man kan jo bare få tallene ned ved '
    'at sende folk ud af systemet.',
    'Hurra til jobcenteret for målet om kortere forløb. I kan jo også presse antallet ned ved '
    'at lukke sagerne før tid.',
    'Vi er ikke enige i, at min mand er blevet vurderet til at kunne klare fuld tid med sin '
    'ryg.',
    'Jeg er uenig i, at jeg blev skønnet til at kunne arbejde 25 timer om ugen.',
    'Skriv endelig til borgmesteren, hvis I er utilfredse med teamets nye krav om daglig '
    'jobsøgning.',
    'Mange er trætte af de nye regler om fremmøde hver mandag.',
    'Danmark må være det eneste land, hvor ledige skal søge så mange job om ugen.',
    'Vi er vist den eneste kommune, hvor sygemeldte tvinges til gruppemøder hver uge.',
    'Min rådgiver og hendes chef svarer begge bare: sådan er loven. Det kan jeg ikke '
    'acceptere.',
    'Jeg har fået at vide, at sådan er systemet, men det godtager jeg ikke.',
    'Den sag burde få byrådet til at tænke sig godt om.',
    'Tallene bør få ministeren til at genoverveje hele reformen.',
]
NEGATIVES_R148_CRITA = [
    'Min gamle computer er så langsom, at jeg skriver til jer fra min telefon.',
    'Portalen er så nem, at jeg klarede ansøgningen på fem minutter.',
    'Tillykke til jobcentret med målet om flere i job. Godt gået, alle sammen.',
    'Til lykke til kommunen med resultatet. Man kan jo også se, at tallene står i rapporten.',
    'Jeg er enig i, at jeg er vurderet til at kunne arbejde 20 timer.',
    'Min søster er ikke enig i, at hun er god til at bage.',
    'Mange i klubben er utilfredse med de nye regler om offside.',
    'Vi er ikke utilfredse med de nye regler om fremmøde, de giver mening.',
    'Danmark er det eneste land, hvor jeg har boet.',
    'Norge er vist det eneste sted, hvor jeg har set nordlys.',
    'Dommeren sagde, at sådan er reglerne i håndbold. Det accepterer jeg ikke, grinede min '
    'søn.',
    'Sagsbehandleren sagde, at sådan er reglerne, og det accepterer jeg fuldt ud.',
    'Det burde få min bror til at tænke sig om.',
    'Filmen fik mig til at tænke over mit eget liv.',
]
ROUND_CRITICISM += POSITIVES_R148_CRITA
ROUND_NO_CRITICISM += NEGATIVES_R148_CRITA


# round 148 (criticism, said without the usual words): how many more assessments before
# anyone acts, no follow-up after a placement, a policy one might start by reading, a cut
# asked whom it helps, personal data passed on without consent, money for trifles while
# citizens wait; near misses: a club, a school, a household, a relative, a genuine reading tip
POSITIVES_R148_CRITB = [
    "Hvor mange flere arbejdsprøvninger skal min bror igennem, før kommunen ser, at han er syg?",
    "Hvor mange flere samtaler skal Ole i Vejle have, før nogen tager hans smerter alvorligt?",
    "Der var ingen opfølgning efter forløbet, og jeg hørte aldrig fra jobcentret igen.",
    "Kurset sluttede i marts. Ingen fulgte op på praktikken bagefter.",
    (
        "I en kommune med en sundhedspolitik på 30 sider kunne de ansatte måske begynde med "
        "at følge den, når borgerne ringer."
    ),
    "I skriver om respekt i jeres strategi, så kunne I jo starte med at læse den selv.",
    "Tolkene er væk, og min far forstår ingenting. Hvem hjælper den nedskæring egentlig?",
    "Hvem tror politikerne, at den reform gavner, når ingen kan få en samtale?",
    "Rådgiveren sendte mine helbredsoplysninger til vagtfirmaet uden min tilladelse.",
    "Han har delt min journal med min nye chef uden at spørge mig først.",
    "Kommunen har penge til et nyt ventilationsanlæg, mens borgerne venter 12 uger på svar.",
    "Jobcentret fandt tid til en teambuildingdag, mens ventelisten til mentorer voksede.",
]
NEGATIVES_R148_CRITB = [
    "Hvor mange flere møder skal vi holde i foreningen, før nogen melder sig som kasserer?",
    "Hvor mange flere kurser skal jeg tage, før jeg må undervise i yoga?",
    "Der er heldigvis ingen opfølgning nødvendig efter kurset, jeg har fået fast job.",
    "Der var ingen opfølgning efter operationen på sygehuset, men jeg har det fint.",
    "Vores klub har en politik på fem sider, nye medlemmer kunne måske starte med at læse den.",
    "Hvis du vil forstå værdighedspolitikken, kunne du starte med at læse indledningen.",
    "Hvem hjælper den besparelse på elregningen mest, mig eller min kæreste?",
    "Hvem tror du, at nedskæringen i firmaet rammer hårdest?",
    "Min søster gav mine oplysninger videre til min mor uden samtykke, det var pinligt.",
    "Sagsbehandleren sendte mine oplysninger videre til lægen med mit samtykke.",
    "Vi har råd til en ny sofa, mens vi venter på, at lejligheden bliver færdig.",
    "Firmaet har råd til nye kontormøbler, mens vi venter på lønforhandlingen.",
]
ROUND_CRITICISM += POSITIVES_R148_CRITB
ROUND_NO_CRITICISM += NEGATIVES_R148_CRITB


@pytest.mark.parametrize("text", POSITIVES_R148_CRITB)
def test_r148_critb_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R148_CRITB)
def test_r148_critb_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 152 (crita): criticism without the usual words — "is that really the best you can
# find", staff who laughed it off or called it one's own choice, a journal note belied by the
# record, an official's public claim denied, "how do you expect me to …", a call for more
# hands, a medical consultant who never examined, mock congratulations on making the sick …
POSITIVES_R152_CRITA = [
    "Min datter har fået en plads i et vaskeri. Er det virkelig det bedste, jobcentret kan "
    "tilbyde hende?",
    "Er det seriøst det bedste, kommunen kan finde til en uddannet smed?",
    "Rådgiveren grinede bare, da jeg fortalte om min ryg.",
    "Sagsbehandleren svarede, at det var min egen skyld, at jeg stod uden arbejde.",
    "Min mentor har noteret i sagen, at jeg udebliver, selvom jeg har mødt op hver tirsdag.",
    "Der står skrevet i journalen, at jeg ikke samarbejder, skønt jeg har deltaget i alle "
    "møder.",
    "Borgmesteren sagde til pressen, at alle får hurtigt svar. Det er ikke rigtigt.",
    "Afdelingslederen hævdede i radioen, at ventetiden er kort. Det passer bare ikke.",
    "Hvordan forventer kommunen, at man skal klare sig for det beløb?",
    "Hvordan regner I med, at jeg kan nå et kursus i Roskilde uden bil?",
    "Ansæt dog flere sagsbehandlere, så folk kan få et svar.",
    "Giv socialrådgiverne flere kolleger, det er jo ikke dem, der er problemet.",
    "Lægekonsulenten skrev sin vurdering uden at have set mig en eneste gang.",
    "Jeg har ikke engang talt med lægekonsulenten, men han har bestemt min arbejdsevne.",
    "Hurra til kommunen med at have opdaget, hvordan man får en kvinde med slidgigt til at "
    "stå op i otte timer. Flot.",
    "Tillykke til jobcenteret med at vise, hvordan man presser en sygemeldt til at tage "
    "nattevagter.",
]
NEGATIVES_R152_CRITA = [
    "Er det virkelig det bedste, restauranten kan tilbyde af desserter?",
    "Er det virkelig det bedste tidspunkt at male huset på?",
    "Rådgiveren grinede, da min søn fortalte en vittighed om katten.",
    "Min bror sagde, at det var mit eget valg at flytte til Aarhus.",
    "Lægen har skrevet i journalen, at jeg er i bedring, selvom jeg har haft feber.",
    "Der står i notatet, at jeg har deltaget i alle møder, og det er korrekt.",
    "Min nabo fortalte til lokalavisen, at han har fanget en stor gedde. Det passer ikke.",
    "Borgmesteren sagde til pressen, at byfesten bliver stor. Det glæder jeg mig til.",
    "Hvordan forventer du, at jeg kan nå toget, når du kommer så sent?",
    "Hvordan vil I have, at jeg sender lønsedlerne?",
    "Giv dem flere hænder til flytningen på lørdag, så går det hurtigt.",
    "Skaf dem flere hjælpere til loppemarkedet i klubben på søndag.",
    "Lægekonsulenten har undersøgt mig grundigt og lyttet til mig.",
    "Min egen læge har aldrig undersøgt mit knæ, men nu har jeg fået en tid.",
    "Tillykke til jobcentret med den nye hjemmeside. Imponerende.",
    "Tillykke til min nabo med at have fundet ud af, hvordan man får en hund med ondt i "
    "hoften til at spise sin medicin.",
]
ROUND_CRITICISM += POSITIVES_R152_CRITA
ROUND_NO_CRITICISM += NEGATIVES_R152_CRITA


@pytest.mark.parametrize("text", POSITIVES_R152_CRITA)
def test_r152_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R152_CRITA)
def test_r152_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 152: criticism without the usual words: a simple remedy held up against the practice
# ("det er ikke raketvidenskab"), a plan made without the citizen, a payment late month after
# month told as "det er Nte måned i træk, at …", disagreeing that the doctor's papers count
# for nothing; near misses: a tip about a template or baking, a coach's plan, a plan one
# helped make, a rent the writer pays late, agreeing that the papers do not count
POSITIVES_R152_CRITREQ = [
    (
        "Jobcentret indkalder til samtaler med breve, som ingen læser. Ring til folk i stedet, "
        "det er ikke raketvidenskab."
    ),
    (
        "I trækker folk i ydelse, når de misser et møde. Skriv en påmindelse i stedet – det er "
        "ingen raketvidenskab."
    ),
    "Min jobplan har tre delmål, som jeg aldrig har været med til at formulere.",
    "Sagsbehandleren skrev planen færdig uden mig. Det føles ikke just som min plan.",
    "Det er fjerde måned i træk, at min ydelse er forsinket.",
    "Det er anden gang i år, at udbetalingen kom for sent.",
    "Jeg er ikke enig i, at min psykiaters udtalelse ikke tæller med.",
    "Vi er uenige i, at lægeerklæringen ikke kan bruges, fordi den er et år gammel.",
]
NEGATIVES_R152_CRITREQ = [
    "Brug en færdig skabelon i stedet, det er ikke raketvidenskab.",
    "Min mor bager med smør. Brug smør i stedet for margarine, det er ikke raketvidenskab.",
    "Træneren har lagt en plan med mål, som jeg ikke har været med til at sætte.",
    "Målene i planen er nogle, jeg selv har været med til at sætte.",
    "Det er tredje måned i træk, at jeg betaler huslejen for sent.",
    "Jeg er enig i, at lægeerklæringen ikke kan bruges, den er for gammel.",
    "Jeg er ikke enig i, at min læge ikke kan lide mig.",
]


@pytest.mark.parametrize("text", POSITIVES_R152_CRITREQ)
def test_r152_critreq_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R152_CRITREQ)
def test_r152_critreq_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# stop 32: weeks without one answer from the jobcentre; all the calls and mails answered by
# nothing — and the same silence from an employer or a friend, which criticises no authority
POSITIVES_R156_LEAD = [
    ("Ikke et eneste svar på fem uger, selvom jeg har skrevet tre gange til jer.", "a"),
    ("Jeg har ringet og mailet til sagsbehandleren, og hvad har jeg fået ud af det? Ingenting.",
     "b"),
]  # fmt: skip
NEGATIVES_R156_LEAD = [
    ("Ikke en eneste besked i to uger fra min kæreste. Jeg savner ham.", "a"),
    ("Jeg tog på kursus i Spanien, og hvad har jeg fået ud af det? En masse venner.", "b"),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R156_LEAD)
def test_weeks_without_an_answer_r156_lead(text: str, register: str) -> None:
    assert "criticism" in triage(text, register).labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R156_LEAD)
def test_silence_from_others_is_no_criticism_r156_lead(text: str, register: str) -> None:
    assert "criticism" not in triage(text, register).labels


# round 156: criticism without the usual words: the citizen never asked his side before a
# letter said what he did, a repayment disputed (told them of the job, paid out anyway), a
# duty that was the jobcentre's own ("selvom det var jeres ansvar"), what they should have
# done ("det burde I have sendt"), a self-service that kills all patience ("gør den
# brugervenlig"); near misses: nobody asking about a holiday, asking whether one must pay
# back, a payout stopped at once, one's own responsibility, papers they should have got by
# now, a child trying one's patience, a firm that made its site usable
POSITIVES_R156_CRITREQ = [
    (
        "Sagsbehandleren har aldrig spurgt mig om min version, men nu står der i brevet, at "
        "jeg udeblev uden grund."
    ),
    (
        "I jeres notat står der, at jeg forlod mødet i vrede. Ingen har nogensinde spurgt mig "
        "om, hvad der foregik."
    ),
    "Det er ikke rimeligt, at jeg nu skal betale 9.500 kr. tilbage for en fejl, I selv har lavet.",
    (
        "Jeg meldte det til sagsbehandleren, da jeg startede på lageret, men I betalte "
        "alligevel kontanthjælp i tre måneder."
    ),
    "Jeg mener ikke, det er fair, at vi skal tilbagebetale boligstøtten for hele året.",
    "Min ansøgning blev væk i jeres postrum, skønt det er kommunens ansvar at registrere den.",
    "Ingen gav mig besked om mødet, selv om det faktisk var sagsbehandlerens opgave.",
    "Min ydelse blev stoppet uden varsel. Det burde jobcentret have varslet.",
    "Afslaget kom uden en eneste linje om hvorfor. Den burde sagsbehandleren da have begrundet.",
    "Jobnet dræber al tålmodighed, jeg har prøvet at logge ind hele formiddagen.",
    "Kommunens nye app til sygemelding er et virvar af menuer. Gør appen brugervenlig, tak.",
]
NEGATIVES_R156_CRITREQ = [
    "Ingen har spurgt mig om, hvad der skete på ferien, og det er helt fint.",
    "Er det rigtigt, at jeg skal betale de 3.000 kr. tilbage?",
    "Jeg synes, det er rimeligt, at jeg skal betale det for meget udbetalte tilbage.",
    (
        "Jeg sagde til jer, at jeg havde fået job, og I stoppede udbetalingen med det samme. "
        "Tak for det."
    ),
    "Jeg ved godt, at det var mit ansvar at sende lønsedlen.",
    "Jeg sendte papirerne i mandags, så det burde I have fået nu.",
    "Min søn på fem dræber al min tålmodighed om morgenen.",
    "Vi har gjort den nye hjemmeside brugervenlig, fortæller firmaet.",
]


@pytest.mark.parametrize("text", POSITIVES_R156_CRITREQ)
def test_r156_critreq_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R156_CRITREQ)
def test_r156_critreq_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 156 (crita): criticism without the usual words: a summons on notice too short to
# meet, politicians asked to think a cut over, a meeting cancelled by staff time after time,
# a wait for an answer judged too long (also in Jutlandic), a practice insinuated with mock
# surprise ("helt tilfældigt, naturligvis"), a decision made without asking one's doctor, a
# payment not received with "Nte måned i træk" (also spelt with ae/aa); near misses: a
# friend's party, a call on the council to go on, the writer's own cancellations, a wait for
# one's sister or the bus, a real chance meeting, the writer who never asked his doctor, a
# payment received
POSITIVES_R156_CRITA = [
    "Kommunen indkalder til møde med to dages varsel og truer med at stoppe min ydelse, hvis "
    "jeg ikke dukker op.",
    "Min sagsbehandler indkaldte mig til aktivering i går. Med tre børn og en mand på "
    "natarbejde er det ikke muligt at finde en løsning på så kort tid.",
    "Byrådet vil lukke værestedet for hjemløse. Jeg beder byrådet om at genoverveje.",
    "Besparelsen på rådgivningen i jobcentret kommer til at ramme de svageste borgere.",
    "Min rådgiver har aflyst vores møde tre gange nu, og jeg står stadig uden plan.",
    "Jobcentret har flyttet min samtale for fjerde gang.",
    "Vi har ventet i fem uger på svar fra kommunen om sygedagpengene. Det er alt for længe.",
    "Det er uanstændigt længe at lade syge borgere vente på en afgørelse.",
    "Afslagene fra kommunen kommer altid lige før jul. Fuldstændig tilfældigt, naturligvis.",
    "Jobcentret holder altid lukket, når der er travlt. Sikkert bare et tilfælde.",
    "Sagsbehandleren har aldrig kontaktet min psykiater, før hun lukkede min sag.",
    "I ringede ikke engang til min læge, inden I besluttede, at jeg kan arbejde fuld tid.",
    "Jeg har ikke fået min sygedagpenge for marts. Det er tredje måned i træk.",
    "Vi har endnu ikke faaet vores ydelse. Hvad sker der? Det er fjerde maaned i traek.",
]
NEGATIVES_R156_CRITA = [
    "Min veninde inviterede til fest med to dages varsel, så det var umuligt at finde en "
    "babysitter på så kort tid.",
    "Jobcentret gav mig besked i god tid, så det var muligt at skaffe pasning.",
    "Jeg opfordrer politikerne til at fortsætte det gode arbejde med cykelstierne.",
    "Jeg opfordrer alle til at tænke sig om en ekstra gang, før de køber en hund.",
    "Jeg har desværre aflyst to gange på grund af sygdom.",
    "Træneren har aflyst kampen tre gange på grund af regn.",
    "Jeg har ventet en time på svar fra min søster. Det er for lang tid.",
    "Det er for lang tid at lade kagen stå i ovnen.",
    "Jeg mødte min gamle lærer i Netto. Helt tilfældigt, selvfølgelig.",
    "Kommunen har valgt deltagerne helt tilfældigt ved lodtrækning.",
    "Jeg spurgte aldrig min læge om bivirkningerne, det var min egen fejl.",
    "Min mor har aldrig kontaktet min læge.",
    "Jeg har fået min kontanthjælp til tiden. Det er tredje måned i træk, at det går fint.",
    "Jeg har ikke fået min kontanthjælp endnu, men den kommer vel i morgen.",
]
ROUND_CRITICISM += POSITIVES_R156_CRITA
ROUND_NO_CRITICISM += NEGATIVES_R156_CRITA


@pytest.mark.parametrize("text", POSITIVES_R156_CRITA)
def test_r156_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R156_CRITA)
def test_r156_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 160 (crita): criticism without the usual words: in mixed English, the way the
# council treats people judged unfair; "er det for meget at forlange" of the jobcentre and
# its rooms found freezing; mock wonder whether anyone at the council ever thought; a demand
# of the jobcentre's course that should not be one; a decision whose reason is two lines
# long; left without word of what to live on; a rule that hits askew and the council urged
# to push for a change; years of handling summed up as "det holder ikke". Near misses: the
# same words at home, in a club, at school, of a shelf or a ball
POSITIVES_R160_CRITA = [
    "Ærligt talt, the way kommunen handles sick people is completely wrong. Min mor fik "
    "aldrig hjælp.",
    "The way the jobcenter treated my father was so humiliating, og ingen sagde undskyld.",
    "Er det virkelig for meget at forlange, at jobcentret svarer på en mail inden for en "
    "måned?",
    "Jeg sad to timer i jobcentrets ventesal. Der var kun 12 grader, og alle sad i "
    "vinterjakke.",
    "I kommunens venterum sad vi og frøs i over en time. Skru nu op for varmen.",
    "Nu er jeg sendt i praktik for syvende gang. Mon nogen i kommunen overhovedet har tænkt "
    "over, hvad det skal føre til?",
    "Endnu en indkaldelse fra jobcentret. Gad vide om nogen på rådhuset nogensinde har spurgt "
    "sig selv, om det virker.",
    "På jobcentrets forløb skulle vi vise vores kontoudtog til hele gruppen. Det bør ikke være "
    "et krav at vise den slags frem.",
    "Det burde ikke være et krav at møde op med sin egen computer for at få sin ydelse.",
    "Kommunen gav mig afslag på boligstøtte med en begrundelse på tre linjer.",
    "Afgørelsen om min sygedagpengesag kom i går. Begrundelsen fyldte knap to sætninger.",
    "Mit ressourceforløb stopper til nytår, og ingen har forklaret mig, hvad jeg så skal leve "
    "af bagefter.",
    "Sagsbehandleren sagde, at jeg ikke er berettiget, men hun fortalte mig ikke, hvad jeg nu "
    "skal leve af.",
    "Kravet om dansk på et bestemt niveau rammer de forkerte, nemlig dem, der har arbejdet i "
    "30 år.",
    "Vi opfordrer udvalget til at lægge pres på for en lovændring, så syge ikke mister deres "
    "ydelse.",
    "Fire sagsbehandlere på to år og ingen afklaring i sagen. Det holder bare ikke.",
    "Min jobplan er blevet lavet om fem gange siden foråret – det holder altså ikke.",
]
NEGATIVES_R160_CRITA = [
    "The way kommunen handled my move was really smooth, tak for hjælpen.",
    "The way she handled the interview was really impressive, sagde min sagsbehandler.",
    "Er det for meget at forlange, at børnene rydder op efter sig selv?",
    "Der var kun 12 grader i min lejlighed i morges, så jeg ringede til viceværten.",
    "Jeg sad og frøs på perronen, mens jeg ventede på toget til jobcentret.",
    "Gad vide om nogen i klubben har tænkt over, hvem der skal bage kage til lørdag.",
    "Mon nogen har spurgt sig selv, hvorfor himlen er blå?",
    "Det burde ikke være et krav at have dyre støvler for at gå til spejder i foreningen.",
    "Det burde være et krav, at alle deltagere på jobcentrets kursus får frokost.",
    "Min datter fik afslag på efterskolen med en begrundelse på to linjer.",
    "Jeg skrev en ansøgning til jobcentret med en begrundelse på to sider.",
    "Jeg har selv lagt et budget for, hvad jeg skal leve af, når dagpengene stopper.",
    "Ingen har fortalt mig, hvad vi skal have at spise til festen på lørdag.",
    "Bolden rammer skævt på stolpen, og dommeren fløjter.",
    "Jeg opfordrer foreningen til at presse på for en ændring af træningstiderne.",
    "Min sagsbehandler har lavet en god plan for mig, og den holder jeg fast i.",
    "Hylden i køkkenet er skæv, og min mand siger, at det holder ikke.",
]
ROUND_CRITICISM += POSITIVES_R160_CRITA
ROUND_NO_CRITICISM += NEGATIVES_R160_CRITA


@pytest.mark.parametrize("text", POSITIVES_R160_CRITA)
def test_r160_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R160_CRITA)
def test_r160_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 160 (critreq): criticism without the usual words: minutes or notes that leave out
# what was said, a telling understatement about priorities, a sarcastic congratulation on yet
# another new plan, "burde skamme sig" over a decision, an unanswered request told as a
# grievance; near misses: minutes praised, an understatement about the weather, a friend
# congratulated, a plan praised, the same unanswered request followed by a polite ask for
# the status, a person told to be ashamed with nothing said of his or her work
POSITIVES_R160_CRITREQ = [
    "Notatet fra samtalen nævner ikke, at min læge har frarådet fuldtidsarbejde.",
    "Mødereferatet afspejler ikke, hvad min sagsbehandler lovede mig om praktikken.",
    "Rådmanden fik ny bil på kommunens regning, mens vi skal spare på alt. Det siger alt om "
    "prioriteringerne på rådhuset.",
    "Der er råd til nye kontormøbler i forvaltningen, men ikke til flere rådgivere. Det siger "
    "en del om kommunen.",
    "Tillykke til kommunen med endnu en ny reform. Den tredje på to år.",
    "Tillykke til forvaltningen med endnu et nyt it-system, som ingen kan finde ud af.",
    "Han burde skamme sig over den afgørelse.",
    "Jeg sendte min klage for otte uger siden og har ikke hørt et ord siden.",
]
NEGATIVES_R160_CRITREQ = [
    "Referatet nævner det hele, tak for det.",
    "Det siger lidt om vejret, at alle går med paraply.",
    "Tillykke med endnu en ny lejlighed, søs!",
    "Tillykke med den nye strategi, den ser rigtig god ud.",
    "Jeg søgte om tilskud til briller for fem uger siden og har ikke hørt noget. Kunne I give "
    "mig en status?",
    "Jeg sendte lægeerklæringen for en måned siden og har intet hørt. Kan du oplyse, hvor "
    "sagen står?",
    "Hun burde virkelig skamme sig.",
]


@pytest.mark.parametrize("text", POSITIVES_R160_CRITREQ)
def test_r160_critreq_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R160_CRITREQ)
def test_r160_critreq_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# stop 32: in English, the way one's own people treat someone criticises no authority; the
# way a caseworker or the jobcentre treats one does
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The way my caseworker treated me at the meeting was so unfair.", True),
        ("The way the jobcentre handles sick people is disgraceful.", True),
        ("The way my sister treats her kids is so unfair.", False),
        ("The way my boyfriend treats me is so rude.", False),
    ],
)
def test_english_treatment_by_staff_or_by_own_people_r160_lead(text: str, expected: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is expected


# round 164 (crita): criticism without the usual words: swearing at what the jobcentre does
# with its rules (also spelt out letter by letter); a case adrift, or passed on and on by
# phone; a wait judged far too long to keep a person in; a practice that does more harm than
# good; hearing from others what the jobcentre's staff are up to; a legal deadline passed;
# a decision made without the doctor being heard; a note that contradicts the evidence. Near
# misses: the same words of a friend, a boat, a bus, a medicine, one's own deadline, a party,
# two relatives' stories, a denied contradiction
POSITIVES_R164_CRITA = [
    "Det er noget lort, det I laver med reglerne for boligstøtte.",
    "Det er m.ø.g. det jobcentret har lavet med min ydelse i år.",
    "Min sag om ressourceforløb sejler fuldstændig, og ingen tager ansvar.",
    "Jeg ringede i formiddags og blev sendt videre seks gange uden at tale med nogen.",
    "Min søster har ventet på svar siden august. Det er urimeligt længe at lade en borger "
    "vente på en afgørelse.",
    "I har ladet mig vente i månedsvis på en samtale om mit revalideringsforløb.",
    "Kravet om daglige jobsøgningsmøder skader de syge mere, end det hjælper.",
    "Aktiveringen på lageret gør mere skade end gavn for folk med rygsmerter.",
    "Hvorfor skal vi læse i avisen, at jobcentret vil skære ned på mentorstøtten?",
    "Hvorfor må jeg erfare fra min a-kasse, at sagsbehandleren har lukket min sag?",
    "Den lovbestemte frist for min afklaring er overskredet med over en måned.",
    "Fristen for afgørelse i min klients sag er for længst overskredet.",
    "Kommunen har stoppet min jobplan, uden at min læge er blevet spurgt.",
    "Min søn blev sendt i praktik, uden at hans psykolog blev inddraget.",
    "Rådgiveren beskrev mig som uengageret. Det er i direkte modstrid med udtalelsen fra "
    "min mentor.",
    "Afgørelsen står i klar modstrid med lægeerklæringen, som I selv har bestilt.",
]
NEGATIVES_R164_CRITA = [
    "Det er noget lort, det I laver med haven, drenge, ryd nu op.",
    "Det er noget skidt, det min nabo laver med sin bil om natten.",
    "Vores båd sejler til Læsø i morgen tidlig.",
    "Jeg blev stillet om én gang og fik straks hjælp.",
    "Jeg ventede alt for længe med at søge om hjælp, det er min egen fejl.",
    "Tandlægen lod mig vente alt for længe i venteværelset i dag.",
    "Den nye medicin skader mig mere, end den hjælper, siger min læge.",
    "Min kollega siger, at hans kur gør mere skade end gavn.",
    "Hvorfor skal jeg høre fra min fagforening, at min kollega har fået nyt job?",
    "Hvorfor skal jeg høre fra min fagforening igen om kontingentet?",
    "Jeg ved godt, at fristen for at klage er overskredet, men jeg vil gerne forklare hvorfor.",
    "Min frist for at aflevere opgaven er overskredet med to dage.",
    "Min bror planlægger festen, uden at hans læge bliver spurgt.",
    "Vi holder fødselsdag på lørdag, uden at min mor bliver spurgt om datoen.",
    "Min datter lod mig vente i ugevis på et svar om brylluppet.",
    "Min mor og min bror fortæller historier, der står i modstrid med hinanden.",
    "Notatet siger, jeg kan arbejde fire timer. Det står ikke i modstrid med rapporten.",
]
ROUND_CRITICISM += POSITIVES_R164_CRITA
ROUND_NO_CRITICISM += NEGATIVES_R164_CRITA


@pytest.mark.parametrize("text", POSITIVES_R164_CRITA)
def test_r164_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R164_CRITA)
def test_r164_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 164 (critreq): a demand called symbolic politics, a lift or ramp at the jobcentre out
# of order for weeks for a writer in a wheelchair or with a walker, letters asked as a rebuke
# to be written so people understand them, the same course again with its number told in the
# next sentence; near misses: symbolic politics as a subject of study or denied, a lift at
# home, a lift mended, a letter asked in English for a relative, the writer's own letters, a
# first course thanked for, a third course looked forward to
POSITIVES_R164_CRITREQ = [
    "Kravet om at møde op på kontoret hver mandag for at få sine penge er bare symbolpolitik.",
    "Det nye loft over ydelsen var aldrig andet end symbolpolitik fra byrådets side.",
    "Rampen ved hovedindgangen til jobcentret har været spærret i over en måned, og med min "
    "rollator er det næsten umuligt at komme ind.",
    "Liften ved jeres bagindgang har været ude af drift i fire uger. Det er svært at komme ind "
    "med min el-kørestol. Kan jeg få samtalen over telefonen?",
    "Kan I ikke skrive skemaer på almindeligt dansk? Jeg har brugt to timer på det ene.",
    "Kunne kommunen ikke lave breve, som almindelige mennesker kan forstå? Jeg måtte have min "
    "nabo til at læse det.",
    "Tak for endnu et jobsøgningsforløb. Det er nu mit fjerde på to år, og jeg er stadig ledig.",
    "Så fik jeg indkaldelse til endnu et afklaringsforløb. Det bliver mit sjette. Hvad skal det "
    "nytte?",
]
NEGATIVES_R164_CRITREQ = [
    "Vi læser om symbolpolitik på statskundskab i dette semester.",
    "Det er ikke symbolpolitik, det er en ordning, der virker for mange ledige.",
    "Elevatoren i min opgang har været i stykker i to uger, så det er svært at komme ud med "
    "kørestolen. Kan vi tage mødet over telefonen?",
    "Elevatoren på rådhuset var i stykker i går, men den virker igen nu. Tak for hjælpen.",
    "Kunne I ikke skrive brevet på engelsk, så min mand kan forstå det?",
    "Jeg kunne ikke skrive breve, som man kan forstå, før jeg fik hjælp af min datter.",
    "Tak for CV-kurset. Det var mit første, og jeg lærte en masse.",
    "Så starter jeg på et nyt IT-kursus i morgen. Det er mit tredje, og jeg glæder mig.",
]


@pytest.mark.parametrize("text", POSITIVES_R164_CRITREQ)
def test_r164_critreq_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R164_CRITREQ)
def test_r164_critreq_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# Probe round 165 (crit): criticism without the usual words: a form told too long with a
# call to make it simpler for a group, a long time in the system with nothing come of it (also
# in dialect), being sent from one to the other, a letter that should have said it, no real
# chance to answer a hearing, a deadline over a weekend, the same course whatever the needs
# with what the law requires; near misses: a citizen asking help with his own form, nothing
# happening to a sore back, a parcel sent around, a letter that simply does not say it, no
# chance to come because of illness, a meeting moved from Friday to Monday, a course the
# writer chose himself
POSITIVES_R165_CRIT = [
    "Vores bageri vil gerne have en praktikant, men ansøgningen fylder 22 sider. Gør det dog "
    "nemmere for mindre virksomheder.",
    "Skemaerne bør gøres enklere for almindelige borgere, for ingen forstår dem.",
    "Jeg har været til møder i kommunen i to år, og der er ikke sket noget som helst.",
    "Min søn har gået til samtaler hos jer i over et år nu. Der er intet sket.",
    "Jobcentret sender os bare fra den ene til den anden, og ingen tager ansvar.",
    "Hver gang jeg ringer, bliver jeg sendt fra person til person.",
    "Der stod intet om mødetidspunktet i indkaldelsen, og det burde der altså.",
    "Hvor jeg skulle aflevere lønsedlerne, burde have stået i brevet fra jer.",
    "Jeg fik høringsbrevet to timer før fristen. Der var ingen reel mulighed for at forholde "
    "sig til det.",
    "Det var ikke en rimelig chance for at kommentere sagen, når papirerne kom så sent.",
    "Brevet kom fredag aften med frist mandag, så jeg måtte bruge hele weekenden på det. "
    "Kommunen giver ikke en reel frist.",
    "Alle ledige over 50 kommer i det samme forløb, uanset hvilken baggrund de har, og der "
    "laves ingen plan for den enkelte, som reglerne jo kræver.",
]
NEGATIVES_R165_CRIT = [
    "Kan I hjælpe mig med at udfylde skemaet? Det er lidt svært for mig.",
    "Vi har været til tre samtaler, og det er gået fint. Tak for hjælpen.",
    "Jeg har haft ondt i ryggen i to år, og der er ikke sket noget med smerterne.",
    "Pakken blev sendt fra den ene adresse til den anden, før den kom frem.",
    "Der står ikke i brevet, hvor mødet er. Kan I sende adressen?",
    "Jeg har ingen reel mulighed for at komme til mødet, da jeg ligger i sengen med feber.",
    "Mødet er flyttet fra fredag til mandag, så jeg kommer mandag kl. 10.",
    "Jeg har selv valgt det samme kursus som min kollega, og det glæder jeg mig til.",
]


@pytest.mark.parametrize("text", POSITIVES_R165_CRIT)
def test_r165_crit_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R165_CRIT)
def test_r165_crit_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 169 (crit): criticism without the usual words: meetings set the same unworkable way
# every time, private questions asked in front of others, too many cases per caseworker and
# the money asked of the council, English notes on a public body and answers only in Danish,
# a meeting moved again and again, deadlines not kept, an IT tool that takes more time than
# the job search or kills motivation, a citizen told he does not look ill; near misses: a
# meeting time that suits, a citizen's own companion, a busy caseworker on holiday, English
# small talk, a meeting moved once, the writer's own deadline, job search against leisure, a
# friend who says he looks well
POSITIVES_R169_CRIT = [
    "Toget fra Ringsted kommer først 8.40, men I sætter mine møder til kl. 8.30 hver eneste "
    "gang. Det har jeg skrevet to gange.",
    "Min rådgiver booker mig igen og igen om morgenen, selvom jeg har sagt fire gange, at "
    "jeg afleverer mine børn.",
    "Jeg blev spurgt ind til mit helbred foran to studerende uden at blive spurgt først.",
    "Sagsbehandleren krydsforhørte mig om min økonomi, mens andre borgere sad lige ved siden af.",
    "Hun har 85 sager, og ingen kan følge op på sådan en arbejdsmængde.",
    "Vi har alt for mange borgere pr. sagsbehandler i Kærby. Det er byrådet, som skal afsætte "
    "ressourcerne.",
    "I wrote three times in English. I svarer altid kun på dansk. Not acceptable for a public "
    "authority.",
    "Jeg skriver på engelsk, men jobcentret sender stadig kun på dansk. Not fair for a "
    "municipal office.",
    "Min samtale er nu aflyst for fjerde gang. Kunne I ikke for en gangs skyld holde en aftale?",
    "Kurset er rykket for tredje gang, og kan I ikke for én gangs skyld give besked i god tid?",
    "Jeg venter stadig på svar. Jobcentret overholder aldrig fristerne.",
    "Send alt skriftligt, for ellers overholder kommunen ikke svarfristen.",
    "Den nye jobportal kvæler al lyst til at søge. Den er umulig at finde rundt i.",
    "Jeg bruger længere tid på at registrere i joblogen end på at søge arbejde.",
    "Min sagsbehandler sagde, at jeg ikke så syg nok ud til et ressourceforløb.",
    "Konsulenten mente, jeg ser rask ud. Sådan noget bør man aldrig sige til syge.",
]
NEGATIVES_R169_CRIT = [
    "I indkalder mig til kl. 10, og det passer mig fint. Tak.",
    "Jeg har sagt det til min datter tre gange, men hun glemmer sin madpakke.",
    "Må jeg tage min søster med til samtalen om min økonomi?",
    "Jeg blev spurgt om min adresse i receptionen, og det gik hurtigt.",
    "Min sagsbehandler har ferie i næste uge. Hvem kan jeg ringe til?",
    "Min nabo har 70 høns i haven, og ingen kan følge med i dem.",
    "Hi, I prefer to write in English. Is that okay? Thank you.",
    "Mødet er flyttet til torsdag, og det er fint med mig.",
    "Jeg kan desværre ikke holde fristen på fredag, fordi jeg er syg. Kan jeg få en uges "
    "udsættelse?",
    "Jeg bruger mere tid på at søge job end på at se fjernsyn, så det går fremad.",
    "Min veninde sagde, at jeg ser rask ud, og det var dejligt at høre.",
    "Den nye portal virker fint, og jeg er glad for den.",
]
ROUND_CRITICISM += POSITIVES_R169_CRIT


@pytest.mark.parametrize("text", POSITIVES_R169_CRIT)
def test_r169_crit_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R169_CRIT)
def test_r169_crit_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 173 (crita): a case long past the municipality's own deadlines, a practice called not
# sustainable, a case not examined properly, money for a system while posts are cut, no
# proper way to speak to a citizen (and an illness waved off as pulling oneself together), a
# staff member's or the jobcentre's rule sworn at, local service gone with rare buses and
# help hard to get in the country; near misses: the writer's own deadline, a car not
# sustainable, the writer's own look, a household's purchase, a child's manners, the weather
# sworn at, a bus remark alone
POSITIVES_R173_CRITA = [
    "Min klage fra marts er stadig ikke besvaret, og det er et godt stykke over jobcentrets "
    "egne frister.",
    "Vi har rykket tre gange. Kommunens svarfrister er for længst overskredet.",
    "Min rådgiver lovede svar inden sommer. Det er simpelthen ikke holdbart, at sagerne om "
    "boligindretning ligger i et halvt år.",
    "Det er ikke holdbart, når syge borgere skal vente så længe på en afgørelse.",
    "Jeg mener ikke, at sagsbehandleren har læst mine lægepapirer grundigt.",
    "Jeg føler ikke, I vurderede min situation ordentligt, da I gav afslag.",
    "Jobcentret fandt penge til en ny it-platform. Året efter blev tre rådgiverstillinger "
    "skåret væk.",
    "Kommunen havde millioner til et konsulentfirma, og så nedlagde de fire "
    "sagsbehandlerstillinger.",
    "Min nabo blev råbt ad af sin rådgiver til samtalen. Det er ingen måde at tale til "
    "borgere på.",
    "Han sagde til min bror, at depression er noget, man bare må tage sig sammen til. Det er "
    "ikke en ordentlig måde at behandle syge mennesker på.",
    "Jakob Bøghs nye fremmødekrav er noget fucking lort, og det ved alle på holdet.",
    "Kommunens nye mødeordning er bare møg for os med små børn.",
    "Vi har ikke haft et udkontor i Vesterby siden 2021, og bussen kører kun to gange om "
    "dagen.",
    "Lokalkontoret i Nørreå blev lukket. Det er næsten umuligt at få hjælp, når man bor ude "
    "på landet.",
]
NEGATIVES_R173_CRITA = [
    "Jeg er bange for, at jeg ikke kan nå over min egen frist for klagen. Kan I hjælpe?",
    "Min gamle bil er ikke holdbar længere, så jeg skal finde en anden måde at komme til "
    "praktikken.",
    "Jeg tror ikke, min søster læste lejekontrakten ordentligt, før hun skrev under.",
    "Jeg synes, I undersøgte det hele grundigt. Tak for det.",
    "Vi havde råd til en ny sofa i år. Samme år blev min mands stilling sparet væk på "
    "fabrikken.",
    "Min søn råber ad sin lillesøster. Det er ingen måde at tale til sin familie på.",
    "Det her regnvejr er noget fucking lort.",
    "Bussen kører kun hver anden time, så jeg tager cyklen til mødet på torsdag.",
    "Jeg bor på landet og har brug for hjælp til at udfylde skemaet. Hvornår kan jeg komme?",
]
ROUND_CRITICISM += POSITIVES_R173_CRITA


@pytest.mark.parametrize("text", POSITIVES_R173_CRITA)
def test_r173_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R173_CRITA)
def test_r173_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 173 (critb): criticism without the usual words: a wait with no word judged too long, a
# summons without a reason called unsafe, an English "disaster" for citizens, a payment late
# again and again, the jobcentre's slowness costing a job, staff cut told with its effect on
# waiting times and a call on the politicians, a claim in a decision flatly denied,
# information never shown nor answered before a decision, a call to vote the committee out;
# near misses: a brother's silence, a wait said not too long, a summons that suits, the
# dentist, weather, a football team, a train, one's own slowness, cutting coffee, a partner's
# claim, a claim that holds, information answered, a film, a vote for the same party, posters
POSITIVES_R173_CRITB = [
    "Jeg sendte min ansøgning om ressourceforløb i marts. Fire måneder uden nogen besked er alt "
    "for længe.",
    "Ti uger uden en eneste tilbagemelding fra jer er for lang tid, når man står uden indtægt.",
    "Jeg er blevet bedt om at komme ind til et møde i morgen. Det er ubehageligt at blive kaldt "
    "ind uden at få at vide hvad det handler om.",
    "Min søn synes, det er stressende at blive indkaldt uden at kende formålet med mødet.",
    "Den nye selvbetjening er a complete disaster for sygemeldte, som ikke kan finde rundt i den.",
    "Jeres reform var en nightmare for handicappede borgere i Vestby.",
    "For tredje måned i træk er vores refusion for praktikanten ikke udbetalt. Hvad sker der?",
    "Udbetalingen af min kontanthjælp er forsinket for anden gang i træk, og huslejen skal "
    "betales.",
    "Kommunens sendrægtighed kostede mig stillingen som pædagogmedhjælper i Lyngby.",
    "Jeg havde fået tilbudt en plads, men ventetiden på jeres godkendelse kostede mig jobbet.",
    "Ledelsen har reduceret sagsbehandlerne fra tolv til syv, og det kan mærkes tydeligt på "
    "svartiden.",
    "Man har halveret antallet af socialrådgivere fra ti til fem. Det bør byrådet tage stilling "
    "til.",
    "Afgørelsen hævder, at jeg udeblev fra kurset i maj. Det er ikke rigtigt, jeg var der hver "
    "dag.",
    "Sagsbehandleren påstår i notatet, at jeg nægtede at tale med lægen. Det gjorde jeg aldrig.",
    "I har lagt vægt på en udtalelse fra min tidligere chef, men jeg har ikke fået mulighed for at "
    "kommentere den.",
    "Jeg har aldrig læst den rapport og har ikke fået lov til at svare på den, før I traf "
    "afgørelsen.",
    "Til kommunalvalget må vi stemme hele byrådet ud, så der kommer nye folk til.",
    "Stem på kandidater, der tager ledige borgere alvorligt, næste gang der er valg.",
]
NEGATIVES_R173_CRITB = [
    "Fire måneder uden regn er for længe for kartoflerne i min have.",
    "Tre måneder uden et eneste livstegn fra min bror i Canada er for længe, synes mor.",
    "Otte dage uden nyt om kurset er ikke for længe, så I må gerne tage jer tid.",
    "Jeg er indkaldt til samtale om min jobplan på tirsdag. Det passer fint.",
    "Det er ubehageligt at gå til tandlægen, men jeg har en tid i næste uge.",
    "Our holiday trip was a disaster for the kids because it rained all week.",
    "Regnvejret var en disaster for borgerne ved byfesten i lørdags.",
    "For tredje år i træk har vores fodboldhold vundet pokalen.",
    "For anden gang i træk er toget forsinket, så jeg kommer lidt senere til mødet.",
    "Min egen langsommelighed med papirerne kostede mig jobbet, og det ærgrer mig.",
    "Jeg har fået jobbet som lagermedarbejder, tak for hjælpen med ansøgningen.",
    "Vi har skåret æblerne i både og lagt dem i ovnen.",
    "Jeg har skåret ned på kaffen fra fem til to kopper om dagen.",
    "Min kæreste påstår, at jeg har glemt hendes fødselsdag. Det har jeg aldrig gjort.",
    "I skriver, at jeg har sendt lønsedlerne. Det passer, de blev sendt i går.",
    "Jeg har fået oplysningerne fra jer og har fået lov at sige noget til dem på mødet.",
    "Jeg har aldrig set den dokumentar og har ikke fået lov at se slutningen af den.",
    "Ved næste valg stemmer jeg nok på det samme parti som sidst.",
    "Efter valget skal vi smide de gamle plakater ud i containeren.",
]

ROUND_CRITICISM += POSITIVES_R173_CRITB


@pytest.mark.parametrize("text", POSITIVES_R173_CRITB)
def test_r173_critb_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R173_CRITB)
def test_r173_critb_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# stop 33: the writer calls the wait or the change fine in the same sentence: no criticism by
# the cues ("det er ikke i orden" still is)
@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        ("Jeg har ventet fire uger på svar fra jer, men det er helt i orden.", False),
        ("Mødet blev flyttet to gange, men det er fint.", False),
        ("Jeg har ventet fire uger på svar fra jer, og det er ikke i orden.", True),
        ("Mødet blev flyttet to gange, og det er ikke i orden.", True),
    ],
)
def test_a_wait_called_fine_is_no_criticism(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# round 177 (crit): criticism without the usual words: a rhetorical "why" about appointments
# that are not kept, idle work and boredom in an activation, a decision called foolish, a
# relative's disagreement with a benefit stopped and a decision wanted changed, the sick
# pushed into work before they are well, bad service judged in English, a decision made
# without fetching the records; near misses: a private "why", the doctor's waiting room, a
# child bored in the holidays, the writer's own foolish decision, a relative who agrees, a
# decision wanted on paper, a holiday disagreement, a praktik one looks forward to, a hotel's
# service, the writer's own records not fetched, records fetched
POSITIVES_R177_CRIT = [
    "Hvorfor sender I en indkaldelse med et klokkeslæt, når tiden alligevel aldrig bliver "
    "overholdt?",
    "Jeg ventede to timer i venterummet, før nogen hentede mig. Hvorfor giver de os en tid "
    "til samtalen, hvis den alligevel ikke holdes?",
    "Jeg dør af kedsomhed i den her praktik. Giv mig noget meningsfuldt at lave.",
    "Otte uger med at sortere skruer på et lager. Jeg går til af kedsomhed.",
    "Det var en dum idé at lukke skranken i Vestby, for nu skal alle ældre tage bussen til "
    "byen.",
    "Det er en tåbelig prioritering at spare på tolkene, når mange borgere ikke taler dansk.",
    "Min mor har bedt mig skrive. Hun er ikke enig i, at hendes kontanthjælp skal nedsættes "
    "fra april.",
    "Jeg skriver for min bror. Han vil have afgørelsen lavet om, fordi han var syg den dag.",
    "Med de nye regler bliver folk med kræft sendt ud i jobtræning, før de er "
    "færdigbehandlede.",
    "Reformen betyder, at sygemeldte bliver presset tilbage i arbejde, før de er klar.",
    "Awful communication from the jobcentre. Jeg har ringet fem gange uden at få svar.",
    "Jeg fik et brev, jeg ikke forstod. Please improve your communication with people who "
    "don't read Danish.",
    "Kommunen indhentede ikke engang speciallægeerklæringen, før de afviste min ansøgning.",
    "Sagsbehandleren har aldrig indhentet oplysningerne fra sygehuset, og alligevel blev "
    "sagen lukket.",
]
NEGATIVES_R177_CRIT = [
    "Hvorfor tager du ikke bussen, når du alligevel ikke skal bruge bilen?",
    "Jeg sad to timer på venteværelset hos lægen i dag, så jeg kommer lidt senere.",
    "Min søn går til af kedsomhed i sommerferien.",
    "Det var en dum beslutning af mig at flytte til Jylland midt i vinteren.",
    "Jeg traf en tosset beslutning om at lægge alle pengene i aktier.",
    "Min far er enig i, at hans sygedagpenge skal stoppe, for han er rask nu.",
    "Hun vil gerne have afgørelsen sendt med posten.",
    "Han er ikke enig i, at vi skal holde ferie i Spanien.",
    "Jeg bliver sendt i praktik i morgen, og jeg glæder mig.",
    "Terrible service at the hotel in Aarhus last weekend.",
    "Jeg indhentede aldrig journalen, for jeg glemte det.",
    "I indhentede journalen fra sygehuset i sidste uge. Tak for det.",
]
ROUND_CRITICISM += POSITIVES_R177_CRIT


@pytest.mark.parametrize("text", POSITIVES_R177_CRIT)
def test_r177_crit_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R177_CRIT)
def test_r177_crit_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


POSITIVES_R181_SELFCRIT = [
    "Min datter fik afslag på boligstøtte på baggrund af en bestemmelse, der slet ikke gælder "
    "i hendes situation.",
    "Jobcentret har afvist min ansøgning med henvisning til reglerne, som jo ikke omfatter mig, "
    "da jeg er over 30.",
]
NEGATIVES_R181_SELFCRIT = [
    "Afslaget er givet med henvisning til en regel, som gælder for alle unge under 30, og det "
    "accepterer jeg.",
    "Kan I fortælle, hvilken paragraf afslaget henviser til, og om den gælder for hende?",
]
ROUND_CRITICISM += POSITIVES_R181_SELFCRIT


@pytest.mark.parametrize("text", POSITIVES_R181_SELFCRIT)
def test_r181_selfcrit_rule_not_applying(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R181_SELFCRIT)
def test_r181_selfcrit_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 183 (critb): criticism said sideways — courses leading nowhere, an ironic comparison
# with other municipalities, a meeting without an interpreter, a claim not in the law, due
# process missing in cases, empty promises with no follow-up
POSITIVES_R183_CRITB = [
    "Jeg er 61 og har været gennem fire aktiveringsforløb i Vestby, som aldrig førte nogen vegne.",
    "Hver mandag cykler jeg til Nordhavn til en workshop, der fører ingen steder.",
    "Mon ikke der findes jobcentre, hvor man bliver lyttet til frem for at blive sendt på "
    "kursus igen og igen.",
    "Mon ikke der er andre kommuner, hvor unge med angst faktisk får en psykolog.",
    "Min mor taler ikke dansk. Der var ingen tolk til samtalen, så hun anede ikke, hvad hun "
    "skrev under på.",
    "Min bror forstod ikke et ord af mødet, fordi der ikke var bestilt tolk.",
    "Rådgiveren siger, at jeg skal aflevere min bil. Der står ingen steder i lovgivningen, at "
    "det er et krav.",
    "Det står der ikke noget om i paragraffen, men alligevel kræver de det af mig.",
    "Vi har læst 30 afgørelser igennem, og i over halvdelen mangler klagevejledningen.",
    "Sanktionen blev givet uden partshøring, og det er ikke første gang.",
    "Jobkonsulenterne lover arbejdsgiverne alt mellem himmel og jord, men der sker intet bagefter.",
    "Jeg har været i praktik to gange uden en eneste opfølgningssamtale fra jobcentret.",
]
NEGATIVES_R183_CRITB = [
    "Stien bag skolen fører ingen steder hen, så vi vendte om.",
    "Kurset i svejsning førte til et fast job hos Hansens Maskiner.",
    "Mon ikke der findes et hold i Vestby, hvor jeg kan spille badminton om tirsdagen?",
    "Findes der kommuner, hvor man kan få tilskud til briller?",
    "Jeg taler godt dansk nu, så I behøver ikke bestille tolk til mødet. Jeg forstår det hele.",
    "Jeg har brug for en tolk til mødet på torsdag, da jeg ikke taler dansk så godt.",
    "Der står ikke noget om parkering i brevet fra tandlægen.",
    "Står der noget i loven om, hvor mange dage man må holde ferie?",
    "Jeg mangler at sende lønsedlerne, så det gør jeg i morgen.",
    "Jeg har fået partshøringen og svarer inden fredag.",
    "Min kæreste lovede mig guld og grønne skove, da vi flyttede sammen.",
    "Opfølgningssamtalen i går var god, og jeg fik en plan.",
]
ROUND_CRITICISM += POSITIVES_R183_CRITB


@pytest.mark.parametrize("text", POSITIVES_R183_CRITB)
def test_r183_critb_criticism_said_sideways(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R183_CRITB)
def test_r183_critb_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 183 (lead): a meeting that went well without an interpreter is no complaint
@pytest.mark.parametrize(
    ("text", "criticised"),
    [
        ("Samtalen forløb helt fint uden tolk, og jeg forstod alt.", False),
        ("Mødet i tirsdags gik godt uden oversætter.", False),
        ("Mødet blev holdt uden tolk, så jeg forstod ingenting af det.", True),
        ("I holdt samtalen uden tolk, selv om jeg bad om en.", True),
    ],
)
def test_a_meeting_without_an_interpreter_that_went_well(text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticised


POSITIVES_R183_CRITA = [
    "Jeg ventede over en time i jobcentrets venteværelse, selvom jeg havde en aftalt tid.",
    "Vi ventede 40 minutter på trods af en booket tid, og ingen sagde noget.",
    "Sagerne hober sig op, fordi der er alt for få sagsbehandlere til at følge op.",
    "Problemet er, at afdelingen ikke har personale nok til at svare borgerne.",
    "Du lægger altid samtalerne om morgenen, selv om du godt ved, at jeg har nattevagter.",
    "I sender hver gang brevene til min gamle adresse, selvom I ved, at jeg er flyttet.",
    "Rådgiveren skrev, at jeg ville få en afgørelse inden tre uger. Nu er det juni.",
    "Jeg fik at vide, at der ville komme svar senest i februar. Nu er vi i september.",
    "Åbningstiden i Borgerservice passer slet ikke til folk, der arbejder på fabrikken.",
    "Jeres telefontid passer ikke til forældre, der henter børn klokken 15.",
    "Skør idé: hvad med at ringe tilbage, når man har lovet det?",
    "Hvad med at besvare beskeder inden for en rimelig tid?",
    "Det er galskab, fordi der ingen ledige job er i vores område.",
    "At kræve tolv ansøgninger om måneden? Det er det rene vanvid, når der kun er tre stillinger.",
    "Jobcentret smykker sig med lånte fjer, når det praler af sine tal.",
    "Rapporten er et skønmaleri af tallene for ledigheden.",
]
NEGATIVES_R183_CRITA = [
    "Jeg ventede 20 minutter hos frisøren, selvom jeg havde en aftalt tid.",
    "Der var ikke folk nok til en fodboldkamp i klubben i går.",
    "I inviterer altid til sommerfest, selvom I ved, at jeg elsker kage. Tak for det!",
    "Hun sagde, at pakken ville komme inden to dage. Nu er det kun onsdag.",
    "Jeres åbningstid passer fint til os, der arbejder om eftermiddagen.",
    "Vild idé: hvad med at vi tager i Zoologisk Have på lørdag?",
    "Det er vanvid, når min bror spiller trommer klokken seks om morgenen.",
    "Påfuglen pynter sig med sine flotte fjer i haven.",
]
ROUND_CRITICISM += POSITIVES_R183_CRITA
# an insult told first and then left for the point ("…, men problemet er …"): both labels
INSULT_TURN_R183_CRITA = [
    "Konsulenten var en idiot, men det virkelige problem er, at I ikke har folk nok.",
    "Min gamle sagsbehandler var en kvaj, men det er jer, der har alt for få medarbejdere "
    "til at følge op.",
]
INSULT_NO_TURN_R183_CRITA = [
    "Der er ikke folk nok i afdelingen, men den nye sagsbehandler er en idiot.",
    "Hun er en tåbe, men det er mig ligegyldigt.",
]


@pytest.mark.parametrize("text", POSITIVES_R183_CRITA)
def test_r183_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R183_CRITA)
def test_r183_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


@pytest.mark.parametrize("text", INSULT_TURN_R183_CRITA)
def test_r183_crita_insult_then_turn_to_criticism(text: str) -> None:
    labels = set(triage(text).labels)
    assert {"criticism", "insult"} <= labels


@pytest.mark.parametrize("text", INSULT_NO_TURN_R183_CRITA)
def test_r183_crita_insult_without_turn(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 187 (critreq): criticism without the usual words: never heard on what a decision rests
# on, a rule called a political choice that can be undone, a principle of administrative law
# set aside, a way in so badly signposted that citizens get lost
POSITIVES_R187_CRITREQ = [
    "Jeg har ikke fået mulighed for at kommentere de udtalelser, sagsbehandleren lægger vægt på.",
    "Jeg har endnu ikke fået chancen for at svare på lægekonsulentens vurdering, og nu er der "
    "truffet afgørelse.",
    "At sætte ydelsen ned var en politisk beslutning, og den kan laves om.",
    "Integrationsydelsen er politisk bestemt, og den kan afskaffes igen.",
    "Forvaltningen har overtrådt undersøgelsesprincippet ved ikke at spørge min læge.",
    "Efter vores opfattelse har jobcentret tilsidesat vejledningspligten over for min klient.",
    "Jobcentret burde skilte tydeligere ved indgangen, man går jo vild i kælderen.",
    "I sku' da skilte vejen bedre herude.",
]
NEGATIVES_R187_CRITREQ = [
    "Jeg har fået lov at sige noget til oplysningerne på mødet, tak for det.",
    "Jeg har aldrig fået lov at sige noget til min far om det.",
    "Det var et politisk valg at stille op til byrådet, og det kan jeg godt forstå.",
    "Kommunalvalget er et politisk valg, og jeg stemmer altid.",
    "Kommunen har overholdt officialprincippet i sagen.",
    "Officialprincippet betyder, at kommunen selv skal oplyse sagen.",
    "Jeg har tilsidesat mine egne behov i mange år.",
    "Vi skal skilte bedre til loppemarkedet på lørdag.",
    "Man farer let vild i Rold Skov.",
]


@pytest.mark.parametrize("text", POSITIVES_R187_CRITREQ)
def test_r187_critreq_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R187_CRITREQ)
def test_r187_critreq_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 187 (crita): criticism said without the usual words — hindsight on an investigation
# not done, a deadline long overrun, a measure that makes the sick sicker, messages left
# unanswered (passive), a long process without any offer, a website that told it wrong
POSITIVES_R187_CRITA = [
    "Sagsbehandleren skulle have tjekket mine lægepapirer grundigt fra starten, så var jeg "
    "sluppet for et år uden penge.",
    "Kommunen burde have udredt min ryg nærmere, før I stoppede mit forløb.",
    "Svarfristen i loven er for længe siden overskredet, og jeg har stadig intet hørt fra jer.",
    "Jeg har ventet på min afgørelse i ni uger, og fristen er klart overskredet.",
    "Folk med stress bliver jo kun endnu mere syge af kravene om at søge fire job om ugen.",
    "Man bliver dobbelt stresset af at blive indkaldt til samtale, når man ligger i sengen "
    "med diskusprolaps.",
    "Henvendelser til Ydelseskontoret bliver aldrig besvaret, så jeg er nødt til at møde op.",
    "Mine beskeder i e-Boks blev heller ikke besvaret i sidste måned.",
    "Min søn har været i ressourceforløb i to år uden nogen plan for, hvad der skal ske.",
    "Jeg har gået på kontanthjælp i 18 måneder uden et eneste jobtilbud fra jobcentret.",
    "Borgerservice var lukket hele formiddagen, selvom kommunens hjemmeside skrev åbent. "
    "Få dog rettet jeres hjemmeside.",
    "Jobcentret var lukket i går, skønt jeres side sagde åbent til kl. 15.",
]
NEGATIVES_R187_CRITA = [
    "Jeg burde have læst kontrakten grundigt dengang, før jeg købte bilen.",
    "Vi skulle have set den film dengang i biografen.",
    "Jeg ved godt, at min klagefrist er for længst overskredet, men jeg vil gerne klage alligevel.",
    "Tilmeldingsfristen til stævnet er for længst overskredet, desværre.",
    "Jeg blev mere syg af at spise den gamle kylling.",
    "Børnene bliver mere syge af at gå i vuggestue om vinteren.",
    "Mails bliver ikke besvaret i weekenden, men mandag morgen.",
    "Beskeder til min frisør bliver sjældent besvaret, så jeg ringer i stedet.",
    "Jeg har haft samme mobilabonnement i tre år uden et eneste tilbud fra selskabet.",
    "Holdet har spillet i to år uden et eneste nederlag.",
    "Bageren var lukket, selvom butikkens hjemmeside sagde åbent.",
    "Få nu opdateret din telefon, så du kan se billederne fra festen.",
]
ROUND_CRITICISM += POSITIVES_R187_CRITA


@pytest.mark.parametrize("text", POSITIVES_R187_CRITA)
def test_r187_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R187_CRITA)
def test_r187_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 191 (critb): criticism said by figure or irony — a case dragged out "i det
# uendelige", a head run against a wall in every call, letters written so no one can read
# them, praise of management's new plan beside a jab at it, and a system that "taber" papers
POSITIVES_R191_CRITB = [
    "Hvorfor skal kommunen trække min ansøgning ud i det uendelige? Alt er sendt i marts.",
    "Min sag om ressourceforløb bliver trukket ud i en evighed, og ingen svarer mig.",
    "Det er som at løbe panden mod en mur, hver gang jeg skriver til jobcentret i Viborg.",
    "Jeg banker hovedet mod en mur, hver gang jeg forsøger at få fat i min sagsbehandler.",
    "Jeres afgørelser er formuleret, så ingen almindelige mennesker kan forstå dem.",
    "Brevene fra Ydelseskontoret er skrevet, så man ikke kan læse dem uden en jurist.",
    "Kæmpe ros til direktionens nye strategi: nu skal vi klare en samtale på fem minutter. "
    "Mon ikke byrådet snart indser, at ledige ikke er maskiner?",
    "Stor ros til kommunens seneste tiltag. Mon ikke ledelsen en dag finder ud af, at borgere "
    "ikke er numre i et regneark?",
    "Det er tredje gang, jeres system taber mine lægeerklæringer. Kan I finde dem?",
]
NEGATIVES_R191_CRITB = [
    "Jeg vil ikke trække historien ud i det uendelige, så her er det korte svar.",
    "Vi trak festen ud i en evighed, for ingen ville gå hjem.",
    "Jeg faldt på isen og slog hovedet mod en mur ved jobcentret i går, så jeg kommer ikke.",
    "Min søn snublede og slog panden mod en mur i børnehaven.",
    "Tak for brevet, det var skrevet, så alle kunne forstå det.",
    "Min datter har skrevet et digt, så flot at ingen kan tro det.",
    "Stor ros til min sagsbehandler Lisbeth for en god samtale i tirsdags.",
    "Kæmpe ros til jeres nye hjemmeside, den er let at finde rundt i.",
]
ROUND_CRITICISM += POSITIVES_R191_CRITB


@pytest.mark.parametrize("text", POSITIVES_R191_CRITB)
def test_r191_critb_criticism_by_figure_or_irony(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R191_CRITB)
def test_r191_critb_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 191 (crita): criticism said with a curse, for another, or of a policy — a cursed
# "what is the point", the jobcentre that could help more, a dialect "not all right", a new
# staff member at every meeting, a model that kills the wish to hire, retelling an illness
POSITIVES_R191_CRITA = [
    "Min far på 60 er sendt i aktivering for tredje gang. Hvad pokker er pointen?",
    "Hvad satan er logikken i at sende syge folk på CV-kursus?",
    "Hvis kommunen kunne gøre lidt mere, ville mange slippe for at gå ned med stress.",
    "Jeg synes, sagsbehandlerne burde lytte noget mere til os, der er syge.",
    "Det er jo ik i orden, at chefen har stoppet kørselsgodtgørelsen for os i Thyholm.",
    "Det her er itj rimeligt, I sender folk hjem uden svar.",
    "Hver gang vi har møde, sidder der en ny sagsbehandler, og min søn lukker helt i.",
    "Min datter har fået en ny kontaktperson til hvert møde i et halvt år.",
    "Den nye sygemeldingsmodel kvæler al lyst til at vende tilbage på arbejde.",
    "Refusionsmodellen dræber ethvert initiativ hos de små virksomheder.",
    "Min mor skal fortælle sin diagnose forfra til hver samtale, og det slider hende ned.",
    "Kunne sagsbehandleren ikke bare læse akterne, før vi mødes?",
]
NEGATIVES_R191_CRITA = [
    "Hvad fanden er meningen med livet, spurgte han efter tredje øl.",
    "Hvad helvede var pointen med den film?",
    "Jobcentret kunne ikke hjælpe mere, for de havde allerede gjort alt.",
    "Det er helt fint. Jeg ved godt, at I ikke kunne gøre mere for mig dengang.",
    "Min nabo kunne godt hjælpe lidt mere i haven.",
    "Jeg er itte helt i orden i dag, jeg har feber.",
    "Ølkassen er itte i orden, den er tom.",
    "Hver gang vi får en ny medarbejder i butikken, holder vi morgenmad.",
    "Hver gang jeg går forbi bageren, er der nye kager i vinduet.",
    "Den nye sofamodel er rigtig god at sidde i.",
    "Varmen dræber enhver lyst til at gå en tur.",
    "Jeg skal fortælle historien om de tre bukkebruse forfra hver gang han skal sove.",
    "Kan du ikke bare læse bogen færdig i aften?",
]
ROUND_CRITICISM += POSITIVES_R191_CRITA


@pytest.mark.parametrize("text", POSITIVES_R191_CRITA)
def test_r191_crita_criticism_with_swearing_or_for_others(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R191_CRITA)
def test_r191_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 195 (crita): criticism inside a request or complaint — notes that put words in the
# writer's mouth, a payment always late, too many caseworkers to build trust, the
# jobcentre's act called an error, a course of theirs deadly dull, scorn at what the
# jobcentre is for, a plain "uenig" with a demand that the decision be changed
POSITIVES_R195_CRITA = [
    "Jeg vil se journalen, som min rådgiver Per Holm har ført. "
    "Der står udsagn, jeg aldrig har udtalt.",
    "I referatet fra samtalen i Vejle står der noget, vi ikke har sagt, og det skal rettes.",
    "Boligstøtten kommer næsten altid for sent, så huslejen ryger.",
    "Jeg synes, det er træls, at børnepengene hver eneste gang er forsinkede i Horsens.",
    "Med fem rådgivere på et år er det umuligt at skabe tillid for min far.",
    "Han har fået fire nye. Det er håbløst at opbygge en relation på den måde.",
    "Jobcentret har trukket mig i ydelsen tre gange i år. Det er forkert, og pengene skal tilbage.",
    "Kommunen har nedsat min boligstøtte uden grund. Dette er ulovligt.",
    "Kommunens jobsøgningsforløb var ærligt talt pissekedeligt, men jeg kommer igen.",
    "Jeres nye workshop om LinkedIn er helt vildt kedelig og alt for lang.",
    "Man skulle ellers tro, at kommunen var der for at hjælpe borgerne.",
    "Formålet er åbenbart bare at krydse af i skemaer, ikke at finde os job.",
    "Beslutningen om min sanktion holder ikke. Vi er uenige og vil have den omgjort.",
    "Vurderingen af min arbejdsevne bygger på gamle papirer. "
    "Jeg er helt uenig og kræver den genvurderet.",
]
NEGATIVES_R195_CRITA = [
    "I avisen står der ting, jeg aldrig har sagt om min nabo.",
    "I notatet står der ting, jeg har sagt til min læge, og det er fint.",
    "Bussen til Aalborg kommer altid for sent om morgenen.",
    "Min løn fra lageret kommer altid for sent, så jeg må låne af min bror.",
    "Det er svært at opbygge tillid til en ny kæreste efter et brud.",
    "Vores træner er sød, og det er umuligt at opbygge tillid i holdet uden tid.",
    "I har udbetalt pengene til tiden. Det er en fejl at tro, det altid går sådan.",
    "Min fætters kursus i svejsning er ærlig talt dræbende kedeligt.",
    "Jeres kursus var slet ikke kedeligt, tværtimod.",
    "Man skulle tro, at bageren var til for at bage brød.",
    "Min mand og jeg er uenige om farven, og jeg vil have den ændret.",
    "Målet er at løbe fem kilometer på under en halv time.",
]
ROUND_CRITICISM += POSITIVES_R195_CRITA


@pytest.mark.parametrize("text", POSITIVES_R195_CRITA)
def test_r195_crita_criticism_inside_requests(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R195_CRITA)
def test_r195_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


POSITIVES_R195_CRITB = [
    # the fault is management's, not the caseworker's
    "Mustafa Lindqvist gør sit bedste. Det er ikke ham der er problemet, det er ledelsen, "
    "der har skåret i bemandingen.",
    "Jeg ved godt, at rådgiverne løber stærkt, men kommunen gider ikke afsætte penge til "
    "flere sagsbehandlere.",
    # a long wait past the appointment in the waiting room
    "I går sad jeg i ventelokalet i over 40 minutter uden at nogen sagde noget.",
    "Kan I ikke bare give besked, hvis I er bagud med møderne? Jeg har et barn, der skal hentes.",
    # a tally of meetings and courses, and no job
    "To år på kontanthjælp: 9 møder, 4 kurser og stadig ingen job at se.",
    "Jeg har været igennem 3 praktikker og et cv-værksted, men ikke et eneste arbejde er "
    "kommet ud af det.",
    # the record says what the citizen never said
    "I journalen står der noget om min alkohol, som jeg aldrig har sagt til nogen.",
    "Referatet fra mødet i marts gengiver ting, som jeg aldrig har udtalt.",
    # meetings turned hollow
    "Møderne er nu fem minutter, hvor rådgiveren sidder og kigger på computeren hele tiden.",
    "Giv os de personlige samtaler tilbage, så man kan snakke med et menneske.",
    # letters in legal language
    "Kommunens afgørelse var fyldt med paragraffer, og jeg forstod ikke et ord af den.",
    "Kunne I ikke skrive så helt almindelige borgere kan forstå, hvad der står?",
    # a decision on information never seen
    "Min ydelse er stoppet på grund af en udtalelse fra rehabiliteringsteamet, som jeg "
    "ikke har fået at se.",
    "Beslutningen bygger på nogle papirer fra sygehuset, som vi aldrig har læst.",
    # the jobcentre's own task, not the citizen's
    "Det bør være kommunens ansvar at indhente lægeerklæringen, ikke mit.",
    "Hver uge skal jeg rende med sedler frem og tilbage mellem speciallægen og jobcentret.",
]
NEGATIVES_R195_CRITB = [
    "Det er ikke ham der er problemet, det er mig, der har svært ved at stole på folk.",
    "Min kæreste vil ikke ansætte en flyttemand, så vi bærer selv.",
    "Vi sad i venteværelset hos tandlægen i 30 minutter, men det var helt fint.",
    "Kan du ikke bare sende en sms, når du er på vej hjem fra træning?",
    "Holdet har spillet 6 kampe og fået 0 point.",
    "Jeg har 2 kurser i næste måned og glæder mig.",
    "Min søster påstår ting, som jeg aldrig har sagt.",
    "Jeg har aldrig sagt, at samtalen var dårlig.",
    "Den nye lampe giver ingen værdi til stuen.",
    "Min far kigger på telefonen hele tiden, når vi spiser.",
    "Jeg læser jura og elsker juridisk sprog.",
    "Skriv nu pænt til mormor, så hun bliver glad.",
    "Vi har besluttet at holde fødselsdag, selvom jeg aldrig har set stedet.",
    "Vi har besluttet os ud fra nogle billeder af huset, som min mor aldrig har set.",
    "Det burde være jeres opgave at rydde op efter festen, ikke min.",
    "Jeg cyklede frem og tilbage mellem stranden og sommerhuset hele dagen.",
]
ROUND_CRITICISM += POSITIVES_R195_CRITB


@pytest.mark.parametrize("text", POSITIVES_R195_CRITB)
def test_r195_critb_criticism_of_practice_and_management(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R195_CRITB)
def test_r195_critb_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 195 (lead): the writer's own unread papers or forgotten payslips are no complaint
@pytest.mark.parametrize(
    ("text", "criticised"),
    [
        ("Vi har ikke læst erklæringen endnu, men vender tilbage i morgen.", False),
        ("Jeg glemte at sende lønsedlerne to gange, undskyld.", False),
        ("I har stadig ikke læst lægeerklæringen, selvom jeg har sendt den tre gange.", True),
    ],
)
def test_own_unread_or_unsent_papers(text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticised


# round 199 (crit): criticism inside requests and letters — a jobcentre measure that made the
# writer sicker, the jobcentre's own rules or deadlines not kept, weeks with not a word, a
# benefit missing that no one can explain, "det synes jeg er for dårligt" after a broken
# promise, a payment late month after month, help that hangs on luck with the caseworker;
# and the writer's own wrong papers, which are no criticism
POSITIVES_R199_CRIT = [
    "Det aktiveringsforløb, jobcentret sendte mig i, har kun gjort mig mere syg.",
    "Praktikken på lageret har gjort min ryg værre, og nu har jeg ondt hver dag.",
    "Jeg har ikke fået svar på min klage, skønt I efter jeres egne frister "
    "burde have svaret for længst.",
    "Udbetalingen er ikke kommet, selv om den ifølge kommunens egne regler "
    "skal ske den sidste hverdag.",
    "Nu har min mor ventet i seks uger uden at have modtaget et eneste brev fra kommunen.",
    "Der er gået to måneder, uden at jeg har hørt noget svar på min ansøgning.",
    "Min boligstøtte blev stoppet, og ingen kunne forklare mig hvorfor.",
    "Ydelsen er sat ned med 2.000 kr., men ingen på jobcentret kan forklare hvorfor.",
    "Hun sagde, jeg ville få svar i uge 10. Nu er vi i uge 20. Det synes jeg er alt for ringe.",
    "Det finder jeg simpelthen for dårligt af jobcentret.",
    "Min sygedagpenge er ikke kommet. Det er fjerde gang i træk, at de er forsinket.",
    "Udbetalingen er forsinket for tredje måned i træk.",
    "Borgerne må være heldige med deres konsulent for at få et ordentligt forløb.",
    "Det holder ikke, at man skal være heldig med sin rådgiver. Systemet bør fungere for alle.",
]
NEGATIVES_R199_CRIT = [
    "Kemokuren har gjort mig mere syg, men lægen siger, det går over.",
    "Forløbet hos fysioterapeuten har gjort mig stærkere.",
    "Jeg sender lønsedlerne i dag, selvom jeg efter jeres regler først "
    "skulle sende dem i næste uge.",
    "Ifølge jeres regler skal lønsedlerne være sendt inden fredag.",
    "Vi var på ferie i tre uger uden at have fået et eneste opkald fra arbejdet.",
    "Det har taget tre uger at male huset, uden at vi har fået hjælp fra nogen.",
    "Min computer går ned hele tiden, og ingen kan forklare hvorfor.",
    "Lønnen fra Netto kom for sent, men chefen kunne forklare hvorfor.",
    "Det synes jeg er for dårligt vejr til en tur.",
    "Det synes jeg ikke er for dårligt.",
    "Det er tredje måned i træk, at toget er forsinket om morgenen.",
    "Det er anden gang i træk, jeg selv kommer for sent med lønsedlerne.",
    "Jeg var heldig med min sagsbehandler, hun er fantastisk.",
    "Man skal være heldig med vejret for at se nordlys.",
    "Ups, jeg har sendt den forkerte lønseddel. Her kommer den rigtige.",
    "Vi kom til at uploade de forkerte papirer, undskyld.",
]
ROUND_CRITICISM += POSITIVES_R199_CRIT


@pytest.mark.parametrize("text", POSITIVES_R199_CRIT)
def test_r199_crit_criticism_inside_requests(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R199_CRIT)
def test_r199_crit_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


def test_r199_crit_wrong_papers_of_ones_own_but_theirs_stay() -> None:
    text = "I har sendt mig de forkerte papirer, og nu er min ydelse stoppet."
    assert "criticism" in triage(text).labels


# round 203 (critb): the jobcentre itself late month after month; a job-search quota that
# breeds pointless applications, with a rhetorical "who benefits?"; mock anticipation of the
# employer who would hire for the trivial thing the jobcentre counted
POSITIVES_R203_CRITB = [
    "Det er fjerde uge i træk at jobcentret er forsinket med svaret på min ansøgning om tilskud.",
    "Kommunen er bagud for tredje måned i træk med min refusion, og jeg må låne til husleje.",
    "Med det krav om 30 ansøgninger på en måned søger folk bare hvad som helst. "
    "Hvem har gavn af det?",
    "Virksomhederne oversvømmes med ansøgninger fra ledige, der skal opfylde et krav. "
    "Hvem gavner det?",
    "Min rådgiver siger, jeg er parat, fordi jeg kan tale i telefon. Jeg glæder mig til at se, "
    "hvilken virksomhed der betaler folk for at tale i telefon.",
    "Konsulenten skrev jeg var jobparat efter to timer i praktik. Jeg glæder mig til at høre "
    "hvilket firma der hyrer nogen til at tørre støv af en gang om ugen.",
]
NEGATIVES_R203_CRITB = [
    "Undskyld, det er anden gang i træk jeg er forsinket til samtalen.",
    "Bussen er forsinket for tredje gang i træk, så jeg kommer lidt senere.",
    "Jeg søger bare hvad som helst for at komme i arbejde, så hjælp mig gerne med et CV.",
    "Virksomhederne drukner i ansøgninger efter jul, siger min søster.",
    "Jeg glæder mig til at høre, hvilken arbejdsgiver der vil ansætte mig efter praktikken.",
    "Jeg glæder mig til at se hvilken virksomhed der har svaret på min ansøgning.",
]
ROUND_CRITICISM += POSITIVES_R203_CRITB


@pytest.mark.parametrize("text", POSITIVES_R203_CRITB)
def test_r203_critb_irony_and_questions(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R203_CRITB)
def test_r203_critb_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# --- round 203 (helper veiledb): a meeting place with no lift or ramp for a writer (or the one
# helped) in a wheelchair or with a walker is criticism of the jobcentre's access. Near misses:
# the writer's own flat without a lift, thanks for a meeting moved downstairs.
POSITIVES_R203_VEILEDB = [
    "Jeres kontor ligger på 3. sal uden elevator, og min mand kører i kørestol. Kan mødet flyttes?",
    "Der er ingen rampe ved jeres indgang, og jeg bruger rollator, så jeg kan ikke nå samtalen.",
]
NEGATIVES_R203_VEILEDB = [
    "Min lejlighed ligger på 2. sal uden elevator, og jeg sidder i kørestol, så jeg søger hjælp "
    "til flytning.",
    "Tak fordi I flyttede mødet til stueetagen, da der ikke er elevator og jeg bruger kørestol.",
]


@pytest.mark.parametrize("text", POSITIVES_R203_VEILEDB)
def test_r203_veiledb_no_lift_is_criticism(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert "threat" not in labels


@pytest.mark.parametrize("text", NEGATIVES_R203_VEILEDB)
def test_r203_veiledb_no_lift_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


POSITIVES_R203_CRITA = [
    # a broken promise named as such
    "Borgmesteren gav os ord for flere sagsbehandlere før valget. Det blev til ingenting, "
    "og det er et klart løftebrud.",
    "Byrådet lovede gratis buskort til alle ledige, men droppede det igen. Det er et løftebrud.",
    # summons that come only days before
    "Mødebrevet fra jobcentret dukker som regel først op tre dage inden samtalen, "
    "så jeg kan ikke nå at skaffe pasning.",
    "Min søn blev indkaldt kun én dag før, og han kunne ikke få fri fra sit deltidsarbejde.",
    # why it must take months here
    "I Aarhus får man en afgørelse på fem uger. Hvorfor skal det tage et halvt år hos jer?",
    "Hvorfor tager det fire måneder at få svar på en simpel ansøgning om tilskud?",
    # paperwork far too bureaucratic, forms that make one sick
    "Det hele er blevet unødigt bureaukratisk, og folk på sygedagpenge giver op.",
    "Jeg får kvalme af alle de skemaer, jobcentret sender mig hver måned.",
    # not a single one-to-one talk
    "Min søn har ikke fået én eneste personlig samtale med jobcentret siden marts.",
    "Efter omlægningen har vi ikke haft nogen individuelle møder overhovedet.",
    # staff cutting the citizen off, told in inverted order
    "Ved samtalen på jobcentret afbrød sagsbehandleren hende hele tiden og hørte ikke efter.",
    "Under mødet afbrød Sofie Holm min klient gentagne gange, så han opgav at forklare sig.",
]
NEGATIVES_R203_CRITA = [
    "Min kæreste lovede at tage på ferie med mig, men det blev et løftebrud.",
    "Vi har læst om løftebrud i historietimen om kongerne.",
    "Indkaldelsen kom allerede tre uger før mødet, så jeg fik planlagt alt.",
    "Festen starter kun to dage før min fødselsdag, så det passer fint.",
    "Hvorfor tager det tre timer at bage et rugbrød?",
    "Hvorfor skal kurset tage tre måneder? Jeg spørger bare, fordi jeg vil planlægge min sommer.",
    "Jeg skriver speciale om bureaukratisk organisering i staten.",
    "Det er ikke så bureaukratisk, som jeg havde frygtet, det gik hurtigt.",
    "Jeg brækker mig snart over al den kage, vi har spist i weekenden.",
    "Jeg har ikke haft en eneste personlig samtale med min søster i et år.",
    "Jeg har ikke haft en eneste fraværsdag på arbejdet i et halvt år.",
    "Til middagen afbrød min bror mig konstant, men det er han kendt for.",
    "Til forældremødet afbrød læreren os konstant, men det var fair nok.",
]
ROUND_CRITICISM += POSITIVES_R203_CRITA


@pytest.mark.parametrize("text", POSITIVES_R203_CRITA)
def test_r203_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R203_CRITA)
def test_r203_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 207 (crita): the jobcentre's record said to claim something untrue of the writer; a
# rhetorical question why money goes one way while the jobless cannot get another thing
# covered; English ironic praise beside a months-long wait and a demand nobody can explain
POSITIVES_R207_CRITA = [
    "Notatet fra samtalen skriver, at jeg afviste tilbuddet om praktik. Det er ikke rigtigt, "
    "jeg bad om betænkningstid.",
    "Journalen siger, at min søn udeblev fra mødet i marts. Det er løgn, han sad i venteværelset.",
    "Hvorfor bruger kommunen millioner på nye skilte, når borgerne ikke kan få hjælp til tandlæge?",
    "Hvorfor spilder man pengene på dyre konsulenter, mens vi på kontanthjælp ikke kan få dækket "
    "medicinen?",
    "Well done municipality, eight weeks waiting for a reply about my sick pay. Which form? "
    "No one can tell me.",
    "Great service jobcentre. I waited four months for a decision and nobody explains anything.",
]
NEGATIVES_R207_CRITA = [
    "Referatet fra generalforsamlingen i haveforeningen siger, at jeg stemte imod. "
    "Det passer ikke.",
    "Notatet siger, at mødet er klokken ti. Det passer ikke, det er klokken elleve.",
    "Referatet siger, at jeg gerne vil på kursus. Det passer fint med mine planer.",
    "Hvorfor bruger man penge på slik, når man ikke har råd til husleje?",
    "Hvorfor bruger de penge på en ny bil, når de ikke kan betale deres regninger?",
    "Great job everyone, thanks for the help with my CV!",
    "I have been waiting two weeks for an answer from my landlord.",
    "Thanks a lot jobcenter, I got the job!",
]
ROUND_CRITICISM += POSITIVES_R207_CRITA


@pytest.mark.parametrize("text", POSITIVES_R207_CRITA)
def test_r207_crita_records_money_and_english(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R207_CRITA)
def test_r207_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 207 (critb): a form or the system said, as a figure, to "take the life of one"; an
# assessment called professionally unfounded or said to disregard the medical papers; the
# work called poor; disagreement with a staff member's or manager's claim to the press.
# Near misses: a trainer or the heat that could "take the life of one", a writer unqualified
# for a job, a request to disregard an old paper, a craftsman's poor work, disagreeing with
# a spouse about what she told a paper.
POSITIVES_R207_CRITB = [
    "Den blanket om boligstøtte kan tage livet af en, hvorfor skal jeg udfylde den hver måned?",
    "Bureaukratiet i kommunen kan sgu drive en til vanvid. Tre skemaer for én bus-billet.",
    "Afgørelsen om mit fleksjob er helt ubegrundet og tilsidesætter to lægeerklæringer.",
    "Jobcentret så bort fra min psykiaters udtalelse, da de lavede indstillingen.",
    "Min rådgiver glemte at sende papirerne videre, så jeg mistede en måned. Det var sjusket "
    "sagsbehandling.",
    "I aflyste mødet uden at sige det til mig. Det er simpelthen dårligt arbejde.",
    "Jeg er uenig med Kim Frederiksen, der sagde til radioen, at alle får en plan inden en uge.",
    "Vi er uenige med borgmesteren, som udtalte i avisen, at ventetiden er væk.",
]
NEGATIVES_R207_CRITB = [
    "Min nye træner i fitness kan godt tage livet af en, men jeg er i bedre form.",
    "Varmen i sommer kunne tage livet af en, så jeg blev indenfor.",
    "Jeg er fagligt ukvalificeret til jobbet som elektriker, så jeg søger et kursus.",
    "I kan se bort fra den gamle lægeerklæring, jeg har sendt en ny.",
    "Tømreren lavede mit tag om, men det er dårligt arbejde, det drypper stadig.",
    "Jeg er uenig med min kone, der sagde til avisen, at vi vil flytte til Fyn.",
]
ROUND_CRITICISM += POSITIVES_R207_CRITB


@pytest.mark.parametrize("text", POSITIVES_R207_CRITB)
def test_r207_critb_figure_and_disagreement(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R207_CRITB)
def test_r207_critb_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 211 (crit): criticism told by a figure of speech, beside praise or inside a
# representative's letter: a refusal without reasons, a programme where nothing happens, a
# reform as a knife at the throat, an overloaded caseworker, rage at the phone queue (no
# threat) and a decision the writer cannot live with
POSITIVES_R211_CRIT = [
    "Min bror fik et brev om sanktion, men brevet siger slet ikke hvad han har gjort forkert.",
    "Afgørelsen om min boligstøtte er tre sætninger lang og begrunder ikke hvorfor jeg får nej.",
    "Min søn har siddet i jobafklaringen i et halvt år, og der er intet sket.",
    "Jeg har været i ressourceforløbet i fire måneder, og der er ingenting sket endnu.",
    "Den nye lov er en kniv på halsen af de ledige over 50.",
    "Kontanthjælpsloftet er en kniv for struben på enlige forsørgere i Vejle.",
    "Birgitte er sød, men hun har 90 sager. Hun kan ikke nå at svare os alle sammen.",
    "Min rådgiver gør sit bedste. Ansæt hende nu flere kolleger, så hun kan følge med.",
    "Jeg kunne kaste mobilen i væggen, når jeg ringer til jobcentret og havner i kø igen.",
    "Hver morgen ringer vi til kommunen og bliver sat i kø i en halv time.",
    "Sanktionen kan vi ikke leve med. Jeg var syg den dag, og det har lægen skrevet.",
    "Jeg passer min syge mor hver nat, så den afgørelse må laves om.",
]
NEGATIVES_R211_CRIT = [
    "Filmen i aftes forklarer slet ikke hvorfor morderen gjorde det.",
    "Min kammerat siger ikke hvorfor han flytter til Aarhus.",
    "Vi har været på ferie i to uger, og der er ikke sket noget derhjemme.",
    "Jeg har gået i koret i tre år, og det er dejligt.",
    "Han skar brødet med en kniv i køkkenet.",
    "Kokken holdt kniven op mod lyset for at se om den var skarp.",
    "Min søn ønsker sig flere venner i børnehaven.",
    "Hun har 60 kunder i sin frisørsalon og har travlt.",
    "Jeg ringer til min mor hver søndag, og hun svarer altid.",
    "Frisøren havde kø i dag, så jeg gik igen.",
    "Den nye sofa kan jeg godt leve med, selv om farven er lidt mørk.",
    "Tak for afgørelsen om min bevilling, den er jeg glad for.",
]
ROUND_CRITICISM += POSITIVES_R211_CRIT


@pytest.mark.parametrize("text", POSITIVES_R211_CRIT)
def test_r211_crit_figure_praise_and_letters(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R211_CRIT)
def test_r211_crit_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 215 (crita): criticism said plainly without the usual words: the practice not fitting
# sick people; a new person at every call while nobody knows how the case stands; a letter
# nobody can read for what was decided, or a plea for plain Danish; talks leading nowhere in
# years (also in dialect); a sanction for a meeting missed in hospital; still no plan after
# years; not allowed to tell of one's illness at the meeting
POSITIVES_R215_CRITA = [
    "Forløbet er ikke lavet til folk med kroniske smerter, det kan enhver se.",
    "Møderne i jobcentret tager ikke hensyn til sygemeldte med angst.",
    "Hver eneste gang min mor ringer, taler hun med en ny sagsbehandler, og ingen ved, hvordan "
    "sagen står.",
    "Der sidder en anden medarbejder hver gang, jeg ringer, og ingen kan fortælle mig, hvornår "
    "jeg får svar.",
    "Jeg fik en afgørelse på seks sider, og jeg kan ikke forstå, hvad der faktisk er bevilget.",
    "Skriv nu på forståeligt dansk, når I sender breve til borgerne.",
    "Vi har holdt møder med kommunen i to år og er ikke kommet et skridt videre.",
    "De samtaler er spild a tid for alle, der sidder der.",
    "Min bror fik en sanktion for en samtale, som han missede, fordi han lå på hospitalet.",
    "Jeg blev trukket for fravær fra mødet i maj, selvom jeg var sygemeldt.",
    "Efter tre år har jobcentret stadig ingen plan for min datter.",
    "Jobcentret har efter halvandet år endnu ikke lavet en plan for mig.",
    "På mødet fik min far aldrig lov til at forklare om sin sygdom.",
    "Konsulenten talte hele tiden, og jeg fik ikke lov at fortælle om mine symptomer.",
]
NEGATIVES_R215_CRITA = [
    "Kjolen passer ikke til syge mennesker, siger designeren, for stoffet kradser.",
    "Jeg synes, at datoen passer godt til mig og min mand.",
    "Hver gang jeg ringer til pizzeriaet, tager en ny person telefonen.",
    "Ingen kan sige, hvad der sker med vejret i morgen.",
    "Brevet fra min oldefar er skrevet i gotisk skrift, og ingen kan læse det.",
    "Læreren sagde, at vi skal skrive på almindeligt dansk i stilen.",
    "Jeg er ikke kommet et skridt videre med min roman i år.",
    "Det var ikke spild af tid at tage på højskole.",
    "Fodboldklubben gav ham en bøde, da han udeblev fra træningen.",
    "Jeg var indlagt i en uge og har nu fået en ny samtale hos jobcentret.",
    "Min søster har efter to år stadig ingen plan for brylluppet.",
    "Kommunen har lavet en god plan for mig efter to år, og jeg er glad.",
    "Jeg fik ikke lov at fortælle om min ferie, for mødet var slut.",
    "Lægen lod mig fortælle om mine smerter i en halv time.",
]
ROUND_CRITICISM += POSITIVES_R215_CRITA


@pytest.mark.parametrize("text", POSITIVES_R215_CRITA)
def test_r215_crita_plain_criticism(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R215_CRITA)
def test_r215_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# round 215 (critb): criticism by irony and of management's decisions: a closing of an offer
# for the unemployed deplored, an exaggerated gain after ironic thanks, a notice called too
# short, the tone of a letter called raw, everyone sent into one same course whatever their
# needs, "and then call it X", the jobcentre's feigned surprise at what its schemes made.
# Near misses: a friend's shop closed, sincere motivation, a holiday too short, a friend's
# rough tone, the same bus for everyone, a painter's name for his picture, a mother surprised.
POSITIVES_R215_CRITB = [
    "Det er en skam, at kommunen har nedlagt værestedet i Nørreby. Der var altid en at tale med.",
    "Synd, at afdelingslederen har fjernet telefontiden om eftermiddagen.",
    "Tak for endnu et kursus i at skrive CV. Nu er jeg vildt motiveret for at blive frisk igen.",
    "Tak for endnu en samtale om mine ressourcer. Det var nok lige det, jeg manglede.",
    "Jobcentret giver nu kun to dages varsel før en samtale. Det er for kort, når man har "
    "småbørn.",
    "Svarfristen på fem dage er alt for kort for en, der ligger på hospitalet.",
    "Tonen i jeres mail om sanktionen var rå og kold. Det gjorde mig ked af det.",
    "Tonefaldet i brevet fra jer var meget brysk, synes min datter.",
    "Kommunen sender alle sygemeldte på det samme forløb, uanset om de har stress eller et "
    "brækket ben.",
    "De putter alle over 55 i den samme jobpakke, uden hensyn til hvad de har lavet før.",
    "I lader en mand med gigt sortere skruer en hel dag og så kalder I det arbejdstræning.",
    "Man sender en alvorligt syg kvinde på jobsøgningskursus og så kalder man det hjælp.",
    "Seks måneder med samme mentorforløb, og nu er kommunen forundret over, at jeg ikke har "
    "fået job.",
    "Tre år med kurser i kommunens regi, og så undrer jobcentret sig over, at jeg er udbrændt.",
]
NEGATIVES_R215_CRITB = [
    "Det er en skam, at min veninde har lukket sin café på torvet.",
    "Det er synd, at bageren har lukket butikken i vores gade.",
    "Nu er jeg utrolig motiveret for at komme i gang med min nye uddannelse.",
    "Tak for endnu en god samtale i dag, jeg glæder mig til næste gang.",
    "Ferien i Skagen var alt for kort, vi ville gerne være blevet en uge mere.",
    "Jeg fik tre dages varsel, og det passede mig fint.",
    "Tonen i min søsters brev var rå, men vi er gode venner igen.",
    "Alle eleverne kørte i den samme bus til Legoland, uanset vejret.",
    "Han maler prikker på et lærred og kalder det kunst.",
    "Og så er min mor overrasket over, at jeg kom hjem til jul.",
]
ROUND_CRITICISM += POSITIVES_R215_CRITB


@pytest.mark.parametrize("text", POSITIVES_R215_CRITB)
def test_r215_critb_irony_and_management(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R215_CRITB)
def test_r215_critb_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# probe round 219 (r219_critb): criticism by irony, rhetorical questions and plain verdicts:
# vanishing in the system, a benefit called a joke (also in leetspeak), the nth caseworker, a
# grave illness sent to a meeting, law set against habit, an impression against a doctor's
# judgement, getting well by pressure asked in doubt, a queue ended by the line cut, papers
# that go missing
POSITIVES_R219_CRITB = [
    "Jeg drukner i jeres system af skemaer og frister.",
    "Jeg er ved at forsvinde i kommunens system, ingen ringer tilbage.",
    "Dagpengene er en ren farce, man kan ikke leve af dem.",
    "D4gp3ng3n3 3r 3n j0k3.",
    "Tredje rådgiver på et år, og ingen kender min sag.",
    "Hvorfor skal en mand i kemobehandling til møde hver uge?",
    "Hvorfor skal jeg på kursus midt i min kræftbehandling?",
    "Står det i reglerne, eller er det bare sådan I plejer?",
    "Et kort møde kan aldrig erstatte lægens erklæring.",
    "Hvem bliver rask af at blive sanktioneret?",
    "To timer i telefonkø, og så lagde I på.",
    "Tyve minutter i køen, og så smed de mig bare på.",
    "Mærkeligt nok er det altid mine bilag, der bliver væk hos jer.",
]
NEGATIVES_R219_CRITB = [
    "Jeg forsvinder helt ind i en god bog om aftenen.",
    "Min bror fortalte en joke om dagpenge til festen.",
    "Fjerde sagsbehandler på to år, men hun er den bedste, tak for hende.",
    "Hvorfor skal min kræftsyge mor til kontrol på sygehuset i morgen?",
    "Er det mon regn i morgen, eller er det bare sådan det er i november?",
    "Min læge siger, at en app ikke kan erstatte en lægefaglig vurdering.",
    "Jeg blev faktisk raskere af at blive presset lidt af min fysioterapeut.",
    "Ti minutter i kø i Netto, og så lagde de bare på hylden igen.",
]
ROUND_CRITICISM += POSITIVES_R219_CRITB


@pytest.mark.parametrize("text", POSITIVES_R219_CRITB)
def test_r219_critb_irony_and_questions(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R219_CRITB)
def test_r219_critb_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# probe round 219 (r219_crita): criticism without the usual words: a month promised by the
# jobcentre long gone; a rule called deadly for those it hits; an oral word nobody now owns to;
# a law sworn at in a cleft; how many papers before the jobcentre believes; fast to take, slow
# to answer; the law that means something else here; a campaign for better access; a body
# reduced to a rubber stamp. Near misses: a family promise come due, a boring meeting, a
# deadly dose, a car dealer, a landlord, the weather, an insurer, a child's speed, snow
# cleared fast, a board game's rules, bike lanes to school, a price reduced.
POSITIVES_R219_CRITA = [
    "Kommunen skrev, at mødet ville blive holdt i februar. Nu er vi i maj.",
    "Min sagsbehandler lovede mig svar inden påske. Nu er det august.",
    "Kravene om aktivering er ødelæggende for mennesker med kroniske smerter.",
    "Den nye ydelsesreform er knusende for enlige med børn.",
    "Jeg blev mundtligt lovet et fleksjob af kommunen, og nu kan ingen huske at have sagt det.",
    "Husk at få alt på skrift. Jeg fik mundtligt bekræftet min bevilling, men nu vil ingen "
    "kendes ved at have givet den.",
    "Min rådgiver var sød nok, det er bare reformen af kontanthjælpen der er noget pis.",
    "Hvor mange attester skal jeg aflevere, før kommunen tror på at jeg har ondt?",
    "Hvor mange undersøgelser skal der til, inden sagsbehandleren forstår, at jeg ikke kan "
    "arbejde?",
    "Sjovt så hurtigt jobcentret kan trække i ydelsen, og hvor langsomt det går med svar.",
    "Man skulle tro, at fristerne i loven ikke gælder i vores kommune.",
    "Vi må kæmpe for flere sagsbehandlere i jobcentret, så man kan få fat i nogen.",
    "Udvalget er blevet reduceret til et gummistempel for forvaltningens indstillinger.",
]
NEGATIVES_R219_CRITA = [
    "Min mor lovede mig i maj, at vi skulle på ferie i juli. Nu er det juli, og vi tager afsted.",
    "Jeg lovede min søn en cykel til jul. Nu er det december.",
    "Den dosis er dødelig for hunde, sagde dyrlægen.",
    "Få alt på skrift, når du køber brugt bil.",
    "Jeg fik mundtligt at vide af udlejeren, at jeg måtte have en hund, men nu kan ingen huske "
    "at have sagt det.",
    "Vejret i dag der er noget lort.",
    "Hvor mange lægeerklæringer skal der til før forsikringsselskabet tror på mig?",
    "Så hurtigt min søn kan løbe, og så langsomt han spiser.",
    "Det er imponerende så hurtigt kommunen har fået ryddet sneen.",
    "Man skulle tro, at reglerne i Matador betyder noget helt andet hos min familie.",
    "Vi skal slå et slag for bedre cykelstier til skolen.",
    "Prisen er reduceret til en halvtredser.",
]
ROUND_CRITICISM += POSITIVES_R219_CRITA


@pytest.mark.parametrize("text", POSITIVES_R219_CRITA)
def test_r219_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R219_CRITA)
def test_r219_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


# probe round 223 (r223_crita): criticism without the usual words: minutes of a meeting full of
# errors, told far from their subject; self-service mocked as waiting round the clock; the
# blame put on management, not the caseworker; the nth course mocked as the coming
# breakthrough; doubt that the letters' writers understand them; the ill judged fit for full
# hours; the system that eats people; a verdict on the writer denied as unreal; a website's
# promise against the one thing offered. Near misses: a club's minutes, an emergency line, a
# doctor's wait, a speaker at a party, a course's start, a series' season, a child's letter,
# a doctor's view, a shark, a lunch, a coach, a shop's website.
POSITIVES_R223_CRITA = [
    "Jeg har fået notatet fra samtalen med min rådgiver i sidste uge, og det er fuld af fejl.",
    "Referatet af mødet med jobcentret i marts var fyldt med misforståelser.",
    "Med den nye app kan man nu vente på en afgørelse døgnet rundt.",
    "Fint med selvbetjening, så kan jeg da vente på svar hele døgnet.",
    "Min sagsbehandler gør sit bedste. Det er ledelsen der skal stå til ansvar for ventetiden.",
    "Det er politikerne og ikke rådgiverne som må forklare sig.",
    "Afklaringsforløb nummer fire. Det femte bliver sikkert gennembruddet.",
    "Kursus nummer seks på tre år. Mon ikke det næste er løsningen.",
    "Jeg tvivler på at dem der formulerer brevene selv forstår dem.",
    "Mon de selv kan forstå de breve de sender ud?",
    "Jobcentret mener at en mand med kræft i ryggen kan arbejde 30 timer om ugen.",
    "Lægekonsulenten vurderer at min søster med sklerose kan klare fuld tid.",
    "Kommunen sluger folk op og glemmer dem bagefter.",
    "Det her system spytter syge mennesker ud uden at se sig tilbage.",
    "Nu skriver I, at jeg ikke vil arbejde. Det passer slet ikke med virkeligheden.",
    "Masser af muligheder, står der på hjemmesiden. Jeg har fået præcis én samtale på et år.",
]
NEGATIVES_R223_CRITA = [
    "Referatet fra bestyrelsesmødet i klubben var fyldt med fejl.",
    "Min roman er fuld af fejl, siger redaktøren, men det er en kladde.",
    "Lægevagten kan man ringe til døgnet rundt.",
    "Jeg sidder og venter på svar fra lægen hele døgnet.",
    "Det er chefen der skal holde tale til julefrokosten.",
    "Det er børnene der skal rydde op efter festen.",
    "Forløb nummer fire starter mandag klokken ni.",
    "Sæson nummer fem af serien er den bedste.",
    "Min søn skriver selv sine breve til bedstemor.",
    "Mon min datter selv kan forstå brevet fra skolen?",
    "Lægen mener at jeg trods min diabetes kan arbejde fuld tid.",
    "Hajen æder folk op i filmen.",
    "Kommunen spiser frokost med folk fra foreningen.",
    "Af min coach fik jeg at vide at jeg skulle spise mindre. Det hænger ikke sammen med "
    "virkeligheden.",
    "Der står på hjemmesiden at butikken har åbent. Jeg fik kun én vare med hjem.",
]
ROUND_CRITICISM += POSITIVES_R223_CRITA


@pytest.mark.parametrize("text", POSITIVES_R223_CRITA)
def test_r223_crita_criticism_without_the_usual_words(text: str) -> None:
    labels = set(triage(text).labels)
    assert "criticism" in labels
    assert not {"threat", "insult", "exposure", "self_harm"} & labels


@pytest.mark.parametrize("text", NEGATIVES_R223_CRITA)
def test_r223_crita_near_misses(text: str) -> None:
    assert "criticism" not in triage(text).labels


@pytest.mark.parametrize(
    ("text", "criticised"),
    [
        # stop 36: the writer's nth caseworker praised is no complaint; counted out of
        # frustration, or compared unfavourably, it still is
        ("Min tredje sagsbehandler i år er den bedste, jeg har haft.", False),
        ("Min femte mentor er klart den dygtigste af dem alle.", False),
        ("Min tredje sagsbehandler i år, og jeg skal forklare alting forfra.", True),
        ("Min femte mentor er ikke bedre end de fire før ham.", True),
    ],
)
def test_an_nth_caseworker_praised_is_no_criticism(text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticised


# probe round 219 (r219_reqrep): what the citizen should have been offered or granted
POSITIVES_R219_REQREP = [
    "Han burde have været tilbudt et mentorforløb for længe siden.",
    "Jeg mener, jeg burde have været henvist til en speciallæge.",
]
NEGATIVES_R219_REQREP = [
    "Jeg burde have været mere forberedt til samtalen.",
    "Hun burde have været hjemme klokken fem.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R219_REQREP), *((t, False) for t in NEGATIVES_R219_REQREP)],
)
def test_r219_reqrep_should_have_been_offered(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# probe round 223 (r223_critb): sarcasm and rhetorical questions — a decision called bad, "jeg
# kalder det forkert", a double standard, a euphemism unmasked, leave the office and see, the
# same routine though nothing changed, who benefits from the meetings, ironic thanks and waits
POSITIVES_R223_CRITB = [
    "Kommunen vil lukke værestedet til sommer. Det er simpelthen en dårlig beslutning.",
    "Afgørelsen er en rigtig dårlig afgørelse for alle os med kroniske smerter.",
    "Byrådet vil halvere støtten til ledige. Jeg kalder det forkert.",
    "Underligt nok er det altid borgerne der skal vente. Aldrig jobcentret.",
    "Det er altid os der må ringe og rykke, aldrig sagsbehandleren.",
    "Jobcentret kalder det et tilbud. Vi kalder det tvang med trusler om sanktion.",
    "Ledelsen kaldte det en omlægning. Folk andre kalder det en fyring af halvdelen af rådgiverne.",
    "Måske chefen burde komme ud af kontoret en gang og se, hvordan vi lever.",
    "Politikerne skulle gå ud fra kontorerne og tale med dem, det handler om.",
    "Hvorfor skal jeg sende nye lægepapirer hver måned, når intet ændrer sig?",
    "Hvorfor må man indsende de samme oplysninger igen, selvom ingenting er sket?",
    "Hvem har overhovedet gavn af de kurser? Ingen af os har fået job.",
    "Hvem får egentlig nytte af samtalerne hos jobkonsulenten?",
    "Imponerende. Min ansøgning har ligget i proces siden februar.",
    "Fantastisk service. Jeg skrev i april og fik svar i november.",
    "Tak for det grundige svar. Så har jeg da noget at glæde mig til.",
]
NEGATIVES_R223_CRITB = [
    "Det var en dårlig beslutning af mig at sige mit job op.",
    "Det er en dårlig beslutning, hvis jeg flytter nu.",
    "Jeg udfyldte det forkert, kan I sende skemaet igen?",
    "Det er altid mig der skal vaske op, aldrig min bror.",
    "Min mor kalder det hygge. Jeg kalder det rod.",
    "Hun skulle komme ud af kontoret klokken fire og hente sine børn.",
    "Hvorfor skal jeg sende lønsedler, når min løn er ændret?",
    "Skal jeg søge igen, når intet har ændret sig?",
    "Hvem har glæde af min gamle sofa?",
    "Tak for det venlige brev. Jeg kommer til mødet.",
    "Jeg søgte i marts og fik svar i april. Tak for hjælpen.",
    "Så har man da noget at glæde sig til i weekenden.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R223_CRITB), *((t, False) for t in NEGATIVES_R223_CRITB)],
)
def test_r223_critb_sarcasm_and_rhetorical_questions(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# probe round 227 (r227_crita): criticism without the usual words — cases shelved or dragged
# out until one gives up, the jobcentre as a black hole or a monster eating time and health, a
# wait mocked as "only" longer than before, a rule called political violence, a bonus per
# closed case, proof asked of what cannot change, a newsletter's claim not recognised, the
# municipality ranked worst in the region, the council that should react
POSITIVES_R227_CRITA = [
    "Min klage er blevet lagt på is i et halvt år uden et ord fra jer.",
    "Ansøgningerne ligger bare på hylden hos kommunen, måned efter måned.",
    "Jobcentret venter bare, til de ledige giver op.",
    "Systemet er som et sort hul for ansøgninger.",
    "Mine breve forsvinder i et sort hul hos jer.",
    "Kommunen er blevet et bureaukratisk monster.",
    "Systemet dræner folk for kræfter og sluger deres tid.",
    "Nu går der kun 20 uger, før man får en afgørelse, i stedet for 16.",
    "Reformen er intet mindre end strukturel vold mod de syge.",
    "Sanktionerne er en form for økonomisk vold mod fattige familier.",
    "Får sagsbehandlerne mon en præmie for hver lukket sag?",
    "Nogen må da få point for hver eneste borger, der bliver afvist.",
    "Nu vil jobcentret have mig til at bevise, at min far fortsat er død.",
    "Jeg skal nu dokumentere, at jeg stadig mangler en arm.",
    "Direktøren påstår i en pressemeddelelse, at alle får svar inden for en uge. Det passer ikke.",
    "Chefen skrev på LinkedIn at ventetiderne er halveret. Det genkender jeg ikke.",
    "Vores jobcenter har landets længste sagsbehandlingstid.",
    "Kommunen giver flest afslag på fleksjob i hele landet.",
    "Det her burde få nogen i kommunalbestyrelsen til at reagere.",
    "Tallene bør få politikerne til at undersøge sagen.",
]
NEGATIVES_R227_CRITA = [
    "Bogen blev lagt på hylden i stuen.",
    "Jeg har lagt sagen på hylden, for jeg orker ikke mere.",
    "Vi spillede kort til min bror gav op.",
    "Det sorte hul i midten af galaksen er enormt.",
    "Min kat er et monster om natten.",
    "Arbejdet sluger al min tid.",
    "Nu tager toget kun 40 minutter i stedet for 30.",
    "Nu går der kun 3 uger i stedet for 10, før man får svar.",
    "Politisk vold hører ingen steder hjemme i et demokrati.",
    "Min søster får bonus for hver kunde hun lukker en aftale med.",
    "Lægen skulle dokumentere, at jeg stadig er syg.",
    "Skolen skriver i sit nyhedsbrev at legepladsen er ny. Det kan jeg ikke genkende.",
    "Vores klub har flest medlemmer i hele regionen.",
    "Det burde få nogen til at smile.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R227_CRITA), *((t, False) for t in NEGATIVES_R227_CRITA)],
)
def test_r227_crita_criticism_without_the_usual_words(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# probe round 227 (r227_critb): despair that still blames the system, a grandparent's shame,
# the pointless course asked about, a compound practice eating people, tired of "det her
# system", a summons after its meeting, a doctor's word that should count, a cut for minutes
# late told in the past, rules always read against the citizen, firms tired of bureaucracy
POSITIVES_R227_CRITB = [
    "Fem år i ressourceforløb har kostet mig mit helbred og mit ægteskab.",
    "To år på kontanthjælp har taget al min livsglæde og mine venner.",
    "Jobcentret vil have os ledige til at skamme os over at være her.",
    "Systemet prøver at få folk til at føle sig skyldige over at være syge.",
    "Hvad fanden skal jeg bruge endnu et jobsøgningskursus til? Det sjette i år.",
    "Hvad skal man med endnu en workshop om motivation?",
    "Kommunens ledighedspraksis æder folk op, én efter én.",
    "Vi er dødtrætte af hele det her system med skemaer og kontrol.",
    "Brevet til mødet kom først fire dage efter mødet.",
    "Jeg modtog indkaldelsen til samtalen en uge efter samtalen.",
    "Hvor mange journaler skal jeg sende, før min psykiaters ord tæller mere end et skema?",
    "Hun fik trukket i kontanthjælpen for at møde tre minutter for sent.",
    "Reglerne bliver konsekvent tolket til ugunst for ansøgeren.",
    "Kommunen afviser alle ansøgninger om tilskud. Det må være en ren tilfældighed.",
    "Virksomhederne er pissetrætte af kommunens bureaukrati og siger nej til praktikanter.",
]
NEGATIVES_R227_CRITB = [
    "Tre år på universitetet har taget min energi og mine venner.",
    "To år med kemo har taget alt fra mig, men nu er jeg rask.",
    "Min mor ville have mig til at skamme mig over mit tøj.",
    "Kommunen vil have os til at føle os velkomne i det nye borgerhus.",
    "Hvad skal jeg bruge til kurset i morgen?",
    "Hvad skal jeg bruge en ny cykel til?",
    "Jeg fik en ny indkaldelse til samtale to uger efter samtalen i dag.",
    "Han blev trukket i løn for at komme fem minutter for sent på lageret.",
    "Dommeren fortolkede altid reglerne til ugunst for vores hold.",
    "Jeg er træt af det her vejr.",
    "Det må være en tilfældighed, at vi mødtes i Netto.",
    "Hvor mange lægeerklæringer skal jeg aflevere, før fristen udløber?",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R227_CRITB), *((t, False) for t in NEGATIVES_R227_CRITB)],
)
def test_r227_critb_criticism_beside_despair_and_by_rhetoric(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# probe round 227 (r227_critb): a cut for minutes late laid at one named person's door is
# the attack's reason, not criticism of the practice
@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        ("Folk får trukket i ydelsen for at komme to minutter for sent. Det er grotesk.", True),
        ("Han fik trukket i dagpengene for at møde fire minutter for sent.", True),
        ("Hun fik min bror trukket i ydelse for at komme fem minutter for sent.", False),
    ],
)
def test_r227_critb_minutes_late_cut_by_one_person(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# probe round 231 (r231_crita): criticism without the usual words — the system as a mill that
# crushes the weak, a meeting the caseworker had not prepared, a queue sworn at in a sentence
# of its own, an absurd comparison of who answers faster, sham surprise at what a cut brings,
# the spoken "det gir ingen mening", sarcasm about one's own time beside ironic praise
POSITIVES_R231_CRITA = [
    "Reglerne fungerer som en kværn, der kværner de syge.",
    "Jobcentrene knuser de ældre borgere, én efter én.",
    "Samtalen med sagsbehandleren var elendigt forberedt.",
    "Konsulenten var helt uforberedt, da vi mødtes i tirsdags.",
    "Jeg stod i telefonkø i 50 minutter. Det er sgu noget møg.",
    "Man får hurtigere svar fra julemanden end fra ydelseskontoret.",
    "Det er nemmere at få audiens hos paven end at komme igennem til jobcentret.",
    "I har lukket borgerservice om fredagen, og så undrer I jer over, at folk er sure.",
    "Kommunen skærer i telefontiden, og bagefter er man overrasket over de lange køer.",
    "Det gir ingen mening, at I kræver en ny attest hver måned.",
    "Flot service. Vi har jo ikke andet at lave end at vente på jer.",
]
NEGATIVES_R231_CRITA = [
    "Jeg var dårligt forberedt til samtalen, det beklager jeg.",
    "Min søn var slet ikke forberedt til prøven i dag.",
    "Kaffemaskinen er en maskine, der knuser bønnerne.",
    "Regnvejr hele weekenden. Det er noget lort.",
    "Det er noget lort med min cykel, kæden er hoppet af.",
    "Det er lettere at få en tid hos lægen end hos tandlægen.",
    "Børnene spiser kage hele dagen, og så undrer man sig over, at de ikke vil sove.",
    "Jeg vandt en præmie i banko. Hvem havde dog set det komme?",
    "Det gir god mening nu, tak for svaret.",
    "Min nabo ringer på hele tiden, jeg har jo ikke andet at lave.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R231_CRITA), *((t, False) for t in NEGATIVES_R231_CRITA)],
)
def test_r231_crita_criticism_without_the_usual_words(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# probe round 231 (r231_critb): a mistake laid at the institution, "is that your idea of …",
# a repayment disputed against the jobcentre's own word, "it has now taken months", assessments
# worded alike, a refusal against the doctor, a cold letter, a sick citizen sent to placement
# to keep the benefit, two acts at odds, a meeting moved again for late summons
POSITIVES_R231_CRITB = [
    "At lukke borgerkontoret om fredagen var en kæmpe fejl af kommunen.",
    "Det skyldes en fejl fra jeres side, at min ydelse blev stoppet.",
    "Tre praktikker og nu et nyt kursus. Er det virkelig jeres definition af hjælp?",
    "Er det kommunens idé om en ordentlig sagsbehandling?",
    (
        "Jeg forstår ikke at jeg skal betale ydelsen tilbage. Jeg fik jo besked fra "
        "sagsbehandleren om at det var i orden."
    ),
    "Min klage over afgørelsen har nu taget over fem måneder.",
    "Alle afgørelserne på min gang havde nøjagtig samme formulering.",
    "Vurderingerne af mine naboer var ordret ens, selv om vi har helt forskellige sygdomme.",
    "Hvorfor fik min søn afslag på hjælpemidlet, selvom speciallægen anbefalede det?",
    "Hvorfor blev jeg afvist, når min læge skrev at jeg ikke kan arbejde?",
    "Det svar I sendte var så kynisk at jeg ikke kunne sove.",
    "Afgørelsen var formuleret meget hjerteløst.",
    "Det er fjerde gang, fordi indkaldelsen kommer med en dags varsel.",
    (
        "En sygemeldt med diskusprolaps skal i aktivering for at beholde sin kontanthjælp. Er det "
        "den linje politikerne har valgt?"
    ),
    (
        "Min handleplan siger at jeg er klar til job. Samme uge afviste I min ansøgning om kursus, "
        "fordi jeg ikke er klar. Hvilken af de to gælder?"
    ),
]
NEGATIVES_R231_CRITB = [
    "Det var en fejl fra min side, at jeg glemte mødet.",
    "Jeg lavede en stor fejl af ren nervøsitet.",
    "Er det jeres idé at jeg skal sende papirerne med posten?",
    "Var det din idé at vi skulle mødes klokken ti?",
    "Jeg fik jo at vide af jer, at jeg godt måtte tage på ferie, så tak for det.",
    "Hvordan betaler jeg de 2.000 kr tilbage?",
    "Renoveringen af huset har nu taget fire måneder, men nu er vi færdige.",
    "Genoptræningen har allerede taget tre måneder at komme igennem.",
    "Jeg sendte præcis den samme tekst til min søster og min mor.",
    "Hvorfor fik jeg nej til tandbehandlingen? Jeg har ikke set nogen læge.",
    "Hvorfor fik jeg afslag, når lægen ikke har skrevet noget?",
    "Vandet i svømmehallen var så koldt at jeg frøs.",
    "Samme uge startede jeg på mit nye job.",
    "Hvilken af de to datoer gælder for mødet?",
    "Jeg har kræft og skal i praktik i næste uge, det glæder jeg mig til.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R231_CRITB), *((t, False) for t in NEGATIVES_R231_CRITB)],
)
def test_r231_critb_reproach_in_plain_words(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# probe round 235 (r235_critb): a plan of courses already taken, a note denied, activation
# blind to diagnoses, an ivory tower, a job-search course for the employed, scorned tax use,
# "not your strong side", statistics dressed up, caseloads, an old address, slides read aloud
POSITIVES_R235_CRITB = [
    "Planen indeholder to kurser, som jeg allerede har gennemført.",
    "I har sendt mig på et forløb, jeg for længst har taget.",
    "Ifølge referatet skulle jeg have afvist tilbuddet. Det har jeg aldrig.",
    "Der står i notatet at jeg er udeblevet fra mødet. Det var jeg ikke.",
    "Kommunen placerer folk i praktik uden hensyn til deres helbred.",
    "Jobcentret satte mig i et forløb uden at kigge på min lægeerklæring.",
    "Ledelsen sidder i sit elfenbenstårn og aner intet om vores liv.",
    "Beslutningen er taget i et elfenbenstårn på rådhuset.",
    "Nu tilbyder I et ansøgningskursus til folk, som allerede har et fast job.",
    "Tak til kommunen for endnu et konsulentprojekt. Strålende brug af skattekroner.",
    "Kommunikation er tydeligvis ikke jobcentrets stærke side.",
    "Rettidighed er heller ikke jeres stærke side.",
    "Kommunen sender folk på kurser bare for at få statistikken til at se bedre ud.",
    "Når en sagsbehandler sidder med 120 sager, så ryger mange igennem.",
    "Jobcentret sendte mit brev til den adresse, vi flyttede fra sidste år.",
    "Konsulenten læste op fra en folder, som vi jo allerede havde modtaget.",
]
NEGATIVES_R235_CRITB = [
    "Jeg har tilmeldt mig to kurser, som jeg allerede har betalt.",
    "Min plan er at tage tre kurser, jeg ikke har taget før.",
    "Ifølge referatet har jeg sagt ja til praktikken. Det er korrekt.",
    "Kan I rette mit telefonnummer i journalen?",
    "Jeg har sendt pakken uden at se på adressen.",
    "Min søn er sat i aktivering, og hans diagnose er ADHD.",
    "Min ven bor i et elfenbenstårn af en villa.",
    "Forskeren sidder i sit elfenbenstårn på universitetet.",
    "Jeg holder kursus for folk, der allerede har et job.",
    "God brug af skattekroner er vigtigt for os alle.",
    "Matematik er ikke min stærke side.",
    "Tålmodighed er åbenbart ikke min søns stærke side.",
    "Jeg vil gerne få tallene til at se pæne ud i regnskabet.",
    "Min sagsbehandler har 12 sager i denne uge.",
    "Mange faldt igennem til eksamen.",
    "Kan I sende mine breve til min gamle adresse, indtil jeg er flyttet?",
    "Jeg sendte brevet til den adresse, jeg flyttede fra.",
    "Hun læste højt fra bogen for børnene.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R235_CRITB), *((t, False) for t in NEGATIVES_R235_CRITB)],
)
def test_r235_critb_practice_faulted_by_its_results(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# probe round 235 (r235_crita): criticism in plain words — a bad way of treating people,
# nobody asking what one can bear, what should not take years, what no page tells, a
# rhetorical count before papers are read, who decided a rule, a phone never answered, and
# the absurd ("ikke til at finde på", ill in the right way, a letter one laughs at bitterly)
POSITIVES_R235_CRITA = [
    "Portvagten smed os ud i kulden. Sikke en dårlig måde at behandle borgere på.",
    "Det er en respektløs måde at tale til syge mennesker på.",
    "Kurser, møder og praktikker i et væk, og ingen har spurgt, hvad jeg kan klare.",
    "Man bliver sendt rundt, og aldrig spørger nogen, hvad vi kan overkomme.",
    "Det burde ikke tage to år og tre rykkere at få svar på en ansøgning.",
    "Sådan en bevilling bør ikke kræve fire klager.",
    "Hvilke papirer jeg skal medbringe, fremgår ingen steder af brevet.",
    "Telefontiden er ændret, men det står intet sted på hjemmesiden.",
    "Hvor mange klager skal der til, før en borger bliver hørt?",
    "Hvor mange gange skal jeg ringe, før nogen svarer?",
    "Hvem har egentlig bestemt, at man skal søge tyve job om ugen?",
    "Har politikerne selv prøvet at leve for den sats?",
    "Det er nemt for jer: når I aldrig tager telefonen, skal I heller ikke svare.",
    "Tre møder om det samme på én uge. Det er ikke til at finde på.",
    "Man skal åbenbart være sygemeldt på den korrekte måde, før I tror på det.",
    "Er det meningen at jeg skal græde, når jeg læser jeres vurdering?",
    "Jeg var ved at flække af grin, da jeg fik at vide at jeg skal lave nyttejob i en vaskehal.",
]
NEGATIVES_R235_CRITA = [
    "Tak, det var en god måde at behandle folk på.",
    "Jeg ved ikke, hvad jeg kan holde til, men jeg prøver praktikken.",
    "Det tager to år at blive uddannet som social- og sundhedshjælper.",
    "Mødetiden står i brevet, og adressen står på hjemmesiden.",
    "Hvor mange timer skal der til, før jeg har ret til dagpenge?",
    "Hvor mange dokumenter skal der til, før ansøgningen er komplet?",
    "Hvem har besluttet, at mit møde er flyttet til fredag?",
    "Jeg har selv prøvet at leve af en lille løn, så jeg kender det.",
    "Hun er så sjov, jeg kunne dø af grin, da jeg så hende danse.",
    "Jeg har været syg i tre uger og er nu raskmeldt.",
    "Er det meningen at jeg skal medbringe mit pas til mødet?",
    "Min kollega hævder at I aldrig tager telefonen, men I svarede mig med det samme.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R235_CRITA), *((t, False) for t in NEGATIVES_R235_CRITA)],
)
def test_r235_crita_criticism_without_the_usual_words(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# probe round 239 (r239_crita): quotas for declaring the sick fit, fighting for a right to
# help, a cut that hits the neediest, how many papers before anyone bothers, a meeting with a
# fever, a jobcentre keeping itself busy, a rule by people who never lived it, and how an
# activation is to bring one closer to a job
POSITIVES_R239_CRITA = [
    "Man skulle tro, afdelingen havde måltal for raskmeldinger af langtidssyge.",
    "Jeg hører, at der er bonus for hver raskmelding, og det bekymrer mig.",
    "Vi har kæmpet i to år for hans ret til et fleksjob.",
    "Jeg vil blive ved med at kæmpe for min mors ret til en ordentlig revalidering.",
    "Kommunen har lukket værestedet. Det går netop ud over dem, der har størst behov.",
    "Den nye besparelse rammer især de borgere, som har mest brug for hjælp.",
    "Hvor mange attester skal jeg sende, før nogen gider kigge på dem?",
    "Hvor meget dokumentation skal der til, inden I orker at læse den?",
    "Min kæreste skulle møde op til et kursus med influenza, ellers blev pengene trukket.",
    "Jeg blev tvunget til at komme til samtalen trods høj feber.",
    "Forvaltningen bruger mest kræfter på at holde sig selv beskæftiget.",
    "Det virker som om systemet kun kører for at holde sig selv kørende.",
    "Kravet om de mange timer er lavet af politikere, der aldrig selv har været ledige.",
    "Den regel er udtænkt af folk, som aldrig har prøvet at være syge.",
    "Tre måneder med at sortere tøj. Hvordan skal det hjælpe mig nærmere et job?",
    "Hvordan skulle de her kurser bringe os tættere på arbejdsmarkedet?",
]
NEGATIVES_R239_CRITA = [
    "Har I en kvote for praktikpladser i år?",
    "Lægen har skrevet en erklæring om min raskmelding, som jeg sender med.",
    "Jeg kæmper for min ret til at se mine børn hver anden weekend.",
    "Min datter kæmpede for at få en plads på efterskolen.",
    "Det nye værested rammer netop de unge, der har mest brug for et fristed.",
    "Hvor mange bilag skal jeg sende, før I kan behandle ansøgningen?",
    "Jeg kan ikke møde op til samtalen i morgen, da jeg har 39 i feber.",
    "Jeg skulle møde op til samtale i går, men lå hele dagen med feber.",
    "Min søn holder sig selv beskæftiget med Lego, mens jeg er til møde.",
    "Bogen er skrevet af folk, der aldrig har været i Afrika.",
    "Hvordan kan jobcentret hjælpe mig tættere på en uddannelse?",
    "Kurset var godt, og det har bragt mig tættere på et job.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R239_CRITA), *((t, False) for t in NEGATIVES_R239_CRITA)],
)
def test_r239_crita_criticism_without_the_usual_words(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# probe round 239 (r239_critb): the writer's story handed to the press so that people know how
# they are treated; a case presented as if the citizen would not work; how many times a sick
# person must prove it; speed praised only for refusals and a professional judgement praised
# in sarcasm; a citizen called in again to what the jobcentre was told he cannot do
POSITIVES_R239_CRITB = [
    "Vi har fortalt hele vores historie til lokalavisen.",
    "Jeg har delt min historie med avisen.",
    "Danskerne bør vide, hvordan mennesker bliver behandlet på et jobcenter.",
    "Sofie Holm beskrev mig på mødet, som om jeg aldrig gad samarbejde.",
    "I sagsfremstillingen er jeg beskrevet, som om jeg var arbejdsuvillig.",
    "Hvor mange gange skal en syg mand dokumentere, at han ikke kan arbejde?",
    "Hvor mange gange skal jeg sende lægepapirer, før I tager mig alvorligt?",
    "Bravo til jobcentret: I er lynhurtige, når det handler om at sanktionere.",
    "Hatten af for kommunen, der er effektiv til at give afslag.",
    "Så Per Storm mener åbenbart, at jeg kan stå op hele dagen med en brækket fod. "
    "Spændende lægefaglig logik.",
    "Så jobcentret synes altså at tre kurser i CV-skrivning er nok. Kreativ faglig tilgang.",
    "Jobcentret har indkaldt mig til samtale fem gange, selvom jeg har skrevet, at jeg ikke "
    "kan tale i telefon.",
    "Han blev pålagt at møde hver morgen klokken otte, selv om vi har forklaret, at han ikke "
    "kan tage bussen alene.",
]
NEGATIVES_R239_CRITB = [
    "Jeg har givet min historie til avisen om, hvordan jobcentret hjalp mig i job.",
    "Jeg har delt min historie med min søster.",
    "Alle skal vide, hvordan man bliver behandlet godt i Sundby.",
    "Lægen beskrev mine smerter grundigt i erklæringen.",
    "Hun fremstillede resultatet, som om det var en succes for alle.",
    "Hvor mange gange skal jeg tage pillerne, før de virker?",
    "Jeg fik hurtigt et afslag, så jeg kunne klage med det samme og komme videre.",
    "Bravo til jobcentret for en hurtig afklaring.",
    "Tak for en interessant faglig vurdering, den gav mig meget at tænke over.",
    "Så jeg mener altså at vi skal mødes torsdag.",
    "Jeg er indkaldt til møde på fredag, og jeg har oplyst at jeg kan komme.",
    "Jeg har tilmeldt mig kurset, selvom jeg har sagt at jeg ikke kan svømme så godt.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R239_CRITB), *((t, False) for t in NEGATIVES_R239_CRITB)],
)
def test_r239_critb_press_misrepresentation_sarcasm_told_cannot(
    text: str, criticism: bool
) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# probe round 239 (r239_reqrep): a month promised, and the month now told in the same sentence
# ("…, og nu er det juli"). Near misses: the month promised is the month now, a relative's
# promise, a promise kept
POSITIVES_R239_REQREP = [
    "Jobcentret lovede mig en afklaring i april, og nu er det juni.",
    "I skrev, at sagen ville være færdig inden påske, men nu er det maj.",
]
NEGATIVES_R239_REQREP = [
    "I lovede mig en tid i juni, og nu er det juni, så jeg glæder mig.",
    "Min mor lovede at besøge os i juli, og nu er det august.",
    "Du sagde, at pengene kom i april, og det holdt, og nu er det maj.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R239_REQREP), *((t, False) for t in NEGATIVES_R239_REQREP)],
)
def test_r239_reqrep_promised_month_gone_same_sentence(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# probe round 243 (critb): criticism told by what happened: a letter "om" a decision that does
# not say why, a letter found in the post box after its deadline, a caseworker's letter
# denied ("Det har jeg aldrig gjort"), years of assessment, documentation asked again of what
# is documented, weeks of unpaid work, money paid short with no word said. Near misses: a
# relative's letter, one's own late mail, years of help, a thing free for a while, a cut
# explained or accepted
POSITIVES_R243_CRITB = [
    "Min mor fik et brev om, at hendes sygedagpenge stopper, men der står ikke hvorfor.",
    "Jeg har fået et brev om at mit forløb er slut, og der står ikke hvorfor.",
    "Indkaldelsen lå først i min e-boks dagen efter mødet.",
    "Brevet kom i min postkasse tre dage efter svarfristen.",
    "Sagsbehandleren skrev i sit brev, at jeg havde udeblevet fra mødet. Det har jeg aldrig "
    "gjort.",
    "I skrev i brevet, at jeg havde afvist jobbet. Det passer ikke.",
    "I tre år har de afklaret mig, og jeg er ikke blevet klogere.",
    "Hun har vurderet mig i to år nu.",
    "Nu skal jeg igen bevise min diagnose, som jo allerede er dokumenteret af tre læger.",
    "Hvorfor skal jeg oplyse min adresse, som I allerede har fået oplyst to gange?",
    "Hun har knoklet uden løn i tre måneder i en Netto, og nu er praktikken slut.",
    "Jeg har arbejdet gratis i 10 uger i butikken, og de har ikke ansat mig.",
    "Jeg har fået 1200 kr mindre i denne måned. Ingen har fortalt mig hvorfor.",
    "Min kontanthjælp er sat ned med 800 kr. Ingen har sagt noget til mig.",
]
NEGATIVES_R243_CRITB = [
    "Jeg fik et brev fra min søster, og der står ikke hvorfor hun flytter.",
    "Der kom et brev om mødet, men der står ikke hvor det er.",
    "Jeg lagde brevet i jeres postkasse to dage efter fristen, undskyld.",
    "Pakken lå i min postkasse to dage efter min fødselsdag.",
    "Min søster skrev i sit brev, at jeg havde sagt nej til festen. Det har jeg aldrig gjort.",
    "Sagsbehandleren skrev i sit brev, at jeg havde sagt ja til kurset. Det glæder mig.",
    "I to år har han hjulpet mig med at finde job.",
    "I ti år har hun været min sagsbehandler, og hun er god.",
    "Jeg skal dokumentere min sygdom, som er beskrevet i lægeerklæringen.",
    "Jeg har sendt lønsedlerne, som allerede er blevet udfyldt af min chef.",
    "Jeg har arbejdet gratis i tre år som frivillig i Røde Kors.",
    "Bussen har været gratis i tre måneder.",
    "Jeg har fået 500 kr mindre, fordi jeg arbejdede en dag. Det er fint.",
    "Jeg har fået 300 kr mindre, og sagsbehandleren har forklaret mig hvorfor.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R243_CRITB), *((t, False) for t in NEGATIVES_R243_CRITB)],
)
def test_r243_critb_told_by_what_happened(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# probe round 243 (critb): "Skam jer" and "X burde finde sig et andet arbejde" are said of the
# people: beside an insult, and with no criticism of a decision or a practice, the text is a
# personal attack. Near misses: the same beside criticism of a decision or a deadline, and the
# shame said with no insult at all
ATTACKS_R243_CRITB = [
    "I er nogle ynkelige snyltere, der lever af andres ulykke. Skam jer.",
    "Per Storm burde finde sig et andet job. Han er en hjernedød klovn.",
    "Sagsbehandleren burde finde sig et andet job. Hun er en uduelig klovn.",
]
STILL_CRITICISM_R243_CRITB = [
    "Afgørelsen er i strid med loven. I er nogle klovne. Skam jer.",
    "Jakob Bøgh burde finde sig et andet arbejde. Han har overskredet fristen i min sag med to "
    "måneder. Han er en klovn.",
    "Jakob Bøgh burde finde sig et andet arbejde. Han har overskredet fristen i min sag med to "
    "måneder.",
    "Skam jer. Min sag har ligget stille i et halvt år.",
]


@pytest.mark.parametrize("text", ATTACKS_R243_CRITB)
def test_r243_critb_personal_cue_beside_insult_is_the_attack(text: str) -> None:
    labels = triage(text).labels
    assert "insult" in labels
    assert "criticism" not in labels


@pytest.mark.parametrize("text", STILL_CRITICISM_R243_CRITB)
def test_r243_critb_personal_cue_beside_criticism_stays(text: str) -> None:
    assert "criticism" in triage(text).labels


# probe round 243 (r243_crita): criticism without the usual words — a programme that in years
# gave nothing but trifles; the phone queue that ends with the line shut; a benefit cut for a
# meeting missed in hospital; how many times a sick person must prove the illness again; the
# digital mail never answered; a programme longer than a whole education; "sådan skal ingen
# behandles"; the form template that wears the writer out; days spent finding out how to
# reach or complain to the jobcentre
POSITIVES_R243_CRITA = [
    # nothing but trifles after months or years in a programme (also "ik'" for "ikke")
    "Min datter har været i jobafklaringsforløbet i halvandet år og har ikke lært andet end at "
    "skrive en ansøgning.",
    "Tre år på det kursus, og jeg har ik fået andet end et diplom og en kuglepen.",
    "Otte måneder i aktiveringen, og han har intet lært.",
    # waiting in the phone queue until the line is shut or the call cut
    "Jeg har siddet 40 minutter i telefonkøen, og så afbrød de forbindelsen.",
    "Tyve minutter i kø hos jobcentret, og så lukkede de telefonen kl. 14.",
    "Efter en halv time i telefonkøen blev jeg smidt af.",
    # a benefit cut for a meeting missed while in hospital or ill, the cut named between
    "Jeg blev trukket to dages dagpenge for et møde, jeg ikke kunne nå, fordi jeg lå på "
    "hospitalet.",
    "Kommunen har sanktioneret min søn tre dage for udeblivelse fra samtalen, men han var "
    "indlagt.",
    # how many times one described by the illness must prove it again
    "Hvor mange gange skal en kvinde med kronisk gigt dokumentere, at hun stadig har gigt?",
    "Hvor mange gange skal min mand med sklerose bevise, at han er syg?",
    # the digital mail never answered
    "Jobcentret svarer aldrig på min digitale post.",
    "Skriv ikke til dem, de reagerer ikke på digital post.",
    # a programme or a case longer than a whole education or a pregnancy
    "Mit ressourceforløb har nu varet længere end en lægeuddannelse.",
    "Sagen har taget længere tid end en graviditet.",
    # nobody should be treated that way
    "Sådan bør intet menneske behandles.",
    "Ingen fortjener at blive behandlet på den måde, som jeg blev på jobcentret.",
    # the form template that wears the writer out
    "Den nye skabelon til CV'et dræber mig.",
    "Skabelonen til jobloggen driver mig til vanvid.",
    # days spent finding out how to complain or reach the jobcentre, shared so others are spared
    "Det tog mig tre uger at finde ud af, hvordan man klager over en afgørelse.",
    "Kommunens hjemmeside er et rod. Det tog mig flere dage at finde ud af det, så jeg skriver "
    "det her, så andre slipper.",
]
NEGATIVES_R243_CRITA = [
    "Min søn har været i ungeindsatsen i to år og har fået en læreplads.",
    "Jeg har været i praktik i tre måneder og har ikke fået andet end ros.",
    "Jeg har gået til fodbold i to år og har ikke lært andet end at løbe.",
    "Jeg stod i kø i 20 minutter i Netto, og så lukkede de kassen.",
    "Jeg sad 20 minutter i kø hos forsikringsselskabet, og så lukkede de telefonen.",
    "Telefonlinjen lukker kl. 12 om fredagen.",
    "Min fodboldklub har trukket mig 200 kr. i kontingent for udeblivelse fra træningen, men "
    "jeg var syg.",
    "Jeg har trukket mig fra kurset, fordi jeg var indlagt.",
    "Hvor mange gange om året skal en borger med sklerose til kontrol hos neurologen?",
    "Hvor mange gange skal jeg tage medicinen mod min sklerose?",
    "De svarer altid hurtigt på digital post.",
    "Kurset varer længere end planlagt.",
    "Lægeuddannelsen varer længere end en kandidatuddannelse.",
    "Alle skal behandles ens, og det gør I godt.",
    "Sådan skal man behandle borgerne – tak for en god samtale.",
    "Skabelonen til jobplanen er let at udfylde.",
    "Strikkeopskriften slår mig ihjel, haha.",
    "Det tog mig en uge at finde ud af, hvilken uddannelse jeg vil tage.",
    "Det tog mig to dage at finde ud af opskriften, så nu deler jeg den, så andre slipper.",
    "Kommunen har åbnet et nyt bibliotek. Det tog mig en uge at finde ud af, hvor bøgerne står.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R243_CRITA), *((t, False) for t in NEGATIVES_R243_CRITA)],
)
def test_r243_crita_criticism_without_the_usual_words(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# probe round 247 (requests): a caseworker said she would send a paper on, and the next
# sentence tells the receiver never got it: a broken promise in the case. Near misses: the
# writer's own promise, a receiver who got it, a private parcel
POSITIVES_R247_REQ = [
    "Min sagsbehandler sagde i maj, at han ville sende min ansøgning videre til visitationen. "
    "Nu siger de, at de ikke har modtaget noget.",
    "I skrev, at I skulle sende lægeerklæringen til ydelseskontoret. De har aldrig set den.",
]
NEGATIVES_R247_REQ = [
    "Jeg sagde i maj, at jeg ville sende papirerne. Nu har I fået dem.",
    "Min sagsbehandler sagde, at hun ville sende brevet videre. Nu har de fået det, tak.",
    "Min søster sagde, at hun ville sende pakken. Den er kommet i dag.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R247_REQ), *((t, False) for t in NEGATIVES_R247_REQ)],
)
def test_r247_req_promised_to_send_never_got(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticism


# probe round 247 (r247_critb): criticism by irony or a story — the treatment named
# discrimination of a group, something outside the system that helped more than its
# programme, a meeting cancelled at the door with no word, figures that "look good in the
# statistics", a reply that must be guessed or foretold, a working life taught to write a CV,
# and nobody ever asking what the citizen can
POSITIVES_R247_CRITB = [
    "Kommunen vil kun tale med mig over telefonen, og jeg er døv. Det er forskelsbehandling.",
    "I kræver MitID til alt. Det er ren diskrimination af folk uden smartphone.",
    "En uge i min brors kolonihave gjorde mere end et halvt års jobsøgningskursus hos jer.",
    "Mit frivillige arbejde i genbrugsbutikken har hjulpet mere end hele afklaringsforløbet.",
    "Jeg kom til tiden, men mødet var aflyst. Ingen havde givet mig besked.",
    "Min rådgiver var på ferie, da jeg mødte op, og ingen havde ringet til mig.",
    "Seks måneders gratis arbejde i en Føtex. Det ser garanteret flot ud i tallene.",
    "Endnu en syg i løntilskud. Det pynter sikkert i statistikken.",
    "Man kan lige så godt spå i kaffegrums om, hvornår kommunen ringer tilbage.",
    "Det er umuligt at gætte, hvornår sagsbehandleren svarer på mine beskeder.",
    "Efter 30 år i faget skal jeg nu på kursus i at skrive en ansøgning.",
    "Efter mange år på arbejdsmarkedet bliver jeg undervist i at skrive CV af en praktikant.",
    "To år i jobafklaring, og ingen har spurgt mig, hvad jeg er god til.",
    "De har aldrig en eneste gang spurgt os, hvad vi gerne vil arbejde med.",
]
NEGATIVES_R247_CRITB = [
    "Er det diskrimination, hvis en arbejdsgiver spørger om min alder?",
    "Min datter siger, at det er diskrimination, at hun ikke må få is før aftensmaden.",
    "Forløbet hos jer hjalp mere end medicinen, tak for det.",
    "Fisketuren hjalp mere, end jeg havde troet.",
    "Mødet var aflyst, fordi min sagsbehandler var syg. Jeg fik en sms i går.",
    "Min sagsbehandler var syg, men hun har ringet i dag.",
    "Statistikken viser, at flere er kommet i job i år.",
    "Tallene ser fine ud i årsrapporten, og ledigheden falder.",
    "Kan I sige, hvornår jobcentret svarer på min mail?",
    "Det er svært at spå om vejret i weekenden.",
    "Efter 20 år som kok vil jeg gerne lære at skrive på tysk.",
    "Efter 25 år på arbejdsmarkedet vil jeg gerne uddanne mig til noget nyt.",
    "Min sagsbehandler spurgte mig, hvad jeg kan, og det var rart.",
    "Ingen har spurgt mig, hvad jeg vil have i fødselsdagsgave.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R247_CRITB), *((t, False) for t in NEGATIVES_R247_CRITB)],
)
def test_r247_critb_criticism_by_irony_or_a_story(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# probe round 247 (crita): criticism without the usual words: nobody in control after years in
# a programme, a refusal despite an illness, the old and ill called to a job talk, a queue in
# the rain outside the jobcentre, a meeting turned up to that nobody called off, the doctor not
# listened to, the nth talk, applications that do not count, a benefit stopped mid-treatment
POSITIVES_R247_CRITA = [
    # nobody in control of a programme or the case
    "Tre år i jobafklaringsforløb, og ingen har overblik over min sag.",
    "Jeg har været i aktivering siden 2021, og der er ingen der har styr på noget.",
    # a refusal of a benefit or a scheme despite an illness
    "Min bror fik afslag på førtidspension, selv om han har sklerose.",
    "Jeg har fået afslag på ressourceforløb trods min kroniske smerter.",
    # the old and ill called to a job talk or activation
    "Min mor er indkaldt til jobsamtale som 64-årig med slidgigt i begge knæ.",
    "Han er sendt i praktik som 61 år gammel med en ny hofte.",
    # a queue or a long wait outside the jobcentre in rain or cold
    "Vi stod i kø foran kommunens dør i sneen en hel morgen, før de åbnede.",
    "Jeg ventede udenfor borgerservice i 30 minutter i øsende regn.",
    # turned up, and nobody had called
    "Jeg mødte op til mødet, men ingen havde givet besked om, at det var aflyst.",
    "Min rådgiver var sygemeldt. Ingen havde ringet til mig.",
    # why the jobcentre does not listen to the doctor (also in learner Danish)
    "Hvorfor lytter I ikke til min psykiater?",
    "Hvorfor kommunen ikke tro på lægen?",
    # the nth talk or course, counted in a sentence of its own
    "Nu skal jeg på jobsøgningskursus igen. Det er det femte.",
    "I har indkaldt mig til et nyt møde. Det er den ottende nu.",
    # applications made and said not to count
    "Jeg sendte 25 ansøgninger, og nu skriver I, at de ikke gælder.",
    "Mange ansøgninger har jeg lavet, men sagsbehandleren siger, at de ikke tæller.",
    # a benefit stopped in the middle of a serious treatment
    "Kommunen har frataget min mand hans kontanthjælp midt i strålebehandlingen.",
    "Midt i min kræftbehandling har I stoppet min ydelse.",
    # a winter or a year counted in a row, with nothing happening
    "Det er fjerde år i træk, jeg venter på en afklaring, og der sker intet.",
]
NEGATIVES_R247_CRITA = [
    "Der er ingen, der har styr på vejret i år.",
    "Til festen var der ingen der havde styr på musikken.",
    "Jeg fik afslag på lånet i banken, selvom jeg har gigt.",
    "Jeg fik afslag på fleksjob, men det var fordi jeg ikke havde søgt rigtigt.",
    "Min far er 63 år og glæder sig til samtalen.",
    "Jeg var til samtale med min sagsbehandler om min ryg.",
    "Jeg stod i kø udenfor Netto i 20 minutter i regnen.",
    "Jeg står udenfor jobcentret, det regner, kan I lukke mig ind?",
    "Jeg mødte op til samtalen, og det gik fint. Ingen havde sagt noget dårligt om mig.",
    "Min sagsbehandler var syg, men hun havde ringet og givet besked dagen før.",
    "Min læge lytter altid til mig, og det er dejligt.",
    "Jeg lytter altid til lægen.",
    "Hvornår er samtalen? Den er den tredje maj.",
    "Det er min første samtale. Det er den første.",
    "Tæller ansøgninger, som ikke er logget på Jobnet?",
    "Jeg har sendt 10 ansøgninger, og de tæller alle sammen.",
    "Mine sygedagpenge stopper, når behandlingen er færdig.",
    "Midt i kemobehandlingen fik jeg heldigvis et godt tilbud fra jobcentret.",
    "Vores hold vandt for tredje år i træk.",
    "Husk navnet. Det er ham, der stoppede min fars dagpenge midt i kemoen. Del det.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [*((t, True) for t in POSITIVES_R247_CRITA), *((t, False) for t in NEGATIVES_R247_CRITA)],
)
def test_r247_crita_criticism_without_the_usual_words(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# round 251 criticism: criticism told as a story or in dialect — a service cut so deep it no
# longer meets the need, courses counted against the time out of work, an offer asked for
# that would "really" lead to a job, an absence logged for a meeting the jobcentre called off,
# a rule to be changed or complaints will follow, a caseworker's "not my job", meetings only
# in working hours, a practice called hopeless, activation right after an operation, a young
# citizen passed from course to course, so long a time for so little, Jutlandic waits, and a
# clot in the plural. Half signs are shown beside another half sign ("frustrerende").
POSITIVES_R251_CRITICISM = [
    # a service cut so far that it no longer meets the need
    "Hjemmevejledningen er beskåret så hårdt, at vi nu kun får besøg hver sjette uge.",
    "I har skåret værestedet så meget ned, at det kun holder åbent to dage om ugen.",
    # a contact person seen rarely while needed often (half sign)
    "Min datter får kun besøg af sin kontaktperson hver anden måned, selvom hun har brug for "
    "hjælp hver dag. Det er frustrerende.",
    "Min mor har kun sin mentor to gange om året, men hun har brug for ham hver dag. Det er "
    "frustrerende.",
    # an offer asked for that would really lead to work
    "I kunne jo prøve at skaffe mig en praktik, som reelt giver et arbejde bagefter.",
    "Måske kunne I sende folk på noget, som også fører til beskæftigelse.",
    # courses counted after the time out of work, and a cv known by heart (two half signs)
    "Min kæreste var sygemeldt i tre år og blev i den tid sendt på fire forløb. Han kan sin "
    "ansøgning i søvne.",
    "Arbejdsløs i 18 måneder, og nu har jeg været på seks kurser. Nu kan jeg jobansøgningen i "
    "blinde.",
    # logged as absent from a meeting that was called off, and sanctioned
    "Samtalen blev aflyst af jer. Alligevel står jeg nu som udeblevet, og I har trukket mig i "
    "ydelse.",
    "Jeg er registreret som udeblevet fra et møde, der var aflyst.",
    # a meeting called off at the last moment, or turned up to and found off (half sign)
    "Mødet blev aflyst en time før via sms. Det er frustrerende.",
    "Jeg troppede op til samtalen, og så viste det sig, at den var blevet aflyst. Frustrerende.",
    # a rule to be changed, or complaints and protests will follow
    "Hvis sanktionsreglerne ikke rettes, sender vi sagen til Ombudsmanden og medierne.",
    "Ændres loftet ikke, vil I se protester foran rådhuset.",
    # signatures gathered (half sign)
    "Foreningen har nu indsamlet over 900 underskrifter mod den nye praksis. Det er frustrerende.",
    "Vi har indsamlet tusindvis af underskrifter, og det er frustrerende at vente på svar.",
    # a caseworker answering "not my job"
    "Jeg spurgte til min sag, men sagsbehandleren sagde: Det er ikke mit problem.",
    "Det hører ikke under mig, svarede rådgiveren, og så lagde hun på.",
    # meetings only in working hours
    "I indkalder kun til samtaler i arbejdstiden, selvom jeg har job.",
    "Samtalerne ligger kun i dagtimerne, mens vi andre er på arbejde.",
    # a practice of the jobcentre called hopeless
    "Det er helt håbløst, at kommunen ikke kan finde ud af at svare.",
    "Det er håbløst at I aldrig svarer på mails.",
    # called to activation right after an operation
    "En uge efter operationen lå der en indkaldelse til jobsøgningskursus.",
    "Jeg blev indkaldt til praktik tre dage efter, at jeg var udskrevet fra sygehuset.",
    # nobody can stop what the system sent; turned up ill for fear of the benefit (half signs)
    "Computeren havde lavet indkaldelsen, og ingen kunne trække den tilbage. Så jeg gik derind "
    "med feber, for jeg turde ikke miste min ydelse.",
    "Brevet kom automatisk, og ingen på kontoret kunne annullere det. Det er frustrerende.",
    "Jeg tog derind med 39 i feber, da jeg frygtede at blive trukket i ydelsen. Det er "
    "frustrerende.",
    # passed from one course to the next
    "Min søn er blevet skubbet fra den ene praktik til den næste.",
    "Jeg er blevet sendt fra kursus til kursus i tre år.",
    # nobody asking what the citizen wants (half sign)
    "Ingen har nogensinde spurgt mig, hvad jeg selv gerne vil. Det er frustrerende.",
    "Ingen spørger, hvad jeg selv vil med mit liv. Det er frustrerende.",
    # so long a time for so small a task (half sign), beside "it cannot be right"
    "I har brugt så mange uger på at gennemgå et enkelt skema. Det er frustrerende.",
    "Hvorfor tager det så længe at se på et par ark? Det er frustrerende.",
    # Jutlandic: a wait, nobody calling back, "it cannot be right"
    "Min kone ha' vent' i fire måneder på jer.",
    "Der er ingen, der ringer mig tebage.",
    "Det ka ett pass', at min ansøgning stadig ligger hos jer. Det er frustrerende.",
    # activation despite clots, in the plural
    "Han er tvunget i aktivering trods blodpropperne i benet.",
    "Hun blev sendt i aktivering trods to blodpropper.",
]
NEGATIVES_R251_CRITICISM = [
    "Hækken er skåret så meget ned, at vi kan se naboens have.",
    "Tilbuddet er udvidet så meget, at alle kan komme hver dag.",
    "Min nevø mødes med sin mentor én gang om måneden, og det passer ham fint.",
    "Hun ser kun sin kontaktperson hver anden uge nu.",
    "Kan I tilbyde et kursus, der fører til et job?",
    "Hvad med at tilbyde kaffe til mødet i morgen?",
    "Efter weekenden kan jeg min jobansøgning udenad, så jeg er klar.",
    "Jeg var ledig i 3 måneder og tog fire kurser i spansk om aftenen.",
    "Sygemeldt i et år og sendt på to forløb, som begge var gode.",
    "Jeg udeblev fra mødet, fordi jeg glemte det.",
    "Mødet blev aflyst, og vi finder en ny tid.",
    "Vores fodboldkamp blev aflyst natten før på grund af sne.",
    "Vi aflyste festen aftenen før på grund af storm.",
    "Hvis reglerne ikke bliver ændret, kan jeg så stadig søge tilskud?",
    "Hvis loven ikke bliver lavet om, gælder den gamle frist stadig.",
    "Vi har samlet 200 underskrifter til en ny legeplads.",
    "Han samlede underskrifter fra kendte fodboldspillere.",
    "Det er ikke mit bord, sagde min kollega om opvasken.",
    "Rådgiveren sagde, at det er hendes ansvar, og hun hjalp mig straks.",
    "Kan vi holde mødet om formiddagen? Jeg arbejder om eftermiddagen.",
    "Vi holder kun møder om formiddagen i min forening.",
    "Det er håbløst at finde en lejlighed i København.",
    "Vejret er håbløst i dag, men jeg kommer.",
    "To dage efter operationen fik jeg en indkaldelse til kontrol på sygehuset.",
    "Jeg blev indkaldt til genoptræningsforløb en uge efter operationen.",
    "Ingen kunne stoppe ham på banen i går.",
    "Lyset tænder automatisk, og ingen kan stoppe det.",
    "Jeg tog afsted til festen, fordi jeg var bange for at miste min plads.",
    "Jeg møder op i morgen, fordi jeg ikke vil miste min hjælp.",
    "Jeg gik fra det ene kursus til det næste på universitetet og elskede det.",
    "Pakken blev sendt fra det ene lager til det andet.",
    "Min mor bestilte kagen uden at nogen spurgte, hvad jeg selv ville have.",
    "Ingen spurgte, hvad jeg selv ville have til fødselsdagen.",
    "Jeg brugte så lang tid på at læse to sider, fordi jeg er ordblind.",
    "Det tager ikke så lang tid at udfylde et skema.",
    "Æ har vent' i fem minutter på bussen.",
    "Vent tre uger, før du søger igen.",
    "Det ka itj pass' i min bil.",
    "Min far har haft tre blodpropper, men han har det godt nu.",
    "Min mor har haft to blodpropper og går til kontrol hos lægen.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        *((t, True) for t in POSITIVES_R251_CRITICISM),
        *((t, False) for t in NEGATIVES_R251_CRITICISM),
    ],
)
def test_r251_criticism_told_as_a_story_or_in_dialect(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# round 255 criticism
# probe round 255: criticism told as a story, with figures or in sarcasm — rates one cannot
# live on, the municipality in luxury, papers lost and a refusal for lateness, a silence judged
# too long, a journal note whose premise is denied, a heavy placement after an illness and a
# note calling the citizen unmotivated, the tip of the iceberg, cases nobody has opened, a
# doctor's paper waved aside, a caseworker at a screen through a short meeting, praise of the
# system followed by the price of being ill; and sincere praise of the municipality, which is
# no criticism
POSITIVES_R255_CRITICISM = [
    # benefit rates one cannot live on
    "Kontanthjælpen er ikke til at leve af, når man har to børn.",
    "Ærligt talt: de nye satser kan ingen leve af.",
    # the municipality or its heads in luxury
    "Ledelsen på rådhuset lever som grever, mens ledige får skåret i hjælpen.",
    "Forvaltningen ødsler med skattekronerne på konsulenter og nye skilte.",
    # papers said to be lost; lost, then refused as too old
    "Jeg fik besked om, at min lægeerklæring var forsvundet, så nu må jeg betale for en ny.",
    "Da jeg ringede, sagde de, at mine papirer var blevet væk hos dem.",
    "Min ansøgning om tilskud blev væk i systemet. Bagefter fik jeg afslag, fordi den var for "
    "gammel.",
    # a silence since a month judged too long
    "Jeg har ikke hørt fra jer siden påske, og det er alt for længe.",
    "Intet svar siden januar på min klage, og det er for lang tid.",
    # a note whose premise the writer denies
    "I notatet står der, at jeg har afslået et kursus. Jeg har aldrig hørt om det kursus.",
    "Der står i journalen, at jeg har takket nej til en praktik. Men jeg har aldrig fået tilbudt "
    "nogen praktik.",
    # a heavy placement after an illness; unable to stand after days, noted as unmotivated
    "Med min slidgigt blev jeg sendt i praktik i et byggemarked, hvor jeg skulle bære kasser seks "
    "timer om dagen.",
    "Hun har diskusprolaps og er blevet sendt i praktik på et lager, hvor hun skal løfte paller "
    "fem timer om dagen.",
    "Min søn blev sendt i praktik på et plejehjem. Efter to dage kunne han ikke rejse sig. I "
    "referatet står der umotiveret.",
    "Efter en uge i praktikken kunne hun ikke gå. I notatet står der nu 'manglende vilje'.",
    # the tip of the iceberg
    "Sagsbehandlingstiden er bare toppen af isbjerget i den her kommune.",
    "Nedskæringerne på jobcentret er kun toppen af isbjerget.",
    # cases nobody has opened for months
    "På afdelingen ligger over 300 klager, som ingen har åbnet i flere måneder.",
    "Jeg har hørt fra en ansat, at der er ansøgninger, der ikke nogen har rørt i et halvt år.",
    # a doctor's paper waved aside
    "Rådgiveren mente, at speciallægens erklæring var irrelevant for min sag.",
    "Min sagsbehandler skrev, at psykiaterens udtalelse ikke kunne bruges til noget.",
    # a short meeting at a screen
    "Samtalen med min rådgiver varede fem minutter. Han sad og kiggede på sin computer under hele "
    "samtalen.",
    "Konsulenten stirrede ned i sin computer hele mødet og spurgte ikke om noget.",
    # the system praised, then the price of being ill
    "Genialt system: man skal ringe ind hver morgen for at få lov til at være sygemeldt.",
    "Fremragende ordning: man skal møde op hver mandag for at få lov at være ledig.",
]
NEGATIVES_R255_CRITICISM = [
    "Min løn som studentermedhjælper er ikke til at leve af, så jeg søger et nyt job.",
    "Hvor meget kan man leve af om måneden i København? Jeg skal lægge et budget.",
    "Vores naboer lever i sus og dus efter lottogevinsten.",
    "Vi levede som konger på ferien i Spanien.",
    "Jeg troede, mine nøgler var væk, men de lå i jakken.",
    "Jeg fik at vide, at min ansøgning var modtaget, og at svaret kommer om to uger.",
    "Jeg fik afslag på lejligheden, fordi jeg kom for sent til fremvisningen.",
    "Jeg har ikke hørt noget fra min søster siden påske, og det er for længe.",
    "Jeg har ikke hørt noget siden marts, men det er ikke for længe, det ved jeg.",
    "I notatet står der, at jeg har sagt ja til et kursus. Det glæder jeg mig til.",
    "Der står i journalen, at jeg har sagt nej til medicin. Det er korrekt.",
    "Han fik nyt knæ i januar og begyndte selv på et job, hvor han står fire timer om dagen.",
    "Efter operationen i hoften blev jeg sendt i genoptræning, hvor jeg skulle gå to timer om "
    "dagen.",
    "Efter tre dage på ski kunne han ikke gå.",
    "I referatet står der umotiveret.",
    "Min gæld til banken er kun toppen af isbjerget.",
    "Titanic ramte isbjerget, og vi så kun toppen af isbjerget.",
    "På loftet ligger der sager, som ingen har kigget på i årevis.",
    "Der er ingen sager på mit bord, som jeg ikke har kigget på i en uge.",
    "Lægen sagde, at røntgenbeskrivelsen ikke var relevant for min behandling.",
    "Jeg skrev i min ansøgning, at min lægeerklæring er vedlagt.",
    "Mødet varede ti minutter, og så var alt på plads.",
    "Min datter sad og kiggede på sin telefon hele tiden til middagen.",
    "Han kiggede på sin computer hele tiden, fordi han spillede skak.",
    "Fantastisk system, jeg kunne booke en tid online på to minutter.",
    "Man skal have en lægeerklæring for at få lov at være syg i mere end to uger.",
    # sincere praise: "godt gået, kommune" counts once, as a half sign of irony
    "Flot arbejde med den nye park ved stationen. Godt gået, kommune!",
    "Tak for den hurtige hjælp med min flytning. Godt gået, jobcenter.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        *((t, True) for t in POSITIVES_R255_CRITICISM),
        *((t, False) for t in NEGATIVES_R255_CRITICISM),
    ],
)
def test_r255_criticism_told_as_a_story_with_figures_or_sarcasm(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# round 259 criticism
# how the jobcentre must meet citizens (trust, not suspicion); what its letters do to people;
# going public with one's story; doctors' papers against the decision and measures that bring
# nobody nearer a job (half signs, here together); a summons far away, unasked, with a fare
# beyond one's means; a rule that punishes the weakest or should go; a rule that made life
# harder; a cancelled meeting with no apology and no new time; cuts at the weakest's expense
POSITIVES_R259_CRITICISM = [
    "Kommunen bør behandle de syge med respekt og ikke med kontrol.",
    "Sagsbehandlerne bør se folk på sygedagpenge med respekt i stedet for med kontrol.",
    "I aner ikke, hvad jeres indkaldelser gør ved mennesker.",
    "Har I tænkt over, hvad kommunens sanktioner gør ved familier?",
    "Svarer I ikke inden fredag, tager jeg til Ugebladet med hele historien.",
    "Jeg ringer også til TV Syd med hele min historie.",
    "Ingen af psykiaterne mener, at han kan tage et job, og kurserne har aldrig bragt ham "
    "nærmere arbejdsmarkedet.",
    "Jeg er indkaldt til kursus 35 km hjemmefra, uden at nogen har spurgt, om jeg har en bil.",
    "Mødet ligger 30 kilometer væk, og jeg skal selv betale 96 kroner for bussen, selvom jeg "
    "kun får 5.500 kr om måneden.",
    "Integrationsydelsen straffer de svageste familier.",
    "Ordningen straffer dem, der er mest udsatte.",
    "Jeg har læst om kontanthjælpsloftet i avisen. Det bør fjernes straks.",
    "Reformen har gjort vores hverdag hårdere.",
    "Loftet over ydelserne har gjort min økonomi umulig.",
    "Min samtale blev aflyst en time før. Ingen forklaring, ingen ny aftale.",
    "Rådgiveren mødte aldrig op. Uden en undskyldning og uden ny tid.",
    "Lukningen af værestedet er en besparelse på bekostning af de svageste i byen.",
    "Byrådets nedskæring er lavet på bekostning af kvaliteten.",
]
NEGATIVES_R259_CRITICISM = [
    "Jeg blev mødt med tillid og respekt i jobcentret, ikke med mistanke.",
    "Som træner skal man møde spillerne med tillid, ikke med kontrol.",
    "Jeg ved godt, hvad jeres kaffe gør ved folk om morgenen.",
    "Jeg vil gerne vide, hvad jeres brev betyder for min sag.",
    "Jeg går til min psykolog med historien om min barndom.",
    "Min søn tager til bedstemor med historien om sin fodboldkamp.",
    "Ingen af lægerne mener, at jeg kan arbejde, så jeg søger førtidspension.",
    "Kurserne har ikke bragt mig tættere på et job, men jeg har lært meget.",
    "Koncertbilletten koster 450 kr, og jeg har 7.000 kr om måneden at leve for, så jeg bliver "
    "hjemme.",
    "Vores sommerhus ligger 40 km væk fra byen.",
    "Min bror meldte mig til fodbold, uden at nogen havde spurgt, om jeg ville.",
    "Færdselsloven straffer dem, der kører for stærkt.",
    "Hundeloven straffer dem, der ikke har snor på.",
    "Loftet i køkkenet drypper. Det bør fjernes og laves nyt.",
    "Den nye cykel har gjort mit liv nemmere.",
    "Reglen har gjort mit liv lettere, fordi jeg nu kan arbejde flere timer.",
    "Frisøren aflyste min tid. Ingen undskyldning, ingen ny tid.",
    "Tandlægen flyttede min tid uden forklaring og uden ny dato.",
    "Hun gjorde karriere på bekostning af familien.",
    "Vi byggede terrassen på bekostning af plænen.",
]


@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        *((t, True) for t in POSITIVES_R259_CRITICISM),
        *((t, False) for t in NEGATIVES_R259_CRITICISM),
    ],
)
def test_r259_criticism_of_policy_summons_and_cancellations(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# round 263 critpriv
# A service change told by what it cost someone (the desk shut, and now nobody can be
# reached); a course or meeting cancelled that nobody told of; the minutes named first, then
# disputed; an interpreter missing although asked for, or a decision nobody explained.
R263_CRITICISM = [
    # service cut, someone left without contact
    ("Efter at kommunen lukkede skranken på rådhuset, har min mor på 79 ikke kunnet få fat i "
     "nogen. Hun har ingen smartphone.", True),
    ("Siden I omlagde telefontiden til kun to timer om ugen, kan jeg ikke komme igennem til min "
     "sagsbehandler.", True),
    ("Jeg flyttede min cykel over på den anden side, og nu kan jeg ikke få fat i nøglerne.", False),
    ("Efter I lukkede skranken, har jeg ikke haft brug for hjælp, for alt går via e-boks.", False),
    # cancelled, nobody told
    ("Mit jobsøgningsforløb blev aflyst i sidste uge. Ingen sagde noget til mig.", True),
    ("Samtalen blev flyttet til torsdag, men ingen ringede og fortalte mig det.", True),
    ("Mit kursus blev aflyst. Det fandt jeg først ud af, da jeg mødte op i morges.", True),
    ("Fodboldtræningen blev aflyst. Ingen ringede, men det stod på klubbens hjemmeside.", False),
    ("Det regnede, så havefesten blev aflyst. Ingen ringede, men vi fandt ud af det.", False),
    ("Kurset blev flyttet til et andet lokale. Det fandt jeg ud af i receptionen.", False),
    # the record named first, then denied
    ("I notatet står der, at jeg har sagt ja til fuld tid. Det har jeg ikke sagt.", True),
    ("På referatet fra mødet står der, at jeg ikke vil i praktik. Det passer ikke.", True),
    ("I referatet står der, at vi aftalte ti timer om ugen. Det passer godt med min plan.", False),
    ("I notatet står der, at jeg har sagt ja til fuld tid. Det har jeg sagt, og det står jeg "
     "ved.", False),
    # no interpreter although asked; nobody explained the decision
    ("Vi fik ingen tolk til samtalen, selv om jeg havde bestilt en på forhånd.", True),
    ("Ingen forklarede hende, hvorfor forløbet pludselig blev stoppet.", True),
    ("Der var ikke brug for tolk, selvom jeg havde bestilt en, for min søn talte dansk.", False),
    ("Tolken var der, som jeg bad om, og mødet gik godt.", False),
    ("Ingen forklarede mig vejen, så jeg gik forkert i bygningen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R263_CRITICISM)
def test_r263_criticism_told_as_a_story(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# round 267 criticism
# Criticism told as a story or stated as fact: minutes unlike the meeting; a penalty although
# the jobcentre accepted the reason; a long wait before a payment; a promise found broken;
# help stopped "for lack of contact" after the citizen called; a refusal against the plan;
# placement after placement without pay; a chief's public claim belied; an episode that shows
# the staffing; a unit cut; the same stock answer for months or nobody knowing who has the
# case; another citizen granted on the papers the writer was refused on; a child as interpreter.
R267_CRITICISM = [
    # minutes unlike the meeting
    ("Referatet fra samtalen i tirsdags stemmer overhovedet ikke med det, vi aftalte.", True),
    ("Det notat, Per Storm sendte mig, passer ikke med det, jeg sagde til mødet.", True),
    ("Referatet fra samtalen i tirsdags stemmer fint med det, vi aftalte.", False),
    ("Referatet fra mødet svarer til det, vi talte om, så jeg skriver under.", False),
    # a penalty though the reason was accepted
    ("Min sagsbehandler skrev, at afbuddet var fint. Alligevel blev jeg trukket i kontanthjælp "
     "for to dage.", True),
    ("Jeg fik at vide, at sygemeldingen var godkendt, men alligevel fik jeg en sanktion.", True),
    ("Lægen sagde, at det var i orden at løbe igen. Alligevel fik jeg ondt i knæet.", False),
    ("Sagsbehandleren sagde, at det var i orden at flytte mødet, og jeg fik en ny tid.", False),
    # a long wait before a payment
    ("Der gik elleve uger, før kommunen udbetalte min kontanthjælp.", True),
    ("Det tog tre måneder, før jeg fik svar på min ansøgning om sygedagpenge.", True),
    ("Det tog to uger, før sygedagpengene kom, og det er helt normalt.", False),
    ("Det tog 14 uger, før hækken var vokset ud igen efter klipningen.", False),
    # a promise found broken
    ("Sagsbehandleren lovede at bestille lægeattesten. To måneder efter opdagede jeg, at det "
     "aldrig var sket.", True),
    ("Kim Frederiksen har lovet mig et afklaringsforløb. Da jeg ringede for at høre nærmere, "
     "fik jeg at vide, at der ikke var oprettet noget.", True),
    ("Min søster lovede at sende kagen. Senere fandt jeg ud af, at den aldrig var blevet bagt.",
     False),
    ("Sagsbehandleren lovede at sende papirerne. Dagen efter så jeg, at de var kommet frem.",
     False),
    # help stopped for lack of contact, though the citizen called
    ("Jeg ringede tre gange i marts og lagde besked. Så fik jeg et brev om, at ydelsen var "
     "standset på grund af manglende henvendelse.", True),
    ("Jeg har skrevet fire mails til jer. I dag blev min kontanthjælp stoppet på grund af "
     "manglende kontakt.", True),
    ("Jeg havde ikke ringet tilbage, så min hjælp blev stoppet på grund af manglende kontakt.",
     False),
    ("Min ydelse blev stoppet på grund af manglende kontakt, mens jeg var indlagt.", False),
    # a refusal against the plan
    ("Afdelingslederen har nægtet ham en mentor, skønt det fremgår af jobplanen.", True),
    ("I afviste min ansøgning om kursus, selvom min handleplan kræver det.", True),
    ("Han afviste at spise kagen, selv om det står i hans madplan.", False),
    ("Jobcentret gav ham en mentor, som det står i hans handleplan.", False),
    # placement after placement without pay
    ("Jeg har haft fire praktikker, ingen løn, og stadig intet job.", True),
    ("Han har været i praktik fem gange uden løn.", True),
    ("Jeg har haft tre praktikker, og alle gav løn.", False),
    ("Min datter på 16 var i praktik i en uge uden løn og syntes, det var sjovt.", False),
    # a chief's public claim belied
    ("Direktøren fortæller i radioen, at alle får svar til tiden. Min oplevelse er en helt "
     "anden: jeg har ventet i tre måneder.", True),
    ("Jeg tror ærligt talt, at ledelsen pynter på statistikken over ventetiderne.", True),
    ("Vi pyntede juletræet i går, og børnene hjalp.", False),
    ("Direktøren fortæller i radioen om sommerens festival. Min oplevelse er, at den var god.",
     False),
    # an episode that shows the staffing
    ("Han nåede ikke at spise frokost, og det fortæller jo en del om arbejdspresset i "
     "afdelingen.", True),
    ("Der var kun én på vagt i receptionen hele formiddagen. Det siger vel alt om bemandingen.",
     True),
    ("Det siger alt om vejret i år, at vi stadig har sne i april.", False),
    ("Der var kun én ved kassen i Netto, det siger vel alt om bemandingen der.", False),
    # a unit cut
    ("Kommunen har skåret afdelingen ned til fem sagsbehandlere.", True),
    ("Ledelsen skar teamet ned, så nu er der ingen til at tage telefonen.", True),
    ("Jeg skærer løget ned i små tern.", False),
    ("Træneren skar holdet ned til elleve mand før kampen.", False),
    # the same stock answer for months, nobody knowing who has the case
    ("I fem måneder har jeg fået at vide, at ansøgningen ligger til vurdering.", True),
    ("Ingen kunne fortælle mig, hvem min sagsbehandler er.", True),
    ("Ingen kunne sige mig, hvem der vandt kampen i går.", False),
    ("I to dage har jeg fået at vide, at sagen ligger hos lægekonsulenten.", False),
    # granted on the papers the writer was refused on
    ("Hun fik tilkendt ressourceforløb med præcis de samme erklæringer, som jeg fik nej på.",
     True),
    ("Jeg fik afslag, men min nabo fik bevilget fleksjob på de samme lægeerklæringer.", True),
    ("Min kollega fik bevilget fleksjob, og jeg fik også bevilget det på de samme "
     "lægeerklæringer.", False),
    ("Vi fik begge afslag på de samme lægeerklæringer, og det var forventeligt.", False),
    # a child as interpreter
    ("Vi havde bestilt tolk, men der kom ingen, og sagsbehandleren mente, at vores søn på 12 "
     "sagtens kunne tolke.", True),
    ("Der var ingen tolk, så min datter måtte oversætte alt for mig.", True),
    ("Min datter på 14 kunne oversætte menuen for os på ferien.", False),
    ("Vi bad om en tolk, og tolken kom, så min søn kunne blive i skole.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R267_CRITICISM)
def test_r267_criticism_told_as_a_story(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# round 271 critA
# Criticism told as a story of case handling: each idea with texts that must get criticism
# (True) and near misses that must not (False).
R271_CRITA_CRITICISM = [
    # a decision resting on a meeting the citizen was never called to
    ("Afslaget bygger på en samtale, som jeg aldrig blev indkaldt til.", True),
    ("Per Storm har stoppet min kontanthjælp med henvisning til et møde, jeg ikke var "
     "indkaldt til.", True),
    ("Jeg er aldrig blevet indkaldt til en samtale før. Hvad skal jeg have med?", False),
    ("Afgørelsen kom i går, og jeg blev indkaldt til et møde om den.", False),
    # objections not written down
    ("Sofie Holm nægtede at notere mine bemærkninger til arbejdsprøvningen.", True),
    ("Konsulenten ville ikke skrive hans indsigelser ind i journalen.", True),
    ("Jeg nægtede at skrive mine bemærkninger på sedlen.", False),
    ("Sofie Holm noterede alle mine indsigelser, og det takker jeg for.", False),
    # cut off again and again by staff
    ("Rådgiveren afbrød min mand gang på gang under samtalen.", True),
    ("Min bror afbrød mig igen og igen, da vi var børn.", False),
    # came as summoned, told only there that the meeting was off
    ("Jeg stod i skranken til tiden. Så sagde de, at samtalen var rykket til torsdag.", True),
    ("Jeg mødte op klokken ti, og først der fik jeg at vide, at mødet var aflyst.", True),
    ("Jeg fik at vide i telefonen, at mødet var aflyst, så jeg mødte ikke op.", False),
    ("Jeg mødte op hos tandlægen, og de sagde, at tiden var flyttet.", False),
    # not let see or comment on the papers
    ("Han fik ikke adgang til den journal, indstillingen bygger på.", True),
    ("Min klient fik aldrig lejlighed til at kommentere speciallægens erklæring.", True),
    ("Jeg har ikke haft mulighed for at læse oplysningerne endnu, men gør det i aften.", False),
    ("Min søn fik ikke lov til at se fjernsyn i går.", False),
    # no minutes taken
    ("Der blev ikke skrevet noget referat af samtalen med Kim Frederiksen.", True),
    ("Mødet sluttede, uden at nogen havde taget referat.", True),
    ("Jeg skrev ikke referat selv, for det gjorde sagsbehandleren.", False),
    ("Har I taget referat af mødet i tirsdags?", False),
    # why does it take so long
    ("Hvorfor skal det tage så lang tid med min afklaring?", True),
    ("Hvorfor går der så længe, før I svarer på min ansøgning?", True),
    ("Hvor lang tid tager det normalt at få svar?", False),
    ("Jeg forstår godt, hvorfor det tager lang tid i ferien.", False),
    # papers late, offer lost
    ("Virksomheden fik først bevillingen efter to måneder, og så trak de tilbuddet.", True),
    ("Firmaet trak stillingen, fordi papirerne fra jer kom alt for sent.", True),
    ("Min arbejdsgiver fik papirerne i maj og glæder sig til, at jeg starter.", False),
    ("Arbejdsgiveren trak sit tilbud, fordi jeg fandt et andet job.", False),
    # someone must answer for it not happening again
    ("Nogen på kontoret må tage ansvar for, at det her ikke gentager sig.", True),
    ("Ledelsen bør påtage sig ansvaret for, at sådan en fejl ikke sker igen.", True),
    ("Nogen må tage ansvaret for, at børnene kommer i skole.", False),
    ("Jeg har selv ansvaret for, at min cykel ikke bliver stjålet.", False),
    # a promised call-back, and weeks went by
    ("Hun sagde, hun ville ringe mig op i morgen. Der gik tre uger.", True),
    ("Rådgiveren lovede at skrive tilbage samme dag. Det tog fire uger.", True),
    ("Hun sagde, hun ville ringe mig op i morgen. Det gjorde hun også.", False),
    ("Min bror sagde, han ville ringe tilbage. Der gik fem minutter.", False),
    # asked again, still nothing done (two half signs that meet)
    ("Jeg rykkede igen i april. Nu er det juni. Ingen har skrevet. Der er stadig ikke sket "
     "noget.", True),
    ("Vi skrev igen i sidste uge, og der er stadigvæk intet sket.", True),
    ("Der er stadig ikke sket noget med min ryg, selv om jeg træner.", False),
    ("Jeg spurgte igen, og så kom svaret med det samme.", False),
    # Jutland dialect: called again and again, and what was promised never came
    ("A har ringet fem gang, og ingen ka fortæl mæ nåt.", True),
    ("Han sagd, a pæng kom i går, men der kom ingenting.", True),
    ("A har ringet fem gang, og hun ka fortæl mæ alt.", False),
    ("Han sagd, a bussen kom kl. otte, men der kom ingen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R271_CRITA_CRITICISM)
def test_r271_crita_criticism_told_as_a_story(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & ABUSE


# round 271 critB
# Criticism of policy, decisions and handling stated as a judgement: each idea has its own
# positives and near misses (the engine's own examples, not the probes').
R271B_CRITICISM = [
    # a rule or a cap called crap with a word on its politics between (offensive too)
    ("Boligstøtteloftet er noget ideologisk møg, der rammer de svageste.", True),
    ("Den nye reform er det rene politiske bras.", True),
    ("Min gamle cykel er noget politisk bras, siger min bror.", False),
    ("Politisk snak er ikke min kop te.", False),
    # what staff said held up as unfit to say to someone
    ("Han sagde, at jeg bare måtte tage mig sammen. Det er en trussel, man ikke bør sige på "
     "den måde til en syg borger.", True),
    ("Det er en trussel, som I ikke må sige sådan til mennesker, der er syge.", True),
    ("Man bør ikke sige sådan til sin mor, mente min søster.", False),
    ("Det er ikke noget, man bør sige højt.", False),
    # a rotten day at the jobcentre beside a wait at its desk
    ("Hold da op en lortedag på kommunen. To timer i kø ved skranken.", True),
    ("Endnu en møgdag hos sagsbehandleren. Fire timer i kø i venteværelset.", True),
    ("Sikke en møgdag på arbejdet, jeg er helt færdig.", False),
    ("Lortedag i haven, regnen ødelagde alt.", False),
    # a rule or a benefit that got nobody into work
    ("Reformen har ikke bragt en eneste af mine naboer i job.", True),
    ("Ordningen har aldrig fået nogen af os i arbejde.", True),
    ("Min onkel har ikke fået mig i arbejde endnu, men han prøver.", False),
    ("Reformen har fået mange i arbejde, siger ministeren, og det er godt.", False),
    # a caseworker who has not read up on the case
    ("Rådgiveren havde slet ikke sat sig ind i min sag, før vi mødtes.", True),
    ("Min sagsbehandler har aldrig sat sig ind i sagen, hun kendte ikke min diagnose.", True),
    ("Jeg har ikke sat mig ind i de nye regler endnu.", False),
    ("Hun havde sat sig grundigt ind i min sag, og det var dejligt.", False),
    # a rule fine on paper failing those it meets, and lawmakers who did not think of them
    ("Den nye regel ser fin ud på papiret, men i praksis kan vi ikke nå det. Politikerne har "
     "ikke tænkt på os.", True),
    ("Lovgiverne har overhovedet ikke tænkt på os, der bor alene med børn.", True),
    ("Lejligheden så fin ud på papiret, men der var skimmel i badeværelset.", False),
    ("Har lovgiverne mon tænkt på det?", False),
    # a lack in how a case is followed up
    ("Ingen har ringet i et halvt år. Det er en tydelig brist i sagsbehandlingen.", True),
    ("Der er et stort hul i opfølgningen af min søns forløb.", True),
    ("Der var en mangel i opfølgningen på sygehuset efter min operation.", False),
    ("Vi mangler i opfølgningen et par tal fra dig, skrev banken.", False),
    # a cut in the number of caseworkers, and the priority read off it
    ("Kommunen har sparet på antallet af sagsbehandlere, men ansat tre nye chefer.", True),
    ("Ledelsen har skåret i antallet af jobkonsulenter. Det viser meget om, hvad der bliver "
     "prioriteret.", True),
    ("Jeg har skåret i antallet af kopper kaffe om dagen.", False),
    ("Det siger alt om, hvad der bliver prioriteret i vores fodboldklub.", False),
    # what staff put in a plan or a note called untrue
    ("Rådgiveren har skrevet i referatet, at jeg sagde ja til praktikken. Det passer ikke.",
     True),
    ("Der står i min jobplan, at jeg kan arbejde fuld tid. Det er ikke rigtigt.", True),
    ("Min søster skrev i planen for festen, at jeg tager kage med. Det er ikke rigtigt.",
     False),
    ("Det er ikke rigtigt, at jeg har fødselsdag i dag.", False),
    # a decision or a rule called rigid or unwise
    ("Det er en stivbenet og tåbelig regel, som ingen har glæde af.", True),
    ("Afdelingslederens ufleksible beslutning har gjort det umuligt for mig at passe mit "
     "barn.", True),
    ("Det var en uklog beslutning, jeg tog, da jeg købte bilen.", False),
    ("Mit valg af sko var uklogt i regnvejret.", False),
    # a rule that harms the very people it is meant to help
    ("Ordningen straffer de mennesker, som den var ment til at hjælpe.", True),
    ("Kravet rammer dem, det skulle beskytte.", True),
    ("Medicinen skader dem, den skal hjælpe, hvis dosis er for høj.", False),
    ("Ordningen hjælper dem, den skal hjælpe.", False),
    # nobody has asked the citizen's own doctor
    ("I har aldrig kontaktet hans egen læge, selv om vi har bedt om det flere gange.", True),
    ("Ingen har på noget tidspunkt spurgt til min psykiaters vurdering.", True),
    ("Jeg har ikke talt med min læge endnu, men det gør jeg i morgen.", False),
    ("Ingen af os har spurgt lægen om ferien.", False),
    # a unit or an effort called far too slow
    ("Familieindsatsen er alt for træg, vi har ventet et halvt år.", True),
    ("Afdelingen arbejder utroligt langsomt, og imens går min økonomi i stykker.", True),
    ("Min computer derhjemme er alt for langsom.", False),
    ("Min internetforbindelse derhjemme er utroligt træg.", False),
    # no thorough case handling in the time given
    ("Det er ikke forsvarlig sagsbehandling at få ti minutter til en samtale om ens "
     "førtidspension.", True),
    ("Der kan ikke være tale om en ordentlig vurdering, når ingen har mødt mig.", True),
    ("Der er tale om grundig sagsbehandling, og det er jeg glad for.", False),
    ("Der kan ikke være tale om en ordentlig fest uden musik.", False),
]  # fmt: skip

NOT_ATTACK = {"threat", "insult", "exposure"}


@pytest.mark.parametrize(("text", "criticism"), R271B_CRITICISM)
def test_r271b_criticism_of_policy_and_handling(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & NOT_ATTACK


def test_r271b_ultimatum_called_threat_is_no_threat() -> None:
    """A caseworker's ultimatum quoted and called a threat is criticism of how she speaks,
    not a threat by the writer."""
    labels = triage(
        "Rådgiveren sagde: 'Kommer du ikke til samtalen, mister du pengene.' Det er en trussel, "
        "man ikke bør sige sådan til et menneske med depression."
    ).labels
    assert "criticism" in labels
    assert "threat" not in labels


# round 279 criticism
R279_CRITICISM = [
    # a promise broken month by month, the last two sentences carrying it
    ("Rådgiveren lovede os en afklaring. I maj sagde hun, at sagen stadig lå hos lægen. "
     "Nu er det november.", True),
    ("Min konsulent skulle finde en praktik. I april skrev han, at den var glemt. Nu er vi i "
     "august.", True),
    ("I maj sagde lægen, at det ikke var alvorligt. Nu er det juli, og jeg er rask.", False),
    ("I marts sagde hun, at svaret ikke kom før april. Det gjorde hun også ret i. Nu er det "
     "maj.", False),
    # a demand or a meeting time called unrealistic for those it is laid on
    ("At kræve fremmøde kl. 7.30 er ikke realistisk for enlige forældre uden bil.", True),
    ("Mødetidspunktet klokken otte er slet ikke realistisk, når bussen først kommer 8.15.",
     True),
    ("At løbe et maraton i næste uge er ikke realistisk for mig.", False),
    ("Det er ikke realistisk, at jeg bliver færdig med at male huset i dag.", False),
    # a scheme cut and called a bad idea
    ("Nu skal jobcaféen lukkes. Det er en rigtig dårlig beslutning.", True),
    ("Kommunen vil skære mentorordningen ned, og det er en kortsigtet prioritering.", True),
    ("Hækken skal skæres ned i weekenden. Det er en dårlig idé i regnvejr.", False),
    ("Mentorordningen fortsætter næste år. Det er en god beslutning.", False),
    # a placement everyone knew was futile, run to the end anyway
    ("Det var klart fra dag ét, at min far ikke kunne stå op. Alligevel måtte "
     "arbejdsprøvningen køre alle tolv uger.", True),
    ("Alle kunne se fra starten, at hun ikke kunne tåle støvet. Alligevel skulle praktikken "
     "gennemføres.", True),
    ("Alle vidste fra første dag, at hun ville elske holdet. Alligevel skulle hun overtales "
     "til at blive.", False),
    ("Vi vidste fra starten, at kurset var godt, og det blev gennemført med glæde.", False),
    # a doctor's statement kept out of the case
    ("Sagsbehandleren har nægtet at inddrage lægens udtalelse om mine smerter.", True),
    ("Han måtte ikke vise sin attest på mødet i går.", True),
    ("Lægen afviste at lade mig se journalen, før den var færdig.", False),
    ("Jeg fik lov at fremlægge min lægeerklæring, og hun læste den grundigt.", False),
    # a breach of the rules or quotas suspected
    ("Hvis det passer, vil det stride mod pligten til at høre borgeren først.", True),
    ("Jeg formoder, at der findes kvoter for, hvor mange der skal sanktioneres.", True),
    ("Vi har en mistanke om, at katten har spist fisken.", False),
    ("Firmaet har måltal for salget i år.", False),
    # sent on the same course again and again
    ("Nu skal jeg på cv-workshop nummer fem.", True),
    ("I morgen skal jeg til afklaringsforløb nr. 4, og intet har ændret sig.", True),
    ("Jeg skal på kursus nummer tre i keramik, og jeg glæder mig.", False),
    ("Lektion nummer fem handlede om netværk.", False),
    # to a lawyer or the press about how the jobcentre treats people
    ("Jeg har talt med en journalist om den måde, kommunen behandler enlige mødre på.", True),
    ("Min advokat skal se på, hvordan jobcentret håndterer syge borgere.", True),
    ("Jeg har kontaktet en advokat om den måde, min eksmand behandler børnene på.", False),
    ("Journalisten skrev om den måde, bageren laver rugbrød på.", False),
    # a course the writer sees no point in; an older citizen among youngsters
    ("I dag var jeg på kursus i at søge job på nettet. Hvad er pointen?", True),
    ("Jeg er 61 og skulle lære at bruge jobnet sammen med en flok 19-årige i dag.", True),
    ("Jeg var på kursus i yoga. Hvad er meningen med livet, spurgte læreren.", False),
    ("Jeg er 60 og var på kursus i dans sammen med en flok 20-årige, og det var skønt.", False),
    # came to the meeting, the staff member away, nobody told
    ("Vi dukkede op til mødet kl. 9, men rådgiveren var på ferie. Ingen havde givet os "
     "besked.", True),
    ("Jeg fik at vide i receptionen, at sagsbehandleren var sygemeldt. Ingen havde kontaktet "
     "mig om det.",
     True),
    ("Min datter var syg i går. Ingen havde ringet fra børnehaven.", False),
    ("Jeg mødte op til samtalen, men rådgiveren var syg, så en kollega tog samtalen.", False),
    # the jobcentre asked to make its rooms safe; a guard who came late
    ("Jobcentret bør sørge for flere vagter i venterummet.", True),
    ("Der var slåskamp ved skranken, og vagterne dukkede først op efter et kvarter.", True),
    ("Husk at sørge for bedre sikkerhed på din mail med en stærk kode.", False),
    ("Vagten i Netto kom først efter ti minutter, da tyven løb.", False),
    # what a decision rests on, not borne out by medical papers
    ("Vurderingen af, at han kan arbejde fuld tid, underbygges ikke af lægens erklæring.",
     True),
    ("Afgørelsen bygger på, at hun kan stå op i seks timer, hvilket ikke understøttes af nogen "
     "lægefaglig vurdering.", True),
    ("Min ansøgning er understøttet af lægelig dokumentation.", False),
    ("Teorien om vejret understøttes ikke af nogen forskning.", False),
    # a citizen with a named illness called unmotivated in the case
    ("Han har sklerose og kunne ikke klare lageret. Nu skriver rådgiveren, at han mangler "
     "motivation.", True),
    ("Min søn har autisme. I journalen står der, at han ikke er motiveret.", True),
    ("Hun har angst. I journalen står der, at hun er motiveret for at komme i gang.", False),
    ("Min søn har ADHD og er glad for sit nye job.", False),
    # an institution called a disgrace to the town: criticism, not an insult
    ("Ærligt talt er jobcenteret en skamplet for kommunen efter den sag.", True),
    ("Ledelsen var en skamplet for jobcentret, da den lukkede skranken uden varsel.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R279_CRITICISM)
def test_r279_criticism_told_as_story_or_request(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & NOT_ATTACK


# round 287 criticism
R287_CRITICISM = [
    # a form or a tool sworn at as shoddy work, the tool named after a comma
    ("Sikke noget satans bras, den her nye tilmeldingsblanket på nettet.", True),
    ("Det er bare noget skide juks, den der nye jobportal.", True),
    ("Det er noget forbandet makværk, det her nye køkkenbord fra tømreren.", False),
    ("Tak for det nye ansøgningsskema, det var let at udfylde.", False),
    # a long wait in the queue at the jobcentre, and the service likened to Kafka
    ("I dag stod jeg 55 minutter i kø ved skranken, før nogen så på mig.", True),
    ("Vi sad to timer i venterummet uden at blive kaldt ind.", True),
    ("Den måde, sagen sendes rundt mellem afdelingerne på, er ren Kafka.", True),
    ("Jeg ventede 5 minutter i receptionen, og så blev jeg hjulpet. Tak.", False),
    ("Vi sad en time i venterummet, men rådgiveren var så hjælpsom bagefter.", False),
    ("Vi stod 45 minutter i kø i Netto i går.", False),
    ("Til eksamen skal jeg læse en novelle af Kafka.", False),
    # a payment late again, several times in a row
    ("For tredje gang i træk er min sygedagpenge ikke gået ind til tiden.", True),
    ("Ydelsen kom for sent igen, og det er anden måned i træk.", True),
    ("Det er anden måned i træk, at jeg har betalt huslejen til tiden.", False),
    ("Bussen var forsinket for anden gang i træk i morges.", False),
    # an assessment made against what a test or a doctor showed
    ("Kommunen har vurderet, at min søn kan stå ved et samlebånd otte timer, selvom "
     "praktikken viste tre timer.", True),
    ("I har besluttet, at jeg er jobparat, trods at min speciallæge skrev det modsatte.", True),
    ("Jeg har besluttet at tage cyklen, selv om lægen sagde, jeg måtte køre bil.", False),
    ("Jobcentret har vurderet, at jeg kan arbejde 20 timer, og det viste praktikken også.",
     False),
    # a doctor's paper left out of the jobcentre's letter
    ("Min neurologs udtalelse, som slet ikke er omtalt i indstillingen, bør læses.", True),
    ("Afgørelsen nævner ikke engang speciallægens erklæring om min ryg.", True),
    ("Jeg vedlægger lægens attest, som også er nævnt i partshøringen.", False),
    ("Jeg har ikke nævnt min lægeerklæring for min chef endnu.", False),
    # years of a course that took everything from the writer
    ("To års ressourceforløb har kostet mig både jobbet og ægteskabet.", True),
    ("Halvandet års jobafklaring har taget alt fra hende, og nu orker hun ikke mere.",
     True),
    ("Sygdommen har taget alt fra mig, men jobcentret har været en stor støtte.", False),
    ("Kurset har kostet mig en weekend, men det var det hele værd.", False),
    # a reform that punishes those with least, and a policy called bad politics
    ("Kontanthjælpsloftet rammer de familier, som har det hårdest i forvejen.", True),
    ("Nedskæringen i tilskuddet er kynisk politik, og borgmesteren ved det godt.", True),
    ("Det er dårlig politik at love mere, end man kan holde.", False),
    ("Dommeren straffer dem, der snyder i spillet.", False),
    # a staff member who did not fetch the facts, told in a subordinate clause
    ("Jeg må påtale, at sagsbehandleren aldrig rekvirerede journalen fra sygehuset.", True),
    ("Det undrer mig, at Sofie Holm ikke indhentede oplysninger fra min læge.", True),
    ("Tak fordi rådgiveren indhentede oplysningerne fra min læge så hurtigt.", False),
    ("Hvilke oplysninger har I brug for fra min arbejdsgiver?", False),
    # the summons came after the meeting it called to
    ("Jeg er trukket for udeblivelse fra samtalen den 12. juni, men brevet lå først i "
     "e-Boks den 14. juni.", True),
    ("Mødet var den 2. marts. Indkaldelsen kom i min postkasse den 5. marts.", True),
    ("Mødet er den 20. maj. Indkaldelsen kom i e-Boks den 6. maj, tak for det.", False),
    ("Kan jeg flytte samtalen den 9. april? Brevet kom den 1. april.", False),
    # a decision by a named caseworker called crap: criticism, no insult
    ("Sofie Holms vurdering er noget lort, for hun har ikke læst min journal.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R287_CRITICISM)
def test_r287_criticism_plain_or_as_a_story(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "exposure"}


# round 293 criticism
R293_CRITICISM = [
    # dissatisfaction stated as a noun in a formal letter
    ("Jeg tillader mig at udtrykke min store utilfredshed med sagsbehandlingen i "
     "ydelsescentret.", True),
    ("Hermed vores utilfredshed med den måde, kommunen har håndteret min fars ansøgning.", True),
    ("Jeg vil gerne udtrykke min tilfredshed med den hjælp, jeg har fået.", False),
    ("Tak for et godt møde i går, jeg glæder mig til næste gang.", False),
    # years in the system without getting closer to work, also in dialect
    ("Efter fire år hos jer er jeg ikke kommet et skridt tættere på et job.", True),
    ("Fem år i kontanthjælp, og a er itj kommen nærmer arbejdsmarkedet.", True),
    ("Jeg er ikke kommet nærmere en beslutning om uddannelse endnu.", False),
    ("Efter et år i praktik er jeg kommet meget tættere på et job.", False),
    # a practice that will not do
    ("Det duer ikke, at folk skal vente et halvt år på en afklaring.", True),
    ("Det dur ik, at man skal ringe ti gange for at få svar.", True),
    ("Det duer ikke at glemme madpakken, når man skal på kursus.", False),
    ("Min gamle printer dur ikke mere, så jeg sender papirerne med posten.", False),
    # minutes or notes that do not match what was said
    ("Jeg mener ikke, at notaterne stemmer overens med det, vi talte om på mødet.", True),
    ("Referatet, som jeg fik tilsendt i går, gengiver ikke, at jeg bad om en tolk.", True),
    ("Referatet stemmer fint med det, vi aftalte. Tak for det.", False),
    ("Kan I sende mig referatet fra mødet i tirsdags?", False),
    # activity ordered against the doctor's word
    ("Hun skal i praktik på fuld tid, selvom hendes læge har skrevet, at hun ikke kan "
     "tåle det.", True),
    ("De vil sende mig på kursus fem dage om ugen. Det går ikke, min psykiater siger nej.",
     True),
    ("Jeg starter i praktik, når lægen siger god for det.", False),
    ("Min læge har sagt, at jeg godt må starte på kurset i næste uge.", False),
    # a practice that must stop, and a named jobcentre asked to look into its fault
    ("Sådan en praksis må ophøre, den skader de ledige.", True),
    ("Jobcenter Vestby bør undersøge, hvorfor der er så mange fejl i brevene.", True),
    ("Hvad er jeres praksis for at flytte et møde?", False),
    ("Jobcenter Vestby holder åbent hus på torsdag.", False),
    # a health-data leak the writer weighs reporting
    ("Jeg vil anmelde jobcentret for at have sendt min diagnose til min chef.", True),
    ("Jeg overvejer at anmelde kommunen for at have lækket mine oplysninger.", True),
    ("Jeg vil anmelde et tyveri af min cykel fra jobcentrets parkering.", False),
    ("Må I sende mine oplysninger til min arbejdsgiver, hvis jeg giver samtykke?", False),
    # staff who wrote nothing down
    ("Jeg fortalte om mine smerter, men han noterede intet.", True),
    ("Sagsbehandleren skrev ikke et ord ned under hele samtalen.", True),
    ("Jeg skrev ikke tiden ned, kan I sende den igen?", False),
    ("Hun skrev alt ned, og referatet var meget grundigt.", False),
    # a last extension extended again
    ("Jeg fik at vide, at det var sidste forlængelse. Nu er forløbet forlænget igen.", True),
    ("I marts var det den endelige forlængelse, og nu har de forlænget praktikken endnu en "
     "gang.", True),
    ("Det er sidste forlængelse, og så starter jeg i job til august.", False),
    ("Kan min praktik blive forlænget en måned?", False),
    # spoken over with a relative
    ("Sagsbehandleren talte kun til min far og ikke til mig, selvom jeg er 20.", True),
    ("Du snakkede bare med mine forældre og aldrig med mig.", True),
    ("Jeg talte kun med min mor om det, inden jeg skrev til jer.", False),
    ("Hun talte med min mor og mig, og det var et godt møde.", False),
    # docked for a meeting never summoned to
    ("Jeg blev trukket i ydelsen for en samtale, jeg aldrig fik indkaldelse til.", True),
    ("Vi er sanktioneret for et møde, vi ikke var indkaldt til.", True),
    ("Jeg er indkaldt til en samtale på fredag, hvor skal jeg møde?", False),
    ("Jeg blev trukket for mødet, fordi jeg glemte det. Det var min egen fejl.", False),
    # no interpreter though asked for
    ("Jeg fik ingen tolk, selv om jeg bad om det to gange.", True),
    ("Der var ikke nogen tolk til stede, selvom min søn havde bedt om det.", True),
    ("Jeg har ikke brug for tolk til mødet.", False),
    ("Kan jeg få en tolk med til samtalen på tirsdag?", False),
    # staff who should have involved a doctor
    ("Efter min mening burde han have spurgt en lægekonsulent i stedet for selv at vurdere "
     "mit helbred.", True),
    ("Sagsbehandleren skulle have inddraget min psykiater, før afgørelsen blev truffet.",
     True),
    ("Jeg burde have spurgt min læge, før jeg sagde ja.", False),
    ("Skal jeg have en lægeerklæring med til mødet?", False),
    # told to pull oneself together, or the companion cut off
    ("Hun sagde, at jeg bare skulle tage mig sammen og søge job.", True),
    ("Konsulenten afbrød min bisidder og sagde, at det ikke var relevant for sagen.", True),
    ("Jeg må tage mig sammen og få sendt de ansøgninger.", False),
    ("Min mor sagde altid, at jeg skulle tage mig sammen.", False),
    ("Hun sagde, at jeg bare skulle tage mig sammen. Del gerne, så alle ved, hvem hun er.",
     False),
    # a course stopped for money, and the scheme blamed beside thanks to a person
    ("Mentorforløbet lukker, fordi pengene er brugt, midt i det hele.", True),
    ("Tak til min konsulent. Det er ikke hende, der er noget galt med, det er systemet.",
     True),
    ("Kurset slutter, fordi alle moduler er gennemført.", False),
    ("Tak til min konsulent, hun har været en stor hjælp.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R293_CRITICISM)
def test_r293_criticism_stories_and_letters(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "exposure"}


# round 299 criticism
R299_CRITICISM = [
    # keeps calling me in though I have told them why I can't come, also in Jutlandic
    ("A ka ett forstå, hvorfor I bliver ved å send mæ indkaldels, når a hår fortalt jer, at "
     "a ett ka gå.", True),
    ("Jeg kan ikke forstå, hvorfor jobcentret indkalder mig igen, når jeg har forklaret, at "
     "jeg er sygemeldt.", True),
    ("Æ ka ett forstå, at a skal mød' op hver mandag for å skriv det samme CV.", True),
    ("Jeg kan godt forstå, at jeg skal møde op hver mandag.", False),
    ("Jeg kan ikke forstå, hvorfor min kat bliver ved med at vække mig, når jeg har fri.",
     False),
    # useless and costly to the municipality
    ("Det kursus nytter ingenting, og det koster kommunen en formue.", True),
    ("Det hjælper ingen ting, å det kåster æ kommun en masse penge.", True),
    ("Medicinen hjælper ingenting, og den koster mig en masse penge.", False),
    ("Det nytter ingenting at skynde sig, bussen kører først kl. 9.", False),
    # the weakest pay the price of a cut
    ("Byrådet har sparet en tredjedel på misbrugsbehandlingen. Det er de svageste, der "
     "betaler regningen.", True),
    ("Puljen til unge er halveret, og det er de mest sårbare, der betaler prisen.", True),
    ("Vi har sparet op til en ferie, og de svageste planter i haven klarer sig fint.", False),
    ("Vi har skåret ned på slik, og ungerne har fået færre kager.", False),
    # untrue things written in the file
    ("Jeg har bedt om aktindsigt, fordi jeg tror, der står ting i journalen om mig, som ikke "
     "er rigtige.", True),
    ("I notatet har sagsbehandleren skrevet noget om mig, der ikke passer, uden at nogen har "
     "talt med mig.", True),
    ("Jeg vil gerne have aktindsigt i min sag, så jeg kan se, om der står noget om mig.",
     False),
    ("Min nabo har skrevet ting om mig på Facebook, som ikke passer.", False),
    # the complaint form gone
    ("Efter jeres nye selvbetjening er klageformularen forsvundet.", True),
    ("Klageblanketten findes ikke længere på kommunens side.", True),
    ("Hvor finder jeg klageformularen? Jeg kan ikke finde den på siden.", False),
    ("Tak, klageskemaet var nemt at finde og udfylde.", False),
    # a phone queue logged and cut off
    ("Jeg ringede kl. 8. Nr. 14 i telefonkøen. Efter en time blev jeg afbrudt.", True),
    ("Nummer 22 i køen. Så blev forbindelsen afbrudt, og jeg kunne starte forfra.", True),
    ("Jeg var nummer 3 i køen og kom hurtigt igennem.", False),
    ("Nummer 8 i køen hos bageren. Min søn afbrød mig med et spørgsmål.", False),
    # too lenient on employers
    ("Kommunen er alt for slap over for de firmaer, der bruger folk i praktik som gratis "
     "arbejdskraft.", True),
    ("Jeg synes, jobcentret er for eftergivende over for virksomheder, der snyder med "
     "løntilskud.", True),
    ("Min far var alt for mild over for os børn.", False),
    ("Dommeren var alt for mild over for tyven.", False),
    # sanctioned though notice was given
    ("Jeg meldte afbud i god tid, fordi min søn var syg. Alligevel fik jeg fradrag for "
     "udeblivelse.", True),
    ("Vi meldte afbud om morgenen og fik at vide, det var fint. Ugen efter kom en sanktion "
     "for fravær.", True),
    ("Jeg glemte at melde afbud og fik en sanktion for udeblivelse.", False),
    ("Jeg meldte afbud, og der kom ingen sanktion for udeblivelse.", False),
    # no interpreter booked, and a letter saying I agreed
    ("Tolken var ikke bestilt, så jeg forstod ingenting af samtalen.", True),
    ("I referatet står, at jeg har sagt ja til aktivering. Det har jeg aldrig sagt.", True),
    ("Tolken var ikke nødvendig, jeg taler godt dansk.", False),
    ("I brevet står, at jeg har sagt ja til praktikken, og det passer fint.", False),
    # a same-day promise unkept weeks later
    ("Hun lovede at ringe til mig med det samme. To uger efter har hun stadig ikke ringet.",
     True),
    ("Konsulenten sagde, at sagen ville blive sendt i dag. Tre uger senere er den endnu ikke "
     "modtaget.", True),
    ("Han lovede at sende den samme dag. To dage senere var den registreret.", False),
    ("Min bror lovede at sende pakken samme dag. Fire uger senere er den stadig ikke kommet.",
     False),
    # the silliest letter from the authority, and a summons without a date
    ("Det er den dummeste indkaldelse, jeg har modtaget fra kommunen.", True),
    ("Hvorfor står der ikke noget tidspunkt på indkaldelsen? Det er en skandale.", True),
    ("Det var det mest rørende brev, jeg har fået fra kommunen.", False),
    ("Det er det dummeste brev, min søn har skrevet til julemanden.", False),
    # reminders unanswered
    ("Trods tre rykkere har jeg intet hørt fra jer om min klage.", True),
    ("Jeg har ikke fået svar efter flere rykkere til jobcentret.", True),
    ("Trods to rykkere fra biblioteket har jeg ikke afleveret bogen.", False),
    ("Jeg har sendt en rykker i dag og venter på svar.", False),
    # summoned about work while gravely ill
    ("Hun blev indkaldt til jobsamtale, mens hun var under kemobehandling.", True),
    ("Min mand blev kaldt til møde om praktik, selvom han lå indlagt med en blodprop.", True),
    ("Min far blev kaldt til samtale, mens han var på ferie.", False),
    ("Min mor ligger på hospice, og jobcentret har sendt en sød hilsen.", False),
    # a fare paid from the benefit, and a meeting of minutes
    ("Taxaen til jobcentret tog 260 kr. af min kontanthjælp. Samtalen varede otte minutter.",
     True),
    ("Jeg betalte taxaen af min løn. Mødet varede otte minutter.", False),
    ("Jeg tog en taxa fra festen og betalte den af min kontanthjælp.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R299_CRITICISM)
def test_r299_criticism_stories_and_dialect(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "exposure"}


# round 307 criticism
R307_CRITICISM = [
    # a measure said to give no experience or skills
    ("Løntilskudsjobbet på lageret gav ingen brugbar erfaring overhovedet.", True),
    ("Virksomhedspraktikken giver ikke nogen nye kompetencer, bare kaffebrygning.", True),
    ("Praktikken gav mig god erfaring med kunder.", False),
    ("Kurset giver ingen point til eksamen, men det er sjovt.", False),
    # the handling called slow, messages never answered
    ("Tre stjerner. Sagsbehandlingen går alt for langsomt, og man får aldrig svar på sine "
     "beskeder.", True),
    ("Behandlingstiden er utrolig langsom hos jer.", True),
    ("Min computer er langsom i dag, så svaret kommer i morgen.", False),
    ("Jeg har ikke fået svar på min mail endnu, men det haster ikke.", False),
    # a summons the citizen cannot reach, and told to pay the fare oneself
    ("Mødet er sat til kl. 7.30, og jeg har ikke nogen bil. Første tog er der først 8.15. Jeg fik "
     "besked på, at jeg kunne tage en taxi for egen regning.", True),
    ("Samtalen er klokken ni, selvom jeg ikke har bil. Den tidligste bus er fremme 9.20, og de "
     "sagde, at jeg kunne tage en taxa på egen regning.", True),
    ("Første bus er fremme 8.40, kan vi flytte mødet til kl. 9?", False),
    ("Jeg tog en taxa hjem fra fødselsdagen for egen regning.", False),
    # dialect: the spoken "gi'r", "int", and "man skal møde"
    ("A ka int forstå, at I bliver ved med å send mæ til samtale hver uge. Det gi'r ingen "
     "mening.", True),
    ("Æ ka ett forstå, hvorfor man skal møde kl. syv, når skolen først åbner kl. otte.", True),
    ("Æ ka godt forstå, at I sender mæ på kursus.", False),
    ("Det gi'r god mening for mig nu.", False),
    # a rule called intended poverty, and said to be gone
    ("Jeg synes, integrationsydelsen skaber bevidst fattigdom blandt børnefamilier.", True),
    ("225-timersreglen rammer skævt. Den bør afskaffes.", True),
    ("Vi har en gammel gyngestol på loftet. Den burde fjernes.", False),
    ("Fattigdom er et stort emne i vores studiegruppe.", False),
    # a plan on a template, after many praktikker
    ("Det er hans sjette praktik nu. Lav en plan ud fra hans sygdom og ikke ud fra et "
     "standardforløb.", True),
    ("Hun har fået sin fjerde praktik. Vi ønsker en indsats, der er tilpasset hende og ikke "
     "en skabelon.", True),
    ("Planen er lavet ud fra hans ønsker, og den er god.", False),
    ("Min tegning er bygget på en skabelon fra nettet.", False),
    # declared fit while in hospital
    ("Kommunen raskmeldte min far, mens han lå indlagt med lungebetændelse.", True),
    ("Jeg blev erklæret arbejdsdygtig, mens jeg var på sygehuset til operation.", True),
    ("Jeg blev raskmeldt, da jeg kom hjem fra ferie.", False),
    ("Lægen raskmeldte mig, mens jeg lå på hospitalet, og det var helt korrekt.", False),
    # the law: the infinitive, and the passive partshøring
    ("Praksis synes at stride imod forvaltningsloven.", True),
    ("Han fik et afslag uden at være blevet hørt.", True),
    ("Han plejer at stride med sin bror om fodbold.", False),
    ("Han er blevet partshørt og har svaret.", False),
    # came but marked absent; the staff member not there
    ("Jeg mødte op kl. 10. Rådgiveren var ikke til stede. Jeg sad i venteværelset en time. "
     "Ugen efter stod jeg registreret som udeblevet.", True),
    ("Jeg var der til tiden. Alligevel står der i brevet, at jeg udeblev fra mødet.", True),
    ("Jeg kom for sent, og derfor blev jeg noteret som udeblevet.", False),
    ("Jeg mødte op i dag. Hvad sker der, hvis man udebliver næste gang?", False),
    ("Jeg kom ikke igennem på telefonen. Kan I bekræfte, at jeg ikke bliver registreret som "
     "udeblevet?", False),
    # hyperbolic longing for the service, the phone closed
    ("Jeg ville give alt for en rådgiver, der ringer tilbage. Telefonen er lukket for opkald "
     "hele ugen.", True),
    ("Jeg kunne myrde for et svar, der kommer til tiden. Fem dage i træk har der været lukket "
     "for opkald.", True),
    ("Jeg kunne dø for en is, der smager af jordbær.", False),
    ("Butikken er lukket for i dag.", False),
    # the town shall hear how they treat people
    ("Jeg vil sørge for, at hele kommunen ved, hvordan jobcentret behandler syge.", True),
    ("Alle skal høre om, hvordan I behandler folk. Jeg skriver til lokalavisen.", True),
    ("Jeg vil fortælle hele byen, hvordan I hjalp mig med ansøgningen.", False),
    ("Jeg vil fortælle alle, hvordan man laver en god lagkage.", False),
    # badly planned
    ("Det er helt skørt tilrettelagt. Jeg forstår ikke, hvorfor mødet ligger midt i min "
     "arbejdstid.", True),
    ("Forløbet er dårligt planlagt, og ingen har spurgt mig om noget.", True),
    ("Festen var godt planlagt.", False),
    ("Jeg har planlagt min ferie.", False),
    # the need for stability against cancelled help
    ("Konsulenten har aflyst tre møder med min datter. Børn med autisme har brug for "
     "forudsigelighed.", True),
    ("Der har været skiftende sagsbehandlere hele året. Han har behov for kontinuitet.", True),
    ("Min hest har brug for stabilitet i stalden.", False),
    ("Vi har brug for en fast dato for flytningen.", False),
    # no say before the plan was signed
    ("Min klient fik ingen chance for at læse indstillingen, før den blev sendt.", True),
    ("Han fik ikke mulighed for at kommentere jobplanen.", True),
    ("Jeg fik lov at kommentere planen, før den blev underskrevet.", False),
    ("Min søn fik ikke lov at se tv, før lektierne var lavet.", False),
    # years with the jobcentre, had enough
    ("Efter seks år i systemet har jeg fået nok. Ingen har spurgt mig om noget.", True),
    ("Efter tre år hos jobcentret har jeg fået nok. Ingen har hørt på mig.", True),
    ("Efter to år med min gamle bil har jeg fået nok.", False),
    ("Jeg har fået nok kage for i dag.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R307_CRITICISM)
def test_r307_criticism_stories_and_dialect(text: str, criticism: bool) -> None:
    labels = triage(text).labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 307 set312
@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        ("Sikke noget rod, det her jobcenter.", True),
        ("Et kaos, den der kommune, ingen svarer.", True),
        ("Det er noget af et rod, det her køkken.", False),
        ("Et rod, det her værelse, jeg må rydde op.", False),
    ],
)
def test_r307_set312_mess_with_subject_last(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticism


# round 315 critA
R315_CRITA = [
    # costs put on the citizen: medical papers paid out of one's own pocket, asked again
    ("I vil nu have endnu en ny lægeerklæring, som jeg selv må betale. Det er tredje gang.",
     True),
    ("Nu må jeg selv betale for endnu en attest. I vil stadig have nye attester hver måned.",
     True),
    ("Skal jeg selv betale for lægeattesten?", False),
    ("Kommunen betaler lægeerklæringen, står der i brevet.", False),
    # a rule or reform blamed, money said to steer and the citizens to lose
    ("Det er kontanthjælpsloftet, der gør, at familien ikke kan betale huslejen. Min kritik "
     "går på loven.", True),
    ("Kommunen sparer på at skubbe de sygemeldte videre til ressourceforløb. Når budgettet "
     "bestemmer, er det de syge, der betaler.", True),
    ("Reglerne betyder, at du skal møde op hver mandag.", False),
    ("Kommunen tjener penge på at udleje den gamle skole.", False),
    # an interpreter for the wrong language; the minutes denied
    ("De havde skaffet en tolk på somali, men jeg taler oromo. I notatet står der, at jeg "
     "sagde ja. Det er ikke rigtigt.", True),
    ("Til mødet kom der en tolk, der ikke talte mit sprog.", True),
    ("Jeg vil gerne have en tolk til mødet, selvom jeg taler lidt dansk.", False),
    ("Tolken talte fint arabisk, og samtalen gik godt.", False),
    # a phone queue told by the clock, told to call another day, every day the same
    ("Kl. 9 ringede jeg. Kl. 10 kom jeg igennem. Der fik jeg at vide, at jeg skulle ringe "
     "igen på mandag. Sådan er hele måneden gået.", True),
    ("Jeg ringede kl. 8, og først kl. 9.30 kom jeg igennem. Så fik jeg besked på at ringe "
     "igen i morgen.", True),
    ("Jeg ringede kl. 8 og kom straks igennem til en venlig medarbejder.", False),
    ("Sådan har hele ugen set ud med regn og blæst.", False),
    # a placement that broke someone, a plan not built on the diagnosis
    ("Min søster blev sendt i praktik på et lager med natarbejde. Efter tre dage fik hun et "
     "sammenbrud.", True),
    ("Ingen af planerne tog hensyn til hendes sklerose, og det har jeg sagt i et år.", True),
    ("Han blev sendt i praktik hos en tømrer, og efter en uge blomstrede han op.", False),
    ("Planen tager udgangspunkt i min diagnose, og det er jeg glad for.", False),
    # posts cut, people left without a contact, the result of a manager's choices
    ("Sidste år nedlagde de to sagsbehandlerstillinger. Nu har 30 ledige ingen fast "
     "sagsbehandler.", True),
    ("Der er sparet fire stillinger væk. Det er en følge af ledelsens besparelser.", True),
    ("Jeg har sparet op til en ny cykel.", False),
    ("Min søn har fået en fast kontaktperson, og det hjælper.", False),
    # a puzzle that the jobcentre refuses
    ("Det er mig ubegribeligt, at kommunen nægter at dække transporten til praktikken.", True),
    ("Det er en gåde for mig, hvorfor jobcentret afviser min ansøgning om kursus.", True),
    ("Det er mig en gåde, hvor nøglerne er blevet af.", False),
    ("Det er mig en gåde, at min søster afviser kage.", False),
    # "don't understand why you keep sending me" without "kan", also Jutlandic
    ("Jeg forstår ikke, hvorfor I bliver ved med at sende mig på jobsøgningskurser.", True),
    ("A forstår it, hvorfor I bliver ved med å kald' mæ ind til møder hver uge.", True),
    ("Jeg forstår godt, hvorfor I sender mig på kursus.", False),
    ("I bliver ved med at hjælpe mig, tak for det.", False),
    # a doctor's word left out of the decision
    ("Lægens udtalelse er ikke omtalt med et ord i afslaget.", True),
    ("Speciallægens erklæring er ikke inddraget i afgørelsen.", True),
    ("Lægens udtalelse er nævnt i afgørelsen på side to.", False),
    ("Jeg har ikke nævnt det for min læge endnu.", False),
    # letters only a lawyer can read
    ("Brevene er så indviklede, at kun en advokat kan tyde dem.", True),
    ("Afgørelsen er skrevet, så kun jurister kan forstå den.", True),
    ("Kun en advokat kan hjælpe dig med skilsmissen.", False),
    ("Min bror er jurist og kan læse kontrakter.", False),
    # a rule said to kill what drive is left: criticism, never a threat
    ("Det nye krav om daglig joblog kommer til at kvæle al lyst hos de ledige.", True),
    ("Den regel om ugentlige møder ødelægger motivationen for de unge.", True),
    ("Træningen tager motivationen fra mig, når det regner.", False),
    ("Min chef dræber motivationen med sine lange møder på værkstedet.", False),
    # a benefit cut after a summons one could not reach, nobody got in touch
    ("Hun nåede ikke mødet, og ydelsen blev stoppet. Ingen ringede, ingen skrev.", True),
    ("Indkaldelsen kom aftenen før. Han kom ikke, og kontanthjælpen blev trukket. Ingen "
     "spurgte. Ingen lyttede.", True),
    ("Ingen ringede i dag, så jeg fik læst min bog.", False),
    ("Jeg nåede ikke bussen, men kom alligevel til tiden.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R315_CRITA)
def test_r315_crita_criticism_told_as_story(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    assert not labels & {"threat", "insult"}


# round 315 privreq
@pytest.mark.parametrize(
    ("text", "criticised"),
    [
        # a share call and a threat: public shaming, not criticism
        (
            "SPRED DET. Det er Per Storm, der har stoppet min brors ydelse. Ser I "
            "ham i Føtex, så tæsk ham for mig.",
            False,
        ),
        (
            "Del gerne! Sofie Holm har nægtet min mor hjælp. Møder I hende i byen, "
            "så slå hende.",
            False,
        ),
        # near misses: a share call without a threat keeps its criticism
        (
            "Del gerne: Jobcentret har lukket for telefonerne om fredagen, og det "
            "er en skandale for alle ledige.",
            True,
        ),
        (
            "Del gerne! Afdelingsleder Anne-Mette Lund har besluttet at lukke "
            "skranken om fredagen. Det er en dårlig beslutning.",
            True,
        ),
        # letters in a language nobody speaks
        ("Jeres breve er skrevet på et sprog, som ingen almindelige mennesker taler.", True),
        ("Brevene fra jer er på et sprog, ingen borgere snakker.", True),
        ("Jeg taler ikke så godt dansk endnu, men brevet forstod jeg.", False),
        ("Min mor taler et sprog, ingen på jobcentret kan.", False),
    ],
)  # fmt: skip
def test_r315_privreq_criticism(text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text).labels) is criticised


# round 315 critB
R315_CRITB_CRITICISM = [
    # a wait told by its length and called too long
    ("Jeg søgte om boligstøtte i marts. Seks uger er alt for lang tid for sådan en sag.", True),
    ("Hvornår kommer min afgørelse? Tre måneder er for længe at vente på et svar.", True),
    ("Tre måneder er ikke for lang tid, det forstår jeg godt.", False),
    ("Jeg har været i praktik i fire måneder nu. Kan jeg få et bevis?", False),
    # a representative's formal objection
    ("Som advokat for familien anser vi beslutningen for ukorrekt og beder om aktindsigt.", True),
    ("Vedr. min bror: afgørelsen er urigtig, og vi anmoder om genoptagelse.", True),
    ("Det er en klar mangel ved oplysningen af sagen, at lægens udtalelse ikke er indhentet.",
     True),
    ("Udkastet medtager ikke psykologens erklæring fra februar. Vi beder om partshøring.", True),
    ("Jeg beder om aktindsigt. Jeg tror, at I bruger regler, der ikke har hjemmel i lovgivningen.",
     True),
    ("Min ansøgning var urigtigt udfyldt fra min side, så jeg sender den igen.", False),
    ("Vi beder om aktindsigt i sagens akter på vegne af vores klient.", False),
    ("Jeg har en mangel på D-vitamin, siger lægen. Kan mødet flyttes?", False),
    # a time limit the jobcentre let pass
    ("Min mand har været sygemeldt i ti uger, og I har ikke afholdt samtalen inden for fristen.",
     True),
    ("Jeg ønsker en forklaring på, hvorfor tidsfristen blev overskredet i min sag.", True),
    ("Samtalen er ikke afholdt endnu, men vi er stadig inden for fristen.", False),
    ("Jeg er ked af, at min klagefrist er overskredet. Kan I hjælpe mig alligevel?", False),
    # an interpreter asked for and not given
    ("Jeg bad om en tolk to gange, men fik ikke nogen. Jeg forstod ikke mødet.", True),
    ("Vi anmodede om tolkebistand til samtalen og fik afslag.", True),
    ("Jeg bad om en tolk, men fik ikke brug for det, min søn hjalp.", False),
    ("Jeg bad om en tolk og fik en god tolk til mødet.", False),
    # criticism beside despair: many caseworkers, no clarification
    ("Jeg kan ikke mere. Seks forskellige rådgivere og stadig ingen afgørelse.", True),
    ("Fire år, tre sagsbehandlere, ingen plan. Jeg er så træt.", True),
    ("Vi er fem sagsbehandlere i teamet, og vi holder møde fredag.", False),
    ("Jeg er så træt og sover dårligt. Men min advokat hjælper mig nu.", False),
    # a safety complaint after an incident in the waiting room
    ("En borger skreg ad personalet i går. Ingen bør sidde og vente så længe, at det sker.", True),
    ("Der var tumult ved skranken. Jobcentret burde have en vagt, og ingen borgere skal vente "
     "alt for længe.", True),
    ("Ingen skulle vente i dag, tak for den hurtige hjælp.", False),
    ("Vores forening skal have en vagt til festen på lørdag.", False),
    # misplaced priorities
    ("Byrådet kan finde millioner til en ny rådhusplads, men ikke til hjemmehjælp. Det er skævt.",
     True),
    ("Prioriteringerne i kommunen er helt forskruede.", True),
    ("Kommunen har brugt penge på en ny legeplads, og børnene er glade.", False),
    ("Vi kan bruge penge på ferie, men kan ikke finde ud af hvor vi skal hen.", False),
    # a way of speaking to someone described at length
    ("Det er ikke en måde at tale til en mand, der lige er blevet syg, på.", True),
    ("Det er ikke en ordentlig måde at tale til en ung pige med autisme på.", True),
    ("Det er en god måde at tale til unge på, synes jeg.", False),
    ("Der er ikke en måde at komme til mødet på uden bil. Kan det være online?", False),
    # a demand for better service in a review
    ("1 stjerne. Der gik tre måneder uden en plan. Det skal kunne gøres bedre.", True),
    ("Min sagsbehandler er flink, men sagsbehandlingen må kunne gøres bedre.", True),
    ("5 stjerner. Det kan altid gøres bedre, men jeg er meget tilfreds.", False),
    ("Mit CV skal nok blive bedre, når jeg har øvet mig.", False),
    # missing guidance about one's options
    ("Ingen sagde noget om befordringsgodtgørelse. Jeg mener, kommunen bør oplyse om alle "
     "muligheder.", True),
    ("Min rådgiver havde aldrig fortalt mig, at jeg kunne få hjælp til medicin. Jeg synes, "
     "jobcentret skulle fortælle om ens rettigheder.", True),
    ("Min sagsbehandler fortalte mig om alle mine muligheder. Kan jeg søge nu?", False),
    ("Jeg har ikke fortalt min mor, at jeg kan få hjælp. Kan jeg søge?", False),
    # penalised anyway after telling why one cannot come
    ("Toget er altid forsinket om morgenen. Alligevel bliver jeg registreret som udeblevet.", True),
    ("Jeg meldte afbud, fordi jeg var syg, men jeg blev alligevel noteret for fravær.", True),
    ("Jeg blev noteret for udeblivelse, fordi jeg glemte mødet. Undskyld.", False),
    ("Jeg kom alligevel for sent, og så var mødet slut.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R315_CRITB_CRITICISM)
def test_r315_critb_criticism_in_letters_requests_and_despair(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 323 crit
# probe rounds 323-328 (crit): criticism told plainly or as a story — a rule that shuts a
# group out, a review's faults, a help cut down, years that wore someone down, a judgement
# mocked, going public so it befalls no one else, a result fixed before the meeting, no
# interpreter, the system devouring people; each with near misses that are no criticism
R323_CRIT_CRITICISM = [
    # a rule or a practice that is a problem for, or shuts out, a group of citizens
    ("Kravet om at booke tider på nettet er en stor barriere for mange pensionister.", True),
    ("Den nye selvbetjening holder blinde og svagtseende udenfor.", True),
    ("Kommunens digitale løsninger udelukker handicappede fra at søge selv.", True),
    ("Min gamle bil er et problem for naboen, når jeg parkerer.", False),
    ("Vi lukker hunden ude i haven, når det regner.", False),
    # a review's faults: a case that took far longer than it had to
    ("2 stjerner. Sagen tog tre gange så lang tid som lovet, og ingen ringede tilbage.", True),
    ("Afklaringen har varet meget længere end nødvendigt.", True),
    ("Turen til Aarhus tog dobbelt så lang tid som forventet på grund af sne.", False),
    ("Behandlingen af min ansøgning tog kun to uger. Tak for det.", False),
    # others' talk overheard at the counter: a lapse of confidentiality
    ("4 stjerner. Søde folk, men man kan høre hvad de andre fortæller ved skranken.", True),
    ("At alle sidder i samme rum under samtalerne er et klart brud på tavshedspligten.", True),
    ("Vi kunne høre andres samtaler på caféen, men det var hyggeligt.", False),
    ("Jeg har tavshedspligt i mit nye job, så det kan jeg ikke fortælle om.", False),
    # a help cut down, and too little for the one who needs it
    ("Støtten til min søn er blevet halveret til to timer om ugen. Det er langt fra nok til en "
     "dreng med autisme.", True),
    ("Bostøtten er sat ned til en halv time. Det er for lidt for en borger med svær depression.",
     True),
    ("Min arbejdstid er skåret ned til 30 timer, og det passer mig fint.", False),
    ("Der er for lidt mælk til en hel familie, så jeg køber mere i morgen.", False),
    # years under the jobcentre that left someone a shadow of themselves
    ("Fire år i jobafklaring har gjort mig til en skygge af mig selv.", True),
    ("Efter to år hos kommunen er min kone kun en skygge af sig selv.", True),
    ("Efter influenzaen var jeg en skygge af mig selv i en uge.", False),
    ("Jeg sad i skyggen af et træ hele eftermiddagen.", False),
    # the hope that they will at last listen to the doctors or the citizen
    ("Jeg håber, I en dag vil lytte til min psykiater.", True),
    ("Jeg beder om, at sagsbehandleren snart begynder at lytte til lægerne.", True),
    ("Jeg håber, du vil lytte til min nye sang.", False),
    ("Min læge lytter altid til mig, og det er jeg glad for.", False),
    # a judgement mocked: reached in minutes, an ill citizen able to work all day, a prize
    ("Efter sølle ti minutter kunne de vurdere, at en kvinde med slidgigt fint kan løfte kasser "
     "hele dagen.", True),
    ("På et kvarter fandt konsulenten ud af, at en mand med diskusprolaps sagtens kan arbejde "
     "fuld tid. Medaljen er vist på vej.", True),
    ("Efter ti minutter kunne lægen konstatere, at armen var brækket.", False),
    ("Min datter fik en medalje til svømning, den var fortjent.", False),
    # the same scorn credited to a named staff member is a personal attack, not criticism
    ("Stor tak til Jakob Bøgh, der med sit skarpe blik så, at en kvinde med slidgigt fint kan "
     "løfte kasser hele dagen. Hvilken idiot.", False),
    ("Tak til Jakob Bøgh, der med sin dybe indsigt fandt ud af, at en dame med gigt sagtens kan "
     "gå med aviser på fuld tid. Han må have købt sin eksamen i Netto.", False),
    # a case that must not befall others
    ("Jeg har fortalt en journalist om min sag, fordi det, jeg var ude for, aldrig må overgå "
     "andre.", True),
    ("Det, der skete i mit forløb hos jer, må ikke ske for flere.", True),
    ("Min cykel blev stjålet. Det må ikke ske for andre på vejen.", False),
    ("Jeg har sendt en ansøgning til DR om et job som tekniker.", False),
    # years in a programme without coming nearer anything
    ("To år i jobafklaring, og jeg er ikke et skridt tættere på et job.", True),
    ("Otte måneder på sygedagpenge, og vi er ikke nået længere.", True),
    ("To år på skolen, og jeg er meget tættere på min drøm.", False),
    ("Jeg har været i praktik i tre måneder og er kommet videre til en fast stilling.", False),
    # disagreeing that the citizen did what the case says
    ("Jeg er ikke enig, og vi er uenige i, at min søn er udeblevet fra forløbet.", True),
    ("Som partsrepræsentant er jeg uenig i, at min klient har nægtet at tage imod tilbuddet.",
     True),
    ("Jeg er uenig i, at vi skal holde ferie i Spanien i år.", False),
    ("Vi er uenige i, at pizza er bedre end burger.", False),
    # so slow that one will grow old before a decision: a complaint of delay, no death wish
    ("Jeg går nok på pension, før kommunen afgør min sag om fleksjob.", True),
    ("Vi er vel gamle og grå, før nogen tager stilling til min datters sag.", True),
    ("Min farfar døde af alderdom sidste år, og jeg savner ham.", False),
    ("Jeg vil gå på pension, før jeg fylder 65, hvis jeg har råd.", False),
    # a result fixed before the meeting, the meeting a play
    ("De havde besluttet det hele på forhånd. Samtalen var bare et stykke teater.", True),
    ("Konklusionen var skrevet færdig på forhånd, før jeg overhovedet var kommet ind.", True),
    ("Jeg har skrevet mine spørgsmål ned på forhånd, så mødet går hurtigt.", False),
    ("Ferien var besluttet på forhånd, så vi tog afsted i går.", False),
    # no interpreter given, and a refusal written down that the citizen says is untrue
    ("Min sagsbehandler bestilte ingen tolk til samtalen, så jeg forstod ingenting.", True),
    ("I notatet står der, at jeg ikke ville deltage. Det har jeg aldrig sagt.", True),
    ("Jobcentret gav mig en god tolk til mødet, tak.", False),
    ("Min søn skriver at han kommer i morgen. Det er dejligt.", False),
    # the system said to devour people
    ("Den kommune sluger mennesker hele og spytter dem ud igen.", True),
    ("Jobcentrene tygger syge folk og efterlader dem uden noget.", True),
    ("Min hund æder alt, hvad den finder på gaden.", False),
    ("Systemet sluger meget strøm om natten.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R323_CRIT_CRITICISM)
def test_r323_crit_criticism_told_plainly_or_as_a_story(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 323 insultA
@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        # the writer's own "kan ikke læse" before a verdict on the letters' language
        ("Jeg kan ikke læse jeres breve, de er skrevet i et sprog, som ingen forstår.", True),
        ("Vi kan ikke tyde kommunens brev, det er formuleret i ord, ingen almindelige "
         "mennesker forstår.", True),
        ("Jeg kan ikke læse brevet, for jeg har glemt mine briller, og ordene er for små.", False),
        ("Jeg kan ikke forstå brevet, fordi det er på dansk og jeg taler kun arabisk.", False),
        # the writer's own state "not all right" (also in Jutlandic "itt") is no judgement
        ("Æ er itt rigtig i orden efter operationen, så jeg bliver hjemme.", False),
        ("Jeg føler mig ikke helt ok i dag, jeg har ondt i hovedet.", False),
        ("Jeg er ikke ok med, at I stopper min ydelse uden varsel.", True),
        ("Det er itt i orden, at man skal vente fire måneder på et svar.", True),
    ],
)
def test_r323_unreadable_letters_after_own_not(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticism


# round 329 critA
R329_CRITA_CRITICISM = [
    # a penalty for missing a meeting, answered by a hospital stay the same day
    ("Min ydelse blev trukket for en udeblivelse i marts. Jeg lå på sygehuset hele den uge "
     "med lungebetændelse.", True),
    ("Han blev sanktioneret for fravær fra kurset i sidste uge. Han var indlagt akut med "
     "blindtarmsbetændelse.", True),
    ("Jeg var indlagt i sidste uge. Kan jeg få en ny tid til samtalen?", False),
    ("Jeg fik en sanktion for at udeblive fra mødet. Jeg var ikke indlagt, jeg glemte det "
     "bare.", False),
    # a formal klage over the penalty makes the hospital stay its ground: a request only
    ("Jeg klager over nedsættelsen af min ydelse for fravær den 3. juni. Jeg lå på "
     "hospitalet den dag.", False),
    # sent to a placement with an injury or against a specialist's written advice
    ("Min mor blev sendt i arbejdsprøvning med et brækket håndled og kunne ikke løfte "
     "noget.", True),
    ("De har tvunget min bror i praktik på et værksted, selvom hans kirurg har frarådet alt "
     "stående arbejde.", True),
    ("Jeg blev sendt i praktik med en kollega fra holdet, og det gik rigtig godt.", False),
    ("Jeg tog selv et job i en butik, selvom min læge havde frarådet det, og det fortryder "
     "jeg.", False),
    # a post that pillories the one who sent is exposure, not criticism
    ("Husk hans navn: Mikkel fra jobcentret sendte min onkel i aktivering med et brækket "
     "ben. Del opslaget.", False),
    # a refusal "all the same", after what the citizen did
    ("Jeg afleverede lønsedlerne to gange og fik kvittering. Alligevel fik vi et afslag på "
     "boligstøtten.", True),
    ("Min datter gjorde alt, hvad I bad om. Hun blev alligevel sanktioneret i november.", True),
    ("Jeg søgte tre dage for sent, så jeg fik alligevel afslag som forventet.", False),
    ("Alligevel vil jeg gerne sige tak for hjælpen med ansøgningen.", False),
    # a refusal for lateness, rebutted by the writer's having been on time
    ("Ansøgningen blev afvist, fordi attesten var for gammel. Den var fra sidste uge, og jeg "
     "sendte den straks.", True),
    ("Jeg fik afslag, fordi skemaet kom for sent. Jeg afleverede det i god tid, og jeg har "
     "kvitteringen.", True),
    ("Jeg fik afslag, fordi ansøgningen kom for sent. Jeg sender den næste til tiden, det "
     "lover jeg.", False),
    ("Min klage blev afvist, fordi den kom for sent. Jeg vil gerne vide, hvad fristen er "
     "næste gang.", False),
    # someone leaving the jobcentre in tears
    ("Min nabo kom grædende ud fra samtalen i jobcentret i går.", True),
    ("Jeg forlod mødet i tårer, efter de havde talt til mig som til et barn.", True),
    ("Jeg gik grædende ud fra mødet af ren glæde, for endelig fik jeg mit fleksjob.", False),
    ("Min søn kom grædende hjem fra skolen i går.", False),
    # sent online by someone who has no computer
    ("Hun fik besked på at søge ydelsen på nettet. Hun ejer ikke en computer.", True),
    ("De sagde, jeg skulle udfylde skemaet online, men jeg har ingen computer.", True),
    ("Jeg har udfyldt skemaet online, og jeg har ingen spørgsmål.", False),
    ("Min far har ingen computer, så han vil gerne have brevene med posten.", False),
    # the caseworker asked whether the papers were read, and the answer was no
    ("Jeg spurgte min sagsbehandler, om han havde set lægens udtalelse. Han sagde, at han "
     "ikke havde haft tid.", True),
    ("På mødet spurgte jeg, om de overhovedet havde læst journalen, og svaret var, at de ikke "
     "havde nået det.", True),
    ("Jeg spurgte, om hun havde læst min læges erklæring. Hun sagde, at hun havde læst den "
     "grundigt.", False),
    ("Jeg spurgte min søn, om han havde læst bogen, men han havde ikke nået det.", False),
    # a chief unaware of the organisation, or not telling the whole truth, or contradicted
    # after a claim made to a paper
    ("Direktøren aner tydeligvis ikke, hvad der sker på hendes egne kontorer.", True),
    ("Borgmesteren siger til Vestby Posten, at ingen venter over en måned. Jeg ventede i ti "
     "uger på et svar.", True),
    ("Enten har ledelsen ikke styr på tallene, eller også fortæller den ikke hele "
     "sandheden.", True),
    ("Min søn fortæller ikke hele sandheden, når han kommer hjem fra skole.", False),
    ("Jeg ved ikke, hvad der foregår i min egen krop for tiden.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R329_CRITA_CRITICISM)
def test_r329_crita_criticism_told_as_a_story(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm", "offensive"}


# round 329 critB
R329_CRITB_CRITICISM = [
    # a promise from the jobcentre kept open, then "still nothing"
    ("Teamet lovede et forløb til min datter i foråret. Der er stadig intet sket.", True),
    ("Jobcentret har i to år lovet os en mentor, og der er endnu intet.", True),
    ("Min bror lovede at male stuen i foråret. Der er stadig intet.", False),
    ("Jobcentret lovede mig en praktik, og den starter på mandag.", False),
    # a clash ignored though the citizen told it in good time
    ("De satte mødet på dagen for min mors begravelse, selv om jeg havde meldt det på "
     "forhånd.", True),
    ("Jeg fik en indkaldelse midt i min ferie, selvom vi havde givet besked flere gange.", True),
    ("Jeg har givet besked i god tid om min ferie i juli.", False),
    ("Tak fordi I flyttede samtalen, da jeg havde sagt det i god tid.", False),
    # a plan or a letter in which nothing concerns the citizen
    ("Min handleplan fylder ti sider, og der står ikke én linje om min gigt.", True),
    ("Jeg læste afgørelsen to gange, og ikke en eneste sætning handlede om mig.", True),
    ("Jobplanen er lang, men hvert ord handler om mig og mine mål.", False),
    ("Romanen var på 400 sider, og ikke ét ord handlede om mig.", False),
    # what the citizen lacks is not what the course gives
    ("Vi mangler ikke vejledning, vi mangler arbejde.", True),
    ("Jeg mangler ikke flere kurser, jeg har brug for en operation i mit knæ.", True),
    ("Jeg mangler ikke motivation, jeg glæder mig til at starte.", False),
    ("Vi mangler ikke mælk, vi mangler brød.", False),
    # managers changed again and again
    ("Afdelingen har haft fem ledere på to år, og ingen af dem kendte vores sager.", True),
    ("Ydelseskontoret har haft tre forskellige chefer på et år.", True),
    ("Mit firma har haft fire chefer på tre år, men jeg trives.", False),
    ("Vi har to chefer i afdelingen, og de er begge søde.", False),
    # a documented illness nobody asked about in the meeting
    ("Ingen nævnte min sclerose, selv om den fremgår af sagen.", True),
    ("Mødet varede ti minutter. Ingen spurgte ind til hans depression.", True),
    ("Lægen spurgte til min angst og var meget forstående.", False),
    ("Ingen spurgte til min fødselsdag i år, men det gør ikke noget.", False),
    # sent round, told in the infinitive
    ("Jeg er led og ked af at blive kastet fra det ene tilbud til det andet.", True),
    ("Jeg er træt af at blive sendt fra den ene sagsbehandler til den anden.", True),
    ("Jeg er træt af at blive vækket af naboens hund.", False),
    ("Min datter glæder sig til at blive sendt på lejrskole.", False),
    # a case taken to a court as a legal step, and rights that apply to us too
    ("Vi fører sagen helt til Strasbourg, om nødvendigt.", True),
    ("Retssikkerhed gælder vel også for ledige i Lerbjerg Kommune.", True),
    ("Vi tager toget til Strasbourg på ferie i august.", False),
    ("Menneskerettigheder er et emne, jeg læser om på universitetet.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R329_CRITB_CRITICISM)
def test_r329_critb_criticism(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 337 crit
R337_CRIT_CRITICISM = [
    # the idiom in dialect, without the final "e"
    ("Det er da helt ud i hampen, at man skal stille på kontoret hver morgen kl. 8.", True),
    ("Det æ helt ud i hampen, at I vil have mig til Herning to gange om ugen.", True),
    ("Vi gik en tur ud i haven i aftes.", False),
    ("Hun tog ud i byen med veninderne.", False),
    # a promised change that has not come
    ("Tak for mødet. Men de lovede forbedringer af befordringen er stadig ikke indført.", True),
    ("De bebudede ændringer af mødeordningen lader stadig vente på sig.", True),
    ("Min udlejer lovede ændringer af køkkenet, der endnu ikke er kommet.", False),
    ("De lovede ændringer af mødetiderne er kommet, tak for det.", False),
    # a deadline of a few days, with the rhetorical "who could manage that?"
    ("Brevet gav os en svarfrist på to dage. Hvem tror I, der kan nå det?", True),
    ("Fire dages frist igen! Hvem tror kommunen, der klarer det?", True),
    ("Jeg har fået tre dages svarfrist på lejligheden fra boligselskabet.", False),
    ("Hvem tror du, der vinder kampen i aften?", False),
    # rules that drive people away instead of helping them
    ("Kravene jager de syge væk fra jobcentret i stedet for at støtte dem.", True),
    ("Reglerne skræmmer ledige væk fra systemet.", True),
    ("Hunden skræmmer folk væk fra haven.", False),
    ("Min bror hjælper i stedet for at brokke sig.", False),
    # a room packed beyond its size
    ("Vi var 30 ledige i et mødelokale til 15 på jobcentret.", True),
    ("Til infomødet var der 50 personer i et lokale beregnet til 25.", True),
    ("Vi var 12 personer i et lokale til 30, så der var god plads.", False),
    ("Til festen var vi 40 mennesker i et lokale til 50.", False),
    # a rule demanded abolished
    ("Vi kræver kontanthjælpsloftet fjernet nu.", True),
    ("Afskaf nulpunktsreglen for sygemeldte!", True),
    ("Vi vil have reglen om fodbold i frikvarteret fjernet på skolen.", False),
    ("Jeg vil have min sofa fjernet i morgen.", False),
    # known for long with nothing done, and not fitting their boxes
    ("Min datter kan ikke tåle støj. Det har I vidst siden januar.", True),
    ("Hun passer vel ikke ind i jeres skema, men hun har brug for ro.", True),
    ("Min søn fik lov at sove længe, det har han vidst længe.", False),
    ("Sofaen passer ikke ind i stuen.", False),
    # a reform that helped no one, only moved people on
    ("Loven har ikke skaffet én eneste ledig et job.", True),
    ("Den har bare flyttet de ledige over på en lavere ydelse.", True),
    ("Vi har bare flyttet sofaen over til vinduet.", False),
    ("Kurset har gjort mig meget gladere.", False),
    # giving up on the system, not on life
    ("Jeg har snart givet op på kommunen. Ikke på mig selv.", True),
    ("Jeg opgiver jobcentret, de hører aldrig efter.", True),
    ("Jeg giver op på det her puslespil.", False),
    ("Hun gav op på maratonløbet efter 30 km.", False),
    # a long wait without being called in
    ("Vi sad tre kvarter i ventesalen uden at blive kaldt ind.", True),
    ("To timer på jobcentret uden at nogen kaldte os ind.", True),
    ("Vi ventede en time hos lægen uden at blive kaldt ind.", False),
    ("Vi gik en time i skoven uden at se nogen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R337_CRIT_CRITICISM)
def test_r337_crit_criticism(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 345 criticismB
R345_CRITB_CRITICISM = [
    # a law said to split families, its cost, and the politicians told to face it
    ("Det er en regel, der river forældre og børn fra hinanden.", True),
    ("Samlivsreglen betyder i praksis, at vi ikke har råd til husleje. "
     "Det må ministeren se i øjnene.", True),
    ("Vi blev skilt sidste år, og børnene bor hos mig.", False),
    ("Jeg må se i øjnene, at jeg skal flytte.", False),
    # a law placed where it was made and demanded changed there; a choice between needs
    ("Den regel blev vedtaget i Folketinget, og dér skal den ændres.", True),
    ("Loftet betyder, at vi må vælge mellem medicin og mad hver måned.", True),
    ("Loven blev vedtaget i Folketinget i 2019.", False),
    ("Vi skal vælge mellem pizza og burger i aften.", False),
    # a wait for a decision told by dates
    ("Den 2. marts søgte jeg om enkeltydelse. "
     "Den 20. maj har jeg stadig intet hørt, og det er for længe.", True),
    ("Den 5. april sendte jeg klagen. Den 30. juni har jeg endnu ikke fået en afgørelse.", True),
    ("Den 2. marts søgte jeg om enkeltydelse. Den 4. marts fik jeg svar.", False),
    ("Den 12. maj sendte jeg papirerne, og den 14. maj var alt klaret.", False),
    # letters that give different amounts for the same period
    ("Jeg har fået to opgørelser med to forskellige beløb for samme periode.", True),
    ("Tre breve, tre forskellige beløb for den samme måned. Hvilket er rigtigt?", True),
    ("Jeg har fået forskellige beløb udbetalt i juni og juli.", False),
    ("Butikkerne har forskellige priser på samme vare.", False),
    # the case sent to the press or the ombudsman, and what they were put through
    ("Jeg har sendt alle papirerne i sagen til DR og til ombudsmanden.", True),
    ("Det, kommunen har udsat os for, skal frem i lyset.", True),
    ("Jeg har sendt et postkort til min mormor.", False),
    ("Fotografierne skal frem i lyset på udstillingen.", False),
    # poor groundwork called by its name
    ("Det var et elendigt forarbejde fra konsulentens side.", True),
    ("Det er sjusket forberedelse, når praktikstedet intet ved om min ryg.", True),
    ("Jeg har gjort et godt forarbejde til eksamen.", False),
    ("Forberedelsen til mødet gik fint.", False),
    # a condition in the papers that nobody asked about
    ("Hun har PTSD, det fremgår af journalen. Ingen spurgte til det.", True),
    ("Han er ordblind, og det står i hans sag. Ingen tog hensyn til det.", True),
    ("Hun har PTSD, det fremgår af journalen. Lægen spurgte grundigt til det.", False),
    ("Det står i avisen. Ingen læste den.", False),
    # staff who did nothing while trouble broke out
    ("En borger smed med stole. Ingen af personalet reagerede. I burde have en vagt.", True),
    ("Personalet greb ikke ind, da manden skreg ad os. Jobcentret bør have vagter.", True),
    ("Ingen fra personalet var syge i dag.", False),
    ("Personalet reagerede hurtigt og fik ro på.", False),
    # the phone queue's ways of failing
    ("Efter en time i køen røg forbindelsen. Så ringede jeg igen, og så var de lukket.", True),
    ("Medarbejderen kunne ikke se min sag, og efter 40 minutter blev jeg smidt af.", True),
    ("Forbindelsen røg, da jeg kørte gennem tunnelen.", False),
    ("Jeg ringede igen til frisøren i går.", False),
    # a complaint that a benefit was stopped
    ("Jeg klager over, at min mors pension er sat ned uden grund.", True),
    ("På vegne af min søster klager jeg over, at hendes sygedagpenge er stoppet.", True),
    ("Naboen klager over, at vores hund gør.", False),
    ("Min kontanthjælp er stoppet, fordi jeg har fået job.", False),
    # a cut made without hearing the citizen
    ("Ingen kontaktede mig for at høre min side af sagen, før beløbet blev trukket.", True),
    ("De nedsatte ydelsen uden at høre min forklaring.", True),
    ("Jeg ringede for at høre, hvordan det gik.", False),
    ("Han ringede for at høre min mening om sofaen.", False),
    # a summons that came after the meeting it called to
    ("I dag kom der brev om en samtale, der blev holdt i forgårs.", True),
    ("Jeg fik indkaldelse til et møde, som lå i sidste uge.", True),
    ("Jeg fik indkaldelse til et møde, der holdes i næste uge.", False),
    ("Vi talte om mødet, der blev holdt i går.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R345_CRITB_CRITICISM)
def test_r345_critb_criticism(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 345 criticismA
R345_CRITICISMA = [
    # a unit named "-indsatsen" that leaves messages unanswered, after praise of one person
    ("Per Storm er sød, men resten af Voksenindsatsen svarer aldrig på beskeder.", True),
    ("Jeg roser Sofie Holm. Desværre reagerer Familieindsatsen ikke på mails.", True),
    ("Voksenindsatsen svarer hurtigt på beskeder.", False),
    ("Familieindsatsen har fået nye lokaler.", False),
    # a caseworker with more cases than time
    ("Det er ikke Kim Frederiksens skyld. Han sidder med 120 borgere og har ingen tid.", True),
    ("Min rådgiver har alt for mange sager til at kunne følge med.", True),
    ("Hun har 40 sager i sin mappe.", False),
    ("Min bror har ingen tid i weekenden.", False),
    # who made the rule, asked of those who never met the people it hits
    ("Hvem har opfundet det krav? Har politikerne nogensinde mødt en syg som ham?", True),
    ("Hvem har fundet på den regel, og har de overhovedet talt med en ledig med gigt?", True),
    ("Hvem har lavet den regel? Jeg vil gerne læse den.", False),
    ("Har du nogensinde mødt en person som min søster? Hun er så sjov.", False),
    # papers the caseworker did not obtain
    ("Sagsbehandleren har aldrig indhentet en erklæring fra min egen læge.", True),
    ("Rasmus Kjærsgaard har ikke indhentet oplysninger fra sygehuset før afgørelsen.", True),
    ("Jeg har ikke indhentet journalen endnu, men gør det i morgen.", False),
    ("Det er ikke nødvendigt, og I behøver ikke indhente min journal.", False),
    # staff who did not turn up and sent no word
    ("Min konsulent kom ikke op til aftalen og ringede ikke.", True),
    ("Sofie Holm lovede at komme med til mødet, men hun dukkede ikke op.", True),
    ("Jeg dukkede ikke op i går, fordi jeg var syg. Undskyld.", False),
    ("Hun lovede at komme til festen, og hun kom.", False),
    # the same papers asked for again and again, in dialect too
    ("Jeg har været til samtale tre gange om de samme lønsedler.", True),
    ("Hvorfor kan I ikke læse det, jeg allerede har sendt?", True),
    ("Jeg har været til møde to gange om de nye planer for haven.", False),
    ("Hvorfor kan jeg ikke finde min taske?", False),
    # the jobcentre's paperwork a full-time job of its own
    ("Det er et fuldtidsjob at udfylde kommunens blanketter.", True),
    ("At besvare jeres skemaer er et fuldtidsarbejde.", True),
    ("Jeg har fået et fuldtidsjob på lageret.", False),
    ("Mit fuldtidsjob er at sælge biler.", False),
    # a letter sent without anyone checking first
    ("Han fik en indkaldelse, selvom han er i job. Ingen havde undersøgt det først.", True),
    ("Brevet blev sendt, uden at nogen havde tjekket hans adresse først.", True),
    ("Jeg glemte at tjekke min mail i går.", False),
    ("Vi tjekkede vejret først og tog så ud.", False),
    # a staff member unprepared, a course offered again
    ("Mødet med Jakob Bøgh var spildt, han havde ikke forberedt sig.", True),
    ("Hun foreslog et kursus, som jeg allerede har gennemført to gange.", True),
    ("Jeg havde ikke forberedt mig godt nok til eksamen.", False),
    ("Hun foreslog et kursus i svømning, og det var sjovt.", False),
    # the press told of how the jobcentre treated the writer
    ("Jeg har givet et interview til lokalavisen om hvordan kommunen har behandlet min sag.", True),
    ("Artiklen kommer på fredag, og jobcentret vil blive kontaktet for en kommentar.", True),
    ("Jeg har talt med en journalist om mit nye job som tømrer.", False),
    ("Artiklen om byfesten kommer på fredag.", False),
    # praise measured against the years before is no complaint
    ("Efter kurset har jeg ikke haft det så godt i årevis. Tak.", False),
    ("Jeg har ikke grinet så meget i årevis som på holdet.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R345_CRITICISMA)
def test_r345_criticisma(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# stop 45: a request to obtain the records, put as a question, is no finding that they were
# not obtained (criticism.r345_records_not_obtained)
@pytest.mark.parametrize(
    ("text", "criticism"),
    [
        ("Kunne I ikke selv indhente erklæringen fra min egen læge?", False),
        ("Kan du ikke bare indhente udtalelsen fra sygehuset i stedet?", False),
        ("Konsulenten har aldrig indhentet oplysningerne fra min læge.", True),
        ("I har ikke indhentet de akter, som afgørelsen bygger på.", True),
    ],
)
def test_stop45_records_asked_for_are_no_finding(text: str, criticism: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticism


# round 353 criticismB
R353_CRITICISMB = [
    # a programme unmasked as a cost cut
    ("Den nye jobplan er i virkeligheden bare en besparelse med sløjfe på.", True),
    ("Hele reformen er intet andet end en nedskæring forklædt som omsorg.", True),
    ("Projektet er ikke en sparerunde, men en investering i de unge.", False),
    ("Jeg er bare en almindelig mor, der prøver at spare op til ferien.", False),
    # refusal after refusal whatever the doctor documents
    ("De siger nej hver eneste gang, lige meget hvad speciallægen har skrevet.", True),
    ("Uanset hvad min psykiater skriver, får jeg afslag igen og igen.", True),
    ("Uanset hvad lægen siger, skal du huske at møde op på mandag.", False),
    ("Jeg fik nej til festen, men det var helt fint.", False),
    # a pattern in the refusals, not chance
    ("Der er et klart mønster i, hvem der bliver afvist. Det er ingen tilfældighed.", True),
    (
        "Samtlige af mine venner med samme diagnose har fået afslag. "
        "Det kan ikke være tilfældigt.",
        True,
    ),
    ("Jeg strikker en trøje med et flot mønster.", False),
    ("Vi mødtes helt tilfældigt i Netto, og det var hyggeligt.", False),
    # a caseworker who called off meeting after meeting
    ("Sofie Holm har aflyst fem møder i træk og kom for sent til de fleste af de andre.", True),
    ("Min konsulent flyttede mindst fire samtaler på et halvt år.", True),
    ("Jeg aflyste to møder, fordi jeg var syg.", False),
    ("Han aflyste et møde med banken i går.", False),
    # a wrong remark in the minutes asked struck out
    ("Jeg kræver den bemærkning om mit humør slettet fra notatet.", True),
    (
        "Jakob Bøgh har skrevet i referatet, at jeg ikke var samarbejdsvillig. "
        "Jeg lå med feber.",
        True,
    ),
    ("Kan du fjerne den sætning fra mit CV, før jeg sender det?", False),
    ("Jeg vil have den sætning slettet fra min stil, før læreren ser den.", False),
    # a trained professional put to menial work again and again
    (
        "I har sendt mig i praktik med at feje gårde fire gange, "
        "og ingen har spurgt til min uddannelse.",
        True,
    ),
    (
        "Jeg er uddannet sygeplejerske, men I sender mig i praktik med rengøring. "
        "Det er spild for mig og for samfundet.",
        True,
    ),
    ("Ingen spurgte hvad jeg kan lide at spise til festen.", False),
    ("Min praktik gik godt, og jeg har været der tre gange om ugen.", False),
    # letters no lawyer can follow, a decision read many times
    ("Jeres afgørelser er så indviklede, at ikke engang en advokat kan forstå dem.", True),
    ("Jeg læste brevet fem gange, før jeg fandt ud af, om jeg havde fået ja eller nej.", True),
    ("Min søster er jurist og kan forstå det meste.", False),
    ("Jeg læste bogen tre gange, fordi den var så god.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "criticism"), R353_CRITICISMB)
def test_r353_criticismb(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 353 criticismA
# a decision then who must answer for it; a rule that only makes people poorer; a low star
# rating with its mocking reason; a decision that leaves out what the case holds; a
# placement with a diagnosis and no support; a file note of unwillingness (a half sign: full
# only beside another)
R353_CRITICISMA = [
    (
        "Sofie Holm traf afgørelsen om at skære i mentorordningen. Så må hun også stå "
        "til ansvar for den.",
        True,
    ),
    (
        "Ledelsen tog beslutningen om at flytte skranken til Vestby. Så bør de også "
        "svare for den over for os.",
        True,
    ),
    ("Jeg traf selv afgørelsen om at stoppe på holdet. Så må jeg også stå på mål for den.", False),
    ("Beslutningen om flytningen er truffet. Jeg må stå på mål for min egen flytning.", False),
    ("Ydelsesloftet får ingen i arbejde, det gør bare familierne fattigere.", True),
    ("Reformen skaber ikke flere job, den gør kun de syge fattigere.", True),
    ("Loftet er blevet hævet, så det gør dem ikke fattigere.", False),
    ("Reglen er ny, og fattigere familier kan søge om tilskud.", False),
    (
        "Anmeldelse: Jeg ventede halvanden time uden at blive kaldt ind. 1 stjerne, og "
        "kun fordi toilettet var rent.",
        True,
    ),
    ("Jobcentret flyttede mit møde tre gange. To stjerner, fordi parkeringen er gratis.", True),
    ("Min datter fik to stjerner, fordi hun løb hurtigst i skolernes motionsløb.", False),
    ("Hun er en stjerne, fordi hun altid hjælper mig med skemaerne.", False),
    ("Konsulenten har i afgørelsen undladt at tage stilling til speciallægens udtalelse.", True),
    ("Rådgiveren undlod at inddrage resultatet af min virksomhedspraktik.", True),
    ("Jeg har undladt at nævne mit gamle job i ansøgningen.", False),
    ("Vi undlod at tage stilling til tilbuddet, før vi havde talt med lægen.", False),
    (
        "Min datter blev sat i virksomhedspraktik på et lager med sin ADHD og uden nogen "
        "mentor.",
        True,
    ),
    ("Han blev sendt på kursus med en angstdiagnose og ingen hjælp overhovedet.", True),
    ("Min datter kom i praktik på et lager med en mentor og god støtte.", False),
    ("Han blev sendt på kursus i regnskab med en kammerat.", False),
    (
        "Der står i min journal, at jeg ikke ville deltage. To stjerner, fordi kaffen "
        "var varm.",
        True,
    ),
    ("Der står i min journal, at jeg ikke ville deltage.", False),
    (
        "Der står i hans sag, at han ikke ønskede at samarbejde, og det er korrekt, han "
        "var syg.",
        False,
    ),
]


@pytest.mark.parametrize(("text", "criticism"), R353_CRITICISMA)
def test_r353_criticisma(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 361 cA
# Criticism told as a story (dates, what went wrong) or wrapped in despair or sarcasm.
R361_CA = [
    # a rule or a plan badly thought out
    ("Ordningen med to møder om ugen er elendigt planlagt.", True),
    ("Den nye skabelon til jobplanen er sløset tilrettelagt, intet passer.", True),
    ("Jeg var dårligt forberedt til samtalen, det beklager jeg.", False),
    ("Planen for praktikken er gennemtænkt og god.", False),
    # caseworkers that keep changing
    ("På to år har jeg haft fem forskellige sagsbehandlere.", True),
    ("Jeg får aldrig den samme rådgiver. I år har jeg haft fire. Det duer ikke.", True),
    ("Jeg har haft tre gode samtaler med min sagsbehandler.", False),
    ("Min rådgiver ringede i går. Hun sagde at mødet er flyttet.", False),
    # the dead turning in their grave at how people are treated
    ("Farmor ville vende sig i graven over, hvordan syge behandles af kommunen.", True),
    ("Min onkel ville vende sig i sin grav, hvis han så, hvordan sygemeldte presses.", True),
    ("Far ville vende sig i graven, hvis han så, hvordan jeg behandler hans gamle bil.", False),
    ("Min mor ville vende sig i graven, hvis hun vidste, at jeg er blevet vegetar.", False),
    # a paper the writer can prove sent, told missing; papers lost again and again
    (
        "Min ydelse blev stoppet, fordi der mangler en attest. Jeg har kvittering for, at "
        "attesten blev uploadet i juni.",
        True,
    ),
    ("For fjerde gang får jeg besked om, at min attest er forsvundet hos jer.", True),
    ("Jeg har kvittering for, at skemaet blev sendt. Kan I bekræfte det?", False),
    ("Min ansøgning er ikke modtaget endnu, skal jeg sende den igen?", False),
    # a meeting never booked; a sanction for an excused absence
    ("Jeg fik brev om udeblivelse. Men mødet var aldrig blevet oprettet i systemet.", True),
    (
        "Ydelsen blev trukket, fordi han ikke deltog i samtalen. Men han var indlagt på "
        "sygehuset.",
        True,
    ),
    ("Undskyld at jeg ikke kom til mødet. Men jeg var syg, kan vi finde en ny tid?", False),
    ("Kan I booke en samtale til mig i næste uge?", False),
    # a case standing still meanwhile
    ("Samtalen blev aflyst igen, og i mellemtiden ligger min afklaring stille.", True),
    ("Mødet blev udskudt to måneder, imens står hele mit forløb stille.", True),
    ("Imens står maskinerne stille på fabrikken, så jeg har fri.", False),
    ("Min sag er i gang, og der sker noget hver uge.", False),
    # sarcasm: a sad joke with an unfit job demand; a packing list for the queue
    (
        "Det ville være komisk, hvis det ikke var så sørgeligt: jeg skal søge stillinger som "
        "tagdækker. Jeg kan ikke gå på stiger efter min operation.",
        True,
    ),
    (
        "Tag campingstol med, hvis du vil nå skranken i borgerservice. Tre timer i kø, og "
        "så lukkede de skranken klokken tolv.",
        True,
    ),
    ("Jeg skal søge job som lagermedarbejder. Jeg har ikke truckcertifikat endnu.", False),
    ("Husk madpakke og sovepose til lejrturen på fredag.", False),
    # a manager who does not know her own house; a practice that costs lives or wears down
    ("Enten aner han ikke, hvad der sker i sin egen afdeling, eller også lyver han.", True),
    ("Jeres sanktionsræs koster liv, og det ved I godt.", True),
    ("Kommunen har slidt mig helt ned med møder og planer.", True),
    ("Jeg ved ikke, hvad der sker i min sag. Kan I ringe?", False),
    ("Kemoen har slidt mig ned, så jeg har brug for en ny tid.", False),
    # a formal objection by a representative
    ("Som bisidder vil jeg hermed påtale, at kommunen har overset lægens anbefaling.", True),
    ("Vi påtaler hermed, at jobcentret har sat hende i praktik på fuld tid.", True),
    ("Politiet vil ikke påtale sagen, skriver anklagemyndigheden.", False),
    ("Jeg har ingen bemærkninger til planen.", False),
]


@pytest.mark.parametrize(("text", "criticism"), R361_CA)
def test_r361_ca(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 361 cB
# Criticism told as a story (dates, steps) or wrapped in despair, sarcasm or political
# pressure: each idea has its own positives and near misses.
R361_CB = [
    # a promise, then silence or time gone by
    (
        "Rådgiveren lovede at ringe om en praktikplads i marts. Der er nu gået fem "
        "måneder, og jeg har ikke hørt fra hende siden april.",
        True,
    ),
    ("Han lovede at se på min ansøgning. I maj havde han stadig ikke svaret.", True),
    ("Han lovede at se på min ansøgning. I maj ringede han, og det var fint.", False),
    ("Rådgiveren lovede at ringe i marts. Hun ringede dagen efter.", False),
    # sarcasm after a promise
    ("Kommunen lovede en afklaring før påske. Så meget for jeres løfter.", True),
    ("Vi blev lovet en ny plan inden sommerferien. Det var i 2021. Så meget for løfter.", True),
    ("Så meget for løfter, sagde min farfar altid om politikere.", False),
    ("Kommunen lovede en afklaring før påske, og den kom til tiden.", False),
    # relying on what staff say
    ("Man burde kunne regne med det, ens sagsbehandler fortæller.", True),
    ("Borgerne skal kunne stole på det, jobcentret skriver.", True),
    ("Man skal kunne stole på sin bank.", False),
    ("Jeg stoler på det, min sagsbehandler siger.", False),
    # the sequence speaks for itself
    ("I maj fik hun otte samtaler. I juni var hun sygemeldt. Enhver kan jo se sammenhængen.", True),
    ("I kan jo selv se rækkefølgen, hvis I læser min journal fra foråret.", True),
    ("Se vedhæftede skema, så kan du se rækkefølgen af mine møder.", False),
    ("Man kan se sammenhængen i den vejledning, I sendte.", False),
    # help removed because the money ran out
    ("Hun mistede sin støtteperson, da puljen var tom.", True),
    ("Han havde ingen bisidder i et halvt år, fordi pengene var brugt op.", True),
    ("Vi fik en mentor, da puljen blev fyldt op igen.", False),
    ("Jeg købte ingen julegaver, fordi pengene var brugt på husleje.", False),
    # came in person, still recorded absent
    (
        "Jeg mødte op i receptionen med min lægeerklæring. Alligevel blev jeg noteret "
        "som udeblevet.",
        True,
    ),
    ("Jeg sad i venterummet kl. 9, men blev registreret som udeblevet.", True),
    ("Jeg mødte op i receptionen med min lægeerklæring, og de tog imod den.", False),
    ("Jeg sad i venterummet kl. 9 og blev kaldt ind kl. 9.05.", False),
    # sick, sent into a placement, broke down; still chased
    ("Hun har gigt og blev sat i praktik på et lager. Efter en uge kollapsede hun.", True),
    (
        "Han brød sammen på kurset i foråret og ligger stadig i sengen, men han får "
        "stadig breve om aktivering.",
        True,
    ),
    ("Hun blev sat i praktik på et lager. Efter en uge fik hun fast job.", False),
    ("Han faldt om på cykelstien i går, men er oppe igen.", False),
    # management should know what it does to people
    ("Byrådet skal vide, hvad de her samtaler gør ved folk.", True),
    ("Jeg vil have, at chefen forstår, hvad sanktionerne gør ved familier.", True),
    ("Chefen ved godt, hvad samtalerne handler om.", False),
    ("Jeg vil gerne vide, hvad de her samtaler går ud på.", False),
    # voters remember
    ("Vi husker, hvem der stemte for nedskæringerne, når vi skal stemme.", True),
    ("Den slags besparelser vil koste dyrt ved næste valg.", True),
    ("Vi husker godt, hvem der var med til julefrokosten.", False),
    ("Det koster dyrt at tage toget til valget i Aarhus.", False),
    # staff have not understood the situation
    ("Jeg mener ikke, rådgiveren har sat sig ind i min mors helbred.", True),
    ("Jeg synes ikke, sagsbehandleren har forstået min situation.", True),
    ("Jeg synes, sagsbehandleren har forstået min situation godt.", False),
    ("Jeg tror ikke, min søn har forstået brevet.", False),
    # the system as killing people: a figure for the burden
    ("Det er som om kommunen forsøger at slå mig ihjel med papirer.", True),
    ("Reformen dræber langsomt de svageste.", True),
    ("Solen dræber langsomt de svageste planter i haven.", False),
    ("Kommunen forsøger at hjælpe mig med papirerne.", False),
]


@pytest.mark.parametrize(("text", "criticism"), R361_CB)
def test_r361_cb(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 369 crit
R369_CRIT = [
    # the record says what the writer never said
    ("I notatet står der, at jeg takkede nej til forløbet. Det sagde jeg aldrig.", True),
    ("Hun noterede i journalen, at jeg ville holde pause. Det har jeg ikke sagt.", True),
    ("I notatet står der, at jeg takkede ja til forløbet.", False),
    ("Min nabo påstod, at jeg var sur. Det sagde jeg aldrig.", False),
    # staff who did not look into it
    ("Sagsbehandleren har ikke tjekket, om der var plads på holdet.", True),
    ("Jobcentret har aldrig undersøgt, om jeg kunne arbejde hjemmefra.", True),
    ("Sagsbehandleren har undersøgt, om der er plads på holdet.", False),
    ("Jeg har ikke tjekket, om toget kører i morgen.", False),
    # a wrong calculation or a decision built on missing facts
    ("Udregningen af min boligstøtte er forkert, der mangler et barn.", True),
    ("Vurderingen byggede på forældede oplysninger fra sidste år.", True),
    ("Udregningen af min boligstøtte er korrekt.", False),
    ("Huset er bygget på en gammel mark.", False),
    # letters in a language the writer cannot follow
    ("Brevene er skrevet i et sprog, som ingen i min familie forstår.", True),
    ("Afgørelsen er formuleret i et sprog, jeg ikke kan forstå.", True),
    ("Brevet er skrevet på dansk, og jeg forstår det fint.", False),
    ("Min datter taler et sprog, som jeg ikke forstår.", False),
    # the same form again and again
    ("Nu skal jeg sende de samme papirer for femte gang.", True),
    ("Jeg udfylder det samme skema for tredje gang i år.", True),
    ("Jeg udfylder skemaet for første gang.", False),
    ("Vi spiser den samme ret for tredje gang i denne uge.", False),
    # papers already with the jobcentre
    ("Erklæringen har ligget hos jer i fem uger.", True),
    ("Papirerne har ligget hos kommunen siden marts.", True),
    ("Pakken har ligget hos naboen i to dage.", False),
    ("Jeg har ligget syg i fem uger.", False),
    # phone open only briefly; the phone story in halves
    ("Telefonen er kun åben en time om dagen.", True),
    ("Jeg blev omstillet til en telefonsvarer, og så lukkede telefonen.", True),
    ("Telefonen er åben hele dagen.", False),
    ("Jeg blev omstillet til en telefonsvarer og lagde en besked.", False),
    # the writer's story told to the press
    ("Jeg har fortalt min historie til avisen om, hvordan sagen gik.", True),
    ("Vi fortalte vores historie til DR i sidste uge.", True),
    ("Jeg har fortalt min historie til min psykolog.", False),
    ("Jeg læste en historie i avisen i går.", False),
    # a cut told with its effect
    ("Byrådet har skåret ned på rengøringshjælpen, og de ældre står nu alene.", True),
    ("Nedskæringen af støtten ender dyrere, ikke billigere.", True),
    ("Min søster står nu alene med børnene.", False),
    ("Bilen bliver dyrere, ikke billigere, med de nye afgifter.", False),
    # a promise that came to nothing and months lost
    ("Konsulenten lovede mig et forløb, og nu har jeg mistet tre måneder.", True),
    ("Sagsbehandleren lovede os et kursus, men vi har spildt et halvt år.", True),
    ("Konsulenten lovede mig et forløb, og det starter på mandag.", False),
    ("Jeg har spildt et halvt år på at lære at strikke.", False),
    # a rule as a slow death for the sick
    ("Reglen er en langsom dødsdom over de syge.", True),
    ("Reformen er en langsom henrettelse af de svageste.", True),
    ("Filmen er en langsom fortælling om en henrettelse.", False),
    ("Reglen er en langsom proces for alle.", False),
    # praise for bringing the phone queue down is no complaint
    ("Teamet har fået telefonkøen ned, tak for det.", False),
    ("Hun skal have ros for at have fået ventetiden ned.", False),
    ("Telefonkøen er stadig alt for lang.", True),
    ("Jeg sad i telefonkøen i over en time.", True),
]


@pytest.mark.parametrize(("text", "criticism"), R369_CRIT)
def test_r369_crit(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 377 crit
R377_CRIT = [
    # a visit that ends on neither apology nor reason
    ("Vi sad en time over tiden i venterummet. Ingen beklagelse og ingen forklaring.", True),
    ("Mødet blev aflyst med en sms, uden forklaring og uden undskyldning.", True),
    ("Jeg giver en undskyldning og en forklaring på mit fravær i morgen.", False),
    ("Ingen forklaring er nødvendig, tak for hjælpen.", False),
    # the jobcentre acted while the citizen lay ill
    ("Jeg fik brev om sanktion, mens jeg lå på hospitalet med lungebetændelse.", True),
    ("Han fik besked på at møde op til samtale fem dage efter operationen.", True),
    ("Jeg ligger på sygehuset i denne uge. Kan samtalen flyttes?", False),
    ("Han har fået brev om et møde, men er indlagt på sygehuset. Kan det flyttes?", False),
    ("Min søster fik en dejlig datter, da hun lå på fødegangen i Kolding.", False),
    # nobody asked about the illness
    ("Jeg er sendt i praktik som pakker, og ingen har spurgt til mit knæ.", True),
    ("Planen er lagt, men ingen spurgte om min diagnose.", True),
    ("Lægen spurgte til mit knæ, og det var fint.", False),
    ("Ingen har spurgt om min adresse endnu.", False),
    # hard words in letters, no interpreter
    ("Jobcentret skriver i tungt sprog, som min far ikke kan læse.", True),
    ("Der var ingen tolk, da min mor var til møde.", True),
    ("Jeg skriver gerne på dansk, selvom det er svært.", False),
    ("Der er en tolk med næste gang, står der i brevet.", False),
    # a need asked for and refused
    ("Min mor bad om vand flere gange og fik det ikke.", True),
    ("Han spurgte om en kopi af notatet og fik nej.", True),
    ("Hun bad om en pause og fik den straks.", False),
    ("Jeg bad om en kopi, og den kom dagen efter.", False),
    # what the point of it really is
    ("Jeg vil gerne vide, hvad meningen med det forløb overhovedet er.", True),
    ("Hvad formålet med fem ens kurser egentlig var, forstår jeg ikke.", True),
    ("Hvad er formålet med mødet på torsdag?", False),
    ("Kan du fortælle mig, hvad meningen med punkt tre er?", False),
    # a letter felt as a threat, a plea for humane wording
    ("Brevet lyder som en straf, når man er syg.", True),
    ("Kunne I ikke skrive lidt mere venligt til folk i krise?", True),
    ("Maden lød som en god idé.", False),
    ("Kan I skrive til mig på e-mail i stedet?", False),
    # a scheme that worked, cut away
    ("Kommunen har skåret støttekontakten væk. Det var den eneste hjælp, der virkede.", True),
    ("Byrådet har sparet bostøtten væk, og det var det eneste tilbud, som hjalp.", True),
    ("Det eneste tilbud, der virkede, var mentoren, og hun er der heldigvis stadig.", False),
    ("Min kusine har sparet op til en ny bil.", False),
]


@pytest.mark.parametrize(("text", "criticism"), R377_CRIT)
def test_r377_crit(text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, text
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}


# round 385 cr
R385_CR = [
    # a way of meeting or a help asked for again and again
    ("asked_again", "Vi har gang på gang bedt om en tolk til samtalerne.", True),
    ("asked_again", "Jeg har spurgt om telefonmøder fire gange, fordi jeg ikke kan gå.", True),
    ("asked_again", "Min mor har efterspurgt en anden sagsbehandler flere gange nu.", True),
    ("asked_again", "Jeg har foreslået et videomøde i næste uge.", False),
    ("asked_again", "Vi har foreslået en tur til Skagen flere gange.", False),
    ("asked_again", "Jeg har været til møde mange gange i foreningen.", False),
    # a rule or a system that shuts a group out
    ("door_shut", "Den nye ordning smækker døren i for syge uden netværk.", True),
    ("door_shut", "Kravet om MitID lukker døren for mange ældre.", True),
    ("door_shut", "Med de regler har byrådet lukket døren for handicappede.", True),
    ("door_shut", "Butikken lukker døren for alle kunder klokken 18.", False),
    ("door_shut", "Hun lukkede døren for katten, så den ikke kom ud.", False),
    ("door_shut", "Husk at lukke døren efter jer, når I går.", False),
    # asked whether anyone thought it through
    ("thought_through", "Har politikerne overhovedet tænkt reformen igennem?", True),
    ("thought_through", "Har man egentlig tænkt over konsekvenserne for de syge?", True),
    ("thought_through", "Havde ledelsen nogensinde tænkt det her igennem?", True),
    ("thought_through", "Har du tænkt over, hvad du vil have til jul?", False),
    ("thought_through", "Jeg har tænkt det hele igennem og siger ja til tilbuddet.", False),
    ("thought_through", "Har I tænkt på at male stuen gul?", False),
    # an ironic expectation of a letter or a decision, denied
    ("one_would_think",
        "Man skulle da tro, at en afgørelse om sanktion kom med en forklaring. "
        "Den jeg fik, gjorde ikke.", True),
    ("one_would_think",
        "Man skulle tro, at jobcentret læste lægens papirer, men det gør de åbenbart ikke.",
        True),
    ("one_would_think",
        "Man skulle jo tro, at sagsbehandleren kendte reglerne. Det gjorde hun ikke.", True),
    ("one_would_think", "Man skulle tro, at det snart blev sommer. Det regner stadig.", False),
    ("one_would_think",
        "Man skulle tro, at jobcentret var svært at finde, men det var nemt.", False),
    ("one_would_think", "Man skulle tro, han var født i går.", False),
    # a long working life, then a trivial exercise in job seeking
    ("veteran_course",
        "Min mand har knoklet som murer i 38 år. Nu skal han lære at skrive CV "
        "på et kursus.", True),
    ("veteran_course",
        "Jeg har været sosu-assistent i 25 år, og nu sidder jeg og øver ansøgninger med en "
        "mentor.", True),
    ("veteran_course",
        "Han har arbejdet, siden han var 14. I går blev han sendt på jobsøgningskursus.", True),
    ("veteran_course",
        "Jeg har arbejdet i 20 år og vil gerne lære at skrive CV på engelsk.", False),
    ("veteran_course", "Jeg skal på jobsøgningskursus i næste uge.", False),
    ("veteran_course", "Min far har arbejdet på værftet i 30 år.", False),
    # a digital task set for someone who has not even the device
    ("digital_no_device",
        "Jeg skal uploade min jobsøgning på Jobnet hver uge. "
        "Jeg har ikke engang en computer.", True),
    ("digital_no_device",
        "Min mor fik besked på at logge på e-boks, men hun har ikke engang en mobil.", True),
    ("digital_no_device",
        "De har krævet, at han bruger appen. Han har ikke engang internet derhjemme.", True),
    ("digital_no_device", "Jeg bruger ikke LinkedIn. Jeg har ikke engang en smartphone.", False),
    ("digital_no_device", "Jeg skal lære at bruge appen, og min søn hjælper mig.", False),
    ("digital_no_device", "Han har ikke engang en cykel, men han kommer alligevel.", False),
    # rules changed in the middle of a course
    ("rules_midway",
        "I ændrede kravene til timer midt i mit ressourceforløb uden at sige det.", True),
    ("rules_midway",
        "Satserne blev ændret midt i praktikken, så jeg pludselig fik mindre.", True),
    ("rules_midway",
        "Kommunen har lavet reglerne om midt i min sygemelding, og det er uretfærdigt.", True),
    ("rules_midway", "Vi ændrede reglerne midt i spillet, og alle grinede.", False),
    ("rules_midway", "Reglerne for praktikken blev gennemgået ved første møde.", False),
    ("rules_midway", "Jeg starter midt i forløbet, når der er plads.", False),
    # a help the citizen relies on, cut in the passive
    ("support_cut", "Mentorstøtten blev sparet væk i januar, og nu står jeg alene.", True),
    ("support_cut", "Bostøtten er blevet halveret, så jeg ser hende en time om ugen.", True),
    ("support_cut", "Tolkningen er skåret ned til et minimum.", True),
    ("support_cut", "Træet i haven blev skåret ned i går.", False),
    ("support_cut", "Bostøtten kommer på tirsdag kl. 10.", False),
    ("support_cut", "Prisen er sat ned, så jeg købte to.", False),
    # a child made to interpret
    ("child_interpreter",
        "Nu skal min søn på 11 år med til alle samtalerne for at oversætte.", True),
    ("child_interpreter",
        "Jeg har været nødt til at tage min datter ud af skolen for at tolke hos jer.", True),
    ("child_interpreter",
        "Min søn oversætter diagnoserne for mig. Det er ikke en opgave for et barn.", True),
    ("child_interpreter", "Må jeg tage min datter med for at oversætte?", False),
    ("child_interpreter", "Min søn hjælper mig nogle gange med at læse breve.", False),
    ("child_interpreter", "Min datter vil gerne være tolk, når hun bliver stor.", False),
    # the office open only inside the writer's working hours
    ("open_hours",
        "Telefontiden er fra 9 til 12. Jeg arbejder fra 7 til 15 og må ikke ringe.", True),
    ("open_hours",
        "Jeg har vagt fra 6 til 14, og borgerservice har åbent fra 10 til 13.", True),
    ("open_hours",
        "Jobcentret har åbent mellem 9 og 11, mens mit job er fra 8 til 16. "
        "Regnestykket går ikke op.", True),
    ("open_hours",
        "Borgerservice har åbent fra 15 til 17, og jeg arbejder fra 8 til 14.", False),
    ("open_hours", "Vi har åbent fra 10 til 13 på hverdage.", False),
    ("open_hours", "Regnestykket i matematiklektien går ikke op.", False),
    # "so that is how they treat their citizens"
    ("so_thats_how",
        "Min søster ventede fire timer i venterummet. Sådan behandler jobcentret altså folk.",
        True),
    ("so_thats_how",
        "Ingen ringede tilbage. Således taler kommunen åbenbart til sine borgere.", True),
    ("so_thats_how",
        "Brevet kom efter mødet. Sådan informerer I så jeres ledige.", True),
    ("so_thats_how", "Sådan hjælper jobcentret dig videre i job.", False),
    ("so_thats_how", "Sådan skriver man en god ansøgning.", False),
    ("so_thats_how", "Sådan behandler jeg mine planter om vinteren.", False),
    # unpaid work, and the jobcentre's fine name for it
    ("unpaid_called",
        "Jeg stod på lageret i otte uger uden løn, og sagsbehandleren kaldte det "
        "kompetenceudvikling.", True),
    ("unpaid_called",
        "Han fejede gulve i tre måneder uden en krone. De kalder det for jobtræning.", True),
    ("unpaid_called",
        "Fire uger uden betaling i en butik. Jobcentret betegnede det som afklaring.", True),
    ("unpaid_called",
        "Jeg arbejdede uden løn i sommer. Min mor kaldte det frivilligt arbejde.", False),
    ("unpaid_called", "Konsulenten kaldte det et afklaringsforløb på seks uger.", False),
    ("unpaid_called", "Jeg hjalp til uden løn, fordi jeg gerne ville.", False),
    # a need noted in the case and still not met
    ("noted_ignored",
        "Der var ingen tolk til mødet, selv om det fremgår af journalen.", True),
    ("noted_ignored",
        "Jeg blev ikke ringet op før mødet, selvom det står i min plan.", True),
    ("noted_ignored",
        "Han fik aldrig brevene på papir, skønt det er noteret i hans sag.", True),
    ("noted_ignored", "Selvom det står i sagen, skriver jeg det igen her.", False),
    ("noted_ignored", "Det står i min sag, at jeg er ordblind.", False),
    ("noted_ignored", "Jeg kan ikke huske det, selvom det står i bogen.", False),
    # the blame laid on the system, not the caseworker nor the writer
    ("system_fault", "Det er ikke hans skyld, men systemets. Han har for mange sager.", True),
    ("system_fault",
        "Det er ikke sagsbehandlerens skyld, men ledelsens, at der ingen er til at tage "
        "telefonen.", True),
    ("system_fault", "Det var ikke hendes skyld, men heller ikke min, at mødet gik i vasken.",
        True),
    ("system_fault", "Det er ikke hans skyld, men min egen, at jeg kom for sent.", False),
    ("system_fault", "Det er ikke hendes skyld, at det regner.", False),
    ("system_fault", "Hun sagde, det ikke var hans skyld.", False),
    # a dated promise, and today long after it
    ("promise_gone",
        "I lovede mig svar den 3. marts. Nu er det den 24.", True),
    ("promise_gone",
        "Min rådgiver sagde den 10. juni, at pengene kom i næste uge. I dag er det den 2. juli.",
        True),
    ("promise_gone",
        "Jeg fik at vide den 20. maj, at I ringede. I dag er det den 8.", True),
    ("promise_gone", "I lovede mig svar den 3. marts. I dag er det den 4.", False),
    ("promise_gone", "Jeg fik besked den 2. maj. Tak for det.", False),
    ("promise_gone", "Hun sagde den 5. maj, at alt var i orden.", False),
    # news of a death or grave illness met with the meeting all the same
    ("grief_meeting",
        "Jeg skrev, at min mand var indlagt med blodprop, og hun svarede, at samtalen "
        "alligevel skulle holdes.", True),
    ("grief_meeting",
        "Dagen efter begravelsen sagde sagsbehandleren, at jeg stadig skulle møde i praktikken.",
        True),
    ("grief_meeting",
        "Min far døde i søndags, og konsulenten skrev, om jeg bare kunne komme til mødet "
        "alligevel.", True),
    ("grief_meeting",
        "Da jeg fortalte, at min mor var død, spurgte hun, hvordan jeg havde det.", False),
    ("grief_meeting",
        "Min onkel døde i sommer. Hun sagde, at mødet selvfølgelig blev flyttet.", False),
    ("grief_meeting", "Min hund døde i går, og jeg er ked af det.", False),
]


@pytest.mark.parametrize(("idea", "text", "criticism"), R385_CR)
def test_r385_cr_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 389 cr
R389_CR = [
    # the system, or "they in there", breaks or chokes people
    ("breaks_people", "Loven om kontanthjælp kvæler folk, og ingen på Christiansborg gider se det.",
        True),
    ("breaks_people", "De nedbryder folk langsomt derinde.", True),
    ("breaks_people", "Sanktionerne knækker de svageste, år efter år.", True),
    ("breaks_people", "Slangen kvæler sit bytte langsomt.", False),
    ("breaks_people", "De knækker nødder derinde i køkkenet.", False),
    ("breaks_people", "Min ryg knækker, når jeg bøjer mig.", False),
    # someone died while still inside the process
    ("died_in_process", "Min mor døde i foråret, stadig uden afgørelse på sin førtidspension.",
        True),
    ("died_in_process", "Han døde, mens han fortsat var i ressourceforløb.", True),
    ("died_in_process", "Naboen døde sidste år og var stadig i jobafklaring.", True),
    ("died_in_process", "Min farmor døde sidste vinter, stadig i sit eget hus.", False),
    ("died_in_process", "Han gik stadig i skole, da hans far døde.", False),
    ("died_in_process", "Min far døde i 2019.", False),
    # too afraid of the jobcentre's post to open it (half a sign) beside a grievance
    ("afraid_of_post",
        "Min søster tør ikke længere åbne sin e-Boks. Hun har ventet på svar i fem måneder, og "
        "ingen ringer tilbage.", True),
    ("afraid_of_post", "Jeg tør ikke åbne brevet fra hospitalet.", False),
    ("afraid_of_post", "Jeg tør ikke åbne min e-Boks før i morgen, jeg er for træt.", False),
    # the case so old it could live a person's milestones
    ("case_ages", "Min sag er snart gammel nok til at begynde i skole.", True),
    ("case_ages", "Sagen kan snart fejre fødselsdag hos jer.", True),
    ("case_ages", "Min ansøgning kan snart tage kørekort, så længe har den ligget der.", True),
    ("case_ages", "Min mor kan snart gå på pension.", False),
    ("case_ages", "Jeg har en sag om at gå på pension før tid.", False),
    ("case_ages", "Min søn kan snart begynde i skole.", False),
    # the jobcentre's upbeat campaign beside its refusal the same day
    ("campaign_refusal",
        "Jeres plakat siger »Sammen finder vi vejen«. Den hang der samme dag, som jeg fik afslag "
        "på fleksjob.", True),
    ("campaign_refusal",
        "Jeg læste jeres nye slogan på bussen samme morgen, som min ydelse blev stoppet.", True),
    ("campaign_refusal", "Jeres kampagne kørte i avisen, og samme uge fik jeg min sanktion.", True),
    ("campaign_refusal", "Jeg så plakaten for koncerten samme dag, som jeg fik afslag.", False),
    ("campaign_refusal", "Jeg fik afslag samme dag, som jeg søgte.", False),
    ("campaign_refusal", "Jeg kan godt lide jeres nye kampagne.", False),
    # the rule behind a decision that nobody can name
    ("rule_unnamed",
        "Hun sagde, at det var reglerne, men hun kunne ikke sige, hvilken paragraf det stod i.",
        True),
    ("rule_unnamed", "Ingen kunne forklare mig, hvilke regler afslaget bygger på.", True),
    ("rule_unnamed", "Jeg spurgte tre gange, men ingen vidste, hvilken lov I henviste til.", True),
    ("rule_unnamed",
        "Sagsbehandleren kunne fortælle mig, hvilken regel det var, og det var fint.", False),
    ("rule_unnamed", "Ingen kunne fortælle mig, hvilken bus jeg skulle tage.", False),
    ("rule_unnamed", "Kan I sige, hvilken regel der gælder for mig?", False),
    # showed up, and the meeting was unknown or booked as absence
    ("showed_up",
        "Jeg kom op til samtalen som aftalt, men der var ingen, der kendte noget til mødet.", True),
    ("showed_up", "Min datter mødte op til tiden. Ingen havde hørt om nogen samtale.", True),
    ("showed_up", "Mødte op kl. 10. Bagefter fik jeg et brev om udeblivelse.", True),
    ("showed_up", "Jeg mødte ikke op, og så fik jeg et brev om udeblivelse.", False),
    ("showed_up", "Jeg mødte op, og ingen vidste, hvor kaffen var.", False),
    ("showed_up", "Jeg mødte op til mødet, og alle vidste besked.", False),
    # "so that is how it works", the ironic verdict
    ("so_it_works", "Sådan foregår det åbenbart hos jer.", True),
    ("so_it_works", "Sådan virker systemet altså.", True),
    ("so_it_works", "Sådan kører det bare i Søby Kommune.", True),
    ("so_it_works", "Sådan fungerer det: Først udfylder du skemaet, så ringer vi.", False),
    ("so_it_works", "Sådan fungerer det altså med fleksjob, når man er under 40.", False),
    ("so_it_works", "Sådan gør man altså en god kage.", False),
    # rules kept inside the house, said to belong in public
    ("rules_public",
        "Hvis jobcentret har hemmelige kriterier for bevilling, burde de være offentlige.", True),
    ("rules_public", "I har regler for, hvem der får mentor. De regler bør være offentlige.", True),
    ("rules_public",
        "Der findes interne retningslinjer om sanktioner, siger min rådgiver. Hvis de findes, "
        "skal de være tilgængelige for os borgere.", True),
    ("rules_public", "Retningslinjerne er offentlige og ligger på hjemmesiden.", False),
    ("rules_public", "Jeg beder om aktindsigt i jeres interne retningslinjer om fleksjob.", False),
    ("rules_public", "Toiletterne burde være offentlige.", False),
    ("rules_public", "Jeg beder om en kopi af kommunens interne regler for kørselsgodtgørelse.",
        False),
    # a record belied by the facts of the day, and asked corrected
    ("record_belied",
        "Per Storm har skrevet i notatet, at jeg ikke mødte op, men jeg var indlagt på sygehuset "
        "den dag. Notatet skal rettes.", True),
    ("record_belied",
        "Der står i journalen, at min mor afviste tilbuddet, men hun lå på hospitalet. Vi beder "
        "om, at journalen bliver korrigeret.", True),
    ("record_belied",
        "I har noteret i referatet, at jeg sagde nej, men jeg var bortrejst. Referatet skal "
        "rettes.", True),
    ("record_belied",
        "Der står i journalen, at jeg har ondt i ryggen, men det er blevet bedre.", False),
    ("record_belied",
        "Rasmus Kjærsgaard har i sit notat skrevet, at jeg ikke ville i praktik, men jeg var på "
        "hospitalet den uge. Notatet bør rettes.", True),
    ("record_belied", "Vil I rette min adresse i systemet?", False),
    ("record_belied", "Referatet skal rettes, så min nye telefon står i det.", False),
    # so many letters from them that …
    ("so_many_letters",
        "Jeg har fået så mange breve fra jobcentret, at jeg kan tapetsere stuen.", True),
    ("so_many_letters",
        "Der kommer så mange papirer fra kommunen, at postkassen ikke kan lukke.", True),
    ("so_many_letters",
        "Jeg har fået stakkevis af breve fra jer, så jeg ikke aner, hvilket der gælder.", True),
    ("so_many_letters",
        "Jeg har fået så mange breve fra min søster, at jeg har en hel kasse.", False),
    ("so_many_letters", "Jeg har fået mange breve fra jer i år.", False),
    ("so_many_letters", "Tak for jeres breve, de var gode.", False),
    # several letters about the same meeting, each with its own date
    ("conflicting_letters", "Jeg fik to indkaldelser til samme samtale med hver sin dato.", True),
    ("conflicting_letters",
        "Der kom fire sms'er om den samme aftale, alle med forskellige tidspunkter.", True),
    ("conflicting_letters", "Min nabo fik breve om samme møde med forskellige adresser på.", True),
    ("conflicting_letters", "Jeg fik tre breve om forskellige møder i marts.", False),
    ("conflicting_letters", "Jeg fik to breve om samme møde, begge med samme dato.", False),
    ("conflicting_letters", "Vi fik forskellige datoer for skolernes ferie.", False),
    # the figures demanded on the table
    ("figures_on_table", "Læg tallene på bordet, Søby Kommune.", True),
    ("figures_on_table", "Vi kræver sandheden på bordet om ventetiderne.", True),
    ("figures_on_table", "Borgerne skal have tallene på bordet, før byrådet stemmer.", True),
    ("figures_on_table", "Vi lagde kortene på bordet og spillede whist hele aftenen.", False),
    ("figures_on_table", "Mor vil have maden på bordet klokken seks.", False),
    ("figures_on_table", "Tallene står i tabellen på side to.", False),
    # the council told to think before it acts
    ("think_before",
        "Det bør jobcentret tænke over, inden det sender syge folk i praktik.", True),
    ("think_before", "Det burde politikerne overveje, før de skærer i rådgivningen.", True),
    ("think_before", "Det skulle I have tænkt på, før I stoppede hans ydelse.", True),
    ("think_before", "Det burde jeg tænke på, før jeg siger ja.", False),
    ("think_before", "Det bør man tænke over, før man køber hus.", False),
    ("think_before", "Jeg tænkte på det, før jeg sendte ansøgningen.", False),
    # a place of help closed, and "where do we go now"
    ("closed_where_now",
        "Nu har de nedlagt rådgivningen i Borgerhuset. Hvem skal vi så spørge om hjælp?", True),
    ("closed_where_now", "Kommunen har lukket værestedet. Hvor skal folk så gå hen om dagen?",
        True),
    ("closed_where_now",
        "De har lukket borgerservice i byen, hvor skal vi så få hjælp til MitID?", True),
    ("closed_where_now", "Nu har de lukket vejen ved skolen. Hvor skal vi så parkere?", False),
    ("closed_where_now",
        "Nu har de lukket indkøbscentret. Hvor skal vi så gå hen for at handle?", False),
    ("closed_where_now", "Jobcaféen har lukket i dag. Hvornår åbner den igen?", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R389_CR)
def test_r389_cr_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 393 cr
R393_CR = [
    # those in charge hoped to reconsider an arrangement or a rule of the house
    ("reconsider_arrangement",
        "Jeg håber, ledelsen vil genoverveje den nye ordning med fællesmøder.", True),
    ("reconsider_arrangement",
        "Vi beder Anne-Mette Lund om at droppe kravet om fremmøde hver morgen.", True),
    ("reconsider_arrangement", "Jeg håber, han vil revurdere reglen om mødepligt.", True),
    ("reconsider_arrangement", "Jeg håber, hun vil genoverveje at flytte til Aarhus.", False),
    ("reconsider_arrangement",
        "Jeg håber, hun vil genoverveje samværsordningen med børnene.", False),
    ("reconsider_arrangement",
        "Min søster har sagt nej til jobbet. Jeg håber, hun vil genoverveje beslutningen.",
        False),
    # people pushed out of the statistics
    ("out_of_statistics", "Det handler kun om at få syge ud af statistikken.", True),
    ("out_of_statistics", "Kommunen presser ledige ud af tallene, før de har et job.", True),
    ("out_of_statistics", "I pynter på statistikken med folk, der aldrig får et job.", True),
    ("out_of_statistics", "Vi fik fejlene ud af statistikken, inden rapporten gik ud.", False),
    ("out_of_statistics", "Statistikken viser, at flere er kommet i job.", False),
    ("out_of_statistics", "Han tog tallene ud af regnearket.", False),
    # well enough to prove one is ill
    ("well_to_prove_ill", "Man skal være rask nok til at bevise, at man er syg.", True),
    ("well_to_prove_ill",
        "Jeg skal åbenbart være frisk nok til at dokumentere, at jeg er for syg til at arbejde.",
        True),
    ("well_to_prove_ill",
        "Man skal være syg nok til at få hjælp, men rask nok til at klare alle møderne.", True),
    ("well_to_prove_ill", "Jeg er rask nok til at arbejde igen.", False),
    ("well_to_prove_ill", "Hun er rask nok til at tage på ferie.", False),
    ("well_to_prove_ill", "Han var syg nok til at blive hjemme.", False),
    # the jobcentre's word echoed as a question: half a sign beside irony
    ("echo_for_what", "Tillykke til jobcentret med prisen. Effektiv til hvad?", True),
    ("echo_for_what", "Tillykke, kommunen. Hjælp til hvad?", True),
    ("echo_for_what",
        "Tillykke til Søby Kommune med den nye borgerstrategi. Borgernær til hvad?", True),
    ("echo_for_what", "Effektiv til hvad?", False),
    ("echo_for_what", "Tillykke til kommunen med prisen.", False),
    ("echo_for_what", "Jeg har købt en ny støvsuger. Effektiv til hvad? Til at larme.", False),
    # help that should not hang on luck
    ("not_on_luck", "Om man får en god sagsbehandler, burde ikke afhænge af held.", True),
    ("not_on_luck", "Hjælpen skal ikke være et lotteri.", True),
    ("not_on_luck",
        "Det må ikke afhænge af tilfældigheder, om man får sin ydelse til tiden.", True),
    ("not_on_luck", "Det burde ikke afhænge af vejret, om vi spiller.", False),
    ("not_on_luck", "Resultatet af kampen afhænger af held.", False),
    ("not_on_luck", "Det bør ikke afhænge af held, hvem der vinder spillet.", False),
    # proper guidance missing from the site or the letters
    ("missing_guidance",
        "Der mangler en klar vejledning på Jobnet om, hvordan man udfylder jobloggen.", True),
    ("missing_guidance", "Jeg savner en forståelig forklaring i brevene fra jer.", True),
    ("missing_guidance",
        "Der findes ingen ordentlig information om ansøgningen på kommunens hjemmeside.", True),
    ("missing_guidance", "Der mangler en god vejledning til min nye opvaskemaskine.", False),
    ("missing_guidance", "Der er en god vejledning på hjemmesiden.", False),
    ("missing_guidance", "Jeg savner en god bog om strikning.", False),
    # a rule that should have an exception
    ("needs_exception", "Der burde være en undtagelse for folk med kræft.", True),
    ("needs_exception", "Der bør være dispensation, når man er indlagt.", True),
    ("needs_exception",
        "Man burde have en sikkerhedsventil for dem, der falder mellem to stole.", True),
    ("needs_exception", "Er der en undtagelse for folk på barsel?", False),
    ("needs_exception", "Der er en undtagelse i reglen for studerende.", False),
    ("needs_exception", "Jeg har læst, at der er undtagelser for enlige.", False),
    # a long trip for a short meeting
    ("far_for_short", "Jeg skal tage bussen i to timer for at sidde et kvarter hos jer.", True),
    ("far_for_short",
        "Hver måned kører jeg 60 kilometer for at snakke fem minutter med en konsulent.", True),
    ("far_for_short", "Det er tre timers transport til en samtale på ti minutter.", True),
    ("far_for_short", "Jeg kører 40 km for at besøge min mor.", False),
    ("far_for_short", "Jeg kører 40 km for at sidde ti minutter hos min mor.", False),
    ("far_for_short", "Jeg cykler 5 km hver dag for at holde formen.", False),
    # a handling time promised, and more gone since
    ("promised_overrun",
        "Sagsbehandleren skrev, at jeg ville få svar inden for to uger. Nu er der gået fem "
        "uger.", True),
    ("promised_overrun", "I lovede en afgørelse inden for 30 dage. Jeg har ventet 45 dage.",
        True),
    ("promised_overrun",
        "Per Storm sagde, at den ville være behandlet på højst otte dage. Der er gået tre uger.",
        True),
    ("promised_overrun",
        "Du skrev, at den ville blive behandlet inden for 14 dage. Nu er der gået ti dage.",
        False),
    ("promised_overrun",
        "Min tandlæge sagde, at jeg ville få tid inden for to uger. Nu er der gået fem uger.",
        False),
    ("promised_overrun", "Jeg lovede at svare inden for to uger, og det har jeg gjort.", False),
    # a promise made again
    ("promised_again", "Min sagsbehandler lovede mig det igen i sidste uge.", True),
    ("promised_again", "Jobcentret har lovet det igen og igen.", True),
    ("promised_again", "Han lovede os den samme praktik igen.", True),
    ("promised_again", "Jeg lovede det igen.", False),
    ("promised_again", "Han lovede at komme igen i morgen.", False),
    ("promised_again", "Hun lovede det igen, og denne gang holdt hun det.", False),
    # words that stamp people
    ("words_stamp", "Jobcentrets breve stempler de unge som problemer.", True),
    ("words_stamp", "Jeg blev stemplet som umotiveret efter første møde.", True),
    ("words_stamp", "Sådan en overskrift stempler folk, før de overhovedet er startet.", True),
    ("words_stamp", "Posthuset stemplede brevet i går.", False),
    ("words_stamp", "Husk at stemple ind, når du møder på arbejde.", False),
    ("words_stamp", "Billetten blev stemplet som gyldig.", False),
    # a paper filed in another citizen's case
    ("anothers_case", "Min lægeerklæring blev lagt i en anden borgers sag.", True),
    ("anothers_case", "Mine oplysninger endte i en fremmed persons e-Boks.", True),
    ("anothers_case", "Erklæringen var journaliseret på den forkerte sag.", True),
    ("anothers_case", "Jeg har en anden sag kørende hos jer.", False),
    ("anothers_case", "Jeg lagde bogen i en anden taske.", False),
    ("anothers_case", "Min nabo har en anden sagsbehandler end mig.", False),
    # home in tears after a course or a talk
    ("home_crying",
        "Min mor var til samtale på jobcentret i går. Hun kom hjem og græd hele aftenen.",
        True),
    ("home_crying", "Efter det obligatoriske kursus gik han hjem og tudede.", True),
    ("home_crying", "Min søn var i praktik en uge, og han kom hjem og græd hver dag.", True),
    ("home_crying", "Min datter kom hjem fra skole og græd.", False),
    ("home_crying",
        "Han var til samtale i jobcentret og kom hjem og græd af glæde over sit nye job.",
        False),
    ("home_crying", "Hun gik til kursus i keramik og kom hjem glad.", False),
    # an offer judged unrealistic
    ("unrealistic_offer",
        "Et lagerjob på fuld tid er ikke et realistisk tilbud til en med slidgigt.", True),
    ("unrealistic_offer", "Det er ikke en relevant praktik for en uddannet sygeplejerske.",
        True),
    ("unrealistic_offer", "Jeg fik ikke noget brugbart tilbud, kun endnu et kursus.", True),
    ("unrealistic_offer", "Det er ikke et realistisk mål at løbe et maraton i år.", False),
    ("unrealistic_offer", "Er det et realistisk tilbud?", False),
    ("unrealistic_offer", "Det var et rigtig godt tilbud.", False),
    # what should have been checked before the offer or decision went out
    ("checked_before", "Det burde være undersøgt, før I sendte mig i praktik.", True),
    ("checked_before",
        "Det skulle sagsbehandleren have tjekket, inden afgørelsen blev truffet.", True),
    ("checked_before", "Det burde have været afklaret, før planen blev lavet.", True),
    ("checked_before", "Det burde jeg have tjekket, før jeg købte bilen.", False),
    ("checked_before", "Det burde være tjekket, før vi tager på ferie.", False),
    ("checked_before", "Jeg tjekkede det, før jeg sendte brevet.", False),
    # activation called storage
    ("storage", "Det her forløb er ren opbevaring.", True),
    ("storage", "Aktiveringen er intet andet end opbevaring af ledige.", True),
    ("storage", "Det kalder jeg menneskeparkering.", True),
    ("storage", "Det er opbevaring af vinterdæk i kælderen.", False),
    ("storage", "Hvor er der parkering ved jobcentret?", False),
    ("storage", "Der er opbevaring af bagage ved indgangen til rådhuset.", False),
    # the writer's own app or phone down is no judgement; the jobcentre's systems are
    ("own_app_down", "Jobnet er nede igen, og jeg kan ikke lave min joblog.", True),
    ("own_app_down", "MitID er nede igen, og jeg kan ikke sende lægeerklæringen.", True),
    ("own_app_down", "Jeres selvbetjening virker ikke.", True),
    ("own_app_down",
        "Min MitID-app er gået ned, så jeg kan ikke logge på. Kan I give mig en dag mere?",
        False),
    ("own_app_down", "Min telefon er gået ned, så jeg ringer i morgen.", False),
    ("own_app_down",
        "Pokkers, min app crashede igen, og fristen er i dag. Må jeg sende det i morgen?",
        False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R393_CR)
def test_r393_cr_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 397 cr
R397_CR = [
    # a long wait that ends in being sent away
    ("waited_sent_away",
        "Jeg stod ved skranken i en halv time og fik så besked på at ringe igen på mandag.",
        True),
    ("waited_sent_away",
        "Vi ventede to timer i venteværelset bare for at få at vide, at sagsbehandleren var syg.",
        True),
    ("waited_sent_away",
        "Har hængt i telefonen i 35 minutter, og så fik jeg at vide, at jeg skulle skrive via "
        "hjemmesiden i stedet.", True),
    ("waited_sent_away", "Jeg ventede ti minutter og fik at vide, at jeg havde fået jobbet.",
        False),
    ("waited_sent_away",
        "Vi sad i 20 minutter og snakkede, og så fik jeg at vide, at alt var i orden.", False),
    ("waited_sent_away", "Jeg ventede en time hos frisøren og gik så hjem.", False),
    # money found for show while a unit lacks hands or citizens wait
    ("money_while_short",
        "Der kan åbenbart findes penge til nye møbler i kantinen, mens jobcentret mangler fem "
        "rådgivere.", True),
    ("money_while_short",
        "Pudsigt nok findes der penge til en reklamefilm, men borgerne venter otte uger på svar.",
        True),
    ("money_while_short",
        "Der blev fundet penge til en stor konference, mens ydelsesafdelingen mangler personale.",
        True),
    ("money_while_short",
        "Der kan findes penge til en ny sofa, mens køkkenet mangler en opvaskemaskine.", False),
    ("money_while_short",
        "Der kan godt findes penge til en tur i Tivoli, men min bror mangler folk til flytningen.",
        False),
    ("money_while_short", "Der blev fundet penge til en ny legeplads i byen.", False),
    # a cut praised as genius beside the sarcastic hardship it brings (two half signs)
    ("cut_praised_hardship",
        "Integrationsydelsen er en fantastisk opfindelse. I går lærte jeg at købe ind til en hel "
        "uge for 200 kroner.", True),
    ("cut_praised_hardship",
        "Reformen er et mesterligt stykke arbejde. Næste skridt må være at lære os ikke at spise "
        "om aftenen.", True),
    ("cut_praised_hardship",
        "225-timersreglen er et genialt påfund. Nu har jeg lært at klare en måned for 900 kroner.",
        True),
    ("cut_praised_hardship", "Kontanthjælpsloftet er et genialt stykke lovgivning.", False),
    ("cut_praised_hardship", "På kurset lærte jeg at lave en god suppe for 20 kroner.", False),
    ("cut_praised_hardship", "Næste skridt er at lære børnene at cykle uden støttehjul.", False),
    # what the writer told left out of the note or the plan
    ("told_left_out",
        "Jeg fortalte om mine migræneanfald til mødet, men det er ikke kommet med i referatet.",
        True),
    ("told_left_out",
        "Vi nævnte tydeligt, at hun ikke kan løfte, men det står ingen steder i hendes jobplan.",
        True),
    ("told_left_out", "Det står ikke i journalen, selvom jeg sagde det to gange.", True),
    ("told_left_out", "Jeg sagde det til min mor, men det står ikke i min kalender.", False),
    ("told_left_out", "Jeg fortalte om mine smerter, og det står også i notatet.", False),
    ("told_left_out",
        "Han sagde, at han havde ondt i ryggen, men han gik alligevel en tur.", False),
    # a refusal resting on a ground nobody could explain
    ("refused_unexplained",
        "Min ansøgning om tilskud blev afvist med den begrundelse, at jeg kan få hjælp andre "
        "steder, selvom ingen har kunnet sige mig hvor.", True),
    ("refused_unexplained",
        "Jeg har fået afslag på revalidering, fordi jeg skulle have andre muligheder, men I har "
        "aldrig kunnet fortælle mig hvilke.", True),
    ("refused_unexplained",
        "Han blev nægtet fleksjob, når ingen af jer i et helt år har kunnet forklare ham, hvad "
        "han ellers skulle.", True),
    ("refused_unexplained", "Min ansøgning blev afvist, fordi jeg tjener for meget.", False),
    ("refused_unexplained", "Hvorfor blev min ansøgning afvist?", False),
    ("refused_unexplained", "Mit forslag blev afvist, men ingen kunne lide det alligevel.",
        False),
    # "wrong" asked in an indirect question is no judgement; "wrong" said is
    ("wrong_asked", "I har beregnet min ydelse forkert.", True),
    ("wrong_asked", "Afgørelsen er forkert, og jeg vil have den ændret.", True),
    ("wrong_asked", "Kan du tjekke det? Jeg synes, I har gjort det helt forkert.", True),
    ("wrong_asked", "Kan du undersøge, om lønsedlen fra min arbejdsgiver er forkert?", False),
    ("wrong_asked", "Vil I tjekke, om a-kassen har beregnet mine timer forkert?", False),
    ("wrong_asked", "Kan du se efter, om jeg har udfyldt skemaet forkert?", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R397_CR)
def test_r397_cr_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 401 cr2
R401_CR2 = [
    # the judge praised in mock awe beside a prize in scorn or an absurd judgement of ability
    ("mock_judge",
        "Hatten af for den vise lægekonsulent, som vurderede, at en kvinde uden arme fint kan "
        "arbejde som kassedame.", True),
    ("mock_judge",
        "Stor tak til de kloge hoveder, der besluttede, at jeg skulle i praktik med min "
        "diskusprolaps. Medaljen er vist fortjent.", True),
    ("mock_judge",
        "Rådgiveren mente, at en blind mand sagtens kan arbejde som chauffør. Nobelprisen er "
        "nok lige om hjørnet.", True),
    ("mock_judge",
        "Tak til den kloge sagsbehandler, der mente, at jeg skulle søge fleksjob.", False),
    ("mock_judge", "Jeg har ondt i knæet, men jeg kan sagtens arbejde på lager.", False),
    ("mock_judge", "Min søster fik en medalje i svømning, og nu er en pokal på vej.", False),
    # a system praised as "so good that" the citizen gets refusals or waits
    ("so_good_that",
        "Den nye selvbetjening er så smart, at man nu kan vente i kø på nettet i stedet for i "
        "telefonen.", True),
    ("so_good_that",
        "Jobnet er blevet så effektivt, at jeg nu får afslag, før jeg har sendt ansøgningen.",
        True),
    ("so_good_that",
        "Systemet er jo så moderne, at min ydelse blev stoppet uden at nogen så på sagen.", True),
    ("so_good_that", "Appen er så god, at jeg nu kan booke mine møder selv.", False),
    ("so_good_that", "Hjemmesiden er så nem, at jeg aldrig har fået afslag på grund af fejl.",
        False),
    ("so_good_that", "Kaffen er så god, at jeg gerne venter på den.", False),
    # a wrong letter explained as sent automatically
    ("sent_automatically",
        "Jeg ringede, og de forklarede, at indkaldelsen var dannet automatisk.", True),
    ("sent_automatically",
        "Min far fik en sanktion, og han fik at vide, at afgørelsen blev lavet af systemet.",
        True),
    ("sent_automatically",
        "De sagde bare, at rykkeren var sendt automatisk, og at vi skulle se bort fra den.",
        True),
    ("sent_automatically",
        "Hun sagde, at kvitteringen var sendt automatisk til min e-boks.", False),
    ("sent_automatically",
        "Han sagde, at invitationen til festen var sendt automatisk fra kalenderen.", False),
    ("sent_automatically", "De sagde, at brevet var sendt i går.", False),
    # told one thing and the opposite, then punished for doing as told (two half signs)
    ("told_then_punished",
        "Min gamle sagsbehandler sagde, at jeg skulle tage et kursus. Min nye sagsbehandler "
        "siger, at jeg skal søge job. Da jeg så droppede kurset, fik jeg afslag på min ydelse.",
        True),
    ("told_then_punished",
        "Sidste gang fik jeg at vide, at jeg skulle søge bredt. Nu får jeg at vide, at jeg skal "
        "holde mig til mit fag. Da jeg gjorde det, blev jeg sanktioneret.", True),
    ("told_then_punished",
        "Først fik vi at vide, at vi skulle ringe. Senere fik vi at vide, at vi skulle skrive. "
        "Da vi så skrev, fik vi en sanktion for ikke at have ringet.", True),
    ("told_then_punished",
        "Da jeg så ikke mødte op til samtalen, fik jeg en sanktion.", False),
    ("told_then_punished",
        "Sidste år fik jeg at vide, at jeg skulle søge fleksjob. I år fik jeg at vide, at jeg "
        "skulle starte i mit nye fleksjob.", False),
    ("told_then_punished",
        "Først fik jeg at vide, at jeg skulle møde kl. 9. Så fik jeg at vide, at jeg skulle "
        "tage madpakke med.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R401_CR2)
def test_r401_cr2_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 401 cr1
R401_CR1 = [
    # a queue named as the backdrop of praise is no complaint of the wait
    ("queue_praise", "Tak til Per ved skranken, der tog sig tid til at forklare mig det hele, "
        "selvom der var lang kø.", False),
    ("queue_praise", "Selvom der var lange køer, tog Sofie sig al den tid, jeg havde brug for.",
        False),
    ("queue_praise", "Hun tog sig god tid til at lytte til mig, trods lang ventetid for de "
        "andre.", False),
    ("queue_praise", "De lukkede skranken klokken tolv, selvom der var lang kø.", True),
    ("queue_praise", "Der var lang kø igen i dag, og ingen tog sig tid til mig.", True),
    ("queue_praise", "Lang ventetid i telefonen hver eneste gang jeg ringer.", True),
    # internal rules kept from the citizens
    ("internal_rules", "Sagsbehandlerne arbejder efter interne retningslinjer, som vi borgere "
        "aldrig får at se.", True),
    ("internal_rules", "Kommunen har en intern manual for fleksjob. Borgerne har ikke adgang til "
        "den.", True),
    ("internal_rules", "Kriterierne for at få et ressourceforløb holdes hemmelige for borgerne.",
        True),
    ("internal_rules", "På min arbejdsplads har vi interne regler, som jeg ikke har læst endnu.",
        False),
    ("internal_rules", "Foreningen har en intern tjekliste, som vi aldrig har set.", False),
    ("internal_rules", "Jeg har læst jeres interne retningslinjer, og de er fine.", False),
    # talks cut to minutes in which the citizen cannot tell what is wrong
    ("talk_too_short", "Mødet varede ti minutter, og jeg nåede ikke at fortælle om mine smerter.",
        True),
    ("talk_too_short", "Samtalerne hos jobcentret er reduceret til et afkrydsningsskema.", True),
    ("talk_too_short", "Jeg fik en samtale på 15 minutter, hvor jeg ikke engang fik lov til at "
        "forklare min situation.", True),
    ("talk_too_short", "Mødet tog 20 minutter, og jeg fik sagt alt det, jeg ville.", False),
    ("talk_too_short", "Samtalen varede kun ti minutter, så jeg nåede ikke at spise frokost "
        "bagefter.", False),
    ("talk_too_short", "Mødet er blevet til en fast og hyggelig tradition i foreningen.", False),
    # positive thinking proposed by the caseworker against an illness
    ("think_positive", "Min rådgiver foreslog, at jeg skulle tænke mere positivt om min sclerose.",
        True),
    ("think_positive", "Sagsbehandleren spurgte mig, om jeg havde forsøgt at se positivt på min "
        "depression.", True),
    ("think_positive", "Konsulenten mente, at jeg bare kunne tænke mig rask.", True),
    ("think_positive", "Min psykolog foreslog, at jeg tænkte mere positivt om min angst.", False),
    ("think_positive", "Sagsbehandleren foreslog, at jeg tænkte positivt om fremtiden.", False),
    ("think_positive", "Min mor sagde, at jeg skulle tænke positivt om min gigt.", False),
    # how little the system knows of the sick
    ("how_little", "Det siger alt om, hvor lidt kommunen ved om kronisk sygdom.", True),
    ("how_little", "Mødet viste mig, hvor lidt I forstår af angst.", True),
    ("how_little", "Jeg blev chokeret over, hvor lidt sagsbehandlerne vidste om folk med "
        "handicap.", True),
    ("how_little", "Det gik op for mig, hvor lidt jeg ved om skat.", False),
    ("how_little", "Det er utroligt, hvor lidt man ved om hjernen.", False),
    ("how_little", "Jeg ved ikke, hvor lidt man skal spise for at tabe sig.", False),
    # the payment late month after month
    ("late_running", "For fjerde måned i træk er ydelsen forsinket.", True),
    ("late_running", "Udbetalingen kom for sent for tredje gang.", True),
    ("late_running", "Tredje gang i træk kommer min kontanthjælp først den 5.", True),
    ("late_running", "Tredje måned i træk kommer pengene til tiden. Tak for det.", False),
    ("late_running", "For tredje måned i træk kommer lønnen først den 5. fra min arbejdsgiver.",
        False),
    ("late_running", "Fjerde gang i træk vinder jeg i lotto.", False),
    # fees caused by the jobcentre's delays, claimed back
    ("fees_delay", "Jeg har betalt 300 kr. i rykkergebyrer, fordi pengene kom for sent.", True),
    ("fees_delay", "Kommunen skylder mig de gebyrer, jeg har måttet betale.", True),
    ("fees_delay", "De morarenter, jeg har betalt, mener jeg, at I skal dække.", True),
    ("fees_delay", "Jeg skylder jer et gebyr for det glemte kort.", False),
    ("fees_delay", "Jeg fik et rykkergebyr, fordi jeg glemte at betale regningen.", False),
    ("fees_delay", "Banken siger, at jeg skylder dem renter.", False),
    # asked again and again, and nothing happened
    ("asked_repeatedly", "Jeg har flere gange bedt min sagsbehandler om at sende papirerne til "
        "lægen. Intet er sket.", True),
    ("asked_repeatedly", "Fire gange har jeg rykket for svar på min ansøgning, uden at der er "
        "sket noget.", True),
    ("asked_repeatedly", "Der er ikke sket noget, selvom jeg har bedt Per Storm om det fem "
        "gange.", True),
    ("asked_repeatedly", "Jeg har tre gange bedt om hjælp, og nu er alt på plads. Tak.", False),
    ("asked_repeatedly", "Jeg har flere gange bedt min udlejer om at reparere vasken. Der er ikke "
        "sket noget.", False),
    ("asked_repeatedly", "Jeg har flere gange bedt min søn om at rydde op, men der er ikke sket "
        "noget.", False),
    # job-search duties while sick-listed
    ("search_while_sick", "Jeg skal stadig søge to job om ugen, selvom jeg er sygemeldt med en "
        "diskusprolaps.", True),
    ("search_while_sick", "Hun skal sende ti ansøgninger om måneden, mens hun er indlagt.", True),
    ("search_while_sick", "Man tvinges til at søge job som sygemeldt.", True),
    ("search_while_sick", "Jeg har fået et brev om, at jeg skal sende fem ansøgninger om ugen, "
        "selvom jeg er sygemeldt.", True),
    ("search_while_sick", "Må jeg søge job, mens jeg er sygemeldt?", False),
    ("search_while_sick", "Jeg skal ikke søge job, mens jeg er indlagt, det er aftalt.", False),
    ("search_while_sick", "Jeg skal søge fire job om ugen, når jeg er rask igen.", False),
    ("search_while_sick", "Kan I fortælle mig, om jeg skal sende ansøgninger, mens jeg er "
        "sygemeldt?", False),
    # a duty said to be loved: half a sign beside ironic praise
    ("loves_duty", "Elsker når man skal møde op klokken otte til ingenting. Fantastisk system.",
        True),
    ("loves_duty", "Jeg nyder at jeg skal ringe fem gange for at få svar. Imponerende.", True),
    ("loves_duty", "Elsker at vi skal bevise vores sygdom hver måned. Super logisk system.", True),
    ("loves_duty", "Jeg elsker at jeg skal lære nye ting på kurset.", False),
    ("loves_duty", "Elsker at jeg skal møde op kl. 8 i morgen.", False),
    ("loves_duty", "Super logisk system.", False),
    # a serious illness taken for a matter of motivation
    ("illness_motivation", "Konsulenten kaldte min depression for dovenskab.", True),
    ("illness_motivation", "Sagsbehandleren skrev i notatet, at min fibromyalgi var et "
        "motivationsproblem.", True),
    ("illness_motivation", "Hun mente, at mine smerter bare handlede om viljen.", True),
    ("illness_motivation", "Jeg sagde selv, at min depression var et spørgsmål om vilje.", False),
    ("illness_motivation", "Lægen mente, at min migræne var udløst af stress.", False),
    ("illness_motivation", "Sagsbehandleren mente, at min motivation var høj trods min kræft.",
        False),
    # the jobcentre's entrance closed to a wheelchair
    ("entrance_wheelchair", "Med rollator kan jeg ikke komme ind ad jeres hoveddør.", True),
    ("entrance_wheelchair", "Man kan ikke komme ind i bygningen i kørestol, fordi der er trapper.",
        True),
    ("entrance_wheelchair", "Min mand sidder i kørestol og kan ikke komme ind gennem indgangen på "
        "Torvegade.", True),
    ("entrance_wheelchair", "Jeg kan ikke komme ind ad min egen hoveddør i kørestol, så kan mødet "
        "holdes hjemme?", False),
    ("entrance_wheelchair", "Jeg kan ikke komme ind i bussen med min kørestol.", False),
    ("entrance_wheelchair", "Jeg kan godt komme ind ad døren i kørestol, tak.", False),
    # a case left lying for weeks without anything new
    ("case_idle", "Min klage har ligget uden svar i fire måneder.", True),
    ("case_idle", "Ansøgningen har stået i over tre måneder uden nogen afgørelse.", True),
    ("case_idle", "Hans sag har nu ligget i ti uger uden at nogen har kigget på den.", True),
    ("case_idle", "Min sag har ligget i tre uger, og det er helt fint.", False),
    ("case_idle", "Min sag har stået uden problemer i fire måneder, så tak.", False),
    ("case_idle", "Forløbet har stået uden pauser i tre måneder, og jeg er glad for det.",
        False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R401_CR1)
def test_r401_cr1_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 405 cr1
R405_CR1 = [
    # the caseworker should have read the papers before concluding
    ("read_before", "Sofie Holm burde have læst lægeerklæringen, inden hun vurderede, at jeg kan "
     "arbejde fuld tid.", True),
    ("read_before", "Du skulle have kigget på min journal, før du besluttede at stoppe min "
     "ydelse.", True),
    ("read_before", "Sagsbehandleren burde have gennemgået papirerne, før han indstillede mig "
     "til fleksjob.", True),
    ("read_before", "Jeg burde have læst kontrakten, før jeg skrev under.", False),
    ("read_before", "Jeg skulle have læst brevet, inden jeg besluttede mig.", False),
    ("read_before", "Du skal læse vejledningen, før du udfylder skemaet.", False),
    # the service better just before an election
    ("election", "Mærkeligt nok går sagsbehandlingen altid hurtigere lige før valget.", True),
    ("election", "Pudsigt at køen ved skranken forsvinder i månederne før kommunalvalget.",
     True),
    ("election", "Pludselig er der penge til flere sagsbehandlere lige inden valget.", True),
    ("election", "Jeg læser altid partiprogrammerne grundigt op til et valg.", False),
    ("election", "Ventetiden hos lægen er kortere i ugerne op til jul.", False),
    ("election", "Der hænger mange plakater i byen op til et kommunalvalg.", False),
    # begun anew each time the caseworker changes
    ("turnover", "Hver gang man får en ny sagsbehandler, starter man forfra med det hele.", True),
    ("turnover", "Min søn får en ny handleplan, hver gang han skifter rådgiver.", True),
    ("turnover", "Hver gang de skifter mentor, er alle aftalerne glemt.", True),
    ("turnover", "Hver gang jeg skifter job, melder jeg det til a-kassen.", False),
    ("turnover", "Jeg har fået en ny sagsbehandler, og hun virker sød.", False),
    ("turnover", "Hver gang vi får en ny kollega, holder vi en lille fest.", False),
    # cut off all through the meeting, or not let explain the condition
    ("cut_off", "Min mor blev afbrudt under hele samtalen med sagsbehandleren.", True),
    ("cut_off", "Konsulenten afbrød mig konstant, da jeg prøvede at fortælle om min ryg.", True),
    ("cut_off", "Han fik ikke lov at forklare, hvordan hans angst påvirker ham i hverdagen.",
     True),
    ("cut_off", "Mødet blev afbrudt af brandalarmen, så vi må tage det igen.", False),
    ("cut_off", "Min far afbrød mig konstant, da jeg var barn.", False),
    ("cut_off", "Jeg fik ikke lov at fortælle, hvordan ferien var, for vi skulle videre.", False),
    # nobody at the meeting asked the citizen anything
    ("not_asked", "Til samtalen på jobcentret blev jeg ikke spurgt om noget overhovedet.", True),
    ("not_asked", "Rådgiveren talte kun med min mand. Ingen spurgte mig, hvad jeg selv mente.",
     True),
    ("not_asked", "Vi var til møde i tirsdags. Hun blev ikke spurgt om hendes mening.", True),
    ("not_asked", "Jeg er ikke blevet spurgt om noget af politiet.", False),
    ("not_asked", "Hun blev ikke spurgt om noget til eksamen, fordi hun var syg.", False),
    ("not_asked", "Til mødet blev jeg spurgt om alt muligt, og det var fint.", False),
    # the staff at the meeting busy with forms and screens, or only one asking
    ("busy_forms", "På mødet havde de to konsulenter mere travlt med deres skærme end med mig.",
     True),
    ("busy_forms", "Under samtalen var rådgiveren optaget af sit skema hele tiden.", True),
    ("busy_forms", "Sagsbehandleren læste højt af et skema i tyve minutter, og så var tiden "
     "gået.", True),
    ("busy_forms", "Mødet var slut, og børnene havde travlt med deres skærme.", False),
    ("busy_forms", "Jeg havde travlt med mine skemaer hele weekenden.", False),
    ("busy_forms", "Min søn læste højt fra sin bog i aftes.", False),
    ("only_one", "Til mødet var Kim Frederiksen den eneste, der spurgte, hvordan jeg havde det. "
     "De andre sad med næsen i deres papirer.", True),
    ("only_one", "Til mødet var Kim Frederiksen den eneste, der spurgte, hvordan jeg havde det. "
     "Tak for det.", False),
    # a counter shut on the queue
    ("counter_shut", "Jeg stod i køen i borgerservice i to timer, og så lukkede de skranken.",
     True),
    ("counter_shut", "Mit nummer var 112, men lugen blev rullet ned ved nummer 95.", True),
    ("counter_shut", "Vi sad med kønummer i hånden hele formiddagen, og kl. 12 blev skranken "
     "lukket.", True),
    ("counter_shut", "Vi stod i kø ved isboden, og så blev lugen rullet ned.", False),
    ("counter_shut", "Jeg stod i kø i Netto, og så lukkede de kassen.", False),
    ("counter_shut", "Skranken er lukket om fredagen, står der på hjemmesiden.", False),
    # sent on a course in what the writer has taught
    ("taught_it", "Nu skal jeg på et CV-kursus. Jeg har jo selv undervist i det i ti år.", True),
    ("taught_it", "Jobcentret har meldt mig til et kursus i jobsøgning, selvom jeg har selv "
     "holdt den slags kurser for a-kassen.", True),
    ("taught_it", "Jeg blev sendt på workshop i LinkedIn. Jeg har selv været underviser i netop "
     "det.", True),
    ("taught_it", "Kurset var godt, og underviseren havde selv undervist i det i mange år.",
     False),
    ("taught_it", "Jeg vil gerne på kursus i regnskab. Jeg har selv undervist i dansk.", False),
    ("taught_it", "Jeg har selv undervist i matematik, så jeg kan hjælpe min datter.", False),
    # a decision citing a provision no longer in force
    ("repealed", "Afslaget bygger på en regel, som ikke gælder længere.", True),
    ("repealed", "I henviser i brevet til en ophævet paragraf.", True),
    ("repealed", "Beslutningen er begrundet med en bekendtgørelse, der er blevet afskaffet.",
     True),
    ("repealed", "Afgørelsen henviser til en bestemmelse, der trådte i kraft 1. januar.", False),
    ("repealed", "Den gamle regel om ferie blev ophævet sidste år.", False),
    ("repealed", "Brevet henviser til reglen om rådighed.", False),
    # those who write the letters bidden think of whom they write to
    ("whom_you_write", "I burde overveje, hvordan I skriver til syge mennesker.", True),
    ("whom_you_write", "Jobcentret må tænke over, hvem de sender den slags breve til.", True),
    ("whom_you_write", "Kommunen bør gøre sig klart, hvem man skriver til.", True),
    ("whom_you_write", "Man bør tænke over, hvem man stemmer på.", False),
    ("whom_you_write", "Man bør tænke over, hvordan man skriver til sin chef.", False),
    ("whom_you_write", "Jeg må tænke over, hvem jeg skriver til først.", False),
    ("whom_you_write", "Min søn gik i panik over brevet. Det viste sig at være en standardtekst. "
     "I bør tænke over, hvem I skriver til.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R405_CR1)
def test_r405_cr1_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 405 cr2
R405_CR2 = [
    # a queue conceded inside thanks for help is praise, not a complaint
    ("thanks_despite_queue",
        "Tak til Sofie Holm, der hjalp mig med ansøgningen, selv om der var meget lang kø.",
        False),
    ("thanks_despite_queue",
        "Jeg vil takke personalet i skranken, som var søde, selvom der var lange køer.", False),
    ("thanks_despite_queue",
        "Kim Frederiksen hjalp mig hurtigt, skønt der var lang ventetid.", False),
    ("thanks_despite_queue",
        "Der var lang kø i jobcentret i dag, og ingen hjalp mig med noget.", True),
    # an activation without any upskilling
    ("course_without_upskilling",
        "Min datter har været i praktik på et lager i fire måneder uden nogen form for "
        "uddannelse.", True),
    ("course_without_upskilling",
        "Han har gået i aktivering i et halvt år uden den mindste vejledning.", True),
    ("course_without_upskilling",
        "Jeg har været i nyttejob i ti uger uden nogen som helst oplæring.", True),
    ("course_without_upskilling",
        "Praktikken gik fint uden nogen form for problemer.", False),
    ("course_without_upskilling",
        "Jeg har været på kursus i to uger uden nogen form for fravær.", False),
    ("course_without_upskilling", "Uden nogen form for uddannelse fik jeg jobbet.", False),
    # letters written so only lawyers can read them
    ("written_for_lawyers",
        "Jeg fik et brev i går. Det var formuleret, så kun advokater kan forstå det.", True),
    ("written_for_lawyers",
        "Jeres afgørelse kom med posten. Den er skrevet sådan at kun en jurist kan læse den.",
        True),
    ("written_for_lawyers",
        "Vi modtog partshøringen. Den er skrevet, så bare jurister kan gennemskue den.", True),
    ("written_for_lawyers",
        "Lærebogen er skrevet, så kun jurister kan læse den.", False),
    ("written_for_lawyers", "Brevet er skrevet, så alle kan forstå det. Tak.", False),
    ("written_for_lawyers", "Min søn er jurist og kan læse det for mig.", False),
    # not let to explain at the meeting
    ("not_let_to_explain",
        "Til samtalen fik jeg ikke lov til at fortælle min side af sagen.", True),
    ("not_let_to_explain",
        "Min mand blev afbrudt hele tiden og fik aldrig lov at forklare sig.", True),
    ("not_let_to_explain",
        "På mødet med Per Storm blev jeg gang på gang afbrudt.", True),
    ("not_let_to_explain",
        "Han fik lov til at forklare sin situation, og det var rart.", False),
    ("not_let_to_explain", "Jeg fik ikke lov at tage min hund med ind.", False),
    ("not_let_to_explain", "Jeg fik ikke lov at sige farvel til min kollega.", False),
    ("not_let_to_explain", "Hun blev afbrudt af sin lillebror flere gange, mens hun læste.",
        False),
    # private matters that cannot be told before other citizens
    ("private_before_strangers",
        "Holdmøderne er et problem: man kan ikke tale om sit helbred foran andre borgere.",
        True),
    ("private_before_strangers",
        "Det var umuligt at fortælle om min gæld foran hele gruppen.", True),
    ("private_before_strangers",
        "Jeg kunne ikke snakke om mine psykiske problemer blandt fremmede på det hold.", True),
    ("private_before_strangers",
        "Jeg kan ikke holde tale foran fremmede til brylluppet.", False),
    ("private_before_strangers",
        "Jeg kan godt tale om min sygdom foran andre.", False),
    ("private_before_strangers",
        "Kan vi tale om min økonomi, når vi mødes?", False),
    # the plan or the rules set above the person
    ("plan_before_person",
        "Reglerne var tydeligvis vigtigere end min ryg.", True),
    ("plan_before_person",
        "Systemet er vigtigere end mennesker hos jer.", True),
    ("plan_before_person",
        "Jeg skulle møde op med feber. Skemaet er åbenbart vigtigere end mit helbred.", True),
    ("plan_before_person", "Dit helbred er vigtigere end planen.", False),
    ("plan_before_person", "Min familie er vigtigere end mit job.", False),
    ("plan_before_person", "Planen er klar, og vi følger den.", False),
    # a long wait in the queue, told with the queue first; one counter open
    ("queue_then_wait",
        "Jeg sad i kø i receptionen i 45 minutter i går.", True),
    ("queue_then_wait",
        "Min mor ventede i køen på jobcentret i over en time.", True),
    ("queue_then_wait",
        "Der var kun én skranke åben, da jeg kom forbi i Borgerservice.", True),
    ("queue_then_wait", "Jeg stod i kø i fem minutter og kom så til.", False),
    ("queue_then_wait", "Jeg stod i kø i supermarkedet i 30 minutter.", False),
    ("queue_then_wait", "Der var én skranke, og det gik hurtigt.", False),
    # showed up, and the arrival was never registered
    ("showed_up_not_registered",
        "Han mødte op til samtalen, men skranken glemte at registrere ham.", True),
    ("showed_up_not_registered", "Jeg kom frem til tiden, og I havde ikke noteret mig.", True),
    ("showed_up_not_registered", "Han mødte op til sin tandlæge i går.", False),
    ("showed_up_not_registered",
        "Jeg kom op til mødet. Personalet havde ikke noteret mit fremmøde.", True),
    ("showed_up_not_registered",
        "Jeg mødte op. Receptionen havde aldrig registreret min ankomst.", True),
    ("showed_up_not_registered",
        "Jeg mødte ikke op i går, for jeg var syg.", False),
    # management shooting itself in the foot
    ("shoots_itself_in_foot",
        "Kommunen skyder sig selv i foden med den nedskæring.", True),
    ("shoots_itself_in_foot",
        "Politikerne skød sig selv i foden, da de lukkede værkstedet.", True),
    ("shoots_itself_in_foot",
        "Man skyder sig selv i foden, når man sparer på vejledningen.", True),
    ("shoots_itself_in_foot",
        "Min ven skød sig selv i foden til jobsamtalen.", False),
    ("shoots_itself_in_foot", "Jeg skød mig selv i foden med den ansøgning.", False),
    ("shoots_itself_in_foot", "Han skød sig selv i foden, da han kom for sent.", False),
    # sent to yet another placement, the noun left out
    ("another_ordinal",
        "Han har været i tre praktikker, der alle gik galt. Nu vil I sætte ham i en fjerde.",
        True),
    ("another_ordinal",
        "Efter fem afklaringsforløb vil I nu sende mig på et sjette.", True),
    ("another_ordinal",
        "Min bror skal sendes i en tredje arbejdsprøvning, selvom de to første slog fejl.",
        True),
    ("another_ordinal", "Vi skal sende ham i fjerde klasse efter sommer.", False),
    ("another_ordinal", "Jeg har sendt pakken i en tredje omgang til min søster.", False),
    ("another_ordinal", "Jeg sender dig en femte kopi af kvitteringen, hvis du vil.", False),
    # burying people in letters until they give up
    ("buried_till_giving_up",
        "De sender så mange skemaer, at folk til sidst giver op.", True),
    ("buried_till_giving_up",
        "Der stilles så mange krav, at de ledige opgiver.", True),
    ("buried_till_giving_up",
        "Man indkalder til så mange møder, at de syge falder fra.", True),
    ("buried_till_giving_up",
        "Jeg fik så mange gaver, at jeg gav op at tælle dem.", False),
    ("buried_till_giving_up", "Jeg har så mange breve at sende til familien.", False),
    ("buried_till_giving_up", "Hun giver ikke op, selvom det er svært.", False),
    # "who will help them then?" after posts are cut: a half sign made whole by the cut
    ("who_helps_then",
        "Jobcentret nedlægger fem stillinger. Hvem skal så hjælpe de syge?", True),
    ("who_helps_then",
        "Kommunen har sparet tre stillinger væk. Hvem skal nu vejlede de udsatte?", True),
    ("who_helps_then",
        "I nedlægger to stillinger i skranken. Hvem vil så hjælpe de ældre med papirerne?",
        True),
    ("who_helps_then", "Hvem kan hjælpe mig med flytningen på lørdag?", False),
    ("who_helps_then", "Hvem skal så hjælpe de ældre i foreningen til julefesten?", False),
    ("who_helps_then", "Min søster hjælper de ældre på plejehjemmet.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R405_CR2)
def test_r405_cr2_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 409 criticism and case requests in sets 409–410
R409_CR1_CRITICISM = [
    # the same documentation demanded for the umpteenth time, counted in figures
    ("nth_time_in_figures",
        "For 9. gang skal jeg nu bevise over for kommunen, at min arm er amputeret.", True),
    ("nth_time_in_figures", "Det er 6. gang i år, vi skal indsende de samme lønsedler.", True),
    ("nth_time_in_figures",
        "Det er vel 20. gang, man skal forklare sin sygehistorie til en ny konsulent.", True),
    ("nth_time_in_figures", "Det er 2. gang, jeg søger job hos Netto i år.", False),
    ("nth_time_in_figures", "Det er 14. gang, jeg ser den film.", False),
    ("nth_time_in_figures", "Det er 5. gang, jeg vinder bankospillet i foreningen.", False),
    # the authority's deadline long passed, told in a subordinate clause
    ("deadline_clause",
        "Vi har ikke fået svar, selv om svarfristen for længe siden er udløbet.", True),
    ("deadline_clause",
        "Jeg venter stadig på afgørelsen, skønt fristen allerede er overskredet.", True),
    ("deadline_clause",
        "Da sagsbehandlingsfristen for længst er sprunget, beder jeg om en forklaring.", True),
    ("deadline_clause",
        "Jeg ved godt, at klagefristen for længst er overskredet, men jeg prøver alligevel.",
        False),
    ("deadline_clause",
        "Tilmeldingsfristen til koncerten for længst er overskredet, så vi bliver hjemme.",
        False),
    ("deadline_clause", "Fristen er den 1. juni, så der er god tid.", False),
    # the jobcentre acting without a thought for those it affects
    ("acts_without_thinking",
        "Kommunen lukkede skranken uden at tage hensyn til de ældre, der ikke kan bruge en "
        "computer.", True),
    ("acts_without_thinking",
        "I sender indkaldelser ud uden at tænke på, at folk har børn, der skal hentes.", True),
    ("acts_without_thinking",
        "Jobcentret flyttede alle møder til Vejle uden at skele til, at halvdelen af os ikke har "
        "bil.", True),
    ("acts_without_thinking", "Jeg sendte ansøgningen uden at tænke over stavefejlene.", False),
    ("acts_without_thinking", "Min søn kører bil uden at tænke på andre.", False),
    ("acts_without_thinking", "I kan bare sende papirerne ind, uden at tænke over formen.", False),
    # a mock congratulation on a prize, and who paid for it
    ("mock_prize",
        "Tillykke til kommunen med prisen som årets erhvervskommune. Spørg dem, der er smidt ud "
        "af sygedagpengene, hvad de mener om den.", True),
    ("mock_prize",
        "Stort tillykke til jobcentret med udmærkelsen for hurtig sagsbehandling. Den hurtighed "
        "betales af de syge, der har mistet deres ydelse.", True),
    ("mock_prize",
        "Hurra til systemet med endnu en pris for innovation. Regningen ender hos de ledige, der "
        "er blevet sanktioneret.", True),
    ("mock_prize",
        "Tillykke til jobcentret med prisen. I har fortjent den, og tak for hjælpen i år.", False),
    ("mock_prize", "Tillykke til min søster med prisen. Hun har arbejdet hårdt for den.", False),
    ("mock_prize",
        "Tillykke til jobcentret med prisen for årets arbejdsplads. Personalet har knoklet.",
        False),
    # in as a person, out as a number; the jobcentre as a mincer
    ("person_to_number",
        "Man går ind ad døren som et menneske og kommer ud som et sagsnummer.", True),
    ("person_to_number", "Jeg kom ind som borger og gik ud som en statistik.", True),
    ("person_to_number", "Kommunen er en pølsemaskine for syge mennesker.", True),
    ("person_to_number", "Jeg kom ind som nummer 14 i køen og gik ud som nummer 2.", False),
    ("person_to_number", "Min mor har en gammel kødhakker i køkkenet.", False),
    ("person_to_number",
        "Jeg kom ind som menneske, og jeg gik ud som et menneske, der følte sig hørt.", False),
    # papers about the citizen obtained or used without consent
    ("without_consent",
        "Sagsbehandleren har indhentet min journal fra psykiatrien, selvom jeg aldrig har givet "
        "samtykke.", True),
    ("without_consent",
        "Jeg har ikke givet tilladelse til at bruge lægens udtalelse i rehabiliteringsteamet.",
        True),
    ("without_consent", "I har brugt en erklæring fra min egen læge uden mit samtykke.", True),
    ("without_consent",
        "Jeg har endnu ikke givet samtykke til at indhente journalen, men det gør jeg nu.", False),
    ("without_consent",
        "Jeg har ikke givet samtykke til at min søn kommer med på lejrskole.", False),
    ("without_consent",
        "Jeg giver hermed samtykke til, at I indhenter oplysninger fra min læge.", False),
    # a pile of forms for a small sum; bureaucracy exclaimed over
    ("forms_for_pittance",
        "Tolv sider ansøgning for at få 300 kroner til briller.", True),
    ("forms_for_pittance", "Sikke noget bureaukrati, jeg skal igennem for et busskort.", True),
    ("forms_for_pittance",
        "Jeg fik tyve sider papirer, jeg skulle udfylde for at få tilskud til medicin.", True),
    ("forms_for_pittance", "Jeg læste 300 sider for at få bestået eksamen.", False),
    ("forms_for_pittance", "Sikke noget bureaukrati der er i banken, når man vil låne.", False),
    ("forms_for_pittance", "Skemaet er på to sider og tager fem minutter.", False),
    # the record blames a failure on the citizen's motivation
    ("record_blames_motivation",
        "I notatet står der, at forløbet blev afbrudt på grund af manglende motivation, men jeg "
        "havde 40 i feber.", True),
    ("record_blames_motivation",
        "Referatet skriver, at praktikken stoppede pga. manglende vilje, selvom lægen havde "
        "sygemeldt mig.", True),
    ("record_blames_motivation",
        "Sagsbehandleren har noteret i journalen, at forløbet mislykkedes, fordi min søn mangler "
        "motivation, men han har en hjerneskade.", True),
    ("record_blames_motivation",
        "I journalen står der, at jeg er meget motiveret for at komme i job.", False),
    ("record_blames_motivation",
        "Jeg stoppede på holdet på grund af manglende motivation.", False),
    ("record_blames_motivation",
        "Referatet fra foreningens møde skriver, at projektet stoppede på grund af manglende "
        "interesse fra medlemmerne.", False),
    # the new caseworker starts over
    ("new_contact_starts_over",
        "Min nye rådgiver begyndte helt forfra med de samme spørgsmål som sidst.", True),
    ("new_contact_starts_over",
        "Den nye sagsbehandler må begynde fra bunden, fordi ingen har læst sagen.", True),
    ("new_contact_starts_over",
        "Min nye mentor skulle starte forfra med hele min historie.", True),
    ("new_contact_starts_over", "Min nye træner startede forfra med opvarmningen.", False),
    ("new_contact_starts_over", "Min nye sagsbehandler startede i sidste uge og virker sød.",
        False),
    ("new_contact_starts_over", "Vi starter forfra med puslespillet i morgen.", False),
    # why move away the staff who do good
    ("good_staff_removed", "Hvorfor fyrer man de sagsbehandlere, der rent faktisk lytter?", True),
    ("good_staff_removed",
        "Hvorfor flyttede I den eneste rådgiver, som gjorde en forskel for mig?", True),
    ("good_staff_removed", "Hvorfor skal I altid fjerne de medarbejdere, der fungerer?", True),
    ("good_staff_removed", "Hvorfor flyttede min veninde til Aarhus?", False),
    ("good_staff_removed", "Sofie Holm er den bedste sagsbehandler, jeg har haft.", False),
    ("good_staff_removed", "Hvorfor flytter man de medarbejdere til et nyt kontor?", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R409_CR1_CRITICISM)
def test_r409_cr1_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 409 criticism and case requests in sets 411–412
R409_CR2 = [
    # the stock reply heard so often the writer knows it by heart
    ("stock_reply", "Fire uger med 'sagen er under behandling'. Nu kan jeg den udenad.", True),
    ("stock_reply", "Hver gang får jeg at vide, at I ringer tilbage. Jeg kan snart remsen "
        "udenad.", True),
    ("stock_reply", "Jeg kan efterhånden standardsvaret i søvne.", True),
    ("stock_reply", "Min datter kan hele digtet udenad til skoleafslutningen.", False),
    ("stock_reply", "Jeg vender tilbage, når jeg har læst brevet.", False),
    ("stock_reply", "Han kan sin replik udenad til teaterstykket.", False),
    # the decision named first, then who must answer for it
    ("answer_for", "Det er et valg, ledelsen må stå til ansvar for over for byrådet.", True),
    ("answer_for", "Lukningen af caféen er en beslutning, han selv må forsvare.", True),
    ("answer_for", "Det var en prioritering, chefen skal stå på mål for.", True),
    ("answer_for", "Nedskæringen er en beslutning, de bør forklare for borgerne.", True),
    ("answer_for", "Det er en beslutning, jeg selv må stå på mål for.", False),
    ("answer_for", "Det er en beslutning, hun må træffe sammen med sin familie.", False),
    # "how can it take eleven weeks to …", rhetorical
    ("how_can_it_take", "Hvordan kan det tage otte uger at behandle en simpel ansøgning?", True),
    ("how_can_it_take", "Hvorfor skal det tage fire måneder at svare på en mail?", True),
    ("how_can_it_take", "Hvordan kan det tage 3 måneder at få rettet en adresse?", True),
    ("how_can_it_take", "Hvor lang tid tager det at få svar på en ansøgning?", False),
    ("how_can_it_take", "Hvordan kan det tage tre uger at få en tid hos lægen?", False),
    ("how_can_it_take", "Det kan tage seks uger at lære at strikke en sweater.", False),
    # the doctor says one thing, the jobcentre writes a status the doctor belies
    ("doctor_against_status", "Psykiateren siger et år mere, men kommunen skriver, at jeg er "
        "jobparat.", True),
    ("doctor_against_status", "Min læge skrev fuldt sygemeldt, og sagsbehandleren kalder mig "
        "arbejdsdygtig.", True),
    ("doctor_against_status", "Speciallægen vurderer, at det vil tage lang tid, mens jobcentret "
        "skriver afklaret.", True),
    ("doctor_against_status", "Lægen siger, jeg er rask, og jobcentret siger også, jeg er "
        "rask.", False),
    ("doctor_against_status", "Lægen siger, at jeg skal hvile mig.", False),
    ("doctor_against_status", "Min læge skriver, at jeg er rask nu.", False),
    # they read only the part of the doctor's papers that fits their plan
    ("fitting_part", "Sagsbehandleren bruger kun de dele af journalen, som støtter hendes "
        "vurdering.", True),
    ("fitting_part", "I læser kun det af speciallægens udtalelse, der passer til jeres "
        "plan.", True),
    ("fitting_part", "Kommunen citerer udelukkende de sætninger fra erklæringen, der bekræfter "
        "afslaget.", True),
    ("fitting_part", "Jeg læser kun den del af avisen, der handler om sport.", False),
    ("fitting_part", "Lægen læste erklæringen grundigt igennem.", False),
    ("fitting_part", "De læser kun den del af bogen, der passer til pensum.", False),
    # a jobcentre measure that left a worn person feeling small
    ("made_small", "Min mand har været murer hele livet. På kurset skulle han lære at tænde "
        "en computer, og han følte sig så ydmyget.", True),
    ("made_small", "Efter samtalen følte jeg mig som et barn, der var blevet skældt ud.",
        True),
    ("made_small", "Hun sad i praktik og sorterede skruer. Hun har aldrig følt sig så "
        "overflødig.", True),
    ("made_small", "Jeg har aldrig følt mig så lille som på toppen af bjerget.", False),
    ("made_small", "Efter kurset følte jeg mig stærk og glad.", False),
    ("made_small", "Han følte sig lille, da han var barn.", False),
    # the waiting room known better than one's home
    ("waiting_room_home", "Jeg kender skranken på jobcentret bedre end mit eget køkken.", True),
    ("waiting_room_home", "Efter tre år kender jeg ventesalen bedre end mit hjem.", True),
    ("waiting_room_home", "De kunne lige så godt hænge et navneskilt op ved min stol i "
        "venterummet.", True),
    ("waiting_room_home", "Jeg kender skoven bedre end min egen stue.", False),
    ("waiting_room_home", "Jeg kender venteværelset hos lægen bedre end min egen stue.", False),
    ("waiting_room_home", "De burde sætte et skilt op ved indgangen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R409_CR2)
def test_r409_cr2_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, idea
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 413 criticism and case requests in sets 413–414
R413_CR1 = [
    ("closed_to_app",
        "Kommunen har nedlagt skranken i borgerservice og henviser nu til selvbetjening på nettet.",
        True),
    ("closed_to_app",
        "Jobcentret lukker telefontiden og henviser i stedet alle til appen.", True),
    ("closed_to_app",
        "Efter de lukkede rådgivningen, står vi uden et sted at gå hen med vores spørgsmål.",
        True),
    ("closed_to_app", "Banken har lukket filialen og henviser til appen.", False),
    ("closed_to_app", "Vi har ingen steder at gå hen med hunden om vinteren.", False),
    ("closed_to_app", "Jobcaféen holder lukket i påsken, og der er åbent igen tirsdag.", False),
    ("hours_cut",
        "Byrådet har skåret støtten til unge ledige ned fra fire til to samtaler om måneden.",
        True),
    ("hours_cut",
        "Kommunen har halveret mentortimerne fra otte til fire om ugen.", True),
    ("hours_cut", "I har reduceret hjælpen fra 10 timer til 3 timer.", True),
    ("hours_cut", "Jeg har skåret min arbejdstid ned fra 37 til 30 timer.", False),
    ("hours_cut", "Lægen har sat min medicin ned fra ti til fem milligram.", False),
    ("hours_cut", "Vi har skåret ned på rygningen fra 20 til 5 om dagen.", False),
    ("doctor_vs_full_time",
        "Min speciallæge skriver, at jeg ikke tåler stress. Kommunen mener, jeg er parat til "
        "fuld tid.", True),
    ("doctor_vs_full_time",
        "Psykiateren siger, jeg er syg, men sagsbehandleren siger, at jeg er klar til 37 timer.",
        True),
    ("doctor_vs_full_time",
        "Jobcentret vurderer, at hun er i stand til fuldtidsarbejde. Nogen må da tage fejl her.",
        True),
    ("doctor_vs_full_time", "Jobcentret siger, at jeg er klar til 37 timer fra maj.", False),
    ("doctor_vs_full_time", "Lægen siger, at jeg er klar til at løbe igen.", False),
    ("doctor_vs_full_time", "Min læge siger, at jeg skal hvile mig. Det gør jeg nu.", False),
    ("friday_letter",
        "Indkaldelsen blev sendt fredag eftermiddag med en frist til mandag morgen.", True),
    ("friday_letter",
        "I sendte partshøringen fredag kl. 16 og gav mig svarfrist mandag kl. 10.", True),
    ("friday_letter", "Brevet kom lørdag, og fristen var allerede søndag aften.", True),
    ("friday_letter", "Jeg sendte ansøgningen fredag, og fristen var mandag.", False),
    ("friday_letter", "Mødet er fredag, og fristen for tilmelding er mandag om en måned.", False),
    ("friday_letter", "Brevet kom mandag, og fristen er om fire uger.", False),
    ("what_they_call",
        "Han fik tre møder på en uge uden at blive hørt. Det er vist det, jobcentret kalder "
        "hjælp.", True),
    ("what_they_call",
        "Sådan kalder kommunen åbenbart en helhedsorienteret indsats.", True),
    ("what_they_call",
        "Hun sad alene i et tomt lokale i fire timer. Det må være det, man kalder et "
        "afklaringsforløb.", True),
    ("what_they_call", "Det er det, de kalder et ressourceforløb, og det starter i maj.",
     False),
    ("what_they_call", "Det er åbenbart det, lægen kalder en blodprop.", False),
    ("what_they_call", "Det kalder vi en god dag.", False),
    ("cure_sneer",
        "Kommunen har nu fundet løsningen på ledighed: flere skemaer.", True),
    ("cure_sneer",
        "Systemet har endelig opfundet kuren mod stress: endnu et møde.", True),
    ("cure_sneer",
        "De sender syge på så mange møder, at de til sidst giver op.", True),
    ("cure_sneer", "Lægen har endelig fundet kuren mod min hoste.", False),
    ("cure_sneer", "Jobcentret har endelig fundet løsningen på min sag. Tak!", False),
    ("cure_sneer", "De sendte os på så mange ture, at vi fik set hele landet.", False),
    ("privacy",
        "At skulle fremlægge sin diagnose i plenum er en krænkelse af vores integritet.", True),
    ("privacy",
        "Vi sad sammen med 20 fremmede og skulle fortælle om vores økonomi.", True),
    ("privacy", "Mødet krænkede mit privatliv groft.", True),
    ("privacy", "Jeg var på kursus sammen med ti andre, og vi fortalte om vores hobbyer.",
     False),
    ("privacy", "Jeg fortalte lægen om mit helbred sammen med min mor.", False),
    ("privacy", "Privatlivet er vigtigt for mig, så jeg lukker gardinerne.", False),
    ("clarified_again",
        "Gang på gang skal hun arbejdsprøves, og intet sker.", True),
    ("clarified_again", "Jeg skal afklares for femte gang nu.", True),
    ("clarified_again", "Han er blevet arbejdsprøvet utallige gange.", True),
    ("clarified_again", "Jeg skal afklares i maj hos en ny virksomhed.", False),
    ("clarified_again", "Hver gang vi ringer, bliver det afklaret hurtigt.", False),
    ("clarified_again", "Spørgsmålet om min ferie er blevet afklaret.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticism"), R413_CR1)
def test_r413_cr1_criticism(idea: str, text: str, criticism: bool) -> None:
    labels = triage(text, "a").labels
    assert ("criticism" in labels) is criticism, (idea, text)
    if criticism:
        assert not labels & {"threat", "insult", "self_harm"}, idea


# round 413 criticism and case requests in sets 415–416
R413_CR2_CRITICISM = [
    ("short_notice", "Jeg blev indkaldt med kun to dages varsel, selvom jeg passer min syge mor.",
     True),
    ("short_notice", "Kommunen indkalder folk med 24 timers varsel, og så er man sanktioneret.",
     True),
    ("short_notice", "I sender breve om møder med to dages varsel. Det er urimeligt.", True),
    ("short_notice", "Indkaldelsen skal sendes med mindst tre dages varsel.", False),
    ("short_notice", "Jeg kan godt møde med to dages varsel.", False),
    ("short_notice", "Vi blev indkaldt med fire ugers varsel, og det var fint.", False),
    ("left_lying", "I lader ansøgningerne ligge, indtil borgerne opgiver at søge.", True),
    ("left_lying", "Kommunen lod sagen sejle i et år, så hun til sidst gav op.", True),
    ("left_lying", "Man lader folk vente, indtil de giver op og melder sig raske.", True),
    ("left_lying", "Jeg lader sagen ligge, indtil min advokat har læst den.", False),
    ("left_lying", "Lad tallerkenerne ligge til i morgen.", False),
    ("left_lying", "Lad dejen hvile, til den er hævet.", False),
    ("impression", "Hendes fornemmelse efter en kort samtale vejer åbenbart tungere end to "
     "lægeerklæringer.", True),
    ("impression", "Et blik på mig i venteværelset vægtes højere end min psykiaters udtalelse.",
     True),
    ("impression", "Ti minutters møde kan ikke veje tungere end min journal fra hospitalet.",
     True),
    ("impression", "Lægens erklæring vejer tungere end mit indtryk.", False),
    ("impression", "Mit indtryk er, at kufferten vejer mere end tasken.", False),
    ("impression", "Samtalen gav et godt indtryk af stedet.", False),
    ("told_fit", "Min nabo fik besked på, at hun godt kunne arbejde med benet i gips.", True),
    ("told_fit", "Rådgiveren mente, at jeg sagtens kunne pakke varer med én arm.", True),
    ("told_fit", "Jeg blev fortalt, at jeg fint kunne stå ved et samlebånd på krykker.", True),
    ("told_fit", "Træneren sagde, at jeg godt kunne spille med den ene hånd.", False),
    ("told_fit", "Jeg kan sagtens skrive med venstre hånd.", False),
    ("told_fit", "Han sagde, at jeg godt kunne tage en hånd med i haven.", False),
    ("as_if", "Jobcentret indkalder til kurser, som om alle borgere har råd til toget.", True),
    ("as_if", "I forventer, som om folk har computer og printer derhjemme.", True),
    ("as_if", "Kommunen planlægger, som om enhver har kørekort.", True),
    ("as_if", "Vi planlægger turen, som om alle har bil.", False),
    ("as_if", "Han kører, som om han ejer vejen.", False),
    ("as_if", "Det ser ud, som om alle har fået bil.", False),
    ("deaf", "Min far er hørehæmmet, men I ringer ham op til telefonmøder hver gang.", True),
    ("deaf", "I har indkaldt min døve nabo til en telefonsamtale igen.", True),
    ("deaf", "Jeg bliver indkaldt til telefonmøde, selvom I ved, at jeg er døv.", True),
    ("deaf", "Min mor er døv, så skriv hellere en sms end at ringe.", False),
    ("deaf", "Min søster er døv, og hun har fået en ny telefon.", False),
    ("deaf", "Den døve mand blev indkaldt til et møde med tolk.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticised"), R413_CR2_CRITICISM)
def test_r413_cr2_criticism(idea: str, text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticised, idea


# round 417 criticism and case requests in sets 420, 422 and 423
R417_CR2_CRITICISM = [
    ("sent_home",
     "Medarbejderen sendte mig hjem, fordi mødet var aflyst. Ugen efter stod der i min sag, "
     "at jeg var udeblevet.",
     True),
    ("sent_home", "Receptionen sagde, at jeg bare kunne gå hjem. Så kom der en sanktion.", True),
    ("sent_home",
     "Jeg fik at vide, at jeg skulle gå hjem. Alligevel står jeg som udeblevet.",
     True),
    ("sent_home",
     "Jeg gik hjem, fordi jeg havde ondt. Dagen efter ringede jeg og sagde, at jeg ikke kom.",
     False),
    ("sent_home", "Min søn blev sendt hjem fra skole med feber.", False),
    ("sent_home", "Vi kunne gå hjem tidligt fra festen.", False),
    ("red_tape_swear",
     "Det er noget kafkask lort, at jeg skal sende samme papir fire gange.",
     True),
    ("red_tape_swear", "Sikke noget bureaukratisk pis med alle de skemaer.", True),
    ("red_tape_swear", "Jeg gider ikke mere af det bureaukratiske bras.", True),
    ("red_tape_swear", "Sikke noget pis med regnen i dag.", False),
    ("red_tape_swear", "Bogen handler om bureaukratiets historie i Danmark.", False),
    ("red_tape_swear", "Han fortalte om et bureaukratisk land, han havde besøgt.", False),
    ("red_tape_swear", "Hun er en idiot med sit bureaukratiske pis.", False),
    ("bus",
     "Mødet starter kl 9, men toget fra Skive kommer først 9.15, så jeg kommer altid for sent.",
     True),
    ("bus", "I vil have mig til at møde kl 8, selvom bussen først ankommer kvart over.", True),
    ("bus", "Samtalen begynder halv ni, men den første bus kommer først ni.", True),
    ("bus", "Mødet er kl 10, og bussen kommer 9.30, så det passer fint.", False),
    ("bus", "Toget kom først klokken tre, så vi spiste på stationen.", False),
    ("bus", "Jeg tager bussen til mødet i morgen.", False),
    ("find_online", "Det er umuligt at finde rundt på kommunens hjemmeside.", True),
    ("find_online", "Hvor er det svært at finde ansøgningsskemaet på jeres hjemmeside.", True),
    ("find_online", "Det er næsten umuligt at bruge jobcentrets app.", True),
    ("find_online", "Det var nemt at finde formularen på jeres hjemmeside.", False),
    ("find_online", "Det er svært at finde en lejlighed i Aarhus.", False),
    ("find_online", "Det er svært at finde tid til at læse bøger.", False),
    ("worn_fit",
     "Sagsbehandleren mener, at en kvinde med slidgigt i begge hofter kan arbejde ved kassen.",
     True),
    ("worn_fit",
     "Jobcentrets konsulent påstod, at en mand med diskusprolaps kan løfte kasser.",
     True),
    ("worn_fit",
     "Kommunens eksperter vurderer, at en med kronisk rygsmerter kan stå op otte timer.",
     True),
    ("worn_fit", "Min læge mener, at en mand med nye knæ kan gå igen efter seks uger.", False),
    ("worn_fit", "Jeg tror, at en med ondt i ryggen kan have gavn af svømning.", False),
    ("worn_fit", "Fysioterapeuten mener, at jeg med mit knæ kan løbe igen til sommer.", False),
    ("like_weather", "Kommunen er ligesom et lotteri: man ved aldrig, hvad man får.", True),
    ("like_weather", "Jobcentret er som en automat, der aldrig er til at regne med.", True),
    ("like_weather", "Systemet er som russisk roulette.", True),
    ("like_weather", "Jobcentret er som et andet hjem for mig, de er søde alle sammen.", False),
    ("like_weather", "Vejret i Danmark er som et lotteri.", False),
    ("like_weather", "Min bror er ligesom min far: man ved aldrig, hvad han finder på.", False),
    ("show_will", "De sagde, hun skulle vise mere vilje. Hun har kræft.", True),
    ("show_will",
     "Konsulenten mente, jeg bare skulle vise motivation, selvom jeg har sclerose.",
     True),
    ("show_will", "Min far har parkinson, og de sagde, han skulle vise vilje.", True),
    ("show_will", "Træneren sagde, han skulle vise mere vilje i kampen.", False),
    ("show_will", "Jeg vil vise vilje og møde op hver dag.", False),
    ("show_will", "Læreren sagde, at klassen skulle vise engagement i projektet.", False),
    ("normal_now",
     "Jeg har stadig ikke fået svar på min klage. Men det er vel normen efterhånden?",
     True),
    ("normal_now", "Pengene er endnu ikke kommet. Det er åbenbart normalt nu.", True),
    ("normal_now", "Min ansøgning er fortsat ikke behandlet. Det er vel standard hos jer.", True),
    ("normal_now",
     "Jeg har stadig ikke fået svar. Det er vel normalt, at det tager tid i sommerferien.",
     False),
    ("normal_now", "Det er vel normalt nu at have elbil.", False),
    ("normal_now", "Jeg har stadig ikke malet køkkenet. Det er vel normalt.", False),
    ("live_on_air", "Hvordan skal jeg leve af ingenting, mens sagen ligger hos jer?", True),
    ("live_on_air", "Forventer I, at vi lever af luft i tre måneder?", True),
    ("live_on_air", "Skal jeg leve af luft, til kommunen svarer?", True),
    ("live_on_air", "Nogle planter kan næsten leve af luft og lys.", False),
    ("live_on_air", "Vi levede af kartofler hele vinteren.", False),
    ("live_on_air", "Hun lever af at skrive bøger.", False),
    ("unread", "Mon nogen overhovedet læser de papirer, jeg sender ind?", True),
    ("unread", "Jeg tror, mine lægeerklæringer bare havner i en bunke hos jer.", True),
    ("unread", "Gad vide om nogen læser de breve, jeg sender.", True),
    ("unread", "Gad vide om nogen læser min blog.", False),
    ("unread", "Nøglerne ryger altid i skuffen i gangen.", False),
    ("unread", "Jeg læser papirerne i aften.", False),
    ("take_charge", "Nogen må tage ansvaret for forløbet, for det hænger ikke sammen.", True),
    ("take_charge", "I indkaldte mig til et møde, der ligger på samme tid som mit arbejde.", True),
    ("take_charge", "Ledelsen bør tage ansvar for planlægningen.", True),
    ("take_charge", "Jeg må tage ansvar for mit eget liv nu.", False),
    ("take_charge", "Nogen må tage ansvar for opvasken i weekenden.", False),
    ("take_charge", "Koncerten ligger på samme tid som fodboldkampen.", False),
    ("no_notice", "Jeg fik aldrig brevet om samtalen, men blev alligevel straffet.", True),
    ("no_notice", "Jeg fik ikke indkaldelse til mødet, og så blev jeg sanktioneret.", True),
    ("no_notice", "Min ydelse blev trukket, selvom jeg aldrig fik besked om mødet.", True),
    ("no_notice", "Jeg har ikke fået besked om mødet endnu. Hvornår er det?", False),
    ("no_notice", "Jeg fik besked om mødet og mødte op til tiden.", False),
    ("no_notice", "Han fik en sanktion, fordi han glemte mødet.", False),
    ("ruined", "Den afgørelse ødelagde mange borgeres økonomi.", True),
    ("ruined", "Reformen har ruineret tusindvis af familiers økonomi.", True),
    ("ruined", "Deres praksis har knust hundredvis af syges hverdag.", True),
    ("ruined", "Stormen ødelagde mange huse i byen.", False),
    ("ruined", "Jeg har selv ødelagt min økonomi med lån.", False),
    ("ruined", "Krigen ødelagde mange byer.", False),
    ("short_notice", "Indkaldelsen kom dagen før mødet. Det er alt for kort varsel.", True),
    ("short_notice", "Jeg fik brevet om samtalen i går, og det er urimelig kort varsel.", True),
    ("short_notice", "Det er for kort varsel til mødet på mandag.", True),
    ("short_notice", "Mødet blev aftalt med kort varsel, men det passede mig fint.", False),
    ("short_notice", "Vi tog på ferie med kort varsel.", False),
    ("short_notice", "Festen blev holdt med kort varsel.", False),
    ("laughed_off",
     "Det her kursus slår mig ihjel, haha. Men nej, det er faktisk rigtig godt.",
     False),
    ("laughed_off", "Forløbet tager livet af mig, hehe. Spøg til side, det går fint.", False),
    ("laughed_off", "Det her kursus slår mig ihjel. Men nej, jeg tror ikke det hjælper.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticised"), R417_CR2_CRITICISM)
def test_r417_cr2_criticism(idea: str, text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticised, idea


# round 417 criticism and case requests in sets 417, 418, 419 and 421
R417_CR1_CRITICISM = [
    ("untrue", "Sofie Holm har i sit notat skrevet, at jeg udeblev. Det er ikke rigtigt, jeg var "
     "indlagt.", True),
    ("untrue", "Sagsbehandleren skrev i afgørelsen, at jeg har takket nej til hjælp. Det passer "
     "ikke.", True),
    ("untrue", "Per Storm har noteret, at jeg ikke vil samarbejde. Det er forkert.", True),
    ("untrue", "Sofie Holm skrev, at mødet er flyttet til tirsdag. Det passer ikke mig.", False),
    ("untrue", "Min bror skrev, at han kommer i morgen. Det glæder mig.", False),
    ("untrue", "Det passer ikke så godt med min vagtplan.", False),
    ("says_nothing", "At kunne handle ind en gang om ugen siger intet om, om jeg kan arbejde "
     "fuldtid.", True),
    ("says_nothing", "At klare et kvarters gåtur fortæller ikke noget om, om man kan passe et "
     "job.", True),
    ("says_nothing", "At kunne sidde ved en computer i en time siger ingenting om, hvorvidt "
     "hun kan holde til en arbejdsdag.", True),
    ("says_nothing", "Brevet siger intet om, hvornår mødet er.", False),
    ("says_nothing", "At kunne svømme siger intet om, om man kan lide vand.", False),
    ("says_nothing", "Min læge siger, at jeg kan arbejde fuldtid.", False),
    ("labelled", "Min sagsbehandler kaldte mig doven foran min mor.", True),
    ("labelled", "Per Storm har omtalt min søn som umotiveret i et notat.", True),
    ("labelled", "Hun beskrev mig som besværlig over for sin leder.", True),
    ("labelled", "Sagsbehandleren kaldte mig ind til et møde i går.", False),
    ("labelled", "Hun kaldte mig sød, da jeg havde kage med.", False),
    ("labelled", "Min datter kalder sin hund doven.", False),
    ("not_label", "Jeg er ikke umotiveret, jeg er syg.", True),
    ("not_label", "Han er ikke doven, han er kronisk syg.", True),
    ("not_label", "Vi er ikke besværlige, vi er syge og trætte af det.", True),
    ("not_label", "Jeg er ikke syg, jeg er bare træt.", False),
    ("not_label", "Jeg er ikke doven, jeg har bare fri i dag.", False),
    ("not_label", "Hun er ikke syg længere.", False),
    ("should_see", "Det burde en sagsbehandler kunne forstå.", True),
    ("should_see", "Forskellen burde selv et jobcenter kunne se.", True),
    ("should_see", "Det bør en kommune kunne finde ud af.", True),
    ("should_see", "Det burde min læge kunne se i journalen.", False),
    ("should_see", "Det burde en god ven kunne forstå.", False),
    ("should_see", "Det burde en mekaniker kunne reparere.", False),
    ("working_life", "Efter 40 års slid på fabrikken er jeg blevet gjort til en sag.", True),
    ("working_life", "Min mand har knoklet hele sit liv. Nu skal han i arbejdsprøvning på et "
     "lager.", True),
    ("working_life", "Efter mange års arbejde som sygeplejerske bliver jeg sendt i praktik.",
     True),
    ("working_life", "Efter 40 års arbejde går min far nu på pension.", False),
    ("working_life", "Han har arbejdet hele livet og holder nu en stor fest.", False),
    ("working_life", "Efter to års arbejde fik hun en lønforhøjelse.", False),
    ("minutes_notice", "I aflyste min samtale med fem minutters varsel.", True),
    ("minutes_notice", "Sagsbehandleren flyttede mødet med kun 15 min varsel.", True),
    ("minutes_notice", "Mødet blev aflyst af jobcentret med under ti minutters varsel.", True),
    ("minutes_notice", "Vi flyttede festen til lørdag med en uges varsel.", False),
    ("minutes_notice", "Møder skal aflyses med mindst en dags varsel.", False),
    ("minutes_notice", "Jeg måtte aflyse med fem minutters varsel, fordi bussen ikke kom.",
     False),
    ("grinder", "Tre år i kommunens kværn har knækket mig.", True),
    ("grinder", "Tak for ingenting efter to år i jeres mølle.", True),
    ("grinder", "Min søn er blevet malet igennem jobcentrets maskineri.", True),
    ("grinder", "Jeg har købt en ny kaffekværn.", False),
    ("grinder", "Vi så den gamle mølle på turen.", False),
    ("grinder", "Maskineriet i fabrikken larmer.", False),
    ("papers_lost", "Flot klaret at miste min lægeerklæring for anden gang.", True),
    ("papers_lost", "Det er en bedrift at forlægge mine papirer hver gang.", True),
    ("papers_lost", "Imponerende at glemme min ansøgning tre gange i træk.", True),
    ("papers_lost", "Godt gået at finde mine papirer så hurtigt.", False),
    ("papers_lost", "Flot at miste ti kilo på en måned.", False),
    ("papers_lost", "Jeg har mistet mine nøgler.", False),
    ("punished", "Man bliver straffet for at være syg i det her land.", True),
    ("punished", "Hun bliver sanktioneret for at være alenemor.", True),
    ("punished", "Det er straf for min sygdom, intet andet.", True),
    ("punished", "Han blev straffet for at køre for stærkt.", False),
    ("punished", "Vi fik straf for at komme for sent til træning.", False),
    ("punished", "Jeg har været syg i en uge.", False),
    ("stamp", "Man kunne lige så godt ansætte en robot til at sige nej.", True),
    ("stamp", "I kunne lige så godt sætte et gummistempel i skranken.", True),
    ("stamp", "Kommunen kunne erstatte sagsbehandlerne med en chatbot, det ville ikke gøre "
     "nogen forskel.", True),
    ("stamp", "Vi kunne lige så godt købe en robotstøvsuger.", False),
    ("stamp", "Min gamle pc blev erstattet med en ny.", False),
    ("stamp", "Jeg kunne lige så godt gå hjem.", False),
    ("untried", "Ministeren har aldrig selv været på kontanthjælp.", True),
    ("untried", "Byrådet har nok aldrig selv prøvet det.", True),
    ("untried", "Politikerne har aldrig selv levet for 100 kr. om dagen.", True),
    ("untried", "Borgmesteren har aldrig selv prøvet at surfe.", False),
    ("untried", "Min mor har aldrig selv prøvet det.", False),
    ("untried", "Politikerne har selv prøvet at stille op.", False),
    ("refused_though", "Jeg har fået afslag på hjælp til medicin, selvom jeg ingen indtægt "
     "har.", True),
    ("refused_though", "Min søn fik afslag på befordring, skønt han bor 30 km væk.", True),
    ("refused_though", "Hun har fået afslag, selv om lægen har anbefalet det.", True),
    ("refused_though", "Jeg har fået afslag på min ansøgning.", False),
    ("refused_though", "Selvom det regnede, fik vi en god tur.", False),
    ("refused_though", "Jeg fik bevilget hjælpen, selvom jeg søgte sent.", False),
    ("kills", "I slår mig ihjel med den sanktion.", True),
    ("kills", "Den afgørelse dræber os, I dræber os med jeres afslag.", True),
    ("kills", "Du tager livet af mig med den her plan.", True),
    ("kills", "Varmen slår mig ihjel.", False),
    ("kills", "Jeg slår myggen ihjel med en avis.", False),
    ("kills", "Den her deadline slår mig ihjel.", False),
    ("bad_for", "For folk med handicap er det en elendig løsning.", True),
    ("bad_for", "For borgere med gigt er ordningen en meget dårlig idé.", True),
    ("bad_for", "For mennesker med PTSD er den en dårlig model.", True),
    ("bad_for", "Det er en dårlig idé at cykle i regnvejr.", False),
    ("bad_for", "For folk med børn er det en god løsning.", False),
    ("bad_for", "For os med hund er haven perfekt.", False),
    ("churn", "Jeg får en ny sagsbehandler hver anden måned.", True),
    ("churn", "Den konstante udskiftning gør, at ingen kender min sag.", True),
    ("churn", "Nye rådgivere hvert halve år er ingen hjælp.", True),
    ("churn", "Jeg får en ny sagsbehandler fra næste måned.", False),
    ("churn", "Skift af olie hvert år er nødvendigt.", False),
    ("churn", "Jeg har fået en ny cykel.", False),
    ("wait_asked", "Jeg har ventet tre uger på svar om min enkeltydelse. Hvornår kan jeg "
     "forvente en afgørelse?", False),
    ("wait_asked", "Jeg har nu ventet seks uger. Kan I oplyse status på min sag?", False),
    ("wait_asked", "Min søn har ventet fire uger på svar. Hvornår kommer det?", False),
    ("wait_asked", "Jeg har ventet fire måneder på svar. Hvornår kommer det?", True),
    ("wait_asked", "Jeg har ventet fem uger på svar, og det er for længe. Hvornår kommer det?",
     True),
    ("wait_asked", "Jeg har ventet fem uger på svar. Hvorfor tager det så lang tid?", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticised"), R417_CR1_CRITICISM)
def test_r417_cr1_criticism(idea: str, text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticised, idea


# round 417 criticism and case requests in set 424
R417_CR3_CRITICISM = [
    ("form_kills", "Den nye ansøgningsskema dræber mig, den er på tyve sider.", True),
    ("form_kills", "Det lange boligskema slår mig ihjel hver eneste gang.", True),
    ("form_kills", "Dette tilmeldingsskema tager livet af mig.", True),
    ("form_kills", "Jeg har udfyldt ansøgningsskemaet og sendt det i går.", False),
    ("form_kills", "Min træner slår mig ihjel med det nye træningsskema.", False),
    ("form_kills", "Skemaet til min søns skole er nemt at udfylde.", False),
    ("hung_up", "Jeg sad i telefonkø i en time, og så blev jeg afbrudt.", True),
    ("hung_up", "Vi har ventet over tyve minutter, og så lagde de på.", True),
    ("hung_up", "Efter at have stået i kø i 40 minutter blev røret lagt på.", True),
    ("hung_up", "Jeg ventede ti minutter og lagde så på for at hente min søn.", False),
    ("hung_up", "Jeg har ventet et par minutter i telefonen, men så kom jeg igennem.", False),
    ("hung_up", "Hun lagde på, fordi hun skulle i bad.", False),
    ("closed_in_hours", "Åbningstiden er til kl. 15, men kontoret var lukket allerede kl. 13.",
     True),
    ("closed_in_hours", "Døren var låst, selvom der ifølge åbningstiderne skulle være åbent.",
     True),
    ("closed_in_hours", "På hjemmesiden står åbningstiden som 9-14, alligevel var skranken lukket.",
     True),
    ("closed_in_hours", "Åbningstiderne er 8-15, men der er lukket på helligdage.", False),
    ("closed_in_hours", "Der var lukket, fordi det var efter åbningstiden.", False),
    ("closed_in_hours", "Åbningstiden var kort, men personalet var venligt.", False),
    ("staff_absent", "Per Storm mødte ikke op til samtalen, selvom han selv havde indkaldt mig.",
     True),
    ("staff_absent", "Min sagsbehandler var ikke til stede, skønt hun havde aftalt mødet med mig.",
     True),
    ("staff_absent", "Hun kom ikke til det møde, hun selv havde indkaldt til.", True),
    ("staff_absent", "Jeg var ikke til stede ved mødet, selvom jeg var indkaldt.", False),
    ("staff_absent", "Sofie Holm var ikke til stede ved mødet, fordi hun var syg.", False),
    ("staff_absent", "Han mødte op til tiden, selvom han havde travlt.", False),
    ("years_lost", "Tre år i praktik. I den tid kunne jeg have gennemført en uddannelse.", True),
    ("years_lost", "Hun kunne have taget en bachelor på de år, forløbet varede.", True),
    ("years_lost", "Vi kunne have fået en uddannelse i mellemtiden i stedet for at sortere skruer.",
     True),
    ("years_lost", "Jeg kunne have taget en uddannelse, men jeg valgte at arbejde.", False),
    ("years_lost", "I den tid kunne jeg have læst en god bog.", False),
    ("years_lost", "Min bror har taget en uddannelse i den tid.", False),
    ("never_got", "Jeg har ikke fået referatet, selvom jeg har bedt om det tre gange.", True),
    ("never_got", "Vi har aldrig modtaget planen, skønt vi har rykket flere gange.", True),
    ("never_got", "Min mor har ikke fået svar, selvom hun har ringet fem gange.", True),
    ("never_got", "Jeg har fået kopien, efter jeg har bedt om den to gange.", False),
    ("never_got", "Jeg har ikke fået svar endnu, men jeg har kun spurgt én gang.", False),
    ("never_got", "Jeg har bedt om kopi to gange og fået den begge gange.", False),
    ("no_one_in_work", "Aktiveringen fører ikke folk i job, det viser alle undersøgelser.", True),
    ("no_one_in_work", "Forløbene har ikke bragt én eneste i arbejde.", True),
    ("no_one_in_work", "Sanktioner får ikke ledige i arbejde, de gør dem bare fattigere.", True),
    ("no_one_in_work", "Kurset fører ikke direkte til job, men giver et certifikat.", False),
    ("no_one_in_work", "Praktikken førte ikke til job for mig, men jeg lærte meget.", False),
    ("no_one_in_work", "Kurserne hjælper folk i job, siger min nabo.", False),
    ("drowning", "Vi drukner i jeres frister hver eneste uge.", True),
    ("drowning", "Folk er ved at drukne i kommunens møder og samtaler.", True),
    ("drowning", "Jeg er ved at drukne i alle fristerne.", True),
    ("drowning", "Jeg drukner i vasketøj, når børnene har ferie.", False),
    ("drowning", "Vi er ved at drukne i gæld efter skilsmissen.", False),
    ("drowning", "Han druknede næsten i søen sidste sommer.", False),
    ("saves_time", "Så kan I jo bare sende afslaget med det samme, så sparer I besværet.",
     True),
    ("saves_time", "Næste gang kunne kommunen jo bare lukke hele sagen, så slipper I arbejdet.",
     True),
    ("saves_time", "Kan du også bare smide min ansøgning ud, så sparer du tiden.", True),
    ("saves_time", "Kan I ikke bare sende det på mail, så sparer jeg porto?", False),
    ("saves_time", "Næste gang kan I jo bare ringe, så finder vi en tid.", False),
    ("saves_time", "Jeg sender det digitalt, så sparer I papiret.", False),
    ("talked_down", "Vi er ikke børn. Men sagsbehandleren taler til os, som om vi var.", True),
    ("talked_down", "Vi er ikke snyltere, men kommunen behandler os, som om vi er.", True),
    ("talked_down", "Personalet taler ned til os hver gang vi kommer.", True),
    ("talked_down", "Hun taler til mig, som om vi var gamle venner.", False),
    ("talked_down", "Jeg taler til min hund, som om den var et barn.", False),
    ("talked_down", "Vi er ikke dumme, vi er bare trætte.", False),
    ("laugh_cry", "Jeg ved ikke, om jeg skal grine eller græde over jeres afslag.", True),
    ("laugh_cry", "Nu har jeg fået den fjerde indkaldelse denne måned. Skal jeg le eller græde?",
     True),
    ("laugh_cry", "Mit kursus handler om at skrive ansøgninger, og jeg har skrevet 300. Man ved "
     "ikke, om man skal grine eller græde.", True),
    ("laugh_cry", "Jeg vidste ikke, om jeg skulle grine eller græde, da min datter sagde mor.",
     False),
    ("laugh_cry", "Filmen fik mig til at grine og græde på samme tid.", False),
    ("laugh_cry", "Min søn kan både grine og græde i samme minut.", False),
    ("unfit_placement", "Min mand skal i aktivering på et lager. Han har diskusprolaps. Kan I "
     "ikke revurdere?", True),
    ("unfit_placement", "Jeg skal i praktik som rengøringshjælp. Jeg har slidgigt i begge "
     "hænder. Kan I genoverveje det?", True),
    ("unfit_placement", "Hun sendes i praktik i et køkken. Hun har hjerteproblemer. Vil I "
     "genvurdere sagen?", True),
    ("unfit_placement", "Jeg skal i praktik i en børnehave. Jeg har glædet mig længe.", False),
    ("unfit_placement", "Kan I genoverveje datoen for mødet?", False),
    ("unfit_placement", "Min søn skal i praktik. Han har diabetes, så han skal have pauser.",
     False),
    ("no_summons", "Jeg er blevet sanktioneret, selvom jeg aldrig fik en indkaldelse.", True),
    ("no_summons", "Hun har ikke modtaget indkaldelsen og kan altså ikke sanktioneres.", True),
    ("no_summons", "I har trukket mig en sanktion, selvom jeg aldrig fik nogen indkaldelse.", True),
    ("no_summons", "Jeg har ikke modtaget nogen indkaldelse endnu. Hvornår kommer den?", False),
    ("no_summons", "Jeg har ikke fået indkaldelsen, derfor ringer jeg til jer.", False),
    ("no_summons", "Sanktionen er trukket tilbage, efter jeg fik indkaldelsen.", False),
    ("tried_living", "Har politikerne selv prøvet at leve af kontanthjælp?", True),
    ("tried_living", "Har du nogensinde forsøgt at klare dig for 3.000 kr. om måneden?", True),
    ("tried_living", "Har I prøvet at leve på uddannelseshjælp med to børn?", True),
    ("tried_living", "Har du prøvet at leve i Spanien?", False),
    ("tried_living", "Jeg har prøvet at leve for 5.000 kr. om måneden, og det gik.", False),
    ("tried_living", "Har I prøvet den nye restaurant på torvet?", False),
    ("ridiculous", "Vi fik begge et afslag på samme dag. Det er simpelthen latterligt.", True),
    ("ridiculous", "Jeg skal sende den samme attest for fjerde gang. Det er latterligt.", True),
    ("ridiculous", "Tre møder om det samme på en uge, det er jo grinagtigt.", True),
    ("ridiculous", "Billetterne var latterligt billige i år.", False),
    ("ridiculous", "Jeg ved godt, det er latterligt, men jeg er bange for telefonen.", False),
    ("ridiculous", "Det var latterligt sjovt til festen.", False),
    ("set_despite", "Kim Frederiksen har lagt samtalen om morgenen, selvom han ved, at jeg "
     "arbejder.", True),
    ("set_despite", "I har indkaldt mig på en fredag, skønt I udmærket ved, jeg er i "
     "behandling.", True),
    ("set_despite", "Hun har flyttet mødet til kl. 7, selv om hun kender mine vagter.", True),
    ("set_despite", "Hun har flyttet mødet, fordi hun ved, at jeg har børn.", False),
    ("set_despite", "Jeg har sat vækkeuret, selvom jeg ved, at jeg vågner af mig selv.", False),
    ("set_despite", "Mødet er lagt om eftermiddagen, som jeg bad om.", False),
    ("not_pity", "Vi har ikke brug for jeres empati. Vi har brug for, at I svarer på "
     "mails.", True),
    ("not_pity", "Jeg har ikke behov for din sympati, jeg har brug for at du gør dit arbejde.",
     True),
    ("not_pity", "Ingen har brug for jeres pæne ord. Vi har brug for, at kommunen betaler.", True),
    ("not_pity", "Tak for jeres forståelse. Vi har brug for, at I sender skemaet.", False),
    ("not_pity", "Vi har ikke brug for jeres hjælp lige nu. Vi har brug for, at I venter.", False),
    ("not_pity", "Jeg har ikke brug for din undskyldning, du har ikke gjort noget forkert.", False),
    # a bare wait of weeks told as the reason for a status question is a case request, no
    # criticism; a wait of months, a wait judged, unanswered mails or a deadline stay criticism
    ("wait_asked", "Jeg har nu ventet seks uger på svar på min ansøgning om fleksjob. Hvornår "
     "kan jeg forvente en afgørelse?", False),
    ("wait_asked", "Vi har ventet tre måneder på en afgørelse. Hvad er status?", True),
    ("wait_asked", "Jeg har ventet 7 uger på at få svar om mit kørekort. Hvornår kommer det?",
     False),
    ("wait_asked", "Jeg har ventet seks uger på svar, og det er alt for længe. Hvornår kommer "
     "det?", True),
    ("wait_asked", "Jeg har ventet 14 uger, og ingen svarer på mine mails. Hvornår får jeg en "
     "afgørelse?", True),
    ("wait_asked", "Jeg har ventet ti uger på en afgørelse, selvom fristen er fire uger. Hvad "
     "er status?", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticised"), R417_CR3_CRITICISM)
def test_r417_cr3_criticism(idea: str, text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticised, idea


# round 425 criticism and case requests left over in sets 417–424
R425_CR_CRITICISM = [
    # the jobcentre not even able to do the simplest part of its work
    ("not_even", "Kommunen kan ikke engang sende brevet til den rigtige adresse.", True),
    ("not_even", "I formår ikke engang at svare på en mail inden for en måned.", True),
    ("not_even", "Jakob Bøgh kunne ikke engang huske mit navn til mødet.", True),
    ("not_even", "Vi ringede flere gange. De kan ikke engang tage telefonen.", True),
    ("not_even", "Jeg kan ikke engang finde ud af at logge ind.", False),
    ("not_even", "Drengene er små. De kan ikke engang binde deres sko.", False),
    ("not_even", "Min mor kan ikke engang huske, hvad hun fik til morgenmad.", False),
    # the jobcentre's meetings, talks or courses called crap
    ("meetings_crap", "Jeres jobsøgningskurser er noget lort.", True),
    ("meetings_crap", "Kommunens opfølgningssamtaler er noget værre bras.", True),
    ("meetings_crap", "Møderne hos jobcentret er bare pjat.", True),
    ("meetings_crap", "Møderne i min forening er noget pjat.", False),
    ("meetings_crap", "Jeres sagsbehandlere er noget værre møg.", False),
    ("meetings_crap", "Jeres møder er fine, tak for i dag.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticised"), R425_CR_CRITICISM)
def test_r425_cr_criticism(idea: str, text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticised, idea


# round 433 criticism and case requests in sets 430 and 431
R433_CR2_CRITICISM = [
    # the jobcentre's process called far too long
    ("too_long", "Ressourceforløbet er simpelthen alt for langt.", True),
    ("too_long", "Udredningen er blevet alt for langvarig.", True),
    ("too_long", "Behandlingstiden er uacceptabelt lang hos jer.", True),
    ("too_long", "Turen til Skagen er alt for lang.", False),
    ("too_long", "Forløbet er ikke for langt, det passer mig fint.", False),
    ("too_long", "Afklaringsforløbet er langt, men godt.", False),
    # staff who did not read what the writer sent
    ("not_read", "Sagsbehandleren gad ikke åbne mine bilag, før hun traf afgørelsen.", True),
    ("not_read", "Hun glemte at læse min lægeerklæring inden mødet.", True),
    ("not_read", "Jakob Bøgh undlod at læse det, jeg sendte i marts.", True),
    ("not_read", "Jeg glemte at læse brevet fra jer.", False),
    ("not_read", "Min datter glemte at læse sin bog til i dag.", False),
    ("not_read", "Han glemte at se på uret og kom for sent.", False),
    # why the rules differ from one municipality or caseworker to the next
    ("rules_differ", "Hvordan kan det være, at reglerne er så "
     "forskellige fra kommune til kommune?", True),
    ("rules_differ", "Hvorfor afhænger min ydelse af hvilken sagsbehandler man får?", True),
    ("rules_differ", "Hvorfor er svaret forskelligt fra rådgiver til rådgiver?", True),
    ("rules_differ", "Vejret er forskelligt fra landsdel til landsdel.", False),
    ("rules_differ", "Hvorfor er taksterne for daginstitution "
     "forskellige? Det ved jeg ikke.", False),
    ("rules_differ", "Hvorfor er farverne forskellige fra maler til maler?", False),
    # one course after another with the very same content
    ("same_course", "Jeg har været i tre kurser med nøjagtig det samme indhold.", True),
    ("same_course", "Nu sender I mig i praktik igen med præcis de samme opgaver som sidst.", True),
    ("same_course", "Endnu et forløb, og fuldstændig de samme samtaler som sidste år.", True),
    ("same_course", "Til træning lavede vi præcis de samme øvelser som i går.", False),
    ("same_course", "Kurset var godt, og vi fik nye opgaver hver uge.", False),
    ("same_course", "Mit forløb har samme mødetid som sidste gang.", False),
    # the jobcentre's slogan held up against what it does
    ("slogan", "Kommunens nye motto er 'Sammen om borgeren'. Bare "
     "ikke hvis man er på kontanthjælp.", True),
    ("slogan", "Jeres kampagne siger 'Vi lytter'. Undtagen når man ringer.", True),
    ("slogan", "Jobcentrets devise er 'Mennesket først'. Bare ikke når man er syg.", True),
    ("slogan", "Jobcentrets nye slogan er 'Vi tror på dig'. Det kan jeg godt lide.", False),
    ("slogan", "Vores klubs motto er 'Alle med'. Bare ikke når det regner.", False),
    ("slogan", "Kommunens slogan er fint. Jeg kommer gerne igen.", False),
    # the office closed in its announced opening hours
    ("closed", "Jobcentret var lukket kl. 10, selv om åbningstiden siger 9 til 15.", True),
    ("closed", "Telefonerne var lukkede, selvom der skulle være åbent hele dagen.", True),
    ("closed", "Skranken lukkede før tid, på trods af den annoncerede åbningstid.", True),
    ("closed", "Butikken var lukket selvom der stod åbent.", False),
    ("closed", "Jobcentret er lukket i påsken, så jeg kommer efter ferien.", False),
    ("closed", "Jeg troede det var åbent, men kontoret er lukket om lørdagen.", False),
    # a thing that might as well do the case work
    ("machine", "Den nye printer er fin. Måske kan den også læse ansøgninger.", True),
    ("machine", "Flot ny robot i receptionen. Mon den også kan svare på "
     "telefonen? Måske kan den også svare på mails.", True),
    ("machine", "I har fået en ny kopimaskine. Sikkert kan den også "
     "behandle sager hurtigere end jer.", True),
    ("machine", "Kan den nye afdeling også behandle sager om boligstøtte?", False),
    ("machine", "Måske kan den også tage billeder i farver.", False),
    ("machine", "Kan den også læse pdf-filer?", False),
    # poverty made on purpose by policy
    ("poverty", "Regeringen skaber fattigdom med de nye lofter.", True),
    ("poverty", "Den fattigdom er skabt bevidst af politikerne.", True),
    ("poverty", "Det er ulighed, der bliver skabt med vilje, når I sænker ydelserne.", True),
    ("poverty", "Kommunen vil bekæmpe fattigdom blandt børn.", False),
    ("poverty", "Fattigdom har mange årsager.", False),
    ("poverty", "Foreningen skaber glæde for fattige familier.", False),
    # indignation at what the jobcentre presumed to do
    ("presumed", "Hvad bilder kommunen sig ind at trække mig i ydelse for en dag?", True),
    ("presumed", "Hvad i alverden bilder I jer ind at ringe til min arbejdsgiver?", True),
    ("presumed", "Hvad pokker bilder sagsbehandleren sig ind?", True),
    ("presumed", "Hvad bilder han sig ind, min nabo, at parkere der?", False),
    ("presumed", "Hun bilder sig ind at hun kan synge.", False),
    ("presumed", "Min søn bilder sig ind, at han er en drage.", False),
    # a petition or protest against a closing or a cut
    ("petition", "Vi har samlet 300 underskrifter mod nedlæggelsen af aktivitetscentret.", True),
    ("petition", "Der er lavet et borgerforslag imod reformen af kontanthjælpen.", True),
    ("petition", "Vi har startet en underskriftsindsamling mod "
     "lukningen af jobcentrets café.", True),
    ("petition", "Vi har lavet en underskriftindsamling for en ny legeplads.", False),
    ("petition", "Vejen er lukket, og vi protesterer ikke.", False),
    ("petition", "Underskrifterne er afleveret på rådhuset.", False),
    # mock praise for "saving" people by stopping their benefits
    ("saved_by_stopping", "Kommunen har hjulpet så mange ledige ved at "
     "stoppe deres ydelser, tillykke.", True),
    ("saved_by_stopping", "Jobcentret har reddet budgettet ved at fratage de syges hjælp.", True),
    ("saved_by_stopping", "I har befriet os fra fattigdom ved at "
     "skære i kontanthjælpen. Tak.", True),
    ("saved_by_stopping", "Min rådgiver har hjulpet mig ud af gælden "
     "ved at lave et budget.", False),
    ("saved_by_stopping", "Hun reddede min dag ved at tage telefonen.", False),
    ("saved_by_stopping", "Jeg hjalp min mor ved at tage hende med til lægen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticised"), R433_CR2_CRITICISM)
def test_r433_cr2_criticism(idea: str, text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticised, idea


# round 433 criticism and case requests in sets 425–429
R433_CR1_CRITICISM = [
    # writing to the jobcentre is like shouting into a well, any preposition
    ("shout", "Det føles som at råbe ind i en brønd, når jeg skriver til jobcentret.", True),
    ("shout", "At ringe til jer er som at tale ind i et hul.", True),
    ("shout", "Det er som at råbe ned i en brønd at skrive til kommunen.", True),
    ("shout", "Børnene elsker at råbe ned i brønden i haven.", False),
    ("shout", "Vi kiggede ind i en brønd på ferien.", False),
    ("shout", "Jeg skriver til jer for at høre om mødet.", False),
    # staff or the jobcentre made an error in one's case
    ("error", "Kommunen har lavet en fejl i min udbetaling.", True),
    ("error", "Jakob Bøgh har begået en alvorlig fejl i min sag.", True),
    ("error", "Sagsbehandleren lavede en regnefejl i beregningen af min ydelse.", True),
    ("error", "Jeg har lavet en fejl i min ansøgning, beklager.", False),
    ("error", "Min læge har lavet en fejl i journalen.", False),
    ("error", "Jeg har lavet en fejl i mit skema, kan jeg sende det igen?", False),
    # a promise by staff or the jobcentre not kept, told by the time gone
    ("promise", "Sofie Holm lovede at sende papirerne. Det er fem uger siden.", True),
    ("promise", "Kommunen har lovet mig et tilbud, som aldrig er kommet.", True),
    ("promise", "Per Storm sagde, at jeg ville få svar inden tre uger. Der er gået seks.", True),
    ("promise", "Jeg har lovet min datter en cykel. Det er to uger siden, og hun er glad.", False),
    (
        "promise",
        "Per Storm sagde, jeg fik svar inden to uger. Der er gået fem dage, så jeg "
        "venter.",
        False,
    ),
    ("promise", "Vi aftalte et møde. Det er tre uger siden, og det gik fint.", False),
    # one more of the same course or referral, counted
    ("again", "Endnu et jobsøgningskursus. Nummer fire.", True),
    ("again", "Så kom der endnu en henvisning til et forløb, det er mit femte.", True),
    ("again", "Tak for endnu en praktik. Den sjette i år.", True),
    ("again", "Tak for endnu et godt kursus.", False),
    ("again", "Jeg har fået endnu en henvisning til fysioterapi.", False),
    ("again", "Mit fjerde barnebarn kom i går.", False),
    ("again", "Jeg har tilmeldt mig endnu et sprogkursus, nummer fem, og glæder mig.", False),
    # a mock award for making things worse
    ("award", "Kim Frederiksen fortjener en pris for at gøre min sag endnu sværere.", True),
    ("award", "Ledelsen burde få en medalje for at forlænge ventetiderne.", True),
    ("award", "Jobcentret skal have et diplom for at gøre ansøgningen umulig at udfylde.", True),
    ("award", "Sofie Holm fortjener en medalje for at hjælpe mig.", False),
    ("award", "Hun fik en pris for at løbe længere end alle andre.", False),
    ("award", "Vores hold burde have en pokal for indsatsen.", False),
    # staff or the jobcentre able to make people give up
    ("giveup", "Kommunen formår at få alle ledige til at give op.", True),
    ("giveup", "Per Storm lykkes altid med at få de unge til at miste modet.", True),
    ("giveup", "Systemet kan få enhver til at opgive.", True),
    ("giveup", "Sofie Holm formår at få alle til at føle sig velkomne.", False),
    ("giveup", "Min træner formår at få alle til at give op.", False),
    ("giveup", "Jeg vil ikke opgive.", False),
    # a vow to take the case all the way
    ("allway", "Jeg går til Ankestyrelsen, og jeg tager sagen hele vejen.", True),
    ("allway", "Vi fører den hele vejen til Folketinget, hvis det er det, der skal til.", True),
    ("allway", "Ombudsmanden bliver næste skridt. Jeg tager den helt til tops.", True),
    ("allway", "Vi tager den hele vejen til finalen i år.", False),
    ("allway", "Jeg cyklede hele vejen hjem.", False),
    ("allway", "Jeg har ringet til Ankestyrelsen for at få vejledning.", False),
    ("allway", "Tak for jeres hjælp hele vejen, Ankestyrelsen gav mig ret.", False),
    # a protest with a sign about one's case or the jobcentre
    ("sign", "I morgen står jeg foran rådhuset med et skilt om min sag.", True),
    ("sign", "Vi har lavet plakater mod jobcentret og hænger dem op i byen.", True),
    ("sign", "Jeg holder en protest over min sanktion hver fredag.", True),
    ("sign", "Vi lavede et skilt om min fødselsdag.", False),
    ("sign", "Der står et skilt om vejarbejde ved indgangen.", False),
    ("sign", "Min søn gik med i en demonstration for klimaet.", False),
    # staff set the writer to work the writer's known illness rules out
    (
        "condition",
        "Kim Frederiksen har bestemt, at jeg skal i praktik på et lager, selvom jeg har "
        "en rygskade.",
        True,
    ),
    (
        "condition",
        "Sagsbehandleren sagde, at jeg skulle starte i løntilskud, selv om jeg er "
        "sygemeldt.",
        True,
    ),
    (
        "condition",
        "I mener, at jeg skal i praktik i en frisørsalon, selvom jeg har "
        "eksem-allergi.",
        True,
    ),
    ("condition", "Jeg vil gerne i praktik, selvom jeg har astma.", False),
    ("condition", "Jeg skal i praktik på et lager og glæder mig.", False),
    ("condition", "Per Storm sagde, at jeg skulle i praktik, og det passer fint.", False),
    # staff rude at a meeting, or threatening to stop one's benefit
    ("rude", "Per Storm var nedladende over for mig under samtalen.", True),
    ("rude", "Sagsbehandleren var uhøflig på mødet i tirsdags.", True),
    ("rude", "Jobcentret har truet med at fratage mig min kontanthjælp.", True),
    ("rude", "Min søn var uforskammet på mødet, det beklager jeg.", False),
    ("rude", "Min udlejer truede med at tage mine penge.", False),
    ("rude", "Sofie Holm var meget venlig på mødet.", False),
    # a demand that the caseworker be taken off one's case
    ("offcase", "Jeg kræver Per Storm fjernet fra min sag.", True),
    ("offcase", "Jeg ønsker sagsbehandleren udskiftet fra min sag.", True),
    ("offcase", "Jeg vil have hende taget af min sag med det samme.", True),
    ("offcase", "Jeg vil have pletten fjernet fra min jakke.", False),
    ("offcase", "Jeg har fået fjernet en tand.", False),
    ("offcase", "Jeg vil gerne have min sag behandlet hurtigt.", False),
    # the caseworker forgetting what was agreed
    ("forgot", "Hun havde glemt alt, hvad vi aftalte ved sidste samtale.", True),
    ("forgot", "Kim Frederiksen glemmer hver gang, hvad vi blev enige om.", True),
    ("forgot", "Sagsbehandleren har glemt vores aftale fra mødet.", True),
    ("forgot", "Jeg havde glemt, hvad vi aftalte, undskyld.", False),
    ("forgot", "Min datter glemmer altid sin madpakke.", False),
    ("forgot", "Vi aftalte at mødes på torsdag.", False),
    # policy deals that change nothing for those on benefits
    (
        "policy",
        "Politikerne vedtager reform efter reform, men det ændrer intet for os "
        "ledige.",
        True,
    ),
    ("policy", "Ministeren lover en ny strategi, men i praksis hjælper den ingenting.", True),
    (
        "policy",
        "Byrådet har lavet en ny aftale, men det batter ikke det mindste for "
        "borgerne.",
        True,
    ),
    ("policy", "Mødet blev flyttet, men det ændrer intet for mig.", False),
    ("policy", "Politikerne vedtog en reform, og den hjælper mange.", False),
    ("policy", "Vi fik ny kok, men det ændrer intet ved maden.", False),
    # a rule of the jobcentre or a staff member called crap
    ("rulecrap", "Jeres nye regler om joblog er noget møg.", True),
    ("rulecrap", "Kommunens krav om mødepligt er det rene pis.", True),
    ("rulecrap", "Per Storms nye ordning er bare lort for os med småbørn.", True),
    ("rulecrap", "Klubbens nye regel om kontingent er noget pjat.", False),
    ("rulecrap", "Jeres nye regel om mødetider passer os godt.", False),
    ("rulecrap", "Vejret er noget lort i dag.", False),
    # the jobcentre's self-service called bad or impossible
    ("selfserv", "Kommunens nye hjemmeside er helt umulig at finde rundt i.", True),
    ("selfserv", "Hvilken ekspert har udviklet jeres portal?", True),
    ("selfserv", "Jeg har prøvet jeres app. Den er fuldstændig ubrugelig.", True),
    ("selfserv", "Jeres nye hjemmeside er ikke dårlig.", False),
    ("selfserv", "Hvilket firma har lavet jeres app?", False),
    ("selfserv", "Min nye telefon er helt umulig at bruge.", False),
    # a decision grounded on a thing that never existed
    (
        "ground",
        "Min ydelse er stoppet med henvisning til et møde, jeg ikke mødte op til. Der "
        "har aldrig været en indkaldelse.",
        True,
    ),
    (
        "ground",
        "Jeg fik afslag, fordi jeg ikke fulgte min jobplan. Jeg har aldrig fået en "
        "plan.",
        True,
    ),
    (
        "ground",
        "Sanktionen er begrundet med, at jeg afviste et tilbud. Der var aldrig et "
        "tilbud.",
        True,
    ),
    (
        "ground",
        "Jeg fik afslag med henvisning til reglerne. Der har aldrig været nogen tvivl om "
        "det.",
        False,
    ),
    ("ground", "Der har aldrig været en plan for ferien.", False),
    ("ground", "Jeg fik bevilget støtte med henvisning til min plan. Det er jeg glad for.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticised"), R433_CR1_CRITICISM)
def test_r433_cr1_criticism(idea: str, text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticised, idea


# round 433 criticism and case requests in set 432
R433_CR3_CRITICISM = [
    # a long wait counted in minutes in the municipality's queue, or weeks for a talk
    ("counted_wait", "I dag stod jeg i halvtreds minutters kø hos Borgerservice.", True),
    ("counted_wait", "Der er nu fire måneders ventetid på en samtale med en rådgiver.", True),
    ("counted_wait", "To timers kø i telefonen hos jobcentret, igen.", True),
    ("counted_wait", "Der var 45 minutters kø i Netto i dag.", False),
    ("counted_wait", "Der var kun ti minutters kø hos Borgerservice.", False),
    ("counted_wait", "Der er tre måneders ventetid hos psykologen på en samtale.", False),
    # how long must one wait, asked wearily
    ("how_long", "Hvor længe skal man egentlig vente på et svar fra jer?", True),
    ("how_long", "Hvor længe skal vi dog vente på den afgørelse?", True),
    ("how_long", "Hvor længe skal man vente hos jobcentret, før nogen svarer?", True),
    ("how_long", "Hvor længe skal jeg vente med at bade efter operationen?", False),
    ("how_long", "Hvor længe skal man koge æggene?", False),
    ("how_long", "Hvor længe skal kurset vare?", False),
    # yet another citizen driven to ruin, or the harm that looks good in the statistics
    ("yet_another", "Flot, kommunen har fået endnu en enlig mor til at opgive.", True),
    ("yet_another", "I har presset endnu en syg mand til at sælge sin lejlighed.", True),
    ("yet_another", "Det ser sikkert flot ud i regnearket, at folk bliver smidt ud.", True),
    ("yet_another", "Vi har fået endnu en praktikant til at starte i butikken.", False),
    ("yet_another", "Jeg håber, det ser godt ud på billedet.", False),
    ("yet_another", "Tallene i statistikken er fra 2023.", False),
    # an answer that should have come weeks or months ago
    ("overdue", "Jeg skulle have haft en afgørelse for tre uger siden.", True),
    ("overdue", "Min søn burde have fået svar på sin ansøgning for længst.", True),
    ("overdue", "Vi skulle have modtaget tilbagemelding for flere måneder siden.", True),
    ("overdue", "Jeg fik svar på ansøgningen for to måneder siden.", False),
    ("overdue", "Jeg skulle have haft svar i næste uge.", False),
    ("overdue", "Jeg burde have fået en kop kaffe for en time siden.", False),
    # how does the one who cuts sleep at night; cuts that put people on the street
    ("sleep", "Hvordan sover I om natten, når I ved, at jeres besparelser rammer de syge?", True),
    ("sleep", "Jeres nedskæringer smider familier ud på gaden.", True),
    ("sleep", "Hvordan kan du sove om natten efter at have stoppet folks hjælp?", True),
    ("sleep", "Hvordan sover du om natten med tvillinger?", False),
    ("sleep", "Hvordan sover I om natten på lejrskolen?", False),
    ("sleep", "Nedskæringerne i haven er færdige.", False),
    # a benefit stopped although the citizen was in hospital or sick
    ("stopped_ill", "De har stoppet mine sygedagpenge, selvom jeg lå på hospitalet.", True),
    ("stopped_ill", "I trak min kontanthjælp, skønt jeg var sygemeldt den uge.", True),
    ("stopped_ill", "Ydelsen blev standset, selv om hun var indlagt.", True),
    ("stopped_ill", "De har stoppet min kontanthjælp, fordi jeg har fået arbejde.", False),
    ("stopped_ill", "Jeg mødte op, selvom jeg var syg.", False),
    ("stopped_ill", "Bussen stoppede, selvom jeg var syg.", False),
    # the jobcentre as useful as a thing made of paper
    ("simile", "Kommunen hjælper lige så meget som en regnjakke af papir.", True),
    ("simile", "Systemet virker omtrent så godt som en båd af pap.", True),
    ("simile", "Jobcentret fungerer så godt som en teltdug i en storm.", True),
    ("simile", "Det nye system virker lige så godt som det gamle.", False),
    ("simile", "Jobcentret fungerer lige så godt som før.", False),
    ("simile", "Min nye jakke virker lige så godt som en af papir.", False),
    # the staff called the most indifferent of all
    ("indifferent", "Aldrig har jeg mødt nogen så ligeglade som jer.", True),
    ("indifferent", "Ingen er så kolde som dem på jobcentret.", True),
    ("indifferent", "Jeg har ikke set nogen så kyniske som dem oppe på 3. etage.", True),
    ("indifferent", "Ingen er så søde som dem på jobcentret.", False),
    ("indifferent", "Ingen er så ligeglade som mine teenagere.", False),
    ("indifferent", "Han var lige så glad som dem på stranden.", False),
    # the jobcentre might as well close
    ("close", "Jobcentret kan lige så godt lukke butikken.", True),
    ("close", "Resten af afdelingen kan I bare pakke sammen.", True),
    ("close", "Kommunen kan roligt dreje nøglen om.", True),
    ("close", "I kan godt pakke sammen til turen i morgen.", False),
    ("close", "Vi kan godt pakke sammen nu, mødet er slut.", False),
    ("close", "Børnene kan godt pakke sammen selv.", False),
    # an offer the jobcentre is welcome to take up, but never does
    ("never_do", "I er velkomne til at læse min journal. Men I gør det jo aldrig.", True),
    ("never_do", "I burde tale med min læge, men det gør I jo ikke.", True),
    ("never_do", "Kommunen kunne bare svare. Men de gør det alligevel ikke.", True),
    ("never_do", "Du burde prøve yoga, men jeg gør det jo ikke selv.", False),
    ("never_do", "I burde tale med min læge, og det gør I jo også.", False),
    ("never_do", "Jeg troede I holdt lukket, men det gør I jo ikke.", False),
    # what is this nonsense
    ("nonsense", "Hvad er det for noget vrøvl med den nye indkaldelse?", True),
    ("nonsense", "Jeg fik en sanktion. Hvad er det for noget cirkus?", True),
    ("nonsense", "hvad er det for noget sludder det her brev", True),
    ("nonsense", "Hvad er det for noget?", False),
    ("nonsense", "Hvad er det for noget pjat med dig, min dreng?", False),
    ("nonsense", "Hvad er det for noget mad, du har lavet?", False),
    # told to seek jobs one cannot manage
    ("jobs_beyond", "Hun siger, jeg skal søge stillinger, som jeg ikke kan klare.", True),
    ("jobs_beyond", "I kræver, at jeg søger arbejde, jeg ikke kan holde til.", True),
    ("jobs_beyond", "Jeg skal søge job, jeg ikke kan magte.", True),
    ("jobs_beyond", "Jeg skal søge job, jeg kan klare.", False),
    ("jobs_beyond", "Jeg skal søge job, men jeg kan ikke klare at vente.", False),
    ("jobs_beyond", "Jeg søger arbejde, som jeg kan lide.", False),
    # the practice called hypocrisy
    ("hypocrisy", "At kalde det hjælp er hykleri.", True),
    ("hypocrisy", "Det er det rene hykleri, når I taler om borgerens bedste.", True),
    ("hypocrisy", "Jeres dobbeltmoral er til at tage at føle på.", True),
    ("hypocrisy", "Dette er hyklerisk af kommunen.", True),
    ("hypocrisy", "Er det ikke hykleri af mig at spise kød?", False),
    ("hypocrisy", "Jeg hader hykleri.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "criticised"), R433_CR3_CRITICISM)
def test_r433_cr3_criticism(idea: str, text: str, criticised: bool) -> None:
    assert ("criticism" in triage(text, "a").labels) is criticised, idea
