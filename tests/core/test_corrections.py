"""The reader corrects the Quotes panel: each correction path, kept in the library, applied to
every later extraction (also after an extractor upgrade or an edit of the text), undoable, and
in `qari extract --json` with "corrected": true."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.corrections import apply
from qari.core.extract import Extraction, extract
from qari.core.session import Session

TEXT = (
    "اتفاق جديد للمياه\n"
    "قال وزير الزراعة نبيل منصور إن «الموسم المقبل سيكون أفضل من كل المواسم الماضية».\n"
    "وقال المحلل كريم ناصر إن الأسعار ستنخفض قريبا.\n"
    "وكان المزارعون يرددون في السوق عبارة واحدة: لن نزرع القمح هذا العام.\n"
)


@pytest.fixture
def session(tmp_path: Path):
    s = Session.open(tmp_path, seed_sample=False)
    yield s
    s.close()


@pytest.fixture
def aid(session: Session) -> int:
    return session.library.add(Article.from_text(TEXT)).id


def _current(session: Session, aid: int) -> Extraction:
    article = session.library.get(aid)
    return session.corrected(aid, article.text, extract(article))


def _quote(ex: Extraction, starts: str):
    return next(q for q in ex.quotes + ex.statements if q.text.lstrip("«").startswith(starts))


def test_change_a_speaker_and_see_it_on_every_later_extraction(session: Session, aid: int) -> None:
    q = _quote(_current(session, aid), "الموسم المقبل")
    assert q.speaker == "نبيل منصور" and q.kind == "direct"
    old, new = session.corrections.correct_item(aid, q, "speaker", "كريم ناصر")
    assert old is None and new.speaker == "كريم ناصر"
    again = _quote(_current(session, aid), "الموسم المقبل")
    assert again.speaker == "كريم ناصر" and again.corrected and not again.confirmed
    # linked to the article's entity of that name
    assert again.speaker_entity == next(e.id for e in extract(session.library.get(aid)).entities
                                        if e.name == "كريم ناصر")
    # undo brings the extractor's speaker back
    session.corrections.undo(old, new)
    assert _quote(_current(session, aid), "الموسم المقبل").speaker == "نبيل منصور"
    session.corrections.redo(old, new)
    assert _quote(_current(session, aid), "الموسم المقبل").speaker == "كريم ناصر"


def test_a_second_word_on_the_same_item_replaces_the_first_and_undo_restores_it(session: Session, aid: int) -> None:
    q = _quote(_current(session, aid), "الموسم المقبل")
    _, first = session.corrections.correct_item(aid, q, "speaker", "كريم ناصر")
    old, second = session.corrections.correct_item(aid, q, "speaker", "وزارة الزراعة")
    assert old == first and len(session.corrections.for_article(aid)) == 1
    assert _quote(_current(session, aid), "الموسم المقبل").speaker == "وزارة الزراعة"
    session.corrections.undo(old, second)
    assert _quote(_current(session, aid), "الموسم المقبل").speaker == "كريم ناصر"


def test_not_a_quotation_removes_it_and_confirm_marks_it(session: Session, aid: int) -> None:
    ex = _current(session, aid)
    st = _quote(ex, "الأسعار ستنخفض")
    session.corrections.correct_item(aid, st, "reject")
    q = _quote(ex, "الموسم المقبل")
    session.corrections.correct_item(aid, q, "confirm")
    ex = _current(session, aid)
    assert not any(s.text.startswith("الأسعار ستنخفض") for s in ex.statements)
    confirmed = _quote(ex, "الموسم المقبل")
    assert confirmed.confirmed and not confirmed.corrected and confirmed.speaker == "نبيل منصور"


def test_select_words_and_add_them_as_a_quotation(session: Session, aid: int) -> None:
    words = "لن نزرع القمح هذا العام"
    start = TEXT.index(words)
    assert not any(q.text == words for q in _current(session, aid).quotes)
    session.corrections.correct(aid, "add", "direct", start, start + len(words), "المزارعون")
    q = _quote(_current(session, aid), words)
    assert (q.text, q.speaker, q.kind, q.corrected) == (words, "المزارعون", "direct", True)
    with pytest.raises(ValueError):
        session.corrections.correct(aid, "add", "direct", start, start + len(words), "  ")


def test_corrections_survive_an_extractor_that_no_longer_finds_the_item_and_an_edited_text(
    session: Session, aid: int
) -> None:
    q = _quote(_current(session, aid), "الموسم المقبل")
    session.corrections.correct_item(aid, q, "speaker", "كريم ناصر")
    # an upgraded extractor that finds nothing: the corrected item is still there
    article = session.library.get(aid)
    empty = Extraction([], [], [])
    kept = session.corrected(aid, article.text, empty)
    assert [(x.text, x.speaker, x.corrected) for x in kept.quotes] == [(q.text, "كريم ناصر", True)]
    # the text is edited before the quote: the correction is re-anchored by its words
    session.set_text(aid, TEXT.replace("اتفاق جديد للمياه", "اتفاق جديد وطويل للمياه والري"))
    moved = _quote(_current(session, aid), "الموسم المقبل")
    assert moved.speaker == "كريم ناصر" and moved.corrected


def test_corrections_live_in_their_own_table_and_go_with_the_article(session: Session, aid: int) -> None:
    q = _quote(_current(session, aid), "الموسم المقبل")
    session.corrections.correct_item(aid, q, "speaker", "كريم ناصر")
    assert session.db.conn.execute("SELECT count(*) FROM quote_corrections").fetchone()[0] == 1
    session.library.delete([aid])
    session.library.purge_deleted()
    assert session.db.conn.execute("SELECT count(*) FROM quote_corrections").fetchone()[0] == 0


def test_apply_is_pure_and_leaves_other_items_alone() -> None:
    article = Article.from_text(TEXT)
    ex = extract(article)
    assert apply(ex, [], article.text) == ex
    assert all(not q.corrected and not q.confirmed for q in ex.quotes + ex.statements)


def test_qari_extract_json_carries_the_correction(tmp_path: Path) -> None:
    data = tmp_path / "data"
    src = tmp_path / "article.txt"
    src.write_text(TEXT, encoding="utf-8")
    s = Session.open(data, seed_sample=False)
    try:
        aid = s.library.add(Article.from_text(TEXT)).id
        q = _quote(_current(s, aid), "الموسم المقبل")
        s.corrections.correct_item(aid, q, "speaker", "كريم ناصر")
    finally:
        s.close()
    out = subprocess.run([sys.executable, "-m", "qari", "--data-dir", str(data), "extract", str(src), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    quotes = json.loads(out.stdout)["quotes"]
    got = next(x for x in quotes if x["text"].startswith("الموسم المقبل"))
    assert got["speaker"] == "كريم ناصر" and got["corrected"] is True
    # no library in the data folder: plain extraction, and none is created
    empty = tmp_path / "none"
    out = subprocess.run([sys.executable, "-m", "qari", "--data-dir", str(empty), "extract", str(src), "--json"],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and not (empty / "library.db").exists()
    assert all(x["corrected"] is False for x in json.loads(out.stdout)["quotes"])


def test_the_librarys_quotes_across_articles_record_the_corrected_speaker(session: Session, aid: int) -> None:
    from qari.core.extract import EXTRACTOR_VERSION

    article = session.library.get(aid)
    session.library.cache_extraction(aid, EXTRACTOR_VERSION, extract(article).to_dict())

    def speaker_of(starts: str) -> str:
        rows = session.db.conn.execute(
            "SELECT text, speaker FROM article_quotes WHERE article_id = ? AND kind = 'direct'", (aid,))
        return next(r["speaker"] for r in rows if r["text"].lstrip("«").startswith(starts))

    assert speaker_of("الموسم المقبل") == "نبيل منصور"
    q = _quote(_current(session, aid), "الموسم المقبل")
    old, new = session.corrections.correct_item(aid, q, "speaker", "كريم ناصر")
    assert speaker_of("الموسم المقبل") == "كريم ناصر"  # People view, qari quotes, exports with citations
    session.corrections.undo(old, new)
    assert speaker_of("الموسم المقبل") == "نبيل منصور"
    session.corrections.redo(old, new)
    session.library.cache_extraction(aid, EXTRACTOR_VERSION, extract(article).to_dict())  # a new run
    assert speaker_of("الموسم المقبل") == "كريم ناصر"
