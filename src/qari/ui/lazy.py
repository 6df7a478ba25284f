"""Parts of the window made at their first use, so that completing the window after its first
paint makes only what can be seen (bench/NOTES.md, "Completing the window").

- :class:`LazyPage`: a tab page whose panel is made when the page is first shown (or asked for).
  The calls the window routes to the panel before that (:meth:`LazyPage.later`) are kept and made
  on the new panel, in order, so it shows what it would have shown had it been there all along.
- :class:`LazyPart`: anything else (a dock that opens on a shortcut, a background job) made at
  its first :meth:`LazyPart.get`.

Both emit ``made(part)`` once, before anything else reaches the new part: the main window's
wiring block connects it there (its signals, its dock), so nothing here knows the window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class LazyPage(QWidget):
    made = Signal(QWidget)  # the panel, just made: wire it now

    def __init__(self, make: Callable[[], QWidget], resets: tuple[str, ...] = (), keeps: tuple[str, ...] = (),
                 parent: QWidget | None = None) -> None:
        """``resets``: slots whose call sets the whole panel anew (a new article): the calls kept
        before one are dropped, so what waits for the panel stays small; but the last call of each
        slot in ``keeps`` (a selection the new content keeps) is made again after it."""
        super().__init__(parent)
        self._make = make
        self._resets = resets
        self._keeps = keeps
        self._panel: QWidget | None = None
        self._pending: list[tuple[str, tuple[Any, ...]]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._panel is not None

    def later(self, slot: str) -> Callable[..., None]:
        """A callable for the panel's ``slot``: called now if the panel exists, else kept for it."""

        def call(*args: Any) -> None:
            if self._panel is not None:
                getattr(self._panel, slot)(*args)
                return
            if slot in self._resets:
                kept = {name: call for name, call in self._pending if name in self._keeps}
                self._pending = [(slot, args), *kept.items()]
                return
            self._pending.append((slot, args))

        return call

    def panel(self) -> QWidget:
        """The panel, made now if it was not yet (then wired by ``made``, then given what it missed)."""
        if self._panel is None:
            panel = self._panel = self._make()
            layout = self.layout()
            assert layout is not None
            layout.addWidget(panel)
            if self.isVisible():  # (a widget added to a shown one would be shown only by a queued call)
                panel.show()
            self.made.emit(panel)
            pending, self._pending = self._pending, []
            for slot, args in pending:
                getattr(panel, slot)(*args)
        return self._panel

    def showEvent(self, event: QShowEvent) -> None:
        self.panel()
        super().showEvent(event)


class LazyPart(QObject):
    made = Signal(object)  # the part, just made: wire (and dock) it now

    def __init__(self, make: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._make = make
        self._part: Any = None
        self._pending: dict[str, tuple[Callable[..., object], tuple[Any, ...]]] = {}

    @property
    def built(self) -> bool:
        return self._part is not None

    def get(self) -> Any:
        if self._part is None:
            self._part = self._make()
            self.made.emit(self._part)
            pending, self._pending = self._pending, {}
            for fn, args in pending.values():
                fn(self._part, *args)
        return self._part

    def if_made(self, fn: Callable[..., object]) -> Callable[..., None]:
        """A slot: ``fn(part, *args)`` if the part is made, else nothing (it reads that state when made)."""

        def call(*args: Any) -> None:
            if self._part is not None:
                fn(self._part, *args)

        return call

    def later(self, key: str, fn: Callable[..., object]) -> Callable[..., None]:
        """A slot: ``fn(part, *args)`` now if the part is made; else the last such call for ``key`` is
        kept and made on the part right after ``made`` (what it cannot read from the store)."""

        def call(*args: Any) -> None:
            if self._part is not None:
                fn(self._part, *args)
                return
            self._pending.pop(key, None)  # (re-inserted: the calls are made in the order of their last call)
            self._pending[key] = (fn, args)

        return call
