"""Direct quotations and reported statements: speakers, cues, offsets, scare quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.extract import Extraction, extract

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "articles"
SAMPLE = Path(__file__).resolve().parents[2] / "resources" / "samples" / "kim-putin-vostochny.txt"


def run(text: str) -> tuple[Article, Extraction]:
    article = Article.from_text(text)
    return article, extract(article)


def fixture(name: str) -> tuple[Article, Extraction]:
    return run((FIXTURES / name).read_text(encoding="utf-8"))


def quote(ex: Extraction, starts: str):
    return next(q for q in ex.quotes if q.text.startswith(starts))


def assert_offsets(article: Article, ex: Extraction) -> None:
    for q in ex.quotes + ex.statements:
        assert article.text[q.start : q.end] == q.text
    for e in ex.entities:
        for m in e.mentions:
            assert article.text[m.start : m.end] == m.text


@pytest.mark.parametrize("name", ["gaza-ceasefire.txt", "climate-summit.txt"])
def test_offsets_slice_the_text_exactly(name: str) -> None:
    assert_offsets(*fixture(name))


def test_quote_after_its_attribution_with_colon() -> None:
    _, ex = fixture("gaza-ceasefire.txt")
    q = quote(ex, "لا يمكن للمجتمع الدولي")
    assert q.speaker == "سامح شكري" and q.cue == "قال" and q.kind == "direct"
    assert q.speaker_entity == next(e.id for e in ex.entities if e.name == "سامح شكري")


def test_quote_before_its_attribution() -> None:
    _, ex = fixture("gaza-ceasefire.txt")
    assert quote(ex, "نحن نعمل ليلا").speaker == "عبير عطيفة"
    _, ex = fixture("climate-summit.txt")
    q = quote(ex, "علينا أن نضاعف")
    assert q.speaker == "شتيفي ليمكه" and q.cue == "أضافت"


def test_participle_cue_and_subjectless_continuation() -> None:
    _, ex = fixture("gaza-ceasefire.txt")
    assert quote(ex, "الطريق ما زال طويلا").speaker == "حسن نافعة"
    # «وتابع:» has no subject: it continues the last (masculine) speaker
    assert quote(ex, "لا أحد يريد").speaker == "حسن نافعة"


def test_unclosed_ascii_opener_ends_at_the_sentence_end() -> None:
    _, ex = fixture("gaza-ceasefire.txt")
    assert quote(ex, "لا أحد يريد").text == "لا أحد يريد أن يتحمل مسؤولية الفشل."


def test_scare_quotes_around_terms_are_not_speech() -> None:
    for name in ("gaza-ceasefire.txt", "climate-summit.txt"):
        _, ex = fixture(name)
        texts = {q.text for q in ex.quotes}
        assert not texts & {"هدنة إنسانية", "الوسطاء", "تاريخي", "خطوة مهمة"}


def test_ascii_quotes_are_paired_by_order() -> None:
    _, ex = run('عنوان\nقال الرئيس سمير حداد: "الوضع مستقر" ثم أضاف: "سنعلن النتائج غدا في مؤتمر".')
    assert [q.text for q in ex.quotes] == ["الوضع مستقر", "سنعلن النتائج غدا في مؤتمر"]
    assert {q.speaker for q in ex.quotes} == {"سمير حداد"}


def test_feminine_continuation_picks_the_feminine_speaker() -> None:
    text = ("عنوان\nوقالت الوزيرة ليلى خوري إن الخطة جاهزة.\nوقال المحلل الاقتصادي سامر نصار إن السوق قلقة.\n"
            "وأضافت: «سنبدأ التنفيذ الشهر المقبل في كل المحافظات».")
    _, ex = run(text)
    assert quote(ex, "سنبدأ التنفيذ").speaker == "ليلى خوري"


def test_reported_statements_with_sources() -> None:
    _, ex = fixture("gaza-ceasefire.txt")
    by_cue = {s.cue: s for s in ex.statements}
    assert by_cue["بحسب"].speaker == "وكالة رويترز"
    assert by_cue["أكدت"].speaker == "عبير عطيفة"
    assert by_cue["أضاف"].speaker == "سامح شكري"  # «وأضاف أن…» continues the last speaker
    _, ex = fixture("climate-summit.txt")
    assert any(s.cue == "ذكرت" and s.speaker == "وكالة فرانس برس" for s in ex.statements)
    _, ex = run("عنوان\nارتفعت أسعار النفط بنسبة كبيرة هذا الأسبوع، وفقا لوكالة الطاقة الدولية.")
    (st,) = ex.statements
    assert st.kind == "reported" and st.speaker == "وكالة الطاقة الدولية" and st.text.startswith("ارتفعت")


def test_sample_article_quotes_and_speakers() -> None:
    article, ex = run(SAMPLE.read_text(encoding="utf-8"))
    assert_offsets(article, ex)
    speakers = {q.text: q.speaker for q in ex.quotes}
    assert speakers["الآن نريد تطوير العلاقة بشكل أكبر"] == "كيم جونغ أون"
    # the unclosed opener of line 19 ends at its sentence end; «وأضاف» is Putin, not the
    # feminine speakers (الولايات المتحدة) of the paragraphs before it
    assert speakers["سنتحدث عن كل القضايا دون استعجال."] == "فلاديمير بوتين"
    assert speakers["هناك وقت"] == "فلاديمير بوتين"
    assert speakers["سوف تدفع الثمن"] == "الولايات المتحدة"
    assert "الدعم الكامل" not in speakers  # headline scare quote
    assert len(ex.quotes) == 9
    reported = {s.speaker for s in ex.statements}
    assert {"الخبراء", "وكالات الأنباء الروسية الرسمية", "سيمون ويزمان", "مايكل كوفمان"} <= reported


def test_two_reports_in_one_sentence_are_two_statements_and_a_quoted_complement_is_both() -> None:
    text = (
        "ماكرون يستقبل شولتس\n"
        "وقال الرئيس الفرنسي إيمانويل ماكرون إن «أوروبا يجب أن تعتمد على نفسها»، فيما أكد المستشار"
        " الألماني أولاف شولتس أن برلين ستواصل دعم كييف."
    )
    article, ex = run(text)
    assert [(q.text, q.speaker) for q in ex.quotes] == [("أوروبا يجب أن تعتمد على نفسها", "إيمانويل ماكرون")]
    # «قال X إن «…»» is a quote and a statement; Scholz's report does not run into Macron's
    assert [(s.text, s.speaker) for s in ex.statements] == [
        ("«أوروبا يجب أن تعتمد على نفسها»", "إيمانويل ماكرون"),
        ("برلين ستواصل دعم كييف", "أولاف شولتس"),
    ]
    assert_offsets(article, ex)


def test_short_quoted_clause_after_a_participle_is_speech_and_predictions_are_statements() -> None:
    text = (
        "النفط يرتفع\n"
        "وأوضح وزير الطاقة السعودي الأمير عبد العزيز بن سلمان أن المملكة ملتزمة بخفض الإنتاج، مضيفا أن"
        " «السوق تحتاج إلى الاستقرار». وقال محللون إن الطلب سيبقى قويا، فيما توقعت منظمة أوبك أن يستقر"
        " الإنتاج. وتحدث التقرير عن «الحرب التجارية» بين البلدين."
    )
    article, ex = run(text)
    assert [(q.text, q.speaker, q.cue) for q in ex.quotes] == [
        ("السوق تحتاج إلى الاستقرار", "عبد العزيز بن سلمان", "مضيفا")  # a clause with a verb, not a term
    ]
    said = {(s.speaker, s.cue, s.text) for s in ex.statements}
    assert ("منظمة أوبك", "توقعت", "يستقر الإنتاج") in said
    assert ("محللون", "قال", "الطلب سيبقى قويا") in said
    assert_offsets(article, ex)


def test_speaker_named_after_his_organisation_or_before_the_verb() -> None:
    text = (
        "نتنياهو يرفض الخطة\n"
        "وقال القيادي في حماس سامي أبو زهري لوكالة فرانس برس إن تصريحات نتنياهو \"تكشف نيته إفشال جهود"
        " الوسطاء\". وذكرت صحيفة هآرتس أن وزير الدفاع يوآف غالانت أبلغ المبعوث الأمريكي عاموس هوكستين"
        " بأن الجيش مستعد لتوسيع العملية. وقال مصدر في مكتب نتنياهو إن القرار لم يتخذ بعد."
    )
    article, ex = run(text)
    assert [(q.speaker, q.text) for q in ex.quotes] == [("سامي أبو زهري", "تكشف نيته إفشال جهود الوسطاء")]
    by_cue = {s.cue: s.speaker for s in ex.statements}
    assert by_cue["أبلغ"] == "يوآف غالانت"  # the subject before the verb, not the envoy after it
    assert by_cue["ذكرت"] == "صحيفة هآرتس"
    # a name inside the prepositional phrase is not the speaker: the source is, with its phrase
    (source,) = [s for s in ex.statements if s.text.startswith("القرار")]
    assert source.speaker == "مصدر في مكتب نتنياهو" and source.speaker_entity is None
    assert_offsets(article, ex)


def test_a_verbal_noun_with_no_source_is_reported_without_a_speaker() -> None:
    # «قوله إن …» with no «عن X» before it and no clause subject used to raise a TypeError
    article, ex = run("نقلت الصحيفة.\n\nقوله إن الحرب انتهت وإن السلام قريب.\n")
    said = [q for q in ex.statements if q.cue == "قوله"]
    assert said and all(q.speaker is None for q in said)
    assert_offsets(article, ex)


@pytest.mark.parametrize("text", [
    "قالت الوزيرة إن «القرار نهائي».",
    'وقال المتحدث إن "لا تعليق"، مضيفا أن البيان سيصدر غدا.',
    "وأكدت الشركة بأن «الأسعار ثابتة».",
])
def test_a_short_quotation_that_is_the_whole_clause_after_in_is_speech(text: str) -> None:
    """«قال X إن "…".»: however short, the quoted clause is what was said (a direct quotation and,
    as every clause after إن, a reported statement)."""
    article, ex = run("عنوان\n" + text)
    assert [q.kind for q in ex.quotes] == ["direct"]
    assert ex.quotes[0].speaker is not None
    assert_offsets(article, ex)


def test_a_quoted_term_inside_the_clause_after_in_is_not_a_quotation() -> None:
    _article, ex = run('عنوان\nقال الوزير إن "الجماعة المسلحة" تبنت الهجوم على القافلة.')
    assert ex.quotes == []
    assert [s.speaker for s in ex.statements] == ["الوزير"]


def test_the_speaker_stops_before_the_participle_that_introduces_the_quotation() -> None:
    _article, ex = run("عنوان\nوتابع المدير قائلا: «سنفتتح الفرع الجديد في الربيع».")
    assert [(q.kind, q.speaker) for q in ex.quotes] == [("direct", "المدير")]


@pytest.mark.parametrize(("text", "speaker"), [
    ("وفقا لبيان صادر عن وزارة الداخلية، فإن الطريق أغلق بسبب الثلوج.", "وزارة الداخلية"),
    ("وحسب التقرير الصادر عن البنك المركزي، فإن التضخم تراجع للشهر الثالث.", "البنك المركزي"),
])
def test_a_statement_issued_by_a_source_is_the_sources(text: str, speaker: str) -> None:
    _article, ex = run("عنوان\n" + text)
    assert [s.speaker for s in ex.statements] == [speaker]


@pytest.mark.parametrize(("text", "speaker"), [
    ("بحسب ما أفاد به مراسل الإذاعة، فإن الأمطار استمرت طوال الليل.", "مراسل الإذاعة"),
    ("وحسب ما صرح به المتحدث باسم الشرطة، فإن الطريق فتح من جديد.", "المتحدث باسم الشرطة"),
])
def test_as_reported_by_is_the_reporters_statement(text: str, speaker: str) -> None:
    """«بحسب ما أفاد به X»: the relative ما and its verb are not the speaker (it was 'أفاد')."""
    _article, ex = run("عنوان\n" + text)
    assert [s.speaker for s in ex.statements] == [speaker]
