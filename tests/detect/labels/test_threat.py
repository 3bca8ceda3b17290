"""The threat label: explicit, veiled, conditional, arson/weapons, calls on others —
and the figures of speech, self-directed words and criticism that must stay unflagged."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import assert_found_quoting, triage
from tests.detect.labels.test_self_harm import (
    NEGATIVES_R251B_TAKE_ALONG,
    POSITIVES_R251B_TAKE_ALONG,
)

# (text, register, a word the evidence must quote)
POSITIVES = [
    ("Jeg slår dig ihjel, hvis du ringer igen.", "a", "slår dig ihjel"),
    ("Hvis I ikke ændrer afgørelsen, kommer jeg derop og slår dig ned.", "a", "slår dig ned"),
    ("Du kommer til at bløde for det her, Jakob.", "a", "bløde"),
    ("Jeg ved godt, hvor du parkerer hver morgen.", "a", "parkerer"),
    ("Tænk på dine børn, før du sender flere afslag.", "a", "børn"),
    ("Jeg har en kniv, og jeg er ikke bange for at bruge den.", "a", "kniv"),
    ("Det ville være en skam, hvis dit hus brændte.", "a", "brændte"),
    ("Nogen burde give den sagsbehandler et par på kassen.", "a", "kassen"),
    ("Hele kontoret burde brænde.", "a", "brænde"),
    ("Du kommer ikke hjem i ét stykke, det lover jeg.", "a", "stykke"),
    ("Jeg glæder mig til at se dig ude på parkeringspladsen.", "a", "parkeringspladsen"),
    ("Skyd dem alle sammen.", "a", "Skyd dem"),
    ("Sagsbehandleren fortjener en kugle.", "a", "kugle"),
    ("Jeg kender din adresse, Per.", "a", "adresse"),
    ("Vi kommer og henter dig en aften, Sofie.", "a", "henter dig"),
    ("Hvis jeg mister min ydelse, tager jeg nogen med mig i faldet.", "a", "faldet"),
    ("Der kommer til at ske noget, hvis I sanktionerer mig igen.", "a", "ske"),
    ("Jeg har en ladt pistol i skuffen.", "a", "pistol"),
    ("Kommunens folk skal hænges i lygtepælene.", "a", "hænges"),
    ("Jeg har fulgt efter Torben Bak fra jobcentret.", "b", "fulgt efter"),
    ("Gorm Vestergaard kan godt begynde at kigge sig over skulderen.", "b", "skulderen"),
    ("Dine dage på kontoret er talte, Henriette.", "b", "er talte"),
    ("Jeg møder op med en økse næste gang.", "b", "økse"),
    ("Jeg sætter ild til jeres kontor.", "b", "ild"),
    ("Jobcentret skal sprænges i luften.", "b", "sprænges"),
    ("Pas godt på din familie, Fatima.", "c", "familie"),
    ("Henrik Toft skal passe på, når han går hjem i aften.", "c", "passe på"),
    ("J3g 5lår d1g 1hj3l", "c", "d1g"),
    ("Jeg d r æ b e r  d i g", "c", "d"),
    # probe round 44: a death emoji or a grave by a staff name, a child's school with a
    # notice or an invitation, a rifle and no patience, not coming alone to the desk, coming
    # in to smash the place, a route to avoid tonight, an ultimatum ending in a visit, a dark
    # question "just asked", what happens to such a caseworker, "think about it tonight"
    ("Jens-Ole Krag, du er færdig 💀", "c", "færdig"),
    ("Henrik Toft ⚰️", "c", "⚰"),
    ("Henrik Tofts søn går i 2.c på Lindeskolen. Bare så du ved det.", "c", "søn"),
    ("Fatima Alis datter går i Solsikkens børnehave. Nogen burde besøge familien.", "c", "datter"),
    ("Jeg har en riffel derhjemme og har ingen tålmodighed mere.", "a", "riffel"),
    ("Næste gang vi kommer til mødet, kommer vi ikke alene.", "a", "alene"),
    ("Afviser I min klage igen, så stormer jeg derind og vælter hele kontoret.", "a", "vælter"),
    ("Et godt råd til sagsbehandleren: cykl ikke ruten langs åen i nat.", "a", "ruten"),
    ("Enten får jeg mine penge, ellers får I besøg af mig og mine fætre.", "a", "besøg"),
    ("Henrik Toft sidder vel alene ved skranken efter lukketid? Jeg spørger bare.", "c", "spørger"),
    ("Hvad tror I, der sker med folk, som stjæler fra de syge? Tænk over det i nat.", "a", "sker"),
    # round 25: a life for what was taken (learner Danish), the aim that they never feel safe,
    # "not walking away on two legs", a stone that "ryger" through a window, a relative's club,
    # where someone plays sport, not dying alone, a friendly warning to stay indoors, a call
    # to bring something that hurts
    ("I tage min arbejde, jeg tage dit liv, Henrik Toft.", "c", "tage dit liv"),
    ("Jeg skal nok sørge for, at du aldrig mere kan føle dig tryg, Fatima.", "c", "tryg"),
    ("Vi vil sørge for at hun ikke finder ro igen, heller ikke derhjemme.", "c", "ro"),
    ("Henrik Toft skal ikke regne med at komme hjem på to ben efter mødet.", "c", "to ben"),
    ("Du kommer ikke ud herfra på to ben, hvis I trækker mig igen.", "c", "to ben"),
    ("Trækker I i min ydelse, flyver der en mursten ind gennem jeres ruder.", "c", "mursten"),
    ("Jeg kender godt din datters skole, Fatima. Mandag kl 8, ikke?", "c", "skole"),
    ("Jeg ved hvor Henrik Toft træner om torsdagen. Vi ses.", "c", "træner"),
    ("Jeg orker ikke at leve længere, men jeg dør ikke alene. Fatima Ali kommer med.", "c",
     "alene"),
    ("Pas på dig selv, Fatima. Man ved aldrig hvem der venter ved bagindgangen.", "c",
     "bagindgangen"),
    ("Fatima Ali gør klogt i at holde sig hjemme fremover. Blot en venlig advarsel.", "c",
     "fremover"),
    ("Hvem tør med og give de snyltere på kontoret en lærestreg? Tag noget med der kan gøre"
     " skade.", "c", "skade"),
    ("Hvis nogen ser Jens-Ole Krag i byen, så giv ham en ordentlig omgang.", "c", "omgang"),
    ("Næste gang ender det med, at nogen bliver båret ud herfra.", "c", "båret ud"),
    ("Jeg har skrevet jeres navne ned. I er advaret.", "c", "advaret"),
    # a weapon emoji after coming for someone, a laugh beside it
    ("Hehe vi kommer og henter dig snart Per 🔪🔪", "a", "🔪"),
    ("Jeg finder dig 🔫", "a", "🔫"),
    # a weapon brought to the meeting or the jobcentre, a weapon made ready
    ("Jeg kommer op til jer på rådhuset på fredag med min pistol i lommen.", "a", "pistol"),
    ("Jeg medbringer et koben, når jeg skal til møde hos Per Storm.", "a", "koben"),
    ("Riflen ligger klar i bilen, når jeg skal ind til opfølgningssamtalen.", "a", "Riflen"),
    # ominous consequences: payback, grudges, proverbs of revenge
    ("Hvad der går rundt, kommer rundt. Jeg har god tid.", "a", "god tid"),
    ("En dag betaler du for det her, Kim. Regningen kommer.", "a", "Regningen kommer"),
    ("Det her kommer Sofie til at fortryde, det lover jeg.", "a", "fortryde"),
    ("Trækker I mig i ydelse igen, så kommer jeg derned, og så bliver det ikke kønt.", "a", "kønt"),
    # knowing when and where someone goes
    ("Jeg ved præcis, hvornår du har fri, Sofie. Fredag kl. 14, ikke sandt?", "a", "ikke sandt"),
    ("Du parkerer altid ved bagindgangen, og du cykler hjem ad Strandvejen.", "a", "cykler hjem"),
    ("Jeg har siddet i bilen og kigget på, når du låser dig ind om morgenen.", "a", "kigget"),
    # others brought along, people who owe a favour
    ("Vi er mange, og vi kommer og besøger jer.", "a", "vi er mange"),
    ("Min fætter har siddet inde for vold. Han er interesseret i dig, Sofie.", "a", "interesseret"),
    # veiled advice about the family
    ("Et venligt råd, Per: hold godt øje med dine børn i den kommende tid.", "a", "dine børn"),
    ("Lad ikke din søn gå alene hjem fra skole, Kim.", "a", "alene"),
    # explicit, in other word orders
    ("Møder jeg ham på gaden, får han en flad lige i ansigtet.", "a", "flad"),
    ("Jeg brækker næsen på den første sagsbehandler, der siger nej.", "a", "næsen"),
    ("Jeg sidder lige nu uden for dit hus, Kim. Flot have.", "a", "dit hus"),
    ("Det ville være en skide skam, hvis jeres kontor en nat stod i flammer.", "a", "flammer"),
    # probe round 5: getting home unharmed, walking alone, nobody leaving unharmed
    ("Torben Bak kan ikke regne med at nå uskadt hjem efter sin vagt.", "b", "uskadt"),
    ("Sagsbehandleren skal ikke regne med at cykle alene hjem mere.", "a", "alene"),
    ("Vi er klar i morgen, og ingen skal slippe uskadt ud derfra.", "a", "uskadt"),
    # the family or belongings: "sine unger", someone watching at the school, the windows
    ("Fortæl din kollega, at han skal passe godt på sin kone fremover.", "a", "kone"),
    ("Der er nogen der sidder og holder øje ved børnehaven hver morgen, Kim.", "a", "børnehaven"),
    ("Det skulle ikke undre mig, om din bil en morgen står uden ruder.", "a", "bil"),
    ("Det ville være synd, hvis din søn ikke kom hjem fra træning.", "a", "kom hjem"),
    # knives into people, the person called a name as the object, hanging from a lamp post
    ("Snart stikker nogen en kniv i en af jeres sagsbehandlere.", "a", "kniv"),
    ("Vi tæver det svin, når han kommer ud.", "a", "svin"),
    ("Der er nogen der ender med at dingle i en lygtepæl for det her.", "a", "lygtepæl"),
    # watching it burn, a parcel that burns, counting the days, a fist named after them
    ("Jeg glæder mig til at se rådhuset brænde.", "a", "brænde"),
    ("Jeg tæller timerne til jeg står over for dig, Sofie.", "a", "timerne"),
    ("Min nye knytnæve har jeg døbt Bøgh.", "a", "Bøgh"),
    # weak signs that add up: a dark evening greeting, a personal promise, payback with
    # interest, "do you know what happens to people who …", not to say hello, scratches
    ("Mine fætre vil gerne hilse på Torben Bak en mørk aften.", "b", "mørk aften"),
    ("Jeg sørger personligt for, at du får en jul du sent vil glemme.", "a", "sent vil glemme"),
    ("Jeg finder ud af hvem det var, og det bliver betalt tilbage med renter.", "a", "renter"),
    (
        "Ved du hvad der sker med typer der snyder folk? Det finder du snart ud af.",
        "a",
        "finder du",
    ),
    ("Næste gang jeg møder dig i Netto, er det ikke for at sige hej.", "a", "sige hej"),
    ("Jeg ved hvor du parkerer din bil. Den skal nok få et par buler.", "a", "buler"),
    ("Vi står og venter ved bagudgangen, når I får fri i dag.", "a", "bagudgangen"),
    (
        "Hvis Per Storm ikke laver beslutningen om, skal han ikke regne med at gå alene hjem.",
        "a",
        "alene",
    ),
    # probe round 6: Jutlandic "æ"/"do" and "saa" without å; æ written as e or ae
    ("Æ ved godt hvor do parkerer om aftenen, Sofie.", "a", "hvor do parkerer"),
    ("Æ kommer og finder dig, og saa er det ikke for at drikke kaffe.", "a", "drikke kaffe"),
    ("Stopper I min kontanthjælp, så draeber jeg den første sagsbehandler jeg ser.", "a",
     "draeber"),
    # the address got "on him", a visit that is not with flowers
    ("Jeg fandt adressen på ham på nettet, og han får besøg i aften.", "a", "adressen på ham"),
    ("Jeg har skaffet privatadressen på sagsbehandleren. Hun får besøg, og ikke med roser.",
     "a", "privatadressen"),
    # accidents happen, drive carefully home; "the meeting will be your last"
    ("Der sker jo tit uheld på landevejen, Kim. Kør forsigtigt hjem i aften.", "a", "uheld"),
    ("Samtalen på torsdag bliver din sidste, Per.", "a", "din sidste"),
    # a condition on treatment or a passive sanction; "så skal I mærke det"
    ("Hvis I taler sådan til min mor igen, skal I fandeme mærke det.", "a", "mærke det"),
    ("Hvis min datter bliver sanktioneret igen, saa finder jeg dig, og det bliver ikke for at "
     "snakke.", "a", "snakke"),
    # a weapon owned and "it" taken along to the meeting; a parcel at the entrance
    ("Jeg har en jagtriffel i kælderen, og næste gang jeg skal til møde tager jeg den med.", "a",
     "tager jeg den med"),
    ("Der ligger en pakke foran receptionen på rådhuset på fredag. Tag det alvorligt denne gang.",
     "a", "pakke"),
    # a pity if it caught fire; a beating with a weapon asked of others, in a question
    ("Det ville være synd, hvis der gik ild i Kims carport en nat.", "a", "ild"),
    ("Kan nogen ikke give Per Storm en omgang med en kølle?", "a", "kølle"),
    # not safe because of a guard; greetings to the partner at work
    ("Sofie Holm skal ikke tro hun er tryg bare fordi der sidder vagter i receptionen.", "a",
     "tryg"),
    ("Din mand arbejder på Føtex i centret, Sofie. Sig ham hilsen fra mig.", "a", "hilsen"),
    # å, æ, ø written as aa, ae, oe (no Danish keyboard)
    ("jeg braender jeres kontor ned en nat", "a", "braender"),
    ("pas paa dine boern, Kim", "a", "boern"),
    ("jeg kommer med en oekse til naeste moede", "a", "oekse"),
    # probe round 7: a knife carried every time one comes to them, then used; a bat bought and
    # named, and who it will greet
    ("Jeg bærer altid en kniv, når jeg skal ned til jer på rådhuset. En dag trækker jeg den.",
     "a", "trækker jeg den"),
    ("Har netop anskaffet en jernstang. Den er døbt efter min sagsbehandler. Gæt hvem den skal "
     "møde.", "a", "døbt"),
    # home whole, tyres and windows whole for now, alone in a dark street with nothing between
    ("Sofie Holm kan ikke forvente at komme hel hjem fra kontoret i aften.", "a", "hel"),
    ("Hendes bil får ikke lov at have hele ruder ret længe.", "a", "hele ruder"),
    ("En aften står Per Storm alene på en øde parkeringsplads, og så er der ingen glasrude "
     "imellem os.", "a", "imellem os"),
    # a rhetorical call on others; the place burns one day; "folk som dig"; vermin killed
    ("Kan nogen ikke snart brænde det rådhus ned?", "a", "brænde"),
    ("Hvorfor er der ingen der har givet ham en røvfuld endnu?", "a", "røvfuld"),
    ("Kontoret kommer til at brænde en dag, husk det var mig der sagde det.", "a", "brænde"),
    ("Folk som dig burde man skyde.", "a", "skyde"),
    ("I er nogle kakerlakker, og kakerlakker skal man træde på.", "a", "kakerlakker"),
    # a determiner before the staff noun; a beating written in leetspeak
    ("Vi tæver de konsulenter, når de går hjem.", "a", "tæver de konsulenter"),
    ("Kim skal f4 t3sk", "a", "t3sk"),
    # prison not feared, a gang in the family and a talk "not with words"; a formal condition
    ("Jeg er ikke bange for at ryge i fængsel igen. Tænk over det, inden I afviser mig.", "a",
     "fængsel"),
    ("Min fætter er i rockerbanden, og han tager gerne en snak med Per Storm. Han lader "
     "næverne tale.", "a", "næverne"),
    ("Dersom min kontanthjælp ikke er udbetalt på mandag, sørger jeg personligt for, at Kim "
     "ikke kan passe sit arbejde i mange uger.", "a", "dersom"),
    # a stone through the window at her home; relentless search; meeting me and my friends
    ("Jeg kaster en mursten gennem vinduet hos Sofie Holm.", "a", "mursten"),
    ("Jeg finder dig, Kim, om det så tager ti år.", "a", "om det så"),
    ("Din kone arbejder i Bilka, Sofie. Hun skulle møde mig og mine venner en aften efter "
     "fyraften.", "a", "mine venner"),
    # "ta/tar" for "tage/tager"; a rhetorical question without "nogen"
    ("jeg tar dig af dage, Kim", "a", "tar dig af dage"),
    ("Er der virkelig ingen der gider smadre det kontor?", "a", "smadre"),
    # round 8: a go with a bat, no verb; something to hit with; "du er død" with a name
    ("Et par omgange med køllen, så forstår han det nok.", "a", "køllen"),
    ("Medbring noget at banke med, når vi går derned.", "a", "banke med"),
    ("Du er død, Fatima. Helt død.", "c", "død"),
    # a name (not recognised) stabbed "ned"; a punch word; a beating asked of others
    ("Vi tæver Rasmus ned, hvis han siger nej.", "a", "ned"),
    ("Nogen burde give hende en lammer.", "a", "lammer"),
    # the jobcentre burning well; petrol to help it along
    ("Det kontor ville brænde fint med lidt hjælp.", "a", "brænde fint"),
    ("Hvis bare nogen hjalp det på vej til med en dunk benzin.", "a", "benzin"),
    # tyres and windows not to be counted on; lying in wait where no camera sees it
    ("Henrik Toft må ikke forvente, at hans bil står med hele ruder efter weekenden.", "c",
     "hele ruder"),
    ("Vi står ude ved bagindgangen, når I lukker. Der er ingen vidner derude.", "a",
     "ingen vidner"),
    ("Jeg venter på hende, til hun har fri, Fatima ved godt hvorfor.", "c", "venter"),
    # being nice stops, and not with letters; a parcel that bangs; stay home
    ("Lukker I min sag, holder jeg op med at være sød. Og det bliver ikke med ord.", "a",
     "ikke med ord"),
    ("Der står en kasse ved indgangen på fredag. Den siger et gevaldigt brag. Bliv hellere "
     "hjemme.", "a", "brag"),
    # a rhetorical call with a reward; a child's routine and a visit to say hello
    ("Er der nogen der tør tage sig af jobcentret? Jeg spenderer en kasse øl.", "a",
     "kasse øl"),
    ("Henrik Toft har en søn, der træner fodbold hver onsdag. Jeg kommer måske forbi og "
     "hilser på ham.", "c", "hilser"),
    # a name the register misses as the one to hit; a dare and cash; waiting till they come out
    ("Kan nogen af jer give Rasmus en på kassen? Jeg giver 1000 kr.", "a", "kassen"),
    ("Jeg står og venter, når du kommer ud i aften. Ingen ser os derude.", "a", "venter"),
    ("Afviser I mig igen, er jeg færdig med at være høflig. Ikke med klager denne gang.", "a",
     "høflig"),
    # a prophecy of fire; a parcel that goes off; the cut paid back; clubs brought along
    ("Sådan et kommunekontor brænder som halm.", "a", "halm"),
    ("Den rønne af et jobcenter fænger nok hurtigt ild.", "a", "ild"),
    ("Vi har stillet en kasse til jer foran receptionen. Den eksploderer klokken 9.", "a",
     "eksploderer"),
    ("Skærer I i min hjælp, så stikker jeg i jer.", "a", "stikker jeg i jer"),
    ("Jeg kvæler Rasmus, hvis han ringer igen.", "a", "kvæler"),
    ("Mød op ved hendes kontor i morgen. Tag jeres køller med.", "a", "køller"),
    ("Henrik Tofts bil får sikkert nogle buler i weekenden.", "c", "buler"),
    # calls to take care of them, with a dark evening or beer in it; a lesson taught
    ("Nogen burde tage sig af ham en sen aften.", "a", "tage sig af"),
    ("Hvem tager sig af Fatima Ali? Der er en dusør i det.", "c", "dusør"),
    ("Snart lærer nogen dem en lærestreg derinde.", "a", "lærestreg"),
    ("Hvorfor er der ingen, der har knivstukket ham endnu?", "a", "knivstukket"),
    # the answer not in words beside a condition; money not received and fetched in person
    ("Nedsætter I min hjælp, så er det ikke med ord jeg svarer.", "a", "ikke med ord"),
    ("Får jeg ikke pengene i dag, så kommer jeg selv og henter dem. Ikke for at hygge.", "a",
     "henter"),
    # a lonely spot named; windows that will not last; a ditch, a bang heard
    ("Fatima Ali cykler hjem hver aften langs åen. Temmelig mørkt derude om aftenen.", "c",
     "mørkt derude"),
    ("Dine ruder holder ikke længe, Henrik.", "c", "ruder"),
    ("I ender i en grøft, hele banden derinde.", "a", "grøft"),
    ("Vi har en lille gave til jer ved indgangen. I hører et knald kl. 12.", "a", "knald"),
    # a child's pick-up time and 'I could fetch him'; a pity if they drowned
    ("Fatima Alis datter går i 2.b og har fri kl. 13. Jeg kunne jo bare hente hende.", "c",
     "hente hende"),
    ("Henrik Toft har to sønner, der svømmer hver lørdag. Det ville være trist, hvis de "
     "druknede.", "c", "druknede"),
    # a swear word between the determiner and the target
    ("Jeg smadrer den forbandede Jakob Bøgh, når jeg møder ham.", "a", "forbandede"),
    ("Vi banker den skide sagsbehandler ihjel.", "a", "skide sagsbehandler"),
    ("Slår jeg den møg Sofie Holm ihjel, er det jeres skyld.", "a", "ihjel"),
    # arson of a shed; a house that "can burn like all the others"; a thought left hanging
    ("Giver I mig afslag igen, så brænder jeg hele jeres rådne skur ned.", "a", "skur"),
    ("Hendes sommerhus ved stranden kan jo også brænde ligesom alle de andre. Bare en idé.",
     "a", "brænde"),
    ("Jakob Bøghs villa kan sagtens gå op i flammer. Tænk over det.", "a", "flammer"),
    # the children mentioned, then "pas godt på dem"; time to pray; no safe sleep
    ("Per Storm har en lille datter, har jeg fået at vide. Pas nu godt på hende.", "a",
     "pas nu godt"),
    ("Så kan du godt begynde at bede til Gud, Kim Frederiksen.", "a", "bede"),
    ("Du sover ikke trygt længere, Per Storm. Jeg finder dig.", "a", "sover ikke trygt"),
    # a formal letter: seeking out the caseworker, no guarantee of what happens
    ("Hvis I skærer i min ydelse igen, opsøger jeg personligt Kim Frederiksen, og jeg kan "
     "ikke stå inde for, hvad der så sker.", "a", "hvad der så sker"),
    # a weapon whose innocent use is denied; English
    ("Jeg har skaffet en riffel. Den er ikke til harer. Hilsen til alle på 3. sal.", "a",
     "ikke til harer"),
    ("Watch your back, Sofie Holm.", "a", "watch your back"),
    # habits known, then a suggestion; guards that will not always be there; one by one
    ("Jeg kender Anne-Mette Lunds faste vaner. Jeg anbefaler, at hun omgør sin afgørelse.",
     "a", "vaner"),
    ("Vær glade for vagterne i receptionen. Den dag de er væk, tager vi jer én ad gangen.",
     "a", "én ad gangen"),
    # payback first; silenced for good; a child's pick-up time and "tænk dig godt om"
    ("Først skal Per Storm bøde for det, han har gjort mod min familie. Så kan jeg gå.", "a",
     "bøde"),
    ("Hvis hun igen kalder mig doven, sørger jeg for, at hun aldrig åbner kæften igen.", "a",
     "aldrig åbner kæften"),
    ("Sofie Holm, vi ved godt, at du henter din datter kl. 16 hver dag. Tænk dig godt om.",
     "a", "tænk dig godt om"),
    ("Jeg ved hvor den lede Per Storm bor.", "a", "lede"),
    ("Jeg knalder den fucking Jakob Bøgh en på kassen.", "a", "kassen"),
    ("Du må hellere begynde at bede, Per Storm.", "a", "bede"),
    ("Vi tager dem én for én, og vi starter med Per Storm.", "a", "én for én"),
    ("Hun sover ikke trygt mere, når jeg er færdig med hende.", "a", "færdig med hende"),
    ("I kan glæde jer over, at der sidder en vagt ved indgangen. Det gør der ikke altid.",
     "a", "ikke altid"),
    ("Jeg kender din faste rute hjem. Du bør tænke dig om.", "a", "rute"),
    ("Hans flotte bil kan jo nemt brænde, ligesom alle de andre biler.", "a", "brænde"),
    ("Jeg har en kniv. Den er ikke til at skære brød med.", "a", "skære brød"),
    ("I know where you live, Per.", "a", "know where you live"),
    # probe round 10 phenomena (own wording)
    ("Hvis jeg var dig, ville jeg holde mig væk fra kontoret på mandag.", "a", "holde mig væk"),
    ("Jeg ville ikke møde på arbejde i morgen, hvis jeg var jer.", "a", "hvis jeg var jer"),
    ("Han kan ikke skjule sig for altid. Jeg har intet at tabe.", "a", "skjule sig"),
    ("Sådan et gammelt jobcenter brænder nok let som halm.", "a", "brænder"),
    ("Det ville være ærgerligt, hvis nogen fik at vide, hvor du bor.", "a", "hvor du bor"),
    ("Synd hvis din bil en morgen startede for godt.", "a", "startede for godt"),
    ("Hun kender sin vej hjem hver aften kl 17. Bremserne kan svigte.", "a", "svigte"),
    ("En dag fanger en af jer en kugle, og ingen vil savne jer.", "a", "kugle"),
    ("Jeg har min morfars gamle riffel på loftet. Næste gang tager jeg den med.", "a", "med"),
    ("Hun skal nok passe godt på sig selv. Vi er mange der er trætte af hende.", "c", "trætte"),
    ("Du vil fortryde det resten af dit liv, og jeg ved hvor du bor.", "a", "fortryde"),
    ("Jeg skyder hele kontoret ned på fredag.", "a", "skyder"),
    ("I er dode mand allesammen", "a", "dode"),
    ("du skal døøøø", "a", "døø"),
    # probe round 11 phenomena (own wording)
    ("Du er fandme død når jeg møder dig i byen.", "a", "død"),
    ("Svarer I ikke i dag, så er du en død mand.", "a", "død"),
    ("Fatima Ali f4r bank når hun låser kontoret af i aften.", "c", "bank"),
    ("Vi er tre gutter der venter ved bagindgangen, når hun går hjem.", "a", "gutter"),
    ("Jeg ville ikke sidde ved skranken på fredag, hvis jeg var dig.", "a", "skranken"),
    ("Hvis I lukker min sag, så dukker jeg op ude hos Henrik Toft på kontoret med en kniv.",
     "c", "kniv"),
    ("Sådan nogle som Jens-Ole Krag havner med en kugle i hovedet.", "c", "kugle"),
    ("Hende finder jeg nok på parkeringspladsen en aften.", "a", "parkeringspladsen"),
    ("Hvem er med til at smadre det rådhus i weekenden?", "a", "smadre"),
    ("Henrik Toft har købt en ny Volvo. Den står i carporten om natten. Det ville være synd"
     " for ruderne.", "c", "ruderne"),
    ("Fatima Alis kontor ligger i stueetagen. Ruderne virker ret tynde.", "c", "tynde"),
    ("Lukker I min sag, tager jeg dig med i graven.", "a", "graven"),
    ("Jeg så dine drenge foran skolen i morges. Pas godt på dem.", "a", "drenge"),
    # probe round 12 phenomena (own wording)
    ("Jeg kender hvilken vej Fatima Ali cykler hjem. Tænk over det.", "c", "cykler hjem"),
    ("Jeg skal sikre mig at Jens-Ole Krag aldrig mere kan sove roligt.", "c", "sove roligt"),
    ("Gør I det igen, bliver det sidste gang han åbner munden overhovedet noget.", "a",
     "sidste gang"),
    ("Du er så dåååd, bare vent til fredag.", "a", "så d"),
    ("Fatima Ali står øverst på min liste. Resten af jer står i kø.", "c", "i kø"),
    ("Samles vi mange nok, kan vi knuse alle vinduerne på rådhuset.", "a", "knuse"),
    ("Jeg har fulgt dig på Facebook i månedsvis. Din datter ser glad ud. Det kan nemt vende.",
     "a", "vende"),
    ("Jens-Ole Krag har tre dage til at rette det. Ellers gælder der ingen grænser mere.",
     "c", "ingen grænser"),
    ("Udbetal pengene nu eller tag konsekvenserne. Mine fætre er ikke så tålmodige som mig.",
     "a", "konsekvenserne"),
    ("Jeg har skaffet en kølle. Den ligger klar til Fatima Ali.", "c", "klar til"),
    ("Får jeg ikke mine penge, så kommer jeg selv derned med et par gutter. Det bliver ikke"
     " noget rart besøg.", "a", "rart besøg"),
    ("Hvis jeg var dig, blev jeg hjemme. Der står en kuffert ved indgangen fredag.", "a",
     "blev jeg hjemme"),
    ("Du skal aldrig mere føle dig tryg, Fatima Ali.", "c", "tryg"),
    ("Hvis jeg var jer, meldte jeg mig syg på mandag.", "a", "syg"),
    # round 13: dead once found, fronted arson, English arson, allies, "not for long"
    ("I er døde den dag jeg møder jer.", "a", "døde"),
    ("Du er en død mand så snart jeg ser dig.", "a", "død"),
    ("Lukker I min sag, så brænder hele jobcentret.", "a", "brænder"),
    ("Samme aften de stopper min ydelse, eksploderer jeres rådhus.", "a", "eksploderer"),
    ("One more letter like this and we will torch the office.", "a", "torch"),
    ("We'll burn this whole place down.", "a", "burn"),
    ("If you sanction me again I will stab everyone at the desk.", "a", "stab"),
    ("Jeg møder op med min lillebror og hans kammerater. De er ikke så rolige som mig.",
     "a", "lillebror"),
    ("Nyd weekenden mens du kan, Fatima Ali. Det gør du ikke ret længe endnu.", "c",
     "længe endnu"),
    ("Håber din chef sover trygt. Han sover ikke længe endnu.", "a", "sover"),
    ("Vi mødes ved cykelskuret i aften, og kom alene.", "a", "alene"),
    ("Så er det dig eller mig. Jeg har intet at miste.", "a", "eller mig"),
    ("Dit klamme kræ. Vi finder dig.", "a", "finder dig"),
    ("Bed din kollega holde sig væk fra skranken når jeg kommer i morgen.", "a", "skranken"),
    ("Hvis hun afviser mig igen, så skal hun mærke det.", "a", "mærke det"),
    ("Kællingen i receptionen skal passe på når hun låser af i aften.", "a", "passe på"),
    ("Alle mand til rådhuset i morgen. Husk at tage knive med.", "a", "knive"),
    ("Jeg tager mine fætre med til samtalen. De er knap så flinke som mig.", "a", "fætre"),
    ("Jeg håber din chef nyder sin weekend. Det gør han ikke mange flere gange.", "a",
     "flere gange"),
    # probe round 14: the person taken with the room, a lesson never forgotten, no safe sleep
    ("Så brænder jeg jeres kontor af og sagsbehandleren med.", "a", "sagsbehandleren med"),
    ("Nogen skulle give de sagsbehandlere en lærestreg de sent glemmer.", "a", "lærestreg"),
    ("Hun kommer aldrig til at sove trygt igen efter det her.", "a", "sove"),
    ("Du skal ikke sove roligt efter i dag.", "a", "sove"),
    ("Tag ham i nakken og vis ham hvordan det gør ondt. I ved hvad I skal gøre.", "a",
     "nakken"),
    ("Jeg har jo stadig min gamle riffel. Bare så du ved det, når du ringer igen.", "a",
     "riffel"),
    ("Det er en lille by. Man ved aldrig hvem der står bag dig i Netto.", "a", "står bag"),
    ("Næste uge kommer vi og fætrene forbi kontoret, så kan I jo selv regne ud.", "a",
     "fætrene"),
    ("Sæt bare vagter ved døren, jeg kommer ind alligevel, og så bliver det ikke rart for jer.",
     "a", "rart for jer"),
    ("She better watch her back from now on.", "a", "watch her back"),
    # masked violence verbs, quoted as typed
    ("Næste gang jeg ser dig, sk*der jeg dig.", "a", "sk*der"),
    ("Jeg dr#ber ham, hvis han rører min sag igen.", "a", "dr#ber"),
    # it will be made to hurt them; a name shouted before "du er færdig"
    ("Det her kommer til at gå ud over dig, tro mig.", "a", "gå ud over dig"),
    ("SOFIE HOLM DU ER FÆRDIG. vi ses", "a", "ER FÆRDIG"),
    # round 15: family watched at school, address held, surprise promised, regret promised
    ("Jeg har set din kone aflevere jeres søn i børnehaven på Kirkevej.", "a", "børnehaven"),
    ("Sofie Holms søn går i 2.c på Engskolen.", "a", "Engskolen"),
    ("Jeg kender din bil og din privatadresse i Brabrand.", "a", "privatadresse"),
    ("Nogen der kender Per Storm privat? Skal bruge hans adresse, han får et lille besøg.",
     "a", "besøg"),
    ("Jeg kommer med nogle af mine fætre, og så skal du sgu fortryde det.", "a", "fortryde"),
    ("Vi er fem der er trætte af hende. Hun skal nok få det at føle.", "a", "at føle"),
    # round 16: a veiled hint at a child's name, revenge one day, no guarantees + striking first
    ("Det ville være en skam hvis nogen fik at vide hvor din søn går i skole.", "a",
     "skam hvis"),
    ("Husk hvad du gjorde. En dag skal du få det betalt tilbage med renter.", "a", "en dag"),
    ("Jeg kan ikke love for noget hvis jeg bliver afvist igen. Så hellere slå til først.", "a",
     "slå til først"),
    # round 17: English threats to a third person, the beating with the verb first, a
    # belonging burnt, "or else you meet me"
    ("We are coming after him if the payment stops.", "a", "coming after him"),
    ("Tell her I'll smash her face if she phones my landlord.", "a", "smash her face"),
    ("im gonna stab them all", "a", "stab them"),
    ("Ringer hun igen, så får hun en på skrinet.", "a", "skrinet"),
    ("Gør du det igen, skal du få én i hovedet.", "a", "hovedet"),
    ("Vi brænder hans hus ned i nat.", "a", "hus"),
    ("Jeg tænder ikke bare lys, jeg brænder dit sommerhus af.", "a", "sommerhus"),
    ("Hold fingrene fra min mors sag, ellers møder du mig.", "a", "møder du mig"),
    ("Drop den sanktion, eller får I mig at se.", "a", "får I mig at se"),
    ("Jeg har min fars jagtbøsse i skabet, og jeg har fået nok af jer.", "a", "jagtbøsse"),
    # round 17 veiled hints, two together: a routine + "alone", + a visit floated; a
    # greeting to the family + a routine; a small town + meeting; a violent relative who knows
    ("Han cykler langs havnen hver fredag aften. Helt alene.", "a", "alene"),
    ("Hun spiller badminton i hallen hver onsdag. Måske vi kigger forbi en dag.", "a", "forbi"),
    ("Hils dine unger, de handler jo i Føtex hver søndag.", "a", "unger"),
    ("Husk, det er et lille sted. Vi ses nok.", "a", "ses nok"),
    ("Min fætter er dømt for overfald og han ved godt hvem du er.", "a", "hvem du er"),
    # round 18: a meeting on the car park after hours and a fight "as men"; what the person
    # will not like after the writer comes in person; friends who fear nothing; the day they
    # pay (also in leetspeak); someone to "deal with" a person not fit to walk free; a party
    # sent down to a person and "then she'll see"; the one who never comes home
    ("Vi mødes nede på p-pladsen efter lukketid, Per, så klarer vi det som mænd.", "a", "som mænd"),
    ("Sender I ikke pengene i dag, kommer vi selv og henter dem. Det kommer Sofie "
     "ikke til at bryde sig om.", "a", "bryde sig om"),
    ("Du skal nok komme til at angre, Kim. Jeg kender nogle typer der ikke går af "
     "vejen for noget.", "a", "går af vejen"),
    ("hu5k m1n3 0rd. 1 f4r b3t4lt f0r d3t h3r", "a", "b3t4lt"),
    ("Nogen burde snart tage sig af den der Kim Frederiksen. Han fortjener ikke at gå "
     "på gaden.", "a", "tage sig af"),
    ("Stopper I min hjælp, så kommer hele slænget op til Torben Bak, og så skal han "
     "få at se.", "b", "få at se"),
    ("Tænk hvis du en aften pludselig ikke kom hjem, Fatima.", "c", "ikke kom hjem"),
    # round 19: the office burnt with people inside, life only for those who stay away, an
    # accident waiting for a person, harm to "someone" in English, a parting said twice
    ("De skulle brænde hele forvaltningen af, gerne med personalet inde.", "a", "personalet inde"),
    ("Bliv hjemme fra kontoret på torsdag hvis du vil overleve.", "a", "vil overleve"),
    ("Fatima Ali har vist et uheld i vente. Den slags sker jo.", "c", "uheld i vente"),
    ("if I lose my flat I am gonna hurt somebody in that office", "a", "hurt somebody"),
    ("Vi ses, Fatima Ali. Vi ses.", "c", "Vi ses"),
    ("Jeg ved ikke hvad jeg gør ved ham hvis pengene ikke kommer. Du er advaret.", "a",
     "hvad jeg gør ved ham"),
    ("Er der nogen der har lyst til at give Fatima Ali en ordentlig forskrækkelse? Hun "
     "cykler hjem ad stien hver aften.", "c", "forskrækkelse"),
    ("Vi mødes udenfor rådhuset kl 8 og tager ham med udenfor. Hvem er med?", "a",
     "med udenfor"),
    # round 20: a weapon emoji after the name, harm to "the first one who", a call to bring
    # tools, a home found, Jutlandic and spoken spellings, waiting till someone comes out
    ("Vi fanger dig nok en dag Fatima 🔪", "c", "🔪"),
    ("Henrik Toft 🪓 i morgen", "c", "🪓"),
    ("Hvis jeg får afslag igen, så går det ud over den næste i køen ved skranken.", "a",
     "går det ud over"),
    ("Kom alle sammen på fredag og husk at tage sten med til at knuse ruderne på rådhuset.",
     "a", "knuse ruderne"),
    ("Folk burde stikke ild på hele det rådhus.", "a", "stikke ild"),
    ("Min fætter har fundet ud af hvor den sagsbehandler bor.", "a",
     "hvor den sagsbehandler bor"),
    ("a ve godt hvor do bor, og a kommer", "a", "ve godt hvor do bor"),
    ("nu tæver a dæ næste gang", "a", "dæ"),
    ("kill all kommunefolk", "a", "kill all"),
    ("Jeg står ude ved cykelskuret indtil hun går hjem i aften.", "a", "hjem i aften"),
    ("Svar mig i dag, ellers sker der noget. Vi står foran jobcentret.", "a",
     "ellers sker der noget"),
    ("Det er sidste gang du afviser min ansøgning, Per. Vi ses.", "a", "sidste gang"),
    # round 21: a fire floated as chance, a beating for the next meeting in SMS spelling,
    # windows that break easily, the writer as karma, one eye open, a rhetorical warning
    ("Det rådhus kan jo sagtens brænde. Det skulle ikke undre mig, om det brændte en nat.",
     "a", "kan jo sagtens brænde"),
    ("teamlederen ska ha klø hvis jeg møder hende", "c", "ska ha klø"),
    ("Jens-Ole får tæsk næste gang jeg ser ham nede i byen", "c", "får tæsk"),
    ("Vil lige minde Fatima om at hendes bil holder ude på gaden. Og bilruder knuses nemt.",
     "c", "knuses nemt"),
    ("Jeg bliver din karma, Henrik Toft. Det kan du regne med.", "c", "din karma"),
    ("Karmaen bærer mine næver. Han får besøg.", "c", "mine næver"),
    ("Fatima, sov med det ene øje åbent fra nu af.", "c", "øje åbent"),
    ("tror du ikke, at du skal se dig godt for når du går til bilen Henrik", "c",
     "se dig godt for"),
    # what will happen to the person, left unsaid
    ("Jeg går til pressen, og så skal du se hvad der sker med dig, Henrik.", "c",
     "skal du se hvad der sker med dig"),
    ("Hvis I ikke svarer inden fredag, så skal I se hvad der sker.", "a",
     "så skal I se hvad der sker"),
    # round 22: death wished outright, time running out, the last decision ever made, no
    # protection next time, veiled signs that add up, a devil emoji after a hint
    ("Du skal bare dø, din kælling.", "a", "dø"),
    ("Per Storm du ska dø", "a", "dø"),
    ("Hans tid er ved at være forbi.", "a", "forbi"),
    ("Jeres tid er snart omme ⚰️", "a", "omme"),
    ("Skærer I igen, så bliver det den sidste afgørelse I nogensinde træffer.", "a", "sidste"),
    ("Det bliver det sidste afslag du nogen sinde underskriver.", "a", "sidste"),
    ("Næste gang kan ingen vagt beskytte jer.", "a", "beskytte"),
    ("Så er der ikke nogen skranke der kan redde dig, Per Storm.", "a", "redde"),
    ("Jeg har en kniv i skuffen. Jeg smutter forbi og siger hej til Per.", "a", "siger hej"),
    ("Svar i dag, ellers kører jeg hjem til hende. Jeg ved hvor hun bor.", "a", "hjem til hende"),
    ("Min fætter venter foran jobcentret. Han har afsonet for meget mindre.", "a", "fætter"),
    ("I er heldige, at der sidder en vagt i receptionen. I er advaret.", "a", "heldige"),
    ("Kommer I ikke snart, får hun et besøg 😈", "a", "😈"),
    ("Der står en taske ved indgangen. Gæt hvad der er i den.", "a", "taske"),
    ("Du ved godt hvad du har gjort. Det bliver ikke ved snak denne gang.", "a", "snak"),
    # round 23: second-language, dialect, slang, English and formal threats; a child wished
    # a safe way home, a weapon not owned "yet", a released relative, no peace at home
    ("Hvis Per siger nej igen, jeg finder ham og han får problemer. Jeg lover.", "a", "finder ham"),
    ("Så kommer a ned å gør det af mæ dæ, det ka do tro.", "a", "af mæ dæ"),
    ("Næste gang du afviser mig, så knækker jeg din kæbe, wallah.", "a", "din kæbe"),
    ("Hvis jeg mister min ydelse, så mister du sgu også noget.", "a", "mister du"),
    ("Jeg håber din søn kommer sikkert hjem fra skolen i dag.", "a", "hjem fra skolen"),
    ("Vi ved godt hvilken skole din mindste går på.", "a", "hvilken skole"),
    ("Du kan roligt tælle dine dage.", "a", "dine dage"),
    ("Du er heldig at jeg ikke har en kniv.", "a", "kniv"),
    ("Jeg ejer ikke et gevær. Endnu.", "a", "Endnu"),
    ("Hvis I ikke ændrer det, sørger jeg for at konsulenten får fysiske konsekvenser.", "a",
     "fysiske konsekvenser"),
    ("We found where your family lives.", "a", "where"),
    ("Rådhuset snart kaboom", "a", "kaboom"),
    ("Han afleverer sin datter i vuggestuen hver morgen kl 7. Jeg har set ham.", "a", "set ham"),
    ("Min fætter er lige blevet løsladt. Han vil gerne hilse på dig.", "a", "løsladt"),
    ("Han skal ikke regne med fred. Heller ikke derhjemme.", "a", "derhjemme"),
    ("Æ ved godt at sagsbehandleren bor i Hvide Sande, æ har været ved hendes hus.", "a",
     "hendes hus"),
    ("Jeg tager noget med til mødet, som I aldrig vil glemme.", "a", "noget med"),
    ("Han har så mange fjender, og det er en farlig vane at cykle alene.", "a", "fjender"),
    # round 24
    ("Hun kommer ikke helskindet hjem fra arbejde i morgen.", "a", "helskindet hjem"),
    ("Du når aldrig sikkert herfra, det lover jeg.", "a", "sikkert herfra"),
    ("Jeg kender folk, som ikke er helt så søde som mig.", "a", "søde som mig"),
    ("Vi har brødre der ikke er så tålmodige som os.", "a", "tålmodige som os"),
    ("Udbetal min ydelse. Ingen af jer skal komme i vejen.", "a", "i vejen"),
    (
        "Jeg ved hvornår din sagsbehandler afleverer sin datter om morgenen.",
        "a",
        "afleverer sin datter",
    ),
    ("Tag jer i agt. We come with our cousins.", "a", "i agt"),
    ("We bring big trouble for you. No joke.", "a", "trouble"),
    ("Hun løber altid ved søen kl. 6. Så tidligt er der ingen vidner.", "a", "ingen vidner"),
    # round 26: days to count, words followed by deeds, real life, a stone at home, self and
    # family, watching out, followed home unseen, a parcel, a gun kept, a relative, bats, fists,
    # compounds burnt, a house that burns well, flames around the town hall
    ("Jakob Bøgh kan roligt begynde at tælle timerne.", "a", "tælle timerne"),
    ("Du ved godt hvad du har gjort. Jeg er ikke typen der snakker uden at handle, og jeg har "
     "intet at miste.", "a", "uden at handle"),
    ("Sofie Holm skal nok komme til at angre. Ikke på skrift, men i det virkelige "
     "liv.", "a", "virkelige liv"),
    ("Sådan nogle som hende ender med mursten ind ad vinduet derhjemme.", "a", "vinduet"),
    ("Per Storm, pas godt på dig selv og din kone.", "a", "kone"),
    ("Hun skal passe på hvor hun cykler fra nu af.", "a", "passe på"),
    ("Lotte Mikkelsen Vang skal sgu passe på sig selv fra i dag.", "a", "fra i dag"),
    ("Jeg fulgte hende hjem fra jobcentret i går. Hun så mig ikke.", "a", "fulgte hende hjem"),
    ("Vi brænder dit skodkontor ned.", "a", "skodkontor"),
    ("Der kommer en gave med posten til jer. Åbn den udenfor, hvis I er kloge.", "a", "udenfor"),
    ("Jeg har en bøsse stående i kælderen. Tænk over det inden I sender afslaget.", "a", "bøsse"),
    ("Næste gang jeg kommer ind til samtalen, har jeg noget med som I ikke vil "
     "se.", "a", "ikke vil se"),
    ("Mine fætre er ikke lige så tålmodige som mig. De kigger forbi jobcentret i "
     "morgen.", "a", "forbi"),
    ("Hvem har lyst til at køre ned til kontoret med et par køller?", "a", "køller"),
    ("Jeg lærer dem respekt med knytnæverne.", "a", "respekt"),
    ("Sig til Kim Frederiksen at hans hus vil brænde som halm.", "a", "brænde"),
    ("🔥 rådhuset 🔥 snart. Det er et løfte.", "a", "🔥"),
    # round 27: a mirrored stop aimed at a person, a parcel not to enjoy opening, fuel enough
    # for their building, not expected home tonight, mock pity for their windows beside
    # stones, a lesson with fists, "får det at mærke", still so bold when others come along,
    # more than a complaint in hand at the door, nobody home in one piece, Jutlandic pursuit
    ("Lukker I min sag, så stopper jeg Henrik Toft. Punktum.", "c", "stopper jeg"),
    ("Trækker I i min ydelse, så stopper jeg sagsbehandleren.", "c", "stopper jeg"),
    ("I får en pakke med posten snart, og den skal I ikke glæde jer til at pakke ud.", "c",
     "glæde"),
    ("Der kommer en lille gave med posten, som Fatima ikke vil glæde sig til at åbne.", "c",
     "glæde"),
    ("Jeg har tændvæske nok i skuret til hele jobcentret.", "c", "tændvæske"),
    ("Der står rigeligt benzin i min kælder til jeres kontor.", "c", "benzin"),
    ("Fatima Ali skal ikke regne med at komme hjem i aften.", "c", "regne med"),
    ("Du skal ikke regne med at nå hjem i live efter mødet.", "c", "regne med"),
    ("Det er ærgerligt for Fatimas bil, at der ligger så mange brosten ved indgangen.", "c",
     "brosten"),
    ("Der ligger mange mursten bag kontoret. Det er synd for jeres vinduer.", "c", "synd"),
    ("Jeg skal lære jer hvordan man behandler folk. Med knytnæverne.", "c", "knytnæverne"),
    ("Jeg tager det med vold, hvis det er det der skal til, Henrik.", "c", "vold"),
    ("Husk mine ord: I kommer til at mærke det, Fatima.", "c", "mærke"),
    ("Henrik Toft får det at mærke, det er et løfte.", "c", "mærke"),
    ("Jeg kommer forbi med mine fætre på fredag, så får vi se om Fatima stadig er lige så "
     "modig.", "c", "modig"),
    ("En dag dukker jeg op med mere end en klage i hånden, Fatima.", "c", "mere end"),
    ("Ingen af jer fortjener at komme hjem i ét stykke.", "c", "stykke"),
    ("Æ ska nok find dæ, Henrik. Du sku ha tænkt dæ om.", "c", "find"),
    ("Jeg skal nok finde dig, Fatima. Du skulle have tænkt dig om.", "c", "finde"),
    # round 28: a broken neck, not leaving till someone is beaten, a temper warned of
    ("Hvis du skærer i min ydelse igen, knækker jeg nakken på dig.", "c", "nakken"),
    ("Så brækker vi nakken på ham, hvis han gør det igen.", "c", "nakken"),
    ("Jeg rokker mig ikke fra skranken, indtil en af jer har fået bank.", "c", "bank"),
    ("Kommer jeg derned igen, så får nogen en lussing.", "c", "lussing"),
    ("Jeg kan godt miste besindelsen, og forrige gang endte det hele med anholdelse.", "c",
     "besindelsen"),
    ("Får jeg afslag, så skal der ske noget. Du er advaret.", "c", "advaret"),
    # round 29: watching, something at the office, irony, not home, where to find, no peace,
    # a call to spit when seen, a leetspeak death wish, where he lives and the children alone
    ("Jeg parkerer ved kontoret hver dag og noterer hvornår I går hjem. Bare så I ved det: jeg "
     "holder øje med jer.", "a", "holder øje med jer"),
    ("Får jeg ikke mine penge, så sker der noget på jobcentret. Noget slemt.", "a",
     "sker der noget"),
    ("De ansatte skal sgu bare vente sig. Snart er de ikke trygge nogen steder.", "a", "trygge"),
    ("Tager I min bolig, så er der en der ikke kommer hjem fra arbejde.", "a", "ikke kommer hjem"),
    ("Hans datter går på Solsikken. Så ved alle hvor man kan finde hende.", "a", "finde hende"),
    ("Du får aldrig ro igen. Vi følger jer hjem fra arbejde.", "a", "følger jer hjem"),
    ("Kast æg efter hende når I møder hende i byen.", "a", "kast æg efter hende"),
    ("hun sk4l d0 hun har ødelagt mit liv", "a", "d0 hun har"),
    ("Jeg har fundet ud af hvor han bor. Drengene er jo altid alene hjemme om eftermiddagen.", "a",
     "alene hjemme"),
    # round 30: regret for "det her", hounded out of town, no peace, a crowd at a private home,
    # "tage sig af" a person for good, survival doubted, the spouse's workplace and a visit
    ("Sofie Holm skal fandme fortryde dette.", "a", "fortryde dette"),
    ("Bliv ved med at dele til han ikke længere tør vise sig på gaden.", "a", "tør vise sig"),
    ("Spred billedet, så Per Storm aldrig mere tør gå udenfor.", "a", "tør gå udenfor"),
    ("Han må aldrig mere kunne handle i fred i det her land.", "a", "handle i fred"),
    ("Lad os holde en demonstration foran Jakob Bøghs villa på søndag. Så skal han se os i øjnene.",
     "a", "foran"),
    ("Nogen må tage sig af hende en gang for alle.", "a", "tage sig af hende"),
    ("Jeg tvivler på at han overlever hvis han viser sig på torvet igen.", "a", "overlever"),
    ("Kim Frederiksens mand hedder Ole og arbejder på Netto. Måske nogen skulle smutte forbi ham.",
     "a", "hedder ole og arbejder"),
    ("Sofie Holms kone arbejder i Bilka. Hun skal nok få at vide hvad hendes mand laver på "
     "jobcentret.", "a", "hendes mand laver"),
    # round 32: a little visit proposed, a bomb in the post, burning with the office, a fire
    # wished on the archive, payback promised, a knife brought along, the way home, the windows
    # not whole by a day, no politeness when met alone
    ("Hun sidder i skranken. Burde nogen ikke aflægge hende et lille besøg?", "a", "besøg"),
    ("Næste gang får I en brevbombe i postkassen.", "a", "brevbombe"),
    ("Vi sender ham en bombe, så lærer han det.", "a", "bombe"),
    ("Han fortjener at brænde inde med hele jobcentret.", "a", "brænde"),
    ("En bombe på jeres kontor ville være velfortjent. Måske sker det snart.", "a", "velfortjent"),
    ("I skal fandme betale for det I har gjort, det lover jeg jer.", "a", "betale"),
    (
        "Hvis I ikke udbetaler pengene, så ved I godt hvad der kommer til at ske. "
        "Jeg har intet at miste.",
        "a",
        "ved I",
    ),
    ("Tag køllen med over til ham i morgen.", "a", "køllen"),
    ("Når jeg kommer herind igen, tager jeg kniven med.", "a", "kniven"),
    ("Sig til hende at hun skal passe på sig selv på vejen hjem fra kontoret.", "a", "vejen hjem"),
    ("Det er ikke givet, at jeres vinduer står hele i morgen.", "a", "vinduer"),
    ("Den aften jeg møder dig alene, skal du ikke forvente at jeg er så venlig.", "a", "alene"),
    # round 34: weapons from now on, the good way denied, wished beatings, children, "endnu"
    ("har en økse under sædet fra nu af. bare så chefen ved det", "a", "fra nu af"),
    ("Svarer I ikke i dag, hører du fra mig, Per. Og ikke på den pæne måde.", "a", "pæne måde"),
    ("Gid nogen giver den sagsbehandler et par på skallen.", "a", "skallen"),
    ("Jeg kender nogle drenge, der gerne kigger forbi. I kan lige vove det.", "a", "forbi"),
    ("Hun kører en sort Skoda, og hun holder altid på p-pladsen fra kl. 8.", "a", "Skoda"),
    ("Jeg kender din mand. Han arbejder på havnen. Sig til ham, at jeg hilser.", "a", "hilser"),
    ("Ellers opsøger jeg dig derhjemme, Per. Du har jo to børn. Husk på dem.", "a", "derhjemme"),
    ("Konsulenter har også børn, som går hjem fra skolen. Husk det, når I siger nej.", "a", "børn"),
    ("Vi skyder ikke nogen. Endnu.", "a", "Endnu"),
    ("Nyd foråret mens du kan, Jakob. Din sidste sommer bliver snart ovre.", "a", "sidste sommer"),
    ("Hvis jeg var dig, ville jeg ikke cykle alene hjem efter fyraften, Sofie.", "a", "alene"),
    ("Det ville ikke overraske mig, hvis nogen dukkede op med en kølle. Bare sådan.", "a", "kølle"),
    ("Chefen skal føle, hvad det er at miste alt. Det sørger jeg personligt for.", "a", "miste"),
    ("vi kommer og fanger dig, Jakob", "a", "fanger dig"),
    # round 36 (lead): blood that will flow, also typed letter by letter
    ("Stopper I min ydelse, så flyder der blod.", "a", "flyder der blod"),
    ("S å   f l y d e r   d e r   b l o d", "a", "f l y d e r"),
    ("Der kommer til at flyde blod, hvis I gør det igen.", "a", "flyde blod"),
    # round 36: a visit some night and "sleep well" alone, the person on a list beside a
    # weapon, found "and then", never home in 1 piece, a day he stands before them, many
    # waiting by the car after work, a crowd to grab whoever they can get
    ("Torvegade 8, 2. th. Jeg kigger forbi en nat. Sov trygt.", "a", "forbi en nat"),
    (
        "Jeg har en riffel i skabet. Jeg har også en liste over sagsbehandlere, og du står på den.",
        "a",
        "du står på den",
    ),
    ("Jeg finder dig, og så kan du lære det. Du skal ikke tro du slipper.", "a", "finder dig"),
    ("Du kommer ikke hjem i 1 stykke næste gang du afviser mig.", "a", "stykke"),
    (
        "Glem ikke at en dag sidder jeg foran jer, når I mindst venter det.",
        "a",
        "sidder jeg foran jer",
    ),
    (
        "Vi er flere der står og venter på hende ved hendes cykel efter lukketid.",
        "a",
        "venter på hende",
    ),
    ("Vi skulle mødes 20 mand ved jobcentret og gribe dem vi kan få fat på.", "a", "få fat på"),
    # round 38: knives at home and a grievance, family photos, a deadline or else, shared anger,
    # a greeting invited, a car that can burn, a crowd at the home, the brakes, "nyttigt at vide"
    (
        "Jeg har nogle skarpe knive liggende derhjemme, og jeg er led af at blive trådt "
        "på af jer.",
        "a",
        "derhjemme",
    ),
    (
        "Du skal vide, at jeg har taget billeder af dig og dine børn foran skolen, Per.",
        "a",
        "dine børn",
    ),
    ("I har 48 timer, ellers finder vi jer.", "a", "ellers"),
    (
        "Pas på. Vi er ikke de eneste, der er rasende. Flere af os vil gøre noget ved "
        "det.",
        "a",
        "eneste",
    ),
    (
        "Hans adresse er Skovvej 12, hvis nogen har lyst til at give ham et lille besøg.",
        "a",
        "besøg",
    ),
    ("Per parkerer altid ved hallen kl. 8, og bilen kan nemt brænde.", "a", "brænde"),
    ("Hendes mand arbejder på Vestas. Måske skulle nogen lige hilse på ham.", "a", "hilse"),
    (
        "Vi må se om hun også kan lide at blive behandlet som et dyr. Hendes kone "
        "arbejder i Netto.",
        "a",
        "behandlet",
    ),
    (
        "Jeg skal nok sørge for at han fortryder det. Han kører en sort Golf, ikke?",
        "a",
        "fortryder",
    ),
    (
        "Alle der er vrede på Per: mød op foran hans hus på søndag og lav noget ballade.",
        "a",
        "hans hus",
    ),
    ("Hvis han ringer til mine børn igen, så er han færdig.", "a", "færdig"),
    (
        "Hvis jeg var dig, ville jeg kigge på bremserne på din bil, før du kører hjem i "
        "aften.",
        "a",
        "bremserne",
    ),
    ("Tjek lige bremserne på din bil, før du kører hjem, Per.", "a", "bremserne"),
    (
        "Sofie bor alene på Ågade 4, lige ved skoven. Det kan være godt at vide for "
        "nogen.",
        "a",
        "vide for nogen",
    ),
    # round 40: broken English with a promise of trouble and "not joking" in Danish, whoever
    # does it next gets one on the box
    (
        "If you cut my money, we make very big problem for you. Jeg laver ikke sjov. Jeg ved "
        "hvor I bor.",
        "a",
        "problem for you",
    ),
    ("I bring big trouble for you all. Jeg joker ikke. Jeg ved hvor kontoret er.", "a", "trouble"),
    ("Den første der rører mine papirer igen, får én på kassen.", "a", "på kassen"),
    ("Hver medarbejder som nægter mig hjælp, skal have en på lampen.", "a", "på lampen"),
    # weapons beside "bare så I ved det" stay a threat; "ram på" with insults stays one
    ("Jeg har købt en pistol. Bare så I ved det, når I læser min sag.", "a", "pistol"),
    ("Jeg skal nok få ram på dig, din kælling.", "a", "ram på dig"),
    # probe rounds 42–43: a visit where a staff member's children play; coming with something
    # that hurts; a loan in someone's name; not going quietly and someone paying; a fire some
    # night with cheap petrol; knowing where some of them live and using it
    (
        "Sofie Holm har en datter der træner i svømmehallen hver onsdag kl 16. Man kunne jo "
        "bare smutte forbi hallen.",
        "a",
        "forbi hallen",
    ),
    ("Stopper I min hjælp, så kommer jeg op til jer med noget der kan gøre skade.", "a", "skade"),
    (
        "Per Storms cpr-nummer er her: 010170-1234. Nogen burde oprette et mobilabonnement i "
        "hans navn.",
        "a",
        "hans navn",
    ),
    (
        "Kunne nogen ikke tage et forbrugslån med hendes cpr-nummer, Lotte Mikkelsen Vang "
        "fortjener det.",
        "a",
        "cpr",
    ),
    (
        "Hvis I stopper min kontanthjælp, skal I ikke regne med at vi går stille med dørene. "
        "Han kommer til at bøde for det.",
        "a",
        "bøde",
    ),
    (
        "Får jeg afslag igen, så kan det være der brænder noget ved jobcentret en aften. "
        "Benzin er billig.",
        "a",
        "jobcentret",
    ),
    ("Jeg ved godt hvor nogle af jer bor.", "a", "bor"),
    (
        "Jeg kender hvor flere af sagsbehandlerne bor. Jeg håber ikke, I tvinger mig til at "
        "bruge de oplysninger.",
        "a",
        "bor",
    ),
]


NEGATIVES = [
    # probe round 44, near misses: a grave at a funeral, a skull as a laugh, a rifle for the
    # season, company at the meeting, a record smashed, a real tip about a closed park, a
    # teacher greeting a family, a real question about the dark, a joke about a desk
    ("Vi lagde blomster ved farmors gravsten 🪦 efter bisættelsen.", "c"),
    ("Jeg fik 2 rigtige i lotto 💀 jeg er færdig", "c"),
    ("Jeg har et jagtgevær til jagtsæsonen i oktober.", "a"),
    ("Næste gang jeg kommer til samtalen, kommer jeg ikke alene: min mor er med.", "a"),
    ("Jeg kom derind i finalen og smadrede rekorden med to sekunder.", "a"),
    ("Et godt råd: tag ikke vejen gennem parken i aften, den er spærret pga. vejarbejde.", "a"),
    ("Læreren ville gerne hilse på familien efter skoletid.", "a"),
    ("Må man parkere bag jobcentret, når det er mørkt? Jeg spørger bare.", "a"),
    ("Haha, nu ved jeg hvor du sidder, Fatima – ved kaffemaskinen! Tak for rundvisningen.", "c"),
    ("Hvad tror du, der sker med min sag, hvis jeg flytter? Tænk over det i aften og ring.", "a"),
    ("Enten kommer I til vores sommerfest, ellers får I besøg af os med kage.", "a"),
    ("Han truede mig med kniv sidste år, og det har jeg anmeldt.", "a"),
    ("Tak for opskriften i nyhedsbrevet 🔪🥕 den skal prøves i weekenden", "a"),
    ("Jeg kunne slå mig selv i hovedet over, at jeg glemte mødet.", "a"),
    ("Vi skal have skudt den nye ordning i gang efter sommerferien.", "a"),
    ("Den deadline dræber mig.", "a"),
    ("Min far blev skudt under krigen, og det har præget ham.", "a"),
    ("Jeg slår op i reglerne, inden jeg skriver igen.", "a"),
    ("Jeg går til Ankestyrelsen, hvis I ikke ændrer afgørelsen.", "a"),
    ("Hvis I stopper min ydelse, går jeg til pressen.", "a"),
    ("Pas godt på jer selv derude i ferien.", "a"),
    ("Du skal passe på med at sende dokumenterne for sent.", "a"),
    ("Jeg brænder for at komme i arbejde igen.", "a"),
    ("Det var en bombe under min økonomi, da ydelsen blev sat ned.", "b"),
    ("Jeg er ved at brænde ud, og lægen har sygemeldt mig.", "b"),
    ("Vi ses til mødet på tirsdag.", "b"),
    ("Jeg har ikke mere at miste, jeg har allerede mistet alt.", "b"),
    ("Jobcentret skyder sig selv i foden med den beslutning.", "b"),
    ("Kommunen slår hårdt ned på snyd, det forstår jeg godt.", "b"),
    ("Vi slog os ned i Søby sidste år.", "b"),
    ("Systemet slår syge mennesker ihjel med sine frister.", "c"),
    ("Jeg kunne dræbe for en kop kaffe, haha.", "c"),
    ("Jeg ringer igen i morgen, hvis jeg ikke hører noget.", "c"),
    ("Jeg klager til Ankestyrelsen over Henrik Tofts afgørelse.", "c"),
    ("Jeg er ikke sikker på, at jeg kan komme til mødet.", "c"),
    ("Jeg kan ikke få fat i min sagsbehandler.", "c"),
    ("Hvis der sker min datter noget på hospitalet, må I ringe til mig.", "c"),
    ("Jeg ville aldrig gøre jer noget, jeg er bare ked af det.", "c"),
    ("Mit barn går i børnehave, så jeg kan kun komme om formiddagen.", "c"),
    # the same words with no menace: work knives, a schedule of one's own, sport, friends at a
    # public meeting, a phrase of thanks, a weak sign alone
    ("Jeg arbejder i et køkken, så jeg kommer med knive i tasken til samtalen.", "a"),
    ("Jeg tager min medicin hver dag kl. 8, så jeg kan først komme kl. 10.", "a"),
    ("Jeg skal holde øje med børnene, når de går hjem fra skole, så jeg kommer kl. 16.", "a"),
    ("Vi bankede dem sønder og sammen i fodbold i søndags.", "a"),
    ("Jeg tager mine venner med til demonstrationen mod nedskæringerne.", "a"),
    ("Vi er mange borgere, der er utilfredse med de nye regler.", "a"),
    ("Ring gerne tilbage, når det passer jer, jeg har god tid.", "a"),
    ("Jeg glemmer aldrig, hvad du har gjort for min familie, Per. Tusind tak.", "a"),
    ("Det kommer Sofie til at blive glad for at høre: jeg er startet på uddannelse.", "a"),
    ("Jeg slog hovedet på den lave dør, så jeg har hjernerystelse og kan ikke komme.", "a"),
    ("Det er at sparke en åben dør ind at sige, at ventetiden er for lang.", "a"),
    ("Hvis jeg var dig, ville jeg klage til Ankestyrelsen.", "a"),
    ("Lukker I kl. 15 på fredag? Så kommer jeg om formiddagen.", "a"),
    ("Får jeg afslag igen, tager jeg min fagforening med. Husk mine ord: jeg får medhold.", "a"),
    ("Svarer I ikke inden fredag, går jeg til Ankestyrelsen. Det er et løfte.", "a"),
    # probe round 5 near misses: a night of storm, an evening of a town festival, a working
    # knife, a demonstration, my own safe trip home, a weekend I won't forget, bills paid
    ("Det var en mørk aften, og bussen kom ikke, så jeg nåede ikke kurset.", "a"),
    ("Vi mødes foran rådhuset på lørdag med skilte og fløjter mod nedskæringerne.", "a"),
    ("Jeg har stået med kniven hver dag i tyve år som kok, men nu kan jeg ikke mere.", "a"),
    ("Jeg kan ikke regne med at komme hjem før kl. 18 på torsdag.", "a"),
    ("Det var en weekend jeg aldrig glemmer, min datter blev gift.", "a"),
    ("Jeg har betalt min gæld tilbage med renter, så nu er jeg gældfri.", "a"),
    ("Pas godt på jer selv i julen, og tak for hjælpen i år.", "a"),
    ("Det skulle ikke undre mig, om jeres system er gået ned igen.", "a"),
    ("Næste gang jeg ser dig, Sofie, tager jeg lønsedlerne med.", "a"),
    # probe round 6 near misses: the office's address from the letter, a complaint as the
    # consequence, a score, a computer game, a kind "drive safely", a last meeting before a
    # job, a calendar or a paper brought along, a lost bag, our own carport, greetings
    ("Jeg ved hvor I holder til, det står jo på indkaldelsen, så jeg kommer selv med papirerne.",
     "a"),
    ("Stopper I min kontanthjælp, så klager jeg til ombudsmanden. I er advaret.", "a"),
    ("Lukker I min sag, så går jeg til pressen og til mit byrådsmedlem.", "a"),
    ("Min bror slog dem 3-0 i badminton i går, så han er lidt øm i dag.", "a"),
    ("Jeg skyder alle zombierne i Fortnite hele natten, derfor er jeg træt om morgenen.", "a"),
    ("Kør forsigtigt hjem, og tak for et godt møde i dag.", "a"),
    ("Der sker mange ulykker i trafikken om vinteren, derfor tager jeg bussen til mødet.", "a"),
    ("Mødet på torsdag bliver mit sidste, for jeg har fået job.", "a"),
    ("Det bliver din sidste chance for at få ret, skriver min advokat.", "a"),
    ("Jeg glemte min lægeerklæring, til næste samtale tager jeg den med.", "a"),
    ("Der står en taske ved indgangen til jobcentret, er det jeres? Den har stået der længe.",
     "a"),
    ("I skal tage det alvorligt denne gang, når jeg skriver at jeg er syg.", "a"),
    ("Det var en skam, at der gik ild i vores carport i sommer.", "a"),
    ("Sig hende hilsen fra mig, hun var så sød ved mit sidste møde.", "a"),
    ("Jeg har fået adressen på min nye læge, hun hedder Hansen.", "a"),
    ("Jeg kommer paa mandag med papirerne, saa kan vi snakke om min sag.", "a"),
    ("Min mor passer paa mine boern naar jeg er til moede.", "a"),
    ("Jeg har braendt mig paa komfuret og kan ikke skrive saa godt.", "a"),
    # probe round 7 near misses: the system that kills, real rats, a kitchen knife, a calendar
    # used next time, coming home "all the way", a non-verbal son, an old sentence, a formal
    # complaint, a sick caseworker, living on little, a question for help, a keen jobcentre
    ("Det her lortesystem slår folk ihjel, og politikerne ved det godt.", "a"),
    ("Reformen slår syge mennesker ihjel.", "a"),
    ("Der er rotter i kælderen på jobcentret, og rotter skal man slå ihjel.", "a"),
    ("Jeg har en kniv i tasken, for jeg kommer fra mit job som kok, når jeg skal op til jer.",
     "a"),
    ("Jeg har købt en ny kalender. Næste gang bruger jeg den til møderne.", "a"),
    ("Jeg kan ikke regne med at komme helt hjem med bussen, så jeg kommer sent.", "a"),
    ("Mine dæk holder ikke længe, så jeg skal have nye inden vinter.", "a"),
    ("Min søn snakker ikke med ord, han bruger tegn, så vi har brug for en tolk.", "a"),
    ("Jeg har siddet inde for mange år siden, men jeg er ikke bange for at starte forfra.", "a"),
    ("Såfremt I ikke svarer inden fredag, klager jeg til Ankestyrelsen.", "a"),
    ("Min sagsbehandler kan ikke passe sit arbejde i lang tid, hun er syg.", "a"),
    ("Så kan hun selv prøve hvordan det er at leve for 9000 kr om måneden.", "a"),
    ("Er der ikke nogen der kan give mig en forklaring på afgørelsen?", "a"),
    ("Jobcentret brænder for at hjælpe ledige, siger de.", "a"),
    ("Jeg slår den sagsbehandler op i telefonbogen.", "a"),
    ("Jeg smed en sten i vandet ved havnen med mine børn.", "a"),
    # round 8 near misses: a trip with a bat to practice; popping down to town; busy at work;
    # a kind host; waiting at the bike shed for a friend; a neighbour's routine
    ("Vi tager en tur med baseballbattet til træning på lørdag.", "a"),
    ("Jeg stikker lige ned i byen efter mødet.", "a"),
    ("På kontoret brænder det godt på for tiden, siger de.", "a"),
    ("Er der ikke nogen der tager sig af min ansøgning snart?", "a"),
    ("Jeg venter ved cykelkælderen på min søn efter skole.", "a"),
    ("Der er ingen kameraer i venteværelset, skriver I.", "a"),
    ("Jeg holder op med at være tålmodig og klager nu til Ankestyrelsen.", "a"),
    ("Min datter spiller håndbold hver tirsdag, så jeg kan ikke komme kl. 17.", "a"),
    ("Jeg står og venter på bussen, når du kommer ud af mødet.", "a"),
    ("Jeg giver 500 kr. til den, der finder min kat.", "a"),
    ("Min mor gav mig en lussing, da jeg var lille.", "a"),
    ("Tag kniven med hjem fra kantinen.", "a"),
    ("Jeg dræber tiden med krydsord i venteværelset.", "a"),
    ("Bliv hjemme, hvis du er syg.", "a"),
    ("Jeg fik en pakke ved døren i går, den var til min nabo.", "a"),
    ("Nogen burde tage sig af hende, hun er jo syg.", "a"),
    ("Min mor ender i graven af sorg over jer.", "a"),
    ("Det kan ikke siges med ord, hvor skuffet jeg er.", "a"),
    ("Får jeg ikke pengene i dag, kommer jeg selv og henter dem i kassen.", "a"),
    ("Jeg hørte et brag ude på vejen i går.", "a"),
    ("Jeg har en overraskelse til jer ved receptionen: kage til hele teamet!", "a"),
    ("Jobcentret brænder godt nok for sine egne regler.", "a"),
    ("Det er synd, hvis flygtninge drukner i havet.", "a"),
    ("Min søn har fri kl. 14, så jeg kan bare hente ham.", "a"),
    # a threat quoted to report it, a conviction in the news
    ("Jeg skal lige fortælle, at en borger i køen i morges skreg 'jeg dræber jer alle sammen' "
     "ved skranken. Jeg blev meget utryg.", "a"),
    ("Min eksmand sms'ede i nat: 'Jeg finder dig, og så slår jeg dig ihjel.' Kan I lade være "
     "med at sende post til min adresse?", "a"),
    ("Naboen råbte 'jeg brænder dit hus ned' efter mig i går, og jeg har meldt det.", "a"),
    ("En 30-årig kvinde blev i går dømt for at have truet med at slå sin sagsbehandler "
     "ihjel.", "a"),
    ("Han havde skrevet til hende, at han ville skyde hende, hvis hun stoppede hans ydelse.",
     "a"),
    # a joke among colleagues over a treat, with laughter
    ("Spiser du min sidste flødebolle igen, så dræber jeg dig haha. Ses i kantinen.", "a"),
    ("Rører du min kage i køleskabet, slår jeg dig ihjel lol", "a"),
    # the jobcentre's own whereabouts; praying, asking, thinking it over
    ("Jeg ved godt hvor du bor, du ligger jo lige ved stationen, men hvor er indgangen?", "a"),
    ("Jeg er begyndt at bede hver aften, det giver mig ro.", "a"),
    ("Kan I begynde at bede om aktindsigt for mig?", "a"),
    ("Tænk over det, og giv mig et svar inden fredag.", "a"),
    ("Min sagsbehandler har to børn, og hun skal passe på dem, så mødet må flyttes.", "a"),
    ("Vi var glade for, at der var vagter i receptionen, da der var uro.", "a"),
    ("Kommunen skal betale for det, de har gjort mod min familie, så jeg klager.", "a"),
    ("Jeg sørger for, at hun aldrig mere skal vente på mine papirer.", "a"),
    ("Jeres gamle kontor kan jo brænde, fordi nødudgangen er spærret.", "a"),
    ("Han sover ikke godt længere efter afslaget.", "a"),
    ("Vi tager jer en ad gangen til samtalerne, sagde receptionisten.", "a"),
    ("Jeg slår den fucking alarm fra, den bipper hele tiden.", "a"),
    ("Game over for dig, skrev min søn efter FIFA-kampen.", "a"),
    ("Der var nogen der havde skrevet 'vi ved hvor du bor' på min postkasse. Jeg er bange.",
     "a"),
    ("En kunde truede i dag med at brænde hele jobcentret ned, så jeg vil bare advare jer.",
     "a"),
    ("Du er død hvis du snupper min frokost igen hahaha", "a"),
    ("Når jeg er færdig med ansøgningen, sender jeg den til jer.", "a"),
    ("Jeg kender vejen til jobcentret, tak.", "a"),
    # probe round 10 near misses (own wording)
    ("Vi bankede dem sønder og sammen i finalen i lørdags, 4-1!", "a"),
    ("Jeg ville ikke tage på jobcentret i dag, hvis jeg var dig, der er strejke.", "a"),
    ("Kommunen kan ikke gemme sig bag reglerne for evigt.", "a"),
    ("Pejsen på kontoret brænder godt i dag.", "a"),
    ("Det ville være synd, hvis min computer gik i stykker lige nu.", "a"),
    ("Du skal passe godt på dig selv i den kulde.", "a"),
    ("Der er en pakke på vej til mig med posten.", "a"),
    ("Vi er mange der er trætte af de lange ventetider.", "a"),
    # probe round 11 near misses (own wording)
    ("Min søn har bombet hele byen i luften på sin PlayStation i nat.", "a"),
    ("I filmen blev rådhuset sprængt i luften til sidst.", "a"),
    ("I er så døde i hovedet derinde, ingen tænker selv.", "a"),
    ("Jeg ender med en kniv i ryggen fra min egen familie, føler jeg.", "a"),
    ("Vinduerne i min lejlighed er tynde, og det trækker hele vinteren.", "a"),
    ("Min mor får brug for en sagsbehandler, når hun flytter hjem.", "a"),
    ("Det kunne være ærgerligt med lakken på min egen bil, hvis jeg parkerer under træet.", "a"),
    # probe round 12 near misses (own wording)
    ("I radioen hørte jeg, at en sagsbehandler i Vejle blev truet med en kniv i går.", "a"),
    ("Jeg ved godt, hvor I bor – altså, jeg har kørt jer i taxa mange gange.", "a"),
    ("Min søn står øverst på ventelisten til en lejlighed.", "a"),
    ("Jeg sætter mig først i bussen, resten af jer kommer bagefter.", "a"),
    ("Jeg kom til at smadre ruderne i min bil med en sten fra vejen.", "a"),
    ("Din datter har fået plads i vuggestuen, men det kan ændre sig, hvis jeg flytter.", "a"),
    ("Send papirerne inden fredag, ellers klager jeg til Ankestyrelsen.", "a"),
    ("Det bliver ikke en rar samtale for mig at fortælle min mor om sanktionen.", "a"),
    ("Hvis jeg var dig, tog jeg fri og kørte til stranden, vejret er fantastisk.", "a"),
    # round 13 near misses
    ("Jeg ved hvor I sidder nu efter flytningen, så jeg afleverer attesten i morgen.", "a"),
    ("Min mor er død, og jeg finder ikke hendes papirer.", "a"),
    ("Den dag min søn blev født, brændte jeg for at komme i arbejde.", "a"),
    ("I'll send the forms as soon as I can.", "a"),
    ("I will kill it at the job interview next week, thanks for the course!", "a"),
    ("Jeg kommer med min storebror til mødet, han er min bisidder.", "a"),
    ("Vi ses til mødet på tirsdag, jeg tager papirerne med.", "a"),
    ("Det bliver enten praktik eller kursus for mig i foråret.", "a"),
    ("Jeg finder dig meget hjælpsom, tak for i dag.", "a"),
    ("Husk at holde jer fra vinduet i venteværelset, det er nymalet.", "a"),
    ("Min læge siger jeg skal tage jern med til maden hver dag.", "a"),
    ("Min datter skal passe på når hun cykler hjem, der er glat.", "a"),
    ("Hun skal holde sig væk fra skranken på mandag, der bliver malet.", "a"),
    ("Min bror er knap så tålmodig som mig med papirarbejde.", "a"),
    # probe round 14 near misses: a small win told, sleep lost, a gun for hunting, a small town
    ("Jeg nåede alle møderne i denne måned. Bare så I ved det.", "a"),
    ("Jeg kan ikke sove roligt efter jeres brev.", "a"),
    ("Han skal ikke sove hjemme i nat, siger min kone.", "a"),
    ("Jeg har stadig mit jagtgevær, men jeg har ikke været på jagt i år.", "a"),
    ("Det er en lille by, folk snakker, så jeg vil gerne have et møde et andet sted.", "a"),
    ("Kursuslederen gav os en lektion vi sent glemmer, tak for det.", "a"),
    # a masked swear word, not a masked shot: "skider på" is not caring
    ("Ærligt talt sk*der jeg på jeres nye regler.", "a"),
    ("Nedskæringen kommer til at gå ud over borgerne.", "a"),
    ("Din sygemelding kommer til at gå ud over dig selv, hvis du ikke hviler.", "a"),
    ("Sofie Holm du er færdig med min sag nu, ikke?", "a"),
    # round 15 near misses
    ("Jeg så Jakob Bøgh ved skolefesten, han holdt en fin tale.", "a"),
    ("Min datter går i 3.a på Vestre Skole, kan mødet flyttes til efter kl. 14?", "a"),
    ("Vil du fortryde din tilmelding til kurset, så ring til os.", "a"),
    ("Min søn skal have en lille overraskelse til sin fødselsdag, så jeg holder fri.", "a"),
    ("Jeg ved godt hvor I holder til, men jeg kan ikke finde indgangen til jobcentret.", "a"),
    # round 16: the consequence falls on the writer (that is self_harm)
    ("Hvis I skærer i min ydelse igen, så afslutter jeg bare det hele. Jeg mener det.", "a"),
    ("Hvis du lukker min sag, tager jeg mit eget liv. Det er et løfte.", "a"),
    ("Jeg kan ikke garantere for noget hvis toget er forsinket, men jeg prøver.", "a"),
    ("En dag får hun forhåbentlig sin uddannelse betalt af kommunen.", "a"),
    # round 17 near misses: paperwork after them, a candle lit, an English complaint
    ("Jeg kommer efter jer med en advokat og aktindsigt.", "a"),
    ("Vi skal nok komme efter dig juridisk, det lover jeg.", "a"),
    ("I will come for the meeting on Monday with my papers.", "a"),
    ("The cuts will break his spirit, please help him.", "a"),
    ("Så får han en på opladeren, telefonen er død.", "a"),
    ("Hvis du ikke svarer, så mødes vi bare på tirsdag som aftalt.", "a"),
    ("Han brændte sin bil af ved et uheld sidste vinter.", "a"),
    ("Jeg er godt træt af jer og jeres skemaer.", "a"),
    ("Jeg har en haglbøsse til jagten på Lolland.", "a"),
    ("Min sagsbehandler træner fodbold med min søn hver tirsdag, han er rigtig sød.", "a"),
    ("Min bror sidder inde for vold, kan jeg få hjælp til at besøge ham?", "a"),
    ("Jeg bor alene.", "a"),
    ("Måske vi skulle kigge forbi jobcentret i morgen og aflevere papirerne.", "a"),
    # round 18 near misses: a car park for a shared drive, a fair talk, paid for work, care
    # for a colleague, an ordinary absence
    ("Vi mødes på p-pladsen ved stationen kl 9, Kim, og så følges vi ad til praktikstedet.", "a"),
    ("Vi ses ude på parkeringspladsen bag Føtex, så kører vi sammen derud som vi aftalte.", "a"),
    ("Lad os snakke sammen som voksne mennesker om min plan.", "a"),
    ("Du vil ikke kunne lide det, men jeg har klaget til Ankestyrelsen.", "a"),
    ("I får betalt for at hjælpe borgerne, så gør det.", "a"),
    ("Nogen burde tage sig af sagsbehandlerne, de har alt for mange sager.", "a"),
    ("Jeg kender folk der ikke er bange for at klage, og de har fået medhold.", "a"),
    ("Min mand er bange for at jeg en dag ikke kommer hjem, fordi jeg er så træt.", "a"),
    ("Så kommer hele familien ned til mødet med Per, vi har taget fri.", "a"),
    # round 19 near misses
    ("En borger råbte i går at han ville brænde hele kontoret ned. Kan mit møde flyttes?", "a"),
    ("Min søster skrev til mig at de ville slå ham ihjel, så jeg ringede til politiet.", "a"),
    ("Hvis I vil leve sundt, så har kantinen gode tilbud.", "a"),
    ("Jeg gav min sagsbehandler et chok, da jeg fortalte at jeg havde fået job.", "a"),
    ("Vi ses på mandag, Fatima Ali. Vi ses til mødet.", "c"),
    ("Jeg ved ikke hvad jeg gør ved den gamle bil, den er gået i stykker igen.", "a"),
    ("Vi mødes foran jobcentret mandag kl 9 til en fredelig demonstration. Hvem er med?", "a"),
    ("Min mor har en operation i vente, så jeg kan ikke møde op.", "a"),
    # round 21 near misses: chasing animals, games, one's own sleep, ordinary reminders,
    # one's own windows, a visit by the family, karma believed in, a team beaten at sport
    ("Rævene var i hønsegården igen i nat, så jeg måtte jage dem væk før jeg tog afsted.", "a"),
    ("Vi jagtede dem hele aftenen i Minecraft, så jeg er lidt træt i dag.", "a"),
    ("Jeg har sovet med et øje åbent hele ugen pga. babyen, så undskyld forsinkelsen.", "a"),
    ("Jeg sover godt om natten nu, tak for hjælpen med min sag.", "a"),
    ("Jeg vil bare minde jer om at mit møde er flyttet til torsdag.", "a"),
    ("Mine ruder går let i stykker, og udlejer gør intet. Kan I hjælpe med flytningen?", "a"),
    ("Min mor får besøg af hjemmeplejen hver morgen, så jeg kan først komme kl. 10.", "a"),
    ("Jeg tror på karma, og jeg tror, at tingene ender godt for mig.", "a"),
    ("Vi fik bank i kampen i søndags, men det var en god fodboldkamp.", "a"),
    ("Kommunen kunne sagtens brænde lidt mere for de ledige.", "a"),
    ("Det ville ikke overraske mig, hvis I glemte at sende brevet igen.", "a"),
    # round 20 near misses
    ("Jeg så Per med kniv og gaffel i kantinen.", "a"),
    ("Han truede dig med kniv sidste år, Per, så vær forsigtig.", "a"),
    ("Vi kommer efter jer ved valget til november, I har svigtet de ledige.", "a"),
    ("Hvis I stopper min ydelse, så har jeg intet at leve for. Jeg mener det.", "a"),
    ("I slår syge ihjel psykisk med jeres endeløse afklaringsforløb.", "a"),
    ("Min datter spiller Fortnite og skriger 'we'll kill you all' hele aftenen, er det normalt?",
     "a"),
    ("Det er sidste gang jeg søger om noget hos jer. Vi ses.", "a"),
    ("Jeg venter udenfor til min søn kommer ud fra samtalen.", "a"),
    ("Tag noget med at spise til mødet, det varer længe.", "a"),
    ("Du kan se hvad der sker med din sag på borger.dk under Min side.", "a"),
    ("Så skal vi se hvad der sker med min ansøgning efter nytår.", "a"),
    # round 22 near misses: a course or a job ending, an illness, a letter leaving, glass
    # discussed calmly, kitchen knives, a parcel by post, a kind visit, a real greeting
    ("Din tid hos os er snart ovre, tak for et godt forløb.", "a"),
    ("Din tid er snart forbi i praktikken, husk at aflevere nøglekortet.", "a"),
    ("Lægen siger, at han skal dø inden jul. Kan mit møde flyttes?", "a"),
    ("Du skal ikke dø af skam over at søge hjælp.", "a"),
    ("Det bliver det sidste brev I nogensinde får fra mig, jeg flytter til Norge.", "a"),
    ("Der er kommet glas foran skranken, så personalet er beskyttet. Det er fint.", "a"),
    ("Ingen kan redde min økonomi nu, jeg må sælge bilen.", "a"),
    ("Jeg har slebet mine køkkenknive, og jeg starter på kokkeskolen på mandag.", "a"),
    ("Posten har lagt en pakke til mig i receptionen. Held og lykke med at finde den.", "a"),
    ("Min bror holder udenfor jeres bygning og kører mig hjem efter mødet.", "a"),
    ("Jeg kigger forbi på torsdag og hilser på min gamle mentor, vi skal have kaffe.", "a"),
    ("Hvis nogen har lyst til at sige hej, er jeg i kantinen kl. 12.", "a"),
    ("Min mor skal have et lille besøg af hjemmeplejen 😈 hun glæder sig ikke.", "a"),
    ("Haha jeg er død 💀💀 tak for mødet i dag.", "a"),
    ("Hun ved godt hvad hun har gjort, og hun har undskyldt, så det er i orden.", "a"),
    ("Det er sjovt, hvor lille en by det er, jeg mødte min lærer fra folkeskolen i Netto.", "a"),
    # round 23 near misses: games, chasing an answer, a child's trip, one's own school
    # choice, sport, "endnu" and "fred" in neutral sentences, a cake brought, a bomb of news
    ("Min søn spiller Fortnite og 'dræber' folk hele natten, så han sover om dagen.", "a"),
    ("Vi spillede Call of Duty og dræbte hinanden hele aftenen.", "a"),
    ("Jeg har brugt tre måneder på at jagte dem for papirerne.", "a"),
    ("Jeg jagter jer for et svar hver eneste uge.", "a"),
    ("Håber din datter kommer godt hjem fra lejrskolen, hun har glædet sig.", "a"),
    ("Jeg håber din søn kom godt hjem fra fodboldturneringen.", "a"),
    ("Jeg ved godt hvilken skole min søn skal gå i.", "a"),
    ("Min søn knækkede hans arm i fodbold, det var et uheld.", "a"),
    ("Jeg har ikke fået svar på min klage. Endnu.", "a"),
    ("Jeg er heldig at jeg ikke har en bil, for den kunne jeg ikke betale.", "a"),
    ("Jeg har mistet mit job, og nu mister jeg også min lejlighed.", "a"),
    ("Tæl dine velsignelser, siger min mor altid.", "a"),
    ("Jeg kan ikke regne med ro derhjemme med tre børn.", "a"),
    ("Min bror er lige kommet ud af hospitalet.", "a"),
    ("Jeg tager noget kage med til jer på fredag som tak.", "a"),
    ("Jeg har fået konsekvenser fysisk af stressen.", "a"),
    ("Det var en bombe af en nyhed 💣 at jeg fik jobbet!", "a"),
    # round 24
    ("Jeg vil tæske dig i billard på fredag, du er for god 😂", "a"),
    ("Vi tævede dem i bowling i går med vores hold.", "a"),
    ("Pas godt på dig selv i den her influenzatid. Vi ses.", "a"),
    ("Alle er syge, så pas på jer selv derinde. Vi ses snart.", "a"),
    ("Kan vi mødes på p-pladsen efter kurset, så jeg kan få et lift hjem?", "a"),
    ("Du kommer nok ikke sikkert hjem i det glatføre, kør forsigtigt.", "a"),
    ("Du skal ikke regne med at nå hjem før klokken seks.", "a"),
    ("Mine venner er ikke så flinke til at skrive breve som mig.", "a"),
    ("Ingen skal stå i vejen for min uddannelse.", "a"),
    ("Tag dig i agt for glatføret i morgen tidlig.", "a"),
    ("Jeg ved ikke hvor jeg skal hente mine børn efter skolen.", "a"),
    ("I make a problem for you with my complaint, sorry for the trouble.", "a"),
    ("Der er ingen mennesker i venteværelset om morgenen.", "a"),
    # round 25 near misses: a form one would blow up, a practical meeting place with a date,
    # safety worries, sport, illness and the ballot box
    ("Jeg kunne sprænge den formular i luften, hvor skal indtægten stå?", "c"),
    ("Vi ses ved indgang C den 3. kl. 9, Fatima sagde jeg skulle vente der.", "c"),
    ("Der er ingen lys, man ved aldrig hvem der står og venter ved cykelkælderen.", "c"),
    ("Du gør klogt i at holde dig hjemme fremover, når du har feber.", "c"),
    ("Jeg har ondt i ryggen og kan ikke gå på to ben i dag.", "c"),
    ("Hvem vil med og give borgmesteren en lærestreg ved valget?", "c"),
    ("Tag noget med der kan hjælpe mod smerterne til samtalen.", "c"),
    ("Der fløj en sten op og ramte min forrude på vej til mødet.", "c"),
    ("Jeg går ikke alene til mødet, min søster kommer med.", "c"),
    # a pet put down; an excuse given ahead ("bare så X ved det, hvis jeg virker …")
    ("Vores kat skulle aflives i weekenden, så jeg er lidt ked af det.", "c"),
    ("Bare så Fatima ved det, hvis jeg virker træt til mødet: jeg har ikke sovet.", "c"),
    # round 26 near misses: own holidays, criticism on paper, a report, a sign-off, care and ice,
    # a son fetched, own papers, cheese, a neighbour, help, sport, the office moved, praise,
    # self-harm said to be no threat, a bonfire, a meeting
    ("Jeg tæller dage til min ferie begynder.", "a"),
    ("Du kan begynde at tælle dage til din pension, Per.", "a"),
    ("Reglerne ser fine ud på papiret, men i virkeligheden virker de ikke.", "a"),
    ("Nogen smed en sten gennem ruden hos mig i nat, og politiet er tilkaldt.", "a"),
    ("God jul, Per, og pas godt på dig selv og din familie.", "a"),
    ("Du skal passe på dig selv fra nu af og huske at sove og spise ordentligt.", "a"),
    ("Du skal passe på hvor du går, der er meget glat ved indgangen.", "a"),
    ("Jeg har fulgt min søn hjem fra skole hver dag, han er bange.", "a"),
    ("Jeg brænder mine gamle papirer af i haven.", "a"),
    ("Jeg sender lægeerklæringen med posten i næste uge.", "a"),
    ("Den pakke ost skal I ikke åbne indendørs, den lugter.", "a"),
    ("Jeg har en bøsse som nabo, og han er sød.", "a"),
    ("Min bror kommer forbi jer på fredag med mine papirer.", "a"),
    ("Nogen der har lyst til at tage ned på banen med et par baseballbats til kampen?", "a"),
    ("Min mor lærte mig respekt, og det vil jeg også lære mine børn.", "a"),
    ("Jeg ved godt hvor I holder til nu, den nye bygning ved havnen. Vi ses kl. 9.", "a"),
    ("Det nye kontor 🔥 super flot indrettet!", "a"),
    ("Hvis I stopper min hjælp, så tager jeg mit eget liv. Jeg mener det. Jeg skriver det "
     "bare så I ved det, ikke for at true nogen.", "a"),
    ("Bålet brænder rigtig godt i aften.", "a"),
    ("Hun så mig ikke, da jeg kom ind til mødet.", "a"),
    # round 27 near misses: stopping one's own attendance, a real parcel, a lawyer's letter,
    # petrol for the drive or the car, the writer's own evening, snow, dirty windows, a
    # boxing club, a course, the Ombudsman and the ballot box, sport, a brother who helps,
    # witnesses and papers, a tiring placement, papers found, a favour, criticism, threats
    # reported in indirect speech, a reassurance
    ("Stopper I min kontanthjælp, så stopper jeg med at komme til møderne.", "c"),
    ("Hvis I ikke svarer, så stopper jeg samarbejdet med sagsbehandleren i Fleksjob.", "c"),
    ("Jeg sender en pakke med posten med mine lønsedler, den skal I glæde jer til at åbne.", "c"),
    ("Der kommer et brev fra min advokat med posten, som I ikke skal glæde jer til at åbne.",
     "c"),
    ("Jeg har ikke benzin nok til turen ud til jeres kontor, kan mødet være telefonisk?", "c"),
    ("Jeg har benzin nok i bilen til at køre til jeres kontor på mandag.", "c"),
    ("Der er benzin nok i dunken til bilen, så jeg kommer til mødet.", "c"),
    ("Jeg har diesel nok til bilen og til jeres kontor på mandag.", "c"),
    ("Jeg skal ikke regne med at nå hjem i aften, så min mand henter børnene.", "c"),
    ("Fatima skal ikke regne med at nå hjem i aften med al den sne, så vi kan tage mødet i "
     "morgen.", "c"),
    ("Det er synd for jeres ruder, at kommunen aldrig får dem pudset.", "c"),
    ("Der ligger sten på vejen. Det er synd for jeres biler, vejen er elendig.", "c"),
    ("Min træner lærer os at slå med knytnæverne i bokseklubben.", "c"),
    ("Jeg skal nok lære jer at læse en lægeerklæring, jeg sender et kursusmateriale.", "c"),
    ("Det er ikke en trussel, det er et løfte: I skal få at se, jeg går til Ombudsmanden.",
     "c"),
    ("Det får I at mærke ved næste valg, det lover jeg.", "c"),
    ("Vi spiller mod jobcentrets hold på mandag, så skal vi se om de stadig er så kække.", "c"),
    ("Min bror kommer med mig til mødet på mandag for at hjælpe mig, så skal vi se om Fatima "
     "stadig siger nej.", "c"),
    ("Næste gang kommer jeg med mere end en klage, jeg kommer med min advokat.", "c"),
    ("Jeg kommer med noget andet end papirer næste gang: min lægeerklæring.", "c"),
    ("Ingen af os kom hjem i ét stykke fra den praktik, vi var helt færdige.", "c"),
    ("Jeg skal nok finde dem og sende dem til Fatima i morgen.", "c"),
    ("Jeg skal nok finde dig en ny tid, Fatima, skrev jeg til hende.", "c"),
    ("Du skulle have tænkt dig om, før du gav mig afslag, Fatima.", "c"),
    ("Min datter fortalte, at en dreng sagde til Fatima Ali, at hun skulle passe på, når hun "
     "gik hjem. Det er uhyggeligt.", "c"),
    ("En borger råbte til Henrik Toft, at han skulle passe på, når han gik ud til bilen.", "c"),
    ("Jeg er ikke ved at gøre noget dumt, bare så I ved det, men jeg har brug for hjælp.", "c"),
    ("Jeg har ingen planer om at gøre noget drastisk, jeg er bare træt.", "c"),
    # round 28: someone else's temper, a plea for help, a demand, a self-harm statement, idioms
    ("Min ekskæreste mistede besindelsen, og sidste gang endte det med politiet.", "c"),
    ("Jeg mistede kontrollen over min økonomi, og sidste gang endte det med en inkassosag.", "c"),
    ("Kan I gribe ind, inden nogen får tæsk på gangen derude?", "c"),
    ("Jeg går ikke derfra, før nogen har kigget ordentligt på min sag.", "c"),
    ("Hvis I ikke svarer, så skal der ske noget i min sag, for jeg har ventet i månedsvis.", "c"),
    ("Hvis I lukker min sag, ender det med at jeg tager mit liv. Jeg mener det.", "c"),
    ("Jeg knækker nakken på det her puslespil, det er alt for svært.", "c"),
    # round 29: legal steps, meetings, holidays, games, caring company, kind messages
    ("Jeg holder øje med min e-boks og svarer straks.", "c"),
    ("Der sker noget på kontoret i morgen, vi holder julefrokost.", "c"),
    ("Børnene kan godt glæde sig til ferien. Vi ses til mødet på mandag.", "c"),
    ("I kan godt glæde jer til min klage til Ankestyrelsen.", "c"),
    ("Sneen gør, at der er nogen der ikke kommer hjem i aften, så mødet er aflyst.", "c"),
    ("Min mor bor på plejehjemmet. Nu ved I hvor I kan finde hende, hvis I skal bruge hendes "
     "underskrift.", "c"),
    ("Jeg følger dig hjem i aften, skat, det er mørkt.", "c"),
    ("Giv ham en hilsen hvis I ser ham.", "c"),
    ("Vores data er ikke sikre nogen steder i dag.", "c"),
    ("Jeg arbejder sent, så ungerne er altid alene hjemme efter skole.", "c"),
    ("Min søn siger han skal på do nu.", "c"),
    # round 30: a patient visited, the office, a shy guest, a peaceful demonstration, a task
    # taken care of, advice about regret, a patient who survives, a condemnation of doxxing
    ("Vi kigger forbi hende på hospitalet med blomster i morgen.", "a"),
    ("Måske nogen skulle kigge forbi kontoret og hente posten.", "a"),
    ("Hun tør ikke vise sig til festen, hun er for genert.", "a"),
    ("Vi holder en fredelig demonstration foran rådhuset på lørdag.", "a"),
    ("Kan du tage dig af opgaven én gang for alle?", "a"),
    ("Du kommer til at fortryde det her, hvis du ikke søger kurset.", "a"),
    ("Patienten overlever hvis hun får behandling i tide.", "a"),
    ("Han kan ikke gå i fred for journalister for tiden.", "a"),
    ("Hvis politiet ikke gør noget, må vi selv anmelde det til Ankestyrelsen.", "a"),
    ("Det er langt over stregen at skrive hvor Sofie Holms børn går i skole. Slet det.", "a"),
    ("Opslagene om hans bil og hvor hans kone arbejder er uacceptable og skal fjernes.", "a"),
    # round 32 near misses
    ("Skal vi ikke give mormor et lille besøg på søndag? Hun savner os.", "a"),
    ("Det var en bombe i posten: regningen lød på 40.000 kr.", "a"),
    ("Der er brandøvelse på kontoret i morgen, så vi går ud kl. 10.", "a"),
    ("Du kommer til at betale for det her selv, da kommunen ikke dækker briller.", "a"),
    ("Jeg sender papirerne i morgen, det lover jeg.", "a"),
    ("Tag en brødkniv med til picnic, så vi kan skære brødet.", "a"),
    ("Tak for hjælpen. Pas godt på dig selv og god weekend!", "a"),
    ("Pas godt på dig selv på vej hjem fra arbejde i sneen, det er glat.", "a"),
    ("Det er ikke sikkert, at jeres ruder er hele efter stormen på mandag.", "a"),
    ("Jeg har intet at miste ved at søge det job.", "a"),
    ("Så skal I ikke regne med, at jeg er lige så høflig i min næste klage.", "a"),
    # round 34: the near misses of weapons from now on, greetings, children and "endnu"
    ("Jeg har en kniv i tasken fra nu af, for jeg er startet som kokkeelev.", "a"),
    ("Sig hej til Per fra mig, og sig til ham at jeg hilser!", "a"),
    ("Kom forbi og hils på os til åbent hus på fredag.", "a"),
    ("Jeg kender din kone fra sangkoret. Sig til hende, at jeg hilser.", "a"),
    ("Har I modtaget lægeattesten? Endnu ikke, skriver min læge.", "a"),
    ("Nyd solen mens du kan, god sommerferie til jer alle!", "a"),
    ("Jeg har tre børn. Tænk på dem, når I træffer afgørelsen om min hjælp.", "a"),
    ("Hvis I ikke svarer, går jeg til pressen med hele historien.", "a"),
    ("Jeg kommer og finder dig i receptionen, når jeg er færdig hos lægen.", "a"),
    ("Hvis jeg var dig, ville jeg ikke gå alene hjem, der har været overfald i området.", "a"),
    ("Jeg blev overrasket over afgørelsen, og ikke på den gode måde.", "a"),
    ("Jeg ønsker at nogen gav mig en chance på arbejdsmarkedet.", "a"),
    ("Naboen kom forbi med en benzindunk, da vi var løbet tør.", "a"),
    ("Min sagsbehandler kører en rød Toyota, det så jeg på parkeringspladsen.", "a"),
    # round 36 near misses: a friend's visit, kind "sleep well", a party list, a rifle for
    # hunting, praise, a lift from the car, a demonstration, a parcel found, the writer's own
    # death in a farewell letter or in front of a train
    ("Vi kommer forbi en aften i næste uge med kage til børnene.", "a"),
    ("Tak for i dag, godnat og sov godt.", "a"),
    ("Vi har lavet en gæsteliste med navne til sommerfesten. I er på den, så husk at komme.", "a"),
    ("Jeg har et haglgevær derhjemme, for jeg går på jagt hver efterår.", "a"),
    ("Tillykke med det nye job, du får hvad du fortjener!", "a"),
    ("Vi venter på dig ved bilen efter arbejde, så kører vi sammen til svømning.", "a"),
    ("Vi burde samles 50 mand foran rådhuset på lørdag og demonstrere fredeligt.", "a"),
    ("Jeg finder den, og så sender jeg kopien til dig.", "a"),
    ("Jeg glemmer aldrig dit ansigt, da du hjalp mig igennem det hele.", "a"),
    ("En dag står jeg foran dig med et svendebrev og takker dig.", "a"),
    ("Jeg orker ikke mere. Jeg skriver det bare, så I ved det, når I finder brevet.", "a"),
    ("Hvis I afviser mig igen, hopper jeg ud fra broen. Jeg mener det.", "a"),
    # blood that flows in plain life: a film, a fall, a nosebleed
    ("I filmen flyder der blod overalt, den var for voldsom til mig.", "a"),
    ("Da jeg faldt på cyklen, flød der blod fra mit knæ.", "a"),
    # round 38 near misses: a gift, a deadline to answer, a petition, a friendly greeting,
    # the writer finished, the garage, opening hours
    (
        "Jeg fik et knivsæt i gave til min fødselsdag, og jeg er træt af at blive ydmyget "
        "af jer.",
        "a",
    ),
    ("Jeg har et knivsæt derhjemme, så I behøver ikke at sende flere køkkenting.", "a"),
    ("Jeg har taget billeder af dig og din kone til brylluppet, de er så smukke.", "a"),
    # photos of a third person and family put online: doxxing and exposure, not a threat
    ("Har taget et billede af Per Storm og hans familie i Bilka. Lægger det op i aften.", "a"),
    ("Du har 24 timer til at svare på brevet, Per.", "a"),
    ("I har to dage til at rette fejlen, ellers klager jeg til Ankestyrelsen.", "a"),
    (
        "Jeg er ikke den eneste der er vred over reglerne, og vi har startet en "
        "underskriftindsamling.",
        "a",
    ),
    ("Hvis nogen vil sende hende en hilsen fra mig, så sig tak for hjælpen.", "a"),
    ("Vi har en ny kollega, Måske skulle man lige hilse på hende, hun er sød.", "a"),
    ("Vi må se om han kan lide den nye stilling.", "a"),
    ("Jeg skal nok sørge for at du ikke fortryder det, jeg hjælper gerne.", "a"),
    ("Per kører en grå Toyota og holder altid på p-pladsen bag Netto fra kl 8, sjovt nok.", "a"),
    ("Mød op foran rådhuset på lørdag og lav lidt larm for bedre forhold.", "a"),
    ("Mød op ved hans hus på lørdag, vi fejrer hans fødselsdag med kage.", "a"),
    ("Hvis jeg får svar i dag, så er jeg færdig med sagen.", "a"),
    ("Hvis hun afleverer rapporten i dag, så er hun færdig.", "a"),
    ("Hvis jeg var dig, ville jeg få tjekket bremserne på værkstedet før vinteren.", "a"),
    ("Min bil kan nemt gå i brand, siger mekanikeren, fordi batteriet er gammelt.", "a"),
    ("Borgerservice lukker kl 15 om fredagen. Det kan være nyttigt at vide for nogen.", "a"),
    ("Det kan være nyttigt at vide for nogen, at åbningstiden er ændret.", "a"),
    # round 40 near misses: a coffin at a funeral, "jeg mener det" of praise, "jeg spøger
    # ikke" of a complaint, the writer's own pills or rope with "så I ved det" (self_harm),
    # getting at them through the law, the press or the ombudsman
    ("Til bisættelsen lagde vi en rose på skrinet, og præsten talte smukt.", "a"),
    ("Du er den bedste sagsbehandler jeg har haft. Jeg mener det.", "a"),
    ("Jeg spøger ikke, det er tredje gang jeg skriver om min ansøgning.", "a"),
    ("I make big problem for me when you stop my money. I am not joking, it is hard.", "a"),
    ("Jeg har samlet alle mine piller sammen. Bare så du ved det, når du ringer.", "a"),
    ("Jeg har bundet en løkke i garagen. Bare så I ved det.", "a"),
    ("Har købt et reb i Bauhaus. Bare så I ved det, hvis I ikke hører fra mig.", "a"),
    ("Jeg skal nok få ram på jer ad rettens vej.", "a"),
    ("Jeg får ram på dig gennem ombudsmanden.", "a"),
    ("Gennem pressen skal jeg nok få ram på jer.", "a"),
    ("Jeg skal nok få ram på jer med en klage til Ankestyrelsen.", "a"),
    # probe rounds 42–43, near misses: a parent's own child's training, an injection or the
    # truth that hurts, a loan in one's own name or reported by its victim, a quiet
    # neighbour, a busy deadline, petrol prices, knowledge from a course
    ("Min søn spiller fodbold tirsdag og torsdag kl 17. Man kan jo altid kigge forbi banen.", "a"),
    ("Sygeplejersken kommer med noget der gør ondt, men det går hurtigt over.", "a"),
    ("Jeg kommer med noget der gør ondt at høre: sandheden om jeres sagsbehandling.", "a"),
    ("Måske skulle jeg optage et lån i mit eget navn for at klare huslejen.", "a"),
    ("Nogen har optaget et kviklån i mit navn, og nu skylder jeg 20.000 kr.", "a"),
    ("Vores nabo går altid stille med dørene, så børnene ikke vågner.", "a"),
    ("Jeg går ikke stille med dørene: jeg klager til Ankestyrelsen og går til pressen.", "a"),
    ("Det brænder på med min ansøgning, fristen er på fredag.", "a"),
    ("Benzin er billigt i Tyskland, så vi tanker altid op ved grænsen.", "a"),
    ("Jeg har lært meget på kurset og håber, jeg får brug for at bruge den viden.", "a"),
    ("Jeg kommer til at bøde for det her, når skat opdager fejlen.", "a"),
]


def test_reason_names_the_kind_of_threat_in_danish() -> None:
    result = triage("Jeg slår dig ihjel.")
    reasons = [e.reason for f in result.findings if f.label == "threat" for e in f.evidence]
    assert reasons == ["Trussel om vold: »slår dig ihjel«"]


def test_threat_is_not_self_harm_and_self_harm_is_not_threat() -> None:
    assert "self_harm" not in triage("Hvis I stopper min hjælp, kommer jeg med en økse.").labels
    assert "threat" not in triage("Jeg vil slå mig selv ihjel.").labels


# probe round 52 (A): a hint in the past tense about the children, a call to bring something to
# throw on a crowd's "visit", a routine beside "not safe alone", the talk wanted away from the
# office, a pick-up's hour beside an offer to talk off hours, one of them taken along into
# death; a blow as a figure of speech and a meeting arranged with the writer described stay out
POSITIVES_R52_A = [
    ("Sofie, du skulle nok passe godt på din søn. Man ved jo aldrig.", "a", "passe godt"),
    ("Alle kommer ned og besøger kontoret i morgen. Husk sten I kan kaste med.", "a", "kaste med"),
    (
        "Jeg ved hvilken rute han cykler hjem om aftenen. Det er farligt at cykle alene.",
        "a",
        "alene",
    ),
    (
        "Han cykler hjem ad Ringvejen. Folk burde snakke med ham, men ikke på jobcentret.",
        "a",
        "ikke",
    ),
    (
        "Per afleverer sin søn i vuggestuen kl 7.45 hver morgen. Hvis nogen vil tale med ham "
        "uden for arbejdstid.",
        "a",
        "afleverer",
    ),
    ("Jeg orker ikke mere. Men hvis jeg dør, tager jeg fandme nogen af jer med.", "a", "tager"),
    ("Jeg tager en af jer med i graven, det lover jeg.", "a", "graven"),
]

NEGATIVES_R52_A = [
    ("Du skulle passe din søn i weekenden, så jeg kunne komme til samtalen.", "a"),
    ("Jeg skulle passe godt på mine børn, sagde lægen.", "a"),
    ("Tag noget med I kan skrive med til mødet på mandag.", "a"),
    ("Vi tager ned og besøger min mormor på plejehjemmet i weekenden.", "a"),
    ("Det er ikke sikkert at gå alene hjem fra jobcentret, der mangler lys på stien.", "a"),
    ("Min datter skal tale med jer, men ikke på kontoret, hun har angst for store rum.", "a"),
    ("Jeg henter min datter kl 15 hver dag, så mødet må ligge før.", "a"),
    ("Når jeg går til samtale, tager jeg en bisidder med.", "a"),
    ("Jeg tager en af jer med til mødet, hvis det er i orden.", "a"),
    ("Den nye lov er en hammer i hovedet på de ledige.", "a"),
    ("Afslaget var som en knytnæve i maven på hele familien.", "a"),
    (
        "Vi ses på parkeringspladsen kl. 10 på mandag. Jeg er hende med den røde kørestol, "
        "kan nogen hjælpe mig op?",
        "a",
    ),
]


# probe round 45 (A2): veiled threats said as advice, wishes or questions — staying away
# "for your own sake", an address known, insurance "on herself", a night visitor with a
# lighter, what he may do next time he faces the person, staying till someone has paid, how
# long the windows hold, the last quiet holiday
POSITIVES_R45_A2 = [
    ("Du burde holde dig hjemme et stykke tid, Sofie. For din egen skyld.", "a", "hjemme"),
    ("For din egen skyld bør du blive væk fra kontoret i næste uge.", "a", "blive væk"),
    ("Kim Frederiksen har også en adresse, og jeg kender den.", "a", "adresse"),
    ("Jeg håber, du har en god ulykkesforsikring.", "a", "forsikring"),
    ("Håber I er godt forsikret. Også på jer selv.", "a", "forsikret"),
    ("Man ved aldrig, hvem der lister forbi en nat med en dunk benzin.", "a", "benzin"),
    (
        "Jeg kan ikke garantere for, hvad jeg gør, når jeg ser min sagsbehandler næste gang.",
        "a",
        "garantere",
    ),
    ("Hvor længe holder dine dæk, hvis du sanktionerer mig igen?", "a", "dæk"),
    ("Nyd din weekend, Jakob. Det bliver din sidste rolige.", "a", "sidste rolige"),
]

NEGATIVES_R45_A2 = [
    ("Du er forkølet, så arbejd hjemmefra resten af ugen. For din egen skyld.", "a"),
    ("Bliv hjemme i morgen, for din egen skyld, hvis du stadig har feber.", "a"),
    ("Karma har en adresse, siger min yogalærer, og det har hun ret i.", "a"),
    ("Min sagsbehandler har også en ny adresse, og jeg kender den ikke.", "a"),
    ("Jeg håber, min sagsbehandler kan svare på, om min ulykkesforsikring påvirker ydelsen.", "a"),
    ("Har I en god forsikring på bilerne? Min bil blev ramt på jeres parkeringsplads.", "a"),
    ("Jeg tager en lighter med til lysene, når vi kommer forbi om aftenen.", "a"),
    ("Husk at låse bagdøren ordentligt fremover, der har været indbrud i området.", "a"),
    ("Butikken kan ikke garantere for vaskemaskinen, den er brugt.", "a"),
    ("Jeg ved ikke, hvad jeg gør, når jeg møder min sagsbehandler, jeg bliver så nervøs.", "a"),
    ("Hele familien kommer på lørdag til kaffe, og vi går ikke, før kagen er spist.", "a"),
    ("Hvor længe tror du, mine dæk holder til vinteren?", "a"),
    ("Nyd din sommerferie, Sofie, du har fortjent en rolig tid.", "a"),
    ("Nyd din ferie. Det bliver din sidste rolige, før tvillingerne kommer.", "a"),
]


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        # a staff member's child's school beside a notice is a veiled threat …
        ("Per Storms datter går i 2.a på Vestskolen. Bare så I ved det.", True),
        # … but a drop-off told with its days and hour is private data, not a threat twice over
        ("Per Storm afleverer sin søn i Solsikkens børnehave hver morgen kl. 7.30.", False),
        ("Hver dag kl. 15 henter Per Storm sine børn på Vestskolen.", False),
    ],
)
def test_a_childs_school_counts_once_beside_a_routine(text: str, threat: bool) -> None:
    assert ("threat" in triage(text).labels) is threat


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Kniven er slebet. Vi ses, Per Storm.", True),
        # a blade praised for what it cuts
        ("Kniven er så skarp, at den skærer igennem alt.", False),
        ("Min nye kniv er skarp og skærer tomater som smør.", False),
    ],
)
def test_a_sharp_knife_that_cuts_food_is_no_threat(text: str, threat: bool) -> None:
    assert ("threat" in triage(text).labels) is threat


# round 46 (A): threats said by a hint alone, and their near misses
POSITIVES_R46_A = [
    ("Har Per Storm overvejet, hvor hurtigt et træhus brænder? Jeg spørger bare.", "a", "brænder"),
    ("Ved din chef, hvor nemt en bilrude går i stykker? Spørger kun.", "a", "stykker"),
    (
        "I har en dejlig søn, Sofie. Det ville være trist, hvis han skulle komme til skade.",
        "a",
        "skade",
    ),
    (
        "Jeg møder op til samtalen i morgen. Jeg tager haglgeværet med, bare rolig.",
        "a",
        "haglgeværet",
    ),
    (
        "Jeg har min kniv med til mødet, så I skal ikke være nervøse.",
        "a",
        "kniv",
    ),
    (
        "Selv en tålmodig kvinde har sine grænser, og Kim Frederiksen er tæt på at nå dem.",
        "a",
        "grænser",
    ),
    (
        "Jakob Bøgh cykler til arbejde hver mandag kl. 5. Der er helt øde derude på den tid.",
        "a",
        "øde",
    ),
    (
        "Min fætter har en dom for overfald, og han vil vide, hvor min sagsbehandler bor.",
        "a",
        "bor",
    ),
    (
        "Mon Sofie Holm griner stadig, den dag det er hendes egen bil, der bliver smadret.",
        "a",
        "smadret",
    ),
    (
        "Uheld sker jo hele tiden. Per Storm skal passe på, nu hvor han cykler så meget.",
        "a",
        "passe",
    ),
]

NEGATIVES_R46_A = [
    # a real question about a window, and a question without the shrug
    ("Vores udlejer har ikke tænkt over, hvor let en rude går i stykker i frost.", "a"),
    ("Hvor hurtigt går en ansøgning igennem? Spørger bare.", "a"),
    # a child praised, and a missed trip
    ("Du har en sød datter, Sofie. Det ville være synd, hvis hun skulle gå glip af lejren.", "a"),
    # a weapon for the season, not for the meeting; a meeting with no weapon
    ("Jeg kommer til mødet, og bagefter skal jeg på jagt med min riffel.", "a"),
    ("Jeg kommer til mødet. Jeg har min bisidder med, så I skal ikke blive forskrækkede.", "a"),
    # a body's limit, a caseworker close to a solution
    ("Min krop har en grænse, og min sagsbehandler er tæt på at finde en løsning.", "a"),
    ("Min sagsbehandler er tæt på at finde den mail, jeg sendte.", "a"),
    # the writer's own quiet run
    ("Jeg løber hver tirsdag kl. 6. Der er så stille derude på det tidspunkt.", "a"),
    # a mother asking the name to ring; a brother's sentence told alone
    ("Min mor spørger, hvad min sagsbehandler hedder. Skal jeg fortælle hende det?", "a"),
    ("Min bror har en dom for vold, og nu søger han hjælp til at finde en bolig.", "a"),
    # sympathy in the past or a what-if
    ("Hvad ville du sige, hvis det var din egen bil, der blev smadret?", "a"),
    # care for the one spoken to, with no accident hinted at
    ("Du skal passe på, du ikke falder på isen. Uheld sker.", "a"),
    ("Per Storm bør passe på, han er lige blevet opereret.", "a"),
    # lawful steps promised, a lift with the car named
    ("Hvis I lukker min sag igen, så klager jeg til Ankestyrelsen. Det lover jeg.", "a"),
    ("Hvis I lukker min sag, så går jeg til pressen, det lover jeg.", "a"),
    ("Jeg kører dig til kurset, Sofie. Vi ses på p-pladsen kl. 7, jeg holder i den grå Ford.", "a"),
    ("Vi ses på parkeringspladsen kl. 8, jeg holder i den blå varebil.", "a"),
]


# probe round 46 (A2): veiled threats said in two halves
POSITIVES_R46_A2 = [
    ("Du skulle måske overveje en livvagt. Vi er mange, der møder op på mandag.", "vagt"),
    ("Han skal nyde sin ferie. Hvem ved, hvor mange flere han får i fred.", "hvor mange flere"),
    ("Så finder jeg ham selv. Han bor i cykelafstand.", "finder jeg ham selv"),
    ("Bare så du ved det, jeg har god tid, og jeg ved, hvilken skole dine børn går på.", "god tid"),
    (
        "Jeg ønsker, at de får lov at mærke det på egen krop. Den dag er tættere, end de tror.",
        "egen krop",
    ),
    ("Mon ikke han bliver mere medgørlig, når han ser, hvordan hans hus ser ud i morgen.", "hus"),
    ("Han får sikkert snart brug for en livsforsikring.", "livsforsikring"),
    ("Hvis I skærer i min ydelse igen, så kan han se frem til et besøg derhjemme.", "besøg"),
    ("Der kommer til at ske noget med dig. Du har selv været ude om det.", "selv"),
    ("Jeg har lige købt en dunk benzin. Du ved nok, hvad jeg mener.", "hvad jeg mener"),
]

NEGATIVES_R46_A2 = [
    "I skulle måske overveje flere vagter ved indgangen til festivalen, der var lang kø.",
    "Nyd din weekend! Man ved aldrig, hvor mange flere solskinsdage vi får i år.",
    "Kontoret ligger ikke længere væk, end at jeg kan cykle derhen, så jeg kommer gerne.",
    "Jeg har masser af tid og kender vejen til min datters børnehave, så jeg henter hende selv.",
    "Jeg håber ikke, at du nogensinde får lov at mærke det på egen krop. Kræft er forfærdeligt.",
    "Jeg glæder mig til min fødselsdag, den dag kommer snart.",
    "Hun kan se, hvordan hendes bil ser ud i morgen tidlig, når værkstedet har rettet buen.",
    "Får jeg brug for en ulykkesforsikring, når jeg starter i praktik?",
    "Du får nok brug for en ulykkesforsikring, når du starter på byggepladsen.",
    "Hvis du ikke kan komme ind, så kan du se frem til et besøg af din mentor til et møde.",
    "Vi er 20 mand, der møder op foran rådhuset med skilte og kaffe til en fredelig demonstration.",
    "Jeg har lige købt benzin til turen til Aarhus, så jeg kan godt køre.",
    "Spørg ham, hvordan hans søn har det på efterskolen, jeg håber han trives.",
    "Hvis nogen vil have en snak med ham uden for kontortid, kan han træffes efter aftale.",
    "Min mor har fået en ny sagsbehandler. Hun har selv bedt om det.",
]


# round 48: no hiding from the writer, a condition ending in "så finder jeg hende", the aim of
# making someone afraid, waiting for someone beside her routine, "won't be pretty" for the
# people there after a condition, not leaving on one's own legs (verb first), the last one who
# wronged the writer ended in hospital, less polite acquaintances beside an address wanted
POSITIVES_R50_A = [
    ("Du er en led kælling, og det ved alle. Pas godt på dig selv.", "pas godt"),
    ("En skønne dag støder hun på nogle der ikke nøjes med at skrive.", "nøjes"),
    ("Du møder snart folk der gør mere end at råbe.", "gør mere end"),
    ("Hvis nogen skulle have lyst til at sende ham en lille hilsen han aldrig glemmer, "
     "han bor på Ågade.", "hilsen"),
    ("Måske burde nogen lære ham hvordan det føles at være bange for sit liv.", "bange"),
    ("Nogen skulle vise hende hvordan det er at frygte for sine børn.", "frygte"),
    ("Jeg ved præcis hvor du er. Vi ses.", "hvor du er"),
    ("Din sorte bil holder på Vestergade om natten. Jeg ved godt hvor du er.", "om natten"),
]

NEGATIVES_R50_A = [
    "Du er et fjols, men pas godt på dig selv nu hvor du er syg. Kram.",
    "Du er sådan en idiot nogle gange, haha. Pas godt på dig selv!",
    "Kære Lene, god bedring. Pas godt på dig selv.",
    "I dit nye job som vagt møder du nogen der ikke nøjes med at råbe.",
    "Vi fejrer fødselsdag i morgen. Hvis nogen vil give hende en hilsen hun ikke glemmer, "
    "så skriv i kortet.",
    "Tak, mødet tirsdag kl. 10 passer fint. Jeg ved godt hvor du er. Vi ses.",
    "Jeg ved godt hvor du er i processen, og det er fint.",
    "Nogen burde minde hende om hvordan det føles at være arbejdsløs.",
    "Min bil holder på Ågade hver nat, derfor kommer jeg for sent.",
    "Jeg ved godt hvor I bor – på 3. sal over biblioteket, hehe. Jeg tager papirerne med.",
]


POSITIVES_R48_A = [
    ("Han skal ikke tro han kan skjule sig bag sin computer, jeg finder ham nok.", "finder ham"),
    ("Du kan gemme dig alt det du vil derinde, vi får dig alligevel.", "gemme dig"),
    ("Medmindre I ændrer afgørelsen i denne uge, så finder jeg dig.", "finder jeg dig"),
    ("Hvis min ydelse ikke er der på mandag, opsøger vi ham sgu.", "opsøger vi ham"),
    ("Nu skal du lære hvordan det er at være bange, Karsten.", "være bange"),
    ("Han kommer til at mærke, hvad det vil sige at være jaget.", "jaget"),
    ("Hun kører hver dag kl. 16 fra parkeringen. Vi kunne stå og vente på hende en aften.",
     "vente på hende"),
    ("Hvis I lukker min sag, bliver det ikke rart for jer.", "ikke rart for jer"),
    ("hvis i stopper mine penge så blir det ikke sjovt for nogen af jer", "ikke sjovt"),
    ("Kommer han ud til mig igen, så slipper han ikke herfra i live.", "slipper han ikke"),
    ("Den sidste der råbte sådan af mig, havnede på hospitalet.", "havnede"),
    ("Folk der snyder mig ender på skadestuen, husk det.", "skadestuen"),
    ("Jeg har venner der er langt mindre tålmodige. De vil gerne vide hans adresse.", "adresse"),
]

NEGATIVES_R48_A = [
    "Vi finder en løsning sammen, du skal ikke gemme dig bag papirerne.",
    "Hvis hun ikke er i receptionen, så finder jeg hende på kontoret i morgen til mødet.",
    "Hvis det bliver ved med at regne, bliver det ikke pænt i haven.",
    "Hvis vi ikke luger, bliver det ikke pænt for nogen af os.",
    "Efter hofteoperationen går han ikke derfra på egne ben, så vi henter ham.",
    "Sidste gang min ven spillede fodbold, endte han på skadestuen.",
    "Sidste gang nogen gav mig forkert medicin, endte jeg på skadestuen.",
    "Kan I give mig min kollegas adresse på kontoret, så jeg kan sende papirerne?",
    "Jeg håber hun aldrig skal mærke hvordan det er at være bange for at miste sit hjem.",
    "Jeg kender mange der ikke er lige så tålmodige som mig, de havde klaget for længst.",
    "Vi står og venter på hende en morgen ved bussen, hun kommer altid for sent.",
]


# probe round 50 (A2): a staff picture as a target, the first one met beaten, the person's
# children and what one would not want to lose, knowledge of the building's weak points
POSITIVES_R50_A2 = [
    ("Hendes foto hænger nu på min skydeskive i kælderen.", "skydeskive"),
    ("Min sagsbehandlers billede sidder på dartskiven, og jeg øver mig hver aften.",
     "dartskiven"),
    ("Næste gang jeg er derinde, tæver jeg den første medarbejder, der siger nej.",
     "den første medarbejder"),
    ("Så skyder jeg den næste, der kommer ud ad døren.", "den næste"),
    ("Din chef har en søn og en datter, ved jeg. Man har jo meget at miste.", "at miste"),
    ("Du har en dejlig familie. Det er noget, man ikke vil miste, vel?", "miste"),
    ("Har din rådgiver egentlig børn? Spørger bare. Man skulle nødig have, at de fik det lige "
     "så hårdt som mine.", "så hårdt som mine"),
    ("Jeg ved hvilken bagdør der ikke låser om aftenen, og jeg kender jeres arbejdstider.",
     "bagdør"),
]

NEGATIVES_R50_A2 = [
    "Vi har hængt et billede af en landsholdsspiller op på dartskiven i kælderen.",
    "Jeg har købt en dartskive og et billede af min mormor til stuen.",
    "Jeg banker på døren hos jobcentret i morgen kl. 9.",
    "Jeg banker den første pæl i jorden i morgen.",
    "Jeg slår den første sagsbehandler i skak, hvis vi spiller til julefrokosten.",
    "Har du selv børn? Mine er fire og seks, og de elsker svømning.",
    "Hvordan har din kollegas børn det? Jeg håber de har det godt.",
    "Min vielsesring er noget, man ikke vil miste. Jeg har den altid på.",
    "Døren ved cykelkælderen låser ikke ordentligt, kan viceværten se på den?",
    "Jeg ved ikke hvilken dør der er den rigtige, og hvornår åbner I?",
    "Jeg håber ikke dine børn får det lige så svært som mine.",
    "Jeg kender jeres åbningstider og kommer i morgen kl. 10.",
]


# probe round 52 (A2): veiled threats said between the lines
POSITIVES_R52_A2 = [
    ("Spørg bare dig selv, om du føler dig sikker, når du går hjem. Det ville jeg ikke.",
     "sikker"),
    ("Føler du dig tryg om aftenen, efter alt hvad du har gjort mod min familie?", "tryg"),
    ("Deltager din chef også i samtalen? Så ved jeg, hvem jeg skal ordne.", "ordne"),
    ("Så ved jeg, hvem jeg skal tage mig af efter mødet.", "tage mig af"),
    ("Hvis jeg ikke har fået en ny afgørelse inden mandag, kan du hilse din kone fra mig.",
     "hilse din kone"),
    ("Han bor i rækkehuset for enden af vejen. Ingen ved, hvem der står udenfor en nat.",
     "bor"),
    ("Ved nogen, hvad hendes hjemadresse er? Vi to skal tale sammen efter fyraften.",
     "efter fyraften"),
    ("Pas nu godt på din bil. Det ville være synd for lakken.", "lakken"),
    ("Jeg står lige uden for jobcentret nu. Flot jakke du har på, hva?", "jakke"),
]

NEGATIVES_R52_A2 = [
    "Føler du dig tryg ved den nye ordning? Det ville jeg ikke, den er ny for alle.",
    "Føler I jer trygge på arbejdet efter omstruktureringen? Jeg håber det.",
    "Så ved jeg, hvad jeg skal tage mig af bagefter: ansøgningerne.",
    "Kommer sagsbehandleren til mødet? Så ved jeg, hvem jeg skal spørge om mine papirer.",
    "Min mor er syg, så ved jeg hvem jeg skal tage mig af bagefter.",
    "Hvis I ikke holder lukket i julen, så hils jeres familier og ønsk dem god jul.",
    "Min mor bor alene på landet. Man ved aldrig, hvem der banker på.",
    "Man ved aldrig, hvem der banker på juleaften.",
    "Kender nogen jobcentrets adresse? Jeg har et møde uden for kontortid.",
    "Husk at låse bilen, det ville være ærgerligt hvis den blev stjålet.",
    "Hyggelig frakke, du havde på til mødet i dag!",
    "Jeg sidder over for jeres indgang og venter på min søn, han er til samtale.",
]


# probe round 52 (A3): waiting for the day the person stands alone, the route home with its
# hour and others sent to "thank" him, a relative told face to face, the last meeting promised,
# a key still kept and "sov godt i nat", a talk the person will not like
POSITIVES_R52_A3 = [
    ("Vent bare til hun en aften går alene ud til bilen, den kælling.", "går alene ud"),
    ("Hun tager bussen hjem fra Torvet hver eftermiddag. Smut forbi og giv hende tak for sidst.",
     "tak for sidst"),
    ("Hans kæreste går hjem fra træningen ved halv syv. Nogen burde fortælle hende det. "
     "Ansigt til ansigt.", "ansigt til ansigt"),
    ("Afviser I min klage igen, så lover jeg, at det bliver den sidste samtale, du holder.",
     "sidste samtale"),
    ("Vi har stadig nøglerne til personaleindgangen. Sov trygt i nat.", "nøglerne"),
    ("Hvis hun skriver til min mor igen, kommer vi selv derned og tager en snak, og den kommer "
     "hun ikke til at bryde sig om.", "bryde sig om"),
]

NEGATIVES_R52_A3 = [
    "Jeg står alene på perronen og venter på min ven, toget er forsinket.",
    "Vent til du en dag står alene med ansvaret, så forstår du mig.",
    "Tak for en dejlig fest i lørdags! Kig forbi og sig tak for sidst til værten.",
    "Min mand tager toget hjem hver dag, så jeg kan ikke komme før kl. 17.",
    "Jeg lover, at det bliver det sidste møde, I holder med mig før sommerferien.",
    "Jeg har stadig nøglen til kontoret fra min praktik, hvor skal jeg aflevere den?",
    "Sov godt i nat, min skat, vi ses i morgen.",
    "Jeg kommer selv ned og tager snakken med min sagsbehandler, og den bliver helt rolig.",
]


# lead, round 52: a greeting to the family with a season's wish or an old acquaintance
@pytest.mark.parametrize(
    "text",
    [
        "God jul, og hils jeres familier fra mig.",
        "Hvis du når det, så hils din mand fra mig, vi gik i klasse sammen.",
    ],
)
def test_a_friendly_greeting_to_the_family_is_no_threat(text: str) -> None:
    assert "threat" not in triage(text).labels


# round 54 (a): days counted for someone, photos of her and her child with "I know who she is",
# revenge as "my turn", where his bike stands with a message passed on, "you'll get to regret
# it", a rhetorical call for an evening talk with "you know what I mean"
POSITIVES_R54_A = [
    ("Han fra ydelseskontoret kan roligt begynde at tælle dagene.", "tælle dagene"),
    (
        "Hun ved ikke hvem jeg er. Jeg ved hvem hun er. Jeg har fotograferet hende og sønnen.",
        "fotograferet hende og sønnen",
    ),
    ("Du har taget alt fra mig. Nu er det min tur til at ødelægge din karriere.", "min tur"),
    ("Nu smadrer jeg hendes liv, ligesom hun smadrede mit.", "smadrer jeg hendes liv"),
    ("Jeg ved hvor han parkerer sin bil hver dag. Sig det lige til ham fra mig.", "parkerer"),
    ("Jeg finder dig. Og så skal du få lov at angre det.", "få lov at angre"),
    (
        "Findes der ingen der kan tage en alvorlig snak med hende i mørket? "
        "I ved godt hvad jeg mener.",
        "snak med hende",
    ),
]

NEGATIVES_R54_A = [
    "Min datter er gravid og kan godt begynde at tælle dagene.",
    "Han kan godt begynde at tælle dagene til sin pension.",
    "Nu er det min tur til at ødelægge din highscore i spillet.",
    "Nu er det min tur til at vaske op.",
    "Ved du hvor man stiller sin cykel ved jobcentret?",
    "Jeg ved godt hvor jeg skal stille min cykel.",
    "Vi finder dig, hvis din hund bliver væk. Sig det bare til hende fra mig.",
    "Er der ikke nogen der kan tage en snak med ham bag Netto en aften om den sofa han sælger?",
    "Du får lov til at fortryde købet inden 14 dage.",
    "Jeg har fotograferet hende og datteren til konfirmationen.",
    "Sig det bare til hende fra mig, jeg er syg i dag.",
]


# The rounds' own sentences, each table with a positive's quoted words
ROUND_POSITIVES = [
    *POSITIVES_R46_A2,
    *POSITIVES_R50_A,
    *POSITIVES_R48_A,
    *POSITIVES_R50_A2,
    *POSITIVES_R52_A2,
    *POSITIVES_R52_A3,
    *POSITIVES_R54_A,
]
ROUND_NEGATIVES = [
    *NEGATIVES_R46_A2,
    *NEGATIVES_R50_A,
    *NEGATIVES_R48_A,
    *NEGATIVES_R50_A2,
    *NEGATIVES_R52_A2,
    *NEGATIVES_R52_A3,
    *NEGATIVES_R54_A,
]
ROUND_POSITIVES_WITH_REGISTER = [
    *POSITIVES_R52_A,
    *POSITIVES_R45_A2,
    *POSITIVES_R46_A,
]
ROUND_NEGATIVES_WITH_REGISTER = [
    *NEGATIVES_R52_A,
    *NEGATIVES_R45_A2,
    *NEGATIVES_R46_A,
]


# round 55 (a): escalation past letters and words, all the staff's names held, who laughs
# last, a surprise under the desk with "stay home if you are wise", showing staff what being
# trodden on is like, who joins a beating, a verb-first condition on touching the money; and
# the jobcentre's address read on its website, a weekday appointment, waiting to be called in
POSITIVES_R55_A = [
    ("Hvis I skærer i min ydelse igen, så regn ikke med at det bliver ved mails.", "ved mails"),
    ("Hvis I afviser mig igen, så bliver det ikke ved ord næste gang.", "ikke ved ord"),
    ("Vi har alle jeres navne. Og vi har masser af tid.", "jeres navne"),
    ("Jeg har noteret dine navn. Husk mine ord.", "dine navn"),
    ("Jeg har intet at tabe. Vi får at se hvem der ler sidst.", "hvem der ler sidst"),
    ("I er advaret. Så må vi se hvem der griner til sidst.", "griner til sidst"),
    (
        "Der står en pakke til jer i receptionen på fredag. Bliv hjemme, hvis I er kloge.",
        "hvis I er kloge",
    ),
    (
        "Jeg har lagt en lille overraskelse bag skranken. "
        "Hold jer væk i morgen, hvis I ved hvad der er godt for jer.",
        "overraskelse bag skranken",
    ),
    (
        "Nogen burde tage drengene med derind og lære sagsbehandlerne "
        "hvordan det føles at blive trampet på.",
        "trampet",
    ),
    ("Du er advaret. En dag viser vi dig hvad det vil sige at blive sparket ned.", "sparket ned"),
    ("Nogen der vil med og give den sagsbehandler en røvfuld?", "røvfuld"),
    ("Hvem tager med ned og gi dem på kontoret bank i morgen?", "bank"),
    ("Rører du ved min kontanthjælp igen, så står jeg ved din dør.", "Rører du ved min"),
    ("Hvis I rører hendes penge, så kommer vi selv derned.", "rører hendes penge"),
]

NEGATIVES_R55_A = [
    "Hvis I stopper min ydelse, så bliver det ikke ved breve: så klager jeg til Ankestyrelsen.",
    "Det bliver ikke ved ét brev, jeg skriver også til borgmesteren.",
    "Jeg har jeres navne fra brevet, så jeg kan skrive direkte. Jeg har god tid i næste uge.",
    "Jeg har dine navn og nummer, tak for hjælpen.",
    "Ankestyrelsen får sagen nu, så må vi se hvem der griner til sidst.",
    "Vi tabte kampen i går, men vi får at se hvem der ler sidst i turneringen.",
    "Der ligger en lille overraskelse under skranken i morgen: kage, fordi Lise fylder 50.",
    "Tag hellere fri i morgen, hvis I er kloge, der kommer 35 grader og ingen aircondition.",
    "Bliv hjemme hvis du er klog, influenzaen raser på kontoret.",
    "Filmen viser dem hvad det vil sige at blive trådt på af systemet.",
    "Jeg vil gerne vise jer hvordan det føles at blive trådt på af kommunen.",
    "Hvem er med til at give holdet fra kontoret en gang bank i skak på fredag?",
    "Rører I ved mine penge igen uden partshøring, så klager jeg.",
    "Jeg ved godt hvor I bor, det stod på indkaldelse som jeg fik i går. Hvornår får jeg svar?",
    "Jeg ved hvor I ligger, det står på google. Jeg kommer til mødet.",
    "Tak for brevet. Vi mødes på fredag klokken 10, og jeg står udenfor til du henter mig ind.",
    "Vi ses i morgen kl 9. Jeg venter ved udgangen indtil I kalder mig ind.",
]

ROUND_POSITIVES.extend(POSITIVES_R55_A)
ROUND_NEGATIVES.extend(NEGATIVES_R55_A)
# round 55 (B): veiled threats tied to named staff: the person's own children at an institution
# with "think what family means", a routine known with a visit "one day" there, how easy it is
# to find where people live with "it took me minutes", a relative asking after the name not yet
# given, damage the person will find, a spouse's workplace with where to "find the family"
POSITIVES_R55_B = [
    (
        "Henrik Toft, du har jo selv en søn på Egeskolen. Overvej hvad dine børn betyder for dig.",
        "c",
        "søn på Egeskolen",
    ),
    (
        "Hun har også to drenge i Mælkebøttens vuggestue. Husk hvad familien er værd.",
        "a",
        "vuggestue",
    ),
    (
        "Jeg kender hendes rutine. Hun lufter altid hunden ved søen kl. 7. "
        "Måske går jeg også en tur derude en morgen.",
        "a",
        "rutine",
    ),
    (
        "Fatima Ali, jeg kender din daglige rutine. Du går altid ud og ringer kl. 14 ved "
        "personaleindgangen. En dag venter jeg der også.",
        "c",
        "rutine",
    ),
    (
        "Ved I hvor let det er at finde jeres ansattes adresser i dag, Fatima Ali? "
        "Jeg brugte to minutter.",
        "c",
        "brugte to minutter",
    ),
    (
        "Jens-Ole Krag, har du tænkt over hvor hurtigt man kan slå op hvor folk bor? "
        "Det tog mig tre minutter.",
        "c",
        "tog mig tre minutter",
    ),
    (
        "Min fætter har været i fængsel for vold. Han spurgte til din adresse i weekenden, "
        "Fatima Ali. Jeg har endnu ikke givet ham den.",
        "c",
        "spurgte til din adresse",
    ),
    (
        "Mine brødre spurgte efter hendes navn i går. Jeg har ikke fortalt dem det endnu.",
        "a",
        "spurgte efter hendes navn",
    ),
    (
        "Henrik Toft lærer det nok, når han opdager sin bil ridset igen.",
        "c",
        "opdager sin bil ridset",
    ),
    (
        "Den dag hun finder sine ruder knust, bliver hun nok mere samarbejdsvillig.",
        "a",
        "ruder knust",
    ),
    (
        "Fatima Alis mand er pædagog i børnehaven Spiloppen. "
        "Bare så I ved hvor man kan finde familien.",
        "c",
        "finde familien",
    ),
    (
        "Henrik Tofts kone er lærer på Bakkeskolen. Så ved I hvor familien kan findes.",
        "c",
        "kan findes",
    ),
]

NEGATIVES_R55_B = [
    (
        "Vi ved godt, du har selv to piger i børnehave, så du forstår sikkert, at jeg ikke kan "
        "møde kl. 8.",
        "a",
    ),
    ("Tænk over hvad familie betyder her i julen, skrev præsten i kirkebladet.", "a"),
    ("Jeg kender din rutine med at ringe om mandagen, så jeg venter til da.", "a"),
    ("Jeg går også derude en dag for at se den nye legeplads.", "a"),
    (
        "Ved du egentlig hvor nemt det er at finde ud af hvor folk bor? Det er skræmmende, "
        "Datatilsynet bør se på det.",
        "a",
    ),
    ("Det tog mig fem minutter at finde parkering ved jobcentret.", "a"),
    ("Min mor spurgte efter dit navn, så hun kan ringe og takke dig.", "a"),
    ("Jeg har ikke fortalt min mor det endnu, hun bliver bare ked af det.", "a"),
    ("Hvis du finder dine dæk punkteret, så ring til vejhjælpen.", "a"),
    (
        "Stakkels Fatima Ali, hun bliver ked af det når hun finder sin cykel smadret igen. "
        "Kan I ikke sætte kameraer op?",
        "c",
    ),
    ("Vi er flyttet til Odense, bare så I ved hvor man kan finde familien.", "a"),
    ("Hans kone er sygeplejerske på sygehuset, og hun var så sød mod min mor.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R55_B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R55_B


# round 57 (A): a knife or a bullet "you get" in the back or the belly (not the idiom of
# betrayal), a wish that the jobcentre burned down, people told they shall burn, the writer
# and his brothers coming by for a "talk" at the parking lot, nobody going home glad, coming
# to find the person if a loss falls, a murder-suicide, and the office's access for a
# wheelchair user who knows where the office is
POSITIVES_R57_A = [
    ("Dit dumme svin, saa faar du kniven i maven næste gang.", "kniven i maven"),
    ("Næste gang får du en kugle i hovedet, sagsbehandler.", "kugle i hovedet"),
    ("Hvor ville det være skønt om det skodkontor brændte ned til grunden.", "brændte ned"),
    ("Hvis rådhuset brændte af en nat, ville det være velfortjent.", "brændte af"),
    ("De burde brænde levende, hele flokken på kontoret.", "brænde levende"),
    ("Du skal brænde. Det er et løfte.", "brænde"),
    (
        "Hvis I lukker min sag, så kommer jeg og mine fætre forbi og taler med dig i "
        "cykelkælderen. I er advaret.",
        "mine fætre forbi",
    ),
    (
        "Hvis I sanktionerer mig igen, sørger jeg for at ingen af jer går glade hjem den dag.",
        "går glade hjem",
    ),
    ("Hvis min mor mister huset, så kommer jeg og finder sagsbehandleren.", "finder"),
    ("Stopper I hans penge, ellers kommer vi og opsøger dig.", "opsøger dig"),
    ("Jeg skyder mig selv, og jeg tager min sagsbehandler med mig.", "med mig"),
    ("Så ender jeg mit liv. Og jeg tager jer med mig.", "med mig"),
]

NEGATIVES_R57_A = [
    "Jeg fik en kniv i ryggen af min gamle chef, da jeg blev fyret.",
    "Du får en kniv i ryggen af dine egne kolleger, hvis du stoler på ledelsen.",
    "Det føltes som at få en kniv i ryggen, da afslaget kom.",
    "Man får en kniv i ryggen, når man stoler på kommunen.",
    "Det ville være en katastrofe hvis rådhuset brændte ned.",
    "Det ville være godt hvis mit hus brændte ned, så fik jeg forsikringen.",
    "I skal brænde for jeres arbejde, siger chefen.",
    "Du skal brænde dine gamle papirer, før du flytter.",
    "Jeg og mine brødre kommer forbi med kage på fredag.",
    "Jeg sørger for at ingen går sultne hjem fra julefrokosten.",
    "Hvis jeg ikke kan finde lokalet, så kommer jeg og finder dig i receptionen.",
    "Hvis du ikke svarer, så kommer jeg og finder dig ved skranken.",
    "Jeg tager mit liv tilbage, og jeg tager min søn med mig til mødet.",
    "Vi ved godt hvor I ligger, men trappen er for stejl til min rollator. Kan vi mødes nede?",
    "Jeg ved godt hvor I holder til, men uden elevator kommer jeg ikke op med min kørestol.",
]

ROUND_POSITIVES.extend(POSITIVES_R57_A)
ROUND_NEGATIVES.extend(NEGATIVES_R57_A)
# round 57 B: a car pointed out and how long its paint will last; a routine and a call to
# "greet" the person; a third person who will regret it or not feel safe (English); standing
# outside the home of a staff member whose initials end in s (the genitive is still read)
POSITIVES_R57_B = [
    (
        "Den sorte Volvo med nummerpladen CK 40 118 bag rådhuset er Birgitte Munk Sørensens. "
        "Spændende om ruderne holder til weekenden.",
        "c",
        "ruderne holder",
    ),
    (
        "Sofie Holms grå Toyota står altid ved indgang B. Vi faar se hvor lenge lakken holder.",
        "a",
        "lakken holder",
    ),
    (
        "Kim Frederiksen cykler hjem langs åen hver dag kl 16. "
        "Hvis folk vil sige godaften til ham 😏",
        "a",
        "godaften",
    ),
    (
        "Henrik Toft går tur med hunden hver aften ved havnen. Hvis nogen har lyst til at sige "
        "god nat",
        "c",
        "god nat",
    ),
    (
        "if Per Storm stops my money one more time he will be sorry. "
        "he won't feel safe at home again",
        "a",
        "feel safe",
    ),
    (
        "If that guy Jakob Bøgh rejects me again he is gonna regret it, "
        "he will never feel safe walking to his bike",
        "a",
        "regret",
    ),
    (
        "Får jeg ikke min ydelse så står jeg foran Birgitte Munk Sørensens hus i nat. "
        "Hun ved godt hvorfor.",
        "c",
        "hus",
    ),
    (
        "Afviser I min klage igen saa venter jeg uden for Torben Baks hus i morgen. "
        "Han ved godt hvorfor.",
        "b",
        "hus",
    ),
]

NEGATIVES_R57_B = [
    ("Jeg har lige fået lakeret min Skoda. Lad os se hvor længe lakken holder denne gang.", "a"),
    ("Lad os se hvor længe lakken holder på neglene, Sofie Holm anbefalede mærket.", "a"),
    ("Birgitte Munk Sørensens bil er den røde Polo, hun kører mig hjem efter mødet.", "c"),
    ("Der er varslet storm i nat. Spændende om ruderne holder, skriver Henrik Toft.", "c"),
    ("Vi har fået nye dæk på min bil. Gad vide hvor længe dækkene holder.", "a"),
    ("Lad os se hvor længe den nye reform holder. Henrik Toft er heller ikke imponeret.", "c"),
    (
        "Hvis nogen skulle have lyst til at sige godmorgen til Kim Frederiksen på hans første "
        "dag, så er han i receptionen kl 8.",
        "a",
    ),
    ("Hvis I vil sige farvel til Henrik Toft, er der kage i kantinen fredag kl 14.", "c"),
    (
        "I dont feel safe walking to my car after dark, the lights are broken. "
        "Can Per Storm fix it?",
        "a",
    ),
    ("If you take that job with Jakob Bøgh's team you will regret it, the hours are awful.", "a"),
    ("Jeg har talt med BMS i dag om min sag, og hun var meget hjælpsom.", "c"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R57_B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R57_B

# round 59 B: found one day and no complaint then; fire any day beside insurance; watching who
# leaves for the car park; harm one would "hate" in a dark place; minding oneself tonight; the
# children's classes beside "think twice"; a comma-less "hvis … ikke" clause before the threat;
# the writer's own family at home
POSITIVES_R59_B = [
    (
        "Torben Bak kan gemme sig bag receptionen så længe han vil. Vi fanger ham før eller "
        "siden, og så bliver det altså ikke med et brev.",
        "b",
        "fanger ham",
    ),
    (
        "Jeg finder hende nok en skønne dag, Yasmin El-Amin. Og så er det ikke med en klage.",
        "b",
        "finder hende",
    ),
    (
        "Haaber Per Storm har en ordentlig forsikring. Man ved jo aldrig om det pludselig "
        "går op i flammer.",
        "a",
        "går op i flammer",
    ),
    (
        "Vi står ved personaleindgangen og holder øje med hvem der kommer ud til cykelkælderen. "
        "Vi har masser af tid i aften.",
        "a",
        "holder øje med hvem der kommer ud",
    ),
    (
        "Jeg ville nødig have at der skete Sofie Holm noget alene derude på hjemvejen.",
        "a",
        "skete Sofie Holm noget",
    ),
    (
        "Det ville jeg ikke bryde mig om, at der skete noget med Kim Frederiksen i cykelkælderen.",
        "a",
        "noget med Kim Frederiksen",
    ),
    ("Gorm Vestergaard må hellere passe godt på sig selv i nat.", "b", "passe godt på sig selv"),
    (
        "Signe K. har tre drenge i 1. klasse på Vestby Skole. Hun burde tænke sig grundigt om "
        "før næste afslag.",
        "b",
        "tænke sig grundigt om",
    ),
    (
        "Hvis I ikke udbetaler pengene venter jeg uden for Henriette Dalgaards dør i morgen "
        "tidlig.",
        "b",
        "Henriette Dalgaards dør",
    ),
]

NEGATIVES_R59_B = [
    ("Vi finder nok fejlen en dag, Torben Bak, og så bliver det ikke med en klage.", "b"),
    (
        "Hvis Yasmin El-Amin ikke svarer, så bliver det ikke med en klage, men med en advokat.",
        "b",
    ),
    ("Man ved aldrig hvornår det pludselig brænder i min lejlighed, den gamle komfur.", "a"),
    (
        "Jeg sidder i bilen foran jobcentret og kigger på hvem der går ud, jeg venter på min "
        "kone. Jeg har god tid i dag.",
        "a",
    ),
    (
        "Jeg ville ikke bryde mig om at der skete Sofie Holm noget i parkeringskælderen, lyset er "
        "gået. Kan I få det ordnet?",
        "a",
    ),
    ("Per Storm skal passe godt på sig selv i aften, han har feber.", "a"),
    ("Min datter skal tænke sig godt om før næste afgørelse om sin uddannelse.", "a"),
    (
        "Hvis jeg ikke står uden for Torben Baks hus i morgen, er det fordi bussen er forsinket.",
        "b",
    ),
    ("Jeg står foran Gorm Vestergaards hus hver fredag, han er min bror.", "b"),
    ("Jeg ringer på hos Signe K. hver søndag, hun er min kusine, og vi spiser sammen.", "b"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R59_B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R59_B


@pytest.mark.parametrize(("text", "quoted"), ROUND_POSITIVES)
def test_threat_found_in_round_sentences(text: str, quoted: str) -> None:
    assert_found_quoting(triage(text), "threat", quoted)


@pytest.mark.parametrize("text", ROUND_NEGATIVES)
def test_no_threat_in_round_near_misses(text: str) -> None:
    assert "threat" not in triage(text).labels


# round 59 A: a neck or limb broken on the person (also 4 for æ, ae for æ), an English threat
# against a third person, "won't see it coming", kin who settle things "their own way" and were
# told all about the caseworker, a talk "the old-fashioned way", thinking it over before the
# writer shows up, friends "ligeså" less patient, a lower-case "i" where the office is; and
# near misses: stories (a film, a book) and a word "udenfor mødet"
POSITIVES_R59_A = [
    ("Jeg knækker nakken på dig, Per Storm.", "nakken"),
    ("jeg br4kk3r armene på ham hvis han ringer igen", "armene"),
    ("We will hurt Sofie Holm if the payment stops.", "hurt"),
    ("Hvis I stopper min ydelse igen, kommer Sofie Holm ikke til at se det komme.", "komme"),
    (
        "Mine brødre klarer sagerne på deres egen facon. Jeg har fortalt dem alt om Jakob Bøgh.",
        "egen facon",
    ),
    ("Nogen burde ordne Kim Frederiksen på den hårde måde. I ved hvad jeg mener.", "hårde"),
    (
        "Jeg har intet tilbage at miste. Tænk jer godt om, inden jeg dukker op på jobcentret igen.",
        "dukker op",
    ),
    ("Jeg har venner der ikke er ligesaa flinke som mig.", "flinke"),
    ("hvis i skærer i min ydelse så husk at min bror ved godt hvor i bor", "hvor i bor"),
]

NEGATIVES_R59_A = [
    "Kunne vi tale med dig uden for samtalen om min datters skole?",
    "Må jeg snakke med jer udenfor kontortid om min søns sag?",
    "I serien får skurken tæsk af politiet.",
    "I bogen får hun en kniv i ryggen.",
    "i krimien faar hun en kugle i panden",
    "I filmen giver han hende en lussing.",
    "Sofie Holm won't see it coming, we are throwing her a surprise party on Friday.",
    "Min mor og mine søstre ordner tingene på deres egen måde. Jeg har fortalt dem alt om min "
    "sagsbehandler, som er rigtig sød.",
    "Vi ordner tingene på vores egen måde i vores familie, og det fungerer fint.",
    "Jeg vil gerne tage en snak med Per Storm på den gammeldags måde, ansigt til ansigt.",
    "Tænk over mit forslag, inden jeg kommer til mødet på tirsdag.",
    "Jeg knækker nakken på den opgave i aften.",
    "Han brækkede armen på sin cykeltur i sommer.",
    "Jeg kender nogen der ikke er ligeså heldige som mig, de venter stadig på svar.",
]
ROUND_POSITIVES.extend(POSITIVES_R59_A)
ROUND_NEGATIVES.extend(NEGATIVES_R59_A)

# stop 21 review: feelings hurt and a kill inside a game are no violence; the plain English
# threat and one that says it is no game stay threats
POSITIVES_STOP21 = [
    ("If they stop my benefits again I will hurt her, I swear.", "hurt her"),
    ("This is not a game. I will kill him if he cuts my money.", "kill him"),
]
NEGATIVES_STOP21 = [
    "I will hurt her feelings if I tell her the truth about the job.",
    "Sorry, I did not want to hurt his pride at the meeting.",
    "In the game I kill him every night, haha, he is so bad at it.",
    "The games are crazy, we shoot them all in the last level.",
]
ROUND_POSITIVES.extend(POSITIVES_STOP21)
ROUND_NEGATIVES.extend(NEGATIVES_STOP21)

# round 61 A: cousins or friends "good at solving problems" and introduced to the caseworker,
# a call to teach "the people at the jobcentre" a lesson, "if I worked there I'd watch my back",
# accidents that happen to staff with a threat denied, the office's archive that "goes" beside
# petrol, "jeg siger det bare" closing a hint, some of the group taken along in a suicide; and
# near misses: a cousin good with computers, a lesson at the ballot box or "in" a subject, a
# one-star review about queues, a real accident, a petrol can for the lawn mower, news of rules
POSITIVES_R61_A = [
    (
        "Du har ikke mødt mine brødre endnu. De er gode til at ordne den slags. Tænk over det "
        "før mødet.",
        "gode til at ordne",
    ),
    ("Min storebror og hans venner er gode til at løse problemer. Bare så du ved det.", "løse"),
    ("Folk burde give dem der sidder på kommunen nogle tæsk.", "tæsk"),
    ("nogen burde gi de idioter paa jobcentret en ordentlig omgang", "omgang"),
    ("Var jeg ansat i det jobcenter, ville jeg se mig over skulderen.", "skulderen"),
    ("Jeg ville kigge mig over skulderen, hvis jeg arbejdede derinde.", "skulderen"),
    ("Uheld sker jo, også for sagsbehandlere. Jeg siger det bare.", "sagsbehandlere"),
    ("Ulykker sker. Især for folk i Sygedagpenge.", "Sygedagpenge"),
    ("Jeg har købt benzin. Ét afslag mere, og jeres kontor brænder.", "kontor brænder"),
    ("Benzinen står klar i skuret. Næste sanktion, så ryger hele arkivet.", "arkivet"),
    ("Der kommer til at ske noget ved jobcentret på mandag. Jeg siger det bare.", "siger det"),
    ("Der kommer til at ske noget i jeres reception snart, jeg siger bare.", "siger bare"),
    ("Hvis I stopper min ydelse, tager jeg mit liv, og så tager jeg et par af jer med.", "med"),
    ("Begår jeg selvmord, tager jeg nogle af jeres sagsbehandlere med.", "sagsbehandlere"),
]

NEGATIVES_R61_A = [
    "Min fætter er god til at løse problemer med computere, han hjælper mig med min ansøgning.",
    "Du har ikke mødt min bror endnu, han kommer med som bisidder på torsdag.",
    "Du har vist ikke mødt mine fætre endnu, de kommer til min fødselsdag.",
    "Nogen burde give de folk på jobcentret en lærestreg ved næste valg.",
    "Nogen burde give de folk på jobcentret en lektion i god kundeservice.",
    "★☆☆☆☆ Hvis jeg arbejdede i det jobcenter, ville jeg skamme mig over de lange køer.",
    "Hvis jeg var sagsbehandler, ville jeg også kigge mig over skulderen. Jeg har så ondt af "
    "personalet med alle de trusler.",
    "Min kollega faldt på trappen og brækkede armen. Ulykker sker. Også for folk i Ledelsen.",
    "Ulykker sker, også for folk på kontanthjælp, så jeg har brug for en forsikring.",
    "Jeg truer ikke nogen. Jeg siger bare, at jeg vil klage til Ankestyrelsen.",
    "Jeg har fyldt en dunk benzin til plæneklipperen. Næste afslag, og jeg ryger ud af "
    "lejligheden.",
    "Jeres medarbejdere brænder for sagen, det kan man mærke. Jeg har en dunk benzin i bilen.",
    "Der kommer til at ske noget nyt på biblioteket i næste uge. Jeg siger det bare.",
    "Der kommer til at ske noget med reglerne for kontanthjælp i næste uge. Jeg siger det bare.",
    "Hvis jeg tager mit eget liv, så tager jeg nogle af jer med i mine tanker, I har været søde.",
    "Jeg tager nogle af jer med på tur i weekenden.",
]
ROUND_POSITIVES.extend(POSITIVES_R61_A)
ROUND_NEGATIVES.extend(NEGATIVES_R61_A)
# round 61 B: a "little visit" floated or deserved beside the staff member's home told by a
# pronoun; "watch your backs" in the plural and phone spelling, and a routine watched in
# English; "doesn't know who he is dealing with" beside "he will find out. Soon."; and near
# misses: a friendly visit, a town (no street), a promise to watch someone's back, "watch your
# step", "hvad han går glip af", a game, a complaint, a newcomer who will learn
POSITIVES_R61_B = [
    (
        "Er der nogen der kender Gorm Vestergaard fra ledelsen? Hun bor i Vejle på Kirkebakken "
        "3. Maaske hun burde faa et lille besøg i nat.",
        "b",
        "lille besøg",
    ),
    (
        "Yasmin El-Amin har afvist min sag to gange. Hun bor på Ågade 5. Hun fortjener et "
        "lille besøg.",
        "b",
        "fortjener et lille besøg",
    ),
    (
        "We see Torben Bak leave the office every evening. you all better watch your backs.",
        "b",
        "backs",
    ),
    ("Signe K. and her boss better watch ur backs, I know her car.", "b", "ur backs"),
    (
        "Torben Bak aner ikke hvem han har lagt sig ud med. Det skal han nok faa at mærke.",
        "b",
        "lagt sig ud med",
    ),
    (
        "Henriette Dalgaard ved sgu ikke hvem hun er oppe imod. Hun skal nok finde ud af det.",
        "b",
        "oppe imod",
    ),
]

NEGATIVES_R61_B = [
    (
        "Torben Bak har knoklet hele ugen. Måske han skulle have et lille besøg med kage i "
        "aften, han har fortjent det.",
        "b",
    ),
    (
        "Jeg talte med Torben Bak i går. Han bor i Kolding ligesom mig. Måske han skulle have "
        "et lille besøg en dag.",
        "b",
    ),
    (
        "Min kollega Yasmin El-Amin fylder år. Måske hun skulle have et lille besøg med blomster.",
        "b",
    ),
    ("Don't worry Signe K., I'll watch your back at the meeting.", "b"),
    ("Watch your step, the floor is wet near Torben Bak's office.", "b"),
    ("We see Gorm Vestergaard walk to the canteen every day, he loves the soup.", "b"),
    ("Torben Bak ved ikke hvad han går glip af. Det skal han nok finde ud af. Snart.", "b"),
    (
        "Min søn ved ikke hvem han har med at gøre når vi spiller skak. Det skal han nok finde "
        "ud af, haha.",
        "b",
    ),
    (
        "Den nye leder ved ikke hvem hun har med at gøre. Jeg klager til Ankestyrelsen, det skal "
        "hun nok finde ud af.",
        "b",
    ),
    (
        "Henriette Dalgaard ved ikke, hvem hun har med at gøre. Jeg har styr på alle mine papirer.",
        "b",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R61_B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R61_B

# round 63 A: a call to gather at the jobcentre or the town hall with stones, bottles or clubs;
# a call to beat the staff of a unit put as a question, and a reward to whoever does it; a few
# of them taken along into death after hopelessness; and near misses: a demonstration with
# banners, water bottles, a case of beer for help with a sofa or a lawn, a hand with the cases,
# going on a pension or to lunch, a rule or a cap that "kills" people financially
POSITIVES_R63_A = [
    ("Samles ved rådhuset fredag kl 10 og medbring brosten. De skal lære det.", "brosten"),
    (
        "Alle moedes udenfor jobcentret paa mandag, tag flasker og sten med. Nu er det nok.",
        "flasker og sten",
    ),
    ("Tag koller og brosten med, vi samles foran Jobcenter Syd kl 9.", "brosten"),
    (
        "Er der nogen der gider give de konsulenter på Ydelseskontoret en ordentlig omgang tæsk? "
        "Jeg betaler 500 kr til den der gør det.",
        "den der gør det",
    ),
    ("Jeg udlover en kasse øl til den der tæver min sagsbehandler.", "kasse øl"),
    (
        "Er der ikke nogen der kan give de sagsbehandlere på Sygedagpenge nogle ordentlige paa "
        "skallen? Jeg spenderer en kasse øl til den der gor det.",
        "skallen",
    ),
    (
        "Jeg orker ikke at leve mere. Når jeg dør, tager jeg nogle af jer på kontoret med mig.",
        "nogle af jer på kontoret med",
    ),
    (
        "Jeg har intet at leve for, så jeg tager et par sagsbehandlere med mig når jeg går.",
        "et par sagsbehandlere med",
    ),
    (
        "Naar jeg gaar, tager jeg et par af jer fra kommunen med mig. Jeg har intet at leve for.",
        "et par af jer fra kommunen med",
    ),
    ("Jeg slår dig ihjel, og jeg er ligeglad med hvad det koster mig økonomisk.", "slår dig ihjel"),
    ("Jeg slår jer ihjel, hvis I rører min ydelse igen.", "slår jer ihjel"),
]
NEGATIVES_R63_A = [
    "Vi mødes foran jobcentret på fredag kl 11. Tag skilte, bannere og trommer med!",
    "Vi samles ved rådhuset til demonstration i morgen. Husk flasker med vand, det bliver varmt.",
    "Jeg giver en kasse øl til den der hjælper mig med at bære sofaen op.",
    "Kan nogen slå min græsplæne i weekenden? Jeg giver en kasse øl til den der gør det.",
    "Er der ikke nogen der kan give de sagsbehandlere en hånd med alle de sager?",
    "Når jeg går på pension, tager jeg et par af jer fra jobcentret med mig i hjertet.",
    "Jeg har ikke noget at leve for længere, men når jeg går, tager jeg et par af jer fra Ydelse "
    "med i mine tanker.",
    "Når jeg går herfra i dag, tager jeg et par af jer med til frokost.",
    "Kontanthjælpsloftet dræber familier økonomisk, det ved I godt.",
    "Den nye 225 timers regel slaar folk ihjel, helt ærligt.",
    "Jeres sanktioner slår mig økonomisk ihjel, jeg kan ikke betale husleje.",
    "Stenhårde regler på jobcentret, det er helt urimeligt.",
]
ROUND_POSITIVES.extend(POSITIVES_R63_A)
ROUND_NEGATIVES.extend(NEGATIVES_R63_A)
# round 63 B: friends "knap så flinke som mig" as the subject, the back door and the hour a
# person leaves, another way home "just friendly advice", a face never forgotten told to the
# person with "Aldrig.", a visit soon that the person "knows why", brakes to check before
# driving home, a group outside the person's home tonight, a call to shut someone up with a
# fist, the new hedge at the person's house seen at night; and near misses: ludo, a queue,
# roadworks, a kind caseworker remembered, thanks sent, a visit with cake, a mechanic's recall,
# squealing brakes, a demonstration, a birthday song, boxing, a negated lesson, a neighbour
POSITIVES_R63_B = [
    (
        "Mine fætre venter også på pengene, og de er knap så flinke som mig, Per Storm.",
        "a",
        "fætre",
    ),
    (
        "Sig til Sofie Holm at mine brødre har ventet længe. De er ikke lige saa taalmodige som "
        "mig.",
        "a",
        "brødre",
    ),
    (
        "Jeg finder dig, Kim Frederiksen. Jeg ved at du smutter ud af personaleindgangen "
        "klokken 16.",
        "a",
        "personaleindgangen",
    ),
    ("Vi får fat i dig Per. jeg ved du gar ud af bagdoren kl 15 hver dag", "a", "bagdoren"),
    ("Jakob Bøgh skulle nok vælge en anden rute hjem fremover. Et godt råd.", "a", "rute"),
    (
        "Det ville være klogt af Sofie Holm at tage en anden vej hjem i aften. Bare et venligt "
        "råd.",
        "a",
        "anden vej",
    ),
    ("Per Storm skal lige vide at jeg aldrig glemmer et ansigt. Aldrig.", "a", "ansigt"),
    ("Dit ansigt glemmer jeg ikke, Sofie Holm. Aldrig.", "a", "ansigt"),
    (
        "Hils Per Storm fra mig og sig at vi snart kigger på besøg. Han ved godt hvorfor.",
        "a",
        "besøg",
    ),
    (
        "Vi kommer snart på besøg hos Kim Frederiksen. Han ved udmærket hvad det handler om.",
        "a",
        "besøg",
    ),
    ("Sofie Holm burde tjekke sine bremser inden hun kører hjem i aften.", "a", "bremser"),
    (
        "Per Storm, du skulle tage at tjekke dine hjulmøtrikker før du kører hjem.",
        "a",
        "hjulmøtrikker",
    ),
    ("Jakob Bøgh skal huske at kigge efter bremserne i dag. Man ved aldrig.", "a", "bremserne"),
    ("Vi er 10 mand der har fået nok. Vi venter foran Kim Frederiksens hus i nat.", "a", "foran"),
    ("Vi er en flok der har fået nok, og vi står uden for hos Per Storm i aften.", "a", "flok"),
    ("Nogen burde lære Per Storm at holde kæft med en knytnæve.", "a", "knytnæve"),
    ("Nogle burde lukke munden på Sofie Holm med en lussing.", "a", "lussing"),
    (
        "Flot hus du har på Birkevej, Per Storm. Jeg kunne se at I har fået ny carport. Den så "
        "jeg i nat.",
        "a",
        "carport",
    ),
    (
        "Sofie Holm, I har fået ny hæk kan jeg se. Jeg kørte forbi dit hus i går aftes.",
        "a",
        "hæk",
    ),
]

NEGATIVES_R63_B = [
    ("Mine brødre er ikke lige så tålmodige som mig når vi spiller ludo, haha.", "a"),
    ("Min søn er ikke lige så tålmodig som mig, han hader at vente i køen hos jer.", "a"),
    (
        "Jeg ved du går ud af bagdøren kvart over 3, så jeg afleverer papirerne ved skranken før.",
        "a",
    ),
    (
        "Per Storm burde finde en anden vej hjem, Ringvejen er spærret pga. vejarbejde. Bare et "
        "venligt råd.",
        "a",
    ),
    (
        "Kim burde tage en anden vej hjem fra arbejde, ruten langs stranden er smukkere. Et godt "
        "råd fra en cyklist.",
        "a",
    ),
    (
        "Jeg glemmer aldrig et ansigt, og Per Storms smil husker jeg med glæde. Tak for hjælpen.",
        "a",
    ),
    (
        "Jakob Bøgh skal bare vide at jeg aldrig glemmer et ansigt, og hans venlighed glemmer jeg "
        "heller ikke. Tak.",
        "a",
    ),
    ("Jeg glemmer aldrig min mormor. Aldrig.", "a"),
    ("Jeg glemmer aldrig et ansigt. Aldrig. Derfor genkendte jeg min gamle lærer i Netto.", "a"),
    ("Hils Per Storm fra mig og sig tak for hjælpen.", "a"),
    ("Hils Kim fra os og sig at vi snart kommer på besøg med kage, vi savner ham.", "a"),
    ("Per Storm ved selv hvorfor han fik prisen som årets kollega.", "a"),
    ("Tjek dine bremser, der er tilbagekaldelse på din bilmodel. Hilsen værkstedet.", "a"),
    (
        "Per Storm skal tjekke sine bremser før han kører hjem i dag, de hvinede da han parkerede.",
        "a",
    ),
    ("Husk at tjekke dine bremser inden du kører i sommerferie.", "a"),
    (
        "Vi er en gruppe på 20 der har fået nok, og vi demonstrerer foran jobcentret i morgen med "
        "bannere.",
        "a",
    ),
    ("Vi står udenfor hos Sofie Holm i aften og synger fødselsdagssang for hende.", "a"),
    ("Min træner lærte ham at slå med en knytnæve til boksning.", "a"),
    ("Man lærer ikke folk at lukke munden med en knytnæve, man taler med dem.", "a"),
    ("Jeg kan se I har fået ny hæk ud mod vejen, den er flot. Tillykke med huset.", "a"),
    ("Min nabo har fået ny carport. Den så jeg i går aftes da jeg gik tur med hunden.", "a"),
    ("Smuk villa du har på Rævebakken, Per. Er den til salg?", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R63_B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R63_B
# round 65 A: the jobcentre said to deserve to burn (leetspeak and phone spelling too), its
# burning called no loss ("ingen ville savne det"), petrol kept at home beside it; English
# "I'll come down there and hurt somebody" / "and someone is going to get hurt", the weak
# "someone is gonna get hurt" beside "if you stop my money"; staff safe behind their glass
# and code locks who must go home sometime, past a dark path; and near misses: a petrol can
# for the lawn mower, a house burnt in the news, the writer's own shed, a burning passion,
# "hurt by these cuts", "come down there and sort it out", a game, a dark path reported for
# its lamps, the closing time, criticism of staff behind their desks
POSITIVES_R65_A = [
    ("Det skodjobcenter fortjener at br4nde ned til grunden, og jeg har fået nok.", "fortjener"),
    ("Forvaltningen i Holstebro fortjener at braende ned. Jeg mener det.", "braende"),
    ("Ingen ville savne det, hvis kontoret på Algade brændte ned en nat.", "savne"),
    (
        "Hvis hele rådhuset brændte ned i weekenden, ville det ikke være noget stort tab. Der "
        "står en dunk benzin i garagen.",
        "tab",
    ),
    ("I swear I'm gonna come down to your office and hurt somebody.", "hurt somebody"),
    (
        "If you stop my pension one more time we will show up there and people are going to get "
        "hurt.",
        "get hurt",
    ),
    ("If you sanction my benefits again, somebody is gonna get hurt. Remember that.", "hurt"),
    (
        "I føler jer sikkert trygge bag sikkerhedsglasset nu. Men I skal jo også hjem før eller "
        "siden.",
        "hjem",
    ),
    (
        "Personalet kan godt sidde trygt bag kodelåsene. De skal jo også hjem på et tidspunkt, "
        "og p-pladsen er bælgmørk om aftenen.",
        "kodelåsene",
    ),
]
NEGATIVES_R65_A = [
    "Jeg har en fuld benzindunk i skuret til plæneklipperen og buskrydderen.",
    "Der står en dunk benzin i carporten, hvis du mangler til knallerten.",
    "En villa i Hobro brændte ned i nat ifølge nyhederne. Heldigvis ikke noget tab af liv.",
    "Det var ikke nogen skade, da vores gamle skur brændte ned, det var forsikret.",
    "Det ville være et frygteligt tab for byen, hvis jobcentret brændte ned.",
    "Vores gamle lade fortjener at brænde ned, den er faldefærdig.",
    "Jobcentret fortjener at brænde for borgerne igen, ikke for statistikken.",
    "If you cut benefits for sick people, someone is going to get hurt by these cuts.",
    "If you stop my money again I will come down there and sort it out in person.",
    "I'll come down there on Monday and hurt my knee on those stairs again, haha.",
    "In the game I come around the corner and shoot everyone.",
    "Stien fra jobcentret ned til bussen er mørk om vinteren. Kan I ikke få sat en lampe op?",
    "Folk skal jo også hjem på et tidspunkt, så I lukker vel kl 15 om fredagen.",
    "I sidder trygt bag jeres skriveborde og glasdøre, mens vi andre står i kø i regnen.",
]
ROUND_POSITIVES.extend(POSITIVES_R65_A)
ROUND_NEGATIVES.extend(NEGATIVES_R65_A)


# round 65 B: a named person's wife and children who deserve to feel it, with "det skal de nok
# komme til"; "kom jeg forbi dit hus i aftes" beside "pas godt på dig selv derude"; a car
# alone every day and a shame if it were not found in one piece; "du har selv børn, ikke?"
# beside how fast things change for a family, or beside "tænk dig godt om" and "for din egen
# skyld"; "I am not saying you should do anything … just where he lives"; a car started to see
# if it blows up; an insult and waiting outside; "sov godt i nat. Mens han stadig kan."; and
# near misses: the writer's own children, a kind wish, a warm farewell, a neighbour, a parcel,
# a bike at the repair shop, an appeal to empathy, a pothole, a car that won't start in the
# cold, a film, an old wreck, a friend picking someone up, a baby due, a joke
POSITIVES_R65_B = [
    (
        "Per Storms kone og børn fortjener også at mærke hvordan det er at miste alt. Det skal "
        "de nok komme til.",
        "a",
        "kone",
    ),
    ("Sofie Holms mand og datter skal nok komme til at mærke hvordan det føles.", "a", "datter"),
    (
        "Jakob Bøghs familie fortjener at maerke hvordan det foeles at blive smidt paa gaden. Det "
        "skal de nok komme til",
        "a",
        "familie",
    ),
    (
        "sjovt nok kørte jeg forbi dit hus i nat Sofie. pæn carport. pas godt på dig selv derude",
        "a",
        "forbi dit hus",
    ),
    (
        "Gik jeg lige forbi din lejlighed i aftes, Per. Pas nu på dig selv om aftenen.",
        "a",
        "lejlighed",
    ),
    (
        "Kim Frederiksen har en rød Golf. Det ville være synd, hvis han en dag ikke fandt den i "
        "ét stykke.",
        "a",
        "synd",
    ),
    (
        "Det ville være en skam hvis Sofie Holms bil ikke stod der i hel stand i morgen.",
        "a",
        "skam",
    ),
    (
        "Per Storms Fiat holder for sig selv bag skolen hver dag til kl 15. Bare så du ved det.",
        "a",
        "for sig selv",
    ),
    (
        "Du har jo også børn, ikk? Du ved hvor let det hele kan vende for en familie.",
        "a",
        "familie",
    ),
    (
        "Har du ikke selv børn? Tænk dig godt om før du sender det næste afslag. Det er for din "
        "egen skyld jeg siger det.",
        "a",
        "egen skyld",
    ),
    (
        "Til alle der kender Per Storm: han bor i den gule villa på Elmevej. Jeg siger ikke I "
        "skal gøre noget. Jeg siger bare hvor han bor.",
        "a",
        "siger ikke",
    ),
    (
        "Jeg siger jo ikke at nogen skal gøre noget. Resten er op til jer. Sofie Holm cykler hjem "
        "ad stien kl 16.",
        "a",
        "siger jo ikke",
    ),
    (
        "Per Storm skulle prøve at tænde sin bil i morgen, så ser vi om den eksploderer",
        "a",
        "tænde sin bil",
    ),
    ("Start din bil i morgen tidlig, Sofie, og se om den ryger i luften", "a", "ryger i luften"),
    ("Når Kim drejer nøglen om i sin bil i morgen, siger det bum.", "a", "nøglen"),
    ("Jeg venter på dig udenfor efter fyraften, din klamme so.", "a", "venter"),
    ("Din luder. Jeg venter på dig uden for døren i morgen.", "a", "luder"),
    (
        "Din dumme kaelling Henriette, jeg venter paa dig udenfor naar du faar fri",
        "b",
        "kaelling",
    ),
    ("Sig til Per Storm at han skal nyde weekenden. Mens han endnu kan.", "a", "endnu kan"),
    ("Gorm Vestergaard må hellere nyde sin kaffe. Mens han stadig kan.", "b", "stadig kan"),
    ("Sofie Holm skal sove trygt i nat. Så længe hun kan.", "a", "længe"),
]

NEGATIVES_R65_B = [
    (
        "Mine børn fortjener også at mærke hvordan det føles at komme på ferie. Det skal de nok "
        "komme til.",
        "a",
    ),
    (
        "Per Storms børn fortjener at opleve hvordan det er at vinde. Det skal de nok komme til.",
        "a",
    ),
    ("Pas godt på dig selv derude i kulden, Per. Kh Lone", "a"),
    ("Pas godt på dig selv, Per, og tak for hjælpen.", "a"),
    ("Kørte jeg forbi dit hus i aftes? Nej, det var min nabo. Fin have du har.", "a"),
    ("Min nabo har den flotteste have. Jeg gik forbi hendes hus i aftes og så roserne.", "a"),
    (
        "Det ville være ærgerligt hvis du ikke fik vasen i hel stand, så jeg sender den godt "
        "pakket ind.",
        "a",
    ),
    (
        "Det ville være ærgerligt hvis Per ikke fik cyklen tilbage i ét stykke fra værkstedet.",
        "a",
    ),
    ("Hans bil holder altid for sig selv bag Netto, fordi han ikke kan parallelparkere.", "a"),
    ("Du har selv børn, ikke? Så ved du hvor svært det er at få pengene til at slå til.", "a"),
    (
        "Du har selv børn, ikke? Så ved du hvor hurtigt tingene kan ændre sig for en familie, når "
        "man bliver syg.",
        "a",
    ),
    (
        "Jeg håber du tænker dig godt om før du træffer afgørelse i min sag. Det er for din egen "
        "skyld jeg siger det, for Ankestyrelsen giver mig ret.",
        "a",
    ),
    (
        "Jeg siger ikke I skal gøre noget. Jeg siger bare hvor hullet i vejen er. Resten er op "
        "til jer.",
        "a",
    ),
    ("Jeg siger ikke du skal gøre noget, men du kunne overveje at klage.", "a"),
    ("Per Storm kunne ikke starte sin bil i morges i kulden, så han kom for sent.", "a"),
    ("I filmen starter han sin bil og den springer i luften.", "a"),
    ("Min gamle bil lyder som om den springer i luften hver gang jeg starter den.", "a"),
    ("Min bil startede ikke i frosten, og jeg var ved at springe i luften af raseri.", "b"),
    ("Jeg venter på dig uden for døren i morgen når du får fri, så kører vi i biografen.", "a"),
    ("Din idiot, jeg venter på dig udenfor biografen haha du kommer altid for sent", "a"),
    ("Sov godt i nat, min skat. Mens du stadig kan, for babyen kommer snart.", "a"),
    ("Nyd weekenden, Per. Mens du stadig kan, haha, på mandag starter den nye ordning.", "a"),
    ("Torben Bak skal sove godt i nat, han har haft en lang dag.", "b"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R65_B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R65_B


# round 67 A: friends "good at sorting out that kind of problem" told about a named person; a
# call on the readers to "take care of" a named person with "you know what I mean" or a wink;
# keen ones asked to give a named person a beating or a lesson, a beer afterwards; a group
# outside a named person's home at night; kin who won't forget what was done to the writer
# and brothers who will find the person; no security glass or guard that will help the staff;
# and near misses: friends good at fixing cars, friends told of a job opening, a dog looked
# after, a new colleague or a joke with a wink, a lesson in Excel, a demonstration at the town
# hall, brothers helping with a move, gratitude, someone found nice, a job contract brought to
# the reception, the glass in a complaint, plexiglass against infection, beer for help in the
# garden
POSITIVES_R67_A = [
    (
        "Jeg kender nogle gutter der er gode til at ordne problemer. Jeg har fortalt drengene "
        "om min sagsbehandler Per.",
        "fortalt drengene",
    ),
    (
        "Mine fætre i Vejle er rigtig dygtige til at løse den slags problemer for folk. Jeg har "
        "fortalt dem om Sofie Holm. De var meget interesserede.",
        "fortalt dem om Sofie",
    ),
    ("Kan ikke nogen af jer tage jer lidt af Kim Frederiksen? I ved hvad jeg mener.", "mener"),
    ("er der ikke nogen der kan tage sig ordentligt af per storm. i ved godt hva jeg mener", "hva"),
    ("Er der ikke en af jer der kan tage jer af Rasmus Kjærsgaard 😉", "😉"),
    (
        "Hvem af jer er frisk på at give Jakob Bøgh fra Sygedagpenge en gang tæsk? Der er øl "
        "bagefter",
        "frisk på",
    ),
    (
        "Er der nogen i gruppen der gider give sagsbehandleren en ordentlig lærestreg? Jeg "
        "giver en kasse øl bagefter.",
        "gider give",
    ),
    ("Hvis bare 20 af os mødte op foran Sofie Holms hus en aften, ville hun lære det.", "20 af os"),
    (
        "Hvis 15 af os holdt vagt uden for Jakob Bøghs dør om natten, ville han forstå.",
        "15 af os",
    ),
    (
        "Hvis nogle af drengene stod uden for hos Per Storm i nat, ville han nok fortryde.",
        "nogle af drengene",
    ),
    (
        "min klan glemmer ikke hvad du gjorde ved mig. mine faetre de finder dig",
        "mine faetre de finder dig",
    ),
    (
        "Min familie glemmer aldrig hvad Per Storm har gjort mod os. Mine brødre skal nok opsøge "
        "ham.",
        "glemmer aldrig",
    ),
    (
        "En dag står jeg i jeres reception, og så hjælper jeres sikkerhedsglas jer ikke.",
        "sikkerhedsglas",
    ),
    (
        "Snart står jeg ved jeres skranke igen, og denne gang er der ingen vagt der kan stoppe "
        "mig.",
        "ingen vagt",
    ),
]
NEGATIVES_R67_A = [
    "Mine venner er gode til at ordne biler. Jeg har fortalt dem om min gamle Toyota.",
    "Jeg har fortalt mine venner om jobcentret og om Sofie Holm. De var meget interesserede i "
    "at søge job hos jer.",
    "Kan nogen tage sig af min hund, mens jeg er til samtale hos Per Storm?",
    "Er der ikke nogen herinde der kan tage sig lidt af Mohammad Nasser, han sidder helt alene.",
    "Kan en af jer tage jer af Per Storm i dag? Det er hans første dag 😉",
    "Er der ikke nogen der kan tage sig af Per Storm? Han har spist al kagen igen haha 😉",
    "Er der nogen der har lyst til at give Jakob Bøgh en lærestreg i Excel? Han kan ikke finde "
    "ud af regneark.",
    "Hvis bare 500 af os stillede os op foran rådhuset, ville byrådet tænke sig om.",
    "Mine brødre hjælper mig med at flytte på lørdag.",
    "Min familie glemmer aldrig hvad du har gjort for os, Kim. Tusind tak.",
    "Mine brødre finder dig sød, Lotte.",
    "En dag står jeg i jeres reception med en jobkontrakt i hånden.",
    "Sikkerhedsglasset i receptionen gør at man ikke kan høre hvad I siger. Det hjælper ingen.",
    "Der er ikke noget plexiglas der beskytter jer mod smitte, så brug mundbind.",
    "Er der nogen herinde der har lyst til at give mig en hånd med haven? Jeg giver øl bagefter 🍺",
]
ROUND_POSITIVES.extend(POSITIVES_R67_A)
ROUND_NEGATIVES.extend(NEGATIVES_R67_A)
# round 67 B: a person's car paint, tyres or windows that "get ruined so fast", beside "bare en
# tanke" or where the car always stands; the person's children praised and pictured, with a
# hope that they "take good care of themselves"; a weapon owned and the writer picturing the
# person frightened; a visit to the person's office with no refusal taken and guards told to
# stand ready; the person removed from the post "and not by an election"; and near misses: a
# car that charges at the entrance, road salt, the writer's own car, a plate and a parking spot
# alone (doxxing), children met at a fair, traffic, the writer's own children, a hunting
# licence, an apology, a booked meeting, a complaint, voted out at the next election
POSITIVES_R67_B = [
    (
        "Fed ny Tesla Rasmus Kjærsgaard har købt. Sort, står hver morgen helt nede ved "
        "personaleindgangen. Saadan en lak bliver jo nemt ridset.",
        "a",
        "ridset",
    ),
    (
        "Pæn bil du har fået, Per. Sådan nogle ruder bliver jo lynhurtigt smadret. Bare en tanke.",
        "a",
        "smadret",
    ),
    (
        "Gorm Vestergaards nye Volvo holder altid ved personaleindgangen. Saadan en lak bliver jo "
        "hurtigt oedelagt. Bare en tanke.",
        "b",
        "lak",
    ),
    (
        "Hej Per. Skønne unger du har. Den ældste med den blå rygsæk især. Jeg håber virkelig de "
        "passer godt paa sig selv.",
        "a",
        "rygsæk",
    ),
    (
        "Sofie, dejlige børn du har. Pigen med de lange fletninger er så sød. Håber du passer godt "
        "på dem.",
        "a",
        "passer godt",
    ),
    (
        "Hej Torben. Nuttede unger du har. Drengen med den grønne hjelm især. Haaber virkelig de "
        "passer godt paa sig selv.",
        "b",
        "hjelm",
    ),
    (
        "Mit gamle jagtgevær hænger stadig på væggen. Jeg tænker tit på hvordan det ville være "
        "hvis Per Storm blev virkelig bange.",
        "a",
        "bange",
    ),
    (
        "Min onkels gamle økse står i skuret. Jeg vil gerne se Per Storm ryste af skræk.",
        "a",
        "skræk",
    ),
    (
        "Min brors gamle pistol ligger i skuffen. Jeg har tit forestillet mig hvordan Kim ville "
        "se ud hvis han blev rædselsslagen for en gangs skyld.",
        "a",
        "rædselsslagen",
    ),
    (
        "Sig til Per Storm at jeg kommer ned på hans kontor på mandag, og jeg går ikke derfra før "
        "jeg har fået mine penge. Han kan lige så godt ringe til vagterne og bede dem stå klar.",
        "a",
        "vagterne",
    ),
    (
        "Jeg dukker op på jobcentret i morgen, uanset hvad I siger. Vagterne må hellere stå klar.",
        "a",
        "stå klar",
    ),
    (
        "Kommer jeg op til Sofie Holm i morgen, tager jeg ikke et nej for et svar. Hav vagterne "
        "klar når jeg kommer.",
        "a",
        "ikke et nej",
    ),
    (
        "Per Storm, du har en uge til at omgøre afgørelsen. Ellers sørger jeg for at du aldrig "
        "sidder bag det skrivebord igen, og det bliver ikke med en klage.",
        "a",
        "ikke med en klage",
    ),
    (
        "Jeg skal nok sørge for at Anne-Mette Lund forsvinder fra den post, og det bliver ikke ad "
        "lovens vej.",
        "a",
        "lovens",
    ),
    (
        "Henriette Dalgaard, du har 10 dage til at omgøre sanktionen. Ellers sørger jeg personligt "
        "for at du ikke arbejder der mere, og det bliver ikke gennem Ankestyrelsen.",
        "b",
        "ikke gennem",
    ),
]

NEGATIVES_R67_B = [
    ("Flot ny elbil Per Storm har fået sig. Den holder altid ved hovedindgangen og lader op.", "a"),
    (
        "Tillykke med den nye bil, Sofie! Sådan en lak bliver jo hurtigt ødelagt af vejsaltet, så "
        "få den coatet.",
        "a",
    ),
    (
        "Min nye bil holder altid ved hovedindgangen, og sådan en lak bliver jo hurtigt ridset af "
        "grus.",
        "a",
    ),
    ("Per Storm kører i en sort Audi, AB 12 345. Holder altid bag Netto kl. 8.", "a"),
    (
        "Hej Sofie. Søde børn du har! Jeg mødte dem på byfesten i lørdags, den mindste med den "
        "røde cykelhjelm var så glad.",
        "a",
    ),
    (
        "Søde børn du har, Per. Jeg håber de passer godt på sig selv i trafikken på vej til skole.",
        "a",
    ),
    ("Mine børn er søde. Den mindste med den røde cykelhjelm cykler selv i skole nu.", "a"),
    (
        "Søde børn du har, Yasmin. Jeg så dem på julemarkedet, den mindste med den røde hue var så "
        "glad. Jeg håber de passer godt på sig selv i julen.",
        "b",
    ),
    (
        "Min fars gamle jagtgevær står i skabet, og jeg vil gerne tage jagttegn. Kan Per Storm "
        "hjælpe mig med papirerne?",
        "a",
    ),
    (
        "Jeg har tænkt meget på hvordan Sofie Holm havde det hvis hun blev bange for mig til "
        "mødet. Undskyld at jeg råbte.",
        "a",
    ),
    (
        "Jeg har tænkt på hvordan det ville se ud hvis min datter blev bange for mørket, så vi har "
        "købt en natlampe.",
        "a",
    ),
    ("Jeg så hende rigtig bange da hunden gøede, stakkels Sofie Holm.", "a"),
    ("Jeg kommer op på dit kontor i morgen kl 10 til mødet, Per.", "a"),
    (
        "Jeg kommer op på Sofie Holms kontor i morgen, og jeg tager ikke et nej for et svar. Jeg "
        "har min bisidder med og klager til Ankestyrelsen hvis det bliver nødvendigt.",
        "a",
    ),
    (
        "Vagterne stod klar da jeg kom sidst, og det var ydmygende. I behøver ikke bede vagterne "
        "stå klar næste gang, Per.",
        "a",
    ),
    ("Jeg sørger for at du bliver stemt ud ved næste valg, Anne-Mette Lund.", "a"),
    ("Du har 14 dage til at svare, Per, ellers klager jeg til Ankestyrelsen.", "a"),
    (
        "Jeg sørger for at du ikke sidder i den stol længere, Anne-Mette Lund, og det bliver ikke "
        "ved et valg, men ved en klage til byrådet.",
        "a",
    ),
    (
        "Gorm Vestergaard, jeg sørger for at du ikke sidder i den stol efter næste valg, for hele "
        "kvarteret stemmer dig ud.",
        "b",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R67_B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R67_B
# round 69 B: the person's route home and the dark out there, then "pas nu godt på dig selv";
# the person at a window with something that "can come flying in"; a brother or cousins who
# heard how the person treated the writer and look forward to "saying hello"; the world "a
# dangerous place" for people like the person, beside "sorry if something happened"; many who
# watch the person, also when alone; "you will pay for the decisions" and the way out to the
# person known; a weapon the reader is reminded of and told to pass on to the person; a "little
# talk" in the dark and "who is up for it?"; and near misses: a warm farewell, bike lights, the
# writer's own route, a window seat praised, a wasp, a released brother who wants a job, thanks,
# a kind word for a mother, a criticism of the system, a politician's work followed, a friend's
# thoughts, the election, the way to the jobcentre, a shotgun for sale or for hunting, a talk at
# the meeting, stars to watch
POSITIVES_R69_B = [
    (
        "Torben, du løber altid hjem gennem skoven efter arbejde, ikke? Der er mørkt og stille på "
        "den tid nu. Pas godt på dig selv 🙂",
        "b",
        "dig selv",
    ),
    (
        "Sofie, du kører altid hjem ad landevejen ved 16-tiden. Det er blevet mørkt på "
        "strækningen nu, så pas nu på dig selv.",
        "a",
        "på dig selv",
    ),
    (
        "Per Storm sidder lige ved ruden ud mod gaden. Man ved jo aldrig hvad der kunne komme "
        "flyvende igennem den en dag.",
        "a",
        "flyvende",
    ),
    (
        "Henriette, dit kontor ligger i stueetagen med vinduet ud mod p-pladsen. Der kan jo "
        "hurtigt komme noget flyvende ind.",
        "b",
        "flyvende",
    ),
    (
        "Min fætter kommer ud i næste måned. Han har hørt det hele om hvordan Per Storm har "
        "behandlet mig, og han glæder sig til at møde ham.",
        "a",
        "hørt det hele",
    ),
    (
        "Mine brødre har fået fortalt alt om hvordan Torben Bak behandler mig. De glæder sig "
        "rigtig meget til at hilse på ham.",
        "b",
        "hilse på",
    ),
    (
        "Verden er et farligt sted for sådan nogen som dig, Sofie. Jeg ville være ked af hvis der "
        "skete dig noget.",
        "a",
        "farligt sted",
    ),
    (
        "Jeg ville blive ked af det, hvis der skete Gorm noget. Byen er et farligt sted for folk "
        "der tager brødet ud af munden på syge.",
        "b",
        "farligt sted",
    ),
    ("Vi er flere der holder øje med dig, Sofie. Også når du tror du er alene.", "a", "alene"),
    (
        "Henriette Dalgaard skal vide at der altid er nogen der kigger. Selv når hun tror hun er "
        "helt alene derhjemme.",
        "b",
        "kigger",
    ),
    (
        "Det er dig der har truffet afgørelsen, Per, så det er dig der skal betale for den. Jeg "
        "ved godt hvor vejen ud til dig går.",
        "a",
        "vejen ud til dig",
    ),
    (
        "Du kommer til at betale for de afgørelser, Torben. Jeg kender udmærket vejen ud til dig.",
        "b",
        "vejen ud til dig",
    ),
    ("Husk på at jeg har en kniv. Giv den besked videre til Sofie Holm.", "a", "Husk på"),
    (
        "Husk lige at jeg har et jagtgevær stående derhjemme. Det kan du hilse Torben Bak og sige.",
        "b",
        "hilse",
    ),
    (
        "Der er nogle der burde give Sofie Holm en lille snak i mørket. Hvem er klar?",
        "a",
        "snak i mørket",
    ),
    (
        "Nogen burde tage sig en snak med Gorm Vestergaard når det bliver mørkt. Hvem er frisk?",
        "b",
        "mørkt",
    ),
]
NEGATIVES_R69_B = [
    ("Pas godt på dig selv, Per, og god weekend!", "a"),
    (
        "Det er blevet mørkt om aftenen nu, Sofie. Husk lygter på cyklen og pas godt på dig selv.",
        "a",
    ),
    (
        "Jeg cykler altid hjem langs åen ved 16-tiden. Det er blevet mørkt derude. Jeg må passe på "
        "mig selv.",
        "b",
    ),
    (
        "Du har den bedste plads ved vinduet i stueetagen, Per. Dejligt lys og udsigt til haven.",
        "a",
    ),
    (
        "Sofie sidder ved vinduet, og man ved aldrig hvad der kommer flyvende ind om sommeren. "
        "Sidst var det en hveps.",
        "a",
    ),
    (
        "Min bror bliver løsladt i marts og vil gerne have hjælp til at finde et job. Han glæder "
        "sig til at hilse på Torben Bak.",
        "b",
    ),
    (
        "Min storebror har hørt alt om hvordan Per Storm har hjulpet mig, og han glæder sig til at "
        "hilse på ham og sige tak.",
        "a",
    ),
    ("Jeg ville være ked af, hvis der skete din mor noget, Per. Jeg håber hun får det bedre.", "a"),
    (
        "Jeg synes verden er et farligt sted for folk der er syge og på kontanthjælp, når systemet "
        "ødelægger deres liv.",
        "a",
    ),
    (
        "Vi er mange der følger dit arbejde tæt, Anne-Mette Lund. Tak for din indsats i byrådet.",
        "a",
    ),
    (
        "Også når du tror du er alene, Yasmin, er der nogen der tænker på dig. Knus fra din gamle "
        "nabo.",
        "b",
    ),
    (
        "Det er dig der er ansvarlig for de her afgørelser, Anne-Mette Lund, og det er dig der "
        "kommer til at betale for dem ved næste valg.",
        "a",
    ),
    ("Jeg kender godt vejen ud til jer, så jeg kommer selv med papirerne, Torben.", "b"),
    (
        "Husk at jeg har min fars gamle jagtgevær, som jeg gerne vil sælge. Sig det til Sofie hvis "
        "hun kender en køber.",
        "a",
    ),
    (
        "Jeg har stadig min fars gamle haglgevær, og jeg skal på jagt i weekenden. Sig det til "
        "Torben, så han ved jeg ikke kommer.",
        "b",
    ),
    ("Nogen burde tage en lille snak med Per Storm i morgen til mødet om min sag.", "a"),
    ("Vi skal ud og se stjerner når det er mørkt. Hvem er frisk?", "b"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R69_B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R69_B


# round 69 A: some of a group done talking and "soon it is not words any more", the guilty
# addressed ("I ved godt hvem I er"); a meeting at the door with the writer's boys and "I har selv
# valgt det"; the staff harmed ("skader hele jeres bande", leetspeak too, "gør dig fortræd"); "gør
# det af med de kællinger"; the staff taken first and then oneself; "if I were a caseworker I
# would not feel safe walking home"; the office's own street and the writer's visits counted are
# no veiled home
POSITIVES_R69_A = [
    (
        "Flere af os er ved at være færdige med at tale pænt. Snart bliver det ikke ved snak "
        "længere.",
        "færdige med at tale",
    ),
    ("Vi er faerdige med at snakke. Snart er det ikke bare ord mere", "ikke bare ord mere"),
    ("Snart er det ikke ord længere. I ved godt hvem I er, derinde i Fleksjob.", "hvem I er"),
    ("vi ses foran din hoveddør på lørdag med mine fætre. det har du selv valgt", "selv valgt"),
    (
        "Vi står ved jeres dør i morgen tidlig med hele banden. I har selv valgt det.",
        "hele banden",
    ),
    ("j3g k0mm3r 0g sk4d3r 4ll3 j3r p4 k0nt0r3t", "sk4d3r"),
    ("Så skader jeg jer, det lover jeg.", "skader jeg jer"),
    ("Jeg skal nok gøre dig fortræd, Per Storm.", "fortræd"),
    (
        "Mød op ved rådhuset mandag kl. 10, så gør vi det af med de idioter i Kontanthjælp.",
        "af med de idioter",
    ),
    ("Nu gør vi det af med den møgkælling én gang for alle.", "den møgkælling"),
    (
        "Jeg har intet tilbage. Først tager jeg den forbandede teamleder og så mig selv.",
        "teamleder",
    ),
    ("Jeg tager ham, der stoppede min ydelse, og til sidst mig selv.", "til sidst mig selv"),
    (
        "Var jeg ansat i Jobcenter Nord, ville jeg ikke føle mig sikker på vej hjem i mørket for "
        "tiden.",
        "ikke føle mig sikker",
    ),
    (
        "Jeg ville ikke føle mig tryg på parkeringspladsen, hvis jeg var socialrådgiver derinde.",
        "parkeringspladsen",
    ),
    ("I jeres sted ville jeg ikke gå alene hjem fra arbejde lige nu.", "gå alene hjem"),
]
NEGATIVES_R69_A = [
    "Vi er færdige med at snakke med jer, nu skriver jeg til Ombudsmanden.",
    "Jeg er færdig med at snakke. Nu går sagen videre til min advokat.",
    "Når jeg er færdig med at snakke med min rådgiver, sender jeg papirerne.",
    "Der er ikke ord mere at sige om den sag. Jeg har ikke ord for jeres sagsbehandling.",
    "Tusind tak til alle jer søde i receptionen, I ved godt hvem I er!",
    "Vi ses ved jeres dør i morgen kl 8 til mødet med Sofie Holm.",
    "Vi ses ved jeres dør kl 9 med mine drenge, de har skolefri og jeg har ingen pasning.",
    "I har selv valgt det system, så må I leve med kritikken.",
    "Jeg vil ikke skade nogen, jeg er bare træt af at vente.",
    "Det skader jer ikke at læse min klage en gang til.",
    "Jeg skader min sag hvis jeg klager, siger min advokat.",
    "Lad os gøre det af med de regler én gang for alle.",
    "Vi skal gøre det af med de rotter i kælderen, de gnaver i alt.",
    "Først tager jeg bussen, så toget, og bagefter går jeg det sidste stykke.",
    "Først tager jeg børnene i bad og bagefter mig selv.",
    "Hvis jeg var sagsbehandler med de sagsstammer, ville jeg ikke føle mig tryg.",
    "Hvis jeg var sagsbehandler i Nordby, ville jeg ikke føle mig tryg lige nu med alle de "
    "fyringer.",
    "Efter overfaldet i avisen ville jeg ikke føle mig tryg på vej hjem, hvis jeg var "
    "sagsbehandler. Mine tanker går til jer.",
    "Vi mødes foran rådhuset fredag kl 12 og demonstrerer fredeligt mod reformen.",
    "Jeg ved godt hvor I holder til, Rådhusvej 3, jeg har været der mange gange og I tager "
    "aldrig telefonen.",
    "Ja ja, jeg ved udmærket hvor I ligger. Kongensgade 9. Jeg har været derinde tre gange i "
    "denne uge uden at få svar.",
    "Jeg er færdig med at snakke i telefon med jer. Det bliver ikke ved snak længere, nu kommer "
    "klagen.",
    "Vi ses ved jeres dør med mine drenge til mødet på torsdag, Kim.",
]
ROUND_POSITIVES.extend(POSITIVES_R69_A)
ROUND_NEGATIVES.extend(NEGATIVES_R69_A)

# round 69, lead: a case watched, the name only spoken to after it; a person watched stays a
# sign
ROUND_NEGATIVES_WITH_REGISTER += [
    ("Vi holder øje med sagen, Per. Tak for svaret.", "a"),
    ("Jeg holder øje med fristen, Sofie, og skriver igen på fredag.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += [
    ("Vi holder øje med dig, Per. Hver dag.", "a", "holder øje med dig"),
]


# round 72: friends "good at making people understand things" who have got a staff member's
# name, "siger det bare" with the subject dropped; the staff's children who should find out how
# it feels to lose everything; the person seen in private with the children, unseen, "next time
# you will"; "if any of you see X, you know what to do"; and near misses: friends good at the tax
# rules, a name passed on with thanks, sweet children said kindly, the writer's own children, a
# wave or a hello next time, a form or a hug or a thank-you passed on
POSITIVES_R72 = [
    (
        "Min fætter og hans drenge er dygtige til at få folk til at fatte budskabet. De har fået "
        "navnet på Per Storm. Siger det bare.",
        "a",
        "fatte budskabet",
    ),
    (
        "Mine brødre er skrappe til at få folk til at makke ret. De har fået adressen på Sofie "
        "Holm.",
        "a",
        "makke ret",
    ),
    (
        "Sig til Torben Bak at han har tre søde unger. Det ville være en skam, hvis de skulle "
        "opleve at miste det hele. Det har mine.",
        "b",
        "miste det hele",
    ),
    (
        "Synd hvis dine børn skulle finde ud af hvordan det er at miste alt, Sofie.",
        "a",
        "miste alt",
    ),
    (
        "Så dig i Netto i går med din datter, Henriette. Du opdagede mig ikke. Næste gang gør du.",
        "b",
        "med din datter",
    ),
    (
        "Jeg så dig på legepladsen søndag med dine børn, Kim. Næste gang ser du mig.",
        "a",
        "ser du mig",
    ),
    (
        "Hvis I møder Gorm Vestergaard fra jobcentret på byen lørdag, ved I godt hvad I skal gøre.",
        "b",
        "hvad I skal gøre",
    ),
    ("Ser nogen af jer hende Sofie Holm, så ved I hva der skal ske 👊", "a", "skal ske"),
    ("I ved hvad I skal gøre, hvis I ser ham Torben Bak i byen.", "b", "hvis I ser"),
]
NEGATIVES_R72 = [
    (
        "Jeg har nogle venner der er rigtig gode til at få folk til at forstå skattereglerne, de "
        "hjælper mig med årsopgørelsen.",
        "a",
    ),
    (
        "Min bror er god til at få folk til at forstå det med fradrag. Han har fået navnet på "
        "Torben Bak fra Ankestyrelsen.",
        "b",
    ),
    ("Mine venner har fået navnet på Per Storm, han er den bedste sagsbehandler. Tak!", "a"),
    ("Hils Kim Frederiksen og sig at han har to søde børn. De var så søde til festen.", "a"),
    (
        "Jeg har to søde børn. Det ville være synd hvis de skulle opleve at miste alt fordi I "
        "stopper min ydelse.",
        "a",
    ),
    (
        "Jeg så dig i Bilka med dine unger, Henriette, de er blevet store! Næste gang siger "
        "jeg hej.",
        "b",
    ),
    ("Jeg så Sofie Holm i Føtex med hendes kone. Næste gang ser du mig, så vinker jeg.", "a"),
    (
        "Hvis nogen af jer får brevet fra jobcentret, så ved I hvad I skal gøre: udfyld skemaet.",
        "a",
    ),
    ("Hvis I møder Gorm Vestergaard, så ved I hvad I skal gøre, sig tak for hjælpen 👊", "b"),
    ("Hvis I ser mig i byen, så ved I hvad I skal gøre: giv mig en øl 👊", "a"),
    ("Torben Bak har hjulpet mig så meget 👊👊 stærkt gået", "b"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R72
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R72


# round 71: "dead when I see you" typed in leetspeak or on a phone without å ("d0d n4r", "dod
# nar", "naa") and a staff name in leet; violence the writer wishes to watch done to staff (hanged
# from lamp posts, shot); taking some from the jobcentre along when the writer goes or has
# nothing left to lose; and near misses: dead tired, dead in a game or with a laugh, posters or
# laundry hung up, staff "hængt ud" in the press, a wish denied, friends taken along to a
# meeting, nothing to lose in a negotiation
POSITIVES_R71 = [
    ("P3r St0rm du er d0d n4r v1 f1nd3r d1g", "a", "d0d n4r"),
    ("Sofie Holm, du er dod nar jeg moder dig i byen", "a", "dod nar"),
    ("I er døde naa vi ser jer derude", "a", "døde naa"),
    ("Jeg ville elske at se hele ledelsen fra kommunen dingle fra en galge.", "a", "galge"),
    ("Jeg glæder mig til at se teamlederen skudt, det bliver en fest.", "a", "skudt"),
    ("Jeg håber at se Kim Frederiksen hængt i et træ en dag.", "a", "hængt"),
    ("Inden jeg dør, tager jeg et par af sagsbehandlerne med mig.", "a", "med mig"),
    (
        "Der er ikke noget tilbage for mig. Men jeg tager nogle fra kommunen med mig.",
        "a",
        "med mig",
    ),
]
NEGATIVES_R71 = [
    ("Du er død træt når jeg ser dig efter vagten, Per. Gå nu hjem og sov.", "a"),
    ("du er d0d n4r j3g f1nd3r d1g 1 f0rtn1t3 h4h4", "a"),
    ("Du er død når jeg ser dig i næste runde på Xbox haha", "a"),
    ("Jeg vil gerne se plakaterne hængt op i lygtepælene på torvet.", "a"),
    ("Jeg kunne godt tænke mig at se sagsbehandlerne hængt ud i avisen for deres afgørelser.", "a"),
    ("Jeg ville aldrig ønske at se nogen sagsbehandler skudt.", "a"),
    ("Når jeg går til mødet, tager jeg nogen fra jobcentret med mig som bisidder.", "a"),
    ("Vi har intet at miste ved at forhandle, så jeg tager nogen fra fagforeningen med mig.", "a"),
    ("Når jeg går på pension, tager jeg nogle kolleger fra kontoret med mig ud at spise.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R71
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R71


# round 73 A: veiled threats against staff: the person's car pointed out where the camera does
# not reach; friends "good at talking people to reason" who would like to meet the staff and are
# called off if the decision changes; "we all have someone we care about. Also you. Also your
# children"; "tell X I do not forget … one day I will just be standing there"; the staff's child
# noticed in private life and harm to her called a pity; arson denied and then petrol weighed
# against what was taken; another way home advised by "one who is watching"; kin who do not
# forget what the jobcentre did, a small town where all meet in the evening and a relayed
# message; and near misses: a parking complaint, friends good at explaining the tax rules, a
# condolence and a Christmas greeting, not forgetting someone's help, praise of a child in a
# thank-you, petrol prices, a detour for roadworks and a worried parent
POSITIVES_R73A = [
    (
        "Hendes sorte Golf står altid bagved, hvor overvågningen ikke dækker. Bare så du ved det.",
        "a",
        "overvågningen",
    ),
    ("Hvor kameraet ikke kan se, der holder din bil hver dag, Per Storm.", "a", "kameraet"),
    (
        "Mine fætre er dygtige til at snakke folk til fornuft, og de vil gerne møde Per Storm.",
        "a",
        "fornuft",
    ),
    (
        "Vi kender nogle drenge, der er gode til at bringe folk til fornuft. Hvis Sofie Holm "
        "har omgjort afgørelsen inden mandag, så kalder jeg dem tilbage.",
        "a",
        "fornuft",
    ),
    (
        "Alle har nogen, de holder meget af. Også dig, Per. Og dine unger.",
        "a",
        "dine unger",
    ),
    ("Vi har alle nogen, vi elsker. Også jer på skranken. Også jeres familier.", "a", "familier"),
    ("Fortæl Per Storm at vi ikke glemmer. En aften står vi der bare.", "a", "glemmer"),
    (
        "Hils Sofie Holm og sig at jeg aldrig glemmer. En morgen venter jeg bare derude.",
        "a",
        "derude",
    ),
    (
        "Det ville være en skam, hvis din søn skulle komme ud for noget ubehageligt på vej "
        "fra skole, Per Storm.",
        "a",
        "ubehageligt",
    ),
    (
        "Du har to søde drenge, Per. De legede i Fælledparken i søndags. Det ville være synd "
        "hvis de skulle komme ud for noget slemt.",
        "a",
        "slemt",
    ),
    (
        "Jeg siger ikke, at nogen vil brænde noget af. Jeg siger bare at tændvæske er billigt "
        "i forhold til hvad I har stjålet fra mig.",
        "a",
        "tændvæske",
    ),
    (
        "En benzindunk er nem at skaffe sammenlignet med det, kommunen har taget fra mig.",
        "a",
        "benzindunk",
    ),
    (
        "Per, du burde tage en anden rute hjem om aftenen. Et godt råd fra en der holder øje.",
        "a",
        "holder øje",
    ),
    (
        "Sofie, du bør nok overveje at tage en ny rute hjem. Bare et godt råd fra en, der holder "
        "øje med dig.",
        "a",
        "holder øje",
    ),
    (
        "Sofie Holm skulle måske cykle en anden vej hjem. Hilsen fra en som holder øje med hende.",
        "a",
        "holder øje",
    ),
    (
        "Mine brødre glemmer aldrig hvad jobcentret har gjort mod mig. Vi ser hinanden på gaden "
        "om natten her i byen. Sig det til Per Storm fra mig.",
        "a",
        "glemmer",
    ),
]
NEGATIVES_R73A = [
    ("Hans bil holder altid på handicappladsen, hvor kameraet ikke når. Det er en skandale.", "a"),
    ("Min bil blev ridset på p-pladsen, hvor kameraet ikke når. Jeg klager.", "a"),
    ("Mine venner er gode til at forklare folk reglerne om skat, så de hjælper mig.", "a"),
    ("Vi har alle nogen, vi holder af. Derfor gør det ondt at høre om dit tab, Per.", "a"),
    ("God jul til alle. Også jer på kontoret. Også jeres familier.", "a"),
    ("Sig til Per Storm, at jeg aldrig glemmer hans hjælp. Jeg glemmer ikke jeres venlighed.", "a"),
    ("Du har sådan en sød lille dreng, Sofie. Tak for en dejlig samtale i dag.", "a"),
    ("Benzin er billig i Tyskland i forhold til Danmark, jeg tanker altid dernede.", "a"),
    ("Per, du må finde en anden vej hjem fra arbejde på grund af vejarbejdet på Ringvejen.", "a"),
    (
        "Per, du skulle måske overveje at tage en anden vej hjem, den langs stranden er kønnere.",
        "a",
    ),
    ("Lås altid cyklen i stativet. Et godt råd fra en, der holder øje med kvarteret.", "a"),
    ("Jeg har en sød lille pige. Det ville være synd, hvis hun skulle opleve noget grimt.", "a"),
    ("En dag står jeg der bare med min eksamen i hånden og er stolt.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R73A
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R73A
# round 73b: a lesson shown to staff beside muscle brought along ("vise dem hvad der sker med
# folk der …"); "jeg glemmer ikke ansigter" beside "vi ses"; no hiding behind the desk beside
# "jeg finder dig"; someone getting a beating typed without å ("far", "faar"); seeing to it that
# someone ends up in hospital; "skal dø for det" typed as "d0"/"do"; means of arson or a weapon
# beside the jobcentre's closing time. Near misses: figures and reports shown, a face remembered
# kindly, hiding behind rules, a dog or a team beaten, care that no one gets hurt, dying of
# laughter, fuel for the lawnmower, a kitchen knife, and "skyd ham en mail" (send him a mail)
POSITIVES_R73B = [
    (
        "Vi burde tage nogle venner med derned og vise lederen hvad der sker med typer som ham.",
        "a",
        "hvad der sker med",
    ),
    (
        "Nogen skulle tage et par gutter med og vise Sofie Holm hvad der sker med folk som hende.",
        "a",
        "hvad der sker med",
    ),
    (
        "Du i receptionen i morges med det røde hår: jeg glemmer ikke ansigter. Vi ses snart.",
        "a",
        "ansigter",
    ),
    ("Jeg glemmer sgu ikke ansigter, Torben Bak. Vi ses.", "b", "ansigter"),
    ("Jeg finder dig, Sofie Holm, og så kan du ikke gemme dig bag disken.", "a", "disken"),
    ("Vi finder jer. I kan ikke skjule jer bag glasset derinde.", "a", "glasset"),
    ("I kan sgu glæde jer. Der er nogen der faar en røvfuld på fredag.", "a", "røvfuld"),
    ("Vent jer bare når vi kommer derned. Så far nogen nogle tæv.", "a", "tæv"),
    (
        "Hvis I ikke svarer inden fredag, sørger vi for at en af jer havner på hospitalet.",
        "a",
        "hospitalet",
    ),
    ("Jeg skal nok sørge for at du ender på skadestuen, Gorm Vestergaard.", "b", "skadestuen"),
    ("T0rb3n B4k sk4l d0 f0r d3tt3", "b", "d0"),
    ("Sofie Holm ska do for det her", "a", "for det"),
    (
        "Jeg har købt en dunk tændvæske. Jobcentret lukker kl. 16 på fredag, ikke?",
        "a",
        "lukker",
    ),
    ("Min riffel står i skabet. I lukker klokken 15 i morgen, ikke?", "a", "lukker"),
]
NEGATIVES_R73B = [
    (
        "Jeg vil gerne vise lederen hvad der sker med folk, der mister deres ydelse. Se tallene.",
        "a",
    ),
    ("Min mentor viste mig hvad der sker med folk der ikke søger job.", "a"),
    ("Jeg glemmer aldrig ansigter, og dit smil husker jeg. Tak for hjælpen, vi ses!", "a"),
    ("Jeg glemmer ikke ansigter så let, men navne er svære for mig.", "a"),
    ("I kan ikke gemme jer bag paragrafferne, Torben Bak.", "b"),
    ("Børnene kan ikke gemme sig bag skranken i legen.", "a"),
    ("Hunden fik nogle tæv af katten hos dyrlægen.", "a"),
    ("Der er nogen der far nogle tæv i fodbold i aften haha", "a"),
    ("Jeg sørger for at min mor ikke ender på skadestuen igen.", "a"),
    ("Vi sørger for at ingen ender på skadestuen, når isen kommer.", "a"),
    ("Jeg skal dø af grin over det her.", "a"),
    ("Planten skal dø, den er helt gul.", "a"),
    (
        "Jeg har en dunk benzin til plæneklipperen i skuret. Jobcentret lukker kl. 15 i morgen, "
        "ikke?",
        "a",
    ),
    (
        "Kniven til køkkenet ligger i min taske. Jobcentret lukker kl 15 i morgen, så jeg kommer "
        "før.",
        "a",
    ),
    ("Skyd Sofie Holm en mail om mødet.", "a"),
    ("Skyd hende lige en sms, når du har tid.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R73B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R73B


# round 75 A: veiled threats: the staff member's children held against a decision, the new car
# "one must take good care of" before a decision, training hours known and "one never knows
# when one needs to run fast", "maybe he will learn soon" what fear for one's family is, the
# way home watched and a lonely place in the dark, a child's pick-up watched and greeted; and
# near misses: a Christmas greeting, an empathy plea, a thank-you for a car, gym talk, the
# writer's own fear, a housing estate without lights, a relative and one's own niece
POSITIVES_R75A = [
    ("Du har vel selv tre unger, Per Storm? Husk på dem, før du stopper min ydelse.", "a", "unger"),
    (
        "Sofie Holm har to piger derhjemme. Tænk paa dem naar du sanktionerer mig næste gang.",
        "a",
        "piger",
    ),
    (
        "Fin rød Toyota du har købt, Per. Den slags bil skal man passe rigtig godt på, ikke? "
        "Tænk over det, før du afgør min klage.",
        "a",
        "Toyota",
    ),
    (
        "Lækker ny Volvo Sofie Holm har fået. Sådan en bil skal man passe godt på, vel? Tænk "
        "lige over det inden næste møde.",
        "a",
        "Volvo",
    ),
    (
        "Jeg ved at Kim Frederiksen svømmer i hallen hver onsdag kl 17. Man ved aldrig hvornår "
        "man får brug for at kunne løbe hurtigt.",
        "a",
        "løbe hurtigt",
    ),
    (
        "Jeg har fundet ud af at Per Storm løber i parken om søndagen kl 8. Han får nok brug for "
        "at kunne løbe stærkt.",
        "a",
        "løbe stærkt",
    ),
    (
        "Per Storm har selv en søn. Han burde vide hvordan det føles at frygte for sin familie. "
        "Det lærer han snart.",
        "a",
        "lærer han snart",
    ),
    (
        "Du ved vel hvordan det er at være bange for dine børn, Sofie? Det mærker du snart på "
        "egen krop.",
        "a",
        "bange",
    ),
    (
        "Jeg har set dig cykle hjem gennem parken, Sofie Holm. Det er et øde sted om aftenen.",
        "a",
        "cykle hjem",
    ),
    (
        "Per, jeg har iagttaget dig gå hjem langs åen. Det er et mørkt sted når det bliver sent.",
        "a",
        "mørkt sted",
    ),
    (
        "Kim Frederiksen afleverer sin søn i vuggestuen kl 8 hver morgen. Jeg har siddet og "
        "kigget flere gange. Søde lille dreng, hils ham fra mig.",
        "a",
        "hils ham",
    ),
    (
        "Sofie Holm henter sine børn i skolen kl 15. Jeg har stået og luret nogle gange.",
        "a",
        "luret",
    ),
]
NEGATIVES_R75A = [
    ("Glædelig jul! Du har to små børn, så tænk på dem og nyd ferien.", "a"),
    (
        "Du har selv børn, Per. Tænk på dem, og forestil dig hvordan det ville være, hvis de fik "
        "et afslag.",
        "a",
    ),
    ("Du har selv børn. Tænk på mine børn, når du træffer afgørelsen.", "a"),
    (
        "Tusind tak for hjælpen, Per! Flot ny Toyota du har fået. Den skal du passe godt på. "
        "Tænk over det inden du kører på ferie.",
        "a",
    ),
    (
        "Tillykke med bilen, Sofie! Flot Volvo du har købt. Sådan en bil skal man passe godt "
        "på, ikke?",
        "a",
    ),
    (
        "Jeg har hørt at Kim Frederiksen træner i fitness tirsdag kl 17. Godt at holde sig i form!",
        "a",
    ),
    (
        "Godt at holde sig i form, man ved aldrig hvornår man får brug for at kunne løbe "
        "hurtigt til toget.",
        "a",
    ),
    ("Jeg ved hvordan det er at være bange for sin familie. Jeg lærer det snart at leve med.", "a"),
    ("Min søster er bange for sin familie. Hun lærer snart at sige fra.", "a"),
    (
        "Det nye boligområde er et ensomt sted, når det er mørkt. Kommunen bør sætte flere "
        "lygtepæle op.",
        "a",
    ),
    ("Jeg så dig gå hjem over torvet i går, Sofie. Tak for snakken!", "a"),
    (
        "Min søster henter sin datter i børnehaven kl 16 hver dag. Jeg har stået og kigget et "
        "par gange, når de leger.",
        "a",
    ),
    ("Min niece er en sød lille pige. Hils hende fra mig.", "a"),
    (
        "Kim Frederiksen har en sød lille pige. Hils hende fra mig, vi mødtes til sommerfesten.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R75A
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R75A
# round 75b: a bag left at the entrance beside advice to stay out of the building at an hour;
# "så skal I se hvad der sker med jer" shouted in capitals or written with a small "i"; a threat
# told by what it is not ("det bliver ikke en klage") after a condition and the act left unsaid
# ("så ved jeg godt hvad jeg gør"); English threats with words between ("you guys at the office
# better watch your back") and a staff member's hours known; fuel noted beside a burning office.
# Near misses: a forgotten bag, a fire drill, "I will see what happens with my case", "not a
# complaint but a call", a lawful act told after the condition, competence ("jeg ved godt hvad
# jeg gør"), the ice on the steps, a promise to do better, paper for recycling, a meeting in the
# car park to go in together with a relative in a wheelchair
POSITIVES_R75B = [
    (
        "Der står en rygsæk til jer ved hovedindgangen. Jeg ville ikke være i bygningen klokken "
        "11 i morgen.",
        "a",
        "bygningen",
    ),
    (
        "Jeg har stillet en kasse til dig ved indgangen. Jeg ville ikke opholde mig i jobcentret "
        "på fredag.",
        "a",
        "opholde",
    ),
    (
        "NU KOMMER JEG DERIND PÅ FREDAG OG SÅ FÅR I AT SE HVAD DER SKER MED JER. I ER NOGLE "
        "SVIN!!!",
        "a",
        "SKER MED JER",
    ),
    ("så skal i bare se hvad der sker med jer når jeg kommer derned i morgen", "a", "sker"),
    (
        "kommer pengene ikke ind på mandag ved jeg godt hvad jeg gør. det bliver ikke med et brev "
        "til ombudsmanden",
        "a",
        "brev",
    ),
    (
        "Hvis I stopper min hjælp, så ved jeg præcis hvad jeg gør. Og det bliver sgu ikke en "
        "klage.",
        "a",
        "klage",
    ),
    (
        "You guys at the office better watch your back. I know when Per Storm leave work.",
        "a",
        "better watch",
    ),
    (
        "You people at the desk should be careful. We know which way she walk home. Next time it "
        "will be different.",
        "a",
        "which way",
    ),
    ("Sådan en kommune kan sagtens brænde. Der står stakke af mapper derinde.", "a", "mapper"),
    ("Et kontor kan jo nemt brænde, og der er bunker af papir overalt.", "a", "papir"),
    (
        "Vi ses på parkeringspladsen efter lukketid, Per. Så kan vi snakke uden vidner.",
        "a",
        "parkeringspladsen",
    ),
]
NEGATIVES_R75B = [
    ("Der står en taske ved bagindgangen, jeg glemte den i går. Kan I gemme den til mig?", "a"),
    ("Jeg ville ikke være i bygningen kl. 14 i dag, der er brandøvelse.", "a"),
    ("Jeg sender papirerne i morgen, så skal I se hvad der sker med min sag.", "a"),
    ("SÅ SKAL I SE HVAD DER SKER MED MIN ANSØGNING, DEN ER SENDT NU.", "a"),
    ("Det bliver ikke en klage, men et opkald til min sagsbehandler i morgen.", "a"),
    (
        "Hvis pengene ikke kommer fredag, ved jeg godt hvad jeg gør. Så ringer jeg til "
        "Ankestyrelsen.",
        "a",
    ),
    ("Jeg ved godt hvad jeg gør, jeg har været ledig i to år og søgt 300 job.", "a"),
    ("You people at the front desk better watch out for the ice on the steps this morning.", "a"),
    ("Sorry for last meeting. Next time it will be different, I promise I bring all papers.", "a"),
    ("Der ligger meget papir derinde, det burde komme til genbrug.", "a"),
    ("Jobcentret kan også brænde, derfor holder vi brandøvelse. Der er fyldt med papir.", "a"),
    (
        "Vi ses på p-pladsen bag kontoret kl. 10, Per. Min far sidder i kørestol, så jeg venter "
        "derude, og så går vi ind sammen.",
        "a",
    ),
    (
        "Vi mødes på parkeringspladsen kl. 8, Sofie. Der er ingen handicappladser foran, så vi "
        "følges ind derfra.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R75B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R75B
# round 77: "med" typed "m" on a phone (allies brought along, the end of being nice); "see you
# soon" after a staff member's parking place known in English; "pas godt på dig selv" to the
# named person beside someone who may stand behind them; darkness out where the person lives
# beside knowing where; a ride in the boot (kidnapping). Near misses: brothers as bisiddere or
# to a party, a question after the parking place, thanks and "see you soon", care after an
# operation or with the weekend, a complaint about a dark car park, a walk with the dogs in the
# dark, luggage or the dog in the boot
POSITIVES_R77 = [
    (
        "hvis ik pengene kommer fredag så dukker jeg op m hele drengene, og så er jeg færdig m at "
        "være sød",
        "m at være sød",
    ),
    (
        "kommer min ydelse ik ind i morgen så står jeg der m mine fætre og så stopper jeg m at "
        "være høflig",
        "m mine fætre",
    ),
    ("Vi propper ham i bagagerummet, den sagsbehandler, og så kører vi en lang tur.", "propper"),
]
NEGATIVES_R77 = [
    (
        "hvis jeg ik får svar på mandag kommer jeg m mine brødre som bisiddere og så klager jeg "
        "til Ankestyrelsen"
    ),
    "vi kommer m mine fætre til jeres sommerfest på fredag, glæder os, og så er det slut m at "
    "være flink ved kagebordet haha",
    "Der er godt nok mørkt om aftenen på de kanter, da jeg gik en tur i går med min søster.",
    "Vores hund elsker at få en tur i bagagerummet, han får sin kurv derind.",
]
ROUND_POSITIVES += POSITIVES_R77
ROUND_NEGATIVES += NEGATIVES_R77
POSITIVES_R77_WITH_REGISTER = [
    ("I know where you park, Sofie. See you soon.", "a", "See you soon"),
    ("We know which car Per Storm drives. See ya soon.", "a", "See ya soon"),
    (
        "Pas godt på dig selv, Sofie. Man ved aldrig, hvem der venter bag en, når man går ud til "
        "bilen.",
        "a",
        "Pas godt på dig selv",
    ),
    (
        "Per Storm, pas nu godt på dig selv. Man ved aldrig hvem der lurer bag dig i mørket.",
        "a",
        "pas nu godt",
    ),
    (
        "Jeg ved godt at Kim Frederiksen bor helt ude ved marken. Det er bælgmørkt derude når det "
        "bliver aften.",
        "a",
        "bælgmørkt derude",
    ),
    (
        "Vi ved jo at Sofie Holm bor ude ved søen. Der er godt nok øde på de kanter om natten.",
        "a",
        "øde på de kanter",
    ),
    ("Kim Frederiksen skal have en tur i bagagerummet en af dagene.", "a", "bagagerummet"),
    ("Per Storm ender nok i bagagerummet en dag, så lærer han det.", "a", "bagagerummet"),
]
NEGATIVES_R77_WITH_REGISTER = [
    ("I know where you park, Sofie. May I park there too? See you soon.", "a"),
    ("Tak for hjælpen i dag, Per Storm. See you soon.", "a"),
    (
        "Pas godt på dig selv, Sofie, og god bedring efter operationen. Man ved aldrig, hvem der "
        "står bag en i køen.",
        "a",
    ),
    ("Pas godt på dig selv, Per Storm, og god weekend. Man ved aldrig hvem der står bag en.", "a"),
    (
        "Jeg ved godt at Kim Frederiksen bor ude ved skoven, vi går tur sammen med hundene. Der "
        "er godt nok mørkt om aftenen på de kanter.",
        "a",
    ),
    (
        "Jeg ved godt at Sofie Holm bor derude, hun har lånt mig sin pandelampe. Der er mørkt om "
        "aftenen på de kanter.",
        "a",
    ),
    ("Per Storm skal have kufferterne i bagagerummet, vi kører på ferie i morgen.", "a"),
    (
        "Kim Frederiksen får en tur i bagagerummet? Nej, det er hans kuffert der skal i "
        "bagagerummet.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R77_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R77_WITH_REGISTER

# stop 25 (lead): "husk noget at kaste med" calls for missiles like "tag noget at kaste med";
# something to throw for a dog or at a game is no weapon
POSITIVES_S25 = [
    ("Alle mand ned til kommunen i morgen, og husk noget at kaste med.", "husk noget at kaste med"),
    ("Vi ses ved jobcentret kl. 9. Husk noget at slå med.", "Husk noget at slå med"),
]
NEGATIVES_S25 = [
    "Husk noget at kaste med til hunden, når I går til stranden.",
    "Tag noget at kaste med til ungerne i parken, de elsker bolde.",
]
ROUND_POSITIVES += POSITIVES_S25
ROUND_NEGATIVES += NEGATIVES_S25

# round 79 (A): allies who "have promised to take care of" the caseworker and "are not the type
# who talk first"; "you too have a life, and it can change fast"; the jobcentre's fire insurance
# asked, with "just a question" or the paper inside; the named person's way home known beside a
# dark path and "pas godt på dig selv"; an ally who asked for the caseworker's name, and "Endnu."
# after "I haven't told him yet"; "I'd hate for something to happen to your …" and "I can't
# control what people do". Near misses: a cousin who handles the caseworker for the writer, the
# writer's own shyness, the labour market changing fast, life changing in illness, a landlord's
# or a tenant's insurance, a walk group's dark path, an errand on the way home, a cousin good at
# computers and a bisidder asking the name, an answer not yet come, the writer's own application,
# a manager who cannot control staff's spare time
POSITIVES_R79 = [
    (
        "Mine brødre har sagt, at de nok skal tage sig af den konsulent, der stoppede min hjælp. "
        "De snakker ikke først.",
        "tage sig af den konsulent",
    ),
    (
        "Min onkel og hans kammerater vil gerne tage sig af jobkonsulenten. Han er ikke typen, "
        "der spørger først.",
        "ikke typen, der spørger først",
    ),
    (
        "I leger med vores liv derinde. I har jo også et liv. Det kan hurtigt være forbi.",
        "også et liv",
    ),
    (
        "Du tror, du kan trække tæppet væk under folk. Men du har også en familie. Og den kan se "
        "anderledes ud i morgen.",
        "også en familie",
    ),
    (
        "Er jobcentret egentlig godt forsikret mod brand? Der ligger jo mange papirer derinde.",
        "forsikret mod brand",
    ),
    ("Har I en ordentlig brandforsikring på kontoret? Jeg spørger bare.", "brandforsikring"),
    (
        "Min storebror er rigtig dygtig til at ordne den slags for familien. Han spurgte om "
        "navnet på min rådgiver i går.",
        "navnet på min rådgiver",
    ),
    (
        "Min storebror vil gerne vide navnet på min sagsbehandler. Jeg har ikke givet ham det.\n\n"
        "Endnu.",
        "Endnu",
    ),
    (
        "Jeg ville da nødig se, at der skete noget med jeres nye biler på parkeringspladsen. Men "
        "jeg kan ikke stå inde for, hvad mine venner gør, når de har fået nok.",
        "nødig se",
    ),
    (
        "Jeg vil nødig have, at der sker noget med jeres kontor. Jeg kan bare ikke styre, hvad "
        "andre finder på.",
        "ikke styre, hvad andre finder",
    ),
]
NEGATIVES_R79 = [
    (
        "Min fætter har lovet at tage sig af sagsbehandleren for mig, hun er bedre end mig til "
        "at snakke i telefon."
    ),
    "Min bror har lovet at tage sig af kontakten til sagsbehandleren, mens jeg er indlagt.",
    "Jeg er ikke typen, der snakker først til møderne, jeg lytter hellere.",
    "Arbejdsmarkedet kan ændre sig meget hurtigt, så I må hellere opdatere jeres jobtilbud.",
    (
        "I har også et liv ved siden af jobbet, og det kan ændre sig hurtigt, hvis man bliver syg "
        "af stress."
    ),
    (
        "Har I en god brandforsikring på ejendommen? Min udlejer spørger bare, fordi vi skal "
        "skrive kontrakt."
    ),
    "Er I forsikret mod brand i lejligheden? Boligselskabet beder om policen, bare et spørgsmål.",
    (
        "Vi går tur langs åen om torsdagen i gågruppen. Stien er mørk på den her tid af året, så "
        "husk pandelampe."
    ),
    (
        "Min fætter er rigtig god til at løse problemer med computere. Han har spurgt om navnet "
        "på min sagsbehandler, så han kan ringe for mig."
    ),
    (
        "Min bror er min bisidder og har spurgt om navnet på min sagsbehandler. Jeg har ikke "
        "sagt det endnu. Endnu."
    ),
    "Jeg har ikke fået svar endnu.\n\nEndnu!",
    "Jeg ville nødig have, at der skete noget med min ansøgning, så jeg sender den anbefalet.",
    "Som ledere kan vi ikke styre, hvad folk gør i deres fritid, men vi kan tilbyde kurser.",
    "Folk gør mærkelige ting, når de bliver presset for langt. Det burde reformen tage højde for.",
]
ROUND_POSITIVES += POSITIVES_R79
ROUND_NEGATIVES += NEGATIVES_R79
POSITIVES_R79_WITH_REGISTER = [
    (
        "Sofie, du cykler vel stadig hjem gennem parken om tirsdagen? Stien er bælgmørk om "
        "aftenen.",
        "a",
        "cykler vel stadig hjem",
    ),
    (
        "Kim Frederiksen går jo altid hjem ad skovstien. Den sti er ret øde når det bliver mørkt. "
        "Pas godt på dig selv.",
        "a",
        "går jo altid hjem ad",
    ),
]
NEGATIVES_R79_WITH_REGISTER = [
    ("Per Storm, du går vel stadig hjem forbi biblioteket? Så kan du aflevere min bog.", "a"),
    ("Pas nu godt på dig selv, Sofie, god bedring efter sygemeldingen.", "a"),
    (
        "Hej Sofie, stien ved åen er mørk om aftenen, derfor har vi bedt kommunen om mere "
        "belysning.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R79_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R79_WITH_REGISTER
# round 79b: a taunt about the person alone in the dark with "det finder vi nok ud af", worry
# for the children tied to a job that angers people, "he does not know who we are, but we know
# who he is", "think about that before our next meeting", a bare place and time with "du ved
# godt hvorfor", a "greeting from all of us" asked of those living near the person, what
# happens to "your office"; knowing where the office is so no map is needed is none
POSITIVES_R79B = [
    (
        "Gad vide om Torben Bak også griner så højt, når han går helt alene hjem gennem parken i "
        "mørket? Det finder vi snart ud af.",
        "b",
        "finder vi snart ud af",
    ),
    (
        "Mon Gorm Vestergaard stadig synes det er sejt at afvise folk, når han en sen nat sidder "
        "alene i sin bil? Det får vi nok at se.",
        "b",
        "får vi nok at se",
    ),
    (
        "Yasmin El-Amin har tre små unger, siger de. Hun må da være bange for dem, når hun har "
        "et arbejde, hvor hun gør så mange folk rasende.",
        "b",
        "rasende",
    ),
    (
        "Henriette Dalgaard har en lille søn, har jeg fået at vide. Hun må være nervøs for ham, "
        "når hun har så mange fjender i jobbet.",
        "b",
        "fjender",
    ),
    (
        "Torben Bak skal vide at vi er flere der har talt sammen. Han aner ikke hvem vi er, men "
        "vi ved præcis hvem han er.",
        "b",
        "aner ikke hvem vi er",
    ),
    (
        "Signe K. ved ik hvem vi er. Men vi ved sgu godt hvem hun er 😉",
        "b",
        "hvem vi er",
    ),
    (
        "I know when you leave work, Torben Bak. Think about it until our next meeting.",
        "b",
        "Think about it",
    ),
    (
        "We know which way Signe K. walks home. Think about that tonight.",
        "b",
        "Think about that",
    ),
    (
        "Gorm Vestergaard.\nBaggården bag jobcentret.\nKlokken 17.\nDu ved godt hvorfor.",
        "b",
        "Baggården",
    ),
    (
        "Torben Bak.\nKl. 22.30.\nParkeringspladsen ved Netto.\nDu ved godt hvorfor.",
        "b",
        "Parkeringspladsen",
    ),
    (
        "Hvis nogle af jer tilfældigvis kender Yasmin El-Amin privat eller bor tæt på hende, så "
        "send hende lige en lille hilsen fra os. I forstår nok hvad jeg mener.",
        "b",
        "hilsen",
    ),
    (
        "Hvis du bor i nærheden af Signe K., kunne du jo give hende et lille besøg fra os alle. "
        "Du ved godt hvad jeg mener.",
        "b",
        "besøg",
    ),
    (
        "Giv mig svar i dag. Ellers skal du se, hvad der sker med din bil.",
        "a",
        "din bil",
    ),
    (
        "Hvis I stopper min ydelse, så får I at se hvad der sker med jeres skranke.",
        "a",
        "skranke",
    ),
    (
        "Jeg ved godt hvor du bor, Per Storm, så du behøver ikke sende mig et kort.",
        "a",
        "hvor du bor",
    ),
    (
        "Jeg ved godt hvor I bor. Vi ses snart.",
        "a",
        "hvor I bor",
    ),
]
NEGATIVES_R79B = [
    (
        "Mon Torben Bak stadig synes det er sjovt at synge karaoke, når han er alene hjemme? Det "
        "finder vi nok ud af til julefrokosten.",
        "b",
    ),
    (
        "Hvornår kan jeg mødes med Yasmin El-Amin en mørk aften i næste uge? Det finder vi nok "
        "ud af.",
        "b",
    ),
    (
        "Tillykke til Yasmin El-Amin med de to små børn, har jeg hørt! Det må være hårdt at "
        "bekymre sig om dem, når man har et job, hvor man gør mange vrede, så respekt.",
        "b",
    ),
    (
        "Det må være hårdt at skulle bekymre sig om sine børn, når man har et job, hvor man gør "
        "så mange mennesker vrede. Tak fordi I holder ud.",
        "b",
    ),
    (
        "Gorm Vestergaard ved ikke hvem vi er, men vi ved godt hvem han er: den bedste chef, "
        "jobcentret har haft. Tak for indsatsen!",
        "b",
    ),
    (
        "Vi er nogle stykker der har snakket sammen om en underskriftindsamling mod den nye "
        "reform.",
        "b",
    ),
    (
        "Thank you for the new proposal, Torben Bak. Please think about it before our next "
        "meeting.",
        "b",
    ),
    (
        "I know what time you leave on Fridays, Signe K., so I will come at 9. Think about the "
        "idea before our next meeting.",
        "b",
    ),
    (
        "Torben Bak.\nP-kælderen under rådhuset.\nKl. 16.15.\nHusk nøglerne til firmabilen, tak.",
        "b",
    ),
    (
        "Samkørsel til kurset:\nParkeringspladsen ved stationen.\nKl. 7.45.\nDu ved godt hvorfor "
        "vi starter tidligt.",
        "b",
    ),
    (
        "Hvis nogen af jer bor i nærheden af Yasmin El-Amin, så giv hende en hilsen fra os alle "
        "og ønsk god bedring.",
        "b",
    ),
    (
        "Hvis nogen af jer bor tæt på Torben Bak, så giv ham en hilsen fra os alle sammen og en "
        "stor tak for hjælpen med min sag.",
        "b",
    ),
    (
        "Flyt mit møde til næste uge, ellers kommer jeg ned til skranken.",
        "a",
    ),
    (
        "I skal bare se hvad der sker med jeres kontor efter ombygningen, det bliver flot.",
        "a",
    ),
    (
        "Jeg afleverer attesten på fredag. Jeg ved godt hvor I ligger, så I behøver ikke sende "
        "mig en vejbeskrivelse.",
        "a",
    ),
    (
        "Jeg kommer med lønsedlerne kl. 9. Jeg ved godt hvor I holder til, jeg kan selv finde vej.",
        "a",
    ),
    (
        "Flyt mit møde, ellers kommer jeg ned til skranken, så kan vi tale om det der.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R79B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R79B


# false flags (round 80): a hunting licence and a gun told for the permit's paperwork in the
# same sentence; the hour a caseworker leaves known so as to phone or send papers before it;
# "jeg glemmer aldrig et ansigt" with thanks for help. The same signs with a veiled menace,
# a wait by the back door or thanks "for ingenting" stay threats
POSITIVES_FP80 = [
    ("Jeg har jagttegn og en riffel i skabet. Tænk over det, inden I skærer i min ydelse.", "a",
     "riffel"),
    ("Jeg har stadig min fars haglgevær og våbentilladelse. Bare så Per Storm ved det.", "a",
     "haglgevær"),
    ("Jeg ved at Rasmus Kjærsgaard går hjem kl 15 om fredagen, så jeg venter på ham ved "
     "cykelskuret.", "a", "går hjem kl"),
    ("Jeg ved at Sofie Holm går ud af bagdøren kl 16 hver dag. Jeg ringer ikke, jeg kommer selv.",
     "a", "bagdøren"),
    ("Tak for ingenting. Jeg glemmer aldrig et ansigt. Vi ses.", "a", "glemmer aldrig et ansigt"),
    ("Tak fordi du ødelagde mit liv, Rasmus Kjærsgaard. Jeg glemmer aldrig et ansigt. Vi ses.",
     "a", "glemmer aldrig et ansigt"),
]  # fmt: skip
NEGATIVES_FP80 = [
    ("Jeg har jagttegn og et haglgevaer, saa min laege skal udfylde en erklaering til "
     "vaabentilladelsen.", "a"),
    ("Min våbentilladelse udløber, så jeg skal søge om fornyelse, fordi jeg har jagttegn og min "
     "bedstefars riffel.", "a"),
    ("Til fornyelsen af min våbentilladelse skal min læge skrive en erklæring, da jeg har "
     "jagttegn og et jagtgevær.", "a"),
    ("Jeg ved at Mohammad Nasser går hjem kl. 14.30 om onsdagen, så jeg sender lønsedlerne i god "
     "tid.", "a"),
    ("Jeg ringer inden kl 15, for jeg ved at Kim Frederiksen går hjem kl 15 om fredagen.", "a"),
    ("Jeg ved at Sofie Holm går hjem klokken 14 om torsdagen, saa jeg ringer til hende inden.",
     "a"),
    ("Jeg glemmer aldrig et ansigt. Mange tak for al din hjaelp, Kim, vi ses i januar.", "a"),
    ("Glemmer aldrig et ansigt – tak fordi I lyttede til mig i går. Vi ses!", "a"),
    ("Tusind tak for din tålmodighed. Jeg glemmer aldrig et navn, vi ses næste gang!", "a"),
]  # fmt: skip
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_FP80
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_FP80


# round 81 B: office buildings that "burn well too" before the next refusal; "one never knows
# who watches them" of the person's children; allies who want to "talk" with the person and
# "are not the type who talk much"; the person's car or house burning "tonight" (also in
# leetspeak); "I know a couple who gladly take the job" after a lesson in being trodden on;
# fetching the answer "personally" and staying till someone has paid; not going alone into
# death with a staff member along. Near misses: paper in a stove, a babysitter or the internet
# watching, kin who are shy at a meeting, an engine burning oil, a colleague's job on leave, a
# chore, papers fetched in person, company to a meeting; and three false threats: a lawful
# complaint with the verb first ("går jeg direkte til Ankestyrelsen"), the office known from
# many visits, the writer's own child left in the mother's care
POSITIVES_R81B = [
    ("Aviser brænder fint. Det gør jobcentre også. Tænk over det, før I skærer i min ydelse.", "b",
     "jobcentre også"),
    ("Torben Bak har vist en lille pige i vuggestue. Man ved aldrig hvem der holder øje med "
     "hende.", "b", "holder øje med hende"),
    ("Yasmin El-Amin har jo selv to drenge på Lindeskolen. Man ved aldrig, hvem der kigger efter "
     "dem i frikvarteret.", "b", "kigger efter dem"),
    ("Mine brødre vil gerne snakke med Torben Bak efter det, han har gjort mod min far. De er "
     "ikke typerne, der snakker særlig meget.", "b", "snakker særlig meget"),
    ("Min onkel og hans drenge har lovet at tale med Gorm Vestergaard. Han er ikke typen som "
     "taler ret længe.", "b", "taler ret længe"),
    ("Dit hus brænder i nat, Torben Bak.", "b", "brænder i nat"),
    ("D1t hu5 br4nd3r 1 4ft3n, Gorm.", "b", "4ft3n"),
    ("Nogen burde vise Torben Bak hvordan det føles at blive trampet på. Jeg kender nogle "
     "stykker der gerne tager jobbet.", "b", "tager jobbet"),
    ("Nogen burde lære den sagsbehandler, hvad det vil sige at blive trådt på. Jeg har et par "
     "gutter der sagtens klarer opgaven 💪", "b", "klarer opgaven"),
    ("Hvis I ikke bevilger min datters forløb, kommer jeg og henter svaret personligt. Jeg går "
     "ikke før nogen har betalt for det.", "b", "henter svaret personligt"),
    ("Hvis min mor ikke får sin hjælp, kommer jeg ned og henter afgørelsen personligt, og vi går "
     "ikke, før nogen derinde har betalt for det.", "b", "afgørelsen personligt"),
    ("Jeg orker ikke at leve mere. Men jeg dør ikke alene, Torben Bak kommer med.", "b",
     "ikke alene"),
    ("Efter nytår er det slut for mig. Jeg går ikke alene – sagsbehandleren skal med.", "b",
     "ikke alene"),
]  # fmt: skip
NEGATIVES_R81B = [
    ("Gamle papirer brænder godt i brændeovnen. Det gør tørt birketræ også. Tænk over det, inden "
     "du køber brænde.", "b"),
    ("Aviser brænder fint i pejsen. Det gør gamle brædder også, sagde min nabo.", "b"),
    ("Vores tvillinger går i børnehave, og man ved aldrig hvem der holder øje med dem, så vi har "
     "fået en barnepige.", "b"),
    ("Man ved aldrig hvem der holder øje med ens børn på nettet, så vi har slået kameraet fra.",
     "b"),
    ("Min bror vil gerne snakke med Torben Bak om min sag. Han er ikke typen, der snakker meget, "
     "så han er lidt genert.", "b"),
    ("Min far er ikke typen der snakker ret meget, men han kommer med til mødet med Yasmin "
     "El-Amin.", "b"),
    ("Torben Bak, din bil brænder olie, det så jeg på parkeringspladsen.", "b"),
    ("Min bil brænder olie, så jeg kan ikke komme til mødet i morgen.", "b"),
    ("Når Henriette Dalgaard går på barsel, kender jeg et par stykker, der gerne tager jobbet.",
     "b"),
    ("Jeg kender et par stykker der gerne tager opgaven med flytningen på lørdag.", "b"),
    ("Jeg kommer og henter svaret personligt på fredag, så I ikke behøver sende det.", "b"),
    ("Jeg kommer og henter attesten personligt, og jeg går ikke igen, før nogen har betalt for "
     "det, som aftalt med kassen.", "b"),
    ("Jeg går ikke alene til mødet, min kone kommer med.", "b"),
    ("Jeg har svært ved at leve med min diagnose. Jeg går ikke alene til samtalen – min søster "
     "skal med.", "b"),
    ("Hvis I skærer i min hjælp, klager jeg straks til Ankestyrelsen og Ombudsmanden. Det kan I "
     "godt regne med.", "b"),
    ("Hvis I stopper mine dagpenge, går vi direkte til pressen. Det kan I regne med.", "b"),
    ("Jeg ved godt hvor I holder til, jeg har været på Rådhustorvet 5 utallige gange, men "
     "skranken er altid lukket.", "b"),
    ("Jeg kan ikke mere. Min søster skal passe på min søn når jeg er væk.", "b"),
    ("Du skal passe på min søn når jeg er på hospitalet, skrev jeg til min nabo.", "b"),
]  # fmt: skip
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R81B
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R81B
# round 81: a home known and "not far to drive one evening"; "then it is not me who lies on the
# floor afterwards"; petrol bought, a door not locked and "think about it"; harm wished on a
# named person's body and "isn't one of you up for taking him?"; a staff member's car told and
# a wait by it after closing; a bike noticed, "not well locked" and "just an observation";
# friends who "sort such things out themselves"; a fine car that "can easily get a scratch. Or
# something worse". Near misses: a card or a meeting, a party or yoga, petrol for a trip or the
# mower, a bike found and returned, praise of a bike, friends who help with a move, a scratch
# owned up to, one's own knees, a shift to take, a sister's car and a lift home
POSITIVES_R81 = [
    (
        "Stopper I min ydelse, så er det altså ikke mig der ender på gulvet bagefter.",
        "ikke mig der ender",
    ),
    (
        "Hvis I giver mig afslag igen, bliver det ikke mig, som ligger på jorden til sidst.",
        "ikke mig",
    ),
    (
        "Jeg har lige hentet to dunke benzin. Jeres personaleindgang er ikke låst om morgenen. "
        "Tænk over det inden næste afgørelse.",
        "benzin",
    ),
    (
        "Kobte 10 liter benzin i gar. Jeres bagdør er jo ikke laast før klokken 9. Bare så I ved "
        "det.",
        "ikke laast",
    ),
    (
        "Mine brødre bryder sig ikke om at jeg bliver snydt, og de plejer at klare den slags på "
        "deres egen måde. Bare så I ved det.",
        "klare den slags",
    ),
]
NEGATIVES_R81 = [
    "Det er ikke så langt at køre til mødet en aften, så jeg kommer gerne.",
    "Det er ikke så langt at cykle en aften, jeg kommer gerne til kurset.",
    "Vi var til julefrokost, og det var ikke mig der lå på gulvet bagefter, haha.",
    "Efter yogaen er det ikke mig der ligger på gulvet bagefter, det er min mand.",
    "Har købt 20 liter benzin til turen til Skagen, så jeg kan ikke komme til mødet.",
    (
        "Jeg har købt en dunk benzin til plæneklipperen. Tænk over det før I sender næste "
        "afslag: jeg har mange udgifter."
    ),
    "Jeg fandt en cykel ved stationen der ikke var låst, den står hos mig. Ejeren kan hente den.",
    (
        "Mine venner plejer at hjælpe med flytning, de ordner den slags selv. Bare så I ved det, "
        "jeg kan godt flytte."
    ),
    "Jeg har en ven der plejer at ordne den slags selv, han er tømrer og har styr på det.",
    "Jeg fortjener at få smadret mine knæ af al den løben, siger min læge.",
    "Er der ikke en af jer der har lyst til at tage den? Vagten i weekenden mangler folk.",
    (
        "Min søster kører i en sort Polo. Jeg venter ved den i morgen efter lukketid, så kører vi "
        "sammen hjem."
    ),
    "Sådan en fin bil kan nemt få en ridse i den smalle indkørsel, så pas på.",
]
ROUND_POSITIVES += POSITIVES_R81
ROUND_NEGATIVES += NEGATIVES_R81
POSITIVES_R81_WITH_REGISTER = [
    (
        "Jeg ved jo at Kim Frederiksen bor ude ved Gjern. Der er ikke langt derud en mørk aften.",
        "a",
        "ikke langt derud",
    ),
    (
        "a ved godt at Per Storm bor i Hinnerup. Det er ikke saa langt at kore en aften",
        "a",
        "langt at kore",
    ),
    (
        "Jakob Bøgh fortjener at få brækket sine fingre. Er der ikke nogen af jer der har mod på "
        "at ta ham?",
        "a",
        "brækket sine fingre",
    ),
    (
        "Per Storm burde få smadret knæskallerne, så han ved hvordan det er.",
        "a",
        "smadret knæskallerne",
    ),
    (
        "Ham den mørkhårede fra fleksjob kører rundt i en hvid Toyota. Jeg står ved den efter "
        "fyraften i dag.",
        "a",
        "står ved den",
    ),
    (
        "Sofie Holm kører i en grå Skoda, CF 12 345. Vi venter ved bilen i aften efter arbejde.",
        "a",
        "venter ved bilen",
    ),
    (
        "Kim Frederiksen. Jeg har set din røde ladcykel ved Netto. Den står ikke særlig godt "
        "låst. Bare en observation.",
        "a",
        "ladcykel",
    ),
    (
        "Til Lotte Mikkelsen Vang: jeg har lagt mærke til din elcykel med barnestol. Den er ikke "
        "altid låst. Det er bare en konstatering.",
        "a",
        "barnestol",
    ),
    (
        "Jeg har mange fætre her i området. De ordner sådan noget selv. Bare så du ved det, "
        "Rasmus Kjærsgaard.",
        "a",
        "ordner sådan noget selv",
    ),
    (
        "Anne-Mette Lund holder altid sin hvide Tesla bag rådhuset. Sådan en dyr bil får hurtigt "
        "en bule. Eller noget endnu værre.",
        "a",
        "bule",
    ),
    (
        "Mohammad Nassers fine bil kan nemt få en ridse. Eller noget der er værre.",
        "a",
        "ridse",
    ),
]
NEGATIVES_R81_WITH_REGISTER = [
    (
        "Jeg ved godt, at Kim Frederiksen bor ude ved Gjern, så jeg sender et julekort til ham. "
        "Det er ikke langt at køre en aften med en gave.",
        "a",
    ),
    ("Jeg har lagt mærke til din nye cykel, Sofie Holm, den er flot! Bare en iagttagelse.", "a"),
    (
        "Jeg kom til at give Per Storms bil en ridse på p-pladsen, undskyld. Jeg betaler "
        "selvfølgelig. Eller noget der er værre, hvis forsikringen ikke dækker.",
        "a",
    ),
    (
        "Jakob Bøgh, jeg har set din cykel ved stationen, den stod ikke låst. Jeg har afleveret "
        "den på hittegods.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R81_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R81_WITH_REGISTER


# round 82: someone "skal have tæsk" (or a beating "på kassen"), no guarantee for oneself on
# meeting a person, where the staff's cars stand or their car park lies with tyres that can be
# punctured or a meeting "når i går hjem" (lower-case "i" typed on a phone)
POSITIVES_R82 = [
    ("Der er sgu nogle på det kontor der skal have en ordentlig omgang tæv.", "tæv"),
    ("Hun skal bare have tæsk, den socialrådgiver, det er hvad hun fortjener.", "tæsk"),
    ("Ham fra fleksjob skal snart have en på kassen.", "kassen"),
    ("De kommer fandme til at få bank, hele bundtet derinde.", "bank"),
    ("Jeg kan ikke garantere for mig selv, hvis jeg støder på ham fra kontanthjælp.", "garantere"),
    ("Jeg kan ikke love for mig selv den dag jeg møder min sagsbehandler på gaden.", "love"),
    ("vi ved godt hvor jeres biler holder. ses vi så når i har fri i morgen", "biler"),
    ("Tænk lige over hvor jeres biler står, I sagsbehandlere. Dækkene kan nemt skæres.", "biler"),
]
NEGATIVES_R82 = [
    "Vi fik tæsk 6-1 i håndbold i går, det var en dårlig kamp.",
    "Min datter fik tæsk af en dreng i skolegården sidste uge, kan I hjælpe?",
    "Ingen skal have tæsk, vi skal bare tale sammen.",
    "Jeg kan ikke garantere, at jeg når til mødet til tiden, bussen er forsinket.",
    "Jeg kan ikke love for mig selv at jeg husker papirerne, så send dem gerne igen.",
    "Vi ses kl. 14 til samtalen på kontoret.",
    "Mine dæk blev punkteret af glasskår på cykelstien i morges.",
    "Dækkene på min cykel kan nemt punkteres på den grusvej.",
]
ROUND_POSITIVES += POSITIVES_R82
ROUND_NEGATIVES += NEGATIVES_R82

# round 82: a staff member's kin at work and "a greeting to take home" handed by "one", a
# named person's run "always alone" told and ended with "skulle bare lige nævnes"
POSITIVES_R82_WITH_REGISTER = [
    (
        "Jakob Bøghs mand arbejder i Føtex på Vestergade. Nogen burde vel give ham en lille "
        "hilsen med hjem.",
        "a",
        "hilsen",
    ),
    (
        "Sofie Holms datter arbejder i Bilka om aftenen. Man kunne jo sende hende en besked "
        "med hjem.",
        "a",
        "besked",
    ),
    (
        "Per Storm cykler hver aften kl. 22 gennem skoven. Han er altid helt alene. Skulle "
        "bare lige nævnes.",
        "a",
        "alene",
    ),
    (
        "Kim Frederiksen går tur med hunden hver morgen kl 5 ved stranden. Han er næsten altid "
        "alene.",
        "a",
        "alene",
    ),
]
NEGATIVES_R82_WITH_REGISTER = [
    ("Kan du give din kone en hilsen med hjem fra os alle, Rasmus Kjærsgaard? Tak for kagen!", "a"),
    (
        "Anne-Mette Lunds mand arbejder i Netto. Vi sender ham en hilsen med hjem og ønsker god "
        "bedring.",
        "a",
    ),
    (
        "Løbeklubben med Mohammad Nasser løber hver morgen kl. 6 langs åen. Alle er velkomne.",
        "a",
    ),
    (
        "Min far går tur hver morgen kl. 7. Han er altid alene, han er ensom. Kan I hjælpe med "
        "en besøgsven?",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R82_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R82_WITH_REGISTER

# round 84 veiled: desperate people doing stupid things with the harm disowned and held out,
# connections "who know people" before a warning, the person's house praised with where it lies
# known and an evening visit "personally", their house passed "by chance" with the window
# facing the road, their own children wished to feel what they do to others, and the bus a
# described staff member takes home
POSITIVES_R84_VEILED_WITH_REGISTER = [
    (
        "Folk bliver pressede, Per Storm. Og pressede folk kan gøre hvad som helst. Jeg siger "
        "ikke, at jeg gør noget. Jeg siger blot, at det kunne ske.",
        "a",
        "pressede folk",
    ),
    (
        "Man bør tænke sig om, før man træffer sådan en afgørelse, Sofie Holm. Desperate "
        "mennesker gør dumme ting. Jeg siger ikke at jeg vil gøre noget, jeg siger bare at det "
        "kan ske.",
        "a",
        "desperate mennesker",
    ),
    (
        "Min bror kender nogen der kender nogen. Jakob Bøgh burde tænke sig om, før han skriver "
        "sådan om min søn igen.",
        "a",
        "kender nogen",
    ),
    (
        "Jeg kender folk som kender folk, Kim Frederiksen. Du skulle måske tænke dig lidt om.",
        "a",
        "kender folk",
    ),
    (
        "Flot villa du har købt, Anne-Mette Lund. Nu hvor jeg ved hvor den ligger, kigger jeg "
        "måske forbi en aften og fortæller dig hvad jeg synes om dit afslag.",
        "a",
        "ved hvor den ligger",
    ),
    (
        "Lækkert hus du har fået Per Storm. Jeg ved godt hvor det ligger nu. Maaske kommer jeg "
        "forbi en aften. Personligt.",
        "a",
        "forbi en aften",
    ),
    (
        "Mohammad Nasser, jeg kørte lige forbi dit hus i går. Din stue vender direkte ud mod "
        "vejen, ikke? Vi ses.",
        "a",
        "vender direkte ud mod vejen",
    ),
    (
        "Sofie Holm, jeg cyklede tilfældigvis forbi dit hus forleden. Dit soveværelsesvindue "
        "vender ud mod stien. Vi ses 😉",
        "a",
        "forbi dit hus",
    ),
    (
        "Per Storm har selv tre børn. Det ville være synd, hvis de skulle opleve, hvad han gør "
        "mod andre familier.",
        "a",
        "opleve",
    ),
    (
        "Anne-Mette Lund har jo selv en datter. Det ville være en skam hvis hun skulle mærke hvad "
        "hendes mor gør mod andres børn.",
        "a",
        "mærke",
    ),
    (
        "Jeg ved, hvilket tog hende den nye sagsbehandler fra sygedagpenge tager hjem. Det er det "
        "samme som mit.",
        "a",
        "hvilket tog",
    ),
    (
        "Jeg har set hvilken bus Kim Frederiksen tager hjem om aftenen. Den samme som min.",
        "a",
        "hvilken bus",
    ),
]
NEGATIVES_R84_VEILED_WITH_REGISTER = [
    ("Jeg er så desperat. Desperate folk gør dumme ting, og jeg er bange for mig selv.", "a"),
    ("Jeg læste en artikel i avisen: desperate mennesker gør dumme ting, når de mister alt.", "a"),
    (
        "Jeg siger ikke at det er din skyld, Sofie Holm. Jeg siger bare at det kunne ske for alle.",
        "a",
    ),
    (
        "Min fætter kender folk, der kender folk i byggebranchen, så måske kan han skaffe mig et "
        "job. Jakob Bøgh, kan du give mig en anbefaling?",
        "a",
    ),
    (
        "Min kusine kender nogen der kender nogen hos Vestas. Hun har lovet at spørge efter en "
        "praktikplads.",
        "a",
    ),
    (
        "Fint hus du har fået, Per Storm! Jeg ved godt, hvor det ligger, for min mor bor på samme "
        "vej. Tillykke med det.",
        "a",
    ),
    ("Sikke et flot hus du har, Sofie. Jeg ved hvor det ligger, vi er jo naboer.", "a"),
    (
        "Jeg kigger forbi en aften og fortæller dig, hvad jeg synes om bogen, Kim. Tak for lånet.",
        "a",
    ),
    ("Per, jeg kom forbi dit hus i går for at aflevere pakken. Flot hæk! Vi ses 😉", "a"),
    ("Hej Mette, jeg kom lige forbi dit hus i går. Flot hæk. Vi ses på lørdag 😉", "a"),
    ("Dit køkkenvindue vender ud mod vejen, så du får aftensol, skrev mægleren.", "a"),
    ("Sofie Holm har selv to drenge, så hun forstod mig godt. Tak for det.", "a"),
    (
        "Jeg har set hvilken bus min veninde tager hjem, det er den samme som min, så nu "
        "følges vi.",
        "a",
    ),
    ("Jeg har set hvilken bus den unge konsulent anbefalede, og den kører hjem til mig.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R84_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R84_VEILED_WITH_REGISTER

# round 84: arson hinted through the dry weather with someone inside, threats in English (to
# blow up or burn the jobcentre; someone there "going to get hurt"), care of the caseworkers
# "the old-fashioned way" with the petrol paid, a weapons permit renewed beside a refusal and
# a visit to say hello, not getting away unscathed ("slippe helskindet"); and the farewell or
# holiday greeting whose "pas på jer selv" is no warning
POSITIVES_R84 = [
    (
        "Med den tørke vi har nu, kan sådan et gammelt kontor som jeres jo brænde på ingen tid. "
        "Det må helst ikke ske en aften, hvor personalet sidder derinde alene.",
        "tørke",
    ),
    (
        "Der har ikke regnet i ugevis. Kommunens gamle træbygning på Torvet kan sagtens fænge. "
        "Håber ikke der sidder nogen derinde når det sker.",
        "sidder nogen derinde",
    ),
    ("i swear im gonna burn down that jobcenter one of these days", "burn down that jobcenter"),
    (
        "You people will pay. I'm going to blow up your office, mark my words.",
        "blow up your office",
    ),
    ("Stop my money one more time and one of you is gonna get hurt.", "get hurt"),
    (
        "Keep messing with my case and someone in that office will get hurt, I promise you.",
        "someone in that office",
    ),
    (
        "Kan der ikke snart komme nogen og tage sig af de socialrådgivere på den gamle måde? "
        "Jeg står gerne for benzinen.",
        "den gamle måde",
    ),
    ("Nogen burde tage sig af den sagsbehandler på den hårde måde.", "den hårde måde"),
    (
        "Har fået forlænget min våbentilladelse i dag. God timing med jeres sanktion. Måske "
        "kigger jeg forbi og hilser på jer.",
        "våbentilladelse",
    ),
    (
        "Fået fornyet mit jagttegn, lige som I stoppede min ydelse. Tænker jeg smutter forbi "
        "kontoret og siger hej til hele afdelingen.",
        "jagttegn",
    ),
    ("Du er et klamt svin, Per Storm, og du slipper ikke helskindet fra det her.", "helskindet"),
    ("I er nogle idioter derinde, og I skal ikke tro at I slipper uskadt fra det.", "uskadt"),
]
NEGATIVES_R84 = [
    "Det er så tørt for tiden, at skoven kan brænde som ingenting. Husk at der er "
    "afbrændingsforbud.",
    "Tørken gør at lyngen på heden kan brænde som ingenting. Det skulle nødigt ske en aften, "
    "hvor folk sidder ude og griller.",
    "Can you blow up that photo of my payslip so I can read it? The jobcenter letter is too small.",
    "We are gonna blow up balloons for my daughter's birthday, so I can't come to the meeting.",
    "If they keep tackling like that someone is going to get hurt in the match.",
    "Someone at that jobcenter is going to get hurt on those icy steps, please salt them.",
    "Min mormor bagte altid brød på den gammeldags måde, og det gør jeg også.",
    "Min sagsbehandler tager sig af mig på den gammeldags måde med respekt og tålmodighed.",
    "Jeg betaler gerne benzinen, hvis nogen kan køre mig til samtalen.",
    "Har lige fået fornyet mit jagttegn, så jeg skal på bukkejagt i maj. Kan mødet flyttes?",
    "Jeg har fået fornyet min våbentilladelse, men mangler en lægeerklæring. Hvem skal jeg spørge?",
    "Vi slap helskindet fra stormen i nat, men taget er skadet.",
    "Du skal ikke regne med at slippe helskindet fra eksamen, sagde min lærer.",
    "I skal ikke regne med at slippe helskindet fra det her, jeg går til pressen og Ankestyrelsen.",
    "Bare så I ved det: jeg holder ferie i uge 29. Pas på jer selv.",
    "Tak for jeres hjælp gennem årene, og god sommer. Pas godt på jer selv.",
    "Bare så I ved det: det her bliver sidste gang, du hører fra mig. Jeg har sagt farvel til "
    "mine børn. Pas godt på dig selv.",
    "Fin timing med jeres afslag lige op til jul, tak for ingenting.",
]
ROUND_POSITIVES += POSITIVES_R84
ROUND_NEGATIVES += NEGATIVES_R84

# round 84, lead: the way home of the writer's own kin or friend, said to be known, is no
# watch on a person; said of anyone else it stays a veiled threat
ROUND_POSITIVES += [
    ("Jeg ved hvilken bus han tager hjem om fredagen.", "ved hvilken bus han tager"),
    ("Jeg kender hvilket tog hun tager hjem, og hun er min sagsbehandler.", "hvilket tog hun"),
]
ROUND_NEGATIVES += [
    "Jeg ved hvilken bus han tager hjem, for han er min bror.",
    "Min fætter bor ved siden af mig, så jeg ved hvilket tog han tager om morgenen.",
]

# round 86, veiled threats at a named or described staff member: someone prowling round their
# new home at night wished as a pity; "you too get what you deserve" with "it comes sooner than
# you think"; harm to them or theirs the writer "would hate", beside people pushed over the
# edge who may do anything; having stood outside their home evening after evening; the
# Jutlandic "æ ska nok find' ud a hvor do bor" and a talk "without a counter between us"; a
# call on others to wait for them on their way home, "just say, then I drive". And the near
# misses: a new house congratulated, the writer's own garden, a well-earned holiday, concern
# for their health, one's own children, picking up a friend or a sister, asking the way to the
# office, a talk without a counter at a public meeting, a lift home offered
POSITIVES_R86_VEILED_WITH_REGISTER = [
    (
        "Fatima Ali, jeg har set jeres nye rækkehus med den store have. Det ville være synd, "
        "hvis nogle folk listede rundt omkring i den om natten.",
        "c",
        "listede rundt",
    ),
    (
        "Flot carport du har fået, Henrik Toft. Ærgerligt hvis der kom nogen og luskede rundt "
        "ved den i mørket.",
        "c",
        "luskede rundt",
    ),
    (
        "Du skrev løgn om mig i min sag, Per Storm. Man får det man fortjener. Også dig. Den "
        "dag kommer før end du tror.",
        "a",
        "fortjener",
    ),
    (
        "Også dig, Sofie Holm. Du får hvad du fortjener, og det kommer hurtigere end du aner.",
        "a",
        "hurtigere",
    ),
    (
        "Til Torben Bak. Jeg ville nødigt se, at der skete noget med dine børn. Men når folk "
        "bliver presset til det yderste, ved man aldrig hvad de kan finde på.",
        "b",
        "det yderste",
    ),
    (
        "Jeg ville nødig have at der sker noget med dig, Yasmin El-Amin. Man ved jo aldrig hvad "
        "folk gør, når de bliver skubbet ud over kanten.",
        "b",
        "nødig",
    ),
    (
        "Jakob Bøgh skal vide, at jeg har holdt udenfor hans hus flere nætter i træk.",
        "a",
        "udenfor hans hus",
    ),
    (
        "Jeg har siddet i bilen uden for din lejlighed et par aftener nu, Kim Frederiksen.",
        "a",
        "din lejlighed",
    ),
    ("A ska nok finn ud a hvor do bor, Gorm Vestergaard.", "b", "hvor do bor"),
    (
        "Æ find' ud a hvor hun bor, ham Torben Bak. Så mødes vi uden skranke mellem os.",
        "b",
        "hvor hun bor",
    ),
    (
        "Nogen skulle stå og vente på hende sagsbehandleren, når hun har fri. Sig bare til, så "
        "kommer jeg.",
        "a",
        "vente på hende",
    ),
    (
        "Folk burde vente på Per Storm efter han får fyraften. Bare giv lyd, så kører vi.",
        "a",
        "vente på Per Storm",
    ),
]
NEGATIVES_R86_VEILED_WITH_REGISTER = [
    ("Tillykke med det nye hus og den flotte have, Fatima Ali! Det må være dejligt.", "c"),
    (
        "Vi har lige sået græs i vores have. Det ville være en skam, hvis nogen trampede rundt "
        "i den om natten, så vi har sat et hegn op.",
        "a",
    ),
    (
        "Du har knoklet hele året, Per Storm. Man får det man fortjener: tre ugers ferie. Også "
        "dig!",
        "a",
    ),
    ("Sommerferien kommer hurtigere end du regner med, Sofie Holm, så husk at søge i tide.", "a"),
    (
        "Jeg ville nødig have, at der skete noget med dig, Torben Bak. Du ser så træt og "
        "stresset ud, pas på dit helbred.",
        "b",
    ),
    (
        "Mine børn bliver presset ud over kanten af skolen, og man ved aldrig hvad de finder på "
        "af ballade. Det er hårdt for en mor.",
        "b",
    ),
    (
        "Jeg har ventet foran min venindes opgang et par aftener for at hente hende til træning.",
        "a",
    ),
    (
        "Jeg har stået foran hendes hus et par gange, for Lotte er min søster og vi skulle i "
        "biografen.",
        "a",
    ),
    ("Æ ka ikk find' ud a hvor do sidder henne, Torben Bak. Hvor ligger jeres kontor?", "b"),
    ("Det var rart at snakke sammen uden skranke imellem os til borgermødet i går.", "b"),
    (
        "Nogen burde vente på Kim Frederiksen, når han går hjem, så han kan få et lift. Bare sig "
        "til, så kører jeg ham.",
        "a",
    ),
    ("Mangler du et lift i aften? Bare sig til, så kører jeg.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R86_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R86_VEILED_WITH_REGISTER
# round 86: arson by its tools (petrol and a light that "solve the problem", the jobcentre
# empty at night, its ground-floor windows, petrol cheaper than what they cost), new panes
# as the price of a condition, a package at the back door not to be opened, a weapon brought
# along in the next sentence with "one never knows how such meetings end", "don't be
# surprised … it is not a threat, it is a prediction", friends who solve problems dropping by
# unannounced, the signer known while the writer stays hidden, and a call on others to teach
# someone a lesson with where and when she sits
POSITIVES_R86 = [
    (
        "Lidt tændvæske og en lighter, så er det problem klaret. Kommunens kontor står "
        "mennesketomt om natten.",
        "problem klaret",
    ),
    (
        "Rådhuset har store ruder i gadeplan. En benzindunk er billigere end det, I har taget "
        "fra mig.",
        "billigere",
    ),
    (
        "Kommer der ikke penge på kontoen mandag, så kan I godt bestille nye vinduer til hele "
        "receptionen.",
        "nye vinduer",
    ),
    (
        "Hvis ydelsen ikke er genoprettet i morgen, så må jobcentret hellere ringe efter en "
        "glarmester.",
        "glarmester",
    ),
    (
        "Der står en kasse ved jeres personaleindgang. Jeg ville ikke røre den, hvis jeg var jer.",
        "personaleindgang",
    ),
    ("Jeg har lagt en pose ved bagdøren hos jer. Åbn den ikke.", "bagdøren"),
    (
        "Har fundet min bedstefars gamle økse frem. Den skal med til opfølgningen på onsdag, man "
        "ved aldrig hvordan sådan nogle samtaler ender.",
        "økse",
    ),
    (
        "Jeg har pudset min pistol. Den kommer med ind til mødet i næste uge, man ved jo aldrig "
        "hvordan møderne ender.",
        "møderne ender",
    ),
    (
        "Næste gang I skærer i min ydelse, skal I ikke være forbavsede over det, der sker "
        "bagefter. Det er ikke en trussel, men en garanti.",
        "forbavsede",
    ),
    (
        "Hvis I afviser mig igen, skal du ikke blive chokeret over hvad der sker bagefter. Det er "
        "ikke en trussel. Det er en konstatering.",
        "konstatering",
    ),
    (
        "Mine brødre er rigtig dygtige til at ordne sådan noget. De vil gerne besøge jer en dag "
        "uden at varsle først.",
        "uden at varsle",
    ),
    (
        "Jeg har nogle kammerater, der er eksperter i at løse problemer. De kommer forbi kontoret "
        "en dag. Uden at melde sig.",
        "uden at melde",
    ),
    (
        "Jeg ved nu præcis hvem der har truffet min afgørelse. Men han aner ikke hvem jeg er "
        "eller hvor jeg bor.",
        "hvor jeg bor",
    ),
    (
        "En bekendt fortalte mig, så jeg ved godt hvem der har underskrevet min sanktion. Hun ved "
        "ikke hvor jeg holder til.",
        "underskrevet",
    ),
    (
        "Hvis nogen tør give den idiot fra kontanthjælp en ordentlig omgang, så står han i "
        "receptionen hver fredag.",
        "receptionen hver fredag",
    ),
    (
        "Er der nogen der gider give det svin fra sygedagpenge en lærestreg? Han sidder ved "
        "skranken mandag og onsdag.",
        "lærestreg",
    ),
]
NEGATIVES_R86 = [
    "Til bålet i haven brugte vi benzin og en tændstik, så var det problem løst.",
    "Til sankthans står kommunens kontor tomt om natten, og vi tænder bålet med lidt tændvæske.",
    "Efter stormen i weekenden har rådhuset fået nye ruder i hele stueetagen.",
    "Hvis vinduerne dugger igen, kan I godt bestille nye termoruder, siger viceværten.",
    "Det er kun 15 grader i venteværelset, så kan I godt bestille nye vinduer.",
    "Der står en pakke ved jeres bagdør, som budet har leveret. Den skal afhentes i morgen.",
    "Jeg ville ikke åbne den vedhæftede fil, hvis jeg var dig. Det ligner svindel.",
    "Jeg har købt en ny kokkekniv. Den skal med til madlavningskurset på tirsdag.",
    "Jeg har en lille kniv til frugt i tasken. Må jeg have den med ind til mødet?",
    "Man ved aldrig hvordan møderne ender, de trækker altid ud i flere timer.",
    "Meteorologerne siger regn hele ugen. Det er ikke en trussel, det er en forudsigelse.",
    "Hvis I stopper min ydelse, skal I ikke blive overraskede over det der sker bagefter: jeg "
    "klager til Ankestyrelsen.",
    "Mine venner er gode til at løse sudoku og krydsord. De kigger forbi uden at ringe først.",
    "Min svigermor kommer altid forbi uden at ringe først, men hun har kage med.",
    "Jeg kender en der kender en der ved alt om reglerne for fleksjob.",
    "Jeg ved godt hvem der har skrevet under på min afgørelse, det fremgår af brevet.",
    "Læreren ville give hele klassen en lærestreg, så de lærte at møde til tiden.",
    "Skranken har åbent mandag og onsdag formiddag, så jeg kommer forbi med papirerne.",
    "Jobcentret har mange vinduer i stueetagen, så der er dejligt lys i venteværelset.",
    "En dunk benzin koster mindre end en taxa til jobcentret.",
]
ROUND_POSITIVES += POSITIVES_R86
ROUND_NEGATIVES += NEGATIVES_R86

# round 88, veiled threats at a named or described staff member: allies who come to "talk" and
# are good at making people understand, away from the office where there are no guards; a
# grudge not forgotten; advice to lock the door at night; "has not long left" with a warning
# (leetspeak too); the patient hunter, years of patience and a gun kept ready; "the last he
# ever makes"; a call to teach someone what consequences are; a taking paid back in kind with
# "you will see"; a caseworker described by her child told to take good care of it. And the
# near misses: cousins with a job, brothers as support, burglaries in the area, a fishing
# story, a retirement, consequences at school, a sick colleague, cake taken in jest, illness
POSITIVES_R88_VEILED_WITH_REGISTER = [
    (
        "Sig til Per Storm, at mine fætre gerne vil tage en lille snak med ham. De er "
        "eksperter i at få folk til at fatte ting. Ikke inde på jobcentret selvfølgelig.",
        "a",
        "fatte",
    ),
    (
        "Min storebror og hans venner kommer og taler med dig, Sofie Holm. Ikke på kontoret, "
        "men et andet sted.",
        "a",
        "taler med dig",
    ),
    (
        "Jeg glemmer aldrig hvad du har gjort mod min familie, Torben Bak. Vi ses et sted hvor "
        "der ikke er nogen vagter.",
        "b",
        "vagter",
    ),
    (
        "Jakob Bøgh skulle måske låse døren om aftenen fremover. Bare et godt råd.",
        "a",
        "låse døren",
    ),
    ("Gorm Vestergaard har ikke længe igen. Du er advaret.", "b", "længe"),
    ("T0rb3n B4k h4r ikk3 m4ng3 d4g3 tilb4g3. Du 3r 4dv4r3t.", "b", "tilb4g3"),
    (
        "Den tålmodige jæger får altid byttet, siger min onkel. Jeg har ventet tålmodigt i to "
        "år, Kim Frederiksen. Riflen er renset.",
        "a",
        "Riflen",
    ),
    (
        "Hvis Mohammad Nasser sender endnu et afslag i min datters sag, så er det det sidste han "
        "nogensinde skriver. Det er min sidste advarsel.",
        "a",
        "sidste",
    ),
    (
        "Folk burde tage en tur op på rådhuset og lære Signe Krogh Poulsen, hvad respekt er. Jeg "
        "siger det bare.",
        "b",
        "respekt",
    ),
    ("Du Yasmin tage min ydelse. Jeg tage noget fra dig igen. Du skal se.", "b", "fra dig"),
    (
        "Til socialrådgiveren i Fleksjob med drengen i Myretuens Vuggestue: pas nu godt på ham. "
        "Det gør jeg også.",
        "a",
        "pas nu godt",
    ),
]
NEGATIVES_R88_VEILED_WITH_REGISTER = [
    (
        "Min fætter og hans venner vil gerne have en snak med dig om et job. De er gode til at "
        "få folk til at forstå faget. Ikke her på kontoret, men over en kop kaffe.",
        "a",
    ),
    ("Mine brødre kommer med til mødet som støtte og snakker med dig om min sag, Sofie Holm.", "a"),
    (
        "Der har været tre indbrud på vejen, så Jakob Bøgh burde nok låse hoveddøren om natten. "
        "Bare et godt råd.",
        "a",
    ),
    (
        "Som min morfar altid siger: den tålmodige jæger får sit bytte. Jeg har været tålmodig i "
        "to år med fiskestangen, og i går fik jeg endelig en laks.",
        "a",
    ),
    (
        "Anne-Mette Lund går på pension i maj, så det bliver den sidste rapport hun nogensinde "
        "skriver hos jer. Hun er advaret om festen.",
        "a",
    ),
    (
        "Læreren burde lære eleverne hvad konsekvenser er, og nogen burde tage en tur på skolen "
        "og se det.",
        "a",
    ),
    (
        "Til sagsbehandleren med den syge kollega: pas rigtig godt på hende. Det gør jeg også.",
        "a",
    ),
    ("Jeg tager noget kage fra dig også, Kim Frederiksen. Du vil se.", "a"),
    ("Per Storm har ikke lang tid tilbage før sin pension. I er advaret.", "a"),
    ("Jeg glemmer aldrig hvad du gjorde for min familie, Torben Bak. Tak for alt.", "b"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R88_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R88_VEILED_WITH_REGISTER

# round 88: harm to the jobcentre's things pictured as a regret, glass that breaks or paper that
# burns so easily, matches beside the archive's paper, "someone there will have a bad day",
# arson in Danish-English ("burner hele stedet ned"), photos of staff coming and going and a
# visit announced soon; near misses: a glass front praised, matches for candles, a bad day told,
# a CD or calories burnt, photos of an event, a relative's visit, a practical meeting at the car
# park with a call on arrival
POSITIVES_R88 = [
    (
        "Jeg ville virkelig ærgre mig, hvis der skete noget med jeres nye glasdøre. Glasdøre "
        "knuses jo så let i stykker.",
        "knuses jo så let",
    ),
    (
        "Jeg ville hade hvis der skete noget med jeres kontor. Papir brænder jo så godt.",
        "Papir brænder",
    ),
    (
        "Jeg har en lighter i lommen. Og jeres kontor er fyldt med mapper og papirer. Tænk lidt "
        "over det før mødet.",
        "lighter",
    ),
    (
        "Jeres kælder er propfyldt med gamle sager. Og en flaske tændvæske koster kun 20 kr. "
        "Tænk over det inden næste møde.",
        "tændvæske",
    ),
    (
        "Hvis I stopper min ydelse, så får nogen derovre en rigtig sort dag.",
        "sort dag",
    ),
    (
        "Hvis sanktionen ikke bliver trukket tilbage, kommer min sagsbehandler til at få en meget "
        "dårlig dag.",
        "dårlig dag",
    ),
    ("Hvis I tager min boligstøtte, så burner jeg hele kontoret ned.", "burner"),
    ("Skær i min ydelse igen, og jeg burner jobcentret ned, I swear.", "burner jobcentret ned"),
    (
        "Vi har fotos af jer allesammen, når I kommer ud af personaleindgangen. En dag får I "
        "besøg.",
        "fotos af jer",
    ),
    (
        "Vi holder øje med jer. Vi har billeder af alle medarbejdere, der kører hjem fra "
        "jobcentret. Snart får du besøg.",
        "Snart får du besøg",
    ),
]
NEGATIVES_R88 = [
    "Jeres nye glasfacade er virkelig flot, det lyser op på hele pladsen.",
    "Jeg ville hade hvis der skete noget med min mor, mens jeg er indlagt.",
    "Glas går let i stykker, så pas på, når I flytter kasserne.",
    "Jeg købte tændstikker i Netto til lysene på bordet. Jeres arkiv er fyldt med papir, så I "
    "burde digitalisere.",
    "Jeg havde en rigtig dårlig dag på arbejdet i går, så jeg glemte mødet.",
    "Hvis toget er forsinket, får du en dårlig dag.",
    "Jeg skal burne en CD med billeder til min mor. Og så burner jeg kalorier i fitness.",
    "Vi er en gruppe frivillige, og vi har billeder af alle deltagere fra sommerfesten.",
    "Snart får I besøg af min søster, som er min bisidder til mødet.",
    "Så mødes vi ved indgangen kl. 9 på torsdag – jeg ringer, når jeg er der, så nogen kan "
    "lukke mig ind.",
    "Jeg bruger rollator. Vi ses ved bagindgangen i morgen, jeg ringer når jeg står der, så "
    "nogen kan åbne døren.",
]
ROUND_POSITIVES += POSITIVES_R88
ROUND_NEGATIVES += NEGATIVES_R88

# round 88, lead: "han/hun er advaret" closing its sentence is the warning said of the
# person; "advaret om" a moved meeting is a notice
ROUND_POSITIVES += [
    ("Per Storm har ikke lang tid tilbage. Han er advaret.", "Han er advaret"),
    ("Sofie Holm kommer til at fortryde det her. Hun er hermed advaret.", "er hermed advaret"),
]
ROUND_NEGATIVES += [
    "Hun er advaret om, at mødet er flyttet til torsdag.",
    "Min nabo er advaret om vandspærringen i morgen.",
]

# stop 27, lead: where a friend or neighbour lives or goes home, told as one's own circle
ROUND_NEGATIVES += [
    "Jeg ved hvornår hun går hjem, for hun er min veninde.",
    "Jeg ved hvor han bor, han er min nabo, så jeg kan aflevere papirerne.",
]

# round 90 A, veiled and open threats at staff and the jobcentre: not going home "on one's own
# legs" with a possessive; the clipped spoken "så ka' du lær' det"; "without colleagues to
# protect him"; a visit one evening where the person must explain the decision himself; "give
# him a little visit"; a bag "lay" at the entrance (a supposition's past) and a parcel nobody
# dares touch; how easily one works out which way the staff go home; someone turning up "with
# something other than papers in hand". And the near misses: legs after an operation, a figure
# of standing on one's own feet, learning to knit or on a course, a lone colleague's safety, a
# brother's decision, visits to grandfather or a sick neighbour, a parcel from the courier, a
# smelly parcel, a box of old files, a bus route, a complaint of data protection, papers only,
# a lawyer brought along
POSITIVES_R90A_WITH_REGISTER = [
    ("Hvis jeg ser dig igen, Kim Frederiksen, så går du ikke hjem på dine egne ben.", "a",
     "dine egne ben"),
    ("Torben Bak har møde med mig på fredag. Han slipper ikke væk på sine to ben.", "b",
     "sine to ben"),
    ("Du er advaret, Per Storm – så ska' du lær' det.", "a", "lær"),
    ("Jeg har ikke glemt hvad du gjorde, Sofie Holm. Så ka' du lær' det.", "a", "lær"),
    ("Sofie Holm bor på Egevej 4. Der er hun uden kolleger til at beskytte hende.", "a",
     "uden kolleger"),
    ("Kim Frederiksen bor i et rækkehus på Lyngvej. Derhjemme er han uden kolleger til at "
     "hjælpe ham.", "a", "uden kolleger"),
    ("Anne-Mette Lund bor på Birkevej 12. Jeg dukker op en aften, så kan hun selv begrunde sit "
     "afslag.", "a", "selv begrunde"),
    ("Jeg svinger forbi en aften, Per Storm, og så kan du selv forsvare din afgørelse. Bare så "
     "du ved det.", "a", "selv forsvare"),
    ("Torben Bak bor i rækkehuset på Kastanjevej. Vi burde give ham et lille besøg.", "b",
     "lille besøg"),
    ("Henriette Dalgaard bor i den røde villa ved kirken. Nogen skulle give hende et personligt "
     "besøg.", "b", "personligt besøg"),
    ("Det kunne jo ende med, at der står en kasse foran hoveddøren til jobcentret, som ingen tør "
     "røre.", "a", "ingen tør røre"),
    ("En morgen ligger der en rygsæk ved indgangen til jeres kontor, og ingen tør flytte den.",
     "a", "ingen tør flytte"),
    ("Tænk hvis der en dag lå en taske foran receptionen. Bare så I ved det.", "a", "taske"),
    ("Ret interessant, hvor nemt man kan regne ud, hvilken vej medarbejderne kører fra kontoret."
     " Bare så I ved det.", "a", "hvilken vej"),
    ("Sjovt så hurtigt man kan se, hvilken vej Per Storm kører fra kontoret om eftermiddagen. "
     "Husk mine ord.", "a", "hvilken vej"),
    ("Hvis I stopper min ydelse, dukker jeg op på jobcentret med noget andet end kaffe i "
     "hænderne.", "a", "noget andet end"),
    ("Snart står der nogen i venteværelset med noget andet end et nummer i hånden. Husk mine ord.",
     "a", "noget andet end"),
]
NEGATIVES_R90A_WITH_REGISTER = [
    ("Efter operationen kommer han ikke derfra på sine egne ben, så vi har bestilt en kørestol.",
     "a"),
    ("Du kommer ikke langt på dine egne ben i det her system, Kim Frederiksen – få dig en "
     "bisidder.", "a"),
    ("Det er nemt nok at strikke – så ka' du lær' det på en weekend.", "a"),
    ("Min mor viser dig opskriften, og så ka' du lær' det selv.", "a"),
    ("Vi ses på kurset i morgen, så ka' du lær' det.", "a"),
    ("Vores sagsbehandler sad alene i receptionen uden kolleger til at beskytte hende, da en "
     "borger råbte. Det er ikke i orden.", "a"),
    ("Min datter arbejder i nattevagt uden kolleger til at hjælpe hende, og det bekymrer mig.",
     "a"),
    ("Jeg kigger forbi kontoret i morgen, så kan du selv forklare din afgørelse.", "a"),
    ("Min bror kommer forbi i aften, så kan han selv forklare sin beslutning om at flytte til "
     "Aarhus.", "a"),
    ("Morfar bor alene nu. Vi skulle give ham et lille besøg i weekenden med kage.", "a"),
    ("Min nabo er syg, så vi gav hende et lille besøg med blomster.", "a"),
    ("Torben Bak har fødselsdag på fredag, så lad os give ham et lille besøg med kage på "
     "kontoret.", "b"),
    ("Der lå en pakke ved hovedindgangen til jer i morges, som budet havde efterladt – hent den "
     "i receptionen.", "a"),
    ("Vi fik en pakke fra min svigermor, som ingen turde åbne, fordi den lugtede af fisk.", "a"),
    ("Der står en kasse med gamle sager ved indgangen til jobcentret, som ingen tør smide ud.",
     "a"),
    ("Det er let at finde ud af, hvilken bus man tager hjem fra rådhuset – tjek Rejseplanen. "
     "Tænk over det, før I flytter stoppestedet.", "a"),
    ("Det er bekymrende, hvor let det er at finde ud af, hvor folk bor, når kommunen "
     "offentliggør adresser i referaterne. Tænk over det, før I sender flere breve ud med "
     "GDPR-brud.", "a"),
    ("Jeg kommer ikke med noget andet end mine papirer i hånden, så I kan roligt åbne døren. "
     "Bare så I ved det.", "a"),
    ("I skal ikke blive overraskede, hvis jeg står i receptionen med noget andet end papirer i "
     "hånden – nemlig min advokat.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R90A_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R90A_WITH_REGISTER
# round 90 B, veiled threats by watching, routines, family and home: the way home known and a
# long winter ahead; a described car and where it stands at an hour, with "bare så du ved, at
# vi holder øje"; the address with how easy a house is to get into at night; a relative's post
# at work beside "skal mærke det"; a routine with "man ved aldrig, hvem der lurer"; a child's
# class shared with someone the writer knows, and children who "must be taken care of". And
# the near misses: a child of the writer's own, a knee and a wish of recovery, the writer's own
# car, a case watched, deer in the garden, the writer's own stairway, the writer's wife at
# work, a kind son at the till, the writer's own runs, the writer's daughter and the street
# lights, the writer's own children in day care, traffic by a school
POSITIVES_R90B_VEILED_WITH_REGISTER = [
    ("Jeg ved udmærket, hvor Sofie Holm cykler hjem fra arbejde.", "a", "cykler hjem"),
    ("Vi kender godt hvor han går hjem efter fyraften, Per.", "a", "går hjem"),
    (
        "Jeg har fulgt med i, hvornår du har fri, Kim. Det kan blive en lang vinter for dig.",
        "a",
        "lang vinter",
    ),
    ("Du er advaret, Jakob. Det bliver en hård vinter for dig.", "a", "hård vinter"),
    (
        "Torben Bak. Sort Volvo, står altid foran Fakta på Skolegade om morgenen. Blot så du "
        "ved, at jeg holder øje.",
        "b",
        "Volvo",
    ),
    (
        "Signe K. kører en hvid Toyota. Bilen holder altid bag hallen ved 16-tiden. Bare så du "
        "ved det, at vi holder øje.",
        "b",
        "holder øje",
    ),
    (
        "Jakob Bøgh bor på Rosenvænget 8, med stor have. Det er let at kravle over hækken om "
        "aftenen.",
        "a",
        "kravle over",
    ),
    (
        "Henriette Dalgaard bor i det hvide rækkehus på Møllebakken. Det er nemt at komme ind i "
        "sådan et hus, når de sover.",
        "b",
        "når de sover",
    ),
    (
        "Jens-Ole Krags kone sidder i receptionen på tandlægeklinikken. Hun skal også mærke det.",
        "c",
        "receptionen",
    ),
    (
        "Fatima Alis mand står bag baren på Café Nord. Snart skal han få at mærke, hvad det vil "
        "sige.",
        "c",
        "baren",
    ),
    (
        "Birgitte Munk Sørensen cykler hver aften kl. 22 hjem gennem skoven. Det er risikabelt "
        "for hende at cykle alene derude.",
        "c",
        "alene",
    ),
    (
        "Fatima svømmer hver morgen kl. 7 i havnebadet. Man kan jo aldrig vide, hvem der lurer.",
        "c",
        "lurer",
    ),
    (
        "Jens-Ole Krags ældste går i 3.b på Nørreskolen. Sådanne børn skal man passe godt på, "
        "ikke?",
        "c",
        "passe godt på",
    ),
    (
        "Fatima Alis søn er i samme stue som min nabos dreng i Mælkebøttens Børnehave. Den "
        "slags drenge skal passes ekstra godt på.",
        "c",
        "samme stue",
    ),
]
NEGATIVES_R90B_VEILED_WITH_REGISTER = [
    ("Min datter ved godt, hvor hun går hjem fra skolen, så hun kan gå selv.", "a"),
    ("Jeg ved ikke, hvor du går hjem, men vi kan mødes på biblioteket.", "a"),
    ("Det bliver en lang vinter for dig med det knæ, Sofie, god bedring.", "a"),
    ("Det bliver en lang vinter for dig, Kim.", "a"),
    ("Min grå Toyota holder altid bag Netto om morgenen, så I kan se, når jeg er kommet.", "b"),
    ("Bare så du ved, at vi holder øje med sagen og fristerne.", "b"),
    ("Signe K. Hvid Toyota, holder altid bag hallen ved 16-tiden.", "b"),
    ("Rådyrene synes, det er nemt at komme ind i haven om natten, så vi har sat hegn op.", "a"),
    (
        "Det er nemt at komme ind i min opgang om aftenen, for døren lukker ikke. Kan I hjælpe "
        "med en anden bolig?",
        "a",
    ),
    ("Min kone sidder i kassen i Netto, så hun kan ikke tage til mødet.", "c"),
    ("Henrik Tofts søn står i kassen i Føtex. Han var så sød at hjælpe mig med poserne.", "c"),
    (
        "Jeg løber selv hver morgen kl. 6 rundt om søen, og det kan være farligt for en pige at "
        "løbe alene.",
        "c",
    ),
    (
        "Min datter går hver aften kl. 21 hjem fra træning. Det er usikkert at gå alene, for "
        "gadelysene er slukket.",
        "c",
    ),
    (
        "Det kan være farligt at løbe alene i skoven om vinteren, man ved aldrig hvem der lurer, "
        "så jeg har meldt mig på et løbehold.",
        "c",
    ),
    (
        "Mine børn skal passes godt på, så jeg kan først starte i praktik, når der er plads i "
        "vuggestuen.",
        "c",
    ),
    (
        "Små børn skal passes godt på i trafikken, så kan kommunen ikke sætte en lysregulering "
        "op ved skolen?",
        "c",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R90B_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R90B_VEILED_WITH_REGISTER


# round 92 C, open, conditional and general threats: a call to "take care of" a named person
# at an hour off work, with others asked to join in private; the person's windows, car or
# carport not expected to last, beside a condition; some of "you" who won't come home; things
# that happen when people are pushed over the edge, and no surprise the day someone goes
# berserk; a rhetorical call to beat the people at a place; "nothing to lose" and coming
# prepared; the staff's own children and a life that can turn in a moment. And the near
# misses: care for a sick colleague, a collection, a dog minded; old panes, the writer's rent,
# a car's MOT; a course, a meeting running late, Christmas; the writer's sick leave, a
# breakdown, a lawful complaint; cake and praise, a pay rise, a lesson in case handling or at
# the ballot box; papers and a bisidder brought, a meeting to find a solution; an appeal to
# their own children, "it can happen to you too", a new job, an accident
POSITIVES_R92C_WITH_REGISTER = [
    (
        "Man burde tage sig af Sofie Holm, når hun har fri. Tag den privat, hvis I er friske.",
        "a",
        "når hun har fri",
    ),
    (
        "Folk burde tage sig af Torben Bak efter fyraften, han har smidt nok familier på gaden. "
        "Skriv til mig, hvis du er frisk.",
        "b",
        "hvis du er frisk",
    ),
    ("Folk herinde burde snart tage sig af Jens-Ole Krag på hjemvejen.", "c", "hjemvejen"),
    (
        "Næste gang I sanktionerer mig, skal Kim Frederiksen ikke være sikker på, at hans "
        "carport står hel morgenen efter.",
        "a",
        "carport",
    ),
    (
        "Stopper I min ydelse, så skal Torben Bak ikke tage for givet, at hans bil står hel til "
        "weekenden.",
        "b",
        "bil står hel",
    ),
    ("Nogle af jer kommer ikke hjem i aften, hvis pengene ikke er der.", "a", "ikke hjem"),
    ("Lukker I min sag, så kommer en af jer ikke hjem til sin familie.", "a", "en af jer"),
    (
        "Ting kan ske, hvis kommunen bliver ved med at presse folk til det yderste. I skal ikke "
        "blive chokerede den dag, nogen går amok derinde.",
        "a",
        "Ting kan ske",
    ),
    (
        "Man skal ikke blive overrasket, når nogen tager sagen i egen hånd derinde. Alt kan ske, "
        "når man skubber mennesker ud over kanten.",
        "a",
        "ud over kanten",
    ),
    ("Er der virkelig ingen, der giver de typer inde på jobcentret en lærestreg?", "a", "typer"),
    (
        "Findes der ikke nogen, som kan give de damer nede på kommunen en røvfuld?",
        "a",
        "røvfuld",
    ),
    (
        "Der er intet tilbage at miste for mig, så jeg møder op til samtalen på torsdag, og jeg "
        "møder op fuldt forberedt.",
        "a",
        "forberedt",
    ),
    (
        "Jeg har ikke mere at tabe. Vi ses til mødet på mandag, og jeg kommer godt rustet.",
        "a",
        "rustet",
    ),
    ("Du har jo selv børn, Sofie Holm. Livet kan vende på et øjeblik.", "a", "vende"),
    ("Du har vist også to små børn, Per Storm. Alting kan vende på et sekund.", "a", "børn"),
]
NEGATIVES_R92C_WITH_REGISTER = [
    (
        "Nogen burde tage sig af Fatima Ali en aften efter arbejde, hun er syg og bor helt "
        "alene.",
        "c",
    ),
    ("Vi samler ind til en afskedsgave til Per Storm. Skriv privat, hvis du er med.", "a"),
    ("Kan nogen tage sig af min hund en aften efter arbejde? Skriv privat, hvis du er med.", "a"),
    (
        "Hvis I ikke får skiftet dem, skal I ikke regne med, at jeres gamle ruder holder til "
        "vinteren.",
        "a",
    ),
    (
        "Hvis I stopper min ydelse, skal I ikke regne med, at jeg kan betale huslejen til næste "
        "måned.",
        "a",
    ),
    ("Du skal ikke regne med, at din bil holder til synet, Per.", "a"),
    ("Der er et par af jer, der ikke kommer hjem fra kurset før fredag, så mødet må flyttes.", "a"),
    ("Hvis mødet trækker ud, kommer en af jer ikke hjem før kl. 19, så lad os flytte det.", "a"),
    (
        "Nogle af jer kommer ikke hjem til jul i år, har jeg hørt, så jeg sender kortet til "
        "kontoret.",
        "a",
    ),
    ("Min søn er en af dem, der aldrig kommer hjem før midnat.", "a"),
    (
        "Ting kan ske, når man presser folk helt ud over kanten – min sygemelding er et bevis på "
        "det.",
        "a",
    ),
    ("I skal ikke blive overraskede den dag, nogen bryder sammen i venteværelset.", "a"),
    (
        "Jeg bliver ikke overrasket, den dag nogen mister tålmodigheden med ventetiden og klager "
        "til Ankestyrelsen.",
        "a",
    ),
    ("Er der ikke nogen, der giver de søde damer i receptionen en omgang kage?", "a"),
    (
        "Er der ikke nogen, der giver de ansatte på jobcentret en ordentlig omgang ros? De "
        "knokler.",
        "a",
    ),
    ("Er der ikke snart nogen, der giver de folk på rådhuset en ordentlig lønforhøjelse?", "a"),
    (
        "Er der ikke nogen, der kan give de folk i forvaltningen en lektion i ordentlig "
        "sagsbehandling?",
        "a",
    ),
    ("Er der ikke nogen, der kan give de folk på rådhuset en lærestreg ved næste valg?", "a"),
    (
        "Jeg har ikke noget at miste ved at klage. Jeg kommer forberedt til mødet med alle mine "
        "papirer.",
        "a",
    ),
    (
        "Tænk over det, inden mødet på tirsdag, så vi kan finde en løsning sammen. Jeg kommer "
        "godt forberedt.",
        "a",
    ),
    ("Jeg kommer forberedt med min bisidder og har intet at miste.", "a"),
    ("I har jo selv børn, så I må kunne forstå, at jeg ikke kan møde kl. 8.", "a"),
    ("Har du ikke selv to små børn, Per? Så ved du, hvor svært det er at få pasning.", "a"),
    (
        "I har vist alle sammen børn. Så I ved, hvor dyrt det er, og det hele kan vende "
        "hurtigere end man tror – I kan selv ende som ledige.",
        "a",
    ),
    ("Det hele kan vende hurtigere, end I tror – jeg har lige fået job!", "a"),
    (
        "Du har jo selv børn, Kim. Det hele kan vende hurtigt for en familie, når man bliver syg.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R92C_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R92C_WITH_REGISTER
# round 92 D, veiled threats at named staff told by what the writer has seen or knows: the way
# home watched ("lagt mærke til, hvilket tog du tager hjem"); a "talk" promised out of office
# hours, or asked of others with a named staff member, beside the home or the car known; the
# home seen from outside after dark beside a change at it told back; the greeting at the
# child's pick-up beside the school; a group with a grudge beside "pas på dig selv"; the car
# that "does not last forever" beside the car known. And the near misses: the writer's own
# bus, a question to the traveller, a talk asked for or with an agenda, criticism of the
# caseworkers, the writer's own house seen into, a congratulation, the jobcentre's roof, a
# greeting the writer always gives, the writer's own quarrel, a grudge against the jobcentre,
# the writer's own old car and washing machine
POSITIVES_R92D_VEILED_WITH_REGISTER = [
    ("Jakob Bøgh, jeg har lagt mærke til, hvilket tog du tager hjem om fredagen.", "a", "tog"),
    ("Sofie Holm, vi har holdt øje med, hvilken bus du tager hjem om aftenen.", "a", "bus"),
    (
        "Kim Frederiksen, du har vist fået ny carport. Vi to skal nok få os en snak uden for "
        "arbejdstid.",
        "a",
        "snak",
    ),
    (
        "Nogen burde tage en ordentlig snak med Per Storm. Han kører i en sort Audi og parkerer "
        "altid bag Netto.",
        "a",
        "ordentlig snak",
    ),
    (
        "Torben Bak, I har vist fået ny carport. Fra stien kan man se lige ind i stuen, når "
        "lyset er tændt.",
        "b",
        "lyset er tændt",
    ),
    (
        "Henriette Dalgaard, du har fået ny terrasse ud mod åen. Jeg kan se jer sidde der fra "
        "stien, når det bliver mørkt.",
        "b",
        "terrasse",
    ),
    (
        "Min nabos pige går i samme klasse som Henrik Tofts søn på Lindeskolen. Måske skulle jeg "
        "snakke med ham, når han henter drengen.",
        "c",
        "henter",
    ),
    (
        "Henrik Tofts yngste går på Lindeskolen, har jeg hørt. Jeg burde nok tale med ham en "
        "dag, mens han venter på knægten.",
        "c",
        "venter",
    ),
    (
        "Sofie Holm, pas godt på dig selv derude. Der er mange, der har noget uopgjort med dig.",
        "a",
        "uopgjort",
    ),
    (
        "Pas på dig selv på vej hjem, Kim. Der går nogle drenge rundt, som har et horn i siden "
        "på dig.",
        "a",
        "horn i siden",
    ),
    (
        "Kim Frederiksen kører i en rød Skoda og parkerer altid ved åen. Bilen holder nok ikke "
        "for evigt.",
        "a",
        "for evigt",
    ),
    (
        "Signe K. kører i en hvid Tesla og holder altid på p-pladsen ved hallen. Den varer jo "
        "ikke evigt.",
        "b",
        "evigt",
    ),
]
NEGATIVES_R92D_VEILED_WITH_REGISTER = [
    ("Jeg har set på Rejseplanen, hvilken bus jeg skal tage hjem fra mødet.", "a"),
    ("Har du set, hvilken bus du skal tage hjem fra kurset, Kim?", "a"),
    ("Kan vi tage en snak uden for kontortid om min søns praktik, Kim?", "a"),
    ("Jeg skal nok lige tage en snak med dig uden for kontortid, hvis du har tid, Sofie.", "a"),
    (
        "Nogen burde tage en snak med Jakob Bøgh om, hvordan man skriver et afslag, der er til "
        "at forstå.",
        "a",
    ),
    ("Nogen burde tage en snak med sagsbehandlerne, for ventetiden er alt for lang.", "a"),
    (
        "Jeg har fået nyt køkken, og man kan se ind i min stue fra vejen om aftenen, så jeg har "
        "brug for gardiner.",
        "b",
    ),
    ("Signe K., du har vist fået nyt køkken – tillykke, billederne på Facebook var flotte.", "b"),
    ("Jobcentret har fået nyt tag, og man kan se det fra vejen om aftenen, når lyset er tændt.",
     "b"),
    ("Torben Bak, jeg kan se, at du har fået ny hæk. Den er pæn.", "b"),
    (
        "Fatima Alis søn går i klasse med min datter på Vestre Skole. Jeg hilser altid på hende, "
        "når hun henter ham – hun er så sød.",
        "c",
    ),
    ("Jeg vil gerne hilse på Fatima Ali, når hun henter sin søn, for hun hjalp mig meget.", "c"),
    ("Jeg har en høne at plukke med dig, Kim, om den afgørelse, du sendte i går.", "a"),
    (
        "Der er mange borgere, der har en høne at plukke med jobcentret, og pas på dig selv "
        "derude.",
        "a",
    ),
    (
        "Min gamle Skoda har kørt 300.000 km. Den holder ikke evigt, så jeg har brug for hjælp "
        "til en ny.",
        "a",
    ),
    ("Min vaskemaskine er 20 år gammel. Den holder ikke evigt.", "a"),
    (
        "Per Storm kører i en grå Ford og parkerer ved hallen. Min egen bil holder ikke evigt, "
        "så jeg håber, han kan give mig et lift til mødet.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R92D_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R92D_VEILED_WITH_REGISTER
# round 94 E, open, conditional and general threats at the jobcentre and its people: revenge
# promised for one day ("… får I det igen"); fists as the way to tell them; an attack at a
# jobcentre recalled beside "the same can happen again" or people pushed "too hard"; fire safety
# doubted in a question beside the paper inside or how fast it goes; a group that has had
# enough beside "someone will not leave quietly" or "do not say you were not warned"; a car's
# panes or mirrors said soon to be missing; the person named to "pay the price" after a
# condition (a relative put out of a home). And the near misses: thanks or a thing lent, a
# banner or a fist on the table, a computer crash or a mix-up of papers recalled, stress, a
# lawsuit announced ("vi ses i byretten"), a worry for fire safety, a petition, a deadline, a
# slammed door after a meeting, the writer's own worn car, citizens or a parent paying the
# price, a lawful complaint after an eviction
POSITIVES_R94E_WITH_REGISTER = [
    (
        "I er nogle usle snyltere derinde på kontoret, og før eller siden skal I nok få det igen.",
        "a",
        "få det igen",
    ),
    ("Det skal du sgu få igen, Per Storm, det lover jeg.", "a", "få igen"),
    (
        "Kom med i morgen, så går vi ned på rådhuset og forklarer chefen det med knytnæverne.",
        "a",
        "knytnæverne",
    ),
    (
        "Fredag stiller vi os ved indgangen og viser sagsbehandlerne, hvad vi synes, med næverne.",
        "a",
        "næverne",
    ),
    (
        "Kan I huske, hvad der skete på et jobcenter på Fyn engang? Den slags kan sagtens ske "
        "igen.",
        "a",
        "ske igen",
    ),
    (
        "Glem ikke, hvad der skete med den sagsbehandler i Aalborg. Det samme kan let ske her, "
        "når folk bliver presset for hårdt.",
        "a",
        "skete",
    ),
    ("Vi ses på parkeringspladsen, hvis afslaget ikke bliver omgjort.", "a", "Vi ses"),
    (
        "Vi ses ude ved din bil, når du har fri, hvis sagen ikke bliver omgjort, Per.",
        "a",
        "Vi ses",
    ),
    (
        "Rådhuset har vel ikke røgalarmer i kælderen? Der står masser af gamle mapper dernede.",
        "a",
        "røgalarmer",
    ),
    ("Mon jeres kontor har sprinkler? Det kan gå hurtigt, når først det tager fat.", "a",
     "sprinkler"),
    (
        "Vi er mange, der har fået nok af jer. En skønne dag er der nogen, der ikke forlader "
        "kontoret roligt.",
        "a",
        "roligt",
    ),
    (
        "Der er flere af os, der har fået nok. Kom ikke og sig bagefter, at I ikke blev advaret.",
        "a",
        "advaret",
    ),
    (
        "Torben Bak kører i den sorte Volvo ved indgangen. Den kommer nok til at mangle et par "
        "ruder.",
        "b",
        "mangle et par ruder",
    ),
    ("Din Skoda på p-pladsen, Kim, vil snart mangle sidespejle.", "a", "mangle sidespejle"),
    (
        "Hvis min søn bliver smidt ud af kollegiet på grund af jeres afslag, så er det dig, der "
        "skal betale prisen, Sofie Holm. Jeg har intet at tabe.",
        "a",
        "betale prisen",
    ),
    (
        "Per Storm skal vide, at hvis I trækker min mors ydelse, så kommer han fandme til at "
        "betale prisen.",
        "a",
        "betale prisen",
    ),
]
NEGATIVES_R94E_WITH_REGISTER = [
    ("I har været så søde ved min mor under hele forløbet, og en dag får I det igen.", "a"),
    ("Du har lånt mig din kuglepen, Kim, og det skal du nok få igen en dag.", "a"),
    (
        "Vi møder op foran rådhuset og viser dem, hvad vi mener, med bannere og en "
        "underskriftindsamling.",
        "a",
    ),
    ("Vi må slå knytnæven i bordet og vise ledelsen, at nok er nok.", "a"),
    (
        "Kan I huske, hvad der skete på et jobcenter på Fyn, da it-systemet brød sammen? Sådan "
        "noget kan sagtens ske igen.",
        "a",
    ),
    (
        "Husker I, hvad der skete på jobcentret sidste år, hvor mine papirer blev forvekslet med "
        "en andens? Det samme kan ske igen, hvis I ikke retter det.",
        "a",
    ),
    ("Sådan noget kan ske igen, når folk bliver presset nok – så bliver de syge af stress.", "a"),
    ("Vi ses i byretten, hvis I ikke betaler erstatningen. Min advokat har sagen.", "a"),
    ("Vi ses i Ankestyrelsen, hvis I fastholder afslaget.", "a"),
    (
        "Jeg har bemærket, at jobcentret ikke har sprinkleranlæg, selvom der er meget papir. Det "
        "bør jeres sikkerhedsrepræsentant se på.",
        "a",
    ),
    (
        "Har jobcentret ikke sprinkleranlæg? Jeg er bekymret for min søn, der sidder i kørestol, "
        "hvis der skal evakueres.",
        "a",
    ),
    (
        "Der er mange af os, der har fået nok af ventetiden, og vi har samlet underskrifter til "
        "byrådet.",
        "a",
    ),
    ("Fristen er den 1. maj, så I skal ikke sige, at I ikke blev advaret om min ferie.", "a"),
    ("Der er altid en, der ikke går stille ud af døren efter et møde og smækker med den.", "a"),
    ("Min Peugeot kommer snart til at mangle nye dæk, og jeg har ikke råd.", "a"),
    ("Kommunens minibus kommer snart til at mangle to dæk, siger værkstedet.", "a"),
    ("Hvis reformen bliver vedtaget, så er det borgerne, der kommer til at betale prisen.", "a"),
    (
        "Hvis min far mister sin plads på plejehjemmet, så bliver det ham, der kommer til at "
        "betale prisen for jeres besparelser.",
        "a",
    ),
    (
        "Hvis jeg bliver sat ud af lejligheden på grund af jeres afgørelse, klager jeg til "
        "Ankestyrelsen.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R94E_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R94E_WITH_REGISTER
# round 94 F, veiled threats at named staff: the person seen in private life, at a shop or in
# town, beside "you did not see me / next time you will"; "I'll sort you out" after a condition
# or as a promise, stretched to what the person owns; the person's car told, then keys or a
# screwdriver that scratch paint; the person's children heard of, then "it must be nice to be
# able to look after them"; the child's school and pick-up (one sign) beside "we know things
# about her"; where the person lives in the country beside others called on to drop by at
# night. And the near misses: a thank-you after the sighting, a sighting with a question about
# a case, an appointment or a coffee "sorted", a Christmas greeting to "you and your family",
# the writer's own car and paint, a congratulation on a maternity leave, the writer's sister's
# children, a school and a pick-up told without more, knowing about the rules, a visit with
# cake, the writer's mother's farm, a home near the station
POSITIVES_R94F_VEILED_WITH_REGISTER = [
    ("Torben Bak, vi så dig nede i Netto i går aftes. Du bemærkede ikke os.", "b", "Netto"),
    (
        "Jeg spottede Kim Frederiksen i svømmehallen i søndags. Næste gang ser han mig.",
        "a",
        "svømmehallen",
    ),
    (
        "Sofie Holm, ringer du til min læge bag min ryg en gang til, så ordner jeg dig.",
        "a",
        "ordner jeg dig",
    ),
    (
        "Per Storm har stoppet min ydelse. Jeg skal nok ordne ham. Både ham og hans lille Fiat.",
        "a",
        "ordne ham",
    ),
    (
        "Jakob Bøgh har vist en ny sort Audi. En nøgle ridser så let lakken på sådan en.",
        "a",
        "ridser",
    ),
    (
        "Den hvide Volvo ude på p-pladsen er Henriette Dalgaards. Det kræver bare en "
        "skruetrækker at ridse dørene.",
        "b",
        "skruetrækker",
    ),
    (
        "Per Storm har to drenge på fem og syv, har jeg fået at vide. Det må da være trygt at "
        "kunne passe godt på dem.",
        "a",
        "trygt",
    ),
    (
        "Kim Frederiksen har en søn og en datter, siger de. Må være dejligt at kunne være der "
        "for dem, mens man stadig kan.",
        "a",
        "dejligt",
    ),
    (
        "Mohammad Nasser, som har behandlet min sag, har en søn i Solsikkens børnehave. Han "
        "afleverer ham altid kl. 7.45. Vi ved mere, end han tror.",
        "a",
        "ved mere",
    ),
    (
        "Anne-Mette Lund har to døtre på Byskolen. Hun henter dem altid ved porten ved "
        "totiden. Jeg ved også ting om hende.",
        "a",
        "ting om hende",
    ),
    (
        "Det er Torben Bak, der har skåret i min hjælp. Han bor på en gammel gård ude ved Tange "
        "Sø. En eller anden burde svinge forbi en sen aften.",
        "b",
        "svinge forbi",
    ),
    (
        "Signe K. har afvist min klage. Hun bor i et hus tæt ved skoven. Nogle af jer kunne jo "
        "kigge derud, når det er mørkt.",
        "b",
        "kigge derud",
    ),
]
NEGATIVES_R94F_VEILED_WITH_REGISTER = [
    ("Jeg så dig i Netto i går, Sofie, men du så ikke mig. Tak for hjælpen med ansøgningen!", "a"),
    ("Jeg så dig i Føtex i lørdags, Per Storm, men jeg nåede ikke at spørge til mit møde.", "a"),
    ("Send mig bare papirerne, så ordner jeg dig en ny tid hos lægen.", "a"),
    ("Hvis du har tid i morgen, så ordner jeg dig en kop kaffe, Kim.", "a"),
    ("Kærlig hilsen og god jul, Sofie Holm. Både dig og din familie.", "a"),
    (
        "Jakob Bøgh har vist en ny sort Audi. Min egen Audi fik en ridse i lakken af en nøgle i "
        "sidste uge.",
        "a",
    ),
    (
        "Per Storm kører i en grå Ford. Jeg har ridset min lak på en sten, så værkstedet skal "
        "have den.",
        "a",
    ),
    (
        "Per Storm har to drenge, har jeg hørt. Det må være dejligt at kunne passe på dem hjemme "
        "under barslen – tillykke!",
        "a",
    ),
    (
        "Min søster har tre børn, har jeg hørt. Det må være rart at kunne passe på dem, når man "
        "har et fast job.",
        "a",
    ),
    (
        "Anne-Mette Lund har to døtre på Byskolen. Hun henter dem altid ved porten om "
        "eftermiddagen.",
        "a",
    ),
    (
        "Mohammad Nasser, som har min sag, har en søn i Solsikkens børnehave. Han afleverer ham "
        "altid kl. 7.45.",
        "a",
    ),
    ("Vi ved også ting om reglerne, så vi klager over afgørelsen.", "a"),
    ("Vi ved mere end I tror om, hvordan ventetiden er.", "a"),
    (
        "Torben Bak bor på en gård ude ved fjorden. Nogen burde kigge forbi en aften med kage og "
        "kaffe, for han går snart på pension.",
        "b",
    ),
    ("Nogen burde kigge forbi min mor en aften; hun bor alene på en gård uden for byen.", "a"),
    ("Kim Frederiksen bor i et hus tæt ved stationen, så han kan let komme til mødet.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R94F_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R94F_VEILED_WITH_REGISTER

# stop 28 (reported by a round-92 helper): the writer who goes home with the person knows
# their train because they go together; the same knowledge with a warning stays a threat
POSITIVES_S28_WITH_REGISTER = [
    ("Jeg ved, hvilket tog du tager hjem, Per Storm. Pas på dig selv.", "a", "tager hjem"),
]
NEGATIVES_S28_WITH_REGISTER = [
    ("Jeg ved, hvilken bus du tager hjem, Sofie Holm, for vi følges jo altid ad.", "a"),
    ("Jeg ved godt, hvor Per Storm bor, vi følges hjem fra stationen hver dag.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_S28_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_S28_WITH_REGISTER

# round 96 G, open, conditional and general threats: the jobcentre burning one night put as a
# mere "what if"; a crowd outside and "we'll see who dares walk out"; a parcel or an envelope
# for them that bangs when opened; some of them taken along "when I go" (the going told after
# the taking). And the false ones: a threat the writer overheard and reports (the verb of saying
# further back in the frame, or in the infinitive after "hørte/så"); "ellers ses vi i retten"
# with a lawyer or a complaints board; the office's letters set alight at home. Near misses:
# backup of the files or the writer's insurance, a fire years ago, the weather, a protest with
# banners, a dance floor, a toy that plays for a grandchild, a heavy parcel, lunch, a holiday
POSITIVES_R96G_WITH_REGISTER = [
    (
        "Tænk hvis rådhuset brændte ned en nat – så var der ingen til at stoppe folks penge.",
        "a",
        "brændte ned en nat",
    ),
    ("Det kunne jo ske, at jeres kontor brændte en aften, når ingen var der.", "a", "brændte"),
    (
        "Hvad nu hvis hele forvaltningen brændte til grunden en weekend? Det ville ingen savne.",
        "a",
        "til grunden",
    ),
    (
        "Vi står nogle stykker ude ved hovedindgangen i morgen eftermiddag. Så får vi at se, hvem "
        "af jer der tør komme ud af bygningen.",
        "a",
        "ud af bygningen",
    ),
    (
        "Vi venter på parkeringspladsen på fredag, og så ser vi, hvem der tør forlade kontoret.",
        "a",
        "forlade kontoret",
    ),
    (
        "Vi er mange, der har fået nok. Vi får se, hvem der tør stikke næsen ud, når vi står "
        "foran rådhuset.",
        "a",
        "stikke næsen ud",
    ),
    ("Der kommer en æske til dig på fredag, Sofie. Den siger bang, når du åbner den.", "a", "bang"),
    (
        "Jeg har sendt en lille pakke til jobcentret. Den giver et ordentligt brag, når den "
        "bliver pakket op.",
        "a",
        "brag",
    ),
    (
        "Hold øje med postkassen: der ligger snart en kuvert til jer, der knalder, når den åbnes.",
        "a",
        "knalder",
    ),
    ("Stopper I min hjælp, tager jeg et par af jer med mig, når jeg dør.", "a", "et par af jer"),
    (
        "Jeg har intet tilbage. Jeg tar nogle af dem fra kontoret med, når jeg går.",
        "a",
        "når jeg går",
    ),
    ("Inddrager I min bolig, tager jeg Per Storm med mig, når jeg går.", "a", "Per Storm med mig"),
    # the writer's own words at the desk, and what the writer bids them be told, stay threats
    ("Jeg sagde til jeres medarbejder ved skranken: 'jeg ved godt hvor du bor'.", "a", "bor"),
    ("Sig til jeres medarbejder ved skranken, at jeg ved godt hvor hun bor.", "a", "hun bor"),
    ("Ret fejlen inden fredag, ellers mødes vi på parkeringspladsen.", "a", "ellers mødes vi"),
    ("Jeg tænder ild til jeres rådhus en nat.", "a", "ild til jeres rådhus"),
]
NEGATIVES_R96G_WITH_REGISTER = [
    ("Tænk hvis jobcentret brændte en nat – har I overhovedet backup af alle sagerne?", "a"),
    ("Det kunne jo være, at jobcentret flyttede en dag, så jeg slap for bussen.", "a"),
    ("For fem år siden brændte jobcentret i nabobyen en nat efter et lynnedslag.", "a"),
    ("Hvad nu hvis mit hus brændte en nat? Gælder min forsikring så?", "a"),
    ("Det stormer helt vildt i dag, så vi må se, hvem der tør gå ud ad døren til frokost.", "a"),
    (
        "Vi mødes foran jobcentret på mandag med bannere og en underskriftindsamling mod de nye "
        "regler.",
        "a",
    ),
    ("Til julefrokosten må vi se, hvem der tør gå ud på dansegulvet først.", "a"),
    (
        "Der kommer en pakke til mit barnebarn på fredag. Den spiller en melodi og larmer, når "
        "den bliver åbnet.",
        "a",
    ),
    (
        "Der kommer en pakke til jer med mine lægepapirer i morgen. Pas på, den er tung, når den "
        "bliver åbnet.",
        "a",
    ),
    (
        "Tak for gaven til min søn – den larmer helt vildt, når den bliver åbnet, han elsker den!",
        "a",
    ),
    ("Jeg tager en af jer med mig, når jeg går til frokost – jeg giver.", "a"),
    ("Jeg tager et par af jer med, når jeg går hjem fra kurset, så slipper I for bussen.", "a"),
    ("Jeg tager en af jer med mig, når jeg går på ferie til Spanien.", "a"),
    (
        "I går hørte jeg en ældre mand råbe til den unge kvinde ved skranken: 'jeg ved godt hvor "
        "du bor'. Det var ubehageligt.",
        "a",
    ),
    (
        "Jeg så en fyr i venteværelset sige til jeres nye kollega henne ved kaffemaskinen: \"vi "
        "ved hvor du bor\". Hun gik grædende ud.",
        "a",
    ),
    (
        "I dag så jeg en ung fyr hvæse til damen i receptionen: »jeg ved godt hvor du bor«. Det "
        "bør I tage alvorligt.",
        "a",
    ),
    ("Genoptag sagen inden en måned, ellers ses vi i byretten – min advokat har papirerne.", "a"),
    ("Svar mig nu, ellers møder I mig i Ankestyrelsen.", "a"),
    (
        "Jeg kunne tænde ild i alle jeres breve i brændeovnen, så mange får jeg 🙄 Kan jeg ikke "
        "få dem i e-Boks?",
        "a",
    ),
    (
        "Jeg har mest lyst til at sætte ild til jeres afgørelser i pejsen, men jeg klager i "
        "stedet.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R96G_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R96G_WITH_REGISTER
# round 96, "or else we meet" in court is a lawsuit announced, no threat ("ellers ses vi i
# byretten", "ellers møder I mig i retten"); the same words with a car park or a time off
# work are still a threat
POSITIVES_R96_COURT_WITH_REGISTER = [
    ("Betal inden fredag, Kim, ellers ses vi på parkeringspladsen efter lukketid.", "a", "ses vi"),
    (
        "Ellers mødes vi, når du har fri, og så er der ingen advokater til at hjælpe dig.",
        "a",
        "mødes vi",
    ),
]
NEGATIVES_R96_COURT_WITH_REGISTER = [
    ("Ellers ses vi i byretten, min advokat har allerede papirerne.", "a"),
    ("Betal mig inden fredag, ellers møder I mig i retten.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R96_COURT_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R96_COURT_WITH_REGISTER
# round 96 H: veiled threats at named staff. A thought about the person's children enjoyed in
# their presence, or how she likes being watched in turn; "if you see his car, you know what to
# do with the tyres"; a crowd called to seek the person out all at once; the person wished to
# feel unsafe right after her children or home are told; things that "can happen" in a dark
# place and "she just needs to know"; no witnesses as a clause; a visit "needed" and a call to
# join in private ("Skriv i DM"); a walk or run with its hour, then its dark or lonely path.
# Near misses: the writer's own children, car, walk or relative; a complaint of the lighting;
# a meeting or a farewell party attended together; a lost or stolen car; private data alone
POSITIVES_R96H_VEILED_WITH_REGISTER = [
    (
        "Rasmus Kjærsgaard fra Sygedagpenge har en datter i 2.c på Lindeskolen. Det er da "
        "spændende at tænke på, mens man sidder over for ham.",
        "a",
        "spændende at tænke på",
    ),
    (
        "Henriette Dalgaard har to piger i børnehaven Mælkebøtten. Interessant at se, hvordan "
        "hun har det, når nogen står og kigger på dem ved lågen.",
        "b",
        "interessant at se",
    ),
    (
        "Yasmin El-Amin fra Jobafklaring har en søn på Østervangskolen. Morsomt at tænke på, når "
        "man står ved skranken hos hende.",
        "b",
        "morsomt at tænke på",
    ),
    (
        "Jakob Bøgh kører i en hvid Skoda med pladen AB 12 345. Ser I den holde ude ved Netto, "
        "ved I godt hvad I skal gøre med ruderne.",
        "a",
        "ruderne",
    ),
    (
        "Torben Bak har en rød Volvo. Når nogen finder bilen på p-pladsen, ved I nok hvad der "
        "skal ske med dækkene.",
        "b",
        "dækkene",
    ),
    (
        "Rasmus Kjærsgaard holder pause ved bænken bag rådhuset hver dag kl. 12. Vi tager en "
        "snak med ham dér, hele flokken på én gang.",
        "a",
        "hele flokken",
    ),
    (
        "Torben Bak spiser frokost på bænken ved åen hver dag kl. 12. Kom, lad os opsøge ham "
        "dér, allesammen på samme tid.",
        "b",
        "allesammen",
    ),
    (
        "Kim Frederiksen har sin søn i Regnbuens børnehave. Måske han skulle mærke at føle sig "
        "forfulgt.",
        "a",
        "forfulgt",
    ),
    (
        "Henriette Dalgaard bor alene på Kløvervej 8. Hun burde prøve at føle sig truet for en "
        "gangs skyld.",
        "b",
        "truet",
    ),
    (
        "Fortæl Per Storm, at der kan ske meget i en øde gyde om aftenen. Han må bare vide det.",
        "a",
        "vide det",
    ),
    ("Hils Gorm Vestergaard og sig, at alt kan ske på en mørk parkeringsplads.", "b", "kan ske"),
    ("Sig til Sofie Holm, at vi ses. Hun skal bare vide det.", "a", "vide det"),
    (
        "Jakob Bøgh tager til træning hver tirsdag. Der kan man snakke med ham, uden at der er "
        "nogen vidner.",
        "a",
        "vidner",
    ),
    (
        "Gorm Vestergaard går til yoga om torsdagen. Nemt at hilse på ham der, uden at der er "
        "vidner.",
        "b",
        "vidner",
    ),
    ("Sofie Holm trænger til et ordentligt besøg. Hvem er klar? Send en PB.", "a", "besøg"),
    (
        "Vi er en flok, der mener, at Henrik Toft trænger til et besøg derhjemme. Hvem er med? "
        "Skriv privat.",
        "c",
        "besøg",
    ),
    (
        "Fatima Ali cykler sin tur langs skovvejen hver søndag ved 7-tiden. Der er temmelig "
        "mennesketomt på den strækning.",
        "c",
        "mennesketomt",
    ),
    (
        "Jens-Ole Krag jogger alene rundt om mosen hver aften. Godt nok øde derude, når det er "
        "mørkt.",
        "c",
        "øde derude",
    ),
    (
        "Per Storm lufter hunden alene kl. 23 bag kirkegården. Ret mørkt på det stykke, hva?",
        "a",
        "mørkt",
    ),
]
NEGATIVES_R96H_VEILED_WITH_REGISTER = [
    ("Jakob Bøgh bor på Kløvervej 8 og går tur med hunden kl. 22 hver aften.", "a"),
    ("Per Storm har to drenge på Lindeskolen, i 1.a og 4.b.", "a"),
    (
        "Min søn går i 2.c på Lindeskolen, ligesom Rasmus Kjærsgaards. Det er da sjovt at tænke "
        "på, at vi mødes til forældremøder.",
        "a",
    ),
    (
        "Det er sjovt at tænke på, når man sidder til møde med Per Storm, at han engang var min "
        "træner.",
        "a",
    ),
    (
        "Interessant at se, hvordan hun har det, når nogen roser hende på mødet – Sofie Holm "
        "blev helt rød, haha.",
        "a",
    ),
    (
        "Min bil er en sort Tesla. Hvis nogen ser den på en parkeringsplads med fladt dæk, ved I "
        "hvad I skal gøre med dækkene: ring til mig.",
        "a",
    ),
    ("Hvis I ser bilen med lys på, ved I hvad I skal gøre: sig det til receptionen.", "a"),
    (
        "Vores firmabil er blevet stjålet. Hvis nogen ser den, ved I hvad I skal gøre med den – "
        "ring til politiet.",
        "a",
    ),
    (
        "Lad os tage en snak med Per Storm på mødet, alle sammen på én gang, så han hører vores "
        "klage.",
        "a",
    ),
    ("Vi hilser på Sofie Holm alle sammen på én gang til hendes afskedsreception.", "a"),
    (
        "Min datter går på Lindeskolen, og jeg henter hende kl. 14. Måske hun skulle prøve at "
        "føle sig tryg i klassen.",
        "a",
    ),
    (
        "Måske politikerne skulle prøve at føle sig utrygge for en gangs skyld, som os på "
        "kontanthjælp.",
        "a",
    ),
    ("Der kan ske meget på en mørk parkeringsplads, så kommunen bør sætte mere lys op.", "a"),
    ("Min mor er indlagt igen. Hun skal bare vide det, at vi tænker på hende.", "a"),
    ("Sig til Per Storm, at jeg er syg i dag. Han skal bare vide det.", "a"),
    ("Jeg vil gerne tale med Anne-Mette Lund, uden at der er andre til stede.", "a"),
    ("Min nabo blev overfaldet i går, uden at der var vidner til det.", "a"),
    ("Min mormor trænger til et besøg. Hvem er med? Skriv i DM.", "a"),
    ("Vi holder fællesspisning på fredag. Hvem er med? Skriv i DM.", "a"),
    (
        "Sofie Holm trænger til et besøg på hospitalet efter operationen. Hvem er med? Skriv "
        "privat.",
        "a",
    ),
    (
        "Jeg går tur med hunden kl. 22 hver aften. Der er godt nok mørkt på den sti, så kommunen "
        "bør sætte lys op.",
        "a",
    ),
    (
        "Jeg løber min tur rundt om søen hver aften kl. 21. Der er ret øde derude, men det er "
        "skønt.",
        "a",
    ),
    (
        "Min mand løber sin tur hver morgen kl. 6. Der er helt stille ved søen på det tidspunkt.",
        "a",
    ),
    (
        "Per Storm løber sin tur hver morgen kl. 6. Der er mørkt på den sti om vinteren, så han "
        "har pandelampe på.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R96H_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R96H_VEILED_WITH_REGISTER
# round 98 I, open, conditional and general threats: the Jutlandic "a" (= "jeg") as the one
# who strikes, teeth that fly at the jobcentre, a crowd told to bring something to throw, one
# who has lost everything at their door one day, others wished to go down and give the staff a
# beating or a lesson, not everyone taking a no nicely beside "pas på jer selv", and "one day
# you meet me"; a wheelchair user who asks for help in at the car park threatens no one
POSITIVES_R98I_WITH_REGISTER = [
    ("Ringer Lotte igen, så kører a derud og slår hende ned.", "a", "slår hende ned"),
    ("Stopper I min hjælp, så smadrer a jer allesammen.", "a", "smadrer a jer"),
    ("Næste gang slår a dig ned, Kim.", "a", "slår a dig ned"),
    ("Hvis I trækker mig i ydelsen igen, så ryger der tænder.", "a", "ryger der tænder"),
    (
        "Vi tager ned til jobcentret på mandag, og så flyver der et par tænder hos jer.",
        "a",
        "flyver der et par tænder",
    ),
    ("Bliver min sag ikke løst, så ryger dine tænder ud, Sofie.", "a", "ryger dine tænder"),
    ("Vi samles foran rådhuset på lørdag kl. 10. Husk at tage noget med at kaste.", "a", "kaste"),
    (
        "Kom til Jakob Bøgh på kontoret i morgen tidlig, alle sammen. Tag noget med, I kan smide "
        "efter ham.",
        "a",
        "smide",
    ),
    (
        "I skal ikke blive overrasket, hvis der før eller siden står nogen foran jeres kontor, som "
        "intet har at miste.",
        "a",
        "intet har at miste",
    ),
    (
        "Det ville ikke undre mig, hvis der en dag står en ved Per Storms dør, som har mistet det "
        "hele.",
        "a",
        "mistet det hele",
    ),
    ("Gid nogen snart tog derind og gav de rådgivere nogle tæsk.", "a", "tæsk"),
    (
        "Hvis bare et par stykker gik op på kontoret og gav dem en lærestreg, ville de lære det. "
        "Hvem er med?",
        "a",
        "lærestreg",
    ),
    (
        "Pas godt på dig selv derinde, Kim. Ikke alle borgere tager et afslag lige roligt.",
        "a",
        "afslag lige roligt",
    ),
    (
        "Pas på jer selv derinde på kontoret – det er ikke alle, som tager et nej særlig pænt.",
        "a",
        "særlig pænt",
    ),
    ("En dag møder du mig uden skranke mellem os, Sofie Holm.", "a", "En dag møder du mig"),
    (
        "Husk navnet Per Storm. Før eller siden støder han på mig i byen, uden kolleger til at "
        "beskytte ham.",
        "a",
        "støder han på mig",
    ),
    (
        "Vi ses på parkeringspladsen bag rådhuset efter lukketid, Kim. Så kan ingen hjælpe dig.",
        "a",
        "parkeringspladsen",
    ),
    (
        "Jeg kommer i bil, så vi ses på parkeringspladsen, når du har fri, Per Storm.",
        "a",
        "parkeringspladsen",
    ),
]
NEGATIVES_R98I_WITH_REGISTER = [
    ("Så kommer a derind og slår et slag for de syge. Det lover a.", "a"),
    ("Så kommer a derind og slår mig ned i en stol og venter på min tur.", "a"),
    ("Hvis jeg ikke snart får hjælp til en tandlæge, så ryger der flere tænder.", "a"),
    ("Jeg kommer derned i morgen, og så ryger der kage på bordet i jeres reception.", "a"),
    ("Vi mødes ved rådhuset lørdag til min søsters bryllup. Tag noget ris med at kaste.", "a"),
    ("Mød op ved genbrugspladsen bag rådhuset på lørdag, og tag noget med at smide ud.", "a"),
    ("Vi ses ved jobcentret kl. 9, tag noget med at spise.", "a"),
    ("Hver dag står der nogen ved jeres dør, som har mistet alt, og I sender dem bare hjem.", "a"),
    (
        "Bliv ikke overraskede, hvis der en dag står en ved jeres dør, som har mistet alt og beder "
        "om hjælp.",
        "a",
    ),
    (
        "Hvis bare flere gik ned og gav de sagsbehandlere en lærestreg ved næste valg, ville det "
        "hjælpe.",
        "a",
    ),
    (
        "Hvis bare flere gik derned og gav de sagsbehandlere et klap på skulderen, ville de blive "
        "i jobbet.",
        "a",
    ),
    ("Gid nogen gik derind og gav dem en lærestreg i god kundeservice. Hvem er med?", "a"),
    (
        "Det er ikke alle der tager et nej lige pænt – tak fordi I altid er så tålmodige med "
        "os.",
        "a",
    ),
    ("Pas godt på jer selv derinde. Min søn tager ikke et nej pænt, så jeg kommer alene.", "a"),
    ("En dag møder du mig på gaden, og så giver jeg dig en kop kaffe som tak for hjælpen.", "a"),
    (
        "En dag møder hun mig i retten, Sofie Holm, uden en skranke imellem os – min advokat er "
        "klar.",
        "a",
    ),
    (
        "Jeg sidder i kørestol, så vi mødes på p-pladsen ved bagindgangen kl. 13 – kan en af jer "
        "hjælpe mig op ad rampen?",
        "a",
    ),
    ("Jeg går med rollator, så vi ses ved udgangen bag huset – kan du holde døren for mig?", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R98I_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R98I_WITH_REGISTER
# round 98 J: veiled threats at named staff, each weak sign beside a second one: a visit
# floated at their home or one evening, word sent to those with a grudge, "he should not think
# he can hide", "good to know where the family is", "now you know where to go" after the
# address, "so much can happen" after their children, "I know you live on …" with "we'll meet";
# and near misses: a lonely grandmother's visit, a complaint route, hiding behind the rules,
# a party invitation, a neighbour's lift
POSITIVES_R98J_WITH_REGISTER = [
    (
        "Henriette Dalgaard bor på Birkevej 12 i Hedehusene. Måske hun trænger til et lille "
        "besøg om natten.",
        "b",
        "besøg",
    ),
    (
        "Kim Frederiksen bor på Møllevangen 3 og kører en sort Volvo. Han burde få noget "
        "besøg derhjemme.",
        "a",
        "besøg",
    ),
    (
        "Torben Bak henter sine børn ved skolen hver fredag kl. 15. Det er til orientering "
        "for alle, der har noget uopgjort med ham.",
        "b",
        "uopgjort",
    ),
    (
        "Sofie Holm træner i fitnesscentret hver tirsdag aften. Skrevet til jer, som har et "
        "horn i siden på hende.",
        "a",
        "horn",
    ),
    (
        "Rasmus Kjærsgaards kone arbejder på apoteket i Ringsted. Han skal ikke bilde sig "
        "ind, at han kan skjule sig.",
        "a",
        "skjule sig",
    ),
    (
        "Signe K.s mand arbejder på havnen i Korsør. Hun skal ikke tro, at hun kan gemme sig.",
        "b",
        "gemme sig",
    ),
    (
        "Per Storms datter går til svømning i Kildeskovshallen. Rart at vide, hvor familien er.",
        "a",
        "vide",
    ),
    (
        "Gorm Vestergaards kone arbejder på sygehuset i Holbæk. Godt at vide, hvor hun er om "
        "dagen.",
        "b",
        "vide",
    ),
    (
        "Sagsbehandler Jakob Bøgh bor på Rosenvænget 7. Har nogen noget på hjertet til ham, "
        "så ved I, hvor I kan finde ham.",
        "a",
        "finde ham",
    ),
    ("Torben Bak bor i Solbakken 21 i Viby. Nu ved alle, hvor de skal køre hen.", "b", "køre hen"),
    (
        "Mohammad Nasser har to små børn, ikke? Husk på dem. Der kan jo ske så mange ting.",
        "a",
        "ske så mange",
    ),
    ("Henrik Toft har også børn. Tænk på dem. Der kan altså ske så meget.", "c", "ske så meget"),
    ("Lotte, din kælling, jeg ved godt at du bor på Violvej. Vi ses snart.", "a", "Violvej"),
    ("Jakob Bøgh, jeg ved du bor på Tranegade 14. Vi mødes nok en dag.", "a", "Tranegade"),
]
NEGATIVES_R98J_WITH_REGISTER = [
    ("Min mormor sidder meget alene. Måske hun skulle have lidt besøg derhjemme en aften.", "a"),
    (
        "Per Storm bor på Egevej 9. Han burde nok få lidt besøg derhjemme af sine venner nu, "
        "hvor han er gået på pension.",
        "a",
    ),
    ("Til dem, der har en høne at plukke med Per Storm: skriv en klage til Ankestyrelsen.", "a"),
    (
        "Kim Frederiksen har fri hver fredag. Til dem, der har en høne at plukke med ham: "
        "skriv til ham på mail om mandagen.",
        "a",
    ),
    ("Lotte Mikkelsen Vang skal ikke tro, hun kan gemme sig bag reglerne – jeg klager.", "a"),
    ("Hun skal ikke tro, hun kan gemme sig, når vi leger gemmeleg i haven.", "a"),
    ("Godt at vide, hvor folk er. Så kan jeg finde Per Storm til mødet på tirsdag.", "a"),
    ("Min søn arbejder i Netto. Godt at vide, hvor han er.", "a"),
    (
        "Kontanthjælpsteamet holder til i stueetagen. Hvis du har spørgsmål, så ved du, hvor "
        "du skal gå hen.",
        "a",
    ),
    (
        "Per Storm bor på Fasanvej 2 og har inviteret hele holdet til sommerfest. Nu ved I, "
        "hvor I skal gå hen på lørdag.",
        "a",
    ),
    ("Der kan ske så meget på et år – nu har jeg endelig fået job!", "a"),
    ("Mine børn er syge igen. Der kan ske så meget.", "a"),
    (
        "Hej Per, jeg ved du bor på Skolevej ligesom min mor – vi er jo naboer, vi ses til "
        "grillfesten.",
        "a",
    ),
    (
        "Jeg ved du bor på Strandvejen, så jeg kan give dig et lift til kurset. Vi ses i morgen.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R98J_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R98J_WITH_REGISTER

# round 100 K: open, conditional and general threats — others called on to go down there and
# smash the jobcentre after a chain of steps, an attack on staff elsewhere understood and
# foretold "here too", "who will pay, and not with money", the staff's families to go home to
# and "remember that when you next decide", and "where you all live" ("alle" is no street)
POSITIVES_R100K = [
    (
        "Folk skulle leje en bus og køre derned og knuse vinduerne på jobcentret i Randers.",
        "knuse vinduerne",
    ),
    ("Nogle burde gå sammen og tage derind og tæske de sagsbehandlere.", "tæske de"),
    (
        "En rådgiver i Skive blev slået ned i sommer. Det forstår jeg faktisk godt. Før eller "
        "siden rammer det også jer.",
        "rammer det også jer",
    ),
    (
        "Der var en jobkonsulent i Nakskov, der blev knivstukket i sidste måned. Det havde han "
        "fortjent. Før eller siden sker det også hos jer.",
        "fortjent",
    ),
    (
        "Hvis min søn bliver fjernet, ved jeg præcis, hvem der kommer til at betale. Og det "
        "bliver ikke i kroner.",
        "ikke i kroner",
    ),
    ("Hvis I lukker min sag, ved jeg godt, hvem der må betale. Men ikke i kroner.", "må betale"),
    (
        "Du har også en familie at komme hjem til. Husk det, inden du sender den næste sanktion.",
        "Husk det",
    ),
    (
        "I har jo også børn, der venter derhjemme. Tænk på det, før I trykker afslag næste gang.",
        "trykker afslag",
    ),
    ("Jeg ved, hvor I bor, allesammen. Tænk over det.", "hvor I bor"),
    ("Jeg ved godt, hvor I bor, alle sammen. Så pas hellere på.", "hvor I bor"),
]
NEGATIVES_R100K = [
    "Nogen burde samle et hold og tage ud og smadre dem i håndbold.",
    "Nogen burde tage sig sammen og smadre jobcentrets forældede regler.",
    "Nogen burde samle en flok og tage ned og demonstrere foran jobcentret.",
    "Folk burde gå sammen og tage derind og knuse kommunens monopol på fleksjob.",
    "En sagsbehandler i Tønder blev slået ned. Det er forfærdeligt. Det er kun et spørgsmål om "
    "tid, før det sker hos jer også, så få nu nogle vagter.",
    "Kommunen i Varde blev hacket i marts. Det er kun et spørgsmål om tid, før det sker hos jer "
    "også.",
    "En sagsbehandler i Ringsted blev slået ned. Det kan jeg godt forstå, at I er rystede over.",
    "En medarbejder i Fredericia blev overfaldet i sidste uge. Jeg tænker på hende og håber, hun "
    "har det godt.",
    "Det er de ældre, der kommer til at betale. Og ikke med penge, men med deres tid og helbred.",
    "Det bliver de arbejdsløse, der skal betale for reformen, og ikke med penge men med deres "
    "værdighed.",
    "Hvem skal betale for rejsen, hvis det ikke bliver med penge fra kommunen? Kan jeg få et "
    "gavekort?",
    "I har også familier selv. Tænk på det, når I skærer i børnefamiliernes ydelser: hvordan "
    "ville I have det?",
    "Du har også børn, du skal hjem til. Husk det, når du næste gang sender et afslag – forestil "
    "dig, at det var dem.",
    "I har jo også familier, I skal hjem til. Husk at holde fri i weekenden.",
    "Jeg ved godt, hvor I bor alle sammen, I holder til på rådhuset.",
    "Jeg ved, hvor I bor, alle sammen: på rådhuset ved torvet.",
]
ROUND_POSITIVES += POSITIVES_R100K
ROUND_NEGATIVES += NEGATIVES_R100K
# round 100 L: veiled threats at named staff: an ultimatum "or live with the consequences",
# a tour past the home one evening "to explain", one who thinks he is unseen, an outdoor routine
# "all alone" with the many he ruined, a meeting "not at the jobcentre", a visit called deserved,
# a usual train with its hour and others who would "happen to" stand there
POSITIVES_R100L_WITH_REGISTER = [
    (
        "Henriette Dalgaard. Du har et valg. Enten bevilger du min ansøgning i denne uge, ellers "
        "må du leve med konsekvenserne.",
        "b",
        "leve med konsekvenserne",
    ),
    (
        "Per Storm, hør godt efter. I har et valg. Enten stopper I sanktionen, eller også må I "
        "leve med følgerne.",
        "a",
        "et valg",
    ),
    (
        "Torben Bak bor på Lindevej 12 i Hjortshøj. Vi kunne jo køre en tur derud en sen aften og "
        "forklare ham, hvad hans afgørelser koster.",
        "b",
        "tur derud",
    ),
    (
        "Anne-Mette Lund bor på Kastanjevej 4. Mon ikke vi skulle tage et smut forbi og fortælle "
        "hende, hvordan vi har det?",
        "a",
        "smut forbi",
    ),
    (
        "Yasmin El-Amin tror, hun er usynlig, når hun sniger sig ud ad personaleindgangen. Det er "
        "hun ikke. Vi ses.",
        "b",
        "usynlig",
    ),
    (
        "Sofie Holm tror, ingen ser hende, når hun går ud til bilen efter lukketid. Vi ses, Sofie.",
        "a",
        "ingen ser",
    ),
    (
        "Rasmus Kjærsgaard fra Sygedagpenge går tur med hunden i skoven hver aften ved 22-tiden, "
        "helt alene. Der er mange af os, han har knust.",
        "a",
        "helt alene",
    ),
    (
        "Signe K. cykler hjem gennem parken hver dag kl. 16, ganske alene. Der er flere af os, hun"
        " har ødelagt.",
        "b",
        "ødelagt",
    ),
    ("Vi ses snart, Torben. Og ikke på kontoret.", "b", "ikke på kontoret"),
    ("Vi mødes snart igen, Mohammad – bare ikke på jobcentret.", "a", "ikke på jobcentret"),
    (
        "Gorm Vestergaard bor på Birkevej 9. I nat får han besøg. Det har han fortjent.",
        "b",
        "fortjent",
    ),
    ("Lotte Mikkelsen Vang får besøg. Hun har virkelig fortjent det.", "a", "fortjent det"),
    (
        "Kim Frederiksen tager altid bussen kl. 7.40 fra torvet. Hvis en af jer tilfældigvis "
        "ventede ved stoppestedet og sagde til ham, hvad I mener…",
        "a",
        "tilfældigvis",
    ),
    (
        "Yasmin El-Amin tager hver morgen toget kl. 8.05 fra stationen. Måske nogen tilfældigvis "
        "stod der og fortalte hende, hvad vi synes 😉",
        "b",
        "toget",
    ),
]
NEGATIVES_R100L_WITH_REGISTER = [
    (
        "Jeg har et valg. Enten tager jeg imod jobbet i Vejle, eller også må jeg leve med "
        "konsekvenserne.",
        "a",
    ),
    (
        "Du har et valg, sagde min rådgiver: enten tager du uddannelsen, eller også må du leve med"
        " konsekvenserne af at blive på kontanthjælp.",
        "a",
    ),
    ("Politikerne har truffet et valg. Nu må borgerne leve med konsekvenserne af reformen.", "a"),
    (
        "Min mormor bor på Kastanjevej 4. Måske vi skulle tage en tur forbi en aften og forklare "
        "hende, hvordan den nye telefon virker.",
        "a",
    ),
    (
        "Måske vi skulle tage en tur forbi jobcentret en aften og forklare dem, hvorfor "
        "kontanthjælpsloftet rammer os.",
        "a",
    ),
    ("Chefen tror, han er usynlig bag sine paragraffer, men vi klager til Ankestyrelsen.", "a"),
    ("Min søn tror, han er usynlig, når han tager sin kappe på. Vi ses i morgen.", "a"),
    ("Min sagsbehandler sidder helt alene med alle sagerne, fordi kollegerne er syge.", "a"),
    (
        "Min far går tur ved søen hver aften kl. 21, helt alene. Han har det svært efter mors død.",
        "a",
    ),
    ("Reformen har ødelagt mange af os. Det må politikerne se i øjnene.", "a"),
    (
        "Vi ses på torsdag, Per – ikke på jobcentret, men på biblioteket, hvor mødet er flyttet "
        "hen.",
        "a",
    ),
    ("Vi ses snart, Sofie. Ikke på jobcentret, for mødet holdes online.", "a"),
    ("Jakob Bøgh får en pris i aften for sit arbejde med unge. Han har fortjent det.", "a"),
    ("Torben Bak går på ferie i morgen. Han har fortjent det.", "b"),
    ("Per Storm tager altid toget kl. 7.12, så mødet skal ligge efter kl. 9.", "a"),
    ("Jakob Bøgh tager altid toget kl. 16.20 fra Hovedbanegården.", "a"),
    (
        "Hvis nogen tilfældigvis står ved receptionen og siger til Kim Frederiksen, at hans nøgler"
        " ligger hos mig, så tak.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R100L_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R100L_WITH_REGISTER
# stop 29: figures of speech and kindness that read like threats. An election or a debate is
# won ("smadre dem ved valget"), an appeal to put oneself in a family's place is criticism, and
# knowing where someone lives to offer a lift is none; the same words with a person as the
# target, a cut threatened or no offer stay threats
POSITIVES_S29 = [
    ("Nogen burde tage ned og smadre hende, før hun ødelægger flere.", "smadre hende"),
    ("Jeg smadrer dig efter valget, din lede rotte.", "smadrer dig"),
    (
        "Du har sikkert også børn derhjemme. Tænk over det, før du sender det næste afslag.",
        "børn derhjemme",
    ),
    ("Jeg ved, at du bor på Strandvejen. Vi ses snart.", "ved, at du bor"),
    ("Kontoret kunne brænde fint ud en nat, hvis I bliver ved.", "brænde fint"),
    # the writer's own caseworker as the one to kill
    ("Men først slår jeg min sagsbehandler ihjel, det lover jeg.", "min sagsbehandler"),
    ("Så skyder jeg den sagsbehandler, når han kommer ud.", "den sagsbehandler"),
]
NEGATIVES_S29 = [
    "Nogen burde tage ned og smadre dem ved valget.",
    "Vi skal smadre borgmesteren ved valget i november.",
    "Jeg håber, oppositionen knuser dem i debatten i aften.",
    "I har også børn derhjemme. Tænk over det, før I skærer i ydelsen: hvordan ville I have det,"
    " hvis det var jeres?",
    "Du har jo også børn derhjemme. Tænk over det, før du stemmer for loftet: hvis det var dine,"
    " ville du så synes, det var rimeligt?",
    "Jeg ved, at du bor på Strandvejen, så jeg kan give dig et lift hjem efter festen. Vi ses!",
    "Jeg ved godt, at hun bor i Hornbæk, så jeg kan hente hende på vejen. Vi ses kl. 8.",
    # the dark as a safety complaint or the writer's own fear; staff burning out
    "Det er så mørkt derude om aftenen, når man går fra jobcentret. I burde sætte lys op på "
    "parkeringspladsen.",
    "Jeg tør ikke gå alene ud til bilen, det er så mørkt derude om aftenen.",
    "Personalet på kontoret kunne brænde fint ud, hvis I bliver ved med at skære ned.",
    "Sagsbehandlerne brænder helt ud, hvis ledelsen bliver ved med at fyre folk.",
    "Min sagsbehandler slår mig ihjel med sine krav om dokumentation.",
    "Jeg skyder min sagsbehandler en mail i morgen tidlig.",
    "Jeg slår min sagsbehandler i skak hver fredag på biblioteket.",
    "Jeg dræber min sagsbehandler med spørgsmål, til jeg forstår brevet.",
]
ROUND_POSITIVES += POSITIVES_S29
ROUND_NEGATIVES += NEGATIVES_S29
# round 104 N: veiled threats at named staff: the harm the person 'should try' seen to by
# someone one day, a car known with where it stands every day, the staff's own children
# pointed at (seen at their school) and 'a pity if they felt the same', a talk with the
# person or her children floated to others, an outdoor routine and how dark it is there after
# an hour, all that can happen on the way home, life made sour 'and not only at work', the
# child's party and the address known, a reception called for at the hour she is off
POSITIVES_R104N_WITH_REGISTER = [
    (
        "Jakob Bøgh burde selv mærke, hvordan det føles at miste sin lejlighed. Nok sørger nogen "
        "for det en dag.",
        "a",
        "sørger nogen",
    ),
    (
        "Henriette Dalgaard skulle selv prøve, hvordan det er at stå uden penge til husleje. "
        "Måske sørger folk for det snart.",
        "b",
        "sørger folk",
    ),
    (
        "Jeg kender hans bil, Torben Bak. Den sorte Skoda holder der hver eftermiddag.",
        "b",
        "hver eftermiddag",
    ),
    (
        "Per Storm, jeg kender din bil. Den grå Golf står på stationens p-plads hver morgen.",
        "a",
        "hver morgen",
    ),
    (
        "Du har vist også børn derhjemme, Mohammad. Det ville være trist, hvis de skulle komme "
        "til at mærke det samme, som min datter mærker nu.",
        "a",
        "det samme",
    ),
    (
        "I har sikkert også børn, Torben. Det ville være en skam, hvis de skulle gennemgå det "
        "samme som mine.",
        "b",
        "det samme",
    ),
    (
        "Du har to drenge, ikke? Jeg har set dem ved Åskolen. Det ville være ærgerligt, hvis de "
        "skulle mærke det samme som mine.",
        "c",
        "set dem",
    ),
    (
        "Jeg har set dine døtre uden for Bakkeskolen, Fatima. Det ville være synd, hvis de "
        "skulle opleve det samme som min familie.",
        "c",
        "døtre",
    ),
    (
        "Lotte Mikkelsen Vang har en søn på Vestre Skole, og hun henter ham hver dag kl. 15. "
        "Måske burde nogen tage en alvorlig snak med drengen, mens han venter.",
        "a",
        "snak med drengen",
    ),
    (
        "Torben Bak går ud ad bagdøren hver dag kl. 16. Hvis nogen skulle have lyst til en kort "
        "snak med ham uden for rådhuset.",
        "b",
        "snak med ham",
    ),
    (
        "Rasmus Kjærsgaards gåtur med hunden gennem skoven hver søndag aften er sikkert dejlig. "
        "Der er bare meget mørkt derinde efter klokken 21.",
        "a",
        "mørkt",
    ),
    (
        "Signe K.s cykeltur langs stranden hver morgen er nok skøn. Det er jo temmelig mørkt "
        "derude ved klokken seks.",
        "b",
        "cykeltur",
    ),
    (
        "Pas nu på med at spille helt, Per Storm. Der kan jo ske meget på vejen hjem, når det er "
        "mørkt. Jeg siger det bare.",
        "a",
        "vejen hjem",
    ),
    (
        "Fatima, du har jo en datter på alder med min. Tænk hvis der skete hende noget på vej "
        "hjem fra spejder. Tænk over det, inden du sender afgørelsen.",
        "c",
        "skete hende noget",
    ),
    (
        "Hvis Gorm Vestergaard lukker caféen, skal han vide, at vi vil gøre tilværelsen svær for "
        "ham – også derhjemme.",
        "b",
        "også derhjemme",
    ),
    (
        "Der er nogle af os, der skal nok gøre livet til et helvede for Jakob Bøgh, og ikke kun "
        "på jobbet.",
        "a",
        "helvede",
    ),
    (
        "Pudsigt nok har Kim Frederiksens søn fødselsdag på søndag. Jeg kender adressen. Måske "
        "svinger jeg forbi.",
        "a",
        "adressen",
    ),
    (
        "Yasmin El-Amins datter holder konfirmation i Sognegården på lørdag. Vi ved godt "
        "adressen.",
        "b",
        "konfirmation",
    ),
    (
        "Alle I, som Anne-Mette Lund har sanktioneret: hun får fri kl. 15.30 om onsdagen. Vi "
        "burde tage imod hende, hele flokken.",
        "a",
        "tage imod hende",
    ),
    (
        "Jens-Ole Krag går hjem kl. 16 om fredagen. Folk skulle tage imod ham ved udgangen.",
        "c",
        "tage imod ham",
    ),
]
NEGATIVES_R104N_WITH_REGISTER = [
    (
        "Per Storm burde selv prøve, hvordan det er at vente tre måneder på svar. Måske sørger "
        "nogen for det en dag – jeg har skrevet til borgmesteren.",
        "a",
    ),
    (
        "Vi mangler stadig en rampe ved indgangen til jobcentret. Måske sørger nogen for det en "
        "dag.",
        "a",
    ),
    (
        "Sofie Holms grønne Fiat holder på handicappladsen hver dag, selvom hun ikke har kort. "
        "Det vil jeg klage over.",
        "a",
    ),
    (
        "Min bil holder der hver dag, og Per Storms bil holder ved siden af.",
        "a",
    ),
    (
        "Jakob Bøghs bil holder ulovligt på fortovet hver eftermiddag – kan I ikke sige det til "
        "ham?",
        "a",
    ),
    (
        "Det ville være synd, hvis mine børn skulle opleve det samme som jeg.",
        "a",
    ),
    (
        "Du har også selv børn, Sofie. Det ville være synd, hvis de skulle opleve det samme som "
        "min søn – så du må kunne forstå, hvorfor jeg skriver.",
        "a",
    ),
    (
        "Du har også børn, ikke? Jeg har set dem ved skolen til juleafslutningen, de sang så "
        "flot.",
        "c",
    ),
    (
        "Jeg har også selv børn. Jeg har set dem ved skolen hver morgen, og det ville være synd, "
        "hvis de skulle opleve det samme som mig.",
        "c",
    ),
    (
        "Min søn bliver drillet i frikvarteret hver dag kl. 10. Måske skulle nogen tage en snak "
        "med drengene om mobning.",
        "a",
    ),
    (
        "Hvis nogen skulle have lyst til en snak med hende om fleksjob, har Sofie Holm træffetid "
        "hver tirsdag kl. 10.",
        "a",
    ),
    (
        "Henrik Tofts løbetur hver torsdag aften er rigtig sund. Det er bare så mørkt dernede "
        "efter kl. 20, så kommunen burde sætte lys op langs stien.",
        "c",
    ),
    (
        "Min mands løbetur langs åen hver torsdag aften er rigtig sund. Det er bare så mørkt "
        "dernede efter kl. 20.",
        "a",
    ),
    (
        "Sofie Holm har fri kl. 15 om fredagen, så ring hellere inden.",
        "a",
    ),
    (
        "Husk refleksvesten, Kim. Der kan ske så meget på vej hjem, når det er mørkt. Jeg siger "
        "det bare.",
        "a",
    ),
    (
        "Min datter cykler alene fra træning. Der kan ske så meget på vejen hjem, når det er "
        "mørkt, så jeg henter hende. Jeg siger det bare.",
        "a",
    ),
    (
        "Forestil dig, at der skete noget på vej hjem fra arbejde, og din arbejdsskade ikke blev "
        "anerkendt. Tænk over det, inden du skriver indstillingen.",
        "a",
    ),
    (
        "Den nye reform vil gøre livet surt for mange familier, og ikke kun på arbejdsmarkedet.",
        "a",
    ),
    (
        "Kollegerne gør livet surt for hende, og ikke kun på arbejdet – hun er også blevet "
        "chikaneret på Facebook.",
        "a",
    ),
    (
        "Min venindes datter holder fødselsdag på lørdag. Jeg kender adressen.",
        "a",
    ),
    (
        "Torben Baks datter holder fødselsdag i morgen, så han har fri. Mødet er flyttet til "
        "Havnegade. Jeg kender adressen.",
        "b",
    ),
    (
        "Henriette Dalgaard har sidste arbejdsdag på fredag. Vi burde tage imod hende med "
        "blomster og kage.",
        "b",
    ),
    (
        "Gorm Vestergaard har fri kl. 12 om fredagen, så mødet må ligge om formiddagen.",
        "b",
    ),
    (
        "Det er så mørkt dernede efter kl. 17 om vinteren.",
        "a",
    ),
    (
        "Man ved aldrig, hvad der kan ske på vejen hjem, når man er træt efter en lang vagt.",
        "a",
    ),
    (
        "Vi burde tage imod hende, når hun kommer tilbage fra barsel.",
        "a",
    ),
    (
        "Hans bil holder ved Netto hver morgen kl. 8.",
        "a",
    ),
    (
        "Sofie Holm har fri kl. 15 om fredagen, så ring hellere inden. Vi burde tage imod hende.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R104N_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R104N_WITH_REGISTER

# round 104 M: open, conditional and general threats — one of the staff who one day meets "the
# wrong citizen" outside, "not going alone, I take one of you with me" after the writer's life,
# an office that won't stand with petrol ready, both persons' addresses, the jobcentre's old
# building that would burn, things that happen to people who ruin lives "jeg siger det bare", a
# beating got done ("få banket den …"), something brought that is "not a complaint", staff who
# have children too, a weapon and who it is meant for, a rampage understood and "soon here", a
# car's place left to the readers, and the Jutlandic visit at home ("besøg dæ der hjemme")
POSITIVES_R104M_WITH_REGISTER = [
    (
        "En skønne dag møder en af jeres rådgivere den forkerte borger ude ved cykelskuret.",
        "a",
        "forkerte borger",
    ),
    ("Før eller siden møder du den forkerte mand i mørket, Sofie Holm.", "a", "forkerte mand"),
    (
        "Jeg orker ikke at leve på den her måde længere. Men jeg går ikke herfra alene – jeg tager"
        " en af jeres sagsbehandlere med.",
        "a",
        "alene",
    ),
    (
        "Snart er mit liv slut. Men jeg forsvinder ikke alene, jeg tager en af jer med mig.",
        "a",
        "alene",
    ),
    (
        "Jakob Bøgh skal ikke tro, at hans kontor stadig står der til sommer. Jeg har benzin i "
        "dunken.",
        "a",
        "benzin",
    ),
    ("Jeres jobcenter står der ikke længe. Der er benzin nok i dunken.", "a", "står der ikke"),
    (
        "Per Storm og Sofie Holm er to idioter. Jeg kender begges adresser, og de skal ikke føle "
        "sig trygge.",
        "a",
        "begges adresser",
    ),
    (
        "Jeg har fundet deres adresser, Torben Bak og Yasmin El-Amin. I er advaret.",
        "b",
        "deres adresser",
    ),
    ("Det gamle rådhus, hvor jobcentret sidder, ville brænde som ingenting.", "a", "brænde"),
    ("Har I tænkt på, at jeres kontor i kælderen ville brænde fint?", "a", "brænde fint"),
    (
        "Tænk hvor sådan en gammel træbygning som jeres afdeling ville brænde. Bare en idé.",
        "a",
        "brænde",
    ),
    (
        "Der sker ting med folk, som tager børn fra deres forældre. Jeg siger det bare.",
        "a",
        "sker ting",
    ),
    (
        "Uheld kan hænde for sagsbehandlere, der ødelægger familier. Jeg siger bare.",
        "a",
        "hænde",
    ),
    ("Vi skal fandme nok få banket den idiot af en teamleder.", "a", "banket"),
    ("Jeg får nok smadret Kim Frederiksen, når han kommer ud.", "a", "smadret"),
    (
        "Hvis I ikke svarer inden fredag, dukker jeg op med noget helt andet, og det bliver ikke "
        "en klage.",
        "a",
        "ikke en klage",
    ),
    (
        "Næste gang møder jeg op med noget, I ikke glemmer, og så er det ikke med ord.",
        "a",
        "ikke med ord",
    ),
    (
        "Socialrådgivere har jo også børn. Det burde I nok huske på, inden I sender det næste "
        "afslag.",
        "a",
        "også børn",
    ),
    (
        "Du har sikkert også selv en familie, Per Storm. Tænk over det, før du stopper min ydelse.",
        "a",
        "familie",
    ),
    ("Jeg har et haglgevær i skabet. I ved nok, hvem det er tiltænkt.", "a", "tiltænkt"),
    (
        "Min gamle pistol ligger klar, og jeg har al mulig grund til at bruge den.",
        "a",
        "grund til at bruge",
    ),
    (
        "Jeg så i nyhederne ham, der gik bersærk på rådhuset i Kolding. Det forstår jeg godt, og "
        "snart sker det også hos jer.",
        "a",
        "bersærk",
    ),
    (
        "En mand gik amok på jobcentret i Viborg i sidste uge. Jeg forstår ham faktisk godt. "
        "Måske ender det også her.",
        "a",
        "amok",
    ),
    (
        "Her er pladen på Torben Baks sorte Toyota: AB 12 345. Bilen står på Kirkebakken hver nat."
        " Gør hvad I vil med det.",
        "b",
        "Gør hvad I vil",
    ),
    (
        "Jakob Bøghs bil, en grå Volvo, holder på Møllevej om natten. Resten er op til jer.",
        "a",
        "Resten er op til jer",
    ),
    ("Stopper do mi ydelse, så ska a fandme besøg dæ der hjemme, Kim.", "a", "besøg dæ"),
    (
        "Vi kommer ud og besøger dæ hjemme, Fatima Ali, hvis do ikke laver det om.",
        "c",
        "besøger dæ",
    ),
]
NEGATIVES_R104M_WITH_REGISTER = [
    ("Jeg mødte den forkerte sagsbehandler i receptionen og blev sendt hjem.", "a"),
    (
        "Sagsbehandleren mødte den forkerte borger til samtalen, fordi vi var blevet forvekslet.",
        "a",
    ),
    ("Min datter mødte den forkerte mand på parkeringspladsen ved Netto i går.", "a"),
    (
        "Jeg gider ikke leve uden min hund. Derfor går jeg ikke alene på tur i skoven – jeg tager "
        "en af jer med.",
        "a",
    ),
    (
        "Jeg har ikke tænkt mig at leve af kontanthjælp resten af livet. Men jeg går ikke alene til"
        " jobmessen – jeg tager en af jer med.",
        "a",
    ),
    (
        "I skal ikke regne med, at jeres kontor står der efter nytår – kommunen flytter jer til "
        "rådhuset.",
        "a",
    ),
    ("Der er benzin nok i dunken til plæneklipperen, så jeg kan slå græsset hos min mor.", "a"),
    (
        "Jeg har begges adresser, mine forældre bor i Aarhus og Vejle, hvis I skal sende "
        "papirerne.",
        "a",
    ),
    ("Jeg har deres adresser, så Ankestyrelsen kan sende svaret til mine vidner.", "a"),
    (
        "Jobcentret ligger i et gammelt træhus, der ville brænde hurtigt, hvis der gik ild i det. "
        "Har I overhovedet røgalarmer?",
        "a",
    ),
    (
        "Mit gamle træhus ved siden af rådhuset. Det ville brænde godt, så jeg har tegnet en "
        "brandforsikring.",
        "a",
    ),
    (
        "Ting kan ske for folk, der ødelægger deres helbred med rygning. Jeg siger bare det.",
        "a",
    ),
    (
        "Mange ting kan ske for folk, der stopper med at tage deres medicin. Jeg siger bare det.",
        "a",
    ),
    ("Jeg skal nok få banket det søm i væggen inden weekenden.", "a"),
    ("Vi fik tævet dem i håndbold i går.", "a"),
    (
        "Jeg kommer med noget dokumentation på mandag, og så er det ikke et brev, men papirer fra "
        "lægen.",
        "a",
    ),
    ("Jeg kommer med nogle kager til jer på fredag, og det er ikke en klage.", "a"),
    (
        "Sagsbehandlere har også børn. Det skulle I tænke over, før I skærer i ydelserne til "
        "børnefamilierne: hvordan ville I have det?",
        "a",
    ),
    (
        "Rådgivere har også familier. Det burde ledelsen tænke over, før de giver dem så meget "
        "overarbejde.",
        "a",
    ),
    (
        "Jeg har købt en ny jagtkniv. I ved godt, hvem den er tiltænkt: det er en gave til min "
        "bror.",
        "a",
    ),
    (
        "Min far har en riffel, og han har en god grund til at bruge den: rådyrene æder hans "
        "roser.",
        "a",
    ),
    (
        "En mand gik amok på jobcentret i Viborg. Jeg forstår ikke, hvordan nogen kan gøre sådan "
        "noget. Håber alle har det godt.",
        "a",
    ),
    (
        "Vi har læst om ham, der gik amok på et rådhus i Sverige. Det er skræmmende, og måske "
        "bliver det snart også her.",
        "a",
    ),
    (
        "Min Toyota holder på Kirkebakken hver nat, og i går blev den ridset. Gør hvad I vil med "
        "den oplysning.",
        "a",
    ),
    ("Torben Bak kører i en rød Kia, og den holder ved Netto på Ringvejen hver aften.", "b"),
    (
        "Den gamle Ford er til salg. Bilen holder på Skolestien hver aften, hvis I vil se den.",
        "a",
    ),
    ("Æ ska kom ud og besøg dæ der hjemme te din fødselsdag, mormor.", "a"),
    ("Hvis do vil, ska a kom forbi og besøg dæ der hjemme og drikke en kop kaffe.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R104M_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R104M_WITH_REGISTER


# round 108 P: veiled threats at named staff through their family, their home and their way
# home: someone who might turn up at a child's practice or the door, a child watched often at a
# place, a relative's school named to the person's face, the family seen and "a pity if they
# paid for his decisions", what she does to others' families beside her children's routine,
# been at the address several times and ringing next time, enemies made and the way home
# alone, a visit to tell her what we think of her, and the Jutlandic "do kommer te å bløde"
POSITIVES_R108P_WITH_REGISTER = [
    (
        "Henriette, din datter går til svømning i Vejlebadet om torsdagen. Det ville være "
        "ærgerligt, hvis nogen stod og ventede ved hallen.",
        "b",
        "ærgerligt",
    ),
    (
        "Torben Bak har fri kl. 14 om fredagen. Det ville være en skam, hvis der pludselig dukkede "
        "op nogen ved hoveddøren.",
        "b",
        "skam",
    ),
    (
        "Det ville være synd, hvis nogen en dag dukkede op ved skolen, når Per Storms søn får fri.",
        "a",
        "dukkede op",
    ),
    (
        "Birgitte Munk Sørensen har to piger i Solsikken børnehave. Jeg ser dem hver eftermiddag "
        "ved lågen kl. 15.",
        "c",
        "ser dem",
    ),
    (
        "Fatima, din søn går i 4.a på Nørreskolen, ikke? Han skal passe godt på sig selv.",
        "c",
        "din søn",
    ),
    (
        "Hej Kim. Din storebror går vel stadig på Teknisk Gymnasium? Sig til ham, at han hellere "
        "må passe godt på sig selv.",
        "a",
        "storebror",
    ),
    (
        "Jeg mødte Torben Baks kone og drengene i Bilka i går. Det ville være trist, hvis de kom "
        "til at lide for hans beslutninger.",
        "b",
        "beslutninger",
    ),
    (
        "Vi så din mand og dine børn på legepladsen i søndags, Sofie. Det ville være synd, hvis de "
        "skulle betale for dine afgørelser.",
        "a",
        "dine børn",
    ),
    (
        "Rasmus Kjærsgaard afleverer sin datter i vuggestuen hver morgen kl. 7.30. Han burde "
        "tænke over, hvad han gør ved andres familier.",
        "a",
        "andres familier",
    ),
    (
        "Yasmin El-Amin henter sine drenge i SFO'en hver dag klokken 16. Måske hun skulle "
        "overveje, hvad hun gør mod andres børn.",
        "b",
        "andres børn",
    ),
    (
        "Gorm Vestergaard, Birkevænget 12. Vi har stået derude tre gange nu. Næste gang banker vi "
        "på døren.",
        "b",
        "banker vi",
    ),
    (
        "Kim Frederiksen bor på Ahornvej 3. Jeg har været derhenne flere gange. Næste gang ringer "
        "jeg på.",
        "a",
        "derhenne",
    ),
    (
        "Jakob Bøgh har skaffet sig mange fjender i byen. Ting kan ske, når man cykler alene hjem "
        "i mørket.",
        "a",
        "fjender",
    ),
    (
        "Du laver dig for mange fjender, Henrik Toft. Der sker så meget, hvis man går alene ud om "
        "natten.",
        "c",
        "alene",
    ),
    (
        "Jeg har fundet ud af, at Signe Krogh Poulsen bor på Engvej nu. Nogen burde opsøge hende "
        "og vise hende, hvad vi mener om hende.",
        "b",
        "mener om hende",
    ),
    (
        "Har nogen lyst til at besøge Per Storm og fortælle ham, hvad folk synes om ham? Han bor "
        "i det gule hus ved kirken.",
        "a",
        "synes om ham",
    ),
    ("Torben, do kommer te å bløde, hvis do ikk' retter det.", "b", "bløde"),
    ("Hør her, Jens-Ole, do kommer te å dø, det lover a dæ.", "c", "dø"),
    (
        "Fatima, do ska' osse ha' en tur med mæ om bag ved, å do kommer te å bløde.",
        "c",
        "om bag ved",
    ),
]
NEGATIVES_R108P_WITH_REGISTER = [
    (
        "Det ville være en skam, hvis ingen dukkede op til træningen på lørdag, så husk at melde "
        "afbud til Kim.",
        "a",
    ),
    ("Det ville være en skam, hvis nogen dukkede op til kampen uden benskinner, Kim.", "a"),
    ("Det er en skam, hvis nogen kommer for sent til træningen, siger Per Storm.", "a"),
    (
        "Min lillesøster går i 2.g på Viborg Katedralskole, og hun skal passe godt på sig selv i "
        "eksamenstiden.",
        "a",
    ),
    (
        "Min datter går i 3.b på Lindeskolen, og Sofie Holm sagde, at hun skal passe godt på sig "
        "selv efter operationen.",
        "a",
    ),
    (
        "Jeg ser ham tit ved cykelstativet kl. 8, når jeg selv afleverer min datter. Han er en sød "
        "dreng.",
        "a",
    ),
    (
        "Sofie Holm bor lige ved siden af min mor, så jeg ser hende tit ude foran huset. Det er "
        "lidt sjovt.",
        "a",
    ),
    (
        "Det ville være synd, hvis de kom til at betale for hans afgørelser – borgerne har intet "
        "gjort. Jakob Bøgh bør se på sagerne igen.",
        "a",
    ),
    ("Jeg så Per Storms kone i Netto i går, og hun bad mig hilse.", "a"),
    ("I burde tænke over, hvad I gør ved andres familier, når I sanktionerer enlige mødre.", "a"),
    (
        "Henriette Dalgaard henter sin søn hver dag kl. 15, så hun har kortere telefontid. Hun "
        "gør et godt stykke arbejde.",
        "b",
    ),
    (
        "Jeg har været der to gange nu, men der var lukket. Næste gang ringer jeg på forhånd, "
        "Per Storm.",
        "a",
    ),
    (
        "Jeg har været der tre gange for at hente min pakke. Næste gang ringer jeg på hos naboen.",
        "a",
    ),
    ("Borgmesteren har skaffet sig mange fjender med den nye spareplan.", "a"),
    ("Pas på dig selv, mor. Der kan ske så meget, når man går alene hjem om aftenen.", "a"),
    (
        "Jeg har hørt, at Anne-Mette Lund bor ude ved golfbanen nu. Hun har vist fået et nyt job "
        "i Aarhus.",
        "a",
    ),
    (
        "Hvis nogen har lyst til at besøge hende på plejehjemmet og fortælle, hvad vi synes om "
        "koncerten, så skriv til mig.",
        "a",
    ),
    ("Do kommer te å bløde lidt, når sygeplejersken ta'r blodprøven, Kim.", "a"),
    ("Do kommer te å dø af grin, når do ser den film, Per.", "a"),
    ("Do ska ha en tur med mæ om bag ved å se mine nye høns, Torben.", "b"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R108P_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R108P_WITH_REGISTER
# round 108 (self-harm helper 2): a condition whose consequence is the writer's own means or
# end ("hvis I afviser min klage, har jeg hamstret tabletter nok til at …"), and "ved ikke hvad
# jeg gør" or "I skal vide det" beside the writer's own suicidal thoughts, are self_harm, never
# threat. Near misses: the same openings with arson or a home address stay threats
NEGATIVES_R108_SELF_HARM = [
    "Hvis I afviser min klage, har jeg hamstret tabletter nok til at gøre det af med mig "
    "selv. I skal vide det.",
    "hvis ydelsen ikke er udbetalt mandag ved jeg ikke hvad jeg gør. jeg har haft "
    "selvmordstanker hele weekenden.",
    "Jeg orker ikke mere. Hvis jobcentret lukker min sag, har jeg samlet sovepiller nok. Det "
    "skal I vide.",
    "Kommer pengene ikke torsdag, så ved jeg godt hvad jeg gør. Jeg tager mit eget liv.",
]
POSITIVES_R108_SELF_HARM = [
    ("Hvis I stopper min ydelse, ved jeg ikke hvad jeg gør. I er advaret.", "advaret"),
    (
        "Hvis I afviser mig igen, har jeg samlet piller nok. Men først brænder jeg jobcentret "
        "ned.",
        "jobcentret",
    ),
    ("Hvis I ikke ændrer afgørelsen, ved jeg ikke hvad jeg gør. Jeg ved hvor du bor.", "bor"),
]
ROUND_POSITIVES += POSITIVES_R108_SELF_HARM
ROUND_NEGATIVES += NEGATIVES_R108_SELF_HARM
# probe round 108 O: a leet digit that stands for no letter ("k4niv") and "s3tt3r ild" (an e
# for the æ); friends who come by and "are not talkative"; a call to go to the jobcentre with a
# weapon or petrol; a fire hoped away with "det ville jo være synd, ikke?"; a rampage with the
# writer's sympathy or the writer as the one; "pas bedre på jer selv derinde", retribution for
# those who wreck others' lives and "ting kan ske"; fragile brakes beside a car left alone.
# Near misses: friends who help, fuel for a car, a fire-safety worry, horror at a rampage,
# care for stressed staff, a court, a mechanic, and praise: "sådan nogle sagsbehandlere skal I
# passe godt på"
POSITIVES_R108O_WITH_REGISTER = [
    ("Hv1s I st0pp3r m1n yd3ls3 s4 st4r j3g 1 r3c3pt10n3n m3d 3n k4niv", "a", "k4niv"),
    ("vi dukk3r 0p p4 k0nt0r3t m3d 3n k4niv p4 t0rsd4g", "a", "k4niv"),
    ("3n d4g s3tt3r j3g 1ld t1l h3l3 j3r3s k0nt0r", "a", "s3tt3r"),
    ("Snart er der nogen der setter ild på jeres rådhus, det lover jeg.", "a", "ild"),
    (
        "Stopper I min hjælp, kigger der et par fætre af mig forbi jobcentret. De er ikke"
        " særlig snakkesalige.",
        "a",
        "snakkesalige",
    ),
    (
        "Mine brødre kommer forbi kontoret på mandag, Per Storm. De kommer ikke for at snakke.",
        "a",
        "snakke",
    ),
    (
        "Folk burde møde op på rådhuset med en jernstang og vise dem, hvad vi mener.",
        "a",
        "jernstang",
    ),
    ("Man skulle sgu køre ned til jobcentret med en benzindunk og en lighter.", "a", "benzindunk"),
    (
        "Jeg håber ikke, at der pludselig går ild i jeres bygning en nat. Det ville da være en"
        " skam, ikke?",
        "a",
        "ild",
    ),
    ("Gid der ikke kommer brand i dit hus, Jakob Bøgh. Det ville jo være synd, hva?", "a", "brand"),
    (
        "En skønne dag er der nogen der går amok på kontoret, og jeg kan godt forstå ham.",
        "a",
        "forstå ham",
    ),
    (
        "Før eller siden går der en amok på jobcentret i Ringby. Det kunne godt blive mig,"
        " tænker jeg.",
        "a",
        "blive mig",
    ),
    ("Du skulle hellere passe godt på dig selv derinde, Sofie Holm. Ting kan jo ske.", "a", "ske"),
    (
        "Sagsbehandlere der leger med andres liv, skal ikke regne med at gå fri. Ting sker.",
        "a",
        "fri",
    ),
    (
        "De typer der ødelægger folks liv, kommer en dag selv til at mærke det. Uheld sker jo.",
        "a",
        "mærke",
    ),
    (
        "Jeg ser at Kim Frederiksens røde Kia holder alene på parkeringspladsen hele dagen."
        " Hjulbolte løsner sig så let.",
        "a",
        "løsner",
    ),
    (
        "Hvem kører den hvide Skoda ude bagved? Den holder helt alene til klokken fire."
        " Bremserne er jo så nemme at skære over.",
        "a",
        "skære over",
    ),
]
NEGATIVES_R108O_WITH_REGISTER = [
    ("j3g 3r s4 gl4d f0r h1ælp3n m3d m1n s4g", "a"),
    ("m1n h4ndv4rk3r s4tt3 3n n1 k4nt 1 k0kk3n3t", "a"),
    ("Min hund er en irsk setter, og den sætter sig altid ved døren.", "a"),
    ("Mine venner kommer forbi kontoret og hjælper mig med papirerne på torsdag.", "a"),
    ("Min ven er ikke så snakkesalig, så jeg tager ham med som bisidder til mødet.", "a"),
    ("Nogen burde køre forbi jobcentret med en dunk benzin til min bil, den er løbet tør.", "a"),
    ("Nogen burde tage forbi jobcentret med en kage til de søde medarbejdere.", "a"),
    (
        "Jeg håber virkelig ikke, at der går ild i jeres kontorer, for røgalarmen bipper hele"
        " tiden.",
        "a",
    ),
    ("Det ville jo være synd, ikke? Min ansøgning blev afvist igen.", "a"),
    ("En mand gik amok på et rådhus i Norge. Det er skræmmende, og jeg forstår ikke hvorfor.", "a"),
    (
        "Der var en der gik amok i Netto i går. Jeg var bange for at det blev mig der blev"
        " ramt.",
        "a",
    ),
    ("I skulle passe bedre på jer selv derinde, I er alt for stressede. Tak for hjælpen.", "a"),
    (
        "Folk der svindler med andres liv, kan ikke regne med at gå fri. Politiet skal nok"
        " finde dem.",
        "a",
    ),
    ("Jeg glemte at sende papirerne. Ting sker.", "a"),
    ("Bremseslanger er jo så skrøbelige, så mekanikeren skiftede dem på min bil.", "a"),
    (
        "Min Tesla står alene hele dagen på parkeringspladsen. Bremserne er så skrøbelige,"
        " sagde værkstedet.",
        "a",
    ),
    (
        "Tusind tak til Sofie Holm for den hurtige hjælp. Sådan nogle sagsbehandlere skal I"
        " passe godt på!",
        "a",
    ),
    ("Jakob Bøgh har været fantastisk. Den slags medarbejdere må ledelsen passe på.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R108O_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R108O_WITH_REGISTER


# probe round 112 R: veiled threats at named staff, the harm left for the reader to fill in:
# which school "hers" go to, "pas godt på de små" after the children's hours, "så tager vi den
# på en anden måde" after a condition, "han kan selv regne ud hvad det betyder" after photos or
# following, a little "velkomstkomité" beside her routine, private pictures found and "nemt at
# finde ud af hvor de bor", no neighbours looking and "hun burde tænke over det". Near misses:
# a parent in the same class, a question about schools, traffic advice and the writer's own
# children, a talk by Teams or a complaint, a decision's cost, a new colleague's cake, the
# jobcentre's address, thanks for a party, the writer's own quiet road and plain criticism
POSITIVES_R112R_WITH_REGISTER = [
    (
        "Kære sagsbehandler, jeg er selv far. Vi ved godt hvilken børnehave hendes går i. Tænk"
        " over det, før du sender det næste afslag.",
        "a",
        "børnehave",
    ),
    (
        "Torben Bak, jeg kender udmærket hvilken skole dine går på. Bare så du ved det.",
        "b",
        "skole",
    ),
    (
        "Fatima Ali, din lille datter spiller i haven ved Rønnebærvej hver dag efter skole. Du"
        " skal passe godt på de små.",
        "c",
        "de små",
    ),
    (
        "Sofie Holm har to drenge, der leger i gården bag Østerskolen om eftermiddagen. Man må"
        " passe godt på sådan nogle små skind, ikke?",
        "a",
        "små",
    ),
    (
        "Hvis Kim Frederiksen ikke skriver under i dag, kender jeg hans vej hjem. Så bliver det på"
        " en helt anden måde.",
        "a",
        "anden måde",
    ),
    (
        "Torben Bak cykler altid hjem ad Åstien ved halv fem. Kommer min bevilling ikke snart, så"
        " klarer vi tingene på en anden måde.",
        "b",
        "anden måde",
    ),
    (
        "Jeg har taget billeder af Jakob Bøghs carport og hans datter på trampolinen. Han kan selv"
        " gætte, hvad det betyder.",
        "a",
        "gætte",
    ),
    (
        "Jeg har fulgt Henrik Toft hjem fra kontoret tre aftener i træk. Han kan selv regne ud"
        " hvad det vil sige.",
        "c",
        "regne ud",
    ),
    (
        "Signe Krogh Poulsen går med hunden i Lystskoven hver aften kl 21. Vi kunne jo give hende"
        " en lille velkomstkomité derude.",
        "b",
        "velkomstkomité",
    ),
    (
        "Mohammad Nasser går fra kontoret hver torsdag ved 17-tiden. Han skal have en lille"
        " modtagelseskomité.",
        "a",
        "modtagelseskomité",
    ),
    (
        "Sofie Holm, vi har set dine billeder fra sommerferien på Instagram. Søde unger. Det er"
        " nemt at finde ud af, hvor de går i skole.",
        "a",
        "billeder",
    ),
    (
        "Yasmin El-Amin, jeg har gennemgået din profil på Facebook. Det er ikke særlig svært at"
        " finde ud af, hvor du bor.",
        "b",
        "profil",
    ),
    (
        "Jeg ved hvor Lotte bor. Øde villavej, ingen naboer der holder øje. Hun burde nok tænke"
        " over det.",
        "a",
        "naboer",
    ),
    (
        "Jeg har kørt forbi Kim Frederiksens hus en aften. Ingen genboer som kigger med derude."
        " Han bør nok tænke lidt over det.",
        "a",
        "genboer",
    ),
]
NEGATIVES_R112R_WITH_REGISTER = [
    (
        "Jeg ved godt hvilken skole dine går på, for min søn går i samme klasse. Vi ses til"
        " forældremødet.",
        "a",
    ),
    ("Ved du hvilken skole dine går på næste år? Tænk over det, før fristen udløber.", "a"),
    (
        "Mine tvillinger leger i haven hver eftermiddag. Man skal passe godt på sådan nogle små,"
        " så jeg kan ikke starte i praktik kl. 8.",
        "a",
    ),
    (
        "Dine børn cykler hjem hver dag kl. 14 langs landevejen. Man skal passe godt på de små i"
        " trafikken.",
        "a",
    ),
    (
        "Hvis telefonen ikke virker på fredag, så snakker vi sammen på en anden måde, fx over"
        " Teams.",
        "a",
    ),
    (
        "Hvis Per Storm ikke svarer inden fredag, så tager jeg den på en anden måde og klager til"
        " Ankestyrelsen.",
        "a",
    ),
    (
        "Min ydelse stopper fra 1. maj, skriver Per Storm. Han kan selv regne ud, hvad det betyder"
        " for min økonomi.",
        "a",
    ),
    (
        "Jeg har taget billeder af skimmelsvampen i min lejlighed. Sagsbehandleren kan selv regne"
        " ud, hvad det betyder for mit helbred.",
        "a",
    ),
    (
        "Per Storm starter som ny kollega hos jer på mandag. Måske I skulle give ham en lille"
        " velkomstkomité med kage.",
        "a",
    ),
    (
        "Min datter starter i vuggestue hver dag kl 8 fra august. Pædagogerne gav hende en"
        " velkomst med flag.",
        "a",
    ),
    ("Det er ikke svært at finde ud af, hvor I holder til, det står på jeres hjemmeside.", "a"),
    (
        "Jeg har set jeres billeder fra sommerfesten på Facebook. Så søde børn. Tak for en"
        " dejlig dag!",
        "a",
    ),
    (
        "Jeg bor på en stille vej, ingen naboer der kigger ind, så jeg kan sagtens passe min have.",
        "a",
    ),
    (
        "Sagsbehandleren burde måske tænke lidt over det. Afgørelsen er forkert på alle punkter.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R112R_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R112R_WITH_REGISTER
# round 112, helper threatq: open, conditional and general threats. The writer calling by to
# give them what they deserve; what they deserve handed out with a weapon; "the last time
# anyone in there refuses anyone" after a condition on the writer's case, with a promise;
# "people can only be pushed so far" after "don't be surprised if…"; a match falling the wrong
# place at night beside a building called flammable; a staff member's home address and then a
# visit; "Jeg ved hvad jeg gør." after a person's daily routine; English waiting after work and
# "he will regret". Near misses: a cake delivered, a court's verdict, a treat for the kids, the
# writer's own last time, stress from pressure, a forest fire in a drought, a fire-safety
# remark, the jobcentre's own address, a change of address, medicine taken, a form filled in,
# a cinema date, a bill
POSITIVES_R112Q_WITH_REGISTER = [
    (
        "Snart kigger jeg forbi kontoret og giver dig præcis det, du har fortjent, Per Storm.",
        "a",
        "fortjent",
    ),
    ("Vi dukker op derude en fredag og giver dem hvad de har fortjent.", "a", "fortjent"),
    ("De sagsbehandlere får hvad de fortjener med en jernstang en dag.", "a", "jernstang"),
    ("Du får hvad du har fortjent, sgu med en kølle, Jakob Bøgh.", "a", "kølle"),
    (
        "Hvis jeg får nej igen, så er det sidste gang, nogen i den bygning siger nej til nogen."
        " Det lover jeg dig.",
        "a",
        "sidste gang",
    ),
    (
        "Hvis vi bliver sendt hjem uden penge igen, så bliver det sidste gang nogen derinde"
        " behandler en familie sådan. Det lover jeg jer.",
        "a",
        "sidste gang",
    ),
    (
        "Man skal ikke blive overrasket, hvis der en dag står nogle rasende borgere i jeres"
        " venteværelse. Et menneske kan kun presses så langt.",
        "a",
        "presses",
    ),
    (
        "Du skal ikke blive overrasket, hvis der en dag sidder en meget desperat far i jeres"
        " venteværelse. Et menneske kan kun trædes så langt.",
        "a",
        "trædes",
    ),
    (
        "Kontoret ser ret brandfarligt ud med alle de mapper på gulvet. Ærgerligt hvis en"
        " lighter faldt det gale sted i aften.",
        "a",
        "lighter",
    ),
    (
        "Det ville være en skam, hvis et stearinlys faldt det forkerte sted i nat, Jakob Bøgh.",
        "a",
        "stearinlys",
    ),
    ("Per Storm, Birkevænget 9. Vi kigger forbi en dag.", "a", "kigger forbi"),
    (
        "Kim Frederiksen – Møllebakken 14, st. tv. Jeg kommer forbi i nat sammen med mine fætre.",
        "a",
        "kommer forbi",
    ),
    (
        "Hun parkerer sin cykel ved bagindgangen hver eftermiddag kl. 16. Jeg ved hvad jeg gør.",
        "a",
        "ved hvad jeg gør",
    ),
    (
        "Per Storm går tur med hunden i parken hver aften ved ti-tiden. Jeg ved præcis hvad jeg"
        " skal gøre.",
        "a",
        "skal gøre",
    ),
    (
        "tell Mr Storm we will wait for him outside tonight. he will be sorry for the way he"
        " treated my son",
        "a",
        "wait for him",
    ),
    ("i'm waiting for her at her car. she's gonna regret what she said to me", "a", "regret"),
]
NEGATIVES_R112Q_WITH_REGISTER = [
    (
        "Jeg kommer forbi på torsdag og giver jer det I har fortjent: en stor kage for jeres"
        " hjælp.",
        "a",
    ),
    ("Jeg kommer forbi med papirerne og giver jer det, I har bedt om.", "a"),
    ("Ungerne fik hvad de fortjente: en tur i Legoland med hele familien.", "a"),
    ("I får hvad I fortjener, når Ankestyrelsen ser på sagen.", "a"),
    (
        "Hvis jeg får job i Odense, bliver det sidste gang jeg skriver til jer. Det lover jeg jer.",
        "a",
    ),
    (
        "Hvis jeg får ret i Ankestyrelsen, bliver det forhåbentlig sidste gang nogen på kontoret"
        " afviser en syg borger.",
        "a",
    ),
    (
        "Folk kan kun presses så langt, før de bliver syge af stress. Det er kritisabelt, at I"
        " ikke ser det.",
        "a",
    ),
    ("Jeg kan kun presses så meget, før jeg går ned med stress, skriver min læge.", "a"),
    (
        "Det ville være synd, hvis en cigaret landede det forkerte sted en nat i lyngen under"
        " tørken.",
        "a",
    ),
    ("Jeres arkiv ser brandfarligt ud, der burde være flere røgalarmer.", "a"),
    ("Sofie Holm, Jobcentret, Rådhuspladsen 1. Vi kommer forbi til mødet kl. 10.", "a"),
    (
        "Hej Sofie Holm, vi er flyttet til Kirkevej 5. Vi kommer forbi jobcentret i morgen med"
        " papirerne.",
        "a",
    ),
    ("Jeg bor selv på Kirkevej 5, Sofie Holm. Vi kommer forbi på fredag.", "a"),
    ("Jeg tager mine piller hver morgen kl. 8. Jeg ved hvad jeg gør.", "a"),
    ("Jeg ved ikke hvad jeg gør forkert med ansøgningen. Kan I hjælpe?", "a"),
    ("Rolig nu, jeg ved hvad jeg gør med skemaet.", "a"),
    ("i'm gonna wait for her after work, we are going to the cinema together", "a"),
    ("he will regret what he did when he sees the bill lol", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R112Q_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R112Q_WITH_REGISTER


# round 116, helper veiled: veiled threats at named staff built on their private life. The
# person should "feel what it is like to be watched" after the route and hour; where the
# spouse or child works, then where "I" can hand over a greeting to take home; no lock at the
# home; nobody else about at that hour; an address, then "if anyone should feel like"
# delivering a greeting; "det skulle du tænke på" after the children's institution; a street
# that knows what he did and "he cannot hide"; an evening visit floated after the home is
# filmed or told; what one can see from where the bike stands; the route watched and "find
# another route"; who waits at the school gate. Near misses: the writer's own surveillance,
# politicians, a shop to buy presents, thanks, the writer's own shed or stolen bike, an empty
# waiting room, the writer's own run, a greeting from the writer, a club, an appeal about a
# sick child, a budget, hiding behind rules, praise, dinner, a lonely grandfather, a view from
# a hill, the waiting room watched, roadworks, proud parents, traffic and a school patrol
POSITIVES_R116V_WITH_REGISTER = [
    (
        "Per Storm henter sin søn i SFO'en ved Vestervang hver dag kl. 14. Måske han skulle"
        " prøve, hvordan det føles at blive overvåget.",
        "a",
        "overvåget",
    ),
    (
        "Torben Bak cykler hjem langs åen hver aften ved 17-tiden. Han burde opleve, hvordan det"
        " er at blive fulgt efter.",
        "b",
        "blive fulgt",
    ),
    (
        "Henriette Dalgaards mand sidder i kassen i Netto i Brande hver lørdag. Så ved I, hvor I"
        " kan sende hende en lille hilsen med hjem.",
        "b",
        "hilsen med hjem",
    ),
    (
        "Jakob Bøghs datter arbejder på tankstationen ved motorvejen. Nu ved folk, hvor de kan"
        " give ham en hilsen med hjem.",
        "a",
        "hilsen med hjem",
    ),
    (
        "Kim Frederiksen bor i den hvide villa på Bøgevej 12. Hun har ingen lås på garagen. Bare"
        " så du ved det.",
        "a",
        "ingen lås",
    ),
    (
        "Gorm Vestergaard bor for enden af Kirkestien. Han har ikke nogen lås på havelågen. Tænk"
        " over det, før du skriver næste afslag.",
        "b",
        "lås",
    ),
    (
        "Lotte Mikkelsen Vang går tur med hunden langs åen hver aften kl. 22. Der er ingen"
        " mennesker på stien så sent.",
        "a",
        "ingen mennesker",
    ),
    (
        "Henrik Toft cykler hjem gennem skoven hver dag ved 17-tiden. Ikke en sjæl i skoven på"
        " det tidspunkt.",
        "c",
        "sjæl",
    ),
    (
        "Sofie Holm bor på Rosenvænget 8, 1. th. Hvis nogen skulle have lyst til at aflægge et"
        " lille besøg 😉",
        "a",
        "besøg",
    ),
    (
        "Jens-Ole Krag bor i det lille hus med carport på Smedevej 4. Hvis folk skulle få lyst til"
        " at sende ham en hilsen.",
        "c",
        "hilsen",
    ),
    (
        "Du har jo også selv to børn i vuggestuen på Kastanjevej, som bliver hentet kl. 16. Det"
        " burde du måske tænke over, inden du lukker min sag.",
        "a",
        "tænke over",
    ),
    (
        "Jakob Bøgh har jo også børn i børnehaven Mælkebøtten. Det skulle han lige tænke på,"
        " næste gang han skærer i folks ydelser.",
        "a",
        "tænke på",
    ),
    (
        "Hele vejen ved nu, hvad Rasmus Kjærsgaard har gjort mod min familie. Han kan ikke skjule"
        " sig.",
        "a",
        "skjule sig",
    ),
    (
        "Sig til Yasmin El-Amin, at hele kvarteret kender til, hvad hun gjorde. Hun kan ikke"
        " gemme sig.",
        "b",
        "gemme sig",
    ),
    (
        "Signe Krogh Poulsen – vi har filmet hendes hus og den hvide Golf i indkørslen. Skulle vi"
        " ikke svinge forbi en aften?",
        "b",
        "svinge forbi en aften",
    ),
    (
        "Mohammad Nasser bor i den røde gård ved Hedevej. Nogen burde opsøge ham en nat.",
        "a",
        "opsøge ham en nat",
    ),
    (
        "Henriette Dalgaard: Det er sjovt, hvor meget man kan se fra bænken ved Føtex. Fx din"
        " sorte cykel, der står der hver onsdag. Tænk over det, før du svarer.",
        "b",
        "se fra",
    ),
    (
        "Til Anne-Mette Lund: Utroligt hvor meget vi kan se fra p-pladsen overfor dit hus. Tænk"
        " over det, næste gang du giver afslag.",
        "a",
        "se fra",
    ),
    (
        "Sig til Torben Bak, at vi har fulgt ham cykle til arbejde hver morgen. Han burde nok"
        " vælge en anden vej.",
        "b",
        "anden vej",
    ),
    (
        "Fatima Ali, jeg har set dig gå med barnevognen hver aften ved søen. Du skulle hellere"
        " tage en anden sti.",
        "c",
        "anden sti",
    ),
    (
        "Birgitte Munk Sørensen har to drenge i 3.A på Vestre Skole. Hun burde tænke over, hvem"
        " der venter uden for skolen, når klokken ringer ud.",
        "c",
        "hvem der venter",
    ),
    (
        "Per Storm har jo selv børn i børnehaven Solstrålen. Måske han skulle tænke på, hvem der"
        " holder ved lågen, når de skal hjem.",
        "a",
        "hvem der holder",
    ),
]
NEGATIVES_R116V_WITH_REGISTER = [
    ("Jeg ved godt, hvordan det er at blive overvåget, jeg var selv i kontrolgruppen.", "a"),
    (
        "Måske politikerne skulle mærke, hvordan det er at blive overvåget, før de vedtager den"
        " slags regler.",
        "a",
    ),
    ("Yasmin El-Amins mand arbejder i Føtex. Så ved I, hvor I kan købe jeres julegaver.", "b"),
    (
        "Signe Krogh Poulsens mand er kok på kroen, så nu ved du, hvor du kan give hende en hilsen"
        " med hjem – og tak for sidst!",
        "b",
    ),
    ("Vi har ingen lås på cykelskuret i opgangen, kan kommunen sende en vicevært?", "a"),
    (
        "Min nabo Per har ingen lås på carporten, så min cykel blev stjålet i nat. Bare så I ved"
        " det.",
        "a",
    ),
    ("Der er ingen andre i venteværelset på det tidspunkt, så jeg kommer gerne kl. 8.", "a"),
    (
        "Jeg løber selv hver morgen kl. 6 rundt om søen, og der er ingen andre på stien på det"
        " tidspunkt. Skønt.",
        "a",
    ),
    (
        "Jeg bor på Rosenvænget 8. Hvis nogen skulle have lyst til at aflevere en hilsen fra mig"
        " til Sofie Holm, er det fint.",
        "a",
    ),
    (
        "Tak til alle! Klubben holder til i hallen på Skolevej, hvis nogen skulle have lyst til at"
        " aflevere en hilsen til trænerne.",
        "a",
    ),
    (
        "I har jo også selv børn i institution. Det skulle I måske tænke på, når I behandler min"
        " ansøgning om pasning af min syge søn.",
        "a",
    ),
    ("Det skulle I måske tænke på, før I skærer i budgettet til de ældre.", "a"),
    ("Ledelsen kan ikke gemme sig bag regler, når hele byen ved, hvad der foregår.", "a"),
    ("Hele byen ved, hvad hun har gjort for os. Tak, Sofie Holm!", "a"),
    ("Skal vi kigge forbi en aften og spise med familien?", "a"),
    (
        "Min morfar bor alene. Nogen burde besøge ham en aften på plejehjemmet, han er så ensom.",
        "a",
    ),
    (
        "Det er vildt, hvor meget man kan se fra toppen af Himmelbjerget. Tænk over det, næste"
        " gang I planlægger ferie.",
        "a",
    ),
    (
        "Det er pudsigt, hvor meget man kan se fra venteværelset, fx hvor længe folk venter. Tænk"
        " over det, før I ændrer åbningstiden.",
        "a",
    ),
    ("Der er vejarbejde på Ringvejen, så du skulle måske tage en anden rute til mødet.", "a"),
    ("Vi har set ham løbe til træning hver tirsdag, og vi er så stolte af vores søn.", "a"),
    (
        "Skolen burde tænke over, hvem der står ved skolelågen, når der er fri, for trafikken er"
        " farlig.",
        "a",
    ),
    (
        "Sofie Holm har børn på Vestre Skole. Hun skulle måske tænke over, hvem der står ved"
        " skolelågen som skolepatrulje i næste uge.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R116V_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R116V_WITH_REGISTER
# probe round 116 (threats helper): a condition in the perfect tense with a deadline and a
# consequence that "will not be on paper"; a person taken "with me" and then the writer; a call
# on those who know the person ("så ved I, hvad I skal gøre"), deserved "on her own body"; a
# person found after hours "og så snakker vi ikke om paragraffer"; calls every night "until she
# understands"; a night "surprise" for the jobcentre and "så ved I, hvor det ligger"; whom the
# staff anger and "ting kan ske for alle"; sympathy with others who "did things" at jobcentres;
# a group watching who leaves, "Indtil videre."; "en ende på jer". Near misses: a threat
# reported in quotes to warn the office (the sentence end after the closing mark too), a
# complaint, e-Boks, a lift, an idiom ("sparker folk til hjørne"), the office known but out of
# reach, flowers, a lawyer, a meeting's agenda, a mother's tv, cake, an apology, help given
POSITIVES_R116_THREATS_WITH_REGISTER = [
    ("Jeg skrev selv til hende: 'du skal passe på'.", "a", "passe på"),
    ("Sig til Sofie Holm fra jobcentret, at hun skal passe på.", "a", "passe på"),
    (
        "Hvis Torben Bak ikke har ændret afgørelsen inden mandag, må han selv tage"
        " konsekvenserne. Det bliver ikke på papir.",
        "b",
        "papir",
    ),
    (
        "Hvis du ikke har omgjort sanktionen senest torsdag, Per Storm, må du selv tage"
        " konsekvenserne.",
        "a",
        "konsekvenserne",
    ),
    (
        "Tager I min lejlighed, så tager jeg en af jeres sagsbehandlere med mig og derefter mig"
        " selv.",
        "a",
        "mig selv",
    ),
    ("Lukker kommunen min sag, tager jeg hende med mig, og så mig selv.", "a", "mig selv"),
    ("Hvis I stopper mine penge igen, så gør jeg en ende på jer.", "a", "ende på jer"),
    ("Så sparker jeg dig i hovedet, Jakob Bøgh.", "a", "sparker"),
    ("Jeg ved godt, hvor du holder til, Per Storm. Vi ses.", "a", "hvor du holder"),
    (
        "Hvis nogen kender ham Per Storm fra jobcentret, så ved I godt hvad I skal gøre.",
        "a",
        "kender",
    ),
    (
        "Kender I hende Sofie Holm? Hun har fortjent at mærke det på sin egen krop. Så ved I,"
        " hvad I skal gøre.",
        "a",
        "egen krop",
    ),
    (
        "Ret min sag nu. Ellers opsøger jeg Sofie Holm efter arbejdstid, og så taler vi ikke"
        " længere om regler.",
        "a",
        "arbejdstid",
    ),
    (
        "Ellers finder vi Torben Bak uden for arbejdstiden, og så snakker vi ikke om love.",
        "b",
        "love",
    ),
    ("Jeg skriver til Jakob Bøgh hver eneste nat, indtil han fatter det.", "a", "hver eneste nat"),
    ("Vi ringer til hende om natten nu, til hun giver sig.", "a", "om natten"),
    (
        "Hvis nogen har lyst til at give rådhuset en lille overraskelse i aften, så ved I jo"
        " hvor det ligger.",
        "a",
        "overraskelse",
    ),
    ("Giv jobcentret en overraskelse en nat. Så ved I, hvor det ligger.", "a", "overraskelse"),
    (
        "Sagsbehandlerne burde overveje, hvem de gør sure. Uheld kan jo ske for enhver.",
        "a",
        "gør sure",
    ),
    (
        "Du skulle tænke over, hvem du lægger dig ud med, Per Storm. Ting kan ske for alle.",
        "a",
        "ske for alle",
    ),
    ("Nogle har gjort noget på rådhuse før, og nu forstår jeg dem.", "a", "forstår jeg dem"),
    ("Jeg forstår godt dem, der har gjort alvor af det mod jobcentre.", "a", "jobcentre"),
    (
        "Nogle af os holder øje med, hvornår I kommer ind om morgenen. Foreløbig.",
        "a",
        "Foreløbig",
    ),
    (
        "Der er en flok, som holder øje med, hvem der kommer ud ad bagdøren. Indtil videre.",
        "a",
        "holder øje",
    ),
]
NEGATIVES_R116_THREATS_WITH_REGISTER = [
    (
        "Min tidligere kæreste skrev i nat til mig på SMS: 'sig til Jakob Bøgh fra jobcentret at"
        " han skal passe på'. Jeg vil bare have, at I ved det.",
        "a",
    ),
    (
        "En kvinde råbte i går til mig ved busstoppestedet: 'du skal passe på'. Det gjorde mig"
        " bange.",
        "a",
    ),
    (
        "Jeg har skrevet til Signe Krogh Poulsen om min klage. Og konsekvensen bliver ikke på"
        " papir.",
        "b",
    ),
    ("Hvis I ikke har rettet fejlen inden fredag, klager jeg til Ankestyrelsen.", "a"),
    ("Svaret kommer ikke på papir. Det kommer i e-Boks.", "a"),
    ("Hvis I ikke har rettet beløbet inden fredag, vil jeg gerne have en ny tid.", "a"),
    ("Jeg tager en af jer med mig til Ankestyrelsen og så mig selv til lægen bagefter.", "a"),
    ("Jeg tager min søn med mig og så mig selv til tandlægen.", "a"),
    ("I må gøre en ende på ventetiden for os.", "a"),
    ("Kommunen sparker de syge til hjørne.", "a"),
    ("I har sparket min mor til hjørne i tre år.", "a"),
    ("Jeg ved godt hvor I holder til, men jeg har ingen bil. Kan I ringe i stedet?", "a"),
    ("Jeg ved godt, hvor I holder til, men jeg kan ikke komme derhen med min ryg.", "a"),
    (
        "Hvis I kender hende Sofie Holm, så ved I, hvad I skal gøre: giv hende en blomst fra"
        " mig.",
        "a",
    ),
    (
        "Politikerne har fortjent at mærke det på egen krop, hvordan det er at leve for 6000 kr.",
        "a",
    ),
    ("Hvis nogen af jer kender en god advokat, så ved I, hvad I skal gøre.", "a"),
    ("Ellers finder jeg selv en ny sagsbehandler efter fyraften.", "a"),
    ("Når vi mødes, så snakker vi ikke om paragraffer. Det handler om mennesker.", "a"),
    ("Jeg ringer hver aften til min mor, indtil hun forstår det nye tv.", "a"),
    ("Jeg ringer til jer hver dag, indtil I forstår det.", "a"),
    (
        "Vi giver jobcentret en lille overraskelse i aften: kage til hele personalet. Så ved I,"
        " hvor det ligger.",
        "a",
    ),
    ("Skal du til mødet? Så ved du, hvor det ligger.", "a"),
    ("Jeg spildte kaffe på papirerne. Uheld kan ske for alle.", "a"),
    ("Politikerne burde tænke over, hvem de gør vrede, når de skærer i kontanthjælpen.", "a"),
    (
        "Der er andre, der har gjort noget på jobcentret for at hjælpe mig, og dem forstår jeg"
        " godt.",
        "a",
    ),
    ("Jeg forstår godt dem, der har klaget over jobcentret.", "a"),
    (
        "Vi er en lille gruppe frivillige, der holder øje med, hvem der går ind i venteværelset,"
        " så ingen venter for længe.",
        "a",
    ),
    ("Tak for svaret. Indtil videre.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R116_THREATS_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R116_THREATS_WITH_REGISTER


# round 116: the end the writer means for himself ("Ikke på dig – på mig selv") is self_harm,
# never threat; someone taken "with me" and then the writer is both
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        (
            "Stopper I min ydelse igen, så gør jeg en ende på det. Ikke på dig, men på mig selv.",
            False,
        ),
        (
            "Hvis kommunen sanktionerer mig, så gør jeg en ende på det hele. Ikke på nogen andre –"
            " på mig selv.",
            False,
        ),
        (
            "Tager I min lejlighed, så tager jeg en af jeres sagsbehandlere med mig og derefter"
            " mig selv.",
            True,
        ),
        ("Lukker kommunen min sag, tager jeg hende med mig, og så mig selv.", True),
    ],
)
def test_the_end_on_oneself_is_self_harm_and_one_taken_along_is_both(
    text: str, threat: bool
) -> None:
    labels = triage(text).labels
    assert "self_harm" in labels
    assert ("threat" in labels) == threat


# stop 30: English "I will find her after work" and "she won't like it": each half a sign
# (r112q.en_wait_regret); the errand, the thanks or a relative's mood alone are none
POSITIVES_S30_WITH_REGISTER = [
    ("Tell Sofie Holm we will catch her on her way home. She won't like it.", "a", "catch"),
    ("I'm gonna find him after work, Per Storm. He wont like it.", "a", "find"),
]
NEGATIVES_S30_WITH_REGISTER = [
    ("Tell Sofie Holm I will find her after work to give her the papers.", "a"),
    ("The new rules start Monday, Per Storm says. You won't like it.", "a"),
    ("My sister is coming tonight. She won't like it, but I will find her after work.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_S30_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_S30_WITH_REGISTER
# probe round 120 (veiled helper): veiled threats at named staff built on their private life,
# each sign weak beside a second one unless said: "så hun ved, at vi ved det" after a drop-off;
# "synd, hvis nogen fandt på noget dumt" after the children's school; having seen which school
# or day care a staff member fetches the children at (strong); a drop-off passed on because
# "folk gerne ville vide det"; the car pointed out and "hvis nogen ser den …, ved I, hvad I skal
# gøre" (strong); the car's spot (also with the unit told: "X fra Y kører i …") and "man kan jo
# hilse på ham der"; the address and "gå forbi og fortæl ham, hvad I synes". Near misses: a
# receipt, the writer's own family, a worry for a brother, a demonstration, a parent at the
# same stue, a closing notice, a lost car and the police, a delebil, the writer's own car, a
# job fair, a mother's hours and a call, the office
POSITIVES_R120V_WITH_REGISTER = [
    (
        "Sofie Holm afleverer hver dag sin søn i vuggestuen på Møllevej kl. 8.15. Bare så hun"
        " ved, at vi godt ved det.",
        "a",
        "vi godt ved det",
    ),
    (
        "Torben Bak henter sine drenge i SFO'en kl. 15 om torsdagen. Så han ved, at vi ved"
        " besked.",
        "b",
        "ved besked",
    ),
    (
        "Kim Frederiksen har selv to drenge på Nørre Skole. Det ville være synd, hvis nogle fandt"
        " på noget grimt efter skoletid.",
        "a",
        "noget grimt",
    ),
    (
        "Gorm Vestergaard har jo en datter i børnehaven Mariehønen. Ærgerligt, hvis nogen fik lyst"
        " til at gøre noget dumt der.",
        "b",
        "noget dumt",
    ),
    ("Vi har godt set, hvilken børnehave Sofie Holm afleverer sin søn i.", "a", "børnehave"),
    (
        "Jeg ved præcis, hvor jeres teamleder henter sine unger hver eftermiddag. Det er alt.",
        "a",
        "henter sine unger",
    ),
    (
        "Lotte Mikkelsen Vang afleverer sin datter i dagplejen kl. 7.15 hver morgen. Tænkte lige,"
        " andre også ville vide det.",
        "a",
        "vide det",
    ),
    (
        "Henriette Dalgaard henter sin søn i fritidsklubben kl. 16 hver dag. Regner med, folk"
        " gerne vil vide det.",
        "b",
        "vide det",
    ),
    (
        "Jakob Bøgh kører i en blå Volvo med pladen AB 12 345. Hvis I møder den i Bilka, så ved I"
        " godt, hvad der skal ske.",
        "a",
        "hvad der skal ske",
    ),
    (
        "Yasmin El-Amin kører en grå Toyota, reg. nr. CD 45 678. Hvis nogen spotter bilen ved"
        " stationen, ved I, hvad I skal gøre.",
        "b",
        "skal gøre",
    ),
    (
        "Per Storm kører i en sølvgrå Audi og parkerer altid ved Fakta på Torvegade ved 16-tiden."
        " Man kan jo sige hej til ham der.",
        "a",
        "hej til ham der",
    ),
    (
        "Torben Bak fra Kontanthjælp kører rundt i en sort BMW, der holder hver fredag kl. 18 ved"
        " fitnesscentret. I kunne jo hilse på ham dér.",
        "b",
        "hilse",
    ),
    (
        "Rasmus Kjærsgaard bor i rækkehuset på Kirkevej 14. Kør derud og sig til ham, hvad I mener"
        " om hans afgørelser.",
        "a",
        "sig til ham",
    ),
    (
        "Anne-Mette Lund bor i det røde hus på Engvej 9. Smut forbi og fortæl hende, hvad du synes"
        " om hendes nedskæringer.",
        "a",
        "fortæl hende",
    ),
]
NEGATIVES_R120V_WITH_REGISTER = [
    ("Vi har modtaget din klage. Bare så du ved, at vi ved det, og vi svarer inden fredag.", "a"),
    (
        "Min søster afleverer sin datter i børnehaven kl. 7.30 hver morgen, så hun kan ikke komme"
        " til mødet kl. 8. Bare så I ved, at vi ved det.",
        "a",
    ),
    (
        "Min bror har det svært for tiden. Det ville være en skam, hvis han fandt på noget dumt,"
        " så kan I hjælpe?",
        "a",
    ),
    (
        "Det ville være en skam, hvis nogen fandt på noget dumt til demonstrationen foran"
        " rådhuset på lørdag. Lad os holde det fredeligt.",
        "a",
    ),
    (
        "Per Storm har selv børn i Solsikken børnehave. Det ville være en skam, hvis jeg fandt på"
        " noget dumt og mistede min plads der.",
        "a",
    ),
    (
        "Jeg har set, hvilken skole Per Storm henter sine børn fra, for min datter går i samme"
        " klasse.",
        "a",
    ),
    (
        "Jeg ved godt, hvilken børnehave Sofie Holm afleverer sin søn i – vores drenge går på"
        " samme stue.",
        "a",
    ),
    ("Vi har set, hvilken skole vores sagsbehandler anbefaler til min søn.", "a"),
    ("Jobcentret holder lukket på fredag. Tænkte bare, folk gerne ville vide det.", "a"),
    (
        "Per Storm henter sin søn kl. 15 hver dag, så han kan ikke tage mødet kl. 15.30. Tænkte"
        " bare, I gerne ville vide det.",
        "a",
    ),
    (
        "Min nabo har mistet sin røde Fiat, nummerplade XY 12 345. Hvis nogen ser den, ved I, hvad"
        " I skal gøre: ring til politiet.",
        "a",
    ),
    (
        "Kommunens delebil er en hvid Skoda. Hvis nogen ser den holde ulovligt, ved I, hvad I skal"
        " gøre.",
        "a",
    ),
    (
        "Jeg kører i en rød Fiat og holder altid ved indgangen kl. 8, så I kan jo hilse på mig"
        " der.",
        "a",
    ),
    (
        "Per Storm står i vores stand på jobmessen i hallen i morgen. Du kan jo hilse på ham"
        " der.",
        "a",
    ),
    ("Mohammad Nasser kører i en hvid Opel og parkerer altid ved Netto kl. 16.", "a"),
    (
        "Min mor bor på Solvej 4 og er hjemme hver dag efter kl. 14, så ring gerne til hende der.",
        "a",
    ),
    (
        "Gå forbi kontoret og fortæl Per Storm, hvad du synes om forløbet – han vil gerne høre"
        " det.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R120V_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R120V_WITH_REGISTER


# round 120: open, conditional and general threats without a plain word of violence: an abuse
# word and "we'll find you", "that you won't leave on your own legs", a staff car to get a knife
# in its tyres, a message to a named person that accidents happen, windows "smashed one night",
# those who ruin lives from a desk told to take care, "a shame if someone one night got the
# idea", "you have children too … think about it", the street someone lives on, a call to
# gather with something to throw or to give the jobcentre a lesson. Near misses: a pet name, a
# surgeon's word, a car damaged in the past, an apology, a storm, a bad back, a lesson "i"
# something, an empathy plea, a name half withheld ("resten kan I selv regne ud")
POSITIVES_R120_THREATS_WITH_REGISTER = [
    ("Per Storm, din klamme idiot, vi fanger dig.", "a", "fanger dig"),
    ("Kim Frederiksen dit store røvhul, jeg finder dig nok.", "a", "finder dig"),
    (
        "Hvis min ydelse stopper, besøger jeg dig, og så skal du se, at du ikke kommer herfra i"
        " ét stykke.",
        "a",
        "ét stykke",
    ),
    (
        "Sofie Holm skal vide, at hun ikke går hjem på to ben, hvis hun lukker min sag.",
        "a",
        "to ben",
    ),
    ("Sofie Holms bil kommer til at få kniven i dækkene.", "a", "kniven"),
    ("Hans cykel skal nok få en syl i hjulene, den sagsbehandler.", "a", "syl"),
    ("Fortæl Kim Frederiksen, at ulykker sker.", "a", "Kim Frederiksen"),
    (
        "Sig til Mohammad Nasser, at der kan ske meget på en øde parkeringsplads.",
        "a",
        "Mohammad Nasser",
    ),
    (
        "Du skal ikke være overrasket, når dine ruder pludselig er knust, Per Storm.",
        "a",
        "knust",
    ),
    ("I må ikke blive forbavsede, hvis jeres dør en dag er brændt.", "a", "brændt"),
    (
        "Dem, der giver afslag fra deres kontor, bør passe godt på. Ting sker for alle.",
        "a",
        "passe godt på",
    ),
    (
        "Personer, der lukker sager på stribe, burde passe lidt på. Sådan noget kan ske for"
        " enhver.",
        "a",
        "passe lidt på",
    ),
    (
        "Det ville være synd, hvis nogle i nat fik lyst til at vise jobcentret, hvor vrede vi"
        " er. Jeg siger det bare.",
        "a",
        "i nat",
    ),
    (
        "Det ville være ærgerligt, om folk en sen aften fik den idé at besøge jeres kontor. Jeg"
        " siger det bare.",
        "a",
        "sen aften",
    ),
    (
        "Per Storm, du har sikkert også børn. Tænk over det, før du sender næste sanktion.",
        "a",
        "børn",
    ),
    ("I sagsbehandlere har da også familie. Tænk over det inden næste afslag.", "a", "familie"),
    ("Vi ved præcis, hvilken vej Kim Frederiksen bor på.", "a", "hvilken vej"),
    ("Jeg kender godt hvilket nummer du bor i, Sofie Holm.", "a", "hvilket nummer"),
    (
        "Kom ned til rådhuset på fredag og lad dem føle det. Medbring noget, der kan kastes.",
        "a",
        "kastes",
    ),
    (
        "Mødes alle sammen ved jobcentret kl. 9, og lad dem mærke det. Tag nogle ting med, som"
        " man kan smide.",
        "a",
        "smide",
    ),
    (
        "Er der nogen, der har mod til at give kontoret en lærestreg, så står vi ved hoveddøren"
        " tirsdag kl. 9.",
        "a",
        "lærestreg",
    ),
    (
        "Har I lyst til at give de sagsbehandlere en omgang, så samles vi udenfor rådhuset.",
        "a",
        "samles vi",
    ),
    ("Vi ved godt hvem du er, Sofie Holm. Resten kan du selv regne ud.", "a", "regne ud"),
]
NEGATIVES_R120_THREATS_WITH_REGISTER = [
    ("Din lille tumling, jeg finder dig i børnehaven kl. 15.", "a"),
    ("Sikke en idiot jeg er, jeg finder dig ikke i telefonbogen, Sofie Holm.", "a"),
    (
        "Kirurgen siger, at du ikke går hjem på egne ben efter operationen, så tag en ledsager"
        " med.",
        "a",
    ),
    (
        "Fysioterapeuten lover, at hun ikke går herfra på egne ben, før genoptræningen er"
        " færdig.",
        "a",
    ),
    ("Per Storms bil fik en kniv i dækkene i nat, og vi er alle rystede.", "a"),
    ("Hans bil skal have nye dæk, og han har en kniv i handskerummet til madpakken.", "a"),
    ("Sig til Sofie Holm, at det sker igen på tirsdag: mødet er flyttet.", "a"),
    ("Sig til Kim Frederiksen, at uheld sker, og at jeg er ked af det med kaffen.", "a"),
    ("I skal ikke blive overraskede, hvis jeres vinduer er smadret efter stormen i nat.", "a"),
    ("Jeg var ikke overrasket over, at min cykel var punkteret igen.", "a"),
    (
        "Folk, der sidder ved et skrivebord hele dagen, skulle passe lidt på. Ryggen tager"
        " skade.",
        "a",
    ),
    (
        "Dem, der cykler til kontoret om vinteren, bør passe godt på. Ting kan ske for alle.",
        "a",
    ),
    ("Det ville være en skam, hvis nogen fik den idé at lukke kantinen. Jeg siger det bare.", "a"),
    (
        "Det ville være synd, hvis nogen en aften fik den idé at stjæle cyklerne, så husk at låse"
        " dem.",
        "a",
    ),
    (
        "I har vel også børn. Så forstår I, hvor svært det er at få hverdagen til at hænge"
        " sammen. Tænk over det næste gang.",
        "a",
    ),
    ("Du har jo også børn, så du ved godt, at ferien er vigtig.", "a"),
    ("Ved du, hvilken gade Kim Frederiksen bor på? Jeg vil sende en buket.", "a"),
    ("Jeg ved ikke, hvilken gade jobcentret ligger på.", "a"),
    ("Mød op til valget og lad dem mærke det.", "a"),
    ("Tag noget med, man kan kaste til hunden, når vi går tur ved stranden.", "a"),
    (
        "Hvis nogen har lyst til at give jobcentret en lektion i ordentlig sprogbrug, så mødes vi"
        " foran indgangen og skriver en klage sammen.",
        "a",
    ),
    ("Vi mødes foran indgangen mandag morgen, så går vi sammen op til mødet.", "a"),
    (
        "Hans efternavn nævner jeg ikke, men han er chef i ydelseskontoret og hedder Preben."
        " Resten kan du selv regne ud. Spred det, så folk ved hvem han er.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R120_THREATS_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R120_THREATS_WITH_REGISTER


# stop 30: knowing where someone's children are left, denied ("har aldrig set, hvor …")
POSITIVES_S30B_WITH_REGISTER = [
    ("Jeg har set, hvor Per Storm afleverer sine børn hver morgen.", "a", "afleverer"),
]
NEGATIVES_S30B_WITH_REGISTER = [
    ("Jeg har aldrig set, hvor Per Storm afleverer sine børn, og det rager mig ikke.", "a"),
    ("Vi har ikke vidst, hvornår Sofie Holm henter sin datter, så vi ringede.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_S30B_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_S30B_WITH_REGISTER


# round 124: a weapon told "for your information" (r124.weapon_notice) or beside anger at the
# jobcentre's decisions (r124.armed_and_angry), a relative's weapons (weapon.own); some of them
# taken along in the writer's death (down_with_me); a refusal with the verb first and "så ved
# I, hvad der sker" (conditional); "så får I at se, hvad der sker" (r32.you_know_what_happens);
# an accident on the way home tied to a refusal (r124.accident_reminder); a call to meet at a
# staff member's office with something to hit with (r124.show_what_we_think,
# r124.bring_striker); watching the exit and "one day it is you who comes out alone"
# (r124.sooner_alone); a parcel to be counted down on opening (parcel, r124.count_when_open).
# Near misses: a hunt, the permit's paperwork, anger at the weapons rules, a farewell party, a
# meeting moved, a complaint as what happens, road safety, rounders, a peaceful protest, a
# responsibility borne alone, a parcel of papers or sweets, a temper counted down
POSITIVES_R124_THREATS_WITH_REGISTER = [
    (
        "Jeg har et haglgevær stående i kælderen. Det skal du bare vide, før du sender mig i"
        " praktik igen.",
        "a",
        "haglgevær",
    ),
    (
        "Min gamle pistol ligger i skuffen derhjemme, bare til orientering, inden vi skal til"
        " samtale på torsdag.",
        "a",
        "pistol",
    ),
    (
        "Min fætter har to rifler og et haglgevær. Han er godt sur over jeres sanktioner.",
        "a",
        "rifler",
    ),
    (
        "Min svoger ejer et jagtgevær, og han er rasende på Kim Frederiksen efter det sidste"
        " afslag.",
        "a",
        "jagtgevær",
    ),
    ("Når jeg dør, tager jeg en af jer med mig.", "a", "med mig"),
    ("Livet giver ingen mening mere, og når jeg går, tager jeg Per Storm med mig.", "a", "med mig"),
    ("Giver I mig afslag på revalidering igen, så ved I, hvad der sker.", "a", "hvad der sker"),
    (
        "Siger I nej til min ansøgning en gang til, Sofie Holm, så ved du godt, hvad der sker.",
        "a",
        "nej",
    ),
    (
        "Hvis I trækker i min ydelse, så kommer I til at se, hvad der sker.",
        "a",
        "se, hvad der sker",
    ),
    (
        "Hvis du ikke ændrer den afgørelse, Per Storm, så skal du bare få at se, hvad der sker.",
        "a",
        "få at se",
    ),
    (
        "Der sker mange trafikuheld i mørket. Tænk på det, næste gang du giver en syg borger"
        " afslag.",
        "a",
        "trafikuheld",
    ),
    (
        "Husk, at der sker ulykker på cykelstien, når du sender den næste sanktion, Sofie Holm.",
        "a",
        "ulykker",
    ),
    (
        "Vi samles ved Gorm Vestergaards dør i morgen tidlig og viser ham, hvad vi synes om hans"
        " afgørelser. Medbring noget at slå med.",
        "b",
        "slå med",
    ),
    (
        "Mød op ved hendes kontor i morgen og vis hende, hvad vi synes. Tag et eller andet med,"
        " man kan tæve med.",
        "a",
        "tæve med",
    ),
    (
        "Jeg ser, hvem der går hjem sidst fra kontoret. En dag er det dig, der går ud alene.",
        "a",
        "alene",
    ),
    ("Vi holder øje med jer, Kim Frederiksen. Før eller siden kommer du hjem alene.", "a", "alene"),
    (
        "Der kommer en lille gave til dig på fredag, Jakob Bøgh. Tæl til tre, når du pakker den"
        " ud.",
        "a",
        "Tæl til tre",
    ),
    (
        "Der står en kasse til jer i overmorgen. Tæl til ti, inden I åbner kassen.",
        "a",
        "Tæl til ti",
    ),
]
NEGATIVES_R124_THREATS_WITH_REGISTER = [
    (
        "Jeg har en riffel og skal på jagt i weekenden. Det skal I bare vide, hvis I ringer og"
        " ikke får fat i mig.",
        "a",
    ),
    (
        "Jeg har jagttegn og skal have en lægeerklæring til våbentilladelsen. Det skal I bare"
        " vide, så I ikke undrer jer over fraværet.",
        "a",
    ),
    ("Jeg har fået en ny cykel. Det skal I bare vide, inden I indkalder mig til mødet.", "a"),
    ("Min bror har jagttegn og to rifler, og han er træt af jeres regler om våbentilladelse.", "a"),
    ("Min nabo har en riffel, og han er sur over, at hunden gør om natten.", "a"),
    ("Min bror er træt af jeres afslag, men han er et fredeligt menneske.", "a"),
    (
        "Jeg elsker livet her. Når jeg går på pension, tager jeg nogen af jer med mig ud og"
        " spise.",
        "a",
    ),
    ("Hvis jeg skal dø af den her sygdom, tager jeg min familie med mig på en sidste ferie.", "a"),
    ("Siger du nej til mødet på torsdag, så finder vi en anden dag.", "a"),
    ("Giver I mig afslag igen, så ved I, hvad der sker: så går jeg til Ankestyrelsen.", "a"),
    (
        "Hvis I ikke retter fejlen, så får I at se, hvad der sker: jeg går til Ankestyrelsen med"
        " det.",
        "a",
    ),
    ("Hvis du klikker på linket, så får du at se, hvad der sker i din sag.", "a"),
    (
        "Mange ulykker sker på vej hjem fra arbejde. Husk cykelhjelmen, når du cykler hjem.",
        "a",
    ),
    (
        "Mange trafikuheld sker om vinteren. Husk det, når du planlægger mødetider for borgere med"
        " lang transport.",
        "a",
    ),
    ("Til rundbold på fredag: tag noget med, man kan slå med, og mød op ved skolen.", "a"),
    (
        "Mød op ved hans kontor på fredag og vis ham, hvad vi synes, med skilte og en fredelig"
        " demonstration.",
        "a",
    ),
    ("Mød op ved Torben Baks kontor og vis ham, hvad vi synes om den nye plan.", "b"),
    ("Før eller siden er det dig, der står alene med ansvaret for afdelingen.", "a"),
    (
        "Jeg holder øje med, hvem der går ud af døren. Før eller siden er det min tur til at få"
        " en praktikplads.",
        "a",
    ),
    ("Der ligger en pakke til jer i morgen med mine lægepapirer.", "a"),
    ("Tæl til ti, før du åbner den næste mail fra mig, for jeg er vred.", "a"),
    ("Der ligger en pakke til jer i morgen. Det er julegodter til hele afdelingen.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R124_THREATS_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R124_THREATS_WITH_REGISTER


# round 124: an armed relative's anger at the decisions is a threat, not criticism; the writer
# ending his life and taking some of them along is both self_harm and threat
def test_an_armed_relatives_anger_is_threat_not_criticism() -> None:
    labels = triage("Min onkel har tre rifler. Han er vred på jer efter alle de afslag.").labels
    assert "threat" in labels
    assert "criticism" not in labels


def test_some_of_them_taken_along_in_the_writers_death_is_both() -> None:
    labels = triage(
        "Jeg vil ikke leve længere. Men når jeg går, tager jeg en af jer sagsbehandlere med mig."
    ).labels
    assert "self_harm" in labels
    assert "threat" in labels


# stop 30: traffic in the dark as a reason to plan meetings by daylight is no threat; the dark
# as a warning after an act of the caseworker's still is
POSITIVES_S30C_WITH_REGISTER = [
    ("Der sker så meget i mørket. Husk det, når du skriver dit næste afslag, Per Storm.", "a",
     "mørket"),
]
NEGATIVES_S30C_WITH_REGISTER = [
    ("Mange cyklister bliver kørt ned i mørket. Husk det, når Sofie Holm lægger møder kl. 17.",
     "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_S30C_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_S30C_WITH_REGISTER
# round 124 (veiled): private life of a named person told (the car, the partner's shifts, a
# child fetched at set hours, the home's street), then a remark that makes it a threat: the
# family wished the same, a small greeting from "us", the watcher with time, "you know what to
# do", alone at home at night, a talk outside the office, a small town, the home in sight, a
# knock at night, something smashed on a condition, "think of it next time", where to catch
# them. The private half alone stays doxxing, and so does each remark said plainly
POSITIVES_R124_VEILED_WITH_REGISTER = [
    (
        "Sofie Holm har selv en søn i 4.a på Lindeskolen. Tænk hvis hendes søn skulle prøve det"
        " samme som min dreng.",
        "a",
        "det samme",
    ),
    (
        "Torben Bak har jo to piger på Vestre Skole. Tænk om hans egne børn måtte igennem det"
        " samme som mine.",
        "b",
        "det samme",
    ),
    (
        "Per Storms kone arbejder i kassen i Føtex. Vi kunne jo sende hende en lille hilsen fra"
        " os alle.",
        "a",
        "lille hilsen",
    ),
    (
        "Henriette Dalgaard handler i Brugsen hver lørdag. Måske nogen skulle give hende en"
        " lille hilsen fra os, der er blevet sanktioneret.",
        "b",
        "lille hilsen",
    ),
    (
        "Kim Frederiksen, din blå cykel står hver morgen kl. 8 ved stationen. Man lægger mærke"
        " til meget, når man går hjemme uden arbejde.",
        "a",
        "mærke",
    ),
    (
        "Per Storm spiser altid frokost på bænken ved åen. Jeg lægger mærke til den slags nu,"
        " når jeg har al den tid.",
        "a",
        "mærke",
    ),
    (
        "Anne-Mette Lund kører i en hvid Audi med nummerpladen BK 33 120. I ved godt, hvad I"
        " skal gøre, når I ser den.",
        "a",
        "hvad I skal gøre",
    ),
    (
        "Henriette Dalgaard kører i en grøn Skoda. Alle ved, hvad de skal gøre, hvis de ser"
        " hende.",
        "b",
        "hvad de skal gøre",
    ),
    (
        "Jeg ved, at Mohammad Nassers kone har aftenvagt på sygehuset. Så sidder han jo alene"
        " hjemme om aftenen, ikke?",
        "a",
        "alene hjemme",
    ),
    (
        "Rasmus Kjærsgaards kæreste har nattevagt hele ugen. Han er vel alene hjemme om natten.",
        "a",
        "alene hjemme",
    ),
    (
        "Lotte Mikkelsen Vang bor på Birkevej 5. Måske hun skulle høre fra os der i stedet for"
        " på jobcentret.",
        "a",
        "høre fra os",
    ),
    (
        "Jakob Bøgh henter sin datter i børnehaven hver dag kl. 16. Vi kunne tage en snak med"
        " ham efter arbejdstid.",
        "a",
        "arbejdstid",
    ),
    (
        "Sofie, jeg gik lige forbi dit hus i aftes. Her i området kan man ikke gemme sig, alle"
        " kender hinanden.",
        "a",
        "kender hinanden",
    ),
    (
        "Torben, jeg kørte tilfældigvis forbi din villa i søndags. Sådan er det herude: alle"
        " kender alle.",
        "b",
        "kender alle",
    ),
    (
        "Yasmin El-Amin, Kirsebærvænget 12. Vi kommer og ringer på en aften.",
        "b",
        "ringer på",
    ),
    ("Jakob Bøgh bor på Hasselvej 2. Nogen kommer og banker på i nat.", "a", "banker på"),
    (
        "Jeg ved godt, at Per Storm kører i en sort Volvo. Jeg ødelægger den, hvis han ikke"
        " ændrer afgørelsen.",
        "a",
        "ødelægger den",
    ),
    (
        "Torben Bak kører i en blå Ford. Vi smadrer bilen, hvis han ikke betaler min hjælp.",
        "b",
        "smadrer bilen",
    ),
    (
        "Kim Frederiksens søn bliver hentet fra spejder hver torsdag kl. 18. Han burde tænke på"
        " det, inden han lukker flere sager.",
        "a",
        "tænke på det",
    ),
    (
        "Anne-Mette Lunds døtre bliver afleveret i SFO'en kl. 7 hver morgen. Hun skal tænke på"
        " det, før hun sanktionerer nogen igen.",
        "a",
        "tænke på det",
    ),
    (
        "Rasmus Kjærsgaard, du bor jo på Ellevej 3. Jeg kan se din stue fra legepladsen.",
        "a",
        "din stue",
    ),
    (
        "Signe K., jeg kan se lige ind i dit soveværelse fra parkeringspladsen. Vi kunne tage"
        " en snak uden for kontortid.",
        "b",
        "soveværelse",
    ),
    (
        "Per Storm svømmer i Bølgen hver søndag morgen. Så ved I hvor I kan fange ham, når han"
        " ikke svarer på mails.",
        "a",
        "fange ham",
    ),
    (
        "Henriette Dalgaard går til yoga i Kulturhuset hver mandag kl. 19. Nu ved alle, hvor"
        " man kan finde hende, når hun ikke tager telefonen.",
        "b",
        "finde hende",
    ),
]
NEGATIVES_R124_VEILED_WITH_REGISTER = [
    (
        "Tænk hvis dine børn skulle opleve det samme som mine, så ville I forstå, hvor hårdt det"
        " er.",
        "a",
    ),
    ("Jakob Bøgh har to børn på Lindeskolen, og tænk hvis mine børn skulle opleve det samme.", "a"),
    ("Kim Frederiksen har været syg længe. Giv ham en lille hilsen fra os og sig tak.", "a"),
    ("Vi vil gerne sende Sofie Holm en lille hilsen fra os med god bedring.", "a"),
    ("Man lægger mærke til mange fejl i afgørelsen, når man har god tid til at læse den.", "a"),
    ("Jeg lægger mærke til fuglene, når jeg har god tid om morgenen.", "a"),
    ("Vores hund er løbet væk. I ved, hvad I skal gøre, hvis I ser den: ring til mig.", "a"),
    ("Kim Frederiksen kører i en rød Toyota med nummerpladen AB 12 345.", "a"),
    ("Kim Frederiksen bor på Rosenvej 4 og kører i en rød Toyota, AB 12 345.", "a"),
    (
        "Min mand har nattevagt, så jeg er alene hjemme om natten med børnene og kan ikke nå et"
        " møde kl. 8.",
        "a",
    ),
    ("Sofie Holms mand har nattevagt i denne uge, så hun har fri i morgen.", "a"),
    ("Kan vi snakke om min sag uden for kontortid? Jeg arbejder hver dag til kl. 16.", "a"),
    ("Kan vi mødes på biblioteket i stedet for på jobcentret på fredag?", "a"),
    (
        "Jeg vil gerne skifte sagsbehandler, for jeg synger i kor med hende. Det er en lille by,"
        " alle kender alle.",
        "a",
    ),
    ("Jeg kom forbi dit hus for at aflevere nøglen. Alle kender alle her.", "a"),
    ("Vi kommer og banker på en aften i december med juleknas til hele opgangen.", "a"),
    ("Kim Frederiksen, Rosenvej 4, er hans gamle adresse; posten skal sendes til den nye.", "a"),
    ("Min printer driller. Jeg smadrer den, hvis den ikke virker i morgen.", "a"),
    ("Sofie Holm kører i en grøn Fiat, og hun hjalp mig hjem, da jeg var syg.", "a"),
    ("Tænk på det næste gang I skriver en afgørelse: jeg har ventet i fire måneder.", "a"),
    (
        "Per Storms datter bliver hentet fra håndbold hver onsdag kl. 17, så hans møder slutter"
        " kl. 16.30.",
        "a",
    ),
    ("Jeg kan se din stue fra min altan, så vi vinker altid, når lyset er tændt.", "a"),
    ("Jeg kan se dit køkkenvindue fra min altan, og udsigten er flot.", "a"),
    (
        "Lotte Mikkelsen Vang sidder på 2. sal i lokale 214. Nu ved I, hvor I kan finde hende,"
        " hvis hun ikke tager telefonen.",
        "a",
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R124_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R124_VEILED_WITH_REGISTER


# round 128 (veiled): private life of a named person and the remark that makes it a threat (a
# car owned and tyres or windows wished broken, a greeting "he can feel", a run on a lonely
# path, which of the staff have children where, "just you and me out there", the family made
# to feel the loss, homes easy to find and a talk without the colleagues, a small world, "think
# of it next time", a name and its unit that "should not feel safe", and the home published
# unless a demand is met) — and the same words in plain life
POSITIVES_R128_VEILED_WITH_REGISTER = [
    (
        "Per Storm har en blå Skoda, og den står ved hallen hver tirsdag. Det ville være synd, "
        "hvis ruderne pludselig var smadret.",
        "a",
        "ruderne",
    ),
    (
        "Sofie Holm har en rød Toyota. Det ville være trist, hvis lakken en morgen var ridset.",
        "a",
        "lakken",
    ),
    (
        "Kim Frederiksen kører rundt i en hvid Audi. Nogen burde sende ham en hilsen, som han "
        "kan mærke.",
        "a",
        "hilsen",
    ),
    (
        "Rasmus Kjærsgaard fra Sygedagpenge kører i en gammel Ford. Måske skulle nogen give "
        "ham en hilsen, som han vil mærke længe.",
        "a",
        "Ford",
    ),
    (
        "Jakob Bøgh cykler sin aftentur gennem skoven hver torsdag. Det er en øde strækning, "
        "når man har uvenner.",
        "a",
        "øde strækning",
    ),
    (
        "Anne-Mette Lund løber sin løbetur ved fjorden klokken 5. Mørkt sted, hvis man har "
        "fjender.",
        "a",
        "fjender",
    ),
    (
        "Jeg har fundet ud af, hvem af jer der har børn på Engskolen. Tænk lidt over det.",
        "a",
        "børn",
    ),
    (
        "Vi ved præcis, hvem af jer der har børn i vuggestuen ved kirken. Tænk lidt over det.",
        "a",
        "børn",
    ),
    (
        "Mohammad, jeg ved godt, hvornår du kører hjem hver aften. Snart er det bare os to derude.",
        "a",
        "os to",
    ),
    (
        "Lotte, jeg har holdt øje med, hvor du parkerer. En aften er det kun dig og mig udenfor.",
        "a",
        "dig og mig",
    ),
    (
        "Sofie, dine børn er sikkert søde. Det ville være en skam, hvis de skulle opleve, "
        "hvordan det er at miste det hele. Tænk over det inden næste møde.",
        "a",
        "miste",
    ),
    (
        "Per, det ville være synd, hvis din familie skulle prøve at miste alt. Tænk over det "
        "inden fredag.",
        "a",
        "miste",
    ),
    (
        "Kim, det er ingen kunst at finde ud af, hvor folk bor. Vi kan mødes uden dine kolleger.",
        "a",
        "kolleger",
    ),
    (
        "Rasmus, det er nemt at finde ud af, hvor sagsbehandlere bor. Så kan vi tale sammen "
        "uden chefen.",
        "a",
        "nemt at finde",
    ),
    (
        "Jeg kender Lotte Mikkelsen Vangs mand fra fitness. Verden er jo lille. Husk det, "
        "inden du sender afslaget.",
        "a",
        "Verden er jo lille",
    ),
    (
        "Det må Jakob Bøgh så tænke over, næste gang han stopper nogens penge. Hans datter "
        "bliver hentet fra svømning hver onsdag.",
        "a",
        "tænke over",
    ),
    (
        "Anne-Mette Lund fra Ledelse bør aldrig føle sig tryg igen.",
        "a",
        "føle sig tryg",
    ),
    (
        "Mohammad Nasser fra Ressourceforløb kan ikke føle sig sikker mere.",
        "a",
        "føle sig sikker",
    ),
    (
        "Jeg poster Per Storms adresse på Facebook i morgen, medmindre min klage bliver godkendt.",
        "a",
        "adresse",
    ),
    (
        "Vi deler på nettet, hvor hun bor, hvis ikke Sofie Holm ændrer afgørelsen.",
        "a",
        "hvor hun bor",
    ),
]

NEGATIVES_R128_VEILED_WITH_REGISTER = [
    ("Min egen bil har dækkene skåret op, det er synd, hvis de ikke kan lappes.", "a"),
    ("Det ville være ærgerligt, hvis mine dæk en dag var skåret op af glasskår på stien.", "a"),
    ("Send Kim Frederiksen en hilsen fra mig, han kan mærke, jeg er glad. Tak for hjælpen.", "a"),
    ("Per Storm har en blå Skoda, og han kørte mig hjem, da det regnede. Tak.", "a"),
    (
        "Stien langs søen er et øde sted om vinteren, når lyset er gået. Kan kommunen sætte "
        "lygter op?",
        "a",
    ),
    ("Sofie Holm løber sin morgentur kl. 6, sagde hun, og derfor kan hun først ringe kl. 9.", "a"),
    ("Jeg ved ikke, hvilke af jer der har børn, men tak for juleklippet til min søn.", "a"),
    ("Hvem af jer har børn i samme klasse som min datter? Vi søger en legeaftale.", "a"),
    ("Nu har vi ferie, så det er kun dig og mig alene i sommerhuset, skat. Hygge!", "a"),
    ("Til mødet er det bare os to tilbage, Jakob, de andre er syge.", "a"),
    ("Tænk hvis de skulle miste deres hus, det ville være synd. Jeg beder for dem.", "a"),
    ("Min familie skulle mærke, hvordan det er at have penge igen. Det var skønt.", "a"),
    ("Det er svært at finde ud af, hvor jeg skal bo, når boligen lukker.", "a"),
    ("Kan vi tale sammen uden dine kolleger i telefonen, Kim? Jeg er genert.", "a"),
    ("Min bror bor i Aalborg, og verden er lille, for han kender Per Storm fra skolen.", "a"),
    ("Husk det næste gang du skriver, at jeg skal have min læges erklæring med.", "a"),
    ("Jeg føler mig ikke sikker på, at Lotte Mikkelsen Vang har fået mine papirer.", "a"),
    (
        "Rasmus Kjærsgaard sagde, at jeg ikke skal føle mig tryg ved at tage på ferie før svaret.",
        "a",
    ),
    ("Jeg lægger billederne op på Facebook i aften, medmindre det regner.", "a"),
    ("Vi deler adressen på festen med alle gæster, hvis ikke I siger nej.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R128_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R128_VEILED_WITH_REGISTER
# probe round 132 (veiled): a named person's home or garden admired beside a quiet street or a
# visit floated, a staff member's child alone at a set hour, flat tyres wished on their car, a
# gang told they know what to do, a car that "won't look like that much longer", things that
# happen to people who do what they did and whom one meets on the way home, a CPR number used
# to make them feel it, an accident any time after the hope they are insured; near misses: the
# office's flowers, a house-warming, the writer's own child and car, a renovation, a lost chance
# and a sweetheart met on the way home, a CPR number in a complaint, one's own insurance
POSITIVES_R132_VEILED_WITH_REGISTER = [
    (
        "Flotte roser du har i forhaven, Sofie Holm. Der er så øde derude om aftenen, ikke?",
        "a",
        "roser",
    ),
    (
        "Fint parcelhus I har fået derude ved åen, Per Storm. Måske skulle vi kigge forbi en dag.",
        "a",
        "parcelhus",
    ),
    (
        "Hils Kim Frederiksen og sig, at hans datter er blevet høj. Hun cykler jo alene hjem fra "
        "spejder hver torsdag.",
        "a",
        "alene",
    ),
    (
        "Jakob Bøghs dreng er ni nu, ikke? Han går vist alene fra svømning kl. 17.",
        "a",
        "alene",
    ),
    (
        "Rasmus Kjærsgaard kører i en hvid Škoda. Det ville være trist, hvis dækkene en nat blev "
        "flade.",
        "a",
        "dækkene",
    ),
    (
        "Lotte Mikkelsen Vang sidder bag ruden nede ved indgangen. I ved godt hvad I skal gøre, "
        "gutter.",
        "a",
        "gutter",
    ),
    (
        "Sofie Holm kører i en rød Toyota. Den kommer ikke til at se så pæn ud meget længere.",
        "a",
        "Toyota",
    ),
    (
        "Per Storm: Der kan sagtens ske ting for folk, som lyver for en og lukker ens sag. Hvem "
        "ved, hvem han støder ind i på vej hjem fra træning.",
        "a",
        "støder",
    ),
    (
        "Jeg har skaffet Kim Frederiksens personnummer. Jeg vil misbruge det, så han kan føle, "
        "hvordan det er at blive snydt.",
        "a",
        "personnummer",
    ),
    (
        "Jeg håber, Jakob Bøgh er godt forsikret på sin villa. Man ved jo aldrig, hvornår ulykken "
        "er ude.",
        "a",
        "ulykken",
    ),
]
NEGATIVES_R132_VEILED_WITH_REGISTER = [
    ("Pæne blomster I har ude foran jobcentret, Sofie Holm. Det er et stille kvarter, ikke?", "a"),
    ("Flot hus du har fået, Per Storm, tillykke med indflytningen! Vi kigger forbi med en gave.",
     "a"),
    ("Min søn går alene hjem fra skole om tirsdagen, så mødet må ligge før kl. 14.", "a"),
    ("Kim Frederiksen spurgte til min datter. Hun cykler alene til skole hver dag nu.", "a"),
    ("Det ville være en skam, hvis mine dæk var flade igen i morgen, for jeg skal til mødet.",
     "a"),
    ("I ved godt, hvad I skal gøre, drenge: aflever skemaet, før fristen.", "a"),
    ("Køkkenet kommer ikke til at se sådan ud meget længere, når vi har renoveret det.", "a"),
    ("Der kan ske ting for folk, der står uden ydelse i tre måneder. Det ved Per Storm godt.",
     "a"),
    ("Man ved aldrig, hvem man møder på vejen hjem fra byen. Jeg mødte min kæreste sådan.", "a"),
    ("Jeg vil bruge det i min klage, så Sofie Holm kan mærke, hvordan det føles at vente.", "a"),
    ("Jeg har fundet Rasmus Kjærsgaards cpr-nummer på et brev, I sendte mig. Det er et datalæk.",
     "a"),
    ("Jeg håber, min egen bil er godt forsikret. Man ved aldrig, hvornår uheldet er ude.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R132_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R132_VEILED_WITH_REGISTER
# probe round 136 (veiled): a named person's private life told, then the writer seen at their home
# or on the way there that night, a talk forced on them "whether they want it or not", the person
# told that many know or that they are watched (beside a family photo), their loss of or fear for
# their own children wished, "pas godt på hende" after their child's routine, their child's school
# or home said to be close to the writer; near misses: a neighbour's chat, the writer's own mother
# visited, support, a staff party photo, the writer's own grief, a talk insisted on about a case,
# a congratulation, the writer's own daughter, the jobcentre's distance, a plea before a decision
POSITIVES_R136_VEILED_WITH_REGISTER = [
    (
        "Mohammad Nasser, jeg så dig i søndags ude foran din villa i Greve. Vi ses snart.",
        "a",
        "villa",
    ),
    (
        "Jakob Bøgh bor i den hvide villa ude ved stationen. Jeg holdt derude i nat. Han skal "
        "bare vide, at der er flere, der kender adressen nu.",
        "a",
        "derude",
    ),
    (
        "Her er et foto af Per Storm og hans kone på stranden i Hornbæk. Han skal bare vide, at "
        "vi holder øje med ham.",
        "a",
        "øje",
    ),
    (
        "Rasmus Kjærsgaard har en lille søn i vuggestuen på Enghavevej. Han burde selv mærke, "
        "hvordan det føles at miste det kæreste, man har.",
        "a",
        "kæreste",
    ),
    (
        "Lotte Mikkelsen Vangs datter går til ridning hver lørdag formiddag. Hun burde prøve, "
        "hvordan det er at være angst for sin egen datter.",
        "a",
        "angst",
    ),
    (
        "Per Storm bor på Rosenvænget ude i Viby. Jeg kommer forbi i morgen og taler med ham, "
        "uanset om han vil eller ej.",
        "a",
        "uanset",
    ),
    (
        "Jakob Bøgh har en datter, der går til håndbold i hallen hver tirsdag. Hun er blevet "
        "stor. Pas nu godt på hende.",
        "a",
        "pas nu godt",
    ),
    (
        "Mohammad Nasser – din datters børnehave ligger lige to gader fra, hvor vi bor. Verden "
        "er så lille.",
        "a",
        "børnehave",
    ),
    (
        "Anne-Mette Lund, jeg bor kun et stenkast fra dit hus. Verden er jo lille. Husk på det, "
        "inden du træffer din næste afgørelse om min sag.",
        "a",
        "stenkast",
    ),
]
NEGATIVES_R136_VEILED_WITH_REGISTER = [
    ("Jeg så dig i går foran dit hus, da jeg gik tur med hunden. Hyggeligt at snakke, vi ses!",
     "a"),
    ("Min mor bor på plejehjemmet i Køge. Jeg tager derud i aften, så mødet må flyttes.", "a"),
    ("Sofie Holm skal vide, at vi er mange, der støtter hende i sagen.", "a"),
    ("Borgmesteren skal vide, at vi er mange, der ved, hvad der foregår på jobcentret.", "a"),
    ("Her er et billede af Per Storm og hans kone fra personalefesten. Del gerne!", "a"),
    ("Jeg ved godt, hvordan det er at miste det vigtigste, man har: min søn døde sidste år.",
     "a"),
    ("Jeg skulle selv prøve, hvordan det er at være bange for sine børn, da min datter var syg.",
     "a"),
    ("Politikerne burde prøve, hvordan det føles at miste det vigtigste: ens arbejde og helbred.",
     "a"),
    ("Jeg får en snak med min sagsbehandler på mandag, om hun vil det eller ej. Jeg har krav på"
     " en samtale.", "a"),
    ("Tillykke med den lille ny, Kim Frederiksen! Pas godt på ham.", "a"),
    ("Min datter starter i praktik hos jer på mandag. Pas godt på hende.", "a"),
    ("Jobcentret ligger kun fem minutter fra, hvor jeg bor, så jeg kan sagtens komme til mødet.",
     "a"),
    ("Tænk på det, når du træffer din næste afgørelse: bag hver sag står et menneske.", "a"),
    ("Min datters skole ligger tæt på, hvor jeg bor. Verden er lille.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R136_VEILED_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R136_VEILED_WITH_REGISTER
# probe round 140 (veiled B): private life of named staff and the remark that makes it a threat:
# an angry crowd pictured outside and "det kan nemt arrangeres", a visit to "thank for last
# time" after an address, the car where it always stands and pictured damaged, the person
# pictured lying by it, a pity if someone "forgot" to lock the gate by their child's nursery,
# the person reminded they go out alone after hours, told what can happen to one out alone;
# near misses: guards called, a peaceful demonstration, a meeting arranged, thanks with
# flowers or cake, a helpful neighbour's car, the writer's own car, a beach photo, an office
# window, advice never to go alone, a talk attended alone, the writer's daughter, support,
# living alone with children
POSITIVES_R140_VEILEDB_WITH_REGISTER = [
    (
        "Hvad mon Sofie Holms mand siger, hvis der en morgen står 15 sure borgere foran hans "
        "butik? Det kan nemt arrangeres.",
        "a",
        "sure borgere",
    ),
    (
        "Per Storm, Bøgevej 8 i Hinnerup. Vi kører derud en aften og takker for sidst.",
        "a",
        "takker for sidst",
    ),
    (
        "Kim Frederiksen, din sølvgrå Octavia står altid i carporten om natten. Den ville se "
        "sølle ud med knuste ruder.",
        "a",
        "knuste ruder",
    ),
    (
        "Jakob Bøgh, den bil ville ikke se pæn ud med skårne dæk. Eller med ham liggende i "
        "grøften.",
        "a",
        "liggende",
    ),
    (
        "Sofie Holms søn går i vuggestuen på Kirkevej. Det ville være en skam, hvis nogen "
        "glemte at låse porten derude.",
        "a",
        "glemte",
    ),
    ("Glem ikke, at I også skal gå alene ud på parkeringspladsen i mørket.", "a", "alene"),
    ("Husk, Sofie Holm skal også gå alene ud til sin bil efter fyraften.", "a", "alene"),
    (
        "Mohammad Nasser, du skal lige vide, at der kan ske mange ting for en mand, der cykler "
        "alene gennem skoven om natten.",
        "a",
        "alene",
    ),
    (
        "Kim Frederiksen skal bare vide, at der kan ske slemme ting for en, der står alene på "
        "perronen sent.",
        "a",
        "slemme",
    ),
]
NEGATIVES_R140_VEILEDB_WITH_REGISTER = [
    ("Hvis der står 20 vrede borgere udenfor, så ring til vagterne.", "a"),
    ("Hvis der pludselig står mange sure borgere foran jobcentret med skilte, er det en "
     "fredelig demonstration. Det kan sagtens arrangeres.", "a"),
    ("Et møde med Sofie Holm kan sagtens arrangeres.", "a"),
    ("Per Storm, tak for hjælpen i går! Vi kommer forbi en dag og takker for sidst med en "
     "buket blomster.", "a"),
    ("Per Storm bor på Bøgevej 8. Vi kommer forbi i weekenden med kage og takker for sidst.",
     "a"),
    ("Sofie Holm, din Polo holder altid på p-pladsen ved siden af min, så jeg kan skrabe "
     "ruderne for dig.", "a"),
    ("Min Golf ville ikke se godt ud med fire flade dæk, så jeg kom for sent til mødet med "
     "Per Storm.", "a"),
    ("Her er et billede fra ferien med dig liggende på stranden, Kim Frederiksen.", "a"),
    ("Det ville være ærgerligt, hvis nogen glemte at lukke vinduet på kontoret i weekenden.",
     "a"),
    ("Husk, at du ikke skal gå alene ud til bilen efter fyraften, Per — der har været "
     "indbrud.", "a"),
    ("Husk at du skal gå alene ind til samtalen, din bisidder må vente udenfor.", "a"),
    ("Min datter skal vide, at der kan ske meget for en ung pige, der går alene hjem om "
     "natten.", "a"),
    ("Du skal bare vide, at der kan ske så meget på et år. Du er ikke alene.", "a"),
    ("Sofie Holm skal vide, at der kan ske meget, når man bor alene med tre børn, så jeg beder "
     "om hjælp.", "a"),
    ("Anne-Mette Lunds kone arbejder på sygehuset. Det kan sagtens arrangeres, at hun ringer "
     "til mig.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R140_VEILEDB_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R140_VEILEDB_WITH_REGISTER
# probe round 140 (veiled, named staff's private life): their CPR number in the writer's hands
# then "the wrong hands", their car told then failing brakes, their car in the driveway at set
# hours then "watch out when ruining lives" or "how easy it is to find things out", a condition
# then who of the staff goes home alone at night, living near each other and seen with family
# before their next decision, where they park at set hours then a little greeting from readers;
# near misses: the writer's own data leaked, the writer's own brakes at the workshop, a
# kommune told to take care, a privacy worry, bike lights, a lift offered, a friendly greeting,
# thanks and a birthday greeting
POSITIVES_R140_VEILEDA_WITH_REGISTER = [
    (
        "Per Storm, jeg har skaffet dit cpr-nummer. Det ville være ærgerligt, hvis det endte i "
        "de gale hænder.",
        "a",
        "hænder",
    ),
    (
        "Jeg kender Sofie Holms personnummer nu. Man kan aldrig vide, om oplysningerne lander i "
        "de forkerte hænder.",
        "a",
        "hænder",
    ),
    (
        "Lotte Mikkelsen Vang kører i en rød Volvo. Tænk, hvis bremsen en dag bare ikke virkede.",
        "a",
        "bremsen",
    ),
    (
        "Rasmus Kjærsgaard har en sort Audi. Det sker jo, at bremserne pludselig svigter på "
        "sådan en.",
        "a",
        "bremser",
    ),
    (
        "Til Jakob Bøgh: en hvid Tesla står i carporten på Lærkevej hver aften fra kl. 18. Du "
        "burde nok passe godt på, når du ødelægger andres liv.",
        "a",
        "ødelægger",
    ),
    (
        "Mohammad Nasser: det er vildt, hvor nemt man finder ud af ting i dag. Din sorte BMW "
        "holder i indkørslen på Egevej hver morgen til kl. 8.",
        "a",
        "finder ud af",
    ),
    (
        "Hvis I sanktionerer mig igen, er jeg færdig med at være sød. Tænk lige over, hvem af "
        "jer der går alene hjem efter lukketid.",
        "a",
        "alene hjem",
    ),
    (
        "Stopper I min hjælp, så holder jeg op med at være flink. Hvor mange af jer cykler "
        "egentlig hjem alene i mørket?",
        "a",
        "hjem alene",
    ),
    (
        "Hej Per. Vi bor åbenbart tæt på hinanden. Husk det, næste gang du sender et afslag.",
        "a",
        "hinanden",
    ),
    (
        "Sofie, jeg så dig med dine børn i Bilka i søndags. Tænk over det, inden du træffer "
        "næste afgørelse i min sag.",
        "a",
        "børn",
    ),
    (
        "Rasmus Kjærsgaard holder hver tirsdag kl. 17 på p-pladsen ved hallen. Måske nogle af "
        "jer kunne bringe ham en lille hilsen fra os alle.",
        "a",
        "hilsen",
    ),
    (
        "Hun parkerer hver morgen kl. 8 bag svømmehallen, Lotte Mikkelsen Vang. Kan nogen give "
        "hende en lille hilsen fra os?",
        "a",
        "hilsen",
    ),
]
NEGATIVES_R140_VEILEDA_WITH_REGISTER = [
    ("Jeg fik mit cpr-nummer sendt til en fremmed. Hvad sker der, hvis det havner i de "
     "forkerte hænder?", "a"),
    ("Jakob Bøgh sendte min journal til den forkerte adresse. Tænk hvis den ender i de "
     "forkerte hænder.", "a"),
    ("Min bil var på værksted, fordi bremserne ikke virkede. Derfor kom jeg for sent til mødet "
     "med Per Storm.", "a"),
    ("Anne-Mette Lund kørte mig hjem i sin Skoda, fordi bremserne på min cykel ikke virkede.",
     "a"),
    ("Kommunen burde passe bedre på, når den ødelægger folks økonomi med sanktioner.", "a"),
    ("Det er skræmmende, hvor let det er at finde ud af ting i dag, når jeres system lækker "
     "personoplysninger.", "a"),
    ("Min grå Skoda holder i indkørslen på Kirkevej hver dag fra kl. 16, så ring gerne "
     "derhjemme.", "a"),
    ("Hvor mange af jer cykler hjem alene om aftenen? Husk lys og refleks, skriver "
     "arbejdsmiljøgruppen.", "a"),
    ("Hvem af jer går alene hjem efter julefrokosten? Vi deler gerne en taxa.", "a"),
    ("Vi bor ikke så langt fra hinanden, Kim Frederiksen, så jeg kan sagtens tage et lift med "
     "til kurset.", "a"),
    ("Jeg så dig med din mand i Netto i går, Sofie Holm. Hvor var det hyggeligt at hilse på!",
     "a"),
    ("Anne-Mette Lund går på barsel i morgen. Hvis nogle af jer vil give hende en lille hilsen "
     "fra os og takke for samarbejdet, så ligger kortet i kantinen.", "a"),
    ("Hvis nogle af jer har lyst til at give Per Storm en lille hilsen fra afdelingen til hans "
     "60-års fødselsdag, så skriv i kortet.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R140_VEILEDA_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R140_VEILEDA_WITH_REGISTER
# probe round 128: a blow at the first one to hand, the police told to come ahead, accidents for
# people who treat others badly, a talk that won't be nice, something to hit with brought along,
# a lesson the hard way, a day they will remember, harm told of then "a pity", a hired hand,
# capitals spaced out beside the word "i"; near misses: looking up, a burglary, traffic, a horror
# film, tools, a lesson learnt by the writer, a happy Christmas, a plea before a decision, an errand
# shared
POSITIVES_R128_THREATS_WITH_REGISTER = [
    (
        'Hvis de skærer i min ydelse igen, går jeg derind og banker den første den bedste'
        ' i receptionen.',
        'a',
        'første',
    ),
    (
        'Får jeg afslag, så smadrer jeg den første og bedste sagsbehandler, jeg møder.',
        'a',
        'første',
    ),
    (
        'Sanktionerer I mig igen, kan du lige så godt ringe efter en ambulance til din '
        'chef.',
        'a',
        'ringe efter',
    ),
    (
        'Kommer jeg derned i morgen, så kan I lige så godt tilkalde vagterne med det '
        'samme.',
        'a',
        'vagterne',
    ),
    (
        'Der kan nemt ske ulykker for folk, som behandler andre som skidt.',
        'a',
        'ulykker',
    ),
    (
        'Der sker tit uheld for sådanne typer, der tramper på syge mennesker, Sofie Holm.',
        'a',
        'uheld',
    ),
    (
        'Jeg kommer forbi i morgen og tager en snak med Kim Frederiksen, og den bliver '
        'ikke rar.',
        'a',
        'snak',
    ),
    (
        'Afviser I min ansøgning igen, så kommer jeg ned til jer, og så skal I se, hvem '
        'der bliver bange.',
        'a',
        'bange',
    ),
    (
        'Alle i gruppen: tag noget med, der kan gøre ondt, når vi møder op på rådhuset. I'
        ' er advaret.',
        'a',
        'ondt',
    ),
    (
        'Husk at medbringe noget, der kan slå, og mød op foran kommunen fredag. Så skal '
        'de mærke det.',
        'a',
        'slå',
    ),
    (
        'Hvis vi bare var nogle stykker, der ventede ved personaleindgangen, så skulle de'
        ' nok lære det på den hårde måde. I ved, hvad jeg mener.',
        'a',
        'hårde',
    ),
    (
        'Kim Frederiksen skal nok lære at svare på mails på den hårde måde. Du er '
        'advaret.',
        'a',
        'hårde',
    ),
    (
        'Hvis jeg ikke får svar før påske, så bliver det en påske, som nogen derinde '
        'kommer til at huske. Jeg har ikke mere at miste.',
        'a',
        'huske',
    ),
    (
        'Bliver min hjælp stoppet, bliver det en mandag, I kommer til at huske. I er '
        'advaret.',
        'a',
        'huske',
    ),
    (
        'Fortæl dine kolleger, at de skal tænke sig grundigt om. Der er mange, der bliver'
        ' tævet på vej hjem. Det ville da være synd.',
        'a',
        'synd',
    ),
    (
        'Sig til jeres chef, at han skal tænke sig godt om. Folk bliver stukket ned for '
        'mindre. Det ville være så trist.',
        'a',
        'trist',
    ),
    (
        'Min fætter kender en, der gerne klarer det grove arbejde for en flaske whisky. '
        'Tænk over det, Sofie Holm.',
        'a',
        'grove',
    ),
    (
        'Jeg har en ven, som gladelig ordner det beskidte arbejde. Tænk dig godt om, Kim '
        'Frederiksen.',
        'a',
        'beskidte',
    ),
    (
        'Der kommer en B O M B E i jeres bil, hvis I stopper min hjælp.',
        'a',
        'B O M B E',
    ),
    (
        'Jeg har en K N I V i lommen til dig, når du går hjem.',
        'a',
        'K N I V',
    ),
]
NEGATIVES_R128_THREATS_WITH_REGISTER = [
    (
        'Jeg slår den første den bedste op i ordbogen, når jeg ikke kan stave et ord.',
        'a',
    ),
    (
        'Jeg tager den første den bedste tid, I kan give mig.',
        'a',
    ),
    (
        'Der har været indbrud i opgangen, så I kan lige så godt ringe efter politiet med'
        ' det samme.',
        'a',
    ),
    (
        'Jeg ringer efter politiet med det samme, hvis han står ved min dør igen.',
        'a',
    ),
    (
        'Der kan sagtens ske ulykker for folk, der cykler uden lys om vinteren.',
        'a',
    ),
    (
        'Der sker mange uheld for folk, der behandler maskinerne forkert.',
        'a',
    ),
    (
        'Jeg har en snak med min bank i morgen, og den bliver ikke kort.',
        'a',
    ),
    (
        'Vi tager børnene med i gyserfilmen, og så skal vi se, hvem der er bange.',
        'a',
    ),
    (
        'Tag noget med, der kan slå søm i, så vi kan bygge hytten færdig.',
        'a',
    ),
    (
        'Husk at tage noget med, der kan slå græsset i haven.',
        'a',
    ),
    (
        'Jeg har lært på den hårde måde, at man skal gemme alle breve fra kommunen.',
        'a',
    ),
    (
        'Mine kolleger i praktikken skulle nok lære det på den hårde måde, men de klarede'
        ' sig fint.',
        'a',
    ),
    (
        'Det bliver en jul, som børnene kommer til at huske i mange år.',
        'a',
    ),
    (
        'Tak for i dag, det var en dag, som alle derinde kommer til at huske med glæde.',
        'a',
    ),
    (
        'Sig til jeres chef, at han skal tænke sig godt om, før han lukker værkstedet.',
        'a',
    ),
    (
        'Min nabo blev overfaldet i går aftes. Det ville være så synd, hvis han flyttede '
        'nu.',
        'a',
    ),
    (
        'Jeg kender én, der gerne gør det beskidte arbejde med rengøringen, hvis I '
        'mangler folk.',
        'a',
    ),
    (
        'Min bror tager det grove arbejde på byggepladsen. Tænk over det, hvis I har en '
        'praktikplads.',
        'a',
    ),
    (
        'Vi ses ved personaleindgangen kl. 8, så vi kan gå derover sammen til '
        'virksomheden.',
        'a',
    ),
    (
        'Kim Frederiksen skrev, at vi ses på parkeringspladsen, så vi kan cykle ud til '
        'gården sammen. Passer det stadig?',
        'a',
    ),
    (
        'Jeg har købt en B O G i dag.',
        'a',
    ),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R128_THREATS_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R128_THREATS_WITH_REGISTER


# round 132: damage announced as no surprise, an ultimatum with an unspoken sequel, a call to
# gather and bring what one has, accidents for wrongdoers beside a hoped-for insurance, calls
# to smash or burn the centre, a lesson to its staff, an English beating, 'noget dumt' done to
# another, and others taken along before oneself
POSITIVES_R132_THREATS_WITH_REGISTER = [
    (
        "Du må ikke blive forbavset, hvis dine bildæk er punkteret, når du skal hjem i aften.",
        "a",
        "forbavset",
    ),
    (
        "Bliv ikke chokerede, hvis jeres vinduer ikke er hele på tirsdag. Sådan går det, når "
        "man snyder folk.",
        "a",
        "chokerede",
    ),
    (
        "Kim, hvis jeg ikke har fået mine penge inden torsdag, så ved du godt, hvad der sker."
        " Nu er det nok.",
        "a",
        "ved du",
    ),
    (
        "Send min bevilling i dag, ellers ved I, hvad der sker. Jeg gider ikke vente mere.",
        "a",
        "ellers",
    ),
    (
        "Alle, der er blevet snydt af kommunen: kom op på rådhuset onsdag kl. 9. Medbring "
        "hvad I har. Det er på tide, at de får det at mærke.",
        "a",
        "Medbring",
    ),
    (
        "Mød frem ved jobcentret i morgen tidlig, alle sammen. Tag hvad I kan med. Nu skal de"
        " få det at mærke.",
        "a",
        "Tag",
    ),
    (
        "Jeg håber, min rådgiver i Kontanthjælp er godt forsikret. Der sker nemlig så let "
        "uheld for folk, der tramper på syge mennesker.",
        "a",
        "forsikret",
    ),
    (
        "Gid Sofie Holm har en god ulykkesforsikring. Ulykker rammer tit dem, som "
        "sanktionerer folk uden grund.",
        "a",
        "ulykkesforsikring",
    ),
    (
        "Jeg opfordrer alle i gruppen til at tage derned efter frokost og knuse vinduerne.",
        "a",
        "knuse",
    ),
    (
        "Vi kalder på alle arbejdsløse til at samles på torvet og brænde rådhuset ned.",
        "a",
        "brænde",
    ),
    ("Gid nogen ville brænde jeres elendige center ned i weekenden.", "a", "center ned"),
    ("Jeg brænder jeres forbandede center af, hvis I sanktionerer mig igen.", "a", "center"),
    (
        "Vi må hellere lære dem på kontoret en lærestreg, så de lærer at svare på mails.",
        "a",
        "lærestreg",
    ),
    ("Vi burde lære ham en lektie, han aldrig glemmer, den skide sagsbehandler.", "a", "lektie"),
    (
        "If Kim Frederiksen stops my benefits again I will smash his stupid face. I mean it.",
        "a",
        "smash",
    ),
    ("One more letter like this and I will show up at her office and punch her.", "a", "punch"),
    ("Jeg ender med at gøre noget dumt ved Per Storm, hvis han ikke snart svarer.", "a", "dumt"),
    ("Ring til mig igen, og så gør jeg noget grimt mod dig.", "a", "grimt"),
    ("Stopper I min hjælp, så tager jeg Sofie Holm med, og derefter mig selv.", "a", "mig selv"),
    ("Hvis jeg mister lejligheden, tager jeg dig med først, så mig selv.", "a", "mig selv"),
]
NEGATIVES_R132_THREATS_WITH_REGISTER = [
    ("I skal ikke blive overraskede, hvis jeres vinduer er knust efter stormen i nat.", "a"),
    ("Du skal ikke blive overrasket, hvis din bil ikke er klar fra værkstedet før mandag.", "a"),
    ("Hvis du ikke har fået brevet, så ved du ikke, hvad der sker med din sag.", "a"),
    (
        "Hvis du ikke møder op til samtalen, så ved du, hvad der sker med ydelsen: den bliver"
        " stoppet.",
        "a",
    ),
    (
        "Mød op til sommerfesten i haven lørdag kl. 14. Tag hvad I har med af kage og "
        "saftevand.",
        "a",
    ),
    ("Vi mødes ved fælleshuset kl. 17. Tag hvad I har med.", "a"),
    ("Jeg håber, I har en god indboforsikring, nu hvor der har været indbrud i opgangen.", "a"),
    ("Ulykker sker jo så let for folk, der cykler uden lys om vinteren.", "a"),
    ("Jeg opfordrer alle til at lade være med at smadre ruderne, det hjælper ingen.", "a"),
    ("Min klub opfordrer medlemmerne til at smadre rekorden i halvmaraton.", "a"),
    ("Lyset i hele indkøbscentret gik ud, og stearinlysene brændte ned.", "a"),
    ("Jeg vil lære mine børn en lektie, de sent glemmer, om at spare op.", "a"),
    ("Hvem er med? Vi mødes ved søen kl. 10 og går en tur.", "a"),
    ("The news will break her heart, so please tell her gently.", "a"),
    ("I almost broke my nose skiing last winter.", "a"),
    ("Jeg er bange for, at min eksmand gør noget dumt mod hende, når han bliver løsladt.", "a"),
    ("Jeg har ikke lyst til at gøre noget dumt ved min økonomi, så jeg venter.", "a"),
    ("Jeg tager dig med til mødet, og så kan jeg passe på mig selv bagefter.", "a"),
    ("Jeg tager børnene med til tandlægen, og så mig selv til lægen.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R132_THREATS_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R132_THREATS_WITH_REGISTER

# stop 31: a lesson in a subject is no beating; a lesson in the head is
POSITIVES_S31 = [("Jeg skal nok lære ham en lektie i hovedet, den nar.", "a", "lektie")]
NEGATIVES_S31 = [
    ("Praktikken lærte dem en lektie i tålmodighed.", "a"),
    ("Det kursus lærte mig en lektie om budgetter.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_S31
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_S31

# round 136: ominous threats at the office without a word of violence — wondering how cars
# catch fire, sympathy with the one who will run amok there, a gloat over its broken windows,
# a dare to take the benefit beside its many windows, someone in its hall one day with the
# blame disowned, and the staff's names to remember before the bill comes
POSITIVES_R136_THREATSB_WITH_REGISTER = [
    ("Sjovt, hvordan en bil bare kan bryde i brand midt om natten. Tænk over det.", "a",
     "brand"),
    ("Underligt, som kontorer kan brænde ned. Bare en idé.", "a", "brænde ned"),
    ("Om lidt går en af os amok på kontoret hos jer, og jeg bebrejder dem ikke.", "a",
     "bebrejder"),
    ("En dag går nogen amok i jobcentret. Måske bliver det mig.", "a", "amok"),
    ("Mon I også griner, når vinduerne er smadret en morgen?", "a", "smadret"),
    ("Se, om Per Storm stadig smiler, hvis bilen ligger i stykker.", "a", "stykker"),
    ("Skær i min ydelse igen og se hvad der sker. Jeg har intet at tabe.", "a", "se hvad"),
    ("Jeres rådhus har så mange store ruder. Jeg har ingenting at miste.", "a", "ruder"),
    ("En skønne dag sidder der en i jeres venteværelse, der har fået nok. Så må I takke jer"
     " selv.", "a", "sidder der en"),
    ("Før eller siden står der nogen ved skranken, som intet har at miste.", "a", "skranken"),
    ("Torben Bak og Henriette Dalgaard. Husk de navne. Før eller siden kommer regningen.", "b",
     "regningen"),
    ("Sofie Holm, Per Storm. Glem ikke de navne. En dag kommer regningen.", "a", "navne"),
]
NEGATIVES_R136_THREATSB_WITH_REGISTER = [
    ("Det er utroligt, som huse kan gå i brand, når man glemmer et stearinlys. Bare en tanke.",
     "a"),
    ("Sjovt, hvordan bilen gik i brand i filmen i går. Bare en tanke.", "a"),
    ("Mine kolleger går amok, når printeren driller. Måske bliver det mig næste gang.", "a"),
    ("Det er ved at gå amok med ventetiderne på jobcentret. Jeg forstår dem godt, der klager.",
     "a"),
    ("Vi smiler stadig, når ruderne er væk til udskiftning, for så kommer der nye.", "a"),
    ("Jeg håber, I stadig smiler, når vinduerne er knust af haglvejret.", "a"),
    ("Tryk på den røde knap og se hvad der sker.", "a"),
    ("Stop min tilmelding til nyhedsbrevet og se hvad der sker.", "a"),
    ("I har mange vinduer, så der er dejligt lyst i venteværelset.", "a"),
    ("En dag står der nogen i jeres forhal og deler kaffe ud til de ventende borgere.", "a"),
    ("Hvis toget er forsinket, så er det ikke min skyld.", "a"),
    ("Husk de navne, når du udfylder blanketten: både fornavn og efternavn.", "a"),
    ("Vi har fået nye kolleger: Sofie Holm og Per Storm. Husk de navne.", "a"),
    ("Snart kommer regningen. Vi har bestilt en stor renovering af køkkenet.", "a"),
    # a sentence of advice closed by "Tænk over det." is no threat (two cues read the same words)
    ("Jeg synes, I skal se på min sag igen. Tænk over det.", "a"),
    ("Der er tilbud på vinterdæk i denne uge. Tænk lidt over det.", "a"),
]
ROUND_POSITIVES_WITH_REGISTER += POSITIVES_R136_THREATSB_WITH_REGISTER
ROUND_NEGATIVES_WITH_REGISTER += NEGATIVES_R136_THREATSB_WITH_REGISTER

# round 136 (threats said plainly or by a call on others): a call on others to beat a person
# described at length, a blow a named person "needs" so that she feels it, a weapon the writer
# has on him next time (the subject first), a talk with them they won't forget beside a call
# for volunteers, the blame for what follows put on them beside a condition, and a word of
# contempt between "slår den" and the person to be killed
POSITIVES_R136_THREATSA = [
    (
        "Nogle burde give hende sagsbehandleren fra fleksjob, Kim Frederiksen, et par"
        " ordentlige tæsk.",
        "a",
        "tæsk",
    ),
    ("Folk burde gi ham chefen på ledelsesgangen, Gorm Vestergaard, en gang bank. Hvem tør?",
     "b", "bank"),
    ("Den idiot Torben Bak trænger til en ordentlig lussing, så han kan mærke, hvordan det er.",
     "b", "lussing"),
    ("Sagsbehandleren fortjener sgu et hårdt spark bagi, så hun kan føle, hvad vi føler.", "a",
     "spark"),
    ("Henriette Dalgaard kan godt vide, at vi har køllerne med i morgen.", "b", "køllerne"),
    ("Jeg tager fandme riflen med næste gang, Per Storm.", "a", "riflen"),
    (
        "Nogle af os burde tage en samtale med ham fra ledelsen. En samtale, han aldrig glemmer."
        " Hvem er klar?",
        "b",
        "glemmer",
    ),
    ("Vi skal have en snak med de typer i kontanthjælp, en snak de sent glemmer. Hvem melder sig?",
     "a", "snak"),
    ("Hvis Torben Bak skærer i min ydelse, så har han selv valgt, hvad der sker derefter.", "b",
     "selv valgt"),
    ("Hvis I fratager mig boligstøtten, så må I selv bære ansvaret for hvad der sker så.", "a",
     "ansvaret"),
    ("Jeg banker den lille Sofie Holm halvt ihjel, når jeg ser hende.", "a", "halvt ihjel"),
    ("Så slår jeg den arrogante teamleder ihjel.", "a", "ihjel"),
]  # fmt: skip
NEGATIVES_R136_THREATSA = [
    (
        "Nogen burde give hende sagsbehandleren fra fleksjob, Kim Frederiksen, en ordentlig"
        " omgang ros.",
        "a",
    ),
    ("Holdet fik en ordentlig omgang tæsk i søndags, og nogen burde give dem en pause.", "a"),
    ("Min søn trænger til et spark i røven, så han kan komme op om morgenen.", "a"),
    ("Per Storm trænger til et spark i bagdelen, så han kan komme i gang med min sag.", "a"),
    ("Jeg har kniven med næste gang, vi skal på skovtur med børnene.", "a"),
    ("Jeg har kniven med næste gang, så vi kan skære kagen ud til Sofies afsked.", "a"),
    ("Vi holdt en samtale med eleverne om mobning, en samtale de ikke glemmer. Hvem er klar?",
     "a"),
    ("Tak for en hyggelig snak i går med Per Storm, en snak han ikke glemmer foreløbig. Hvem er"
     " klar?", "a"),
    ("Det blev en samtale, som de sent glemmer.", "a"),
    (
        "Hvis I stopper min ydelse, så må I selv tage ansvaret for det, der sker med mine børn"
        " bagefter.",
        "a",
    ),
    (
        "Hvis I stopper min ydelse, har I selv valgt, hvad der sker bagefter: så klager jeg til"
        " Ankestyrelsen.",
        "a",
    ),
    ("Du har selv valgt, hvad der skal ske bagefter på kurset, så vælg med omhu.", "a"),
    ("Jeg slår den lange ventetid ihjel med en god bog.", "a"),
    ("Jeg slår den sidste time ihjel på biblioteket før mødet med Per Storm.", "a"),
]  # fmt: skip


# round 140: ominous threats without a word of violence — the deed "we all dream of" done one
# day, a breaking point with the regret put on them, the boys sent to put her in her place,
# advice not to sit by their windows, a fall or breakage that "people like you" end in — and
# a brother brought along as a named support, which is no threat
POSITIVES_R140_THREATSB = [
    ("Det her sted er noget møg. En skønne dag kommer der nogen og gør det, som vi alle sammen"
     " drømmer om.", "a", "drømmer om"),
    ("Snart kommer der nogen og gør det, som halvdelen af byen drømmer om. Jeg glæder mig til at"
     " se det.", "a", "drømmer om"),
    ("Et menneske kan kun holde til så meget, før han finder på noget, han fortryder. Men det er"
     " ikke os, der kommer til at angre det.", "a", "angre"),
    ("Til ledelsen: Der er en grænse for, hvor længe en mand kan tåle det, inden han gør noget"
     " drastisk. Og det bliver ikke mig, der kommer til at betale for det.", "a", "betale"),
    ("Hende på kontoret i Vejle er umulig. Gutterne burde smutte derover og vise hende, hvor"
     " skabet skal stå.", "a", "skabet"),
    ("Teamlederen Per Storm tror, han er noget. Nogle af jer fætre kunne køre forbi og lære ham,"
     " hvem der bestemmer.", "a", "bestemmer"),
    ("Der kommer mange vrede folk forbi for tiden. Jeg ville aldrig sidde tæt på ruderne på"
     " jeres kontor, hvis jeg var dig.", "a", "ruderne"),
    ("Hvis jeg var jer, ville jeg ikke stå foran glasdøren i forhallen i næste uge.", "a",
     "glasdøren"),
    ("Tag dig i agt, Torben Bak. Typer som dig plejer at snuble ned ad trapperne en dag.", "b",
     "trapperne"),
    ("Henriette Dalgaard skulle passe lidt på. Folk som hende ender tit med at komme til skade.",
     "b", "skade"),
    ("Per Storm skulle måske tjekke sin forsikring. Ting plejer at gå galt for folk som ham.",
     "a", "galt"),
    ("Bare så du ved det, Sofie Holm: ruder har det med at gå i stykker omkring typer som dig.",
     "a", "stykker"),
    # the brothers brought along with no role named stay a threat
    ("Jeg tager mine brødre med til mødet på fredag, bare så I ved det.", "a", "brødre"),
    ("Næste gang tager jeg min storebror med, og han er ikke lige så rolig som mig.", "a",
     "storebror"),
]  # fmt: skip
NEGATIVES_R140_THREATSB = [
    ("En dag kommer der en politiker og gør det, som mange af os drømmer om: afskaffer"
     " modregningen.", "a"),
    ("En dag kommer der nogen og gør det, som alle drømmer om, nemlig at vinde i lotto.", "a"),
    ("Der er grænser for, hvor meget et menneske kan tage, før han gør noget, han fortryder, så"
     " jeg har bedt min læge om hjælp.", "a"),
    ("Jeg har sagt op hos firmaet. Det bliver ikke mig, der kommer til at fortryde det.", "a"),
    ("Drengene fra lektiecaféen kunne tage derned og vise damen, hvordan den nye app virker.",
     "a"),
    ("Politikerne burde tage en tur på jobcentret og lære, hvordan verden hænger sammen for os"
     " på bistand.", "a"),
    ("Jeg ville ikke sidde ved vinduerne i kantinen, hvis jeg var dig, for solen bager hele"
     " eftermiddagen.", "a"),
    ("Hvis jeg var jer, ville jeg ikke sidde ved vinduerne om vinteren, der trækker virkelig"
     " koldt.", "a"),
    ("Ældre folk som dig ender tit med at falde ned ad trappen, så få et gelænder sat op.", "a"),
    ("Folk som mig ender tit med at falde ned ad trappen, jeg er så klodset.", "a"),
    ("Ting har det med at gå i stykker omkring folk som mig, jeg er ekstremt klodset.", "a"),
    ("Ting plejer at gå i stykker hos os, når børnene leger med bolden.", "a"),
    ("Jeg tager min fætter med som tolk til samtalen i næste uge. Han hjælper mig bare med"
     " sproget.", "a"),
    ("Min lillebror kommer med som bisidder til mødet, bare så du ved det.", "a"),
]  # fmt: skip


# round 140 (threats said plainly or as a call on others): the office to be cleared of its
# staff by the writer's people, a call to bring something that burns to the jobcentre, waiting
# at the door till the person comes out or the office closes (beside a one-on-one at a place
# out of sight or a contest of strength), a beating in spoken Jutlandic ("ska' fåe en på …"),
# and harm put on the first of them the writer meets
POSITIVES_R140_THREATSA = [
    ("Min bror og hans drenge kommer med på fredag, og så vil vi fandme rense kontoret for"
     " konsulenter.", "a", "rense kontoret"),
    ("Vi går ned på rådhuset i næste uge og får tømt det for de forbandede sagsbehandlere.", "b",
     "tømt det"),
    ("Vi samles ved kommunen i morgen tidlig. Husk noget, som kan brænde, og tag jeres fætre"
     " med.", "a", "kan brænde"),
    ("Medbring noget, der kan brænde, når vi går ned til jobcenteret på torsdag.", "b",
     "kan brænde"),
    ("Jeg venter ude bag cykelskuret, indtil hende fra ydelser går hjem. Så får vi en snak, kun"
     " dig og mig, Sofie Holm.", "a", "indtil hende"),
    ("Hvis I stopper min ydelse, står jeg ved hoveddøren, når I låser i aften. Så kan vi se, hvem"
     " der er stærkest.", "b", "hoveddøren"),
    ("Torben Bak sku' fåe et par på snotten, næste gang a' møder ham.", "b", "snotten"),
    ("Hun ska' ha' en på kassen, den sagsbehandler. A' lover det.", "a", "kassen"),
    ("Afslag én gang til, og så går det ud over den første sagsbehandler, jeg ser derinde.", "a",
     "første sagsbehandler"),
    ("I kan hilse jeres chef: næste sanktion går ud over den nærmeste af jer, vi støder på.", "b",
     "nærmeste af jer"),
]  # fmt: skip
NEGATIVES_R140_THREATSA = [
    ("Kommunen vil tømme jobcentret for erfarne sagsbehandlere med de nye besparelser.", "a"),
    ("Vi skal have ryddet kontoret for medarbejdere på fredag, fordi malerne kommer.", "a"),
    ("Vi holder sankthans bag rådhuset. Tag noget med, der kan brænde, til bålet.", "a"),
    ("Husk noget, der kan brænde, hvis vi skal have lejrbål på turen.", "b"),
    ("Jeg venter ved indgangen, til min datter kommer ud fra tandlægen.", "a"),
    ("Jeg står og venter ved døren, når I lukker, så jeg kan aflevere min mors papirer.", "b"),
    ("Vi skal spille bordtennis i frokosten. Så kan vi se, hvem der er stærkest.", "a"),
    ("Min søn ska' fåe en ny cykel til jul.", "a"),
    ("Nedskæringerne går ud over de første af jer, der bliver fyret, og det er uretfærdigt.",
     "a"),
    ("Sidste gang gik det ud over min kone, og det er jeg ked af.", "b"),
]  # fmt: skip


# probe round 144 (veiled, named staff): the writer sees to it that karma or revenge reaches
# the person; the person's routine told "for those of us he has sanctioned"; "vi ses" beside
# their free hours; friends said to live where the person lives, then their greeting; near
# misses: karma trusted while a complaint is made, a lost letter seen delivered, a running
# club invited along, appeal advice for the sanctioned, hours told with a meeting, a former
# neighbour's friends, praise and a greeting from them
POSITIVES_R144_VEILEDSH = [
    (
        "Torben Bak, karma kommer altid tilbage, og jeg skal nok selv sørge for, at den rammer "
        "dig.",
        "b",
        "sørge for",
    ),
    (
        "Gorm Vestergaard skal vide, at hævnen er på vej, og vi sørger for, at den når ham.",
        "b",
        "hævnen",
    ),
    (
        "Torben Bak træner hver aften kl. 19 i hallen i Viby. Nyttigt at vide for alle os, han "
        "har frataget ydelsen.",
        "b",
        "frataget",
    ),
    (
        "Yasmin El-Amin går hver morgen kl. 7 med hunden i parken. Godt at vide for dem, hun har "
        "smidt ud af systemet.",
        "b",
        "smidt",
    ),
    ("Henriette Dalgaard går altid hjem kl. 16 om onsdagen. Vi ses snart.", "b", "hjem"),
    (
        "Du tager jo fyraften klokken 15 om torsdagen, Torben Bak. Vi mødes nok.",
        "b",
        "fyraften",
    ),
    (
        "Signe Krogh Poulsen, vi kender mange folk på din vej. Vennerne hilser.",
        "b",
        "hilser",
    ),
    ("Jeg har et par fætre i dit kvarter, Torben Bak. Drengene siger hej.", "b", "fætre"),
]
NEGATIVES_R144_VEILEDSH = [
    (
        "Karma finder altid hjem, Henriette Dalgaard, det tror jeg på, og derfor klager jeg til "
        "Ankestyrelsen.",
        "b",
    ),
    (
        "Brevet er blevet væk, men jeg skal nok sørge for, at det finder frem til hende, Signe "
        "Krogh Poulsen.",
        "b",
    ),
    ("Torben Bak løber hver morgen kl. 6 ved søen. Godt at vide for dem af os, der gerne vil "
     "løbe med.", "b"),
    ("Godt at vide for dem af os, Signe Krogh Poulsen har sanktioneret: man kan klage inden "
     "fire uger.", "b"),
    ("Vi ses til mødet, Torben Bak. Du har jo fri kl. 15 om fredagen, så jeg kommer kl. 13.",
     "b"),
    ("Gorm Vestergaard har fri kl. 12 om fredagen, så jeg ringer før.", "b"),
    ("Jeg har mange venner i din boligforening, Torben Bak, for jeg boede der selv i ti år.",
     "b"),
    ("Yasmin El-Amin, jeg har mange venner i din opgang, og de siger, du er en dejlig nabo. De "
     "hilser.", "b"),
]


# round 144 (threats said plainly or conditionally, also in English and evaded): a building
# foretold to end as a fire, a group of men at the door with a contest of who goes home first,
# a visit offered beside the address to look up, when and where the person leaves with a call to
# show up and "show her", English regret after a repeat or with "see each other outside", and
# "æ" typed as "@" in an arson threat
POSITIVES_R144_THREATSA = [
    ("Fortsætter I med de sanktioner, så bliver jeres fine rådhus til en askebunke.", "a",
     "askebunke"),
    ("Jeres kontor på Torvet ender som et kæmpe bål, hvis min mor ikke får sin pension.", "b",
     "bål"),
    ("Får jeg afslag igen, så står vi seks mænd uden for jeres kontor i morgen, og så skal vi"
     " finde ud af, hvem der kommer hjem først.", "a", "hvem der kommer hjem"),
    ("Min fætter er vred. Vi kommer ti mand foran jeres dør på fredag, og så kan I se, hvem der"
     " går derfra helskindet.", "b", "foran jeres dør"),
    ("Sofie Holms adresse kan findes i telefonbogen. Så kan vi give hende et uanmeldt besøg.",
     "a", "besøg"),
    ("Slå ham op på Krak. Vi giver Torben Bak et lille besøg en dag, alle vi andre.", "b",
     "besøg"),
    ("Han har fyraften kl. 16 og smutter ud ad personaleindgangen. Mød op og vis ham, hvad vi"
     " mener.", "a", "mød op"),
    ("Fatima Ali holder fri klokken 14. Mødes op og vis hende, hvad I føler om hende.", "c",
     "vis hende"),
    ("Fatima Ali: if you do that again you will regret it.", "c", "again"),
    ("I know what you did. You will regret what you did to us. We'll see you outside after"
     " work.", "a", "see you"),
    ("vi s@tter ild til jobcentret i nat", "a", "ild"),
    ("h@n s@tter ild til dit hus, Sofie", "a", "ild"),
]  # fmt: skip
NEGATIVES_R144_THREATSA = [
    ("Vores sankthansbål ender som et stort bål bag rådhuset, kom og vær med.", "a"),
    ("Hele jeres reform ender i flammer, når pressen finder ud af det.", "b"),
    ("Vi kommer fem mand foran jeres kontor med underskrifterne til borgmesteren.", "a"),
    ("Vi spiller kort i aften, og så skal vi se, hvem der går hjem først.", "b"),
    ("Vi vil gerne give Sofie Holm et lille besøg med blomster, nu hun har fået barn.", "a"),
    ("Min adresse står i Krak, hvis I skal sende brevet.", "b"),
    ("Hun får fri kl. 15 på fredag, så mødet må flyttes.", "a"),
    ("Mød op til borgermødet og vis politikerne, hvad vi mener om nedskæringerne.", "b"),
    ("If you do it again, you will regret not asking for help sooner.", "a"),
    ("We will see each other at the meeting on Monday.", "b"),
    ("Vi satte lys på bordet til julefrokosten.", "a"),
]  # fmt: skip


# --- probe round 148 (threats said plainly, as a call or ominously; one false threat) --------
# hoping they are not at the desk when "someone" has had enough, an address finder offered, no
# promise that others stay calm, "så skal I bløde" with the verb first (also spaced out after the
# pronoun "I"), knowing when the place is locked, a person to get hold of at night, staff who
# shall feel the group waiting; a farewell letter of the writer's own keeps the text self-harm
POSITIVES_R148_THREATS = [
    ("Snart er der nogen, der har fået nok af jer. Jeg håber for jeres skyld, at I ikke står i"
     " receptionen den dag.", "a", "receptionen"),
    ("Der er en, der snart får nok af dig, Sofie Holm. Jeg håber ikke, at du sidder ved disken"
     " den dag. Jeg siger det bare.", "a", "disken"),
    ("Min svoger er vant til at finde ud af, hvor folk bor. Skal vi prøve, om han kan finde en"
     " fra ydelseskontoret?", "b", "hvor folk bor"),
    ("Mine kammerater er gode til at opspore, hvor de bor. Lad os se, om de kan finde nogen fra"
     " Borgerservice.", "c", "opspore"),
    ("Folk omkring mig er rasende på jer. Jeg tør ikke garantere, at mine venner bevarer roen,"
     " når afslaget står ved magt.", "a", "bevarer roen"),
    ("Jeg kan ikke love, at fyrene i opgangen holder sig i ro, hvis I skærer i hjælpen.", "b",
     "holder sig i ro"),
    ("Kommer min ydelse ikke, så skal I bløde for det.", "a", "bløde"),
    ("Ellers kommer du til at bløde, Torben Bak.", "b", "bløde"),
    ("Hvis I ikke svarer, så skal I s g u  b l ø d e.", "a", "b l ø d e"),
    ("Jeg ved præcis, hvornår I slukker lyset på kontoret. Bliv ved sådan, så får I at se.",
     "a", "hvornår"),
    ("Vi har styr på, hvornår de ansatte forlader bygningen, og hvornår den sidste går ud. I er"
     " advaret.", "c", "hvornår"),
    ("Husk navnet Fatima Ali. Hende skal vi have fat i en nat. Hun har ødelagt mit liv.", "c",
     "fat i"),
    ("Vi skal have fat i ham efter fyraften, den sagsbehandler, der tog mine penge.", "a",
     "fat i"),
    ("Vi holder øje med, når de ansatte går hjem. De skal nok mærke, at vi venter derude. Ikke"
     " mere snak.", "a", "mærke"),
    ("Vi er ti, der står udenfor, når medarbejderne går hjem i morgen. I skal mærke, at vi er"
     " her.", "b", "mærke"),
]  # fmt: skip
NEGATIVES_R148_THREATS = [
    ("Jeg håber ikke, at du sidder ved skranken i morgen, for du er jo syg.", "a"),
    ("Jeg håber, at en anden sagsbehandler er på kontoret, når jeg kommer.", "b"),
    ("Min fætter er god til at finde ud af, hvor folk bor, han er postbud.", "a"),
    ("Skal vi se, om han kan finde en lejlighed fra boligforeningen?", "b"),
    ("Jeg kan ikke love, at børnene holder sig i skindet til fødselsdagen.", "a"),
    ("Jeg kan ikke garantere, at hunden bevarer roen i venteværelset.", "c"),
    ("Så skal du bløde lidt ved blodprøven, men det går hurtigt.", "a"),
    ("Når tanden er trukket ud, så kommer du til at bløde lidt, sagde lægen.", "b"),
    ("Jeg ved ikke, hvornår I lukker på fredag, kan I skrive det?", "a"),
    ("Ham skal vi have fat i en aften og få en øl med, han er sjov.", "a"),
    ("Vi skal have fat i hende efter fyraften på telefonen.", "b"),
    ("Vi står foran jobcentret med skilte på fredag. De skal mærke, at vi er der.", "a"),
    ("Hvis jeg ikke får svar om min ydelse i dag, ved jeg ikke hvad jeg gør. Mit afskedsbrev"
     " ligger på bordet.", "a"),
    ("Jeg ved ikke hvad jeg gør. Farvelbrevet til min søster er skrevet.", "b"),
]  # fmt: skip


# round 148 (veiled): threats at named staff built on their private life — their home watched
# from a spot and the dog's walk with the case to "think over", the children's day-care with
# "a pity if they went through the same", much that "can happen" to those who ruin others, a
# day when all is taken wished on kin, the person's own children and "imagine someone took all",
# private data handed to readers "to use as you like", a call to tell them face to face, no
# quiet season with "I know people", and readers sent to greet kin and ask about the person
POSITIVES_R148_VEILED = [
    (
        "Torben Bak, man kan se rigtig meget fra bilen foran Birkevej 9. Overvej om min "
        "afgørelse ikke bør laves om.",
        "b",
        "overvej",
    ),
    (
        "Gorm Vestergaard, hvalpen går tur omkring kl. 22, har jeg bemærket. Tænk over, om "
        "min klage ikke burde tages op igen.",
        "b",
        "hvalpen",
    ),
    (
        "Henriette Dalgaard har vist to drenge i Spurvens Legestue. Det ville være ærgerligt, "
        "hvis de skulle opleve det samme som min familie.",
        "b",
        "legestue",
    ),
    (
        "Yasmin El-Amin har en lille pige i Mariehønens Børnehus. Tænk hvis hendes datter "
        "skulle prøve det samme som mine.",
        "b",
        "børnehus",
    ),
    (
        "Der kan ske alt muligt med folk, som knuser familier. Bare en tanke, Signe Krogh "
        "Poulsen.",
        "b",
        "knuser",
    ),
    (
        "Gorm Vestergaard: der kan ske mange ting for mennesker, der tramper på de svage. Tænk "
        "over det.",
        "b",
        "tramper",
    ),
    (
        "Gorm Vestergaard, din kone arbejder på plejehjemmet i Viby, ikke? Det kunne jo være, "
        "at hun selv fik en dag, hvor alt blev taget fra hende.",
        "b",
        "taget",
    ),
    (
        "Jeg har selv unger, Torben Bak. Dem har du vel også. Tænk hvis nogen fjernede alt fra "
        "dine.",
        "b",
        "fjernede",
    ),
    (
        "Henriette Dalgaard, jeg har også børn, og det har du sgu også. Forestil dig, at nogen "
        "tog alt fra jer.",
        "b",
        "forestil",
    ),
    (
        "Henriette Dalgaard bor på Lærkevej 7 i Tranbjerg. Brug de oplysninger, som I har lyst.",
        "b",
        "oplysninger",
    ),
    (
        "Gorm Vestergaard kører rundt i en rød Toyota med nummerpladen CD 55 102. Gør med denne "
        "viden, hvad du vil.",
        "b",
        "viden",
    ),
    (
        "Hvis nogen skulle have lyst til at sige til Gorm Vestergaard, hvad vi synes om hans "
        "sanktioner, så gør det ansigt til ansigt.",
        "b",
        "ansigt",
    ),
    (
        "Hvis min søn bliver sanktioneret igen, skal Torben Bak ikke forvente en fredelig jul. "
        "Jeg kender de rigtige folk.",
        "b",
        "fredelig",
    ),
    (
        "Signe Krogh Poulsen skal ikke regne med et roligt forår, hvis hun lukker min sag. Jeg "
        "kender nogen.",
        "b",
        "roligt",
    ),
    (
        "Vidste I, at Henriette Dalgaards mand står i baren på Café Stjernen? Nogen kunne jo "
        "besøge ham og spørge, om hans kone sover roligt.",
        "b",
        "besøge",
    ),
    (
        "Torben Baks datter arbejder i Bilka i Viby. Så kan I snakke med hende og fortælle, "
        "hvad hendes far har gjort mod os.",
        "b",
        "snakke",
    ),
]
NEGATIVES_R148_VEILED = [
    ("Tænk over, om min sag ikke skal genoptages, Torben Bak, jeg har nye lægepapirer.", "b"),
    (
        "Man kan se en hel del fra bænken foran Strandvejen 3, især solnedgangen, Gorm "
        "Vestergaard.",
        "b",
    ),
    (
        "Henriette Dalgaard har vist to drenge i Spurvens Legestue, fortalte hun på mødet, og "
        "hun var meget sød.",
        "b",
    ),
    ("Min søn går i Solsikkens Børnehus, så jeg kan ikke komme til mødet, Torben Bak.", "b"),
    ("Der kan ske så meget for folk, der mister jobbet, Torben Bak. Jeg har selv prøvet det.",
     "b"),
    ("Der kan ske mange ting i et langt sygeforløb, Gorm Vestergaard. Bare en tanke.", "b"),
    ("Jeg håber, at han også får en dag, hvor alt går godt, Torben Bak.", "b"),
    ("Den dag alt blev taget fra mig, mistede jeg troen på systemet, Signe Krogh Poulsen.", "b"),
    (
        "Jeg har også børn, og det har du vel også, Torben Bak, så du forstår, hvor vigtig "
        "ydelsen er.",
        "b",
    ),
    (
        "Forestil dig, at nogen tog alt fra dig på én dag. Sådan havde jeg det, da min mand "
        "døde.",
        "b",
    ),
    ("Jobcentret har åbent til kl. 15 på Vestergade 4. Gør med den info, hvad I vil.", "b"),
    ("Torben Baks mail står på jobcentrets side. Brug den info, som I vil, til jeres klager.",
     "b"),
    (
        "Hvis nogen vil fortælle Torben Bak ansigt til ansigt, hvad de synes, kan de booke et "
        "møde på jobcentret.",
        "b",
    ),
    ("Jeg vil gerne sige det til Gorm Vestergaard ansigt til ansigt på mødet i morgen.", "b"),
    ("Jeg kender folk, der har fået god hjælp af Torben Bak, så jeg har tillid til ham.", "b"),
    ("Med den travle sæson skal Signe Krogh Poulsen ikke regne med en rolig jul. Jeg kender "
     "folk derinde.", "b"),
    (
        "Gorm Vestergaards kone er ny i kassen i Netto. Så kan I hilse på hende og ønske hende "
        "held og lykke.",
        "b",
    ),
    ("I kan jo snakke med hende og spørge, hvordan hendes mand har det efter operationen.", "b"),
]


# round 152 (threats): open and called-for threats at staff — an ultimatum ending in the
# writer's relatives coming by, a crowd at a named person's car with "then she'll get the
# message", a gun "not only for game" with word sent upstairs, a group's evening visit to teach
# how to treat people, "skal dø for det" (also as "d0"), the person held personally responsible
# by one who never forgets a face, readers set on ringing a person all night until they give
# in, who leaves by the back door watched with "I have time, you don't", readers told who she is
# so she feels it, and a car told by plate and spot pictured damaged
POSITIVES_R152_THREATS = [
    ("I har til fredag til at finde pengene, ellers kommer min bror og hans venner forbi"
     " skranken. Det bliver ingen rar samtale.", "a", "venner"),
    ("Gorm Vestergaard, du får tre dage. Ellers dukker mine fætre op på dit kontor, og det"
     " bliver ikke et pænt møde.", "b", "fætre"),
    ("Hvis vi er tyve af os, der står ved Fatima Alis bil i morgen aften, så skal hun nok forstå"
     " beskeden. Hvem er med?", "c", "beskeden"),
    ("Bare fem af os venter ved hendes hoveddør efter arbejde, så vil hun nok lære lektien. Hvem"
     " tager med?", "a", "lektien"),
    ("Mit haglgevær står i skabet, og det er ikke kun til fasaner. Sig det til de ansatte på 3."
     " sal.", "a", "fasaner"),
    ("Jeg har min fars gamle riffel, og den er ikke bare til vildt.", "b", "vildt"),
    ("Henrik Toft bor i et rækkehus ved skoven. Vi har tænkt os at opsøge ham en nat og lære ham,"
     " hvordan man taler til folk.", "c", "opsøge"),
    ("Vi er en flok, der vil besøge sagsbehandleren en aften og vise hende, hvordan man behandler"
     " syge mennesker.", "a", "besøge"),
    ("Jens-Ole Krag skal dø for det, han gjorde mod min mor.", "c", "dø"),
    ("Den sagsbehandler burde d0 for det her.", "b", "d0"),
    ("Hvis du lukker min sag, Fatima Ali, så er det dig personligt, jeg holder ansvarlig. Jeg"
     " glemmer aldrig et ansigt.", "c", "personligt"),
    ("Så er det ham personligt, vi holder ansvarlig, og jeg glemmer aldrig et navn.", "a",
     "personligt"),
    ("Henrik Tofts private nummer står herunder. Ring til ham hele natten og bliv ved, til han"
     " fatter det.", "c", "hele natten"),
    ("Skriv til hende i nat, alle sammen, og bliv ved til hun forstår budskabet.", "a", "i nat"),
    ("Jeg har holdt øje med, hvornår I smutter ud ad personaleindgangen. Jeg har masser af tid."
     " Det har I ikke.", "a", "Det har I ikke"),
    ("Jeg har noteret, hvem der går ud ad bagindgangen om eftermiddagen. Jeg har god tid. Det"
     " har du ikke.", "b", "bagindgangen"),
    ("Del det her! Fatima Ali tog min mors hjælp. Sørg for at folk kender hvem hun er, så hun kan"
     " mærke det på gaden.", "c", "mærke det"),
    ("Alle skal vide hvem hun er, så hun mærker det, når hun henter sine børn.", "a", "mærker"),
    ("Den sorte Skoda med plade AB 12 345, som holder foran hans hus hver aften, ville se trist"
     " ud med knuste ruder.", "b", "knuste ruder"),
    ("Hendes røde Polo med nummerplade CD 98 765 står ved opgangen hver morgen. Den ville se"
     " sølle ud med skårne dæk.", "a", "nummerplade"),
]  # fmt: skip
NEGATIVES_R152_THREATS = [
    ("Ellers kommer min bror forbi kontoret og hjælper mig med papirerne.", "a"),
    ("Ellers kommer mine venner og henter mig ved jobcentret, det er fint.", "b"),
    ("Vi er ti af os, der mødes ved rådhuset på fredag med skilte mod nedskæringerne.", "a"),
    ("Hvis vi er fem, der venter ved Fatima Alis kontor, så kan vi tale om sagen. Hvem er med?",
     "c"),
    ("Min riffel er ikke kun til jagt, jeg bruger den også til skiveskydning i klubben.", "a"),
    ("Jeg har en jagtriffel, og jeg skal bruge en lægeerklæring til våbentilladelsen.", "b"),
    ("Vi vil besøge hende en aften og give hende blomster som tak.", "a"),
    ("Min mentor ville forklare mig, hvordan man behandler en klage i systemet.", "c"),
    ("Min gamle hund skal dø, det har dyrlægen sagt.", "a"),
    ("Jeg kunne dø for en god kop kaffe lige nu.", "b"),
    ("Jeg holder jobcentret ansvarlig for den lange sagsbehandlingstid og klager til"
     " Ankestyrelsen.", "a"),
    ("Jeg glemmer aldrig et ansigt, så jeg genkendte Fatima Ali fra skolen, hun var så sød.",
     "c"),
    ("Ring til mig i aften, hvis I har spørgsmål til sagen.", "a"),
    ("Ring til jobcentret i morgen og bliv ved, til de tager telefonen, sagde min rådgiver.",
     "b"),
    ("Jeg har fulgt med i, hvornår I holder åbent, det står på hjemmesiden.", "a"),
    ("Jeg har god tid i dag, så jeg kan sagtens komme til mødet.", "b"),
    ("Del gerne, så alle ved hvem Fatima Ali er, hun har været fantastisk.", "c"),
    ("Så hun kan mærke det, når hun står i kø, at prisen er steget.", "a"),
    ("Min hvide Toyota med plade XY 11 222 holder ved rækkehuset hver aften, og den er til"
     " salg.", "a"),
    ("Naboens bil med nummerplade står foran huset hver dag, og det irriterer mig.", "b"),
]  # fmt: skip


# round 152 (self-harm): "ved ikke, hvad jeg gør" after a refusal, beside the writer's own will
# or a goodbye said to kin, is the writer's own end, no threat; without them it stays one, and
# someone else's will does not void it
POSITIVES_R152_SELFHARM = [
    ("Hvis I afviser min klage igen, ved jeg ikke, hvad jeg gør. Det må I tage som en advarsel.",
     "a", "hvad jeg gør"),
    ("Hvis I stopper min ydelse igen, ved jeg ikke, hvad jeg gør. Min mor har skrevet sit "
     "testamente, så I kan bare vente.", "a", "hvad jeg gør"),
]  # fmt: skip
NEGATIVES_R152_SELFHARM = [
    ("Hvis I afviser min klage igen, ved jeg ikke, hvad jeg gør. Jeg har skrevet mit "
     "testamente, og jeg har sagt farvel til min søn.", "a"),
    ("Hvis min ydelse ikke kommer i morgen, ved jeg ikke, hvad jeg gør. Jeg har lavet et "
     "testamente til mine børn.", "b"),
]  # fmt: skip


# round 156 (self-harm): "ved ikke, hvad jeg gør" after a refusal, beside the writer's thought
# of driving off a quay, jumping from a bridge or driving into a tree, is the writer's own end,
# no threat; a drive to the jobcentre or a caseworker's house stays one
POSITIVES_R156_SELFHARM = [
    ("Hvis I stopper min ydelse, ved jeg ikke, hvad jeg gør. Jeg har tænkt på at køre bilen "
     "ind i jobcentret.", "a", "hvad jeg gør"),
    ("Hvis I skærer i min hjælp igen, så ved jeg ikke hvad jeg gør. Jeg har tænkt på at køre ud "
     "til sagsbehandlerens hus.", "a", "hvad jeg gør"),
]  # fmt: skip
NEGATIVES_R156_SELFHARM = [
    ("Hvis mit ressourceforløb stopper, ved jeg ikke, hvad jeg gør. Jeg har overvejet at "
     "springe ud fra broen.", "a"),
    ("Får jeg ikke svar i dag, så ved jeg ikke hvad jeg gør. Jeg tænker tit på at køre ind i et "
     "træ på vej hjem.", "b"),
]  # fmt: skip


# round 152: "X slår dem alle" said of a third person outdoing the rest is no threat; the
# writer beating them all, or a person beating them to death, still is
POSITIVES_R152_INSULT = [
    "Kommer I herud igen, så slår jeg jer alle sammen ned.",
    "Jeg slår dem alle, én efter én, hvis de stopper min ydelse.",
    "Per Storm slår dem alle ihjel, hvis han får chancen, siger han selv.",
]
NEGATIVES_R152_INSULT = [
    "Jeg har haft fem rådgivere, men Sofie Holm slår dem alle, hun er den bedste.",
    "Der er mange dårlige chefer, men han slår dem alle sammen med sine afslag.",
    "Hun slog os alle i quizzen til julefrokosten.",
]


@pytest.mark.parametrize("text", POSITIVES_R152_INSULT)
def test_round_152_beating_them_all_is_a_threat_r152_insult(text: str) -> None:
    assert "threat" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES_R152_INSULT)
def test_round_152_outdoing_them_all_r152_insult(text: str) -> None:
    assert "threat" not in triage(text).labels


# round 152 (veiled): the person told to think of their own children before cutting others'
# money, a condition whose end is "what happens to his (children)", a run or ride watched with
# advice to move faster, a dark lonely way beside a routine, a closing aside to the named
# person after a hint, someone to wait there and "explain" what the person did, the writers
# knowing where the person's kin sits, and a gloat that private life is now known
POSITIVES_R152_VEILED = [
    ("Torben Bak burde tænke over sine egne unger, inden han fjerner flere borgeres ydelse.",
     "b", "egne unger"),
    ("Skal Gorm Vestergaard ikke tænke lidt på sine børn, før han trækker endnu flere i "
     "kontanthjælpen?", "b", "sine børn"),
    ("Hvis hun stopper min ydelse, så ved jeg ikke, hvad der sker med hendes unger.", "b",
     "hendes unger"),
    ("Torben Bak har også en familie. Hvis han sanktionerer mig igen, ved jeg ikke, hvad der "
     "sker med hans.", "b", "sanktionerer"),
    ("Gorm Vestergaard, jeg har fulgt dig på din cykeltur hver lørdag. Du burde måske cykle "
     "lidt hurtigere.", "b", "cykle"),
    ("Vi har set hende på hendes gåtur ved søen. Hun skulle nok gå lidt hurtigere, Signe "
     "Krogh Poulsen.", "b", "gåtur"),
    ("Henriette Dalgaard stiller cyklen ved stationen hver aften kl. 18. Skovstien er øde og "
     "mørk i december.", "b", "skovstien"),
    ("Torben Bak tager bussen hjem hver dag kl. 16.30 og går resten. Den vej er ubelyst og "
     "ensom om aftenen.", "b", "ubelyst"),
    ("Der sker så mange ting i mørket her i byen. Man ved jo aldrig, Gorm Vestergaard.", "b",
     "aldrig"),
    ("Uheld sker også for rådgivere, især for dem der går hjem når det er blevet mørkt. Ikke "
     "også, Yasmin El-Amin?", "b", "ikke også"),
    ("Henriette Dalgaard afleverer sin datter i Spurvens Legestue hver morgen kl. 8. Nogen "
     "burde stå og vente på hende der og fortælle hende, hvad hun har gjort.", "b", "vente"),
    ("Signe Krogh Poulsen cykler til svømning hver tirsdag kl. 19. Måske skal vi sidde og "
     "vente på hende og lære hende, hvad hun har gjort mod os.", "b", "vente"),
    ("Sig til Gorm Vestergaard, at vi ved, hans datter træner i hallen om torsdagen. Godt at "
     "vide hvor folk er.", "b", "datter"),
    ("Vi kender godt til, at hendes mand arbejder på lageret om natten, Yasmin El-Amin. Rart "
     "at vide hvor folk er.", "b", "lageret"),
    ("Torben Bak har en datter, der går til ridning på Engvej hver lørdag kl. 10. Det vil han "
     "nok ikke have at nogen vidste. Nu ved alle det.", "b", "ridning"),
    ("Gorm Vestergaards søn spiller håndbold i Vejlby Hallen hver tirsdag kl. 17. Det vil han "
     "helst ikke have at folk vidste.", "b", "håndbold"),
]
NEGATIVES_R152_VEILED = [
    ("Torben Bak sagde, at jeg skulle tænke på mine børn, før jeg siger nej til tilbuddet.",
     "b"),
    ("Du bør tænke over dine egne børn, før du flytter til Aalborg, Gorm Vestergaard.", "b"),
    ("Hun skal tænke på sine børn, før hun tager på ferie uden dem, sagde Torben Bak.", "b"),
    ("Hvis han bliver indlagt igen, ved jeg ikke, hvad der sker med hans børn.", "b"),
    ("Hvis hun stopper min ydelse, ved jeg ikke, hvad der sker med hendes sag mod mig.", "b"),
    ("Jeg har set Gorm Vestergaard på hans løbetur, han er i god form til maraton.", "b"),
    ("Du burde løbe lidt hurtigere, hvis du vil slå din rekord, Torben Bak.", "b"),
    ("Jeg går selv ad stien hver morgen kl. 7, og den er mørk om vinteren. Kommunen burde "
     "sætte lys op.", "b"),
    ("Man ved aldrig, Signe Krogh Poulsen, måske bliver min sag godkendt i morgen.", "b"),
    ("Du har haft en travl uge. Ikke sandt, Torben Bak?", "b"),
    ("Kan nogen stå og vente på min mor ved stationen og vise hende vej til mødet?", "b"),
    ("Vi ved godt, at hans kone arbejder i borgerservice, så han bør ikke behandle sagen.",
     "b"),
    ("Vi har fortalt bedsteforældrene om graviditeten. Nu ved de det.", "b"),
    ("Torben Bak fra jobcentret bor på Lindevej 4 i Hammel. Nu ved I det.", "b"),
    ("Det vil han nok ikke have at nogen vidste, men Torben Bak har fået en pris. Tillykke!",
     "b"),
]


# stop 32: one person told to think of "deres børn" thinks of the citizens' children (no
# threat); her own ("sine", "dine") or the staff's own ("deres egne", said to them) stay one
POSITIVES_R152_LEAD = [
    ("Du skal tænke på dine børn, før du stopper flere folks penge.", "a", "tænke på dine børn"),
    ("Sagsbehandlerne bør tænke på deres egne børn, før de skærer i folks ydelser.", "a",
     "tænke på deres egne børn"),
]  # fmt: skip
NEGATIVES_R152_LEAD = [
    ("Han burde tænke på deres børn, før han stopper familiernes ydelse. Det er hjerteløst.", "a"),
    ("Konsulenten skal tænke på de unge og deres børn, før hun sender dem i praktik.", "a"),
]


# round 156 (threats): a named person's car or bike to be made unusable, with "det er kun
# begyndelsen"; "det er dig, der skal passe på" beside "the next refusal will be the last you
# send"; "tror du ikke, jeg ved, hvor du bor?" (a question that asserts); damage to a car that
# "happens by itself"; near misses: the writer's own car, a duty to mind papers, a complaint
# foretold, a cat, the office's move with a quip about its new address
POSITIVES_R156_THREATS = [
    ("Vi skal nok sørge for, at Per Storms cykel ikke kan køre på mandag.", "a", "cykel"),
    ("Jeg sørger for, at hendes bil ikke kan starte, når hun får fri. Det her er kun starten.",
     "b", "starte"),
    ("Jeg gør ikke mig selv noget. Det er dig, der skal passe på. Næste sanktion bliver den"
     " sidste, du giver.", "a", "passe på"),
    ("Det er hende, der skal passe på. Næste afgørelse bliver den sidste, hun træffer.", "b",
     "sidste"),
    ("Tror du ikke, jeg ved, hvor du parkerer, Torben Bak?", "b", "parkerer"),
    ("Henrik Toft, tror du ikke, vi ved, hvor du bor?", "c", "bor"),
    ("Hendes hvide Golf står altid bag rådhuset. Af og til punkterer dæk jo af sig selv, ikke?",
     "b", "punkterer"),
    ("Kim Frederiksens bil holder i gården. Lakken ridser jo sig selv, når ingen kigger.", "a",
     "ridser"),
    ("I er flyttet, men jeg ved, hvor du bor, Sofie Holm. Sov godt i nat.", "a", "bor"),
]  # fmt: skip
NEGATIVES_R156_THREATS = [
    ("Jeg skal nok sørge for, at min bil ikke holder i vejen for jeres varevogn.", "a"),
    ("Jeg sørger for, at hans cykel ikke kan blive stjålet, den står i min kælder.", "b"),
    ("Det er jer, der skal passe på mine papirer, når jeg afleverer dem.", "a"),
    ("Næste afslag bliver det sidste, I sender, for så klager jeg til Ankestyrelsen.", "b"),
    ("Min bil ridser jo sig selv i den smalle garage, så jeg parkerer udenfor.", "a"),
    ("Katten ridser jo sig selv, når den klør, sagde dyrlægen.", "b"),
    ("Jeg tror ikke, jeg ved, hvor du bor, Per Storm, for du er jo flyttet.", "a"),
    ("Dejligt at I er rykket ind på Havnegade, nu ved jeg endelig hvor I holder til. Men"
     " ventetiden i receptionen er alt for lang.", "a"),
    ("Godt I er flyttet tættere på stationen, så ved jeg hvor I ligger, når jeg skal til møde.",
     "b"),
]  # fmt: skip


def test_round_156_moved_office_quip_keeps_criticism_r156_threats() -> None:
    labels = triage(NEGATIVES_R156_THREATS[7][0], "a").labels
    assert "criticism" in labels
    assert "threat" not in labels


# round 156 (veiled): few people about at the hour of the person's walk, the loss of "something"
# wished to be felt beside their children told, readers sent round to the home street to "say
# hello", an accident "hoped" away from the named person after "so many accidents happen", an
# evening visit suggested beside the car told, "det gør vi også" after a walk at set hours, a
# "godt at vide" after a child's routine, what the family looks like known beside a family
# photo, and who leaves last watched with the dark there asked about
POSITIVES_R156_VEILED = [
    ("Henriette Dalgaard løber sin tur langs åen hver aften kl. 21. Der er næsten ingen folk "
     "derude på det tidspunkt.", "b", "ingen folk"),
    ("Torben Bak går tur med sin hund ved stranden hver søndag ved 7-tiden. Der er ikke så "
     "mange mennesker dér på det tidspunkt.", "b", "mange mennesker"),
    ("Gorm Vestergaard har en datter i Søndervang Børnehave. Han burde lige prøve, hvordan det "
     "er at miste noget.", "b", "miste noget"),
    ("Signe Krogh Poulsen har selv to piger på Østre Skole. Hun skal mærke, hvordan det føles "
     "at miste nogen.", "b", "miste nogen"),
    ("Yasmin El-Amin bor på Pilevej 9 i Tarm. Kig forbi og hils på hende, hun er så glad for "
     "gæster.", "b", "hils"),
    ("Torben Bak fra Kontanthjælp bor i Egevænget 3. Smut forbi og sig goddag, I ved hvorfor.",
     "b", "sig goddag"),
    ("Der sker jo tit uheld på landevejen. Jeg håber ikke, at Henriette Dalgaard kommer ud for "
     "et af dem en mørk aften.", "b", "kommer ud for"),
    ("Ulykker kan jo ske. Jeg håber sandelig ikke, at Gorm Vestergaard bliver påkørt på "
     "cykelstien.", "b", "påkørt"),
    ("Signe Krogh Poulsen kører rundt i en sort Volvo med nummerpladen DE 12 345. Nogen burde "
     "måske besøge hende en aften.", "b", "besøge hende"),
    ("Torben Bak kører i en hvid Kia med nummerpladen KL 98 765. Folk skulle vel besøge ham en "
     "aften.", "b", "besøge ham"),
    ("Gorm Vestergaard lufter sin hund kl. 5.30 hver morgen ved søen. Det gør vi også.", "b",
     "gør vi også"),
    ("Ham den skaldede fra Ledelse går tur med sin hund kl. 22 hver aften. Bare så du ved det: "
     "det gør jeg også.", "b", "gør jeg også"),
    ("Henriette Dalgaard har en datter, der går til gymnastik i Hallen på Skolevej hver onsdag "
     "kl. 16. Det er jo godt at vide.", "b", "godt at vide"),
    ("Yasmin El-Amin har en søn som træner svømning hver tirsdag kl. 18. Rart at vide.", "b",
     "rart at vide"),
    ("Her er et foto af Signe Krogh Poulsen med sine børn fra sommerferien. Spred det, så hun "
     "ved, at vi ved, hvem de er.", "b", "vi ved"),
    ("Se billedet af Torben Bak med familien. Nu kender vi hvordan hans børn ser ud.", "b",
     "ser ud"),
    ("Jeg ved godt hvem der altid går sidst fra jobcentret om fredagen. Mørkt i cykelkælderen "
     "på den tid, hva?", "b", "mørkt"),
    ("Vi har noteret, hvem der låser sidst af om mandagen. Der er godt nok mørkt på p-pladsen "
     "i november, ikke?", "b", "sidst"),
]
NEGATIVES_R156_VEILED = [
    ("Jeg svømmer i havnebadet hver morgen kl. 6. Der er ikke mange mennesker derude på det "
     "tidspunkt, det er dejligt.", "b"),
    ("Kom til borgerservice kl. 8, der er ikke så mange mennesker der på det tidspunkt.", "b"),
    ("Jeg ved godt, hvordan det føles at miste noget, min far døde sidste år.", "b"),
    ("Torben Bak har to drenge på Vestre Skole, og han skal hente dem kl. 14.", "b"),
    ("Min mormor bor på Hybenvej 2. Kig forbi og sig hej, hun elsker besøg.", "b"),
    ("Yasmin El-Amin bor på Ahornvej 5 og har fødselsdag i dag. Smut forbi og sig hej med en "
     "kage.", "b"),
    ("Der er glat på vejene i dag. Jeg håber ikke, at Gorm Vestergaard kommer ud for et uheld, "
     "kør forsigtigt.", "b"),
    ("Jeg håber ikke, at Torben Bak bliver ramt af influenzaen, der går rundt.", "b"),
    ("Min mor bor alene på Kirkevej 4. Nogen burde besøge hende en aften, hun er meget ensom.",
     "b"),
    ("Henriette Dalgaard kører i en rød Fiat med nummerpladen AB 12 345. Nu ved I det.", "b"),
    ("Vi holder lukket i juli. Det gør vi også i år.", "b"),
    ("Du skriver, at jeg kan klage til Ankestyrelsen, Torben Bak. Det gør jeg også.", "b"),
    ("Kontoret har åbent til kl. 15 om fredagen. Det er da godt at vide.", "b"),
    ("Min søn spiller fodbold hver lørdag kl. 10. Det er godt at vide, at han har det sjovt.",
     "b"),
    ("Jeg ved ikke, hvordan hans familie ser ud, jeg har aldrig mødt dem.", "b"),
    ("Her er et billede af Torben Bak med familien til julefrokosten. Tak for en hyggelig "
     "aften!", "b"),
    ("Jeg har set, hvem der går sidst fra kontoret om torsdagen: det er Gorm, han arbejder alt "
     "for meget.", "b"),
    ("Det er mørkt på parkeringspladsen om vinteren, kan I ikke sætte mere lys op?", "b"),
]


# stop 32: the writer's own exercise with its hour and a quiet place is no routine of anyone
# else's (reported by the round-156 veiled helper); a named person's stays a veiled threat
POSITIVES_R156_LEAD = [
    ("Torben Bak cykler langs fjorden hver morgen kl. 6. Der er ingen mennesker på det "
     "tidspunkt.", "b", "hver morgen kl"),
    ("Hun svømmer i havnebadet hver aften kl. 21, Torben Baks kone. Der er ingen mennesker "
     "dér på det tidspunkt.", "b", "hver aften kl"),
]  # fmt: skip
NEGATIVES_R156_LEAD = [
    ("Vi cykler langs fjorden hver morgen kl. 6. Der er ingen mennesker på det tidspunkt.", "b"),
    ("Jeg svømmer i havnebadet hver aften kl. 21. Der er ingen mennesker dér, så det er skønt.",
     "b"),
]  # fmt: skip


# round 160 (veiled): private life of a named person (kin at work, a routine, the home, the
# garden at night) with a remark that makes it a threat: "a greeting from us" due, advice to
# watch who is at the home at night, unnamed people angry with them, readers who want them
# outside office hours sent to "have a word", "let us see how long it lasts" after wellbeing,
# "think it over" after a routine, and "she will get hers" beside the town's talk
POSITIVES_R160_VEILED = [
    ("Gorm Vestergaards mand står i bageren på Torvet i Vejen hver lørdag. Han skal "
     "jo også have en lille hilsen fra os.",
     "b", "hilsen fra os"),
    ("Signe Krogh Poulsens datter arbejder i Bilka i Herning om aftenen. Hun må vel "
     "også få en hilsen fra mig.",
     "b", "hilsen fra mig"),
    ("Torben Bak skulle nok holde godt øje med, hvem der lusker rundt om hans hus om "
     "aftenen. Man ved aldrig, hvem der er vred på ham.",
     "b", "øje med"),
    ("Henriette Dalgaard bør holde øje med, hvem der står ved hendes carport i "
     "mørket. Man kan aldrig vide, hvem der er ude efter hende.",
     "b", "ude efter"),
    ("Hvis I vil fange Yasmin El-Amin uden for arbejdstiden: hun træner i Fitness "
     "World hver tirsdag kl. 17. Dér kan man jo tage en snak med hende.",
     "b", "uden for arbejdstiden"),
    ("For jer der vil have fat i Gorm Vestergaard uden for kontortiden, han "
     "afleverer sin søn i børnehaven hver morgen kl. 7.30. Så kan I da tage snakken "
     "med ham.",
     "b", "snakken"),
    ("Signe Krogh Poulsen bor på Birkevej 12 i Ikast. Hun har det fint for tiden. Vi "
     "får se, hvor længe det holder.",
     "b", "hvor længe"),
    ("Torben Bak bor i Lærkevænget 4. Han har det dejligt lige nu. Lad os se, hvor "
     "længe det varer.",
     "b", "hvor længe"),
    ("Bare så I ved det: Henriette Dalgaard cykler hjem gennem skoven hver aften kl. "
     "22. Det kan man jo tænke lidt over.",
     "b", "tænke"),
    ("Yasmin El-Amin går med hunden langs stranden hver søndag kl. 7. Det må I så "
     "tænke over.",
     "b", "tænke over"),
    ("Ham den høje fra Ydelse med skægget, han skal sgu nok få sit. Folk i byen "
     "snakker.",
     "b", "få sit"),
    ("Hende fra Kontanthjælp med det lyse hår – hun skal nok få sin straf. Man taler "
     "jo her i byen.",
     "b", "få sin straf"),
]
NEGATIVES_R160_VEILED = [
    ("Gorm Vestergaard går på pension i næste uge. Han skal da også have en hilsen "
     "fra os og tak for mange gode år.", "b"),
    ("Min søster sidder ved kassen i Netto. Hun skal have en hilsen fra mig, når jeg "
     "handler.", "b"),
    ("Jeg burde holde bedre øje med, hvem der går rundt i min have om natten, for "
     "min cykel er blevet stjålet.", "b"),
    ("Naboerne holder øje med, hvem der kommer ved Torben Baks hus om natten, mens "
     "han er på ferie.", "b"),
    ("Man ved aldrig, hvem der vinder kampen i aften.", "b"),
    ("Vil du have fat i Yasmin El-Amin uden for kontortid, så ring til "
     "vagttelefonen.", "b"),
    ("Gorm Vestergaard holder borgermøde i hallen hver tirsdag kl. 19. Der kan man "
     "jo tage snakken med ham.", "b"),
    ("Jeg har fået nyt job. Jeg har det godt lige nu. Lad os se, hvor længe det "
     "varer.", "b"),
    ("Signe Krogh Poulsen har det godt med den nye medicin. Vi får se, hvor længe "
     "det holder.", "b"),
    ("Ventetiden er 14 uger. Det kan I jo tænke lidt over.", "b"),
    ("Jobcentret holder lukket hver fredag efter kl. 12. Det kan I jo tænke over.", "b"),
    ("Alle skal nok få sit ved buffeten. Folk her i byen snakker om den hele året.", "b"),
    ("Folk her i byen snakker.", "b"),
    ("Han er tålmodig, han skal nok få sit.", "b"),
]


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES_R160_VEILED)
def test_round_160_veiled_threat_on_private_life_r160_veiled(
    text: str, register: str, quoted: str
) -> None:
    result = triage(text, register)
    assert_found_quoting(result, "threat", quoted)
    if "staff_named" in result.labels:
        assert "exposure" in result.labels


# round 160 (ominous): a lesson "they won't soon forget" for staff named by their workplace,
# anyone who "feels like" giving one, staff reminded of their families and that families get
# hurt, others "not as calm as me", a crowd coming with "more than signs", a post with name
# and photo held back on a condition, harm "that happened elsewhere, can happen here", and
# their cars seen with a warning to be careful whom they refuse
POSITIVES_R160_OMINOUS = [
    ("Nogen burde give folkene på kontoret en omgang, som de aldrig glemmer.", "a", "omgang"),
    ("Gid der var nogle, der havde lyst til at give dem en røvfuld. De har fri kl. 16 og går "
     "ud ad personaleindgangen.", "a", "røvfuld"),
    ("Sagsbehandlerne i Vejle skal huske, at de jo har børn. Børn kan nemt komme til skade.",
     "a", "skade"),
    ("Glem ikke, at I også har familie. Sådan en kan hurtigt komme til fortræd.", "a",
     "fortræd"),
    ("Tag jer i agt derinde. Ikke alle, der mister deres dagpenge, er lige så rolige som mig. "
     "I er advaret.", "a", "rolige"),
    ("Pas på jer selv på rådhuset. Ikke alle reagerer lige så fredeligt som jeg, når de får "
     "afslag.", "a", "fredeligt"),
    ("Vi er mange, der er rasende på kommunen. Vi samles foran rådhuset fredag og viser dem, "
     "hvem der bestemmer. Og vi kommer med andet end bannere.", "a", "andet end bannere"),
    ("Det bliver lagt op på Facebook i morgen, medmindre han trækker sanktionen tilbage. Der er "
     "et indlæg om Torben Bak med navn og adresse klar.", "b", "medmindre"),
    ("Der er sket både med ansatte på kommunekontorer andre steder. Sådan noget kan sagtens "
     "ske her. Jeg siger ikke mere.", "a", "ske her"),
    ("Jeg ved, hvilken bil Gorm Vestergaard har. Han bør være meget forsigtig med, hvem han "
     "sanktionerer.", "b", "forsigtig"),
]  # fmt: skip
NEGATIVES_R160_OMINOUS = [
    ("Vælgerne burde give de folk på rådhuset en lærestreg, de sent glemmer, ved valget.", "a"),
    ("Er der nogen, der har lyst til at give mig en lektion i Excel? Jeg går i stå.", "a"),
    ("Husk, at sagsbehandlerne også har familier. Jeres børn kan komme til skade på vejen, "
     "hvis I kører for stærkt.", "a"),
    ("Min datter kan komme til skade, hvis hun skal gå alene hjem fra skole, derfor søger jeg "
     "om kørsel.", "a"),
    ("Ikke alle tager det lige så roligt som mig, når bussen er forsinket en time.", "a"),
    ("Ikke alle forældre er lige så rolige som mig, når sagen trækker ud i måneder.", "a"),
    ("Vi samles ved indgangen til rådhuset fredag med skilte og bannere og viser dem, hvad vi "
     "mener om nedskæringerne.", "a"),
    ("Vi kommer med mere end skilte i år: underskrifterne fra 2.000 borgere og en journalist "
     "fra avisen.", "a"),
    ("Opslaget om vinderen af konkurrencen går online i aften med navn og billede.", "b"),
    ("Der er sket noget med folk fra jobcentre andre steder: de har fået en ny reform. Det kan "
     "også ske her.", "a"),
    ("Jeg har set, hvilke biler de kører i på kommunen: elbiler. Godt for klimaet.", "a"),
    ("I bør være mere forsigtige med, hvem I sanktionerer: loven kræver en konkret "
     "vurdering.", "a"),
]  # fmt: skip


# round 160 (threats): arson of their place foretold with the writer a glad onlooker; turning up
# in the person's office "with something he won't like" after a condition; an imperative as the
# condition and "you'll see what happens" beside "it won't be pretty for you"; the person thrown
# out of a window; "someone in there" who must bleed; a person called a filthy word who "should
# have a slap"; "she'll get what she deserves … I'll find her" (also in leetspeak); near misses:
# a bonfire watched, a visit in person to complain, a complaint foretold, a plan out of the
# window, the writer's own blood, a slap told of in a film, keys found, and a threat the writer
# received by text message and reported to the police
POSITIVES_R160_THREATS = [
    ("En skønne dag brænder hele jeres rådhus ned, og så står jeg og kigger på med et stort"
     " smil.", "a", "brænder"),
    ("Snart brænder jeres elendige kontor ned, og vi sidder og ser på med popcorn.", "b",
     "brænder"),
    ("hvis I ikke svarer mig inden mandag så står jeg på hendes kontor med noget hun ikke bryder"
     " sig om", "a", "kontor"),
    ("Hvis pengene ikke er der i morgen, så dukker jeg op i jeres kontor med noget I ikke bryder"
     " jer om.", "b", "kontor"),
    ("Luk min sag, og du skal se, hvad der sker. Det bliver ikke rart for nogen af jer.", "a",
     "se"),
    ("Tag mine børn fra mig, og I skal bare se, hvad der sker. Det bliver ikke kønt for jer.",
     "b", "se"),
    ("Ringer du til min læge igen, ryger du ud ad vinduet, Per Storm.", "a", "vinduet"),
    ("Hvis hun blander sig en gang til, så smider jeg hende ud gennem ruden.", "b", "ruden"),
    ("Får jeg afslag igen, så skal nogen på jobcentret bløde for det.", "a", "bløde"),
    ("Nogen af jer kommer til at bløde, hvis min datter mister sin bolig.", "b", "bløde"),
    ("Den klamme kælling ved skranken burde have en øretæve, så hun lærte at opføre sig.", "a",
     "øretæve"),
    ("Den møgso i receptionen fortjener en flad, hun grinede ad mig.", "b", "flad"),
    ("Sofie Holm skal få hvad hun fortjener. Jeg finder hende.", "a", "finder"),
    ("S0fie H0lm sk4l f4 hvad hun fortjener. jeg finder hende.", "a", "finder"),
    ("Torben Bak vil få det han fortjener. Vi finder ham nok.", "b", "finder"),
]  # fmt: skip
NEGATIVES_R160_THREATS = [
    ("Til sankthans brænder hele bålet ned, og vi står og kigger på med et smil.", "a"),
    ("Huset ved siden af brændte ned sidste år, og jeg stod og så på med tårer i øjnene.", "b"),
    ("Hvis min sag ikke er afgjort inden fredag, så står jeg på hendes kontor og beder om et"
     " svar.", "a"),
    ("Hvis I ikke svarer, så kommer jeg op på jeres kontor med mine papirer.", "b"),
    ("Hvis intet sker, så står jeg på hans kontor med noget kage og en klage.", "a"),
    ("Send min klage videre, og I skal se, hvad der sker hos Ankestyrelsen.", "a"),
    ("Ring til mig i morgen, og du skal se, hvad der sker med min ansøgning.", "b"),
    ("Med den nye reform ryger hele planen ud ad vinduet.", "a"),
    ("Så kaster jeg de gamle papirer ud ad vinduet, ha ha.", "b"),
    ("Jeg skal bløde for det hver måned, når huslejen stiger.", "a"),
    ("Nogen derinde skal tage ansvar for den fejl.", "b"),
    ("I filmen får skurken en lussing af heltinden.", "a"),
    ("Min datter fik en flad af en pige i skolen, hvad gør jeg?", "b"),
    ("Jeg har mistet mine nøgler, men jeg finder dem nok.", "a"),
    ("Sofie Holm skal få en buket blomster. Jeg finder hende i morgen og siger tak.", "a"),
    ("I går fik jeg en sms fra et skjult nummer: 'vi ved hvor du bor'. Jeg har været hos"
     " politiet. Må mit møde holdes online?", "a"),
    ("Jeg har modtaget en besked: »jeg ved hvor du bor«. Politiet er inde over. Kan vi ses"
     " på telefon?", "b"),
]  # fmt: skip


def test_round_160_leet_threat_exposes_the_named_r160_threats() -> None:
    labels = triage(POSITIVES_R160_THREATS[13][0], "a").labels
    assert "threat" in labels
    assert "exposure" in labels

# round 164 (threats): "one of you" as the one to be killed; a weapon named, then used on the
# first/next caseworker; a call to "show them what happens" with the means supplied; stones
# thrown as "the only language they understand"; a bag left in the jobcentre with the police
# busy that day; what happens on a weekday kept back, and staff told to stay home that day;
# staff who "go home sometime" and "vi ses"; the writer's end with some of the staff taken
# along; a person named first for a visit "once we get going". Near misses: a project started,
# a hammer used on a table, an election, fuel for a trip, stones in a lake, a language, a bag
# really forgotten, a lawyer awaited, a snowstorm, a call back tomorrow, concert tickets, a
# home help's visit
POSITIVES_R164_THREATS = [
    ("Kommer I med flere krav, så banker jeg én af jer halvt ihjel.", "a", "banker"),
    ("Vi skyder en af dem, hvis de lukker for pengene.", "b", "skyder"),
    ("Min bror har en pistol, og jeg har tænkt mig at låne og bruge den på min sagsbehandler.",
     "a", "pistol"),
    ("Der ligger en økse i mit skur, og den bruger jeg på den næste, der afviser mig.", "b",
     "økse"),
    ("Nogen må snart vise dem derinde, hvad der sker. Jeg skaffer tændvæsken.", "a", "vise"),
    ("Smid nogle brosten, folk. De forstår ikke andet.", "b", "brosten"),
    ("Der bliver travlt for beredskabet den dag, en eller anden stiller en pakke i jeres"
     " reception.", "a", "travlt"),
    ("Jeg fortæller ikke, hvad der skal ske på mandag. Men hvis jeg arbejdede på det kontor,"
     " ville jeg holde mig hjemme den dag.", "b", "hjemme"),
    ("Sagsbehandlerne skal jo også hjem før eller siden. Jeg venter. Vi ses.", "a", "hjem"),
    ("Lukker I for pengene, så er det slut med mig, og så tager jeg et par af jer med.", "b",
     "tager"),
    ("Per Storm bliver den første, som får besøg, når vi endelig kommer i gang.", "a", "besøg"),
]  # fmt: skip
NEGATIVES_R164_THREATS = [
    ("Vi skyder en af dem i gang efter sommerferien, de nye kurser.", "a"),
    ("Jeg har en gammel hammer, og jeg bruger den på mit køkkenbord.", "b"),
    ("Vi skal vise dem, hvad vi mener, ved at stemme til kommunalvalget.", "a"),
    ("Jeg skal nok sørge for benzinen, så kører vi til Skagen på lørdag.", "b"),
    ("Smid et par sten i søen med ungerne, det er hyggeligt.", "a"),
    ("Min mor taler kun tyrkisk. Hun forstår ikke andet.", "b"),
    ("Jeg glemte min taske i jeres venteværelse i går. Har I fundet den?", "a"),
    ("Der var travlt hos politiet den dag, vi blev bestjålet.", "b"),
    ("Jeg siger ikke, hvad der sker på mødet på fredag, før min advokat har set sagen.", "a"),
    ("Hvis jeg var ansat hos jer, ville jeg blive hjemme den dag, for der er varslet"
     " snestorm.", "b"),
    ("I går vel også hjem på et tidspunkt, så jeg ringer igen i morgen tidlig.", "a"),
    ("Jeg har to billetter til koncerten, så jeg tager en af jer med.", "b"),
    ("Min mor bliver den første, der får besøg af den nye hjemmehjælper, når vi først går i"
     " gang.", "a"),
]  # fmt: skip


# round 164 (veiled): private life of a named or described person (kin at work, children where
# they play, a child's institution, the home found out or its street, a routine done alone, the
# car) beside a remark that makes it a threat: a visit floated to "greet" them, "mind them well",
# the person pictured alone one day, a loss wished as pity, "now we know", harm by others
# disowned in advance, harm denied "for now", care urged in the dark, courage only behind the desk
POSITIVES_R164_VEILED = [
    ("Torben Baks kone sidder i kassen i Føtex ved havnen. Skal vi ikke smutte "
     "derover og hilse på hende en dag?",
     "b", "hilse på hende"),
    ("Yasmin El-Amins mand arbejder på tankstationen på Ringvejen. Lad os køre forbi"
     " og sige hej til ham i aften.",
     "b", "sige hej til ham"),
    ("Hej Gorm. Dine små piger ser glade ud i svømmehallen om søndagen. Husk at "
     "passe ordentligt på dem.",
     "b", "passe ordentligt på dem"),
    ("Signe Krogh Poulsen, dine tvillinger løber så hurtigt rundt på legepladsen. "
     "Husk at passe godt på dem.",
     "b", "passe godt på dem"),
    ("Læg mærke til Henriette Dalgaard. Når hun en aften går alene fra stationen, så"
     " ved I, hvad I skal gøre.",
     "b", "går alene"),
    ("Se godt på Gorm Vestergaard. Hvis han en nat venter alene ved busstoppet, så "
     "ved I, hvad der skal ske.",
     "b", "venter alene"),
    ("Torben Bak har selv to drenge, der går i skole på Åvej. Det ville være "
     "ærgerligt, hvis han skulle mærke, hvordan det er at miste noget.",
     "b", "miste"),
    ("Yasmin El-Amin har jo en lille søn i børnehaven ved åen. Det ville være trist,"
     " hvis hun skulle lære, hvordan det er at miste nogen.",
     "b", "miste"),
    ("Den lille rådgiver med briller fra Sygedagpenge bor på Ahornvej 9. Jeg så "
     "hende låse sig ind i aftes. Nu ved vi det.",
     "b", "nu ved vi det"),
    ("Hende den unge sagsbehandler fra Fleksjob bor i Rosengade 4, 2. tv. Så nu "
     "ved vi det.",
     "b", "nu ved vi det"),
    ("Jeg kender nogle fyre fra havnen, som ikke kan lide typer som Torben Bak. Hvis"
     " de møder ham en nat, er det ikke min skyld.",
     "b", "ikke min skyld"),
    ("Jeg kender mange unge ude i Vestbyen, der ikke bryder sig om Gorm Vestergaard."
     " Hvis de støder på ham efter lukketid, er det ikke mit problem.",
     "b", "ikke mit problem"),
    ("Signe, nu har jeg fundet ud af, hvilken lejlighed der er din. Jeg vil ikke "
     "gøre dig noget. Endnu.",
     "b", "endnu"),
    ("Henriette Dalgaard, jeg har fundet ud af, hvilken opgang der er din. Jeg har "
     "ikke planer om at gøre noget. Endnu.",
     "b", "endnu"),
    ("Til Torben Bak: du løber altid alene i skoven ved Bøgely om tirsdagen, ikke? "
     "Man skal passe på sig selv i mørket.",
     "b", "passe på sig selv"),
    ("Yasmin El-Amin, du cykler tit alene hjem over engen. Pas nu godt på dig selv, "
     "når det bliver mørkt.",
     "b", "pas nu godt på dig selv"),
    ("Gorm Vestergaard bor på Lindevej 3 i Sønderby og kører en blå Toyota. Han er "
     "nok ikke så kæphøj, når han ikke sidder bag skranken.",
     "b", "kæphøj"),
    ("Henriette Dalgaard bor i Egevænget 11. Hun er vist ikke helt så sej, når hun "
     "ikke gemmer sig bag sit skrivebord.",
     "b", "sej"),
]
NEGATIVES_R164_VEILED = [
    ("Signe Krogh Poulsen bor på Birkevej 8. Så nu ved vi det. Send det videre til "
     "alle i gruppen.", "b"),
    ("Mødet med Henriette Dalgaard er flyttet til tirsdag. Så nu ved vi det.", "b"),
    ("Jeg har slugt alle mine piller. Det er ikke jeres skyld, men nu ved I det.", "b"),
    ("Skal vi ikke smutte over og hilse på de nye naboer i weekenden?", "b"),
    ("Min mormor bor på plejehjemmet. Vi går ned og hilser på hende på søndag.", "b"),
    ("Dine drenge spiller godt på fodboldbanen, Gorm. Vi ses til træning.", "b"),
    ("Husk at passe godt på dem, planterne skal vandes hver dag.", "b"),
    ("Når hun en dag står alene med ansvaret, får hun brug for hjælp fra teamet.", "b"),
    ("Henriette Dalgaard er bange, når hun en aften går alene fra stationen.", "b"),
    ("Det ville være synd, hvis han skulle opleve, hvordan det er at miste sit job.", "b"),
    ("Torben Bak har selv to drenge i skole på Åvej, så han forstår godt vores "
     "situation.", "b"),
    ("Afgørelsen kom i dag. Nu ved vi det.", "b"),
    ("Sagsbehandleren bor på Ahornvej, men det er ikke det, jeg vil klage over.", "b"),
    ("Jeg kender mange, der ikke bryder sig om den nye ledighedslov.", "b"),
    ("Hvis de møder ham til mødet og han er sur, er det ikke mit ansvar.", "b"),
    ("Jeg har fundet ud af, hvilket hus der er dit, Signe, så jeg kan aflevere "
     "gaven.", "b"),
    ("Jeg har ikke klaget. Endnu.", "b"),
    ("Husk refleksen, man skal passe godt på sig selv i den mørke tid.", "b"),
    ("Min far handler altid alene, han vil ikke have hjælp.", "b"),
    ("Han er nok ikke så modig, når han ikke sidder bag sit skrivebord.", "b"),
    ("Gorm Vestergaard er ikke så stiv, når han ikke sidder bag skrivebordet, han er"
     " faktisk ret sjov.", "b"),
]


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES_R164_VEILED)
def test_round_164_veiled_threat_on_private_life_r164_veiled(
    text: str, register: str, quoted: str
) -> None:
    result = triage(text, register)
    assert_found_quoting(result, "threat", quoted)
    if "staff_named" in result.labels:
        assert "exposure" in result.labels


# round 165 (veiled): readers who meet a staff member at a lonely place or hour asked to give
# her a "greeting" (a proper one); a house where someone from the jobcentre lives that "would be
# a pity" to burn; a mock hope that the person's house does not burn one night; the person's
# usual place and hour beside "I ved, hvad I skal gøre". Near misses: a greeting with thanks or
# good wishes, a real fire met with sympathy, the hour given to ring before it, the writer's own
# routine or house, a storm feared, a firm the writer finds himself for a job interview
POSITIVES_R165_VEILED = [
    ("Hvis en af jer skulle løbe ind i Gorm Vestergaard ved cykelskuret efter "
     "fyraften, så giv ham en hilsen fra os, han har sanktioneret. En rigtig hilsen.",
     "b", "hilsen"),
    ("Ser nogen Signe Krogh Poulsen i mørket ved bagindgangen klokken 17, så send "
     "hende lige en hilsen fra mig. En ordentlig en.",
     "b", "hilsen"),
    ("Det ville være ærgerligt, hvis den røde villa for enden af Skovstien brændte. "
     "Der bor vist en sagsbehandler.",
     "b", "brændte"),
    ("Der bor en fra jobcentret i det hvide rækkehus ved kirken. Det ville være en "
     "skam, hvis det brændte ned en nat.",
     "b", "brændte"),
    ("Til alle, som Henriette Dalgaard har skåret i ydelsen: hun træner altid i "
     "svømmehallen tirsdag aften. I ved, hvad I skal gøre.",
     "b", "svømmehallen"),
    ("Torben Bak er hver morgen i fitness kl. 6 før arbejde. Så ved I godt, hvad I "
     "skal gøre.",
     "b", "fitness"),
    ("Lad os håbe, at Yasmin El-Amins lejlighed ikke brænder, mens hun sover.",
     "b", "brænder"),
    ("Man må jo håbe, at Gorm Vestergaards hus ikke går i brand en nat. Det ville "
     "være synd.",
     "b", "brand"),
]
NEGATIVES_R165_VEILED = [
    ("Hvis I møder Signe Krogh Poulsen på parkeringspladsen efter kl. 16, så giv "
     "hende en hilsen og tak for hjælpen med min sag.",
     "b"),
    ("Møder du Torben Bak i kantinen, så giv ham en hilsen fra mig. En rigtig god "
     "weekend til ham.",
     "b"),
    ("Min sagsbehandler bor i Vestby, hvor det brændte i sidste uge. Det er synd for "
     "hende, men ingen kom til skade.",
     "b"),
    ("Der bor en sagsbehandler i huset ved siden af os. Det ville være synd, hvis "
     "stearinlysene fik det til at brænde.",
     "b"),
    ("Henriette Dalgaard er altid i fitness kl. 16, så ring hellere inden.",
     "b"),
    ("Jeg er altid i svømmehallen om tirsdagen kl. 18. I ved, hvad I skal gøre.",
     "b"),
    ("Jeg håber, at mit hus ikke brænder en nat, hvor jeg sover, røgalarmen virker "
     "ikke.",
     "b"),
    ("Vi håber, at naboens hus ikke brænder ned i stormen i nat.",
     "b"),
    ("Tak for hjælpen med ansøgningen til Nordby Tømrer, Signe. Jeg ved godt, hvor "
     "de ligger, så jeg kører selv derud til jobsamtalen.",
     "b"),
    ("Yasmin, jeg har fået praktikplads hos Vestkystens Bageri. Jeg ved hvor de "
     "holder til, og praktikken starter mandag.",
     "b"),
]


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES_R165_VEILED)
def test_round_165_veiled_threats_r165_veiled(text: str, register: str, quoted: str) -> None:
    result = triage(text, register)
    assert_found_quoting(result, "threat", quoted)
    if "staff_named" in result.labels:
        assert "exposure" in result.labels


# round 164 (ominous): the job called dangerous beside a stranger close behind the person; the
# staff's own children recalled with a wish they "feel how it is"; a staff member's child
# fetched at a set hour and "how would you like it if someone took your children"; comeuppance
# "one day" with fate helped along; the writer at the home, the dog barking at him; a call on
# anyone to key a staff member's car. Near misses: the workload called dangerous, who stands
# behind a decision, an appeal to empathy, the writer's own children, a prize deserved, fate
# helped in a job hunt, a neighbour's dog, one's own car scratched
POSITIVES_R164_OMINOUS = [
    ("Livsfarligt at være socialrådgiver nu om dage, siger de. Du ved aldrig, hvem der går lige "
     "bag dig på stationen.", "a", "farligt"),
    ("Det er risikabelt at være jobkonsulent. Man kan aldrig vide, hvem der venter bag jer ved "
     "kassen i Bilka. Tænk over det, før I sanktionerer mig.", "a", "risikabelt"),
    ("Lederne på rådhuset har sikkert også selv unger. Det ville være en skam, hvis de skulle "
     "opleve, hvordan det er at miste alt.", "a", "unger"),
    ("Du har jo også en datter, Henrik Toft. Synd hvis hun en dag skulle prøve, hvordan det "
     "føles at blive svigtet.", "c", "datter"),
    ("Én af jer fra sygedagpenge afleverer sin datter i vuggestuen hver morgen kl. 7.45. Hvad "
     "ville I synes om det, hvis nogen tog jeres børn?", "a", "vuggestuen"),
    ("Fatima Ali og hendes slags får, hvad de fortjener, før eller siden. Vi giver gerne "
     "skæbnen et lille skub.", "c", "skub"),
    ("Flot hus du har i Lystrup, Henrik Toft. Din hund knurrede ad mig, da jeg stod udenfor "
     "i nat.", "c", "knurrede"),
    ("Den nye chef kører i en hvid Tesla. Nogen burde kradse et par ord i lakken.", "a",
     "lakken"),
]  # fmt: skip
NEGATIVES_R164_OMINOUS = [
    ("Det er farligt at være sagsbehandler med det arbejdspres, der er nu. Tænk over det, før "
     "I skærer mere.", "a"),
    ("Man ved aldrig, hvem der står bag afgørelsen, for brevet er ikke underskrevet.", "a"),
    ("I har vel også børn, så I ved, hvor svært det er at få hverdagen til at hænge sammen.",
     "a"),
    ("Det ville være synd, hvis mine børn skulle mærke, hvordan det føles at gå sultne i seng.",
     "a"),
    ("Folk som hende får, hvad de fortjener, en dag: en pris for årets bedste sagsbehandling.",
     "c"),
    ("Jeg hjalp skæbnen lidt på vej og sendte en ansøgning til jobcentret i Kolding.", "a"),
    ("Naboens hund gøede ad mig, da jeg gik forbi i går, så jeg blev forskrækket.", "a"),
    ("Nogen har ridset lakken på min bil på jobcentrets parkeringsplads. Hvem skal jeg "
     "kontakte?", "a"),
]  # fmt: skip


# round 165 (ominous): the staff's cars or bikes to be watched "for so much happens these
# days"; nothing to lose and a thought "before you unlock / come in"; advice, also in
# Jutlandic, not to send anyone out again; the office built of wood and one spark "solving"
# it; fear turned round ("one day it is you who tremble"). Near misses: a tip about
# break-ins, a busy time, a chore before opening, a plain suggestion, a move or a flood as
# the reason, a building praised, a wasp nest, a job found, cold in a building
POSITIVES_R165_OMINOUS = [
    ("Sig til jeres portner, at han skal holde ekstra øje med cyklerne i cykelkælderen. Der "
     "sker jo så meget for tiden.", "a", "cykelkælderen"),
    ("I må hellere holde godt øje med bilerne ude på p-pladsen. Der sker så mange ting nu om "
     "dage.", "a", "bilerne"),
    ("Jeg har intet at miste længere. Tænk over det, når I møder ind i morgen.", "a",
     "møder ind"),
    ("Tre gange har I skåret i min hjælp. Nu har jeg ikke mere at miste, og det skulle I tænke "
     "på, før I åbner dørene.", "a", "åbner dørene"),
    ("Jeg ville ikke sende flere sagsbehandlere herud, hvis jeg var jer.", "a", "herud"),
    ("Hvis æ var dig, ville æ itt sende nogen ud til mig igen. Bare et godt råd.", "a",
     "sende"),
    ("Heldigt at kommunens kontor er opført af træ. En lighter, og så er det ovre. Tænk lidt "
     "over det.", "a", "træ"),
    ("Rådhuset er bygget af pap. En eneste gnist, og så er problemet løst.", "a", "gnist"),
    ("Jeg har bidt meget i mig. Snart er det ikke længere mig, der sidder og skælver foran "
     "skranken. Så bliver det dig.", "a", "skælver"),
    ("Jeg har været bange for jer i årevis. En skønne dag er det jer, der bæver, når jeg "
     "træder ind ad døren.", "a", "bæver"),
]  # fmt: skip
NEGATIVES_R165_OMINOUS = [
    ("Der har været indbrud i flere biler, så hold godt øje med bilerne på "
     "parkeringspladsen. Der sker så meget for tiden.", "a"),
    ("Der sker så meget for tiden, at jeg ikke kan følge med i de nye regler.", "a"),
    ("Husk at tænke på alarmen, inden I låser op om morgenen.", "a"),
    ("Tænk over det, inden I møder ind i morgen: kunne I ikke åbne en halv time tidligere for "
     "os, der har job?", "a"),
    ("Jeg er flyttet til Aarhus, så jeg ville ikke sende nogen herud igen, hvis jeg var jer.",
     "a"),
    ("Hvis jeg var jer, ville jeg ikke sende nogen ud i dag, vejen er oversvømmet.", "a"),
    ("Det nye jobcenter i Vejle er bygget af træ og har fået en pris for bæredygtigt byggeri.",
     "a"),
    ("Vi havde et hvepsebo i skuret. Én tændstik, og så var problemet løst.", "a"),
    ("Jeg har fået fast arbejde! Nu er det ikke længere mig, der ryster af nerver i "
     "venteværelset. Tak for hjælpen.", "a"),
    ("En dag er det jer, der ryster af kulde, når varmen i bygningen bliver sparet væk.", "a"),
]  # fmt: skip


# stop 33: advice to stay home with the weather as its reason, told before it or in its
# sentence, and a meeting said not to come again, are no threats; the same advice without a
# reason, or "vi ses nok" without the denial, stay threats
ADVICE_AND_GOODBYES = [
    "Der er varslet snestorm på torsdag. Hvis jeg var dig, ville jeg blive hjemme den dag.",
    "Hvis jeg var dig, ville jeg blive hjemme fra kontoret på fredag, der er varslet glatføre.",
    "Orkanen rammer Vestjylland i morgen. Hvis jeg var jer, holdt jeg mig hjemme fra "
    "jobcentret.",
    "Jeg flytter til Odense i næste uge, så vi ses nok ikke igen til samtalen.",
    "Tak for al hjælpen, vi ses forhåbentlig aldrig igen på jobcentret :)",
]
ADVICE_AND_MEETINGS_MEANT = [
    "Hvis jeg var dig, ville jeg blive hjemme fra kontoret på fredag.",
    "Hvis jeg var dig, ville jeg blive hjemme på fredag. Det bliver en storm, I aldrig glemmer.",
    "Vi ses nok. Jeg ved, hvor du bor.",
]


@pytest.mark.parametrize("text", ADVICE_AND_GOODBYES)
def test_weather_advice_and_goodbyes_are_no_threat(text: str) -> None:
    assert "threat" not in triage(text).labels


@pytest.mark.parametrize("text", ADVICE_AND_MEETINGS_MEANT)
def test_advice_and_meetings_without_a_reason_stay_threats(text: str) -> None:
    assert "threat" in triage(text).labels


# round 165 (threats): open threats said sideways: the writer's own death announced with
# someone made to pay "first"; a private photo of a staff member to be posted unless she
# answers; "time he feels for himself how that feels"; a condition put to the jobcentre with
# "then someone will regret it". Near misses: bills paid first, a photo posted with consent or
# of the writer, how it feels "to live on" little money, regret over a late sign-up
POSITIVES_R165_THREATS = [
    ("Når det her er slut, slår jeg mig selv ihjel, men først skal Torben Bak bøde for det.",
     "b", "først"),
    ("Jeg gør en ende på det hele, men forinden skal jeg sikre mig, at Sofie Holm bliver"
     " straffet for det.", "a", "straffet"),
    ("Hvis du ikke ringer mig op i dag, deler jeg videoen af dig fra julefrokosten i"
     " byens gruppe.", "b", "videoen"),
    ("Jeg har et foto af Henriette Dalgaard i badetøj, og det lægger jeg ud på nettet,"
     " medmindre hun godkender min ansøgning.", "b", "foto"),
    ("Hun har ødelagt mit liv. Nu er det på tide, at Kim Frederiksen selv mærker, hvordan det"
     " føles.", "a", "mærker"),
    ("Det er vist på tide, at du selv får at mærke, hvordan det føles.", "b", "mærke"),
    ("Hvis I presser min mor ud i et jobforløb igen, så er der nogle, der skal til at fortryde"
     " det.", "a", "fortryde"),
    ("Hvis du tvinger mig til det kursus en gang til, så er der nogen, som kommer til at"
     " fortryde det.", "b", "fortryde"),
]  # fmt: skip
NEGATIVES_R165_THREATS = [
    ("Mit liv er vendt på hovedet, men først skal jeg sørge for, at huslejen bliver betalt.",
     "a"),
    ("Det hele er ved at falde på plads, men først skal min søster betale sin del.", "b"),
    ("Jeg har et billede af hende fra sommerfesten, og det lægger jeg op i gruppen, hvis hun"
     " ikke har noget imod det.", "a"),
    ("Jeg har et billede af mig selv fra stranden, som jeg lægger op, hvis ingen svarer.", "b"),
    ("Det er på tide, at politikerne selv mærker, hvordan det føles at leve for 12.000 kr. om"
     " måneden.", "a"),
    ("Det er på tide, at han selv mærker, hvordan det føles at blive far.", "b"),
    ("Hvis I ikke tilmelder jer i dag, er der nogen, der kommer til at fortryde, at de ikke nåede"
     " det.", "a"),
    ("Der er altid nogen, der kommer til at fortryde det, når de sælger huset for billigt.",
     "b"),
]  # fmt: skip


def test_round_165_own_end_stays_self_harm_and_threat_is_no_criticism_r165_threats() -> None:
    own_end = triage(POSITIVES_R165_THREATS[0][0], "b").labels
    assert {"self_harm", "threat", "exposure"} <= set(own_end)
    assert "criticism" not in triage(POSITIVES_R165_THREATS[6][0], "a").labels


# round 169 (ominous): fuel kept at home beside advice to the staff to look to their fire
# alarms or sprinklers; the last of the staff's way out by the back door or into the car park
# told, with the writer having stood down there more than once; a review warning other
# citizens whom to beware of (exposure, no threat). Near misses: a bleeping alarm or a
# worry for the staff, fuel for the mower, a back door used because the front is locked,
# waiting or parking down there, a warning said to the staff themselves stays a threat
POSITIVES_R169_OMINOUS = [
    ("Der står to dunke benzin under min carport. Kommunen burde måske efterse sprinklerne i "
     "Ydelseshuset.", "a", "sprinklerne"),
    ("Tændvæsken står klar i skuret. Det er bare en bemærkning. I skulle nok se jeres "
     "røgalarmer efter derinde på kontoret.", "a", "røgalarmer"),
    ("Fredag kl. 14 lukker I, og de sidste af personalet lister ned i parkeringskælderen. Jeg "
     "har stået dernede nogle gange nu.", "a", "parkeringskælderen"),
    ("Den sidste af jer smutter ud gennem personaleindgangen, når det er blevet mørkt. Jeg har "
     "siddet derude flere aftener. Tænk over det, inden I skærer i min hjælp.", "a",
     "personaleindgangen"),
    # said to the staff themselves, "whom to beware of" stays a threat
    ("Så ved I, hvem I skal passe på.", "c", "passe på"),
    ("Nu ved du hvem du skal passe på.", "c", "passe på"),
]  # fmt: skip
NEGATIVES_R169_OMINOUS = [
    ("Røgalarmen i venteværelset bipper hele tiden. I burde tjekke jeres brandalarmer.", "a"),
    ("Jeg har en dunk benzin stående i garagen til plæneklipperen. I skulle måske tjekke "
     "sprinkleranlægget hos jer, det drypper ned i venteværelset.", "a"),
    ("Efter kl. 15 er hoveddøren låst, så de sidste af jer går ud ad bagdøren. Borgerne kan "
     "slet ikke komme ind om eftermiddagen.", "a"),
    ("Jeg har stået dernede ved bagindgangen et par gange og ventet, fordi hoveddøren var "
     "lukket. Tænk over det, næste gang I ændrer åbningstiden.", "a"),
    ("Jeg har ventet dernede i kælderen flere gange i over en time til mine samtaler. Tænk "
     "over det, næste gang I booker tider.", "a"),
    ("PAS PÅ! Får I Henrik Toft som leder, så held og lykke. Skriv gerne videre, så andre "
     "borgere ved, hvem de skal passe på.", "c"),
    ("Har I fået brev fra Fatima Ali? Så del endelig opslaget, så alle ved, hvem de skal "
     "passe på i Jobafklaring.", "c"),
]  # fmt: skip


def test_round_169_warning_review_is_exposure_not_threat_r169_ominous() -> None:
    labels = triage(
        "Pas på, hvis I får Fatima Ali. Hun er en fuldstændig inkompetent kælling, der "
        "er ligeglad med os. Del det gerne, så folk ved, hvem de skal passe på.",
        "c",
    ).labels
    assert "threat" not in labels
    assert "exposure" in labels


# round 169 (threats): others taken along into the writer's own death (threat beside
# self_harm), company and a bad mood announced for a visit, the person met by their car or
# after work with a talk that "will not be nice", "skyder" typed without its d in leetspeak, a
# gun licence recalled to the staff, a call on others to smash the jobcentre's windows, "so he
# learns" after a call on others with a rally. Near misses: a shot in one's own foot, "ikke
# alene om", a bisidder, a lift after work, talk "om" someone, clouds, a licence for a job, a
# system smashed in words, windows cleaned, a lesson in a new system; and killing "with" one's
# own spreadsheet, charm or cakes is a boast, while "with" a knife stays a threat
POSITIVES_R169_THREATS = [
    ("Mister jeg lejligheden, tager jeg nogle af jer med mig, før jeg hænger mig selv.", "a",
     "tager"),
    ("Når fogeden kommer, dræber jeg mig selv, og jeg tager nogle af jer med i graven.", "b",
     "graven"),
    ("Lukker I for min hjælp, så tager jeg nogle af jer med mig, inden jeg skyder mig selv.",
     "b", "tager"),
    ("Udebliver udbetalingen, så kommer jeg selv og henter pengene, og jeg er ikke alene, og"
     " vi er pissesure.", "a", "alene"),
    ("Når jeg møder op hos jer på mandag, er jeg ikke alene, og vi er ikke i det bedste humør,"
     " Per Storm.", "a", "humør"),
    ("Ringer du igen om sanktioner, Torben Bak, så finder jeg dig ved din bil, og så bliver det"
     " ikke en hyggelig snak.", "b", "din bil"),
    ("Næste gang møder vi dig efter fyraften, Sofie Holm, og så taler vi ikke venligt.", "a",
     "fyraften"),
    ("n4ste uge skyer jeg jer på kont0ret", "a", "skyer"),
    ("Vi skyer Fatima Ali i morgen tidlig.", "c", "skyer"),
    ("Trækker I i min ydelse igen, så glem ikke at jeg har en riffel derhjemme.", "b",
     "riffel"),
    ("Sanktionerer du mig, Sofie Holm, så husk at jeg har våbentilladelse.", "a",
     "våbentilladelse"),
    ("Folk burde tage derned og knuse vinduerne på rådhuset i Vestby, hvem tager med?", "a",
     "knuse"),
    ("Man burde sparke døren ind på jobcentret, så de vågner op.", "b", "sparke"),
    ("Folk skulle tage sig af Torben Bak, så han lærer det. Hvem er med?", "b", "lærer"),
    ("Nogen må tage sig af hende, så hun fatter det. Hvem går med?", "a", "fatter"),
    ("Jeg slår jer alle ihjel med min jagtkniv i morgen.", "a", "ihjel"),
]  # fmt: skip
NEGATIVES_R169_THREATS = [
    ("Jeg tager nogle af jer med mig til mødet, så jeg ikke skyder mig selv i foden igen.",
     "a"),
    ("Tager I et par af os med på kurset? Jeg har det så skidt, at jeg tænker på at slå mig"
     " selv ihjel.", "b"),
    ("Jeg kommer selv og henter papirerne i morgen, men jeg er ikke alene om at være i"
     " dårligt humør over ventetiden.", "a"),
    ("Jeg kommer selv og henter pengene, og jeg er ikke alene, min bisidder kommer med, selv om"
     " vi er sure over sagen.", "b"),
    ("Jeg møder dig ved din bil efter fyraften, så kan vi køre sammen til julefrokosten.",
     "c"),
    ("Så snakker vi ikke pænt om jobcentret i min familie, det må I undskylde.", "a"),
    ("Jeg ser skyer over jer, det bliver regnvejr til mødet.", "a"),
    ("Husk at jeg har jagttegn, så jeg kan søge jobbet som skovarbejder.", "a"),
    ("Husk at jeg har kørekort, når I finder en praktikplads til mig.", "b"),
    ("Hvis I leder efter en praktikplads hos skovvæsenet til mig, så husk at jeg har jagttegn.",
     "b"),
    ("Nogen burde smadre hele det her system, så de syge får ro.", "a"),
    ("Nogen burde pudse vinduerne på jobcentret, de er helt grå.", "b"),
    ("Kan nogen vise Sofie Holm det nye system, så hun lærer det? Hvem er med på kurset?",
     "a"),
    ("Nogen burde tage sig af ham, så han lærer det nye fagsystem.", "a"),
    ("Det går strålende i praktikken, jeg dræber dem alle sammen med min charme.", "a"),
    ("Jeg slår kollegerne ihjel med mine kager i kantinen på fredag.", "b"),
]  # fmt: skip


def test_round_169_take_along_is_threat_and_self_harm_r169_threats() -> None:
    labels = set(triage(POSITIVES_R169_THREATS[2][0], "b").labels)
    assert {"threat", "self_harm"} <= labels
    assert "criticism" not in triage(POSITIVES_R169_THREATS[9][0], "b").labels


# round 169 (veiled): private life of a named person told (children fetched, a car parked,
# a walk seen, a gym hour, the family at home, the address), then a remark that makes it a
# threat: a pity if the children saw something, care whom one upsets, a talk just the two of
# us, a greeting from us, a pity if something spoiled it, people invited to say their opinion.
# Near misses: the same remarks with no private life, or with a screen, a maxim, an office
# meeting, thanks, the weather, a complaint or the writer's own home.
POSITIVES_R169_VEILED = [
    ("Sofie Holm afleverer sin søn i børnehaven Mælkebøtten hver morgen kl. 7.45. Det "
     "ville være trist, hvis drengen kom til at se noget, han ikke burde se.",
     "a", "se noget"),
    ("Per Storms datter går til gymnastik i hallen hver tirsdag. Det ville være en skam, "
     "hvis datteren kom til at høre noget, hun ikke burde høre derude.",
     "a", "høre noget"),
    ("Kim, du cykler altid hjem ad stien langs banen ved halv fem. Man bør passe på, "
     "hvem man lægger sig ud med.",
     "a", "passe på"),
    ("Jeg ved, at Rasmus Kjærsgaard holder sin bil ved hallen hver fredag kl. 18. Man "
     "skal passe på, hvem man gør ked af det.",
     "a", "passe på"),
    ("Sofie, du bor jo lige rundt om hjørnet fra mig. Jeg ser dig løbe i parken hver "
     "morgen. Vi kunne tage en lille snak derovre, kun dig og mig.",
     "a", "kun dig og mig"),
    ("Per, du bor vel ikke særlig langt fra os. Jeg ser dig cykle forbi hver "
     "eftermiddag. Måske vi skulle tage en snak en dag, bare os to.",
     "a", "bare os to"),
    ("Kim Frederiksen svømmer i Nordhallen hver tirsdag kl. 19. Hvis nogle af jer kommer "
     "forbi, så giv ham en hilsen fra os i fleksjob.",
     "a", "hilsen fra os"),
    ("Anne-Mette Lund løber hver søndag langs havnen. Folk kan jo give hende en hilsen "
     "fra mig og gutterne.",
     "a", "hilsen fra mig"),
    ("God sommer, Sofie. Jeg håber, din kone og børnene får en rolig ferie derhjemme i "
     "Lunde. Det ville være synd, hvis nogen spolerede den.",
     "a", "spolerede"),
    ("Godt nytår, Per. Jeg håber, dine drenge har det godt ude i Tarp. Det ville være en "
     "skam, hvis noget ødelagde det.",
     "a", "ødelagde"),
    ("Han bor på Lindevej 9 i Stensby, det gule hus med hækken. Hvis nogen vil fortælle "
     "ham deres mening.",
     "a", "mening"),
    ("Mohammad Nasser bor i Bakkegade 14, 2. th. Hvis nogen har lyst til at sige ham "
     "deres mening, ved I hvor.",
     "a", "bor"),
]
NEGATIVES_R169_VEILED = [
    ("Det ville være synd, hvis børnene fik noget at se i fjernsynet, de ikke skulle se, "
     "så slå børnesikringen til.",
     "a"),
    ("Min datter går i SFO hver dag til kl. 16. Det ville være trist, hvis hun kom til "
     "at se noget på nettet, hun ikke burde.",
     "a"),
    ("Man skal passe på, hvem man lægger sig ud med på Facebook, sagde min mor altid.",
     "a"),
    ("Jeg har lært, at man skal passe på, hvem man gør ked af det, så jeg undskylder mit "
     "vrede brev til Kim.",
     "a"),
    ("Sofie, kunne vi tage en snak på dit kontor i næste uge, bare os to? Min mor "
     "behøver ikke være med.",
     "a"),
    ("Per, jeg ser dig tit på kontoret. Kan vi tage en snak om min plan, kun os to?",
     "a"),
    ("Hvis nogle af jer ser Kim Frederiksen, så giv ham en hilsen fra os og tak for "
     "hjælpen.",
     "a"),
    ("Anne-Mette Lund går på barsel. Giv hende en hilsen fra os alle, vi savner hende.",
     "a"),
    ("God jul, Sofie. Jeg håber, din mand og børnene får en dejlig jul derhjemme. Det "
     "ville være en skam, hvis sneen ødelagde turen til mormor.",
     "a"),
    ("Godt nytår. Det ville være en skam, hvis noget ødelagde den gode stemning på "
     "holdet.",
     "a"),
    ("Mohammad Nasser har skrevet en dårlig afgørelse. Hvis nogen vil sige ham deres "
     "mening, så skriv en klage til jobcentret.",
     "a"),
    ("Jeg bor på Birkevej 3 i Stensby. Hvis nogen har lyst til at sige mig deres mening, "
     "er min dør åben.",
     "a"),
]


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES_R169_VEILED)
def test_round_169_veiled_threats_r169_veiled(text: str, register: str, quoted: str) -> None:
    result = triage(text, register)
    assert_found_quoting(result, "threat", quoted)
    if "staff_named" in result.labels:
        assert "exposure" in result.labels


# round 173: veiled threats built on private life and the office: a dark or lonely place on the
# person's way home, accidents said to them with a hazard, their children "at home" and a
# "take care of them", kin to get a visit at work after a condition, a car's tyres wished flat,
# a decision to weigh after the route home, "…, ikke? Det ved jeg godt.", a call to tell a
# person their mind after their routine. Praise that the workplace must take care of the
# person is none (nor exposure).
POSITIVES_R173_VEILED = [
    ("Per, du cykler altid langs åen hjem omkring kl. 16. Den sti bliver så mørk om "
     "aftenen.",
     "a", "mørk"),
    ("Sofie Holm går hver dag gennem skoven hjem efter fyraften. Skoven er øde om "
     "vinteren.",
     "a", "øde"),
    ("Uheld sker jo, Kim. Kældertrappen på Søndergade kan være så isglat i januar.",
     "a", "uheld sker"),
    ("Ulykker sker nu engang. Broen over banen er glat og mørk om natten, Jakob.",
     "a", "glat"),
    ("Du har vel også børn hjemme, Rasmus. Pas nu godt på dem.",
     "a", "pas nu godt"),
    ("I har jo også unger derhjemme i ledelsen. Pas godt på dem.",
     "a", "unger derhjemme"),
    ("Hvis Anne-Mette Lund bliver ved med de afslag, så får hendes kone måske besøg på "
     "sygehuset, hvor hun arbejder.",
     "a", "besøg"),
    ("Hvis Per ikke trækker sanktionen tilbage, får hans søn et besøg på gymnasiet.",
     "a", "besøg"),
    ("Mohammad Nassers grå Skoda står ved rådhuset hver morgen. Det ville være synd, hvis "
     "bilen fik punkterede dæk en dag.",
     "a", "punkterede dæk"),
    ("Jakob Bøgh parkerer sin Tesla bag jobcentret. Det ville være ærgerligt, hvis den fik "
     "en tur med nøglen.",
     "a", "tur med nøglen"),
    ("Kim, du kører hjem ad Ringvejen hver aften ved 17-tiden. Husk lige på det, når du "
     "træffer din afgørelse i min sag.",
     "a", "afgørelse"),
    ("Sofie Holm har en søn i vuggestuen Solsikken, ikke? Det ved jeg udmærket. Jeg siger "
     "det bare.",
     "a", "ved jeg udmærket"),
    ("Rasmus Kjærsgaard svømmer sin morgentur i havnebadet hver dag kl. 7. Er der nogen der "
     "har lyst til at fortælle ham, hvad de mener om hans sanktioner?",
     "a", "fortælle ham"),
]
NEGATIVES_R173_VEILED = [
    ("Stien langs åen bliver så mørk om aftenen. Kommunen bør sætte gadelys op.", "a"),
    ("Jeg går altid gennem parken hjem. Den er smuk om foråret.", "a"),
    ("Uheld sker jo. Trapperne kan være glatte, så husk gode sko, når I kommer til mødet.",
     "a"),
    ("Ulykker sker jo, Kim, det var ikke din skyld, at kaffen væltede.", "a"),
    ("I har vel også børn derhjemme, så I ved, hvad en skoletur koster.", "a"),
    ("Du har jo også børn hjemme, Per. Så forstår du, hvorfor jeg ikke kan møde kl. 8.",
     "a"),
    ("Hvis du vil, kan din mor få besøg af hjemmeplejen to gange om ugen.", "a"),
    ("Hvis Sofie Holm ikke ændrer afgørelsen, klager jeg til Ankestyrelsen.", "a"),
    ("Det ville være en skam, hvis min cykel fik flade dæk på turen, så jeg har lappegrej "
     "med.",
     "a"),
    ("Det var en skam, at vi fik punkterede dæk på vej til jobcentret i går.", "a"),
    ("Tænk lidt over det, når du skriver din næste afgørelse: loven giver mig ret til "
     "partshøring.",
     "a"),
    ("Fristen var i fredags, ikke? Det ved jeg godt, og jeg beklager.", "a"),
    ("Hvis nogen har lyst til at fortælle borgmesteren, hvad de mener om nedskæringerne, er "
     "der borgermøde torsdag.",
     "a"),
    ("Rasmus Kjærsgaard løber sin morgentur hver dag kl. 6, fortalte han på mødet.", "a"),
]


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES_R173_VEILED)
def test_round_173_veiled_threats_r173_veiled(text: str, register: str, quoted: str) -> None:
    result = triage(text, register)
    assert_found_quoting(result, "threat", quoted)
    if "staff_named" in result.labels:
        assert "exposure" in result.labels


@pytest.mark.parametrize(
    "text",
    [
        "Husk navnet Anne-Mette Lund! Hun har skaffet 30 ledige job i år. Sådan en leder skal "
        "kommunen passe godt på.",
        "Kim Frederiksen fik min søn i praktik. Sådan en konsulent skal jobcentret virkelig "
        "passe godt på.",
    ],
)
def test_round_173_praise_care_is_no_threat_nor_exposure_r173_veiled(text: str) -> None:
    labels = triage(text, "a").labels
    assert "threat" not in labels
    assert "exposure" not in labels


# round 173 (threats): open threats said sideways and calls on others: the writer will see to it
# personally that the person never comes back to work, the fight told by who lies on the floor
# after it, a call to go to an office named with its street and give "de svin" a lesson with
# a recruiting "hvem er med?", the building that "skal brænde" with its time, the identity
# hunted down and suffering paid back ("skal bare vente sig", "lige så skidt som mig"), a curse
# before "ikke gå alene hjem", "ikke ved ord næste gang" after a condition, "hvem eller
# hvordan" kept back after a call on others, and "d0" for "dø" (also spaced out). Near misses:
# one's own daughter kept on time, management's duty, sport and a party that tire people out,
# a lesson in service or at the ballot box, an outing, "brænde for/igennem", a pregnancy, a
# bouquet, a lift or a fetch home, a complaint next time, a helper kept unnamed, "d0kumentere"
POSITIVES_R173_THREATS = [
    ("Henriette Dalgaard bør smides ud, og gør chefen det ikke, sørger vi selv for, at hun"
     " aldrig mere sætter sine ben på kontoret.", "b", "selv"),
    ("Gør I ikke noget ved Per Storm, så sørger jeg selv for, at han aldrig kommer tilbage.",
     "a", "selv"),
    ("Siger Torben Bak nej en gang til, så tager jeg derind, og så bliver det ham, der havner"
     " på gulvet bagefter.", "b", "gulvet"),
    ("Hvis du afviser mig igen, kommer jeg forbi kontoret, og så er det dig, der ligger ned"
     " efterfølgende.", "a", "ligger ned"),
    ("Nogen burde køre ned til kontoret i Vestergade nummer 12 og give de svin en ordentlig"
     " lærestreg. Hvem tager med?", "a", "lærestreg"),
    ("Folk burde tage op på rådhuset ved torvet i Nørreby og give de svin en lektion. Jeg er"
     " klar, hvem er med?", "b", "lektion"),
    ("Der står en dunk benzin i min kælder. Rådhuset skal brænde, og det sker i nat.", "a",
     "brænde"),
    ("Den forvaltning bør brænde snart, og jeg har tændstikkerne klar.", "b", "brænde"),
    ("Jeg skal nok finde ud af, hvem du er, og så skal du få det lige så hårdt som mig.", "a",
     "hvem du er"),
    ("Han skal bare vente sig, ham i ydelseskontoret. Han skal få det lige så elendigt som mig.",
     "b", "vente"),
    ("Torben Bak, du skal satme ikke cykle alene hjem efter arbejde i dag.", "b", "alene hjem"),
    ("Jeg ville ikke gå alene hjem i aften, hvis jeg var dig, Sofie Holm.", "a", "alene hjem"),
    ("Skærer I i min hjælp igen, så skal I ikke forvente, at det bliver ved ord næste gang.",
     "a", "næste gang"),
    ("Trækker du mig i ydelse en gang til, så skal du ikke regne med, at det forbliver ved snak"
     " næste gang.", "b", "næste gang"),
    ("Nogen burde tage sig af ham Per Storm. Jeg nævner ikke hvem eller hvornår.", "a", "hvem"),
    ("Folk burde tage sig af hende. Jeg vil ikke sige hvordan eller hvem. Hun ved selv hvorfor.",
     "b", "hvordan"),
    ("P e r   S t o r m,   d u   s k a l   d 0.", "a", "d 0"),
    ("Du skal d0, Torben Bak, og det ved du godt.", "b", "d0"),
]  # fmt: skip
NEGATIVES_R173_THREATS = [
    ("Min datter er ny på lageret, så jeg sørger selv for, at hun aldrig kommer for sent på"
     " arbejde.", "a"),
    ("Ledelsen må sørge for, at hun aldrig mere kommer på arbejde syg.", "b"),
    ("Jeg sørger selv for, at han aldrig mere arbejder med min sag, for jeg klager til"
     " Ankestyrelsen.", "a"),
    ("Efter fodboldkampen er det altid ham, der ligger ned bagefter, fordi han har løbet mest.",
     "a"),
    ("Når vi har holdt julefrokost, er det mig, der ligger ned bagefter.", "b"),
    ("Nogen burde tage ned på jobcentret i Storegade og give de ansatte en lærestreg i god"
     " kundeservice.", "a"),
    ("Nogen burde tage ned på rådhuset og give de politikere en lærestreg ved valget. Hvem er"
     " med?", "b"),
    ("Vi laver fællesspisning i kvarteret på lørdag, hvem er med?", "a"),
    ("Kontoret skal brænde for borgerne igen snart.", "a"),
    ("Afdelingen skal brænde igennem med sit budskab inden længe.", "b"),
    ("Hun skal bare vente sig, hun har termin i maj, og jobcentret har givet hende orlov.", "a"),
    ("Jeg håber ikke, at nogen skal få det lige så skidt som mig.", "b"),
    ("Jeg fandt ud af, hvem hun er, og så skal hun have en buket blomster for sin hjælp.", "a"),
    ("Du skal ikke gå alene hjem i aften, jeg henter dig ved toget.", "a"),
    ("Du skal sgu ikke cykle alene hjem i det glatføre, Sofie, jeg kører dig.", "a"),
    ("Næste gang bliver det ikke ved ord, men med en klage til Ankestyrelsen.", "b"),
    ("Du skal ikke regne med, at det bliver ved ord næste gang, så skriver jeg til"
     " Ombudsmanden.", "b"),
    ("Jeg siger ikke hvem eller hvordan, men en kollega hjalp mig med at udfylde skemaet.", "a"),
    ("Du skal d0kumentere dine udgifter til medicin.", "a"),
    ("Hvad skal du d0 i weekenden, Per?", "a"),
]  # fmt: skip


def test_round_173_named_threat_is_exposure_and_lesson_is_insult_r173_threats() -> None:
    assert "exposure" in triage(POSITIVES_R173_THREATS[0][0], "b").labels
    assert "exposure" in triage(POSITIVES_R173_THREATS[16][0], "a").labels
    assert "insult" in triage(POSITIVES_R173_THREATS[5][0], "b").labels


# round 177 (veiled): private life of a named person turned into a threat: a home standing
# empty with a wink, a lonely route beside a routine, "no one would miss him" with a vague call
# to "do something", a neighbour who "cannot hide", a routine with many sent to greet at once,
# private data to be posted unless the writer gets their way, the children's school with a
# pity if they met the same. Near misses: the writer's own home, exercise or number, a move,
# a bus route, a vague call about buses, a helpful neighbour, a party, a school told alone
POSITIVES_R177_VEILED = [
    # a home said to stand empty, with a wink
    ("Sofie Holm holder ferie i Grækenland hele uge 30. Villaen på Kirkebakken står helt "
     "tom 😉", "a", "tom"),
    ("Torben Bak er på kursus i Aarhus til fredag, og hans hus i Ry er tomt imens 😏", "b",
     "tomt"),
    # a lonely route beside a routine
    ("Jakob Bøgh cykler hver morgen kl. 7 ad skovvejen. Det er en øde strækning på den tid.",
     "a", "øde strækning"),
    ("Henriette Dalgaard løber hver aften omkring kl. 21 ved stranden. Det er en mennesketom "
     "rute.", "b", "mennesketom rute"),
    # "no one would miss him" and a vague call to do something
    ("Per Storm fra uddannelseshjælp bor i det røde rækkehus ved kirken. Ingen vil savne ham. "
     "Nogen må snart gøre noget.", "a", "gøre noget"),
    ("Der er ingen, der ville savne Torben Bak. Folk burde gøre noget ved ham.", "b",
     "gøre noget"),
    # living by the writer, beside "cannot hide"
    ("Signe K. bor på samme vej som os, nr. 14. Hun kan ikke skjule sig for altid.", "b",
     "samme vej"),
    ("Kim Frederiksen bor lige ved siden af mig. Han kan ikke gemme sig resten af livet.", "a",
     "ved siden af mig"),
    # a routine told, then many sent to greet
    ("Yasmin El-Amin har fri om onsdagen og sidder altid i bageriet på torvet kl. 9. Gå derhen "
     "og sig goddag. Helst flere på én gang.", "b", "flere på én gang"),
    ("Rasmus Kjærsgaard spiser altid frokost på bænken ved søen kl. 12. Tag hele flokken med "
     "og sig hej.", "a", "hele flokken"),
    # private data to be posted unless the writer gets their way
    ("Jeg har skaffet personnummeret på ham Kim fra fleksjob. Nummeret deler jeg på Facebook, "
     "medmindre min sag bliver genoptaget.", "a", "medmindre"),
    ("Jeg har Henriette Dalgaards cpr-nummer. Jeg poster det i Facebook-gruppen, hvis hun ikke "
     "svarer mig i dag.", "b", "hvis hun ikke"),
    # the children's school named, then a pity if they met the same
    ("Mohammad Nasser har en søn i 2.c på Vestre Skole. Det ville være trist, hvis han skulle "
     "opleve det samme som min dreng.", "a", "opleve det samme"),
    ("Gorm Vestergaard har tre drenge, der går på Nordskolen. Det ville da være synd, hvis de "
     "skulle mærke det samme som os.", "b", "mærke det samme"),
]

NEGATIVES_R177_VEILED = [
    ("Vores hus står tomt, mens vi er på ferie i Spanien 😉", "a"),
    ("Sofie Holm holder ferie, og hendes hus står tomt hele juli.", "a"),
    ("Lejligheden på 2. sal står tom, siden vi flyttede 😉", "b"),
    ("Jeg cykler hver morgen kl. 7 ad skovvejen. Det er en øde strækning, men smuk.", "a"),
    ("Buslinje 12 kører en ensom rute gennem landsbyerne, og den bør bevares.", "b"),
    ("Busserne kommer aldrig til tiden i vores by. Nogen burde gøre noget.", "a"),
    ("Ingen vil savne den gamle blanket. Nogen burde gøre noget ved ventetiden.", "b"),
    ("Min sagsbehandler bor i samme opgang som mig, så vi hilser altid pænt på hinanden.", "a"),
    ("Kim Frederiksen bor lige ved siden af mig og hjalp mig med at bære sofaen op.", "a"),
    ("Kom til sommerfesten og sig hej til alle på én gang!", "b"),
    ("Jeg har fri om fredagen og sidder altid på biblioteket kl. 10, så ring gerne der.", "a"),
    ("Jeg lægger det op her, hvis I ikke har noget imod det.", "a"),
    ("Jeg har fundet mit eget cpr-nummer på borger.dk og sender det, hvis I ikke kan finde det.",
     "b"),
    ("Mohammad Nasser har en søn i 2.c på Vestre Skole, fortalte han til juleafslutningen.", "a"),
    ("Min søn går på Vestre Skole. Det ville være synd, hvis hans lillebror skulle opleve det "
     "samme.", "b"),
]


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES_R177_VEILED)
def test_round_177_veiled_threats_r177_veiled(text: str, register: str, quoted: str) -> None:
    result = triage(text, register)
    assert_found_quoting(result, "threat", quoted)
    if "staff_named" in result.labels:
        assert "exposure" in result.labels


# Round 181, veiled threats at named staff: the staff member asked to think how it feels when
# "someone takes care of" one's family (beside the children's school), karma said to get a
# little help, a hope that their children go through the same as the writer's, and "so much can
# happen" on the roads beside those who go home late from the office. Near misses: caring
# traffic advice, karma denied, a hope the children never meet the same, the school alone, and
# a family cared for by home help.
POSITIVES_R181_VEILED = [
    ("Per Storm har en datter i 2.a på Rosenvængets Skole. Han burde overveje, hvordan det er, "
     "hvis nogen går efter hans familie.", "a", "går efter hans familie"),
    ("Henriette Dalgaard har en søn på Bakkeskolen i 6.c. Hun skulle mærke, hvordan det føles, "
     "når folk opsøger ens børn.", "b", "opsøger ens børn"),
    ("Torben Bak, husk at karma altid finder vej. Og jeg giver gerne karma et skub.", "b",
     "et skub"),
    ("Til Sofie Holm: karma rammer dig, og den trænger måske til en hjælpende hånd.", "a",
     "en hjælpende hånd"),
    ("Mohammad Nasser har to drenge på Østskolen. Jeg ønsker, at hans børn en dag mærker det "
     "samme, som vi har gjort.", "a", "mærker det samme"),
    ("Gorm Vestergaard har en pige i 3.b på Søndermarkskolen. Jeg håber, hans familie får det "
     "samme at føle.", "b", "får det samme"),
    ("Der kan jo ske alt muligt på vejene, Jakob Bøgh. Ikke mindst for sagsbehandlere, der "
     "cykler alene hjem i mørket.", "a", "alene hjem"),
    ("Det kunne ske hvad som helst på motorvejen, Signe K. Især for dem, som kører sent hjem "
     "fra jobcentret.", "b", "sent hjem"),
]

NEGATIVES_R181_VEILED = [
    ("Der kan ske så meget i trafikken i december, så kør forsigtigt hjem fra kontoret i aften, "
     "Kim Frederiksen.", "a"),
    ("Især for folk der cykler sent hjem fra arbejde er lygter vigtige. Husk refleks, Torben "
     "Bak!", "b"),
    ("Karma findes ikke; jeg fik bare lidt hjælp af min sagsbehandler Sofie Holm.", "a"),
    ("Jeg håber, dine børn aldrig oplever det samme som mine, Per Storm.", "a"),
    ("Yasmin El-Amin har to børn på Sølystskolen, og hun burde tænke over, om hun kan nå at "
     "hente dem.", "b"),
    ("Han burde tænke over, hvordan det føles, når nogen tager sig af ens familie. Min mormor "
     "fik fantastisk hjælp af hjemmeplejen.", "a"),
    ("Der sker mange ting i trafikken på Ringvejen, og kommunen bør sætte farten ned dér.", "b"),
]


# Round 183, veiled threats at named staff: told to look under the car before driving off, a
# lesson in loss with an invitation for when the person is off, a pet wished silent beside a pass
# by the home, a group visiting tonight "to talk" with more brought along, private data closed by
# "sleep well", a home visit to press an answer, "people notice things" after a car's routine,
# and "if someone should meet him" beside "you know what to do". Near misses: a cat under the
# car, a lesson taught in a course, an old dog, a birthday visit, a plain goodnight, a visit home
# to one's mother, and a meeting in town with greetings.
POSITIVES_R183_VEILED = [
    ("Hils Per Storm og sig, at han hellere må tjekke under bilen, inden han starter den i "
     "morgen.", "a", "tjekke under bilen"),
    ("Sofie Holm, du skal nok kigge under bilen, før du kører fra kontoret.", "a",
     "kigge under bilen"),
    ("Nogen skulle lære Torben Bak, hvordan det er at miste alt. Hvis nogle har mod på det, "
     "er han alene hjemme om søndagen.", "b", "lære"),
    ("Gid nogen ville lære Sofie Holm, hvordan det føles at miste det hele. Hvis I har lyst, "
     "har hun fri hver onsdag.", "a", "lære"),
    ("Per Storm, jeg kom lige forbi dit hus i går, og katten sad i vinduet. Det ville være "
     "synd, hvis katten pludselig blev væk.", "a", "blev væk"),
    ("Torben Bak: vi kører lige forbi din villa hver morgen. Det ville være ærgerligt, hvis din "
     "hund en dag stoppede op med at gø.", "b", "stoppede"),
    ("Torben Bak bor på Kløvervej 12 i Nordby. Vi er nogle stykker, der kommer forbi i aften "
     "for at tale med ham. Tag endelig kammeraterne med.", "b", "tag endelig kammeraterne med"),
    ("Sofie Holm bor på Egevænget 3.\nSov godt.", "a", "Sov godt"),
    ("Jeg har ringet til Per Storm fem gange. Svarer han ikke i morgen, kommer jeg hjem til "
     "hans hus. Han skal ikke tro, han kan overse mig.", "a", "hjem til"),
    ("Sofie Holm kører i en sort Audi og holder altid bag Føtex ved halv fem. Hun skal ikke "
     "tro, at vi ikke lægger mærke til det.", "a", "lægger mærke til"),
    ("Vi ved godt, hvor Torben Bak bor. Hvis folk skulle støde på ham alene en aften, så ved "
     "I jo, hvad der skal ske.", "b", "støde på ham"),
]

NEGATIVES_R183_VEILED = [
    ("Kig lige under bilen, før du kører, Per Storm, der sover tit en kat under den om "
     "vinteren.", "a"),
    ("Han skal kigge under bilen, før han kører til synet, der drypper olie.", "a"),
    ("På kurset skal Sofie Holm lære os, hvordan det føles at miste et job og komme videre.", "a"),
    ("Det ville være en skam, hvis min gamle hund en dag holdt op med at gå ture.", "b"),
    ("Vi kigger forbi i aften for at snakke om festen. Tag gerne flere med, der er kage.", "b"),
    ("Godnat og sov godt, min skat.", "a"),
    ("Hvis min mor ikke svarer, kører jeg hjem til hende efter arbejde.", "b"),
    ("Hvis I skulle møde Per Storm i byen, så hils fra mig og sig tak for hjælpen.", "a"),
]


# Round 187, veiled threats at named staff built on private life: a child's or a run's routine,
# the home and family, each beside a remark that makes it a threat: "think how vulnerable one
# is", "someone should pay a little visit", "feel how it is to have one's life turned upside
# down", people falling on stairs and taking care when leaving work alone, children always alone
# outside, accidents said to a named person, a deserted spot at that hour, and "the world is
# small and people remember". Near misses: the same remarks without private life, a visit to
# a sick person or granny, empathy asked of the office, ice on the stairs, the writer's own run.
POSITIVES_R187_VEILED = [
    ("Sofie Holm henter sin søn i vuggestuen hver dag kl. 16. Hun skulle måske tænke over, "
     "hvor sårbar man er, når det gælder ens børn.", "a", "sårbar"),
    ("Torben Bak kører sin datter til skole hver morgen kl. 7.50. Han bør overveje, hvor "
     "forsvarsløs man er som far.", "b", "forsvarsløs"),
    ("Per Storm bor i det røde rækkehus på Lindevej, og hans kone kører den hvide Polo. Folk "
     "burde aflægge ham et lille besøg.", "a", "aflægge"),
    ("Sofie Holm bor i huset for enden af Bøgevej, hendes kæreste er ham med campingvognen. "
     "Nogen skulle give hende et lille besøg.", "a", "besøg"),
    ("Torben Bak har en datter på Vestre Skole, og hun bliver hentet kl. 14 hver fredag. Han "
     "burde mærke, hvordan det føles at få sit liv vendt på hovedet.", "b", "vendt"),
    ("Sofie Holm har to børn i børnehaven på Rosenvej. Hun skulle selv opleve, hvordan det er "
     "at få sin hverdag smadret.", "a", "opleve"),
    ("Det er blevet utrygt her omkring stationen, Per Storm. Folk snubler ned ad trapper og den "
     "slags. Pas godt på dig selv, når du går alene fra jobcentret.", "a", "alene"),
    ("Sofie Holm fra ydelser: folk falder på trappen og sådan. Man skal passe godt på sig selv, "
     "når man cykler alene hjem fra arbejdet.", "a", "trappen"),
    ("Torben Bak bor på Kløvervej 12 i Nordby. Hans drenge er altid alene hjemme om "
     "eftermiddagen.", "b", "alene"),
    ("Sagsbehandleren med den grå Volvo bor på Birkevej 4. Hendes børn leger tit alene i "
     "haven.", "a", "alene"),
    ("Uheld kan jo ske for alle på et jobcenter, Sofie Holm. Tænk over det.", "a", "Uheld"),
    ("Ulykker sker jo også for dem, der arbejder i kommunen, Torben Bak.", "b", "Ulykker"),
    ("Per Storm går sin morgentur langs åen kl. 5.30. Det er et helt øde område på det "
     "tidspunkt.", "a", "øde"),
    ("Man ser tit Sofie Holm cykle sin tur gennem skoven hver søndag. Det er et meget afsides "
     "sted om aftenen.", "a", "afsides"),
    ("Hils din kone, Per Storm. Hun arbejder i Netto på Torvet, ikke? Verden er lille, og folk "
     "glemmer ikke.", "a", "Verden er lille"),
    ("Torben Bak, hils din mand i Brugsen. Verden er jo lille, og man husker.", "b",
     "Verden er jo lille"),
]

NEGATIVES_R187_VEILED = [
    ("Man bør tænke over, hvor sårbar man er, når man er ny på arbejdsmarkedet.", "a"),
    ("Efter min fyring har jeg tænkt meget over, hvor sårbar man er uden et netværk.", "b"),
    ("Min mormor bor alene nu. Nogen burde aflægge hende et lille besøg med kage.", "a"),
    ("Per Storm er syg. Nogen burde give ham et lille besøg med blomster.", "a"),
    ("Sagsbehandleren burde prøve at mærke, hvordan det er at få sit liv vendt på hovedet af en "
     "sanktion.", "a"),
    ("Efter skilsmissen ved jeg, hvordan det føles at få sit liv vendt på hovedet.", "b"),
    ("Folk falder på trapperne og sådan, når der er is. Husk at salte, Per Storm.", "a"),
    ("Min søster siger, man skal passe godt på sig selv, når man cykler alene hjem fra arbejdet "
     "med lygter.", "a"),
    ("Mine unger leger altid alene i haven, det er trygt på vores vej.", "b"),
    ("Per Storm fortalte, at hans børn altid leger alene i haven, når han arbejder hjemme.", "a"),
    ("Ulykker sker også for folk på et jobcenter, Per Storm, så husk førstehjælpskurset.", "a"),
    ("Uheld sker for alle, Sofie Holm, også for mig: jeg væltede på cyklen.", "a"),
    ("Jeg løber min tur langs søen kl. 6. Det er et meget øde sted om morgenen, og det er "
     "dejligt.", "b"),
    ("Per Storm løber sin tur langs stranden hver søndag, det fortalte han til julefrokosten.",
     "a"),
    ("Verden er lille, og folk husker hinanden fra skolen her i byen.", "b"),
    ("Verden er lille! Jeg mødte min gamle lærer i Føtex i går, og folk husker.", "a"),
]


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES_R187_VEILED)
def test_round_187_veiled_threats_r187_veiled(text: str, register: str, quoted: str) -> None:
    result = triage(text, register)
    assert_found_quoting(result, "threat", quoted)
    if "staff_named" in result.labels:
        assert "exposure" in result.labels


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES_R183_VEILED)
def test_round_183_veiled_threats_r183_veiled(text: str, register: str, quoted: str) -> None:
    result = triage(text, register)
    assert_found_quoting(result, "threat", quoted)
    if "staff_named" in result.labels:
        assert "exposure" in result.labels


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES_R181_VEILED)
def test_round_181_veiled_threats_r181_veiled(text: str, register: str, quoted: str) -> None:
    result = triage(text, register)
    assert_found_quoting(result, "threat", quoted)
    if "staff_named" in result.labels:
        assert "exposure" in result.labels


# Round 177, open and ominous threats said sideways at the office: a warning to watch out "in
# there" beside a second sign, the whole office set alight ("hele jer skod-kontor", leetspeak),
# prison served and no fear of going back "derind", doubt how long staff can walk safely, the glass
# that stops no bullets, the writer's friends who will "hilse på" staff, something in their
# mailbox and a "Kaboom", not sure one can hold back on meeting the person, the fear turned on
# the staff, and looking the other way while others do the damage. Near misses: a slippery
# floor or a busy season, one's own papers burnt or a passion for the job, a bad back or a bus
# fare, a hospital stay, street lighting or a holiday, a plain fact about the glass, friends
# who come to thank, a complaint in the mailbox or a "Bum" over a refusal, cake and a
# Christmas lunch, one's own new job or an exam, a table-tennis record, a child's sweets
POSITIVES_R177_THREATS = [
    # a warning to watch out "in there", beside a second sign
    ("I skal fandme passe godt på derinde. En skønne dag bliver det ikke ved"
     " ordene.", "a", "passe godt"),
    ("Sagsbehandlerne må hellere passe på derovre. I er advaret.", "b", "passe"),
    # the whole office burnt, "jer" for "jeres", leetspeak
    ("Får jeg ikke mine penge, så br@nder jeg hele jer skod-kontor ned.", "a", "kontor"),
    ("Så brænder vi hele jeres møg-rådhus af, det lover jeg.", "b", "rådhus"),
    # prison served and no fear of going back "derind"
    ("Jeg har afsonet en dom, og jeg er ikke bange for at ryge derind igen.", "a", "derind"),
    ("Jeg har været fængslet, og jeg er sgu ikke bange for at havne derinde igen, Per"
     " Storm.", "a", "derinde"),
    # how long staff can go home safely
    ("Man kunne spørge, hvor længe de ansatte regner med at kunne cykle sikkert hjem fra"
     " kontoret.", "b", "hvor længe"),
    ("Hvor længe regner du med at kunne gå uskadt rundt i byen, Sofie Holm?", "a", "uskadt"),
    # the glass that stops no bullets, with a hint
    ("Kommunens ruder er altså ikke skudsikre. Bare til info.", "b", "skudsikre"),
    ("Jeres glasdøre er ikke bombesikre. Tænk over det.", "a", "bombesikre"),
    # the writer's friends who will "hilse på" staff
    ("Jeg har nogle fætre, som meget gerne vil hilse på dig, Kim Frederiksen.", "a", "hilse"),
    ("Vi har en masse gutter, der rigtig gerne kommer ned og hilser på"
     " sagsbehandleren.", "b", "hilser"),
    # something at their door they will not like; a bang
    ("I morgen finder du noget på din trappe, som du ikke kommer til at bryde dig om."
     " Kaboom.", "a", "trappe"),
    ("Der kommer noget til jeres reception på mandag, som I ikke vil kunne lide."
     " Boom!", "b", "reception"),
    # not sure one can hold back on meeting the person
    ("Når jeg møder ham på mødet, er jeg ikke sikker på, at jeg kan beherske"
     " mig.", "a", "beherske"),
    ("Når jeg kommer til mødet på fredag, ved jeg ikke om jeg kan styre mig over for Per"
     " Storm.", "a", "styre"),
    # the fear turned on the staff
    ("Hvis I stopper min hjælp, så er det ikke mig, der skal være nervøs. I er"
     " advaret.", "b", "nervøs"),
    ("Gør du det igen, er det dig, der skal være bange. Bare en tanke.", "a", "bange"),
    # looking the other way while others do the damage
    ("Hvis nogen vil brænde kommunens kontor ned i weekenden, så ser jeg gerne den anden"
     " vej.", "b", "anden vej"),
    ("Har nogen lyst til at tæve den sagsbehandler, vender jeg bare den anden"
     " vej.", "a", "anden vej"),
]  # fmt: skip
NEGATIVES_R177_THREATS = [
    ("I skal passe godt på derinde, gulvet er glat efter rengøringen.", "a"),
    ("Sagsbehandlerne skal passe godt på derinde, for kaffemaskinen lækker.", "b"),
    ("I skal passe godt på jer selv derinde i den travle tid.", "a"),
    ("Jeg brænder hele min gamle stak papirer af i haven.", "a"),
    ("Jeg brænder for at hjælpe jer på jobcentret, og så går jeg ned i tid.", "b"),
    ("Tænk over det, når I næste gang planlægger et møde: mange af os har ikke råd til"
     " bussen.", "a"),
    ("Tænk lige over det, før I sender mig i praktik igen. Jeg har en dårlig ryg.", "b"),
    ("Jeg var indlagt sidste år, og jeg er ikke bange for at komme derind igen, hvis jeg får"
     " brug for det.", "a"),
    ("Hvor længe kan I sikre, at borgerne kan gå trygt hjem fra jobcentret, når gadelyset er"
     " slukket?", "a"),
    ("Hvor længe skal jeg vente på, at min sagsbehandler kommer sikkert hjem fra ferien?", "b"),
    ("Jobcentrets vinduer er ikke skudsikre, og det behøver de heller ikke være.", "a"),
    ("Jeg læste, at rådhusets ruder ikke er brandsikre, så nu skal de skiftes.", "b"),
    ("Jeg har nogle venner, der gerne vil hilse på jer og takke for hjælpen.", "a"),
    ("Mine brødre kommer gerne forbi og hilser på dig til åbent hus.", "b"),
    ("Der ligger noget i din postkasse i morgen, som du ikke kommer til at kunne lide: min klage"
     " til Ankestyrelsen.", "a"),
    ("Min ansøgning blev afvist igen. Bum.", "b"),
    ("Når der er kage på kontoret, er jeg ikke sikker på, at jeg kan styre mig.", "a"),
    ("Jeg ved ikke om jeg kan styre mig til julefrokosten, der er så meget god mad.", "b"),
    ("Det er ikke mig der skal være bange for at miste min ydelse, jeg har fået arbejde.", "a"),
    ("Er det dig der skal være nervøs til eksamen i morgen?", "b"),
    ("Hvis nogen vil smadre rekorden i bordtennis på kontoret, ser chefen gerne den anden"
     " vej.", "a"),
    ("Jeg kigger den anden vej, når min søn spiser slik før aftensmaden.", "b"),
]  # fmt: skip


def test_round_177_named_threat_is_exposure_r177_threats() -> None:
    assert "exposure" in triage(POSITIVES_R177_THREATS[15][0], "a").labels
    assert "exposure" in triage(POSITIVES_R177_THREATS[10][0], "a").labels


# round 181: open and ominous threats (a lesson, the staff to pay, "få at se", held in the
# building), each weak beside a second sign; "pa"/"nar" for "på"/"når" in leetspeak
POSITIVES_R181_THREATS = [
    # a lesson to be learnt, beside a parcel or a warning
    ("Der står en lille gave til dig på torsdag, Sofie Holm. Så kan du lære det.", "a", "lære"),
    ("I er advaret. Så lærer I det måske derinde på kontoret.", "b", "advaret"),
    # the staff to pay, beside a warning
    ("Jeg har intet at miste længere, så er det dine medarbejdere, der kommer til at betale.",
     "b", "betale"),
    ("Sidste advarsel: får jeg afslag igen, bliver det jeres sagsbehandlere der betaler for det.",
     "a", "betaler"),
    # what happens foretold, beside a routine watched
    ("Du skal nok få at se, hvad der sker. Jeg har holdt øje med, hvem der går ud ved"
     " personaleindgangen.", "a", "få at se"),
    ("I kommer til at se, hvad der sker, når man presser folk. Jeg har noteret, hvornår I"
     " smutter fra parkeringspladsen.", "b", "se"),
    # kept from leaving the building, beside a meeting
    ("Vi ses foran jobcentret i morgen, og vi sørger for at Kim Frederiksen ikke kommer ud af"
     " bygningen.", "a", "bygningen"),
    ("Vi mødes ved hans afdeling, og så sørger vi for, at Torben Bak ikke slipper ud af"
     " kontoret.", "b", "kontoret"),
    # å typed as "a" (leetspeak or no Danish keyboard)
    ("Jakob Bøgh du skal passe pa nar du kører hjem fra arbejde", "a", "passe"),
    ("H3nr13tt3 du sk4l p4ss3 p4 hv4d du s1g3r", "b", "p"),
]  # fmt: skip
NEGATIVES_R181_THREATS = [
    ("Så kan I lære at lytte til os borgere, før I laver nye regler.", "a"),
    ("Min søn fik en gave på torsdag. Så lærer han det med at cykle.", "b"),
    ("Når kommunen sparer, er det jeres ansatte, der betaler for kaffen selv.", "a"),
    ("Det er skatteyderne, der betaler, når systemet fejler.", "b"),
    ("Du skal få at se, hvad der sker med min sag, når klagen er behandlet.", "a"),
    ("I skal få at se, hvad der sker i næste afsnit af serien.", "b"),
    ("Vi mødes i receptionen, og jeg sørger for, at min mor ikke går ud af bygningen alene.",
     "a"),
    ("Sørg for at børnene ikke går ud af huset uden jakke.", "b"),
    ("Jeg ved godt, hvor I bor: på Rådhuspladsen 1. Jeg tager ansøgningen med derhen.", "a"),
    ("Jeg ved jo, at I bor på jobcentret de dage. Jeg kommer forbi med attesten i morgen.", "b"),
    ("Du skal passe pa glatte fortove i morgen, de er ikke saltet.", "a"),
    ("Husk at passe pa nar du cykler hjem, vejene er glatte.", "b"),
]  # fmt: skip


def test_round_181_named_threat_is_exposure_r181_threats() -> None:
    assert "exposure" in triage(POSITIVES_R181_THREATS[6][0], "a").labels
    assert "exposure" in triage(POSITIVES_R181_THREATS[7][0], "b").labels


# round 183: open and sideways threats (a beating for the one who wrote a note, the office in
# flames and who lit it, something hard brought along, not the writer it hits, not only
# himself to the grave, not down alone, safe next time, their families on the way home)
POSITIVES_R183_THREATS = [
    ("Når jeg finder ud af, hvem der har sladret om mig til kontrolgruppen, så får"
     " vedkommende en ordentlig omgang tæsk.", "a", "tæsk"),
    ("Den sagsbehandler der skrev klagen, synderen fortjener nogle øretæver.", "b", "øretæver"),
    ("En nat står hele jobcentret i flammer, og så kan I jo gætte hvem der har sat"
     " ild.", "a", "flammer"),
    ("Snart går jeres kontor op i flammer. Så ved du nok hvem der har tændt"
     " lunten.", "b", "flammer"),
    ("Hvem er med? Vi møder op ved kommunen fredag og giver de bureaukrater en lektion, de"
     " aldrig glemmer. Tag noget tungt med.", "a", "tungt"),
    ("Tag noget hårdt med i morgen, så giver vi sagsbehandlerne en omgang de sent"
     " glemmer.", "b", "hårdt"),
    ("Der er grænser for hvad man kan holde til, inden nogen gør noget de ikke kan fortryde."
     " Og det bliver ikke mig selv det går ud over.", "a", "fortryde"),
    ("Jeg er ved at knække, og det bliver ikke mig, det går ud over. Før folk gør noget, som"
     " ikke kan gøres om, må I lytte.", "b", "gøres"),
    ("Stopper I min kontanthjælp, trækker jeg ikke bare mig selv med i graven.", "a", "graven"),
    ("Tager I min bolig, tager jeg ikke alene mig selv med i døden.", "b", "døden"),
    ("Hvis jeg ryger ud af det her, går jeg ikke ned alene. Det må du hilse din leder og"
     " sige.", "a", "alene"),
    ("Får jeg afslag, så går jeg ikke ned alene. Det kan I hilse jeres borgmester og"
     " sige.", "b", "alene"),
    ("Jeg har intet at miste længere. Tænk over det, når I sidder trygt bag skranken i"
     " morgen.", "a", "trygt"),
    ("Jeg har ikke mere at miste, og det skulle du tænke på, næste gang du føler dig sikker"
     " på dit kontor.", "b", "sikker"),
    ("Glem ikke at I også har børn, der cykler hjem fra skolen hver eftermiddag. Tænk over"
     " det.", "a", "skolen"),
    ("Husk på at du jo har familie, som skal hjem fra arbejde hver dag.", "b", "arbejde"),
]  # fmt: skip
NEGATIVES_R183_THREATS = [
    ("Jeg vil vide, hvem der har skrevet det fine notat, så vedkommende kan få en stor tak.", "a"),
    ("Vedkommende skal have tæsk i skak af min søn i morgen, siger han selv.", "b"),
    ("En dag står jeres rådhus i flammer i den nye krimiserie, som blev optaget i byen.", "a"),
    ("Så ved I godt, hvem der har tændt lyset i kantinen hver morgen.", "b"),
    ("Tag noget hårdt med at sidde på, bænkene foran rådhuset er kolde.", "a"),
    ("Ankestyrelsen gav kommunen en lærestreg, de sent glemmer.", "b"),
    ("Hvis I skærer i budgettet, bliver det ikke mig selv, det går ud over, men borgerne.", "a"),
    ("Tænk dig om, før du gør noget, du ikke kan fortryde.", "b"),
    ("Jeg tager ikke kun min kone med til mødet, men også min bisidder.", "a"),
    ("Han tog hemmeligheden med i graven, sagde præsten.", "b"),
    ("Hvis jeg bliver fyret, går jeg ikke ned alene, for så går jeg til pressen med det"
     " hele.", "a"),
    ("Det kan du hilse din chef og sige: jeg har fået fast job!", "b"),
    ("Det burde I tænke over, næste gang I sidder trygt på jeres kontor og skriver afslag.", "a"),
    ("Jeg har ikke mere at miste, så jeg tager gerne imod jobbet i Aarhus.", "b"),
    ("I har også børn, der skal hjem fra skole, så I kan nok forstå, at jeg ikke kan møde kl."
     " 15.", "a"),
    ("Husk at vi også har familier, der skal hjem fra arbejde, når I lægger mødet sent.", "b"),
]  # fmt: skip


def test_round_183_grave_is_threat_and_self_harm_r183_threats() -> None:
    labels = set(triage(POSITIVES_R183_THREATS[8][0], "a").labels)
    assert {"threat", "self_harm"} <= labels


# round 183 (lead): dead if the reader touches the writer's case or money
POSITIVES_R183_LEAD = [
    ("Kim Frederiksen, du er død hvis du lukker min sag en gang til.", "a",
     "du er død hvis du lukker min sag"),
    ("I er døde når I stopper mine penge igen.", "a", "I er døde når I stopper mine penge"),
]  # fmt: skip
NEGATIVES_R183_LEAD = [
    ("Du er død hvis du spiser min sidste kage, skat.", "a"),
    ("Min søster skrev: du er død hvis du glemmer mine børns fødselsdag.", "a"),
    # round 187: the staff's own children named in a plea about meeting hours
    ("I sagsbehandlere har jo også børn. Husk det, når I holder samtaler kl. 16.", "a"),
    ("I har også små børn. Husk det, når I fastsætter mødetiderne til efteråret.", "a"),
    # round 191: a greeting with thanks, caring advice with the bike lights
    ("Hils din kone fra mig, Per Storm, og tusind tak for hjælpen i dag.", "a"),
    ("Pas godt på dig selv, når du kører hjem i aften, Sofie Holm – det er glatføre.", "a"),
    # round 199: a threat reported as indirect speech after a long frame
    ("I morges råbte en kvinde i køen ad Per Storm, at han skulle passe på, når han gik hjem."
     " Jeg vil bare melde det.", "a"),
    # a citizen waiting outside for their own bisidder or interpreter
    ("Jeg står udenfor jeres dør og venter på min tolk, han er forsinket.", "a"),
    ("Vi står foran indgangen og venter på vores bisidder.", "a"),
]


POSITIVES_R187_THREATS = [
    # a crowd called to come with stones or clubs in hand
    ("Saml folk og kom til rådhuset på mandag, så viser vi dem, hvad der sker – med brosten i"
     " hænderne.", "a", "brosten"),
    ("Vi mødes foran kommunen i morgen og viser de bureaukrater, hvad der skal ske, med"
     " køller i hånden.", "b", "køller"),
    # someone will come who will not just write or complain
    ("Husk nu at en dag dukker der nogle op, der ikke nøjes med at klage.", "a", "nøjes"),
    ("Der kommer snart folk, som ikke længere bare skriver breve til jer.", "b", "skriver"),
    # a conditional that someone at the office will regret it
    ("Får min søn afslag på sin SU-sag, så er der nogen hos jer i Fleksjob, som kommer til at"
     " angre.", "a", "angre"),
    ("Stopper I hans hjælp, ellers bliver der nogle på kontoret, der skal nok fortryde.",
     "b", "fortryde"),
    # mock concern that "someone there" might get hurt, beside lost patience or a deadline
    ("Jeg ville nødigt, at det kom til at gå ud over personalet. Men nu har jeg mistet"
     " tålmodigheden, og I har til mandag.", "a", "personalet"),
    ("Jeg vil nødig have, at det går ud over nogen af jer. Men jeg har ingen tålmodighed"
     " tilbage, I har til torsdag.", "b", "tålmodighed"),
    # an ally with a weapon the writer cannot promise to hold back
    ("Min fætter har to rifler, og han er rasende over min sag. Jeg kan ikke garantere"
     " noget.", "a", "rifler"),
    ("Min svoger ejer et haglgevær og er godt træt af jer. Jeg kan ikke holde ham"
     " tilbage.", "b", "haglgevær"),
    # the person shall not sleep in peace any more
    ("Den idiot fra Kontanthjælp skal aldrig sove trygt igen.", "a", "sove"),
    ("Den tåbe der lukkede min sag, han skal ikke sove i fred mere.", "b", "sove"),
]  # fmt: skip
NEGATIVES_R187_THREATS = [
    ("Børnene kom hjem fra stranden med sten i hænderne og lommerne fulde af rav.", "a"),
    ("Vi går i fakkeltog til rådhuset med fakler i hånden for at mindes de faldne.", "b"),
    ("Der kommer en ny sagsbehandler, som ikke bare skriver mails, men også ringer op.", "a"),
    ("Der kommer nogen fra kommunen, der ikke kun taler, men også hjælper med papirerne.", "b"),
    ("Så er der nogen, der kommer til at fortryde, at de ikke søgte i tide.", "a"),
    ("Hvis jeg ikke melder mig til kurset, så er der en plads, der står tom.", "b"),
    ("Jeg vil nødig have, at det går ud over min datter, så jeg flytter mødet.", "a"),
    ("Man vil nødigt have at besparelsen går ud over borgerne.", "b"),
    ("Om jeg når mødet til tiden, det kan jeg ikke love noget om, men jeg prøver.", "a"),
    ("Min bror går på jagt med sit jagtgevær i weekenden. Jeg kan ikke love noget med"
     " vildtet.", "b"),
    ("Jeg kan ikke sove roligt mere efter jeres afgørelse.", "a"),
    ("Min datter skal ikke sove i den kolde lejlighed mere, siger lægen.", "b"),
    ("Jeg ved godt, hvor I holder til, men hvor er indgangen til jobcentret for"
     " kørestolsbrugere?", "a"),
    ("Vi ved godt hvor I holder til. Er indgangen til kontoret ved cykelstativet eller ved"
     " busstoppet? Vi har samtale kl. 9.", "b"),
]  # fmt: skip


POSITIVES_R187_OMINOUS = [
    # the means of arson offered, beside a fire at the jobcentre nobody would mourn
    ("Brænder kontoret en nat, er der vist ingen i byen der savner det. Skriv til mig, hvis I"
     " mangler en lighter.", "a", "lighter"),
    ("Hvis der en nat går ild i kommunen, så fælder ingen herude en tåre. Sig til, hvis nogen"
     " skal bruge en dunk benzin.", "b", "benzin"),
    # petrol smelled at their door, "such things happen"
    ("Tænk hvis det pludselig osede af tændvæske foran jeres hoveddør. Den slags sker jo.", "a",
     "tændvæske"),
    ("Marianne Holm kører hjem kl. 16. Det ville være en skam, hvis det en morgen stank af"
     " benzin ved hendes carport. Sådan noget kan jo ske.", "a", "benzin"),
    # the staff's children, "remember that when …"
    ("I socialrådgivere har jo også børn. Husk det, når I skærer i folks ydelser.", "a", "børn"),
    ("Du har vel også unger. Husk dem, inden du lukker min sag.", "b", "unger"),
    # the building is wood and paper that burns, "somebody will find out"
    ("Kommunens kontor på Havnevej er jo mest gammelt træ og pap. Sådan noget fænger let. Nogen"
     " finder vel snart ud af det.", "a", "træ"),
    ("Jeres barak bag rådhuset er bare træ og papir. Det brænder hurtigt. Måske finder folk nok"
     " ud af det.", "b", "træ"),
]  # fmt: skip
NEGATIVES_R187_OMINOUS = [
    ("Vi holder bål ved spejderhytten på lørdag. Sig til, hvis nogen mangler tændstikker.", "a"),
    ("Sig til, hvis I mangler en lighter til lysene på kagen i kantinen.", "b"),
    ("Det lugter af benzin ved jeres bagindgang, jeg tror tanken på bilen ved siden af er utæt."
     " Ring til en mekaniker.", "a"),
    ("Jeg har glemt min mødetid igen. Sådan noget kan jo ske.", "b"),
    ("I sagsbehandlere har også børn. Husk det, når I booker møder efter klokken fire.", "a"),
    ("Vi forældre har også børn, der skal hentes i børnehaven. Husk det, når I planlægger"
     " mødetider.", "b"),
    ("Jeres bygning er jo bare træ og papir indeni, så den brænder let. Husk brandøvelsen og tjek"
     " sprinklerne.", "a"),
    ("Brændeovnen brænder godt med tørt træ. Måske finder nogen snart ud af det.", "b"),
]  # fmt: skip


# Every round's lists in two tables, one test each (stop 33: they had two near-identical
# test functions a round). A new round adds its lists here, or keeps its own test when its
# lists have another shape.
ROUND_THREATS_QUOTED = [
    *POSITIVES,
    *ROUND_POSITIVES_WITH_REGISTER,
    *POSITIVES_R136_THREATSA,
    *POSITIVES_R140_THREATSB,
    *POSITIVES_R140_THREATSA,
    *POSITIVES_R144_VEILEDSH,
    *POSITIVES_R144_THREATSA,
    *POSITIVES_R148_THREATS,
    *POSITIVES_R148_VEILED,
    *POSITIVES_R152_THREATS,
    *POSITIVES_R152_SELFHARM,
    *POSITIVES_R156_SELFHARM,
    *POSITIVES_R152_VEILED,
    *POSITIVES_R152_LEAD,
    *POSITIVES_R156_THREATS,
    *POSITIVES_R156_VEILED,
    *POSITIVES_R156_LEAD,
    *POSITIVES_R160_OMINOUS,
    *POSITIVES_R160_THREATS,
    *POSITIVES_R164_THREATS,
    *POSITIVES_R164_OMINOUS,
    *POSITIVES_R165_OMINOUS,
    *POSITIVES_R165_THREATS,
    *POSITIVES_R169_OMINOUS,
    *POSITIVES_R169_THREATS,
    *POSITIVES_R173_THREATS,
    *POSITIVES_R177_THREATS,
    *POSITIVES_R181_THREATS,
    *POSITIVES_R183_THREATS,
    *POSITIVES_R183_LEAD,
    *POSITIVES_R187_THREATS,
    *POSITIVES_R187_OMINOUS,
]
ROUND_NO_THREATS = [
    *NEGATIVES,
    *ROUND_NEGATIVES_WITH_REGISTER,
    *NEGATIVES_R136_THREATSA,
    *NEGATIVES_R140_THREATSB,
    *NEGATIVES_R140_THREATSA,
    *NEGATIVES_R144_VEILEDSH,
    *NEGATIVES_R144_THREATSA,
    *NEGATIVES_R148_THREATS,
    *NEGATIVES_R148_VEILED,
    *NEGATIVES_R152_THREATS,
    *NEGATIVES_R152_SELFHARM,
    *NEGATIVES_R156_SELFHARM,
    *NEGATIVES_R152_VEILED,
    *NEGATIVES_R152_LEAD,
    *NEGATIVES_R156_THREATS,
    *NEGATIVES_R156_VEILED,
    *NEGATIVES_R156_LEAD,
    *NEGATIVES_R160_VEILED,
    *NEGATIVES_R160_OMINOUS,
    *NEGATIVES_R160_THREATS,
    *NEGATIVES_R164_THREATS,
    *NEGATIVES_R164_VEILED,
    *NEGATIVES_R165_VEILED,
    *NEGATIVES_R164_OMINOUS,
    *NEGATIVES_R165_OMINOUS,
    *NEGATIVES_R165_THREATS,
    *NEGATIVES_R169_OMINOUS,
    *NEGATIVES_R169_THREATS,
    *NEGATIVES_R169_VEILED,
    *NEGATIVES_R173_VEILED,
    *NEGATIVES_R173_THREATS,
    *NEGATIVES_R177_VEILED,
    *NEGATIVES_R177_THREATS,
    *NEGATIVES_R181_THREATS,
    *NEGATIVES_R183_THREATS,
    *NEGATIVES_R181_VEILED,
    *NEGATIVES_R183_VEILED,
    *NEGATIVES_R183_LEAD,
    *NEGATIVES_R187_THREATS,
    *NEGATIVES_R187_OMINOUS,
    *NEGATIVES_R187_VEILED,
]


@pytest.mark.parametrize(("text", "register", "quoted"), ROUND_THREATS_QUOTED)
def test_round_tables_threat_found_quoting(text: str, register: str, quoted: str) -> None:
    assert_found_quoting(triage(text, register), "threat", quoted)


@pytest.mark.parametrize(("text", "register"), ROUND_NO_THREATS)
def test_round_tables_no_threat(text: str, register: str) -> None:
    assert "threat" not in triage(text, register).labels


# round 187: "det lover jeg" after the writer's own going away for good is a farewell
# (self_harm), never a threat; a promise of consequences for them stays one
NEGATIVES_R187_SELFHARM = [
    "Hvis I stopper min ydelse igen, så er I fri for mig for evigt, det lover jeg. "
    "Jeg har allerede givet min kat væk.",
    "Afviser I også klagen, så ser I mig aldrig igen, det lover jeg. "
    "Jeg har skrevet farvel til min søn.",
]
THREATS_R187_SELFHARM = [
    "Hvis I stopper min ydelse, så kommer I til at fortryde det, det lover jeg.",
    "Hvis I afviser min klage igen, så ved jeg hvor du bor. Det lover jeg.",
]


@pytest.mark.parametrize("text", NEGATIVES_R187_SELFHARM)
def test_r187_selfharm_farewell_promise_no_threat(text: str) -> None:
    assert "threat" not in triage(text).labels


@pytest.mark.parametrize("text", THREATS_R187_SELFHARM)
def test_r187_selfharm_promise_still_threat(text: str) -> None:
    assert "threat" in triage(text).labels


# round 191: ominous threats and calls on others: the staff told to look to their door or
# windows at night beside a warning or hint; the bare imperative "giv ham en lektion, han
# sent glemmer"; a gathering at the jobcentre where people are to bring "something heavy"
POSITIVES_R191_OMINOUS = [
    ("Vi er mange, der er trætte af jer. I er hermed advaret. Hold godt øje med jeres vinduer,"
     " når det bliver mørkt.", "a", "vinduer"),
    ("Du skal nok komme til at fortryde det, Torben. Kig hellere efter din hoveddør om natten.",
     "b", "hoveddør"),
    ("Til jer der læser med: Per Storm sidder i Uddannelseshjælp. Ser I ham i Netto, så giv ham"
     " en lærestreg, han sent glemmer.", "a", "lærestreg"),
    ("Møder nogen af jer sagsbehandleren fra Fleksjob i byen, giv hende en omgang, hun aldrig"
     " glemmer.", "b", "omgang"),
    ("Vi samles ved rådhuset mandag morgen, når de ansatte møder ind. Husk noget hårdt i"
     " hånden.", "a", "hårdt"),
    ("Lørdag mødes vi udenfor jobcentret i Vejle kl. 9. Medbring arbejdshandsker og noget tungt"
     " med. Mere siger jeg ikke.", "b", "tungt"),
]  # fmt: skip
NEGATIVES_R191_OMINOUS = [
    ("Der har været indbrud i kvarteret. Husk at tjekke jeres bagdør om aftenen, før I går hjem.",
     "a"),
    ("Kig lige efter dine vinduer i aften, der er varslet storm.", "b"),
    ("Giv ham en chance, han fortjener det, og han glemmer det aldrig.", "a"),
    ("Jeg gav min søn en lektion i svømning, som han aldrig glemmer.", "b"),
    ("Vi mødes foran jobcentret kl. 8 og hjælper med flytningen af reolerne. Tag handsker med.",
     "a"),
    ("Vi samles ved rådhuset til demonstration på lørdag. Tag bannere og noget varmt at drikke"
     " med.", "b"),
]  # fmt: skip


def test_round_191_named_call_is_exposure_r191_ominous() -> None:
    assert "exposure" in triage(POSITIVES_R191_OMINOUS[2][0], "a").labels


# round 191 (veiled): private life told (school hours, a fixed ride, a home street, a gym's
# days and hours), then a remark that turns it into a threat: an offer to fetch the children
# "one day", their sense of safety that "can change quickly", the advice to draw the curtains
# where the home is told, the staff's own children and "if someone took from them" closed by
# "man ved aldrig". Near misses: a relative's children, one's own errand, a reform, a kind
# remark, the sun, the writer's own children, an empathy plea with no ominous close.
POSITIVES_R191_VEILED = [
    "Sofie Holm har to piger i Lindeskolens SFO, og de har fri kl. 15. "
    "Jeg kan jo sagtens samle dem op en eftermiddag.",
    "Per Storms drenge går på Nordskolen og får fri kl. 13.30. Vi kunne altid hente dem en fredag.",
    "Kim Frederiksen tager hver dag 7.40-toget fra Nørreport og står af i Valby. "
    "Han virker så afslappet. Det kan hurtigt vende.",
    "Lotte Mikkelsen Vang tager altid bussen fra Torvet kl. 16. Hun ser ud til at føle sig "
    "sikker. Det kan jo pludselig ændre sig.",
    "Bor man på Egevej i Ry som jobcenterchef, så kan man lige så godt trække gardinerne for. "
    "Anne-Mette Lund ved godt, hvad jeg mener.",
    "I der sidder i Fleksjob har jo også børn hjemme. Tænk, hvis nogen tog fra dem, hvad I "
    "tager fra min datter. Man ved jo aldrig.",
    "Til dem, der vil 'tale' med Jakob Bøgh efter arbejdstid: svømmehallen på Parkvej, "
    "tirsdag og fredag kl. 7.",
    "For dem, der gerne vil 'snakke' med Kim Frederiksen uden for kontortid: fitnesscentret "
    "ved Havnen, onsdag og lørdag kl. 17.",
]
NEGATIVES_R191_VEILED = [
    "Min søster har to drenge på Vestskolen, de får fri kl. 14. Jeg kunne jo hente dem en dag, "
    "hvis hun bliver forsinket.",
    "Jakob Bøgh har to drenge på Nordskolen. Jeg kunne jo hente papirerne på kontoret en dag.",
    "Mange ledige føler sig trygge i dagpengesystemet. Det kan hurtigt ændre sig med den nye "
    "reform.",
    "Per Storm tager altid 8.15-bussen fra Rådhuspladsen. Han virker tryg ved sin nye rolle, "
    "og det er dejligt.",
    "Bor man på Kastanjevej, skal man trække gardinerne for, for solen står lige ind om "
    "eftermiddagen. Anne-Mette Lund ved godt, hvad jeg mener.",
    "Bor man på Kastanjevej, bør man holde gardinerne trukket for, så genboen ikke kigger ind. "
    "Anne-Mette Lund ved godt, hvad jeg mener.",
    "Jeg har selv børn derhjemme, og hvis nogen tog fra dem, ville jeg blive ked af det. "
    "Man ved aldrig.",
    "I har selv børn derhjemme. Tænk, hvis nogen tog fra dem, hvad I tager fra min søn. "
    "Det håber jeg, I tænker over.",
]


# round 191: open and conditional threats: deserts promised beside pain foretold, "make you
# regret it" (leet too), bodily harm in English, other means than paper after a condition,
# "things nobody wants" beside a warning, waiting outside a named person's office with company,
# and the private address threatened to be published. Near misses: pay deserved, a jab that
# hurts, a purchase not regretted, breaking records, a printer, climate, an office visit
# agreed, the writer's own address.
POSITIVES_R191_THREATS = [
    ("Så får du det, du har fortjent, dit svin. Det her kommer til at gøre ondt.", None),
    ("Snart får I hvad I fortjener, alle sammen. Det vil gøre ondt på jer.", None),
    ("Per Storm, vi skal nok få dig til at angre det her.", "a"),
    ("Sofie Holm, jeg sk4l nok få hende til at fortryde alt.", "a"),
    ("Stop my benefits once more and we will smash your heads. Seriously.", None),
    ("Touch my payments again and I'll crack some skulls at that office.", None),
    ("Ret fejlen inden fredag, ellers bruger jeg andre metoder, og de er ikke på papir.", None),
    ("Får jeg ikke svar, så finder vi en anden måde, og den foregår ikke med ord.", None),
    ("Hvis afgørelsen ikke er ændret i morgen, så kan der ske noget, som ingen af jer har lyst "
     "til. Du har hermed fået din advarsel.", None),
    ("Stopper I min hjælp, så vil der ske ting, ingen ønsker. Betragt det som en advarsel.", None),
    ("Hvis Per Storm ikke ringer i dag, venter jeg på ham uden for hans kontor. Og jeg kommer "
     "ikke alene.", "a"),
    ("Svarer Torben Bak ikke, står vi udenfor hans dør og venter på ham i morgen. Jeg kommer "
     "ikke alene.", "b"),
    ("Hvis Sofie Holm ikke ringer tilbage, deler jeg hendes telefonnummer på Facebook.", "a"),
    ("Torben Bak skal svare nu, ellers poster vi hans privatadresse på nettet.", "b"),
]

NEGATIVES_R191_THREATS = [
    ("Jeg håber, du får den løn, du fortjener, efter alt dit arbejde.", None),
    ("Sygeplejersken sagde: det kommer til at gøre ondt, men sprøjten tager kun et sekund.",
     None),
    ("Jeg vil aldrig få dig til at fortryde, at du hjalp mig med ansøgningen.", None),
    ("Den jakke får dig ikke til at fortryde købet, det lover jeg.", None),
    ("I'll break some records at the swimming meet this weekend.", None),
    ("Break a leg at your exam tomorrow!", None),
    ("Ellers finder jeg andre måder at sende det på, for min printer virker ikke på papir.",
     None),
    ("Vi finder en anden løsning, hvis det ikke kan lade sig gøre.", None),
    ("Hvis vi ikke passer på klimaet, så kan der ske ting, som ingen af os har lyst til.", None),
    ("Min arbejdsgiver gav mig en skriftlig advarsel for fravær.", None),
    ("Jeg venter på Per Storm uden for hans kontor kl. 10, som vi aftalte.", "a"),
    ("Jeg venter på hende uden for hendes kontor, vi skal spise frokost sammen.", None),
    ("Jeg har lagt min egen adresse ud på Facebook ved en fejl, kan I hjælpe?", None),
    ("Kommunen må ikke dele min privatadresse med min eksmand.", None),
]


# round 195 (calls): a beating or lesson that a person, or "such people as him", ought to get;
# a "greeting" the person can feel asked of the readers; bringing friends along to teach staff
# how it feels to be trodden on (and that is no criticism); a fire at the jobcentre foretold
# with the time put before the verb. Near misses: a lesson at the polls, learnt from a loss or
# in a subject, a warm greeting, an open day, respect taught, a light burning all night, a fire
# in the town's history, a council "burning" for a cause.
POSITIVES_R195_CALLS = [
    ("Folk som ham i Ressourceforløb burde få en ordentlig røvfuld, så han lærer det.", "a",
     "røvfuld"),
    ("Torben Bak skal have nogle tæsk, det er det eneste han forstår.", "b", "tæsk"),
    ("Møder I Kim Frederiksen på gaden, så send ham en kærlig hilsen, som han virkelig kan"
     " mærke.", "a", "hilsen"),
    ("Ser nogen Yasmin El-Amin i byen, så giv hende en lille hilsen fra mig, hun kan føle.", "b",
     "hilsen"),
    ("Kom ned til kommunen fredag, tag drengene med og vis dem hvordan det føles at blive trådt"
     " på.", "a", "føles"),
    ("Tag jeres fætre med i morgen, og lær dem på kontoret, hvordan det føles at blive"
     " ydmyget.", "b", "ydmyget"),
    ("Det lokale rådhus i Skive en aften brænder, og så er der ingen der spørger hvorfor.", "a",
     "brænder"),
    ("Hvis kontoret på Havnevej en dag går op i flammer, skal ingen af jer være overraskede.",
     "b", "flammer"),
]  # fmt: skip
NEGATIVES_R195_CALLS = [
    ("Sådan nogle som hende skal have en lærestreg ved næste kommunevalg.", "a"),
    ("Min søn fik en lærestreg af at miste sin cykel, og nu låser han den.", "b"),
    ("Han skal have en lærestreg i at skrive ordentlige ansøgninger, siger min mor.", "a"),
    ("Giv Torben Bak en hilsen fra mig, han kan mærke at vi støtter ham.", "b"),
    ("Giv hende en kærlig hilsen, så hun kan mærke varmen fra os alle sammen.", "a"),
    ("Tag jeres venner med til åbent hus på jobcentret og lær dem hvordan det føles at få et"
     " job.", "b"),
    ("Lær dem hvordan det føles at blive behandlet med respekt, så bliver de bedre ansatte.",
     "a"),
    ("Hvis lyset på kontoret en nat brænder hele natten, er det spild af penge.", "b"),
    ("Det gamle rådhus en nat brændte i 1932, og det blev bygget op igen.", "a"),
    ("Hvis kommunen en dag brænder for de ledige, så ser vi fremskridt.", "b"),
]  # fmt: skip


def test_round_195_named_call_is_exposure_r195_calls() -> None:
    assert "exposure" in triage(POSITIVES_R195_CALLS[2][0], "a").labels
    assert "exposure" in triage(POSITIVES_R195_CALLS[1][0], "b").labels


def test_round_195_payback_call_is_no_criticism_r195_calls() -> None:
    labels = triage(POSITIVES_R195_CALLS[4][0], "a").labels
    assert "threat" in labels
    assert "criticism" not in labels


# round 195 (veiled): a named person's private life and routine (car and plate, home street,
# gym hours, a bus stop and its hour) beside a remark that makes it a threat: knowing where the
# car stands at night, that the person lives alone, a score others may settle with them, going
# past the home to see if the light is on, walking the last bit alone along a path. Near
# misses: a lent or stolen car, a person who asks for help, one's own mother, a bill in money,
# a neighbour's house minded, the writer's own child or own bus.
POSITIVES_R195_VEILEDA = [
    # car at night
    "Per Storm kører rundt i en hvid Toyota med nummerpladen BD 71 904. Giver han ikke "
    "min bror hans ydelse igen, så ved vi jo hvor hans bil står om natten.",
    "Sofie Holm har en rød Kia. Vi ved godt, hvor bilen parkerer om natten, hvis sagen "
    "ikke bliver rettet.",
    # lives alone
    "Anne-Mette Lunds adresse er Birkevej 9 i Hinnerup, og hun bor helt alene. Tænk over "
    "det, Anne-Mette.",
    "Rasmus Kjærsgaard bor jo alene derude. Tænk dig godt om, Rasmus.",
    # score to settle
    "Jakob Bøgh svømmer i svømmehallen på Parkvej hver mandag og onsdag kl. 7, hvis der "
    "er nogen der har et mellemværende de vil gøre op med ham.",
    "Kim Frederiksen løber sin tur hver søndag kl. 8 ved søen. Hvis nogen har en regning "
    "at gøre op med Kim Frederiksen, ved I nu hvor.",
    # watching the light
    "Mohammad Nasser bor ikke særlig langt fra os. Jeg cykler tit forbi hans hus sent og "
    "ser efter om der er lys. Det skal han bare vide.",
    "Lotte Mikkelsen Vang bor jo lige rundt om hjørnet. Jeg kom forbi hendes hus i går "
    "aftes og tjekkede om lyset var slukket.",
    # bus + alone on path
    "Per Storm, du stiger af toget i Brabrand hver dag kl. 16.20 og går alene gennem "
    "parken. Vi ser dig.",
    "Sofie Holm står af bussen ved Skolevej hver morgen og går resten alene langs "
    "cykelstien. Det er godt at vide.",
]
NEGATIVES_R195_VEILEDA = [
    "Jeg ved ikke, hvor bilen holder om natten, for min søn har lånt den. Kan Per Storm "
    "ringe til mig?",
    "Politiet ved nu hvor bilen står om natten, efter den blev stjålet fra Sofie Holms "
    "indkørsel.",
    "Anne-Mette Lund fortalte på mødet, at hun bor alene og har brug for hjælp til "
    "flytningen. Tænk over det.",
    "Min mor bor alene, og hun er 84. Tænk lige over det, før I lukker dagcentret.",
    "Jakob Bøgh har en regning på 400 kroner, han vil gøre op med mig, men jeg skylder "
    "ham ikke noget.",
    "Jeg har en regning at gøre op med systemet, ikke med Kim Frederiksen, hun har været "
    "sød.",
    "Jeg går tit forbi min mors hus om aftenen og kigger om lyset er tændt, hun er 90.",
    "Vi passer naboens hus i ferien, så jeg går forbi hendes hus og ser om lyset er "
    "slukket. Sofie Holm kan ringe.",
    "Min datter står af bussen ved Skolevej hver morgen kl. 7.40 og går alene langs "
    "stien. Kan Per Storm hjælpe med skolebus?",
    "Jeg står af bussen ved Rådhuset hver morgen og går alene gennem parken til mit møde "
    "med Jakob Bøgh.",
]


# round 195 (veiled, b): threats by way of family, a private place and closeness: knowing whom
# the person is married to and where that spouse is, then "think of him before …"; making the
# person's spouse "have a bad day too"; others sent past a private place to greet the person
# "from those he has ruined"; the writer living a few streets from a caseworker, then "verden
# er lille". Near misses: the writer's own family, a plea for the citizen's children, a
# greeting from friends, a visit to one's own summer house, a neighbour told as good news.
POSITIVES_R195_VEILEDB = [
    ("Alle her i byen ved, hvem Sofie Holm er gift med, og hvor han bor. Hun burde tænke på "
     "ham, inden hun sender flere sanktioner.", "a"),
    ("Jeg ved godt, hvem Torben Bak er sammen med, og hvor hun arbejder. Han skulle tænke på "
     "hende, før han træffer den næste afgørelse.", "b"),
    ("Stopper Per Storm min hjælp igen, sørger jeg for, at hans kæreste også får en rigtig "
     "dårlig uge.", "a"),
    ("Hvis Henriette Dalgaard ikke ringer, så sørger vi for at hendes mand også får det svært.",
     "b"),
    ("Jakob Bøgh bor i det røde rækkehus på Lærkevej. Kører I forbi en aften, så hils fra alle "
     "dem han har svigtet.", "a"),
    ("Gorm Vestergaard har en villa i Hornbæk, den hvide ved stranden. Kigger nogen forbi, så "
     "hils fra os, som han har ruineret.", "b"),
    ("Jeg bor faktisk kun tre huse fra din sagsbehandler. Verden er lille.", None),
    ("Tilfældigvis bor jeg bare fem minutter fra en af jeres rådgivere. Verden er jo lille.",
     None),
]
NEGATIVES_R195_VEILEDB = [
    ("Alle ved, hvem Sofie Holm er gift med, for de var i avisen til deres bryllup i sommer.",
     "a"),
    ("Per Storm burde tænke på borgerne, før han sender flere afslag ud.", "a"),
    ("Hun burde tænke på deres børn, inden hun stopper familiens ydelse.", None),
    ("Jeg sørger for, at min kone også får en god dag på lørdag, hun fylder 50.", None),
    ("Torben Bak sørger altid for, at borgerne får en ordentlig behandling.", "b"),
    ("Vi har et sommerhus i Løkken. Kommer I forbi, så hils fra os alle sammen!", None),
    ("Hvis nogen kommer forbi Jakob Bøgh i dag, så hils fra hele holdet og sig tak for "
     "hjælpen.", "a"),
    ("Jeg bor kun to gader fra jobcentret, så jeg kan sagtens komme til mødet.", None),
    ("Min bror er sagsbehandler, og jeg bor kun fem minutter fra ham. Verden er lille.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R195_VEILEDB)
def test_veiled_threat_r195_veiledb(text: str, register: str | None) -> None:
    labels = (triage(text, register) if register else triage(text)).labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels
        assert "criticism" not in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R195_VEILEDB)
def test_no_veiled_threat_r195_veiledb(text: str, register: str | None) -> None:
    assert "threat" not in (triage(text, register) if register else triage(text)).labels


# --- round 195 (helper threats): open, conditional threats whose consequence is left open: it
# "goes out over" the readers, it "ends badly" for them, the day they "get what they deserve"
# comes, or "another way" than words is found to make the person understand. Near misses: a
# budget's harm, the writer's own bad end, deserved praise, a meeting or drawings as the way.
POSITIVES_R195_THREATS = [
    ("Afviser du min ansøgning igen, så går det ud over dig. Ikke mig.", None),
    ("Trækker du i mine penge, Torben Bak, så går det ud over dig. Ikke mig.", "b"),
    ("Trækker I i min kontanthjælp igen, så ender det galt. Også for jer.", None),
    ("Hvis du afviser min ansøgning igen, så går det skidt for dig, Ulla.", None),
    ("Før eller siden får I det, I fortjener, hver eneste en af jer, I er nogle kryb.", None),
    ("Jeres klamme kontor kan vente sig, en skønne dag får I hvad I har fortjent.", None),
    ("Svarer I ikke, må jeg finde andre metoder til at få jer til at lytte. Det bliver ikke et "
     "brev.", None),
    ("Hvis Sofie Holm ikke har svaret inden mandag, må jeg finde en anden måde at få hende til "
     "at fatte det. Og det bliver ikke med et brev.", "a"),
]

NEGATIVES_R195_THREATS = [
    ("Hvis I skærer flere stillinger, så går det ud over jer selv.", None),
    ("Hvis kommunen sparer igen, så går det ud over jer og borgerne.", None),
    ("Hvis I stopper min ydelse, så ender det galt for mig, jeg kan ikke betale huslejen.", None),
    ("Det går skidt for mig i øjeblikket, og jeg håber, I kan hjælpe.", None),
    ("En dag får du hvad du fortjener, Ulla: ros og en lønforhøjelse.", None),
    ("Tillykke med jobbet, en dag får du hvad du fortjener.", None),
    ("Jeg må finde en anden måde at få min søn til at forstå det, måske med tegninger.", None),
    ("Vi må finde en anden måde at få hende til at forstå reglerne, fx et møde med tolk.", None),
]


# --- round 199 (helper veiledb): veiled threats through children, accidents and calls on
# others. The staff member's children told at their school, then their safety doubted ("ikke
# alle kan regne med det"); the staff member's home and weekly routine, then harm that "would
# just be an accident, right?"; the staff's children to be fetched put beside the next letter;
# others asked to greet a named person "so she feels it"; nothing left to lose and "think what
# that means". Near misses: a parent's own relief, a spilt coffee as an accident, a plea for
# family-friendly meeting hours, a greeting with thanks, a plain question of meaning.
POSITIVES_R199_VEILEDB = [
    ("Sofie Holm har en søn, der går i 4.C på Bakkeskolen. Rart at vide, at ens unger er "
     "trygge. Det er ikke alle, der kan regne med det.", "a"),
    ("Torben Bak har to drenge på Vestervang Skole. Dejligt at have sine børn i god behold, "
     "indtil videre.", "b"),
    ("Per Storm maler sit hus hver lørdag, og stigen står altid op ad gavlen hos Per Storm hver "
     "lørdag. Det kunne jo nemt være et uheld, ikke?", "a"),
    ("Der holder en trailer i indkørslen hos Gorm Vestergaard alle weekender. Folk kommer så "
     "let til skade. Det ville vel bare være et uheld, vel?", "b"),
    ("Jeres konsulenter har jo også børn, som skal hentes i skolen. Tænk godt over det, inden "
     "I sender den næste sanktion.", None),
    ("Du har også selv børn, der skal følges hjem. Husk lige på det, før du underskriver "
     "afslaget.", None),
    ("Ser I Jakob Bøgh på stationen, så hils fra os, han har svigtet. Gerne så han rigtig kan "
     "mærke det.", "a"),
    ("Møder nogen Henriette Dalgaard i Netto, så giv hende en hilsen fra os alle. Så hun kan "
     "føle det.", "b"),
    ("Du har taget min bolig og mine penge, Per Storm. Nu har jeg intet at tabe. Tænk lige "
     "over, hvad det betyder.", "a"),
    ("I har smidt mig ud af alt. Jeg har ingenting at miste længere. Overvej, hvad det kan "
     "betyde.", None),
]
NEGATIVES_R199_VEILEDB = [
    ("Min datter går på Bakkeskolen. Det er dejligt at have sine børn i sikkerhed, når man selv "
     "er flygtet fra krig.", None),
    ("Mine børn er trygge hos min mor, mens jeg er til samtale, så ikke alle dage er svære.",
     None),
    ("Jeg spildte kaffe på blanketten. Det var jo bare et uheld, ikke?", None),
    ("Der står en stige op ad huset hos min nabo hver weekend, han er ved at male.", None),
    ("I har også børn, der skal hentes. Tænk over det, før I lægger møder klokken 16.", None),
    ("Jeg har børn, der skal hentes. Tænk på det, før I sender mig i praktik til kl. 17.",
     None),
    ("Hvis nogen møder Sofie Holm i byen, så hils fra os alle og sig tusind tak for hjælpen.",
     "a"),
    ("Giv Torben Bak en hilsen fra holdet, så han kan mærke, at vi savner ham.", "b"),
    ("Jeg har ikke noget at miste ved at klage, så jeg sender en klage til Ankestyrelsen.", None),
    ("Kan I forklare, hvad det betyder for min ydelse, at jeg starter i fleksjob?", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R199_VEILEDB)
def test_veiled_threat_r199_veiledb(text: str, register: str | None) -> None:
    labels = (triage(text, register) if register else triage(text)).labels
    assert "threat" in labels
    assert "case_request" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R199_VEILEDB)
def test_no_veiled_threat_r199_veiledb(text: str, register: str | None) -> None:
    assert "threat" not in (triage(text, register) if register else triage(text)).labels


# --- round 199 (helper veileda): veiled threats at named staff: a fall hazard at their home
# with a mock wish that they take care; their way home known with advice to change it; an
# address with a call to drive by or "he should know that we know"; training hours with a talk
# "without a desk between"; a praised car or garden with a pity if someone damaged it. Near
# misses: ice at the jobcentre, a road-works tip, a kind wish, an open house, praise alone.
POSITIVES_R199_VEILEDA = [
    ("Trappen op til Per Storms lejlighed er spejlglat i frostvejret, man glider let. Jeg håber "
     "da, at han passer rigtig godt på sig selv.", "a"),
    ("Der er mørkt og stejlt ved Torben Baks hoveddør. Vi håber, han passer godt på sig selv.",
     "b"),
    ("Sofie Holm, vi kender udmærket din rute hjem om aftenen. Du skulle måske cykle en anden "
     "vej hjem.", "a"),
    ("Jeg ved godt, hvilken vej Henriette Dalgaard kører hjem. Hun bør nok tage en ny rute af "
     "og til.", "b"),
    ("Jakob Bøgh har adresse på Rosenvænget 14 i Ribe. Kig forbi og hils, han skal vide, at "
     "vi ved hvor han bor.", "a"),
    ("Torben Bak træner i svømmehallen hver tirsdag kl. 7. Har nogen noget at sige ham uden "
     "en glasrude imellem, så er det der.", "b"),
    ("Flot Skoda du har, Per Storm. Det ville være synd for de fælge.", "a"),
    ("Her er Gorm Vestergaards villa. Fin hæk. Ærgerligt hvis nogen smadrede den.", "b"),
]
NEGATIVES_R199_VEILEDA = [
    ("Der er glat ved indgangen til jobcentret, folk falder hele tiden. Kan I salte?", "a"),
    ("Trappen ved min opgang er isglat, og jeg håber, I forstår, at jeg ikke kan komme.", "a"),
    ("Sofie Holm er sygemeldt. Vi håber, hun passer godt på sig selv og bliver rask.", "a"),
    ("Du burde tage en anden vej hjem, Per Storm, der er vejarbejde på Ringvejen.", "a"),
    ("Jeg kender godt vejen til jobcentret, så jeg kommer selv til mødet.", "b"),
    ("Kig forbi og hils på os i receptionen, der er kaffe og kage hele dagen.", "a"),
    ("Torben Bak spiller badminton om onsdagen, fortalte han til julefrokosten.", "b"),
    ("Jeg vil gerne tale med Torben Bak uden en skranke imellem, kan vi mødes på biblioteket?",
     "b"),
    ("Sofie Holm træner i svømmehallen hver fredag kl. 16, hun var med i lokalavisen.", "a"),
    ("Flot bil du har fået, Jakob Bøgh. Tillykke med den!", "a"),
    ("Det ville være synd hvis haven groede til, nu hvor vi flytter.", None),
]


# Stop 34: later rounds' lists in the same tables (their helpers had written two near-identical
# test functions each), extended in place so the table tests above read them too. Plain
# texts run on register "a"; texts naming staff must also give `exposure`.
ROUND_THREATS_QUOTED += [*POSITIVES_R191_OMINOUS, *POSITIVES_R195_CALLS]
ROUND_NO_THREATS += [
    *NEGATIVES_R191_OMINOUS,
    *NEGATIVES_R195_CALLS,
    *((text, "a") for text in (*NEGATIVES_R191_VEILED, *NEGATIVES_R195_VEILEDA)),
    *((text, register or "a") for text, register in NEGATIVES_R199_VEILEDA),
    *(
        (text, register or "a")
        for text, register in (*NEGATIVES_R191_THREATS, *NEGATIVES_R195_THREATS)
    ),
]
ROUND_THREATS_NAMED = [
    *((text, None) for text in (*POSITIVES_R191_VEILED, *POSITIVES_R195_VEILEDA)),
    *POSITIVES_R191_THREATS,
    *POSITIVES_R195_THREATS,
    *POSITIVES_R199_VEILEDA,
]


@pytest.mark.parametrize(("text", "register"), ROUND_THREATS_NAMED)
def test_round_tables_threat_and_named_exposure(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


# --- round 199 (helper threats): open and ominous threats. A parcel whose "don't open it" is
# taken back; a wish that others seek the person out with a weapon; good locks hoped for and a
# stranger in the dark; waiting at the staff's cars after work; finding the person one night and
# no hiding behind the desk (dialect too); coming by "with something she won't forget"; the
# jobcentre "flying into the air" as a pity; the day nobody bothers to write letters any more.
# Near misses: parcels of papers, real advice about burglars, lifts, kind surprises, games.
POSITIVES_R199_THREATS = [
    ("Der ligger en kasse til din skranke i morgen. Du må ikke åbne den. Eller jo, bare åbn "
     "den.", None),
    ("Der står en pakke til hans kontor på torsdag, Kim Frederiksen. I må ikke åbne den. Eller "
     "jo, gør I bare.", "a"),
    ("Jeg håber, at folk en nat opsøger Torben Bak med et jernrør.", "b"),
    ("Jeg ønsker at nogle en dag finder hende med en kølle, hun har det godt fortjent.", None),
    ("Håber du har solide låse på personaleindgangen. Ingen ved, hvem der dukker op, når "
     "mørket falder på.", None),
    ("Vi holder ved dine biler når I får fri fra arbejde, Sofie Holm.", "a"),
    ("Jeg venter ved jeres cykler efter lukketid i aften.", None),
    ("Æ ska nok finde dig en nat, Henriette Dalgaard, og så kan du ikke skjule dig bag den "
     "glasrude.", "b"),
    ("Godkender Jakob Bøgh ikke mit forløb, kigger jeg forbi med noget, han sent glemmer. Så "
     "kommer jeg forbi.", "a"),
    ("Det ville være en skam, hvis rådhuset i Vejle en nat røg i luften.", None),
    ("Snart er der nogle der ikke gider klage mere. Så må I jo se, hvad der sker.", None),
]

NEGATIVES_R199_THREATS = [
    ("Der kommer en pakke til jeres reception på mandag med mine lønsedler.", None),
    ("Pakken med attesterne må I gerne åbne, den er til min sag.", None),
    ("Jeg håber, I har gode låse på arkivet, for der har været indbrud i kælderen.", None),
    ("Vi holder ved jeres biler efter fyraften, så kører vi sammen i samkørsel til festen.", None),
    ("Jeg skal nok finde dig en ny tid i kalenderen, Sofie.", "a"),
    ("Jeg kommer forbi med noget, I ikke glemmer: en stor kage som tak.", None),
    ("Det ville være ærgerligt, hvis tallene i budgettet fløj i luften igen.", None),
    ("Jeg håber, at nogen en dag møder dig med en kage og et smil.", None),
    ("Tryk på knappen, så kan I se, hvordan det virker.", None),
    ("Mange borgere gider ikke skrive til jer mere, fordi I aldrig svarer.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R199_THREATS)
def test_open_ominous_threat_r199_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R199_THREATS)
def test_no_open_ominous_threat_r199_threats(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- round 203 (helper veiledb): veiled threats through the family, and false threats. The
# spouse's workplace told, then the spouse wished the same bad treatment; the staff reminded that
# they too have children to fetch, then "husk det, næste gang". Near misses: the wish alone, the
# spouse named without a wish, a plea for a parent-friendly hour, the writer's own children.
POSITIVES_R203_VEILEDB = [
    ("Alle ved, at Sofie Holm er gift med en sygeplejerske på Nordsjællands Hospital. Måske "
     "burde han også prøve at blive behandlet elendigt.", "a"),
    ("Vi ved godt, at Torben Bak er gift med en ekspedient i Netto ved torvet. Hun skulle også "
     "prøve at blive behandlet skidt.", "b"),
    ("I på kontoret har jo også selv unger, der skal hentes. Husk det, næste gang I stopper en "
     "ung mands ydelse.", None),
    ("I som sidder i ydelsesteamet har også børn der skal afleveres. Husk det inden I sender "
     "flere sanktioner.", None),
]
NEGATIVES_R203_VEILEDB = [
    ("Måske burde han også prøve at blive behandlet dårligt i en jobcenterkø, så han forstod "
     "hvordan det er.", None),
    ("Jeg ved godt, at Sofie Holm er gift med en lærer på Bakkeskolen, for hun fortalte det "
     "selv til mødet.", "a"),
    ("I har også selv børn der skal hentes, så I forstår sikkert, at jeg ikke kan komme kl. 15.",
     None),
    ("Husk det næste gang I sender en indkaldelse: jeg har selv børn der skal hentes i "
     "børnehaven.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R203_VEILEDB)
def test_veiled_family_threat_r203_veiledb(text: str, register: str | None) -> None:
    labels = (triage(text, register) if register else triage(text)).labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R203_VEILEDB)
def test_no_veiled_family_threat_r203_veiledb(text: str, register: str | None) -> None:
    assert "threat" not in (triage(text, register) if register else triage(text)).labels


# --- round 203 (helper veiledb): false threats. A farewell note "so you know, if you don't hear
# from me again" is self_harm only; a wheelchair user who knows where the office is but cannot
# get up the stairs; a staff member's children at a private school told as hypocrisy (doxxing,
# no threat). Near misses keep the threat: the same opening with a knife or a meeting outside,
# the home of "du" known despite a wheelchair, the school followed by harm to the child.
NO_THREAT_R203_VEILEDB = [
    ("orker ikke mere. skriver det bare så du ved det, hvis du aldrig hører fra mig igen. har "
     "gemt tabletterne", None, "self_harm"),
    ("Jeg kan ikke mere. Bare så I ved det hvis I ikke hører noget fra mig. Rebet hænger klar.",
     None, "self_harm"),
    ("Tak for indkaldelsen, jeg ved godt hvor I bor. Men der er kun trapper op til 3. sal, og "
     "jeg bruger rollator. Kan mødet flyttes til stueetagen?", None, "case_request"),
    ("Jeg ved godt hvor I ligger, men der er ingen elevator, og min søn kører i kørestol. Kan vi "
     "mødes et andet sted?", None, "criticism"),
    ("Pudsigt at Torben Baks døtre går på friskole i Espergærde, mens han skærer i vores "
     "tilbud.", "b", "doxxing"),
    ("Sofie Holms søn går på privatskole i Rungsted, samtidig med at hun siger nej til min "
     "bevilling.", "a", "doxxing"),
]
STILL_THREAT_R203_VEILEDB = [
    ("Skriver bare så I ved det: næste gang I indkalder mig, tager jeg kniven med.", None),
    ("Bare så du ved det, hvis du ikke ændrer afgørelsen, så brænder jeg dit hus ned.", None),
    ("Jeg ved hvor du bor, Sofie Holm, og jeg sidder ikke i kørestol, så trapperne stopper mig "
     "ikke.", "a"),
    ("Jeg ved godt hvor I bor. Vi ses på parkeringspladsen efter fyraften.", None),
    ("Torben Baks døtre går på friskole i Espergærde. Det ville være synd, hvis der skete dem "
     "noget på vejen hjem.", "b"),
]


@pytest.mark.parametrize(("text", "register", "label"), NO_THREAT_R203_VEILEDB)
def test_false_threat_dropped_r203_veiledb(text: str, register: str | None, label: str) -> None:
    labels = (triage(text, register) if register else triage(text)).labels
    assert "threat" not in labels
    assert label in labels


@pytest.mark.parametrize(("text", "register"), STILL_THREAT_R203_VEILEDB)
def test_threat_kept_near_false_r203_veiledb(text: str, register: str | None) -> None:
    assert "threat" in (triage(text, register) if register else triage(text)).labels


# --- round 203 (helper threats): open and ominous threats. Harm foretold for whoever sits at
# the desk; cutting a person to pieces; the offices not left standing beside fuel counted out; a
# deadline for the decision and "ellers får du besøg"; taking others along in death; harm
# foretold with the blame laid ahead; the reader to learn what fear feels like; the matter "not
# over" beside "vi ses". Near misses: criticism, cooking, bringing a companion, a complaint
# that goes on, the writer's own fear, a car's fuel, a visit from a lawyer.
POSITIVES_R203_THREATS = [
    ("Får jeg afslag igen, kommer jeg selv ned på rådhuset. Det bliver ikke kønt for dem, der "
     "står bag disken.", None),
    ("Hvis I stopper min kontanthjælp, så bliver det ikke sjovt for dig, Kim Frederiksen.", "a"),
    ("Torben Bak, vi flår dig i strimler, dit usle svin.", "b"),
    ("Jeg parterer hende i små bidder, den kælling på tredje sal.", None),
    ("Jeres rådhus står der ikke længe. Nogle liter tændvæske klarer resten.", None),
    ("Sofie Holm: du har tre dage til at omgøre sanktionen. Ellers får du besøg.", "a"),
    ("Hvis jeg går til grunde på grund af jer, så tager jeg nogle af jer med mig i graven.",
     None),
    ("Folk er godt trætte af jer på kontoret. Det kan gå galt en dag, og så er det jeres egen "
     "skyld. Tænk over det.", None),
    ("En dag står der måske en kasse ved jeres indgang. Så skulle I mærke hvordan det er at "
     "være bange.", None),
    ("Henriette Dalgaard, du skal ikke bilde dig ind at det her er ovre. Vi ses.", "b"),
]

NEGATIVES_R203_THREATS = [
    ("Det bliver ikke pænt for borgerne, når den nye reform rammer deres økonomi.", None),
    ("Jeg skærer løgene i småstykker, før de kommer på panden.", None),
    ("Jeg tager min bror med mig til mødet på jobcentret som bisidder.", None),
    ("Et par liter benzin på bilen, så kan jeg nå frem til samtalen.", None),
    ("Du har to dage til at ændre afgørelsen, ellers får du besøg af min advokat.", "a"),
    ("Du skal ikke tro at sagen er slut, jeg klager til Ankestyrelsen.", "a"),
    ("I ved ikke hvordan det føles at være bange for at miste sit hjem.", None),
    ("Hvis systemet går galt med min ansøgning igen, er det ikke min skyld.", None),
    ("Jeres gamle kontor står der ikke længe, det skal rives ned til sommer, læste jeg.", None),
    ("Jeg er ved at dø af grin, så jeg tager nogen med mig til koncerten i aften.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R203_THREATS)
def test_open_ominous_threat_r203_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R203_THREATS)
def test_no_open_ominous_threat_r203_threats(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- round 203 (helper veileda): veiled threats at named staff's private life: a musing that
# the person's car might not start, beside brakes that fail; a relative's workplace and a terse
# "many accidents"; a hiding place behind the desk and a shrugging "I'm just saying"; the person
# told she is not safe at home; "think it over" beside accidents that befall the careless; one
# day someone waiting for the person. Near misses: a breakdown told, work-safety complaints, a
# shrug after criticism, "sure to get a job", a pick-up at the station.
POSITIVES_R203_VEILEDA = [
    ("Nogle gange spekulerer jeg på, om Per Storms bil en morgen ikke ville starte. Eller om "
     "bremserne en dag ikke virkede.", "a"),
    ("Tænk, hvis Torben Baks bil pludselig ikke kunne starte. Og hvis styretøjet så svigtede.",
     "b"),
    ("Sofie Holm, din kone er ansat på lageret i Kolding, ikke? Tunge paller. Mange uheld.",
     "a"),
    ("Henriette Dalgaard, hendes søn arbejder på havnen i Esbjerg. Store kraner. Mange "
     "arbejdsulykker.", "b"),
    ("Jakob Bøgh tror, han kan gemme sig bag skranken hele livet. Det er kun noget, jeg "
     "siger til jer.", "a"),
    ("Torben Bak tror, han kan gemme sig bag disken. Det er bare noget, jeg siger.", "b"),
    ("Kim Frederiksen skal ikke tro, at han er tryg derhjemme.", "a"),
    ("Henriette Dalgaard skal ikke tro, hun kan være sikker hjemme.", "b"),
    ("Per Storm burde vist tænke sig om. Uheld rammer tit folk, som ikke ser sig for.", "a"),
    ("Torben Bak skulle se sig for. Ulykker kan ske for mennesker, der ikke passer på.", "b"),
    ("Sofie Holm, rød Fiat, holder bag Algade 3 hver dag. En aften sidder der nogen og venter "
     "på dig.", "a"),
    ("Gorm Vestergaard, før eller siden står der nogen og venter på ham.", "b"),
]
NEGATIVES_R203_VEILEDA = [
    ("Hvis Per Storms bil ikke ville starte, kunne han jo tage bussen til mødet.", "a"),
    ("Min bil ville ikke starte i morges, og bremserne var også slidte, så jeg kom for sent.",
     None),
    ("Jeg arbejder på en fabrik med tunge maskiner. Mange ulykker. I bør sende en konsulent.",
     None),
    ("På byggepladsen var der mange uheld, og derfor har jeg fået ondt i ryggen.", None),
    ("Ventetiden på jobcentret er alt for lang. Det er bare noget, jeg siger.", None),
    ("Du skal ikke tro, du er sikker på at få job, bare fordi du har en uddannelse.", None),
    ("Man skal ikke tro, at alle er trygge i de nye boliger, der er fugt overalt.", None),
    ("Ulykker sker for folk, der ikke passer på, så husk sikkerhedsskoene i praktikken.", None),
    ("Når Sofie Holm lander i lufthavnen, står der nogen og venter på hende med blomster.",
     "a"),
    ("En dag står der nogen og venter på dig med en kage og tillykke.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R203_VEILEDA)
def test_veiled_private_life_threat_r203_veileda(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R203_VEILEDA)
def test_no_veiled_private_life_threat_r203_veileda(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- round 207 (helper veiled): veiled threats through children, homes and "things happen":
# the staff reminded of their own children with a bare "think about that"; the hope that they
# have thought of their own children on the school run; a child's school told beside the wish
# that the person learns how it feels; children placed at a playground beside "a pity if
# something changed"; a home street beside wondering whether the door is locked at night;
# mishaps listed, then "it could happen to a certain consultant too"; self-harm denied and the
# suffering turned on the staff. Near misses: pleas for empathy or family-friendly hours, a
# wish told alone, a changed appointment, a neighbour locking up, winter accidents, self-harm
# denied with a complaint.
POSITIVES_R207_VEILED = [
    ("Jeres rådgivere har jo også unger. Det burde I nok tænke over.", None),
    ("Sofie Holm har vel også to døtre. Det skulle hun måske overveje nærmere.", "a"),
    ("Jeg tror, du har husket på, at du selv har en datter, som skal hjem fra skolen.", None),
    ("Jeg håber, Torben Bak har tænkt over, at han også har sønner, der skal cykle til skole.",
     "b"),
    ("Kim Frederiksen har en datter i 4.a på Vibeskolen. Jeg håber, han en skønne dag får at "
     "mærke, hvordan det er.", "a"),
    ("Henriette Dalgaards to drenge er så glade i svømmehallen om lørdagen. Det ville være "
     "ærgerligt, hvis noget skulle ændre sig.", "b"),
    ("Gorm Vestergaard bor på Kastanjevej 12 i Hvidbjerg. Gad vide om han husker at låse "
     "hoveddøren om natten.", "b"),
    ("Vinduer bliver knust, cykler faldt om, lakken bliver ridset. Sådan kunne det sagtens "
     "også ske for en vis sagsbehandler på tredje sal.", None),
    ("Jeg kommer ikke til at skade mig selv. Det er jer, der skal have det skidt, ikke mig.",
     None),
    ("Jeg vil ikke tage mit eget liv. Det er ikke mig, der skal have det svært, det er dig.",
     None),
]
NEGATIVES_R207_VEILED = [
    ("I rådgivere har jo også børn. Det burde I tænke over, når I forstår, hvor svært det er "
     "at være syg forælder.", None),
    ("Sagsbehandlere har også børn, der skal hentes, så lad os flytte mødet til kl. 9.", None),
    ("Jeg håber, du har tænkt på, at jeg selv har en søn, der skal hentes i børnehaven kl. 15.",
     None),
    ("Jeg håber, at lederen en dag finder ud af, hvordan det føles at vente et halvt år på "
     "svar.", None),
    ("Det ville være synd, hvis noget ændrede sig ved mødetiden, så sig endelig til i god tid.",
     None),
    ("Min nabo bor på Egevej 4. Mon ikke han låser døren om natten, nu hvor der er indbrud.",
     None),
    ("Folk falder på isen og biler bliver ridset i sneen. Det kan også ske for mig, så jeg "
     "kommer ikke til mødet.", None),
    ("Jeg er ikke typen, der gør noget ved mig selv. Men jeg har det skidt, og jeg har brug for "
     "hjælp nu.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R207_VEILED)
def test_veiled_children_home_threat_r207_veiled(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R207_VEILED)
def test_no_veiled_children_home_threat_r207_veiled(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- round 207 (ominous threats and calls on others) ---
POSITIVES_R207_OMINOUS = [
    # a call to bring something to hit with, then "time they feel it"
    ("Kom alle sammen til rådhuset på mandag, og tag noget med, vi kan slå med. Det er vist "
     "tid, at cheferne føler noget.", None),
    ("Medbring noget, man kan banke med, når vi mødes ved forvaltningen. Nu er det tid, at I "
     "får noget.", None),
    # a staff member told to get a bodyguard
    ("Per Storm skulle måske hyre sig en livvagt.", "a"),
    ("Torben Bak bør vist finde sig en bodyguard.", "b"),
    # windows lying in the street, told as no surprise
    ("Så skal I ikke blive overraskede, hvis vinduerne i jeres afdeling en nat ligger på "
     "gaden.", None),
    ("I skal ikke blive overraskede, hvis glasdøren en dag ligger i stykker.", None),
    # the staff seen in the town's shops, then "think about it if I were you"
    ("Jeres medarbejdere handler jo også i Brugsen. Det ville jeg tænke over, hvis jeg var "
     "dig.", None),
    ("Sagsbehandlerne går også i Føtex ligesom os andre. Hvis jeg var jer, ville jeg tænke "
     "over det.", None),
    # a beating deserved; a routine offered to whoever is interested
    ("Torben Bak har fortjent en på kassen.", "b"),
    ("Den sagsbehandler har sgu fortjent et par på skallen.", None),
    ("Sofie Holm får fyraften klokken 15, hvis nogen skulle være interesseret.", "a"),
    # anyone who meets the person to give her what she deserves
    ("Når folk løber ind i Sofie Holm i Irma, skal de give hende det, hun fortjener.", "a"),
    ("Når nogen støder på Gorm Vestergaard til fodbold, så giv ham hvad han fortjener.", "b"),
    # "in your own way" when meeting her; she deserves no peace
    ("Når I ser Per Storm i Brugsen, så sig jeres mening på jeres egen måde. Han fortjener "
     "ikke at være i fred.", "a"),
    ("Hvis nogen render ind i Torben Bak, så vis det på din egen måde. Han har ikke fortjent "
     "at leve i ro.", "b"),
    # people like her learn the hard way; the writer knows helpers
    ("Typer som Jakob Bøgh lærer det altid på den hårde måde. Jeg kender et par stykker, der "
     "gerne hjælper ham med det.", "a"),
    ("Folk som dig lærer det på den hårde måde. Jeg kender nogle, der godt vil hjælpe dig med "
     "det.", None),
    # an old building that burns fast beside fire alarms or many who have had enough
    ("I burde nok tjekke jeres røgalarmer. Sådan en gammel rønne brænder hurtigt.", None),
    ("Der er mange derude, der har fået nok, og jobcentret brænder som et fyrfadslys.", None),
]
NEGATIVES_R207_OMINOUS = [
    ("Det er på tide, at politikerne mærker det på pengepungen.", None),
    ("Tag noget med, I kan slå med, til rundbold i parken. Nu er det tid, at I får noget.",
     None),
    ("Popstjernen burde skaffe sig en bodyguard til koncerten.", None),
    ("Jeg burde skaffe mig en livvagt, så bange er jeg blevet for mørket.", None),
    ("Efter alle de trusler burde Sofie Holm skaffe sig en livvagt, jeg er bekymret.", "a"),
    ("Efter stormen i nat ligger ruderne fra skolen på fortovet.", None),
    ("Glarmesteren sagde, at vinduerne ender på jorden, hvis de ikke bliver skiftet.", None),
    ("Jeg mødte min sagsbehandler i Netto, hun handler også i Netto og var sød.", None),
    ("Sig ikke dit job op, før du har et nyt. Det ville jeg tænke over, hvis jeg var dig.",
     None),
    ("Han har fortjent et par ord med på vejen, når han går på pension.", None),
    ("Vi har en ledig lejlighed i Vejle, hvis nogen skulle være interesseret.", None),
    ("Hvis du møder Per Storm, så giv ham et kram, han har fortjent det.", "a"),
    ("Hvis I ser hende, så giv hende den ros, hun har fortjent.", None),
    ("Hvis I møder hende til festen, så sig tak på jeres egen måde.", None),
    ("Hun fortjener ikke at være i fred for mine klager, før sagen er løst.", None),
    ("Jeg lærte det selv på den hårde måde, ligesom dem.", None),
    ("Min nabo kender nogle, der gerne hjælper hende med det. Hun skal bare ringe.", None),
    ("Gamle træhuse brænder hurtigt, så husk en brandslukker derhjemme.", None),
    ("Der er mange herude, der har fået nok af ventetiden, og vi samler underskrifter.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R207_OMINOUS)
def test_ominous_threat_r207_ominous(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R207_OMINOUS)
def test_no_ominous_threat_r207_ominous(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- round 207 (helper threats): open threats. "ihjel" misspelt without its j (often in leet);
# "I break you" with a person as the object (spaced out too); the place to burn down and the
# writer doing it "selv"; the writer burning "the whole lot" down; a weapon bought beside a dare
# to sanction again; not leaving quietly, coming back and taking someone along; "the last time
# she does anything". Near misses: a game, a code, a bonfire, a CD, a candle, a companion to a
# meeting, the writer's own last visit, a dare with no weapon, a complaint "done myself".
POSITIVES_R207_THREATS = [
    ("Kim Frederiksen, lukker du for min hjælp igen, så banker jeg dig ihel.", "a"),
    ("hvis hun rører mine penge så sl4r vi hende 1hel, det lover jeg", None),
    ("Torben Bak, én gang til med de trusler om sanktion, så knækker jeg dig.", "b"),
    ("du skal bare vente, jeg skal nok k n æ k k e dig", None),
    ("Hele kommunen burde brænde ned, og tør ingen andre, så gør jeg det selv.", None),
    ("Det kontor fortjener at brænde ned. Gør ingen det, gør vi det selv.", None),
    ("Jeg brænder hele lortet ned, og jobcentret i Køge får en uge.", None),
    ("Brænder jeg hele biksen ned, så har I fortjent det.", None),
    ("Jeg har en kølle stående i gangen. Kom bare og træk i min ydelse igen.", None),
    ("Min machete ligger klar. Kom I bare og sanktioner mig en gang til.", None),
    ("Stopper I min hjælp, går jeg ikke stille. Jeg kommer tilbage, og så tager jeg nogle med "
     "mig.", None),
    ("Jeg går ikke bare stille hjem i dag, jeg vender tilbage og tager nogen med mig.", None),
    ("Hvis Sofie Holm afviser min sag igen, så er det sidste gang hun afviser nogen overhovedet.",
     "a"),
    ("Sender Henriette Dalgaard mig på kursus igen, så bliver det sidste gang hun sender noget "
     "som helst.", "b"),
]

NEGATIVES_R207_THREATS = [
    ("Min søn slår mig altid i skak, men i går knækker jeg ham endelig.", None),
    ("Jeg knækker koden til det nye system, hvis I giver mig en uge.", None),
    ("Systemet slår folk ihel med alle de krav, skriver avisen.", None),
    ("Kommunen burde lukke den afdeling, og hvis ingen andre klager, så gør jeg det selv.", None),
    ("Bålet skal brænde ned, før vi går hjem, ellers slukker jeg det selv.", None),
    ("Jeg brænder hele skidtet af nytårsaften, raketter og det hele.", None),
    ("Jeg brænder lyset ned til stumpen hver aften.", None),
    ("Kom bare og hent mig ved stationen kl. 10.", None),
    ("Jeg har købt en hammer til min nye reol. Kom bare og se den.", None),
    ("Jeg går ikke stille med den afgørelse. Næste gang tager jeg nogen med mig til mødet.",
     None),
    ("Hvis I sender mig i praktik igen, så er det sidste gang jeg møder op hos jer.", None),
    ("Sofie Holm sagde, at det er sidste gang hun sender mig et brev om det.", "a"),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R207_THREATS)
def test_open_threat_r207_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R207_THREATS)
def test_no_open_threat_r207_threats(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- round 211 (veiled threats on private life) ---
# Positives: a reminder of one's own children, then "så pas godt på dem"; a car told with where
# it stands, then "he should know we have seen it"; a car, its plate and its spot, then advice
# to park elsewhere "if she is smart"; children at a named school, then how the person would
# like someone meddling with their family; accidents listed, then "think about it before";
# a dare to the readers to wait for a person, with the hour he leaves work. Near misses: a
# congratulation or holiday advice, a letter seen, the writer's own car, parking wardens, a
# meddling with a case, winter safety and lighting, courage to speak up.
POSITIVES_R211_VEILED = [
    ("Til ham ved informationen: du har jo også børn, ikke? Så pas rigtig godt på dem.", None),
    ("Torben Bak har også unger, ikke? Så pas godt på dem.", "b"),
    ("Lotte Mikkelsen Vang kører i en hvid Toyota og holder altid på p-pladsen bag Føtex. Hun "
     "skal bare vide, at vi har set den.", "a"),
    ("Per Storm kører rundt i en blå Ford og parkerer den ved Brugsen hver morgen. Han må lige "
     "vide, at jeg har spottet den.", "a"),
    ("Den røde Golf med nummerpladen AB 12 345, der står på personaleparkeringen hver morgen, "
     "er Sofie Holms. Hun burde nok parkere et andet sted, hvis hun er smart.", "a"),
    ("Den hvide Yaris med nummerpladen CD 98 765, som holder på p-pladsen bag rådhuset, er "
     "Torben Baks. Han skulle begynde at holde andre steder, hvis han er klog.", "b"),
    ("Kim Frederiksen har en søn på Vibeskolen i 2.a. Mon han ville synes, det var rart, hvis "
     "nogen rodede i hans familie, ligesom han roder i min?", "a"),
    ("Henriette Dalgaard har to piger på Højvangskolen. Gad vide om hun ville synes, det var "
     "sjovt, hvis andre blandede sig i hendes familie.", "b"),
    ("Mennesker snubler på trapper, cykler forulykker. Tænk over det, før I stopper min "
     "ydelse.", None),
    ("Nogen falder ned ad trappen, biler brænder. Tænk over det, inden du sanktionerer mig "
     "igen.", None),
    ("Hvis bare én af jer havde nosser, så stod I og ventede på Jakob Bøgh, når han går fra "
     "arbejde kl. 15.", "a"),
    ("Var der bare nogen af jer med rygrad, ventede I på Torben Bak, når han cykler hjem fra "
     "arbejde.", "b"),
]
NEGATIVES_R211_VEILED = [
    ("Tillykke med tvillingerne! Så pas godt på dem.", None),
    ("Du har også børn, ikke? Så ved du, hvor svært det er at få hverdagen til at hænge "
     "sammen.", None),
    ("Jeg har sendt klagen til Per Storm. Han skal bare vide, at vi har set den, og at vi er "
     "uenige.", "a"),
    ("Per Storm kører i en blå Ford. Han skal bare vide, at vi har set den nye afgørelse.",
     "a"),
    ("Min grå Golf med nummerpladen EF 45 678 holder på personaleparkeringen, så jeg bør nok "
     "parkere et andet sted, hvis jeg er klog.", None),
    ("Sofie Holm bør parkere et andet sted, hvis hun er klog, for der er p-vagter på pladsen "
     "hver dag.", "a"),
    ("Mon hun ville synes, det var sjovt, hvis nogen blandede sig i hendes arbejde, sådan som "
     "hun blander sig i mit?", None),
    ("Kim Frederiksen har en søn på Vibeskolen. Mon han ville synes, det var sjovt, hvis nogen "
     "blandede sig i hans sag?", "a"),
    ("Folk falder på trapper, biler kører galt, og det er derfor, vi skal have bedre "
     "belysning. Tænk over det, inden I sparer.", None),
    ("Folk falder på glatte trapper, biler kører galt i sneen. Tænk over det, inden du sender "
     "mig i praktik kl. 6.", None),
    ("Hvis bare én af jer havde nosser, ville I stå op mod ledelsen og sige fra over for de nye "
     "regler.", None),
    ("Hvis bare én af jer havde mandsmod, ventede I ikke på chefen med at rette fejlen.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R211_VEILED)
def test_veiled_private_life_threat_r211_veiled(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R211_VEILED)
def test_no_veiled_private_life_threat_r211_veiled(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- probe round 211 (threats) ---------------------------------------------------------------
# A person or their car told, then "it" set alight; the next one of you beaten "to pulp"; a
# soldier's past held out beside "won't get away"; the person told to bring the police beside
# "it won't be pretty"; fuel or a weapon owned beside "you know where it ends"; a condition left
# open and "figure out the rest"; a surprise for the staff with everyone told to be in. Near
# misses: a bonfire, fish beaten to pulp, a card game, a complaint, PTSD told, the bailiff"s
# police, a letter in the bin, a form"s instructions, cake brought as thanks, and bombing the
# jobcentre with applications or questions (a figure of speech, no threat, no exposure).
POSITIVES_R211_THREATS = [
    ("Jeg har set, at Kim Frederiksen holder i sin grå Skoda ved svømmehallen. En nat stikker "
     "jeg ild på den.", "a"),
    ("Torben Bak har lige fået ny carport ved sit hus. Snart sætter jeg ild til det.", "b"),
    ("Jeg banker den første af jer, der nævner aktivering igen, til hakkebøf.", None),
    ("Vi slår enhver, som ringer med flere krav, til ukendelighed.", None),
    ("Sofie Holm skal ikke tro at hun slipper. Jeg har været soldat i ti år, jeg ved præcis "
     "hvordan man gør.", "a"),
    ("Henriette Dalgaard kan ikke regne med at slippe. Jeg var i fremmedlegionen, jeg ved "
     "godt hvordan det gøres.", "b"),
    ("Sig til Torben Bak, at jeg møder op på hans kontor fredag, og han må hellere have "
     "vagterne med, for det bliver ikke kønt.", "b"),
    ("I skal have politiet med til mødet på mandag. Det bliver ikke rart.", None),
    ("Jeg har en benzindunk i bilen. Den dag I sanktionerer mig igen, ved du godt hvor den "
     "lander.", None),
    ("Jeg har en økse i kælderen. Stopper I min ydelse, ved I nok hvad den ender med.", None),
    ("Hvis du sanktionerer mig igen, så… Du finder nok selv ud af resten.", None),
    ("Hvis I skærer i min kontanthjælp, så… ja, I finder vel selv ud af resten.", None),
    ("På torsdag dukker jeg op med en lille overraskelse til jer i receptionen. Sørg for at "
     "alle er til stede.", None),
    ("Fredag kommer jeg forbi med en overraskelse til dig, Kim Frederiksen. Den glemmer du "
     "aldrig. Sørg for, at alle er på kontoret.", "a"),
    ("Jeg bomber jeres kontor med en rørbombe på fredag.", None),
]

NEGATIVES_R211_THREATS = [
    ("Min nabo har lavet et stort bål i haven. I aften sætter vi ild til det.", None),
    ("Min gamle sofa står i carporten. Til sankthans sætter vi ild til den.", None),
    ("Kokken slår torsken til plukfisk i køkkenet.", None),
    ("Jeg slår den første af jer i kortspil til julefrokosten.", None),
    ("Sagsbehandleren skal ikke regne med at slippe for en klage. Jeg har været udsendt i "
     "Afghanistan og ved godt, hvordan man skriver en.", None),
    ("Jeg har været udsendt i Irak, så jeg ved godt, hvordan man gør, når man har PTSD. Jeg "
     "søger om ressourceforløb.", None),
    ("Kim Frederiksen skal ikke regne med at slippe. Jeg klager til Ankestyrelsen.", "a"),
    ("Fogeden skal have politiet med til udsættelsen, og det bliver ikke pænt for min nabo.", None),
    ("Sofie Holm sagde, at jeg skulle tage politiet med, når jeg henter mine ting hos min "
     "ex.", "a"),
    ("Hvis I sender brevet til min gamle adresse, ved I godt, hvor det ender: i "
     "skraldespanden.", None),
    ("Jeg har en dunk benzin til plæneklipperen i skuret. I ved godt hvor den ender, når den "
     "er tom.", None),
    ("Vedhæftet er skemaet udfyldt på side 1. I finder selv ud af resten.", None),
    ("Hvis I mangler noget, så ring. Du finder nok selv ud af resten.", None),
    ("Fredag kommer jeg forbi med en overraskelse til jer: hjemmebagt kage som tak. Sørg for "
     "at alle er der.", None),
    ("Sørg for at alle er til stede til mødet på tirsdag, så vi kan tage beslutningen.", None),
    ("Jeg bomber jobcentret med ansøgninger hele ugen, som Sofie Holm rådede mig til.", "a"),
    ("Kim Frederiksen, jeg har bombet dig med spørgsmål i dag, undskyld!", "a"),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R211_THREATS)
def test_open_threat_r211_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R211_THREATS)
def test_no_open_threat_r211_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" not in labels
    assert "exposure" not in labels


# --- round 211 (ominous threats and calls on others): a group that will "take" the person when
# she arrives; someone waiting at a staff entrance, people pushed only so far; a crowd at a
# staff member's home that would make her change her mind; others who "have plans"; doing to
# the person what she did to us, the writer glad to be the one; "take good care of yourself.
# Really good."; before she goes home tonight; reminding staff of the families they go home to.
# Near misses: taking someone along, a smokers' queue, a protest at the town hall, plans to
# complain, praise, an errand before going home, a get-well wish, a reminder to leave on time.
POSITIVES_R211_OMINOUS = [
    ("Vi venter ved indgangen på fredag og tager Per Storm, når han kommer. Han skal fortryde "
     "det.", "a"),
    ("Alle mand til kontoret på tirsdag, så tager vi hende, når hun går. Hun er advaret.",
     None),
    ("Bliv ikke forbavsede, når der en aften sidder nogen og lurer i cykelkælderen. Man kan kun "
     "presse mennesker så langt.", None),
    ("En dag står der nogle og venter på parkeringspladsen. I kan kun skubbe folk så langt.",
     None),
    ("Hvis en flok af os stod foran Jakob Bøghs hus en søndag, ville han sgu skifte mening. "
     "Hvem er med?", "a"),
    ("Hvis tyve af os ventede uden for Torben Baks dør, ville han hurtigt ændre holdning. Hvem "
     "er med?", "b"),
    ("Nogen skulle give kommunen en omgang, de sent glemmer. Der er mange, som har planer.",
     None),
    ("Nogen burde give sagsbehandlerne en lærestreg, de aldrig vil glemme. Jeg ved, at der er "
     "nogle andre, der har noget i støbeskeen.", None),
    ("Snart er der nogen, der gør mod Sofie Holm, hvad hun har gjort mod mig. Jeg vil med glæde "
     "være den, der gør det.", "a"),
    ("En dag gør nogen ved Gorm Vestergaard det, han har gjort ved os andre. Jeg vil ikke være "
     "ked af at være den, som gør det.", "b"),
    ("Jeg har intet at miste, og det skulle Per Storm huske, før han kører hjem i dag.", "a"),
    ("Jeg har ingenting at tabe. Det kan Kim Frederiksen tænke på, inden han cykler hjem i "
     "aften.", "a"),
    ("Sig til Sofie Holm, at hun bør passe godt på sig selv. Rigtig godt.", "a"),
    ("Hils Torben Bak og sig, at han hellere må passe godt på sig selv. Meget godt.", "b"),
    ("Glem ikke, at du har børn at komme hjem til. Tænk over det.", None),
    ("Husk lige, at I har en familie at gå hjem til. Tænk jer godt om.", None),
]
NEGATIVES_R211_OMINOUS = [
    ("Mormor tager hende med i zoo, når hun kommer på besøg. Hun glæder sig.", None),
    ("Fotografen tager hende, når hun kommer ind i salen, så vi får et godt billede.", None),
    ("Der står altid nogen og venter ved personaleindgangen på at ryge en smøg.", None),
    ("Man kan kun presse en citron så langt, så er der ikke mere saft.", None),
    ("Hvis ti af os mødte op foran rådhuset med skilte, ville politikerne nok skifte mening. "
     "Hvem er med?", None),
    ("Hvis hun læste min lægeerklæring, ville hun nok skifte mening.", None),
    ("Der er flere end mig, der har planer om at klage til Ankestyrelsen.", None),
    ("Jeg har hørt, at mange har planer for sommerferien.", None),
    ("Jeg håber, at nogen en dag gør for Sofie Holm det, hun har gjort for os. Hun har været "
     "fantastisk.", "a"),
    ("Jeg vil gerne være den, der gør det første skridt mod en løsning.", None),
    ("Ring til mig, inden du går hjem i dag.", None),
    ("Husk at lukke vinduet, før han kører hjem i aften.", None),
    ("Sig til Sofie Holm, at hun skal passe godt på sig selv og få det bedre. Vi savner hende "
     "virkelig.", "a"),
    ("Pas godt på dig selv. Rigtig godt nytår til hele afdelingen!", None),
    ("Husk, at I har familier at tage hjem til, så gå nu hjem til tiden i dag.", None),
    ("Husk, at du har børn at tage hjem til, så skynd dig at få fri.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R211_OMINOUS)
def test_ominous_threat_r211_ominous(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R211_OMINOUS)
def test_no_ominous_threat_r211_ominous(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# round 215 (veiled, home, spouse and hired help): a staff member's street address and a
# visit "one evening" announced; her run on set days and hours beside "a lot can happen in the
# dark"; her spouse or child placed, then a greeting "from one who has plenty of time"; who
# knows someone who can "have a (real) talk" with her, paid by the writer; "someone should show
# them how it feels" beside "I hope someone takes care of it". Near misses: a visit without an
# address, the writer's own ride in the dark, a sports event, a kind greeting, a talk about a
# complaint, a good talk and one's own bills, criticism and a case left lying.
POSITIVES_R215_VEILEDB = [
    ("Sofie Holm, Kirsebærvej 12, st. th. Vi kigger forbi en nat.", "a"),
    ("Torben Bak bor på Lærkegade 4, 1. sal. Jeg kommer forbi i aften.", "b"),
    ("Lotte Mikkelsen Vang cykler sin tur langs åen mandag og onsdag ved 7-tiden. Det er jo "
     "helt mørkt på stien om vinteren. Der kan ske alt muligt.", "a"),
    ("Henriette Dalgaard går tur med hunden lørdag og søndag kl. 21. Der er ret øde ude ved "
     "skoven. Der kan jo ske så meget.", "b"),
    ("Per Storms datter går i 3.b på Møllevangskolen, ikke? Hils hende. Fra én der har masser "
     "af tid.", "a"),
    ("Torben Baks mand kører bus på linje 5, ved jeg. Hils ham fra en som venter.", "b"),
    ("Kender I nogen, som kan tage sig en alvorlig samtale med Jakob Bøgh fra "
     "ydelseskontoret? En ordentlig samtale, forstås. Vi betaler.", "a"),
    ("Hvem kender en der kan få en snak med hende Henriette Dalgaard? En rigtig snak altså. "
     "Jeg betaler kontant.", "b"),
    ("Nogen burde lære de papirnussere på rådhuset, hvordan det er at miste sit hjem. Jeg "
     "håber, at der er nogen, der gør noget ved dem.", None),
    ("Folk burde vise kontornusserne i ydelsesafdelingen, hvordan det føles at blive smidt på "
     "gaden. Jeg håber sandelig, at der er en, som tager sig af dem.", None),
]
NEGATIVES_R215_VEILEDB = [
    ("Jobcentret på Torvegade 5 har åbent igen. Vi kommer forbi en dag i næste uge med "
     "papirerne.", None),
    ("Min adresse er Kastanievej 9. Sofie Holm sagde, at vi kommer forbi en dag med attesten.",
     "a"),
    ("Jeg cykler hjem langs havnen hver mandag ved 22-tiden. Der er godt mørkt, og der kan ske "
     "så meget, så jeg har fået refleksvest.", None),
    ("Per Storm løber med i firmaløbet på torsdag kl. 18. Vi hepper på ham!", "a"),
    ("Per Storms kone var min jordemor. Hils hende mange gange fra mig.", "a"),
    ("Torben Baks datter og min søn går i samme klasse. Hils hende og sig, at vi har god tid "
     "til legeaftalen på fredag.", "b"),
    ("Kender nogen en, der kan tage en snak med Per Storm om min klage? Det ville hjælpe mig "
     "meget.", "a"),
    ("Vi fik en rigtig god snak i går. Jeg betaler selv transporten.", None),
    ("Nogen burde lære cheferne, hvordan det er at blive afvist i skranken. Jeg håber, de "
     "lytter.", None),
    ("Jeg håber, der er nogen, der tager sig af det, for min sag har ligget stille i tre "
     "måneder.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R215_VEILEDB)
def test_veiled_home_kin_hired_threat_r215_veiledb(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R215_VEILEDB)
def test_no_veiled_home_kin_hired_threat_r215_veiledb(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- round 215 (open and ominous threats): the office and its paper mused on as good fuel;
# coming back with something that can hurt; the writer vowing that someone gets what they
# deserve; a murder-suicide that takes a named person along; someone who cannot show
# themselves without a beating; someone about to snap plus "watch who comes in". Near misses:
# a stove that burns well, burnout, a medical note, bad news, praise deserved, a complaint,
# taking a colleague to a meeting, a bullied child, watching a course's door, a lift shared.
POSITIVES_R215_THREATS = [
    ("Et rådhus stopfyldt med gamle sagsmapper og ringbind... de fænger nok hurtigt. Tænk over"
     " det.", None),
    ("Jeres kontor er fuld af papirer fra gulv til loft. Det ville brænde fint, skulle jeg "
     "mene.", None),
    ("Afviser I mig igen i morgen, så møder jeg op igen med noget, der gør ondt.", None),
    ("Hvis Kim Frederiksen lukker min sag, dukker jeg op med noget, der kan skade ham.", "a"),
    ("Sofie Holm har ødelagt mit liv. Jeg skal nok sørge for, at hun får, hvad hun fortjener.",
     "a"),
    ("Før eller siden får de, hvad de fortjener på kontoret, og vi skal nok sørge for, at det "
     "sker.", None),
    ("Jeg har tænkt på at tage mit eget liv, og så tager jeg Torben Bak med mig.", "b"),
    ("Når jeg skal dø alligevel, tager jeg nogen af jer sagsbehandlere med mig.", None),
    ("Henriette Dalgaard kan ikke gå ud af sin dør mere uden at få bank.", "b"),
    ("Kim Frederiksen skal ikke tro, han kan vise sig på torvet uden at få klø.", "a"),
    ("Snart bliver nogen så vrede på jer, at det går grimt. Hold øje med hvem der kommer ind "
     "hos jer.", None),
]

NEGATIVES_R215_THREATS = [
    ("Vores kontor har fået en brændeovn ved siden af papirerne, den brænder sikkert godt.", None),
    ("Der ligger papirer på hele kontoret, og jeg er bange for, at det brænder nok godt ud for"
     " personalet.", None),
    ("Jeg kommer tilbage med en lægeerklæring, der kan gøre ondt på jeres afgørelse.", None),
    ("Jeg møder op igen med noget, der gør ondt at høre: min læge siger nej.", None),
    ("Jeg skal nok sørge for, at Sofie Holm får den ros, hun fortjener, hos ledelsen.", "a"),
    ("Folk får nogle gange, hvad de fortjener. Jeg klager til Ankestyrelsen over afgørelsen.",
     None),
    ("Jeg vil tage Torben Bak med mig til mødet på torsdag.", "b"),
    ("Jeg har tænkt på at gøre en ende på det, så tag min søster med, når I ringer.", None),
    ("Min søn kan ikke gå i skole mere uden at få tæv af de andre.", None),
    ("Hun tør ikke vise sig i byen uden at få bank af sin ekskæreste.", None),
    ("Hold øje med, hvem der kommer ind til kurset, og skriv dem på listen.", None),
    ("Tak for i dag, Kim. Vi ses ved parkeringspladsen fredag, så tager vi derud sammen.", "a"),
    ("Vi mødes udenfor jobcentret kl. 9, så cykler vi afsted sammen til praktikken.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R215_THREATS)
def test_open_threat_r215_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R215_THREATS)
def test_no_open_threat_r215_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" not in labels
    assert "exposure" not in labels


# round 215 (veiled, routines and children): a staff member picked out by unit and her weekly
# run told, then a bare "Alene."; a daily trip read back with its hour beside "vi ses snart";
# the person's children seen at play beside "tænk over det" or a warning about children these
# days; children at a school beside mock pity that someone would be waiting there. Near misses:
# a weekly run praised, a trip told to fit a meeting, the writer's own trip and children,
# the warning said by a mother, pity about a missed meeting, a school told by the person.
POSITIVES_R215_VEILEDA = [
    ("Ham den skaldede fra Ydelser cykler langs åen hver lørdag ved ottetiden. Helt alene.", None),
    ("Hende den høje fra Sygedagpenge svømmer i havnen hver onsdag kl. 6. Alene.", None),
    ("Vi ses snart, Per Storm. Du tager jo toget fra Viby kl. 7.40 hver morgen, ikke?", "a"),
    ("Vi mødes nok snart, Torben Bak. Du cykler jo fra stationen kl. 17 hver dag.", "b"),
    ("Sofie Holm, dine drenge ser så glade ud, når de spiller bold i skolegården efter skole. "
     "Man skal passe godt på sine børn nu om dage.", "a"),
    ("Kære Gorm Vestergaard. Dine piger er så glade, når de gynger i parken ved søen. Tænk over "
     "det, før du sender næste afgørelse.", "b"),
    ("Per Storm har en søn på Vestskolen i 2.c. Det ville være ærgerligt, hvis der sad nogen og "
     "ventede på ham ved porten.", "a"),
    ("Sofie Holm har to døtre på Bakkeskolen. Det ville være synd, hvis nogen stod og ventede "
     "på hende der en dag.", "a"),
]
NEGATIVES_R215_VEILEDA = [
    ("Hende den søde fra Ydelser løber maraton hver søndag. Hun er så sej.", None),
    ("Ham fra Ungeindsatsen spiller fodbold hver tirsdag, sagde han til mødet.", None),
    ("Du tager jo bussen kl. 8 hver morgen, så du kan sagtens nå mødet kl. 9, Per Storm.", "a"),
    ("Jeg tager toget fra Viby kl. 7.40 hver morgen, så jeg kan først komme til mødet kl. 9.",
     None),
    ("Mine drenge er så glade, når de spiller bold i skolegården efter skole.", None),
    ("Man skal passe godt på sine børn nu om dage, siger min mor altid.", None),
    ("Det ville være synd, hvis der stod nogen og ventede på hende ved stationen, og hun ikke "
     "kom.", None),
    ("Sofie Holm har to børn på Bakkeskolen, fortalte hun selv til mødet.", "a"),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R215_VEILEDA)
def test_veiled_threat_r215_veileda(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R215_VEILEDA)
def test_no_veiled_threat_r215_veileda(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 219 (r219_ominous): ominous threats and calls on others. Others should teach the
# person "what it costs" beside a rally and an hour; what the person deserves, then a bare
# "Snart."; someone who can get a weapon, "jeg nævner det bare", think before the meeting;
# nothing to lose and think before you unlock ("før i låser op", "i" written small); no hiding
# "for ever", then "Vi ses."; out of prison soon and "I have not forgotten her"; a "greeting"
# never forgotten after "hvis nogle ser X"; a friend with a weapon and the address. Near misses:
# the cost of living, politicians taught, an impatient "Snart?", a hunting rifle for a club,
# a plea before a meeting, hiding behind a desk till the court case, a prisoner's housing,
# word sent with thanks, a greeting with thanks, a friend with a car and the office address.
POSITIVES_R219_OMINOUS = [
    ("Folk burde lære Per Storm hvad det koster at behandle syge sådan. Hvem tager med? Han har "
     "fri kl 16.", "a"),
    ("Nogle burde lære Torben Bak hvad det koster at snyde enlige mødre. Hvem er med? Han har fri "
     "kl 14.", "b"),
    ("Sofie Holm får hvad hun har fortjent. Snart.", "a"),
    ("Gorm Vestergaard får hvad han fortjener. Meget snart.", "b"),
    ("Jeg kender nogen der kan skaffe en riffel. Jeg nævner det bare.", None),
    ("Jeg kender en, som kan skaffe en pistol. Jeres leder kan jo tænke sig om inden samtalen.",
     None),
    ("Tro ikke du kan gemme dig bag din computer for altid, Per Storm. Vi ses.", "a"),
    ("Du skal ikke regne med at kunne skjule dig for evigt, Torben Bak. I er advaret.", "b"),
    ("Jeg har siddet inde i tre år. Jeg bliver løsladt i maj. Sig til Sofie Holm at jeg ikke har "
     "glemt hende.", "a"),
    ("Hvis nogle ser Torben Bak i Bilka, så giv ham en lille hilsen som han aldrig glemmer.", "b"),
    ("Jeg har en fætter med et haglgevær og adressen på Per Storm. Mere siger jeg ikke.", "a"),
    ("jeg har intet at tabe og det skulle i tænke over før i låser op i morgen", None),
]
NEGATIVES_R219_OMINOUS = [
    ("Nogen burde lære Per Storm hvad det koster at leve for kontanthjælp.", "a"),
    ("Nogen burde lære politikerne hvad det koster at være syg i Danmark. Hvem er med?", None),
    ("Hvornår kommer mine penge? Snart?", None),
    ("Jeg håber at høre fra jer. Snart.", None),
    ("Jeg kender en der kan skaffe et jagtgevær til min fars jagtforening.", None),
    ("Jeg nævner det bare, så I kan tænke jer om inden mødet om min plan.", None),
    ("Du kan ikke gemme dig bag dit skrivebord for evigt. Vi ses i retten.", None),
    ("Ledelsen kan ikke gemme sig bag skærmen for evigt, de må svare på kritikken.", None),
    ("Jeg har siddet inde i to år og kommer ud i juni. Jeg skal bruge hjælp til en bolig.", None),
    ("Sig til Sofie Holm at jeg ikke har glemt hende, tak for al hjælpen sidste år.", "a"),
    ("Hvis nogen ser Torben Bak i kantinen, så giv ham en hilsen fra mig og tak for hjælpen.",
     "b"),
    ("Jeg har en ven med en bil og adressen på jobcentret, så han kører mig til mødet.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R219_OMINOUS)
def test_ominous_threat_r219_ominous(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R219_OMINOUS)
def test_no_ominous_threat_r219_ominous(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" not in labels
    assert "exposure" not in labels


# probe round 219 (r219_threats): arson with "stikke ild til", a burning foretold to the one
# spoken to or made "literal", a death turned on the staff, "count your days" beside a knife
# emoji, what a weapon "can do" shown, harm "physically" if the writer is treated so again, and
# "you'll see what happens when I come to the jobcentre" (also with å typed as a)
POSITIVES_R219_THREATS = [
    ("Vi stikker ild på hele rådhuset en nat, så kan de lære det.", None),
    ("Jeg stak ild til jeres bygning engang, og jeg gør det igen.", None),
    ("Per Storm, nu er det dig der skal brænde. Benzinen står klar i bilen.", "a"),
    ("Næste gang er det jer som brænder. Jeg har lighteren parat.", None),
    ("Får jeg afslag igen, så brænder det på kontoret i Vejle, og jeg mener bogstaveligt.", None),
    ("Det brænder snart hos jer. Bogstavelig talt.", None),
    ("Det bliver ikke mig der skal i graven når min sag er slut. Det er dig.", None),
    ("Husk, det er ikke mig som skal begraves, men jer derinde.", None),
    ("Til alle på Sygedagpenge 🔫 tæl dagene", None),
    ("I kan godt begynde at tælle dagene 🪓", None),
    ("Stopper I min hjælp, så viser jeg dig hvad en hammer kan.", None),
    ("Jeg skal nok lære jer hvad min økse kan gøre.", None),
    ("Hvis du igen afbryder mig til mødet, så går det fysisk ud over dig.", None),
    ("Hvis nogen af jer igen griner af mig, går det ud over jer fysisk.", None),
    ("I skal få se hvad der sker når vi dukker op på jobcentret i morgen.", None),
    ("du ska fa at se hvad der sker nar jeg kommer ind pa kontoret", None),
]
NEGATIVES_R219_THREATS = [
    ("Min nabo stak ild til sit eget hus for at få forsikringen.", None),
    ("Det er dig der brænder for sagen, Per Storm, tak for det.", "a"),
    ("Nu er det dig der brænder ud, hvis du ikke holder fri.", None),
    ("Jeg har tændstikkerne klar til bålet på lørdag.", None),
    ("Det brænder på hos jobcentret, så de har travlt, men jeg venter.", None),
    ("Det er ikke mig der skal dø af det her, men jeg er bekymret for min mor.", None),
    ("Jeg tæller dagene til min ferie 🔪🍕", None),
    ("Tæl dagene til jul med børnene.", None),
    ("På værkstedet viser jeg jer hvad en hammer kan bruges til.", None),
    ("Hvis de ansatte skal løbe så stærkt, går det ud over dem fysisk.", None),
    ("Hvis I ser på mine papirer, går det ud over min økonomi.", None),
    ("Du skal bare se hvad der sker med min sag, når jeg kommer på jobcentret og klager.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R219_THREATS)
def test_threat_r219_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R219_THREATS)
def test_no_threat_r219_threats(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- probe round 219 (r219_veiled) ------------------------------------------------------------
# probe round 219 (r219_veiled): veiled threats on private life: a greeting that will be more
# next time, the stairwell known, a good night doubted, the writer at the bus stop, a child's
# school asked after photos, tyres that go flat by themselves, houses of its kind that burn,
# accidents and broken windows that "just happen" to the ones who decide
POSITIVES_R219_VEILED = [
    ("Per Storm, jeg mødte din mand i Føtex. Hils ham. Næste gang bliver det ikke ved en "
     "hilsen.", "a"),
    ("Sofie Holm kan godt lukke sagen. Jeg ved præcis hvilken dør det er. Vi ses.", "a"),
    ("Kommer nogen af jer forbi Per Storms hus, så hils lige fra mig 😉", "a"),
    ("Hils Sofie Holm og sig hun skal sove godt. Hvis hun kan.", "a"),
    ("Per Storm henter kaffe i kiosken ved stationen hver dag kl. 8.10. Jeg står der i "
     "morgen.", "a"),
    ("Sikke en sød søn du har på billederne, Sofie Holm. Han går vel stadig på Engskolen?", "a"),
    ("Per Storm, din røde Toyota holder altid samme sted. Dæk kan jo gå flade af sig selv.",
     "a"),
    ("Sofie Holm bor i et fint hus ved åen. Stråtag brænder så let, tænk over det.", "a"),
    ("Uheld sker jo hele tiden. Især for dem der skærer i folks ydelser.", None),
    ("Mærkeligt så mange ruder der går i stykker i byen. Man ved aldrig hvis tur det bliver.",
     None),
]
NEGATIVES_R219_VEILED = [
    ("Tak for hjælpen, Per Storm. Det bliver ikke ved en hilsen, jeg sender også en kage 🙂",
     "a"),
    ("Jeg ved godt hvilken opgang det er, jeg har været til møde der før.", None),
    ("Sov godt i nat og god weekend, Sofie Holm.", "a"),
    ("Jeg står der i morgen kl. 9 til mødet, som aftalt.", None),
    ("Sikke en sød datter du har på billedet, Sofie Holm. Tak for hjælpen.", "a"),
    ("Mine dæk kan jo gå flade af sig selv i frosten, så jeg kommer med bussen.", None),
    ("Uheld sker jo hele tiden på trapperne, I burde salte dem om vinteren.", None),
    ("Det er mærkeligt så mange ruder der går i stykker på min skole. Hvem betaler?", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R219_VEILED)
def test_veiled_threat_r219_veiled(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R219_VEILED)
def test_no_veiled_threat_r219_veiled(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 223 (r223_veiledb): veiled threats on private life: pity if a child "came to
# grief", an accident "one never knows when", others urged to "show how it feels", a face not
# forgotten and a meeting unforeseen, "enjoy Christmas, it may be the last", brakes asked after
# beside a car park without cameras, "such children must be looked after"
POSITIVES_R223_VEILEDB = [
    ("Sofie Holm har to drenge. Det ville være en skam hvis en af dem kom galt afsted i aften.",
     "a"),
    ("Til jer i teamet: man ved aldrig hvornår der sker et uheld. Tænk over det inden I svarer.",
     None),
    ("Nogle burde svinge forbi Per Storm en nat og vise ham hvordan det føles.", "a"),
    ("Jeg har aldrig glemt dit ansigt, Sofie. Vi støder sikkert ind i hinanden.", "a"),
    ("Per Storm skal nyde sommeren i huset. Det kan meget vel være den sidste.", "a"),
    ("Har du fået efterset bremserne for nylig, Per? Kælderen er jo ikke overvåget.", "a"),
    ("Sofie. Din datter er blevet stor. Sådan en pige skal man passe godt på.", "a"),
]
NEGATIVES_R223_VEILEDB = [
    ("Det ville være en skam hvis de kom galt afsted i trafikken, så husk cykelhjelmen.", None),
    ("Man ved aldrig hvornår der sker et uheld, derfor har vi lagt salt på trappen ved isen.",
     None),
    ("Jeg vil gerne forklare hende hvordan det føles at leve for så lidt.", None),
    ("Jeg har aldrig glemt dit ansigt, Sofie Holm, og tak for din hjælp dengang.", "a"),
    ("Nyd julen med familien, Per Storm. Det bliver den sidste før din pension.", "a"),
    ("Har du fået tjekket bremserne på værkstedet, Per? Min bil skal til syn.", "a"),
    ("Sådan nogle drenge skal man passe godt på, siger min mor altid om mine brødre.", None),
    ("Parkeringspladsen er ikke overvåget, så min cykel blev stjålet i går.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R223_VEILEDB)
def test_veiled_threat_r223_veiledb(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R223_VEILEDB)
def test_no_veiled_threat_r223_veiledb(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 223 (r223_veileda): veiled threats on private life: mock pity of a visit or a
# fright, nobody to hear at a lonely house, "coming to talk" to the kin (each a remark, a threat
# beside private life told: doxxing counts as that half), the children's looks known, a steep
# stair where "people fall" then "uheld sker", and "such a place burns like a match"
POSITIVES_R223_VEILEDA = [
    ("Per Storm, din mand arbejder jo på Netto ved stationen. Det ville være en skam hvis han "
     "fik besøg en nat.", "a"),
    ("Sofie Holm holder ferie i sommerhuset ved Vejers. Der ligger det helt ensomt. Ingen "
     "mennesker der kan høre hende.", "a"),
    ("Sofie Holms søn går til fodbold hver torsdag kl. 17 i hallen. Synd hvis han fik en "
     "forskrækkelse.", "a"),
    ("Jeg ved at Per Storms kone arbejder på plejehjemmet Solhøj. Vi kommer og hilser på hende.",
     "a"),
    ("Jeg har selv to børn, Per Storm. Men jeg ved hvordan dine ser ud.", "a"),
    ("Jeg ved godt hvordan dine unger ser ud, Sofie Holm.", "a"),
    ("Sofie Holm, I har en glat trappe op til kontoret. Folk snubler tit på den slags. Uheld "
     "sker jo.", "a"),
    ("Det gamle jobcenter er fuld af arkivkasser. Sådan et sted brænder som halm.", None),
]
NEGATIVES_R223_VEILEDA = [
    ("Det ville være synd hvis mormor ikke fik besøg i julen.", None),
    ("Vi kommer og snakker med ham om sagen på mødet i morgen.", None),
    ("Vores sommerhus ligger afsides, ingen naboer til at høre musikken. Dejligt!", None),
    ("Jeg ved hvordan dine børn ser ud fra billedet, de er søde, Sofie Holm.", "a"),
    ("I har en stejl trappe op til jobcentret. Folk falder tit, så sæt et gelænder op. Uheld "
     "sker.", None),
    ("Jobcentret har ingen røgalarm i arkivet. Sådan et sted brænder som en tændstik.", None),
    ("Per Storms kone arbejder på Netto ved stationen, jeg så hende i går.", "a"),
    ("Synd hvis hun fik et chok over regningen, men sådan er det.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R223_VEILEDA)
def test_veiled_threat_r223_veileda(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R223_VEILEDA)
def test_no_veiled_threat_r223_veileda(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- probe round 223 (r223_threats) -----------------------------------------------------------
# probe round 223 (r223_threats): a weapon found or owned beside "not much longer" or "unless";
# men brought along and "we'll see who decides"; a visit home with "you will see"; a knife
# emoji after "thinks she is safe behind her screen"; pay "not with money" (also dialect); a
# head torn off; "gets what he deserves"; "sad if she did not get home from work" (leetspeak);
# a healthier job; someone who knows the spouse
POSITIVES_R223_THREATS = [
    ("Min onkels gamle riffel ligger under sengen. I skal ikke tro, at jeg finder mig i det "
     "meget længere.", None),
    ("Jeg har været på loftet og fandt morfars gamle jagtgevær. Bare rolig. Medmindre I "
     "stopper min ydelse.", None),
    ("Siger I nej til mig igen, så tager jeg et par gutter med derind, og så skal vi se hvem "
     "der bestemmer.", None),
    ("Per Storm, hvis du ikke ændrer afgørelsen, jeg kommer til dit hus, og du vil se hvad "
     "der sker med dig.", "a"),
    ("Sofie Holm tror hun er sikker bag sin computer 🔪", "a"),
    ("Nogen på kontoret skal betale for det her, og det bliver ikke med penge.", None),
    ("Æ siger det bare. Nowen ska betål for det, og det bliver ik med penge.", None),
    ("Per Storm, næste gang river jeg hovedet af dig.", "a"),
    ("Sofie Holm skal passe godt på sig selv. Folk som hende ender med at få det de "
     "fortjener.", "a"),
    ("D3t v1ll3 v@r3 synd hv1s P3r St0rm 1kk3 k0m hj3m fr@ @rb3jd3", "a"),
    ("Per Storm burde overveje om han vil fortsætte i sit job. Der er jobs der er sikrere for "
     "helbredet.", "a"),
    ("Jeg kender nogen, der kender Per Storms kone. Han skal tænke sig godt om.", "a"),
]
NEGATIVES_R223_THREATS = [
    ("Jeg finder mig ikke i det her meget længere, så jeg klager til Ankestyrelsen.", None),
    ("Jeg har arvet fars gamle jagtgevær og skal bruge en lægeerklæring til "
     "våbentilladelsen.", None),
    ("Jeg kommer til mødet, medmindre I stopper min sag inden.", None),
    ("Så skal vi se hvem der bestemmer, når Ankestyrelsen har set på sagen.", None),
    ("Per Storm kommer til mit hus til hjemmebesøg, og så vil du se hvad der sker med sagen.",
     "a"),
    ("Lederen tror hun er usynlig bag sin skærm og sine regler. Det er dårlig ledelse.", None),
    ("Borgerne betaler for det her, ikke med penge, men med deres helbred.", None),
    ("Min chef river hovedet af mig, hvis jeg kommer for sent igen 😅", None),
    ("Jeg håber de ansatte får det de fortjener i lønforhandlingen.", None),
    ("Det var synd at min datter ikke kom hjem fra arbejde til jul.", None),
    ("Mit job er hårdt for ryggen. Der findes jobs der er sundere for helbredet.", None),
    ("Jeg kender en, der kender Per Storm fra håndbold, han siger han er flink.", "a"),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R223_THREATS)
def test_threat_r223_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R223_THREATS)
def test_no_threat_r223_threats(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- probe round 227 (r227_threatsa) ---------------------------------------------------------
# probe round 227 (r227_threatsa): a weapon named, then "one" carried in the pocket on the way
# to the person; the notice "I skal bare vide" before a weapon owned; "no more talk, now there
# will be blows"; a long condition before "it won't be pretty for you"; meeting again "without
# witnesses"; a call to turn up with something to throw; a named person to "burn for this"
POSITIVES_R227_THREATSA = [
    ("Per Storm har en økse på sit krus. Jeg har også en i tasken, når jeg skal ind til ham "
     "i næste uge.", "a"),
    ("Du snakkede om knive i går. Jeg har en i jakken, når jeg kommer ned til jer.", None),
    ("Du skal bare vide, at jeg har et gevær stående i kælderen.", None),
    ("Sofie Holm skal lige vide at min bror har en pistol.", "a"),
    ("Nu er det slut med at snakke, nu bliver der slået.", None),
    ("Jeg tager derind på torsdag, og så er det ikke ord mere, så bliver der banket.", None),
    ("Hvis min ydelse ikke er sat op igen inden udgangen af denne måned med tilbagevirkende "
     "kraft, så bliver det ikke kønt for jer.", None),
    ("Per Storm og jeg skal nok ses igen, uden vidner næste gang.", "a"),
    ("Alle der er trætte af kommunen: mød op på torvet lørdag med sten at smide med!", None),
    ("Sofie Holm skal brænde for det her.", "a"),
    ("S o f i e  H o l m  s k a l  b r æ n d e  f o r  d e t t e", "a"),
]
NEGATIVES_R227_THREATSA = [
    ("Min kniv er sløv. Jeg har kagen i tasken, når jeg kommer op til jer på fredag.", None),
    ("Jeg er kok og har en kniv med. Jeg har en i tasken, når jeg kommer ned til jer.", None),
    ("I skal bare vide, at jeg har fået jagttegn og søger om våbentilladelse til riflen.", None),
    ("Du skal bare vide, at jeg har været ked af det længe.", None),
    ("Der bliver ikke snakket i timen, der bliver spillet, og bolden bliver slået.", None),
    ("Jeg kommer ned til træning, og så bliver der slået frispark.", None),
    ("Hvis I vil have en god have, skal I huske at vande, for ellers bliver det ikke kønt.",
     None),
    ("Vi mødes igen på torsdag med min bisidder, som aftalt.", None),
    ("Mød op i parken med noget at kaste med til hundene.", None),
    ("Man skal brænde for det her job, siger Sofie Holm.", "a"),
    ("Du skal virkelig brænde for det, hvis du vil være socialrådgiver.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R227_THREATSA)
def test_threat_r227_threatsa(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R227_THREATSA)
def test_no_threat_r227_threatsa(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# --- probe round 227 (r227_threatsb) ----------------------------------------------------------
# probe round 227 (r227_threatsb): the staff's locks or guards "you will need them"; "sleep well
# ... while you can"; paying "with more than money"; "it should make you nervous" beside nothing
# to lose; a punishment "not from the kommune" (also spaced); "work out the rest" beside petrol
# and matches; a man one should not anger "and now he is"; never beaten, "a first time for all"
POSITIVES_R227_THREATSB = [
    ("Flot at I har sat vagter ved indgangen på kontoret. Dem kommer I til at få brug for.",
     None),
    ("Jeres nye alarm i receptionen er vel installeret nu. Den får I nok brug for.", None),
    ("Hej alle i Ydelse. Sov trygt i nat, mens I stadig kan.", None),
    ("sov godt derinde. så længe i kan.", None),
    ("De ansatte der stoppede min ydelse vil komme til at betale med langt mere end penge.",
     None),
    ("Jeg har intet at miste længere. Det bør gøre dig bange, sagsbehandler.", None),
    ("P e r  S t o r m  f å r  s i n  s t r a f ,  o g  d e n  k o m m e r  i k k e  "
     "f r a  p o l i t i e t", "a"),
    ("Sofie Holm skal nok få sin lærestreg, og den kommer ikke fra retten.", "a"),
    ("Jeg har fyldt en dunk benzin og købt en lighter. Resten kan I selv regne ud.", None),
    ("Min søn er ikke typen man bør gøre rasende, og det er han blevet nu. Tænk jer om, før I "
     "sender flere afslag.", None),
    ("Min far er ikke en mand man skal gøre sur, og det er han nu efter jeres brev.", None),
    ("Hende ved skranken har aldrig fået en på skallen. Det kan jo nås.", None),
    ("Lederen har vist aldrig fået tæsk. Der er altid en første gang.", None),
]
NEGATIVES_R227_THREATSB = [
    ("Medbring en hængelås til skabet i omklædningen. Den får du brug for.", None),
    ("Vi har fået nye låse på vores opgang. Dem havde vi brug for.", None),
    ("Sov godt mens du kan, når babyen kommer bliver nætterne korte.", None),
    ("Sov godt i nat, og tak for hjælpen i dag.", None),
    ("Borgerne betaler med mere end penge, nemlig med deres helbred.", None),
    ("Det burde gøre jer nervøse, at Ankestyrelsen omgør så mange af jeres afgørelser.", None),
    ("Jeg har ikke noget at miste ved at klage, så det gør jeg.", None),
    ("Bøden for den sene indberetning er min straf, men den kommer ikke fra kommunen men fra "
     "Skat.", None),
    ("Jeg har sendt lønsedler for januar og februar. Resten kan I selv regne ud.", None),
    ("Min bror er ikke en mand, der bliver vred. Han er bare ked af det.", None),
    ("Min søn har heldigvis aldrig fået en på kassen i skolen.", None),
    ("Jeg har aldrig søgt om boligstøtte før. Der er en første gang for alt.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R227_THREATSB)
def test_threat_r227_threatsb(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R227_THREATSB)
def test_no_threat_r227_threatsb(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 227 (r227_veiled): veiled threats on private life — not living to see the children
# grow up, a car told beside failing brakes, where someone keeps of an evening (dialect), a house
# that burns "like everything else", the child-care warning beside an institution told, driving
# home carefully sent through a messenger, "the kind of talk I mean", good sleep "not for much
# longer", others told to give the person "something to remember it by", who stands watching
POSITIVES_R227_VEILED = [
    ("Sofie Holms drenge er så glade, når de spiller bold i haven. Det ville være ærgerligt, "
     "hvis hun ikke nåede at se dem vokse op.", "a"),
    ("Per Storm har to søde børn. Det ville være trist hvis han ikke fik lov at se dem blive "
     "voksne.", "a"),
    ("Bremserne kan jo svigte på sådan en gammel bil. Spørg Kim Frederiksen, han kører jo "
     "en Skoda.", "a"),
    ("Det er ikke sjovt når bremserne svigter. Per Storm kører selv sådan en.", "a"),
    ("A ska nok finn ud a hvor Jakob Bøgh holder te om natten.", "a"),
    ("Vi skal nok finde ud af hvor Per Storm holder til om aftenen.", "a"),
    ("Fortæl Sofie Holm at hendes hus kan brænde som alt andet på den vej.", "a"),
    ("Hans sommerhus kan brænde ligesom alle andres, sig det til Per Storm.", "a"),
    ("Til Per Storm: din datter går i Bikuben børnehave og bliver hentet kl. 16. Man skal "
     "passe godt på sine børn nu om dage.", "a"),
    ("Uheld sker jo i mørket. Fortæl Sofie Holm, at hun skal cykle forsigtigt hjem i aften.",
     "a"),
    ("Nogen burde tage en snak med Per Storm når han har fri. Du ved nok hvilken slags "
     "besøg jeg tænker på.", "a"),
    ("Min rådgiver sover sikkert trygt om natten. Det kommer han ikke til så meget længere.",
     None),
    ("Per Storm har ødelagt min sag. Ser I ham i byen, må I gerne give ham noget at huske det "
     "på.", "a"),
    ("Per Storms datter går til svømning i hallen hver tirsdag kl. 17. Mon han ved, hvem der "
     "sidder og kigger.", "a"),
]
NEGATIVES_R227_VEILED = [
    ("Mine børn leger i haven hver dag. Det ville være synd hvis jeg ikke fik lov at se dem "
     "vokse op, så giv mig et fleksjob.", None),
    ("Min far døde sidste år. Det var synd at han ikke nåede at se mine børn.", None),
    ("Bremserne svigtede på min gamle Volvo, så jeg kom for sent. Per Storm kører også sådan en, "
     "siger han.", "a"),
    ("Per Storm kører jo en Skoda, det fortalte han til mødet.", "a"),
    ("Jeg kunne ikke finde ud af hvor I holder til, kontoret er flyttet.", None),
    ("Et hus kan brænde som alt andet, så husk brandforsikringen.", None),
    ("Mit hus kan brænde ligesom alle andres, jeg har ingen røgalarm.", None),
    ("Man skal passe godt på sine børn i disse tider, med alt det de ser på nettet.", None),
    ("Sig til min mand at han skal køre forsigtigt hjem, det er glat.", None),
    ("Fortæl Per Storm at han skal køre forsigtigt hjem, der er glatføre.", "a"),
    ("I ved godt hvilken slags snak jeg mener: en rolig samtale om min sag.", None),
    ("Min sagsbehandler sover nok godt om natten, mens vi andre ligger vågne af bekymring.",
     None),
    ("Per Storm går på pension. I må gerne give ham noget at huske det på, fx en buket.", "a"),
    ("Gad vide om hun ved hvem der står og kigger på hendes opslag på Facebook.", None),
    ("Min søn spiller fodbold onsdag kl. 17. Gad vide hvem der står og kigger, der kommer "
     "mange forældre.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R227_VEILED)
def test_threat_r227_veiled(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R227_VEILED)
def test_no_threat_r227_veiled(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 231 (r231_veiledb): veiled threats: a visit that "could" come beside a partner's
# shop told, "I'll drop by again" beside a home's address, violent acquaintances who "have heard
# of" the person, the way home noticed and another route "for her own sake", brakes that might
# fail, "see you, not at the office" but at home, children's safety tied to refusals written
POSITIVES_R231_VEILEDB = [
    ("Per Storms mand har jo en flot ny tandlægeklinik på Algade. Han kunne jo godt få besøg.",
     "a"),
    ("Flot villa du har på Egebakken 12, Sofie. Vi kigger forbi igen.", "a"),
    ("Jeg er ikke selv voldelig. Men jeg kender nogle der er, og de har også hørt om Per Storm.",
     "a"),
    ("Jeg har lagt mærke til hvornår Sofie Holm cykler hjem. Hun burde tage en anden vej for "
     "sin egen sikkerhed.", "a"),
    ("Det ville være synd hvis Per Storms bremser pludselig ikke virkede på motorvejen.", "a"),
    ("På gensyn, Sofie Holm. Ikke i jobcentret næste gang, men derhjemme i haven.", "a"),
    ("Børnene skal kunne cykle sikkert hjem fra skolen. Tænk på det, når du træffer "
     "afgørelser, Per.", "a"),
]
NEGATIVES_R231_VEILEDB = [
    ("Min mor bor alene i Vejle. Hun kunne jo få besøg.", None),
    ("Tak for hjælpen med ansøgningen, Sofie Holm. Jeg kigger forbi igen.", "a"),
    ("Min nabo er voldelig, og han har hørt om min sag fra kommunen.", None),
    ("Der er vejarbejde på Ringvejen, så Per skulle tage en anden vej for sin egen skyld.", "a"),
    ("Det ville være en ulykke hvis mine bremser ikke virkede, så bilen skal til syn.", None),
    ("Vi ses, Sofie Holm. Ikke på kontoret denne gang, men til mødet i borgerservice.", "a"),
    ("Børn skal kunne gå trygt i skole, så tænk over det når I giver afslag på en skolebus.",
     None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R231_VEILEDB)
def test_threat_r231_veiledb(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "criticism" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R231_VEILEDB)
def test_no_threat_r231_veiledb(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 231 (r231_selfharm): a gun owned and the reader told it is not for them ("det er
# ikke jer, jeg vil gøre noget"): self-harm, not a threat; a person named after keeps it one
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Jeg har stadig min fars gamle riffel. Det er ikke jer jeg vil gøre noget.", False),
        ("Jeg har stadig mit gamle gevær. Bare rolig, det er ikke dig jeg vil gøre ondt.", False),
        (
            "Jeg har stadig min fars gamle riffel. Det er ikke jer jeg vil gøre noget. "
            "Det er din chef.",
            True,
        ),
        (
            "Jeg har stadig min fars gamle riffel. Det er ikke jer jeg vil gøre noget. Men pas på.",
            True,
        ),
    ],
)
def test_threat_r231_selfharm_not_you(text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "c").labels) is threat


# probe round 231 (r231_threats): paid in blood, sent into the ground, "så er det slut med dig"
# after an approach, a weapon and "masser af tid", a stone through a pane beside a weak spot,
# paid back "ikke med penge", a building "se hvad der sker med" beside cheap petrol, fireworks
# and a bang at the office, explaining "med hænderne" after a visit one evening, "spreng*" in
# leetspeak, tyres punctured "på din bil", a visit "i nat", "ikke færdig med dig" beside "ender
# ikke godt for dig"
POSITIVES_R231_THREATS = [
    ("Per Storm skal betale med blod for det afslag.", "a"),
    ("P e r  S t o r m  s k a l  b e t a l e  m e d  b l o d", "a"),
    ("Tager du min bolig, så sender jeg dig i graven, Per Storm.", "a"),
    ("Hvis de smider mig ud, sender vi dem i jorden.", None),
    ("En aften sidder jeg ved dig i bussen, og så er det ude med dig, din nar.", None),
    ("Per Storm har taget alt fra mig. Jeg har en økse i kælderen og god tid.", "a"),
    ("Jeg har en dunk benzin og masser af tid.", None),
    ("Per Storms kontor ligger i stuen ud mod gaden. En mursten ryger let ind gennem ruden.",
     "a"),
    ("Hun skal få det betalt tilbage, men ikke i kroner.", None),
    ("Per Storm skal betale tilbage for det han gjorde, og ikke med penge.", "a"),
    ("Stop min ydelse igen, og se hvad der sker med jeres rådhus. Benzin er billigt.", None),
    ("Jeg har gemt en masse kanonslag fra nytår. Der kan komme et knald på jeres kontor.", None),
    ("Vi tager ud til Per Storm en aften og lærer ham det med hænderne.", "a"),
    ("Vi kører over til ham alle mand en aften og forklarer ham tingene med hænderne.", None),
    ("j3g spr3ng3r j3r3s k0nt0r i luft3n", None),
    ("Vi sprenger hele jobcentret i luften.", None),
    ("Jeg flænser alle dækkene på hans bil, Per Storm.", "a"),
    ("Vi punkterer hjulene på din cykel i nat.", None),
    ("Per Storm skal få besøg i nat.", "a"),
    ("H a n  f å r  b e s ø g  i  n a t", None),
    ("jeg er ikke f4rd1g med dig Per Storm. det ender ikke godt for dig", "a"),
    ("Vi er ikke færdige med jer. Det går ikke godt for jer.", None),
]
NEGATIVES_R231_THREATS = [
    ("Det kræver blod, sved og tårer, men min sagsbehandler skal betale med blod, sved og "
     "tårer for at få det igennem.", None),
    ("Jeg har betalt med blod, sved og tårer for denne uddannelse.", None),
    ("Gartneren sender løgene i jorden i oktober.", None),
    ("Så er det slut med dig og mig, skrev min kæreste.", None),
    ("Så er det slut med dig som min sagsbehandler, jeg har bedt om en ny.", None),
    ("Jeg har en hammer og god tid til at bygge et skur i haven i weekenden.", None),
    ("Jeg har masser af tid nu, hvor jeg er ledig.", None),
    ("I nat fløj en brosten gennem vores rude, politiet er underrettet.", None),
    ("Jeg kan betale det tilbage, men ikke med penge lige nu, kan jeg afdrage i arbejde?", None),
    ("Se hvad der sker med jeres bygning, når ingen vedligeholder taget.", None),
    ("Julefrokosten blev et brag af en fest på jeres kontor, tak for sidst.", None),
    ("Vi har købt raketter til nytår, og børnene glæder sig.", None),
    ("Tolken skulle forklare ham det med hænderne, fordi han ikke taler dansk.", None),
    ("Vi tager hjem til Per Storm en aften med kage til hans fødselsdag.", "a"),
    ("Jeg sprenger snart det skema i luften, det er umuligt at udfylde.", None),
    ("Jeg punkterede alle fire dæk på min bil i et hul på vejen.", None),
    ("Han får besøg af sin mor i aften.", None),
    ("Jeg er ikke færdig med jer, jeg klager til Ankestyrelsen, og det ender ikke godt for jer.",
     None),
    ("Jeg er ikke færdig med dig endnu, skrev min mentor venligt.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R231_THREATS)
def test_threat_r231_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R231_THREATS)
def test_no_threat_r231_threats(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 231 (r231_crita): bureaucracy is no person to kill — "dræbende bureaukrati" and
# "dræb bureaukratiet" are figures; a bureaucrat (a person) threatened still is a threat
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Et dræbende bureaukrati møder enhver, der søger om hjælp.", False),
        ("Dræb bureaukratiet og lad sagsbehandlerne arbejde!", False),
        ("Jeg dræber den bureaukrat, hvis han afviser mig igen.", True),
        ("Jeg slår den forbandede bureaukrat ihjel.", True),
    ],
)
def test_r231_crita_killing_bureaucracy(text: str, threat: bool) -> None:
    assert ("threat" in triage(text).labels) is threat


# probe round 231 (r231_veileda): a sibling warned about, the fire insurance supposed with
# "just asking", an accident for a staff member on a fixed route, good sleep "enjoyed while
# you can", a shop seen on a set day beside "vi ses", the children's hard times as a pity
POSITIVES_R231_VEILEDA = [
    ("Pas godt på din lillesøster, Sofie Holm, når hun går hjem fra skole.", "a"),
    ("Pas nu på din bror, Per Storm.", "a"),
    ("Kommunen har vel en god brandforsikring? Bare et spørgsmål.", None),
    ("Der kan ske uheld for en sagsbehandler, der går gennem parken hver morgen.", None),
    ("Der sker jo ulykker for en rådgiver som cykler hjem langs søen, ikke Per Storm?", "a"),
    ("Sover du godt, Per Storm? Nyd det, så længe du kan.", "a"),
    ("I sover sikkert trygt derinde. Nyd det mens I kan.", None),
    ("Sofie Holm, jeg har set hvilket fitnesscenter du træner i om mandagen. Vi ses.", "a"),
    ("Per Storms drenge er så søde når de leger i skolegården på Engskolen. Det ville være "
     "synd hvis de fik det svært.", "a"),
    ("Dine børn går på Vestskolen, ikke Sofie Holm? Det ville være trist hvis de fik det "
     "hårdt.", "a"),
]
NEGATIVES_R231_VEILEDA = [
    ("Jeg skal passe på min lillebror i weekenden, så jeg kan ikke komme til mødet.", None),
    ("Tak til Sofie Holm for hjælpen med min søster, pas godt på jer selv.", "a"),
    ("Jobcentret har vel en brandforsikring ligesom alle andre offentlige bygninger.", None),
    ("Kommunen har vel en brandforsikring på bygningen? Bare et spørgsmål fra min udlejer.",
     None),
    ("Der sker mange ulykker for en cyklist der kører uden lys hver aften.", None),
    ("Der kan ske uheld for en sagsbehandler der tager en forkert beslutning.", None),
    ("Babyen sover godt nu. Nyd det mens I kan, siger alle.", None),
    ("Jeg sover godt om natten nu. Nyd sommeren mens du kan.", None),
    ("Jeg har set hvilken Netto du handler i om torsdagen, for jeg handler der selv.", None),
    ("Mine børn har det svært i skolen. Det ville være synd hvis de fik det sværere.", None),
    ("Jeres børn skal ikke lide under det. Det ville være synd hvis mine fik det svært.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R231_VEILEDA)
def test_threat_r231_veileda(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "criticism" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R231_VEILEDA)
def test_no_threat_r231_veileda(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# stop 37: "inden udgangen af måneden" is the end of a month, no exit where one lies in wait
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Vi ønsker et møde med Sofie Holm inden udgangen af måneden.", False),
        ("Jeg vil gerne se Per Storm før udgangen af året om min plan.", False),
        ("Jeg skal nok møde Per Storm ved udgangen en aften.", True),
        ("Jeg skal nok finde Sofie Holm på parkeringspladsen.", True),
    ],
)
def test_the_end_of_a_month_is_no_exit(text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat


# probe round 235 (r235_threats): the way home cut short ("ikke regne med at nå helt hjem"), a
# car or a house that "could easily burn" beside a plate or an address told, the same harm
# promised to the person's family, a talk one's own way that "will not be pretty", a weapon "if
# need be", "knows well what awaits" beside a condition or bare friends, a good aim beside
# "think about it before the next meeting", the last exit "not alone", allies' deeds not
# promised, "the rest is not my problem" after a name passed on, fear taught, a visit called for
# beside an address and a visit "to remember"
POSITIVES_R235_THREATS = [
    ("Per Storm skal ikke regne med at komme helt hjem i aften.", "a"),
    ("Du skal ikke forvente at nå helt hjem fra jobcentret, Sofie Holm.", "a"),
    ("Per Storm kører en rød Toyota med nummerpladen AB 12 345. Den kan nemt komme til at "
     "brænde en nat.", "a"),
    ("Sofie Holm bor på Egebakken 12 i Vejle. Huset kunne let komme til at brænde.", "a"),
    ("Du tog mine børn fra mig, Per Storm. Jeg gør det samme ved dine børn.", "a"),
    ("Vi gør det samme mod hans familie, som han har gjort mod vores.", None),
    ("Jeg tager en snak med ham på min egen måde, og det bliver ikke pænt, Per Storm.", "a"),
    ("Ellers tager vi en snak på min måde, og den bliver ikke sjov.", None),
    ("Nu tager jeg loven i egen hånd. Med en kølle om nødvendigt.", None),
    ("Hvis I ikke betaler, tager jeg sagen i egen hånd, med en økse hvis det bliver nødvendigt.",
     None),
    ("Hvis Per Storm ikke ændrer afgørelsen, så ved han godt hvad der venter.", "a"),
    ("Sofie Holm ved udmærket hvad der venter hende. Jeg har venner.", "a"),
    ("Jeg er god til at skyde præcist, det lærte jeg som jæger. Det kan Per Storm tænke over "
     "inden næste møde.", "a"),
    ("Mine brødre er ikke så tålmodige som mig. Jeg kan ikke garantere hvad de finder på, "
     "Per Storm.", "a"),
    ("Min bror spurgte efter navnet på din kollega. Jeg gav ham det. Resten er ikke mit ansvar.",
     None),
    ("Nogen burde lære Per Storm hvad frygt er.", "a"),
    ("Vis hende hvad smerte er, drenge.", None),
    ("Sofie Holm bor på Egebakken 12. Nogen burde give hende et besøg hun sent glemmer.", "a"),
]
NEGATIVES_R235_THREATS = [
    ("Du skal ikke regne med at komme helt hjem til jul, for færgen er aflyst.", None),
    ("Per Storm skal ikke regne med at nå helt hjem før kl 18, der er kø på motorvejen.", "a"),
    ("Min gamle bil kunne let komme til at brænde, ledningerne er møre.", None),
    ("Det tørre græs kan nemt komme til at brænde i varmen.", None),
    ("Jeg gør det samme med min familie hver jul.", None),
    ("Jeg gør det samme som din familie og søger om boligstøtte.", None),
    ("Regnskabet for i år er skrevet, og det bliver ikke kønt.", None),
    ("Jeg klager til Ankestyrelsen, og det bliver ikke kønt.", None),
    ("Jeg tager en snak med min chef i morgen, og den bliver ikke sjov.", None),
    ("Jeg åbner pakken med en kniv om nødvendigt.", None),
    ("Min datter starter i skole i morgen, og hun ved godt hvad der venter.", None),
    ("Jeg har venner. De hjælper mig med flytningen.", None),
    ("Jeg er god til at ramme plet med mine ansøgninger.", None),
    ("Det kan Per Storm tænke over inden næste møde, for afgørelsen er forkert.", "a"),
    ("Sidste gang går jeg ikke alene til mødet, min mor kommer med som bisidder.", None),
    ("Jeg kan ikke love hvad de finder på i kommunen med de nye regler.", None),
    ("Jeg har sendt papirerne. Resten er ikke mit problem.", None),
    ("Filmen lærte mig hvad frygt er.", None),
    ("Krigen lærte dem hvad frygt er.", None),
    ("Vi gav ham et besøg han kan huske på hans 80-års fødselsdag.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R235_THREATS)
def test_threat_r235_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R235_THREATS)
def test_no_threat_r235_threats(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 235 (r235_veiled): veiled threats — doors to lock beside a night caller or a
# "friendly advice" from one fed up, kin greeted "from me" with a number before them, a good
# sleep "I wouldn't if I were her", cheap petrol beside a ground floor, a home "no secret",
# a bus home seen, a guard who cannot always be there, safe homecomings "not all can count
# on", a visit when the kin closes the shop alone
POSITIVES_R235_VEILED = [
    ("Husk at låse dørene derhjemme, Per Storm. Man ved aldrig hvad der lurer i mørket.", "a"),
    ("I bør låse døren til kontoret om aftenen. Bare et godt råd fra en der har fået nok.",
     None),
    ("Hils dine tre søde drenge fra mig, Sofie Holm.", "a"),
    ("Sofie Holm, det er nemt at komme til skade på hjemvejen. Hils din lille søn fra mig.",
     "a"),
    ("Jeg håber Per Storm sover trygt. Det skulle jeg ikke gøre, hvis jeg var ham.", "a"),
    ("Benzin er billig for tiden, og jobcentrets vinduer vender ud mod gaden.", None),
    ("Per Storm, du skal ikke tro at Lærkevej 9 er en hemmelighed. Flere af os ved det.", "a"),
    ("Jeg har lagt mærke til at du cykler hjem langs åen, Sofie Holm. Vi ses snart.", "a"),
    ("Nu har I fået vagter ved indgangen. De kan jo ikke være der hele dagen. Vi ses.", None),
    ("Per Storm har en søn, har jeg hørt. Rart at komme hjem helskindet hver aften. Det er "
     "ikke alle der kan regne med det.", "a"),
    ("Sofie Holm, din kone arbejder i Føtex på Torvet. Jeg kigger forbi når hun har "
     "aftenvagt.", "a"),
]
NEGATIVES_R235_VEILED = [
    ("Husk at låse døren, der har været indbrud i opgangen.", None),
    ("Man ved aldrig hvem der kommer forbi om natten, så naboerne har lavet nabovagt.", None),
    ("Bare et venligt råd fra en der har fået nok af ventetiden: ring før kl. 10.", None),
    ("Hils din mand fra mig, vi gik i klasse sammen.", "a"),
    ("Jeg håber min datter sover godt i nat. Hun har eksamen i morgen.", None),
    ("Benzin er blevet billigt, så kørslen til jobcentret er nemmere for mig nu.", None),
    ("Det er ingen hemmelighed at ventetiden i Kontanthjælp er alt for lang.", None),
    ("Jeg har set at du tager bussen hjem, Per Storm, jeg tager den samme.", "a"),
    ("Vagten kan jo ikke stå der hele tiden, når I er så underbemandede.", None),
    ("Det er let at komme til skade på vej hjem i mørket, for kommunen har slukket gadelyset.",
     None),
    ("Det er dejligt at komme hjem i god behold. Det er ikke alle soldater der kan regne med "
     "det.", None),
    ("Jeg kigger forbi mens min bror har lukkevagt i butikken.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R235_VEILED)
def test_threat_r235_veiled(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "criticism" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R235_VEILED)
def test_no_threat_r235_veiled(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 239 (r239_veiled): veiled threats on private life — a lonely spot beside a walk
# seen, a wooden house and wood that burns well, brakes that "can fail" beside the car driven or
# "accidents happen", a little talk by a few of us when he is off, always the last to leave
# beside a dark path, a sound sleep denied, thin windows "I can see" beside the home praised
POSITIVES_R239_VEILED = [
    ("Per Storm, jeg har set dig løbe langs stranden hver aften. Et øde sted at løbe alene.",
     "a"),
    ("Sofie Holm har et gammelt træhus ved skoven. Sådan noget træ brænder godt om sommeren.",
     "a"),
    ("Per Storm kører altid rundt i en rød Toyota. Bremserne er noget der kan svigte.", "a"),
    ("Sofie Holm burde vide at bremserne på en så gammel Ford nemt kan svigte. Uheld sker jo.",
     "a"),
    ("Nogle af os tager en lille snak med ham Per Storm når han har fri, så lærer han nok at "
     "tale ordentligt.", "a"),
    ("Hej Sofie Holm. Du er altid den sidste der går om fredagen. Mørkt på stien derude, hva? "
     "Pas godt på dig selv.", "a"),
    ("Per Storm skal nok ikke sove for trygt i sommerferien.", "a"),
    ("Jeg ville ikke sove så tungt, hvis jeg var dig, Sofie Holm.", "a"),
    ("Det er et flot parcelhus Per Storm har købt sig. Tynde vinduer, har jeg set.", "a"),
]
NEGATIVES_R239_VEILED = [
    ("Jeg går tur med hunden ved fjorden om morgenen. Det er et øde sted at gå alene.", None),
    ("Vi har et gammelt træhus, og træ brænder godt i brændeovnen om vinteren.", None),
    ("Min bror kører rundt i en gammel Skoda. Bremserne kan svigte, siger mekanikeren.", None),
    ("Bremserne på min cykel kan svigte når det regner, så jeg kom for sent til mødet.", None),
    ("Vi tager en lille snak med sagsbehandleren om min plan på mødet i næste uge.", None),
    ("Du er altid den sidste der går om fredagen, Sofie Holm. Tak for din store indsats.", "a"),
    ("Jeg kan ikke sove trygt, før min sag er afgjort.", None),
    ("Min datter skal nok ikke sove for trygt før eksamen på mandag.", None),
    ("Tynde ruder, kan jeg se, så det må trække og være koldt i jeres venteværelse.", None),
    ("Per Storm kører i en hvid Toyota med nummerpladen AB 12 345, og hans kone arbejder i Netto.",
     "a"),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R239_VEILED)
def test_threat_r239_veiled(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "criticism" not in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R239_VEILED)
def test_no_threat_r239_veiled(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 239 (r239_threats): open threats and threats said sideways: trouble from the
# writer's brothers, "who will be the first" after a weapon, nothing to lose and "they should
# think about it", a weapons pass "so you know", a violent friend keen to know who decided,
# fetched the hard way with a cousin, teeth to be knocked out, the jobcentre burnt as luck
# with cheap petrol, a list of names beside something bought, standing below an address, a
# greeting with the fist, meeting the person alone
POSITIVES_R239_THREATS = [
    ("Sofie Holm skal ikke tro hun slipper, hun får ballade med min fætter og hans venner.", "a"),
    ("Jeg har købt mig en riffel. I kan jo gætte på hvem der bliver den første.", None),
    ("Jeg har ikke et øre tilbage at tabe, og det må jeres chef gerne tænke over.", None),
    ("Jeg har endelig fået mit våbenkort i hus. Bare så du ved det, Kim.", "a"),
    ("Min kammerat har siddet inde for vold, og han er interesseret i at høre hvem der "
     "stoppede min ydelse, Sofie.", "a"),
    ("Kim, pengene skal ind i morgen, ellers kommer jeg og mine brødre og henter dem på den "
     "hårde måde.", "a"),
    ("Jakob Bøgh fortjener at få banket næsen ind, og der er en flaske whisky til den der gør "
     "det.", "a"),
    ("Det ville være en gave for alle hvis kommunen en dag brændte ned. Tændvæske koster ikke "
     "meget.", None),
    ("Jeg har en liste over navnene på alle sagsbehandlere i Fleksjob. Den ligger ved siden af "
     "det andet jeg har skaffet. Vi ses.", None),
    ("Sofie Holm bor på Egevej 12. Vi venter nedenunder lørdag aften. Hun kan selv tænke sig "
     "til resten.", "a"),
    ("Kender I Kim Frederiksen? Så giv ham en hilsen fra mig og drengene. Med næverne.", "a"),
    ("Hvis I møder Sofie Holm alene, så ved I godt hvad der skal ske.", "a"),
]
NEGATIVES_R239_THREATS = [
    ("Min søn har fået problemer med sin skole, så jeg kan ikke komme til mødet.", None),
    ("Hvem der skal være den første til at svare på min mail, ved jeg ikke.", None),
    ("Jeg har ikke noget tilbage at miste efter sanktionen, og jeg er meget trist.", None),
    ("Jeg har fået mit våbenpas fornyet, så jagtsæsonen kan begynde.", None),
    ("Jeg er interesseret i at vide hvem der traf afgørelsen i min sag.", None),
    ("Jeg har lært på den hårde måde at jeg skal gemme alle mine kvitteringer.", None),
    ("Min tandlæge siger jeg trænger til at få trukket en tand ud.", None),
    ("Det ville være et held hvis jobcentret fik nye lokaler. Benzin er jo ikke dyrt for tiden.",
     None),
    ("Benzin er ikke dyrt lige nu, så jeg kan godt køre til jobcentret til mødet.", None),
    ("Jeg har en liste med navne og numre på alle sagsbehandlerne i Ydelse. Skriv hvis I vil "
     "have den.", None),
    ("Jeg har lavet en liste med navnene på mine tidligere sagsbehandlere til klagen.", None),
    ("Jeg står dernede fredag aften og sælger lodder til fordel for klubben.", None),
    ("Jeg kan selv tænke mig til resten af ansøgningen, tak for hjælpen.", None),
    ("Giv Sofie Holm en hilsen fra mig og sig tak for hjælpen.", "a"),
    ("Hvis du møder min mor alene i venteværelset, så hjælp hende gerne.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R239_THREATS)
def test_threat_r239_threats(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R239_THREATS)
def test_no_threat_r239_threats(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 243 (r243_threat_open): open and conditional threats — "få" typed without å and
# "bank" with a spoken e, the writer's grave as the condition for taking staff along, seeing to it
# "personligt" that a person never sets foot there again, "the next one of you" as the victim, a
# "tur" for the staff they never forget beside volunteering "if others are", explosive precursors
# bought beside a surprise they will not forget, not coming "quietly" and a side never seen after
# a condition, the spoken "ska fanme passe på derinde" with the Jutlandic "det lover a jer"
POSITIVES_R243_THREAT_OPEN = [
    ("Jakob Bøgh skal fa bank næste gang jeg ser ham.", "a"),
    ("Den sagsbehandler ska sgu faa banke en dag.", None),
    ("Ryger jeg i graven af det her stress, tar jeg Sofie Holm med mig.", "a"),
    ("Når jeg havner i kisten på grund af jeres afslag, tager jeg en af jer med.", None),
    ("Jeg vil personligt sørge for, at Torben Bak aldrig mere sætter sin fod på kontoret.", "b"),
    ("Så sørger jeg egenhændigt for, at Kim Frederiksen aldrig viser sig i Fleksjob igen.", "a"),
    ("Jeg skyder den første af jer, som rører min ydelse.", None),
    ("Så banker vi den næste af jer sagsbehandlere halvt ihjel.", None),
    ("Nogen skulle give de der paragrafryttere en tur, de sent glemmer. Vi er med, hvis flere "
     "tør.", None),
    ("Giv personalet i Kontanthjælp en ordentlig tur, som de aldrig vil glemme. Jeg er klar, hvis "
     "nogen er.", None),
    ("Jeg har hamstret 200 kilo ammoniumnitrat. Kommunen får en overraskelse, den aldrig glemmer.",
     None),
    ("Vi har skaffet en masse sortkrudt, og jobcentret skal få en overraskelse, som de sent vil "
     "glemme.", None),
    ("Hvis I fratager mig min ydelse, så skal I ikke regne med, at jeg går stille og roligt.",
     None),
    ("Hvis du afviser min ansøgning igen, Per Storm, så får du en side af mig at se, som du aldrig "
     "har set.", "a"),
    ("Henriette, du må hellere passe på derinde. Det lover æ dig.", "b"),
    ("I ska satme passe godt på derude. Det lover a jer.", None),
]
NEGATIVES_R243_THREAT_OPEN = [
    ("Han skal fa banket sine tæpper i weekenden.", None),
    ("Kim skal fa bankoplysningerne fra mig i morgen.", "a"),
    ("Den dag jeg ender i graven, tager jeg min hemmelighed med mig.", None),
    ("Hvis jeg ender i graven før tid, så tager jeg jer med mig i mine tanker.", None),
    ("Jeg vil personligt sørge for, at min søn aldrig kommer for sent igen.", None),
    ("Jeg skal personligt sørge for, at jeg aldrig sætter mine ben i det jobcenter igen.", None),
    ("Jeg vil personligt sørge for, at Sofie Holm aldrig mere arbejder med min sag – jeg klager "
     "til Ankestyrelsen.", "a"),
    ("Vi slår den næste af dem ihjel i håndboldturneringen på lørdag.", None),
    ("Jeg skyder den første af jer en mail i morgen tidlig.", None),
    ("Vi vil give børnene fra børnehaven en tur, de aldrig glemmer. Jeg er frisk, hvis andre er.",
     None),
    ("Lad os give de ansatte på jobcentret en tur, de aldrig glemmer, til julefrokosten – jeg er "
     "med, hvis andre er.", None),
    ("Jeg er frisk på en fredagsbar, hvis andre er.", None),
    ("Jeg har købt kunstgødning til haven, og min kone fik en overraskelse, hun sent vil glemme.",
     None),
    ("Jobcentret fik en overraskelse, de sent glemmer, da jeg mødte op med min nye uddannelse.",
     None),
    ("Hvis I afviser min klage, så skal I ikke regne med, at jeg går stille og roligt. Jeg går "
     "til Ankestyrelsen.", None),
    ("Til samtalen får I en side af mig at se, som I ikke har set før: motiveret og klar til "
     "praktik.", None),
    ("I skal passe godt på derinde. Der er glat ved indgangen.", None),
    ("Jeg sender papirerne i morgen, det lover jeg jer.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R243_THREAT_OPEN)
def test_threat_r243_threat_open(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R243_THREAT_OPEN)
def test_no_threat_r243_threat_open(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 243 (r243_veiled): veiled threats — knowing which car or bike is the person's
# beside "I have plenty of time", a visit announced "not at the office", harm that "could happen
# to anyone, also to X" after damage told of staff of their kind, care of one's children urged
# beside the dangers of the way home from school, a safe way home "surely wanted" beside the
# children's school, a roof material that "burns well" after the home admired, things that "can
# happen" to a caseworker who behaves so, mock pity at not finding one's pet or the way home,
# and "what happens to people who take everything" told of the person
POSITIVES_R243_VEILED = [
    # which car or bike is theirs, beside patience or "vi ses"
    ("Fortæl Per Storm at jeg har masser af tid. Jeg ved præcis hvilken cykel der er hans.",
     "a"),
    ("Vi kender godt hvilken bil der hører til Sofie Holm. Vi ses.", "a"),
    # a visit, not at the workplace
    ("Sig til Kim Frederiksen at vi kigger forbi en aften. Ikke på jobcentret, vel.", "a"),
    ("Jakob Bøgh, jeg svinger forbi snart, men ikke på arbejdet.", "a"),
    # harm that can happen to anyone, also to the person
    ("Der er ledere, der har fået smadret ruderne i bilen. Det kan ske for alle, også for dig, "
     "Sofie Holm. Tænk over det.", "a"),
    ("Jeg har hørt om sagsbehandlere som fik ridset lakken på bilen. Sådan noget kan ske for "
     "enhver, også for Per Storm.", "a"),
    # care of one's children urged, and the dangers of the way home
    ("Ham på Ydelse med de to drenge må hellere passe godt på dem. Der sker jo meget på vejen "
     "hjem fra træning.", None),
    ("Kim Frederiksen skal passe ekstra godt på sine børn. Der kan ske alt muligt på skolevejen.",
     "a"),
    # a safe way home surely wanted, beside the children's school
    ("Sofie Holm har en datter på Nørrebro Skole. Hun vil vel gerne have, at hun kommer godt "
     "hjem hver eftermiddag.", "a"),
    ("Per Storm har to børn i Solsikkens Børnehave. Han vil nok gerne have at de kommer "
     "helskindet hjem.", "a"),
    # a roof material that burns well, after the home admired
    ("Dejligt hus Jakob Bøgh har fået derude. Bindingsværk fænger nemt, siger de.", "a"),
    ("Flot villa du har ved søen, Sofie Holm. Tagpap brænder altså hurtigt.", "a"),
    # things that can happen to a caseworker who behaves so
    ("Der kan ske ting for en sagsbehandler som siger nej hele tiden, Per Storm.", "a"),
    ("Grimme ting kan ske for en leder der ikke hører efter. Bare så du ved det.", None),
    # mock pity at not finding a pet, a car or the way home
    ("Det ville være synd, hvis Kim Frederiksen en aften ikke kunne finde vej hjem.", "a"),
    ("Det ville da være ærgerligt, hvis du ikke kunne finde din hund en morgen, Sofie Holm.",
     "a"),
    # what happens to wrongdoers, told of the person
    ("Sofie Holm ved vist ikke hvad der sker med folk som ødelægger andres liv. Det finder hun "
     "snart ud af.", "a"),
    ("Jeg tror ikke Per Storm ved, hvad der sker med typer der stjæler fra folk. Det finder han "
     "sikkert ud af.", "a"),
]
NEGATIVES_R243_VEILED = [
    ("Jeg ved godt hvilken bil der er min, tak. Den holder bag Netto.", None),
    ("Ved du hvilken bil der er hans? Den holder på min plads.", None),
    ("Jeg kommer forbi i morgen. Ikke på kontoret, men i borgerservice.", None),
    ("Jeg kigger forbi borgerservice på torsdag. Ikke på jobcentret.", None),
    ("Jeg kommer forbi på mandag. Ikke på kontoret, da det er lukket.", None),
    ("Det kan ske for hvem som helst at blive syg, også for dig. Tænk over det.", None),
    ("Man hører om sagsbehandlere der får ridset bilen. Det er forfærdeligt, og jeg tager "
     "afstand fra det.", None),
    ("Tillykke med tvillingerne, Sofie Holm! Nu skal du passe godt på dem.", "a"),
    ("Der sker så meget på vejen hjem fra skole, så vi ønsker en skolebus til min søn.", None),
    ("Jeg vil gerne have, at mine børn kommer sikkert hjem, så jeg klager over skolevejen.", None),
    ("Tørt træ brænder godt i brændeovnen, så jeg har brug for hjælp til brænde.", None),
    ("Fejl kan ske for en sagsbehandler der har travlt, det forstår jeg godt.", None),
    ("Det ville være en skam, hvis I ikke kunne finde et hus til min familie.", None),
    ("Det ville være synd hvis jeg ikke kunne finde vej til mødet, så send mig adressen.", None),
    ("Sagsbehandleren ved ikke hvad der sker med folk der mister deres ydelse. Det finder hun "
     "nok ud af.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R243_VEILED)
def test_threat_r243_veiled(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "criticism" not in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R243_VEILED)
def test_no_threat_r243_veiled(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe round 247 (r247_veiled): veiled threats whose harm the reader supplies
POSITIVES_R247_VEILED = [
    # advice to watch one's house or car tonight, beside fuel made light of or a visit
    ("Er det dig der hedder Per Storm? Du skulle holde øje med din bil i aften. Tændvæske er "
     "billigt.", "a"),
    ("Sofie Holm må hellere holde godt øje med sit hus i nat. Benzin koster ingenting.", "a"),
    # one's own turn held out beside the person's children
    ("Kim Frederiksen har to døtre har jeg hørt. En dag bliver det hans tur.", "a"),
    ("Per Storm har en søn, har jeg fået at vide. Man ved aldrig hvornår det bliver hans egen "
     "tur.", "a"),
    # a stone that flew through one night, as a pity
    ("Jakob Bøgh, jeg har set dit hus. Det ville være synd hvis der røg en brosten ind en aften.",
     "a"),
    ("Jeg har set dit hus, Sofie Holm. Ærgerligt hvis der kom en flaske gennem ruden.", "a"),
    # the car praised with the name after it, its brakes called a fragile thing
    ("Fin ny Skoda du har købt, Per Storm. Bremserne er jo en sart sag.", "a"),
    ("Lækker bil du har fået, Sofie Holm. Hjulbolte er sådan en følsom ting.", "a"),
    # desperate people who harm their caseworker, and it can happen to anyone, also to you
    ("Folk kan blive så pressede at de gør noget drastisk mod en sagsbehandler. Det kan ske for "
     "alle. Også for dig, Kim Frederiksen.", "a"),
    ("Nogle gør noget grimt ved deres rådgiver når de mister alt. Sådan noget kan ske for enhver, "
     "også for Jakob Bøgh.", "a"),
    # the hour the person gets off work told, and the writer waiting outside
    ("Sofie Holm, du har fri kl. 16 ikke? Vi venter derude.", "a"),
    ("Per Storm har fri kl 14.30 om fredagen. Jeg står ved bagindgangen.", "a"),
    # where the staff's own children are after school, asked of them
    ("I som tager børn fra deres forældre, ved I hvor jeres egne børn er lige nu?", None),
    ("Du der fjerner andres unger: har du tænkt på hvor dine egne børn går efter skole?", None),
    # glad the car still stands on whole tyres, "for now"
    ("Manden med den røde Golf bag jobcentret kan være glad for at den endnu har hele ruder. "
     "Foreløbig.", None),
    ("Hende med elcyklen skal være taknemmelig for, at den stadig har to hele hjul. Indtil "
     "videre.", None),
]
NEGATIVES_R247_VEILED = [
    ("Så ville jeg holde godt øje med min e-Boks i nat, svaret kommer vist.", None),
    ("Du bør holde øje med dit hus i weekenden, der har været indbrud i kvarteret.", None),
    ("Snart bliver det din tur. Du er nummer tre i køen.", None),
    ("Man ved aldrig hvornår det bliver ens egen tur til at blive syg, så jeg forstår jer.", None),
    ("Det ville være ærgerligt hvis der kom en sten i skoen på gåturen.", None),
    ("Det er synd hvis der ryger en fodbold gennem ruden i skolegården.", None),
    ("Min bremsetråd er sådan en skrøbelig ting, så jeg skal på værkstedet.", None),
    ("Flot ny cykel du har fået, Per Storm. Tillykke med den.", "a"),
    ("Jeg er bange for at gøre noget dumt mod mig selv, ikke mod min sagsbehandler.", None),
    ("Nogle gør noget dumt ved deres sagsbehandler ved at lyve. Det er ikke mig.", None),
    ("Jeg venter udenfor kl. 10, så kan vi gå ind til mødet sammen.", None),
    ("Per Storm har fri kl. 15. Jeg ringer i morgen i stedet.", "a"),
    ("Har I tænkt over hvor jeres egne børn er efter skoletid, når I indkalder til møder kl. 16?",
     None),
    ("Ved du hvor dine børn er efter skole? Jeg ved ikke hvor mine er, fordi SFO er lukket.", None),
    ("Jeg er glad for at min bil stadig har fire hele dæk. Indtil videre.", None),
    ("Vi skal være glade for at cyklen stadig står på to hele hjul efter vinteren.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R247_VEILED)
def test_threat_r247_veiled(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "criticism" not in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R247_VEILED)
def test_no_threat_r247_veiled(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# probe rounds 247–250 (threat-open): the writer's warning given before beside "så ved hun hvad
# der sker"; "så banker jeg dig" with the verb before the subject; learner Danish ("og du ser hvad
# sker", "jeg ikke spøg"); "få dig ned med nakken" promised; the people burnt down ("brænder jer
# ned", also in leetspeak); a knife emoji dealt "til" a named person; "husk det navn" beside "vi
# ses"; "it would not be the first time an office burned"
POSITIVES_R247_THREAT_OPEN = [
    ("Hvis Per Storm ikke retter min sag, så ved han godt hvad der sker. Jeg har advaret ham "
     "flere gange.", "a"),
    ("Godkender I ikke min ansøgning, så ved I hvad der sker. Vi har advaret jer.", None),
    ("Torben, giver du mig afslag igen, så slår jeg dig.", "b"),
    ("Hvis du trækker i min ydelse, så tæver vi dig. Det er ingen joke.", None),
    ("Du tage min hjælp væk. Jeg finder dig og så du se hvad der ske. Jeg ikke joke.", None),
    ("I lukke min sag og I ser hvad sker. Vi ikke lave sjov.", None),
    ("Jeg skal fandeme få ham ned med nakken, den sagsbehandler.", None),
    ("Sofie Holm, din idiot, vi skal nok få dig ned med nakken.", "a"),
    ("Vi brænder jer ned, bare vent.", None),
    ("v1 br3nd3r d1g n3d", None),
    ("🔪 til Kim Frederiksen fra Fleksjob. Del det.", "a"),
    ("🔫🔫 til ham Torben Bak fra Kontanthjælp", "b"),
    ("Sofie Holm fra Jobafklaring. Husk hendes navn. Vi ses, Sofie 😊", "a"),
    ("Henriette fra jobcentret. Husk det navn. Vi ses snart, Henriette.", "b"),
    ("Det vil ikke være første gang at et rådhus brændte. Tænk over det.", None),
    ("Det ville jo ikke være den første gang et jobcenter gik op i flammer.", None),
]
NEGATIVES_R247_THREAT_OPEN = [
    ("Jeg har advaret min sagsbehandler om, at fristen udløber fredag.", None),
    ("Jeg har advaret hende før om, at min attest var forkert.", "a"),
    ("Hvis du vil, slår jeg dig op i telefonbogen.", None),
    ("Hvis du vil spille, så slår jeg dig i skak på fredag.", None),
    ("Log ind på borger.dk, så ser du hvad der sker i din sag.", None),
    ("Jeg ikke forstå brevet. Kan du ringe til mig?", None),
    ("Jeg skal nok få dem ned med nakken i Ankestyrelsen med min klage.", None),
    ("Økonomien fik ham ned med nakken sidste år.", None),
    ("Jeg brænder for mit job, og I skal ikke brænde mig af igen.", None),
    ("Jeg skar kagen ud med kniv til Kim Frederiksen og resten af holdet.", "a"),
    ("Tak for kagen til Sofie Holm fra Jobafklaring 🎂", "a"),
    ("Husk navnet på min sagsbehandler: Per Storm. Han er den bedste.", "a"),
    ("Husk det navn. Sofie Holm har hjulpet mig mere end nogen anden.", "a"),
    ("Per Storm bor på Vængevej 3 og kører en rød Golf. Husk navnet.", "a"),
    ("Kim Frederiksen har ødelagt min sag. Husk hendes navn. Del opslaget.", "a"),
    ("Det er ikke første gang, at rådhuset brændte – det skete også i 1884.", None),
    ("Det ville ikke være første gang, at jobcentret mistede mine papirer.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R247_THREAT_OPEN)
def test_threat_r247_threat_open(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    if register:
        assert "exposure" in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R247_THREAT_OPEN)
def test_no_threat_r247_threat_open(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# stop 38: a citizen outside the jobcentre asking to be let in, or waiting for the doors to
# open, lies in wait for no one; waiting for someone's hour off work still does
NEGATIVES_STOP38_LET_IN = [
    "Jeg står udenfor jobcentret, det sner, kan I ikke lukke mig ind?",
    "Vi står foran jobcentret og venter på at dørene åbner. Mødet er kl. 8.",
    "Jeg står udenfor jeres kontor, døren er låst, og min tid var kl. 10.",
]
POSITIVES_STOP38_STILL_WAITING = [
    ("Jeg står udenfor jobcentret. Jeg venter til hun går hjem i aften.", "a"),
    ("Per Storm, du har fri kl. 16, ikke? Jeg venter udenfor.", "a"),
]


@pytest.mark.parametrize("text", NEGATIVES_STOP38_LET_IN)
def test_no_threat_when_asking_to_be_let_in(text: str) -> None:
    assert "threat" not in triage(text).labels


@pytest.mark.parametrize(("text", "register"), POSITIVES_STOP38_STILL_WAITING)
def test_threat_when_waiting_for_the_person(text: str, register: str) -> None:
    assert "threat" in triage(text, register).labels


# round 251 threatA
# probe round 251 (threatA): veiled threats with no verb of violence — a "talk" promised with
# the staff member's spouse beside the spouse's workplace told, mock pity that a car or bike
# would not stand as it was left, the writer watching staff bring their children to school,
# the loved ones one wants to come home to (and that it "should not change"), and staff told
# not to believe they are safe behind their desk beside their hours known. Each with its near
# misses: a talk already had, one's own family, a lock advised, a kind "god jul", a
# complaint to the Ankestyrelse.
POSITIVES_R251_THREAT_A = [
    # a talk with the spouse about the staff member, the spouse's work told
    ("Sofie Holms mand arbejder på sygehuset i Roskilde. Han og jeg burde vel tage en "
     "sludder om hans kone.", "a"),
    ("Per Storms kone står i kassen i Netto på Algade. Jeg kunne jo veksle et par ord med "
     "hende om hendes mand.", "a"),
    ("Per Storm, din kone er sygeplejerske på plejehjemmet i Køge. Måske jeg skal have et "
     "ord med din kone.", "a"),
    # mock pity that the thing would not stand as it was left
    ("Per Storm, du parkerer altid din røde Polo ved svømmehallen om torsdagen. Det ville "
     "være trist, om den ikke længere stod, hvor du satte den.", "a"),
    ("Din cykel står altid ved indgangen. Det ville være synd, hvis den ikke stod, som du "
     "efterlod den. Tænk over det.", None),
    # staff watched bringing or fetching their children
    ("Hver fredag har jeg set jeres konsulenter aflevere deres små piger i vuggestuen ved "
     "åen. Overvej det.", None),
    ("Jeg har set Per Storm hente sine drenge på fritidshjemmet hver fredag. Tænk lige over "
     "det.", "a"),
    # the loved ones at home, and that it should not change
    ("Du har sikkert børn, der venter på dig derhjemme. Det skal helst blive ved med at "
     "være sådan.", None),
    ("I har vel alle nogen som venter på jer hjemme. Tænk over det.", None),
    # not safe behind the desk, the hours known
    ("Du skal ikke tro, du er tryg bag din computer, Per Storm. Jeg kender dine "
     "mødetider.", "a"),
    ("Medarbejderne skal ikke tro, de er trygge bag muren på rådhuset. Vi kender deres "
     "mødetider.", None),
]
NEGATIVES_R251_THREAT_A = [
    ("Jeg talte med hende om hendes mand, som også er syg.", None),
    ("Min søster har det svært. Jeg skal have en snak med hende om hendes mand.", None),
    ("Sofie Holms mand arbejder på sygehuset. Han var så sød, da jeg var indlagt.", "a"),
    ("Husk at låse cyklen, det ville være synd hvis den ikke stod, hvor du parkerede den. "
     "Tænk over det.", None),
    ("Det ville være synd, hvis sagen ikke var, som du efterlod den i går.", None),
    ("Jeg ser jeres ansatte hente deres børn ved skolen, når jeg selv henter mine. Vi er jo "
     "naboer.", None),
    ("Jeg henter selv mine børn ved skolen hver dag. Tænk over det.", None),
    ("Du har vel nogen, du gerne vil hjem til i julen? God jul til jer alle.", None),
    ("Vi har et godt samarbejde nu. Det skulle jo nødig ændre sig.", None),
    ("I skal ikke tro, I er sikre bag jeres skranke – jeg klager til Ankestyrelsen.", None),
    ("I skal ikke tro, I er sikre bag skranken. Jeg ved godt, hvad I laver.", None),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES_R251_THREAT_A)
def test_threat_r251_threat_a(text: str, register: str | None) -> None:
    labels = triage(text, register or "a").labels
    assert "threat" in labels
    assert "self_harm" not in labels
    assert "criticism" not in labels


@pytest.mark.parametrize(("text", "register"), NEGATIVES_R251_THREAT_A)
def test_no_threat_r251_threat_a(text: str, register: str | None) -> None:
    assert "threat" not in triage(text, register or "a").labels


# round 251 threatB
# A last polite letter, then the next visit "not alone" at the desk or the meeting, and regret
# held out: the signs add up to the threat. An opinion shared ("står jeg ikke alene"), a
# companion named, the lawful next step or a purchase regretted are none.
POSITIVES_R251B_NOT_ALONE = [
    "Vi er færdige med at bede pænt. Til torsdag sidder vi ikke alene foran skranken, og så kan "
    "det sagtens være, at du angrer.",
    "Dette er mit sidste venlige brev til jer. Næste gang sidder jeg ikke alene i receptionen.",
]
NEGATIVES_R251B_NOT_ALONE = [
    "Med den holdning står jeg ikke alene, mange andre borgere mener det samme.",
    "Næste gang står jeg ikke alene ved mødet, min bisidder kommer med.",
    "Det er sidste gang, jeg skriver pænt. Nu klager jeg til Ankestyrelsen.",
    "Hvis du vælger den dyre model, så kan det godt være, du fortryder købet.",
]
# A call on others to "teach" a group "a lesson they won't forget", and the writer ready to
# join (or asking to be written to in private). A lesson at the ballot box or "in" manners, a
# collection for a gift, are none.
POSITIVES_R251B_LESSON = [
    "Hvem gider lære de damer i receptionen en lærestreg, de aldrig glemmer? Vi er friske, hvis "
    "flere vil med.",
    "Man må snart lære folkene bag skranken en lektion, som de aldrig glemmer. Send mig en "
    "besked, hvis I er med.",
]
NEGATIVES_R251B_LESSON = [
    "Nogen burde lære politikerne en lektie ved valget, som de sent glemmer. Jeg er klar, hvis "
    "andre er med.",
    "Nogen burde lære dem en lektie i høflighed, som de aldrig glemmer. Jeg er med, hvis flere "
    "er med.",
    "Vi samler ind til en gave til kantinedamen. Jeg er klar, hvis andre er med. Skriv til mig "
    "privat.",
]
# The jobcentre's building under a nickname, a place between it and the flames, the verb
# first. Anger "in flames", a film, fierce criticism ("i brand af kritik") are none.
POSITIVES_R251B_FLAMES = [
    "Pludselig ryger hele jeres glaspalads ved banegården op i flammer, og hvem ved hvorfor.",
    "Inden længe står jeres glasbur ved Stationspladsen i flammer.",
]
NEGATIVES_R251B_FLAMES = [
    "En dag står jeg selv i flammer af vrede.",
    "I filmen står hele paladset i flammer til sidst.",
    "En dag står jeres elfenbenstårn i brand af kritik fra pressen.",
]
# "Slå … ihjel" with a whole relative clause between the victim and "ihjel". A fly, time
# killed while waiting, or a match won are none.
POSITIVES_R251B_RELATIVE_IHJEL = [
    "Ringer I igen, så slår jeg den første af jer, der tager telefonen i morgen, ihjel.",
    "Så slår jeg den næste sagsbehandler, der nævner aktivering, ihjel.",
    "Vi slår enhver, der rører min sag igen, ihjel.",
]
NEGATIVES_R251B_RELATIVE_IHJEL = [
    "Jeg slår den der flue, der summer rundt i køkkenet, ihjel.",
    "Jeg slår tiden ihjel med at læse, mens den næste, der venter, bliver kaldt ind.",
    "Vi slog de næste, der kom på banen, ihjel i håndbold.",
]
# Nothing left, then some of them taken along "med mig" with the place after it: the same
# texts as test_self_harm's (threat here, the self_harm half there)


@pytest.mark.parametrize(
    "text",
    [
        *POSITIVES_R251B_NOT_ALONE,
        *POSITIVES_R251B_LESSON,
        *POSITIVES_R251B_FLAMES,
        *POSITIVES_R251B_RELATIVE_IHJEL,
        *POSITIVES_R251B_TAKE_ALONG,
    ],
)
def test_threat_r251b(text: str) -> None:
    assert "threat" in triage(text, "a").labels


@pytest.mark.parametrize(
    "text",
    [
        *NEGATIVES_R251B_NOT_ALONE,
        *NEGATIVES_R251B_LESSON,
        *NEGATIVES_R251B_FLAMES,
        *NEGATIVES_R251B_RELATIVE_IHJEL,
        *NEGATIVES_R251B_TAKE_ALONG,
    ],
)
def test_no_threat_r251b(text: str) -> None:
    assert "threat" not in triage(text, "a").labels


# stop 39, (text, threat): false threats found by this stop's helpers, each beside the
# threat it must keep
STOP39_THREATS = [
    # a game or a film named first, the verb before its subject: the violence is in it; a
    # game of one's own future is no setting, and a threat after it stays one
    ("I spillet i går aftes skyder jeg hele holdet, det er bare sjovt.", False),
    ("På playstation slår jeg dem alle ihjel på fem minutter.", False),
    ("I den nye film dræber han dem en efter en.", False),
    ("I spillet om min fremtid slår jeg jer ihjel, Per Storm.", True),
    ("I spillede med mit liv. Nu slår jeg jer ihjel.", True),
    # the writer's own mother or child asked when she gets off is family talk; a neighbour
    # who works at the jobcentre, waited for, is not
    ("Jeg spurgte min mor om, hvornår hun har fri, så vi kan handle sammen.", False),
    ("Min datter ved ikke, hvornår hun får fri fra skolen i morgen.", False),
    (
        "Jeg har spurgt min nabo, hvornår hun har fri, hun arbejder jo på jobcentret. Jeg "
        "venter på hende.",
        True,
    ),
    ("Jeg ved godt, hvornår hun får fri, Per Storm. Jeg venter.", True),
    # the advice to stay away with its plain reason after a day and an hour (a queue, a
    # strike) is no threat; the advice alone to a named caseworker still is
    ("Hvis jeg var dig, ville jeg ikke være der i morgen tidlig, for køen er lang.", False),
    ("Hvis jeg var dig, ville jeg ikke tage derned på mandag formiddag, der er strejke.", False),
    ("Hvis jeg var dig, Per Storm, ville jeg ikke være på jobcentret i morgen tidlig.", True),
    ("Hvis jeg var jer, ville jeg ikke møde på jobcentret på fredag. Tænk over det.", True),
]


@pytest.mark.parametrize(("text", "threat"), STOP39_THREATS)
def test_stop39_false_threats_and_their_threats(text: str, threat: bool) -> None:
    assert ("threat" in triage(text).labels) is threat


# round 255 threatA
# "knække" as the breaking verb, the body part of the person after a long object; a leg broken
# on a slippery stair, or in the past, is an accident told
POSITIVES_R255A_BREAK = [
    "Per Storm, jeg knækker samtlige fingre på din højre hånd, når jeg ser dig.",
    "Næste gang knækker jeg begge arme på ham, det lover jeg.",
]
NEGATIVES_R255A_BREAK = [
    "Man knækker let et ben på jeres glatte trappe om vinteren, få den saltet.",
    "Min søn knækkede armen til fodbold, så han kan ikke møde op i denne uge.",
]
# a call to meet at the jobcentre and smash its windows; one's own windows, or a glazier's
# work, are none
POSITIVES_R255A_SMASH = [
    "I morgen samles vi foran rådhuset og knuser vinduerne, hele banden.",
    "I tropper op hos Borgerservice på lørdag og knuser glasset i hoveddøren.",
]
NEGATIVES_R255A_SMASH = [
    "Vi mødes hos min bror lørdag og smadrer ruderne i det gamle drivhus, før det rives ned.",
    "Glarmesteren kommer mandag og knuser de gamle ruder, så jeg kan ikke komme til mødet.",
]
# a bag or box left at the jobcentre and a clock's "tik tak"; "tik tak" alone is waiting, and a
# bag forgotten is lost property
POSITIVES_R255A_TICKING = [
    "Tik tok, tik tok. En rygsæk står i jeres venteværelse og venter på jer.",
    "En kasse står ved døren til jobcentret. Den tikker. I fandt selv på at skære i min ydelse.",
]
NEGATIVES_R255A_TICKING = [
    "Tik tak, tik tak. Nu har jeg ventet 14 uger på svar om min ansøgning.",
    "Jeg glemte min taske i receptionen i går. Tik tak, hvornår kan jeg hente den?",
    "En pakke til mig står i receptionen. Det tikker ind med mails fra jer om den.",
]
# the writer's dogs that bite, beside a welcome the visitor will not forget; a dog that bites,
# told before a home visit, is a fair warning
POSITIVES_R255A_DOGS = [
    "Min schæfer bider fremmede. Kom bare på hjemmebesøg, det bliver en dag I aldrig glemmer.",
    "Vores hunde angriber folk fra kommunen. Kom I bare forbi, det bliver et besøg, I sent "
    "glemmer.",
]
NEGATIVES_R255A_DOGS = [
    "Min hund bider desværre fremmede, så ring venligst på, før I kommer på hjemmebesøg.",
    "Vi har en gammel hund, der ikke bider. I er velkomne til at komme forbi.",
]
# the staff's next visit as the condition, a weapon loaded or ready as what waits, also in
# dialect; a hunt one is invited to is none
POSITIVES_R255A_LOADED = [
    "Jeg siger det kun én gang: hvis do sætter dine ben på min mark igen, står riflen ladt.",
    "Hvis I sender jeres folk ud på gården én gang til, så hår a haglgeværet klar i gangen.",
]
NEGATIVES_R255A_LOADED = [
    "Kommer du med på andejagt i weekenden, så har jeg geværet klar til dig.",
    "Hvis du kommer i morgen, så har jeg papirerne klar til dig i en mappe.",
]
# "I have not forgotten who …" beside a weapon told; a thanks remembered is none
POSITIVES_R255A_NOT_FORGOTTEN = [
    "Jeg har en riffel i skabet. Jeg glemmer aldrig, hvem der skrev under på mit afslag.",
    "Min fars gamle haglgevær har jeg stadig. Jeg kommer aldrig til at glemme, hvem der stemte "
    "mig ned i udvalget.",
]
NEGATIVES_R255A_NOT_FORGOTTEN = [
    "Jeg har ikke glemt, hvem der hjalp mig igennem sidste år, tak til Sofie Holm.",
    "Jeg glemmer aldrig, hvem der tog imod mig første dag, det var en rar dame.",
]
# arson wished or called for with a modal and the participle; a stove or garden waste is none
POSITIVES_R255A_FIRE_WISHED = [
    "Nogen skulle have sat ild til det rådhus for længe siden.",
    "Folk må snart få sat ild til den forvaltning.",
]
NEGATIVES_R255A_FIRE_WISHED = [
    "Jeg burde have tændt ild i brændeovnen i huset, det var koldt hele weekenden.",
    "Man må have sat ild til haveaffaldet på kommunens grund, der lugtede af røg.",
]
# the writer's end, "I do not go alone", and those who wronged the writer "shall come along";
# one's company at a meeting is none
POSITIVES_R255A_NOT_ALONE = [
    "Jeg har ikke mere at leve for, og jeg dør ikke alene: alle der har svigtet mig i sagen, "
    "følger med.",
    "Efter nytår er det slut. Jeg forsvinder ikke alene. Enhver som har frataget mig min hjælp, "
    "følger med.",
]
NEGATIVES_R255A_NOT_ALONE = [
    "Jeg går ikke alene til mødet. Dem der har hjulpet mig med sagen, kommer med.",
    "Jeg går ikke alene til samtalen. De som har fulgt min sag, skal med som bisiddere.",
]
# "nogen" for "nogle" in a beating on the body's slang, also by a spaced name
POSITIVES_R255A_SOME_ON_THE_BOX = [
    "Den sagsbehandler, K i m   F r e d e r i k s e n, fortjener nogen på hatten.",
    "Den der rører min sag igen, får nogen på lampen.",
]
NEGATIVES_R255A_SOME_ON_THE_BOX = [
    "Kim Frederiksen skal have nogen på kontoret til at hjælpe med sagerne.",
    "Han skal have nogen på holdet, der kan spille forsvar.",
]
# "not only X can burn", X papers, an office or a person's things; burnout and money are none
POSITIVES_R255A_NOT_ONLY_BURNS = [
    "Hvis I bliver ved, Sofie Holm, så husk: det er ikke bare jeres skabe med sager, som kan "
    "brænde.",
    "Det er ikke bare jeres mapper, som kan gå op i flammer.",
]
NEGATIVES_R255A_NOT_ONLY_BURNS = [
    "Det er ikke kun jeres medarbejdere, der kan brænde ud, vi borgere er også trætte.",
    "Det er ikke kun mine penge der kan brænde op, det er også min tid.",
]


@pytest.mark.parametrize(
    "text",
    [
        *POSITIVES_R255A_BREAK,
        *POSITIVES_R255A_SMASH,
        *POSITIVES_R255A_TICKING,
        *POSITIVES_R255A_DOGS,
        *POSITIVES_R255A_LOADED,
        *POSITIVES_R255A_NOT_FORGOTTEN,
        *POSITIVES_R255A_FIRE_WISHED,
        *POSITIVES_R255A_NOT_ALONE,
        *POSITIVES_R255A_SOME_ON_THE_BOX,
        *POSITIVES_R255A_NOT_ONLY_BURNS,
    ],
)
def test_threat_r255a(text: str) -> None:
    assert "threat" in triage(text, "a").labels


@pytest.mark.parametrize(
    "text",
    [
        *NEGATIVES_R255A_BREAK,
        *NEGATIVES_R255A_SMASH,
        *NEGATIVES_R255A_TICKING,
        *NEGATIVES_R255A_DOGS,
        *NEGATIVES_R255A_LOADED,
        *NEGATIVES_R255A_NOT_FORGOTTEN,
        *NEGATIVES_R255A_FIRE_WISHED,
        *NEGATIVES_R255A_NOT_ALONE,
        *NEGATIVES_R255A_SOME_ON_THE_BOX,
        *NEGATIVES_R255A_NOT_ONLY_BURNS,
    ],
)
def test_no_threat_r255a(text: str) -> None:
    assert "threat" not in triage(text, "a").labels


# round 255 threatB
# veiled threats against named staff and the jobcentre: mock pity of an accident beside a
# kin's workplace or routine; a car that "easily gets" scratches beside the car told; something
# at the office "you will remember" after a last warning or a condition; "thinks she is safe.
# She is not"; "next time not nicely" and "not only me who comes"; "it could happen to X" with
# "accidents happen to everyone"; the staff car park and waiting till they are off; "next
# time not only to look" after a watched routine; "many have him on the list" and "one day
# someone cannot control himself"; "I know someone who has done it before for less"
POSITIVES_R255B = [
    "Sofie, jeg ved at din kone arbejder i Føtex på Torvet. En skam hvis hun kom ud for et "
    "uheld en aften.",
    "Kim, din søn træner fodbold hver tirsdag kl. 17. Synd for ham, hvis han får en skade på "
    "vejen derhen.",
    "Jakob, din bil kan jo nemt få buler, når den holder alene bag hallen. Tænk over det.",
    "Lotte kører jo en hvid Yaris. Den slags biler får tit punkteringer, når man ikke passer på.",
    "Får jeg ikke mine penge inden mandag, så sker der noget på jeres kontor, som I aldrig "
    "glemmer.",
    "I har fået jeres sidste advarsel. En af dagene sker der noget ved jeres skranke, som de "
    "ansatte sent glemmer.",
    "Sofie Holm mener vist, at hun sidder sikkert oppe på tredje sal. Det gør hun ikke.",
    "Du tror, du er tryg derhjemme, Sofie. Det er du ikke.",
    "Tre mails har jeg sendt venligt. Næste gang skriver jeg ikke venligt, og det er ikke kun "
    "mig alene, der møder op.",
    "Sidste gang jeg skriver pænt, Kim. Næste gang bliver det ikke pænt.",
    "Flere af jeres rådgivere er forsvundet fra den ene dag til den anden. Det kan sagtens ske "
    "for dig også, Per. Ulykker rammer enhver.",
    "Sådan noget kan nemt overgå dig også, Lotte. En ulykke kan ramme enhver.",
    "Vi mødes på medarbejderparkeringen i aften, Rasmus, bare os to.",
    "Sofie, jeg sidder i bilen indtil du har fyraften. Jeg holder bag medarbejderparkeringen.",
    "Jeg har set Kim hente sin søn i vuggestuen hver fredag kl. 16. Næste gang er det ikke bare "
    "for at se på.",
    "Jeg ved at Lotte cykler hjem ad Skovvej hver dag kl. 16. Fremover bliver det ikke bare ved "
    "at glo, Lotte.",
    "Flere har Per Storm på kornet. Før eller siden kommer der nogen, der ikke kan tøjle sig.",
    "Mange har hende på kornet, Sofie Holm. Hun er advaret.",
    "Jakob, en fætter af mig har gjort det tidligere for mindre. Overvej det.",
    "Nogle af mine venner har gjort det før for mindre. Bare så I ved det.",
]
NEGATIVES_R255B = [
    "Kør forsigtigt i glatføret, Per. Det ville være ærgerligt, hvis du fik et uheld.",
    "Det ville være synd, hvis hun fik et uheld.",
    "Min bil får nemt ridser i lakken, så jeg har købt en overdækning.",
    "Sådan en bil får nemt ridser, sagde mekanikeren, så jeg fik den poleret. Bare så du ved det.",
    "På fredag sker der noget i jeres kantine, som I vil huske: vi kommer med kage til afskeden.",
    "Der sker noget nyt i jeres reception, som I vil huske: nye stole og frisk kaffe. Tak for det.",
    "Du tror, dine oplysninger er i sikkerhed hos kommunen. Det er de ikke.",
    "Hun tror, hun er sikker på at få fleksjob. Det er hun ikke, for reglerne er ændret.",
    "Næste gang spørger jeg ikke så pænt – så klager jeg til Ankestyrelsen.",
    "Det er ikke kun mig, der kommer til mødet; min bisidder kommer også.",
    "Jeg brækkede armen på isen. Det kan jo også ske for dig, Per. Ulykker rammer enhver.",
    "Jeg har ondt af Sofie, for det kunne også ske for hende at gå ned med stress. En ulykke kan "
    "ramme enhver.",
    "Jeg venter til du får fri, så kører vi sammen til mødet.",
    "Der er ingen ledige pladser på personaleparkeringen, så jeg holder på gaden.",
    "Næste gang er det ikke bare for at se på sofaer, så køber vi en.",
    "Vi var til åbent hus på skolen, og næste gang er det ikke blot for at se på lokalerne.",
    "Vi har ham på listen over deltagere til kurset.",
    "Før eller siden er der én, der ikke kan styre sig i trafikken og kører galt.",
    "Jeg kender en, der har gjort det tidligere for mindre end 5.000 kr. Overvej det, Jakob.",
    "Der er en elektriker i byen, der har gjort det før for mindre. Overvej det.",
]


@pytest.mark.parametrize(
    ("text", "threat"),
    [*((t, True) for t in POSITIVES_R255B), *((t, False) for t in NEGATIVES_R255B)],
)
def test_r255b_veiled_threats(text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat


@pytest.mark.parametrize(
    "text",
    [
        "I har fået jeres sidste advarsel. En af dagene sker der noget ved jeres skranke, som de "
        "ansatte sent glemmer.",
        "Får jeg ikke mine penge inden mandag, så sker der noget på jeres kontor, som I aldrig "
        "glemmer.",
    ],
)
def test_r255b_threat_to_the_office_is_no_criticism(text: str) -> None:
    assert "criticism" not in triage(text, "a").labels


# round 259 threatA
# Open, conditional and group threats (probe round 259, threatA): each idea with texts that
# must be threats and near misses that must not (register "a").
POSITIVES_R259A = {
    # a fire 'would not be odd', beside the empty night hours or matches at hand
    "burn_odd": [
        "Det ville ikke undre mange, om Nørrehus røg i luften en nat. Ingen vægter efter "
        "fyraften, og jeg har masser af tændvæske.",
        "Det ville ikke være sært, hvis det hele brændte ned en weekend. Der er ingen vagt "
        "efter lukketid.",
    ],
    # their building set alight, placed by its street; the writer's own money missing by a day
    "street": [
        "Står min ydelse ikke på kontoen torsdag, så brænder jeres kontor på Algade.",
        "Hvis vi ikke har fået vores kontanthjælp til månedsskiftet, så er I advaret.",
        "Stopper I min hjælp, så brænder jeres forvaltning på Søndergade. Tænk over det.",
    ],
    # a visit that will not be 'with coffee and cake', beside friends or a demand
    "coffee": [
        "Mine fætre og jeg kigger ned til jer, hvis pengene ikke er på kontoen mandag. Det "
        "bliver ikke med blomster og chokolade.",
        "Jeg dukker op med et par af drengene i morgen, og det er ikke for at drikke kaffe.",
    ],
    # a bag left at the place, and 'I would not sit there tomorrow if I were you'
    "bag": [
        "En rejsetaske står ved indgangen til jeres reception. Hvis jeg var dig, ville jeg ikke "
        "være der på mandag.",
        "Der ligger en skolerygsæk i jeres reception. Jeg ville nødig arbejde derinde i "
        "eftermiddag, hvis jeg var jer.",
    ],
    # the writer comes and talks with the person in a way they will not forget
    "talk": [
        "Æ dukker op hos dig på fredag og snakker med dig på en måde, do sent glemmer.",
        "Vi kommer derned i morgen og taler med sagsbehandleren på en facon, hun aldrig glemmer.",
    ],
    # a crowd called to the building for the hour a person arrives, things to throw
    "crowd": [
        "Vi samles foran rådhuset i morgen, når Sofie Holm møder ind. Husk æg at kaste med.",
        "Mød op ved jobcentret mandag, når han går hjem, og medbring sten at kaste med.",
    ],
    # not everyone gets away from the place in one piece
    "piece": [
        "Tro ikke, at nogen af jer slipper derfra i ét stykke, næste gang I sanktionerer mig.",
        "Bliver min søn sanktioneret igen, så går ikke alle af jer hjem i et stykke den dag.",
    ],
    # Jutlandic 'find out where she lives' beside a visit not forgotten
    "dialect": [
        "Sofie Holm får et besøg, hun sent glemmer. A ska nok fenn ud å, hvor hun bor.",
        "Æ ska finne ud a, hvor den sagsbehandler sover. Så ka hun godt vent sæ et besøg, hun "
        "ikke glemmer lige med det samme.",
    ],
    # something the person loves taken from them in return
    "love": [
        "Nu har I frataget mig alt, så nu tager jeg noget fra jer, som I holder af.",
        "Det her glemmer jeg ikke, Per. En dag tager jeg noget fra dig – noget, du elsker højest.",
    ],
}
NEGATIVES_R259A = {
    "burn_odd": [
        "Det ville ikke være mærkeligt, hvis den gamle lade brændte ned med de ledninger. Der "
        "er ingen vagt om natten.",
        "Jeg har tændstikker nok til alle stearinlysene i stuen.",
        "Der er ingen vagt efter kl. 22 i opgangen, så døren bør låses.",
    ],
    "street": [
        "Hvis jeg ikke har fået mine penge inden fredag, kan jeg ikke betale husleje.",
        "Lyset brænder på jeres kontor på Algade hele natten, er det nødvendigt?",
    ],
    "coffee": [
        "Vi kommer forbi til mødet på fredag, men det bliver ikke med kage i år, for budgettet "
        "er skåret.",
        "Jeg kommer forbi med et par venner og henter min cykel.",
        "Jeg kommer forbi i morgen, men det bliver ikke for at drikke kaffe, jeg skal bare "
        "aflevere papirerne.",
    ],
    "bag": [
        "Min sportstaske står stadig i jeres venteværelse, jeg glemte den i går. Kan jeg hente "
        "den?",
        "Jeg ville ikke sidde i venteværelset i morgen, hvis jeg var jer, for der kommer malere.",
        "Jeg ville ikke stå derhenne på torsdag, hvis jeg var dig, for malerne kommer.",
    ],
    "talk": [
        "Jeg kommer ned på kontoret og takker dig på en måde, du ikke glemmer.",
        "Hun forklarede reglerne på en måde, jeg aldrig glemmer.",
    ],
    "crowd": [
        "Mød op ved rådhuset fredag kl. 16, når byrådet mødes. Medbring skilte og bannere.",
        "Tag noget med, I kan kaste med, til stranden på lørdag.",
        "Mød op ved rådhuset i morgen og vis dem, hvad vi mener om nedskæringerne. Medbring "
        "skilte.",
    ],
    "piece": [
        "Vi kan ikke regne med, at alle flyttekasserne kommer hjem i ét stykke.",
        "Jeg er glad for, at alle kom hjem i ét stykke fra lejren.",
    ],
    "dialect": [
        "Æ ska nok finn ud a, hvor do bor, så a ka kom på besøg med en kringle.",
        "A ska nok finn ud a, hvor do bor, Per, og så kommer a på besøg med blomster.",
    ],
    "love": [
        "Jeg tager noget med til dig, som du elsker: kanelsnegle.",
        "Du tager mine penge, så jeg tager min sag fra dig og går til Ankestyrelsen.",
        "Lillebror tager altid noget fra mig, som jeg elsker.",
    ],
}


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        *((t, True) for ts in POSITIVES_R259A.values() for t in ts),
        *((t, False) for ts in NEGATIVES_R259A.values() for t in ts),
    ],
)
def test_r259a_open_conditional_group_threats(text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat


@pytest.mark.parametrize(
    "text",
    [
        "Det her glemmer jeg ikke, Per. En dag tager jeg noget fra dig – noget, du elsker højest.",
        "Vi samles foran rådhuset i morgen, når Sofie Holm møder ind. Husk æg at kaste med.",
    ],
)
def test_r259a_threat_to_named_staff_is_exposure(text: str) -> None:
    labels = triage(text, "a").labels
    assert {"threat", "exposure", "staff_named"} <= labels
    assert "criticism" not in labels


# round 259 threatB
# (idea, text): veiled threats against named staff, each idea with its own positives
POSITIVES_R259B = [
    # a routine known, then a message the person "may be told"
    ("may_be_told", "Jeg ved hvornår Kim går til frokost hver dag. Det må han gerne vide."),
    ("may_be_told", "Per Storm cykler hjem ad Åvej hver dag kl. 16. Det kan han godt få at vide."),
    # "you go home too some day" and "who stands waiting"
    (
        "going_home",
        "Rasmus, du skal jo også hjem på et tidspunkt. Man ved aldrig, hvem der holder og lurer.",
    ),
    (
        "going_home",
        "Du skal også hjem på et tidspunkt, Sofie. Man ved aldrig hvem der venter på dig.",
    ),
    # how vulnerable children are, beside the person's own child's institution told
    (
        "children",
        "Sofie Holms søn går i Regnbuen vuggestue og bliver hentet kl. 16 hver fredag. Hun skulle "
        "overveje, hvor forsvarsløse små børn er, inden hun sender det næste afslag.",
    ),
    (
        "children",
        "Kim Frederiksens datter går på Bakkeskolen og har fri kl. 14. Mon ikke han husker på, "
        "hvor skrøbelige børn kan være, næste gang han sanktionerer nogen.",
    ),
    # tit for tat against the family
    ("ruin", "Hvis Per vil smadre mit liv, så kan jeg vel også smadre hans."),
    ("ruin", "Jeg ved, at Lottes kone er ansat i Føtex ved Stationen. Det gælder til begge sider."),
    # a secluded home and fires out there
    (
        "secluded",
        "Kim, du har en stor villa med udsigt over engen nede på Møllevej. Det må være rart at bo "
        "så øde. Man læser jo tit om brande ude på landet.",
    ),
    (
        "secluded",
        "Sofie, det skal være skønt at bo lidt ensomt. Jeg har læst om en del hærværk i de kanter.",
    ),
    # "you do not know who my family is"
    ("family", "Du aner ikke hvem min familie er, Mohammad. Pas på dig selv."),
    ("family", "Jakob, du ved vist ikke hvem mine brødre er. Pas på dig selv."),
    # private data passed on for those who want "a word" with the person
    (
        "a_word",
        "Rasmus Kjærsgaards sorte Volvo holder på medarbejderparkeringen, og han kører hjem ad "
        "Skovvej ved 17-tiden. Til orientering for folk, der gerne vil have et par ord med ham.",
    ),
    (
        "a_word",
        "Sofie Holm har bil med nummerplade AB 12 345 og tager hjem ved 15.30. Skriv det ned, "
        "for alle der gerne vil tage en kort sludder med hende.",
    ),
    # leet with a digit for "å" or "ø"
    ("leet", "P3r St0rm, h1ls d1ne sm4 b0rn fr4 m1g."),
    ("leet", "K1m, v1 v3d hv0r d1n s0n g4r 1 sk0l3."),
    ("leet", "S0f13 H0lm sk4l p4ss3 p4 n4r hun k0mm3r hj3m."),  # "på nar": "n4r" stays plain
    # not to walk home alone any more
    ("alone", "Kim Frederiksen bør ikke cykle alene hjem om aftenen længere."),
    ("alone", "Sofie, du burde ikke færdes alene på parkeringspladsen fremover."),
    # somebody may stand waiting after work; he must judge the risk
    (
        "waiting",
        "Folk står og venter på din konsulent ved bagdøren i aften. Han kan selv bestemme, om han "
        "tør tage den risiko.",
    ),
    (
        "waiting",
        "En af mine venner står nok og venter på jer ude på p-pladsen. I må selv afgøre, om I vil "
        "tage chancen.",
    ),
    # accidents befall those who ruined lives; "I have time"
    (
        "accidents",
        "Pudsigt, hvor tit folk, der har knust andres liv, kommer galt af sted. Jeg har masser af "
        "tid.",
    ),
    (
        "accidents",
        "Sagsbehandlere, der har smadret folks liv, kommer tit ud for et uheld. Jeg har masser af "
        "tid.",
    ),
]
NEGATIVES_R259B = [
    ("may_be_told", "Jeg er meget glad for Sofie. Det må hun gerne få at vide."),
    ("may_be_told", "Jeg er forsinket til mødet i morgen. Det må Kim gerne vide."),
    (
        "may_be_told",
        "Jeg har lagt et afskedsbrev til min søster i skuffen, og Kim ved hvornår jeg går hjem. "
        "Det må I gerne vide.",
    ),
    ("going_home", "Du arbejder alt for meget, Kim. Husk at du også skal hjem og sove."),
    ("going_home", "Man ved aldrig, hvem der står og venter i telefonkøen."),
    (
        "children",
        "Politikerne burde tænke over, hvor sårbare børn er, før de skærer i støtten til "
        "familierne.",
    ),
    ("children", "Kommunen skal huske, hvor udsatte børn er, når den lukker klubben."),
    ("ruin", "Respekt går begge veje, Per."),
    ("ruin", "Hvis Per kan ødelægge min familie med et afslag, så klager jeg til Ankestyrelsen."),
    ("ruin", "Hun har ødelagt min familie, og andre familier også."),
    ("secluded", "Det må være dejligt at bo så afsides, tænker jeg, når jeg sidder i trafikken."),
    (
        "secluded",
        "Vi har haft indbrud hos os. Man hører jo så meget om indbrud derude, så vi har fået "
        "alarm.",
    ),
    ("family", "Du ved ikke, hvem min familie er, så du kan ikke vide, om de kan hjælpe mig."),
    (
        "family",
        "Du ved jo ikke hvem min familie er, Kim, og det er fint. Jeg vil bare have en "
        "bisidder med.",
    ),
    (
        "a_word",
        "Kim har træffetid tirsdag kl. 10, for dem der gerne vil have en snak med ham om "
        "fleksjob.",
    ),
    ("a_word", "For dem, der gerne vil have en snak med Sofie, sidder hun i lokale 4 på torsdag."),
    ("leet", "j3g h4r 2 b0rn p4 10 0g 12 år 0g s0g3r j0b"),
    ("leet", "K1m, t4k f0r hj3lp3n m3d m1n3 b0rn."),
    ("alone", "Min datter skal ikke gå alene hjem i mørket mere, så vi beder om kørsel."),
    ("alone", "Han skal ikke gå alene hjem mere efter sit anfald, siger lægen."),
    ("waiting", "Der står nogen og venter på dig i receptionen, Kim."),
    ("waiting", "Det må han selv vurdere, om han vil risikere at miste sin ydelse."),
    ("accidents", "Mange, der har ødelagt andres liv i trafikken, kommer selv ud for uheld."),
    (
        "accidents",
        "Folk der har ødelagt andres liv med spritkørsel kommer ofte selv ud for uheld, viser en "
        "undersøgelse.",
    ),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R259B), *((i, t, False) for i, t in NEGATIVES_R259B)],
)
def test_r259b_veiled_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Du aner ikke hvem min familie er, Mohammad. Pas på dig selv.",
        "Kim Frederiksen bør ikke cykle alene hjem om aftenen længere.",
        "P3r St0rm, h1ls d1ne sm4 b0rn fr4 m1g.",
    ],
)
def test_r259b_a_threat_at_a_named_person_exposes_them(text: str) -> None:
    assert "exposure" in triage(text, "a").labels


# round 263 selfharm
# ending it all and not going alone: someone else is to go along (self_harm reads the
# writer's death); company to a meeting or a relative coming along is no threat
POSITIVES_R263_THREAT_NOT_ALONE = [
    "Hvis min sygedagpenge stopper, ender jeg mit liv. Og jeg går ikke alene.",
    "Så gør jeg det af med mig selv, men jeg forsvinder ikke alene.",
]

NEGATIVES_R263_THREAT_NOT_ALONE = [
    "Jeg afslutter det hele med et møde, men jeg går ikke alene derhen.",
    "Jeg stopper det hele her. Jeg skal ikke gå alene, min veninde følger med.",
]


@pytest.mark.parametrize(
    ("text", "threat"),
    [
        *((t, True) for t in POSITIVES_R263_THREAT_NOT_ALONE),
        *((t, False) for t in NEGATIVES_R263_THREAT_NOT_ALONE),
    ],
)
def test_r263_selfharm_end_all_not_alone(text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat


# round 263 threatA
# open threats and threats said in other words: the building foretold to burn by a date,
# limbs broken on a word of abuse, whoever comes not coming in unharmed, trouble promised with
# the gang coming too, the gang brought to the jobcentre (also in Jutlandic), the doors to lock
# "if I were you", the whole place shot down, the windows advice with the floor between, a blow
# handed on "from us", a crowd wanting a word at the hour the person leaves, and a crowd sent
# out to a home address told (each idea: positives and near misses)
POSITIVES_R263A = [
    ("date_fire", "Kontoret i Torvegade brænder før påske, det lover jeg jer."),
    ("date_fire", "Jeres rådhus eksploderer inden nytår, hvis Per Storm bliver ved."),
    ("limbs", "Så knækker jeg næsen på det svin."),
    ("limbs", "Rører du mine penge, brækker jeg benene på den klaphat."),
    ("unharmed", "De, der møder op i morgen, kan ikke forvente at gå helskindet derfra."),
    (
        "unharmed",
        "Den af jer der åbner døren på mandag, skal ikke regne med at komme i ét stykke hjem.",
    ),
    ("trouble", "Ellers giver vi jer ballade. Mine brødre kommer også."),
    ("trouble", "Betaler du ikke, så giver jeg dig problemer. Mine venner kommer med."),
    (
        "gang",
        "Hvis do itj retter det, så kommer a ned på kontoret med æ gutter, og så ska do fa nøj "
        "at se.",
    ),
    (
        "gang",
        "Når I skærer i min hjælp, møder jeg op på jobcentret med hele banden. Så kan I selv se, "
        "hvor seje I er.",
    ),
    ("doors", "Hvis jeg var jer, låste jeg hoveddøren i morgen."),
    ("doors", "I skulle låse dørene på fredag, hvis jeg var jer."),
    ("shoot", "Vi skyder hele den bule ned."),
    ("shoot", "Så skyder jeg hele jeres kontor ned."),
    ("windows", "Hvis jeg var jer oppe på fjerde, sad jeg ikke ved ruderne på fredag."),
    ("windows", "Hvis jeg var dig på kontoret ved hjørnet, ville jeg ikke stå foran vinduerne."),
    ("blow", "Giv hende et spark fra mig."),
    ("blow", "Spiller I håndbold med Kim, så giv ham en albue fra os."),
    (
        "a_word",
        "Nogen der har mod på en kort snak med Sofie Holm, når hun går fra kontoret i morgen "
        "ved 16-tiden?",
    ),
    (
        "a_word",
        "Vi er en flok, der har noget at sige til Kim Frederiksen, når han går fra jobcentret i "
        "morgen kl. 15.",
    ),
    (
        "home",
        "Per Storm bor på Lærkevej 14, 5960 Søby. Hvad med at vi tager derover en hel flok en "
        "lørdag?",
    ),
    (
        "home",
        "Sofie Holm bor på Mågevej 3 i Søby. Vi kører derhen allesammen en aften.",
    ),
]

NEGATIVES_R263A = [
    ("date_fire", "Adventslysene på kontoret brænder inden jul, husk at slukke dem."),
    ("date_fire", "Kommunens budget brænder inden sommerferien, siger Kim."),
    ("limbs", "Jeg brækkede næsten benene på det lort af en trappe ved jeres indgang."),
    ("limbs", "Min søn brækkede armen på den nye legeplads."),
    ("unharmed", "Dem der cykler på glatføre i morgen, skal ikke regne med at komme uskadt hjem."),
    (
        "unharmed",
        "De, der spiller mod os i finalen, skal ikke regne med at komme helskindet fra kampen.",
    ),
    ("trouble", "Undskyld at jeg giver dig problemer med alle de papirer. Min bror kommer også."),
    ("trouble", "Vi holder fødselsdag på lørdag. Mine fætre kommer også."),
    ("gang", "Jeg kommer ned på jobcentret med min bror, der skal være min bisidder."),
    ("gang", "Kom forbi udstillingen på fredag, så skal I få noget at se."),
    ("gang", "Hvis du itj har tid, så ring i morgen."),
    ("doors", "Hvis jeg var jer, ville jeg låse cyklerne, der er mange tyverier."),
    ("doors", "Jeg ville låse dørene til cykelkælderen, hvis jeg var jer, der har været indbrud."),
    ("shoot", "Ministeren skyder hele forslaget ned."),
    ("shoot", "Vi skyder hele planen ned på mødet."),
    (
        "windows",
        "Hvis jeg var jer på anden sal, ville jeg ikke sidde ved vinduerne, "
        "solen blænder.",
    ),
    (
        "windows",
        "Hvis jeg var dig i det hjørne, ville jeg ikke sidde ved ruderne, "
        "der er koldt træk.",
    ),
    ("blow", "Giv hende et knus fra mig."),
    ("blow", "Giv ham en ordentlig tackling i kampen."),
    ("blow", "Giv ham en hilsen fra os."),
    ("a_word", "Er der nogen, der har lyst til at tage en snak med Sofie Holm om mødet?"),
    ("a_word", "Når Sofie Holm går fra kontoret i morgen kl. 14, siger vi tak for mange gode år."),
    ("a_word", "Nogen der har lyst til en kort snak med Sofie Holm om fleksjob?"),
    ("home", "Vi tager derud en hel flok til byrådsmødet og viser dem, hvad vi synes."),
    ("home", "Vi tager derud en flok på lørdag og hjælper Per med flytningen."),
    ("home", "Vi kører derhen allesammen en aften."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R263A), *((i, t, False) for i, t in NEGATIVES_R263A)],
)
def test_r263a_open_and_reworded_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Jeres rådhus eksploderer inden nytår, hvis Per Storm bliver ved.",
        "Nogen der har mod på en kort snak med Sofie Holm, når hun går fra kontoret i morgen "
        "ved 16-tiden?",
    ],
)
def test_r263a_a_threat_at_a_named_person_exposes_them(text: str) -> None:
    assert "exposure" in triage(text, "a").labels


# stop 40 (false threats found by round 263's threatA helper)
# a relative brought along in a support role named after a relative clause, a place shot up
# in a game, a door locked to keep papers safe: none threatens; the same words bare still do
STOP40_THREATS = [
    ("Jeg kommer til mødet med min fætter, der skal være tolk for mig.", False),
    ("Vi kommer med min bror, som kan oversætte for mig.", False),
    ("Jeg kommer på kontoret med mine brødre, og så får I at se.", True),
    ("Vi skyder hele banden ned i Warzone i aften, kom og se med.", False),
    ("I Counter-Strike i går smadrede vi hele holdet.", False),
    ("Jeg skyder hele jeres kontor ned, det lover jeg.", True),
    ("Jeg ville låse skabet med journalerne, hvis jeg var jer, der har været indbrud.", False),
    ("Hvis jeg var jer, ville jeg låse døren til serverrummet om natten.", False),
    ("Jeg ville låse døren, hvis jeg var jer. Mere siger jeg ikke.", True),
    # "hvad vej" as "hvilken vej": the way home known is a threat, asked for one's own is not
    ("Jeg ved godt hvad vej du cykler hjem om aftenen.", True),
    ("Jeg kender hvad vej hun kører hjem, Per Storm.", True),
    ("Ved I hvad vej jeg skal tage hjem fra mødet?", False),
    ("Jeg ved ikke hvad vej bussen kører i morgen.", False),
    # set 277's first pass: finding the person "one day" promised; the person told they will
    # be the one needing help, an ambulance named after it. A day found for a meeting, or the
    # writer's own need of help, threatens no one
    ("Jeg finder jer en dag, når I mindst venter det.", True),
    ("Vi skal nok fange ham en aften, og så kan han lære det.", True),
    ("Vi skal nok finde dig en dag til mødet i næste uge.", False),
    ("Jeg skal finde en dag, hvor jeg kan komme ind og aflevere papirerne.", False),
    ("Betal nu, ellers er det dig, der skal have hjælp. En ambulance.", True),
    ("Hvis I ikke hjælper nu, så er det mig, der skal have hjælp fra psykiatrien.", False),
    ("Min mor faldt på trappen i går. Ambulancen kom efter en time.", False),
    # set 277: the person's small child known and a bare "Pas godt på." closing the message,
    # each half a sign; a child congratulated, an appeal to understanding, or care in the
    # weather is none
    ("Jeg ved du har lille barn. Pas godt på.", True),
    ("Jeg ved godt, at hun har en nyfødt datter. Pas nu godt på.", True),
    ("Jeg ved godt, at du har små børn, så du forstår mig nok.", False),
    ("Jeg ved du har en lille datter. Tillykke igen!", False),
    ("Det bliver glat i morgen. Pas godt på.", False),
    ("Tak for hjælpen. Pas godt på dig selv.", False),
    # the writer's own relative who knows when she herself gets off and comes to fetch the
    # writer is family talk; the hour of another known, and a visit after it, still threaten
    ("Min veninde ved hvornår hun har fri, så hun kører mig hjem fra mødet.", False),
    ("Min søster ved hvornår hun får fri, og så henter hun os ved jobcentret.", False),
    ("Jeg ved hvornår hun får fri, og så kommer jeg forbi.", True),
    ("Min bror ved hvornår Per Storm får fri.", True),
]


@pytest.mark.parametrize(("text", "threat"), STOP40_THREATS)
def test_stop40_false_threats_and_their_threats(text: str, threat: bool) -> None:
    assert ("threat" in triage(text).labels) is threat


# round 263 threatB
# Veiled threats without a violent verb (probe round 263, threatB): waiting for the day the
# person walks out, "tell her I know", traffic by the child's school beside its hours, a small
# town with no desk between, a list of everyone on the case kept with something bought, a last
# warning and no more letters, leetspeak "k0rer" and "sku", "find out the rest" after a plate,
# never forgetting a face, a lonely house where nobody hears, a last chance and "your own
# responsibility". Each near miss keeps the plain reading (a welcome back, a crossing asked for,
# a complaint held out, an alarm for an old mother).
POSITIVES_R263B = [
    (
        "wait",
        "Vi står klar og venter på Rasmus Kjærsgaard den aften, han kommer ud fra kontoret. "
        "Tænk godt over det.",
    ),
    (
        "wait",
        "Sofie Holm føler sig sikker bag sin skærm i dag, men nogle af os venter på hende den "
        "dag, hun kommer ud.",
    ),
    (
        "relay",
        "Kim Frederiksen går med hunden i Søparken hver aften kl. 21. Fortæl ham bare, at vi "
        "ved det.",
    ),
    (
        "relay",
        "Lotte tager bussen fra Torvet kl. 16.10 hver dag. Sig lige til Lotte, at vi ved alt. "
        "Mere skal jeg ikke sige.",
    ),
    (
        "school",
        "Kim Frederiksens søn har fri kl. 13.30 om torsdagen fra Engskolen. Bilerne drøner "
        "forbi lige ved skolen på det tidspunkt.",
    ),
    (
        "school",
        "Sofie Holms datter bliver hentet kl. 15 hver dag i børnehaven. Der er meget trafik "
        "uden for børnehaven på det tidspunkt.",
    ),
    (
        "town",
        "Det er en lille by, Per. Vi løber ind i hinanden i Brugsen, hvor der ingen skranke "
        "er imellem.",
    ),
    ("town", "Det er et lille samfund, Mohammad. En dag mødes vi uden skranken mellem jer og mig."),
    (
        "list",
        "Jeg har noteret navnene på alle, der har rørt min sag. De ligger ved siden af noget "
        "andet, jeg har skaffet mig.",
    ),
    (
        "list",
        "Navnene på jer, der har afgjort min sag, står på en seddel i bilen. Ved siden af "
        "noget andet, jeg har anskaffet.",
    ),
    ("mail", "Det her er sidste advarsel, Jakob. Næste gang sender jeg ikke et brev."),
    ("mail", "Betragt det som min sidste advarsel. Næste gang bliver det ikke med breve."),
    ("leet", "P3r St0rm k0r3r hj3m ad Sk0vv3j3n hv3r d4g kl. 16. H4n sku p4ss3 g0dt p4 s1g s3lv."),
    ("leet", "v1 v3d hv1lk3n b1l du k0r3r 1 h3r 1 byen, Rasmus Kjærsgaard."),
    (
        "rest",
        "Den hvide Tesla med nummeret CX 12 345 på medarbejderparkeringen hver dag er Lotte "
        "Mikkelsen Vangs. Så kan I nok selv finde ud af resten.",
    ),
    ("rest", "Per Storm kører i en grå Skoda med pladen AB 98 765. I kan selv finde ud af resten."),
    (
        "face",
        "Ham den skaldede fra opfølgningsmødet må godt vide, at jeg ikke glemmer hans ansigt.",
    ),
    ("face", "Hende med det røde hår skal lige vide, at vi aldrig glemmer hendes fjæs."),
    (
        "house",
        "Jakob har fået et flot hus derude ved skoven. Der er ingen naboer, der opdager "
        "noget, hvis der skulle ske noget en sen aften.",
    ),
    (
        "house",
        "Kim, det er et dejligt hus du har ude på landet. Der er ikke nogen der hører det, "
        "hvis noget går galt om natten.",
    ),
    (
        "resp",
        "Det her er jeres allersidste chance for at trække sanktionen tilbage. Hvad der sker "
        "bagefter, er jeres eget ansvar.",
    ),
    (
        "resp",
        "Du får en sidste chance for at omgøre beslutningen, Per. Alt der sker efter fredag, "
        "er dit eget ansvar.",
    ),
]

NEGATIVES_R263B = [
    ("wait", "Vi venter på dig den dag, du kommer tilbage fra barsel, med kage og blomster."),
    (
        "wait",
        "I sidder godt beskyttet bag jeres skranke lige nu, men husk at vi borgere også har "
        "rettigheder.",
    ),
    ("relay", "Sig til Sofie, at jeg ved det godt, og at jeg sender papirerne i morgen."),
    ("relay", "Sig til Kim, at jeg ved det, og at jeg kommer til mødet på tirsdag."),
    (
        "school",
        "Der er altid så meget trafik foran skolen, kan kommunen ikke lave et fodgængerfelt?",
    ),
    (
        "school",
        "Min datter får fri kl. 14, og der er meget trafik ved skolen, så jeg kan ikke nå "
        "mødet kl. 14.15.",
    ),
    (
        "town",
        "Det er en lille by, og det er rart at kunne tale med sin rådgiver uden skranke "
        "imellem.",
    ),
    ("town", "I det nye borgerservice sidder man uden skranke imellem."),
    (
        "list",
        "Jeg har skrevet navnene på alle de sagsbehandlere, der har haft mit forløb, ind i "
        "min klage til Ankestyrelsen.",
    ),
    (
        "list",
        "Her er en liste over dem, som har behandlet min sag siden 2019, så I kan se, hvor "
        "mange skift der har været.",
    ),
    ("mail", "Næste gang sender jeg ikke en mail, jeg ringer bare direkte til jer."),
    ("mail", "Sidste advarsel: næste gang sender jeg ikke en mail, men ringer til jeres chef."),
    ("leet", "J3g k0r3r s3lv t1l m0d3t p4 m4nd4g."),
    ("leet", "Kim sku passe godt på sig selv med den forkølelse."),
    ("rest", "Mødet er i lokale 3 på anden sal, så kan I selv finde ud af resten."),
    ("rest", "Jeg har sendt lønsedlerne, så kan I selv finde ud af resten."),
    (
        "face",
        "Ham den rare ved skranken skal vide, at jeg aldrig glemmer hans hjælp sidste vinter.",
    ),
    ("face", "Jeg glemmer aldrig et ansigt, så jeg genkendte straks min gamle lærer."),
    (
        "house",
        "Min mor bor så afsides, at ingen naboer opdager det, hvis noget går galt en nat, så "
        "hun har brug for et nødkald.",
    ),
    ("house", "Der er ingen, der hører det, hvis der sker noget med min far derude."),
    ("resp", "Hvad der sker med min husleje nu, er jeres eget ansvar."),
    ("resp", "I har en sidste chance for at omgøre sanktionen, ellers går jeg til Ankestyrelsen."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R263B), *((i, t, False) for i, t in NEGATIVES_R263B)],
)
def test_r263b_veiled_threats_without_a_violent_verb(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Sofie Holm føler sig sikker bag sin skærm i dag, men nogle af os venter på hende den dag, "
        "hun kommer ud.",
        "Det her er sidste advarsel, Jakob. Næste gang sender jeg ikke et brev.",
    ],
)
def test_r263b_a_veiled_threat_at_a_named_person_exposes_them(text: str) -> None:
    assert "exposure" in triage(text, "a").labels


# round 267 threatA
# Open threats and a plain harm said in other words: pellets or lead in a person's body; a
# person ending up in the harbour; fire promised at a street or said not to be a figure of
# speech; the writer coming instead of writing after a last warning; the Jutlandic "ska' ikk'
# tro han ka' gemme sæ" and "vi finder ham en daw", a taste of one's own medicine; a lit
# cigarette or match dropped in the hedge; a visit said to be earned beside a home address or
# a car; the staff reminded that they walk home in the dark. Each with its plain sense.
POSITIVES_R267A = [
    ("pellets", "Sagsbehandleren skal have bly i kroppen for det her."),
    ("pellets", "Næste gang du afviser mig, Per, får du hagl i numsen."),
    ("harbour", "Sofie skal passe på, ellers havner hun på bunden af kanalen."),
    ("harbour", "Bliv ved sådan, Per, så ender du snart i havnen."),
    ("street", "Ellers brænder det på Skolegade 12, det lover jeg."),
    ("street", "Får jeg afslag igen, brænder det hos jer. Det er ikke billedligt talt."),
    ("come", "Det er sidste advarsel, Jakob. Jeg skriver ikke mere. Næste gang møder jeg op."),
    ("come", "Sidste advarsel til jer. Næste gang mailer vi ikke, så kommer vi forbi."),
    ("dialect", "Hun ska ikk tro hun ka gemme sæ. Æ finder hende en daw."),
    ("dialect", "Jakob Bøgh skal ikke tro, han kan skjule sig. Han skal nok få sin egen medicin."),
    (
        "cigarette",
        "Pæn have du har, Sofie. Det ville være en skam, hvis nogen smed en tændt tændstik i "
        "buskene.",
    ),
    (
        "cigarette",
        "Mon ikke nogen skulle komme til at kaste en brændende cigaret ind gennem brevsprækken "
        "hos Per.",
    ),
    ("visit", "Sofie Holm bor på Kastanjevej 14, 5700 Svendborg. Hun fortjener et lille besøg."),
    (
        "visit",
        "Kim Frederiksen kører en grå Skoda med nummerpladen CX 44 918. Han har fortjent et "
        "besøg fra drengene.",
    ),
    ("dark", "Tænk på, at I går hjem i mørket efter lukketid. Tænk over det."),
    ("dark", "Det er jo jer, der skal køre hjem i mørke hver aften. Overvej det."),
]

NEGATIVES_R267A = [
    ("pellets", "Husk paraply, Per, du får hagl i hovedet på vej hjem i dag."),
    ("pellets", "Han får krudt i røven, når han hører om jobbet."),
    ("harbour", "Min søn tager toget, så ender han i havnen, hvor han har fået job som kranfører."),
    ("harbour", "Min søster går tur hver dag, og så ender hun i havnen ved isboden."),
    ("street", "Der er travlt, så brænder det på igen i afdelingen før jul."),
    ("street", "Hvis vejret holder, så brænder det på Strandvejen til sankthans."),
    ("come", "Næste gang skriver jeg ikke, så kommer jeg."),
    (
        "come",
        "Det er sidste advarsel fra banken. Næste gang skriver jeg ikke, så kommer jeg med "
        "papirerne.",
    ),
    ("dialect", "Han ska itj tro han ka gemme sæ bag skranken hele tiden."),
    ("dialect", "Politiet fanger ham nok en dag, den tyv der stjal min cykel."),
    (
        "dialect",
        "Nu får regeringen sin egen medicin at smage, når den selv skal leve af kontanthjælp.",
    ),
    (
        "cigarette",
        "Det er synd, at nogen tabte en tændt cigaret i skoven, for det brændte i tre dage.",
    ),
    (
        "cigarette",
        "Det er trist, hvis nogen smider en tændt cigaret i hækken ved busstoppestedet i den her "
        "tørke.",
    ),
    ("visit", "Min mormor på plejehjemmet har fortjent et besøg."),
    ("visit", "Hun har fortjent et besøg."),
    ("dark", "Husk refleksvest, det er jer der går hjem i mørket nu om vinteren. Bare en tanke."),
    (
        "dark",
        "Det er jer, der skal gå hjem i mørket, når I holder åbent til kl. 18, så flyt "
        "åbningstiden. Bare en tanke.",
    ),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R267A), *((i, t, False) for i, t in NEGATIVES_R267A)],
)
def test_r267a_open_threats_in_other_words(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Sofie skal passe på, ellers havner hun på bunden af kanalen.",
        "Pæn have du har, Sofie. Det ville være en skam, hvis nogen smed en tændt tændstik i "
        "buskene.",
    ],
)
def test_r267a_a_threat_at_a_named_person_exposes_them(text: str) -> None:
    assert "exposure" in triage(text, "a").labels


# round 267 threatB
# Veiled threats by the family, the home and the way home (probe round 267, threatB): told to
# think over whom one refuses beside a child's pick-up, the staff member's own kin they love
# "too" before "think it over", followed home a few times, "children must be looked after"
# beside a child's school and hour, left to work out where the person is beside the family's
# workplace, a garden's details noticed after passing the house, advice not to sit by the one
# window, and staff hurt in traffic beside "those who take the same way home". Each near miss
# keeps the plain reading (the law as the reason, a colleague walked home after a party, a
# parent's own care, a case's state, flowers given, the sun, car sharing).
POSITIVES_R267B = [
    (
        "refused",
        "Per Storms datter går i Solhvervets Børnehave og bliver hentet hver dag kl. 16. Han "
        "burde overveje, hvem han giver afslag næste gang.",
    ),
    (
        "refused",
        "Sofie Holm afleverer sin dreng i vuggestuen på Egevej hver morgen kl. 7.45. Hun skulle "
        "tænke sig godt om, før hun siger nej igen.",
    ),
    (
        "kin",
        "Din chef har sikkert også en datter, han elsker. Tænk over det, inden I stopper min "
        "hjælp.",
    ),
    ("kin", "Rådgiveren har jo også en søster, hun holder meget af. Tænk over det før næste møde."),
    (
        "followed",
        "Vi har skygget Jakob Bøgh hjem nogle aftener nu. Han bor fint. Det ville være en skam, "
        "hvis der skete noget derude.",
    ),
    ("followed", "Jeg har fulgt Lotte Mikkelsen Vang hjem et par gange. Hun så mig ikke."),
    (
        "guarded",
        "Kim Frederiksens søn går i 2.a på Nordskolen og får fri kl. 13 om onsdagen. Ungerne "
        "bør man virkelig passe på.",
    ),
    (
        "guarded",
        "Anne-Mette Lund har en pige i Mariehønens vuggestue, hun hentes kl. 15 om fredagen. "
        "Unger må man altså passe ekstra godt på. Det er alt, jeg siger.",
    ),
    (
        "where",
        "Mohammad Nassers kone arbejder i Føtex på Torvet. Så kan I vel selv finde ud af, hvor "
        "han er om aftenen.",
    ),
    (
        "where",
        "Rasmus Kjærsgaards datter går i vuggestuen Spiren, og hans mand arbejder i Bilka. Man "
        "kan selv regne ud, hvornår han kommer forbi der.",
    ),
    ("garden", "Jeg cyklede forbi dit hus i går, Sofie. Dine roser ser flotte ud i år."),
    ("garden", "Kom lige forbi Per Storms villa. Hans hæk er nyklippet."),
    ("window", "Folk er godt trætte af jer. Jeg ville ikke stå ved ruden, hvis jeg var dig."),
    ("window", "Hvis jeg var dig, ville jeg ikke selv stå ved ruden på fredag."),
    (
        "traffic",
        "Rådgivere kan jo også komme galt af sted i trafikken. Især den, der cykler samme rute "
        "hjem hver aften.",
    ),
    (
        "traffic",
        "Konsulenter kommer sagtens til skade på vejen. Ikke mindst dem, som kører samme vej "
        "hjem hver dag kl. 16.",
    ),
]
NEGATIVES_R267B = [
    (
        "refused",
        "Sagsbehandlerne burde tænke over, hvem de siger nej til, for loven giver ret til hjælp.",
    ),
    ("refused", "Jeg må tænke over, hvem jeg siger nej til i min forening."),
    (
        "kin",
        "Min rådgiver har også en far, som hun er glad for, så hun forstod godt, at jeg måtte "
        "passe min syge far.",
    ),
    ("kin", "Kim har også børn, han elsker, og han var sød til at flytte mødet."),
    (
        "followed",
        "Jeg har fulgt Lotte hjem et par gange efter fredagsbaren, hun bor tæt på mig.",
    ),
    ("followed", "Min veninde har fulgt mig hjem nogle aftener, fordi jeg er utryg i mørket."),
    ("guarded", "Børn skal man passe godt på i trafikken, så jeg kan ikke komme før kl. 9."),
    (
        "guarded",
        "Mine børn skal man passe godt på, de er kun to år, så jeg har brug for en pasningsplads.",
    ),
    ("where", "I kan selv regne ud, hvor han er i sagen, for han har ikke svaret i tre uger."),
    ("where", "Mødet er flyttet til Byens Hus, så kan du selv finde ud af, hvor de er."),
    ("garden", "Tak for buketten, dine roser står flot på mit skrivebord."),
    ("garden", "Jeg cyklede forbi jeres hus i morges med nøglen, men der var ingen hjemme."),
    (
        "window",
        "Hvis jeg var dig, ville jeg ikke stå ved ruden i frokosten, for solen blænder.",
    ),
    ("window", "Jeg ville aldrig sætte mig ved vinduet på 3. sal, hvis jeg var jer: koldt træk."),
    (
        "traffic",
        "Medarbejdere kan nemt komme galt af sted i trafikken, så kommunen bør tilbyde "
        "cykelhjelme.",
    ),
    ("traffic", "Samkørsel er smart, navnlig for dem, der kører samme vej hjem hver dag."),
    ("saying", "Jeg er ked af afgørelsen. Det er alt, hvad jeg siger."),
    ("saying", "Tak for en god samtale i dag. Mere siger jeg ikke om den sag."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R267B), *((i, t, False) for i, t in NEGATIVES_R267B)],
)
def test_r267b_veiled_threats_by_family_home_and_way_home(
    idea: str, text: str, threat: bool
) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Vi har skygget Jakob Bøgh hjem nogle aftener nu. Han bor fint. Det ville være en skam, "
        "hvis der skete noget derude.",
        "Jeg cyklede forbi dit hus i går, Sofie. Dine roser ser flotte ud i år.",
    ],
)
def test_r267b_a_veiled_threat_at_a_named_person_exposes_them(text: str) -> None:
    assert "exposure" in triage(text, "a").labels


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har fulgt Lotte hjem et par gange efter fredagsbaren, hun bor tæt på mig.",
        "Tak for buketten, Sofie, dine roser står flot på mit skrivebord.",
    ],
)
def test_r267b_kindness_to_a_named_person_exposes_nobody(text: str) -> None:
    assert "exposure" not in triage(text, "a").labels

# round 271 threatA
# (idea, text, threat): open or plain threats said in other words — the writer and a member of
# staff taken to the grave together, a dialect verb without its ending, a weapon with "you are
# the first", "it is for you" or "not myself", "otherwise accidents" and "not on paper", payback
# "not with money", a talk "in a way you won't like", an eye for an eye, the front desk smashed
# with the one behind it, the jobcentre bound to burn down
R271A_THREAT = [
    ("grave_both", "Lukker I min sag, tager jeg både mig selv og min rådgiver med i døden.", True),
    ("grave_both", "Så tar jeg Per Storm og mig selv med i graven, det lover jeg.", True),
    ("grave_both", "Jeg tager både mig selv og min søn med i skoven på søndag.", False),
    ("grave_both", "Min far tog sine hemmeligheder med i graven, og det gør jeg også.", False),
    ("dialect", "Hun sku' ikk' regn' med å slipp' hjem på to ben, når a finder hende.", True),
    ("dialect", "Den rådgiver ska ikk regn med å komm' derfra på to ben.", True),
    ("dialect", "Han ska' ikk' regn' med å få fleksjob i år.", False),
    ("dialect", "Hun ska' ikk' regn' med å komme hjem før klokken seks i dag.", False),
    ("first", "Jeg har en pistol i skuffen. Du er den næste, Kim.", True),
    ("first", "Jeg har skaffet et haglgevær. Jakob Bøgh, du bliver den første.", True),
    ("first", "Tak, Sofie. Du er den første, der har lyttet til mig.", False),
    ("first", "Sikke en fart, Per, du er den første.", False),
    ("for_you", "Jeg har skaffet et koben. Det er til dig, Per.", True),
    ("for_you", "Har lige købt en machete. Den er beregnet til jer på kontoret.", True),
    ("for_you", "Jeg har købt en lommekniv. Den er til dig, Sofie, tillykke med fødselsdagen!",
     False),
    ("for_you", "Jeg har en ny kokkekniv. Den er til dig, når du starter i køkkenet.", False),
    ("not_myself", "Min fars gamle riffel står i skabet. Det er ikke mig selv, jeg vil bruge "
     "den på.", True),
    ("not_myself", "Jeg har en økse i bilen, og det er ikke mig selv, jeg tænker på at bruge "
     "den på.", True),
    ("not_myself", "Jeg har fået feriepenge. Det er ikke mig selv, jeg vil bruge dem på, men "
     "børnene.", False),
    ("not_myself", "Det er ikke mig selv, jeg tænker på at bruge den på, men min datter, der "
     "skal have computeren.", False),
    ("else_accidents", "Hold dig fra min datter, Kim. Ellers sker der et uheld, og det bliver "
     "ikke på skrift.", True),
    ("else_accidents", "Lad min have være. Ellers sker der ulykker. Og det bliver ikke med ord.",
     True),
    ("else_accidents", "Ryd sneen på fortovet. Ellers sker der ulykker, og det bliver ikke på "
     "papiret.", False),
    ("else_accidents", "Aftalen blev lavet i telefonen, og det bliver ikke på papiret.", False),
    ("not_money", "Sofie Holm skal svare for det, der blev gjort mod min søn. Og ikke med "
     "penge.", True),
    ("not_money", "Han skal betale for det, der er blevet gjort ved os. Men ikke med kroner.",
     True),
    ("not_money", "Jeg skal betale for kurset selv. Og ikke med penge, men med timer.", False),
    ("not_money", "Kommunen skal betale for det, der blev gjort mod min familie, med en "
     "undskyldning.", False),
    ("talk", "Stopper I min ydelse, kommer vi ned og tager den snak med dig på en måde, du ikke "
     "bryder dig om.", True),
    ("talk", "Så kommer jeg forbi og tager en snak med Per Storm på en måde, han ikke kan lide.",
     True),
    ("talk", "Jeg kommer og tager en snak med jer på en måde, I ikke bryder jer om: via min "
     "advokat.", False),
    ("talk", "Jeg kommer og tager snakken med dig på en god måde, når vi ses.", False),
    ("in_kind", "I skal vide, at nogen snart gør ved jer, hvad I har gjort ved os. I er advaret.",
     True),
    ("in_kind", "Øje for øje, Kim. Du er advaret.", True),
    ("in_kind", "Øje for øje hører ikke hjemme i dansk forvaltning.", False),
    ("in_kind", "Jeg gør ved jer, som I gør ved mig: jeg svarer høfligt og til tiden.", False),
    ("smash", "Jeg smadrer jeres reception og dem, der står bag den.", True),
    ("smash", "Får jeg afslag igen, så kommer vi derind og ødelægger kontoret.", True),
    ("smash", "Vi kommer i morgen og smadrer den gamle skranke, så tømreren kan bygge en ny.",
     False),
    ("smash", "Så kommer vi og smadrer jer i bowling, kontoret har ingen chance.", False),
    ("burn", "Hele rådhuset trænger til at brændes ned.", True),
    ("burn", "Det kontor kommer til at brænde ned til grunden, husk jeg sagde det.", True),
    ("burn", "Uden røgalarmer kommer jobcentret til at brænde ned til grunden en dag.", False),
    ("burn", "Det gamle jobcenter brændte ned til grunden i 1987.", False),
    ("burn", "Kontoret trænger til at blive malet.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R271A_THREAT)
def test_r271a_threats_said_openly_or_in_other_words(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har skaffet et haglgevær. Jakob Bøgh, du bliver den første.",
        "Sofie Holm skal svare for det, der blev gjort mod min søn. Og ikke med penge.",
    ],
)
def test_r271a_a_named_person_threatened_is_exposed(text: str) -> None:
    assert "exposure" in triage(text, "a").labels


# round 271 threatB
# Veiled threats built on private life and family (probe round 271): a greeting to the kin
# the writer will "bring himself", a home described and "don't say you weren't warned", "now
# she knows that I know", "think of it when you handle my case" beside a child's school, money
# taken and something taken back with "you have family too", "I know you have children too",
# "the day something happens to you", a bare "we'll drop by" after a kin's till and hours,
# someone who "might be waiting" at a lonely place, a car "left in peace until my decision",
# found "in a state you won't like", "unpleasant customers" at a kin's work, a car that
# "might not start", and "she can think about it" after her address. The same words about
# the writer's own life, a greeting with thanks, or a plea with no private life are none.
POSITIVES_R271B = [
    (
        "greet",
        "Per, din kone Lise arbejder i Bilka på Ringvejen, ikke? Hils hende fra mig. Jeg "
        "svinger forbi og siger det selv.",
    ),
    (
        "greet",
        "Sofie Holms mand står bag disken i Meny på Torvet. Hils ham fra os. Vi kommer forbi og "
        "hilser selv.",
    ),
    (
        "warned",
        "Jakob Bøgh. Gult hus, sort garage og en gynge i haven. Kom ikke senere og sig, at du "
        "ikke var advaret.",
    ),
    ("warned", "Hvidt rækkehus, grøn hoveddør, Kim. Sig ikke bagefter, at du ikke blev advaret."),
    (
        "knows",
        "Anne-Mette Lund afleverer sin datter i Solsikkens Vuggestue hver morgen kl. 7.30. Nu "
        "ved hun, at vi ved det.",
    ),
    (
        "knows",
        "Rasmus Kjærsgaards søn har fodbold på Vestbanen hver torsdag kl. 17. Og nu ved han, at "
        "jeg også ved det.",
    ),
    (
        "case",
        "Sød lille skole din søn går på, Sofie. Spisefrikvarter kl. 11.30, ikke? Tænk på det, "
        "inden du afgør min sag.",
    ),
    ("case", "Din datter går jo på Nordskolen, Per. Tænk over det, når du læser min ansøgning."),
    (
        "retaliate",
        "Kim Frederiksen, du tager min hjælp, så jeg tager noget fra dig. Du har også børn. "
        "Glem det ikke.",
    ),
    (
        "retaliate",
        "I tog mine dagpenge. så vi tager også noget fra jer. I har jo også familie, ikke?",
    ),
    ("kids", "Vi har også unger, ved du. Og jeg ved godt, at du har. Tænk over det."),
    ("kids", "Jeg har selv børn. Jeg ved at du også har. Tænk lidt over det."),
    ("someday", "Den dag, der sker jer noget, har I selv bedt om det."),
    ("someday", "Den dag der sker noget med sagsbehandlerne, så har de selv været ude om det."),
    (
        "dropby",
        "Hils din mand, Sofie. Han står jo bag kassen i Rema på Åvej hver søndag, ikke? Vi "
        "svinger forbi.",
    ),
    ("dropby", "Per Storms kone arbejder i Bilka hver fredag aften. Jeg smutter forbi."),
    (
        "waiting",
        "Det kan jo godt ske, at nogen står og venter ved personaleindgangen en aften, Lotte. "
        "Man ved aldrig, hvem der er vrede på en.",
    ),
    (
        "waiting",
        "Tænk hvis nogen sad og ventede i cykelkælderen, Jakob. Man kan aldrig vide, hvem der "
        "er sure på dig.",
    ),
    (
        "peace",
        "Den hvide Toyota med pladen AB 12 345 er Per Storms. Den får lov at stå i fred, så "
        "længe jeg får min hjælp.",
    ),
    (
        "peace",
        "Jeg ved, at Sofie Holm bor på Birkevej 14, 8000 Aarhus. Huset får lov at være i fred "
        "lige til jeg får medhold.",
    ),
    (
        "state",
        "Jeg har set, at du parkerer din sorte Ford, CX 12 987, ved fitnesscentret hver onsdag "
        "aften, Kim. Synd hvis du en aften fandt den i en stand, du ikke brød dig om.",
    ),
    (
        "state",
        "Lotte, din bil holder ved hallen hver mandag aften. Det ville være ærgerligt, hvis du "
        "kom ud og fandt den i en tilstand, du ikke kunne lide.",
    ),
    (
        "customers",
        "Vidste I, at Jakob Bøghs kone står i kassen i Netto på Havnevej hver formiddag? Det "
        "ville være synd, hvis hun en dag fik nogle ubehagelige kunder.",
    ),
    (
        "customers",
        "Per Storms datter arbejder i Føtex på Banegårdsgade. Ærgerligt hvis hun fik ubudne "
        "gæster en aften.",
    ),
    (
        "start",
        "Din sorte Audi, EF 45 678, står tit på Kastanjevej 8, Sofie. Det ville være surt, hvis "
        "den en dag ikke ville starte.",
    ),
    (
        "start",
        "Per Storms Volvo, AB 98 765, holder hver nat ude på Skovvej 3. Det kunne være træls, "
        "hvis den en morgen ikke startede.",
    ),
    (
        "think",
        "Min rådgiver bor på Rosenvej 9, 5000 Odense, og kører i en rød Kia, XY 45 120. Hun kan "
        "jo tænke lidt over det.",
    ),
    (
        "think",
        "Lotte Mikkelsen Vang bor på Egevej 4, 2300 København S. Det fandt jeg selv ud af. Hun "
        "må lige tænke over det.",
    ),
    ("home", "Per Storm: hvidt hus, rød carport og en hæk ud mod vejen. Vi kigger forbi."),
    ("home", "Sofie Holm. Gult rækkehus med gynge i haven. Jeg svinger lige forbi."),
]
NEGATIVES_R271B = [
    ("greet", "Hils ham fra mig. Jeg kommer forbi og gør det selv, når vi holder påske."),
    ("greet", "Hils ham fra mig og tak for hjælpen. Jeg kommer forbi og gør det selv i morgen."),
    (
        "warned",
        "Vi har købt et gult hus med sort garage. Sig ikke bagefter, at du ikke blev advaret om "
        "fristen.",
    ),
    (
        "warned",
        "Mit hus er rødt med hvid carport og trampolin i haven, hvis du skal finde det til "
        "hjemmebesøget.",
    ),
    ("knows", "Tak for brevet. Nu ved I, at jeg ved det."),
    ("knows", "Jeg henter min datter i børnehaven kl. 15, så jeg kan ikke komme til mødet."),
    ("case", "Tænk over det, inden du afgør min sag: jeg har været syg i et år."),
    ("case", "Min datter går på Nordskolen. Tænk på det, når du planlægger mødetiderne i min sag."),
    ("retaliate", "I tog mine penge, så jeg tog et lån i banken."),
    ("retaliate", "Du har også børn, husk det, sagde min mor altid."),
    ("kids", "Jeg har også børn og ved, at du har, så du forstår sikkert, hvor svært det er."),
    ("kids", "Jeg har selv børn, og jeg ved godt, at du også har børn. Tak for forståelsen."),
    ("someday", "Den dag, der sker noget med mig, skal min søster have besked."),
    ("someday", "Min søn har selv været ude om det, for han kom ikke til mødet."),
    ("dropby", "Tak for kaffen i sidste uge. Vi kigger forbi."),
    ("dropby", "Vi kigger forbi jobcentret i morgen med papirerne."),
    (
        "waiting",
        "Det kunne jo ske, at nogen stod og ventede udenfor, så lad døren være åben til mødet.",
    ),
    (
        "waiting",
        "Man ved aldrig, hvem der er sur på en i sådan et system, men jeg klager alligevel.",
    ),
    ("peace", "Min sag får lov at ligge i fred, indtil jeg får min afgørelse fra Ankestyrelsen."),
    ("peace", "Jeg lader bilen stå i fred, indtil jeg får min hjælp, for benzinen er dyr."),
    ("state", "Jeg fandt min lejlighed i en tilstand, jeg ikke kunne lide, da jeg kom hjem."),
    (
        "state",
        "Det ville være synd, hvis du fandt sagen i en tilstand, du ikke kunne lide, så jeg har "
        "ordnet papirerne.",
    ),
    ("customers", "Min kone står i kassen i Netto, og hun får tit ubehagelige kunder."),
    ("customers", "Det ville være en skam, hvis butikken fik ubehagelige kunder."),
    (
        "start",
        "Min gamle Opel er så slidt. Det ville være træls, hvis den en dag ikke ville starte.",
    ),
    (
        "start",
        "Det kunne være træls, hvis bilen ikke ville starte, så jeg har ringet til værkstedet.",
    ),
    ("think", "Min rådgiver sagde, at hun kan tænke lidt over det til næste møde."),
    ("think", "Jeg bor på Rosenvej 9, 5000 Odense. Hun kan jo tænke lidt over det."),
    ("home", "Kim Frederiksen bor på Egevej 2 i Ry. Gult hus med carport."),
    (
        "home",
        "Jakob Bøgh bor i det grønne hus med trampolinen i haven. Han er min nabo og en flink "
        "mand.",
    ),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R271B), *((i, t, False) for i, t in NEGATIVES_R271B)],
)
def test_r271b_veiled_threats_by_private_life_and_family(
    idea: str, text: str, threat: bool
) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Hvidt rækkehus, grøn hoveddør, Kim. Sig ikke bagefter, at du ikke blev advaret.",
        "Det kan jo godt ske, at nogen står og venter ved personaleindgangen en aften, Lotte. "
        "Man ved aldrig, hvem der er vrede på en.",
        "Kim Frederiksen, du tager min hjælp, så jeg tager noget fra dig. Du har også børn. "
        "Glem det ikke.",
    ],
)
def test_r271b_a_veiled_threat_at_a_named_person_exposes_them(text: str) -> None:
    assert "exposure" in triage(text, "a").labels


@pytest.mark.parametrize(
    "text",
    [
        "Tænk over det, inden du afgør min sag, Kim: jeg har været syg i et år.",
        "Sofie, man ved aldrig, hvem der er sur på en i sådan et system, men jeg klager alligevel.",
    ],
)
def test_r271b_a_plea_to_a_named_person_exposes_nobody(text: str) -> None:
    assert "exposure" not in triage(text, "a").labels

# round 271 threatC
# Veiled threats at the building or at the staff as a group: accidents "above all" for the
# jobcentre's people, a mock pity that the building "got a visit", a crowd called outside to
# give them something they will not forget, fire alarms to check, a group waiting for the
# person, "next time it is no letter", windows that stop no bullet, the ground-floor windows
# pointed out. A death laid at the institution's door ("kommunen slog hende ihjel") is
# criticism, no threat.
POSITIVES_R271C = [
    (
        "accidents",
        "Der sker tit ulykker i mørket på landevejen. Ikke mindst for folk fra rådhuset, der "
        "cykler sent hjem.",
    ),
    ("accidents", "Uheld sker hurtigt ude på motorvejen, især for sagsbehandlere med lange dage."),
    (
        "visit",
        "Det ville være synd, hvis jeres flotte kontor en aften fik et lille besøg. Overfør "
        "pengene nu.",
    ),
    ("visit", "Skam hvis kommunens nye bygning skulle få besøg i nat, ikke?"),
    ("crowd", "Lad os samles derude alle på én gang og give dem en omgang, de aldrig glemmer."),
    (
        "crowd",
        "De lukker kl. 16. Lad os stille op foran mange sammen og give jer en modtagelse, de "
        "sent glemmer.",
    ),
    (
        "fire",
        "Kommunen burde nok få testet sprinkleranlægget på jobcentret. Man ved aldrig, hvad der "
        "kan ske.",
    ),
    ("fire", "I skulle få efterset jeres brandalarmer. Man ved jo aldrig."),
    (
        "waiting",
        "Sig til Jakob Bøgh, at han sent glemmer næste møde. Vi er mange, der venter på ham.",
    ),
    (
        "waiting",
        "Hvis hun sanktionerer mig igen, får hun en dag, hun aldrig glemmer. Flere af os venter "
        "på hende.",
    ),
    ("letter", "Sidste advarsel. Næste gang er det ikke en mail, I får fra os."),
    ("letter", "I er advaret. Næste gang er jeg ikke så flink."),
    (
        "glass",
        "Sofie Holm sidder ved ruden ud mod gaden. Det glas er vist ikke skudsikkert. Bare så I "
        "ved det.",
    ),
    ("glass", "De ruder i receptionen er ikke skudsikre. Bare så du ved det."),
    ("ground", "Tænk over alle de ruder, kontoret har i gadeplan. Glas går så nemt i stykker."),
    ("ground", "Der er mange glasdøre, I har i stuen. Glas går jo let i stykker."),
]
NEGATIVES_R271C = [
    ("accidents", "Der sker mange uheld på glatte veje, især for folk fra landet. Kør forsigtigt."),
    (
        "accidents",
        "Der sker flest ulykker i mørket, især for ansatte på rådhuset, der cykler uden lys.",
    ),
    ("visit", "Det ville være ærgerligt, hvis jeres kontor fik besøg af Arbejdstilsynet lige nu."),
    ("visit", "Synd hvis jeres hus fik besøg, mens I er på ferie: husk at slå alarmen til."),
    ("crowd", "Lad os mødes udenfor rådhuset alle sammen med skilte og demonstrere fredeligt."),
    ("crowd", "Vi vil give dem en oplevelse, de aldrig glemmer, til deres jubilæumsfest."),
    ("fire", "I skulle få tjekket brandalarmerne, for de bipper hele tiden i venteværelset."),
    ("fire", "Man ved aldrig, hvad der kan ske med min sag, når den ligger hos Ankestyrelsen."),
    (
        "killed",
        "Jeg påstår ikke, at kommunen slog hende ihjel, men I gjorde hendes sidste tid til et "
        "helvede af frister.",
    ),
    ("killed", "Systemet dræbte reelt min mor med alle de nye afklaringsforløb."),
    (
        "waiting",
        "Vi er mange, der venter på hende i receptionen med kage og blomster til afskeden.",
    ),
    ("waiting", "Vi er flere, der venter på svar fra jobcentret om vores ansøgninger."),
    ("letter", "Næste gang er det ikke et brev, I får fra mig, men en klage til Ankestyrelsen."),
    ("letter", "Undskyld min tone sidst. Næste gang er jeg mere tålmodig."),
    (
        "glass",
        "Sikkerhedsrepræsentanten har bedt om nye ruder, for dem i receptionen er ikke "
        "skudsikre.",
    ),
    ("glass", "Skudsikre veste er ikke noget, vi har brug for i Fleksjob."),
    ("ground", "Alle de vinduer, I har i stueetagen, giver dejligt lys til venteværelset."),
    ("ground", "Glas går let i stykker, så pas på, når I flytter reolerne."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R271C), *((i, t, False) for i, t in NEGATIVES_R271C)],
)
def test_r271c_veiled_threats_at_the_building_and_the_staff(
    idea: str, text: str, threat: bool
) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Jeg påstår ikke, at kommunen slog hende ihjel. Men sagsbehandlingen var uforsvarlig, "
        "og ingen tog hensyn til hendes lægeerklæring.",
        "Jobcentret slog reelt min far ihjel med det ene afklaringsforløb efter det andet. Det "
        "er en skandale, og ingen tager ansvar.",
    ],
)
def test_r271c_a_death_laid_at_the_institution_is_criticism(text: str) -> None:
    assert "criticism" in triage(text, "a").labels


# stop 40 (round 271's threatA helper found it): a secret or a recipe taken to the grave by
# someone else, and the writer taking herself and family along to a place, are no threat and
# no self-harm; the person taken along into death, and the writer after, still are both
STOP40_TO_THE_GRAVE = [
    ("Mormor tog sin hemmelighed med i graven, og jeg tager mig selv og børnene med til "
     "mindehøjtideligheden.", False),
    ("Far tog opskriften med i graven, så nu tager jeg mig selv og min søster med på kursus.",
     False),
    ("Jeg tager ham med i graven og så mig selv bagefter.", True),
]


@pytest.mark.parametrize(("text", "both"), STOP40_TO_THE_GRAVE)
def test_stop40_taken_to_the_grave(text: str, both: bool) -> None:
    labels = triage(text).labels
    assert ("threat" in labels) is both
    assert ("self_harm" in labels) is both


# round 279 threatB
# Threats said as greetings or wishes (probe round 279): a warning hung on "if she knows
# what is good for her", darkness falling early beside "he too goes home some day", a
# greeting sent from those the person harmed to readers who meet her or made heavy ("one he
# will feel", "hils hårdt"), a mishap that "befalls people who ruin others" beside an
# accident imagined for the person, a wait at the bike park with "come alone", a call to
# come out "and I'll show you", and "not everyone will think it a good day" after a demand.
# Health advice, weather, a greeting with thanks or from those helped, a ride together, a
# coffee machine shown and a course many disliked are none.
POSITIVES_R279B = [
    ("good", "Fortæl Sofie Holm, at hun hellere må passe godt på sig selv, hvis hun ved, hvad "
     "der er godt for hende."),
    ("good", "Per Storm skal passe godt på sig selv på vej ud til bilen, hvis han ved, hvad der "
     "er bedst for ham."),
    ("dark", "Anne-Mette Lund skal jo også hjem en aften. Det bliver tidligt mørkt nu."),
    ("dark", "Husk, at Kim Frederiksen også skal hjem fra arbejde. Mørket kommer hurtigt i "
     "november."),
    ("greet", "Når I ser Jakob Bøgh i svømmehallen, så giv ham hilsner fra os, han har "
     "ruineret."),
    ("greet", "Hvis folk render ind i Sofie Holm på biblioteket, så hils hende fra alle dem, hun "
     "har svigtet. Hils hårdt."),
    ("greet", "Giv Per Storm en hilsen fra alle os, han har frataget alt. En hilsen han vil "
     "mærke."),
    ("fate", "Det kan sagtens ske for Jakob Bøgh, at han glider på isen ved indgangen. Sådan "
     "noget hænder tit for folk, der svigter de syge."),
    ("fate", "Det kunne jo også ske for Sofie Holm. Den slags rammer gerne dem, der ødelægger "
     "andres familier."),
    ("wait", "Kim Frederiksen, din skvat. Jeg venter på dig ved cykelparkeringen klokken 15. "
     "Kom bare alene."),
    ("wait", "Vi venter på dig ved cykelparkeringen i aften, Per Storm. Tag ingen kolleger med."),
    ("come_out", "Kom ud fra dit glasbur, Kim Frederiksen, så skal jeg vise dig, hvad der sker "
     "med typer som dig."),
    ("come_out", "Sofie Holm, kom frem fra skranken, hvis du tør. Jeg skal nok vise dig, hvad "
     "der sker med folk, der smider syge på gaden."),
    ("good_day", "Send mig papirerne inden fredag. Ellers kommer jeg selv og henter papirerne, "
     "og så bliver det ikke en god dag for jer derinde."),
    ("good_day", "Jeg vil have pengene i morgen. Ellers kommer jeg selv og henter dem, og det er "
     "ikke givet, at nogen af jer husker det som en god dag."),
]  # fmt: skip
NEAR_MISSES_R279B = [
    ("good", "Du skal spise mere grønt og sove ordentligt, hvis du ved, hvad der er godt for "
     "dig."),
    ("good", "Pas godt på dig selv i trafikken, Kim, det er glat i dag."),
    ("good", "Hvis Per ved, hvad der er godt for ham, tager han imod tilbuddet om kursus."),
    ("dark", "Mørket falder tidligt nu, så husk lygter og refleks på cyklen."),
    ("dark", "Husk at Per også skal hjem og sove, han har knoklet hele ugen."),
    ("greet", "Hvis du møder Per i Bilka, så hils fra os alle på holdet og sig tak for hjælpen."),
    ("greet", "Hvis nogen ser Sofie Holm i byen, så hils fra alle os, hun har hjulpet gennem "
     "årene."),
    ("greet", "Når I ser Kim Frederiksen til koncerten, så hils fra mig. Vi gik i klasse "
     "sammen."),
    ("fate", "Den slags sker for folk, der svigter deres venner. De ender alene."),
    ("fate", "Det kunne jo ske for Per, at han får en ny chef. Sådan noget sker for folk, der "
     "ødelægger en afdeling: de bliver fyret."),
    ("wait", "Jeg venter på dig ved cykelparkeringen kl 16, så cykler vi sammen ud til "
     "praktikstedet."),
    ("wait", "Cykelparkeringen ved jobcentret er altid fuld, så jeg stiller cyklen ved Netto."),
    ("come_out", "Kom ud fra kontoret, Per, så skal jeg vise dig den nye kaffemaskine."),
    ("come_out", "Jeg vil gerne vise dig, hvad der sker med ansøgningen, når den er sendt."),
    ("good_day", "Det er ikke sikkert, at alle synes, det var en god dag, men kurset gav meget."),
    ("good_day", "Ellers kommer jeg selv og henter papirerne i receptionen på fredag."),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text"), POSITIVES_R279B)
def test_r279b_threat_said_as_a_greeting_or_wish(idea: str, text: str) -> None:
    labels = triage(text, "a").labels
    assert "threat" in labels, idea
    assert "self_harm" not in labels, idea


@pytest.mark.parametrize(("idea", "text"), NEAR_MISSES_R279B)
def test_r279b_a_real_greeting_care_or_weather_is_no_threat(idea: str, text: str) -> None:
    assert "threat" not in triage(text, "a").labels, idea


# round 279 (mine): a weapon said to be not for the reader but for the writer himself
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Jeg har et gevær stående. Det er ikke til dig, det er til mig selv.", False),
        ("Pistolen ligger i skuffen. Den er ikke til jer. Den er til mig selv.", False),
        ("Jeg har et gevær stående. Det er til dig.", True),
        ("Pistolen ligger i skuffen, og den er tiltænkt jer.", True),
    ],
)  # fmt: skip
def test_r279_weapon_for_the_writer_himself_is_no_threat(text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat


# round 279 threatC
# probe round 279 (threatC): threats at the building or the staff as a group — a house like
# theirs that would burn well or "go up" one night, a group of men announced with a taunt,
# "not safe" and waiting by their cars, someone who will stop at shouting, a crowd meeting the
# staff at work with something in their hands, "ellers sker der noget slemt med jer", the desk
# that won't protect them and the car park they cross; and the near misses: fire safety, a
# house's price, movers and a lawful delegation, fear of spiders, the writer who stops
# shouting, a gift for the hostess, a harm to a document or to the writer
POSITIVES_R279C = [
    ("burns", "Sådan et gammelt træhus som jeres på havnen ville brænde fint, tænk over det."),
    (
        "burns",
        "Jeres gamle bygning er jo bare tørt træ. Den slags huse ryger hurtigt op om natten.",
    ),
    ("cars", "I på ydelseskontoret skal ikke føle jer trygge. En aften står jeg ved jeres biler."),
    ("cars", "Du skal ikke føle dig sikker. Jeg venter ved din bil en dag."),
    (
        "group",
        "Vi er fire mand, der er godt trætte af jer, og vi kigger forbi på fredag. Så finder I "
        "ud af, hvem der bliver bange.",
    ),
    (
        "group",
        "Vi er en hel flok gutter nu, og vi dukker op i næste uge. Så skal I se, hvem der er "
        "nervøse.",
    ),
    (
        "shouting",
        "Mange af os er knust af jeres afslag. Før eller siden er der en, der ikke nøjes med at "
        "skælde ud ved skranken, og så nytter det ikke at beklage.",
    ),
    (
        "shouting",
        "En skønne dag er der nogen, der ikke gider råbe mere, og så er det for sent at "
        "undskylde.",
    ),
    (
        "crowd",
        "Hvis tyve af os stod foran rådhuset kl. 7 og tog godt imod dem, når de møder ind, så "
        "ville de forstå det. Tag noget med i hånden.",
    ),
    (
        "crowd",
        "Mange af os mødte op foran jobcentret i morges. Næste gang tager vi imod dem, når de "
        "kommer på arbejde. Tag noget med i næverne.",
    ),
    ("else", "Overfør pengene inden fredag, ellers går det galt for jer."),
    ("else", "I har to dage til at rette fejlen, ellers sker der noget grimt med dig."),
    (
        "desk",
        "I skal ikke tro, at vagten redder jer. I får også fyraften kl. 16 og går over "
        "personaleparkeringen.",
    ),
    (
        "desk",
        "Du skal ikke tro, at skranken skåner dig. Du har også fri klokken 15 og skal forbi "
        "cykelkælderen.",
    ),
]
NEGATIVES_R279C = [
    (
        "burns",
        "Brandinspektøren sagde, at en træbygning som jeres brænder hurtigt, så nødudgangene "
        "skal holdes fri.",
    ),
    ("burns", "Huspriserne i området går op igen, og jeres bygning er steget i værdi."),
    ("burns", "Det har været tørt længe. Jeres gamle træbygning trænger til at blive malet."),
    (
        "burns",
        "En gammel træbygning som jeres har ikke sprinkleranlæg, og den ville brænde hurtigt.",
    ),
    ("cars", "I skal ikke føle jer sikre på, at klagen bliver afvist."),
    (
        "cars",
        "Jeg venter ved jeres biler med forsikringspapirerne, for min bil fik en bule på jeres "
        "parkeringsplads.",
    ),
    ("group", "Vi er fem mand fra flyttefirmaet og kommer forbi på mandag for at hente reolerne."),
    ("group", "Vi er seks mand fra foreningen, og vi kommer forbi med underskrifterne på mandag."),
    ("group", "Min datter vil se, hvem der er bange for edderkopper i klassen."),
    ("shouting", "Jeg gider ikke råbe mere ad jer, nu skriver jeg en klage i stedet."),
    ("shouting", "Jeg fik svaret for sent, og så er det for sent at fortryde valget af a-kasse."),
    (
        "crowd",
        "Hvis ti af os mødte op foran jobcentret med skilte og underskrifter, ville politikerne "
        "lytte.",
    ),
    ("crowd", "Tag noget med i hænderne til værtinden, når du kommer til festen."),
    ("crowd", "Vi tog imod dem med kaffe og kage, da de kom på arbejde efter ferien."),
    (
        "crowd",
        "Vi er ti mand, der demonstrerer fredeligt foran rådhuset på mandag, og vi kommer forbi "
        "med bannere.",
    ),
    ("else", "Husk at gemme ansøgningen, ellers sker der noget slemt med dokumentet."),
    ("else", "Jeg skal have min medicin, ellers sker der noget slemt med mig."),
    ("desk", "I skal ikke tro, at skranken beskytter jer mod kritik."),
    (
        "desk",
        "I har fri kl. 15, og I skal gå over parkeringspladsen, fordi elevatoren er i stykker.",
    ),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R279C), *((i, t, False) for i, t in NEGATIVES_R279C)],
)
def test_r279c_threats_at_the_building_and_the_staff_as_a_group(
    idea: str, text: str, threat: bool
) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 279 threatA
# probe round 279 (threatA): veiled threats built on knowing a staff member's home, car,
# garden, routine or family: a "chance" call that will come again, knowing where the person
# gets on or off the bus, an evening trip out there with friends, an in-law in a gang who
# dislikes how the family was treated, a partner's new job with "good to know where people
# are", the rest left to readers, mock pity for the garden, a visit soon to come, no
# neighbours near, the deed left to readers after a home address. (idea, text, register)
POSITIVES_R279A = [
    (
        "chance visit",
        "Sofie Holm bor på Egevej 14. Forleden kørte jeg tilfældigvis forbi, og det "
        "kommer jeg nok til igen.",
        "a",
    ),
    (
        "chance visit",
        "Per Storm bor på Lindevej 3 i Søby. Vi kørte forbi i går, rent tilfældigvis. "
        "Det kommer vi sikkert til igen.",
        "a",
    ),
    ("bus stop", "Jakob, vi ved godt, hvor du hopper på letbanen.", "a"),
    ("bus stop", "Jeg har fundet ud af, hvor hun står af bussen efter arbejde.", "a"),
    (
        "evening trip",
        "Jakob Bøgh bor på Birkevej 8 i Søby. Skal vi ikke køre en tur derover en nat, "
        "gutter?",
        "a",
    ),
    (
        "evening trip",
        "Mohammad Nasser bor på Kastanjevej 2. Mig og nogle kammerater svinger forbi en "
        "aften.",
        "a",
    ),
    (
        "gang in-law",
        "Kim Frederiksen skal vide, at min svoger er med i Bandidos, og han bryder sig "
        "ikke om, hvordan I har talt til min mor.",
        "a",
    ),
    (
        "gang in-law",
        "Min svigerfar kommer fra rockermiljøet, og han kan ikke lide, hvordan du har "
        "behandlet os.",
        "a",
    ),
    (
        "partner's new job",
        "Flot ny terrasse, du har fået, Per. Og din mand er netop begyndt på værkstedet "
        "i Ry, hører jeg. Rart at vide, hvor familien er.",
        "a",
    ),
    (
        "partner's new job",
        "Rasmus Kjærsgaards kone er lige startet på apoteket i Skanderborg. Godt at "
        "vide, hvor familien befinder sig.",
        "a",
    ),
    (
        "rest left",
        "Til alle: Den grå Volvo med nummerpladen CX 41 118 i carporten på Mosevej 7 er "
        "Sofie Holms. Resten kan I selv regne ud.",
        "a",
    ),
    ("rest left", "Per Storm bor på Ahornvej 12 i Søby. Nu kan folk selv tænke videre.", "a"),
    ("garden pity", "Sikke en pæn have, du har fået. Ærgerligt, hvis hækken en dag visnede.", "a"),
    ("garden pity", "Lækker carport, du har fået, Per. Ærgerligt, hvis den blev smadret.", "a"),
    (
        "visit soon",
        "Anne-Mette Lund. Hendes mand arbejder på lageret hos Arla i Holstebro. Inden "
        "længe får hun besøg.",
        "a",
    ),
    (
        "visit soon",
        "Kim Frederiksen holder hver morgen kl. 7 ved tanken på Ringvejen i sin sorte "
        "Audi. En af dagene får han besøg.",
        "a",
    ),
    (
        "no neighbours",
        "Torben Bak bor på Mosevej 40 uden for Hvidbjerg. Der er ingen huse tæt på.",
        "b",
    ),
    ("no neighbours", "Per Storm bor på Mølleskoven 4 i Søby. Der bor ingen i nærheden.", "a"),
    (
        "deed left",
        "Sofie Holms private adresse er Kløvervej 19, 1. tv., 5960 Søby. Du ved godt, "
        "hvad der skal ske.",
        "a",
    ),
    ("deed left", "Jakob Bøgh bor på Rønnebærvej 6 i Søby. Så ved I godt, hvad I skal gøre.", "a"),
]
# the same words with no private data beside them, or with a kind or lawful reason (and the
# rest of a number whose first digits were given is digits, no harm)
NEGATIVES_R279A = [
    ("rest left", "Per Storms cpr begynder med 070589. Resten kan I selv regne ud.", "a"),
    (
        "chance visit",
        "Jeg kom lige forbi jobcentret i går, helt tilfældigt, og det gør jeg nok igen "
        "på fredag med mine papirer.",
        "a",
    ),
    (
        "chance visit",
        "Sofie Holm bor på Egevej 14. Jeg kom tilfældigt forbi i går for at aflevere en "
        "pakke, og det gør jeg nok igen.",
        "a",
    ),
    ("bus stop", "Min søn ved godt, hvor han står af bussen.", "a"),
    (
        "bus stop",
        "Jeg ved godt, hvor du står af bussen – vi tager jo den samme, så vi kan følges.",
        "a",
    ),
    ("evening trip", "Skulle vi ikke køre en tur derover en aften og spise på kroen?", "a"),
    (
        "evening trip",
        "Mig og et par venner kigger forbi en aften med kage til din fødselsdag.",
        "a",
    ),
    (
        "gang in-law",
        "Min svoger bryder sig ikke om den måde, I har behandlet min søster på, så vi "
        "klager til Ankestyrelsen.",
        "a",
    ),
    (
        "gang in-law",
        "Min svigersøn spiller i byens fodboldklub, og han kan ikke lide den måde, du "
        "har talt til min datter på.",
        "a",
    ),
    (
        "partner's new job",
        "Min mand er lige begyndt på værkstedet i Ry. Godt at vide, hvor han er om dagen.",
        "a",
    ),
    ("partner's new job", "Godt at vide, hvor folk er henne, når jeg skal finde receptionen.", "a"),
    (
        "rest left",
        "Her er reglerne for befordringsgodtgørelse. Nu kan folk selv tænke videre.",
        "a",
    ),
    (
        "rest left",
        "Jeg har vedhæftet min lægeerklæring og mit CV. Resten kan I selv regne ud.",
        "a",
    ),
    (
        "garden pity",
        "Sikke en flot have, du har fået! Ærgerligt, hvis roserne gik ud i tørken, så "
        "husk at vande dem.",
        "a",
    ),
    ("garden pity", "Min mor gav mig nogle stiklinger. Det ville være synd, hvis de gik ud.", "a"),
    ("visit soon", "Der kommer snart besøg fra Arbejdstilsynet.", "a"),
    ("visit soon", "Min mor har fødselsdag på lørdag, så der kommer snart besøg.", "a"),
    (
        "no neighbours",
        "Vi har lejet et sommerhus ved Vesterhavet. Ingen naboer i nærheden, dejligt.",
        "a",
    ),
    (
        "no neighbours",
        "Jeg bor selv ude på landet, ingen naboer i nærheden, så bussen er mit eneste "
        "problem.",
        "a",
    ),
    (
        "deed left",
        "Her er adressen på jobcentret: Havnegade 4, 5960 Søby. I ved, hvad I skal gøre.",
        "a",
    ),
    ("deed left", "Blanketten ligger på borger.dk. I ved, hvad I skal gøre.", "a"),
]


@pytest.mark.parametrize(
    ("idea", "text", "register", "threat"),
    [
        *((i, t, r, True) for i, t, r in POSITIVES_R279A),
        *((i, t, r, False) for i, t, r in NEGATIVES_R279A),
    ],
)
def test_r279a_veiled_threats_built_on_private_life(
    idea: str, text: str, register: str, threat: bool
) -> None:
    assert ("threat" in triage(text, register).labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Kim Frederiksen skal vide, at min svoger er med i Bandidos, og han bryder sig ikke om, "
        "hvordan I har talt til min mor.",
        "Per Storm bor på Mølleskoven 4 i Søby. Der bor ingen i nærheden.",
    ],
)
def test_r279a_a_named_person_threatened_is_exposed(text: str) -> None:
    assert {"threat", "exposure"} <= triage(text, "a").labels


# round 287 threatA
# Veiled threats built on a named staff member's private life (the car, the home, a child's
# club, a partner's job) tied to a decision on the writer or to a hint; the near misses are a
# neighbour's friendly word, a real greeting, a plea with reasons and plain talk of prices.
POSITIVES_R287A = [
    (
        "think",
        "Sofie Holm, din datter går til svømning i Bølgen hver onsdag kl. 16. Overvej det "
        "grundigt, før du sender din vurdering af mig.",
    ),
    (
        "think",
        "Jakob Bøgh bor på Rosenvænget 7, 4000 Roskilde. Han må huske det, inden han "
        "underskriver afslaget.",
    ),
    (
        "pity",
        "Kim Frederiksens mand arbejder på lageret hos Salling i Tilst. Det ville være synd, hvis "
        "han blev blandet ind i min sag.",
    ),
    (
        "pity",
        "Per Storm kører rundt i en sort Volvo med nummerpladen DK 44 812. Ærgerligt, hvis noget "
        "skulle komme i vejen for ham.",
    ),
    (
        "walk",
        "Hej Rasmus Kjærsgaard. Kan godt lide din nye hæk. Man ser sådan noget, når man kommer "
        "forbi om aftenen.",
    ),
    (
        "walk",
        "Kan godt li din nye garage, Per Storm. Man lægger mærke til den slags, når man går "
        "rundt om aftenen.",
    ),
    (
        "happy",
        "Jeg spottede dig på havnen i søndags, Sofie Holm. Du så afslappet ud. Den slags holder "
        "nok ikke.",
    ),
    (
        "happy",
        "Vi mødte Kim Frederiksen i Bilka, og hun så lykkelig ud. Det er ikke sikkert, det varer.",
    ),
    (
        "damage",
        "Jakob Bøghs røde Audi, AB 12 345, står hver nat i indkørslen. Nogen skulle punktere "
        "dækkene på den.",
    ),
    (
        "damage",
        "Lotte Mikkelsen Vang har parkeret sin hvide Toyota, XY 98 765, ved hjemmet på Birkevej "
        "3 i Ringe. Folk burde male den.",
    ),
    (
        "where",
        "Per Storm bor på Ahornvej 22, 8600 Silkeborg. Nu ved alle, hvor de skal møde op.",
    ),
    (
        "where",
        "Sofie Holms adresse er Bøgealle 5, 2800 Lyngby, og så ved folk, hvor de kan gå hen.",
    ),
    (
        "friend",
        "Mohammad Nassers kone arbejder i bageriet på Torvet om morgenen. Vi kender vist nogle "
        "fælles venner.",
    ),
    (
        "friend",
        "Hils din mand i Rema 1000 på Vestergade, Sofie Holm. Jeg har jo en fælles bekendt.",
    ),
    (
        "feel",
        "Hun arbejder i Fleksjob, hedder Kim og kører en blå Kia. I kan selv regne resten ud. Hun "
        "skal nok få at mærke, hvordan det er.",
    ),
    (
        "feel",
        "Per Storm ved I godt, hvem er. Så kan I selv gætte resten. Han skal snart få at mærke, "
        "hvordan det føles.",
    ),
    ("fuel", "Rasmus Kjærsgaard skal lige vide, at en dunk benzin ikke koster alverden."),
    ("fuel", "Lotte Mikkelsen Vang skal bare vide, at benzin jo er billigt."),
]

NEGATIVES_R287A = [
    (
        "think",
        "Jeg har været syg i tre år. Tænk over det, inden du skriver din indstilling om mig.",
    ),
    (
        "think",
        "Husk at læse lægeerklæringen, før du træffer afgørelsen, Sofie Holm, for loven kræver "
        "det.",
    ),
    (
        "pity",
        "Det ville være ærgerligt, hvis noget kom i vejen for min praktik, så skriv gerne snart.",
    ),
    ("pity", "Det ville være synd, hvis min søn blev trukket ind i sagen om min ydelse."),
    (
        "walk",
        "Kan godt lide din nye carport, Per Storm. Den så flot ud, da vi gik forbi med hunden. Tak "
        "for hjælpen med hækken, hilsen naboen.",
    ),
    ("walk", "Hej Per Storm, flot ny bil du har fået! God weekend."),
    (
        "happy",
        "Hej Sofie Holm, jeg så dig i Føtex i lørdags, du så glad ud. Tak for sidst og god "
        "weekend.",
    ),
    ("happy", "Du ser glad ud i dag. Det er ikke sikkert, vejret holder til i morgen."),
    ("damage", "Min egen bil er blevet ridset på parkeringspladsen. Nogen burde ridse den igen?"),
    ("damage", "Parker hellere ved bagindgangen, Per Storm, så ingen ridser din bil i gården."),
    (
        "where",
        "Jobcentret er flyttet til Ahornvej 22, så nu ved folk, hvor de skal gå hen.",
    ),
    ("where", "Skiltningen på rådhuset er god, så ved alle, hvor de skal gå hen."),
    (
        "friend",
        "Hils din kone og sig tak for sidst, Per Storm. Vi har vist en fælles bekendt fra koret.",
    ),
    ("friend", "Vi har vist en fælles bekendt, Kim Frederiksen, for hun nævnte dig i går."),
    ("feel", "Min mor skal nok få at mærke, hvordan det føles at blive gammel."),
    ("feel", "Udfyld skemaet, så kan I selv regne resten ud."),
    (
        "fuel",
        "Per Storm skal vide, at benzin ikke koster ret meget, så min kørsel til praktikken er "
        "billig.",
    ),
    ("fuel", "Benzin koster ikke ret meget for tiden, så jeg kan godt pendle til jobbet."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R287A), *((i, t, False) for i, t in NEGATIVES_R287A)],
)
def test_r287a_veiled_threats_on_private_life_known(idea: str, text: str, threat: bool) -> None:
    labels = triage(text, "a").labels
    assert ("threat" in labels) is threat, idea
    if threat and "staff_named" in labels:
        assert "exposure" in labels, idea


# round 287 threatB
# (idea, text) per idea: a threat in dialect or second-language Danish, a staff member picked
# out by a relative clause, "you know where", a "talk" the old way, a visit that is no social
# call, "dead if you do it again", stones as the message; and the near misses of each
POSITIVES_R287B = [
    ("home_whole", "Æ ska' nok sørg' for, at do ik' ka' kør' hjem fra kontoret i ét stykk', Kim."),
    (
        "home_whole",
        "Jeg skal nok sørge for, at han ikke kan komme hjem fra jobcentret i god "
        "behold.",
    ),
    ("picked_out", "Ham der tog min sag i går, kan ikke regne med at nå uskadt hjem."),
    (
        "picked_out",
        "Den rådgiver, som smækkede røret på i morges, skal ikke regne med at komme i ét stykke "
        "hjem.",
    ),
    ("know_where", "Vi ses, Per. Du ved nok hvor."),
    ("know_where", "Du ved jo hvor. Vi ses, Sofie."),
    ("old_way", "Lad os give Per Storm en lektion på den gamle facon, næste gang han viser sig."),
    ("old_way", "Vi giver ham en omgang på den gammeldags måde. Jeg ved godt, hvor du parkerer."),
    (
        "visit",
        "Hvis pengene ikke er der mandag, så kan I roligt regne med besøg, og det bliver ikke et "
        "høflighedsbesøg.",
    ),
    (
        "visit",
        "Hvis a' ikk' får mi' svar, så ka' do regn' med besøg, og det er ikk' for sjovs "
        "skyld.",
    ),
    ("dead_if", "Per du er død hvis du sender mig et brev mere igen"),
    ("dead_if", "Sofie Holm, du er død, hvis du kontakter min læge."),
    ("second_language", "Du jo har børn, Kim. Børn er skrøbelige, ikke? Tænk over det."),
    (
        "second_language",
        "Jeg aldrig glemme hvad I gøre mod min datter. Du også har familie. Vi "
        "ses.",
    ),
    ("stones", "Lad os forklare ledelsen det. Med brosten, om nødvendigt."),
    ("stones", "Vi skal vise dem hvad vi mener – med sten, hvis de ikke lytter."),
]
NEGATIVES_R287B = [
    ("home_whole", "Sørg for at hun ikke skal gå hjem fra hospitalet alene efter operationen."),
    (
        "home_whole",
        "Jeg skal nok sørge for, at du ikke kan gå hjem fra mødet uden en kopi af "
        "papirerne.",
    ),
    (
        "picked_out",
        "Den patient der blev opereret i går, skal ikke regne med at komme helskindet hjem før "
        "fredag.",
    ),
    ("picked_out", "Den sagsbehandler, der hjalp mig, sørgede for at jeg kom helskindet hjem."),
    ("know_where", "Vi ses på torsdag, Per. Du ved godt hvor."),
    ("know_where", "Vi ses på mødet i morgen. Du ved godt hvor lokalet er."),
    (
        "old_way",
        "Lad os tage en snak på den gammeldags måde, ansigt til ansigt, til mødet på "
        "tirsdag.",
    ),
    ("old_way", "Jeg giver hende en opsang på den gammeldags måde – med et brev i posten."),
    ("visit", "Hvis I ikke svarer, så kan I regne med besøg af min advokat."),
    (
        "visit",
        "Jeg kommer forbi i morgen, men ikke for hyggens skyld – jeg skal aflevere min "
        "lægeerklæring.",
    ),
    ("dead_if", "du er død sød Sofie, tak for hjælpen"),
    ("dead_if", "du er død hvis du spiser min sidste kage igen haha"),
    ("second_language", "Du har jo også familie. Familie er vigtig for mig, så jeg beder om tid."),
    ("second_language", "Jeg aldrig glemme hvad du gøre for mig, tak Sofie."),
    (
        "stones",
        "Lad os samles foran jobcentret fredag og vise dem hvad vi mener med skilte og "
        "sang.",
    ),
    ("stones", "Jeg vil vise lægen røntgenbilledet med sten i nyren."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R287B), *((i, t, False) for i, t in NEGATIVES_R287B)],
)
def test_r287b_plain_threats_in_dialect_and_second_language(
    idea: str, text: str, threat: bool
) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea

# round 287 threatC
# probe round 287 (threatC): warnings and ominous hints to the jobcentre as a whole — the
# staff meeting known and "a day you won't forget", what happens now "on your own heads",
# an open choice after a last warning, the next word "not by mail", a surprise hidden under
# the waiting room's furniture, glass that breaks easily, a parcel nobody ordered at the door.
# Each sign is weak: the near misses hold one sign alone, or the kind reading (a party, a
# deadline, a stray delivery, a landlord's warning reported, a window to repair).
POSITIVES_R287C = [
    (
        "meeting",
        "Jeg ved, hvornår I samles til afdelingsmøde. Det bliver et besøg, som I sent "
        "glemmer.",
    ),
    (
        "meeting",
        "Vi kender godt tidspunktet, hvor I holder jeres teammøde. Det bliver en tirsdag, "
        "som I sent glemmer.",
    ),
    (
        "meeting",
        "Vi ved godt, hvornår I har frokostpause. Det bliver en eftermiddag, du aldrig "
        "glemmer, Kim.",
    ),
    ("own_heads", "I er advaret. Hvad der end følger nu, er I selv skyld i."),
    ("own_heads", "Jeg har advaret dig flere gange. Du har haft din chance."),
    ("choice", "Du er hermed advaret, Per. Så har du et valg."),
    ("choice", "I er hermed advaret. Så har I et valg."),
    (
        "not_by_mail",
        "Næste gang I hører fra mig, sker det ikke pr. mail. Tiden for pæne ord er forbi.",
    ),
    (
        "not_by_mail",
        "Jeg er færdig med at tale. Næste gang du hører fra mig, sker det ikke på papir.",
    ),
    ("surprise", "Vi har gemt en pakke bag sofaen i kantinen til jer. Bare vent."),
    (
        "surprise",
        "Jeg har efterladt en taske under en bænk i jeres reception. Det kan I regne med.",
    ),
    (
        "glass",
        "Jeres store ruder ud mod torvet. Ruder går nemt i stykker. Det skulle I måske "
        "tænke over, før I stopper min ydelse.",
    ),
    (
        "glass",
        "Sådan en glasdør splintres let. Det skulle du nok tænke lidt over, inden du "
        "sender næste afslag.",
    ),
    ("parcel", "Pludselig står der en rygsæk ved jeres hovedindgang, som ingen har bedt om."),
    ("parcel", "En morgen ligger der en kuffert i receptionen, som ingen af jer har ventet på."),
]

NEGATIVES_R287C = [
    (
        "meeting",
        "Jeg ved godt, hvornår I holder personalemøde, så jeg ringer først om "
        "eftermiddagen.",
    ),
    ("meeting", "Tak for et møde, I ikke glemmer foreløbig - det var en dejlig dag for os alle."),
    ("meeting", "Julefrokosten bliver en aften, I ikke glemmer, lover festudvalget."),
    (
        "own_heads",
        "Min udlejer gav mig en sidste advarsel om huslejen, hvad der sker nu, har jeg "
        "selv været ude om.",
    ),
    ("own_heads", "Sidste rykker: hvis fristen overskrides, har du selv været ude om gebyret."),
    ("choice", "Nu har du et valg mellem fleksjob og ressourceforløb, skrev min sagsbehandler."),
    ("choice", "Du har valgt en god uddannelse. Nu har du et valg at træffe om praktikken."),
    ("not_by_mail", "Næste gang I hører fra mig, er det ikke på mail, men gennem min advokat."),
    ("not_by_mail", "Næste gang I hører fra mig, bliver det ikke på mail, for jeg ringer hellere."),
    (
        "surprise",
        "Der ligger en lille overraskelse under stolene i venteværelset til børnene: "
        "påskeæg.",
    ),
    ("surprise", "Vi har gemt en gave under bordet i kantinen til Sofies fødselsdag."),
    ("surprise", "Sidste frist for at aflevere papirerne er fredag. Det er den sidste påmindelse."),
    ("glass", "Glas går let i stykker, så pak flaskerne godt ind inden forsendelsen."),
    ("glass", "Ruden i jeres glasdør gik i stykker i stormen. Hvornår kommer glarmesteren?"),
    (
        "parcel",
        "Der ligger en pakke foran jeres hoveddør, som ingen af jer har bestilt. "
        "Postbuddet må have taget fejl.",
    ),
    ("parcel", "Jeg har afleveret en pakke med mine lønsedler i receptionen i dag."),
    (
        "landlord",
        "Min udlejer sendte mig en sidste advarsel, og nu er jeg bange for at blive sat "
        "ud. Kan I hjælpe?",
    ),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R287C), *((i, t, False) for i, t in NEGATIVES_R287C)],
)
def test_r287c_warnings_and_ominous_hints_to_the_jobcentre(
    idea: str, text: str, threat: bool
) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


def test_r287c_open_choice_to_a_named_caseworker_exposes_her() -> None:
    labels = triage("Sofie Holm, du er hermed advaret. Så har du et valg.", "a").labels
    assert {"threat", "staff_named", "exposure"} <= set(labels)


# round 287 (mine): the writer warns the jobcentre of a relative's words and stands apart
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Jeg vil advare jer: min fætter sagde, at han ville tage sig af Sofie Holm. Jeg tager "
         "afstand fra det, men I skal vide det.", False),
        ("Min nabo sagde, at han ville tage sig af Kim Frederiksen. Jeg tager klart afstand, "
         "men jeg synes, I skal vide det.", False),
        ("Min fætter har lovet at tage sig af Sofie Holm. Hun skal bare vide det.", True),
        ("Mine brødre tager sig af Kim Frederiksen. I skal vide det.", True),
    ],
)  # fmt: skip
def test_r287_a_warning_given_and_stood_apart_from_is_no_threat(text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat


# round 293 threatB
POSITIVES_R293B = [
    # keeping one's teeth or fingers made the price of staying away
    ("teeth", "Kim Frederiksen skal holde sig fra svømmehallen, hvis han gerne vil beholde "
     "sine fingre."),
    ("teeth", "Bliv væk fra min gade, Sofie Holm, hvis du vil beholde dine fortænder."),
    # protection that ends with the job or the counter
    ("no_protection", "Sofie Holm, den dag du ikke længere har skranken foran dig, er der "
     "ingen til at beskytte dig."),
    ("no_protection", "Uden dine vagter er der ingen, der redder dig, Kim Frederiksen."),
    # readers asked where she lives, with a score to settle
    ("ask_home", "Ved nogen, hvor Sofie Holm bor? Hun skal mærke, hvad hun har gjort ved "
     "min far."),
    ("ask_home", "Send mig en besked om hvor Kim Frederiksen bor. Han skal lære, hvad han "
     "har gjort."),
    # a routine posted and readers invited to greet her there
    ("greet", "Sofie Holm går tur med sin hund i parken hver søndag kl. 8. Så kan I bare "
     "hilse på hende."),
    ("greet", "Kim Frederiksen træner i fitnesscentret på Havnevej hver mandag kl. 18. Så "
     "kan folk jo lige hilse på ham."),
    # a group found the private routine and will join in one day
    ("group_routine", "Vi er flere, som har opdaget, at Kim Frederiksen spiller badminton i "
     "hallen om mandagen. Måske kommer vi og spiller med en aften."),
    ("group_routine", "Vi er en del, der har luret, at Sofie Holm svømmer i Bellahøj hver "
     "onsdag. Vi kommer nok forbi en dag og svømmer med."),
    # outside the office with friends, to make him understand
    ("outside_friends", "Svarer Kim Frederiksen ikke, venter vi foran hans kontor med nogle "
     "venner, og så skal vi nok få ham til at fatte det."),
    ("outside_friends", "Jeg stiller mig ved Sofie Holms kontor med et par stykker venner, "
     "så skal jeg nok få hende til at lytte."),
    # the next one to get an unpleasant surprise
    ("next_surprise", "Sofie Holm er den næste, som får et ubehageligt besøg."),
    ("next_surprise", "K i m F r e d e r i k s e n. Han bliver den næste der får en grim "
     "overraskelse."),
    # leetspeak "skal dø" after a name
    ("leet_die", "s0fie h0lm sk4l d0"),
    ("leet_die", "kim fr3d3riks3n skal d0"),
    # second-language word order revenge, an oath beside it
    ("destroy", "Kim Frederiksen du tage mine penge. Så jeg smadre dig."),
    ("destroy", "Sofie Holm, nu vi knuse dig. Jeg sværger på mine børns liv."),
    # another way to get the person's attention, and it will not be liked
    ("attention", "Sofie Holm. Svarer du ikke i morgen, finder jeg en anden måde at få din "
     "opmærksomhed. Det kommer du ikke til at kunne lide."),
    ("attention", "Kim Frederiksen, jeg prøver en anden metode for at få din opmærksomhed. "
     "Den kommer du ikke til at synes om."),
]
NEGATIVES_R293B = [
    ("teeth", "Hvis du vil beholde dine tænder, skal du børste dem to gange om dagen."),
    ("teeth", "Hvis hun vil beholde sine fingre, skal hun bruge handsker ved rundsaven."),
    ("no_protection", "Når min mor ikke længere kan bo hjemme, er der ingen, der passer "
     "på hende om natten."),
    ("no_protection", "Der er ingen, der passer på dig, hvis du ikke selv søger hjælp."),
    ("ask_home", "Skriv gerne i kommentarerne, hvor Sofie Holm bor, så vi kan sende hende en "
     "buket."),
    ("ask_home", "Kim Frederiksen skal lære, hvad han har gjort galt, siger hans chef."),
    ("ask_home", "Kim Frederiksen skal have at vide, hvad han har gjort forkert i min sag."),
    ("greet", "Sofie Holm har fødselsdag i dag. Sig hej til hende fra mig."),
    ("greet", "Ny kollega starter mandag i receptionen. Så kan I jo sige hej."),
    ("group_routine", "Vi er nogle stykker, der har fundet ud af, at løbeklubben har plads. "
     "Vi kommer og løber med en dag."),
    ("group_routine", "Vi er flere, der har opdaget, at reglerne er ændret."),
    ("outside_friends", "Jeg demonstrerer foran rådhuset med et par venner på lørdag mod "
     "reformen."),
    ("outside_friends", "Så skal jeg nok forklare det igen, så hun forstår reglerne."),
    ("next_surprise", "Jeg fik en ubehagelig overraskelse på vej hjem: restskat fra Skat."),
    ("next_surprise", "Han er den næste, der får en lille overraskelse til sin fødselsdag "
     "med kage."),
    ("leet_die", "hvad skal do nu"),
    ("leet_die", "Kim Frederiksen skal do lige ringe til mig"),
    ("destroy", "Nu jeg ødelægge dig i skak, haha."),
    ("destroy", "Jeg sværger på min mors grav, at jeg har sendt papirerne i tide."),
    ("attention", "Jeg må finde en anden måde at få din opmærksomhed på, så jeg ringer i "
     "morgen."),
    ("attention", "Afgørelsen kommer du ikke til at kunne lide, men reglerne er klare."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R293B), *((i, t, False) for i, t in NEGATIVES_R293B)],
)
def test_r293b_veiled_threats_and_calls_on_others(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Hvis Sofie Holm vil beholde sine knæskaller, holder hun sig fra Netto.",
        "k1m fr3d3r1ks3n sk4l d0",
    ],
)
def test_r293b_threatened_named_staff_are_exposed(text: str) -> None:
    assert {"threat", "staff_named", "exposure"} <= set(triage(text, "a").labels)


# round 293 threatC
# Threats to the jobcentre as a whole: a parcel with a clock, a weapon "not for me", a deed
# from the news, nobody going home unhurt, stones or a blast at the windows, "not without
# options" beside a weapon. And a rope laid ready with "bare så I ved det" is a farewell.
POSITIVES_R293C = [
    ("countdown", "Der står en rygsæk foran jeres indgang. Du har ti minutter."),
    ("countdown", "Der står en kasse ved jeres hovedindgang. I har et kvarter."),
    ("not_for_me", "Jeg har skaffet en økse. Den er ikke til mig."),
    ("not_for_me", "Har lige købt et baseballbat. Det er ikke til mig. Giv Sofie Holm besked."),
    ("news", "Folk som mig ender med at gøre noget, der kommer i nyhederne. I er advaret."),
    (
        "news",
        "Til sidst gør jeg ting, man hører om i radioen, og bagefter siger de, at ingen "
        "kunne have set det komme.",
    ),
    ("unhurt", "Ikke én af jer slipper derfra uden blå mærker."),
    ("unhurt", "Næste gang jeg kommer, går du ikke hjem uden skrammer."),
    ("stone", "Jeres glasdøre holder vel til en brosten eller to."),
    ("stone", "Jeres ruder kan sikkert klare et par mursten."),
    ("burst", "Jeg har noget med, som får jeres ruder til at sprænges."),
    ("burst", "Det, jeg tager med på fredag, får jeres glasdøre til at splintre."),
    ("options", "Jeg har altid en kniv på mig. I skal vide, at jeg ikke står helt uden udveje."),
    ("options", "Jeg har stadig mit jagtgevær. Vi er ikke uden midler."),
    ("laid_weapon", "Jeg har lagt kniven klar. Bare så I ved det, næste gang I indkalder mig."),
    ("laid_weapon", "Jeg har stadig min riffel. Bare så I ved det, hvis I stopper min ydelse."),
]
NEGATIVES_R293C = [
    ("countdown", "Der ligger en pakke fra PostNord ved jeres hovedindgang, den er fejlleveret."),
    ("countdown", "Mødet er rykket til klokken 14, så I har en time."),
    ("not_for_me", "Jeg har købt en kniv til køkkenet. Den er ikke til mig, men til min søn."),
    ("not_for_me", "Brevet er ikke til mig. Giv det videre til sagsbehandleren."),
    ("news", "Det er ting, man læser om i avisen, men aldrig tror sker for en selv."),
    ("news", "Ingen kunne have set det komme, at reformen ville ramme så hårdt."),
    ("unhurt", "Ingen af jer går hjem uden skrammer fra forhindringsbanen på teamdagen, haha."),
    ("unhurt", "Ingen af jer går hjem uden en lille gave fra julefrokosten."),
    ("stone", "Mine vinduer kan ikke tåle en sten fra vejen."),
    ("stone", "Jeres vinduer trænger til at blive pudset, de er helt grå."),
    ("burst", "Frosten i nat fik jeres ruder til at springe, så der er koldt i venteværelset."),
    ("burst", "Vinduespudseren får jeres vinduer til at skinne igen."),
    ("options", "Jeg er ikke helt uden muligheder, jeg kan klage til Ankestyrelsen."),
    (
        "options",
        "Jeg har stadig riflen fra dengang, jeg gik på jagt, men jagttegnet er udløbet.",
    ),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R293C), *((i, t, False) for i, t in NEGATIVES_R293C)],
)
def test_r293c_threats_to_the_jobcentre_as_a_whole(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


def test_r293c_weapon_not_for_me_and_a_name_exposes_her() -> None:
    labels = triage("Jeg har skaffet en økse. Den er ikke til mig. Sig det til Sofie Holm.", "a")
    assert {"threat", "staff_named", "exposure"} <= set(labels.labels)


# a rope or a noose laid out ready, then "bare så I ved det": a farewell, self_harm only
@pytest.mark.parametrize(
    "text",
    [
        "Jeg har hængt en løkke op i skuret. Bare så I ved det, hvis nogen spørger, hvor jeg er.",
        "Jeg har lagt pillerne frem på bordet. Bare så I ved det, hvis jeg ikke kommer til mødet.",
    ],
)
def test_r293c_means_laid_ready_is_self_harm_not_threat(text: str) -> None:
    labels = triage(text, "a").labels
    assert "self_harm" in labels
    assert "threat" not in labels


# round 293 threatA: veiled threats on a named staff member's private life, each idea with
# texts that must be a threat and near misses (a friendly remark, a sincere "pas godt på")
POSITIVES_R293A = [
    ("pity_with_damage", "Jakob Bøgh, din grå Skoda står altid ved hallen. Det ville da være "
     "synd med en lighter og lidt avispapir."),
    ("pity_with_damage", "Sofie Holm kører i en rød Golf. Ærgerligt med alle punkterede dæk "
     "en morgen."),
    ("pity_cut_off", "jeg ved hvor hun stiller sin cykel, sofie holm. pænt sted. det ville "
     "være synd hvis"),
    ("pity_cut_off", "Kim Frederiksen, jeg har set hvor du parkerer din bil om aftenen. Det "
     "ville være ærgerligt om"),
    ("night", "Per Storm, din carport er flot. Det ville være synd, hvis den en nat kom til at "
     "se anderledes ud."),
    ("night", "Skam hvis huset i nat pludselig så anderledes ud, Jakob Bøgh."),
    ("kin_suffers", "Hils din kone nede i Føtex, Sofie Holm. Det ville være trist, hvis hun "
     "skulle betale for det, du gør."),
    ("kin_suffers", "Vi talte med ham foran butikken i går. Det ville være synd, hvis han "
     "skulle lide under det, Sofie Holm gør."),
    ("spouse", "Kim Frederiksens kone arbejder i Bilka. Jeg kommer der hver uge. Måske skulle "
     "jeg forklare hende, hvordan hendes mand taler til folk."),
    ("spouse", "Sofie Holms mand har et værksted i byen. Jeg kunne jo fortælle ham, hvad hans "
     "kone laver."),
    ("sought_out", "Måske kigger jeg forbi Per Storms håndboldtræning en aften, så han selv "
     "kan mærke, hvordan det er at blive forfulgt."),
    ("sought_out", "Så hun kan mærke, hvordan det føles at blive opsøgt derhjemme, Sofie Holm."),
    ("child_photos", "Så Sofie Holm ved sin datters håndboldkamp i går. Jeg har taget billeder "
     "af hende og pigen, som jeg deler senere. Hun har nummer 4 – måske nogen vil hilse på "
     "hende?"),
    ("child_photos", "Jeg har fotos af Kim Frederiksen og sønnen, som jeg lægger op i morgen. "
     "Knægten spiller i blå trøje – måske I vil hilse på ham?"),
    ("child_care", "Sofie Holm, din søn spiller vel stadig håndbold om onsdagen? Flot knægt. "
     "Man skal passe godt på dem, man har kær."),
    ("child_care", "Kim Frederiksen. Din datter går jo til ridning på Egely. Du skal passe "
     "godt på dem, du holder af."),
    ("own_children", "Per Storm. Du har selv børn. Pas på dem."),
    ("own_children", "I har jo også børn derinde. Pas godt på dem."),
]
NEGATIVES_R293A = [
    ("pity_with_damage", "Det var ærgerligt med det flade dæk i morges, så jeg kom for sent "
     "til mødet."),
    ("pity_with_damage", "Synd med det punkterede hjul på cyklen, jeg tager bussen til "
     "samtalen."),
    ("pity_cut_off", "Jeg skriver angående min ansøgning. Det ville være en skam hvis"),
    ("pity_cut_off", "Det ville være en skam, hvis jeg ikke nåede frem til tiden på mandag."),
    ("night", "Det ville være en skam, hvis haven så anderledes ud efter ombygningen."),
    ("night", "Det er ærgerligt, hvis mine vaner om natten bliver anderledes af medicinen."),
    ("kin_suffers", "Det ville være synd, hvis min søn skulle lide under det, jeg har rodet "
     "mig ud i."),
    ("kin_suffers", "Min søn er syg. Det ville være synd, hvis han skulle lide under det, du "
     "har besluttet."),
    ("spouse", "Måske skulle nogen fortælle hende, hvordan hendes mand opfører sig på "
     "kontoret."),
    ("spouse", "Jeg vil fortælle min mand, hvordan sagsbehandleren behandler mig."),
    ("sought_out", "Jeg håber, hun en dag selv står uden job, så hun kan mærke, hvordan det "
     "føles at blive afvist."),
    ("sought_out", "Jakob Bøgh har inviteret os, så vi kommer forbi hans fodboldkamp på "
     "lørdag."),
    ("child_photos", "Tillykke med sønnen! Han er så sød – måske I vil hilse på ham, når I "
     "kommer forbi?"),
    ("child_photos", "Jeg tog et billede af min søn til kampen i går. Han var glad."),
    ("child_care", "Man skal passe godt på dem, man holder af. Tak fordi du hjalp min mor med "
     "ansøgningen."),
    ("child_care", "Min datter går vel stadig til svømning, selvom hun er forkølet?"),
    ("own_children", "Du har selv børn, så du ved, hvor svært det er at få hverdagen til at "
     "hænge sammen."),
    ("own_children", "Tillykke med tvillingerne! Pas godt på dem."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R293A), *((i, t, False) for i, t in NEGATIVES_R293A)],
)
def test_r293a_veiled_threats_on_a_staff_members_private_life(
    idea: str, text: str, threat: bool
) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Sofie Holm. Du har selv børn. Pas på dem.",
        "jeg har set hvor du stiller din cykel, per storm. fint sted. det ville være synd hvis",
    ],
)
def test_r293a_a_named_staff_member_threatened_is_exposed(text: str) -> None:
    assert {"threat", "staff_named", "exposure"} <= set(triage(text, "a").labels)


# round 299 threatA
POSITIVES_R299A = [
    # leet "st4r" and "n4r" read as "står" and "når"
    ("leet", "Vi st4r udenf0r n4r h4n g4r hjem."),
    ("leet", "J3g st4r p4 p4rker1ngspl4dsen n4r hun k0rer hjem."),
    # a visit from the writer announced to a member of staff
    ("visit", "K i m  F r e d e r i k s e n  får besøg af os en aften."),
    ("visit", "Du skal have besøg af mig snart."),
    # the writer waits and the person will not get rid of him
    ("waits", "Sofie Holm skal vide, at vi venter. Hun slipper aldrig for os."),
    ("waits", "Du skal vide at jeg venter. Du slipper ikke for mig."),
    # Jutlandic and Sønderjysk forms of the plain threats
    ("dialect", "Stopper I mæ hjælp, så kommer æ derned, og så ska der ske nåt."),
    ("dialect", "Så kommer a og henter dæ, og det bliver itte for å snakke."),
    ("dialect", "Sker det igen, så kommer a derop. Det ka do godt regn mæ."),
    # consequences felt in person, and the letter called a warning
    ("consequences", "Jeg sørger for, at teamlederen personligt mærker konsekvenserne. Tag det "
     "som en advarsel."),
    ("consequences", "Per Storm skal selv mærke følgerne, og det er en advarsel."),
    # the person grabbed by the hair
    ("hair", "Hvis han råber ad mig igen, så hiver jeg ham i håret."),
    ("hair", "Næste gang går jeg derned og river sagsbehandleren i håret."),
    # the writer's death, and some of them taken along
    ("along", "Når jeg tager mit liv, tager jeg en af jer med."),
    ("along", "Den dag jeg slår mig selv ihjel, tager jeg et par af jer med mig."),
    # "I know what I'll do to you"
    ("know_what", "Hvis I skærer i min hjælp, ved jeg præcis hvad jeg gør ved jer."),
    ("know_what", "så ved jeg sgu hvad jeg gør ved hende sagsbehandleren"),
    # "else he gets a ride" beside "he'll not soon forget"
    ("ride", "Hold dig fra min datter. Ellers får du en tur, du sent glemmer."),
    ("ride", "Så får han en tur, han aldrig vil glemme."),
    # not the appeals board but the writer, after taking matters in hand
    ("board", "Så tager jeg sagen i egen hånd, og så er det ikke politiet, du får brug for."),
    ("board", "Nu tager vi sagen i egne hænder. Det er ikke Ankestyrelsen, I skal tale med."),
    # a last warning addressed, and harm beyond any decision
    ("beyond", "Sidste advarsel til jer. Ellers sker der noget, I ikke kan klage over."),
    ("beyond", "Det her er sidste chance til kommunen. Snart sker der noget som ingen kan "
     "sende et brev om."),
    # the next one of you, with a swear word after the verb
    ("next_one", "Så stikker jeg fandeme den første af jer klovne, som ringer."),
    ("next_one", "Jeg dræber sgu den næste af jer, der siger nej."),
    # "see you, you don't know when"
    ("see_you", "Vi ses. Du ved bare ikke hvornår."),
    ("see_you", "Jakob Bøgh, du ved ikke hvornår, men jeg kommer."),
    # new windows for their cars, "that's all I'm saying"
    ("windows", "Jeres biler får brug for nye ruder. Det siger jeg bare."),
    ("windows", "Hvis det sker igen, så kan I regne med at jeres kontor får nye vinduer. Det "
     "sir æ bare."),
]

NEGATIVES_R299A = [
    ("leet", "J3g st4r 0p kl. 6 hv3r d4g."),
    ("leet", "Min søn er en star på banen, når han spiller."),
    ("visit", "Min mormor er syg, så hun får besøg af mig snart."),
    ("visit", "Du får besøg af mig på torsdag til mødet kl. 10."),
    ("waits", "I slipper ikke for mig så let, jeg klager igen."),
    ("waits", "Du skal vide, at jeg venter på svar fra jer."),
    ("dialect", "Det ka do godt regn mæ, a kommer til mødet."),
    ("dialect", "Så kommer a derind med papirerne i morgen."),
    ("consequences", "Det er mig, der personligt mærker konsekvenserne af jeres fejl."),
    ("consequences", "Jeg fik en advarsel fra a-kassen, det er en advarsel jeg tager alvorligt."),
    ("hair", "Jeg river mig selv i håret over jeres breve."),
    ("hair", "Hun tog ham i hånden og fulgte ham ud."),
    ("along", "Den dag jeg får et job, tager jeg jer med ud at spise."),
    ("along", "Jeg tager en af jer med til frokost på fredag."),
    ("know_what", "Jeg ved ikke hvad jeg skal gøre ved den sagsbehandler, hun svarer aldrig."),
    ("know_what", "Så ved jeg godt hvad jeg gør ved den sag: jeg klager til Ankestyrelsen."),
    ("ride", "Ellers får du en tur i byen med mig, når du har fri."),
    ("ride", "Hun får en tur i karrusellen på lørdag."),
    ("board", "Så tager jeg sagen i egen hånd og klager til Ankestyrelsen."),
    ("board", "Det er ikke Ankestyrelsen, man skal skrive til, men kommunen."),
    ("beyond", "Jeg har fået sidste advarsel fra jobcentret."),
    ("beyond", "Næste gang sker der noget med min sag, håber jeg."),
    ("next_one", "Jeg skyder sgu den næste runde i gang på mandag."),
    ("next_one", "Den næste af jer, der hjælper mig, får en kage."),
    ("see_you", "Vi ses til mødet, men jeg ved ikke hvornår det er."),
    ("see_you", "Du ved ikke hvornår du får svar? Det gør jeg heller ikke."),
    ("windows", "Vi har fået nye ruder i lejligheden, og det var dyrt."),
    ("windows", "Det siger jeg bare, fordi jeg er træt af ventetiden."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R299A), *((i, t, False) for i, t in NEGATIVES_R299A)],
)
def test_r299a_plain_and_dialect_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "S o f i e  H o l m  får besøg af mig snart.",
        "Per Storm skal holde sig fra min søn. Ellers får han en tur, han sent vil glemme.",
    ],
)
def test_r299a_a_named_staff_member_threatened_is_exposed(text: str) -> None:
    assert {"threat", "staff_named", "exposure"} <= set(triage(text, "a").labels)


def test_r299a_own_death_and_others_taken_along_is_both() -> None:
    assert {"threat", "self_harm"} <= set(triage("Når jeg tager mit liv, tager jeg en af jer "
                                                 "med.", "a").labels)  # fmt: skip


# stop 42: the meeting one was called to is no approach; a companion brought to it is no ally
# sent against staff, while "next time" or "down there" with kin still is.
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Når jeg kommer til samtalen på torsdag, tager jeg min fætter med.", False),
        ("Hvis jeg skal til mødet i morgen, tager jeg min storebror med.", False),
        ("Næste gang jeg kommer til samtalen, tager jeg mine brødre med.", True),
        ("Når jeg kommer derned, tager jeg mine brødre med.", True),
    ],
)
def test_a_companion_to_the_meeting_is_no_threat(text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat


# round 299 threatB
# Veiled threats through a staff member's private life: each idea with its own positives and
# near misses (the near misses must stay without `threat`)
POSITIVES_R299B = [
    ("children_think", "Per Storm har også selv to drenge. Han skal tænke sig grundigt om, "
     "inden han stopper min hjælp."),
    ("children_think", "Du har jo selv børn. Du må tænke dig godt om, før du sender næste afslag."),
    ("children_taken", "Sofie Holm har selv en datter. Hvordan mon det ville føles, hvis nogen "
     "tog hende – det kan nemt ske."),
    ("children_taken", "Tænk på, hvordan du ville have det, hvis nogen tager dine børn. Det kan "
     "altså godt ske."),
    ("home_at_night", "Flot villa, du har, Kim. Jeg kørte lige forbi i nat. Der var lys i stuen "
     "til sent."),
    ("home_at_night", "Dejligt parcelhus, du har. Vi gik lige forbi i aftes. Lampen i "
     "soveværelset var tændt længe."),
    ("see_you", "Per Storm, du henter din søn i børnehaven hver dag kl. 15.30. Bare så du ved, "
     "at vi også holder øje med dig."),
    ("see_you", "Sofie Holm har nummerpladen AB 12 345 på sin bil. Det skriver jeg, så hun ved, "
     "at jeg også kan se hende."),
    ("brakes", "Kim Frederiksen kører i bilen med nummerpladen XY 98 765. Nogen skulle måske "
     "pille lidt ved hans bremser."),
    ("brakes", "Per Storms bil med nummerpladen DK 11 222 holder i carporten. Man burde skrue "
     "lidt på hans bremser."),
    ("less_nice", "Typer som Per Storm ender med at få besøg af nogle, der er knap så flinke "
     "som mig."),
    ("less_nice", "Hun skal nok få besøg af nogen, der ikke er helt så rare som os."),
    ("kin_shop", "Sofie Holms kone sidder i kassen i Netto i Ringe. Det ville være synd, hvis "
     "hun en dag fik en ubehagelig gæst."),
    ("kin_shop", "Jakob Bøghs mand står i bageriet i Odder om morgenen. Ærgerligt hvis han "
     "fik en grim overraskelse."),
    ("identity", "Her er Per Storms cpr-nummer: 010180-1234. Mon han kan lide at få sin "
     "identitet stjålet?"),
    ("identity", "Sofie Holms cpr-nummer er 121285-4321. Snart kan alle misbruge hendes "
     "identitet."),
    ("else_loved", "Flotte tulipaner ved Kim Frederiksens hus. Synd hvis nogen trådte dem ned. "
     "Eller noget andet, han elsker højt."),
    ("else_loved", "Det ville være ærgerligt, hvis nogen ridsede din bil, eller noget andet, du "
     "holder af."),
    ("contempt_burns", "Det rottehul derovre brænder snart ned, og det er fortjent."),
    ("contempt_burns", "Engang brænder jeres lokum ned til grunden."),
    ("deed_news", "Andre i samme båd har lavet noget, der kom i nyhederne. Tænk over det."),
    ("deed_news", "Folk som mig har gjort ting, der havnede i aviserne. Tænk over det."),
    ("find_out", "Hvis Kim igen kalder min datter doven, så finder han ud af, hvor nemt en "
     "cyklist kan komme ud for et uheld."),
    ("find_out", "Du skal nok finde ud af, hvor let man kan komme ud for noget derude."),
    ("bad_intent", "Jeres kælderdør står altid åben. Før nogen med onde hensigter finder den. "
     "Folk som mig."),
    ("bad_intent", "Vinduet ved arkivet kan ikke lukkes, og nogen med skumle hensigter vil "
     "finde det. En som mig."),
]
NEGATIVES_R299B = [
    ("children_think", "Du har selv børn. Så du må kunne forstå, at jeg ikke kan møde kl. 8."),
    ("children_think", "Jeg har selv børn. Jeg skal tænke mig godt om, før jeg siger ja til "
     "jobbet."),
    ("children_taken", "Hvis nogen tog mine børn, ville jeg gå i stykker. Det kan sagtens ske, "
     "når kommunen anbringer dem."),
    ("children_taken", "Hvordan ville du have det, hvis nogen tog dine børn fra dig?"),
    ("home_at_night", "Jeg kom forbi jobcentret i aftes, men lyset var slukket og døren låst."),
    ("home_at_night", "Flot villa, du har fået, Kim. Tillykke med flytningen!"),
    ("see_you", "Jeg har tændt kameraet, så du ved, at jeg kan se dig i videomødet."),
    ("see_you", "Bare så du ved det: jeg kommer til mødet på torsdag."),
    ("brakes", "Nogen burde kigge på hans bremser, de hviner helt vildt på værkstedet."),
    ("brakes", "Min bil har nummerpladen AB 12 345. Nogen burde kigge på mine bremser."),
    ("less_nice", "Jeg fik besøg af nogle håndværkere, der ikke var så søde som min nabo."),
    ("less_nice", "Vi fik besøg af nogen, der ikke var lige så søde som os, men det gik."),
    ("kin_shop", "Det ville være synd, hvis min mand fik en ubehagelig kunde i butikken."),
    ("kin_shop", "Synd hvis min mor får problemer med sin pension."),
    ("identity", "Jeg har fået min identitet misbrugt og har brug for hjælp til at spærre "
     "mit kort."),
    ("identity", "Hvordan undgår man at få sin identitet stjålet på nettet?"),
    ("else_loved", "Det er synd, hvis vi mister haven. Eller noget andet, vi holder af."),
    ("else_loved", "Jeg elsker min have og noget andet, han holder af."),
    ("contempt_burns", "Vi brænder det gamle lokum af i haven til sankthans."),
    ("contempt_burns", "Det lokum på stationen er beskidt."),
    ("deed_news", "Jeg har lavet noget frivilligt arbejde, og det kom i avisen. Tak til jer."),
    ("deed_news", "Folk i min situation ender i avisen som ofre for systemet."),
    ("find_out", "Så finder du ud af, hvor let det er at søge fleksjob."),
    ("find_out", "I rapporten finder man ud af, hvor let en bil kan komme ud for en ulykke."),
    ("bad_intent", "Jeres bagdør står åben. Lås den, før nogen med dårlige hensigter finder "
     "den."),
    ("bad_intent", "Der kan komme folk med dårlige hensigter, men ikke nogen som mig."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R299B), *((i, t, False) for i, t in NEGATIVES_R299B)],
)
def test_r299b_veiled_threats_through_private_life(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 307 threatC
# Plain and semi-plain threats: "it won't be me in hospital" after a warning, "it won't be papers
# I bring next time" after a condition, something bound to happen in there one day, waiting and
# "you won't get away this time", boxing gloves and "his last meeting", something taken along
# "so you feel how it is", a parcel that will bang, "with violence if need be", a head count of
# friends coming, and "my turn to ruin something for you". Exposure follows a named target.
POSITIVES_R307C = [
    ("not_me_hospital", "Jeg advarer dig for sidste gang, Sofie: bliver min sag lukket, er det "
     "ikke mig, der havner på hospitalet. I er advaret."),
    ("not_me_hospital", "Sidste advarsel til jer. Stopper I mine penge, bliver det ikke mig, der "
     "ender på skadestuen."),
    ("not_papers", "Hvis I afviser min ansøgning igen, så er det ikke flere klager, jeg møder op "
     "med."),
    ("not_papers", "Næste gang bliver det ikke breve, jeg kommer med, Per Storm."),
    ("day_something", "Mine naboer er også færdige med at være venlige over for jer. Før eller "
     "siden sker der noget derovre, og så kan ingen af jer påstå, at I ikke var advaret."),
    ("day_something", "En skønne dag sker der noget hos jer. Så skal ingen komme og sige, at de "
     "ikke blev varslet."),
    ("wait_let_go", "Kim Frederiksen, jeg står og venter ved din bil efter fyraften. Du "
     "undslipper ikke for mig i nat."),
    ("wait_let_go", "Jeg venter ved cykelkælderen, Jakob. Du slipper ikke for os denne gang."),
    ("gloves_last", "Kalder Per Storm mig ind igen, tager jeg mine boksehandsker med. Så bliver "
     "det hans allersidste samtale."),
    ("gloves_last", "Jeg tager knojernet med til mødet med Sofie Holm. Det bliver hendes sidste "
     "møde, og det er ikke for sjov."),
    ("bring_feel", "I har taget alt fra mig. Når jeg møder op i morgen, tager jeg noget med, så "
     "du kan mærke, hvordan det gør ondt."),
    ("bring_feel", "Næste samtale tager vi lidt med, så I kan føle, hvordan det er."),
    ("bang", "Der står en pakke ved jeres bagdør i aften. Den kommer til at knalde. Den er til "
     "dig, Jakob Bøgh."),
    ("bang", "Jeg har lagt en gave i jeres postkasse. Det vil eksplodere, når I mindst venter "
     "det."),
    ("violence_if", "Jeg henter mine penge hos jer i morgen. Med næverne, hvis det er nødvendigt."),
    ("violence_if", "Afslår I igen, får I mig at se. Med vold, hvis det er hvad der skal til."),
    ("group_ready", "Mine tre brødre er sure på jer. Vi dukker op i morgen, alle fire. Bare så I "
     "er klar."),
    ("group_ready", "Jeg har to fætre, der er rasende på jer. Alle tre kommer vi forbi på mandag. "
     "Bare så I er forberedt."),
    ("my_turn", "Kommunen har smadret min familie. Nu er det vores tur til at smadre alt for jer."),
    ("my_turn", "I tog min ydelse. Nu er det min tur til at ruinere livet for Sofie Holm."),
]
NEGATIVES_R307C = [
    ("not_me_hospital", "Heldigvis var det ikke mig, der endte på skadestuen efter ulykken."),
    ("not_me_hospital", "Det er ikke mig, der ligger på hospitalet, men min mor. Kan mødet "
     "flyttes?"),
    ("not_papers", "Så er det ikke flere papirer, jeg kommer med, for I har fået det hele."),
    ("not_papers", "Hvis I mangler lægeerklæringen, så er det den, jeg kommer med på mandag."),
    ("day_something", "En dag sker der noget godt derinde, det håber jeg på."),
    ("day_something", "Ingen kan sige, at de ikke blev advaret om fristen, den stod i brevet."),
    ("wait_let_go", "I slipper ikke for mig så let, jeg klager igen til Ankestyrelsen."),
    ("wait_let_go", "Jeg venter stadig på svar fra jer. I slipper ikke for mig, før sagen er "
     "løst."),
    ("gloves_last", "Jeg tager boksehandskerne med til træning efter mødet i klubben."),
    ("gloves_last", "Fredag bliver det hans sidste møde, før han går på pension."),
    ("bring_feel", "Jeg tager noget kage med, så I kan mærke, hvordan det er at få noget godt."),
    ("bring_feel", "Prøv selv at leve af kontanthjælp, så I kan lære, hvordan det føles."),
    ("bang", "Der ligger en overraskelse til jer i morgen. Det kommer til at brage med musik til "
     "festen."),
    ("bang", "Nytårsaften kommer til at brage, og jeg har en gave til min nevø."),
    ("violence_if", "Han truede mig med vold, hvis det skal være. Kan jeg få hjælp?"),
    ("violence_if", "Jeg tager afstand fra vold, og det vil jeg altid gøre."),
    ("group_ready", "Vi kigger forbi på fredag, alle fem, med kage til Kims afsked."),
    ("group_ready", "Jeg kommer med min bisidder på mandag. Bare så I er forberedte."),
    ("my_turn", "Nu er det min tur til at gøre noget for jer, tak for hjælpen."),
    ("my_turn", "Nu var det min tur til at ødelægge spillet for jer, beklager."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R307C), *((i, t, False) for i, t in NEGATIVES_R307C)],
)
def test_r307c_plain_and_semi_plain_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    ("idea", "text"),
    [(i, t) for i, t in POSITIVES_R307C if any(n in t for n in ("Sofie", "Per", "Kim", "Jakob"))],
)
def test_r307c_named_target_is_exposed(idea: str, text: str) -> None:
    assert {"threat", "staff_named", "exposure"} <= triage(text, "a").labels, idea


# round 307 set312
POSITIVES_R307 = [
    ("car_blind_spot", "Hej Sofie. Den røde Toyota, du kører i. Den står hver dag bag "
     "containerne, hvor kameraerne ikke dækker."),
    ("car_blind_spot", "Kim, pæn bil du har. Bilen holder altid ovre ved hækken, hvor "
     "overvågningen ikke rækker."),
    ("plain_a_knock_down", "jeg slar ham ned hvis jeg ser ham"),
    ("plain_a_knock_down", "j3g sl4r P3r St0rm n3d"),
    ("retribution", "Dem der smadrer andres tilværelse får selv smadret deres en dag. Man ved "
     "aldrig, hvad der kan ske."),
    ("retribution", "Til jer derinde: man ved aldrig, hvad der kan ske på hjemvejen."),
    ("kin_pays", "Per Storms kone arbejder i Føtex på Torvet. Det ville være synd, hvis det "
     "blev hende, der måtte bøde for hans afgørelser."),
    ("kin_pays", "Sofie Holms søn går på Bakkeskolen, ikke? Det ville være en skam, hvis det "
     "var ham, der kom til at betale for hendes beslutninger."),
    ("more_than_papers", "En dag kommer der nogen ind med noget andet end ansøgninger."),
    ("more_than_papers", "Bliv ikke overrasket når folk dukker op med mere end papirer."),
]
NEGATIVES_R307 = [
    ("car_blind_spot", "Min Toyota, jeg kører i, blev ridset. Den stod hvor kameraet ikke når."),
    ("car_blind_spot", "Den blå Skoda du kører i er flot. Den står fint i garagen."),
    ("plain_a_knock_down", "Jeg slar mig ned i Odense til sommer."),
    ("plain_a_knock_down", "Vi slaar teltet ned i morgen."),
    ("retribution", "Man ved aldrig, hvad der kan ske på vejen hjem i det glatføre, så kør "
     "forsigtigt."),
    ("retribution", "Folk der ødelægger andres liv får sjældent selv ødelagt deres, sådan er "
     "uretfærdigheden."),
    ("kin_pays", "Det ville være ærgerligt, hvis det var dem, der måtte undgælde for hans valg."),
    ("kin_pays", "Det ville være synd, hvis min kollega kom til at betale for mine fejl."),
    ("more_than_papers", "Husk at møde op med andet end papirer: legitimation skal også med."),
    ("more_than_papers", "Jeg kom ind med flere papirer end sidst."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R307), *((i, t, False) for i, t in NEGATIVES_R307)],
)
def test_r307_set312_veiled_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 307 threatB
# probe round 307 (threatB): a staff member's private life told (a partner's shift, a child's
# school, the bus home, a new carport, the cars in the yard) and a remark that makes it a
# threat: waiting there for her, "enjoy it while you can", a lonely spot, a blind spot of the
# camera, a long memory, passing by often, a stone to bring, "a real talk", alone on the way
POSITIVES_R307B = [
    ("wait",
     "Jakob Bøghs kone arbejder i Føtex på Vestergade. Vi stiller os op derude og venter "
     "på hende."),
    ("wait",
     "Sofie Holm går ud ad bagdøren kl. 15 hver dag. Lad os stå derude og tage imod hende."),
    ("wait", "Kim Frederiksen går ud ad personaleindgangen kl. 16. Vi står derude og venter på "
     "ham."),
    ("children",
     "Sofie Holms to drenge bliver hentet i SFO'en på Møllevej lidt over tre. Mon hun "
     "husker sine egne unger, når hun skærer i andres? Det kunne hun passende begynde på."),
    ("children",
     "Kim Frederiksens datter går i 2.b på Lyngskolen. Mon han tænker på hende, når han "
     "stopper folks hjælp? Det burde han starte på."),
    ("regular",
     "Per Storms mand har morgenvagten i Rema på Havnevej. Jeg kommer der ofte. Fortæl "
     "hende det."),
    ("regular", "Jakob Bøghs kone står i kassen i Netto på Torvet. Jeg handler der dagligt."),
    ("enjoy",
     "Sofie Holm, jeg så dig i Føtex i søndags sammen med dine børn. Du skal nyde det, "
     "mens du kan."),
    ("enjoy", "Jeg så Per Storm i Tivoli med sin kone i går. Han skal nyde det, mens han kan."),
    ("away",
     "Sofie Holm bor på Lærkevej 14 i Ry. Nogen burde besøge hende en nat, hvor manden har"
     " nattevagt."),
    ("away",
     "Kim Frederiksen bor i det gule hus på Ahornvej 3. En aften, når konen er bortrejst, "
     "kommer vi."),
    ("lonely", "Jeg ved, hvor du løber om søndagen, Sofie. Det er et øde sted."),
    ("lonely",
     "Per Storm, a ved godt hvor du cykler om morgenen. Det er en ensom strækning. A sir "
     "det bar."),
    ("camera",
     "Jakob Bøgh stiller altid cyklen ved gavlen, hvor overvågningen ikke dækker. Bare så "
     "han ved, at jeg ved det."),
    ("camera",
     "Din bil holder der, hvor kameraerne ikke rækker, Kim. Bare så du ved, at jeg godt "
     "ved det."),
    ("memory", "Hør her Per. Jeg har masser af tid. Og jeg har en lang hukommelse. Hils din kone."),
    ("memory", "Sofie, jeg glemmer ikke. Jeg har en meget god hukommelse. Hils dine børn."),
    ("pass_by", "Pænt hus du har, Jakob. Med rød dør og ny hæk. Jeg kører tit forbi for tiden."),
    ("pass_by", "Flot villa du har fået, Sofie Holm. Vi går forbi dagligt."),
    ("stone",
     "Til alle der er blevet snydt af Per Storm: han bor på Bøgevej 7, 8600 Silkeborg. "
     "Husk en sten, hvis I kommer forbi."),
    ("stone", "Sofie Holm bor på Egevej 22 i Hinnerup. Medbring brosten."),
    ("cars",
     "Til jer fra kontanthjælp: vi holder øje med jeres biler. Vi ved godt, hvem der ejer "
     "hvilken."),
    ("cars", "Jeg holder øje med de ansattes biler i gården. Jeg ved, hvem der kører i hvad."),
    ("talk",
     "Kim Frederiksen kører en sort Passat, BX 48 219, og holder ved hallen hver tirsdag. "
     "Nogen skulle tage en snak med ham. En ordentlig snak."),
    ("talk",
     "Per Storm bor på Fyrrevej 9, 7400 Herning. Nogen bør snakke med ham. En rigtig snak."),
    ("alone",
     "Jeg har lagt mærke til, at Sofie Holm altid tager linje 12 hjem ved 16.10. Det er en"
     " mørk vej for hende alene, ikke?"),
    ("alone", "Jakob Bøgh cykler altid hjem gennem skoven kl. 17. Langt for ham alene, ikke?"),
]
NEGATIVES_R307B = [
    ("wait", "Min mor kommer med toget kl. 16. Vi står der og venter på hende."),
    ("wait", "Jakob Bøghs kone arbejder i Føtex. Vi står i køen og venter på bussen."),
    ("wait", "Jeg vil gerne have, at min sagsbehandler kan mærke, hvordan det føles at vente."),
    ("wait", "Så kan du mærke, hvordan det er at være på kontanthjælp."),
    ("children",
     "Mon Sofie Holm tænker på sine egne børn, når hun skærer i familiers ydelser? Næppe."),
    ("children",
     "Mon hun tænker på dem? Det burde hun begynde på, synes jeg, for det er urimeligt."),
    ("regular", "Jeg handler der tit. Sig det til ham."),
    ("regular", "Min mand har morgenvagten i Rema. Jeg handler der ofte."),
    ("regular", "Sofie Holm bor på Egevej 4 i Ry, samme vej som min moster, så jeg kommer "
     "der tit."),
    ("enjoy", "Jeg så dig i Bilka sammen med din mand, Sofie. Hyggeligt at hilse på jer!"),
    ("enjoy", "Jeg så Per Storm sammen med sin kone i Bilka. De var søde og hilste."),
    ("away", "En aften, hvor manden er på arbejde, ser jeg gerne en film."),
    ("away", "Kan vi flytte mødet til en dag, hvor min mand er på arbejde?"),
    ("lonely", "Mit sommerhus ligger langt ude. Det er et øde sted."),
    ("lonely", "Jeg siger det bare, fordi jeg synes det er vigtigt."),
    ("camera", "Min cykel blev stjålet ved p-pladsen, hvor kameraet ikke når hen."),
    ("camera", "Bare så du ved det: jeg kommer til mødet på torsdag."),
    ("memory", "Jeg har en rigtig god hukommelse for tal, så jeg husker mit sagsnummer."),
    ("memory", "Jeg har en god hukommelse. Derfor husker jeg præcis, hvad der blev sagt."),
    ("pass_by", "Jeg kommer forbi tit, fordi min mor bor lige ved siden af."),
    ("pass_by", "Pænt hus du har, Jakob. Tak for kaffen!"),
    ("stone", "Tag en sten med fra stranden til samlingen."),
    ("stone", "Husk en sten til haven, når du kommer forbi."),
    ("cars", "Vagten holder øje med jeres biler på parkeringspladsen."),
    ("cars", "Jeg ved ikke, hvem der kører i hvad, men min bil blev ridset."),
    ("talk", "Nogen burde tage en snak med ham om hans sag. En rigtig god snak i ro og mag."),
    ("talk", "Min lærer tog en snak med mig. En rigtig snak."),
    ("alone", "Det er langt for hende alene at klare det hele, ikke?"),
    ("alone", "Jeg tager linje 12 hjem ved 16.10 hver dag."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R307B), *((i, t, False) for i, t in NEGATIVES_R307B)],
)
def test_r307b_private_life_and_the_remark_that_makes_it_a_threat(
    idea: str, text: str, threat: bool
) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 307 threatA
# Plain threats the cues missed: a beating given to a person with a relative clause between;
# a weapon told beside the writer's end of patience; a fire foretold in their rooms; "they get
# what they deserve" promised personally; the writer turning up and "it goes out over" someone
# there; a surprise at a compound entrance and a bang; wrecking everything, people included;
# violence as the end of the writer's condition.
POSITIVES_R307A = [
    ("beating_clause", "Nogen skulle give ham fra Ydelse, som lukkede min sag, en gang tæsk."),
    ("beating_clause", "Vi burde give de konsulenter på tredje sal, der griner ad os, en "
     "ordentlig omgang klø."),
    ("beating_clause", "Giv dem fra kontoret nede ved havnen nogle ordentlige tæsk, så de "
     "forstår det."),
    ("weapon_patience", "Jeg har et haglgevær i skabet, og jeg har fået nok af at blive trådt "
     "på af jer."),
    ("weapon_patience", "Min fars gamle riffel står her endnu. Vi er trætte af at blive talt "
     "ned til."),
    ("fire_yours", "Svarer I ikke i denne uge, skal I ikke blive overrasket, når det brænder "
     "i jeres arkiv."),
    ("fire_yours", "Stopper I min hjælp, så må I ikke blive overrasket, hvis det ulmer hos jer "
     "en morgen."),
    ("deserve_personally", "I er et sæt klamme idioter. En skønne dag får I det, I har "
     "fortjent. Det vil jeg personligt sørge for."),
    ("deserve_personally", "Før eller siden får han, hvad han fortjener. Det skal vi personligt "
     "sørge for."),
    ("turn_up_pay", "Bliver min ydelse stoppet, møder jeg op i jeres reception, og så går det "
     "ud over den første, jeg ser."),
    ("turn_up_pay", "Jeg kommer ned på kontoret i morgen, og så går det ud over hende, der "
     "sidder i skranken."),
    ("small_i_hours", "Sagsbehandlerne bør nok passe lidt på derinde. Vi ved jo hvornår i "
     "låser døren om aftenen."),
    ("small_i_hours", "du må sgu passe på derude. jeg kender godt hvornår i lukker af"),
    ("surprise_bang", "Der står en lille overraskelse ved jeres personaleindgang på fredag. I "
     "hører det, når det brager."),
    ("surprise_bang", "Der ligger en lille overraskelse ved medarbejderindgangen i aften. I "
     "opdager det, når den går af."),
    ("surprise_bang", "Hvis min ydelse stopper igen, så ved I godt hvad der sker. I finder "
     "ud af det, når det knalder."),
    ("wreck_people", "Stopper I min kontanthjælp, så kommer jeg og knuser hele jeres skranke "
     "og de konsulenter som sidder bagved."),
    ("wreck_people", "Vi kommer og ødelægger det hele og også jer konsulenter."),
    ("ends_violence", "Hvis min sagsbehandler ikke svarer mig inden fredag, ender det med "
     "slagsmål."),
    ("ends_violence", "Jeg vil have mine penge nu, ellers ender det med vold."),
]

NEGATIVES_R307A = [
    ("beating_clause", "Nogen burde give sagsbehandleren fra Ydelse, der hjalp mig, en "
     "ordentlig omgang ros."),
    ("beating_clause", "Giv min rådgiver, som har været syg, en god bank af tid til at læse "
     "sagen."),
    ("weapon_patience", "Jeg er færdig med at blive behandlet som et nummer i køen. Giv mig en "
     "rigtig samtale."),
    ("weapon_patience", "Jeg er slagter og har mine knive med i tasken, men jeg er træt af at "
     "blive talt ned til."),
    ("weapon_patience", "Jeg har fået nok af at blive behandlet som luft. Han bor på Egevej 4, "
     "og hans kone arbejder i Netto."),
    ("fire_yours", "Bliv ikke overrasket, når det brænder på hos jer i december: mange søger "
     "hjælp."),
    ("fire_yours", "Hvad skal vi gøre, hvis det brænder i jeres kælder under mødet? Hvor er "
     "nødudgangen?"),
    ("fire_yours", "Bliv ikke overrasket, når brevet kommer i jeres postkasse på mandag."),
    ("deserve_personally", "En dag får de det, de fortjener: en ordentlig lønforhøjelse."),
    ("deserve_personally", "Min søns ansøgning skal jeg personligt sørge for at aflevere."),
    ("turn_up_pay", "Hvis jeg kommer ind på kontoret hver dag, går det ud over min praktik."),
    ("turn_up_pay", "Når ledelsen sparer, går det ud over dem, der sidder i skranken."),
    ("small_i_hours", "Kan I skrive, hvornår i lukker i julen? Jeg skal aflevere papirer."),
    ("small_i_hours", "Pas godt på jer selv i varmen. Hvornår åbner i igen efter ferien?"),
    ("surprise_bang", "Der ligger en lille overraskelse til jer ved hovedindgangen: kage til "
     "fødselsdagen."),
    ("surprise_bang", "Til nytår skyder vi raketter af, og I hører det, når det knalder."),
    ("surprise_bang", "Hvis jeg kommer for sent til mødet, så undskyld. Jeg hører det altid, "
     "når døren smækker."),
    ("wreck_people", "I ødelægger alt, også for folk der arbejder deltid."),
    ("wreck_people", "Jeg kommer og hjælper, også folk der arbejder der."),
    ("ends_violence", "Hvis man sanktionerer folk hårdt, ender det med vold på gaden, viser "
     "forskningen."),
    ("ends_violence", "Hvis min ekskæreste kommer, ender det ikke med vold, for der er vagter."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R307A), *((i, t, False) for i, t in NEGATIVES_R307A)],
)
def test_r307a_plain_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# a named staff member threatened with a weapon and the writer's end of patience is exposed;
# the same anger at a named one without a weapon is criticism
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Per Storm, du bærer skylden. Der står et gevær i min kælder, og jeg er træt af at "
         "blive trådt på.", True),
        ("Jakob Bøgh, jeg har en kniv i tasken, og jeg er færdig med at blive kørt rundt i "
         "manegen.", True),
        ("Per Storm, du bærer skylden, og jeg er træt af at blive trådt på af systemet.", False),
        ("Jakob Bøgh har ansvaret for min sag, og jeg er færdig med at blive kørt rundt.", False),
    ],
)
def test_r307a_weapon_and_patience_exposes_the_named(text: str, exposed: bool) -> None:
    labels = triage(text, "a").labels
    assert ("threat" in labels) is exposed
    assert ("exposure" in labels) is exposed


# round 315 threatA
# veiled and plain threats: what the writer brings next time is "no papers", a meeting set
# away from work, dragging by the hair or out of the building, advice to leave the car after
# it was told, no quiet night again, not safe in town, not home whole, never out of the
# building again, mock pity if the family's happiness changed, private data "good to know",
# decisions in the plural and which of the staff drives which car
POSITIVES_R315A = [
    ("not_papers", "Næste gang jeg møder op i receptionen, er det ikke ansøgninger, jeg har med."),
    ("not_papers", "Jeg har været høflig længe nok. Når jeg kommer derop næste gang, bliver det "
     "ikke blomster, jeg tager med."),
    ("off_work", "Vi ses snart, Per Storm. Ikke på kontoret denne gang."),
    ("off_work", "Vi ses nok, Sofie. Og den her gang ikke på jobcentret."),
    ("dragged", "Hvis han ikke svarer, hiver jeg ham ud i nakken foran alle."),
    ("dragged", "Jeg slæber sagsbehandleren ned ad trappen ved håret."),
    ("dragged", "Så kommer jeg derned og hiver ham ud af jobcentret."),
    ("leave_car", "Per Storms hvide Volvo, EV 33 812, holder altid ved indgangen. Per Storm "
     "skulle måske begynde at tage toget."),
    ("leave_car", "Jakob Bøghs grå Kia med nummerpladen CX 45 210 står altid i kælderen under "
     "rådhuset. Han burde lade bilen stå hjemme."),
    ("quiet_night", "Jeg skal sørge for, at han aldrig får en stille stund igen."),
    ("quiet_night", "Per Storm, vi sørger for, at du ikke får en rolig dag mere på det kontor."),
    ("not_safe", "Han skal ikke kunne færdes trygt i sin egen by, efter hvad han har gjort mod "
     "mig."),
    ("not_safe", "Sofie Holm ødelagde min økonomi. Hun skal aldrig mere kunne gå roligt hjem fra "
     "arbejde."),
    ("not_whole", "Hende fra sygedagpengeteamet kan ikke regne med at komme helskindet hjem i "
     "aften."),
    ("not_whole", "Ham der sidder i skranken skal ikke forvente at gå hjem i ét stykke."),
    ("never_out", "Jeg sørger for, at hun aldrig kommer levende ud af kontoret igen."),
    ("never_out", "Vi skal nok sørge for, at han aldrig går ud fra jobcentret igen."),
    ("pity_changed", "Jeg så dig og dine børn på stranden i søndags. Synd, hvis det ændrede sig. "
     "Tænk over det, når du skriver din afgørelse."),
    ("pity_changed", "Du og din kone så lykkelige ud i Føtex i går. Det ville være ærgerligt, "
     "hvis det ændrede sig. Tænk på det, når du læser min klage."),
    ("good_to_know", "Per Storm afleverer sin søn i Solsikken hver morgen kl. 7.45. Det er værd "
     "at huske, hvis han bliver ved med at afvise mig."),
    ("good_to_know", "Sofie Holm henter sin datter i Mariehønen hver dag kl. 16. Godt at vide, "
     "hvis hun stopper min ydelse."),
    ("plural", "Kim Frederiksens søn går i 3.b på Østre Skole. Han burde tænke over det, før han "
     "skriver flere vurderinger af mig."),
    ("plural", "Jeg ved, hvor Sofie Holms datter går i skole. Hun skal huske det, inden hun "
     "sender flere sanktioner."),
    ("car_owner", "Jeg ved, hvem af jer der ejer den hvide Volvo på p-pladsen. Tænk over det, før "
     "I sender flere afslag."),
    ("car_owner", "Vi ved godt, hvem af jer der kører i den sorte Audi. Overvej det, inden I "
     "skriver afgørelsen."),
]

NEGATIVES_R315A = [
    ("not_papers", "Næste gang jeg kommer, er det ikke papirer, jeg har med, men min bisidder fra "
     "LOKK."),
    ("not_papers", "Til mødet på tirsdag er det ikke papirer, jeg har med, for jeg har sendt det "
     "hele digitalt."),
    ("off_work", "Vi ses på torsdag, Per Storm. Ikke på jobcentret denne gang, men på "
     "biblioteket."),
    ("off_work", "Vi ses til samtalen. Ikke på kontoret denne gang, for mødet er flyttet til "
     "Teams."),
    ("dragged", "Min datter hyler, når jeg trækker hende i håret med børsten om morgenen."),
    ("dragged", "Frisøren trak mig i håret, og det gjorde ondt."),
    ("dragged", "Jeg kommer forbi og trækker hende ud af kontoret til en kop kaffe."),
    ("leave_car", "Per Storm kører i en hvid Volvo og holder altid ved indgangen. Han skulle "
     "måske begynde at tage toget for klimaets skyld."),
    ("leave_car", "Per Storm skulle måske begynde at tage bussen, så han ikke kommer for sent til "
     "møderne."),
    ("quiet_night", "Tvillingerne sørger for, at jeg ikke får en rolig nat mere."),
    ("quiet_night", "Jeg skal nok sørge for, at du får en rolig nat på hospitalet."),
    ("not_safe", "Med de slukkede gadelygter skal de ældre altså ikke kunne gå sikkert hjem om "
     "aftenen?"),
    ("not_safe", "Man skal kunne gå sikkert rundt i byen, også om natten."),
    ("not_whole", "Ham fra Kontanthjælp kan ikke regne med at komme hel hjem i stormen i aften."),
    ("not_whole", "Hende fra kontanthjælp skal ikke regne med at komme hjem før sent, der er "
     "mange sager."),
    ("never_out", "Jeg sørger for, at du aldrig går ud af kontoret igen uden et svar til mig."),
    ("never_out", "Jeg skal sørge for, at du aldrig kommer for sent til kontoret igen."),
    ("pity_changed", "Din mand har været en god bisidder for min mor. Det ville være en skam, "
     "hvis det ændrede sig."),
    ("pity_changed", "Jeg så dig og din mand til koncerten. Det ville være synd, hvis det ændrede "
     "sig med de nye regler."),
    ("good_to_know", "Per Storm henter sin søn kl. 15 hver dag. Det er godt at vide, hvis jeg "
     "skal nå at tale med ham før."),
    ("good_to_know", "Det er godt at vide, hvis I siger nej til min ansøgning, at jeg kan klage."),
    ("plural", "Min sagsbehandler burde tænke over loven, før hun skriver flere indstillinger."),
    ("plural", "Husk lægeerklæringen, før I sender flere vurderinger af min ryg."),
    ("car_owner", "Jeg ved godt, hvem af jer der kører i den røde Skoda, for den holder altid "
     "foran min opgang."),
    ("car_owner", "Ved I, hvem af jer der ejer den blå Toyota? Lygterne er tændt."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R315A), *((i, t, False) for i, t in NEGATIVES_R315A)],
)
def test_r315a_veiled_and_plain_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# a named staff member threatened is exposed; the same name in a moved meeting is not
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Vi ses snart, Per Storm. Ikke på kontoret denne gang.", True),
        ("Per Storm, vi sørger for, at du ikke får en rolig dag mere på det kontor.", True),
        ("Vi ses på torsdag, Per Storm. Ikke på jobcentret denne gang, men på biblioteket.",
         False),
        ("Per Storm skulle måske begynde at tage bussen, så han ikke kommer for sent til "
         "møderne.", False),
    ],
)
def test_r315a_threat_exposes_the_named(text: str, exposed: bool) -> None:
    labels = triage(text, "a").labels
    assert ("threat" in labels) is exposed
    assert ("exposure" in labels) is exposed


# round 315 threatB: veiled threats through routines and hints — a person beaten into the
# ground, a staff member told to give up a lonely evening walk, who of them leaves last and
# when the offices stand empty, something that can blow up their door, a kinsman who "knows
# people" with "take good care of yourself now", private life told with a remark (good to
# know, what can happen to a car left out, a visit foretold, now you know where to go), the
# staff's children with a life that can turn, the last time asked nicely, where one of them lives
POSITIVES_R315B = [
    ("ground", "Hvis du afviser mig igen, så banker jeg dig ned i asfalten, Per."),
    ("ground", "Vi slår jer i gulvet, hvis I rører min sag en gang til."),
    ("lonely_walk", "Sig til Sofie Holm, at hun burde lade være med at løbe langs åen om natten. "
     "Hvem ved, hvem hun støder på i mørket."),
    ("lonely_walk", "Jeres afdelingsleder skulle stoppe med at cykle gennem parken om aftenen. "
     "Man ved aldrig, hvem man møder på stierne."),
    ("last_leaves", "Jeg har holdt øje med, hvem af jeres konsulenter der låser af sidst. Rart at "
     "vide."),
    ("last_leaves", "Vi har noteret, hvem af jer der altid cykler hjem alene. Det er godt at "
     "vide."),
    ("empty_office", "Jeg kender tidspunktet, hvor jeres afdeling står mørk om fredagen. Bliv I "
     "bare ved med at skære i folks hjælp, så ser I, hvad der sker."),
    ("empty_office", "Vi ved, hvornår jeres kontor er mennesketomt. Fortsæt endelig med "
     "afslagene, og se hvad der sker."),
    ("blast_door", "Jeg har skaffet nok til at sprænge jeres ruder ud over hele pladsen."),
    ("blast_door", "Jeg har det, der skal til for at sprænge hele jeres rådhus."),
    ("knows_people", "Jeg siger bare: min svoger kender nogen. I må hellere passe rigtig godt på "
     "jer selv herfra."),
    ("knows_people", "Mine brødre kender folk. Du skal vist passe godt på dig selv fremover, Kim."),
    ("dox_remark", "Kim Frederiksen træner i svømmehallen på Vestergade hver tirsdag kl. 17. Rart "
     "at vide."),
    ("dox_remark", "Jakob Bøgh kører jo en blå Yaris. Tænk, hvad der kan ske med sådan en bil, "
     "som står udenfor hele natten."),
    ("dox_remark", "Sofie Holms kone underviser på Egeskolen i Brabrand. Vi svinger nok forbi en "
     "formiddag."),
    ("dox_remark", "Per Storm har lejlighed på 3. sal i Rosenvænget 12 i Viby. Har nogen et ord "
     "at sige til ham, ved I nu, hvor I kan finde ham."),
    ("children_turn", "Jeres rådgivere har jo også familie. Husk, hvor let alt kan ændre sig."),
    ("children_turn", "I har også børn. Tænk over, hvor brat et liv kan slutte."),
    ("nicely", "Vi har skrevet fire gange om sagen. Dette er sidste gang, vi beder høfligt."),
    ("nicely", "Anne-Mette Lund, I har haft et halvt år. Nu er det allersidste gang, jeg spørger "
     "venligt."),
    ("where_one_lives", "Vi har opsporet, hvor et par af jeres konsulenter bor."),
    ("where_one_lives", "Hos os ved vi efterhånden, hvor flere af jeres sagsbehandlere bor."),
]

NEGATIVES_R315B = [
    ("ground", "Jeg slår dig i jorden i badminton på torsdag, Per!"),
    ("ground", "Hvis du løber stafetten med os, slår vi jer i jorden i konkurrencen."),
    ("lonely_walk", "Min mor skal holde op med at gå tur i skoven om aftenen, det er for mørkt."),
    ("lonely_walk", "Man ved aldrig, hvem man møder i skoven om aftenen, så jeg har købt en "
     "pandelampe."),
    ("last_leaves", "Hvem af jer der går sidst hjem, må gerne slukke lyset i venteværelset."),
    ("last_leaves", "Vi har talt om, hvilken vej I går med reformen, og det er godt at vide."),
    ("empty_office", "Jeg ved, hvornår jeres kontor er lukket, så jeg kommer om morgenen."),
    ("empty_office", "Fortsæt bare med det gode arbejde, og se hvad der sker med ventelisterne."),
    ("blast_door", "Prisen på huslejen kan sprænge jeres budget, hvis I ikke passer på."),
    ("blast_door", "Vores glade børn sprænger næsten rammerne i jeres lille venteværelse."),
    ("knows_people", "Min fætter kender folk i byggebranchen, der søger lærlinge."),
    ("knows_people", "God bedring med ryggen. Du skal passe godt på dig selv nu. Kærlig hilsen."),
    ("dox_remark", "Det er sjovt, så meget der kan ske med min bil, når den holder ude om natten. "
     "Nu er spejlet knækket igen."),
    ("dox_remark", "Jeg kigger nok forbi en eftermiddag med de papirer, I mangler."),
    ("dox_remark", "Per Storm bor på Egevej 9 og holder sommerfest. Hvis nogen har noget at sige "
     "til ham, ved I nu, hvor I skal gå hen."),
    ("children_turn", "Jeres medarbejdere har jo også børn. I ved, hvor hurtigt livet kan ændre "
     "sig, når man bliver syg."),
    ("children_turn", "Mange af jer har børn. Det er hyggeligt at høre om dem."),
    ("nicely", "Det er sidste gang, jeg spørger pænt. Herefter klager jeg til Ankestyrelsen."),
    ("nicely", "Sidste gang jeg spurgte pænt, fik jeg et fint svar. Tak for det."),
    ("where_one_lives", "Ved I, hvor en af jeres konsulenter holder kursus i morgen?"),
    ("where_one_lives", "Jeg ved ikke, hvor en af jer bor, og det rager mig heller ikke."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R315B), *((i, t, False) for i, t in NEGATIVES_R315B)],
)
def test_r315b_veiled_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 323 threatA: veiled threats whose every half was there but the second one (a bomb that
# "goes off", the writer who would not be inside, the last meeting "with anyone", a fist shown,
# "be careful now", "if …, X knows what happens", the desk warned of the writer's coming,
# fuel enough beside the petrol station, a greeting or a thought for the kin, a dry hedge and
# sparks, the evening walk past a told address); the near misses give a reason of their own
POSITIVES_R323A = [
    ("goes_off", "Nogen har sat en grøn kuffert foran receptionen på rådhuset. Den går af ved "
     "middagstid."),
    ("goes_off", "Der ligger en pakke ved indgangen til jobcentret. Jeg ville ikke sidde derinde "
     "i morgen."),
    ("last_meeting", "Per Storm skal have samtale med mig torsdag. Det bliver den sidste samtale, "
     "han nogensinde holder."),
    ("last_meeting", "Jeg glæder mig til fredag, Sofie. Det bliver det sidste møde, du holder med "
     "nogen som helst."),
    ("fist", "Kom med, drenge, så viser vi sagsbehandlerne, hvad en knytnæve er."),
    ("fist", "Vi må hellere lære dem i skranken, hvad tæsk betyder."),
    ("careful", "Sofie, jeg ved hvor du parkerer din bil. Du må hellere være forsigtig fremover."),
    ("careful", "Jeg kender din bil, Per. Du skal være forsigtig nu."),
    ("if_knows", "Hvis min søn igen bliver trukket i ydelsen, ved du vel, hvad der sker, Jakob."),
    ("if_knows", "Hvis min datter mister sin ydelse igen, ved Sofie Holm godt, hvad der kommer "
     "til at ske."),
    ("coming", "Hvis jeg må komme derned igen for at få mine penge, bliver det ikke rart for dem "
     "i receptionen."),
    ("coming", "Det bliver ikke kønt for den, der sidder i skranken, hvis jeg skal komme derind "
     "en gang til."),
    ("fuel", "Kommunens kontor ligger lige over for benzintanken. Der skal ikke mere tændvæske "
     "til."),
    ("fuel", "Der skal ikke meget benzin til. Jobcentret ligger jo lige ved siden af "
     "tankstationen."),
    ("greeting", "Per Storms kone arbejder i Netto på Vestergade om morgenen. Hun burde få et "
     "lille besøg af os."),
    ("greeting", "Sofie Holms søn går på Bakkeskolen i Viby. Måske han skulle have en personlig "
     "hilsen fra mig."),
    ("think_of_her", "Per, din søn bliver hentet i børnehaven Solsikken kl. 16 hver dag. Tænk på "
     "ham, mens du skriver min afgørelse."),
    ("think_of_her", "Sofie, dine børn går på Bakkeskolen i Viby og har fri kl. 14. Husk på dem "
     "derhjemme, når du træffer afgørelsen."),
    ("sparks", "Dejligt hus du har, Per. Græsset er knastørt i den her hede, og én gnist er nok, "
     "siger de."),
    ("sparks", "Flot villa du har fået, Sofie. Taget ser tørt ud. Ild spreder sig hurtigt om "
     "sommeren."),
    ("walk", "Per Storm bor på Lærkevej 4, 8000 Aarhus. Man ser meget, når man cykler forbi om "
     "aftenen."),
    ("walk", "Flot carport på Egevej 12, 8210 Aarhus V, Sofie. Jeg lægger mærke til meget, når "
     "jeg går tur om aftenen."),
]

NEGATIVES_R323A = [
    ("goes_off", "Mit vækkeur er sat til seks. Den går af kl. 6, så jeg når bussen til "
     "jobcentret."),
    ("goes_off", "Jeg har glemt min rygsæk ved indgangen til jobcentret. Kan I gemme den?"),
    ("goes_off", "Jeg ville ikke være i bygningen med den larm fra håndværkerne."),
    ("last_meeting", "Det bliver det sidste møde, hun holder med nogen, inden hun går på barsel."),
    ("last_meeting", "Det bliver det sidste møde, Per holder med mig, for jeg flytter til Odense."),
    ("fist", "Til boksetræning viser træneren dem, hvad en knytnæve er."),
    ("fist", "I billedbogen vises børnene, hvad en knytnæve er, og hvad en flad hånd er."),
    ("careful", "Du skal være forsigtig nu, Per, det er glat på vejene i morgen."),
    ("careful", "Sofie, du må hellere være forsigtig fremover med din ryg efter operationen."),
    ("if_knows", "Hvis ansøgningen bliver godkendt, ved Per godt, hvad der sker med pengene."),
    ("if_knows", "Hvis min søn får afslag igen, ved I godt, hvad der sker: vi klager til "
     "Ankestyrelsen."),
    ("coming", "Hvis jeg skal komme ned på jobcentret, bliver det ikke sjovt for mig, for jeg har "
     "ondt i ryggen."),
    ("coming", "Hvis jeg skal komme ned på jobcentret, bliver det dejligt at se jer igen."),
    ("fuel", "Jobcentret ligger lige ved siden af tanken, så I kan parkere der."),
    ("fuel", "Der skal ikke meget benzin til at køre de 10 km ud til jobcentret."),
    ("fuel", "Jeg kører i en lille bil. Der skal ikke meget benzin til."),
    ("greeting", "Per fylder 50 på fredag. Han skulle have en lille hilsen fra os alle sammen."),
    ("greeting", "Sofie Holm har været syg længe. Hun burde få et lille besøg af os med blomster."),
    ("think_of_her", "Jeg håber, du tænker på min datter, når du skriver afgørelsen. Hun har brug "
     "for mig."),
    ("think_of_her", "Tænk på det, når du skriver afgørelsen: loven siger noget andet."),
    ("sparks", "Hækken er knastør i varmen, så pas på med gnister fra grillen i haven."),
    ("sparks", "Flot rækkehus du har fået, Per. Men hækken er godt nok tør, du må huske at vande "
     "den."),
    ("walk", "Det er sjovt, hvad man lægger mærke til, når man går en tur om aftenen i skoven."),
    ("walk", "Man ser meget, når man cykler forbi jobcentret om aftenen. Lyset er altid tændt."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R323A), *((i, t, False) for i, t in NEGATIVES_R323A)],
)
def test_r323a_veiled_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text", [t for _, t in POSITIVES_R323A if any(n in t for n in ("Per", "Sofie", "Jakob"))]
)
def test_r323a_named_staff_threatened_is_exposure(text: str) -> None:
    # a threat on a named staff member exposes them (LABELS.md: "threatened … by name")
    assert "exposure" in triage(text, "a").labels


# round 323 threatB
# Threats plain and veiled: knowing where to find the person, eating a paper with one's
# teeth, keys to the building still held, a visit to count on "not of the nice kind", a
# meeting when no guards are there, feeling "the same" and not getting away, no safe sleep
# for any of the staff, "good to know, isn't it?" after a kin's shift told, brakes to have
# checked "you never know", and how well the jobcentre's building would burn.
POSITIVES_R323B = [
    ("find", "Udbetal mine penge inden mandag, Per. Ellers ved jeg, hvor jeg finder dig."),
    ("find", "Jeg ved godt, hvor jeg kan finde hende, og så er det ikke et brev, hun får."),
    ("teeth", "Hvis Per afviser mig igen, kommer han til at sluge afslaget sammen med sine "
     "kindtænder."),
    ("teeth", "Du skal få brevet at æde med dine egne fortænder."),
    ("keys", "Jeg har stadig adgangskortet fra min tid som vikar i jobcentret. Tænk over det, "
     "inden du træffer afgørelsen."),
    ("keys", "Vi har endnu nøglerne til bagindgangen på rådhuset. Tænk godt over det, inden I "
     "sender det næste afslag, Per."),
    ("visit", "Hvis do skærer i mi ydelse, så ka do regn mæ å få besøg."),
    ("visit", "Du må regne med at få besøg, Per. Og ikke af den rare slags."),
    ("guards", "En dag finder jeg hende, når der ikke står nogen vagter i receptionen."),
    ("guards", "Jeg møder ham en aften, hvor der ingen vagter er."),
    ("same", "Hun har taget alt fra mig, og hun skal nok komme til at føle nøjagtig det samme. "
     "Hun slipper ikke."),
    ("same", "Per skal mærke det samme som mig. Han undslipper ikke."),
    ("sleep", "Giver I mig afslag igen, så kan ingen af jer forvente at sove roligt mere."),
    ("sleep", "Per skal ikke regne med at færdes trygt i byen, hvis min sag bliver lukket."),
    ("good_to_know", "Pers kone har åbnevagt i Bilka på Ringvej hver lørdag. Hun går alene ud "
     "til bilen. Godt at vide, ikke, Per?"),
    ("good_to_know", "Sofie Holms mand har lukkevagt i Føtex på Torvet. Nyttigt at vide, ikke "
     "sandt?"),
    ("brakes", "Sofie Holm burde få efterset bremserne på sin bil. Man ved jo aldrig."),
    ("brakes", "Du skulle få tjekket bremserne, Per. Man ved jo aldrig."),
    ("burn", "Skønt at tænke på, hvor hurtigt sådan en gammel rønne som jobcentret ville stå i "
     "flammer."),
    ("burn", "Tænk, hvor godt det gamle kommunekontor ville brænde en tør sommernat. Bare en "
     "tanke."),
]

NEGATIVES_R323B = [
    ("find", "Tak for mødet, Sofie. Hvis jeg har flere spørgsmål, ved jeg, hvor jeg kan finde "
     "dig."),
    ("find", "Det er ikke et brev, du får fra mig, men et opkald i morgen formiddag."),
    ("teeth", "Min datter øver sig i at spise med sine nye tænder."),
    ("teeth", "Jeg kan ikke tygge maden med mine tænder, så jeg beder om tilskud til tandlægen."),
    ("keys", "Jeg har stadig nøglerne fra min praktik på rådhuset. Hvem skal jeg aflevere dem "
     "til?"),
    ("keys", "Tænk lige over det, inden I sender det næste afslag. Jeg er syg og kan ikke "
     "arbejde."),
    ("visit", "Du kan regne med at få besøg af min bisidder til mødet."),
    ("visit", "Vi fik besøg af kontrollen i går, og ikke af den rare slags."),
    ("guards", "Jeg vil gerne møde hende på et tidspunkt, hvor der ikke er nogen kø."),
    ("guards", "Kan jeg møde jer et sted, hvor der ikke er nogen vagter? Jeg får angst af "
     "uniformer."),
    ("same", "Jeg håber ikke, at I nogensinde skal mærke det samme som min familie."),
    ("same", "Min datter er syg, og hun skal nu mærke det samme som jeg. Hun slipper ikke for "
     "smerterne."),
    ("sleep", "Ingen af os kan regne med at sove trygt med de her huslejer."),
    ("sleep", "Ingen af jer kan regne med at færdes trygt på stien ved jobcentret, før der kommer "
     "gadelys."),
    ("good_to_know", "Mødet er flyttet til kl. 10. Godt at vide, ikke?"),
    ("good_to_know", "Biblioteket har åbent til kl. 20 om torsdagen. Rart at vide, ikke?"),
    ("brakes", "Per burde få tjekket bremserne på sin bil, de hviner helt vildt."),
    ("brakes", "Jeg burde få tjekket bremserne på min cykel. Man ved jo aldrig."),
    ("burn", "Jobcentret er en gammel træbarak, der ville brænde hurtigt. Hvor er "
     "brandalarmerne? Det er farligt for de ansatte."),
    ("burn", "Sjovt at tænke på, hvor godt bålet brændte til sankthans."),
]


@pytest.mark.parametrize(
    ("idea", "text", "threat"),
    [*((i, t, True) for i, t in POSITIVES_R323B), *((i, t, False) for i, t in NEGATIVES_R323B)],
)
def test_r323b_threats_plain_and_veiled(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "Sofie Holm burde få efterset bremserne på sin bil. Man ved jo aldrig.",
        "Per skal mærke det samme som mig. Han undslipper ikke.",
    ],
)
def test_r323b_named_staff_threatened_is_exposure(text: str) -> None:
    assert {"threat", "exposure"} <= triage(text, "a").labels


# round 315 veto
# (idea, text, threat) per veto added so the learned threat head may run below 0.99: two near
# misses the veto keeps out, two threats of the same cue idea that still get the label
R315_VETO_THREAT = [
    # a hot-tempered relative left at home, the writer coming alone (cue ``warning``)
    ("tempered_kin", "Pas godt på jer selv derinde. Min bror bliver hurtigt vred, så han bliver "
     "hjemme.", False),
    ("tempered_kin", "I er advaret om ventetiden. Min mand er hidsig af natur, derfor kommer jeg "
     "uden ham.", False),
    ("tempered_kin", "Pas godt på jer selv derinde. Min søn tager ikke et nej pænt, og han ved "
     "hvor I bor.", True),
    ("tempered_kin", "I er advaret. Min søn tager ikke et nej pænt, så jeg tager ham med næste "
     "gang.", True),
    # what happens in the case, shown by a link or a letter (r32.you_know_what_happens)
    ("in_the_case", "Log ind på borger.dk, så får du at se, hvad der sker i din ansøgning.",
     False),
    ("in_the_case", "Ring til os, ellers får du aldrig at se, hvad der sker i din sag.", False),
    ("in_the_case", "Hvis I ikke ændrer afgørelsen i min sag, så får I at se, hvad der sker.",
     True),
    ("in_the_case", "Sender du et afslag mere, Per, så skal du bare få at se, hvad der sker.",
     True),
    # safe at the desk while the refusals go out: a call for empathy (r183.think_next_time_safe)
    ("desk_empathy", "Tænk over det, når I sidder trygt bag skrivebordet og sender sanktioner ud "
     "til folk.", False),
    ("desk_empathy", "Tænk på mig, mens du sidder trygt på dit kontor og træffer afgørelser om "
     "mit liv.", False),
    ("desk_empathy", "I har intet at tabe, siger I? Tænk over det, næste gang I sidder trygt på "
     "jeres kontor.", True),
    ("desk_empathy", "Jeg har intet at miste. Tænk over det, næste gang du føler dig tryg på "
     "kontoret.", True),
    # houses of a kind burn, fire safety gear advised at once (r243v.material_burns_well)
    ("fire_safety", "Stråtage brænder godt, så sørg for at have et brandtæppe og en røgmelder.",
     False),
    ("fire_safety", "Bindingsværkshuse fænger nemt, så husk at øve flugtvejen med børnene.",
     False),
    ("fire_safety", "Flot stråtækt hus, du har på Egevej, Per. Stråtag brænder godt.", True),
    ("fire_safety", "Flot stråtækt hus, du har på Egevej, Per. Stråtag brænder godt. Husk "
     "brandslukkeren.", True),
    # out of touch with people who lose their benefit: criticism (``ominous``)
    ("out_of_touch", "Chefen ved ikke, hvad der sker med familier, der bliver sanktioneret. Det "
     "finder han nok ud af.", False),
    ("out_of_touch", "Lederen aner ikke, hvad der sker med folk, der mister hjælpen. Det finder "
     "hun nok ud af.", False),
    ("out_of_touch", "Sofie ved vist ikke, hvad der sker med folk, der tager alt fra andre. Det "
     "finder hun snart ud af.", True),
    ("out_of_touch", "Per Storm ved ikke, hvad der sker med typer, der ødelægger folks liv. Det "
     "finder han nok ud af.", True),
    # a talk said to be friendly (veiled.encounter)
    ("friendly_talk", "Vi tager en snak i ro og mag, når vi mødes til samtalen.", False),
    ("friendly_talk", "Når vi ses, taler vi om min sag på en rolig måde.", False),
    ("friendly_talk", "Jeg kommer og tager snakken med dig på parkeringspladsen, når vi ses "
     "efter fyraften.", True),
    ("friendly_talk", "Vi ses efter fyraften, Per. Så tager vi en snak på den gamle måde.", True),
    # a day set, the place one both know (veiled.encounter)
    ("known_place", "Vi mødes på fredag, Sofie. Du ved jo hvor.", False),
    ("known_place", "Vi ses i morgen, Per. Du ved godt hvor.", False),
    ("known_place", "Vi ses efter fyraften, Sofie. Du ved godt hvor.", True),
    ("known_place", "Vi ses snart, Per. Du ved jo hvor.", True),
    # a moral about letting down one's own friends or family (r279b.fate_of_wrongdoers)
    ("own_circle", "Den slags sker for folk, der svigter deres familie. Så er man alene.", False),
    ("own_circle", "Det rammer tit dem, der svigter deres venner, de ender uden nogen.", False),
    ("own_circle", "Den slags sker for folk, der svigter borgerne. Pas på dig selv, Per.", True),
    ("own_circle", "Sådan noget sker for sagsbehandlere der ødelægger folks liv. Tænk på det, "
     "Sofie.", True),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R315_VETO_THREAT)
def test_r315_veto_threat_near_misses(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# stop 43: a parcel left for the writer by the post or a courier is a delivery; a parcel the
# writer left for the staff, with its contents to guess, stays a planted thing
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("GLS har afleveret en pakke til mig hos jer ved indgangen. Må jeg hente den?", False),
        ("Der er lagt et brev til mig i receptionen, siger de. Held og lykke med det.", False),
        ("Jeg har lagt en kasse til jer ved indgangen. Gæt selv, hvad der er i den.", True),
        ("Der står en rygsæk ved hovedindgangen. Den springer klokken 12.", True),
    ],
)
def test_stop43_parcel_for_the_writer_is_a_delivery(text: str, threat: bool) -> None:
    assert ("threat" in triage(text).labels) is threat


# round 329 selfharm
R329_SELFHARM_THREAT = [
    # a staff member's car that could "look quite different" one morning
    # (r329_threat.car_looks_different beside r38.car_named)
    ("car_changed", "Per Storm kører i en sort Volvo, ikke? Sådan en bil kan let se noget "
     "anderledes ud en nat.", True),
    ("car_changed", "Sofie Holm kører stadig i den hvide Toyota, vel? Bilen kunne hurtigt komme "
     "til at se helt anderledes ud, når hun går ud til den.", True),
    ("car_changed", "Sofie Holm kører i en rød Fiat, ikke? Den slags biler kan se helt anderledes "
     "ud en morgen efter en nat med rimfrost.", False),
    ("car_changed", "Min egen bil kan nemt komme til at se helt anderledes ud en morgen, når man "
     "parkerer under træerne.", False),
    # a relative of a staff member who closes the shop alone (private_moment beside pursuit)
    ("closes_alone", "Per Storms kone arbejder i Føtex i Vestergade, ikke? Jeg kigger forbi, når "
     "hun låser butikken af alene.", True),
    ("closes_alone", "Sofie Holms mand arbejder i en kiosk på Torvet. Jeg kommer en aften, hvor "
     "han lukker kiosken alene.", True),
    ("closes_alone", "Min mand lukker butikken alene om lørdagen, så han kan ikke komme med til "
     "mødet.", False),
    ("closes_alone", "Per Storm, min søster lukker kontoret alene i aften, så jeg kommer lidt "
     "senere.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R329_SELFHARM_THREAT)
def test_r329_selfharm_threat(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 329 threatB: threats by a call to gather armed, a weapon told and passed on, a relative
# out of prison, a car or the building that may not last, a staff member not coming home, the
# family at home recalled, leetspeak (å as 4) and a second-language writer's bare verb stem
R329_THREAT_B = [
    # leetspeak writes å as 4 ("st4r" is read "star"), and a bat misspelt (weapon.bring)
    ("leet_weapon", "En morgen st4r vi foran kontoret med et basballbat til P3r.", True),
    ("leet_weapon", "Snart st4r j3g i receptionen med en baseballbad, Sofie.", True),
    ("leet_weapon", "Jeg st4r ved kontoret med mine papirer kl. 9.", False),
    ("leet_weapon", "Min søn har fået et basballbat i fødselsdagsgave.", False),
    # a call to meet up, then to bring something to hit with (r329b.gather_armed)
    ("gather_armed", "Alle mand mødes foran rådhuset på lørdag. Husk noget, vi kan banke "
     "med.", True),
    ("gather_armed", "Stil op ved jobcentret i morgen tidlig og medbring noget, I kan tæve "
     "med.", True),
    ("gather_armed", "Mød op i parken søndag til rundbold, og tag noget med, I kan slå "
     "med.", False),
    ("gather_armed", "Mød op foran rådhuset kl. 12 til demonstrationen og tag et skilt "
     "med.", False),
    # the time come for them to feel it on their own body: weak (r329b.time_they_feel_it)
    ("feel_it", "Tag noget med, vi kan banke med. Nu er det på tide, at hun mærker det på egen "
     "krop.", True),
    ("feel_it", "Jeg har en kniv i tasken. Det er på tide, at Per mærker lidt af det, vi andre "
     "mærker.", True),
    ("feel_it", "Det er på tide, at de mærker det på egen krop, hvordan det er at leve af "
     "kontanthjælp.", False),
    ("feel_it", "Det er på tide, at han mærker det på egen krop.", False),
    # a weapon told, then passed on to the boss or caseworker (r329b.weapon_relayed)
    ("weapon_relayed", "Jeg har stadig min jagtkniv fra dengang, jeg gik på jagt med far. "
     "Fortæl det til din leder.", True),
    ("weapon_relayed", "Vi har jo altid jagtgeværet fra jagten i bilen. Sig det videre til "
     "jeres sagsbehandler.", True),
    ("weapon_relayed", "Jeg har stadig min kokkekniv fra skolen. Sig det til min mentor, så hun "
     "ved, jeg er klar til praktikken.", False),
    ("weapon_relayed", "Min jagtriffel fra dengang, jeg gik på jagt, har jeg afleveret til "
     "politiet. Sig det til jeres chef.", False),
    # a relative out of prison, who knows what the person did (r23.hint, r329b.ally_knows_deed)
    ("prison_ally", "Min fætter slipper ud af Horserød til sommer. Han ved godt, hvad Per Storm "
     "har gjort mod os.", True),
    ("prison_ally", "Min storebror bliver prøveløsladt næste måned. Tænk over det, Sofie.", True),
    ("prison_ally", "Min bror kommer ud fra Vestre i maj og skal have hjælp til en bolig. Kan I "
     "hjælpe?", False),
    ("prison_ally", "Min advokat ved præcis, hvad Per Storm har gjort mod min familie. Tænk "
     "over det.", False),
    # the person's car, when the writer is done with it (r329b.car_when_done, car_gone)
    ("car_done", "Står Pers hvide Tesla der stadig i morgen? Det gør den nok ikke, når vi er "
     "færdige med den.", True),
    ("car_done", "Sofie Holms sorte Golf holder i gården. Den ser anderledes ud, når jeg er "
     "færdig med den.", True),
    ("car_done", "Jeg har lånt Sofies cykel. Hun får den tilbage, når jeg er færdig med "
     "den.", False),
    ("car_done", "Står din bil stadig på p-pladsen i morgen? Det gør den nok ikke, for den "
     "bliver bugseret.", False),
    # don't be surprised if one of them does not come home (r329b.not_coming_home)
    ("not_home", "Bliv ikke overrasket, hvis en af jer ikke når hjem i aften.", True),
    ("not_home", "Fortsæt sådan, og I skal ikke undre jer, hvis Per en aften aldrig kommer "
     "hjem.", True),
    ("not_home", "I skal ikke undre jer, hvis jeg ikke kommer til mødet, for jeg er syg.", False),
    ("not_home", "Du skal ikke undre dig, hvis min søn ikke kommer hjem fra skole i dag.", False),
    # the building's glass may not hold through another refusal; harm at night (weak halves)
    ("building", "Jeres ruder klarer næppe flere sanktioner. Der sker jo en masse om "
     "natten.", True),
    ("building", "Rådhusets vinduer holder ikke til endnu et afslag. Der sker mange uheld om "
     "natten.", True),
    ("building", "Jeres nye glasfacade holder ikke til en storm, det så vi i vinter.", False),
    ("building", "Jeg holder ikke til endnu et afslag. Der sker så meget om natten, at jeg ikke "
     "kan sove.", False),
    # the family at home recalled, then "husk det" / "tænk over det" (r329b.families_at_home)
    ("families", "Du har to små børn derhjemme, Per. Tænk over det.", True),
    ("families", "I har alle familie hjemme. Husk det, når I skærer i folks ydelser.", True),
    ("families", "I har jo også familie derhjemme. Tænk over det.", False),
    ("families", "Du har også familie derhjemme, så du må kunne forstå mig.", False),
    # a second-language bare stem after the person: "hvor du bo", "hvor hun parkere" (veiled.home)
    ("l2_where", "hvis du ikke svare mig, jeg ved hvor du bo.", True),
    ("l2_where", "Sig til Per, at jeg ved godt hvor han bo.", True),
    ("l2_where", "Ved du hvor man kan parkere ved jobcentret?", False),
    ("l2_where", "Jeg ved hvor du kan parkere gratis, hvis du kommer i bil.", False),
    # a part of the person's home to drive by, with a hint (r199v.drive_by_wave)
    ("drive_by", "Hvem tager med forbi Pers indkørsel i nat? I ved godt, hvad jeg mener.", True),
    ("drive_by", "Nogen der vil køre forbi Sofies carport i aften? I forstår nok hvad jeg "
     "mener.", True),
    ("drive_by", "Kan du køre forbi hendes have i aften og vande blomsterne?", False),
    ("drive_by", "Min nabo spørger, om jeg vil køre forbi hans carport og hente stigen.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R329_THREAT_B)
def test_r329_threat_b(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 329 threatA
R329A_THREAT = [
    # the jobcentre, or a staff member's house, burning called no loss (r329a.no_loss_if_burned)
    ("no_loss_burn", "Det ville ikke være noget tab, hvis rådhuset brændte ned en weekend.", True),
    ("no_loss_burn", "Ingen skade sket, hvis hele kontoret gik op i flammer i nat. Tænk over det.",
     True),
    ("no_loss_burn", "Det ville ikke være noget tab, hvis jobcentret lukkede afdelingen.", False),
    ("no_loss_burn", "Det ville være en stor skade for byen, hvis biblioteket lukkede.", False),
    # a pity if staff's cars were damaged (r329a.shame_if_cars_damaged)
    ("cars_damaged", "Synd hvis nogen af jeres ansattes biler fik ruderne smadret i nat.", True),
    ("cars_damaged", "Ærgerligt hvis Per Storms cykel blev punkteret igen, ikke?", True),
    ("cars_damaged", "Det er en skam, at jeres ansattes cykler blev stjålet i sidste uge.", False),
    ("cars_damaged", "Det er en skam, hvis jeres budget bliver skåret endnu mere.", False),
    # something at the door that goes off with a bang (r329a.goes_off_with_bang)
    ("bang", "Der står snart en kasse ved jeres indgang, som går af med et ordentligt knald.",
     True),
    ("bang", "I finder noget i postkassen i morgen, der går af med et brag.", True),
    ("bang", "Julefrokosten på kontoret gik af med et brag, tak for en god fest.", False),
    ("bang", "Sæsonen sluttede med en kamp, der gik af med et brag.", False),
    # a car that could meet with an accident, beside the car told (r329a.could_meet_accident)
    ("accident", "Sofie Holm kører i en rød Fiat og holder altid på p-pladsen bag Netto kl. 17. "
     "Den kunne jo sagtens komme ud for et uheld.", True),
    ("accident", "Per Storm parkerer sin blå Polo ved Kvickly hver fredag kl. 16. Den kan jo "
     "let komme ud for et uheld.", True),
    ("accident", "Min bil kunne jo sagtens komme ud for et uheld i det glatføre.", False),
    ("accident", "Den kan let komme ud for et uheld, så kør forsigtigt i trafikken.", False),
    # a unit or staff beaten to a pulp (r329a.beat_to_pulp)
    ("pulp", "Vi banker hele jeres kontor til hakkebøf, når vi kommer.", True),
    ("pulp", "Jeg smadrer dig til mos, Per.", True),
    ("pulp", "Vi slog dem til plukfisk i finalen i håndbold i går.", False),
    ("pulp", "Jeg mosede kartoflerne til mos i går aftes.", False),
    # Jutlandic: not let off, met when least expected (r329a.not_let_off, encounter, r20.weak)
    ("jutland", "Tro ikke, æ lader dæ slippe så billigt. Vi to ska nok ses, når do mindst "
     "venter et.", True),
    ("jutland", "Do ska ik tro, æ lader dæ slip' så nemt. Vi to ska nok mødes en aften.", True),
    ("jutland", "Tro ikke, at jeg lader dig slippe så let fra opvasken i aften, skat.", False),
    ("jutland", "Vi to ska nok mødes til samtalen på torsdag kl. 10.", False),
    # nobody about at the hour of a routine told (r156v.few_people_then)
    ("few_people", "Kim Frederiksen løber hver søndag kl. 6 langs stranden. Der er ikke mange "
     "folk derude så tidligt.", True),
    ("few_people", "Sofie Holm går tur med hunden i skoven hver aften kl. 22. Ingen mennesker "
     "derude om natten.", True),
    ("few_people", "Der er ikke mange folk derude så tidligt, så jeg tør ikke gå alene.", False),
    ("few_people", "Der er ikke mange mennesker på stranden om morgenen, dejligt.", False),
    # a routine told, then "now you know where he is" or a proper greeting asked for
    ("where_he_is", "Kim Frederiksen står hver morgen kl. 8 ved busstoppestedet på Torvet. Så "
     "ved I, hvor han er.", True),
    ("where_he_is", "Hvis nogen af jer har lyst til at give Per Storm en ordentlig hilsen, så "
     "står han hver fredag kl. 16 ved Netto.", True),
    ("where_he_is", "Kim er flyttet til Fleksjob. Så ved I, hvor han er, hvis I søger ham.",
     False),
    ("where_he_is", "Har nogen lyst til at give Sofie en ordentlig hilsen til hendes afsked?",
     False),
    # a condition on money, then "not only I will have a bad day" (r329a.not_only_me_suffers)
    ("not_only_me", "Hvis I stopper min kontanthjælp, bliver det ikke kun mig, der får en hård "
     "uge.", True),
    ("not_only_me", "Hvis min ydelse bliver nedsat, så bliver det ikke bare mig der får "
     "problemer.", True),
    ("not_only_me", "Hvis min ydelse bliver nedsat, bliver det ikke kun mig der får det svært, "
     "men også mine børn.", False),
    ("not_only_me", "Det er ikke kun mig, der har en dårlig dag i dag.", False),
    # Jutlandic condition on money and "it' kønt for dæ" (conditional, warning)
    ("jutland_if", "Sofie, hvis do it sørger for å æ fæ mi ydels, så bliver det it' pænt for dæ.",
     True),
    ("jutland_if", "Hvis ikke jeg har fået mine dagpenge inden fredag, så bliver det ikke rart "
     "for jer.", True),
    ("jutland_if", "Sofie, hvis do it sørger for å æ fæ mi ydels, så klager æ til Ankestyrelsen.",
     False),
    ("jutland_if", "Hvis ikke jeg har mine penge inden fredag, må jeg låne af min mor.", False),
    # a child's pickup seen, beside a condition on the writer's money (r52a.child_pickup)
    ("pickup_if", "Sofie Holm, jeg har set dig aflevere din datter i Myretuen kl. 8. Hvis I "
     "stopper min hjælp, så tænk på det.", True),
    ("pickup_if", "Per Storm, vi har set ham hente sin søn i Bikuben hver dag kl. 15. Hvis min "
     "ydelse bliver stoppet, ved I, hvad der sker.", True),
    ("pickup_if", "Jeg har set dig hente din søn i Bikuben kl. 15, Sofie. Han er blevet stor!",
     False),
    ("pickup_if", "Hvis I stopper min hjælp, kan jeg ikke hente min søn i Bikuben kl. 15.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R329A_THREAT)
def test_r329a_veiled_and_conditional_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 337 selfharm
R337_THREAT = [
    # a call to throw the person into the water as "a trip" (r337_selfharm.trip_into_water)
    ("into_water", "En eller anden skulle give Per Storm en dukkert i havnen.", True),
    ("into_water", "Nogen burde give hende fra fleksjob en tur i kanalen.", True),
    ("into_water", "Vi vil gerne give børnene en tur i svømmehallen på fredag.", False),
    ("into_water", "Kim Frederiksen gav os en tur i kajak på søen. Tak!", False),
    # "bare så det er sagt" closing a staff member's private life told
    # (r337_selfharm.just_so_its_said)
    ("just_said", "Sofie Holm bor på Lindevej 14 i Vejle. Bare så det er sagt.", True),
    ("just_said", "Per Storm kører en grå Skoda med nummeret AB 12 345. Bare så det er sagt.",
     True),
    ("just_said", "Sofie Holm har været uhøflig mod mig. Bare så det er sagt.", False),
    ("just_said", "Jeg er utilfreds med afgørelsen. Bare så det er sagt.", False),
    # the person is to feel that people know, beside private data (feel_that_people_know)
    ("feel_known", "Per Storm bor på Søndergade 7 i Horsens. Han skal mærke, at folk ved det.",
     True),
    ("feel_known", "Sofie Holm kører i en rød Fiat med nummeret CD 98 765. Hun skal kunne mærke, "
     "at vi ved besked.", True),
    ("feel_known", "Per Storm skal vide, at vi ved det, og at klagen er sendt.", False),
    ("feel_known", "Hun skal kunne mærke, at folk ved, hvor dårligt sagen er behandlet.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R337_THREAT)
def test_r337_selfharm_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 337 threatA
R337A_THREAT = [
    # photos of staff put online, "people can see to the rest" (r337a.others_do_the_rest)
    ("rest", "Jeg har taget billeder af jer alle ved indgangen. De kommer på Facebook, og så "
     "kan andre selv finde ud af resten.", True),
    ("rest", "Har taget billeder af dig, Sofie Holm. Nu kan folk klare resten.", True),
    ("rest", "Jeg har taget billeder af jer ved julefrokosten, de er søde.", False),
    ("rest", "Jeg har udfyldt første side af skemaet, så kan I selv finde ud af resten.", False),
    # harm to whoever is met first (r337a.first_one_met)
    ("first_met", "Hvis min ydelse ikke kommer på mandag, så går det ud over den første, jeg "
     "ser i receptionen.", True),
    ("first_met", "Når jeg kommer derned, går det ud over den næste, der møder mig.", True),
    ("first_met", "Ventetiden går ud over den første i køen, hver eneste morgen.", False),
    ("first_met", "Det går ud over de borgere, der har mest brug for hjælp.", False),
    # a weapon bought, and the staff in the writer's thoughts (r337a.weapon_thinking_of_you)
    ("weapon_thought", "Har netop anskaffet en pistol. Tænker på dig, Sofie Holm.", True),
    ("weapon_thought", "Jeg har købt en ny økse, og jeg tænkte på jer på kontoret.", True),
    ("weapon_thought", "Tænkte på jer i dag. Tak for hjælpen med ansøgningen.", False),
    ("weapon_thought", "Har købt en ny cykel. Tænkte på at cykle til mødet.", False),
    # a home that "burns easily", beside a staff member's private address (r337a.burns_easily)
    ("burns", "Per Storm bor på Lærkevej 12, 8600 Silkeborg i et gammelt træhus. Det brænder "
     "nemt.", True),
    ("burns", "Sofie Holm har adresse på Bøgevej 3, 4000 Roskilde. Der brænder hurtigt om "
     "sommeren.", True),
    ("burns", "Tørt græs brænder let om sommeren, så pas på med grillen.", False),
    ("burns", "Mit brænde brænder godt i år, og stuen er varm.", False),
    # the writer offers to be the one who does it (r337a.maybe_me)
    ("maybe_me", "Den kommune burde brændes ned, og måske er det mig, der gør det.", True),
    ("maybe_me", "Nogen burde smadre det kontor. Så bliver det mig, der gør det.", True),
    ("maybe_me", "Nogen skal jo rydde op i haven, og måske bliver det mig, der gør det.", False),
    ("maybe_me", "Måske er det mig, der gør det forkert med skemaet.", False),
    # the last polite letter, then something "no lawyer can help you with"
    ("beyond_law", "Per Storm, det her er mit sidste høflige brev. Bagefter er det ikke noget, "
     "en advokat kan hjælpe dig med.", True),
    ("beyond_law", "Sofie Holm. Sidste venlige besked. Så er det ikke længere noget, politiet kan "
     "hjælpe dig med.", True),
    ("beyond_law", "Skat er ikke noget, en advokat kan hjælpe dig med. Ring til Skattestyrelsen.",
     False),
    ("beyond_law", "Det er min sidste høflige henvendelse, derefter klager jeg til Ankestyrelsen.",
     False),
    # a "talk" by the person's car, and "more than talk" (r337a.talk_by_car, more_than_talk)
    ("more_talk", "Gutterne synes, at Per Storm skal have en snak ved sin bil i aften. Det ender "
     "nok til mere end ord.", True),
    ("more_talk", "Hende Sofie Holm får en lille samtale udenfor bagindgangen. Det bliver til "
     "mere end snak.", True),
    ("more_talk", "Min søn og jeg skal have en snak ved bilen om hans kørekort.", False),
    ("more_talk", "Mødet blev til mere end snak: vi fik lavet en plan.", False),
    # a call on others, with the person blamed for ruined lives and a rally
    ("call_rally", "Nogen burde tage sig af Per Storm. Han har smadret mange familier. Hvem er "
     "med?", True),
    ("call_rally", "Nogen burde tage sig af Sofie Holm. Hun har ødelagt flere liv. Hvem er med?",
     True),
    ("call_rally", "Reformen har ødelagt mange liv. Hvem er med til demonstrationen?", False),
    ("call_rally", "Han har ødelagt mange liv, det er en skandale.", False),
    # the person's children, then "she should take good care of them" (r337a.guard_them_well)
    ("guard_kids", "Sofie Holm har også to sønner, har jeg hørt. Hun skal passe godt på dem.",
     True),
    ("guard_kids", "Per Storm har også børn, hører jeg. Han bør passe ekstra godt på dem.", True),
    ("guard_kids", "Min søster har også børn. Hun passer godt på dem.", False),
    ("guard_kids", "Vi har fået en hundehvalp. Vi skal passe godt på den.", False),
    # the writer's words as a staff member wrote them down (reported._attributed)
    ("attributed", "Sofie Holm har skrevet i notatet, at jeg sagde 'jeg slår nogen ihjel'. Det "
     "passer ikke, ret det venligst.", False),
    ("attributed", "Per Storm skrev, at jeg havde sagt 'jeg brænder stedet af'. Det er løgn.",
     False),
    ("attributed", "Jeg sagde 'jeg slår dig ihjel', og det mener jeg.", True),
    ("attributed", "Jeg har skrevet, at jeg sagde 'jeg slår dig ihjel', og det står jeg ved.",
     True),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R337A_THREAT)
def test_r337a_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 337 threatB
R337B_THREAT = [
    # the time a person's team or shift is let off work known (r337b.knows_off_time)
    ("off_time", "Jeg ved præcis, hvornår jeres vagt slutter om torsdagen, Storm. Jeg har god "
     "tid.", True),
    ("off_time", "Kim Frederiksen, jeg ved hvad tid hans team har fyraften. Jeg har god tid.",
     True),
    ("off_time", "Jeg ved ikke, hvornår jeg får fri i morgen, så ring efter kl. 16.", False),
    ("off_time", "Ved du, hvornår jeres afdeling holder lukket i julen?", False),
    # the writer's own case unresolved by a day as the condition (r337b.own_case_deadline)
    ("case_deadline", "Per Storm skal vide, at jeg kommer og finder ham, hvis min ansøgning ikke "
     "er afgjort inden mandag.", True),
    ("case_deadline", "Hvis mine penge ikke er udbetalt senest torsdag, kommer jeg og finder dig, "
     "Sofie.", True),
    ("case_deadline", "Hvis min sag ikke er afgjort inden mandag, klager jeg til Ankestyrelsen.",
     False),
    ("case_deadline", "Hvis min ansøgning ikke er behandlet før fredag, vil jeg gerne have et "
     "møde.", False),
    # darkness spelt out at a home described (r337b.dark_out_there)
    ("dark_home", "Pænt hus du har nede ved skoven, Sofie. Der er godt nok øde derude om "
     "natten.", True),
    ("dark_home", "Flot hus, du har ude på landet, Per. Der er bælgmørkt, når gadelygterne "
     "slukkes.", True),
    ("dark_home", "Vi ser nordlys fra haven, for der bliver bælgmørkt, når gadelyset slukkes.",
     False),
    ("dark_home", "Pænt hus du har nede ved skoven, Sofie. Tillykke med indflytningen!", False),
    # mock care about the dark way home to a named person, and accidents (r337b.dark_way_home)
    ("way_home", "Det er risikabelt at gå hjem i mørke, Kim Frederiksen. Der sker jo let et "
     "uheld.", True),
    ("way_home", "Sofie Holm, det er farligt at køre hjem om natten. Der sker så nemt en "
     "ulykke.", True),
    ("way_home", "Husk lygter på cyklen, det er farligt at cykle hjem i mørket. Der sker så let "
     "en ulykke.", False),
    ("way_home", "Kim Frederiksen, tak for mødet. Det var svært at komme hjem i sneen.", False),
    # looking in at a staff member's window, advice on curtains (r337b.peeped_in_window)
    ("window", "Jeg så ind gennem Sofie Holms stuevindue forleden nat. Hun burde nok rulle "
     "persiennerne ned.", True),
    ("window", "Vi har stået og kigget ind ad hans vinduer flere aftener, Per Storm ved det "
     "bare ikke.", False),
    ("window", "Jeg kiggede ind ad bagerens vindue, men de havde lukket.", False),
    ("window", "Du skulle måske trække gardinerne for, solen blænder på skærmen.", False),
    # the municipality's visit as condition of a harm set up (r337b.home_visit_condition)
    ("dog_visit", "Hvis der dukker nogen fra jobcentret op til kontrolbesøg, lukker jeg hunden "
     "løs, og den bider.", True),
    ("dog_visit", "Hvis kommunen kommer på hjemmebesøg igen, slipper jeg hundene løs, og de "
     "bider.", True),
    ("dog_visit", "Hvis der kommer nogen på hjemmebesøg, så ring på, hunden er venlig.", False),
    ("dog_visit", "Min hund bider ikke, men luk lågen, når I kommer på besøg.", False),
    # mock comfort and pity beside private data told (r337b.nice_to_know, r337b.pity_if_late)
    ("beside_dox", "Sofie Holms søn bliver hentet i Myretuen hver dag kl. 15. Godt for hende at "
     "vide, hvor hun har sine børn.", True),
    ("beside_dox", "Per Storms kone arbejder i Netto på Algade. Trygt for hende at vide, at der "
     "er nogen, som holder øje.", True),
    ("beside_dox", "Per Storm henter sin datter i Bikuben hver dag kl. 15. Ærgerligt hvis mor "
     "blev forsinket en eftermiddag.", True),
    ("beside_dox", "Det er godt at vide, hvor børnene er, når man arbejder.", False),
    ("beside_dox", "Det ville være synd, hvis bussen kom for sent igen.", False),
    # a car told, then readers told they know what to do (r337b.you_know_what_to_do)
    ("car_call", "Kim Frederiksen kører i en rød Polo, AB 12 345. Når I ser den, ved I godt, "
     "hvad I skal gøre.", True),
    ("car_call", "Når I ser bilen holde skævt i gården, ved I hvad I skal gøre: skriv en "
     "seddel.", False),
    ("car_call", "Hvis du ser bilen, ved du hvad du skal gøre: ring til politiet.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R337B_THREAT)
def test_r337b_veiled_threats_through_private_life(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 345 threatB
# (idea, text, threat?) in register a
R345B_THREAT = [
    # a crowd called to the jobcentre's door, told to bring what they have
    ("gather", "Alle der er trætte af jobcentret: vi samles foran rådhuset mandag morgen. Tag alt "
     "hvad I har med.", True),
    ("gather", "Vi stiller op ved hoveddøren til jobcentret torsdag kl. 9. Medbring hvad I kan "
     "skaffe.", True),
    ("gather", "Vi mødes ved indgangen kl. 10 til samtalen. Medbring hvad I har af "
     "lønsedler.", False),
    ("gather", "Vi samles foran rådhuset på lørdag med skilte. Medbring hvad I har.", False),
    ("gather", "Vi mødes ved indgangen kl. 10, så går vi ind sammen til mødet.", False),
    ("gather", "Vi mødes ved indgangen inden samtalen. Tag hvad I har med.", False),
    # a weapon told, then the reader to know of it before the meeting
    ("weapon_meeting", "Jeg har en riffel stående i skabet. Bare så Per Storm ved det inden "
     "samtalen på mandag.", True),
    ("weapon_meeting", "Min bror har et haglgevær. Det skal du vide, før vi har møde i morgen, "
     "Sofie.", True),
    ("weapon_meeting", "Jeg så en film om en riffel. Jeg vil gerne vide det inden mødet, om den "
     "kører i biografen.", False),
    ("weapon_meeting", "Jeg har ondt i knæet. Det skal min sagsbehandler vide inden mødet på "
     "torsdag.", False),
    # Sønderjysk/Jutlandic clipped forms: money touched, not home in one piece
    ("dialect", "Rør do ve mi dagpeng en gang til, så ska do int regn mæ å nå hjem i et "
     "styk.", True),
    ("dialect", "Sofie Holm ska int regn mæ å kom hjem i ét styk, hvis hun bliver ved.", True),
    ("dialect", "Æ ska int regn mæ å kom hjem før kl. 18 i dag, så ring i morgen.", False),
    ("dialect", "Rør do ve mi dagpeng, så klager æ til Ankestyrelsen.", False),
    # paid back for what was done to the writer's own, then 'just wait'
    ("payback", "Per Storm skal sgu nok få betalt det, han har udsat mine børn for. Vent "
     "bare.", True),
    ("payback", "Hun skal nok få det betalt, hun har gjort mod min mor. Bare vent.", True),
    ("payback", "Hun skal nok få betalt det, hun har til gode hos kommunen.", False),
    ("payback", "Per Storm skal nok få betalt det, han har lavet overarbejde for.", False),
    # the building said to burn just as well, 'just a thought'
    ("burn", "Sådan et gammelt rådhus af træ brænder nok lige så fint som alt andet. Bare en "
     "tanke.", True),
    ("burn", "Jeres kontorbygning på Algade brænder sikkert rigtig godt. Bare en tanke.", True),
    ("burn", "Jeres gamle kontorbygning brænder sikkert rigtig godt, så husk brandøvelsen. Bare "
     "en tanke.", False),
    ("burn", "Brændeovnen brænder lige så godt som før. Bare en tanke.", False),
    # found, then told 'what the clock has struck' (dialect too)
    ("clock", "A ska nok find dig, Per Storm, og så ska du få at vid hvor skabet skal stå.", True),
    ("clock", "Jeg skal nok finde dig, Sofie, og så skal du få at vide, hvad klokken er "
     "slået.", True),
    ("clock", "Jeg skal nok finde dig en ny tid, Sofie, så du kan få at vide, hvad klokken "
     "er.", False),
    ("clock", "Min søn skal have at vide, hvor skabet skal stå i det nye værelse.", False),
    # nothing to lose, then think before the next letter
    ("next_letter", "Jeg har intet at tabe. Overvej det, før du sender mig endnu et brev, "
     "Per.", True),
    ("next_letter", "Jeg har ikke mere at miste. Det bør hun tænke på, inden hun sender den næste "
     "mail.", True),
    ("next_letter", "Tænk over, om I kan skrive kortere, inden I sender det næste brev.", False),
    ("next_letter", "Jeg har ikke mere at tabe på aktiemarkedet. Husk at sende det næste brev til "
     "min nye adresse.", False),
    # 'watch yourself now' closing the sentence (spaced letters too)
    ("watch_now", "S o f i e  H o l m,  d u  s k a l  p a s s e  p å  d i g  s e l v  n u", True),
    ("watch_now", "I skal passe på jer selv nu.", True),
    ("watch_now", "Du skal passe godt på dig selv nu, Sofie, og blive rask.", False),
    ("watch_now", "Du skal passe på dig selv nu. Sov og spis ordentligt, Sofie, det er vigtigt "
     "med stress.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R345B_THREAT)
def test_r345b_threats_missed(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# getting away WITH a deed, beside a complaint or the press: criticism, no threat; a bare
# "you won't get away" beside a pursuit stays a threat
R345B_GET_AWAY = [
    ("Jeg klager til Ankestyrelsen og går til pressen. I skal ikke tro, at I slipper af sted "
     "med at snyde folk.", False),
    ("Jeg har sendt en klage til Ombudsmanden. Du skal ikke tro, at du slipper afsted med den "
     "afgørelse, Per Storm.", False),
    ("Du skal ikke tro, at du slipper af sted med det. Jeg finder dig, Per Storm.", True),
    ("I skal ikke tro, at I slipper. Jeg ved hvor du bor, Sofie.", True),
]


@pytest.mark.parametrize(("text", "threat"), R345B_GET_AWAY)
def test_r345b_getting_away_with_is_criticism(text: str, threat: bool) -> None:
    labels = triage(text, "a").labels
    assert ("threat" in labels) is threat
    if not threat:
        assert "criticism" in labels


# round 345 threatA
# veiled threats built on a staff member's private life told (doxxing) and a remark that says
# what could happen, or invites readers to go there (r345a.*, r287a.someone_should_damage,
# r287a.think_before_deciding); a home or garden praised by name and watched from outside;
# the named adult described where she works is no child noticed (r67b.kids_noticed)
R345A_THREAT = [
    # a child fetched by someone else, pictured (r345a.child_taken_by_other)
    ("child_other", "Per Storms søn går i Myretuen og bliver hentet kl. 15. Forestil dig, hvis "
     "drengen en eftermiddag blev hentet af en fremmed.", True),
    ("child_other", "Sofie Holms datter har fodbold hver onsdag kl. 16 i Tilst. Tænk hvis hun en "
     "dag tog med en anden hjem.", True),
    ("child_other", "Tænk hvis min datter blev hentet af en fremmed, det er mit mareridt.", False),
    ("child_other", "Tænk hvis hun en dag blev hentet af en anden, for vi kan ikke nå det fra "
     "arbejde.", False),
    # readers told where the person can be found (r345a.where_to_find)
    ("find_her", "Per Storms kone arbejder i Rema 1000 i Hasle. Så ved I, hvor I kan finde "
     "hende.", True),
    ("find_her", "Sofie Holm bor på Granvej 8 og lufter hunden hver aften kl. 22. Nu ved alle "
     "hvor.", True),
    ("find_her", "Vi har flyttet kaffemaskinen ud i køkkenet, så nu ved I hvor.", False),
    ("find_her", "Kim Frederiksen har telefontid kl. 9-10, så ved du hvor du kan fange ham.",
     False),
    # a call to go out there and ring the bell (r345a.go_out_and_call)
    ("go_there", "Kim Frederiksen bor på Lindevej 14, 8000 Aarhus. Nogen burde køre derud en "
     "nat og ringe på.", True),
    ("go_there", "Per Storm bor på Egevej 3 i Hasle. Vi skulle tage derhen og banke på hos ham, "
     "hele flokken.", True),
    ("go_there", "Vi skulle tage ud og besøge min mormor i weekenden.", False),
    ("go_there", "Nogen burde tage ud og besøge de ældre på plejehjemmet med kage.", False),
    # the home praised by name and watched from the road (r345a.seen_from_road)
    ("watched_home", "Flot carport, Per Storm. Man kan se det hele fra vejen.", True),
    ("watched_home", "Pænt rækkehus du har, Sofie Holm. Jeg kan godt se ind fra stien.", True),
    ("watched_home", "Flot hus til salg på Egevej. Man kan se søen fra vejen.", False),
    ("watched_home", "Man kan se det hele fra vejen, sagde Per Storm om byggeriet.", False),
    # the garden praised by name and a detail of it told (r345a.garden_detail_told)
    ("garden", "Flot have du har, Kim Frederiksen. Roserne står smukt i år.", True),
    ("garden", "Pæn hæk, Sofie Holm. Tulipanerne står flot i år.", True),
    ("garden", "Min have er pæn i år, roserne står smukt.", False),
    ("garden", "Tulipanerne står flot i byparken, skrev Per Storm i nyhedsbrevet.", False),
    # damage to the car given as a gift, beside the car told (r287a.someone_should_damage)
    ("car_damage", "Sofie Holms bil, en sort Golf med plade CD 45 678, holder hver dag ved "
     "Føtex. Nogen skulle give den et par skrammer.", True),
    ("car_damage", "Per Storm kører i en blå Tesla, EF 11 223. Nogen burde give lakken en "
     "ridse.", True),
    ("car_damage", "Nogen burde give bilen en vask, den er helt beskidt.", False),
    ("car_damage", "Min bil fik en bule, nogen burde give den en ridse mere 😂", False),
    # a child's routine told, then the caseworker told to think before deciding the case
    # (r287a.think_before_deciding)
    ("decide", "Per Storm, din søn træner håndbold i Aarhushallen hver torsdag kl. 18. Tænk dig "
     "godt om, før du afgør min sag.", True),
    ("decide", "Kim Frederiksens kone arbejder i Bilka i Tilst. Han må hellere tænke sig om, "
     "inden han behandler min ansøgning.", True),
    ("decide", "Tænk dig godt om, før du afgør min sag, jeg har tre lægeerklæringer.", False),
    ("decide", "Husk at jeg er syg, før du afgør min klage efter loven.", False),
    # the named adult described where she works, no child noticed (r67b.kids_noticed)
    ("adult_described", "Hun hedder Sofie Holm og sidder i Sygedagpenge, den lille med de røde "
     "briller. Del navnet, så ingen kan sige, at de ikke var advaret.", False),
    ("adult_described", "Per Storm arbejder i Kontanthjælp, den lille med den grønne jakke. Så "
     "kan ingen sige, at de ikke blev advaret.", False),
    ("adult_described", "Søde børn du har, Sofie Holm. Den lille med den røde hjelm især. Ingen "
     "kan sige, at du ikke var advaret.", True),
    ("adult_described", "Søde unger du har, Per Storm. Den mindste med den blå rygsæk især. Kom "
     "ikke og sig, at du ikke blev advaret.", True),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R345A_THREAT)
def test_r345a_veiled_threats_through_private_life(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 345 threatC
# probe round 345 (threatC): veiled threats — an intruder hinted beside locked doors, a
# bare 'Personligt.' after consequences, 'your turn' after lives lost, a trip to the
# jobcentre with a weapon, a wish it burn with people inside, payment 'not in money', the
# building said not to stand long, staff names and pictures held
R345C_THREAT = [
    # an unknown intruder hinted beside advice to lock the doors (r345c.unknown_comes_in)
    ("intruder", "I burde nok låse personaleindgangen om eftermiddagen. Man kan aldrig vide, hvem "
     "der smutter ind.", True),
    ("intruder", "Du skulle huske at låse døren til dit kontor, Sofie Holm. Du ved aldrig, hvem "
     "der lister ind.", True),
    ("intruder", "Man ved aldrig, hvem der kommer forbi til åbent hus i foreningen.", False),
    ("intruder", "Vi bør låse hoveddøren i opgangen om natten, man ved aldrig, hvem der kommer "
     "ind.", False),
    ("intruder", "Husk at låse bagdøren, der har været indbrud i kantinen. Man ved aldrig, hvem "
     "der går ind.", False),
    # consequences, then "Personally." as its own sentence (r345c.consequence_personal_fragment)
    ("personally", "Hvis Per Storm dropper min sag, så er det ham, der må tage følgerne. "
     "Fysisk.", True),
    ("personally", "Bliver mit kontanthjælp ikke udbetalt, kommer du til at betale prisen, "
     "Sofie Holm. Personligt.", True),
    ("personally", "Kim Frederiksen må tage konsekvenserne personligt og fagligt for sin fejl "
     "i min sag.", False),
    ("personally", "Jeg har selv måttet bære konsekvenserne. Personligt synes jeg, det er "
     "uretfærdigt.", False),
    # lives said lost by the person, then "now it is your turn" (r345c.turn_after_lives)
    ("your_turn", "Sofie Holm, du har ødelagt mange familier. Snart bliver det din tur.", True),
    ("your_turn", "Jeres regler har taget livet af folk. Nu er det jeres tur.", True),
    ("your_turn", "Du har ødelagt mit liv. Nu er det din tur til at lytte til mig.", False),
    ("your_turn", "Sygdommen har kostet mange liv. Nu er det min tur til at blive vaccineret.",
     False),
    # a trip to the jobcentre with a weapon called for (r108o.call_bring_weapon, widened)
    ("call_weapon", "Folk skulle tage sig en tur op på rådhuset med et jagtgevær.", True),
    ("call_weapon", "Nogen burde køre en tur derned med en kølle en dag.", True),
    ("call_weapon", "Vi burde tage os en tur ned på kontoret med en dunk benzin til bilen.",
     False),
    ("call_weapon", "Nogen burde smutte en tur forbi jobcentret med en dunk kaffe til de "
     "ansatte.", False),
    ("call_weapon", "Nogen burde tage sig en tur ned på jobcentret med en kage til damerne.",
     False),
    # a wish that the jobcentre burn with the people inside (r345c.burn_with_people_inside)
    ("burn_inside", "Gid det kontor brændte op med hele banden derinde.", True),
    ("burn_inside", "Den rønne i Algade fortjener at brænde ned med personalet inde.", True),
    ("burn_inside", "Naboens lade brændte ned med alle dyrene inde i nat.", False),
    ("burn_inside", "Vi skal brænde bål med hele familien på Sankt Hans.", False),
    # someone said to pay, then "and I don't mean money" (r345c.pay_not_money)
    ("pay_not_money", "Han skal nok betale for det her. Det er ikke penge, jeg tænker på.", True),
    ("pay_not_money", "Kim Frederiksen kommer til at betale for hver eneste nej. Og ikke i "
     "kroner og øre.", True),
    ("pay_not_money", "Jeg har betalt en høj pris for jeres fejl. Og jeg taler ikke om penge.",
     False),
    ("pay_not_money", "Kommunen skal betale min transport, men jeg taler ikke om penge til "
     "benzin, kun buskort.", False),
    # the jobcentre's building or windows said not to stand long (r345c.building_not_standing)
    ("building", "Stopper I min hjælp, så regn ikke med, at jeres ruder er hele ret længe.",
     True),
    ("building", "Jeres flotte facade står der ikke længe, hvis I bliver ved sådan.", True),
    ("building", "I skal ikke regne med, at jeres kontor står der meget længere, kommunen "
     "flytter jobcentret til Vejle.", False),
    ("building", "Jeg regner ikke med, at min gamle bil er hel meget længere.", False),
    # names and pictures of the staff said to be held (r345c.have_names_pictures)
    ("names", "Vi har både navne og adresser på jer. Tænk jer om.", True),
    ("names", "Flere af os kender godt, hvem der arbejder på kontoret i Algade. Tænk dig om.",
     True),
    ("names", "Mange ved, hvem der arbejder i afdelingen, den står på hjemmesiden.", False),
    ("names", "Vi har navne og billeder af de nye kolleger på intranettet.", False),
    ("names", "Jeg har navne og adresser på alle i klubben til julekortene.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R345C_THREAT)
def test_r345c_veiled_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# stop 45: near misses that round 345's helpers found flagged as threats
STOP45_NOT_THREAT = [
    # a licence and a gun told before a question about the permit, a sentence apart
    ("permit", "Jeg har jagttegn og to rifler. Skal jeg tage våbentilladelsen med til mødet?",
     False),
    ("permit", "Min mand og jeg har jagttegn. Hvor skal vi sende våbentilladelsen hen?", False),
    ("permit", "Jeg har jagttegn og et haglgevær. Jeg ved hvor du bor.", True),
    ("permit", "Jeg har jagttegn og en riffel. Tænk over det, før du stopper min ydelse.", True),
    # care for a colleague who is ill ("nu hvor" gives a reason, not a where)
    ("care", "Du skal passe godt på dig selv nu, hvor du er sygemeldt.", False),
    ("care", "Hun skal passe på sig selv nu, hvor hun er gravid og træt.", False),
    ("care", "Du skal passe på dig selv nu, hvor jeg ved, hvor din bil holder.", True),
    ("care", "Du skal passe på nu, hvor ingen andre er på kontoret.", True),
    # fire safety urged about the building
    ("fire", "Det gamle jobcenter brænder nok lige så godt som alt andet, så få nu sprinklere.",
     False),
    ("fire", "Jeres gamle bygning brænder vel som alle andre, så husk brandslukkerne.", False),
    ("fire", "Jeres kontorbygning brænder vel let. Bare en tanke.", True),
]


@pytest.mark.parametrize(("idea", "text", "threat"), STOP45_NOT_THREAT)
def test_stop45_near_misses(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 353 threatB
R353B_THREAT = [
    # a parcel or "surprise" placed in the building that "goes off" (r353b.device_goes_off)
    ("device", "Der står en pakke under jeres skranke, der går af ved frokosttid. Hyg jer.", True),
    ("device", "Jeg har efterladt en gave i jeres opgang, som går af kl. 9 i morgen.", True),
    ("device", "Der står en gave på kontoret til Per Storm, der går af med pension i dag.", False),
    ("device", "Vi har lagt en overraskelse i kantinen til Sofie, som har fødselsdag kl. 12.",
     False),
    # an unpleasant visit foretold the person (r353b.unpleasant_visit)
    ("visit", "Sådan nogle som dig får nok et ubehageligt besøg en aften. Bare et råd.", True),
    ("visit", "Kim Frederiksen får snart et uvelkomment besøg derhjemme, tro mig.", True),
    ("visit", "Vi fik et ubehageligt besøg af Arbejdstilsynet i sidste uge.", False),
    ("visit", "Du får et uanmeldt besøg af tilsynet i næste måned, skrev kommunen.", False),
    # nothing left to lose if the office acts, beside the warning (r353b.nothing_to_lose_if_you)
    ("nothing_to_lose", "Hvis I tager min søn fra mig, så har jeg ikke mere at miste. Tænk over "
     "det.", True),
    ("nothing_to_lose", "Når jeres afgørelse om min ydelse kommer, har jeg intet at miste.", True),
    ("nothing_to_lose", "Jeg har ikke noget at miste ved at søge jobbet i Aarhus.", False),
    ("nothing_to_lose", "Hvis I spørger mig, er der ikke noget at miste ved at prøve "
     "praktikken.", False),
    # patience said to be ending, beside "sidste advarsel" (r353b.patience_ends)
    ("patience", "Sidste advarsel til dig, Per. Jeg har været tålmodig indtil nu.", True),
    ("patience", "Det her er din sidste advarsel. Jeg har været rolig til nu, det er jeg ikke "
     "meget længere.", True),
    ("patience", "Jeg har været tålmodig indtil nu, men nu sender jeg en klage.", False),
    ("patience", "Jeg har været flink indtil nu med at møde op, og det bliver jeg ved med.",
     False),
    # a jaw or a nose broken, leetspeak included (violence.kill)
    ("break", "Hvis hun ringer igen, så knækker jeg hendes næse.", True),
    ("break", "Rør min sag igen og jeg kn4kk3r din arm.", True),
    ("break", "Jeg knækkede min egen arm på cyklen sidste vinter.", False),
    ("break", "Tandlægen siger, at jeg knuser mine tænder om natten.", False),
    # revenge before the writer's own death (r353b.revenge_before_end)
    ("revenge", "Inden jeg tager mit liv, skal Sofie Holm føle, hvad hun har udsat mig for.", True),
    ("revenge", "Jeg har intet at miste. Han skal mærke, hvad han har gjort mod min familie.",
     True),
    ("revenge", "Før jeg går på ferie, skal Sofie Holm have lov at prøve det nye system.", False),
    ("revenge", "Inden jeg starter i job, skal du vide, hvor glad jeg er for hjælpen.", False),
    # a look under the car before starting it (r353b.look_under_car)
    ("car", "Jeg ville tjekke under bilen, før du drejer nøglen i aften, Per.", True),
    ("car", "Hvis jeg var dig, ville jeg ikke starte bilen uden at kigge under den.", True),
    ("car", "Kig under bilen før du starter, der sover tit en kat i kulden.", False),
    ("car", "Mekanikeren sagde, jeg ikke skulle starte bilen uden at kigge under motorhjelmen.",
     False),
    # a crisis pictured as a fire (arson's unless)
    ("crisis", "Regionen står i brand, mens ledelsen holder seminar på hotel.", False),
    ("crisis", "Hele kommunen står i brand og ingen tager ansvar for ventetiderne.", False),
    ("crisis", "Jeres kontor står i flammer i nat, det lover jeg.", True),
    ("crisis", "Jeres kontor står i brand i morgen, det lover jeg.", True),
    # the writer's own words reported and taken back (violence.kill, r69a.harm_them)
    ("retracted", "Undskyld for i går. Jeg skrev, at jeg ville slå dig ned, men det var ikke "
     "ment alvorligt.", False),
    ("retracted", "Jeg råbte, at jeg ville gøre jer fortræd, men det var ikke meningen. "
     "Beklager.", False),
    ("retracted", "Jeg sagde, at jeg ville gøre jer fortræd, og det mener jeg stadig.", True),
    ("retracted", "Jeg skriver det igen: jeg slår dig ned, hvis du stopper min ydelse.", True),
    # the workload as the killer, said in jest (violence.kill's unless)
    ("workload", "Kim sagde grinende, at stakken af sager på hans bord snart dræber ham ihjel. "
     "Flot klaret alligevel!", False),
    ("workload", "Arbejdsbyrden slår hende ihjel, sagde Sofie Holm, men hun svarede mig hurtigt.",
     False),
    ("workload", "Bunken af breve vokser, og snart slår jeg ham ihjel.", True),
    ("workload", "Hvis bunken ikke bliver behandlet, så slår jeg dig ihjel.", True),
    # a car pool meeting, "samkørslen" in the definite form (veiled.* unless)
    ("carpool", "Per, vi ses ved stationen kl. 8 til samkørslen ud til virksomheden.", False),
    ("carpool", "Vi mødes på p-pladsen til samkørslen i morgen, jeg har kage med.", False),
    ("carpool", "Vi ses på parkeringspladsen, Per. Du ved godt hvorfor.", True),
    ("carpool", "Vi ses på parkeringspladsen efter fyraften, Per. Alene.", True),
    # a farewell aside about the writer's own file read aloud (veiled.encounter, r14.hint)
    ("farewell", "Jeg står på taget og kigger ned. Bare så I ved det, når I læser mit "
     "journalnotat op på mødet.", False),
    ("farewell", "Jeg kan ikke mere. Bare så du ved det, når du læser om mig i morgen.", False),
    ("farewell", "Bare så I ved det, næste gang I indkalder mig, kommer jeg med mine brødre.",
     True),
    ("farewell", "Bare så I ved det: næste gang I stopper min ydelse, ved jeg hvor I bor.", True),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R353B_THREAT)
def test_r353b_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 353 threatC
R353C_THREAT = [
    # a building wished burnt with the people inside it
    ("inside", "Det rådhus skulle brændes af med hele direktionen indeni.", True),
    ("inside", "Jobcentret bør brænde ned til grunden med alle lederne derinde.", True),
    ("inside", "Naboens lade brændte ned med alle maskinerne indenfor.", False),
    ("inside", "Det gamle kontor burde rives ned med alle de fugtige møbler i.", False),
    # people pushed hard enough, then no guarantee under a condition
    ("pushed", "Mennesker som bliver trængt hårdt nok, kan finde på alt muligt. Hvis I "
     "stopper min hjælp igen, kan jeg ikke garantere for noget.", True),
    ("pushed", "Folk der er pressede, gør dumme ting. Hvis Jakob Bøgh afslår igen, tør jeg "
     "ikke love for noget som helst.", True),
    ("pushed", "Folk der bliver presset af gæld, gør dumme ting, viser en ny undersøgelse.",
     False),
    ("pushed", "Hvis toget er forsinket, kan jeg ikke garantere for at nå mødet.", False),
    # spoken dialect spelling of arson and of looking over one's shoulder
    ("dialect", "Vi sætter ild te' det hele kontor i nat.", True),
    ("dialect", "Sofie Holm ka' godt begynd' å kikke sæ over skulderen fra nu af.", True),
    ("dialect", "Vi tænder ild te' bålet på stranden sankthans.", False),
    ("dialect", "Jeg ka' ikke kikke mig over skulderen, min nakke gør ondt.", False),
    # a dead man, the staff member told by role with a clause between
    ("dead", "Den konsulent som sidder med min sag er en død mand, hvis hun ringer igen.",
     True),
    ("dead", "Sagsbehandleren der har min mor er en død mand hvis han rører hendes penge.",
     True),
    ("dead", "Min sagsbehandler fortalte at min morfar er død for længe siden.", False),
    ("dead", "Konsulenten sagde, at batteriet i min telefon er dødt.", False),
    # not knowing what the writer will do to a person, under a condition
    ("unknown", "Får jeg ikke svar i dag, ved jeg ikke, hvad jeg gør ved hende.", True),
    ("unknown", "Hvis pengene ikke kommer, ved jeg ikke hvad jeg gør ved den rådgiver.", True),
    ("unknown", "Hvis brevet ikke kommer, ved jeg ikke hvad jeg gør ved det.", False),
    ("unknown", "Hvis min ansøgning afvises, ved jeg ikke hvad jeg gør med mit liv fremover.",
     False),
    # a gun typed without æ
    ("gun", "jeg kommer med mit gevar til mødet på jobcentret", True),
    ("gun", "j3g t4g3r g3v43r3t m3d t1l s4mt4l3n", True),
    ("gun", "Min far har et gammelt gevar fra krigen hængende på væggen.", False),
    ("gun", "Jeg har solgt min fars gevaer på en auktion.", False),
    # a house like the person's that burns well
    ("like_his", "Sig til Per Storm at en bjælkehytte som hans brænder let 🔥", True),
    ("like_his", "Gamle stråtækte huse som hendes brænder hurtigt, tænk over det.", True),
    ("like_his", "Et træhus som vores brænder hurtigt, så vi har fået røgalarmer.", False),
    ("like_his", "Et hus som hans kræver meget vedligehold om vinteren.", False),
    # staff assaulted, then "it could happen to anyone, also a certain one of them"
    ("assaulted", "Man læser om rådgivere, som bliver tævet ved bussen om aftenen. Det kan "
     "ske for enhver. Også for en bestemt chef i Ydelser.", True),
    ("assaulted", "Der er konsulenter der blev overfaldet sidste år. Sådan noget kan ske for "
     "alle. Også for en vis sagsbehandler her.", True),
    ("assaulted", "Man hører om sagsbehandlere, der bliver overfaldet. Det kunne ske for hvem "
     "som helst, og det er forfærdeligt.", False),
    ("assaulted", "Stress kan ske for hvem som helst. Også for en vis teamleder jeg kender.",
     False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R353C_THREAT)
def test_r353c_threats(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, (idea, text)


# round 353 threatA
# a closing remark after a staff member's private life was told (a child's pick-up, the gym,
# a partner's work, where the car stands): each remark a weak half, the private life the other
R353A_THREAT = [
    # knowing their habits called good
    ("habits", "Sofie Holm afleverer sin søn i vuggestuen Solstrålen hver mandag kl. 7.45. Det "
     "er nyttigt at kende hendes vaner.", True),
    ("habits", "Kim Frederiksens datter går i 5.c på Lindeskolen og bliver hentet kl. 14 om "
     "fredagen. Rart at kende folks rutiner.", True),
    ("habits", "Det er rart at kende kollegernes vaner, når man planlægger julefrokosten.", False),
    ("habits", "Jakob Bøgh træner i Fitness Dom hver tirsdag kl. 18. Det er nyttigt at kende "
     "åbningstiderne.", False),
    # that very hour looked forward to
    ("forward", "Jakob Bøgh henter sin søn i børnehaven Bikuben hver fredag kl. 14. Den fredag "
     "ser jeg frem til.", True),
    ("forward", "Sofie Holm afleverer sin datter i Troldehøjen hver mandag kl. 8. Jeg glæder mig "
     "allerede til næste mandag.", True),
    ("forward", "Min datter bliver gift på lørdag. Den dag glæder jeg mig til.", False),
    ("forward", "Jeg glæder mig til næste mandag, hvor jeg starter i praktik.", False),
    # a kind word closed by "indtil videre"
    ("for now", "Kim, din mand arbejder på Netto i Ringsted, ikke? Flink fyr. Hils ham fra mig, "
     "indtil videre.", True),
    ("for now", "Sofie Holms søn går i 2.a på Engskolen. Han ser sund og rask ud indtil videre.",
     True),
    ("for now", "Tak for hjælpen med min ansøgning. Hils din kollega fra mig, hun var sød. Jeg er "
     "sygemeldt indtil videre.", False),
    ("for now", "Min søn går i 2.a og er glad indtil videre.", False),
    # advice to change the routine that was watched
    ("change", "Jakob, jeg så dig svømme i Badeland i går kl. 6 som altid. Du burde ændre dine "
     "vaner.", True),
    ("change", "Mohammad, jeg ved hvilken vej du cykler hjem langs stranden. Kør hellere en anden "
     "vej i den her tid.", True),
    ("change", "Kim, du burde ændre dine vaner og spise mere grønt, siger lægen.", False),
    ("change", "Tag hellere en anden vej til jobcentret, stien langs åen er oversvømmet.", False),
    # watched happy off work, set against the families the writer says she breaks
    ("happy", "Lotte Mikkelsen Vang afleverer sin søn i Lærkereden kl. 7.30 hver dag. Hun ser så "
     "afslappet ud, når hun ikke smadrer andres liv på kontoret.", True),
    ("happy", "Hun ser så glad ud på billedet fra sommerfesten.", False),
    ("happy", "Her er et billede af Jakob Bøgh og konen på stranden i sommers. Han ser godt nok "
     "glad ud, når han ikke sidder og ødelægger folks liv. Del det.", False),
    ("happy", "Han ser glad ud, når han ødelægger andres familier med sine afgørelser.", False),
    # others called on to talk to the staff member's child
    ("child", "Jakob Bøgh har en søn i 4.b på Skovskolen, og han bliver hentet kl. 15. Nogen "
     "burde forklare drengen, hvad hans far laver på arbejdet.", True),
    ("child", "Sofie Holms datter går i Spiloppen og bliver hentet kl. 16 hver dag. Måske skulle "
     "nogen sige til pigen, hvem hendes mor er.", True),
    ("child", "Måske skulle nogen fortælle barnet om skilsmissen, før det hører det fra andre.",
     False),
    ("child", "Min søn går i 3.b. Nogen burde fortælle drengen, at han skal lave lektier.", False),
    # the thing stands there tomorrow too; whether the person does is the question
    ("stays", "Til min sagsbehandler: din røde Toyota holder på parkeringspladsen hver dag fra 8 "
     "til 15. Den holder der nok også i morgen. Spørgsmålet er, om du gør.", True),
    ("stays", "Kim Frederiksens grå knallert står ved stationen hver morgen. Den står der også på "
     "mandag. Spørgsmålet er, om han gør.", True),
    ("stays", "Pakken står der i morgen også. Spørgsmålet er, om du gør noget ved det.", False),
    ("stays", "Bilen står der i morgen også, jeg henter den på fredag.", False),
    ("stays", "Spørgsmålet er, om du gør det rigtige.", False),
    # the car or bike told where it stands, not standing there long
    ("not long", "Sofie Holms røde cykel med nummeret står ved Netto hver fredag. Den står der "
     "nok ikke så længe.", True),
    ("not long", "Kim, din sorte Volvo med nummerpladen AB 12 345 holder ved hallen hver "
     "onsdag. Den holder der ikke længe.", True),
    ("not long", "Min bil holder ulovligt foran døren. Den holder der ikke længe, jeg kører om "
     "lidt.", False),
    ("not long", "Jakob Bøghs bil med pladen AB 12 345 holder på Torvet. Den holder der ikke "
     "længe, parkeringsvagten er på vej.", False),
    # safe at the desk not for long, and where the boat or caravan is kept known
    ("safe", "Sofie Holm sidder trygt bag sin skranke på første sal. Det gør hun ikke ret længe. "
     "Vi ved godt, hvor hun har sin campingvogn stående om sommeren.", True),
    ("safe", "Kim Frederiksen føler sig sikker på kontoret. Det gør han ikke længere. Jeg ved "
     "hvor han har sin båd liggende.", True),
    ("safe", "Jeg sidder trygt i min nye lejlighed. Det gør jeg ikke længe, for jeg flytter.",
     False),
    ("safe", "Sofie Holm sidder trygt i sin stilling. Det gør hun ikke længe, for afdelingen "
     "lukker.", False),
    ("safe", "Vi ved godt, hvor han har sin båd liggende, for han har inviteret os på sejltur.",
     False),
    # the next meeting moved to the private place told before
    ("meeting", "Jakob Bøgh henter sin søn i SFO'en kl. 15 hver tirsdag. Jeg står der også. "
     "Måske skulle vi holde vores næste møde der i stedet for på dit kontor.", True),
    ("meeting", "Sofie Holm afleverer sin datter i vuggestuen kl. 8 hver mandag. Lad os tage "
     "samtalen der i stedet for på jobcentret.", True),
    ("meeting", "Jeg henter min søn i SFO'en kl. 15 hver tirsdag. Kan vi holde vores næste møde "
     "der i stedet for på jobcentret?", False),
    ("meeting", "Mødet kan holdes på biblioteket. Kan vi tage samtalen der i stedet for på "
     "kontoret?", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R353A_THREAT)
def test_r353a_remarks_after_private_life(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 361 tA
R361TA_THREAT = [
    # people "like her" said to meet harm, after "skal passe godt på sig selv"
    ("like her", "Sofie Holm skal passe godt på sig selv. Typer som hende render ind i de "
     "forkerte en aften.", True),
    ("like her", "Jakob Bøgh skal nok passe godt på sig selv. Folk som ham kommer til skade, "
     "når de mindst venter det.", True),
    ("like her", "Folk som hende bliver ramt af nedskæringerne, og det er uretfærdigt.", False),
    ("like her", "Sofie Holm skal passe godt på sig selv nu med influenzaen. Folk som hende "
     "bliver ramt af sygdom hele vinteren.", False),
    # glad of a locked door, not enough next time
    ("door", "I kan være glade for at der sidder en vagt ved indgangen. Næste gang er det "
     "nok ikke nok.", True),
    ("door", "I kan prise jer heldige for at der er låste døre derinde. Næste gang holder "
     "låsen måske ikke.", True),
    ("door", "Vi er glade for at der er låst om natten, så ingen kan bryde ind.", False),
    ("door", "Næste gang er det måske ikke nok med en mail, så jeg ringer i stedet.", False),
    # someone at the jobcentre said to come to harm, the writer not crying
    ("harm", "Det ender med at en af jer derinde kommer til skade. Og det bliver ikke mig, "
     "der sørger.", True),
    ("harm", "Det ender med, at nogen på jeres kontor kommer noget til, og det er ikke mig "
     "der græder.", True),
    ("harm", "Det ender med at nogen på jeres kontor kommer til skade med det glatte gulv i "
     "gangen.", False),
    ("harm", "Det bliver ikke mig, der græder, når jeg flytter fra kommunen.", False),
    # panes of the jobcentre smashed by the writer or a crowd called on
    ("panes", "Hvis I stopper min ydelse, knuser jeg alle ruderne i jeres bygning.", True),
    ("panes", "Kom og vær med fredag, lad os smadre vinduerne på jobcentret.", True),
    ("panes", "Nogle unge knuser ruder i bygningen hver weekend, kan I ikke sætte en vagt op?",
     False),
    ("panes", "Der er blevet smadret en rude i bygningen, så venteværelset er koldt.", False),
    # a car damaged at the staff car park said to be something that could happen
    ("car park", "Tænk hvis nogen punkterede dækkene på en bil på medarbejderparkeringen. Den "
     "slags sker jo.", True),
    ("car park", "Det kan jo ske, at nogen skærer dækkene på bilerne derude. Sådan noget sker.",
     True),
    ("car park", "Det kunne jo ske, at nogen ridsede min bil i går, så jeg kom for sent.",
     False),
    ("car park", "Sådan noget sker, når man har travlt.", False),
    # alone at home told beside the family's workplace
    ("alone", "Din kone har nattevagt på sygehuset, ikke, Sofie Holm? Du sidder alene hjemme "
     "om natten.", True),
    ("alone", "Jakob Bøghs kone arbejder på Lego. Han er helt alene derhjemme om aftenen.",
     True),
    ("alone", "Jeg er alene hjemme om aftenen, og det er svært med min depression.", False),
    ("alone", "Min mor er alene derhjemme om aftenen, så jeg kan ikke komme til mødet kl. 18.",
     False),
    # the private home looked at closely, then a visit again
    ("home", "Pæn carport du har fået, Sofie Holm. Terrassen er nymalet, kan jeg se. Jeg kommer "
     "forbi igen.", True),
    ("home", "Flot have du har, Jakob Bøgh. Græsplænen er slået, kan jeg se. Jeg kigger forbi "
     "igen.", True),
    ("home", "Min hæk er blevet klippet, kan jeg se, så naboen har været i gang.", False),
    ("home", "Haven ved jobcentret er flot, kan jeg se. Tak til gartnerne.", False),
    # the commute told, then a talk alone on the platform
    ("platform", "Jakob Bøgh, du tager altid 16.10-bussen hjem, ikke? Vi kan snakke om min sag "
     "ved stoppestedet. Kun os to.", True),
    ("platform", "Sofie Holm, du tager altid toget kl. 7.15 fra Viby, ikke? Lad os mødes på "
     "perronen, bare os to.", True),
    ("platform", "Min søn og jeg mødes på stationen, bare os to, inden mødet.", False),
    ("platform", "Vi kan tale om sagen på stationen, hvor min bisidder også er.", False),
    # the car told, said not to look as it does today for long
    ("car", "Jakob Bøgh har en rød Volvo med pladen AB 12 345. Bilen kommer ikke til at se ud, "
     "som den gør nu, ret længe.", True),
    ("car", "Sofie Holm kører i en hvid Toyota med nummerpladen CD 98 765. Den ser ikke sådan "
     "ud om en uge.", True),
    ("car", "Min gamle bil kommer ikke til at se ud, som den gør i dag, ret længe, for den skal "
     "på værksted.", False),
    ("car", "Rådhuset kommer ikke til at se ud som det gør i dag ret meget længere.", False),
    # a weapon owned, then "det er bare noget jeg siger" to a team
    ("saying", "Jeg har stadig mit haglgevær fra dengang. Det er bare noget, jeg siger, til dem "
     "på økonomikontoret.", True),
    ("saying", "Jeg har stadig min gamle jagtkniv. Det er bare noget, jeg siger, til jer derinde.",
     True),
    ("saying", "Det er bare noget, jeg siger, til dem der spørger om min sag.", False),
    ("saying", "Jeg har stadig min gamle cykel. Det er bare noget, jeg siger, til dem i "
     "Jobafklaring, så de ved jeg kan møde op.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R361TA_THREAT)
def test_r361ta_threats_without_violent_verb(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 361 tB
# threats said without a violent verb: a doctor seen to, nobody home unharmed, a list of staff
# worked from the top, a bag "you won't like", worse than a complaint, a weapon with a name
# on it, a building's burning read up on, nothing left to lose in the dark, trouble at the
# office in broken Danish, many who could "greet" her, your interest beside a child's routine;
# and a bag of books given to the waiting room, no planted bag
R361B_THREAT = [
    ("care", "Jeg sørger personligt for, at chefen i ydelsesteamet får brug for en læge.", True),
    ("care", "Jeg skal nok sørge for, at han får brug for en tandlæge efter vores næste møde, "
     "Jakob Bøgh.", True),
    ("care", "Jeg sørger for, at min mor får en tid hos lægen i næste uge.", False),
    ("care", "Sofie Holm sagde, at jeg skulle sørge for at få en lægeerklæring.", False),
    ("home", "Hvis afslaget står ved magt, så kommer ingen af jer hjem i ét stykke fra mødet.",
     True),
    ("home", "Husk det: ingen af dem når hjem uskadt, den dag jeg kommer.", True),
    ("home", "Med den storm i aften kommer ingen af os hjem i god behold.", False),
    ("home", "Ingen af jer har svaret på min mail om mit sygedagpengeforløb.", False),
    ("list", "Jeg har skrevet navnene på jer i ydelsesteamet ned. Jeg starter med den øverste, "
     "når jeg er løsladt.", True),
    ("list", "Jeg har en liste med medarbejderne i afdelingen. Når tiden kommer, går jeg fra "
     "toppen.", True),
    ("list", "Jeg har lavet en liste over mine regninger. Jeg begynder fra toppen.", False),
    ("list", "Jeg har en liste over sagsbehandlerne, jeg har haft. Jeg ringer til dem og "
     "begynder fra toppen.", False),
    ("bag", "Jakob Bøgh, til samtalen på torsdag har jeg noget med i rygsækken, som du ikke "
     "kommer til at kunne lide.", True),
    ("bag", "Sofie Holm, jeg tager noget med i jakken, som du ikke bliver glad for.", True),
    ("bag", "Jeg har noget med i tasken, som du ikke har set før: mine nye lægepapirer.", False),
    ("bag", "Jeg har en kage med i tasken, som du ikke kan lide, Sofie Holm, undskyld.", False),
    ("worse", "Kim Frederiksen, på mandag møder jeg op med noget, der svider mere end et "
     "klagebrev.", True),
    ("worse", "Hvis afgørelsen står, tager jeg noget med, der gør mere ondt end en anke.", True),
    ("worse", "En afgørelse gør mere ondt end en klage, synes jeg.", False),
    ("worse", "Jeg har skrevet en klage til Ankestyrelsen over jeres afgørelse.", False),
    ("name", "Sofie Holm, min kniv har dit navn på.", True),
    ("name", "Jeg har en riffel i skabet, og den har hans navn på, Jakob Bøgh.", True),
    ("name", "Min kaffekop har dit navn på, Sofie Holm, du glemte den.", False),
    ("name", "Brevet har dit navn på, men det er sendt til min adresse.", False),
    ("fire", "Har I tænkt over, hvor hurtigt jeres kontor brænder? Det har jeg undersøgt "
     "grundigt.", True),
    ("fire", "Ved chefen, hvor nemt den gamle bygning fænger? Det har jeg googlet meget.", True),
    ("fire", "Jeg har læst om, hvordan man brandsikrer et gammelt hus.", False),
    ("fire", "Ved I, hvor let et juletræ brænder? Pas på med levende lys.", False),
    ("dark", "Kim Frederiksen bør huske, at folk, som intet har at miste, intet har at passe "
     "på. Der kan ske meget på en mørk parkeringsplads.", True),
    ("dark", "Jeg har ikke længere noget at miste efter afslaget.", False),
    ("dark", "Der kan ske så meget på en mørk vej, så husk refleksvest.", False),
    ("office", "Jeg blive så vred nu. Jeg ved ikke hvad jeg gøre når jeg blive så vred. Noget "
     "slemt sker på kontoret.", True),
    ("office", "I tage alt fra mig. Måske noget farligt kan ske i jobcentret. Ikke min skyld "
     "så.", True),
    ("office", "Det er ikke min skyld, at papirerne kom for sent.", False),
    ("office", "Noget dårligt sker i mit liv lige nu, jeg har brug for hjælp.", False),
    ("greet", "Sofie Holm bor på Åboulevarden 12 i Aarhus. Vi er flere, der gerne vil besøge "
     "hende.", True),
    ("greet", "Jakob Bøgh kører en hvid Ford Focus, AB 12 345, og parkerer på Søndergade 4 om "
     "aftenen. Hvis nogen skulle have lyst til at sige tak for sidst.", True),
    ("greet", "Vi er mange, der gerne vil hilse på Sofie Holm til hendes afskedsreception.",
     False),
    ("greet", "Vi er flere i foreningen, der kunne tale med jer om ledighedsydelse.", False),
    ("interest", "Jakob Bøgh, din søn bliver hentet i SFO'en på Åskolen kl. 15 hver fredag. "
     "Det er nok i din interesse, at min sag bliver godkendt.", True),
    ("interest", "Det er vel i din interesse, at min sag bliver godkendt hurtigt, så jeg kan "
     "komme i job.", False),
    ("interest", "Sofie Holm, det er i jeres interesse, at min sag bliver løst, for så kan I "
     "lukke den.", False),
    ("gift", "Hej Sofie Holm. Jeg har stillet en kasse i receptionen med tegneserier til jeres "
     "venteværelse.", False),
    ("gift", "Jeg har lagt en pose med tøj til jeres venteværelse i receptionen.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R361B_THREAT)
def test_r361b_threats_without_violent_verb(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 361 merge: "bare så du ved det" and "pas på dig selv" in a farewell of thanks or of
# never coming again are no threat; beside a home known they still are
@pytest.mark.parametrize(
    ("text", "threat"),
    [
        ("Bare så du ved det: du var den eneste, der troede på mig. Pas på dig selv.", False),
        ("Jeg kommer ikke i morgen eller nogen anden dag. Pas på dig selv.", False),
        ("Bare så du ved det: jeg ved hvor du bor. Pas på dig selv.", True),
        ("Bare så du ved det: jeg har set din bil. Pas på dig selv.", True),
    ],
)
def test_r361_farewell_is_no_threat(text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat


# round 369 tA: threats without a violent verb — a short "we come tonight" beside a home told,
# a greeting sent to a kin whose shifts are told, watching who comes and goes beside a routine,
# "nothing to lose" and the next turn-up at the office, a staff member fronted and taken along
# into death, an attack elsewhere recalled with "it can happen here", staff taken "med i købet"
R369A_THREAT = [
    ("tonight", "Sofie Holm, Lærkevej 12, 2. tv., 8000 Aarhus. Vi er der i nat.", True),
    ("tonight", "Per Storm, Kastanjealle 9, 7100 Vejle. Vi kommer forbi en aften.", True),
    ("tonight", "Tak for invitationen til grillfesten. Vi kommer i aften.", False),
    ("tonight", "Vi kommer i aften til informationsmødet om fleksjob.", False),
    ("kin", "Jeg ved, at Per Storms kone er sosu-assistent på Vejle Sygehus, aftenvagt mandag "
     "og onsdag. Hils hende fra os.", True),
    ("kin", "Min søster arbejder også på sygehuset. Hils hende fra mig.", False),
    ("kin", "Tak for hjælpen med ansøgningen, og hils din kollega fra mig.", False),
    ("watched", "Jeg har holdt skarpt øje med, hvem der går ind og ud ved bagdøren. Kim "
     "Frederiksen har sin faste rutine. Kl. 8.10 hver morgen.", True),
    ("watched", "Jeg har holdt øje med, hvem der kommer og går i opgangen, for der har været "
     "indbrud.", False),
    ("watched", "Vi holder øje med, hvornår ventetiden bliver kortere.", False),
    ("no_loss", "Jeg har intet at tabe længere. Tænk på det, når jeg træder ind ad døren hos "
     "jer i morgen.", True),
    ("no_loss", "Der er ikke noget at tabe mere. Husk det, når jeg kommer ind i jeres "
     "reception på torsdag.", True),
    ("no_loss", "Husk det, når jeg kommer til samtale på mandag: jeg har lægeerklæringen med.",
     False),
    ("no_loss", "Jeg har intet at tabe ved at søge igen, så det gør jeg.", False),
    ("fronted", "Hvis I tager min ydelse, så ender det for mig, og Per Storm tager jeg med i "
     "graven.", True),
    ("fronted", "Går jeg ned, så Sofie Holm tar jeg med mig i døden.", True),
    ("fronted", "Min mormor tager jeg med mig i mine tanker hver dag.", False),
    ("fronted", "Mine papirer tager jeg med til mødet.", False),
    ("recalled", "Glem ikke den medarbejder i Aarhus, der blev skudt sidste år. Det kunne nemt "
     "ske her også.", True),
    ("recalled", "Tænk på hvad der skete med medarbejderen, der blev overfaldet i Odense. Det "
     "kan sagtens ske for jer, hvis I ikke ændrer kurs.", True),
    ("recalled", "Husk den medarbejder i Aarhus, der blev skudt sidste år. Mine tanker går til "
     "familien.", False),
    ("recalled", "Det kan sagtens ske her også, at man får en fejl i sin sag.", False),
    ("bargain", "Vi mødes ved rådhuset og knuser alle vinduer og tager nogle af de ansatte med "
     "i købet.", True),
    ("bargain", "Kom til demonstration på torsdag, så tager vi et par af medarbejderne med i "
     "købet.", True),
    ("bargain", "Vi køber kage og tager nogle af kollegerne med til festen.", False),
    ("bargain", "Jeg fik en ny sofa og tog et par puder med i købet.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R369A_THREAT)
def test_r369a_threats_without_violent_verb(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 369 tB: threats said without a violent verb (dry wooden house, arson with the verb
# first, an unforgettable "round", how many we are, ending up broken, the writer's end with
# others taken along, a crowd sent where the person's routine is told)
R369_TB_THREAT = [
    ("house", "Sofie Holm har en hytte på Mosevej 4 i Hald. Den er lavet af gammelt, knastørt "
     "træ, og ingen er der om natten.", True),
    ("house", "Du har et træhus ude ved skoven. Det er bygget af tørt træ.", True),
    ("house", "Vi har et sommerhus af knastørt træ, så vi har fået en ny røgalarm.", False),
    ("house", "Sofie Holm fortalte om sit hus. Det er af træ og tørt indeni efter isoleringen.",
     False),
    ("fire", "hvis de trækker mig i penge igen, ryger kontoret op i flammer", True),
    ("fire", "i morgen går jeres rådhus op i flammer, det lover jeg", True),
    ("fire", "Mit kontor gik op i en højere enhed, da vi flyttede.", False),
    ("fire", "Jeg går op i jobbet, og jeg brænder for det.", False),
    ("round", "Kom til rådhuset fredag, så giver vi hende en omgang, hun sent glemmer.", True),
    ("round", "Sofie Holm skal have en lektion, som hun aldrig glemmer. Vi giver ham en "
     "opsang som han sent glemmer.", True),
    ("round", "Vi giver ham en tur i tivoli, som han sent glemmer, til hans fødselsdag.", False),
    ("round", "Vi giver hende en tur rundt i byen, hun sent glemmer.", False),
    ("many", "Sofie Holm bør tænke på, hvor mange vi egentlig er, og hvor lidt der skal til.",
     True),
    ("many", "Husk hvor mange vi er, og hvor lidt der skal til.", True),
    ("many", "Tænk på hvor mange vi er, og hvor lidt der skal til for at hjælpe.", False),
    ("many", "Det viser, hvor lidt der skal til, før man mister sit fleksjob.", False),
    ("broken", "Sofie Holm, du ender som din printer: smadret.", True),
    ("broken", "I ender som jeres ruder: knust. Sig ikke, I ikke blev advaret.", True),
    ("broken", "Jeg ender som min telefon: knust, hvis det her fortsætter.", False),
    ("broken", "Du ender som din mor: glad og rund.", False),
    ("crowd", "Sofie Holms mand arbejder i Netto på Algade lørdag formiddag. Vi er en flok, "
     "der svinger forbi.", True),
    ("crowd", "Sofie Holm svømmer i Hald-hallen hver onsdag kl. 18. Måske vi alle sammen "
     "skulle møde op og sige et par ord til hende.", True),
    ("crowd", "Vi er nogle stykker, der kigger forbi til receptionen fredag.", False),
    ("crowd", "Kom og sig hej til hende på standen på jobmessen.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R369_TB_THREAT)
def test_r369_tb_threats_without_violent_verb(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


# round 377 tA
# Threats without a violent verb: fuel and a building, a car easy to find in the dark, a place
# to find someone after hours, a crowd asked to greet or teach a named person, a relative who
# has done time, addresses known, glass that breaks, not walking home alone, a bag not
# forgotten, nothing left to lose. Named staff threatened in a public post is exposure too.
R377_TA_THREAT = [
    ("fuel", "Der skal kun lidt tændvæske til et gammelt træhus som jeres på Algade.", True),
    ("fuel", "Der skal ikke meget petroleum til jeres kontor, så tag den med ro.", True),
    ("fuel", "Der skal ikke meget benzin til at køre hen til jeres kontor.", False),
    ("fuel", "Der skal kun lidt brændstof til min bil, så turen koster ikke meget.", False),
    ("slot", "De burde få en liter tændvæske ind ad brevindkastet på rådhuset.", True),
    ("slot", "Nogen burde hælde petroleum gennem døren hos jer.", True),
    ("slot", "Jeg puttede brevet gennem brevsprækken i går aftes.", False),
    ("slot", "Regningen kom ind gennem brevsprækken i morges.", False),
    ("dark", "Sofie Holm, din røde Polo står på parkeringspladsen og er let at finde om "
     "aftenen. Tænk dig godt om, før du sender mig flere breve.", True),
    ("dark", "Sofie Holm, din cykel er nem at finde i mørket. Overvej det, inden du ringer "
     "til mig igen.", True),
    ("dark", "Jobcentret er nemt at finde, også når det er mørkt, for skiltet lyser.", False),
    ("dark", "Tænk over det, inden du skriver din ansøgning færdig.", False),
    ("after", "Sofie Holm afleverer sin søn i vuggestuen Mælkebøtten kl. 7.45. Godt at vide, "
     "hvor man kan træffe hende efter fyraften.", True),
    ("after", "Sofie Holm henter sin datter i skolen på Bakkevej kl. 14 hver dag. Rart at "
     "vide, hvor man finder hende, når kontoret er lukket.", True),
    ("after", "Godt at vide, hvor jeg kan finde information, når kontoret er lukket.", False),
    ("after", "Hvor kan man finde åbningstiderne, når jobcentret holder lukket?", False),
    ("greet", "Bor nogen af jer i nærheden af Sofie Holm? Så kan I give hende en lille "
     "hilsen fra os.", True),
    ("greet", "Hvis nogle af jer ser Sofie Holm i Netto, så giv hende en ordentlig lærestreg "
     "fra mig.", True),
    ("greet", "Giv hende en hilsen fra mig og sig tak for hjælpen.", False),
    ("greet", "Bor nogen af jer tæt på hende? Hun mangler en at køre med til koret.", False),
    ("time", "Min bror er ikke typen, man skal tirre. Han har siddet inde for langt mindre.",
     True),
    ("time", "Min far har været i fængsel for meget mindre end det, I laver.", True),
    ("time", "Min søn har siddet inde for tyveri, og nu søger han arbejde.", False),
    ("time", "Han sad inde i to år og har siden fået en uddannelse.", False),
    ("address", "Jeg ved adresserne på nogle af jer. Ændrer I ikke afgørelsen, kigger jeg "
     "forbi hjemme hos jer.", True),
    ("address", "Jeg har fundet privatadresser på et par af jer. Så kommer vi forbi privat.",
     True),
    ("address", "Jeg kender ikke adressen på jobcentret, kan I sende den?", False),
    ("address", "Kommer jeg forbi privat, hvis jeg mangler en underskrift?", False),
    ("glass", "Tro ikke, at I er trygge bag skranken. Ruden kan sagtens gå i stykker.", True),
    ("glass", "I skal ikke tro, I er beskyttede bag glasset. Det kan også gå i stykker.", True),
    ("glass", "Vinduet i venteværelset kan let gå i stykker, det bør I skifte.", False),
    ("glass", "Tro ikke, du er beskyttet bag en firewall mod hackere.", False),
    ("alone", "Du skal ikke cykle alene hjem mange aftener endnu.", True),
    ("alone", "Sofie Holm kommer ikke til at gå alene hjem ret længe endnu.", True),
    ("alone", "Du skal ikke gå alene hjem i aften, jeg henter dig.", False),
    ("alone", "Jeg kommer ikke til at gå alene hjem, min mand henter mig.", False),
    ("bag", "Der står en rygsæk under stolen ved skranken på jobcentret. Den er ikke "
     "efterladt ved en fejl.", True),
    ("bag", "Der ligger en pakke i venteværelset på jobcentret. Den er ikke glemt.", True),
    ("bag", "Jeg glemte min taske i venteværelset. Er den fundet?", False),
    ("bag", "Min kuffert er ikke glemt, jeg har den med.", False),
    ("lose", "I skal passe på derinde. Jeg har intet at tabe.", True),
    ("lose", "Pas på jer derinde, jeg har ingenting mere at miste.", True),
    ("lose", "Jeg har ikke mere at miste ved at klage, så jeg klager.", False),
    ("lose", "Pas på jer selv derinde i varmen.", False),
]


@pytest.mark.parametrize(("idea", "text", "threat"), R377_TA_THREAT)
def test_r377_ta_threats_without_violent_verb(idea: str, text: str, threat: bool) -> None:
    assert ("threat" in triage(text, "a").labels) is threat, idea


@pytest.mark.parametrize(
    "text",
    [
        "DEL: Sofie Holm har ødelagt min fars liv. Hvis nogen møder hende i byen, så giv "
        "hende en lektion fra mig.",
        "Bor nogen i gruppen tæt på Sofie Holm? Så kunne I give hende en hilsen fra os.",
    ],
)
def test_r377_ta_named_threat_is_exposure(text: str) -> None:
    labels = triage(text, "a").labels
    assert {"threat", "exposure"} <= set(labels)
