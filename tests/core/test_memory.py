from pathlib import Path

from qari.core.extract.features import FeatureExtractor
from qari.core.extract.gazetteer import Gazetteer
from qari.core.extract.memory import Memory
from qari.tools.train_ner import jackknife_features

SENTS = [
    [("وقال", "O"), ("فلاديمير", "B-PERS"), ("بوتين", "I-PERS"), ("في", "O"), ("موسكو", "B-LOC")],
    [("التقى", "O"), ("بوتين", "B-PERS"), ("الأسد", "O"), ("الجائع", "O")],
    [("وقال", "O"), ("الأسد", "B-PERS"), ("إن", "O")],
]


def test_memory_counts_words_with_their_clitics_removed_and_keeps_phrases() -> None:
    mem = Memory.from_sentences([*SENTS, [("ولبوتين", "B-PERS")]])
    assert mem.counts["بوتين"] == [0, 3, 0, 0, 0]  # ولبوتين is counted as بوتين
    assert "mem=PERS:all" in mem.word_features(("لبوتين", "بوتين"))
    assert mem.word_features(("الاسد",)) == ["mem=PERS:hi", "mem=mostlyO"]  # a name half the time
    assert mem.word_features(("الجائع",)) == ["mem=none"]  # never an entity: not kept
    assert mem.match_phrases([("فلاديمير",), ("بوتين",), ("امس",)]) == ["B-PERS", "I-PERS", ""]


def test_memory_survives_a_save_and_load(tmp_path: Path) -> None:
    mem = Memory.from_sentences(SENTS)
    mem.save(tmp_path / "m.tsv")
    back = Memory.load(tmp_path / "m.tsv")
    assert back.counts == mem.counts
    assert back.match_phrases([("فلاديمير",), ("بوتين",)]) == ["B-PERS", "I-PERS"]


def test_training_features_never_remember_their_own_block() -> None:
    # a name that occurs in one block only is unknown to that block's memory (jackknife), so the
    # model cannot learn that the memory is always right
    sents = [[("قال", "O"), ("زيدان", "B-PERS")]] + [[("قال", "O"), ("بوتين", "B-PERS")]] * 3
    feats = jackknife_features(sents, Gazetteer({}), blocks=4)
    assert "mem=none" in feats[0][1]
    assert "mem=PERS:all" in feats[1][1]
    fx = FeatureExtractor(Gazetteer({}), Memory.from_sentences(sents))
    assert "mem=PERS:all" in fx.sentence(["قال", "زيدان"])[1]


def test_a_phrase_tagged_once_but_mostly_written_as_ordinary_words_is_not_remembered() -> None:
    sents = [
        [("الأسلحة", "O"), ("الكورية", "B-LOC"), ("الشمالية", "I-LOC")],
        [("الذخيرة", "O"), ("الكورية", "O"), ("الشمالية", "O")],
        [("الصواريخ", "O"), ("الكورية", "O"), ("الشمالية", "O")],
        [("زار", "O"), ("كوريا", "B-LOC"), ("الشمالية", "I-LOC")],
    ]
    mem = Memory.from_sentences(sents)
    assert mem.match_phrases([("الكوريه",), ("الشماليه",)]) == ["", ""]
    assert mem.match_phrases([("كوريا",), ("الشماليه",)]) == ["B-LOC", "I-LOC"]
