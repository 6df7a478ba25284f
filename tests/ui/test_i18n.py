"""Arabic interface: the translation source is complete, and the window and every dialog speak
Arabic under --lang ar (mirrored) and English under --lang en (the article still right-to-left)."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Collection
from pathlib import Path

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QCoreApplication, QModelIndex, QPoint, Qt
from PySide6.QtGui import QFontDatabase, QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

import qari.ui
from qari.core.importing import FAILED, IMPORTED, ImportOutcome
from qari.core.session import SAMPLE_SOURCE
from qari.resources import resource_path
from qari.tools import update_ts
from qari.ui.main_window import MainWindow

ARABIC = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
LATIN = re.compile("[A-Za-z]")
ENDONYMS = {"English", "العربية"}  # the Language menu names each language in itself
KEY_NAMES = {"Esc", "Home", "End", "Enter", "Return", "Space", "Tab", "Del", "Ins", "PgUp", "PgDown", "Backspace"}
BIDI_MARKS = re.compile("[\u200e\u200f\u061c\u2066-\u2069]")  # isolates around data, not words
PLACEHOLDER = re.compile(r"%(?:\d+|n)")


def _accelerators(text: str) -> int:
    return len(re.findall(r"&(?=[^\s&])", text.replace("&&", "")))


# -- (a) the .ts source ---------------------------------------------------------------------
def test_every_translation_is_finished_and_keeps_placeholders_and_accelerators() -> None:
    messages = update_ts.read_ts(update_ts.TS_PATH)
    assert len(messages) > 250
    assert 'language="ar"' in update_ts.TS_PATH.read_text(encoding="utf-8")
    assert not update_ts.unfinished(messages), [m.source for m in update_ts.unfinished(messages)]
    for m in messages:
        where = f"[{m.context}] {m.source!r}"
        wanted = set(PLACEHOLDER.findall(m.source))
        if m.numerus:
            assert len(m.translation) == update_ts.ARABIC_FORMS, where
            for i, form in enumerate(m.translation):
                # forms 0, 1, 2 (none, one, two) may spell the number out; 3-10, 11-99, 100+ show it
                need = wanted if i >= 3 else wanted - {"%n"}
                assert need <= set(PLACEHOLDER.findall(form)) <= wanted, f"{where} form {i}: {form!r}"
        else:
            assert set(PLACEHOLDER.findall(m.translation[0])) == wanted, f"{where}: {m.translation[0]!r}"
        for form in m.translation:
            assert _accelerators(form) == _accelerators(m.source), f"{where}: accelerator in {form!r}"
            assert ARABIC.search(form) or not LATIN.search(form) or _is_shortcut(form), \
                f"{where}: left in English: {form!r}"


def test_update_ts_finds_no_source_string_missing_from_the_committed_ts(tmp_path: Path) -> None:
    """A new tr() string that nobody translated fails here: run `python -m qari.tools.update_ts`."""
    copy = tmp_path / "qari_ar.ts"
    shutil.copy(update_ts.TS_PATH, copy)
    assert update_ts.main(["--ts", str(copy)]) == 0
    fresh = update_ts.read_ts(copy)
    committed = {m.key for m in update_ts.read_ts(update_ts.TS_PATH)}
    missing = [m.key for m in fresh if m.key not in committed]
    assert not missing, f"not in resources/i18n/qari_ar.ts: {missing}"
    assert not update_ts.unfinished(fresh), [m.key for m in update_ts.unfinished(fresh)]
    _messages, problems = update_ts.extract()
    assert not problems, problems  # f-strings in tr(), tr() on an object of unknown class


# -- the built .qm --------------------------------------------------------------------------
@pytest.fixture(scope="module")
def qm() -> Path:
    """`make test` builds it first (make i18n); a bare pytest run builds it here the same way."""
    out = resource_path("i18n") / "qari_ar.qm"
    if not out.exists() or out.stat().st_mtime < update_ts.TS_PATH.stat().st_mtime:
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(update_ts.TS_PATH), "-qm", str(out)], check=True)
    return out


# -- what a person can read in a widget tree ------------------------------------------------------
def _plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if QtGui.Qt.mightBeRichText(text) else text


def _model_strings(model: QAbstractItemModel, where: str, out: list[tuple[str, str]]) -> None:
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    rows = model.rowCount(QModelIndex()) if not isinstance(model, QAbstractListModel) else model.rowCount()
    for section in range(columns):
        for role in roles:
            out.append((f"{where} header {section}", str(model.headerData(section, Qt.Orientation.Horizontal, role)
                                                         or "")))
    for row in range(min(rows, 100)):
        for col in range(columns):
            for role in roles:
                out.append((f"{where} cell {row},{col}", str(model.index(row, col).data(role) or "")))


def ui_strings(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every title, label, button, tab, menu, action, tooltip, placeholder, header, cell."""
    out: list[tuple[str, str]] = []
    for w in [root, *root.findChildren(QWidget)]:
        where = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow() or w.inherits("QDockWidget"):
            out.append((f"{where} title", w.windowTitle()))
        for prop in ("toolTip", "statusTip", "whatsThis", "accessibleName", "accessibleDescription"):
            out.append((f"{where} {prop}", getattr(w, prop)()))
        if isinstance(w, QLabel):
            out.append((f"{where} text", _plain(w.text())))
        if isinstance(w, QAbstractButton):
            out.append((f"{where} text", w.text()))
        if isinstance(w, QLineEdit | QTextEdit | QPlainTextEdit):
            out.append((f"{where} placeholder", w.placeholderText()))
        if isinstance(w, QGroupBox):
            out.append((f"{where} title", w.title()))
        if isinstance(w, QMenu):
            out.append((f"{where} title", w.title()))
        if isinstance(w, QTabWidget | QTabBar):
            for i in range(w.count()):
                out += [(f"{where} tab {i}", w.tabText(i)), (f"{where} tab tip {i}", w.tabToolTip(i))]
        if isinstance(w, QComboBox):
            out += [(f"{where} item {i}", w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QAbstractSpinBox):
            out += [(f"{where} suffix", getattr(w, "suffix", str)()), (f"{where} prefix", getattr(w, "prefix", str)()),
                    (f"{where} special", w.specialValueText())]
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            _model_strings(w.model(), where, out)
        for act in w.actions():
            name = f"{where} action {act.objectName() or act.text()!r}"
            out += [(f"{name} text", act.text()), (f"{name} tip", act.toolTip()), (f"{name} status", act.statusTip())]
            if act.menu() is not None:
                out.append((f"{name} menu", act.menu().title()))
    return [(where, BIDI_MARKS.sub("", text)) for where, text in out if text.strip()]


def _is_shortcut(text: str) -> bool:
    parts = [p.strip() for p in re.split("[,،]", text) if p.strip()]
    return bool(parts) and all(
        "+" in p or re.fullmatch(r"F\d{1,2}", p) or p in KEY_NAMES for p in parts
    ) and all(not QKeySequence(p).isEmpty() or p in KEY_NAMES for p in parts)


def _allowed_latin(text: str, data: Collection[str] = ()) -> bool:
    return (not LATIN.search(text) or text in ENDONYMS or _is_shortcut(text) or text in data
            or text in QFontDatabase.families())


def untranslated(strings: list[tuple[str, str]], data: set[str]) -> list[tuple[str, str]]:
    """Strings in English under Arabic: Latin letters, no Arabic, and not a name, a key or the article's data."""
    return [(w, t) for w, t in strings if not ARABIC.search(t) and not _allowed_latin(t, data)]


def _article_data(window: MainWindow) -> set[str]:
    data = {p for p in window.reader.article.text.split("\n")}
    for s in window.session.library.summaries():
        data |= {s.title} | ({s.source} - {SAMPLE_SOURCE})  # the sample's source is interface text
    return data | {"/tmp/تقرير.txt", "تقرير.txt", "/tmp/data.bin", "data.bin"}  # files of the results dialog


# -- every dialog the app can open, built without exec -------------------------------------------------
def _dialogs() -> dict[str, type[QDialog]]:
    found: dict[str, type[QDialog]] = {}
    for info in pkgutil.walk_packages(qari.ui.__path__, "qari.ui."):
        module = importlib.import_module(info.name)
        for name, cls in inspect.getmembers(module, inspect.isclass):
            if issubclass(cls, QDialog) and cls.__module__ == module.__name__:
                found[name] = cls
    return found


def _make(window: MainWindow) -> dict[str, Callable[[], list[QDialog]]]:
    from qari.ui.annotations.all_notes import AllNotesDialog
    from qari.ui.annotations.note_editor import NoteEditor
    from qari.ui.edit_text import EditTextDialog
    from qari.ui.help import ShortcutsDialog
    from qari.ui.library.dialogs import ArticleDetailsDialog
    from qari.ui.library.import_results import ImportResultsDialog
    from qari.ui.reader.prefs_dialog import ReaderPrefsDialog

    article = window.reader.article

    def results() -> list[QDialog]:
        d = ImportResultsDialog(window)
        d.set_outcomes([ImportOutcome("/tmp/تقرير.txt", IMPORTED, article.id, article.title),
                        ImportOutcome("/tmp/data.bin", FAILED, reason="This looks like a binary file, not text.",
                                      code="binary")], cancelled=True, total=5)
        return [d]

    return {
        "AllNotesDialog": lambda: [AllNotesDialog(window.session.annotations, window)],
        "NoteEditor": lambda: [NoteEditor(window, quote=article.title, color="yellow", known_tags=["سياسة"]),
                               NoteEditor(window, quote=article.title)],
        "EditTextDialog": lambda: [EditTextDialog(article.text, window)],
        "ShortcutsDialog": lambda: [ShortcutsDialog(window)],
        "ArticleDetailsDialog": lambda: [ArticleDetailsDialog(article.title, "", window)],
        "ImportResultsDialog": results,
        "ReaderPrefsDialog": lambda: [ReaderPrefsDialog(window.settings.reader, window)],
    }


def _everything(qtbot, window: MainWindow) -> list[tuple[str, str]]:
    """The window with its panels filled (analysis done, a highlight and a bookmark), then every dialog."""
    qtbot.waitUntil(lambda: window.analysis.controller.result is not None, timeout=30000)
    text = window.reader.article.text
    start = text.index("بوتين")
    window.reader.select_span(start, start + 5)
    window.annotations.highlight("yellow")
    window.reader.select_span(start + 20, start + 22)
    window.annotations.bookmark()
    window.library_ui.dock.show()
    window.reader_controls.find_action.trigger()
    strings = ui_strings(window)
    makers = _make(window)
    unknown = set(_dialogs()) - set(makers)
    assert not unknown, f"new dialog classes: add them to _make() in tests/ui/test_i18n.py: {unknown}"
    for name, make in makers.items():
        for dialog in make():
            qtbot.addWidget(dialog)
            strings += [(f"{name}: {w}", t) for w, t in ui_strings(dialog)]
    return strings


def _x(window: QWidget, widget: QWidget) -> int:
    return widget.mapTo(window, QPoint(widget.width() // 2, 0)).x()


# -- (b) Arabic ----------------------------------------------------------------------------
def test_arabic_window_is_mirrored_and_every_string_of_every_panel_and_dialog_is_arabic(
        qtbot, make_window, qm: Path) -> None:
    window = make_window(lang="ar")
    app = QApplication.instance()
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    bar = window.menuBar()
    first, last = bar.actions()[0], bar.actions()[-1]
    assert bar.actionGeometry(first).x() > bar.actionGeometry(last).x()  # File at the right
    strings = _everything(qtbot, window)
    # the sidebar at the right, the start side of an Arabic page; the library opposite (Qt does not mirror docks)
    assert _x(window, window.sidebar) > _x(window, window.reader_pane) > _x(window, window.library_ui.dock)
    assert window.reader.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert len(strings) > 300
    left = untranslated(strings, _article_data(window))
    assert not left, "left in English:\n" + "\n".join(f"{w}: {t!r}" for w, t in left)


# -- (c) English ----------------------------------------------------------------------------
def test_english_window_is_english_and_the_article_still_reads_right_to_left(qtbot, make_window, qm: Path) -> None:
    window = make_window(lang="en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.reader.layoutDirection() == Qt.LayoutDirection.RightToLeft
    strings = _everything(qtbot, window)
    assert _x(window, window.sidebar) > _x(window, window.reader_pane) > _x(window, window.library_ui.dock)
    text = window.reader.article.text
    arabic_words = re.compile("[\u0600-\u06ff]+")
    # Arabic is only the article's own words (headline, quotes, names, tags of the test's own notes) or العربية
    data = _article_data(window) | ENDONYMS
    wrong = [(w, t) for w, t in strings if ARABIC.search(t) and t not in data
             and not all(word in text or word in {"سياسة", "العربية"} for word in arabic_words.findall(t))]
    assert not wrong, "Arabic in the English interface:\n" + "\n".join(f"{w}: {t!r}" for w, t in wrong)
    assert [a.text() for a in window.menuBar().actions()][:3] == ["&File", "&Edit", "&View"]


# -- (d) Qt's own strings ----------------------------------------------------------------------------
def test_qt_standard_buttons_are_arabic_under_arabic(qtbot, make_window, qm: Path) -> None:
    make_window(lang="ar")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    for which in (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel):
        text = box.button(which).text()
        assert ARABIC.search(text) and not LATIN.search(text), text
    message = QMessageBox(QMessageBox.Icon.Question, "؟", "؟",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(message)
    assert ARABIC.search(message.button(QMessageBox.StandardButton.Yes).text())


# -- the Language menu ----------------------------------------------------------------------------
def test_language_menu_saves_the_choice_says_so_in_that_language_and_the_next_start_uses_it(
        qtbot, make_window, qm: Path, monkeypatch) -> None:
    window = make_window(lang="en")
    menu = window.language_menu
    assert [a.text() for a in menu.menu.actions()] == ["English", "العربية"]
    assert menu.lang_actions["en"].isChecked()
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, title, text, *a: told.append((title, text)))
    menu.lang_actions["ar"].trigger()
    assert menu.lang_actions["ar"].isChecked() and window.settings.lang == "ar"
    assert len(told) == 1 and ARABIC.search(told[0][1]) and not LATIN.search(told[0][1])
    assert window.menuBar().actions()[0].text() == "&File"  # this window stays English until the restart
    window.close()
    again = make_window(lang=None)  # no --lang: the saved choice
    assert again.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert again.menuBar().actions()[0].text() == "&ملف"
    assert again.language_menu.lang_actions["ar"].isChecked()


def test_counts_take_the_arabic_plural_form_their_number_needs(make_window, qm: Path) -> None:
    make_window(lang="ar")
    words = {n: QCoreApplication.translate("MainWindow", "%n word(s)", "", n) for n in (1, 2, 3, 11, 100, 103, 111)}
    assert words == {1: "كلمة واحدة", 2: "كلمتان", 3: "3 كلمات", 11: "11 كلمة", 100: "100 كلمة",
                     103: "103 كلمات", 111: "111 كلمة"}


def test_arabic_article_panel_names_the_sample_in_arabic_and_keeps_empty_fields_by_their_labels(
        qtbot, make_window, qm: Path) -> None:
    window = make_window(lang="ar")
    assert window.info_panel.value("source") == "مقال تجريبي من قارئ"
    # the sample has no author: the dash reads right-to-left (beside its label, not at the far edge)
    assert window.info_panel.value("author") == "\u200f—"
    # the library finds the sample by the source it shows
    model = window.library_ui.panel.model
    qtbot.waitUntil(lambda: model.loaded)
    model.set_filter("تجريبي")
    assert model.rowCount() == 1
