"""Write resources/i18n/qari_en.ts: the English singular/plural forms of every "%n" message.

The source strings are English with "(s)" (``"%n word(s)"``); Qt shows them as written unless
a translation gives the forms. This derives them from the Arabic .ts (which lists every
message) so the two never drift: ``python -m qari.tools.english_plurals``.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from xml.sax.saxutils import escape

from qari.resources import resource_path

# Messages whose forms are not just "(s)" dropped / kept.
SPECIAL = {
    "Delete %n articles from the library?": ("Delete this article from the library?",
                                             "Delete %n articles from the library?"),
}


def forms(source: str) -> tuple[str, str]:
    if source in SPECIAL:
        return SPECIAL[source]
    one = re.sub(r"\(s\)", "", source)
    other = re.sub(r"\(s\)", "s", source)
    return one, other


def build(ar_ts: Path) -> str:
    root = ET.parse(ar_ts).getroot()
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", '<TS version="2.1" language="en">']
    for ctx in root.findall("context"):
        messages = [m for m in ctx.findall("message") if m.get("numerus") == "yes"]
        if not messages:
            continue
        out.append(f"<context>\n    <name>{escape(ctx.findtext('name') or '')}</name>")
        for m in messages:
            source = m.findtext("source") or ""
            comment = m.findtext("comment")
            one, other = forms(source)
            out.append('    <message numerus="yes">')
            out.append(f"        <source>{escape(source)}</source>")
            if comment:
                out.append(f"        <comment>{escape(comment)}</comment>")
            out.append("        <translation>")
            out.append(f"            <numerusform>{escape(one)}</numerusform>")
            out.append(f"            <numerusform>{escape(other)}</numerusform>")
            out.append("        </translation>\n    </message>")
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def main() -> int:
    i18n = resource_path("i18n")
    (i18n / "qari_en.ts").write_text(build(i18n / "qari_ar.ts"), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
