"""The reader's corrections of the Quotes panel, applied to an extraction.

A correction points at a quotation or statement the way an annotation points at text
(:mod:`qari.core.anchoring`: code-point offsets plus the exact words with their context), so it
finds its item again after the article's text is edited and after the extractor is upgraded and
runs again. What it says:

- ``speaker``: the item's speaker is this name (linked to the article's entity of that name);
- ``reject``: the item is not a quotation (it disappears from the panel and the export);
- ``confirm``: the item is right as it is;
- ``add``: the reader selected these words and said who said them.

:func:`apply` is pure: an :class:`Extraction` in, a corrected copy out, each corrected item with
``corrected=True`` (or ``confirmed=True``). A correction whose item the extractor no longer
finds still stands: a changed speaker or a confirmation brings the item back; a rejection of an
item that is gone has nothing left to do.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Literal

from qari.core.anchoring import Selector, anchor

if TYPE_CHECKING:  # (the extractor's modules load when an extraction is corrected, not with the window)
    from qari.core.extract.model import Entity, Extraction, Quote

__all__ = ["ACTIONS", "Correction", "apply", "entity_for", "find_target"]

Action = Literal["speaker", "reject", "confirm", "add"]
ACTIONS: tuple[str, ...] = ("speaker", "reject", "confirm", "add")


@dataclass(frozen=True, slots=True)
class Correction:
    uuid: str
    article_id: int
    action: str  # one of ACTIONS
    kind: str  # "direct" or "reported": which list the item belongs to
    start: int
    end: int
    exact: str
    prefix: str
    suffix: str
    speaker: str  # the speaker the reader gave or confirmed ("" for a rejection)
    created: str
    modified: str

    @property
    def selector(self) -> Selector:
        return Selector(self.start, self.end, self.exact, self.prefix, self.suffix)


def _norm(name: str) -> str:
    from qari.core.extract.cues import key

    return " ".join(key(w) for w in name.split()).replace("ة", "ه").replace("ى", "ي")


def entity_for(speaker: str, entities: list[Entity]) -> str | None:
    """The id of the entity named ``speaker`` (its name or one of its written forms)."""
    n = _norm(speaker)
    if not n:
        return None
    for e in entities:
        if n == _norm(e.name) or any(n == _norm(a) for a in e.aliases):
            return e.id
    return None


def find_target(items: list[Quote], start: int, end: int) -> int | None:
    """The item that covers most of the span start..end (at least half of the shorter one)."""
    best, best_len = None, 0
    for k, q in enumerate(items):
        common = min(end, q.end) - max(start, q.start)
        if common > best_len and common * 2 >= min(end - start, q.end - q.start):
            best, best_len = k, common
    return best


def _where(c: Correction, text: str) -> tuple[int, int] | None:
    if text[c.start : c.end] == c.exact:
        return c.start, c.end
    found = anchor(c.selector, text)
    return (found.start, found.end) if found is not None else None


def apply(ex: Extraction, corrections: list[Correction], text: str) -> Extraction:
    """``ex`` with ``corrections`` applied (oldest first, so the latest word on an item wins)."""
    from qari.core.extract.model import Extraction, Quote

    lists = {"direct": list(ex.quotes), "reported": list(ex.statements)}
    for c in sorted(corrections, key=lambda c: c.modified):
        span = _where(c, text)
        if span is None:
            continue  # the words are gone from the text: nothing to correct
        a, b = span
        items = lists["reported" if c.kind == "reported" else "direct"]
        k = find_target(items, a, b)
        if c.action == "reject":
            if k is not None:
                del items[k]
            continue
        eid = entity_for(c.speaker, ex.entities) if c.speaker else None
        if k is not None:
            q = items[k]
            if c.action == "confirm":
                items[k] = replace(q, confirmed=True)
            else:
                same = _norm(c.speaker) == _norm(q.speaker or "")
                items[k] = replace(q, speaker=c.speaker or q.speaker, speaker_entity=eid if not same else
                                   q.speaker_entity or eid, corrected=not same or q.corrected, confirmed=same)
        elif c.speaker or c.action == "add":
            items.append(Quote(text[a:b], a, b, c.speaker or None, eid, None, "reported" if c.kind == "reported"
                               else "direct", corrected=c.action != "confirm", confirmed=c.action == "confirm"))
    for items in lists.values():
        items.sort(key=lambda q: (q.start, q.end))
    return Extraction(lists["direct"], lists["reported"], list(ex.entities))
