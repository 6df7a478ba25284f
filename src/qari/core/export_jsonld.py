"""W3C Web Annotation JSON-LD: writing Qari's annotations and reading them back.

One file is an ``AnnotationCollection`` whose ``first`` page holds the annotations::

    {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationCollection",
     "generator": "Qari", "total": 1, "first": {"type": "AnnotationPage", "items": [
      {"id": "urn:uuid:…", "type": "Annotation", "motivation": "highlighting",
       "created": "…", "modified": "…",
       "body": [{"type": "TextualBody", "purpose": "commenting", "value": "note", "format": "text/plain"},
                {"type": "TextualBody", "purpose": "tagging", "value": "tag"}],
       "target": {"source": {"id": "urn:qari:article:<sha256 of the normalized text>", "type": "Text",
                             "format": "text/plain", "dc:title": "…", "dc:source": "…"},
                  "selector": [{"type": "TextPositionSelector", "start": 10, "end": 25},
                               {"type": "TextQuoteSelector", "exact": "…", "prefix": "…", "suffix": "…"}]},
       "qari:color": "yellow"}]}}

Offsets are Unicode code points, as the W3C model requires. A bookmark has
``"motivation": "bookmarking"`` and an empty ``exact``; an annotation whose text was
lost in an edit carries ``"qari:orphaned": true``. ``qari:`` properties are Qari's
own (colour, orphan state); other tools ignore them, Qari reads them back, so a
round trip through this format loses nothing.

Reading (:func:`parse_jsonld`) accepts a collection, a page, a list of annotations
or one annotation. :func:`import_jsonld` finds each annotation's article (by the
URN, else by title, else by source), anchors it by its selectors, and writes all of
them in one transaction, or nothing when anything is wrong.
"""

from __future__ import annotations

import json
import uuid as uuidlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from qari.core.anchoring import Selector, anchor, make_selector
from qari.core.article import Article
from qari.core.store.annotations import (
    BOOKMARK,
    COLOR_NAMES,
    DEFAULT_COLOR,
    HIGHLIGHT,
    Annotation,
    Annotations,
    clean_tags,
)
from qari.core.store.library import Library, now_iso

if TYPE_CHECKING:
    from qari.core.export_doc import Document

JSONLD_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
URN_PREFIX = "urn:qari:article:"
_MOTIVATION = {HIGHLIGHT: "highlighting", BOOKMARK: "bookmarking"}


NOT_JSON, NOT_ANNOTATIONS, BAD_ANNOTATION, NO_ANNOTATIONS, NO_ARTICLE = (
    "not_json", "not_annotations", "bad_annotation", "no_annotations", "no_article")


class AnnotationImportError(Exception):
    """The file cannot be imported; ``message`` says why, for a person (in English). ``kind`` (one
    of the constants above), ``index`` (the annotation's number in the file) and ``name`` (the
    article it names) let an interface say it in its own language."""

    def __init__(self, message: str, kind: str = BAD_ANNOTATION, index: int = 0, name: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.kind, self.index, self.name = kind, index, name


def article_urn(article: Article) -> str:
    """A stable name for an article: the hash of its normalized text when it was imported (editing
    its headline or text does not rename it; :meth:`Library.find_by_hash` knows both)."""
    return URN_PREFIX + (article.meta.get("identity") or article.hash)


# -- writing ------------------------------------------------------------------------------
def to_jsonld(docs: Iterable[Document]) -> str:
    items = [_annotation_json(d.article, n) for d in docs for n in d.annotations]
    collection = {
        "@context": JSONLD_CONTEXT,
        "type": "AnnotationCollection",
        "generator": "Qari",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    return json.dumps(collection, ensure_ascii=False, indent=1) + "\n"


def _annotation_json(article: Article, n: Annotation) -> dict[str, Any]:
    body: list[dict[str, str]] = []
    if n.note:
        body.append({"type": "TextualBody", "purpose": "commenting", "value": n.note, "format": "text/plain"})
    body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in n.tags]
    source: dict[str, str] = {"id": article_urn(article), "type": "Text", "format": "text/plain",
                              "dc:title": article.title}
    if article.source:
        source["dc:source"] = article.source
    out: dict[str, Any] = {
        "id": f"urn:uuid:{n.uuid}",
        "type": "Annotation",
        "motivation": _MOTIVATION[n.kind],
        "created": n.created,
        "modified": n.modified,
    }
    if body:
        out["body"] = body
    out["target"] = {
        "source": source,
        "selector": [
            {"type": "TextPositionSelector", "start": n.start, "end": n.end},
            {"type": "TextQuoteSelector", "exact": n.exact, "prefix": n.prefix, "suffix": n.suffix},
        ],
    }
    if n.color:
        out["qari:color"] = n.color
    if n.orphaned:
        out["qari:orphaned"] = True
    return out


# -- reading ------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class ParsedAnnotation:
    """One annotation read from a file, before its article is known."""

    uuid: str
    kind: str
    selector: Selector
    color: str
    note: str
    tags: tuple[str, ...]
    orphaned: bool
    created: str
    modified: str
    urn: str
    title: str
    source: str


@dataclass
class ImportReport:
    """What an import stored, and what it did not. Nothing in the library is ever overwritten."""

    imported: list[Annotation] = field(default_factory=list)
    orphaned: list[Annotation] = field(default_factory=list)  # imported, but their text was not found
    already: list[str] = field(default_factory=list)  # same id, same content already in the library: skipped
    renamed: list[Annotation] = field(default_factory=list)  # an id taken by a different annotation: new id
    repeated: int = 0  # annotations that appeared more than once in the file (repeats not stored twice)

    @property
    def stored(self) -> list[Annotation]:
        return [*self.imported, *self.orphaned]

    def summary(self) -> str:
        """One English sentence: how many were stored, and why the others were not."""
        n = len(self.stored)
        parts = [f"imported {n} annotation{'s' if n != 1 else ''}"]
        if self.orphaned:
            parts.append(f"{len(self.orphaned)} could not be placed in the text and are listed as detached")
        if self.already:
            parts.append(f"{len(self.already)} already in the library")
        if self.renamed:
            parts.append(f"{len(self.renamed)} had the id of a different annotation and were kept as new ones")
        if self.repeated:
            parts.append(f"{self.repeated} appeared twice in the file")
        return "; ".join(parts)


MAX_OFFSET = 10**9  # no article is longer: a larger offset is not a place in one


def parse_jsonld(data: str | bytes) -> list[ParsedAnnotation]:
    """Annotations in a W3C JSON-LD document; raises AnnotationImportError with a clear message."""
    try:
        doc = json.loads(data)
    except (ValueError, UnicodeDecodeError) as exc:
        raise AnnotationImportError(f"not a JSON file ({exc})", NOT_JSON) from None
    except RecursionError:
        raise AnnotationImportError("nested too deeply to be annotations", NOT_ANNOTATIONS) from None
    items = _items(doc)
    return [_parse_one(i, item) for i, item in enumerate(items, start=1)]


def _items(doc: Any) -> list[Any]:
    if isinstance(doc, list):
        return doc
    if isinstance(doc, dict):
        kind = doc.get("type")
        if kind == "Annotation" or (isinstance(kind, list) and "Annotation" in kind):
            return [doc]
        page = doc.get("first", doc)
        if isinstance(page, dict) and isinstance(page.get("items"), list):
            return page["items"]
    raise AnnotationImportError(
        "not W3C annotations: expected an AnnotationCollection, an AnnotationPage, a list of "
        "Annotation objects or one Annotation", NOT_ANNOTATIONS
    )


def _parse_one(i: int, item: Any) -> ParsedAnnotation:
    def bad(why: str) -> AnnotationImportError:
        return AnnotationImportError(f"annotation {i}: {why}", BAD_ANNOTATION, i)

    if not isinstance(item, dict) or item.get("type") not in ("Annotation", ["Annotation"]):
        raise bad('not an object with "type": "Annotation"')
    target = item.get("target")
    if isinstance(target, list) and target:
        target = target[0]
    if not isinstance(target, dict):
        raise bad('no "target" with a source and selectors')
    source = target.get("source")
    urn, title, src = "", "", ""
    if isinstance(source, str):
        urn = source
    elif isinstance(source, dict):
        urn, title, src = (_text(source, key, bad, "its source's") for key in ("id", "dc:title", "dc:source"))
    if not (urn or title or src):
        raise bad("its target names no article")
    selector = _selector(target.get("selector"), bad)
    kind = BOOKMARK if item.get("motivation") == "bookmarking" else HIGHLIGHT
    if kind == HIGHLIGHT and not selector.exact:
        raise bad("a highlight without a TextQuoteSelector (exact text)")
    note, tags = _bodies(item.get("body", []), bad)
    color = item.get("qari:color", DEFAULT_COLOR)
    if kind == BOOKMARK:
        color = ""
    elif not isinstance(color, str) or color not in COLOR_NAMES:
        color = DEFAULT_COLOR
    ident = _text(item, "id", bad, "its")
    for key in ("created", "modified"):
        _text(item, key, bad, "its")
    uid = ident.removeprefix("urn:uuid:")
    try:
        uid = str(uuidlib.UUID(uid))
    except ValueError:
        uid = str(uuidlib.uuid5(uuidlib.NAMESPACE_URL, ident)) if ident else str(uuidlib.uuid4())
    stamp = now_iso()
    created = str(item.get("created") or stamp)
    if item.get("qari:orphaned") not in (None, True, False):
        raise bad('"qari:orphaned" is neither true nor false')
    return ParsedAnnotation(uid, kind, selector, color, note, tags, item.get("qari:orphaned") is True,
                            created, str(item.get("modified") or created), urn, title, src)


def _selector(raw: Any, bad: Any) -> Selector:
    selectors = raw if isinstance(raw, list) else [raw]
    start = end = None
    exact = prefix = suffix = ""
    quote = False
    for s in selectors:
        if not isinstance(s, dict):
            continue
        if s.get("type") == "TextPositionSelector":
            start, end = s.get("start"), s.get("end")
            if not (isinstance(start, int) and isinstance(end, int) and _is_int(start) and _is_int(end)
                    and 0 <= start <= end):
                raise bad("TextPositionSelector needs integers 0 <= start <= end")
            if end > MAX_OFFSET:
                raise bad(f"TextPositionSelector's end ({end}) is beyond any article")
        elif s.get("type") == "TextQuoteSelector":
            exact, prefix, suffix = (_text(s, k, bad, "TextQuoteSelector's") for k in ("exact", "prefix", "suffix"))
            quote = True
    if start is None and not quote:
        raise bad("no TextPositionSelector or TextQuoteSelector")
    if start is None or end is None:
        start = end = 0
    return Selector(start, end, exact, prefix, suffix)


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _text(obj: dict[str, Any], key: str, bad: Any, whose: str) -> str:
    """``obj[key]`` when it is text ("" when missing); a number, a list or an object is refused."""
    value = obj.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise bad(f'{whose} "{key}" is not text')
    return value


def _bodies(raw: Any, bad: Any) -> tuple[str, tuple[str, ...]]:
    bodies = raw if isinstance(raw, list) else [raw]
    notes: list[str] = []
    tags: list[str] = []
    for b in bodies:
        if isinstance(b, str):
            notes.append(b)
        elif isinstance(b, dict) and isinstance(b.get("value"), str):
            (tags if b.get("purpose") == "tagging" else notes).append(b["value"])
        elif b:
            raise bad("a body that is not a TextualBody")
    return "\n\n".join(notes), clean_tags(tags)


# -- importing into the library ------------------------------------------------------------
def import_jsonld(library: Library, annotations: Annotations, data: str | bytes) -> ImportReport:
    """Read a JSON-LD file into the library: all of it, or (on any error) nothing.

    Nothing already in the library is overwritten: an annotation whose id is there with the
    same content is skipped (``already``); one whose id is taken by a different annotation is
    kept under a new id (``renamed``); a repeat inside the file is counted (``repeated``)."""
    parsed = parse_jsonld(data)
    if not parsed:
        raise AnnotationImportError("the file holds no annotations", NO_ANNOTATIONS)
    texts: dict[int, str] = {}
    records: list[Annotation] = []
    in_file: dict[str, list[Annotation]] = {}
    report = ImportReport()
    for i, p in enumerate(parsed, start=1):
        aid = _find_article(library, p)
        if aid is None:
            name = f"«{p.title}»" if p.title else p.urn or p.source
            raise AnnotationImportError(f"annotation {i}: no article in the library matches {name} ({p.urn})",
                                        NO_ARTICLE, i, name)
        if aid not in texts:
            texts[aid] = library.get(aid).text  # type: ignore[union-attr]  # aid was just found in the library
        rec = _record(aid, p, texts[aid])
        earlier = in_file.setdefault(p.uuid, [])
        stored = annotations.get(p.uuid)
        if earlier:
            report.repeated += 1
            if any(_same(e, rec) for e in earlier):
                continue
        elif stored is not None and _same(stored, rec):
            report.already.append(p.uuid)
            earlier.append(rec)
            continue
        taken = bool(earlier) or stored is not None
        earlier.append(rec)
        if taken:
            rec = replace(rec, uuid=str(uuidlib.uuid4()))
            report.renamed.append(rec)
        records.append(rec)
        (report.orphaned if rec.orphaned else report.imported).append(rec)
    annotations.import_records(records)
    return report


def _same(a: Annotation, b: Annotation) -> bool:
    """The same annotation, wherever it is anchored now (an edit may have moved it)."""
    return (a.article_id, a.kind, a.exact, a.color, a.note, a.tags) == (b.article_id, b.kind, b.exact, b.color,
                                                                        b.note, b.tags)


def _find_article(library: Library, p: ParsedAnnotation) -> int | None:
    if p.urn.startswith(URN_PREFIX):
        found = library.find_by_hash(p.urn[len(URN_PREFIX):])
        if found is not None:
            return found
    for key, value in (("title", p.title), ("source", p.source)):
        if value:
            matches = [s.id for s in library.summaries() if getattr(s, key) == value]
            if len(matches) == 1:
                return matches[0]
    return None


def _record(aid: int, p: ParsedAnnotation, text: str) -> Annotation:
    sel = p.selector
    rec = Annotation(p.uuid, aid, p.kind, sel.start, sel.end, sel.exact, sel.prefix, sel.suffix, p.color,
                     p.note, p.tags, p.orphaned, p.created, p.modified)
    if p.orphaned:
        return rec
    if p.kind == HIGHLIGHT and sel.end <= len(text) and text[sel.start:sel.end] == sel.exact:
        return rec  # exactly where it was: keep the record as written (lossless)
    found = anchor(sel, text) if (sel.exact or sel.prefix or sel.suffix) else None
    if found is None and p.kind == BOOKMARK and not (sel.prefix or sel.suffix) and sel.start <= len(text):
        return replace(rec, **_fields(make_selector(text, sel.start, sel.start)))
    if found is None:
        return replace(rec, orphaned=True)
    return replace(rec, **_fields(make_selector(text, found.start, found.end)))


def _fields(sel: Selector) -> dict[str, Any]:
    return {"start": sel.start, "end": sel.end, "exact": sel.exact, "prefix": sel.prefix, "suffix": sel.suffix}
