"""The name standing beside a title («الخبير فادي النمر», «ممثلة المنظمة في الأراضي الفلسطينية
ريما الخالدي») and the words of a speaker's phrase as written. Functions of a
:class:`~qari.core.extract.speakers.Finder` (``f``)."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from qari.core.extract import cues
from qari.core.extract.cues import strip_conj

if TYPE_CHECKING:
    from qari.core.extract.speakers import Finder, Res

__all__ = ["beside_title", "text", "title_like"]

_MARKS = frozenset('«»“”"‹›„')
_PUNCT = frozenset('،,.:;؛!?؟()[]«»“”"‹›„-–—…')


def text(f: Finder, a: int, e: int) -> str:
    """Words a..e-1 as written, quote marks left out («مجموعة ماكلاتشي»)."""
    toks, text = f.doc.toks, f.doc.text
    parts: list[str] = []
    run_start = None
    for t in range(a, e):
        if f.keys[t] in _MARKS:
            if run_start is not None:
                parts.append(text[toks[run_start].start : toks[t - 1].end])
                run_start = None
        elif run_start is None:
            run_start = t
    if run_start is not None:
        parts.append(text[toks[run_start].start : toks[e - 1].end])
    return " ".join(p.strip() for p in parts if p.strip())


def title_like(k: str) -> bool:
    """A title or role, definite or in construct («الوزيرة», «ممثلة المنظمة», «لاعب الوسط»)."""
    return k in cues.TITLES or (not cues.is_definite(k) and "ال" + k in cues.TITLES)


def beside_title(f: Finder, a: int, b: int) -> Res | None:
    """The name standing beside a title: «الخبير فادي النمر», «لاعب الوسط ياسين بوعلام»,
    «سفير اليابان لدى الأمم المتحدة كينجي تاناكا» (a title, its complements and at most one
    في/لدى phrase naming a place or body, then the person's name, listed or name-shaped)."""
    keys, ents = f.keys, f.ents
    if not title_like(strip_conj(keys[a])):
        return None
    t, pp = a + 1, False
    while t < b:
        k, eid = keys[t], ents.by_token.get(t)
        if eid is not None and ents.types[eid] == "PER":
            break
        if (
            k in cues.TITLE_ADJ or k == "باسم" or eid is not None or title_like(k)
            or (cues.is_definite(k) and k not in cues.STOPWORDS)
            or (k[0] == "ل" and len(k) > 3 and t + 1 < b and cues.is_definite(keys[t + 1]))  # «لشؤون الإعلام»
        ):
            t += 1
        elif not pp and k in _TITLE_PP and t + 1 < b and (
            cues.is_definite(keys[t + 1]) or ents.by_token.get(t + 1) is not None
        ):
            pp, t = True, t + 1
        else:
            break
    if t >= b or (t == a + 1 and keys[t] in cues.STOPWORDS):
        return None
    eid = ents.by_token.get(t)
    if eid is not None and ents.types[eid] == "PER":
        mi = bisect.bisect_left(f.mention_starts, t)
        if mi < len(ents.spans) and ents.spans[mi][0] == t:
            return f.entity_name(eid), eid, None
        return None
    x = t
    while x < b and x not in ents.by_token and (
        cues.name_like(keys[x]) or (x == t and keys[x] in cues.FIRST_NAMES)
        # «ياسين بوعلام», «تامر حسني»: a first name shaped like a present verb, a name after it
        or (x == t and x + 1 < b and _verb_shaped_name(keys[x]) and cues.name_like(keys[x + 1]))
    ):
        x += 1
    if x == t + 1 and x < b and cues.is_definite(keys[x]) and keys[x] not in cues.STOPWORDS and x not in ents.by_token:
        x += 1  # a family name with the article after a first name: «فادي النمر» (not an object)
    if x - t < 2 or (x < b and not (_ends_name(keys[x]) or cues.is_definite(keys[x]))):  # «… الاتفاق»: its object
        return None
    return text(f, t, x), None, None


_TITLE_PP = cues._keys("في لدى")


def _verb_shaped_name(k: str) -> bool:
    return k.isalpha() and k not in cues.STOPWORDS and not cues.verb_gender(k) and not cues.is_definite(k)


def _ends_name(k: str) -> bool:
    return k in _PUNCT or k in cues.STOPWORDS or k in cues.COMPLEMENTIZERS or bool(cues.verb_gender(k))
