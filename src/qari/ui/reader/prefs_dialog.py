"""Reading preferences: theme, font, size, line height, text width, justification, diacritics.

A small non-modal dialog; every change applies at once (``prefsChanged``) so the
reader sees the page change behind it.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qari.ui.reader.themes import THEME_NAMES, theme_label
from qari.ui.settings import ReaderPrefs

FONTS = ("Amiri", "Noto Naskh Arabic")


class ReaderPrefsDialog(QDialog):
    prefsChanged = Signal(object)  # ReaderPrefs

    def __init__(self, prefs: ReaderPrefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader-prefs")
        self.setWindowTitle(self.tr("Reading Preferences"))
        self._prefs = prefs.replace()
        self._loading = False

        self.theme = QComboBox(self)
        for name in THEME_NAMES:
            self.theme.addItem(theme_label(name), name)
        self.font_box = QComboBox(self)
        for family in FONTS:
            self.font_box.addItem(family, family)
        self.size_box = self._spin(10, 48, self.tr(" pt"))
        self.line_height = self._spin(90, 180, self.tr(" %"), step=5)
        self.text_width = self._spin(20, 60, self.tr(" em"), step=2)
        self.justify = QCheckBox(self.tr("Justify lines (kashida and word spaces)"), self)
        self.hide_tashkeel = QCheckBox(self.tr("Hide diacritics (tashkeel)"), self)

        form = QFormLayout()
        for label, widget, name in (
            (self.tr("&Theme:"), self.theme, "prefs-theme"),
            (self.tr("&Font:"), self.font_box, "prefs-font"),
            (self.tr("Text &size:"), self.size_box, "prefs-size"),
            (self.tr("&Line height:"), self.line_height, "prefs-line-height"),
            (self.tr("Text &width:"), self.text_width, "prefs-text-width"),
        ):
            widget.setObjectName(name)
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        for box, name in ((self.justify, "prefs-justify"), (self.hide_tashkeel, "prefs-hide-tashkeel")):
            box.setObjectName(name)
            box.setAccessibleName(box.text())
            form.addRow(box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.set_prefs(prefs)
        for combo in (self.theme, self.font_box):
            combo.currentIndexChanged.connect(self._changed)
        for spin in (self.size_box, self.line_height, self.text_width):
            spin.valueChanged.connect(self._changed)
        for box in (self.justify, self.hide_tashkeel):
            box.toggled.connect(self._changed)

    def _spin(self, lo: int, hi: int, suffix: str, step: int = 1) -> QSpinBox:
        spin = QSpinBox(self)
        spin.setRange(lo, hi)
        spin.setSingleStep(step)
        spin.setSuffix(suffix)
        return spin

    def set_prefs(self, prefs: ReaderPrefs) -> None:
        """Show ``prefs`` (e.g. after a menu shortcut changed one) without echoing a change."""
        self._loading = True
        self._prefs = prefs.replace()
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        index = self.font_box.findData(prefs.font_family)
        self.font_box.setCurrentIndex(max(0, index))
        self.size_box.setValue(round(prefs.font_size))
        self.line_height.setValue(prefs.line_height)
        self.text_width.setValue(prefs.text_width)
        self.justify.setChecked(prefs.justify)
        self.hide_tashkeel.setChecked(prefs.hide_tashkeel)
        self._loading = False

    def prefs(self) -> ReaderPrefs:
        return self._prefs.replace(
            theme=str(self.theme.currentData()),
            font_family=str(self.font_box.currentData()),
            font_size=float(self.size_box.value()),
            line_height=self.line_height.value(),
            text_width=self.text_width.value(),
            justify=self.justify.isChecked(),
            hide_tashkeel=self.hide_tashkeel.isChecked(),
        )

    def _changed(self) -> None:
        if not self._loading:
            self._prefs = self.prefs()
            self.prefsChanged.emit(self._prefs)
