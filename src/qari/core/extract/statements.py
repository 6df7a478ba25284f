"""Reported speech: «قال X إن …», «أكد X أن …» and «… بحسب / وفقا لـ X», with their speakers."""

from __future__ import annotations

from qari.core.extract import cues
from qari.core.extract.cues import strip_conj
from qari.core.extract.doc import Doc
from qari.core.extract.model import Quote
from qari.core.extract.speakers import PUNCT, TERMINATORS, Finder, Res
from qari.core.extract.subjects import clause_subject

__all__ = ["participle_statement", "source_np", "source_statement", "statement"]

_STATEMENT_END = frozenset(".!?؟…:")
_CLAUSE_LINKS = frozenset(("فيما", "بينما", "حين", "كما"))


def _new_report(f: Finder, b: int) -> bool:
    """Does a second report begin at b («…، فيما أكد شولتس أن …», «…، وأضاف أن …»)?"""
    if b == 0 or f.verb_at(b) in (None, "passive"):
        return False
    prev = f.keys[b - 1]
    return prev in _CLAUSE_LINKS or (prev in ("،", ",") and f.keys[b][0] in "وف")


def _main_complement(f: Finder, b: int) -> bool:
    """«وأضاف الوزير، محذرا من أن الوضع خطير، أن الحكومة …»: at b, a comma and the
    complementizer of the clause an inserted participle interrupted (the insertion ends)."""
    if f.keys[b] not in ("،", ",") or b + 1 >= f.n:
        return False
    c = b + 1
    if f.keys[c] in ("إلى", "الى", "على", "من") and c + 1 < f.n:
        c += 1
    return f.keys[c] in cues.COMPLEMENTIZERS and f.inq[c] < 0


_RELAYING = cues._keys("نقلته نقله نقلت نقل")
# «وفقا لبيان صادر عن وزارة الصحة»: the document was issued by the source that follows عن / من
_ISSUED = cues._keys("صادر صادرة الصادر الصادرة منشور منشورة المنشور المنشورة")
_FROM = cues._keys("عن من")
_MA = cues._keys("ما لما")
_RESUMPTIVE = cues._keys("به بها بهم عنه عنها")
_AS_SAID = cues._keys("حسبما وحسبما كما وكما مثلما ومثلما وفقما")
_PARTICIPLE_REACH = 5  # words from a participle to its complementizer («معربا عن أمله في أن»)
_WINDOW = 25  # words between a verb and its complementizer («أكد رئيس …، محمد …، اليوم …، أن»)


def statement(f: Finder, i: int, doc: Doc) -> Quote | None:
    """«وقال X إن …», «أكد X أن …»: the verb at i with its complementizer in the same sentence."""
    if i > 0 and f.sent[i - 1] == f.sent[i] and f.keys[i - 1] in _AS_SAID and (
        f.keys[i - 1] not in ("كما", "وكما") or i - 1 > f.sentence_start(i)  # «كما قال» opening a sentence: "also"
    ):
        return _as_said(f, i, doc)
    verb = strip_conj(f.keys[i])
    inna = verb in cues.INNA_VERBS or f.keys[i] in cues.VERBAL_NOUNS
    c, words = i + 1, 0
    while c < f.n and words <= _WINDOW and f.sent[c] == f.sent[i]:
        k = f.keys[c]
        if c in f.short_at:  # «وأضاف «بن فرحان»، في جلسة …، أن», «أمام مؤتمر "كوب 27"، …، أن»
            c = f.short_at[c][1] + 1
            continue
        if f.inq[c] >= 0 and not (k in cues.COMPLEMENTIZERS and f.inq[c - 1] < 0):
            return None  # a quotation, unless it opens with its complementizer («قال، ” إنّ هذا …”»)
        if k in cues.COMPLEMENTIZERS and (not inna or _inna(f, c, doc)):
            break
        if k in (":", ":"):
            return None  # «وتابع: مقتنعون بأن …» is the speaker's own words, not a report
        if strip_conj(k) in cues.PARTICIPLES:
            return None  # «وأشاد X بالاتفاق، مشيرا إلى أن …»: the participle reports it
        if c > i + 1 and f.verb_at(c) not in (None, "passive"):
            # «وقال البرهان في خطاب …، قال إن …»: the nearer verb reports it, for the same speaker
            f.remember(i, f.resolve_verb(i))
            return None
        if k not in PUNCT:
            words += 1
        c += 1
    else:
        return None
    if c >= f.n or f.sent[c] != f.sent[i]:
        return None
    return _complement(f, i, c, doc, f.cue_text(i))


_AFTER_TIME = cues._keys("بعد قبل منذ دون بدون بمجرد حتى")


def _inna(f: Finder, c: int, doc: Doc) -> bool:
    """After قال: إنّ (written with its hamza), or an unmarked ان/انه as many outlets write it,
    unless a time word makes it أنْ («وقال بعد ان اجتمع …»)."""
    b = cues.bare(doc.toks.word(c))
    return b[0] == "إ" or (b[0] == "ا" and f.keys[c - 1] not in _AFTER_TIME)


def _complement(f: Finder, i: int, c: int, doc: Doc, cue: str) -> Quote | None:
    """The statement whose complementizer is at c, reported by the verb or participle at i."""
    a = c + 1 if cues.bare(doc.toks.word(c)) in ("إن", "أن", "بأن", "ان", "بان") else c
    b = a
    while b < f.n and f.sent[b] == f.sent[a] and not (f.inq[b] < 0 and f.keys[b] in _STATEMENT_END):
        k = strip_conj(f.keys[b])
        if f.inq[b] < 0 and (k in cues.PARTICIPLES or _new_report(f, b) or _main_complement(f, b)):
            break
        b += 1
    while b > a and f.inq[b - 1] < 0 and (f.keys[b - 1] in _CLAUSE_LINKS or f.keys[b - 1] in ("،", ",")):
        b -= 1
    if b <= a:
        return None
    if strip_conj(f.keys[i]) in cues.PARTICIPLES:
        pg = "f" if strip_conj(f.keys[i]) in cues.PARTICIPLES_F else "m"  # the participle's gender
        sp, eid, g = clause_subject(f, i, pg) or f.continuation(i, pg)
    else:
        sp, eid, g = f.resolve_verb(i)
    f.remember(i, (sp, eid, g))
    start, end = doc.toks[a].start, doc.toks[b - 1].end
    while end > start and doc.text[end - 1] in "،,؛;:":
        end -= 1
    return Quote(doc.text[start:end], start, end, sp, eid, cue, "reported")


def participle_statement(f: Finder, i: int, doc: Doc) -> Quote | None:
    """«…، مشيرا إلى أن …», «مؤكدا أن …»: a participle with its complement clause."""
    c = i + 1
    # «محذرا من أن», «مشيرا إلى أن», «مشددا على أن», «مؤكدا للصحفيين أن», «معربا عن أمله في أن»:
    # a few words, no punctuation or quotation, between the participle and its complementizer
    while c < f.n and c - i <= _PARTICIPLE_REACH and f.sent[c] == f.sent[i] and f.inq[c] < 0 and (
        f.keys[c] not in cues.COMPLEMENTIZERS and f.keys[c] not in PUNCT and not f.verb_at(c)
        and strip_conj(f.keys[c]) not in cues.PARTICIPLES
    ):
        c += 1
    if c >= f.n or f.sent[c] != f.sent[i] or f.inq[c] >= 0 or f.keys[c] not in cues.COMPLEMENTIZERS:
        return None
    if cues.bare(doc.toks.word(c))[0] == "إ" and strip_conj(f.keys[i]) not in cues._keys("قائلا قائلة"):
        return None
    return _complement(f, i, c, doc, f.cue_text(i))


def _as_said(f: Finder, i: int, doc: Doc) -> Quote | None:
    """«…، حسبما قال دبلوماسي مطلع» / «وحسبما قال دبلوماسي مطلع لموقع أكسيوس. فقد حث …»: the
    rest of the sentence (or the next one, when the source fills its own) is the statement."""
    sp, eid, _ = f.resolve_verb(i)
    s0 = f.sentence_start(i)
    a, b = s0, i - 1
    if b - a < 3:  # the source opens the sentence: what it says follows, after a comma
        a = i + 1
        while a < f.n and f.sent[a] == f.sent[i] and f.keys[a] not in ("،", ","):
            a += 1
        if a >= f.n or f.sent[a] != f.sent[i]:
            a = a if a < f.n and f.doc.para[a] == f.doc.para[i] else f.n
        else:
            a += 1
        b = a
        while b < f.n and f.sent[b] == f.sent[a] and f.keys[b] not in TERMINATORS:
            b += 1
    while a < b and f.keys[a] in PUNCT:
        a += 1
    if b - a < 3:
        return None
    f.remember(i, (sp, eid, None))
    start, end = doc.toks[a].start, doc.toks[b - 1].end
    while end > start and doc.text[end - 1] in "،,؛;:":
        end -= 1
    return Quote(doc.text[start:end], start, end, sp, eid, f.cue_text(i), "reported")


def source_np(f: Finder, i: int, length: int) -> tuple[Res, int]:
    j = i + length
    glued = cues.SOURCES_GLUED.get(strip_conj(f.keys[i]), False) and f.keys[j - 1] not in cues.SOURCE_FILLERS
    if glued and len(f.keys[j - 1]) > 2:  # «وفقا لوكالة الطاقة»: the source is glued to its ل
        j -= 1
    while j < f.n and f.keys[j] in cues.SOURCE_FILLERS:
        j += 1
    # «بحسب ما أفاد به مراسل الجزيرة»: the relative ما, its reporting verb and a resumptive به
    if j < f.n and f.keys[j - 1] in _MA and f.keys[j] not in _RELAYING and cues.verb_gender(strip_conj(f.keys[j])):
        j += 1
        if j < f.n and f.keys[j] in _RESUMPTIVE:
            j += 1
    b = j
    while b < f.n and b - j < 7 and f.sent[b] == f.sent[i] and f.inq[b] < 0 and f.keys[b] not in PUNCT:
        b += 1
    if b <= j:
        return (None, None, None), b
    relayed = j > i + length and f.keys[j - 1] in _RELAYING  # «بحسب ما نقلته وكالة رويترز عن دبلوماسيين»
    if relayed and (an := next((t for t in range(j, b) if f.keys[t] == "عن"), None)) is not None and an + 1 < b:
        return f.phrase(an + 1, b), b
    issued = next((t for t in (j, j + 1) if t + 2 < b and f.keys[t] in _ISSUED and f.keys[t + 1] in _FROM), None)
    if issued is not None:  # («لبيان» glued to its ل is at j, or a filler noun before)
        return f.phrase(issued + 2, b), b
    sp, eid, g = f.phrase(j, b)
    if glued and len(f.keys[j]) > 2 and sp and sp.startswith("ل") and eid is None:
        sp = sp[1:]
    return (sp, eid, g), b


def source_statement(f: Finder, i: int, doc: Doc, claimed: set[int]) -> Quote | None:
    """«…، بحسب وكالة رويترز»: the rest of the sentence, attributed to the source."""
    if f.sent[i] in claimed:
        return None
    length = f.source_at(i)
    res, np_end = source_np(f, i, length)
    if res[0] is None:
        return None
    s = i
    while s > 0 and f.sent[s - 1] == f.sent[i]:
        s -= 1
    a, b = s, i
    if b - a < 3:
        a = np_end + 1 if np_end < f.n and f.keys[np_end] in ("،", ",") else np_end
        b = a
        while b < f.n and f.sent[b] == f.sent[i] and f.keys[b] not in TERMINATORS:
            b += 1
    if b - a < 3:
        return None
    start, end = doc.toks[a].start, doc.toks[b - 1].end
    while end > start and doc.text[end - 1] in "،,؛;:":
        end -= 1
    return Quote(doc.text[start:end], start, end, res[0], res[1], f.cue_text(i, length), "reported")
