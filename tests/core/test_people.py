"""People across the library: names linked across articles, the reader's merges and splits,
quotations by speaker, and their export with citations."""

import csv
import io
import json
from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.extract import EXTRACTOR_VERSION
from qari.core.people.export import export_quotes
from qari.core.people.link import Occurrence, link, name_key
from qari.core.session import Session


def test_name_keys_fold_spelling_variants_of_long_names_only() -> None:
    assert name_key("ترامب") == name_key("ترمب")
    assert name_key("دونالد ترامب") == name_key("دونالد ترمب")
    assert name_key("زيلينسكي") == name_key("زيلنسكي")
    assert name_key("بوتينَ") == name_key("بوتين")
    assert name_key("عمر") != name_key("عمار")
    assert name_key("سلمان") != name_key("سليمان")


def _occ(aid: int, name: str, aliases=(), typ="PER", eid="e1", quotes=0) -> Occurrence:
    return Occurrence(aid, eid, typ, name, [name, *aliases], 1, quotes, 0)


def test_short_and_variant_forms_join_the_one_full_name() -> None:
    people = link([
        _occ(1, "دونالد ترامب", ["ترامب"]),
        _occ(2, "ترمب"),
        _occ(3, "ترامب"),
        _occ(4, "دونالد ترمب"),
        _occ(5, "فلاديمير بوتين", ["بوتين"]),
        _occ(6, "بوتين"),
    ])
    names = {p.name: p.article_ids for p in people}
    assert names == {"دونالد ترامب": [1, 2, 3, 4], "فلاديمير بوتين": [5, 6]}


def test_a_short_form_two_full_names_share_stays_apart() -> None:
    people = link([
        _occ(1, "محمد بن سلمان"), _occ(2, "محمد عباس"), _occ(3, "محمد"),
        _occ(4, "عباس"),
    ])
    by_name = {p.name: p.article_ids for p in people}
    assert by_name["محمد"] == [3]  # ambiguous: not glued to either
    assert by_name["محمد عباس"] == [2, 4]


def test_types_are_not_mixed_and_fifty_articles_make_one_entry() -> None:
    occ = [_occ(i, "نتنياهو" if i % 2 else "بنيامين نتنياهو") for i in range(1, 51)]
    occ.append(_occ(99, "نتنياهو", typ="ORG"))
    people = link(occ)
    per = [p for p in people if p.type == "PER"]
    assert len(per) == 1 and len(per[0].article_ids) == 50 and per[0].name == "بنيامين نتنياهو"
    assert set(per[0].aliases) == {"نتنياهو", "بنيامين نتنياهو"}


def test_merges_and_splits_are_applied_last() -> None:
    occ = [_occ(1, "أبو مازن"), _occ(2, "محمود عباس", ["عباس"]), _occ(3, "عباس")]
    assert len(link(occ)) == 2
    merged = link(occ, merges=[("PER:" + name_key("أبو مازن"), "PER:" + name_key("محمود عباس"))])
    assert len(merged) == 1 and merged[0].article_ids == [1, 2, 3]
    split = link(occ, splits=["PER:" + name_key("عباس")])
    assert sorted(p.article_ids for p in split) == [[1], [2], [3]]


# -- through the library ------------------------------------------------------------------------------
def _extraction(entities, quotes=(), statements=()) -> dict:
    ents = [{"id": f"e{i}", "name": n, "type": t, "aliases": [n, *al],
             "mentions": [{"start": 0, "end": 1, "text": n}] * m} for i, (n, t, al, m) in enumerate(entities, 1)]
    q = [{"text": t, "start": s, "end": s + len(t), "speaker": sp, "speaker_entity": e, "cue": None, "kind": "direct"}
         for t, s, sp, e in quotes]
    st = [{"text": t, "start": s, "end": s + len(t), "speaker": sp, "speaker_entity": e, "cue": "قال",
           "kind": "reported"} for t, s, sp, e in statements]
    return {"quotes": q, "statements": st, "entities": ents}


@pytest.fixture
def lib(tmp_path: Path) -> Session:
    s = Session.open(tmp_path, seed_sample=False)
    texts = [
        ("قمة\nقال دونالد ترامب إن «السلام قريب». وأضاف ترامب كلاما.", _extraction(
            [("دونالد ترامب", "PER", ["ترامب"], 2), ("البيت الأبيض", "ORG", [], 1)],
            [("السلام قريب", 27, "دونالد ترامب", "e1")])),
        ("رد\nقال ترمب: «لن نتراجع».", _extraction([("ترمب", "PER", [], 1)], [("لن نتراجع", 12, "ترمب", "e1")])),
        ("بيان\nقال ترامب إن الاتفاق ممكن.", _extraction([("ترامب", "PER", [], 1)], (),
                                                    [("الاتفاق ممكن", 14, "ترامب", "e1")])),
        ("آخر\nقال مسؤول: «لا تعليق».", _extraction([], [("لا تعليق", 12, "مسؤول", None)])),
    ]
    for text, data in texts:
        aid = s.library.add(Article.from_text(text, source="وكالة")).id
        s.library.cache_extraction(aid, EXTRACTOR_VERSION, data)
    yield s
    s.close()


def test_library_people_have_counts_and_stable_ids(lib: Session) -> None:
    assert lib.people.ensure_current()
    per = lib.people.all("PER")
    trump = next(p for p in per if p.name == "دونالد ترامب")
    assert trump.articles == [1, 2, 3] and trump.quotes == 2 and trump.statements == 1 and trump.mentions == 4
    assert set(trump.aliases) >= {"ترامب", "ترمب", "دونالد ترامب"}
    assert [p.name for p in lib.people.all("ORG")] == ["البيت الأبيض"]
    lib.people.rebuild()
    assert lib.people.get(trump.id).name == "دونالد ترامب"  # the same id after a rebuild
    assert not lib.people.ensure_current()


def test_quotes_by_any_written_form_of_the_speaker(lib: Session) -> None:
    lib.people.ensure_current()
    for form in ("ترمب", "ترامب", "دونالد ترامب", "دونالد ترمب"):
        got = lib.people.quotes(speaker=form)
        assert sorted((q.article_id, q.kind) for q in got) == [(1, "direct"), (2, "direct"), (3, "reported")]
    trump = lib.people.find("ترمب")
    assert len(trump) == 1
    only_two = lib.people.quotes(person_ids=trump, article_id=2)
    assert [q.text for q in only_two] == ["لن نتراجع"] and only_two[0].person_id == trump[0]
    assert only_two[0].title == "رد" and only_two[0].source == "وكالة"


def test_the_readers_merge_and_split_persist_across_rebuilds_and_imports(lib: Session) -> None:
    lib.people.ensure_current()
    trump = lib.people.find("ترامب")[0]
    house = next(p for p in lib.people.all("ORG") if p.name == "البيت الأبيض")
    rule = lib.people.split(trump, "ترمب")
    assert rule is not None
    apart, full = lib.people.find("ترمب")[0], lib.people.find("دونالد ترامب")[0]
    assert apart != full and lib.people.get(apart).articles == [2, 3] and lib.people.get(full).articles == [1]
    aid = lib.library.add(Article.from_text("جديد\nترمب مرة أخرى.")).id  # a later import
    lib.library.cache_extraction(aid, EXTRACTOR_VERSION, _extraction([("ترمب", "PER", [], 1)]))
    lib.people.ensure_current()
    split_off = lib.people.get(lib.people.find("ترمب")[0])
    assert split_off.articles == [2, 3, aid]  # still apart
    lib.people.undo_rule(rule)
    assert lib.people.find("ترمب") == lib.people.find("دونالد ترامب") and len(lib.people.find("ترمب")) == 1
    merge = lib.people.merge(house.id, lib.people.find("ترامب")[0])
    assert merge is not None
    assert len({p.type for p in lib.people.all() if "البيت الأبيض" in p.aliases}) == 1
    reopened = Session.open(lib.data_dir, seed_sample=False)
    reopened.people.rebuild()
    merged = reopened.people.get(reopened.people.find("ترامب")[0])
    assert "البيت الأبيض" in merged.aliases
    reopened.close()


def test_edits_and_deletes_keep_the_people_in_step(lib: Session) -> None:
    lib.people.ensure_current()
    lib.library.delete([2])
    assert lib.people.dirty()
    lib.people.ensure_current()
    assert lib.people.get(lib.people.find("ترامب")[0]).articles == [1, 3]
    lib.library.undelete([2])
    lib.people.ensure_current()
    assert lib.people.get(lib.people.find("ترامب")[0]).articles == [1, 2, 3]
    lib.library.set_text(3, "بيان\nلا أحد هنا.")
    lib.people.ensure_current()
    assert lib.people.get(lib.people.find("ترامب")[0]).articles == [1, 2]


def test_an_unnamed_speaker_description_is_not_a_person(lib: Session) -> None:
    lib.people.ensure_current()
    assert all(p.name != "البيان" for p in lib.people.all())
    assert len(lib.people.quotes(speaker="مسؤول")) == 1


def test_export_with_citations_in_three_formats(lib: Session) -> None:
    lib.people.ensure_current()
    quotes = lib.people.quotes(speaker="ترامب")
    md = export_quotes(quotes, "md", name="دونالد ترامب")
    assert md.startswith("# دونالد ترامب") and "## قمة" in md and "«السلام قريب»" in md and '"قمة"' in md
    rows = list(csv.reader(io.StringIO(export_quotes(quotes, "csv", name="دونالد ترامب"))))
    assert rows[0][:4] == ["Quote", "Kind", "Speaker", "Headline"] and len(rows) == 4
    data = json.loads(export_quotes(quotes, "json", name="دونالد ترامب"))
    assert data["person"] == "دونالد ترامب" and all("citation" in q and "start" in q for q in data["quotes"])


def test_real_extraction_links_one_story_across_outlets(tmp_path: Path) -> None:
    from qari.core.importing import import_paths
    from qari.core.store.people import extract_missing

    dev = Path(__file__).resolve().parents[3] / "shared" / "eval" / "dev"
    if not dev.is_dir():
        pytest.skip("no ../shared/eval/dev")
    s = Session.open(tmp_path, seed_sample=False)
    list(import_paths(s.library, [dev / f"{n}.txt" for n in (17, 18, 19, 20)]))
    assert extract_missing(s.library) == 4
    s.people.ensure_current()
    bibi = s.people.find("نتنياهو")
    assert len(bibi) == 1
    person = s.people.get(bibi[0])
    assert len(person.articles) >= 3 and person.quotes >= 3
    s.close()


def test_quotes_follow_the_readers_speaker_corrections(lib: Session) -> None:
    lib.people.ensure_current()
    q = next(q for q in lib.people.quotes(speaker="ترمب") if q.article_id == 2)
    old, new = lib.corrections.correct(2, "speaker", "direct", q.start, q.end, "فلاديمير بوتين")
    assert lib.people.dirty()
    lib.people.ensure_current()
    moved = lib.people.quotes(speaker="فلاديمير بوتين")
    assert [(x.article_id, x.text, x.speaker) for x in moved] == [(2, "لن نتراجع", "فلاديمير بوتين")]
    assert all(x.article_id != 2 for x in lib.people.quotes(speaker="ترمب"))
    lib.corrections.undo(old, new)
    lib.people.ensure_current()
    assert lib.people.quotes(speaker="فلاديمير بوتين") == []
    assert any(x.article_id == 2 for x in lib.people.quotes(speaker="ترمب"))


def test_reading_the_library_stops_inside_a_long_article_when_cancelled(tmp_path: Path) -> None:
    """Closing the window while the People reading is in a long article: it stops there (the
    window waited for the whole article), and that article is read again next time."""
    from qari.core.article import Article
    from qari.core.store.people import extract_missing

    s = Session.open(tmp_path, seed_sample=False)
    body = "\n\n".join(f"قال الوزير محمد العلي في المؤتمر رقم {i} إن «الوضع صعب»." for i in range(400))
    s.library.add(Article(text="تقرير طويل\n\n" + body))
    asked: list[int] = []

    def cancelled() -> bool:  # the window closes once the extractor has asked a few times
        asked.append(1)
        return len(asked) > 3

    assert extract_missing(s.library, cancelled=cancelled) == 0
    assert len(asked) < 50  # it stopped inside the article, not after its 400 paragraphs
    assert extract_missing(s.library) == 1  # nothing was cached: the next run reads it
    s.close()
