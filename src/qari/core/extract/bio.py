"""BIO tag sequences ("B-PERS", "I-PERS", "O") as entity spans."""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["spans"]


def spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    """(start, end, type) of each entity; an I- tag whose type differs from the open span's
    starts a new span, as conll_f1.py reads it."""
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        if start >= 0 and (t == "O" or t.startswith("B-") or t[2:] != typ):
            out.append((start, i, typ))
            start = -1
        if t != "O" and start < 0:
            start, typ = i, t[2:]
    return out
