"""CRFsuite's own tagger, called through its C interface instead of pycrfsuite's C++ wrapper.

pycrfsuite converts every attribute of every token into a C++ string and crfsuite then looks
each one up in the model's attribute dictionary (a hash table) before it adds the weights: with
~30 attributes a token and two passes, that was most of the time in the CRF. The attributes'
ids are known in advance here, so :class:`CTagger` hands crfsuite the instance it builds from
them (``crfsuite_instance_t``: per token an array of ``{int aid; double value}``, value 1.0)
and calls the model's tagger interface (``set``, ``viterbi``, ``score``, ``lognorm``) from the
same library pycrfsuite loaded. It is the same code on the same ids in the same order, so tags,
path probabilities and marginals are exactly pycrfsuite's (``tests/core/test_crfc.py``).

A feature is passed as its 16-byte record (:meth:`CTagger.record`), so a token's features are a
list of bytes whose concatenation is the token's attribute array. Marginals are read from the
forward-backward tables crfsuite fills (``fwd[l] * bwd[l] / scale[t]``, as
``crf1dc_marginal_point`` computes them) rather than one foreign call each.

The structures are those of ``include/crfsuite.h`` and ``lib/crf/src/crf1d.h``; :func:`open_c`
checks them on a small instance against pycrfsuite and returns None if anything differs or the
library does not export its C functions (the tagger then uses pycrfsuite).
"""

from __future__ import annotations

import ctypes
import math
import struct
import weakref
from array import array
from collections.abc import Callable, Sequence
from ctypes import CFUNCTYPE, POINTER, Structure, byref, c_double, c_int, c_size_t, c_void_p
from itertools import accumulate
from typing import Any

import pycrfsuite

__all__ = ["CTagger", "open_c"]


class _Inst(Structure):
    _fields_ = (
        ("num_items", c_int),
        ("cap_items", c_int),
        ("items", c_void_p),
        ("labels", c_void_p),
        ("weight", c_double),
        ("group", c_int),
    )


class _TaggerIf(Structure):
    pass


_TP = POINTER(_TaggerIf)
_TaggerIf._fields_ = (
    ("internal", c_void_p),
    ("nref", c_int),
    ("addref", c_void_p),
    ("release", c_void_p),
    ("set", CFUNCTYPE(c_int, _TP, POINTER(_Inst))),
    ("length", CFUNCTYPE(c_int, _TP)),
    ("viterbi", CFUNCTYPE(c_int, _TP, POINTER(c_int), POINTER(c_double))),
    ("score", CFUNCTYPE(c_int, _TP, POINTER(c_int), POINTER(c_double))),
    ("lognorm", CFUNCTYPE(c_int, _TP, POINTER(c_double))),
    ("marginal_point", CFUNCTYPE(c_int, _TP, c_int, c_int, POINTER(c_double))),
    ("marginal_path", c_void_p),
)


class _ModelIf(Structure):
    pass


_MP = POINTER(_ModelIf)
_ModelIf._fields_ = (
    ("internal", c_void_p),
    ("nref", c_int),
    ("addref", c_void_p),
    ("release", CFUNCTYPE(c_int, _MP)),
    ("get_tagger", CFUNCTYPE(c_int, _MP, POINTER(_TP))),
    ("get_labels", c_void_p),
    ("get_attrs", c_void_p),
    ("dump", c_void_p),
)


class _Context(Structure):  # crf1d_context_t
    _fields_ = (
        ("flag", c_int),
        ("num_labels", c_int),
        ("num_items", c_int),
        ("cap_items", c_int),
        ("log_norm", c_double),
        ("state", c_void_p),
        ("trans", c_void_p),
        ("alpha_score", c_void_p),
        ("beta_score", c_void_p),
        ("scale_factor", c_void_p),
    )


class _Crf1dt(Structure):  # crf1dt_t, the tagger's internal data
    _fields_ = (("model", c_void_p), ("ctx", POINTER(_Context)))


_RECORD = struct.Struct("<i4xd")  # crfsuite_attribute_t: int aid; double value
_ONE_ITEM = 1 + (1 << 32)  # num_contents and cap_contents, two ints, equal


def _library() -> ctypes.CDLL:
    import pycrfsuite._pycrfsuite as ext

    return ctypes.CDLL(ext.__file__)


def _release(model: Any, data: bytes) -> None:
    model.contents.release(model)


class CTagger:
    """One model's tagger, with pycrfsuite's ``tag`` / ``probability`` / ``marginal`` (the features
    of a token being records, :meth:`record`)."""

    __slots__ = (
        "__weakref__", "_ab", "_base", "_ctx", "_data", "_inst", "_last", "_lid", "_lognorm", "_mem", "_n", "_norm",
        "_paths", "_pinst", "_pnorm", "_pscore", "_score", "_score_v", "_set", "_tg", "_viterbi", "labels",
    )

    def __init__(self, lib: ctypes.CDLL, data: bytes, labels: list[str]) -> None:
        create = lib.crfsuite_create_instance_from_memory
        create.argtypes = (c_void_p, c_size_t, POINTER(c_void_p))
        create.restype = c_int
        self._data = data  # crfsuite reads the model where it lies
        ptr = c_void_p()
        if create(data, len(data), byref(ptr)) != 0 or not ptr.value:
            raise ValueError("crfsuite could not read the model")
        model = ctypes.cast(ptr, _MP)
        weakref.finalize(self, _release, model, data)  # the model's bytes live until it is released
        tg = _TP()
        if model.contents.get_tagger(model, byref(tg)) != 0:
            raise ValueError("no tagger")
        self._tg = tg
        ifc = tg.contents
        self._set, self._viterbi, self._score, self._lognorm = ifc.set, ifc.viterbi, ifc.score, ifc.lognorm
        self._ctx = _Crf1dt.from_address(ifc.internal).ctx
        self.labels = labels
        self._lid = {y: i for i, y in enumerate(labels)}
        # work space kept from one instance to the next: the tokens' attribute arrays, the
        # instance, the Viterbi path and the two scores
        self._mem = ctypes.create_string_buffer(1 << 16)
        self._base = ctypes.addressof(self._mem)
        self._inst = _Inst(0, 0, None, None, 1.0, 0)
        self._pinst = ctypes.pointer(self._inst)
        self._paths = (c_int * 512)()
        self._score_v, self._norm = c_double(), c_double()
        self._pscore, self._pnorm = ctypes.pointer(self._score_v), ctypes.pointer(self._norm)
        self._n = 0
        self._last: list[str] | None = None
        self._ab: Callable[[str, int], float] | None = None

    @staticmethod
    def record(aid: int) -> bytes:
        """Attribute ``aid`` (value 1.0) as crfsuite's instance holds it."""
        return _RECORD.pack(aid, 1.0)

    def set(self, xseq: Sequence[Sequence[bytes]]) -> None:
        """The instance to tag: per token its features' records (:meth:`record`)."""
        n = len(xseq)
        blocks = [b"".join(f) for f in xseq]
        buf = b"".join(blocks)  # every token's attribute array, one after the other
        if len(buf) > len(self._mem):
            self._mem = ctypes.create_string_buffer(max(len(buf), 2 * len(self._mem)))
            self._base = ctypes.addressof(self._mem)
        ctypes.memmove(self._base, buf, len(buf))
        items = array("q", bytes(16 * n))  # crfsuite_item_t: num_contents, cap_contents, contents
        if n:
            sizes = [len(b) for b in blocks]
            items[0::2] = array("q", [(size * _ONE_ITEM) >> 4 for size in sizes])
            items[1::2] = array("q", accumulate(sizes[:-1], initial=self._base))
        inst = self._inst
        inst.num_items = inst.cap_items = n
        inst.items = items.buffer_info()[0] if n else None
        if self._set(self._tg, self._pinst) != 0:
            raise RuntimeError("crfsuite could not set the instance")
        self._n = n
        self._last = None
        self._ab = None

    def tag(self, xseq: Sequence[Sequence[bytes]]) -> list[str]:
        self.set(xseq)
        n = self._n
        if not n:
            return []
        if n > len(self._paths):
            self._paths = (c_int * max(n, 2 * len(self._paths)))()
        self._viterbi(self._tg, self._paths, None)
        labels = self.labels
        self._last = [labels[i] for i in self._paths[:n]]
        return self._last.copy()

    def probability(self, yseq: Sequence[str]) -> float:
        n = self._n
        if not n:
            return 0.0
        if len(yseq) != n:
            raise ValueError("the numbers of items and labels differ")
        path: ctypes.Array[c_int] = self._paths  # holds the Viterbi path just found
        if yseq != self._last:
            lid = self._lid
            path = (c_int * n)(*[lid[y] for y in yseq])
        self._score(self._tg, path, self._pscore)
        self._lognorm(self._tg, self._pnorm)
        return math.exp(self._score_v.value - self._norm.value)

    def marginal(self, y: str, t: int) -> float:
        """P(y at t), as ``crf1dc_marginal_point`` computes it."""
        if not 0 <= t < self._n:
            raise ValueError("position out of range")
        return self.marginals()(y, t)

    def marginals(self) -> Callable[[str, int], float]:
        """:meth:`marginal` for the instance set last, as a plain function (the tables are read once)."""
        got = self._ab
        if got is None:
            self._lognorm(self._tg, self._pnorm)  # fills the forward-backward tables
            ctx = self._ctx.contents
            size = self._n * len(self.labels)
            fwd, bwd, scale = array("d"), array("d"), array("d")
            fwd.frombytes(ctypes.string_at(ctx.alpha_score, 8 * size))
            bwd.frombytes(ctypes.string_at(ctx.beta_score, 8 * size))
            scale.frombytes(ctypes.string_at(ctx.scale_factor, 8 * self._n))
            width, lid = len(self.labels), self._lid

            def got(y: str, t: int) -> float:
                k = t * width + lid[y]
                return fwd[k] * bwd[k] / scale[t]

            self._ab = got
        return got


def open_c(data: bytes) -> tuple[CTagger, list[str]] | None:
    """A :class:`CTagger` of the model ``data`` and its attribute names by id, or None where
    crfsuite's C interface cannot be used (or does not give pycrfsuite's results exactly)."""
    from qari.core.extract.crfmodel import attribute_names

    try:
        lib = _library()
        names = attribute_names(data)
        ref = pycrfsuite.Tagger()
        ref.open_inmemory(data)
        tagger = CTagger(lib, data, ref.labels())
        if not _agrees(tagger, ref, names):
            return None
    except (OSError, AttributeError, ValueError, RuntimeError, ImportError):
        return None
    return tagger, names


def _agrees(tagger: CTagger, ref: pycrfsuite.Tagger, names: list[str]) -> bool:
    """Do tags, the path's probability and every marginal equal pycrfsuite's on a small instance?"""
    n = len(names)
    if n == 0:
        return False
    ids = [[(7 * t + 3 * k) % n for k in range(1 + t % 5)] for t in range(12)]
    ours = tagger.tag([[CTagger.record(a) for a in tok] for tok in ids])
    theirs = ref.tag([[names[a] for a in tok] for tok in ids])
    if ours != theirs or tagger.probability(ours) != ref.probability(theirs):
        return False
    return all(tagger.marginal(y, t) == ref.marginal(y, t) for t in range(len(ids)) for y in tagger.labels)
