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
    built = build_window(GuiOptions(data_dir=data_dir, lang=lang), deferred=True)
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
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
