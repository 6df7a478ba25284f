"""The records written out as plain classes (qari.core.records) behave as the dataclasses they
replace: the same constructor (positional order, defaults), equality, hash, repr and frozenness.
Each is compared with its dataclass version, declared here as it was declared before."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from qari.core.article import Article, Paragraph
from qari.core.display import DisplayText
from qari.core.store.db import OpenReport
from qari.core.store.library import AddResult, ArticleSummary
from qari.core.store.schema import Step


@dataclass(frozen=True, slots=True)
class ParagraphDC:
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class ArticleDC:
    text: str
    source: str = ""
    author: str = ""
    published: str = ""
    site: str = ""
    id: int | None = None
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
    known_words: int | None = field(default=None, compare=False, hash=False, repr=False)


@dataclass
class OpenReportDC:
    created: bool = False
    migrated_from: int | None = None
    backup: Path | None = None
    corrupt_moved_to: Path | None = None
    full_check: bool = False
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class ArticleSummaryDC:
    id: int
    title: str
    source: str
    added: str
    words: int
    progress: float
    opened: str | None
    starred: bool


@dataclass(frozen=True, slots=True)
class AddResultDC:
    id: int
    created: bool
    status: str = "created"
    anchored: int = 0
    detached: int = 0


@dataclass(frozen=True, slots=True)
class StepDC:
    sql: str
    fill: Any = None
    label: str = ""


@dataclass
class GuiOptionsDC:
    file: Path | None = None
    data_dir: Path | None = None
    lang: str | None = None
    theme: str | None = None


@dataclass(frozen=True)
class ThemeDC:
    name: str
    background: str
    text: str
    headline: str
    lede: str
    selection: str
    find_hit: str
    find_current: str
    dark: bool = False


@dataclass
class ReaderPrefsDC:
    font_family: str = "Amiri"
    font_size: float = 20.0
    line_height: int = 110
    text_width: int = 26
    theme: str = "light"
    justify: bool = False
    hide_tashkeel: bool = False


@dataclass
class SettingsDC:
    reader: Any
    lang: str = ""
    sidebar_visible: bool = True
    geometry: Any = None
    window_state: Any = None
    dock_room: tuple[int, int] | None = None


def _same(plain: type, dc: type, *variants: tuple[tuple[Any, ...], dict[str, Any]]) -> None:
    """Every pair of variants: equal and hashing alike exactly when their dataclass versions do;
    the same repr (but the class name); frozen alike."""
    made = [(plain(*a, **k), dc(*a, **k)) for a, k in variants]
    for p, d in made:
        assert repr(p).split("(", 1)[1] == repr(d).split("(", 1)[1]
        assert repr(p).startswith(plain.__name__ + "(")
        hashable = dc.__hash__ is not None
        assert (plain.__hash__ is not None) is hashable
        for p2, d2 in made:
            assert (p == p2) is (d == d2)
            if hashable and d == d2:
                assert hash(p) == hash(p2)
        assert (p == object()) is False
        name = next(iter(f.name for f in dataclasses.fields(dc)))
        frozen = dc.__dataclass_params__.frozen  # type: ignore[attr-defined]
        if frozen:
            with pytest.raises(AttributeError):
                setattr(p, name, getattr(p, name))
        else:
            setattr(p, name, getattr(p, name))
    for f in dataclasses.fields(dc):
        assert all(getattr(p, f.name) == getattr(d, f.name) for p, d in made)


def test_core_records_are_their_dataclasses() -> None:
    _same(Paragraph, ParagraphDC, ((0, 0, 3, "abc"), {}), ((0, 0, 3, "abd"), {}), ((1, 4, 5, "x"), {}))
    _same(Article, ArticleDC, (("نص",), {}), (("نص",), {"meta": {"url": "u"}, "known_words": 9}),
          (("نص", "src", "a", "2024", "site", 3), {}), (("نص", "src"), {"id": 3}), (("آخر",), {}))
    _same(OpenReport, OpenReportDC, ((), {}), ((True, 3, Path("/b")), {"notes": ["n"]}), ((), {"full_check": True}))
    row = (1, "عنوان", "s", "2024", 10, 0.5, None, False)
    _same(ArticleSummary, ArticleSummaryDC, (row, {}), ((*row[:-1], True), {}))
    _same(AddResult, AddResultDC, ((1, True), {}), ((1, False, "existing", 2, 1), {}), ((2, True), {"detached": 3}))
    _same(Step, StepDC, (("SQL",), {}), (("SQL", print, "label"), {}))


def test_ui_records_are_their_dataclasses() -> None:
    from qari.ui.app import GuiOptions
    from qari.ui.reader.themes import THEMES, Theme
    from qari.ui.settings import ReaderPrefs, Settings

    _same(GuiOptions, GuiOptionsDC, ((), {}), ((Path("f"),), {"lang": "ar"}), ((), {"theme": "dark"}))
    colours = ("#fff", "#000", "#111", "#222", "#333", "#444", "#555")
    _same(Theme, ThemeDC, (("light", *colours), {}), (("dark", *colours), {"dark": True}))
    assert THEMES["dark"].dark and THEMES["light"].color("text").name() == THEMES["light"].text
    _same(ReaderPrefs, ReaderPrefsDC, ((), {}), (("Noto Naskh Arabic", 18.0), {"justify": True}))
    _same(Settings, SettingsDC, ((ReaderPrefs(),), {}), ((ReaderPrefs(),), {"lang": "ar", "dock_room": (326, 0)}))
    assert tuple(f.name for f in dataclasses.fields(ReaderPrefsDC)) == ReaderPrefs.FIELDS
    prefs = ReaderPrefs(theme="sepia")
    copy = prefs.replace(justify=True)
    assert copy is not prefs and copy.theme == "sepia" and copy.justify and not prefs.justify


def test_display_text_compares_by_identity_and_is_frozen() -> None:
    a, b = DisplayText.build("كَتَبَ", hide_tashkeel=True), DisplayText.build("كَتَبَ", hide_tashkeel=True)
    assert a == a and a != b and hash(a) != hash(b)
    assert repr(a).startswith("DisplayText(canonical='كَتَبَ', text='كتب', hide_tashkeel=True, _marks=")
    with pytest.raises(AttributeError):
        a.text = "x"  # type: ignore[misc]


def test_summary_replace_is_dataclasses_replace() -> None:
    s = ArticleSummary(1, "t", "s", "2024", 10, 0.25, None, False)
    d = ArticleSummaryDC(1, "t", "s", "2024", 10, 0.25, None, False)
    assert repr(s.replace(progress=0.5)).split("(", 1)[1] == repr(dataclasses.replace(d, progress=0.5)).split("(", 1)[1]
