"""Named-entity tagging (PERS, LOC, ORG, MISC; BIO tags) with a CRF trained on ANERcorp."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TypeAlias

import pycrfsuite

from qari.core.extract.bio import spans
from qari.core.extract.crfc import CTagger
from qari.core.extract.fastfeat import DocCoder, FastFeatures
from qari.core.extract.features import DocWindow, FeatureExtractor, ModelInput, doc_keys, doc_vocab
from qari.core.extract.gazetteer import default_gazetteer
from qari.core.extract.memory import Memory
from qari.core.extract.model import Cancelled

__all__ = ["DOC_MODEL_NAME", "MEMORY_NAME", "MODEL_NAME", "Tagger", "person_starts", "repair", "tag_conll"]

MODEL_NAME = "ner.crfsuite"  # first pass: sentence-level features
DOC_MODEL_NAME = "ner-doc.crfsuite"  # second pass: adds first-pass labels and document-level features
MEMORY_NAME = "ner-memory.tsv"  # how ANERcorp's train split tagged each name (features of both passes)
DOC_WINDOW = 20  # sentences either side that count as "the document" for label propagation
USE_C = True  # call crfsuite's C tagger directly where the library allows it (crfc.py)
_lock = threading.Lock()
CRF: TypeAlias = pycrfsuite.Tagger | CTagger  # the two taggers have the same tag / probability / marginal
_default: Tagger | None = None


def _model_path(name: str) -> Path:
    try:
        from qari.resources import resource_path

        return resource_path(f"models/{name}")
    except (ImportError, FileNotFoundError):
        return Path(__file__).resolve().parents[4] / "resources" / "models" / name


def _open(path: Path | None, keep: list[bytes]) -> tuple[CRF | None, ModelInput | None]:
    """The model at ``path`` and what it reads: crfsuite's tagger called with attribute ids
    (crfc.py: the same scores, without pycrfsuite's string conversions), else pycrfsuite's on
    the model with its attributes renamed to short codes (crfmodel.py), else the model as it is.
    crfsuite reads a model in memory where it lies: its bytes go in ``keep``, which must live as
    long as the model."""
    if path is None or not path.is_file():
        return None, None
    from qari.core.extract.crfc import CTagger, open_c
    from qari.core.extract.crfmodel import short_names

    raw = path.read_bytes()
    if USE_C and (got := open_c(raw)) is not None:
        ctagger, names = got
        record = CTagger.record
        records = {name: record(i) for i, name in enumerate(names)}
        return ctagger, ModelInput(records, records, blocks=True)
    crf = pycrfsuite.Tagger()
    try:
        data, codes = short_names(raw)
    except ValueError:
        crf.open(str(path))
        return crf, ModelInput(frozenset(a for a, _ in crf.info().state_features))
    keep.append(data)
    crf.open_inmemory(data)
    return crf, ModelInput(codes, codes)


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
        self._buffers: list[bytes] = []  # the renamed models' bytes, which crfsuite reads in place
        self._crf, in1 = _open(model_path, self._buffers)
        self._doc_crf, in2 = _open(doc_model_path, self._buffers) if self._crf is not None else (None, None)
        self.window = window
        self._input: tuple[ModelInput, ModelInput | None] | None = (in1, in2) if in1 is not None else None
        self._fast: FastFeatures | None = None  # the fast feature path of the last extractor used
        # crfsuite's tagger holds one instance at a time (and the C tagger lets go of the
        # interpreter while it works): one document or batch of features at a time
        self._busy = threading.RLock()

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
        """First-pass tags and binned confidence features (marginals) per token, from the
        features as strings."""
        model = self._inputs()[0]
        with self._busy:
            tags, conf = self._tag_coded([model.items(f) for f in feats])
        return tags, [[list(cf) for cf in c] for c in conf]

    def _tag_coded(
        self, feats: list[list[list[bytes]]], sure: Sequence[str] | None = None
    ) -> tuple[list[list[str]], list[list[Sequence[str]]]]:
        """:meth:`tag_features` of features coded for the first model (``ModelInput.items``).
        With ``sure``, a sure O's confidence features are that one object (not a new list)."""
        assert self._crf is not None
        tags: list[list[str]] = []
        conf: list[list[Sequence[str]]] = []
        crf = self._crf
        marginal = crf.marginal
        tables = getattr(crf, "marginals", None)  # CTagger's: one read of the tables a sentence
        types = _MARGINAL_TYPES
        for f in feats:
            if not f:
                tags.append([])
                conf.append([])
                continue
            ts = crf.tag(f)
            tags.append(ts)
            # A token's marginal for its label is at least the whole path's probability: when
            # that is over 0.95, every token tagged O is a sure O without asking its marginal.
            sure_path = crf.probability(ts) > _SURE_PATH
            if tables is not None and not (sure_path and ts.count("O") == len(ts)):
                marginal = tables()
            c: list[Sequence[str]] = []
            for i, t in enumerate(ts):
                if t == "O" and sure_path:
                    c.append(sure if sure is not None else list(_CONF_SURE_O))
                    continue
                p_o = p_t = marginal("O", i)
                if t == "O" and p_o > 0.95:
                    # the other labels share less than 0.05 (the marginals sum to 1): no type
                    # reaches the 0.1 that makes an "mt=" feature, so their marginals are not needed
                    c.append(sure if sure is not None else list(_CONF_SURE_O))
                    continue
                best, best_p = "", 0.0
                for typ, b, inside in types:
                    p_b, p_i = marginal(b, i), marginal(inside, i)
                    if t == b:
                        p_t = p_b
                    elif t == inside:
                        p_t = p_i
                    pt = p_b + p_i
                    if pt > best_p:
                        best, best_p = typ, pt
                cf = [_MO[min(int(p_o * 5), 4)], _MC[min(int(p_t * 5), 4)]]
                if best_p >= 0.1:
                    cf.append(f"mt={best}:{min(int(best_p * 5), 4)}")
                c.append(cf)
            conf.append(c)
        return tags, conf

    def _inputs(self) -> tuple[ModelInput, ModelInput | None]:
        """What each model reads (its known attributes and their codes), from the model files."""
        assert self._input is not None
        return self._input

    def _fast_path(self, fx: FeatureExtractor, models: tuple[ModelInput, ...]) -> FastFeatures:
        got = self._fast
        if got is None or got.fx is not fx or got.models != models:
            got = self._fast = FastFeatures(fx, models)
        return got

    def tag_sentences(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        flat = [w for s in sents for w in s]
        cuts = [0]
        for s in sents:
            cuts.append(cuts[-1] + len(s))
        tags = self.tag_document(lambda a, b: flat[a:b], cuts)
        return [tags[a:b] for a, b in itertools.pairwise(cuts)]

    def tag_document(
        self, words: Callable[[int, int], list[str]], cuts: Sequence[int], cancelled: Callable[[], bool] | None = None
    ) -> list[str]:
        """Tags of a document whose sentence k is ``words(cuts[k], cuts[k + 1])``, as one flat list.
        ``cancelled()`` is asked every few sentences; True raises :class:`Cancelled`.

        Streams: features and first-pass results are kept for the sentences inside the
        document window only, so memory grows with the tags, not with the features."""
        with self._busy:
            return self._tag_document(words, cuts, cancelled)

    def _tag_document(
        self, words: Callable[[int, int], list[str]], cuts: Sequence[int], cancelled: Callable[[], bool] | None
    ) -> list[str]:
        n = len(cuts) - 1
        out = ["O"] * (cuts[-1] if n >= 0 else 0)
        if self._crf is None or n <= 0:
            return out
        fx = self._fx or _extractor()
        in1, in2 = self._inputs()
        if self._doc_crf is None or in2 is None:
            fast = self._fast_path(fx, (in1,))
            for k in range(n):
                if cancelled is not None and k % 16 == 0 and cancelled():
                    raise Cancelled
                a, b = cuts[k], cuts[k + 1]
                ws = words(a, b)
                if _has_word(ws):
                    out[a:b] = self._crf.tag(fast.assemble(fast.prepare(ws))[0])
            return out
        fast = self._fast_path(fx, (in1, in2))
        window = self.window
        distinct: set[str] = set()
        for k in range(n):
            distinct.update(words(cuts[k], cuts[k + 1]))
        vocab = doc_vocab(fx, [distinct])  # each word type once
        del distinct
        # sentence -> (second-pass features so far, first-pass tags, confidence features, window keys)
        first: dict[int, tuple[list[list[bytes]], list[str], list[list[bytes]], list[str]]] = {}
        multis: dict[int, list[str]] = {}  # multiword gazetteer matches, where there are any
        win = DocWindow()
        doc_coder = DocCoder(in2)
        key_memo: dict[str, str] = {}  # word -> its window key (doc_keys; the vocabulary is fixed now)

        def key_of(w: str) -> str:
            key = key_memo[w] = doc_keys(fx, [w], vocab)[0]
            return key

        def keys_of(ws: list[str]) -> list[str]:
            get = key_memo.get
            return [key if (key := get(w)) is not None else key_of(w) for w in ws]

        def run_first(k: int) -> None:
            ws = words(cuts[k], cuts[k + 1])
            feats: list[list[bytes]] = []
            conf: list[list[bytes]] = []
            tags1 = ["O"] * len(ws)
            if _has_word(ws):  # else only punctuation, marks or symbols: nothing to tag
                prepared = fast.prepare(ws)
                feats1, feats = fast.assemble(prepared)
                (tags1,), (conf_s,) = self._tag_coded([feats1], _CONF_SURE_O)
                conf = doc_coder.conf_items(conf_s, _CONF_SURE_O)
                multi = prepared[2]
                if any(multi):
                    multis[k] = multi
            keys = keys_of(ws)
            first[k] = (feats, tags1, conf, keys)
            win.add(keys, tags1, 1)

        for k in range(min(window, n)):
            run_first(k)
        doc_crf = self._doc_crf
        for k in range(n):
            if cancelled is not None and k % 16 == 0 and cancelled():
                raise Cancelled
            if k + window < n:
                run_first(k + window)
            if k - window - 1 >= 0:
                _, t_old, _, k_old = first.pop(k - window - 1)
                win.add(k_old, t_old, -1)
            feats, tags1, conf, keys = first[k]
            if feats:  # the first pass is done with them: the document features go on the same lists
                doc_coder.items(win.counts, keys, tags1, feats, conf)
                out[cuts[k] : cuts[k + 1]] = doc_crf.tag(feats)
            first[k] = ([], tags1, [], keys)  # the features are done with
        if REPAIR:
            starts: set[str] = set()
            for k in range(n):
                a, b = cuts[k], cuts[k + 1]
                if "B-PERS" in out[a:b]:
                    starts |= person_starts(fx, [words(a, b)], [out[a:b]])
            for k in range(n):
                a, b = cuts[k], cuts[k + 1]
                ts = out[a:b]
                if "I-PERS" in ts:
                    repair(fx, words(a, b), ts, multis.get(k) or [""] * (b - a), starts)
                    out[a:b] = ts
        return out


def _has_word(words: Sequence[str]) -> bool:
    """Is the sentence prose the model can read: at least a third of its tokens words or
    numbers, and at most half of those in Latin letters? A run of punctuation, quote marks,
    emoji or symbols is left untagged (it names nothing, and it would cost the model its full
    price per character), and so is a sentence in English or another Latin-script language:
    the model learnt Arabic news (ANERcorp has no such sentence with a name in it), and on
    English it calls runs of ordinary words names."""
    n = latin = 0
    for w in words:
        if w[0].isalnum() or w[-1].isalnum():
            n += 1
            if w[0] < "\u0250" and w[0].isalpha():  # Basic Latin to Latin Extended-B
                latin += 1
    return n > 0 and 3 * n >= len(words) and 2 * latin <= n


_TYPES = ("PERS", "LOC", "ORG", "MISC")
_MARGINAL_TYPES = tuple((t, "B-" + t, "I-" + t) for t in _TYPES)
_MO = [f"mO={k}" for k in range(5)]
_MC = [f"mc={k}" for k in range(5)]
_CONF_SURE_O = (_MO[4], _MC[4])  # p(O) > 0.95 and the tag is O: bins 4 and 4, no "mt="
_SURE_PATH = 0.95 + 1e-9  # a margin over 0.95 for the rounding of the path's probability
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
