"""The tagger's models with short attribute names score exactly as the shipped ones."""

from pathlib import Path

import pycrfsuite
import pytest

from qari.core.extract import crfmodel, ner
from qari.core.extract.features import ModelInput
from qari.core.extract.tokens import tokenize

MODELS = Path(__file__).resolve().parents[2] / "resources" / "models"


@pytest.mark.parametrize("name", [ner.MODEL_NAME, ner.DOC_MODEL_NAME])
def test_the_attribute_dictionary_written_again_is_the_files_own(name: str) -> None:
    """The CQDB writer and hash are CRFsuite's: the shipped model's dictionary, written again
    from its names, is the same bytes."""
    model = (MODELS / name).read_bytes()
    names = crfmodel.attribute_names(model)
    base = int.from_bytes(model[36:40], "little")
    size = int.from_bytes(model[base + 4 : base + 8], "little")
    assert crfmodel._cqdb([n.encode() for n in names]) == model[base : base + size]


def test_lookup3_hash_of_known_keys() -> None:
    assert crfmodel.hashlittle(b"") == 0xDEADBEEF
    assert crfmodel.hashlittle(b"Four score and seven years ago") == 0x17770551  # lookup3's self-test


def test_the_renamed_model_tags_and_scores_as_the_original() -> None:
    path = MODELS / ner.MODEL_NAME
    original = pycrfsuite.Tagger()
    original.open(str(path))
    data, codes = crfmodel.short_names(path.read_bytes())
    renamed = pycrfsuite.Tagger()
    renamed.open_inmemory(data)
    assert max(len(c) for c in codes.values()) <= 3
    assert set(codes) == {a for a, _ in original.info().state_features}
    fx = ner._extractor()
    short, plain = ModelInput(codes, codes), ModelInput(frozenset(codes))
    for text in ("وقال الرئيس الروسي فلاديمير بوتين في موسكو إن المحادثات مثمرة .",
                 "أعلنت وزارة الخارجية في كوريا الشمالية أن الوفد وصل إلى بيونغ يانغ ."):
        feats = fx.sentence([t.text for t in tokenize(text)])
        assert renamed.tag(short.items(feats)) == original.tag(plain.items(feats))
        for i in range(len(feats)):
            for label in original.labels():
                assert renamed.marginal(label, i) == original.marginal(label, i)
