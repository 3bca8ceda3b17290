"""The representative label: the writer acts for someone else — not their own case, not a
relative who is only mentioned."""

from __future__ import annotations

import pytest

from tests.detect.labels.engine import triage

POSITIVES = [
    "Jeg spørger for en ven, der har fået et brev om sanktion. Kan han klage?",
    # probe round 30: for a colleague whose own case follows
    "Jeg spørger for en kollega, der har fået afslag på sin ansøgning om fleksjob.",
    # probe round 25: the writer holds someone else's fuldmagt
    "Jeg har hendes fuldmagt og klager over afgørelsen.",
    "Jeg har fuldmagt fra min far, og han har brug for svar om sin ydelse.",
    # probe round 24: guardians in the plural; an association writing for a member
    "Vi er værger for vores bror, og vi klager over hans afgørelse.",
    "Min mand og jeg blev værger for vores datter sidste år, og nu søger vi om fleksjob til hende.",
    "På vegne af Patientforeningen skriver jeg for vores medlem, der er blevet sanktioneret.",
    # probe round 22 near misses kept: a bisidder role this week, a subject line naming whom
    "Jeg var bisidder for min mor til mødet i går, og hun blev talt ned til.",
    "Emne: Bisidder for min bror\nBesked: Han ønsker et nyt møde.",
    "Jeg er advokat for Lise Jensen i sagen om tilbagebetaling.",
    "Jeg hjælper min gamle nabo med hendes sag om enkeltydelse.",
    "Vedlagt er fuldmagt fra min mor.",
    "Jeg skriver på min søns vegne.",
    "Min far er dement, og jeg er hans værge.",
    "Som bisidder for min kollega vil jeg gerne deltage i mødet.",
    "Jeg er partsrepræsentant for borgeren og anmoder om aktindsigt.",
    "Min klient har ikke fået sin ydelse udbetalt.",
    "Min kone kan ikke selv ringe, så jeg skriver for hende. Hendes sag står helt stille.",
    "Min søn har bedt mig skrive. Han vil gerne vide, hvornår hans sag bliver behandlet.",
    # probe round 6 phenomena
    "Jeg er min søsters bisidder og deltager i mødet på torsdag.",
    "Min genbo har svært ved dansk og har bedt mig skrive til jer om hans boligstøtte.",
    "Min ven har bedt mig skrive, fordi han ikke selv kan læse brevet.",
    (
        "Jeg er nabo til en ældre dame, som ikke har fået sine penge. Hun har ingen "
        "computer. Kan nogen ringe til hende?"
    ),
    "Jeg er min fars værge. Han spørger om sin egen sag: hvornår kommer afgørelsen?",
    (
        "Min datter kan ikke nå sit forløb om morgenen, fordi hun har ondt i ryggen. "
        "Kan I finde en senere tid for hende?"
    ),
    # probe round 7 phenomena: staff of a home for a resident, a parent introducing
    # themselves ("det er far til …"), his or her leave given
    (
        "Jeg er bostøtte ved Botilbuddet Egely og skriver angående en af vores beboere, der "
        "mangler sin ydelse."
    ),
    "Vi er pædagoger på bostedet Lærken og hjælper brugeren Ole med hans ansøgning.",
    "Hej, det er far til Jonas. Han har givet mig lov til at spørge om hans praktik.",
    (
        "Jeg er hendes søster. Hun kan ikke selv overskue brevene, og hun har givet grønt lys "
        "til, at jeg skriver."
    ),
    "Jeg hjælper eleven Sara med hendes sag om uddannelseshjælp.",
    "Med hans samtykke vil jeg gerne høre, hvornår hans sygedagpenge kommer.",
    # probe round 8: siblings and step-relatives named in one word
    "Jeg hjælper min storesøster med hendes ansøgning om fleksjob.",
    "Min stedsøn har bedt mig skrive til jer om hans praktik.",
    "Vi er plejeforældre til Amir og spørger til hans uddannelseshjælp.",
    # probe round 9: a parent helping an adult child with this message, a neighbour's papers
    "Min datter er 22 og ordblind, så jeg hjælper hende med at skrive denne mail.",
    "Vores søn har svært ved at formulere sig, så jeg hjælper ham med denne besked.",
    "Jeg har hjulpet min nabo med hans skema til boligstøtte, og han vil vide, hvornår.",
    "Jeg hjælper min gamle nabo, han forstår ikke brevene. Kan I ringe til ham?",
    "Vi er hans forældre og hjælper ham med at holde styr på sagen.",
    "Min mand ligger på hospitalet, så jeg skriver for at melde ham syg.",
    "Som hans nabo har jeg lovet at hjælpe ham med papirerne.",
    "Min voksne søn kan ikke selv finde ud af e-Boks, så jeg sender hans lægeerklæring.",
    # probe round 14: asked by a relative to write (any relative word), English "on behalf
    # of", another family's name
    "Jeg er blevet bedt af min moster om at henvende mig angående hendes boligstøtte.",
    "Jeg er blevet bedt af min svoger om at ringe og høre til hans ansøgning.",
    "I'm writing on behalf of my father, who is in hospital this week.",
    "Jeg skriver på vegne af familien Hansen, som ikke selv kan læse brevet.",
    "Jeg er hans mor og sender denne mail for ham.",
    # probe round 10: signed leave to act for him or her; helping someone who cannot read
    "Min bror har underskrevet, at jeg kan tale på hans vegne.",
    "Min datter har skrevet under på, at jeg må se hendes papirer.",
    "Jeg må svare for hende, hun er indlagt.",
    "Min mor kan ikke læse dansk, så jeg hjælper hende.",
    "Hun har sagt ja til, at jeg må ringe til jer om hendes sag.",
    # probe round 11: a sibling of someone with poor Danish ("bror til", a genitive), may I
    # answer for her
    "Jeg er bror til Ali og hjælper ham, fordi han taler dårligt dansk.",
    "Jeg er Fatimas storesøster. Hun er ikke så god til dansk og tør ikke ringe.",
    "Må jeg svare for hende? Hun ligger på hospitalet.",
    # probe round 12: a professional writing with a patient's or resident's consent
    "Som bostøttemedarbejder skriver jeg med accept fra vores beboer Karin Holm.",
    "Jeg er sygeplejerske og henvender mig om min patient, der ikke kan møde op.",
    # probe round 13: allowed by the relative to write for them
    "Jeg har fået tilladelse fra min svigerfar til at henvende mig om hans fleksjob.",
    "Med min mors samtykke skriver jeg om hendes sygedagpenge.",
    # probe round 15 phenomena
    "Min søster har givet os lov til at skrive til jer om hendes kontanthjælp.",
    "Hej, jeg er samleveren til Peter. Han er indlagt og kan ikke selv komme i morgen.",
    "Jeg er broren til Ali. Han er helt ude af den, I må hjælpe ham med at finde en bolig.",
    # probe round 16: a sign-off as the person's relative
    "Kan samtalen rykkes en uge? Mvh hendes far, Jørgen",
    # probe round 17 phenomena
    "Min datter er for angst til selv at ringe, så jeg skriver for hende.",
    "Min far har haft et slagtilfælde og kan ikke selv skrive til jer.",
    "Jeg er støttekontaktperson for en ung borger og sender hans papirer.",
    # probe round 18 phenomena
    "Som nærmeste pårørende: kan I ringe til hende i morgen?",
    "Vi er bekymrede for vores søn. Han kan ikke selv komme op til mødet.",
    # probe round 19 phenomena
    "Jeg er hans genbo og har hjulpet ham med at læse posten i e-boks. Hvad betyder brevet?",
    "Jeg hjælper min mormor med at tjekke hendes e-boks, og der ligger en indkaldelse.",
    "Min datter har fået et afslag på praktikken. Hun har mødt op til alle samtaler.",
    "Vores søn fik besked om en sanktion i går. Han forstår det ikke.",
    # signed as the citizen's parent or grandparent, the child named
    "Kan vi få et møde om praktikken?\n\nMange hilsner\nBirgit, mormor til Oscar",
    # probe round 20 phenomena: a teenager introduced with age plus a second sign, a relative
    # who cannot come or speaks little Danish, staff helping "one of our users"
    "Vores datter Ida er 16 og mangler en praktikplads. Hvem skal vi kontakte?",
    "Min søster er 17, og jeg er hendes storebror. Hvornår starter hendes forløb?",
    "Min nevø Karim er lige fyldt 18. Kan han få en samtale om uddannelse?",
    "Jeg er hans datter. Min far er syg, han kan ikke komme i morgen.",
    "Jeg er hendes nabo. Hun ikke god dansk og forstår ikke brevet.",
    "Vi er ansatte på varmestuen og hjælper en af vores brugere med at søge boligstøtte.",
    "Jeg arbejder på et herberg og hjælper to af vores beboere med deres ansøgninger.",
    "Jeg ordner selv min fars papirer, for han kan ikke selv læse dem.",
    # writing in the role, for someone named
    "Jeg skriver som pårørende til Karl Holm og beder om at få hans journal.",
    "Jeg henvender mig som værge for Ida Lund angående hendes ressourceforløb.",
    # probe round 23: a parent asking to move a young adult's meeting
    "Min datter på 17 er syg i morgen. Kan hendes samtale rykkes til næste uge?",
    "Vores søn er 18 og har eksamen på torsdag, så hans møde må gerne flyttes.",
    # probe round 26: the writer named by the role alone, the relative unable to come, a
    # parent asking about the child's course
    "Hej, det er sønnen. Far ligger syg og kan ikke komme til samtalen, ring til mig.",
    "Det er hendes mand her. Hun kan ikke selv møde op i morgen.",
    "Jeg er mor til Amalie (18) og vil gerne høre om hendes praktik hos jer.",
    "Jeg er bror til Kasper og skriver om hans uddannelse, som er gået i stå.",
    # probe round 27: a relative's meeting cancelled by the writer
    "Min far er sengeliggende, kan jeg melde afbud for ham til samtalen på fredag?",
    "Hej, det er min bror Ali, som har tid hos jer på mandag. Jeg vil gerne aflyse for ham.",
    "Vi aflyser for hende, hun har fået influenza.",
    # probe round 28: for a neighbour or an elderly person named by title or description
    "Jeg ringer for fru Petersen på første sal, hun har ikke fået sin boligstøtte.",
    "Jeg skriver for hr. Andersen ovenpå, som ikke kan bruge en computer.",
    "Jeg henvender mig for en ældre dame i min opgang. Hun har fået afslag på medicintilskud.",
    "Jeg skriver for en god ven, der har mistet sit job og ikke forstår brevet.",
    # probe round 29: a lawyer retained by the citizen, assisting in the case; a helper whose
    # neighbour got a letter she does not understand (subordinate word order)
    "Advokat Ole Lind: Vi er antaget af Karen Juhl og beder om aktindsigt i sagen.",
    "Undertegnede er blevet antaget som advokat for Mads Friis i hans klagesag.",
    "Vi bistår ham i sagen om hans fleksjob og beder om et møde.",
    "Jeg er Ingers genbo og hjælper hende lidt. Hun har fået en afgørelse hun ikke forstår.",
    # probe round 33: a parent with the child's name and age, custody, an admitted relative,
    # the jobcentre acting on him or her, a demand made for the relative
    "Jeg er far til Oliver på 16 og har forældremyndigheden. Han vil gerne i praktik.",
    "Vi er forældre til Ida på 17 år og har fælles forældremyndighed over hende.",
    "Min søn på 18 er indlagt på psykiatrisk, så han ikke kan komme til samtalen.",
    "Jeg er mor til Lars. I har truet ham med at stoppe hans ydelse.",
    "Jeg er mor til Nanna, der hører under jeres ungeenhed, og hun ikke kan møde om morgenen.",
    "Min datter på 17 har det svært. Jeg kræver, at min datter får en anden mentor.",
]
NEGATIVES = [
    # the idiom: asking for oneself
    "Må man have et hobbyjob ved siden af kontanthjælp? Spørger for en ven, bare nysgerrig.",
    "Jeg er mor til tre og har brug for hjælp til briller.",
    "Min bror har også fået afslag, så jeg er ikke den eneste.",
    "Min advokat siger, at afgørelsen er forkert.",
    "Jeg har givet min søster fuldmagt til at hente min post.",
    "Jobcentret sanktionerede min søn uden at partshøre ham.",
    "Jeg har søgt om fleksjob og venter på svar.",
    # probe round 6 near misses: my own bisidder, asked by staff or a doctor, a neighbour only
    "Min bisidder kommer med til mødet.",
    "Min faste bisidder er desværre syg på torsdag.",
    "Min sagsbehandler bad mig skrive en mail med mine oplysninger.",
    "Lægen har bedt mig ringe, når prøvesvarene er kommet.",
    "Jeg er nabo til jobcentret og ser køen hver morgen.",
    "Min kollega har svært ved dansk, men det klarer han fint.",
    "Kan I ringe til mig i morgen?",
    # a fuldmagt held for someone else, while this message is about the writer's own case
    "Jeg er værge for min far, men det her drejer sig om min egen kontanthjælp.",
    # probe round 7 near misses: a pædagog's own case, a gift, a relative who manages alone
    "Jeg er pædagog på et bosted og søger selv om fleksjob.",
    "Han har givet mig en gave til min fødselsdag.",
    "Jeg er hans mor, men han klarer selv sin sag.",
    "Det er mor til tre der skriver, jeg har brug for en ny tid.",
    # probe round 8 near miss: a sibling only mentioned
    "Min lillebror har også fået fleksjob, men jeg venter stadig.",
    # probe round 9 near misses: the writer helped by a relative, help with the lawn
    "Jeg har svært ved at skrive, så min datter hjælper mig med denne mail.",
    "Jeg hjælper min nabo med at slå græs om sommeren.",
    "Jeg hjælper min søn med lektierne hver aften.",
    "Jeg har talt med min læge og sender hans erklæring i morgen.",
    "Jeg hjælper min søn med lektierne, og jeg har selv brug for en ny tid.",
    "Min mor hjælper mig med mine papirer.",
    # probe round 10 near misses: moving house, speaking for oneself, a signed contract, a
    # road crossed
    "Jeg hjælper ham med at flytte på lørdag.",
    "Jeg må tale for mig selv.",
    "Han skrev under på kontrakten i går.",
    "Jeg hjalp hende over vejen.",
    "Han sagde ja til, at jeg må låne hans bil.",
    # probe round 11 near misses: once a representative, now on one's own behalf; a sofa; a
    # friend good at football
    "Jeg har før været partsrepræsentant for min nabo, men nu skriver jeg på egne vegne.",
    "Tidligere var jeg bisidder for min onkel. Nu vil jeg klage over min egen sanktion.",
    "Kan jeg hjælpe ham med at flytte sofaen?",
    "Min ven taler dårligt dansk, men han er god til fodbold.",
    "Tak for jeres spørgsmål. Kommer der flere, skal jeg nok svare på dem.",
    # probe round 12 near miss: one's own consent given to the doctor
    "Jeg har givet samtykke til, at min læge må sende journalen.",
    # probe round 13 near misses: thanks on behalf of oneself and one's family, permission
    # from a boss
    "På vegne af os selv og vores børn vil vi gerne takke for et godt forløb.",
    "Jeg har fået lov af min chef til at gå tidligt fredag.",
    # probe round 14 near misses: the citizen grants a power of attorney or brings a relative
    # as bisidder; thanks on behalf of a class or the writer's own household
    "Hermed giver jeg min nabo fuldmagt til at hente mine papirer.",
    "Jeg giver min søster fuldmagt, så hun kan tale med jer om min sag.",
    "Min mor skal med som bisidder til mødet på mandag.",
    "Jeg tager min kæreste med som bisidder.",
    "På vegne af hele holdet vil jeg sige tak for et godt kursus.",
    "På vegne af hele familien tak for hjælpen.",
    "We are writing on behalf of ourselves about our own case.",
    # probe round 15 near misses
    "Jeg har fuldmagt til min mors post, men denne mail gælder mig: hvornår er mit møde?",
    "Jeg er kæreste med en sygeplejerske og vil gerne vide om jeg kan få fleksjob.",
    # probe round 16 near misses: bringing one's own bisidder, a mother of her own children
    "Må jeg tage min kæreste med som bisidder til samtalen?",
    "Jeg kommer med min bror som støtteperson, er det i orden?",
    "Jeg er alene mor til to og kan ikke komme før kl. 10.",
    # probe round 17 near misses
    "Jeg er for nervøs til at ringe, så jeg skriver i stedet.",
    "Min mor var bostøtte i mange år, før hun gik på pension.",
    # probe round 18 near misses
    "Jeg er bekymret for min egen økonomi efter sanktionen.",
    "Som pårørende ved man, hvor hårdt det kan være.",
    # probe round 19 near misses
    "Min søn fik en sanktion, og nu har jeg selv svært ved at få pengene til at slå til.",
    "Jeg har mødt op til alle samtaler, men får stadig en sanktion.",
    "Min mand fik et brev fra banken i dag.",
    # a parent of several, signing: no one is named to act for
    "Jeg kan ikke komme på tirsdag.\n\nVenlig hilsen\nKarin, mor til tre",
    # probe round 20 near misses: a parent's own need, a power of attorney the citizen gave,
    # revokes or that a relative holds, the citizen taking the case back
    "Min datter er 16, og jeg har brug for hjælp til at betale huslejen.",
    "Min søn er 17, kan jeg stadig få børnetilskud?",
    "Jeg gav min nabo fuldmagt i foråret. Den vil jeg gerne tilbagekalde nu.",
    "Fuldmagten til min bror skal ophæves fra i dag.",
    "Min kæreste har fuldmagt, men jeg vil gerne selv have svar på mail.",
    "Nu vil jeg selv klare min sag, så I skal ikke længere skrive til min advokat.",
    "Min kollega er syg og kan ikke komme til mødet, kan vi flytte det?",
    "Jeg er far til to og mangler et job, kan I hjælpe?",
    # probe round 21: a bisidder for many unnamed citizens speaks from experience
    "Som bisidder for mange ledige gennem årene kan jeg sige, at Per Storm er grundig.",
    "Jeg har fungeret som bisidder for adskillige sygemeldte, og jeres breve er svære at læse.",
    # a relative's experience, no one's case
    "Som pårørende til en kræftpatient ved jeg, hvor hårdt det er at vente på svar.",
    "Som pårørende til en alkoholiker kender jeg godt til kaos, men nu handler det om mig.",
    # probe round 22: a role held years ago, the writer's own bisidder wanted or refused, a
    # subject line that only names the topic
    "Jeg var selv bisidder for min nabo engang, men nu handler det om min egen sag.",
    "Jeg fungerede som bisidder for en kollega for et par år siden. Nu er jeg selv syg.",
    "Må jeg medbringe en bisidder til samtalen på torsdag?",
    "Per Storm nægtede at lade mig have min bisidder med.",
    "Emne: Bisidder\nBesked: Har jeg ret til at tage nogen med til mødet?",
    # probe round 23 near misses: the caseworker's meeting, a young relative only mentioned
    "Min sagsbehandler er syg, så hans møde med mig er aflyst.",
    "Min søn på 19 har fået læreplads, tak for hjælpen.",
    # probe round 25: the writer's own fuldmagt held by a union, a lawyer or a relative
    "Skriv til min advokat i stedet, hun har min fuldmagt.",
    "Min fagforening har fuldmagt fra mig, så send svaret derhen.",
    "Advokaten fik min underskrevne fuldmagt i går, og han ringer til jer.",
    "Min søster har min fuldmagt, hvis I ikke kan få fat i mig.",
    # probe round 24: an association writing for itself to invite staff to an event
    "På vegne af Patientforeningen vil jeg invitere to medarbejdere til vores temaaften.",
    "På vegne af bestyrelsen i Løbeklubben inviterer vi jer til at holde et oplæg i marts.",
    # probe round 26 near misses: a parent's own appointment, a relative only mentioned
    "Jeg er far til Oscar og kan ikke komme til mit møde i dag, han er syg.",
    "Det er ikke min skyld, det er sønnen.",
    "Jeg er mor til Ida (17), men jeg skriver om mit eget forløb.",
    "Jeg kan ikke komme i dag, min datter er indlagt.",
    # probe round 27 near misses: the citizen cancels their own meeting
    "Hej, jeg har møde hos jer i morgen, men jeg er syg. Kan jeg aflyse?",
    "Min søster har bryllup på fredag, så kan jeg aflyse mit møde?",
    # probe round 28 near misses: "for" as "because", "for en sikkerheds skyld"
    "Jeg mailer, for fru Olsen lovede mig et svar i sidste uge.",
    "Jeg skriver, for hr. Madsen bad mig sende lønsedlerne.",
    "Jeg skriver for en sikkerheds skyld om min egen ansøgning.",
    # probe round 29 near misses: "antaget" as assumed, the writer's own letter
    "Vi har antaget at sagen var afsluttet, men nu kommer der et nyt brev.",
    "Det er antaget at jeg kan arbejde 10 timer om ugen, men det kan jeg ikke.",
    "Jeg har fået et brev jeg ikke forstår. Kan nogen forklare det?",
    # probe round 30 near misses: a general question asked for someone who only thinks of it
    "Hvor lang tid tager det at få fleksjob? Spørger for en bekendt, som overvejer at søge.",
    "Spørger for en kollega der går og tænker på at skifte branche.",
    # probe round 32/33 near misses: someone acts for the WRITER, the writer gave the
    # fuldmagt, the writer's own lawyer asked the writer to write, the writer's own custody
    "Min nevø hjælper mig med papirerne, og han ringer på mine vegne fra nu af.",
    "Er fuldmagten til min søster kommet frem? Hun skal tale med jer på mine vegne.",
    "Jeg har lavet en fuldmagt, så min svoger kan svare på mine vegne.",
    "Min fagforening har bedt mig om at skrive til jer selv om klagen.",
    "Min læge bad mig skrive til jer om min sygemelding.",
    "Jeg har forældremyndigheden over mine børn og søger kontanthjælp til mig selv.",
    "Jeg har været indlagt i to uger og kan ikke komme til mødet.",
    # probe round 34 near misses: the writer brings a relative, is under guardianship, asks
    # for their own helper, a relative merely waiting
    "Jeg skal til samtale på fredag. Må min far komme med som støtte?",
    "Jeg er selv under værgemål og vil gerne vide, hvad status er.",
    "Min bror bor i Aarhus. Hvornår får jeg en ny vejleder?",
    "Min datter har ventet på mig hele eftermiddagen, så mødet var for langt.",
]


POSITIVES += [
    # probe round 34: a union assisting a member, guardianship papers for a relative, going
    # along to someone's meeting as support, when he or she gets a helper
    "Jeg er tillidsmand og bistår et medlem, der har fået varsel om stop for ydelsen.",
    "Vi assisterer vores medlem i sagen om fleksjob og beder om aktindsigt.",
    "Hermed værgemålet for min mor. Hvornår kommer afgørelsen?",
    "Min datter skal til møde i jobcentret på tirsdag. Kan jeg tage med som bisidder?",
    "Vores søn har ventet i ti uger. Hvornår får han en mentor?",
]


@pytest.mark.parametrize("text", POSITIVES)
def test_representative_found(text: str) -> None:
    assert "representative" in triage(text).labels


@pytest.mark.parametrize("text", NEGATIVES)
def test_no_representative(text: str) -> None:
    assert "representative" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 36: the writer asks about or sends a relative's case in the genitive
        "Jeg ringer om min datters sag, for ingen har svaret. Hvornår sker der noget?",
        "Har I modtaget min søns lægepapirer?",
        "Jeg skriver vedrørende min fars ansøgning om seniorpension.",
    ],
)
def test_relative_case_in_genitive_is_representative(text: str) -> None:
    assert "representative" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Vi fejrer min søns fødselsdag på lørdag, så jeg kan ikke komme til mødet.",
        "Min datters forløb blev stoppet uden et eneste møde. Det er ikke i orden.",
    ],
)
def test_relative_birthday_or_told_case_is_no_representative(text: str) -> None:
    assert "representative" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 38: a relative's case asked about in a question
        "Kan I forklare, hvorfor min brors ansøgning stadig ikke er behandlet?",
        "Hvad sker der med min mors sag? Hun har ventet siden maj.",
        "Hvornår får min datters klage et svar?",
    ],
)
def test_relative_case_asked_about_is_representative(text: str) -> None:
    assert "representative" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "Min søster har også været hos jer, og hun var glad for det.",
        "Min søsters sag gik hurtigt, men jeg har ventet et år på svar i min egen sag.",
    ],
)
def test_relative_only_mentioned_is_no_representative(text: str) -> None:
    assert "representative" not in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        # probe round 40: writing for a relative in English or broken Danish
        "Hi, I am writing for my husband, he cannot read the letter.",
        "jeg skrive for min kone, hun er syg.",
        # probe round 41: holding a relative's power of attorney
        "Jeg har fuldmagt fra min mor og vil spørge om hendes ydelse.",
    ],
)
def test_writing_for_relative_in_english_or_with_fuldmagt_is_representative(text: str) -> None:
    assert "representative" in triage(text).labels


@pytest.mark.parametrize(
    "text",
    [
        "I write for my own case.",
        "Jeg har givet fuldmagt til min datter.",
        "Jeg har brug for en bisidder til mødet på tirsdag.",
        "Kan I tildele mig en bisidder?",
        "Jeg har selv været pårørende til min far i mange år, nu er jeg syg.",
    ],
)
def test_own_need_or_past_role_is_no_representative(text: str) -> None:
    assert "representative" not in triage(text).labels


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 42: the relative's meeting asked to be moved or cancelled
        ("Kan I flytte min datters samtale på torsdag? Hun er syg.", True),
        ("Kan nogen aflyse min søns møde i morgen? Han har feber.", True),
        ("Min mors møde på fredag skal aflyses, hun er indlagt.", True),
        # a relative's exam or meeting only told of
        ("Min søn har eksamen den 14., så han er lidt stresset.", False),
        ("Min søns møde blev flyttet, men det gik fint.", False),
    ],
)
def test_relatives_meeting_moved_is_representative(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 45: the writer and a relative together on the relative's matter
        ("Min bror og jeg vil gerne anke hans afgørelse. Han kan ikke selv læse brevet.", True),
        (
            "Min datter og jeg har gennemgået brevet om hendes uddannelseshjælp, og det er "
            "forkert.",
            True,
        ),
        ("Vores datter på 17 har det skidt. Vi ønsker en samtale, hvor vi begge er med.", True),
        # a relative's wish about her own case, a promise to ask for him
        ("Min mand ønsker at klage, for hans sag er behandlet forkert.", True),
        ("Jeg lovede min morfar at skrive, om han bliver indkaldt, før hans ydelse stoppes.", True),
        # helping someone named with the letters; who answers for him; his many caseworkers
        (
            "Vi har hjulpet Jens fra opgangen med at forstå de breve, og hendes dansk er "
            "meget dårligt.",
            True,
        ),
        (
            "Min søster har fået tre jobkonsulenter på et halvt år. Hvem har ansvaret for hende?",
            True,
        ),
        # a relative sent into a placement again, the family at the door
        (
            "Hvis min bror skal sendes i aktivering igen, så kommer hele slægten op til "
            "jobcentret.",
            True,
        ),
        # near misses: a relative merely mentioned, an outing together, a couple's own matter
        ("Min mor og jeg var i byen i lørdags og hyggede os.", False),
        ("Min mand og jeg vil gerne have et møde om min plan.", False),
        ("Min kone vil gerne have, at jeg finder et job snart.", False),
        ("Hvis jeg bliver sendt i praktik igen, kommer hele familien ned til jer.", False),
        ("Min far får sin pension i maj, og så holder vi fest.", False),
        ("Jeg har haft fire sagsbehandlere på et år, og min mor støtter mig.", False),
        # the writer's own case, taken over by a relative: the fuldmagt is the writer's
        ("Jeg sender fuldmagten i dag, så min søster kan tage over med sagen.", False),
    ],
)
def test_relatives_matter_spoken_about_by_writer_is_representative(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 46: the writer and a relative named after "vi", with his or her case
        ("Vi har læst brevet igen og igen, min kone og jeg, og hendes sygedagpenge mangler.", True),
        ("Vi forstår ikke, min far og jeg, hvorfor hans jobplan er lavet om.", True),
        ("Min søster og jeg har længe ventet på svar om hendes fleksjob.", True),
        ("Min bror og jeg sad i aftes med sagen, og hans lægeattest mangler.", True),
        # the writers' view of the plan for a third person, and his or her health
        ("Vi mener ikke, at Jonas skal sendes i aktivering, før hans diagnose er på plads.", True),
        ("Jeg synes ikke, min datter skal i praktik. Hendes depression er ikke behandlet.", True),
        # going along with someone to his or her meeting
        ("I morgen tager jeg med Fatima til samtalen igen. Må vi få referatet bagefter?", True),
        ("Jeg følger med min mor ind til mødet på torsdag, som vi aftalte.", True),
        ("Vi går med vores søn til mødet på jobcentret på mandag.", True),
        ("Jeg ledsager hende til mødet i næste uge.", True),
        # near misses: an outing together, a couple's own matter, the writer's own placement
        ("Vi var i byen i lørdags, min mor og jeg, og hun købte en ny jakke.", False),
        ("Min kone og jeg har ventet længe på svar på vores ansøgning om boligstøtte.", False),
        ("Jeg synes ikke, jeg skal i praktik, før min ryg er undersøgt.", False),
        ("Vi mener ikke, det skal være praktik lige nu.", False),
        ("Min mor og jeg har snakket om min uddannelse, og hun synes, jeg skal søge.", False),
        # near misses: by bus, agreeing to a meeting, bringing one's own support, elsewhere
        ("Jeg tager med bussen til mødet, så jeg kommer måske lidt for sent.", False),
        ("Jeg går med til mødet på mandag, hvis det passer jer.", False),
        ("Jeg tager min søster med til samtalen som støtte.", False),
        ("Jeg tager med min mor til mødet på sygehuset, så jeg kan ikke komme i dag.", False),
        ("Jeg tager med glæde til mødet på fredag.", False),
    ],
)
def test_together_opinion_and_companion_is_representative(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 48: the fuldmagt given to the writer, in the formal passive or not
        ("Undertegnede er af fru Hanne Juhl blevet meddelt fuldmagt i hendes sag.", True),
        ("Vi er af vores medlem givet fuldmagt og beder om aktindsigt.", True),
        ("Hr. Bent Ravn har givet undertegnede fuldmagt til at føre klagen.", True),
        ("Jeg er blevet tildelt fuldmagt af min moster og vil gerne se hendes jobplan.", True),
        ("Vi varetager hendes interesser i klagesagen og beder om partshøring.", True),
        # a relative's mail forwarded, the answer to go to the writer
        ("Videresender en mail fra min svigermor. Hun har ingen computer, så skriv til mig.", True),
        ("Fwd fra min bror: hvornår kommer mine penge? Han læser ikke e-boks, så svar mig.", True),
        # near misses: the citizen gives the fuldmagt or names his or her representative
        ("Undertegnede giver hermed min bror fuldmagt til at tale med jer.", False),
        ("Der er givet fuldmagt til min datter, hun ringer i morgen.", False),
        ("Min søster har fuldmagt, så I må gerne tale med hende om min sag.", False),
        ("Fra i dag er min nabo min partsrepræsentant, send kopi til ham.", False),
        ("Jeg vil udpege min fætter som partsrepræsentant i klagen.", False),
        # near misses: the writer's own mail forwarded, an answer wanted quickly
        ("Jeg videresender min mail fra sidste uge, for I har ikke svaret.", False),
        ("Videresendt fra min gamle mail: jeg mangler stadig svar, så svar mig hurtigt.", False),
        # still acting for her: the writer is the sister's representative
        ("Jeg er min søsters partsrepræsentant og beder om aktindsigt.", True),
    ],
)
def test_fuldmagt_given_to_writer_and_forwarded_mail_is_representative(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # a relative's case by the bare family word; writing instead of one who cannot
        ("Hvad sker der med mors sag om førtidspension?", True),
        ("Hun kan ikke læse brevene, så jeg skriver for hende i stedet.", True),
        # the family together, with the relative's state held up
        ("Vi i familien er fortvivlede. Hun kan slet ikke sidde en hel time.", True),
        # parents or a relative demand a new caseworker for him or her
        ("Vi kræver, at vores søn får en ny sagsbehandler.", True),
        ("Jeg forventer, at min mor får en anden kontaktperson.", True),
        # near misses: the writer's own trouble; a couple's own case; a family's greetings;
        # a caseworker who does not answer; a family word on a birthday
        ("Jeg kan ikke komme igennem på telefonen, så jeg skriver i stedet.", False),
        ("Vi forventer, at vi får svar på vores ansøgning om boligstøtte.", False),
        ("Mange hilsner fra hele familien. Han kan knap gå, men han er glad.", False),
        ("Han tager aldrig telefonen, så jeg skriver i stedet.", False),
        ("Vi glæder os til mors fødselsdag på lørdag.", False),
    ],
)
def test_family_writing_for_a_relative_is_representative(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # the relative's placement by pronoun; the bare family word cancelling his or her
        # meeting; what the jobcentre's letters do to him or her
        ("Min datter er ked af det. Hun er tilknyttet jobcentret, og hvis hun bliver sendt i "
         "aktivering igen, går hun ned.", True),
        ("Far kan desværre ikke komme på fredag. Kan vi finde en ny tid til hans møde?", True),
        ("Jeg er hendes bror. Jeg har set, hvad jeres breve gør ved hende.", True),
        # near misses: the writer's own placement; a caseworker placed in a team; a family
        # word in small talk; what letters do to the writer
        ("Hvis jeg bliver sendt i praktik igen, går jeg ned.", False),
        ("Min konsulent er ny. Han er tilknyttet Ungeindsatsen som mentor.", False),
        ("Mor kan ikke lide kaffe, så tag te med.", False),
        ("Jeg har set, hvad jeres breve gør ved mig.", False),
    ],
)
def test_relative_meeting_and_placement_is_representative(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 55: a lawyer or a union that has taken over the case for a citizen
        ("Jeg er advokat og har overtaget sagen for Preben Lund.", True),
        ("Fagforeningen har overtaget sagen for vores medlem Aksel Brink.", True),
        ("Undertegnede har fra i dag overtaget sagen for fru Yde.", True),
        # near misses: a caseworker covering for a colleague; the writer's own case taken
        # over by a lawyer; a case taken over told of another
        ("Jeg har overtaget sagen for min kollega, mens hun er på barsel.", False),
        ("Min advokat har overtaget sagen for mig.", False),
        ("Politiet har overtaget sagen om indbruddet i vores kælder.", False),
    ],
)
def test_case_taken_over_for_someone_is_representative(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe rounds 57 and 58: asked by the citizen to help with his or her case, the
        # citizen's consent sent along; a relative's missed meeting and a new time asked
        ("Vores kollega Lis har bedt os om at hjælpe hende med ansøgningen om fleksjob.", True),
        ("Han har spurgt mig, om jeg vil hjælpe ham med at klage over afgørelsen.", True),
        ("Hermed fremsender vi hendes samtykke, så I kan tale med os om sagen.", True),
        (
            "Vores datter møder desværre ikke op til samtalen i morgen. Kan I finde hende et nyt "
            "tidspunkt?",
            True,
        ),
        # near misses: the writer who asked for help; the writer's own consent; data shared
        # without consent; the writer's own missed meeting; a relative's absence alone
        ("Jeg har bedt min nabo hjælpe mig med klagen.", False),
        ("Vedlagt mit samtykke til at I må indhente journalen.", False),
        ("I har videregivet oplysninger uden hans samtykke.", False),
        ("Jeg kommer ikke til samtalen i dag. Kan I give mig en ny tid?", False),
        ("Min søn kommer ikke til mødet i morgen, fordi han skal til tandlæge.", False),
    ],
)
def test_asked_to_help_and_missed_meeting_is_representative(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 59: asked by a relative to help with the case itself, and in English on
        # a spouse's behalf about her meeting
        ("Min far har bedt mig om at hjælpe ham med ansøgningen om boligstøtte.", True),
        ("Min svigermor har bedt mig hjælpe hende med klagen over sanktionen.", True),
        # near misses: a relative's household chore asked of the writer (a move, the dog,
        # the garden)
        ("Min far har bedt mig om at hjaelpe ham med flytningen i weekenden.", False),
        ("Min søster bad mig passe hunden, mens hun er på ferie.", False),
        ("Vores nabo har bedt os om en hånd med haven.", False),
    ],
)
def test_asked_to_help_with_a_chore_is_no_representative(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 65: a relative helped with the jobcentre's letters and meeting: he or
        # she reads them poorly, the writer asks what he or she should do and to come along
        (
            "Jeg er far til Kasper. Han kan ikke så godt læse brevene fra jer. Må jeg komme med "
            "til samtalen?",
            True,
        ),
        ("Min bror er ordblind. Han har fået et brev om sanktion, hvad skal han gøre nu?", True),
        ("Jeg er moster til Liv, hun er 19. Kan jeg komme med til hendes møde på torsdag?", True),
        # near misses: the writer's own poor reading, the writer bringing someone along, a
        # small child learning to read, a friend's question retold
        ("Jeg kan ikke så godt læse brevene, kan I ringe til mig i stedet?", False),
        ("Kan jeg tage min mor med til mødet?", False),
        ("Min søn er 6 og kan ikke så godt læse endnu.", False),
        ("Hvad skal han gøre nu, spurgte min ven, da bilen gik i stykker.", False),
    ],
)
def test_relative_helped_with_letters_and_meeting_is_representative(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 67: a professional writes with the consent of the citizen he or she
        # works with, or by agreement with him or her
        (
            "Med klientens skriftlige samtykke henvender jeg mig angående hendes sygedagpenge.",
            True,
        ),
        ("Vi har patientens samtykke til at kontakte jer om hans ressourceforløb.", True),
        (
            "Jeg er mentor for en ung mand og skriver efter aftale med borgeren om hans praktik.",
            True,
        ),
        # near misses: the citizen's own consent, consent named as a rule, the citizen's own
        # contact person or mentor only mentioned
        ("Min kontaktperson har skrevet til jer med mit samtykke.", False),
        ("I må kun indhente oplysninger med borgerens samtykke.", False),
        ("Jeg giver hermed mit samtykke til, at I må kontakte min læge.", False),
        ("Min mentor fra kommunen mener, at jeg bør søge om et ressourceforløb.", False),
    ],
)
def test_professional_writing_with_consent_is_representative(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 69: a parent voices a view ("Som far til … må jeg sige"), and what
        # happened to the son or his papers is an example in it, no case handled for him
        (
            "Som far til en dreng med ADHD må jeg sige, at jeres breve er svære at forstå. Min "
            "søn blev sendt i aktivering, selvom hans lægeerklæring siger nej.",
            False,
        ),
        (
            "Som forælder til en ung i jeres system synes jeg, det er trist. Hans "
            "sagsbehandler er skiftet fem gange, og hans udredning bliver ignoreret.",
            False,
        ),
        # the same told without the view, or the view with a full sign, still acts for him
        (
            "Min søn blev sendt i praktik på et lager, selvom hans udredning siger det "
            "modsatte. Kan I finde en anden praktik til ham?",
            True,
        ),
        ("Som mor til Jonas skriver jeg på hans vegne. Hans sanktion skal trækkes tilbage.", True),
    ],
)
def test_a_parent_voicing_a_view_is_no_representative(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        # probe round 72: the relative's leave to write, with "lov" or "ok", acts for him or her
        (
            "Min datter har angst og tør ikke ringe. Vi har hendes ok til at kontakte jer: "
            "hvornår er næste møde?",
            True,
        ),
        ("Jeg har fået lov af ham til at spørge, om han kan få en ny tid.", True),
        (
            "Min bror på 30 er ordblind. Jeg har hans lov til at skrive: hvornår skal han møde op?",
            True,
        ),
        # leave for anything else, or a relative's trouble told, acts for no one
        ("Jeg har hans lov til at låne bilen i weekenden.", False),
        ("Min søn på 19 har ADHD, og det går faktisk rigtig godt med ham nu.", False),
        ("Min nabo har inviteret til fest på lørdag i gården.", False),
    ],
)
def test_a_relatives_leave_to_write_is_a_representative(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# probe round 75: a relative helped to her meeting asks her caseworker for something, and a
# support person names himself as the citizen's by the genitive; a public letter, a story told
# with leave, or a relative's state with nothing asked acts for no one
POSITIVES_R75 = [
    (
        "Min far kommer i kørestol på mandag, han kan ikke klare trapperne. Kunne hans "
        "sagsbehandler tage imod os i stueetagen?"
    ),
    (
        "Jeg kører min mormor derind på onsdag, men hun kan knap gå. Kan hendes rådgiver "
        "komme ud til os ved indgangen?"
    ),
    "Goddag Else, jeg er Amirs bisidder. Han ønsker at jeg deltager i mødet på tirsdag.",
    "Hej, vi er hendes faste støttepersoner fra bostedet og vil gerne med til samtalen.",
]
NEGATIVES_R75 = [
    (
        "Læserbrev: Min datter er ordblind, og hun fik stoppet sin ydelse, fordi hun ikke "
        "kunne læse indkaldelsen. Det siger alt om hendes sag og om kommunen."
    ),
    (
        "Min kammerat har været sygemeldt i to år uden afgørelse. Hun gav mig lov til at "
        "dele hendes historie. Systemet svigter."
    ),
    "Min kammerat har været i jobafklaring i tre år. Systemet er en skandale.",
    "Min mormor kan ikke klare trapperne efter sin knæoperation, så vi har flyttet hende.",
    "Amir er min bisidder og kommer med til mødet.",
    "Jeg er jobcentrets tolk og kommer kl. 10.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R75), *((t, False) for t in NEGATIVES_R75)],
)
def test_round_75_helping_a_relative_and_support_by_genitive(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# probe round 79: a union or a professional has handled the citizen's case with his or her
# consent; a helper writes for a neighbour who has no computer and cannot read the letter,
# asks what she can get, and sits beside her. A union secretary's own case, consent named as
# a rule, a neighbour told of with nothing asked, and the writer's own lack of a computer act
# for no one
POSITIVES_R79 = [
    (
        "Jeg er faglig konsulent i 3F og har med medlemmets samtykke læst jeres afgørelse. Vi "
        "beder om en ny vurdering."
    ),
    (
        "Med klientens skriftlige accept har vi som rådgivere i Mødrehjælpen gennemgået sagen, "
        "og vi ønsker aktindsigt."
    ),
    "Vi har kigget afgørelsen igennem efter aftale med borgeren og beder jer se på den igen.",
    (
        "Jeg hjælper min genbo, hr. Madsen på 78, som ikke har nogen computer. Han forstår ikke "
        "et ord af jeres brev om sanktionen. Hvad betyder det for ham?"
    ),
    (
        "min veninde Lis der ingen smartphone har fik et brev fra jer som hun ikke fatter. kan i "
        "sige om hun kan faa henstand? hun sidder her ved siden af mig"
    ),
    (
        "Min morfar har hverken mail eller MitID, så jeg sidder sammen med ham nu og skriver. "
        "Kan I forklare, om han kan få en betalingsaftale?"
    ),
]
NEGATIVES_R79 = [
    (
        "Jeg er faglig sekretær i FOA, men jeg skriver om min egen sag: jeg ønsker min sanktion "
        "genvurderet."
    ),
    (
        "Jeg er faglig sekretær i HK og har selv fået afslag på sygedagpenge. Jeg ønsker "
        "afgørelsen genvurderet."
    ),
    (
        "Jobcentret har uden borgerens samtykke indhentet oplysninger fra min læge, og det vil "
        "jeg klage over."
    ),
    (
        "Min nabo, fru Holm, der hverken har computer eller smartphone, bager de bedste boller i "
        "opgangen."
    ),
    (
        "Jeg er 70, har hverken computer eller smartphone og forstår ikke et ord af jeres brev. "
        "Kan jeg få en afdragsordning?"
    ),
    (
        "Jeg hjælper min nabo med at slå græs. Hun fortalte, at hun ikke forstår et ord af sin "
        "nye telefon."
    ),
    "Mine veninder har hjulpet mig med at skrive den her tale til min søsters bryllup.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R79), *((t, False) for t in NEGATIVES_R79)],
)
def test_round_79_consent_of_the_member_and_a_neighbour_without_a_computer(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# false flags (round 80): leave from a boss, an employer or a teacher to write from work or
# school is no mandate; a relative's leave, or leave to write for a colleague, still is
POSITIVES_FP80 = [
    "Jeg skriver med min fars tilladelse, fordi han ikke selv kan finde ud af e-boks.",
    "Med min svigermors samtykke skriver jeg om hendes boligstøtte.",
    "Min chef har givet mig lov til at skrive for min kollega, som er syg.",
]
NEGATIVES_FP80 = [
    "Med min arbejdsgivers tilladelse skriver jeg fra kontoret, da min pc er i stykker.",
    "Jeg har fået lov af min leder til at skrive herfra i frokostpausen.",
    "Jeg skriver med min laerers tilladelse fra skolens computer om min praktik.",
    "Min mester har givet mig lov til at skrive fra værkstedet om mine dagpenge.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_FP80), *((t, False) for t in NEGATIVES_FP80)],
)
def test_round_80_leave_from_the_boss_to_write_from_work(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# false flags (round 80): a feeling on someone's behalf ("jeg er så vred på hendes vegne") is
# sympathy, no mandate; acting "på hendes vegne" beside it still is
POSITIVES_R81 = [
    "Jeg er vred på hendes vegne, og jeg klager hermed på hendes vegne over afgørelsen.",
    "Jeg skriver på hans vegne, da han er indlagt.",
]
NEGATIVES_R81 = [
    "Jeg blev så ked af det på hans vegne, da han fik afslaget.",
    "Jeg skammer mig på jeres vegne over den artikel.",
    "Stakkels mand. Man bliver helt rasende på hans vegne, når man læser den artikel.",
    "Min bror fik stoppet sine dagpenge. Jeg er så sur paa hans vegne.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R81), *((t, False) for t in NEGATIVES_R81)],
)
def test_round_80_a_feeling_on_someones_behalf(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 86: a relative asked the writer to ask about the writer's OWN case, and a relative
# brought along to the writer's own meeting with the day or place told before the role: the
# writer is the citizen; near misses: asked to ask about the relative's case, the writer
# going along as the relative's bisidder, a bisidder with fuldmagt
POSITIVES_R86 = [
    "Min bror har bedt mig skrive og spørge, hvorfor hans sygedagpenge er stoppet.",
    "Jeg vil gerne komme med min mor til mødet på tirsdag som bisidder.",
    "Jeg er bisidder for min kone og har fuldmagt. Hun vil gerne have samtalen flyttet.",
]
NEGATIVES_R86 = [
    "Min kæreste bad mig spørge om mine sygedagpenge snart kommer, hun er nervøs.",
    "Min far har bedt mig om at ringe og høre hvornår jeg får min kontanthjælp.",
    "Må min søn komme med til samtalen i morgen som støtteperson?",
    "Jeg tager min søster med til mødet på mandag som bisidder.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R86), *((t, False) for t in NEGATIVES_R86)],
)
def test_round_86_own_case_asked_by_a_relative_and_a_bisidder_brought(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 90: a relative on a benefit with the jobcentre whom the writer asks it to call; a
# union representative helping a colleague or member; a bisidder for someone still acts.
# Near misses: advice to bring one's own bisidder, the writer's own benefit and call, a
# sister on the same benefit mentioned beside the writer's own question, a union
# representative helping with a move or speaking of their own sick leave
POSITIVES_R90 = [
    "Min bror er på sygedagpenge hos jer og har det meget dårligt. Jeg beder jer om at "
    "kontakte ham hurtigst muligt.",
    "Min mor får kontanthjælp fra kommunen. Jeg beder jer ringe til hende, hun tør ikke selv.",
    "Jeg er tillidskvinde og støtter et medlem, der har fået afslag på fleksjob.",
    "Som fællestillidsrepræsentant bistår jeg et medlem, der venter på svar om ressourceforløb.",
    "Jeg er bisidder for min nabo og kommer med til hans møde på fredag.",
]
NEGATIVES_R90 = [
    "Et godt råd til alle: Tag en bisidder med til samtalerne på jobcentret.",
    "Medbring gerne din bisidder, hvis du har en, står der i indkaldelsen.",
    "Jeg er på kontanthjælp hos jer. Jeg beder jer om at ringe til mig i dag.",
    "Min søster er på dagpenge hos jer ligesom mig. Hvornår kommer mine penge?",
    "Som tillidsmand hjælper jeg en kollega med at male køkkenet på lørdag.",
    "Jeg har været tillidsrepræsentant i ti år og er nu selv sygemeldt med stress.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R90), *((t, False) for t in NEGATIVES_R90)],
)
def test_round_90_a_relative_asked_called_and_a_union_representative_helping(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 96: the jobcentre has cut or sanctioned the writer's relative, and the writer takes
# his or her part (not their fault, the money demanded back); a bisidder for a named person
# still acts. Near misses: the writer's own cut with the same demand, a son's pocket money,
# a caseworker who is not to blame, a bisidder speaking from years of experience
POSITIVES_R96 = [
    "I har trukket min datter i kontanthjælp for et møde, hun aldrig fik brev om. Det er ikke "
    "hendes skyld, og jeg forventer, at pengene bliver udbetalt.",
    "Kommunen sanktionerede min mand for udeblivelse, men han lå på hospitalet. Han kan ikke "
    "gøre for det.",
    "Min søn er blevet trukket i ydelse for fravær, selvom han var syg. Jeg kræver, at beløbet "
    "bliver betalt tilbage.",
    "Som bisidder for min nabo har jeg set, at hun ikke er blevet partshørt.",
]
NEGATIVES_R96 = [
    "I har trukket mig i ydelse for et møde, jeg aldrig fik brev om. Det er jeres fejl, og jeg "
    "forventer, at pengene bliver betalt tilbage.",
    "Min søn fik trukket i lommepenge for at komme for sent hjem, og det var hans egen skyld.",
    "Det er ikke hans skyld, at sagen trækker ud, min sagsbehandler er syg. Jeg forventer, at "
    "pengene bliver udbetalt.",
    "Som erfaren bisidder har jeg gang på gang oplevet, at borgere ikke får en begrundelse.",
    "I mine år som bisidder har jeg mødt mange dygtige sagsbehandlere, men også meget sjusk.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R96), *((t, False) for t in NEGATIVES_R96)],
)
def test_round_96_a_relative_cut_and_defended_and_a_bisidder_speaking_from_experience(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 100: the writer "skal med" a relative to his or her meeting (role.companion with the
# verb left out). Near misses: the bus to the writer's meeting, a mother's birthday, a
# sister who comes along to the writer's own meeting
POSITIVES_R100 = [
    "Jeg skal med min bror til hans samtale på jobcentret i morgen, for han forstår ikke alt "
    "på dansk.",
    "Vi skal også med vores datter til hendes møde hos jer på fredag.",
]
NEGATIVES_R100 = [
    "Jeg skal med bussen til samtalen på jobcentret.",
    "Jeg skal med min mor til hendes fødselsdag på lørdag, så kan min samtale flyttes?",
    "Min søster skal med mig til min samtale på tirsdag.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R100), *((t, False) for t in NEGATIVES_R100)],
)
def test_round_100_going_along_with_a_relative_to_their_meeting(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 104 (request helper): a parent complaining of how the relative's case is handled
# ("utilfredse med behandlingen af vores datters sag"), and a young relative summoned to the
# jobcentre with his or her age told (two half signs). Near misses: the writer's own case, a
# teacher's handling of a quarrel, the writer's own summons, a letter from the school
POSITIVES_R104 = [
    "Vi er meget utilfredse med jobcentrets behandling af vores datters sag, og vi vil have "
    "en forklaring.",
    "Jeg klager hermed over håndteringen af min fars ansøgning om fleksjob.",
    "Min datter Ida på 16 har fået en indkaldelse fra Ungeindsatsen. Kan tiden flyttes til "
    "efter skole?",
    "Vores søn på 18 har fået brev om, at han skal møde på jobcentret på mandag. Han er syg, "
    "kan I give ham en ny tid?",
]
NEGATIVES_R104 = [
    "Jeg er utilfreds med behandlingen af min egen sag, og jeg vil klage.",
    "Jeg er utilfreds med lærerens håndtering af min søns konflikt i klassen.",
    "Jeg har fået brev om, at jeg skal møde op på jobcentret på mandag. Kan mødet flyttes?",
    "Min søn på 17 har fået brev fra skolen om, at han skal møde op til eksamen.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R104), *((t, False) for t in NEGATIVES_R104)],
)
def test_round_104_a_relatives_case_complained_of_and_a_relative_summoned(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 108 (request2 helper): a relative who does not understand the letters he or she gets,
# sitting beside the writer and going along, or saying it is all right (three half signs).
# Near misses: the writer's own letters, a mother's leave for the writer's own move, a
# colleague beside the writer, a son doing homework beside the writer
POSITIVES_R108 = [
    "Min far er 74 og fatter ikke de breve, han får fra kommunen. Kan I sige, hvad der sker "
    "med hans boligstøtte? Han sidder ved siden af mig og nikker.",
    "Min bror forstår ikke brevene fra jobcentret. Han sidder hos mig og siger, det er i "
    "orden, at jeg skriver. Hvornår får han svar på sin ansøgning?",
]
NEGATIVES_R108 = [
    "Jeg forstår ikke de breve, jeg får fra jer. Hvornår får jeg svar på min ansøgning?",
    "Min mor siger, det er i orden, at jeg flytter hjem igen. Hvor meget kan jeg så få i "
    "boligstøtte?",
    "Min kollega sidder ved siden af mig og griner, mens jeg skriver om min egen sag.",
    "Min søn sidder ved siden af mig og læser lektier, mens jeg skriver om min egen ydelse.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R108), *((t, False) for t in NEGATIVES_R108)],
)
def test_round_108_a_relative_who_cannot_read_the_letters_beside_the_writer_and_consenting(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 112 (crit3 helper): a neighbour or relative summoned to the jobcentre, told in the
# passive ("hun er indkaldt til samtale"), beside the writer's tie to him or her (two half
# signs). Near misses: a meeting at a residents' association, the writer's own summons
POSITIVES_R112 = [
    "Jeg er genbo til en enlig kvinde på 64. Hun er indkaldt til samtale på jobcentret næste "
    "uge, og jeg vil gerne vide, hvad hun skal have med.",
    "Jeg hjælper min nabo Poul med hans breve. Han blev indkaldt til møde hos jobcentret i går "
    "– kan I flytte tiden?",
]
NEGATIVES_R112 = [
    "Jeg er nabo til en ældre mand. Han er indkaldt til møde i beboerforeningen om haven.",
    "Jeg er indkaldt til møde på jobcentret på fredag. Hvad skal jeg have med?",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R112), *((t, False) for t in NEGATIVES_R112)],
)
def test_round_112_a_neighbour_summoned_to_the_jobcentre(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 116 (selfreq helper): a fuldmagt held, joined to the writer's introduction with "og"
# ("jeg er søn og har fuldmagt til min mor"); the plan for a young relative asked after; the
# caseworker's meetings with the relative called off beside what the relative lost by it.
# Near misses: a fuldmagt given, the writer's own plan, a plan for a meeting, meetings with
# the writer, a relative who calls off her own plans
POSITIVES_R116 = [
    "Jeg er søn og har fuldmagt til min mor, der har demens. Hun har møde hos jer i næste uge.",
    "Vi er naboer og har fået fuldmagt fra min nabo Gerda. Kan mødet holdes hos hende?",
    "Min datter på 17 har ikke hørt fra jer i to måneder. Jeg vil gerne vide, hvad planen for"
    " hende er.",
    "Min lillebror på 18 sidder bare derhjemme. Hvad har I tænkt jer med ham?",
    "Sagsbehandleren har flyttet samtaler med min søn tre gange, og min søn har mistet sin"
    " læreplads.",
    "Jobcentret har glemt mødet med min bror, og min bror har derfor mistet sit tilbud om praktik.",
]
NEGATIVES_R116 = [
    "Jeg er syg og har givet fuldmagt til min bror, så han kan hente mine papirer.",
    "Jeg vil gerne vide, hvad planen for mig er nu.",
    "Min søn på 19 spiller fodbold. Hvad er planen for mødet i morgen?",
    "I har aflyst møder med mig to gange, og jeg har mistet min plads på holdet.",
    "Min datter aflyste mødet med sin veninde og mistede sin plads i køen.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R116), *((t, False) for t in NEGATIVES_R116)],
)
def test_round_116_fuldmagt_after_og_a_relatives_plan_and_meetings_called_off(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 120 (selfrep helper): the writer asks whether they must tell someone or send something
# so that the relative's benefit goes on; a meeting demanded by a deadline in a text about a
# young relative's or a relative's case. Near misses: the writer's own benefit, a relative
# only mentioned beside the writer's own boligstøtte, the writer's own wait, a meeting
# demanded about the writer's own matter
POSITIVES_R120 = [
    "Min datter Sofie er startet på VUC. Skal jeg sende noget til jer, så hendes kontanthjælp"
    " ikke stopper?",
    "Min bror har fået arbejde på lageret. Bør jeg give besked til nogen, for at hans"
    " sygedagpenge bliver stoppet korrekt?",
    "Min datter på 17 har ventet et halvt år på en plan fra Ungeindsatsen. Vi forventer et møde"
    " senest fredag.",
    "Det er uhørt, at min bror stadig ikke har fået svar på sin ansøgning. Jeg kræver et møde med"
    " hans sagsbehandler.",
]
NEGATIVES_R120 = [
    "Jeg er startet på VUC. Skal jeg give besked til nogen, så min uddannelseshjælp kan"
    " fortsætte?",
    "Min søn er flyttet hjemmefra. Skal jeg give besked til jer, så min boligstøtte bliver"
    " ændret?",
    "Jeg har ventet fire måneder på min uddannelsesplan. Jeg forventer et møde inden for to uger.",
    "Min søn på 16 har lige fået sin første løn. Jeg forventer et møde inden for to uger om min"
    " boligstøtte.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R120), *((t, False) for t in NEGATIVES_R120)],
)
def test_round_120_notice_for_a_relatives_benefit_and_a_meeting_demanded_for_them(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 124 (selfreq helper): a decision in the case of a young relative whose age is given
# ("min datter på 17 fik afslag på …"): a parent writing for a teenager. Near misses: a grown
# sister's refusal told in a criticism, the writer's own refusal beside a son's age, a spouse
POSITIVES_R124 = [
    "Min datter på 17 fik afslag på praktikpladsen i Netto, og vi forstår ikke hvorfor.",
    "Vores søn på 18 har fået en sanktion i sin ydelse. Hvornår kan vi tale med jer?",
]
NEGATIVES_R124 = [
    "Min søster fik afslag på fleksjob i marts. Jeres vurdering hænger ikke sammen.",
    "Jeg har fået afslag på uddannelseshjælp. Min søn på 19 bor stadig hjemme hos mig.",
    "Min mand på 19 år har fået afslag på kontanthjælp.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R124), *((t, False) for t in NEGATIVES_R124)],
)
def test_round_124_a_decision_in_a_teenagers_case_with_the_age_given(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 128 (selfreq helper): the relative dares not or cannot write, so the writer does it;
# the relative in the jobcentre's programme beside the writer's tie. Near misses: the writer's
# own fear of writing, someone else who writes for the relative, the writer's own programme
POSITIVES_R128 = [
    "Min kone magter ikke selv at skrive, så det gør jeg. Hun vil gerne flytte sit møde.",
    "Min bror tør ikke selv ringe, så jeg skriver for ham: han har ikke fået sine penge.",
    "Jeg er far til en pige på 19 i jeres ressourceforløb, og hun har det svært lige nu.",
]
NEGATIVES_R128 = [
    "Jeg tør ikke selv skrive, så min bror gør det.",
    "Min søn tør ikke selv skrive, så han har bedt sin advokat om det.",
    "Jeg er i jeres ungeindsats og har et spørgsmål om min praktik.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R128), *((t, False) for t in NEGATIVES_R128)],
)
def test_round_128_writing_as_the_relative_dares_not(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 132: a relative or neighbour named as an example of whom a rule shuts out, in a
# criticism of the rule, acts for no one; a full sign beside the example, or a relative who
# cannot read the letters with the writer asking for him, still acts
POSITIVES_R132 = [
    "Den nye selvbetjening betyder, at min mor, der ikke kan læse, ikke kan søge. Jeg skriver "
    "derfor på hendes vegne og beder om en papirblanket.",
    "Jeg har fuldmagt fra min bror. Kravet om MitID betyder, at min bror, der ikke har en "
    "smartphone, ikke kan logge på, så send brevene til mig.",
]
NEGATIVES_R132 = [
    "Kravet om MitID betyder, at min farmor, som hverken har smartphone eller computer, er "
    "afskåret fra hjælp. Det rammer mange ældre.",
    "Jeres lukning af skranken udelukker en hel gruppe borgere. Folk som min nabo, der er "
    "ordblind, kan slet ikke følge med.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R132), *((t, False) for t in NEGATIVES_R132)],
)
def test_round_132_a_neighbour_named_as_an_example_of_a_rule(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 136: a parent who writes for a young adult child who cannot write or call; a chore
# done for the child, or the writer's own case, acts for no one
POSITIVES_R136_SELFREQ = [
    "Min søn på 18 kan ikke selv skrive til jer på grund af sin ordblindhed, så jeg gør det "
    "for ham. Han har fået afslag på sin ansøgning.",
    "Min datter er 17 og kan ikke overskue at ringe, derfor gør jeg det for hende. Hvornår "
    "kommer hendes penge?",
]
NEGATIVES_R136_SELFREQ = [
    "Min søn på 17 kan ikke nå at handle ind, så jeg gør det for ham. Jeg vil spørge om min "
    "egen ydelse.",
    "Jeg skriver til jer om min egen sag, jeg har ikke fået svar på min ansøgning.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        *((t, True) for t in POSITIVES_R136_SELFREQ),
        *((t, False) for t in NEGATIVES_R136_SELFREQ),
    ],
)
def test_round_136_writing_for_a_child_who_cannot_r136_selfreq(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 140: the writer went along with a relative to the relative's meeting as bisidder;
# the writer at his own meeting with a relative as bisidder, or asking to bring one, acts
# for no one
POSITIVES_R140_CRITREQ = [
    'Jeg var med min søn som bisidder til samtalen på jobcentret. Han fik ikke lov at tale.',
    'Vi var med vores datter som støtteperson til mødet i går, og hun blev ikke hørt.',
]
NEGATIVES_R140_CRITREQ = [
    'Jeg var til samtale med min mor som bisidder, og hun hjalp mig meget.',
    'Kan jeg møde op med min søster som bisidder til mødet på fredag?',
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [
        *((t, True) for t in POSITIVES_R140_CRITREQ),
        *((t, False) for t in NEGATIVES_R140_CRITREQ),
    ],
)
def test_round_140_went_along_as_bisidder_r140_critreq(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 144: a parent tells of the measure a child is put in and demands the decision
# changed: the parent acts for the child; the writer's own measure, or a child's measure only
# told, is none
POSITIVES_R144_EXPRQ = [
    "Vores datter skal nu i praktik 30 timer om ugen, selvom hun er sygemeldt. Vi kræver, at "
    "beslutningen bliver lavet om.",
    "Min søn skal igen i aktivering på fuld tid, og det kan han ikke klare. Jeg vil have, at "
    "afgørelsen bliver ændret.",
]
NEGATIVES_R144_EXPRQ = [
    "Jeg skal i aktivering 37 timer om ugen, selvom min læge skriver højst 10. Jeg vil have, "
    "at afgørelsen bliver lavet om.",
    "Min søn skal i praktik hos en tømrer til sommer, og han glæder sig.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R144_EXPRQ), *((t, False) for t in NEGATIVES_R144_EXPRQ)],
)
def test_round_144_parent_demands_change_r144_exprq(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 148: the relative named first, the fuldmagt the writer holds told after ("til min
# far, som jeg har fuldmagt fra"); near misses: the relative who holds the writer's
# fuldmagt, the fuldmagt the writer gave
POSITIVES_R148_EXPRQ = [
    "Jeg klager over sanktionen mod min søster, som jeg har fuldmagt fra. Hun var syg den dag.",
    "Afgørelsen om ressourceforløb til min far, hvis fuldmagt jeg har, er efter vores mening "
    "forkert.",
]
NEGATIVES_R148_EXPRQ = [
    "Min bror, som har fuldmagt fra mig, ringer til jer i morgen om min ydelse.",
    "Min datter, som har min fuldmagt, sender papirerne om min ydelse i morgen.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R148_EXPRQ), *((t, False) for t in NEGATIVES_R148_EXPRQ)],
)
def test_round_148_relative_whose_fuldmagt_writer_holds_r148_exprq(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 152: an offer the jobcentre made in the case of a young relative whose age is given
# ("vores datter på 16 er blevet henvist til et forløb"); near misses: the writer's own offer,
# a grown relative's, and a teenager's job from a firm
POSITIVES_R152_CRITA = [
    "Vores datter på 16 er blevet henvist til et forløb i Ungeindsatsen, som hun slet ikke "
    "kan overskue. Kan vi tale om det?",
    "Min dreng på 18 har fået tilbudt et kursus i lagerarbejde, men han vil være kok. Hvad kan "
    "vi gøre?",
]
NEGATIVES_R152_CRITA = [
    "Jeg har fået tilbudt et kursus i lagerarbejde, men jeg vil være kok. Hvad kan jeg gøre?",
    "Min søn på 17 har fået et fritidsjob i Netto og er meget glad for det.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R152_CRITA), *((t, False) for t in NEGATIVES_R152_CRITA)],
)
def test_round_152_offer_in_a_young_relatives_case_r152_crita(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 152: a parent asks the jobcentre to close or move the child's case; the relative
# sits beside the writer and says yes; near misses: the writer's own case asked closed, a
# case of someone's told of, a seat beside someone with no case
POSITIVES_R152_CRITREQ = [
    "Min søn Malik er kommet i lære som tømrer. Kan I afslutte hans sag?",
    "Min mor er flyttet til Aarhus. Vil I flytte hendes sag derover?",
    (
        "Min kone fik et afslag på fleksjob i går. Vi forstår ikke begrundelsen. Hun sidder "
        "lige ved siden af og nikker."
    ),
    (
        "Min far har fået en sanktion, som vi ikke forstår. Kan vi få en forklaring? Han "
        "sidder her ved siden af og siger ja til, at jeg skriver."
    ),
]
NEGATIVES_R152_CRITREQ = [
    "Jeg er kommet i lære som tømrer. Kan I lukke min sag?",
    "Min veninde fik lukket sin sag i sidste uge. Kan I også lukke min?",
    "Hun sidder ved siden af og siger ja til kaffe. Vi hygger os.",
    "Min nabo sidder i toget ved siden af og læser avis.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R152_CRITREQ), *((t, False) for t in NEGATIVES_R152_CRITREQ)],
)
def test_round_152_relative_case_asked_or_beside_r152_critreq(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 156: a relative who cannot manage MitID or the computer and whom the writer has
# promised to help; a parent asking for the child's placement or wage subsidy to be
# extended; near misses: the writer's own placement, help promised with a move or a kitchen,
# a colleague's extension told of
POSITIVES_R156_CRITREQ = [
    (
        "Min far er 70 og kan ikke finde ud af e-Boks, så jeg har lovet at hjælpe ham. "
        "Hvornår får han svar på sin ansøgning?"
    ),
    (
        "Min svigermor kan slet ikke bruge computeren, og jeg har lovet at hjælpe hende med "
        "ansøgningen. Hvor langt er sagen?"
    ),
    "Min søn er glad for sit job i Brugsen. Kan hans løntilskud forlænges med tre måneder?",
    "Min datter trives i køkkenet på plejehjemmet. Kan hendes praktik blive forlænget til jul?",
]
NEGATIVES_R156_CRITREQ = [
    "Jeg er glad for min praktik i Netto. Kan min praktik forlænges med en måned?",
    "Min nabo kan ikke finde ud af MitID, så jeg har lovet at hjælpe hende med flytningen.",
    "Min kollega fortalte, at hans praktik blev forlænget.",
    "Jeg har lovet at hjælpe hende med at male køkkenet på lørdag.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R156_CRITREQ), *((t, False) for t in NEGATIVES_R156_CRITREQ)],
)
def test_round_156_relative_helped_or_measure_extended_r156_critreq(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 160 (critreq): an interpreter asked for a relative at the jobcentre's meetings (also
# in dialect), the writer going along as bisidder; near misses: a helper the writer brings
# along as his or her own bisidder or support, an interpreter at the doctor's
POSITIVES_R160_CRITREQ = [
    "Min far ska ha tolk te samtalen på tirsdag.",
    "Min kone har brug for en tolk til møderne hos jer.",
    "Jeg tager med som bisidder for min søster på torsdag.",
]
NEGATIVES_R160_CRITREQ = [
    "Kan jeg tage en ven fra klubben med som støtteperson til samtalen?",
    "Jeg tager nok en kollega fra fagforeningen med som bisidder til samtalen.",
    "Min mor skal have tolk med hos lægen.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R160_CRITREQ), *((t, False) for t in NEGATIVES_R160_CRITREQ)],
)
def test_r160_critreq_interpreter_for_relative_or_own_bisidder(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 169 (reqrep): helping a neighbour or a relative, in Danish or English, and asking how
# or what he or she is to complain or answer; near misses: the writer's own question, a
# relative who only tells how she complained, "my son helps me"
POSITIVES_R169_REQREP = [
    "Jeg hjælper min gamle nabo Verner. Han har fået afslag, hvordan kan han klage?",
    "Jeg hjælper min svigerfar, og vi ved ikke, hvad han skal svare på jeres brev.",
    "Hi, I am helping my elderly uncle. Han har fået et brev, og vi ved ikke, hvad han skal svare.",
    "We help our neighbour from Eritrea. Hvordan skal hun klage over afgørelsen?",
]
NEGATIVES_R169_REQREP = [
    "Kan I oplyse, hvordan man klager over en afgørelse?",
    "Min søster fortalte mig, hvordan hun klagede over sin tandlæge.",
    "My son helps me with the computer, but how do I complain about the decision?",
    "Jeg hjælper min nabo med flytningen på lørdag, så jeg kan ikke komme til mødet.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R169_REQREP), *((t, False) for t in NEGATIVES_R169_REQREP)],
)
def test_r169_reqrep_helper_asks_how_they_answer(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 173 (reqrep helper): a relative or neighbour helped through his or her case
POSITIVES_R173_REQREP = [
    "Jeg har guidet min svoger igennem hans kontanthjælpssag siden foråret.",
    "Vi hjælper vores nabo gennem hendes ansøgning om fleksjob.",
]

NEGATIVES_R173_REQREP = [
    "Jeg hjalp min mor gennem hendes kemobehandling sidste år.",
    "Min søster har hjulpet mig gennem min sag om sygedagpenge.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R173_REQREP), *((t, False) for t in NEGATIVES_R173_REQREP)],
)
def test_r173_reqrep_helped_through_their_case(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 183 (reqrep helper): the relative's consent told as enclosed, the noun first; the
# writer's own consent, or consent to an operation, is none
POSITIVES_R183_REQREP = [
    "Min far har bedt mig skrive for ham. Hans samtykke er vedlagt.",
    "Min veninde er syg, og jeg hjælper hende. Hendes underskrevne fuldmagt ligger vedhæftet.",
]

NEGATIVES_R183_REQREP = [
    "Mit samtykke er vedlagt.",
    "Hans samtykke til operationen er vedlagt journalen fra hospitalet.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R183_REQREP), *((t, False) for t in NEGATIVES_R183_REQREP)],
)
def test_r183_reqrep_relative_consent_enclosed(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 183 (lead): a meeting without a bisidder names no one acting for another
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Jeg møder op uden bisidder på torsdag.", False),
        ("Samtalen gik fint, selv om jeg var der uden min bisidder.", False),
        ("Han kom uden en bisidder, så jeg var med som bisidder for ham.", True),
        ("Jeg er bisidder for min svigerinde og deltager i mødet.", True),
    ],
)
def test_a_meeting_without_a_bisidder(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 191 (selfreq): a relative too ill to write or call himself, and the writer doing it
# for him; the writer's own illness, or the relative writing later himself, is none
POSITIVES_R191_SELFREQ = [
    "Min mor er for dårlig til at ringe selv, så jeg skriver for hende. Hvornår kommer hendes "
    "penge?",
    "Min søster er for syg til at svare selv, så derfor gør jeg det for hende. Hun mangler "
    "svar på sin ansøgning.",
]

NEGATIVES_R191_SELFREQ = [
    "Min bror er for syg til at skrive selv lige nu, men han skriver i næste uge.",
    "Jeg var for syg til at skrive selv, så min kæreste hjalp mig med mailen om min sag.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R191_SELFREQ), *((t, False) for t in NEGATIVES_R191_SELFREQ)],
)
def test_r191_selfreq_relative_too_ill_to_write(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 195 (insrep): the writer asks to come along to a relative's meeting as support or
# spokesperson, or will speak for the relative when he or she falters; a young relative's
# meetings cancelled by the jobcentre. The writer's own support, speaking at the writer's own
# meeting, the writer's own meetings cancelled are none
POSITIVES_R195_INSREP = [
    "Min far er 63 og taler dårligt dansk. Jeg kommer med som hans talerør til samtalen i "
    "næste uge.",
    "Vi vil gerne med som deres bisidder, når vores forældre skal til møde om pension.",
    "Min lillebror er 17 og bliver meget stresset. Jeg vil gerne føre ordet for ham på mødet.",
    "Jobcentret har glemt tre samtaler med vores datter på 18. Hun står uden plan og uden "
    "ydelse.",
]
NEGATIVES_R195_INSREP = [
    "Min veninde kommer med som min støtte til samtalen på fredag.",
    "Jeg vil gerne tage ordet selv på mødet, hvis det er muligt.",
    "I har aflyst tre møder med mig, og jeg står uden plan.",
    "Min søn på 19 er glad for sin nye læreplads, og jeg er stolt.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R195_INSREP), *((t, False) for t in NEGATIVES_R195_INSREP)],
)
def test_r195_insrep_along_as_support_and_their_meetings(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 199 (lead): money demanded paid back to another person; the writer's own debt is not
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Min datter fik stoppet sin ydelse. Jeg kræver, at pengene bliver udbetalt til hende.",
         True),
        ("Jeg har lånt 500 kr. af min nabo og skal betale dem tilbage til ham på fredag.", False),
    ],
)  # fmt: skip
def test_money_demanded_for_another(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# Round 203 (helper reqrep): the writer went along with a relative as bisidder to several
# meetings, and a parent names the child's statement and asks a new meeting; meetings of the
# writer's own, a bisidder by trade and a child's paper only told of are none.
POSITIVES_R203_REQREP = [
    "Jeg har nu været med min søster som bisidder til fire samtaler, og hun er lige vidt.",
    "Vi var med vores nabo som støtteperson til flere møder, og ingen havde forberedt sig.",
    "Jeg er ked af, at rådgiveren ikke havde set min søns lægeerklæring før samtalen. Jeg vil "
    "gerne bede om et nyt møde, hvor den er læst.",
    "Min datters psykologudtalelse var ikke med til mødet i Ungeindsatsen. Vi ønsker et nyt "
    "møde.",
]
NEGATIVES_R203_REQREP = [
    "Jeg har været til tre møder, og hver gang var der en ny mødeleder.",
    "Min bror har været bisidder for mange mennesker til møder i kommunen.",
    "Jeg vil gerne bede om et nyt møde, da jeg var syg sidste gang.",
    "Min datters skoleudtalelse kom i går, og hun er glad for den.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R203_REQREP), *((t, False) for t in NEGATIVES_R203_REQREP)],
)
def test_r203_reqrep_bisidder_at_meetings_and_their_paper(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# Round 207 (helper reqrep): leave to take a colleague's or a relative's case, and a union
# representative taking it; leave for a course, and one's own case taken by the union, are
# none.
POSITIVES_R207_REQREP = [
    "Jeg har fået lov af min nabo til at føre hendes sag, for hun kan ikke selv læse brevene.",
    "Som tillidskvinde på lageret overtager jeg hendes sag om sygedagpengene fra i dag.",
    "Jeg fik tilladelse fra min svoger til at tage hans sag videre til jer.",
]
NEGATIVES_R207_REQREP = [
    "Jeg har fået lov af min sagsbehandler til at tage et kursus i regnskab.",
    "Min tillidsrepræsentant har sagt, at han tager min sag op med jer i næste uge.",
    "Jeg er tillidsrepræsentant, men det her handler om min egen ydelse.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R207_REQREP), *((t, False) for t in NEGATIVES_R207_REQREP)],
)
def test_r207_reqrep_takes_anothers_case(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 215 (reqrep): a relative who cannot manage the digital post, helped by the writer; a
# measure the relative is refused, with the writer's demand that the decision be changed;
# the municipality's bisidder scheme named in criticism acts for nobody
POSITIVES_R215_REQREP = [
    "Min far har problemer med MitID, så jeg hjælper ham. Han vil gerne vide, hvornår der er møde.",
    "Hun har svært ved computeren, min mormor, så jeg hjælper hende med posten fra jer.",
    "Min søster kan ikke få et løntilskud, siger I. Vi vil have, at beslutningen bliver ændret.",
    "Vores datter må ikke få et praktikforløb, og vi kræver, at afgørelsen omgøres.",
    "Jeg er bisidder for min nabo gennem kommunens bisidderordning.",
]
NEGATIVES_R215_REQREP = [
    "Jeg har svært ved e-Boks, så min søn hjælper mig med brevene.",
    "Jeg kan ikke få en mentor, og jeg vil have, at afgørelsen bliver lavet om.",
    "Min bror kan ikke få en praktikplads som tømrer, men han klarer det selv.",
    "Byrådet har nedlagt bisidderordningen, og det er en skam for de svage borgere.",
    "Kommunens bisidderordning bør udvides, og jeg forventer, at politikerne gør noget.",
    "Hvis min kusine ikke får sit fleksjob, skriver jeg til avisen om det.",
    "Min onkel fik afslag på revalidering, og jeg synes, det er forkert af kommunen.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R215_REQREP), *((t, False) for t in NEGATIVES_R215_REQREP)],
)
def test_r215_reqrep_digital_trouble_refused_measure_and_scheme(
    text: str, representative: bool
) -> None:
    assert ("representative" in triage(text).labels) is representative


# probe round 219 (r219_reqrep): a sibling the citizen wants to take the contact; a writer
# from an organisation following a citizen's case; a relative's plight told as the example
# for a question to the system acts for no one, unless something is asked for him or her
POSITIVES_R219_REQREP = [
    "Jeg er hendes lillebror. Hun vil gerne have, at jeg skriver til jer i stedet for hende.",
    "Min far ønsker, at vi tager kontakten for ham fremover.",
    "Jeg er fra fagforeningen og følger hans sag tæt.",
    "Vi er fra patientforeningen, som bistår hendes klage over afslaget.",
    "Min far fik stoppet sin ydelse, og han kan ikke selv læse brevene. Hvad er det for et "
    "system? Kan I ringe til ham?",
]
NEGATIVES_R219_REQREP = [
    "Jeg ønsker, at min bror ringer til jer for mig.",
    "Han vil have at jeg køber ind for ham.",
    "Jeg er medlem af en forening og følger selv min sag.",
    "Jeg er fra foreningen og følger med i debatten.",
    "Min søster fik stoppet sin ydelse, fordi hun ikke kan læse brevene. Hvor er "
    "retssikkerheden henne?",
    "Min mor mistede sin kontanthjælp på grund af et brev, hun ikke kan åbne. Hvad er det for "
    "et system?",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R219_REQREP), *((t, False) for t in NEGATIVES_R219_REQREP)],
)
def test_r219_reqrep_sibling_organisation_and_outcry(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# probe round 223 (r223_selfreq): writing in the role of the person's relative ("jeg skriver som
# hans far"); a relative with no energy of his own to write. Near misses: the writer's own lack
# of energy, a relative's role only mentioned
POSITIVES_R223_SELFREQ = [
    "Min søn fik afslag på sin ansøgning. Jeg skriver som hans far og beder om en begrundelse.",
    "Vi skriver som hendes forældre, fordi afgørelsen er forkert.",
    "Min mand har ikke selv kræfter til at ringe, så jeg skriver for ham. Hvad gør vi nu?",
    "Min søster har ingen energi til at svare på brevet. Kan I ringe til mig i stedet?",
]
NEGATIVES_R223_SELFREQ = [
    "Jeg har ikke selv overskud til at skrive lange breve, så jeg fatter mig i korthed.",
    "Min mor har ikke overskud til at lave mad, så jeg handler ind.",
    "Hun skriver som hendes mor altid gjorde, med blyant.",
    "Jeg skriver som sædvanlig for at høre om min sag.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R223_SELFREQ), *((t, False) for t in NEGATIVES_R223_SELFREQ)],
)
def test_r223_selfreq_writes_as_relative(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# probe round 231 (r231_reqrep): a relative's summons told in the active voice beside the
# writer's tie; the writer handles a relative's or neighbour's post. Near misses: the
# writer's own summons, "for" as "because", one's own post handled by a relative, a boss
POSITIVES_R231_REQREP = [
    "Hans rådgiver har indkaldt ham til samtale, og jeg er hans mor. Kan tiden flyttes?",
    "Vi er forældre til Emil. Jobcentret har kaldt ham ind til møde på mandag.",
    "Vi åbner brevene for vores genbo, der er blind. Hvad betyder det sidste brev?",
    "Jeg tager mig af min fars post. Han har fået et brev om tilbagebetaling.",
]
NEGATIVES_R231_REQREP = [
    "Min rådgiver har indkaldt mig til samtale på mandag.",
    "Jeg tager mig af posten, for min mand er syg.",
    "Min søster tager sig af posten for mig.",
    "Jeg tager mig af posten for min chef, når han er væk.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R231_REQREP), *((t, False) for t in NEGATIVES_R231_REQREP)],
)
def test_r231_reqrep_summoned_and_post(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# probe round 235 (r235_rep): a neighbour or relative who cannot use the digital post, told in
# a clause's word order; the writer accompanying a relative to meetings ("følger … til"); the
# writer asking what is written about the other one; a plural request beside a relative too
# ill to write. Near misses: the writer's own trouble, a relative accompanying the writer, a
# visit to the doctor, the writer's own file, a household's plain "vi"
POSITIVES_R235_REP = [
    "Jeg hjælper min svigerfar, som ikke kan logge på e-Boks. Der er kommet et nyt brev.",
    "Jeg hjælper min onkel, fordi han slet ikke kan bruge computeren. Brevet er uklart.",
    "Jeg følger min lillebror til samtalerne hos jer. Hvorfor skifter hans rådgiver hele tiden?",
    "Min mor er for dårlig til at ringe selv. Kan vi få en ny tid i næste uge?",
    "Jeg har min søsters handleplan her. Må jeg vide, hvad jobcentret har noteret om hende?",
]
NEGATIVES_R235_REP = [
    "Jeg hjælper min nabo med haven, da jeg ikke kan bruge MitID til noget alligevel.",
    "Min kæreste har fulgt mig til tre samtaler. Hvornår får jeg en plan?",
    "Jeg fulgte min far til samtalen hos lægen i går, og han har det bedre.",
    "Jeg vil gerne se, hvad I har skrevet om mig i min sag.",
    "Min mand og jeg har fået nyt køkken. Kan vi få flyttet mødet til fredag?",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R235_REP), *((t, False) for t in NEGATIVES_R235_REP)],
)
def test_r235_rep_helpers_without_the_usual_words(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# probe round 239 (r239_reqrep): "så det er mig, der skriver" after a relative who cannot, or
# who has little Danish. Near misses: the writer's own poor Danish, a relative who is only
# busy, the writer's own case
POSITIVES_R239_REQREP = [
    "Min svigerfar læser dårligt dansk, så det er mig, der skriver. Hvad betyder brevet?",
    "Min bror kan ikke overskue brevene, derfor er det mig som skriver til jer.",
]
NEGATIVES_R239_REQREP = [
    "Jeg taler ikke så godt dansk, så det er min søn, der retter mine mails.",
    "Min mand taler flydende dansk. Det er mig der skriver om min egen ansøgning.",
    "Jeg er ikke god til dansk, så undskyld stavefejlene i min ansøgning.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R239_REQREP), *((t, False) for t in NEGATIVES_R239_REQREP)],
)
def test_r239_reqrep_writes_for_relative_who_cannot(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# probe round 243 (critb): half signs beside the relative's case: a relative who dares not
# write himself ("han tør ikke selv skrive"), and the writer writing behind the relative's
# back. Near misses: the writer's own fear, a relative afraid of traffic or who asked a
# lawyer, the writer's own case hidden from a parent, a surprise
POSITIVES_R243_CRITB = [
    "Min kone tør ikke selv skrive til jer. Hun har ikke fået sine sygedagpenge i denne måned.",
    "Min datter må helst ikke vide, at jeg har skrevet til jer. Hendes sygedagpenge er "
    "stoppet, og hvad kan hun gøre?",
    "Min far må ikke finde ud af, at jeg har skrevet. Han har fået en sanktion, og han forstår "
    "ikke hvorfor.",
]
NEGATIVES_R243_CRITB = [
    "Jeg tør ikke selv ringe til jer, så jeg skriver.",
    "Min søn tør ikke selv cykle i trafikken.",
    "Min søn tør ikke selv skrive, så han har bedt sin advokat om det.",
    "Min mor må ikke vide, at jeg har skrevet. Jeg har selv fået et afslag på kontanthjælp.",
    "Min kæreste må ikke vide, at jeg har skrevet, for det er en overraskelse til hans "
    "fødselsdag.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R243_CRITB), *((t, False) for t in NEGATIVES_R243_CRITB)],
)
def test_r243_critb_dares_not_and_written_in_secret(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# probe round 247 (requests): the writer went along with a relative to the meeting "som
# støtte", the meeting named before the role, and a teenager's age told with "han"/"hun"
# beside a request in the plural. Near misses: the relative as the writer's own support, a
# friend along to the writer's meeting, hours a week, the writer's own age
POSITIVES_R247_REQ = [
    "Jeg var med min storebror til mødet på jobcentret i går som bisidder. Hvornår kommer "
    "referatet?",
    "Vi var med vores nabo som støtte til samtalen om hans sygedagpenge, og han forstod ikke "
    "meget.",
    "Min datter har det svært i skolen. Kan vi få en samtale med en vejleder? Hun er 16.",
    "Vores dreng har ingen praktikplads endnu. Kan vi få hjælp til at finde en? Han er lige "
    "fyldt 15.",
]
NEGATIVES_R247_REQ = [
    "Jeg var til samtale med min mor, og hun var med som støtte.",
    "Min veninde tog med som støtte til mødet, og det hjalp.",
    "Kan vi få flyttet mødet? Hun er 16 timer om ugen i praktik.",
    "Jeg er 17 og vil gerne i lære. Kan jeg få en samtale?",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R247_REQ), *((t, False) for t in NEGATIVES_R247_REQ)],
)
def test_r247_req_along_as_support_and_teen_age(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 255 privreq
# A relative not able ("ikke i stand til", "ude af stand til") to see to his or her own post,
# letters or papers, or to write or call for himself: the writer acts for him or her. A
# relative's health or the writer's own trouble with the post is none.
POSITIVES_R255_PRIVREQ = [
    "Min far er ikke længere i stand til at læse sine breve, så jeg skriver. Er der svar?",
    "Hun er ude af stand til at åbne sin e-boks. Hvad står der i afgørelsen om hendes ydelse?",
    "Min datter er for tiden ikke selv i stand til at ringe, så hvornår kan hun få en tid?",
]
NEGATIVES_R255_PRIVREQ = [
    "Min søn er ikke i stand til at passe et fuldtidsjob, siger lægen.",
    "Jeg er ikke i stand til at åbne min post i øjeblikket. Kan I ringe til mig?",
    "De er ikke i stand til at svare på en mail derinde.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R255_PRIVREQ), *((t, False) for t in NEGATIVES_R255_PRIVREQ)],
)
def test_r255_privreq_relative_not_able_to_see_to_post(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 255 threatB
# when a relative ("min datter", "min bror") gets a helper, a placement or a decision, asked
# by the writer: the writer asks in the relative's case; a relative's news told is none
POSITIVES_R255B_REP = [
    "Hvornår får min datter en ny vejleder?",
    "Jeg vil gerne vide, hvornår min bror kan få en afgørelse.",
]
NEGATIVES_R255B_REP = [
    "Min søn fik en praktikplads i går, og vi er glade.",
    "Hvornår min datter får fri fra skole, ved jeg ikke.",
]


@pytest.mark.parametrize(
    ("text", "representative"),
    [*((t, True) for t in POSITIVES_R255B_REP), *((t, False) for t in NEGATIVES_R255B_REP)],
)
def test_r255b_when_relative_gets(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 259 privreq
# A lawyer or union retained in the formal passive, the client between "er af" and "antaget"
# ("jeg er af fru Holm antaget som advokat"); a job, a placement or a course the writer was
# taken on for ("af jobcentret antaget til en praktik") is no mandate.
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Undertegnede er af hr. Bendtsen antaget til at varetage hans interesser.", True),
        ("Vi er af vores medlem Lis Juhl blevet antaget som advokater i klagesagen.", True),
        ("Jeg er af fru Damgaard beskikket som advokat i sagen om hendes ydelse.", True),
        ("Jeg er af jobcentret blevet antaget til en praktik i Føtex.", False),
        ("Jeg er af Bilka blevet antaget som elev fra 1. august.", False),
        ("Jeg har antaget, at I havde styr på min egen sag.", False),
    ],
)
def test_round_259_retained_in_formal_passive(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 263 critpriv
# A parent names the relative, then asks for his or her meeting to be moved; or says that
# he or she will complain if the relative's benefit does not come. A relative's moved
# meeting only told of, another's absence behind the writer's own meeting, or the writer's
# own complaint with a relative in the sentence, is no mandate.
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Min datter er på lejrskole på Bornholm hele ugen. Kunne hendes samtale hos jer rykkes "
         "til mandag?", True),
        ("Vores søn ligger med halsbetændelse. Kan I flytte hans møde i morgen til næste uge?",
         True),
        ("Min søn fortalte, at hans møde blev flyttet til fredag.", False),
        ("Min kollega er syg i dag. Kan mit møde flyttes til i morgen?", False),
        ("Får min mor ikke svar på sin ansøgning i denne uge, klager jeg over afgørelsen.", True),
        ("Hvis min bror ikke får sin kontanthjælp før den 1., klager vi til Ankestyrelsen.", True),
        ("Min kone synes, at jeg skal klage over min egen afgørelse, så det gør jeg.", False),
        ("Min søn er flyttet hjemmefra, og jeg klager over min egen sanktion.", False),
    ],
)  # fmt: skip
def test_r263_parent_moves_or_complains_for_relative(text: str, representative: bool) -> None:
    assert ("representative" in triage(text).labels) is representative


# round 267 selfharm
# The relative is the one to go to a meeting with a named caseworker, and the writer, worried
# for him or her, asks to have "the meeting" moved: two half signs of acting for the
# relative. The writer's own meeting, a relative who only told the writer of it, or worry
# without the relative's meeting is none.
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Min søster skal til samtale hos Sofie Holm på fredag. Jeg er bange for hende og vil "
         "bede jer flytte samtalen.", True),
        ("Min søn orker ikke at skulle til møde hos Per Storm igen. Jeg er bekymret for ham, kan "
         "I udsætte mødet?", True),
        ("Jeg skal til møde hos Sofie Holm på fredag, men min datter er syg. Kan I flytte "
         "mødet?", False),
        ("Min mand sagde, at jeg skulle til møde hos Per Storm. Kan I flytte mødet?", False),
        ("Jeg er bekymret for ham. Min søn er syg, så jeg beder jer udsætte mødet, jeg selv skal "
         "til.", False),
    ],
)  # fmt: skip
def test_r267_relatives_meeting_moved_by_worried_writer(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative


# round 271 critA
# A relative's plan or papers asked for by the writer ("bad om at få min datters jobplan") is
# acting for the relative; one's own plan, or a relative's thing that is no case, is none.
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Jeg bad Per Storm om at få min datters jobplan tilsendt.", True),
        ("Vi vil gerne have min søns handleplan på skrift.", True),
        ("Jeg vil gerne have min egen jobplan på skrift.", False),
        ("Jeg kan ikke få min søns cykel til at virke.", False),
    ],
)  # fmt: skip
def test_r271_crita_relatives_plan_asked_for(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative


# round 271 privreq
# A union asking as such for its members; a named relative, then a question whether he or
# she keeps a helper; a professional writing by arrangement with "borger X".
@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("Som fagforening vil vi kræve et møde om de sager, vi har fået ind.", True),
        ("Som faglig organisation beder vi om aktindsigt i de tre sager.", True),
        ("Som fagforening burde I vide bedre.", False),
        ("Som fagforening vil vi påpege, at fristerne overskrides.", False),
        ("Min søn flytter hjemmefra i maj. Må han fortsat have sin bostøtte?", True),
        ("Mit barnebarn er startet på HF. Kan hun stadig beholde sin mentor?", True),
        ("Min datter er glad for skolen, og hun kan stadig beholde sin mentor.", False),
        ("Kan hun stadig beholde sin mentor?", False),
        ("Jeg er bostøtte og skriver efter aftale med beboer Jens Holm. Han ønsker et møde.",
         True),
        ("Jeg skriver efter aftale med klient Ahmad Rahimi om hans ydelse.", True),
        ("Jeg skriver efter aftale med min sagsbehandler.", False),
        ("Jeg er borger i kommunen og skriver efter aftale med borgerservice.", False),
    ],
)  # fmt: skip
def test_r271_privreq_acting_for_members_relatives_and_citizens(text: str, acts: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is acts


# round 279 req
@pytest.mark.parametrize(
    ("text", "acts"),
    [
        ("Jeg klager over den måde, min datter blev talt til på ved samtalen.", True),
        ("Jeg vil klage over måden, vores søn på 20 blev modtaget på i skranken.", True),
        ("Jeg klager over den måde, jeg blev talt til på.", False),
        ("Min datter klager over den måde, hun blev mødt på i butikken.", False),
        ("Den behandling, min søn har fået i jeres jobcenter, er under al kritik. Jeg beder "
         "jer sørge for, at han får en fast sagsbehandler.", True),
        ("Den hjælp, min mor har fået hos jer, har været dårlig. Vi ønsker, at hun får en ny "
         "mentor.", True),
        ("Den behandling, min søn har fået i jobcentret, er under al kritik.", False),
        ("Jeg beder jer sørge for, at hun får besked om mødet.", False),
    ],
)  # fmt: skip
def test_r279_req_parent_complains_and_asks_for_grown_child(text: str, acts: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is acts


# round 299 privreq
@pytest.mark.parametrize(
    ("text", "acting"),
    [
        # a parent tells what the child needs, then asks for a meeting
        ("Min søn er gået helt i stå. Han trænger til en fast vejleder. Kan vi få en samtale?",
         True),
        ("Vores datter har svært ved det hele. Hun har brug for ro, ikke mere pres. Kan vi "
         "aftale et møde?", True),
        ("Jeg har brug for en fast vejleder. Kan vi få en samtale?", False),
        ("Min søn har brug for nye fodboldstøvler.", False),
        # staff asked to go with the writer's child to a meeting
        ("Min datter er nervøs. Vil du tage med hende til samtalen?", True),
        ("Tak fordi du gik med min far til lægen. Vi er glade. Kan du også følge ham til "
         "mødet?", True),
        ("Kan du følge ham til mødet? Han er ny i afdelingen.", False),
        ("Tak fordi du gik med min far til lægen. Det betød meget.", False),
    ],
)  # fmt: skip
def test_r299_privreq_parent_asks_for_child(text: str, acting: bool) -> None:
    assert ("representative" in triage(text).labels) is acting


# round 307 privreq
# a compound fuldmagt ("partsfuldmagt"); a relative disputing how the relative was assessed;
# a friend's story told as the example of how sick people are treated is no mandate
@pytest.mark.parametrize(
    ("text", "register", "acting"),
    [
        ("Generalfuldmagten fra min far ligger i sagen, og jeg spørger til hans ydelse.", "a",
         True),
        ("Jeg skriver med partsfuldmagt fra min nabo og spørger, hvornår han får svar.", "b", True),
        ("Jeg har ingen partsfuldmagt og skriver om min egen sag.", "b", False),
        ("Vi er uenige i jeres beskrivelse af vores søn som doven, og vi beder om et møde.", "a",
         True),
        ("Jeg er uenig i Henriette Dalgaards vurdering af min datter som doven.", "b", True),
        ("Jeg er uenig i Henriette Dalgaards vurdering af mig.", "b", False),
        ("Jeg er uenig i vurderingen af min plan.", "a", False),
        ("Min veninde fik et brev om, at hun skulle møde til samtale, mens hun var indlagt. Det "
         "er ikke i orden at behandle syge folk på den måde.", "b", False),
        ("Min kollega fik et brev om, at han skulle møde til samtale. Sådan kan man da ikke "
         "behandle mennesker.", "b", False),
        ("Min bror fik et brev om, at han skulle møde til samtale. Jeg har fuldmagt og vil gerne "
         "flytte mødet.", "b", True),
    ],
)  # fmt: skip
def test_r307_privreq_acting_for_a_relative(text: str, register: str, acting: bool) -> None:
    assert ("representative" in triage(text, register).labels) is acting


# round 307 set312
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Jeg hjælper en af vores brugere med hans sygedagpengesag.", True),
        ("Jeg hjælper min nabo med hendes boligsag.", True),
        ("Jeg hjælper en af vores beboere med flytningen.", False),
        ("Jeg har brug for hjælp med min kontanthjælpssag.", False),
    ],
)
def test_r307_set312_helps_with_compound_case(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative


# round 315 privreq
@pytest.mark.parametrize(
    ("text", "acting"),
    [
        # a relative asked in as the writer's own bisidder: the writer is the citizen
        ("Jeg kommer gerne til samtalen på torsdag. Må min søster deltage som bisidder?", False),
        ("Kan min kone være min bisidder til mødet?", False),
        ("Jeg deltager som bisidder for min søster på torsdag.", True),
        ("Jeg er bisidder for min nabo og vil gerne have mødet flyttet.", True),
        # a complaint about the treatment a relative has had
        ("Jeg klager hermed over den behandling, min søn har fået i Sygedagpenge.", True),
        (
            "Vi vil klage over den måde, vores datter har fået det i "
            "Ungeindsatsen. Vi beder om et møde.",
            True,
        ),
        ("Jeg klager over den behandling, jeg har fået af min sagsbehandler.", False),
        ("Min søn har fået en god behandling i Jobafklaring, tak for det.", False),
    ],
)  # fmt: skip
def test_r315_privreq_representative(text: str, acting: bool) -> None:
    assert ("representative" in triage(text).labels) is acting


# round 323 privreq
@pytest.mark.parametrize(
    ("text", "acting"),
    [
        # the office named as the ground of what the writer sees: an observation, no case
        (
            "Som tillidskvinde på et plejehjem oplever jeg, at ledige bliver brugt "
            "som gratis hænder.",
            False,
        ),
        ("Som tillidsmand på fabrikken ser vi, at praktikanter aldrig bliver fastansat.", False),
        ("Som tillidsrepræsentant for Jens Ibsen skriver jeg om hans sygedagpenge.", True),
        ("Jeg er tillidsrepræsentant og hjælper en kollega, der er sygemeldt.", True),
    ],
)  # fmt: skip
def test_r323_privreq_representative(text: str, acting: bool) -> None:
    assert ("representative" in triage(text).labels) is acting


# round 329 privreq
@pytest.mark.parametrize(
    ("text", "acting"),
    [
        # the relative's own caseworker or mentor, in the genitive, and an answer asked
        (
            "Min datters sagsbehandler har aflyst tre møder i træk. Det holder ikke for en ung "
            "pige, der gerne vil i gang, og jeg vil gerne have en begrundelse.",
            True,
        ),
        ("Min brors vejleder har ikke ringet i en måned, og vi forventer en forklaring.", True),
        ("Min datters mentor har været fantastisk for hende, tak for det.", False),
        ("Min sagsbehandler har aflyst tre møder. Jeg vil gerne have en forklaring.", False),
        # what a staff member wrote of the relative, asked put right
        (
            "Sagsbehandleren noterede, at min søn ikke ville samarbejde. Han var indlagt den "
            "uge. Jeg beder om, at notatet bliver rettet.",
            True,
        ),
        (
            "Per Storm skrev i journalen, at min mand udeblev. Han havde sygemeldt sig i god "
            "tid. Vi kræver, at journalen rettes.",
            True,
        ),
        (
            "Per Storm skrev i journalen, at jeg udeblev. Jeg havde sygemeldt mig. Jeg beder "
            "om, at journalen bliver rettet.",
            False,
        ),
        ("Sagsbehandleren skrev, at min søn har gjort det godt i praktikken. Tak for det.", False),
        # the relative summoned by name, and in a nursing home or hospice
        (
            "Min far skal møde på jobcentret på mandag, men han ligger på hospice. Kan I "
            "aflyse?",
            True,
        ),
        (
            "Jeg har fået brev om, at min kone skal møde til samtale, men hun ligger nu på "
            "plejecentret efter et fald. Jeg beder om, at sagen lukkes.",
            True,
        ),
        ("Min far bor på plejehjem, så jeg kan ikke komme til mit møde på mandag.", False),
        (
            "Min far bor på plejecentret, og jeg er den eneste, der besøger ham. Kan mit møde "
            "flyttes til eftermiddagen?",
            False,
        ),
        # a decision signed for the relative is no note about him or her
        (
            "Husk navnet Per Storm. Han har skrevet under på, at min søster skal i praktik midt "
            "i sin behandling. Del det.",
            False,
        ),
        ("Jeg skal møde til samtale på mandag, men jeg ligger på hospitalet.", False),
    ],
)  # fmt: skip
def test_r329_privreq_representative(text: str, acting: bool) -> None:
    assert ("representative" in triage(text).labels) is acting


# round 337 reqs
@pytest.mark.parametrize(
    ("text", "acting"),
    [
        # the writer brings a lawyer or bisidder of their own to their own meeting
        ("Jeg tager min søster og en bisidder med til samtalen i morgen.", False),
        (
            "Jeg kom til mødet hos jer med min bisidder. Bisidderen fik lov at sige noget til "
            "sidst.",
            False,
        ),
        ("Jeg er bisidder for min nabo og tager med ham til mødet på mandag.", True),
        ("På vegne af min bror: hans bisidder kan ikke komme på fredag.", True),
        # a relative's continuation with a mentor or place asked for
        (
            "Jeg har hjulpet min datter med at finde et værksted. Kan hun fortsætte med sin "
            "mentor efter ferien?",
            True,
        ),
        (
            "Jeg hjælper min søn med papirerne. Kan han blive ved på værkstedet til nytår?",
            True,
        ),
        ("Kan han fortsætte med at spille fodbold efter skaden?", False),
        ("Jeg vil gerne fortsætte med min mentor efter ferien.", False),
    ],
)  # fmt: skip
def test_r337_reqs_representative(text: str, acting: bool) -> None:
    assert ("representative" in triage(text).labels) is acting


# round 345 misc
@pytest.mark.parametrize(
    ("text", "rep"),
    [
        # the relative's jobcentre meeting told, then asked moved
        # (relative.r345_their_meeting_asked_moved)
        ("Min datter er syg med feber. Hun skal til samtale hos sin jobkonsulent på mandag. "
         "Kan I flytte samtalen en uge?", True),
        ("Min far er indlagt. Han skal til møde hos jer på onsdag. Vi beder jer om at flytte "
         "mødet.", True),
        ("Min kone har fået nyt job. Hun skal til møde med sin chef på torsdag, så jeg passer "
         "børnene. Kan I flytte mødet med mig?", False),
        ("Han skal til møde hos sin læge i morgen. Jeg beder jer om at flytte mødet til "
         "fredag, for jeg skal køre ham.", False),
    ],
)
def test_r345_misc_relative_meeting(text: str, rep: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is rep, text


# round 353 misc
R353_MISC = [
    # a parent asks that the relative's staff member reach him
    ("asks_staff_reach", "Min datter har det meget skidt. Hun har Sofie Holm som sagsbehandler. "
     "Jeg beder inderligt om, at Sofie ringer til hende i dag.", True),
    ("asks_staff_reach", "Min søn er 19, og han kan ikke klare det selv. Jeg beder om, at nogen "
     "kontakter ham i dag.", True),
    ("asks_staff_reach", "Jeg har Sofie Holm som sagsbehandler. Jeg beder om, at hun ringer til "
     "mig i dag.", False),
    ("asks_staff_reach", "Jeg beder om at få en ny tid til mit møde.", False),
]


@pytest.mark.parametrize(("idea", "text", "acts_for"), R353_MISC)
def test_r353_misc_representative(idea: str, text: str, acts_for: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is acts_for, idea


# round 361 sh
R361_SH = [
    # the relative's measure told after him, and who the two may talk to
    ("measure_we_ask", "Min datter siger, at hun ikke kan sove, fordi hun skal i aktivering igen. "
     "Hvem skal vi ringe til?", True),
    ("measure_we_ask", "Vores søn er bange for, at han skal på ressourceforløb. Hvem kan vi "
     "tale med om det?", True),
    ("measure_we_ask", "Min kone og jeg har spørgsmål til min ydelse. Hvem kan vi tale med?",
     False),
    ("measure_we_ask", "Min datter sagde, at hun skal i praktik igen, og det glæder hun sig til.",
     False),
]


@pytest.mark.parametrize(("idea", "text", "acts_for"), R361_SH)
def test_r361_sh_representative(idea: str, text: str, acts_for: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is acts_for, idea


# round 361 merge: the relative's situation not understood by the jobcentre, with a meeting
# asked for where the relative's own psychiatrist or doctor takes part
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Sagsbehandleren har ikke forstået min datters situation. Vi vil gerne have et møde,"
         " hvor hendes psykolog også deltager.", True),
        ("I har ikke taget højde for min søns diagnose. Jeg ønsker et møde, hvor hans læge er"
         " med.", True),
        ("Jeg vil gerne have et møde, hvor min psykiater deltager.", False),
        ("I har ikke forstået min situation. Jeg ønsker et møde med min læge.", False),
    ],
)  # fmt: skip
def test_r361_relative_situation_and_their_doctor(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative


# round 369 req
R369_REQ = [
    # a relative who asks, in the present, that the writer ask for him or her
    (
        "Min svigerdatter er rejst til Bergen, og hun beder "
        "mig høre, om hun skal framelde sig hos jer?", True),
    ("Min onkel bor på plejehjem nu, og han bad mig om at skrive til jer om hans ydelse.", True),
    ("Han beder mig om hjælp til opvasken hver aften.", False),
    ("Hun beder mig vente udenfor, mens hun taler med lægen.", False),
]


@pytest.mark.parametrize(("text", "acting"), R369_REQ)
def test_r369_req_representative(text: str, acting: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is acting, text


# round 369 sh: an office assisting someone on an enclosed consent or mandate; a parent of a
# teenager who was summoned or turned away at the desk
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Retshjælpen repræsenterer Jens Olsen, jf. vedhæftede fuldmagt. Han mangler sin"
         " ydelse for marts.", True),
        ("Rådgivningen assisterer hr. Holm med vedlagte samtykkeerklæring og beder om aktindsigt.",
         True),
        ("Jeg sender hermed vedlagte samtykke til indhentning af lægeoplysninger.", False),
        ("Retshjælpen bistår borgere gratis. Hvornår får jeg min ydelse?", False),
        ("Min datter på 16 blev sendt væk i receptionen i går. Hun var selv indkaldt af jer.",
         True),
        ("Min søn er 17. Han blev afvist ved skranken, selvom han var indkaldt af jobcentret.",
         True),
        ("Min søn på 17 var indkaldt af forsvaret til session i går.", False),
        ("Jeg blev afvist i skranken i går, selvom jeg var indkaldt af jer.", False),
    ],
)  # fmt: skip
def test_r369_sh_representative(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative


# stop 46: asked by someone to wait or take a seat tells of a visit, not of a message written
# for them; asked to write, ask or send still is
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Hun bad mig vente udenfor, mens hun hentede papirerne.", False),
        ("Han bad mig om at sidde i venteværelset til kl. 10.", False),
        ("Min mor bad mig skrive til jer om hendes sag.", True),
        ("Min far bad mig vente med at klage, men nu skriver jeg for ham alligevel.", True),
    ],
)
def test_asked_to_wait_is_no_representation(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative


# round 377b rep
# writing in the role of a relative of a person named next, whose place in the system follows;
# a number of children or "en søn" is a parent's voice about children, no mandate
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Jeg skriver som morfar til Emil på 25, der går i jobafklaring hos jer. Kan I sende"
         " hans plan til mig?", True),
        ("Vi henvender os som forældre til Sara, som er i ressourceforløb. Hvornår får hun en"
         " ny mentor?", True),
        ("Jeg skriver som mor til tre, der alle går i skole, og jeg synes, jeres kampagne er"
         " god.", False),
        ("Jeg skriver som mor til en søn, der er i ressourceforløb, og jeg mener, loven er for"
         " hård.", False),
    ],
)  # fmt: skip
def test_r377b_writes_as_relative_of_named(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative, text


# the helper named in a cleft ("det er mig, hans nabo, der …") handles the relative's post;
# one's own post, or the post of a stairwell, is nobody's case
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Det er mig, hans nabo, der tager mig af hans post, fordi han er blind. Kan brevet"
         " sendes igen?", True),
        ("Det er os, hendes børn, der læser hendes breve nu. Hvornår er mødet?", True),
        ("Det er mig der tager mig af min egen post.", False),
        ("Det er mig, der tager mig af posten her i opgangen, for ingen andre gider.", False),
    ],
)  # fmt: skip
def test_r377b_cleft_handles_their_post(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative, text


# the relative's decision told, then in the next sentence the writer complains of it; the
# writer's own matter complained of is none
@pytest.mark.parametrize(
    ("text", "representative"),
    [
        ("Min søn fik en sanktion i marts. Den er uberettiget, så vi klager.", True),
        ("Min mor fik afslag på sin ansøgning. Jeg synes, det er forkert, og jeg klager over"
         " afgørelsen.", True),
        ("Min søn fik afslag på fleksjob. Den er forkert, og jeg klager over min egen sag"
         " også.", False),
        ("Min søn har det svært. Jeg klager over min egen sanktion.", False),
        ("Min far har læst brevet igennem med mig. Jeg vil klage.", False),
    ],
)  # fmt: skip
def test_r377b_complaint_in_next_sentence(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative, text


# round 385 oth
R385_OTH_REP = [
    # the writer holds the relative's post, beside the relative's meeting or state; a
    # neighbour's post over a holiday, or one's own, is none
    ("holds_their_post",
     "Min mor er faldet og ligger på sygehuset. Jeg har hendes post, og hun skal til møde"
     " hos jer på torsdag.", True),
    ("holds_their_post",
     "Vi tømmer fars postkasse nu. Han kan ikke skrive længere. Hvad skal vi gøre med"
     " jeres brev?", True),
    ("holds_their_post",
     "Jeg åbner hans breve for tiden, og han skal til samtale hos jer i næste uge.", True),
    ("holds_their_post",
     "Jeg tømmer hans postkasse, mens han er på ferie i Spanien.", False),
    ("holds_their_post", "Jeg har hans nøgler, fordi vi er naboer.", False),
    ("holds_their_post", "Jeg har min post liggende og får den ikke åbnet.", False),
    # the relative cannot speak or write for now, beside another half sign; the language,
    # or not talking about something, is none
    ("cannot_speak_yet",
     "Min mand har haft et slagtilfælde. Han kan ikke tale endnu. Han skal til samtale"
     " hos jer på mandag.", True),
    ("cannot_speak_yet",
     "Hun kan ikke skrive længere efter ulykken, og hun vil gerne have en ny tid.", True),
    ("cannot_speak_yet",
     "Min bror kan stadig ikke kommunikere, og han skal til møde med jer i morgen.", True),
    ("cannot_speak_yet", "Han kan ikke tale om det endnu, siger han.", False),
    ("cannot_speak_yet", "Jeg kan ikke tale længere, jeg er træt.", False),
    ("cannot_speak_yet", "Hun kan ikke tale dansk.", False),
    # the relative's summons told and the meeting asked moved, beside the writer's role;
    # the writer's own summons is none
    ("their_summons_asked_changed",
     "Jeg er pædagog på botilbuddet, hvor Ali bor. Han har fået en indkaldelse til møde"
     " på tirsdag. Kan mødet holdes her hos os?", True),
    ("their_summons_asked_changed",
     "Jeg er hans nabo. Han er blevet indkaldt til samtale, men har ingen bil. Kan"
     " samtalen flyttes til telefonen?", True),
    ("their_summons_asked_changed",
     "Jeg er kontaktperson for Mette. Hun har modtaget en indkaldelse til samtale i"
     " morgen. Kunne mødet rykkes en uge?", True),
    ("their_summons_asked_changed",
     "Han har fået en indkaldelse, og jeg har også fået en indkaldelse til samtale samme"
     " dag. Kan mødet flyttes?", False),
    ("their_summons_asked_changed",
     "Jeg er kontaktperson på bostedet. Jeg har fået en indkaldelse til møde. Kan mødet"
     " holdes her?", False),
    ("their_summons_asked_changed",
     "Han har fået en indkaldelse til samtale. Det er hans egen sag.", False),
    # the writer opens as a named person's relative, beside the relative's wish or state;
    # the relative after "min", or a cleft, is none
    ("opens_as_relative_of_named",
     "Hej, det er Omars mor. Han vil gerne have en ny tid, for han ligger syg.", True),
    ("opens_as_relative_of_named",
     "Her er Sannes kæreste. Hun vil gerne vide, hvornår pengene kommer.", True),
    ("opens_as_relative_of_named",
     "Det er Mikkels far. Han ønsker at klage over afgørelsen.", True),
    ("opens_as_relative_of_named",
     "Det er min mors kæreste, der har ødelagt alt. Jeg vil gerne have en ny tid.", False),
    ("opens_as_relative_of_named",
     "Det er Karinas mand, der har bilen. Jeg vil gerne have en ny tid.", False),
    ("opens_as_relative_of_named",
     "Jeg har et spørgsmål om Omars mor. Hun er min nabo.", False),
    # the one the writer supports has consented to the writer writing; the writer's own
    # consent, or a boss's leave, is none
    ("consent_to_write",
     "Borgeren har givet samtykke til, at jeg henvender mig om hans ydelse.", True),
    ("consent_to_write",
     "Min nabo har givet mig lov til, at jeg skriver til jer om hendes sanktion.", True),
    ("consent_to_write",
     "Den unge, jeg er mentor for, har givet tilladelse til, at vi kontakter jer om"
     " hendes forløb.", True),
    ("consent_to_write",
     "Jeg har givet samtykke til, at jeg må kontaktes af jer om min sag.", False),
    ("consent_to_write",
     "Min chef har givet mig lov til, at jeg skriver til jer i arbejdstiden.", False),
    ("consent_to_write",
     "Jeg har givet tilladelse til, at I kontakter min læge.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "representative"), R385_OTH_REP)
def test_r385_oth_representative(idea: str, text: str, representative: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is representative, idea


# round 389 oth
# representatives without the word fuldmagt: another's case followed, meetings attended with
# them, wanted along, their post handled with leave, an acquaintance helped with post, a
# named person's consent held, a neighbour who helps and asks what to do
R389_OTH_REP = [
    # the writer follows another's case (genitive, "hans/hendes", apostrophe dropped); the
    # writer's own case or a case followed in the news is none
    ("follows_their_case",
     "Jeg er socialrådgiver i FOA og følger Mette Kruses sag. Hvornår kommer afgørelsen?", True),
    ("follows_their_case",
     "Vi er fra patientforeningen og følger nøje hendes forløb hos jer.", True),
    ("follows_their_case",
     "Som faglig sekretær følger jeg Lars Brix' sag og beder om en status.", True),
    ("follows_their_case", "Jeg følger min egen sag tæt og vil have svar nu.", False),
    ("follows_their_case",
     "Jeg har fulgt hans sag i avisen, og det er en skandale.", False),
    ("follows_their_case", "Jeg følger jeres anbefaling og søger flere job.", False),
    ("follows_their_case",
     "Som tillidsmand har jeg fulgt flere kollegers sager, og ventetiden er for lang.", False),
    # been along with the other one to his or her meetings; "med til møder" (took part), a
    # relative who came with the writer, or a hospital visit is none
    ("been_along_to_their_meetings",
     "Jeg har været med hende til de sidste to samtaler, fordi hun bliver nervøs.", True),
    ("been_along_to_their_meetings",
     "Min nabo og jeg var med ham til mødet i sidste uge. Kan vi få referatet?", True),
    ("been_along_to_their_meetings",
     "Jeg er hans kammerat og har også været med ham på jobcentret tre gange.", True),
    ("been_along_to_their_meetings",
     "Jeg har været med til mange møder hos jer, og de er spild af tid.", False),
    ("been_along_to_their_meetings", "Min mor har været med mig til alle møderne.", False),
    ("been_along_to_their_meetings",
     "Jeg har været med hende til møde på sygehuset, og jeg kan ikke komme i morgen.", False),
    # the other one wants the writer along: half a sign, whole with his or her wish; a trip
    # or a boss is none
    ("wants_writer_along",
     "Han vil gerne have mig med til samtalen på fredag. Må jeg det?", True),
    ("wants_writer_along",
     "Min veninde er bange for mødet, og hun vil gerne have mig med igen. Kan det lade sig"
     " gøre?", True),
    ("wants_writer_along",
     "Min bror vil helst have mig med til møderne, og han ønsker at klage.", True),
    ("wants_writer_along",
     "Min mand vil gerne have mig med på ferie, så jeg kan ikke komme.", False),
    ("wants_writer_along", "Min chef vil gerne have mig med på kursus i maj.", False),
    ("wants_writer_along", "Hun vil ikke have mig med til samtalen.", False),
    # the writer may take care of the other one's post or papers; not being able to, or a
    # chore, is none
    ("may_handle_their_post",
     "Hun har sagt, at jeg må tage mig af hendes post, så længe hun er syg.", True),
    ("may_handle_their_post",
     "Jeg skal ordne hans papirer, mens han er i udlandet. Hvornår får han svar?", True),
    ("may_handle_their_post",
     "Vi må gerne åbne hendes breve fra jer, har hun skrevet under på.", True),
    ("may_handle_their_post", "Jeg kan ikke tage mig af hans post mere.", False),
    ("may_handle_their_post", "Jeg må tage mig af hans hund i weekenden.", False),
    ("may_handle_their_post", "Jeg skal tage mig af min egen post først.", False),
    # helping an acquaintance, named in apposition, with his or her post or case; a chore is
    # none
    ("helps_acquaintance_with_post",
     "Jeg hjælper en gammel kollega, Bent, der har fået en hjerneblødning, med hans breve"
     " fra jer.", True),
    ("helps_acquaintance_with_post",
     "Jeg hjælper en barndomsveninde, som ikke læser dansk, med hendes ansøgning.", True),
    ("helps_acquaintance_with_post",
     "Vi hjælper en skolekammerat med hans sag om kontanthjælp.", True),
    ("helps_acquaintance_with_post", "Jeg hjælper en ven med hans flytning i weekenden.",
     False),
    ("helps_acquaintance_with_post", "Jeg hjælper min kammerat med hans cykel.", False),
    ("helps_acquaintance_with_post",
     "En kollega hjælper mig med min ansøgning.", False),
    # a named person's consent held to speak with the office; a doctor's, a boss's or the
    # office's leave is none
    ("holds_named_consent",
     "Jeg har Omars tilladelse til at skrive til jer om hans ydelse.", True),
    ("holds_named_consent",
     "Jeg er hans søster og har fået Aminas samtykke til at kontakte jer.", True),
    ("holds_named_consent",
     "Vi har Bentes skriftlige samtykke til at tale med jer om sagen.", True),
    ("holds_named_consent", "Jeg har lægens tilladelse til at arbejde ti timer.", False),
    ("holds_named_consent", "Jeg har kommunens tilladelse til at tale med jer.", False),
    ("holds_named_consent", "Jeg har min chefs tilladelse til at skrive herfra.", False),
    # living by the other one and helping him or her: half a sign, whole with a question of
    # what he or she should do
    ("lives_by_and_helps",
     "Vi bor ved siden af fru Jensen og hjælper hende med computeren. Hvad skal hun gøre"
     " nu?", True),
    ("lives_by_and_helps",
     "Jeg bor lige overfor hr. Larsen og hjælper ham tit. Hvad skal han svare?", True),
    ("lives_by_and_helps",
     "Jeg bor i samme opgang som Ali og hjælper ham med mails. Hvad kan han gøre ved det?",
     True),
    ("lives_by_and_helps",
     "Jeg bor ved siden af min søster og hjælper hende med haven.", False),
    ("lives_by_and_helps", "Jeg bor ved siden af en skole. Hvad skal jeg gøre?", False),
    ("lives_by_and_helps",
     "Jeg bor over en butik og hjælper ham, der ejer den, med varerne.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "representative"), R389_OTH_REP)
def test_r389_oth_representative(idea: str, text: str, representative: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is representative, idea


# round 389 cr: the relative goes to the meetings, and the writer arranges them
R389_CR_REP = [
    ("Tak til Sofie Holm for mødet i går, min datter gruer ikke længere for samtalerne. Kan den "
     "næste blive fredag i stedet for torsdag?", True),
    ("Min søn glæder sig til næste samtale hos jer. Kan det blive mandag i stedet for tirsdag?",
     True),
    ("Tak for sidste samtale, min bror glæder sig til næste gang. Kunne den blive onsdag i "
     "stedet?", True),
    ("Min søn glæder sig til sommerferien. Kan det blive onsdag i stedet for tirsdag?", False),
    ("Tak for samtalen. Kan den næste blive onsdag i stedet for tirsdag?", False),
    ("Min datter glæder sig til samtalen med jer.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "representative"), R389_CR_REP)
def test_r389_cr_relative_meeting_arranged(text: str, representative: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is representative


# round 393 cr: a relative's meeting told as the example of words that stamp people is a
# judgement of the jobcentre's language, no mandate
R393_CR_REP = [
    ("Min datter på 17 har et møde hos jer tirsdag, og jeg vil gerne deltage som bisidder.",
        True),
    ("Min søn på 16 kom hjem fra sin første samtale i jobcentret og var helt knust.", True),
    ("Min søn på 17 var til sin første samtale i Ungeindsatsen i går.", True),
    ("Min søn på 16 kom hjem fra sin første samtale i jobcentret og var helt knust. Jeres brev "
     "stempler unge som problemer.", False),
    ("Min søn på 17 var til sin første samtale i Ungeindsatsen i går. Jeres folder stempler "
     "børn som svage.", False),
    ("Min datter på 18 kom hjem fra sit første møde hos jer og spurgte, om hun var doven. Den "
     "slags ord stempler unge mennesker.", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "representative"), R393_CR_REP)
def test_r393_cr_stamping_words_no_mandate(text: str, representative: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is representative
    if not representative:
        assert "criticism" in labels


# round 393 oth: the writer at the office with a relative who found the papers asked for,
# the sign-off as the relative, a relative too weak to write, the office's number that is a
# relative's, a relative who speaks only a foreign language, the citizen's consent held,
# the writer who goes along to the other one's meetings
R393_OTH_REP = [
    ("office_with_relative",
     "Tak for hjælpen ved skranken i morges, da jeg var der med min mor. Hun har nu "
     "fået lægeerklæringen, som I bad om. Hvor skal den sendes hen?", True),
    ("office_with_relative",
     "Jeg var på jobcentret med min bror i mandags. Han har nu fundet "
     "kontoudtogene, som sagsbehandleren manglede. Kan jeg maile dem?", True),
    ("office_with_relative",
     "Vi var til mødet med vores søn i går. Han har fået attesten, som rådgiveren "
     "efterspurgte. Skal vi aflevere den?", True),
    ("office_with_relative",
     "Jeg var i byen med min far i går. Han har nu fundet lønsedlerne. Skal jeg "
     "aflevere dem?", False),
    ("office_with_relative",
     "Tak for mødet i går. Jeg har nu fundet lønsedlerne, som du bad om. Skal jeg "
     "aflevere dem?", False),
    ("office_with_relative",
     "Jeg var til samtalen med min mand som bisidder. Jeg har nu fundet papirerne, "
     "som du bad om.", False),
    ("contact_and_language",
     "Hej, det er min farfar der har det her nummer. Han taler kun arabisk, så kan "
     "I ringe til mig i stedet?", True),
    ("contact_and_language",
     "Nummeret tilhører min mor. Hun forstår kun polsk og ved ikke, hvad jeres sms "
     "betyder.", True),
    ("contact_and_language",
     "Det er min onkel, som bruger den her mobil. Han læser kun somali. Hvad "
     "handler brevet om?", True),
    ("contact_and_language",
     "Det er min mor der har nummeret til lægen. Jeg skal bruge en ny tid.", False),
    ("contact_and_language", "Min mor taler kun dansk, så hun forstår fint jeres brev.", False),
    ("contact_and_language", "Jeg taler kun engelsk. Kan I ringe til mig?", False),
    ("holds_client_consent",
     "Jeg er rådgiver i HK. Vi har medlemmets skriftlige samtykke og beder om "
     "aktindsigt i sagen.", True),
    ("holds_client_consent",
     "Undertegnede har borgerens fuldmagt, jf. vedlagte, og anmoder om en "
     "begrundelse.", True),
    ("holds_client_consent", "Jeg har klientens samtykke. Hvornår falder der afgørelse?", True),
    ("holds_client_consent", "Har I borgerens samtykke til at indhente journalen?", False),
    ("holds_client_consent",
     "Kommunen påstår, at den har borgerens samtykke. Det har jeg aldrig givet.", False),
    ("holds_client_consent", "Vi har ikke medlemmets samtykke endnu, så vi venter.", False),
    ("accompanies_their_meetings",
     "Jeg er besøgsven og følger Karim til hans samtaler på jobcentret. Han beder "
     "om en kopi af planen.", True),
    ("accompanies_their_meetings",
     "Vi ledsager hende til hendes møder, og hun vil gerne have en tolk næste gang.", True),
    ("accompanies_their_meetings",
     "Jeg er pensioneret lærer og fulgte Fatou til hendes samtale i tirsdags. Hun "
     "har ikke fået referatet.", True),
    ("accompanies_their_meetings",
     "Min mor følger mig til mine møder, og jeg vil gerne have en tolk.", False),
    ("accompanies_their_meetings",
     "Jeg følger ham til hans møde på sygehuset i morgen, så jeg kan ikke komme.", False),
    ("accompanies_their_meetings", "Hans mentor følger ham til hans møder.", False),
    ("signs_as_their_relative",
     "Hej Sofie\n\nHan har fået et nyt job og stopper derfor i forløbet. Tak for "
     "hjælpen.\n\nVh Mette (hans mor)", True),
    ("signs_as_their_relative",
     "Hun er på sygehuset og kan ikke komme på mandag.\n\nBh Ali, hendes bror", True),
    ("signs_as_their_relative",
     "Kan I sende indkaldelsen med posten i stedet?\n\nVh Birthe Nielsen, hans "
     "farmor", True),
    ("signs_as_their_relative",
     "Jeg kommer gerne til mødet på torsdag.\n\nVh Mette og hilsen fra min mor", False),
    ("signs_as_their_relative",
     "Jeg kan ikke komme til mødet på torsdag.\n\nMvh Mette (mor til tre)", False),
    ("signs_as_their_relative", "Jeg kommer til mødet.\n\nVh Mette. Hans mor kommer også.", False),
    ("signs_as_named_relative",
     "Frederik har fået et brev fra jer, som han ikke forstår. Hvad betyder "
     "det?\n\nMvh Tina, Frederiks mor", True),
    ("signs_as_named_relative",
     "Amalie er syg og kan ikke selv ringe. Kan samtalen flyttes?\n\nKh Lone, "
     "Amalies mor", True),
    ("signs_as_named_relative",
     "Omar kan ikke læse dansk. Hvad står der i brevet?\n\nVh Hassan, Omars "
     "storebror", True),
    ("signs_as_named_relative", "Tak for en god samtale i dag.\n\nMvh Jonas' mor", False),
    ("signs_as_named_relative",
     "Jeg kan ikke komme til mødet på torsdag. Kan det flyttes?\n\nVh Mette og Lars", False),
    ("signs_as_named_relative",
     "Jeg kan ikke komme til mødet på torsdag.\n\nMvh Mette. Jonas' mor har lovet "
     "at passe børnene.", False),
    ("too_weak_to_write_self",
     "Min mand er for medtaget efter operationen til at skrive selv. Han vil gerne "
     "vide, om hans sygedagpenge fortsætter.", True),
    ("too_weak_to_write_self",
     "Min datter er for syg oven på sin operation til at ringe selv. Hvornår får "
     "hun svar på sin ansøgning?", True),
    ("too_weak_to_write_self",
     "Min far, som er for svag efter slagtilfældet til at svare selv, vil gerne "
     "vide, om hans ydelse fortsætter.", True),
    ("too_weak_to_write_self",
     "Jeg er for træt efter kemoen til at skrive selv, så min mand hjælper mig med "
     "min sag.", False),
    ("too_weak_to_write_self",
     "Min bror er for syg efter operationen til at skrive selv lige nu, men han "
     "skriver i næste uge.", False),
    ("too_weak_to_write_self", "Min kone er for træt efter arbejdet til at lave mad selv.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R393_OTH_REP)
def test_r393_oth_representative(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is expected, (idea, text)


# round 397 sh: along at another's meetings ("været med til", "deltager i"), answering or
# keeping another's post, and "det er sønnen til X" (the role in the definite form, the one
# it is for named after it)
R397_SH_REP = [
    ("along_at_their_meetings",
     "Jeg har været med til alle hendes samtaler i jobcentret, og hun vil gerne vide, "
     "hvornår hun får svar.", True),
    ("along_at_their_meetings",
     "Vi deltager altid i hans møder, fordi han ikke kan overskue dem alene.", True),
    ("along_at_their_meetings",
     "Jeg sad med til hendes møder hele sidste år og kender sagen godt.", True),
    ("along_at_their_meetings", "Min mand har været med til alle mine møder.", False),
    ("along_at_their_meetings", "Jeg har været med til hans møder på hospitalet.", False),
    ("along_at_their_meetings", "Jeg har været med til alle hans fodboldkampe.", False),
    ("answers_their_post",
     "Jeg har i flere år åbnet hendes e-boks og svaret for hende.", True),
    ("answers_their_post",
     "Det er mig, der holder styr på hans post, fordi han ikke kan læse.", True),
    ("answers_their_post",
     "Jeg har talt med min far og har tjekket hans digitale post i dag.", True),
    ("answers_their_post", "Jeg svarede på hans mails, men han svarer aldrig selv.", False),
    ("answers_their_post", "Min søn åbner min post for mig.", False),
    ("answers_their_post", "Jeg har læst hans brev om sagen.", False),
    ("definite_relative_of",
     "Hej, det er datteren til Inger Poulsen. Hun er indlagt og kan ikke komme til "
     "samtalen på fredag.", True),
    ("definite_relative_of",
     "Her er barnebarnet af Ejner Nielsen, han kan ikke læse brevene selv.", True),
    ("definite_relative_of",
     "Det er konen til Ole Jensen. Han er syg og kan ikke møde op i morgen.", True),
    ("definite_relative_of",
     "Det er sønnen til min nabo, der larmer hele natten, så jeg kan ikke sove.", False),
    ("definite_relative_of", "Det er datteren til mig, der har tegnet tegningen.", False),
    ("definite_relative_of",
     "Det er broren til min veninde, der har givet mig tippet om jobbet.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R397_SH_REP)
def test_r397_sh_representative(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is expected, (idea, text)


# round 401 oth
# the writer's own name, then the tie to the one the message is for ("det er Layla igen,
# veninden til Fatima"), beside a request for that person; a friend of the writer, one
# spoken of in a longer clause and the tie alone are none
R401_OTH_REP = [
    ("named_friend_intro",
     "Hej Sofie, her er Jonas, naboen til Ib Holt. Han har ikke fået svar på sin ansøgning. "
     "Kan du ringe til ham i morgen?", True),
    ("named_friend_intro",
     "Goddag, det er Mette Lind, kollegaen til Ahmed. Han har mistet sin ydelse. Kunne I "
     "ringe til ham?", True),
    ("named_friend_intro",
     "Hej det er Karin, veninden til Bente. Hun er syg i dag, kan I kontakte hende?", True),
    ("named_friend_intro",
     "Hej, det er vennen til min søn, der har lånt bilen. Kan du ringe til mig?", False),
    ("named_friend_intro", "Det er Karin, veninden til mig. Hun kommer med til mødet.", False),
    ("named_friend_intro",
     "Hej, det er Mads igen, naboen til Ib. Tak for hjælpen sidst, alt er i orden nu.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R401_OTH_REP)
def test_r401_oth_representative(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is expected, (idea, text)


# round 405 oth
R405_OTH_REPRESENTATIVE = [
    ("agreed", "Min søn har sagt ja til, at jeg skriver. Kan I sende hans breve til mig?", True),
    ("agreed", "Min datter er indforstået med, at jeg kontakter jer om hendes sag.", True),
    ("agreed", "Han sagde ok til at jeg henvender mig. Kan han få en ny tid?", True),
    ("agreed", "Jeg har sagt ja til, at I må ringe til mig. Kan I give mig en tid?", False),
    ("agreed", "Han har sagt ja til at jeg tager bilen i weekenden.", False),
    ("agreed", "Min søn sagde ja til jobbet. Kan jeg få min ydelse?", False),
    ("dares_not", "Jeg er farmor til Ida. Hun tør ikke selv ringe. Send hende en tid?", True),
    ("dares_not", "Min mand magter ikke selv at skrive, så kan I sende brevet igen?", True),
    ("dares_not", "Min datter kan ikke selv henvende sig. Kan I ringe til mig i stedet?", True),
    ("dares_not", "Jeg tør ikke selv ringe, så jeg skriver. Kan I sende mig en ny tid?", False),
    ("dares_not", "Min søn tør ikke selv ringe til lægen. Hvad gør jeg?", False),
    ("dares_not", "Jeg kan ikke selv komme til mødet. Kan det flyttes?", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R405_OTH_REPRESENTATIVE)
def test_r405_oth_representative(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is expected, (idea, text)


# round 409 exposure, self-harm, doxxing, representatives and false staff names in sets 409–416
R409_OTH_REPRESENTATIVE = [
    ("asked_along", "Min kollega har bedt mig om at komme med til hans møde med jer i morgen.",
     True),
    ("asked_along", "Naboen bad mig følge med til hendes samtale om ressourceforløb.", True),
    ("asked_along", "Min svoger har spurgt mig om at gå med til hans samtale hos jer.", True),
    ("asked_along", "Et medlem har bedt os tage med til hendes rundbordssamtale.", True),
    ("asked_along", "I har bedt mig komme til samtale på fredag.", False),
    ("asked_along", "Min sagsbehandler har bedt mig tage min mor med til min samtale.", False),
    ("asked_along", "I har bedt mig tage med til min egen samtale hos jer.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R409_OTH_REPRESENTATIVE)
def test_r409_oth_representative(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is expected, (idea, text)


# round 413 criticism and case requests in sets 413–414
R413_CR1_REPRESENTATIVE = [
    ("translates_for", "Jeg er naboens søn og oversætter for ham, da han ikke læser dansk.", True),
    ("translates_for", "Vi tolker for vores far, når han skal til samtale hos jer.", True),
    ("translates_for", "Jeg oversætter for min svigermor. Hun vil gerne flytte sit møde.", True),
    ("translates_for", "Jeg oversætter bøger for et forlag i København.", False),
    ("translates_for", "Jeg har brug for en tolk, der kan oversætte for mig.", False),
    ("translates_for", "Jeg arbejder som oversætter og søger nyt job.", False),
]


@pytest.mark.parametrize(("idea", "text", "expected"), R413_CR1_REPRESENTATIVE)
def test_r413_cr1_representative(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is expected, (idea, text)


# round 413 criticism and case requests in sets 415–416
R413_CR2_REPRESENTATIVE = [
    ("interprets", "Jeg tolker for min mor til møderne, for hun taler kun arabisk.", True),
    ("interprets", "Min far kan ikke læse dansk. Jeg har oversat for ham hver gang.", True),
    ("interprets", "Min bror er døv, og jeg har tolket alle gangene hos jer.", True),
    ("interprets", "Jeg tolkede det som et afslag på min ansøgning.", False),
    ("interprets", "Jeg har oversat min egen lægeerklæring til dansk.", False),
    ("interprets", "Jeg tolker jeres brev sådan, at jeg skal møde på mandag.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "acting"), R413_CR2_REPRESENTATIVE)
def test_r413_cr2_representative(idea: str, text: str, acting: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is acting, idea


# round 417 exposure, self-harm, doxxing, representatives and staff names in sets 417–424
R417_OTH_REPRESENTATIVE = [
    ("proxy_pens", "Min datter skriver denne mail for mig, fordi jeg ikke kan se skærmen.", True),
    ("proxy_pens", "Min mand skriver på mine vegne, for jeg kan ikke holde en pen.", True),
    ("proxy_pens", "Min nabo taster det her på mine vegne, da min computer er i stykker.", True),
    ("proxy_pens", "Min mand ringer på mine vegne i morgen.", False),
    ("proxy_pens", "Min datter skriver til sin egen lærer i dag.", False),
    ("proxy_pens", "Jeg skriver selv denne mail om min sag.", False),
    ("role_for", "Jeg er støttekontaktperson for Jonas og skriver om hans indkaldelse.", True),
    ("role_for", "Jeg er fagforeningens repræsentant for et af vores medlemmer, Ole Berg.", True),
    ("role_for", "Vi er kontaktpersoner på botilbuddet for Sanne og beder om et møde.", True),
    ("role_for", "Jeg er repræsentant for et firma, der sælger kontorartikler.", False),
    ("role_for", "Jeg er pædagog på bostedet for unge med autisme.", False),
    ("role_for", "Jeg er repræsentant for firmaet i hele Jylland.", False),
    ("takes_along", "Jeg tager min svigerfar med til hans samtale på tirsdag.", True),
    ("takes_along", "Vi følger hende til hendes møde hos jer på torsdag.", True),
    ("takes_along", "Jeg kører min nabo til hendes opfølgningsmøde, hun har ingen bil.", True),
    ("takes_along", "Jeg tager min mor med til min samtale.", False),
    ("takes_along", "Jeg tager min datter med til hendes fodboldkamp.", False),
    ("takes_along", "Jeg kommer selv til mødet på tirsdag.", False),
    ("consent", "Min mor har givet samtykke til, at I må tale med mig om hendes sag.", True),
    ("consent", "Hun har skrevet under på, at jobcentret gerne må ringe til mig.", True),
    ("consent", "Min søn har givet lov til, at I kan kontakte mig.", True),
    ("consent", "Jeg har skrevet under på, at I må tale med min læge.", False),
    ("consent", "Jeg har givet samtykke til, at I må hente journalen.", False),
    ("consent", "Han har skrevet under på lejekontrakten i går.", False),
    ("voice", "Jeg har været hans stemme over for jobcentret i et år nu.", True),
    ("voice", "Jeg er min mors stemme over for kommunen, fordi hun ikke taler dansk.", True),
    ("voice", "Jeg har været hendes stemme hos sagsbehandleren siden ulykken.", True),
    ("voice", "Min stemme bliver aldrig hørt over for kommunen.", False),
    ("voice", "Jeg har mistet stemmen og kan ikke ringe.", False),
    ("voice", "Hans stemme ryster, når han taler om jobcentret.", False),
    ("helps_post", "Jeg hjælper min genbo med hendes post, fordi hun ikke læser dansk.", True),
    ("helps_post", "Jeg hjælper Omar med at læse brevet fra jer.", True),
    ("helps_post", "Vi hjælper ham med hans papirer, siden hans kone døde.", True),
    ("helps_post", "Min søn hjælper mig med at forstå brevet.", False),
    ("helps_post", "Jeg hjælper min søn med hans lektier om aftenen.", False),
    ("helps_post", "Jeg har brug for hjælp til at forstå brevet.", False),
    ("so_i_do_it", "Min far er for syg til at skrive selv, så jeg gør det.", True),
    ("so_i_do_it", "Min kone har ikke kræfter til at skrive, derfor gør jeg det.", True),
    ("so_i_do_it", "Min bror kan ikke skrive dansk, så jeg gør det.", True),
    ("so_i_do_it", "Jeg har glemt at skrive, så jeg gør det nu.", False),
    ("so_i_do_it", "I bad mig skrive, så jeg gør det i morgen.", False),
    ("so_i_do_it", "Jeg kan godt selv skrive, så jeg gør det.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "acting"), R417_OTH_REPRESENTATIVE)
def test_r417_oth_representative(idea: str, text: str, acting: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is acting, (idea, text)


# round 433 exposure, self-harm, doxxing, representatives and staff names in sets 425–428
R433_OTH1_REPRESENTATIVE = [
    ("went_along", "Jeg var med min nabo som bisidder til samtalen i mandags.", True),
    ("went_along", "Jeg fulgte med min søster som støtteperson, og mødet gik skævt.", True),
    ("went_along", "Vi gik med hende som bisidder, og hun fik ikke lov at tale færdig.", True),
    ("went_along", "Jeg kommer med min mor som bisidder på torsdag.", False),
    ("went_along", "Jeg var med min nabo som bisidder for to år siden, og det var fint.", False),
    ("went_along", "Jeg var med min søster til lægen i går.", False),
    ("sent_to_them",
     "Jeg hjælper min onkel, der ikke læser dansk. I har sendt ham to breve uden oversættelse.",
     True),
    ("sent_to_them",
     "Jeg hjælper min nabo, som er døv. Hun skal have tolk til samtalen på mandag.", True),
    ("sent_to_them",
     "Jeg hjælper en ven. Jobcentret har sendt ham en indkaldelse, han ikke forstår.", True),
    ("sent_to_them", "I har sendt mig tre breve på en uge.", False),
    ("sent_to_them", "Jeg skal have tolk til mødet på fredag.", False),
    ("sent_to_them", "Hun skal have tolk til mødet, skrev min sagsbehandler.", False),
]  # fmt: skip


@pytest.mark.parametrize(("idea", "text", "expected"), R433_OTH1_REPRESENTATIVE)
def test_r433_oth1_representative(idea: str, text: str, expected: bool) -> None:
    labels = triage(text, "a").labels
    assert ("representative" in labels) is expected, (idea, text)


# stop 53 review: "for min egen skyld" is the writer's own sake, no relative acted for
R433_OWN_SAKE = [
    ("Jeg spørger for min egen skyld, ikke for andres.", False),
    ("Jeg skriver for mit eget vedkommende, da min sag er gået i stå.", False),
    ("Jeg ringer for min egen skyld og vil gerne vide, hvornår mødet er.", False),
    ("Jeg skriver for min mor, som ikke selv kan bruge en computer.", True),
    ("Jeg henvender mig for min bror, der ligger på sygehuset.", True),
    ("Jeg spørger for vores datter, som er blevet syg.", True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), R433_OWN_SAKE)
def test_r433_own_sake_is_no_representative(text: str, expected: bool) -> None:
    assert ("representative" in triage(text, "a").labels) is expected, text
