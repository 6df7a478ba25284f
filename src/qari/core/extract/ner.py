"""Named-entity tagging (PERS, LOC, ORG, MISC; BIO tags) with a CRF trained on ANERcorp."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path

from qari.core.extract.features import FeatureExtractor
from qari.core.extract.gazetteer import default_gazetteer

__all__ = ["MODEL_NAME", "Tagger", "tag_conll"]

MODEL_NAME = "ner.crfsuite"
_lock = threading.Lock()
_default: Tagger | None = None


def _model_path() -> Path:
    try:
        from qari.resources import resource_path

        return resource_path(f"models/{MODEL_NAME}")
    except (ImportError, FileNotFoundError):
        return Path(__file__).resolve().parents[4] / "resources" / "models" / MODEL_NAME


class Tagger:
    """BIO tagger. ``Tagger.default()`` loads the shipped model once, on first use."""

    def __init__(self, model_path: Path | None = None) -> None:
        self._path = model_path
        self._crf = None
        if model_path is not None and model_path.is_file():
            import pycrfsuite

            self._crf = pycrfsuite.Tagger()
            self._crf.open(str(model_path))

    @classmethod
    def default(cls) -> Tagger:
        global _default
        with _lock:
            if _default is None:
                _default = cls(_model_path())
            return _default

    def tag(self, tokens: Sequence[str]) -> list[str]:
        return self.tag_sentences([tokens])[0]

    def tag_sentences(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        if self._crf is None:
            return [["O"] * len(s) for s in sents]
        fx = _extractor()
        return [self._crf.tag(fx.sentence(list(s))) if s else [] for s in sents]


@cache
def _extractor() -> FeatureExtractor:
    return FeatureExtractor(default_gazetteer())


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
        tok = line.split("\t")[0] if "\t" in line else line.strip().split(" ")[0]
        cur.append(tok)
    if cur:
        sents.append(cur)
    tags = Tagger.default().tag_sentences(sents)
    for i, (s, t) in enumerate(zip(sents, tags, strict=True)):
        if i:
            yield ""
        for tok, tag in zip(s, t, strict=True):
            yield f"{tok}\t{tag}"
