"""Renders docs/annotations.png: highlights in four colours (one starting mid-word), a note, a bookmark,
and the Notes tab. Usage: python docs/annotations_screenshot.py docs/annotations.png [en|ar] [theme]"""
import os, sys, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen"); os.environ["QARI_NO_DIALOGS"] = "1"
from pathlib import Path
from qari.ui.app import GuiOptions, ensure_app
from qari.ui.startup import build_window
lang = sys.argv[2] if len(sys.argv) > 2 else "en"
app = ensure_app()
d = tempfile.mkdtemp()
w, s = build_window(GuiOptions(data_dir=Path(d), lang=lang, theme=(sys.argv[3] if len(sys.argv) > 3 else None)))
w.resize(1280, 800); w.show()
for _ in range(3): app.processEvents()
t = w.reader.article.text
def hl(word, color, note="", mid=0):
    i = t.index(word) + mid
    w.reader.select_span(i, i + len(word) - mid)
    a = w.annotations.highlight(color)
    if note: w.annotations.update(a.uuid, {"note": note, "tags": ("روسيا", "قمة")})
hl("فلاديمير بوتين", "yellow", "الرئيس الروسي")
hl("للمعركة التي تخوضها روسيا ضد الغرب", "green")
hl("قاعدة فضائية", "blue", mid=3)   # starts mid-word
hl("تحذيرات من أن كيم", "pink")
i = t.index("ويقال"); w.reader.select_span(i, i + 5); w.annotations.bookmark()
w.tabs.setCurrentWidget(w.notes_panel)
w.notes_panel.select_uuid(w.notes_panel.uuids()[0])
i = t.index("برنامج الفضاء"); w.reader.select_span(i, i + len("برنامج الفضاء"))
w.annotations.update_toolbar()
for _ in range(3): app.processEvents()
w.grab().save(sys.argv[1])
w.reader.grab().save(sys.argv[1].replace(".png", "-reader.png"))
w.close(); s.close()
