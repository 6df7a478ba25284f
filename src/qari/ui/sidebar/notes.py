"""The "Notes & bookmarks" panel: this article's highlights, notes and bookmarks in text order.

It shows records and emits requests; it never touches the reader or the store:

- ``jumpRequested(offset)``: a row was clicked (or activated);
- ``updateRequested(uuid, changes)``: ``changes`` has any of ``note``, ``tags``, ``color``;
- ``deleteRequested(uuid)``, ``reattachRequested(uuid)`` (an orphan, to the reader's selection).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPainter, QPixmap, QPolygonF, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qari.core.store.annotations import BOOKMARK, Annotation
from qari.ui.annotations.note_editor import format_tags, parse_tags
from qari.ui.annotations.palette import BOOKMARK_COLOR, ColorRow, swatch_icon
from qari.ui.plain import plain, plain_editor, shown_tags

UUID_ROLE = Qt.ItemDataRole.UserRole
OFFSET_ROLE = Qt.ItemDataRole.UserRole + 1
SNIPPET = 140


def bookmark_icon(size: int = 16) -> QIcon:
    pix = QPixmap(size, size)
    pix.fill(QColor(0, 0, 0, 0))
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(BOOKMARK_COLOR))
    w = size * 0.6
    x = (size - w) / 2
    p.drawPolygon(QPolygonF([QPointF(x, 1), QPointF(x + w, 1), QPointF(x + w, size - 1),
                             QPointF(x + w / 2, size * 0.7), QPointF(x, size - 1)]))
    p.end()
    return QIcon(pix)


def _snippet(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SNIPPET else text[:SNIPPET] + "…"


class NotesPanel(QWidget):
    jumpRequested = Signal(int)
    updateRequested = Signal(str, object)  # uuid, dict of changes
    deleteRequested = Signal(str)
    reattachRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notes-panel")
        self._records: dict[str, Annotation] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)

        self.empty_label = QLabel(self.tr("Select text in the article and press Ctrl+H to highlight it, "
                                          "or Ctrl+D to bookmark your place."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("notes-empty")
        layout.addWidget(self.empty_label)

        self.list = self._make_list("notes-list", self.tr("Highlights, notes and bookmarks"))
        self.list.itemClicked.connect(self._jump)
        self.list.itemActivated.connect(self._jump)
        self.list.currentItemChanged.connect(lambda cur, _prev: self._show_editor(cur))
        layout.addWidget(self.list, 3)

        # In-place editor for the selected row.
        self.editor = QWidget(self)
        self.editor.setObjectName("notes-editor")
        form = QFormLayout(self.editor)
        form.setContentsMargins(0, 0, 0, 0)
        self.color_row = ColorRow(self.editor, checkable=True, size=16)
        self.color_row.colorChosen.connect(self._color_chosen)
        form.addRow(self.tr("Colour:"), self.color_row)
        self.note_edit = plain_editor(parent=self.editor)
        self.note_edit.setObjectName("notes-note")
        self.note_edit.setAccessibleName(self.tr("Note"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(90)
        form.addRow(self.tr("Note:"), self.note_edit)
        self.tags_edit = QLineEdit(self.editor)
        self.tags_edit.setObjectName("notes-tags")
        self.tags_edit.setAccessibleName(self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("comma-separated"))
        self.tags_edit.returnPressed.connect(self.apply_edit)
        form.addRow(self.tr("Tags:"), self.tags_edit)
        buttons = QHBoxLayout()
        self.save_button = self._button("notes-save", self.tr("Save Note"), self.apply_edit)
        self.delete_button = self._button("notes-delete", self.tr("Delete"), self._delete_current)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        form.addRow(buttons)
        layout.addWidget(self.editor)
        save_key = QShortcut(QKeySequence("Ctrl+Return"), self.editor, self.apply_edit)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        del_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list, self._delete_current)
        del_key.setContext(Qt.ShortcutContext.WidgetShortcut)

        # Orphans: annotations whose text was lost when the article was edited.
        self.orphans_label = QLabel(self.tr("Orphaned (their text is no longer in the article):"))
        self.orphans_label.setObjectName("orphans-label")
        self.orphans_label.setWordWrap(True)
        layout.addWidget(self.orphans_label)
        self.orphans = self._make_list("orphans-list", self.tr("Orphaned annotations"))
        layout.addWidget(self.orphans, 1)
        row = QHBoxLayout()
        self.reattach_button = self._button("orphan-reattach", self.tr("Re-attach to Selection"),
                                            lambda: self._orphan_request(self.reattachRequested))
        self.reattach_button.setToolTip(self.tr("Select the right words in the article first"))
        self.orphan_delete_button = self._button("orphan-delete", self.tr("Delete"),
                                                 lambda: self._orphan_request(self.deleteRequested))
        row.addWidget(self.reattach_button)
        row.addStretch(1)
        row.addWidget(self.orphan_delete_button)
        layout.addLayout(row)
        self.set_annotations([], [])

    def _make_list(self, name: str, accessible: str) -> QListWidget:
        lst = QListWidget(self)
        lst.setObjectName(name)
        lst.setAccessibleName(accessible)
        lst.setWordWrap(True)
        lst.setUniformItemSizes(False)
        lst.setIconSize(QSize(14, 14))
        lst.setSpacing(2)
        lst.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # the quotes are Arabic
        return lst

    def _button(self, name: str, text: str, slot: object) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.setAccessibleName(text)
        b.clicked.connect(slot)
        return b

    # -- content ---------------------------------------------------------------------
    def set_annotations(self, anchored: Sequence[Annotation], orphans: Sequence[Annotation]) -> None:
        """Show an article's anchored annotations (in text order) and its orphans; keeps the selection."""
        keep = self.current_uuid()
        self._records = {a.uuid: a for a in [*anchored, *orphans]}
        self.list.blockSignals(True)
        self.list.clear()
        for a in sorted(anchored, key=lambda a: (a.start, a.end)):
            self.list.addItem(self._item(a))
        self.list.blockSignals(False)
        self.orphans.clear()
        for a in orphans:
            self.orphans.addItem(self._item(a))
        has_orphans = bool(orphans)
        for w in (self.orphans_label, self.orphans, self.reattach_button, self.orphan_delete_button):
            w.setVisible(has_orphans)
        self.empty_label.setVisible(not anchored and not orphans)
        if keep is not None:
            self.select_uuid(keep)
        self._show_editor(self.list.currentItem())

    def _item(self, a: Annotation) -> QListWidgetItem:
        if a.kind == BOOKMARK:
            head = self.tr("Bookmark") + " — " + _snippet(a.suffix or a.prefix)
            icon = bookmark_icon()
        else:
            head = "«" + _snippet(a.exact) + "»"
            icon = swatch_icon(a.color, 14)
        lines = [head]
        if a.note:
            lines.append("✎ " + a.note)
        if a.tags:
            lines.append(shown_tags(a.tags))
        item = QListWidgetItem(icon, "\n".join(lines))
        item.setData(UUID_ROLE, a.uuid)
        item.setData(OFFSET_ROLE, a.start)
        item.setToolTip(plain(a.note or a.exact or a.suffix))
        return item

    def uuids(self) -> list[str]:
        """The anchored rows' uuids, top to bottom."""
        return [self.list.item(i).data(UUID_ROLE) for i in range(self.list.count())]

    def orphan_uuids(self) -> list[str]:
        return [self.orphans.item(i).data(UUID_ROLE) for i in range(self.orphans.count())]

    def current_uuid(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(UUID_ROLE))

    def select_uuid(self, uuid: str) -> bool:
        for lst in (self.list, self.orphans):
            for i in range(lst.count()):
                if lst.item(i).data(UUID_ROLE) == uuid:
                    lst.setCurrentRow(i)
                    lst.scrollToItem(lst.item(i))
                    return True
        return False

    # -- requests --------------------------------------------------------------------
    def _jump(self, item: QListWidgetItem) -> None:
        self.jumpRequested.emit(int(item.data(OFFSET_ROLE)))

    def _current(self) -> Annotation | None:
        uuid = self.current_uuid()
        return None if uuid is None else self._records.get(uuid)

    def _show_editor(self, item: QListWidgetItem | None) -> None:
        a = None if item is None else self._records.get(str(item.data(UUID_ROLE)))
        self.editor.setEnabled(a is not None)
        self.note_edit.setPlainText(a.note if a else "")
        self.tags_edit.setText(format_tags(a.tags) if a else "")
        is_highlight = a is not None and a.kind != BOOKMARK
        self.color_row.setEnabled(is_highlight)
        self.tags_edit.setEnabled(is_highlight)
        if is_highlight and a is not None:
            self.color_row.set_current(a.color)

    def _color_chosen(self, color: str) -> None:
        a = self._current()
        if a is not None and a.kind != BOOKMARK and color != a.color:
            self.updateRequested.emit(a.uuid, {"color": color})

    def apply_edit(self) -> None:
        """Send the note and tags typed into the in-place editor (only what changed)."""
        a = self._current()
        if a is None:
            return
        changes: dict[str, object] = {}
        note = self.note_edit.toPlainText().strip()
        if note != a.note:
            changes["note"] = note
        if a.kind != BOOKMARK:
            tags = parse_tags(self.tags_edit.text())
            if tags != a.tags:
                changes["tags"] = tags
        if changes:
            self.updateRequested.emit(a.uuid, changes)

    def _delete_current(self) -> None:
        uuid = self.current_uuid()
        if uuid is not None:
            self.deleteRequested.emit(uuid)

    def _orphan_request(self, signal: object) -> None:
        item = self.orphans.currentItem() or (self.orphans.item(0) if self.orphans.count() == 1 else None)
        if item is not None:
            signal.emit(str(item.data(UUID_ROLE)))  # type: ignore[attr-defined]  # a bound Signal
