import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from qari.core.anchoring import CONTEXT, Selector, anchor, make_selector

TEXT = (
    "كيم جونغ يقدم لبوتين الدعم الكامل في معركة روسيا مع الغرب\n"
    "عرض كيم جونغ أون على فلاديمير بوتين دعمه للمعركة التي تخوضها روسيا ضد الغرب.\n"
    "والتقى زعيما كوريا الشمالية وروسيا يوم الأربعاء في قاعدة فضائية في أقصى شرق روسيا.\n"
    "وقال الخبراء إنها فشلت في وضع قمر صناعي للتجسس العسكري في مداره في الأشهر الأخيرة."
)
PHRASE = "في قاعدة فضائية في أقصى شرق روسيا"


def _sel(text: str = TEXT, phrase: str = PHRASE) -> Selector:
    start = text.index(phrase)
    return make_selector(text, start, start + len(phrase))


def _anchored_text(sel: Selector, new_text: str) -> tuple[str, str]:
    found = anchor(sel, new_text)
    assert found is not None
    return new_text[found.start:found.end], found.method


def test_selector_keeps_the_quote_and_32_code_points_of_context() -> None:
    sel = _sel()
    assert sel.exact == PHRASE
    assert len(sel.prefix) == CONTEXT and len(sel.suffix) == CONTEXT
    assert TEXT[sel.start - CONTEXT:sel.start] == sel.prefix
    with pytest.raises(ValueError):
        make_selector(TEXT, 5, len(TEXT) + 1)


def test_unchanged_text_anchors_by_position() -> None:
    found = anchor(_sel(), TEXT)
    assert found is not None and found.method == "position" and found.score == 1.0


def test_insertion_after_the_highlight_keeps_the_position() -> None:
    sel = _sel()
    new = TEXT.replace("الأشهر الأخيرة", "الأشهر الستة الأخيرة")
    found = anchor(sel, new)
    assert found is not None and (found.start, found.end, found.method) == (sel.start, sel.end, "position")


def test_insertion_before_the_highlight_moves_it_by_the_quote() -> None:
    sel = _sel()
    new = "عاجل: " + TEXT
    found = anchor(sel, new)
    assert found is not None and found.method == "quote"
    assert (found.start, found.end) == (sel.start + 6, sel.end + 6)


def test_insertion_inside_the_highlight_widens_it_by_fuzzy_match() -> None:
    sel = _sel()
    new = TEXT.replace("قاعدة فضائية في", "قاعدة فضائية روسية في")
    got, method = _anchored_text(sel, new)
    assert method == "fuzzy"
    assert got == "في قاعدة فضائية روسية في أقصى شرق روسيا"


def test_deleting_the_highlighted_text_orphans_it() -> None:
    sel = _sel()
    new = TEXT.replace(" " + PHRASE, "")
    assert anchor(sel, new) is None


def test_deleting_a_highlighted_word_does_not_jump_to_the_same_word_elsewhere() -> None:
    text = "ذهب الرئيس إلى موسكو أمس\nثم عاد الرئيس إلى بيونغ يانغ اليوم"
    start = text.index("الرئيس", 15)
    sel = make_selector(text, start, start + len("الرئيس"))
    new = text.replace("ثم عاد الرئيس إلى", "ثم عاد إلى")
    assert anchor(sel, new) is None


def test_deleting_context_keeps_the_highlight() -> None:
    sel = _sel()
    new = TEXT.replace("زعيما كوريا الشمالية وروسيا يوم الأربعاء ", "").replace(" للتجسس العسكري", "")
    got, _ = _anchored_text(sel, new)
    assert got == PHRASE


def test_a_repeated_quote_is_found_where_its_context_agrees() -> None:
    text = "قال بوتين إن روسيا قوية. ثم قال كيم إن روسيا قوية أيضا. وقال خبير إن روسيا قوية جدا."
    i = text.index("إن روسيا قوية", text.index("كيم"))
    sel = make_selector(text, i, i + len("إن روسيا قوية"))
    new = "خبر: " + text
    found = anchor(sel, new)
    assert found is not None and found.start == i + 5 and found.method == "quote"


def test_a_highlight_on_an_unvocalised_word_survives_vocalisation() -> None:
    text = "قال الرئيس الروسي إن المحادثات مثمرة"
    i = text.index("الرئيس")
    sel = make_selector(text, i, i + len("الرئيس"))
    new = "قالَ الرَّئِيسُ الرُّوسِيُّ إنَّ المُحادَثاتِ مُثمِرةٌ"
    got, method = _anchored_text(sel, new)
    assert got == "الرَّئِيسُ" and method == "quote"


def test_a_highlight_on_a_vocalised_phrase_survives_removing_the_tashkeel() -> None:
    text = "قالَ الرَّئِيسُ الرُّوسِيُّ إنَّ المُحادَثاتِ مُثمِرةٌ"
    i = text.index("الرُّوسِيُّ")
    sel = make_selector(text, i, i + len("الرُّوسِيُّ إنَّ"))
    new = "قال الرئيس الروسي إن المحادثات مثمرة"
    got, _ = _anchored_text(sel, new)
    assert got == "الروسي إن"


def test_an_emoji_before_the_highlight_counts_as_one_code_point() -> None:
    sel = _sel()
    new = "🔥 " + TEXT
    found = anchor(sel, new)
    assert found is not None and found.start == sel.start + 2
    assert new[found.start:found.end] == PHRASE


def test_emoji_inside_the_text_keeps_offsets_in_code_points() -> None:
    text = "عنوان 🇷🇺 الخبر\nقال بوتين 👍 إن القمة ناجحة"
    i = text.index("إن القمة")
    sel = make_selector(text, i, i + len("إن القمة"))
    new = text.replace("👍", "👍👍")
    found = anchor(sel, new)
    assert found is not None and (found.start, found.end) == (i + 1, i + 1 + len("إن القمة"))


def test_a_bookmark_follows_the_text_after_it() -> None:
    i = TEXT.index("والتقى")
    sel = make_selector(TEXT, i, i)
    assert anchor(sel, TEXT) == anchor(sel, TEXT) and anchor(sel, TEXT).start == i  # type: ignore[union-attr]
    new = "مقدمة جديدة للمقال\n" + TEXT
    found = anchor(sel, new)
    assert found is not None and found.start == found.end == i + len("مقدمة جديدة للمقال\n")


def test_a_fuzzy_match_must_be_close_enough() -> None:
    sel = _sel()
    new = TEXT.replace(PHRASE, "في مكان ما بعيد جدا عن كل شيء")
    assert anchor(sel, new) is None


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="ابتثجحخدذرزسشصضطظعغفقكلمنهوي ", min_size=0, max_size=40), st.integers(0, 200))
def test_any_insertion_outside_the_highlight_keeps_its_exact_text(insert: str, where: int) -> None:
    sel = _sel()
    where = where % (len(TEXT) + 1)
    if sel.start < where < sel.end:
        return
    new = TEXT[:where] + insert + TEXT[where:]
    found = anchor(sel, new)
    assert found is not None
    assert new[found.start:found.end] == PHRASE


def test_a_one_word_highlight_follows_its_word_when_text_is_added_before() -> None:
    i = TEXT.index("الخبراء")
    sel = make_selector(TEXT, i, i + len("الخبراء"))
    new = TEXT.replace("عرض كيم", "في خطوة لافتة عرض كيم")
    found = anchor(sel, new)
    assert found is not None and new[found.start:found.end] == "الخبراء"
    assert found.start == i + len("في خطوة لافتة ")


def test_deleted_words_do_not_jump_to_a_similar_phrase_elsewhere() -> None:
    text = (
        "وسط تحذيرات من أن كيم يستعد لتقديم قذائف مدفعية للكرملين وذخائر أخرى للحرب في أوكرانيا. "
        "ومن المتوقع أن تستغل روسيا محادثات الأربعاء للحصول على قذائف مدفعية وصواريخ مضادة للدبابات."
    )
    start = text.index("قذائف مدفعية للكرملين")
    sel = make_selector(text, start, start + len("قذائف مدفعية للكرملين"))
    edited = text.replace("لتقديم قذائف مدفعية للكرملين وذخائر", "لتقديم ذخائر")
    assert anchor(sel, edited) is None
