"""Plain record classes for what is imported before the first paint.

Qari's records on that path (the article, its display text, the library's summaries, the
settings…) behave as ``@dataclass`` would make them — the same ``__init__``, equality, hash, repr
and ``replace`` (tests/core/test_records.py compares each with its dataclass version) — because a
dataclass compiles its generated methods when its module is imported: 0.3–0.9 ms a class, and the
``dataclasses`` module itself ~2 ms (bench/NOTES.md, "Records without dataclasses"). A record
writes its ``__init__`` and lists its fields in ``FIELDS``; the rest is here, once.
"""

from __future__ import annotations

from typing import Any, ClassVar, Self

set_field = object.__setattr__  # how a frozen record's __init__ sets its fields (as a frozen dataclass's)


class Record:
    """Compared by value and shown as a dataclass: ``FIELDS`` in their declared order;
    ``COMPARED`` and ``SHOWN`` (when not None) are the fields equality and the repr use (a
    dataclass's ``compare=False`` / ``repr=False``). Mutable, so unhashable, as a dataclass."""

    __slots__ = ()
    FIELDS: ClassVar[tuple[str, ...]] = ()
    COMPARED: ClassVar[tuple[str, ...] | None] = None
    SHOWN: ClassVar[tuple[str, ...] | None] = None

    def _key(self) -> tuple[object, ...]:
        names = self.FIELDS if self.COMPARED is None else self.COMPARED
        return tuple(getattr(self, name) for name in names)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        return self._key() == other._key()  # (the same class)

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: unhashable, as a dataclass

    def __repr__(self) -> str:
        names = self.FIELDS if self.SHOWN is None else self.SHOWN
        inside = ", ".join(f"{name}={getattr(self, name)!r}" for name in names)
        return f"{self.__class__.__qualname__}({inside})"

    def replace(self, **changes: Any) -> Self:
        """A copy with ``changes`` (``dataclasses.replace``)."""
        return self.__class__(**{**{name: getattr(self, name) for name in self.FIELDS}, **changes})


class Frozen(Record):
    """A :class:`Record` whose attributes are set once, in ``__init__`` (``set_field``), as a
    frozen dataclass's; hashable by the fields it is compared by."""

    __slots__ = ()

    def __hash__(self) -> int:  # type: ignore[override]  # (Record: None, mutable)
        return hash(self._key())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise AttributeError(f"cannot delete field {name!r}")
