"""Entity candidates (a token span, a type, how much to trust it) and the shared word lists the
entity rules consult: the name gazetteer, frequent Arabic words, dialect and honorific words."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from qari.core.extract import cues
from qari.core.extract.cues import key
from qari.core.extract.gazetteer import _gazetteer_dir, default_gazetteer, norm, strip_clitics

__all__ = [
    "PRIO_CRF",
    "PRIO_GAZ",
    "PRIO_MARKED",
    "PRIO_ORG",
    "PRIO_RULE",
    "RANKS",
    "Cand",
    "accusative_noun",
    "gaz_classes",
    "is_common",
    "listed_person",
    "person_word",
    "written_person",
]

# How far a candidate is trusted when two overlap: an explicitly marked name (a quoted name after
# قناة، a dateline) > an organisation trigger > the gazetteer > a rule > the tagger alone.
PRIO_MARKED, PRIO_ORG, PRIO_GAZ, PRIO_RULE, PRIO_CRF = 5, 4, 3, 2, 1


@dataclass(slots=True)
class Cand:
    i: int
    j: int
    type: str
    prio: int
    strip: int  # key characters of the first token that are a clitic
    first: str = ""  # the first token's key without that clitic ("" = as written)


def _keys(words: str) -> frozenset[str]:
    return frozenset(key(w) for w in words.split())


# Dialect words that the tagger sometimes takes for names («مش عارف شو»، «مين غادر»).
DIALECT = _keys(
    "مين شو ايش إيش ليش هيك هلق هلأ مش مو كتير بدي بدك بدو بدها عشان علشان ازاي إزاي فين دلوقتي "
    "كده كدا اللي الي إللي يعني خلاص ماشي وين شلون هسه زي بس منيح كويس امبارح بكرة بكره دي ده "
    "دول اكو ماكو والله بالله تالله شنو ليه إمتى امتى عايز عاوز حاجة"
)
# Honorifics that stand before a name (they start a title, as الرئيس does) …
HONORIFICS = _keys(
    "سمو معالي فخامة سماحة جلالة صاحب حضرة سيادة سعادة اللواء المهندس المهندسة الحاج الحاجة العاهل عاهل"
)
# … and the words of titles and ranks that are never part of a name but do not start one
# (الفريق أول، ولي العهد; معاليه «his excellency» refers back to someone already named).
RANKS = HONORIFICS | _keys(
    "أول الأول الركن ولي العهد دولة السمو الجلالة الفخامة السعادة معاليه فخامته سماحته جلالته "
    "سعادته سموه سيادته حضرته"
)
# Arabic spellings of Latin letters: «أي بي سي»، «سي إن إن»، «أوبن إيه آي» (not في، أو: V, O
# are words first).
LETTERS = _keys("أي إي آي إيه ايه بي سي دي إف جي إتش جيه كيه إل إم إن كيو آر إس تي يو دبليو إكس واي زد")
# Words after a name that begin a source phrase, never part of the name.
SOURCE_WORDS = _keys("بحسب حسب وفق وفقا طبقا نقلا استنادا")


@cache
def _common() -> frozenset[str]:
    path = _gazetteer_dir() / "common-words.txt"
    if not path.is_file():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split())


@lru_cache(maxsize=65536)
def gaz_classes(k: str) -> frozenset[str]:
    """Gazetteer classes of a keyed word: as written, else without its clitics."""
    words = default_gazetteer().words
    n = norm(k)
    got = words.get(n)
    if got:
        return frozenset(got)
    _, forms = strip_clitics(n)
    return frozenset(c for f in forms[1:] for c in words.get(f, ()))


@lru_cache(maxsize=65536)
def person_word(k: str) -> bool:
    """A given name of the rules, or a name in the people lists that is not also a frequent word
    (سعيد، الجاري need more evidence); not عبد، بن … on their own."""
    if k in cues.NAME_LINKS:
        return False
    if k in cues.FIRST_NAMES:
        return True
    return bool(gaz_classes(k) & {"PERS", "PERS_FIRST"}) and norm(k) not in _common()


@lru_cache(maxsize=65536)
def listed_person(k: str) -> bool:
    """In the people lists, also when a frequent word (فؤاد، سعيد): a name after a title."""
    return k not in cues.NAME_LINKS and bool(gaz_classes(k) & {"PERS", "PERS_FIRST"})


@lru_cache(maxsize=65536)
def written_person(k: str) -> bool:
    """``k`` as written (clitics kept) is a name of the people lists: بايدن، لويس، وليد."""
    return k in cues.FIRST_NAMES or bool({"PERS", "PERS_FIRST"} & set(default_gazetteer().words.get(norm(k), ())))


@lru_cache(maxsize=65536)
def accusative_noun(k: str) -> bool:
    """An indefinite accusative of a frequent word (وفدا، رسميا، عددا): the word with its
    tanwin alif, not a name of the people lists. Not part of a name that comes before it
    («استقبل الملك عبد الله وفدا»)."""
    n = norm(k)
    return len(n) >= 4 and n[-1] == "ا" and n[:-1] in _common() and not listed_person(k)


@lru_cache(maxsize=65536)
def is_common(k: str) -> bool:
    """A frequent Arabic word (wordfreq, Zipf >= 4) that is not a name of the curated people list,
    as written or without its clitics."""
    common = _common()
    n = norm(k)
    if n in common or (len(n) > 4 and n[-1] == "ا" and n[:-1] in common and not person_word(k)):
        return True  # also the accusative of a frequent word: اتصالا، حفلا
    _, forms = strip_clitics(n)
    return any(f in common for f in forms[1:]) and not person_word(k)


@lru_cache(maxsize=65536)
def undictionary_verb_shape(k: str) -> bool:
    """Shaped like a present verb (ت/ي…: تاناكا، يوهانسون) but neither a frequent word nor, as
    ي/ت/أ + a verb, in the Arramooz dictionary (``arabic-words.tsv``): likely a foreign name."""
    if k[:1] not in ("ي", "ت") or len(k) < 4 or is_common(k) or cues.verb_gender(k) or k in cues.PASSIVE_VERBS:
        return False
    lex = default_gazetteer().lexicon
    if not lex:
        return False
    n = norm(k)
    return not any("v" in lex.get(x, "") for x in (n, n[1:], "ا" + n[1:]))

