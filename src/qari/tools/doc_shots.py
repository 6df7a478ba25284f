"""Screenshots for docs/: the Arabic menus, F1 under Arabic, the library at launch, the star.

    python -m qari.tools.doc_shots [OUT_DIR]     (default: docs/)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path


def _window(data_dir: Path, lang: str):
    from qari.ui.app import GuiOptions, ensure_app
    from qari.ui.startup import build_window

    app = ensure_app()
    built = build_window(GuiOptions(data_dir=data_dir, lang=lang), deferred=True, dialogs=False)
    assert not isinstance(built, int)
    window, session = built
    window.resize(1200, 760)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.complete()
    for _ in range(10):
        app.processEvents()
    return app, window, session


def _menu_shot(app, window, menu, out: Path) -> None:
    from PySide6.QtCore import QPoint

    bar = window.menuBar()
    rect = bar.actionGeometry(menu.menuAction())
    menu.popup(bar.mapToGlobal(QPoint(rect.right() - menu.sizeHint().width() + 1, rect.bottom())))
    for _ in range(5):
        app.processEvents()
    menu.grab().save(str(out))
    menu.hide()


def main(argv: list[str] | None = None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QARI_NO_DIALOGS", "1")
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0]) if args else Path(__file__).resolve().parents[3] / "docs"
    with tempfile.TemporaryDirectory() as tmp:
        app, window, session = _window(Path(tmp) / "ar", "ar")
        for menu, name in ((window.file_menu, "menu-file-ar.png"), (window.edit_menu, "menu-edit-ar.png"),
                           (window.view_menu, "menu-view-ar.png")):
            _menu_shot(app, window, menu, out / name)
        from qari.ui.help import ShortcutsDialog

        dialog = ShortcutsDialog(window)
        dialog.show()
        for _ in range(5):
            app.processEvents()
        dialog.grab().save(str(out / "help-ar.png"))
        dialog.close()
        window.close()
        session.close()
        _library_shots(Path(tmp) / "en", out)
    return 0


def _library_shots(data_dir: Path, out: Path) -> None:
    """The library as it is at launch (listed, counted), then with a starred article."""
    from qari.core.article import Article
    from qari.core.session import Session

    session = Session.open(data_dir)
    samples = (("قمة المناخ تختتم أعمالها باتفاق على خفض الانبعاثات", "اختتمت قمة المناخ أعمالها اليوم."),
               ("الأمم المتحدة تدعو إلى وقف إطلاق النار في غزة", "دعت الأمم المتحدة اليوم إلى وقف النار."),
               ("Talks resume in Geneva", "The delegations met on Monday."))
    for title, body in samples:
        session.library.add(Article.from_text(title + "\n" + body, source="عينة"))
    session.library.set_state("library/visible", "1")
    session.close()
    app, window, session = _window(data_dir, "en")
    window.library_ui.dock.show()
    panel = window.library_ui.panel
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(out / "library-launch.png"))
    window.article_editing.star_action.trigger()
    for _ in range(5):
        app.processEvents()
    panel.grab().save(str(out / "library-star.png"))
    panel.starred_button.setChecked(True)
    for _ in range(5):
        app.processEvents()
    panel.grab().save(str(out / "library-starred-only.png"))
    window.close()
    session.close()


if __name__ == "__main__":
    raise SystemExit(main())
