"""The Quotes panel's list: its rows, the model over them and the delegate that draws each quote
(up to three lines, in the quote's own direction, with its speaker).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QKeySequence,
    QPainter,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from qari.ui.citation import bare_quote
from qari.ui.plain import plain
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
    status: str = ""  # "corrected" | "confirmed" by the reader (qari.core.corrections), else ""


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
        status = "corrected" if q.corrected else "confirmed" if q.confirmed else ""
        rows.append(QuoteRow(q.text, q.start, q.end, speaker, q.speaker_entity or speaker or "", kind, status))
    rows.sort(key=lambda r: (r.start, r.end))
    return rows


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
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain(row.text)  # an article's words are never rich text
        if role == Qt.ItemDataRole.AccessibleTextRole:
            who = row.speaker or QGuiApplication.translate("QuotesPanel", "unattributed")
            mark = status_label(row.status)
            return f"{row.text} — {who}" + (f" ({mark})" if mark else "")
        if role == RowRole:
            return row
        return None


def status_label(status: str) -> str:
    """What the panel says about an item the reader has looked at."""
    if status == "corrected":
        return QGuiApplication.translate("QuotesPanel", "corrected by you")
    if status == "confirmed":
        return QGuiApplication.translate("QuotesPanel", "confirmed by you")
    return ""


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
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
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
        if row.status:  # «— الاسم · ✓ confirmed by you»: the reader's word, in the link colour
            who = f"{who} ⁨· {'✎' if row.status == 'corrected' else '✓'} {status_label(row.status)}⁩"
        side = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        name_rect = line.adjusted(0 if not rtl else badge_w + 6, 0, -(badge_w + 6) if not rtl else 0, 0)
        name = fm.elidedText(f"— {who}", Qt.TextElideMode.ElideRight, name_rect.width())
        painter.setPen(pal.link().color() if row.status and not selected else fg if row.speaker else dim)
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
