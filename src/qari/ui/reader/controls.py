"""Reader controls for the window: View-menu actions, the preferences dialog, reading progress.

Every change goes into the one typed :class:`~qari.ui.settings.ReaderPrefs` (saved with
the window's settings) and is applied to the reader; the window follows a dark theme.
"""

from __future__ import annotations

from dataclasses import fields
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressBar

from qari.ui.reader import themes
from qari.ui.reader.pane import ReaderPane
from qari.ui.reader.prefs_dialog import ReaderPrefsDialog
from qari.ui.settings import ReaderPrefs

if TYPE_CHECKING:
    from qari.ui.main_window import MainWindow


class ReaderControls(QObject):
    def __init__(self, window: MainWindow, pane: ReaderPane, view_menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.pane = pane
        self.reader = pane.reader
        self.prefs: ReaderPrefs = window.settings.reader
        self._dialog: ReaderPrefsDialog | None = None

        self.find_action = self._action(self.tr("&Find in Article…"), [QKeySequence.StandardKey.Find, "Ctrl+F"],
                                        "find", pane.find.open)
        self.find_next_action = self._action(self.tr("Find &Next"), ["F3", "Ctrl+G"], "find-next", pane.find.next)
        self.find_previous_action = self._action(self.tr("Find Pre&vious"), ["Shift+F3", "Ctrl+Shift+G"],
                                                 "find-previous", pane.find.previous)
        self.tashkeel_action = self._action(self.tr("Hide &Diacritics"), ["Ctrl+Shift+H"], "hide-tashkeel",
                                            lambda on: self.update(hide_tashkeel=bool(on)), checkable=True)
        self.justify_action = self._action(self.tr("&Justify Lines"), ["Ctrl+J"], "justify",
                                           lambda on: self.update(justify=bool(on)), checkable=True)
        self.prefs_action = self._action(self.tr("Reading &Preferences…"), ["Ctrl+,"], "reader-prefs", self.show_prefs)

        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        self.theme_menu = QMenu(self.tr("&Theme"), window)
        self.theme_menu.setObjectName("theme-menu")
        for n, name in enumerate(themes.THEME_NAMES, start=1):
            act = self._action(themes.theme_label(name), [f"Alt+{n}"], f"theme-{name}",
                               lambda _on=False, name=name: self.update(theme=name), checkable=True)
            self.theme_group.addAction(act)
            self.theme_menu.addAction(act)
            self.theme_actions[name] = act

        view_menu.addSeparator()
        view_menu.addMenu(self.theme_menu)
        view_menu.addActions([self.justify_action, self.tashkeel_action])
        view_menu.addSeparator()
        view_menu.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        view_menu.addSeparator()
        view_menu.addAction(self.prefs_action)

        self.progress_bar = QProgressBar(window)
        self.progress_bar.setObjectName("reading-progress")
        self.progress_bar.setAccessibleName(self.tr("Reading progress"))
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedSize(120, 6)
        window.statusBar().addPermanentWidget(self.progress_bar)

        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        self._sync()

    def _action(self, text: str, keys: list, name: str, slot: object, *, checkable: bool = False) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        sequences = [QKeySequence(k) for k in keys]
        act.setShortcuts(list({k.toString(): k for k in sequences if not k.isEmpty()}.values()))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.setCheckable(checkable)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    # -- preferences ----------------------------------------------------------------------
    def update(self, **changes: object) -> None:
        """Change some reader preferences, apply them and show them everywhere."""
        if all(getattr(self.prefs, k) == v for k, v in changes.items()):
            return
        for key, value in changes.items():
            setattr(self.prefs, key, value)
        self.reader.apply_prefs(self.prefs)
        self._sync()

    def set_prefs(self, new: ReaderPrefs) -> None:
        self.update(**{f.name: getattr(new, f.name) for f in fields(ReaderPrefs)})

    def show_prefs(self) -> ReaderPrefsDialog:
        if self._dialog is None:
            self._dialog = ReaderPrefsDialog(self.prefs, self.window)
            self._dialog.prefsChanged.connect(self.set_prefs)
        self._dialog.set_prefs(self.prefs)
        self._dialog.show()
        if QGuiApplication.platformName() != "offscreen":
            self._dialog.raise_()
        return self._dialog

    def _sync(self) -> None:
        self.tashkeel_action.setChecked(self.prefs.hide_tashkeel)
        self.justify_action.setChecked(self.prefs.justify)
        self.theme_actions.get(self.prefs.theme, self.theme_actions["light"]).setChecked(True)
        themes.apply_window_theme(self.window, self.reader.theme)
        if self._dialog is not None:
            self._dialog.set_prefs(self.prefs)

    def _system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.prefs.theme == "system":
            self.reader.apply_prefs(self.prefs)
            self._sync()

    # -- reading progress -------------------------------------------------------------------
    def show_progress(self, progress: float) -> None:
        self.progress_bar.setValue(round(max(0.0, min(1.0, progress)) * 100))
