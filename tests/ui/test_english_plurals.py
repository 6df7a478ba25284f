"""English counts read as English: "706 words", "1 word" — not "706 word(s)"."""

from __future__ import annotations

import subprocess
import sys

from qari.resources import resource_path
from qari.tools import english_plurals
from qari.ui.main_window import MainWindow


def test_english_plural_catalogue_is_in_step_with_the_messages() -> None:
    i18n = resource_path("i18n")
    assert (i18n / "qari_en.ts").read_text(encoding="utf-8") == english_plurals.build(i18n / "qari_ar.ts")
    assert english_plurals.forms("%n word(s)") == ("%n word", "%n words")


def test_the_status_bar_counts_words_in_plain_english(make_window) -> None:
    qm = resource_path("i18n") / "qari_en.qm"
    if not qm.exists():  # `make test` builds it; a bare pytest run builds it here
        lrelease = __import__("pathlib").Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(qm.with_suffix(".ts")), "-qm", str(qm)], check=True)
    window: MainWindow = make_window(lang="en")
    text = window.words_label.text()
    assert f"{window.reader.article.words} words" in text
    assert "(s)" not in text


def test_a_long_article_counts_its_words_with_digit_grouping(make_window, tmp_path) -> None:
    article = tmp_path / "long.txt"
    article.write_text("عنوان طويل\n\n" + " ".join(["كلمة"] * 12_340) + "\n", encoding="utf-8")
    window: MainWindow = make_window(lang="en", file=article)
    words = window.reader.article.words
    assert words > 12_000
    assert f"{words:,} words" in window.words_label.text()  # "12,342 words", as the library's column
    assert f"{words:,} words" in window.info_panel.value("words")  # the Article tab's Length too
