"""Qari's pure-Python .ts -> .qm compiler (used by the Makefile and the wheel's build hook)
writes what Qt's lrelease writes, and QTranslator reads it: plural forms included."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qari.tools.qm import compile_ts

ROOT = Path(__file__).resolve().parents[1]
TRICKY_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Ctx</name>
    <message><source>Open &amp;File &lt;b&gt;</source><translation>افتح &amp;ملفًا</translation></message>
    <message><source>Star</source><comment>verb</comment><translation>ميّز</translation></message>
    <message><source>Star</source><comment>noun</comment><translation>نجمة</translation></message>
    <message><source>Not yet</source><translation type="unfinished"></translation></message>
    <message><source>Half done</source><translation type="unfinished">نصف</translation></message>
    <message><source>Gone</source><translation type="obsolete">ذهب</translation></message>
    <message><source>Emoji 😀 text</source><translation>نص 😀</translation></message>
    <message numerus="yes"><source>%n file(s)</source><translation>
        <numerusform>لا ملفات</numerusform><numerusform>ملف واحد</numerusform><numerusform>ملفان</numerusform>
        <numerusform>%n ملفات</numerusform><numerusform>%n ملفًا</numerusform><numerusform>%n ملف</numerusform>
    </translation></message>
</context>
<context><name>Other</name><message><source>Star</source><translation>نجم</translation></message></context>
</TS>
"""


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def _sources(tmp_path: Path) -> list[Path]:
    tricky = tmp_path / "tricky.ts"
    tricky.write_text(TRICKY_TS, encoding="utf-8")
    return [ROOT / "resources/i18n/qari_ar.ts", ROOT / "resources/i18n/qari_en.ts", tricky]


def test_output_is_byte_identical_to_lrelease(tmp_path: Path) -> None:
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed beside this Python")
    for ts in _sources(tmp_path):
        ours, theirs = tmp_path / f"{ts.stem}.ours.qm", tmp_path / f"{ts.stem}.lrelease.qm"
        compile_ts(ts, ours)
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(theirs)], check=True)
        assert ours.read_bytes() == theirs.read_bytes(), ts.name


def test_qtranslator_reads_every_message_and_the_six_arabic_plural_forms(tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    ts = _sources(tmp_path)[2]
    qm = tmp_path / "tricky.qm"
    compile_ts(ts, qm)
    tr = QTranslator()
    assert tr.load(str(qm))
    assert tr.language() == "ar"
    assert tr.translate("Ctx", "Open &File <b>") == "افتح &ملفًا"
    assert tr.translate("Ctx", "Star", "verb") == "ميّز"
    assert tr.translate("Ctx", "Star", "noun") == "نجمة"
    assert tr.translate("Other", "Star") == "نجم"
    assert tr.translate("Ctx", "Emoji 😀 text") == "نص 😀"
    assert tr.translate("Ctx", "Half done") == "نصف"
    assert tr.translate("Ctx", "Not yet") == ""  # left out: Qt shows the English source
    assert tr.translate("Ctx", "Gone") == ""
    forms = [tr.translate("Ctx", "%n file(s)", None, n) for n in (0, 1, 2, 3, 11, 100, 103, 111)]
    assert forms == ["لا ملفات", "ملف واحد", "ملفان", "%n ملفات", "%n ملفًا", "%n ملف", "%n ملفات", "%n ملفًا"]
