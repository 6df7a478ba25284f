"""Plain record classes for what is imported before the first paint.

Qari's records on that path (the article, its display text, the library's summaries, the
settings…) are written out as ``@dataclass`` would make them — the same ``__init__``, equality,
hash and repr (tests/core/test_records.py compares each with its dataclass version) — because a
dataclass compiles its generated methods when its module is imported: 0.3–0.9 ms a class, and the
``dataclasses`` module itself ~2 ms (bench/NOTES.md, "Records without dataclasses").
"""

from __future__ import annotations

set_field = object.__setattr__  # how a frozen record's __init__ sets its fields (as a frozen dataclass's)


class Frozen:
    """Attributes set once, in ``__init__`` (``set_field``), as a frozen dataclass's."""

    __slots__ = ()

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")
