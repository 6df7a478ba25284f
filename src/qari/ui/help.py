"""Keyboard shortcuts (F1), generated from the window's own actions so the list never goes stale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qari.ui.keys import shown_keys, shown_sequences


def _keys(translated: str) -> str:
    """A translated list of keys ("Up, Down" / "أعلى، أسفل"), each isolated under RTL."""
    return shown_keys(translated.replace("،", ",").split(","))


def reading_keys() -> list[tuple[str, str]]:
    """Keys the reading view handles itself (they are not window actions)."""
    return [
        (QCoreApplication.translate("Shortcuts", "Scroll by a line"),
         _keys(QCoreApplication.translate("Shortcuts", "Up, Down"))),
        (QCoreApplication.translate("Shortcuts", "Scroll by a page"),
         _keys(QCoreApplication.translate("Shortcuts", "Page Up, Page Down, Space, Shift+Space"))),
        (QCoreApplication.translate("Shortcuts", "Go to the start / the end"),
         _keys(QCoreApplication.translate("Shortcuts", "Home, End, Ctrl+Home, Ctrl+End"))),
        (QCoreApplication.translate("Shortcuts", "Next / previous match (in the find bar)"),
         _keys(QCoreApplication.translate("Shortcuts", "Enter, Shift+Enter"))),
        (QCoreApplication.translate("Shortcuts", "Close the find bar"),
         _keys(QCoreApplication.translate("Shortcuts", "Esc"))),
    ]


def _actions(window: QMainWindow) -> list[tuple[QAction, str]]:
    """Every action once, in menu order, with the submenu it sits in (e.g. "Theme › ")."""
    seen: dict[QAction, str] = {}

    def visit(actions: list[QAction], prefix: str, depth: int) -> None:
        for act in actions:
            menu = act.menu()  # (a QObject to the type stubs: Qt 6 made QAction::menu a template)
            if isinstance(menu, QMenu):
                visit(menu.actions(), prefix if depth == 0 else _in_menu(prefix, _label(act)), depth + 1)
            elif not act.isSeparator() and act.text() and act not in seen:
                seen[act] = prefix

    visit(window.menuBar().actions(), "", 0)
    visit(window.actions(), "", 1)
    return list(seen.items())


def _in_menu(menu: str, name: str) -> str:
    """ "Theme › Sepia": an action named with the submenu it sits in (the order flips in Arabic)."""
    return QCoreApplication.translate("Shortcuts", "%1 › %2").replace("%1", menu).replace("%2", name) if menu else name


def _label(act: QAction) -> str:
    return act.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


def shortcut_rows(window: QMainWindow, fmt: QKeySequence.SequenceFormat = QKeySequence.SequenceFormat.NativeText
                  ) -> list[tuple[str, str]]:
    """(action, shortcuts) for every action of the window, then the reading keys."""
    rows = []
    for act, where in _actions(window):
        if fmt == QKeySequence.SequenceFormat.NativeText:  # on screen: intact under a right-to-left interface
            keys = shown_sequences(act.shortcuts())
        else:
            keys = ", ".join(dict.fromkeys(k.toString(fmt) for k in act.shortcuts() if not k.isEmpty()))
        rows.append((_in_menu(where, _label(act)), keys))
    return rows + reading_keys()


def shortcuts_markdown(window: QMainWindow) -> str:
    """The same list as a Markdown table (for the README)."""
    lines = ["| Action | Shortcut |", "|---|---|"]
    for name, keys in shortcut_rows(window, QKeySequence.SequenceFormat.PortableText):
        lines.append(f"| {name} | {keys or '—'} |")
    return "\n".join(lines)


class ShortcutsDialog(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setObjectName("shortcuts-table")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for r, (name, keys) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(name))
            item = QTableWidgetItem(keys or "—")
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(r, 1, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 620)
