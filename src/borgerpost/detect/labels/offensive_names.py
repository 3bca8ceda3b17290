"""Names and places that only begin like a swear word ("Mvh Jonna Møgelvang", "hr.
Skidesen", "i Skodborg"): no vulgar word, so ``offensive`` leaves them (split from
``offensive.py`` at stop 39 to keep that module short).
"""

from __future__ import annotations

from borgerpost.detect import lexicon
from borgerpost.detect.textview import SENTENCE, TokenView

# probe round 255: the endings of Danish place names ("ved Pissebjerg Kirke", "i Skodrup"): a
# capitalised word inside a sentence, a vulgar first part and such an ending, is a place
PLACE_TAILS = frozenset((
    "borg", "by", "rup", "strup", "trup", "lev", "sted", "holm", "bjerg", "lund", "bæk", "høj",
    "toft", "havn", "købing", "inge", "mose", "næs", "balle",
))  # fmt: skip


def name_with_vulgar_prefix(raw: str, view: TokenView, i: int, hit: lexicon.Hit) -> bool:
    """Probe round 223 (r223_selfreq): a name that only begins like a vulgar first part
    ("Mvh Jonna Møgelvang", "hr. Skidesen"): written with a capital inside a sentence, its rest
    no Danish word, or a place-name ending (``PLACE_TAILS``). A vulgar compound capitalised
    at a sentence's start ("Møgsystem!") or in capitals ("MØGSYSTEM") is still read."""
    if hit.category != "prefix" or not raw.istitle() or i == 0 or view.words[i - 1] == SENTENCE:
        return False
    word = view.words[i]
    rests = [word[len(p) :] for p in lexicon.profanity().prefixes if word.startswith(p)]
    if any(rest in PLACE_TAILS for rest in rests):
        return True
    words = lexicon.danish_words()
    return word not in words and not any(rest in words for rest in rests)
