"""Reported speech: words in quotation marks that the writer says someone else wrote or said.

"Min tidligere kæreste har skrevet til mig: 'Jeg ved hvor du bor'", "en mand råbte »jeg
slår jer ihjel« til receptionisten": the writer reports a threat, they do not make one. A
quotation counts as reported when a verb of saying or writing frames it — before it in the
same sentence ("han skrev: …") or right after it ("…", sagde hun) — and the one who said it
is not the writer ("jeg sagde til hende: 'nu kommer jeg efter dig'" is the writer's own).
A word named as a word ("han brugte ordet 'snylter' om os") is mentioned, not used, whoever
names it; a quotation a text holds ("der står 'snyltere' i overskriften") was written by
someone else. Quotation marks without a frame (scare quotes, a writer quoting themselves) report
nothing. Threat and insult share this reading, so a quoted slur and a quoted threat are judged
alike.
"""

from __future__ import annotations

import re

from borgerpost.detect.textview import SENTENCE, STAFF, STAFF_GENITIVE, TokenView

# An opening mark after a start, space, colon or dash and before a letter; the closing one
# of the same kind (straight quotes close themselves) before a space, punctuation or end. An
# apostrophe between letters stays inside a single-quoted quotation ('I'm gonna …').
_QUOTED = re.compile(
    r"""(?:(?<=^)|(?<=[\s:(\-–]))(?:"(?P<a>[^"]{2,400}?)"|“(?P<b>[^”“]{2,400}?)[”“]|"""
    r"""„(?P<c>[^“”„]{2,400}?)[“”]|»(?P<d>[^»«]{2,400}?)«|«(?P<e>[^«»]{2,400}?)»|"""
    r"""'(?P<f>(?:[^']|(?<=\w)'(?=\w)){2,400}?)'|‘(?P<g>[^’‘]{2,400}?)’)(?=$|[\s.,;:!?)\-–])"""
)
SAYING = frozenset(
    "skrev skrevet skriver skrive sagde sagt siger sige råbte råbt råber råbe skreg skriger "  # noqa: SIM905
    "truede truet truer true svarede svaret svarer hviskede hvæsede smsede sms messede "
    "beskeden beskeder mailen lød citat citerer citere kaldte kaldt fortalte fortalt "
    "fortæller udtalte kalder kalde brugte bruger brugt omtalte omtaler omtalt betegnede "
    "betegner betegnet titulerede tituleret benævnte benævnt skældte skælder skældt "
    # the infinitive after a verb of hearing or seeing: "hørte en mand hvæse til hende: '…'"
    "hvæse hvæser hviske hvisker brøle brøler brølede skrige snerre snerrer snerrede mumle "
    "mumler mumlede svare".split()
)  # "sms'ede" is two words to the view: "sms" covers it
WRITER = frozenset(("jeg", "vi", "man"))
# the word before the opening mark names what follows as a word: a mention, not a use
MENTIONED = frozenset(("ordet", "ordene", "ord", "udtrykket", "udtryk", "betegnelsen"))
WRITER_SUBJECT = frozenset(("jeg", "vi", "æ"))
WRITTEN_VERBS = frozenset(("står", "stod", "stået", "stå"))  # "der står 'snyltere'"
# the subject of what someone else said: "råbte at han ville …", "skrev at de skulle …"
THIRD_SUBJECT = frozenset(
    ("han", "hun", "de", "manden", "kvinden", "fyren", "borgeren", STAFF, STAFF_GENITIVE)
)  # "en fyr har skrevet, at Ulla Kragelund er en kold kælling"
# words between the verb and "at": "skrev til mig og min kollega at"; round 199: "råbte en
# mand i venteværelset ad Glen Poppel, at" (the speaker, a place and the one spoken to)
INDIRECT_REACH = 8
FRAME_REACH = 8  # words before the quotation, same sentence
AFTER_REACH = 3  # words after it: "…", sagde han
# a message the writer received, named before the quotation: "jeg fik en sms fra et ukendt
# nummer: '…'", "modtog i går en besked: '…'" — the sender's words, not the writer's
MESSAGES = frozenset(
    "sms smsen sms'en besked beskeden beskeder mail mailen mails brev brevet".split()  # noqa: SIM905
)
RECEIVING = frozenset("fik fået får modtog modtaget modtager".split())  # noqa: SIM905
RECEIVED_REACH = 3  # words from the verb of receiving to the message: "fik jeg en sms"


def reported_words(view: TokenView) -> frozenset[int]:
    """Indices of the words of ``view`` inside reported quotations (computed once)."""
    found = view.memo.get(reported_words)
    if found is None:
        found = view.memo[reported_words] = _reported(view)
    assert isinstance(found, frozenset)
    return found


def is_reported(view: TokenView, first: int, last: int) -> bool:
    """Words ``first..last`` all stand inside one reported quotation."""
    inside = reported_words(view)
    return first in inside and last in inside


def _reported(view: TokenView) -> frozenset[int]:
    text = view.norm.text
    out: set[int] = set(_indirect(view))
    if not any(mark in text for mark in "\"“„»«'‘"):
        return frozenset(out)
    starts = [span[0] for span in view.spans]
    for m in _QUOTED.finditer(text):
        lo, hi = m.start() + 1, m.end() - 1
        inside = [i for i, s in enumerate(starts) if lo <= s < hi and view.words[i] != SENTENCE]
        first, last = (inside[0], inside[-1]) if inside else (0, -1)
        if inside and (
            _mentioned(view, first) or _framed(view, first, last) or _written(view, first, last)
        ):
            out.update(range(first, last + 1))
    return frozenset(out)


# probe round 299 (threatB): the saying as the condition of the writer's own warning ("Hvis
# Mette igen fortæller min datter, at hun er for langsom, så får hun at se …"): what follows
# the comma and "så" is no longer what was said, but the writer's answer to it
CONDITIONS = frozenset(("hvis", "når", "naar", "såfremt", "dersom"))
THEN = frozenset(("så", "saa"))
CONDITION_REACH = 8  # words from "hvis" to the verb of saying


def _in_condition(words: tuple[str, ...], k: int) -> bool:
    """The verb of saying at ``k`` stands in a clause opened by "hvis"/"når" shortly before."""
    for i in range(k - 1, max(-1, k - CONDITION_REACH - 1), -1):
        if words[i] == SENTENCE:
            return False
        if words[i].lower() in CONDITIONS:
            return True
    return False


def _indirect(view: TokenView) -> set[int]:
    """Indirect speech: "en mand råbte at han ville slå nogen ihjel", "hun skrev til mig, at de
    ville brænde stedet ned". A verb of saying whose speaker is not the writer, then "at" and
    a third person as the subject: the clause up to the sentence end (or the writer's own
    next clause, "…, og så slår jeg ham ihjel") is what that person said."""
    words = view.words
    out: set[int] = set()
    for k, word in enumerate(words):
        if word not in SAYING or _writer_speaks(list(words[max(0, k - 1) : k + 2]), 1):
            continue
        if _writer_before_modal(words, k):
            continue  # "jeg må sige, at hun er …": the writer's own words
        j = k + 1
        while j < len(words) and j - k <= INDIRECT_REACH and words[j] not in (SENTENCE, "at"):
            j += 1
        if j + 1 >= len(words) or words[j] != "at" or not _third_subject(words, j + 1):
            continue
        if not WRITER_SUBJECT.isdisjoint(words[k + 1 : j]):
            continue  # "… råbte, og så sagde jeg, at han …": the writer's own words
        end = j + 1
        conditional = _in_condition(words, k)
        while end < len(words) and words[end] != SENTENCE and words[end] not in WRITER_SUBJECT:
            if conditional and words[end] in THEN and view.clause_break[end]:
                break  # "hvis hun siger til ham, at …, så …": the writer's own main clause
            end += 1
        out.update(range(j + 1, end))
    return out


# probe round 345 (r345-insultB): an indefinite someone as the subject of what was said ("hun
# fortalte, at en kunde havde kaldt hende et nul"): the article, then a word that is no pronoun
# of the writer's ("at en af os" stays out: the writer is among them)
INDEFINITE = frozenset(("en", "et", "nogle", "flere", "andre"))


def _third_subject(words: tuple[str, ...], k: int) -> bool:
    """Word ``k`` opens the subject of someone else's words: a third person, or an
    indefinite person ("en anden borger") whose next words are not the writer's."""
    if words[k] in THIRD_SUBJECT:
        return True
    tail = words[k + 1 : k + 4]
    return (
        words[k] in INDEFINITE
        and bool(tail)
        and tail[0] not in (SENTENCE, "af")
        and WRITER_SUBJECT.isdisjoint(tail)
        and "os" not in tail
    )


def _words_before(words: tuple[str, ...], first: int) -> list[str]:
    """Up to ``FRAME_REACH`` words before word ``first`` in its sentence, nearest first."""
    start = first
    while start > 0 and first - start < FRAME_REACH and words[start - 1] != SENTENCE:
        start -= 1
    return list(words[start:first][::-1])


def _written(view: TokenView, first: int, last: int) -> bool:
    """A quotation a text holds: "der står 'snyltere' i overskriften", "på skiltet stod der
    »idioter«", "'nassere' står der i brevet" — someone else wrote it."""
    words = view.words
    before = _words_before(words, first)
    after = list(words[last + 1 : last + 3])
    written_after = bool(after) and after[0] in WRITTEN_VERBS and _there_stands(after)
    return written_after or _there_stands(before[::-1])


def _there_stands(words: list[str]) -> bool:
    """ "der står", "står der", "der har stået": the verb with "der" next to it (or one
    word off)."""
    for k, word in enumerate(words):
        if word in WRITTEN_VERBS and "der" in words[max(0, k - 2) : k + 2]:
            return True
    return False


def _mentioned(view: TokenView, first: int) -> bool:
    return first > 0 and view.words[first - 1] in MENTIONED


# what may stand between the writer and their verb of saying: "jeg må (bare) sige"
MODALS_AND_ADVERBS = frozenset(
    "må vil kan skal bliver blev gerne bare godt lige også altså da nu jo ærligt ærlig "  # noqa: SIM905
    "simpelthen faktisk nok".split()
)


def _writer_before_modal(words: tuple[str, ...], k: int) -> bool:
    """ "jeg må sige", "jeg vil bare sige", "vi kan godt sige": the writer is the subject,
    with modal verbs and adverbs between them and the verb."""
    j = k - 1
    while j >= 0 and k - j <= 3 and words[j] in MODALS_AND_ADVERBS:
        j -= 1
    if j < k - 1 and (j < 0 or words[j] == SENTENCE) and words[j + 1] in OPENING_MODALS:
        return True  # round 187: "Skal bare lige sige, at …": the writer's subject left out
    if j >= 1 and words[j] == "os" and words[j - 1] == "lad":
        return True  # round 433 (t1): "lad os (bare) sige, at …": the writer's own hedge
    return j < k - 1 and j >= 0 and words[j] in WRITER


# modal verbs a sentence may open on with the writer's "jeg" left out ("Vil bare sige, at …")
OPENING_MODALS = frozenset(("må", "vil", "skal", "kan"))


def _framed(view: TokenView, first: int, last: int) -> bool:
    """A verb of saying before the quotation (same sentence) or right after it, whose
    speaker is not the writer; or a message the writer received ("fik jeg en sms: '…'")."""
    words = view.words
    before = _words_before(words, first)
    after = [w for w in words[last + 1 : last + 1 + AFTER_REACH + 1] if w != SENTENCE]
    for pos, word in enumerate(before):
        received = before[pos + 1 : pos + 1 + RECEIVED_REACH]
        if word in MESSAGES and not RECEIVING.isdisjoint(received):
            return True
    for near, reach in ((before, 2), (after[:AFTER_REACH], 1)):
        for pos, word in enumerate(near):
            if word in SAYING:
                if near is before and _writer_speaks(near, pos, reach):
                    return _attributed(near, pos)
                return not _writer_speaks(near, pos, reach)
    return False


def _attributed(before: list[str], pos: int) -> bool:
    """probe round 337 (threatA): the writer's words as someone else put them down ("min
    sagsbehandler skrev i notatet, at jeg havde sagt 'jeg brænder stedet af'"): a verb of
    saying or writing whose speaker is not the writer, then "at", frames the writer's own
    verb; the claim is the other person's, not a threat the writer makes now. ``before``
    runs backwards from the quotation; ``pos`` is the writer's own verb."""
    for k in range(pos + 1, len(before) - 1):
        if before[k] != "at":
            continue
        for j in range(k + 1, min(len(before), k + 1 + INDIRECT_REACH)):
            if before[j] in SAYING:
                return not _writer_speaks(before, j, 2)
        return False
    return False


def _writer_speaks(near: list[str], pos: int, reach: int = 1) -> bool:
    """ "jeg skrev", "skrev jeg", "vi sagde": the writer said it. ``near`` runs away from
    the quotation; before it the subject of a compound verb sits two places on ("jeg har
    kaldt" read backwards), so callers there pass ``reach=2``."""
    neighbours = near[max(0, pos - 1) : pos + 1 + reach]
    return not WRITER.isdisjoint(neighbours)


# the words a sign may take in before a reported clause: the one spoken to and "at"
# ("sagde til Rikke Sommer, at hun …"), right after the verb of saying
HEAD_REACH = 3
SAYING_REACH = 3
TAIL_REACH = 3  # words of the frame after the closing mark a sign may take in


def reported_after_saying(view: TokenView, first: int, last: int) -> bool:
    """Words ``first..last`` are someone else's: all of them reported, or all but a short head that
    follows a verb of saying — the person spoken to and "at" ("en anden sagde til Rikke
    Sommer, at hun 'skulle passe på'"), never the writer ("jeg sagde til ham, at …"). The verb
    may stand anywhere in the frame before the reported words, the head being the frame's last
    words: "hørte en mand sige til jeres medarbejder ved skranken: 'jeg ved godt hvor du bor'"
    (a cue that starts at the frame's "ved" and ends in the quotation). A sentence end the
    match takes in after the closing mark ("… at hun skal passe på'.") is no word of anyone's,
    and a short tail of the frame after it (where or when it was said: "'…' i venteværelset")
    is the frame's, as the head is.
    """
    while last > first and view.words[last] == SENTENCE:
        last -= 1
    if is_reported(view, first, last):
        return True
    inside = reported_words(view)
    k = first
    while k <= last and k not in inside:
        k += 1
    if k > last or k - first > HEAD_REACH:
        return False
    # probe round 279: a short tail of the frame after the closing mark, where and when it
    # was said ("en kunde brølede 'jeg stikker jer ned' ved skranken i går"), is no more the
    # writer's than the head is
    end = last
    while end not in inside:
        end -= 1
    if last - end > TAIL_REACH or not is_reported(view, k, end):
        return False
    if end < last and any(i not in inside for i in range(k, end + 1)):
        return False  # two quotations with the writer's own words between them
    words = view.words
    frame = words[first:k] + words[end + 1 : last + 1]
    if any(w == SENTENCE or w in WRITER_SUBJECT for w in frame):
        return False
    if k == first:
        return True  # only a tail: the quotation itself is someone else's
    before = words[max(0, min(first - SAYING_REACH, k - FRAME_REACH)) : first]
    if SENTENCE in before:
        before = before[len(before) - before[::-1].index(SENTENCE) :]
    return any(w in SAYING for w in before)
