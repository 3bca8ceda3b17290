"""The doxxing label: private data tied to a staff member, never official or the writer's own."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from borgerpost.detect.context import PipelineContext
from tests.detect.labels.conftest import run
from tests.detect.labels.engine import triage

# (text, PII quote, reason start)
POSITIVES = [
    (
        "Jakob Bøgh bor på Egernvej 14, 5960 Søby. Bare så I ved det.",
        "Egernvej 14, 5960 Søby",
        "Privat adresse",
    ),
    (
        "Vil I sige noget til Sofie Holm, så er hendes mobil 28 91 73 40.",
        "28 91 73 40",
        "Privat telefonnummer",
    ),
    ("Mohammad Nassers cpr-nummer er 120376-1234.", "120376-1234", "CPR-nummer"),
    # a caseworker named by role in the genitive; a gym routine told with days and hour;
    # an address where the unit's name is only the writer's benefit ("min kontanthjælp")
    (
        "Jeg fandt min sagsbehandlers bil ved Føtex: grå Skoda, CK 47 219. Hils på hende.",
        "CK 47 219",
        "Nummerplade",
    ),
    (
        "Per Storm træner crossfit i Fitness World på Banegårdspladsen mandag og onsdag kl. 18.",
        "træner crossfit i Fitness World på Banegårdspladsen mandag og onsdag kl. 18",
        "Fast rutine",
    ),
    (
        "Hvis Per Storm stopper min kontanthjælp igen, får han besøg på Lærkevej 12.",
        "Lærkevej 12",
        "Privat adresse",
    ),
    # the data word's owner, with the writer telling how it came ("jeg fik …") between
    (
        "Per Storms CPR-nummer stod i et brev, jeg fik ved en fejl: 120376-1234. Værsgo.",
        "120376-1234",
        "CPR-nummer",
    ),
    ("Per Storm kører i en sort Ford, AB 12 345.", "AB 12 345", "Nummerplade"),
    # probe round 50: a staff member pointed out by "den" and a title, perhaps with an
    # adjective; the data word with its owner after it ("CPR-nummeret på …")
    (
        "Jeg har fundet CPR-nummeret på den teamleder, der afviste mig: 120376-1234.",
        "120376-1234",
        "CPR-nummer",
    ),
    (
        "Den skaldede sagsbehandler fra 3. sal bor på Egernvej 14, 5960 Søby.",
        "Egernvej 14, 5960 Søby",
        "Privat adresse",
    ),
    # a pronoun after a staff member's child is the child: its routine is the family's
    (
        "Hils din datter fra mig, Sofie. Det er vel stadig hende, der træner håndbold i "
        "Søbyhallen torsdag kl. 16?",
        "træner håndbold i Søbyhallen torsdag kl. 16",
        "Fast rutine",
    ),
    # probe round 52: a train written with its departure; houses counted down the road;
    # a picture at a named festival
    (
        "Per Storm tager 16.12-toget hjem fra perron 2 hver dag.",
        "tager 16.12-toget hjem fra perron 2 hver dag",
        "Fast rutine",
    ),
    (
        "Min sagsbehandler Per Storm bor forresten tre huse længere nede ad vejen, i nr. 15.",
        "tre huse længere nede ad vejen, i nr. 15",
        "Privat adresse",
    ),
    (
        "Her er et billede af Per Storm på Roskilde Festival med en øl i hånden.",
        "billede af Per Storm på Roskilde Festival",
        "Billede eller film fra privatlivet",
    ),
    # a car told by colour and make, where it stands and when
    (
        "Jeg ved godt, hvor du parkerer, Sofie. Den grå Polo bag Netto på Møllevej, hver morgen.",
        "Den grå Polo bag Netto på Møllevej, hver morgen",
        "Fast rutine",
    ),
    # a morning run told with its hour; "åbent" in the next sentence is no opening hour
    (
        "Per Storm løber altid alene rundt om søen kl. 6 om morgenen. Hans rute ligger åbent.",
        "løber altid alene rundt om søen kl. 6",
        "Fast rutine",
    ),
    # the neighbours' street is the staff member's own
    (
        "Tror I ikke, Per Storms naboer på Rosenvænget gerne vil vide, hvad han laver?",
        "Rosenvænget",
        "Privat adresse",
    ),
    # a picture shown of a named person in a private place
    (
        "Her er Per Storm i sit sommerhus ved Skagen. Del billedet!",
        "Her er Per Storm i sit sommerhus",
        "Billede eller film fra privatlivet",
    ),
    ("LMV's private mail: lotte.v@hotmail.com", "lotte.v@hotmail.com", "Privat e-mail"),
    (
        "Her er Sofie til julefrokost: https://i.imgur.com/Zx81.png",
        "https://i.imgur.com/Zx81.png",
        "Privat billede",
    ),
    (
        "Jakob Bøghs søn går i 4.c på Nordskolen.",
        "Bøghs søn går i 4.c på Nordskolen",
        "Barns skole",
    ),
    (
        "Anne-Mette Lunds mand er tandlæge hos Smil & Co.",
        "Lunds mand er tandlæge hos Smil",
        "Arbejdsplads for ægtefælle eller nær familie",
    ),
    ("Jeg ved at Sofie tager toget kl. 7.12 hver morgen.", "tager toget kl. 7.12", "Fast rutine"),
    (
        "Del Per Storms adresse og hans kones arbejdsplads!",
        "hans kones arbejdsplads",
        "Arbejdsplads",
    ),
    (
        "Nogen har filmet Jakob Bøgh i Netto i lørdags.",
        "filmet Jakob Bøgh i Netto",
        "Billede eller film fra privatlivet",
    ),
    (
        "Per Storm er født 14.06.1977, og hans cpr ender på 1357.",
        "14.06.1977",
        "Fødselsdato",
    ),
    (
        "Jakob Bøgh skal ikke bestemme over os. Hans private Instagram er fuld af ferier.",
        "Hans private Instagram",
        "Privat profil",
    ),
    (
        "Kender I Sofie Holm? Her er billeder af hende på stranden.",
        "billeder af hende på stranden",
        "Billede eller film fra privatlivet",
    ),
    ("Kender I Per Storm? Han bor på Egernvej 14.", "Egernvej 14", "Privat adresse"),
    (
        "Min sagsbehandler bor på Egernvej 14, 5960 Søby.",
        "Egernvej 14, 5960 Søby",
        "Privat adresse",
    ),
    (
        "J a k o b  B ø g h  b o r  p å  E g e r n v e j  1 4",
        "E g e r n v e j  1 4",
        "Privat adresse",
    ),
    # the address is the name: "fornavn.efternavn@gratismail", also spelt out
    ("per.storm@hotmail.com er hans private, skriv løs", "per.storm@hotmail.com", "Privat e-mail"),
    ("sofie.holm (at) gmail (dot) com", "sofie.holm (at) gmail (dot) com", "Privat e-mail"),
    ("Sofie Holm fra Jobafklaring bor på Egernvej 14.", "Egernvej 14", "Privat adresse"),
    # a parent's workplace, children at a named school
    (
        "Per Storms far er pedel på Vestskolen.",
        "Storms far er pedel på Vestskolen",
        "Arbejdsplads for ægtefælle eller nær familie",
    ),
    (
        "Jakob Bøgh har selv to drenge på Vestskolen.",
        "har selv to drenge på Vestskolen",
        "Barns skole/institution",
    ),
    # an address right after the name, though the sentence speaks of the jobcentre
    ("Til jobcentrets ansatte: Per Storm, Egernvej 14. Nu ved I det.", "Egernvej 14",
     "Privat adresse"),
    ("Sofie Holms CPR er 120483-xxxx, vi har resten.", "120483-xxxx", "Fødselsdato"),
    # outside working hours is no work number
    ("Vil man fat i Per Storm uden for arbejdstid, er hans mobil 28 91 73 40.", "28 91 73 40",
     "Privat telefonnummer"),
    # the plural "I" points back to the person greeted, though "jeg ved" comes before it
    ("Hej Sofie. Jeg ved godt, at I bor ude ved Engdraget nu.", "Engdraget", "Privat adresse"),
    # the match points at its person itself: "vi har" is who holds the pictures
    ("Vi holder øje med Sofie Holm. Vi har fotos af hende og hendes mand på stranden.",
     "fotos af hende og hendes mand", "Billede eller film fra privatlivet"),
    # a pronoun pointing forward to the person named in the next sentence
    ("Hendes søn går i 2.a på Vestskolen. Sofie Holm kan tænke over det.",
     "Hendes søn går i 2.a på Vestskolen", "Barns skole"),
    # a staff member pointed out by unit, not by name (register A: Jobafklaring)
    ("Ham den lange fra Jobafklaring kører i en hvid Golf, DK 44 123.", "DK 44 123",
     "Nummerplade"),
    # probe round 24: a greeting, then a staff member named in the third person
    ("Hej Sofie. Jeg har talt med Per Storm. Hans private nummer er 28 91 73 40.",
     "28 91 73 40", "Privat telefonnummer"),
    # probe round 34: "deres" written small takes up the person and the partner named with them
    ("Sofie Holms mand er lærer, ved jeg. Og deres søn går i 2.a på Vestskolen.",
     "deres søn går i 2.a på Vestskolen", "Barns skole"),
    # the partner taken up by a pronoun in the next sentence
    ("Per Storm, jeg kender din kone. Hun arbejder i Netto på Vestergade.",
     "din kone. Hun arbejder i Netto på Vestergade", "Arbejdsplads"),
    # probe round 36: where the partner is greeted, a car where it stands after work, a
    # training routine with days and an hour
    ("Per Storm, hils din kone nede i Brugsen.", "hils din kone nede i Brugsen", "Arbejdsplads"),
    ("Sofie Holm, vi venter ved din grå Golf på Søndergade efter arbejde.",
     "ved din grå Golf på Søndergade efter arbejde", "Fast rutine"),
    ("Jakob Bøgh træner i fitnesscentret på Banegårdsgade mandag og torsdag kl. 17.",
     "træner i fitnesscentret på Banegårdsgade mandag og torsdag kl. 17", "Fast rutine"),
    # probe round 38: a phone typed digit by digit with a dash, a house told by sight, a
    # home by its town, children "derude på" a school, a time put before "går han"
    ("Hendes private nummer er 2 2 4 1 – 8 8 7 0. Det er Sofie Holm.", "2 2 4 1 – 8 8 7 0",
     "Privat telefonnummer"),
    ("Giv Per Storm en lærestreg. Han bor alene i det gule hus ved åen.",
     "det gule hus ved åen", "Privat adresse"),
    ("Mød op ved hans hus i Skovby lørdag, alle der kender Jakob Bøgh.", "hus i Skovby",
     "Privat adresse"),
    ("Pas på dine unger derude på Bakkeskolen, Per Storm.", "dine unger derude på Bakkeskolen",
     "Barns skole"),
    ("Per Storm bor ved siden af min mor, og hver morgen kl. 7.10 går han tur med hunden.",
     "hver morgen kl. 7.10 går han", "Fast rutine"),
    # probe round 59: the writer as the point a staff member's home is told from; children
    # told with two words before them, at a playground, in two classes
    ("Til Per Storm, som bor to opgange fra mig på Lærkevej 9: du kunne godt hilse.",
     "Lærkevej 9", "Privat adresse"),
    ("Sig til Sofie Holm, at jeg ser hendes to små drenge på legepladsen hver dag.",
     "hendes to små drenge på legepladsen", "Barns skole"),
    ("Jakob Bøgh har to drenge i 1. og 3. klasse på Vestre Skole.",
     "har to drenge i 1. og 3. klasse", "Barns skole"),
    # the partner told by a job at a shop, married to the staff member (probe round 57)
    ("I Netto på Torvet sidder ekspedienten Rikke, og ekspedienten Rikke er gift med Per Storm.",
     "ekspedienten Rikke er gift med", "Arbejdsplads"),
    # probe round 69: a routine asked "hvem …?" and answered by the name; a club post
    ("Gæt hvem der står som træner for U10 hver onsdag kl. 16.30? Per Storm fra jobcentret.",
     "står som træner for U10 hver onsdag", "Fast rutine"),
    ("Sofie Holm er som hjælpetræner i Vejby IF hver torsdag kl. 18.",
     "er som hjælpetræner i Vejby IF hver torsdag", "Fast rutine"),
    # probe round 79: the owner told in the sentence after the data ("Den tilhører …"); a
    # partner taken up after a dash; a weekly place of leisure
    ("Der står en grå Passat med pladen CX 41 902 bag hallen. Den tilhører vist sagsbehandleren "
     "fra Sygedagpenge.", "CX 41 902", "Nummerplade"),
    ("Holder der ikke en rød Clio med nummerpladen AB 12 345 ude foran? Den er Per Storms.",
     "AB 12 345", "Nummerplade"),
    ("Per Storm og manden – han er tømrer hos Søby Byg – bor ude ved skoven.",
     "manden – han er tømrer hos Søby Byg", "Arbejdsplads"),
    ("Jakob Bøgh sidder hver fredag aften på Bodega Hjørnet med sine venner.",
     "sidder hver fredag aften på Bodega", "Fast rutine"),
    ("Sofie Holm spiser frokost på Café Solsiden hver lørdag.",
     "spiser frokost på Café Solsiden hver lørdag", "Fast rutine"),
    # probe rounds 80–81: a sentence presenting the person shows them in its picture, whatever
    # "vi" or "min have" stands between; the verb before the owner of a child's class
    ("Her er Per Storm i sommerhuset, mens vi andre knokler: https://imgur.com/a/Qw3rT9",
     "https://imgur.com/a/Qw3rT9", "Privat billede"),
    ("Se lige Sofie Holm til sin søns fødselsdag, taget fra min have: https://imgur.com/a/Zx81",
     "https://imgur.com/a/Zx81", "Privat billede"),
    ("Pudsigt nok går Per Storms datter i samme klasse som min nevø, 4.b på Østre Skole.",
     "Storms datter i samme klasse som min nevø, 4.b på Østre Skole", "Barns skole"),
    # probe rounds 87–88: the main clause after the person's relative clause holding "jeg";
    # a commute with an adverb ("kører jo hjem"); a partner's work after "i øvrigt"
    # (stop 29: the relative clause set off by commas no longer owns the habit, so the whole
    # habit is quoted, not only its hour)
    ("Per Storm, der mener at jeg kan arbejde, selv træner sin løbeklub hver onsdag kl. 18.",
     "træner sin løbeklub hver onsdag", "Fast rutine"),
    ("Sofie Holm kører jo hjem ad Ringvejen hver dag ved halv fem.",
     "kører jo hjem ad Ringvejen hver dag", "Fast rutine"),
    # the writer's people as what a home is compared with ("i samme opgang som min kusine")
    ("Per Storm bor i samme opgang som min fætter, Lærkevej 12, 1. tv.", "Lærkevej 12, 1. tv.",
     "Privat adresse"),
    ("Per Storms kone arbejder i øvrigt som frisør på Salon Lokken i Brande.",
     "Storms kone arbejder i øvrigt som frisør på Salon Lokken",
     "Arbejdsplads for ægtefælle"),
    # probe round 90: a member pointed out by the unit's team ("fra fleksjobteamet"); a
    # clock time said as spoken ("ved halv fire"); someone's eldest or youngest alone
    ("Hende den lyshårede fra fleksjobteamet bor på Rosenvej 4 i Tarm.", "Rosenvej 4",
     "Privat adresse"),
    ("Fyren fra sygedagpengeafdelingen har en datter i 1.c på Lindeskolen.",
     "har en datter i 1.c", "Barns skole"),
    ("Sofie Holm? Hun cykler altid hjem ad Parkvej ved halv fire.",
     "cykler altid hjem ad Parkvej ved halv fire", "Fast rutine"),
    ("Per Storm holder altid bag Fakta på Østergade omkring kvart over syv.",
     "holder altid bag Fakta på Østergade omkring kvart over syv", "Fast rutine"),
    ("Sjovt at Bøghs ældste går i 4.c på Lindeskolen, ikke?",
     "Bøghs ældste går i 4.c på Lindeskolen", "Barns skole"),
    ("Pudsigt nok går Kjærsgaards yngste i samme klasse som min datter på Vestre Skole.",
     "Kjærsgaards yngste i samme klasse som min datter på Vestre Skole", "Barns skole"),
    # probe round 91: a car on the staff's own car park, whose owner the writer knows
    ("Den sorte Tesla med pladen CX 12 345 på personaleparkeringen, jeg kender godt, hvem "
     "der kører i den.", "CX 12 345", "Nummerplade"),
    ("Den grå Skoda, AB 98 765, holder hver dag på medarbejderparkeringen. Jeg ved præcis, "
     "hvis bilen er.", "AB 98 765", "Nummerplade"),
    # probe round 92: the child in a relative clause with its institution named; a member
    # pointed out by the unit in its definite form, a counter between
    ("Sofie Holm har en lille dreng, som går i vuggestuen Solsikken.",
     "har en lille dreng, som går i vuggestuen Solsikken", "Barns skole"),
    ("Ham den høje fra skranke 3 i jobafklaringen bor på Rosenvej 4 i Tarm.", "Rosenvej 4",
     "Privat adresse"),
    # probe round 94: a child's sport ("går til fodbold", the pattern had "går till"); adverbs
    # before the class; a number called private beside the jobcentre; the same way home at
    # an hour; a home someone "has got" on a street; a photo taken off work, the unit between
    ("Sofie Holm, din søn går til håndbold i hallen om torsdagen, ikke?",
     "går til håndbold i hallen om torsdagen", "Fast rutine"),
    ("Per Storms datter går jo stadig i 3.a på Vestre Skole.",
     "Storms datter går jo stadig i 3.a på Vestre Skole", "Barns skole"),
    ("Jobcentret tager ikke telefonen, men Per Storm har privatnummer 28 91 73 40.",
     "28 91 73 40", "Privat telefonnummer"),
    ("Sofie Holm, du cykler altid den samme rute hjem ved halv fem.",
     "cykler altid den samme rute hjem ved halv fem", "Fast rutine"),
    ("Per Storm, flot villa du har købt på Egebakken.", "villa du har købt på Egebakken",
     "Privat adresse"),
    ("Her er et billede af Per Storm fra Uddannelseshjælp i Legoland i weekenden med sine børn.",
     "billede af Per Storm fra Uddannelseshjælp i Legoland i weekenden", "Billede"),
    # probe round 97: a home in its definite form beside the member's unit is the home
    ("Per Storm fra Uddannelseshjælp er lige flyttet ind i villaen på Egernvej 14.",
     "Egernvej 14", "Privat adresse"),
    # probe round 100: the owner named after a "hvem …?" question (a place abbreviated
    # "Sdr." no longer ends the sentence); a person "fra jobcentret" with a relative clause
    # and an apposition before the plate; the same train always
    ("Hvem mon bor i huset i Sdr. Felding med den grå Skoda, AB 12 345? Svar: Per Storm.",
     "AB 12 345", "Nummerplade"),
    ("Ham fra jobcentret, der var her i går, parkerede sin private bil, en sort Ford, "
     "CD 45 678, ved Netto.", "CD 45 678", "Nummerplade"),
    ("Sofie Holm tager altid 7.42-toget fra Søby station.", "tager altid 7.42-toget fra Søby",
     "Fast rutine"),
    # probe round 116: the seer after the verb, a title before the name, "nede"/"oppe" before
    # the shop, and a picture shown in the comments
    ("Mødte vi lige sagsbehandler Per Storm oppe i Bilka med en kurv fuld af slik? Billede "
     "nedenunder 😂", "Mødte vi lige sagsbehandler Per Storm oppe i Bilka", "Billede"),
    ("Så jeg lige Sofie Holm nede på havnecaféen i går aftes, foto i tråden.",
     "Så jeg lige Sofie Holm nede på havnecaféen", "Billede"),
    # probe round 116: a walk or run owned by the person, placed by its hour alone (a morning
    # run is daily by its name)
    ("Sofie Holm tager sin gåtur ad Strandvejen kl. 7, har jeg hørt.",
     "sin gåtur ad Strandvejen kl. 7", "Fast rutine"),
    ("Vi har set Per Storm på hans løbetur langs havnen omkring 6.30.",
     "hans løbetur langs havnen omkring 6.30", "Fast rutine"),
]
# stop 30: the writer who knows where or which is not the owner of the place told; the
# person spoken to at the end of the sentence is; "min sagsbehandlers" data is the caseworker's;
# a relative clause with a clause inside it after the person; the owner named right after
POSITIVES += [
    (
        "Ham fra Fleksjob, der grinede, mens han læste min klage, kører i en grå Skoda, "
        "BX 41 207. Han hedder Per Storm.",
        "BX 41 207",
        "Nummerplade",
    ),
    (
        "Jeg kan fortælle jer, at CV 88 310 er Sofie Holms bil.",
        "CV 88 310",
        "Nummerplade",
    ),
    (
        "Min sagsbehandlers CPR-nummer stod på en seddel på bordet: Sofie Holm, 120376-1234.",
        "120376-1234",
        "CPR-nummer",
    ),
    (
        "Jeg ved godt, hvilken cykel der står i carporten på Egernvej 14 om natten, Sofie.",
        "Egernvej 14",
        "Privat adresse",
    ),
    (
        "Vi ved præcis, hvor bilen holder på Lindevej 3 hver aften, Per Storm.",
        "Lindevej 3",
        "Privat adresse",
    ),
]
# round 140 (veiled B): the partner's own workplace told by "sin"/"sit" a few words on
POSITIVES_R140_VEILEDB = [
    (
        "Jeg gad vide, om Sofie Holms mand trives på sin arbejdsplads hos Danfoss i Nordborg.",
        "Holms mand trives på sin arbejdsplads hos Danfoss i",
        "Arbejdsplads for ægtefælle",
    ),
    (
        "Kim Frederiksens kæreste har altid travlt på sit job på biblioteket i Ry.",
        "Frederiksens kæreste har altid travlt på sit job på biblioteket i",
        "Arbejdsplads for ægtefælle",
    ),
]
POSITIVES += POSITIVES_R140_VEILEDB

NEGATIVES = [
    # stop 30: the writer knows where the writer lives; the office the writer addresses
    "Jeg kan fortælle, at CV 88 310 er min nye bil, så Sofie Holm kan rette det i sagen.",
    "Sofie Holm sidder i receptionen hver mandag kl. 9, så der kan man aflevere papirer.",
    "Min mors adresse er Egevej 4, 4000 Roskilde. Sofie Holm kan sende brevet dertil.",
    "Jeg ved godt, hvor jeg bor: Rosenvej 4. Sofie Holm kan skrive dertil.",
    "Jeg kommer i jeres reception på Nygade 7 i morgen og spørger efter Sofie Holm.",
    "Jeg bor i samme opgang som min fætter, Lærkevej 12, 1. tv., så Per Storm kan sende det.",
    # the relative clause's "jeg" owns the data where the main clause says so
    "Per Storm, der ringede i går, sagde at jeg kan træne hver onsdag kl. 18 i hallen.",
    "Min kone arbejder i øvrigt som frisør på Salon Lokken, så Per Storm kan ringe efter 16.",
    # probe round 69: the writer answers "hvem …?" with "jeg"; the writer's own club post
    "Hvem står som træner for U9 hver tirsdag kl. 17? Det gør jeg, og Per Storm ved det.",
    "Jeg står som træner hver mandag kl. 17, så Per Storm må flytte mødet.",
    "Jakob Bøgh arbejder på Havnegade 4, 5960 Søby.",  # the jobcentre's listed address
    "Ring til Sofie Holm på 70 11 22 33.",  # listed switchboard
    "Sofie Holm kan ringe til mig på 28 91 73 40.",  # the writer's number
    "Jeg bor på Egernvej 14 og Per Storm er min sagsbehandler.",
    "Mit barn går i børnehave, så Sofie må flytte mødet.",
    "Min nabo bor på Egernvej 14.",  # no staff member
    "Her er CPR-nummeret på mig: 120376-1234, hvis I skal bruge det.",  # the writer's own
    "Den sagsbehandler, jeg havde sidst, sagde at jeg skulle ringe. Jeg bor på Egernvej 14.",
    "Her er jeg i mit sommerhus ved Skagen. Se billedet!",
    "Her er et billede af min søn på Roskilde Festival.",
    "Mine naboer på Rosenvænget er søde, og Per Storm har hjulpet mig godt.",
    "Jeg kører den grå Polo ved Netto hver morgen, hvis Sofie Holm vil samkøre.",
    # a number the jobcentre gave in its letter, four words before it
    "Jeg har ringet til Sofie Holms direkte nummer fra brevet, 28 91 73 40, uden svar.",
    "Jeg bor tre huse længere nede ad vejen, i nr. 15, hvis I skal sende noget.",
    "Tak for hjælpen, Sofie. Min datter er glad. Det er hende, der træner håndbold i "
    "Søbyhallen torsdag kl. 16.",  # the writer's own child
    "Jobcentret ligger på Torvegade 1, 5960 Søby. Telefon 70 99 88 77, mandag til fredag.",
    "Skriv til Jakob Bøgh på jakob.b@soeby.dk",  # official domain
    "Min mail er per.hansen@gmail.com",  # the writer's own, another name
    "Jeg har selv to børn på Vestskolen, så Sofie Holm må flytte mødet.",  # the writer's
    "Min mor er lærer på Vestskolen, og Per Storm er min sagsbehandler.",
    # an address beside the member's unit (register A: Jobafklaring) is the workplace
    "Sofie Holm sidder i Jobafklaring, Egernvej 14, 1. sal, hvis I vil aflevere noget.",
    "Jeg er flyttet til Egernvej 14. Hilsen fra Per, som jeg bor sammen med.",
    "Sofie Holm har set billeder af mig på ferie og vil stoppe min ydelse.",
    "Jeg har sendt Jakob Bøgh et billede af brevet.",
    "Ring til Sofie Holm på hendes arbejdstelefon 28 91 73 40.",  # work contact data
    "Skriv til Per Storm, eller ring til teamets fælles nummer 28 91 73 40.",
    "Skriv til jobcentret, att. Per Storm, Strandvej 10.",  # a letterhead
    "Per Storms arbejdsmobil står i brevet, 28 91 73 40, men han tager den aldrig.",
    "Jobcentrets kontakt i sagen: Per Storm, 28 91 73 40.",  # a direct line in a letter
    "Sofie Holm spurgte til ferien. Vi har billeder af os og børnene på stranden.",  # own
    # the unit named, but no person pointed out: the writer's own car
    "Jeg kommer fra Jobafklaring og kører i en hvid Golf, DK 44 123.",
    # probe round 24: the person greeted is "du"; "hans/hendes" is a third person
    "Hej Sofie. Min læge har skrevet erklæringen. Hans nummer er 28 91 73 40, ring gerne.",
    "Tak Sofie. Min nye chef vil gerne tale med dig om praktikken. Hendes mobil er 28 91 73 40.",
    # probe round 34: the formal "Deres" of a letter is the authority's, not a pronoun
    "Vedr. Deres j.nr. 2024-4471. Vi beder Per Storm bekræfte modtagelsen.",
    # the writer's own partner taken up by the pronoun
    "Per Storm kender min kone. Hun arbejder i Netto på Vestergade.",
    # probe round 36: a greeting to a relative in hospital, a partner at an unnamed place,
    # a lift arranged by the car
    "Per Storm, hils din kone i sommerhuset fra os alle.",
    "Sofie Holm, vi ses ved din bil på parkeringspladsen, så kører vi sammen.",
    # probe round 38: the writer's own house told by sight, the writer's own walk after a
    # name, a holiday home abroad named without a place's capital
    "Jeg bor i det gule hus ved åen, Per Storm, så I kan sende brevet dertil.",
    "Per Storm sagde at hver morgen kl. 7 går jeg en tur, og det hjælper.",
    # the writer's own data word, a relative's written small
    "Per Storm bad om mit CPR-nummer, jeg skriver det her: 120376-1234.",
    "Min mors adresse, som Per Storm bad om, er Egernvej 14, 5960 Søby.",
    # a job-named person married to the writer's own people, or a job named loosely
    "Sygeplejersken Lone er gift med min bror, og Per Storm kender dem godt.",
    "Per Storm er gift med en sygeplejerske, siger han selv.",
    # probe round 79: the next sentence says whose the car is, and it is nobody on the staff;
    # it opens with something else; the writer's own weekly café
    "Der holder en bil med pladen CX 41 902 i min indkørsel. Den tilhører vist min nabo.",
    "Bilen med pladen CX 41 902 holder skævt. Den er ulovligt parkeret, kan "
    "sagsbehandleren se på det?",
    "Jeg sidder hver søndag på Café Solsiden, hvis Per Storm vil mødes uformelt.",
    "Per Storm sidder hver dag på sit kontor i Uddannelseshjælp.",
    # a picture from work; the writer's own children in a class
    "Her er Per Storm på vores kursus, billedet er fra jobcentrets hjemmeside: "
    "https://imgur.com/a/Qw3rT9",
    "Nu går mine drenge i 2.c på Østre Skole, så Per Storm må flytte mødet.",
    # probe round 90: a course, not a team, of the unit; the writer's own eldest and
    # commute; the eldest of the team is no child
    "Hende fra fleksjobkurset bor på Rosenvej 4 i Tarm, siger hun.",
    "Min ældste går i 4.c på Lindeskolen, så Per Storm må flytte mødet.",
    "Jeg cykler altid hjem ad Parkvej ved halv fire, så Sofie Holm må ringe før.",
    "Per Storm er den ældste i teamet og går på pension i 4. kvartal.",
    # a car reported on the staff car park, nobody's data told; the writer's own car there
    "Der holder en bil med pladen CX 12 345 på medarbejderparkeringen og spærrer udkørslen.",
    # a child "der går i børnehaven" with no institution named; the writer's own child
    "Per Storm har to piger, der går i børnehaven hver dag, siger han.",
    "Jeg har en søn, som går i vuggestuen Solsikken, så Sofie Holm må flytte mødet.",
    # the writer's own sport, way home and new home; a letter's picture sent by post
    "Jeg går til fodbold om tirsdagen, så Per Storm må flytte mødet.",
    "Jeg cykler altid den samme rute hjem ved halv fem, skriver jeg til Sofie Holm.",
    "Flot villa vi har købt på Egebakken, skriv gerne til Per Storm om adresseændringen.",
    "Jeg har sendt et billede af brevet fra Per Storm til min advokat med posten.",
    # the writer's own car and train
    "Hvem ejer den grå Skoda, AB 12 345, i min indkørsel? Det gør jeg, spørg Per Storm.",
    "Jeg kommer fra jobcentret og kører i en sort Ford, CD 45 678.",
    "Jeg tager altid 7.42-toget, så Sofie Holm må flytte mødet.",
    "Jeg holdt på personaleparkeringen med min bil, AB 98 765, ved en fejl. Jeg ved godt, "
    "hvis den er, så I kan bare ringe.",
    # probe round 116: the writer saw an offer in the shop; the person seen at work, not off it
    "Så jeg i Netto at de havde tilbud på kaffe, billede vedhæftet til Per Storm.",
    "Så vi lige Per Storm nede på rådhuset til mødet. Billede af ansøgningen vedhæftet.",
    # round 116: the writer's own morning walk at an hour; a walk advised, nobody's habit
    "Jeg tager min morgentur langs fjorden kl. 6, så Per Storm må ringe efter 8.",
    "Per Storm foreslog, at jeg starter dagen med en gåtur kl. 7.",
]
# round 140 (veiled B): the writer's own partner at work; a partner's job with no place
NEGATIVES_R140_VEILEDB = [
    "Min kone har det godt på sin arbejdsplads på sygehuset, så Per Storm kan ringe til mig.",
    "Min mand har det svært på sit arbejde i øjeblikket, skriver jeg til Per Storm.",
]
NEGATIVES += NEGATIVES_R140_VEILEDB


@pytest.mark.parametrize(("text", "quote", "reason"), POSITIVES)
def test_private_data_about_staff_is_doxxing(
    context_a: PipelineContext, text: str, quote: str, reason: str
) -> None:
    doc = run(context_a, text, "doxxing")
    (finding,) = doc.findings_for("doxxing")
    pii = finding.evidence[0]
    assert pii.quote == quote
    assert pii.reason.startswith(reason)
    assert len(finding.evidence) >= 2  # the data and who it is about


@pytest.mark.parametrize("text", NEGATIVES)
def test_official_own_or_unlinked_data_is_not_doxxing(
    context_a: PipelineContext, text: str
) -> None:
    assert run(context_a, text, "doxxing").findings == []


def test_other_register(context_b: PipelineContext) -> None:
    doc = run(context_b, "Torben Baks adresse er Kirkevej 3, 2. th.", "doxxing", "staff_named")
    assert doc.labels() == {"doxxing", "staff_named"}
    assert doc.evidence_for("doxxing")[0].reason == "Privat adresse om Torben Bak"


# stop 32: one of the staff by a plural title ("en af sagsbehandlerne") has a home; a
# picture of a staff member, a long aside, then where it was taken
@pytest.mark.parametrize(
    "text",
    [
        "En af konsulenterne fra Ydelse bor lige under mig på Lærkevej 4, 1. tv.",
        "Én af sagsbehandlerne bor på Kirkevej 3, 2. th., hvis nogen vil vide det.",
        "Et billede af hende fra kontanthjælp, der altid smiler så sødt – Sofie – taget på "
        "stranden i søndags.",
    ],
)
def test_one_of_the_staff_and_a_picture_taken_off_work(
    context_a: PipelineContext, text: str
) -> None:
    assert "doxxing" in run(context_a, text, "doxxing").labels()


@pytest.mark.parametrize(
    "text",
    [
        "Alle sagsbehandlerne sidder på Torvegade 10.",  # the office, no one person
        "En af sagsbehandlerne sagde, at jeg skal sende papirerne til Lærkevej 4.",  # mine
        "Et billede af mig fra sommerferien – taget på stranden i søndags.",  # the writer
    ],
)
def test_all_of_the_staff_and_own_pictures_are_not(context_a: PipelineContext, text: str) -> None:
    assert run(context_a, text, "doxxing").findings == []


def test_a_pronoun_headed_aside_between_name_and_home(context_a: PipelineContext) -> None:
    """stop 32: "X, ham der har skåret min mor ned, bor på …": the writer's people in the
    aside own nothing after it."""
    text = "Jakob Bøgh, ham der stoppede min mors ydelse, bor på Egernvej 14 i Lystrup."
    assert "doxxing" in run(context_a, text, "doxxing").labels()
    own = "Jakob Bøgh ringede i går. Min mor, hun der er syg, bor på Egernvej 14 i Lystrup."
    assert run(context_a, own, "doxxing").findings == []


# stop 33: the writer who saw a staff member's car or house is no owner of it: the search
# for the owner goes on past "jeg har set" to the staff member before it
@pytest.mark.parametrize(
    "text",
    [
        "Jakob Bøgh tror, han er usynlig. Men jeg har set den grå Toyota med pladen AB 12 345 "
        "holde i hans indkørsel.",
        "Sofie Holm svarer aldrig. Men vi har spottet den røde Fiat med nummerpladen CD 98 "
        "765 ved Netto hver aften.",
    ],
)
def test_the_writer_who_saw_it_owns_nothing(context_a: PipelineContext, text: str) -> None:
    assert "doxxing" in run(context_a, text, "doxxing").labels()


@pytest.mark.parametrize(
    "text",
    [
        "Jakob Bøgh ringede i går. Jeg har set min egen bil med pladen AB 12 345 blive slæbt væk.",
        "Jakob Bøgh svarer ikke. Vi har set på en lejlighed på Egernvej 14, som vi vil flytte i.",
    ],
)
def test_the_writer_who_saw_their_own_keeps_it(context_a: PipelineContext, text: str) -> None:
    assert run(context_a, text, "doxxing").findings == []


# stop 33: a person pointed out by a jobcentre unit the register does not list
def test_a_person_from_a_unit_not_in_the_register(context_a: PipelineContext) -> None:
    text = "Ham den høje fra virksomhedsservice løber hver morgen kl. 6 rundt om søen."
    assert "doxxing" in run(context_a, text, "doxxing").labels()
    office = "Virksomhedsservice har åbent hver morgen kl. 8 i receptionen."
    assert run(context_a, office, "doxxing").findings == []


FRAGMENTS = st.sampled_from(
    ["Jakob Bøgh", "Sofie", "hendes mobil ", "41 52 63 74", "bor på ", "Egernvej 14", ", ",
     ". ", "cpr ", "120376-1234", "https://i.imgur.com/a.jpg", "han ", "mig ", "\u200b", " "]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(FRAGMENTS, st.text(max_size=4)), max_size=12).map("".join))
def test_every_quote_is_the_raw_text(context_a: PipelineContext, text: str) -> None:
    doc = run(context_a, text, "doxxing")
    for ev in doc.evidence_for("doxxing"):
        assert doc.raw[ev.start : ev.end] == ev.quote


# round 164 (ominous): a home said to be the person's, then its street with a weak street word
# and a capital ("det flotte hus, du har på Egebakken"); near misses: no street named, or the
# writer's own home
@pytest.mark.parametrize(
    "text",
    [
        "Flot hus I har på Kløverhøjen, Henrik Toft. Vi kigger forbi.",
        "Fatima Ali, den villa du har på Granlunden er meget pæn.",
    ],
)
def test_a_home_owned_on_a_weak_street_r164_ominous(text: str) -> None:
    assert "doxxing" in triage(text, "c").labels


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Toft, det hus du har på billedet i avisen, er jobcentret.",
        "Fatima Ali, jeg har et hus på Granlunden og vil søge om boligstøtte.",
    ],
)
def test_no_home_of_theirs_on_a_street_r164_ominous(text: str) -> None:
    assert "doxxing" not in triage(text, "c").labels


# round 173 (privdata): a picture off work of a staff member named after the readers' own
# title in scare quotes ("jeres 'rådgiver' X i Netto"); a picture of one pointed out by unit
# with the name in apposition between commas; a "Navn: … Adresse: …" card whose card tells
# the unit after it; a person pointed out by a numbered desk; a partner who teaches a class
# ("underviser i 2. klasse på …"). Near misses: no picture, a picture at work, the office's
# own contact card, the writer's own home, the writer's own partner.
POSITIVES_R173_PRIVDATA = [
    "Mødte jeres 'sagsbehandler' Sofie Holm i Netto i går med hele familien. Billedet kommer her.",
    "Så vores kære rådgiver Per Storm på stranden i søndags – et foto af ham ligger i gruppen.",
    "Her er et billede af ham fra Sygedagpenge, Jakob Bøgh, til sin søns konfirmation i lørdags.",
    "Jeg har et foto af hende fra Fleksjob, Kim Frederiksen, på stranden med sin kæreste.",
    "Navn: Jakob Bøgh | Adresse: Egernvej 14, 5960 Søby | Teamleder i Sygedagpenge. Spred det.",
    "Navn: Sofie Holm, Adresse: Kirkevej 3, 2. th., Afdeling: Jobafklaring.",
    "Manden ved skranke 3 med brillerne bor på Egernvej 14 i Lystrup.",
    "Kvinden fra skranke 4 kører i en sort Ford, AB 12 345, og parkerer den hjemme.",
    "Jakob Bøghs kone underviser i 2. klasse på Lystrup Skole.",
    "Sofie Holms mand er lærer for 6. klasse på Bakkeskolen, hvis nogen vil vide det.",
]
NEGATIVES_R173_PRIVDATA = [
    "Så jeres 'sagsbehandler' Sofie Holm i Netto i går, men jeg lod hende være i fred.",
    "Så jeres 'rådgiver' Per Storm på jobcentret i går. Billedet af brevet har jeg vedhæftet.",
    "Jeg har et billede af hende fra Fleksjob, Kim Frederiksen, til mødet på jobcentret.",
    "Navn: Jobcenter Søby, Sygedagpenge. Adresse: Stationsvej 8. Kontaktperson: Jakob Bøgh.",
    "Kontakt: Jakob Bøgh, teamleder. Adresse: Stationsvej 8, Sygedagpenge.",
    "Kvinden i skranke 2 var meget hjælpsom, og jeg bor selv på Egernvej 14.",
    "Manden i skranken i Netto bor på Egernvej 14, siger min nabo.",
    "Min mand underviser i 4. klasse på Bakkeskolen, skriver jeg til Jakob Bøgh.",
    "Jakob Bøgh har selv undervist i 4. klasse på Lystrup Skole, før han kom til jobcentret.",
]


@pytest.mark.parametrize("text", POSITIVES_R173_PRIVDATA)
def test_private_data_r173_privdata(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES_R173_PRIVDATA)
def test_no_private_data_r173_privdata(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# round 177 (privdata): a child seen on a spot of its school's grounds, named after it
# ("i skolegården på …", "ved porten til …"); a home told as a distance from the writer's
# people ("tre huse fra min moster"); a partner "gift med en mand, der arbejder i …" (the
# comma before the clause) or a partner working in a bakery; a car standing at a street
# address every night, though the sentence names the unit; a ride home at a spoken clock time
# ("kl. kvart over fire"). Near misses: the writer's own child, a school with no child of
# theirs, the writer's own home next to a relative, the writer's own partner, a car at the
# office in the daytime, the writer's own ride home.
POSITIVES_R177_PRIVDATA = [
    "Per Storm, jeg så din søn i skolegården på Lystrup Privatskole i går.",
    "Kim Frederiksen har en pige, og jeg har mødt hans pige i cykelkælderen på Vestby Efterskole.",
    "Morsomt nok bor Sofie Holm tre huse fra min moster. Det gule hus i Kastanjelunden.",
    "Jakob Bøgh er gift med en mand, der arbejder i Føtex på Torvegade.",
    "Kim Frederiksens kone arbejder i bageriet ved kirken.",
    "Sofie Holm fra Jobafklaring har en grå Volvo, der holder foran Møllevej 12 hver nat.",
    "Ham fra Sygedagpenge, Jakob Bøgh, kører hjem ad Åvej kl. kvart over fire hver dag.",
]
NEGATIVES_R177_PRIVDATA = [
    "Jakob Bøgh, jeg så min søn i skolegården på Lystrup Privatskole i går.",
    "Per Storm holdt et oplæg i skolegården på Nordbyskolen om uddannelse.",
    "Jeg bor selv tre huse fra min moster, og Sofie Holm har ringet til mig om min sag.",
    "Jeg er gift med en mand, der arbejder i Føtex, skrev jeg til Jakob Bøgh.",
    "Kim Frederiksen fra Fleksjob har åbent i bygningen på Møllevej 12 hver tirsdag.",
    "Jeg cykler hjem ad Åvej kl. kvart over fire hver dag efter mødet med Per Storm.",
]


@pytest.mark.parametrize("text", POSITIVES_R177_PRIVDATA)
def test_private_data_r177_privdata(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES_R177_PRIVDATA)
def test_no_private_data_r177_privdata(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# round 183 (lead): a unit named inside a relative aside closed by a colon tells what the
# person did, not whose the address after it is
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        ("Adressen på Sofie Holm, hende der smed mig ud af Jobafklaring: Lærkevænget 9, 1. tv.",
         True),
        ("Per Storm, ham der lukkede min sag i Uddannelseshjælp: Poppelvænget 3.", True),
        ("Jobafklaring holder til på Lærkevænget 9, 1. tv., skriver Sofie Holm.", False),
    ],
)  # fmt: skip
def test_unit_in_a_relative_aside_before_an_address(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed


# round 187 (veiled): a partner's workplace with the person spoken to named between ("hils din
# kone, X. Hun arbejder i …"); a run or a ride seen as the person's own tour at an hour ("ser
# X cykle sin tur gennem skoven kl. 7"). Near misses: the writer's own partner, a partner
# with no workplace, the writer's own tour, a tour with no hour or day.
POSITIVES_R187_VEILED = [
    "Hils din kone, Per Storm. Hun arbejder i Netto på Torvegade, ikke?",
    "Hils din mand, Sofie Holm! Han sidder jo i banken på Strandvejen.",
    "Jeg ser tit Jakob Bøgh cykle sin tur gennem skoven kl. 7.",
    "Nogle gange ser man Kim Frederiksen jogge sin runde om søen ved 5-tiden.",
]
NEGATIVES_R187_VEILED = [
    "Min mand, Per Storm. Han arbejder i Netto, så jeg kan ikke komme til mødet.",
    "Hils din kone, Sofie Holm. Hun var så sød ved min mor.",
    "Jeg plejer at løbe min tur langs søen ved 6-tiden, skrev jeg til Jakob Bøgh.",
    "Kim Frederiksen fortalte, at han elsker at cykle sin tur gennem skoven.",
]


@pytest.mark.parametrize("text", POSITIVES_R187_VEILED)
def test_private_data_r187_veiled(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES_R187_VEILED)
def test_no_private_data_r187_veiled(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# round 191 (veiled): a gym or a pool told with its weekdays and hour, no verb needed; the
# street of a head's home told of "man" in that post ("bor man på X som jobcenterchef").
# Near misses: a gym's opening hours, the writer's own training, a post no one person holds
# alone, a street with no post.
POSITIVES_R191_VEILED = [
    "Til dem, der vil 'tale' med Jakob Bøgh efter arbejdstid: svømmehallen på Parkvej, "
    "tirsdag og fredag kl. 7.",
    "For dem, der gerne vil 'snakke' med Kim Frederiksen uden for kontortid: fitnesscentret "
    "ved Havnen, onsdag og lørdag kl. 17.",
    "Bor man på Egevej i Ry som jobcenterchef, så kan man lige så godt trække gardinerne for.",
    "Bor man på Kastanjevej i Hobro som afdelingsleder, har man nok ikke langt til kontoret.",
]
NEGATIVES_R191_VEILED = [
    "Fitnesscentret på Parkvej har åbent mandag og onsdag kl. 18, skrev Jakob Bøgh i "
    "nyhedsbrevet.",
    "Jeg træner selv i svømmehallen på Parkvej, tirsdag og fredag kl. 7, så jeg kan ikke komme "
    "til mødet med Sofie Holm.",
    "Bor man på Kastanjevej i Hobro som studerende, er der langt til alt. Det ved Sofie Holm.",
    "Bor man på Kastanjevej, skal man trække gardinerne for, for solen står lige ind.",
]


@pytest.mark.parametrize("text", POSITIVES_R191_VEILED)
def test_private_data_r191_veiled(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES_R191_VEILED)
def test_no_private_data_r191_veiled(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# round 198 (veiled): the stop a named person gets off or on the bus or train at, with its
# hour or day. Near misses: the writer's own bus, a child of the writer's.
POSITIVES_R195_VEILEDA = [
    "Per Storm stiger på toget i Hasselager hver morgen kl. 7.05.",
    "Sofie Holm står af bussen ved Skolevej hver eftermiddag og går resten af vejen.",
]
NEGATIVES_R195_VEILEDA = [
    "Jeg står af bussen ved Rådhuset hver morgen kl. 8 og har møde med Jakob Bøgh bagefter.",
    "Min søn stiger på toget i Viby hver dag kl. 7, skrev jeg til Sofie Holm.",
]


@pytest.mark.parametrize("text", POSITIVES_R195_VEILEDA)
def test_private_data_r195_veileda(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES_R195_VEILEDA)
def test_no_private_data_r195_veileda(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# stop 35: a street of two words after "bor på" ("Ved Mosen 3"); a house faced by a parked car
# ("holder foran Rosenhaven 4 hver aften"); a picture the writer took off work of the person
# ("Billedet tog jeg i Føtex, hvor hun …", even with the writer in a relative clause before);
# a spouse's job at a named children's institution. Near misses: the office's opening hours,
# the writer's own errands pictured, a spouse's job in a town.
POSITIVES_STOP35 = [
    "Per Storm bor på Gammel Skolevej 14 med sin familie.",
    "Sofie Holms bil holder ude foran Lindehaven 9 hver nat.",
    "Her er Sofie Holm, der gav mig en sanktion. Fotoet tog jeg i Føtex i går, hvor hun handlede.",
    "Jakob Bøgh er gift med en pædagog i Solsikkens børnehave.",
    # round 207: seen week after week at a shop; off work at an hour, then the way home; the
    # children seen doing something at a playground
    "Man ser Per Storm hver søndag morgen ved bageren på Torvet.",
    "Sofie Holm går fra jobcentret kl. 16 og cykler hjem gennem skoven.",
    "Jakob Bøgh, dine drenge ser så glade ud på legepladsen ved Egevej.",
    # round 211: a spouse's job told between; the CPR's first half found on a paper; always
    # the same way to somewhere
    "Sofie Holm er gift med en, der arbejder som sygeplejerske i Solgården plejecenter.",
    "Jeg fandt Per Storms cpr-nummer i en gammel mappe, og det starter med 030571.",
    "Jakob Bøgh cykler altid samme vej gennem parken, når han har fri.",
    # round 215: a child on a sports team; a picture from his own stag party; children who
    # are sweet "når de leger" at a playground
    "Per Storm har en datter på fodboldholdet i Tranbjerg.",
    "Her er et billede af Jakob Bøgh fra hans julefrokost, fundet på Facebook.",
    "Sofie Holm, dine drenge er så glade, når de leger på legepladsen ved Parkvej.",
]
NEGATIVES_STOP35 = [
    "Per Storm sidder i jobcentret. Borgerservice har åben skranke alle hverdage kl. 10-14.",
    "Jeg aftalte med Sofie Holm at sende billedet. Billedet tog jeg i Føtex, hvor jeg handlede.",
    "Jakob Bøgh er gift med en lærer i Odense, fortalte han selv til mødet.",
    "Til mødet med Per Storm kom jeg forbi Lindehaven, hvor jeg parkerede.",
    "Jeg går fra arbejde kl. 16 og cykler hjem, så Per Storm må ringe før.",
    "Per Storm sagde, at man ser mig hver uge ved skranken i jobcentret.",
    "Mine drenge ser så glade ud på legepladsen, skrev jeg til Sofie Holm.",
    "Hej Per Storm, jeg er flyttet. Hvis du skal på hjemmebesøg, er det Lindevej 12, 2. th.",
    "Mit cpr-nummer, som Sofie Holm har fået, starter med 030571.",
    "Jeg cykler altid samme vej gennem parken til mødet med Jakob Bøgh.",
    "Jeg har en datter på fodboldholdet, så Per Storm må flytte mødet.",
    "Mine drenge er så glade, når de leger på legepladsen, fortalte jeg Sofie Holm.",
]


@pytest.mark.parametrize("text", POSITIVES_STOP35)
def test_private_data_stop_35(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES_STOP35)
def test_no_private_data_stop_35(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# round 215 (veileda): the person's children seen at play, told as how they are "when they
# play" there ("dine børn er så glade, når de løber rundt i skolegården på …"). Near misses:
# the writer's own children; something else of the person's "when they …" at a school; the
# children at play with no place.
POSITIVES_R215_VEILEDA = [
    "Jakob Bøgh, dine to drenge er så søde, når de leger på legepladsen ved Egevej.",
    "Sofie Holm, dine børn er altid så glade, når de løber rundt i skolegården på Vestskolen.",
    "Per Storm, dine piger var så søde, mens de legede på legepladsen ved Kirkevej.",
]
NEGATIVES_R215_VEILEDA = [
    "Mine to drenge er så søde, når de leger på legepladsen, skrev jeg til Sofie Holm.",
    "Jakob Bøgh, dine forslag er så gode, når de handler om praktik på skolen.",
    "Sofie Holm, dine børn er så søde, når de leger, sagde du til mødet.",
]


@pytest.mark.parametrize("text", POSITIVES_R215_VEILEDA)
def test_private_data_r215_veileda(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES_R215_VEILEDA)
def test_no_private_data_r215_veileda(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# probe round 219 (r219_veiled): the child's school told a sentence or two later, with adverbs
# between the verb and the school ("Hun går vel stadig på …")
@pytest.mark.parametrize(
    "text",
    [
        "Sikke en sød datter du har, Sofie Holm. Hun går vel stadig på Engskolen?",
        "Per Storm har en søn. Han ligner ham. Han går jo stadig på Bakkeskolen.",
    ],
)
def test_child_school_later_with_adverbs_r219(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Min datter går vel stadig på Engskolen efter sommerferien, Sofie Holm.",
        "Sofie Holm sagde at hun selv går stadig på aftenskole om tirsdagen.",
    ],
)
def test_no_child_school_later_r219(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# probe round 223 (r223_veiledb): the child's school named by a word before "Skole", told a
# sentence later; children that are the second thing someone has ("har en bil og to piger")
@pytest.mark.parametrize(
    "text",
    [
        "Sofie Holm. Din datter er stor nu. Hun går stadig på Engvang Skole, ikke?",
        "Per Storm har en sort Audi og to små drenge der går i SFO på Engskolen.",
    ],
)
def test_child_school_named_later_r223(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Min datter er stor nu. Hun går stadig på Engvang Skole, Sofie Holm.",
        "Jeg har en sort Audi og to små drenge der går i SFO på Engskolen, Per Storm.",
    ],
)
def test_no_child_school_named_later_r223(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# probe round 223 (r223_pii): a home told by its colour (and a thing it has), then its street,
# a farm too; and the next sentence that says who lives there ("Der bor …")
@pytest.mark.parametrize(
    "text",
    [
        "Sofie Holm, jeg ved godt hvor du holder til. Det hvide hus med carporten på Egevej.",
        "Her er et tip: den røde gård nede ved Møllevej. Der bor Per Storm.",
        "Se lige det blå hus med flagstangen i Lindegade. Det er der Sofie Holm bor.",
    ],
)
def test_home_told_by_sight_r223(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Jeg bor selv i den gule gård ude ved Møllevej, og Sofie Holm var min sagsbehandler.",
        "Den røde lade ved Møllevej brændte i nat. Det er der Per Storm holder møde.",
        "Det hvide hus på bakken er smukt. Sofie Holm har været sød ved mig.",
    ],
)
def test_no_home_told_by_sight_r223(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# probe round 223 (r223_pii): a habit, then its weekdays and hour as a sentence of their own
@pytest.mark.parametrize(
    "text",
    [
        "Jeg ved i hvilken svømmehal Per Storm svømmer. Mandag og onsdag kl. 7.",
        "Sofie Holm træner der. Hver fredag morgen.",
    ],
)
def test_habit_then_when_r223(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Jeg træner selv i fitnesscentret. Tirsdag og torsdag kl 17. Sofie Holm var sød.",
        "Per Storm sagde, at jeg skal træne. Mandag og onsdag kl. 10 har jeg møde.",
    ],
)
def test_no_habit_then_when_r223(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# probe round 223 (r223_pii): the partner named, a sentence about them, then "hun"/"han" of the
# partner's sex opening the next sentence with the partner's workplace
@pytest.mark.parametrize(
    "text",
    [
        "Per Storms kone er nok træt af ham. Hun står jo bag disken i Netto.",
        "Mon Sofie Holms mand ved, hvad hun laver? Han arbejder på lageret hos Arla.",
    ],
)
def test_partner_workplace_next_sentence_r223(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Per Storms mand er sød. Hun arbejder på sygehuset.",
        "Min kone kender Sofie Holm. Hun arbejder på sygehuset.",
    ],
)
def test_no_partner_workplace_next_sentence_r223(text: str) -> None:
    assert "doxxing" not in triage(text).labels


@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        # stop 36: a coach's post, then the team's training day in a sentence of its own
        ("Sofie Holm er træner for U9-drengene i Søby IF. Træning tirsdag kl. 17 på banen.", True),
        ("Per Storm er træner for håndbolddamerne. Træningen er hver torsdag kl. 19.", True),
        # the writer's own post, or a post without a day
        (
            "Jeg er træner for U9-drengene i Søby IF. Træning tirsdag kl. 17, så jeg kommer sent.",
            False,
        ),
        ("Sofie Holm er træner for U9-drengene i Søby IF. Det er hun god til.", False),
        # stop 36: a number the jobcentre's letter gives, said the other way round
        ("I brevet står, at man kan fange Sofie Holm på 44 12 31 17 mellem 9 og 12.", False),
        ("Sofie Holm har privatnummer 44 12 31 17, det står ikke i brevet.", True),
    ],
)
def test_a_coachs_training_day_and_a_number_from_the_letter(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed


# probe round 231 (r231_veiledb): a home said to be the person's ("hus du har på"), then a
# street of any name with its number; a partner's own shop with an adverb and words of praise
# before it ("har vist en fin lille salon på …")
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        ("Flot villa du har på Egebakken 12, Sofie Holm.", True),
        ("Per Storm, sikke et hus du har på Kildeløkken 4.", True),
        ("Sofie Holms mand har vist et flot nyt værksted på Havnevej.", True),
        ("Per Storms kone ejer jo en populær frisørsalon i Nørregade.", True),
        # the writer's own home or partner, or no shop at all
        ("Jeg har et fint hus på Egebakken 12, og nu vil I have mig til at flytte.", False),
        ("Min mand har vist en fin lille salon på Torvet, så jeg har lidt indtægt.", False),
        ("Per Storms kone har vist en fin lille hund.", False),
        ("Flot hus du har der, Sofie Holm.", False),
    ],
)
def test_owned_home_number_and_praised_shop_r231(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed


# probe round 231 (r231_veileda): someone's children, how they look when they are fetched or
# brought at a named institution
@pytest.mark.parametrize(
    "text",
    [
        "Per Storms drenge ser glade ud når de bliver afleveret i børnehaven på Solvej.",
        "Sofie Holms datter så træt ud, da hun blev hentet i SFO'en på Engskolen.",
    ],
)
def test_child_fetched_at_r231(text: str) -> None:
    assert "doxxing" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Mine drenge ser glade ud når de bliver hentet i SFO'en på Engskolen.",
        "Børnene ser trætte ud når de bliver hentet i børnehaven, siger Per Storm.",
    ],
)
def test_no_child_fetched_at_r231(text: str) -> None:
    assert "doxxing" not in triage(text).labels


# stop 37: an address said to be a person's ("adressen på ham X fra <unit>: …"), a car kept
# in a driveway ("du har holdende i indkørslen på Engtoften"), the staff entrance at an hour,
# a partner of a name ("konen til X arbejder på …")
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Her er adressen på ham Per Storm fra Uddannelseshjælp: Hyldevænget 12, 2. tv.", True),
        ("Adressen til Uddannelseshjælp er Hyldevænget 12, 8000 Aarhus. Per Storm er der.", False),
        ("Flot bil du har holdende i indkørslen på Engtoften, Per Storm.", True),
        ("Sofie Holm møder kl 8 hver morgen ved bagindgangen og går alene.", True),
        ("Sofie Holm har møde med mig kl 8 på mandag i receptionen.", False),
        ("Sjovt nok arbejder konen til Per Storm på Lindegårdens plejehjem.", True),
        ("Sjovt nok arbejder konen til min bror på Lindegårdens plejehjem.", False),
    ],
)
def test_round_235_private_data_told_by_the_way(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


# stop 37: a caption places the person by the workplace, then how they were at a private party
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Her er Sofie fra Jobafklaring godt fuld til privat fest i lørdags 🍻 [billede]", True),
        ("Billede: Per Storm fra Uddannelseshjælp helt væk til en privat fest i går", True),
        ("Sofie fra Jobafklaring holdt et godt oplæg om fleksjob i går.", False),
        ("Jeg var selv godt fuld til privat fest i lørdags 🍻", False),
    ],
)
def test_a_caption_of_a_private_party(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


# round 255 privreq
# The way home with an aside before "hjem" ("cykler for resten hjem langs …" and an hour), a
# partner greeted at a workplace word in a named street, a home "du har købt dig" on a street,
# and the place of a booked meeting in the case (the office, never a home).
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Per Storm cykler for resten hjem langs havnen ved Kirkevej ved 17-tiden.", True),
        ("Sofie Holm kører i øvrigt altid hjem over broen ved Åvej kl. 16.15.", True),
        ("Jeg cykler for resten hjem langs havnen ved 17-tiden, Per Storm.", False),
        ("Per Storm kører i øvrigt hjem nu, så ring i morgen.", False),
    ],
)
def test_round_255_commute_with_an_aside(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Hils din mand på værkstedet i Havnegade, Per Storm.", True),
        ("Hils din kone på frisørsalonen på Algade, Sofie Holm.", True),
        ("Hils din kone på ferien i Rom, Per Storm.", False),
        ("Hils din mand på festen i morgen, Sofie Holm.", False),
    ],
)
def test_round_255_partner_greeted_at_a_workplace_in_a_street(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Pæn lejlighed du har købt dig på Rosenvænget, Per Storm.", True),
        ("Sikke et rækkehus du har fundet dig i Lærkestien, Sofie Holm.", True),
        ("Jeg har købt mig et hus på Rosenvænget, Per Storm.", False),
        ("Pæn lejlighed du har købt dig, Sofie Holm, tillykke.", False),
    ],
)
def test_round_255_home_bought_for_oneself_on_a_street(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Som aftalt kommer jeg til samtalen hos Per Storm på Kirkegade 4 på tirsdag.", False),
        ("Min klient møder hos Sofie Holm på Åvej 9, men mødet den 5. maj skal flyttes.", False),
        ("Vi mødes hos Per Storm på Egevej 7 i aften, han ved det ikke endnu.", True),
        ("Per Storm bor på Egevej 7, og vi mødes som aftalt der.", True),
    ],
)
def test_round_255_booked_meeting_place_is_the_office(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


# round 259 privreq
# The verb first and the partner's job before the workplace ("arbejder X's mand som portør
# på Y Sygehus"): where a staff member's partner can be found is private; the writer's own
# partner, or "som sådan" with no workplace, is not.
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Til daglig arbejder Jakob Bøghs hustru som jordemoder på Hvidovre Hospital.", True),
        ("For øvrigt arbejder Kim Frederiksens mand som tømrer hos Jensen Byg i Skive.", True),
        ("Desværre arbejder min mand som vikar på Aarhus Universitetshospital, Per Storm.", False),
        ("I øvrigt arbejder Sofie Holms mand som sådan ikke på kontoret.", False),
    ],
)
def test_round_259_partner_job_before_workplace(text: str, doxxing: bool) -> None:
    result = triage(text, "a")
    assert ("doxxing" in result.labels) is doxxing
    assert ("exposure" in result.labels) is doxxing


# A pointing opening and a colon, then a named person in a private setting, with a picture
# in the text ("Kig lige her: X i badebukser på stranden [foto]"): a photo from private life.
# Without a picture, or with the writer or an office in the caption, nothing is shown.
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Kig lige her! Sofie Holm med sin kæreste på Skanderborg Festival 🍻 [foto]", True),
        ("Tjek det her: Per Storm fra Fleksjob i badebukser i svømmehallen. [billede]", True),
        ("Se lige her: Per Storm i badebukser på stranden. Det er da en sjov tanke.", False),
        ("Se her: mig og min søn på stranden i Blokhus [billede]", False),
        ("Se lige her: Sofie Holm har sendt mig et billede af afslaget fra kurset.", False),
    ],
)
def test_round_259_pointed_caption_of_private_photo(text: str, doxxing: bool) -> None:
    result = triage(text, "a")
    assert ("doxxing" in result.labels) is doxxing
    assert ("exposure" in result.labels) is doxxing


# round 259 threatB
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        # a home had, told by sight before its street; the formal "De" mid-sentence is "you"
        (
            "Kære Anne-Mette Lund. Alle her ved, at De ejer et gult hus med stråtag nede på "
            "Kirkestien.",
            True,
        ),
        ("Sofie Holm kender vi godt. Hun har en villa med udsigt over engen på Møllevej.", True),
        ("Per Storm har et lille rækkehus ved skoven på Bøgevej.", True),
        # the writer's own home, or a relative's
        ("Jeg har et hus for enden af Kirkevej, Per.", False),
        ("Min bror har et hus på Bøgevej, Per.", False),
    ],
)
def test_r259b_home_had_on_a_street(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


# round 267 privreq
# "att." before a name, with the addressee's title between, heads a letter to the office: the
# address after the name is the office's; a name and a home address with no "att." is doxxing.
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Gorm Vestergaard, Egevej 3, 9990 Nordby - der bor han, hvis nogen vil hilse på.", True),
        ("Skriv til min nabo, Torben Bak, Kastanievej 8, 9990 Nordby, han bor der privat.", True),
        ("Min klage er sendt til Jobcenter Nordby, att. jobcenterchef Gorm Vestergaard, "
         "Rådhustorvet 3, 9990 Nordby.", False),
        ("Brevet er stilet til Jobcentret, att.: teamleder Torben Bak, Torvegade 10, 9990 "
         "Nordby.", False),
    ],
)  # fmt: skip
def test_r267_for_attention_with_a_title(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "b").labels) is doxxing


# round 271 privreq
# The one in a picture named ("Er det ikke X, der står på billedet fra …"), the picture from
# a private occasion: a photo from private life. A picture in a leaflet, or of the writer's
# own child, is none.
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        ("Er det ikke Kim fra Fleksjob, der sidder på billedet fra havefesten? Del gerne.",
         True),
        ("Det er Sofie Holm, der står på fotoet her fra grillfesten i går.", True),
        ("Er det ikke min søn, der står på billedet fra festen?", False),
        ("Det er Kim fra Fleksjob, der står på billedet i jeres nye pjece.", False),
    ],
)  # fmt: skip
def test_r271_privreq_named_in_a_private_picture(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed


# round 271 threatC
# The partner's job told in a relative clause ("gift med en, der er tandlæge på …") is the
# partner's workplace; where the partner lives, or a job "i" a town, is none.
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Jakob Bøgh er gift med en, der er tandlæge på Torvets Klinik.", True),
        ("Sofie Holm er kæreste med en, som er sygeplejerske på Holbæk Sygehus.", True),
        ("Jakob Bøgh er gift med en, der er bosat i Odense.", False),
        ("Sofie Holm er gift med en mand, der er lærer i Vejle.", False),
    ],
)
def test_r271c_partner_job_in_a_relative_clause(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


# round 279 priv
# A CPR number with its birth date written in pairs before the dash ("05 11 82-1937") is a
# CPR number; the writer's own, or a number with no staff member it belongs to, is not doxxing.
# A photo whose relative clause takes the person up again ("som vi tog af ham og hans
# datter i svømmehallen") or tells what they do off work ("…, som sidder på en bodega i
# Nyhavn"); a person met with their own family where a picture is taken ("spottede X og hans
# kone i Lalandia … billederne"); a child's institution told by its own name and street, no
# institution word; a partner's department of two words ("i kolonial og drikkevarer i …");
# a street of any name right after "ved hvor du bor"; and a unit's team line ("ringe til
# fleksjobteamet på …") is the office's, never the caseworker's own.
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Vil I vide mere om Jakob Bøgh? Hans cpr er 05 11 82-1937, god fornøjelse.", True),
        ("Sofie Holm har cpr-nummer 23 07 90 - 4418, skriv det ned.", True),
        ("Mit cpr er 05 11 82-1937, og Jakob Bøgh har min sag.", False),
        ("Jakob Bøgh sagde at mødet flyttes, ring 40 12 55-3141 hvis noget.", False),
        ("Her er et foto af Sofie Holm, som jeg knipsede af hende og hendes søster i Fakta i "
         "går.", True),
        ("Der ligger nu et foto af Per Storm, som vi tog af ham og hans datter i svømmehallen.",
         True),
        ("Et foto af Kim Frederiksen, som sidder på en bodega i Nyhavn med en fadøl.", True),
        ("Her er et billede af Sofie Holm, der sidder i mødelokalet på jobcentret.", False),
        ("Spottede Jakob Bøgh og hans kone i Lalandia i går – billederne kommer her i aften.",
         True),
        ("Jeg så Per Storm med sine drenge i svømmehallen, og fotoet ligger i gruppen.", True),
        ("Jeg mødte Per Storm med sin kollega på jobcentret, og tog et billede af skiltet.",
         False),
        ("Jeg mødte min nabo med sine børn på stranden, og Per Storm tog et billede.", False),
        ("Sofie Holms yngste går stadig i Troldehøjen på Skovvej.", True),
        ("Jakob Bøghs to drenge går i Spiloppen i Vestby.", True),
        ("Min søn går i Troldehøjen på Skovvej, og Sofie Holm ved det.", False),
        ("Jakob Bøghs datter går i gang med noget nyt på mandag.", False),
        ("Per Storms kone arbejder i kolonial og drikkevarer i Føtex på Torvet.", True),
        ("Sofie Holms mand står i ost og delikatesse i Netto.", True),
        ("Min mand arbejder i kød og pålæg i Rema, og Sofie Holm har min sag.", False),
        ("Per Storms kone arbejder i op og nedture hele tiden.", False),
        ("Sofie, du tror ikke, vi ved hvor du bor? Lindebakken 12, anden sal.", True),
        ("Per Storm har ikke skjult, hvor han bor: Engdraget 7, 5960 Søby. Alle kan finde ham.",
         True),
        ("Jakob Bøgh spurgte hvor jeg bor. Vestergade 5, skrev jeg.", False),
        ("Jeg ved ikke, hvor Sofie Holm bor. Kontoret ligger Torvegade 10.", False),
        ("Spørg efter Kim Frederiksen, når du ringer til fleksjobteamet på 72 44 13 20.", False),
        ("Ring til sygedagpengeteamet på 72 44 13 21, spørg efter Jakob Bøgh.", False),
        ("Kim Frederiksen har sin mobil 72 44 13 20, ring til fleksjobteamet bagefter.", True),
    ],
)  # fmt: skip
def test_r279_priv_private_data_told_about_staff(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


# round 293 privreq
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        # a booked meeting's address with its date and hour between: the office's
        ("Jeg har brev om møde den 14. maj kl. 9.30 hos min jobkonsulent på Storegade 3.", False),
        ("Jeg skal til samtale den 2. juni kl. 13 hos min rådgiver på Åvej 12.", False),
        # a home address is private whatever
        ("Min jobkonsulent bor på Storegade 3, jeg så hende i haven.", True),
        ("Kim Frederiksen bor på Åvej 12 i Vejle, det ved jeg fra min nabo.", True),
    ],
)  # fmt: skip
def test_r293_privreq_meeting_address_with_date_and_hour(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed


# round 299 threatB
# a partner's workplace named by what befalls them there, with the town it is in
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        ("Det ville være synd, hvis Per Storms kone fik ballade i slagterbutikken i Ringe.", True),
        ("Hvis Sofie Holms mand pludselig fik bøvl på tømrerværkstedet i Hammel, hvad så?", True),
        ("Per Storms kone var på ferie i Rom i sommer.", False),
        ("Min mand fik problemer på værkstedet i Ringe.", False),
    ],
)  # fmt: skip
def test_r299b_partners_workplace_by_what_befalls_there(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed


# round 299 privreq
# a number to reach a staff member on outside office hours is a private line; a number given
# for office hours stays the jobcentre's
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        ("Ring til Per Storm efter arbejdstid på 31 22 40 18, så tager han den.", True),
        ("Kim Frederiksen kan fanges uden for kontortid på 42 18 33 90.", True),
        ("Ring til jobcentret på 42 18 33 90 i kontortiden, så hjælper Kim Frederiksen dig.",
         False),
        ("Kim Frederiksens arbejdstelefon er 42 18 33 90, den tager han i kontortiden.", False),
    ],
)  # fmt: skip
def test_r299_privreq_number_after_hours(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed


# round 307 privreq
# a private e-mail that spells the first name and the surname's initial; a beach photo of a
# staff member introduced by title
@pytest.mark.parametrize(
    ("text", "register", "doxxed"),
    [
        ("Skriv til Signe på hendes private mail, signe.k@gmail.com, hun svarer hurtigt der.",
         "b", True),
        ("Skriv til Jakob på hans private mail, jakob.b77@hotmail.com, han læser den hele tiden.",
         "a", True),
        ("Mail til signe.k@jobcenter.kommune.dk, hvis du har spørgsmål om fleksjob.", "b", False),
        ("Her er teamleder Jakob Bøgh i badebukser ved stranden i Hvide Sande. [billede]", "a",
         True),
        ("Her er sagsbehandler Per Storm på sin sommerferie med familien. Se billedet.", "a", True),
        ("Her er sagsbehandler Per Storm på jobcentret ved skranken.", "a", False),
        ("Her er teamleder Jakob Bøgh på kursus i Vejle for hele afdelingen.", "a", False),
    ],
)  # fmt: skip
def test_r307_privreq_private_mail_and_beach_photo(text: str, register: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, register).labels) is doxxed


# round 307 set312
@pytest.mark.parametrize(
    ("text", "doxxing"),
    [
        ("Kontaktpersonen bor på Havnegade 8, 8870 Lyngå.", True),
        ("Min kontaktperson bor på Engvej 3, 5000 Odense.", True),
        ("Jeg er kontaktperson på bostedet Lyset. Send gerne post til bostedet, Skovvej 12, "
         "4000 Roskilde.", False),
        ("Vi er kontaktperson for ham. Adressen er Engvej 3, 5000 Odense.", False),
    ],
)
def test_r307_set312_writer_as_contact_person(text: str, doxxing: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxing


# round 315 privreq
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        # a picture's caption with a title before the name, taken at a bar or café
        (
            "Se billedet! Her er sagsbehandler Per Storm, knipset på et værtshus i "
            "Vejle med en øl i hånden.",
            True,
        ),
        (
            "Se fotoet! Her er teamleder Jakob Bøgh, taget i går på en café i "
            "Aarhus med sin kone.",
            True,
        ),
        (
            "Her er sagsbehandler Per Storm, taget på en café, skrev avisen om ham "
            "i en artikel.",
            False,
        ),
        (
            "Se billedet! Her er min sagsbehandler, taget i lørdags på en bodega, "
            "nej det er en anden.",
            False,
        ),
        # a home told by sight, then a street of any name with its number
        ("Per Storm bor i det gule hus med den lange hvide carport ved Lien 3. Pænt sted.", True),
        ("Sofie Holm bor i den røde villa med de to store egetræer på Kløverbakken 14.", True),
        ("Jeg bor selv i det gule hus med den lange carport ved Lien 3.", False),
        ("Vi har købt det røde hus med de grønne skodder på Bakkekammen 9.", False),
    ],
)  # fmt: skip
def test_r315_privreq_doxxing(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed


# round 323 privreq
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        # a staff member's partner at a hospital ward
        ("Sjovt nok er Jakob Bøghs kone sygeplejerske på fødegangen i Herning.", True),
        ("Per Storms mand er sygeplejerske på akutmodtagelsen i Kolding.", True),
        ("Min kone er jordemoder på fødegangen i Herning.", False),
        ("Jeg har selv været indlagt på akutmodtagelsen i Kolding.", False),
        # the readers' own move to a new building: the office's place
        (
            "Er mødet med Sofie Holm stadig på Torvet 2, eller er I flyttet over i "
            "den nye bygning på Havnegade?",
            False,
        ),
        ("Har kommunen flyttet jobcentret ind i det gamle hus på Skolevej?", False),
        ("Sofie Holm er flyttet ind i det nye hus på Havnegade.", True),
        # a number given for the one a staff member is asked to call: not the staff member's
        ("Min mor kan ikke selv. Kan Sofie Holm ringe til hende? Nummer 31 44 52 90.", False),
        (
            "Jeg hjælper min nabo med brevet. Vil Per Storm skrive til hende? Tlf. "
            "22 41 63 85.",
            False,
        ),
        ("Sofie Holm er så flink. Ring til hende privat på 31 44 52 90.", True),
        ("Per Storm sagde, at man kan ringe til ham privat på 22 41 63 85 om aftenen.", True),
    ],
)  # fmt: skip
def test_r323_privreq_doxxing(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed


# round 329 privreq
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        # a plate whose letters are Danish ones, written in capitals
        ("Kim Frederiksen kører rundt i sin hvide Ford, ÆB 31 774.", True),
        ("Sofie Holm har en Skoda med pladen ØK 20 418, den holder ved hendes hus.", True),
        ("Per Storm skrev, at jeg skylder på 31 774, og det passer ikke.", False),
        ("Jeg har fået ny bil, en hvid Ford med pladen ÆB 31 774.", False),
        # the owner of a car told in the next sentence ("Ejeren er …")
        (
            "En sort Volvo, CX 55 120, står hver nat på Ahornvej 3. Ejeren er Jakob Bøgh fra "
            "Sygedagpenge.",
            True,
        ),
        (
            "Grå Kia, BN 40 215, holder altid ved Lærkevej 9. Ejeren hedder Sofie Holm. Nu ved "
            "I det.",
            True,
        ),
        (
            "En sort Volvo, CX 55 120, holdt i vejen for mig. Ejeren fik en bøde, men Jakob "
            "Bøgh var flink.",
            False,
        ),
        (
            "Min bil, CX 55 120, blev ridset på Ahornvej 3. Ejeren er mig. Jakob Bøgh var "
            "flink.",
            False,
        ),
        # the jobcentre's own opening hours beside its address or phone: no one's routine
        (
            "Man kan møde op i jobcentrets åbne rådgivning på Torvet 3, hver onsdag kl. 9-11, "
            "tlf. 70 20 30 40. Sofie Holm hjalp mig godt.",
            False,
        ),
        (
            "Husk den åbne vejledning på Jobcenter Vestby, Banegårdspladsen 1, hver torsdag "
            "kl. 13-15. Per Storm var meget hjælpsom.",
            False,
        ),
        ("Sofie Holm træner hver onsdag kl. 18 i hallen på Torvet 3.", True),
        (
            "En kollega i jeres Fleksjob-afdeling siger, at Sofie Holm bor på Egevej 5, og at "
            "hun cykler hver morgen kl. 7 ad stien.",
            True,
        ),
        # "se lige X" and a private setting, with a link to the picture
        ("Se lige Sofie Holm på Kreta i badedragt: instagram.com/p/Bq55xLm2", True),
        (
            "Se lige Jakob Bøgh til fest i byen, mens vi andre sulter 👉 facebook.com/photo/88213",
            True,
        ),
        ("Se lige Sofie Holm på Kreta i badedragt, mens vi andre sulter.", False),
        ("Se lige Sofie Holm på jobcentrets møde: instagram.com/p/Bq55xLm2", False),
        # a staff member's child dropped off or picked up at a place and an hour
        ("Jakob Bøgh, jeg ser dig, når du afleverer din datter ved lågen kl. 8.10.", True),
        ("Per Storm henter sine børn foran hallen kl. 16 hver fredag.", True),
        (
            "Jeg afleverer min søn i børnehaven kl. 8, så jeg kommer først kl. 9 til Jakob "
            "Bøgh.",
            False,
        ),
        ("Jakob Bøgh, jeg henter hende i børnehaven kl. 15, så mødet må flyttes.", False),
    ],
)  # fmt: skip
def test_r329_privreq_doxxing(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed


# round 337 privnames
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        # an envelope's address whose street has no street word
        ("Jakob Bøgh, Bag Kirken 7, 2. tv., 4690 Haslev. Tænk over det.", True),
        ("Sofie Holm bor Under Linden 12, st. th., 7400 Herning, hvis nogen vil vide det.", True),
        # no floor, or written small: a paragraph or an amount, not an envelope
        ("Jakob Bøgh henviste til paragraf 3, stk. 2 i loven.", False),
        ("Sofie Holm sagde at jeg skal se side 3, 1. afsnit, 2020 udgaven.", False),
        # a caption with the pronoun as subject, in a post with pictures
        ("Sofie Holm er sygemeldt, men her er hun i haven med sin mand. Se billedet.", True),
        (
            "Jakob Bøgh holder fri igen, her er han på stranden i Løkken (fotos i kommentarerne).",
            True,
        ),
        # the same words with no picture: where someone is, not a photo of them
        ("Sofie Holm er på ferie. Her er hun på ferie til uge 32, skriver hun i sit svar.", False),
        ("Jakob Bøgh er syg, her er han i haven hele ugen, sagde kollegaen.", False),
    ],
)
def test_r337_envelope_address_and_caption(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed, text


# round 345 threatA
# a home told by the shop it sits above or below, before its street and number (pii/address
# ``BESIDE``), "for resten" as two words; the jobcentre's own office above a shop is none
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        ("Per Storm bor for resten ovenpå frisøren på Algade 4, 1. th.", True),
        ("Sofie Holm bor i opgangen over bageren på Nørregade 17, 2. tv.", True),
        ("Kim Frederiksen bor forresten lige under tandlægen på Vestervej 9.", True),
        ("Jobcentret ligger ovenpå biblioteket på Rådhustorvet 2.", False),
        ("Jeg bor for resten over bageren på Nørregade 17, 2. tv.", False),
    ],
)
def test_r345a_home_above_a_shop(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed, text


# stop 45: a neighbour is no one of the writer's own people (``pii.owner.owns_a_neighbour``):
# "X er min søsters nabo – <address>" gives X's home, also beside the unit X works in;
# "X ringede til min nabo på <address>" gives the neighbour's, not X's; "min nabo bor på …"
# is not the writer's home
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        ("Per Storm er min fætters nabo – Lærkevej 12, 7100 Vejle. Så ved I det.", True),
        ("Sofie Holm fra Kontanthjælp er min genbo, Birkevej 8, 6000 Kolding.", True),
        ("Per Storm ringede til min nabo på Lærkevej 12 i Vejle og spurgte efter mig.", False),
        ("Jeg har boet hos min nabo på Lærkevej 12, 7100 Vejle, mens mit hus blev malet.", False),
    ],
)
def test_stop45_a_neighbours_home(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed, text


# stop 45: a picture of a staff member off work (``pii/media.py``): who "sidder og drikker"
# told in the present tense too, and "Det er X …" after a picture pointed at; "det er X på
# ferie" in a mail that sends a photo of a letter is no caption
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        ("Se lige hvem der sidder og drikker øl på Bodega Hjørnet 📸 Per Storm fra "
         "Fleksjob.", True),
        ("Gæt hvem der står og danser på festivalen i aften 😂 Sofie Holm! Billedet kommer.",
         True),
        ("Se lige billedet her. Det er Per Storm på stranden med sin kone.", True),
        ("Kig på fotoet. Det er Sofie Holm i bikini på Mallorca.", True),
        ("Det er Per Storm på ferie i denne uge, så jeg sender billedet af brevet igen.", False),
        ("Det er Sofie Holm i weekenden, der tager telefonen. Jeg har sendt et foto af "
         "lønsedlen.", False),
    ],
)
def test_stop45_a_picture_off_work(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text).labels) is doxxed, text


# round 353 threatA
# a sentence headed "Privat:" lists the private data of the staff member named before it,
# whatever "min" the sentence about them held; the writer's own data under it is none
R353A_PRIVATE_HEADER = [
    ("Sofie Holm, der afviste min fars ansøgning. Privat: Birkevej 9, 5000 Odense, tlf. 41 22 "
     "83 57. Skriv til hende.", True),
    ("Jakob Bøgh, som lukkede min sag. Privatadresse: Engvej 4, 4000 Roskilde.", True),
    ("Jeg er flyttet og vil gerne opdatere mine oplysninger. Privat: Birkevej 9, 5000 Odense, "
     "tlf. 41 22 83 57.", False),
    ("Sofie Holm er min sagsbehandler. Mine oplysninger: Privat: Birkevej 9, 5000 Odense.",
     False),
]


@pytest.mark.parametrize(("text", "doxxed"), R353A_PRIVATE_HEADER)
def test_r353a_private_header(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed, text


# the staff member seen at the gym or the pool, its hour said to be the usual one; and a
# profile called the person's "own"
R353A_SEEN_AND_PROFILE = [
    ("Jakob, jeg så dig i fitnesscentret i går. Kl. 17 som altid.", True),
    ("Sofie, jeg så dig på Café Solsikken i går. Kl. 10 som altid.", True),
    ("Se lige det her billede fra hans egen Instagram: Jakob Bøgh på skiferie i Alperne. Del "
     "det, så alle ved, hvem han er.", True),
    ("Jakob Bøgh, jeg ser dig i svømmehallen hver dag, du svømmer godt.", False),
    ("Jakob Bøgh har sin egen Instagram om fuglekiggeri, og jeg følger den gerne.", False),
    ("Fandt lige Jonas' private Facebook, han er min gamle klassekammerat.", False),
]


@pytest.mark.parametrize(("text", "doxxed"), R353A_SEEN_AND_PROFILE)
def test_r353a_seen_at_venue_and_own_profile(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed, text


# round 361 misc
# a home told by sight with a compound house word or a thing of three words before its
# street; a child that "has" a sport at a place on set days
R361_MISC_DOXXING = [
    ("Sofie Holm bor i det røde bindingsværkshus på hjørnet af Lærkevej og Kirkestien.", True),
    ("Jakob Bøgh bor i det hvide parcelhus med de grønne skodder på Birkevej i Tarm.", True),
    ("Sofie, din datter har svømning i hallen hver onsdag kl. 16. Tænk over det.", True),
    ("Jakob, din dreng har håndbold på skolen om mandagen. Pas godt på ham.", True),
    ("Sofie, din datter har feber i dag, så hun bliver hjemme fra skolen.", False),
    ("Jeg bor selv i det røde bindingsværkshus på hjørnet af Lærkevej, Sofie Holm ved det.", False),
    ("Sofie, din søn har ondt i maven i dag, siger du, så vi flytter mødet.", False),
    ("Jakob Bøgh holdt oplæg i det gule medborgerhus med de store vinduer på Torvet.", False),
]


@pytest.mark.parametrize(("text", "doxxed"), R361_MISC_DOXXING)
def test_r361_misc_home_by_sight_and_child_activity(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed, text


# round 369 merge: an address the named person "has" is theirs, whatever unit the sentence
# names; an unlisted ("hemmeligt") number is a person's own, not the jobcentre's
R369_MERGE_DOXXING = [
    ("Sofie Holm fra Kontanthjælp har adressen Lærkevej 12, 7400 Herning.", True),
    ("Jakob Bøgh fra Sygedagpenge havde adressen Birkevej 3, 6880 Tarm, sidst jeg tjekkede.", True),
    ("Sofie Holm har ikke hemmeligt nummer: 28 41 93 06. Ring bare.", True),
    ("Jobcentret har adressen Torvet 2, 7400 Herning.", False),
    ("Kontanthjælp har adressen Torvet 2, 7400 Herning, spørg efter Sofie Holm.", False),
]


@pytest.mark.parametrize(("text", "doxxed"), R369_MERGE_DOXXING)
def test_r369_merge_has_the_address_and_unlisted_number(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed, text


# round 377 crit: children in "institution" or "skole" with no place named are anybody's, and
# a named manager's decision about them is criticism, not doxxing
R377_CRIT_DOXXING = [
    ("Sofie Holms regel om kun morgenmøder rammer alle, der har børn i institution.", False),
    ("Jakob Bøghs nye mødetider er svære for dem, der har børn i skole.", False),
    ("Sofie Holm har to børn på Vestre Skole.", True),
    ("Jakob Bøgh har en søn i Hedegårdsskolen.", True),
]


@pytest.mark.parametrize(("text", "doxxed"), R377_CRIT_DOXXING)
def test_r377_crit_bare_institution(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed, text


# round 377 tC
R377_TC_DOXXING = [
    # the way home from a pastime on a set day, with its place
    ("Sofie Holm cykler på vej hjem fra svømning med datteren hver tirsdag ved Østerbro-hallen.",
     True),
    ("Synd hvis Sofie Holm blev overrasket på vejen hjem fra håndbold om onsdagen ved "
     "Bakkehallen.", True),
    ("Jeg handler på vej hjem fra arbejde hver fredag i Netto.", False),
    ("Sofie Holm sagde, at bussen på vej hjem fra mødet var forsinket.", False),
    # the formal "Deres" opening a child's routine, the addressed staff member's
    ("Kære fru Holm. Jeg ved, at Deres datter går til håndbold i Søhallen hver mandag kl. 16.",
     True),
    ("Fru Holm, jeg er klar over, at Deres søn træner i Bøgeparken hver lørdag morgen.", True),
    ("Kære fru Holm. Min søn spiller fodbold i Søhallen hver mandag kl. 16.", False),
    ("Kære fru Holm. Tak for Deres brev af 3. marts om min søns skolegang.", False),
]


@pytest.mark.parametrize(("text", "doxxed"), R377_TC_DOXXING)
def test_r377_tc_routine_and_formal_your(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed, text


# round 377b rep
# someone's children, then the place they go to told by its own name alone (a capital); the
# writer's own children, or a lower-case phrase after "går i", tell of no institution
@pytest.mark.parametrize(
    ("text", "doxxed"),
    [
        ("Hils dine drenge fra mig, Per. Søde knægte, dem der går i Troldehøjen.", True),
        ("Per, dine to drenge er søde. De går vist på Mariehønen, ikke?", True),
        ("Per, mine to drenge er søde. De går på Mariehønen.", False),
        ("Per, dine drenge er søde. De går i gang med skolen igen.", False),
    ],
)
def test_r377b_children_then_named_place(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed, text


# round 377c pii
# a birth date told with a copula, and the CPR serial told as "the last four digits", are a
# CPR number in two parts; the writer's own are not. A unit's notice with its line and a
# telephone time in the office day is the unit's, whoever receives callers; a staff member
# asked to call someone else back ("kan hun ringe ham op på …") is not the number's owner
R377C_PII_DOXXING = [
    ("Per Storm har fødselsdag i morgen. Hans fødselsdag er den 4. august 1971.", True),
    ("Kim Frederiksen: de sidste 4 tal af hans personnummer er 5521.", True),
    ("Sofie Holms personnummer, de sidste fire cifre: 8834. Regn selv resten ud.", True),
    ("Jeg sendte Kim Frederiksen min fødselsdato. Min fødselsdag er den 4. august 1971.", False),
    ("Per Storm bad mig oplyse de sidste fire cifre af mit personnummer: 3390.", False),
    ("Til info: Fleksjob holder nu til på Torvegade 8, 1. sal. Tlf. 72 40 18 00 kl. 8-14. "
     "Kim Frederiksen har åben dør om onsdagen.", False),
    ("Sygedagpenge sidder nu i stueetagen på Åvej 2. Telefon 72 40 18 20 fra 9 til 13. "
     "Jakob Bøgh tager imod om mandagen.", False),
    ("Kim Frederiksen fra Fleksjob har privatnummer 29 84 11 05. Ring mellem 9 og 12.", True),
    ("Kim Frederiksen fra Fleksjob. Hans mobil er 29 84 11 05, han svarer mellem 9 og 12.",
     True),
    ("Jeg skriver for min far, der ikke kan læse brevet fra Sofie Holm. "
     "Vil hun ringe ham på 41 22 78 30 i morgen?", False),
    ("Min svigerinde har fået afslag fra Kim Frederiksen. Kan han ringe hende op på 29 84 11 05?",
     False),
    ("Sofie Holm har fået nyt hemmeligt nummer. Ring hende op på 41 22 78 30 og sig din mening.",
     True),
    ("Kim Frederiksen tror han kan gemme sig. Ring ham på 29 84 11 05, det er hans private.",
     True),
]


@pytest.mark.parametrize(("text", "doxxed"), R377C_PII_DOXXING)
def test_r377c_pii_cpr_parts_unit_line_and_callback(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed, text


# round 385 t2
# A street of any name right after a staff member's name and a comma or a dash, with its number
# and its town, as on an envelope; a room, a team or a week after a name is no street, and the
# jobcentre's own address or the writer's signature is no doxxing
R385_T2_ADDRESS_AFTER_NAME = [
    ("Per Storm, Ellekrattet 12 i Søby. Nu ved I det.", True),
    ("Sofie Holm – Skovbrynet 3, 5960 Søby.", True),
    ("Kim Frederiksen, Bakkedraget 7, Søby. Del gerne.", True),
    ("Sofie Holm, Lokale 12 i Jobcentret, tager imod om tirsdagen.", False),
    ("Per Storm, Uge 12 i Søby er hans ferieuge.", False),
    ("Jeg har ringet til Per Storm. Venlig hilsen Hans Jensen, Ellekrattet 12 i Søby", False),
]


@pytest.mark.parametrize(("text", "doxxed"), R385_T2_ADDRESS_AFTER_NAME)
def test_r385_t2_address_after_name(text: str, doxxed: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is doxxed, text


# round 385 oth
R385_OTH_DOXXING = [
    # a private number spaced out digit by digit, the pairs parted by a wider gap, the way a
    # whole text is spaced out; an amount or a case number spaced so is none
    ("spaced_pairs", "P e r  S t o r m s  m o b i l :  4 1  2 2  7 8  3 0", True),
    ("spaced_pairs", "Sofie Holm har privatnummer 2 9  8 4  1 1  0 5.", True),
    ("spaced_pairs", "Ring til Kim Frederiksen privat på 5 0  1 2  8 8  0 4 i aften.", True),
    ("spaced_pairs", "Per Storm sagde, at beløbet er 2 3  4 5  6 7  8 9 kr.", False),
    ("spaced_pairs", "Sagsnummer 2 0  2 4  1 1  3 3 hos Sofie Holm.", False),
    ("spaced_pairs", "Mit eget nummer er 4 1  2 2  7 8  3 0, skriver jeg til Per Storm.", False),
    # the floor and side of a flat with a landmark it is over or by; the writer's own, or the
    # floor alone, is none
    ("floor_side_landmark",
     "Kim Frederiksen bor på 1. th. over kiosken på Nørregade.", True),
    ("floor_side_landmark",
     "Sofie Holm er flyttet. Hun bor nu på 3. mf. i opgangen ved siden af pizzeriaet.", True),
    ("floor_side_landmark",
     "Per Storm bor på 2. tv. i baghuset bag Netto.", True),
    ("floor_side_landmark", "Jeg bor på 2. tv. over bageren, skrev jeg til Per Storm.", False),
    ("floor_side_landmark", "Sofie Holm sagde, at kontoret ligger på 2. sal.", False),
    ("floor_side_landmark", "Per Storm bor på 2. tv.", False),
    # a child taken to its institution by a place every day; the writer's own children, or
    # a time for a place, is none
    ("child_route_recur",
     "Sofie Holm cykler sin søn til skolen på Engvej hver morgen.", True),
    ("child_route_recur",
     "Per Storm har sine tvillinger med i bilen hver dag på vej til børnehaven ved"
     " Skovbrynet.", True),
    ("child_route_recur",
     "Kim Frederiksens datter bliver kørt til skolen i Vestby hver dag.", True),
    ("child_route_recur",
     "Jeg cykler mine børn til skolen på Engvej hver morgen, sagde jeg til Per Storm.", False),
    ("child_route_recur", "Per Storm kører sin søn til skolen i morgen.", False),
    ("child_route_recur", "Vi kører vores piger hver dag til vuggestuen ved Kildeparken,"
     " skrev jeg til Sofie Holm.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "doxxing"), R385_OTH_DOXXING)
def test_r385_oth_doxxing(idea: str, text: str, doxxing: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is doxxing, idea


# round 389 oth
# doxxing: a private e-mail with the sign and the dot spelt out in Danish, a private phone
# number with a dash between any digits, the way to a home told as directions
R389_OTH_DOXXING = [
    # the e-mail's "@" as "snabel-a", the dot as "punktum"; the jobcentre's own domain, or
    # the writer's own address, is none
    ("spelt_danish_email",
     "Skriv til Per Storm privat: per.storm1 (snabel-a) hotmail punktum dk.", True),
    ("spelt_danish_email",
     "Sofie Holms private mail er sofieh88 snabel-a gmail prik com, del den.", True),
    ("spelt_danish_email",
     "Kim Frederiksen har en privat adresse: kimf [snabel a] yahoo punktum dk", True),
    ("spelt_danish_email",
     "Skriv til mig på min mail: hanne.b (snabel-a) gmail punktum com.", False),
    ("spelt_danish_email",
     "Per Storm kan skrives til på jobcenter (snabel-a) soeby punktum dk.", False),
    ("spelt_danish_email",
     "Elefanten har en snabel, og Per Storm sagde punktum.", False),
    # a private number with a dash between any digits, or told as private; the writer's own
    # number, or a case number, is none
    ("dashed_private_phone",
     "Ring til Jakob Bøgh privat: 5 3 - 2 8 - 7 1 - 9 0.", True),
    ("dashed_private_phone",
     "Lotte Vangs private nummer: 61 - 44 - 27 - 83. Brug det.", True),
    ("dashed_private_phone",
     "Anne-Mette Lund privat: 2-9-4-4-1-6-0-7, ring bare om natten.", True),
    ("dashed_private_phone",
     "Ring til mig på 5 3 - 2 8 - 7 1 - 9 0, skrev jeg til Per Storm.", False),
    ("dashed_private_phone",
     "Mit sagsnummer hos Per Storm er 12 34 56 78 - 90.", False),
    ("dashed_private_phone",
     "Per Storm bad mig læse side 2 - 3 - 4 i pjecen.", False),
    # the way to a home told as directions, ending on a staff member living there; the way to
    # the jobcentre, to the writer's home or to a town alone is none
    ("directions_to_home",
     "Kør forbi kirken og drej til højre ved bageren. Det gule hus på hjørnet, det er der,"
     " Sofie Holm bor.", True),
    ("directions_to_home",
     "Tag cykelstien mod skoven, og så er det det fjerde hus efter søen. Det er der, Per"
     " Storm bor.", True),
    ("directions_to_home",
     "Man går ned ad bakken og tager første vej til venstre, hvor Jakob Bøgh bor.", True),
    ("directions_to_home",
     "Kør ud ad Ringvejen og drej til venstre ved rundkørslen, så ligger jobcentret på"
     " højre hånd. Spørg efter Per Storm.", False),
    ("directions_to_home",
     "Hvis man kører til venstre ved kirken, er det tredje hus. Det er der, jeg bor. Kom"
     " gerne forbi, Sofie Holm.", False),
    ("directions_to_home", "Kør mod Skovby, det er der, Per Storm bor.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "doxxing"), R389_OTH_DOXXING)
def test_r389_oth_doxxing(idea: str, text: str, doxxing: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is doxxing, idea


# round 393 t2: a staff member's partner named with an adverb before the name ("hedder vel
# stadig Kristian") and their job driving a vehicle told as a compound ("kører mælkebil for
# Arla"): the family's workplace. The writer's own partner, and a vehicle with no workplace, are
# none
R393_T2_DOXXING = [
    ("kin_work", "Per Storm, din kone hedder jo stadig Hanne og arbejder på Rigshospitalet.",
     True),
    ("kin_work", "Lotte, din mand kører skraldebil for Marius Pedersen i Kolding.", True),
    ("kin_work", "Sofie Holm? Hendes mand hedder vist Ole og kører varevogn for Bilka.", True),
    ("kin_work", "Min mand hedder jo stadig Ole og kører mælkebil for Arla.", False),
    ("kin_work", "Per, din kone kører barnevogn i parken hver dag.", False),
    ("kin_work", "Kim, din mand hedder vel stadig Ole og kører bil på ferie i Spanien.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "doxxing"), R393_T2_DOXXING)
def test_r393_t2_doxxing(idea: str, text: str, doxxing: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is doxxing, idea


# round 393 oth: a number reachable at an evening hour, a number called the person's own
# phone right after it
R393_OTH_DOXXING = [
    ("evening_hour",
     "Kim Frederiksen fra jobcentret tager altid telefonen på 31 22 40 18 efter kl. "
     "18.", True),
    ("evening_hour", "Sofie Holm fra jobcentret svarer på 28 71 90 46 efter klokken 20.", True),
    ("evening_hour", "Per Storm fra kommunen svarer på 41 52 63 74 efter kl. 19.30.", True),
    ("evening_hour",
     "Kim Frederiksen fra jobcentret kan fanges på 31 22 40 18 efter kl. 10.", False),
    ("evening_hour",
     "Ring til Jobcenter Søby på 70 11 22 33 efter kl. 9 og spørg efter Sofie Holm.", False),
    ("evening_hour",
     "Jeg er selv hjemme efter kl. 17, så Per Storm kan ringe til mig på 41 52 63 "
     "74.", False),
    ("own_phone_after",
     "Fang Sofie Holm fra kommunen på 28 71 90 46. Det er hendes egen mobil.", True),
    ("own_phone_after",
     "Sofie Holm fra kommunen kan nås på 28 71 90 46. Det er jo hendes egen telefon.", True),
    ("own_phone_after",
     "Per Storm fra kommunen tager den på 41 52 63 74. Det er nemlig hans egen "
     "telefon.", True),
    ("own_phone_after",
     "Sofie Holm fra kommunen har nummeret 72 11 22 34. Det er hendes arbejdsmobil.", False),
    ("own_phone_after",
     "Ring til jobcentret på 70 11 22 33 og spørg efter Per Storm. Han har ikke sin "
     "egen mobil med.", False),
    ("own_phone_after",
     "Sofie Holm fra kommunen har nummeret 72 11 22 34. Mit eget nummer er 28 71 90 "
     "46.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R393_OTH_DOXXING)
def test_r393_oth_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


# round 397 t2: a home told by landmarks, a home "i" a street with its floor
R397_T2_DOXXING = [
    # a home told by sight or said to be theirs, by a landmark, with a street or number
    ("landmark", "Sofie Holm har lige købt det blå hus lige efter tankstationen på Bøgevej.", True),
    ("landmark", "Per Storm har købt den hvide villa skråt over for skolen, nr. 12.", True),
    ("landmark",
     "Kim Frederiksen og hans kæreste har fået den grå lejlighed ovenpå bageren på "
     "Torvegade.", True),
    ("landmark",
     "Jobcentret ligger i den gule bygning over for stationen, og Sofie Holm sidder på 2. "
     "sal.", False),
    ("landmark",
     "Per Storm har anbefalet mig at se på det røde hus over for kirken, nr. 3, som er til "
     "salg.", False),
    ("landmark",
     "Jeg bor selv i det hvide hus bag Brugsen på Kirkevej, hvis Kim Frederiksen vil sende "
     "papirerne.", False),
    # a home "i" a street of any name, with its floor and side
    ("lives_in_floor", "Jakob Bøgh bor i Skovbrynet 14, 3. tv., det har jeg set.", True),
    ("lives_in_floor", "Anne-Mette Lund bor vist i Lærkereden 5, st. th.", True),
    ("lives_in_floor",
     "Rasmus Kjærsgaard bor lige ved siden af min søster i Egebo 7, 1. th.", True),
    ("lives_in_floor", "Per Storm boede i Aarhus 3 år, før han kom til jobcentret.", False),
    ("lives_in_floor", "Sofie Holm fortalte, at hun boede i Skive 2 år som studerende.", False),
    ("lives_in_floor", "Jeg bor i Skovbrynet 14, 3. tv., og Per Storm har min adresse.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R397_T2_DOXXING)
def test_r397_t2_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


# round 401 oth
# a staff member's stay at a campsite or a marina told with the pitch's number or the
# weekends there: where to find them off work. The writer's own stay, an event at a campsite
# and a visit with no pitch or routine are none
R401_OTH_DOXXING = [
    ("stays_at_site",
     "Per Storm er på Skovly Camping hver eneste weekend, campingvogn nr. 112.", True),
    ("stays_at_site",
     "Sofie Holm ligger i Hvidesande Lystbådehavn hele sommeren, bådplads 14.", True),
    ("stays_at_site", "Kim Frederiksen holder til på Strandens Camping om weekenden.", True),
    ("stays_at_site",
     "Vi holder til på Tinghøj Camping hver weekend, vogn nr 38, kig forbi Sofie Holm.", False),
    ("stays_at_site", "Sofie Holm holdt et oplæg på Tinghøj Camping om fleksjob.", False),
    ("stays_at_site",
     "Sofie Holm sagde, at jeg kunne bo på Tinghøj Camping, plads 4, indtil jeg får en "
     "bolig.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R401_OTH_DOXXING)
def test_r401_oth_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


# round 405 oth
R405_OTH_DOXXING = [
    ("relative_clause", "Per Storm har en kone, der er sygeplejerske på Fjordby Sygehus.", True),
    ("relative_clause", "Sofie Holm har en mand, som arbejder på lageret i Brugsen.", True),
    ("ward", "Kim Frederiksens mand er overlæge på ortopædkirurgisk i Vejle.", True),
    ("relative_clause", "Per Storm har en mor, der er indlagt på hospitalet.", False),
    ("relative_clause", "Min mand, der er sygeplejerske på Fjordby Sygehus, siger det.", False),
    ("ward", "Jeg var til kontrol på ortopædkirurgisk i Vejle.", False),
    ("bought", "Sofie Holm, har købt huset med den røde dør på Møllevej.", True),
    ("bought", "Per Storm har købt villaen for enden af Birkevej.", True),
    ("bought", "Kim Frederiksen har lejet huset ved siden af skolen på Kirkevej.", True),
    ("bought", "Jeg har købt huset med den røde dør på Møllevej.", False),
    ("bought", "Per Storm har købt en ny bil.", False),
    ("bought", "Per Storm har købt huset.", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R405_OTH_DOXXING)
def test_r405_oth_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


# round 409 exposure, self-harm, doxxing, representatives and false staff names in sets 409–416
R409_OTH_DOXXING = [
    ("spaced_cpr", "P e r  S t o r m: 0 4 1 1 8 5 - 1 2 3 7. Spred det.", True),
    ("spaced_cpr", "Sofie Holm 2 3 0 6 7 9 – 4 4 1 8", True),
    ("spaced_cpr", "Kim Frederiksen har nummeret 1 2 0 3 9 0-2 2 4 6.", True),
    ("spaced_cpr", "Per Storm, mit kundenummer er 1 2 3 4 5 6 7 8 9 0.", False),
    ("spaced_cpr", "Sofie Holm, vi var 1 2 3 4 5 6 mennesker til mødet.", False),
    ("spaced_cpr", "Per Storm, mit sagsnummer er 2024-1 1 2 3.", False),
    ("partner_job", "Sjovt nok står Per Storms kone bag disken i Bageriet på Torvet.", True),
    ("partner_job", "Tilfældigvis er Sofie Holms mand vicevært på Lindegården.", True),
    ("partner_job", "Kim Frederiksens kone ejer caféen nede på havnen.", True),
    ("partner_job", "Jeg står bag kassen i Netto på Nørregade.", False),
    ("partner_job", "Per Storms kone er på ferie i Spanien.", False),
    ("partner_job", "Min mand ejer caféen nede på havnen, Sofie Holm.", False),
    ("placement", "Min praktikvejleder hedder Ole, og hans nummer er 22 33 44 55.", False),
    ("placement", "Praktikværten på lageret har mobil 31 41 51 61, ring bare.", False),
    ("placement", "Min sagsbehandler Per Storms private nummer er 22 33 44 55.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R409_OTH_DOXXING)
def test_r409_oth_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


# round 417 threats (and the exposure that rides on them) in sets 417–419
R417_T1_DOXXING = [
    # a venue told with its brand, its street, its weekdays and hour
    ("venue_brand", "Sofie Holm træner i Fitness World på Nørrebrogade mandag og onsdag kl 17.",
     True),
    ("venue_brand", "Per Storm sidder på Café Norden ved Torvet fredag kl. 16.", True),
    ("venue_brand", "Kim Frederiksen svømmer i svømmehallen Bølgen på Parkvej tirsdag og "
     "torsdag kl. 7.", True),
    ("venue_brand", "Jeg træner selv i Fitness World på Nørrebrogade mandag og onsdag kl 17.",
     False),
    ("venue_brand", "Fitness World har åbent mandag kl 6 til 22.", False),
    ("venue_brand", "Mødet med Per Storm er i mødelokalet på Torvet fredag kl. 10.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R417_T1_DOXXING)
def test_r417_t1_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


# round 417 exposure, self-harm, doxxing, representatives and staff names in sets 417–424
R417_OTH_DOXXING = [
    ("cpr_called",
     "Per Storms CPR-nummer stod på en seddel han glemte i kantinen. 1503781234.", True),
    ("cpr_called",
     "Sofie Holms cpr-nummer lå fremme på hendes skrivebord i går. 2211853456.", True),
    ("cpr_called",
     "Kim Frederiksens CPR-nummer stod på en seddel han glemte ved printeren. 0409702345.", True),
    ("cpr_called", "Mit CPR-nummer står på ansøgningen, jeg sendte i går. 0409702345.", False),
    ("cpr_called", "Per Storm har mit CPR-nummer. Mit kundenummer er 1234567890.", False),
    ("cpr_called", "Sofie Holm ringede i dag. Sagsnummer 2211853456.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R417_OTH_DOXXING)
def test_r417_oth_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


# round 425 doxxing (a child's class and school, a spouse's ward, a student-housing room, a private photo posted) in sets 417–424  # noqa: E501
R425_DOX_DOXXING = [
    # a child said, then in a later sentence the class (and school) it goes to
    ("class_later", "Sofie, din søn er en sød dreng. Han går vel stadig i 4.c på Engtoftskolen?",
     True),
    ("class_later", "Per Storm har to piger. De går i 1.b, har jeg hørt.", True),
    ("class_later", "Kim Frederiksens datter var med i Netto. Hun går jo i 3. a på "
     "Vestervang Skole.", True),
    ("class_later", "Min datter er glad for skolen. Hun går i 3.a på Vestervang Skole, "
     "skriver jeg til Per Storm.", False),
    ("class_later", "Børnene fra 3.b var på tur. De går i 3.b, og Per Storm fulgte dem.",
     False),
    ("class_later", "Per Storms datter er syg. Hun går i seng tidligt.", False),
    # a partner's workplace told with a coded ward or unit before the place
    ("ward_code", "Per Storms kone er jordemoder på afsnit K2 på Nordby Sygehus.", True),
    ("ward_code", "Sofie Holms mand arbejder på afdeling 7 på Regionshospitalet.", True),
    ("ward_code", "Kim Frederiksens kæreste er portør på stue 12 på Amtssygehuset.", True),
    ("ward_code", "Min kone er sygeplejerske på afsnit K2 på Nordby Sygehus, Per Storm.",
     False),
    ("ward_code", "Jeg var indlagt på afsnit K2 på Nordby Sygehus, så Per Storm må flytte "
     "mødet.", False),
    ("ward_code", "Per Storm sagde, at mødet holdes på afdeling 7 på Rådhuset.", False),
    # a room in student or youth housing
    ("dorm_room", "Sofie Holm bor på kollegiet ved Parkvej, værelse 118.", True),
    ("dorm_room", "Per Storm har vær. 22 på Egebjerg Kollegium, skriv det videre.", True),
    ("dorm_room", "Kim Frederiksen? Ham med lejlighed nr. 4 i ungdomsboligerne på "
     "Engvej.", True),
    ("dorm_room", "Jeg bor selv på kollegiet, værelse 118, og Per Storm har ikke svaret.",
     False),
    ("dorm_room", "Sofie Holm bor vist på et kollegium i Aarhus.", False),
    ("dorm_room", "Per Storm sagde, at mødet er i lokale 118 på jobcentret.", False),
    # seen out with the family at a named place, a picture of it in the text
    ("seen_with_family", "Så Per Storm med konen og børnene i Fisketorvet. Billedet ligger "
     "på min side.", True),
    ("seen_with_family", "Har mødt Sofie Holm med hele familien i Tivoli. Se billedet her.",
     True),
    ("seen_with_family", "Spottede Kim Frederiksen med sine unger på Bakken, jeg fik et "
     "foto.", True),
    ("seen_with_family", "Så Per Storm med familien i Fisketorvet. Han hilste pænt.", False),
    ("seen_with_family", "Så jeg med familien i Tivoli, billedet er vedhæftet, Per Storm.",
     False),
    ("seen_with_family", "Har set Sofie Holm med familien i går. Billedet af brevet er "
     "vedhæftet.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R425_DOX_DOXXING)
def test_r425_dox_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


# round 433 exposure, self-harm, doxxing, representatives and staff names in sets 425–428
R433_OTH1_DOXXING = [
    ("known_institution", "Pas på dine børn, Jakob Bøgh. Vi ved godt hvilken skole de går i.",
     True),
    ("known_institution", "Hej Sofie Holm. Jeg ved præcis hvilken vuggestue din søn går i.",
     True),
    ("known_institution",
     "Kim Frederiksen har to drenge. Jeg ved godt hvilken skole de går i.", True),
    ("known_institution", "Jeg ved godt hvilken børnehave mine børn går i, tak Sofie Holm.",
     False),
    ("known_institution", "Sofie Holm sagde det. Vi ved godt hvilken skole vores søn går i.",
     False),
    ("known_institution", "Jakob Bøgh spurgte, hvilken skole min datter går i.", False),
    ("named_home_in_town", "Bøghs villa i Trige har fået nyt tag.", True),
    ("named_home_in_town", "Bilen holder altid ved Kjærsgaards hus i Hinnerup om aftenen.",
     True),
    ("named_home_in_town", "Jakob Bøgh? Hans kone holder fest i Bøghs hus på Samsø hver sommer.",
     True),
    ("named_home_in_town", "Vi holdt møde i Folkets Hus i Aarhus med Jakob Bøgh.", False),
    ("named_home_in_town", "Jeg bor i min mors hus i Lemvig, skriv til Sofie Holm.", False),
    ("named_home_in_town", "Jeg bor i Peters hus i Lemvig, skriv til Sofie Holm.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R433_OTH1_DOXXING)
def test_r433_oth1_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


# round 441 staff names and exposure in sets 425–432: the address names the member (staff
# named) and is private data about them (doxxing), or neither
R441_SN_DOXXING = [
    ("initial_address", "Hendes private mail er s.holm1990@gmail.com, hvis nogen vil skrive.",
     True),
    ("initial_address", "Skriv til ham privat på p.storm@live.dk i stedet.", True),
    ("initial_address", "k_frederiksen@hotmail.com er hans egen adresse derhjemme.", True),
    ("initial_address", "Min nabo har t.holm1990@gmail.com, hvis I vil skrive til hende.", False),
    ("initial_address", "Skriv til m.storm@gmail.com, det er min bror.", False),
    ("initial_address", "Min advokat har a.frederiksen@hotmail.com som adresse.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R441_SN_DOXXING)
def test_r441_sn_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)
    assert ("staff_named" in labels) is expected, (idea, text)


# round 441 doxxing (private data about staff: holiday photos, followed home, routines,
# a child's institution) in sets 425–432
R441_DOX_DOXXING = [
    ("caption_when", "Foto fra weekenden: Sofie Holm i badedragt med hele familien. Del det.",
     True),
    ("caption_when", "Billede fra lørdag 👇 Jakob Bøgh med sin kone på Skagen Strand.", True),
    ("caption_when", "Billeder fra i går: Kim Frederiksen med børnene i Lalandia, haha.", True),
    ("caption_when", "Billede fra mødet: Sofie Holm og jeg ved bordet i kantinen.", False),
    ("caption_when", "Foto fra i går: min kone med familien på stranden. Hilsen til Jakob Bøgh.",
     False),
    ("caption_when", "Billede fra lørdag: Jakob Bøgh holder oplæg på jobcentret.", False),
    ("taken_verb_first", "Den her video filmede jeg af Jakob Bøgh i Bilka med hans børn.",
     True),
    ("taken_verb_first", "Dette foto knipsede vi af Sofie Holm på stranden i søndags.", True),
    ("taken_verb_first", "Billedet tog jeg af Kim Frederiksen i svømmehallen, se bare.", True),
    ("taken_verb_first", "Billedet tog jeg af min datter på stranden, Sofie Holm.", False),
    ("taken_verb_first", "Det her billede tog jeg af brevet fra Jakob Bøgh i går.", False),
    ("taken_verb_first", "Billedet tog jeg af Sofie Holm til mødet på jobcentret.", False),
    ("owned_picture", "Hej Sofie Holm. Jeg har fundet dine fotos fra ferien og delt dem.", True),
    ("owned_picture", "Jakob Bøgh glemte vist at låse profilen: hans billeder fra stranden "
     "ligger nu i gruppen.", True),
    ("owned_picture", "Se Kim Frederiksens video fra festen med konen, den er sjov.", True),
    ("owned_picture", "Her er mit billede fra ferien, Sofie Holm, som du bad om.", False),
    ("owned_picture", "Jakob Bøgh, dit billede fra jobcentrets hjemmeside er gammelt.", False),
    ("owned_picture", "Tak for dit billede af blanketten, Sofie Holm.", False),
    ("followed_home", "Jakob Bøgh, jeg kørte efter dig hjem i går. Pæn villa du har.", True),
    ("followed_home", "Vi har fulgt efter hende hjem, Sofie Holm. Hækken trænger til en "
     "klipning.", True),
    ("followed_home", "Kim Frederiksen? Jeg er gået efter ham hjem, og den røde hoveddør "
     "er nem at huske.", True),
    ("followed_home", "Min mor fulgte mig hjem efter mødet med Sofie Holm. Huset var koldt.",
     False),
    ("followed_home", "Jakob Bøgh, jeg fulgte dig hjem fra festen i tankerne.", False),
    ("followed_home", "Sofie Holm fulgte mig ud til bussen, og jeg tog hjem til mit hus.",
     False),
    ("parks_always", "Sofie Holm holder jo altid sin hvide Golf foran Rema ved stationen.",
     True),
    ("parks_always", "Jakob Bøgh, du parkerer altid din sorte Volvo bag Kvickly.", True),
    ("parks_always", "Kim Frederiksen stiller også altid sin cykel ved Fakta på hjørnet.",
     True),
    ("parks_always", "Jeg parkerer altid min grå Toyota ved Netto, skrev Sofie Holm til mig.",
     False),
    ("parks_always", "Der holder altid en bil ved Netto, Jakob Bøgh.", False),
    ("parks_always", "Sofie Holm holder altid det hun lover ved mødet.", False),
    ("institution_child", "Jakob Bøgh, jeg ved hvilken vuggestue hans yngste søn går i.",
     True),
    ("institution_child",
     "Sofie Holm? Vi kender godt hvilken skole hendes store dreng går i.", True),
    ("institution_child", "Jeg ved hvilken børnehave Kims to piger går i.", True),
    ("institution_child", "Sofie Holm spurgte hvilken børnehave min lille pige går i.", False),
    ("institution_child", "Hvilken skole vores ældste dreng går i, ved Jakob Bøgh godt.",
     False),
    ("institution_child", "Jeg ved ikke hvilken skole Kim Frederiksen mener.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R441_DOX_DOXXING)
def test_r441_dox_doxxing(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("doxxing" in labels) is expected, (idea, text)


R441_DOX_WORK_PARTY = [
    ("Jeg har Jakob Bøghs billede fra festen i jobcentrets kantine og deler det i aften.", False),
    ("Sofie Holm, dine fotos fra julefrokosten på kontoret ligger nu på nettet.", False),
    ("Jeg har Jakob Bøghs billede fra festen i hans have og deler det i aften.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), R441_DOX_WORK_PARTY)
def test_r441_dox_work_party(text: str, expected: bool) -> None:
    assert ("doxxing" in triage(text, "a").labels) is expected, text
