from qari.core.article import Article, canonicalize


def test_sample_headline_lede_and_paragraphs(sample_text: str) -> None:
    a = Article.from_text(sample_text)
    assert a.title.startswith("كيم جونغ يقدم لبوتين")
    assert a.has_lede
    assert len(a.paragraphs) == 26
    for p in a.paragraphs:
        assert a.text[p.start : p.end] == p.text
    assert 650 < a.words < 760
    assert a.reading_minutes >= 3


def test_canonical_text_folds_line_ends_spaces_and_blank_lines() -> None:
    raw = "\ufeffعنوان\r\n\r\n  فقرة   أولى \r\n\n\nفقرة\u00a0ثانية\n"
    assert canonicalize(raw) == "عنوان\nفقرة أولى\nفقرة ثانية"


def test_identity_ignores_diacritics_spacing_and_alef_forms() -> None:
    a = Article.from_text("قَالَ   أحمد\n\nإنه هنا")
    b = Article.from_text("قال احمد\nانه هنا")
    assert a.hash == b.hash
    assert a.hash != Article.from_text("قال محمد\nإنه هنا").hash


def test_a_selection_snaps_to_whole_words() -> None:
    from qari.core.article import snap_to_words

    text = "وقال الرئيس الروسي: «سنواصل التشاور» مع كوريا."
    mid = text.index("التشاور") + 3  # inside «التشاور»
    start, end = snap_to_words(text, text.index("سنواصل") + 2, mid)
    assert text[start:end] == "سنواصل التشاور"
    assert snap_to_words(text, text.index("الرئيس") - 1, text.index("الرئيس") + 6) == (
        text.index("الرئيس"), text.index("الرئيس") + 6)  # the space before is dropped
    # diacritics and tatweel belong to the word
    marked = "كتبَ الطـالبُ الدرسَ"
    s2, e2 = snap_to_words(marked, 6, 8)
    assert marked[s2:e2] == "الطـالبُ"
    assert snap_to_words(text, 3, 3) == (3, 3)
