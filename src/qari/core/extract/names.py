"""People's names: where the tagger's person spans are trusted and where they are cut, and the
rules that find a name after a title, a reporting verb or a given name.

The tagger is trusted inside its own spans: a family name with ال or a nisba (البرهان،
السوداني), a compound (صنع الله، نور الدين), a female name in ة or a foreign name that looks like a
verb (ترامب، ييس) stays. A span is cut at a word that cannot be part of a name (a title, a verb,
a function or dialect word, a word with a conjunction or preposition clitic that is an ordinary
word), and it is kept only with some evidence: a word in the people lists, a title or reporting
verb before it, a title after it, the name again elsewhere in the article, or two or more words
none of which is a frequent Arabic word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Container, Sequence

from qari.core.extract import cues
from qari.core.extract.cands import (
    DIALECT,
    HONORIFICS,
    PRIO_RULE,
    RANKS,
    SOURCE_WORDS,
    Cand,
    accusative_noun,
    is_common,
    listed_person,
    person_word,
    undictionary_verb_shape,
    written_person,
)
from qari.core.extract.cues import name_like, strip_conj, variants
from qari.core.extract.doc import Doc

__all__ = ["apposition", "crf_person", "may_start_person_rule", "name_run", "person_forms", "person_rules"]

PUNCT = frozenset('،,.:;؛!?؟()[]«»“”"‹›„-–—…')
_APPOS_END = frozenset("،.؛,:")
_KIN_WORDS = "أخته أخيه أخوه أخاه شقيقته شقيقه زوجته زوجها ابنه ابنته نجله نجلة والده والدته"
_KIN = frozenset(cues.key(w) for w in _KIN_WORDS.split(" "))
_COMPOUND_TAILS = frozenset(cues.key(w) for w in ("الله", "الدين"))  # صنع الله، نور الدين
# Particles inside foreign names (لويس فان جال، شارل دي غول) that are also Arabic words (فإن).
_PARTICLES = frozenset(cues.key(w) for w in ("فان", "فون", "دي", "دا", "دو", "ديل", "لا", "لو", "بن"))
_PREPOSITION_NAMES = frozenset(cues.key(w) for w in ("علي",))  # على written with ي
_TEAM = frozenset(cues.key(w) for w in ("الفريق", "فريق"))  # a rank, but «الفريق الهندسي» is a team
_NEGATORS = frozenset(cues.key(w) for w in ("مش", "مو", "ما", "مب", "موش"))  # «مش عارف»: a verb follows


def _is_per(tags: Sequence[str], t: int) -> bool:
    return 0 <= t < len(tags) and tags[t].endswith(("-PERS", "-PER"))


def never_name(doc: Doc, t: int) -> bool:
    """A word that is never part of a person's name: title, honorific, function, dialect or
    source word, reporting verb, indefinite (tanween) word, punctuation, number."""
    k = doc.keys[t]
    got = _NEVER.get(k)
    if got is None:
        if len(_NEVER) >= 200_000:
            _NEVER.clear()
        got = _NEVER[k] = _never_key(k)
    return got or cues.has_tanween(doc.toks.word(t))


_NEVER: dict[str, bool] = {}  # key -> _never_key(key): what depends on the key alone, once per word type


def _never_key(k: str) -> bool:
    if k in PUNCT or not k or k[0].isdigit():
        return True
    if k in cues.TITLES or k in RANKS or k in cues.STOPWORDS or k in DIALECT or k in SOURCE_WORDS:
        return True
    if k in cues.SPEAKER_NOUNS or k in _KIN:
        return True
    s = strip_conj(k)
    if len(s) > 4 and s[0] == "س" and s[1] in "يتن" and cues.looks_like_verb(s[1:]) and not person_word(k):
        return True  # سيغادر، ستعلن، سيقاطع: future verbs
    if len(s) > 4 and s.startswith("لا") and cues.looks_like_verb(s[2:]):
        return True  # لايؤمن: a negated verb written as one word
    return bool(cues.verb_gender(s) or s in cues.PASSIVE_VERBS)


def _clitic_word(k: str) -> bool:
    """A word with a conjunction or preposition clitic that is an ordinary word (وبحضور، لنادي،
    بالإضافة): it ends a name. Names that begin with those letters (وليد، بايدن، لويس) are in
    the people lists; a foreign name (بارنييه) is not an ordinary word once the letter goes."""
    if len(k) < 4 or k[0] not in "وفبلك" or written_person(k):
        return False
    if cues.is_definite(k) and not k.startswith("ال"):
        return True
    return is_common(k) or any(v in cues.TITLES or v in cues.ORG_TRIGGERS for v, _ in variants(k)[1:])


def _second_name(k: str, words: set[str]) -> bool:
    """لبوتين after كيم, ونور الدين after عيسى: a preposition or و on a word that, bare, is a name
    or written in the article."""
    return len(k) > 3 and k[0] in "لبو" and (k[1:] in words or person_word(k[1:])) and not written_person(k)


def person_forms(doc: Doc, tags: Sequence[str]) -> Counter[str]:
    """How many tokens tagged as part of a person's name each form (clitics stripped) has."""
    out: Counter[str] = Counter()
    for t, k in enumerate(doc.keys):
        if _is_per(tags, t):
            out.update({v for v, _ in variants(k)})
    return out


def _ends_name(k: str, words: set[str]) -> bool:
    """A word inside the tagger's span that ends the name: an ordinary word with a clitic, a
    second name (لبوتين), a frequent word shaped like a present verb («أردوغان يلتقي»)."""
    verb = cues.looks_like_verb(k) and is_common(k) and not person_word(k)
    return verb or _clitic_word(k) or _second_name(k, words)


def crf_person(
    doc: Doc, i: int, j: int, tags: Sequence[str], words: set[str], per: Counter[str]
) -> tuple[int, int] | None:
    """The part of the tagger's person span i..j that is a name, or None. ``per``:
    :func:`person_forms` of the article."""
    while i < j and never_name(doc, i):
        i += 1
    # «وأمانة سر أحمد السليمان»: a frequent word that no people list holds does not begin a name
    # when a given name of the lists follows it
    while (
        i + 1 < j and is_common(doc.keys[i]) and not listed_person(doc.keys[i])
        and doc.keys[i] not in cues.NAME_LINKS and person_word(doc.keys[i + 1])
    ):
        i += 1
    e = i
    while e < j and (e == i or not _ends_name(doc.keys[e], words)) and (
        not never_name(doc, e) or (e > i and e + 1 < j and doc.keys[e] in _PARTICLES)
    ):
        e += 1
    j = e
    while j > i and doc.keys[j - 1] in cues.NAME_LINKS:
        j -= 1
    if j == i or (_clitic_word(doc.keys[i]) and not _repeated(doc, i, j, tags, per)):
        return None
    if i > 0 and doc.keys[i - 1] in _NEGATORS and j - i == 1:
        return None
    return (i, j) if evidence(doc, i, j, tags, per) else None


def _repeated(doc: Doc, i: int, j: int, tags: Sequence[str], per: Counter[str]) -> bool:
    """A word of the span is tagged a person elsewhere in the article (clitics stripped)."""
    inside: Counter[str] = Counter()
    for t in range(i, j):
        if _is_per(tags, t):
            inside.update({v for v, _ in variants(doc.keys[t])})
    return any(
        per[v] > inside[v]
        for t in range(i, j)
        for v, _ in variants(doc.keys[t])
        if len(v) > 2 and v not in cues.NAME_LINKS
    )


def evidence(doc: Doc, i: int, j: int, tags: Sequence[str], per: Counter[str]) -> bool:
    """Some reason beyond the tagger's word to take tokens i..j as a person's name."""
    keys = doc.keys
    if any(person_word(keys[t]) for t in range(i, j)):
        return True
    if j - i == 1 and is_common(keys[i]):
        return False  # a frequent word alone (يستعد، بحضور) is not a name on the tagger's word
    back = i - 1
    while back >= 0 and i - back <= 4 and keys[back] not in ".؟!:" and doc.para[back] == doc.para[i]:
        k = strip_conj(keys[back])
        if k in _TEAM and back < i - 1:
            pass  # «الفريق الهندسي لروبوت الدردشة»: a team, the rank only right before a name
        elif k in cues.TITLES or k in HONORIFICS or k in _KIN or (back == i - 1 and k in cues.NAME_VERBS):
            return True
        back -= 1
    if j + 1 < len(keys) and keys[j] == "،" and any(
        strip_conj(keys[t]) in cues.TITLES for t in range(j + 1, min(len(keys), j + 3))
    ):
        return True
    if _repeated(doc, i, j, tags, per):
        return True
    # two rare words, but not when the first carries a preposition («الفريق الهندسي لروبوت الدردشة»)
    return j - i >= 2 and not any(is_common(keys[t]) for t in range(i, j)) and not _preposition_word(keys[i])


def _preposition_word(k: str) -> bool:
    """ل or ب on a word that, as written, is not a name of the lists (لروبوت، بفيروس)."""
    return len(k) > 4 and k[0] in "لب" and not written_person(k)


def name_part(doc: Doc, t: int, tags: Sequence[str], first: bool = False, lenient: int = 0) -> bool:
    """Can token t be part of a name found by a rule (after a title, verb or given name)?
    ``lenient`` 1: after a title, a listed name that is also a frequent word (فؤاد) is a name;
    2: the context is evidence enough for any frequent word («، باك جونغ تشون،»)."""
    k = doc.keys[t]
    n = len(doc.keys)
    if never_name(doc, t):  # «لويس فان جال»: a particle between two name words
        return not first and k in _PARTICLES and t + 1 < n and name_like(doc.keys[t + 1])
    tagged = _is_per(tags, t)
    if first and k in cues.AMBIGUOUS_FIRST_NAMES:
        return True  # «جيل بايدن»: the rule saw the surname
    if _clitic_word(k) or (first and k[:1] in ("ل", "ب") and len(k) > 4 and not (tagged or person_word(k))):
        return False
    if k in cues.NAME_LINKS:
        return not first or k not in ("بن", "بنت", "ابي", "ذي")  # inside a name; عبد، أبو may begin one
    if not first and not tagged and accusative_noun(k):
        return False  # «الملك عبد الله وفدا»: an indefinite noun after the name, its object
    # a later name word shaped like a verb that the dictionary does not know («كينجي تاناكا»)
    if name_like(k) or (not first and name_like(k, verb_shape=True) and undictionary_verb_shape(k)):
        compound = t + 1 < n and doc.keys[t + 1] in _COMPOUND_TAILS and not first  # مصطفى صنع الله
        listed = lenient == 2 or (lenient == 1 and listed_person(k))
        return tagged or listed or person_word(k) or not is_common(k) or compound
    if k.startswith("ال") and person_word(k):
        return True  # a family name in the people lists: «الرئيس السيسي»
    if t > 0 and (doc.keys[t - 1] in cues.NAME_LINKS or (not first and k in _COMPOUND_TAILS)):
        return k.startswith("ال") and len(k) > 3  # عبد العزيز، أبو الغيط، صنع الله
    return tagged and len(k) > 2  # the tagger's own word: البرهان، ترامب


def name_run(
    doc: Doc, i: int, tags: Sequence[str], known: Container[str], limit: int = 4, lenient: int = 0
) -> int:
    """End of the run of name words starting at i (i itself if none)."""
    j, n = i, len(doc.keys)
    while j < n and j - i < limit + (doc.keys[j] in cues.NAME_LINKS) and doc.para[j] == doc.para[i]:
        k = doc.keys[j]
        if not name_part(doc, j, tags, j == i, lenient) or (j > i and k[:1] in ("ل", "ب", "و") and k[1:] in known):
            break
        named = person_word(k) or _is_per(tags, j) or k in cues.NAME_LINKS
        if j > i and doc.keys[i] in _PREPOSITION_NAMES and not named:
            break  # «علي جهازي» is على جهازي
        j += 1
    # A run may end on a definite family name (الجابر، المويزري) or one in ة/ه (نافعة) when a
    # function word, cue or punctuation follows it.
    if i < j < n and j - i < limit and doc.para[j] == doc.para[i]:
        k = doc.keys[j]
        tail = (k.startswith("ال") and len(k) > 4) or (k.endswith(("ة", "ه")) and not cues.is_definite(k))
        if doc.keys[i] in _PREPOSITION_NAMES:
            tail = tail and (person_word(k) or _is_per(tags, j))  # «علي التعويض» is على التعويض
        if (
            tail
            and not (k.endswith("ه") and is_common(k[:-1]))  # «لسانه»: a noun and his
            and not never_name(doc, j)
            and (not is_common(k) or person_word(k) or _is_per(tags, j))
            and (j + 1 >= n or _is_stop_after_name(doc.keys[j + 1]) or cues.verb_gender(doc.keys[j + 1]))
        ):
            j += 1
    while j > i and doc.keys[j - 1] in cues.NAME_LINKS:
        j -= 1
    return j


def _is_stop_after_name(k: str) -> bool:
    return k in PUNCT or k in cues.STOPWORDS or k in SOURCE_WORDS or (k[:1] in ("ل", "ب") and len(k) > 2)


def may_start_person_rule(k: str) -> bool:
    """Can :func:`person_rules` find anything at a token whose key is ``k``? (Most words are no
    title, reporting verb, given name or comma: they need not be looked at.)"""
    s = strip_conj(k)
    return (s in cues.TITLES or s in HONORIFICS or s in cues.NAME_VERBS or k in cues.FIRST_NAMES
            or k in cues.AMBIGUOUS_FIRST_NAMES or k == "،" or (len(s) > 3 and s[0] == "ك" and s[1:] in cues.TITLES))


def person_rules(doc: Doc, i: int, tags: Sequence[str], known: Container[str]) -> list[Cand]:
    """Names after a title (الرئيس، وزير الخارجية), a reporting verb (قال), or a given name.
    Nothing where :func:`may_start_person_rule` is False."""
    out: list[Cand] = []
    keys, n = doc.keys, len(doc.keys)
    k = strip_conj(keys[i])
    if k in cues.TITLES or k in HONORIFICS:
        j = i + 1
        while j < n and j - i <= 3 and (
            (cues.is_definite(keys[j]) and keys[j] not in cues.TITLES and k not in _TEAM and not person_word(keys[j]))
            or keys[j] in RANKS
        ):
            j += 1
        e = name_run(doc, j, tags, known, lenient=1)
        direct = cues.is_definite(k) or k in _KIN or k in HONORIFICS
        if (
            e > j
            and (direct or j > i + 1)
            and (e - j > 1 or not keys[j].endswith("ا") or keys[j] in known or person_word(keys[j]))
        ):
            out.append(Cand(j, e, "PER", PRIO_RULE, 0))
        elif e == j:  # «المتحدثة باسم برنامج الأغذية العالمي عبير عطيفة»
            for f in range(j, min(n, i + 8)):
                if keys[f] in PUNCT:
                    break
                if keys[f] in cues.FIRST_NAMES and name_run(doc, f, tags, known) > f + 1:
                    out.append(Cand(f, name_run(doc, f, tags, known), "PER", PRIO_RULE, 0))
                    break
                # «الناطقة باسم الخارجية الأميركية هيذر ناورت»: two rare words after the body
                if f > j and cues.is_definite(keys[f - 1]) and not cues.is_definite(keys[f]):
                    e = name_run(doc, f, tags, known)
                    rare = not any(is_common(keys[t]) for t in range(f, e))
                    if e - f >= 2 and rare and not _preposition_word(keys[f]):
                        out.append(Cand(f, e, "PER", PRIO_RULE, 0))
                        break
    if k in cues.NAME_VERBS and i + 1 < n:
        j = i + 1
        kj = keys[j]
        if kj not in cues.SPEAKER_NOUNS and (name_like(kj) or kj in cues.FIRST_NAMES or _is_per(tags, j)):
            e = name_run(doc, j, tags, known)
            if e > j and (e >= n or doc.para[e] != doc.para[i] or _is_stop_after_name(keys[e])):
                out.append(Cand(j, e, "PER", PRIO_RULE, 0))
    if keys[i] in cues.FIRST_NAMES or (keys[i] in cues.AMBIGUOUS_FIRST_NAMES and i + 1 < n and keys[i + 1] in known):
        e = name_run(doc, i, tags, known)
        if e > i + 1:
            out.append(Cand(i, e, "PER", PRIO_RULE, 0))
    if keys[i] == "،":
        out.extend(apposition(doc, i, tags, known))
    if i >= 2 and len(k) > 3 and k[0] == "ك" and k[1:] in cues.TITLES:
        # «انضمام أمار سوبرامانيا كنائب للرئيس»: two rare words just before «as» + a title
        f = i - 2
        if (
            name_run(doc, f, tags, known) == i
            and not any(is_common(keys[t]) or _preposition_word(keys[t]) for t in range(f, i))
            and doc.para[f] == doc.para[i]
        ):
            out.append(Cand(f, i, "PER", PRIO_RULE, 0))
    return out


def apposition(doc: Doc, c: int, tags: Sequence[str], known: Container[str]) -> list[Cand]:
    """«… المارشال في الجيش، باك جونغ تشون،»: a comma-set name after a title."""
    keys, n = doc.keys, len(doc.keys)
    j = c + 1
    e = name_run(doc, j, tags, known, lenient=2)
    if not 2 <= e - j <= 6 or (e < n and keys[e] not in _APPOS_END and doc.para[e] == doc.para[c]):
        return []
    back = c - 1
    while back >= 0 and c - back <= 10 and keys[back] not in ".؟!:" and doc.para[back] == doc.para[c]:
        if strip_conj(keys[back]) in cues.TITLES or keys[back] in HONORIFICS:
            return [Cand(j, e, "PER", PRIO_RULE, 0)]
        back -= 1
    return []
