"""The tagger's fast feature path: the features of :meth:`FeatureExtractor.assemble`, built for
both CRF models at once from per-word-type parts that are coded once.

News repeats its words heavily, so everything that depends on one word type alone (its own
features and the prefixed copies its neighbours see, filtered to what each model knows and
encoded as bytes, and its triggers as "L3t=" features) is worked out once per type and cached; a
sentence is then a concatenation of cached lists. What depends on two adjacent words (the
bigram features) is cached per pair. The result is exactly ``model.items(fx.assemble(...))``,
attribute for attribute in the same order (crfsuite sums the weights in the order given, so the
order is part of "exactly"); tests/core/test_fastfeat.py checks that.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise
from typing import Any, NamedTuple

from qari.core.extract.features import FeatureExtractor, Info, ModelInput, tail_features

__all__ = ["FastFeatures"]

_CACHE_MAX = 300_000


class _Coded(NamedTuple):
    """One word type as one model reads it (only attributes the model knows, as bytes)."""

    own: list[bytes]
    m2: list[bytes]
    m1: list[bytes]
    p1: list[bytes]
    p2: list[bytes]
    l3t: list[bytes]


class FastFeatures:
    """``prepare(words)`` then ``assemble(prepared)``: one feature list per model in ``models``."""

    __slots__ = ("_ends", "_pairs", "_words", "fx", "models")

    def __init__(self, fx: FeatureExtractor, models: Sequence[ModelInput]) -> None:
        self.fx = fx
        self.models = tuple(models)
        self._words: dict[str, tuple[Info, tuple[_Coded, ...], bool, bool]] = {}
        self._pairs: dict[tuple[str, str], tuple[tuple[bytes | None, bytes | None], ...]] = {}
        self._ends = tuple((m.enc("BOS"), m.enc("BOS2"), m.enc("EOS")) for m in self.models)

    def _word(self, word: str) -> tuple[Info, tuple[_Coded, ...], bool, bool]:
        got = self._words.get(word)
        if got is None:
            fx = self.fx
            info = fx.info(word)
            coded = []
            for m in self.models:
                # the short-code table's own look-up where there is one (one call less a string)
                code: Callable[[str], bytes | None] = m.codes.get if m.codes is not None else m.code

                def keep(
                    lst: list[str], code: Callable[[str], bytes | None] = code, join: bool = m.blocks
                ) -> list[bytes]:
                    out = [b for s in lst if (b := code(s)) is not None]
                    return [b"".join(out)] if join and len(out) > 1 else out

                l3t = keep(["L3t=" + c for c in info.trig], m.enc)
                coded.append(_Coded(keep(info.own), keep(info.m2), keep(info.m1), keep(info.p1), keep(info.p2), l3t))
            # may a multiword gazetteer entry or memory phrase start here? (most words: no)
            gaz_start = any(f in fx.gaz.multi for f in info.forms)
            mem_start = fx.memory is not None and any(f in fx.memory.phrases.multi for f in info.forms)
            if len(self._words) >= _CACHE_MAX:
                self._words.clear()
            got = self._words[word] = (info, tuple(coded), gaz_start, mem_start)
        return got

    def _pair(self, a: str, b: str) -> tuple[tuple[bytes | None, bytes | None], ...]:
        got = self._pairs.get((a, b))
        if got is None:
            tail = a + "|" + b
            got = tuple((m.enc("bg=" + tail), m.enc("bg+=" + tail)) for m in self.models)
            if len(self._pairs) >= _CACHE_MAX:
                self._pairs.clear()
            self._pairs[(a, b)] = got
        return got

    def prepare(self, words: Sequence[str]) -> tuple[list[Info], list[tuple[_Coded, ...]], list[str], list[str] | None]:
        """Each word's features and coded parts, the multiword gazetteer tags and the memory's phrases."""
        get, make = self._words.get, self._word
        recs = [get(w) or make(w) for w in words]
        infos = [r[0] for r in recs]
        fx = self.fx
        n = len(recs)
        # Gazetteer.match_multi finds nothing where no word may start an entry
        multi = [""] * n
        gaz_starts = [r[2] for r in recs]
        if any(gaz_starts):
            multi = fx.gaz.match_multi([inf.forms for inf in infos], gaz_starts)
        mem = None
        if fx.memory is not None:
            mem_starts = [r[3] for r in recs]
            mem = fx.memory.match_phrases([inf.forms for inf in infos], mem_starts) if any(mem_starts) else [""] * n
        return infos, [r[1] for r in recs], multi, mem

    def assemble(
        self, prepared: tuple[list[Info], list[tuple[_Coded, ...]], list[str], list[str] | None]
    ) -> list[list[list[bytes]]]:
        """The features of each token for each model, as ``FeatureExtractor.assemble`` gives them."""
        infos, coded, multi, mem = prepared
        n = len(infos)
        keys = [inf.own[0] for inf in infos]
        get, make = self._pairs.get, self._pair
        pairs = [get(ab) or make(*ab) for ab in pairwise(keys)]
        tails = [False] * n  # tokens with a multiword or memory-phrase feature
        if any(multi) or (mem is not None and any(mem)):
            for i in range(n):
                if multi[i] or (i > 0 and multi[i - 1]) or (i + 1 < n and multi[i + 1]) or (mem is not None and mem[i]):
                    tails[i] = True
        out: list[list[list[bytes]]] = []
        for k, model in enumerate(self.models):
            bos, bos2, eos = self._ends[k]
            cs = [c[k] for c in coded]
            feats: list[list[bytes]] = []
            for i in range(n):
                f = cs[i].own.copy()
                if i > 0:
                    f += cs[i - 1].m1
                    if (x := pairs[i - 1][k][0]) is not None:
                        f.append(x)
                    if i > 1:
                        f += cs[i - 2].m2
                        # triggers 2-3 words back (1 back is in m1)
                        if i > 2:
                            f += cs[i - 3].l3t
                        f += cs[i - 2].l3t
                    elif bos2 is not None:
                        f.append(bos2)
                elif bos is not None:
                    f.append(bos)
                if i + 1 < n:
                    f += cs[i + 1].p1
                    if (x := pairs[i][k][1]) is not None:
                        f.append(x)
                    if i + 2 < n:
                        f += cs[i + 2].p2
                elif eos is not None:
                    f.append(eos)
                if tails[i]:
                    _tail(f, i, n, multi, mem, model)
                feats.append(f)
            out.append(feats)
        return out


def _tail(f: list[bytes], i: int, n: int, multi: list[str], mem: list[str] | None, model: ModelInput) -> None:
    """The multiword-gazetteer and memory-phrase features of token ``i``, coded for ``model``."""
    for t in tail_features(i, n, multi, mem):
        if (x := model.enc(t)) is not None:
            f.append(x)


_IDX = {"O": 0, "PERS": 1, "LOC": 2, "ORG": 3, "MISC": 4}
_TYPES = ("PERS", "LOC", "ORG", "MISC")
_LEVELS = ("all", "hi", "lo")
_MISSING: Any = object()
_MEMO_MAX = 100_000


class DocCoder:
    """``DocWindow.features`` as the second-pass model reads them (``model.items(win.features(...))``),
    built from tables of the few strings those features can be, coded once."""

    __slots__ = ("_conf", "_d", "_do", "_memo", "_next", "_none", "_prev", "_tag", "model")

    def __init__(self, model: ModelInput) -> None:
        self.model = model
        enc = model.enc
        self._tag: dict[str, list[bytes]] = {}
        self._prev: dict[str, bytes | None] = {}
        self._next: dict[str, bytes | None] = {}
        self._none = enc("d=none")
        self._d = [[enc(f"d={typ}:{lv}") for lv in _LEVELS] for typ in ("", *_TYPES)]
        self._do = [enc(f"dO={typ}") for typ in ("", *_TYPES)]
        self._conf: dict[str, bytes | None] = {}
        self._memo: dict[tuple[Any, ...], bytes] = {}

    def conf_items(self, conf: Sequence[Sequence[str]], sure: object = None) -> list[list[bytes]]:
        """``model.items(conf)`` for the first pass's confidence features (a few dozen strings).
        A token's features that are the object ``sure`` (a sure O's) share one coded list."""
        table = self._conf
        out = []
        sure_coded = None
        for cf in conf:
            if cf is sure:
                if sure_coded is None:
                    sure_coded = self.conf_items([cf])[0]
                out.append(sure_coded)
                continue
            f = []
            for s in cf:
                b = table.get(s, _MISSING)
                if b is _MISSING:
                    b = table[s] = self.model.enc(s)
                if b is not None:
                    f.append(b)
            out.append(f)
        return out

    def _tag_codes(self, t: str) -> list[bytes]:
        got = self._tag.get(t)
        if got is None:
            enc = self.model.enc
            got = self._tag[t] = [
                b for s in ("l1=" + t, "l1t=" + (t[2:] if t != "O" else "O")) if (b := enc(s)) is not None
            ]
            self._prev[t] = enc("-1:l1=" + t)
            self._next[t] = enc("+1:l1=" + t)
        return got

    def items(
        self,
        counts: dict[str, list[int]],
        keys: Sequence[str],
        ts: Sequence[str],
        into: list[list[bytes]] | None = None,
        then: Sequence[list[bytes]] | None = None,
    ) -> list[list[bytes]]:
        """The coded document features of each token; with ``into``, appended to its lists, and
        with ``then``, each token's list of ``then`` after them (the confidence features)."""
        n = len(ts)
        for t in set(ts).difference(self._tag):
            self._tag_codes(t)
        if "BOS" not in self._prev:
            self._prev["BOS"] = self.model.enc("-1:l1=BOS")
            self._next["EOS"] = self.model.enc("+1:l1=EOS")
        memo = self._memo if self.model.blocks else None
        one = self._one
        out: list[list[bytes]] = []
        for i, key in enumerate(keys):
            t = ts[i]
            p = ts[i - 1] if i else "BOS"
            q = ts[i + 1] if i + 1 < n else "EOS"
            c = counts[key]
            f: list[bytes] = [] if into is None else into[i]
            if memo is None:
                one(t, p, q, c, f)
            else:  # read as blocks: the features of each (labels around, counts) joined once
                mk = (p, t, q, *c)
                chunk = memo.get(mk)
                if chunk is None:
                    if len(memo) >= _MEMO_MAX:
                        memo.clear()
                    chunk = memo[mk] = b"".join(one(t, p, q, c, []))
                f.append(chunk)
            if then is not None:
                f += then[i]
            out.append(f)
        return out

    def _one(self, t: str, p: str, q: str, c: list[int], f: list[bytes]) -> list[bytes]:
        """Append to ``f`` the document features of a token labelled ``t`` between ``p`` and ``q``
        whose word the window labelled ``c`` times each way (this occurrence included)."""
        f += self._tag[t]
        if (x := self._prev[p]) is not None:
            f.append(x)
        if (x := self._next[q]) is not None:
            f.append(x)
        own = _IDX[t[2:]] if t != "O" else 0
        total = sum(c) - 1
        if total == 0:
            if self._none is not None:
                f.append(self._none)
        else:
            d_codes, do_codes = self._d, self._do
            for j in range(1, 5):
                cj = c[j] - 1 if j == own else c[j]
                if cj:
                    frac = cj / total
                    if (x := d_codes[j][0 if frac == 1 else 1 if frac >= 0.5 else 2]) is not None:
                        f.append(x)
                    if t == "O" and (x := do_codes[j]) is not None:
                        f.append(x)
        return f
