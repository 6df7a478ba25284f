"""Library search: Arabic normalization, prefixes, phrases, exact mode, filters, and an index that
stays in step with imports, edits, deletes and their undo."""

import sqlite3
from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.search.index import Filters, search_options
from qari.core.search.terms import extras, stem
from qari.core.session import Session
from qari.core.store.db import SCHEMA_VERSION, Database
from qari.core.store.schema import MIGRATIONS, Step

GOV = "قرار الحكومة\nقالت الحكومةُ إن الوزيرَ سيزور لبنان، وللحكومة رأي آخر في الأمم المتحدة."
GOV2 = "خبر ثان\nوالحكومة قررت، ولبنان بلد جميل. فالحكومة بحكومة."
OTHER = "مقال ثالث\nحديث عن الطقس والمطر في العاصمة عام ٢٠٢٤ ومتحدة الأمم."


@pytest.fixture
def session(tmp_path: Path) -> Session:
    s = Session.open(tmp_path, seed_sample=False)
    yield s
    s.close()


def _add(session: Session, text: str, source: str = "الجزيرة") -> int:
    return session.library.add(Article.from_text(text, source=source)).id


def _ids(session: Session, query: str, **kw) -> list[int]:
    return [r.article_id for r in session.library.search(query, **kw).results]


def _hits(session: Session, query: str, **kw) -> list[list[str]]:
    out = []
    for r in session.library.search(query, **kw).results:
        text = session.library.get(r.article_id).text
        out.append([text[a:b] for a, b in r.matches])
    return out


def test_stems_and_extras_take_off_attached_prefixes() -> None:
    for word in ("الحكومه", "والحكومه", "للحكومه", "بالحكومه", "فالحكومه", "وللحكومه"):
        assert stem(word) == "حكومه"
    assert "حكومه" in extras("بحكومه") and "حكومه" in extras("وحكومه")
    assert "لبنان" in extras("ولبنان")
    assert stem("الي") == "الي"  # too short to lose its alef-lam
    assert extras("الحكومه") == ()


def test_a_word_finds_its_prefixed_and_vocalised_forms(session: Session) -> None:
    a, b, c = _add(session, GOV), _add(session, GOV2), _add(session, OTHER)
    for query in ("الحكومة", "حكومة", "والحكومة", "الحُكومة", "الحكومـــة", "الحكومه"):
        assert sorted(_ids(session, query)) == [a, b], query
    hits = dict(zip(_ids(session, "الحكومة"), _hits(session, "الحكومة"), strict=True))
    assert hits[a] == ["الحكومة", "الحكومةُ", "وللحكومة"]
    assert hits[b] == ["والحكومة", "فالحكومة", "بحكومة"]
    assert _ids(session, "لبنان") and sorted(_ids(session, "لبنان")) == [a, b]
    assert _ids(session, "2024") == [c] and _ids(session, "٢٠٢٤") == [c]
    assert _ids(session, "الطقس") == [c]
    assert _ids(session, "غائبة") == []


def test_hamza_forms_and_alef_maksura_are_one(session: Session) -> None:
    a = _add(session, "عنوان\nأعلن المسؤول إلى جانب رئيس الوزراء مؤتمرا في مستشفى الأمل.")
    for query in ("اعلن", "إعلن", "الي", "مستشفي", "امل", "الأمل", "مسؤول"):
        assert _ids(session, query) == [a], query


def test_several_words_all_in_any_order_and_phrases(session: Session) -> None:
    a, b, c = _add(session, GOV), _add(session, GOV2), _add(session, OTHER)
    assert _ids(session, "لبنان الحكومة") == _ids(session, "الحكومة لبنان")
    assert sorted(_ids(session, "الحكومة لبنان")) == [a, b]
    assert _ids(session, "الحكومة الطقس") == []
    assert sorted(_ids(session, "الأمم المتحدة")) == [a, c]  # both words, anywhere
    assert _ids(session, '"الأمم المتحدة"') == [a]  # the phrase: only where they follow each other
    assert _ids(session, "«الأمم المتحدة»") == [a]
    assert _hits(session, '"الأمم المتحدة"') == [["الأمم المتحدة"]]


def test_exact_mode_matches_the_written_form(session: Session) -> None:
    a, b = _add(session, GOV), _add(session, GOV2)
    assert _ids(session, "والحكومة", exact=True) == [b]
    assert sorted(_ids(session, "الحكومة", exact=True)) == [a]
    assert _hits(session, "الحكومة", exact=True) == [["الحكومة", "الحكومةُ"]]
    assert _ids(session, "الحكومه", exact=True) == []  # ه is not ة when exact


def test_headline_and_source_are_searched_and_ranked_first(session: Session) -> None:
    body = _add(session, "عنوان عادي\nنص يذكر الطاقة مرة واحدة فقط بين كلمات كثيرة أخرى هنا وهناك.")
    head = _add(session, "الطاقة في العالم\nنص آخر عن أمور أخرى كثيرة لا علاقة لها بشيء.")
    src = _add(session, "عنوان ثالث\nكلام لا يذكر شيئا.", source="وكالة الطاقة")
    assert _ids(session, "الطاقة")[0] == head and set(_ids(session, "الطاقة")) == {head, src, body}
    assert src in _ids(session, "وكالة")
    r = session.library.search("الطاقة").results[0]
    assert r.title == "الطاقة في العالم" and r.source == "الجزيرة" and r.added


def test_snippet_is_around_the_first_hit_after_the_headline(session: Session) -> None:
    text = "الحكومة في العنوان\n" + "كلام " * 40 + "ثم الحكومة هنا " + "كلام " * 40
    aid = _add(session, text)
    r = session.library.search("الحكومة").results[0]
    assert r.article_id == aid and "ثم الحكومة هنا" in r.snippet
    assert text[r.snippet_start : r.snippet_start + len(r.snippet)] == r.snippet
    inside = [(s, e) for s, e in r.matches if s >= r.snippet_start]
    assert inside and text[inside[0][0] : inside[0][1]] == "الحكومة"


def test_offsets_are_code_points_with_emoji(session: Session) -> None:
    text = "عنوان 😀\n😀😀 قالت الحكومة 😀 إن"
    _add(session, text)
    (a, b), = session.library.search("حكومة").results[0].matches
    assert text[a:b] == "الحكومة"


def test_filters_source_starred_date_and_tag(session: Session) -> None:
    a = _add(session, GOV, source="الجزيرة")
    b = _add(session, GOV2, source="العربية")
    session.library.set_starred(b, True)
    session.tags.add([a], ["اقتصاد", "مهم"])
    assert _ids(session, "الحكومة", filters=Filters(source="العربية")) == [b]
    assert _ids(session, "الحكومة", filters=Filters(starred=True)) == [b]
    assert _ids(session, "الحكومة", filters=Filters(tags=("مهم",))) == [a]
    assert _ids(session, "الحكومة", filters=Filters(tags=("مهم", "غير"))) == []
    assert _ids(session, "الحكومة", filters=Filters(added_from="2999-01-01")) == []
    assert sorted(_ids(session, "الحكومة", filters=Filters(added_to="2999-01-01"))) == [a, b]


def test_index_follows_edit_delete_undo_and_purge(session: Session) -> None:
    a, b = _add(session, GOV), _add(session, OTHER)
    session.library.set_text(a, "قرار جديد\nلا شيء عن ذلك بعد اليوم بل عن الزراعة.")
    assert _ids(session, "الحكومة") == []
    assert _ids(session, "الزراعة") == [a]
    assert _ids(session, "قرار") == [a]
    session.library.set_text(a, GOV)  # the undo of an edit sets the old text back
    assert _ids(session, "الحكومة") == [a] and _ids(session, "الزراعة") == []
    session.library.update_meta(a, source="رويترز")
    assert _ids(session, "رويترز") == [a] and _ids(session, "الجزيرة") == [b]
    session.library.update_meta(a, title="عنوان مختلف")
    assert _ids(session, "مختلف") == [a] and _ids(session, "قرار") == []
    session.library.delete([a])
    assert _ids(session, "الحكومة") == [] and session.library.search("الحكومة").total == 0
    session.library.undelete([a])
    assert _ids(session, "الحكومة") == [a]
    session.library.delete([a])
    session.library.purge_deleted()
    assert _ids(session, "الحكومة") == []
    _add(session, GOV)  # imported again after the purge: found again
    assert len(_ids(session, "الحكومة")) == 1
    _assert_index_matches_a_fresh_build(session.db.conn)


def test_reimporting_a_deleted_article_brings_it_back_to_search(session: Session) -> None:
    a = _add(session, GOV)
    session.library.delete([a])
    assert _add(session, GOV) == a
    assert _ids(session, "الحكومة") == [a]
    _assert_index_matches_a_fresh_build(session.db.conn)


def _vocab(conn: sqlite3.Connection) -> list[tuple]:
    conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.v USING fts5vocab(main, search_fts, 'instance')")
    return conn.execute("SELECT term, doc, col, offset FROM temp.v ORDER BY 1, 2, 3, 4").fetchall()


def _assert_index_matches_a_fresh_build(conn: sqlite3.Connection) -> None:
    from qari.core.search.index import fill

    live = _vocab(conn)
    conn.execute("BEGIN")
    conn.execute("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")
    fill(conn)
    fresh = _vocab(conn)
    conn.execute("ROLLBACK")
    assert live == fresh


def test_an_existing_library_is_indexed_by_its_migration_with_progress(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0])
    conn.executescript(MIGRATIONS[1])
    for i in range(450):
        conn.execute("INSERT INTO articles (hash, title, text, source, added) VALUES (?, ?, ?, 'و', '2026-01-01')",
                     (f"h{i}", f"عنوان {i}", f"عنوان {i}\nقالت الحكومة شيئا رقم {i}."))
    conn.execute("INSERT INTO articles (hash, title, text, added, deleted) VALUES ('x', 'محذوف', 'محذوف', 'd', 'd')")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    told: list[tuple[str, int, int]] = []
    db = Database.open(path, progress=lambda label, done, total: told.append((label, done, total)))
    assert db.report.backup is not None and db.report.migrated_from == 2
    assert db.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert told[-1][1:] == (450, 450) and len(told) >= 3 and told[0][0]
    db.close()
    s = Session.open(tmp_path, seed_sample=False)
    assert s.library.search("الحكومة").total == 450
    assert s.library.search("محذوف").total == 0
    s.close()


def test_a_failed_indexing_migration_leaves_the_old_library(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "library.db"
    conn = sqlite3.connect(path)
    conn.executescript(MIGRATIONS[0] + MIGRATIONS[1])
    conn.execute("INSERT INTO articles (hash, title, text, added) VALUES ('h', 't', 'نص', 'd')")
    conn.execute("PRAGMA user_version=2")
    conn.commit()
    conn.close()
    step = next(m for m in MIGRATIONS if isinstance(m, Step))

    def boom(c, progress):
        raise RuntimeError("disk gone")

    import qari.core.store.db as dbmod

    monkeypatch.setattr(dbmod, "MIGRATIONS", [*MIGRATIONS[:2], Step(step.sql, boom, step.label), *MIGRATIONS[3:]])
    with pytest.raises(RuntimeError):
        Database.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 2
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'search_fts'").fetchone()[0] == 0
    conn.close()


def test_notes_and_highlights_are_searched_when_asked(session: Session) -> None:
    a, b = _add(session, GOV), _add(session, OTHER)
    session.annotations.add_highlight(b, 0, 5, note="ملاحظة عن الزراعة")
    assert _ids(session, "الزراعة") == []
    assert _ids(session, "الزراعة", notes=True) == [b]
    res = session.library.search("الزراعة", notes=True)
    assert res.total == 1 and res.results[0].in_notes
    assert _ids(session, "الحكومة", notes=True) == [a]


def test_tags_add_remove_and_saved_searches(session: Session) -> None:
    a, b = _add(session, GOV), _add(session, OTHER)
    added = session.tags.add([a, b], ["مهم", " مهم ", "اقتصاد"])
    assert sorted(added) == sorted([(a, "مهم"), (b, "مهم"), (a, "اقتصاد"), (b, "اقتصاد")])
    assert session.tags.all() == [("اقتصاد", 2), ("مهم", 2)]
    removed = session.tags.remove([b], ["مهم"])
    assert removed == [(b, "مهم")] and session.tags.of(b) == ["اقتصاد"]
    session.tags.restore(removed, present=True)  # undo of the removal
    assert session.tags.of(b) == ["اقتصاد", "مهم"]
    session.tags.restore(added, present=False)  # undo of the addition
    assert session.tags.all() == []
    saved = session.saved_searches.save("حكومات", "الحكومة", {"tags": [], "exact": False})
    assert [s.name for s in session.saved_searches.all()] == ["حكومات"]
    got = session.saved_searches.get("حكومات")
    assert got is not None and session.library.search(got.query, **search_options(got.options)).total == 1
    session.saved_searches.delete("حكومات")
    assert session.saved_searches.all() == []
    session.saved_searches.restore(saved)
    assert session.saved_searches.get("حكومات") == saved
