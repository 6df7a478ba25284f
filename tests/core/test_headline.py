"""The headline guess for text files and pastes: a first line is the headline only if it looks like
one; otherwise the headline is the first words and "…", and the whole text stays the body."""

from __future__ import annotations

from qari.core.importers import from_clipboard, import_bytes

BODY = ("اختتمت قمة المناخ أعمالها اليوم بعد أسبوعين من المفاوضات الصعبة بين الدول المشاركة، "
        "وقال رئيس القمة إن الاتفاق خطوة مهمة نحو خفض الانبعاثات في العقد المقبل. "
        "وأضاف أن الدول الغنية وعدت بزيادة التمويل المخصص للدول النامية.")


def _txt(text: str):
    return import_bytes(text.encode("utf-8"), "a.txt")


def test_a_short_first_line_followed_by_text_is_the_headline() -> None:
    article = _txt("قمة المناخ تختتم أعمالها باتفاق على خفض الانبعاثات\n\n" + BODY)
    assert article.title == "قمة المناخ تختتم أعمالها باتفاق على خفض الانبعاثات"
    assert article.text.split("\n")[1] == BODY


def test_a_question_or_exclamation_can_be_a_headline() -> None:
    assert _txt("هل تنجح المفاوضات في جنيف؟\n" + BODY).title == "هل تنجح المفاوضات في جنيف؟"


def test_a_one_paragraph_text_gets_its_first_words_and_keeps_every_word_as_body() -> None:
    article = _txt(BODY)
    assert article.title == "اختتمت قمة المناخ أعمالها اليوم بعد أسبوعين من…"
    assert article.text.split("\n")[1:] == [BODY]
    assert len(article.title.split()) <= 8


def test_a_first_line_that_is_a_sentence_with_a_full_stop_is_body() -> None:
    first = "أعلنت الحكومة اليوم عن خطة جديدة للطاقة."
    article = _txt(first + "\n" + BODY)
    assert article.title == "أعلنت الحكومة اليوم عن خطة جديدة للطاقة…"
    assert article.text.split("\n")[1:] == [first, BODY]


def test_a_first_line_of_two_sentences_or_over_25_words_is_body() -> None:
    two = "وصل الوفد إلى القاهرة. وبدأت المحادثات على الفور"
    assert _txt(two + "\n" + BODY).text.split("\n")[1] == two
    long_line = " ".join(["كلمة"] * 26)
    article = _txt(long_line + "\n" + BODY)
    assert article.title.endswith("…") and article.text.split("\n")[1] == long_line


def test_a_made_up_headline_stops_at_the_end_of_a_clause_of_three_words_or_more() -> None:
    said = _txt("قال الوزير للصحفيين: «لن نتراجع عن موقفنا مهما كان الثمن» ثم غادر القاعة دون أن يضيف شيئا.")
    assert said.title == "قال الوزير للصحفيين…"
    short_clause = _txt("في جنيف، اجتمع الوزراء طوال الليل دون أن يتفقوا على شيء يذكر في النهاية.")
    assert short_clause.title == "في جنيف، اجتمع الوزراء طوال الليل دون أن…"


def test_a_paste_follows_the_same_rule() -> None:
    assert from_clipboard(BODY, None).title.endswith("…")
    assert from_clipboard("عنوان قصير\n" + BODY, None).title == "عنوان قصير"


def test_a_few_words_alone_are_their_own_headline() -> None:
    assert _txt("مرحبا بكم").text == "مرحبا بكم"


def test_english_works_the_same_way() -> None:
    assert _txt("Talks resume in Geneva\nThe delegations met on Monday.").title == "Talks resume in Geneva"
    body = "The delegations met on Monday and talked for nine hours without a break, officials said."
    assert _txt(body).title == "The delegations met on Monday and talked for…"


def test_a_made_up_headline_does_not_count_its_names_twice() -> None:
    from qari.core.extract import extract

    article = _txt("قال الرئيس الروسي فلاديمير بوتين إن روسيا مستعدة للحوار مع أوكرانيا دون شروط مسبقة.")
    assert article.title.endswith("…") and "بوتين" in article.title
    putin = [e for e in extract(article).entities if "بوتين" in e.name]
    assert putin and len(putin[0].mentions) == 1
    assert all(m.start > len(article.title) for m in putin[0].mentions)


def test_two_dots_or_a_question_mark_inside_a_short_line_still_make_a_headline() -> None:
    quoted = '"لن نقبل بتأجيل المباراة".. مدرب الفريق ينتقد قرار الاتحاد'
    assert _txt(quoted + "\n" + BODY).title == quoted
    asked = "هل تصمد الهدنة؟ محللون يجيبون"
    assert _txt(asked + "\n" + BODY).title == asked
