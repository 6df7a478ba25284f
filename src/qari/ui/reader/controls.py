"""Reader controls: zoom, themes, justification, diacritics, find, the preferences dialog, progress.

:class:`ReaderControls` is the one writer of the reading preferences (the typed
:class:`~qari.ui.settings.ReaderPrefs` saved with the settings): menu actions, zoom keys and
the preferences dialog all go through :meth:`ReaderControls.update`, which applies the change to
the reader and shows it everywhere (actions, an open dialog). It emits ``themeChanged(Theme)``
(the window follows a dark theme) and ``statusMessage(text, ms)``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QProgressBar, QWidget

from qari.ui.actions import Keys, new_action
from qari.ui.reader import themes
from qari.ui.reader.pane import PROGRESS_BAR_SIZE, ReaderPane
from qari.ui.reader.view import MAX_SIZE, MIN_SIZE
from qari.ui.settings import ReaderPrefs

if TYPE_CHECKING:
    from qari.ui.reader.prefs_dialog import ReaderPrefsDialog


class ReaderControls(QObject):
    themeChanged = Signal(object)  # themes.Theme now shown by the reader
    statusMessage = Signal(str, int)  # text, milliseconds

    def __init__(self, pane: ReaderPane, prefs: ReaderPrefs, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.pane = pane
        self.reader = pane.reader
        self.prefs = prefs
        self._dialog_parent = dialog_parent
        self._dialog: ReaderPrefsDialog | None = None
        act = self._action

        self.zoom_in_action = act(self.tr("Zoom &In"), ["Ctrl+=", "Ctrl++"], "zoom-in", lambda: self.zoom(1))
        self.zoom_out_action = act(self.tr("Zoom &Out"), ["Ctrl+-"], "zoom-out", lambda: self.zoom(-1))
        self.zoom_reset_action = act(self.tr("&Actual Size"), ["Ctrl+0"], "zoom-reset", self.zoom_reset)
        # (pane.find is looked up when an action is used: the hidden find bar is made at its first use)
        self.find_action = act(self.tr("&Find in Article…"), [QKeySequence.StandardKey.Find, "Ctrl+F"], "find",
                               lambda: pane.find.open())
        self.find_next_action = act(self.tr("Find &Next"), ["F3", "Ctrl+G"], "find-next", lambda: pane.find.next())
        self.find_previous_action = act(self.tr("Find Pre&vious"), ["Shift+F3", "Ctrl+Shift+G"], "find-previous",
                                        lambda: pane.find.previous())
        self.tashkeel_action = act(self.tr("Hide &Diacritics"), ["Ctrl+Shift+H"], "hide-tashkeel",
                                   lambda on: self.update(hide_tashkeel=bool(on)), checkable=True)
        self.justify_action = act(self.tr("&Justify Lines"), ["Ctrl+J"], "justify",
                                  lambda on: self.update(justify=bool(on)), checkable=True)
        self.prefs_action = act(self.tr("Reading &Preferences…"), ["Ctrl+,"], "reader-prefs", self.show_prefs)

        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        self.theme_menu = QMenu(self.tr("&Theme"), dialog_parent)
        self.theme_menu.setObjectName("theme-menu")
        for n, name in enumerate(themes.THEME_NAMES, start=1):
            theme_act = act(themes.theme_label(name), [f"Alt+{n}"], f"theme-{name}",
                            lambda _on=False, name=name: self.update(theme=name), checkable=True)
            self.theme_group.addAction(theme_act)
            self.theme_menu.addAction(theme_act)
            self.theme_actions[name] = theme_act

        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("reading-progress")
        self.progress_bar.setAccessibleName(self.tr("Reading progress"))
        self.progress_bar.setRange(0, 100)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setFixedSize(*PROGRESS_BAR_SIZE)

        QGuiApplication.styleHints().colorSchemeChanged.connect(self._system_scheme_changed)
        if self.prefs.theme == "system" and themes.resolve("system") != self.reader.theme:
            self.reader.apply_prefs(self.prefs)  # the first paint judged the scheme by the palette

    def _action(self, text: str, keys: Keys, name: str, slot: Callable[..., object], *,
                checkable: bool = False) -> QAction:
        return new_action(self, text, keys, slot, name, checkable=checkable)

    @property
    def actions(self) -> list[QAction]:
        """Every action (the window adds them to itself so their shortcuts work)."""
        return [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action, *self.theme_actions.values(),
                self.justify_action, self.tashkeel_action, self.find_action, self.find_next_action,
                self.find_previous_action, self.prefs_action]

    def populate_menu(self, view_menu: QMenu) -> None:
        """Themes, justification, diacritics, find and preferences (zoom: see ``zoom_actions``)."""
        view_menu.addSeparator()
        view_menu.addMenu(self.theme_menu)
        view_menu.addActions([self.justify_action, self.tashkeel_action])
        view_menu.addSeparator()
        view_menu.addActions([self.find_action, self.find_next_action, self.find_previous_action])
        view_menu.addSeparator()
        view_menu.addAction(self.prefs_action)

    @property
    def zoom_actions(self) -> list[QAction]:
        return [self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action]

    # -- preferences: the one writer ------------------------------------------------------------
    def update(self, **changes: object) -> None:
        """Change some reader preferences, apply them and show them everywhere."""
        if all(getattr(self.prefs, k) == v for k, v in changes.items()):
            return
        for key, value in changes.items():
            setattr(self.prefs, key, value)
        self.reader.apply_prefs(self.prefs)
        self.sync()

    def set_prefs(self, new: ReaderPrefs) -> None:
        self.update(**{name: getattr(new, name) for name in ReaderPrefs.FIELDS})

    def zoom(self, steps: int) -> float:
        """Text size up or down by ``steps`` points (10-48 pt); says the new size in the status bar."""
        size = min(MAX_SIZE, max(MIN_SIZE, self.prefs.font_size + steps))
        self.update(font_size=size)
        self.statusMessage.emit(self.tr("Text size %1 pt").replace("%1", f"{size:g}"), 2000)
        return size

    def zoom_reset(self) -> None:
        self.update(font_size=ReaderPrefs().font_size)

    def show_prefs(self) -> ReaderPrefsDialog:
        if self._dialog is None:
            from qari.ui.reader.prefs_dialog import ReaderPrefsDialog  # (at its first use: start-up waits less)

            self._dialog = ReaderPrefsDialog(self.prefs, self._dialog_parent)
            self._dialog.prefsChanged.connect(self.set_prefs)
        self._dialog.set_prefs(self.prefs)
        self._dialog.show()
        if QGuiApplication.platformName() != "offscreen":
            self._dialog.raise_()
        return self._dialog

    def sync(self) -> None:
        """Show the preferences in the actions and an open dialog; tell the window the theme."""
        self.tashkeel_action.setChecked(self.prefs.hide_tashkeel)
        self.justify_action.setChecked(self.prefs.justify)
        self.theme_actions.get(self.prefs.theme, self.theme_actions["light"]).setChecked(True)
        self.themeChanged.emit(self.reader.theme)
        if self._dialog is not None:
            self._dialog.set_prefs(self.prefs)

    def _system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.prefs.theme == "system":
            self.reader.apply_prefs(self.prefs)
            self.sync()

    # -- reading progress -------------------------------------------------------------------
    def show_progress(self, progress: float) -> None:
        self.progress_bar.setValue(round(max(0.0, min(1.0, progress)) * 100))
