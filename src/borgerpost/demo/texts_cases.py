"""Demo texts of ordinary contact: case requests, representatives, criticism and praise.

Written for the demo (not taken from any data set). ``{slots}`` are filled by
``demo.compose``: cw/cw_first/cw_sur (the caseworker), benefit, unit, date, past_date,
time, amount, month, weeks, head, dep, phone, new_address, official_address, official_phone,
my_benefit/My_benefit/own_benefit ("mine sygedagpenge", "min kontanthjælp"),
and for representatives client/client_first and parent/sibling/pron/Pron.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Texts:
    """Subjects and bodies of one kind of message; ``attach`` names a demo attachment.

    ``paired``: subject *i* belongs to body *i* (topics differ); else any subject fits.
    """

    subjects: tuple[str, ...]
    bodies: tuple[str, ...]
    attach: str = ""
    paired: bool = False

    def pick(self, rng: random.Random) -> tuple[str, str]:
        """A (subject, body) template pair."""
        index = rng.randrange(len(self.bodies))
        subject = self.subjects[index] if self.paired else rng.choice(self.subjects)
        return subject, self.bodies[index]

    def __post_init__(self) -> None:
        if self.paired and len(self.subjects) != len(self.bodies):
            raise ValueError("paired texts need one subject per body")


KLAGE = Texts(
    ("Klage over afgørelse", "Klage – stop af {benefit}", "Klage over afgørelse af {past_date}",
     "Jeg klager over jeres afgørelse", "Formel klage"),
    ("Jeg har modtaget jeres afgørelse af {past_date} om, at {my_benefit} stopper. Jeg er ikke "
     "enig og vil hermed klage. Jeg mener ikke, at I har taget højde for de nye oplysninger fra "
     "min læge, som jeg sendte til {cw} i sidste måned. Fastholder I afgørelsen, vil jeg have "
     "klagen sendt videre til Ankestyrelsen.",
     "Hermed min klage over sanktionen i {my_benefit} for {month}. Jeg var mødt op, men stod "
     "ved den forkerte indgang, fordi indkaldelsen ikke sagde, hvor mødet var. Jeg ringede til "
     "receptionen samme formiddag. Jeg beder om, at sanktionen trækkes tilbage.",
     "Jeg klager over, at min ansøgning om hjælp til tandbehandling er afvist. Begrundelsen i "
     "brevet er på tre linjer, og der står ikke, hvilke regler I har brugt. Jeg beder jer se på "
     "sagen igen og ellers sende den videre.",
     "Jeg klager hermed over afgørelsen om, at jeg ikke har ret til {benefit} fra {past_date}. "
     "Jeg har hele tiden stået til rådighed, og det kan jeg dokumentere med mine jobsøgninger "
     "på Jobnet. En oversigt er vedhæftet.",
     "Det her er en formel klage. {My_benefit} er sat ned med {amount}, uden at jeg blev hørt "
     "først. Jeg opdagede det først, da pengene manglede på kontoen. Jeg vil have en skriftlig "
     "begrundelse og have sagen behandlet forfra.",
     "Jeg klager over afslaget på forlængelse. Min speciallæge skriver tydeligt, at behandlingen "
     "først er færdig om {weeks} uger, og det er ikke nævnt med et ord i afgørelsen.",
     "Jeg har fået afslag på at få dækket transport til mit praktiksted, og det vil jeg klage "
     "over. Der er 23 km hver vej, og den første bus kører først kl. 8.10. Jeg kan ikke se, at "
     "nogen har undersøgt det."),
)

AKTINDSIGT = Texts(
    ("Anmodning om aktindsigt", "Aktindsigt i min sag", "Aktindsigt", "Aktindsigt – {unit}"),
    ("Jeg vil gerne bede om aktindsigt i hele min sag, også journalnotater, mails mellem {cw} "
     "og lægekonsulenten og referater fra rehabiliteringsteamet. Send det gerne digitalt.",
     "Hermed anmodning om aktindsigt efter forvaltningsloven i min sag hos {unit}. Jeg vil især "
     "se de notater, der ligger til grund for afgørelsen af {past_date}.",
     "Kan jeg få aktindsigt i de oplysninger, I har hentet fra min arbejdsgiver og fra min egen "
     "læge? Jeg har aldrig set, hvad der står, og jeg vil gerne kunne rette fejl.",
     "Jeg anmoder om aktindsigt i alle dokumenter i min sag fra {month} og frem, også interne "
     "mails. Jeg ved, at I normalt skal svare inden for 7 arbejdsdage.",
     "Jeg vil gerne se, hvad der står om mig i jeres system, herunder den vurdering {cw} skrev "
     "efter vores samtale {past_date}. Betragt det som en anmodning om aktindsigt."),
)

GENOPTAGELSE = Texts(
    ("Anmodning om genoptagelse", "Genoptagelse af min sag", "Nye oplysninger – genoptagelse"),
    ("Jeg beder om at få min sag genoptaget. Efter afgørelsen er jeg blevet udredt på "
     "Regionshospitalet og har fået en diagnose, som ændrer billedet. Epikrisen er vedhæftet.",
     "Jeg anmoder om genoptagelse af sagen om {my_benefit}, fordi der er kommet nye oplysninger "
     "fra min psykolog. De var ikke med, da afgørelsen blev truffet {past_date}.",
     "Kan I genoptage min sag? I har regnet med en forkert indtægt for {month}. Lønsedlen viser "
     "et andet beløb end det, der står i afgørelsen.",
     "Jeg har nu fået svar fra Udbetaling Danmark, og det betyder, at jeres beregning ikke "
     "længere holder. Jeg vil gerne have sagen taget op igen.",
     "Min tilstand er blevet værre siden sidste vurdering, og min læge har skrevet en ny status. "
     "Jeg beder derfor om, at sagen genoptages."),
    attach="laegeerklaering",
)

PARTSHOERING = Texts(
    ("Svar på partshøring", "Partshøring – frist", "Vedr. partshøring af {past_date}",
     "Bemærkninger til partshøring"),
    ("Jeg har fået et brev om partshøring og vil gerne svare, men fristen er {date}, og jeg "
     "venter stadig på en tid hos lægen. Kan jeg få fristen forlænget med to uger?",
     "Her er mine bemærkninger til partshøringen. Det passer ikke, at jeg har afvist "
     "virksomhedspraktikken – jeg bad om at få den udskudt, fordi jeg var indlagt. Det kan {cw} "
     "se i mine mails.",
     "Jeg forstår ikke det brev om partshøring, jeg har fået. Hvad er det præcist, I vil have "
     "mig til at svare på, og hvad sker der, hvis jeg ikke svarer?",
     "Jeg er uenig i, at jeg kan arbejde 15 timer om ugen. Jeg prøvede i arbejdsprøvningen og "
     "måtte stoppe efter to uger på grund af smerter i ryggen.",
     "Jeg er blevet bedt om at komme med bemærkninger, før I træffer afgørelse. Jeg vil hellere "
     "have et møde end at skrive, for jeg har svært ved at formulere mig på skrift."),
)

MOEDE = Texts(
    ("Flytning af møde", "Mødet {date}", "Afbud til samtale {date}", "Kan vi rykke mødet?",
     "Bisidder til mødet", "To indkaldelser samme dag", "Opfølgningssamtale"),
    ("Jeg er indkaldt til samtale {date} {time}, men jeg skal til scanning på sygehuset samme "
     "formiddag. Kan vi finde en anden tid? Jeg kan alle dage efter kl. 12.",
     "Kan mødet {date} holdes over telefon eller video? Jeg har ikke råd til bussen ind til "
     "Vestby lige nu.",
     "Jeg må desværre melde afbud til samtalen {date}. Min søn er syg, og jeg har ingen til at "
     "passe ham. Send gerne en ny tid.",
     "Hej {cw_first}. Jeg kan ikke nå mødet {time} på torsdag, for min praktik slutter først "
     "kl. 14. Kan vi rykke det en time?",
     "Må jeg tage en bisidder med til mødet {date}? Skal jeg give besked på forhånd om, hvem "
     "det er?",
     "Jeg har fået to indkaldelser til {date} – én fra jer og én fra a-kassen. Hvilken skal jeg "
     "gå til?",
     "Kan min opfølgningssamtale flyttes en uge? Jeg er bortrejst med børnene, og det aftalte "
     "jeg med {cw} før sommerferien."),
    paired=True,
)

UDBETALING = Texts(
    ("Manglende udbetaling {month}", "Beløbet er for lavt", "Tilbagebetaling – forstår ikke "
     "beregningen", "Penge ikke modtaget – haster", "Udbetaling af {benefit}",
     "Modregning i {month}", "Tilskud i fleksjob"),
    ("Jeg har ikke fået {my_benefit} for {month} endnu. Der plejer at være penge den sidste "
     "hverdag i måneden. Er der sket en fejl?",
     "Hvorfor er der kun udbetalt {amount} denne måned? Det er meget mindre end normalt, og jeg "
     "har ikke fået noget brev.",
     "Jeg har fået et brev om tilbagebetaling af {amount}. Jeg kan ikke se, hvordan beløbet er "
     "regnet ud. Kan I sende en specifikation?",
     "Pengene er ikke kommet ind på min NemKonto. Huslejen skal betales den 1., så det haster.",
     "Hvornår bliver {benefit} for perioden fra {past_date} udbetalt? Min arbejdsgiver siger, "
     "at de har indberettet det hele.",
     "Der er trukket {amount} i {month}, og på specifikationen står der bare 'modregning'. "
     "Hvad dækker det over?",
     "Jeg er startet i fleksjob og vil gerne vide, hvornår det første tilskud kommer, og om der "
     "bliver trukket noget for dagene i starten af måneden."),
    paired=True,
)

STATUS = Texts(
    ("Hvornår får jeg svar?", "Status på min sag", "Har I modtaget mine papirer?",
     "Status – ressourceforløb", "Rehabiliteringsteamet", "Ny sagsbehandler?", "Enkeltydelse"),
    ("Jeg sendte min ansøgning for {weeks} uger siden og har ikke hørt noget. Hvornår kan jeg "
     "forvente svar?",
     "Hvordan går det med min sag? Sidst jeg talte med {cw}, skulle der hentes en lægeattest, og "
     "siden har jeg ikke hørt noget.",
     "Jeg vil bare høre, om I har fået de papirer, jeg afleverede i receptionen på "
     "{official_address} {past_date}.",
     "Hvad er status på min sag om ressourceforløb? Jeg har ventet siden {month} og har brug "
     "for at kunne planlægge.",
     "Har min sag været på mødet i rehabiliteringsteamet? Jeg har ikke fået noget referat.",
     "Jeg har fået ny sagsbehandler, men ved ikke hvem. Hvem skal jeg kontakte fremover? Jeg "
     "har prøvet at ringe på {official_phone} uden at komme igennem.",
     "Jeg har søgt om enkeltydelse til en vaskemaskine og vil gerne vide, hvor langt I er."),
    paired=True,
)

ANDET = Texts(
    ("Lægeerklæring", "Ny adresse", "Lønsedler", "Nyt telefonnummer", "Ferie",
     "Job ved siden af?", "Glemt lønseddel"),
    ("Hermed den lægeerklæring, som {cw} bad om. Den er vedhæftet som PDF.",
     "Jeg er flyttet. Min nye adresse er {new_address}. Vil I rette det i jeres system?",
     "Vedhæftet er mine lønsedler for de sidste tre måneder, som I bad om.",
     "Jeg har fået nyt telefonnummer: {phone}. Det gamle virker ikke længere.",
     "Jeg skal på ferie fra {date} i to uger. Skal jeg melde det et bestemt sted?",
     "Jeg har fået tilbudt et job på 20 timer om ugen. Hvad betyder det for {my_benefit}?",
     "Jeg kunne slå mig selv i hovedet over, at jeg glemte lønsedlen i går. Her er den."),
    paired=True,
    attach="laegeerklaering",
)

CRITICISM = Texts(
    ("Kritik af sagsbehandlingen", "Til ledelsen", "Telefontiden", "Utilfredshed",
     "Jeres breve", "Åbent brev til Jobcenter Vestby"),
    ("Det er fjerde gang på et halvt år, at min sag skifter sagsbehandler. Hver gang skal jeg "
     "forklare min sygdom forfra, og ingen har overblik. Sådan kan et jobcenter ikke drives, og "
     "jeg synes, ledelsen skal se på det.",
     "Jeres telefontid fra 9 til 11 er alt for kort. I dag ringede jeg 43 gange uden at komme "
     "igennem. Når man er syg og bekymret for sin økonomi, er det uacceptabelt.",
     "Jobcenter Vestby sender folk på det ene kursus efter det andet, uden at det fører til job. "
     "Jeg har nu været på tre CV-kurser. Det er spild af både min tid og skatteydernes penge, og "
     "jeg håber, beskæftigelsesudvalget ser på resultaterne.",
     "Brevet om {my_benefit} var skrevet i et sprog, som selv min svoger, der er jurist, ikke "
     "kunne forstå. Det er kritisabelt, at en kommune skriver sådan til mennesker, der i "
     "forvejen er pressede.",
     "Jeg mener, at jobcenterchef {head} traf en forkert beslutning, da udkontoret i Lille "
     "Vestby blev lukket. Nu bruger folk uden bil to timer på at komme til et møde. Det rammer "
     "de svageste hårdest.",
     "Det er dybt kritisabelt, at min partshøring blev sendt, mens jeg var indlagt, og at "
     "afgørelsen kom, før fristen var udløbet. I overholder ikke jeres egne regler, og jeg "
     "forventer, at nogen tager ansvar for det.",
     "Afdelingsleder {dep} sagde til lokalavisen, at ventetiderne er under kontrol. Det passer "
     "ikke med min oplevelse: Jeg har ventet {weeks} uger. Offentliggør de faktiske "
     "sagsbehandlingstider.",
     "Jeres nye selvbetjening er håbløs for ældre borgere. Min mor på 63 kan ikke finde ud af "
     "at uploade dokumenter, og ingen vil hjælpe hende i telefonen.",
     "Jeres praksis med at kræve ny lægeattest hver fjerde uge for folk med kroniske sygdomme "
     "koster lægen tid, mig penge og kommunen penge, og den ændrer ingenting. Den bør laves om."),
)

PRAISE = Texts(
    ("Tak!", "Ros", "En stor tak", "Tak for hjælpen"),
    ("Jeg vil bare sige tak til {cw} for hjælpen det sidste halve år. Du har lyttet og taget "
     "mig alvorligt, og det har gjort en kæmpe forskel.",
     "Tak for et godt og ordentligt møde i går. Det var første gang, jeg gik fra jobcentret med "
     "en plan, jeg selv tror på.",
     "Stor ros til receptionen, som hjalp min far med at finde de rigtige papirer, selvom han "
     "kom uden aftale.",
     "Jeg er startet i job i denne uge! Tak til {cw_first} for ikke at give op på mig.",
     "Jeg vil gerne rose {cw} over for ledelsen: hurtige svar, præcise breve og altid venlig."),
)

REPRESENTATIVE = {
    "bisidder": Texts(
        ("Møde for {client}", "Bisidder – {client}", "Vedr. {client}"),
        ("Jeg skriver som bisidder for {client}, som har givet mig lov til at kontakte jer. Vi "
         "vil gerne have flyttet mødet {date}, fordi jeg ikke kan deltage, og {client_first} "
         "ønsker ikke at komme alene.",
         "Jeg er bisidder for {client} og deltager i samtalen {date}. Kan I sende dagsordenen "
         "til mig også, så vi kan forberede os sammen?"),
    ),
    "partsrepræsentant": Texts(
        ("Partsrepræsentation – {client}", "Fuldmagt og aktindsigt – {client}"),
        ("Undertegnede er partsrepræsentant for {client} i sagen om {benefit}. Fuldmagt er "
         "vedhæftet. Vi anmoder om aktindsigt i sagens akter og om, at al fremtidig "
         "korrespondance også sendes til mig.",
         "Vi repræsenterer vores medlem {client} og beder om at få oplyst, hvornår der træffes "
         "afgørelse om forlængelse. Vores medlem har nu ventet i {weeks} uger."),
        attach="fuldmagt",
    ),
    "advokat": Texts(
        ("Klage – min klient {client}", "Anmodning om akter – {client}"),
        ("På vegne af min klient, {client}, klager jeg hermed over kommunens afgørelse af "
         "{past_date}. Afgørelsen lider efter vores opfattelse af en væsentlig "
         "begrundelsesmangel, jf. forvaltningslovens § 24. Vi beder om, at sagen genvurderes, "
         "og at klagen ellers sendes til Ankestyrelsen.",
         "Som advokat for {client} anmoder jeg om kopi af samtlige akter i sagen, herunder "
         "interne notater og korrespondance med lægekonsulenten. Min fuldmagt vedlægges."),
        attach="fuldmagt",
    ),
    "familie": Texts(
        ("På vegne af {client}", "Sag for {client}", "Hjælp til {client_first}s sag"),
        ("Jeg skriver på vegne af {parent}, {client}, som har svært ved at bruge en computer. "
         "{Pron} har givet mig fuldmagt, som er vedhæftet. {Pron} har ikke fået {own_benefit} "
         "for {month}, og vi vil gerne vide hvorfor.",
         "Min {sibling} {client} har bedt mig hjælpe med sin sag, fordi {pron} er indlagt. Kan I "
         "sende indkaldelsen til mig i stedet? En underskrevet fuldmagt er vedhæftet.",
         "Jeg hjælper min nabo, {client}, med at forstå brevet om partshøring. {Pron} vil gerne "
         "have mere tid til at svare og har skrevet under på den vedhæftede fuldmagt."),
        attach="fuldmagt",
    ),
}

CASE_KINDS: dict[str, Texts] = {
    "klage": KLAGE,
    "aktindsigt": AKTINDSIGT,
    "genoptagelse": GENOPTAGELSE,
    "partshoering": PARTSHOERING,
    "moede": MOEDE,
    "udbetaling": UDBETALING,
    "status": STATUS,
    "andet": ANDET,
}

GREETINGS = ("Hej {cw_first}", "Kære {cw}", "Til {unit}", "Hej", "Kære Jobcenter Vestby",
             "Til rette vedkommende", "Goddag")
CLOSINGS = ("Venlig hilsen", "Med venlig hilsen", "Mvh", "Hilsen", "Mange hilsner")
