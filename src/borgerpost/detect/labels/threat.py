"""``threat``: violence, harm or intimidation against staff, the jobcentre or people there.

Explicit ("slår dig ihjel"), veiled ("jeg ved hvor du bor", "dine dage er talte"),
conditional ("hvis I stopper min ydelse, kommer jeg med en økse"), arson, weapons,
explosives and calls on others to do harm — the cues are data in
``data/cues/threat.yaml``. A verb of violence only counts with a person or the jobcentre
as its object, so "dræbe en deadline", "skyde projektet i gang", "slå mig selv" and
"systemet slår syge mennesker ihjel" (criticism) stay unflagged. A threat the writer
reports in quotation marks ("han skrev til mig: 'jeg ved hvor du bor'") is someone
else's, not the writer's (``reported.py``) — also where the sign starts at the one spoken to,
just after the verb of saying ("en elev sagde til Rikke, at hun 'skulle passe på'").

A wink (😉 😏 😜) closing a call on others to "take care of" a named person ("kan ikke nogen
af jer tage jer lidt af X 😉") says the care is no care: a cue marked ``wink`` counts only with
a wink after it, and the wink weighs as one more weak sign (a wink after a plain request is
friendliness, and the call without it is another cue's). So is a cue marked ``menace`` (round
223: "X tror hun er usynlig bag sin skærm 🔪🔪") void without a knife, gun or devil emoji
beside it — the words alone are criticism — and the emoji is then its second weak sign.

A devil emoji right after a veiled sign ("hun skal have et lille besøg 😈") says what the
words leave out: it weighs as one more weak sign, never on its own. So do flames put
around the jobcentre ("🔥 jobcentret 🔥 snart. husk jeg sagde det"): a weak sign of arson
that needs a second one ("kontoret 🔥" alone is praise).

Private life told of a named person (the car they drive, the partner's shifts, a child fetched
at set hours: a cue marked ``private``) is doxxing, and weighs towards a threat only beside a
remark that makes it one (a cue marked ``remark``: "vi kommer og banker på en aften", "så er
hun alene hjemme om natten, ikke?"): the car and the address told together stay doxxing.
A remark marked ``with_doxxing`` ("synd hvis hun fik besøg en aften", "ingen naboer til at
høre noget") takes a doxxing finding (a kin's workplace, a holiday home) as that private half.
A remark marked ``needs_private`` ("der er øde på den strækning") counts only beside such
private life: said of the writer's own run it is scenery.

"Bare så I ved det" is a veiled sign beside a weapon ("jeg har stadig min riffel. Bare så I
ved det"), but beside the writer's own means of taking their life ("jeg har købt et reb",
"har gemt 40 sovepiller") it is a farewell (self_harm), never a threat: the notice is then
dropped. A weapon named as well keeps its own cues. So is it beside the writer's farewell to
life ("det her bliver sidste gang, I hører fra mig", "jeg har sagt farvel til dem, der betyder
noget"), and so is the closing "pas på jer selv" there: a farewell's "take care" is no warning,
nor is it in an ordinary goodbye or a holiday greeting ("jeg holder ferie i uge 29").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borgerpost.detect.base import Document, Evidence, Finding, evidence, register
from borgerpost.detect.cues import CueMatch
from borgerpost.detect.reported import reported_after_saying
from borgerpost.detect.rules import (
    LABEL_AT,
    CueDetector,
    finding,
    match_evidence,
    quote,
    total_weight,
)
from borgerpost.detect.textview import STAFF, STAFF_GENITIVE, TokenView

# 😈 👿 ☠ 💣, and (probe round 219) a knife, a gun or an axe 🔪 🔫 🪓 (a skull 💀 is also a
# laugh, "I'm dead", and stays unread)
_MENACE_EMOJI = re.compile("[\U0001f608\U0001f47f\u2620\U0001f4a3\U0001f52a\U0001f52b\U0001fa93]")
MENACE_WEIGHT = 0.5
# 💀 🪦 ⚰: death signs that weigh like the menacing ones only where the text names staff
# ("Per, du er færdig 💀"); elsewhere a skull is a laugh and a grave a funeral
_DEATH_EMOJI = re.compile("[\U0001f480\U0001faa6\u26b0]")
# 🪦 ⚰: a grave put by a staff name and nothing else ("Ida Hølm 🪦🪦") is a death wish
_GRAVE_EMOJI = re.compile("[\U0001faa6\u26b0]")
_MENACE_OR_DEATH = re.compile(f"{_MENACE_EMOJI.pattern}|{_DEATH_EMOJI.pattern}")
_STAFF_WORDS = frozenset({STAFF, STAFF_GENITIVE})  # the view's words for a staff name
_GRAVE_WORDS = frozenset({"gravsten", "kiste"})  # the view's words for 🪦 and ⚰
# how far (characters of the raw text) the emoji may stand from the sign it follows or leads
_EMOJI_REACH = 12
# flames right before or after a word for the jobcentre's buildings
_PLACE_WORD = r"\w*(?:jobcent|kontor|rådhus|kommune|forvaltning|bygning|reception|skranke)\w*"
_FIRE_PLACE = re.compile(
    rf"\U0001f525[\U0001f525\s]*{_PLACE_WORD}|{_PLACE_WORD}[\s]*\U0001f525", re.IGNORECASE
)
FIRE_WEIGHT = 0.5
# (probe round 223) private life a doxxing finding told of the person ("din kone arbejder i
# Netto", "sommerhuset ved X") weighs as the private half beside a remark marked
# ``with_doxxing`` (mock pity of a visit, nobody to hear), like a ``private`` cue
PRIVATE_WEIGHT = 0.5
# 😉 😏 😜 after a cue marked ``wink``, within the sentence or two that follow it
_WINK_EMOJI = re.compile("[\U0001f609\U0001f60f\U0001f61c]")
_WINK_REACH = 60
# the writer's own means of self-harm, got, kept or saved up: "jeg har købt et reb", "har gemt
# 40 sovepiller fra lægen", "samlet mine piller sammen" (over the view's lower-case words)
_MEANS = (
    r"(?:et |en |mit |min |mine |nogle |alle |\d+ |mange |hele )?(?:\S+ )?"
    r"(?:reb|rebet|strikke|strikken|løkke|løkken|sovepiller|sovepillerne|piller|pillerne|"
    r"tabletter|tabletterne|sovemedicin|sovemedicinen|morfin|morfinen|insulin|insulinen|"
    r"panodil|panodiler|pamol|smertestillende|lykkepiller|nervepiller|medicin|medicinen)"
)
_OWN_MEANS = re.compile(
    r" (?:købt|købte|køber|gemt|gemmer|gemte|samlet|samler|samlede|sparet|sparer|sparede|"
    r"hamstret|hamstrer|skaffet|skaffede|fundet|fandt|bundet|bandt|lavet|lavede|"
    # probe round 293 (threatC): laid out or hung up ready, "har hængt en løkke op i skuret"
    r"lagt|lagde|lægger|hængt|hængte|hænger|gjort|gjorde) "
    rf"{_MEANS}(?= )"
    # round 433 (t1): the means lying ready, "pillerne ligger klar i skuffen"
    rf"|{_MEANS} (?:ligger|står|hænger|er) (?:\S+ )?(?:klar|parat|fremme) "
)

# the writer's own leave-taking of life: "det her bliver sidste gang, I hører fra mig", "jeg har
# sagt farvel til dem, der betyder noget", "jeg skal ikke være her længere" (round 84)
_FAREWELL = re.compile(
    r" (?:sidste gang|allersidste gang) (?:I|i|du|do|nogen) (?:hører|høre|hoerer) fra mig "
    r"| (?:har|havde) (?:nu |allerede |også |lige )?sagt farvel til "
    r"| ikke (?:skal|vil|kommer til at|kan) (?:være|vaere) her (?:længere|mere|laengere) "
    # round 405 (t2): the farewell after a first deed ("har givet hunden til min søster og sagt
    # farvel til dem, jeg holder af"), and no plan to be here at a time ahead ("jeg har ikke
    # tænkt mig at være her til jul")
    r"| og (?:nu |allerede |også |lige )?sagt farvel til "
    r"| ikke (?:tænkt mig at|regnet med at|planer om at) (?:være|vaere) her "
    r"(?:til|længere|mere|laengere|næste|efter|om) "
    r"| (?:fundet|finder|fandt) fred med at jeg "
    # probe round 361: thanks to the only one who believed in the writer, or never to come
    # again ("… eller nogen anden dag"), before "pas på dig selv"
    r"| den eneste (?:der|som) (?:troede|har troet) på mig "
    r"| ikke (?:\w+ ){0,3}eller (?:nogen anden dag|nogensinde|nogen anden gang) "
    # round 433 (t1): farewell letters written to the writer's own ("har skrevet brevene til
    # mine børn", "skrevet afskedsbreve")
    r"| (?:skrevet|skrev|skriver) (?:\S+ )?(?:breve|brevene|afskedsbrev\w*) til (?:mine|min|mit) "
    r"| (?:skrevet|skrev) (?:\S+ )?afskedsbrev\w* "
)

# an ordinary goodbye or a season's greeting: "jeg holder ferie i uge 29", "god sommer",
# "tak for hjælpen", where the closing "pas på jer selv" is kindness
_GREETING = re.compile(
    r" (?:\w*ferie\w*|god jul|glædelig jul|godt nytår|god påske|god sommer|god weekend"
    r"|hav en god|hav det godt|tak for hjælpen|tak for alt|tak for nu|på gensyn|mange hilsner"
    r"|kærlig hilsen|venlig hilsen) "
)


@register
class ThreatDetector(CueDetector):
    name = "threat"
    labels = ("threat",)
    version = "3"
    cue_file = "cues/threat.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        own = [m for m in matches if not reported_after_saying(view, m.first, m.last)]
        own = _without_farewell_signs(view, own)
        # a cue marked ``wink`` counts only with a wink after it, one marked ``menace`` only
        # with a knife, gun or devil emoji beside it
        for mark, emoji_near in _EMOJI_MARKS:
            own = [
                m
                for m in own
                if not m.cue.extra.get(mark)
                or emoji_near(doc.raw, [view.raw_span(m.first, m.last)]) is not None
            ]
        # private life told (a cue marked ``private``) counts only beside a remark (``remark``)
        if not any(m.cue.extra.get("remark") for m in own):
            own = [m for m in own if not m.cue.extra.get("private")]
        # a remark marked ``needs_private`` ("der er øde på den strækning") counts only beside
        # private life told of someone (a private cue kept, or a doxxing finding): of the
        # writer's own run it is scenery (round 413)
        if any(m.cue.extra.get("needs_private") for m in own) and not (
            any(m.cue.extra.get("private") for m in own) or doc.evidence_for("doxxing")
        ):
            own = [m for m in own if not m.cue.extra.get("needs_private")]
        found = self.decide(doc, view, own)
        if found:
            return found
        if not own:
            return self._grave_by_name(doc, view.words)
        label = self.labels[0]
        weight = total_weight(own)
        extra = []
        emoji = None
        menace = _MENACE_EMOJI
        if _STAFF_WORDS.intersection(view.words) and _DEATH_EMOJI.search(doc.raw):
            menace = _MENACE_OR_DEATH
        if menace.search(doc.raw):
            emoji = _emoji_beside(doc.raw, [view.raw_span(m.first, m.last) for m in own], menace)
        if emoji is not None:
            weight += MENACE_WEIGHT
            reason = f"Truende emoji efter en antydning: »{emoji.group()}«"
            extra.append(
                evidence(doc.raw, *emoji.span(), rule=f"{label}:emoji.menace", reason=reason)
            )
        fire = _FIRE_PLACE.search(doc.raw)
        if fire is not None:
            weight += FIRE_WEIGHT
            reason = f"Flammer omkring jobcentret: »{fire.group()}«"
            extra.append(evidence(doc.raw, *fire.span(), rule=f"{label}:emoji.fire", reason=reason))
        dox = _private_told(doc, view, own)
        if dox is not None:
            weight += PRIVATE_WEIGHT
            reason = f"Privatliv fortalt ved siden af en antydning: {quote(dox.quote)}"
            extra.append(evidence(doc.raw, dox.start, dox.end, rule=f"{label}:private.doxxing",
                                  reason=reason))  # fmt: skip
        wink = _wink_after(doc.raw, [view.raw_span(m.first, m.last) for m in own
                                     if m.cue.extra.get("wink")])  # fmt: skip
        if wink is not None:
            weight += MENACE_WEIGHT
            reason = f"Blink efter en opfordring: »{wink.group()}«"
            extra.append(evidence(doc.raw, *wink.span(), rule=f"{label}:emoji.wink", reason=reason))
        if not extra or weight < LABEL_AT:
            return []
        evidences = [match_evidence(doc, view, m, label) for m in own] + extra
        return [finding(self.name, self.version, label, evidences, weight)]


    def _grave_by_name(self, doc: Document, words: Sequence[str]) -> list[Finding]:
        """A staff name with a grave or a coffin and no word besides: "Ida Hølm 🪦🪦"."""
        grave = _GRAVE_EMOJI.search(doc.raw)
        named = _STAFF_WORDS.intersection(words)
        if grave is None or not named or not set(words) <= _STAFF_WORDS | _GRAVE_WORDS:
            return []
        label = self.labels[0]
        reason = f"Gravsten eller kiste ved en medarbejders navn: »{grave.group()}«"
        spans = [evidence(doc.raw, *grave.span(), rule=f"{label}:emoji.grave", reason=reason)]
        return [finding(self.name, self.version, label, spans, 1.0)]



def _private_told(doc: Document, view: TokenView, own: Sequence[CueMatch]) -> Evidence | None:
    """The first doxxing span, where a remark open to it (a cue marked ``with_doxxing``)
    stands beside it and no private cue of this file counted already: the private data is then
    the other weak half. Other remarks ("uden for kontortid" by a private number) keep needing
    a private cue of their own. Private data whose words a sign of this file (no remark)
    counted already ("din kone arbejder på biblioteket" is one of ``pursuit``) is not counted
    twice (round 393: a greeting to the wife told of, "sig hej fra mig", stays kindness)."""
    if not any(m.cue.extra.get("with_doxxing") for m in own):
        return None
    if any(m.cue.extra.get("private") for m in own):
        return None
    spans = doc.evidence_for("doxxing")
    private = [e for e in spans if e.rule.startswith("pii:")]
    counted = [view.raw_span(m.first, m.last) for m in own
               if not m.cue.extra.get("remark") and not m.cue.extra.get("with_doxxing")]
    if private and all(any(s < e.end and e.start < t for s, t in counted) for e in private):
        return None
    return min(spans, key=lambda e: e.start) if spans else None


def _is_notice(words: Sequence[str], first: int) -> bool:
    """A match that is the notice "bare så I/du ved det" itself."""
    head, tail = tuple(words[first : first + 2]), tuple(words[first + 3 : first + 5])
    return head in (("bare", "så"), ("bare", "saa")) and tail == ("ved", "det")


def _without_farewell_signs(view: TokenView, own: list[CueMatch]) -> list[CueMatch]:
    """``own`` less the notice "bare så I ved det" beside the writer's own means or farewell,
    and less the goodbye "pas på jer selv" beside a farewell or a greeting. The texts are
    searched only when such a match is there: most texts have none."""
    notice = [_is_notice(view.words, m.first) for m in own]
    goodbye = [_is_goodbye(view.words, m.first) for m in own]
    if not any(notice) and not any(goodbye):
        return own
    farewell = _FAREWELL.search(view.string) is not None
    drop_notice = farewell or _OWN_MEANS.search(view.string) is not None
    drop_goodbye = farewell or _GREETING.search(view.string) is not None
    return [
        m
        for m, is_notice, is_goodbye in zip(own, notice, goodbye, strict=True)
        if not (is_notice and drop_notice) and not (is_goodbye and drop_goodbye)
    ]


def _is_goodbye(words: Sequence[str], first: int) -> bool:
    """A match that is the goodbye "pas (godt) på jer/dig selv" itself."""
    head = tuple(w for w in words[first : first + 5] if w != "godt")[:4]
    return head[:2] in (("pas", "på"), ("pas", "paa")) and head[3:4] == ("selv",)


def _emoji_beside(
    raw: str,
    spans: list[tuple[int, int]],
    menace: re.Pattern[str] = _MENACE_EMOJI,
    *,
    before: int = _EMOJI_REACH,
    after: int = _EMOJI_REACH,
) -> re.Match[str] | None:
    """The first emoji of ``menace`` from ``before`` characters ahead of a sign's span to
    ``after`` characters past it (a wink only after: ``before=0``)."""
    for emoji in menace.finditer(raw):
        if any(s - before <= emoji.start() and emoji.end() <= e + after for s, e in spans):
            return emoji
    return None


def _wink_after(raw: str, spans: list[tuple[int, int]]) -> re.Match[str] | None:
    """The first wink within ``_WINK_REACH`` characters after one of ``spans``."""
    return _emoji_beside(raw, spans, _WINK_EMOJI, before=0, after=_WINK_REACH)


# the cue marks that need an emoji near the match, and the finder of that emoji
_EMOJI_MARKS = (("wink", _wink_after), ("menace", _emoji_beside))
