"""Organisation names that begin with an indefinite trigger noun and go on with definite
genitives, adjectives and ل-complements: «وزارة الدفاع الروسية»، «دائرة الأراضي العامة»،
«نقابة المعلمين التونسيين»، «حكومة إقليم كردستان»، «برنامج الأغذية العالمي»، «قوات الدعم
السريع»، «معهد بروكينغز للدراسات». Also the complements of a definite head («الاتحاد الآسيوي
لكرة القدم»، «المفوضية السامية للأمم المتحدة لشؤون اللاجئين»). The name stops where a person's
name begins («جمعية حماية المستهلك سعيد بوخريص»)."""

from __future__ import annotations

from qari.core.extract import cues
from qari.core.extract.cands import SOURCE_WORDS, gaz_classes, is_common, person_word
from qari.core.extract.cues import key, name_like
from qari.core.extract.doc import Doc

__all__ = ["CONSTRUCT_HEADS", "REGION_ADJ", "WEAK_HEADS", "complements", "construct_end", "person_starts"]


def _keys(words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words.split())


# Trigger nouns beyond cues.ORG_TRIGGERS that begin a construct name.
CONSTRUCT_HEADS = _keys("دائرة مديرية نقابة رابطة حكومة برنامج قوات مفوضية")
# Heads that are also everyday nouns («برنامج الحكومة»، «قوات الأمن»): the name needs an
# adjective or a complement after the genitive, or a proper noun.
WEAK_HEADS = _keys("حكومة برنامج قوات دائرة مديرية")
# Regional nisbas: part of a name only with a complement («الاتحاد الآسيوي لكرة القدم»).
REGION_ADJ = _keys(
    "الآسيوي الآسيوية الأفريقي الأفريقية الإفريقي الإفريقية الأوروبي الأوروبية العربي العربية الخليجي الخليجية"
)
_FORCES = key("قوات")
_ACTIVITY = _keys("حركة")  # also "movement, traffic": a name needs more than one frequent word
_PLACE = frozenset({"LOC", "LOC_CITY", "LOC_COUNTRY", "ORG"})


def person_starts(doc: Doc, t: int) -> bool:
    """A person's name begins at token t inside an organisation's name: a given name, or two
    indefinite name-shaped words after a definite one, followed by a verb, إن or ل-."""
    keys, n = doc.keys, len(doc.keys)
    k = keys[t]
    if cues.is_definite(k) or t == 0 or not cues.is_definite(keys[t - 1]):
        return False
    if k in cues.FIRST_NAMES or (person_word(k) and not gaz_classes(k) & _PLACE):
        return True
    if t + 2 >= n or not ((name_like(k) and name_like(keys[t + 1])) or cues.is_definite(keys[t + 1])):
        return False
    nxt = keys[t + 2]
    return bool(
        cues.verb_gender(cues.strip_conj(nxt)) or nxt in ("إن", "ان", "أن") or nxt in cues.NAME_VERBS
        or (nxt[:1] == "ل" and len(nxt) > 2) or nxt in "،."
    ) and not is_common(k)


def _proper(doc: Doc, t: int) -> bool:
    k = doc.keys[t]
    return not cues.is_definite(k) and bool(gaz_classes(k) & _PLACE or (k,) in cues.GAZETTEER)


def _chain(doc: Doc, t: int) -> bool:
    """An indefinite noun in a chain of genitives before a definite one («جمعية حماية المستهلك»)."""
    k, keys = doc.keys[t], doc.keys
    return (
        t + 1 < len(keys) and cues.is_definite(keys[t + 1]) and len(k) >= 3 and k.isalpha()
        and k not in cues.STOPWORDS and not cues.verb_gender(k) and not cues.has_tanween(doc.toks.word(t))
    )


def _named(doc: Doc, i: int, e: int, head: str) -> bool:
    """After an everyday head, what makes a name: an institutional adjective (العالمي، العامة),
    a ل-complement, or for قوات a plain adjective («قوات الدعم السريع»)."""
    from qari.core.extract.orgs import INST_ADJ, _nisba

    keys = doc.keys
    for t in range(i + 2, e):
        k = keys[t]
        if k in INST_ADJ or (k[:1] == "ل" and not k.startswith("ال")):
            return True
        if head == _FORCES and t == i + 2 and cues.is_definite(k) and not _nisba(k):
            return True
    return not is_common(keys[i + 1]) and e == i + 2


def construct_end(doc: Doc, i: int, head: str, stop_heads: frozenset[str], descriptive: frozenset[str]) -> int:
    """End of the name that trigger noun ``head`` at token i begins, or 0."""
    from qari.core.extract.orgs import gazetteer_at, masdar, verbal_noun

    keys, n = doc.keys, len(doc.keys)
    e, definite, proper = i + 1, False, False
    while e < n and e - i <= 5:
        ke = keys[e]
        if ke in SOURCE_WORDS or verbal_noun(cues.bare(doc.toks.word(e))):
            break
        if ke.startswith(("بال", "وال", "فال", "كال")) or (e > i + 1 and ke in stop_heads):
            break  # «بالإجماع»: a phrase after the name; «المجلس …»: the next name
        if e > i + 1 and person_starts(doc, e):
            break  # «جمعية حماية المستهلك سعيد بوخريص»
        if cues.is_definite(ke) and ke not in cues.STOPWORDS:
            definite = True
        elif _proper(doc, e) and not definite:
            proper = True  # «حكومة إقليم كردستان»، «وكالة فرانس برس»
        elif proper and ke[:1] == "و" and len(ke) > 4 and name_like(ke[1:]) and not is_common(ke[1:]):
            pass  # «برنامج روسيا وأوراسيا»
        elif not (
            ((name_like(ke) or masdar(ke) or (e == i + 1 and _chain(doc, e))) and not definite)
            or (ke[:1] == "ل" and len(ke) > 3 and e > i + 1)
        ):
            break
        e += 1
    while e > i + 1 and keys[e - 1][:1] == "ل" and not cues.is_definite(keys[e - 1]):
        e -= 1
    if head in _ACTIVITY and e == i + 2 and is_common(keys[i + 1]) and not gazetteer_at(doc, i):
        return 0  # «حركة المرور»، «حركة التداول»: traffic, trading
    if e > i + 2 and keys[e - 1] in descriptive:
        e -= 1
    if head in WEAK_HEADS and not proper and not _named(doc, i, e, head):
        return 0  # «برنامج الحكومة»، «قوات الأمن»، «برنامج الفضاء الكوري»: everyday nouns
    return e if definite or proper else 0


def complements(doc: Doc, e: int, i: int, limit: int = 8) -> int:
    """After a definite head and its adjectives: «للنفط»، «للأمم المتحدة» (a listed name),
    «لكرة القدم»، «لشؤون اللاجئين» (ل + a noun + a definite genitive), at most two."""
    from qari.core.extract.orgs import gazetteer_at, verbal_noun

    keys, n = doc.keys, len(doc.keys)
    for _ in range(2):
        if e >= n or e - i >= limit:
            break
        k = keys[e]
        if k.startswith("لل") and len(k) > 4:
            g = gazetteer_at(doc, e)
            e = g.j if g else e + 1
        elif (
            k[:1] == "ل" and len(k) > 3 and not cues.is_definite(k) and e + 1 < n
            and cues.is_definite(keys[e + 1]) and not verbal_noun(cues.bare(doc.toks.word(e)))
            and not person_word(keys[e + 1]) and keys[e + 1] not in cues.STOPWORDS
        ):
            e += 2
        else:
            break
    return e
