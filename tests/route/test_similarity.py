"""Fingerprints: the own text of a mail (quotes and signature off), its hash and MinHash."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borgerpost.route.similarity import (
    estimate,
    fingerprint,
    jaccard,
    quoted_own_text,
    split_quoted,
    words,
)

ORIGINAL = "Hej. Jeg mangler stadig min ydelse for marts.\nVenlig hilsen Jens"


@pytest.mark.parametrize("mail", [
    # Outlook, Danish
    f"Sender igen.\n\n-----Oprindelig meddelelse-----\nFra: Jens <j@x.dk>\n"
    f"Sendt: 7. marts 2026 09:15\nTil: post@kommune.dk\nEmne: Ydelse\n\n{ORIGINAL}",
    # Outlook, English separator
    f"Sender igen.\n\n-----Original Message-----\nFrom: Jens <j@x.dk>\nSent: Friday\n\n{ORIGINAL}",
    # Outlook without separator: underscores and a header block
    f"Sender igen.\n\n________________________________\nFra: Jens <j@x.dk>\n"
    f"Sendt: 7. marts 2026 09:15\nEmne: Ydelse\n\n{ORIGINAL}",
    # a header block alone
    f"Sender igen.\n\nFra: Jens <j@x.dk>\nDato: 7. marts 2026\nEmne: Ydelse\n\n{ORIGINAL}",
    # Gmail, Danish, with > quotes
    "Sender igen.\n\nDen tors. 7. mar. 2026 kl. 09.15 skrev Jens <j@x.dk>:\n"
    + "\n".join("> " + line for line in ORIGINAL.splitlines()),
    # Gmail wraps the "skrev" line
    "Sender igen.\n\nDen tors. 7. mar. 2026 kl. 09.15 skrev Jens Hansen\n<j@x.dk>:\n"
    + "\n".join("> " + line for line in ORIGINAL.splitlines()),
    # English client
    "Sender igen.\n\nOn Thu, Mar 7, 2026 at 9:15 AM Jens <j@x.dk> wrote:\n"
    + "\n".join(">" + line for line in ORIGINAL.splitlines()),
])
def test_quoted_thread_is_split_off(mail: str) -> None:
    parts = split_quoted(mail)
    assert words(parts.own) == ("sender", "igen")
    assert words(quoted_own_text(parts.quoted)) == words(ORIGINAL)


@pytest.mark.parametrize("mail", [
    "Den 5. marts skrev jeg til jer:\nJeg har stadig ikke fået svar.",  # no address or clock
    "Fra: min læge har jeg fået en erklæring.\nJeg sender den i morgen.",  # no Sendt: line
    "Jeg har -- som aftalt -- sendt papirerne.",  # dashes inside a line, not a signature
])
def test_near_misses_keep_the_own_text(mail: str) -> None:
    own = split_quoted(mail).own
    assert words(own)[:2] == words(mail)[:2]
    assert len(words(own)) >= 3


def test_inline_quotes_are_quoted_the_rest_is_own() -> None:
    parts = split_quoted("> Hvornår kommer pengene?\nPå fredag, skriver I.\n> Mvh Jobcentret")
    assert words(parts.own) == ("på", "fredag", "skriver", "i")
    assert words(parts.quoted) == ("hvornår", "kommer", "pengene", "mvh", "jobcentret")


def test_signature_after_dash_dash_is_dropped() -> None:
    parts = split_quoted("Ring til mig.\n-- \nJens Hansen\nTlf. 12 34 56 78")
    assert words(parts.own) == ("ring", "til", "mig")


def test_exact_copy_up_to_case_space_and_punctuation() -> None:
    a = fingerprint("Hej!  Hvor er  mine PENGE?\n\nMvh Jens")
    b = fingerprint("hej hvor er mine penge. mvh jens")
    assert a.content_hash == b.content_hash
    assert fingerprint("Hej hvor er mine penge nu").content_hash != a.content_hash


def test_minhash_estimates_jaccard() -> None:
    base = " ".join(f"ord{i}" for i in range(200))
    changed = " ".join(f"ord{i}" for i in range(190)) + " " + " ".join(
        f"nyt{i}" for i in range(10))
    a, b = fingerprint(base), fingerprint(changed)
    exact = jaccard(a.tokens, b.tokens)
    assert 0.85 < exact < 0.95
    assert abs(estimate(a.minhash, b.minhash) - exact) < 0.15
    assert estimate(a.minhash, a.minhash) == 1.0
    assert estimate(a.minhash, None) == 0.0


def test_short_texts_are_one_shingle() -> None:
    assert jaccard(words("Svar mig"), words("svar mig!")) == 1.0
    assert jaccard(words("Svar mig"), words("Svar mig nu")) == 0.0


def test_empty_text_has_no_minhash() -> None:
    assert fingerprint("  ... \n").empty
    assert fingerprint("").minhash is None


@given(st.text())
def test_any_text_fingerprints_and_normalising_twice_is_once(text: str) -> None:
    once = words(text)
    assert words(" ".join(once)) == once
    found = fingerprint(text)
    assert found.tokens == once
    assert (found.minhash is None) == (not once)


@given(st.text())
def test_split_keeps_every_line_somewhere(text: str) -> None:
    parts = split_quoted(text)
    kept = set(parts.own.splitlines()) | set(parts.quoted.splitlines())
    signature_cut = "--" in {line.rstrip() for line in text.splitlines()}
    if not signature_cut:
        assert {line for line in text.splitlines() if line.strip()} <= kept
