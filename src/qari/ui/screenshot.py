"""`qari screenshot OUT.png [FILE]`: render the window offscreen and save it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from qari.ui.app import GuiOptions

if TYPE_CHECKING:
    from qari.ui.main_window import MainWindow


def take_screenshot(out: Path, opts: GuiOptions, size: tuple[int, int] = (1280, 800), *,
                    justify: bool = False, hide_tashkeel: bool = False, find: str | None = None,
                    tab: str | None = None, search: str | None = None, people: str | None = None) -> int:
    """Render the window to ``out``; ``justify``/``hide_tashkeel`` switch the reader's mode for
    this picture only, ``find`` opens the find bar on that word (scrolled to its first hit)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QARI_NO_DIALOGS", "1")
    from qari.ui.app import ensure_app
    from qari.ui.startup import build_window

    app = ensure_app()
    with tempfile.TemporaryDirectory(prefix="qari-shot-") as tmp:
        if opts.data_dir is not None:  # render from a copy: --theme, --lang, the FILE and the reading
            _private_copy(opts.data_dir, Path(tmp))  # place never reach the person's own library
        opts = GuiOptions(file=opts.file, data_dir=Path(tmp), lang=opts.lang, theme=opts.theme)
        built = build_window(opts, dialogs=False)
        if isinstance(built, int):
            return built
        window, session = built
        window.resize(*size)
        window.show()
        for _ in range(3):
            app.processEvents()
        window.reader._apply_restore()
        app.processEvents()
        saved = {"justify": window.reader.prefs.justify, "hide_tashkeel": window.reader.prefs.hide_tashkeel}
        if justify or hide_tashkeel:
            window.reader_controls.update(justify=justify or saved["justify"],
                                          hide_tashkeel=hide_tashkeel or saved["hide_tashkeel"])
        window.reader.relayout_now()  # the final width: no pending (debounced) re-justification
        window.reader.finish_layout()  # the whole text laid out (and justified), not only the first screen
        app.processEvents()
        if find:
            window.reader_pane.find.open()
            window.reader_pane.find_bar.field.setText(find)
            app.processEvents()
        if tab:
            _show_tab(window, tab)
            app.processEvents()
        if search:
            _show_search(window, search)
            app.processEvents()
        if people is not None:
            _show_people(window, session, people)
            app.processEvents()
        if search or people is not None:  # a dock opened beside the reader: the text at its new width
            window.reader.relayout_now()
            window.reader.finish_layout()
            app.processEvents()
        ok = window.grab().save(str(out))
        window.reader_controls.update(**saved)  # a picture does not change the reader's saved preferences
        window.close()
        session.close()
    return 0 if ok else 1


def _private_copy(source: Path, target: Path) -> None:
    """The library (a consistent copy, even while Qari runs on it) and the settings of ``source``."""
    import shutil
    import sqlite3

    from qari.core.store.db import DB_NAME

    db = source / DB_NAME
    if db.is_file():
        src, dst = sqlite3.connect(f"file:{db}?mode=ro", uri=True), sqlite3.connect(target / DB_NAME)
        try:
            src.backup(dst)
        finally:
            src.close()
            dst.close()
    if (source / "settings.ini").is_file():
        shutil.copyfile(source / "settings.ini", target / "settings.ini")


def _show_tab(window: MainWindow, tab: str) -> None:
    from qari.ui.extraction import show_analysis_tab

    if tab == "notes":
        window.tabs.setCurrentWidget(window.notes_page)
        return
    show_analysis_tab(window.analysis, window.tabs, tab)
    if tab == "entities":  # mark the most mentioned name, as a click on it would
        ex = window.analysis.controller.result
        if ex is not None and ex.entities:
            window.analysis.entities.activate(max(ex.entities, key=lambda e: len(e.mentions)).id)


def _show_search(window: MainWindow, query: str) -> None:
    """The Search dock with ``query``'s results; the first result open, its hits marked."""
    window.search_ui.show()
    window.search_ui.panel.search(query)
    window.search_ui.panel.open_row(0)


def _show_people(window: MainWindow, session, name: str) -> None:  # session: qari.core.session.Session
    """The People view after every article was read; the entry for ``name`` (or the first) chosen."""
    from qari.core.store.people import extract_missing

    extract_missing(session.library)
    session.people.ensure_current()
    window.people_ui.show(refresh=False)  # just rebuilt: no background rebuild racing the picture
    view = window.people_ui.view
    view.reload()
    found = session.people.find(name) if name else []
    if found:
        view.select(found[0])
        view.table.setFocus()
