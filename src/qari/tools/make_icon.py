"""Draw Qari's application icon: resources/desktop/qari.svg and its PNG sizes.

The letter ق (the first of قارئ) is taken from the bundled Amiri font as an outline, so the SVG has
no text and needs no font. Run once after changing the design: python -m qari.tools.make_icon
"""

from __future__ import annotations

import os
from pathlib import Path

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
OUT = Path(__file__).resolve().parents[3] / "resources" / "desktop"


def _glyph_path_data() -> str:
    from PySide6.QtGui import QFont, QFontDatabase, QPainterPath

    from qari.resources import resource_path

    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(resource_path("fonts/Amiri-Bold.ttf"))))[0]
    font = QFont(family)
    font.setPixelSize(300)
    path = QPainterPath()
    path.addText(0, 0, font, "ق")
    box = path.boundingRect()
    scale = 150 / max(box.width(), box.height())
    dx, dy = 128 - box.center().x() * scale, 140 - box.center().y() * scale  # a little below centre
    parts, i = [], 0
    while i < path.elementCount():
        e = path.elementAt(i)
        x, y = e.x * scale + dx, e.y * scale + dy
        if e.isMoveTo():
            parts.append(f"M{x:.1f} {y:.1f}")
        elif e.isLineTo():
            parts.append(f"L{x:.1f} {y:.1f}")
        else:  # a curve: this element and the next two
            c2, end = path.elementAt(i + 1), path.elementAt(i + 2)
            parts.append(f"C{x:.1f} {y:.1f} {c2.x * scale + dx:.1f} {c2.y * scale + dy:.1f} "
                         f"{end.x * scale + dx:.1f} {end.y * scale + dy:.1f}")
            i += 2
        i += 1
    return " ".join(parts) + " Z"


def svg() -> str:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2f7d74"/>
      <stop offset="1" stop-color="#1d5650"/>
    </linearGradient>
  </defs>
  <rect x="12" y="12" width="232" height="232" rx="44" fill="url(#bg)"/>
  <path d="M52 200 Q128 176 204 200 L204 212 Q128 188 52 212 Z" fill="#e9d9b0" opacity="0.9"/>
  <path fill="#fbf4e2" fill-rule="nonzero" d="{_glyph_path_data()}"/>
</svg>
"""


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    from qari.ui.app import ensure_app

    ensure_app()
    text = svg()
    (OUT / "qari.svg").write_text(text, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(text.encode()))
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(OUT / f"qari-{size}.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
