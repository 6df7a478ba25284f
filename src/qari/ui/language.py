"""View → Language: English / العربية. The choice is saved in Settings.lang and applies at the next start.

Why not live: the panes set their texts once, when they are built, in a dozen modules; switching
live would need a changeEvent(LanguageChange) → retranslateUi in every one of them, and a window
left half in one language is worse than a clear "restart" note. The note is written in the
language that was chosen, so whoever picked it can read it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTranslator
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from qari.resources import resource_path
from qari.ui.app import current_lang
from qari.ui.settings import Settings

# Language names in their own language (endonyms): never translated.
LANGUAGES = (("en", "English"), ("ar", "العربية"))
_RESTART = {
    "en": (QT_TRANSLATE_NOOP("LanguageMenu", "Language"),
           QT_TRANSLATE_NOOP("LanguageMenu", "Qari will be in English the next time it starts.")),
    "ar": (QT_TRANSLATE_NOOP("LanguageMenu", "Language"),
           QT_TRANSLATE_NOOP("LanguageMenu", "Qari will be in Arabic the next time it starts.")),
}


def in_language(lang: str, text: str) -> str:
    """``text`` (an English source string of context LanguageMenu) in ``lang``, whatever the UI language is."""
    if lang != "ar":
        return text
    translator = QTranslator()
    if translator.load("qari_ar", str(resource_path("i18n"))):
        return translator.translate("LanguageMenu", text) or text
    return text


class LanguageMenu(QObject):
    """The Language submenu; ``chosen`` is what starts next time (the running language until changed)."""

    def __init__(self, settings: Settings, parent_menu: QMenu, dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self._settings = settings
        self._dialog_parent = dialog_parent
        self.active = current_lang()
        self.chosen = self.active
        self.menu = parent_menu.addMenu(self.tr("&Language"))
        self.menu.setObjectName("language-menu")
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        self.lang_actions: dict[str, QAction] = {}
        for code, name in LANGUAGES:
            act = QAction(name, self.group)
            act.setObjectName(f"language-{code}")
            act.setCheckable(True)
            act.setChecked(code == self.active)
            act.setShortcut(f"Ctrl+Alt+Shift+{'A' if code == 'ar' else 'E'}")  # A: Arabic, E: English
            act.triggered.connect(lambda _c=False, c=code: self.choose(c))
            self.menu.addAction(act)
            self.lang_actions[code] = act

    def choose(self, code: str, notify: bool = True) -> None:
        """Save ``code`` as the interface language; say it applies at the next start."""
        self.lang_actions[code].setChecked(True)
        self._settings.lang = code
        changed = code != self.chosen
        self.chosen = code
        if notify and changed and code != self.active:
            title, text = _RESTART[code]
            QMessageBox.information(self._dialog_parent, in_language(code, str(title)), in_language(code, str(text)))
