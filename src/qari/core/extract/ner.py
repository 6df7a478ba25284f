"""Named-entity tagging (PERS, LOC, ORG, MISC; BIO tags) with a CRF trained on ANERcorp."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path

import pycrfsuite

from qari.core.extract.bio import spans
from qari.core.extract.features import FeatureExtractor, doc_features
from qari.core.extract.gazetteer import default_gazetteer
from qari.core.extract.memory import Memory

__all__ = ["DOC_MODEL_NAME", "MEMORY_NAME", "MODEL_NAME", "Tagger", "person_starts", "repair", "tag_conll"]

MODEL_NAME = "ner.crfsuite"  # first pass: sentence-level features
DOC_MODEL_NAME = "ner-doc.crfsuite"  # second pass: adds first-pass labels and document-level features
MEMORY_NAME = "ner-memory.tsv"  # how ANERcorp's train split tagged each name (features of both passes)
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
        self,
        model_path: Path | None = None,
        doc_model_path: Path | None = None,
        window: int = DOC_WINDOW,
        extractor: FeatureExtractor | None = None,
    ) -> None:
        self._fx = extractor
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

    def first_pass(
        self, words: list[list[str]], fx: FeatureExtractor | None = None
    ) -> tuple[list[list[list[str]]], list[list[str]], list[list[str]], list[list[list[str]]]]:
        """Sentence features, multiword gazetteer matches, first-pass tags, and first-pass
        confidence features per token."""
        assert self._crf is not None
        fx = fx or self._fx or _extractor()
        both = [fx.sentence_and_multi(s) for s in words]
        feats = [b[0] for b in both]
        multi = [b[1] for b in both]
        tags, conf = self.tag_features(feats)
        return feats, multi, tags, conf

    def tag_features(self, feats: list[list[list[str]]]) -> tuple[list[list[str]], list[list[list[str]]]]:
        """First-pass tags and binned confidence features (marginals) per token."""
        assert self._crf is not None
        tags: list[list[str]] = []
        conf: list[list[list[str]]] = []
        crf = self._crf
        marginal = crf.marginal
        types = [(t, "B-" + t, "I-" + t) for t in _TYPES]
        for f in feats:
            if not f:
                tags.append([])
                conf.append([])
                continue
            ts = crf.tag(f)
            tags.append(ts)
            c: list[list[str]] = []
            for i, t in enumerate(ts):
                p_o = marginal("O", i)
                best, best_p = "", 0.0
                for typ, b, inside in types:
                    pt = marginal(b, i) + marginal(inside, i)
                    if pt > best_p:
                        best, best_p = typ, pt
                cf = [f"mO={min(int(p_o * 5), 4)}", f"mc={min(int(marginal(t, i) * 5), 4)}"]
                if best_p >= 0.1:
                    cf.append(f"mt={best}:{min(int(best_p * 5), 4)}")
                c.append(cf)
            conf.append(c)
        return tags, conf

    def tag_sentences(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        if self._crf is None:
            return [["O"] * len(s) for s in sents]
        fx = self._fx or _extractor()
        words = [list(s) for s in sents]
        feats, multi, tags, conf = self.first_pass(words, fx)
        if self._doc_crf is None:
            return tags
        doc = doc_features(fx, words, tags, self.window)
        out = [
            self._doc_crf.tag([a + b + c for a, b, c in zip(f, d, m, strict=True)]) if f else []
            for f, d, m in zip(feats, doc, conf, strict=True)
        ]
        if REPAIR:
            starts = person_starts(fx, words, out)
            for ws, ts, mg in zip(words, out, multi, strict=True):
                repair(fx, ws, ts, mg, starts)
        return out


_TYPES = ("PERS", "LOC", "ORG", "MISC")
REPAIR = True
_PREP_CLITICS = ("ل", "ب", "ول", "وب", "فل", "فب")
_GAZ_TYPE = {"LOC": "LOC", "LOC_CITY": "LOC", "LOC_COUNTRY": "LOC", "ORG": "ORG"}


def person_starts(fx: FeatureExtractor, words: list[list[str]], tags: list[list[str]]) -> set[str]:
    """Normalized written forms of the words that begin a person's name somewhere in the document."""
    out: set[str] = set()
    for ws, ts in zip(words, tags, strict=True):
        out.update(fx.info(w).forms[0] for w, t in zip(ws, ts, strict=True) if t == "B-PERS")
    return out


def repair(fx: FeatureExtractor, words: list[str], tags: list[str], multi: list[str], starts: set[str]) -> None:
    """Fix, in place, errors the CRF makes that a rule catches reliably.

    - A person's name does not go on through a word with a preposition clitic (لبوتين، بكيم)
      when that word without it begins a name elsewhere in the document: "وقال كيم لبوتين"
      is two people.
    - A predicted person whose span is exactly a multiword place or organisation name in the
      gazetteer (document-level propagation of a name part such as جونغ turning بيونغ يانغ
      into a person) takes the gazetteer's type.
    """
    for i in range(1, len(tags)):
        if tags[i] == "I-PERS":
            forms = fx.info(words[i]).forms
            n = forms[0]
            if n.startswith(_PREP_CLITICS) and any(len(f) > 2 and f in starts for f in forms[1:]):
                tags[i] = "B-PERS"
    for s, e, typ in spans(tags):
        if typ != "PERS" or e - s < 2 or not multi[s].startswith("B-"):
            continue
        gtyp = _GAZ_TYPE.get(multi[s][2:])
        if gtyp and (e == len(multi) or not multi[e].startswith("I-")):
            tags[s] = "B-" + gtyp
            for j in range(s + 1, e):
                tags[j] = "I-" + gtyp


@cache
def _extractor() -> FeatureExtractor:
    path = _model_path(MEMORY_NAME)
    return FeatureExtractor(default_gazetteer(), Memory.load(path) if path.is_file() else None)


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
