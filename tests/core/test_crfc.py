"""crfsuite's C tagger, called with attribute ids, gives exactly what pycrfsuite gives."""

from pathlib import Path

import pycrfsuite
import pytest

from qari.core.extract import crfc, crfmodel, ner
from qari.core.extract.features import ModelInput
from qari.core.extract.tokens import Tokens, sentence_bounds

ROOT = Path(__file__).resolve().parents[2]
MODELS = ROOT / "resources" / "models"
SAMPLE = ROOT / "resources" / "samples" / "kim-putin-vostochny.txt"


def _sentences() -> list[list[str]]:
    toks = Tokens(SAMPLE.read_text(encoding="utf-8"))
    return [toks.words(a, b) for a, b in sentence_bounds(toks)]


@pytest.mark.parametrize("name", [ner.MODEL_NAME, ner.DOC_MODEL_NAME])
def test_tags_probabilities_and_every_marginal_equal_pycrfsuites(name: str) -> None:
    data = (MODELS / name).read_bytes()
    got = crfc.open_c(data)
    if got is None:
        pytest.skip("this pycrfsuite build does not export crfsuite's C interface")
    ctagger, names = got
    py = pycrfsuite.Tagger()
    py.open_inmemory(data)
    records = {n: crfc.CTagger.record(i) for i, n in enumerate(names)}
    c_in, py_in = ModelInput(records, records), ModelInput(frozenset(names))
    fx = ner._extractor()
    checked = 0
    for words in _sentences():
        feats = fx.sentence(words)
        ts = ctagger.tag(c_in.items(feats))
        assert ts == py.tag(py_in.items(feats))
        assert ctagger.probability(ts) == py.probability(ts)
        other = ["B-PERS" if t == "O" else "O" for t in ts]  # a path that is not the one just tagged
        assert ctagger.probability(other) == py.probability(other)
        for i in range(len(words)):
            for label in py.labels():
                assert ctagger.marginal(label, i) == py.marginal(label, i)
        checked += len(words)
    assert checked > 300


def test_what_is_not_a_model_is_left_to_pycrfsuite() -> None:
    assert crfc.open_c(b"not a model at all") is None


def test_the_tagger_gives_the_same_tags_either_way(monkeypatch: pytest.MonkeyPatch) -> None:
    paths = (MODELS / ner.MODEL_NAME, MODELS / ner.DOC_MODEL_NAME)
    fast = ner.Tagger(*paths)
    monkeypatch.setattr(ner, "USE_C", False)
    slow = ner.Tagger(*paths)
    assert not isinstance(slow._crf, crfc.CTagger)
    if not isinstance(fast._crf, crfc.CTagger):
        pytest.skip("this pycrfsuite build does not export crfsuite's C interface")
    sents = _sentences()
    tags = fast.tag_sentences(sents)
    assert tags == slow.tag_sentences(sents)
    assert any(t != "O" for ts in tags for t in ts)


def test_renamed_models_are_still_read_when_the_c_tagger_is_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ner, "USE_C", False)
    tagger = ner.Tagger(MODELS / ner.MODEL_NAME)
    model, _ = tagger._inputs()
    assert model.codes is not None and max(map(len, model.codes.values())) <= 3
    assert set(model.codes) == set(crfmodel.attribute_names((MODELS / ner.MODEL_NAME).read_bytes()))


def test_what_is_cached_from_one_document_does_not_change_the_next() -> None:
    """Word types, document-feature memos and the per-key rule caches carry over from one
    document to the next; the tags of a document do not depend on what came before."""
    fixtures = sorted((ROOT / "tests" / "fixtures" / "articles").glob("*.txt"))
    docs = [_sentences()] + [
        [toks.words(a, b) for a, b in sentence_bounds(toks)]
        for toks in (Tokens(p.read_text(encoding="utf-8")) for p in fixtures)
    ]
    paths = (MODELS / ner.MODEL_NAME, MODELS / ner.DOC_MODEL_NAME)
    alone = [ner.Tagger(*paths).tag_sentences(d) for d in docs]
    shared = ner.Tagger(*paths)
    assert [shared.tag_sentences(d) for d in docs] == alone
    assert [shared.tag_sentences(d) for d in reversed(docs)] == alone[::-1]


def test_one_tagger_used_from_two_threads_gives_each_its_own_tags() -> None:
    import threading

    paths = (MODELS / ner.MODEL_NAME, MODELS / ner.DOC_MODEL_NAME)
    tagger = ner.Tagger(*paths)
    sents = _sentences()
    want = tagger.tag_sentences(sents)
    got: list[list[list[str]]] = []
    threads = [threading.Thread(target=lambda: got.append(tagger.tag_sentences(sents))) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert got == [want] * 3
