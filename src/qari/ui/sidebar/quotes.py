"""The "Quotes" panel: the article's quotations and reported statements, who said them, and where.

It emits requests only: ``quoteActivated(start, end)`` (scroll the reader there and flash it) and
``quoteCopied(text)`` after it put a quote with its citation on the clipboard.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Qt, Signal, SignalInstance
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeySequence,
    QPalette,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from qari.core.article import Article
from qari.ui.citation import cite
from qari.ui.sidebar.quote_view import (  # the list's parts
    DIRECT,
    REPORTED,
    QuoteDelegate,
    QuoteListModel,
    QuoteRow,
    RowRole,
    _QuoteList,
    quote_rows,
)

if TYPE_CHECKING:
    from qari.core.extract import Extraction

__all__ = ["DIRECT", "REPORTED", "MessagePage", "QuotesPanel"]


class MessagePage(QLabel):
    """What a panel says instead of its list: no article, analysing, nothing found, failure."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel-message")
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMargin(16)
        self.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)


class QuotesPanel(QWidget):
    quoteActivated = Signal(int, int)  # canonical start, end: scroll there and flash it
    quoteCopied = Signal(str)  # the text put on the clipboard
    speakerChangeRequested = Signal(object)  # QuoteRow: the reader wants to name its speaker
    rejectRequested = Signal(object)  # QuoteRow: "not a quotation"
    confirmRequested = Signal(object)  # QuoteRow: "this is right"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quotes-panel")
        self._article: Article | None = None
        self._all: list[QuoteRow] = []
        self._loaded = False

        self.speaker_filter = QComboBox()
        self.speaker_filter.setObjectName("quotes-speaker-filter")
        self.speaker_filter.setAccessibleName(self.tr("Speaker"))
        self.speaker_filter.setToolTip(self.tr("Show the quotes of one speaker"))
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("quotes-kind-filter")
        self.kind_filter.setAccessibleName(self.tr("Kind of quote"))
        self.kind_filter.addItem(self.tr("Quotes and statements"), "")
        self.kind_filter.addItem(self.tr("Direct quotes"), DIRECT)
        self.kind_filter.addItem(self.tr("Reported statements"), REPORTED)
        self.speaker_filter.currentIndexChanged.connect(self._refilter)
        self.kind_filter.currentIndexChanged.connect(self._refilter)

        self.model = QuoteListModel(self)
        self.view = _QuoteList()
        self.view.setObjectName("quotes-list")
        self.view.setAccessibleName(self.tr("Quotes"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(QuoteDelegate(self.view))
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setAlternatingRowColors(True)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.view.clicked.connect(self._activate)
        self.view.activated.connect(self._activate)
        self.view.copyRequested.connect(self.copy_selected)

        self.copy_action = QAction(self.tr("&Copy with Citation"), self.view)
        self.copy_action.setObjectName("quote-copy")
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_selected)
        self.goto_action = QAction(self.tr("&Show in Text"), self.view)
        self.goto_action.setObjectName("quote-show")
        self.goto_action.setShortcut(QKeySequence("Return"))
        self.goto_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.goto_action.triggered.connect(lambda: self._activate(self.view.currentIndex()))
        self.speaker_action = QAction(self.tr("Change &Speaker…"), self.view)
        self.speaker_action.setObjectName("quote-change-speaker")
        self.speaker_action.setShortcut(QKeySequence("F2"))
        self.speaker_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.reject_action = QAction(self.tr("&Not a Quotation"), self.view)
        self.reject_action.setObjectName("quote-reject")
        self.reject_action.setShortcut(QKeySequence("Delete"))
        self.reject_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.confirm_action = QAction(self.tr("&Confirm Speaker"), self.view)
        self.confirm_action.setObjectName("quote-confirm")
        for action, signal in ((self.speaker_action, self.speakerChangeRequested),
                               (self.reject_action, self.rejectRequested),
                               (self.confirm_action, self.confirmRequested)):
            action.triggered.connect(lambda _=False, sig=signal: self._request(sig))
        separator = QAction(self.view)
        separator.setSeparator(True)
        self.view.addActions([self.goto_action, self.copy_action, separator, self.speaker_action,
                              self.confirm_action, self.reject_action])

        self.message = MessagePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.view)
        self.summary = QLabel()
        self.summary.setObjectName("quotes-summary")
        self.summary.setEnabled(False)

        filters = QHBoxLayout()
        filters.addWidget(self.speaker_filter, 3)
        filters.addWidget(self.kind_filter, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary)
        self._show_message(self.tr("Open an article to see its quotations."))

    def tab_title(self) -> str:
        return self.tr("Quotes")

    # -- slots ------------------------------------------------------------------------
    def show_article(self, article: Article | None) -> None:
        """A new article is open (None: none is): forget the old quotes and wait for the extraction."""
        self._article = article
        self._all = []
        self._loaded = False
        self._fill_speakers()
        self._show_message(self.tr("Analysing…") if article is not None else "")

    def set_extraction(self, ex: Extraction) -> None:
        self._all = quote_rows(ex)
        self._loaded = True
        self._fill_speakers()
        direct = sum(1 for r in self._all if r.kind == DIRECT)
        self.summary.setText(
            self.tr("%n quotation(s)", "", direct) + " · "
            + self.tr("%n reported statement(s)", "", len(self._all) - direct)
        )
        self._refilter()

    def show_failure(self, reason: str) -> None:
        self._all = []
        self._loaded = False
        self._fill_speakers()
        self._show_message(self.tr("Could not analyse this article.") + "\n" + reason)

    # -- filtering --------------------------------------------------------------------------
    def _fill_speakers(self) -> None:
        counts: dict[str, tuple[str, int]] = {}
        for r in self._all:
            name, n = counts.get(r.speaker_key, (r.speaker or "", 0))
            counts[r.speaker_key] = (name, n + 1)
        keep = self.speaker_filter.currentData()
        self.speaker_filter.blockSignals(True)
        self.speaker_filter.clear()
        self.speaker_filter.addItem(self.tr("All speakers"), None)
        for key, (name, n) in sorted(counts.items(), key=lambda kv: (-kv[1][1], kv[1][0])):
            label = name or self.tr("Speaker not named")
            # The name is isolated (FSI…PDI) so the count stays on the right side in either direction.
            self.speaker_filter.addItem(f"\u2068{label}\u2069 ({n})", key)
        at = self.speaker_filter.findData(keep) if keep is not None else 0
        self.speaker_filter.setCurrentIndex(max(0, at))
        self.speaker_filter.setEnabled(bool(counts))
        self.kind_filter.setEnabled(bool(counts))
        self.speaker_filter.blockSignals(False)

    def set_speaker_filter(self, key: str | None) -> None:
        self.speaker_filter.setCurrentIndex(max(0, self.speaker_filter.findData(key)))

    def set_kind_filter(self, kind: str) -> None:
        self.kind_filter.setCurrentIndex(max(0, self.kind_filter.findData(kind)))

    def _refilter(self) -> None:
        if not self._loaded:
            return
        speaker, kind = self.speaker_filter.currentData(), self.kind_filter.currentData()
        rows = [r for r in self._all
                if (speaker is None or r.speaker_key == speaker) and (not kind or r.kind == kind)]
        keep = self.selected_row()
        self.model.set_rows(rows)
        if not self._all:
            self._show_message(self.tr("No quotations found in this article."))
        elif not rows:
            self._show_message(self.tr("No quotations match this filter."))
        else:
            self.stack.setCurrentWidget(self.view)
            at = next((i for i, r in enumerate(rows) if keep and (r.start, r.end) == (keep.start, keep.end)), 0)
            self.view.setCurrentIndex(self.model.index(at, 0))  # a correction keeps the row selected

    def _show_message(self, text: str) -> None:
        self.model.set_rows([])
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)
        if not self._all:
            self.summary.clear()

    # -- what a person sees and does -------------------------------------------------------
    def status(self) -> str:
        """The message shown instead of the list, or "" when the list is showing."""
        return "" if self.stack.currentWidget() is self.view else self.message.text()

    def visible_rows(self) -> list[QuoteRow]:
        return self.model.rows()

    def selected_row(self) -> QuoteRow | None:
        index = self.view.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def select_row(self, i: int) -> None:
        self.view.setCurrentIndex(self.model.index(i, 0))

    def _activate(self, index: QModelIndex) -> None:
        row: QuoteRow | None = index.data(RowRole) if index.isValid() else None
        if row is not None:
            self.quoteActivated.emit(row.start, row.end)

    def _request(self, signal: SignalInstance) -> None:
        row = self.selected_row()
        if row is not None:
            signal.emit(row)

    def citation(self, row: QuoteRow) -> str:
        return cite(row, self._article)

    def copy_selected(self) -> str:
        row = self.selected_row()
        if row is None:
            return ""
        text = self.citation(row)
        QGuiApplication.clipboard().setText(text)
        self.quoteCopied.emit(text)
        return text
