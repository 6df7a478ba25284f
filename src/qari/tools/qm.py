"""Compile a Qt Linguist .ts file to the binary .qm catalogue QTranslator loads — in pure Python.

Why not ``pyside6-lrelease``: the wheel's build hook (hatch_build.py) must work in a build
environment that has only hatchling, and PySide6 is an 84 MB build requirement for a few kilobytes
of output. This writes the same bytes as lrelease's default mode (a test compares the two where
PySide6 is installed): the magic number, then the Language, Hashes, Messages and NumerusRules
blocks, as Qt's ``qm.cpp`` (``Releaser::save`` / ``squeeze`` / ``writeMessage``) writes them.

What lrelease leaves out is left out here too: obsolete and vanished messages, and unfinished
ones with no translation (Qt then shows the source text).

    python -m qari.tools.qm IN.ts OUT.qm
"""

from __future__ import annotations

import struct
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes([0x3C, 0xB8, 0x64, 0x18, 0xCA, 0xEF, 0x9C, 0x95, 0xCD, 0x21, 0x1C, 0xBF, 0x60, 0xA1, 0xBD, 0xDD])
TAG_LANGUAGE, TAG_HASHES, TAG_MESSAGES, TAG_NUMERUS = 0xA7, 0x42, 0x69, 0x88
TAG_END, TAG_TRANSLATION, TAG_SOURCE, TAG_CONTEXT, TAG_COMMENT = 1, 3, 6, 7, 8

# Plural rules, as Qt's numerus.cpp encodes them (the byte program QTranslator runs on %n).
_EQ, _LT, _LEQ, _BETWEEN, _NOT, _MOD_10, _MOD_100 = 0x01, 0x02, 0x03, 0x04, 0x08, 0x10, 0x20
_NEWRULE = 0xFF
_GEQ = _NOT | _LT
NUMERUS_RULES: dict[str, bytes] = {
    "en": bytes([_EQ, 1]),
    "ar": bytes([_EQ, 0, _NEWRULE, _EQ, 1, _NEWRULE, _EQ, 2, _NEWRULE,
                 _MOD_100 | _BETWEEN, 3, 10, _NEWRULE, _MOD_100 | _GEQ, 11]),
}
NUMERUS_FORMS = {"en": 2, "ar": 6}


@dataclass(frozen=True, order=True)
class Message:
    context: bytes
    source: bytes
    comment: bytes
    translations: tuple[str, ...]


def elf_hash(data: bytes) -> int:
    h = 0
    for byte in data:
        if byte == 0:
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def read_ts(path: Path) -> tuple[str, list[Message]]:
    """The language and the messages lrelease would write, in the file's order."""
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    parsed: list[tuple[Message, bool]] = []  # every message, and whether it is written
    for context in root.iter("context"):
        name = (context.findtext("name") or "").encode("utf-8")
        for msg in context.iter("message"):
            tr = msg.find("translation")
            if msg.get("numerus") == "yes":
                forms = tuple(form.text or "" for form in tr.iter("numerusform")) if tr is not None else ()
            else:
                forms = ((tr.text or "") if tr is not None else "",)
            kind = tr.get("type") if tr is not None else "unfinished"
            written = kind not in ("obsolete", "vanished") and not (kind == "unfinished" and not any(forms))
            source = (msg.findtext("source") or "").encode("utf-8")
            comment = (msg.findtext("comment") or "").encode("utf-8")
            parsed.append((Message(name, source, comment, forms), written))
    return language, _strip_comments([m for m, _ in parsed], [m for m, w in parsed if w])


def _strip_comments(everything: list[Message], written: list[Message]) -> list[Message]:
    """lrelease's Releaser::insert: a comment is kept only where it is needed to tell messages apart
    (QTranslator falls back to the comment-less entry). The first commented message of a source
    text that has no comment-less sibling in the file is written without its comment."""
    bare = {(m.context, m.source) for m in everything if not m.comment}
    taken: set[tuple[bytes, bytes, bytes]] = set()
    out: list[Message] = []
    for msg in written:
        force = not msg.comment or not msg.context or (msg.context, msg.source) in bare
        if not force and (msg.context, msg.source, b"") not in taken:
            msg = Message(msg.context, msg.source, b"", msg.translations)
        taken.add((msg.context, msg.source, msg.comment))
        out.append(msg)
    return out


def _bytes_field(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def _block(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def compile_messages(language: str, messages: list[Message]) -> bytes:
    unique: dict[tuple[bytes, bytes, bytes], Message] = {}
    for msg in messages:
        unique.setdefault((msg.context, msg.source, msg.comment), msg)
    body = bytearray()
    offsets: list[tuple[int, int]] = []
    for key in sorted(unique):
        msg = unique[key]
        offsets.append((elf_hash(msg.source + msg.comment), len(body)))
        for form in msg.translations:
            body += _bytes_field(TAG_TRANSLATION, form.encode("utf-16-be"))
        body += _bytes_field(TAG_COMMENT, msg.comment)
        body += _bytes_field(TAG_SOURCE, msg.source)
        body += _bytes_field(TAG_CONTEXT, msg.context)
        body.append(TAG_END)
    out = bytearray(MAGIC)
    if language:
        out += _block(TAG_LANGUAGE, language.encode("utf-8"))
    if offsets:
        out += _block(TAG_HASHES, b"".join(struct.pack(">II", h, o) for h, o in sorted(offsets)))
        out += _block(TAG_MESSAGES, bytes(body))
    rules = NUMERUS_RULES.get(language.split("_")[0])
    if rules:
        out += _block(TAG_NUMERUS, rules)
    return bytes(out)


def compile_ts(ts: Path, qm: Path) -> int:
    """Write ``qm`` from ``ts``; returns the number of messages written."""
    language, messages = read_ts(ts)
    qm.parent.mkdir(parents=True, exist_ok=True)
    tmp = qm.with_suffix(".qm.tmp")
    tmp.write_bytes(compile_messages(language, messages))
    tmp.replace(qm)
    return len(messages)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m qari.tools.qm IN.ts OUT.qm", file=sys.stderr)
        return 2
    compile_ts(Path(args[0]), Path(args[1]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
