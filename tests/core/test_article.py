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
