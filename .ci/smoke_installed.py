"""Run by the Python of a fresh venv into which only the built wheel was installed (see .ci/fresh_install):
an HTML page imports, and `--lang ar` gives the Arabic interface from the wheel's own catalogue."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QARI_NO_DIALOGS"] = "1"

PAGE = """<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>قمة المناخ</title></head>
<body><nav>الرئيسية</nav><article><h1>قمة المناخ تختتم أعمالها</h1>
<p>اختتمت قمة المناخ أعمالها اليوم بعد أسبوعين من المفاوضات الصعبة بين الدول المشاركة.</p>
<p>وقال رئيس القمة إن الاتفاق خطوة مهمة نحو خفض الانبعاثات في العقد المقبل.</p>
<p>وأضاف أن الدول الغنية وعدت بزيادة التمويل المخصص للدول النامية.</p></article></body></html>"""


def main() -> int:
    tmp = Path(tempfile.mkdtemp(prefix="qari-smoke-"))
    page = tmp / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    cli = Path(sys.executable).parent / "qari-cli"
    proc = subprocess.run([str(cli), "--data-dir", str(tmp / "data"), "import", str(page), "--json"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    (row,) = json.loads(proc.stdout)
    assert row["status"] == "imported", row
    print("html import:", row["status"], row.get("title"))

    import PySide6
    from PySide6.QtCore import Qt

    from qari.resources import resource_path
    from qari.ui.app import GuiOptions, ensure_app
    from qari.ui.startup import build_window

    qm = resource_path("i18n/qari_ar.qm")
    assert qm.is_file() and Path(sys.prefix) in qm.resolve().parents, f"the catalogue is not in the venv: {qm}"
    app = ensure_app()
    built = build_window(GuiOptions(data_dir=tmp / "data", lang="ar"))
    assert not isinstance(built, int), built
    window, session = built
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles and all(any("\u0600" <= c <= "\u06ff" for c in t) for t in titles), titles
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    print("--lang ar menus:", " | ".join(titles))
    window.close()
    session.close()
    print(f"ok: Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
