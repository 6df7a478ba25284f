"""CRF features for NER. Everything that depends on one word type only is computed once per
type and cached (the pure-Python feature extraction is the tagger's bottleneck)."""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Sequence
from typing import Any, NamedTuple

from qari.core.extract.gazetteer import Gazetteer, norm, strip_clitics, written_key
from qari.core.extract.lexicon import lexicon_features
from qari.core.extract.memory import Memory

__all__ = ["TRIGGERS", "DocWindow", "FeatureExtractor", "ModelInput", "doc_features", "doc_keys", "doc_vocab"]


def _n(words: str) -> frozenset[str]:
    return frozenset(norm(w) for w in words.split())


TRIGGERS: dict[str, frozenset[str]] = {
    # titles and roles that precede a person's name
    "TITLE": _n(
        "الرئيس رئيس رئيسة الرئيسة وزير الوزير وزيرة الوزيرة الشيخ الملك الملكة الأمير الأميرة السيد"
        " السيدة الدكتور الدكتورة د المستشار المستشارة النائب النائبة السفير السفيرة الجنرال العقيد"
        " اللواء العميد المشير الفريق المتحدث الناطق البابا الإمام المرشد الأمين الزعيم القائد"
        " الحاكم المحافظ العاهل ولي نائب المبعوث المندوب المدرب اللاعب الكاتب الصحفي الفنان"
        " المطرب المخرج الممثل الباحث المحلل الخبير الأستاذ البروفيسور القاضي المدعي السلطان"
        " الأمير مساعد سكرتير المدير مدير رئيسه زعيم قائد حاكم السناتور المرشح"
    ),
    # heads of organisation names
    "ORGH": _n(
        "وزارة شركة جامعة حزب منظمة مجلس وكالة هيئة مؤسسة بنك مصرف صندوق اتحاد جمعية لجنة"
        " حركة جبهة منتدى مركز معهد صحيفة جريدة مجلة قناة إذاعة تلفزيون محكمة برلمان نادي"
        " جيش فريق منتخب مجموعة تحالف رابطة نقابة اكاديمية أكاديمية مكتب دائرة مديرية سلطة"
        " الأمم الاتحاد الجامعة الحزب المنظمة المجلس الوكالة الهيئة الشركة البنك الصندوق الجيش"
    ),
    # heads of place names and directions
    "LOCH": _n(
        "مدينة عاصمة العاصمة بلدة قرية محافظة ولاية إقليم جزيرة جزر نهر جبل جبال بحر خليج"
        " منطقة مقاطعة شمال جنوب شرق غرب وسط مخيم حي ضاحية شارع ميناء مطار بحيرة صحراء"
        " قطاع شبه المدينة القرية المحافظة الولاية الإقليم"
    ),
    # reporting verbs and source phrases (subject or speaker next to them)
    "REPORT": _n(
        "قال قالت أضاف أضافت أكد أكدت أعلن أعلنت مشيرا مشيرة أشار أشارت يقول تقول دعا دعت"
        " قائلا قائلة أوضح أوضحت حسب بحسب مؤكدا مؤكدة صرح صرحت لفت لفتت تابع تابعت ذكر ذكرت"
        " اعتبر اعتبرت رأى رأت كشف كشفت نفى نفت حذر حذرت شدد شددت طالب طالبت أفاد أفادت نقل"
        " نقلت أردف أردفت مضيفا مضيفة موضحا موضحة يرى ترى يؤكد تؤكد أبلغ أبلغت لسان وفقا"
    ),
    "MISCH": _n("كأس بطولة جائزة مهرجان دوري مؤتمر معرض اتفاقية اتفاق عملية مسابقة أولمبياد"),
    "PREP": _n("في من إلى الى على عن مع بين لدى عند"),
}
_WORD_TRIGGER: dict[str, tuple[str, ...]] = {}
for _cls, _words in TRIGGERS.items():
    for _w in _words:
        _WORD_TRIGGER[_w] = (*_WORD_TRIGGER.get(_w, ()), _cls)

_CACHE_MAX = 300_000
class Info(NamedTuple):
    own: list[str]
    m2: list[str]
    m1: list[str]
    p1: list[str]
    p2: list[str]
    forms: tuple[str, ...]
    trig: tuple[str, ...]


class ModelParts(NamedTuple):
    """An :class:`Info`'s feature lists as one model reads them (:meth:`ModelInput.parts`):
    only the attributes it knows, as UTF-8 bytes."""

    own: list[bytes]
    m2: list[bytes]
    m1: list[bytes]
    p1: list[bytes]
    p2: list[bytes]


class FeatureExtractor:
    def __init__(self, gaz: Gazetteer, memory: Memory | None = None) -> None:
        self.gaz = gaz
        self.memory = memory
        self._cache: dict[str, Info] = {}
        self._lex_memo: dict[str, frozenset[str]] = {}  # dictionary classes of one form

    def info(self, word: str) -> Info:
        got = self._cache.get(word)
        if got is None:
            if len(self._cache) >= _CACHE_MAX:
                self._cache.clear()
            got = self._cache[word] = self._compute(word)
        return got

    def _compute(self, word: str) -> Info:
        n = norm(word)
        prefix, forms = strip_clitics(n)
        last = forms[-1]
        stem = last[2:] if last.startswith("ال") and len(last) > 4 else last
        if stem is not last:
            prefix += "ال"
        if n.isdigit():
            shape = "D"
        elif n.isalpha():
            shape = "A" if "\u0621" <= n[0] <= "\u064a" else "LU" if n.isupper() else "L"
        elif any(c.isdigit() for c in n):
            shape = "DX"
        else:
            shape = "P" if len(n) == 1 else "X"
        words = self.gaz.words
        gaz = {c for f in forms for c in words.get(f, ())}
        gaz_stem = set(words.get(stem, ())) | set(words.get("ال" + stem, ())) if stem != n else set()
        trig = {c for f in forms for c in _WORD_TRIGGER.get(f, ())}
        ctx = [f"w={n}", f"s={stem}", f"sh={shape}"]
        ctx += [f"g={c}" for c in sorted(gaz)] + [f"gs={c}" for c in sorted(gaz_stem - gaz)]
        ctx += [f"t={c}" for c in sorted(trig)]
        # nisba adjective with the article (الفرنسيه، الدولي): the tail of many ORG and LOC names
        nisba = stem is not last and len(stem) > 3 and (stem.endswith("يه") or stem.endswith("ي"))
        ccx = ["nisba"] if nisba else []
        own = [
            *ctx,
            *ccx,
            f"p={prefix}",
            f"p2={stem[:2]}",
            f"p3={stem[:3]}",
            f"x1={stem[-1:]}",
            f"x2={stem[-2:]}",
            f"x3={stem[-3:]}",
            f"len={min(len(stem), 9)}",
        ]
        if word != n:
            own.append("diac" if len(word) > len(n) else "fold")
        if not (gaz or gaz_stem):
            own.append("nogaz")
        if self.memory is not None:
            mem = self.memory.word_features(forms)
            own += mem
            ctx = [*ctx, *mem]
        lex: list[str] = []
        if shape == "A" and self.gaz.lexicon:
            person = "PERS" in gaz or "PERS_FIRST" in gaz
            lex = lexicon_features(self.gaz.lexicon_sets(), forms, stem, person, self._lex_memo)
        own += lex
        near = [*ctx, *ccx, *lex, f"x2={stem[-2:]}", f"p={prefix}"]
        return Info(
            own,
            ["-2:" + f for f in ctx],
            ["-1:" + f for f in near],
            ["+1:" + f for f in near],
            ["+2:" + f for f in ctx],
            tuple(forms),
            tuple(sorted(trig)),
        )

    def sentence(self, words: list[str]) -> list[list[str]]:
        return self.sentence_and_multi(words)[0]

    def sentence_and_multi(self, words: list[str]) -> tuple[list[list[str]], list[str]]:
        """Features per token, and the longest-match multiword gazetteer tags ("B-LOC", ...)."""
        infos, multi, mem = self.prepare(words)
        return self.assemble(infos, multi, mem), multi

    def prepare(self, words: Sequence[str]) -> tuple[list[Info], list[str], list[str] | None]:
        """Each word's cached features, the multiword gazetteer tags and the memory's phrases."""
        infos = [self.info(w) for w in words]
        forms = [inf.forms for inf in infos]
        multi = self.gaz.match_multi(forms)
        mem = self.memory.match_phrases(forms) if self.memory is not None else None
        return infos, multi, mem

    def assemble(
        self, infos: list[Info], multi: list[str], mem: list[str] | None, model: ModelInput | None = None
    ) -> list[list[Any]]:
        """The features of each token from :meth:`prepare`'s parts: strings, or with ``model``
        only the attributes that model knows, as bytes (what the tagger passes to crfsuite)."""
        n = len(infos)
        parts: Sequence[Info | ModelParts]
        memo: dict[str, bytes | None] | None
        enc: Callable[[str], str | bytes | None]
        if model is None:
            parts, memo, enc = infos, None, _same
        else:
            parts, memo, enc = [model.parts(inf) for inf in infos], model.memo, model.enc

        def code(x: str) -> Any:
            # the model's attribute for a feature made per token (None if it has no weight)
            if memo is None:
                return x
            got = memo.get(x, _MISSING)
            return enc(x) if got is _MISSING else got

        out: list[list[Any]] = []
        words = [inf.own[0] for inf in infos]
        for i in range(n):
            f: list[Any] = list(parts[i].own)
            if i > 0:
                f += parts[i - 1].m1
                if (x := code("bg=" + words[i - 1] + "|" + words[i])) is not None:
                    f.append(x)
                if i > 1:
                    f += parts[i - 2].m2
                elif (x := code("BOS2")) is not None:
                    f.append(x)
            elif (x := code("BOS")) is not None:
                f.append(x)
            if i > 1:  # triggers 2-3 words back (1 back is in m1)
                for j in range(max(0, i - 3), i - 1):
                    for c in infos[j].trig:
                        if (x := code("L3t=" + c)) is not None:
                            f.append(x)
            if i + 1 < n:
                f += parts[i + 1].p1
                if (x := code("bg+=" + words[i] + "|" + words[i + 1])) is not None:
                    f.append(x)
                if i + 2 < n:
                    f += parts[i + 2].p2
            elif (x := code("EOS")) is not None:
                f.append(x)
            if multi[i] or (i > 0 and multi[i - 1]) or (i + 1 < n and multi[i + 1]) or (mem is not None and mem[i]):
                for t in tail_features(i, n, multi, mem):
                    if (x := code(t)) is not None:
                        f.append(x)
            out.append(f)
        return out


def tail_features(i: int, n: int, multi: Sequence[str], mem: Sequence[str] | None) -> list[str]:
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
    return tail


def _same(s: str) -> str:
    return s


class ModelInput:
    """The features as one CRF model reads them: only the attributes it has weights for, as
    UTF-8 bytes. crfsuite skips unknown attributes and scores the rest in their given order, so
    the result is the same; what is saved is converting and looking up ~40 strings a token.

    With ``codes`` (a model whose attributes were renamed, :mod:`qari.core.extract.crfmodel`, or
    read by attribute id, :mod:`qari.core.extract.crfc`), the attributes it knows are the table's
    keys and each is passed as its code.
    """

    __slots__ = ("_parts", "blocks", "codes", "enc", "known", "memo")

    def __init__(self, known: Container[str], codes: dict[str, bytes] | None = None, blocks: bool = False) -> None:
        self.known: Container[str] = known if codes is None else codes
        self.codes = codes
        # the tagger reads a token's features as the concatenation of its list (crfc.py's fixed-size
        # records): a word type's parts may then be passed as one joined block each
        self.blocks = blocks
        self.memo: dict[str, bytes | None] = {}
        self._parts: dict[int, tuple[Info, ModelParts]] = {}  # id(raw Info) -> (raw, filtered)
        # the model's attribute for a feature string, or None if it has no weight for it
        self.enc: Callable[[str], bytes | None] = self._enc if codes is None else codes.get

    def code(self, s: str) -> bytes | None:
        """:meth:`enc` without its memo (for features coded once and cached by the caller)."""
        if self.codes is not None:
            return self.codes.get(s)
        return s.encode() if s in self.known else None

    def _enc(self, s: str) -> bytes | None:
        memo = self.memo
        got = memo.get(s, _MISSING)
        if got is _MISSING:
            if len(memo) >= _CACHE_MAX:
                memo.clear()
            got = memo[s] = s.encode() if s in self.known else None
        return got  # type: ignore[return-value]  # not _MISSING here: the sentinel was replaced above

    def items(self, feats: list[list[str]]) -> list[list[bytes]]:
        enc = self.enc
        return [[b for s in f if (b := enc(s)) is not None] for f in feats]

    def parts(self, info: Info) -> ModelParts:
        got = self._parts.get(id(info))
        if got is not None and got[0] is info:
            return got[1]
        code = self.code

        def keep(lst: list[str]) -> list[bytes]:
            return [b for s in lst if (b := code(s)) is not None]

        out = ModelParts(keep(info.own), keep(info.m2), keep(info.m1), keep(info.p1), keep(info.p2))
        if len(self._parts) >= _CACHE_MAX:
            self._parts.clear()
        self._parts[id(info)] = (info, out)  # the raw Info is kept alive with its id
        return out


_MISSING = object()


_TYPES = ("PERS", "LOC", "ORG", "MISC")


def doc_features(
    fx: FeatureExtractor, sents: list[list[str]], tags: list[list[str]], window: int
) -> list[list[list[str]]]:
    """Second-pass features: the first pass's labels around each token, and how the first pass
    labelled the other occurrences of the same word (clitics stripped) in the sentences within
    ``window`` of this one (document-level label propagation, learnt rather than hard-coded).
    (All at once, for training; the tagger streams the same features with :class:`DocWindow`.)"""
    vocab = doc_vocab(fx, sents)
    keys = [doc_keys(fx, s, vocab) for s in sents]
    win = DocWindow()
    for k in range(min(window, len(sents))):
        win.add(keys[k], tags[k], 1)
    out: list[list[list[str]]] = []
    for k in range(len(sents)):
        if k + window < len(sents):
            win.add(keys[k + window], tags[k + window], 1)
        if k - window - 1 >= 0:
            win.add(keys[k - window - 1], tags[k - window - 1], -1)
        out.append(win.features(keys[k], tags[k]))
    return out


def doc_vocab(fx: FeatureExtractor, sents: Iterable[Iterable[str]]) -> set[str]:
    """The document's words (normalized, as written): what :func:`written_key` may strip to."""
    info = fx.info
    return {info(w).forms[0] for s in sents for w in s}


def doc_keys(fx: FeatureExtractor, words: Sequence[str], vocab: set[str]) -> list[str]:
    info = fx.info
    return [written_key(info(w).forms, vocab) for w in words]


_IDX = {"O": 0, "PERS": 1, "LOC": 2, "ORG": 3, "MISC": 4}


class DocWindow:
    """How the first pass labelled each word in the sentences of a sliding window (add a
    sentence as it enters the window with ``d=1``, remove it as it leaves with ``d=-1``), and the
    second-pass features of a sentence against it."""

    __slots__ = ("counts",)

    def __init__(self) -> None:
        self.counts: dict[str, list[int]] = {}  # key -> [O, PERS, LOC, ORG, MISC]

    def add(self, keys: Sequence[str], tags: Sequence[str], d: int) -> None:
        counts, idx = self.counts, _IDX
        for key, t in zip(keys, tags, strict=True):
            c = counts.get(key)
            if c is None:
                c = counts[key] = [0, 0, 0, 0, 0]
            c[idx[t[2:]] if t != "O" else 0] += d

    def features(self, keys: Sequence[str], ts: Sequence[str]) -> list[list[str]]:
        counts, idx = self.counts, _IDX
        n = len(ts)
        sent_feats: list[list[str]] = []
        for i, key in enumerate(keys):
            t = ts[i]
            f = ["l1=" + t, "l1t=" + (t[2:] if t != "O" else "O")]
            f.append("-1:l1=" + (ts[i - 1] if i else "BOS"))
            f.append("+1:l1=" + (ts[i + 1] if i + 1 < n else "EOS"))
            c = list(counts[key])
            c[idx[t[2:]] if t != "O" else 0] -= 1
            total = sum(c)
            if total == 0:
                f.append("d=none")
            else:
                for j, typ in enumerate(_TYPES, 1):
                    if c[j]:
                        frac = c[j] / total
                        f.append(f"d={typ}:" + ("all" if frac == 1 else "hi" if frac >= 0.5 else "lo"))
                        if t == "O":
                            f.append(f"dO={typ}")
            sent_feats.append(f)
        return sent_feats
