"""The Arabic interface, complete: every menu as Qt draws it, F1, Qt's own file dialog and the
context menus speak Arabic, and every shortcut is shown in its right-to-left form — each key
combination an intact left-to-right run inside the Arabic line (never "=+Ctrl"), several of them
listed right to left with the Arabic comma. (test_i18n.py walks every panel and Qari dialog.)"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit, QMenu

from qari.ui.keys import LRI, PDI
from qari.ui.main_window import MainWindow
from tests.ui.test_i18n import ENDONYMS, _article_data, ui_strings, untranslated

LATIN_KEY = re.compile(r"[A-Za-z0-9+=]")


def _rtl_form(keys: str) -> bool:
    """Every Latin key combination in ``keys`` sits inside a left-to-right isolate; several are
    separated by the Arabic comma."""
    outside = re.sub(f"{LRI}[^{PDI}]*{PDI}", "", keys)
    return not LATIN_KEY.search(outside) and ("," not in outside)


def _drawn(menu: QMenu, window: MainWindow) -> list[str]:
    style = QApplication.instance()._qari_keys_style
    style.drawn.clear()
    menu.ensurePolished()
    menu.resize(menu.sizeHint())
    menu.grab()  # paints every item through the application's style (no popup: offscreen cannot)
    return list(style.drawn)


def _menus(window: MainWindow) -> list[QMenu]:
    found: list[QMenu] = []

    def visit(menu: QMenu) -> None:
        found.append(menu)
        for act in menu.actions():
            if act.menu() is not None:
                visit(act.menu())

    for act in window.menuBar().actions():
        if act.menu() is not None:
            visit(act.menu())
    return found


def test_every_menu_shortcut_is_drawn_in_its_right_to_left_form(qtbot, make_window) -> None:
    window = make_window(lang="ar")
    checked = 0
    for menu in _menus(window):
        drawn = _drawn(menu, window)
        with_keys = [a for a in menu.actions() if not a.isSeparator() and not a.shortcut().isEmpty()
                     and a.isVisible()]
        assert len(drawn) >= len(with_keys), (menu.title(), drawn)
        for text in drawn:
            label, _, keys = text.partition("\t")
            assert re.search("[\u0600-\u06ff]", label) or label in ENDONYMS, f"menu item in English: {label!r}"
            assert _rtl_form(keys), f"{menu.title()}: {label}: {keys!r} not in right-to-left form"
            checked += 1
    assert checked >= 20


def test_f1_lists_every_shortcut_in_its_right_to_left_form(qtbot, make_window) -> None:
    from qari.ui.help import ShortcutsDialog

    window = make_window(lang="ar")
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    table = dialog.table
    rows = [(table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())]
    assert len(rows) > 30
    for name, keys in rows:
        assert re.search("[\u0600-\u06ff]", name), f"F1: {name!r} in English"
        assert keys == "—" or _rtl_form(keys), f"F1: {name}: {keys!r} not in right-to-left form"
    zoom = dict(rows)["تكبير"]
    assert zoom == f"{LRI}Ctrl+={PDI}، {LRI}Ctrl++{PDI}"


def test_qt_file_dialog_and_context_menus_are_arabic(qtbot, make_window, tmp_path: Path) -> None:
    window = make_window(lang="ar")
    home = Path.home()
    data = _article_data(window) | {str(tmp_path), tmp_path.name, str(home), home.name}  # folder names are data
    for mode in (QFileDialog.FileMode.ExistingFiles, QFileDialog.FileMode.Directory):
        dialog = QFileDialog(window, "x", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setFileMode(mode)
        dialog.setNameFilters([window.tr("Articles (*.txt *.md)")])
        qtbot.addWidget(dialog)
        dialog.show()
        strings = [(w, t) for w, t in ui_strings(dialog) if t != "x" and "*.txt" not in t]
        left = untranslated(strings, data)
        assert not left, "file dialog in English:\n" + "\n".join(f"{w}: {t!r}" for w, t in left)
        dialog.close()
    field = QLineEdit("نص")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    for act in menu.actions():
        if act.isSeparator():
            continue
        label, _, _keys = act.text().partition("\t")
        assert re.search("[\u0600-\u06ff]", label), label
    for text in _drawn(menu, window):
        assert _rtl_form(text.partition("\t")[2]), text


def test_library_columns_fit_their_arabic_titles(qtbot, make_window) -> None:
    window = make_window(lang="ar")
    window.library_ui.dock.show()
    header = window.library_ui.panel.view.horizontalHeader()
    for col in range(header.count()):
        assert header.sectionSize(col) >= header.sectionSizeFromContents(col).width(), col  # «المقروء» not clipped


def test_a_pasted_article_names_its_source_in_arabic(qtbot, make_window) -> None:
    from qari.core.article import Article
    from qari.ui.sample import shown_source

    window = make_window(lang="ar")
    aid = window.session.library.add(Article.from_text("عنوان\nنص ملصوق هنا", source="clipboard")).id
    window.open_article(aid)
    assert window.info_panel.value("source") == "الحافظة" == shown_source("clipboard")


def test_the_note_editor_and_edit_text_start_arabic_at_the_right_in_both_languages(qtbot, make_window) -> None:
    from qari.ui.annotations.note_editor import NoteEditor
    from qari.ui.edit_text import EditTextDialog

    for lang in ("ar", "en"):
        window = make_window(lang=lang)
        note = NoteEditor(window, quote="اقتباس", note="ملاحظة عربية قصيرة")
        edit = EditTextDialog("عنوان عربي\nEnglish line", window)
        for dialog, editor in ((note, note.note_edit), (edit, edit.editor)):
            qtbot.addWidget(dialog)
            dialog.resize(600, 400)
            dialog.show()
            qtbot.waitExposed(dialog)
            cursor = editor.textCursor()
            cursor.setPosition(0)  # the logical start of the Arabic first line
            assert editor.cursorRect(cursor).x() > editor.viewport().width() * 0.8, (lang, type(dialog).__name__)
        english = edit.editor.document().findBlockByNumber(1)
        cursor = edit.editor.textCursor()
        cursor.setPosition(english.position())
        assert edit.editor.cursorRect(cursor).x() < 20  # an English line starts at the left
