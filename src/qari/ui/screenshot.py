"""`qari screenshot OUT.png [FILE]`: render the window offscreen and save it."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from qari.ui.app import GuiOptions


def take_screenshot(out: Path, opts: GuiOptions, size: tuple[int, int] = (1280, 800)) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QARI_NO_DIALOGS", "1")
    from qari.ui.app import ensure_app
    from qari.ui.startup import build_window

    app = ensure_app()
    with tempfile.TemporaryDirectory(prefix="qari-shot-") as tmp:
        if opts.data_dir is None:
            opts.data_dir = Path(tmp)
        built = build_window(opts)
        if isinstance(built, int):
            return built
        window, session = built
        window.resize(*size)
        window.show()
        for _ in range(3):
            app.processEvents()
        window.reader._apply_restore()
        app.processEvents()
        ok = window.grab().save(str(out))
        window.close()
        session.close()
    return 0 if ok else 1
