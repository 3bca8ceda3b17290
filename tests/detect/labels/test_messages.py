"""Whole messages judged the way the dev set judges them (must / must_not labels), written
for these tests with register B's names: the engine's labels work together — a threat with a
name is exposure, criticism of a named manager is not, evasion spellings count."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import triage

# (text, must, must_not) — judged with register "b"
MESSAGES = [
    (
        (
            "Jeg har nu i syv måneder ventet på, at min sag om førtidspension bliver "
            "behandlet. Det er langt over den frist, kommunen selv har meldt ud, og jeg hører"
            " intet."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Teamleder Torben Bak har besluttet, at alle ledige over 60 skal i aktivering "
            "igen. Det giver ingen mening for folk, der er nedslidte, og beslutningen bør "
            "omgøres."
        ),
        ["criticism", "staff_named"],
        ["doxxing", "exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Jobcentret har gang på gang bedt mig om de samme oplysninger, som de allerede "
            "har fået tre gange."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Henriette Dalgaard har i sin afgørelse ikke forholdt sig til min speciallæges "
            "udtalelse. Det er en alvorlig mangel ved sagsbehandlingen."
        ),
        ["criticism", "staff_named"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Kommunens nye praksis med telefonmøder i stedet for fysiske møder gør det "
            "umuligt for mange ældre borgere at forklare deres situation."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Det er ikke rimeligt, at jeg skal starte forfra med en ny sagsbehandler for "
            "fjerde gang på et år."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Yasmin, jeg står uden for din opgang hver morgen. Du har ikke set mig endnu.",
        ["exposure", "staff_named", "threat"],
        ["criticism"],
    ),
    (
        "Hvis I sanktionerer mig én gang til, tager jeg min kniv med til næste møde.",
        ["threat"],
        ["self_harm"],
    ),
    (
        "Gorm Vestergaard burde få en kugle for panden.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Nogen burde sætte ild til det rådhus. Det siger jeg bare.",
        ["threat"],
        ["criticism"],
    ),
    (
        "Signe K. skal ikke føle sig tryg, når hun går hjem fra arbejde.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg har stadig min gamle pistol liggende, og jeg har intet at miste længere.",
        ["threat"],
        [],
    ),
    (
        "Torben Baks kone arbejder i Netto på Torvet. Måske skulle vi besøge hende.",
        ["doxxing", "exposure", "staff_named"],
        [],
    ),
    (
        "Henriettes dage på jobcentret er talte, og det ved hun godt.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Du kommer til at fortryde, at du nogensinde mødte mig, Yasmin.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Hele det jobcenter burde brændes ned til grunden.",
        ["threat"],
        ["criticism"],
    ),
    (
        ("Jeg har taget billeder af Torben Bak, når han går ud til sin bil. Snart er det nok."),
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg har besluttet at gøre en ende på det. Tak for ingenting.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Jeg har samlet nok sovepiller til at det hele kan slutte.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Jeg tænker hver dag på at hænge mig. Jeg kan ikke se en vej ud.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Mine børn klarer sig bedre uden mig. Jeg har skrevet breve til dem.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Jeg har ikke lyst til at leve mere efter jeres afslag.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Torben Bak er en forbandet løgner og en kujon.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "Yasmin El-Amin er den dummeste sagsbehandler i hele kommunen.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "I er en flok hjerteløse parasitter derinde.",
        ["insult", "offensive"],
        ["staff_named", "threat"],
    ),
    (
        "Gorm er et klamt svin.",
        ["exposure", "insult", "offensive", "staff_named"],
        ["threat"],
    ),
    (
        "Sikke noget pis, at telefonen altid er optaget.",
        ["offensive"],
        ["exposure", "insult", "threat"],
    ),
    (
        "Det er sgu da for helvede for dårligt, at I ikke svarer.",
        ["offensive"],
        ["exposure", "insult", "threat"],
    ),
    (
        "H e n r i e t t e  e r  e n  k o",
        ["exposure", "insult", "staff_named"],
        [],
    ),
    (
        "T0rb3n B4k 3r 3n p5yk0p4t",
        ["exposure", "insult", "staff_named"],
        [],
    ),
    (
        "Jeg s​l​å​r dig ihjel, Gorm.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        ("Del dette opslag, så alle ved, hvem Yasmin El-Amin er. Hun har ødelagt min familie."),
        ["exposure", "staff_named"],
        ["threat"],
    ),
    (
        "Her er et billede af Signe Krogh Poulsen fra Fleksjob. Husk hendes ansigt.",
        ["exposure", "staff_named"],
        ["threat"],
    ),
    (
        (
            "Gorm Vestergaard bor i den gule villa på Bakkevej 7 i Søby. Hans datter går på "
            "Søby Skole."
        ),
        ["doxxing", "exposure", "staff_named"],
        [],
    ),
    (
        ("Jeg klager hermed over afgørelsen om stop af mine sygedagpenge, som jeg modtog i går."),
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg vil gerne have aktindsigt i de notater, der er skrevet om mig.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Kan vi rykke samtalen på onsdag til ugen efter? Min datter er syg.",
        ["case_request"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg har ikke fået min kontanthjælp for juni. Hvad er der sket?",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Jeg beder om at få min sag om ressourceforløb genoptaget, fordi min læge har nye"
            " oplysninger."
        ),
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Hvad er status på min ansøgning om hjælp til tandbehandling?",
        ["case_request"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg ønsker at blive partshørt, inden der træffes afgørelse om min sag.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Hej Torben, tak for i går. Jeg har vedhæftet min lægeerklæring. Kan du bekræfte,"
            " at du har fået den?"
        ),
        ["case_request", "staff_named"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        "Som bisidder for min nabo Erik Holm vil jeg gerne have en kopi af indkaldelsen.",
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        (
            "Jeg skriver på vegne af min mor, der er indlagt. Hun vil gerne vide, om hendes "
            "pension er bevilget."
        ),
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        "Undertegnede advokat repræsenterer Hanne Lund og anmoder om aktindsigt i sagen.",
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        ("Min bror har givet mig fuldmagt. Jeg vil gerne vide, hvorfor hans ydelse er stoppet."),
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        (
            "Jeg hjælper min far med hans papirer, fordi han ikke kan læse dansk. Han vil "
            "gerne klage over afslaget."
        ),
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        "Vi skal have sparket gang i projektet i næste uge.",
        [],
        ["insult", "offensive", "self_harm", "threat"],
    ),
    (
        "Jeg kunne slå mig selv for at have glemt mødet, undskyld.",
        [],
        ["insult", "self_harm", "threat"],
    ),
    (
        "Vi tog en tur til Bak og så på udsigten.",
        [],
        ["exposure", "staff_named", "threat"],
    ),
    (
        "Jobcentret ligger på Havnegade 4, 5960 Søby, og har åbent til kl. 15.",
        [],
        ["doxxing", "exposure", "threat"],
    ),
    (
        "Torben Bak var rigtig god til at forklare reglerne. Tak for det.",
        ["staff_named"],
        ["criticism", "exposure", "insult", "threat"],
    ),
    (
        "Min mand døde sidste år, og jeg har svært ved at overskue papirerne.",
        [],
        ["insult", "self_harm", "threat"],
    ),
    (
        "Det var en dræber af en koncert i lørdags.",
        [],
        ["threat"],
    ),
    (
        "Min søn går i 4. klasse, så jeg kan ikke møde før kl. 9.",
        [],
        ["doxxing", "threat"],
    ),
    (
        "Det regner skidt, for satan, og bussen kom ikke.",
        ["offensive"],
        ["exposure", "insult", "staff_named", "threat"],
    ),
    (
        "Hvis jeg ikke hører fra jer i dag, skriver jeg igen på mandag.",
        [],
        ["threat"],
    ),
    (
        "Jeg skyder en hvid pil efter den praktikplads, desværre.",
        [],
        ["threat"],
    ),
    (
        ("Torben Bak, du skal vide, at jeg har en kniv i lommen, når jeg kommer til samtalen."),
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        (
            "Jeg bliver så vred, at jeg ikke kan stå inde for mine handlinger, hvis I afviser"
            " mig igen."
        ),
        ["threat"],
        [],
    ),
    (
        "Sig til Gorm Vestergaard, at han skal kigge efter sin bil i morgen.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "En af jer kommer til at betale dyrt for det her.",
        ["threat"],
        [],
    ),
    (
        "Jeg ville ønske, at nogen ville køre Henriette Dalgaard ned.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Hvis jeg var dig, Yasmin, ville jeg flytte langt væk.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jobcentret har fortjent at blive bombet.",
        ["threat"],
        ["criticism"],
    ),
    (
        "Vi finder ud af, hvor I bor, én efter én.",
        ["threat"],
        [],
    ),
    (
        "Min kniv er slebet, og jeg er klar.",
        ["threat"],
        ["self_harm"],
    ),
    (
        "Jeg vil slå Torben Bak til plukfisk.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        ("Jeg har det så dårligt, at jeg har købt en masse panodiler for at gøre en ende på det."),
        ["self_harm"],
        ["threat"],
    ),
    (
        "Jeg er træt af at leve. Alt er sort.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Jeg sidder på taget nu og tænker på at springe.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Torben Bak er en dum svans.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "Yasmin El-Amin er en tom tønde uden nogen som helst faglighed.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "Den gamle skøge i receptionen burde fyres.",
        ["insult", "offensive"],
        ["threat"],
    ),
    (
        "I er nogle afskyelige mennesker.",
        ["insult"],
        ["threat"],
    ),
    (
        "Signe K. er et stykke lort.",
        ["exposure", "insult", "offensive", "staff_named"],
        ["threat"],
    ),
    (
        "Hvad fanden tænker I på derinde?",
        ["offensive"],
        ["exposure", "insult", "threat"],
    ),
    (
        "Lad os sørge for, at hele byen ved, hvem Henriette Dalgaard er.",
        ["exposure", "staff_named"],
        [],
    ),
    (
        "Jeg har printet plakater med Gorm Vestergaards ansigt og hænger dem op i byen.",
        ["exposure", "staff_named"],
        [],
    ),
    (
        "Torben Bak fra jobcentret – tag et billede, hvis I ser ham, og send det til mig.",
        ["exposure", "staff_named"],
        [],
    ),
    (
        (
            "Jeg er meget utryg ved den måde, mine oplysninger er blevet delt på mellem "
            "afdelingerne."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Det er en hån mod alle syge, at man skal dokumentere sin sygdom igen og igen.",
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Gorm Vestergaards beslutning om at lukke caféen for udsatte er kortsigtet og vil"
            " koste mere på den lange bane."
        ),
        ["criticism", "staff_named"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg vil gerne have forlænget min frist til at indsende dokumentation.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Kan I fortælle mig, hvem der er min nye sagsbehandler?",
        ["case_request"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg skriver som værge for min søster og vil gerne klage over afgørelsen.",
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        "Jeg har bombet eksamen, men jeg prøver igen til sommer.",
        [],
        ["threat"],
    ),
    (
        "Vi skal have skåret ned på kaffen, siger lægen.",
        [],
        ["criticism", "threat"],
    ),
    (
        "Torben, jeg venter på dig ved bagindgangen i dag kl. 16.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Hvis Henriette Dalgaard ikke ændrer sin afgørelse, må hun tage konsekvensen.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        (
            "Der er folk i min omgangskreds, som ikke bryder sig om, hvordan du behandler "
            "mig, Yasmin."
        ),
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg går ikke stille med dørene næste gang. I får at se.",
        ["threat"],
        [],
    ),
    (
        ("Jeg tror, Gorm Vestergaard har brug for at få banket noget fornuft ind i hovedet."),
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Den sagsbehandler skulle have en tur i hovedet med et baseballbat.",
        ["threat"],
        [],
    ),
    (
        "Jeg kender din nummerplade, Signe. Jeg ser din bil hver morgen.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg skyder hele lortet i smadder, hvis I sanktionerer mig.",
        ["threat"],
        [],
    ),
    (
        "Jeg vil bare have, at det hele stopper. Jeg orker ikke at vågne hver morgen.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Jeg har skrevet mit testamente og givet min hund væk. Det er tid.",
        ["self_harm"],
        ["threat"],
    ),
    (
        ("Jeg har stået på kanten af perronen flere gange og tænkt, at det ville være nemt."),
        ["self_harm"],
        ["threat"],
    ),
    (
        "Henriette Dalgaard er en hjerteløs robot uden et gram empati.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "Torben Bak er en møgkælling og en fed løgner.",
        ["exposure", "insult", "offensive", "staff_named"],
        ["threat"],
    ),
    (
        "Sagsbehandlerne derinde er nogle små nazister med magtbegær.",
        ["insult"],
        ["threat"],
    ),
    (
        "Gorm Vestergaard er ikke andet end en lakaj for borgmesteren.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        (
            "Del vidt og bredt: Signe Krogh Poulsen fra Fleksjob har løjet om min sag. Hun "
            "skal ikke kunne vise sig i byen."
        ),
        ["exposure", "staff_named"],
        [],
    ),
    (
        ("Kender nogen Yasmin El-Amin privat? Skriv gerne, hvor hun bor, i en privat besked."),
        ["exposure", "staff_named"],
        [],
    ),
    (
        (
            "Alle der har haft Torben Bak som sagsbehandler: læg jeres historier og hans "
            "billede i kommentarerne."
        ),
        ["exposure", "staff_named"],
        [],
    ),
    (
        (
            "Jeg er dybt uenig i jobcentrets vurdering af min arbejdsevne og mener, at den "
            "strider mod lægens udtalelse."
        ),
        ["case_request", "criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Gorm Vestergaard har som jobcenterchef valgt at nedlægge den åbne rådgivning. "
            "Det rammer de borgere, der har mest brug for hjælp."
        ),
        ["criticism", "staff_named"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Hvorfor er min hjælp blevet sat ned? Jeg har ikke fået noget brev.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg har brug for en attest til min boligforening. Kan I udstede en?",
        ["case_request"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg er bevilget en bisidder fra Ældre Sagen og ønsker hende med til mødet.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg skyder på, at jeg kan starte i praktik i marts.",
        [],
        ["threat"],
    ),
    (
        "Vi ses til samtalen på torsdag, Torben. God weekend.",
        ["staff_named"],
        ["exposure", "threat"],
    ),
]


# (text, must, must_not) — judged with register "c"
MESSAGES_C = [
    (
        "Det er helt utilgiveligt, at min mor har ventet et halvt år på en hjælper.",
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Henrik Toft har som chef valgt at skære i antallet af sagsbehandlere, og "
            "konsekvensen er kaos for borgerne."
        ),
        ["criticism", "staff_named"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Reglerne om 225 timer er urimelige over for mennesker med kroniske sygdomme.",
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "I sender breve, som ingen almindelige mennesker kan forstå. Det er simpelthen "
            "ikke godt nok."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Jeg mener ikke, at Fatima Ali har vurderet min arbejdsevne korrekt, og jeg beder"
            " om en ny vurdering."
        ),
        ["case_request", "criticism", "staff_named"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg kommer forbi dit hus i aften, Birgitte. Sørg for at være hjemme.",
        ["exposure", "staff_named", "threat"],
        ["criticism"],
    ),
    (
        (
            "Hvis min ydelse bliver nedsat igen, så skal I ikke blive overraskede over, hvad "
            "der sker."
        ),
        ["threat"],
        [],
    ),
    (
        "Jens-Ole Krag skulle have tæsk, så han lærte det.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg har en bror, der har siddet inde for vold. Han vil gerne møde dig, Fatima.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "En dag brænder hele lortet, og så griner vi.",
        ["offensive", "threat"],
        [],
    ),
    (
        "Henrik Toft, du aner ikke hvad der venter dig.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg sk4l n0k f1nd3 d1g, BMS.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg vil ikke leve i det her mere. Jeg har fundet et sted, hvor ingen finder mig.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Jeg overvejer at tage en overdosis, når børnene er sovet.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Der er ingen, der ville opdage det, hvis jeg døde i nat.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Birgitte Munk Sørensen er en lede heks.",
        ["exposure", "insult", "offensive", "staff_named"],
        ["threat"],
    ),
    (
        "Jens-Ole er så dum, at han ikke kan stave til sit eget navn.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "I sagsbehandlere er nogle ynkelige små papirnussere.",
        ["insult"],
        ["staff_named", "threat"],
    ),
    (
        "Fatima er en arrogant ko, der ikke lytter.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "Hold nu kæft med jeres regler.",
        ["offensive"],
        ["exposure", "threat"],
    ),
    (
        "Det er et fucking cirkus derinde.",
        ["offensive"],
        ["exposure", "threat"],
    ),
    (
        "Lortet virker ikke, og jeg har prøvet tre gange.",
        ["offensive"],
        ["exposure", "insult", "threat"],
    ),
    (
        "Alle burde vide, hvad Henrik Toft laver mod syge mennesker. Del og del.",
        ["exposure", "staff_named"],
        ["threat"],
    ),
    (
        (
            "Vi er mange, der har fået nok af Jens-Ole Krag. Navn og billede kommer i gruppen"
            " i aften."
        ),
        ["exposure", "staff_named"],
        [],
    ),
    (
        (
            "Jeg har hørt, at Fatima Ali bor i Svendborg og kører en grøn Skoda. Hvem kender "
            "nummerpladen?"
        ),
        ["exposure", "staff_named"],
        [],
    ),
    (
        "Jeg vil gerne bede om at få tilsendt en kopi af min journal fra jobcentret.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg kan desværre ikke deltage i mødet på fredag. Kan vi finde en ny dato?",
        ["case_request"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        ("Jeg har endnu ikke modtaget afgørelsen om min ansøgning. Hvornår kan jeg forvente svar?"),
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg mener, at afgørelsen er forkert, og ønsker den prøvet igen.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Hvornår bliver mine feriepenge udbetalt?",
        ["case_request"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        "På vegne af min klient, Ole Berg, anmoder jeg om genoptagelse af sagen.",
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        (
            "Jeg er kontaktperson for min svoger, som har en hjerneskade, og vil gerne "
            "deltage i hans næste samtale."
        ),
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        (
            "Min kone har bedt mig skrive til jer, da hun ligger på hospitalet. Hvad sker der"
            " med hendes sygedagpenge?"
        ),
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        "Vi har dræbt alle bladlus i haven med sæbevand.",
        [],
        ["insult", "threat"],
    ),
    (
        "Han slog hovedet, da han faldt på cyklen.",
        [],
        ["threat"],
    ),
    (
        "Jeg har været ved at dø af nervøsitet før samtalen.",
        [],
        ["self_harm", "threat"],
    ),
    (
        "Min gamle kollega var en rigtig klovn, vi grinede meget.",
        [],
        ["threat"],
    ),
    (
        "Fatima Ali har været min sagsbehandler i to år, og hun har altid været hjælpsom.",
        ["staff_named"],
        ["criticism", "exposure", "insult", "threat"],
    ),
    (
        "Jeg skal til jobsamtale hos Toft & Søn på mandag.",
        [],
        ["exposure", "insult", "threat"],
    ),
    (
        "Min søn skyder med bue i en klub om torsdagen.",
        [],
        ["threat"],
    ),
]

# (text, must, must_not) — judged with register "a"
MESSAGES_A = [
    (
        (
            "Sagsbehandlingen i jeres afdeling er simpelthen for ringe. Jeg har sendt de "
            "samme papirer fire gange."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Anne-Mette Lund har som afdelingsleder ansvaret for, at fristerne ikke "
            "overholdes. Hun bør stå til regnskab over for udvalget."
        ),
        ["criticism", "staff_named"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Det er dybt uretfærdigt, at en enlig mor skal miste sin ydelse, fordi hun kom ti"
            " minutter for sent til et møde."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Jeg forstår ikke, hvordan man kan sende en kræftsyg mand i praktik. Det er "
            "umenneskeligt."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Sofie Holm, jeg ved hvilken bus du tager hjem. Vi ses.",
        ["exposure", "staff_named", "threat"],
        ["criticism"],
    ),
    (
        "Jeg lover jer, at nogen kommer til skade, hvis I lukker min sag.",
        ["threat"],
        [],
    ),
    (
        "Per Storm skal have en lærestreg han aldrig glemmer.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Næste gang jeg ser Kim Frederiksen, smadrer jeg hans ansigt.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg har købt benzin. I ved selv, hvad det betyder.",
        ["threat"],
        ["self_harm"],
    ),
    (
        "Jakob Bøgh burde skydes, og det samme burde hele hans afdeling.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        ("Rasmus, din kone arbejder i Bilka, ikke? Det kunne være hyggeligt at hilse på hende."),
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        (
            "Jeg ved ikke, hvor længe jeg kan holde til det her. Jeg har tænkt på at gå ud i "
            "havet og bare blive der."
        ),
        ["self_harm"],
        ["threat"],
    ),
    (
        (
            "Jeg har ikke spist i tre dage, og jeg har ingen grund til at stå op mere. Jeg "
            "vil bare sove og aldrig vågne."
        ),
        ["self_harm"],
        ["threat"],
    ),
    (
        "Mohammad Nasser er en racistisk idiot.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "Kim er en fed, doven so.",
        ["exposure", "insult", "offensive", "staff_named"],
        ["threat"],
    ),
    (
        "Hvad bilder den selvglade skrankepave sig ind?",
        ["insult"],
        ["threat"],
    ),
    (
        "Sikke en bande kriminelle I er på det kontor.",
        ["insult"],
        ["staff_named", "threat"],
    ),
    (
        "Fuck hvor er det træls at vente.",
        ["offensive"],
        ["exposure", "insult", "threat"],
    ),
    (
        "Jeres system er noget forbandet skrammel.",
        ["offensive"],
        ["exposure", "threat"],
    ),
    (
        "P e r  S t o r m  e r  e t  s v i n",
        ["exposure", "insult", "staff_named"],
        [],
    ),
    (
        "Spred navnet: Rasmus Kjærsgaard, Sygedagpenge. Han fortjener ikke anonymitet.",
        ["exposure", "staff_named"],
        [],
    ),
    (
        "Jeg har fundet Lotte Mikkelsen Vang på Facebook og delt hendes profil i gruppen.",
        ["exposure", "staff_named"],
        [],
    ),
    (
        "Jeg anmoder om at få oplyst, hvilke oplysninger I har lagt vægt på i min sag.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg vil gerne aflyse min samtale den 12. maj, da jeg er kommet i job.",
        ["case_request"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Mit bankkontonummer er ændret. Hvor skal jeg sende det nye nummer hen, så min "
            "ydelse kommer ind?"
        ),
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg vil have afgørelsen om min sanktion vurderet af Ankestyrelsen.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg er bisidder for Morten Holm og vil gerne have tilsendt mødeindkaldelsen.",
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        (
            "Min mor er 82 og bad mig sende hendes lægepapirer. Hun vil gerne vide, om de er "
            "modtaget."
        ),
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        (
            "Vi i Søby Kræftforening skriver på vegne af vores medlem Jonna Ravn, som ønsker "
            "aktindsigt."
        ),
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        "Han bankede på døren, men ingen åbnede.",
        [],
        ["threat"],
    ),
    (
        "Min bror slog sig selv i hovedet med en hammer ved et uheld.",
        [],
        ["self_harm", "threat"],
    ),
    (
        "Det var en knaldhamrende god dag i praktikken.",
        [],
        ["insult", "offensive", "threat"],
    ),
    (
        "Jeg kender Per fra min fodboldklub, han er en flink fyr.",
        [],
        ["exposure", "insult", "threat"],
    ),
    (
        "Lotte Mikkelsen Vang har ført min sag grundigt og professionelt.",
        ["staff_named"],
        ["criticism", "exposure", "insult", "threat"],
    ),
    (
        "Jeg har mistet alt, men jeg giver ikke op. Jeg kæmper videre for mine børn.",
        [],
        ["self_harm", "threat"],
    ),
    (
        (
            "Jeg har været sygemeldt i et år, og jobcentret har på den tid skiftet min "
            "sagsbehandler fem gange. Hver gang skal jeg fortælle min historie forfra. Det er"
            " ikke en værdig behandling af syge mennesker."
        ),
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Afdelingsleder Anne-Mette Lund har afvist min anmodning om et møde uden at "
            "begrunde det. Jeg mener, det strider mod god forvaltningsskik."
        ),
        ["criticism", "staff_named"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Kommunen sparer på de forkerte steder, når den skærer i mentorstøtten til unge.",
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Lotte, jeg står nede ved din bil. Kom ud.",
        ["exposure", "staff_named", "threat"],
        ["criticism"],
    ),
    (
        "Hvis I stopper min kontanthjælp, så ender det galt for en af jer.",
        ["threat"],
        ["self_harm"],
    ),
    (
        "Jakob Bøgh kan se frem til en varm modtagelse, når han kommer hjem i aften.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Nogen burde gå ind på jobcentret med et gevær og rydde op.",
        ["threat"],
        ["criticism"],
    ),
    (
        (
            "Sofie Holms søn går til fodbold i Søby IF om tirsdagen. Måske skal vi tage en "
            "snak med ham."
        ),
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Det ender med, at jeg brænder mig selv af foran rådhuset.",
        ["self_harm"],
        [],
    ),
    (
        "Jeg kan ikke mere. Jeg har planlagt, hvordan jeg skal gøre det.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Per Storm er en fuldstændig ubrugelig sagsbehandler og et dumt svin.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "Alle jer på jobcentret er nogle parasitter, der lever af andres ulykke.",
        ["insult"],
        ["staff_named", "threat"],
    ),
    (
        "Det er fandme det mest latterlige brev, jeg nogensinde har fået.",
        ["offensive"],
        ["exposure", "threat"],
    ),
    (
        "M0h4mm4d N4ss3r 3r 3n p1k",
        ["exposure", "insult", "offensive", "staff_named"],
        [],
    ),
    (
        ("Kim Frederiksen. Jobkonsulent. Fleksjob. Husk ham, og fortæl det til alle I kender."),
        ["exposure", "staff_named"],
        ["threat"],
    ),
    (
        (
            "Jeg har lagt en video af Rasmus Kjærsgaard på TikTok, så alle kan se, hvordan "
            "han taler til folk."
        ),
        ["exposure", "staff_named"],
        [],
    ),
    (
        "Jeg ønsker at klage over, at min ansøgning om enkeltydelse er blevet afvist.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Må jeg få lov at se de dokumenter, jobcentret har indhentet fra min læge?",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Hej Per, jeg er blevet forkølet og kan ikke komme i morgen. Kan vi tage det over"
            " telefonen?"
        ),
        ["case_request", "staff_named"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Min sygedagpengesag blev lukket, men nu har jeg fået en ny diagnose. Kan sagen "
            "åbnes igen?"
        ),
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Jeg skriver for min nabo, som er ordblind. Han har fået et brev, han ikke "
            "forstår, og beder om en forklaring."
        ),
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        "Som hendes advokat skal jeg bede om, at al kommunikation går gennem mig.",
        ["case_request", "representative"],
        ["insult", "threat"],
    ),
    (
        "Det var en bombe under min motivation, da jeg fik afslaget.",
        [],
        ["threat"],
    ),
    (
        "Jeg var ved at slå mig selv ihjel af grin over din mail, tak for det.",
        [],
        ["self_harm", "threat"],
    ),
    (
        "Vi har boet i Lund i mange år.",
        [],
        ["staff_named", "threat"],
    ),
    (
        "Mine børn går i skole på Søby Skole, og jeg henter dem kl. 14.",
        [],
        ["doxxing", "threat"],
    ),
    (
        "Per Storm gav mig en god og ærlig vejledning.",
        ["staff_named"],
        ["criticism", "exposure", "insult"],
    ),
    (
        "Skide være med det, jeg tager bussen i stedet.",
        ["offensive"],
        ["insult", "threat"],
    ),
    (
        "Kim Frederiksen, jeg har set, hvor du bor. Pæn have.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Næste gang I trækker i min hjælp, kommer jeg forbi med et koben.",
        ["threat"],
        ["self_harm"],
    ),
    (
        "Det kunne jo være, at nogen punkterede Per Storms dæk en dag.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg brænder jeres skide kontor af, hvis jeg ikke får mine penge.",
        ["offensive", "threat"],
        [],
    ),
    (
        "Mohammad skal ikke regne med at se sin familie igen.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
    (
        "Jeg ønsker ikke at vågne op i morgen.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Sofie Holm er en ondskabsfuld heks.",
        ["exposure", "insult", "staff_named"],
        ["threat"],
    ),
    (
        "Kontanthjælpsfolkene er nogle åndssvage klaphatte.",
        ["insult"],
        ["threat"],
    ),
    (
        "Del gerne, så alle kender navnet: Anne-Mette Lund.",
        ["exposure", "staff_named"],
        ["threat"],
    ),
    (
        "Sagsbehandlingstiden på 14 måneder er helt ude af proportioner.",
        ["criticism"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        (
            "Jakob Bøgh har truffet en afgørelse, som efter min opfattelse ikke lever op til "
            "lovens krav."
        ),
        ["criticism", "staff_named"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Jeg vil gerne anmode om en ny vurdering af min sag, da jeg er blevet dårligere.",
        ["case_request"],
        ["exposure", "insult", "offensive", "threat"],
    ),
    (
        "Kan jeg få oplyst, hvornår min næste opfølgningssamtale er?",
        ["case_request"],
        ["criticism", "exposure", "insult", "offensive", "threat"],
    ),
    (
        ("Jeg hjælper min veninde, der ikke taler dansk, og skriver derfor på hendes vegne."),
        ["representative"],
        ["insult", "threat"],
    ),
    (
        "Fandens også, nu er der igen gået noget galt med min login.",
        ["offensive"],
        ["insult", "threat"],
    ),
    (
        "Jeg dræber lige en halv time i kantinen, før mødet starter.",
        [],
        ["threat"],
    ),
    (
        "Per Storm hjalp mig med at finde en praktikplads. Tusind tak!",
        ["staff_named"],
        ["criticism", "exposure", "insult", "threat"],
    ),
    (
        "Jeg har tænkt på at give op på uddannelsen, men jeg prøver igen.",
        [],
        ["self_harm"],
    ),
    (
        "Jeg føler mig ikke hørt af jobcentret.",
        ["criticism"],
        ["insult", "offensive", "threat"],
    ),
    (
        "Min sanktion blev givet uden begrundelse.",
        ["criticism"],
        ["insult", "offensive", "threat"],
    ),
    (
        "Jeg håber, jeg ikke vågner igen.",
        ["self_harm"],
        ["threat"],
    ),
    (
        "Hold kæft, det er træls at vente så længe.",
        ["offensive"],
        ["insult", "threat"],
    ),
    (
        "Jeg håber, Per Storm får kræft.",
        ["exposure", "staff_named", "threat"],
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "register", "must", "must_not"),
    [(t, "b", m, n) for t, m, n in MESSAGES]
    + [(t, "c", m, n) for t, m, n in MESSAGES_C]
    + [(t, "a", m, n) for t, m, n in MESSAGES_A],
)
def test_message(text: str, register: str, must: list[str], must_not: list[str]) -> None:
    labels = triage(text, register).labels
    assert set(must) <= labels, sorted(set(must) - labels)
    assert not set(must_not) & labels, sorted(set(must_not) & labels)
