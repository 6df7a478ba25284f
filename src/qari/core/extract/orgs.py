"""Places, organisations, media and events found by rules: the curated gazetteer, trigger nouns
(مدينة X، وزارة X، قناة "X"), datelines and credit lines, descriptive organisation names (a
definite noun and its adjectives: النيابة العامة، المؤسسة الوطنية للنفط), clubs and named events.
"""

from __future__ import annotations

from collections.abc import Sequence

from qari.core.extract import cues
from qari.core.extract.cands import (
    LETTERS,
    PRIO_GAZ,
    PRIO_MARKED,
    PRIO_ORG,
    PRIO_RULE,
    Cand,
    gaz_classes,
    is_common,
    person_word,
)
from qari.core.extract.cues import key, name_like, variants
from qari.core.extract.doc import Doc
from qari.core.extract.heads import CONSTRUCT_HEADS, REGION_ADJ, complements, construct_end
from qari.core.extract.names import PUNCT, may_start_person_rule

__all__ = [
    "GAZ", "ORG", "PERSON", "country_nisba", "dateline", "gazetteer_at", "org_rules", "rule_starts", "verbal_noun",
]


def _keys(words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words.split())


_OPEN = frozenset('"«“”„‹')
_CLOSE = frozenset('"»”“›')
# Nouns before a medium's name; the name itself does not include them (قناة "صدى البلد").
MEDIA = _keys("قناة صحيفة جريدة مجلة موقع إذاعة شبكة تلفزيون وكالة")
# Nouns before a quoted organisation name (تحالف "في حب مصر"، بتنظيم «القاعدة»).
ORG_QUOTED = MEDIA | _keys(
    "مجموعة شركة تحالف قائمة حزب حركة جماعة تنظيم منظمة جمعية نادي فريق منتخب ائتلاف جبهة مؤسسة"
)
# Nouns before a quoted name of a thing, a programme or an event (منصة "إكس"، برنامج "…").
MISC_QUOTED = _keys(
    "منصة منصات تطبيق برنامج برنامجه هواتف هاتف فيلم مسلسل كتاب رواية أغنية ألبوم لعبة مبادرة حملة "
    "عملية مؤتمر قمة بطولة مهرجان صاروخ مشروع وثيقة خطة"
)
# Event nouns that begin a name when a place, an organisation or a number follows (كأس مصر،
# دوري أبطال أفريقيا، مؤتمر ميونيخ للأمن).
EVENTS = _keys("كأس دوري بطولة جائزة مهرجان مؤتمر منتدى أولمبياد مونديال معرض ملتقى")
CLUBS = _keys("نادي فريق")
# A definite noun that names an organisation with the adjectives after it (النيابة العامة،
# المحكمة الجنائية، اللجنة العليا للانتخابات, الجيش الإسرائيلي).
ORG_HEADS = _keys(
    "المؤسسة الأمانة المديرية اللجنة النيابة المحكمة الهيئة المجلس المفوضية الوكالة المنظمة البنك المصرف "
    "الصندوق الاتحاد الجمعية الإدارة الأكاديمية المركز المعهد الجيش القوات الحكومة البرلمان "
    "الشرطة الاستخبارات الرئاسة البحرية الحرس المنتخب التحالف السلطة السلطات الخارجية الداخلية"
)
# Heads whose name may end in a nationality (الجيش الإسرائيلي، الحكومة الأردنية); the others
# are then only described (الشركة الأميركية العملاقة is an American company, not a name).
STATE_HEADS = _keys(
    "الجيش القوات الحكومة البرلمان الشرطة الاستخبارات الرئاسة البحرية الحرس المنتخب الخارجية الداخلية السلطات"
)
# Adjectives that make an institution's name (المؤسسة الوطنية، المحكمة الكبرى الجنائية الرابعة).
INST_ADJ = _keys(
    "الوطنية الوطني العامة العام العليا الأعلى الكبرى المركزية المركزي الاتحادية الاتحادي الدولية "
    "الدولي المستقلة المستقل الجنائية الجنائي الدستورية الدستوري الإدارية العسكرية العسكري الشرعية "
    "الإعلامي الإعلامية المسلحة الأولى الثانية الثالثة الرابعة الخامسة السادسة التنفيذية التنفيذي "
    "التشريعية الشعبية الشعبي الملكي الملكية السامي السامية العالمي العالمية"
)
# Adjectives that describe an organisation and end its name (حزب النور السلفي).
DESCRIPTIVE_ADJ = _keys(
    "السلفي السلفية المعارض المعارضة الحاكم الحاكمة الإخباري الإخبارية الاخباري الاخبارية الصحفية "
    "الصحفي الصحافية الإلكتروني الإلكترونية الرسمي الرسمية العملاقة العملاق الشهيرة الشهير الجديدة "
    "الجديد المحلية المحلي الخاصة الخاص الإسلامي الإسلامية الشيوعي الشيوعية الليبرالي الليبرالية "
    "القومي القومية اليساري اليسارية اليميني اليمينية المتطرف المتطرفة"
)
_FEM_ELATIVES = _keys("العليا الكبرى الأولى الوسطى الصغرى الدنيا")
_COUNTRIES = frozenset(key(w) for w in cues.COUNTRIES.split())
_CURRENCIES = _keys("دولار دولارا دولارات جنيه جنيها يورو ريال ريالا درهم دينار دينارا ليرة روبل يوان فرنك شيكل ين")


def _nisba(k: str) -> bool:
    return cues.is_definite(k) and k.endswith(("ي", "ية", "يه")) and len(k) > 5


def country_nisba(k: str) -> bool:
    """A nisba of a country (الإسرائيلي، الأردنية، الفرنسية), not of a region (الأوروبية)."""
    base = k[2:]
    for end in ("ية", "يه", "ي"):
        if base.endswith(end):
            base = base[: -len(end)]
            break
    return any(
        "LOC_COUNTRY" in gaz_classes(c) or key(c) in _COUNTRIES
        for c in (base, base + "ا", "ال" + base, base + "يا", "ال" + base + "ية")
    )


def verbal_noun(k: str) -> bool:
    """ل + a verbal noun (لتعزيز، لإنهاء، لاستهداف): a purpose clause after a name, not its part.
    ``k`` keeps its hamza: لإنهاء is a verbal noun, لأبحاث a plural."""
    return k.startswith("ل") and len(k) >= 5 and masdar(k[1:])


def masdar(s: str) -> bool:
    """A verbal noun by its shape: تفعيل، إفعال، استفعال، مفاعلة (تحديث، إنهاء، استهداف)."""
    return len(s) >= 5 and (
        (s[0] == "ت" and len(s) == 5 and s[3] == "ي")  # تفعيل
        or (s[0] == "إ" and len(s) == 5 and s[3] == "ا")  # إفعال
        or (s.startswith("است") and len(s) >= 6)  # استفعال
        or (s[0] == "م" and len(s) == 6 and s[2] == "ا" and s[-1] == "ة")  # مفاعلة
    )


def gazetteer_at(doc: Doc, i: int) -> Cand | None:
    best: Cand | None = None
    for v, n in variants(doc.keys[i]):
        for entry in cues.GAZ_FIRST.get(v, ()):
            m = len(entry)
            if (best is None or m > best.j - best.i) and doc.keys[i + 1 : i + m] == list(entry[1:]):
                best = Cand(i, i + m, cues.GAZETTEER[entry], PRIO_GAZ, n, v)
    return best


def _name_word(k: str) -> bool:
    """A word of a medium's or club's name written without quotes: Latin, digits, a spelled letter,
    or a rare word that could be a name (أكسيوس)."""
    if k[:1].isdigit() or (k[:1].isascii() and k[:1].isalpha()):
        return True
    return name_like(k) and not is_common(k)


def _plural(k: str) -> bool:
    """A sound plural («مجرمين»، «مأجورون»، «منظمات»): a common noun, not a medium's name."""
    return len(k) >= 5 and k.endswith(("ين", "ون", "ات")) and not gaz_classes(k)


def _spelled(keys: list[str], t: int) -> bool:
    """Token t is a spelled Latin letter next to another one («سي إن إن»; إن alone is a word)."""
    return keys[t] in LETTERS and any(0 <= u < len(keys) and keys[u] in LETTERS for u in (t - 1, t + 1))


def _club_word(k: str, head: str) -> bool:
    """A definite club name after نادي (any noun: الهلال، النصر) or فريق (a rare one or a listed
    organisation: «فريق العمل» is a working group)."""
    if not k.startswith("ال") or len(k) < 4 or k in cues.STOPWORDS or k.endswith(("ين", "ون", "ات")):
        return False
    if head == key("نادي"):
        return True  # نادي الأهلي، نادي الاتحاد
    if _nisba(k) or k in ORG_HEADS:
        return False
    return not is_common(k) or "ORG" in gaz_classes(k) or (k,) in cues.GAZETTEER


def _loose_word(k: str) -> bool:
    """Any word that may be part of a foreign name, also one shaped like a verb (تايمز)."""
    if len(k) < 2 or cues.is_definite(k) or k in cues.STOPWORDS or k in PUNCT or cues.verb_gender(k):
        return False
    return name_like(k) or (cues.looks_like_verb(k) and k.isalpha())


def _place_word(k: str) -> bool:
    return not cues.is_definite(k) and (
        bool(gaz_classes(k) & {"LOC", "LOC_CITY", "LOC_COUNTRY"}) or cues.GAZETTEER.get((k,)) == "LOC"
    )


def _quoted(doc: Doc, o: int, limit: int = 6) -> int | None:
    """End of a short quoted name opening at token o (the closing mark's index), or None."""
    keys, n = doc.keys, len(doc.keys)
    if o >= n or keys[o] not in _OPEN:
        return None
    for c in range(o + 2, min(n, o + limit + 2)):
        if keys[c] in _CLOSE:
            return c
        if keys[c] in PUNCT or doc.para[c] != doc.para[o]:
            return None
    return None


def org_rules(doc: Doc, i: int, tags: Sequence[str]) -> list[Cand]:
    keys, n = doc.keys, len(doc.keys)
    out: list[Cand] = []
    for v, strip in variants(keys[i]):
        if v in ORG_QUOTED or v in MISC_QUOTED:
            o = i + 2 if i + 2 < n and cues.is_definite(keys[i + 1]) and keys[i + 2] in _OPEN else i + 1
            c = _quoted(doc, o)  # قناة "صدى البلد"، مؤتمر المناخ "كوب 27"
            if c is not None:
                out.append(Cand(o + 1, c, "MISC" if v in MISC_QUOTED else "ORG", PRIO_MARKED, 0))
                return out
        if v in MEDIA and i + 1 < n and v != key("وكالة"):
            e = i + 1
            while e < n and e - i <= 4 and (
                (_name_word(keys[e]) and not _plural(keys[e])) or _spelled(keys, e)
            ):
                e += 1
            if e == i + 1 and i + 2 < n and _place_word(keys[i + 1]) and _loose_word(keys[i + 2]):
                e = i + 3  # «صحيفة نيويورك تايمز»: a place and a word begin a paper's name
                while e < n and e - i <= 4 and (_name_word(keys[e]) or _loose_word(keys[e])):
                    e += 1
            if e > i + 1:
                out.append(Cand(i + 1, e, "ORG", PRIO_ORG, 0))
                return out
        if v in CLUBS and i + 1 < n and not cues.is_definite(keys[i + 1]):
            e = i + 1
            while e < n and e - i <= 3 and (name_like(keys[e]) or _spelled(keys, e)) and not _nisba(keys[e]):
                e += 1
            if e > i + 1 and (not is_common(keys[i + 1]) or "ORG" in gaz_classes(keys[i + 1]) or (
                gaz_classes(keys[i + 1]) & {"LOC_CITY", "LOC_COUNTRY"})):
                out.append(Cand(i + 1, e, "ORG", PRIO_ORG, 0))
                return out
        if v in CLUBS and i + 1 < n and _club_word(keys[i + 1], v):
            out.append(Cand(i + 1, i + 2, "ORG", PRIO_ORG, 0))  # «نادي الهلال»: the club is الهلال
            return out
        if v in EVENTS and i + 1 < n:
            e = _event_end(doc, i, tags)
            if e:
                out.append(Cand(i, e, "MISC", PRIO_ORG, strip, v))
                return out
        if v in cues.LOC_TRIGGERS and i + 1 < n:
            j = e = i + 1
            while (
                e < n
                and e - j < 2
                and name_like(keys[e])
                and (e == j or not is_common(keys[e]) or bool(gaz_classes(keys[e])))
                and not keys[e].endswith("ية")
                and not (not v.endswith("ة") and keys[e].endswith("ي"))
            ):
                e += 1
            if e > j:
                out.append(Cand(j, e, "LOC", PRIO_RULE, 0))
            return out
        if (v in cues.ORG_TRIGGERS or v in CONSTRUCT_HEADS) and i + 1 < n:
            e = construct_end(doc, i, v, ORG_HEADS, DESCRIPTIVE_ADJ)
            g = gazetteer_at(doc, i)
            if g and g.type == "ORG" and g.j > i + 1:
                e = max(e, g.j)  # «حركة الجهاد الإسلامي» as the list writes it
            if e:
                out.append(Cand(i, e, "ORG", PRIO_ORG, strip, v))
            return out
        if v in ORG_HEADS:
            e = _descriptive_end(doc, i, v)
            if e:  # with a complement that holds a listed name, the whole name goes first
                ruled = any(keys[t][:1] == "ل" and gazetteer_at(doc, t) for t in range(i + 2, e))
                out.append(Cand(i, e, "ORG", PRIO_ORG if ruled else PRIO_RULE, strip, v))
            return out
    return out


def _descriptive_end(doc: Doc, i: int, head: str) -> int:
    """A definite head noun and the adjectives that make it a name, with a لل- complement:
    «النيابة العامة»، «المؤسسة الوطنية للنفط»، «المحكمة الكبرى الجنائية الرابعة»،
    «الجيش الإسرائيلي» (a nationality only after a state body)."""
    keys, n = doc.keys, len(doc.keys)
    e = i + 1
    inst = region = False
    fem = head.endswith(("ة", "ات"))
    while e < n and e - i <= 4:
        k = keys[e]
        if _feminine(k) != fem:
            break  # «وزير الخارجية المصري»: المصري goes with وزير, not with الخارجية
        if k in INST_ADJ:
            inst = True
        elif k in REGION_ADJ:
            region = True  # «الاتحاد الآسيوي لكرة القدم», not «الاستخبارات الأوروبية»
        elif not (_nisba(k) and k not in DESCRIPTIVE_ADJ and (inst or (head in STATE_HEADS and country_nisba(k)))):
            break
        e += 1
    if e == i + 1:
        return 0
    c = complements(doc, e, i)  # للنفط، للأمم المتحدة، لكرة القدم، لشؤون اللاجئين
    if region and not inst and c == e:
        return 0
    if c > e and keys[e].startswith("لل"):
        while c < n and c - i <= 6 and _nisba(keys[c]) and keys[c] not in DESCRIPTIVE_ADJ:
            c += 1  # للأمن الخارجي
    return c


def _feminine(adj: str) -> bool:
    return adj.endswith("ة") or adj in _FEM_ELATIVES


def _event_end(doc: Doc, i: int, tags: Sequence[str]) -> int:
    """«كأس مصر»، «دوري أبطال أفريقيا»، «مؤتمر ميونيخ للأمن»: an event noun and a complement
    that holds a place or organisation name or a number (not «مؤتمر صحفي»)."""
    keys, n = doc.keys, len(doc.keys)
    e, named = i + 1, False
    while e < n and e - i <= 3 and keys[e] not in PUNCT and keys[e] not in cues.STOPWORDS:
        k = keys[e]
        if (len(k) > 3 and k[0] in "بلكوف" and not k.startswith("لل") and len(variants(k)) > 1) or (
            k.endswith("ي") and not cues.is_definite(k)
        ):
            break  # «مؤتمر صحفي بالقاهرة»: an adjective, a place phrase
        cls = gaz_classes(k) | {"LOC_COUNTRY" for v, _ in variants(k) if (v,) in cues.GAZETTEER}
        rare = len(k) > 2 and name_like(k) and not is_common(k) and not k.endswith("ي")  # مؤتمر ميونيخ
        g = gazetteer_at(doc, e)  # «مؤتمر الأمم المتحدة»: the whole name
        tagged = tags[e].endswith(("LOC", "ORG", "MISC"))
        if g or cls & {"LOC_COUNTRY", "LOC_CITY"} or k[:1].isdigit() or rare or tagged:
            named = True
            e = g.j if g else e + 1
            break
        if not (name_like(k) or cues.is_definite(k)) or _nisba(k):
            break
        e += 1
    if not named:
        return 0
    if e < n and keys[e].startswith("لل") and len(keys[e]) > 4:
        e += 1
    return e


def _outlet_word(doc: Doc, t: int, tags: Sequence[str] | None) -> bool:
    k = doc.keys[t]
    s = cues.strip_conj(k)
    if not k or k in PUNCT or k in cues.TITLES or person_word(k):
        return False
    if cues.verb_gender(s) or s in cues.PARTICIPLES_M or s in cues.PARTICIPLES_F or cues.looks_like_verb(s):
        return False
    return tags is None or t >= len(tags) or not tags[t].endswith(("PERS", "PER", "LOC"))


def dateline(doc: Doc, i: int, tags: Sequence[str]) -> list[Cand]:
    """At a paragraph's start: «مسقط - الشبيبة»، «أربيل (كوردستان 24) -»، «صدى نيوز -», and a
    credit line «وطنا اليوم :» after the first line: the outlet's name."""
    keys, n = doc.keys, len(doc.keys)
    if i > 0 and doc.para[i - 1] == doc.para[i]:
        return []
    j = i
    place = gaz_classes(keys[i]) & {"LOC", "LOC_CITY", "LOC_COUNTRY"} or cues.GAZETTEER.get((keys[i],)) == "LOC"
    if place and i + 2 < n and keys[i + 1] in "(-–—":
        j = i + 1
        if j < n and keys[j] == "(":
            e = j + 1
            while e < n and e - j <= 3 and keys[e] not in PUNCT:
                e += 1
            if e < n and keys[e] == ")" and e > j + 1 and e + 1 < n and keys[e + 1] in "-–—":
                return [Cand(j + 1, e, "ORG", PRIO_MARKED, 0)]
            return []
        if j + 1 < n and keys[j] in "-–—":
            e = j + 1
            while e < n and e - j <= 2 and keys[e] not in cues.STOPWORDS and _outlet_word(doc, e, None):
                e += 1
                if cues.is_definite(keys[e - 1]):
                    break
            return [Cand(j + 1, e, "ORG", PRIO_MARKED, 0)] if e > j + 1 else []
        return []
    e = i
    while e < n and e - i < 3 and keys[e] not in PUNCT and doc.para[e] == doc.para[i]:
        if not _outlet_word(doc, e, None) or (e == i and keys[e] in cues.STOPWORDS):
            return []
        e += 1
    if e == i or e >= n or doc.para[e] != doc.para[i]:
        return []
    if keys[e] == ":" and not all(_outlet_word(doc, t, tags) for t in range(i, e)):
        return []
    if keys[e] in "-–—" or (keys[e] == ":" and doc.para[i] > 0 and e + 6 < n and doc.para[e + 6] == doc.para[i]):
        if all(is_common(keys[t]) for t in range(i, e)) and keys[e] == ":":
            return []
        return [Cand(i, e, "ORG", PRIO_MARKED, 0)]
    return []


def currency(k: str) -> bool:
    return any(v in _CURRENCIES for v, _ in variants(k))


GAZ, ORG, PERSON = 1, 2, 4  # rule_starts' flags


def rule_starts(keys: Sequence[str]) -> bytearray:
    """For each token, which rules may find something there: :func:`gazetteer_at` (``GAZ``),
    :func:`org_rules` (``ORG``), ``names.person_rules`` (``PERSON``). Worked out once per word
    type: most words start no name, and asking each rule at each token was most of the time
    the entity rules took."""
    memo: dict[str, int] = {}
    out = bytearray(len(keys))
    heads = _ORG_RULE_HEADS
    for i, k in enumerate(keys):
        f = memo.get(k)
        if f is None:
            vs = variants(k)
            f = memo[k] = (
                (GAZ if any(v in cues.GAZ_FIRST for v, _ in vs) else 0)
                | (ORG if any(v in heads for v, _ in vs) else 0)
                | (PERSON if may_start_person_rule(k) else 0)
            )
        out[i] = f
    return out


# every word org_rules starts from (a variant of the token in one of these, or nothing is found)
_ORG_RULE_HEADS = (ORG_QUOTED | MISC_QUOTED | MEDIA | CLUBS | EVENTS | cues.LOC_TRIGGERS | cues.ORG_TRIGGERS
                   | CONSTRUCT_HEADS | ORG_HEADS)
