"""The case_request label and its kind (each kind has its own legal deadline)."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import triage

# (text, kind)
POSITIVES = [
    # a sick leave extended: the case must act on it
    ("Min sygemelding er forlænget til 1/8, ny attest vedhæftet.", "andet"),
    # a demand that a measure stops
    ("Min søn kan ikke mere. Jeg kræver, at praktikken standses i dag.", "andet"),
    ("Jeg vil have, at I stopper aktiveringen, indtil lægen har set mig.", "andet"),
    ("Vi har ringet til lægen, og jeg vil have, at I ved det, og at forløbet stoppes nu.", "andet"),
    # probe round 21: a meeting moved to another hour without naming it, or an hour missed
    ("Toget er aflyst, kan I skubbe det til kl. 14?", "moede"),
    ("Jeg kan ikke nå det til klokken ni, kunne vi flytte til 11?", "moede"),
    ("Jeg når ikke frem kl. 9 i morgen pga. vejarbejde.", "moede"),
    ("Kan vi rykke en halv time? Jeg skal hente min søn.", "moede"),
    ("Jeg vil gerne klage over min sanktion fra i sidste uge.", "klage"),
    ("Jeg klager hermed over afgørelsen om min uddannelseshjælp.", "klage"),
    ("Jeg beder om, at afgørelsen bliver genvurderet.", "klage"),
    ("Må jeg få en kopi af min journal?", "aktindsigt"),
    ("Jeg anmoder om aktindsigt i sagens akter.", "aktindsigt"),
    ("Jeg anmoder om, at sagen genoptages, da jeg har nye oplysninger.", "genoptagelse"),
    ("Jeg vil gerne partshøres, inden I træffer afgørelse.", "partshoering"),
    ("Hvornår får jeg udbetalt min kontanthjælp?", "udbetaling"),
    ("Mine sygedagpenge for marts er ikke kommet ind på min konto.", "udbetaling"),
    ("Kan vi mødes en anden dag? Jeg skal til tandlæge.", "moede"),
    ("Jeg er syg og kan ikke komme til samtalen i morgen.", "moede"),
    ("Hvad sker der med min sag nu?", "status"),
    ("Hvorfor har I afvist min ansøgning?", "status"),
    ("Jeg vil gerne søge om et ressourceforløb.", "andet"),
    ("Kan I sende mig en kopi af min plan på mail?", "andet"),
    # probe round 5 phenomena
    ("Vedlagt min klage over nedsættelsen af min ledighedsydelse.", "klage"),
    ("Jeg er ikk enig i det, I har besluttet om min praktik.", "klage"),
    ("Send det venligst videre til Ankestyrelsen.", "klage"),
    ("Kan jeg læse, hvad der er noteret om mig efter sidste samtale?", "aktindsigt"),
    ("Mine bemærkninger til den påtænkte sanktion følger her.", "partshoering"),
    ("Hvornår er fristen for at svare på partshøringen?", "partshoering"),
    ("Kan jeg få en ny tid? Jeg er i Jylland på mandag.", "moede"),
    ("Kan vi lægge samtalen senere på dagen?", "moede"),
    ("jeg kan ik komme på onsdag, jeg er syg", "moede"),
    ("Kan jeg få udbetalt min feriegodtgørelse nu?", "udbetaling"),
    ("Pengene skal fremover indsættes på en ny konto, nummeret følger.", "udbetaling"),
    ("Kan jeg få mine sygedagpenge overført, selvom jeg er i udlandet?", "udbetaling"),
    ("Vil I tjekke, om min lægeerklæring er nået frem?", "status"),
    ("Jeg vil gerne skifte mentor.", "andet"),
    ("Kan jeg tage fri i efterårsferien, når jeg er i ressourceforløb?", "andet"),
    ("Jeg vil gerne afmelde mig, jeg er startet på SU.", "andet"),
    ("Referatet fra mødet skal rettes, der står noget forkert om min ryg.", "andet"),
    # probe round 6 phenomena and kinds (Danish without æ, ø, å too)
    (
        "vil bare hoere om i har faaet min sygemelding, der mangler 2000 kr paa min udbetaling",
        "udbetaling",
    ),
    ("hvornaar faar jeg svar paa min klage over sanktionen?", "status"),
    ("hvornaar kommer mine penge? de er ikke gaaet ind", "udbetaling"),
    ("Jeg har fået et jobtilbud på lager. Kan det påvirke min ledighedsydelse?", "andet"),
    ("Påvirker det min kontanthjælp, hvis jeg tager et sommerjob?", "andet"),
    ("Kan samtalen ligge efter klokken 12?", "moede"),
    ("Kunne vi holde samtalen på biblioteket i stedet?", "moede"),
    ("Min mor har fået et brev, hun ikke forstår. Hvad skal hun gøre?", "andet"),
    ("Min sagsbehandler er på barsel. Kan en kollega overtage min sag imens?", "andet"),
    (
        "Vi beder om et netværksmøde med psykiateren, før der træffes afgørelse om "
        "ressourceforløb.",
        "moede",
    ),
    ("Jeg vil gerne komme med bemærkninger, inden der træffes afgørelse.", "partshoering"),
    ("Der er blevet trukket 800 kroner i min ydelse uden forklaring. Hvorfor?", "udbetaling"),
    ("Kan I sende kopi af de attester, I har liggende på mig?", "aktindsigt"),
    ("Virksomheden har ikke modtaget refusion for løntilskuddet i juni.", "udbetaling"),
    (
        "I har givet mig en partshøring med otte dages frist. Den er for kort, og jeg "
        "beder om mere tid.",
        "partshoering",
    ),
    ("Jeg vil gerne vide, om jeg må tage på højskole, mens jeg får kontanthjælp.", "andet"),
    ("Jeg vil gerne vide, hvornår min sag bliver behandlet.", "status"),
    # probe round 7 phenomena: something asked for a relative, absence from activation with
    # permission asked, talking about a change, when you will pay, offsetting put on hold, a
    # time given, the next meeting, someone sitting in, a hearing answered, how long it
    # takes, anything new, a note in the record, a case moved, "i" written small
    ("Kan hun få bevilget en bostøtte, så hun kan klare sin hverdag?", "andet"),
    ("Kan han få en psykolog betalt gennem jer?", "andet"),
    (
        "Jeg skal til min søsters bryllup på fredag, så jeg kan ikke komme i praktik. Er det ok?",
        "andet",
    ),
    ("Jeg når ikke til undervisningen på tirsdag, er det i orden?", "andet"),
    ("Kunne vi snakke om at skære ned på timerne i praktikken?", "andet"),
    ("Hvornår har I tænkt jer at overføre mine sygedagpenge?", "udbetaling"),
    ("Jeg beder om, at tilbagebetalingen af min ydelse sættes i bero.", "udbetaling"),
    ("Modregningen i min kontanthjælp er for stor, kan den gøres mindre?", "udbetaling"),
    ("Kan I ikke bare finde en ny tid til mig i næste uge?", "moede"),
    ("Hvornår er mit næste møde med rådgiveren?", "moede"),
    ("Må min kæreste sidde med til samtalen på torsdag?", "moede"),
    ("Jeg vil gerne tage min veninde med til mødet, hvis det er i orden.", "moede"),
    (
        "Tak for brevet om den påtænkte sanktion. Her er mine kommentarer: Jeg var syg den dag.",
        "partshoering",
    ),
    ("Jeg har fået jeres høringsbrev og vil gerne svare på det.", "partshoering"),
    ("Husk venligst at tage min nye lægeerklæring med i betragtning.", "partshoering"),
    ("Hvor lang tid går der, før jeg får en afgørelse på min fleksjobansøgning?", "status"),
    ("Hvor længe skal jeg vente på svar fra pensionsteamet?", "status"),
    ("Har I noget nyt i min sag om jobafklaring?", "status"),
    ("Jeg vil have det noteret i min journal, at jeg ikke fik tolk.", "andet"),
    ("Nu bor jeg i Aarhus, kan min sag overføres dertil?", "andet"),
    ("kan i sende mig skemaet igen", "andet"),
    # probe round 8: a meeting put off or placed, a weekday given, a benefit stopped,
    # too little paid, whether a benefit goes on, study on a benefit, the rules explained,
    # the record questioned, news after a promise, a precedent cited, formal hearing
    ("Kunne vi udskyde jobsamtalen til næste måned?", "moede"),
    ("Samtalen må gerne ligge om eftermiddagen, for jeg arbejder om morgenen.", "moede"),
    ("Jeg skal aftale en ny samtale med jer. Kan vi holde den torsdag?", "moede"),
    ("Min mor beder om, at mødet med rådgiveren i næste uge bliver rykket.", "moede"),
    ("De har standset min kontanthjælp uden at sige hvorfor.", "udbetaling"),
    ("Der er udbetalt 900 kroner for lidt i boligstøtte, kan I betale resten?", "udbetaling"),
    ("min ydelse er ik kommet ind endnu", "udbetaling"),
    ("Får jeg fortsat sygedagpenge, hvis jeg starter i et deltidsjob?", "andet"),
    ("Må jeg tage et kursus i regnskab og beholde min kontanthjælp?", "andet"),
    ("Kan nogen forklare mig, hvordan reglerne om fleksjob virker?", "andet"),
    ("Hvorfor stod der i min journal, at jeg har sagt nej til praktik?", "status"),
    ("I lovede en afgørelse før jul. Hvordan står det til?", "status"),
    ("Hvis jeg ikke hører fra jer inden fredag, må jeg ringe igen.", "status"),
    ("Nævnet har omgjort en lignende sag, så jeg beder om genoptagelse af min.", "genoptagelse"),
    ("Jeg anmoder om at blive partshørt, før I træffer afgørelse.", "partshoering"),
    ("Jeg vil have alt, hvad der står i min sag, sendt til mig.", "aktindsigt"),
    ("Hvordan går det med min klage over sanktionen?", "status"),
    ("Hvordan går det med behandlingen af min ansøgning?", "status"),
    ("Kan man starte på et kursus og beholde sine dagpenge?", "andet"),
    ("Hvad sker der med min kontanthjælp, hvis min kæreste flytter ind?", "andet"),
    ("Kunne jobsamtalen på torsdag skubbes et par dage?", "moede"),
    ("jeg har stadig ikk faet min ydelse", "udbetaling"),
    ("Der er kommet for lidt udbetalt i sygedagpenge, vil I se på det?", "udbetaling"),
    ("Hun lovede at ringe tilbage i går. Hvad sker der?", "status"),
    ("Beholder jeg min kontanthjælp, når jeg flytter til Odense?", "andet"),
    ("Vil nogen hjælpe mig med skemaet til fleksjob?", "andet"),
    ("Er min ansøgning om tandbehandling blevet godkendt?", "status"),
    ("Kan jeg få udleveret det, rådgiveren har skrevet om mig?", "aktindsigt"),
    ("Jeg beder jer behandle min ansøgning på ny, nu jeg har fået en diagnose.", "genoptagelse"),
    ("Jeg melder afbud til jobsamtalen i morgen, jeg har feber.", "moede"),
    ("Må jeg komme ind en halv time senere på mandag?", "moede"),
    ("Jeg afventer stadig en afgørelse på min klage fra marts.", "status"),
    # probe round 9: someone asked to call back, confirm, see to or note something; one
    # contact person; a new address or number; still in time; where to go; a meeting that
    # still stands or only fits some hours; met at the door; help to find work; English
    ("Kan en af jer ringe mig op i eftermiddag på 28 11 44 90?", "andet"),
    ("ring venligst tilbage når i får denne besked", "andet"),
    ("Jeg vil gerne have én fast sagsbehandler i stedet for en ny hver gang.", "andet"),
    ("Min nye adresse fra 1. marts er Skovvej 4, 8000 Aarhus.", "andet"),
    ("Jeg har fået nyt telefonnummer: 40 11 22 33.", "andet"),
    ("Kan I sørge for at brevene bliver sendt til min nye adresse?", "andet"),
    ("Kan min rådgiver bekræfte, at papirerne er kommet frem?", "status"),
    ("er min ansøgning sendt videre til udvalget endnu", "status"),
    ("Er der kommet svar fra lægekonsulenten?", "status"),
    ("jeg skriver lige for at høre om i har fået min mail", "status"),
    ("Kan jeg nå at sende skemaet, selvom fristen var i går?", "andet"),
    ("Er det for sent at klage nu?", "andet"),
    ("Hvor skal jeg aflevere mine papirer?", "andet"),
    ("Jeg kan kun komme til samtaler efter kl. 13, fordi jeg arbejder om morgenen.", "moede"),
    ("Er samtalen i morgen stadig kl. 9?", "moede"),
    ("Står aftalen på torsdag stadig?", "moede"),
    ("Kan nogen tage imod mig ved hovedindgangen? Jeg sidder i kørestol.", "moede"),
    ("Jeg søger hjælp til at skrive et CV.", "andet"),
    ("Skal jeg medbringe noget til mødet?", "andet"),
    ("Could you please call me back? My danish is not good.", "andet"),
    ("please help me my money not come", "udbetaling"),
    ("Jeg indgiver hermed en klage over afslaget på vegne af min mor.", "klage"),
    ("hej har i fået min lægeerklæring", "status"),
    ("har min sagsbehandler set min mail", "status"),
    ("er mine papirer kommet frem", "status"),
    ("Har I glemt mig? Jeg skrev for tre uger siden.", "status"),
    ("Mit kontonummer er ændret, det nye er 1234 5678901234.", "andet"),
    ("jeg er flyttet pr 1 juni ny adresse er bakkevej 2", "andet"),
    ("Jeg vil gerne kontaktes på mail i stedet for telefon.", "andet"),
    ("Er der nogen, der kan hjælpe mig med at søge job?", "andet"),
    ("Jeg håber, I kan nå at behandle den inden jul.", "andet"),
    ("Jeg kan ikke før kl. 10 pga. børnene.", "moede"),
    ("Kan nogen følge mig op til mødet? Jeg har svært ved trapper.", "moede"),
    ("can i get a new appointment", "moede"),
    ("hello, when will i get my money", "udbetaling"),
    ("mangler i noget fra mig", "status"),
    ("venter stadig på at høre fra jer", "status"),
    ("kan i checke om min sygemelding er registreret", "andet"),
    ("kan i update min adresse", "andet"),
    ("hvad er deadline for at sende cv", "andet"),
    ("bare lige et spørgsmål: skal jobloggen udfyldes hver uge", "andet"),
    ("I bedes sende mig kvittering for modtagelse.", "andet"),
    ("Det vil være en stor hjælp, hvis I kunne ringe til min læge.", "andet"),
    ("Hvem skal jeg kontakte angående min praktik?", "andet"),
    ("hvad er mit sagsnummer", "andet"),
    ("Sanktionen er forkert, og jeg beder om, at den bliver lavet om.", "klage"),
    ("Kan I ikke lave afgørelsen om, nu hvor lægen har skrevet noget andet?", "klage"),
    ("Hvad sker der med min kontanthjælp? Der kom ingen penge i fredags.", "udbetaling"),
    # probe round 10 phenomena: a request after a story or a figure of speech, an
    # application to approve, a sickness reported, a login reset, a
    # follow-up agreed, money demanded, a meeting moved by pronoun, "kontakt mig!"
    ("Jeg håber, at I vil bevilge min ansøgning om tandbehandling.", "andet"),
    ("Jeg håber, at min ansøgning om enkeltydelse bliver godkendt.", "andet"),
    ("Jeg er blevet opereret i knæet og er sygemeldt resten af måneden.", "andet"),
    ("Jeg har glemt min adgangskode til Jobnet, kan den nulstilles?", "andet"),
    ("Kan vi aftale et nyt opfølgningsmøde i næste uge?", "moede"),
    ("Lad os aftale et tidspunkt i uge 14.", "moede"),
    ("Giv mig mine penge nu!", "udbetaling"),
    ("Hvor er mine dagpenge? De skulle være kommet i går.", "udbetaling"),
    ("Vi har ingen penge til husleje denne måned.", "udbetaling"),
    ("Jeg har lige sendt lønsedlerne, kan I beregne min ydelse om?", "udbetaling"),
    ("Bussen går ikke så tidligt. Kan de flyttes til eftermiddagen?", "moede"),
    ("Jeg har to vagter om morgenen. Kan vi skubbe dem til kl. 13?", "moede"),
    ("Kan næste samtale holdes over video?", "moede"),
    ("Det er umuligt at komme ind til møderne uden bil.", "moede"),
    (
        "Så en gyserfilm i aftes, hvor alle døde. Nå, jeg skulle lige høre om min "
        "lægeerklæring er kommet frem.",
        "status",
    ),
    ("Det er så frustrerende med jeres telefontider. Kontakt mig!", "andet"),
    ("Min bil gik i stykker, så jeg kunne ikke møde i praktik. Kan det noteres?", "andet"),
    ("Kan min sagsbehandler kigge på min ansøgning?", "andet"),
    ("Må jeg skifte til en anden praktik?", "andet"),
    ("Kan jeg tale med en anden sagsbehandler?", "andet"),
    ("jeg har fået høringsbrevet. det passer ikke at jeg udeblev, jeg var indlagt", "partshoering"),
    ("Jeg er så glad for at komme i gang og håber, at I vil godkende uddannelsen.", "andet"),
    ("Giv mig et kald, når I har tid.", "andet"),
    ("Kan I skrive det ind i min sag?", "andet"),
    ("Jeg vil gerne skifte forløb.", "andet"),
    ("Til partshøringen: Jeg var syg den dag og har en lægeerklæring.", "partshoering"),
    ("Min bærbare er gået i stykker, så jeg kan ikke søge job. Hvad gør jeg?", "andet"),
    ("Jeg ved ikke om jeg må tage på ferie i uge 30?", "andet"),
    ("Send pengene!", "udbetaling"),
    # probe round 11: how far the case has come, a visit moved, a missed meeting taken another
    # day, "sig til, hvis …", papers sent as asked, transport to an internship, a form
    ("Hvor langt er min klage nået i systemet?", "status"),
    ("Må jeg høre til status på min ansøgning om fleksjob?", "status"),
    ("Kan vi ta samtalen på fredag i stedet?", "moede"),
    ("Kan vi rykke hjemmebesøget til næste uge?", "moede"),
    ("Sig endelig til, hvis I mangler flere papirer.", "andet"),
    ("Lad mig vide, om I har brug for mere.", "andet"),
    ("Hermed fremsendes de lønsedler, I efterspurgte.", "andet"),
    ("Vedhæftet er de kontoudtog, som du bad om.", "andet"),
    ("Kan kommunen dække buskort til praktikken?", "andet"),
    ("Hvor henter jeg skemaet til kørselsgodtgørelse?", "andet"),
    # probe round 12: what became of a payment, whether the caseworker got round to it,
    # just wanting one's case dealt with, a time changed, who may come along, where and when,
    # backing asked for, a caseworker asked to call the workplace, a contract, another course
    ("Jeres rådgiver sagde, at tillægget kom i sidste uge. Hvad er der blevet af det?", "status"),
    ("Har du fået tid til at kigge på min ansøgning om tilskud?", "status"),
    ("Jeg ønsker blot at få min ansøgning afgjort.", "status"),
    ("Hvornår starter holdet?", "status"),
    ("Kan mødetidspunktet rykkes en time?", "moede"),
    ("Må min veninde tage med? Kan jeg have min kæreste med til samtalen?", "moede"),
    ("Fint, jeg kommer. Hvornår og hvor?", "moede"),
    ("Vil I støtte mig i, at jeg kun kan arbejde om formiddagen?", "andet"),
    ("Kunne du ringe til praktikstedet om mine arbejdstider?", "andet"),
    ("Skal I have en kopi af praktikaftalen?", "andet"),
    ("Jeg vil gerne snakke om en anden uddannelse.", "andet"),
    # probe round 13 phenomena
    ("Vi savner fortsat besked om vores ansøgning om boligstøtte.", "status"),
    ("Afventer stadig svar på min henvendelse fra sidste måned.", "status"),
    ("Rådgiveren lovede mig en kopi af planen. Den har jeg aldrig modtaget.", "status"),
    ("Sagen er sendt til visitationsudvalget. Hvornår samles de?", "status"),
    ("Jeg skriver hver dag, indtil jeg hører noget svar.", "status"),
    ("Hvis jobcentret ikke svarer senest mandag, ringer jeg igen.", "status"),
    ("I want to know whether my application was received.", "status"),
    ("Anden tid ønskes, da jeg er på arbejde.", "moede"),
    ("Samtalen på torsdag kan jeg desværre ikke.", "moede"),
    ("Skal vi stadig have en samtale i næste uge?", "moede"),
    ("Ku vi ikk ses om det?", "moede"),
    ("Kan forløbet begynde en time senere om morgenen?", "andet"),
    ("Må jeg beholde samme rådgiver, når jeg flytter?", "andet"),
    ("Jeg ønsker at deltage i et kursus som lagermedarbejder.", "andet"),
    ("Kan tidsfristen udskydes en uge?", "andet"),
    ("Kunne I lade være med at kontakte min arbejdsgiver?", "andet"),
    # probe round 14
    ("Vi anker afgørelsen, naturligvis.", "klage"),
    ("We would like to appeal the sanction.", "klage"),
    ("Der mangler 1.200 kroner i forhold til sidst, jeg vil have dem tilbage.", "udbetaling"),
    ("Jeg modtog langt mindre end sædvanligt denne gang.", "udbetaling"),
    ("Jeg forventer at I ringer til mig i morgen.", "andet"),
    ("Kan kommunen betale en del af mit truckkort?", "andet"),
    ("Kan det lade sig gøre at tage et sommerjob ved siden af?", "andet"),
    ("Jeg kræver en begrundelse for nedsættelsen.", "status"),
    ("Hvor skal jeg møde på mandag?", "moede"),
    # probe round 15 phenomena
    ("Overfør pengene til min konto i dag, tak.", "udbetaling"),
    ("Der kom 0 kroner ind på kontoen den første, hvad er der sket?", "udbetaling"),
    ("Jeg rykker igen, da ingen har reageret på min henvendelse fra marts.", "status"),
    ("Er forløbet hos tømreren nu godkendt?", "status"),
    ("Sig endelig til hvis jeg skal underskrive noget i forbindelse med flytningen.", "andet"),
    ("Min mor ønsker at hendes sag lukkes, da hun er flyttet til Spanien.", "andet"),
    ("Må jeg holde en uges ferie fra praktikken i oktober?", "andet"),
    ("Naboen sagde man kan få tilskud til briller. Stemmer det?", "andet"),
    ("I må hjælpe mig med depositum, ellers står jeg på gaden.", "andet"),
    ("Kan samtalen på mandag holdes som videomøde?", "moede"),
    ("Jeg har fået sanktionen nu. Den er helt forkert, jeg var indlagt.", "klage"),
    # probe round 16: a decision not accepted, a date that does not suit because of a
    # hospital visit, another caseworker, help to change one's details, no answer yet on
    # whether, anything new since, hoping someone gets back, waiting to get started, which
    # date applies, where to send it, expecting an exemption, the boss on the phone, English
    ("Jeg godtager ikke jeres beslutning om sanktionen.", "klage"),
    ("Vi kan ikke acceptere afslaget på hans ansøgning.", "klage"),
    ("Samtalen på fredag duer desværre ikke for mig.", "moede"),
    ("torsdag kan ikke, jeg skal til kontrol på ambulatoriet", "moede"),
    ("Find mig en ny sagsbehandler, tak.", "andet"),
    ("Jeg må lige få hjælp til at opdatere mit kontonummer.", "andet"),
    ("Kan I rette min mailadresse i systemet?", "andet"),
    ("Jeg har stadig ikke fået besked på hvornår praktikken starter.", "status"),
    ("Er der sket noget nyt i sagen siden sidst?", "status"),
    ("Jeg håber, at du vil ringe mig op i morgen.", "status"),
    ("Han har ventet et halvt år på at komme videre med uddannelsen.", "status"),
    ("I skriver både fredag og mandag i brevet. Hvilken dag gælder?", "andet"),
    ("Hvor afleverer jeg lægeerklæringen henne?", "andet"),
    ("Jeg sender et brev fra lægen og regner med at blive fritaget for aktiveringen.", "andet"),
    ("Jeg kræver at tale med lederen i telefonen i dag.", "andet"),
    ("Could someone please check my payment for May?", "andet"),
    # probe round 17 phenomena
    ("Udbetaler I ikke min ledighedsydelse før den 5., ringer jeg til 3F.", "udbetaling"),
    ("Hvis du ikke overfører pengene i dag, må jeg tage et lån.", "udbetaling"),
    ("Vi henvender os om den manglende efterbetaling af dagpenge for april.", "udbetaling"),
    ("Nogen må gerne forklare mig hvorfor min ydelse er sat ned.", "status"),
    ("Jeg er startet i fast job, så luk venligst min sag om uddannelseshjælp.", "andet"),
    ("Jeg skal frameldes som jobsøgende fra mandag, jeg har fået en læreplads.", "andet"),
    ("Jeg glemte at sende joblisten. Kan jeg nå det endnu?", "andet"),
    ("Lægen mener jeg kan begynde op på 12 timer om ugen.", "andet"),
    ("Hvilket skema skal min arbejdsgiver udfylde?", "andet"),
    ("Må min søster være med til mødet på torsdag?", "moede"),
    ("Kan Kim Frederiksen være med til samtalen hos lægen?", "moede"),
    ("Jeg har brug for en tolk til samtalen.", "andet"),
    ("Could we have an interpreter at the next meeting?", "andet"),
    ("Min datter spørger efter mødenotatet fra i mandags.", "andet"),
    ("Kan nogen forklare mig hvad der står i det sidste brev", "andet"),
    ("Tjek lige om Sofie Holm har fået mine lønsedler.", "status"),
    ("Kvitter venligst for, at I har modtaget min ansøgning.", "status"),
    ("Det er fjerde gang jeg skriver om det her.", "status"),
    ("Hvem er Kim Frederiksen? Jeg har fået et brev fra ham.", "status"),
    ("Kan samtalen tages over video i stedet?", "moede"),
    ("Jeg vil gerne mødes med Sofie Holm om mit fleksjob.", "moede"),
    # probe round 18 phenomena
    ("Min søster mener jeg bør klage, og det gør jeg herved.", "klage"),
    ("Jeg er uenig i, at jeg er blevet visiteret som aktivitetsparat.", "klage"),
    ("Jeg kan ikke logge ind på borger.dk, hvad gør jeg?", "andet"),
    ("En kollega siger man kan søge tilskud til tandlæge, stemmer det?", "andet"),
    ("Hvordan får jeg fat i min jobkonsulent?", "andet"),
    # probe round 19 phenomena
    ("Kan samtalen med Kim Frederiksen den 2. foregå over telefonen? Jeg har feber.", "moede"),
    ("Kunne opfølgningsmødet i næste uge være online?", "moede"),
    ("Mødet på fredag skal desværre rykkes, da jeg skal til tandlæge.", "moede"),
    ("Jeg har fået afslag på min ansøgning om tilskud. Hvad er grunden?", "andet"),
    ("Hvad er begrundelsen for sanktionen i sidste måned?", "andet"),
    # probe round 20 phenomena
    ("Kan jeg tage et par vagter i Netto, mens jeg får kontanthjælp?", "andet"),
    ("Jeg kom for sent til aktiveringen igen. Risikerer jeg en sanktion?", "andet"),
    ("Min søn kan ikke deltage i workshoppen på torsdag.", "andet"),
    ("Lægeattesten eftersendes, når jeg har været hos lægen.", "andet"),
    ("Hva sker der med min ansøgning? Har itte hørt noget i flere uger", "status"),
    ("Jeg har ringet til jer to gange i sidste uge. Svar mig nu", "status"),
    ("Torsdag kl 9 passer ikke. Kan desværre ikke på det tidspunkt.", "moede"),
    ("Er der andre mødetider næste uge?", "moede"),
    ("Jeg har tandlæge den dag. Kan vi bytte dato?", "moede"),
    ("Vil gerne snakke med min mentor om min praktik", "andet"),
    ("Jeg trækker hermed fuldmagten til min datter tilbage.", "andet"),
    ("Kan I finde ud af, hvornår mit næste møde er?", "andet"),
]

NEGATIVES = [
    "Jeg vil have, at regnen stopper, før jeg cykler hjem.",
    "Kurset stoppes nu og da, når læreren er syg, men det er fint.",
    # probe round 21: an hour that is no meeting moved
    "Toget kører nu kl. 11 i stedet for kl. 10, så jeg kommer sent hjem fra praktikken.",
    "Jeg når ikke at læse hele brevet i dag, det er meget langt.",
    "Jeg tager min fars gamle gevær med til mødet på mandag.",  # a weapon, no companion
    "Kommunen burde lytte mere til borgerne.",
    "Det er en skandale, at ventetiden er så lang.",
    "Tak for hjælpen i går, det betød meget.",
    "Jeg har klaget før, men det hjalp ikke noget.",
    "Sanktionerne rammer de svageste, og det er loven, der er noget galt med.",
    # probe round 5 near misses: opinions with the same words and no request
    "Jeg er ikke enig med dem, der siger, at alle ledige er dovne.",
    "Ny tid, nye regler: kommunen skifter kurs hvert andet år.",
    "Min nabo har skiftet sagsbehandler fire gange, det siger alt om jobcentret.",
    # probe round 6 near misses
    "Det påvirker hele familien, når man er syg så længe.",
    "Mødet i foreningen var hyggeligt, vi sås til kaffe bagefter.",
    "Der mangler 20 kroner i kassen efter loppemarkedet.",
    # probe round 7 near misses: the same words about food, TV, a dog, a match, a weekend
    "Kan han så ikke bare blive hjemme i stedet.",
    "Hvor lang tid tager det at lave en god lasagne?",
    "Er der noget nyt i fjernsynet i aften?",
    "Jeg tager altid min hund med på tur.",
    "Hun kan få lov at sove længe i weekenden.",
    "Mine kommentarer: dårligt forsvar og for langsomt spil.",
    # probe round 8 near misses: a rhetorical question, the weather, football
    "Hvad skal der til, før nogen tager klimaet alvorligt?",
    "Hvordan ser det ud med vejret i morgen?",
    "Kan nogen forklare, hvorfor fodbold er så populært?",
    "Vi skubbede bilen et stykke ned ad vejen.",
    "Det er lang tid siden, vi har set hinanden.",
    "Vi venter på svar fra landstræneren om holdet.",
    # probe round 9 near misses: a call back told of, a new bike, a question in a story,
    # a board meeting, a football match, a home-made dinner
    "Han lovede at ringe tilbage, og det gjorde han også samme dag.",
    "Min nye cykel er rød.",
    "Hvor skal vi gå hen i aften, spurgte hun.",
    "Mødet i bestyrelsen er stadig kl. 19 på torsdag.",
    "Vi mødte ham ved indgangen til Tivoli.",
    "Der er kommet nyt tøj i butikken.",
    "Giv mig en øl og en pølse.",
    "Jeg ringer tilbage til min mor i aften.",
    "På den måde kan du vende dig til larmen.",
    "Butikken kan ikke åbne før kl. 10 på søndag.",
    "Har du glemt mig, sang hun i radioen.",
    "Der er nogen, der kan hjælpe ham med flytningen.",
    "Jeg håber, du kan se det sjove i det.",
    "Han er flyttet ind i et nyt hus i Odense.",
    "Hvis du kunne se dig selv nu, ville du grine.",
    "Hvad er deadline for Eurovision-tilmeldingen i år?",
    "Hvem skal jeg stemme på ved valget?",
    "Mangler der noget salt i suppen?",
    "Vi venter stadig på at høre fra arkitekten om køkkenet.",
    "Kan i se kampen i aften?",
    # probe round 10 near misses: a bike lock, music, a team's matches, keys, coffee, a song,
    # a record attempt, a contest, an old certificate, a colleague off sick, a holiday,
    # pizza, a gym class, furniture, a train
    "Jeg har glemt min kode til cykellåsen.",
    "Filmen var god, men jeg ville bare høre musikken.",
    "Vi flyttede dem til kl. 8 i sidste uge, sagde træneren om kampene.",
    "Hvor er mine nøgler? Jeg kan aldrig finde dem.",
    "Jeg vil have min kaffe sort.",
    "Ring til mig, sagde hun i sangen.",
    "Det kan registreres som et nyt rekordforsøg.",
    "Kan det tælle med i konkurrencen?",
    "Lægeerklæringen var vedlagt, da jeg søgte i 2019, og sagen er afgjort for længst.",
    "Han er sygemeldt i tre uger efter operationen, stakkels fyr.",
    "Vi har ingen penge til ferie i år, men det er helt fint.",
    "Jeg er ikke enig i at pizza med ananas er godt.",
    "Kan jeg skifte til et andet hold i fitnesscentret?",
    "Kan vi rykke bordet lidt til venstre?",
    "Det er svært at nå toget om morgenen.",
    "Send pengene til Ukraine nu.",
    # probe round 11 near misses: a song, the cinema, a distance, salt in the soup
    "Hvor finder jeg den sang, du spillede i går?",
    "Sig til, hvis du vil med i biografen.",
    "Hvor langt er der til Odense?",
    # telling, not asking: "du skulle bare vide", a fronted "det kan I regne med", what
    # others may do
    "Du skulle bare vide, hvor træt jeg er af det hele.",
    "Det kan I godt regne med.",
    "Det er synd, at folk må vente en time, før de må tale med en rådgiver.",
    # probe round 12 near misses: a shop's opening hours, a lost key, a film's start
    "Hvor er nøglen henne?",
    "Filmen starter ikke før kl. 21.",
    "Min kæreste har fået tid til at læse en bog i ferien.",
    # probe round 13 near misses: a holiday wish, a party, a sports team, a film not yet seen
    "Jeg vil gerne på ferie til sommer.",
    "Festen på lørdag kan jeg godt.",
    "Hvornår mødes holdet til træning?",
    "Jeg har ikke set den nye film endnu.",
    "Eller skal vi retten ind på livet af problemet?",
    "Kan det lade være med at regne snart.",
    # probe round 15 near misses
    "Pengene kom ind på kontoen i går, tak for hjælpen.",
    "Mødet i går var godt, og jeg glæder mig til praktikken.",
    # probe round 16 near misses
    "Jeg accepterer ikke at blive talt ned til, men tak for snakken.",
    "Det passer ikke, at jeg har været på ferie.",
    "Min nabo har ventet længe på at komme i gang med sin have.",
    "Hvilken fin dag det er i dag.",
    # probe round 17 near misses
    "Hvis de ikke betaler deres regninger, lukker vandværket for vandet.",
    "Hvilken blanket han brugte, husker jeg ikke.",
    "Stop venligst med at sende mig reklamer for jeres app, skrev min nabo til banken.",
    "Tolken var rigtig dygtig sidst.",
    # probe round 18 near misses
    "Min onkel siger, at fodbold er det bedste i verden, passer det?",
    "Jeg er ikke enig i at sommeren var for kort.",
    # probe round 19 near misses
    "Hvad er grunden til, at himlen er blå?",
    "Mødet i foreningen var hyggeligt.",
    "Kan man være online hele dagen uden at blive træt?",
    # probe round 20 near misses
    "Jeg kan ikke den dag i dag forstå, hvorfor de lukkede svømmehallen.",
    "Svar nu ærligt: hvem vandt kampen i går?",
    "Mange mennesker arbejder, mens de er syge, og det er synd.",
    "Dokumentaren følger en familie på Lolland.",
    "Vil gerne snakke med dig om fodbold en dag.",
    "De skiftede tid på året for koncerten.",
    # a prediction with a fronted object, not a request ("det vil I nok finde ud af")
    "Det vil I nok også finde ud af, hvis I ikke snart svarer på mine breve.",
    "Det kan du sikkert selv se, når du læser brevet.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES)
def test_case_request_and_kind(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_case_request(text: str) -> None:
    result = triage(text)
    assert "case_request" not in result.labels
    assert result.case_kind is None


def test_a_complaint_outranks_a_status_question() -> None:
    result = triage("Jeg klager over afgørelsen. Hvornår hører jeg noget?")
    assert result.case_kind == "klage"


def test_a_status_question_about_an_earlier_complaint_is_status() -> None:
    result = triage(
        "Jeg har ventet seks uger på svar på min klage over afgørelsen. Hvad er status?"
    )
    assert result.case_kind == "status"


# round 23: corrections and explanations asked in speech or dialect, money still missing,
# the period a document must cover
ROUND_23 = [
    "de har skrevet forkert adresse, vil ha den ændret",
    "Jeg vil gerne ha en begrundelse for stoppet.",
    "Hva så med mine penge for oktober?",
    "Vi har itj fået noget endnu.",
    "Skal det være for januar eller februar?",
]
ROUND_23_NOT = [
    "Det er rettet nu, tak for hjælpen.",
    "Tak, jeg har fået det hele nu.",
]


@pytest.mark.parametrize("text", ROUND_23)
def test_round_23_case_request(text: str) -> None:
    assert "case_request" in triage(text).labels


# round 24: a meeting asked held online or elsewhere, a case to be moved after a move, a
# mistake demanded put right; papers merely attached ask nothing
ROUND_24 = [
    ("Kunne samtalen på mandag holdes telefonisk? Jeg har ingen bil.", "moede"),
    ("Min klient ønsker, at møderne fremover foregår hjemme hos ham.", "moede"),
    ("Nu hvor jeg bor i Vejle, skal min sag så overføres til Vejle Kommune?", "andet"),
    ("Der står en forkert diagnose i journalen, og jeg beder om, at den bliver rettet.", "andet"),
]
ROUND_24_NOT = [
    "Vedhæfter hermed min lægeerklæring fra egen læge.",
    "Her er mine lønsedler vedhæftet. Mvh Ole",
    "Vedlagt: kopi af lejekontrakt og lønsedler for marts. Hilsen Sanne",
    "Jeg kan se, at mødet holdes online. Det passer mig fint.",
    "Min sag blev flyttet til Vejle, da jeg flyttede sidste år, og det gik fint.",
]

# round 25: a question about a field of a form; letters asked sent another way or to someone
# else; whether papers sent late still count. Statements of what one did or found ask nothing
ROUND_25 = [
    "Hvad skal jeg skrive i rubrik 4, når jeg ikke har nogen indtægt?",
    "Hvor i blanketten skal man oplyse sin husleje?",
    "Send gerne brevene med posten, jeg kan ikke åbne e-Boks.",
    "Jeg vil helst have mine breve på papir fremover.",
    "Skriv venligst til min datter, hun hjælper mig med papirerne.",
    "Al post skal fremover sendes til min advokat.",
    "Gælder den stadig, hvis jeg afleverer lægeerklæringen på mandag?",
    "Er det et problem hvis jeg sender lønsedlerne efter fristen?",
]
ROUND_25_NOT = [
    "Jeg fandt ud af, hvor feltet er. Tak for hjælpen.",
    "Jeg har skrevet til min fagforening om det.",
    "I skrev til mig i e-Boks i stedet for på mail, men jeg fandt det.",
    "Det tæller ikke for mig, hvad naboen siger.",
    "Jeg ringede til min datter i går aftes.",
    "Jeg ved godt, hvordan man udfylder feltet.",
]


@pytest.mark.parametrize("text", ROUND_25)
def test_round_25_case_request(text: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == "andet"


# probe round 26: a meeting by phone asked with a pronoun, a meeting cancelled by saying one
# will not come, who takes over a case, what one may apply for, help asked of a unit, letters
# in plainer words or a call instead
ROUND_26 = [
    ("samtalen på torsdag, kunne den foregå over telefonen?", "moede"),
    ("Jeg er syg, så jeg møder ikke op til samtalen i morgen.", "moede"),
    ("Bilen er gået i stykker, så i dag kommer jeg desværre ikke.", "moede"),
    ("Jeg melder fra til mødet på fredag.", "moede"),
    ("Min rådgiver er stoppet. Hvem bliver min nye sagsbehandler?", "status"),
    ("Hun er gået på orlov, hvem tager over?", "status"),
    ("Hvad kan jeg søge om, når jeg ikke kan arbejde?", "andet"),
    ("Findes der nogle tilbud til ham?", "andet"),
    ("Er der en uddannelse min datter kan søge ind på?", "andet"),
    ("Kan familieafdelingen hjælpe med en aflastningsfamilie?", "andet"),
    ("Kunne du forklare brevet lidt enklere?", "andet"),
]
ROUND_26_NOT = [
    "Hvem overtager ansvaret for den fejl?",
    "jeg kommer ik i morgen til træning, er syg",
    "Kursuset jeg kan søge, er desværre i Aarhus, så det bliver ikke til noget.",
    "Jeg kommer ikke til at glemme, hvordan I behandlede mig.",
    "Det kan ikke blive værre.",
    "I kunne godt hjælpe lidt mere, synes jeg.",
]

# probe round 27: a payment error to be corrected, whether the money has come in, an answer
# expected by a date, late papers, a call back about the case, one fixed person asked for,
# which of two contradicting answers holds
ROUND_27 = [
    ("Vil I rette fejlen i min boligstøtte?", "udbetaling"),
    ("Er min løn kommet ind?", "udbetaling"),
    ("Er der kommet penge ind på min konto?", "udbetaling"),
    ("Vi forventer en afgørelse senest fredag.", "status"),
    ("Når attesten at komme med, hvis jeg sender den i morgen?", "andet"),
    ("Er det for sent at eftersende lønsedlerne?", "andet"),
    ("Kontakt mig venligst angående min ansøgning.", "andet"),
    ("Ring gerne mellem 9 og 11.", "andet"),
    ("Jeg vil gerne have en fast sagsbehandler.", "andet"),
    ("Hun siger ja, han siger nej. Hvem skal jeg tro på?", "andet"),
]
# a question about the rules in general asks for nothing in the writer's own case
ROUND_27_NOT = [
    "Nu er pengene gået ind, tak for hjælpen.",
    "Reformen betyder, at man bliver vurderet igen hvert tredje år.",
    "Må man have en bisidder med til samtalen?",
    "Jeg vil gerne vide, hvordan kommunen fortolker reglerne om befordring.",
    "Jeg skal bruge svarene til en opgave på studiet.",
    "Hvem har ret til førtidspension?",
]

ROUND_28 = [
    ("Jeg har tandpine i dag. Undskyld. Ny tid tak.", "moede"),
    ("jeg kan ikke kl 8. jeg vil have andet tidspunkt", "moede"),
    ("Kan jeg få et nyt møde efter ferien?", "moede"),
    ("Hvor ligger receptionen hos Ydelseskontoret?", "moede"),
    ("Hvor finder jeg mødelokalet? Jeg skal til samtale i morgen.", "moede"),
    ("Hvor skal vi møde op på torsdag?", "moede"),
    ("Min datter skal bruge tilskud til briller. Hvordan ansøger vi?", "andet"),
    ("Hvor søger jeg om hjælp til depositum?", "andet"),
    ("Jeg kræver at få det her undersøgt, for tallene passer ikke.", "andet"),
    ("Jeg har fået et vikariat på 8 timer. Bliver lønnen modregnet i min ydelse?", "udbetaling"),
    ("Trækkes pengene fra mine sygedagpenge?", "udbetaling"),
]
ROUND_28_NOT = [
    "Hvor er indgangen til svømmehallen?",
    "Ny tid, nye muligheder, siger min mor altid.",
    "Jeg vil have en ny cykel til min fødselsdag.",
    "Jeg vil have mit knæ undersøgt hos lægen.",
    "Hvor søger jeg min inspiration? I naturen.",
]

ROUND_29 = [
    # which papers are missing
    ("Vi sendte ansøgningen om boligstøtte i marts. Hvilke papirer mangler I stadig?", "status"),
    ("Mangler I flere bilag, før I kan afgøre min sag?", "status"),
    # someone asked to explain, call or answer, also in dialect
    ("Jeg har fået en opkrævning, jeg ikke forstår. Kan nogen forklare mig den?", "andet"),
    ("Vil nogen ikke nok ringe mig op i dag?", "andet"),
    ("Nu har jeg ventet en måned. Ka nogen så svare mig?", "andet"),
    # when things come, in dialect
    ("a har sendt papirne to gange. hvornår kommer di?", "status"),
]
ROUND_29_STAFF = [
    "Jeg fik et brev fra en ny. Er det stadig Fatima Ali, der har min sag?",
    "Er det nu Fatima Ali som er min nye sagsbehandler?",
]
ROUND_29_NOT = [
    # a general question about the rules, not a request in one's own case
    "Hvor længe har en kommune normalt til at besvare en aktindsigt?",
    "Hvordan foregår det med genoptagelse af en sag ved Ankestyrelsen?",
    "Kan nogen forklare forskellen på dagpenge og kontanthjælp?",
    # exasperation, not a question (criticism)
    "Hvorfor skal jeg indsende min lønseddel for femte gang?",
    "Hvorfor skal vi forklare det samme igen og igen?",
    # a consequence held out, or an ultimatum with a threat
    "Så kan I selv forklare det til avisen, når det går galt.",
    "Hold op med at skrive til min søn, ellers kommer jeg og henter dig.",
    # rhetorical, and a statement with the verb second
    "Hvordan kan nogen forklare det for en mor?",
    "Nu er det Fatima Ali, der har min sag, og hun er rigtig god.",
]


@pytest.mark.parametrize("text", ROUND_29_STAFF)
def test_round_29_who_has_the_case(text: str) -> None:
    result = triage(text, "c")
    assert "case_request" in result.labels
    assert result.case_kind == "status"


# probe round 30: how to complain, asked in the present; where the case stands; a letter or a
# decision asked about as a possible mistake
ROUND_30 = [
    ("Efter det nye afslag er jeg helt knust. Hvordan klager man?", "klage"),
    ("Hvor anker jeg beslutningen om min sanktion?", "klage"),
    ("Hvad gør jeg for at klage, når fristen er kort?", "klage"),
    ("Jeg har ventet et halvt år på afklaring. Hvor står sagen egentlig?", "status"),
    ("Hvor er min ansøgning om boligindskud henne?", "status"),
    ("Hvor står vi med ressourceforløbet nu?", "status"),
    (
        "Min mand fik et brev om aktivering, selvom han er på efterløn. Er det ikke en fejl?",
        "andet",
    ),
    ("Er brevet sendt ved en fejl? Jeg er i fleksjob.", "andet"),
    (
        "Jeg skulle stå for en praktik i går, men det vidste jeg intet om. Kan der være sket "
        "en fejl?",
        "andet",
    ),
]
ROUND_30_NOT = [
    # knowing how to complain already, or how someone once did
    "Nu ved jeg endelig, hvordan man klager, tak for hjælpen i sidste uge.",
    "Hvordan klagede din bror dengang, da han fik afslag?",
    # a place asked for, not the case's progress
    "Hvor står det i loven, at man skal møde hver uge?",
    "Hvor står min cykel, når jeg parkerer ved jeres indgang?",
    "Hvor er min sag i alt det her, når I har så travlt med jeres nye system?",
    # a choice judged, or a verdict with the verb second
    "Var det en fejl at sige mit job op sidste år?",
    "Er det en fejl at tage imod et job i Tyskland?",
    "Efter min mening er det en fejl.",
    "Hvis du spørger mig, er det en fejl.",
]

# probe rounds 32 and 33: papers asked whether they reach a payment; money demanded by a
# deadline inside a condition, even beside a threat; a deadline or whether something counts,
# asked with the verb first; a caseworker asked to stay on; a meeting called off for a named
# day, through someone else; a meeting to be confirmed, its room asked
ROUND_32 = [
    (
        "Lægeerklæringen kom først i dag. Når den at komme med i denne måneds udbetaling?",
        "udbetaling",
    ),
    ("Kommer sygemeldingen med i udbetalingen, hvis jeg sender den i aften?", "udbetaling"),
    ("Hvis jeg ikke får mine sygedagpenge inden mandag, ved jeg ikke hvad jeg gør.", "udbetaling"),
    ("Min mor har glemt sit kodeord. Hvornår udløber fristen?", "andet"),
    ("Gælder det som aktivitet, hvis jeg hjælper i min brors butik?", "andet"),
    ("Tæller samtalen med vikarbureauet også som jobsøgning?", "andet"),
    ("Må vi beholde hende som vores kontaktperson, når hun skifter afdeling?", "andet"),
    ("Kan han ikke blive ved med at være min sagsbehandler? Han kender mig.", "andet"),
    ("Sig til min rådgiver, at vi ikke kan komme på onsdag. Min datter er syg.", "moede"),
    ("Jeg kommer ikke på fredag, bilen er gået i stykker.", "moede"),
    ("Er samtalen i næste uge bekræftet? Jeg har ikke fået nogen indkaldelse.", "moede"),
    ("Hvilken etage er mødet på? Jeg går dårligt.", "moede"),
]
ROUND_32_NOT = [
    # a statement with the verb second, not a question
    "Heldigvis kan den stadig nå med til udbetalingen, skrev hun i går.",
    "Nu er fristen fredag, så jeg skynder mig.",
    "Hvis jeg ringer til dem, tæller det som jobsøgning, så det gør jeg.",
    "Heldigvis kan hun fortsætte som kontaktperson efter sommerferien.",
    "Nu er mødet bekræftet, så jeg kommer kl. 10.",
    "Jeg ved godt hvilket lokale det er i, tak.",
    # a condition with no money of the writer's in it
    "Hvis pengene ikke er nok, må jeg låne af min bror.",
    "Hvis dine penge ikke er på kontoen fredag, så ring til banken.",
    # (not "Hvis I ikke sender brevet igen, …": the learned head rightly reads a wish to have
    # the letter sent again)
    "Hvis I ikke sender mig flere indkaldelser, får jeg endelig lidt ro.",
    # not a meeting called off
    "Jeg kommer ikke før fredag med papirerne, men de kommer.",
    "Min søn kommer ikke hjem på fredag, han er på lejr.",
]
# a demand for one's own money stays a request beside a threat; a threat that asks for
# nothing in the case is no request
ROUND_32_THREAT = [
    ("Medmindre I overfører min kontanthjælp i dag, kommer jeg ned og smadrer jeres kontor.", True),
    ("Hvis ikke I udbetaler mine dagpenge senest i morgen, så brænder jeg hele lortet ned.", True),
    ("Hvis I ikke stopper med at ringe, så kommer jeg ned og smadrer jeres kontor.", False),
]


@pytest.mark.parametrize(("text", "asks"), ROUND_32_THREAT)
def test_round_32_payment_demanded_beside_a_threat(text: str, asks: bool) -> None:
    labels = triage(text).labels
    assert "threat" in labels
    assert ("case_request" in labels) is asks
    if asks:
        assert triage(text).case_kind == "udbetaling"


# probe round 34: a decision or letter demanded in the imperative, a letter asked for again
# (in dialect too), papers said to be missing that were sent, a complaint handed in, who the
# caseworker is now
ROUND_34 = [
    ("Nu send mig dog svaret, så jeg kan planlægge.", "andet"),
    ("Bare giv mig bevillingen, jeg orker ikke mere.", "andet"),
    ("Kan du sende brevet igen? Det forsvandt.", "andet"),
    ("ku do ik send mæ den afgørelse igen", "andet"),
    ("I skriver at I mangler min lønseddel, men jeg har uploadet den i tirsdags.", "andet"),
    ("Jobcentret har ikke modtaget erklæringen, selvom lægen har sendt den.", "andet"),
    ("Nu har jeg indsendt en klage over sanktionen.", "klage"),
    ("Vi har afleveret vores klage over afslaget i går.", "klage"),
    ("Hvem er min kontaktperson så?", "status"),
    ("hvem er hans rådgiver nu", "status"),
]
ROUND_34_NOT = [
    # something shown to the reader, nothing asked
    "Vedlagt er et foto fra festen, så kan du se hvordan de morer sig.",
    "Der kan man se hvad de bruger pengene på.",
    # a complaint from long ago, or taken back
    "Jeg har sendt en klage for mange år siden, men den blev aldrig besvaret.",
    "Vi har indgivet en klage, men har siden trukket den tilbage.",
    # asked of another citizen, or known already
    "Hvem er din sagsbehandler? Min er rigtig god.",
    "Jeg ved godt hvem min sagsbehandler er.",
    # e-boks in general, a letter come again
    "E-boks er noget skrammel, den åbner aldrig mine breve.",
    "De har sendt det samme brev igen for tredje gang.",
    "Jeg mangler en lægeattest, men lægen er på ferie.",
]

# probe round 36: whether a complaint or papers have arrived, asked with the verb first or
# through someone; a payment short of the usual, or nothing on the account; whom to send a
# paper to; a document asked handed over (aktindsigt)
ROUND_36 = [
    ("Er mine papirer kommet frem?", "status"),
    ("er min lægeattest modtaget", "status"),
    ("Blev min klage registreret?", "status"),
    ("Kan du høre Jonas om han har modtaget min datters erklæring?", "status"),
    ("Tjek lige om de har fået mine lønsedler.", "status"),
    ("Hvorfor fik jeg kun 2.100 kr i denne måned?", "udbetaling"),
    ("Hvorfor er der kun kommet 5000 kr ind?", "udbetaling"),
    ("Hvorfor er min kontanthjælp kun 4000 kr?", "udbetaling"),
    ("Der gik kun 3.800 kr ind, det plejer at være 7.000.", "udbetaling"),
    ("Der er ikke kommet noget ind på kontoen endnu.", "udbetaling"),
    ("Har stadig ikke fået penge ind på min konto.", "udbetaling"),
    ("Hvem skal jeg sende attesten til?", "andet"),
    ("hvem skal ha papirerne", "andet"),
    ("Jeg skal sende lønsedlerne, men til hvem?", "andet"),
    ("Kan jeg få lægeerklæringen udleveret?", "aktindsigt"),
    ("Jeg ønsker notatet udleveret.", "aktindsigt"),
    ("Udlever venligst de notater, afgørelsen bygger på.", "aktindsigt"),
    # an answer not received is a status, not a payment ("på min ansøgning", not "konto")
    ("Jeg har endnu ikke modtaget svar på min ansøgning. Må jeg bede om en status?", "status"),
    ("Jeg har attesten her. Hvem skal have den?", "andet"),
]
ROUND_36_NOT = [
    # a parcel to a shop; a statement with the verb second
    "Er pakken modtaget? Jeg bestilte den i mandags.",
    "Er varen modtaget i butikken?",
    "Heldigvis er min klage modtaget, så nu venter jeg bare.",
    "Min klage er modtaget, tak for svaret.",
    # payday in general; a rhetorical "hvorfor" about money in society
    "Lønnen går ind den sidste hverdag i måneden.",
    "Hvorfor går lønnen ind om torsdagen i år?",
    "Hvorfor får bankdirektører bare flere penge hvert år?",
    "Hvorfor får kunstnere ingen penge for streaming?",
    "Hvorfor får politikerne flere penge, når vi andre skæres?",
    "Hvorfor fik Danmark kun 3 point i Melodi Grand Prix?",
    # a letter's greeting; who sends letters, not whom to send to
    "Til hvem det måtte vedrøre: jeg er syg i dag.",
    "Jeg har skrevet et brev til hvem det måtte vedrøre.",
    "Jeg ved ikke hvem der sender brevene.",
    # who gets the cat, then a sentence written small
    "Vi har aftalt hvem der skal have katten. det er min søster.",
    # a parcel handed over
    "Pakken blev udleveret til naboen.",
    "Jeg vil have pakken udleveret i butikken.",
]

# probe round 38: meetings asked to lie at another time, the writer's availability for a
# meeting, not being called in on a given day, a talk asked for; a quick "intet nyt?"; a payment
# that stays away; an error demanded corrected; a measure the writer cannot take again; whether
# something can be changed, asked at the end of a run-on
ROUND_38 = [
    ("Jeg er bortrejst i uge 32. Kan samtalerne flyttes til efter ferien?", "moede"),
    ("Kunne mødet lægges senere, jeg har tandlæge om morgenen.", "moede"),
    (
        "Jeg går til genoptræning om formiddagen, så samtaler må gerne ligge om eftermiddagen.",
        "moede",
    ),
    ("Mødet skal helst ligge før kl. 14, da jeg henter min datter.", "moede"),
    ("Vil I ikke lade være med at indkalde mig til samtaler om mandagen?", "moede"),
    ("Lad være med at booke mig ind til møder om morgenen, jeg tager medicin.", "moede"),
    ("Min søn har feber, så vi kan tidligst komme på torsdag.", "moede"),
    ("Jeg arbejder nat, så jeg kan kun møde efter kl. 12.", "moede"),
    ("Kunne vi få en snak om planen?", "moede"),
    ("Jeg vil gerne have en samtale med dig om min praktik.", "moede"),
    ("Noget nyt om min ansøgning?", "status"),
    ("intet nyt fra jer endnu", "status"),
    ("Min fars pension er udeblevet i marts.", "udbetaling"),
    ("Jeg hjælper min mor med at få hendes boligstøtte på plads.", "udbetaling"),
    ("Kontanthjælpen kom ikke i tirsdags. Den er stadig udeblevet.", "udbetaling"),
    ("Medmindre I korrigerer fejlen i min indkomst, klager jeg.", "andet"),
    ("Ret fejlen i beregningen, tak.", "andet"),
    ("Jeg orker ikke en praktik mere, jeg er udmattet.", "andet"),
    ("Jeg kan ikke holde til endnu et forløb lige nu.", "andet"),
    ("Jeg skal til vejledning hver uge, så det vil jeg gerne spørge om kan nedsættes.", "andet"),
]
ROUND_38_NOT = [
    # a person who stays away from a meeting, not money that stays away
    "En bekendt fik trukket tre dage i kontanthjælpen for at udeblive fra et møde.",
    # others wanting "a talk" after closing time: no meeting asked for (a veiled threat)
    "Der er mange, der gerne vil have en snak med jer efter lukketid.",
    # a holiday told with no meeting; coming home on a day
    "Vi skal på ferie i uge 29 og er væk hele ugen.",
    "Vi kan først komme hjem mandag, for færgen er aflyst.",
    # a talk with a neighbour or a landlord
    "Jeg tog en snak med naboen om hækken.",
    "Skal vi tage en snak med naboen?",
    "Vi skal have en snak med udlejeren.",
    # nothing new under the sun
    "Intet nyt under solen.",
    "Intet nyt fra fronten, vi hygger os.",
    # rain stays away; a thank-you for a correction; a winter one cannot take
    "Regnen er udeblevet hele sommeren.",
    "Tak fordi I rettede fejlen så hurtigt.",
    "Min søster kunne ikke klare endnu en vinter i lejligheden.",
    # a club's meetings, a boss's habit, a rude word
    "Møderne i foreningen ligger altid om torsdagen.",
    "Han kan ikke lade være med at kalde mig dum.",
]

# probe round 40: a promised answer or task chased; a measure asked put off; a decision or a
# wrong entry demanded annulled or deleted
ROUND_40 = [
    ("Sagsbehandleren lovede mig svar i marts. Hvorfor sker der ikke noget?", "status"),
    ("Du lovede at ringe mig op i sidste uge. Har du glemt mig?", "status"),
    ("I lovede at sende planen. Har I glemt den?", "status"),
    ("Hvorfor sker der intet i min sag?", "status"),
    ("Kan I ikke udskyde forløbet til efter sommerferien?", "andet"),
    ("Kan praktikken vente til efter jul?", "andet"),
    ("Vi forlanger, at afgørelsen bliver ophævet.", "klage"),
    ("Jeg beder om, at notatet bliver slettet.", "andet"),
    ("Jeg ønsker, at fraværet fjernes fra min sag.", "andet"),
]

ROUND_40_NOT = [
    # the hearing answered with no remarks, the remarks said first
    "Jeg har ingen bemærkninger til partshøringen og tager afgørelsen til efterretning.",
    "Vi har ikke nogen kommentarer til høringsbrevet af 3. maj.",
    # a promise kept; nothing happening in the world
    "Hun lovede at ringe, og det gjorde hun også. Tak.",
    "Hvorfor sker der intet i verden, når det regner?",
    # a measure put off, told as done
    "De udsatte kurset en måned, og det passede mig fint.",
    # caseworker turnover complained of
    "Nye sagsbehandlere hele tiden, så man aldrig bliver kendt.",
    "Ny kontaktperson hver gang jeg kommer, det er trættende.",
    # a hearing answered with nothing to add; a reopening long past
    "Jeg har læst høringsbrevet og har intet at tilføje.",
    "Sagen blev genoptaget for to år siden og er lukket nu.",
    # a rhetorical why about people in general
    "Hvorfor er det, at folk altid skal brokke sig over vejret?",
]


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        # the writer asks for a benefit to be stopped, in either word order
        ("Stop venligst min kontanthjælp fra 1. maj, jeg har fået arbejde.", True),
        ("Vil I stoppe min kontanthjælp fra 1. maj? Jeg har fået arbejde.", True),
        # the jobcentre's own intent told back is no request
        ("Jeg kan se, at I vil stoppe min kontanthjælp, fordi jeg er flyttet.", False),
        ("Kommunen påtænker at standse mine ydelser, står der.", False),
    ],
)
def test_a_benefit_to_stop_is_asked_by_the_writer_not_told_back(text: str, fires: bool) -> None:
    found = [
        e for f in triage(text).findings for e in f.evidence if e.rule == "case_request:andet.r17"
    ]
    assert bool(found) is fires


# probe round 42: a practical question about one's own meeting (which room, where, who is
# there) asks about the meeting
ROUND_42 = [
    ("Hvilken etage var det nu, vi skulle være på i morgen?", "moede"),
    ("Har smidt brevet ud. Hvilket lokale skulle jeg møde i på onsdag?", "moede"),
    ("Hvor var det lige, vi skulle mødes kl. 10?", "moede"),
    ("Hvad var adressen nu, hvor jeg skal møde?", "moede"),
    ("Hvem sidder med til samtalen på tirsdag?", "moede"),
    ("Hvem kommer til mødet på fredag?", "moede"),
]

# complaints talked about in general or in the news, a room for a party, a meeting told as past
ROUND_42_NOT = [
    "Klager til nævnet tager et halvt år, og de giver altid kommunen ret.",
    "Antallet af klager til Ankestyrelsen er steget, skriver avisen i dag.",
    "Mange klager til tilsynet ender i en skuffe, har jeg læst.",
    "Det er spild af tid at klage til Ankestyrelsen, siger min nabo.",
    "Hvilket lokale skulle vi holde festen i?",
    "Vi har booket et lokale til festen på lørdag kl. 18.",
    "Jeg vidste ikke hvilket lokale jeg skulle møde i, så jeg kom for sent.",
    "Hvem er med til mødet i foreningen i aften?",
]


@pytest.mark.parametrize(
    "text",
    [
        # the complaint made by the writer still counts
        "Jeg klager til Ankestyrelsen, hvis I ikke ændrer det.",
        "Vi klager til nævnet over beslutningen om fleksjob.",
    ],
)
def test_a_complaint_made_to_an_authority_is_not_vetoed(text: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == "klage"


# probe round 44: a one-word heading, hints ("det kunne være rart med …", "hvis der er nogen
# mulighed"), sarcasm asking for one's papers read, an answer sent elsewhere, an ultimatum for
# a payment, a case expected taken up again, notes from one's meeting asked for
ROUND_44 = [
    ("Anke!", "klage"),
    ("Indsigelse. Jeg er ikke enig i jeres vurdering af min arbejdsevne.", "klage"),
    ("En begrundelse ville være på sin plads.", "status"),
    ("Det ville være dejligt at høre, hvorfor ydelsen er sat ned.", "status"),
    ("Det kunne nu være rart at få et svar.", "status"),
    ("Jobcentret har givet mig modstridende oplysninger om fristen. Hvad gælder?", "status"),
    (
        "Min søns operation er samme dag som min samtale hos jer. "
        "Jeg vil helst være på hospitalet, hvis det kan lade sig gøre.",
        "moede",
    ),
    (
        "Samtalen kolliderer med min eksamen. "
        "Jeg ved hvor jeg helst ville være, hvis der er en mulighed.",
        "moede",
    ),
    ("Gider I overhovedet læse de lægeerklæringer, jeg afleverede i marts?", "andet"),
    ("Må afgørelsen sendes til min bror i stedet for til mig?", "andet"),
    ("Enten udbetaler I hans dagpenge i morgen, ellers ringer jeg til avisen.", "udbetaling"),
    (
        "Beslutningen er helt hen i vejret. Jeg regner med, at den bliver taget op igen.",
        "genoptagelse",
    ),
    ("Kunne jeg få referatet fra opfølgningssamtalen i sidste uge?", "aktindsigt"),
]

# a story, wishes for coffee or sun, a quiz, a clash with no wish, a book, a benefit weighed
# against another, a club's meeting, a tip to whoever wants to complain
ROUND_44_NOT = [
    "Jeg skrev en klage.",
    "Det kunne være rart med lidt sol i weekenden.",
    "Det er rart at vide, at I er der.",
    "Quizzen på radioen gav to forskellige svar. Hvilket er det rigtige?",
    "Mødet falder samme dag som min fødselsdag, men det går fint.",
    "Gad nogen mon læse den roman, jeg anbefalede?",
    "Svaret blev sendt til min søster ved en fejl for et år siden, det er glemt nu.",
    "Enten får hun sin pension, eller også får hun kontanthjælp, sagde rådgiveren.",
    "Jeg forventer, at punktet tages op igen på generalforsamlingen.",
    "Jeg vil gerne se referatet fra bestyrelsesmødet i klubben.",
    "Hvis man vil aflevere sin klage personligt, er kontoret åbent til kl. 15.",
]

# probe round 46: a day or hour that does not suit and another time asked for in the neuter;
# a month's payment hinted as missing; a re-assessment hinted as a thought
ROUND_46 = [
    ("Fredag eftermiddag passer rigtig dårligt, jeg har mine børn.", "moede"),
    ("Torsdag kan jeg desværre ikke. Findes der mon et andet tidspunkt?", "moede"),
    ("Kl. 8 duer altså ikke, for jeg skal aflevere i vuggestuen.", "moede"),
    ("Der er endnu ikke kommet noget for marts. Sikkert bare en forglemmelse?", "udbetaling"),
    ("Jeg har stadig intet fået for oktober.", "udbetaling"),
    ("Det var måske på tide, at nogen vurderede min ansøgning igen.", "genoptagelse"),
    (
        "Man kunne jo tænke sig, at afgørelsen blev gennemgået på ny, nu hvor lægen har svaret.",
        "genoptagelse",
    ),
    ("Hvad med om nogen læste mine papirer en gang til?", "genoptagelse"),
]

# a day that suits badly for football, babysitting, a bus timetable, the northern lights, a
# late train, a look again told as done, a house looked at again
ROUND_46_NOT = [
    "Torsdag passer dårligt til fodbold, så vi flytter træningen.",
    "Tirsdag passer jeg ikke mine børnebørn, det gør min svigermor.",
    "Bussen kl. 7 passer dårligt med skolens ringetider.",
    "Er der et andet tidspunkt på året, hvor man kan se nordlys?",
    "Toget er forsinket igen. Mon bare en forsinkelse?",
    "Min læge kiggede på scanningen igen og sagde, at alt var fint.",
    "Man kunne forestille sig, at nogen malede det gamle hus igen.",
]

# probe round 48: weeks or months waited for an answer; two contradicting instructions and
# the writer asks which holds; a new assessment demanded; money not received, in dialect and
# as a condition; the meaning of a word in one's own letter
ROUND_48 = [
    ("Jeg har ventet i tre uger på svar på min ansøgning om enkeltydelse.", "status"),
    ("Fire måneder har jeg nu ventet på pengene.", "status"),
    ("Vi har afventet svar fra jer i over seks uger nu.", "status"),
    ("æ har venta i 5 uger på svar om mi kontanthjælp", "status"),
    ("Min rådgiver siger praktik, men lægen siger jeg skal hvile. Hvad gælder?", "andet"),
    ("Brevet siger fredag men du sagde mandag, hvem har ret?", "andet"),
    ("Jeg kræver en ny vurdering af min arbejdsevne.", "klage"),
    ("I må lave en ny vurdering.", "klage"),
    ("æ hå itte fået mi penge endnu", "udbetaling"),
    ("Hvis jeg ikke får mine penge i morgen, ringer jeg til avisen.", "udbetaling"),
    ("Får vi ikke kontanthjælpen inden fredag, kan vi ikke betale husleje.", "udbetaling"),
    ("Hvad betyder ordet sanktion i mit brev?", "andet"),
]

# a bus or a parcel waited for; a shop and its sign disagreeing; a car or a house valued
# anew; money back for a purchase; bekendte not helped by a rule; a word's meaning asked
# out of curiosity; a wait complained of for people in general
ROUND_48_NOT = [
    "Jeg ventede i 20 minutter på bussen i morges.",
    "Vi har ventet i tre uger på pakken fra posten.",
    "Butikken siger 20 procent rabat, men skiltet siger 30. Hvad gælder?",
    "Jeg vil have en ny vurdering af bilen hos mekanikeren.",
    "Huset blev vurderet for lavt af mægleren. Jeg vil have en ny vurdering.",
    "Får jeg ikke mine penge tilbage, hvis jeg fortryder købet?",
    "Reformen har ikke fået en eneste af mine venner i job.",
    "Hvad betyder ordet karantæne egentlig? Jeg læste det i en roman.",
    "Hvorfor skal folk vente otte uger på en plan? Det er for dårligt.",
    # a wait for a decision told alone is criticism (the corpora label it so)
    "Fem måneder har jeg ventet på en afgørelse, der tager ti minutter at træffe.",
]

# probe round 50-51: an employer asks whom to contact about a refund or to extend the
# placement; a case sent on after a move; a new caseworker demanded; something asked to stand
# in the job plan; a decision asked looked over again
ROUND_50 = [
    ("Vi er glade for vores praktikant. Hvem ringer vi til angående løntilskuddet?", "andet"),
    ("Som arbejdsgiver ønsker vi at forlænge fleksjobaftalen med et år.", "andet"),
    ("Kan praktikken forlænges til efter sommerferien?", "andet"),
    ("Jeg er flyttet til Vejle. Kan min sag overføres til den nye kommune?", "andet"),
    # asked as "when": a status question
    ("Jeg er flyttet. Hvornår bliver min sag overført til Vejle Kommune?", "status"),
    ("Kan I sende mine papirer videre til Odense, nu hvor jeg bor der?", "andet"),
    ("Hun hører aldrig efter. Udskift hende nu.", "andet"),
    ("Jeg vil ikke have ham som sagsbehandler længere.", "andet"),
    ("Jeg kræver, at jeg får en anden jobkonsulent efter det møde.", "andet"),
    ("Kunne det fremgå af min plan, at jeg ikke tåler at løfte?", "andet"),
    ("Skriv venligst i journalen, at jeg var syg den dag.", "andet"),
    ("Jeg beder om at få sanktionen kigget på igen.", "klage"),
]

# a shop asked to swap a product; a parcel sent on; a case told of as sent on; a job plan
# only told of; a phone plan or a lease extended; a new consultant told of; a player swapped
ROUND_50_NOT = [
    "Skift den ud, tak, varen er gået i stykker.",
    "Hvem sender pakken videre til Sønderborg?",
    "Sagen blev sendt videre til Aarhus i marts.",
    "Det står i jobplanen, at jeg skal søge fem job om ugen.",
    "Vi vil gerne forlænge aftalen om mobilabonnementet.",
    "Jeg har fået en ny jobkonsulent, og hun er sød.",
    "Træneren burde skifte ham ud i pausen. Skift ham ud!",
    "Tre skift af sagsbehandler på to år er for meget.",
]

ROUND_52 = [
    ("Appen virker ikke. Hvor kan jeg booke en ny samtale?", "moede"),
    ("ka vi ryk det til en anden dag? er syg", "moede"),
    ("Kan vi rykke til onsdag? Jeg har feber.", "moede"),
    ("Hvad sker der med mit ressourceforløb, hvis vi flytter?", "andet"),
    ("Vi skal flytte til Horsens, og jeg er i et jobafklaringsforløb.", "andet"),
    ("Han lovede besked inden torsdag. Nu er det torsdag nu.", "status"),
    ("Ydelsen skulle komme i mandags, men der er stadig intet.", "udbetaling"),
    ("Er min ansøgning om fleksjob blevet glemt?", "status"),
    ("Må jeg komme tilbage i aktiveringen fra tirsdag?", "andet"),
]

# a doctor's appointment; a party moved; a move alone; keys lost; a gym; a promise kept;
# a wage from an employer
ROUND_52_NOT = [
    "Hvordan booker jeg en tid hos lægen?",
    "Kan vi rykke festen til næste uge?",
    "Vi flytter til Vejle 1. marts.",
    "Nøglerne er blevet væk igen.",
    "Kan jeg starte i fitness igen fra mandag?",
    "Hun lovede svar inden fredag, og det fik jeg.",
    "Lønnen skulle komme fredag, men stadig intet fra arbejdsgiveren.",
]


# lead, round 52: a thing lost that is no part of the case asks nothing
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Er min ansøgning blevet væk?", True),
        ("For fanden da, nu er mit nøglekort væk igen.", False),
    ],
)
def test_a_lost_case_is_asked_after_a_lost_key_card_is_not(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text).labels) is asks


# probe rounds 55 and 56: a new address told so the jobcentre's letters reach; mail in the
# case asked directed to a lawyer ("bedes sendt til mig"); a meeting missed or a new date
# asked in English; the jobcentre's cameras asked about after an incident on its premises; a
# decision on one's application demanded ("indtil nogen tager stilling"); whether a job
# sought counts in the joblog
ROUND_55 = [
    (
        "Jeg er flyttet til Brovst. Kan I sørge for, at jeres indkaldelser kommer til den nye "
        "adresse?",
        "andet",
    ),
    ("jeg er flyttet, vil bare sikre at jeres post når frem til min nye adresse", "andet"),
    ("Jeg er advokat for Preben Lund. Breve i sagen bedes sendt til mig.", "andet"),
    ("Al fremtidig post bedes fremsendt til forbundet.", "andet"),
    ("She cannot attend her appointment on Thursday, could you give her a new time?", "moede"),
    ("I can't make the interview tomorrow, please let me know another date.", "moede"),
    ("Nogen har ridset min cykel. Har I overvågning ved indgangen?", "andet"),
    ("Min jakke blev stjålet i venterummet. Kan I tjekke optagelserne fra i går?", "andet"),
    ("Jeg ringer hver dag, indtil nogen tager stilling til min sag.", "status"),
    ("Hvornår tager I stilling til min ansøgning om fleksjob?", "status"),
    ("I har stadig ikke taget stilling til min klage fra marts.", "status"),
    ("Jeg var til samtale hos Netto i går. Kommer det med i jobloggen?", "andet"),
    ("ka jeg skrive det i min joblog? jeg har ringet til tre firmaer", "andet"),
]

# near misses: a cousin's letters or a parcel gone astray; a move told; an aunt's mail told of;
# a party in English; a football club's meeting; cameras criticised or a phone's camera; a
# board's stand; a sofa chosen; counting days; a training log; a count that is told
ROUND_55_NOT = [
    "Min fætters breve havner altid det forkerte sted.",
    "Pakken fra min søster kom aldrig frem til den nye adresse.",
    "Vi er flyttet til Ebeltoft og har fået en have med æbletræer.",
    "Al fremtidig korrespondance med min tante er sendt til hendes plejehjem.",
    "I cannot attend the birthday party, let me know a new date.",
    "We could not attend the meeting of the football club.",
    "Nu har I kameraer på parkeringspladsen, det er jo et fængsel.",
    "Har du set det nye kamera i min telefon?",
    "Bestyrelsen tager stilling til vores ansøgning om klublokaler i maj.",
    "Jeg mangler at tage stilling til, hvilken sofa jeg vil købe.",
    "Jeg tæller dagene til ferien.",
    "Det tæller med i min træningslog at jeg løb 5 km.",
    "Nu tæller det heldigvis med i min joblog.",
]

# probe rounds 57 and 58: asking to sit in on a relative's meeting as bisidder; papers sent so
# that a benefit or a wage subsidy is worked out anew; a meeting asked held in English, with an
# interpreter, or at the writer's home
ROUND_57 = [
    ("Min far har samtale på onsdag. Kan jeg være med som bisidder?", "moede"),
    ("ka vi ikke komme med som stotte? han er helt ude af den", "moede"),
    ("Vedlagt lønsedler for maj, så I kan efterregulere min ledighedsydelse.", "udbetaling"),
    ("Her er timesedlerne til brug for beregning af refusionen.", "udbetaling"),
    ("Could we have the appointment with an interpreter? My Danish is weak.", "moede"),
    ("Kan vi snakke engelsk til samtalen på fredag?", "moede"),
    ("Du er meget velkommen til at tage mødet hos mig i Hasle, for jeg kan ikke køre.", "moede"),
]

# near misses: the bisidder role as experience or a rule asked; a reform told of; a club's
# meeting in English; a meeting told of; an invitation to a market
ROUND_57_NOT = [
    "Jeg har været med som bisidder for mange borgere.",
    "Politikerne har vedtaget en reform, så kommunen kan regulere tilskuddet hvert år.",
    "Can we hold the chess club meeting in English this year?",
    "We had the interview in English last week and it went fine.",
    "I er velkomne til at komme forbi vores loppemarked på lørdag.",
]

# probe round 59: a deadline asked put off in the passive with "blive" or with "få … forlænget";
# whether weeks of waiting for an answer on an application are normal; in English, when or
# where the meeting is
ROUND_59 = [
    ("Jeg har været indlagt i to uger. Kan svarfristen ikke bli forlaenget?", "andet"),
    ("Er det muligt at få fristen forlænget til efter påske?", "andet"),
    ("Er det almindeligt at vente tre måneder på en afgørelse om fleksjob?", "status"),
    ("er det normalt at man skal vente 10 uger paa svar paa sin ansøgning?", "status"),
    ("My husband is called in on Monday, we would like to know where the interview is.", "moede"),
    ("I need to know what time my appointment at the jobcentre is.", "moede"),
]

# near misses: a deadline told as already moved, a wished-for deadline at school; a rhetorical
# "is it the point that …", a wait for a parcel, a verdict with the verb second; a football
# club's meeting
ROUND_59_NOT = [
    "Fristen blev forlænget med to uger, så det er på plads.",
    "Gid fristen for min bacheloropgave kunne blive forlænget, haha.",
    "Er det virkelig meningen, at man skal vente 14 uger på svar, når man er syg?",
    "Er det normalt at vente fire uger på en pakke fra Kina?",
    "Det er ikke normalt at man skal vente så længe.",
    "We need to know when the football club meeting is.",
]

# probe round 61: which options the writer has for retraining, an education or another trade,
# asked with the verb first or after "vil gerne vide"; a payment asked to come in on another
# day of the month or earlier; whether the caseworker has got round to a paper, asked in a
# "mon" or "om" clause with the subject first (register A: Sofie Holm, LMV)
ROUND_61 = [
    ("Hvad er mine muligheder for at skifte fag, nu hvor mine knæ er slidt op?", "andet"),
    ("hvilke muligheder er der for mig ift efteruddannelse", "andet"),
    ("Har jeg ret til revalidering, når jeg ikke kan tåle støv mere?", "andet"),
    ("Hvilke muligheder findes der for revalidering, når man ikke kan løfte mere?", "andet"),
    ("Kan min kontanthjælp ikke gå ind den 15. i stedet? Huslejen trækkes den 3.", "udbetaling"),
    ("kan min ydelse komme ind d. 12.?", "udbetaling"),
    ("Kunne mine sygedagpenge blive udbetalt en uge før i december?", "udbetaling"),
    ("Kunne udbetalingsdatoen rykkes, så den passer med min husleje?", "udbetaling"),
    ("Mon Sofie har fået kigget på min ansøgning om fleksjob?", "status"),
    ("jeg spekulerer paa om LMV mon har naaet at kigge paa min lægeerklæring", "status"),
    ("Jeg undrer mig over, om min sagsbehandler har nået at læse mit brev.", "status"),
]

# near misses: options told of, had through a union, joked about or retold from a colleague; a
# payday told of, the rent asked moved by a landlord, a friend's question retold; a film, the
# writer's own errand, a holiday, a talk retold, an answer already known
ROUND_61_NOT = [
    "Nu har jeg mulighed for omskoling gennem fagforeningen, så det er på plads.",
    "Jeg har undersøgt, hvilke muligheder der er for omskoling, og fundet et kursus selv.",
    "Hvilke muligheder har jeg for at vinde i Lotto i aften, haha.",
    "Min kollega spurgte hvilke muligheder hun havde for efteruddannelse i firmaet.",
    "Pengene kom ind den 20. i stedet for den 1. sidste måned, men det er fint nu.",
    "Kan huslejen ikke betales den 5. i stedet for den 1., spurgte udlejeren.",
    "Min veninde spurgte om lønnen kunne komme før jul.",
    "Mon min søster har nået at se den nye film?",
    "Jeg tænker om jeg mon har nået at sende ansøgningen til Netto i tide.",
    "Mon ikke Fatima har nået at holde juleferie nu.",
    "Vi snakkede om, hun havde nået at læse brevet inden mødet.",
]

# probe round 61: a household chore asked of the writer by a neighbour or a relative is no
# request, and the learned head does not read one into "bedt … om hjælp" (the rules rule it
# out); help asked with a case, or a real request beside the chore, still is one
ROUND_61_CHORE = [
    "Min bror har bedt mig om hjælp til hans flytning på lørdag.",
    "Min svigermor har bedt mig om hjælp til rengøringen.",
    "Genboen har bedt mig om hjælp til græsset, mens hun er indlagt.",
    "Min mor spurgte om jeg ville hjælpe med indkøbene.",
]
ROUND_61_CHORE_REQUEST = [
    "Min nabo har bedt mig om hjælp til sin klage.",
    "Min søster har bedt mig om hjælp til flytningen, så kan vi flytte mødet til fredag?",
]


@pytest.mark.parametrize("text", ROUND_61_CHORE_REQUEST)
def test_round_61_help_with_a_case_is_still_a_request(text: str) -> None:
    assert "case_request" in triage(text, "c").labels


# probe round 63: requests said indirectly: a meeting asked moved in English with the meeting
# named before, a measure asked put on hold, whether a slip costs the benefit, another
# appointment at the meeting's hour, a decision asked looked at again in the passive, and
# whether papers are safe to send that way. Near misses: the same words told as past, about
# a car, a film, one's life, or management's policy, and a request denied in so many words
ROUND_63 = [
    ("My mother got a letter about a meeting, but she is in hospital. Pls move it", "moede"),
    ("He has an interview with you on Friday, his exam day. Can it be moved?", "moede"),
    ("Min far er syg, og jeg skal passe ham. Kan mit ressourceforløb sættes på pause?", "andet"),
    ("Kan I sætte min praktik i bero et par måneder, mens jeg er gravid?", "andet"),
    ("kan mit forloeb blive sat paa pause indtil efter operationen", "andet"),
    ("Jeg glemte at sende joblog i marts. Giver det problemer for min ydelse?", "andet"),
    ("Kan det få konsekvenser for mine sygedagpenge, at jeg var i Tyskland en uge?", "andet"),
    ("Jeg skal til scanning på Skejby tirsdag kl. 9, samtidig med mødet hos jer.", "moede"),
    ("Opfølgningssamtalen den 3. falder sammen med min datters operation.", "moede"),
    ("Nu hvor jeg har nye papirer fra hospitalet, bør min sag måske ses på igen?", "genoptagelse"),
    ("Kunne afslaget ikke vurderes igen i lyset af den nye erklæring?", "genoptagelse"),
    ("Er det trygt at maile mit cpr-nummer og min lægeerklæring til jer?", "andet"),
    ("Is it safe to send my medical papers by email?", "andet"),
]
ROUND_63_NOT = [
    "Jeg beder ikke om noget, jeg vil bare fortælle, at min datter har det svært.",
    "Vi anmoder ikke om noget i sagen, men vil gøre opmærksom på forholdene.",
    "My neighbour's car is blocking the gate, can you move it?",
    "Mit forløb blev sat på pause sidste år, da jeg var syg.",
    "Jeg har sat mit liv på pause for at passe min mor.",
    "Det gav problemer med min kontanthjælp sidste år, men nu er alt på plads.",
    "Kan det give problemer med min nye bil, at den står ude om vinteren?",
    "Jeg havde tandlæge samme dag som samtalen, men det gik fint at nå begge dele.",
    "Min kollega har møde samtidig med mig i morgen.",
    "Afgørelsen blev set på igen i maj, og jeg fik medhold.",
    "Filmen burde ses igen i biografen.",
    "Teamlederen har besluttet, at alle ledige skal møde kl. 8. Den beslutning bør tages op igen.",
    "Det er ikke sikkert at sende cpr-nummer på mail, så jeg bruger e-boks.",
    "Er det sikkert at sende børnene i skole med feber?",
]

# probe round 65: requests said indirectly: when or where the agreement for a placement is
# signed (in a text about a placement), whether to wait for the jobcentre's approval before
# saying yes, the writer's availability with the meeting named before the hour, whether an
# uploaded paper came through (a question, or "eller hvad"), what the notes on the writer
# say or the wish to read them oneself; and the writer's own case still asked for beside the
# practice vetoes. Near misses: a flat's or a car's contract, a contract told as signed, a
# wedding or a partner's approval, an hour told as past, someone else coming home, a paper
# told as through, a parcel through customs, a doctor's notes, and a practice told in
# general to the politicians
ROUND_65 = [
    (
        "Jeg starter i løntilskud hos Dagrofa næste måned. Hvornår skal aftalen skrives under?",
        "andet",
    ),
    (
        "Min virksomhedspraktik begynder 1. maj. Skal kontrakten underskrives hos jer eller på "
        "arbejdspladsen?",
        "andet",
    ),
    ("Jeg har fået fleksjob i Brugsen, hvornår skriver vi kontrakten under?", "andet"),
    (
        "Jeg er blevet tilbudt løntilskud hos Bauhaus. Må jeg godt takke ja, inden I har "
        "godkendt det?",
        "andet",
    ),
    ("Skal vi vente med at skrive under, indtil jobcentret har sagt god for det?", "andet"),
    ("Skal aftalen godkendes af jer først?", "andet"),
    ("Vi kan tidligst møde til opfølgningen om eftermiddagen på torsdag.", "moede"),
    ("jeg kan forst komme til samtalen efter kl 13", "moede"),
    ("Jeg har uploadet min joblog i går. Kom den igennem?", "status"),
    ("Er lægeerklæringen gået igennem hos jer?", "status"),
    ("er papirerne kommet frem eller hva", "status"),
    ("Der er lavet en masse notater om mig. Jeg vil gerne læse dem selv.", "aktindsigt"),
    ("hvad star der egentlig i de notater i har om mig", "aktindsigt"),
    ("Må jeg få lov at læse journalen?", "aktindsigt"),
    ("Jeg beder om, at min sag bliver genvurderet.", "klage"),
    ("Jeg håber, I vil bede om en ny lægeerklæring, før der træffes afgørelse.", "andet"),
    # what the jobcentre's system lost, asked restored (a corpus text the retrained head
    # no longer carried)
    ("Min joblog for marts er forsvundet fra siden. Genopret den venligst.", "andet"),
    ("Venligst gendan mine oplysninger, de er væk efter jeres opdatering.", "andet"),
    ("Samtalen passer mig fint. Kan min mor komme med som bisidder?", "moede"),
    ("Må jeg tage min kæreste med til samtalen?", "moede"),
]
ROUND_65_NOT = [
    "Vi har fundet en lejlighed i Vejle. Hvornår skal lejekontrakten underskrives?",
    "Jeg har købt en bil, og praktikken starter snart. Hvornår skal kontrakten underskrives?",
    "Praktikkontrakten blev underskrevet i går, så nu er alt på plads.",
    "Jeg venter med at sige ja, til min kæreste har set lejligheden.",
    "Skal jeg vente med at sige ja til brylluppet, til min mor har sagt ok?",
    "Jeg kunne først komme til samtalen efter kl. 12 i sidste uge, fordi bussen var forsinket.",
    "Min søn kan først komme hjem efter kl. 12 på mandag.",
    "Nu er den kommet igennem, tak for hjælpen.",
    "Endelig er lægeerklæringen kommet igennem.",
    "Er pakken kommet igennem tolden?",
    "Lægen har skrevet notater om mig, og jeg vil gerne læse dem selv på sundhed.dk.",
    "Kære byråd. Borgere bliver ikke partshørt, og klager bliver ikke genvurderet. Jeg håber, "
    "byrådet vil bede om en redegørelse.",
    "Sager genbehandles sjældent, og oplysninger bliver aldrig indhentet, før der træffes "
    "afgørelse.",
    "Jeg håber, politikerne vil bede om en uvildig undersøgelse af jobcentret.",
    "Jeg gendannede selv filen fra skyen, så nu virker det.",
    "Gendan den gamle version på din pc, sagde min søn til mig.",
    # a proposed time accepted as it stands (the learned head read "mødet" and "bisidder")
    "Mødet passer mig godt. Jeg tager min bisidder med.",
    "Tidspunktet passer os fint. Vi ses på torsdag.",
    "Kan min mor komme med til fødselsdagen på lørdag?",
]

ROUND_67 = [
    # whether anyone has looked at the application or case yet, asked with "nogen"
    ("Har nogen overhovedet kigget på min sag om ressourceforløb?", "status"),
    (
        "Lige et spørgsmål: har der været nogen der har behandlet min ansøgning om enkeltydelse?",
        "status",
    ),
    ("er der nogen der har kikket paa min ansogning om skånejob?", "status"),
    # a payment that has not come in, the money after the verb
    (
        "Der er stadig ikke kommet nogen penge ind på kontoen, det plejer at være den første.",
        "udbetaling",
    ),
    ("Mærkeligt, der er ikke gaaet nogen sygedagpenge ind i denne måned.", "udbetaling"),
]
ROUND_67_NOT = [
    "Har nogen kigget på min nye cykel i opgangen?",
    "Endelig har nogen kigget på min ansøgning, tak for det.",
    "Er der nogen der har set på min ansøgning om en lejlighed hos boligforeningen?",
    "Bare nysgerrig – hvem har bagt den flotte kage i kantinen?",
    "Der er ikke kommet penge ind i kassen i butikken i dag, kunderne blev væk.",
    "Jeg undrer mig over at det blæser så meget igen.",
    "Der er ikke kommet nogen penge ind til juleindsamlingen i år.",
]

# probe round 69: a stay until someone looks at the case; only part of the payment come in;
# a measure that ends and what happens then; a third person or an interpreter at the
# meeting; an application with nothing heard since, and "status?" as the first word
ROUND_69 = [
    (
        "Jeg møder op på rådhuset mandag morgen og går ikke derfra, før nogen har set på min "
        "ansøgning om hjælp.",
        "status",
    ),
    (
        "jeg kommer ind i morgen og bliver siddende til nogen har tid til at kigge paa min sag",
        "status",
    ),
    ("Hvorfor har jeg kun fået halvdelen af min kontanthjælp i denne måned?", "udbetaling"),
    (
        "Der er bare kommet en brøkdel af pengene ind på kontoen i dag, hvad er der sket?",
        "udbetaling",
    ),
    ("Mit ressourceforløb udløber til august. Hvad sker der så?", "andet"),
    ("Min sygedagpengeperiode udløber snart. Hvad sker der så med mig?", "andet"),
    (
        "Mit løntilskud på lageret slutter om to uger, og jeg ved ikke hvad der skal ske bagefter.",
        "andet",
    ),
    ("mit kursus er slut fredag. hva skal jeg så lave bagefter?", "andet"),
    (
        "Min mentor Kasper har hjulpet mig meget. Må han være med til den kommende "
        "netværkssamtale?",
        "moede",
    ),
    ("Kan Dorte fra fleksjobteamet sidde med ved det næste møde?", "moede"),
    ("I need an interpreter for my appointment next week, please.", "andet"),
    ("Could the interview be with a translator (somali)? My Danish is not good.", "moede"),
    ("Kan jeg få en tolk på somalisk til samtalen på mandag?", "andet"),
    ("har søgt om tilskud til briller for en måned siden, stadig intet hørt", "status"),
    ("Sendte min lægeerklæring d. 4/10 og har ikke hørt noget siden.", "status"),
    ("Status? Jeg sendte min ansøgning for to uger siden.", "status"),
    ("Jeg har nu ventet 11 uger på svar på min ansøgning, mens I holder ferie.", "status"),
]
ROUND_69_NOT = [
    "Sidste gang blev jeg siddende i fire timer, til der var nogen der havde tid til at kigge "
    "på min sag.",
    "Folk bliver siddende i timevis, til der er nogen der har tid til at kigge på deres sag.",
    "Jeg bliver siddende på værkstedet, til mekanikeren har kigget på min cykel.",
    "Jeg har kun brugt halvdelen af mine penge på julegaver i år.",
    "Jeg fik kun halvdelen af pengene tilbage for billetten til koncerten.",
    "Min bror fik kun halvdelen af lønnen fra firmaet, fordi de gik konkurs.",
    "Min praktik slutter 1. juni, og bagefter skal jeg starte på SOSU-skolen.",
    "Filmen slutter kl. 21. Hvad skal vi så lave bagefter?",
    "Mit forløb sluttede i marts. Hvad skete der så bagefter? Ingenting.",
    "Min praktik slutter 1. juni. Hvad skal der så ske med alle de tomater, jeg har sået?",
    "Må hun også være med til fødselsdagen i weekenden?",
    "Kan han også deltage i fodboldtræningen på lørdag?",
    "Tolken snakkede i telefon under hele samtalen.",
    "My brother works as an interpreter in Aarhus.",
    "Mødet med tolken i går gik fint, tak.",
    "Vi har søgt tilskud fra fonden til foreningens sommerlejr, intet hørt endnu.",
    "Min nabo søgte job hos Netto i sidste måned, intet hørt endnu.",
    "Status er at jeg har det bedre. Tak for hjælpen.",
    "Borgmesteren får nyt kontor til 2 mio., mens vi andre venter 9 uger på svar på vores "
    "ansøgninger.",
    "Byrådet tager på studietur til Barcelona, imens folk venter måneder på en afgørelse. Flot.",
]

# a deadline asked moved is a request for the change, also after "vil høre om"; a
# caseworker's review of the papers is a question of status, not of access to them
DEADLINE_AND_REVIEW = [
    ("Jeg vil høre, om min frist kan blive forlænget til fredag.", "andet"),
    ("Jeg ville lige høre, om svarfristen kan udskydes en uge.", "andet"),
    ("Jeg vil gerne vide, hvornår fristen udløber.", "status"),
    ("Jeg er spændt på, om rådgiveren har nået at kigge på mine papirer.", "status"),
    ("Har du haft tid til at se på mine dokumenter?", "status"),
    ("Må jeg se mine papirer?", "aktindsigt"),
]


# probe round 72: a helper offers to come along to the meeting on the jobcentre's leave
# (moede); what the jobcentre means by a demand in its own letter is asked (andet); how
# hard aktindsigt is to get, said in general, asks for none (ROUND_72_NOT)
ROUND_72 = [
    (
        "Hvis I ikke har noget imod det, kommer jeg med som støtteperson til mødet med min bror.",
        "moede",
    ),
    ("Jeg kommer gerne med som bisidder for min nevø, hvis det er okay.", "moede"),
    (
        "Jeg har fået et brev fra jer om en ny plan. Hvad mener I med 'aktiv medvirken'?",
        "andet",
    ),
    (
        "I skriver, at jeg skal aflevere dokumentation. Hvilken dokumentation er det, I tænker på?",
        "andet",
    ),
    (
        "Min mor har fået en indkaldelse fra jobcentret, der står at hun skal medbringe papirer "
        "- hvilke papirer mener I?",
        "andet",
    ),
    ("Det er svært at få aktindsigt i min sag, så jeg beder igen om aktindsigt.", "aktindsigt"),
]
ROUND_72_NOT = [
    "Det er næsten umuligt at få aktindsigt hos kommunen, man bliver bare sendt rundt.",
    "Aktindsigt er utrolig svær at få i det her land, skriver avisen.",
    "Jeg synes det er alt for besvaerligt at faa aktindsigt i Nordby Kommune.",
    "Jeg kommer med som bisidder på torsdag.",
    "Jeg kommer gerne med til din fødselsdag, hvis det er ok med dig.",
    "Hvad mener I om den nye reform?",
    "Jeg har fået brevet fra jer. Det er fint, jeg ved hvad I mener.",
    "Hvilken film er det du mener?",
]

# probe round 71: a mail or a text message asked for with a colloquial verb or a softener
# ("skyd mig lige en sms, når …", "smid en mail til mig"), and a paper in the case asked
# replaced by the right one ("kan I skifte den gamle ud med denne?"); a joke with "skyd mig",
# a mail told as sent, words reported, a paper told as sent or replaced by the writer, and a
# broken chair asked replaced ask nothing (POSITIVES_R71 / NEGATIVES_R71)
POSITIVES_R71 = [
    (
        "Skyd mig lige en sms, når du ved om løntilskuddet er godkendt. Jeg er klar fra den 1.",
        "andet",
    ),
    ("Smid en mail til mig, naar I har hoert fra virksomheden om praktikken.", "andet"),
    ("Send mig lige en kort besked, hvis der er fundet en praktikplads til mig.", "andet"),
    (
        "Undskyld, jeg er en klovn – jeg vedhæftede den forkerte lægeerklæring. Her er den "
        "rigtige. Kan I skifte den gamle ud med denne?",
        "andet",
    ),
    (
        "Beklager, jeg er sådan et fjols, jeg har sendt det forkerte kontoudtog. Vil du erstatte "
        "det med det vedhæftede?",
        "andet",
    ),
    ("Her er den korrekte lønseddel for april. Udskift venligst den forkerte.", "andet"),
    ("Brug venligst denne lønseddel i stedet for den forrige, der var fra maj.", "andet"),
]
NEGATIVES_R71 = [
    "Skyd mig, hvis jeg nogensinde igen melder mig til et Excel-kursus 😂",
    "Min bror sagde bare 'skyd mig en mail', men han svarer aldrig på noget.",
    "Min kusine skød mig en mail i går om sit bryllup.",
    "Jeg har sendt min lønseddel for marts i går, som aftalt.",
    "Undskyld, jeg er et fjols, jeg glemte at vedhæfte lønsedlen i går. Den kom med i dag.",
    "Stolen i venteværelset er knækket. Vil I erstatte den?",
    "Jeg har vedhæftet kvitteringen for cyklen. Vil I erstatte den gamle stol i venteværelset?",
    "Jeg har selv erstattet den gamle lønseddel med den nye på jobnet.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R71)
def test_round_71_colloquial_verb_and_self_blame_stay_off_threat_and_insult(
    text: str, kind: str
) -> None:
    # "skyd mig en sms" is no shooting, "jeg er et fjols" about oneself no insult
    labels = triage(text, "c").labels
    assert not {"threat", "insult", "offensive", "exposure"} & set(labels)


# probe round 73: the jobcentre asked to write its papers in words one understands ("kan du
# skrive notatet enklere til mig?", "uden alle de fagord"), however stupid the writer felt;
# the writer's own hours asked counted toward the 225-hour rule; a companion or an
# interpreter at the jobcentre's meeting still asks. A writer who felt stupid and asks
# nothing, plainer words wished for a website or a leaflet, the rule questioned in general
# or told as met, a school's meeting and an interpreter at the doctor's ask nothing
# (POSITIVES_R73 / NEGATIVES_R73)
POSITIVES_R73 = [
    ("Jeg fattede ikke en brik af mødet. Kunne du skrive notatet enklere til mig?", "andet"),
    ("Skriv venligst mine breve på letforstaaeligt dansk, jeg er ordblind.", "andet"),
    ("Kunne I formulere afgørelsen uden alle de fagord?", "andet"),
    ("Kan referatet skrives på et mere forståeligt sprog?", "andet"),
    ("Vil du ikke skrive planen, så jeg kan forstå den?", "andet"),
    (
        "Jeg skammede mig og følte mig dum til samtalen. Kan I skrive brevet til mig på et "
        "enklere dansk?",
        "andet",
    ),
    (
        "Jeg har arbejdet 8 timer om ugen i Netto siden marts. Kan de timer regnes med i "
        "225-timers-reglen?",
        "andet",
    ),
    ("Mine timer som rengøringshjælp, tæller de med til de 225 timer?", "andet"),
    ("jeg har vaeret i praktik i 2 mdr. taeller de timer med i de 225 timer?", "andet"),
    ("Jeg har haft løntilskud i Fakta. Har jeg så nået de 225 timer?", "andet"),
    ("Kan min mor deltage i opfølgningssamtalen?", "moede"),
    ("Min mor skal have en tolk med til mødet hos jer.", "moede"),
]
NEGATIVES_R73 = [
    "Jeg følte mig så dum til mødet, fordi jeg ikke forstod ordene.",
    "Jeg følte mig dum, haha, jeg glemte min egen fødselsdag.",
    "Kan I skrive mere forståeligt på hjemmesiden? Jeg fandt ikke åbningstiderne.",
    "Kan I skrive jeres pjecer mere letforståeligt?",
    "Kommunen burde skrive brevene på almindeligt dansk, ingen forstår dem.",
    "Min lærer sagde: Skriv stilen på almindeligt dansk.",
    "Tæller praktik overhovedet med i de 225 timer? Det aner politikerne ikke.",
    "Jeg har arbejdet 300 timer i år, så de 225 timer er nået.",
    "Jeg har været i praktik i Fakta i 6 uger, og de timer tæller med i de 225 timer.",
    "Kan hendes mor også være med til forældremødet?",
    "Må min kæreste deltage i forældresamtalen i vuggestuen?",
    "Kan han deltage i skole-hjem-samtalen?",
    "Min far skal have en tolk med til tandlægen i morgen.",
    "Min bror skal have tolk med hos lægen på fredag.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R73[:6])
def test_round_73_feeling_stupid_oneself_is_no_insult(text: str, kind: str) -> None:
    # "jeg følte mig dum" about oneself insults no one
    labels = triage(text, "c").labels
    assert not {"insult", "offensive", "self_harm", "threat"} & set(labels)


# probe round 75: why a letter or a repayment claim came, asked for a relative or oneself;
# a public letter's told case, and a complaint that one cannot get a meeting, ask nothing
# (POSITIVES_R75 / NEGATIVES_R75)
POSITIVES_R75 = [
    (
        "Min far taler kun lidt dansk. Han har bedt mig om at høre, hvorfor han har fået "
        "et krav om at betale 8.000 kr. tilbage.",
        "andet",
    ),
    (
        "Jeg vil gerne vide hvorfor min svigermor fik den afgorelse om sanktion i sidste uge.",
        "status",
    ),
    (
        "Kan I forklare? Vi vil gerne spørge, hvorfor hun skal tilbagebetale sin ydelse.",
        "udbetaling",
    ),
    # a review that asks for a call back, and a reader's letter that demands aktindsigt
    ("3/5 stjerner. Ventetiden var lang. Ring mig venligst op om min ansøgning.", "andet"),
    (
        "Læserbrev: Jobcentret har mistet mine papirer to gange. Jeg kræver aktindsigt i min "
        "egen sag.",
        "aktindsigt",
    ),
]
NEGATIVES_R75 = [
    "Læserbrev: Min nabo fik stoppet sin kontanthjælp i fire uger, fordi et brev gik tabt.",
    "Debatindlæg\n\nEn ung mand i vores by fik stoppet sine sygedagpenge, mens han var indlagt.",
    "1 stjerne. Det er en skandale, at borgerne ikke kan booke en samtale uden at vente en måned.",
    "Det er urimeligt, når sygemeldte aldrig kan få et møde ansigt til ansigt.",
    "Man skal vente seks uger for at kunne få en samtale med sin rådgiver. Det er for dårligt.",
    "Min søster spurgte mig, hvorfor hun havde fået et brev fra tandlægen.",
    "Naboen skal spørge udlejeren, hvorfor han har fået en regning fra boligselskabet.",
]


# probe round 77: a meeting asked held by phone or online, and the jobcentre's course asked
# taken online, in English; a letter to management that asks for a meeting or a steady
# caseworker asks. A meeting told as held by phone, a job interview, a hairdresser, a
# driving course, and a letter to management that only tells a grievance ask nothing
# (POSITIVES_R77 / NEGATIVES_R77)
POSITIVES_R77 = [
    (
        "Hello, my appointment at the jobcentre is tomorrow at 9 and my car broke down. "
        "Is it possible to have the meeting over the phone?",
        "moede",
    ),
    (
        "Good morning. My appointment with my caseworker is on Wednesday. I wanted to ask if "
        "we could do it by phone because my back is bad.",
        "moede",
    ),
    ("can we do tomorrows appointment on the phone instead pls, my son is sick", "moede"),
    ("Can the interview on Tuesday be held by video? I have covid.", "moede"),
    ("Is it possible to do the Danish course online? I moved to Skagen.", "andet"),
    ("Could I take the job search classes online? I live far away now.", "andet"),
    (
        "Til ledelsen\n\nJeg har haft fire sagsbehandlere på et år. Hver gang skal jeg "
        "forklare det hele igen. Jeg ønsker et møde med jer om min sag.\n\nHilsen Per",
        "moede",
    ),
    (
        "Til ledelsen\n\nJeg har haft fem sagsbehandlere på et år i mit sygedagpengeforløb, og "
        "hver gang skal jeg fortælle det hele forfra. Jeg beder om, at I giver mig en fast "
        "sagsbehandler.\n\nHilsen Per Dam",
        "andet",
    ),
]
NEGATIVES_R77 = [
    "Hi, my meeting on Thursday is at 10. Last time we did it by phone and it worked well.",
    "My sister has a job interview at a bakery on Friday. Could she do it by phone?",
    "My hairdresser appointment is Monday, is it possible to do it by video? lol",
    "I don't think it is possible to do the meeting by phone, so I will come.",
    "My daughter asked if she can do her driving course online.",
    (
        "Til ledelsen i Jobcenter Vestby\n\nI mit sygedagpengeforløb har jeg på et år haft fem "
        "sagsbehandlere. Hver gang skal jeg forklare min sag forfra, og der går en måned, før "
        "den nye har læst sagen. Det er ikke i orden over for syge mennesker.\n\nMed venlig "
        "hilsen\nKaren Holt"
    ),
    (
        "Kaere ledelse\n\nJeg har haft 3 forskellige sagsbehandlere paa et halvt aar i mit "
        "kontanthjaelpsforloeb. Hver gang skal sagen laeses forfra. Det er ikke rimeligt."
        "\n\nMvh Sanne"
    ),
]


# probe round 79: the text named as the complaint it is, by a demonstrative ("den her klage
# over afgørelsen"), or as the complaint someone helped the writer write; a complaint to a
# landlord or a housing association, or a speech or an application helped with, asks nothing
# of the jobcentre (POSITIVES_R79 / NEGATIVES_R79)
POSITIVES_R79 = [
    ("Min bror kender reglerne og har hjulpet mig med at skrive den her klage.", "klage"),
    (
        "jeg har faaet hjaelp af min fætter til at skrive den her klage over afgorelsen om mit "
        "ressourceforløb",
        "klage",
    ),
    (
        "Den her klage over stoppet af mine sygedagpenge har min datter hjulpet mig med at "
        "sætte op.",
        "klage",
    ),
]
NEGATIVES_R79 = [
    "Min søster hjalp mig med at skrive den her klage til udlejeren over fugten i badeværelset.",
    "Den her klage over naboens hund har jeg sendt til boligforeningen.",
    "Mine veninder har hjulpet mig med at skrive den her tale til min søsters bryllup.",
    (
        "Mine venner har styr på den slags, så de hjalp mig med at skrive den her ansøgning om "
        "et job hos Føtex."
    ),
]


@pytest.mark.parametrize(
    "text",
    [
        "Mine kammerater ved alt om den slags og har hjulpet mig med at skrive den her klage.",
        "Nogle venner, der kender systemet, har hjulpet mig med den her klage over sanktionen.",
    ],
)
def test_round_79_friends_who_help_write_a_complaint_are_no_threat(text: str) -> None:
    labels = triage(text).labels
    assert "case_request" in labels
    assert "threat" not in labels
    assert "representative" not in labels


# false flags (round 80): a need met at the doctor's, the dentist's, the hospital or the
# police asks nothing of the jobcentre; an interpreter for the caseworker's meeting, a
# doctor's note for a case and a confirmation from the jobcentre still ask
POSITIVES_FP80 = [
    ("Min mor skal bruge en tolk til samtalen med sin sagsbehandler.", "andet"),
    ("Jeg skal bruge en lægeerklæring til min ansøgning om fleksjob.", "andet"),
    ("Jeg skal bruge en bekræftelse på, at jeg er ledig, til min boligforening.", "andet"),
]
NEGATIVES_FP80 = [
    "Min mor skal bruge en arabisk tolk, når hun skal til lægen på torsdag.",
    "Min søn skal bruge en ledsager på sygehuset i næste uge.",
    "Jeg skal bruge en laegeerklaering til mit kørekort.",
    "Jeg skal bruge en straffeattest til skydeklubben.",
    "Min svigerfar skal bruge en tolk hos øjenlægen.",
]

# probe rounds 80–81: the writer's own payment questioned by its amount, or followed by a bare
# "hvad er der sket?"; a meeting time proposed as a question; a form of the meetings hinted
# as a thought ("kunne man forestille sig …"); mail asked sent to the writer with the verb
# first after an adverb ("Fremover bedes al post … sendt til undertegnede"). Near misses: an
# amount told, someone else's payment in a news comment, a meeting told as held, "passer"
# as looking after, the form told or the thought denied, what one was told ("for at få at
# vide, at …"), a relative's story asking nothing
POSITIVES_R81 = [
    (
        "Jeg fik lige min kontanthjælp: kun 1.450 kroner for marts?! Hvordan kan det passe?",
        "udbetaling",
    ),
    ("min ydelse er 2000 kr i denne maaned?? hvad er der galt", "udbetaling"),
    ("Vi fik kun 1.200 kroner i februar?", "udbetaling"),
    (
        "Beklager det sene svar, vi har haft influenza i hele huset. Går det med fredag kl. 9 "
        "til mødet?",
        "moede",
    ),
    ("Hvad med onsdag kl. 13 til opfølgningssamtalen?", "moede"),
    (
        "Min datter på 19 har angst og har bedt mig skrive. Kunne man tænke sig, at møderne "
        "blev holdt over telefon?",
        "moede",
    ),
    ("Jeg ville ønske, at samtalen kunne foregå på mail.", "moede"),
    ("Herefter skal breve vedrørende min mor sendes til mig.", "andet"),
    (
        "Som advokat for hr. Madsen: Fremover bedes al korrespondance i sagen rettet til "
        "undertegnede.",
        "andet",
    ),
    ("Kan jeg få at vide, hvornår mine penge kommer?", "udbetaling"),
]
NEGATIVES_R81 = [
    (
        "Jeg så udbetalingen i morges: 312 kr. for hele måneden. Det var jo en ferieperiode, "
        "så det giver mening."
    ),
    "Ledige på kontanthjælp får 312 kr. for hele måneden?? Hvad er der sket med Danmark?",
    "Jeg fik 500 kr for hele marts af min mormor, og det var sødt.",
    "Tak for i dag. Samtalen torsdag kl. 10 passede fint.",
    "Passer du børnene torsdag, mens jeg er til samtale på jobcentret?",
    "Sidste gang foregik samtalen på skrift, og det fungerede fint.",
    "Jeg kan ikke forestille mig, at samtalerne foregik på skrift.",
    "Før blev al post sendt til min gamle adresse.",
    "Jeg ringede for at få at vide, at jeg skulle skrive i stedet.",
    "Hvorfor skal borgerne vente en time i kø for at få oplyst, at systemet er nede??",
    "Min nabo fortalte om sit barnebarn hele eftermiddagen, og om hvordan han var til fastelavn.",
]


# Every round's tables asked by one test each (they were one copy of the same test per
# round): a request gets case_request with its kind; a near miss none, read with the
# register its round was written for.
ROUND_REQUESTS = [
    *DEADLINE_AND_REVIEW,
    *ROUND_24,
    *ROUND_26,
    *ROUND_27,
    *ROUND_28,
    *ROUND_29,
    *ROUND_30,
    *ROUND_32,
    *ROUND_34,
    *ROUND_36,
    *ROUND_38,
    *ROUND_40,
    *ROUND_42,
    *ROUND_44,
    *ROUND_46,
    *ROUND_48,
    *ROUND_50,
    *ROUND_52,
    *ROUND_55,
    *ROUND_57,
    *ROUND_59,
    *ROUND_61,
    *ROUND_63,
    *ROUND_65,
    *ROUND_67,
    *ROUND_69,
    *ROUND_72,
    *POSITIVES_R71,
    *POSITIVES_R73,
    *POSITIVES_R75,
    *POSITIVES_R77,
    *POSITIVES_R79,
    *POSITIVES_FP80,
    *POSITIVES_R81,
]
ROUND_NO_REQUEST = [
    *ROUND_23_NOT,
    *ROUND_24_NOT,
    *ROUND_25_NOT,
    *ROUND_26_NOT,
    *ROUND_27_NOT,
    *ROUND_28_NOT,
]
ROUND_NO_REQUEST_REGISTER_C = [
    *ROUND_29_NOT,
    *ROUND_30_NOT,
    *ROUND_32_NOT,
    *ROUND_34_NOT,
    *ROUND_36_NOT,
    *ROUND_38_NOT,
    *ROUND_40_NOT,
    *ROUND_42_NOT,
    *ROUND_44_NOT,
    *ROUND_46_NOT,
    *ROUND_48_NOT,
    *ROUND_50_NOT,
    *ROUND_52_NOT,
    *ROUND_55_NOT,
    *ROUND_57_NOT,
    *ROUND_59_NOT,
    *ROUND_61_NOT,
    *ROUND_61_CHORE,
    *ROUND_63_NOT,
    *ROUND_65_NOT,
    *ROUND_67_NOT,
    *ROUND_69_NOT,
    *ROUND_72_NOT,
    *NEGATIVES_R71,
    *NEGATIVES_R73,
    *NEGATIVES_R75,
    *NEGATIVES_R77,
    *NEGATIVES_R79,
    *NEGATIVES_FP80,
    *NEGATIVES_R81,
]


@pytest.mark.parametrize(("text", "kind"), ROUND_REQUESTS)
def test_round_tables_requests_and_their_kind(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", ROUND_NO_REQUEST)
def test_round_tables_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


@pytest.mark.parametrize("text", ROUND_NO_REQUEST_REGISTER_C)
def test_round_tables_no_request_register_c(text: str) -> None:
    assert "case_request" not in triage(text, "c").labels


# round 84: which of two addresses or times of one's own meeting is the right one; travel
# costs to a meeting demanded back; near misses: the same question of a shop, a meeting
# told as cancelled in a diary or a review, plane or concert tickets refunded, a review
# praising
POSITIVES_R84 = [
    (
        "I mødeindkaldelsen står der kl. 9, men i e-boks står der kl. 11. Hvilket tidspunkt "
        "er det rigtige?",
        "moede",
    ),
    (
        "Indkaldelsen siger Nørregade og sms'en Vestergade, hvad er saa den rigtige adresse?",
        "moede",
    ),
    (
        "Så var samtalen aflyst, da jeg kom. Jeg kræver at få dækket min kørsel fra Skive.",
        "udbetaling",
    ),
    ("Jeg forventer at faa refunderet mine togbilletter til mødet i går.", "udbetaling"),
]
NEGATIVES_R84 = [
    "Pakkesedlen fra Føtex har to adresser på. Hvilken adresse er den rigtige?",
    "Kære dagbog. I dag blev mødet aflyst, så jeg bagte boller med min datter.",
    "⭐ 2/5 Jobcenter Vesthav: sad en time i venteværelset, og så blev samtalen aflyst.",
    "Flyet til Kreta blev aflyst, og jeg forventer at få refunderet mine flybilletter.",
    "⭐ 5/5 – venlig modtagelse, og mødet startede præcis til tiden. Tak!",
]
ROUND_REQUESTS += POSITIVES_R84
ROUND_NO_REQUEST += NEGATIVES_R84

# round 84, lead: a decision contested as made on the wrong grounds, without the word
# "klage"; near misses: a decision upheld on its grounds, a club's choice on wrong facts
ROUND_REQUESTS += [
    ("Afslaget blev givet på et fejlagtigt grundlag, for lægen skrev noget andet.", "klage"),
    ("Sanktionen er truffet på forkerte oplysninger om mit fravær i maj.", "klage"),
]
ROUND_NO_REQUEST += [
    "Ankestyrelsen fandt, at afgørelsen ikke var truffet på et forkert grundlag, så den står.",
    "Foreningen valgte ny kasserer på et forkert grundlag, men det er deres sag.",
]

# round 86: a correction the writer expects made; whether a ticket or receipt can be used
# for a travel refund; whether a deadline has passed, asked as a statement with "vel";
# near misses: a teacher's essay corrected, a correction told as done, a printer or a museum
# ticket used, a deadline told as kept, a figure of speech about one's own blunder
POSITIVES_R86 = [
    ("Vi regner med, at fejlene i journalen bliver korrigeret inden næste møde.", "andet"),
    ("Notatet om min praktik er forkert. Jeg forventer at det bliver rettet.", "andet"),
    ("Kan kvitteringen fra p-huset bruges til befordringsgodtgørelse?", "udbetaling"),
    ("Har kun et foto af buskortet. Kan I godt bruge det til korselsgodtgorelse?", "udbetaling"),
    ("Jeg har vel ikke misset fristen for at sende lønsedlerne?", "status"),
    ("Øv, jeg glemte brevet i en uge. Deadlinen er forhåbentlig ikke udløbet?", "status"),
]
NEGATIVES_R86 = [
    "Min lærer forventer, at opgaven bliver rettet til på fredag.",
    "Notatet blev rettet i går, tak for hjælpen.",
    "Kan I bruge den gamle printer til noget på kontoret?",
    "Kan man bruge stubben af en billet til at komme ind på museet igen?",
    "Svarfristen er heldigvis ikke overskredet, så jeg sender den i dag.",
    "Jeg kunne skyde mig selv i foden over, at jeg glemte min søsters fødselsdag.",
]
ROUND_REQUESTS += POSITIVES_R86
ROUND_NO_REQUEST += NEGATIVES_R86

# round 88: a form asked mailed, named by a pronoun after the sentence that needs it; near
# misses: a website down told without a question, the form told as mailed already
POSITIVES_R88 = [
    ("Jeg kan ikke finde ansøgningsskemaet på nettet. Kan du sende det til mig?", "andet"),
    ("Jeres side virker ikke, og jeg mangler blanketten. Vil I maile den til mig?", "andet"),
]
NEGATIVES_R88 = [
    "Jeres hjemmeside er nede igen, det er simpelthen for dårligt.",
    "Tak fordi I mailede den til mig i går, blanketten er udfyldt.",
]
ROUND_REQUESTS += POSITIVES_R88
ROUND_NO_REQUEST += NEGATIVES_R88

# round 88, lead: papers brought by with a time, asked whether it suits; the way in asked
# before a meeting; near misses: a visit told as done, parking asked at a concert hall
ROUND_REQUESTS += [
    ("Jeg kommer forbi med lægeerklæringen på torsdag kl. 10, er det i orden?", "andet"),
    ("Er der elevator ved jeres indgang? Jeg går med rollator.", "andet"),
]
ROUND_NO_REQUEST += [
    "Jeg kom forbi med papirerne i går, og det var i orden, sagde damen i skranken.",
    "Er der handicapparkering ved koncertsalen? Vi skal høre Mahler på lørdag.",
]

# round 90: a meeting moved or missed in Jutlandic spelling; how to reset a login; whether a
# slip counts as absence; whether the promised call or visit still comes; news asked in
# English; what the jobcentre wrote about the writer to a third party. Near misses: moving
# house or a party missed in dialect, a router or a bike lock reset, a rule told or a
# school's absence, calls to others in general or told as missing, news in general, what
# someone else wrote about a party or in the newspaper
POSITIVES_R90 = [
    ("Hej. Ka' I flytt' æ samtale te' torsdaw? Vi ska' te' begravels'.", "moede"),
    ("A ka' itj kom' te' mødet i mårn, a ligger syg.", "moede"),
    ("Hvordan nulstiller man adgangskoden til joblog? Jeg kan ikke huske den.", "andet"),
    ("Jeg har lukket mig selv ude af Jobnet. Hvordan får jeg en ny adgangskode?", "andet"),
    (
        "Min datter blev syg i nat, så jeg gik glip af opfølgningen. Regnes det som udeblivelse?",
        "andet",
    ),
    ("Jeg meldte afbud ti minutter før mødet. Det tæller vel ikke som fravær?", "andet"),
    ("Jeg har siddet klar ved telefonen siden kl. 13 som aftalt. Ringer du overhovedet?", "status"),
    (
        "Vi skulle have haft hjemmebesøg ved middagstid, nu er det eftermiddag. Kommer du stadig?",
        "status",
    ),
    ("My husband sent his papers last month. Is there any update on his case?", "status"),
    ("Hello, do you have any news about my application for fleksjob?", "status"),
    ("Jeg vil gerne læse, hvad I har sendt til min læge om mig.", "aktindsigt"),
    ("Kan jeg se, hvad kommunen har oplyst til pensionskassen om mig?", "aktindsigt"),
]
NEGATIVES_R90 = [
    "Vi rykk' te' Herning på fredaw, for a har fået arbejde der.",
    "A ka' ik' kom' te' æ fødselsdag på lørdaw, æ er på arbejde.",
    "Jeg nulstiller routeren hver morgen, ellers virker nettet ikke.",
    "Koden til min cykellås var væk, så jeg nulstillede den i går med en video fra nettet.",
    "Det tæller som fravær, hvis man ikke melder afbud inden kl. 8.",
    "Hvorfor regnes det som udeblivelse på skolen, når min søn har været hos lægen?",
    "Det tæller som fravær i gymnasiet, når man kommer for sent, ikke?",
    "Ringer I stadig rundt til alle ledige om sommerjob?",
    "There is no news from the jobcentre, as usual.",
    "I read the news every morning before work.",
    "Min datter vil se, hvad veninden har skrevet til hende om festen.",
    "Jeg så i avisen, hvad borgmesteren har skrevet til ministeren om ham.",
]
ROUND_REQUESTS += POSITIVES_R90
ROUND_NO_REQUEST += NEGATIVES_R90

# round 92: a meeting asked moved by a pronoun in a plea after the sentence that names it; a
# case said to lie with a leader or a jurist, and when it moves asked. Near misses: a car
# asked moved in a text about no meeting, a bike in the same sentence, a parcel at the
# neighbour's, the case's place told with no question; how people may book told as the
# practice, and the form of meetings argued for people in general (policy opinions), while
# the writer's own meeting asked held by phone still asks
POSITIVES_R92 = [
    ("Jeg er indkaldt til samtale samme dag som min mors begravelse. Ryk den venligst.", "moede"),
    ("I har sat mødet til den dag, hvor jeg er på hospitalet. Kan I ikke flytte det?", "moede"),
    ("Min ansøgning ligger hos teamlederen, siger de. Hvornår kigger hun på den?", "status"),
    (
        "Jeg har fået at vide, at klagen ligger hos en jurist. Hvornår bliver hun færdig med den?",
        "status",
    ),
    ("Hvor kan man bestille en tid til en samtale?", "moede"),
    ("Mange dage har jeg det dårligt, så mødet kunne vel holdes over telefon?", "moede"),
    ("Jeg har angst. Kan mit møde på tirsdag foregå over telefon?", "moede"),
]
NEGATIVES_R92 = [
    "Der holder en bil foran min indkørsel. Flyt den venligst.",
    "Tak for en god samtale i går. Min søn har stillet sin cykel i gangen, flyt den lige, skat!",
    "Pakken ligger hos naboen. Hvornår kommer du hjem?",
    "Sagen ligger hos teamlederen, og hun har lovet svar på fredag.",
    "Det er en skandale, at borgerne nu kun kan bestille tid via en app.",
    "Jeg synes ikke, det er i orden, at ældre efterhånden kun kan booke en samtale på nettet.",
    "Mange ledige har langt til byen, og møderne kunne fint klares over telefonen.",
    "Folk med angst har det svært i venterummet, og samtalerne kunne sagtens holdes på video.",
]
ROUND_REQUESTS += POSITIVES_R92
ROUND_NO_REQUEST += NEGATIVES_R92

# round 94: help with the rent or a bill asked as a condition; a placement asked for in a
# question; whether a decision is made, asked of an application the writer told of; papers
# brought to the office "hvis det er okay?", or handed in after "og". Near misses: a
# brother's help with the rent, a chore, interns asked after, a placement told as had, a
# decision about a sign or opening hours, keys brought to a sister, a visit told as done
POSITIVES_R94 = [
    ("Hvis I ikke betaler min tandlægeregning, kan jeg ikke få lavet min tand.", "udbetaling"),
    ("Medmindre kommunen hjælper os med depositummet, må vi blive boende hos min mor.", "andet"),
    ("Kunne jeg starte i løntilskud hos en vognmand i Vejen?", "andet"),
    ("Kender I nogen ledige praktikpladser som tømrer omkring Skive?", "andet"),
    ("Jeg søgte om hjælp til en ny seng i februar. Har I taget stilling til det endnu?", "status"),
    (
        "Jeg har ansøgt om et kørekort til truck for en måned siden. Er der truffet en afgørelse?",
        "status",
    ),
    ("Jeg kommer ind på rådhuset på fredag og giver jer skemaet, hvis det passer?", "andet"),
    ("Jeg kommer forbi med de underskrevne papirer torsdag, hvis det er okay?", "andet"),
    # stop 28: a meeting missed for a child's first school day is still a meeting moved
    ("Jeg kan ikke komme på mandag, for min datter starter i skole den dag.", "moede"),
]
NEGATIVES_R94 = [
    "Hvis min bror ikke hjælper mig med huslejen, må jeg sælge bilen.",
    "Hvis du ikke hjælper mig med opvasken, får du ingen dessert.",
    "Har I nogen praktikanter på kontoret i sommer? Jeg så en ung fyr ved skranken.",
    "Jeg kunne komme i praktik hos en bager, men jeg valgte skolen.",
    "Har I truffet en beslutning om farven på det nye skilt?",
    "Byrådet har truffet en beslutning om de nye åbningstider.",
    "Jeg kommer forbi min søster i morgen og afleverer nøglerne, hvis det er okay?",
    "Jeg kom forbi jobcentret i går og afleverede lægeerklæringen.",
]
ROUND_REQUESTS += POSITIVES_R94
ROUND_NO_REQUEST += NEGATIVES_R94

# stop 28 (reported by a round-92 helper): children who cannot go to their school or day
# care after a move ask for no meeting; a meeting missed for a child's first school day does
NEGATIVES_S28 = [
    "Når vi flytter til Jylland i august, kan pigerne ikke komme i den gamle børnehave mere.",
    "Efter flytningen kan min søn ikke komme på sin skole længere, det er for langt.",
]
ROUND_NO_REQUEST += NEGATIVES_S28
# round 96: the writer expects someone in charge to see to the case, or the case to be
# given priority or sped up. Near misses: what the politicians should see to for the town,
# a daughter who should see to the dog, a council's priorities, a garden given priority
POSITIVES_R96 = [
    (
        "Jeg forventer, at afdelingslederen sørger for, at min klage bliver behandlet i denne "
        "uge.",
        "andet",
    ),
    ("Jeg kræver, at I sørger for, at mit sygedagpengeforløb bliver forlænget.", "andet"),
    ("Jeg beder om, at min sag bliver prioriteret, da min økonomi er helt i bund.", "andet"),
    ("Vi forventer, at vores ansøgning om fleksjob nu bliver fremskyndet.", "andet"),
]
NEGATIVES_R96 = [
    "Jeg forventer, at politikerne sørger for, at ventetiden falder i hele kommunen.",
    "Jeg forventer, at min datter sørger for, at hunden bliver luftet, mens jeg er væk.",
    "Jeg håber, at byrådet prioriterer de ældre i næste budget.",
    "Min mor forventer, at hendes have bliver prioriteret, når gartneren kommer.",
]
ROUND_REQUESTS += POSITIVES_R96
ROUND_NO_REQUEST += NEGATIVES_R96
# round 100: a date offered declined with another proposed ("kan ikke på torsdag kl. 10 …
# er det okay, at vi holder den ugen efter i stedet?"); a record asked corrected in English.
# Near misses: a bus taken the day after instead, a song one cannot, "please correct me if I
# am wrong", a file fixed at home
POSITIVES_R100 = [
    (
        "Jeg kan altså ikke på torsdag kl. 10, for der skal jeg til tandlæge. Er det okay, at "
        "vi holder den ugen efter i stedet?",
        "moede",
    ),
    (
        "Han kan desværre ikke den 22. om formiddagen. Passer det, at vi rykker samtalen to "
        "dage senere i stedet?",
        "moede",
    ),
    ("Kindly amend the entry in my file so it shows I attended.", "andet"),
    ("Could you please remove the note about my absence from the record?", "andet"),
]
NEGATIVES_R100 = [
    "Bussen var aflyst, så vi tager den dagen efter i stedet.",
    "Jeg kan ikke den sang, men jeg kan lære den.",
    "Please correct me if I am wrong, but the office is closed on Friday.",
    "My printer is broken, so I will fix the file at home.",
]
ROUND_REQUESTS += POSITIVES_R100
ROUND_NO_REQUEST += NEGATIVES_R100
# stop 29: a decision wanted changed or reversed is a complaint by its deadline ("vil have
# afgørelsen ændret", "ønsker sanktionen lavet om"), not the general kind; never let to speak
# before a decision claims the hearing. Near misses: an address changed, a pupil not let to
# explain himself, being heard and content
POSITIVES_S29 = [
    ("Jeg mener, at I har lagt vægt på de forkerte oplysninger, og jeg vil have afgørelsen "
     "ændret.", "klage"),
    ("Jeg ønsker afslaget lavet om, for min læge er ikke blevet spurgt.", "klage"),
    ("Jeg kræver, at sanktionen bliver trukket tilbage.", "klage"),
    ("Jeg har ikke fået lov til at udtale mig, før I traf beslutningen. Det vil jeg gerne nu.",
     "partshoering"),
    ("Vi fik aldrig lov til at forklare os, inden I stoppede ydelsen.", "partshoering"),
]
NEGATIVES_S29 = [
    "Jeg fik lov til at udtale mig, før de besluttede, og det var fint.",
    "Min datter fik ikke lov at forklare sig for træneren, så hun gik hjem.",
    "Afgørelsen i Champions League blev ændret efter videodømning.",
]
ROUND_REQUESTS += POSITIVES_S29
ROUND_NO_REQUEST += NEGATIVES_S29
# round 104 (request helper): placements or courses the jobcentre "can help me with" asked in
# a relative clause; whether a relative must report something to the jobcentre; the wish to
# explain one's side before a decision (partshøring); a copy of the notes or file asked in
# English. Near misses: a statement that nothing can be done, a course the mother may like,
# a report to the police, a plain statement of a duty, a son's side told to a teacher, a side
# told to the police, a bus timetable, one's own notes
POSITIVES_R104 = [
    ("Er der nogen kurser i regnskab, som I kan hjælpe mig ind på?", "andet"),
    ("Findes der job på et lager i Vejle, som du kan skaffe mig?", "andet"),
    (
        "Min søn har fået et fritidsjob i Netto. Skal han oplyse det til jobcentret, nu "
        "hvor han får kontanthjælp?",
        "andet",
    ),
    ("Skal min datter selv give besked til sagsbehandleren, hvis hun tager på højskole?", "andet"),
    (
        "Inden I beslutter noget, vil jeg bede om at få lov til at fremlægge min version "
        "af sagen.",
        "partshoering",
    ),
    (
        "Jeg har læst jeres brev om tilbagebetalingen, og jeg ønsker at få mulighed for "
        "at forklare min side først.",
        "partshoering",
    ),
    ("Could I see everything you have recorded about me since January?", "aktindsigt"),
    ("May I have a copy of my file, including the notes from the last meeting?", "aktindsigt"),
]
NEGATIVES_R104 = [
    "Der er ikke noget, som I kan hjælpe mig med, så jeg klarer det selv.",
    "Er der nogen kurser i strikning, som min mor kan lide, tror du?",
    "Skal hun melde det til politiet, at hendes cykel er stjålet?",
    "Hun skal melde det til Ungeindsatsen i morgen, det har hun lovet.",
    "Min søn vil gerne have lov til at forklare sin side til læreren efter slåskampen.",
    "Jeg håber at få lov til at forklare min side over for politiet i morgen.",
    "Can I get a copy of the bus timetable for the summer?",
    "I took notes about the course, and I keep them in my bag.",
]
ROUND_REQUESTS += POSITIVES_R104
ROUND_NO_REQUEST += NEGATIVES_R104

# round 108 (request2 helper): employers who take people in a measure, asked after; a
# complaint wanted registered; another consultant wished for at the end of a long sentence;
# a staff member asked to call back in Jutland dialect; whether an activity counts in the
# plan. Near misses: firms that sell furniture, a statement that such firms exist, a
# complaint told as registered, a complaint to a housing association, a son's teacher, a
# colleague's new boss, a dialect statement, a call to someone else, an exam, a club's books
POSITIVES_R108 = [
    ("Kender I nogen arbejdsgivere i Horsens, der vil ansætte i fleksjob med få timer?", "andet"),
    ("Er der firmaer her i området, som tager folk i løntilskud?", "andet"),
    (
        "Jeg beder om, at min klage bliver journaliseret, og at den sendes videre til ledelsen.",
        "klage",
    ),
    ("Vi forventer, at vores klage registreres senest i morgen.", "klage"),
    ("Jeg håber, at jeg kan få en ny mentor efter sommerferien.", "andet"),
    (
        "Efter mødet i går forventer jeg, at referatet bliver rettet, og at jeg får en anden "
        "rådgiver.",
        "andet",
    ),
    ("Ku' Kim Frederiksen ring' mæ tebåg i mår?", "andet"),
    ("Ka' hun ring' mæ op, når hun har tid?", "andet"),
    ("Må min frivillige tjans i genbrugsbutikken tælle med i jobplanen?", "andet"),
    ("Kan svømning to gange om ugen regnes som en del af forløbet?", "andet"),
]
NEGATIVES_R108 = [
    "Findes der virksomheder, der sælger brugte kontormøbler?",
    "Der findes virksomheder, der tager folk i fleksjob, det ved jeg godt.",
    "Min klage blev registreret i sidste uge, så det er på plads.",
    "Hun fortalte, at hendes klage til boligforeningen blev behandlet i går.",
    "Jeg håber, at min søn får en anden lærer næste år.",
    "Min kollega fortalte, at hun fik en ny chef i foråret.",
    "Han ka' ring' mæ op, når han vil.",
    "Ka' do ring' ham op i mår?",
    "Kan det tælle med som en del af min eksamen?",
    "Tæller det med i regnskabet for foreningen?",
]
ROUND_REQUESTS += POSITIVES_R108
ROUND_NO_REQUEST += NEGATIVES_R108

# --- round 112 (insreq helper): an amount taken wanted back, when a settlement comes, word
# asked when the case has news, whether the writer's meeting is cancelled, where the entrance
# to a meeting is, the firm of a placement to be asked to change a shift, leave to go on in a
# measure past a date
POSITIVES_R112 = [
    ("Vi vil have de 850 kroner retur, som I modregnede i marts.", "udbetaling"),
    ("Jeg skal altså have mine 1.500 kr. tilbage, som I trak fra ydelsen.", "udbetaling"),
    ("Hvornår kommer opgørelsen af mit ferietillæg?", "udbetaling"),
    ("hvornår kan udbetalingen af mine feriepenge ske?", "udbetaling"),
    ("Giv mig bare besked, så snart der sker noget i min ansøgning.", "status"),
    ("Skriv endelig, når der er nyt om sagen.", "status"),
    ("Jeg har en samtale hos jer på fredag – er den aflyst?", "moede"),
    ("Jeg skal til opfølgningsmøde mandag. Bliver mødet så flyttet?", "moede"),
    ("I har indkaldt mig til samtale kl. 10 på Torvet 3. Hvor finder jeg indgangen?", "moede"),
    ("Hvor ligger mødelokalet? Der står intet om det i indkaldelsen.", "moede"),
    ("Kunne du bede praktikstedet om at rykke mine timer til om formiddagen?", "andet"),
    ("Kan I få arbejdsgiveren til at ændre fredagsvagten, så den passer med børnehaven?", "andet"),
    ("Jeg er glad for arbejdstræningen i genbrugen. Kan jeg blive der til marts?", "andet"),
    ("Praktikken går rigtig godt. Må jeg fortsætte efter sommerferien?", "andet"),
]
NEGATIVES_R112 = [
    "Jeg skal have 3.000 kr. tilbage i skat i år.",
    "Jeg skal have de 200 kr. tilbage fra min veninde.",
    "Afregningen af mine feriepenge kom i går, tak.",
    "Hvornår kommer afregningen af vores elregning?",
    "Skriv når der er nyt om vejret i weekenden.",
    "Min søster skriver altid, når der er nyt i hendes liv.",
    "Jeg skal til koncert på lørdag, bliver den aflyst?",
    "Vi har forældremøde i aften, bliver det aflyst?",
    "Hvor er indgangen til svømmehallen?",
    "Vi har forældremøde på skolen, hvor er indgangen?",
    "Min mor fik virksomheden til at flytte vagten, så det er løst.",
    "Kan du få børnene til at rydde op efter sig?",
    "Jeg går til styrketræning. Må jeg fortsætte efter nytår?",
    "Må jeg fortsætte efter nytår med at låne din bil?",
]
ROUND_REQUESTS += POSITIVES_R112
ROUND_NO_REQUEST += NEGATIVES_R112

# --- round 116 (selfreq helper): someone at the jobcentre asked for in a question ("er der
# nogen hos jer, der kan hjælpe …?"), how to book a meeting asked. Near misses: the same said
# as a statement or of a club, a hairdresser's or a dentist's time
POSITIVES_R116 = [
    (
        "Jeg har fået tilbudt praktik i en bagerbutik. Er der nogen hos jer, som kan hjælpe med"
        " kontrakten?",
        "andet",
    ),
    ("Findes der en i jobcentret, der kan vejlede mig om uddannelse?", "andet"),
    (
        "Jeg vil gerne i gang igen efter min sygemelding. Hvor bestiller jeg en tid til en"
        " samtale?",
        "moede",
    ),
    (
        "Jeg har ikke været til møde hos jer i lang tid. Hvordan kan jeg få et nyt møde med min"
        " rådgiver?",
        "moede",
    ),
]
NEGATIVES_R116 = [
    "Der er nogen hos jer, der kan hjælpe, siger min ven, så jeg prøver igen i morgen.",
    "Er der nogen i foreningen, der kan hjælpe med at male klubhuset?",
    "Hvordan booker jeg en tid hos frisøren?",
    "Jeg har samtale i morgen, og bagefter skal jeg til tandlægen. Hvordan booker jeg en tid hos"
    " tandlægen?",
]
ROUND_REQUESTS += POSITIVES_R116
ROUND_NO_REQUEST += NEGATIVES_R116

# --- round 120 (critreq helper): a decision the writer thinks must be taken up again, in her
# own or a relative's case; a placement wanted stopped; who sends the case on after a
# move; job-directed courses in the municipality; leave to go on past a measure's weeks. Near
# misses: a council's decision, a placement told as stopped, a chore, a parcel, a statement, an
# evening school, a gym"s or a club"s trial weeks
POSITIVES_R120 = [
    (
        "Jeg har fået afslag på fleksjob. Jeg mener, at afgørelsen må tages op igen.",
        "genoptagelse",
    ),
    (
        "Min søn har fået besked om, at hans ressourceforløb stopper. Vi synes, at sagen skal "
        "vurderes på ny.",
        "genoptagelse",
    ),
    (
        "Jeg vil have aktiveringen stoppet, for jeg har fået en ny diagnose.",
        "andet",
    ),
    (
        "Min far kan ikke tåle støvet, og han vil have virksomhedspraktikken afbrudt.",
        "andet",
    ),
    (
        "Jeg er flyttet til Sønderborg. Hvordan får jeg min sag overført til den nye kommune?",
        "andet",
    ),
    (
        "Vi flytter til Aarhus i maj. Skal vi selv bede om at få journalen sendt derover, "
        "eller klarer kommunen det?",
        "andet",
    ),
    (
        "Jeg har arbejdet som kok i mange år. Er der nogen jobrettede kurser, jeg kan tage?",
        "andet",
    ),
    (
        "Findes der kurser i truckkørsel via jobcentret?",
        "andet",
    ),
    (
        "Jeg er glad for mit forløb i køkkenet. Må jeg blive efter de otte uger?",
        "andet",
    ),
    (
        "Mentorgruppen har hjulpet mig meget. Kan jeg fortsætte efter de tolv uger?",
        "andet",
    ),
]
NEGATIVES_R120 = [
    "Vi mener, at beslutningen om at lukke svømmehallen skal tages op igen.",
    "Jeg har fået brev fra kommunen om skolelukningen. Jeg mener, at beslutningen skal tages "
    "op igen i byrådet.",
    "Praktikken blev stoppet i sidste uge, og nu har jeg det meget bedre.",
    "Jeg vil have hækken klippet inden weekenden.",
    "Skal jeg selv sørge for at få pakken sendt videre, eller gør posthuset det?",
    "Min sag blev sendt videre til den nye kommune i sidste uge, så alt er på plads.",
    "Der findes jobrettede kurser her i kommunen, og jeg har selv taget to af dem.",
    "Findes der kurser i keramik på aftenskolen?",
    "Jeg har et prøvemedlemskab i fitnesscentret. Kan jeg fortsætte efter de fire uger?",
    "Jeg går på et prøvehold i svømmeklubben. Kan jeg fortsætte på holdet efter de ti uger?",
]
ROUND_REQUESTS += POSITIVES_R120
ROUND_NO_REQUEST += NEGATIVES_R120


# --- round 120 (selfrep helper): a meeting expected by a deadline or demanded ("jeg forventer
# et møde senest fredag", "vi kræver et møde"). Near misses: a hard meeting only expected, a
# meeting that "det kræver"
POSITIVES_R120_SELFREP = [
    ("Jeg har ventet alt for længe. Jeg forventer et møde senest på fredag.", "moede"),
    ("Vi kræver et møde med afdelingslederen om afslaget.", "moede"),
]
NEGATIVES_R120_SELFREP = [
    "Jeg forventer et hårdt møde med min nye mentor.",
    "Det kræver et møde med lægen, før jeg ved mere om min ryg.",
]
ROUND_REQUESTS += POSITIVES_R120_SELFREP
ROUND_NO_REQUEST += NEGATIVES_R120_SELFREP


# --- round 124 (selfreq helper): leave asked to apply for a course, an education or a measure
# ("Kunne vi hellere søge en uddannelse som smed?"); whether the writer may find a place
# themself and have it approved; whether the writer is to come in before the next meeting,
# asked; a plea for an answer ("Vær venlig at give mig et svar"). Near misses: the same told
# without a question, someone else who found a place, a caseworker who was kind enough to
# answer, "vær sød ved dig selv"
POSITIVES_R124 = [
    ("Kunne vi hellere søge en uddannelse som smed?", "andet"),
    ("Madkurset var fint nok. Bør jeg også søge efteruddannelse i regnskab?", "andet"),
    ("Må jeg selv skaffe en arbejdsgiver til løntilskud?", "andet"),
    ("Kan jeg selv finde et sted i en butik og bede dig vurdere det?", "andet"),
    ("Vi skal vel ikke møde op igen inden samtalen på fredag?", "moede"),
    ("Behøver jeg komme ind før opfølgningen i marts?", "moede"),
    ("Vær venlig at give mig et svar om min boligstøtte.", "status"),
    ("Vær sød at svare os hurtigst muligt.", "status"),
]
NEGATIVES_R124 = [
    "Jeg kan søge et kursus i svejsning hos AOF i foråret.",
    "Han kunne søge et kursus, men han gjorde det ikke.",
    "Min nabo har selv fundet en praktikplads i Brugsen.",
    "Min kusine kan selv finde et sted at bo.",
    "Jeg skal ikke møde op igen før samtalen i næste uge.",
    "Hun var sød at svare mig i telefonen i går.",
    "Vær sød ved dig selv i ferien.",
]
ROUND_REQUESTS += POSITIVES_R124
ROUND_NO_REQUEST += NEGATIVES_R124


# stop 30: a request without "om" ("… og beder jer godkende løntilskuddet"); a relative's
# wish to see pictures is none
POSITIVES_S30 = [
    ("Jeg sender ansættelseskontrakten og beder jer godkende løntilskuddet.", "andet"),
    ("Vi beder jer venligst bekræfte tiden for mødet.", "moede"),
]
NEGATIVES_S30 = ["Min mor beder jer se hendes nye billeder på Facebook."]
ROUND_REQUESTS += POSITIVES_S30
ROUND_NO_REQUEST += NEGATIVES_S30
# probe round 128: whether an arrangement still holds, asked with the verb first ("er det
# stadig aftalen?"); near misses: a plan told, not asked, and a private plan reported
POSITIVES_R128_STILL_ARRANGED = [
    (
        "Mødet med virksomheden er på torsdag kl. 13, og Kim Frederiksen skrev, at vi skal mødes"
        " i receptionen. Er det stadig aftalen?",
        "moede",
    ),
    (
        "Sofie Holm sagde, at hun henter mig ved stationen før mødet med virksomheden. Er det"
        " fortsat planen?",
        "moede",
    ),
]
NEGATIVES_R128_STILL_ARRANGED = [
    "Vi ville grille i haven på lørdag, og det er stadig planen.",
    "Min søster ville låne min bil i weekenden. Er det stadig planen, spurgte jeg hende.",
]
ROUND_REQUESTS += POSITIVES_R128_STILL_ARRANGED
ROUND_NO_REQUEST += NEGATIVES_R128_STILL_ARRANGED


# stop 30 (after round 128): companies asked for to be sent on to; the time since the
# application told as a statement (status). Near misses: a shop recommended for a party, years
# since a choice of one's own
POSITIVES_S30B = [
    ("Kender I nogle arbejdsgivere, I kan henvise mig til inden for lager og logistik?", "andet"),
    ("Har jobcentret flere praktiksteder, som I kan formidle mig til efter sommer?", "andet"),
    ("Det er nu fem uger siden, jeg sendte ansøgningen om enkeltydelse.", "status"),
    ("Det er allerede to måneder siden, vi søgte om boligstøtte gennem jer.", "status"),
]
NEGATIVES_S30B = [
    "Har du nogle firmaer, du kan anbefale til min søns fødselsdag?",
    "Det er nu 9 år siden, jeg søgte ind på universitetet, og jeg har aldrig fortrudt det.",
]
ROUND_REQUESTS += POSITIVES_S30B
ROUND_NO_REQUEST += NEGATIVES_S30B


# stop 31: the next step in one's case asked for at a question's end (status). Near misses: the
# same words about a town's council, a next step told, not asked
POSITIVES_S31 = [
    ("Praktikken gik rigtig godt, og de vil gerne have mig i løntilskud. Hvad er næste skridt?",
     "status"),
    ("Lægeerklæringen er sendt til jer i mandags. Hvad sker der så nu?", "status"),
]  # fmt: skip
NEGATIVES_S31 = [
    "Hvad er næste skridt for et byråd, der allerede har lukket tre skoler?",
    "Næste skridt er, at jeg tager kørekort til sommer.",
]
ROUND_REQUESTS += POSITIVES_S31
ROUND_NO_REQUEST += NEGATIVES_S31


# round 132: leave to go on in a placement asked for a relative (andet); another time asked
# found, also in dialect (moede); everything asked sent to the writer too from now on
# (andet); which address of a summons holds (moede); a meeting hour said to suit badly
# (moede); whether a paper of the case has been sent on yet (status). Near misses: a sport
# asked about, a time told as found, what was sent before, an address for a party, a time
# that suits, a parcel sent on, each told or asked outside a case
POSITIVES_R132 = [
    ("Min datter er i praktik i en bagerbutik og trives. Må hun blive der til efter nytår?",
     "andet"),
    ("Vores søn er glad for sit løntilskud på lageret. Kan han fortsætte over sommeren?",
     "andet"),
    ("Jeg skal møde ind kl. 9, men toget fra Tarm er først fremme 9.20. Ku' I finde et "
     "senere tidspunkt te mig?", "moede"),
    ("Min samtale ligger oven i min vagt på plejehjemmet. Kan I ikke finde et tidligere "
     "tidspunkt?", "moede"),
    ("Jeg har fuldmagt for min far, der har demens. Herefter skal kopi også sendes til os.",
     "andet"),
    ("Min mor kan ikke åbne sin e-boks. Fremover må I gerne sende en kopi af alt til mig.",
     "andet"),
    ("I brevet står der, at jeg er indkaldt til Torvegade 12, men I holder vel til på "
     "Stationsvej. Hvilket sted er det rigtige?", "moede"),
    ("Jeg skal melde mig i receptionen på torsdag, men hjemmesiden siger noget andet end "
     "brevet. Hvilken bygning er den rigtige?", "moede"),
    ("Det passer os rigtig skidt med en samtale om tirsdagen, hvor min kone har nattevagt.",
     "moede"),
    ("Klokken 8 passer mig altså elendigt, for jeg har morgenvagt i Netto.", "moede"),
    ("Er lægens erklæring blevet sendt over til ydelseskontoret? Den blev skrevet i august.",
     "status"),
    ("Er min mentors udtalelse om forløbet sendt over til Udbetaling Danmark?", "status"),
]  # fmt: skip
NEGATIVES_R132 = [
    "Min søn spiller håndbold i klubben. Kan han fortsætte der efter jul, når han flytter?",
    "Vi fandt et senere tidspunkt til svigermors fødselsdag, så det gik fint.",
    "Før blev alt sendt til mig, men det var før min mor flyttede til plejehjemmet.",
    "Fremover skal alt gå meget bedre, lover min kæreste.",
    "Vi holder fest på lørdag og har sendt to invitationer. Hvilken adresse er den rigtige?",
    "Det passer mig fint med et møde kl. 10 på torsdag, tak for i dag.",
    "Det passer mig dårligt at vente på bussen i regnvejr.",
    "Er pakken fra min onkel blevet sendt videre til posthuset i Brande?",
    "Min erklæring er blevet sendt videre til ydelseskontoret i går, fik jeg at vide.",
]
ROUND_REQUESTS += POSITIVES_R132
ROUND_NO_REQUEST += NEGATIVES_R132

# round 136: a request after a joke or a figure of speech: news about a measure asked, staff
# asked to find out whether a place is free, leave to do one's placement part-time; news
# about a match, a lift to football, a placement told about, a bike on the train are none
POSITIVES_R136_SELFREQ = [
    ("Jeg kunne slå en kolbøtte af glæde, hvis det lykkedes! Har I hørt noget nyt om "
     "løntilskudsjobbet i Netto?", "status"),
    ("Haha, jeg er helt vild med det sted. Er der noget nyt om mit ressourceforløb?", "status"),
    ("Jeg vil så gerne arbejde med heste igen 🐴 Vil Birte høre, om de stadig har en ledig "
     "plads i løntilskud hos rideskolen?", "status"),
    ("Det ville være en drøm med et skånejob på værkstedet. Kan du undersøge, om der er "
     "pladser tilbage?", "andet"),
    ("Jeg bagte boller til holdet i går, de blev brændt 😅 Kan jeg tage mit forløb på nedsat "
     "tid i januar?", "andet"),
    ("Min ryg driller igen. Må jeg godt lave min praktik hjemmefra et par dage?", "andet"),
]  # fmt: skip
NEGATIVES_R136_SELFREQ = [
    "Er der noget nyt om fodboldkampen i aften?",
    "Der er noget nyt om praktikken på vej i avisen, skrev min kusine.",
    "Kan du høre, om der er plads i bilen til fodbold på lørdag?",
    "Jeg vil undersøge, om der er en ledig plads i min datters børnehave.",
    "Jeg har taget min praktik på deltid siden august, og det går fint.",
    "Må jeg godt tage min cykel med i toget på lørdag?",
]
ROUND_REQUESTS += POSITIVES_R136_SELFREQ
ROUND_NO_REQUEST += NEGATIVES_R136_SELFREQ

# round 140: a request without the legal word: to see what a staff member wrote about the
# writer (aktindsigt), who has the case while the caseworker is away (status); what a
# partner wrote on social media, a paper read, the coffee or the dog while someone is away
# are none
POSITIVES_R140_CRITREQ = [
    ('Jeg vil gerne læse, hvad konsulenten noterede om mig efter mødet i marts.', 'aktindsigt'),
    ('Må jeg se, hvad min rådgiver sendte om mig til lægekonsulenten?', 'aktindsigt'),
    ('Hvem tager sig af min sag, nu hvor min sagsbehandler er sygemeldt?', 'status'),
    ('Hvem har hans sag, mens rådgiveren er på ferie?', 'status'),
]
NEGATIVES_R140_CRITREQ = [
    'Jeg vil gerne se, hvad min kæreste skrev om mig på Facebook.',
    'Jeg læste, hvad avisen skrev om mig sidste år.',
    'Hvem har ansvaret for kaffen, mens hun er på ferie?',
    'Hvem passer hunden, mens hun er væk?',
]
ROUND_REQUESTS += POSITIVES_R140_CRITREQ
ROUND_NO_REQUEST += NEGATIVES_R140_CRITREQ

# round 144: a complaint sent in with no word of wanting to complain ("jeg sender klagen for
# min far"), a meeting asked moved in Jutlandic with dropped letters ("ka' vi tag' det over
# æ telefon", "ku' vi find' en anden dag?"); near misses: a complaint to a landlord sent
# last week told, a new day for a party found, a phone call about a sofa
POSITIVES_R144_EXPRQ = [
    ("Min far kan ikke selv skrive på computer, så jeg sender klagen for ham i dag.", "klage"),
    ("Vi indsender hermed klagen og vedlægger lægens udtalelse.", "klage"),
    ("Æ har fået influenza. Ka' vi tag' det over æ telefon på torsdag?", "moede"),
    ("A ka' itte nå det på tirsdag. Ku' vi find' en anden dag?", "moede"),
]
NEGATIVES_R144_EXPRQ = [
    "Naboen sendte klagen over støjen til boligselskabet i sidste uge.",
    "Vi ska' find' en ny dag til festen, for onkel er syg.",
    "Ka' vi tag' den gamle sofa med i bilen på lørdag?",
    "Jeg har læst klagen igennem, og den er god.",
]
ROUND_REQUESTS += POSITIVES_R144_EXPRQ
ROUND_NO_REQUEST += NEGATIVES_R144_EXPRQ

# round 148: requests without the legal word: the decision asked taken up again as "det" or
# "den", two meetings asked held as one, the letters asked in English, a day that suits badly
# with the reason told after a comma; near misses: a point taken up again at a club's
# meeting, a board's meetings merged, a remark that the letters are in English, a day that
# suits well
POSITIVES_R148_EXPRQ = [
    ("Min psykolog har nu skrevet en ny udtalelse. Vil du ikke tage den op igen?", "genoptagelse"),
    (
        "Lægen har sendt en ny erklæring. Tag venligst afslaget op igen, når I har læst den.",
        "genoptagelse",
    ),
    ("Kunne vi ikke slå de to samtaler sammen? Jeg bor langt ude på landet.", "moede"),
    ("Er det muligt at samle møderne sammen til én dag i næste uge?", "moede"),
    ("Could you please send me the letters in English? My Danish is not good yet.", "andet"),
    ("Can we get the decision translated into Polish, please?", "andet"),
    ("Mandag kl. 13 passer skidt, jeg skal hente min søn. Har I en anden tid?", "moede"),
]
NEGATIVES_R148_EXPRQ = [
    "Kan du ikke tage det op igen på næste bestyrelsesmøde i foreningen?",
    "I klubben vil vi gerne lægge de to møder sammen i foråret.",
    "The letters from my landlord are in English, which is fine with me.",
    "We could always get by in English when we lived in Spain.",
    "Onsdag kl. 10 passer mig fint, jeg kommer.",
    "Kommunens nye sparekrav rammer de svageste borgere hårdt. Tag det op igen!",
]
ROUND_REQUESTS += POSITIVES_R148_EXPRQ
ROUND_NO_REQUEST += NEGATIVES_R148_EXPRQ

# round 152: whether the caseworker has heard from the team or the doctor the case waits on
# (also spelled without ø), a caseworker's direct number asked for; near misses: a friend's
# news, a private number, a conclusion left to the reader ("så kan I selv regne resten ud")
POSITIVES_R152_CRITREQ = [
    ("Hej Jonas, har du hørt noget fra lægekonsulenten? Det er snart en måned siden.", "status"),
    ("Har I hoert nyt fra arbejdsgiveren om min arbejdsprøvning?", "status"),
    ("Hvad er din direkte telefon? Jeg vil gerne spørge til mit møde på tirsdag.", "andet"),
    ("Hvad er sagsbehandlerens lokalnummer på kontoret? Jeg har et spørgsmål.", "andet"),
]
NEGATIVES_R152_CRITREQ = [
    "Har du hørt noget fra Peter om festen på lørdag?",
    "Hvad er hans private mobilnummer? Jeg vil bare snakke med ham.",
    "Han har fået nyt job og ny bil. Så kan I selv regne resten ud.",
    "Hun bor alene og arbejder om aftenen, så kan du jo selv tænke videre.",
]
ROUND_REQUESTS += POSITIVES_R152_CRITREQ
ROUND_NO_REQUEST += NEGATIVES_R152_CRITREQ

# round 156: whether one gets the money at all, a date or time frame for the decision, papers
# asked of "nogen", a course or meeting asked to be taken online, a measure asked extended;
# near misses: a date for a party, someone else who cannot say, photos asked of friends,
# shopping online, a lease extended, an extension told of
POSITIVES_R156_CRITREQ = [
    ("Har I en tidshorisont på min ansøgning om fleksjob?", "status"),
    ("Jeg har ventet i tre måneder. Findes der en dato for afgørelsen af min sag?", "status"),
    ("Vil du ikke bare fortælle mig, om jeg får boligstøtten?", "status"),
    ("Kan I sige, om vi får tilskuddet til briller eller ej?", "status"),
    ("Kommunen har ikke sendt mine mødeplaner. Kan en af jer maile dem til mig?", "andet"),
    ("Kan nogen eftersende skemaet til praktikken?", "andet"),
    ("Mødet ligger i Vejle, og jeg har ingen bil. Må jeg følge kurset hjemmefra?", "andet"),
    ("Der er sne på vejene i hele Thy. Kan vi ikke tage undervisningen online i dag?", "andet"),
    ("Kan mit løntilskud blive forlænget til sommer?", "andet"),
    ("Min datter er glad for sit forløb hos tømreren. Må hendes forløb udvides?", "andet"),
]
NEGATIVES_R156_CRITREQ = [
    "Er der en dato for julefrokosten i år?",
    "Min bror kan ikke sige, om jeg får lov at låne bilen.",
    "Kan nogen sende mig billederne fra festen?",
    "Kan jeg tage det online, eller skal jeg hente det i butikken?",
    "Kan min lejekontrakt forlænges med et år?",
    "Hans praktik blev forlænget med fire uger, og han er glad.",
]
ROUND_REQUESTS += POSITIVES_R156_CRITREQ
ROUND_NO_REQUEST += NEGATIVES_R156_CRITREQ


# round 160 (critreq): a deadline asked moved with what it is for before the verb, a
# complaint made on someone's behalf, an interpreter asked in dialect or as a need; near
# misses: a deadline told as moved, an interpreter at the doctor's, thanks on someone's behalf
POSITIVES_R160_CRITREQ = [
    ("Kan svarfristen på partshøringen rykkes en uge?", "andet"),
    ("Kunne fristen for at aflevere lønsedlerne forlænges til mandag?", "andet"),
    ("Jeg vil på hendes vegne klage over afslaget på tilskud.", "klage"),
    ("Vi vil på vores søns vegne klage over afgørelsen om hans praktik.", "klage"),
    ("Min far ska ha tolk te samtalen på tirsdag.", "andet"),
]
NEGATIVES_R160_CRITREQ = [
    "Fristen for at indsende dokumentation blev forlænget til fredag.",
    "Min mor skal have tolk med hos lægen.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R160_CRITREQ)
def test_r160_critreq_requests_and_their_kind(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R160_CRITREQ)
def test_r160_critreq_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 164 (critreq): an answer demanded by a deadline inside a condition, the jobcentre asked
# for firms that are hiring, whether it pays the travel asked with the verb first; near misses:
# an answer from a doctor or on a job application, a question whether they have heard of
# hiring firms, firms the writer rang himself, a firm or an insurance that pays the driving
POSITIVES_R164_CRITREQ = [
    ("Hvis jeg ikke har hørt fra jer inden mandag, klager jeg til borgmesteren.", "status"),
    ("Medmindre jeg får en afgørelse senest den 1. marts, tager jeg sagen videre.", "status"),
    ("Jeg ville give min højre arm for et fast job på et lager. Kender I nogle arbejdsgivere, "
     "som mangler chauffører?", "andet"),
    ("Har du nogen firmaer, der søger rengøringsfolk i Randers?", "andet"),
    ("Betaler kommunen mit buskort, når jeg starter i praktik i Holstebro?", "udbetaling"),
    ("Refunderer jobcentret mine togbilletter til kurset i Aarhus?", "udbetaling"),
]
NEGATIVES_R164_CRITREQ = [
    "Hvis jeg ikke får svar fra lægen inden fredag, må jeg udsætte operationen.",
    "Hvis jeg ikke får svar på jobansøgningen inden fredag, søger jeg videre.",
    "Har I hørt, at mange virksomheder søger lagerfolk lige nu?",
    "Jeg har selv ringet til nogle virksomheder, der søger lagerfolk.",
    "Min nye arbejdsgiver dækker kørsel, hvis jeg får jobbet i Skive.",
    "Dækker forsikringen mine udgifter til bilen efter uheldet?",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R164_CRITREQ)
def test_r164_critreq_requests_and_their_kind(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R164_CRITREQ)
def test_r164_critreq_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 165 (selfreq): requests made without the legal word — anything more to do after an
# absence was reported, a case taken up at a meeting, the papers the jobcentre already has,
# the account still at zero, an answer in writing, whether a letter means paying back
POSITIVES_R165_SELFREQ = [
    ("Jeg er bortrejst fra den 4. til den 18. august og har skrevet det i min joblog. "
     "Skal jeg gøre mere?", "andet"),
    ("Min a-kasse ved, at jeg er på højskole i marts. Er der noget andet, vi skal gøre?",
     "andet"),
    ("Min sagsbehandler sagde, at ressourceforløbet skulle behandles i foråret. Har min sag "
     "været på et møde?", "status"),
    ("Jeg venter på svar om løntilskud. Er indstillingen kommet for udvalget?", "status"),
    ("Jeg sendte lønsedlen i januar og igen i marts. Kunne I ikke bruge den, I allerede "
     "fik?", "andet"),
    ("Nu beder I om lægeerklæringen for tredje gang. Brug dog den, I har i forvejen.",
     "andet"),
    ("Vi er den 2. i måneden, og kontoen viser stadig nul kroner. Hvad gør jeg?",
     "udbetaling"),
    ("Klokken er tolv, og der står fortsat 0 kr. på min nemkonto.", "udbetaling"),
    ("Jeg forstår ikke tallene i afgørelsen. Besvar mig venligst på mail.", "andet"),
    ("I brevet fra jer står der en masse tal. Betyder det, at jeg skal betale 4.200 kr. "
     "tilbage?", "status"),
]
NEGATIVES_R165_SELFREQ = [
    "Jeg har lavet en plan for fødselsdagen. Er der mere, jeg skal gøre?",
    "Jeg har ryddet op i garagen og slået græsset. Er der mere, jeg skal gøre?",
    "Har du været på et møde med din fagforening i år?",
    "Vi har en kaffemaskine på kontoret. Kan I ikke bare bruge den, I allerede har?",
    "Der står stadig 0 point på min konto i spillet, selv om jeg har vundet tre gange.",
    "Jeg brugte alle pengene i Tivoli, så nu er der 0 kr. i min pung.",
    "I skriver 'svar venligst skriftligt', men jeg har hverken computer eller printer.",
    "Står der i lejekontrakten, at jeg skal betale tilbage, hvis udlejeren maler?",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R165_SELFREQ)
def test_r165_selfreq_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R165_SELFREQ)
def test_r165_selfreq_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 165 (insult): the jobcentre told it forgot or skipped the writer's payment; near
# misses: the writer who forgot, a payment forgotten by an employer to a colleague
POSITIVES_R165_INSULT = [
    ("Du har glemt at overføre mine dagpenge, og huslejen skal betales fredag.", "udbetaling"),
    ("Kommunen har sprunget mine sygedagpenge over i denne måned.", "udbetaling"),
]
NEGATIVES_R165_INSULT = [
    "Jeg har glemt min løn på kontoret, så jeg henter den i morgen.",
    "Min kollega siger, at chefen har glemt hans julegave.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R165_INSULT)
def test_r165_insult_forgotten_payment(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R165_INSULT)
def test_r165_insult_no_forgotten_payment(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 169 (reqrep): requests without the legal word: one date fixed for a meeting,
# "unsubscribe me" after a job, news from the firm's consultant, an English benefit stop and
# status question, a payment missing by a date in a condition, the complaint or the case
# demanded handled in the imperative. Near misses: a party's
# date or a club's meeting, a newsletter or a team left, news of a holiday, letters asked
# stopped or a benefit told stopped, a strike's status, money from a sale, money that does
# come, a doctor's treatment, the case decided told in the indicative
POSITIVES_R169_REQREP = [
    ("Kunne I ikke bare spikre et tidspunkt fast til min opfølgningssamtale?", "moede"),
    ("Kan du låse datoen fast for samtalen med virksomhedskonsulenten?", "moede"),
    ("Frameld mig venligst, jeg starter som buschauffør på mandag.", "andet"),
    ("Jeg er startet på lageret hos Brdr. Friis. Afmeld mig fra møderne.", "andet"),
    ("Er der kommet noget nyt fra praktikstedet i Vejen?", "status"),
    ("Har du fået noget nyt fra sagsbehandleren om mit løntilskud?", "status"),
    ("I got a job at the harbour, so could you please end my sygedagpenge from the 1st?", "andet"),
    ("Please cancel my benefits as of next week, I am moving to Norway.", "andet"),
    ("My son applied for kontanthjælp in March. What's the status?", "status"),
    ("Any news on my application for fleksjob?", "status"),
    ("Hvis ikke ydelsen er inde på fredag, ved jeg ikke, hvad jeg gør.", "udbetaling"),
    ("Hvis mine sygedagpenge ikke kommer i dag, kan jeg ikke betale husleje.", "udbetaling"),
    ("Færdigbehandl dog min klage, det har taget fire måneder.", "klage"),
    ("Jeg har ventet siden maj. Behandl venligst min ansøgning.", "status"),
]
NEGATIVES_R169_REQREP = [
    "Vi skal spikre en dato fast til min fødselsdagsfest i juli.",
    "Kan vi ikke bare nagle en dato fast til bestyrelsesmødet i foreningen?",
    "Afmeld mig venligst jeres nyhedsbrev, jeg læser det aldrig.",
    "Meld mig ud, sagde jeg til træneren på holdet i går.",
    "Er der noget nyt fra din ferie i Spanien?",
    "Please stop sending me advertising letters from the gym.",
    "My friend says they will stop my kontanthjælp if I move.",
    "What is the status of the bus strike? I need to get to the dentist.",
    "Hvis ikke pengene fra salget af bilen kommer snart, må jeg låne af min bror.",
    "Hvis pengene kommer i morgen, tager vi i zoologisk have med ungerne.",
    "Lægen sagde: behandl din skulder med is og hvile.",
    "Jeg håber bare, at I afgør min sag med omtanke, når I når så langt.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R169_REQREP)
def test_r169_reqrep_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R169_REQREP)
def test_r169_reqrep_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 173 (reqrep helper): a call or talk asked in dialect, free time offered after a clash,
# something asked in writing, how to sign up for an offer, the time since papers were sent
# with the word order turned
POSITIVES_R173_REQREP = [
    ("Ka' æ kom' ind og snak' med en af jer om min plan?", "andet"),
    ("Ku' vi ring' og tal' med sagsbehandleren om det brev?", "andet"),
    (
        "Jeg har fået en indkaldelse til mandag kl. 13, men der skal jeg til kontrol hos "
        "øjenlægen. Fredag er jeg ledig hele dagen.",
        "moede",
    ),
    (
        "Jeg er kaldt ind til opfølgning torsdag kl. 10, hvor jeg har vagt på plejehjemmet. "
        "Om eftermiddagen kan jeg sagtens.",
        "moede",
    ),
    ("Jeg skal bruge det på skrift til min fagforening.", "andet"),
    ("Kan jeg få svaret på skrift, tak?", "andet"),
    ("Jeg har hørt om jobcentrets cv-værksted. Hvordan melder jeg mig til?", "andet"),
    ("Hvor tilmelder man sig jobcaféen, som min sagsbehandler nævnte?", "andet"),
    ("Snart er det tre måneder siden vi indsendte papirerne, og intet er sket.", "status"),
    ("Nu er det 6 uger siden jeg afleverede lægeerklæringen.", "status"),
]

NEGATIVES_R173_REQREP = [
    "A ka' itt ring' og snak' med nøj'en, telefonen er i stykker.",
    "Ka' do ring' og snak' med min bror om fodbolden?",
    "Jeg arbejder på lageret mandag til onsdag. Torsdag er jeg fri, og så går jeg tur med hunden.",
    "Vi har en aftale med tømreren kl. 8. Om aftenen kan jeg godt lide at læse.",
    "Jeg fik det på skrift fra udlejeren i går.",
    "Min nabo vil have alt på skrift, før hun skriver under.",
    "Hvordan tilmelder jeg mig svømmeholdet i hallen?",
    "Jeg har meldt mig til jobcentrets kursus i Excel.",
    "Nu er det fem uger siden jeg startede i mit nye job.",
    "Nu er det ti år siden jeg sendte min første ansøgning til et firma.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R173_REQREP)
def test_r173_reqrep_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R173_REQREP)
def test_r173_reqrep_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 177 (reqrep helper): requests without the legal word: a cost asked covered in West
# Jutlandic spelling, one's own placement asked extended after a plea, work beside a benefit
# and the hours allowed, where or when to report asked after a doubt, a hearing asked before
# the jobcentre acts, when the next follow-up is. Near misses: a table laid, costs a firm
# pays, a stay or a lease extended, an extension the firm refuses, a teenager's hours, a seat
# at dinner, a match to report at, knowing where to report, a park's plan, an opinion given
# when all was done, a follow-up at the eye doctor's, a project's follow-up
POSITIVES_R177_REQREP = [
    ("Ku' æ få betalt benzinen te kurset i Holstebro? Det er langt.", "udbetaling"),
    ("Ka' vi få kørslen dækket, når han starter i løntilskud?", "udbetaling"),
    ("Jeg håber, I vil hjælpe mig med at forlænge mit løntilskud på savværket.", "andet"),
    ("Kan jeg få min virksomhedspraktik forlænget med en måned?", "andet"),
    ("Må jeg godt tage et aftenjob på tankstationen ved siden af mine sygedagpenge?", "andet"),
    (
        "Mit ressourceforløb starter snart. Hvor mange timer må jeg arbejde hos købmanden om ugen?",
        "andet",
    ),
    (
        "Jeg er usikker på, hvornår vi skal møde ind på mandag. Står der kl. 9 eller kl. 10?",
        "moede",
    ),
    ("Min søn ved ikke, hvor han skal møde op den første dag i praktikken.", "moede"),
    (
        "Inden I træffer en beslutning om min sygedagpengesag, vil jeg gerne give min version.",
        "partshoering",
    ),
    (
        "Jeg vil gerne komme med mine bemærkninger, før kommunen stopper min kontanthjælp.",
        "partshoering",
    ),
    ("Det var en hård uge, men fint. Hvornår ligger den næste opfølgningssamtale?", "moede"),
    ("Hvornår er næste statusmøde med min rådgiver?", "moede"),
]

NEGATIVES_R177_REQREP = [
    "Ka' vi få dækket bordet te festen på lørdag?",
    "Ka' jeg få dækket benzinen af firmaet, når jeg kører for dem?",
    "Hotellet kunne ikke forlænge vores ophold, så vi tog hjem.",
    "Værkføreren siger, at de ikke kan forlænge min praktik, fordi der ikke er arbejde.",
    "Hvor mange timer må man arbejde som 15-årig i en butik?",
    "Må jeg sidde ved siden af min mor til middagen?",
    "Drengene ved ikke, hvor de skal møde op til kampen i Ribe.",
    "Jeg ved godt, hvor jeg skal møde.",
    "Før I gør noget ved parken, vil beboerne gerne sige deres mening.",
    "Jeg sagde min mening, før I gjorde noget, men ingen lyttede.",
    "Hvornår er næste opfølgning hos øjenlægen efter operationen?",
    "Opfølgningen på projektet var god, sagde chefen.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R177_REQREP)
def test_r177_reqrep_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R177_REQREP)
def test_r177_reqrep_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# stop 33: "før du træffer" alone is no hearing asked for; the decision must be named
@pytest.mark.parametrize(
    ("text", "requested"),
    [
        ("Før du træffer dit valg af sofa, så spørg din mor.", False),
        ("Inden du træffer dit valg af skole, så besøg dem.", False),
        ("Før I træffer en afgørelse, vil jeg gerne sende lægens papirer.", True),
        ("Inden du træffer din beslutning, vil jeg gerne have lov at sige noget.", True),
    ],
)
def test_a_decision_named_before_a_hearing(text: str, requested: bool) -> None:
    assert ("case_request" in triage(text).labels) is requested


# round 183 (reqrep helper): requests without the legal word: travel money asked as a vague
# rule, a time demanded soon, one's paper asked sent, the money expected by a date, the
# account at zero, a meeting later or online, the case prioritised, a decision demanded
# changed, who can help with one's case. Near misses: travel paid by a firm, a time at the
# doctor's or the hairdresser's, photos or an address asked sent, a wage or a belief told,
# a savings account or a game at zero, a parents' meeting or a party moved, a task at work
# prioritised, the council's policy or no change wanted, help with homework
POSITIVES_R183_REQREP = [
    ("Kan man få kørepenge, når man kører til sit løntilskud i Vejen?", "udbetaling"),
    ("Jeg kører 40 km til kurset. Kan jeg ikke få kørselsgodtgørelse for det?", "udbetaling"),
    ("Jeg vil have en tid inden fredag, ellers går det galt med min husleje.", "moede"),
    ("Jeg vil have en ny samtale i næste uge med en anden rådgiver.", "moede"),
    ("Kan I ikke bare maile mig min bevilling, så jeg har den?", "andet"),
    ("Gider du sende mig mit forløbsbrev igen? Jeg har mistet det.", "andet"),
    ("Jeg troede, at min kontanthjælp blev udbetalt i fredags?", "udbetaling"),
    ("Vi troede, I udbetalte sygedagpengene den første?", "udbetaling"),
    ("Der står 0 kr. på min nemkonto, og huslejen skal betales.", "udbetaling"),
    ("Min konto viser nul kroner i dag, selvom det er den første.", "udbetaling"),
    ("Samtalen på tirsdag er lagt kl. 8. Kan den blive senere eller på telefonen?", "moede"),
    ("Jeg har et møde med jer på torsdag. Kunne det foregå online i stedet?", "moede"),
    ("Kan min sag blive prioriteret? Jeg er ved at miste min lejlighed.", "status"),
    ("Kunne I fremskynde hendes ansøgning om fleksjob?", "status"),
    ("Jeg vil have den afgørelse lavet om, for den er forkert.", "klage"),
    ("Æ vil ha' den sanktion trukket tilbage.", "klage"),
    ("Hvem kan hjælpe mig med min klage over sanktionen?", "andet"),
    ("Hvem skal jeg tale med om mit fleksjob?", "andet"),
]

NEGATIVES_R183_REQREP = [
    "Kan man få kørselspenge af firmaet, når man kører ud til kunder?",
    "Min kollega får kørselspenge af sin arbejdsgiver hver måned.",
    "Jeg vil have en tid hos lægen i denne uge.",
    "Jeg vil have en tid hos frisøren på fredag.",
    "Gider du sende mig billederne fra festen?",
    "Kan du maile mig din adresse?",
    "Jeg troede, pengene kom, men jeg havde regnet forkert.",
    "Jeg troede, at lønnen fra firmaet kom den første?",
    "Der står 0 kr. på min opsparingskonto, fordi jeg købte en bil.",
    "Der står 0 kr. på min konto i spillet.",
    "Forældremødet er kl. 17. Kan det blive senere?",
    "Festen starter kl. 8. Kan den blive senere?",
    "Kan opgaven prioriteres på arbejdet, så vi bliver færdige?",
    "Vi prioriterer byggeriet af skolen højt, sagde borgmesteren.",
    "Borgerne vil have beslutningen om at lukke biblioteket lavet om.",
    "Jeg vil ikke have den beslutning lavet om, den er fin.",
    "Hvem kan hjælpe mig med mine lektier i matematik?",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R183_REQREP)
def test_r183_reqrep_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R183_REQREP)
def test_r183_reqrep_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 183 (critb): complaints as a plural noun whose handling time is judged, with a general
# demand on the municipality: criticism, no request in a case of the writer's
POSITIVES_R183_CRITB = [
    ("Jeg klager over sanktionen fra den 3. marts, da jeg var syg den dag.", "klage"),
    ("Jeg vil gerne klage over afslaget på min ansøgning om tilskud til briller.", "klage"),
]
NEGATIVES_R183_CRITB = [
    "Ventetiden på klager over afslag om hjælpemidler er nu et halvt år. Byrådet må gøre noget.",
    "Behandlingstiden for klager over sanktioner er alt for lang, og forvaltningen bør "
    "prioritere dem.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R183_CRITB)
def test_r183_critb_complaint_made(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R183_CRITB)
def test_r183_critb_complaints_as_practice(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 183 (lead): readers sent to someone's private number, a rhetorical guess at what
# another would like to hear and "I know who you are" ask the jobcentre nothing
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Vil I sige jeres mening til Per Storm, kan I ringe til hans private mobil 22 41 90 13.",
         False),
        ("Mon ikke hendes svigermor gerne vil høre, hvad hun laver på jobbet.", False),
        ("Jeg ved præcis hvem du er, Sofie Holm.", False),
        ("Kan I skrive til min advokat i stedet for til mig?", True),
        ("Hvem er Sofie Holm? Er hun min nye sagsbehandler?", True),
        ("Min søn vil gerne vide, hvornår hans sag bliver behandlet.", True),
    ],
)  # fmt: skip
def test_calls_guesses_and_knowing_who_are_no_requests(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 187 (critreq): requests without the legal word: whether anyone has looked at papers
# sent in (also typed without æ/ø/å), whether a rule applies in the writer's situation, late
# papers asked included before the payment
POSITIVES_R187_CRITREQ = [
    ("Jeg afleverede attesten i tirsdags. Er der nogen, som har læst den?", "status"),
    ("Er der nogen som har kigget på min ansøgning om fleksjob?", "status"),
    ("Jeg sendte erklaeringen for to uger siden. Er der nogen der har laest den?", "status"),
    ("Gælder reglen om rådighed også, hvis jeg er i praktik?", "andet"),
    ("Dækker ordningen stadig mig, hvis jeg flytter til Vejle?", "andet"),
    ("Når I at tage lønsedlen med, før ydelsen udbetales?", "udbetaling"),
    ("Kan I nå at få oplysningerne med i den næste udbetaling?", "udbetaling"),
]
NEGATIVES_R187_CRITREQ = [
    "Vi sendte invitationerne ud i går. Er der nogen der har set dem?",
    "Er der nogen der har set min kat? Den er grå.",
    "Reglen om rådighed gælder også, hvis man er i praktik.",
    "Gælder offsidereglen også, når det er indkast?",
    "Jeg nåede at få dem med inden udbetalingen.",
    "Kan du nå at få ungerne med inden bussen kører?",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R187_CRITREQ)
def test_r187_critreq_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R187_CRITREQ)
def test_r187_critreq_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 187 (lead): papers sent to another authority or firm, asked after, ask the jobcentre
# nothing; papers from the doctor sent to the jobcentre are a status question
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Er der nogen der har set på min ansøgning om en bolig hos udlejeren?", False),
        ("Er der nogen der har åbnet min ansøgning om lån hos banken?", False),
        ("Jeg sendte erklæringen fra lægen i mandags. Er der nogen der har set på den?", True),
    ],
)
def test_papers_sent_elsewhere_asked_after(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 191 (selfreq): when one's case goes to a meeting, asked (beside a self-harm sign
# too), and whether papers from abroad can be used in one's case; a school trip, a recipe or
# papers only told of are none
POSITIVES_R191_SELFREQ = [
    (
        "Der er ingen grund til at leve længere. Kan I så bare sige, hvornår min fleksjobsag "
        "skal på møde?",
        "status",
    ),
    ("Kan I fortælle mig, hvornår hans sag skal for udvalget?", "status"),
    (
        "Mine eksamensbeviser er fra Polen. Kan de bruges i mit ressourceforløb, eller skal de "
        "oversættes?",
        "andet",
    ),
    ("Kan udtalelsen fra min tidligere chef i Tyskland godkendes til min sag?", "andet"),
]

NEGATIVES_R191_SELFREQ = [
    "Min datter spørger, hvornår hendes klasse skal på lejrskole.",
    "Kan de bruges i suppen, eller skal kartoflerne skrælles?",
    "Jeg har papirer på engelsk fra min tid i Canada, og de ligger i en skuffe.",
    "Hvornår mit hold skal på banen, ved jeg ikke.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R191_SELFREQ)
def test_r191_selfreq_requests(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R191_SELFREQ)
def test_r191_selfreq_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 195 (insrep): what to write about a topic of the application form (wealth, income,
# a car); what to write on a card, in a speech or on a gravestone is none
POSITIVES_R195_INSREP = [
    "Jeg er ved at søge kontanthjælp. Hvad skriver man om indtægt, når man får lidt i SU?",
    "Hvad skal jeg oplyse om friværdi i ansøgningen, når huset er min kones?",
]
NEGATIVES_R195_INSREP = [
    "Hvad skal der stå på kortet til farmors fødselsdag?",
    "Vi skriver en tale til brylluppet. Hvad skal der stå om brudgommens bil?",
]


@pytest.mark.parametrize("text", POSITIVES_R195_INSREP)
def test_r195_insrep_what_to_write_in_form(text: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == "andet"


@pytest.mark.parametrize("text", NEGATIVES_R195_INSREP)
def test_r195_insrep_no_form_question(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 199 (lead): a complaint asked handled by the rules; the wish to see exactly what is
# written; readers sent to a private mail named later in the sentence ask nothing
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jeg forventer, at min klage bliver behandlet efter reglerne og ikke bare afvist.",
         "klage"),
        ("Vi vil gerne se præcis, hvad der står i hans journal om mødet i marts.", "aktindsigt"),
        ("Hvis I vil skrive til Per Storm uden om jobcentret, er hans private mail "
         "per.storm77@gmail.com.", None),
        ("Vi vil gerne se præcis, hvad der står i lejekontrakten, før vi skriver under.", None),
    ],
)  # fmt: skip
def test_complaint_handled_and_what_is_written(text: str, kind: str | None) -> None:
    result = triage(text)
    assert ("case_request" in result.labels) is (kind is not None)
    if kind:
        assert result.case_kind == kind


# Round 199 (helper veiledb): "tænk over, hvad det betyder" bids the reader reflect (a veiled
# warning, no question in a case); a question of what something means for the writer's case
# still asks.
POSITIVES_R199_VEILEDB = [
    "Kan I forklare, hvad det betyder for min ydelse, at jeg starter i fleksjob?",
    "Hvad betyder det for min sygedagpengesag, at lægen har forlænget sygemeldingen?",
]
NEGATIVES_R199_VEILEDB = [
    "Nu har jeg ingenting tilbage. Tænk over, hvad det betyder for en som mig.",
    "I har frataget mig det hele. Tænk lige over, hvad dette indebærer.",
]


@pytest.mark.parametrize("text", POSITIVES_R199_VEILEDB)
def test_r199_veiledb_meaning_asked(text: str) -> None:
    assert "case_request" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES_R199_VEILEDB)
def test_r199_veiledb_reflect_is_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# Round 203 (helper reqrep): requests without the legal word: whether a relative may sit in
# on the meeting, who one's caseworker is, a mistake to be put right in the imperative, papers
# sent late asked taken along in time, whether anyone has looked at the application; a
# sister asked to mind a child, a complaint of not knowing, "du har ret", a bus caught in
# time and a lost key ask nothing in a case.
POSITIVES_R203_REQREP = [
    ("Samtalen på torsdag passer mig fint. Kan min mor også sidde med?", "moede"),
    ("Jeg har fået en indkaldelse til møde om min plan. Må min kæreste gerne være med?", "moede"),
    ("Jeg er startet i ressourceforløb, men jeg ved stadig ikke, hvem min kontaktperson er. "
     "Hvem er det?", None),
    ("Ingen har fortalt mig, hvem min rådgiver er, efter at Ole stoppede. Hvem har den nu?",
     None),
    ("I har sendt mit brev til Kirkevej 4, men jeg er flyttet for et halvt år siden. Ret "
     "venligst min adresse.", None),
    ("Mit kontonummer står forkert i systemet. Opdater det hurtigst muligt, tak.", None),
    ("Jeg har glemt at sende lønsedlen for april. Den er vedhæftet her. Når I at få den med "
     "i beregningen?", None),
    ("Attesten fra lægen kom først i går, men nu har jeg uploadet den. Håber du når at tage "
     "den med, før ydelsen udbetales.", None),
    ("Jeg har søgt om tilskud til briller for seks uger siden. Har nogen overhovedet set på "
     "det?", "status"),
    ("Min ansøgning om enkeltydelse blev sendt i marts. Er der nogen, som har læst den endnu?",
     "status"),
]  # fmt: skip
NEGATIVES_R203_REQREP = [
    "Vi holder familiemøde søndag. Kan min søster sidde med lillebror imens?",
    "Min bror må gerne sidde med til mødet, hvis han har tid.",
    "Jeg har aldrig fået at vide, hvem min sagsbehandler er, og det synes jeg er for dårligt.",
    "Jeg ved godt, hvem min sagsbehandler er. Hvem er det, der har skrevet det her brev?",
    "Du har ret, det var venligt af dig at hjælpe mig i går.",
    "Der er ret mange fejl i avisen i dag, det er nu ikke så slemt.",
    "Lønsedlen er vedhæftet. Jeg skynder mig hjem, så jeg når at få bussen.",
    "Jeg nåede at få dem med i sidste øjeblik, så papirerne er afleveret.",
    "Jeg søgte om fleksjob sidste år og fik det. Er der nogen der har set min nøgle?",
    "Er der nogen der har kigget på den nye cykelsti ved skolen?",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R203_REQREP)
def test_r203_reqrep_requests_without_the_legal_word(text: str, kind: str | None) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    if kind:
        assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R203_REQREP)
def test_r203_reqrep_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# Round 207 (helper reqrep): a call asked for as "could there be someone who calls", a paper
# sent late and whether it still counts, the writer's own wait of weeks (also in dialect), a
# supplement to pay not paid in, an amount the writer wants paid, an address asked changed
# to a new street; statements that someone may call, a bus caught late, people in general
# waiting, a supplement paid, holiday pay from an employer and "du har ret" ask nothing.
POSITIVES_R207_REQREP = [
    ("Jeg har det rigtig skidt for tiden og kan ikke overskue brevene. Kunne der være en, "
     "som kontakter mig i løbet af ugen?", "andet"),
    ("Vi forstår ikke afgørelsen om vores søns hjælp. Vil der komme nogen, der ringer os op?",
     "andet"),
    ("Attesten fra min læge blev først færdig i dag, og fristen var i går. Gælder det stadig, "
     "når jeg sender den i morgen tidlig?", "andet"),
    ("Jeg nåede ikke at indsende kontoudtoget til tiden. Er det okay, hvis jeg uploader det "
     "først på mandag?", "andet"),
    ("Vi har ventet i fire måneder på besked om tilskud til briller, og intet er sket.",
     "status"),
    ("Æ har vent't i syv uger på svar om min boligindretning, og æ er træt af det.", "status"),
    ("Lønsupplementet er ikke blevet udbetalt i marts, og jeg har kun 80 kr. at leve for.",
     "udbetaling"),
    ("Min løn fra skånejobbet er igen ikke suppleret med tilskuddet, så huslejen kan ikke "
     "betales.", "udbetaling"),
    ("Sanktionen var en fejl, for jeg var til lægen. Jeg kræver at få tilbagebetalt de 1.150 "
     "kr.", "udbetaling"),
    ("Jeg vil have udbetalt resten af min kontanthjælp for juni, det er jeres fejl.",
     "udbetaling"),
    ("Jeg er flyttet for to måneder siden, men post fra jer kommer stadig til Åbyvej. Ændr "
     "adressen til Kastanievænget 21, st.", None),
    ("Brevet kom forkert frem igen. Opdater den til Nørregade 9 i Ribe.", None),
]  # fmt: skip
NEGATIVES_R207_REQREP = [
    "Der kan sagtens være nogen i byen, der ringer med klokkerne til jul.",
    "Kan der være nogen i kantinen på søndag?",
    "Min lønseddel er uploadet nu. Går det stadig godt med dit knæ?",
    "Går det stadig, hvis jeg tager toget klokken ti i aften?",
    "Folk har ventet i ugevis på svar fra kommunen, det skriver avisen i dag.",
    "Jeg har ventet i tre uger på min nye sofa, men den kommer på fredag.",
    "Det er uhørt, at jeg har ventet tolv uger på en afgørelse.",
    "Min løn bliver suppleret med tilskuddet hver måned, og det fungerer fint.",
    "Jeg skal have udbetalt feriepenge fra min gamle arbejdsgiver i maj.",
    "Du har ret, den til Bakkegade er den rigtige adresse.",
    "Jeg boede før i et rækkehus på Lindevej og er glad for det.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R207_REQREP)
def test_r207_reqrep_requests_without_the_legal_word(text: str, kind: str | None) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    if kind:
        assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R207_REQREP)
def test_r207_reqrep_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 211 (reqrep): a meeting asked turned into a phone or video meeting with "blive";
# whether to write straight to the named caseworker; whether a complaint or papers arrived
# at all, with words between; access to a case's documents asked in English
POSITIVES_R211_REQREP = [
    ("Kan samtalen i næste uge blive et videomøde? Min bus kører ikke.", "moede"),
    ("Kunne mit møde hos jer på mandag ikke blive over telefonen, jeg har feber?", "moede"),
    ("Der står i e-boks, at jeg skal bruge kontaktformularen. Eller kan jeg ringe direkte til "
     "Sofie Holm?", "andet"),
    ("Nummeret i brevet går til en omstilling. Skal jeg hellere maile direkte til min "
     "sagsbehandler?", "andet"),
    ("Er min ansøgning om enkeltydelse til tandlæge egentlig nået frem?", "status"),
    ("Hvorfor svarer ingen? Er mine papirer fra lægen overhovedet blevet modtaget?", "status"),
    ("We request access to the files in her case regarding her flexjob.", "aktindsigt"),
    ("On behalf of Mr. Jensen I ask for access to his case file.", "aktindsigt"),
]  # fmt: skip
NEGATIVES_R211_REQREP = [
    "Mit møde på fredag blev et telefonmøde, og det gik fint.",
    "Lægen skriver, at mødet med psykiateren kan blive et videomøde.",
    "Skal jeg skrive direkte til min søster om julen?",
    "Jeg skal skrive direkte til Sofie Holm i morgen, sagde hun.",
    "Min klage over sanktionen er heldigvis modtaget nu.",
    "Er min pakke fra Zalando overhovedet kommet?",
    "We need access to the internet at the library to apply for jobs.",
    "Citizens have the right to request access to documents in their case, says the law.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R211_REQREP)
def test_r211_reqrep_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R211_REQREP)
def test_r211_reqrep_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 215 (selfharm): a relative asks who can help the person written about, in a jobcentre
# matter, also beside a sign of self-harm (where the learned head adds no request)
POSITIVES_R215_SELFHARM = [
    ("Min far er i jobafklaring og har det meget skidt. Hvem kan hjælpe ham?", "andet"),
    ("Jeg skriver for min søster, som får kontanthjælp. Hun græder hver dag. Hvem kan støtte "
     "hende?", "andet"),
    ("Min søn er i jobafklaring og har sagt, at han vil tage sit eget liv. Hvem kan hjælpe "
     "ham?", "andet"),
]  # fmt: skip
NEGATIVES_R215_SELFHARM = [
    "Min mor har sagt, at hun ikke vil leve mere. Hvem kan hjælpe hende?",
    "Min bror er i ressourceforløb og har sagt, at han vil tage sit liv. Jeg ved ikke, hvem der "
    "kan hjælpe ham.",
    "Min moster er på kontanthjælp og har samlet sine piller. Hvem kan hjælpe hende med at "
    "flytte?",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R215_SELFHARM)
def test_r215_selfharm_who_can_help_them(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R215_SELFHARM)
def test_r215_selfharm_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# round 215 (reqrep): what to do to keep the money, asked; a payment told as "not a krone";
# the writer asks to see what a caseworker sent to someone else; firms that hire asked of
# the jobcentre; a job or placement wished for rather than another measure
POSITIVES_R215_REQREP = [
    ("Jeg kom for sent til samtalen i morges. Hvad skal jeg gøre for ikke at miste min "
     "kontanthjælp?", "udbetaling"),
    ("Min bil brød sammen i går. Hvad kan vi gøre for ikke at miste ydelsen?", "udbetaling"),
    ("Min sagsbehandler lovede udbetaling i mandags, men der er endnu ikke gået én krone "
     "ind.", "udbetaling"),
    ("Nu er det tredje uge, og jeg har stadig ikke fået en eneste krone fra jer.", "udbetaling"),
    ("Jeg vil gerne læse, hvad konsulenten skrev til praktikstedet sidste måned.", "aktindsigt"),
    ("Jeg ønsker at se, hvad sagsbehandleren mailede til a-kassen i sidste uge.", "aktindsigt"),
    ("Kender du nogen firmaer, der søger tømrere i Vejle?", "andet"),
    ("Står der nogle virksomheder i jeres database, som tager folk uden uddannelse?", "andet"),
    ("Jeg ville helst have et fleksjob i en børnehave end et nyt kursus.", "andet"),
    ("Vi vil hellere ud i løntilskud på et værksted end starte på endnu et forløb.", "andet"),
]  # fmt: skip
NEGATIVES_R215_REQREP = [
    "Hvad gør jeg for ikke at miste pengene på aktier igen?",
    "Min morfar vidste altid, hvordan man undgik at miste pengene.",
    "Jeg har ikke fået en krone fra min eks i børnebidrag.",
    "Vi har ikke brugt en krone på julegaver i år.",
    "Vores nabo har aldrig fået en krone i hjælp fra nogen.",
    "Jeg har set, hvad hun sendte dem, og det var fint.",
    "Jeg vil gerne se, hvad han skrev til hende i julekortet.",
    "Der var ikke nogen virksomheder på jeres liste, der søgte rengøringsfolk.",
    "Kender du nogen veninder, der søger lejlighed?",
    "Min søster vil hellere have et job end et kursus.",
    "Jeg ville hellere have haft et job end et kursus, da jeg var ung.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R215_REQREP)
def test_r215_reqrep_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R215_REQREP)
def test_r215_reqrep_no_request(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 219 (r219_reqrep): a letter asked sent by ordinary post; the decision asked
# tried by someone above the caseworker; a statement in the file asked corrected; whom to
# contact asked by naming the person; a "snak" with the caseworker asked moved
POSITIVES_R219_REQREP = [
    ("Pis og lort med den app. Gider du sende svaret med almindelig post?", "andet"),
    ("Orker I at sende afgørelsen i papirform?", "andet"),
    ("Jeg vil have at nogen over hende prøver det, for jeg er uenig.", "klage"),
    ("Jeg beder om, at sagen sendes til en højere instans.", "klage"),
    ("Jeg kræver, at indstillingen bliver rettet, for den passer ikke.", "andet"),
    ("Jeg ønsker at beskrivelsen bliver rettet, så den passer.", "andet"),
    ("Er det hende, vi skal skrive til om praktikken?", "andet"),
    ("Er det konsulenten, jeg skal kontakte om min fleksjobansøgning?", "andet"),
    ("Jeg vil gerne rykke vores snak til næste uge.", "moede"),
    ("Kan vi udsætte snakken en uge?", "moede"),
]  # fmt: skip
NEGATIVES_R219_REQREP = [
    "Min søster sendte brevet med almindelig post i går.",
    "Min chef kiggede på det i går, og en over ham var enig.",
    "Højere instanser har altid travlt.",
    "Udtalelsen blev rettet i sidste uge.",
    "Det er dig, jeg skal ringe til, har min mor sagt.",
    "Vi fik en god snak i går.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R219_REQREP)
def test_r219_reqrep_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R219_REQREP)
def test_r219_reqrep_told_not_asked(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 223 (r223_selfreq): whether a payment comes, asked in a "vide om"-clause; whether
# something must be reported; a gentler start of a plan proposed as a question. Near misses:
# the same words told, not asked
POSITIVES_R223_SELFREQ = [
    ("Jeg vil bare gerne vide, om jeg får min ydelse på mandag.", "udbetaling"),
    ("Jeg skal høre, om vi får pengene inden jul.", "udbetaling"),
    ("Kunne min sidste løn blive overført til min kone?", "udbetaling"),
    ("Vi har været i Tyskland en uge. Skulle jeg have meldt det, når jeg er sygemeldt?", "andet"),
    ("Burde jeg have givet besked om turen til Norge?", "andet"),
    ("Min læge synes 15 timer er for mange. Kunne jeg begynde med 6 og så se det an?", "andet"),
    ("Kan vi starte med færre timer om ugen?", "andet"),
]
NEGATIVES_R223_SELFREQ = [
    "Jeg skulle have givet besked om det, det ved jeg godt nu.",
    "Vi startede med 8 timer og så det an.",
    "Vi kan starte med fire timer om ugen, sagde lægen.",
    "Jeg ved ikke, om hun får nogen gaver til jul.",
    "Pengene blev overført til min datter i går.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R223_SELFREQ)
def test_r223_selfreq_requests_without_the_usual_words(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R223_SELFREQ)
def test_r223_selfreq_told_not_asked(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 227 (r227_req): someone else's complaint helped with now; dialect participles
# and "it" for "ikke"; "ka I kik på"; something else found together for a placement;
# receipt asked confirmed in the imperative. Near misses: the same words told, past, negated,
# about a landlord or a weekend, or the writer confirming receipt himself
POSITIVES_R227_REQ = [
    ("Jeg hjælper min far, der ikke læser dansk, med hans klage over sanktionen.", "klage"),
    ("Vi hjælper vores datter med hendes anke af afslaget på fleksjob.", "klage"),
    ("Vi har sendt lønsedlerne. Ku do sig os om du har fåt dem?", "status"),
    ("Ku I lige kig på min sag?", "andet"),
    ("Min ryg kan ikke tåle det kursus. Kunne I finde på en anden løsning?", "andet"),
    ("Attesten er vedhæftet. Bekræft gerne at I har fået den.", "status"),
    ("Hermed lægeerklæringen. Vil I venligst bekræfte modtagelsen?", "status"),
    ("Æ har it fået mine sygedagpenge endnu.", "udbetaling"),
]
NEGATIVES_R227_REQ = [
    "Jeg hjalp min far med hans klage over sanktionen i 2019, og han fik medhold.",
    "Jeg hjælper min nabo med hans klage over udlejeren.",
    "Jeg kan ikke hjælpe min bror med hans klage over afgørelsen.",
    "Ka I kik på den film i aften?",
    "Ku do lige kik på min nye bil?",
    "Kan vi finde på noget andet at lave i weekenden?",
    "Praktikken er slut. Kan vi finde på noget andet at spise i aften?",
    "Jeg bekræfter hermed, at jeg har modtaget jeres brev.",
    "Lægen bekræftede, at hun havde modtaget dem.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R227_REQ)
def test_r227_req_requests_without_the_legal_word(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R227_REQ)
def test_r227_req_told_not_asked(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 231 (r231_reqrep): a decision demanded undone without "bliver"; "fik I den?"
# asked after sending; nothing sent about the case yet (also in dialect); a bisidder who
# announces coming along to the citizen's meeting. Near misses: a law demanded withdrawn, a
# holiday asked about, a party, a meeting past or a role told in general
POSITIVES_R231_REQREP = [
    ("Jeg har fået afslag, og jeg forlanger afslaget annulleret.", "klage"),
    ("Vi kræver sanktionen omgående ophævet.", "klage"),
    ("Jeg sendte lægeerklæringen i går. Modtog I den?", "status"),
    ("Jeg har uploadet det hele. Fik du mine lønsedler?", "status"),
    ("Jobcentret har stadig ikke sendt mig noget om min ansøgning.", "status"),
    ("Æ ka it forstå at I stadig it har sendt mæ nøj'et om min sag.", "status"),
    ("Jeg er bisidder for en ung, der har samtale hos jer fredag, og kommer også med ham.",
     "moede"),
    ("Jeg er støtteperson for en borger med møde i morgen kl. 9 og deltager sammen med hende.",
     "moede"),
]
NEGATIVES_R231_REQREP = [
    "Politikerne kræver loven trukket tilbage.",
    "Jeg kræver lovforslaget trukket tilbage.",
    "Fik I det godt på ferien?",
    "Så fik I det, som I ville.",
    "I har ikke sendt mig noget om festen.",
    "Som bisidder deltager jeg ofte i møder.",
    "Jeg var bisidder for en borger til et møde i maj og deltog sammen med hende.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R231_REQREP)
def test_r231_reqrep_demand_receipt_nothing_sent_bisidder(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R231_REQREP)
def test_r231_reqrep_told_not_asked(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 235 (r235_req): another caseworker wanted (the role as object, or named before
# "en anden"); dialect "peng" for the money not received; money demanded back on the account;
# one's own case demanded taken up now; whether the jobcentre has a measure; a letter asked
# for in another language; a sit-in until someone helps with the case; a dialect meeting
# moved "te ugen efter". Near misses: told, not asked, or about a shop, a film or a council
POSITIVES_R235_REQ = [
    ("Vi har ventet alt for længe, og vi ønsker at få en ny jobkonsulent.", "andet"),
    ("Samarbejdet med min rådgiver er gået i stå, og jeg vil have en anden.", "andet"),
    ("Æ ha it fåt nogen peng' i denne måned.", "udbetaling"),
    ("I modregnede 900 kr. uden grund. Beløbet skal tilbage på min konto i dag.", "udbetaling"),
    ("Hendes ansøgning om fleksjob skal altså behandles med det samme.", "status"),
    ("Jeg vil gerne videre. Tilbyder kommunen nogen jobtræning?", "andet"),
    ("Min mor læser ikke dansk. Kan hun få afgørelsen på arabisk?", "andet"),
    ("Jeg møder op hver morgen, indtil nogen hjælper mig med min klage.", "status"),
    ("A ka' it nå det på fredaw. Ka' vi rykk' det te ugen efter?", "moede"),
]
NEGATIVES_R235_REQ = [
    "Min kollega fik en ny jobkonsulent i sidste uge.",
    "Hendes vejleder på universitetet ønsker at få en anden.",
    "Pengene fra butikken skal tilbage på min konto, siger de.",
    "Skolesagen skal tages op nu, mener byrådet.",
    "I har et mentorforløb, som min nabo var glad for.",
    "Kan han få filmen på ukrainsk?",
    "Sidste år sad jeg i venteværelset, indtil nogen hjalp mig med min sag.",
    "Vi har fået en ny socialrådgiver på holdet.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R235_REQ)
def test_r235_req_requests_without_legal_words(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R235_REQ)
def test_r235_req_told_not_asked(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 239 (r239_reqrep): a sum one was short of asked after; a back-payment promised
# for a month now past; a sentence-final question whether the money was sent; another
# caseworker asked for by the writer or a relative, the role named before; the placement
# contract to be "skrevet under" by the jobcentre before the start. Near misses: a sum in a
# council story, money told as sent, a parcel, another one refused, a flat's lease
POSITIVES_R239_REQREP = [
    ("Hvad sker der med de 1.250 kroner, jeg mangler fra maj?", "udbetaling"),
    ("I sagde, I ville udbetale resten i marts, nu er det juni.", "udbetaling"),
    ("Blev min ydelse overført i går?", "udbetaling"),
    ("Er efterbetalingen blevet sendt?", "udbetaling"),
    ("Hendes rådgiver hører aldrig efter, og mor ønsker en ny.", "andet"),
    ("Min søns mentor er uforskammet, og han vil gerne have en anden.", "andet"),
    ("Jeg har løntilskud hos en tømrer. Skal kontrakten skrives under af jer?", "andet"),
    ("Jeg skal i praktik i en bager. Skal aftalen underskrives, inden jeg begynder?", "andet"),
]
NEGATIVES_R239_REQREP = [
    "Hvad sker der med de 40 mio. kr., som kommunen sparer på området?",
    "Pengene er sendt i dag, tak for hjælpen.",
    "Er pakken sendt? Min nabo venter på den.",
    "Min rådgiver er fin, og jeg vil ikke have en anden.",
    "Min sagsbehandler er gået på barsel, og kollegaen har fået en anden.",
    "Skal lejekontrakten skrives under af jer, før jeg flytter ind i lejligheden?",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R239_REQREP)
def test_r239_reqrep_sums_money_caseworker_contract(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R239_REQREP)
def test_r239_reqrep_told_refused_or_not_the_case(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 243 (r243_selfharm): the jobcentre told to hurry if it means to handle the
# writer's application, complaint or payment in time ("hvis I vil nå at behandle min ansøgning,
# skal det være snart"). Near misses: a match or a train to catch, everyone's applications in a
# remark on staffing, a condition that asks nothing
POSITIVES_R243_SELFREQ = [
    "Hvis du skal nå at afgøre min klage inden fristen, skal det være nu.",
    "Hvis I vil nå at udbetale min efterbetaling i denne måned, skal det være snart.",
    "Hvis du vil nå at se på min ansøgning før mødet, skal det være nu.",
]
NEGATIVES_R243_SELFREQ = [
    "Hvis I vil nå at se kampen, skal det være nu.",
    "Hvis I vil nå toget, skal det være nu.",
    "Hvis I skal nå at behandle alle ansøgninger, skal I have flere folk nu.",
    "Hvis I vil nå at behandle min ansøgning, kan det godt tage lang tid.",
]


@pytest.mark.parametrize("text", POSITIVES_R243_SELFREQ)
def test_r243_selfreq_hurry_if_in_time(text: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == "status"


@pytest.mark.parametrize("text", NEGATIVES_R243_SELFREQ)
def test_r243_selfreq_no_case_or_no_hurry(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 243 (critb): the jobcentre asked to check, in Jutland dialect ("ka I ik lig
# tjekk …", "pæng" for penge), and how a form spoken of is to be signed or sent, asked with
# "det"/"den". Near misses: a car checked, a relative's chore, a cake or a parcel, a form
# told signed
POSITIVES_R243_CRITB = [
    ("ka I ik lig tjekk hva der er gal mæ mine pæng?", "andet"),
    ("ku do lig tjek om mine pæng er gåt ind", "andet"),
    ("æ har ik fåt mi pæng for marts", "udbetaling"),
    ("Skemaet er udfyldt. Skal det også underskrives af min læge?", "andet"),
    ("Jeg har vedhæftet blanketten. Kan den sendes som pdf?", "andet"),
]
NEGATIVES_R243_CRITB = [
    "ka do lig tjek hva der er gal mæ bilen, den lyder mærkelig",
    "Min bror ka lig tjekk bilen i weekenden.",
    "Jeg har bagt en kage til festen. Skal den også pyntes?",
    "Skal pakken også sendes med posten? Min nabo venter.",
    "Skemaet skal underskrives, og så sender jeg det.",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R243_CRITB)
def test_r243_critb_dialect_check_and_form_signed(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R243_CRITB)
def test_r243_critb_car_chore_or_told(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 247 (requests): a third person asked along to the meeting again, a lost
# application asked after ("ligger den stadig et sted?", "hvor er papirerne blevet af?"),
# someone asked to find out, what to enclose, a meeting asked made a phone meeting as a
# condition, and when the jobcentre has a time. Near misses: a friend along on a trip, a
# rhetorical "kan nogen overhovedet finde ud af noget?", a present's enclosure, a lost key,
# "hvornår har I tid til at tage jer sammen?"
POSITIVES_R247_REQ = [
    ("Tak for samtalen i går. Kan min søster også være med næste gang?", "moede"),
    ("Jeg søgte om hjælp til tandlæge i marts. Ligger sagen stadig hos jer?", "status"),
    ("Jeg sendte min lægeerklæring for tre uger siden. Hvor er den blevet af?", "status"),
    ("Mit skema er ikke registreret. Kan I undersøge, hvor det er?", "andet"),
    ("Jeg vil søge om boligstøtte, men hvilke papirer skal jeg vedlægge?", "andet"),
    (
        "Hvis samtalen på fredag kl. 10 kunne blive lavet om til et videomøde, ville det hjælpe.",
        "moede",
    ),
    ("Jeg er rask igen og klar til at starte. Hvornår har du en ledig tid?", "moede"),
]
NEGATIVES_R247_REQ = [
    "Vi skal til fødselsdag på lørdag. Kan min søster også tage med?",
    "Kan nogen overhovedet finde ud af noget derinde?",
    "Hvad skal vi vedlægge gaven til min mors fødselsdag?",
    "Jeg har mistet min nøgle i går. Hvor er den blevet af?",
    "Hvornår har I tid til at tage jer sammen?",
]


@pytest.mark.parametrize(("text", "kind"), POSITIVES_R247_REQ)
def test_r247_req_requests_without_the_legal_words(text: str, kind: str) -> None:
    result = triage(text)
    assert "case_request" in result.labels
    assert result.case_kind == kind


@pytest.mark.parametrize("text", NEGATIVES_R247_REQ)
def test_r247_req_trip_rhetoric_or_private(text: str) -> None:
    assert "case_request" not in triage(text).labels


# probe round 247 (r247_selfharm): money demanded by a deadline with no subject named ("hvis
# der ikke kommer noget ind på kontoen i morgen …", "medmindre der står penge på kontoen på
# fredag …"). Near misses: the account told of with no deadline, a condition about someone
# else's money
POSITIVES_R247_PAYMENT_NO_SUBJECT = [
    "Hvis der ikke står penge på min konto fredag, kan jeg ikke betale husleje.",
    "Hvis der ikke kommer noget ind på kontoen inden weekenden, må jeg låne af min bror.",
]
NEGATIVES_R247_PAYMENT_NO_SUBJECT = [
    "Der står ikke meget på kontoen, men vi klarer os.",
    "Hvis der ikke er noget i køleskabet, handler min søster ind.",
]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        *((t, True) for t in POSITIVES_R247_PAYMENT_NO_SUBJECT),
        *((t, False) for t in NEGATIVES_R247_PAYMENT_NO_SUBJECT),
    ],
)
def test_r247_payment_no_subject(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "c").labels) is asked


# round 255 privreq
# A new plan demanded, the plan as the object or named earlier in the sentence; a plan not
# wanted, or a holiday or training plan, asks nothing in a case.
POSITIVES_R255_PRIVREQ_NEW_PLAN = [
    "Jeg vil have en ny handleplan.",
    "Min uddannelsesplan holder ikke, så jeg vil have en ny.",
    "Jobplanen blev skrevet, mens jeg var syg, og jeg kræver at få en ny.",
]
NEGATIVES_R255_PRIVREQ_NEW_PLAN = [
    "Jobplanen er fin, og jeg vil ikke have en ny.",
    "Ferieplanen holdt ikke, så vi vil have en ny.",
    "Min træningsplan er kedelig, jeg vil have en ny.",
]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        *((t, True) for t in POSITIVES_R255_PRIVREQ_NEW_PLAN),
        *((t, False) for t in NEGATIVES_R255_PRIVREQ_NEW_PLAN),
    ],
)
def test_r255_privreq_new_plan(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "c").labels) is asked


# round 255 threatB
# the writer's question reported with the subject first ("jeg spørger om, hvornår jeg kommer
# i praktik"): a status request; another's question, or one to oneself, is none
POSITIVES_R255B_REQ = [
    "Jeg spørger igen om, hvornår jeg kommer i praktik.",
    "Jeg er i tvivl om, hvornår min datter kan få et forløb.",
]
NEGATIVES_R255B_REQ = [
    "Jeg spørger tit mig selv om, hvornår jeg får ro i hovedet.",
    "Mine venner spørger tit om, hvornår jeg får en kæreste.",
]


@pytest.mark.parametrize(
    ("text", "asked"),
    [*((t, True) for t in POSITIVES_R255B_REQ), *((t, False) for t in NEGATIVES_R255B_REQ)],
)
def test_r255b_indirect_when(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 259 criticism
# the politicians urged to reconsider a policy is an opinion, no complaint in a case; asking
# them (or the jobcentre) to reconsider the writer's own case or decision stays a request
POSITIVES_R259_COUNCIL_RECONSIDER = [
    "Jeg beder jer genoverveje afgørelsen i min sag.",
    "Jeg opfordrer kommunalbestyrelsen til at genoverveje min sag om tabt arbejdsfortjeneste.",
]
NEGATIVES_R259_COUNCIL_RECONSIDER = [
    "Debatindlæg: Vi opfordrer byrådet til at genoverveje lukningen af værestedet.",
    "Jeg opfordrer politikerne til at revurdere loftet over kontanthjælpen.",
]


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        *((t, True) for t in POSITIVES_R259_COUNCIL_RECONSIDER),
        *((t, False) for t in NEGATIVES_R259_COUNCIL_RECONSIDER),
    ],
)
def test_r259_council_urged_to_reconsider_is_no_request(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# stop 39: another person's question told ("min nabo spurgte, hvornår …") asks the jobcentre
# nothing; the writer's own question, or one added after the told one, still does
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Min nabo spurgte om, hvornår jeg får min nye sofa.", False),
        ("Min søster spurgte mig, hvornår jeg kommer på besøg.", False),
        ("Min mor spurgte mig, hvornår jeg får mine penge. Det vil jeg også gerne vide.", True),
        ("Hvornår får jeg svar på min ansøgning om fleksjob?", True),
    ],
)
def test_a_question_told_from_someone_else_is_no_request(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 263 critpriv
# Money told as arrived, in thanks, asks for no payment; readers told what they may do to a
# caseworker ("kan I jo bare ringe direkte hjem til hende") ask nothing in a case. The same
# words about the writer's own money or answer still ask.
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Mange tak for svaret i går. Jeg kan nu se, at ydelsen er kommet ind på min "
         "konto.", False),
        ("Tak for hurtig hjælp! Efterbetalingen er endelig gået ind på min konto.", False),
        ("Jeg kan ikke se, at pengene er gået ind på min konto.", True),
        ("Kan I tjekke, om pengene er gået ind på min konto?", True),
        ("Er ydelsen nu kommet ind på min konto?", True),
        ("Hun bor på Solsikkevej 3. Når hun ikke svarer på jobcentret, kan I jo bare ringe "
         "direkte hjem til hende.", False),
        ("Per Storm er aldrig på kontoret. Så kan I jo bare kigge hjem til ham en aften.", False),
        ("Kunne I jo sende mig den afgørelse, I lovede for tre uger siden?", True),
        ("Kan I ringe direkte hjem til mig i morgen formiddag?", True),
    ],
)  # fmt: skip
def test_r263_thanks_for_money_and_readers_sent_home_ask_nothing(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 263 threatB
# A decision to be put right ("rette afgørelsen") is a complaint; "den rette afgørelse" (the
# right one) asks nothing. "Så kan I selv finde ud af resten" leaves the reader to it, like
# "regne resten ud" (round 152): no request; "kan I finde ud af, hvornår …" still asks.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Jeg forventer, at I vil rette beslutningen om min sanktion nu.", True),
        ("I må rette beslutningen om mit ressourceforløb hurtigst muligt.", True),
        ("Kan I finde ud af, hvornår jeg får svar på min ansøgning?", True),
        ("Kan du finde ud af, om mine penge er sendt?", True),
        ("Jeg synes, det var den rette afgørelse, tak for det.", False),
        ("Hun traf den rette beslutning i min sag.", False),
        ("Lønsedlerne ligger i bilaget, så kan I selv finde ud af resten.", False),
        ("Jeg gider ikke mere, så må du selv finde ud af det.", False),
    ],
)
def test_r263b_putting_a_decision_right_and_leaving_the_rest(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# round 267 threatA
# The closing or stopping of the case told as the staff's own act the writer warns against
# ("… før hun beslutter at stoppe min ydelse") asks for nothing; the writer asking to close it,
# a "before" clause after the request, still asks.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Luk venligst min sag, inden I sender flere breve.", True),
        ("Jeg vil gerne bede jer lukke min sag.", True),
        ("Tænk over det, før hun beslutter at stoppe min ydelse.", False),
        ("Det må Per huske på, inden han går i gang med at lukke min sag.", False),
    ],
)
def test_r267a_closing_warned_against_asks_nothing(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# round 267 selfharm
# "have at vide" sets three words between the wish and the question ("vil bare have at vide,
# om …"): a status question, whatever else the text says. Someone not wanting to know, or
# the reader told to know something, asks nothing.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Jeg vil nu bare have at vide, hvornår min sag bliver behandlet.", True),
        ("Jeg har det skidt for tiden. Jeg vil gerne have at vide om min klage er modtaget.",
         True),
        ("Min mor ville ikke have at vide, hvad lægen havde fundet.", False),
        ("Du skulle bare have at vide, at jeg er glad for hjælpen.", False),
    ],
)  # fmt: skip
def test_r267_have_at_vide_asks_status(text: str, asks: bool) -> None:
    result = triage(text, "a")
    assert ("case_request" in result.labels) is asks
    if asks:
        assert result.case_kind == "status"


# round 267 privreq
# Thanks for a meeting already moved tells what was done; "tak, hvis I kan flytte …" asks.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Tak, hvis I kan flytte min samtale til fredag i stedet.", True),
        ("Tak for svaret. Kan vi rykke mødet en time?", True),
        ("Tusind tak, fordi du rykkede mit møde til fredag. Så kan jeg nå tandlægen.", False),
        ("Tak for at I har ændret tiden for samtalen, det passer meget bedre.", False),
    ],
)
def test_r267_thanks_for_a_moved_meeting(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# A new caseworker told as what happens again, the story begun anew, asks nothing; one
# asked for, or "kan jeg ikke bare få …", asks.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Kan jeg få en ny mentor? Det fungerer ikke med den nuværende.", True),
        ("Jeg vil gerne have en ny sagsbehandler, vi forstår ikke hinanden.", True),
        ("jeg er træt af at fortælle alt forfra for en ny rådgiver. Kan jeg ikke bare få én "
         "fast?", True),
        ("Min mor har været i tre forløb, og nu begynder det hele forfra med endnu en ny "
         "rådgiver.", False),
        ("Efter sommerferien fik han en ny mentor, den fjerde på et år.", False),
    ],
)  # fmt: skip
def test_r267_a_new_caseworker_told_not_asked(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# A post that gives a staff member's private data away and calls on its readers to share it
# tells the public who did what: a cue counts only where the writer speaks.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Del gerne! Per Storm bor på Egevej 12, 8210 Aarhus V. Jeg vil have mine penge nu.",
         True),
        ("Per Storm bor på Egevej 12, 8210 Aarhus V, og han har stoppet min kontanthjælp. "
         "Hvornår får jeg mine penge?", True),
        ("DEL DEL! Det var Mohammad Nasser, der skar i min fars sygedagpenge. Han bor på "
         "Birkevej 4, 8000 Aarhus.", False),
        ("Del gerne opslaget. Per Storm har stoppet min brors kontanthjælp, og han bor på "
         "Egevej 12, 8210 Aarhus V.", False),
    ],
)  # fmt: skip
def test_r267_a_shared_doxxing_post_asks_nothing(text: str, asks: bool) -> None:
    result = triage(text, "a")
    assert "doxxing" in result.labels
    assert ("case_request" in result.labels) is asks


# Whether one may turn a measure down, asked in a text about one, is a request.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Jeg er blevet tilbudt løntilskud på et lager i Vejle, men jeg har ingen bil. Kan jeg "
         "godt takke nej til det?", True),
        ("Kurset ligger om aftenen, og jeg har små børn. Må jeg afslå kurset?", True),
        ("Jeg sagde nej til praktikken, fordi der var for langt.", False),
        ("Min veninde holder fest på lørdag. Må jeg sige nej til hende uden at hun bliver sur?",
         False),
    ],
)  # fmt: skip
def test_r267_may_i_decline_a_measure(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# A letter asked sent by post or on paper, and the polite singular "vær så venlig/sød at".
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Kære jobcenter. Jeg kan ikke finde ud af e-Boks. Kan I sende afgørelsen med "
         "almindelig post?", True),
        ("Jeg vil gerne have brevene på papir, jeg har ikke en computer.", True),
        ("Kan du være sød at ringe til mig i morgen?", True),
        ("Jeg sendte klagen med almindelig post i går.", False),
        ("Ledelsen har besluttet, at borgere ikke længere kan få deres handleplan udleveret på "
         "papir.", False),
        ("Damen i skranken var så venlig at hjælpe mig med skemaet.", False),
    ],
)  # fmt: skip
def test_r267_letters_by_post_and_the_polite_singular(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# Who sends the case on after a move, asked, is a request; the case told as sent is none.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Jeg er flyttet til Skagen. Hvem flytter min sag over til Frederikshavn?", True),
        ("Jeg flytter til Odense i næste måned. Sender I selv mine papirer videre?", True),
        ("Min sagsbehandler sendte sagen videre til visitationen i sidste uge.", False),
        ("Hvem sender mig mon et postkort fra ferien i år?", False),
    ],
)
def test_r267_who_forwards_the_case_after_a_move(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# round 271 critA
# The jobcentre asked to look at it in Jutland dialect with "se på" ("ku I lig se po det?"); a
# film looked at, or the writer looking, is none.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Æ har ik fåt mine pæng. Ku I lig se po det?", True),
        ("Ka I se på sagen, for æ ska betal regninger?", True),
        ("Ka I se på den film, vi så i går?", False),
        ("Vi ka se på det i morgen, når vi har spist.", False),
    ],
)  # fmt: skip
def test_r271_crita_dialect_look_at_it(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# round 271 privreq
# A lost case paper asked for with a swear word or a pronoun; whether the money comes on a
# day; a date asked for the decision; how to reset a login; whether what staff said holds;
# where the meeting is held. A wish for everyone ("det burde være sådan") asks nothing.
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Jeg sendte min klage over sanktionen for seks uger siden. Hvor pokker er den "
         "blevet af?", True),
        ("Hvor satans er min ansøgning om enkeltydelse henne?", True),
        ("Hvor fanden er mine bilnøgler henne?", False),
        ("Jeg fandt min gamle ansøgning i skuffen. Nu ved jeg, hvor den er.", False),
        ("Gider I ikke bare svare på, om ydelsen kommer fredag?", True),
        ("Jeg vil gerne vide, om kontanthjælpen udbetales før jul.", True),
        ("Jeg ved ikke, om pengene rækker til julegaver i år.", False),
        ("Min mor spurgte, om pengene fra arven var kommet.", False),
        ("Kan jeg få en dato for afgørelsen i min sag?", True),
        ("Send mig et tidspunkt for svaret, tak.", True),
        ("Man får aldrig en dato for afgørelsen hos jer.", False),
        ("Det ville være rart, hvis folk kunne få en fast kontaktperson.", False),
        ("Det burde være sådan, at ledige kan få samme rådgiver hele vejen.", False),
        ("Kan jeg få en fast sagsbehandler fremover?", True),
        ("Jeg er låst ude af MitID. Hvordan nulstiller jeg den?", True),
        ("hvordan nulstiller man sit password til joblog", True),
        ("Jeg ved godt, hvordan man nulstiller koden.", False),
        ("Hvordan nulstiller man en router?", False),
        ("Jobkonsulenten skrev, at jeg kunne tage mødet over telefonen. Gælder det "
         "fortsat?", True),
        ("Sofie Holm sagde, at jeg ikke behøvede at sende lønsedler. Gælder det stadig?", True),
        ("Min mor sagde altid, at man skal spise op. Gælder det stadig?", False),
        ("Sagsbehandleren sagde, at reglerne er ændret. Det gælder stadig.", False),
        ("Jeg skal møde op på Havnevej 3. Er det også der, samtalen med min rådgiver "
         "holdes?", True),
        ("Hvor foregår mødet på tirsdag?", True),
        ("Hvor foregår forældremødet?", False),
        ("Mødet foregår på Havnevej 3.", False),
    ],
)  # fmt: skip
def test_r271_privreq_requests_between_swearing_and_opinion(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# round 279 req
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Tak for det hurtige svar på min ansøgning om tandbehandling.", False),
        ("Mange tak for svaret på min klage, det gav mening.", False),
        ("På forhånd tak for et hurtigt svar på min ansøgning.", True),
        ("I har stadig ikke givet svar på min ansøgning om tandbehandling.", True),
        ("Vil I vide, hvem der sidder i skranken? Det er Sofie Holm.", False),
        ("Vil du gerne høre, hvad han sagde til mig?", False),
        ("Jeg vil gerne vide, hvornår min sag bliver behandlet.", True),
        ("Du lovede at sende mig listen over praktiksteder – har du nået det?", True),
        ("Sagsbehandleren skulle undersøge, om jeg kan få tilskud. Har hun fået det gjort?",
         True),
        ("Har du nået det hele i dag?", False),
        ("Jeg har ventet på svar om min fleksjobansøgning siden februar.", True),
        ("Vi har ventet på besked om praktikken siden sommerferien.", True),
        ("Jeg har ventet på bussen siden klokken otte.", False),
        ("Jeg var syg og ringede ind. Kan det blive registreret som sygdom, tak?", True),
        ("Kan fraværet blive noteret korrekt i min sag?", True),
        ("Det blev registreret som udeblivelse.", False),
        ("Sanktionen er uretfærdig. Træk den tilbage med det samme!", True),
        ("Træk afslaget tilbage, I har ikke læst min lægeerklæring.", True),
        ("Stolen står i vejen. Træk den tilbage, tak.", False),
        ("Han trak sin ansøgning tilbage i sidste uge.", False),
        ("Afgørelsen bygger på en forkert lægeerklæring og bør laves om.", True),
        ("Indstillingen til rehabiliteringsteamet skal skrives om, før mødet.", True),
        ("Badeværelset bør laves om, før vi flytter ind.", False),
        ("Jeg har lavet min CV om tre gange.", False),
        ("Må a få flyttet æ møj te på fredaw? A ska te lægen.", True),
        ("Det var møj varmt i går, og a sku ha flyttet æ hø.", False),
    ],
)  # fmt: skip
def test_r279_req_thanks_offers_waits_and_withdrawals(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# round 279 threatB
# The whole case file asked handed over or sent ("hele min sag", "sagen", "sagsakterne") is
# aktindsigt (probe round 279); the case asked handled or decided is another kind
@pytest.mark.parametrize(
    ("text", "aktindsigt"),
    [
        ("Jeg kræver at få sagen udleveret i sin helhed.", True),
        ("Må jeg få hele min sag tilsendt som pdf?", True),
        ("Jeg vil have min sag behandlet hurtigt.", False),
        ("Jeg vil have min sag afgjort inden jul.", False),
    ],
)
def test_r279b_the_whole_case_file_handed_over_is_aktindsigt(text: str, aktindsigt: bool) -> None:
    result = triage(text, "a")
    assert "case_request" in result.labels
    assert (result.case_kind == "aktindsigt") is aktindsigt


# round 287 reqnames
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Jobnet virker ikke i dag. Hvor kan jeg ellers sende min lægeerklæring?", True),
        ("Hvordan kan jeg indsende min dokumentation, når siden er nede?", True),
        ("Hvor kan man aflevere pantflasker i byen?", False),
        ("Jeg ved godt, hvor jeg kan aflevere pakken.", False),
        ("hvem ska a snak mæ om det?", True),
        ("hvem sku æ ring te?", True),
        ("hvem ska a snak mæ til festen på lørdag?", False),
        ("Kan sanktionen trækkes tilbage, hvis jeg har været syg?", True),
        ("Kan afslaget blive omgjort, når der er ny lægeerklæring?", True),
        ("Sanktionen blev trukket tilbage i går.", False),
        ("Kan gardinerne trækkes for om aftenen?", False),
        ("Jeg kunne dø for at komme på det kursus i svejsning! Er der stadig plads?", True),
        ("Er der stadig ledige pladser på holdet i januar?", True),
        ("Er der stadig plads i bussen til Viborg?", False),
        ("Holdet var fuldt sidste år. Der er stadig plads nok i hallen.", False),
    ],
)  # fmt: skip
def test_r287_reqnames_hand_in_whom_withdraw_and_free_places(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# round 293 privreq
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a call asked for in Jutlandic ("ring' mæ op")
        ("Vil en af jer ring' mæ op i morgen formiddag?", True),
        ("Æ forstår it det papir. Ka' I ring' mæ op?", True),
        ("Æ ring' ham op i morgen, min bror.", False),
        ("Min nabo ringede mig op i går om festen.", False),
        # anyone asked to look over a calculation
        ("Gider en af jer tjekke udregningen? Den passer ikke.", True),
        ("Kan nogen kigge på min opgørelse fra i går?", True),
        ("Kan nogen se på vejret i morgen?", False),
        ("Jeg har selv tjekket udregningen, og den passer.", False),
        # the money demanded paid by a day, whatever follows the condition
        ("Hvis min mor ikke får sin førtidspension udbetalt inden mandag, så …", True),
        ("Medmindre jeg får mine dagpenge overført før fredag, må jeg låne af min søster.", True),
        ("Hvis min mor ikke får ro inden mandag, bliver hun syg.", False),
        ("Hvis vejret holder inden fredag, tager vi til stranden.", False),
    ],
)  # fmt: skip
def test_r293_privreq_dialect_calls_calculations_and_payment_deadlines(
    text: str, asked: bool
) -> None:
    assert ("case_request" in triage(text).labels) is asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a bare "ring tilbage" in an intimidating caller's message or a transcribed voicemail
        ("Besked fra telefonsvareren, udskrevet: 'Du ved, hvem det er. Ring tilbage.'", False),
        ("Jeg ved jo hvor du bor, Per. Ring lige tilbage.", False),
        ("Jeg har spørgsmål til min plan. Ring lige tilbage, når du kan.", True),
        ("Ring tilbage i dag, jeg mangler svar på min ansøgning.", True),
    ],
)  # fmt: skip
def test_r293_privreq_call_back_in_a_threatening_message(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 299 criticism
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # "can't you see to getting it fixed", asked in Jutlandic
        ("Ka' I ett se å få mine penge betalt?", True),
        ("Ku I ikk se å få det rettet inden fredag?", True),
        ("A ka ett se det på skærmen.", False),
        ("Æ ka' ett se, hvor æ skal sætte krydset, men det går nok.", False),
    ],
)  # fmt: skip
def test_r299_criticism_dialect_see_to_it(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a phone queue told as a log asks nothing; an ask beside it still counts
        ("Kl. 8.00 ringede jeg. Nr. 19 i køen. Kl. 9.05 gav jeg op.", False),
        ("Mandag ringede jeg tre gange. Nummer 40 i telefonkøen. Det var min formiddag.", False),
        ("Nummer 12 i køen. Kan I ringe mig op om min ansøgning?", True),
        ("Nr. 30 i telefonkøen. Jeg vil gerne vide, hvornår mine penge kommer.", True),
    ],
)  # fmt: skip
def test_r299_criticism_queue_log_asks_nothing(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 299 privreq
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # one's application, with what it is for, asked after
        ("Er min ansøgning om tilskud til nye briller blevet godkendt?", True),
        ("Er mine papirer om løntilskud hos en tømrer endnu modtaget?", True),
        ("Min nabos ansøgning om tilskud blev hurtigt godkendt.", False),
        ("Jeg håber, I har en god dag.", False),
        # whether the caseworker has news from a third party
        ("Har jobkonsulenten fået svar fra tømreren om praktikken?", True),
        ("Har virksomhedskonsulenten hørt noget fra bageriet?", True),
        ("Har min veninde hørt noget fra sin kæreste?", False),
        ("Jobkonsulenten sagde, at hun havde hørt om en ny ordning.", False),
        # a new plan demanded
        ("Vi vil gerne have udarbejdet en ny jobplan, der passer til mit helbred.", True),
        ("Jeg kræver at få lavet en ny plan nu.", True),
        ("Jobcentret vil have lavet en ny plan for alle ledige i kommunen.", False),
        ("Vi fik lavet en ny plan sidste år, og den virker fint.", False),
        # the writer asks to join a relative's meeting as bisidder
        ("Min far skal til samtale på fredag. Kan jeg komme med som støtteperson?", True),
        ("Må vi godt tage med som bisidder, når min bror skal til møde?", True),
        ("Må man tage med som bisidder til andres møder?", False),
        ("Jeg tog med som bisidder til min fars møde sidste år.", False),
        # a wish voiced about the municipality "i det mindste" is no request
        ("Kommunen kunne i det mindste give de fattigste familier en håndsrækning.", False),
        ("Regeringen vil i det mindste give pensionisterne lidt mere.", False),
        ("Kunne I i det mindste give mig en forklaring på afslaget?", True),
        ("Kan kommunen hjælpe med mit depositum?", True),
    ],
)  # fmt: skip
def test_r299_privreq_requests(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 307 privreq
# another caseworker demanded, beside an insult or after the role was named; what becomes
# of a paper sent again and again; an application's title as the first line, whatever follows
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Per Storm er en arrogant klovn. Jeg kræver en ny rådgiver nu.", True),
        ("Min rådgiver lytter aldrig, og vi forlanger at få en anden med det samme.", True),
        ("Min rådgiver fik en ny kollega i går, og hun virker sød.", False),
        ("Jeg har indsendt attesten tre gange. Hvad i alverden sker der med den?", True),
        ("Vi har afleveret skemaet to gange nu. Hvor bliver det af?", True),
        ("Hvad sker der med vejret i denne uge?", False),
        ("Ansøgning om enkeltydelse til briller. Jeg har det virkelig svært for tiden.", True),
        ("Anmodning om hjælp til depositum. Jeg orker ikke mere.", True),
        ("Ansøgning om fleksjob blev afvist i går, og jeg er ked af det.", False),
        ("Jeg skrev en ansøgning om et job i Netto. Det gik fint.", False),
    ],
)  # fmt: skip
def test_r307_privreq_requests(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 307 set312
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Vil du oplyse mig om, hvorvidt svarfristen bliver udskudt?", True),
        ("Jobnet driller. Bliver fristen forlænget?", True),
        ("Fristen bliver forlænget, står der i brevet.", False),
        ("Min søster sagde at fristen for selvangivelsen er i maj.", False),
    ],
)
def test_r307_set312_asks_if_deadline_moved(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# round 315 selfharm
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("Min far er syg. Kan hans sag behandles hurtigere?", True),
        ("Kunne hendes ansøgning afgøres snarest muligt? Vi er bekymrede.", True),
        ("Jeg har læst, at sagen kan behandles hurtigt, når alle papirer er der.", False),
        ("Min nabo fortalte, at hans sag blev behandlet hurtigt.", False),
    ],
)
def test_r315_selfharm_case_asked_expedited(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks


# round 315 privreq
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # taking part online, asked
        ("Sneen er umulig i dag. Må jeg være med over video i stedet?", True),
        ("Min ryg driller, kan vi deltage digitalt på torsdag?", True),
        ("Man kan deltage online, står der på hjemmesiden.", False),
        ("Jeg deltog online i kurset sidste år, og det fungerede fint.", False),
        # a dated meeting asked to "blive flyttet"
        ("Kan min samtale den 4. maj blive rykket til eftermiddagen?", True),
        ("Kan vores møde på fredag blive flyttet til ugen efter?", True),
        ("Mit møde den 4. maj blev flyttet, og det passede mig fint.", False),
        ("Min samtale er blevet flyttet to gange nu.", False),
        # taken off the follow-up meetings, after thanks
        (
            "Tak for hjælpen i det forløbne år. Jeg vil gerne frameldes de faste "
            "samtaler nu, hvor jeg er i job.",
            True,
        ),
        ("Nu går det godt. Kan jeg blive fritaget for opfølgningen fremover?", True),
        ("Jeg vil ikke afmeldes samtalerne, de hjælper mig meget.", False),
        ("Tak for samtalerne i år, de har hjulpet mig meget.", False),
        # what the jobcentre wants, asked in dialect or plain
        ("Æ fatter intet af jer brev. Hvad vil I ha mig til?", True),
        ("Jeg har læst brevet tre gange. Hvad er det, du vil have mig til?", True),
        ("Hun sagde, at hun ikke vidste, hvad de ville have hende til.", False),
        ("Ingen ved, hvad chefen vil have os til at lave i morgen på lageret.", False),
        # how hard or slow it is to get something granted, told of the practice
        (
            "Det er blevet næsten umuligt for syge at få pension tilkendt efter "
            "loven blev ændret.",
            False,
        ),
        ("Ventetiden på at få bevilget en mentor er et halvt år, og det er for længe.", False),
        ("Jeg vil gerne have bevilget en mentor.", True),
        ("Kan jeg få tilkendt førtidspension?", True),
    ],
)  # fmt: skip
def test_r315_privreq_requests(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 323 privreq
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the readers asked to tell the writer something, after small talk
        (
            "Vi var i sommerhus i påsken, skønt vejr. Kunne du fortælle mig, om "
            "kurset begynder i uge 12?",
            True,
        ),
        ("Kan I sige os, hvornår vi skal møde ind til opstarten?", True),
        ("Jeg ved ikke, om I kan sige mig, hvordan det går med naboens hund.", False),
        ("Vi var i sommerhus i påsken, og vejret var skønt hele ugen.", False),
        # what the writer still needs to know, told instead of asked
        (
            "Lægen har sendt sin udtalelse. Nu mangler jeg kun at vide, hvornår "
            "pengene kommer.",
            True,
        ),
        ("Vi mangler bare at høre, om lægen har svaret jer.", True),
        ("Folk mangler bare at vide, hvor meget de må tjene ved siden af.", False),
        ("Jeg mangler ikke noget i mit liv lige nu.", False),
        # the meeting asked moved in a bare imperative with its noun
        ("Min datter er syg. Flyt samtalen til efter ferien.", True),
        ("Udskyd venligst mødet med lægekonsulenten, jeg er indlagt.", True),
        ("Mødet blev udsat til næste uge, og det passede mig fint.", False),
        ("Ryk lige sammen, sagde chaufføren i bussen.", False),
        # a wrong asked put right by the manager
        (
            "Hun har to gange stoppet min ydelse uden varsel. Jeg kræver at "
            "ledelsen tager det op.",
            True,
        ),
        ("Jeg forventer, at teamlederen ser på sagen igen.", True),
        ("Jeg forventer ikke, at lederen tager sagen op.", False),
        ("Jeg håber, at medierne tager sagen op.", False),
        # whether a dated meeting still holds at its place
        ("Er samtalen hos Per Storm den 2. juni stadig i Nørregade?", True),
        ("Er mødet på fredag stadig kl. 10?", True),
        ("Er kampen på lørdag stadig i Herning?", False),
        ("Er koncerten med bandet stadig den 3. juni?", False),
        # the law's check-points by their week count, and a wait told as a figure
        ("Ved 52-ugers revurderingen ryger folk ud af systemet uden at være raske.", False),
        ("Revurderingen efter 22 uger presser syge mennesker i arbejde.", False),
        ("Køen til en ny rådgiver er nu otte uger, og det er ikke i orden.", False),
        ("Jeg beder om en revurdering af min sag.", True),
        ("Kan jeg få en ny rådgiver?", True),
    ],
)  # fmt: skip
def test_r323_privreq_case_request(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 329 critA
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # what the jobcentre itself needs is a verdict on its resources, no request
        ("Kommunen har brug for flere sagsbehandlere, ikke nye logoer.", False),
        ("Jobcentret har hårdt brug for en ny ledelse, det kan alle se.", False),
        ("Jeg har brug for hjælp til at udfylde skemaet.", True),
        ("Vi har brug for en tolk til mødet på tirsdag.", True),
    ],
)
def test_r329_crita_institution_needs_no_request(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 329 critB
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # a new time needed, said with "skal have" and no article
        ("Jeg skal have nyt tidspunkt, min bil er gået i stykker.", True),
        ("Vi må have ny tid til samtalen, min mand er indlagt.", True),
        ("Jeg skal have ny tid til at tænke over tilbuddet.", False),
        ("Jeg skal have ny tid hos tandlægen i næste uge.", False),
        # what to do with a letter, asked in Jutlandic
        ("Hva' pokker ska' a gøre ved den blanket, I har sendt?", True),
        ("Hvad skal æ gøre med det skema?", True),
        ("Hva' ska' vi lave i weekenden, skat?", False),
        ("Æ har fået brevet, tak.", False),
        # the wish to book a meeting, said before asking how
        ("Jeg ønsker at reservere en samtale hos jer, hvordan foregår det?", True),
        ("Vi vil gerne booke et møde med jobkonsulenten om min praktik.", True),
        ("Jeg vil gerne bestille en tid hos lægen.", False),
        ("Jeg vil gerne bestille et bord til fire på lørdag.", False),
        # a walk-and-talk meeting asked moved
        ("Kunne vi skubbe gåturen til torsdag?", True),
        ("Kan vi flytte vores gåmøde til næste uge? Mit barn er sygt.", True),
        ("Vi flyttede gåturen til torsdag, fordi det regnede.", False),
        ("Kan vi rykke gåturen med hunden til søndag, skat?", False),
        # contacts for a placement or a job asked of the jobcentre
        ("Jeg drømmer om en læreplads som tømrer. Kender I nogle virksomheder?", True),
        ("Har I nogen kontakter hos arbejdsgivere, der tager folk i løntilskud?", True),
        ("Jeg har fået job. Har du nogen kontakter til en god frisør?", False),
        ("Min søn har et job i Netto. Han har mange kontakter.", False),
    ],
)  # fmt: skip
def test_r329_critb_case_request(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 337 crit
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the check-point as a recurring step of the scheme is a practice judged
        ("Det er uværdigt at dokumentere sin gigt forfra til hver revurdering.", False),
        ("Ved enhver genvurdering skal syge bevise alt igen, og det er tåbelige regler.", False),
        ("Jeg beder om en revurdering af min sag.", True),
        ("Jeg vil gerne have afgørelsen om min ydelse genvurderet.", True),
    ],
)  # fmt: skip
def test_r337_crit_case_request(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 337 reqs
@pytest.mark.parametrize(
    ("text", "asked"),
    [
        # the writer must know something of the case, said with "skal"
        ("Ingen svarer. Jeg skal bare vide, hvornår min samtale er.", True),
        ("Æ ska ha at vide, hvornår æ får min løn.", True),
        ("Du skal vide, at jeg er glad for min praktik.", False),
        ("Jeg skal ikke vide noget om det. Tak.", False),
        # what a slip means for the writer's money, asked
        ("Jeg kom for sent til kurset. Betyder det, at jeg får trukket i ydelsen?", True),
        ("Jeg glemte at melde mig syg. Bliver jeg trukket i dagpengene for det?", True),
        ("Der blev trukket i min løn på arbejdet for en fridag.", False),
        ("Bliver der trukket lod om pladserne på holdet?", False),
        # whether pay or a grant has been reported or paid
        ("Er min løn for marts blevet indberettet?", True),
        ("Hej, jeg har stadig ikke fået lønstilskuddet endnu.", True),
        ("Min løn er blevet indberettet, så nu er alt i orden. Tak.", False),
        ("Vi har fået tilskuddet til cyklen, tak.", False),
        # a South Jutland status question
        ("A hår it hørt nøj om min sag.", True),
        ("Ka I sig mæ, hvornår a får svar på den?", True),
        ("A hår hørt, at det bliver regnvejr i morgen.", False),
        ("Ka I sig det højt, så vi alle kan høre det?", False),
    ],
)  # fmt: skip
def test_r337_reqs_case_request(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text).labels) is asked


# round 345 misc
@pytest.mark.parametrize(
    ("text", "asks"),
    [
        # which floor for a meeting the writer comes to (moede.r345_which_floor)
        ("Jeg kommer som aftalt på torsdag kl. 9. Er det på 2. sal eller i kælderen?", True),
        ("Vi mødes som aftalt i morgen. Er det i stueetagen eller på 3. sal?", True),
        ("Vi har set en lejlighed i Vejle. Er den i stueetagen eller på 1. sal?", False),
        ("Min datters nye værelse er på 1. sal. Det er i stueetagen, hun sover nu.", False),
        # how to sign up for an offer the jobcentre named (ctx.r165_selfreq_jobcentre_matter)
        ("Det truckkursus, du foreslog, lyder godt. Hvordan tilmelder jeg mig?", True),
        ("Jeg vil gerne tage det svejsekursus, I anbefalede. Hvordan melder jeg mig til?", True),
        ("Jeg har været til fodbold. Hvordan melder jeg mig til holdet?", False),
        ("Min nabo anbefalede et strikkekursus. Hvordan melder jeg mig til?", False),
        # whether a deadline told holds (andet.r345_deadline_right)
        ("Er det korrekt, at skemaet skal sendes senest mandag?", True),
        ("Min rådgiver sagde noget om papirerne. Passer det, at de skal ind før kl. 10 "
         "torsdag?", True),
        ("Det er rigtigt, at jeg skal aflevere papirerne inden fredag, og det gør jeg.", False),
        ("Er det rigtigt, at det bliver regnvejr på fredag?", False),
        # an answer demanded by a day, or else the press (status.r345_answer_by_day_or_else)
        ("Hvis jobcentret ikke har svaret senest den 1., kontakter jeg avisen.", True),
        ("Hvis du ikke svarer inden torsdag, går jeg til Ombudsmanden.", True),
        ("Hvis I ikke har svaret, er det fordi I har travlt, og det forstår jeg godt.", False),
        ("Journalisten skrev, at kommunen ikke har svaret pressen.", False),
    ],
)
def test_r345_misc_requests(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks, text


# round 353 misc
R353_MISC = [
    # the bare Jutlandic imperative "ring mæ op" with where or when
    ("ring_mae", "A har ventet i to uger på svar. Ring mæ op i morgen.", True),
    ("ring_mae", "Æ mangler mi' penge. Ring mej op på mobilen.", True),
    ("ring_mae", "Min bror siger, han ka' ring' mæ op, når han vil.", False),
    ("ring_mae", "Hun sagde bare: ring mæ op på lørdag, så tager vi en kop kaffe.", False),
    # a notice of sending to come, nothing asked
    ("sends_later", "Jeg har det skidt for tiden, men min nabo hjælper mig med skemaet. Jeg "
     "indsender det på mandag.", False),
    ("sends_later", "Lægen har set på min ryg, og vi afleverer papirerne i morgen.", False),
    ("sends_later", "Jeg sender ansøgningen på fredag. Kan I bekræfte, at fristen er holdt?", True),
    ("sends_later", "Jeg indsender klagen på mandag og beder om aktindsigt i sagen.", True),
    # the rule's arithmetic told in general ("man"), no own payment asked about
    ("general_offset", "Reformen rammer hårdt. Hvis man modregner lønnen i ydelsen, er der intet "
     "at komme efter.", False),
    ("general_offset", "Når man trækker boligstøtten fra, er der næsten ingenting tilbage til "
     "maden. Det er ikke rimeligt.", False),
    ("general_offset", "Hvorfor har I modregnet min løn i ydelsen for marts?", True),
    ("general_offset", "I har modregnet 2.000 kr. i min kontanthjælp. Jeg vil have dem tilbage.",
     True),
    # a council committee urged to reconsider a policy
    ("committee_urged", "Til Socialudvalget. Vi opfordrer udvalget til at revurdere lukningen af "
     "værkstedet i Nørreby.", False),
    ("committee_urged", "Som formand for ældrerådet skal jeg opfordre socialudvalget til at "
     "genoverveje nedskæringen på mentorområdet.", False),
    ("committee_urged", "Jeg opfordrer udvalget til at genoverveje afgørelsen i min sag.", True),
    ("committee_urged", "Jeg klager over afslaget og beder jer genoverveje det.", True),
]


@pytest.mark.parametrize(("idea", "text", "asked"), R353_MISC)
def test_r353_misc_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 353 threatA
# an approval demanded in the imperative, also at the end of a threat
R353A_IMPERATIVE = [
    ("Godkend min ansøgning om enkeltydelse, tak.", True),
    ("Til Sofie Holm. Jeg har set din søn ved skolen. Sød dreng. Det vil være synd, hvis der "
     "sker ham noget. Bevilg min ansøgning om tilskud.", True),
    ("Jeg har godkendt min ansøgning i systemet.", False),
    ("Behandl min mor med respekt, når hun kommer.", False),
]


@pytest.mark.parametrize(("text", "asks"), R353A_IMPERATIVE)
def test_r353a_imperative_approval(text: str, asks: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asks, text


# round 361 misc
# asked in passing: a longer deadline, an allowance that may be had, something already
# sent to be used; and no request: appeals counted in a statistic, a case told as moved to
# a new caseworker, a link offered to readers
R361_MISC = [
    ("deadline", "Jeg er syg i denne uge, så jeg håber, I kan give mig en uges ekstra frist "
     "med ansøgningerne.", True),
    ("deadline", "Kan I give os længere frist til at aflevere skemaet?", True),
    ("deadline", "Jeg fik ekstra tid til eksamen på skolen, det var rart.", False),
    ("allowance", "Findes der mulighed for tilskud til arbejdstøj?", True),
    ("allowance", "Er der nogen mulighed for at få kørepenge til praktikken?", True),
    ("allowance", "Der er mulighed for sol i morgen, siger vejrudsigten.", False),
    ("sent", "Kunne I ikke bruge den lægeerklæring, jeg afleverede i marts?", True),
    ("sent", "Kan I ikke bare genbruge det skema, jeg sendte sidste måned?", True),
    ("statistic", "En tredjedel af de sager, som blev påklaget i fjor, fik medhold.", False),
    ("statistic", "Jeg har påklaget afgørelsen og venter på svar.", True),
    ("moved", "Min sag er blevet overført til en ny rådgiver igen, uden et ord.", False),
    ("moved", "Kan min sag blive overført til en ny sagsbehandler?", True),
    ("link", "Hun har en offentlig profil med billeder af sin hund. Skal jeg poste dem?", False),
    ("link", "Skal jeg sende lægeerklæringen med posten eller på mail?", True),
]


@pytest.mark.parametrize(("idea", "text", "asked"), R361_MISC)
def test_r361_misc_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 369 req
R369_REQ = [
    # the meeting asked held by phone or video, modal first
    ("phone_modal_first", "Kunne samtalen på fredag foregå som videomøde?", True),
    ("phone_modal_first", "Kan møderne holdes online? Jeg har svært ved at komme ud.", True),
    ("phone_modal_first", "Samtalen blev holdt som telefonmøde, og det gik fint.", False),
    ("phone_modal_first", "Sidste gang foregik mødet som videomøde hjemmefra.", False),
    # a free time asked without a subject
    ("when_free_time",
        "Undskyld jeg glemte at booke. hvornår "
        "er der næste ledige tid hos jer?", True),
    ("when_free_time", "Jeg har ikke fået en indkaldelse. Hvornår er der en ledig tid?", True),
    ("when_free_time", "Der var ingen ledig tid hos lægen før i næste måned.", False),
    ("when_free_time", "Hvornår er der ledige tider i svømmehallen?", False),
    # another day offered to the caseworker in phone typing
    ("time_instead", "har i tid på mandag istedet?? bussen kører ikke onsdag", True),
    ("time_instead", "Har du tid fredag i stedet? Min datter skal til lægen.", True),
    ("time_instead", "har du tid i morgen? så tager vi en kop kaffe", False),
    ("time_instead", "Jeg havde ikke tid fredag, så jeg tog i svømmehallen i stedet.", False),
    # the payment day asked in short typing
    ("payment_day", "kommer pengene d 1 el d 31 nu hvor det er søndag?", True),
    ("payment_day", "er der udbetaling den 28 i denne måned?", True),
    ("payment_day", "pengene kom ind den 20. som de plejer.", False),
    ("payment_day", "Der er udbetaling den 28. hver måned, står der på sitet.", False),
    # the record asked checked, "i" typed small
    ("see_i_did", "kunne i tjekke om jeg har uploadet lønsedlen rigtigt", True),
    ("see_i_did", "systemet driller igen. kan i se at jeg har sendt det?", True),
    ("see_i_did", "kan i se at han har løjet hele vejen?", False),
    ("see_i_did", "Jeg bor i Vejle og har sendt det hele.", False),
    # a new plan asked made
    ("new_plan", "vi vil gerne lave en ny jobplan, den gamle passer ikke", True),
    ("new_plan", "Jeg ønsker at lave en ny plan med min rådgiver.", True),
    ("new_plan", "vi skulle lave en ny plan sidste år, men det blev ikke til noget", False),
    ("new_plan", "Planen fra foråret var god, og den holder stadig.", False),
    # Jutlandic "call me"
    ("dialect_call_me", "Æ forstår et det brev. Ku do ring te mæ i mo en?", True),
    ("dialect_call_me", "ka I ring te mæ efter klokken ti?", True),
    ("dialect_call_me", "han ka ring te mæ når han vil.", False),
    ("dialect_call_me", "Æ ka ring te dæ i mojn.", False),
    # whether a relative must sign off, asked for him or her
    ("relative_deregister",
        "Min svigerdatter er rejst til Bergen, og hun beder "
        "mig høre, om hun skal framelde sig hos jer?", True),
    ("relative_deregister",
        "Min fætter vil vide, om han selv "
        "skal afmelde sig, når han starter på skolen?", True),
    ("relative_deregister", "Han afmeldte sig i sidste uge, fortalte han.", False),
    ("relative_deregister", "Hun meldte sig ind i en løbeklub i sommer.", False),
]


@pytest.mark.parametrize(("idea", "text", "asked"), R369_REQ)
def test_r369_req_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 377 misc
R377_MISC = [
    # a Jutlandic ask with the ending dropped, addressed to "I" or "du"
    ("dialect_check", "Æ har et fåt nåt brev. Ku I kik på det og skriv te mæ?", True),
    ("dialect_check", "Der mangler noget på min konto. Ka I undersøg det?", True),
    ("dialect_check", "A ka it tjekk det fra min telefon.", False),
    ("dialect_check", "Han ka ring te mæ når han vil, sagde hun.", False),
    # receipt asked confirmed
    ("confirm_have_it", "Jeg uploadede lønsedlen i går. Bekræft venligst, at I har den.", True),
    ("confirm_have_it", "Ku I bekræft, at I har fåt papirerne?", True),
    ("confirm_have_it", "Hun bekræftede i telefonen, at I havde den.", False),
    ("confirm_have_it", "Min læge har bekræftet diagnosen.", False),
    # who does a step in the case, asked
    ("do_it_myself", "Jeg starter i lære i august. Må jeg selv framelde dagpengene?", True),
    ("do_it_myself", "Skal vi selv stoppe ydelsen, når jeg flytter?", True),
    ("do_it_myself", "Skal jeg selv afmelde avisen, når vi flytter?", False),
    ("do_it_myself", "Skal jeg selv stoppe abonnementet på bladet?", False),
    # which rule holds in one's own case, asked
    ("which_rule", "To rådgivere siger to ting. Hvilke regler gælder så for mig?", True),
    ("which_rule", "Hvilket krav gælder nu i min sag?", True),
    ("which_rule", "Hvilken regel gælder egentlig for ministre?", False),
    ("which_rule", "Jeg ved godt hvilke regler der gælder for fodbold.", False),
    # a deadline set to fix the writer's case
    ("deadline_to_fix",
        "I har tre dage til at ordne min ydelse, ellers går jeg til pressen.", True),
    ("deadline_to_fix", "Du har en uge til at rette fejlene i mit forløb.", True),
    ("deadline_to_fix", "Vi har to uger til at flytte ud af lejligheden.", False),
    ("deadline_to_fix", "Håndværkeren har tre dage til at ordne taget.", False),
    # an aktindsigt already received, its contents told: no request
    ("aktindsigt_received",
        "Der stod i papirerne fra min aktindsigt, at min læge var ringet op.", False),
    ("aktindsigt_received",
        "Det lå i den aktindsigt, jeg fik i marts, hvad han havde skrevet.", False),
    ("aktindsigt_received", "Jeg mangler stadig svar på min aktindsigt.", True),
    ("aktindsigt_received", "Jeg beder om aktindsigt i min sag.", True),
]


@pytest.mark.parametrize(("idea", "text", "asked"), R377_MISC)
def test_r377_misc_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 385 cr
R385_CR = [
    # whether one's registration or report got through, asked with the participle alone
    ("registration_through", "Jeg loggede ind i går. Er min sygemelding gået igennem?", True),
    ("registration_through", "Er min afmelding modtaget? Jeg starter i job mandag.", True),
    ("registration_through", "Jobnet driller igen. Er min tilmelding i orden?", True),
    ("registration_through", "Nu er min tilmelding registreret, tak for hjælpen.", False),
    ("registration_through", "Er min tilmelding til fodboldholdet modtaget?", False),
    ("registration_through", "Min tilmelding til løbet blev godkendt i går.", False),
    # a payday passed with no money, small words before the "no"
    ("no_money_came", "Der kom heller ingen penge den 1. i denne måned.", True),
    ("no_money_came", "Pengene kom heller ikke i dag, og huslejen skal betales.", True),
    ("no_money_came", "Der er stadig ikke kommet nogen penge på min konto.", True),
    ("no_money_came", "Der kom så heller ingen penge ud af loppemarkedet.", False),
    ("no_money_came", "Der kom så heller ingen gæster til festen.", False),
    ("no_money_came", "Pengene kom ikke fra min mor, men fra banken.", False),
    ("no_money_came", "Sagen lå stille i to måneder, og i den tid fik jeg ingen ydelse.", False),
    # a question passed on from someone else, on a case matter
    ("asked_to_ask",
        "Min nabo har bedt mig spørge, hvornår hans sygedagpenge bliver udbetalt.", True),
    ("asked_to_ask",
        "Min lærer sagde, at jeg skulle høre jer om løntilskud til mit næste job.", True),
    ("asked_to_ask",
        "Min bror bad mig forhøre mig om, hvorfor hans ansøgning blev afvist.", True),
    ("asked_to_ask", "Min mor bad mig spørge, om du vil med i biografen.", False),
    ("asked_to_ask", "Han sagde, at jeg skulle spørge lægen om nye piller.", False),
    ("asked_to_ask", "Min kæreste bad mig spørge, hvornår vi skal spise.", False),
    # a correction ordered in a bare imperative sentence
    ("correct_it", "I har skrevet forkert husleje i beregningen. Ret den.", True),
    ("correct_it", "Datoen i brevet passer ikke. Korrigér datoen straks.", True),
    ("correct_it", "Satsen er forkert. Ret det nu!", True),
    ("correct_it", "Det er ret dumt med den nye bus.", False),
    ("correct_it", "Ret dig op, sagde min mor altid.", False),
    ("correct_it", "Ret mange har det sådan i vores opgang.", False),
    # a past decision argued moot after new facts, as a question
    ("decision_moot",
        "Lægen har nu skrevet, at min skulder ikke kan opereres. "
        "Holder jeres vurdering så stadig?", True),
    ("decision_moot",
        "Jeg har fået et fast job på 20 timer. Gælder sanktionen overhovedet, når det er sådan?",
        True),
    ("decision_moot",
        "Speciallægen bekræfter diagnosen. Afslaget giver vel ikke mening længere?", True),
    ("decision_moot", "Afgørelsen gælder ikke længere, fordi jeg er flyttet til Aarhus.", False),
    ("decision_moot", "Giver det mening at tage bussen i morgen?", False),
    ("decision_moot", "Holder vejret mon stadig til i morgen?", False),
    # the reason for a decision demanded in irony
    ("bother_to_explain",
        "Min hjælp blev stoppet i går. Gider nogen forklare mig hvorfor?", True),
    ("bother_to_explain", "Måske du gider fortælle, hvad grunden er til afslaget.", True),
    ("bother_to_explain", "Gad I mon skrive en begrundelse næste gang?", True),
    ("bother_to_explain", "Jeg gider ikke forklare hvorfor, det tager for lang tid.", False),
    ("bother_to_explain", "Han gider ikke fortælle, hvorfor han er sur.", False),
    ("bother_to_explain", "Ingen gider høre på mig til familiefesten.", False),
    # an answer or a payment demanded with an oath inside the ask
    ("oath_in_ask", "Gider I sgu ikke snart ringe tilbage? Jeg har ventet en uge.", True),
    ("oath_in_ask", "Kan du for fanden ikke bare svare på min mail fra mandag?", True),
    ("oath_in_ask", "Kan I for pokker ikke snart udbetale pengene?", True),
    ("oath_in_ask", "Kan du for fanden ikke bare svare din mor, når hun ringer?", False),
    ("oath_in_ask", "Kan du for helvede ikke bare tage skraldet med ned?", False),
    ("oath_in_ask", "Vi kan sgu godt tage bussen i morgen.", False),
    # whether the jobcentre must be told of a change, asked
    ("must_you_know", "Min søn flytter hjemmefra i maj. Skal I vide det?", True),
    ("must_you_know", "Jeg er blevet gift i weekenden. Behøver I at få besked?", True),
    ("must_you_know", "Vi har fået en lejer på værelset – skal kommunen have besked om det?",
        True),
    ("must_you_know", "Skal I have kaffe eller te?", False),
    ("must_you_know", "Jeg har givet jer besked om flytningen i går.", False),
    ("must_you_know", "I skal have besked, når vi lander i Billund.", False),
    ("must_you_know", "Hvordan ville I have det, hvis nogen tog jeres bil?", False),
    # the reason asked for something told in the case
    ("reason_asked",
        "Min ydelse er blevet 800 kr. mindre fra denne måned. Hvad skyldes det?", True),
    ("reason_asked",
        "Udbetalingen kom tre dage for sent igen. Er der en særlig grund til det?", True),
    ("reason_asked",
        "Min ansøgning er blevet sendt retur to gange. Hvad er årsagen til det?", True),
    ("reason_asked", "Bussen kørte forbi stoppestedet. Er der en grund til det?", False),
    ("reason_asked", "Er der en grund til, at du altid kommer for sent til træning?", False),
    ("reason_asked", "Pengene er kommet. Der er en god grund til at fejre det.", False),
]


@pytest.mark.parametrize(("idea", "text", "asked"), R385_CR)
def test_r385_cr_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# stop 48: money demanded names the payment kind only where the money follows the possessive
# (at most one word on); "status på min sag om sygedagpenge" asks status, not a payment
STOP48_MONEY_OR_STATUS = [
    ("Jeg vil gerne have status på min sag om sygedagpenge.", "status"),
    ("Jeg vil gerne have status på min ansøgning om kontanthjælp.", "status"),
    ("Vi vil have en status på vores sag om sygedagpenge nu.", "status"),
    ("Jeg skal have mine penge nu!", "udbetaling"),
    ("Jeg vil have mine udbetalte sygedagpenge for marts.", "udbetaling"),
    ("Vi kræver at få vores kontanthjælp inden fredag.", "udbetaling"),
]


@pytest.mark.parametrize(("text", "kind"), STOP48_MONEY_OR_STATUS)
def test_stop48_money_demanded_or_case_status(text: str, kind: str) -> None:
    result = triage(text, "a")
    assert "case_request" in result.labels
    assert result.case_kind == kind


# round 389 cr
R389_CR = [
    # a fix asked with the colloquial "gider I (lige)"
    ("bother_to_fix", "gider du lige slette den gamle adresse", True),
    ("bother_to_fix", "Gider I så ordne fejlen i min plan", True),
    ("bother_to_fix", "gad du rette datoen i min plan, den er forkert", True),
    ("bother_to_fix", "Jeg gider ikke rette det hele igen.", False),
    ("bother_to_fix", "Gider du lige række mig saltet?", False),
    ("bother_to_fix", "Han gider aldrig ordne noget derhjemme.", False),
    # a meeting asked held elsewhere or on another day, "kan det blive …"
    ("meeting_elsewhere",
        "Vi skal til møde med Kim Frederiksen i næste uge. Kan det blive holdt ude på værkstedet, "
        "hvor jeg er i praktik?", True),
    ("meeting_elsewhere", "Tak for sidste samtale. Kan den næste blive mandag i stedet for onsdag?",
        True),
    ("meeting_elsewhere",
        "Vores møde i næste uge – kan det blive afholdt hjemme hos mig, da jeg ikke kan gå?", True),
    ("meeting_elsewhere", "Vi holder fødselsdag for min mor. Kan det blive holdt hemmeligt?",
        False),
    ("meeting_elsewhere", "Kan det blive onsdag i stedet for tirsdag, at vi spiller fodbold?",
        False),
    ("meeting_elsewhere", "Mødet blev holdt hjemme hos mig, og det gik fint.", False),
    # where the writer's money went, asked indirectly
    ("money_where", "Jeg forstår ikke, hvor min ydelse er blevet af.", True),
    ("money_where", "Undersøg hvor vores boligstøtte er blevet af.", True),
    ("money_where", "Finde ud af hvor mine penge er blevet af, det må I gøre nu.", True),
    ("money_where", "Jeg ved godt, hvor mine penge er blevet af, de gik til husleje.", False),
    ("money_where", "Hvor lommepengene blev af, ved min søn ikke.", False),
    ("money_where", "Han spurgte, hvor tiden var blevet af.", False),
    # a wish to have something written into the plan or the case
    ("written_in", "Hun ønsker det tilføjet i sin plan, at hun ikke kan løfte.", True),
    ("written_in",
        "Vi vil have det skrevet ind i planen, at hun kun kan arbejde om formiddagen.", True),
    ("written_in", "Han beder om at få forbeholdet ført ind i sagen.", True),
    ("written_in", "Jeg har skrevet det ind i min kalender.", False),
    ("written_in", "Hun ønsker det skrevet ind i sin dagbog.", False),
    ("written_in", "Det står skrevet i planen, at jeg skal i praktik.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R389_CR)
def test_r389_cr_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# the money asked about is a payment
@pytest.mark.parametrize(
    "text",
    [
        "Jeg forstår ikke, hvor min ydelse er blevet af.",
        "Undersøg hvor vores boligstøtte er blevet af.",
    ],
)
def test_r389_cr_money_where_is_payment(text: str) -> None:
    assert triage(text, "a").case_kind == "udbetaling"


# round 393 cr
R393_CR = [
    # a meeting missed or moved in South Jutlandic
    ("dialect_meeting", "Æ ka itte kom te æ møde i mårn, æ er syg.", True),
    ("dialect_meeting", "Ka vi ta det i æ telefon i stedet? Æ har ingen bil.", True),
    ("dialect_meeting", "Ku do ikke tag det i telefonen istedet?", True),
    ("dialect_meeting", "A ka itte kom te æ fest på lørdag.", False),
    ("dialect_meeting", "Ka do ta den i æ telefon? Den ringer.", False),
    ("dialect_meeting", "Vi ka æt kom te æ bryllup.", False),
    # more time asked to answer or to get a paper
    ("more_time", "Jeg skal bruge lidt mere tid til at skaffe papirerne fra sygehuset.", True),
    ("more_time", "Vi behøver en uge mere til at svare.", True),
    ("more_time", "Hun mangler lidt længere tid til at indhente dokumentation fra lægen.",
        True),
    ("more_time", "Jeg skal bruge mere tid til at finde en ny lejlighed.", False),
    ("more_time", "Jeg skal bruge mere tid sammen med mine børn.", False),
    ("more_time", "Vi skal bruge mere tid til at male huset.", False),
    # whether one must still come to a summoned meeting
    ("still_come",
        "Jeg er indkaldt til en samtale på mandag, men jeg er syg. Skal jeg alligevel komme?",
        True),
    ("still_come",
        "Min mor har et møde hos jer torsdag, men hun er indlagt. Skal hun stadig møde op?",
        True),
    ("still_come",
        "Jeg har fået en indkaldelse til et møde, men jeg er startet i job. Behøver jeg "
        "overhovedet komme?", True),
    ("still_come", "Skal han alligevel komme til festen på lørdag?", False),
    ("still_come", "Min bror kommer på besøg. Skal han stadig komme, hvis det regner?", False),
    ("still_come", "Skal vi alligevel komme til grillaften på fredag?", False),
    # a case asked opened again
    ("opened_again", "Kan jeg få min sag åbnet igen, nu hvor jeg har fået en ny erklæring?",
        True),
    ("opened_again", "Er det muligt at få afgørelsen taget op igen?", True),
    ("opened_again", "Hvordan får man sin sag genåbnet?", True),
    ("opened_again", "Kan du få vinduet åbnet igen?", False),
    ("opened_again", "Hvornår bliver svømmehallen åbnet igen?", False),
    ("opened_again", "Kan man få butikken åbnet igen efter kl. 18?", False),
    # a check the caseworker would make, followed up
    ("promised_check", "Du ville tjekke, om jeg kan få tilskud til briller. Har du hørt noget?",
        True),
    ("promised_check",
        "Kim Frederiksen skulle undersøge min ret til fleksjob – er han kommet videre?", True),
    ("promised_check", "I sagde, I ville høre lægekonsulenten. Har I fået svar?", True),
    ("promised_check", "Har du hørt noget om vejret i weekenden?", False),
    ("promised_check", "Du ville undersøge det, og du har nu fundet ud af det. Tak.", False),
    ("promised_check", "Min søster ville tjekke togtiderne. Har hun fundet noget?", False),
    # a right told to readers is no complaint; one's own disagreement is
    ("advice_not_complaint", "Jeg er uenig i afgørelsen om min sanktion.", True),
    ("advice_not_complaint",
        "Hvis I fortsat er uenige i min klage, så klager jeg til Ankestyrelsen.", True),
    ("advice_not_complaint", "Jeg er uenig i jeres vurdering og vil gerne klage.", True),
    ("advice_not_complaint",
        "Hvis man er uenig i en afgørelse, kan man klage inden for fire uger. Del opslaget!",
        False),
    ("advice_not_complaint", "Er du uenig i afgørelsen, har du ret til at klage.", False),
    ("advice_not_complaint",
        "Husk: Når man er uenig i en beslutning fra kommunen, har man ret til at få den "
        "prøvet.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R393_CR)
def test_r393_cr_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# the kinds of the round's requests
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Kan man overhovedet få en sag åbnet igen, når man har fået en ny diagnose?",
         "genoptagelse"),
        ("Æ ka æt kom te æ mød på fredag.", "moede"),
        ("Du ville undersøge, om jeg kan få en mentor – har du hørt noget?", "status"),
    ],
)
def test_r393_cr_case_request_kind(text: str, kind: str) -> None:
    assert triage(text, "a").case_kind == kind


# round 397 cr
R397_CR = [
    # a preferred time for a meeting named as a compound
    ("preferred_time",
        "Jeg vil helst have opfølgningsmødet om formiddagen, for jeg får medicin om "
        "eftermiddagen.", True),
    ("preferred_time",
        "Vi vil hellere holde rundbordssamtalen efter klokken ti, hvis det passer jer.", True),
    ("preferred_time", "Min søn vil gerne have jobsamtalen på fredag i stedet.", True),
    ("preferred_time", "Vi vil helst have frokosten klokken tolv.", False),
    ("preferred_time", "Jeg vil helst have forældremødet om aftenen.", False),
    ("preferred_time", "Jeg tager helst bussen om morgenen.", False),
    # one more month's money asked after, once the money is told late
    ("month_not_either",
        "Min kontanthjælp er kommet for sent i både januar og februar. Og marts heller ikke?",
        True),
    ("month_not_either", "Pengene er forsinkede igen. Heller ikke for maj?", True),
    ("month_not_either", "Jeg har ikke fået min ydelse for juni. Juli stadig ikke?", True),
    ("month_not_either", "Kommer du til festen i april? Maj heller ikke?", False),
    ("month_not_either", "Min ydelse kom til tiden i marts. April heller ikke?", False),
    ("month_not_either",
        "Jeg har ikke set min bror siden januar. Februar heller ikke?", False),
    # what it takes before a benefit or a measure is granted
    ("what_it_takes", "Hvad skal der til, før min søn kan få et fleksjob?", True),
    ("what_it_takes", "Hvad skal der til, for at I bevilger mig et ressourceforløb?", True),
    ("what_it_takes", "Hvad kræves der til, før jeg kan få tilkendt pension?", True),
    ("what_it_takes", "Hvad skal der til, før I tager telefonen?", False),
    ("what_it_takes", "Hvad skal der til, før politikerne forstår det?", False),
    ("what_it_takes", "Jeg ved godt, hvad der skal til, før man får fleksjob.", False),
    # whether the caseworker is still the writer's, or has left
    ("still_my_caseworker",
        "Er Per Storm stadig min sagsbehandler? Jeg har ikke hørt noget siden jul.", True),
    ("still_my_caseworker", "Er du fortsat min kontaktperson efter sommerferien?", True),
    ("still_my_caseworker", "Er min sagsbehandler gået på barsel? Ingen tager telefonen.",
        True),
    ("still_my_caseworker", "Er han stadig din træner?", False),
    ("still_my_caseworker", "Er hun stoppet med at ryge?", False),
    ("still_my_caseworker",
        "Min far har arbejdet i 40 år. Er han gået på pension nu?", False),
    # the money asked after in Jutlandic
    ("dialect_money", "hva så mæ mi kontanthjælp, den skul ha vær kommen i fredags", True),
    ("dialect_money", "der er ik kommen nøj ind på kontoen endnu", True),
    ("dialect_money", "va så me mine peng, a har vent i tre uger", True),
    ("dialect_money", "hva så mæ mi hund, ka a ta den mæ?", False),
    ("dialect_money", "hva så mæ den fest på lørdag", False),
    ("dialect_money", "der er ik kommen nowet brev fra min søster", False),
    # a summons that came too late to reach the meeting
    ("summons_too_late",
        "Jeg så først brevet i morges, og samtalen er i dag kl. 10. Det når jeg ikke.", True),
    ("summons_too_late", "Mødet er i morgen tidlig, og vi fik først indkaldelsen i går.", True),
    ("summons_too_late",
        "Min mand modtog indkaldelsen i aftes, og mødet skal være i morgen i Hobro.", True),
    ("summons_too_late", "Jeg fik indkaldelsen i går, og mødet er i næste uge.", False),
    ("summons_too_late", "Min datter fik en invitation i går, og festen er i morgen.", False),
    ("summons_too_late",
        "Jeg fik indkaldelsen for tre uger siden, og mødet er i morgen.", False),
    # what those in charge ought to know is told, not asked
    ("ought_to_know", "Jeg vil gerne vide, hvad det betyder for min ydelse.", True),
    ("ought_to_know", "Hvad betyder det for mine sygedagpenge, at jeg starter i praktik?",
        True),
    ("ought_to_know", "Kan du forklare, hvad afgørelsen betyder for mig?", True),
    ("ought_to_know",
        "Politikerne burde vide, hvad nedskæringerne betyder for familierne.", False),
    ("ought_to_know",
        "Nogen på rådhuset bør forstå, hvad sådan et afslag betyder for et menneske.", False),
    ("ought_to_know", "Byrådet bør tænke over, hvad det koster at lade folk vente.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R397_CR)
def test_r397_cr_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# the kinds of the round's requests
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Jeg vil helst have opfølgningsmødet om formiddagen.", "moede"),
        ("Pengene er kommet for sent igen. Heller ikke for maj?", "udbetaling"),
        ("Er du fortsat min kontaktperson efter sommerferien?", "status"),
        ("hva så mæ mi penge", "udbetaling"),
    ],
)
def test_r397_cr_case_request_kind(text: str, kind: str) -> None:
    assert triage(text, "a").case_kind == kind


# round 397 t1
# a deadline set for the writer's money, even where a threat follows
R397_T1_CASE_REQUEST = [
    ("deadline_money", "Kommunen har indtil mandag til at udbetale min ydelse.", True),
    ("deadline_money", "Du har til på torsdag til at sende pengene ind på min konto, Per.", True),
    ("deadline_money", "I har til den 15. til at få min kontanthjælp overført. Ellers ved jeg "
     "ikke, hvad der sker.", True),
    ("deadline_money", "I har til fredag til at få mine papirer ind i systemet, så er jeg glad.",
     False),
    ("deadline_money", "Vi har til fredag til at få pengene ind på kontoen til klubben.", False),
    ("deadline_money", "Butikken har indtil lørdag til at udbetale lønnen til de ansatte.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R397_T1_CASE_REQUEST)
def test_r397_t1_case_request(idea: str, text: str, asked: bool) -> None:
    result = triage(text, "a")
    assert ("case_request" in result.labels) is asked, idea
    if asked:
        assert result.case_kind == "udbetaling"


# round 401 cr2
R401_CR2 = [
    # a paper asked after in West Jutland dialect
    ("dialect_received", "hej Sofie, ha do fåt mit skema? æ sendte det i går", True),
    ("dialect_received", "Har I fåt min lægeerklæring fra mandag?", True),
    ("dialect_received", "Per, har do nu fåe mine papirer fra lægen?", True),
    ("dialect_received", "har do fåt din mad?", False),
    ("dialect_received", "a har fåt min attest fra lægen i dag", False),
    ("dialect_received", "do har fåt en ny cykel, ka a se", False),
    # the papers of a claim for travel or other costs sent in
    ("claim_papers_attached", "Kørselsregnskabet for marts er vedlagt.", True),
    ("claim_papers_attached", "Hej. Vedhæftet mine kvitteringer for bus og tog til praktikken.",
     True),
    ("claim_papers_attached", "Jeg sender hermed kørselssedlerne for de sidste to uger.", True),
    ("claim_papers_attached", "Lægeerklæringen er vedhæftet.", False),
    ("claim_papers_attached", "Kørselslisten til fodboldklubbens forældre er vedhæftet.", False),
    ("claim_papers_attached", "Jeg har kørt til praktik hver dag i april.", False),
    # a benefit asked restored, with a deadline or in the imperative
    ("restore_my_money", "Genindsæt min ydelse med det samme.", True),
    ("restore_my_money", "Kommunen har til på mandag til at genoprette mine sygedagpenge.",
     True),
    ("restore_my_money", "I skal genstarte min kontanthjælp nu, jeg har været til lægen.", True),
    ("restore_my_money", "Arbejdsgiveren har lovet at genindsætte min løn efter ferien.", False),
    ("restore_my_money", "Politikerne bør genindsætte den gamle ydelse.", False),
    ("restore_my_money", "Jeg har til fredag til at genoprette min profil på jobnet.", False),
    # a follow-up on an agreement or a meeting with the jobcentre
    ("follow_up_agreement", "Jeg skriver for at følge op på vores aftale fra sidste møde.", True),
    ("follow_up_agreement", "Min søn har bedt mig følge op på jeres samtale i tirsdags.", True),
    ("follow_up_agreement", "Jeg vil gerne følge op på mødet med dig om praktikken.", True),
    ("follow_up_agreement", "Vi følger op på aftalen med udlejeren om vinduerne.", False),
    ("follow_up_agreement", "Lægen vil følge op på blodprøverne om en måned.", False),
    ("follow_up_agreement", "Min mor og jeg har en aftale om at gå tur hver dag.", False),
    # whether the writer or the one he writes for is put on a course or a class
    ("enrolled_asked", "Er jeg skrevet op til sprogskolen fra september?", True),
    ("enrolled_asked", "Er han kommet på kurset i truckkørsel?", True),
    ("enrolled_asked", "Min datter spørger: er hun blevet tilmeldt forløbet i foråret?", True),
    ("enrolled_asked", "Nu er han skrevet op til kurset.", False),
    ("enrolled_asked", "Er han skrevet op til fodboldholdet?", False),
    ("enrolled_asked", "Er hun tilmeldt svømning om tirsdagen?", False),
    # the wait for an answer on a benefit or a help told
    ("waited_answer_about", "Jeg har nu ventet ti uger på svar om tilskud til briller.", True),
    ("waited_answer_about", "Vi venter stadig på en afgørelse om hjælp til flytning.", True),
    ("waited_answer_about", "Æ har ventet siden jul på besked om min pension.", True),
    ("waited_answer_about", "Jeg venter på svar om lejligheden fra boligforeningen.", False),
    ("waited_answer_about", "Vi venter på besked om vejret, før vi tager af sted.", False),
    ("waited_answer_about", "Jeg venter på svar om jobbet fra Netto.", False),
    ("waited_answer_about", "Min nabo døde, mens han ventede på svar om sin pension.", False),
    # one's own "no" to an offer asked taken back
    ("take_back_no", "Er det for sent at fortryde mit nej til kurset?", True),
    ("take_back_no", "Jeg sagde nej til tilbuddet i går. Kan jeg stadig takke ja til det?", True),
    ("take_back_no", "Kan jeg nå at sige ja til praktikken alligevel?", True),
    ("take_back_no", "Jeg sagde ja alligevel.", False),
    ("take_back_no", "Kan jeg nå at sige ja til festen alligevel?", False),
    ("take_back_no", "Kan jeg nå at spise, inden toget går?", False),
    # the writer's account checked and still nothing come in
    ("account_still_empty", "Jeg har kigget på min konto hele ugen, og der er stadig ikke kommet "
     "noget.", True),
    ("account_still_empty", "Det er den 3., og der er stadig ingen penge på min konto.", True),
    ("account_still_empty", "Netbanken viser, at der endnu ikke er kommet noget ind.", True),
    ("account_still_empty", "Jeg har tjekket min konto i dag, og alt ser fint ud.", False),
    ("account_still_empty", "Der er stadig intet på kontoen fra min mor.", False),
    ("account_still_empty", "Der er ingen penge på kontoen, så jeg kan ikke købe en ny cykel.",
     False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R401_CR2)
def test_r401_cr2_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# the kinds of the round's requests
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("har do fåt min lægeattest?", "status"),
        ("Kørselslisten for maj er vedhæftet.", "udbetaling"),
        ("Genindsæt min kontanthjælp.", "udbetaling"),
        ("Er det for sent at fortryde mit nej til praktikken?", "andet"),
        ("Der er stadig ingen penge på min konto.", "udbetaling"),
    ],
)
def test_r401_cr2_case_request_kind(text: str, kind: str) -> None:
    assert triage(text, "a").case_kind == kind


# round 401 cr1
R401_CR1_CASE_REQUEST = [
    # what the writer must do to keep or get a benefit, asked
    ("keep_benefit", "Hvor mange ansøgninger skal jeg sende om ugen for at beholde min "
     "kontanthjælp?", "udbetaling"),
    ("keep_benefit", "Hvor længe skal vi have boet her for at få ret til boligstøtte?",
     "udbetaling"),
    ("keep_benefit", "Hvor mange timer må hun arbejde for ikke at miste sine sygedagpenge?",
     "udbetaling"),
    ("keep_benefit", "Hvor mange timer skal jeg træne for at få en sixpack?", None),
    ("keep_benefit", "Hvor mange timer skal jeg arbejde for at få råd til en ferie?", None),
    ("keep_benefit", "Jeg skal arbejde mange timer for at beholde min kontanthjælp.", None),
    ("keep_benefit", "Hvor mange år skal man have været i Danmark for at få ret til "
     "folkepension? Det er bare til en skoleopgave.", None),
    # why the money was stopped, asked in Jutlandic
    ("dialect_why", "Æ forstår ett hvofor I hår stoppet mi penge", "udbetaling"),
    ("dialect_why", "hwofor er mi peng stoppet", "udbetaling"),
    ("dialect_why", "A vil gjen vide hwofor do hår nedsat min ydelse", "udbetaling"),
    ("dialect_why", "Æ forstår ett hwofor bussen er stoppet ved æ skole", None),
    ("dialect_why", "hwofor er mi cykel stoppet", None),
    ("dialect_why", "hvofor hår do stoppet mæ i at ryge", None),
    # a call back asked in Jutlandic
    ("dialect_call_back", "Ring tebaag te mæ i morgen.", "andet"),
    ("dialect_call_back", "Ring lige mæ tebaag, æ hår et spørgsmål.", "andet"),
    ("dialect_call_back", "Ka do ring tebage te mæ?", "andet"),
    ("dialect_call_back", "Han ringer tebaag te hans mor hver søndag.", None),
    ("dialect_call_back", "Æ ringet tebaag te min søster i går.", None),
    ("dialect_call_back", "Vi tog tebaag te byen.", None),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "kind"), R401_CR1_CASE_REQUEST)
def test_r401_cr1_case_request(idea: str, text: str, kind: str | None) -> None:
    result = triage(text, "a")
    assert ("case_request" in result.labels) is (kind is not None), idea
    if kind is not None:
        assert result.case_kind == kind, idea


# round 405 cr1
# a meeting moved in dialect, whether the jobcentre covers an expense, a zero payment
# statement, an error assumed and asked, money owed demanded; a caseworker change counted as
# the practice asks nothing
R405_CR1_CASE_REQUEST = [
    ("dialect_move", "ku vi ik ryk mødet te næste uge?", True),
    ("dialect_move", "ka samtalen flyttes te om eftermiddagen?", True),
    ("dialect_move", "ka a ik udsætte æ møj te efter ferien?", True),
    ("dialect_move", "ka do flytte dig lidt?", False),
    ("dialect_move", "ka det ik flyttes te næste uge.", False),
    ("dialect_move", "ka du ik komme forbi i morgen?", False),
    ("cover", "Betaler kommunen for arbejdstøjet, jeg skal bruge i praktikken?", True),
    ("cover", "Er det noget, I dækker, når jeg skal have nye briller til kurset?", True),
    ("cover", "Refunderer jobcentret udgiften til sikkerhedssko?", True),
    ("cover", "Er det noget, forsikringen dækker?", False),
    ("cover", "Dækker min indboforsikring det?", False),
    ("cover", "Jobcentret dækker heldigvis udgiften, så det er fint.", False),
    ("zero", "Der står nul kroner på min udbetaling for marts.", True),
    ("zero", "Jeg kan se 0 kr. i udbetalingsbrevet fra jer.", True),
    ("zero", "Min betalingsoversigt viser 0 kr. på specifikationen for maj.", True),
    ("zero", "Der står 0 kr. i restskat på min årsopgørelse.", False),
    ("zero", "Jeg har 0 kr. på kontoen i banken.", False),
    ("zero", "Nul kroner i gebyr på mit kreditkort.", False),
    ("assumed_error", "Vi går ud fra, at beløbet er forkert?", True),
    ("assumed_error", "Jeg formoder, at det er en fejl i systemet?", True),
    ("assumed_error", "Jeg går ud fra, at der er sket en fejl med min indkaldelse?", True),
    ("assumed_error", "Jeg går ud fra, at det er en fejl.", False),
    ("assumed_error", "Går du ud fra, at jeg laver fejl?", False),
    ("assumed_error", "Jeg går ud fra, at vi ses på mandag?", False),
    ("owed", "Jeg vil have jer til at overføre de penge, I skylder mig.", True),
    ("owed", "I skylder mig stadig 3.000 kr. fra januar.", True),
    ("owed", "Betal mig nu det, du skylder mig, Per.", True),
    ("owed", "Min bror skylder mig 500 kr.", False),
    ("owed", "I skylder mig en undskyldning.", False),
    ("owed", "Han skal betale det, han skylder banken.", False),
    ("turnover_told", "Borgerne skifter sagsbehandler fire gange på et år, det er for dårligt.",
     False),
    ("turnover_told", "Min datter har skiftet rådgiver gang på gang.", False),
    ("turnover_told", "Folk i ressourceforløb skifter kontaktperson hele tiden.", False),
    ("turnover_told", "Kan jeg skifte sagsbehandler?", True),
    ("turnover_told", "Jeg vil gerne skifte mentor, for det fungerer ikke.", True),
    ("turnover_told", "Kan min søn skifte rådgiver efter jul?", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R405_CR1_CASE_REQUEST)
def test_r405_cr1_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 409 criticism and case requests in sets 409–410
R409_CR1_CASE_REQUEST = [
    # a meeting moved, asked as "is it all right if we move it …"
    ("move_if_we", "Er det ok, hvis jeg flytter mødet til fredag?", True),
    ("move_if_we", "Gør det noget, hvis vi skubber samtalen en uge?", True),
    ("move_if_we", "Passer det, hvis vi rykker den til kl. 13 i stedet?", True),
    ("move_if_we", "Hvis vi rykker det til ugen efter, når vi ikke fristen.", False),
    ("move_if_we", "Går det, hvis vi flytter sofaen til stuen?", False),
    ("move_if_we", "Hvis du flytter den til næste uge, så siger jeg til min chef.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R409_CR1_CASE_REQUEST)
def test_r409_cr1_case_request(idea: str, text: str, asked: bool) -> None:
    labels = triage(text, "a")
    assert ("case_request" in labels.labels) is asked, idea
    if asked:
        assert labels.case_kind == "moede", idea


# round 409 criticism and case requests in sets 411–412
R409_CR2_CASE_REQUEST = [
    # a relative who "only needs to know" whether the case goes on
    ("needs_to_know", "Hun skal bare vide, om hendes sygedagpenge fortsætter efter jul.", True),
    ("needs_to_know", "Min mor skal lige vide, hvornår hendes pension bliver udbetalt.", True),
    ("needs_to_know", "Klienten mangler bare at vide, om hans ansøgning er modtaget.", True),
    ("needs_to_know", "Du skal bare vide, at jeg er glad for hjælpen.", False),
    ("needs_to_know", "Han skal bare vide, om han vil med til fodbold i aften.", False),
    ("needs_to_know", "Hun skal lige vide, at vi kommer til middag.", False),
    # a hearing assumed before a measure is ended
    ("say_before_you_act", "Jeg regner med, at jeg bliver hørt, før I træffer en afgørelse "
        "om mit fleksjob.", True),
    ("say_before_you_act", "Får jeg mulighed for at kommentere det, inden kommunen lukker "
        "sagen?", True),
    ("say_before_you_act", "Vi går ud fra, at vi kan forklare os, inden I stopper "
        "hjælpen.", True),
    ("say_before_you_act", "Jeg fik lov at sige noget, inden de gik.", False),
    ("say_before_you_act", "Får jeg lov at sige noget, inden vi spiser?", False),
    ("say_before_you_act", "Jeg kan forklare det, inden filmen starter.", False),
    ("say_before_you_act", "Jeg fik mulighed for at forklare mig på mødet.", False),
    # the Jutlandic "a" (jeg) asking whether the writer must come
    ("dialect_must_i_come", "A vil lige høre om a ska møde op i morgen.", True),
    ("dialect_must_i_come", "Æ ville spørge om æ skal komme ind på torsdag.", True),
    ("dialect_must_i_come", "Hej, a skulle høre om a sku møde frem til samtalen.", True),
    ("dialect_must_i_come", "Jeg har hørt om a-kassen og dens regler.", False),
    ("dialect_must_i_come", "A kommer til mødet på mandag som aftalt.", False),
    ("dialect_must_i_come", "Vi talte om a og b i matematiktimen.", False),
    # an answer expected within a deadline, with words between
    ("expect_within", "Jeg forventer svar på min ansøgning eller en begrundelse senest "
        "fredag.", True),
    ("expect_within", "Vi kræver en afgørelse i sagen om min søns hjælp inden udgangen af "
        "måneden.", True),
    ("expect_within", "Jeg forventer en forklaring på den lange ventetid inden for en "
        "uge.", True),
    ("expect_within", "Jeg forventer en afgørelse, der går mig imod.", False),
    ("expect_within", "Jeg forventede svar inden jul, men det kom i februar.", False),
    ("expect_within", "Jeg forventer, at vejret bliver godt inden weekenden.", False),
    # a past visit told from its day, asking nothing: no request however many case words
    ("past_visit_told", "Sidste torsdag sad jeg på jobcentret i to timer, fordi min "
        "sagsbehandler havde glemt mødet. Bagefter fik jeg en ny indkaldelse.", False),
    ("past_visit_told", "I går ringede jeg til ydelseskontoret om min sag og ventede i "
        "telefonkøen i en time, før en medarbejder tog den.", False),
    ("past_visit_told", "Forleden var jeg til samtale om mit ressourceforløb, og konsulenten "
        "havde ikke læst min sag.", False),
    ("past_visit_told", "Sidste tirsdag sad jeg i venteværelset i en time. Kan I flytte mit "
        "næste møde til en formiddag?", True),
    ("past_visit_told", "I går var jeg til møde om min sag. Jeg vil gerne have referatet "
        "tilsendt.", True),
    ("past_visit_told", "Sidste uge fik jeg et afslag på min ansøgning, og jeg klager over "
        "afgørelsen.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R409_CR2_CASE_REQUEST)
def test_r409_cr2_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 413 criticism and case requests in sets 413–414
R413_CR1_CASE_REQUEST = [
    ("answer_me_received", "I er nogle sløve idioter, men svar mig nu: er min ansøgning modtaget?",
     True),
    ("answer_me_received", "Fortæl mig bare: har I modtaget min klage eller ej?", True),
    ("answer_me_received", "Svar os lige: er vores henvendelse kommet frem?", True),
    ("answer_me_received", "Nu er min klage modtaget, så det er fint.", False),
    ("answer_me_received", "Svar mig nu: er du kommet hjem?", False),
    ("answer_me_received", "Fortæl mig, hvordan du har det.", False),
    ("where_is_my_money", "Hvor pokker bliver mine børnepenge af?", True),
    ("where_is_my_money", "Hvor bliver min bevilling til briller dog af?", True),
    ("where_is_my_money", "Hvor fanden er min enkeltydelse henne?", True),
    ("where_is_my_money", "Hvor bliver bussen af?", False),
    ("where_is_my_money", "Hvor bliver min pakke dog af?", False),
    ("where_is_my_money", "Min enkeltydelse kom i går, tak.", False),
    ("is_wait_normal", "Er det rimeligt, at det tager tre måneder, før man får svar på en klage?",
     True),
    ("is_wait_normal", "Hvorfor går der 9 uger, inden jeg får afgørelse på min ansøgning?", True),
    ("is_wait_normal", "Er det almindeligt, at der går fem uger før man får besked om sin sag?",
     True),
    ("is_wait_normal", "Er det normalt, at der går syv uger, før man får svar fra lægen?", False),
    ("is_wait_normal", "Sidste år gik der fire uger, før han fik svar på sin ansøgning om en "
     "lejlighed.", False),
    ("is_wait_normal", "Der går tre dage, før kagedejen er klar.", False),
    ("relayed_request", "Min mor spørger, om hun kan få en tolk til samtalen i næste uge.", True),
    ("relayed_request", "Han beder om, om han kan skifte hold på sprogskolen.", True),
    ("relayed_request", "Hun vil gerne vide, om hun kan få et tilskud til bussen.", True),
    ("relayed_request", "Min datter spørger, om hun må få en hund.", False),
    ("relayed_request", "Hun spurgte, om hun måtte låne bilen i weekenden.", False),
    ("relayed_request", "Han spørger altid, hvordan jeg har det.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R413_CR1_CASE_REQUEST)
def test_r413_cr1_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, (idea, text)


# round 413 criticism and case requests in sets 415–416
R413_CR2_CASE_REQUEST = [
    ("benefit_lower", "Hvorfor er min fars boligstøtte- og kontanthjælpsydelse blevet mindre nu?",
     True),
    ("benefit_lower", "Jeg vil gerne vide, hvorfor min ledighedsydelse i marts er sat ned.", True),
    ("benefit_lower", "Hvorfor er min udbetaling fra jer i år blevet lavere?", True),
    ("benefit_lower", "Temperaturen er lavere i dag end i går.", False),
    ("benefit_lower", "Min udbetaling er blevet lavere, fordi jeg har fået løn.", False),
    ("benefit_lower", "Hvorfor er huslejen gået ned i vores opgang?", False),
    ("start_sooner", "Kan I ikke sætte svejsekurset i gang allerede i november?", True),
    ("start_sooner", "Kunne vi få forløbet i gang inden sommerferien?", True),
    ("start_sooner", "Kan praktikken ikke starte tidligere end planlagt?", True),
    ("start_sooner", "Kan vi ikke skyde festen i gang?", False),
    ("start_sooner", "Vi skød kurset i gang i går, og det gik fint.", False),
    ("start_sooner", "Kan du sætte vaskemaskinen i gang?", False),
    ("inheritance", "Skal en gave fra min moster oplyses til jer, når jeg er på sygedagpenge?",
     True),
    ("inheritance", "Skal jeg melde arven fra min farmor til jobcentret?", True),
    ("inheritance", "Skal gevinsten fra lotto opgives, når man er på kontanthjælp?", True),
    ("inheritance", "Skal arven deles mellem os søskende?", False),
    ("inheritance", "Skal arven oplyses til Skat?", False),
    ("inheritance", "Arven skal oplyses, når man får kontanthjælp.", False),
    ("lost", "Jeg sendte min klage i maj og har intet hørt. Er den mon gået tabt?", True),
    ("lost", "Mine papirer blev afleveret i skranken. Er de blevet væk?", True),
    ("lost", "Jeg har uploadet min lægeerklæring. Den er vel ikke blevet overset?", True),
    ("lost", "Min kat er væk. Den er vel ikke blevet væk for altid?", False),
    ("lost", "Er nøglerne blevet væk?", False),
    ("lost", "Min hund løb ud i går. Den er vel ikke blevet væk?", False),
    ("forgot_time", "Undskyld, jeg har glemt hvornår samtalen med jer var sat til.", True),
    ("forgot_time", "Jeg kan ikke huske, hvad tid mødet er på mandag.", True),
    ("forgot_time", "Hej, jeg glemte hvilken dag vi skulle ses. Var det onsdag?", True),
    ("forgot_time", "Jeg har glemt, hvad tid det er.", False),
    ("forgot_time", "Han glemte, hvad tid bussen kørte.", False),
    ("forgot_time", "Jeg har ikke glemt, hvad du sagde til mig.", False),
    ("heard_from", "Det gælder mit fleksjob. Har I hørt noget fra visitationen", True),
    ("heard_from", "ang min ansøgning om tilskud. har du fået noget nyt fra kommunen", True),
    ("heard_from", "Har I fået noget fra rehabiliteringsteamet endnu?", True),
    ("heard_from", "Har du hørt noget fra Kirsten?", False),
    ("heard_from", "Jeg har hørt noget fra kommunen om vejarbejdet.", False),
    ("heard_from", "Har I hørt om den nye skole?", False),
    ("bus", "Det bliver umuligt at nå mødet kl. 9, fordi toget fra Vejle er forsinket hver dag.",
     True),
    ("bus", "Det er svært for mig at komme tidligt, når bussen kun kører hver time.", True),
    ("bus", "Det er et problem at være der klokken 8, da der ingen bus er fra landsbyen.", True),
    ("bus", "Det var svært at komme kl. 9, fordi bussen var forsinket.", False),
    ("bus", "Det er svært at komme hjem fra festen, når bussen ikke kører.", False),
    ("bus", "Det er svært at nå toget kl. 7, når man har små børn.", False),
    ("hours_rule", "Regnes mine timer i genbrugsbutikken med i timekravet?", True),
    ("hours_rule", "Tæller mine vagter som avisbud som arbejdstimer?", True),
    ("hours_rule",
     "Kan det tælle med i forhold til beskæftigelseskravet, når jeg hjælper min bror?", True),
    ("hours_rule", "Tæller det som et mål, hvis bolden rammer stolpen?", False),
    ("hours_rule", "Hvor mange timer tæller en arbejdsuge i Frankrig?", False),
    ("hours_rule", "Det tæller med som arbejdstimer, har min a-kasse sagt.", False),
    ("hours_rule", "Tæller løntilskud overhovedet med i beskæftigelseskravet? Næppe.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R413_CR2_CASE_REQUEST)
def test_r413_cr2_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 417 criticism and case requests in sets 420, 422 and 423
R417_CR2_CASE_REQUEST = [
    ("absence", "Kan I godkende mit fravær i tirsdags? Jeg var syg.", True),
    ("absence", "Kan udeblivelsen undskyldes? Bilen brød sammen.", True),
    ("absence", "Vil fraværet blive godkendt, når jeg sender lægens papir?", True),
    ("absence", "Min chef har godkendt mit fravær.", False),
    ("absence", "Fraværet på skolen er steget i år.", False),
    ("absence", "Kan I huske min fødselsdag?", False),
    ("short", "Vi mangler stadig 2.100 kroner for februar.", True),
    ("short", "Jeg mangler fortsat penge fra januar.", True),
    ("short", "Jeg mangler stadig min løn for maj.", True),
    ("short", "Vi mangler stadig 200 kr til festen.", False),
    ("short", "Jeg mangler stadig tre sider i bogen.", False),
    ("short", "Jeg savner stadig sommeren.", False),
    ("need", "Hvilke papirer mangler I?", True),
    ("need", "Hvad præcis skal I bruge fra min læge?", True),
    ("need", "Hvilke oplysninger skal jobcentret have?", True),
    ("need", "Hvad er det, I skal bruge pengene til?", False),
    ("need", "Hvilke sko skal du have på?", False),
    ("need", "Hvad skal vi spise i aften?", False),
    ("evidence",
     "Jeg vedhæfter kvitteringen. Den dokumenterer, at jeg afleverede skemaet til tiden.",
     True),
    ("evidence",
     "Jeg har vedlagt et skærmbillede af min mail. Det viser, at jeg meldte mig syg i tide.",
     True),
    ("evidence", "Vedlagt er en kopi af sms'en, som viser, at jeg gav besked.", True),
    ("evidence", "Jeg har vedhæftet et billede fra ferien.", False),
    ("evidence", "Filmen viser, at jeg kan danse.", False),
    ("evidence", "Kortet viser, at vi bor tæt på skoven.", False),
    ("assessment", "Jeg forlanger en grundig vurdering af mit helbred.", True),
    ("assessment", "Vi beder om en ny vurdering af hendes arbejdsevne.", True),
    ("assessment", "Jeg kræver en individuel vurdering af min sag.", True),
    ("assessment", "Jobcentret kræver en vurdering af min arbejdsevne.", False),
    ("assessment", "Jeg fik en vurdering af min bil på værkstedet.", False),
    ("assessment", "Anmelderen gav en grundig vurdering af filmen.", False),
    ("redo", "I skal lave afgørelsen om.", True),
    ("redo", "Du har en uge til at lave min afgørelse om.", True),
    ("redo", "Lav beslutningen om, tak.", True),
    ("redo", "Hun laver mad om aftenen.", False),
    ("redo", "Jeg laver min have om til sommer.", False),
    ("redo", "Vi lavede planen færdig i går.", False),
    ("redo", "Tænk på det, når I laver jeres næste afgørelse om mig.", False),
    ("wait_decided", "Skal jeg vente, til I har afgjort min sag?", True),
    ("wait_decided",
     "Hvordan skal vi klare os, indtil kommunen har taget stilling til vores ansøgning?",
     True),
    ("wait_decided", "Skal jeg leve af ingenting, mens I behandler sagen?", True),
    ("wait_decided", "Skal jeg vente med maden, til du kommer hjem?", False),
    ("wait_decided", "Hvor længe skal kagen bage?", False),
    ("wait_decided", "Skal vi vente på bussen?", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R417_CR2_CASE_REQUEST)
def test_r417_cr2_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 417 criticism and case requests in sets 417, 418, 419 and 421
R417_CR1_CASE_REQUEST = [
    ("handled", "Jeg vil have min klage behandlet inden fredag.", True),
    ("handled", "Vi skal ha vores anke afgjort nu.", True),
    ("handled", "Hun vil have hendes indsigelse besvaret, og det haster.", True),
    ("handled", "Jeg vil have min hund behandlet hos dyrlægen.", False),
    ("handled", "Jeg vil have min klage tilbage.", False),
    ("handled", "Jeg vil have min bil repareret.", False),
    ("discuss", "Min klient ønsker at drøfte sin jobplan på mødet.", True),
    ("discuss", "Jeg vil gerne gennemgå min afgørelse med dig.", True),
    ("discuss", "Han ønsker at tale om sin sanktion ved samtalen.", True),
    ("discuss", "Hun ønsker at drøfte sin ferie med sin kæreste.", False),
    ("discuss", "Vi vil gerne diskutere vejret.", False),
    ("discuss", "Han ville ikke drøfte sin sygdom med os.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R417_CR1_CASE_REQUEST)
def test_r417_cr1_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 425 criticism and case requests left over in sets 417–424
R425_CR_CASE_REQUEST = [
    # asked again and again about one's status or case: the asking goes on
    ("asked_again", "Jeg har spurgt fire gange om status på min ansøgning.", True),
    ("asked_again", "Vi har rykket flere gange for svar på klagen.", True),
    ("asked_again", "Jeg har spurgt til min sag mange gange nu.", True),
    ("asked_again", "Jeg har efterlyst pengene tre gange.", True),
    ("asked_again", "Jeg blev spurgt tre gange om min sag ved samtalen.", False),
    ("asked_again", "Jeg har spurgt tre gange om vejret i weekenden.", False),
    ("asked_again", "Min datter har spurgt mig mange gange om ferien.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R425_CR_CASE_REQUEST)
def test_r425_cr_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 433 criticism and case requests in sets 430 and 431
R433_CR2_CASE_REQUEST = [
    # a rule about one's benefit asked to be confirmed
    ("rule_confirmed", "Passer det, at jeg mister dagpengene, hvis jeg tager et fritidsjob?", True),
    ("rule_confirmed", "Er det korrekt, at man kan beholde "
     "boligstøtten, når man starter i fleksjob?", True),
    ("rule_confirmed", "Stemmer det, at vi skal betale hjælpen tilbage, hvis vi arver?", True),
    ("rule_confirmed", "Er det rigtigt, at kommunen skal spare ti millioner?", False),
    ("rule_confirmed", "Er det rigtigt, at man kan se nordlys i Skagen?", False),
    ("rule_confirmed", "Passer det, at man kan købe billetter ved døren?", False),
    # a new address told and how to update it asked
    ("update_address", "Vi er flyttet til Odense. Hvordan melder jeg det til jer?", True),
    ("update_address", "Hvordan ændrer jeg min adresse i jeres system?", True),
    ("update_address", "Jeg har ny adresse fra 1. maj. Hvordan giver jeg "
     "besked, så post fra jer kommer frem?", True),
    ("update_address", "Min datter er flyttet hjemmefra. Hvordan ændrer jeg mit liv nu?", False),
    ("update_address", "Vi har flyttet sofaen ind i stuen. Hvordan "
     "retter jeg ryggen ud bagefter?", False),
    ("update_address", "Jeg er flyttet, og det gik fint med flyttebilen.", False),
    # a meeting asked with those in charge
    ("meet_management", "Vi vil meget gerne mødes med borgmesteren "
     "om lukningen af værkstedet.", True),
    ("meet_management", "Foreningen ønsker et møde med udvalget om de nye regler.", True),
    ("meet_management", "Jeg vil gerne tale med lederen af jobcentret om min sag.", True),
    ("meet_management", "Jeg mødes med lederen af fodboldklubben i morgen.", False),
    ("meet_management", "Vi vil gerne mødes med vennerne i weekenden.", False),
    ("meet_management", "Lederen holdt et møde med udvalget i går.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R433_CR2_CASE_REQUEST)
def test_r433_cr2_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 433 criticism and case requests in sets 425–429
R433_CR1_CASE_REQUEST = [
    # a complaint or request sent long ago, told by the time gone
    ("sentago", "Vi indsendte vores anke for to måneder siden.", True),
    ("sentago", "Jeg afleverede min indsigelse for fem uger siden.", True),
    ("sentago", "Jeg har sendt en klage over afgørelsen for over en måned siden.", True),
    ("sentago", "Jeg sendte min klage for tre uger siden og fik svar i går.", False),
    ("sentago", "Jeg sendte en ansøgning til Netto for tre uger siden og fik jobbet.", False),
    ("sentago", "Min nabo sendte en klage til vognmanden.", False),
    # the payment demanded on the account by a day
    ("account", "Hvis ikke ydelsen er på min konto i morgen, kan jeg ikke betale husleje.", True),
    ("account", "Kontanthjælpen skal være på min konto fredag.", True),
    ("account", "Hvis pengene ikke står på min konto mandag, må jeg låne af min mor.", True),
    ("account", "Hvis pengene står på min konto, køber jeg en cykel.", False),
    ("account", "Min søn har fået sin egen konto i banken.", False),
    ("account", "Jeg har sparet op på min konto hele året.", False),
    # someone else asked to take over the case
    ("takeover", "Kunne nogen andre overtage min sag?", True),
    ("takeover", "Kan nogle andre tage sagen?", True),
    ("takeover", "Kan nogen anden tage over nu?", True),
    ("takeover", "Nogen andre må gerne tage over i køkkenet.", False),
    ("takeover", "Kan nogen andre overtage min gamle sofa?", False),
    ("takeover", "Jeg kan godt tage over i morgen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R433_CR1_CASE_REQUEST)
def test_r433_cr1_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# round 433 criticism and case requests in set 432
R433_CR3_CASE_REQUEST = [
    # the money demanded in the spoken "ha"
    ("spoken_ha", "vi skal ha vores penge nu", True),
    ("spoken_ha", "Jeg vil bare ha mine dagpenge.", True),
    ("spoken_ha", "jeg ska ha min ydelse", True),
    ("spoken_ha", "Jeg vil ha min kaffe sort.", False),
    ("spoken_ha", "Vi skal ha vores hund med på ferie.", False),
    ("spoken_ha", "Jeg vil ha mine venner med til festen.", False),
    # a plan asked for in the case
    ("plan", "Jeg ønsker en afklaring snarest.", True),
    ("plan", "Hun er træt af at vente og vil gerne have en handleplan.", True),
    ("plan", "Vi beder om en plan for det videre forløb.", True),
    ("plan", "Hun vil gerne have en plan for sommeren.", False),
    ("plan", "Min kæreste har en plan for haven.", False),
    ("plan", "Det var ikke min plan at flytte.", False),
    # when the phone will be taken or the call returned
    ("phone", "Jeg har ventet hele dagen. Hvornår tager I telefonen?", True),
    ("phone", "Hvornår ringer du mig tilbage?", True),
    ("phone", "Hvornår tager nogen telefonen hos jer?", True),
    ("phone", "Hvornår tager I telefonen om fredagen?", False),
    ("phone", "Min søn tager aldrig telefonen.", False),
    ("phone", "Hvornår tager toget afsted?", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "asked"), R433_CR3_CASE_REQUEST)
def test_r433_cr3_case_request(idea: str, text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, idea


# stop 53 review: a rule asked about "for a friend" is no case of the writer's own
R433_ASKED_FOR_A_FRIEND = [
    ("Er det rigtigt, at man mister kontanthjælpen, hvis man er bortrejst? Jeg spørger for en "
     "ven.", False),
    ("Passer det, at man kan miste dagpengene ved et ophold i udlandet? Spørger for en bekendt.",
     False),
    ("Er det korrekt, at jeg mister min ydelse, hvis jeg flytter til Norge?", True),
    ("Er det rigtigt, at man mister boligstøtten, når man flytter sammen med nogen?", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "asked"), R433_ASKED_FOR_A_FRIEND)
def test_r433_rule_asked_for_a_friend(text: str, asked: bool) -> None:
    assert ("case_request" in triage(text, "a").labels) is asked, text
