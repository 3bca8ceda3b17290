"""Build ``detect/data/danish_words.txt`` from Stavekontrolden's Danish hunspell dictionary.

    apt-get install hunspell-da
    python scripts/build_danish_words.py [/usr/share/hunspell/da_DK.dic]

The staff matcher asks one question of it: is this name also an ordinary Danish word
("Kold", "Fugl", "Skive", "Bonde")? Such a name counts alone only where the words around it
point to the person. The hunspell dictionary writes proper nouns with a capital, so its
lower-case stems are ordinary words; stems of two to eight letters are kept (the names
that are also words are short), letters only. The list is data we ship; nothing is read
from the system at run time. Stavekontrolden's dictionary is licensed GPL-2+, LGPL-2.1+
or MPL-1.1 (we use it under MPL-1.1; see detect/data/NOTICE.md).
"""

from __future__ import annotations

import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src/borgerpost/detect/data/danish_words.txt"
MAX_LETTERS = 8


def stems(dic: Path) -> list[str]:
    """Lower-case, letters-only stems of 2..MAX_LETTERS letters, sorted, NFC."""
    found: set[str] = set()
    for line in dic.read_text("utf-8").splitlines()[1:]:
        word = unicodedata.normalize("NFC", line.split("/", 1)[0].strip())
        if word[:1].islower() and word.isalpha() and 2 <= len(word) <= MAX_LETTERS:
            found.add(word)
    return sorted(found)


def main() -> None:
    dic = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/hunspell/da_DK.dic")
    words = stems(dic)
    header = (
        "# Ordinary Danish words of 2-8 letters: the lower-case stems of Stavekontrolden's\n"
        "# hunspell dictionary (da_DK, MPL-1.1), built by scripts/build_danish_words.py.\n"
    )
    OUT.write_text(header + "\n".join(words) + "\n", "utf-8")
    print(f"wrote {OUT} ({len(words)} words)")


if __name__ == "__main__":
    main()
