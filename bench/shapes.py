"""Input shapes for the extraction benchmark: ordinary news and the pathological cases.

``shape(name, size)`` returns a text of about ``size`` characters (a headline line first).
"""

from __future__ import annotations

import random
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "kim-putin-vostochny.txt"
FIXTURES = ROOT / "tests" / "fixtures" / "articles"

SHAPES = ("news", "one_line", "long_paragraphs", "punctuation", "quote_marks", "mixed_quotes", "emoji", "latin")


def news_paragraphs() -> list[str]:
    bodies = [SAMPLE.read_text(encoding="utf-8")] + [
        p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    return [ln for body in bodies for ln in body.splitlines()[1:] if ln.strip()]


def _fill(parts: list[str], size: int, sep: str) -> str:
    out: list[str] = []
    n = 0
    i = 0
    while n < size:
        p = parts[i % len(parts)]
        out.append(p)
        n += len(p) + len(sep)
        i += 1
    return sep.join(out)[:size]


def shape(name: str, size: int) -> str:
    rnd = random.Random(16)
    head = "عنوان المقال\n"
    if name == "news":
        return head + _fill(news_paragraphs(), size, "\n")
    if name == "one_line":  # a whole report with no line breaks
        return head + _fill(news_paragraphs(), size, " ")
    if name == "long_paragraphs":  # paragraphs of ~200 KB each
        para = _fill(news_paragraphs(), 200_000, " ")
        return head + _fill([para], size, "\n")
    if name == "punctuation":
        marks = list('،,.:;؛!?؟()[]-–—…«»“”"‹›„*/\\#@%&')
        return head + "".join(rnd.choice([*marks, " "]) for _ in range(size))
    if name == "quote_marks":
        return head + "«" * size
    if name == "mixed_quotes":
        marks = list('«»“”"‹›„')
        return head + "".join(rnd.choice(marks) for _ in range(size))
    if name == "emoji":
        ems = ["😀", "👍🏽", "👨‍👩‍👧", "❤️", "🇸🇦", "🔥", " ", "قال", " "]
        return head + "".join(rnd.choice(ems) for _ in range(size // 2))
    if name == "latin":
        line = 'the minister said that talks would resume next week , adding : " we are ready . " Reuters reported'
        words = line.split(" ")
        return head + " ".join(rnd.choice(words) for _ in range(size // 6))
    raise KeyError(name)
