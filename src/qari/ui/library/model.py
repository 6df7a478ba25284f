"""The library list as an item model: sorting and as-you-type filtering done in Python lists.

Why not a QSortFilterProxyModel: its filter and sort call back into Python (``data()`` or
``filterAcceptsRow``/``lessThan``) once per row, and O(n log n) times for a sort; at
10,000 articles that is tens to hundreds of milliseconds per keystroke. Here the model keeps

- every summary by id,
- the ids of ALL rows sorted by the current column (ascending; a descending view just
  reads the list backwards),
- the ids of the rows that pass the filter, in the same order,

so a filter is one list comprehension over precomputed folded keys, and a new article is
put in its place with a bisection. Folded keys (qari.core.arabic.fold_text of headline and
source) are computed lazily, the first time a filter or a sort by text needs them, so
loading the library at start-up does no per-row work beyond reading the rows.
"""

from __future__ import annotations

import itertools
from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

from qari.core.arabic import fold_text
from qari.core.store.library import ArticleSummary
from qari.ui.plain import plain
from qari.ui.sample import shown_source

TITLE, SOURCE, ADDED, LENGTH, PROGRESS = range(5)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


def is_rtl_text(text: str) -> bool:
    """True when the first strong character of ``text`` is right-to-left."""
    for ch in text:
        if "\u0590" <= ch <= "\u08ff" or "\ufb1d" <= ch <= "\ufefc":
            return True
        if ch.isalpha():
            return False
    return False


def isolate(text: str) -> str:
    """``text`` as a Unicode first-strong isolate: it reads in its own direction (an Arabic headline
    right-to-left in an English window, a Latin one left-to-right in an Arabic window) and its
    punctuation stays where it belongs. (A Python item delegate would do it too, but PySide6 6.12
    loses a reference to None on every Python ``paint``/``initStyleOption`` call: it crashes.)"""
    return "\u2068" + text + "\u2069" if text else text


def alignment_for(text: str) -> Qt.AlignmentFlag:
    side = Qt.AlignmentFlag.AlignRight if is_rtl_text(text) else Qt.AlignmentFlag.AlignLeft
    return side | Qt.AlignmentFlag.AlignAbsolute | Qt.AlignmentFlag.AlignVCenter


class LibraryModel(QAbstractTableModel):
    """Rows are articles; columns: headline, source, date added, length, reading progress."""

    COLUMNS = (TITLE, SOURCE, ADDED, LENGTH, PROGRESS)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._items: dict[int, ArticleSummary] = {}
        self._keys: dict[int, str] = {}  # id -> folded "headline \n source" (lazily filled)
        self._all: list[int] = []  # every id, ascending by the sort key
        self._rows: list[int] = []  # ids passing the filter, ascending by the sort key
        self._words: list[str] = []  # the folded filter words
        self._only: set[int] | None = None  # a tag's articles (None: every article)
        self._starred_only = False
        self._column = ADDED
        self._order = Qt.SortOrder.DescendingOrder
        self._current: int | None = None
        self._dates: dict[str, str] = {}  # ISO time -> date as shown
        self.loaded = False

    # -- loading -------------------------------------------------------------------------
    def load(self, summaries: Iterable[ArticleSummary]) -> None:
        self.beginResetModel()
        self._items = {s.id: s for s in summaries}
        self._keys = {}
        self._all = sorted(self._items, key=self._sort_key())
        self._rows = self._filtered(self._all)
        self.loaded = True
        self.endResetModel()

    # -- Qt model API ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Headline"), self.tr("Source"), self.tr("Added"), self.tr("Words"),
                    self.tr("Read"))[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return (self.tr("The article's headline"), self.tr("Where it came from"), self.tr("When it was imported"),
                    self.tr("Length in words"), self.tr("How far you have read"))[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.parent().isValid():
            return None
        s = self._items[self.id_at(index.row())]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._display(s, col)
            return isolate(text) if col in (TITLE, SOURCE, ADDED) else text
        if role == ID_ROLE:
            return s.id
        if role == SORT_ROLE:
            return self._sort_value(s.id, col)
        if role == Qt.ItemDataRole.ToolTipRole and col in (TITLE, SOURCE):
            return plain(s.title if col == TITLE else shown_source(s.source))  # never rich text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col in (LENGTH, PROGRESS):
                return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            return int(alignment_for(self._display(s, col)))
        if role == Qt.ItemDataRole.DecorationRole and col == TITLE and s.starred:
            return star_icon()
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and col == TITLE and s.starred:
            return self.tr("Starred")
        if role == Qt.ItemDataRole.FontRole and s.id == self._current:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.COLUMNS):
            return
        if column == self._column and order == self._order:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        old_ids = [(self.id_at(i.row()), i.column()) if i.isValid() else None for i in old]
        self._column, self._order = column, order
        self._all.sort(key=self._sort_key())
        self._rows = self._filtered(self._all)
        row_of = {i: r for r, i in enumerate(self.ids())}
        self.changePersistentIndexList(old, [
            self.index(row_of[k[0]], k[1]) if k is not None and k[0] in row_of else QModelIndex() for k in old_ids
        ])
        self.layoutChanged.emit()

    # -- what the view shows ---------------------------------------------------------------
    def _display(self, s: ArticleSummary, col: int) -> str:
        if col == TITLE:
            return s.title
        if col == SOURCE:
            return shown_source(s.source)
        if col == ADDED:
            shown = self._dates.get(s.added)
            if shown is None:
                when = QDateTime.fromString(s.added, Qt.DateFormat.ISODate)
                shown = when.toLocalTime().date().toString("yyyy-MM-dd") if when.isValid() else s.added[:10]
                self._dates[s.added] = shown
            return shown
        if col == LENGTH:
            return QLocale().toString(s.words)
        if s.opened is None and s.progress <= 0:
            return self.tr("New")
        return self.tr("%1%").replace("%1", str(round(s.progress * 100)))

    # -- ids and rows ------------------------------------------------------------------------
    def id_at(self, row: int) -> int:
        if self._order == Qt.SortOrder.DescendingOrder:
            return self._rows[len(self._rows) - 1 - row]
        return self._rows[row]

    def ids(self) -> list[int]:
        """Visible ids in display order."""
        return self._rows[::-1] if self._order == Qt.SortOrder.DescendingOrder else list(self._rows)

    def row_of(self, article_id: int) -> int | None:
        if article_id not in self._items:
            return None
        pos = self._position(self._rows, article_id)
        if pos >= len(self._rows) or self._rows[pos] != article_id:
            return None
        return self._view_row(pos, len(self._rows))

    def summary(self, article_id: int) -> ArticleSummary | None:
        return self._items.get(article_id)

    def total(self) -> int:
        return len(self._items)

    def _view_row(self, pos: int, n: int) -> int:
        return n - 1 - pos if self._order == Qt.SortOrder.DescendingOrder else pos

    # -- sorting and filtering ---------------------------------------------------------------
    def _key(self, article_id: int) -> str:
        key = self._keys.get(article_id)
        if key is None:
            s = self._items[article_id]
            key = self._keys[article_id] = fold_text(s.title) + "\n" + fold_text(shown_source(s.source))
        return key

    def fold_some(self, n: int) -> bool:
        """Fold up to ``n`` more rows' keys; True when every row has its key."""
        todo = [i for i in itertools.islice((i for i in self._items if i not in self._keys), n)]
        for i in todo:
            self._key(i)
        return len(todo) < n

    def ensure_keys(self) -> None:
        """Fold every row's headline and source now (the filter's one-time cost)."""
        for i in self._items:
            if i not in self._keys:
                self._key(i)

    def _sort_value(self, article_id: int, col: int) -> Any:
        s = self._items[article_id]
        if col == TITLE:
            return self._key(article_id)
        if col == SOURCE:
            return self._key(article_id).split("\n", 1)[1]
        if col == ADDED:
            return s.added
        if col == LENGTH:
            return s.words
        return s.progress

    def _sort_key(self) -> Callable[[int], tuple[Any, int]]:
        col = self._column
        return lambda i: (self._sort_value(i, col), i)

    def _position(self, ids: list[int], article_id: int) -> int:
        return bisect_left(ids, self._sort_key()(article_id), key=self._sort_key())

    def _filtered(self, ids: list[int]) -> list[int]:
        words = self._words
        if self._only is not None:
            only = self._only
            ids = [i for i in ids if i in only]
        if self._starred_only:
            ids = [i for i in ids if self._items[i].starred]
        if not words:
            return list(ids)
        self.ensure_keys()
        keys = self._keys
        if len(words) == 1:
            w = words[0]
            return [i for i in ids if w in keys[i]]
        return [i for i in ids if all(w in keys[i] for w in words)]

    def _matches(self, article_id: int) -> bool:
        if self._only is not None and article_id not in self._only:
            return False
        if self._starred_only and not self._items[article_id].starred:
            return False
        return all(w in self._key(article_id) for w in self._words)

    def set_only(self, ids: set[int] | None) -> None:
        """Show only these articles (those with a tag), or every one (None); the text filter still applies."""
        self.beginResetModel()
        self._only = None if ids is None else set(ids)
        self._rows = self._filtered(self._all)
        self.endResetModel()

    def set_starred_only(self, on: bool) -> None:
        """Show only starred articles (or all); the other filters still apply."""
        if on == self._starred_only:
            return
        self.beginResetModel()
        self._starred_only = on
        self._rows = self._filtered(self._all)
        self.endResetModel()

    def starred_only(self) -> bool:
        return self._starred_only

    def set_filter(self, text: str) -> None:
        """Show only the articles whose headline or source holds every word of ``text``.

        Matching ignores diacritics, tatweel, hamza forms on alef, ة/ه and ى/ي, case and digits' script.
        """
        words = fold_text(text).split()
        if words == self._words:
            return
        self.beginResetModel()
        # Typing on only narrows: each old word lives inside a new one, so filter the rows already shown.
        narrowing = bool(self._words) and all(any(o in w for w in words) for o in self._words)
        self._words = words
        self._rows = self._filtered(self._rows if narrowing else self._all)
        self.endResetModel()

    def filter_text(self) -> str:
        return " ".join(self._words)

    # -- changes -------------------------------------------------------------------------------
    def add(self, summaries: Iterable[ArticleSummary]) -> None:
        """Insert new articles (or refresh known ones) at their sorted places."""
        for s in summaries:
            if s.id in self._items:
                self.replace(s)
                continue
            self._items[s.id] = s
            self._all.insert(self._position(self._all, s.id), s.id)
            if (self._words or self._only is not None or self._starred_only) and not self._matches(s.id):
                continue
            pos = self._position(self._rows, s.id)
            row = self._view_row(pos, len(self._rows) + 1)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(pos, s.id)
            self.endInsertRows()

    def remove(self, article_ids: Iterable[int]) -> None:
        gone = [i for i in dict.fromkeys(article_ids) if i in self._items]
        if len(gone) > 100:  # many at once (select all, delete): one reset beats row-by-row removal
            self.beginResetModel()
            dropped = set(gone)
            self._all = [i for i in self._all if i not in dropped]
            self._rows = [i for i in self._rows if i not in dropped]
            for i in gone:
                del self._items[i]
                self._keys.pop(i, None)
            self.endResetModel()
            return
        for i in gone:
            row = self.row_of(i)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
            if row is not None:
                self._rows.remove(i)
            self._all.remove(i)
            del self._items[i]
            self._keys.pop(i, None)
            if row is not None:
                self.endRemoveRows()

    def replace(self, summary: ArticleSummary) -> None:
        """A known article changed (headline, source, progress): update it, keeping its row if it can."""
        old = self._items.get(summary.id)
        if old is None:
            self.add([summary])
            return
        moves = self._sort_value(summary.id, self._column) != self._sort_value_of(summary, self._column)
        text_changed = (old.title, old.source) != (summary.title, summary.source)
        star_changed = old.starred != summary.starred and self._starred_only
        if moves or star_changed or (text_changed and self._words):
            self.remove([summary.id])
            self.add([summary])
            return
        self._items[summary.id] = summary
        self._keys.pop(summary.id, None)
        row = self.row_of(summary.id)
        if row is not None:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def _sort_value_of(self, s: ArticleSummary, col: int) -> Any:
        if col in (TITLE, SOURCE):
            key = fold_text(s.title) + "\n" + fold_text(shown_source(s.source))
            return key if col == TITLE else key.split("\n", 1)[1]
        return {ADDED: s.added, LENGTH: s.words, PROGRESS: s.progress}[col]

    def set_progress(self, article_id: int, progress: float) -> None:
        s = self._items.get(article_id)
        if s is None or progress <= s.progress:
            return
        self.replace(s.replace(progress=min(1.0, progress)))

    def current(self) -> int | None:
        return self._current

    def set_current(self, article_id: int | None) -> None:
        """The article open in the reader is shown in bold."""
        previous, self._current = self._current, article_id
        for i in (previous, article_id):
            row = None if i is None else self.row_of(i)
            if row is not None:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1),
                                      [Qt.ItemDataRole.FontRole])


_STAR: list[QIcon] = []


def star_icon(size: int = 16) -> QIcon:
    """The star marking a starred article in the library (drawn once)."""
    if not _STAR:
        pix = QPixmap(size, size)
        pix.fill(QColor(0, 0, 0, 0))
        painter = QPainter(pix)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont()
        font.setPixelSize(size)
        painter.setFont(font)
        painter.setPen(QColor("#d89b00"))
        painter.drawText(pix.rect(), int(Qt.AlignmentFlag.AlignCenter), "★")
        painter.end()
        _STAR.append(QIcon(pix))
    return _STAR[0]
