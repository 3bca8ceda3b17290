"""The exposure label: a named staff member shamed, threatened, doxxed or pushed to be
spread — not factual criticism of a named manager, a formal complaint, or praise."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import quotes, triage

POSITIVES = [
    # thanks to the readers for spreading, and thanks said in sarcasm, keep the call
    ("Her er billedet af Per Storm. Del gerne, tak for hjælpen.", "a"),
    ("Her er billedet af Per Storm, tak for en god dag – NOT. Del det.", "a"),
    ("Alle skal vide, at det er Lotte Mikkelsen Vang, der har stoppet min hjælp.", "a"),
    ("Her er et billede af Jakob Bøgh, så ved I, hvem I skal kigge efter.", "a"),
    ("Send gerne Sofie Holms navn rundt, så hun ikke kan skjule sig.", "a"),
    ("Kim Frederiksen er den idiot, der stoppede min hjælp.", "a"),
    ("Jeg har lagt hans profil ind i gruppen. Per Storm hedder han.", "a"),
    ("Spred budskabet: Mohammad Nasser har ødelagt min familie.", "a"),
    ("Torben Bak bor på Skovvej 12 i Søby. Bare så I ved det.", "b"),
    ("Yasmin El-Amin skal bløde for det, hun har gjort.", "b"),
    ("Gorm Vestergaard er en grådig gris.", "b"),
    ("Henriette Dalgaard afviste min sag. Hun er en kold kælling.", "b"),
    ("Husk navnet: Fatima Ali. Del gerne.", "c"),
    ("Kender I Henrik Toft? Sørg for at alle ved, hvem han er.", "c"),
    # probe round 5: the name got out, their own social media, "her er hende der …",
    # "X hedder han", passed on, no peace in town
    ("Få navnet ud til alle: Per Storm. Del gerne.", "a"),
    ("Se lige hendes Facebook, Sofie Holm fra jobafklaringen lever livet.", "a"),
    ("Her er manden der tog min hjælp: Jakob Bøgh. Send det videre!", "a"),
    ("Den sagsbehandler skal kendes. Torben Bak hedder han. Giv det videre.", "b"),
    ("Del det her, så Gorm Vestergaard ikke kan handle i fred i Netto.", "b"),
    # probe round 6: pile-ons (everyone calls or writes, spam until the profile closes,
    # tagged in the comments), links to their profiles, the crowd asked who they are,
    # going viral, threads of names, shared so others know what they are in for
    ("Ring til Per Storm, alle mand, og bliv ved til han tager den.", "a"),
    ("Lad os alle skrive til Sofie Holm i morgen. En efter en, hele ugen.", "a"),
    ("Bombarder Kim Frederiksen med beskeder, til han sletter sin Facebook.", "a"),
    ("Tagger I Torben Bak i opslaget? Han skal se det.", "b"),
    ("Linket til Henriette Dalgaards Instagram står nedenfor. Del endelig.", "b"),
    ("Er der nogen der ved hvem Yasmin El-Amin er? Skriv hendes efternavn og Facebook.", "b"),
    ("Optagelsen af Gorm Vestergaard skal gå viralt, så alle ser det.", "b"),
    ("Vi starter en liste med navnene på dem, der sanktionerer. Først: Signe K.", "b"),
    # probe round 15: the name must get out, a photo put up in town, pile-ons "all of us",
    # shared "if you too", tagging a friend who had the person too, "Mød X – manden der"
    ("Hendes navn må frem. Sofie Holm har ødelagt tre familier i år.", "a"),
    ("Det navn skal ud: Torben Bak. Han snyder syge mennesker.", "b"),
    ("Jeg hænger hendes foto op ved Netto, Sofie Holm, så alle ved det.", "a"),
    ("Per Storm stoppede min hjælp. Hans billede kommer op på opslagstavlen i byen.", "a"),
    ("Kan vi ikke alle sammen ringe til Torben Bak i morgen og kræve svar?", "b"),
    ("Retweet hvis I også er trætte af Gorm Vestergaard og hans afslag.", "b"),
    ("Kim Frederiksen svarer aldrig. Share så han kan læse det!", "a"),
    ("Tag en veninde der også har haft Sofie Holm som sagsbehandler. Del gerne.", "a"),
    ("Mød Henriette Dalgaard, kvinden der stopper folks penge. Del hvis du også har haft "
     "hende.", "b"),
    ("Her står Per Storm. Så kan folk se hvem han er. Del og tag jeres venner.", "a"),
    ("Jakob Bøgh er din nye sagsbehandler? Del, så andre ved hvad de går ind til.", "a"),
    ("Hendes private Facebook er offentlig. Sofie Holm fra jobafklaringen, tjek selv.", "a"),
    # probe round 7: stories about the person collected for the press, a page named after
    # them, who knows them privately, bad ratings called for, a photo in the comments,
    # everyone who had them as caseworker, the full name to the papers
    ("Skriv jeres historier om Per Storm herunder, så sender jeg dem til Ekstra Bladet.", "a"),
    ("Jeg har startet en Facebookgruppe der hedder 'Overlevere fra Sofie Holm'.", "a"),
    ("Er der nogen der kender Kim Frederiksen personligt? Vi må vide hvem han er.", "a"),
    ("Giv Torben Bak én stjerne på Google, alle sammen.", "b"),
    ("Se lige hvem vi spottede i Bilka: Gorm Vestergaard. Billedet ligger i kommentarerne.", "b"),
    ("Alle som har haft Henriette Dalgaard som sagsbehandler: skriv i tråden.", "b"),
    ("Jeg sender det hele til avisen med Yasmin El-Amins fulde navn.", "b"),
    ("Like og del, så Signe K. aldrig kan skjule sig igen.", "b"),
    ("Vi skal have navnet frem: Kim Frederiksen fra fleksjob.", "a"),
    ("Lad os skamme Jakob Bøgh ud på nettet.", "a"),
    ("Gør Torben Bak til grin i hele byen.", "b"),
    # probe round 8: the name kept and passed to everyone one knows, never forgotten, others
    # warned against the person; insults of new kinds said of a named person
    ("Kim Frederiksen fra ungeindsatsen. Notér navnet og del det med alle du kender.", "a"),
    ("SOFIE HOLM. Skriv det bag øret. Glem hende aldrig.", "a"),
    ("Advar jeres familie mod Gorm Vestergaard.", "b"),
    ("Torben Bak har samme forstand som en kaktus.", "b"),
    ("Per Storm kunne sælge sin egen mor for et måltal.", "a"),
    ("Henriette Dalgaard. Lær navnet.", "b"),
    ("Råb navnet højt til alle: Yasmin El-Amin.", "b"),
    ("Glem aldrig hvad Kim Frederiksen gjorde ved os. Husk det.", "a"),
    # probe round 9: a page or gallery of names and photos, a blacklist, the person dragged
    # into the light or put on show, others who had the same caseworker called on
    ("Vi har oprettet en gruppe med billeder af de sagsbehandlere, der skærer i hjælpen. "
     "Per Storm er den første. Del den.", "a"),
    ("Torben Bak burde komme på skammelisten, så alle kan se, hvad han laver.", "b"),
    ("Det er på tide, at Gorm Vestergaard bliver trukket frem i lyset.", "b"),
    ("Jeg vil stille Sofie Holm til offentligt skue på min blog.", "a"),
    ("Har I også haft Kim Frederiksen som sagsbehandler? Skriv jeres historier nedenunder.", "a"),
    ("Kommentér, hvis han også har været din rådgiver: Jakob Bøgh. Del gerne.", "a"),
    ("Øverst på listen står Henriette Dalgaard. Send den videre.", "b"),
    ("Her er en oversigt over de værste sagsbehandlere. Per Storm står øverst.", "a"),
    ("Har andre også oplevet Signe K.? Kommentér gerne.", "b"),
    ("Alle Yasmin El-Amins ofre skal se det: navn og foto på min side i aften.", "b"),
    # probe round 10: hung out or put on show in the passive, anonymity taken away, friends
    # tagged in, their looks known, a threat far down a text addressed to the person, an
    # insult someone else said that the writer agrees with
    ("Per Storm bør hænges ud i alle grupper, det har han fortjent.", "a"),
    ("Torben Bak fortjener at blive udstillet for hele byen.", "b"),
    ("Sofie Holm skal ikke have lov at være anonym længere.", "a"),
    ("Gorm Vestergaard har ødelagt min sag. Like og tag dine venner, alle sammen.", "b"),
    ("Vi kender Kim Frederiksens ansigt nu. Vi ved hvordan han ser ud.", "a"),
    ("Kære Henriette Dalgaard. Jeg har set dit hus ved søen. Pæn have. Flot carport. "
     "Det ville være en skam, hvis der gik ild i det en nat.", "b"),
    ("En mand kaldte Per Storm en idiot i køen, og han havde ret i det.", "a"),
    # probe round 11: the name put first for the whole town to know, never to be forgotten;
    # an insult by an equals sign; praise words beside blame keep the call
    ("Kim Frederiksen. Det navn skal hele kommunen kende, han ødelægger liv.", "a"),
    ("T o r b e n  B a k. Dette navn må I aldrig glemme.", "b"),
    ("Henriette Dalgaard = 1 led ko", "b"),
    ("Husk navnet Per Storm. Bedste til at ødelægge folks liv.", "a"),
    # probe round 24 near misses: thanks in sarcasm, "tak" as a polite request
    ("Husk navnet Per Storm. Tak Per, for ingenting. Del gerne.", "a"),
    ("Husk navnet Per Storm, han stoppede min ydelse. Del gerne, tak.", "a"),
    # pages in compounds, stories gathered, who else went through the person, the town told
    ("Vi har åbnet en instagramprofil om Per Storm og hans afgørelser.", "a"),
    ("Jeg indsamler historier om Torben Bak. Skriv til mig.", "b"),
    ("Hvem flere har været udsat for Sofie Holm? Del jeres oplevelser.", "a"),
    ("Gorm Vestergaard. Hele Vejle fortjener at vide hvad han har gjort.", "b"),
    # probe round 12: the name called out before a "du" opens the text, so a threat however
    # far down is said to them; the others coming after the named one ("resten af jer også");
    # shamed before their own family or neighbours
    ("Sofie Holm, jeg har holdt øje med dig i et halvt år. Pæn have. Nye gardiner. "
     "Jeg slår dig ihjel.", "a"),
    ("Hej Torben, du har fået mange chancer. Vi har talt sammen. Nu er det slut. "
     "Jeg brænder dit hus ned.", "b"),
    ("Torben Bak er den første. Resten af jer får også en kugle for panden.", "b"),
    ("Per Storm behandler folk som skidt. Find hans kone og fortæl hende, hvad hendes mand "
     "laver på jobcentret.", "a"),
    ("Gorm Vestergaard har ødelagt min familie. Sig det til hans naboer, hvad han gør mod os.",
     "b"),
    ("Fatima Alis børn skal høre, hvad hun udsætter folk for.", "c"),
    # a subject line before the salutation: what follows, however far, is said to the person
    ("Emne: Min sag. Til Torben Bak. Jeg har ventet. Jeg har ringet. Jeg har skrevet. "
     "Du er en klam kælling.", "b"),
    ("Vedr. ansøgning. Kære Per Storm, tak for sidst. Papirerne er sendt. Intet svar. "
     "Du er et dumt svin.", "a"),
    # probe round 13: shared so everyone knows, the crowd asked who knows the person shown,
    # English calls to share
    ("Per Storm lyver over for borgerne. Spred det, så alle ved det.", "a"),
    ("Genkender nogen hende her? Sofie Holm fra jobcentret. Pls share", "a"),
    ("Torben Bak stoppede min hjælp uden grund. Spread the word, share!!", "b"),
    # probe round 14: everyone to know the person, passed round every group
    ("Hele byen skal kende Per Storm. Han har smidt min søn ud af sit forløb.", "a"),
    ("Per Storm har ødelagt min økonomi. Folk bør lære hans navn. Del det i alle grupper.",
     "a"),
    # probe round 16: a named staff member insulted as "sådan en X som <navn>" or by a
    # pointed epithet with the name in apposition
    ("Hvem ansætter sådan en hjernedød tosse som Jakob Bøgh?", "a"),
    ("Det her svin, Torben Bak, burde hænges ud i lokalavisen.", "b"),
    # probe round 16: a screen grab by any name, passed round with no object
    ("Per Storm sendte mig det her svar. Tag et skærmdump og del rundt.", "a"),
    ("Sådan skriver Torben Bak til borgerne. Screenshot og send rundt til alle I kender.", "b"),
    # probe round 17: a named staff member equated with an epithet before an emoji, or
    # called a piece of dirt in English
    ("Jakob Bøgh = klovn 🤡🤡 spørg ikke ham om noget", "a"),
    ("Torben Bak is a worthless piece of shit", "b"),
    # probe round 19: the name made to trend or written under every post, the name hung up
    # on a board in town, a quote of the person shared with a call to tag them
    ("Få Per Storm til at trende i aften, alle sammen.", "a"),
    ("Skriv Torben Baks navn i alle kommunens kommentarfelter, til han siger op.", "b"),
    ("Jeg har hængt hendes navn op på opslagstavlen i Netto. Sofie Holm. Folk skal vide det.",
     "a"),
    ("Deler lige dette citat fra Gorm Vestergaard i mødet: 'ikke mit problem'. Tag ham.", "b"),
    ("Har printet Henrik Tofts navn, og nu skal byen høre det.", "c"),
    # a face shown and a call to put it up around town
    ("Det her er ansigtet på den sagsbehandler, der stoppede min hjælp: Per Storm. Print det "
     "og hæng det op over hele byen.", "a"),
    # a web form's message field opening with the salutation addresses the whole body
    ("Navn: Ole Hansen\nEmne: Afgørelse\nBesked: Til Per Storm.\nDu har stoppet mine penge. "
     "Du har selv børn, ikke? Det ville være synd, hvis der skete dem noget på vej hjem.", "a"),
    # probe round 23: spread everywhere so the career ends; people who know the person
    # asked for and invited to visit
    ("Sofie Holm sidder på Sygedagpenge. Del hendes navn overalt, så hun aldrig får job igen.",
     "a"),
    ("Er der nogen der kender Per Storm? Kom og besøg ham, han elsker gæster 😘", "a"),
    # probe round 25: an oath between the copula and the epithet said to the named person
    ("Hej Per Storm, du er sgu en klovn. Du lyver hver gang.", "a"),
    ("Torben Bak er fandme en klovn, han aner intet om min sag.", "b"),
    # the writer's own relative or a staff noun before the harm keeps it aimed at staff
    ("Min familie ved hvor du bor, Per Storm.", "a"),
    ("Vores sagsbehandler Torben Bak skal tæves.", "b"),
    # probe round 93: who is behind a decision made known to people at large
    ("Det er Per Storm, der har underskrevet afslaget. Del det. Folk skal vide, hvem der "
     "sidder bag.", "a"),
    ("Torben Bak skrev sanktionen. Borgerne bør vide, hvem der står bag sanktionen. Del!", "b"),
    # probe round 98: shared so that the person becomes known
    ("Det er Per Storm fra Uddannelseshjælp. Del, så han bliver kendt.", "a"),
    ("Torben Bak igen. Spred det, så han bliver landskendt.", "b"),
    # probe round 100: the harder for the person to hide
    ("Skriv jeres oplevelser med Per Storm herunder. Så bliver det sværere for ham at gemme "
     "sig.", "a"),
]

NEGATIVES = [
    ("Jeg klager over sagsbehandler Per Storms afgørelse af 3. maj.", "a"),
    ("Del gerne dine erfaringer med jobcentret i kommentarerne.", "a"),
    ("Jakob Bøgh var virkelig hjælpsom. Del gerne denne ros med ham.", "a"),
    ("Teamleder Anne-Mette Lund har indført en praksis, som jeg mener er ulovlig.", "a"),
    ("Husk at Sofie Holm har ferie i uge 7.", "a"),
    ("Kender I Torben Bak? Han er min nye sagsbehandler og virker sød.", "b"),
    ("Jobcenterchef Gorm Vestergaard bør trække sine måltal tilbage.", "b"),
    ("Sikke en flok idioter I er derinde.", "b"),
    ("Tak til Fatima for hjælpen med min plan.", "c"),
    # probe round 5 near misses: passing on a tip, a name in a thank-you, peace at home
    ("Jakob Bøgh gav mig et godt råd om CV'et. Giv det videre, det virker.", "a"),
    ("Per Storm hjalp mig så jeg kan være i fred med min økonomi nu. Tusind tak.", "a"),
    # probe round 6 near misses: opening hours, asking the jobcentre who someone is, spam
    # from a mail address, praise passed on, a minute tagged in the case, a meeting together
    ("Alle kan ringe til Per Storm mellem 9 og 12.", "a"),
    ("Kan I finde ud af hvem Sofie Holm er? Hun har lagt en besked til mig.", "a"),
    ("Jeg har fået spam fra Kim Frederiksens mail i dag.", "a"),
    ("Torben Bak var så sød. Skriv til ham alle sammen og sig tak!", "b"),
    ("Henriette Dalgaard har noteret det i kommentarerne til min plan.", "b"),
    ("Lad os alle mødes med Gorm Vestergaard og finde en løsning.", "b"),
    # probe round 7 near misses: the press told about waiting times, a complaint under one's
    # own full name, a group of fans, praise from former clients, the boss who takes complaints
    ("Jeg har skrevet til avisen om ventetiderne. Min sagsbehandler er Per Storm.", "a"),
    ("Jeg klager under fuldt navn over Sofie Holms afgørelse.", "a"),
    ("Vi er i en gruppe der hedder Venner af Per Storm og hans hold.", "a"),
    ("Alle der har haft Henriette Dalgaard som sagsbehandler roser hende.", "b"),
    ("Kender du Gorm Vestergaard? Han er chef og tager imod klager.", "b"),
    ("Jeg har fået mit navn frem på ventelisten hos Per Storm.", "a"),
    # probe round 8 near misses: a note to self, a reminder from the caseworker, papers passed
    # on to the team, thanks never forgotten
    ("Husk at Per Storm har ferie i uge 7, så skriv det ned.", "a"),
    ("Sofie Holm bad mig gemme kvitteringen. Glem det ikke, sagde hun.", "a"),
    ("Torben Bak bad mig sende papirerne videre til alle i teamet.", "b"),
    ("Tak til Gorm Vestergaard, det glemmer jeg aldrig.", "b"),
    ("Per Storm bad mig notere navnet på arbejdsgiveren.", "a"),
    ("Mødet med Torben Bak er flyttet til fredag. Husk det.", "b"),
    # probe round 9 near misses: a list of employers asked for, the municipality on a
    # blacklist, the truth brought to light, the same caseworker as a fact, others pleased
    ("Jeg har lavet en liste med navne på de arbejdsgivere, Per Storm bad mig søge hos.", "a"),
    ("Kommunen står igen på Ankestyrelsens skammeliste. Det må Gorm Vestergaard svare på.", "b"),
    ("Jeg håber, Sofie Holm vil få sandheden om min sag frem i lyset.", "a"),
    ("Kim Frederiksen er også din sagsbehandler, så du kan bare ringe til ham.", "a"),
    ("Torben Bak har været god. Er der andre, der har haft ham, og som også er glade?", "b"),
    ("Min sagsbehandler hedder Per Storm. Skriv gerne, hvis I mangler noget.", "a"),
    ("Jeg har lavet en oversigt over de sagsbehandlere, jeg har haft. Kim Frederiksen var den "
     "første.", "a"),
    # probe round 10 near misses: an insult someone else said, reported and condemned; a
    # notice hung up; washing; a wish to stay anonymous; friends brought along
    ("En kvinde i køen kaldte Sofie Holm for en kælling. Det var ikke i orden.", "a"),
    ("Min nabo råbte til Torben Bak, at han var en idiot. Jeg skammede mig.", "b"),
    ("Per Storm har hængt opslaget ud på tavlen i receptionen.", "a"),
    ("Torben Bak sagde, at vasketøjet skal hænges ud.", "b"),
    ("Sofie Holm ønsker at være anonym i avisartiklen.", "a"),
    ("Mødet med Gorm Vestergaard er i morgen. Tag jeres venner med, hvis I vil.", "b"),
    # probe round 11 near misses: a name passed on in praise, the writer's own name
    ("Husk navnet Sofie Holm – hun hjalp mig i job efter tre år. Verdens sødeste "
     "socialrådgiver!", "a"),
    ("Del gerne: Torben Bak reddede mig fra at miste huset. Tusind tak!", "b"),
    ("Mit navn skal Per Storm huske at skrive på ansøgningen.", "a"),
    ("Husk navnet Fatima Ali, hun troede på mig, da ingen andre gjorde.", "c"),
    # probe round 55: a life or a family saved is the writer's own good
    ("Husk navnet: Sofie Holm. Hun reddede mit liv, da alle andre havde opgivet mig.", "a"),
    ("Husk navnet Torben Bak. Han har hjulpet min familie igennem et svært år.", "b"),
    # probe round 24: thanks said to the person by name, "guld værd"
    ("Husk navnet Sofie Holm. Hun fik min datter i praktik. Tak Sofie! Del gerne.", "a"),
    ("Del gerne: Per Storm fra jobcentret er guld værd, husk navnet.", "a"),
    ("Sofie Holm har lavet en facebookgruppe om fleksjob for os borgere.", "a"),
    ("Hvem andre har haft Torben Bak? Han er virkelig god.", "b"),
    # probe round 12 near misses: the named one spared while the others are threatened, a name
    # in apposition (not called out), a caseworker asked to pass on what a colleague does
    ("Torben Bak er sød. Resten af jer får en kugle for panden.", "b"),
    ("Per Storm, min sagsbehandler, har afvist mig. Jeg har klaget. Det tager tid. "
     "Min nabo er en klam kælling.", "a"),
    ("Emne: Klage. Per Storm har afvist mig. Jeg har ventet. Min svoger er en klam kælling.",
     "a"),
    ("Sofie Holm har afvist mig. Min nabo er en klam kælling.", "a"),
    ("Kan du fortælle Sofie Holm, hvad hendes kollega gør med min sag?", "a"),
    ("Per Storm sagde, at jeg skal fortælle min kone, hvad jeg laver i praktikken.", "a"),
    # probe round 13 near misses: minutes sent so all know, asking who knows a place
    ("Jeg sender referatet til Per Storm, så alle ved det.", "a"),
    ("Torben Bak sagde, at mødet er flyttet. Kender nogen stedet her?", "b"),
    # probe round 14 near misses: a name kept as a recommendation, a petition shared round
    ("Tak til Per Storm for hjælpen. Husk hans navn hvis I mangler en dygtig rådgiver.", "a"),
    ("Per Storm var sød i dag. Send gerne linket til borgermødet rundt i alle grupper.", "a"),
    # probe round 15 near misses: a name removed from a case, a notice put up, a friend who had
    # the same caseworker and is pleased, a meeting announced, one shared sentence alone
    ("Per Storm sagde, at hans navn skal ud af sagen, for han er ikke længere min rådgiver.",
     "a"),
    ("Torben Bak har sat en seddel op på opslagstavlen om åbningstiderne.", "b"),
    ("Min ven, der også har haft Sofie Holm, er meget glad for hende.", "a"),
    ("Mød Gorm Vestergaard til borgermødet på torsdag kl. 17.", "b"),
    ("Jeg har talt med Per Storm, så han kan se det i min sag.", "a"),
    # probe round 16 near misses: a letter passed round the writer's family, a request to
    # pass a message round colleagues
    ("Jakob Bøgh har sendt mig en indkaldelse, og jeg har sendt den rundt i familien.", "a"),
    ("Hej Torben Bak, kan du sende rundt til dine kolleger, at jeg er syg i dag?", "b"),
    # probe round 17 near misses: praise sworn with an oath, a name beside a party clown
    ("Per Storm var satme flink i telefonen i går, tak for det.", "a"),
    ("Torben Bak hyrede en klovn 🎈 til børnenes juletræsfest.", "b"),
    # probe round 19 near misses: a caseworker taken along, a letter shared with family, a
    # name printed to phone her, people to know a closing day, a complaint until a decision
    ("Per Storm er ny på min sag. Tag ham med til mødet på fredag.", "a"),
    ("Torben Bak sendte et pænt brev. Jeg deler lige det her med min søster.", "b"),
    ("Sofie Holm skrev til mig. Jeg har printet hendes navn og nummer, så jeg kan ringe.", "a"),
    ("Folk skal vide det, at Gorm Vestergaard holder borgermøde på torsdag.", "b"),
    ("Jeg klager over Henrik Toft, indtil jeg får en ny afgørelse.", "c"),
    # the name in the genitive, noted for the writer's own call
    ("Jeg har printet Henrik Tofts navn og nummer ud, så jeg kan ringe til ham i morgen.", "c"),
    ("Har skrevet Per Storms navn ned, så jeg kan huske hvem jeg talte med.", "a"),
    ("Per Storm hjalp mig. Hæng opslaget op i kantinen, så alle kan se jobmessen.", "a"),
    ("Besked: Til Per Storm.\nTak for mødet. Min nabo truede mig i går, kan I hjælpe?", "a"),
    # probe round 23 near misses: a form filled in everywhere, a fair invitation, a job kept
    ("Per Storm sagde, jeg skulle skrive mit navn alle steder i skemaet.", "a"),
    ("Torben Bak inviterede os: kom og besøg ham på jobmessen på fredag.", "b"),
    ("Henrik Toft hjalp mig, så jeg ikke står uden arbejde igen.", "c"),
    # a picture from a work event with thanks for the day
    ("Her er billedet af Per Storm fra jobmessen, tak for en god dag!", "a"),
    ("Et foto af Torben Bak fra kurset – tak for et lærerigt forløb.", "b"),
    # probe round 25: a passive harm to the writer's own animal or thing, beside the name
    ("Vores hund skulle aflives i går, så jeg er træt. Per Storm ved det.", "a"),
    ("Min gamle bil skal skrottes og smadres på lørdag. Torben Bak kører mig til mødet.", "b"),
    # a call NOT to spread the name or the picture: the writer defends the person
    ("Jeg er også vred, men lad være med at dele Per Storms navn igen.", "a"),
    ("Stop med at poste billedet af Torben Bak, det hjælper ingen.", "b"),
    # who is behind a policy asked, nobody named
    ("Folk skal vide, hvem der står bag de nye regler: det er byrådet, ikke Per Storm.", "a"),
    ("Min søn spiller godt, så han bliver kendt en dag, siger Per Storm.", "a"),
    ("Per Storm siger, at det bliver sværere for ham at gemme sig i skoven om vinteren.", "a"),
]


@pytest.mark.parametrize(("text", "register"), POSITIVES)
def test_exposure_found(text: str, register: str) -> None:
    result = triage(text, register)
    assert {"exposure", "staff_named"} <= result.labels
    assert quotes(result, "exposure")


@pytest.mark.parametrize(("text", "register"), NEGATIVES)
def test_no_exposure(text: str, register: str) -> None:
    assert "exposure" not in triage(text, register).labels


def test_exposure_needs_a_named_staff_member() -> None:
    assert "exposure" not in triage("Husk navnet, og del gerne opslaget.").labels


def test_the_same_name_is_exposure_in_one_register_and_not_another() -> None:
    text = "Henrik Toft er en psykopat."
    assert "exposure" in triage(text, "c").labels
    assert "exposure" not in triage(text, "a").labels


def test_a_doxxed_name_is_quoted_once() -> None:
    """The name that is both the doxxing evidence and the mention is one span."""
    result = triage("Torben Bak bor på Skovvej 12 i Søby. Bare så I ved det.", "b")
    found = [f for f in result.findings if f.label == "exposure"]
    spans = [(e.start, e.end) for f in found for e in f.evidence]
    assert len(spans) == len(set(spans)), spans


def test_evidence_names_the_member() -> None:
    result = triage("Per Storm er en nar.")
    reasons = [e.reason for f in result.findings if f.label == "exposure" for e in f.evidence]
    assert "Navngiven medarbejder: Per Storm" in reasons


def test_a_pronoun_carries_the_name_to_a_later_threat() -> None:
    """Probe round 21: "hun" carries the named person on, sentence by sentence, to a threat
    three sentences later."""
    text = ("Til alle i gruppen. Per Storm har smidt min bror ud af systemet. Det er ikke første "
            "gang. Han er blevet advaret mange gange. Nu skal han have en lærestreg han aldrig "
            "glemmer.")
    assert {"threat", "exposure"} <= triage(text).labels


def test_a_threat_after_the_pronoun_chain_breaks_is_not_linked() -> None:
    text = ("Per Storm var min sagsbehandler i fjor. Det gik fint. Siden flyttede jeg. Min "
            "nabo larmer hver nat. Vores vej er fuld af huller. Nu skal han have en lærestreg.")
    assert "exposure" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 26: "Del." as a sentence of its own, with the name pointed at as the
        # one who did it or told to be ashamed
        "P3r St0rm = ham der lukkede min mors sag. D3L!!",
        "Per Storm – ham der fyrede min kæreste fra praktikken. Del.",
        "Per Storm: han var den der kaldte min søn doven. Skam dig. DEL",
        "Per Storm nægtede min far hjælp. Skam dig! Del!",
    ],
)
def test_a_bare_del_and_the_name_pointed_at_are_exposure(text: str) -> None:
    assert "exposure" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # "del" as a noun at the end of a sentence
        "Per Storm, ham der har min sag, siger jeg skal gøre min del.",
        "Per Storm var den der ringede. Jeg har læst en hel del.",
        "Her er svar til Per Storm. Første del er vedhæftet, og jeg sender den sidste del.",
        # a name passed on in praise, and "del" alone with nothing pointed at
        "Per Storm – ham der hjalp min søn i lære. Del!",
        "Per Storm har min sag. Del.",
    ],
)
def test_del_as_a_noun_praise_and_a_lone_del_are_no_exposure(text: str) -> None:
    assert "exposure" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 27: "vi andre" is the writer's own lot set against the named one, not
        # the colleagues; the name lower-case as in a hasty post
        "per storm = den dovneste i huset. sidder på sin flade mens vi andre knokler. din taber",
        "Sofie Holm holder fri hele tiden, mens os andre venter. Hun er en doven kælling.",
        # mockery as a small child and the person told to go back where she came from
        "Per Storm kan knap stave til sit eget navn. Send ham tilbage i børnehaven.",
        "Sofie Holm burde sendes hjem, hvor hun kom fra.",
    ],
)
def test_we_others_and_childish_mockery_keep_the_link(text: str) -> None:
    assert "exposure" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # the attack turns to the other colleagues, a named manager criticised on the facts
        "Per Storm har min sag. Resten af jer andre er nogle idioter.",
        "Per Storm har som chef godkendt en plan, der giver kortere samtaler. Det er forkert.",
    ],
)
def test_others_and_factual_criticism_are_no_exposure(text: str) -> None:
    assert "exposure" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 28: the verb first ("nu skal alle se, hvem du er")
        "Per Storm, du har ødelagt mit liv. Nu skal alle se, hvem du er.",
        "Sofie Holm har svigtet min søn. Så må hele byen vide, hvem hun virkelig er.",
        "Per Storm, snart får alle at vide, hvem du er.",
    ],
)
def test_everyone_to_see_who_the_person_is_verb_first_is_exposure(text: str) -> None:
    assert "exposure" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # someone else to be seen, or the writer showing who they are
        "Nu skal alle se, hvem der bestemmer, sagde Per Storm på mødet.",
        "Per Storm sagde til mig: nu skal du se, hvem jeg er.",
        "Per Storm har min sag. Til mødet skal alle vide, hvem de skal spørge.",
    ],
)
def test_verb_first_without_the_person_is_no_exposure(text: str) -> None:
    assert "exposure" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 32: the press called or tipped about the named person (half a sign,
        # with a call to share), and the name and picture after the writer's family
        "Jeg ringer til Ekstra Bladet om Per Storm i morgen. Del!",
        "Jeg har kontaktet en journalist om Per Storm. Del gerne.",
        "Alle skal høre hvad Per Storm har gjort mod min familie, med navn og billede.",
    ],
)
def test_press_called_and_name_and_picture_are_exposure(text: str) -> None:
    assert "exposure" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # the writer's own name, a press call with no staff member named, or alone
        "Per Storm bad mig skrive mit fulde navn på blanketten.",
        "Jeg ringer til Ekstra Bladet om reglerne for kontanthjælp. Del!",
        "Per Storm har min sag. Jeg har kontaktet en journalist om reglerne.",
    ],
)
def test_own_name_and_press_without_a_person_are_no_exposure(text: str) -> None:
    assert "exposure" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 37: a named person called to be fired, with a call to share
        "Per Storm bør fyres med det samme. Del gerne, så alle ser det.",
        "Jakob Bøgh skal sgu fyres. Del opslaget!",
    ],
)
def test_fire_call_with_share_is_exposure(text: str) -> None:
    assert "exposure" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Jeg mener, at Per Storm bør fyres, og jeg har klaget til ledelsen.",
        "Per Storm skal ikke fyres. Del gerne.",
    ],
)
def test_fire_call_alone_or_denied_is_no_exposure(text: str) -> None:
    assert "exposure" not in triage(text).labels


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # probe round 42: the name, then the call to write it down
        ("Per Storm — skriv det ned. Han har smidt os alle af ydelsen.", True),
        ("Jakob Bøgh, skriv jer det ned, folkens.", True),
        # a date or a phone number written down
        ("Mødet er den 14. kl. 10 — skriv det ned.", False),
        ("Nummeret er 12 34 56 78, skriv det ned.", False),
    ],
)
def test_name_to_be_written_down_is_exposure(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # probe round 57: a named caseworker called lazy and greedy in a public review
        ("Undgå Jens-Ole Krag i kontanthjælp. Doven og grådig. Del gerne med andre.", True),
        ("Fatima Ali i jobafklaring. Selvfed, doven og ligeglad. Husk navnet.", True),
        # a named manager's decision criticised: the citizens lose, nobody is shamed
        ("Henrik Toft har lukket skranken. Ledige uden bil taber på det.", False),
        ("Med Henrik Tofts nye regler taber familierne med små børn igen.", False),
    ],
)
def test_vice_list_in_public_and_losing_citizens_round_57(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # probe round 76: staff ranked by name, the list to be hung up or shared
        (
            "Her er min liste over de sagsbehandlere med flest sanktioner:\n1. Per Storm\n"
            "2. Sofie Holm\nHæng den op på rådhuset.",
            True,
        ),
        (
            "Top 3 over de medarbejdere, der er mest ligeglade: Jakob Bøgh, Per Storm. Del gerne!",
            True,
        ),
        # a list of helpers thanked, a list told to be hung up at home
        ("Her er en liste over de medarbejdere, der har hjulpet mig mest: Per Storm. Tak!", False),
        ("Per Storm sagde, jeg skal printe listen og hænge den op på køleskabet.", False),
    ],
)
def test_staff_ranked_by_name_and_hung_up_is_exposure(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # probe round 79: the name written in the comments every time, the post kept on top
        (
            "Har I også haft Sofie Holm? Skriv hendes navn i kommentarerne, hver gang hun har "
            "afvist jer.",
            True,
        ),
        (
            "Kender I Per Storm? Post hans navn under opslaget, så tråden bliver liggende øverst.",
            True,
        ),
        # the name asked for in praise; the writer's own name
        (
            "Har I haft Per Storm? Skriv hans navn i tråden, hver gang han har hjulpet jer, han "
            "fortjener ros.",
            False,
        ),
        ("Per Storm bad mig skrive mit navn i kommentarerne, hver gang jeg deltager.", False),
    ],
)
def test_name_in_the_comments_every_time_is_exposure(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # probe round 80: a tip to know one's own caseworker's name when calling ...
        (
            "Husk navnet på din sagsbehandler, når du ringer – så går det hurtigere. Min er Per "
            "Storm, og han er god.",
            False,
        ),
        (
            "Husk navnet på jeres rådgiver, så er det nemmere at skrive. Min hedder Sofie Holm.",
            False,
        ),
        # ... the name to remember for what the person did is still exposure
        ("Husk navnet: Per Storm. Han har ødelagt min familie.", True),
    ],
)
def test_a_tip_to_know_ones_caseworkers_name_is_no_exposure(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # stop 29: a name to remember, and sharing so the person does it to no one again
        ("Dagens navn at huske: Per Storm fra Uddannelseshjælp. Han lo ad min sygemelding.", True),
        ("Del, så Sofie Holm aldrig gør det mod en syg borger igen.", True),
        ("Et navn at huske på: Sofie Holm. Hun er den bedste rådgiver, jeg har haft.", False),
        ("Del gerne opskriften, så min søster ikke laver den forkert igen.", False),
    ],
)
def test_a_name_to_remember_and_sharing_to_stop_the_person(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # probe rounds 105-108: the name to be known by as many as can be reached, the name
        # to stand everywhere, the name in the comments so it comes up first when the person
        # is looked up or so they feel hung out, a warning sent on to all one's friends
        (
            "Kim Frederiksen fra Fleksjob har snydt mig for tre måneders ydelse. Del opslaget, "
            "så så mange som muligt kender navnet.",
            True,
        ),
        (
            "Jakob Bøghs navn skal stå overalt, til han svarer for det, han gjorde mod min mor.",
            True,
        ),
        (
            "Skriv hans navn under opslaget, så det kommer øverst, når nogen søger på Per Storm.",
            True,
        ),
        (
            "Skriv Sofie Holms fulde navn i kommentarfeltet, så hun lærer, hvordan det er at "
            "blive udstillet.",
            True,
        ),
        (
            "Per Storm lover job til alle og holder intet. Send linket videre til alle jeres "
            "kolleger, så ingen flere havner hos ham.",
            True,
        ),
        # the name of a shop, a name written in a form, a name in the comments for thanks, a
        # tip to one friend, the writer's own shame, a name shared in praise
        (
            "Del gerne, så flest mulige kender navnet på den nye genbrugsbutik. Per Storm har "
            "hjulpet med skiltet.",
            False,
        ),
        ("Per Storms navn skal stå overalt i ansøgningen, hvor han har godkendt noget.", False),
        ("Skriv Per Storms fulde navn i kommentarerne, så han kan få en tak for sin hjælp.", False),
        ("Pas på med Sofie Holm, hun er på ferie i næste uge, så send ansøgningen i dag.", False),
        (
            "Jeg ved godt, hvordan det er at blive hængt ud; Per Storm har hjulpet mig igennem "
            "det.",
            False,
        ),
        ("Sofie Holm har været så sød. Del gerne, så alle kender hende, hun fortjener ros.", False),
    ],
)
def test_round_108_name_spread_or_warned_against_is_exposure(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# --- round 112 (insreq helper)
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # everything about the named person gathered in public, and as many as can be reached
        # called to share
        (
            "Kender nogen Sofie Holm fra Jobafklaring? Find alt om hende og smid det i tråden, "
            "billeder og adresse.",
            True,
        ),
        (
            "Per Storm skal ikke slippe. Lad os indsamle alle oplysninger om ham her i gruppen, "
            "også hans privatadresse. Del så mange som muligt.",
            True,
        ),
        # papers gathered for a complaint, a newsletter's call to share recipes, a new
        # consultant presented on the website
        (
            "Jeg har samlet alt om Per Storms afgørelser i tråden med min advokat til klagen.",
            False,
        ),
        (
            "Del så mange som muligt af jeres gode opskrifter, skriver Sofie Holm i "
            "nyhedsbrevet.",
            False,
        ),
        (
            "Find alt om hende på kommunens hjemmeside – Sofie Holm er vores nye jobkonsulent.",
            False,
        ),
    ],
)
def test_round_112_everything_about_a_named_person_collected_is_exposure(
    text: str, exposure: bool
) -> None:
    assert ("exposure" in triage(text).labels) is exposure


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # stop 30: "husk ham/hende" and "det skal alle vide" after naming: each half a call
        # to spread who it is; together they are exposure
        ("Per Storm – husk ham. Han smed min søn ud af forløbet. Det skal alle vide.", True),
        ("Sofie Holm fra Jobafklaring. Husk hende. Det bør folk vide.", True),
        # one half alone, praise, or something else everyone should know: no exposure
        ("Sofie Holm hjalp mig godt. Husk hende, hvis I skal have en god rådgiver.", False),
        ("Per Storm har lukket min sag. Det skal alle vide.", False),
        ("Vi holder lukket i påsken. Det skal alle vide.", False),
    ],
)
def test_stop_30_remember_them_and_everyone_should_know(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# --- round 116 (insult helper): the person put first, to be remembered by all ("Hende skal
# I huske"); not a task ("hende skal du huske at ringe til") nor praise
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        (
            "På billedet står Per Storm yderst til højre. Ham skal I huske, når I ringer næste "
            "gang. Del det.",
            True,
        ),
        ("Sofie Holm fra Jobafklaring. Hende må alle kende. Del navnet.", True),
        ("Sofie Holm er min nye rådgiver. Hende skal du huske at ringe til på mandag.", False),
        ("Sofie Holm hjalp mig igennem det hele. Hende skal I huske, hun er den bedste.", False),
        ("Per Storm har ferie i næste uge. Ham kan du huske fra sidste møde.", False),
    ],
)
def test_round_116_a_person_to_be_remembered_by_all_is_exposure(
    text: str, exposure: bool
) -> None:
    assert ("exposure" in triage(text).labels) is exposure


@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        # stop 30: the (sur)name to be written in the comments, however the sentence goes on
        ("Sofie fra Jobafklaring – I ved hvem. Skriv hendes efternavn i kommentarerne, så andre "
         "slipper.", True),
        ("Per Storm smed min søn ud. Skriv hans fulde navn i tråden, hver gang han nævnes.", True),
        # praise, and a name to be written in a form
        ("Sofie Holm hjalp min søn. Skriv hendes navn i kommentarerne, hun fortjener ros.", False),
        ("Skriv hendes navn i feltet 'kontaktperson', så finder Per Storm sagen.", False),
    ],
)  # fmt: skip
def test_stop_30_the_name_to_be_written_in_the_comments(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# --- round 124 (insult helper): English, everyone to know the named person's name or face;
# not praise, nor the name of a thing or one's rights
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Henrik Toft is the rudest caseworker in Vejle. Everybody should know his name.", True),
        ("Fatima Ali laughed at me in the waiting room. People deserve to see her face.", True),
        ("Jens-Ole Krag cut my benefits for nothing. Name and shame!", True),
        ("Fatima Ali is the best caseworker ever, everyone should know her name.", False),
        ("Everyone needs to know their rights, Fatima Ali told us at the meeting.", False),
        ("Henrik Toft said everyone should know the name of their caseworker.", False),
    ],
)
def test_round_124_english_call_to_know_the_name_is_exposure(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# round 132: the name to be searched for before others meet the person is exposure; a name
# remembered in praise of one who listened or earned a raise is not, nor one's own name in
# a search field
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Per Storm smed mig ud af mødet. Google hans navn, før I skal derind.", True),
        ("Sofie Holm er uforskammet. Skriv hendes navn i søgefeltet, så ser I anmeldelserne.",
         True),
        ("Husk navnet Per Storm. Han har aldrig lyttet til mig.", True),
        ("Husk navnet Per Storm! Han er den eneste, der har lyttet til mig i tre år.", False),
        ("Husk navnet Sofie Holm. Giv hende en lønforhøjelse, hun fik mig i job.", False),
        ("Skriv dit navn i søgefeltet på borger.dk, sagde Sofie Holm.", False),
    ],
)  # fmt: skip
def test_round_132_name_to_search_for_and_praise(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# round 136: the rest of the town to know who the named person is, the face to come up in
# all the groups; a rule every employee should know, the town's news, a photo on a screen
# expose nobody
POSITIVES_R136_INSULT = [
    "Vi ved, hvem du er, Sofie Holm. Om lidt kender hele byen dit ansigt.",
    "Per Storm, snart ved resten af kvarteret det også.",
    "Per Storm, dit foto ryger op i samtlige Facebook-grupper i morgen.",
    "Kim Frederiksen smed min mor ud. Hans billede kommer rundt i alle grupper i weekenden.",
]

NEGATIVES_R136_INSULT = [
    "Kim Frederiksen var sød, men han vidste ikke, hvad en partsrepræsentant er. Det må "
    "chefen sørge for, at alle sagsbehandlere ved.",
    "Sofie Holm glemte mine papirer. Ledelsen bør sørge for, at alle ansatte kender reglerne "
    "for aktindsigt.",
    "Hele byen ved, at jobcentret holder lukket fredag, skriver Per Storm.",
    "Dit billede kommer op på skærmen, når du tjekker ind hos Sofie Holm.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [(t, True) for t in POSITIVES_R136_INSULT] + [(t, False) for t in NEGATIVES_R136_INSULT],
)
def test_round_136_town_to_know_the_named_person_r136_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure
# round 136: a named person threatened plainly or by a call on others is exposed; the same
# person in a near miss (praise, a kick in the pants to get going on a case) is not
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Folk burde gi ham chefen på ledelsesgangen, Gorm Vestergaard, en gang bank.", True),
        ("Hvis Torben Bak skærer i min ydelse, så har han selv valgt, hvad der sker derefter.",
         True),
        ("Nogen burde give Torben Bak fra kontanthjælp en ordentlig omgang ros.", False),
        ("Gorm Vestergaard burde tage en snak med sine folk om ventetiden.", False),
    ],
)  # fmt: skip
def test_round_136_named_person_threatened_r136_threatsa(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "b").labels) is exposure


# round 140: a named person told that people like them fall or that things break around
# them is exposed; the same words about the writer or about old age are not
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Tag dig i agt, Torben Bak. Typer som dig plejer at snuble ned ad trapperne en dag.",
         True),
        ("Ting plejer at gå galt for folk som hende, Henriette Dalgaard.", True),
        ("Torben Bak sagde, at folk som mig ender tit med at falde ned ad trappen.", False),
        ("Henriette Dalgaard hjalp mig op, da jeg var faldet på trappen i sneen.", False),
    ],
)  # fmt: skip
def test_round_140_named_person_fall_foretold_r140_threatsb(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "b").labels) is exposure
# round 140: shared until the named person answers, "you know who I mean" with a call to
# share, the whole town to learn the face; near misses: papers sent to an advocate, a formal
# complaint, a hint without a name
POSITIVES_R140_INSULT_EXPOSURE = [
    "Fatima Ali har ikke svaret i et halvt år. Spred det, indtil hun ringer tilbage.",
    "Henrik Toft lovede mig et møde. I ved godt, hvem jeg mener. Del!",
    "Jens-Ole Krag sagde nej til min ansøgning. Skal hele byen ikke lære hans ansigt at kende?",
]

NEGATIVES_R140_INSULT_EXPOSURE = [
    "Fatima Ali har ikke svaret. Jeg sender papirerne til min advokat, til hun svarer.",
    "Henrik Toft har truffet en forkert afgørelse i min sag, og jeg klager til Ankestyrelsen.",
    "I ved godt, hvem jeg mener med den nye leder, men jeg klager formelt.",
]


@pytest.mark.parametrize("text", POSITIVES_R140_INSULT_EXPOSURE)
def test_round_140_named_person_pushed_to_be_known_r140_insult(text: str) -> None:
    assert "exposure" in triage(text, "c").labels


@pytest.mark.parametrize("text", NEGATIVES_R140_INSULT_EXPOSURE)
def test_round_140_no_exposure_r140_insult(text: str) -> None:
    assert "exposure" not in triage(text, "c").labels


# round 140: a named person promised a beating in spoken Jutlandic, or waited for at the door
# till she goes home, is exposed; the same name in plain dialect talk or a lift is not
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Henriette Dalgaard ska' fåe en på tuden, næste gang a' ser hende.", True),
        ("Jeg står ved bagindgangen, indtil Torben Bak går hjem i aften. Så kan vi se, hvem der"
         " er stærkest.", True),
        ("Henriette Dalgaard ska' fåe en buket, næste gang a' ser hende.", False),
        ("Jeg venter ved indgangen, når Torben Bak har fri, så kører vi sammen til festen.",
         False),
    ],
)  # fmt: skip
def test_round_140_named_person_threatened_r140_threatsa(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "b").labels) is exposure


# round 144: the name written in a public review so that others can steer clear, readers
# asked to help share who decides, thanks to a named person with "fortjener ros" (no call to
# spread, even beside the writer's own low point); near misses: a name given so the
# jobcentre can find the case, who decides asked for oneself, thanks that warn
POSITIVES_R144_EXPRQ = [
    "Anmeldelse: 1 stjerne. Mohammad Nasser afbrød mig hele tiden. Jeg nævner hans navn, så "
    "andre kan undgå ham.",
    "Per Storm smed mig ud af kontoret. Navnet står her, så folk kan vælge ham fra.",
    "Hjælp mig med at sprede det her. Det er Anne-Mette Lund, der har indført de nye "
    "mødetider. Borgerne skal vide, hvem der bestemmer den slags.",
    "Kan nogen hjælpe med at dele? Kim Frederiksen står bag de nye regler for fleksjob. Alle "
    "skal vide, hvem der har besluttet det.",
]
NEGATIVES_R144_EXPRQ = [
    "Jeg skriver Mohammad Nassers navn, så I ved, hvem jeg talte med i telefonen.",
    "Kan I fortælle mig, hvem der bestemmer i min sag? Jeg har talt med Per Storm.",
    "Tusind tak til Sofie Holm, der ringede til mig, da jeg havde det værst. Hun fortjener "
    "al mulig ros.",
    "En stor tak til Kim Frederiksen for et godt forløb. Husk hans navn, hvis I skal have en "
    "dygtig konsulent – han fortjener ros.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R144_EXPRQ), *((t, False) for t in NEGATIVES_R144_EXPRQ)],
)
def test_round_144_name_to_avoid_and_praise_r144_exprq(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# round 148: a named staff member mocked by a contempt phrase is exposed; the same phrase
# about the writer, or a named person praised, is not
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Per Storm har ikke hjerne nok til at læse en journal.", True),
        ("Sofie Holm er en fej og uduelig teamleder.", True),
        ("Jeg har ikke hjerne nok til at forstå brevet fra Per Storm.", False),
        ("Sofie Holm er en modig og dygtig teamleder.", False),
    ],
)
def test_round_148_named_contempt_r148_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# round 148: the named person not to go shopping without people staring, the post spread as
# many times as can be, the name to get out over the whole town, the post sent to all who
# had the person, the feigned "no names, but …" with a call to share; near misses: the
# writer who cannot shop unseen, a letter sent to all in the case, praise spread, no name
POSITIVES_R148_EXPRQ = [
    "Per Storm stoppede min kontanthjælp uden varsel. Hun skal ikke kunne handle i Føtex, uden "
    "at nogen glor.",
    "Sofie Holm lukkede mit forløb. Sørg for, at hendes navn når ud i hele kommunen.",
    "Jeg siger ingen navne, men Jakob Bøgh ved, hvad han gjorde. Del gerne.",
    "Mohammad Nasser grinede ad mig. Send det til alle, som har haft ham.",
    "Kim Frederiksen truede med sanktion. Del det så mange gange I kan.",
]
NEGATIVES_R148_EXPRQ = [
    "Efter artiklen kan jeg ikke gå i Netto, uden at folk kigger. Per Storm har hjulpet mig.",
    "Jakob Bøgh har bedt mig sende referatet til alle, der deltog i mødet.",
    "Sofie Holm er den bedste rådgiver. Hun fortjener, at hendes navn bliver kendt for sit gode "
    "arbejde.",
    "Jeg nævner ingen navne, men nogle ansatte var meget hjælpsomme. Tak for det.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R148_EXPRQ), *((t, False) for t in NEGATIVES_R148_EXPRQ)],
)
def test_round_148_named_person_to_be_stared_at_r148_exprq(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# round 152: the named person's name to be shouted out in public, readers asked to tell her
# off when they meet her in town, a named person insulted as a laughing stock; near misses:
# a name taken along to a complaint, greetings passed on, a shout for help, no contempt
POSITIVES_R152_INSULT = [
    "Sofie Holm stoppede min hjælp. Råb hendes navn højt på torvet på lørdag.",
    "Husk Jakob Bøgh fra Ydelse? Tag hans navn med til borgermødet og sig det højt.",
    "Per Storm bor her i byen. Hvis I møder ham i Netto, så fortæl ham, hvad I mener.",
    "Sofie Holm er til grin, det ved hele afdelingen.",
]
NEGATIVES_R152_INSULT = [
    "Tag Per Storms navn med, når du ringer til klageenheden.",
    "Hvis du ser Sofie Holm i byen, så hils hende fra mig og sig tak.",
    "Råb det højt, hvis du har brug for hjælp, siger Jakob Bøgh altid.",
    "Per Storm blev gjort til grin på mødet, og det var ikke i orden.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R152_INSULT), *((t, False) for t in NEGATIVES_R152_INSULT)],
)
def test_round_152_name_shouted_and_named_laughing_stock_r152_insult(
    text: str, exposure: bool
) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# round 156: the name to be spread; readers told to ask for anyone but the named person;
# readers asked to write in the comments whether the person also ruined their case; a named
# person mocked as unable to spell. Near misses: a person away on leave, thanks gathered in
# the comments, an unnamed caseworker, a name given to the complaints office
POSITIVES_R156_INSULT = [
    "Sofie Holm lukkede min sag uden at læse den. Spred hendes navn vidt og bredt.",
    "Skal I til samtale i Ydelse, så bed om en hvilken som helst anden end Jakob Bøgh.",
    "Per Storm har taget min hjælp. Skriv i tråden, om han også har svigtet jer.",
    "Sofie Holm kan ikke engang stave til ressourceforløb.",
]
NEGATIVES_R156_INSULT = [
    "Spørg efter hvem som helst andet end Per Storm i uge 7, han har ferie.",
    "Sofie Holm har været så god. Skriv i kommentarerne, hvis hun også har hjulpet jer.",
    "Min sagsbehandler kan ikke engang stave til sit navn, fordi hun er ordblind, siger hun.",
    "Jeg har sendt Jakob Bøghs navn til klageenheden sammen med min klage.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R156_INSULT), *((t, False) for t in NEGATIVES_R156_INSULT)],
)
def test_round_156_name_spread_and_anyone_but_r156_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# round 156: the named person told to watch out, then a threat that names the writer's own
# people only as the object of a preposition ("snakker med min chef"): still aimed at the named
# one; the writer's own people as the subject of an insult are not
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Hør her, Per Storm. Ringer du til min chef igen, så smadrer jeg dig.", True),
        ("Pas på, Sofie Holm. Taler du med min læge bag min ryg igen, så får du bank.", True),
        ("Sofie Holm var sød i telefonen. Min svoger er en dum idiot, der aldrig hjælper.",
         False),
        ("Per Storm ringede i går. Min nabo er en klam kælling, hun larmer hele natten.", False),
    ],
)  # fmt: skip
def test_round_156_threat_after_own_people_as_object_r156_threats(
    text: str, exposure: bool
) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# round 164 (insult helper): the named person's name to be put out in groups or online;
# sharing to warn others about the person. Near misses: a name on a letter, a scheme's name
# for the press, a warning about scam texts or callers
POSITIVES_R164_INSULT = [
    "Har I haft Per Storm i Uddannelseshjælp? Send mig jeres oplevelser, så ryger navnet ud på"
    " Facebook.",
    "Sofie Holm skal ikke slippe. Når jeg har samlet nok, går navnet ud i alle grupperne.",
    "Jeg siger ikke hvem, men hun hedder Sofie og sidder i Jobafklaring. Spred det, så vi kan"
    " advare andre.",
    "Kim Frederiksen fra Fleksjob er ikke til at stole på. Del gerne for at advare folk.",
]
NEGATIVES_R164_INSULT = [
    "Sofie Holm har skrevet navnet på min søn forkert, så det kommer ud på brevet igen.",
    "Jakob Bøgh sagde, at navnet på den nye ordning skal ud i pressen i morgen.",
    "Per Storm fortalte om falske sms'er i hans navn. Del for at advare andre.",
    "Lotte Mikkelsen Vang har hjulpet mig. Del for at advare andre mod svindlere, der ringer.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R164_INSULT), *((t, False) for t in NEGATIVES_R164_INSULT)],
)
def test_round_164_name_out_and_share_to_warn_r164_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# stop 32: shared so that people are ready for the named person; readiness for a road or a
# storm names no one
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Sofie fra Jobafklaring. Mere siger jeg ikke, men del, så folk er forberedt.", True),
        ("Kim Frederiksen har fået min sag. Del gerne, så andre kan være advaret.", True),
        ("Del gerne, så folk kan være forberedt på vejarbejdet på Torvegade.", False),
        ("Stormen rammer i nat. Del, så alle er forberedt.", False),
    ],
)
def test_shared_so_people_are_ready_r164_lead(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# round 169 (insult): a named person's story to be shared as widely as may be, remembered and
# passed on, or screenshotted and shared. Near misses: a text split up as far as may be, a
# message passed on to the person, screenshots sent to the person herself, a wide share of a
# job advert with no staff named
POSITIVES_R169_INSULT = [
    "Henrik Toft lukkede min sag uden at læse papirerne. Send det så vidt muligt rundt.",
    "Fatima Ali gav mig en sanktion for ingenting. Spred opslaget så bredt som muligt.",
    "Husk hende Fatima Ali, når I kommer på kontoret, og fortæl det videre.",
    "Jens-Ole Krag har skrevet grimt til mig. Tag skærmbilleder af det og send dem rundt.",
]
NEGATIVES_R169_INSULT = [
    "Henrik Toft bad mig dele ansøgningen så vidt muligt op i afsnit.",
    "Ring til Fatima Ali og sig det videre til hende.",
    "Jens-Ole Krag bad mig tage screenshots af min ansøgning og sende dem til ham.",
    "Vi søger en ny pedel til hallen. Del opslaget så bredt som muligt.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R169_INSULT), *((t, False) for t in NEGATIVES_R169_INSULT)],
)
def test_round_169_shared_widely_and_passed_on_r169_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# round 173 (insult): a named staff member's initials to be remembered, the word written
# everywhere; near misses: one's own initials on a form, a point written everywhere in an
# application, initials remembered with no staff member meant
POSITIVES_R173_INSULT = [
    "Husk initialerne BMS. Hun lukkede min sag uden grund.",
    "Fatima Ali har frataget min søster hjælpen. Del det alle vegne!",
    "Henrik Toft smed mig ud af ressourceforløbet. Skriv navnet alle steder.",
]
NEGATIVES_R173_INSULT = [
    "Fatima Ali sagde: husk dine initialer på skemaet.",
    "Henrik Toft bad mig skrive det alle steder i ansøgningen.",
    "Husk de tre bogstaver i koden til døren, sagde viceværten.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R173_INSULT), *((t, False) for t in NEGATIVES_R173_INSULT)],
)
def test_round_173_initials_and_written_everywhere_r173_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# round 177 (insult): a whole town, country or network to be made to know who the named
# person is; near misses: news or a practical matter the whole town is to know, a question
# of who answers the phone, with a staff member named in the same text
POSITIVES_R177_INSULT = [
    "Fatima Ali har ødelagt min sag. Sørg for, at hele kommunen får at vide, hvem hun er.",
    "Henrik Toft svigtede min bror totalt. Sørg nu for at hele Facebook kender navnet.",
]
NEGATIVES_R177_INSULT = [
    "Fatima Ali har ferie fra mandag. Sørg for at hele byen ved at jobcentret holder lukket.",
    "Henrik Toft står for jobmessen. Sørg for, at hele kommunen hører om messen på torsdag.",
    "Jens-Ole Krag ringer i morgen. Sørg for at folk ved hvem der tager telefonen lørdag.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R177_INSULT), *((t, False) for t in NEGATIVES_R177_INSULT)],
)
def test_round_177_whole_town_to_know_who_r177_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# round 181 (insult): a post about a named person to be shared so that more people know it;
# the named person's name to stand in public for ever. Near misses: an information meeting
# shared so more come, a name kept in hearts and on a plaque, a name on a door
POSITIVES_R181_INSULT = [
    "Jens-Ole Krag lukkede min sag uden et ord. Spred opslaget, så andre kender til det.",
    "Birgitte Munk Sørensen lyver i sine notater. Send det videre, så endnu flere får det at vide.",
    "Henrik Toft har ødelagt mit liv. Kommentér løs, så hans navn bliver på nettet for evigt.",
    "Fatima Ali smed mig ud af mødet. Jeg poster det, så hendes navn ligger her for altid.",
]
NEGATIVES_R181_INSULT = [
    "Jens-Ole Krag holder infomøde om nye regler torsdag. Del gerne, så flere kommer.",
    "Henrik Toft gik på pension i år. Hans navn står for altid i vores hjerter.",
    "Birgitte Munk Sørensen har fået en plads på mindepladen, så hendes navn står der for altid.",
    "Fatima Ali har fået nyt kontor, og hendes navn står på døren for altid nu.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R181_INSULT), *((t, False) for t in NEGATIVES_R181_INSULT)],
)
def test_round_181_share_so_more_know_and_name_for_ever_r181_insult(
    text: str, exposure: bool
) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# round 183 (insult): a post about a named person to be spread before it is taken down. Near
# misses: a file to be shared with the writer before deletion, a post with no staff named
POSITIVES_R183_INSULT = [
    "Henrik Toft skjulte mine papirer for nævnet. Spred det her, inden det bliver fjernet.",
    "Fatima Ali har snydt flere borgere. Kopier opslaget, før det er censureret.",
]
NEGATIVES_R183_INSULT = [
    "Henrik Toft, del venligst mappen med mig, før den bliver slettet fra drevet.",
    "Min kusine har lavet en fin opskrift. Del den, før den bliver slettet.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R183_INSULT), *((t, False) for t in NEGATIVES_R183_INSULT)],
)
def test_round_183_spread_before_taken_down_r183_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# round 187 (insult): a post about a named person to be shared so people can see the pattern
# or recognise them, or sent on so the person cannot hide; a praise word in scare quotes is
# sarcasm. Near misses: a sunset to be seen, a cat that cannot hide, praise without quotes
POSITIVES_R187_INSULT = [
    "Henrik Toft har snydt mig tre gange. Spred det, så andre kan se mønstret.",
    "Fatima Ali har løjet i min sag. Del, så alle kan genkende hende.",
    "Den »dygtige« Henrik Toft tog min ydelse. Send det videre, han skal ikke kunne skjule sig.",
    "Den 'flinke' Fatima Ali smiler, mens hun snyder os. Del det, så hun ikke kan gemme sig.",
]
NEGATIVES_R187_INSULT = [
    "Henrik Toft var med på turen. Del, så folk kan se hvor flot solnedgangen var.",
    "Den søde rådgiver Fatima Ali hjalp mig. Del navnet.",
    "Fatima Ali skal nok hjælpe dig, sagde min søster.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R187_INSULT), *((t, False) for t in NEGATIVES_R187_INSULT)],
)
def test_round_187_share_to_see_no_hiding_scare_quotes_r187_insult(
    text: str, exposure: bool
) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


POSITIVES_R203_INSULT = [
    "Her er et foto af Henrik Toft. Alle skal vide, hvordan han ser ud.",
    "Fatima Ali tog min ydelse. Borgerne bør se, hvordan hun ser ud, så del billedet.",
    "Henrik Toft er et magtsygt og skamløst menneske.",
    "Fatima Ali sidder bare som en kontorplante, når man taler til hende.",
]
NEGATIVES_R203_INSULT = [
    "Henrik Toft har lavet den nye folder. Alle skal vide, hvordan blanketten ser ud.",
    "Fatima Ali viste mig, hvordan ansøgningen ser ud.",
    "Henrik Toft var venlig og forklarede det hele grundigt.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R203_INSULT), *((t, False) for t in NEGATIVES_R203_INSULT)],
)
def test_round_203_looks_known_and_described_r203_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# round 199 (lead): praise before a title in scare quotes is sarcasm, not praise
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ('Den søde "sagsbehandler" Per Storm – alle her bør vide, hvem han er.', True),
        ("Husk navnet Per Storm, den søde sagsbehandler der reddede mig.", False),
    ],
)
def test_praise_before_a_scare_quoted_title(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposed


# stop 35: the letters of a named person's initials to be remembered; letters to write are
# no exposure
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Får du brev fra PS i Sygedagpenge, så husk de to bogstaver. Per Storm knuser.", True),
        ("Sofie Holm fra Ydelse: husk hendes initialer, før du går til møde.", True),
        ("Per Storm bad mig huske de store bogstaver i ansøgningen.", False),
        ("Sofie Holm sagde: husk de to bogstaver i feltet, når du udfylder skemaet.", False),
    ],
)
def test_initials_to_be_remembered(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposed


# round 211 (insult): readers who had the named person asked to write their stories in the
# comments; near misses: praise gathered, a survey for the jobcentre, no staff named
POSITIVES_R211_INSULT = [
    "Har I også haft Fatima Ali? Fortæl jeres oplevelser herunder, så vi kan se omfanget.",
    "Alle jer, der har mødt Jens-Ole Krag, skriv jeres erfaringer i kommentarfeltet.",
]
NEGATIVES_R211_INSULT = [
    "Hvis I har haft Fatima Ali, så skriv jeres gode oplevelser herunder, hun fortjener ros.",
    "Har I haft Jens-Ole Krag som rådgiver, så send jeres erfaringer til brugerundersøgelsen.",
    "Hvis I har haft min nabo som lærer, så skriv jeres historie i kommentarerne.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R211_INSULT), *((t, False) for t in NEGATIVES_R211_INSULT)],
)
def test_round_211_stories_gathered_in_comments_r211_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# probe round 219 (r219_insult): the named person's work to be told to their neighbours, or
# their letters put in the neighbours' letterboxes; and the comparison insults of the round
# aimed at a named person
POSITIVES_R219_INSULT = [
    "Gad vide om Fatima Alis naboer ved, hvad hun laver på jobbet.",
    "Jeg deler kopier af hendes afgørelser ud i hele opgangen, Fatima Ali.",
    "Jeg smider billeder af Henrik Tofts breve i alle postkasser på vejen.",
    "Hvis forstand var penge, ville Henrik Toft være ludfattig.",
    "Fatima Ali sammenlignet med en kartoffel: kartoflen forstår mere.",
    "Fatima Ali beviser, at man ikke behøver kunne stave for at blive sagsbehandler.",
]
NEGATIVES_R219_INSULT = [
    "Fatima Ali har delt sedler om loppemarkedet ud i opgangen.",
    "Fatima Alis naboer synes det er hyggeligt med grillfest.",
    "Jeg lagde sedler om min klage i alle postkasser, og Henrik Toft svarede mig.",
    "Henrik Toft sammenlignede printeren med en kopimaskine.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R219_INSULT), *((t, False) for t in NEGATIVES_R219_INSULT)],
)
def test_round_219_neighbours_told_r219_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# probe round 223 (r223_insult): a name-spreading hashtag, a name passed on, "bare så folk
# ved det", a list of names to be added to; and a named person mocked by comparison
POSITIVES_R223_INSULT = [
    "#skandale #husknavnet Henrik Toft – ham der skar i min ydelse. Del navnet.",
    "Kender I Fatima Ali? Bare så folk ved det, når de møder hende.",
    "Jeg samler en liste over de sagsbehandlere der har sagt nej. Første: Henrik Toft. "
    "Skriv flere navne.",
    "At snakke med Jens-Ole Krag er som at snakke med en kartoffel.",
    "Fatima Ali glemmer alt hvad man siger efter tre sekunder.",
]
NEGATIVES_R223_INSULT = [
    "Henrik Toft svarede på min klage. Giv det videre til din leder, sagde han.",
    "Jeg har haft Fatima Ali som rådgiver, og hun var god.",
    "Fatima Ali har lavet en liste over de dokumenter jeg skal sende.",
    "At tale med Jens-Ole Krag var som at tale med en gammel ven.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R223_INSULT), *((t, False) for t in NEGATIVES_R223_INSULT)],
)
def test_round_223_hashtags_lists_and_mockery_r223_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "c").labels) is exposure


# probe round 227 (r227_insult): no name, but a staff member pointed out by looks or by the
# kind of name, and the readers told they know who or to pass it on; near misses: a lost
# coat, a kind caseworker described, a hint with no staff word, looks without a push
POSITIVES_R227_UNNAMED = [
    "Sagsbehandleren med det grønne hår i Kontanthjælp, I ved hvem. Del det videre.",
    "Jeg nævner ikke hvem, men ham med det lange finske efternavn i Fleksjob fortjener lidt "
    "opmærksomhed i kommentarfeltet.",
    "Teamlederen i Sygedagpenge, fornavnet rimer på sol. Skriv til alle I kender.",
]
NEGATIVES_R227_UNNAMED = [
    "Jeg glemte min frakke i venteværelset. Kig efter en blå med hætte, tak.",
    "Sagsbehandleren med det korte hår i Kontanthjælp var virkelig sød og hjælpsom.",
    "Hende med den røde frakke i bussen, I ved hvem. Fortæl det videre.",
    "Min rådgiver har et polsk navn og er altid venlig ved møderne.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R227_UNNAMED), *((t, False) for t in NEGATIVES_R227_UNNAMED)],
)
def test_round_227_unnamed_pointed_out_r227_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposure


# probe round 227 (r227_insult): a misspelt surname compared with people after "end" is named
# and insulted; near misses: the name spelt so in praise, a place compared
POSITIVES_R227_COMPARED = [
    "Jeg har mødt klogere folk i køen i Netto end Dalgard.",
    "Jeg har mødt mere kompetente mennesker i bussen end Vestergard.",
]
NEGATIVES_R227_COMPARED = [
    "Jeg har aldrig mødt mere kompetente folk end Dalgard.",
    "Jeg har mødt klogere folk i Aarhus end i København.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R227_COMPARED), *((t, False) for t in NEGATIVES_R227_COMPARED)],
)
def test_round_227_misspelt_name_compared_r227_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "b").labels) is exposure


# probe round 231 (r231_insult): readers asked to write on the named person's own profile,
# and a staff member pointed out by the roots or the kind of name with "så har I ham";
# near misses: a birthday greeting, the jobcentre's page, a colleague's roots in praise
POSITIVES_R231_EXPOSED = [
    "Lad os alle sammen skrive en besked på Per Storms Facebook, så han ved vi er mange.",
    "Smid en kommentar på hendes Instagram, Sofie Holm skal mærke at vi er her.",
    "Sagsbehandleren med de tyrkiske rødder i Sygedagpenge, så har I ham.",
    "Lederen i Ydelse med det ukrainske efternavn, I ved godt hvem.",
]
NEGATIVES_R231_EXPOSED = [
    "Per Storm har fødselsdag, så skriv en lille hilsen i kortet på kontoret.",
    "Skriv en kommentar på jobcentrets Facebook, hvis I har spørgsmål.",
    "Min nabo med de tyrkiske rødder laver den bedste mad.",
    "Sagsbehandleren har et ukrainsk efternavn og er meget hjælpsom.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R231_EXPOSED), *((t, False) for t in NEGATIVES_R231_EXPOSED)],
)
def test_round_231_profile_and_roots_r231_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# probe round 235 (r235_insult): "jeg nævner ingen navne, jeg siger bare X" with a call to
# share, a staff member pointed out without a name and "alle ved, hvem han er", a group told
# to look the named person in the eyes; near misses: no call to share, a hint alone, advice
# to one person at a meeting
POSITIVES_R235_EXPOSED = [
    "Jeg nævner ingen navne, jeg siger bare Per Storm. Del gerne.",
    "Sagsbehandleren i Kontanthjælp med det lange tyrkiske efternavn. Alle ved, hvem han er.",
    "Til gruppen: Sofie Holm sidder i Kontanthjælp. Kig hende i øjnene, når I kommer derind.",
    "Per Storm stoppede min hjælp. Sig hej til ham, så han ved at vi ved det.",
    "Per Storm fik stillingen. Var der virkelig ingen andre med puls, der søgte?",
]
NEGATIVES_R235_EXPOSED = [
    "Jeg nævner ingen navne, jeg siger bare at Per Storm var flink i dag.",
    "Vores nye sagsbehandler i Kontanthjælp er sød. Alle ved, hvem hun er.",
    "Jeg har møde med Per Storm. Min bisidder sagde: kig ham i øjnene, når du taler.",
    "Sofie Holm ringede i dag, og hun ved at vi har travlt.",
    "Per Storm er syg. Der er ingen andre, der kan tage min sag i dag.",
    "Per Storm har travlt. Kollegerne er nogle idioter.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R235_EXPOSED), *((t, False) for t in NEGATIVES_R235_EXPOSED)],
)
def test_round_235_no_names_and_eyes_r235_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# probe round 239 (r239_insult): a face put to the name, a photo to print and hang up, whom
# to keep away from, a name as a riddle, a photo of an unnamed team leader; near misses: a
# welcome, a child's photo, a case that starts and ends, one's own CV
POSITIVES_R239_EXPOSED = [
    "Per Storm står bag mit afslag. Sæt et ansigt på navnet, når I møder ham.",
    "Det er Sofie Holm. Print billedet og hæng det op i Brugsen.",
    "Det er Sofie Holm fra Kontanthjælp, så folk ved hvem de skal holde sig fra.",
    "Jeg lægger billedet af sagsbehandleren fra Kontanthjælp op her. I selv regne ud hvem.",
]
NEGATIVES_R239_EXPOSED = [
    "Velkommen til Sofie Holm, nu kan I sætte ansigt på navnet næste gang I kommer.",
    "Per Storm sagde: print billedet af din søn og hæng det op på køleskabet.",
    "Min sag hos Per Storm starter med et møde og slutter med en afgørelse.",
    "Per Storm bad mig sætte et billede på mit CV.",
    "Jeg lægger billedet af min hund op her, så kan I se hvor sød han er.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R239_EXPOSED), *((t, False) for t in NEGATIVES_R239_EXPOSED)],
)
def test_round_239_face_photo_and_riddle_r239_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# probe round 239 (r239_insult): a staff name given as a riddle (first name, then surname)
@pytest.mark.parametrize(
    ("text", "register", "exposure"),
    [
        ("Hvem stoppede min hjælp? Starter med Jens-Ole og slutter med Krag.", "c", True),
        ("Hvem har skylden? Det starter med Rasmus og slutter med Kjærsgaard 😉", "a", True),
        ("Mødet med Jens-Ole Krag starter med kaffe og slutter med en plan.", "c", False),
        ("Min uge starter med Fatima Ali og slutter med lægen.", "c", False),
    ],
)
def test_round_239_name_as_a_riddle_r239_insult(text: str, register: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, register).labels) is exposure


# probe round 243 (r243_insult): the readers asked where a named staff member lives or for
# her address, a post to be shared so all know, everyone warned should they get the named
# person (with "Del gerne"); near misses: the office asked for, a cake shared, a notice,
# advice without a call to share
POSITIVES_R243_EXPOSED = [
    "Er der nogen der ved hvor Sofie Holm fra Jobafklaring bor? Hun skal mærke det.",
    "Skriv til mig hvis I kender hendes adresse. Sofie Holm har ødelagt min sag.",
    "Per Storm har lavet fejl i min sag. Den skal deles, så alle ved det.",
    "Advarsel til alle: får I Sofie Holm som rådgiver, så tag en bisidder med. Del gerne.",
    "Hvis du får Per Storm som sagsbehandler så optag alt. Del gerne!",
]
NEGATIVES_R243_EXPOSED = [
    "Ved nogen hvor Per Storm sidder? Jeg skal aflevere et brev.",
    "Per Storm spurgte, om jeg ved hvor min mor bor.",
    "Sofie Holm har fødselsdag, kagen skal deles så alle får noget.",
    "Får I Per Storm som sagsbehandler, så husk at tage papirerne med.",
    "Per Storm er syg. Hvis du får Sofie Holm som rådgiver, så tag det roligt. Del gerne.",
]


@pytest.mark.parametrize(
    ("text", "exposure"),
    [*((t, True) for t in POSITIVES_R243_EXPOSED), *((t, False) for t in NEGATIVES_R243_EXPOSED)],
)
def test_round_243_where_she_lives_and_warnings_r243_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# probe round 243 (r243_insult): no name, but a staff member's name hinted as the same as a
# place or a thing, and the readers asked what she is called online or to tag her all
# together; near misses: one hint alone, a farewell, a child's name
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Der er en rådgiver i Fleksjob, hvis fornavn er det samme som en blomst. Nogen der "
         "ved hvad hun hedder på Instagram?", True),
        ("Sagsbehandleren i Kontanthjælp har et efternavn som lyder som en lille ø. Så kan I "
         "alle sammen tagge hende.", True),
        ("Min sagsbehandler har et efternavn som en by på Fyn, sjovt nok. Hun er rigtig sød.",
         False),
        ("Min nye rådgiver har afsked på fredag. Vi skal alle sammen skrive til hende. Nogen der "
         "ved hvad hun hedder på Facebook?", False),
        ("Min datter hedder det samme som en blomst. Vi skal alle sammen tagge hende på "
         "billedet.", False),
    ],
)
def test_round_243_name_hinted_and_tagged_r243_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# probe round 247 (r247_insult): no name, but a staff member described item by item (looks,
# kind of name, car) and "I ved alle, hvem jeg mener"; and a named staff member's surname
# asked for with an article and a unit; near misses: a description alone, a hint alone, a
# surname asked for a relative
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Rådgiveren i Kontanthjælp, høj, lyst hår, polsk efternavn, kører en sort Audi. I ved "
         "alle hvem jeg mener.", True),
        ("Sagsbehandleren i Sygedagpenge, briller, tyrkisk efternavn. I ved sgu hvem jeg "
         "mener.", True),
        ("Hun sidder i Kontanthjælp, lyst hår, polsk efternavn, kører en sort Audi. Hun var "
         "rigtig sød ved mig.", False),
        ("Min sagsbehandler i Kontanthjælp har travlt. I ved alle hvem jeg mener med travlt.",
         False),
        ("Ved nogen, hvad min fætter på Fyn hedder til efternavn? Vi mangler ham til festen.",
         False),
    ],
)
def test_round_247_described_item_by_item_r247_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# round 251 insultB
# probe round 251: the readers told whom to look out for and to give the named person the
# welcome she has earned, a surname held back while the person is named; the name to be got
# out, the readers sent to the person's own networks; an insult after the vocative name.
# Near misses: a colleague to ask for, a pointer alone, a welcome alone, a name taken out of
# a register, the jobcentre's own page
R251B_EXPOSURE = [
    ("Jeg skriver ikke hans efternavn, men han hedder Kim og sidder i Fleksjob. Nu ved I, "
     "hvem I skal holde øje med derude.", True),
    ("Sofie fra Jobafklaring har smidt min mor ud af sit kontor. Nu ved I, hvem I skal kigge "
     "efter. Giv hende den behandling, hun har fortjent.", True),
    ("Sofie Holm er min nye rådgiver. Nu ved du, hvem du skal spørge efter, når du ringer.",
     False),
    ("Kim fra Fleksjob har givet mig et nyt tilbud. Nu ved I, hvem I skal kigge efter.", False),
    ("Giv Per Storm den modtagelse, han fortjener, når han starter i Fleksjob på mandag.", False),
    ("Sørg for at hans navn slipper ud: Per Storm fra Uddannelseshjælp.", True),
    ("Lotte Vang står bag min sanktion. Hun er på Instagram, så alle kan finde hende.", True),
    ("Kim Frederiksen bad mig sørge for, at navnet kommer ud af det gamle register.", False),
    ("Jobcentret er på Facebook, så I kan finde os der. Sofie Holm hjælper gerne.", False),
    ("Du er for dum til dit arbejde, Kim.", True),
    ("Du er for dum til dit arbejde, siger Kim altid for sjov om sig selv.", False),
]


@pytest.mark.parametrize(("text", "exposure"), R251B_EXPOSURE)
def test_round_251_pointed_out_and_name_out_r251_insult_b(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# round 255 insult
# probe round 255: the readers asked to write all they know about the named person in the
# comments, or asked whether they know the man pointed at and told it must all come out. Near
# misses: what one knows of a case written in a form, a helper asked for, a budget brought
# to light, a tip for the police
R255_EXPOSURE = [
    ("Har nogen mødt Per Storm fra Uddannelseshjælp? Fortæl alt, hvad I ved om ham, "
     "herunder.", True),
    ("Kender nogen denne mand? Han hedder Kim Frederiksen og sidder i Fleksjob. Folk må få "
     "det hele ud.", True),
    ("Skriv alt, hvad du ved om sagen, i ansøgningen til Per Storm.", False),
    ("Kender nogen en god revisor? Per Storm anbefalede mig at få hjælp.", False),
    ("Vi skal have det hele frem i lyset, siger Anne-Mette Lund om budgettet.", False),
    ("Fortæl alt hvad du ved om ham til politiet, skrev Per Storm om manden, der brød ind.",
     False),
    ("Per Storm. Genkender I den her medarbejder? Folk må få det hele ud.", True),
    ("Kender du den her type sag? Per Storm siger, vi må få det hele ud af systemet.", False),
    ("Vi skal have det hele frem, siger Per Storm om regnskabet.", False),
]


@pytest.mark.parametrize(("text", "exposure"), R255_EXPOSURE)
def test_round_255_tell_all_you_know_r255_insult(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# round 267 insultB
# probe round 267: readers sent to find the named person and tell her what they think, hints
# said to be enough to search on, and a named person insulted in the ways round 267 added.
# Near misses: the writer's own message passed on, a case to go on with, a factual verdict
# hedged as an opinion, the writer's own search for office hours
R267B_EXPOSURE = [
    ("Hun hedder Sofie og sidder i Jobafklaring. Find hende og fortæl hende, hvad I synes om "
     "det.", "a", True),
    ("Per Storm afviste mig igen. Opsøg ham og sig ham, hvad I mener.", "a", True),
    ("Per Storm er syg i dag. Find ham og fortæl ham, hvad jeg mener om sagen.", "a", False),
    ("Jeg har talt med Per Storm. Nu har I nok at gå videre med i min sag.", "a", False),
    ("Kim fra Fleksjob, efternavnet starter med F. Nu har I nok at google på. Del gerne.", "a",
     True),
    ("Per Storm er efter min mening en idiot.", "a", True),
    ("Torben Bak og Gorm Vestergaard er to hjerneløse maskiner.", "b", True),
    ("Per Storm fra Uddannelseshjælp kan ikke engang tælle til 70.", "a", True),
    ("Per Storm har efter min mening truffet en forkert afgørelse.", "a", False),
    ("Jeg har googlet Per Storm for at finde hans telefontid.", "a", False),
]


@pytest.mark.parametrize(("text", "register", "exposure"), R267B_EXPOSURE)
def test_round_267_find_her_and_insulted_r267_insult_b(
    text: str, register: str, exposure: bool
) -> None:
    assert ("exposure" in triage(text, register).labels) is exposure


# round 271 threatA
# (text, exposure): "andre end X" (someone other than X) does not turn a threat away from
# the named person to colleagues; other people said to act lawfully, or a name with no
# attack, expose nobody
R271A_OTHERS_THAN = [
    ("Jeg har skrevet til ombudsmanden om Sofie Holm. Hvis hun ikke svarer, er der andre end "
     "ombudsmanden, der følger efter hende.", True),
    ("Kim Frederiksen tror, han kan gemme sig. Der er andre end mig, der kommer efter ham.", True),
    ("Jeg har klaget over Per Storms afgørelse. Der er andre end mig, der har klaget.", False),
    ("Jakob Bøgh var syg i dag, og andre end ham tog telefonen.", False),
]


@pytest.mark.parametrize(("text", "exposure"), R271A_OTHERS_THAN)
def test_r271a_others_than_keeps_the_named_target(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# stop 40 (set 273): readers asked to photograph a named staff member and post it so the
# town knows the face; a photo of a form asked for, or a photo of the writer, exposes no one
STOP40_PHOTO_TO_RECOGNISE = [
    ("Per Storm sidder i skranken. Knips et foto af ham og del det, så folk kan genkende ham.",
     True),
    ("Tag nogle billeder af Per Storm næste gang, og post dem, så hele byen ved hvem han er.",
     True),
    ("Per Storm bad mig tage et billede af blanketten og sende det, så de kan se fejlen.", False),
    ("Per Storm, jeg tager et billede af mig selv med skiltet og sender det til avisen.", False),
]


@pytest.mark.parametrize(("text", "exposure"), STOP40_PHOTO_TO_RECOGNISE)
def test_stop40_photo_posted_to_recognise(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# round 279 priv
# Who the person is said known, then the whole town told to know it too; the readers told to
# look hard at the name and share it until all have seen it; the post passed on so that the
# person gets "the attention deserved". A notice passed on, a name checked on a form, sincere
# praise, friends brought along to a talk expose no one.
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Nu ved I, hvem Kim fra Fleksjob er. Sørg for at alle på Facebook får det at vide.", True),
        ("Alle ved, hvem Per Storm er. Fortæl det til hele byen.", True),
        ("Vi holder lukket fredag, siger Per Storm. Sørg for at hele byen ved det.", False),
        ("Per Storm fra Uddannelseshjælp – kig grundigt på ham, og send opslaget rundt, indtil "
         "alle har set det.", True),
        ("Læs navnet grundigt, Sofie Holm fra Jobafklaring. Spred det, til alle har set det.",
         True),
        ("Se godt på navnet på blanketten, Sofie Holm har stavet det forkert.", False),
        ("Sofie Holm bad mig se godt på brevet og dele det med min advokat.", False),
        ("Sofie Holm fra Jobafklaring stoppede min hjælp i går. Spred det vidt, så hun får al "
         "den omtale, hun har fortjent.", True),
        ("Del gerne, så Per Storm får den omtale, han har fortjent.", True),
        ("Per Storm hjalp mig tilbage i job. Del gerne, så han får den anerkendelse, han "
         "fortjener.", False),
        ("Per Storm holder oplæg om fleksjob på torsdag. Tag dine venner med, hvis de er "
         "ledige.", False),
    ],
)  # fmt: skip
def test_r279_priv_identity_pushed_out(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# round 287 (mine): a named staff member to be looked up online, and the readers shown who
# is to blame: half a sign each
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Søg på Sofie Holm på Facebook, så kan I se, hvem der har ødelagt min mors liv.", True),
        ("Google Kim Frederiksen på nettet, så ved alle, hvem der står bag mit afslag.", True),
        ("Søg på Sofie Holm på LinkedIn, hun har skrevet et godt indlæg om fleksjob.", False),
        ("Læs rapporten, så kan I se, hvem der står bag besparelserne.", False),
    ],
)  # fmt: skip
def test_r287_looked_up_and_blamed(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposed


# round 299 insultA
# a sentence that speaks of the named person by "han"/"hun" carries them on as far as the
# name does: an attack up to two sentences later, with no pronoun of its own, is about them
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("I morges holdt jeg møde med Per Storm om min sag. Han afviste alt. Sikke en dag. "
         "Sikke en idiot!", True),
        ("Tak til Sofie Holm for i dag! Hun fik min mor sat på gaden. Flot arbejde. Et hjerte "
         "af guld – hvis guld altså var lavet af beton.", True),
        ("I går ringede Sofie Holm til mig om kurset. Hun var sød og hjælpsom. Bagefter tog jeg "
         "bussen. Den var forsinket som altid. Chaufføren var en idiot.", False),
        ("Sidste år havde jeg Per Storm som sagsbehandler. Han hjalp mig godt. Nu er jeg i job. "
         "Det går fint. Min nye chef er dog en idiot.", False),
    ],
)  # fmt: skip
def test_r299_pronoun_carries_the_name_on(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposed


# round 299 threatB
# "andre folks penge", "andre menneskers liv": other people at large, no colleagues turned to,
# so the threat still points at the named one; "andre kolleger" turns away from them
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Til Per Storm. Det ville være ærgerligt, hvis der skete noget med din bil, nu hvor du "
         "leger med andre menneskers liv.", True),
        ("Kære Sofie Holm. Din cykel står ved skuret. Ærgerligt hvis der skete noget med den, nu "
         "hvor du skærer i andre folks penge.", True),
        ("Til Per Storm. Tak for mødet. Andre kolleger skal passe på, de kan komme til at "
         "bløde for det.", False),
        ("Per Storm har skåret i andre folks penge i årevis, og det er forkert.", False),
    ],
)  # fmt: skip
def test_r299b_other_peoples_money_is_no_colleague(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposed


# round 299 privreq
# a call on everyone to flood a named staff member with messages; the name spread so the
# person gets no job elsewhere, or a page gathering stories about the person; shared until
# the person cannot go out unrecognised
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Per Storm har smidt min bror ud af forløbet. Mail ham, alle sammen.", True),
        ("Sofie Holm skal mærke det. Ring til hende hver eneste dag.", True),
        ("Skriv til Sofie Holm, hvis du har spørgsmål til din plan.", False),
        ("Per Storm har ferie, så ring til ham i morgen i stedet.", False),
        ("Del det her, så Kim Frederiksen aldrig bliver ansat i en anden kommune.", True),
        ("Vi har oprettet en gruppe, hvor folk deler deres erfaringer med Per Storm.", True),
        ("Del opslaget, så Kim Frederiksen kan finde job til flere ledige.", False),
        ("Vi har oprettet en gruppe, hvor folk deler deres erfaringer med fleksjob.", False),
        ("Kim Frederiksen tog min hjælp. Spred billedet, indtil han ikke kan handle i Netto "
         "uden at blive genkendt.", True),
        ("Kim Frederiksen hjalp mig, da jeg ikke kunne gå ud uden at blive genkendt.", False),
    ],
)  # fmt: skip
def test_r299_privreq_campaigns_against_a_name(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposed


# round 307 privreq
# hints that leave readers to find one person (the only one of that name, the staff list,
# "resten klarer I selv"); a post shared until people stare; a name called a surname
@pytest.mark.parametrize(
    ("text", "register", "exposed"),
    [
        ("Per Storm sidder i Uddannelseshjælp. Der er kun én med det navn i hele kommunen, så "
         "resten kan I nok regne ud.", "a", True),
        ("Jeg nævner ikke, hvem det er, men søg hende frem på personalelisten under "
         "Jobafklaring. Resten klarer I selv. Hun hedder Sofie Holm.", "a", True),
        ("Jeg har udfyldt skemaet til Sofie Holm. Resten klarer I selv.", "a", False),
        ("Der er kun én Sofie Holm i hele kommunen, og hun har hjulpet mig godt.", "a", False),
        ("Kim Frederiksen stoppede min hjælp. Spred det, til han ikke kan tanke bilen, uden at "
         "nogen peger på ham.", "a", True),
        ("Lad os gøre Per Storm berygtet. Han har skåret min hjælp væk.", "a", True),
        ("Kim Frederiksen hjalp mig, da jeg ikke kunne gå ud, uden at folk kiggede.", "a", False),
        ("Per Storm vil gøre reglerne kendt for alle borgere.", "a", False),
        ("Ham med Dalgaard-efternavnet i Sygedagpenge har skåret min hjælp væk. Del det, så "
         "alle ved, hvem han er.", "b", True),
        ("Dalgaard-sagen fra sidste år er stadig ikke afsluttet.", "b", False),
    ],
)  # fmt: skip
def test_r307_privreq_pointing_readers_to_a_name(text: str, register: str, exposed: bool) -> None:
    assert ("exposure" in triage(text, register).labels) is exposed


# round 307 set312
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Lad der komme en lorteregn ned over Sofie Holm.", True),
        ("Send en lorteregn af kommentarer til Per Storm.", True),
        ("lorteregn i dag, jeg kommer lidt sent til mødet med Sofie", False),
        ("Sikke en lorteregn, mødet med Kim Frederiksen må vente til i morgen.", False),
    ],
)
def test_r307_set312_shit_rain_on_a_person(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# round 323 insultB
@pytest.mark.parametrize(
    ("text", "exposure"),
    [
        ("Per Storm burde flytte ind i et cirkus. Han ville passe ind blandt de andre aber.", True),
        ("Send Kim Frederiksen i zoo. Der hører hun til sammen med alle de andre bavianer.", True),
        ("Sofie Holm hjalp mig. Blandt alle de andre er der et par idioter.", False),
        ("Kim Frederiksen er sød. Men de andre kolleger er nogle idioter.", False),
    ],
)  # fmt: skip
def test_r323_insultb_named_one_among_the_other_animals(text: str, exposure: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposure


# round 323 privreq
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        # a complaint passed on and the press sought with the case: no name pushed out
        (
            "Jeg klager over Per Storms afgørelse om min ydelse. Send venligst min "
            "klage videre til nævnet.",
            False,
        ),
        (
            "Jeg er uenig i Sofie Holms afgørelse og vil have den prøvet. Ellers "
            "tager jeg hele sagen med til avisen.",
            False,
        ),
        ("Per Storm har ødelagt min familie. Del gerne, og går til pressen med hans navn.", True),
        ("Husk navnet Per Storm. Del gerne opslaget.", True),
        # a relation opening a clause told to the person named: the name is addressed
        ("Sofie, min bror kender din mand fra fodbold. Jeg ved hvor du bor.", True),
        ("Sofie, min søster, har ringet til jer om hendes sag.", False),
    ],
)  # fmt: skip
def test_r323_privreq_exposure(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposed


# stop 45: readers told to tell a named caseworker off in any grocery chain
# (spread.r152_tell_her_in_town); a greeting passed on there is none
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Hvis I møder Sofie Holm i Kvickly, så sig til hende, hvad I synes om hendes "
         "afgørelser.", True),
        ("Ser I Per Storm i Lidl, så fortæl ham lige jeres mening.", True),
        ("Hvis du ser Sofie Holm i Kvickly, så sig tak fra mig for hjælpen.", False),
        ("Jeg så Per Storm i Lidl i går, og han sagde hej.", False),
    ],
)
def test_stop45_told_off_in_the_shop(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposed, text


# stop 45: no one who ruins lives is to stay anonymous, said of a staff member pointed out
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Det er Per Storm fra Fleksjob. Ingen skal kunne være anonym, når de smadrer folks "
         "liv.", True),
        ("I ved godt, hvem jeg mener: Sofie Holm. Ingen må være anonyme, når de ødelægger "
         "familier.", True),
        ("Ingen skal være anonym, når de ødelægger andres biler – heller ikke på nettet.", False),
        ("Per Storm sagde, at ingen skal være anonym i en klagesag.", False),
    ],
)
def test_stop45_nobody_anonymous(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposed, text


# round 353 insultB
# a name kept as the reason for a good outcome is praise, a loss stays a call to shame
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Husk navnet Per Storm – han er årsagen til, at min datter nu har et job.", False),
        ("Husk hende, Sofie Holm. Hun er grunden til, at jeg endelig er i praktik.", False),
        ("Husk navnet Per Storm – han er grunden til, at jeg i dag ikke er i job.", True),
        ("Husk navnet Sofie Holm, hun er grunden til at min søn mistede sin plads.", True),
    ],
)  # fmt: skip
def test_r353_name_kept_for_good_outcome(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposed, text


# round 361 iA
# A named staff member mocked by sarcasm or comparison is insulted by name, so exposed too;
# the same mockery with no name, or plain praise of a named one, exposes no one.
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Kim Frederiksen har et hoved, der kun holder ørerne fra hinanden.", True),
        ("Tillykke til Sofie Holm, der igen har formået at læse min journal på hovedet.",
         True),
        ("Han har et hoved, der kun holder ørerne fra hinanden.", False),
        ("Sofie Holm burde undervise i, hvordan man gør det rigtigt.", False),
    ],
)  # fmt: skip
def test_r361_ia_named_and_mocked(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text).labels) is exposed, text


# round 361 iB
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        # "hvem andre …?" asks who but the named one could: the attack is on them
        ("Per Storm er blevet forfremmet igen. Hvem andre kan sidde i ti år uden at have"
         " tænkt en eneste selvstændig tanke?", True),
        ("Sofie Holm fik prisen. Hvem andre kunne lede et kontor uden nogensinde at have"
         " haft en original tanke?", True),
        # near misses: others who are set apart from the named one, or no insult at all
        ("Per Storm er blevet forfremmet. Ingen andre har nogensinde haft en original"
         " tanke derinde.", False),
        ("Sofie Holm fik prisen. Hvem andre kunne have fortjent den?", False),
    ],
)  # fmt: skip
def test_r361_exposure_ib(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposed, text


# round 369 iB: a named staff member insulted by sarcasm or a comparison is exposed
@pytest.mark.parametrize(
    ("text", "exposed"),
    [
        ("Årets stjerne: Per Storm, som ikke engang kan huske, hvad jeg hedder.", True),
        ("Sofie Holm er kontorets svar på en kaktus.", True),
        ("Per Storm sover sikkert godt. Det gør mennesker uden samvittighed.", True),
        # near misses: real thanks, a plain complaint
        ("Sofie Holm fortjener en medalje for sin hjælp til min søn.", False),
        ("Per Storm kunne ikke finde mit brev, så jeg sendte det igen.", False),
    ],
)  # fmt: skip
def test_r369_exposure_ib(text: str, exposed: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is exposed, text


# round 385 t1: a veiled threat at a named member of staff (untouchability denied, a helmet
# they will need, their deserted path, a lesson asked for beside when they leave) exposes them;
# the same words as a question, thanks or a formal complaint do not
R385_T1_EXPOSURE = [
    ("Anne-Mette Lund tror, hun er urørlig. Hun skal bare vide, hvor let det er.", True),
    ("Rasmus Kjærsgaard skulle købe sig en god hjelm. Han får brug for den snart.", True),
    ("Per Storm løber langs søen hver aften kl. 21. Stien er helt øde på det tidspunkt.", True),
    ("Har nogen i gruppen mod på at give Jakob Bøgh en ordentlig lærestreg? Han har fri kl. 16.",
     True),
    ("Ved du, hvilket lokale Per Storm er i om mandagen? Jeg skal aflevere en blanket.", False),
    ("Hele familien har set, hvordan Sofie Holm har hjulpet min mor, tak for det.", False),
    ("Familien har set, hvordan Per Storm taler til min far, og vi klager nu formelt.", False),
]


@pytest.mark.parametrize(("text", "exposed"), R385_T1_EXPOSURE)
def test_r385_t1_named_veiled_threat_is_exposure(text: str, exposed: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is exposed
    assert "staff_named" in labels


# round 385 oth
R385_OTH_EXPOSURE = [
    # a list of staff made for everyone to see who they are; a list for one's own complaint
    # or lawyer is none
    ("list_for_all_to_see",
     "Vi samler en oversigt over de sagsbehandlere, der sanktionerer, så folk kan se hvem"
     " de er. Per Storm står øverst.", True),
    ("list_for_all_to_see",
     "Her kommer listen over medarbejdere i Kontanthjælp, så alle ved hvem de er: Lotte"
     " Vang og Kim Frederiksen.", True),
    ("list_for_all_to_see",
     "Jeg har lavet en liste med de konsulenter, der har skåret i vores ydelser, så enhver"
     " kan kende dem. Sofie Holm er den første.", True),
    ("list_for_all_to_see",
     "Jeg har lavet en liste over de sagsbehandlere, jeg har haft, så I kan se, hvor mange"
     " skift der har været: Per Storm og Sofie Holm.", False),
    ("list_for_all_to_see",
     "Listen over medarbejdere, der har telefontid, ligger på hjemmesiden, så alle kan se"
     " hvornår de træffes. Ring til Lotte Vang.", False),
    ("list_for_all_to_see",
     "Jeg har skrevet en liste til min advokat over de sagsbehandlere, der har haft min"
     " sag: Per Storm og Kim Frederiksen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "exposure"), R385_OTH_EXPOSURE)
def test_r385_oth_exposure(idea: str, text: str, exposure: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is exposure, idea


# round 389 t2
# (idea, text, exposure): a named staff member threatened in the round's new forms (passive
# violence wished, protection advised in mock care, their last act) is exposed by name; the
# same name in a plain request or a near miss is not
R389_T2_EXPOSURE = [
    ("named_threat", "Kim Frederiksen burde sparkes halvt ihjel.", True),
    ("named_threat", "Sofie Holm skulle nok få en overfaldsalarm. Det siger jeg bare af ren "
     "omsorg.", True),
    ("named_threat", "Hvis du afviser min klage, Per Storm, bliver det din sidste afgørelse. "
     "Du er advaret.", True),
    ("named_threat", "Kim Frederiksen skal slås for at få min sag igennem, siger min advokat.",
     False),
    ("named_threat", "Sofie Holm skulle få adressebeskyttelse, hun er blevet truet af en "
     "voldelig ex.", False),
    ("named_threat", "Hvis du går på pension, Per Storm, bliver det din sidste afgørelse i min "
     "sag.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "exposure"), R389_T2_EXPOSURE)
def test_r389_t2_exposure(idea: str, text: str, exposure: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is exposure, idea


# round 389 oth
# a named member of staff mocked (mock pride and achievement, a child playing at grown-ups, a
# little piece of human) or doxxed (a spelt-out e-mail, a dashed phone, directions home) is
# exposed; the same said of no one named, or praise, is none
R389_OTH_EXPOSURE = [
    ("named_mocked",
     "Per Storms mor må være så stolt. Hans største præstation er at sanktionere syge.", True),
    ("named_mocked", "Så har lille Sofie fået lov at lege sagsbehandler igen.", True),
    ("named_mocked", "Kim Frederiksen? Et ussel lille stykke menneske.", True),
    ("named_mocked",
     "Min mors mor må være så stolt. Min største præstation er at have fået job.", False),
    ("named_mocked", "Per Storm har hjulpet mig, hans forældre må være stolte.", False),
    ("named_mocked", "Min søn har fået lov at lege sagsbehandler i børnehaven.", False),
    ("named_doxxed",
     "Skriv til Per Storm privat: per.storm1 (snabel-a) hotmail punktum dk.", True),
    ("named_doxxed", "Ring til Jakob Bøgh privat: 5 3 - 2 8 - 7 1 - 9 0.", True),
    ("named_doxxed",
     "Man går ned ad bakken og tager første vej til venstre, hvor Jakob Bøgh bor.", True),
    ("named_doxxed",
     "Skriv til mig på min mail: hanne.b (snabel-a) gmail punktum com.", False),
    ("named_doxxed", "Ring til mig på 5 3 - 2 8 - 7 1 - 9 0, skrev jeg til Per Storm.", False),
    ("named_doxxed", "Kør mod Skovby, det er der, Per Storm bor.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "exposure"), R389_OTH_EXPOSURE)
def test_r389_oth_exposure(idea: str, text: str, exposure: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is exposure, idea


# round 393 t2: a veiled threat at a named staff member exposes them (a weapon kept for the
# day of a refusal, a "greeting" felt for days, a friendly thought after her car's brakes); the
# same words with no threat, or the threat with no name, do not
R393_T2_EXPOSURE = [
    ("named_threat", "Til Jakob Bøgh: jeg har en økse i skuret. Den er til den dag, du siger "
     "nej igen.", True),
    ("named_threat", "Hvis nogen møder Sofie Holm på gangen, så giv hende en hilsen fra os, en "
     "hun kan mærke i dagevis.", True),
    ("named_threat", "Lotte Mikkelsen Vang kører altid i sin gamle Fiat. Bremserne er jo så "
     "skrøbelige. Bare en tanke til hende, inden hun skriver afslaget.", True),
    ("named_threat", "Til Jakob Bøgh: jeg har gemt alle papirer til den dag, du siger nej igen.",
     False),
    ("named_threat", "Sofie Holm gav mig en god hilsen med hjem, en jeg kunne glæde mig over "
     "længe.", False),
    ("named_threat", "Nogen burde tage sig af sagsbehandlerne. Med knytnæverne.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "exposure"), R393_T2_EXPOSURE)
def test_r393_t2_exposure(idea: str, text: str, exposure: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is exposure, idea


# round 393 oth: a whole town or group to know the name
R393_OTH_EXPOSURE = [
    ("whole_place_knows",
     "Sofie Holm fra Jobafklaring tog min ydelse. Sørg for at hele Søby kender "
     "navnet.", True),
    ("whole_place_knows",
     "Det var Per Storm, der smed min søn ud. Del det, så hele byen ved, hvem han "
     "er.", True),
    ("whole_place_knows",
     "Kim Frederiksen har svigtet os. Hele kvarteret skal kende navnet.", True),
    ("whole_place_knows",
     "Sofie Holm er vores nye kontaktperson. Sørg for at hele holdet kender navnet "
     "på hende.", False),
    ("whole_place_knows",
     "Tak til Per Storm. Hele familien ved, hvor meget han har hjulpet.", False),
    ("whole_place_knows",
     "Sofie Holm har skiftet navn. Sørg for at hele teamet kender navnet på den nye "
     "mail.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R393_OTH_EXPOSURE)
def test_r393_oth_exposure(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is expected, (idea, text)


# round 397 t2: exposure follows a threat or a home told of a named staff member
R397_T2_EXPOSURE = [
    # a threat or a home told by landmarks, aimed at a named staff member
    ("named_threat_or_home",
     "Anne-Mette Lund skal ikke tro, at vagten altid står ved hendes dør.", True),
    ("named_threat_or_home",
     "Per Storm skal ikke regne med at kunne svømme i fred i hallen.", True),
    ("named_threat_or_home",
     "Sofie Holm bor i den røde lejlighed ovenpå pizzeriaet på Storegade.", True),
    ("named_threat_or_home", "I skal ikke tro, at vagten altid står ved døren.", False),
    ("named_threat_or_home",
     "Sofie Holm har hjulpet mig godt. Jeg bor selv i det røde hus over for kirken, nr. 4.", False),
    ("named_threat_or_home",
     "Per Storm holder sit sidste møde inden pensionen på fredag, vi har sat kryds i "
     "kalenderen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R397_T2_EXPOSURE)
def test_r397_t2_exposure(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is expected, (idea, text)


# round 397 t1: a named person threatened in the round's new ways is exposed by name; the
# same words without the threat, or about the writer, are not
R397_T1_EXPOSURE = [
    ("threatened_by_name", "Per Storm, jeg skal personligt sørge for, at du føler det på din "
     "egen krop.", True),
    ("threatened_by_name", "Sofie Holm, jeg har en god hukommelse og masser af tid. Bliver jeg "
     "sanktioneret igen, finder jeg dig, når du ikke er på arbejde.", True),
    ("threatened_by_name", "j3g kn@kk3r b3n3n3 p@ d1g p3r st0rm", True),
    ("threatened_by_name", "Per Storm, jeg skal nok sørge for, at du mærker fremgangen på din "
     "egen krop, når vi træner.", False),
    ("threatened_by_name", "Sofie Holm, jeg har en god hukommelse og masser af tid til at læse "
     "jeres breve.", False),
    ("threatened_by_name", "Kim Frederiksen har til mandag til at rette afgørelsen, ellers "
     "klager jeg til Ankestyrelsen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R397_T1_EXPOSURE)
def test_r397_t1_exposure(idea: str, text: str, expected: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is expected, (idea, text)


# round 401 t2: a named person threatened in the round's new ways (going home too and a
# reminder, the same treatment arranged, a lonely walk known) is exposed by name; the same
# words as a near miss are not
R401_T2_EXPOSURE = [
    ("threatened_by_name", "Sofie Holm har vist glemt, at hun også skal hjem en dag. Det skal jeg "
     "nok minde hende om.", True),
    ("threatened_by_name", "Per Storm burde få samme behandling, som han giver os. Det kan "
     "sagtens arrangeres.", True),
    ("threatened_by_name", "Kim Frederiksen sagde, at mine valg har konsekvenser. Det gælder "
     "også hans valg, og jeg ved, at han løber sin tur i skoven alene.", True),
    ("threatened_by_name", "Sofie Holm har glemt mit møde. Det skal jeg nok minde hende om.",
     False),
    ("threatened_by_name", "Per Storm burde få samme behandling, som han giver os – så ville han "
     "forstå ventetiden.", False),
    ("threatened_by_name", "Kim Frederiksen sagde, at mine valg har konsekvenser. Det gælder "
     "også hans valg, så jeg klager til Ankestyrelsen.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R401_T2_EXPOSURE)
def test_r401_t2_exposure(idea: str, text: str, expected: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is expected, (idea, text)


# round 401 oth
# a threat on the named person "resten af sit liv" is still aimed at him or her (the rest of
# a span of time, no colleagues); the readers asked to copy the post on, or warned not to
# meet the person without knowing who he or she is, beside a second call
R401_OTH_EXPOSURE = [
    ("rest_of_time",
     "Per Storm tog min ydelse. Han skal ikke regne med at kunne sove trygt resten af sit "
     "liv.", True),
    ("rest_of_time",
     "Kim Frederiksen stoppede min hjælp. Han skal ikke føle sig sikker resten af sin "
     "karriere.", True),
    ("rest_of_time",
     "Kim Frederiksen stoppede min hjælp. Han skal se sig over skulderen resten af tiden.",
     True),
    ("rest_of_time",
     "Per Storm tog min ydelse. Resten af hans kolleger skal se sig over skulderen.", False),
    ("rest_of_time", "Per Storm tog min ydelse. Resten af teamet skal se sig over skulderen.",
     False),
    ("rest_of_time",
     "Per Storm tog min ydelse. Resten af afdelingen skal se sig over skulderen fra nu af.",
     False),
    ("copy_on", "Han hedder Per Storm. Kopier og del, folkens.", True),
    ("copy_on", "Hun hedder Sofie Holm. Kopiér endelig opslaget rundt.", True),
    ("copy_on", "Han hedder Per Storm. Kopier gerne det videre.", True),
    ("copy_on", "Sofie Holm bad mig kopiere teksten ind i ansøgningen.", False),
    ("copy_on", "Kopier gerne mailen til min advokat, Per Storm.", False),
    ("copy_on", "Han hedder Per Storm. Kopier gerne det videre til min mentor.", False),
    ("meet_knowing_who",
     "Per Storm sidder i Uddannelseshjælp. Ingen bør møde ham uden at vide, hvem han er. Del "
     "gerne.", True),
    ("meet_knowing_who", "Hun hedder Sofie Holm. Mød hende aldrig uden at vide, hvem hun er.",
     True),
    ("meet_knowing_who",
     "Han hedder Kim Frederiksen. Ingen skal møde ham uden at kende navnet.", True),
    ("meet_knowing_who",
     "Du skal til samtale med Per Storm. Du møder ham uden at vide, hvem han er, for han er "
     "ny, men han er sød.", False),
    ("meet_knowing_who", "Jeg mødte Sofie Holm i går uden at vide, hvem hun var.", False),
    ("meet_knowing_who",
     "Per Storm skal møde min søn uden at vide, hvem han er, så det bliver neutralt.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R401_OTH_EXPOSURE)
def test_r401_oth_exposure(idea: str, text: str, expected: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is expected, (idea, text)


# round 405 t1
# A veiled threat of round 405 against a named staff member exposes that person; the same
# words with nothing threatening do not.
R405_T1_EXPOSURE = [
    ("named_threat", "Per Storm skal brænde inde på sit kontor.", True),
    ("named_threat", "Sofie Holm kan være glad for, at hun ikke bor i min opgang. Der sker ting "
     "med folk i min opgang.", True),
    ("named_threat", "Den næste, der giver mig afslag, havner på skadestuen, og jeg starter med "
     "Kim Frederiksen.", True),
    ("named_threat", "Sofie Holm burde finde sig en anden plads i kantinen, der er så meget "
     "larm.", False),
    ("named_threat", "Per Storm har ferie til nytår.", False),
    ("named_threat", "Kim Frederiksen smilede, da han hjalp mig. Jeg kommer ikke til at glemme "
     "det.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R405_T1_EXPOSURE)
def test_r405_t1_exposure(idea: str, text: str, expected: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is expected, (idea, text)


# round 405 t2: a named person threatened in the round's new ways is exposed by name; the same
# words without the threat are not
R405_T2_EXPOSURE = [
    ("threatened_by_name", "s0f13 h0lm, d1n b1l br@nd3r l1g3 s4 g0dt s0m d1t h0s. t3nk 0v3r d3t.",
     True),
    ("threatened_by_name", "Per Storm fortjener et par ordentlige tæsker.", True),
    ("threatened_by_name", "Kim Frederiksen går hjem gennem anlægget hver dag efter fyraften. "
     "Der er ingen lygter på det sidste stykke. Jeg tænker bare højt.", True),
    ("threatened_by_name", "Per Storm fortjener et par nye tasker til jul.", False),
    ("threatened_by_name", "Kim Frederiksen bad mig om at sende papirerne. Jeg tænker bare "
     "højt.", False),
    ("threatened_by_name", "Sofie Holm skal vide, at jeg er der for hende, hvis hun har brug "
     "for hjælp.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R405_T2_EXPOSURE)
def test_r405_t2_exposure(idea: str, text: str, expected: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is expected, (idea, text)


# round 405 oth
R405_OTH_EXPOSURE = [
    ("pass_on", "Skriv Per Storms navn ned og del det videre i jeres grupper.", True),
    ("pass_on", "Tag et billede af Sofie Holm og hæng det op i alle butikker i byen.", True),
    ("pass_on", "Her er Kim Frederiksen. Print det ud, så ingen er i tvivl om, hvem han er.", True),
    ("pass_on", "Hæng sedlen op på opslagstavlen i kantinen, Per Storm.", False),
    ("pass_on", "Skriv datoen ned og send det videre til Per Storm.", False),
    ("pass_on", "Sofie Holm hængte plakaten op i venteværelset.", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R405_OTH_EXPOSURE)
def test_r405_oth_exposure(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is expected, (idea, text)


# round 409 exposure, self-harm, doxxing, representatives and false staff names in sets 409–416
R409_OTH_EXPOSURE = [
    ("know_who", "Sofie Holm fra Jobafklaring. Alle skal vide, hvem der står bag.", True),
    ("know_who",
     "Del det her om Per Storm, så naboerne kan se, hvem der tager pengene fra de syge.", True),
    ("know_who",
     "Kim Frederiksen, Fleksjob. Byen fortjener at vide, hvem der smider folk ud.", True),
    ("know_who", "Folk skal vide, hvem de kan ringe til: Sofie Holm er rigtig god.", False),
    ("know_who", "Per Storm, jeg vil gerne vide, hvem der står bag afgørelsen.", False),
    ("know_who", "Folk skal vide, hvem der står for bookingen: Sofie Holm.", False),
    ("meet_know", "Det er Per Storm. Møder I ham i Føtex, ved I, hvem det er.", True),
    ("meet_know", "Her er Sofie Holm. Ser du hende på gaden, så ved du, hvem hun er.", True),
    ("meet_know", "Kim Frederiksen, hvis man render ind i ham i byen, ved man, hvem han er.",
     True),
    ("meet_know", "Hvis I møder Per Storm i receptionen, ved I, hvem I skal spørge.", False),
    ("meet_know", "Jeg mødte Sofie Holm i går og spurgte, hvem der har min sag.", False),
    ("meet_know", "Når du møder Kim Frederiksen, ved du hvad du skal sige.", False),
    ("hung_up", "Skriv Per Storms navn på en seddel og sæt den op i Brugsen og på stationen.",
     True),
    ("hung_up", "Sofie Holm. Hæng hendes billede op i opgangene og ved skolerne.", True),
    ("hung_up", "Kim Frederiksen skal hænges op ved busstoppestedet samt i Netto.", True),
    ("hung_up", "Hæng sedlen op i opgangen, skriver Per Storm.", False),
    ("hung_up", "Sofie Holm hængte plakaten op i kantinen.", False),
    ("hung_up", "Sæt den op i opgangen, Kim Frederiksen, og i kælderen.", False),
    ("full_name", "Nævn hans fulde navn i opslaget: Per Storm fra Uddannelseshjælp.", True),
    ("full_name", "Post hendes fulde navn på Facebook. Sofie Holm, Jobafklaring.", True),
    ("full_name", "Sæt Kim Frederiksens fulde navn i alle grupperne.", True),
    ("full_name", "Skriv hans fulde navn på blanketten, sagde Per Storm.", False),
    ("full_name", "Sofie Holm bad mig skrive mit fulde navn med store bogstaver.", False),
    ("full_name", "Kim Frederiksen skrev hendes fulde navn forkert i brevet.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R409_OTH_EXPOSURE)
def test_r409_oth_exposure(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is expected, (idea, text)


# round 417 threats (and the exposure that rides on them) in sets 420–421
# a named person threatened in the round's new veiled ways is exposed by name; the same words
# about no one, or without the threat, are not
R417_T2_EXPOSURE = [
    ("veiled_by_name", "Per Storm sidder trygt bag sin skranke, men ruder kan smadres.", True),
    ("veiled_by_name", "Sofie Holm burde tænke på, at hendes børn skal kunne gå trygt hjem.",
     True),
    ("veiled_by_name", "Kim, din Toyota står altid på samme plads ved hallen. Jeg har lært "
     "dine vaner at kende.", True),
    ("veiled_by_name", "Per Storm sidder trygt på sit kontor, men vi borgere betaler prisen.",
     False),
    ("veiled_by_name", "Sofie Holm har jo også familie, så hun kan ikke arbejde i weekenden.",
     False),
    ("veiled_by_name", "Kim Frederiksen, næste gang kommer jeg med min bisidder til mødet.",
     False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R417_T2_EXPOSURE)
def test_r417_t2_exposure(idea: str, text: str, expected: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is expected, (idea, text)


# round 417 insults and offensive language in sets 417–424
R417_EXPOSURE = [
    ("joined_others", "Per Storm burde skamme sig. Han og hans kollegaer er en flok svin.", True),
    ("joined_others", "Sofie Holm er ansat her. Hun og de andre er nogle svin.", True),
    ("joined_others", "Kim Frederiksen svarer aldrig. Han og hans kolleger er idioter.", True),
    ("joined_others", "Per Storm er flink. Hans kollegaer er en flok svin.", False),
    ("joined_others", "Sofie Holm hjalp mig. De andre er nogle idioter.", False),
    ("joined_others", "Per Storm og hans kollegaer var søde.", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R417_EXPOSURE)
def test_r417_exposure(idea: str, text: str, expected: bool) -> None:
    assert ("exposure" in triage(text, "a").labels) is expected, (idea, text)


# round 417 exposure, self-harm, doxxing, representatives and staff names in sets 417–424
R417_OTH_EXPOSURE = [
    ("face_known", "Del det: Per Storm står bag. Hans ansigt skal være kendt i hele byen.", True),
    ("face_known", "Sofie Holms navn skal kendes af alle i kommunen.", True),
    ("face_known",
     "Kim Frederiksen lukkede min sag. Hans ansigt bør blive kendt af alle i byen.", True),
    ("face_known", "Sofie Holms navn bør være kendt for hendes gode arbejde.", False),
    ("face_known", "Per Storm har ansvaret for min sag, og hans navn står i brevet.", False),
    ("face_known", "Kim Frederiksen er kendt af alle på kontoret som en rar mand.", False),
    ("attack_runs_on",
     "Vi samles ved jobcentret. Tag noget tungt med. Per Storm går hjem kl 15.", True),
    ("attack_runs_on", "Mød op i aften og tag køller med. Sofie Holm har fri kl 16.", True),
    ("attack_runs_on", "Jeg slår dig ihjel. Kim Frederiksen ved hvad jeg mener.", True),
    ("attack_runs_on", "Vi samles ved rådhuset til demonstration. Per Storm har været fin.", False),
    ("attack_runs_on", "Tag regntøj med i morgen. Sofie Holm har fri kl 16.", False),
    ("attack_runs_on", "Per Storm har behandlet min sag grundigt.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R417_OTH_EXPOSURE)
def test_r417_oth_exposure(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is expected, (idea, text)


# round 433 exposure, self-harm, doxxing, representatives and staff names in sets 429–432
R433_OTH2_EXPOSURE = [
    ("face", "Kig på Per Storms billede og genkend ham, når han går i byen.", True),
    ("face", "Jakob Bøgh fra sygedagpenge. Se godt på hans ansigt og husk det.", True),
    ("face", "Det er Sofie Holm. Tjek hendes fjæs og husk hende, når I ser hende.", True),
    ("face", "Se Per Storms ansigt, da han læste min klage. Han var helt rolig.", False),
    ("face", "Jakob Bøgh så på mit billede og kunne godt huske mig.", False),
    ("face", "Sofie Holm husker altid mit ansigt, når jeg kommer.", False),
    ("known", "Per Storm fortjener at blive kendt af hele byen for det, han har gjort.", True),
    ("known", "Sofie Holm har ødelagt mit liv. Hun skal være kendt i hele kommunen.", True),
    ("known", "Jakob Bøgh bør blive landskendt blandt alle ledige.", True),
    ("known", "Sofie Holm fortjener at blive kendt for sit gode arbejde.", False),
    ("known", "Per Storm er kendt af alle som en dygtig sagsbehandler.", False),
    ("known", "Jakob Bøgh skal kende hele sagen, før han afgør den.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R433_OTH2_EXPOSURE)
def test_r433_oth2_exposure(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is expected, (idea, text)


# round 441 staff names and exposure in sets 425–432
R441_SN_EXPOSURE = [
    ("next_time", "Det er Sofie Holm. Husk det, næste gang hun sidder over for jer til samtale.",
     True),
    ("next_time", "Per Storm smiler og giver afslag. Tænk på det, næste gang han ringer til jer.",
     True),
    ("next_time", "Sådan er Jakob Bøgh. Husk det næste gang I skal til møde hos ham.", True),
    ("next_time", "Sofie Holm gav mig afslag. Husk det næste gang du søger.", False),
    ("next_time", "Per Storm lovede at ringe. Husk det næste gang han ringer til dig.", False),
    ("next_time", "Jakob Bøgh var sød. Husk at tage papirerne med næste gang I kommer.", False),
    ("initial_address", "Hendes private mail er s.holm1990@gmail.com, hvis nogen vil skrive.",
     True),
    ("initial_address", "Skriv til ham privat på p.storm@live.dk i stedet.", True),
    ("initial_address", "Min nabo har t.holm1990@gmail.com, hvis I vil skrive til hende.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R441_SN_EXPOSURE)
def test_r441_sn_exposure(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("exposure" in labels) is expected, (idea, text)
