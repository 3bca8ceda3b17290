"""``self_harm``: the writer signals suicide, self-harm, a plan or the means.

Cues in ``data/cues/self_harm.yaml``: plans and acts weigh 1.0 ("tage mit eget liv",
"skærer i mig selv", "har samlet mine piller"); hopelessness and means without a plan
("ingen vil savne mig", "har købt reb") weigh less and count together. Grief over someone
else's death and figures of speech ("dø af grin") are not matched: the patterns need the
writer as the one who dies.

A sign the writer marks as a joke right after it — a laughing emoji ("så hopper jeg ud af
vinduet 😂"), "nej spøg", "haha", "for sjov" in the same sentence or opening the next — is
dropped ("spøg til side" and "ikke for sjov" say the opposite and keep it). The half signs of
an ordinary farewell (a pet rehomed, things given away, no more letters, a rope) are void
when the writer says anywhere that they move or start a job, the rope when it has a use, a
closing "Undskyld." when a trip or an illness is told: the cues' ``unless_text``.
"""

from __future__ import annotations

import re

from borgerpost.detect.base import Document, Finding, register
from borgerpost.detect.cues import CueMatch
from borgerpost.detect.rules import CueDetector
from borgerpost.detect.textview import SENTENCE, TokenView

# 😂 🤣 😆 😹, and the rolled eyes 🙄 of an exaggeration ("… skyder jeg mig selv 🙄") (a
# sweating 😅 may be a nervous smile over something meant, and stays unread)
_LAUGH_EMOJI = re.compile("[\U0001f602\U0001f923\U0001f606\U0001f639\U0001f644]")
# how far (characters of the raw text) after a sign the emoji may stand
_EMOJI_REACH = 12
_LAUGH_WORD = re.compile(r"(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|lol|lmao|jk|xd|spøg|pjat|joke")
# words after a sign, in its sentence, searched for a joke marker
_JOKE_REACH = 6
_JOKE_DENIED = frozenset({"ikke", "ingen", "en", "ej", "uden", "ik"})
# cues whose patterns read the same words as one sign: "jeg kan ikke mere" is hopelessness and
# the dialect "a ka itj mer" both; "I har vundet" is the jobcentre told it has won (r55) and
# the system that won over the writer (r75b). Overlapping within a group, they are one half
# sign, not a whole
_SAME_SIGN = {
    "hopeless": "cannot_go_on",
    "r23.weak": "cannot_go_on",
    "r24.weak": "cannot_go_on",
    "r73a.cant_more_typed": "cannot_go_on",
    "r207_selfharm.cant_more_short": "cannot_go_on",
    "r55.weak": "has_won",
    "r75b.won_in_the_end": "has_won",
}


@register
class SelfHarmDetector(CueDetector):
    name = "self_harm"
    labels = ("self_harm",)
    version = "2"
    cue_file = "cues/self_harm.yaml"

    def detect(self, doc: Document) -> list[Finding]:
        view, matches = self.matches(doc)
        kept = [m for m in matches if not _joke_after(doc.raw, view, m)]
        return self.decide(doc, view, _once(kept))


def _once(matches: list[CueMatch]) -> list[CueMatch]:
    """Half signs of one kind found in the same words count once: "jeg kan simpelthen ikke
    mere" alone is exhaustion, "I har vundet" alone a bitter word to the jobcentre, half a
    sign however many patterns read it. The longest reading is kept (its quote is the
    fullest)."""
    kept: list[CueMatch] = []
    for m in sorted(matches, key=lambda m: (m.first - m.last, m.first)):
        group = _SAME_SIGN.get(m.cue.id)
        if group and any(_SAME_SIGN.get(o.cue.id) == group and o.overlaps(m) for o in kept):
            continue
        kept.append(m)
    return kept


def _joke_after(raw: str, view: TokenView, match: CueMatch) -> bool:
    """A laughing emoji or a joke word right after the match: the writer takes it back."""
    end = view.raw_span(match.first, match.last)[1]
    if _LAUGH_EMOJI.search(raw, end, end + _EMOJI_REACH):
        return True
    words = view.words
    k, crossed, seen = match.last + 1, False, 0
    while k < len(words) and seen < _JOKE_REACH:
        word = words[k]
        if word == SENTENCE:
            if crossed:
                return False
            crossed, seen = True, 0  # the next sentence counts only at its start
            k += 1
            continue
        if crossed and seen >= 2:
            return False
        before = words[k - 1] if k else ""
        after = words[k + 1] if k + 1 < len(words) else ""
        if _LAUGH_WORD.fullmatch(word) and before not in _JOKE_DENIED and after != "til":
            return True
        denied = (words[k - 2] if k > 1 else "") in _JOKE_DENIED
        if word == "sjov" and before == "for" and not denied:
            return True
        k, seen = k + 1, seen + 1
    return False
