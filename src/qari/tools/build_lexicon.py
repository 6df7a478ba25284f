"""Write resources/gazetteers/arabic-words.tsv: the Arabic words of the Arramooz dictionary.

    pip install '.[train]' && python -m qari.tools.build_lexicon

Arramooz (Taha Zerrouki; PyPI ``arramooz-pysqlite``, GPL-3.0) is an Arabic dictionary for
morphological analysis: about 30,000 nouns (with their broken plurals), 14,000 verbs (the past
form) and 13,000 function words with their clitic forms. The NER features ask whether a word,
without its clitics and a few suffixes, is a word of that dictionary (a noun, a verb, a function
word) or none of them: a transliterated foreign name (فولكسفاغن، نيستلروي) is none. Build time only;
the app reads the derived file. One line a word: the normalized word, a tab, its classes
(``n`` noun, ``v`` verb, ``s`` function word).
"""

from __future__ import annotations

import sqlite3
from importlib.resources import files
from pathlib import Path

from qari.core.extract.gazetteer import LEXICON_NAME, norm

OUT = Path(__file__).resolve().parents[3] / "resources" / "gazetteers" / LEXICON_NAME


def lexicon() -> dict[str, set[str]]:
    data = files("arramooz") / "data"
    out: dict[str, set[str]] = {}

    def add(word: str, cls: str) -> None:
        n = norm(word.strip())
        if n and n.isalpha():
            out.setdefault(n, set()).add(cls)

    with sqlite3.connect(str(data / "arabicdictionary.sqlite")) as db:
        for word, plurals in db.execute("select unvocalized, broken_plural from nouns"):
            add(word, "n")
            for p in (plurals or "").replace("+ات", "").split(";"):
                if p.strip():
                    add(p.split()[-1], "n")
        for (word,) in db.execute("select unvocalized from verbs"):
            add(word, "v")
    with sqlite3.connect(str(data / "stopwords.sqlite")) as db:
        for (word,) in db.execute("select UNVOCALIZED from STOPWORDS"):
            add(word, "s")
    return out


def main() -> None:
    words = lexicon()
    OUT.write_text("".join(f"{w}\t{''.join(sorted(c))}\n" for w, c in sorted(words.items())), encoding="utf-8")
    print(f"{OUT}: {len(words)} words")


if __name__ == "__main__":
    main()
