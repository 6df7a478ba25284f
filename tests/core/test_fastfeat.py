"""The tagger's fast feature path gives exactly the features of the straightforward one."""

import pytest

from qari.core.extract import ner
from qari.core.extract.fastfeat import FastFeatures
from qari.core.extract.features import ModelInput
from qari.core.extract.tokens import tokenize

# Invented sentences: titles and reporting verbs (triggers), clitics, multiword gazetteer names,
# repeated words, digits, Latin, punctuation, and sentences of one, two and three tokens.
SENTENCES = [
    "وقال الرئيس الفرنسي إيمانويل ماكرون للصحفيين في باريس إن مجلس الأمن الدولي سيجتمع غدا .",
    "وأكدت وزارة الخارجية في كوريا الشمالية أن الوفد وصل إلى بيونغ يانغ صباح الأحد .",
    "أضاف المتحدث باسم الأمم المتحدة : « نحن نتابع الوضع عن كثب » ، مشيرا إلى 25 قرية .",
    "والتقى الشيخ محمد بن زايد بالرئيس وبالوفد ثم قال الرئيس للرئيس كلمة .",
    "نقلت وكالة Reuters عن مصدر في شركة Apple قوله إن الصفقة بلغت 3.5 مليار دولار .",
    "نعم",
    "قال بوتين",
    "« ! »",
    "مدينة حلب في شمال سوريا",
]


class _Everything:
    """A model that knows every attribute: nothing is filtered, so order and content show in full."""

    def __contains__(self, item: object) -> bool:
        return True


@pytest.fixture(scope="module")
def fx():
    return ner._extractor()


@pytest.fixture(scope="module")
def shipped_inputs():
    return ner.Tagger.default()._inputs()


def _words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize("text", SENTENCES)
def test_fast_path_gives_every_feature_in_the_same_order(fx, text: str) -> None:
    everything = ModelInput(_Everything())
    fast = FastFeatures(fx, [everything])
    words = _words(text)
    (got,) = fast.assemble(fast.prepare(words))
    assert got == [[s.encode() for s in f] for f in fx.sentence(words)]


@pytest.mark.parametrize("text", SENTENCES)
def test_fast_path_gives_what_each_shipped_model_reads(fx, shipped_inputs, text: str) -> None:
    models = [m for m in shipped_inputs if m is not None]
    fast = FastFeatures(fx, models)
    words = _words(text)
    straightforward = fx.sentence(words)
    got = fast.assemble(fast.prepare(words))
    for model, feats in zip(models, got, strict=True):
        if model.blocks:  # a word type's parts come joined: a token's features are their concatenation
            assert [b"".join(f) for f in feats] == [b"".join(f) for f in model.items(straightforward)]
            assert {len(b) for f in model.items(straightforward) for b in f} == {16}  # fixed-size records
        else:
            assert feats == model.items(straightforward)
            assert feats == model.items(fx.assemble(*fx.prepare(words)))


def test_cached_word_types_give_the_same_features_again(fx) -> None:
    fast = FastFeatures(fx, [ModelInput(_Everything())])
    words = _words(SENTENCES[0] + " " + SENTENCES[3])
    first = fast.assemble(fast.prepare(words))
    assert fast.assemble(fast.prepare(words)) == first
    assert first[0] == [[s.encode() for s in f] for f in fx.sentence(words)]


def test_coded_document_features_are_the_straightforward_ones(fx, shipped_inputs) -> None:
    from qari.core.extract.fastfeat import DocCoder
    from qari.core.extract.features import DocWindow, doc_keys, doc_vocab

    everything = ModelInput(_Everything())
    models = [everything, *(m for m in shipped_inputs if m is not None)]
    sents = [_words(s) for s in SENTENCES]
    vocab = doc_vocab(fx, sents)
    keys = [doc_keys(fx, s, vocab) for s in sents]
    # invented first-pass tags: every label, repeated words labelled differently
    labels = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
    tags = [[labels[(7 * k + 3 * i) % len(labels)] for i in range(len(s))] for k, s in enumerate(sents)]
    win = DocWindow()
    for k, t in zip(keys, tags, strict=True):
        win.add(k, t, 1)
    win.add(keys[0], tags[0], -1)  # one sentence has left the window
    for model in models:
        coder = DocCoder(model)
        for _ in range(2):  # the second time from the coder's memo where the model is read as blocks
            for k, t in zip(keys[1:], tags[1:], strict=True):
                got, want = coder.items(win.counts, k, t), model.items(win.features(k, t))
                if model.blocks:
                    assert [b"".join(f) for f in got] == [b"".join(f) for f in want]
                else:
                    assert got == want
