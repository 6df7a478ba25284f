"""The reader corrects the Quotes panel: change an item's speaker, say it is not a quotation,
confirm it, or select words in the reader and add them as a quotation with a speaker.

:class:`QuoteCorrections` takes its collaborators in its constructor (the corrections store, the
reader for the selection, the undo stack, a parent for its dialog and how to ask for a speaker)
and tells the others by signals: ``corrected(Extraction)`` (the extraction with every correction
applied, for the Quotes panel), ``statusMessage(str)`` and ``failed(error)``. The window wires
them. Corrections are written first and then pushed on the undo stack (see :mod:`qari.ui.undo`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from qari.ui.undo import OnFailure, StoreCommand, attempt

if TYPE_CHECKING:
    from qari.core.article import Article
    from qari.core.corrections import Correction
    from qari.core.extract import Extraction
    from qari.core.store.corrections import Corrections
    from qari.ui.reader.view import ReaderView
    from qari.ui.sidebar.quote_view import QuoteRow

__all__ = ["AskSpeaker", "QuoteCorrections", "ask_speaker"]

# (parent, names to offer, the current speaker) -> the name chosen or typed, or None (cancelled)
AskSpeaker = Callable[[QWidget, list[str], str], "str | None"]


def _tr(text: str) -> str:
    return QCoreApplication.translate("QuoteCorrections", text)


def ask_speaker(parent: QWidget, names: list[str], current: str) -> str | None:
    """A list of the article's people and organisations to choose from, or type a name."""
    from PySide6.QtWidgets import QInputDialog

    items = list(dict.fromkeys([current, *names] if current else names))
    text, ok = QInputDialog.getItem(parent, _tr("Speaker"), _tr("Who said it? Choose or type a name:"),
                                    items or [""], 0, True)
    name = " ".join(text.split())
    return name if ok and name else None


class _Correct(StoreCommand):
    def __init__(self, store: Corrections, old: Correction | None, new: Correction, after: Callable[[], None],
                 text: str, on_failure: OnFailure) -> None:
        super().__init__(text, on_failure)
        self._store, self._old, self._new, self._after = store, old, new, after

    def _redo(self) -> None:
        self._store.redo(self._old, self._new)
        self._after()

    def _undo(self) -> None:
        self._store.undo(self._old, self._new)
        self._after()


class QuoteCorrections(QObject):
    corrected = Signal(object)  # Extraction, with the reader's corrections
    statusMessage = Signal(str)
    failed = Signal(object)  # an EnvironmentFault (the library refused the write)

    def __init__(self, store: Callable[[], Corrections], reader: ReaderView, stack: QUndoStack, parent: QWidget,
                 ask: AskSpeaker = ask_speaker) -> None:
        """``store``: gives the corrections store when first needed (the extraction's first result),
        so completing the window does not load it."""
        super().__init__(parent)
        self._store_of, self._reader, self._stack, self._parent, self._ask = store, reader, stack, parent, ask
        self._article: Article | None = None
        self._raw: Extraction | None = None
        self.add_action = QAction(_tr("Add Selection as &Quotation…"), parent)
        self.add_action.setObjectName("quote-add")
        self.add_action.setShortcut(QKeySequence("Ctrl+Alt+Q"))
        self.add_action.triggered.connect(self.add_selection)
        self.actions = [self.add_action]

    def populate_menus(self, edit_menu: QMenu) -> None:
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_action)

    # -- what the window tells it --------------------------------------------------------
    def show_article(self, article: Article | None) -> None:
        self._article, self._raw = article, None

    def set_extraction(self, ex: Extraction) -> None:
        """The extractor's result for the open article: pass it on with the corrections applied."""
        self._raw = ex
        self._emit()

    def current(self) -> Extraction | None:
        article = self._article
        if self._raw is None or article is None or article.id is None:
            return self._raw
        from qari.core.corrections import apply

        aid = article.id
        found = attempt(lambda: self._store.for_article(aid), self.failed.emit)
        return apply(self._raw, found, article.text) if found else self._raw

    @property
    def _store(self) -> Corrections:
        return self._store_of()

    def _emit(self) -> None:
        ex = self.current()
        if ex is not None:
            self.corrected.emit(ex)

    # -- the reader's requests -----------------------------------------------------------
    def change_speaker(self, row: QuoteRow) -> bool:
        name = self._ask(self._parent, self._names(), row.speaker or "")
        if name is None:
            return False
        return self._write("speaker", row.kind, row.start, row.end, name, _tr("Change Speaker"))

    def reject(self, row: QuoteRow) -> bool:
        return self._write("reject", row.kind, row.start, row.end, "", _tr("Not a Quotation"))

    def confirm(self, row: QuoteRow) -> bool:
        return self._write("confirm", row.kind, row.start, row.end, row.speaker or "", _tr("Confirm Speaker"))

    def add_selection(self) -> bool:
        span = self._reader.selected_span()
        if span is None or self._article is None:
            self.statusMessage.emit(_tr("Select the words of the quotation in the text first."))
            return False
        start, end = span
        text = self._article.text
        while start < end and (text[start].isspace() or text[start] in "«“\"‹„"):
            start += 1
        while end > start and (text[end - 1].isspace() or text[end - 1] in "»”\"›.،,"):
            end -= 1
        if end <= start:
            return False
        name = self._ask(self._parent, self._names(), "")
        if name is None:
            return False
        return self._write("add", "direct", start, end, name, _tr("Add Quotation"))

    # -- helpers ---------------------------------------------------------------------------
    def _names(self) -> list[str]:
        """The article's people and organisations, the most mentioned first."""
        if self._raw is None:
            return []
        ents = [e for e in self._raw.entities if e.type in ("PER", "ORG")]
        ents.sort(key=lambda e: (-len(e.mentions), e.name))
        return [e.name for e in ents]

    def _write(self, action: str, kind: str, start: int, end: int, speaker: str, label: str) -> bool:
        if self._article is None or self._article.id is None:
            return False
        aid = self._article.id
        done = attempt(lambda: self._store.correct(aid, action, kind, start, end, speaker), self.failed.emit)
        if done is None:
            return False
        old, new = done
        self._stack.push(_Correct(self._store, old, new, self._emit, label, self.failed.emit))
        self._emit()
        self.statusMessage.emit(_tr("Correction saved"))
        return True

