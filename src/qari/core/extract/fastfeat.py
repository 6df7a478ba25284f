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

from collections.abc import Container, Sequence
from typing import NamedTuple

from qari.core.extract.features import FeatureExtractor, Info, ModelInput

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
        self._words: dict[str, tuple[Info, tuple[_Coded, ...]]] = {}
        self._pairs: dict[tuple[str, str], tuple[tuple[bytes | None, bytes | None], ...]] = {}
        self._ends = tuple((m.enc("BOS"), m.enc("BOS2"), m.enc("EOS")) for m in self.models)

    def _word(self, word: str) -> tuple[Info, tuple[_Coded, ...]]:
        got = self._words.get(word)
        if got is None:
            info = self.fx.info(word)
            coded = []
            for m in self.models:
                known = m.known

                def keep(lst: list[str], known: Container[str] = known) -> list[bytes]:
                    return [s.encode() for s in lst if s in known]

                l3t = [b for c in info.trig if (b := m.enc("L3t=" + c)) is not None]
                coded.append(_Coded(keep(info.own), keep(info.m2), keep(info.m1), keep(info.p1), keep(info.p2), l3t))
            if len(self._words) >= _CACHE_MAX:
                self._words.clear()
            got = self._words[word] = (info, tuple(coded))
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
        recs = [self._word(w) for w in words]
        infos = [r[0] for r in recs]
        forms = [inf.forms for inf in infos]
        fx = self.fx
        multi = fx.gaz.match_multi(forms)
        mem = fx.memory.match_phrases(forms) if fx.memory is not None else None
        return infos, [r[1] for r in recs], multi, mem

    def assemble(
        self, prepared: tuple[list[Info], list[tuple[_Coded, ...]], list[str], list[str] | None]
    ) -> list[list[list[bytes]]]:
        """The features of each token for each model, as ``FeatureExtractor.assemble`` gives them."""
        infos, coded, multi, mem = prepared
        n = len(infos)
        keys = [inf.own[0] for inf in infos]
        pairs = [self._pair(keys[i], keys[i + 1]) for i in range(n - 1)]
        has_tail = any(multi) or (mem is not None and any(mem))
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
                if has_tail:
                    _tail(f, i, n, multi, mem, model)
                feats.append(f)
            out.append(feats)
        return out


def _tail(f: list[bytes], i: int, n: int, multi: list[str], mem: list[str] | None, model: ModelInput) -> None:
    """The multiword-gazetteer and memory-phrase features of token ``i`` (few tokens have any)."""
    tail = []
    if multi[i]:
        tail.append("mg=" + multi[i])
    if i > 0 and multi[i - 1]:
        tail.append("-1:mg=" + multi[i - 1])
    if i + 1 < n and multi[i + 1]:
        tail.append("+1:mg=" + multi[i + 1])
    if mem is not None and mem[i]:
        tail.append("mm=" + mem[i])
    for t in tail:
        if (x := model.enc(t)) is not None:
            f.append(x)
