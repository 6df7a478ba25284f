"""`qari extract FILE --json` gives offsets into the file's own text, also when the importer makes
up a headline for a text that has none (the scorers count lines of the file)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BODY = (
    "أكد وزير الطاقة سمير الخطيب في مؤتمر صحفي عقده صباح اليوم في العاصمة أن الأسعار لن ترتفع هذا العام.\n"
    "وقال الخطيب: «نحن ملتزمون بحماية المواطنين من تقلبات السوق العالمية».\n"
)


def test_offsets_slice_the_file_text_when_the_headline_is_made_up(tmp_path: Path) -> None:
    src = tmp_path / "no-headline.txt"
    src.write_text(BODY, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "qari", "--data-dir", str(tmp_path / "d"), "extract", str(src),
                          "--json"], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    items = data["quotes"] + data["statements"]
    assert items and data["title"].endswith("…")  # the headline shown is made up …
    for q in items:  # … and the offsets are the file's
        assert BODY[q["start"] : q["end"]] == q["text"]
    assert [BODY.count("\n", 0, s["start"]) + 1 for s in data["statements"]] == [1]
