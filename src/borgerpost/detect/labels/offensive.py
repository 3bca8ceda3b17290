"""``offensive``: vulgar, profane or degrading language, aimed at someone or not.

Four sources, each its own evidence:

* vulgar words from ``lexicon/profanity.yaml`` ("fandme", "lortesystem", "pisseirriterende");
  the ``mild`` ones ("røv", "pis") only when the DKhate model agrees (``mild_words``);
* swearing frames from ``cues/offensive.yaml`` ("for helvede", "hold kæft");
* every ``insult`` found earlier in the pipeline that uses degrading words — epithets
  ("idiot", "røvslikker"), degrading adjectives ("hjernedød") and vulgar abuse ("fuck
  dig"), people named rabble ("revl og krat") and people denied being human ("han er
  ikke et menneske, han er et dyr"); contempt worded without them ("har
  samme empati som en parkeringsautomat", "et pinligt lille menneske", "uden skyggen af
  skam") is an insult but not offensive language;
* the DKhate language model (``offensive_model.py``) when its calibrated probability reaches
  ``thresholds.yaml``'s ``min_probability``; its evidence quotes the words that weighed most.

A vulgar word masked with asterisks ("f*cking", "sh*t", "l*rt") is still that word: the
normaliser spells it out (``masking.py``), and the evidence says it was masked.

A vulgar intensifier before praise ("pisse godt", "hold kæft hvor er det flot") is left
out, also when it is all the model reacted to: it praises. An oath cut off from the praise by
a comma is no intensifier: it swears ("Satans, hvor var det flot"). Plain strong words
("skandale", "kritisabelt") are in none of the sources.
"""

from __future__ import annotations

from collections.abc import Sequence

from borgerpost.detect import lexicon
from borgerpost.detect.base import Document, Evidence, Finding, evidence, register
from borgerpost.detect.context import PipelineContext
from borgerpost.detect.cues import CueMatch
from borgerpost.detect.labels.insult_homographs import heard_verb, neutral_readings
from borgerpost.detect.labels.insult_lexicon import degrading_hit, epithet_hit
from borgerpost.detect.labels.offensive_literal import LITERAL_CONTEMPT
from borgerpost.detect.labels.offensive_names import name_with_vulgar_prefix
from borgerpost.detect.normalise import ensure_normalised
from borgerpost.detect.offensive_model import OffensiveModel, load_model
from borgerpost.detect.rules import CueDetector, finding, match_evidence, quote
from borgerpost.detect.textview import SENTENCE, TokenView
from borgerpost.detect.thresholds import thresholds

# probe round 96: a want of heart or feeling said of a person ("hun er hjerteløs", "en
# følelseskold type", "sjælløse skrankepaver"): an insult, but a moral verdict in plain
# words, not vulgar or degrading language (as "slesk", "rygradsløs", round 8); an epithet or
# a vulgar word beside it still makes it offensive ("hjerteløse kællinger"). Entries of
# lexicon/degrading.yaml, which stays as the DKhate model read it.
HEARTLESS = frozenset(("hjerteløse", "følelseskolde", "sjælløse"))
# round 132: so too a want of ability said alone ("det mest uduelige menneske", "hun er
# inkompetent"): a sharp judgement in plain words; piled on another degrading adjective ("så
# arrogant og uduelig en sagsbehandler") it is degrading language still. Probe round 377c:
# "ubrugelig" too, said alone or in mock praise ("der skal mod til at være så ubrugelig")
INEPT = frozenset(("uduelige", "inkompetente", "ubrugelige"))
PILE_REACH = 3  # words back to the adjective an inept one is piled on ("arrogant, sur og …")
PILE_FILLERS = frozenset(("og", "så", "fuldstændig", "totalt", "helt", "komplet", "mest"))
# round 144: the desk-bound elf compounds ("en flok skrivebordsnisser", "den lille
# kontornisse") belittle a person's work in an office word: an insult, but no vulgar or
# degrading language on their own; a vulgar word beside them ("de satans kontornisser", a
# "lortenisse") still makes the text offensive. Entries of lexicon/epithets.yaml.
DESK_ELVES = frozenset((
    "skrivebordsnisse", "kontornisse", "papirnisse", "systemnisse", "kommunenisse",
    "paragrafnisse",
))


# round 164 (critreq): cowardice or servility said of a body of people ("udvalget er en flok
# kujoner", "ledelsens nikkedukker"): an insult, but a moral verdict in plain words, no vulgar
# or degrading language on its own; a vulgar word beside them ("de satans kujoner") still
# makes the text offensive. Entries of lexicon/epithets.yaml.
SPINELESS = frozenset(("kujon", "kryster", "nikkedukke", "lakaj", "marionet", "slapsvans"))
PLAIN_EPITHETS = DESK_ELVES | SPINELESS


def _degrading_word(word: str) -> bool:
    """A vulgar word, an epithet or an adjective that degrades on its own ("dum")."""
    if lexicon.profanity().lookup(word) is not None or epithet_hit(word) is not None:
        return True
    hit = degrading_hit(word)
    if hit is None and word.endswith("ste") and len(word) > 6:
        # the superlative of such an adjective ("det dummeste menneske", "den mest
        # latterlige" aside): "dummeste" -> "dumme", "tåbeligste" -> "tåbelige"
        hit = degrading_hit(word[:-3] + "e") or degrading_hit(word[:-4] + "e")
    return (
        hit is not None
        and hit.category == "alone"
        and hit.entry not in HEARTLESS
        and hit.entry not in INEPT
    )


def _plain_epithets_only(view: TokenView, e: Evidence) -> bool:
    """Evidence that is only desk-bound elf compounds ("skrivebordsnisser") or plain words of
    cowardice or servility ("kujoner", "nikkedukker")."""
    first, last = view.word_at_raw(e.start), view.word_at_raw(max(e.start, e.end - 1))
    words = view.words[first : last + 1]
    hits = [epithet_hit(word) for word in words]
    return bool(words) and all(hit is not None and hit.entry in PLAIN_EPITHETS for hit in hits)


def _inept(word: str) -> bool:
    hit = degrading_hit(word)
    return hit is not None and hit.entry in INEPT


def _piled(view: TokenView, i: int) -> bool:
    """Another degrading adjective just before the one at ``i`` ("arrogant og uduelig")."""
    for word in reversed(view.words[max(0, i - PILE_REACH) : i]):
        if word == SENTENCE:
            return False
        if word in PILE_FILLERS:
            continue
        return degrading_hit(word) is not None
    return False


PROFANITY = "lexicon/profanity.yaml"
# Mild oaths that swear when they open a sentence and stand apart from it ("Pis. Jeg glemte
# mødet", "Satan, nu er den gal igen"); "der lugter af pis" is another word. Not the English
# "Damn, jeg savner …", which Danish writers use as a mild sigh (DKhate's NOT comments).
# Hell opening a sentence on its own ("Helvede også, jeg glemte mødet") is the oath too; in
# a clause it is the noun ("det er et helvede").
INTERJECTIONS = frozenset(("pis", "satan", "helvede"))
# An emphatic particle may follow the oath before the break ("Pis altså.", "Helvede også,").
OATH_PARTICLES = frozenset(("også", "osse", "altså", "da", "sgu", "mand"))
# Insult evidence from these cues is worded politely: an insult, not offensive language.
POLITE_CONTEMPT = ("insult:contempt.",)
# probe round 104: "nul" before the quality it counts ("har nul empati", "nul hjerne") is the
# number, no epithet; "et fuldkomment nul" ends the contempt it names and stays degrading
ZERO_WORDS = frozenset(("nul",))
# ... except people named rabble ("noget revl og krat", "pak og pøbel"): a name that degrades
# like an epithet, however old-fashioned its words
NAMED_RABBLE = ("insult:contempt.rabble",)
# the rule of a degrading adjective said of a person, before its entry
HEARTLESS_RULE = "insult:degrading:"
PRAISE_REACH = 6
# A mild word used as a noun of contempt for a thing ("til det pis", "sådan noget pis",
# "hele pisset"): the word right before it points at it. Not urine told of ("der lugter af
# pis", "hunden har lavet noget pis på gulvet"): these words in the sentence take it back.
CONTEMPT_NOUNS = frozenset(("pis", "pisset"))
CONTEMPT_POINTERS = frozenset(
    "det dette noget jeres dit deres hele her der alt".split()  # noqa: SIM905
)
LITERAL_WORDS = (
    "lugt", "lugte", "tis", "urin", "gulv", "hund", "kat", "bukser", "ble", "seng", "toilet",
    "tæppe", "madras", "sofa", "vask", "trappe", "opgang", "elevator",
)
# Applause or an eye-roll beside the "praise" makes it sarcasm ("SKIDE GODT GÅET 👏👏"):
# the vulgar intensifier then swears, it does not praise.
SARCASM = ("\N{CLAPPING HANDS SIGN}", "\N{FACE WITH ROLLING EYES}",
           "\N{UPSIDE-DOWN FACE}", "\N{UNAMUSED FACE}", "\N{CLOWN FACE}")
# Words that may stand between an intensifier and the praise it strengthens.
FILLERS = frozenset(
    "hvor er var det den de en et så bare da lige sikke nogle noget altså også jo sgu "  # noqa: SIM905
    "fandme meget virkelig".split()
)


# stop 31: the robber's forms and compounds ("røveren", "røverkøb") are read as "røv" plus a
# compound by the profanity lexicon, whose never-list has only "røver"; told here, since the
# lexicon files are the DKhate model's features (guarded by lexicon_fingerprint)
ROBBER = "røver"


@register
class OffensiveDetector(CueDetector):
    name = "offensive"
    labels = ("offensive",)
    version = "1"
    cue_file = "cues/offensive.yaml"

    def __init__(self, context: PipelineContext, model: OffensiveModel | None = None) -> None:
        super().__init__(context)
        self._model = model
        self.limits = thresholds().offensive_model
        self.intensifiers = lexicon.word_set(PROFANITY, "intensifiers")
        self.praise = lexicon.word_set(PROFANITY, "praise")
        self._sarcastic = False  # set per document in ``detect``

    @property
    def model(self) -> OffensiveModel:
        """The DKhate model, loaded on first use (building a pipeline stays cheap)."""
        if self._model is None:
            self._model = load_model()
        return self._model

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        self._sarcastic = any(mark in doc.raw for mark in SARCASM)
        probability, model_spans = self._model_evidence(doc, view)
        spans = [
            match_evidence(doc, view, m, "offensive")
            for m in matches
            if not self._praising(view, m)
        ]
        spans += self._vulgar_words(doc, view, mild=probability >= self.limits.mild_words)
        spans += _interjections(doc, view)
        spans += _contempt_nouns(doc, view)
        spans += [
            evidence(doc.raw, e.start, e.end, rule="offensive:insult",
                     reason=f"Nedsættende sprog: {quote(e.quote)}")
            for e in doc.evidence_for("insult")
            if not self._polite(view, e)
        ]  # fmt: skip
        spans += model_spans
        if not spans:
            return []
        return [
            finding(self.name, self.version, "offensive", spans,
                    max(probability, 0.9))
        ]  # fmt: skip

    def _polite(self, view: TokenView, e: Evidence) -> bool:
        """Contempt worded without a vulgar or degrading word ("empati som en
        parkeringsautomat"), not "fatter ikke en skid", "for dum til at", "kommunens
        betalte bøddel"."""
        if e.rule.removeprefix(HEARTLESS_RULE) in HEARTLESS:
            return True  # "insult:degrading:hjerteløse": the adjective alone
        if _plain_epithets_only(view, e):
            return True  # "skrivebordsnisser", "kujoner": contempt in plain words
        if e.rule.removeprefix(HEARTLESS_RULE) in INEPT:
            return not _piled(view, view.word_at_raw(e.start))
        if e.rule in LITERAL_CONTEMPT:
            return True
        if not e.rule.startswith(POLITE_CONTEMPT) or e.rule.startswith(NAMED_RABBLE):
            return False
        first, last = view.word_at_raw(e.start), view.word_at_raw(max(e.start, e.end - 1))
        words = view.words[first : last + 1]
        return not any(
            (_degrading_word(word) and not (word in ZERO_WORDS and k + 1 < len(words)))
            or (_inept(word) and _piled(view, first + k))
            for k, word in enumerate(words)
        )

    def _model_evidence(self, doc: Document, view: TokenView) -> tuple[float, list[Evidence]]:
        words = ensure_normalised(doc).columns
        texts = words.texts
        # probe round 79: "hore" typed for "høre" ("for at hore om mit papir") is read as the
        # verb it is, by the model as by the word list (the view knows where sentences start);
        # false flags, round 80: "en taber i tennis" lost a match, and the model reads a player
        heard = {view.raw_span(i, i)[0]: word for i, word in neutral_readings(view).items()}
        if heard:
            starts = words.raw_starts
            texts = [heard.get(starts[k], w) for k, w in enumerate(texts)]
        assessed = self.model.assess(texts)
        probability = assessed.probability
        if probability < self.limits.min_probability:
            return probability, []
        top = self.model.contributions(assessed, self.limits.evidence_words)
        if all(self._praised_at(texts, c.index) for c in top):
            return probability, []  # the model reacts to "hold kæft hvor flot": praise
        starts, ends = words.raw_starts, words.raw_ends
        quotes = ", ".join(quote(doc.raw[starts[c.index] : ends[c.last]]) for c in top)
        reason = f"Sprogmodel (DKhate): {probability:.2f} — {quotes}"
        return probability, [
            evidence(doc.raw, starts[c.index], ends[c.last], rule="offensive:model",
                     reason=reason)
            for c in top
        ]  # fmt: skip

    def _vulgar_words(self, doc: Document, view: TokenView, *, mild: bool) -> list[Evidence]:
        out: list[Evidence] = []
        for i, hit in lexicon.profanity().hits(view.words):
            word = view.words[i]
            if word == SENTENCE or word.startswith("@"):
                continue
            if (hit.category == "mild" and not mild) or self._praised(view, i):
                continue
            if heard_verb(view.words, i):
                continue  # probe round 79: "vil bare hore om" is "høre"
            if word.startswith(ROBBER):
                continue  # stop 31: "Røveren blev anholdt", "et røverkøb": no "røv"
            start, end = view.raw_span(i, i)
            if name_with_vulgar_prefix(doc.raw[start:end], view, i, hit):
                continue
            why = "Vulgært ord (sprogmodellen er enig)" if hit.category == "mild" else "Vulgært ord"
            if "*" in doc.raw[start:end] or "#" in doc.raw[start:end]:
                why = "Maskeret bandeord"
            out.append(evidence(doc.raw, start, end, rule=f"offensive:word:{hit.entry}",
                                reason=f"{why}: {quote(doc.raw[start:end])}"))  # fmt: skip
        return out

    def _praised(self, view: TokenView, i: int) -> bool:
        """An intensifier ("pisse", "fandme") with praise right after it ("pisse godt"); not a
        one-word oath that opens its sentence and is cut off by a comma ("Satans, hvor var det
        flot": probe round 239, r239_insult)."""
        words = view.words
        opens = i == 0 or words[i - 1] == SENTENCE
        if opens and i + 1 < len(words) and view.clause_break[i + 1]:
            return False
        return self._praised_at(words, i)

    def _praised_at(self, words: Sequence[str], i: int) -> bool:
        """The first word after ``i`` that is not a filler ("hvor", "er", "det") is praise."""
        if words[i] not in self.intensifiers:
            return False
        return self._praise_follows(words, i + 1)

    def _praising(self, view: TokenView, match: CueMatch) -> bool:
        """A swearing frame followed by praise: "hold kæft hvor er det flot"."""
        return self._praise_follows(view.words, match.last + 1)

    def _praise_follows(self, words: Sequence[str], k: int) -> bool:
        if self._sarcastic:
            return False
        for word in words[k : k + PRAISE_REACH]:
            if word not in FILLERS:
                return word in self.praise
        return False


def _interjections(doc: Document, view: TokenView) -> list[Evidence]:
    """A mild oath that opens its sentence and is cut off from what follows by a full stop,
    a comma or the end of the text, perhaps after a particle ("Pis altså."): an exclamation,
    not the noun."""
    out: list[Evidence] = []
    words = view.words
    if INTERJECTIONS.isdisjoint(words):
        return out
    for i, word in enumerate(words):
        if word not in INTERJECTIONS or (i > 0 and words[i - 1] != SENTENCE):
            continue
        nxt = i + 1
        if nxt < len(words) and words[nxt] in OATH_PARTICLES and not view.clause_break[nxt]:
            nxt += 1
        if nxt < len(words) and words[nxt] != SENTENCE and not view.clause_break[nxt]:
            continue
        out.append(_word_evidence(doc, view, i, f"interjection:{word}", "Bandeord som udbrud"))
    return out


def _contempt_nouns(doc: Document, view: TokenView) -> list[Evidence]:
    """The word "pis" pointed at as a thing despised ("til det pis", "af hele pisset"):
    vulgar whatever the model says, unless the sentence tells of urine."""
    out: list[Evidence] = []
    words = view.words
    if CONTEMPT_NOUNS.isdisjoint(words):
        return out
    for i, word in enumerate(words):
        if word not in CONTEMPT_NOUNS or i == 0 or words[i - 1] not in CONTEMPT_POINTERS:
            continue
        if word == "pisset" and words[i - 1] not in ("hele", "alt"):
            continue
        # the phrase must stand after a verb or a preposition ("til det pis", "gider ikke
        # sådan noget pis"); opening its sentence it may be a quoted catchphrase ("Det der
        # pis, det kan bubber ikke lide!")
        opener = i - 2 if words[i - 1] not in ("her", "der") else i - 3
        if opener < 0 or words[opener] == SENTENCE:
            continue
        if _sentence_has(view, i, LITERAL_WORDS):
            continue
        out.append(
            _word_evidence(doc, view, i, f"contempt:{word}", "Vulgært ord om noget foragtet")
        )
    return out


def _word_evidence(doc: Document, view: TokenView, i: int, rule: str, what: str) -> Evidence:
    """Evidence for word ``i`` alone, its reason ``what`` with the word quoted."""
    start, end = view.raw_span(i, i)
    reason = f"{what}: {quote(doc.raw[start:end])}"
    return evidence(doc.raw, start, end, rule=f"offensive:{rule}", reason=reason)


def _sentence_has(view: TokenView, i: int, stems: Sequence[str]) -> bool:
    """A word of ``i``'s sentence starts with one of ``stems``."""
    prefixes = tuple(stems)
    return any(view.words[k].startswith(prefixes) for k in view.sentence_words(i))
