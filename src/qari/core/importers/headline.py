"""The headline of a text that has no markup to say which line it is (.txt files, pastes).

A first line is the headline only when it looks like one: short (at most ``MAX_WORDS`` words), a
single sentence that does not end in a full stop, comma or colon, and followed by more text.
Otherwise the text has no headline of its own: it is all body, and the headline shown is its first
words and "…" (a line added before the body, which stays whole). A text of a few words only is
left as it is.
"""

from __future__ import annotations

import re

MAX_WORDS = 25
SHORT_WORDS = 8  # words in a made-up headline
ELLIPSIS = "…"
# a line that ends like this is a sentence of running text (or runs on), not a headline
_RUNS_ON = (".", "،", ",", ":", "؛", ";", "-", "–", "—")
# a sentence break inside the line: a single full stop followed by more words. Headlines use ".."
# (or "…") and question marks as separators ("«…».. مدرب الأهلي ينتقد …", "هل تصمد الهدنة؟ خبراء يجيبون").
_INNER_BREAK = re.compile(r"(?<!\.)\.(?!\.)(?:[»”\"')\]]*)\s+\S")
_CLAUSE = re.compile(r"[،,:؛;.!?؟]$")


def is_headline(line: str, rest: str) -> bool:
    line = line.strip()
    if not line or not rest.strip():
        return False
    if len(line.split()) > MAX_WORDS or line.endswith(_RUNS_ON) or line.endswith("..."):
        return False
    return not _INNER_BREAK.search(line)


def made_up_headline(text: str) -> str:
    """The first words of ``text`` and "…": up to SHORT_WORDS words, stopping at a clause's end."""
    words: list[str] = []
    for word in text.split():
        words.append(word)
        if len(words) >= SHORT_WORDS or (len(words) >= 3 and _CLAUSE.search(word)):
            break
    head = " ".join(words).rstrip("".join(_RUNS_ON) + "!?؟«»\"“”()")
    return head + ELLIPSIS


def with_headline(canonical: str) -> str:
    """``canonical`` (one paragraph a line) whose first line is a headline."""
    first, _, rest = canonical.partition("\n")
    if not canonical or is_headline(first, rest):
        return canonical
    if not rest and len(first.split()) <= SHORT_WORDS:  # a few words and nothing else: they are all there is
        return canonical
    return made_up_headline(canonical) + "\n" + canonical


def is_made_up(canonical: str) -> bool:
    """Whether the first line is a headline made by :func:`with_headline` (it repeats the body's start)."""
    first, _, rest = canonical.partition("\n")
    return first.endswith(ELLIPSIS) and bool(rest) and rest.startswith(first[: -len(ELLIPSIS)].rstrip())
