"""Who a reporting verb's subject is: the noun phrase after it (or before it), cleaned and linked
to its entity, with titles, honorifics and common nouns resolved to the person or body they
stand for, relayed speech («نقلت الوكالة عن المصدر قوله») and the subject of the clause a
participle (قائلا، مشيرا إلى أن) or a mid-sentence «وقالت» belongs to.

These are functions of a :class:`~qari.core.extract.speakers.Finder` (``f``), which holds the
article, its quoted spans and entities.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from qari.core.extract import cues
from qari.core.extract.cues import strip_conj
from qari.core.extract.nominals import NAME_NOUN_FORMS, ORG_NOUNS, norm_word
from qari.core.extract.titles import beside_title, title_like
from qari.core.extract.titles import text as _text

if TYPE_CHECKING:
    from qari.core.extract.speakers import Finder, Res

__all__ = ["clause_subject", "phrase", "relayed", "subject", "subject_before"]

_PREP_WORDS = cues._keys("في من مع عن على إلى عبر لدى حول أمام خلال بعد قبل ضد نحو تجاه بين")
_SPEAKER_PP = cues._keys("من في")  # «مصدر مقرب من حماس», «مسؤول في الوزارة»
_DATELINE = frozenset("-–—")
_BRACKETS = frozenset("([{")
_MARKS = frozenset('«»“”"‹›„')
_PUNCT = frozenset('،,.:;؛!?؟()[]«»“”"‹›„-–—…')
# Whom a statement is made to («قال الوزير لرويترز», «للصحفيين»): never part of a speaker.
_TO_WHOM = cues._keys(
    "صحيفة جريدة مجلة قناة شبكة موقع وكالة إذاعة تلفزيون برنامج منصة "
    "صحفيين صحافيين الصحفيين الصحافيين الصحافة إعلاميين الإعلاميين مراسلين المراسلين وسائل رويترز "
    "فرانس أسوشيتد الأناضول سبوتنيك تاس شينخوا نوفوستي إنترفاكس يونهاب بلومبرغ الجزيرة العربية"
)


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b or {a, b} == {"m", "p"}


def _person_in(f: Finder, a: int, b: int) -> str | None:
    """A person named in the phrase a..b-1 who heads it: after titles and genitives
    («وزير الدولة لشؤون الإعلام الناطق باسم الحكومة صخر دودين»), not inside a prepositional
    phrase («مصدر في مكتب بوتين») nor with a clitic of its own («مستشار لبوتين»)."""
    ents, keys = f.ents, f.keys
    k = bisect.bisect_left(f.mention_starts, a)
    while k < len(ents.spans) and ents.spans[k][0] < b:
        s, _, eid = ents.spans[k]
        k += 1
        if ents.types[eid] != "PER":
            continue
        name = cues.key(f.entity_name(eid))
        own_clitic = keys[s][0] in "لب" and (not name.startswith(keys[s][0]) or (
            " " not in name and keys[s] not in cues.FIRST_NAMES))  # «لبوتين»; «لشؤون» is no name
        prep = any(keys[t] in _PREP_WORDS for t in range(a, s))
        if (not own_clitic and not prep) or f._after_named_place_or_body(s):
            return eid
    return None


def phrase(f: Finder, a: int, b: int) -> Res:
    """Speaker of the noun phrase a..b-1: a person or body (with its entity), or the phrase itself
    trimmed at a preposition, function word, verb or a clitic-bearing word."""
    keys, ents, nm = f.keys, f.ents, f.nominals
    while a < b and keys[a] in cues.DEMONSTRATIVES:
        a += 1
    if a >= b:
        return None, None, None
    if a in f.qnames:  # «وأوضحت "أبل" بأن …»
        return _name(f, *f.qnames[a])
    eid = _person_in(f, a, b)
    if eid is not None:
        return f.entity_name(eid), eid, None
    named = beside_title(f, a, b)
    if named is not None:  # «ممثلة المنظمة في الأراضي الفلسطينية ريما الخالدي»
        return named
    head = strip_conj(keys[a])
    if head[0] in "لب" and head[1:] in cues.DOC_NOUNS:  # «وفقا لبيان المؤسسة»
        head = head[1:]
    if nm is not None:
        if head in cues.HONORIFICS and (who := nm.honorific(a)) is not None:
            return who[0], who[1], None
        if a + 1 in f.qnames and norm_word(head) in NAME_NOUN_FORMS:
            return _name(f, *f.qnames[a + 1])  # «شركة "أبل"», «قناة «أي بي سي»»
    e = a + 1
    speaker_noun = head in cues.SPEAKER_NOUNS
    pp = b  # where a prepositional phrase inside the speaker starts: its names are not the speaker
    while e < b:
        k = keys[e]
        if speaker_noun and k in _SPEAKER_PP and e + 1 < b:  # «مصدر مقرب من حماس»
            pp = min(pp, e)
            e += 2
            continue
        if (k in cues.TITLE_ADJ or k == "باسم") and (head in cues.TITLES or norm_word(head) in ORG_NOUNS):
            e += 1  # «الأمين العام», «النيابة العامة», «المتحدث باسم الجيش»
            continue
        if k in cues.PREPOSITIONS or k in cues.STOPWORDS or k in _MARKS or k in _BRACKETS or cues.verb_gender(k):
            break  # «الاتحاد الآسيوي لكرة القدم (AFC)»: the name, not its acronym in brackets
        if (len(k) >= 4 and k.endswith("ا") and e not in ents.by_token and k not in cues.FIRST_NAMES
                and (cues.is_definite(keys[e - 1]) or keys[e - 1][0] == "ل")):
            break  # «وشن الأمين العام لحزب الله هجوما …»: an accusative object, not the subject
        if k[0] in "لب" and not _genitive(f, a, e) and not (
            e in ents.by_token and (ents.by_token.get(e - 1) == ents.by_token[e]
                                    or cues.key(f.entity_name(ents.by_token[e]))[:1] == k[0])
        ):
            break  # «قال الوزير لرويترز», «للصحفيين»: to whom, not who
        e += 1
    mi = bisect.bisect_left(f.mention_starts, a)  # the first mention starting at or after a
    if mi < len(ents.spans) and ents.spans[mi][0] == a and ents.spans[mi][1] - a >= 2 and ents.spans[mi][1] <= e:
        eid = ents.spans[mi][2]  # «الاتحاد الدولي لكرة القدم»: named in full, not a back-reference
        return (f.entity_name(eid) if ents.spans[mi][1] == e else _text(f, a, e)), eid, None
    if nm is not None:
        if head in cues.TITLES and (who := nm.title(a, e, a)) is not None:
            return who[0], who[1], None
        if head in cues.TITLES and e == a + 1:  # «وأردفت المتحدثة»: the fuller title said last
            for _, sp, eid, _g in reversed(f.history):
                if sp and eid is None and cues.key(sp.split()[0]) == cues.key(keys[a]) and " " in sp:
                    return sp, None, None
        if head in cues.DOC_NOUNS or (cues.is_definite(head) and norm_word(head) in ORG_NOUNS):
            got = _body(f, a, e, head)
            if got is not None:
                return got[0], got[1], None
    eid = ents.by_token.get(a) or next((ents.by_token[t] for t in range(a, min(e, pp)) if t in ents.by_token), None)
    if eid is not None:
        mi = bisect.bisect_left(f.mention_starts, a)
        if mi < len(ents.spans) and ents.spans[mi][0] == a and ents.spans[mi][1] == e:
            return f.entity_name(eid), eid, None
    return _text(f, a, e), eid, None


def _genitive(f: Finder, a: int, e: int) -> bool:
    """«المكتب الإعلامي للسوداني», «الأمين العام للأمم المتحدة»: a ل-genitive inside a title or
    an office's name, not «قال الوزير لرويترز» (a ل-word after a name or a title alone)."""
    head = strip_conj(f.keys[a])
    if not (head in cues.TITLES or norm_word(head) in ORG_NOUNS or norm_word(head) in _OFFICES) or e - a > 4:
        return False
    k = f.keys[e]
    if k[0] != "ل":
        return False
    stem = "ال" + k[2:] if k.startswith("لل") else k[1:]
    return k not in cues.STOPWORDS and stem not in _TO_WHOM and stem[2:] not in _TO_WHOM


def _name(f: Finder, a: int, b: int) -> Res:
    eid = next((f.ents.by_token[t] for t in range(a, b) if t in f.ents.by_token), None)
    if eid is not None:
        return f.entity_name(eid), eid, None
    return _text(f, a, b), None, None


def _body(f: Finder, a: int, e: int, head: str) -> tuple[str | None, str | None] | None:
    """«الشركة», «هذه المجموعة», «البيان», «النتائج التي أعلنتها اللجنة»."""
    nm, keys, n = f.nominals, f.keys, f.n
    if head in cues.DOC_NOUNS:
        # «النتائج التي أعلنتها أمس اللجان القضائية»: the issuer after the relative clause
        t = e
        while t < n and t - e < 3 and f.sent[t] == f.sent[a] and keys[t] not in _PUNCT and keys[t] not in _WHICH:
            t += 1  # «النتائج غير النهائية التي …»
        if t < n and keys[t] in _WHICH and t + 1 < n:
            t += 2
            while t < n and keys[t] in cues.TIME_WORDS:
                t += 1
            if t < n and f.sent[t] == f.sent[a] and (cues.is_definite(keys[t]) or t in f.ents.by_token):
                end = t + 1
                while end < n and end - t < 6 and f.sent[end] == f.sent[a] and keys[end] not in _STOPLIKE:
                    end += 1
                sp, eid, _ = phrase(f, t, end)
                return sp, eid
        if a + 1 < n and not cues.is_definite(head) and keys[a + 1] not in _STOPLIKE:
            e = a + 1
            sp, eid, _ = phrase(f, e, min(n, e + 5))  # «بيان المؤسسة», «بيان للشركة»
            return sp, eid
        return f.issuer(a)
    assert nm is not None
    return nm.noun(head, a)


_WHICH = ("التي", "الذي")
_OPENING_LINKS = cues._keys("لكن ولكن غير أن بيد أما ثم")
_SOME = cues._keys("أحد إحدى بعض")
_OFFICES = frozenset(("مكتب", "ديوان", "دايره", "فريق", "وفد", "قسم", "ادارة"))
_STOPLIKE = frozenset('،,.:;؛!?؟()[]«»“”"‹›„-–—…') | cues.STOPWORDS


def subject(f: Finder, i: int) -> tuple[int, int] | None:
    """The subject after the verb at i: tokens up to punctuation, a complementizer or a quote
    (a short quoted name is part of it: «أعلنت شركة "أبل" أن»)."""
    j = i + 1
    if j >= f.n or f.sent[j] != f.sent[i]:
        return None
    k = f.keys[j]
    if j in f.qnames:
        return j, f.qnames[j][1] + 1
    if f.inq[j] >= 0 or k in _MARKS:
        return None
    if k in cues.DEMONSTRATIVES and j + 1 < f.n and cues.is_definite(f.keys[j + 1]):
        pass  # «وأضافت هذه المجموعة»
    elif k in _PUNCT or k in cues.STOPWORDS or (j not in f.ents.by_token and (
        (k[0] == "ل" and len(k) > 2 and not title_like(k))
        or k.startswith(("بال", "كال"))  # «وأشاد بالجمهور»: an object
    )):
        return None
    if (
        k.endswith(("ه", "ها", "هم", "هما")) and len(k) > 4 and j not in f.ents.by_token
        and strip_conj(k) not in cues.TITLES and k not in cues.HONORIFICS
    ):
        return None  # «أخبر برلمانه أن …»: an object; the subject came before the verb
    b = j
    while (b < f.n and b - j < 10 and f.sent[b] == f.sent[i] and f.keys[b] not in cues.COMPLEMENTIZERS
           and (b == j or f.keys[b] not in cues.PARTICIPLES)):  # «وتابعت الوزيرة قائلة:»
        if b in f.qnames:
            b = f.qnames[b][1] + 1
            continue
        if f.inq[b] >= 0 or f.keys[b] in _PUNCT:
            break
        b += 1
    return (j, b) if b > j else None


def subject_before(f: Finder, i: int) -> Res | None:
    """A subject before its verb: «المتحدث قال إن …», «وكان مصدر مطلع قد قال …»,
    «رئيس الوزراء الإيطالي ماريو دراغي الذي كان على المكالمة أخبر …»."""
    keys = f.keys
    s0 = f.sentence_start(i)
    if i - 1 >= s0 and keys[i - 1] in ("قد", "وقد", "فقد"):
        for t in range(i - 2, max(s0, i - 10) - 1, -1):
            if keys[t] in ("كان", "كانت", "وكان", "وكانت", "فكان", "فكانت"):
                if t + 1 < i - 1:
                    return phrase(f, t + 1, i - 1)
                break
    while s0 < i - 1 and keys[s0] in _OPENING_LINKS:  # «لكن أحد أقرباء العائلة أكد أن …»
        s0 += 1
    if i == s0 or strip_conj(keys[s0]) != keys[s0] or (keys[s0] in cues.STOPWORDS and keys[s0] not in _SOME):
        return None
    if not (strip_conj(keys[s0]) in cues.TITLES or cues.is_definite(keys[s0]) or s0 in f.ents.by_token
            or keys[s0] in _SOME):
        return None
    end = s0
    while end < i and keys[end] not in ("الذي", "التي", "الذين") and keys[end] not in _PUNCT:
        if f.inq[end] >= 0 or cues.looks_like_verb(keys[end]) or keys[end] in _PREP_WORDS:
            return None
        end += 1
    if end < i and keys[end] in _PUNCT:
        return None
    sp, eid, g = phrase(f, s0, end)
    return (sp, eid, g) if sp else None


def relayed(f: Finder, i: int, limit: int) -> Res | None:
    """«نقل بيان للشركة عن رئيسها التنفيذي، تيم كوك، قوله»: the one quoted after عن."""
    t = i + 1
    while t < min(limit, f.n) and t - i <= 12 and f.sent[t] == f.sent[i] and f.inq[t] < 0:
        if f.keys[t] == "عن":
            b = t + 1
            while b < f.n and b - t <= 8 and f.sent[b] == f.sent[i] and f.inq[b] < 0 and (
                f.keys[b] not in cues.COMPLEMENTIZERS and f.keys[b] not in cues.VERBAL_NOUNS
                and f.keys[b] not in (":", ".") and f.keys[b] not in _BRACKETS
            ):
                b += 1
            if b > t + 1:
                while b > t + 1 and f.keys[b - 1] in ("،", ","):
                    b -= 1
                return phrase(f, t + 1, b)
            return None
        t += 1
    return None


def opening_subject(f: Finder, t: int) -> Res | None:
    """The subject of a sentence that opens with its verb at t («رفض النائب كريم ناصر الخطة»):
    a word shaped like a verb, then a title, a definite noun or a name."""
    keys = f.keys
    w = keys[t][1:] if keys[t][:1] in ("و", "ف") and len(keys[t]) > 3 else keys[t]
    if (
        keys[t] in cues.STOPWORDS or w in cues.STOPWORDS or cues.is_definite(w) or t in f.ents.by_token
        or cues.has_tanween(f.doc.toks.word(t)) or w in cues.NAME_NOUNS or len(w) < 3 or not w.isalpha()
    ):
        return None
    subj = subject(f, t)
    if subj is None:
        return None
    nxt = keys[subj[0]]
    if not (cues.is_definite(nxt) or subj[0] in f.ents.by_token or strip_conj(nxt) in cues.TITLES):
        return None
    return phrase(f, *subj)


def clause_subject(f: Finder, i: int, g: str | None) -> Res | None:
    """The subject of the clause token i (a participle, a subjectless verb) belongs to: the
    sentence's reporting verb, or a sentence opening «verb + subject» outside the cue list
    («استغرب الوزير …، معلقا»، «وقضت المحكمة …، وقالت إن»، «تحدث X … قائلا»)."""
    keys = f.keys
    s0 = f.sentence_start(i)
    for t in range(s0, i):
        if f.inq[t] < 0 and keys[t] not in cues.VERBAL_NOUNS:
            gv = f.verb_at(t)
            if gv and gv != "passive" and _compatible(gv, g):
                res = f.resolve_verb(t)
                if res[0] is not None:
                    return res
    t = s0
    for x in range(s0, min(i, s0 + 4)):  # «صدى نيوز - استغرب …»: a dateline first
        if keys[x] in _DATELINE:
            t = x + 1
    # «من جهته، علق رئيس النادي X على النتيجة مؤكدا», «وفي المؤتمر، عبر X عن …، قائلا»: a
    # speech verb opening a clause after a comma (the nearest few, so the work stays bounded)
    commas = 0
    for x in range(i - 1, t, -1):
        if keys[x] in ("،", ",") and f.inq[x] < 0 and x + 1 < i:
            w = keys[x + 1][1:] if keys[x + 1][:1] in ("و", "ف") and len(keys[x + 1]) > 3 else keys[x + 1]
            if w in cues.SPEECH_ACTS and (opened := _opening(f, x + 1, i, g)) is not None:
                return opened
            commas += 1
            if commas == 4:
                break
    return _opening(f, t, i, g)


def _opening(f: Finder, t: int, i: int, g: str | None) -> Res | None:
    """«verb + subject» opening the clause at t, the subject of a participle at i."""
    keys = f.keys
    if t + 1 >= i:
        return None
    w = keys[t][1:] if keys[t][:1] in ("و", "ف") and len(keys[t]) > 3 else keys[t]
    # «عبر X عن سعادته»: the verb spelled like the preposition «عبر» ("via"), told by its عن
    verb_prep = w in cues.SPEECH_ACTS and any(keys[x] == "عن" for x in range(t + 2, min(i, t + 10)))
    if (
        ((keys[t] in cues.STOPWORDS or w in cues.STOPWORDS) and not verb_prep) or cues.is_definite(w)
        or t in f.ents.by_token or cues.has_tanween(f.doc.toks.word(t)) or w in cues.NAME_NOUNS or len(w) < 3
    ):
        return None
    fem = w.endswith("ت")  # a perfect verb agreeing with a feminine subject: «وقضت المحكمة»
    if (g == "f" and not fem) or (g in ("m", "p") and fem and len(w) > 3):
        return None
    subj = subject(f, t)
    if subj is None or subj[0] >= i:
        return None
    subj = (subj[0], min(subj[1], i))
    nxt = keys[subj[0]]
    if nxt.startswith(("بال", "كال")) or not (
        cues.is_definite(nxt) or subj[0] in f.ents.by_token or title_like(strip_conj(nxt))
    ):
        return None  # «وأشاد بالجمهور»: an object, no subject
    sp, eid, _ = phrase(f, *subj)
    return (sp, eid, g) if sp else None
