"""The "People, places & organisations" panel: the article's names, grouped by type, most
mentioned first. Choosing a name marks every mention in the text; Previous / Next (Shift+F3 / F3
while the focus is in the panel) step through them ("2 / 10"); Escape clears the marks.

Requests only: ``mentionsHighlighted(spans)`` (mark these; [] clears) and
``mentionActivated(start, end)`` (scroll there, it is the current one).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qari.core.article import Article
from qari.ui.plain import plain
from qari.ui.sidebar.quotes import MessagePage

if TYPE_CHECKING:
    from qari.core.extract import Entity, Extraction

IdRole = Qt.ItemDataRole.UserRole + 1
GROUPS = ("PER", "LOC", "ORG", "MISC")
_SHIFT = Qt.KeyboardModifier.ShiftModifier


def group_title(kind: str) -> str:
    tr = QCoreApplication.translate
    return {
        "PER": tr("EntitiesPanel", "People"),
        "LOC": tr("EntitiesPanel", "Places"),
        "ORG": tr("EntitiesPanel", "Organisations"),
    }.get(kind, tr("EntitiesPanel", "Other"))


def grouped(entities: list[Entity]) -> list[tuple[str, list[Entity]]]:
    """Non-empty groups in People, Places, Organisations, Other order; most mentioned first."""
    groups: dict[str, list[Entity]] = {k: [] for k in GROUPS}
    for e in entities:
        if e.mentions:
            groups[e.type if e.type in groups else "MISC"].append(e)
    return [(k, sorted(v, key=lambda e: (-len(e.mentions), e.name))) for k, v in groups.items() if v]


class _RoomyRows(QStyledItemDelegate):
    """Rows a little taller than the style's: Arabic names with their dots and marks above and
    below the line were packed against each other (and hard to click)."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + max(6, option.fontMetrics.height() // 2))


class EntitiesPanel(QWidget):
    mentionsHighlighted = Signal(list)  # [(start, end), ...] of the active entity; [] = none
    mentionActivated = Signal(int, int)  # the current mention: scroll the reader to it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entities-panel")
        self._entities: dict[str, Entity] = {}
        self._active: str | None = None
        self._spans: list[tuple[int, int]] = []
        self._at = 0

        self.tree = QTreeWidget()
        self.tree.setObjectName("entities-tree")
        self.tree.setAccessibleName(self.tr("Names in this article"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setItemDelegate(_RoomyRows(self.tree))
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(lambda item, _old: self._choose(item))
        self.tree.installEventFilter(self)

        self.prev_action = self._nav_action(self.tr("&Previous Mention"), "Shift+F3", "entity-previous", -1)
        self.next_action = self._nav_action(self.tr("&Next Mention"), "F3", "entity-next", 1)
        self.clear_action = QAction(self.tr("C&lear Marks"), self)
        self.clear_action.setObjectName("entity-clear")
        self.clear_action.setShortcut(QKeySequence("Escape"))
        self.clear_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.clear_action.triggered.connect(self.clear_active)
        self.addAction(self.clear_action)
        # The buttons show short labels (the sidebar is narrow); menus and F1 keep the full names.
        self.prev_action.setIconText(self.tr("Previous"))
        self.next_action.setIconText(self.tr("Next"))
        self.clear_action.setIconText(self.tr("Clear"))

        self.position = QLabel()
        self.position.setObjectName("entity-position")
        self.position.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.position.setAccessibleName(self.tr("Mention"))
        nav = QHBoxLayout()
        for act in (self.prev_action, self.next_action, self.clear_action):
            button = QToolButton()
            button.setDefaultAction(act)
            button.setObjectName(act.objectName() + "-button")
            button.setAccessibleName(act.text().replace("&", ""))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.installEventFilter(self)
            if act is self.next_action:
                nav.addWidget(self.position, 1)
            nav.addWidget(button)

        self.message = MessagePage()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.message)
        self.stack.addWidget(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 6, 4, 4)
        layout.addWidget(self.stack, 1)
        layout.addLayout(nav)
        self._update_nav()
        self._show_message(self.tr("Open an article to see who and what it names."))

    def _nav_action(self, text: str, key: str, name: str, step: int) -> QAction:
        # No QAction shortcut: F3 / Shift+F3 are also the window's Find Next / Previous, and two
        # window shortcuts on one key cancel each other. While the focus is in this panel and a name
        # is active, the panel claims the key first (eventFilter, ShortcutOverride).
        act = QAction(text, self)
        act.setObjectName(name)
        act.setToolTip(f"{text.replace('&', '')} ({key})")
        act.triggered.connect(lambda: self.step(step))
        self.addAction(act)
        return act

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress) and self._spans:
            key_event = cast(QKeyEvent, event)
            if key_event.key() == Qt.Key.Key_F3 and not key_event.modifiers() & ~_SHIFT:
                if kind == QEvent.Type.KeyPress:
                    self.step(-1 if key_event.modifiers() & _SHIFT else 1)
                event.accept()
                return True
        return super().eventFilter(watched, event)

    def tab_title(self) -> str:
        return self.tr("Names")

    def tab_tooltip(self) -> str:
        return self.tr("People, places & organisations")

    # -- slots ----------------------------------------------------------------------------
    def show_article(self, article: Article | None) -> None:
        self.clear_active()
        self._entities = {}
        self.tree.clear()
        self._show_message(self.tr("Analysing…") if article is not None else "")

    def set_extraction(self, ex: Extraction) -> None:
        self.clear_active()
        self._entities = {e.id: e for e in ex.entities if e.mentions}
        self.tree.blockSignals(True)
        self.tree.clear()
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for kind, members in grouped(ex.entities):
            head = QTreeWidgetItem([group_title(kind), str(sum(len(e.mentions) for e in members))])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            head.setFont(0, bold)
            head.setData(0, Qt.ItemDataRole.AccessibleTextRole, group_title(kind))
            head.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(head)
            for e in members:
                item = QTreeWidgetItem([e.name, str(len(e.mentions))])
                item.setData(0, IdRole, e.id)
                item.setTextAlignment(1, Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
                others = [a for a in e.aliases if a != e.name]
                tip = self.tr("%n mention(s)", "", len(e.mentions))
                if others:
                    tip += "\n" + self.tr("Also written: %1").replace("%1", "، ".join(others))
                item.setToolTip(0, plain(tip))
                head.addChild(item)
            head.setExpanded(True)
        self.tree.setCurrentIndex(QModelIndex())  # no current name
        self.tree.blockSignals(False)
        if self._entities:
            self.stack.setCurrentWidget(self.tree)
        else:
            self._show_message(self.tr("No people, places or organisations found in this article."))

    def show_failure(self, reason: str) -> None:
        self.clear_active()
        self.tree.clear()
        self._entities = {}
        self._show_message(self.tr("Could not analyse this article.") + "\n" + reason)

    # -- choosing a name and stepping through its mentions -----------------------------------
    def _choose(self, item: QTreeWidgetItem | None) -> None:
        entity_id = item.data(0, IdRole) if item is not None else None
        if entity_id is None:
            return
        self.activate(entity_id)

    def activate(self, entity_id: str) -> None:
        entity = self._entities.get(entity_id)
        if entity is None:
            return
        self._active = entity_id
        self._spans = sorted({(m.start, m.end) for m in entity.mentions})
        self._at = 0
        self.mentionsHighlighted.emit(list(self._spans))
        self._go()
        item = self._item_of(entity_id)
        if item is not None and self.tree.currentItem() is not item:
            self.tree.blockSignals(True)
            self.tree.setCurrentItem(item)
            self.tree.blockSignals(False)

    def step(self, delta: int) -> None:
        if not self._spans:
            return
        self._at = (self._at + delta) % len(self._spans)
        self._go()

    def _go(self) -> None:
        start, end = self._spans[self._at]
        self._update_nav()
        self.mentionActivated.emit(start, end)

    def clear_active(self) -> None:
        had = self._active is not None
        self._active, self._spans, self._at = None, [], 0
        self.tree.blockSignals(True)
        self.tree.setCurrentIndex(QModelIndex())  # no current name
        self.tree.clearSelection()
        self.tree.blockSignals(False)
        self._update_nav()
        if had:
            self.mentionsHighlighted.emit([])

    def _update_nav(self) -> None:
        on = bool(self._spans)
        for act in (self.prev_action, self.next_action, self.clear_action):
            act.setEnabled(on)
        self.position.setText(f"{self._at + 1} / {len(self._spans)}" if on else "")

    def _item_of(self, entity_id: str) -> QTreeWidgetItem | None:
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            assert head is not None  # (i < topLevelItemCount)
            for j in range(head.childCount()):
                child = head.child(j)
                if child is not None and child.data(0, IdRole) == entity_id:
                    return child
        return None

    def _show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    # -- what a person sees -------------------------------------------------------------------
    def status(self) -> str:
        return "" if self.stack.currentWidget() is self.tree else self.message.text()

    def active_entity(self) -> str | None:
        return self._active

    def position_text(self) -> str:
        return self.position.text()

    def groups(self) -> list[tuple[str, list[tuple[str, int]]]]:
        """What the tree shows: [(group title, [(name, mentions), ...]), ...]."""
        out = []
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            assert head is not None  # (i < topLevelItemCount)
            children = [c for c in (head.child(j) for j in range(head.childCount())) if c is not None]
            out.append((head.text(0), [(c.text(0), int(c.text(1))) for c in children]))
        return out
