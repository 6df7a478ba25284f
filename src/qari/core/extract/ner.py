"""Named-entity tagging (PERS, LOC, ORG, MISC; BIO tags) with a CRF trained on ANERcorp."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path

import pycrfsuite

from qari.core.extract.features import FeatureExtractor, doc_features
from qari.core.extract.gazetteer import default_gazetteer

__all__ = ["MODEL_NAME", "Tagger", "tag_conll"]

MODEL_NAME = "ner.crfsuite"  # first pass: sentence-level features
DOC_MODEL_NAME = "ner-doc.crfsuite"  # second pass: adds first-pass labels and document-level features
DOC_WINDOW = 20  # sentences either side that count as "the document" for label propagation
_lock = threading.Lock()
_default: Tagger | None = None


def _model_path(name: str) -> Path:
    try:
        from qari.resources import resource_path

        return resource_path(f"models/{name}")
    except (ImportError, FileNotFoundError):
        return Path(__file__).resolve().parents[4] / "resources" / "models" / name


def _open(path: Path | None) -> pycrfsuite.Tagger | None:
    if path is None or not path.is_file():
        return None
    crf = pycrfsuite.Tagger()
    crf.open(str(path))
    return crf


class Tagger:
    """BIO tagger. ``Tagger.default()`` loads the shipped model once, on first use."""

    def __init__(
        self, model_path: Path | None = None, doc_model_path: Path | None = None, window: int = DOC_WINDOW
    ) -> None:
        self._crf = _open(model_path)
        self._doc_crf = _open(doc_model_path) if self._crf is not None else None
        self.window = window

    @classmethod
    def default(cls) -> Tagger:
        global _default
        with _lock:
            if _default is None:
                _default = cls(_model_path(MODEL_NAME), _model_path(DOC_MODEL_NAME))
            return _default

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_sentences([tokens])[0]

    def tag_sentences(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        if self._crf is None:
            return [["O"] * len(s) for s in sents]
        fx = _extractor()
        words = [list(s) for s in sents]
        feats = [fx.sentence(s) for s in words]
        tags = [self._crf.tag(f) if f else [] for f in feats]
        if self._doc_crf is None:
            return tags
        doc = doc_features(fx, words, tags, self.window)
        return [
            self._doc_crf.tag([a + b for a, b in zip(f, d, strict=True)]) if f else []
            for f, d in zip(feats, doc, strict=True)
        ]


@cache
def _extractor() -> FeatureExtractor:
    return FeatureExtractor(default_gazetteer())


def _token_of(line: str) -> str:
    if "\t" in line:
        return line.split("\t")[0].strip()
    tok, _, tag = line.strip().rpartition(" ")
    if tok and (tag == "O" or tag[:2] in ("B-", "I-")):
        return tok.strip()
    return line.strip()


def tag_conll(lines: Iterable[str]) -> Iterator[str]:
    """Tag CoNLL-style input: one token per line (a tag column after it is ignored), a blank
    line between sentences. Yields "token\\tTAG" per token, and a blank line between sentences."""
    sents: list[list[str]] = []
    cur: list[str] = []
    for line in lines:
        line = line.rstrip("\r\n")
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append(_token_of(line))
    if cur:
        sents.append(cur)
    tags = Tagger.default().tag_sentences(sents)
    for i, (s, t) in enumerate(zip(sents, tags, strict=True)):
        if i:
            yield ""
        for tok, tag in zip(s, t, strict=True):
            yield f"{tok}\t{tag}"
