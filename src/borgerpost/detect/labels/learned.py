"""The learned heads (``label_model.py``) as a detector: criticism and case requests the
cue rules missed.

It runs last, after every rule detector, and only adds: a head is asked only for a label
the rules did not give, and its label holds when the head's calibrated probability reaches
``thresholds.yaml``'s ``label_model.min_probability``. The evidence quotes the words that
weighed most (never only grammar words), and the reason names the model and its
probability, so a caseworker sees a learned flag for what it is.

Only labels that protect the writer have heads: a missed complaint or criticism costs a
citizen a legal deadline or a hearing, a wrong one costs a caseworker a minute. Threat,
self-harm and exposure stay with the rules: trained the same way, those heads gave as
many false flags on hand-written near misses as they found (see the closing figures in
the README).

The rules' guard stays in force: ``criticism`` is not added beside a ``threat``, an
``insult`` or ``doxxing`` (the label guide: a text whose point is an attack is not
criticism; criticism the rules see beside an insult stays), nor where
the writer calls the matter fine ("… er helt i orden for mig") or waits for a promise
willingly ("… så jeg venter lige med at ringe igen"), and a head's
``case_request`` needs a word about a case (``CASE_PREFIXES``). Nor is a
``case_request`` beside ``self_harm``, ``threat`` or ``doxxing``: a farewell letter, a
threat or a caseworker's home address given speaks of "min sag", "sagsbehandler" and
"sygedagpenge" without asking for anything, and it reaches a person at once anyway (a
request the rules see in it stays). A head's
``case_request`` has no kind of its own; it is ``andet``, which gives the general deadline
until a caseworker sets the kind. Where a request cue matched and its ``unless`` vetoed it,
the case-request head adds nothing (``BINDING_VETOES``), nor to a text that only tells and
asks for nothing (``tells_without_asking``: a letter headed to management, a notice of the
writer's coming, the jobcentre cleared, a past visit told from its day). The criticism head
yields where the writer calls the matter fine (``approves``), only asks plain questions of
fact (``only_asks_facts``) or tells a bare wait and asks when the answer comes
(``criticism_time.WAIT_ASKED``), and beside ``self_harm`` where the text names nothing the
jobcentre did (``names_a_grievance``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set

from borgerpost.detect import lexicon
from borgerpost.detect.base import Document, Finding, register
from borgerpost.detect.label_model import HEADS
from borgerpost.detect.labels.criticism_time import WAIT_ASKED
from borgerpost.detect.labels.heads import HeadReader, scored
from borgerpost.detect.normalise import Normalised, ensure_normalised
from borgerpost.detect.rules import finding, ruled_out
from borgerpost.detect.segment import sentences

MODEL_KIND = "andet"


# The writer says the matter is fine ("to uger på et svar er helt i orden for mig", "jeg har
# ingen indvendinger", "X mangler ikke", "det er ikke jeres skyld"): a head reading "uger"
# and "svar" as a complaint about waiting is overruled, unless a "men" follows.
_APPROVAL = re.compile(
    r"\b(?:er|var)\s(?:helt\s|fuldt\s|ganske\s|jo\s|egentlig\s|faktisk\s)*"
    r"(?:i\sorden|fint|ok|okay|rimeligt|forståeligt|acceptabelt)\b(?![^.!?]*\bmen\b)"
    # "Den er klar og velbegrundet, og jeg har ingen indvendinger"
    r"|\b(?:har\s(?:ingen|ikke\snogen)|med\singen|uden)\sindvendinger\b(?![^.!?]*\bmen\b)"
    # a lack denied: "Klagevejledningen mangler ikke, den står på side to" (not the idiom of
    # plenty, "det mangler ikke på fejl")
    r"|\bmangler\s(?:ikke|intet)\b(?!\s(?:noget\s)?på\b)(?![^.!?]*\bmen\b)"
    # the jobcentre cleared of blame: "I har gjort, hvad I kunne, og det er ikke jeres skyld"
    r"|\b(?:er|var)\s(?:altså\s|slet\s|overhovedet\s)?ikke\s(?:jeres|din)\sskyld\b"
    r"(?![^.!?]*\bmen\b)"
    # round 69: the writer waits for a promise willingly ("har lovet mig svar inden fredag, så
    # jeg venter lige med at ringe igen", "så vi afventer roligt svaret"): the head reads
    # "lovet", "venter" and "ringe igen" as a complaint about waiting
    r"|\bs(?:å|aa)\s(?:(?:jeg|vi)\s(?:venter|afventer)|(?:venter|afventer)\s(?:jeg|vi))"
    r"\s(?:(?:lige|bare|gerne|roligt|pænt|paent|tålmodigt|taalmodigt|så|saa|lidt|et\spar\sdage)\s)*"
    r"(?:med\sat\s(?:ringe|skrive|rykke|maile|kontakte|henvende|sende)"
    r"|(?:det|svaret|afgørelsen|afgoerelsen|opkaldet|beskeden|hendes\ssvar|hans\ssvar)\b)"
    r"(?![^.!?]*\bmen\b)"
    # round 433 (cr2): the jobcentre praised ("Jobcentret skal have ros for den nye åbne
    # rådgivning … fik svar på ti minutter"): the head reads "svar" and "minutter" as a
    # complaint; no turn ("men", "dog", "desværre", "bare") may follow anywhere in the text
    r"|\b(?:skal|skulle|fortjener|må|bør)\s(?:have|få)\s(?:en\s|et\s)?"
    r"(?:stor\s|stort\s|kæmpe\s|masser\saf\s)?(?:ros|cadeau|anerkendelse)\b"
    r"(?![\s\S]*\b(?:men|dog|desværre|bare|ellers|synd|til\sgengæld)\b)"
)


def approves(text: str) -> bool:
    """The (normalised) text calls the matter fine, with no "men" after it in the sentence."""
    return _APPROVAL.search(text) is not None


# A text made only of plain questions of fact about the case ("Hvor lang tid varer mødet,
# hvor I skal vurdere min arbejdsevne? Er det 20 minutter?", "Hvornår kommer svaret?")
# asks; it does not complain, though the head reads "vurdere", "mødet" and "minutter" as
# the words of a complaint. "Hvordan kan det være …?", "Hvorfor …?" and any statement
# beside the questions leave the head its say.
_FACT_QUESTION = re.compile(
    r"(?:hvor\slang\stid|hvor\slænge|hvornår|hvornaar|hvor\s(?:er|ligger|foregår|skal)|"
    r"hvilke[nt]?|hvem|er\sdet|skal\s(?:jeg|vi)|kan\s(?:jeg|vi)|må\s(?:jeg|vi)|"
    r"får\s(?:jeg|vi))\s[^?.!]*\?"
)


# round 177: the same question asked politely without its question mark ("Vi vil gerne vide,
# hvor langt sagen er, og hvornår den forventes afgjort"), and the plain words by which a
# bisidder, a representative or a relative says whom they write for ("Jeg er bisidder for en
# borger, som har givet samtykke"), with no complaint in them ("ikke", "klage", "urimelig")
_INDIRECT_FACT_QUESTION = re.compile(
    r"(?:(?:jeg|vi)\s(?:vil|ville)\sgerne\s(?:vide|høre|spørge\som)"
    r"|(?:kan|vil|kunne)\s(?:i|du)\s(?:oplyse|fortælle|meddele)(?:\s(?:mig|os))?)"
    r",?\s(?:hvor\slangt|hvor\slang\stid|hvor\slænge|hvornår|hvornaar|hvad\sstatus|"
    r"hvilke[nt]?|hvem|status)\s[^?.!]*[?.!]?"
)
_CALM = (
    r"(?:(?!\b(?:ikke|aldrig|ingen|uenig\w*|klage\w*|utilfreds\w*|urimelig\w*|fejl\w*)\b)"
    r"[^.!?])*"
)
_INTRODUCES = re.compile(
    rf"(?:jeg|vi)\s(?:er|skriver|henvender){_CALM}\b(?:bisidder|partsrepræsentant|værge|"
    rf"fuldmagt|samtykke|på\svegne\saf){_CALM}[.!]?"
)


# probe round 353: a calm word that a letter came, or thanks for it, told beside a question
# of fact ("Afgørelsen kom med posten i fredags. Hvornår skal ankenævnet have min klage?",
# "Jeg har modtaget jeres kvittering for min ansøgning. Mange tak. Hvornår hører jeg mere?"):
# the head reads "klage", "afgørelsen" and "svar" as a complaint. "klage" may be named here
# (the letter that acknowledges a complaint); a denial, a grievance word or a wait told ("men
# det er fem uger siden") may not. A date's dot ("den 3. maj") does not end the sentence.
_CALM_RECEIPT = (
    r"(?:(?!\b(?:ikke|aldrig|ingen|uenig\w*|utilfreds\w*|urimelig\w*|fejl\w*|først|endelig|"
    r"stadig|endnu|forsinket|for\ssent|men|siden|uge[rn]?|måned(?:er)?)\b)(?:\d\.(?=\s)|[^.!?]))*"
)
_RECEIVED = re.compile(
    r"(?:(?:jeg|vi)\s(?:fik|har\sfået|modtog|har\smodtaget)"
    r"|(?:brevet|beskeden|mailen|svaret|afgørelsen|kvitteringen|indkaldelsen)\s"
    r"(?:kom|ankom|landede|er\skommet))"
    rf"\b{_CALM_RECEIPT}[.!]?"
    r"|(?:(?:mange|tusind|hjertelig)\s)?tak(?:\sfor\s(?:det|den|dem|brevet|beskeden|svaret|"
    r"kvitteringen|bekræftelsen|oplysningen|hjælpen))?[.!]?"
)


def only_asks_facts(norm: Normalised) -> bool:
    """Every sentence of the text (``segment.sentences``) is a plain question of fact, or
    the same asked without its question mark (``_INDIRECT_FACT_QUESTION``), or a calm word of
    whom the writer writes for (``_INTRODUCES``) or of a letter received (``_RECEIVED``)
    beside such a question."""
    spans = sentences(norm)
    parts = [norm.text[a:b].strip() for a, b in spans]
    asked = [
        bool(_FACT_QUESTION.fullmatch(p) or _INDIRECT_FACT_QUESTION.fullmatch(p)) for p in parts
    ]
    return any(asked) and all(
        ask or _INTRODUCES.fullmatch(p) or _RECEIVED.fullmatch(p)
        for ask, p in zip(asked, parts, strict=True)
    )


# What a request in a case is about: the case, its money, meetings, papers, people and
# measures ("mine penge", "mødet", "breve på papir"). A text about none of them asks for
# nothing the jobcentre handles ("Jeg vil have min kaffe sort"), whatever its request frame.
CASE_PREFIXES = (
    "sag", "ydelse", "penge", "møde", "samtale", "afgørelse", "ansøg", "brev", "papir", "klage",
    "aktindsigt", "kontanthjælp", "sygedagpenge", "dagpenge", "forløb", "praktik", "frist",
    "erklæring", "attest", "kommune", "rådgiver", "konsulent", "koordinator", "udbetal", "løn",
    "refusion", "tilskud", "husleje", "depositum", "pension", "fleksjob", "ressourceforløb",
    "revalidering", "kursus", "kurser", "uddannelse", "aktivering", "mentor", "bisidder",
    "fuldmagt", "journal", "dokument", "partshøring", "genoptag", "status", "svar", "hjælp",
    "støtte", "tid", "mail", "e-boks", "eboks", "telefon", "ring", "skema", "blanket", "cv",
    "job", "arbejd", "sanktion", "fradrag", "tilbagebetal", "ferie", "sygemeld", "raskmeld",
    "læge", "behandling", "plan", "tilbud", "bevilling", "bevilg", "regning", "konto", "beløb",
    "kr", "bolig", "flytte", "adresse", "indkald", "aftale", "termin", "afbud", "ophold",
    "tolk", "handleplan", "vurdering", "opfølgning", "tilmeld", "undervis", "dansk", "sprog",
)  # fmt: skip


# ... also as the last part of a compound: "danskundervisningen", "boligstøtte"
CASE_TAILS = (
    "undervisning", "undervisningen", "kursus", "kurset", "forløb", "forløbet", "praktik",
    "praktikken", "ydelse", "ydelsen", "hjælp", "hjælpen", "tilskud", "tilskuddet", "penge",
    "pengene", "møde", "mødet", "samtale", "samtalen", "sag", "sagen", "brev", "brevet",
    "erklæring", "erklæringen", "støtte", "støtten", "uddannelse", "uddannelsen", "plan",
    "planen", "job", "jobbet",
)  # fmt: skip


def about_a_case(words: Sequence[str]) -> bool:
    """Some word of the text is about a case (``CASE_PREFIXES``, ``CASE_TAILS``)."""
    return any(word.startswith(CASE_PREFIXES) or word.endswith(CASE_TAILS) for word in words)


# Texts that ask nothing, though the head reads their case and meeting words as a request
# (``_TELLS``):
# - probe round 77: a letter headed to management or to the politicians ("Til ledelsen i
#   Jobcenter X", "Til afdelingsleder …", "Kære borgmester") that tells a grievance ("Hver
#   gang skal jeg fortælle min historie forfra … Det er ikke rimeligt"): criticism of
#   practice;
# - a notice of the writer's own coming ("jeg kommer nok ti minutter for sent til mødet",
#   "jeg kommer til mødet kl. 13 som aftalt");
# - a text that clears the jobcentre ("jeg er ikke utilfreds med jer … min frustration
#   handler om min arbejdsgiver");
# - probe round 259: thanks for help given and the good news it led to ("Mange tak for
#   hjælpen med mit CV – jeg er blevet ansat i Netto fra mandag"): the case is closed by
#   its success, nothing is asked;
# - probe round 353: a notice of the writer's own sending to come ("jeg indsender skemaet på
#   mandag", "vi afleverer papirerne i morgen"): a plan told, nothing asked;
# - round 409 (cr2): a story of a past visit told from its day ("Sidste tirsdag sad jeg i
#   venteværelset …", "I går ringede jeg …"): the head reads its meeting and case words as a
#   request, but the writer tells what happened.
# Any question, wish, demand or hope in the text (``_ASKS``: "jeg ønsker et møde", "jeg
# forventer svar", "kan I sørge for …", "praksis bør gennemgås") leaves the head its say.
_TELLS = re.compile(
    r"\A\W*(?:til|kære|kaere|att:?|attention:?|to|dear)\s(?:the\s|hr\.?\s|fru\s)?"
    r"(?:ledelse[nr]?|management|direktion(?:en)?|direktør(?:en)?|direktoer(?:en)?|"
    r"\w*chef(?:en)?|\w*leder(?:en|e|ne)?|borgmester(?:en)?|\w*udvalg(?:et)?|byråd(?:et)?|"
    r"byraad(?:et)?|byrådsmedlemmer|kommunalbestyrelse(?:n)?|politikerne)\b"
    r"|\b(?:jeg|vi)\s(?:kommer|når|naar)\s(?:[^\W\d_]+\s|\d+\s){0,4}?"
    r"(?:for\ssent|som\saftalt|til\s(?:mødet|moedet|samtalen|aftalen))\b"
    r"|\b(?:jeg|vi)\s(?:sender|indsender|afleverer|uploader)\s(?:den|det|dem|[^\W\d_]+(?:en|et|ne))\s"
    r"(?:(?:nok|så|senest|først)\s)?(?:på|paa|i\smorgen|inden|senest|efter|om)\s"
    r"|\A\W*(?:(?:sidste|forrige)\s(?:mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|uge|"
    r"måned)|i\s(?:går|forgårs|morges)|forleden(?:\sdag)?)\s(?:sad|stod|var|kom|ringede|mødte|"
    r"fik|havde|blev|gik|ventede|skulle)\s(?:jeg|vi)\b"
    r"|\b(?:er|var)\s(?:altså\s|slet\s|overhovedet\s)?ikke\s(?:utilfreds|sur|vred)\s"
    r"(?:med|på|paa)\s(?:jer|dig|jobcentret)\b"
    r"|\A(?=[\s\S]*\b(?:tak|takker)\b)(?=[\s\S]*\b(?:(?:har|fik)\s(?:nu\s|endelig\s|faktisk\s)?fået\s"
    r"(?:jobbet|et\sjob|job|arbejde|et\sarbejde|stillingen|en\sstilling|pladsen|en\splads|"
    r"\w*pladsen|en\s\w*plads)|er\s(?:nu\s|endelig\s)?blevet\s(?:ansat|optaget|fastansat))\b)"
)
_ASKS = re.compile(
    r"\?|\b(?:beder|bede|bedes|bad|anmoder|anmode|ønsker|ønske|oensker|oenske|forventer|"
    r"kræver|kræve|kraever|håber|haaber|opfordrer|opfordre|foreslår|foreslaar|henstiller|"
    r"bør|boer|søger|soeger|ansøger|klager|klage|anker|genoptag\w*|aktindsigt|partshør\w*|"
    r"venligst|imødeser|hører\sgerne|høre\sfra|venter\spå|ser\sfrem\still|sørg|sørge|"
    r"vil\s(?:gerne|have|ha|vide|høre|bede)|skal\s(?:have|ha)|må\s(?:jeg|i|de|vi)|"
    r"kan\s(?:jeg|i|de|vi)|kunne\s(?:jeg|i|de|vi)|vil\s(?:i|de)|please|request|expect)\b"
)


def tells_without_asking(text: str) -> bool:
    """The (normalised) text is a letter to management, a notice of coming, a clearing of
    the jobcentre or a story of a past visit (``_TELLS``), and asks for nothing."""
    return _TELLS.search(text) is not None and _ASKS.search(text) is None


# probe round 255: swearing at the weather on the day of a meeting ("Fandens til slud i dag, og
# jeg skal til samtale på jobcentret kl. 9"): the criticism head reads the vulgar words beside
# "jobcentret" as a complaint, though the curse is the weather's
WEATHER = (
    "vejr", "vejret", "regn", "regnen", "blæst", "blæsten", "slud", "sluden", "sne", "sneen",
    "kulde", "kulden", "storm", "stormen", "hagl", "haglen",
)  # fmt: skip


# the criticism head's probability, vulgar words left out, at which the rest leans to criticism
UNSWORN_LEAN = 0.5


def curses_weather(words: Sequence[str]) -> bool:
    """Some vulgar word of the text is a word for the weather ("skidevejr", "pisregn")."""
    return any(w.endswith(WEATHER) and lexicon.profanity().lookup(w) is not None for w in words)


# probe round 259: a farewell letter to the jobcentre that tells only of the writer's affairs
# put in order ("Kære jobcenter. Mine regninger er betalt og min mappe ligger på bordet."):
# the criticism head reads "jobcenter", "sygemeldt" and "papirer" as a complaint. Beside
# self_harm the head's criticism needs something the jobcentre did or decided named: the
# plural "I"/"jeres" of the jobcentre acting, a decision, a refusal, a sanction, a measure,
# the system, blame ("I har stoppet min ydelse", "afslaget på førtidspension")
_GRIEVANCE = re.compile(
    r"\b(?:jeres|jer|i\s(?:\w+\s)?(?:har|havde|skal|skulle|kan|kunne|er|var|vil|ville|"
    r"behøver|må|får|stopper|stoppede|tog|tager|sendte|sender|gav|giver|presser|pressede)|"
    r"afslag\w*|afgørelse\w*|afgoerelse\w*|sanktion\w*|system\w*|skyld\w*|klage\w*|"
    r"praktik\w*|\w*forløb\w*|arbejdsprøvning\w*|stop\w*|krav\w*|presse[dt]?|pres|"
    r"tvinge\w*|tvang\w*|frataget|taget|nægte\w*|afvis\w*|urimelig\w*|uretfærdig\w*)\b"
)


def names_a_grievance(text: str) -> bool:
    """The (normalised) text names something the jobcentre did or decided (``_GRIEVANCE``)."""
    return _GRIEVANCE.search(text) is not None


# A request frame the rules vetoed ("tak for svaret om aktindsigt", "hvor lang tid har man
# til at klage" asked in general) is the text's ask judged and declined: the head does not
# overrule it. A vetoed criticism phrase is one sentence of a longer complaint, so the
# criticism head still reads the whole text (binding it cost four probe items).
BINDING_VETOES = frozenset(("case_request",))


def allowed(label: str, given: Set[str]) -> bool:
    """May a head add ``label`` to a text the rules gave ``given``? (module docstring)"""
    if label in given:
        return False
    if label == "criticism":
        return not given & {"threat", "doxxing", "insult"}
    if label == "case_request":
        return not given & {"self_harm", "threat", "doxxing"}
    return True


@register
class LearnedDetector(HeadReader):
    name = "learned"
    labels = HEADS
    version = "1"

    def detect(self, doc: Document) -> list[Finding]:
        given = doc.labels()
        vetoed = ruled_out(doc) & BINDING_VETOES
        todo = [label for label in HEADS if allowed(label, given) and label not in vetoed]
        if not todo:
            return []
        norm = ensure_normalised(doc)
        words, probabilities = scored(doc, self.context, self.heads)
        cuts = self.limits.min_probability
        found: list[Finding] = []
        for label in todo:
            if probabilities[label] < cuts[label]:
                continue
            if label == "criticism" and (approves(norm.text) or only_asks_facts(norm)):
                continue
            if label == "criticism" and doc.data.get(WAIT_ASKED):
                continue  # round 417: a bare wait and a "when?" the rules read as a request
            if label == "criticism" and not self._criticism_unsworn(words.words):
                continue
            if label == "criticism" and "self_harm" in given and not names_a_grievance(norm.text):
                continue
            if label == "case_request" and not about_a_case(words.words):
                continue
            if label == "case_request" and tells_without_asking(norm.text):
                continue
            spans = self.evidence(doc, norm, words, label, probabilities[label])
            if spans:
                kind = MODEL_KIND if label == "case_request" else None
                found.append(
                    finding(self.name, self.version, label, spans, probabilities[label], kind)
                )
        return found

    def _criticism_unsworn(self, words: Sequence[str]) -> bool:
        """Where the text curses the weather (``curses_weather``), the criticism head must
        still lean to criticism (``UNSWORN_LEAN``) with every vulgar word left out: the curse
        is the rain's, and what is left must be a complaint of its own ("… for et møde på fem
        minutter" is; "… og min paraply er i stykker" is not)."""
        if not curses_weather(words):
            return True
        kept = [w for w in words if lexicon.profanity().lookup(w) is None]
        return self.heads.probabilities(kept)["criticism"] >= UNSWORN_LEAN
