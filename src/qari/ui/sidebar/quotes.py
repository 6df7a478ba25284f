"""The "Quotes" panel: the article's quotations and reported statements, who said them, and where.

It emits requests only: ``quoteActivated(start, end)`` (scroll the reader there and flash it) and
``quoteCopied(text)`` after it put a quote with its citation on the clipboard.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QPalette,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from qari.core.article import Article
from qari.ui.citation import bare_quote, cite
from qari.ui.reader.direction import is_rtl_text

if TYPE_CHECKING:
    from qari.core.extract import Extraction, Quote

_Index = QModelIndex | QPersistentModelIndex
DIRECT, REPORTED = "direct", "reported"
RowRole = Qt.ItemDataRole.UserRole + 1
MAX_LINES = 3
PAD = 8


@dataclass(frozen=True, slots=True)
class QuoteRow:
    text: str
    start: int
    end: int
    speaker: str | None
    speaker_key: str  # "" when nobody is named
    kind: str  # "direct" | "reported"


def quote_rows(ex: Extraction) -> list[QuoteRow]:
    """Quotations and reported statements in text order, each span once."""
    seen: set[tuple[int, int]] = set()
    rows: list[QuoteRow] = []
    tagged: list[tuple[Quote, str]] = [(q, q.kind or DIRECT) for q in ex.quotes]
    tagged += [(q, REPORTED) for q in ex.statements]
    for q, kind in tagged:
        if (q.start, q.end) in seen:
            continue
        seen.add((q.start, q.end))
        speaker = (q.speaker or "").strip() or None
        rows.append(QuoteRow(q.text, q.start, q.end, speaker, q.speaker_entity or speaker or "", kind))
    rows.sort(key=lambda r: (r.start, r.end))
    return rows


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


class QuoteListModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[QuoteRow] = []

    def set_rows(self, rows: list[QuoteRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[QuoteRow]:
        return list(self._rows)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = row.speaker or QGuiApplication.translate("QuotesPanel", "unattributed")
            return f"{row.text} — {who}"
        if role == RowRole:
            return row
        return None


def _fit_layout(text: str, font: QFont, width: float, rtl: bool, max_lines: int) -> QTextLayout:
    """``text`` laid out in at most ``max_lines`` lines of ``width``, the last elided at its end,
    aligned to its own start edge (right for Arabic) whatever the direction of the interface."""

    def lay(s: str) -> QTextLayout:
        layout = QTextLayout(s, font)
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        option = QTextOption(side | Qt.AlignmentFlag.AlignAbsolute)
        option.setTextDirection(Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight)
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(option)
        layout.beginLayout()
        y = 0.0
        while layout.lineCount() <= max_lines:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
        layout.endLayout()
        return layout

    layout = lay(text)
    if layout.lineCount() <= max_lines:
        return layout
    cut_utf16 = layout.lineAt(max_lines - 1).textStart()
    cut = len(text.encode("utf-16-le")[: cut_utf16 * 2].decode("utf-16-le", errors="ignore"))
    tail = QFontMetricsF(font).elidedText(text[cut:], Qt.TextElideMode.ElideRight, width)
    return lay(text[:cut] + tail)


def _text_width(option: QStyleOptionViewItem) -> float:
    """The width quotes wrap at: the list's viewport (the same when measuring and painting)."""
    view = option.widget
    width = view.viewport().width() if isinstance(view, QListView) else option.rect.width()
    return float(width - 2 * PAD)


class QuoteDelegate(QStyledItemDelegate):
    """A quotation (up to three lines, elided at its end, aligned by its own direction), then its
    speaker, with a small "Quote" / "Reported" marker on the far side."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        quote = QFont(option.font)
        quote.setFamilies([option.font.family(), "Noto Naskh Arabic", "Amiri"])
        quote.setPointSizeF(option.font.pointSizeF() * 1.08)
        small = QFont(option.font)
        small.setPointSizeF(option.font.pointSizeF() * 0.9)
        return quote, small

    def _quote_layout(self, row: QuoteRow, option: QStyleOptionViewItem, width: float) -> QTextLayout:
        quote_font, _ = self._fonts(option)
        text = f"«{bare_quote(row.text)}»" if row.kind == DIRECT else bare_quote(row.text)
        return _fit_layout(text, quote_font, width, is_rtl_text(row.text), MAX_LINES)

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        row: QuoteRow | None = index.data(RowRole)
        width = _text_width(option)
        if row is None or width <= 0:
            return super().sizeHint(option, index)
        layout = self._quote_layout(row, option, width)
        _, small = self._fonts(option)
        height = layout.boundingRect().height() + QFontMetricsF(small).lineSpacing() * 1.5 + 2 * PAD
        return QSize(int(width + 2 * PAD), int(height + 0.5))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        row: QuoteRow | None = index.data(RowRole)
        if row is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else QGuiApplication.instance().style()  # type: ignore[union-attr]  # an app runs
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        pal = opt.palette
        fg = pal.highlightedText().color() if selected else pal.text().color()
        dim = fg if selected else pal.placeholderText().color()
        rect = QRectF(opt.rect).adjusted(PAD, PAD, -PAD, -PAD)
        rect.setWidth(min(rect.width(), _text_width(opt)))
        rtl = is_rtl_text(row.text)
        painter.save()
        painter.setPen(fg)
        layout = self._quote_layout(row, opt, rect.width())
        layout.draw(painter, rect.topLeft())
        _, small = self._fonts(opt)
        painter.setFont(small)
        fm = QFontMetricsF(small)
        y = rect.top() + layout.boundingRect().height() + fm.lineSpacing() * 0.35
        line = QRectF(rect.left(), y, rect.width(), fm.lineSpacing())
        marker = (QGuiApplication.translate("QuotesPanel", "Quote") if row.kind == DIRECT
                  else QGuiApplication.translate("QuotesPanel", "Reported"))
        badge_w = fm.horizontalAdvance(marker) + 10
        badge = QRectF(line.left() if rtl else line.right() - badge_w, line.top(), badge_w, line.height())
        painter.setPen(dim)
        painter.drawRoundedRect(badge.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, marker)
        who = row.speaker or QGuiApplication.translate("QuotesPanel", "Speaker not named")
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        name_rect = line.adjusted(0 if not rtl else badge_w + 6, 0, -(badge_w + 6) if not rtl else 0, 0)
        name = fm.elidedText(f"— {who}", Qt.TextElideMode.ElideRight, name_rect.width())
        painter.setPen(fg if row.speaker else dim)
        option_ = QTextOption(side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter)
        option_.setTextDirection(Qt.LayoutDirection.RightToLeft if is_rtl_text(who) else Qt.LayoutDirection.LeftToRight)
        painter.drawText(name_rect, name, option_)
        painter.restore()


class _QuoteList(QListView):
    """The list; Ctrl+C copies the selected quote with its citation instead of its bare text."""

    copyRequested = Signal()

    def keyPressEvent(self, event: Any) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copyRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class QuotesPanel(QWidget):
    quoteActivated = Signal(int, int)  # canonical start, end: scroll there and flash it
    quoteCopied = Signal(str)  # the text put on the clipboard

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
        self.view.addActions([self.goto_action, self.copy_action])

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
        self.model.set_rows(rows)
        if not self._all:
            self._show_message(self.tr("No quotations found in this article."))
        elif not rows:
            self._show_message(self.tr("No quotations match this filter."))
        else:
            self.stack.setCurrentWidget(self.view)
            self.view.setCurrentIndex(self.model.index(0, 0))

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
