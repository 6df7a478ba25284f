"""The dictionary features of the NER tagger (lx=), on an invented three-word dictionary."""

from __future__ import annotations

from qari.core.extract.features import FeatureExtractor
from qari.core.extract.gazetteer import Gazetteer, norm


def lx(word: str) -> list[str]:
    fx = FeatureExtractor(Gazetteer({}, {norm("كتاب"): "n", norm("قال"): "v", norm("في"): "s"}))
    return [f for f in fx.info(word).own if f.startswith("lx=")]


def test_a_dictionary_word_with_its_clitics_and_suffixes_is_known() -> None:
    assert lx("وبالكتاب") == ["lx=noun"]
    assert lx("كتابات") == ["lx=noun"]
    assert lx("قالت") == ["lx=verb"]
    assert lx("في") == ["lx=stop"]


def test_a_foreign_name_is_in_no_class_and_latin_gets_no_feature() -> None:
    assert lx("فولكسفاغن") == ["lx=none"]
    assert lx("Reuters") == []


def test_the_neighbours_see_the_class() -> None:
    fx = FeatureExtractor(Gazetteer({}, {norm("كتاب"): "n"}))
    feats = fx.sentence(["الكتاب", "نيستلروي"])
    assert "+1:lx=none" in feats[0] and "-1:lx=noun" in feats[1]


def test_without_a_dictionary_there_are_no_lexicon_features() -> None:
    fx = FeatureExtractor(Gazetteer({}))
    assert not [f for f in fx.info("كتاب").own if f.startswith("lx=")]


def test_a_listed_given_name_that_reads_as_a_verb_keeps_only_its_name_reading() -> None:
    # invented: "سامر" as a past verb in the dictionary, and as a given name in the people list
    lexicon = {norm("سامر"): "v", norm("كتب"): "v"}
    fx = FeatureExtractor(Gazetteer({"PERS_FIRST": {norm("سامر")}}, lexicon))
    assert [f for f in fx.info("سامر").own if f.startswith("lx=")] == ["lx=pname"]
    assert [f for f in fx.info("وكتب").own if f.startswith("lx=")] == ["lx=verb"]
    # an imperfect reading (أ + verb) of a listed name is dropped as well
    fx = FeatureExtractor(Gazetteer({"PERS": {norm("أحمد")}}, {norm("حمد"): "v"}))
    assert [f for f in fx.info("أحمد").own if f.startswith("lx=")] == ["lx=pname"]
