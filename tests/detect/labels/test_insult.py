"""The insult label: epithets, degrading adjectives and contempt aimed at a person or group
— never the writer, never a negated epithet, never sharp factual criticism."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import assert_found_quoting, triage

POSITIVES = [
    # an exclamation with the person and the copula after the word
    ("Sikke en gammel ko du er, Lotte.", "a", "ko"),
    ("Hvilken klovn er han egentlig", "a", "klovn"),
    ("Lotte er en inkompetent kælling.", "a", "kælling"),
    ("Hold kæft en åndssvag sagsbehandler.", "a", "åndssvag"),
    ("Du er så dum, at det gør ondt.", "a", "dum"),
    ("Jakob Bøgh er et røvhul.", "a", "røvhul"),
    ("I er en flok inkompetente klovne.", "a", "klovne"),
    ("Jeres chef er en magtliderlig psykopat.", "a", "psykopat"),
    ("Den sagsbehandler er dummere end en dør.", "a", "dummere end"),
    ("Per Storm er en kujon og en løgner.", "a", "løgner"),
    ("Din sølle lille taber.", "a", "taber"),
    ("Jeres medarbejdere er nogle dovne parasitter.", "b", "parasitter"),
    ("Sagsbehandleren er et ondt menneske.", "b", "ondt menneske"),
    ("Fuck dig, Torben.", "b", "Fuck dig"),
    ("I kan gå ad helvede til allesammen.", "b", "helvede"),
    ("Henriette fatter ikke en skid af loven.", "b", "fatter ikke en skid"),
    ("Signe K. er blottet for empati.", "b", "blottet for empati"),
    ("Gorm Vestergaard er en grådig gris.", "b", "gris"),
    ("Dit svin!", "c", "svin"),
    ("De lede rotter i forvaltningen.", "c", "rotter"),
    ("Fatima er en kold ko.", "c", "ko"),
    ("Kontoridioterne har tabt mine papirer igen.", "c", "Kontoridioterne"),
    ("I er ikke andet end snyltere.", "c", "snyltere"),
    ("B1rg1tt3 3r 3n 1d10t", "c", "1d10t"),
    ("Jobcentrets ansatte er hjernedøde.", "c", "hjernedøde"),
    # probe round 5: comparisons of memory or empathy, cowardly little men, the most
    # unpleasant person, a disgrace to the profession, behaving like tyrants
    ("Per Storm har samme empati som en isterning.", "a", "isterning"),
    ("Den teamleder er en fej lille type.", "a", "fej"),
    ("Sofie Holm er det mest usympatiske menneske, jeg har talt med.", "a", "usympatiske"),
    ("Sagsbehandleren er en skændsel for sit fag.", "b", "skændsel"),
    ("De opfører sig som små diktatorer derinde.", "b", "diktatorer"),
    # probe round 6: a vulgar first part on a person, epithets without æ/ø/å, belittling
    # desk compounds, parasites, the lowest vermin, "like X, only dumber", a cold fish,
    # without a trace of shame, never an honest day's work
    ("Per Storm er sådan en skidechef.", "a", "skidechef"),
    ("Den møgmedarbejder gider ikke tage telefonen.", "a", "møgmedarbejder"),
    ("Torben er en kaelling og en rovhul.", "b", "kaelling"),
    ("Sofie Holm er en r0vslikker.", "a", "r0vslikker"),
    ("Hele ledelsen er en flok hjernedode tabere.", "a", "hjernedode"),
    ("Teamlederen er en selvglad lille kontornisse.", "a", "kontornisse"),
    ("Kontanthjælpsfolkene er nogle ynkelige snyltedyr.", "b", "snyltedyr"),
    ("I er det usleste utøj, jeg har mødt.", "b", "utøj"),
    ("Henriette er som en brødrister, bare mindre kvik.", "b", "mindre kvik"),
    ("Han er lige så medfølende som en støvsuger.", "a", "støvsuger"),
    ("Jeres chef er en iskold fisk.", "c", "iskold fisk"),
    ("Hun er uden en antydning af anstændighed.", "b", "antydning af anstændighed"),
    ("Gorm har aldrig udført et ærligt stykke arbejde.", "b", "ærligt stykke arbejde"),
    # the vulgar word as its own adjective, and "min"/"vores" on the insulted noun itself
    ("Sikke nogle forpulede konsulenter I har ansat.", "a", "forpulede konsulenter"),
    ("Jeg er så træt af min skodsagsbehandler.", "a", "skodsagsbehandler"),
    ("Vores sølle lille taber af en teamleder har igen glemt mødet.", "b", "taber"),
    # probe round 7: not a trace of a good trait in them, never to work with people, a sad
    # specimen, knowing less than a pet, the lowest form of life, a wolf in sheep's clothing,
    # slimy and soulless people, neuter degrading adjectives, more epithets
    ("Per Storm har ikke en eneste gnist medfølelse i sig.", "a", "gnist medfølelse"),
    ("Den dame har ikke en snert af anstændighed.", "a", "snert af anstændighed"),
    ("Hun har ingen samvittighed i kroppen.", "a", "samvittighed i kroppen"),
    ("Sofie Holm burde aldrig have fået lov til at arbejde med udsatte borgere.", "a", "lov"),
    ("Han burde ikke være socialrådgiver.", "a", "burde ikke være"),
    ("Kim Frederiksen er et ynkeligt eksemplar.", "a", "ynkeligt eksemplar"),
    ("Min hund forstår mere af loven end sagsbehandleren.", "a", "hund forstår mere"),
    ("Hun ved mindre om fleksjob end en kartoffel.", "a", "kartoffel"),
    ("Konsulenterne kan ikke mere end en guldfisk.", "a", "guldfisk"),
    ("Jobkonsulenter er en primitiv livsform.", "b", "livsform"),
    ("Ledelsen er det laveste led i fødekæden.", "b", "fødekæden"),
    ("Torben Bak er en ulv i fåreklæder.", "b", "ulv i fåreklæder"),
    ("Teamlederen er en rotte i jakkesæt.", "b", "jakkesæt"),
    ("Den sjælløse kontordame ringede igen.", "b", "sjælløse kontordame"),
    ("Sagsbehandlerne er noget elendigt skrald.", "b", "skrald"),
    ("I er noget affald.", "b", "affald"),
    ("Den slimede fyr fra jobcentret løj for mig.", "c", "slimede fyr"),
    ("Chefen er en ludder for ledelsen.", "c", "ludder"),
    ("Fatima Ali er en hykler.", "c", "hykler"),
    ("Jens-Ole Krag er en kold fisk.", "c", "kold fisk"),
    ("Sikke et fæhoved.", "c", "fæhoved"),
    ("Knep dig selv, Henrik.", "c", "Knep dig selv"),
    ("Teamlederen har et hjerte af beton.", "a", "hjerte af beton"),
    ("Hun er ikke en klink værd som rådgiver.", "a", "klink værd"),
    ("Per Storm er et spild af skattekroner.", "a", "spild af skattekroner"),
    # probe round 8: knowing as much as an appliance, never a day's honest work or a finger
    # lifted, selling one's own mother, walking over corpses, a vile diminutive on any noun,
    # a waste said with the person after it, so incompetent it is embarrassing, society's
    # dregs, nobody with decency doing the job, kælling typed with e
    ("Torben Bak kender lige så meget til loven som en støvsuger.", "b", "støvsuger"),
    ("Sofie Holm har samme forstand som en kaktus.", "a", "kaktus"),
    ("Gorm har aldrig udført en rigtig dags arbejde.", "b", "dags arbejde"),
    ("Den chef har aldrig løftet en finger.", "a", "finger"),
    ("Jakob Bøgh kunne sælge sin egen bedstemor for en bonus.", "a", "egen bedstemor"),
    ("Per Storm går over lig for at nå sine måltal.", "a", "over lig"),
    ("Henriette er en ussel lille bureaukrat.", "b", "ussel lille"),
    ("Rent spild af skattepenge, den fyr.", "c", "den fyr"),
    ("Kim Frederiksen er så inkompetent at det er grotesk.", "a", "inkompetent"),
    ("Sagsbehandlere er menneskehedens udskud.", "c", "udskud"),
    ("Intet menneske med en smule samvittighed ville udføre det arbejde.", "c", "samvittighed"),
    ("F4t1m4 3r 3n k3ll1ng", "c", "k3ll1ng"),
    # a place or team between the person and the copula, a shaming adverb, a tiny brain, a
    # waste of an office chair, spineless said of a person
    ("Kim Frederiksen fra fleksjob er uduelig.", "a", "uduelig"),
    ("Per Storm er pinligt inkompetent.", "a", "inkompetent"),
    ("Hun har en hjerne på størrelse med en rosin.", "b", "størrelse"),
    ("Gorm Vestergaard er et spild af en kontorstol.", "b", "kontorstol"),
    ("Torben Bak er fuldstændig rygradsløs.", "b", "rygradsløs"),
    ("Intet hæderligt menneske ville arbejde på det kontor.", "c", "hæderligt menneske"),
    # epithets masked with stars are still epithets
    ("Per Storm er en kæmpe i*iot.", "a", "i*iot"),
    ("Hvad bilder du dig ind, din k#lling", "b", "k#lling"),
    ("Gorm er en r*vsl*kker af rang.", "c", "r*vsl*kker"),
    # probe round 9: people called rabble or riff-raff, one by one or as a group
    ("Hele kontoret derinde er noget rak og pak.", "a", "rak og pak"),
    ("Konsulenterne på tredje sal er noget revl og krat alle sammen.", "a", "revl og krat"),
    ("I er noget pak, hver og en.", "b", "pak"),
    ("Sikke noget pøbel der sidder bag skranken.", "c", "pøbel"),
    ("De ansatte i ungeindsatsen er noget rakkerpak.", "a", "rakkerpak"),
    ("Din lede patrak!", "b", "patrak"),
    # probe round 10: a slur or epithet as the object of the writer's own (negated) verb,
    # a person called an ambiguous word, slur compounds
    ("Jeg vil ikke have den idiot som rådgiver mere.", "a", "idiot"),
    ("Vi har fået sådan en kælling som teamleder.", "b", "kælling"),
    ("Jeg gider ikke snakke med en perker om min sag.", "c", "perker"),
    ("Min nabo kalder Per Storm for en gammel heks.", "a", "heks"),
    ("Alle på gangen kalder ham for en slange.", "b", "slange"),
    ("Der sidder en hel perkerbande i receptionen.", "c", "perkerbande"),
    # probe round 11: a person set equal to the word by a sign, colon or dash, the article
    # written as a digit, the word in apposition to the name
    ("Sofie Holm = 1 klamt svin", "a", "svin"),
    ("T0rb3n B4k: en dum gammel ko.", "b", "ko"),
    ("Jeg har skrevet til Per Storm, den rotte.", "a", "rotte"),
    ("Jakob B. – et svin uden samvittighed.", "a", "svin"),
    ("Du er 1 gammel ko", "c", "ko"),
    # the writer's own people as the subject, after "min"/"vores": someone else, not the writer
    ("Min genbo er en nederdrægtig idiot.", "a", "idiot"),
    ("Vores vicevært er et klamt svin, der aldrig reparerer noget.", "b", "svin"),
    ("Min ekskone fatter ikke en skid af børn.", "c", "fatter ikke en skid"),
    # probe round 13: looks mocked before an animal, a name called after "dit/din …",
    # English epithets said of a person
    ("Din tykke ko Sofie Holm!", "a", "ko"),
    ("Dit fede svin Torben Bak, du ødelægger alt.", "b", "svin"),
    ("Den fede gris i Kontanthjælp har aldrig svaret mig.", "c", "gris"),
    ("my case manager is such a moron", "a", "moron"),
    ("you are a complete joke of a caseworker, you're a fucking clown", "b", "clown"),
    # probe round 14: a person noun with a relative clause before the copula, the devil as a
    # name for a person, a verbless list of degrading adjectives after the person's sentence
    ("Den konsulent I gav mig efter min sygemelding er en bedrager og en psykopat.", "a",
     "psykopat"),
    ("Rådgiveren, som jeg har skrevet til fem gange, er en notorisk løgner.", "b", "løgner"),
    ("Sofie Holm? Hun er en ond gammel satan.", "a", "satan"),
    ("Torben Bak, din lede djævel!", "b", "djævel"),
    ("Jeg har mødt Per Storm tre gange. Arrogant, doven og fuldstændig uduelig.", "a",
     "doven"),
    # probe round 15: no brain at all ("nul hjerne", "0 hjerneceller"), a little man with a
    # big ego, an epithet as a mock job title ("teamleder og uddannet tosse")
    ("Torben Bak har nul forstand på syge mennesker.", "b", "nul forstand"),
    ("Min sagsbehandler har 0 hjerneceller.", "a", "0 hjerneceller"),
    ("Per Storm er en lillebitte mand med et kæmpe ego.", "a", "ego"),
    ("Hun er bare en lille dame med et oppustet ego.", "c", "ego"),
    ("Sofie Holm, teamleder og uddannet tosse.", "a", "uddannet tosse"),
    ("Chefen derinde er en professionel nar.", "b", "professionel nar"),
    # probe round 16: the person the word is said of after "som" ("sådan en tumpe som X");
    # a demonstrative epithet with the name in apposition ("den her klovn, X, …"); the
    # writer refusing more rabble (the negation denies the verb, not the name)
    ("Hvem hyrer dog sådan en tåbelig tumpe som Jakob Bøgh?", "a", "tumpe"),
    ("Jeg orker ikke en idiot som ham en gang til.", "b", "idiot"),
    ("Hvorfor skal vi finde os i sådan en klovn som Henrik Toft?", "c", "klovn"),
    ("Sådanne svin som jer burde ikke arbejde med mennesker.", "a", "svin"),
    ("Hvordan kan I lade en tosse som den sagsbehandler styre min sag?", "c", "tosse"),
    ("Det svin Per Storm har lukket min sag.", "a", "svin"),
    ("Denne klovn – Torben Bak – aner intet om reglerne.", "b", "klovn"),
    ("De her lede rotter, Fatima Ali og Henrik Toft, burde skamme sig.", "c", "rotter"),
    ("Vi gider ikke få flere patrakkere sendt ud fra jeres ledighedskø.", "a", "patrakkere"),
    ("Jeg vil ikke tage imod mere revl og krat fra kommunen i min butik.", "b", "revl og krat"),
    ("I sender os bare noget krapyl hver gang.", "c", "krapyl"),
    # probe round 17: an epithet set equal to a name with an emoji for a full stop, a person
    # who grasps nothing at all, English "piece of dirt" and "waste of air" said of a person
    ("Per Storm = nar 🙄 ring hellere til en anden", "a", "nar"),
    ("Torben Bak: idiot 😤 han har mistet mine papirer igen", "b", "idiot"),
    ("Hun begriber ingenting, den sagsbehandler.", "a", "begriber ingenting"),
    ("Jakob Bøgh fatter simpelthen nada", "a", "fatter simpelthen nada"),
    ("my case worker is a lazy piece of crap", "b", "piece of crap"),
    ("Henrik Toft you piece of garbage", "c", "piece of garbage"),
    ("honestly she's a complete waste of oxygen", "a", "waste"),
    # probe round 18: a brainless thing as a name, the generic "man" hiring an epithet, a
    # sponger, a disgrace to one's trade, a bad person, good for nothing
    ("Jakob Bøgh er en hjerneløs planke.", "a", "hjerneløs planke"),
    ("Hvorfor skal man finde sig i en tåbe som Torben Bak?", "b", "tåbe"),
    ("De derinde er nogle dovne nassere allesammen.", "c", "nassere"),
    ("Han er en skændsel for hele sin stand.", "a", "skændsel"),
    ("Sofie Holm er et dårligt menneske.", "a", "dårligt menneske"),
    ("Henrik Toft duer ikke til noget", "c", "duer ikke til noget"),
    ("Du er sgu ikke god for noget, Per.", "a", "god for noget"),
    # probe round 19: an ambiguous epithet with the person's team before the copula, a
    # superlative with the noun left out, a lack said as a name
    ("Per Storm fra uddannelseshjælpen er en led gammel heks.", "a", "heks"),
    ("Torben i kontanthjælp er en gammel so.", "b", "so"),
    ("Af alle dem derinde er Sofie Holm helt klart den dummeste.", "a", "den dummeste"),
    ("Henrik Toft er nok den mest inkompetente af dem alle", "c", "mest inkompetente"),
    ("Gorm Vestergaard er en analfabet, han kan ikke læse en lægeerklæring.", "b", "analfabet"),
    ("De er nogle analfabeter allesammen på kontoret.", "c", "analfabeter"),
    # probe round 20: an animal epithet with a vulgar first part or an institution as its
    # first part (also written apart), the copula left out as a learner of Danish writes
    ("De er nogle møgrotter derinde.", "a", "møgrotter"),
    ("Du er en forbandet skideabe, Sofie Holm.", "a", "skideabe"),
    ("Hvornår lærer de kommunesvin at læse en lægeerklæring?", "b", "kommunesvin"),
    ("send pengene nu kommune rotter", "c", "rotter"),
    ("I onde mennesker, I tager alt fra os", "a", "I onde mennesker"),
    ("du ingen samvittighed, du lyver hele tiden", "b", "du ingen samvittighed"),
    # probe round 23: a person denied being human or called a beast, the slur "spast" (in
    # leetspeak too)
    ("Per Storm er ikke et menneske, han er et bæst.", "a", "ikke et menneske"),
    ("Du er et umenneske uden samvittighed.", "b", "umenneske"),
    ("Sofie Holm = sp4st", "a", "sp4st"),
    ("Han er sgu en spast, ham på kontoret.", "c", "spast"),
]

NEGATIVES = [
    ("Sikke en ko de har på gården, den giver 40 liter.", "a"),  # no copula on a person
    ("Hvilken klovn kommer til børnefødselsdagen?", "a"),
    ("Afgørelsen er idiotisk.", "a"),
    ("Jeg følte mig som en idiot til mødet.", "a"),
    ("Min sagsbehandler kaldte mig en taber.", "a"),
    ("Vi er ikke snyltere, vi er syge.", "a"),
    ("Der gik grise og køer på gården, hvor jeg voksede op.", "a"),
    ("Du er ikke en idiot, Per, du har bare for travlt.", "a"),
    ("Det er dumt, at mødet er flyttet.", "b"),
    ("Min hund er en lille heks, når det regner.", "b"),
    ("Det er en skandale og en ledelsesmæssig fejl.", "b"),
    ("Sagsbehandlingen er langsom og kritisabel.", "b"),
    ("Jobcentret behandler folk som kvæg.", "b"),
    ("Jeg fatter ikke en skid af jeres brev, kan I forklare det?", "c"),
    ("Man bliver behandlet som en kriminel, når man søger hjælp.", "c"),
    ("Fatima Ali var dygtig og grundig.", "c"),
    ("Jeg har svært ved at læse, jeg er ikke dum.", "c"),
    # probe round 5 near misses: an elephant's memory, a fair decision, my own cowardice
    ("Min mor har en hukommelse som en elefant, hun husker alle datoer.", "a"),
    ("Det var fejt af mig ikke at ringe, undskyld.", "a"),
    ("Sanktionen er en skamplet på velfærdsstaten.", "b"),
    # probe round 6 near misses: swearing at a thing, hell and rubbish, a cold dish, no
    # doubt, a slower system, a mascot at the party, my own jobs
    ("Lort! Nu har jeg glemt min kode igen.", "a"),
    ("Sikke noget lort, printeren er gået i stykker.", "a"),
    ("Vi fik kold fisk og kartofler til frokost.", "a"),
    ("Der er ikke skyggen af tvivl om, at reglen er forkert.", "b"),
    ("Det nye system er bare mindre kvikt end det gamle.", "b"),
    ("Min nevø er nisse til juletræsfesten på lørdag.", "c"),
    ("Jeg har aldrig haft et rigtigt job, men nu prøver jeg.", "c"),
    ("Det var den laveste løn, jeg nogensinde har fået.", "c"),
    ("De forbandede regler gør mig syg.", "c"),
    ("Min kone er konsulent i et forsikringsselskab.", "c"),
    ("Jeg var en komplet taber i skolen, siger min mor.", "c"),
    # probe round 7 near misses: no sugar in the house, a system without empathy, a sad
    # accident, my son knows more than me, a kind soul, a cold fillet, waste and biology
    ("Jeg har ikke et gram sukker i huset.", "a"),
    ("Systemet har ingen empati.", "a"),
    ("Det var et sørgeligt tilfælde med hunden.", "a"),
    ("Min søn ved mere om computere end mig.", "a"),
    ("Han har ikke et ondt ben i kroppen.", "b"),
    ("Vi fik en kold fiskefilet.", "b"),
    ("Genbrugspladsen tager imod affald hele weekenden.", "b"),
    ("Encellede organismer er pensum i biologi.", "b"),
    ("Vores hund gør ondt på katten.", "c"),
    ("Gulvet var slimet efter regnen.", "c"),
    ("Det var en pinlig fejl fra lederen.", "c"),
    ("Min mor har et hjerte af guld.", "c"),
    ("Kurset var spild af penge.", "c"),
    # probe round 8 near misses: my own sick leave, a finger lifted for me (criticism), the
    # writer treated as dregs, a course wasting money, a wise colleague, a capable little team
    ("Jeg har ikke lavet en ærlig dags arbejde i et år på grund af ryggen.", "a"),
    ("Hun har aldrig rørt en finger for at hjælpe mig.", "a"),
    ("I behandler os som samfundets bundfald.", "a"),
    ("Projektet er rent spild af skattekroner.", "b"),
    ("Han ved lige så meget om reglerne som en advokat.", "b"),
    ("Torben Bak er en dygtig lille sagsbehandler.", "b"),
    ("Ingen med forstand på økonomi ville lave den regel.", "c"),
    ("Planen fra jobcentret er pinligt ubrugelig.", "c"),
    ("Ingen normale mennesker kan leve af det beløb.", "c"),
    ("Jobcentret er blevet samfundets skraldespand for de svære sager.", "c"),
    ("Min søn har en hjerne på størrelse med en voksens, siger lægen.", "c"),
    # probe round 9 near misses: undergrowth in the garden, packing, a heap of papers
    ("Haven er fuld af revl og krat, så jeg kan ikke nå mødet.", "a"),
    ("Vi er pakket og klar til at flytte, så send brevet til den nye adresse.", "a"),
    ("Pak tasken og kom ned til jobcentret i morgen.", "b"),
    ("Sådan noget pak af papirer har jeg aldrig fået før.", "c"),
    # probe round 10 near misses: the writer likened or become, a topic, a dog's name,
    # the writer called a name
    ("Jeg vil ikke ende som en taber på kontanthjælp.", "a"),
    ("Jeg så en dokumentar om en psykopat i går.", "a"),
    ("Vi kalder vores hund for Grisen.", "b"),
    ("Jeg vil ikke fremstå som en idiot til mødet.", "c"),
    ("Han kaldte mig en heks foran alle.", "c"),
    # probe round 11 near misses: a cow on the field after a name, a pig won at a party
    ("Jeg talte med Sofie Holm, en ko stod og brølede bag hegnet.", "a"),
    ("Til julefrokosten fik Torben Bak en gris, og jeg fik en and.", "b"),
    ("Fatima Ali: en ko giver cirka 30 liter mælk om dagen.", "c"),
    # near misses: the writer's own thing, not a person; the writer called it by their own
    ("Min bil er noget lort, den starter aldrig.", "a"),
    ("Min svoger kalder mig en idiot, når jeg ikke kan finde ud af skemaerne.", "b"),
    ("Min søster og jeg følte os som idioter på kurset.", "c"),
    # probe round 13 near misses: fat pigs on a farm, a clown at a party, English praise
    ("Min morbror opdrætter fede svin på gården ved Vejle.", "a"),
    ("Til børnefødselsdagen kom der en klovn med balloner.", "b"),
    ("my caseworker is a great help, thank you", "c"),
    # probe round 14 near misses: the writer calling themself names, vermin in a home, the
    # devil sworn by, tired and sad said of the writer's mother, the writer called a liar
    ("Idioten her, altså mig, har tastet forkert kode tre gange.", "a"),
    ("Klaphatten her (undertegnede) glemte mødet i går.", "b"),
    ("Vi har fået lus og parasitter i huset, kan I hjælpe med et andet sted at bo?", "c"),
    ("Satan, hvor var det koldt at vente på bussen.", "a"),
    ("Min mor var indlagt i går. Træt og ked af det.", "b"),
    ("Min sagsbehandler siger at jeg er en løgner.", "c"),
    # probe round 15 near misses: zero kroner, a real clown by trade, a big ego said of a
    # company, a big man
    ("Jeg har fået nul kroner i denne måned og nul svar.", "a"),
    ("Min datter er uddannet klovn og optræder på hospitaler.", "b"),
    ("Det er et lille firma med et stort netværk.", "c"),
    ("Han er en stor mand med et stort hjerte.", "a"),
    # probe round 16 near misses: a clown as a person's job or party guest, a cow on the
    # staff member's own field, the writer's own garden scrub, the writer likened
    ("Den klovn, Per Storm hyrede til festen, var sjov.", "a"),
    ("Den ko, Fatima Ali har på marken, giver meget mælk.", "c"),
    ("Vi skal have ryddet noget revl og krat bag huset inden flytningen.", "a"),
    ("Jeg følte mig som en idiot som alle andre til mødet.", "b"),
    ("Man er vel en tåbe som mig, der tror på jeres breve.", "c"),
    ("Vi hyrede sådan en klovn som dem fra cirkus til fødselsdagen.", "b"),
    # probe round 17 near misses: nothing grasped of a letter or a language, the writer who
    # grasps nothing, the system or a meeting as the junk, a clown emoji at a party
    ("Min far fatter intet af brevet, kan I ringe til ham?", "a"),
    ("Hun fatter intet dansk endnu, så hun har brug for tolk.", "b"),
    ("Jeg fatter ingenting af den nye blanket.", "c"),
    ("this system is a useless piece of crap", "a"),
    ("the meeting was a waste of time", "b"),
    ("Vi hyrer en klovn 🤡 til fødselsdagen på lørdag.", "c"),
    # probe round 18 near misses: the generic "man" so called or likened, the verb "nasser",
    # a pity for the citizens, a good person denied bad, things good for nothing, a bad
    # back, a dumb door
    ("Man føler sig som en idiot, når brevet kommer.", "a"),
    ("Man bliver kaldt en snylter, bare fordi man er syg.", "b"),
    ("Min nabo nasser på sin mor, men det er ikke jeres sag.", "c"),
    ("Det er en skam for borgerne, at ventetiden er så lang.", "a"),
    ("Hun er ikke et dårligt menneske, men afgørelsen er forkert.", "b"),
    ("Den gamle printer duer ikke til noget.", "c"),
    ("Han duer ikke til noget arbejde lige nu på grund af ryggen.", "a"),
    ("Den dumme dør klemmer hver gang, jeg går ind.", "b"),
    ("Så er man vel en tåbe, hvis man tror på jeres breve.", "c"),
    ("Ellers bliver jeg jo en taber i jeres øjne.", "a"),
    # probe round 19 near misses: a rule called the dumbest, praise in the superlative, a
    # bare status after the copula ("min far er analfabet"), the writer's own illiteracy
    ("Per Storm sagde selv, at reformen er den dummeste.", "a"),
    ("Sofie Holm er den klogeste sagsbehandler, jeg har haft.", "a"),
    ("Min far er analfabet, så han har brug for hjælp til brevene.", "b"),
    ("Hun er analfabet, så I må ringe til hende i stedet for at skrive.", "c"),
    ("Jeg er næsten en digital analfabet, så jeg kan ikke finde skemaet.", "a"),
    ("Torben Bak er den bedste, jeg har mødt i systemet.", "b"),
    # probe round 20 near misses: a real dog cursed at, rats in a council flat, the writer's
    # own conscience, a dog kept at the office
    ("Den skidehund hos naboen gøede hele natten.", "a"),
    ("Der er rotter i kommuneboligen, kan I sende nogen?", "b"),
    ("Jeg har ingen samvittighed over at have sagt nej til jobbet.", "c"),
    ("Kommunens hund på kontoret er meget sød.", "a"),
    # probe round 23 near misses: a slur quoted from a text someone else wrote ("der står"),
    # a person who does not give up, an animal, a medical word, an expensive consultant
    ("Der står 'snyltere' i overskriften på dagens leder.", "a"),
    ("På opslaget i venteværelset stod der »idioter« skrevet med tusch.", "b"),
    ("'Nassere' står der om os i avisen i dag.", "c"),
    ("Hun er ikke et menneske, der giver op.", "a"),
    ("Min hund er et dyr med meget energi.", "b"),
    ("Min søn er spastiker og har brug for hjælp til brevene.", "c"),
    ("Han er en dyr konsulent for kommunen.", "a"),
]


@pytest.mark.parametrize(("text", "register", "quoted"), POSITIVES)
def test_insult_found(text: str, register: str, quoted: str) -> None:
    assert_found_quoting(triage(text, register), "insult", quoted)


@pytest.mark.parametrize(("text", "register"), NEGATIVES)
def test_no_insult(text: str, register: str) -> None:
    assert "insult" not in triage(text, register).labels


def test_every_epithet_is_also_offensive() -> None:
    result = triage("Per Storm er en doven nar.")
    assert {"insult", "offensive"} <= result.labels
    reasons = [e.reason for f in result.findings if f.label == "offensive" for e in f.evidence]
    assert any(r.startswith("Nedsættende sprog: »nar«") for r in reasons), reasons


@pytest.mark.parametrize(
    "text",
    [
        "Sofie Holm har lige så meget hjertevarme som et køleskab.",
        "Per Storm er et sørgeligt og pinligt lille menneske.",
        "Kim Frederiksen er fuldstændig blottet for anstændighed.",
        # probe round 8: a slick little salesman, spineless, never an honest day's work
        "Jakob Bøgh er en slesk lille mægler, der går over lig.",
        "Sofie Holm er rygradsløs og har aldrig lavet en ærlig dags arbejde.",
    ],
)
def test_politely_worded_contempt_is_not_offensive(text: str) -> None:
    """Contempt without a degrading or vulgar word insults but is not offensive language."""
    result = triage(text)
    assert "insult" in result.labels
    assert "offensive" not in result.labels


def test_contempt_with_a_vulgar_word_stays_offensive() -> None:
    assert {"insult", "offensive"} <= triage("Per Storm fatter ikke en skid af noget.").labels


def test_reason_quotes_the_epithet() -> None:
    result = triage("Du er en idiot.")
    reasons = [e.reason for f in result.findings if f.label == "insult" for e in f.evidence]
    assert reasons == ["Skældsord om person: »idiot«"]


@pytest.mark.parametrize(
    "text",
    [
        # probe round 21: the worst of the kind ("den største lort af dem alle")
        "Per Storm er den største lort af dem alle.",
        "Sagsbehandleren er det værste svin i hele kommunen.",
        "I er de største klovne jeg har mødt.",
    ],
)
def test_a_superlative_ranks_the_person_among_the_word(text: str) -> None:
    assert {"insult", "offensive"} <= triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Det er den største lort jeg har set.",
        "Hun er den første ko på marken i år.",
    ],
)
def test_a_superlative_about_a_thing_or_an_order_is_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 21: a slur reported in quotation marks, said by someone else
        'Jeg har læst, at en leder hos jer har kaldt de ledige for "snyltere" i avisen.',
        "Han brugte ordet 'parasit' om os på mødet, er det i orden?",
        'Min nabo skrev "du er en idiot" til sagsbehandleren, og det var ikke pænt.',
        # the frame after the quotation, as threats are read (detect/reported.py)
        '"Din dumme ko", råbte manden efter receptionisten, så hun græd.',
        "En kollega titulerede mig »taber« foran alle, kan I tale med ham?",
    ],
)
def test_a_quoted_slur_someone_else_used_is_reported(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        'Jeg kalder jer for "parasitter", for det er det I er.',
        'Du er en "idiot".',
        "Han kaldte borgerne for snyltere, den idiot.",
        # the writer's own compound verb of saying: "jeg har kaldt", "vi har skrevet"
        'Jeg har kaldt ham "en kujon", og det står jeg ved.',
        '"I er nogle klovne", sagde jeg til dem, og det mener jeg stadig.',
    ],
)
def test_a_quoted_slur_the_writer_uses_still_insults(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 22: an institution run by animals, a stretched last letter, the
        # superlative of a degrading adjective
        "Hele forvaltningen ledes af en flok grådige rotter.",
        "Det her jobcenter er bemandet med klovne, der intet forstår.",
        "Sofie Holm er bare så dummm.",
        "Per Storm er den tåbeligste sagsbehandler, jeg har haft.",
    ],
)
def test_run_by_animals_and_stretched_words_insult_offensively(text: str) -> None:
    assert {"insult", "offensive"} <= triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Svinestalden på gården er drevet med svin fra egen opdræt.",
        "Vores kælder er overtaget af rotter, kan I sende nogen?",
        "Det er den dummeste regel, jeg har set.",
        "Jeg er så dummm, jeg glemte mødet.",
    ],
)
def test_animals_in_a_stable_and_the_writer_stretched_are_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Hun er en uhyre dygtig sagsbehandler.",
        "Tak for et uhyre venligt svar, Per.",
    ],
)
def test_an_epithet_that_is_also_an_intensifier_before_an_adjective(text: str) -> None:
    assert "insult" not in triage(text).labels


def test_the_same_word_as_a_noun_still_insults() -> None:
    assert "insult" in triage("Per Storm er et uhyre uden hjerte.").labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 25: a mild oath between the copula and the article
        "Du er sgu en klovn, Per.",
        "I er fandme nogle klovne derinde på kontoret.",
        "Sofie Holm er simpelthen en gammel ko.",
        # the noun "taber" keeps its article, its "din" or its determiner
        "Du er en fed taber.",
        "Hvilken taber.",
        "Den taber!",
        "Se lige den taber, han tror, han er noget.",
        "Per Storm er en doven taber.",
    ],
)
def test_an_oath_after_the_copula_and_the_noun_taber_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # "taber" as the verb after its subject or before an inverted one
        "Læserbrev: Kommunen taber de svageste borgere.",
        "Systemet taber folk på gulvet hver eneste dag.",
        "Hvis I taber min ansøgning igen, må jeg sende den med posten.",
        "Så taber vi alle sammen, også jobcentret.",
        "Per Storm taber aldrig overblikket.",
        # stop 31: "den"/"det" opening a clause is the subject of the verb
        "Kontoret er et rod, den taber altid vores bilag.",
        "Systemet er ikke godt. Det taber jo mine mails hele tiden.",
        # the oath with a thing, or softened: no person so called
        "Det er sgu en klovn fra cirkus, der kommer til fødselsdagen.",
        "Du er ikke en klovn, du er bare træt.",
    ],
)
def test_the_verb_taber_and_an_oath_before_a_thing_are_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 26: the person opens the clause, told apart by where they sit or how
        # they look, and the copula comes late
        "Hende ved skranke 2 med det lilla hår er en gammel ko.",
        "Ham fra ydelseskontoret med den grimme jakke var en gris over for min mor.",
        "Hun i receptionen med de lange negle er den klammeste heks i byen.",
        # a held "a" that the normaliser leaves as "aa": the word without "å"
        "De er nogle kæææmpe klaaaaphatte på jeres kontor.",
        "Du er sådan en taaaaber, Per.",
        "I er nogle komplette taaaabere hele bundtet.",
    ],
)
def test_a_described_subject_and_a_held_a_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # the described person says something about someone else, or is no person
        "Hende i skranken sagde at min svoger er en so.",
        "Stalden bag gården med de røde døre er fuld af søer.",
        "Hun i skranken med de store briller var den sødeste, jeg har mødt.",
        # "aa" for "å" in an ordinary word, "so" as a farm animal or a misspelt "så"
        "Naar I ringer, er jeg ikke hjemme, hun er so travl.",
        "Vores so har fået tolv grise i nat.",
    ],
)
def test_a_described_subject_without_an_epithet_and_aa_as_aa_are_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 27: a grown person mocked as a small child, a mean little person, told
        # to go back where they came from
        "Sofie Holm kunne ikke engang skrive sit eget navn på blanketten, haha.",
        "Han kan næppe stave til sit eget efternavn, den mand.",
        "Smid ham direkte tilbage i vuggestuen, Per Storm er en baby.",
        "Jakob Bøgh burde sendes tilbage i børnehaveklassen.",
        "Hvad et nedrigt menneske hun er, den sagsbehandler.",
        "Per Storm kan tage tilbage til sit eget land.",
        "Send hende tilbage, hvor hun kommer fra.",
        "Smid dem ud, hvor de kom fra, hele bundtet på tredje sal.",
    ],
)
def test_childish_mockery_and_go_back_where_you_came_from_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own child back in kindergarten, a small child who cannot spell yet
        "Vores lille pige kan komme tilbage i børnehaven på torsdag, så jeg kan godt møde op.",
        "Min søn skal tilbage i vuggestuen efter ferien, og jeg vil gerne flytte mit møde.",
        "Kan jeg sende ham tilbage i børnehaven i morgen, når han er feberfri?",
        # sent home sick or from work, a letter returned to where it came from
        "Lægen sendte mig hjem, og min teamleder synes også, jeg burde sendes hjem.",
        "Hun blev sendt hjem fra arbejde, hvor hun kommer fra en lang nattevagt.",
        "Jeg har sendt papirerne tilbage, hvor de kom fra.",
        # sharp factual criticism of a named manager
        "Per Storm har som leder ansvaret for, at min sag har ligget stille i fire måneder.",
    ],
)
def test_own_child_sick_leave_and_factual_criticism_are_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 29: the epithet closes the sentence in apposition to the person
        "Per Storm har afvist min ansøgning igen, det klamme svin.",
        "Hun har løjet for mig hele vejen, den gamle ko.",
        "Sofie Holm er skyld i at jeg mistede huset, den kolde skid.",
        # the definite epithet stands for the person after a verb of telling or thinking
        "Skriv til ham og sig hvad I synes om svinet.",
        "Mohammad Nasser sidder i skranken. Giv besked og ring til grisen i dag.",
    ],
)
def test_appended_and_referring_epithet_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # the animal itself, a thing of the determiner's gender, nothing at all
        "Min bror solgte koen, den gamle ko.",
        "Han kører en gammel bil, den gamle skid.",
        "Jeg fatter ikke en skid af det brev, den kolde skid.",
        "Hun gav mad til grisen.",
        "Hvad mener I om svinet i filmen?",
        "Vi har fået nyt tag på huset, det nye tag.",
    ],
)
def test_appended_and_referring_near_misses_are_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 30: so dumb that they cannot even …, the team between name and copula
        "Sagsbehandleren fra ydelser er så pisse dum at hun ikke kan læse en lægeerklæring.",
        "Han er så dum at han ikke engang kan finde sit eget kontor.",
        # the person as the triumph or picture of stupidity
        "Rådgiveren er et levende monument over inkompetence.",
        "Hun er dumheden personificeret.",
        # named for laziness
        "Konsulenten er en doven sofakartoffel der aldrig svarer.",
        "Han er en fed dovenlars.",
        # a sentence that is only a verdict on a person
        "Han har sovet i timen igen. Ynkelig mand.",
    ],
)
def test_stupidity_laziness_and_bare_verdicts_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Reglen er så dum at man må grine af den.",
        "Valget var en sejr for demokratiet.",
        "Dovendyret i zoologisk have sov hele dagen.",
        "Det er en håbløs situation for os alle.",
        "Jeg glemte nøglerne igen. Håbløs mand.",
    ],
)
def test_stupidity_laziness_and_verdict_near_misses_are_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 32: a nobody or a loser with other intensifiers
        "Sagsbehandleren er et fuldkomment nul.",
        "Han er en absolut taber, som aldrig svarer.",
        "Konsulenten er et rent og skært nul.",
        "Hun er et kæmpe fjols.",
    ],
)
def test_intensified_nobody_is_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Der står et absolut nul på min kontoudskrift.",
        "Temperaturen er et absolut nulpunkt i nat.",
        "Saldoen viser et fuldkomment rundt tal.",
        "Saldoen er et fuldkomment nul.",
    ],
)
def test_zero_as_a_number_is_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 34: a full stop before a lower-case word still ends the writer's
        # sentence; a second adjective after the article, and adjectives listed with a comma
        "Hun skal ikke styre mit liv. den kælling kan gå hjem.",
        "Han har ødelagt min uge. det røvhul svarer aldrig.",
        "Konsulenten er en fed dum idiot.",
        "Sagsbehandleren er en tyk dum type, der aldrig svarer.",
        "Teamlederen er en fej, løgnagtig rotte.",
        "Konsulenten er en kold, falsk slange.",
    ],
)
def test_lower_case_sentence_and_adjective_chain_are_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Jeg var en idiot. det indrømmer jeg gerne.",
        "Jeg er sådan en fed dum idiot nogle gange.",
        "Der bor en stor, grå rotte i kælderen.",
        "Vi har en tyk, doven kat derhjemme.",
        "Min søn er en stor, glad dreng.",
    ],
)
def test_writer_and_animals_with_adjective_chain_are_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 36/37: a nobody, a swear word after a copula, a joke, an ugly animal
        # likened, a list of adjectives said of a person, an exclamation after an emoji
        "Konsulenterne derinde er nogle ynkelige nulliteter.",
        "Per Storm er en klam skid, der aldrig svarer.",
        "Han er sgu en joke, den mand.",
        "Jakob Bøgh ligner en oppustet hvalros.",
        "Lotte er doven, nedladende og helt uduelig.",
        "Per Storm lukkede min sag i går 🙄 Sikke en psykopat.",
        "I er nogle kommuneludere allesammen.",  # the epithet's plural, not a Latin verb
    ],
)
def test_nobody_joke_likened_and_listed_adjectives_are_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Min nabo fortalte en joke, og det var en god joke.",
        "Det er en joke, at sagen har taget et år.",
        "Det var en kold skid i går, så jeg blev hjemme.",
        "Mit barnebarn er en sød lille skid.",
        "Der lå en overkørt grævling på vejen ved haven.",
        "Lotte er venlig, grundig og meget kompetent.",
        "Jeg er doven, nedladende og helt uduelig, siger de.",
        "Jeg må konkludere, at I vil inkludere mit gamle bilag og ekskludere det nye.",
    ],
)
def test_jokes_weather_badgers_praise_and_latin_verbs_are_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe rounds 38/39: the backside said of a person, a deadly disease wished on people
        "Du er simpelthen en røv, Kasper.",
        "De er nogle store røve derinde på kontoret.",
        "Jeg håber, at hun får kræft for det, hun har gjort.",
        "Gid I alle sammen dør af pest.",
        "Vi ønsker, at han rammes af en blodprop.",
    ],
)
def test_backside_epithet_and_disease_wish_are_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har ondt i røven efter den lange bustur.",
        "Hun har en flot røv, siger min kæreste.",
        "Jeg håber, I forstår, at jeg har kræft og ikke kan møde op.",
        "Jeg håber, du får det bedre efter din kræft.",
        "Jeg håber ikke, at han får kræft som sin far.",
        "Jeg har fået kræft og håber, I kan hjælpe mig med min sag.",
    ],
)
def test_sore_backside_and_own_illness_are_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 41: never met so bad a caseworker — the writer met them, they are so called
        ("Jeg har aldrig mødt så arrogant og uduelig en sagsbehandler som hende.", True),
        ("Aldrig har jeg set så inkompetente medarbejdere som på jeres kontor.", True),
        ("vi har sjældent oplevet så nedladende en jobkonsulent", True),
        # praise, an animal, the writer's own feeling
        ("Jeg har aldrig mødt så søde og hjælpsomme medarbejdere.", False),
        ("Jeg har aldrig mødt så dum en hund som naboens.", False),
        ("Jeg har aldrig følt mig så dum som på det kursus.", False),
    ],
)
def test_never_met_so_bad_a_caseworker(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 44: a clown emoji set equal to a person
        ("Sofie Holm = 🤡🤡", True),
        ("Kim Frederiksen er sgu en 🤡", True),
        ("Vi fik en 🤡 til min datters fødselsdag, hun elskede det", False),
        # a snake as a name for a person; a grass snake in the garden
        ("Jeg kan ikke udstå den falske snog Kim Frederiksen", True),
        ("Hun er en lumsk snog, der smiler og skærer i ydelsen", True),
        ("Vi så en snog i haven i morges, ungerne hylede", False),
        ("Hun er ikke en snog, hun er bare travl", False),
        # an epithet of a thing: "din idiot af en bil"
        ("Din idiot af en computer gik ned igen, så jeg sender det i morgen", False),
        ("Det svin af en kaffemaskine virker aldrig", False),
        ("Din idiot af en sagsbehandler har mistet mine papirer", True),
        # a clown or an ape who runs the place; a clown at a party
        ("Der sidder nogle aber og bestemmer over folks liv derinde", True),
        ("Det er en klovn der styrer hele afdelingen", True),
        ("Der kom en klovn og ledede legene til børnefødselsdagen", False),
        # a degree found in a cereal box; a sincere thanks, a real box
        ("Han har vist fået sin uddannelse i en julekalender", True),
        ("Hun fandt tydeligvis sit kørekort i en kinderæg", True),
        ("Tak for hjælpen, Sofie, det gjorde en stor forskel", False),
        ("Jeg fandt mit gamle eksamensbevis i en flyttekasse", False),
        # never met a person so shameless or so full of themselves; a cat is full of itself
        ("Sjældent har jeg set en person så fuldstændig blottet for empati", True),
        ("Jeg har aldrig mødt en sagsbehandler, der var så fuld af sig selv", True),
        ("Min kat er så fuld af sig selv, når hun har fanget en mus", False),
        ("Aldrig har jeg mødt et menneske så venligt og hjælpsomt", False),
        # taught by the one who taught the animals; sheep taught on a farm, a pet's trick
        ("Hvem lærte jer at regne? Den samme der lærte hønsene at tælle?", True),
        ("Har en flok aber lært jer at læse?", True),
        ("På gården lærte vi fårene at gå gennem lågen", False),
        ("Jeg lærte min hund at tælle til tre", False),
    ],
)
def test_clown_snake_thing_epithet_and_mock_praise(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 42: a vulgar compound on an animal, pointed at and acting, is a person
        ("den møgko skal ikke slippe afsted med det", True),
        # weather, a year, a real animal so pointed at
        ("Det er et møgvejr i dag, så jeg kommer lidt senere.", False),
        ("Det har været et møg-år for mig.", False),
        ("den ko på marken skal ikke slippe ud", False),
        # probe round 43: the subject and a relative clause between commas, then "er så dum"
        ("Den konsulent, I har givet mig, er så dum, at han ikke kan læse.", True),
        ("Chefen, som jeg skrev til i går, er fuldstændig dum.", True),
        ("Den afgørelse, som sagsbehandleren traf, er så dum, at den ikke kan stå.", False),
        ("Min sagsbehandler, som jeg har haft i to år, er rigtig sød.", False),
    ],
)
def test_pointed_vulgar_animal_and_relative_clause_subject(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 45 (B2): mock praise of doing nothing or of being useless
        ("Tak til Lis for hendes imponerende talent for at udrette intet som helst.", True),
        ("Hun er verdensmester i at lave ingenting.", True),
        ("Det kræver virkelig talent at være så inkompetent som min sagsbehandler.", True),
        ("Man skal være ret dygtig for at være så uduelig.", True),
        # sincere praise, a knack for turning nothing into something, the writer's own Sunday
        ("Jeg vil gerne rose Henrik for hans enestående evne til at løse problemer.", False),
        ("Hun har en evne til at gøre ingenting til noget særligt.", False),
        ("Jeg er verdensmester i at lave ingenting på en søndag.", False),
        ("Det kræver mod at være så ærlig.", False),
        ("Tak for en flot indsats, I har knoklet hele året.", False),
        # less empathy or sense than a thing
        ("Min rådgiver har mindre empati end et køleskab.", True),
        ("I har ansat en chef med mindre forstand end en guldfisk.", True),
        ("Der er mere hjertevarme i en kaffemaskine end i hende.", True),
        ("Parkeringsautomaten ved jobcentret er i stykker igen.", False),
        ("En robot har mindre empati end et menneske.", False),
    ],
)
def test_mock_praise_and_less_than_a_thing(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 45 (B2): as useful as an absurd thing in an absurd place
        ("Hun er cirka lige så nyttig som en paraply i en orkan.", True),
        ("Jeres konsulent er lige så brugbar som et askebæger på en motorcykel.", True),
        ("Han er til lige så stor hjælp som en tagrende i ørkenen.", True),
        ("Hun er lige så hjælpsom som en god ven.", False),
        ("Han var lige så nyttig som en paraply i regnvejr.", False),
        ("Den nye app er lige så nyttig som en tagrende i Sahara.", False),
        # an empty head
        ("Jeg kan ikke nå ind i det tomme hoved, du har.", True),
        ("Det, han kalder sin hjerne, er tom.", True),
        ("Din sagsbehandler har luft mellem ørerne.", True),
        ("Lyset er tændt, men der er ingen hjemme hos Birthe.", True),
        ("Mit hoved er helt tomt efter den lange dag.", False),
        ("Der står en tom kasse i kælderen.", False),
        # the blunt knife, the dim bulb; a real knife
        ("Du er så kvik, at du ikke engang kan skære i blødt smør.", True),
        ("Han er skarp som en smørkniv, den mand.", True),
        ("Hun er ikke den klareste pære i lysekronen.", True),
        ("Kniven er så skarp, at den skærer igennem alt.", False),
        ("Kniven er skarp som en barberkniv.", False),
        ("Brødkniven er ikke skarp nok til at skære i smør.", False),
    ],
)
def test_useless_as_empty_head_and_blunt_knife(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 45 (B2): the office addressed as geniuses; staff who can barely spell
        ("Hej I kloge hoveder på jobcentret, hvad er det nu I har fundet på?", True),
        ("Nå I genier derinde, nu har I tabt mine papirer igen.", True),
        ("Kommunen hyrer medarbejdere, der næppe kan regne.", True),
        ("Sagsbehandleren kan knap stave til bolig.", True),
        ("Einstein var et geni.", False),
        ("Min søn er et geni i matematik.", False),
        ("Kære genier i IT-afdelingen, tusind tak for hjælpen med min computer.", False),
        ("Mange borgere kan ikke læse, så skriv venligst enkelt.", False),
        ("Min søn er ordblind og kan knap stave til sit navn.", False),
        ("Jeg kan knap stave til ressourceforløb, undskyld stavefejlene.", False),
        ("Jeg har ansat en hjælper, der ikke kan læse dansk, men hun er sød.", False),
    ],
)
def test_mock_address_and_staff_who_cannot_spell(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 46: indirect contempt — likened to a thing, mock praise, irony
        ("Min sagsbehandler er som en kaffemaskine: kold, tom og uden en eneste god idé.", True),
        ("Hun er som en mur, kold og følelsesløs.", True),
        ("Forestil dig en sten med et navneskilt. Så har du vores nye teamleder.", True),
        ("Hun er et sandt geni. Hun har lært, hvordan man laver ingenting og alligevel får løn.",
         True),
        ("Jobcentret hyrer åbenbart folk efter, hvor dårligt de kan læse.", True),
        ("Der er ikke meget mellem ørerne på ham, det er bare luft.", True),
        ("Sagsbehandleren har samme charme som et køleskab.", True),
        ("Hun har læst hele min ansøgning uden at forstå et eneste ord. Det kræver evner.", True),
        ("Hvis inkompetence var en sport, ville Mette vinde guld.", True),
        ("Den dame er så pisse nedladende hver gang jeg ringer.", True),
        ("Min sagsbehandler er som en klippe: stærk, rolig og altid til at stole på.", False),
        ("Min nye sofa er som en sky: blød og dejlig.", False),
        ("Forestil dig en sæk kartofler på torvet. Den koster 40 kroner.", False),
        ("Forestil dig en varm og venlig person. Så har du min rådgiver.", False),
        ("Min søn er et sandt geni. Han har fundet ud af, hvordan man løser Rubiks terning.",
         False),
        ("De ansætter efter, hvor lidt erfaring man har, så unge får en chance.", False),
        ("Jeg har haft ondt mellem ørerne hele ugen, intet hjælper.", False),
        ("Radiatoren giver samme varme som en brændeovn.", False),
        ("Rummet har samme varme som et køleskab om vinteren.", False),
        ("Hun spillede hele stykket uden at kigge på noderne. Det kræver talent.", False),
        ("Hvis mål gav point, ville vi vinde hvert år.", False),
        ("Hvis dovenskab gav point, ville jeg vinde hvert år.", False),
        ("Jeg er så fucking træt af det her.", False),
        ("Hun er så pisse sød og hjælpsom.", False),
    ],
)
def test_indirect_contempt_round_46(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 47: a swear word said of a thing headed by a possessive is no insult
        ("Jeres system er fandeme noget lort, det lukker hele tiden.", False),
        ("Den hjemmeside er noget lort.", False),
        # … of a person, or of the people of a team, it is
        ("Din sagsbehandler er noget lort.", True),
        ("Du er noget lort, Per Storm.", True),
        ("Hendes afdeling er en flok analfabeter.", True),
    ],
)
def test_a_swear_word_said_of_a_thing_or_a_person(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 50: the brain as gunpowder, stupidity that hurts
        ("Hvis hjernen var krudt, kunne hun ikke engang tænde et stearinlys.", True),
        ("Hvis hans forstand var benzin, kom plæneklipperen ikke en meter.", True),
        ("Hvis dumhed gjorde ondt, ville min rådgiver skrige hele dagen.", True),
        ("Hvis min hjerne var krudt, kunne jeg ikke blæse hatten af.", False),
        ("Hvis krudtet var vådt, ville raketten ikke gå af.", False),
        # a scornful adjective before a female animal
        ("Sikke en hovmodig so.", True),
        ("Sådan en skadefro kælling, hun griner ad os.", True),
        ("Der står en stor sort ko på marken.", False),
        ("Sådan en sød ko, sagde barnet.", False),
        # sitting on one's fat backside
        ("Min sagsbehandler sidder på sin fede røv og laver ingenting.", True),
        ("De sad bare på deres flade røv hele ugen.", True),
        ("Jeg sidder på min røv hele dagen og venter.", False),
        ("Barnet faldt og sad på sin numse.", False),
        # mock congratulations and praise that prove incompetence
        ("Tillykke til Bo, der har bevist, at man kan blive leder uden at kunne stave til"
         " sit eget navn.", True),
        ("Hun er beviset på, at man ikke behøver en hjerne for at sidde i det job.", True),
        ("Det kræver talent at holde et møde i en time uden at sige noget fornuftigt.", True),
        ("Tillykke til Bo, der har bevist, at man kan blive uddannet trods en svær start.",
         False),
        ("Det kræver talent at holde et møde på 45 minutter, tak for en god dag.", False),
        ("Min søn kan ikke stave til sit eget navn endnu.", False),
        # people likened to a flock of animals; an office full of rabble
        ("At tale med dem er som at tale til en flok får.", True),
        ("I opfører jer som en flok hovedløse høns.", True),
        ("Kommunen er fuld af pak.", True),
        ("Vi så en flok får på marken.", False),
        ("Bonden talte til en flok får på engen.", False),
        ("Haven er fyldt med revl og krat.", False),
    ],
)
def test_veiled_contempt_round_50(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 53: a little clown as a name beside the person
        ("Han fik igen ikke svaret, den patetiske klovn.", True),
        ("Min datter fik en lille klovn af plys til jul.", False),
        ("Sikke en latterlig nar han er.", True),
        ("Vi havde en lille klovn med til børnefødselsdagen.", False),
        ("Den lille klovn i cirkus fik alle til at grine.", False),
        # twice the ability would still fall short
        ("Hvis hun var ti gange så klog, ville hun stadig være dum.", True),
        ("Hvis han blev dobbelt så dygtig, var han stadigvæk uduelig.", True),
        ("Hvis hun var dobbelt så kompetent, ville hun være chef for hele afdelingen.", False),
        ("Hvis jeg var dobbelt så klog, ville jeg stadig være uvidende om jura.", False),
        # a cold verdict sentence
        ("Hun svarer aldrig. En kold, arrogant kvinde.", True),
        ("Sikke en hoven og kynisk mandsling.", True),
        ("En kold dag i januar.", False),
        ("En varm og klog kvinde.", False),
        # people treated as dirt under the shoe
        ("Han ser på os borgere, som om vi var skidt under hans støvler.", True),
        ("Jeg trådte i hundelort, og det sad under min sko hele dagen.", False),
        # proof that one can work without using the brain
        ("Han er beviset på, at man kan passe et job i kommunen uden at bruge hovedet.", True),
        ("På ferien ligger jeg på stranden hele dagen uden at bruge hjernen.", False),
    ],
)
def test_veiled_contempt_round_53(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 56: a person likened to a thing that then comes out the cleverer
        ("At snakke med hende er som at snakke til en væg, bare væggen forstår mere.", True),
        ("Min konsulent er som en lommeregner, bortset fra at lommeregneren er klogere.", True),
        ("At ringe til dem er som at ringe til en robot. Robotten er dog klogere.", True),
        ("At tale med min sagsbehandler er som at tale til en væg.", False),
        ("Den nye printer er som en lommeregner, men den er klogere end den gamle.", False),
        ("At tale med chatbotten er som at tale med en telefonsvarer, men den er hurtig.", False),
        # a genius in the way a thing is one
        ("Teamlederen er sikkert klog, ligesom en kartoffel er klog.", True),
        ("Han er et geni på samme måde som min støvsuger er et geni.", True),
        ("Min søn er et geni ligesom sin far.", False),
        ("Min nye robotstøvsuger er et geni, ligesom min brødrister er et geni.", False),
        # staff picked out of the rubbish
        ("Sagsbehandlerne må være fundet på lossepladsen.", True),
        ("De ansætter vist folk fra skraldespanden derinde.", True),
        ("Den konsulent er vist samlet op af rendestenen.", True),
        ("Min cykel blev fundet i en container bag rådhuset.", False),
        ("Politiet fandt ham sovende i en container bag rådhuset.", False),
        ("Han har fundet et job på lossepladsen.", False),
        # "abekat" as a name for a person, not the animal or a child climbing
        ("Han er en doven abekat.", True),
        ("Min datter klatrer i træerne som en abekat.", False),
        ("I zoologisk have så vi en abekat, der spiste en banan.", False),
    ],
)
def test_veiled_contempt_round_56(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 57: "taber" is the verb after a plural subject ("borgere med angst
        # taber", "taber familierne igen", "de svage der taber"), the noun after an article,
        # a "din" or a copula ("han er bare taber")
        ("Henrik Toft har lukket skranken. Ledige uden bil taber på det.", False),
        ("Med de nye regler taber familierne med små børn igen.", False),
        ("Det er altid de svage der taber, når kommunen skal spare.", False),
        ("Mennesker med kroniske smerter taber hver gang, Henrik Toft.", False),
        ("Henrik Toft er da bare taber.", True),
        ("Hold kæft taber, Henrik.", True),
        ("Fatima Ali, din fede taber.", True),
        # a verbless list of degrading words with a vice only a person can have, after
        # the sentence that names the person
        ("Undgå Jens-Ole Krag i kontanthjælp. Doven og grådig.", True),
        ("Min sagsbehandler hedder Fatima Ali. Selvfed, arrogant og ligeglad!", True),
        ("Jeg fik et brev fra Fatima Ali. Arrogant og nedladende.", False),
        ("Fatima Ali spurgte til min ungdom. Doven og grådig, indrømmer jeg gerne.", False),
        ("Fatima Ali er min nye sagsbehandler. Aldrig doven eller arrogant.", False),
        ("Henrik Toft hjalp mig med ansøgningen. Hurtig, venlig og grundig.", False),
    ],
)
def test_verb_taber_and_vice_list_round_57(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 59: the irony that the staff cannot read, after their failure
        ("I har stadig ikke svaret på min klage. Sådan noget kræver vel, at man kan stave.", True),
        ("Ingen har ringet tilbage. Det kraever nok at man kan laese.", True),
        ("Jobbet kræver at man kan læse dansk.", False),
        ("Kurset er svært. Det kræver jo at man kan regne.", False),
        ("Det kræver jo at man kan læse. Min far er ordblind.", False),
        # could not even run a sausage stand or a kiosk
        ("Den konsulent kunne ikke engang styre en kiosk.", True),
        ("Henrik Toft kan ikke engang drive en pølsebod, men vurderer min arbejdsevne.", True),
        ("Jeg kunne ikke engang passe en pølsevogn efter ulykken.", False),
        ("Min bror kunne ikke passe pølsevognen alene efter operationen.", False),
        # wondering whether the person can even count or spell
        ("Mon Fatima Ali overhovedet kan tælle til ti?", True),
        ("Gad vide om sagsbehandleren selv kan stave til ressourceforløb.", True),
        ("Gad vide om min søn kan tælle til ti, når han starter i skole.", False),
        ("Mon hun kan læse min håndskrift?", False),
        # mock congratulations on a competence the person plainly lacks
        ("Tillykke til Jens-Ole Krag, der stadig ikke har lært at læse en journal.", True),
        ("Min sagsbehandler har aldrig forstået min sygdom. Hvilken imponerende faglighed.", True),
        ("Tillykke til Henrik Toft, der stadig har sit gode humør efter 30 år.", False),
        ("Fatima Ali har hjulpet mig hele vejen. Sikke et imponerende kompetenceniveau.", False),
        ("Jeg har endnu ikke lært reglerne. Sikke et imponerende kompetenceniveau hos Bo.", False),
    ],
)
def test_irony_about_ability_round_59(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # an animal in disguise said of the system is a figure of criticism, of a person an
        # insult (probe round 57)
        ("Det her system er en ulv i fåreklæder: først smil, så afslag.", False),
        ("Kommunen er en slange i jakkesæt, når det gælder sygedagpenge.", False),
        ("Min sagsbehandler er en ulv i fåreklæder.", True),
        ("Per Storm er en slange i jakkesæt.", True),
    ],
)
def test_a_disguised_animal_of_the_system_is_no_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # probe round 61: brainlessness with "have" or a single cell in between, also as
        # mock thanks; a job that cannot be done without a brain is a requirement, and
        # knowledge of a subject or a brain kept safe from drink is no insult
        ("Tak til Fatima Ali for at vise, at man kan være chef uden at have en hjerne.", True),
        ("Jens-Ole Krag passer sit job fint uden at besidde en eneste hjernecelle.", True),
        ("Hele afdelingen er fyldt med folk uden en eneste fungerende hjernecelle.", True),
        ("Man kan ikke blive socialrådgiver uden at have en hjerne, så tak til Fatima Ali.", False),
        ("Det er umuligt at være chef uden en hjerne.", False),
        ("Henrik Toft blev chef uden at have forstand på sygedagpenge.", False),
        ("Efter festen vågnede jeg uden en eneste fungerende hjernecelle.", False),
        ("Kan man drikke så meget uden at skade en eneste hjernecelle?", False),
        # a person on the level of a dull thing; service so described, a level denied, a
        # tall son or the writer after an operation are no insult
        ("Teamlederen er intellektuelt på niveau med en brødrister.", True),
        ("Hun ligger paa samme niveau som en kartoffel, den sagsbehandler.", True),
        ("Henrik Toft er ikke engang på omgangshøjde med en amøbe.", True),
        ("Servicen i skranken var på niveau med en telefonsvarer.", False),
        ("Fatima Ali er ikke på niveau med en robot, hun lytter faktisk.", False),
        ("Min søn er på højde med en lygtepæl nu.", False),
        ("Jeg var på niveau med en grøntsag efter narkosen.", False),
    ],
)
def test_brainless_and_level_of_a_thing_round_61(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


POSITIVES_R63 = [
    # probe round 63: the irony that a post needs no reading, counting or brain
    "Det kræver tilsyneladende ikke, at man kan regne, for at arbejde på jobcentret.",
    "Aabenbart skal man ikke kunne stave for at blive jobcenterchef. Tak, Henrik Toft.",
    "Man behøver vist ikke bruge hjernen for at blive afdelingsleder i Jobafklaring.",
    # praise cut down to a menial or idle task
    "Jens-Ole Krag er garanteret en glimrende mand. Til at holde kaffepauser.",
    "Fatima Ali er kun egnet til at spise kage og planlægge ferier.",
    "Sagsbehandleren duer ikke til andet end at vande planterne.",
    # mock congratulations and praise for a blunder
    "Hatten af for Henrik Toft, som har klaret at beregne min ydelse forkert fire måneder i træk.",
    "Tillykke til Fatima Ali, der har formået at begå den samme fejl i min sag igen.",
    "Jens-Ole Krag har nu sendt mig det forkerte skema to gange. Det kræver altså talent.",
    # an animal placed at the institution whose people it names
    "Jeg hader de grise nede på kommunen.",
    "Rotterne paa raadhuset har stoppet min ydelse uden varsel.",
    "Det svin hos Borgerservice lagde bare røret på.",
]

NEGATIVES_R63 = [
    "Man behøver ikke kunne læse for at få hjælp på jobcentret.",
    "Man skal åbenbart ikke kunne læse dansk for at søge kontanthjælp.",
    "Jeg kan åbenbart ikke læse, for jeg troede mødet var i morgen.",
    "Fatima Ali er rigtig god til at lytte, og hun hentede kaffe til mig.",
    "Jens-Ole Krag er ikke kun god til at brygge kaffe, han er også en dygtig leder.",
    "Den nye automat er god. Til at lave kaffe, ikke te.",
    "Jeg er kun god til at holde pauser for tiden, siger min læge.",
    "Stort tillykke til Henrik Toft med jubilæet!",
    "Tillykke til Fatima Ali, der har formået at rette fejlen i min sag. Tak!",
    "Tillykke til Jens-Ole Krag, der har formået at gennemføre kurset uden en eneste fejl.",
    "Jeg har udfyldt skemaet forkert to gange. Det kræver talent, ha ha.",
    "Rotterne i kælderen på rådhuset skal bekæmpes.",
    "Min datter elsker de grise på kommunens bondegård.",
    "Vi så de svin på gården i går.",
]


POSITIVES_R65 = [
    # probe round 65: two brain cells, mock sympathy for using "both" at work
    "Det må være svært at sidde i Sygedagpenge, når man skal tænde begge sine hjerneceller.",
    "Henrik Toft brugte vist begge hjerneceller på én gang, og så gik brevet til forkert adresse.",
    "Husk nu at bruge begge dine to hjerneceller næste gang, Fatima.",
    # a mind's capacity likened to a dull thing
    "Jens-Ole Krag forklarede reglerne med samme mentale skarphed som en frikadelle.",
    "Sagsbehandleren har lige så meget hjernekapacitet som en kantsten.",
    # counting as the limit of the person
    "Tre stjerner, for det er det største tal sagsbehandleren kan tælle til.",
    "Én stjerne. Længere kan Henrik Toft ikke tælle.",
    "Fatima Ali kan vist kun tælle til fem, så det blev fem afslag.",
    # praise only a stone would give
    "Fatima Ali er kommunens sødeste rådgiver – hvis man spørger en kartoffel.",
    "Spørger man en mursten, er han landets bedste teamleder.",
    # "tåbe" typed without the å, also in leetspeak
    "Henrik Toft er sådan en dum tabe.",
    "H3nr1k T0ft 3r 3n k0mpl3t t@b3",
    "Sikke en tabe han er, ham jeg talte med i telefonen i går.",
]

NEGATIVES_R65 = [
    "Efter en nattevagt skal jeg bruge begge mine hjerneceller for at finde kaffen.",
    "Om mandagen skal man bruge begge sine hjerneceller for at komme ud af sengen.",
    "Jeg arbejder på et kontor, og når man skal bruge begge sine hjerneceller, går det langsomt.",
    "Slagtilfældet ramte begge hjernehalvdele hos min far.",
    "Jeg har samme mentale overskud som en pandekage i dag.",
    "Min søn har samme mentale niveau som en 5-årig, siger lægen.",
    "Den nye printer har samme kapacitet som en brødrister.",
    "2 stjerner fordi ventetiden var lang.",
    "Min datter kan tælle til ti nu.",
    "Det højeste tal min søn kan tælle til er 20.",
    "Han har dyskalkuli og kan kun tælle til ti uden hjælp.",
    "Jeg kan kun tælle til tre på spansk.",
    "Hun er verdens bedste mor, hvis man spørger hendes børn.",
    "Reformen er et mesterværk, hvis man spørger en sten.",
    "Jeg er bange for at tabe sagen.",
    "Du skal ikke tabe modet, Henrik.",
    "Han lod en tabe ansigt foran alle.",
    "Det er en tabe-tabe-situation for alle borgere.",
    "Fatima Ali er ikke en tabe, hun er bare travl.",
]

def test_leet_tabe_exposes_the_named_caseworker_round_65() -> None:
    result = triage("H3nr1k T0ft 3r 3n t@b3 ud3n h3rn3", "c")
    assert {"insult", "staff_named", "exposure"} <= set(result.labels)


POSITIVES_R67 = [
    # probe round 67: mock admiration that a person manages the simplest thing with that brain,
    # or that someone must hold his hand
    "Det er et mirakel at Fatima Ali finder hjem om aftenen med det hoved.",
    "Hvordan finder hun overhovedet vej til jobcentret med den hjerne?",
    "Utroligt at han kan klæde sig på om morgenen med den hjerne.",
    "Imponerende at Henrik Toft finder vej til sit skrivebord. Nogen må holde ham i hånden.",
    # told to have the brain checked
    "Du burde få tjekket hovedet, Henrik Toft.",
    "Har I overvejet at få jeres egne hoveder tjekket?",
    "Har du overvejet at faa din egen hjerne tjekket?",
    # one genius addressed at a unit, or for the decision made
    "Hej geni på jobcentret, hvor er mine penge?",
    "Kaere geni i Kontanthjaelp, hvor er min sag?",
    "Kære geni, der vurderede mig rask: hvornår får jeg svar?",
    # grasping nothing, in a subordinate clause
    "Han er typen, der ikke fatter en skid af noget.",
    "Det er en chef, der aldrig forstår en bjælde af, hvad vi siger.",
    # unkind adjectives stacked before a vile one, "min" on the person
    "Jens-Ole Krag er en kynisk, selvfed lille mand.",
    "Min sagsbehandler er en arrogant og ynkelig lille type.",
    # never met so many of them as at the office
    "Jeg har aldrig set så mange dumme tosser som på jeres kontor.",
    "Vi har aldrig oplevet så mange inkompetente idioter som i Sygedagpenge.",
    "Aldrig har jeg talt med så mange tåber som hos jer.",
    # a team as the rabble
    "Hele ydelsesteamet er noget pak.",
    "Ledelsen i Fleksjob er noget pøbel og afskum.",
    "Hele kontanthjælpsteamet er nogle svin.",
    # a farm animal with a vulgar first part
    "Fatima er sådan en møgkamel.",
    "Din lortekalkun!",
    "F@t1m@ 4l1 3r 3n l0rt3k@m3l",
]

NEGATIVES_R67 = [
    "Imponerende at min søn kan finde vej til skolen helt selv nu.",
    "Min mormor finder ikke hjem med den hjerne, hun har nu.",
    "Det er imponerende, at hun kan huske alle de regler med sådan en hjerne.",
    "Pædagogen holder ham i hånden på vej til skolen.",
    "Hjernen bag projektet er Fatima Ali.",
    "Min søn faldt på cyklen og skal have tjekket hovedet.",
    "Jeg skal have min hjerne scannet i næste uge.",
    "Du skal have tjekket hovedet efter sådan et fald, Henrik.",
    "Kære geni i IT, tusind tak for hjælpen med min computer.",
    "Hej geni! Tillykke med eksamen, skat.",
    "Min datter er et geni i matematik.",
    "Jeg ved godt, at jeg ikke fatter en skid af skemaer.",
    "Skemaet er så svært, at man ikke fatter en skid.",
    "Hun er en sød og slet ikke selvglad lille dame.",
    "Min sagsbehandler er en rar, venlig lille dame.",
    "Jeg har aldrig mødt så mange søde og hjælpsomme mennesker som hos jer.",
    "Jeg har aldrig set så mange klovne som i cirkus i går.",
    "Klovnene til børnefødselsdagen var fantastiske.",
    "Jeg har aldrig mødt nogen idioter hos jer.",
    "Jeg har aldrig følt mig som så stor en idiot som hos jer.",
    "Der er bundfald i kaffen.",
    "Vinen har meget bundfald i bunden af flasken.",
    "Teamet er noget presset for tiden.",
    "Der er en pissemyre i køkkenet.",
    "Hesten på marken er en hammel.",
    "Den kamel i zoo er gammel.",
]


def test_leet_sworn_animal_exposes_the_named_caseworker_round_67() -> None:
    result = triage("H3nr1k T0ft 3r 3n p1ss3k@m3l", "c")
    assert {"insult", "staff_named", "exposure"} <= set(result.labels)


# probe round 69: a mind likened to an office cup or chair, with a degree word and the
# person's own thing; a mock concession that someone is surely good at something, just not
# the job or being decent; failing to understand as the subject of "kræver talent"
POSITIVES_R69 = [
    "Tak til min nye rådgiver. Han har cirka samme høje IQ som en hæftemaskine.",
    "Teamlederen har lige saa hoej IQ som sin kuglepen.",
    "Min sagsbehandler er lige så klog som sin kontorstol.",
    "Hendes kaffekop har højere IQ end hende.",
    "Jens-Ole Krag har lavere intelligens end en papkasse.",
    "Fatima er garanteret dygtig til et eller andet, bare ikke til at lytte.",
    "Henrik Toft er sikkert god til noget. Men ikke til at lede.",
    "Min sagsbehandler er nok en haj til noget. Bare ikke til jura.",
    "Hun er sikkert et geni til mange ting. Bare ikke til at være et ordentligt menneske.",
    "Jens-Ole er sikkert fantastisk til noget andet, bare ikke som teamleder.",
    "Jeg er meget imponeret over Henrik Toft. At lede en afdeling i ti år uden at forstå en "
    "eneste regel kræver talent.",
    "At være sagsbehandler i tyve år uden at fatte en skid af loven kræver sgu talent.",
    "At vaere chef uden at begribe en eneste paragraf kraever virkelig evner.",
    # "syg i hovedet" said of staff without an illness stays an insult
    "Min sagsbehandler er syg i hovedet.",
    "I er syge i hovedet derinde.",
]

NEGATIVES_R69 = [
    "Min kat har næsten lige så høj IQ som en hund.",
    "Den nye sagsbehandler har lige så høj IQ som Einstein, hun er virkelig dygtig.",
    "Min datter har samme høje IQ som sin far.",
    "Kaffekoppen er lige så høj som termokanden.",
    "Den nye printer er lige så klog som en lommeregner.",
    "Min søn er sikkert et geni til noget, bare ikke til fodbold.",
    "Han er sikkert god til noget, bare ikke til fodbold.",
    "Fatima er et geni til sagsbehandling. Hun lytter altid.",
    "Jeg er sikkert god til noget. Bare ikke til at udfylde skemaer.",
    "Henrik er sikkert god til noget andet, og det håber jeg han finder.",
    "At se en fransk film uden at forstå et eneste ord kræver talent.",
    "At spille hele stykket uden at kigge på noderne kræver virkelig talent.",
    "At køre bil i 30 år uden at lave en eneste fejl kræver talent.",
    "Jeg kan læse hele loven uden at forstå en eneste paragraf, det kræver talent.",
    # "syg i hovedet" as an illness: a diagnosis beside it, or the writer's own family
    "Min kone er syg i hovedet, hun har svær depression og kan ikke møde op.",
    "Han har været syg i hovedet siden hjernerystelsen og kan ikke arbejde.",
    "Hun har migræne og er syg i hovedet hele ugen.",
    "Min mand er syg i hovedet og kan ikke selv skrive.",
]


# probe round 72: insults by irony: mock congratulations on (almost) learning the simplest
# office task; a workplace where the brain retires or is left in the cloakroom; a person held
# up as an example of how far one gets without ability; "you cannot even …, but you know
# best"; ironic awe that someone can be so void of shame and still face the mirror
POSITIVES_R72 = [
    "Tillykke til Fatima Ali, som efter fem år i huset endelig har fundet ud af at sende en mail.",
    "Hatten af for Jens-Ole, der nu næsten har lært hvordan man tænder computeren.",
    "Bravo til min sagsbehandler, der efter et halvt år omsider har lært at aabne en pdf.",
    "Kommunens sygedagpengeafdeling: kontoret hvor forstanden tager på ferie hver morgen "
    "klokken otte.",
    "Velkommen til Jobcenter Nord, stedet hvor hjernecellerne går på efterløn.",
    "Det er et kontor hvor de ansatte afleverer hjernen i garderoben.",
    "Henrik Toft er et strålende eksempel på, hvor langt man kan komme uden forstand.",
    "Teamlederen er beviset på, at man kan blive chef uden en eneste hjernecelle.",
    "Fatima, du kan ikke engang stave til 'sygemelding', men du ved altid bedre end min psykolog.",
    "Han kan ik engang finde min journal, men han tror han ved bedre end overlægen.",
    "Respekt til Henrik Toft. At et menneske kan være så blottet for anstændighed, det er noget.",
    "Hvordan kan man være så tom for empati og stadig se sig selv i spejlet, Jens-Ole?",
]

NEGATIVES_R72 = [
    "Stort tillykke til Fatima Ali med de 25 år i jobcentret!",
    "Tillykke til Henrik, der har lært at spille klaver på et år.",
    "Tillykke til min farmor, der efter tre kurser endelig har lært at sende en mail.",
    "Jeg har endelig lært at åbne en vedhæftet fil, tak til Jens-Ole for hjælpen.",
    "Min hjerne går på ferie i juli, så jeg svarer efter sommeren.",
    "Min mor har demens, og hendes hjerneceller går på pension en efter en.",
    "På kontoret går de ansatte på pension som 67-årige.",
    "Fatima Ali er et lysende eksempel på tålmodighed.",
    "Hun er et eksempel på, hvor langt man kan nå uden uddannelse.",
    "Jeg er et levende bevis på, hvor langt man kan komme uden talent.",
    "Du kan ikke engang læse min læges håndskrift – det kan ingen, så jeg ringer til ham.",
    "Du kan ikke engang nå at læse alt, men du ved bedst hvad der skal til. Tak for hjælpen.",
    "Hatten af for Henrik Toft, der fik styr på min sag på en uge.",
    "Hvordan kan man være så fri for bekymringer? Jeg misunder min kat.",
    "Jeg kunne ikke se mig selv i spejlet, hvis jeg var så blottet for skam.",
]


# probe round 73: insults by irony and comparison: mock congratulations on the time it took
# staff to learn the simplest office task; things or animals with more of a human quality
# than the person; a vocabulary mocked as a few words; staff hired for how little they grasp;
# a qualification that cannot be seen on the person. And "laveste" as a ranking of a thing
# (a rate, a price) is no insult
POSITIVES_R73 = [
    "Hjertelig tillykke til Jens-Ole Krag, der efter blot fire måneder har lært at sende en "
    "mail. Så er der håb for alle.",
    "Tillykke til min sagsbehandler, som efter et halvt år i jobbet har fundet ud af at printe "
    "et brev.",
    "Jeg har set kaffekopper med mere forstand end Henrik Toft.",
    "Der findes kartofler med bedre hukommelse end min sagsbehandler.",
    "Min undulat har mere empati end hende.",
    "Så har Fatima Ali igen opbrugt hele sit ordforråd.",
    "Wow, imponerende at Henrik Toft kunne sige fem hele ord i mødet.",
    "De ansætter vist folk ud fra hvor lidt de forstår.",
    "Jobcentret hyrer efter hvor lidt hjerne folk har, og Henrik Toft er deres stjerne.",
    "Nogle af dem har en uddannelse. Man kan bare ikke mærke det på Jens-Ole Krag.",
    "Hun skulle efter sigende have en kandidatgrad, men det kan man ikke se på hende.",
    "I er samfundets laveste.",
]

NEGATIVES_R73 = [
    "Tillykke til Fatima Ali, der efter tre måneders kursus har bestået sin eksamen.",
    "Tillykke til Lise fra min strikkeklub, som efter tre måneder har lært at sende en mail.",
    "Tillykke til min farfar, der efter tre måneder har lært at åbne en vedhæftet fil.",
    "Dørhåndtaget på jobcentret knækkede, da jeg gik ind.",
    "Min nye robotstøvsuger har bedre hukommelse end den gamle.",
    "Der findes hunde med mere empati end mange mennesker.",
    "Hun har brugt hele sin ferie på at passe sin syge mor.",
    "Han har brugt hele sit ordforråd på at takke mig, og jeg blev rørt.",
    "Imponerende at min datter kan sige tre ord allerede.",
    "Efter blodproppen er det imponerende at min far kan sige fem ord.",
    "Man ansætter efter hvor lidt erfaring de har.",
    "De har godt nok ramt plet med den nye medarbejder, Fatima Ali er super.",
    "Hun har en uddannelse som sygeplejerske, og det kan man godt se på hende.",
    "Hun er 60 år, men det kan man ikke se på hende.",
    "Jeg har en uddannelse, men det kan man ikke se på mig.",
    "Kommunen har et af landets laveste sygefravær.",
    "Vi har Danmarks laveste ledighed og verdens laveste priser.",
    "Folk fra samfundets laveste lag bliver behandlet dårligt.",
]

# probe round 75: insults by irony: mock awe at reading or hearing without grasping a word
# ("det kræver talent"); it must take years of training to become that dumb; one needs no
# brain or heart to hold a post at the jobcentre. Real praise for a note read and grasped, a
# real course of study, a surgery, a muddled letter and the writer's own stay off
POSITIVES_R75 = [
    "Flot, Henrik Toft. At kunne sidde med min sag i et helt år og stadig ikke forstå hvad "
    "jeg fejler, det kræver virkelig talent.",
    "Det kræver et særligt talent at høre på mig i en time og alligevel ikke fange en brik, "
    "Fatima Ali.",
    "At kunne gennemgå tre speciallægeerklæringer uden at forstaa en linje – det er en "
    "præstation, Jens-Ole Krag.",
    "Der må være et kursus i det. Man skal vel på kursus for at blive saa tungnem som dig.",
    "At blive så inkompetent som Henrik Toft må kræve mange års træning.",
    "Det må have taget årevis af efteruddannelse at blive så hjerneløs som jer.",
    "Tak til Birgitte Munk Sørensen, der viser at man tydeligvis ikke behøver en hjerne for "
    "at blive sagsbehandler.",
    "Henrik Toft beviser dagligt, at man aabenbart hverken skal have forstand eller "
    "samvittighed for at være jobcenterchef 👏",
]

NEGATIVES_R75 = [
    "Tak, Fatima Ali. At kunne læse en speciallægeerklæring på otte sider og forstå den hele "
    "– det kræver altså talent.",
    "Bravo Jens-Ole Krag, du læste hele udtalelsen og forstod med det samme min situation.",
    "Jeg kan læse afgørelsen og stadig ikke fatte et ord af den – det kræver talent at skrive "
    "så kringlet.",
    "Det kræver seks års uddannelse at blive psykolog.",
    "Det tager mange års træning at blive så dygtig som Henrik Toft.",
    "Det tog mig flere år at blive så dum som jeg er, haha.",
    "Man behøver hverken hjerne- eller hjertekirurgi for at blive rask, sagde min læge.",
    "Man behøver ikke en lang uddannelse for at blive leder i vores idrætsforening.",
    "Tak til Birgitte Munk Sørensen for at minde os om, at man skal bruge både hjerne og "
    "hjerte i arbejdet.",
    "Jeg behøver hverken hjerne eller hjerte for at blive formand for grundejerforeningen, "
    "sagde jeg for sjov.",
]

# round 77: "en skid" as the object of a concrete action (a site, a device, a sense) is no
# judgment of the mind; the bare "skid" said of a person after a copula is an epithet
POSITIVES_R77 = [
    "Han er bare en skiderik, ham fra ydelseskontoret.",
    "Hold din kæft, du er en skid.",
    "Min sagsbehandler kan ikke en skid.",
]
NEGATIVES_R77 = [
    "For helvede, jeres app er død igen, man kan ikke åbne en skid.",
    "Lortesystemet er nede, kan ik sende en skid ind.",
    "Skærmen i borgerservice er så dårlig, at man ikke kan læse en skid.",
    "Hun er en sød lille skid, min datter.",
]


# round 79: insults by irony. A brain mocked as never used, a mock medal for lacking a
# conscience, a little Napoleon with a pea-sized brain as "everybody's own"; "hore" typed for
# "høre" ("for at hore om", "vil bare hore om") is the verb, the slur at a person stays one.
# Near misses: a medal deserved for real, a bird's small brain, the writer's own unused
# brain, a guilty conscience, geniuses thanked plainly, the emperor's figures
POSITIVES_R79 = [
    "Stor ros til de kloge hoveder i Sygedagpenge. De har en hjerne, men bruger den aldrig.",
    "Henrik Toft har masser af hjerneceller, han har bare aldrig brugt en eneste af dem.",
    "Sælges: Fatima Alis hjerne, aldrig brugt 😂",
    "Jens-Ole Krag fortjener en pris. Han er blevet teamleder uden at have et gram empati.",
    "Birgitte Munk Sørensen skulle have en guldmedalje for at sidde i tyve år med så lidt "
    "medfølelse.",
    "Henrik Toft – vores allesammens lille Napoleon fra tredje sal.",
    "Fatima Ali er sådan en lille magtsyg Napoleon 🙄",
    "Den hore fra ydelseskontoret kan ikke engang svare på en mail.",
]
NEGATIVES_R79 = [
    "Jens-Ole Krag fortjener en medalje for at have hjulpet min far gennem hele forløbet.",
    "Min søster har altid sagt, at hun fortjener en pris for sin tålmodighed med mig.",
    "En due har en hjerne på størrelse med en ært, men finder alligevel hjem.",
    "Jeg har ikke brugt hjernen i hele ferien, og det var dejligt.",
    "Jeg kunne ikke sige nej uden at have dårlig samvittighed bagefter.",
    "Man kan ikke være socialrådgiver uden at have en samvittighed, siger min mor.",
    "Tak til de lysende genier i IT, der fik min computer til at virke igen.",
    "Min lille dreng var Napoleon til fastelavn, og min mor samler på små Napoleon-figurer.",
    "Jeg ville bare hore om I har modtaget min lægeerklæring fra i mandags.",
    "Skriver for at hore hvornaar jeg kan forvente svar paa klagen. Horer gerne fra jer.",
]


# round 80–81: insults by irony and metaphor. A workplace full of vermin that live on others,
# mock congratulations on learning a fraction of the simplest task, an elliptical comparison
# with things of more sense after a mocked office, a person with so little shame or sense,
# having learned more from an empty thing than from the person. Near misses: leeches in a
# lake, rats in a cellar or a house, a real anniversary, half a hard thing learned by a
# relative, potatoes in a recipe, so much patience, little experience, the writer's own, a
# video ranked above a course
POSITIVES_R81 = [
    "Jobcentret er fuldt af blodsugere, der lever af de syges elendighed.",
    "Den afdeling er proppet med parasitter og snyltere.",
    "På kontanthjælpskontoret vrimler det med gribbe.",
    "Kommunen er fyldt med igler, der suger borgerne tørre.",
    "Hjertelig tillykke til Jens-Ole Krag, som efter tre år har lært at stave til halvdelen "
    "af sit eget navn.",
    "Bravo til Fatima Ali, der nu kan læse den første side af en journal.",
    "Kudos til min sagsbehandler, der efter et år har fundet ud af at udfylde halvdelen af et "
    "skema.",
    "Hvem har hyret de kloge hoveder i Kontanthjælp? Jeg har set kaffekopper med mere hjerne.",
    "Henrik Toft skrev igen en afgørelse uden hoved og hale. Jeg har mødt mursten med bedre "
    "dømmekraft.",
    "Fatima Ali er en kvinde med så lidt empati, at det gør ondt.",
    "Jens-Ole Krag har så lidt samvittighed i kroppen.",
    "Respekt for en chef med saa lidt anstændighed.",
    "Tak for din hjælp, Henrik Toft. Jeg har lært mere af en tom pizzabakke end af dig.",
    "Jeg har lært mere af min kat end af min sagsbehandler på et helt år.",
    "En gammel sok har lært mig mere end Birgitte Munk Sørensen.",
    "Jeg lærte mer fra en død flue end fra jer på jobcentret.",
]
NEGATIVES_R81 = [
    "Søen ved sommerhuset var fyldt med blodsugende igler, så vi badede ikke.",
    "Kælderen under kommunens bygning er fuld af rotter, ring til en kammerjæger.",
    "Huset er fyldt med rotter, og udlejer gør intet.",
    "Jobcentret er fyldt med rotter, så kommunen har tilkaldt skadedyrsbekæmpelse.",
    "Stort tillykke til Jens-Ole Krag med de 25 år i jobbet.",
    "Tillykke til min farmor, der har lært at læse halvdelen af Koranen på arabisk.",
    "Tillykke til Fatima Ali, der har læst halvdelen af sin uddannelse.",
    "Skræl kartofler med mere smør og salt.",
    "Jeg har set kartofler med mere stivelse i Netto end i Rema.",
    "Man må beundre en mand med så meget tålmodighed.",
    "Min far var en mand med så lidt tid til sig selv.",
    "Han er en konsulent med så lidt erfaring, at han må spørge kollegerne.",
    "Hun er en sagsbehandler med så lidt forstand på IT, at hun beder om papir.",
    "Jeg er en mand med så lidt selvrespekt efter skilsmissen.",
    "Jeg føler mig som et menneske med så lidt forstand i dag.",
    "Jeg har lært mere af en YouTube-video end af hele kurset.",
    "Jeg har lært mere af min mentor end af alle bøgerne.",
    "Vi har en kat, der har lært mig mere om tålmodighed end nogen bog.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Jeg ville bare hore om I har modtaget min lægeerklæring fra i mandags.",
        "Skriver for at hore hvornaar jeg kan forvente svar paa klagen. Horer gerne fra jer.",
        "Vil lige hore om mine papirer er kommet frem til jer.",
        # after "og" with a question word (stop 27)
        "jeg vil ringe og hore hvornar jeg faar svar paa min ansoegning",
    ],
)
def test_hore_typed_for_hoere_is_a_status_question(text: str) -> None:
    labels = triage(text, "c").labels
    assert "case_request" in labels
    assert "offensive" not in labels
    assert "insult" not in labels


# false flags (round 80): "taber" of a match or a contest is the one who lost it ("taberen i
# finalen", "tabere i bordtennis", "den store taber ved valget", "I skak er … taberen");
# a loser in life, in one's job or "i skak og i livet" is still an insult
POSITIVES_FP80 = [
    "Du er en taber i livet, og det ved hele opgangen.",
    "Den konsulent er en taber i sit job og burde finde noget andet.",
    "Du er sådan en taber i skak og i livet.",
    "Han er en taber i badminton og en taber som menneske.",
]
NEGATIVES_FP80 = [
    "Min nevø var taberen i finalen, men han tog det pænt.",
    "Han er en taber i haandbold men god til at tegne.",
    "Karsten var den store taber ved valget i kommunen.",
    "De er tabere i bordtennis, men de griner bare af det.",
    "I skak er min onkel altid taberen, men han elsker spillet.",
    "Min svigerinde blev taberen af weekendens turnering i petanque.",
]


# From round 63 on, each round adds a list of insults and a list of near misses; one test
# reads them all (register "c"); it stays at the END of the file, after the last round's
# lists are added (its parameters are read where it is defined)
ROUND_INSULTS = [
    *POSITIVES_R63,
    *POSITIVES_R65,
    *POSITIVES_R67,
    *POSITIVES_R69,
    *POSITIVES_R72,
    *POSITIVES_R73,
    *POSITIVES_R75,
    *POSITIVES_R77,
    *POSITIVES_R79,
    *POSITIVES_FP80,
    *POSITIVES_R81,
]
ROUND_NO_INSULTS = [
    *NEGATIVES_R63,
    *NEGATIVES_R65,
    *NEGATIVES_R67,
    *NEGATIVES_R69,
    *NEGATIVES_R72,
    *NEGATIVES_R73,
    *NEGATIVES_R75,
    *NEGATIVES_R77,
    *NEGATIVES_R79,
    *NEGATIVES_FP80,
    *NEGATIVES_R81,
]


# round 82: a quantifier floated after the copula before the epithet ("I er alle sammen nogle
# svin", "de er begge to nogle køer"); near misses: pigs on a farm, the writers' own greed
# at the table, "svineheld", a kind word after the same quantifier
POSITIVES_R82 = [
    "I er alle sammen nogle klamme svin derinde.",
    "I er allesammen nogle rotter på det kontor.",
    "De to i skranken er begge to nogle køer.",
]
NEGATIVES_R82 = [
    "Grisene hos min morbror er alle sammen nogle store svin.",
    "Vi var alle sammen nogle svin til julefrokosten og spiste alt.",
    "Det var noget svineheld, at bussen ventede.",
    "I er alle sammen nogle søde mennesker i skranken.",
]
ROUND_INSULTS += POSITIVES_R82
ROUND_NO_INSULTS += NEGATIVES_R82


# round 84: a degree mocked as found in a toy egg, a cereal box or a calendar (compound
# degrees, "uddannet fra …"), and brains said to be sold out the day a person was born;
# near misses: a toy in an egg, a treat after the exam, a real degree praised, a sale at the
# shop the day a child was born, the writer's own birth, a gifted child, a sincere "geni"
POSITIVES_R84 = [
    "Fatima Ali har vist fået sin socialrådgiveruddannelse i en slikpose.",
    "Jens-Ole Krag må have fundet sit ledereksamensbevis i en julekalender.",
    "Den konsulent er nok uddannet fra en cornflakespakke.",
    "Der var vist ophørsudsalg på forstand den dag, Henrik Toft kom til verden.",
    "Hjernecellerne var udsolgt, da hun blev skabt, det er tydeligt.",
    "Der var nok mangel paa hjerneceller da han blev fodt.",
]
NEGATIVES_R84 = [
    "Mit barnebarn fandt en lille plastikdino i et kinderæg.",
    "Efter eksamen fik min nevø et stort kinderæg af sin bedstefar.",
    "Min svigerdatter har en sygeplejerskeuddannelse fra Odense og er meget dygtig.",
    "Der var udsalg på vinterjakker i Bilka den dag, min søn blev født.",
    "Der var nok udsalg på hjerneceller den dag jeg blev født, haha.",
    "Vores yngste er særligt begavet og læste allerede som fireårig.",
    "Sikke et geni, hun løste kryds og tværs på ti minutter!",
]
ROUND_INSULTS += POSITIVES_R84
ROUND_NO_INSULTS += NEGATIVES_R84

# a count after the plural pronoun of a described group ("de to i skranken er …"; round 82's
# own test sentence never ran: its lists were added after the test was defined); near
# misses: animals told by their stable or field
POSITIVES_R84_COUNT = [
    "De tre på kontoret er nogle klovne.",
    "De to bag skranken er nogle svin.",
]
NEGATIVES_R84_COUNT = [
    "De to i stalden er nogle køer fra Jylland.",
    "Dem på marken er nogle svin, der skal til slagteriet.",
]
ROUND_INSULTS += POSITIVES_R84_COUNT
ROUND_NO_INSULTS += NEGATIVES_R84_COUNT


# round 86: an epithet after an adjective in apposition to a name ("jeres socialrådgiver,
# den kolde heks Fatima Ali"), and a person told apart by a relative clause without "som"
# before the copula ("den nye chef I har fået er et svin"); near misses: a witch in a fairy
# tale or at Halloween, a pig on a farm, "magtliderlig" said of a politician
POSITIVES_R86 = [
    "Jeg har talt med jeres rådgiver, den gamle heks Fatima Ali, og hun afviste mig.",
    "Min mor mødte sagsbehandleren, den kolde ko Birgitte Munk Sørensen.",
    "Den sagsbehandler jeg fik tildelt er en ko.",
    "Den konsulent vi havde sidst var et magtliderligt svin.",
]
NEGATIVES_R86 = [
    "I eventyret møder prinsen den kolde heks, der bor i skoven.",
    "Til Halloween var min datter den kolde heks i skolens skuespil.",
    "Grisen vi har fået på gården er et stort svin.",
    "Den nye borgmester er magtliderlig og burde gå af.",
]
ROUND_INSULTS += POSITIVES_R86
ROUND_NO_INSULTS += NEGATIVES_R86


# round 88: a nobody or rabble called talentless ("nogle talentløse nuller", "det mest
# talentløse revl"), also as the agent after the generic "man"; the mocking forecast that a
# grown person may learn to read in time; near misses: zero as a number, brushwood, a child
# learning to read at school, a talent show, the writer's own blunder
POSITIVES_R88 = [
    "Teamet på Fleksjob er nogle evneløse nuller, hver og en.",
    "Man bliver sendt rundt af nogle inkompetente nuller i telefonen.",
    "Ledelsen er det mest uduelige revl, jeg har set.",
    "Hun har nu lært at åbne en pdf. Om et par år kan hun måske endda læse den.",
    "Jens-Ole Krag fandt endelig min ansøgning. Til næste år lærer han sikkert også at stave.",
]
NEGATIVES_R88 = [
    "Vores kor fik nul point, og de talentløse dommere i talentshowet var enige.",
    "Efter stormen skulle vi rydde revl og grene fra stien ved haven.",
    "Min datter går i børnehave. Næste år lærer hun måske også at læse.",
    "Jeg var et talentløst nul til tysk i gymnasiet.",
    "Holdet tabte tre-nul til et hold fra Aarhus.",
]
ROUND_INSULTS += POSITIVES_R88
ROUND_NO_INSULTS += NEGATIVES_R88


# the slur with an article before a question word stays one (stop 27)
ROUND_INSULTS += [
    "Du er en hore om natten og en kælling om dagen.",
    "Din lille hore, hvad tror du?",
]

# round 90: contempt by description rather than by epithet — a grown person unfit to look
# after a goldfish or a cactus, as spineless as a worm or a pudding, no better than a wall
# that would be cheaper or easier (the person in the sentence before or after), staff mocked
# as children playing at directors. Near misses: a child too young, a lease's rule, the
# writer's own cactus, neglect reported to the animal welfare, invertebrates in a biology
# lesson, a stiff back, backbone praised, "som at tale til en mur" of the jobcentre alone, a
# wall painted, a bricklayer, the writer's own children or children on a playground, a plain
# criticism of management
POSITIVES_R90 = [
    "Den konsulent burde ikke få lov til at passe en guldfisk.",
    "Henrik Toft kan ikke engang holde liv i en kaktus, og så skal han styre min sag.",
    "Folkene på ydelseskontoret burde aldrig betros en potteplante.",
    "Fatima Ali har lige så meget rygrad som en regnorm.",
    "Teamlederen har rygraden af en budding, han bøjer sig for alt.",
    "Jens-Ole Krag har ikke mere rygrad end en våd karklud.",
    "Min rådgiver hedder Henrik Toft. Vil man snakke med en væg, er det nemmere at blive hjemme.",
    "Hvis du vil tale med en dør, er det hurtigere at gå ud i køkkenet. Det er hende, I har sat "
    "på min sag.",
    "Cheferne i Fleksjob ligner nogle børnehavebørn, der leger direktører.",
    "De opfører sig som en flok drenge, der leger sagsbehandlere, derinde på rådhuset.",
    "Hele ledelsen minder om små skolebørn som leger voksne.",
]
NEGATIVES_R90 = [
    "Min søn på seks burde ikke have lov til at passe en hamster alene endnu.",
    "Ifølge lejekontrakten må vi ikke holde en undulat, siger udlejer.",
    "Jeg kan ikke engang holde liv i en kaktus, haha, jeg har ingen grønne fingre.",
    "Naboen burde ikke have lov til at holde et marsvin, jeg har ringet til Dyrenes Beskyttelse "
    "om vanrøgt.",
    "I biologi lærte min datter, at en vandmand har lige så meget rygrad som en snegl: ingen, "
    "for de er hvirvelløse.",
    "Min fysioterapeut siger, at min rygrad er stiv som et bræt efter ulykken.",
    "Han har mere rygrad end de fleste og står fast på sine meninger.",
    "Det er som at tale til en mur, når man ringer til jobcentret.",
    "Hvis man vil male en mur, er det billigere at leje en sprøjte, sagde min nabo.",
    "Hvis man vil tale med en murer, er det billigere at ringe om morgenen.",
    "Hvis man vil tale med en mur, er det billigere at ringe til jobcentrets hotline.",
    "Mine børn ligner to små drenge, der leger politi, når de har kostume på.",
    "På legepladsen så vi nogle børn, der leger chefer og ansatte.",
    "Ledelsen har gjort det ringe: vagtplanen holder ikke, og borgerne kan ikke komme igennem "
    "på telefonen.",
]
ROUND_INSULTS += POSITIVES_R90
ROUND_NO_INSULTS += NEGATIVES_R90

# round 92: contempt by description — a vile adjective that enjoys others' pain ("sadistisk")
# on a noun for staff, the mind or the heart of a dull thing ("forstanden af en dørmåtte",
# "samme empati som et vejskilt"), a person without a spine, shame or conscience, and the
# sarcasm that it takes a special stupidity to do a thing; an opinion frame before the
# person ("Jeg synes, han …") keeps the person the one insulted. Near misses: a film's
# villain, a practice called sadistic, a machine with a robot's brain, the writer's own
# memory, a writer free of shame over a diagnosis, a person unashamed to ask for help, an
# invertebrate, courage that a thing takes, an empty feeling after an accident, the writer's
# own blunder, a sign's colour, a child's interest in signs
POSITIVES_R92 = [
    "Jens-Ole Krag er en sadistisk sagsbehandler.",
    "Hun er en sadistisk lille kontordame, der elsker at trække folk i ydelsen.",
    "Fatima Ali har sgu forstanden af en dørmåtte.",
    "Der sidder en chef med hjernen af en brødrister på tredje sal.",
    "Jeg synes, han har hjernen af en dørmåtte.",
    "Jeg mener, hun har nærmest charmen af en kaffemaskine.",
    "Henrik Toft er en mand uden samvittighed.",
    "Hun er fuldstændig uden skam, den sagsbehandler.",
    "Jeg synes, Fatima Ali er en mand uden rygrad.",
    "Der skal en helt speciel form for dumhed til at sende en dement mand i praktik.",
    "Det kræver en særlig tomhed mellem ørerne at kræve lægeerklæringer fra en borger i koma. "
    "Sådan arbejder de på rådhuset.",
    "Birgitte Munk Sørensen har samme empati som et vejskilt.",
    "Den rådgiver er lige så medfølende som et stopskilt.",
]
NEGATIVES_R92 = [
    "Filmen handler om en sadistisk seriemorder i Aarhus.",
    "Jeg synes, det er sadistisk at lade folk vente et halvt år på et svar.",
    "Den nye støvsuger har hjernen af en robot og finder selv rundt.",
    "Jeg har hukommelsen af en guldfisk i dag, undskyld at jeg glemte mødet.",
    "Du tror vel, jeg har hjernen af en guldfisk, men jeg husker alt.",
    "Jeg er en kvinde uden skam over min diagnose.",
    "Du synes sikkert, jeg er en kvinde uden skam.",
    "Hun er et menneske uden skam over at bede om hjælp, og det beundrer jeg.",
    "I biologi lærte vi, at regnormen er et dyr uden rygrad.",
    "Det kræver en særlig form for mod at sige sin mening på et møde.",
    "Efter ulykken mærkede hun en særlig tomhed i hovedet.",
    "Det krævede en vis dumhed af mig at glemme mødet, det indrømmer jeg.",
    "Det nye skilt har samme farve som et vejskilt.",
    "Min søn har samme interesse for biler som for et parkeringsskilt.",
]
ROUND_INSULTS += POSITIVES_R92
ROUND_NO_INSULTS += NEGATIVES_R92

# round 94: contempt for a person's grasp in polite words ("forstår ikke en brik af"), an
# English exclamation on the person just named ("…, what a useless piece of garbage"), and
# people called lazy ("de dovne sagsbehandlere"). Near misses: the writer's own grasp, with or
# without the pronoun, a case with no leg to stand on, a bus or an app so called, a stereotype
# the writer rejects or says others treat them as, lazy Sundays and days
POSITIVES_R94 = [
    "Fatima Ali forstår ikke en brik af sygedagpengeloven.",
    "Den nye teamleder begriber ikke en pind af, hvad fleksjob er.",
    "Fucking Henrik Toft, what a useless piece of garbage.",
    "Fatima Ali svarer aldrig. What a piece of crap she is.",
    "De dovne sagsbehandlere på rådhuset har igen glemt at svare mig.",
    "Sikke en flok dovne skrankesiddere, der sidder i Borgerservice.",
    "Den dovne konsulent har ikke engang læst min ansøgning.",
]
NEGATIVES_R94 = [
    "Jeg forstår ikke en brik af det skema, I har sendt.",
    "forstår ikke en brik af jeres nye regler, kan nogen forklare dem?",
    "Kommunen har ikke en pind at stå på i den sag.",
    "Bussen kørte lige forbi mig, what a piece of shit.",
    "Henrik Toft viste mig den nye app, what a useless piece of shit app.",
    "Politikerne taler altid om myten om de dovne kontanthjælpsmodtagere, men de fleste vil "
    "gerne arbejde.",
    "Jobcentret behandler os som de dovne kontanthjælpsmodtagere, politikerne taler om.",
    "Vi havde nogle dovne søndage i sommerhuset med hele familien.",
    "De dovne dage i juli var dejlige, men nu vil jeg gerne i gang med praktikken.",
]
ROUND_INSULTS += POSITIVES_R94
ROUND_NO_INSULTS += NEGATIVES_R94


@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Birgitte Munk Sørensen forstår ikke en brik af reglerne om jobafklaring.", True),
        ("Fucking Jens-Ole Krag, what a useless piece of garbage. Fuck det her sted.", True),
        ("De dovne sagsbehandlere i Sygedagpenge har glemt min sag igen.", False),
    ],
)
def test_round_94_insults_name_the_person_and_stay_polite(text: str, exposed: bool) -> None:
    """An insult on a named staff member exposes them; contempt in polite words ("ikke en
    brik", "dovne") is no offensive language, the English swearing is."""
    result = triage(text, "c")
    assert "insult" in result.labels
    assert ("exposure" in result.labels) is exposed
    assert ("offensive" in result.labels) is ("fuck" in text.lower())


# round 96: a superlative said as "none worse exists" ("… findes ikke", "… skal man lede
# længe efter"), "uduelig" misspelt with a double l, the irony that the post needs the heart
# or the brain taken out, and the town's elected people after "vores" ("vores rådmand er en
# kujon"). Near misses: praise in the same frame, a rule so ranked, the writer ranked, courage
# taken, a clot taken out near the heart, a heart in the right place, the mayor praised or
# the one who called the writer names
POSITIVES_R96 = [
    "En mere uduellig sagsbehandler end Jens-Ole Krag findes ikke.",
    "Fatima Ali er et uduelligt menneske, og det ved hele afdelingen.",
    "Der findes ikke en dummere teamleder i hele landet end ham i Kontanthjælp.",
    "En mere arrogant chef end Henrik Toft skal man lede længe efter.",
    "De ansatte i Ydelsesservice må have fået bortopereret samvittigheden for at blive ansat.",
    "Jeg tror, de skal have hjernen fjernet, før man kan blive teamleder i Sygedagpenge.",
    "Vores rådmand er en kujon, der aldrig tør svare på en mail.",
    "Vores kommunaldirektør er en usling, der lader andre tage skraldet.",
]
NEGATIVES_R96 = [
    "En mere hjælpsom sagsbehandler end Fatima Ali findes ikke.",
    "En dummere regel findes ikke, den må I lave om.",
    "Der findes ikke et mere uduelligt menneske end mig, når det gælder computere.",
    "Man skal tage hjertet i hånden for at få job i dag.",
    "Min mor fik fjernet en blodprop ved hjertet for at kunne arbejde igen.",
    "Man skal have hjertet på rette sted for at arbejde i Kontanthjælp.",
    "Vores borgmester holdt en fin tale om fleksjob i går.",
    "Vores borgmester kaldte mig en idiot på mødet i byrådet.",
]
ROUND_INSULTS += POSITIVES_R96
ROUND_NO_INSULTS += NEGATIVES_R96


@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Sagsbehandlerne i Sygedagpenge er hjerteløse og følelseskolde.", False),
        ("Den teamleder er et sjælløst menneske, der aldrig lytter.", False),
        ("I er nogle hjerteløse kællinger på det kontor.", True),
        ("Han er en hjerteløs idiot, den nye chef.", True),
    ],
)
def test_round_96_heartless_is_an_insult_in_plain_words(text: str, offensive: bool) -> None:
    """A want of heart said of people is an insult but no vulgar or degrading language; an
    epithet beside it still is."""
    result = triage(text, "c")
    assert "insult" in result.labels
    assert ("offensive" in result.labels) is offensive


# round 98: an epithet whose double consonant is typed once in leetspeak ("p4r4siter"), "på"
# typed "paa" between the person and the place before the copula, a listed word broken by a
# dot, an underscore or a hyphen ("idi_ot"), English contempt (the vilest person, zero
# brains), the brain left at the door and not counting to two, said of staff or management.
# Near misses: bandits in the news, the writer on benefits or a clown by trade, abbreviations
# and hyphens, the worst system or the worst person for a task, a scan with no brain damage,
# a task that takes no brains, coats in the cloakroom, a small child, a temper, dementia
POSITIVES_R98 = [
    "De er nogle fede p4r4siter på rådhuset.",
    "I er nogle sølle kl@phate alle sammen.",
    "Fatima Ali paa jobafklaring er en tosse, spørg hvem som helst.",
    "Konsulenten paa fleksjobkontoret er et fjols.",
    "Den chef er en idi_ot.",
    "Jens-Ole Krag er sgu en lu-der.",
    "My caseworker is the vilest person alive.",
    "He has zero brain cells, honestly.",
    "Cheferne i Ydelsesservice har vist parkeret forstanden ved indgangen.",
    "Hun lader hjernen hjemme, når hun møder ind.",
    "Lederne i Sygedagpenge kan jo ikke tælle til to.",
    "Han kan sgu ikke tælle til tre, den nye konsulent.",
]
NEGATIVES_R98 = [
    "Banditerne blev fanget ved grænsen i nat.",
    "Vi så en film om banditer i Mexico.",
    "Jeg paa kontanthjaelp føler mig som en taber.",
    "Hun paa kontanthjaelp er klovn i et cirkus om aftenen.",
    "Se f.eks. e-mailen fra Fatima Ali.",
    "Min søn leger bandit-og-betjent i haven.",
    "This is the worst system I have ever used.",
    "She is the worst person to ask about deadlines, she always forgets.",
    "The scan showed zero brain damage, thank God.",
    "It takes zero brains to fill in this form.",
    "Jeg afleverede jakken og hjernen i garderoben til julefrokosten.",
    "Husk at aflevere overtøjet i garderoben ved indgangen.",
    "Vi afleverede hjernen i garderoben og dansede hele natten.",
    "Min datter på fire kan ikke tælle til tre endnu.",
    "Han kan ikke tælle til ti, før han begynder at råbe.",
    "Min mor har demens, og hun kan ikke tælle til tre længere.",
]
ROUND_INSULTS += POSITIVES_R98
ROUND_NO_INSULTS += NEGATIVES_R98


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Toft er et r.øvhul.",
        "Fatima Ali has no brains at all.",
        "Birgitte Munk Sørensen paa sygedagpenge er en b@ndit.",
    ],
)
def test_round_98_masked_or_english_insults_expose_the_named_staff(text: str) -> None:
    """An insult hidden by a dot, by leetspeak or by "paa", or said in English, on a named
    staff member exposes them."""
    result = triage(text, "c")
    assert {"insult", "exposure", "staff_named"} <= result.labels


# probe round 100: none colder or emptier to be found ("en mere iskold og nedladende
# teamleder skal man lede langt efter"), nothing behind a person's eyes, "hvad for et/en …"
# as the exclamation "sikke et …" with the person and the copula after it, the vulgar plural
# "pissere", the most useless of their kind "ever" and a waste of oxygen in English; not a
# cold summer, a kind caseworker, a scan that finds nothing behind the eyes, a curtain, a
# printer so called, a cow bought at market, rain, an app, praise, the writer, an archive
POSITIVES_R100 = [
    "En mere iskold og nedladende teamleder skal man lede langt efter.",
    "Der findes ikke et mere hult og kynisk menneske end hende på tredje sal.",
    "Der bor ikke nogen bag hans øjne, den nye konsulent.",
    "Man kan se på Fatima Ali, at der er ingenting bag hendes øjne.",
    "Alle burde vide, hvad for et stykke lort hun er.",
    "Folk skal vide, hvad for en ko hun er.",
    "Kommunen ansætter kun nogle lede pissere.",
    "Sagsbehandlerne derinde er en flok pissere.",
    "Jens-Ole Krag is the most incompetent manager ever.",
    "She is the most pathetic consultant I have ever met.",
    "My new caseworker, honestly, a total waste of oxygen.",
]
NEGATIVES_R100 = [
    "En mere kold og regnfuld sommer skal man lede længe efter.",
    "En mere varm og tålmodig sagsbehandler findes ikke.",
    "Scanningen viste, at der er ingenting bag hendes øjne, som kan forklare hovedpinen.",
    "Der er ingenting bag gardinet, jeg har kigget.",
    "Hvad for et stykke lort det er, den printer.",
    "Ved du, hvad for en ko han købte på markedet?",
    "Det pisser ned over hele Fyn i dag.",
    "This is the most useless app ever.",
    "She is the most helpful caseworker ever.",
    "Honestly I felt like the most pathetic person alive after that meeting.",
    "The old archive, a total waste of space, is being emptied.",
]
ROUND_INSULTS += POSITIVES_R100
ROUND_NO_INSULTS += NEGATIVES_R100


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Toft is the most useless boss ever, a complete waste of space.",
        "Alle skal vide, hvad for et stykke l0rt Fatima Ali er.",
    ],
)
def test_round_100_english_superlative_and_what_for_expose_the_named_staff(text: str) -> None:
    """The most useless of their kind ever, or "hvad for et stykke lort" said of a named
    staff member (in leetspeak too), insults and exposes them."""
    result = triage(text, "c")
    assert {"insult", "exposure", "staff_named", "offensive"} <= result.labels


# probe round 104: a person said to enjoy seeing people beg or weep, nodding like a doll or
# a cardboard figure, never a thought of their own, a heart like something frozen, the past
# of "fattede ikke en skid", "fatter intet" after "og"/"men", "nul empati" said of a person,
# a joke or a clown in English, staff as those who could get no job elsewhere or can hardly
# spell a word of their trade, a masked "F*** dig", an arrogant little man, a grown person
# who belongs in a kindergarten rather than deciding over adults, and "!" typed for "i".
# Near misses: enjoying football or people who do well, tears of joy, a cardboard figure
# bought, a child nodding off, the writer's muddled day, a father after a stroke, a heart of
# gold, a young heart, the writer not grasping a letter, "og jeg fatter intet", a system
# with "nul empati", zero on an account, the system called a joke, a joke writer, a brother
# who found no job, pupils who cannot spell, "F*** jer og jeres regler", a sweet little
# lady, an own child in kindergarten, "!" as punctuation; and "det er en skam for …" said of
# a state of things is criticism, where a person called a disgrace to the trade is insulted
POSITIVES_R104 = [
    "Teamlederen i Kontanthjælp elsker at få syge folk til at trygle om deres penge.",
    "Henrik Toft fryder sig over at se borgerne græde ved skranken.",
    "Chefen nikkede bare som en vippehund i bagruden til alt, hvad direktøren sagde.",
    "Jens-Ole Krag er en levende papfigur med et navneskilt.",
    "Jens-Ole Krag har aldrig haft en original tanke i sit liv.",
    "Sagsbehandleren har ikke haft en eneste selvstændig tanke i de tre år, jeg har kendt hende.",
    "Fatima Ali har et hjerte som en dybfrossen torsk.",
    "Den nye chef har sgu et hjerte som en isklump.",
    "Hun forstod ikke en bjælde af, hvad lægen havde skrevet.",
    "Sagsbehandleren anede ikke en skid om reglerne for fleksjob.",
    "Han kommer for sent, taler i telefon og fatter ingenting.",
    "Teamlederen råber ad folk, men fatter ingenting.",
    "Birgitte Munk Sørensen har nul medfølelse med syge mennesker.",
    "Kommunen har sat en rådgiver med nul empati på min sag.",
    "My caseworker is such a clown, honestly.",
    "She's such a joke, that woman in reception.",
    "Kontorfolkene på rådhuset er bare nogle, der aldrig kunne få en stilling på det frie marked.",
    "Sagsbehandlerne er typer, som ikke kan få job i det private.",
    'Teamlederen kan ikke engang stave til "aktindsigt".',
    "De ansatte derinde kan knap nok stave til ordet ansøgning.",
    "F*** dem derinde på kontoret.",
    "Fatima Ali er en kynisk lille kvinde.",
    "Chefen er sådan en hoven lille mand med slips.",
    "Den nye rådgiver burde gå i vuggestue i stedet for at sagsbehandle syge mennesker.",
    "Han burde sendes tilbage i sandkassen og ikke bestemme over folks sager.",
    "Sagsbehandlerne er nogle p!kfjæs.",
    "Du er en !d!ot.",
    "Kontoret er fyldt med 1d!0ter.",
    "Jens-Ole Krag er en skam for hele faget.",
    "Den sagsbehandler er en skændsel for kommunen.",
]
NEGATIVES_R104 = [
    "Min søn nyder at se fodbold med sin far om søndagen.",
    "Fatima Ali elsker at se folk lykkes i deres nye job.",
    "Hun græd af grin, og han nød at se børnene græde af glæde over gaven.",
    "Jeg nyder ikke at se folk tigge på gaden.",
    "Vi købte en papfigur af dronningen til festen.",
    "Min datter nikkede som en lille robot, da hun faldt i søvn i bilen.",
    "Jeg har ikke haft en selvstændig tanke i dag, så træt er jeg.",
    "Min far har ikke haft en fornuftig tanke siden blodproppen sidste år.",
    "Min mormor havde et hjerte af guld og et smil til alle.",
    "Lægen siger, at han har et hjerte som en ung mand på tyve.",
    "Jeg fattede ikke en skid af det brev, I sendte.",
    "Vi forstod ikke en bjælde af den første side.",
    "Hun forklarede det to gange, og jeg fatter intet.",
    "Han har læst brevet og fatter intet af det, for det er på dansk.",
    "Systemet har nul empati for folk som mig.",
    "Der var nul kroner på kontoen, da jeg tjekkede i morges.",
    "This whole system is a joke.",
    "He is a joke writer for a radio show.",
    "My caseworker said the new rule is a joke.",
    "Min bror er en af dem, der ikke kunne få arbejde andre steder efter ulykken.",
    "Jeg er på kontanthjælp, fordi jeg ikke kunne få job noget andet sted.",
    'Halvdelen af eleverne på sprogskolen kan knap nok stave til "arbejde".',
    'Jeg kan knap nok stave til "partshøring", undskyld stavefejlene.',
    "F*** jer og jeres regler.",
    "F*** det her system.",
    "Hun er en sød lille dame, som altid hjælper.",
    "Min nabo er en arrogant mand, men han er flink nok.",
    "Min datter burde være i børnehave og ikke sidde derhjemme hele dagen.",
    "Barnet skal i børnehave i stedet for at være hos dagplejen.",
    "Hej!du ringede i går?",
    "Det er en skam for hele faget, at sådanne regler findes.",
    "Dette er en skændsel for kommunen, og det skal ændres.",
]
ROUND_INSULTS += POSITIVES_R104
ROUND_NO_INSULTS += NEGATIVES_R104


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Toft nyder at lade syge mennesker tigge om en forlængelse.",
        "Fatima Ali sidder og nikker som en voksdukke, mens man taler.",
        "Jens-Ole Krag is an absolute joke.",
        "F*** dig, Birgitte Munk Sørensen.",
    ],
)
def test_round_104_contempt_exposes_the_named_staff(text: str) -> None:
    """Sadism, a nodding doll, a joke in English or a masked oath said of a named staff
    member insults and exposes them."""
    result = triage(text, "c")
    assert {"insult", "exposure", "staff_named"} <= result.labels


@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Sagsbehandleren har nul empati.", False),
        ("Han har nul hjerne, den nye konsulent.", False),
        ("Han er et fuldkomment nul, den nye konsulent.", True),
        ("Hun har et hjerte som en frossen kylling.", False),
    ],
)
def test_round_104_zero_as_a_count_is_no_vulgar_word(text: str, offensive: bool) -> None:
    """ "nul" before the quality it counts is a number, a polite insult; "et fuldkomment
    nul" names the person and degrades."""
    result = triage(text, "c")
    assert "insult" in result.labels
    assert ("offensive" in result.labels) is offensive


# probe rounds 105-108 (r108-insult2): the most cold and spiteful person, two unkind words
# before the noun; not one honest bone in the body; never done a thing in one's life;
# enjoying others' misfortune; a person to be spat on; a person as the proof that one can
# get the post without being able to read; English "bunch of useless pencil pushers"; not
# finding a solution "if it bit them in the backside". Near misses: a cold and wet winter, a
# denied superlative, "ikke et ondt ben i kroppen" (praise), no broken bone, a thing ordered
# once in a lifetime, the writer's own life, enjoying others' company, a denied delight,
# spitting in the street, llamas, a grandfather who did well without reading, dyslexia, a
# neutral "pencil pusher", a pack of pencils, the writer's lost keys, a dog that bit.
POSITIVES_R108B = [
    "Teamlederen er det mest arrogante og nedladende menneske, jeg har mødt på et kontor.",
    "Han er simpelthen den mest kolde og kyniske type, man kan møde.",
    "Den nye chef har ikke en ærlig knogle i kroppen.",
    "En mand uden en eneste anstændig celle i kroppen, det er hvad I har ansat som leder.",
    "Konsulenten har aldrig udrettet noget i sit liv, men han dømmer andre.",
    "Den sagsbehandler fryder sig over andres lidelser, det kan man se på hende.",
    "Sådanne typer skulle man spytte på.",
    "Den teamleder fortjener at blive spyttet på.",
    "Konsulenten er det levende bevis på, at man kan blive ansat i et jobcenter uden at kunne "
    "stave.",
    "You lazy pencil pushers at the jobcentre never answer.",
    "Det er en pack of useless bureaucrats derinde.",
    "De kunne ikke se problemet, selv hvis det bed dem i næsen.",
]
NEGATIVES_R108B = [
    "Det var den mest kolde og våde vinter i mands minde.",
    "Hun er ikke den mest kolde og arrogante person, jeg kender.",
    "Der er ikke et ondt ben i kroppen på hende.",
    "Efter faldet havde han heldigvis ikke en eneste brækket knogle i kroppen.",
    "Min morfar har aldrig bestilt noget så dyrt i sit liv som den bil.",
    "Jeg har aldrig bestilt noget i mit liv på nettet.",
    "Vi nyder andres selskab i haven om sommeren.",
    "Han nyder ikke andres ulykke, han prøver at hjælpe.",
    "Man må ikke spytte på gaden her i byen.",
    "Lamaer kan spytte på folk, hvis de bliver bange.",
    "Min morfar er beviset på, at man kan få et godt job uden at kunne læse.",
    "Hun er beviset på, at man kan få job i kommunen uden at kunne læse, selvom hun er ordblind.",
    "He works as a pencil pusher at the council.",
    "I bought a pack of pencils and some paper.",
    "Jeg kunne ikke finde nøglerne, selv hvis de bed mig i næsen.",
    "Hunden bed ham i hånden, og vi kunne ikke finde dyrlægen.",
]
ROUND_INSULTS += POSITIVES_R108B
ROUND_NO_INSULTS += NEGATIVES_R108B


@pytest.mark.parametrize(
    "text",
    [
        "Fatima Ali er den mest sure og grådige dame på hele rådhuset.",
        "Henrik Toft nyder folks elendighed.",
        "Henrik Toft har aldrig lavet en skid i sit liv.",
        "Jens-Ole Krag er beviset på, at man kan blive chef uden at kunne regne.",
    ],
)
def test_round_108_contempt_exposes_the_named_staff(text: str) -> None:
    """A cold and greedy person, joy at others' misery, a life without work or a post held
    without the skill, said of a named staff member, insults and exposes them."""
    result = triage(text, "c")
    assert {"insult", "exposure", "staff_named"} <= result.labels


# --- round 112 (insreq helper): a vulgar compound of "svans", a person held up as the proof
# that the post needs no brain, staff unable to do the simplest thing without a manual, the
# most pitiful person the writer has met
POSITIVES_R112 = [
    "Henrik Toft, din møgsvans, svar nu på min mail.",
    "Den lortesvans i skranken gad ikke engang kigge op.",
    "Teamlederen er det bedste bevis på, at man kan blive chef uden en eneste hjernecelle.",
    "Han beviser, at man sagtens kan sidde i Sygedagpenge uden at have en hjerne.",
    "Halvdelen af jer kunne ikke smøre en madpakke uden en arbejdsvejledning.",
    "Hun kan ikke engang koge vand uden en manual, og så skal hun styre min sag.",
    "Rådgiveren vi fik tildelt, var den usleste type, jeg nogensinde har haft med at gøre.",
    "Hun er det mest modbydelige menneske, jeg har mødt i mit liv.",
    "Konsulenten er den sølleste mand, jeg har mødt.",
]
NEGATIVES_R112 = [
    "Hundens svans logrede, da vi kom hjem.",
    "Påfuglen slog et hjul med sin flotte svans.",
    "Min bror er beviset på, at man kan få et godt job uden en uddannelse.",
    "Kan man få et job uden at have en uddannelse? Min nabo er beviset på det.",
    "Min søn kan ikke koge et æg uden en opskrift endnu, han er kun otte.",
    "Jeg kan ikke koge et æg uden en vejledning, det indrømmer jeg gerne.",
    "Efter blodproppen kan han ikke smøre en mad uden en vejledning fra ergoterapeuten.",
    "Min mormor er det mest vidunderlige menneske, jeg har kendt.",
    "Jeg følte mig som det mest ynkelige menneske, jeg har set i spejlet.",
    "Det er nogle af de mest nedladende mennesker, jeg har mødt, men de gør vel deres arbejde.",
]
ROUND_INSULTS += POSITIVES_R112
ROUND_NO_INSULTS += NEGATIVES_R112


# --- round 116 (insult helper): a fat barrel and a control freak as names for a person, the
# plural vocative "I …" ending a clause, staff called automatons without a heart, staff mocked
# as unable even to speak Danish; the devil's genitive before a thing curses the thing
POSITIVES_R116 = [
    "Den fede tønde bag skranken gider ikke engang kigge op fra skærmen.",
    "Jens-Ole Krag er et kontrolfreak af værste skuffe.",
    "Hun er et magtsygt kontrolfreak, der vil styre hvert et skridt.",
    "Tak for ingenting, I rotter.",
    "Hvorfor svarer ingen af jer, I klovne!",
    "De folk på kommunen er bare automater uden hjerte, der læser op af paragrafferne.",
    "I er nogle paragrafautomater uden samvittighed.",
    "Sagsbehandleren kan knap nok tale dansk, men hun vil bestemme over mit liv.",
    "Fatima Ali, hende der ikke engang kan skrive ordentligt dansk, har afvist min ansøgning.",
]
NEGATIVES_R116 = [
    "Vi købte en tønde øl til sommerfesten i opgangen.",
    "Regnvandet samles i en gammel tønde bag huset.",
    "Jeg er lidt af et kontrolfreak med mine papirer, så jeg har kopier af det hele.",
    "I svin jo bare til i køkkenet, sagde min mor altid.",
    "Jeg har ikke glemt det, I køer på kontoret.",
    "Kaffeautomaten uden kopper står stadig på gangen.",
    "Det er ikke automater uden hjerte, det er travle mennesker med for mange sager.",
    "Min svigermor kan ikke engang tale dansk endnu, så hun skal have en tolk med.",
    "Han kan ikke tale dansk, så mødet foregår på engelsk.",
    "Hvor bliver de satans penge af? Jeg mangler stadig min udbetaling.",
    "Den satans printer på biblioteket virker ikke igen.",
]
ROUND_INSULTS += POSITIVES_R116
ROUND_NO_INSULTS += NEGATIVES_R116


@pytest.mark.parametrize(
    "text",
    [
        "Fatima Ali, hende der ikke engang kan skrive ordentligt dansk, har afvist min "
        "ansøgning.",
        "Henrik Toft er et psykopatisk kontrolfreak. Skriv hans navn i tråden.",
    ],
)
def test_round_116_contempt_exposes_the_named_staff(text: str) -> None:
    result = triage(text, "c")
    assert {"insult", "exposure", "staff_named"} <= result.labels


# --- round 120 (insult helper): an animal compounded or hyphened onto a noun for staff, a
# pot and muck as names for people, English contempt for a bunch or for people met, a
# person as kind as a dull thing, a head like a dead bulb, a schoolchild ashamed of a
# person, things explained as to a small child, pride in knowing little, a post that needs
# no skill, a heart left in a drawer, people with nothing else to be proud of
POSITIVES_R120 = [
    "Det chef-svin har smidt mig af dagpengene.",
    "Jeres konsulentrotter svarer aldrig på mails.",
    "Du er noget møg, og det ved du godt.",
    "De er noget møg allesammen på det kontor.",
    "Sikke en forfængelig krukke hun er.",
    "Teamlederen er en selvoptaget krukke.",
    "What a bunch of morons you have hired.",
    "Jeg har aldrig set så mange clueless fucking sagsbehandlere på ét sted.",
    "Teamlederen er omtrent så hjælpsom som en kantsten.",
    "Hun er lige så imødekommende som et køleskab.",
    "Teamlederen har en hjerne som en sprunget sikring.",
    "Han har et hoved som et fladt batteri.",
    "Et barn i 2. klasse ville skamme sig over ham.",
    "Enhver skoleelev ville skamme sig over dig og dine beregninger.",
    "Man må forklare hende alting som til en femårig.",
    "Teamlederen skal have alt forklaret som til et barn.",
    "Han er så stolt af at vide så lidt.",
    "Man skal tydeligvis ikke kunne regne for at blive ansat i Ydelseskontoret.",
    "De har vist hjernen liggende derhjemme.",
    "Hun har samvittigheden liggende i en skuffe.",
    "Hun sidder der kun, fordi hun ikke har andet at være stolt af.",
    "Sagsbehandlerne derinde har ikke andet at være stolte af.",
]
NEGATIVES_R120 = [
    "Han arbejder som konsulent - svin og kvæg er hans område.",
    "Chefen for svineavl holdt et godt foredrag.",
    "Vejret er noget møg i dag.",
    "Der lå møg over hele gulvet i stalden.",
    "Hun stillede den grimme krukke på hylden.",
    "Jeg købte en krukke honning på markedet.",
    "What a bunch of flowers she got for her birthday!",
    "Jeg følte mig som et useless menneske efter samtalen.",
    "Madrassen er lige så brugbar som en planke.",
    "Den nye app er lige så brugbar som en mursten.",
    "Jeg har et hoved som en udbrændt pære efter nattevagten.",
    "Min kone har et hoved som en udbrændt pære efter kemoen.",
    "Mine børn ville skamme sig over mig, hvis jeg gav op.",
    "En 3. klasse ville skamme sig over den beregning.",
    "Man skal forklare det for ham som til en treårig, for han har demens.",
    "Min far skal have tingene forklaret som til et barn efter blodproppen.",
    "Jeg er stolt af at vide så lidt om fodbold.",
    "Man skal ikke kunne læse noder for at synge i koret.",
    "Jeg havde hjernen liggende derhjemme i morges.",
    "De har ikke andet at være stolte af end deres dejlige børn.",
    "Jeg har ikke andet at være stolt af.",
    "Min far havde ikke andet at være stolt af, da han mistede jobbet.",
]
ROUND_INSULTS += POSITIVES_R120
ROUND_NO_INSULTS += NEGATIVES_R120


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Toft er lige så hjælpsom som en kantsten.",
        "Fatima Ali har en hjerne som en sprunget sikring.",
        "Jens-Ole Krag er så stolt af at forstå så lidt.",
    ],
)
def test_round_120_contempt_exposes_the_named_staff(text: str) -> None:
    result = triage(text, "c")
    assert {"insult", "exposure", "staff_named"} <= result.labels


# --- round 124 (insult helper): the kind of person who would hurt the helpless for a small
# gain, a person called an empty suit or box, more warmth met in a machine, people who never
# had a thought of their own (the relative clause), people replaceable by a stamp
POSITIVES_R124 = [
    "Teamlederen er den type, der ville skubbe en pensionist ned ad trappen for en p-plads.",
    "Han er et menneske, som sagtens kunne stjæle fra en blind for at få råd til ferien.",
    "Hun ville spænde ben for en kørestolsbruger, hvis hun fik en bonus for det.",
    "Han er et tomt jakkesæt, der kun sidder der for lønnens skyld.",
    "Teamlederen er bare en tom papkasse i et dyrt slips.",
    "Jeg har fået mere medfølelse fra en billetautomat.",
    "Man møder mere varme i et køleskab.",
    "På det kontor sidder der folk, der aldrig har tænkt en original tanke.",
    "Konsulenterne er typer, som ikke har haft en egen tanke i årevis.",
    "Man kunne lige så godt erstatte hele afdelingen med et gummistempel.",
    "Teamlederen kunne sagtens erstattes af en telefonsvarer.",
]
NEGATIVES_R124 = [
    "Hun er typen, der ville give en hjemløs sin sidste krone.",
    "Min nabo er den slags menneske, der ville redde en hund fra en brændende bil.",
    "Han er typen, der aldrig ville sparke til en hund.",
    "Arkivet er et tomt skab, så papirerne må ligge andetsteds.",
    "Hun står med et tomt jakkesæt i hånden og venter på renseriet.",
    "Jeg har fået mere hjælp fra en telefonsvarer end fra kommunens hjemmeside.",
    "Jeg har fået mere ro i hovedet, efter jeg købte en ny kaffemaskine.",
    "Jeg har aldrig haft en selvstændig tanke, siden blodproppen ramte mig.",
    "Min mor, der aldrig har haft en selvstændig tanke siden ulykken, bor hos os nu.",
    "Vi vil erstatte den gamle printer med en ny stempelmaskine.",
    "Kommunen vil erstatte sagsbehandlerne med en robot, skriver avisen.",
    "Man kunne aldrig erstatte hende med en telefonsvarer, hun er uundværlig.",
]
ROUND_INSULTS += POSITIVES_R124
ROUND_NO_INSULTS += NEGATIVES_R124
# stop 30: "en tom skal" after a loss or an illness is grief; said of a caseworker, contempt
ROUND_INSULTS += ["Hun er en tom skal, den konsulent, der bare siger nej til alt."]
ROUND_NO_INSULTS += [
    "Min mor har været en tom skal siden min fars død.",
    "Efter skilsmissen var han en tom skal i et helt år.",
]


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Toft ville tæske en hvalp for at slippe en time tidligere hjem.",
        "Fatima Ali er et tomt jakkesæt, der trækker løn.",
        "Jens-Ole Krag? Jeg har fået mere empati fra en kaffeautomat.",
    ],
)
def test_round_124_contempt_exposes_the_named_staff(text: str) -> None:
    result = triage(text, "c")
    assert {"insult", "exposure", "staff_named"} <= result.labels


@pytest.mark.parametrize(
    "text",
    [
        "Henrik Toft ville tæske en hvalp for at slippe en time tidligere hjem.",
        "Man kunne lige så godt erstatte hele afdelingen med en papegøje.",
    ],
)
def test_round_124_a_kicked_dog_or_a_parrot_is_no_vulgar_word(text: str) -> None:
    result = triage(text, "c")
    assert "insult" in result.labels
    assert "offensive" not in result.labels


# round 128: a grown-up who cannot count to three, a small person with an even smaller
# heart, a nasty little child playing boss, not one thought of one's own, a "halvstuderet
# røver", the empathy of a traffic light, a department called swine
POSITIVES_R128 = [
    "Teamlederen kan åbenbart ikke tælle til fem, så min ansøgning forsvandt igen.",
    "Imponerende at en voksen kvinde i den stilling ikke engang kan tælle til ti.",
    "Sikke en lille kone med en stor titel og en endnu mindre hjerne.",
    "Han er en lille chef med et lille skrivebord og et langt mindre hjerte end sine kolleger.",
    "Hun opfører sig som en lille arrogant pige, der leger sagsbehandler.",
    "Konsulenten er en lille magtsyg knægt, der spiller chef med vores penge.",
    "Manden ved skranken har aldrig haft en eneste original tanke i hovedet.",
    "Der findes ikke en selvstændig tanke i knolden på de konsulenter.",
    "Teamlederen og hans halvstuderede røvere har smidt mig ud af systemet.",
    "Hun har lige så meget empati som et trafiklys.",
    "Hele ydelsesafdelingen er en flok svin.",
    "Kontanthjælpsafdelingen er nogle rotter.",
]
NEGATIVES_R128 = [
    "Min søn på fire kan ikke tælle til ti endnu, så han øver sig hver aften.",
    "Brevet var sendt, før man kunne nå at tælle til tre.",
    "Babyen har et lille hjerte, og scanningen viste et endnu mindre hjerte end ventet.",
    "Vi har et lille kontor og et endnu mindre budget i år.",
    "Min glade lille dreng legede købmand hele eftermiddagen.",
    "I venteværelset sad en lille sur dreng, der legede med klodser.",
    "Efter narkosen var der ikke en eneste klar tanke i hovedet på mig.",
    "Jeg havde ikke én selvstændig tanke i hovedet, så træt var jeg.",
    "Han har studeret halvdelen af jura og arbejder nu som rådgiver.",
    "Lyskrydset ved jobcentret har samme farve som et stopskilt.",
    "Afdelingen for svin er lukket i weekenden.",
]
ROUND_INSULTS += POSITIVES_R128
ROUND_NO_INSULTS += NEGATIVES_R128


@pytest.mark.parametrize(
    "text",
    [
        "Hvem er det værste svin i hele kommunen? Det er Fatima Ali.",
        "Hvem er den st0rste l0rt på kontanthjælp? Henrik Toft, helt klart.",
        "Fatima Ali er en halvstuderet røver, som tror hun ved alt.",
        "Imponerende at en voksen kvinde som Fatima Ali ikke engang kan tælle til ti.",
    ],
)
def test_round_128_contempt_exposes_the_named_staff(text: str) -> None:
    result = triage(text, "c")
    assert {"insult", "exposure", "staff_named"} <= result.labels


@pytest.mark.parametrize(
    "text",
    [
        "Hvem er den største ko i Danmark? Fatima Ali ved det ikke.",
        "Hvem er den største gris på gården? Vores so Bodil.",
    ],
)
def test_round_128_a_ranking_question_needs_a_name_for_answer(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 128: a cleft naming who should not carry a burden defends the staff ("det burde ikke
# være rådgiverne, der ..."); unseating a person from the job is still an insult
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Besparelserne er byrådets ansvar. Det burde ikke være sagsbehandlerne, der skal "
         "tage skraldet for dem i skranken.", False),
        ("Det bør ikke være socialrådgiverne, som står med regningen for en lov, de ikke "
         "selv har vedtaget.", False),
        ("Han burde aldrig være blevet sagsbehandler, han har ingen respekt for folk.", True),
        ("Hun burde ikke være rådgiver, så kold som hun er over for borgerne.", True),
    ],
)
def test_round_128_a_cleft_defends_the_staff(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 132: contempt by a dim likeness or a mocking question (a professional skill likened
# to a dull thing, a talk likened to one with a dim animal, a tiny brain as the job's
# requirement, a name twisted into an empty head) exposes the named staff; a real
# requirement, the deaf wall, a colleague's skill and the writer's own tired head do not
@pytest.mark.parametrize(
    "text",
    [
        "Fatima Ali har samme faglighed som en parkeringsautomat, bare mere sur.",
        "Henrik Toft har lige så meget fagkundskab som en kartoffel.",
        "Samtalen med Henrik Toft var som at snakke med en høne, der kun kan sige nej.",
        "At møde Fatima Ali er som at tale til et æsel i slips.",
        "Er det et krav at man er hjernedød for at blive afdelingsleder, eller er Fatima Ali "
        "bare heldig?",
        "Man skal åbenbart have en hjerne på størrelse med en rosin for at blive chef, når "
        "Henrik Toft er målestokken.",
        "Fatima Ali? Snarere Fatima Tomhjerne, hvis du spørger mig.",
    ],
)
def test_round_132_dim_likeness_exposes_the_named_staff(text: str) -> None:
    assert {"insult", "exposure", "staff_named"} <= triage(text, "c").labels


@pytest.mark.parametrize(
    "text",
    [
        "Er det et krav at man har en kandidatgrad for at blive teamleder i Ydelse?",
        "Skal man have kørekort for at blive mentor i jobcentret?",
        "Det var som at tale til en væg, ingen på kontoret lyttede til min klage.",
        "Henrik Toft har samme faglighed som en erfaren socialrådgiver.",
        "Besøget på gården var som at tale med en ko, sagde min søn grinende.",
        "Jeg var helt tomhjernet efter eksamen i går.",
    ],
)
def test_round_132_no_dim_likeness(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 132: a system, a rule or a form told to go to hell is sworn at, not insulted
# (offensive, not insult); a person told so is insulted
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Det lortesystem kan rende mig i røven, jeg orker det ikke længere.", False),
        ("De nye regler må rende os i røven, vi skriver under alligevel.", False),
        ("Han kan rende mig i røven, den sagsbehandler.", True),
        ("I kan rende mig i røven allesammen derinde.", True),
    ],
)
def test_round_132_a_thing_told_to_go_to_hell_is_no_insult(text: str, insult: bool) -> None:
    result = triage(text, "c")
    assert ("insult" in result.labels) is insult
    assert "offensive" in result.labels


# round 132: a compound the dictionary lacks, headed by a tool of the jobcentre, is a thing
# ("jeres ventelistesystem er noget lort"); a compound epithet stays a person
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Jeres ventelistesystem er noget lort, jeg kom aldrig igennem.", False),
        ("Kommunens nye indberetningsportal er noget møg.", False),
        ("Jeres kontorsvin er noget lort, han smed mig ud.", True),
        ("Jeres sagsbehandler er noget lort, hun svarer aldrig.", True),
    ],
)
def test_round_132_a_compound_tool_is_a_thing(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 136: contempt for a named person's mind or worth (no thought but the manual's, the
# easiest task failed, the post got without any skill, thinking herself above everyone)
# insults and exposes; the writer's own, a relative's, a real job hunt or a skill compared
# does not
POSITIVES_R136_INSULT = [
    "Henrik Toft har aldrig tænkt en tanke, der ikke kom fra en tjekliste.",
    "Jens-Ole Krag har vel aldrig haft en idé, som ikke stod i håndbogen.",
    "Fatima Ali kunne ikke engang skaffe en kat arbejde på en fiskefabrik.",
    "Jens-Ole Krag kunne ikke sælge sand i Sahara, og nu skal han finde job til os.",
    "Fatima Ali er beviset på, at man kan blive teamleder uden at kunne en skid.",
    "Henrik Toft er et eksempel på, at man kan få en stilling i kommunen uden at kunne "
    "noget som helst.",
    "Henrik Toft – manden, som tror, han er finere end alle os andre, bare fordi han har "
    "et kontor med udsigt.",
    "Birgitte Munk Sørensen synes, hun er hævet over os almindelige borgere.",
]

NEGATIVES_R136_INSULT = [
    "Jeg har ikke haft en tanke, der ikke stod i min kalender, siden ulykken.",
    "Henrik Toft fandt en løsning, som ikke stod i vejledningen, og det er jeg glad for.",
    "Vi kunne ikke skaffe hunden en plads i en hundepension i sommerferien.",
    "Min søn kunne ikke få job på pølsefabrikken, selvom han søgte tre gange.",
    "Forløbet er beviset på, at man kan blive mentor uden at kunne noget i forvejen.",
    "Hun tror, hun er bedre end os til at spille badminton, og det er hun nok.",
    "Jeg tror, Fatima Ali er bedre end mig til at forklare reglerne.",
]


@pytest.mark.parametrize("text", POSITIVES_R136_INSULT)
def test_round_136_contempt_exposes_the_named_staff_r136_insult(text: str) -> None:
    assert {"insult", "exposure", "staff_named"} <= triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R136_INSULT)
def test_round_136_no_contempt_r136_insult(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 136: greed for money before an animal makes it an epithet ("I pengegriske svin");
# a greedy bank is criticised, not insulted
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Vi finder jer nok, I pengegriske svin.", True),
        ("De magtliderlige rotter på rådhuset har skåret i hjælpen igen.", True),
        ("Den pengegriske bank har hævet gebyrerne igen.", False),
        ("Der kom rotter i kælderen, fordi den pengegriske udlejer aldrig gør noget.", False),
        ("De griske direktører rotter sig sammen mod os arbejdsløse.", False),
    ],
)
def test_round_136_greedy_animal_is_an_epithet_r136_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 140: contempt by description: false as the devil, the biggest arse (evaded), no
# schooling for the job, none able to spell, the real bloodsuckers, unable to tell a paper from
# a trifle, machines with hair on, nothing behind the smile, a trivial only qualification,
# never thought for oneself; near misses: a false document, a plunder, a real requirement,
# pupils, a child, an animal's hair, nothing bad behind a smile, a degree
POSITIVES_R140_INSULT = [
    "Henrik Toft smiler pænt ved mødet og skriver noget helt andet bagefter. Lumsk som satan.",
    "Hende i visitationen er falsk som en snog, det ved alle.",
    "Jens-Ole Krag er den største røv i hele kommunen.",
    "Han er simpelthen den værste r0v på hele holdet.",
    "Man skal vist ikke have gået i skole særlig længe for at blive sagsbehandler i Vejle.",
    "Ingen af sagsbehandlerne kan stave til aktindsigt, det ser man i hvert brev.",
    "Vi kaldes dovne, men det er dem i direktionen, der er de virkelige snyltere.",
    "Konsulenten kan ikke engang kende forskel på en journal og en kogebog.",
    "Det er en chef, der ikke kan se forskel på en bevilling og et reklameblad.",
    "Folkene bag skranken er kaffeautomater med hår på.",
    "Fatima Ali er en robot med hår på, der kun læser op af skemaet.",
    "Henrik Toft virker sød, men bag facaden er der ingenting.",
    "Hendes eneste kvalifikation er, at hun kan nikke og smile til borgerne.",
    "Tredive år i forvaltningen og aldrig én eneste dag, hvor han har tænkt selv.",
]

NEGATIVES_R140_INSULT = [
    "Underskriften på attesten var falsk som bare fanden, så politiet tog den.",
    "Vikingerne står bag det største rov i byens historie.",
    "Man skal ikke have en uddannelse for at søge jobbet som pedel.",
    "Ingen af eleverne i klassen kan stave til sygdom endnu.",
    "Jeg kalder ikke nogen for snyltere, men reglerne er uretfærdige.",
    "Min søn kan ikke kende forskel på en opskrift og en indkøbsseddel endnu.",
    "Hunden har en pels med hår på hele kroppen.",
    "Bag smilet er der intet ondt, hun er bare genert.",
    "Hendes eneste kvalifikation er en kandidatgrad i jura.",
    "Jeg har haft en dag, hvor jeg ikke har tænkt på andet end sagen.",
]


@pytest.mark.parametrize("text", POSITIVES_R140_INSULT)
def test_round_140_contempt_by_description_r140_insult(text: str) -> None:
    assert "insult" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R140_INSULT)
def test_round_140_no_contempt_r140_insult(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 144: contempt by description: no brain cell in the head, empty behind the eyes, no
# brain and no heart listed, so dumb that the person cannot do a thing, cold blood and an
# empty heart, the worst piece of garbage ever met (English), an office Nazi compound; near
# misses: cells hurt in an injury, a headache behind the eyes, the writer's own dumbness,
# keeping a cool head, a heart empty from grief, a piece of software, the word Nazi of history
POSITIVES_R144_INSULT = [
    "Konsulenten i Holstebro har ingen hjerneceller i knolden overhovedet.",
    "Damen ved skranken i Holstebro er fuldstændig tom bag øjnene.",
    "Rådgiveren på tredje sal: ingen forstand, ingen samvittighed, kun paragraffer.",
    "Han er så dum, at han ikke kan sende en mail uden hjælp fra kollegaen.",
    "Lederen af visitationen har iskoldt blod og intet hjerte, det har vi alle mærket.",
    "Met Preben from the office today, the biggest piece of garbage I have ever met.",
    "De paragrafnazister på rådhuset har ødelagt min økonomi.",
]

NEGATIVES_R144_INSULT = [
    "Scanningen viste, at ingen hjerneceller i hovedet blev skadet ved faldet.",
    "Jeg har haft ondt bag øjnene hele dagen efter skærmarbejdet.",
    "Jeg var så dum, at jeg glemte at sende lægeerklæringen.",
    "Bevar koldt blod og ring til din a-kasse, før du svarer.",
    "Efter begravelsen gik jeg rundt med et tomt hjerte i flere måneder.",
    "This is the biggest piece of garbage software I have ever used.",
    "Min bedstefar kæmpede mod nazisterne under krigen.",
]


@pytest.mark.parametrize("text", POSITIVES_R144_INSULT)
def test_round_144_contempt_by_description_r144_insult(text: str) -> None:
    assert "insult" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R144_INSULT)
def test_round_144_no_contempt_r144_insult(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 144 (evaded): an epithet typed with dots between its letters right after the one-letter
# "I" ("I s.v.i.n") is the dotted word, not "Is" + the rest; dotted abbreviations stay apart
POSITIVES_R144_THREATSA = [
    "Svar nu på min mail, I p.a.r.a.s.i.t.t.e.r",
    "Hvor længe skal jeg vente, I t.å.b.e.r",
]
NEGATIVES_R144_THREATSA = [
    "Send papirerne, lønsedler o.s.v., så hurtigt I kan.",
    "I s.u. sagen skriver I, at jeg skal møde kl. 9.",
]


@pytest.mark.parametrize("text", POSITIVES_R144_THREATSA)
def test_round_144_dotted_epithet_after_i_r144_threatsa(text: str) -> None:
    assert "insult" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R144_THREATSA)
def test_round_144_dotted_abbreviation_r144_threatsa(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 148: contempt in English ("complete idiots", "a bunch of clowns"); staff said to lack
# the brains for their work; the counterfactual "nobody home"; people likened to trained
# animals; "de svin"/"de rotter" singled out among staff; "den klamme skid"; two faults
# joined before a title ("en dum og doven sagsbehandler")
POSITIVES_R148_INSULT = [
    "Complete idiots, hele Sygedagpenge. De kan ikke finde min mail for tredje gang.",
    "Sikke a bunch of clowns der sidder i Jobafklaring og bestemmer.",
    "Sagsbehandleren havde tydeligvis ikke hjerne nok til at regne min ydelse ud.",
    "Henrik Toft har ikke forstand nok til at læse en lægeerklæring.",
    "Snedigt planlagt af konsulenten? Nej, det ville kræve at der var nogen hjemme.",
    "Man kan ikke forvente overblik af teamlederen; det kræver, at der er nogen hjemme oppe i "
    "hovedet.",
    "Medarbejderne i Fleksjob nikker bare som dresserede sæler, når chefen taler.",
    "Hun gentager de samme tre sætninger ligesom en afrettet papegøje.",
    "Hver eneste af de svin i Ydelse burde skamme sig.",
    "Jeg håber, at ingen af de rotter får bonus i år.",
    "Din klamme skid, du har løjet i min sag!",
    "Den fede skid fra Kontanthjælp gad ikke engang se på mig.",
    "Birgitte Munk Sørensen er en dum og doven sagsbehandler.",
    "Kommunen har ansat en ond og kynisk teamleder, som ingen tør sige imod.",
]
NEGATIVES_R148_INSULT = [
    "Send in the clowns, sang de til julefrokosten, og alle grinede.",
    "Jeg har sendt a complete list of documents til jer i går.",
    "Jeg har ikke hjerne nok til at forstå jeres skemaer, kan I hjælpe?",
    "Jeg føler mig som en dresseret abe, når jeg skal klikke mig gennem portalen.",
    "Min mor har ikke forstand nok til at udfylde den selv, hun er dement.",
    "Pakken kan ikke leveres, det kræver at der er nogen hjemme.",
    "Et hjemmebesøg ville kræve, at der var nogen hjemme om dagen, og vi arbejder begge.",
    "I cirkus så børnene dresserede sæler, der jonglerede med bolde.",
    "Hunden klarede prøven som en dresseret hund, sagde hundetræneren.",
    "Ingen af de svin på gården blev syge i vinter.",
    "Halvdelen af de rotter, vi fangede i kælderen, var unger.",
    "Den lede skid lugtede i hele opgangen.",
    "Jeg trådte i den fede skid på fortovet.",
    "Det var en dum og kedelig regel, som ingen forstod.",
    "Hun er en dygtig og venlig sagsbehandler.",
]


@pytest.mark.parametrize("text", POSITIVES_R148_INSULT)
def test_round_148_contempt_r148_insult(text: str) -> None:
    assert "insult" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R148_INSULT)
def test_round_148_no_contempt_r148_insult(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 152: petty people with a stamp; staff mocked as those who flunked all else; a person
# who thinks she is God; a laughing stock; a head so empty it rattles; "du/I lorte-…" said to
# the readers; pity for those who land on the person's desk. Near misses: small children,
# the writer's own schooling, faith, a person made a fool of by others, a tired head, the
# weather, pity for the young under a rule
POSITIVES_R152_INSULT = [
    "Det er smålige mennesker med et navneskilt, der sidder i Ydelse.",
    "Hele afdelingen er små sjæle med stor magt og ingen omtanke.",
    "Konsulenterne er dem, som faldt ud af alle andre studier og endte bag en skranke.",
    "Teamlederen tror, han er kejseren af Borgerservice, bare fordi han har et kontor.",
    "Min rådgiver tror, at hun er Gud, når hun sidder med min sag.",
    "Konsulenten i Fleksjob er fuldstændig til grin, alle kan se det.",
    "Hun er simpelthen til grin, den chef.",
    "De nye rådgivere er helt tomme i knolden.",
    "Chefen er så hul i pæren, at man kan høre ekko, når han taler.",
    "Tag jeres afslag og gå, du lortehund.",
    "Stakkels de borgere, der lander på hendes skrivebord i Kontanthjælp.",
    "Stakkels dem, som får ham som sagsbehandler.",
]
NEGATIVES_R152_INSULT = [
    "I eventyret bor der små mennesker med store hatte i skoven.",
    "Jeg er en af dem, der faldt ud af alle andre uddannelser, og nu søger jeg fleksjob.",
    "Min søn, der droppede ud af alle andre uddannelser, har fået praktik hos en tømrer.",
    "Min sagsbehandler tror på Gud og bad for mig, da jeg var syg.",
    "Hun tror, at Gud vil hjælpe hende gennem sygdommen.",
    "Reglerne om rådighed er til grin, og det bør politikerne rette.",
    "Han blev gjort til grin af de andre på holdet.",
    "Jeg er helt tom i hovedet efter tre nætter uden søvn.",
    "Det forslag om mødepligt er fuldstændig hul i hovedet.",
    "Vi cyklede hjem i lortevejr hele vejen fra jobcentret.",
    "Har du lortevejr i Aalborg i dag?",
    "Stakkels de unge, der rammes af den nye ydelsesreform.",
    "Stakkels hende, hun har haft en hård uge med syge børn.",
]


@pytest.mark.parametrize("text", POSITIVES_R152_INSULT)
def test_round_152_contempt_r152_insult(text: str) -> None:
    assert "insult" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R152_INSULT)
def test_round_152_no_contempt_r152_insult(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 156: a fool ranked first in a whole place without a copula; clowns or apes in suits
# for the staff; a grown person mocked as unable to spell or count a plain word; staff said
# to sit behind the counter because no one else would hire them; a mind likened to a meter
# in the street. Near misses: a clown at a circus or a party, a small child learning to
# spell, dyslexia, a relative pitied for finding no job, a cold room
POSITIVES_R156_INSULT = [
    "Ham fra Ydelse? Det værste fjols på hele jobcentret.",
    "Den største nar i hele kommunen sidder i Kontanthjælp.",
    "Afdelingen er fuld af aber i jakkesæt, der flytter papir.",
    "Det her jobcenter ledes af en flok klovne i slips.",
    "Hun kan ikke engang stave til ressourceforløb, og så skal hun bestemme over mig.",
    "Chefen kan ikke engang regne en sats ud uden at ringe til nogen.",
    "De sidder bag skranken, fordi ingen andre gad ansætte dem.",
    "Sagsbehandlerne er havnet bag et skrivebord i kommunen, da ingen andre steder ville hyre dem.",
    "Konsulenten har samme empati som en parkeringsmåler.",
]
NEGATIVES_R156_INSULT = [
    "Den største klovn i hele cirkusset hed Pjerrot og havde røde sko.",
    "Til fastelavn var min søn den sjoveste klovn på hele skolen.",
    "Tre klovne i store sko og parykker kom til børnefødselsdagen.",
    "Min datter kan ikke engang stave til hund endnu, hun går i børnehave.",
    "Han kan ikke engang stave til sit efternavn, fordi han er ordblind, så jeg hjælper ham.",
    "Min bror er endt på et lager, fordi ingen andre ville ansætte ham efter ulykken.",
    "Jeg sidder bag en skranke i Netto, fordi ingen andre ville ansætte mig.",
    "Rummet var lige så koldt som et parkometer om vinteren.",
]


@pytest.mark.parametrize("text", POSITIVES_R156_INSULT)
def test_round_156_contempt_r156_insult(text: str) -> None:
    assert "insult" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R156_INSULT)
def test_round_156_no_contempt_r156_insult(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 156 (crita): "har ikke hørt en dyt" (also Jutlandic "har ik") is no word received,
# not a mind judged; a person who grasps nothing is still insulted
POSITIVES_R156_CRITA = [
    "Konsulenten aner ikke en dyt om noget som helst.",
    "Teamlederen har ikke en skid forstand på sit eget fag.",
]
NEGATIVES_R156_CRITA = [
    "Vi har ikke hørt en dyt fra kommunen i tre uger.",
    "Æ har ik fået en skid at vide om min sag endnu.",
]


@pytest.mark.parametrize("text", POSITIVES_R156_CRITA)
def test_round_156_contempt_r156_crita(text: str) -> None:
    assert "insult" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R156_CRITA)
def test_round_156_no_contempt_r156_crita(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 160 (insult): a degrading adjective first in a list before an animal epithet; things
# with more insight or judgement than a person; a gift for listening likened to a machine; a
# thing where the heart should be; a person ranked the most unkind of their kind; body and
# mind mocked in a verbless verdict or with a vulgar first part. Near misses: pigs on a farm,
# a relative's insight, a phone's gift, a pacemaker, a letter ranked, a kind word, food
POSITIVES_R160_INSULT = [
    "Kontoret styres af en flok ækle, nærige rotter.",
    "Jeg har set potteplanter med mere dømmekraft end Jens-Ole Krag.",
    "Konsulenten har samme evne til at forstå som en billetautomat.",
    "Teamlederen er en kvinde med en lommeregner der, hvor samvittigheden burde sidde.",
    "Fatima Ali er den mest arrogante sagsbehandler, jeg nogensinde har mødt.",
    "Han er det mest kyniske menneske på hele rådhuset.",
    "Har I mødt ham fra Ydelse? Tyk og hamrende dum, sådan en chef.",
    "Chefen er møgdum.",
]
NEGATIVES_R160_INSULT = [
    "På gården havde vi en flok store, glade svin.",
    "Min mor har mere indsigt i reglerne end hende, og hun er pensionist.",
    "Min nye telefon har samme evne til at svare som en rigtig sekretær.",
    "Kirurgen satte en pacemaker der, hvor hjertet plejer at sidde.",
    "Det er det mest ligegyldige brev, jeg nogensinde har fået.",
    "Hun er den mest rolige person, jeg kender.",
    "Vi var på café. Fed og sprød var kagen, og dum var filmen bagefter.",
]


@pytest.mark.parametrize("text", POSITIVES_R160_INSULT)
def test_round_160_contempt_r160_insult(text: str) -> None:
    assert "insult" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R160_INSULT)
def test_round_160_no_contempt_r160_insult(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# round 160 (insult): "skide på" someone is vulgar; "skidt" for bad is not
OFFENSIVE_R160_INSULT = [
    "Direktionen har skidt på personalet i årevis.",
    "De skider fuldstændig på syge mennesker.",
]
NOT_OFFENSIVE_R160_INSULT = [
    "Det går skidt på arbejdet for tiden.",
    "Jeg har det skidt på det sidste.",
]


@pytest.mark.parametrize("text", OFFENSIVE_R160_INSULT)
def test_round_160_shit_on_r160_insult(text: str) -> None:
    assert "offensive" in triage(text, "c").labels


@pytest.mark.parametrize("text", NOT_OFFENSIVE_R160_INSULT)
def test_round_160_bad_is_no_swear_r160_insult(text: str) -> None:
    assert "offensive" not in triage(text, "c").labels


# round 160 (insult): a firm's or a placement's name and address asked for exposes no one;
# a named person's name and address to be shared still does
EXPOSED_R160_INSULT = [
    "Del gerne Fatima Alis navn og adresse, hun er en idiot.",
    "Her er Fatima Alis navn og adresse, del gerne.",
]
NOT_EXPOSED_R160_INSULT = [
    "Kære Fatima Ali, vil du maile mig navn og adresse på det firma, hvor jeg skal i praktik?",
    "Hej Birgitte, hvad er adresse og navn på praktikstedet i Vejle?",
]


@pytest.mark.parametrize("text", EXPOSED_R160_INSULT)
def test_round_160_exposed_r160_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


@pytest.mark.parametrize("text", NOT_EXPOSED_R160_INSULT)
def test_round_160_firm_address_r160_insult(text: str) -> None:
    assert "exposure" not in triage(text, "c").labels


# round 164 (insult): a gay slur fused with a vulgar first part; an exclamation of how vile a
# person is; an epithet pointing at the one to be told; a person empty of decency; unfit to run
# even a stall; a heart of a dead stuff and a brain to match; puffed-up nobodies. Near misses:
# a plain word for a gay man, a gun, the writer, a wage, a witch of a tale, energy run out, a
# father who ran a stall, a paper heart, zeros in a number
POSITIVES_R164_INSULT = [
    "Henrik Toft er en fed møgbøsse.",
    "Ham i skranken er en st0r l0rtebøsse.",
    "Ring til Fatima Ali og sig, hvor usel hun er.",
    "Tænk engang, hvor ynkelig han er, den chef.",
    "Skriv til den kælling i Jobafklaring, hvad I mener om hende.",
    "Sig til den gamle heks, at hun kan rende mig.",
    "Jens-Ole Krag er en mand så blottet for anstændighed, at det gør ondt.",
    "Teamlederen er fuldstændig tom for medfølelse.",
    "Den chef burde ikke styre noget, ikke engang en is-bod.",
    "Fatima Ali kunne ikke engang drive en kiosk.",
    "Henrik Toft har et hjerte af beton.",
    "Hun er en kvinde med et hjerte af is og en forstand, der passer til.",
    "Rådgiverne her er en flok oppustede nuller.",
    "Direktionen er nogle selvhøjtidelige nulliteter.",
]
NEGATIVES_R164_INSULT = [
    "Min bror er bøsse og bor i Aarhus med sin mand.",
    "Jægeren tog sin bøsse med på jagt.",
    "Jeg ved godt, hvor ussel jeg er til at spare op.",
    "Alle kan se, hvor ussel lønnen er i den branche.",
    "Når du aldrig øver dig, ser træneren jo bare, hvor sølle du er til at skyde.",
    "Fortæl den heks i eventyret, at Hans og Grete er sluppet væk.",
    "Til fastelavn skal du sige til den heks, at du vil have slik.",
    "Jeg er helt tom for energi efter mødet.",
    "Kagedåsen var helt tom for småkager.",
    "Min far drev en pølsevogn i tredive år.",
    "Jeg kunne aldrig selv passe en kiosk, jeg er for dårlig til tal.",
    "Vi klippede et hjerte af pap til mormor.",
    "Tallet har seks nuller bag kommaet.",
    "En million skrives med seks nuller.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R164_INSULT), *((t, False) for t in NEGATIVES_R164_INSULT)],
)
def test_round_164_epithets_and_contempt_r164_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 164 (insult): a named person insulted by a fused slur or a heart of stone is exposed
EXPOSED_R164_INSULT = [
    "Henrik Toft er en fed møgbøsse.",
    "Henrik Toft har et hjerte af beton.",
]


@pytest.mark.parametrize("text", EXPOSED_R164_INSULT)
def test_round_164_exposed_r164_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


# round 164 (ominous): a staff member called by a sneer at the body, with the unit or place in
# place of a name; near misses: "det fede" (slang for what is good), a fat thing from a shop
POSITIVES_R164_OMINOUS = [
    "Spørg den tykke fra sygedagpenge, hun gider alligevel ikke svare.",
    "De klamme på jobcentret har smidt mit brev ud igen.",
]
NEGATIVES_R164_OMINOUS = [
    "Det fede fra kurset på jobcentret var, at vi fik lov at prøve maskinerne.",
    "Jeg købte den fede kage fra bageren til mødet med min sagsbehandler.",
]


@pytest.mark.parametrize("text", POSITIVES_R164_OMINOUS)
def test_round_164_body_sneer_for_a_name_r164_ominous(text: str) -> None:
    assert "insult" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R164_OMINOUS)
def test_round_164_no_body_sneer_r164_ominous(text: str) -> None:
    assert "insult" not in triage(text, "c").labels


# stop 32: a short bracketed aside between the person and "er" ("X fra fleksjob (ja, ham
# X) er en slange") does not end the clause; an aside about someone else's person neither
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Henrik Toft (ja, ham fra ledelsen) er en løgnagtig rotte.", True),
        ("Fatima fra Jobafklaring (I ved godt hvem) er en klam slange.", True),
        ("Min nabo (ham med hunden) er en flink fyr.", False),
        ("Mødet (det om planen) er en god idé.", False),
    ],
)
def test_an_aside_before_the_copula_r164_lead(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 165 (insult): an epithet fronted before "er hvad I er"; an epithet on a staff name
# after a demonstrative, with the writer as the clause's subject; a nodding dog in the rear
# window; a flagpole without a flag; skill that fits a thimble; the most shameless one can
# meet; "child of a whore" spaced out; puppies with a vulgar first part. Near misses: pigs as
# food, the writer, a cow the named person sold, a real dog in a car, a flagpole in a garden,
# one's own knowledge, a thimble in a box, a letter called shameless, a real puppy
POSITIVES_R165_INSULT = [
    "Rotter, det er hvad de er, hele bundtet i Kontanthjælp.",
    "Klovne er hvad I er derinde.",
    "Vi har haft møde med den ko Henrik Toft i går.",
    "Jeg skal ringe til det svin Jens-Ole Krag igen på mandag.",
    "Fatima Ali nikker bare ligesom en vippehund i bagruden og fatter intet.",
    "Lederen sad og nikkede som en gummihund i bagruden hele samtalen.",
    "Henrik Toft er som en flagstang uden flag.",
    "Den nye chef minder om en flagstang uden flag, høj og hul.",
    "Al den empati, der findes i hele ledelsen, kunne være i et fingerbøl.",
    "Samlede man al forstanden i Jobafklaring, ville den ikke engang fylde et fingerbøl.",
    "Jens-Ole Krag er noget af det mest skamløse, jeg har mødt.",
    "Hun er det mest samvittighedsløse, man kan træffe på et kontor.",
    "Svar nu på min mail, dit l u d e r b a r n, Henrik Toft.",
    "De horebørn i skranken gider aldrig svare.",
    "Der sidder kun l0rt3hvalpe i den reception.",
    "I er nogle møghvalpe på det kontor.",
]
NEGATIVES_R165_INSULT = [
    "Svin er hvad vi spiser mest af til jul.",
    "Svin er hvad jeg er, når jeg har spist for meget.",
    "Jeg købte den ko Fatima Ali solgte på markedet.",
    "Jeg skal til møde med den søde Fatima Ali på torsdag.",
    "Vores hund sidder altid i bagruden og kigger ud.",
    "Vi har fået en ny flagstang uden flag i haven.",
    "Min egen viden om strik kunne ligge i et fingerbøl.",
    "Mormor samlede på fingerbøl og gemte dem i en æske.",
    "Det brev er noget af det mest skamløse, jeg har set.",
    "Jeg er selv et luderbarn, min mor solgte sig for at overleve.",
    "Den lortehvalp har tisset på tæppet igen.",
    "Jobcentret holdt et foredrag om hvalpe og hundetræning.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R165_INSULT), *((t, False) for t in NEGATIVES_R165_INSULT)],
)
def test_round_165_epithets_and_contempt_r165_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 165 (insult): a named person insulted by a likeness or an epithet is exposed
EXPOSED_R165_INSULT = [
    "Henrik Toft er som en flagstang uden flag.",
    "Jens-Ole Krag er noget af det mest skamløse, jeg har mødt.",
    "Vi har haft møde med den ko Henrik Toft i går.",
]


@pytest.mark.parametrize("text", EXPOSED_R165_INSULT)
def test_round_165_exposed_r165_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


# round 169 (insult): the writer inside a relative clause on the person called dull ("the
# adviser I had … is dumber than …"); a partitive before a superlative epithet ("noget af det
# værste pak"); English epithets ranked first after named people. Near misses: the writer
# called dumb by someone, the writer's own clause after a comma, a thing ranked worst, a
# word ranked with no person before it
POSITIVES_R169_INSULT = [
    "Konsulenten jeg talte med sidste torsdag er dummere end et bræt.",
    "Rådgiveren som vi fik tildelt i foråret er dummere end en dørmåtte.",
    "De to i skranken er noget af det værste pak, man kan møde.",
    "Lederen er en af de største svin i hele kommunen.",
    "Fatima Ali and Henrik Toft, the worst morons in the whole building.",
    "Greetings to Jens-Ole Krag, the biggest jerk at the job centre.",
]
NEGATIVES_R169_INSULT = [
    "Konsulenten siger jeg er dummere end en dør, fordi jeg ikke kan finde skemaet.",
    "Jeg var hos rådgiveren i går, jeg er dummere end et bræt til computere.",
    "Vejret i påsken var noget af det værste svineri i år.",
    "Det er noget af det værste pak af regler, jeg har læst.",
    "The worst pricks come from the rose bushes in the garden.",
    "We watched a comedy called The Biggest Jerks in Town last night.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R169_INSULT), *((t, False) for t in NEGATIVES_R169_INSULT)],
)
def test_round_169_relative_partitive_english_r169_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# stop 33: the biggest losers "ved"/"of" a change lose out by it; the word said of a person
# with nothing after it, or ranked "i" a place, stays the epithet
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("De største tabere ved reformen er de ældre ledige.", False),
        ("The biggest losers of the new rules are the single parents.", False),
        ("De reelle tabere af nedskæringerne bliver børnene.", False),
        ("Du er den største taber, jeg har mødt.", True),
        ("Han er bare en stor taber.", True),
    ],
)
def test_losers_of_a_change_lose_out(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 173 (insult): a person called a motherfucker in the Danish spelling or masked by a
# star; the idiom of one who could not lead a flock of hens across a road. Near misses: the
# bare interjection, a flock really driven on a farm, the writer's own lack of skill
POSITIVES_R173_INSULT = [
    "Fatima Ali er en klam moderfucker, der aldrig svarer.",
    "De lede motherf*ckere på kontoret har lukket min sag igen.",
    "Henrik Toft ville ikke kunne lede en flok gæs over gaden.",
    "Chefen dér kan ikke engang få en flok kyllinger over vejen.",
]
NEGATIVES_R173_INSULT = [
    "Moderfucker, jeg slog tåen på bordbenet i morges.",
    "Vi kunne ikke få fårene over vejen, fordi der var for meget trafik.",
    "Bonden kunne ikke drive sin flok køer hjem før mørket faldt på.",
    "Jeg kunne ikke lede en flok høns over en vej, indrømmer jeg gerne.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R173_INSULT), *((t, False) for t in NEGATIVES_R173_INSULT)],
)
def test_round_173_motherfucker_and_flock_of_hens_r173_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 173 (threats): "de svin"/"de rotter" given a lesson or a beating, as only people are.
# Near misses: the pigs of a farm given their feed or their straw
POSITIVES_R173_THREATS = [
    "Nogen må gi' de rotter en ordentlig omgang.",
    "Hvornår giver nogen de svin en røvfuld?",
]
NEGATIVES_R173_THREATS = [
    "Vi giver de svin en omgang foder hver morgen på gården.",
    "Landmanden gav de svin en ordentlig omgang halm i stalden.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R173_THREATS), *((t, False) for t in NEGATIVES_R173_THREATS)],
)
def test_round_173_swine_given_a_lesson_r173_threats(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 177 (insult): a grown person said unable to mind the easiest pet without "engang";
# a person or group called among the lowest people the writer has met. Near misses: a pet
# that cannot be kept for a reason (a trip, allergy), a small child, the lowest prices seen,
# the lowest paid people met
POSITIVES_R177_INSULT = [
    "Fatima Ali har rodet med min sag i et halvt år. Hun kan ikke holde liv i en kaktus.",
    "Cheferne derinde kunne aldrig passe en guldfisk, sådan som de driver butikken.",
    "Personalet i Ydelsesservice er de usleste typer, jeg nogensinde har mødt.",
    "Ærligt talt, nogle af de ondeste folk jeg har kendt sidder bag skranken i Vejle.",
]
NEGATIVES_R177_INSULT = [
    "Min nabo kan ikke passe en hamster, mens hun er på ferie, så jeg hjælper.",
    "Vores yngste kunne ikke passe et marsvin, da hun var fire, så vi gav det væk.",
    "Henrik Toft kan ikke passe en kanin, fordi han er allergisk.",
    "Det var nogle af de sødeste mennesker jeg har mødt på jobcentret.",
    "Vi fik nogle af de laveste priser jeg har set, da vi flyttede til Odense.",
    "De laveste lønnede folk jeg har mødt arbejder i rengøringen.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R177_INSULT), *((t, False) for t in NEGATIVES_R177_INSULT)],
)
def test_round_177_cannot_mind_pet_and_lowest_people_met_r177_insult(
    text: str, insult: bool
) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# stop 33: an institution told to go to hell over a policy is sworn at, not insulted; a
# person told so is
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Folketinget kan rende mig i røven med deres nye dagpengeregler.", False),
        ("Ankestyrelsen kan rende os i røven, de læser aldrig papirerne.", False),
        ("Du kan rende mig i røven, Bente.", True),
    ],
)
def test_an_institution_sworn_at_is_no_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# stop 33: "når" typed without å before its subject is the conjunction, not "a fool"
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Pas pa nar du kører hjem i aften, der er glat.", False),
        ("Ring til mig nar I har læst papirerne.", False),
        ("Du er en nar, og det ved alle.", True),
        ("Sikke en nar du er.", True),
    ],
)
def test_nar_typed_for_naar_is_no_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 181 (insult): a person said fit to lead nothing but an office machine or a trifle; a
# named or pointed-at person made the measure of stupidity ("så dum som hende"); the
# epithet "kødhoved", also masked. Near misses: a device that controls one appliance, a
# person who is not so dumb as she thinks, a comparison of cleverness, the writer calling
# himself a meathead, meat and a head of lettuce
POSITIVES_R181_INSULT = [
    "Teamlederen i Kontanthjælp kan ikke styre mere end en brødrister.",
    "Han skulle højst bestyre en sandkasse, ham Henrik Toft.",
    "Ingen i hele kommunen er så tåbelig som Fatima Ali, hun mister alle mine papirer.",
    "Der findes ikke en kontordame så dum som hende fra Kontanthjælp.",
    "Den nye sagsbehandler er et kødhoved af rang.",
    "Henrik Toft og sådan nogle k*dhoveder i ledelsen ødelægger alt.",
]
NEGATIVES_R181_INSULT = [
    "Den nye fjernbetjening kan ikke styre andet end en radiator i stuen.",
    "Termostaten i mødelokalet styrer ikke mere end en radiator.",
    "Hun er slet ikke så dum, som hun selv tror, siger min mor.",
    "Min sagsbehandler er lige så klog som hende, der havde sagen før.",
    "Jeg er sådan et kødhoved, jeg glemte mødet igen.",
    "Vi købte kød og hovedsalat til grillen på lørdag.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R181_INSULT), *((t, False) for t in NEGATIVES_R181_INSULT)],
)
def test_round_181_lead_a_thing_dumb_as_meathead_r181_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 181 (insult): a named person insulted by the measure of stupidity or an unfit leader
# is exposed
EXPOSED_R181_INSULT = [
    "Jens-Ole Krag kan ikke lede mere end en hæftemaskine.",
    "Du skal lede længe efter nogen, der er så enfoldig som Birgitte Munk Sørensen.",
]


@pytest.mark.parametrize("text", EXPOSED_R181_INSULT)
def test_round_181_exposed_r181_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


# round 183 (insult): people treated as dirt under the shoes without a possessive; things
# with more backbone or heart than a person; a thought of one's own never had, the subject a
# description away; a brain off duty; a person who relishes power over the weak; a view of
# people like that of those who kick dogs. Near misses: sand crunching under shoes, dirt
# literally under the shoes, a copier better than another, a writer's own brain on holiday,
# a brain resting after concussion, a manager's power over a budget, a dog-kicker reported
POSITIVES_R183_INSULT = [
    "Manden ved skranken taler til de ledige, som var de møg under støvlerne.",
    "Hun betragter os borgere som snavs under skosålen.",
    "Jeg kender printere med mere rygrad end cheferne i Kontanthjælp.",
    "Der findes papirkurve med mere hjerte end Henrik Toft.",
    "Fyren fra Ydelse med de gule sko har nok aldrig haft en original tanke.",
    "Hende den gamle i receptionen i Fleksjob har tydeligvis ikke haft en egen tanke i årevis.",
    "Hendes hjerne må have taget fri, da hun regnede min ydelse ud.",
    "Fatima Alis hjerne var vist på sommerferie under hele mødet.",
    "Han er en sølle type, som elsker at udøve magt over ledige.",
    "Sagsbehandleren er en kontornisse, der nyder at bruge sin magt over syge mennesker.",
    "Chefen har et menneskesyn som hos typer, der mishandler katte.",
    "Den moral finder man ellers kun hos personer, der slår børn.",
]
NEGATIVES_R183_INSULT = [
    "Gruset knaser som sand under skoene, når man går op til jobcentret.",
    "Der sad skidt under skoene, så jeg tørrede dem af i døren.",
    "Den nye kopimaskine har flere funktioner end den gamle printer.",
    "Min hjerne holdt fri hele weekenden, og det var dejligt.",
    "Hans hjerne skal holde fri efter hjernerystelsen, siger lægen.",
    "Lederen nyder at have magt over budgettet i år.",
    "Min nabo ringede til politiet om folk, der sparker til hunde i parken.",
    "Vores menneskesyn bygger på respekt for alle.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R183_INSULT), *((t, False) for t in NEGATIVES_R183_INSULT)],
)
def test_round_183_contemptuous_descriptions_r183_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 183 (insult): a named person so described is exposed
EXPOSED_R183_INSULT = [
    "Jens-Ole Krag er en lille mand, der elsker at have magt over svage folk.",
    "Birgitte Munk Sørensens hjerne holdt fri, da hun læste min ansøgning.",
]


@pytest.mark.parametrize("text", EXPOSED_R183_INSULT)
def test_round_183_exposed_r183_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


# round 187 (threats helper): "de svin" placed at the jobcentre or an office
POSITIVES_R187_THREATS = [
    "Jeg er træt af at blive snydt af de rotter i kommunen.",
    "Nu har disse svin fra Ydelse-afdelingen igen taget min hjælp.",
]
NEGATIVES_R187_THREATS = [
    "Der var rotter i kælderen på rådhuset, så skadedyrsbekæmpelsen kom forbi.",
    "De svin på gården skal fodres to gange om dagen.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R187_THREATS), *((t, False) for t in NEGATIVES_R187_THREATS)],
)
def test_round_187_swine_at_office_r187_threats(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 187 (insult): the writer's subject left out before a verb of saying ("Vil bare sige,
# at …"): the writer's own words, not reported speech; a vocative closing its sentence with
# the next one begun in lower case; a definite noun for a person opening the clause before
# the copula ("Kvinden er en lort"). Near misses: someone else's saying reported, a thing
# that is the reader's ("din ko."), a person who is not one ("Manden er ikke en lort")
POSITIVES_R187_INSULT = [
    "Vil bare lige sige, at Henrik Toft er et usselt lille kryb.",
    "Må altså sige, at Fatima Ali er en gammel ko.",
    "hør her Henrik, din lille l0rt. vi ses snart.",
    "Tak for ingenting, dit klamme svin! du hører fra mig.",
    "Kvinden er en ondskabsfuld lille lort, der elsker at sige nej.",
    "Fyren er et lille kryb, som aldrig svarer på mails.",
]
NEGATIVES_R187_INSULT = [
    "Min nabo sagde, at hun er en ko til at huske fødselsdage.",
    "Han vil bare sige, at Henrik Toft er et kryb, men det mener jeg ikke.",
    "Jeg har hentet din ko. vi ses ved marken.",
    "Der står en gris i din have. ring når du er hjemme.",
    "Manden er ikke en lort, han er bare travl.",
    "Manden i butikken er en ko til at regne.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R187_INSULT), *((t, False) for t in NEGATIVES_R187_INSULT)],
)
def test_round_187_subject_left_out_vocative_definite_person_r187_insult(
    text: str, insult: bool
) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 191 (critb): "taber" after a thing that loses papers is the verb ("jeres system taber
# mine bilag"), never the epithet; "taber" after a person's determiner or a copula stays one
POSITIVES_R191_CRITB = [
    "Din dovne taber, du har glemt mit møde igen.",
    "Hun er en taber, og det ved alle i afdelingen.",
]
NEGATIVES_R191_CRITB = [
    "Jeres it-system taber alt, hvad jeg uploader.",
    "Deres kommune taber sager hele tiden, siger min advokat.",
    "Vores jobcenter taber ting hele tiden, det er ikke min skyld.",
]
ROUND_INSULTS += POSITIVES_R191_CRITB
ROUND_NO_INSULTS += NEGATIVES_R191_CRITB


# round 191 (insult): the vulgar "-hoved" compounds (also in leet); a person called "et
# usselt menneske"; a person with the feeling for others of a machine ("indlevelsesevne");
# people made of the same stuff as a thing, then called hollow or cold; a long search for
# someone with less in the head than the one named; a bond with people likened to vermin's
# with filth. Near misses: a headache, a wage paid meanly, weather, a chair's fabric, a
# daughter as strong as her mother, more experience or less pay than another, a mother's
# bond, the writer's own bond with maths, a nurse's feeling for others
POSITIVES_R191_INSULT = [
    "Dine kollegaer på kontoret er nogle skidehoveder.",
    "Sikke et r0vh0v3d du er, Henrik.",
    "Birthe fra Ydelse er et usselt menneske, der aldrig svarer.",
    "Konsulenten er et usselt individ.",
    "Hun har cirka samme indlevelsesevne som en billetautomat.",
    "Teamlederen har samme indfølingsevne som et køleskab.",
    "Rådgiverne i Fleksjob er skåret af samme træ som en gammel termokande: tomme og iskolde.",
    "Hun er lavet af samme stof som en rusten radiator, kold og hul indeni.",
    "Man skal lede langt efter en fyr med mindre i hovedet end Jensen fra Ydelse.",
    "Der findes ikke et menneske med mindre forstand end den nye konsulent.",
    "Lederen har samme forhold til de ledige som en lus har til sit værtsdyr.",
    "Sagsbehandlerne har samme syn på os borgere som en spyflue har til et ådsel.",
]
NEGATIVES_R191_INSULT = [
    "Jeg vågnede med pissehovedpine efter festen.",
    "Jeg slog mig pisse hårdt på hovedet i går.",
    "Lønnen er usselt lav, og de usselt betalte kvinder i plejen fortjener bedre.",
    "Det var et usselt vejr hele ugen.",
    "Den nye stol er lavet af samme stof som sofaen: blød og lys.",
    "Datteren er lavet af samme stof som sin mor: stærk og modig.",
    "Man skal lede længe efter en rådgiver med mere erfaring end Jensen.",
    "Man skal lede længe efter en person med mindre løn end en praktikant.",
    "Hun har samme forhold til sin hund som en mor har til sit barn.",
    "Jeg har samme forhold til matematik som en flue har til lort.",
    "Hun har samme indfølingsevne som en erfaren sygeplejerske.",
    "Det var et usselt betalt job, men hun tog det alligevel.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R191_INSULT), *((t, False) for t in NEGATIVES_R191_INSULT)],
)
def test_round_191_contemptuous_descriptions_r191_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 191 (insult): a named person so described is exposed
EXPOSED_R191_INSULT = [
    "Fatima Ali har samme indlevelsesevne som en pengeautomat. Husk navnet.",
    "Jens-Ole Krag er et usselt menneske, og det skal alle vide.",
]


@pytest.mark.parametrize("text", EXPOSED_R191_INSULT)
def test_round_191_exposed_r191_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


# round 195 (insult): a mind's depth likened to something shallow; brains the size of a pea
# and as much heart as a bin (a group); a verbless sentence of vile words after a sentence
# about a person. Near misses: water as deep as a puddle, the writer's own depth, a tumour
# the size of a pea, weather and food in three cold words, a list of kind words
POSITIVES_R195_INSREP = [
    "Teamlederen har cirka samme juridiske dybde som et soppebassin.",
    "Hun har lige så megen dybsindighed som en mudderpøl.",
    "Folkene i Ydelse har hjerner på størrelse med en rosin.",
    "Konsulenterne har lige så meget hjerte som en skraldespand.",
    "Jensen fra Fleksjob stoppede min hjælp uden grund. Ondskabsfuld, kold og usel.",
    "Han lukkede døren for min far. Modbydelig, kynisk og menneskefjendsk.",
]
NEGATIVES_R195_INSREP = [
    "Oversvømmelsen i kælderen havde samme dybde som en vandpyt, heldigvis.",
    "Jeg har selv samme faglige dybde som en vandpyt, når det gælder skat.",
    "Lægen fandt en knude på størrelse med en ært i brystet.",
    "Vi gik tur i går. Kold, våd og grå dag ved stranden.",
    "Hun hjalp mig med skemaet. Venlig, rolig og grundig.",
    "Min søn har lige så meget hjerte som sin far, og det er meget.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R195_INSREP), *((t, False) for t in NEGATIVES_R195_INSREP)],
)
def test_round_195_contemptuous_descriptions_r195_insrep(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 195 (insult): a named person so described is exposed
EXPOSED_R195_INSREP = [
    "Henrik Toft har samme intellektuelle dybde som en underkop.",
    "Fatima Ali afviste min klage. Ussel, iskold og empatiløs.",
]


@pytest.mark.parametrize("text", EXPOSED_R195_INSREP)
def test_round_195_exposed_r195_insrep(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


# round 199 (insult): contempt by description — vile people without a spine, smarter
# vegetables met, a person without a gram of decency, a scornful adjective before "klovn",
# empty in the head, a small man with a big desk, an epithet tagged after a threat, a
# simple chore beyond someone even with a manual; and the near misses of each
POSITIVES_R199_INSULT = [
    "Sølle papirnussere uden hjerne, allesammen.",
    "Patetiske kontorfolk uden anstændighed. Det er hvad de er.",
    "Jeg har kendt kvikkere kålhoveder end min rådgiver.",
    "Min nabo siger, han har set klogere potteplanter end hende i skranken.",
    "Det er en kvinde uden et eneste fnug af empati.",
    "Chefen er et menneske uden en eneste smule anstændighed.",
    "Brevet var lavet af en inkompetent nar, der intet forstår.",
    "Sådan en evneløs amatør burde aldrig sidde med sager.",
    "Han er helt tom i knolden, den mand.",
    "Tom i pæren men fyldt af sig selv, sådan er hun.",
    "Hun er bare en lillebitte dame med en stor titel.",
    "Sikke en lille mand med et kæmpestort ego.",
    "Han skal have en på hovedet, den lede lort.",
    "Jeg sparker hende ud af døren, den svans.",
    "Hun kunne aldrig finde ud af at koge et æg, selv med en brugsanvisning.",
    "Han kan ikke finde ud af at tænde en computer, selv hvis man gav ham en tegning.",
]

NEGATIVES_R199_INSULT = [
    "Sølle tillæg uden regulering gør ingen glade.",
    "Elendige regler uden mening, og dem må politikerne ændre.",
    "Vi har set større kartofler end dem i år.",
    "Jeg har mødt klogere løsninger end den i andre kommuner.",
    "Det er en kage uden et eneste gram sukker.",
    "Han er løber uden et eneste gram fedt på kroppen.",
    "Min søn var en talentløs klovn i skolens teater, og han elskede det.",
    "Vi hyrede en klovn til børnefødselsdagen.",
    "Jeg er helt tom i hovedet efter det lange møde.",
    "Efter narkosen var jeg tom i hovedet og træt.",
    "En lille mand med et stort skæg solgte is på torvet.",
    "Hun er en lille kvinde med en stor kuffert.",
    "Hunden lavede sin lort på fortovet, og jeg samlede den lille lort op.",
    "Han trådte i den lort.",
    "Hun ville have tre hundrede kroner for det lort.",
    "Min far kan ikke finde ud af at tænde en computer efter sin blodprop, selv med en vejledning.",
    "Jeg kan ikke finde ud af at udfylde skemaet, selv med vejledningen.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R199_INSULT), *((t, False) for t in NEGATIVES_R199_INSULT)],
)
def test_round_199_contemptuous_descriptions_r199_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


POSITIVES_R203_INSULT = [
    "Min rådgiver er en grådig og hjerteløs type.",
    "Chefen er et selvfedt og samvittighedsløst menneske, som ingen stoler på.",
    "Han sad bare som en potteplante hele mødet og sagde ingenting.",
    "Hun nikkede ligesom en papegøje til alt, hvad hendes leder sagde.",
    "Han er lige så levende som en død sild.",
    "Min sagsbehandler er lige så kvik som en brosten og lige så hjælpsom.",
    "De ansatte i Ydelser er det ringeste bundfald, man kan forestille sig.",
    "Det er det usleste affald, ledelsen har kunnet skrabe sammen.",
    "Folkene i Sygedagpenge fik vist forstanden udleveret ved ansættelsen og glemte den derhjemme.",
    "Han kunne ikke engang finde ud af at koge vand, den mand.",
    "Hun kan ikke engang finde ud af at tælle til ti.",
]

NEGATIVES_R203_INSULT = [
    "Det var en grådig og hjerteløs beslutning at skære i ydelsen.",
    "Vores papegøje sidder som en statue på sin pind.",
    "Jeg sad som en potteplante til mødet, fordi jeg var så nervøs.",
    "Fisken på tallerkenen var lige så kold som en død sild.",
    "Det er den laveste pris, vi har fået på flytningen.",
    "Han fik hjertet undersøgt på hospitalet og var tilbage igen dagen efter.",
    "Min mor kan ikke engang finde ud af at koge vand efter sin blodprop.",
    "Skemaet er så rodet, at man ikke engang kan finde ud af at udfylde det.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R203_INSULT), *((t, False) for t in NEGATIVES_R203_INSULT)],
)
def test_round_203_contemptuous_descriptions_r203_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 207 (insult): contempt by description — understanding nothing but one narrow thing,
# staff scorned as people who could not get a real job themselves, "svinepels" and
# "svinebæst" as abuse, a named person set equal to the worst dirt (also in leetspeak), a
# person with so little heart. Near misses: plain lack of knowledge of a subject, people who
# cannot find a proper job for illness, pork and pigskin, the worst rubbish said of a thing,
# a mission with little heart in it and the writer's own heart
POSITIVES_R207_INSULT = [
    "Teamlederen har tydeligvis ikke forstand på andet end regneark og budgetter.",
    "Hun forstår sig ikke på andet end paragraffer, det er helt tydeligt.",
    "Rådgiverne i Ydelse er nogle, der ikke selv kunne finde et ordentligt arbejde.",
    "Konsulenterne her er bare folk, som aldrig selv kunne holde et normalt job.",
    "Du er en satans svinepels, og det ved du godt.",
    "Sikken et svinebæst du er blevet, efter du fik den stilling.",
    "Fatima Ali = værste lort på hele kontoret.",
    "Henrik T0ft = v4rst3 idiot 1 h3l3 byen",
    "Hvor finder de en chef med så lidt hjerte som ham?",
    "Hun er en kvinde med så ringe hjertelag, at ingen kan tale med hende.",
]

NEGATIVES_R207_INSULT = [
    "Han har ærligt talt ikke forstand på pension, så jeg spørger en anden.",
    "Jeg har ikke forstand på andet end tømrerarbejde, så hjælp mig med skemaet.",
    "Mange, der ikke kan få et rigtigt job på grund af sygdom, ender i fleksjob.",
    "Jeg kunne ikke selv finde et ordentligt arbejde efter ulykken.",
    "Vi fik en stor svinesteg til jul hos min svigermor.",
    "Tasken er lavet af svineskind og var en gave fra min søster.",
    "Det største lort i hele kommunen er den nye parkeringsordning.",
    "Henrik Toft sagde, at det værste rod på kontoret er arkivet.",
    "Projektet blev gennemført med så lidt hjerte for sagen, at det faldt til jorden.",
    "Jeg har haft så lidt hjerte i arbejdet siden min skilsmisse.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R207_INSULT), *((t, False) for t in NEGATIVES_R207_INSULT)],
)
def test_round_207_contemptuous_descriptions_r207_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 207 (insult): a named person so described is exposed
EXPOSED_R207_INSULT = [
    "Jens-Ole Krag har åbenbart ikke forstand på andet end Excel og tidsfrister.",
    "Birgitte Munk Sørensen, din forbandede svinepels, du ødelægger folks liv.",
]


@pytest.mark.parametrize("text", EXPOSED_R207_INSULT)
def test_round_207_exposed_r207_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


# round 211 (insult): a person pointed at with "den/det" said to be so dumb that …, and the
# "empty suit". Near misses: a rule so dumb, the writer's own folly, real suits hanging empty
POSITIVES_R211_INSULT = [
    "Den kvinde er så dum, at man må tage sig til hovedet.",
    "Denne sagsbehandler var så tåbelig, at hele venteværelset grinede.",
    "Chefen er intet andet end et tomt jakkesæt med et navneskilt.",
    "Han er bare et hult slips med en mappe under armen.",
]
NEGATIVES_R211_INSULT = [
    "Den regel er så dum, at ingen kan forklare den.",
    "Jeg var så dum, at jeg glemte mødet i tirsdags.",
    "Der hænger stadig et tomt jakkesæt i skabet efter min far.",
    "Det tomme jakkesæt ligger på renseriet til på fredag.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R211_INSULT), *((t, False) for t in NEGATIVES_R211_INSULT)],
)
def test_round_211_contemptuous_descriptions_r211_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 211 (insult): a named person so described is exposed
EXPOSED_R211_INSULT = [
    "Henrik Toft har aldrig selv søgt et job. Et tomt jakkesæt med et regneark.",
    "Jens-Ole Krag? Den mand er så dum, at man tror det er løgn.",
]


@pytest.mark.parametrize("text", EXPOSED_R211_INSULT)
def test_round_211_exposed_r211_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


# round 215 (insult): an English animal epithet with a degrading adjective on a person, a
# person's stare likened to cattle's, and surprise that a person was hired for a job that
# needs reading. Near misses: a real animal, a real calf's look, the writer's own new job
POSITIVES_R215_INSULT = [
    "Min sagsbehandler is a lazy old pig, ingen svar i tre uger.",
    "She's such a miserable hag, hun smiler aldrig til nogen.",
    "Han glor bare ud i luften med sit fåreblik, når man spørger ham om noget.",
    "Konsulenten sad med et koblik hele mødet igennem.",
    "At han nogensinde er blevet ansat et sted, hvor man skal kunne regne, er en gåde.",
    "Hvordan hun overhovedet fik en stilling, hvor man skal kunne skrive, forstår ingen.",
]
NEGATIVES_R215_INSULT = [
    "That place is a fat old cow farm out by the coast.",
    "My neighbour was a lazy old cow herd keeper, she said with a laugh.",
    "Kalven på marken kiggede på mig med sit kalveblik.",
    "Koen i stalden har et roligt koblik, siger landmanden.",
    "Jeg har endelig fået et job, hvor man skal kunne læse tyske kontrakter.",
    "Min søn har fået en stilling, hvor man skal kunne regne med store tal.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [*((t, True) for t in POSITIVES_R215_INSULT), *((t, False) for t in NEGATIVES_R215_INSULT)],
)
def test_round_215_contemptuous_descriptions_r215_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# round 215 (insult): a named person so described is exposed; a verdict on the municipality
# after the insult is still criticism
EXPOSED_R215_INSULT = [
    "Henrik Toft is such a stupid pig, han læser aldrig mine papirer.",
    "Jens-Ole Krag glor bare ud i luften med sit kvægblik hele dagen.",
]


@pytest.mark.parametrize("text", EXPOSED_R215_INSULT)
def test_round_215_exposed_r215_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


def test_round_215_verdict_after_insult_r215_insult() -> None:
    labels = triage(
        "At Henrik Toft nogensinde fik et job, hvor man skal kunne tælle, "
        "siger alt om jobcentrets ledelse.",
        "c",
    ).labels
    assert {"insult", "criticism"} <= set(labels)


# stop 35: a machine or a system given a machine's feeling for others is no person insulted;
# a caseworker given it still is
ROUND_NO_INSULTS += [
    "Kaffeautomaten har samme indfølingsevne som en parkeringsautomat.",
    "Den nye printer har samme charme som et køleskab.",
    "Jobnet-systemet har samme empati som et regneark.",
]
ROUND_INSULTS += [
    "Min sagsbehandler har samme indfølingsevne som en parkeringsautomat.",
    "Chefen har samme empati som en kaffeautomat.",
    "Teamet har samme faglige niveau som en telefonsvarer, bare med mindre empati.",
]


# stop 35: an animal epithet followed by an animal's sound in its sentence is the animal
ROUND_NO_INSULTS += [
    "Den skide hund ovenpå gøede hele natten, så jeg kom for sent.",
    "De dumme køer på marken brølede hele morgenen.",
]
ROUND_INSULTS += ["Den skide hund af en sagsbehandler har smidt mig ud."]


# keep this test last: a round's lists added after it would never run
@pytest.mark.parametrize(
    ("text", "insult"),
    [(text, True) for text in ROUND_INSULTS] + [(text, False) for text in ROUND_NO_INSULTS],
)
def test_round_tables_from_round_63(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


@pytest.mark.parametrize(
    "text",
    [
        # stop 36: "selv" after a word for someone else stresses that person, not the writer
        "Afgørelsen er noget lort, og manden selv er en kold fisk.",
        "Hun selv er en inkompetent kælling.",
        "Chefen selv er et røvhul.",
    ],
)
def test_selv_after_another_person_keeps_the_insult(text: str) -> None:
    assert "insult" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Jeg har selv været en idiot i den sag.",
        "Vi selv er nogle tabere, når vi ikke læser brevene.",
        "Selv en idiot kan se, at brevet kom for sent.",
    ],
)
def test_selv_after_the_writer_or_alone_is_no_insult(text: str) -> None:
    assert "insult" not in triage(text).labels


# probe round 219 (r219_insult): insults by comparison and irony — a mind counted as money,
# a dull thing that does the job better or sits in the person's chair, where the brain sits,
# ironic genius of empty air, a job needing no reading, a slaughterhouse for one who treats
# people as cattle
R219_INSULTS = [
    "Hvis forstand var penge, ville Henrik Toft være ludfattig.",
    "Om intelligens var guld, ville hun gå bankerot på en uge.",
    "Fatima Ali sammenlignet med en kartoffel: kartoflen forstår mere.",
    "Sæt en skraldespand på Henrik Tofts plads, og ingen ville mærke forskel.",
    "Erstat ham med en kaffekop, så får vi præcis samme hjælp.",
    "Kan nogen vise ham, hvor hjernen sidder?",
    "Jeg vil gerne forklare Jens-Ole Krag hvor forstanden sidder.",
    "Chefen er sikkert et geni, men der er kun tom luft mellem ørerne.",
    "Sagsbehandleren er nok et stort geni. Det er bare svært at få øje på bag al den tomme luft.",
    "Fatima Ali beviser, at man ikke behøver kunne stave for at blive sagsbehandler.",
    "Han viser, at man behøver ikke at kunne tænke for at blive chef.",
    "Han burde søge job på et slagteri, han behandler jo folk som dyr.",
    "Hun passer bedre på et slagteri, hun er vant til at sortere kvæg.",
]
R219_NO_INSULTS = [
    "Hvis huslejen var lavere, ville jeg ikke være på kontanthjælp.",
    "Hvis hjerneceller var kroner, ville jeg selv være fattig.",
    "Printeren sammenlignet med en kopimaskine: kopimaskinen er hurtigere.",
    "Vi satte en kaffemaskine ind på kontoret, og alle fik kaffe.",
    "Kan du fortælle mig hvor i hjernen sproget sidder?",
    "Chefen er sikkert et geni med tal. Dækket var fladt og uden luft.",
    "Jeg behøver ikke kunne læse tysk for at blive ansat på lageret.",
    "Man behøver ikke kunne læse for at få hjælp i jobcentret.",
    "Min søn vil arbejde på et slagteri, han er glad for dyr.",
    "Jens-Ole Krag burde arbejde på et slagteri, han har altid været stærk.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [(text, True) for text in R219_INSULTS] + [(text, False) for text in R219_NO_INSULTS],
)
def test_round_219_insults_by_comparison_and_irony(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# probe round 223 (r223_insult): talk likened to talking to a thing, an animal at a desk, a
# few seconds' memory, slow geniuses, proof of no thought, mock advice to think, a body remark
R223_INSULTS = [
    "At snakke med Fatima Ali er som at snakke med en brødrister.",
    "At diskutere med hende er som at diskutere med en kaktus.",
    "Kommunen har ansat en undulat, der kan sidde ved et skrivebord.",
    "Han glemmer alt hvad man fortæller ham efter fem sekunder.",
    "De kloge genier i Fleksjob, som skulle bruge et halvt år for at forstå at jeg er syg.",
    "Henrik Toft er beviset på at man kan få løn uden at have en tanke i hovedet.",
    "I kunne jo prøve at bruge hovedet, det skulle efter sigende virke.",
    "Hun har en fed røv, den sagsbehandler.",
    "Flot numse, men han bruger den kun til at sidde på mine papirer.",
    "Samvittigheden afleveres vist ved døren, når man bliver chef derinde.",
]
R223_NO_INSULTS = [
    "At ringe til telefonsvareren er som at tale med en robot.",
    "At tale med Fatima Ali er som at tale med en gammel ven.",
    "Vores kat kan sidde på kontorstolen hele dagen.",
    "Min mor har demens og glemmer alt efter få sekunder.",
    "Man behøver ikke være et geni for at forstå at jeg er syg.",
    "Jeg kan ligge på stranden uden at have en tanke i hovedet.",
    "Prøv at tænke dig om, før du svarer på brevet.",
    "Jeg sidder på min røv hele dagen med ondt i ryggen.",
    "Jeg afleverede jakken i garderoben, da jeg kom til mødet.",
]


@pytest.mark.parametrize(
    ("text", "insult"),
    [(text, True) for text in R223_INSULTS] + [(text, False) for text in R223_NO_INSULTS],
)
def test_round_223_insults_by_comparison_and_mock_praise(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "c").labels) is insult


# probe round 227 (r227_insult): a robot with the subject after the verb, "skid" with an
# unkind adjective before a staff name, a staff group called a nest of vermin, a workplace
# run without a brain, and people met in an everyday place more able than the person
R227_INSULTS = [
    ("I skranken er han bare en hjernedød robot.", "a"),
    ("Til møderne var hun en følelseskold maskine.", "a"),
    ("Jeg gider ikke tale med den selvglade skid Per Storm igen.", "a"),
    ("Hvorfor skal jeg have den kolde skiderik Sofie Holm som rådgiver?", "a"),
    ("Hele Fleksjobteamet er en rede af giftige hugorme.", "a"),
    ("Ledelsen er en slangerede, intet andet.", "a"),
    ("Flot at man kan lede en hel afdeling uden en eneste fungerende hjernecelle.", "a"),
    ("Jeg har mødt klogere folk i bussen end Per Storm.", "a"),
    ("Jeg har set mere begavede mennesker i kantinen end min sagsbehandler.", "a"),
]
R227_NO_INSULTS = [
    ("Er du en robot eller et menneske?", "a"),
    ("I fabrikken er der en ny robot.", "a"),
    ("Min søn er en sød lille skid.", "a"),
    ("Kælderen er en rede af slanger, siger naboen.", "a"),
    ("Man kan ikke lede en afdeling uden forstand på jura.", "a"),
    ("Jeg har aldrig mødt mere kompetente folk end Per Storm og hans kolleger.", "a"),
    ("Jeg har mødt klogere folk i Aarhus end her på landet.", "a"),
]


@pytest.mark.parametrize(
    ("text", "register", "insult"),
    [(t, r, True) for t, r in R227_INSULTS] + [(t, r, False) for t, r in R227_NO_INSULTS],
)
def test_round_227_epithets_and_comparisons_r227_insult(
    text: str, register: str, insult: bool
) -> None:
    assert ("insult" in triage(text, register).labels) is insult


# probe round 231 (r231_insult): contempt with no swear word — stupidity that would hurt,
# animals with more sense, a child doing the job, compassion removed as a hiring condition,
# staring like cattle, the proof one gets far without a thought, "misfoster"; near misses:
# the writer's own, a literal sense, an animal cleverer than the writer
R231_INSULTS = [
    ("Hvis dumhed gjorde ondt, ville hele kontoret hyle hver morgen.", "a"),
    ("Jeg har set får med mere omtanke end dem i Ydelse.", "a"),
    ("Mit barnebarn kunne sagtens klare Per Storms arbejde.", "a"),
    ("Det er nok et jobkrav derinde at man har fået fjernet sin samvittighed.", "a"),
    ("På mødet stirrede de bare som en flok får.", "a"),
    ("Per Storm er beviset på at man kan blive chef uden en eneste original idé.", "a"),
    ("Sofie Holm viste os at man godt kan læse et brev uden at forstå et eneste ord.", "a"),
    ("Per Storm er et misfoster.", "a"),
    ("Sofie Holm er et nedrigt fruentimmer.", "a"),
]
R231_NO_INSULTS = [
    ("Hvis dumhed kunne gøre ondt, ville jeg skrige over mine egne fejl.", "a"),
    ("Min hund har mere forstand end mig, når det gælder vejret.", "a"),
    ("Min 6-årige kunne sagtens passe sin lillebror en time.", "a"),
    ("Jeg fik fjernet min blindtarm ved en operation sidste år.", "a"),
    ("Køerne på marken stirrede på os, da vi gik forbi.", "a"),
    ("Kurset viste at man kan klare sig uden at forstå et eneste ord dansk.", "a"),
    ("Scanningen viste desværre et misfoster, fortalte jordemoderen.", "a"),
]


@pytest.mark.parametrize(
    ("text", "register", "insult"),
    [(t, r, True) for t, r in R231_INSULTS] + [(t, r, False) for t, r in R231_NO_INSULTS],
)
def test_round_231_contempt_without_swearing_r231_insult(
    text: str, register: str, insult: bool
) -> None:
    assert ("insult" in triage(text, register).labels) is insult


# stop 37: a hedge softens the epithet but says it all the same ("lidt af en", "vist", "nok");
# near misses: "lidt af en" before a word of praise or a thing, a hedge about the writer's own
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Per Storm er lidt af en idiot, hvis du spørger mig.", True),
        ("Sofie Holm er vist en heks, siger de andre.", True),
        ("Per Storm er noget af en klovn.", True),
        ("Per Storm er lidt af en ekspert i regler.", False),
        ("Det er lidt af en gåde, hvorfor brevet kom.", False),
        ("Jeg er nok lidt af en klovn selv.", False),
    ],
)
def test_a_hedged_epithet_is_still_an_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# stop 37: "ikke fordi <clause>, men …" denies the clause: no insult in the denial
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Per Storm bør gå. Ikke fordi han er et dårligt menneske, men sagerne hober sig op.",
         False),
        ("Det er ikke fordi Sofie Holm er et dårligt menneske, men hun svarer aldrig.", False),
        ("Per Storm er et dårligt menneske, og det ved alle.", True),
        ("Han er et dårligt menneske, ikke fordi han er streng, men fordi han lyver.", True),
    ],
)
def test_ikke_fordi_denies_what_follows(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# probe round 235 (r235_insult): ironic mockery without a swear word — cleverness likened
# to a dull thing without "så", a post found in a cereal box, the only applicant with a
# pulse, neither the law nor manners, a prize and a primer, asked like a machine, almost
# able to spell, a pan's empathy, and a swear word that strengthens the adjective; near
# misses: the same words about a child, a thing, a hot pan, or with no skill named
R235_INSULTS = [
    ("Man skal være begavet som en kantsten for at lave så mange fejl.", True),
    ("Den sagsbehandler er klog som en dørmåtte.", True),
    ("Hun må have fundet sit job i en pakke cornflakes.", True),
    ("Han fik lederjobbet fra en julekalender, det er tydeligt.", True),
    ("Var der virkelig ingen andre med puls, der søgte jobbet?", True),
    ("Han var nok den eneste med puls, der søgte stillingen.", True),
    ("Lederen hverken kan reglerne eller almindelig folkeskik.", True),
    ("Giv hende en medalje og en ABC, hun har fortjent det.", True),
    ("Jeg spørger ikke Per Storm, man spørger heller ikke en brødrister til råds.", True),
    ("Per Storm kan næsten stave til 'bolig' nu.", True),
    ("Rådgiverne har samme empati som en stegepande.", True),
    ("Sofie Holm er fucking inkompetent.", True),
    ("Ugler er kloge som en bog, siger min datter.", False),
    ("Hun er stærk som en kampesten efter træningen.", False),
    ("Efter jobbet spiser jeg en pakke cornflakes.", False),
    ("Jeg fandt en kupon i en pakke cornflakes.", False),
    ("Ingen andre med puls over hundrede skal løbe i dag.", False),
    ("Sagsbehandleren hverken kan eller vil hjælpe mig med reglerne.", False),
    ("Min mor hverken kan læse eller skrive dansk.", False),
    ("Min datter fik en medalje og en læsebog i skolen.", False),
    ("Vinderen fik en pokal og en flaske vin.", False),
    ("Jeg spurgte automaten om hjælp, men den virkede ikke.", False),
    ("Min søn kan næsten stave til sit navn.", False),
    ("Afgørelsen er fucking inkompetent skrevet.", False),
]


@pytest.mark.parametrize(("text", "insult"), R235_INSULTS)
def test_round_235_ironic_mockery_r235_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# probe round 239 (r239_insult): stupidity that could shine, shining with ignorance, a day
# without the brain, counting on the toes, "so that even you can follow", still not a word
# understood; near misses: the writer, a child, a relative, a real absence, the sun
R239_INSULTS = [
    ("Hvis dumhed kunne skinne, kunne Per Storm lyse hele rådhuset op.", True),
    ("Sofie Holm brillierede igen med sin komplette mangel på indsigt.", True),
    ("Til mødet glimrede han ved sin uvidenhed, den sagsbehandler.", True),
    ("Det er ikke enhver der kan sidde en hel vagt uden at bruge hovedet, men hun kan.", True),
    ("Rådgiverne kan nok tælle til tyve, hvis de må bruge tæerne.", True),
    ("Jeg skriver det langsomt, så selv du kan følge med.", True),
    ("Skal jeg tegne det, så selv sagsbehandleren kan følge med?", True),
    ("At få tre breve og stadig ikke fatte et eneste af dem kræver særlige evner.", True),
    ("Hvis solen kunne skinne hele vinteren, ville jeg være glad.", False),
    ("Min chef glimrede ved sit fravær til mødet i går.", False),
    ("Jeg har haft en hel dag uden at bruge hjernen, og det var dejligt.", False),
    ("Min søn kan tælle til ti på fingrene og tæerne.", False),
    ("Skriv det enkelt, så selv min mor kan forstå det.", False),
    ("Forklar det langsomt, så selv jeg kan følge med.", False),
    ("Jeg læste brevet to gange og forstod stadig ikke et eneste ord.", False),
]


@pytest.mark.parametrize(("text", "insult"), R239_INSULTS)
def test_round_239_mockery_without_swear_words_r239_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# probe round 243 (r243_insult): contempt without a swear word — little "omløb i hovedet",
# mock praise for losing papers or for knowing so little, the coldest being met, a
# slaughterhouse rather than people, no real job, a brain like an old device, would-be
# prison guards, a mock prize, "der skal talent til at være så …"; near misses: the
# writer, a child, real praise, a real trade, a thing, a film
R243_INSULTS = [
    ("Der er ikke meget omløb i knolden på de konsulenter.", True),
    ("Teamlederne har så lidt omløb i hovedet, at det er helt utroligt.", True),
    ("Kæmpe ros til Per Storm, som har formået at tabe min ansøgning tre gange.", True),
    ("Bravo til sagsbehandleren, der endnu engang har formået at glemme vores møde.", True),
    ("Man må beundre en chef, der ved så lidt og stadig får løn hver måned.", True),
    ("Per Storm er den koldeste person, jeg nogensinde har mødt.", True),
    ("Han er det mest menneskeforagtende individ på hele jobcentret.", True),
    ("Han burde arbejde på et svineslagteri frem for med syge mennesker.", True),
    ("Sagsbehandleren skulle hellere søge job på et slagteri end med borgere.", True),
    ("Konsulenterne på jobcentret er jo bare dem, der ikke kunne finde et ordentligt arbejde.",
     True),
    ("Ledere i kommunen er folk der aldrig kunne få et rigtigt job.", True),
    ("Konsulenterne har hoveder som en gammel fax.", True),
    ("De kan kun én ting, og den gør de elendigt.", True),
    ("Ledelsen består af folk, der ville være perfekte lejrvagter.", True),
    ("De ansatte ville have gjort gode slavepiskere i sin tid.", True),
    ("Per Storm fortjener prisen for årets mest uduelige sagsbehandler.", True),
    ("Hun bør kåres som kommunens koldeste robot.", True),
    ("Der skal talent til at være så inkompetent som hende.", True),
    ("Det kræver virkelig evner til at blive så uduelig.", True),
    ("Jeg har ikke meget omløb i hovedet i dag, jeg er træt.", False),
    ("Min søn har ikke meget omløb i hovedet efter hjernerystelsen.", False),
    ("Hun har godt omløb i hovedet og svarer altid hurtigt.", False),
    ("Stor ros til Sofie Holm, der har formået at finde mine mistede papirer.", False),
    ("Man må beundre et menneske, der kan så meget.", False),
    ("Min praktikant kan så lidt endnu, og alligevel får hun løn.", False),
    ("Det var den koldeste vinter, jeg nogensinde har oplevet.", False),
    ("Sofie Holm er det varmeste menneske, jeg har mødt.", False),
    ("Min søn vil gerne arbejde på et slagteri og ikke med mennesker, siger han.", False),
    ("Hun arbejdede på et slagteri før hun blev sagsbehandler.", False),
    ("Borgerne i jobcentret er dem der ikke kan få et rigtigt job lige nu.", False),
    ("Min bror er en af dem, der ikke kunne få et rigtigt job efter ulykken.", False),
    ("Min gamle Nokia kan kun én ting, og den gør den dårligt.", False),
    ("Min printer er som en gammel fax.", False),
    ("Min søn ville være en god fangevogter, han er stor og rolig.", False),
    ("Filmen handler om nogle folk, der ville have været gode fangevogtere.", False),
    ("Per Storm vandt prisen for årets mest innovative projekt.", False),
    ("Filmen vandt prisen som årets koldeste robot i en tegnefilm.", False),
    ("Der skal talent til at være så god til klaver.", False),
    ("Det kræver mod at være så ærlig.", False),
]


@pytest.mark.parametrize(("text", "insult"), R243_INSULTS)
def test_round_243_contempt_without_swear_words_r243_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# probe round 243 (r243_insult): an animal word tacked on as a vocative without a comma, in a
# text whose full stops before lower case do not end sentences ("du har ødelagt min sag din
# ko. nu …"); near misses: a cow given away, no "du", a verb before "din"
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("du har ødelagt min sag din ko. nu skal du høre, Per Storm", True),
        ("I har ødelagt min fremtid dine svin. nu skal I høre det, Sofie Holm", True),
        ("du gav min søn din ko. nu har han to, hilsen Per Storm", False),
        ("jeg har fodret min gris din gris. nu sover de, Sofie Holm", False),
        ("du skal passe din ko. nu går jeg hjem, Per Storm", False),
    ],
)
def test_round_243_vocative_tacked_on_r243_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# probe round 247 (r247_insult): contempt without swear words: understanding as a machine's,
# less in the head than an animal or a thing, the failures no one else would hire, dialect
# "tåb", schooling from a shop or a course in not caring, a place's biggest fool, "hør selv,
# hvor inkompetent hun er", "den mest ligeglade sagsbehandler"; near misses beside each
R247_INSULTS = [
    ("Per Storm har samme tålmodighed med borgerne som en billetautomat.", True),
    ("Sofie Holm har samme forståelse for handicap som et køleskab.", True),
    ("Min chef har ikke mere i knolden end et kålhoved.", True),
    ("Hun leder afdelingen med mindre i hovedet end en guldfisk.", True),
    ("Sagsbehandlerne er de der ikke kunne blive til noget andet.", True),
    ("Han sidder der kun fordi ingen andre gad ansætte ham.", True),
    ("Æ chef er sådan en tåb.", True),
    ("Han har vist taget sin eksamen fra en cornflakespakke.", True),
    ("Hun har lært sagsbehandling på et brevkursus i Fakta.", True),
    ("De har alle taget et kursus i at være nedladende.", True),
    ("Per Storm er byens største idiot.", True),
    ("Ring og hør hvor uduelig han er.", True),
    ("Det er den mest ligeglade rådgiver, jeg har haft.", True),
    ("Per Storm har samme forståelse for reglerne som en advokat.", False),
    ("Der er mere i hovedet på hende end man tror.", False),
    ("Planerne om en ferie kunne ikke blive til noget andet.", False),
    ("Jeg har lært regnskab på et aftenkursus i Aarhus.", False),
    ("Min datter er uddannet og arbejder nu i Netto.", False),
    ("Jeg har taget et kursus i at være ligeglad med hvad andre tænker.", False),
    ("Cirkusets største klovn optræder i aften.", False),
    ("Ring og hør hvor venlig hun er.", False),
]


@pytest.mark.parametrize(("text", "insult"), R247_INSULTS)
def test_round_247_contempt_without_swear_words_r247_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# round 251 insultB
# probe round 251: too dumb for the work one holds, devoid of judgement or sense, not to be
# let run even a stall, a share of the brain or heart taken out to get the post, the most
# simple-minded (and rude) person; near misses beside each: the writer, a thing, a child, a
# real operation
R251B_INSULTS = [
    ("Ærligt talt, Sofie, du er alt for tungnem til din stilling.", True),
    ("Per Storm er for dum til sit arbejde.", True),
    ("Jeg er ærligt talt for dum til mit nye job.", False),
    ("Min søn føler sig for dum til sit job, siger han.", False),
    ("Teamlederen er fuldstændig blottet for sund fornuft.", True),
    ("Per Storm er helt blottet for dømmekraft.", True),
    ("Afgørelsen er fuldstændig blottet for sund fornuft.", False),
    ("Jeg var helt blottet for overblik den dag.", False),
    ("Man bør ikke engang lade hende bestyre en isbod.", True),
    ("Ikke engang burde nogen betro ham en kiosk.", True),
    ("Vi bør ikke lade ham passe en kiosk alene, han er kun ni.", False),
    ("De ville ikke lade mig passe en bod på julemarkedet.", False),
    ("De har vist fjernet det meste af samvittigheden, før man kan blive teamleder.", True),
    ("Man må have fået amputeret en stor del af hjertet for at arbejde i Sygedagpenge.", True),
    ("Min far fik bortopereret en del af hjernen for at blive rask.", False),
    ("Efter svulsten fik hun fjernet en del af hjernen for at kunne arbejde på kontoret igen.",
     False),
    ("Han er den mest frække og ubegavede mand, jeg har mødt.", True),
    ("Sofie Holm er det mest tungnemme menneske i hele forvaltningen.", True),
    ("Det var den mest enfoldige og frække opgave, vi fik.", False),
    ("Det er den mest enfoldige og ubehøvlede bog, jeg har læst.", False),
]


@pytest.mark.parametrize(("text", "insult"), R251B_INSULTS)
def test_round_251_contempt_for_mind_and_fitness_r251_insult_b(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# probe round 251: the polite contempt ("enfoldig", "blottet for omtanke") stays out of
# offensive; the named person insulted so is exposed
@pytest.mark.parametrize(
    "text",
    [
        "Kim Frederiksen er den mest uhøflige og enfoldige mand i huset.",
        "Sofie Holm er så blottet for omtanke, at det er en gåde.",
    ],
)
def test_round_251_polite_contempt_named_r251_insult_b(text: str) -> None:
    labels = triage(text, "a").labels
    assert {"insult", "exposure"} <= labels
    assert "offensive" not in labels


# round 251 insultA
# probe round 251 (r251_insultA): sarcasm and mock praise of a caseworker: a mock exclamation
# ("Sikke et talent.") or "a find for the office" beside the simplest skills denied; "you would
# think he had read it" turned with "that needs one to read"; a jackpot or a title won in a
# vice; a person "uden hverken rygrad eller hjerne"; a kind trait shared with a plant or an
# animal ("Det er en potteplante også"). Near misses beside each: real praise, a child, a
# parent or a client who cannot read, an excuse, a real prize, a lack of schooling, the trait
# shared with people, and sharp criticism of a decision
R251_INSULT_A = [
    ("Kim Frederiksen glemte vores møde igen. Sikke et talent. Han kan ikke engang læse sin "
     "egen kalender.", True),
    ("Sofie Holm kan hverken skrive eller tælle, men hun sender gerne afslag. Hvilken "
     "kapacitet.", True),
    ("Jakob Bøgh er et sandt scoop for kommunen. Han kan hverken læse en lægeerklæring eller "
     "svare på et brev.", True),
    ("Kim Frederiksen fandt mig et job på tre uger. Sikke et talent. Tak for hjælpen.", False),
    ("Min søn kan ikke læse endnu. Sikke et talent!", False),
    ("Jeg kan hverken stave eller regne. Sikke et geni.", False),
    ("Sofie Holm er en gave for jobcentret. Hun kan både lytte og forklare.", False),
    ("Rasmus Kjærsgaard har bedt mig sende attesten igen. Man skulle tro, han havde åbnet den "
     "første. Det forudsætter selvfølgelig, at man kan læse.", True),
    ("Man skulle tro, at konsulenten havde regnet efter. Den slags forudsætter åbenbart, at "
     "man kan regne.", True),
    ("Man skulle tro, Per Storm havde læst min sag. Men han var på ferie, så en kollega tog "
     "mødet.", False),
    ("Man skulle tro, at eleven havde regnet stykket. Den slags forudsætter jo, at man kan "
     "regne.", False),
    ("Mohammad Nasser er danmarksmester i nedladenhed.", True),
    ("Har du Anne-Mette Lund som chef, har du vundet guld i kynisme.", True),
    ("Mohammad Nasser vandt DM i badminton sidste år.", False),
    ("Vi vandt hovedpræmien i lotteriet på jobcentrets julefrokost.", False),
    ("Per Storm er en sagsbehandler uden hverken samvittighed eller medfølelse.", True),
    ("Anne-Mette Lund viser, at man kan være chef uden hverken hjerne eller rygrad.", True),
    ("Anne-Mette Lund blev chef uden hverken uddannelse eller ledererfaring.", False),
    ("Jeg var en mand uden hverken hjerte eller forstand dengang.", False),
    ("Per Storm traf afgørelsen uden hverken hjemmel eller begrundelse, og den er forkert.",
     False),
    ("Rasmus Kjærsgaard er sikkert en venlig mand. Det er en potteplante også.", True),
    ("Sofie Holm er altid så rolig, men det er en sten jo også.", True),
    ("Rasmus Kjærsgaard er altid venlig. Det er hans kolleger også.", False),
    ("Hun er sød. Det er hendes hund også.", False),
    ("Hunden er rolig. Det er katten også.", False),
]


@pytest.mark.parametrize(("text", "insult"), R251_INSULT_A)
def test_round_251_sarcasm_and_mock_praise_r251_insult_a(text: str, insult: bool) -> None:
    result = triage(text, "a")
    assert ("insult" in result.labels) is insult
    if insult and "staff_named" in result.labels:
        assert "exposure" in result.labels  # the named caseworker is mocked by name


# round 255 insult
# probe round 255: named staff mocked in ways the cues missed: held up for showing that the
# post can be had without reading; doing the job as well as an animal would do something it
# never could; things or animals said to be more human or cleverer, or to keep better order;
# a mock genius who made someone feel worthless; people treated as something stepped in; an
# epithet after "godt nok"/"ærlig talt". Near misses: a relative, a course, dyslexia, a
# predecessor or a shepherd, two things compared, the writer, real praise, a shoe that
# really stepped in something, a thing called rubbish
R255_INSULT = [
    ("Sofie Holm har vist hele afdelingen, at man kan være rådgiver uden at kunne stave.",
     True),
    ("Kim Frederiksen viser, at man kan være chef i kommunen uden at kunne regne.", True),
    ("Min morfar viste mig, at man kan blive leder uden at kunne læse.", False),
    ("Per Storm viste mig, at jeg kan få et job uden at kunne læse, fordi jeg er ordblind.",
     False),
    ("Anne-Mette Lund håndterer budgettet cirka så godt, som en gris ville håndtere et "
     "regneark.", True),
    ("Jakob Bøgh passer sine sager lige så godt, som en guldfisk ville passe en have.", True),
    ("Anne-Mette Lund leder afdelingen lige så godt, som hendes forgænger ville have gjort.",
     False),
    ("Hunden vogter fårene lige så godt, som en hyrde ville.", False),
    ("Jeg kender køleskabe, som er varmere end Per Storm.", True),
    ("Min kat er klogere end Sofie Holm.", True),
    ("Den nye robot er mere menneskelig end den gamle.", False),
    ("Min hund er klogere end mig.", False),
    ("Vores undulat har mere overblik over reglerne end Kim Frederiksen.", True),
    ("Min hund har bedre styr på haven end katten.", False),
    ("Min kone har bedre styr på kalenderen end mig.", False),
    ("Tak til Jakob Bøgh, afdelingens lysende geni, der fik min mor til at føle sig som "
     "ingenting.", True),
    ("Per Storm fik min søn til at føle sig helt værdiløs. Sådan noget kræver evner.", True),
    ("Tak til Sofie Holm, vores geni, der fik min søn til at føle sig som en konge.", False),
    ("Hun er et geni, der fik mig til at føle mig som et menneske igen.", False),
    ("Mohammad Nasser ser på de ledige, som om de var noget, han har fået under skoen.", True),
    ("Rasmus Kjærsgaard taler til os, som om vi var noget, katten har slæbt ind.", True),
    ("Han kiggede på sin sko, som om han havde trådt i noget.", False),
    ("Jeg behandlede skoen, som om jeg havde trådt i noget.", False),
    ("Per Storm er godt nok et fedt lort.", True),
    ("Lotte Vang er ærlig talt en gammel ko.", True),
    ("Min bil er godt nok et stykke lort.", False),
    ("Det er godt nok et stykke lort.", False),
]


@pytest.mark.parametrize(("text", "insult"), R255_INSULT)
def test_round_255_named_staff_mocked_r255_insult(text: str, insult: bool) -> None:
    result = triage(text, "a")
    assert ("insult" in result.labels) is insult
    if insult and "staff_named" in result.labels:
        assert "exposure" in result.labels  # the named caseworker is mocked by name


# probe round 255: polite mockery is no offensive language: a pet, an animal that "would"
# do the job, the rubbish someone was made to feel like
@pytest.mark.parametrize(
    "text",
    [
        "Vores undulat har mere overblik over reglerne end Kim Frederiksen.",
        "Anne-Mette Lund håndterer budgettet cirka så godt, som en gris ville håndtere et "
        "regneark.",
        "Tak til Jakob Bøgh, afdelingens lysende geni, der fik min mor til at føle sig som "
        "ingenting.",
    ],
)
def test_round_255_polite_mockery_not_offensive_r255_insult(text: str) -> None:
    labels = triage(text, "a").labels
    assert {"insult", "exposure"} <= labels
    assert "offensive" not in labels


# round 259 insult
R259_INSULT = [
    # a sly or vile word on a slimy creature, said of a person
    ("Kim Frederiksen er en falsk gammel ål, der smiler og stikker dig i ryggen.", "a", True),
    ("Den sleske orm i skranken gad ikke engang kigge op.", "a", True),
    ("Torben Bak er en slimål.", "b", True),
    ("Vi fangede en glat ål i åen i weekenden.", "a", False),
    ("Der kravlede en lusket lille øgle hen over stenen i haven.", "a", False),
    ("Han fisker efter ål og slimål ude ved kysten.", "b", False),
    # a mock prize or feat in understanding or knowing least or nothing
    ("Hjertelig tillykke til Sofie Holm med guldmedaljen for at begribe så lidt som muligt "
     "af min sag.", "a", True),
    ("Jobcentret fortjener en pokal for ikke at vide en skid om sygdom.", "a", True),
    ("Hun fik prisen for at forstå børn med særlige behov bedre end nogen anden.", "a", False),
    ("Prisen for at læse flest bøger gik til min datter.", "a", False),
    ("Han vandt medaljen for at forstå mindst tre fremmedsprog.", "a", False),
    # ignorance praised as a feat that takes talent
    ("Per Storm lader, som om paragrafferne ikke findes, og er så ignorant hver dag. Sådan "
     "noget kræver evner.", "a", True),
    ("At være så inkompetente hele vejen igennem – sådan noget kræver talent.", "a", True),
    ("At holde sig så rolig under pres – det kræver talent.", "a", False),
    ("Jeg var så dum at stole på dem. Det kræver talent at narre mig.", "a", False),
    # shown that a post can be had with neither heart nor brain
    ("Jakob Bøgh har lært os, at man kan beholde sit job uden at eje hverken rygrad eller "
     "samvittighed.", "a", True),
    ("Hun har lært os alle, at man kan være chef uden hverken hjerte eller hjerne.", "a", True),
    ("Min mor viste mig, at man kan få en uddannelse uden at have hverken penge eller "
     "forbindelser.", "a", False),
    ("Min morfar viste mig, at man kan få et godt job uden at have hverken studentereksamen "
     "eller kørekort.", "a", False),
    # as much a professional as a pet is an expert
    ("Anne-Mette Lund er lige så meget leder, som min undulat er pilot.", "a", True),
    ("Sagsbehandleren er præcis lige så meget jurist, som vores hamster er dommer.", "b", True),
    ("Min søster er lige så meget advokat, som min bror er dommer.", "a", False),
    ("Katten er lige så meget en del af familien, som hunden er.", "a", False),
    # a mind or a heart equal to an office machine
    ("Rasmus Kjærsgaard har samme dømmekraft som den gamle fax på gangen.", "a", True),
    ("Han har samme empati som en makuleringsmaskine.", "b", True),
    ("Den nye printer har samme intelligens som den gamle kopimaskine.", "a", False),
    ("Hun har samme empati som sin mor.", "a", False),
    ("Min hund har omtrent samme forstand som den kaffeautomat på gangen.", "a", False),
    # a small child or a pet that knows more than a whole office
    ("Mit barnebarn på seks har mere styr på reglerne end hele din afdeling.", "b", True),
    ("Vores hamster har mere forstand på jura end jeres teamleder.", "c", True),
    ("Min nevø har mere styr på computere end mig.", "a", False),
    ("Mit barnebarn har mere forstand på telefoner end hele min familie tilsammen.", "a", False),
    # a vice as a paid benefit the person would get in full
    ("Hvis uvidenhed gav tillæg, ville Torben Bak få den højeste sats.", "b", True),
    ("Hvis dovenskab blev udbetalt, var hele teamet millionærer.", "a", True),
    ("Hvis flid var en ydelse, ville hun få fuld sats.", "a", False),
    ("Hvis dumhed var en ydelse, ville jeg være rig efter den beslutning.", "a", False),
    # a grown adult who plays at a profession
    ("Mohammad Nasser er et voksent menneske, som leger psykolog med vores liv.", "a", True),
    ("Det er voksne mennesker, som leger chefer fra morgen til aften.", "a", True),
    ("Det var hyggeligt at se voksne mænd, der leger med børnene i parken.", "a", False),
    ("Til festen var der voksne mennesker, der legede politi og røvere med ungerne.", "a",
     False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R259_INSULT)
def test_round_259_insult_r259_insult(text: str, register: str, insult: bool) -> None:
    result = triage(text, register)
    assert ("insult" in result.labels) is insult, sorted(result.labels)
    if insult and "staff_named" in result.labels:
        assert "exposure" in result.labels  # the named staff member is mocked by name
    if not insult:
        assert "exposure" not in result.labels


# round 263 insultA
R263_INSULT_A = [
    # an animal or a thing shown to have more understanding than the person ("vise")
    ("Selv vores undulat udviste mere empati end Per Storm på mødet.", "a", True),
    ("Min kat har vist mere forståelse end min rådgiver.", "b", True),
    ("Min hund viste mere glæde end katten, da vi kom hjem.", "a", False),
    ("Hunden udviste mere forståelse end jeg havde troet muligt.", "a", False),
    # more warmth or sense got out of a machine or an animal than out of the person
    ("Man får mere empati ud af en billetautomat end ud af Torben Bak.", "b", True),
    ("Jeg har fundet mere forstand hos en undulat end hos rådgiverne i Fleksjob.", "a", True),
    ("Jeg fik mere hjælp ud af en app end fra min sagsbehandler.", "a", False),
    ("Jeg har mødt mere forståelse hos min hund end hos min egen familie.", "a", False),
    ("Jeg har mødt mere forståelse hos en psykolog end hos sagsbehandleren.", "a", False),
    # as clever as a dull thing or an old shoe, the thing owned or not
    ("Sofie Holm er omtrent så kvik som min gamle gummistøvle.", "a", True),
    ("Han er lige så begavet som et viskelæder.", "b", True),
    ("Min søn er lige så klog som sin far.", "a", False),
    ("Den nye telefon er lige så klog som en computer.", "a", False),
    # a staff said to share as few brain cells as a bag of nuts or a dull thing
    ("De ansatte har tilsammen færre hjerneceller end en pakke peanuts.", "a", True),
    ("Kim Frederiksen har lige så mange neuroner som en mursten.", "a", True),
    ("Et barn har næsten lige så mange hjerneceller som en voksen.", "a", False),
    ("En blæksprutte har flere neuroner end en hund.", "a", False),
    # a person without one human or decent gene in the body
    ("Torben Bak blev chef uden så meget som et anstændigt gen i livet.", "b", True),
    ("Hun har ikke et eneste menneskeligt gen i kroppen.", "a", True),
    ("Musene blev avlet uden et eneste gen for sygdommen.", "a", False),
    ("Der er ikke et ondt ben i hende.", "a", False),
    # mock praise of a person who reads a paper and grasps not one word of it
    ("Aldrig har jeg set en rådgiver, der kan læse en ansøgning i en time uden at fatte en "
     "eneste linje af den.", "a", True),
    ("Jakob Bøgh kan læse et helt notat uden at forstå et eneste ord. Sikke en unik "
     "bedrift.", "a", True),
    ("Min datter kan læse en hel side højt uden at forstå et eneste ord af den.", "a", False),
    ("Jeg kan læse brevet fra Skat uden at forstå et eneste ord af det.", "a", False),
    # a person taken to be made on a factory line
    ("Man skulle tro, han var bygget på en fabrik for gamle lommeregnere.", "a", True),
    ("Rasmus Kjærsgaard må være samlet på et samlebånd.", "a", True),
    ("Min nye bil blev samlet på en fabrik i Tyskland.", "a", False),
    ("Hun var ansat på en fabrik i tyve år, før hun blev syg.", "a", False),
    ("Skoene er billige, man skulle tro, de var lavet på en fabrik i Kina.", "a", False),
    # a grown person who may learn the simplest skill before they retire
    ("Fortsætter hun sådan, lærer hun måske at stave til kat inden pensionen.", "a", True),
    ("Giver vi ham tid, kan han sikkert regne to og to sammen inden pensionen.", "b", True),
    ("Min søn kan måske læse inden jul, siger hans lærer.", "a", False),
    ("Jeg kan måske tælle til hundrede på spansk inden pensionen.", "a", False),
    ("Når jeg måske kan læse avisen uden briller inden pensionen, bliver jeg glad.", "a",
     False),
    ("Kan hun måske læse brevet, inden hun går hjem i dag?", "a", False),
    # a talk with the person likened to a wall, turned by the difference pointed out
    ("Et møde med Henriette Dalgaard er som at tale til en mur. Forskellen er, at muren "
     "ikke giver dig sanktioner.", "b", True),
    ("Har du haft en samtale med ham? Så ved du, hvordan det er at snakke med en væg. Bare "
     "at væggen ikke afbryder dig.", "a", True),
    ("Jeg ringede til kommunen, det var som at tale med en væg.", "a", False),
    ("Et møde med hende er som at tale til en væg. Forskellen er nok, at jeg var træt.", "a",
     False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R263_INSULT_A)
def test_round_263_insult_a(text: str, register: str, insult: bool) -> None:
    result = triage(text, register)
    assert ("insult" in result.labels) is insult, sorted(result.labels)
    if insult and "staff_named" in result.labels:
        assert "exposure" in result.labels  # the named staff member is mocked by name
    if not insult:
        assert "exposure" not in result.labels


# round 263 insultB
R263B_INSULT = [
    # an ambiguous epithet as the one the office hired (the writer's own hire is a clown)
    ("Sikke en klovn jobcentret har ansat som leder.", "a", True),
    ("Hvilken rotte har I dog ansat i skranken?", "b", True),
    ("I har ansat et klamt svin til at styre min sag.", "a", True),
    ("Vi har hyret en klovn til børnefødselsdagen.", "a", False),
    ("Hvad er det for en gris, I har i stalden?", "a", False),
    ("Det var en klovn, de havde hyret til festen.", "a", False),
    # dumb said of people, then a new clause on them after a comma
    ("De er allesammen dumme, de kan ikke tælle til tre.", "a", True),
    ("Du er simpelthen dum, du fatter ingenting.", "b", True),
    ("Reglerne er dumme, de gør ingen glade.", "a", False),
    ("Jeg er dum, jeg ved det godt.", "a", False),
    ("Per Storm er bestemt ikke dum, han er bare presset.", "a", False),
    # cold, greedy or arrogant in the neuter coordinated with a vile word before a person
    ("Han er et iskoldt og grådigt individ.", "a", True),
    ("Torben Bak er et hovent og nedrigt væsen.", "b", True),
    ("Det er et koldt og vådt efterår i år.", "a", False),
    ("Jeg er et koldt og ondt menneske, siger min mor.", "a", False),
    # an entry demand for a defect: a test in being unable, a brain injury to get the post
    ("Der er nok en optagelsesprøve i ikke at kunne stave, før de hyrer en konsulent.", "a",
     True),
    ("De må kræve en hjerneskade, før man kan blive chef i den afdeling.", "b", True),
    ("For at blive ansat som sagsbehandler kræves vist en eksamen i ligegyldighed.", "a", True),
    ("Alle skal bestå en prøve i dansk, før de bliver ansat i kommunen.", "a", False),
    ("Skal man have en hjerneskade for at blive ansat i et fleksjob?", "a", False),
    ("Jeg skal åbenbart have en hjerneskade for at få job hos jer.", "a", False),
    # slept through the schooling the post rests on
    ("Han har vist sovet sig igennem hele jurastudiet.", "a", True),
    ("Per Storm har en eksamen. Han sov sig bare igennem det meste af den.", "a", True),
    ("Hun har sovet sig igennem hele natten.", "a", False),
    ("Min datter sov sig igennem første år af uddannelsen.", "a", False),
    ("Han har sovet sig igennem uddannelsen på grund af sin depression.", "b", False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R263B_INSULT)
def test_round_263_insult_r263_insult_b(text: str, register: str, insult: bool) -> None:
    result = triage(text, register)
    assert ("insult" in result.labels) is insult, sorted(result.labels)
    if insult and "staff_named" in result.labels:
        assert "exposure" in result.labels  # the named staff member is mocked by name
    if not insult:
        assert "exposure" not in result.labels


# probe round 263: an insult one sentence before or after the name still exposes the person
@pytest.mark.parametrize(
    "text",
    [
        "Sikke en rotte I har hyret. Torben Bak lyver om alt.",
        "Sofie Holm har en kandidatgrad. Hun må have sovet sig igennem det meste af den.",
    ],
)
def test_round_263_named_after_insult_is_exposed_r263_insult_b(text: str) -> None:
    register = "b" if "Torben" in text else "a"
    assert {"insult", "exposure", "staff_named"} <= triage(text, register).labels


# stop 40: "dum" denied defends the person (round 263's insultB helper found it); "ikke bare
# dum" and "ikke så dum, som hun ser ud" still mock
STOP40_INSULTS = [
    ("Han er ikke dum.", False),
    ("Du er altså slet ikke dum, du mangler bare den rette hjælp.", False),
    ("Min rådgiver er bestemt ikke dum!", False),
    ("Hun er ikke bare dum, hun er også ond.", True),
    ("Han er ikke så dum, som han ser ud.", True),
    ("Du er dum.", True),
    # an entertainer hired for a party or a show is a clown, whoever hired him; hired to run
    # the office's work he is an insult
    ("Kommunen har hyret en klovn til sommerfesten i parken.", False),
    ("Lederen hyrede en klovn til børnenes store julearrangement.", False),
    ("Kommunen har hyret en klovn til at styre kontanthjælpen.", True),
    ("Sikke en klovn, I har ansat i receptionen.", True),
    # an animal that lives without a brain is a fact of nature; a person likened to a
    # brainless hen, or told to live without a brain, is insulted
    ("Vandmænd lever helt uden hjerne, lærte min søn i dag.", False),
    ("Søstjerner klarer sig fint uden hjerne.", False),
    ("Per Storm er som en høne uden hjerne.", True),
    ("Du lever uden hjerne, Per Storm.", True),
]


@pytest.mark.parametrize(("text", "insult"), STOP40_INSULTS)
def test_stop40_false_insults_and_their_insults(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


# round 267 insultA
# probe round 267: mock praise, sarcasm and comparisons that put a person below a thing, a
# lowly place or a cold category; the named person so mocked is exposed too. Each idea has
# its positives (True) and near misses (False): the writer's own failings, a virtue, a real
# course, an institution, a show's vegetable class.
R267A_INSULT = [
    # a loss or a blunder praised as a talent (contempt.r267_lost_it_takes_talent)
    (
        "Per Storm har klaret at glemme min ansøgning to gange i træk, det kræver sgu "
        "talent.",
        "a",
        True,
    ),
    ("Hun har mistet mine kvitteringer igen. Sådan noget kræver virkelig talent.", "a", True),
    ("Jeg har formået at miste mine nøgler tre gange i år – det kræver altså talent.", "a", False),
    ("Hun har formået at tabe ti kilo på et halvt år – det kræver altså talent.", "a", False),
    ("Han har mistet sin mor i år, det kræver styrke at komme videre.", "a", False),
    # more sense in a lowly place than in the person (contempt.r267_more_sense_in_a_lowly_place)
    ("Der er mere dømmekraft i et kommentarfelt på Facebook end hos Sofie Holm.", "a", True),
    ("Man finder mere forstand i en lykkekage end hos min sagsbehandler.", "a", True),
    ("Jeg har mødt mere forståelse hos min læge end hos min sagsbehandler.", "a", False),
    ("Der var mere empati i patientforeningens facebookgruppe end hos jobcentret.", "a", False),
    # a talk likened to a machine, then put below it (contempt.r267_like_a_thing_but_less)
    (
        "En samtale med Kim Frederiksen er som at ringe til en automat, blot med færre "
        "hjerneceller.",
        "a",
        True,
    ),
    (
        "Et møde med min rådgiver er som at tale til en mursten. Bare med mindre "
        "forstand.",
        "a",
        True,
    ),
    ("Appen er som en telefonsvarer, bare med mindre besvær.", "a", False),
    ("Den nye selvbetjening er som en telefonsvarer, bare med mindre forstand.", "a", False),
    # paid to be stupid (contempt.r267_paid_to_be_stupid)
    ("Det må være rart at blive betalt for at være så uduelig, som hun er.", "a", True),
    ("Tænk at få løn for at være så ubrugelig som jer på kontoret.", "a", True),
    ("Det må være dejligt at få løn for at være så tålmodig, som I er.", "a", False),
    ("Jeg får løn for at være så fleksibel, som min chef ønsker.", "a", False),
    # a mock prize for saying nothing that makes sense (contempt.r267_prize_for_saying_nothing)
    (
        "Han burde have en medalje. Ingen kan holde en hel samtale uden at sige noget, "
        "der giver mening.",
        "a",
        True,
    ),
    (
        "Sofie Holm fortjener en pris for at sidde et helt møde igennem uden at sige "
        "noget fornuftigt.",
        "a",
        True,
    ),
    ("Hun burde få en pris. Hun holdt et helt møde uden at sige et grimt ord.", "a", False),
    (
        "Min søn fortjener en medalje. Han sad hele gudstjenesten uden at sige noget, "
        "der ikke gav mening.",
        "a",
        False,
    ),
    # mock praise for reinventing the obvious (contempt.r267_reinvented_the_obvious)
    ("Tillykke til Per Storm for at have opfundet hjulet igen.", "a", True),
    ("Bravo til min sagsbehandler for at have genopfundet den dybe tallerken.", "a", True),
    ("Fem stjerner til kommunen for at have genopfundet den dybe tallerken.", "a", False),
    ("Tillykke til Per Storm for at have opfundet en ny måde at søge job på.", "a", False),
    # a degree guessed to come by post or from a magazine (contempt.r267_degree_by_post)
    ("Man skulle tro, han havde sin juraeksamen fra et dameblad.", "a", True),
    ("Man kunne tro, Sofie Holm havde taget sin uddannelse som brevkursus.", "a", True),
    ("Min kollega tog sin uddannelse som brevkursus fra Aarhus.", "a", False),
    ("Man skulle tro, hun havde taget sin uddannelse i udlandet.", "a", False),
    # a mock prize in a cold category (contempt.r267_prize_in_a_cold_category)
    ("Torben Bak blev kåret som årets mest hjertevarme chef i kategorien køleskab.", "b", True),
    (
        "Tillykke til Henriette Dalgaard med prisen for bedste rådgiver i kategorien "
        "snemand.",
        "b",
        True,
    ),
    ("Henriette Dalgaard vandt prisen i kategorien årets rådgiver.", "b", False),
    ("Min nabo vandt guld i kategorien kartoffel ved høstfesten.", "b", False),
    # one must search long for a person so lacking (contempt.r267_search_long_for_one_without)
    ("Man skal lede længe efter en chef, der er så fuldstændig uden samvittighed.", "b", True),
    (
        "Man skal lede længe efter en kvinde så komplet uden empati som Henriette "
        "Dalgaard.",
        "b",
        True,
    ),
    ("Man skal lede længe efter et menneske så uden fordomme.", "b", False),
    ("Man skal lede længe efter en sagsbehandler så fuld af empati.", "b", False),
    # slowness praised as a talent (contempt.mock_praise)
    ("Det kræver et helt særligt talent at være så sløv og så ubrugelig.", "b", True),
    ("Det kræver talent at være så langsom.", "b", True),
    ("Det kræver tålmodighed at være så langsom i sin genoptræning.", "b", False),
    ("Jeg er så langsom og uduelig, det kræver talent.", "b", False),
    # a pet that knows more than "den dame" (contempt.brain)
    ("Selv vores undulat fatter mere af jura end den dame.", "b", True),
    ("Torben Bak er ikke til at tale med. Min kat forstår mere af regler end den mand.", "b", True),
    ("Min hund forstår mere end mange mennesker.", "b", False),
    ("Min hund forstår mere af kommandoer end den hvalp, vi havde før.", "b", False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R267A_INSULT)
def test_round_267_insult_r267_insult_a(text: str, register: str, insult: bool) -> None:
    result = triage(text, register)
    assert ("insult" in result.labels) is insult, sorted(result.labels)
    if insult and "staff_named" in result.labels:
        assert "exposure" in result.labels  # the named staff member is mocked by name
    if not insult:
        assert "exposure" not in result.labels


# round 267 insultB
R267B_INSULT = [
    # a first predicate joined by "og" before the epithet's article
    ("Torben Bak er doven og en gammel ko.", "b", True),
    ("Per Storm er nedladende og et svin over for alle.", "a", True),
    ("Han er landmand og har et svin i stalden.", "a", False),
    ("Det er koldt, og et svin kan fryse ihjel.", "a", False),
    # the writer's opinion hedged between the copula and the epithet
    ("Hun er efter min mening en idiot.", "a", True),
    ("Jakob Bøgh er i mine øjne et svin.", "a", True),
    ("Efter min mening er jeg en idiot, fordi jeg stolede på jer.", "a", False),
    ("Jeg er i mine øjne en klovn, når jeg prøver at forstå reglerne.", "a", False),
    # a count for the article before a degrading word and a machine
    ("Kim Frederiksen og Per Storm er to hjerneløse maskiner.", "a", True),
    ("De er tre følelseskolde robotter.", "b", True),
    ("De er to robotter på lageret.", "a", False),
    ("Det er to dumme fejl i brevet.", "a", False),
    # not even able to count, with the staff member's place between
    ("Sofie Holm fra Jobafklaring kan jo ikke engang tælle til 40.", "a", True),
    ("Sagsbehandleren på kontoret kan ikke engang stave til bolig.", "b", True),
    ("Min nevø fra Odense kan ikke engang tælle til 40 endnu.", "a", False),
    ("Per Storm fra Uddannelseshjælp har hjulpet min søn, der ikke engang kan tælle til ti.",
     "a", False),
    # a simple mind in formal words
    ("Torben Bak er et ualmindeligt uintelligent menneske.", "b", True),
    ("Hun er efter min vurdering en ubegavet kvinde.", "a", True),
    ("Det er en uintelligent løsning på et simpelt problem.", "a", False),
    ("Hun er ikke et dumt menneske.", "a", False),
    # a person to be ashamed of, or of kinship with
    ("Per Storm er den type mand, man skammer sig over at kende.", "a", True),
    ("Jeg ville skamme mig over at være i familie med ham.", "a", True),
    ("Det er den slags fejl, man skammer sig over bagefter.", "a", False),
    ("Jeg skammer mig over at være på kontanthjælp.", "a", False),
    ("Hun er den slags menneske, man aldrig ville skamme sig over.", "a", False),
    # "jer" and the epithet after a preposition, closing the clause
    ("Jeg er færdig med jer klovne.", "a", True),
    ("Jeg gider ikke tale mere med jer svin!", "b", True),
    ("Jeg kan sælge jer svin til slagtning.", "a", False),
    ("Vi har syet kostumer til jer klovne og jonglører i cirkusset.", "a", False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R267B_INSULT)
def test_round_267_plain_insults_r267_insult_b(text: str, register: str, insult: bool) -> None:
    assert ("insult" in triage(text, register).labels) is insult


# round 271 insultA
# probe round 271: mock praise and sarcasm (a genius, a talent, a medal, a proof, a school)
# that says the person is dim or cruel; the named person so mocked is exposed too. Each idea
# has its positives (True) and near misses (False): real praise, the writer's own failings,
# a sport, a pet, a real course.
R271A_INSULT = [
    # so sharp that one believes something absurd (contempt.r271_so_sharp_that_believes)
    ("Per Storm er så kvik, at han tror, at en lægeattest er en rabatkupon.", "a", True),
    ("Hun er så skarp, at hun troede, at fleksjob betyder fri hver fredag.", "a", True),
    ("Sofie Holm er så skarp, at hun straks så fejlen i min sag.", "a", False),
    ("Min datter er så klog, at hun tror på sig selv.", "a", False),
    ("Jeg er så klog, at jeg troede, jeg kunne klare det selv.", "a", False),
    # a mock genius after an absurd claim (contempt.r271_genius_after_absurd_claim)
    (
        "Sofie Holm mener, at en mand med to nye hofter udmærket kan stå ved et "
        "samlebånd. Hvilket geni.",
        "a",
        True,
    ),
    ("Han vurderede, at min gigt i virkeligheden skyldes dovenskab. Sikke et geni.", "a", True),
    ("Han fandt ud af, at fejlen lå i routeren. Sikke et geni!", "a", False),
    ("Jeg troede, at jeg sagtens kunne klare det alene. Sikke et geni.", "a", False),
    # a true genius, slow at the simplest task (contempt.r271_genius_slow_at_trivial)
    (
        "Han er en voksen mand, der bruger et kvarter på at åbne sin egen mail. Han er et "
        "ægte geni.",
        "a",
        True,
    ),
    ("Per Storm brugte tyve minutter på at finde knappen til printeren. Han er et sandt geni.",
     "a", True),
    ("Hun brugte ti minutter på at finde en løsning på min sag. Hun er et sandt geni.", "a",
     False),
    ("Min far er en voksen mand, der bruger en time på at tage sokker på efter sin blodprop.",
     "a", False),
    # a talent for losing papers (contempt.r271_talent_to_lose_papers)
    ("Det kræver jo evner at forlægge den samme blanket to gange.", "a", True),
    (
        "Torben Bak har igen tabt min ansøgning. Det kræver altså talent at miste den samme "
        "ansøgning tre gange.",
        "b",
        True,
    ),
    ("Det kræver talent at tabe med værdighed.", "a", False),
    ("Jeg har mistet mine kvitteringer igen, det kræver talent at tabe papirer så tit.", "a",
     False),
    # fit only to look after a plant (contempt.r271_fit_for_a_plant)
    ("Giv ham noget mindre ansvarsfuldt at tage sig af. En kaktus, måske.", "a", True),
    ("Sofie Holm burde have en opgave, der er knap så krævende, som at passe en hamster.",
     "a", True),
    ("Hun fik noget mindre krævende at lave efter operationen.", "a", False),
    ("Hun ønsker sig noget mindre krævende end en hund. En hamster, måske.", "a", False),
    # proven that a post can be held without a clue (contempt.r271_proven_one_can_lead_clueless)
    (
        "Hun har vist, at man sagtens kan være afdelingsleder uden den mindste anelse om, "
        "hvad afdelingen laver.",
        "a",
        True,
    ),
    ("Jakob Bøgh har bevist, at man kan blive teamleder uden at bruge en eneste hjernecelle.",
     "a", True),
    ("Hun har vist, at man godt kan blive leder uden at have en lang uddannelse.", "a", False),
    ("Han har bevist, at man kan lære at svømme uden den mindste anelse om teknik.", "a",
     False),
    # without bringing a brain cell (contempt.brain)
    ("Hun mødte op til mødet uden at medbringe en eneste hjernecelle.", "a", True),
    ("Han kom til samtalen uden at medbringe en eneste hjernecelle i hovedet.", "a", True),
    ("Han kom til mødet uden at medbringe et eneste papir.", "a", False),
    ("Jeg mødte op uden at medbringe en eneste kuglepen.", "a", False),
    # a mock award in a vice (contempt.r271_award_in_a_vice)
    ("Han burde have guld i ligegyldighed.", "a", True),
    ("Henriette Dalgaard fortjener en pokal i arrogance.", "b", True),
    ("Hun fortjener en medalje i svømning.", "b", False),
    ("Han fik en pris for sit arbejde mod ondskab.", "a", False),
    # so much brain, and none can read (contempt.r271_so_much_brain_yet_cannot)
    ("Al den intelligens i én afdeling, og stadig kan ingen af jer stave til tilbagebetaling.",
     "a", True),
    ("Så megen ekspertise i ét hus, og alligevel kunne ingen læse min ansøgning.", "a", True),
    ("Så meget talent på holdet, og alligevel tabte de finalen.", "a", False),
    ("Så meget forstand, og alligevel kunne de ikke vinde kampen.", "a", False),
    # missed it when brains were given out (contempt.r271_missed_when_brains_given_out)
    ("Da de delte forstand ud, stod hun nok i den forkerte kø.", "a", True),
    ("Der var hjerner på udsalg i går, men Per Storm kom for sent.", "a", True),
    ("Der var gratis kaffe på tilbud, og han kom for sent.", "a", False),
    ("Da de delte madpakker ud, kom hun for sent.", "a", False),
    # years of schooling, empty after (contempt.r271_schooled_yet_empty)
    ("Fem år på universitetet, og hun kom ud lige så tom igen.", "a", True),
    ("Han sad tre år på skolebænken og kom helt tom ud.", "a", True),
    ("Han sad mange år på skolebænken og kom ud med en flot eksamen.", "a", False),
    ("Efter skolen gik jeg i butikken og kom tom ud.", "a", False),
    ("Hun hentede sin søn i skolen og kom tom ud af butikken bagefter.", "a", False),
    # a degree off the back of a carton (contempt.r271_degree_off_a_carton)
    ("Han har vist taget sin juragrad på bagsiden af en havregrynspakke.", "a", True),
    ("Sofie Holm har åbenbart sin uddannelse fra bagsiden af en cornflakespakke.", "a", True),
    ("Jeg læste opskriften på bagsiden af en mælkekarton.", "a", False),
    ("Min eksamen handlede om teksten på bagsiden af en mælkekarton.", "a", False),
    # hired from a school for failures (contempt.r271_hired_from_a_school_of_failures)
    (
        "Man kunne tro, kommunen henter sine folk fra en klasse for dem, der aldrig lærte "
        "at stave.",
        "a",
        True,
    ),
    ("Det er som om jobcentret ansætter fra en skole for folk, der ikke kan læse.", "a", True),
    (
        "Virksomheden rekrutterer fra en skole for unge, der dumpede afgangsprøven, og giver "
        "dem en ny chance.",
        "a",
        False,
    ),
    ("Man kunne tro, kommunen hentede sine folk fra de bedste skoler i landet.", "a", False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R271A_INSULT)
def test_round_271_mock_praise_r271_insult_a(text: str, register: str, insult: bool) -> None:
    result = triage(text, register)
    assert ("insult" in result.labels) is insult, sorted(result.labels)
    if insult and "staff_named" in result.labels:
        assert "exposure" in result.labels  # the named staff member is mocked by name
    if not insult:
        assert "exposure" not in result.labels


# round 271 insultB
# a title's plural in "-er" names people; a definite person or a team told apart by where
# they sit; riff-raff without its pair; a vocative degrading adjective before any noun; a
# vulgar first part on an animal; overview and humanity likened to a cold thing; a child that
# grasps more; staff hired for failing the simplest things; a dull thing in a post's chair
R271B_INSULT = [
    ("Konsulenterne i Fleksjob er fuldstændig uduelige.", "a", True),
    ("Koordinatorerne i Fleksjob er nogle værdiløse nisser.", "b", True),
    ("Konsulenterne på tredje sal er fuldstændig overbebyrdede.", "a", False),
    ("Reglerne i Fleksjob er ubrugelige.", "a", False),
    ("Kvinden i omstillingen er en kold slange.", "a", True),
    ("Fyren bag skranken er en gammel slange.", "b", True),
    ("Kvinden i omstillingen er en heks til at finde papirer frem.", "a", False),
    ("Manden på gården er en landmand med mange køer.", "a", False),
    ("Ledelsen oppe på tredje sal er nogle aber.", "a", True),
    ("Afdelingen på første sal er nogle køer.", "b", True),
    ("Ledelsen på det kontor er noget lort.", "a", False),
    ("Ledelsen i kommunen er nogle travle folk.", "a", False),
    ("De er bare noget revl alle sammen.", "a", True),
    ("Folkene derinde er noget revl.", "b", True),
    ("Haven er noget revl.", "a", False),
    ("Der vokser noget revl langs grøften.", "a", False),
    ("Per Storm din klamme pølse, svar nu på min mail!", "a", True),
    ("Dit dumme fjæs!", "b", True),
    ("Jeg fandt din dumme nøgle i gangen.", "a", False),
    ("Din dumme printer virker ikke igen.", "a", False),
    ("Hun lagde bare røret på, det klamme lortesvin.", "a", True),
    ("Han sendte afslaget igen, den dumme møgrotte.", "b", True),
    ("Pis og lort, nu er bussen kørt.", "a", False),
    ("Det er noget møg.", "a", False),
    ("Teamlederen har omtrent det overblik som en mursten.", "a", True),
    ("Din rådgiver har nogenlunde den medmenneskelighed som en kummefryser.", "b", True),
    ("Hun udviser lige så megen anstændighed som et inkassobrev.", "a", True),
    ("Han har et overblik som en ørn.", "a", False),
    ("Vi har brug for menneskelighed som en grundværdi.", "a", False),
    ("Køleskabet holder kulden næsten ligesom en fryser.", "a", False),
    ("Vores undulat ved bedre end hende, hvad der står i loven.", "a", True),
    ("En pige i 2. klasse ved bedre end dem, hvordan man skriver et brev.", "b", True),
    ("Min hund forstår mig bedre end dem.", "a", False),
    ("Min datter forstår dansk bedre end mig.", "a", False),
    ("I rekrutterer sikkert nogen, som strøg til dansk i 9. klasse.", "a", True),
    ("Kommunen hyrer vist medarbejdere, der dumpede i folkeskolen.", "b", True),
    ("Jeg dumpede i dansk, men bestod matematik.", "a", False),
    ("Kommunen ansætter folk, der har bestået eksamen i dansk.", "a", False),
    ("Sæt en kaktus i lederstolen, så bliver beslutningerne klogere.", "a", True),
    ("Stillede man en brødrister bag rådgiverstolen, fik borgerne mere omsorg.", "b", True),
    ("Sæt en potteplante på skrivebordet, så bliver kontoret hyggeligere.", "a", False),
    ("Vi satte en kaktus i vindueskarmen, så blev stuen hyggeligere.", "a", False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R271B_INSULT)
def test_round_271_plain_and_likened_insults_r271_insult_b(
    text: str, register: str, insult: bool
) -> None:
    assert ("insult" in triage(text, register).labels) is insult


# a named staff member called by a vocative adjective is insulted, exposed and sworn at
R271B_NAMED = [
    ("Sofie Holm din usle pølse, det her glemmer jeg aldrig.", "a", True),
    ("Torben Bak, dit klamme fjæs!", "b", True),
    ("Sofie Holm har fundet din dumme nøgle.", "a", False),
    ("Torben Bak, din bil holder i vejen.", "b", False),
]


@pytest.mark.parametrize(("text", "register", "named_insult"), R271B_NAMED)
def test_round_271_named_vocative_exposed_r271_insult_b(
    text: str, register: str, named_insult: bool
) -> None:
    labels = triage(text, register).labels
    assert {"insult", "exposure", "offensive"} <= labels if named_insult else (
        "insult" not in labels and "exposure" not in labels
    )


# round 279 insultA
# mock praise, prizes and thanks that mean contempt (probe round 279): each idea with texts
# that must get insult and near misses (sincere thanks, a real prize, a joke) that must not
R279A_INSULT = [
    # ironic thanks for learning that one can be inept and smug at once
    ("Tak til kontoret for at vise os, at man sagtens kan være både tankeløs og hoven.", "a", True),
    ("Tusind tak til ledelsen for at lære mig, at man godt kan være både "
     "doven og nedladende.", "b", True),
    ("Tak til kontoret for at vise os, at man godt kan være både ærlig og venlig.", "a", False),
    ("Tak for at lære mig, at jeg kan være både doven og sur en søndag.", "b", False),
    # the pay of a post that needs no brain
    ("Man behøver tydeligvis ikke en hjerne for at få en offentlig løn derinde.", "a", True),
    ("Kommunen viser, at man ikke behøver forstand for at få en fed gage.", "b", True),
    ("Man behøver ikke en uddannelse for at få en god løn som håndværker.", "a", False),
    ("Man behøver ikke et CV for at få løn i sommerjobbet.", "b", False),
    # staff with no brain activity
    ("Afdelingen er fuld af rådgivere uden nogen hjerneaktivitet.", "a", True),
    ("De ansatte sidder der helt uden hjerneaktivitet hele dagen.", "b", True),
    ("Patienten lå i respirator uden hjerneaktivitet, sagde lægen.", "a", False),
    ("Manden var efter ulykken uden hjerneaktivitet i tre dage.", "b", False),
    # a talent for nothing
    ("Hun slettede min ansøgning igen. Hvilket geni for intet.", "a", True),
    ("Sikke et sandt talent for ingenting, ham teamlederen.", "b", True),
    ("Hun har et talent for at få ingenting til at ligne en fest.", "a", False),
    ("Sikke et talent for musik hun har.", "b", False),
    # a mock award for the ruin of a workplace, or that ruin crowned "et sandt geni"
    ("Hun fortjener et diplom. Ingen har formået at gøre et helt team så "
     "demotiveret og rodet.", "a", True),
    ("Han har klaret at gøre hele kontoret så utrygt på et år. Sikke et geni.", "b", True),
    ("Hun fortjener et diplom. Ingen har formået at gøre et helt team så "
     "trygt og effektivt.", "a", False),
    ("Han har klaret at gøre hele kontoret så hyggeligt på et år. Sikke et geni.", "b", False),
    # a head for the museum, to show how little it takes
    ("Den hjerne skulle udstilles i en montre, så alle kan se, hvor lidt der kræves.", "a", True),
    ("Hans hoved bør stå på museet, så børn kan se hvor lidt der skal til.", "b", True),
    ("Den gamle skrivemaskine burde stå på museum, så børn kan se, hvor "
     "lidt der skulle til.", "a", False),
    ("Hans hoved bør males på museets væg, så man kan se, hvor meget han betød.", "b", False),
    # an adult praised like a child for spelling a word
    ("Se, han har lært at stave til 'bevilling'. Det er da en begyndelse.", "a", True),
    ("Hun har endelig lært at læse et brev, så nu klapper vi. Vi klapper ad hende.", "b", True),
    ("Min søn har lært at stave til 'elefant'. Det er da en begyndelse.", "a", False),
    ("Hun har lært at stave til 'tirsdag' på sprogskolen. Det er da en start.", "b", False),
    # it takes talent to be so dim and still hold the post
    ("Det kræver evner at være så tomhjernet og alligevel sidde som leder.", "a", True),
    ("Det kræver talent at være så uduelig og stadig blive teamleder.", "b", True),
    ("Det kræver talent at være så rolig og alligevel blive chef.", "a", False),
    ("Det kræver talent at være så langsom og alligevel vinde løbet.", "b", False),
    # an imagined championship in failing
    ("Hvis der var et VM i at misforstå alt, tog hun guldet hvert år.", "a", True),
    ("Hvis man holdt et mesterskab i uduelighed, ville han vinde prisen.", "b", True),
    ("Hvis der var et DM i at lytte, ville hun vinde guld hvert år.", "a", False),
    ("Hvis der var et VM i håndbold i byen, ville vi vinde guld.", "b", False),
    # the most of a good trait per gram of brain
    ("Hun får prisen for flest følelser pr. gram hjerne.", "a", True),
    ("Han har nok størst omsorg per kubikcentimeter hjerne i hele kommunen.", "b", True),
    ("Forskerne talte neuroner per kubikmillimeter hjernevæv.", "a", False),
    ("Hun har mest empati af alle på kontoret.", "b", False),
    # mock praise beside "uden at kunne" a basic skill
    ("Hun sidder med sygedagpenge uden at kunne læse et lægebrev. Sikke et talent.", "a", True),
    ("Hvilken ekspert. Han styrer budgettet uden at kunne regne.", "b", True),
    ("Min datter klarede prøven uden at kunne læse. Sikke et talent.", "a", False),
    ("Han tog kørekortet uden at kunne læse, for han er ordblind. Sikke et talent.", "b", False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R279A_INSULT)
def test_round_279_mock_praise_and_awards_r279_insult_a(
    text: str, register: str, insult: bool
) -> None:
    assert ("insult" in triage(text, register).labels) is insult


# a named staff member given a mock prize is insulted and exposed; a real prize is neither
R279A_NAMED = [
    ("Tillykke til Sofie Holm. Ingen har formået at gøre Fleksjob så rodet og kaotisk.", "a", True),
    ("Hvis der fandtes et VM i at fatte ingenting, ville Torben Bak vinde guldet.", "b", True),
    ("Tillykke til Sofie Holm. Ingen har formået at gøre Fleksjob så roligt "
     "og venligt.", "a", False),
    ("Torben Bak vandt guld ved DM i bordtennis i weekenden. Stort tillykke!", "b", False),
]


@pytest.mark.parametrize(("text", "register", "named_insult"), R279A_NAMED)
def test_round_279_named_mock_prize_exposed_r279_insult_a(
    text: str, register: str, named_insult: bool
) -> None:
    labels = triage(text, register).labels
    assert {"insult", "exposure", "staff_named"} <= labels if named_insult else (
        "insult" not in labels and "exposure" not in labels
    )


# round 279 criticism
R279_DISGRACE = [
    # an institution called a disgrace to the town is criticism of its conduct
    ("Ærligt talt er jobcenteret en skamplet for kommunen efter den sag.", False),
    ("Ledelsen var en skamplet for jobcentret, da den lukkede skranken uden varsel.", False),
    # a person so called stays an insult
    ("Du er en skændsel for kommunen.", True),
    ("Den sagsbehandler er en skamplet for faget.", True),
]


@pytest.mark.parametrize(("text", "insult"), R279_DISGRACE)
def test_r279_institution_called_a_disgrace_is_no_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text).labels) is insult


# round 279 insultB
# comparisons and plain degrading words: each idea with its positives and near misses
R279B_INSULT = [
    # a group said to share a few brain cells between them
    ("De har vist to hjerneceller til deling på hele ydelseskontoret.", "a", True),
    ("Jeg tror, lederne bruger fire hjerneceller om ugen tilsammen.", "b", True),
    ("Vi deler vist en hjernecelle i dag, min kæreste og jeg.", "a", False),
    ("Hjernen har milliarder af hjerneceller tilsammen.", "a", False),
    # insight and warmth likened to an old cart or a heavy vehicle
    ("Han styrer afdelingen med samme takt og omtanke som en damptromle.", "a", True),
    ("Sofie Holm har samme empati og forstand som en rusten trillebør.", "a", True),
    ("Lokalet har samme lys og varme som en kælder.", "a", False),
    ("Han kører lige så hurtigt som en traktor.", "b", False),
    # "nulrøv" in any frame, not of the writer
    ("Hvorfor skal sådan en nulrøv bestemme over mit liv?", "a", True),
    ("Den nulrøv i skranken gad ikke engang kigge op.", "b", True),
    ("Jeg har tit følt mig som en nulrøv.", "a", False),
    ("Jeg er sådan en nulrøv i dag, jeg glemte mødet.", "b", False),
    # "the (fat) tail" as a name for a person
    ("Der sidder den klamme svans fra ydelseskontoret igen.", "a", True),
    ("Du din fede svans, svar nu på min mail.", "b", True),
    ("Hunden logrede med den fede svans, da vi kom hjem.", "a", False),
    ("Katten har en lang svans.", "a", False),
    # trained up by a herd of animals
    ("Man kunne tro, Jakob Bøgh var uddannet af en hjord geder.", "a", True),
    ("Hun må være oplært af en flok høns på en bondegård.", "b", True),
    ("Lammet blev opdraget af en flok får på marken.", "a", False),
    ("Hun er oplært af en erfaren kollega i afdelingen.", "b", False),
    # never met a colder one
    ("Vi har aldrig truffet en mere kold og grådig leder.", "a", True),
    ("Jeg har aldrig mødt et mere arrogant og tomt menneske.", "b", True),
    ("Jeg har aldrig mødt et mere varmt og omsorgsfuldt menneske.", "a", False),
    ("Vi har aldrig oplevet en mere kold og våd vinter.", "a", False),
    # a vulgar first part on "hoved"
    ("I er nogle fissehoveder på det kontor.", "a", True),
    ("Den sagsbehandler er et røvhoved.", "b", True),
    ("Jeg har ondt i hovedet efter mødet.", "a", False),
    ("Han slog hovedet mod døren.", "a", False),
    # a dull thing with more of a human trait than a unit or the people who sit there
    ("En undulat har mere omtanke end hele ydelsesafdelingen.", "a", True),
    ("En brødrister har mere hjerte end folkene der arbejder der.", "b", True),
    ("Min nye telefon har bedre hukommelse end den gamle.", "a", False),
    ("En guldfisk har dårlig hukommelse, siger man.", "a", False),
    # more help got from a dull machine than from the person
    ("Jeg har fået bedre vejledning fra en billetautomat end fra min rådgiver.", "a", True),
    ("Vi fik mere hjælp af en brødrister end af jeres sagsbehandler.", "b", True),
    ("Jeg fik mere hjælp fra min nabo end fra min sagsbehandler.", "a", False),
    ("Jeg fik mere hjælp fra en automat end fra hjemmesiden.", "a", False),
    # the person as a place's "answer to" a daft animal
    ("Han er kommunens svar på en forvirret kalkun.", "a", True),
    ("Torben Bak er ledelsens svar på en kartoffel.", "b", True),
    ("Den nye chatbot er kommunens svar på en telefonsvarer.", "a", False),
    ("Hun er byens svar på en superhelt.", "b", False),
    # a person to be stuffed or set on a museum
    ("Lad os få hende udstoppet, så hun kan stå til skue.", "a", True),
    ("Stil ham på et museum for oldsager, han hører fortiden til.", "b", True),
    ("Min onkel fik sin gamle ræv udstoppet.", "a", False),
    ("Vi tog ham med på museet i weekenden.", "b", False),
    # a small child does the staff's task better
    ("Selv min lillebror på fem kan regne en sats ud bedre end jeres konsulenter.", "a", True),
    ("Mit barnebarn kan udfylde en blanket hurtigere end sagsbehandlerne.", "b", True),
    ("Min datter kan læse bedre end sin storebror.", "a", False),
    ("Min nevø kan regne bedre end mig.", "a", False),
    # the most ignorant, paired with rudeness or coldness
    ("Han er den mest arrogante og uvidende type, jeg kender.", "a", True),
    ("Det er den mest uvidende og uforskammede mand i huset.", "b", True),
    ("Jeg var helt uvidende om, at mødet var aflyst.", "a", False),
    ("Det er den mest uvidende del af rapporten, siger forfatteren selv.", "b", False),
    # a staff member mocked as fit for a slaughterhouse
    ("Jeres sagsbehandler ville være perfekt på et slagteri.", "a", True),
    ("Kim Frederiksen ville være glimrende på et svineslagteri.", "a", True),
    ("Min bror ville være god på et slagteri, han elsker at skære kød.", "a", False),
    ("Sagsbehandleren foreslog et job på et slagteri til min søn.", "b", False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R279B_INSULT)
def test_round_279_comparisons_and_plain_words_r279_insult_b(
    text: str, register: str, insult: bool
) -> None:
    assert ("insult" in triage(text, register).labels) is insult


# a named staff member so insulted is exposed; the vulgar names also count as offensive
R279B_NAMED = [
    ("Per Storm er afdelingens svar på en dement gås.", "a", {"insult", "exposure"}),
    ("Der står den fede svans Torben Bak igen.", "b", {"insult", "exposure", "offensive"}),
    ("Sofie Holm er sådan en nulrøv.", "a", {"insult", "exposure", "offensive"}),
    ("Per Storm har fået sin hund udstoppet.", "a", set()),
    ("Torben Bak var på museet med sin datter.", "b", set()),
]


@pytest.mark.parametrize(("text", "register", "labels"), R279B_NAMED)
def test_round_279_named_comparisons_exposed_r279_insult_b(
    text: str, register: str, labels: set[str]
) -> None:
    found = triage(text, register).labels
    if labels:
        assert labels <= found
    else:
        assert not {"insult", "exposure"} & found


# round 287 insult
# mock praise, comparisons with animals and things, mock requirements and awards; each idea
# with positives and near misses (sincere praise, real comparisons, the writer's own)
R287_INSULT = [
    # a mock exclamation of vision beside the irony of being moved by so much depth
    ("Hvilken tænker. Jeg er helt bevæget over så megen visdom.", "a", True),
    ("Kim Frederiksen har skrevet en ny strategi. Sikke en visionær. Man er helt overvældet "
     "over så meget indsigt.", "a", True),
    ("Sikke en visionær, hun har bygget tre skoler i Ghana.", "a", False),
    ("Jeg blev helt rørt over så megen omsorg fra personalet på afdelingen.", "b", False),
    # the staff said to have grown dumber
    ("Man går dummere derfra, præcis som medarbejderne.", "a", True),
    ("Efter mødet var jeg lige så dum som før, ligesom Per Storm.", "a", True),
    ("Reglerne bliver dummere hvert år, ligesom i resten af landet.", "a", False),
    ("Sagsbehandleren var ligesom mig frustreret over reglerne.", "b", False),
    # mock artistry of a failing that contradicts itself
    ("Hun mestrer kunsten at læse en sag uden at forstå den.", "a", True),
    ("Torben Bak har gjort det til en disciplin at lytte uden at høre.", "b", True),
    ("Kunsten at lave mad uden opskrift er noget, min mor lærte mig.", "a", False),
    ("Kurset handlede om kunsten at lytte uden at dømme.", "b", False),
    # more leadership or sense seen in a flock of animals or a sack of things
    ("Der er mere handlekraft i en flok får i tåge end i hele ledelsen.", "a", True),
    ("Per Storm kalder sig chef. Jeg har mødt mere dømmekraft hos en kasse kartofler.", "a", True),
    ("Jeg har set mere lederskab hos de frivillige i foreningen.", "a", False),
    ("Man ser mere intelligens hos en flok krager end man skulle tro.", "b", False),
    # an animal that remembers or grasps more than the person
    ("En undulat husker bedre fra dag til dag end hans sagsbehandler.", "a", True),
    ("Min kat forstår mere end Sofie Holm, og den er sødere.", "a", True),
    ("En elefant husker bedre end de fleste andre dyr.", "a", False),
    ("Min hund forstår mere end min mand tror.", "b", False),
    # the living definition of incompetence
    ("Han er den vandrende definition af ordet uduelig.", "a", True),
    ("Mangler I et levende eksempel på inkompetence, så ring til Torben Bak.", "b", True),
    ("Ordbogens definition af ordet inkompetent er ret kort.", "a", False),
    ("Hun er den levende definition af ordet hjælpsom.", "b", False),
    # as dull as a thing, in Jutlandic
    ("Han æ lissom klog som en mursten.", "a", True),
    ("Sofie Holm, hun æ lisså kvik som en dørmåtte.", "a", True),
    ("Æ æ lisså træt som en hund i dag.", "a", False),
    ("Den nye printer æ lisså hurtig som den gamle.", "b", False),
    # people named rabble in a compound
    ("De er noget lortepak, hele afdelingen.", "a", True),
    ("Ledelsen er noget svinepak.", "b", True),
    ("Jeg skal lige have pakket kufferten færdig.", "a", False),
    ("Pakken er et værdibrev, der skal hentes på posthuset.", "b", False),
    # a mock talent for being useless
    ("Hvilken gave til at være håbløs.", "a", True),
    ("Kim Frederiksen har et helt særligt talent for at være ubrugelig.", "a", True),
    ("Hun har et talent for at være rolig i en krise.", "a", False),
    ("Jeg har et talent for at være langsom om morgenen.", "b", False),
    # a job said to require lacking a basic skill
    ("Er det et krav i stillingen, at man ikke kan regne?", "a", True),
    ("Er det en betingelse for at blive ansat hos jer, at man ikke kan læse?", "b", True),
    ("Det er et krav i stillingen, at man kan tale dansk.", "a", False),
    ("Er det et krav, at man ikke kan få hjælp før mandag?", "b", False),
    # a person who cannot even spell a word
    ("En dame, der ikke engang kan stave til sygedagpenge, bestemmer over min sag.", "a", True),
    ("Jeres sagsbehandler kan ikke engang stave til fleksjob.", "b", True),
    ("Min søn, der ikke engang kan stave til sit navn endnu, går i børnehave.", "a", False),
    ("Min klient er ordblind og kan ikke engang stave til sin adresse.", "b", False),
    # a mock prize for such a heartless creature
    ("Der burde være en pokal til sådan en kold maskine.", "a", True),
    ("Giv Per Storm en pris til sådan et ondt menneske.", "a", True),
    ("Der burde være en medalje til sådan en modig brandmand.", "a", False),
    ("Prisen gik til sådan en sød og venlig pædagog.", "b", False),
    # never once hindered by a conscience
    ("Ikke én gang har medfølelsen stået i vejen for et afslag.", "a", True),
    ("Hos Torben Bak står en samvittighed aldrig i vejen, for der er ingen.", "b", True),
    ("Min samvittighed har aldrig stået i vejen for at hjælpe andre.", "a", False),
    ("Hans samvittighed står i vejen for at sige nej.", "b", False),
]


@pytest.mark.parametrize(("text", "register", "insult"), R287_INSULT)
def test_round_287_mock_praise_and_comparisons_r287_insult(
    text: str, register: str, insult: bool
) -> None:
    assert ("insult" in triage(text, register).labels) is insult


# a named staff member so mocked is exposed; the racist jungle or mud hut is offensive too
R287_NAMED = [
    ("Sofie Holm kan rejse hjem til lerhytten.", "a", {"insult", "exposure", "offensive"}),
    ("Send Torben Bak tilbage til junglen.", "b", {"insult", "exposure", "offensive"}),
    ("En guldfisk husker mere end Per Storm.", "a", {"insult", "exposure"}),
    ("Per Storm tog på ferie til junglen i Borneo.", "a", set()),
    ("Torben Bak takkede for sin pris til sådan en sød kollega.", "b", set()),
]


@pytest.mark.parametrize(("text", "register", "labels"), R287_NAMED)
def test_round_287_named_mockery_exposed_r287_insult(
    text: str, register: str, labels: set[str]
) -> None:
    found = triage(text, register).labels
    if labels:
        assert labels <= found
    else:
        assert not {"insult", "exposure", "offensive"} & found


# round 287 threatB
# "de svin" shown or taught what the writer means: only people are; the pigs of a farm and
# a plain "dem" are none
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Lad os vise de svin hvad vi mener.", True),
        ("Vi skal nok lære de rotter hvem der bestemmer.", True),
        ("Jeg viser de svin hvor foderet står, når landmanden er væk.", False),
        ("Lad os vise dem hvad vi mener ved demonstrationen.", False),
    ],
)
def test_r287b_those_swine_shown_what_we_mean(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# round 287 criticism
# a caseworker's act (a decision, an assessment) called crap under the caseworker's genitive
# judges the act; the person called so, or a person noun after the genitive, is an insult
R287_ACT_CALLED_CRAP = [
    ("Sofie Holms vurdering er noget lort.", "a", False),
    ("Hendes indstilling er noget lort, den bygger på gamle papirer.", "a", False),
    ("Sofie Holm er et lort.", "a", True),
    ("Sofie Holms kollega er et lort.", "a", True),
]


@pytest.mark.parametrize(("text", "register", "insult"), R287_ACT_CALLED_CRAP)
def test_r287_act_under_genitive_called_crap(text: str, register: str, insult: bool) -> None:
    labels = triage(text, register).labels
    assert ("insult" in labels) is insult
    if not insult:
        assert "exposure" not in labels


# round 293 insultB
# insults by comparison and brain jokes: a pet or a thing with more of a human trait (verb
# first, two traits), a vocabulary like a thing's, a brain sent away or searched for, praise
# taken back with an appliance, an animal doing the job better, so little brain, a mind like
# hold music, a grasp of the law like an animal's, a team as the case for robots, too lazy for
# the post's plain duties. Near misses: machines, the writer, animals as animals, real praise.
R293_INSULT_B = [
    ("Faktisk har min kat mere omtanke og bedre dømmekraft end Sofie Holm.", True),
    ("Min undulat har mere hjerte og mere forstand end hende.", True),
    ("Min kat har mere energi og bedre humør end mig.", False),
    ("Har min hund mere plads end katten?", False),
    ("Han har samme ordforråd som en brødrister.", True),
    ("Hun har lige så stort ordforråd som en telefonsvarer.", True),
    ("Chatbotten har samme ordforråd som en telefonsvarer.", False),
    ("Min søn har samme ordforråd som en papegøje.", False),
    ("Chefen har vist sendt forstanden på ferie.", True),
    ("Afdelingslederne har sendt hjernen til reparation for længe siden.", True),
    ("Jeg har sendt hjernen på ferie i weekenden.", False),
    ("Kommunen har sendt medarbejderne på efteruddannelse.", False),
    ("Per Storm bruger morgenen på at lede efter forstanden.", True),
    ("Hun kigger stadig efter sin hjerne, tror jeg.", True),
    ("Lægen ledte efter blødningen i hjernen.", False),
    ("Jeg leder efter hjernen hver morgen før kaffen.", False),
    ("Ingen er så omsorgsfuld som Sofie Holm. Undtagen min vaskemaskine.", True),
    ("Jeg kender ingen så venlig som hende. Bortset fra min elkedel.", True),
    ("Ingen er så omsorgsfuld som Sofie Holm. Bortset fra min mor.", False),
    ("Min opvaskemaskine er så stille. Bortset fra min gamle brødrister.", False),
    ("Selv min hamster klarer opgaven bedre end Sofie Holm.", True),
    ("Måske en guldfisk gør bedre job end hende.", True),
    ("Min robotstøvsuger gør et bedre job end den gamle støvsuger.", False),
    ("Min hund gør et bedre job end mig som vagthund.", False),
    ("Hun har så lidt hjerne, at det er en gåde hun har et job.", True),
    ("Det må være tungt for ham at slæbe rundt på så få hjerneceller.", True),
    ("Fluer klarer sig fint med så lidt hjerne.", False),
    ("Jeg har så lidt forstand på computere.", False),
    ("Efter blodproppen har han så lidt forstand tilbage.", False),
    ("Sagsbehandleren har samme iq som elevatormusikken.", True),
    ("Jeg talte med en, der havde samme intelligens som ventemusikken.", True),
    ("Telefonsystemet har samme intelligens som ventemusikken.", False),
    ("Ventemusikken er den samme som sidste år.", False),
    ("De har samme forhold til reglerne som en gris har til bordskik.", True),
    ("Hun har samme kendskab til loven som en ko har til skak.", True),
    ("Min kat har samme forhold til reglerne som en hund har til vand.", False),
    ("Vi har samme forhold til loven som alle andre.", False),
    ("Medarbejderne i Kontanthjælp er det stærkeste argument for kunstig intelligens.", True),
    ("Ledelsen er det bedste argument for robotter, jeg har set.", True),
    ("Ventetiden er det bedste argument for robotter.", False),
    ("Den nye chatbot er det stærkeste argument for automatisering.", False),
    ("Hun er for doven til at tage telefonen.", True),
    ("Han er simpelthen for doven til at læse sagerne.", True),
    ("Jeg er for doven til at læse min mail i weekenden.", False),
    ("Katten er for doven til at fange mus.", False),
]


@pytest.mark.parametrize(("text", "insult"), R293_INSULT_B)
def test_r293_insult_by_comparison_and_brain_jokes(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Faktisk har min kat mere omtanke og bedre dømmekraft end Sofie Holm.", True),
        ("Per Storm bruger morgenen på at lede efter forstanden.", True),
        ("Ingen er så omsorgsfuld som Sofie Holm. Bortset fra min mor.", False),
        ("Per Storm har sendt medarbejderne på efteruddannelse.", False),
    ],
)
def test_r293_named_comparison_is_exposure(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposed


# round 293 insultA
# mock praise and irony: a thanked or praised person shown to know, do or feel nothing (a
# mock lesson, an IQ of a room, the best minds measured backwards, a congratulation taken
# back, confidence with nothing behind it, less warmth than the fridge, crawling upward, a
# low bar, failed in common sense); a named person so mocked is exposed too. Near misses:
# sincere thanks, lessons, congratulations and reviews
R293_MOCK_PRAISE = [
    ("Tusind tak til Sofie Holm, som har vist mig, at man godt kan blive rådgiver uden at "
     "kunne stave.", True),
    ("Sofie Holm har lært os alle, at man kan få fast løn uden at have lært noget.", True),
    ("Han lærte mig, at man kan søge job uden at have en uddannelse.", False),
    ("Min mor viste mig, at man kan klare sig uden at kunne læse, da hun var ordblind.", False),
    ("Min farmor lærte mig, at man kan klare sig uden at kunne regne.", False),
    ("Sofie Holm har en IQ, der svarer til hendes skostørrelse.", True),
    ("Rådgiverne må have en intelligenskvotient under stuetemperatur.", True),
    ("Min søn fik målt en IQ på 128 i skolen.", False),
    ("Vinen skal serveres ved stuetemperatur.", False),
    ("Kontoret har de skarpeste hjerner i byen, i hvert fald hvis man tæller, hvor lidt de "
     "får lavet.", True),
    ("Kontoret har de dygtigste rådgivere i byen, og det mærker man.", False),
    ("Hatten af for Sofie Holm, der endelig har forstået reglerne. Åh nej, det har hun ikke.",
     True),
    ("Tillykke til Sofie Holm, der endelig har lært at køre bil. Vi glæder os med dig.", False),
    ("Sofie Holm har så stort et ego og så lidt at fylde det med.", True),
    ("Sikke en selvtillid og intet at bakke den op med, Sofie Holm.", True),
    ("Jeg har så meget selvtillid og så lidt at have den i, siger min kone.", False),
    ("Sofie Holm har fået mere selvtillid og så lidt ondt i ryggen.", False),
    ("Sofie Holm har mindre hjertevarme end køleskabet på kontoret.", True),
    ("Min sagsbehandler har mindre empati end billetautomaten.", True),
    ("Den nye printer larmer mindre end kaffemaskinen.", False),
    ("Hun har mere varme end køleskabet, heldigvis.", False),
    ("Sofie Holm blev chef ved at krybe for direktøren.", True),
    ("Han er bare god til at fedte for ledelsen.", True),
    ("Babyen er begyndt at kravle for første gang.", False),
    ("Katten kravlede op på taget for at fange fugle.", False),
    ("Det er ikke ligefrem eliten, jobcentret har ansat.", True),
    ("Kan man tælle til tre, er man åbenbart kvalificeret til at sidde der.", True),
    ("Vores hold er ikke ligefrem eliten i fodbold.", False),
    ("Kan man læse og skrive dansk, er man kvalificeret til kurset.", False),
    ("De har vist alle sammen dumpet i anstændighed.", True),
    ("Sofie Holm er åbenbart dumpet i almindelig fornuft.", True),
    ("Min søn dumpede i fysik i sidste uge.", False),
    ("Jeg dumpede i køreprøven to gange.", False),
]


@pytest.mark.parametrize(("text", "insult"), R293_MOCK_PRAISE)
def test_r293_mock_praise_and_irony(text: str, insult: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is insult
    if insult and "staff_named" in labels:
        assert "exposure" in labels
    if not insult:
        assert "exposure" not in labels


# round 293 (mine): a day of pain or leave is no day's work ("folk, der aldrig har haft ondt en
# eneste dag" is a jab at lawmakers' lives, no verdict on anyone's work)
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Reglerne er skrevet af folk, der aldrig har haft ondt en eneste dag.", False),
        ("Politikerne har aldrig haft fri en eneste dag i deres liv.", False),
        ("Han har aldrig lavet en ærlig dags arbejde.", True),
        ("Hun har aldrig arbejdet en eneste dag.", True),
    ],
)  # fmt: skip
def test_r293_a_day_of_pain_is_no_days_work(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# round 299 insultB
# mock praise and coined epithets for a person; a subject of a film or a book is no insult
R299_INSULT_B = [
    # a lesson that a degree or a post can be had without a brain
    ("Sofie Holm har lært os, at man kan blive chef uden at have en hjerne.", True),
    ("Han viste mig, at man godt kan bestå en eksamen uden at have et hjerte.", True),
    ("Han viste mig, at man godt kan få et job uden at have en bil.", False),
    ("Jeg har lært, at jeg kan bestå en eksamen uden at have en hjerne i form.", False),
    # almost able to spell one's own name, or able without help
    ("Lotte kan nu næsten skrive sit eget navn. Flot.", True),
    ("Han staver til sit eget navn uden hjælp, sikke et fremskridt.", True),
    ("Min søn staver til sit eget navn uden hjælp nu.", False),
    ("Hun bad mig stave til mit eget navn to gange.", False),
    # a bright future as a lifeless object
    ("Jakob Bøgh har en strålende karriere foran sig som papirvægt.", True),
    ("Hun egner sig bedst som dørmåtte.", True),
    ("Den gamle printer har en fremtid som dørstopper.", False),
    ("Hun har en lys fremtid som sygeplejerske.", False),
    # a title, "og", then the biggest pig or idiot of the place
    ("Teamleder i Syd og den værste idiot i hele huset.", True),
    ("Han er chef og det største svin i hele kommunen.", True),
    ("Han har det største svin i hele kommunen på sin gård.", False),
    ("Chefen og det største problem i hele kommunen er ventetiden.", False),
    # a gift needed for the most trivial task
    ("Man skal være et geni for at binde sine egne snørebånd, men Per klarer det vel.", True),
    ("Det kræver talent at tælle til ti, men hun øver sig.", True),
    ("Min datter er klog nok til at binde sine egne snørebånd nu.", False),
    ("Efter sin blodprop skal far være snild for at binde sine snørebånd.", False),
    # incompetence gathered under one roof; staff trained in not hearing
    ("Aldrig har jeg set så megen dumhed samlet under samme tag.", True),
    ("De har vist taget et kursus i at tale uden at sige noget.", True),
    ("Der er så meget viden samlet under ét tag på biblioteket.", False),
    ("Hun har taget et kursus i at lytte aktivt til borgerne.", False),
    # a thing where the brain should be; a degree bought at a flea market
    ("Hun har en kantsten i stedet for en hjerne.", True),
    ("Han må have vundet sit eksamensbevis i en tombola.", True),
    ("Min far lever med en pacemaker i stedet for et hjerte der slår selv.", False),
    ("Hun købte sin eksamenskjole på et loppemarked.", False),
    # coined epithets
    ("Sikke en åndsbolle han er.", True),
    ("I er nogle nulpersoner allesammen.", True),
    ("Jeg følte mig som en nulperson i køen.", False),
    ("Han bagte boller til hele kontoret.", False),
    # a film, a book or a talk about psychopaths names a subject
    ("Har du set programmet om psykopater i aftes?", False),
    ("Jeg læste en bog om idioter i historien, den var sjov.", False),
    ("Så I foredraget om psykopater? Her er min ansøgning.", False),
    ("Han lavede en film om psykopaten Per Storm.", True),
]


@pytest.mark.parametrize(("text", "insult"), R299_INSULT_B)
def test_r299_insult_b_mock_praise_and_coined_epithets(text: str, insult: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is insult
    if insult and "staff_named" in labels:
        assert "exposure" in labels
    if not insult:
        assert "offensive" not in labels


# round 299 insultA
R299_INSULT_A = [
    # the best minds praised, then said to need a magnifying glass to be found
    ("Kommunen har ansat de klogeste hoveder i landet. De kræver bare et mikroskop at få øje "
     "på.", True),
    ("Det kræver et forstørrelsesglas at finde hans forstand.", True),
    ("De bedste hoveder i faget sidder i ministeriet.", False),
    ("Jeg kiggede på fejlen i skemaet med lup, før jeg sendte det.", False),
    ("Forskerne kan se hjernens celler under et mikroskop.", False),
    # "fuck" as a noun for a person, with a mocking adjective
    ("Per Storm, den dumme fuck, har lukket min sag.", True),
    ("Din grimme lille fuck, giv mig mine penge.", True),
    ("Det var en lille fuck-up fra min side, undskyld.", False),
    ("Festen var fed, fuck hvor var den god.", False),
    # mock praise of kindness undone by what it is made of
    ("Sofie Holm har et hjerte af guld – hvis guld altså var lavet af beton.", True),
    ("Han er en ægte helgen, hvis helgener altså bestod af paragraffer.", True),
    ("Sofie Holm er en sand engel af medfølelse. Tusind tak for hjælpen.", False),
    ("Huset ville holde længere, hvis det var bygget af sten.", False),
    # a cold witch or sow ranked among the people the writer has met
    ("Det er den allermest iskolde og hjerteløse so, jeg har haft med at gøre.", True),
    ("Lotte Mikkelsen Vang er den koldeste heks, jeg har mødt i mit liv.", True),
    ("Den mest uhyggelige heks, jeg har set, var i teaterstykket i går.", False),
    ("Den sødeste ko, jeg har mødt, stod på gården hos min onkel.", False),
    ("Jeg var den mest kolde og følelsesløse person, jeg kendte, efter skilsmissen.", False),
    # a meeting likened to talking to a machine that then comes out no worse
    ("Et møde med Kim Frederiksen er som at tale med en brødrister. Den fatter heller ikke "
     "noget, men den råber i det mindste ikke.", True),
    ("Samtalen med hende var som at tale med en telefonsvarer, men den lytter i det mindste.",
     True),
    ("Samtalen med Per Storm var som at tale til en væg.", False),
    ("Den nye printer er som en gammel brødrister, men den virker i det mindste.", False),
    # a person's level likened to a thing's or an animal's
    ("Rådgiverne har det intellektuelle format som en kålrabi.", True),
    ("Han er som en sten – men stenen står da i det mindste stille.", True),
    ("Min søn har det faglige niveau som en elev i tredje klasse.", False),
    ("Printeren har et niveau som en gammel brødrister.", False),
    # mock admiration of holding the post without reading or spelling
    ("Flot, at man kan blive rådgiver i kommunen uden at kunne stave.", True),
    ("Imponerende at man kan blive sagsbehandler uden at kunne regne.", True),
    ("Imponerende, at min bror fik job som kok uden en uddannelse.", False),
    ("Det er flot, at man kan blive sagsbehandler uden at kunne læse, når man er ordblind og "
     "får hjælp.", False),
    # a person said to understand only what a dog does
    ("Han fatter kun en godbid og et klap – som en hund.", True),
    ("Det eneste, Per Storm forstår, er en kommando ligesom en hund.", True),
    ("Klap ham på hovedet, det er han vant til, ligesom en hund.", True),
    ("Vores hund forstår kun dansk.", False),
    ("Min datter forstår kun få ord, ligesom alle børn på et år.", False),
    ("Vi klappede hunden på hovedet, og den logrede.", False),
    # a person who could not look after a cactus
    ("Hun kunne ikke engang lede en potteplante.", True),
    ("Kim Frederiksen kan ikke passe en kaktus, og nu skal han være min mentor.", True),
    ("Jeg kan ikke holde liv i en kaktus.", False),
    ("Hun kunne ikke finde en kaktus i butikken.", False),
    ("Min mor kunne ikke passe en kaktus, men hun elskede blomster.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "insult"), R299_INSULT_A)
def test_r299_insult_a_mock_praise_and_comparisons(text: str, insult: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is insult
    if insult and "staff_named" in labels:
        assert "exposure" in labels
    if not insult:
        assert "exposure" not in labels


# round 307 insult
R307_INSULT = [
    # two adjectives stacked between the demonstrative and the animal before a staff name
    ("Den sure gamle ko Sofie Holm har afvist mig igen.", True),
    ("Det fede dovne svin Per Storm sidder bare og drikker kaffe.", True),
    ("Den sorte gamle ko på marken hedder Rosa.", False),
    ("Den lille brune gris i stalden er syg.", False),
    # failing to read a single page, then hailed with a mock exclamation
    ("Hun har afgjort min sag uden at åbne en eneste journal. Hvilket geni.", True),
    ("Kim Frederiksen stoppede min ydelse uden at læse et eneste bilag. Der må være en "
     "pris på trapperne.", True),
    ("Min søn læste hele bogen uden at forstå et eneste ord. Sikke et talent, han har.", False),
    ("Målmanden spillede hele kampen uden at tabe en eneste bold. Sikke et talent.", False),
    # a prize for a virtue nobody has ever seen
    ("Per Storm fik titlen som kommunens mest hjælpsomme rådgiver. Ingen af os har dog "
     "mærket noget til hjælpsomheden.", True),
    ("Tillykke med medaljen for at være den mest venlige chef – aldrig har nogen set noget "
     "til venligheden.", True),
    ("Sofie Holm fik prisen som årets mest hjælpsomme rådgiver. Alle har mærket hendes "
     "hjælpsomhed.", False),
    ("Tillykke med prisen for at være den mest empatiske leder, du fortjener den.", False),
    # mock thanks for the lesson that a post can be held without care for people
    ("Tak til Kim Frederiksen for at vise mig, at man kan være chef uden et gram respekt "
     "for borgerne.", True),
    ("Hun lærte mig, at man godt kan blive rådgiver uden den mindste omsorg for mennesker.",
     True),
    ("Min onkel lærte mig, at man kan blive kok uden den mindste uddannelse.", False),
    ("Hun viste mig, at man kan være leder uden at råbe ad nogen.", False),
    # a likening with a sneer about fewer brains tacked on
    ("At gøre ham til chef er som at give en ulv nøglen til fårefolden, bare med mindre "
     "forstand.", True),
    ("Per Storm er ligesom sin forgænger, blot med færre hjerneceller.", True),
    ("Den nye model er som den gamle, bare med færre knapper.", False),
    ("Han er ligesom sin bror, bare med mindre hår.", False),
    # an animal or a thing that would at least do better than the caseworker
    ("Man kunne lige så godt have ansat en undulat til at svare i telefonen. Den ville da i "
     "det mindste sige goddag.", True),
    ("Møder du rådgiveren i Fleksjob, så tag hellere en kaktus med til samtalen. Den lytter "
     "trods alt.", True),
    ("Tag hellere en paraply med til turen. Den holder dig i det mindste tør.", False),
    ("Vi kunne lige så godt have taget bussen. Den kører i det mindste til tiden.", False),
    # a talk likened to talking to a wall, which then is said to be more helpful
    ("Samtalen med Per Storm var som at tale til en dørmåtte. Næste gang taler jeg hellere "
     "med min støvsuger, den er mere forstående.", True),
    ("At ringe til ham er som at tale med en telefonsvarer, den er bedre til at lytte.",
     True),
    ("Samtalen med Per Storm var som at tale til en væg.", False),
    ("Den nye telefonsvarer er mere hjælpsom end den gamle.", False),
    # a staff member as if fetched from a pet shop or a zoo
    ("Kommunen må have købt den nye rådgiver i en zoologisk have.", True),
    ("Jeg tror, de har fundet Per Storm i en dyrehandel.", True),
    ("De har ansat mig som mentor i en dyrehandel.", False),
    ("Vi har købt vores nye hund i en dyrehandel.", False),
    # a person's wit likened to a shoe, in a sentence of its own
    ("Kim Frederiksen er så skarp. Lige så skarp som en dørmåtte.", True),
    ("Hun er meget klog. Præcis så klog som min gamle støvle.", True),
    ("Min nye telefon er lige så smart som en computer.", False),
    ("Min datter er lige så klog som sin mor.", False),
    # a person called a piece of dirt
    ("Han er et ussel stykke lort, den rådgiver.", True),
    ("Per Storm er sådan et råddent stykke skidt.", True),
    ("Den bil er et stykke skidt.", False),
    ("Det går skidt med min ryg i et stykke tid nu.", False),
    # a plain animal epithet pointed at, acting on the writer's case or money
    ("Den so, der lukkede min sag, kan rende mig.", True),
    ("Det svin har taget min kontanthjælp fra mig.", True),
    ("Det svin har ødelagt hegnet ude på marken.", False),
    ("Den so, der har smågrise, skal ind i stalden.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "insult"), R307_INSULT)
def test_r307_insult_epithets_mock_praise_and_comparisons(text: str, insult: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is insult
    if insult and "staff_named" in labels:
        assert "exposure" in labels
    if not insult:
        assert "exposure" not in labels


# round 307 set312
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("mock_talent", "Tak til min rådgiver for hendes imponerende evne til at sige præcis "
         "ingenting på en hel time.", True),
        ("mock_talent", "Han har en fantastisk evne til at udrette absolut intet.", True),
        ("mock_talent", "Hun har en utrolig evne til at sige intet forkert.", False),
        ("mock_talent", "Hun har en sjælden evne til at sige ingenting om andres sager.", False),
        ("paid_per_yawn", "Man skulle tro, han får løn pr. suk.", True),
        ("paid_per_yawn", "Hun bliver vist betalt per gab, så lidt laver hun.", True),
        ("paid_per_yawn", "Man skulle tro, hun blev betalt pr. time.", False),
        ("paid_per_yawn", "Jeg bliver betalt pr. time i mit nye job.", False),
        ("minds_self", "Hvordan fik han lov at blive vejleder for børn? Han kan jo dårligt nok "
         "tage vare på sig selv.", True),
        ("minds_self", "Han kan dårligt nok passe på sig selv. Han skulle ikke have lov til at "
         "arbejde med børn.", True),
        ("minds_self", "Min far kan knap nok passe på sig selv efter faldet.", False),
        ("minds_self", "Hvordan bliver man mentor for unge? Jeg vil gerne søge.", False),
    ],
)
def test_r307_set312_mock_praise_and_unfit(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 315 insult
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("mock_title", "Her er egnens mindst begavede rådgiver: Per Storm.", True),
        ("mock_title", "Kim Frederiksen vinder igen: Årets sureste kontorfigur.", True),
        ("mock_title", "Det er Danmarks mindst effektive kommune.", False),
        ("mock_title", "Sofie Holm blev kåret som årets dygtigste sagsbehandler.", False),
        ("mock_title", "I dag var årets koldeste dag.", False),
        ("thick_head", "Han er simpelthen så tyk i hovedet, at intet brev trænger ind.", True),
        ("thick_head", "Sagsbehandleren virker helt tyk i hovedet.", True),
        ("thick_head", "Jeg er helt tyk i hovedet i dag efter festen.", False),
        ("thick_head", "Hun er forkølet og helt tyk i hovedet.", False),
        ("little_in_head", "Utroligt, at man bliver chef med så lidt i knolden.", True),
        ("little_in_head", "Han har ikke meget i hovedet, den mand.", True),
        ("little_in_head", "Jeg har så meget i hovedet lige nu.", False),
        ("little_in_head", "Jeg har så lidt i hovedet efter operationen.", False),
        ("expect_little", "Man kan ikke kræve meget af en kvinde med hendes begavelse.", True),
        ("expect_little", "Man skal ikke forvente noget af en fyr med det intellekt.", True),
        ("expect_little", "Man kan ikke forvente meget af en mand med hans erfaring.", False),
        ("expect_little", "Man kan ikke kræve meget af en mand med hans hjerneskade.", False),
        ("mock_warmth", "Byens mest omsorgsfulde rådgiver – han kan få en døende til at føle "
         "sig som en byrde.", True),
        ("mock_warmth", "Ingen får syge til at føle sig usynlige så godt som han.", True),
        ("mock_warmth", "Byens mest omsorgsfulde rådgiver – han kan få enhver til at føle sig "
         "tryg.", False),
        ("mock_warmth", "Ingen får syge til at føle sig trygge så godt som hun.", False),
        ("name_fits", "Jeg talte med Per Storm. Navnet siger alt: kold og kynisk.", True),
        ("name_fits", "Navnet passer godt til ham: arrogant og doven.", True),
        ("name_fits", "Navnet passer perfekt til hende: varm og glad.", False),
        ("name_fits", "Navnet på skemaet passer ikke til mit cpr-nummer.", False),
        ("practised", "Han glemmer alle aftaler. Det har han tydeligvis trænet længe.", True),
        ("practised", "Hun har mistet min ansøgning igen. Det må hun have øvet sig meget på.",
         True),
        ("practised", "Hun taler flydende tysk. Det har hun øvet sig på.", False),
        ("practised", "Jeg glemmer tit mine nøgler. Det har jeg øvet mig på at lade være med.",
         False),
        ("animal_instead", "Bo var til ingen nytte. Næste gang kan kommunen hyre en gris – den "
         "ville i det mindste ikke glemme mødet.", True),
        ("animal_instead", "Næste gang kan I ansætte en undulat, den ville i hvert fald svare.",
         True),
        ("animal_instead", "Næste gang sender vi hunden i pension, den ville i det mindste få "
         "motion.", False),
        ("animal_instead", "I kan sende en hund til træning, den vil blive glad.", False),
        ("dim_and_paid", "Et job, hvor man må være så doven, man vil, og alligevel få løn.",
         True),
        ("dim_and_paid", "Rart med et sted, hvor man kan være lige så inkompetent, som man vil, "
         "og stadig blive betalt.", True),
        ("dim_and_paid", "Et job, hvor man kan klæde sig, som man vil, og stadig få løn.", False),
        ("dim_and_paid", "Ferie er et sted, hvor man kan være så doven, man vil.", False),
        ("swine", "Jeg tager det svin Per Storm, når han kommer ud.", True),
        ("swine", "I statslige svin har ødelagt mit liv.", True),
        ("swine", "Det svin på gården skal slagtes i morgen.", False),
        ("swine", "Vi har fodret den so i stalden hele vinteren.", False),
        ("chickens", "I er nogle skidebange høns, der aldrig tør svare.", True),
        ("chickens", "Ledelsen er en flok feje kyllinger.", True),
        ("chickens", "Vi har en flok kyllinger i hønsegården.", False),
        ("chickens", "De er nogle søde kyllinger, som lægger æg.", False),
        ("blotted", "Hun er blottet for både takt og anstændighed.", True),
        ("blotted", "Afgørelsen er blottet for enhver begrundelse.", False),
        ("count_to_ten", "De kan hverken stave til deres eget navn eller tælle til fem.", True),
        ("count_to_ten", "Min søn kan hverken skrive sit navn eller tælle til ti endnu.", False),
        ("brain_on_leave", "Hans forstand er vist gået på efterløn.", True),
        ("brain_on_leave", "Hendes hjerne må være taget på barselsorlov.", True),
        ("brain_on_leave", "Hans kone er gået på barsel.", False),
        ("brain_on_leave", "Min hjerne er gået på ferie.", False),
    ],
)
def test_r315_mock_praise_and_epithets(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea





# round 323 insultB
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("other_animals", "Send Per Storm ud i en dyrepark. Han ville falde godt ind blandt de "
         "andre aber.", True),
        ("other_animals", "Hende ville jeg placere i en stald, hvor hun hører hjemme sammen med "
         "de andre kreaturer.", True),
        ("other_animals", "Vores nye hvalp passer fint ind blandt de andre dyr på gården.", False),
        ("other_animals", "Hun passer dyrene i dyreparken og har det godt med de andre "
         "ansatte.", False),
        ("schoolchild", "Efter mødet må jeg sige, at Kim Frederiksen har et ordforråd som et barn "
         "i børnehaveklassen.", True),
        ("schoolchild", "Sagsbehandleren har en forståelse på niveau med en førsteklasser.", True),
        ("schoolchild", "Min datter er otte, og hun har en læseforståelse som en elev i femte "
         "klasse.", False),
        ("schoolchild", "Han er ordblind og har en læseforståelse som en elev i tredje klasse, så "
         "send brevet som lyd.", False),
        ("my_case", "Hej til den ko, som har min ansøgning liggende.", True),
        ("my_case", "Sagsbehandleren er sgu en analfabet.", True),
        ("my_case", "Den analfabet, der bor ved siden af mig, har fået hjælp på "
         "sprogskolen.", False),
        ("my_case", "Min mor er analfabet, så jeg læser hendes breve højt for hende.", False),
        ("geniuses", "Endnu et møde uden indhold. Sande einsteins, hele banden.", True),
        ("geniuses", "I er sandelig nogle genier derovre, når I sender mig på samme kursus for "
         "tredje gang.", True),
        ("geniuses", "Tusind tak for hjælpen, I er sørme nogle genier derinde!", False),
        ("geniuses", "Vores forskere er rigtige genier, og hele holdet fik en pris.", False),
        ("feat", "Sofie Holm er en kvinde, hvis fornemste præstation er at finde "
         "kaffemaskinen.", True),
        ("feat", "Han er en mand, hvis største bedrift er at holde sig vågen i "
         "frokostpausen.", True),
        ("feat", "Hun er en kvinde, hvis største bedrift er at have rejst tre børn alene.", False),
        ("feat", "Min største bedrift i år var at holde mig vågen gennem hele eksamen.", False),
        ("in_place", "I kunne stille en skraldespand i stedet for den rådgiver, og resultatet var "
         "det samme.", True),
        ("in_place", "Jeg ville få bedre vejledning fra en papkasse.", True),
        ("in_place", "Vi kunne sætte en ny printer ind i stedet for den gamle i "
         "receptionen.", False),
        ("in_place", "Kommunen vil sætte en robot ind i stedet for en sagsbehandler til de simple "
         "sager.", False),
        ("cart", "Hende må man puffe til som til en gammel kærre, før hun gør noget.", True),
        ("cart", "Man skal skubbe til den sagsbehandler som til et stædigt æsel.", True),
        ("cart", "Jeg måtte skubbe til min bil som til en trillebør, da batteriet var "
         "dødt.", False),
        ("cart", "Vi skubbede ham i kørestolen som en trillebør op ad bakken.", False),
        ("long_words", "Flot, Per. Fem uger om at åbne én mail.", False),
        ("long_words", "To måneder om at besvare et brev på en halv side. Bravo.", False),
        ("long_words", "Det var vist for mange svære ord til en som ham.", True),
        ("long_words", "Brevet havde nok for mange fremmedord for en med hendes hjerne.", True),
        ("long_words", "Der var for mange svære ord for en som min søn på syv.", False),
        ("long_words", "Der var mange lange ord i brevet, så jeg bad om hjælp.", False),
        ("child_better", "Mit barnebarn på fire ville klare det bedre end ham.", True),
        ("child_better", "En treårig kunne gøre jobbet bedre end dig.", True),
        ("child_better", "Min søn på fem kan løbe hurtigere end mig.", False),
        ("child_better", "Min datter klarer sig bedre end sin bror i skolen.", False),
        ("clever", "Hun er så kvik en dame, hun kan ikke engang svare på en mail.", True),
        ("clever", "Du er en begavet mand, du kan ikke engang læse et skema.", True),
        ("clever", "Hun er en dygtig sagsbehandler, men hun kan ikke engang nå at svare "
         "alle.", False),
        ("clever", "Han er en klog mand, men han kan ikke engang ringe, fordi telefonerne er "
         "nede.", False),
        ("no_more_sense", "Den teamleder har ikke mere forstand end en rødbede.", True),
        ("no_more_sense", "Hun har næppe mere dømmekraft end en pastinak.", True),
        ("no_more_sense", "Den nye printer har ikke mere hukommelse end en lommeregner.", False),
        ("no_more_sense", "Jeg har ikke mere forstand på jura end de fleste.", False),
    ],
)  # fmt: skip
def test_r323_insultb_mock_praise_animals_and_things(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 323 insultA
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("rude_and_dim", "Jeg må desværre meddele, at Sofie Holm er en ubehøvlet og enfoldig "
         "kvinde.", True),
        ("rude_and_dim", "Efter min vurdering er han en dum og uforskammet mand.", True),
        ("rude_and_dim", "Vores hvalp er en uopdragen og dum hund.", False),
        ("rude_and_dim", "Hun er en venlig og klog kvinde, som altid svarer.", False),
        ("prize_not_grasping", "Tillykke til Per Storm, der fik en medalje for at behandle min "
         "ansøgning uden at fatte et ord.", True),
        ("prize_not_grasping", "Hun fortjener en pokal for at gennemgå sagen uden at begribe en "
         "eneste linje af den.", True),
        ("prize_not_grasping", "Han fik prisen for at løbe maraton uden at bruge et eneste "
         "hjælpemiddel.", False),
        ("prize_not_grasping", "Tillykke med prisen for at lære vores datter at læse, selv "
         "uden at forstå et eneste ord dansk i starten.", False),
        ("thing_more_feeling", "Kim Frederiksen svarede aldrig. En dørmåtte ville udvise mere "
         "empati.", True),
        ("thing_more_feeling", "Selv et køleskab viser mere varme end hende.", True),
        ("thing_more_feeling", "En kaktus ville vise mere medfølelse end systemet.", False),
        ("thing_more_feeling", "Hun ville vise mere medfølelse, hvis hun havde tid.", False),
        ("fine_person_after_claim", "Teamlederen sagde til mig, at nedslidte folk blot må tage "
         "sig sammen. Hvilket vidunderligt menneske.", True),
        ("fine_person_after_claim", "Hun mener, at folk bare må tage sig sammen. Sikke en "
         "vidunderlig kvinde.", True),
        ("fine_person_after_claim", "Hun mener, at syge skal have ro. Sikke et dejligt "
         "menneske.", False),
        ("fine_person_after_claim", "Jeg mener, at jeg bare skal tage mig sammen. Sikke et "
         "dejligt vejr i dag.", False),
        ("truth_like_trickster", "Sofie Holm har samme omgang med sandheden som en svindler.",
         True),
        ("truth_like_trickster", "Han er lige så troværdig som en plattenslager på et marked.",
         True),
        ("truth_like_trickster", "Min onkel er brugtvognsforhandler og meget ærlig.", False),
        ("truth_like_trickster", "Hun har et godt forhold til sandheden og til sine kolleger.",
         False),
        ("hope_as_pet_learns", "Vi giver ikke op, der er håb for ham – endda en høne husker "
         "vejen til foderet.", True),
        ("hope_as_pet_learns", "Måske er der håb for Per Storm – endda en hamster lærer jo at "
         "finde vej.", True),
        ("hope_as_pet_learns", "Lægen siger, der er håb for min mor.", False),
        ("hope_as_pet_learns", "Selv en hund kan lære nye tricks, siger træneren.", False),
        ("own_backside", "Han kan ikke finde sin egen røv, selv med begge hænder.", True),
        ("own_backside", "Hun ku itt finde sin egen bagdel med et landkort.", True),
        ("own_backside", "Jeg kunne ikke finde min egen røv i morges, så træt var jeg.", False),
        ("own_backside", "Hunden kunne ikke finde sin egen hale.", False),
        ("so_sharp_no_at", "Han er så klog, han tror et plaster kan kurere en diskusprolaps.",
         True),
        ("so_sharp_no_at", "Hun er så klog, hun tror på sig selv.", False),
        ("thing_in_chair", "Stil en kuglepen på hans plads, den ville svare hurtigere end ham.",
         True),
        ("thing_in_chair", "Sæt en pude på hans stol, så sidder han bedre end i går.", False),
        ("joined_adjectives", "Hun er en sur og nærig ko, og det ved alle.", True),
        ("joined_adjectives", "Du er et fedt og dovent svin.", True),
        ("joined_adjectives", "Han er en landmand og passer svin.", False),
        ("joined_adjectives", "Han er en flink og rolig landmand med mange svin.", False),
        ("jutlandic_not", "Kim Frederiksen ved itte en klap om reglerne.", True),
        ("jutlandic_not", "Jeg ved itt en skid om det her, så hjælp mig.", False),
    ],
)
def test_r323_insult_a(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


@pytest.mark.parametrize(
    ("text", "offensive"),
    [
        ("Jeg må meddele, at Sofie Holm er en ubehøvlet og enfoldig kvinde.", False),
        ("Per Storm er en uopdragen og dum kælling.", True),
    ],
)
def test_r323_formal_rude_and_dim_not_offensive(text: str, offensive: bool) -> None:
    assert ("offensive" in triage(text, "a").labels) is offensive


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # a sentence that opens with the verb left its subject out: the writer's own
        ("endnu et brev fra jer. fatter ikke en skid af det. hvad skal jeg gøre?", False),
        ("Aner ikke en bjælde om de regler, så hjælp mig.", False),
        ("Forstår ikke en brik af jeres brev.", False),
        # the subject said: an insult, first sentence or later
        ("Hun fatter ikke en skid af det.", True),
        ("Brevet kom i går. Per Storm fatter ikke en skid af reglerne.", True),
        ("Han aner ikke en bjælde om fleksjob, den mand.", True),
    ],
)
def test_a_sentence_without_its_subject_is_the_writers(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# round 329 insultB
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        (
            "lesson_from_a_thing",
            "Vejledning fra Per Storm er som at få køretimer af en lygtepæl.",
            True,
        ),
        (
            "lesson_from_a_thing",
            "Hjælpen fra hende er som at tage sprogkursus hos en kaktus.",
            True,
        ),
        ("lesson_from_a_thing", "Hjælp fra Sofie Holm er som at få hjælp af en god ven.", False),
        ("lesson_from_a_thing", "At lære tysk på nettet er som at få køretimer af en bog.", False),
        (
            "brain_on_leave",
            "Kim Frederiksen er sikkert flink. Forstanden er bare gået på efterløn.",
            True,
        ),
        ("brain_on_leave", "Per Storm svarer aldrig, hjernen er vist på ferie.", True),
        (
            "brain_on_leave",
            "Jeg ringede til Per Storm. Jeg er så træt, hjernen er på ferie.",
            False,
        ),
        ("brain_on_leave", "Per Storm skrev til mig. Min hjerne er på ferie efter eksamen.", False),
        ("brain_for_a_museum", "Den hjerne fortjener en plads på museum.", True),
        ("brain_for_a_museum", "Hans forstand burde udstilles på Nationalmuseet.", True),
        ("brain_for_a_museum", "Einsteins hjerne står på et museum i USA.", False),
        ("brain_for_a_museum", "Hans hjerne burde undersøges på hospitalet.", False),
        ("offered_as_a_thing", "Mangler I en papirvægt, så spørg efter hende i Fleksjob.", True),
        (
            "offered_as_a_thing",
            "Har nogen brug for en dyr bogstøtte, så ring til Jakob Bøgh.",
            True,
        ),
        ("offered_as_a_thing", "Mangler du en dørstopper, så har min nabo en i skuret.", False),
        ("offered_as_a_thing", "Mangler I en kuglepen, så spørg i receptionen.", False),
        ("toddler_toys", "Hun burde starte med pixibøger.", True),
        ("toddler_toys", "Per Storm kunne jo begynde med Lego og øve sig op.", True),
        ("toddler_toys", "Min søn skal starte med Duplo, han er to år.", False),
        ("toddler_toys", "Han skulle begynde med Lego, sagde pædagogen om min dreng.", False),
        (
            "genius_invented",
            "Tak til geniet Sofie Holm, som har opfundet, at man bliver rask af møder.",
            True,
        ),
        (
            "genius_invented",
            "Hurra for mesterhjernen Per Storm, der udtænkte at ledige skal løbe hurtigere.",
            True,
        ),
        ("genius_invented", "Geniet der opfandt telefonen hed Bell.", False),
        (
            "genius_invented",
            "Tak til Sofie Holm, som har fundet ud af, at min sag manglede et bilag.",
            False,
        ),
        (
            "ironic_brightest",
            "Tak for at samle landets klogeste hoveder – ingen af dem kan forstå en journal.",
            True,
        ),
        (
            "ironic_brightest",
            "Kommunens skarpeste hjerner sidder her. Ingen af dem har fattet min sag.",
            True,
        ),
        (
            "ironic_brightest",
            "Landets klogeste hoveder mødes i Aarhus, og alle forstår emnet.",
            False,
        ),
        ("ironic_brightest", "Byens mest begavede elever fik prisen i går.", False),
        ("little_swear_named", "Den sølle lort Per Storm har glemt mit møde igen.", True),
        ("little_swear_named", "Den lille lort Sofie Holm svarer aldrig.", True),
        ("little_swear_named", "Det lort Per Storm sendte, kan ingen læse.", False),
        ("little_swear_named", "Den lort Per Storm skrev, var ulæselig.", False),
        ("group_adjectives_placed", "Konsulenterne i Fleksjob er arrogante og dumme.", True),
        ("group_adjectives_placed", "Rådgiverne fra Sygedagpenge er dovne og dumme.", True),
        ("group_adjectives_placed", "Reglerne i loven er gamle og dumme.", False),
        ("group_adjectives_placed", "Borgerne i byen er fattige og syge.", False),
        ("apposition_copula", "Per Storm, teamleder i Sygedagpenge, er et svin.", True),
        ("apposition_copula", "Sofie Holm, der har min sag, er en slange.", True),
        (
            "apposition_copula",
            "Per Storm, teamleder i Sygedagpenge, har en slange i terrariet.",
            False,
        ),
        ("apposition_copula", "Jeg ringede til Per Storm, og det er noget lort.", False),
        ("wished_other", "Kan I ikke finde en rådgiver, der ikke er en idiot?", True),
        ("wished_other", "Giv mig en sagsbehandler som ikke er en komplet tåbe.", True),
        ("wished_other", "Vi har en sagsbehandler, der ikke er en idiot.", False),
        (
            "wished_other",
            "Jeg fandt en sagsbehandler, der ikke er en idiot, og hun hjalp mig.",
            False,
        ),
    ],
)  # fmt: skip
def test_r329_insult_b(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 329 insultA
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("dirt_fragment", "Her er vores rådgiver Sofie Holm. En ussel, kold stykke lort.", True),
        ("dirt_fragment", "Jeg så ham i går. Et iskoldt stykke menneskeaffald.", True),
        ("dirt_fragment", "Et stykke affald blæste ind ad døren.", False),
        ("dirt_fragment", "Et helt stykke kage blev tilbage efter mødet.", False),
        ("little_turd_named", "Giv den sølle lort Jakob besked om mødet.", True),
        ("little_turd_named", "Hils den sure lille lort Sofie Holm fra mig.", True),
        ("little_turd_named", "Det lort Jakob sendte mig, forstod jeg ikke.", False),
        ("little_turd_named", "Den lille lort i haven har jeg fjernet.", False),
        ("snot_compound", "Han er en forkælet snothvalp.", True),
        ("snot_compound", "Hun er sådan en fornærmet snotnæse.", True),
        ("snot_compound", "Min søn har haft snotnæse hele ugen.", False),
        ("snot_compound", "Snothvalpen i kurven sover.", False),
        ("unaided_basics",
         "Hatten af for Per Storm, der omsider kan tælle til ti uden hjælp.", True),
        ("unaided_basics",
         "Tillykke til vores sagsbehandler, som nu kan læse et brev uden hjælp fra kollegerne.",
         True),
        ("unaided_basics", "Tillykke til min datter, som nu kan læse uden hjælp.", False),
        ("unaided_basics", "Tillykke til Per Storm, som kan gå uden hjælp efter operationen.",
         False),
        ("sharpest_minds", "Nå ja, kommunens sagsbehandlere, egnens klogeste hoveder.", True),
        ("sharpest_minds",
         "Jobcentrets ledere – byens skarpeste hjerner. De kan ikke engang åbne en pdf.", True),
        ("sharpest_minds", "Universitetet har samlet landets skarpeste hjerner til konferencen.",
         False),
        ("sharpest_minds", "Vores konsulenter er landets dygtigste, og de kan hjælpe dig.", False),
        ("sulky_teen",
         "Svaret fra Jakob var skrevet med samme iver som en mut knægt, der skal rydde op.", True),
        ("sulky_teen",
         "Afgørelsen var lavet med samme grundighed som en ugidelig skoleelev.", True),
        ("sulky_teen", "Hun pakkede gaverne op med samme glæde som et barn juleaften.", False),
        ("sulky_teen", "Han arbejder med samme omhu som en erfaren håndværker.", False),
        ("pity_so_slow", "Det må være tungt at være så tungnem hver eneste dag, Kim.", True),
        ("pity_so_slow", "Stakkels Sofie, det må være svært at være så dum.", True),
        ("pity_so_slow", "Det må være hårdt at være så langsom efter operationen.", False),
        ("pity_so_slow", "Det må være hårdt at være så langt væk fra familien.", False),
        ("prize_on_its_way",
         "Jakob Bøgh har løst det hele med et nyt skema. Medaljen er nok på vej.", True),
        ("prize_on_its_way", "Sofie har opfundet kaffen igen. Nobelprisen er sikkert på vej.",
         True),
        ("prize_on_its_way", "Pokalen er sikkert på vej til byen efter sejren i finalen.", False),
        ("prize_on_its_way", "Din pakke er på vej med posten.", False),
        ("prize_on_its_way", "Sagsbehandleren mente, at jeg kan arbejde med to brækkede arme. "
         "Prisen er sikkert på vej.", False),
        ("award_worst_record", "Sofie Holm burde have en pokal for kommunens langsomste svartid.",
         True),
        ("award_worst_record", "Per Storm fortjener en medalje for årets dårligste sagsbehandling.",
         True),
        ("award_worst_record", "Hun fortjener en medalje for verdens længste løb.", False),
        ("award_worst_record", "Han fortjener en pris for sin indsats.", False),
        ("paid_for_nothing", "Sejt, at Jakob kan få løn for at udrette præcis nul.", True),
        ("paid_for_nothing", "Utroligt, at de kan få betalt for at lave ingenting.", True),
        ("paid_for_nothing", "Ingen bør få løn for at lave ingenting.", False),
        ("paid_for_nothing", "Imponerende at hun kan få løn for at lave så meget godt arbejde.",
         False),
        ("good_at_something_else",
         "Manden ved skranken er garanteret dygtig til noget, bare ikke til at hjælpe.", True),
        ("good_at_something_else",
         "Kvinden i døren er sikkert god til et eller andet. Bare ikke til at lytte.", True),
        ("good_at_something_else",
         "Manden i butikken er sikkert god til noget, bare ikke til fodbold.", False),
        ("good_at_something_else", "Kvinden i døren er god til mange ting.", False),
    ],
)
def test_r329_insult_a(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Per Storm fortjener en medalje for årets dårligste sagsbehandling.", True),
        ("Giv den sølle lort Jakob besked om mødet.", True),
        ("Han fortjener en pris for sin indsats, Per Storm.", False),
        ("Tillykke til Per Storm, som kan gå uden hjælp efter operationen.", False),
    ],
)
def test_r329_named_mockery_is_exposure(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # sworn at the jobcentre's ways: offensive, no person attacked
        ("Rend mig i røven med jeres kurser og jeres skemaer.", False),
        ("I kan rende mig i røven med jeres aktiveringsforløb, jeg har prøvet fem.", False),
        # sworn at a person: an insult
        ("Rend mig i røven, din dumme kælling.", True),
        ("Du kan rende mig i røven, Per Storm, din klaphat.", True),
    ],
)
def test_sworn_at_the_jobcentres_ways_is_no_insult(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# round 337 insultA
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("empty_between_ears", "Per Storm? Der er en øde prærie imellem ørene på ham.", True),
        ("empty_between_ears", "Hun har et stort tomrum mellem ørerne, den rådgiver.", True),
        ("empty_between_ears", "Jeg har haft ondt mellem ørerne hele ugen.", False),
        ("empty_between_ears", "Vi kørte gennem en ørken i Arizona på ferien.", False),
        ("learn_danish_some_day", "Per Storm lærer vel også dansk en skønne dag.", True),
        ("learn_danish_some_day", "Hun skal sikkert lære dansk med tiden, den dame.", True),
        ("learn_danish_some_day", "Min søn skal nok lære dansk en dag, han er ny.", False),
        ("learn_danish_some_day", "Jeg skal nok lære dansk en dag, jeg øver hver aften.", False),
        ("calling_is_clown", "Per Storm, det er ikke dit kald, men hofnar kunne passe.", True),
        ("calling_is_clown", "Sagsbehandling er nok ikke hans kald, men bajads i et cirkus.", True),
        ("calling_is_clown", "Min søster fandt sit kald som klovn på hospitalet.", False),
        ("calling_is_clown", "Det er ikke dit kald at hjælpe, men det er dit job.", False),
        ("overpaid_machines", "Cheferne her er nogle overbetalte robotter uden hjerte.", True),
        ("overpaid_machines", "Sagsbehandlerne er hjerneløse stempelautomater.", True),
        ("overpaid_machines", "De nye stempelmaskiner var alt for dyre i indkøb.", False),
        ("overpaid_machines", "Robotterne på lageret er overbetalte i leasing.", False),
        ("raised_in_a_barn", "Manden i skranken må være opfostret i en svinesti.", True),
        ("raised_in_a_barn", "Per Storm er vist opdraget på en kostald.", True),
        ("raised_in_a_barn", "Føllet er opdraget i en stald ved Ribe.", False),
        ("raised_in_a_barn", "Jeg er selv opdraget på en gård med heste.", False),
        ("pass_to_a_grown_up", "Giv venligst min klage videre til en voksen, tak.", True),
        ("pass_to_a_grown_up", "Per Storm fatter det ikke, så overlad sagen til en voksen.", True),
        ("pass_to_a_grown_up", "Hvis dit barn får brevet, så giv det til en voksen.", False),
        ("pass_to_a_grown_up", "Jeg har brug for at tale med en voksen.", False),
        ("expert_in_losing_papers", "Per Storm er byens dygtigste mester i at forlægge bilag.",
         True),
        ("expert_in_losing_papers", "Hun er afdelingens mest begavede ekspert i at tabe bilag.",
         True),
        ("expert_in_losing_papers", "Han er landets bedste ekspert i at finde tabte dokumenter.",
         False),
        ("expert_in_losing_papers", "Jeg er ekspert i at glemme papirer, det indrømmer jeg.",
         False),
        ("gift_for_grasping_nothing",
         "Ros til Per Storm for hans enestående evne til at begribe intet som helst.", True),
        ("gift_for_grasping_nothing",
         "Hun har en særlig gave til at høre ingenting af det, man fortæller.", True),
        ("gift_for_grasping_nothing",
         "Jeg har en evne til at forstå ingenting af skattebilletten.", False),
        ("gift_for_grasping_nothing", "Hun har en sjælden evne til at forstå folk.", False),
        ("equated_loser", "Per Storm = taber", True),
        ("equated_loser", "P3r St0rm = t4b3r!", True),
        ("equated_loser", "Per Storm taber altid mine papirer.", False),
        ("equated_loser", "2 + 2 = 4, og holdet taber igen.", False),
        ("dumb_as_plural", "Folkene i skranken er dumme som en dør.", True),
        ("dumb_as_plural", "De er dummere som et bræt end jeg troede.", True),
        ("dumb_as_plural", "Døren er tung som et bræt.", False),
        ("dumb_as_plural", "Vi sad tavse som en mur.", False),
    ],
)
def test_r337_insult_a(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 337 insultB
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("pet grasps better", "Vores kat har bedre forståelse for paragraffer end hende.", True),
        ("pet grasps better", "Selv de har mere forstand på reglerne end ham.", True),
        ("pet grasps better", "Vores kat har bedre forståelse for det end mig.", False),
        ("pet grasps better", "Min hund har bedre overblik end min kat.", False),
        ("count to five", "Ingen af dem derinde kan tælle til ti.", True),
        ("count to five", "Han kan ikke engang tælle til tre.", True),
        ("count to five", "Min søn kan ikke tælle til ti endnu.", False),
        ("count to five", "Tæl til ti, før du svarer på brevet.", False),
        ("brain left out", "Fin eksamen, men ærgerligt at forstanden ikke kom med.", True),
        ("brain left out", "Hun har titlen. Synd at hjernen ikke fulgte med.", True),
        ("brain left out", "Synd at min hjerne ikke fulgte med til sidst i mødet.", False),
        ("brain left out", "Synd at papirerne ikke fulgte med brevet.", False),
        ("that person is a clown", "Den dame er en nar.", True),
        ("that person is a clown", "Denne rådgiver er en klaphat.", True),
        ("that person is a clown", "Den mand er en klovn i cirkus Arena.", False),
        ("that person is a clown", "Den mand er en god rådgiver.", False),
        ("cold animal", "Sikke et iskoldt, hjerteløst svin.", True),
        ("cold animal", "Et kynisk, koldt bæst af en chef.", True),
        ("cold animal", "Vi fik et koldt svin på bordet til jul med flæskesteg.", False),
        ("cold animal", "Et stort svin gik rundt på gården.", False),
        ("three faults", "Hun formåede at være både kold, uvidende og nedladende.", True),
        ("three faults", "Han var både doven, arrogant og ligeglad.", True),
        ("three faults", "Jeg var både træt, sur og doven i går.", False),
        ("three faults", "Hun var både venlig, rolig og grundig.", False),
    ],
)  # fmt: skip
def test_r337_insult_b(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


@pytest.mark.parametrize(
    "text",
    [
        "Hun kan ikke tælle til ti, inden hun skælder ud.",
        "Han kan ikke tælle til fem før han råber.",
    ],
)
def test_r337_temper_count_is_no_insult(text: str) -> None:
    assert "insult" not in triage(text, "a").labels


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # the definite epithet opening the sentence or after "ham/hende", before a name
        ("Svinet Sofie Holm har stoppet min hjælp igen.", True),
        ("Jeg skrev til dem i går. Rotten Per Storm svarede ikke.", True),
        ("Ham svinet Per Storm holder til på tredje sal.", True),
        # "svinet" as the verb, and animals
        ("Han har svinet Per Storm til på Facebook.", False),
        ("Hunden har svinet hele gulvet til i venteværelset.", False),
    ],
)
def test_a_definite_epithet_before_a_name(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# round 345 insultA
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("late find, mock wit",
         "Hurra for Per Storm, der efter blot tre måneder fandt mit brev i sin egen bunke. "
         "Hvilket lyst hoved.", True),
        ("late find, mock wit",
         "Efter bare fem uger huskede Sofie Holm endelig at ringe tilbage. Sikke et geni.", True),
        ("late find, mock wit",
         "Efter kun to dage fik jeg svar fra Per Storm. Sikke et geni.", False),
        ("late find, mock wit", "Sikke et skarpt hoved Sofie Holm har, tak for hjælpen.", False),
        ("talent for not a single",
         "Der skal et sjældent talent til at sidde hele ugen og ikke besvare et eneste opkald.",
         True),
        ("talent for not a single",
         "Det kræver talent at være på arbejde i syv timer og ikke læse én eneste sag.", True),
        ("talent for not a single",
         "Det kræver talent at spille en hel sæson og ikke tabe en eneste kamp.", False),
        ("talent for not a single",
         "Det kræver evner at skrive ti sider og ikke lave en eneste stavefejl.", False),
        ("post held without sense",
         "Han passer sit embede uden at have den fjerneste forståelse af det.", True),
        ("post held without sense",
         "Hun bestrider stillingen uden at have det mindste begreb om loven.", True),
        ("post held without sense",
         "Hun startede i stillingen uden at have den mindste erfaring, men lærte hurtigt.", False),
        ("post held without sense",
         "Jeg sad i jobbet et år uden at have den mindste forstand på regnskab.", False),
        ("thing more human, with med",
         "Jeg kender brødristere med mere hjertelag end dem, der arbejder i ydelsesteamet.", True),
        ("thing more human, with med",
         "Jeg har set potteplanter med mere omtanke end hele sygedagpengeafdelingen.", True),
        ("thing more human, with med",
         "Jeg har mødt hunde med mere empati end mange mennesker.", False),
        ("thing more human, with med",
         "Vi har fået nye køleskabe med mere plads end de gamle.", False),
        ("course in pretending",
         "Per Storm har vist en eksamen i at lade som om han læser sagerne.", True),
        ("course in pretending",
         "Hun må have gået på kursus i at lade som om hun hører efter.", True),
        ("course in pretending",
         "Min datter tog et dramakursus i at lade som om hun var en kat.", False),
        ("course in pretending",
         "Sofie Holm har taget et kursus i at lytte til borgerne.", False),
        ("quota for the unable",
         "De har vel en kvote for folk, der ikke kan stave. Sådan fik Per Storm sit job.", True),
        ("quota for the unable",
         "Der er åbenbart en kvote til personer, som ikke kan regne, i økonomiafdelingen.", True),
        ("quota for the unable",
         "Har I en kvote for folk, der ikke kan arbejde fuld tid?", False),
        ("quota for the unable",
         "Der er vel en kvote til folk, der ikke kan læse dansk endnu, på kurset.", False),
        ("mock title, superfluous",
         "Landets mest unyttige afdelingsleder har igen aflyst mødet.", True),
        ("mock title, superfluous",
         "Hun blev kåret som kommunens mest overflødige sagsbehandler.", True),
        ("mock title, superfluous", "Det er Danmarks mest overflødige reform.", False),
        ("mock title, superfluous", "Årets mest overflødige møde var i går.", False),
        ("prize category, failing",
         "Per Storm er udnævnt til månedens rådgiver i kategorien 'kan ikke stave til sit navn'.",
         True),
        ("prize category, failing",
         "Tillykke med pokalen i kategorien kunne ikke engang læse en journal.", True),
        ("prize category, failing",
         "Sofie Holm fik prisen i kategorien 'kan ikke undværes'.", False),
        ("prize category, failing",
         "Hun vandt prisen i kategorien årets rådgiver.", False),
        ("pet has something on",
         "Vores undulat har altså noget på Sofie Holm, når det gælder at lytte.", True),
        ("pet has something on",
         "Så har en høne stadig noget på ham.", True),
        ("pet has something on", "Min hund har stadig noget på naboens hund.", False),
        ("pet has something on", "Per Storm har stadig noget på hjerte.", False),
        ("little creep", "Dit usle lille kryb, du skal skamme dig.", True),
        ("little creep", "Per Storm svarede ikke. Det lede kryb.", True),
        ("little creep", "Det lille kryb kravlede op ad væggen i stuen.", False),
        ("little creep", "Kryb ind under dynen, hvis du fryser.", False),
    ],
)  # fmt: skip
def test_r345_insult_a(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Hurra for Per Storm, der efter blot tre måneder fandt mit brev i sin egen bunke. "
         "Hvilket lyst hoved.", True),
        ("Så har en høne stadig noget på Sofie Holm.", True),
        ("Sofie Holm fik prisen i kategorien 'kan ikke undværes'.", False),
        ("Efter kun to dage fik jeg svar fra Per Storm. Sikke et geni.", False),
    ],
)  # fmt: skip
def test_r345_mock_praise_named_is_exposure(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# round 345 insultB
# Mock praise, sarcasm and backhanded remarks: each idea with its positives and near misses
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        # neither of the simplest skills
        ("neither", "Per Storm er flink nok, men han kan hverken regne eller tænke selv.", True),
        ("neither", "Min rådgiver kan hverken skrive en mail eller lytte til et svar.", True),
        ("neither", "Min mor kan hverken læse eller skrive dansk, så jeg hjælper hende.", False),
        ("neither", "Han er seks år og kan hverken læse eller skrive endnu.", False),
        # the only good thing there is to say
        (
            "only",
            "Kim Frederiksen er høflig. Det er desværre det eneste gode, man kan"
            " sige om ham.",
            True,
        ),
        ("only", "Hun smiler altid. Det er vist også det eneste, der kan siges om hende.", True),
        (
            "only",
            "Hun er sød, og det er ikke det eneste, man kan sige om hende – hun er"
            " dygtig.",
            False,
        ),
        ("only", "Brevet kom til tiden. Det er også det eneste, man kan sige om sagen.", False),
        # a mock award for the failing
        (
            "award",
            "Sofie Holm burde have en pokal. Tre år i stolen uden at afgøre en"
            " eneste klage.",
            True,
        ),
        ("award", "Han fortjener en pris – ingen har udrettet så lidt på så lang tid.", True),
        ("award", "Hun fortjener en medalje for alt det, hun har hjulpet mig med.", False),
        (
            "award",
            "Han burde få en pris, for han har lavet tusind sager uden at lave en"
            " eneste fejl.",
            False,
        ),
        # advice to find a job without reading or thinking
        ("job", "Per Storm, du burde søge en stilling, hvor man ikke skal kunne tælle.", True),
        ("job", "Måske skulle hun skifte til et fag, hvor man ikke behøver at kunne tænke.", True),
        (
            "job",
            "Jeg er ordblind og skal finde et job, hvor man ikke behøver at kunne"
            " læse meget.",
            False,
        ),
        ("job", "Jeg skulle finde et arbejde, hvor man ikke behøver at kunne regne.", False),
        # too much to ask for two things at once
        ("both", "Man kan ikke kræve, at hun både lytter og tænker på samme tid.", True),
        (
            "both",
            "Det er vel for meget at forvente, at Per Storm både læser og forstår"
            " på samme tid.",
            True,
        ),
        ("both", "Jeg kan ikke både lytte og skrive noter på samme tid.", False),
        ("both", "Man kan ikke forlange, at min søn både læser og regner på samme tid.", False),
        # a machine kinder than the person
        (
            "machine",
            "Vil du tale med en billetautomat, så ring til Kim Frederiksen."
            " Billetautomaten er dog mere venlig.",
            True,
        ),
        (
            "machine",
            "Spørg efter Sofie Holm i Jobafklaring. Muren derhjemme er mere"
            " forstående.",
            True,
        ),
        (
            "machine",
            "Sofie Holm hjalp mig med at bruge automaten. Automaten er nu mere"
            " brugervenlig.",
            False,
        ),
        ("machine", "Den nye billetautomat er mere venlig at bruge end den gamle.", False),
        # the person's limited gifts
        ("gifts", "Selv en kvinde med dine begrænsede evner burde kunne sende et brev.", True),
        ("gifts", "Måske kan selv du med dine ringe evner forstå min klage.", True),
        (
            "gifts",
            "Selv med mine begrænsede evner kunne jeg se, at beregningen var"
            " forkert.",
            False,
        ),
        ("gifts", "Selv med hans begrænsede evner har min søn fået et fleksjob.", False),
        # a simple mind paired with unfitness
        ("most", "Han er den mest tungnemme og inkompetente rådgiver, jeg har haft.", True),
        ("most", "Per Storm er det mest ubegavede og uegnede menneske i forvaltningen.", True),
        ("most", "Det er det mest ukvalificerede svar, jeg har fået fra jer.", False),
        ("most", "Afgørelsen er den mest tungnemme og inkompetente, jeg har læst.", False),
        # a degree of a trade from a pack of biscuits
        ("degree", "Han har vist fået sin psykologuddannelse i en pakke kiks.", True),
        ("degree", "Hun har sin juraeksamen fra en kiksepakke.", True),
        ("degree", "Efter sin sygeplejerskeuddannelse fik hun en kiksepakke af sin mormor.", False),
        ("degree", "Min uddannelse var hård, så jeg spiste en kiksepakke hver aften.", False),
        # proof that a post needs no understanding
        (
            "proof",
            "Tak til Per Storm for at bevise, at man kan være rådgiver uden at"
            " have hjulpet en eneste borger.",
            True,
        ),
        ("proof", "Hun er beviset på, at man kan blive chef uden at fatte en skid.", True),
        ("proof", "Han beviste, at man kan klare sig uden at have set en eneste film.", False),
        ("proof", "Det beviser, at man kan få hjælp uden at have en advokat.", False),
    ],
)  # fmt: skip
def test_r345_insult_b(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


@pytest.mark.parametrize(
    ("text", "insult"),
    [
        # an epithet someone else used, told on by the writer
        ("Hun fortalte, at en kunde havde kaldt hende et nul og en kælling.", False),
        ("Han skrev til mig, at en anden borger havde kaldt ham en idiot.", False),
        # the writer's own words after "at", or "en af os" among the speakers
        ("Jeg skrev til dem, at en idiot som hende ikke burde sidde der.", True),
        ("Per Storm er en idiot, og det har jeg sagt til ham.", True),
    ],
)
def test_r345_reported_epithet_by_someone_else(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# round 353 insultA
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        # people likened to a flock of dim-witted animals
        ("flock", "Afdelingen opfører sig som en flok åndssvage får.", True),
        ("flock", "Rådgiverne er som en bande hjerneløse kalkuner.", True),
        ("flock", "Alle løb rundt som hovedløse høns, da alarmen gik.", False),
        ("flock", "Vores får går rundt som en flok i marken.", False),
        # a mock prize for making people worse off
        (
            "award",
            "Per Storm bør få en pokal. Ingen har formået at gøre så mange enlige"
            " mødre ulykkeligere.",
            True,
        ),
        (
            "award",
            "Hun fortjener en pris. Ingen har evnet at efterlade så mange borgere"
            " fattigere.",
            True,
        ),
        ("award", "Hun fortjener en pris. Ingen har formået at gøre så mange ledige glade.", False),
        (
            "award",
            "Han fik en medalje. Ingen har klaret at gøre så mange unge"
            " selvforsørgende.",
            False,
        ),
        # a bonus mocked as earned for stupidity
        ("bonus", "De må få provision for at være så tungnemme.", True),
        ("bonus", "Man skulle tro, de ansatte får et tillæg for at være uduelige.", True),
        ("bonus", "Jeg fik bonus for at være hurtig på lageret.", False),
        ("bonus", "Vi fik et tillæg for at være på vagt i weekenden.", False),
        # trained where no trade is learnt
        ("kiosk", "Man kunne tro, Per Storm var oplært i en pølsevogn.", True),
        ("kiosk", "Man skulle næsten tro, hun havde sin uddannelse fra en grillbar.", True),
        ("kiosk", "Jeg er oplært på en tankstation og søger job i detailhandlen.", False),
        ("kiosk", "Min søn var i lære på en tankstation i to år.", False),
        # the mock retraction that wrongs the thing compared to
        ("unfair", "Han har en hjerne som et æsel. Nej, det er en fornærmelse mod æsler.", True),
        ("unfair", "Hun er dum som en dør. Undskyld, det er uretfærdigt over for døre.", True),
        ("unfair", "Det er uretfærdigt over for hunde at lukke dem inde hele dagen.", False),
        ("unfair", "Nej, det er urimeligt over for de ledige at skære i ydelsen.", False),
        # a grown person as immature as a child
        ("child", "Per Storm er lige så barnlig som en treårig.", True),
        ("child", "Lederne var så umodne som nogle teenagere til mødet.", True),
        ("child", "Min søn er lidt umoden som en 12-årig, siger lægen.", False),
        ("child", "Eleven er så umoden, at han skal gå et år om.", False),
        # could not find a thing if it were tied to them
        ("tied", "Han kunne ikke se en klient, om så hun var limet fast til hans skærm.", True),
        (
            "tied",
            "Hun ville ikke finde en løsning, selv hvis den var tapet fast på"
            " hendes pande.",
            True,
        ),
        ("tied", "Jeg kunne ikke finde mine briller, selvom de var bundet fast i en snor.", False),
        ("tied", "Cyklen var låst fast, og vi kunne ikke finde nøglen.", False),
        # a piece of work an animal could have written
        ("animal", "Den afgørelse kunne en høne have kradset ned.", True),
        ("animal", "Per Storms brev var så klogt, at en abe kunne have skrevet det.", True),
        ("animal", "Min hund kunne have spist brevet, så jeg sender det igen.", False),
        ("animal", "En abe kunne have været sjov i zoologisk have.", False),
        # a post chosen because no job as an animal was free
        ("vacancy", "Hun blev vist chef, fordi der ikke var ledige pladser som ko.", True),
        (
            "vacancy",
            "Hun søgte job i en zoo, fordi der ikke var ledige stillinger som"
            " dyrepasser.",
            False,
        ),
        ("vacancy", "Der var ingen ledige pladser til hunden i pensionen.", False),
        ("vacancy", "Per Storm er leder, fordi der ikke var flere job som papegøje i zoo.", True),
    ],
)  # fmt: skip
def test_r353_insult_a(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 353 insultB
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        # a mind or a heart likened to the hardware in a toolbox
        ("hardware", "Min rådgiver har samme varme som en pakke skruer.", True),
        ("hardware", "Hun har lige så meget forstand som en hammer.", True),
        ("hardware", "Jeg købte en pakke skruer og en hammer i byggemarkedet.", False),
        ("hardware", "Hylden skal have samme slags skruer som den gamle.", False),
        # a scant amount between the ears, named by degree
        ("ears", "Det er imponerende, at han klarer sig med så lidt mellem ørerne.", True),
        ("ears", "Hun har forbavsende lidt imellem ørene, den sagsbehandler.", True),
        ("ears", "Jeg har lidt ondt mellem ørerne i dag.", False),
        ("ears", "Huen sidder lidt stramt mellem ørerne på hunden.", False),
        # nobody home up in the head
        ("home", "Per Storm smiler og nikker, men der er ingen hjemme oppe i knolden.", True),
        ("home", "Hun lytter aldrig. Der er ikke nogen hjemme deroppe.", True),
        ("home", "Vi ringede på hos naboen på tredje sal, men der var ingen hjemme"
         " deroppe.", False),
        ("home", "Der er ingen hjemme i weekenden, så send brevet mandag.", False),
        # never in life had a thought in the head, no adjective needed
        ("thought", "Den teamleder har aldrig haft én tanke i knolden.", True),
        ("thought", "Sofie Holm har aldrig haft en eneste tanke i hovedet.", True),
        ("thought", "Han har aldrig haft en tanke i hovedet om at snyde nogen.", False),
        ("thought", "Jeg har aldrig haft en tanke i hovedet om at give op.", False),
        # a cardboard figure or a doll given the trappings of a post
        ("figure", "Vores rådgiver er reelt en udstillingsdukke med id-kort og kontorstol.", True),
        ("figure", "Chefen er det nærmeste, man kommer på en voksdukke med lønseddel.", True),
        ("figure", "I receptionen står en papfigur af julemanden med en pakke.", False),
        ("figure", "Børnene klistrede en papfigur op på væggen i børnehaven.", False),
        # coldness praised as a talent
        ("cold", "Der skal et særligt talent til at være så følelseskold. Det kræver øvelse"
         " at være så hjerteløs over for syge.", True),
        ("cold", "Det kræver virkelig talent at være så kynisk over for en enlig mor.", True),
        ("cold", "Det kræver talent at være så rolig i en krise.", False),
        ("cold", "Det kræver øvelse at blive så god til at lytte.", False),
        # a prize won, or a post got in a contest, for the least of a basic skill
        ("least", "Per Storm fik pokalen for at have forstået færrest breve i år.", True),
        ("least", "Hun må have vundet stillingen i en dyst om, hvem der kunne lytte mindst.", True),
        ("least", "Min datter vandt prisen for at have læst flest bøger i klassen.", False),
        ("least", "Det var en konkurrence om, hvem der kunne løbe hurtigst.", False),
        # a saving made by not doing the job, and the prize on its way next
        ("prize", "Sofie Holm har fundet ud af, at man sparer tid ved bare ikke at læse"
         " brevene. Pokalen må være lige på trapperne.", True),
        ("prize", "Sikke en hjerne, Per Storm. Nobelprisen i fysik må være lige på"
         " trapperne.", True),
        ("prize", "Vi sparer penge ved ikke at tage bilen. Pakken er nok på vej.", False),
        ("prize", "Hun vandt finalen i går, og pokalen er lige på vej.", False),
    ],
)  # fmt: skip
def test_r353_insult_b(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# stop 45 (round 353): an epithet set right after a staff name as its apposition, the
# sentence going on (``insult_apposition.named_then``); a word after "den" that is no
# adjective, or the animal's definite form, is no epithet
@pytest.mark.parametrize(
    ("text", "insulted"),
    [
        ("Sofie Holm den ko har stoppet min hjælp igen.", True),
        ("Per Storm det gamle svin sagde nej til alt.", True),
        ("Per Storm den dag koen kælvede, var han glad.", False),
        ("Sofie Holm den anden ko i stalden er syg.", False),
    ],
)
def test_stop45_epithet_after_a_name(text: str, insulted: bool) -> None:
    assert ("insult" in triage(text).labels) is insulted, text


# round 361 iA
# Insults by sarcasm, mock praise and comparison (cues contempt.r361_*, dehumanise): an
# animal that would err less, a goldfish that remembers more, the head that keeps the ears
# apart, a job where no thinking is needed, teaching how not to, a champion of a vice, the
# best one undercut, a sarcastic "managed to misread", zeal likened to a thing, and a vulgar
# animal compound. A named staff member so mocked is also exposed.
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("fewer", "En undulat med en lommeregner ville begå færre fejl end ham.", True),
        ("fewer", "Et æsel ville lave færre fejl i min sag.", True),
        ("fewer", "En robot ville lave færre fejl i lønsystemet.", False),
        ("fewer", "Det nye it-system ville kunne lave færre fejl.", False),
        ("goldfish", "En guldfisk husker mere end hende, når man ringer igen.", True),
        ("goldfish", "En guldfisk husker mere fra samtale til samtale.", True),
        ("goldfish", "En guldfisk husker mere end tre sekunder, siger forskerne.", False),
        ("goldfish", "Min guldfisk husker mere, end man skulle tro.", False),
        ("ears", "Han har et hoved, som kun er der for at holde ørerne fra hinanden.", True),
        ("ears", "Hendes hoved holder ørerne adskilt, mere er der ikke.", True),
        ("ears", "Han holdt hænderne fra hinanden under øvelsen.", False),
        ("ears", "Hun holder ørerne varme med en hue.", False),
        ("nothink", "Har du overvejet at finde et arbejde, hvor ingen kræver, at man kan"
         " tænke?", True),
        ("nothink", "Du skulle prøve en branche, hvor ingen forventer, at man har forstand"
         " på noget.", True),
        ("nothink", "Jeg vil gerne have et job, hvor man ikke behøver at tænke så meget.",
         False),
        ("nothink", "Har du overvejet et job, hvor man ikke skal tænke på transport?", False),
        ("teach", "Hun kunne holde kursus i, hvordan man ikke behandler borgere.", True),
        ("teach", "Han burde skrive en bog om, hvordan man ikke gør.", True),
        ("teach", "Hun burde undervise i, hvordan man gør det rigtigt.", False),
        ("teach", "Kurset handler om, hvordan man søger job.", False),
        ("vice", "Fandtes der et VM i arrogance, tog han guldet hvert år.", True),
        ("vice", "Hun ville vinde et mesterskab i at være nedladende.", True),
        ("vice", "Hvis der var et DM i håndbold, havde hun vundet guld.", False),
        ("vice", "Vi vandt mesterskabet i at være hurtigst.", False),
        ("best", "Han er den skarpeste i afdelingen. Det siger mere om afdelingen end om"
         " ham.", True),
        ("best", "Du er vist den dygtigste på kontoret. Det siger nok mere om kontoret"
         " end om dig.", True),
        ("best", "Han skreg ad dig. Det siger mere om ham end om dig.", False),
        ("best", "Du er den bedste i hele teamet. Det siger meget om dig.", False),
        ("misread", "Hatten af for, at hun igen har formået at læse journalen på hovedet.",
         True),
        ("misread", "Han mestrer at læse enhver ansøgning på hovedet.", True),
        ("misread", "Hun kan læse teksten på hovedet, et fint trick.", False),
        ("misread", "Jeg har formået at læse min egen erklæring på hovedet.", False),
        ("zeal", "Hun lytter med samme indlevelse som en stegepande.", True),
        ("zeal", "Hun sidder i skranken med lige så meget glød som en kantsten.", True),
        ("zeal", "Hun lyttede med samme engagement som en ildsjæl.", False),
        ("zeal", "Printeren arbejder med samme entusiasme som en brødrister.", False),
        ("beast", "I er nogle møgdyr, hele flokken.", True),
        ("beast", "Han er et skidtdyr.", True),
        ("beast", "Hunden er et møgdyr til at gø.", False),
        ("beast", "Det er noget møg med de dyr i haven.", False),
    ],
)  # fmt: skip
def test_r361_ia_mock_praise_and_comparison(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 361 iB
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        # a comparison of staff with a thing said to insult the thing
        ("compare", "At kalde rådgiverne for æsler ville være en hån mod æslerne.", True),
        ("compare", "At sammenligne personalet med får ville krænke fårene.", True),
        ("compare", "Han sammenlignede sagsbehandlerne med kvæg, og det var en fornærmelse"
         " mod dem.", False),
        ("compare", "At sammenligne min sag med naboens er en fornærmelse mod mig.", False),
        # a mock course in thinking
        ("course", "Hun kunne trænge til et aftenkursus i at tænke, før hun skriver.", True),
        ("course", "Send ham på et kursus i sund fornuft.", True),
        ("course", "Jeg deltog i et kursus i at tænke kreativt.", False),
        ("course", "Kurset i at tænke strategisk var rigtig godt.", False),
        # so many without wits gathered in one house
        ("roof", "Flot at ansætte så mange folk, som ikke kan stave, under samme tag.", True),
        ("roof", "Utroligt at man kan finde så mange personer uden en brugbar idé under ét"
         " tag.", True),
        ("roof", "Det er flot at samle så mange foreninger under ét tag.", False),
        ("roof", "De har samlet så mange dygtige folk under ét tag.", False),
        # skill likened to small children's
        ("kids", "De arbejder på et niveau som en flok vuggestuebørn.", True),
        ("kids", "Ledelsen er på højde med en børnehaveklasse.", True),
        ("kids", "Min søn går i børnehaveklasse og læser fint.", False),
        ("kids", "Niveauet i prøven var højt for de ældste elever.", False),
        # never a thought of one's own
        ("thought", "Han har siddet der i årevis uden at have tænkt en eneste selvstændig"
         " tanke.", True),
        ("thought", "Chefen har aldrig haft en original tanke.", True),
        ("thought", "Hun tog beslutningen uden at tænke sig om.", False),
        ("thought", "Jeg havde en tanke om at søge et nyt job.", False),
        # the sneering "you are geniuses"
        ("genius", "Nå, I er da nogle genier derude.", True),
        ("genius", "wow de er sgu genier på kontoret", True),
        ("genius", "Min datter er et geni til matematik.", False),
        ("genius", "Tak for hjælpen, I var gode.", False),
        # a forecast that a person soon manages without reading, and nearly does
        ("read", "Snart klarer han jobbet uden at kunne stave. Det er han tæt på.", True),
        ("read", "Hun sagsbehandler uden at kunne læse. Hun er godt på vej.", True),
        ("read", "Min mor klarer sig uden at kunne læse.", False),
        ("read", "Han kan læse nu. Han er tæt på at bestå.", False),
        # a person called mean-witted ("åndsfattig")
        ("dim", "Han er et åndsfattigt menneske.", True),
        ("dim", "Hun er en åndsfattig og led person.", True),
        ("dim", "Brevet var åndsfattigt skrevet.", False),
        ("dim", "Det var en åndsfattig afgørelse.", False),
        # "selv" after the verb stresses the people before it, not the writer
        ("selv", "Folkene derinde er vel selv nogle idioter.", True),
        ("selv", "De ansatte er sikkert selv nogle tosser.", True),
        ("selv", "Jeg er sikkert selv en idiot.", False),
        ("selv", "Vi er jo selv nogle tosser.", False),
    ],
)  # fmt: skip
def test_r361_insult_ib(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 361 merge: never a thought of one's own, said in sorrow of the writer's own relative
# after an illness or an accident, is no scorn
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Min far har ikke haft en klar tanke siden hjerneblødningen.", False),
        ("Vores mormor har aldrig haft en egen tanke efter ulykken, så vi taler for hende.", False),
        ("Min søster har ikke haft en klar tanke siden blodproppen i foråret.", False),
        ("Teamlederen har aldrig haft en selvstændig tanke i sit liv.", True),
    ],
)
def test_r361_never_a_thought_of_a_relative(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# round 369 iA
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        # an article and three adjectives before a swear word said of a person
        ("adj3", "Per Storm er en sur, doven lille lort.", True),
        ("adj3", "Hun er en kold, grådig lille lort, som ingen kan lide.", True),
        ("adj3", "Det er en gammel, rusten lille lort af en cykel.", False),
        ("adj3", "Sikke en lang, kedelig lille lort dag.", False),
        # a quantifier floated between the capital pronoun and the copula
        ("floated", "I alle er dumme mennesker uden forstand.", True),
        ("floated", "I begge var dumme kvinder den dag.", True),
        ("floated", "I alle tilfælde er det dumt at vente.", False),
        ("floated", "I alle sager er der en frist.", False),
        # the old word for a good-for-nothing
        ("idler", "Sagsbehandlerne er en flok dovne døgenigte.", True),
        ("idler", "Din chef er en døgenigt.", True),
        ("idler", "Ordet døgenigt kommer fra gammel dansk.", False),
        ("idler", "Romanen handler om livet.", False),
        # a dull thing that could learn from the person
        ("learns", "En sten kunne lære noget af hende, når det gælder at lytte.", True),
        ("learns", "En kartoffel kan lære meget af ham.", True),
        ("learns", "Hunden kan lære noget af hende.", False),
        ("learns", "Eleverne kunne lære noget af hende.", False),
        # beasts met with more brain or heart than the people
        ("beasts", "Jeg har set køer med mere forstand end dem på kontoret.", True),
        ("beasts", "Vi har mødt høns med mere omtanke end personalet derinde.", True),
        ("beasts", "Vi har køer med mere mælk end naboen.", False),
        ("beasts", "Jeg har set geder med mere energi end min hund.", False),
        # a likeness capped "just dumber"
        ("dumber", "Bo som chef er som en blind kaptajn. Bare dummere.", True),
        ("dumber", "Hun som leder er ligesom en vejrhane. Bare endnu dummere.", True),
        ("dumber", "Det nye system er som det gamle. Bare dummere.", False),
        ("dumber", "Bo som chef er som en kaptajn. Bare bedre.", False),
        # the brain left at home
        ("home", "Han har vist glemt hjernen derhjemme i dag.", True),
        ("home", "Forstanden må være blevet hjemme, da hun skrev brevet.", True),
        ("home", "Jeg glemte hjernen derhjemme i dag.", False),
        ("home", "Min søn blev hjemme fra skole i dag.", False),
        # trained as a piece of furniture
        ("trained", "Man skulle tro, hun var uddannet som hatstativ.", True),
        ("trained", "Han må være udlært som kommode.", True),
        ("trained", "Han er uddannet som tømrer.", False),
        ("trained", "Hun var uddannet som sygeplejerske.", False),
        # sarcastic giftedness for a blunder
        ("gifted", "Man skal være ekstra begavet for at glemme et møde to gange.", True),
        ("gifted", "Han er særligt begavet for at tabe papirer.", True),
        ("gifted", "Man skal være særligt begavet for at løse den opgave.", False),
        ("gifted", "Jeg må være ekstra begavet for at glemme nøglerne.", False),
    ],
)  # fmt: skip
def test_r369_insult_ia(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Per Storm er en sur, doven lille lort.", True),
        ("Man skulle tro, Sofie Holm var uddannet som kommode.", True),
        ("Sofie Holm er uddannet som socialrådgiver.", False),
        ("Per Storm som chef er som den gamle chef. Bare bedre.", False),
    ],
)  # fmt: skip
def test_r369_named_insult_is_exposure(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# round 369 iB
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        # a vulgar first part on a people's name: an ethnic slur on a person
        ("ethnic", "Den møgpolak af en rådgiver har afvist mig igen.", True),
        ("ethnic", "De skide-tyrkere på kontoret griner bare af mig.", True),
        ("ethnic", "Min nabo er rumæner og hjælper mig med ansøgningen.", False),
        ("ethnic", "Sikke et lortevejr, min rådgiver er polak og forstår mig godt.", False),
        # a mock salute (one half) with a proof of failing (the other half)
        ("salute", "Månedens medarbejder: Hansen, der ikke engang kan huske mit navn.", True),
        ("salute", "Bravo, geni. Alting forfalder i din afdeling.", True),
        ("salute", "Jeg er virkelig imponeret over min nye rådgiver, hun fandt alt straks.", False),
        ("salute", "Min rådgiver fortjener en medalje for sin tålmodighed med mig.", False),
        ("salute", "Jeg kan ikke engang finde min lægeerklæring, kan I sende den igen?", False),
        # cardboard worth and the plainest skill mocked
        ("cardboard", "Han fortjener en pokal – af plastik.", True),
        ("cardboard", "Rådgiveren er nogenlunde lige så nyttig som et papskilt i blæsevejr.", True),
        ("cardboard", "Flot, at hun kan gå og tale på én gang.", True),
        ("cardboard", "Min søn fik en medalje af pap i børnehaven, han var så glad.", False),
        ("cardboard", "Vi satte et papskilt op ved døren, så folk kunne finde vej.", False),
        # a person called an office's answer to a dull animal or thing
        ("answer", "Lederen er forvaltningens svar på en sten: intet rører ham.", True),
        ("answer", "Hun er afdelingens svar på en potteplante.", True),
        ("answer", "Kommunens svar på et spørgsmål om min hund kom i går.", False),
        ("answer", "Jeg venter stadig på jeres svar på en klage fra marts.", False),
        # people without a conscience, as a kind the person belongs to
        ("conscience", "Sådan sover mennesker uden hjerte fint om natten.", True),
        ("conscience", "Det er typer uden skam, der sidder derinde.", True),
        ("conscience", "Jeg har dårlig samvittighed over, at jeg ikke kom til mødet.", False),
        ("conscience", "Folk uden arbejde skal møde op på mandag.", False),
        # staff scorned as those no one else would hire
        ("unhireable", "Kontoret er bemandet med typer, der ikke kan få job andre steder.", True),
        ("unhireable", "Bundfald, allesammen, hele det kontor.", True),
        ("unhireable", "Flexjob er et tilbud til folk, der ikke kan få job andre steder.", False),
        ("unhireable", "Der lå affald over hele banen efter kampen.", False),
    ],
)  # fmt: skip
def test_r369_insult_ib(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 369 merge: three words between the copula and the epithet only where they are an
# article and adjectives ("en landmand med mange køer" is a farmer); a machine held up as
# "kommunens svar på" something is no person insulted
@pytest.mark.parametrize(
    ("text", "insult"),
    [
        ("Manden ved siden af er en bonde med mange grise.", False),
        ("Hun er en pige og passer køer om sommeren.", False),
        ("Den nye app er kommunens svar på en telefonsvarer.", False),
        ("Hun er en sur, doven lille kælling.", True),
        ("Se, det er Lis, kommunens svar på en guldfisk.", True),
    ],
)
def test_r369_merge_frames_and_machines(text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult


# round 377 iB
# probe round 377: compound office apes, staff called scrap, a fish's warmth, "dummer end",
# a brain taken out, a sold heart, a pet with a key card, the most worthless grown-up, the
# head up the backside, a mock test in understanding nothing, cheers with a proof of failing
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("apes", "Direktionen er en flok slipsaber, der kun tænker på budgettet.", True),
        ("apes", "Kommunens kontoraber har igen glemt at svare mig.", True),
        ("apes", "Vi så aber i zoologisk have i weekenden.", False),
        ("apes", "Han kom til mødet i jakkesæt og slips.", False),
        ("scrap", "Afdelingen er befolket af noget værdiløst skrab.", True),
        ("scrap", "Hele kontoret er drevet af noget skrammel, der intet kan.", True),
        ("scrap", "Kælderen er fyldt med noget gammelt skrammel.", False),
        ("scrap", "Holdet er bemandet med erfarne folk.", False),
        ("fish", "Hun har samme varme som en frossen makrel.", True),
        ("fish", "Han har samme charme som en død sild.", True),
        ("fish", "Vi spiste sild og makrel til frokost.", False),
        ("fish", "Torsken var frossen, da den kom fra fiskehandleren.", False),
        ("dumber", "Min rådgiver er dummer end et bræt.", True),
        ("dumber", "De er dummer end en sæk kartofler.", True),
        ("dumber", "Han dummer sig tit til møderne.", False),
        ("dumber", "Det var dumt af mig at glemme brevet.", False),
        ("organ", "Han har vist fået hjertet skåret ud, da han blev chef.", True),
        ("organ", "Sagsbehandleren har fået forstanden pillet ud.", True),
        ("organ", "Min far har fået hjertet opereret i sidste uge.", False),
        ("organ", "Hun har fået fjernet en byld på ryggen.", False),
        ("sold", "Hun har solgt sin sjæl til systemet for længst.", True),
        ("sold", "Samvittighed? Han solgte sin egen, da han fik stillingen.", True),
        ("sold", "Vi solgte vores hus sidste år.", False),
        ("sold", "Jeg har solgt sin cykel for ham.", False),
        ("keycard", "Man kunne lige så godt have en kanin med adgangskort.", True),
        ("keycard", "Giv en mursten et skrivebord, så klarer den det bedre.", True),
        ("keycard", "Jeg har glemt mit nøglekort derhjemme.", False),
        ("keycard", "Vi gav hunden et nyt halsbånd.", False),
        ("worst", "Hun er den mest ubrugelige rådgiver, jeg nogensinde har haft.", True),
        ("worst", "Han er det mest modbydelige menneske i hele kommunen.", True),
        ("worst", "Jeg følte mig som det mest værdiløse menneske i verden.", False),
        ("worst", "Det er den mest ubrugelige regel i loven.", False),
        ("head", "De må have hovedet langt oppe i røven derinde.", True),
        ("head", "Chefen har hjernen oppe i røven.", True),
        ("head", "Han slog hovedet, da han faldt.", False),
        ("head", "Hun har hjernen med sig, når hun læser.", False),
        ("test", "De har vist alle taget et kursus i ikke at lytte.", True),
        ("test", "Man skal åbenbart bestå en prøve i at ikke tænke for at sidde der.", True),
        ("test", "Hun har taget et kursus i ikke at ryge.", False),
        ("test", "Testen i dansk gik fint.", False),
        ("cheer", "Hurra for Per Storm! Han kan læse en journal baglæns.", True),
        ("cheer", "Kæmpe ros til Per Storm, der viste, at voksne ikke holder det, de lover.", True),
        ("cheer", "Hurra for sommerferien!", False),
        ("cheer", "Kæmpe ros til Per Storm, der hjalp mig med ansøgningen.", False),
    ],
)  # fmt: skip
def test_r377_insult_ib(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 377 iA
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("genius_next", "Han er et sandt geni. Han fik min mor til at føle sig dum på fem minutter.", True),  # noqa: E501
        ("genius_next", "Sikke et talent. Hun fik min far til at føle sig som den ringeste mand i byen.", True),  # noqa: E501
        ("genius_next", "Hun er et geni. Hun fik min søn til at føle sig tryg.", False),
        ("genius_next", "Han er et talent. Han fik mig til at føle mig velkommen.", False),
        ("broken_thing", "Hvis han var en printer, ville han være den, der altid sidder fast og aldrig virker.", True),  # noqa: E501
        ("broken_thing", "Hvis hun var en computer, var hun den, der går ned og ikke starter.", True),  # noqa: E501
        ("broken_thing", "Hvis appen virkede, ville jeg bruge den.", False),
        ("broken_thing", "Hvis han var en computer, ville han være den hurtigste.", False),
        ("suck_it", "Hun kan sutte den.", True),
        ("suck_it", "De må sutte den!", True),
        ("suck_it", "Han kan sutte den selv nu, sagde min søster om babyen.", False),
        ("suck_it", "Hun kan sutte på sin sut om natten.", False),
        ("arrogant_cow", "Den hovne ko i receptionen gad ikke svare.", True),
        ("arrogant_cow", "Sikke en selvglad kælling hun er.", True),
        ("arrogant_cow", "Den sorte ko står på marken.", False),
        ("arrogant_cow", "Koen på gården er meget rolig.", False),
        ("vile_skid", "Den dovne skid gad ikke tage telefonen.", True),
        ("vile_skid", "Din kolde skid, du kan skamme dig.", True),
        ("vile_skid", "Jeg fik ikke en skid ud af mødet.", False),
        ("vile_skid", "Den kolde vind fik mig til at fryse.", False),
        ("dung_bucket", "Han er en lortespand.", True),
        ("dung_bucket", "h4n 3r 3n l0rt3sp4nd", True),
        ("dung_bucket", "Tøm lortespanden i gården.", False),
        ("dung_bucket", "Spanden i gården er fuld.", False),
        ("foolish_ignorant", "Han er en tåbelig og komplet uvidende mand.", True),
        ("foolish_ignorant", "Hun er et dumt og totalt uvidende menneske.", True),
        ("foolish_ignorant", "Det var et tåbeligt og uvidende spørgsmål.", False),
        ("foolish_ignorant", "Jeg stillede en dum og uvidende bemærkning.", False),
        ("special_vice", "Det kræver en særlig slags dumhed at miste tre ansøgninger.", True),
        ("special_vice", "Det kræver en helt speciel form for fejhed at gemme sig bag sekretæren.", True),  # noqa: E501
        ("special_vice", "Det kræver en helt særlig form for mod at klage.", False),
        ("special_vice", "Det kræver en særlig tilladelse at parkere her.", False),
        ("talks_nothing", "Utroligt, at hun kan snakke i en halv time uden at sige noget.", True),
        ("talks_nothing", "Flot at han kan tale så længe uden at sige et eneste ord af værdi.", True),  # noqa: E501
        ("talks_nothing", "Det er imponerende, at hun kan tale i en time uden manuskript.", False),
        ("talks_nothing", "Han kan tale længe uden pauser.", False),
        ("so_clever", "Hun er så kvik, at hun ikke kan finde sin egen mail.", True),
        ("so_clever", "Han er så begavet, at han aldrig kan huske mit navn.", True),
        ("so_clever", "Hun er så klog, at hun ikke lader sig narre.", False),
        ("so_clever", "Han er så dygtig, at alle spørger ham til råds.", False),
    ],
)  # fmt: skip
def test_r377_insult_ia(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 377c ins
@pytest.mark.parametrize(
    ("idea", "text", "insult"),
    [
        ("after_pronoun", "Jeg hader jer alle sammen jeres rotter", True),
        ("after_pronoun", "nu finder jeg dig din ko", True),
        ("after_pronoun", "jeg tæsker jer allesammen jeres køer.", True),
        ("after_pronoun", "Vi sælger jer jeres svin til en god pris.", False),
        ("after_pronoun", "Vi kommer og henter jer og jeres svin i morgen.", False),
        ("after_pronoun", "Jeg har fodret jeres svin i hele sommer.", False),
    ],
)  # fmt: skip
def test_r377c_insult_ins(idea: str, text: str, insult: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insult, idea


# round 385 oth
R385_OTH_INSULT = [
    # people called a lot of talentless or useless ones, whatever noun follows; the writer's
    # own lot, or things, are none
    ("flock_of_talentless", "I er en flok evneløse skrivebordsnisser.", True),
    ("flock_of_talentless", "Sikke en bande talentløse papirflyttere I har ansat.", True),
    ("flock_of_talentless", "Per Storm og hans kolleger er nogle kompetenceløse klaphatte.",
     True),
    ("flock_of_talentless", "Vi er en flok talentløse amatører i koret, men vi hygger os.",
     False),
    ("flock_of_talentless", "De nye regler er en samling ubrugelige paragraffer.", False),
    ("flock_of_talentless", "Holdet var en flok talentløse unge, da de startede, nu vinder de.",
     False),
    # a person called a vile or cold creature; a pet or a stray is none
    ("vile_creature", "Hun er et ussel lille kræ, der nyder at sige nej.", True),
    ("vile_creature", "Hvilken ond og kold skabning sidder der ved skranken?", True),
    ("vile_creature", "Lotte Vang er et modbydeligt kræ.", True),
    ("vile_creature", "Sikke et sødt lille kræ, vores nye kattekilling er.", False),
    ("vile_creature", "Vi fandt et koldt og vådt kræ i haven i morges.", False),
    ("vile_creature", "Jeg føler mig som et ussel lille kræ, når jeg går derfra.", False),
    # staff called a lot of filth; a thing or a situation called so is none
    ("staff_are_filth", "Du er bare noget lort, Kim.", True),
    ("staff_are_filth", "Konsulenterne er noget stinkende møg.", True),
    ("staff_are_filth", "Jeres ledere er noget skide bras.", True),
    ("staff_are_filth", "Det er noget råddent pis, det her.", False),
    ("staff_are_filth", "Sagsbehandlerens brev er noget lort.", False),
    ("staff_are_filth", "Vejret er noget møg i dag.", False),
    ("staff_are_filth", "Per Storms afgørelse er noget pis, og jeg klager.", False),
    ("staff_are_filth", "Kim er flink, men systemet, han skal bruge, er noget lort.", False),
    # mock praise of genius, then a trivial feat done all alone; real praise of work is none
    ("genius_trivial_feat",
     "Din sagsbehandler er garanteret en einstein. Han kan åbne sin mail helt selv.", True),
    ("genius_trivial_feat",
     "Per Storm er vel et geni. Han har lært at logge på helt alene.", True),
    ("genius_trivial_feat",
     "Hun er nok en mesterhjerne, hun formår at trykke på en knap helt selv.", True),
    ("genius_trivial_feat",
     "Han er et geni. Han har lavet hele budgettet helt selv.", False),
    ("genius_trivial_feat",
     "Hun er et geni, hun har lært mig at logge på helt selv.", False),
    ("genius_trivial_feat",
     "Hun er sikkert et geni til regneark, men hun svarer aldrig.", False),
    # cleverer animals met than the staff; animals compared with each other are none
    ("cleverer_animals_met", "Jeg har set kvikkere høns end jer.", True),
    ("cleverer_animals_met",
     "Jeg har mødt klogere grise i stalden end dem, der sidder på jobcentret.", True),
    ("cleverer_animals_met", "Man ser klogere får på marken end jeres sagsbehandlere.", True),
    ("cleverer_animals_met", "Jeg har set klogere hunde end dem, naboen har.", False),
    ("cleverer_animals_met", "Jeg har mødt flinkere køer på Dyrskuet end sidste år.", False),
    ("cleverer_animals_met", "Vi har haft klogere katte end den her.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "insult"), R385_OTH_INSULT)
def test_r385_oth_insult(idea: str, text: str, insult: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is insult, idea


# round 389 oth
# insults by comparison and mock praise: the joke of the difference from an animal, staff not
# expected to think for themselves, a little piece of human, a family's mock pride beside a
# mock achievement, a grown-up playing at grown-ups, "jer klovne" in apposition
R389_OTH_INSULT = [
    # the difference between staff and an animal or a thing; two roles or two animals is none
    ("difference_from_animal",
     "Ved du, hvad forskellen er mellem jobcentret og en kartoffel? Kartoflen gør gavn.", True),
    ("difference_from_animal",
     "Hvad er forskellen på et æsel og en teamleder? Æslet kan man lære noget.", True),
    ("difference_from_animal",
     "Jeg har undret mig over forskellen på en jobkonsulent og en guldfisk.", True),
    ("difference_from_animal",
     "Hvad er forskellen på en sagsbehandler og en socialrådgiver?", False),
    ("difference_from_animal", "Hvad er forskellen på en hund og en kat?", False),
    ("difference_from_animal",
     "Jeg ved ikke, hvad forskellen er på en jobkonsulent og en mentor.", False),
    # staff not to be expected to think for themselves; remembering, or the writer's own
    # doubt about a patient, is none
    ("not_expected_to_think",
     "Man kan ikke forvente, at de ansatte på kontoret kan tænke selv.", True),
    ("not_expected_to_think",
     "Jeg håber ikke længere på, at sagsbehandlerne kan tænke selvstændigt.", True),
    ("not_expected_to_think",
     "Jeg havde aldrig regnet med, at I kunne tænke selv.", True),
    ("not_expected_to_think", "Jeg forventer ikke, at I kan tænke på alt.", False),
    ("not_expected_to_think", "Jeg forventer, at I selv tænker jer om.", False),
    ("not_expected_to_think",
     "Man kan ikke forvente, at min far kan tænke klart efter operationen.", False),
    # a little or vile piece of human; the writer of herself, or a piece of work, is none
    ("piece_of_human", "Hun er et ussel lille stykke menneske.", True),
    ("piece_of_human", "Sikke et ynkeligt stykke menneske, ham Per Storm.", True),
    ("piece_of_human", "Sagsbehandleren? Et rigtigt lille stykke menneske.", True),
    ("piece_of_human", "Jeg føler mig som et lille stykke menneske i systemet.", False),
    ("piece_of_human", "Det var et stort stykke menneskeligt arbejde.", False),
    ("piece_of_human", "Et lille stykke af menneskets historie står i bogen.", False),
    # a family's mock pride beside a mock achievement; the writer's own family, or sincere
    # praise, is none
    ("mock_pride_and_achievement",
     "Sofie Holms mor må være så stolt. Hendes største præstation er at sanktionere syge"
     " folk.", True),
    ("mock_pride_and_achievement",
     "Hans forældre må virkelig være stolte: hans fornemste bedrift er at få ældre mænd til"
     " at græde.", True),
    ("mock_pride_and_achievement",
     "Din familie må være så stolt. Din største præstation var at ydmyge mig foran alle.",
     True),
    ("mock_pride_and_achievement",
     "Min mor må være så stolt af mig, nu hvor jeg har fået job.", False),
    ("mock_pride_and_achievement",
     "Hans forældre må være så stolte, han har hjulpet mig så godt.", False),
    ("mock_pride_and_achievement",
     "Hendes største præstation er at have fået mig i job.", False),
    # a grown member of staff playing at grown-ups or sent back to colouring books; a real
    # child at play is none
    ("playing_grownup", "Så har Kim fået lov at lege sagsbehandler igen.", True),
    ("playing_grownup", "Han burde holde sig til legoklodserne.", True),
    ("playing_grownup",
     "Hun sidder og leger chef på kontoret, men hun burde holde sig til farveladerne.", True),
    ("playing_grownup", "Min søn har fået lov at lege voksen i børnehaven.", False),
    ("playing_grownup",
     "Min datter burde holde sig til malebøgerne, hun er kun fire.", False),
    ("playing_grownup", "Vi har fået lov at lege i haven hos naboen.", False),
    # "I" or "jer" and an ambiguous epithet in apposition, the clause going on; something
    # eaten, kept or handed over is none
    ("you_all_apposed", "Hvad får jer aber til at tro, at det er i orden?", True),
    ("you_all_apposed", "I klovne kan ikke engang læse en blanket.", True),
    ("you_all_apposed", "Hvornår gider I klovne svare på min mail?", True),
    ("you_all_apposed", "Jeg kan sælge jer svin og køer fra gården.", False),
    ("you_all_apposed", "Har I svin på gården?", False),
    ("you_all_apposed", "Jeg kan give jer ko at malke.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "insult"), R389_OTH_INSULT)
def test_r389_oth_insult(idea: str, text: str, insult: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is insult, idea


@pytest.mark.parametrize(
    "text",
    [
        "Hvad er forskellen på en sagsbehandler og en papegøje? Papegøjen kan lære nye ord.",
        "Ved du, hvad forskellen er mellem jobcentret og en kartoffel? Kartoflen gør gavn.",
        "Jeg har undret mig over forskellen på en jobkonsulent og en guldfisk.",
    ],
)
def test_r389_oth_difference_joke_is_no_offensive_language(text: str) -> None:
    labels = triage(text, "a").labels
    assert "insult" in labels
    assert "offensive" not in labels


# round 393 oth: a person likened to an old machine, warmth measured on a freezer, a
# fiend in fine clothes, never should have been let work with people (subordinate order)
R393_OTH_INSULT = [
    ("old_machine",
     "Per Storm er som en gammel printer: han bruger en evighed på at varme op og "
     "sætter sig fast hver gang.", True),
    ("old_machine",
     "Hun er nærmest som en langsom computer fra halvfemserne, man skal vente og "
     "vente på svar.", True),
    ("old_machine",
     "Sagsbehandleren er ligesom et forældet styresystem, der aldrig bliver "
     "opdateret.", True),
    ("old_machine", "Jeres system er som en gammel computer, det går ned hele tiden.", False),
    ("old_machine", "Jeg er som en gammel computer i dag, jeg har sovet for lidt.", False),
    ("old_machine", "Han er ligesom en gammel ven af familien.", False),
    ("warm_as_cold_store", "Sofie Holm er lige så hjertevarm som et kølerum.", True),
    ("warm_as_cold_store", "Hun er omtrent så imødekommende som en dybfryser.", True),
    ("warm_as_cold_store", "Sikke en rar mand, næsten lige så varm som en istap.", True),
    ("warm_as_cold_store", "Kaffen var lige så varm som en fryser.", False),
    ("warm_as_cold_store", "Jeg er lige så varm som en isterning, fordi varmen er slukket.", False),
    ("warm_as_cold_store", "Hun er lige så varm som en ovn, når hun har feber.", False),
    ("fiend_in_fine_clothes", "Kim Frederiksen er en ulv i pænt jakkesæt.", True),
    ("fiend_in_fine_clothes", "Sikke en heks i dyre sko hun er, vores sagsbehandler.", True),
    ("fiend_in_fine_clothes", "Per Storm? En slange i stribet skjorte.", True),
    ("fiend_in_fine_clothes", "Min lille djævel af en søn har fået nye sko.", False),
    ("fiend_in_fine_clothes", "Vi så en slange i haven i går.", False),
    ("fiend_in_fine_clothes",
     "Min datter var klædt ud som en heks i sort kjole til fastelavn.", False),
    ("never_should_have_been_let",
     "Per Storm er en mand, der aldrig burde have fået lov til at arbejde med "
     "sårbare borgere.", True),
    ("never_should_have_been_let",
     "Det er utroligt, at hun aldrig skulle have været sagsbehandler.", True),
    ("never_should_have_been_let", "Jeg mener, at han aldrig burde arbejde med mennesker.", True),
    ("never_should_have_been_let",
     "Jeg ved godt, at jeg aldrig burde have sagt ja til det job.", False),
    ("never_should_have_been_let", "Hun har aldrig fået lov at arbejde med mennesker før.", False),
    ("never_should_have_been_let",
     "Min læge siger, at jeg aldrig burde arbejde med tunge løft igen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R393_OTH_INSULT)
def test_r393_oth_insult(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is expected, (idea, text)


# round 397 ins: a first part of rank on an ambiguous epithet, not worth a share of one's
# pay, an animal that could do the job, chewing gum and walking, paid to be an empty chair,
# mock praise for a few pages, doubt of a brain or an echo, mock mastery of understanding
# nothing, a heart likened to paperwork, an epithet on the other party of a comparison
R397_INS_INSULT = [
    ("ranked_epithet", "Hun er overklovnen i hele den afdeling.", True),
    ("ranked_epithet", "Din lille ærkeheks!", True),
    ("ranked_epithet", "Kim Frederiksen er en hovedklovn.", True),
    ("ranked_epithet", "Hovedklovnen i cirkusset fik børnene til at grine.", False),
    ("ranked_epithet", "Hun er min hovedsagsbehandler, og hun er god.", False),
    ("ranked_epithet", "Overheksen i Roald Dahls bog er uhyggelig.", False),
    ("not_worth_share_of_pay", "Sofie Holm er ikke en rød øre af sin løn værd.", True),
    ("not_worth_share_of_pay", "Han er ikke halvdelen af sin gage værd.", True),
    ("not_worth_share_of_pay", "De er ikke en eneste krone af deres løn værd.", True),
    ("not_worth_share_of_pay", "Kurset er ikke en krone af prisen værd.", False),
    ("not_worth_share_of_pay", "Jeg er ikke en krone af min løn værd i dag.", False),
    ("not_worth_share_of_pay", "Bilen var ikke halvdelen af pengene værd.", False),
    ("animal_could_do_the_job", "En papegøje kunne klare hendes job.", True),
    ("animal_could_do_the_job", "Ærlig talt kan en abe gøre dit arbejde.", True),
    ("animal_could_do_the_job", "Jeres arbejde kunne udføres af en undulat.", True),
    ("animal_could_do_the_job", "En hund kunne gøre mit arbejde bedre end mig.", False),
    ("animal_could_do_the_job", "En førerhund kan gøre hans arbejde lettere.", False),
    ("animal_could_do_the_job", "Vores papegøje kan sige goddag og farvel.", False),
    ("chew_gum_and_walk",
     "Hos jer skal man åbenbart ikke kunne tygge tyggegummi og gå på samme tid.", True),
    ("chew_gum_and_walk", "De ansatte derinde kan knap tygge tyggegummi og tænke på én gang.",
     True),
    ("chew_gum_and_walk", "For at blive sagsbehandler skal man vist kun kunne trække vejret.",
     True),
    ("chew_gum_and_walk", "Min søn på to år kan nu tygge tyggegummi og gå samtidig.", False),
    ("chew_gum_and_walk", "Tandlægen sagde, at jeg ikke må tygge tyggegummi efter operationen.",
     False),
    ("chew_gum_and_walk",
     "For at blive sagsbehandler skal man kunne trække vejret dybt, når folk råber.", False),
    ("proof_paid_for_nothing",
     "Sofie Holm er beviset på, at man kan få løn for at lave ingenting.", True),
    ("proof_paid_for_nothing",
     "Han er det bedste eksempel på, at man kan blive betalt for at sidde og drikke kaffe.",
     True),
    ("proof_paid_for_nothing", "Kim Frederiksen får løn for at være en tom kontorstol.", True),
    ("proof_paid_for_nothing",
     "Hun er det levende bevis på, at man kan få løn for at gøre det, man elsker.", False),
    ("proof_paid_for_nothing", "Ingen bør få løn for at lave ingenting.", False),
    ("proof_paid_for_nothing",
     "Der stod en tom stol ved bordet, hvor min sagsbehandler skulle have siddet.", False),
    ("mock_feat_of_pages",
     "Bravo til Per Storm, der har formået at læse hele tre linjer af min ansøgning.", True),
    ("mock_feat_of_pages", "Kim Frederiksen har i dag magtet en hel side af journalen.", True),
    ("mock_feat_of_pages",
     "Det er lykkedes jer at svare på hele to af mine spørgsmål på et halvt år.", True),
    ("mock_feat_of_pages", "Min datter har formået at læse hele tre sider selv i dag.", False),
    ("mock_feat_of_pages", "Min mor har efter slagtilfældet formået at læse en hel side.", False),
    ("mock_feat_of_pages", "Hun har formået at læse hele tre gange så mange sider som mig.",
     False),
    ("whether_a_brain", "Jeg ved ikke, om Per Storm overhovedet har en hjerne.", True),
    ("whether_a_brain", "Har hun overhovedet en hjerne?", True),
    ("whether_a_brain",
     "Der må være et ekko mellem ørerne på den sagsbehandler, for intet bliver hængende.", True),
    ("whether_a_brain", "Lægen vil undersøge, om han har en hjerneskade.", False),
    ("whether_a_brain", "Der var ekko i det tomme mødelokale.", False),
    ("whether_a_brain", "Jeg har ekko i hovedet efter hjernerystelsen.", False),
    ("master_of_not_understanding",
     "I er jo så dygtige til ikke at fatte en skid af det, man skriver.", True),
    ("master_of_not_understanding", "Sofie Holm er ekspert i ikke at forstå noget som helst.",
     True),
    ("master_of_not_understanding",
     "Der findes sikkert et kursus, hvor man bliver så god til aldrig at begribe, hvad "
     "borgerne siger.", True),
    ("master_of_not_understanding",
     "Jeg er så god til ikke at forstå noget som helst af det her skema.", False),
    ("master_of_not_understanding",
     "Børn er gode til ikke at forstå noget som helst af voksnes bekymringer.", False),
    ("master_of_not_understanding", "Hun er god til ikke at tage kritik personligt.", False),
    ("heart_like_paperwork", "Per Storm har samme empati som en blanket.", True),
    ("heart_like_paperwork", "Min sagsbehandler har lige så megen varme som et excelark.", True),
    ("heart_like_paperwork",
     "Hun er som en kopimaskine. Undskyld, kopimaskinen virker da trods alt.", True),
    ("heart_like_paperwork", "Jeres brev har samme varme som en blanket.", False),
    ("heart_like_paperwork", "Jeg har samme humor som et regneark, siger mine venner.", False),
    ("heart_like_paperwork", "Afgørelsen havde lige så meget hjerte som et skema.", False),
    ("compared_other", "Jeg er klogere end den idiot, der sidder i skranken.", True),
    ("compared_other", "Min kat har mere forstand end den klaphat, der skrev afgørelsen.", True),
    ("compared_other", "Vores undulat er sødere end de lede svin i ledelsen.", True),
    ("compared_other", "Jeg følte mig dummere end en idiot.", False),
    ("compared_other", "Min kat er sødere end de svin, naboen har i stalden.", False),
    ("compared_other", "Jeg er mere træt end den dag, jeg startede.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R397_INS_INSULT)
def test_r397_ins_insult(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is expected, (idea, text)


@pytest.mark.parametrize(
    "text",
    [
        "En papegøje kunne klare hendes job.",
        "Ærlig talt kan en abe gøre dit arbejde.",
        "Jeres arbejde kunne udføres af en undulat.",
    ],
)
def test_r397_ins_animal_job_is_no_offensive_language(text: str) -> None:
    labels = triage(text, "a").labels
    assert "insult" in labels
    assert "offensive" not in labels


# round 401 oth
# stupidity turned into power or money that the person or the office could supply a region
# with; a hollow or cold figure as the verdict on a person; a basic skill mocked as no demand
# for being hired there; a leech named by what it sucks ("blodigler", "pengeigler") in a
# person's frame
R401_OTH_INSULT = [
    ("stupidity_as_power",
     "Hvis inkompetence kunne sælges som brændstof, ville Sofie Holm kunne drive hele landet "
     "alene.", True),
    ("stupidity_as_power", "Hvis dumheden kunne omdannes til el, kunne I opvarme hele byen.",
     True),
    ("stupidity_as_power",
     "Om uduelighed kunne veksles til penge, var hele afdelingen millionærer.", True),
    ("stupidity_as_power",
     "Hvis affald kunne omsættes til strøm, kunne kommunen forsyne hele byen.", False),
    ("stupidity_as_power", "Hvis min dumhed kunne omsættes til penge, ville jeg være rig.",
     False),
    ("stupidity_as_power",
     "Hvis vindkraft kunne omsættes til strøm billigere, kunne kommunen forsyne hele egnen.",
     False),
    ("hollow_figure", "Jeg har mødt Per Storm. En kold, tom pyntedukke.", True),
    ("hollow_figure", "Sofie Holm er bare en selvglad, hul papfigur.", True),
    ("hollow_figure", "Kim Frederiksen svarede aldrig. Sikke en arrogant voksfigur.", True),
    ("hollow_figure", "Vi købte en hul chokoladefigur til påske.", False),
    ("hollow_figure", "Sofie Holm gav mig en smuk porcelænsfigur.", False),
    ("hollow_figure", "Min søn har fået en grim actionfigur i fødselsdagsgave.", False),
    ("skill_no_hiring_demand",
     "Ingen derinde kan stave. Det er åbenbart ikke et krav for at blive ansat på jobcentret.",
     True),
    ("skill_no_hiring_demand",
     "At kunne regne er tydeligvis ingen betingelse for at blive sagsbehandler.", True),
    ("skill_no_hiring_demand",
     "Jeg tror ikke Per Storm kan læse. Det er vist ikke et krav for at arbejde i "
     "Kontanthjælp.", True),
    ("skill_no_hiring_demand",
     "Jeg kan ikke læse så godt. Det er heldigvis ikke et krav for at blive ansat på lageret.",
     False),
    ("skill_no_hiring_demand",
     "Man skal kunne læse dansk. Det er et krav for at blive ansat her.", False),
    ("skill_no_hiring_demand",
     "Min søn kan ikke læse endnu. Det er ikke et krav for at starte i børnehaven.", False),
    ("leech_compound", "Sagsbehandlerne er nogle grådige pengeigler.", True),
    ("leech_compound", "Hold jer fra mig, I lede blodigler!", True),
    ("leech_compound", "De forbandede skatteigler på kontoret tager alt, hvad vi har.", True),
    ("leech_compound", "Lægen satte blodigler på hans ben i gamle dage.", False),
    ("leech_compound", "I søen var der masser af blodigler i sommer.", False),
    ("leech_compound", "Vi fandt en blodigle på foden efter badet.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R401_OTH_INSULT)
def test_r401_oth_insult(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is expected, (idea, text)


# round 405 t1
# An animal epithet pointed at with a plain adjective between ("det grå svin i skranken") and
# placed at the office where it works is said of its people; a real animal at a farm or in a
# cellar stays the animal.
R405_T1_INSULT = [
    ("plain_adjective", "Det grå svin i skranken gav mig afslag igen.", True),
    ("plain_adjective", "De gamle rotter på kommunen har tabt mine papirer.", True),
    ("plain_adjective", "Det lille svin på jobcentret har stoppet min ydelse.", True),
    ("plain_adjective", "De gamle rotter i kælderen på rådhuset skal bekæmpes.", False),
    ("plain_adjective", "Det lille svin på kommunens bondegård hedder Bent.", False),
    ("plain_adjective", "De grå rotter på rådhusets loft larmer om natten.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R405_T1_INSULT)
def test_r405_t1_insult(idea: str, text: str, expected: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is expected, (idea, text)


# round 405 oth
R405_OTH_INSULT = [
    ("animal_job", "En guldfisk ville arbejde klogere end Per Storm.", True),
    ("animal_job", "Giv en kartoffel en pc, så ville den løse sagen bedre end Sofie Holm.", True),
    (
        "animal_job",
        "Hvis man satte en guldfisk ved skrivebordet, ville den arbejde klogere end Per Storm.",
        True,
    ),
    ("animal_job", "En robot ville sagsbehandle hurtigere end systemet.", False),
    ("animal_job", "En hund kunne løbe hurtigere end min bil.", False),
    ("animal_job", "Min søn ville gøre det bedre end sin bror.", False),
    ("fools", "I er en bande kontornarre.", True),
    ("fools", "De er nogle narre på kontoret.", True),
    ("fools", "Det er en flok skrivebordsnarre, der styrer det hele.", True),
    ("fools", "De prøvede at narre mig derinde.", False),
    ("fools", "Han kan ikke narre nogen.", False),
    ("fools", "En flok børn legede i parken.", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R405_OTH_INSULT)
def test_r405_oth_insult(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("insult" in labels) is expected, (idea, text)


# round 409 insults and offensive language (mock praise of named staff, comparisons, spaced letters) in sets 409–416, with five carried mock-praise items  # noqa: E501
R409_INS_INSULT = [
    # a mock salute (congratulations, "sikkert et geni", a diploma) beside a proof of failing
    (
        "mock_salute",
        "Hjerteligt tillykke til Per Storm, som nu har lært at åbne sin mail helt selv.",
        True,
    ),
    (
        "mock_salute",
        "Sofie Holm er sikkert et geni. Hvis bare hun kunne stave til sit eget navn.",
        True,
    ),
    (
        "mock_salute",
        "Kæmpe ros til Kim Frederiksen: han har formået at læse mit brev helt til ende. "
        "Giv ham et diplom.",
        True,
    ),
    ("mock_salute", "Stort tillykke til Per Storm med den nye stilling som teamleder.", False),
    ("mock_salute", "Min søn har lært at tænde computeren helt selv, og vi er så stolte.", False),
    ("mock_salute", "Kæmpe ros til Sofie Holm: hun har hjulpet mig igennem hele forløbet.", False),
    # the only entrant who still came second
    ("only_entrant", "Han var eneste deltager i konkurrencen og kom alligevel sidst.", True),
    (
        "only_entrant",
        "Sofie Holm er kåret til bedst, selvom hun var eneste kandidat og stadig tabte.",
        True,
    ),
    ("only_entrant", "De var eneste ansøgere og endda nummer to.", True),
    ("only_entrant", "Hun var eneste deltager og vandt selvfølgelig.", False),
    ("only_entrant", "Jeg var eneste deltager på kurset i går.", False),
    ("only_entrant", "Han kom på andenpladsen i løbet.", False),
    # read nothing but the back of a carton
    ("carton", "Per Storm har aldrig læst andet end bagsiden af en cornflakespakke.", True),
    ("carton", "Hun har højst læst bagsiden af en mælkekarton.", True),
    (
        "carton",
        "Man skulle tro, at chefen havde læst mere end bagsiden af en havregrynspakke.",
        True,
    ),
    ("carton", "Jeg læste bagsiden af mælkekartonen ved morgenmaden.", False),
    ("carton", "Hun har læst hele bogen om sagsbehandling.", False),
    ("carton", "Der står en opskrift på bagsiden af pakken.", False),
    # one must be dim to achieve that
    (
        "must_be_dim",
        "Han har tabt min sag igen. Man skal være temmelig enfoldig for at præstere det.",
        True,
    ),
    ("must_be_dim", "Man må være komplet hjerneløs for at lave sådan noget.", True),
    ("must_be_dim", "Man skal være særligt tungnem for at rode det sådan til.", True),
    ("must_be_dim", "Man skal være tålmodig for at klare det.", False),
    ("must_be_dim", "Man skal være dygtig for at præstere det.", False),
    ("must_be_dim", "Hun må være træt efter sådan en dag.", False),
    # errors below a grown-up's level
    (
        "grownup_errors",
        "Aldrig har jeg set så mange stavefejl i et brev fra en voksen uddannet kvinde.",
        True,
    ),
    (
        "grownup_errors",
        "Sjældent ses sådanne grammatikfejl hos en voksen person i et offentligt embede.",
        True,
    ),
    ("grownup_errors", "Så mange sprogfejl fra en uddannet sagsbehandler er pinligt.", True),
    ("grownup_errors", "Min datter laver mange stavefejl, men hun går i første klasse.", False),
    ("grownup_errors", "Brevet havde to stavefejl.", False),
    ("grownup_errors", "Jeg laver selv mange stavefejl.", False),
    # a copy with as much heart and brain as the original
    (
        "copy_original",
        "Lav en papfigur af Per Storm. Den har lige så meget hjerne som originalen.",
        True,
    ),
    ("copy_original", "En voksdukke af chefen ville have samme empati som originalen.", True),
    ("copy_original", "Statuen ville have mere hjerte end den rigtige.", True),
    ("copy_original", "Kopien af maleriet har lige så meget sjæl som originalen.", False),
    ("copy_original", "Originalen af brevet er sendt til dig.", False),
    ("copy_original", "Den nye version er lige så god som originalen.", False),
    # likened to a thing, only with less sense
    ("likened_less", "Min sagsbehandler er som en brødrister, bare med mindre forstand.", True),
    (
        "likened_less",
        "At tale med Per Storm er ligesom at tale med en telefonsvarer, "
        "dog med færre hjerneceller.",
        True,
    ),
    ("likened_less", "Chefen minder mig om en kaktus, men med mindre charme.", True),
    ("likened_less", "Systemet er som en robot, bare langsommere.", False),
    ("likened_less", "Min sagsbehandler er som en klippe, og hun hjælper mig med alt.", False),
    ("likened_less", "Den nye app er ligesom den gamle, bare med mindre reklame.", False),
    # memory or charm like a goldfish or a wet dog
    ("trait_like", "Sagsbehandlerne har en hukommelse som en guldfisk.", True),
    ("trait_like", "Per Storm har charme som en våd sok.", True),
    ("trait_like", "Hun har empati som en brødrister.", True),
    ("trait_like", "Min mormor har en hukommelse som en elefant.", False),
    ("trait_like", "Jeg har en hukommelse som en guldfisk i dag.", False),
    ("trait_like", "Hunden var våd efter turen.", False),
    # things met with more sense than the staff
    ("more_sense", "Jeg har set lygtepæle med mere forstand end sagsbehandlerne.", True),
    ("more_sense", "Jeg har mødt køer med større empati end Sofie Holm.", True),
    ("more_sense", "Jeg har kendt dørmåtter med bedre dømmekraft end ledelsen.", True),
    ("more_sense", "Jeg har mødt sagsbehandlere med mere erfaring end ham.", False),
    ("more_sense", "Jeg har mødt folk med mere forstand på biler end min mekaniker.", False),
    ("more_sense", "Jeg har mødt mange søde mennesker på kurset.", False),
    # if any dumber
    ("any_dumber", "Hvis Per Storm var lidt dummere, skulle man give ham gødning.", True),
    ("any_dumber", "Hvis chefen blev en tand dummere, ville hun begynde at gø.", True),
    ("any_dumber", "Hvis han var mere dum, skulle han stå i en potte.", True),
    ("any_dumber", "Hvis jeg var lidt dummere, ville jeg tro på jer.", False),
    ("any_dumber", "Hvis han var lidt klogere, ville han svare.", False),
    ("any_dumber", "Hvis opgaven var sværere, ville jeg give op.", False),
    # making a person understand likened to teaching an animal
    (
        "teach_animal",
        "Prøv at få Kim Frederiksen til at forstå reglerne. Det er som at lære en ko at strikke.",
        True,
    ),
    (
        "teach_animal",
        "At forklare sagsbehandleren noget er som at forklare en kartoffel om skat.",
        True,
    ),
    (
        "teach_animal",
        "Har I forsøgt at få chefen til at fatte det? Det er ligesom at lære en høne at læse.",
        True,
    ),
    (
        "teach_animal",
        "Jeg lærer det nye system, og det er som at lære en gammel hund nye tricks.",
        False,
    ),
    ("teach_animal", "Min søn prøver at lære hunden at sidde.", False),
    ("teach_animal", "Sagsbehandleren forklarede mig reglerne grundigt.", False),
    # a flock of spineless or vile ones
    ("flock_vile", "Ledelsen er en flok rygradsløse nikkedukker.", True),
    ("flock_vile", "Konsulenterne var en flok modbydelige bureaukrater.", True),
    ("flock_vile", "De er en bande hjerteløse typer.", True),
    ("flock_vile", "Mågerne er en flok klamme fugle.", False),
    ("flock_vile", "Der var en flok glade børn i parken.", False),
    ("flock_vile", "Det er en flok nye regler, vi skal lære.", False),
    # the zero-fraction epithet
    ("zero", "Per Storm er en nulbrøk.", True),
    ("zero", "Sådan en arrogant nulbrøk som ham burde ikke være chef.", True),
    ("zero", "Chefen er et stort nul.", True),
    ("zero", "Regnskabet går i nul.", False),
    ("zero", "Han fik nul kroner udbetalt.", False),
    ("zero", "Resultatet er et nul og et ettal.", False),
    # "tæve" said of a person
    ("bitch", "Sofie Holm er en led tæve.", True),
    ("bitch", "Den tæve på kontoret har stoppet min ydelse.", True),
    ("bitch", "S o f i e  e r  e n  s u r  t æ v e", True),
    ("bitch", "Vores hund er en tæve, og hun har fået hvalpe.", False),
    ("bitch", "Han truede med at tæve mig.", False),
    ("bitch", "Han fik en øretæve af sin far.", False),
    # drug wrecks and bums
    ("drug_wreck", "Der sad kun sprutvrag og narkobumser i køen.", True),
    ("drug_wreck", "Der sidder altid et par alkoholvrag ved indgangen.", True),
    ("drug_wreck", "De er en flok taberbumser.", True),
    ("drug_wreck", "Båden var et vrag efter stormen.", False),
    ("drug_wreck", "Jeg er et nervevrag før mødet.", False),
    ("drug_wreck", "Han har bumser i ansigtet.", False),
    # a post open to one who never learnt to read
    ("post_unread", "Åbenbart kan man blive teamleder uden at kunne stave.", True),
    (
        "post_unread",
        "Man bliver åbenbart ansat som sagsbehandler uden at have lært at regne.",
        True,
    ),
    ("post_unread", "Kan man virkelig være chef uden at kunne læse?", True),
    ("post_unread", "Man kan ikke være sagsbehandler uden at læse sagerne.", False),
    ("post_unread", "Man kan blive sagsbehandler uden en universitetsgrad.", False),
    ("post_unread", "Jeg blev sagsbehandler uden at kunne læse jura.", False),
    # a greeting on an epithet
    ("greeting", "Kære inkompetente klovne, hvor er mit svar?", True),
    ("greeting", "Hej klovne! Jeg venter stadig.", True),
    ("greeting", "Goddag små klovne: svar nu.", True),
    ("greeting", "Kære klovne på cirkus, tak for en god forestilling.", False),
    ("greeting", "Kære sagsbehandler, jeg venter på svar.", False),
    ("greeting", "Kære Sofie, tak for klovnen til festen.", False),
    # the bath toy beside the mind
    ("bath_toy", "Hun har samme IQ som en badeand.", True),
    ("bath_toy", "Per Storm har cirka samme forstand som en gummiand.", True),
    ("bath_toy", "Chefen har lige så meget empati som en plastikand.", True),
    ("bath_toy", "Mit barnebarn leger med en badeand.", False),
    ("bath_toy", "Vi købte en gummiand til badet.", False),
    ("bath_toy", "Badeanden er gul.", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R409_INS_INSULT)
def test_r409_ins_insult(idea: str, text: str, expected: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is expected, (idea, text)


# round 417 insults and offensive language in sets 417–424
R417_INSULT = [
    # a star typed into a strong epithet
    ("inserted_mask", "Hun er en k*ælling.", True),
    ("inserted_mask", "Han er en id*iot.", True),
    ("inserted_mask", "Du er en ps*ykopat.", True),
    ("inserted_mask", "Se fodnoten*", False),
    ("inserted_mask", "Det er *meget* vigtigt.", False),
    ("inserted_mask", "Mødet er kl. 10*", False),
    # nothing but an epithet
    ("nothing_but", "De er intet andet end en flok svin.", True),
    ("nothing_but", "Chefen er ikke andet end en rotte.", True),
    ("nothing_but", "Per Storm er intet andet end en gammel ko.", True),
    ("nothing_but", "Vi har intet andet end en gris og to køer.", False),
    ("nothing_but", "Gården har ikke andet end en ko.", False),
    ("nothing_but", "Hun er ikke en ko.", False),
    # a genitive and a superlative after a name set equal
    ("ranked_genitive", "Sofie Holm = kommunens største heks", True),
    ("ranked_genitive", "Per Storm: Danmarks værste svin.", True),
    ("ranked_genitive", "Kim Frederiksen – byens ledeste rotte", True),
    ("ranked_genitive", "Per Storm: Danmarks første ko", False),
    ("ranked_genitive", "Per Storm, verdens bedste gris.", False),
    ("ranked_genitive", "Gårdens største gris vejer 300 kilo.", False),
    # an indefinite apposition after a copula clause
    ("copula_apposition", "Per Storm er den dårligste chef i byen, en rigtig heks.", True),
    ("copula_apposition", "Chefen er en kold kvinde, en gammel heks.", True),
    ("copula_apposition", "Hun er ansat i Kontanthjælp, et svin.", True),
    ("copula_apposition", "Han har en gård, en gris.", False),
    ("copula_apposition", "Per Storm har købt en gård, et svin", False),
    ("copula_apposition", "Vi så dyrene på gården, en ko.", False),
    # a name before the vocative, a small sentence after
    ("name_vocative", "Per Storm din lille rotte. jeg venter", True),
    ("name_vocative", "hej. sofie holm dit svin. svar mig", True),
    ("name_vocative", "Kim Frederiksen din ko. nu er det nok", True),
    ("name_vocative", "jeg har hentet sofie din ko. nu kan vi gå", False),
    ("name_vocative", "Per Storm tog din gris. nu er den væk", False),
    ("name_vocative", "Tak for din ko. nu har vi mælk", False),
    # a post that needs no brain
    ("needs_no_brain", "Tillykke til Per Storm med et job, hvor man ikke behøver en hjerne.", True),
    ("needs_no_brain", "Han har fundet en stilling, der ikke kræver en hjerne.", True),
    ("needs_no_brain", "Hun har et arbejde, hvor man ikke bruger sin hjerne.", True),
    ("needs_no_brain", "Jeg vil gerne have et job, hvor man ikke behøver en bil.", False),
    ("needs_no_brain", "Det er en stilling, der ikke kræver en uddannelse.", False),
    ("needs_no_brain", "Hjernen er et vigtigt organ.", False),
    # a cardboard medal
    ("cardboard_medal", "Godt gået, Per. Du fortjener en medalje. Af pap.", True),
    ("cardboard_medal", "Chefen burde have en pokal af plastik for det arbejde.", True),
    ("cardboard_medal", "Giv hende en medalje i pap for den afgørelse.", True),
    ("cardboard_medal", "Børnene lavede medaljer af pap i børnehaven.", False),
    ("cardboard_medal", "Hun fortjener en medalje for sin hjælp.", False),
    ("cardboard_medal", "Han vandt en medalje af guld.", False),
    # looks mocked in swimwear
    ("swimwear", "Her er chefen på stranden. Knap så lækker i badedragt 😂", True),
    ("swimwear", "Hun er ikke så pæn i bikini som på kontoret.", True),
    ("swimwear", "Per Storm er mindre flot i badebukser.", True),
    ("swimwear", "Jeg er ikke så fin i bikini mere.", False),
    ("swimwear", "Bikinien er ikke så fin i farven.", False),
    ("swimwear", "Vi købte badetøj i Føtex.", False),
    # a removed heart as the post's requirement
    (
        "removed_heart",
        "Mon det er et krav for at blive chef, at man har fået fjernet hjertet?",
        True,
    ),
    (
        "removed_heart",
        "Er det en forudsætning for at blive teamleder, at hjernen er bortopereret?",
        True,
    ),
    (
        "removed_heart",
        "Det må være en betingelse for at få stillingen, at samvittigheden er fjernet.",
        True,
    ),
    ("removed_heart", "Min far har fået fjernet en knude ved hjertet.", False),
    ("removed_heart", "Det er et krav for at blive chef, at man har en uddannelse.", False),
    ("removed_heart", "Lægen har opereret hjertet.", False),
    # a flock of amateurs
    ("amateurs", "Hold da op, hvor er det en flok amatører i Kontanthjælp.", True),
    ("amateurs", "Ledelsen er en bande dilettanter.", True),
    ("amateurs", "I er nogle bunke fuskere.", True),
    ("amateurs", "Amatørteatret opfører et nyt stykke.", False),
    ("amateurs", "Koret er en flok amatører, der synger for sjov.", False),
    ("amateurs", "Jeg er amatør i haven.", False),
    # the municipality's answer to a traffic warden
    ("warden", "Han er jobcentrets svar på en parkeringsvagt.", True),
    ("warden", "Sofie Holm er kommunens svar på en robot.", True),
    ("warden", "Chefen er vel systemets svar på en stopmålerbetjent.", True),
    ("warden", "Jeg venter på kommunens svar på en klage.", False),
    ("warden", "Hun er kommunens svar på Mary Poppins.", False),
    ("warden", "Jeg fik et svar på min mail.", False),
    # a caseworker as a show
    ("show", "Med en sagsbehandler som ham behøver man ikke Netflix.", True),
    ("show", "Med Per Storm som rådgiver behøver man ikke cirkus.", True),
    ("show", "Med den chef behøver man ingen komedier.", True),
    ("show", "Sagsbehandleren sagde, at jeg ikke behøver tv-licens.", False),
    ("show", "Vi behøver ikke Netflix derhjemme.", False),
    ("show", "Min sagsbehandler ser Netflix om aftenen.", False),
    # mock awe that staff can read
    ("mock_read", "Imponerende at jeres sagsbehandlere kan læse. Det troede jeg ikke.", True),
    ("mock_read", "Flot at chefen kan stave. Hvem skulle have troet det.", True),
    ("mock_read", "Utroligt at I kan tælle. Det overrasker mig.", True),
    ("mock_read", "Flot at min søn kan læse. Han er kun fem.", False),
    ("mock_read", "Imponerende at du kan læse russisk.", False),
    ("mock_read", "Jeg kan ikke læse brevet. Kan I hjælpe?", False),
    # mock awe at rudeness
    ("so_rude", "Det er ikke alle, der kan være så uhøflig som hende.", True),
    ("so_rude", "Ikke enhver, der formår at være så uvidende på fem minutter.", True),
    ("so_rude", "Det er ikke alle, der kan nå at være så arrogant og dum.", True),
    ("so_rude", "Det er ikke alle, der kan være så heldige.", False),
    ("so_rude", "Ikke alle kan være så tålmodige som hende.", False),
    ("so_rude", "Hun var uhøflig i telefonen i dag.", False),
    # a fool to work there
    ("fool_to_work", "Man skal være en idiot for at arbejde hos jer.", True),
    ("fool_to_work", "Man må være et fjols for at sidde i jobcentret.", True),
    ("fool_to_work", "Du skal være hjernedød for at arbejde som sagsbehandler.", True),
    ("fool_to_work", "Jeg må være et fjols for at arbejde her.", False),
    ("fool_to_work", "Man skal være uddannet for at arbejde hos jer.", False),
    ("fool_to_work", "Man skal være stærk for at arbejde der.", False),
    # a racist who ought to be ashamed
    ("racist_ashamed", "Fortæl ham, at han er en racist, der burde skamme sig.", True),
    ("racist_ashamed", "Chefen er en nazist som bør skamme sig.", True),
    ("racist_ashamed", "Hun er en led racist der skal skamme sig.", True),
    ("racist_ashamed", "Jeg er ikke en racist, og jeg skammer mig ikke.", False),
    ("racist_ashamed", "Reglerne er racistiske og burde ændres.", False),
    ("racist_ashamed", "Han burde skamme sig over afgørelsen.", False),
    # service sense like a machine
    ("service_machine", "Hun har samme servicefølelse som en parkeringsautomat.", True),
    ("service_machine", "Per Storm har en venlighed som en isterning.", True),
    ("service_machine", "Chefen har en hjælpsomhed som et køleskab.", True),
    ("service_machine", "Butikken har en god servicefølelse.", False),
    ("service_machine", "Hun har samme servicefølelse som min gamle chef.", False),
    ("service_machine", "Parkeringsautomaten er i stykker.", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R417_INSULT)
def test_r417_insult(idea: str, text: str, expected: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is expected, (idea, text)


# round 425 criticism and case requests left over in sets 417–424
R425_CR_INSULT = [
    # a thing in the plural or definite form called crap is no person insulted; people
    # in the plural still are
    ("thing_plural", "Jeres breve er noget møg.", False),
    ("thing_plural", "Jeres jobsøgningskurser er noget lort.", False),
    ("thing_plural", "Jeres afklaringsforløb er noget værre møg.", False),
    ("thing_plural", "Dine møder er noget lort.", False),
    ("thing_plural", "Jeres rådgivere er noget lort.", True),
    ("thing_plural", "Hans drenge er nogle aber.", True),
    ("thing_plural", "Jeres naboer er noget værre møg.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "insulting"), R425_CR_INSULT)
def test_r425_cr_insult(idea: str, text: str, insulting: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insulting, idea


# round 433 criticism and case requests in sets 430 and 431
R433_CR2_INSULT = [
    # a staff member said to belong in prison, as a criminal
    ("prison", "Per Storm burde sidde bag tremmer for det, han gør mod folk.", True),
    ("prison", "Jakob Bøgh hører hjemme i fængslet, ikke på et jobcenter.", True),
    ("prison", "Den sagsbehandler fortjener at sidde i fængsel.", True),
    ("prison", "Min bror er fængselsbetjent og sidder i fængslet hver dag på arbejde.", False),
    ("prison", "Jeg er bange for, at jeg kommer i fængsel, hvis I tror, jeg har snydt.", False),
    ("prison", "Han har siddet i fængsel for mange år siden og søger nu job.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "insulting"), R433_CR2_INSULT)
def test_r433_cr2_insult(idea: str, text: str, insulting: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insulting, idea


# round 433 insults and offensive language (and the exposure that rides on them) in sets 425–432
R433_INSULT = [
    ("competent_thing", "Kim er omtrent lige så kompetent som en mursten.", True),
    ("competent_thing", "Min rådgiver er cirka så professionel som en gummistøvle.", True),
    ("competent_thing", "Han er præcis lige så dygtig som en kålroe.", True),
    ("competent_thing", "Hun er lige så dygtig som sin forgænger.", False),
    ("competent_thing", "Jeg er lige så kompetent som en robot, når jeg er træt.", False),
    ("competent_thing", "Den nye printer er lige så dygtig som en kopimaskine.", False),
    ("thing_better", "Per Storm er sikkert sød, men en støvsuger ville have givet mig "
     "bedre rådgivning.", True),
    ("thing_better", "Et vejskilt kunne give bedre vejledning end min sagsbehandler.", True),
    ("thing_better", "Hun svarede kort. Kaffekoppen er mere empatisk.", True),
    ("thing_better", "En ny kaffemaskine ville have givet bedre kaffe.", False),
    ("thing_better", "Den nye printer er mere effektiv end den gamle.", False),
    ("thing_better", "Min sagsbehandler gav mig god vejledning om kurset.", False),
    ("contest", "Hvem er klogest, Jakob Bøgh eller en kålroe?", True),
    ("contest", "Valget stod mellem ham og en brødrister, og brødristeren vandt.", True),
    ("contest", "Hvem er mest dum, min chef eller en mursten?", True),
    ("contest", "Hvem er mest kompetent, Ankestyrelsen eller jobcentret?", False),
    ("contest", "Jeg skulle vælge mellem en brødrister og en kaffemaskine.", False),
    ("contest", "Hvem er bedst til at hjælpe, min sagsbehandler eller min advokat?", False),
    ("understanding", "Sofie har samme forståelse for min situation som en kaffekop.", True),
    ("understanding", "Han har lige så meget tålmodighed med borgerne som en printer.", True),
    ("understanding", "Min rådgiver har samme omsorg for folk som en papkasse.", True),
    ("understanding", "Hun har samme forståelse for min situation som min læge.", False),
    ("understanding", "Printeren har samme forståelse for farver som en kopimaskine.", False),
    ("understanding", "Jeg har stor forståelse for jeres travlhed.", False),
    ("aborted", "Jakob, din mor burde have aborteret dig.", True),
    ("aborted", "Hans mor skulle have aborteret ham, den sagsbehandler.", True),
    ("aborted", "Hans forældre burde have valgt abort.", True),
    ("aborted", "Min mor overvejede abort, da hun var 17.", False),
    ("aborted", "Hun burde have haft ret til abort på hospitalet.", False),
    ("aborted", "Jeg fik en abort sidste år og var sygemeldt.", False),
    ("own_course", "Min sagsbehandler burde selv på et jobsøgningskursus.", True),
    ("own_course", "De ansatte trænger selv til et kursus i at lytte.", True),
    ("own_course", "Lotte bør selv i praktik, før hun sender andre afsted.", True),
    ("own_course", "Jeg burde selv på kursus i Excel.", False),
    ("own_course", "Min sagsbehandler skal selv på kursus i morgen, så mødet flyttes.", False),
    ("own_course", "Du bør selv tilmelde dig kurset inden fredag.", False),
    ("dim_praise", "Flot klaret for en med hans hjerne.", True),
    ("dim_praise", "Imponerende for en, der ikke engang kan læse en journal.", True),
    ("dim_praise", "Pænt for en med så få hjerneceller, Per.", True),
    ("dim_praise", "Flot for en på hans alder.", False),
    ("dim_praise", "Imponerende for en, der ikke kan læse dansk endnu.", False),
    ("dim_praise", "Min søn klarede det flot for en, der ikke kan læse.", False),
    ("lost_often", "Hun har kun mistet min lægeerklæring fire gange. Flot.", True),
    ("lost_often", "Han har bare glemt mit møde to gange i år. Bravo.", True),
    ("lost_often", "Kim er den mest pålidelige mand i huset. Han har kun forlagt min "
     "ansøgning tre gange.", True),
    ("lost_often", "Han har kun aflyst to gange på et år. Flot.", False),
    ("lost_often", "Jeg har kun glemt min kode to gange. Flot.", False),
    ("lost_often", "Hun har mistet sin telefon tre gange i år.", False),
    ("learnt_read", "Tillykke til Per Storm, som nu har lært at læse en journal.", True),
    ("learnt_read", "Min sagsbehandler har endelig lært at læse mine papirer.", True),
    ("learnt_read", "Stort tillykke til teamlederen, der omsider har lært at regne.", True),
    ("learnt_read", "Tillykke til min datter, der endelig har lært at læse.", False),
    ("learnt_read", "Jeg har endelig lært at læse de breve fra kommunen.", False),
    ("learnt_read", "Tillykke til Per Storm med jubilæet.", False),
    ("vice_face", "Se Jakob Bøgh i avisen i dag. Sådan ser arrogance ud.", True),
    ("vice_face", "Min rådgiver er ansigtet på ligegyldighed.", True),
    ("vice_face", "Kig på ham. Sådan ser dovenskab ud.", True),
    ("vice_face", "Sådan ser en god klage ud.", False),
    ("vice_face", "Sagsbehandlingstiden er otte måneder. Sådan ser det ud i dag.", False),
    ("vice_face", "Her er vores nye plan. Sådan ser den ud.", False),
    ("genius_not", "Han er sikkert et geni. Bare ikke når det gælder borgere.", True),
    ("genius_not", "Lotte er nok en ekspert. Bare ikke i noget med mennesker.", True),
    ("genius_not", "Min rådgiver er garanteret et talent, bare ikke til at lytte.", True),
    ("genius_not", "Han er sikkert et geni til matematik.", False),
    ("genius_not", "Hun er en ekspert i jura.", False),
    ("genius_not", "Han er sikkert et geni, og han hjalp mig meget.", False),
    ("pretends", "Han forsøger at virke som en, der ved hvad han laver.", True),
    ("pretends", "Lotte prøvede så hårdt at ligne en, der vidste, hvad hun gjorde.", True),
    ("pretends", "De kæmper for at fremstå som nogen, der ved hvad de laver. "
     "Det lykkes ikke.", True),
    ("pretends", "Jeg prøver at ligne en, der ved hvad jeg laver.", False),
    ("pretends", "Min sagsbehandler ved hvad hun laver.", False),
    ("pretends", "Han forsøger at ringe til mig i morgen.", False),
    ("trample", "Hun nyder at træde på folk, der er syge.", True),
    ("trample", "Kim elsker at tromle de svage ned.", True),
    ("trample", "Den chef lever af at trampe på borgerne.", True),
    ("trample", "Pas på ikke at træde på folk i køen.", False),
    ("trample", "Børnene elsker at trampe i vandpytter.", False),
    ("trample", "Jeg elsker at træde ind på kontoret om morgenen.", False),
    ("bare", "Du er bare et svin, Kim.", True),
    ("bare", "Han er da bare en ko.", True),
    ("bare", "I er jo bare nogle svin.", True),
    ("bare", "Det er bare en ko på marken.", False),
    ("bare", "Jeg er bare en almindelig mor.", False),
    ("bare", "Han er bare en landmand med tre svin.", False),
    ("accent", "Lotte er en idiót.", True),
    ("accent", "Du er en spassér, Per.", True),
    ("accent", "Han er en klóvn.", True),
    ("accent", "Det er en god idé.", False),
    ("accent", "Vi mødtes på en café i Aarhus.", False),
    ("accent", "Han bor på en allé i byen.", False),
    ("trivial", "Man skulle tro hun havde fået sin uddannelse fra et julekort.", True),
    ("trivial", "Man skulle tro, han havde sin eksamen fra et fødselsdagskort.", True),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "insulting"), R433_INSULT)
def test_r433_insult(idea: str, text: str, insulting: bool) -> None:
    assert ("insult" in triage(text, "a").labels) is insulting, (idea, text)
