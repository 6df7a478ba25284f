from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.session import Session
from qari.core.store.annotations import BOOKMARK, COLOR_NAMES, COLORS, Annotations, color_hex
from qari.core.store.db import Database
from qari.core.store.library import Library

TEXT = (
    "كيم جونغ يقدم لبوتين الدعم الكامل\n"
    "عرض كيم جونغ أون على فلاديمير بوتين دعمه للمعركة التي تخوضها روسيا ضد الغرب.\n"
    "والتقى زعيما كوريا الشمالية وروسيا يوم الأربعاء في قاعدة فضائية في أقصى شرق روسيا."
)
PHRASE = "في قاعدة فضائية"


@pytest.fixture
def session(data_dir: Path):
    s = Session.open(data_dir, seed_sample=False)
    yield s
    s.close()


@pytest.fixture
def aid(session: Session) -> int:
    return session.library.add(Article.from_text(TEXT, source="https://example.com/kim")).id


def _highlight(session: Session, aid: int, phrase: str = PHRASE, **kw):
    i = TEXT.index(phrase)
    return session.annotations.add_highlight(aid, i, i + len(phrase), **kw)


def test_at_least_five_named_colours_with_light_and_dark_values() -> None:
    assert len(COLORS) >= 5 and COLOR_NAMES[:5] == ("yellow", "green", "blue", "pink", "purple")
    for c in COLORS:
        assert c.light.startswith("#") and c.dark.startswith("#") and c.light != c.dark
    assert color_hex("blue", dark=True) == COLORS[2].dark


def test_a_highlight_is_stored_with_its_quote_note_and_tags(session: Session, aid: int) -> None:
    a = _highlight(session, aid, color="green", note=" مهم ", tags=["روسيا", " كوريا ", "روسيا", "a,b"])
    got = session.annotations.get(a.uuid)
    assert got == a
    assert a.exact == PHRASE and a.color == "green" and a.note == "مهم"
    assert a.tags == ("روسيا", "كوريا", "a b")
    assert session.annotations.for_article(aid) == [a]


def test_bad_input_is_refused(session: Session, aid: int) -> None:
    with pytest.raises(ValueError):
        session.annotations.add_highlight(aid, 5, 5)
    with pytest.raises(ValueError):
        session.annotations.add_highlight(aid, 0, 4, color="beige")
    with pytest.raises(ValueError):
        session.annotations.add_highlight(aid, 0, len(TEXT) + 3)
    with pytest.raises(ValueError):
        session.annotations.add_highlight(999, 0, 3)
    assert session.annotations.count() == 0


def test_update_returns_old_and_new_and_restore_undoes_it(session: Session, aid: int) -> None:
    a = _highlight(session, aid)
    old, new = session.annotations.update(a.uuid, color="pink", note="ملاحظة", tags=["قمة"])
    assert old == a and (new.color, new.note, new.tags) == ("pink", "ملاحظة", ("قمة",))
    assert session.annotations.get(a.uuid) == new
    session.annotations.restore(old)  # undo
    assert session.annotations.get(a.uuid) == a
    session.annotations.restore(new)  # redo
    assert session.annotations.get(a.uuid) == new


def test_delete_returns_the_record_and_restore_brings_back_the_same_uuid(session: Session, aid: int) -> None:
    a = _highlight(session, aid, note="n", tags=["t"])
    removed = session.annotations.delete(a.uuid)
    assert removed == a and session.annotations.get(a.uuid) is None
    assert session.annotations.restore(removed) == a
    assert session.annotations.for_article(aid) == [a]
    with pytest.raises(KeyError):
        session.annotations.delete("no-such-uuid")


def test_bookmarks_and_highlights_are_listed_in_text_order(session: Session, aid: int) -> None:
    late = _highlight(session, aid, "أقصى شرق روسيا")
    mark = session.annotations.add_bookmark(aid, TEXT.index("والتقى"), note="هنا")
    early = _highlight(session, aid, "كيم جونغ أون")
    assert [a.uuid for a in session.annotations.for_article(aid)] == [early.uuid, mark.uuid, late.uuid]
    assert mark.kind == BOOKMARK and mark.start == mark.end and mark.note == "هنا"
    assert session.annotations.for_article(aid, kind=BOOKMARK) == [mark]


def test_starring_an_article_is_kept_and_undone(session: Session, aid: int) -> None:
    session.library.set_starred(aid, True)
    assert session.library.summary(aid).starred  # type: ignore[union-attr]
    session.library.set_starred(aid, False)
    assert not session.library.summary(aid).starred  # type: ignore[union-attr]


def test_editing_the_text_moves_highlights_and_orphans_lost_ones(session: Session, aid: int) -> None:
    moved = _highlight(session, aid)
    lost = _highlight(session, aid, "دعمه للمعركة التي تخوضها روسيا")
    new_text = TEXT.replace("عرض كيم", "وفي خطوة لافتة عرض كيم").replace(" دعمه للمعركة التي تخوضها روسيا", "")
    session.library.set_text(aid, new_text)
    got = session.annotations.get(moved.uuid)
    assert got is not None and not got.orphaned
    assert new_text[got.start:got.end] == PHRASE and got.start != moved.start
    assert [o.uuid for o in session.annotations.orphans(aid)] == [lost.uuid]
    assert session.annotations.orphans(aid)[0].exact == lost.exact  # kept with its text
    assert [a.uuid for a in session.annotations.for_article(aid)] == [moved.uuid]
    # Undoing the edit brings the orphan back.
    session.library.set_text(aid, TEXT)
    assert session.annotations.orphans(aid) == []
    assert session.annotations.get(lost.uuid) == lost


def test_an_orphan_can_be_reattached_and_the_reattach_undone(session: Session, aid: int) -> None:
    a = _highlight(session, aid, "دعمه للمعركة")
    session.library.set_text(aid, TEXT.replace("دعمه للمعركة ", ""))
    orphan = session.annotations.orphans(aid)[0]
    text = session.library.get(aid).text  # type: ignore[union-attr]
    i = text.index("روسيا ضد")
    old, new = session.annotations.reattach(a.uuid, i, i + 5)
    assert old == orphan and not new.orphaned and new.exact == "روسيا"
    assert session.annotations.orphans(aid) == []
    session.annotations.restore(old)
    assert session.annotations.orphans(aid) == [orphan]


def test_restore_after_the_text_changed_reanchors(session: Session, aid: int) -> None:
    a = session.annotations.delete(_highlight(session, aid).uuid)
    session.library.set_text(aid, "مقدمة\n" + TEXT)
    back = session.annotations.restore(a)
    text = session.library.get(aid).text  # type: ignore[union-attr]
    assert text[back.start:back.end] == PHRASE and back.uuid == a.uuid


def test_search_is_library_wide_and_ignores_diacritics(session: Session, aid: int) -> None:
    other = session.library.add(Article.from_text("مقال آخر\nالرئيس الروسي يتحدث")).id
    a = _highlight(session, aid, note="قاعدة فوستوشني", tags=["فضاء"], color="blue")
    b = session.annotations.add_highlight(other, 9, 15, tags=["سياسة"])
    hits = session.annotations.search(text="الرَّئيس")
    assert [(h.annotation.uuid, h.title) for h in hits] == [(b.uuid, "مقال آخر")]
    assert [h.annotation.uuid for h in session.annotations.search(text="فوستوشني")] == [a.uuid]
    assert [h.annotation.uuid for h in session.annotations.search(tag="فضاء")] == [a.uuid]
    assert [h.annotation.uuid for h in session.annotations.search(color="blue")] == [a.uuid]
    assert session.annotations.all_tags() == sorted(["فضاء", "سياسة"])


def test_each_change_is_committed_when_made(tmp_path: Path) -> None:
    path = tmp_path / "library.db"
    db = Database.open(path)
    aid = Library(db).add(Article.from_text(TEXT)).id
    a = Annotations(db).add_highlight(aid, 0, 3)
    other = Database.open(path)  # a second connection sees it without any close or commit
    assert Annotations(other).get(a.uuid) == a
    other.close()
    db.close()
