"""HTML -> Article with trafilatura. Nothing is ever fetched: only the given markup is read.

trafilatura (and lxml) are imported inside the functions: app start-up and plain
text imports never pay for them.
"""

from __future__ import annotations

import codecs
import re
from typing import TYPE_CHECKING, Any

from qari.core.arabic import fold_text
from qari.core.article import Article, canonicalize
from qari.core.importers.errors import ImportFailed
from qari.core.importers.text import _LONE_SURROGATES, decode_counting

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_HTML_START = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)

# "Read also" boxes and their cousins, in folded form (see qari.core.arabic.fold_text).
_RELATED = tuple(
    fold_text(s)
    for s in (
        "اقرأ أيضا", "إقرأ أيضا", "اقرأ المزيد", "إقرأ المزيد", "شاهد أيضا", "طالع أيضا",
        "مواضيع ذات صلة", "أخبار ذات صلة", "مقالات ذات صلة", "ذات صلة", "المزيد من الأخبار",
        "read also", "read more", "related articles", "related stories", "see also",
    )
)
_BYLINE = tuple(fold_text(s) for s in ("بقلم", "كتب", "كتبت", "تقرير", "by "))
_CONTAINERS = {"a", "div", "section", "aside", "p", "li", "ul", "ol", "figure", "blockquote", "span", "strong",
               "b", "em", "h2", "h3", "h4", "h5", "h6", "header", "footer", "nav", "table", "tr", "td"}
_STOP = {"body", "article", "main", "html"}


def looks_like_html(data: bytes) -> bool:
    return _HTML_START.match(data[:4096]) is not None


def decode_html(data: bytes) -> tuple[str, int]:
    """Markup as text, and how many bytes could not be read: BOM, then the page's declared charset,
    then detection. A page that says UTF-8 is read as UTF-8 whatever a few bad bytes say (they
    become U+FFFD)."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        m = _META_CHARSET.search(data[:8192])
        if m:
            try:
                codec = codecs.lookup(m.group(1).decode("ascii")).name
                if codec == "utf-8":
                    text = data.decode("utf-8", errors="surrogateescape")
                    bad = len(_LONE_SURROGATES.findall(text))
                    return _LONE_SURROGATES.sub("\ufffd", text), bad
                return data.decode(codec), 0
            except (LookupError, UnicodeDecodeError):
                pass
    text, _encoding, bad = decode_counting(data)
    return text, bad


def _is_related(text: str) -> bool:
    return fold_text(text[:60]).startswith(_RELATED)


def _link_density(el: HtmlElement) -> float:
    total = len(el.text_content().strip())
    links = sum(len(a.text_content().strip()) for a in el.iter("a"))
    return links / total if total else 0.0


def _drop_related(root: HtmlElement) -> None:
    """Remove "اقرأ أيضا" link boxes: the label, its box, and the link list after it."""
    labels = [
        el
        for el in root.iter()
        if isinstance(el.tag, str) and el.tag in _CONTAINERS and _is_related((el.text or "").lstrip())
    ]
    for el in labels:
        if el.getparent() is None:  # already removed with an ancestor
            continue
        box = el
        parent = box.getparent()
        while parent is not None and parent.tag not in _STOP and _is_related(parent.text_content().lstrip()):
            if len(parent.text_content()) > 600 and _link_density(parent) < 0.5:
                break
            box, parent = parent, parent.getparent()
        label_only = len(box.text_content().strip()) < 40
        following = box.getnext()
        box.drop_tree()
        if label_only and following is not None and (
            following.tag in {"ul", "ol"} or _link_density(following) > 0.5
        ):
            following.drop_tree()


_JUNK_TAGS = ("script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "object", "embed",
              "svg", "canvas", "button", "select", "dialog")
_JUNK_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar", "dialog"}
_JUNK_CLASS = re.compile(
    r"(?:^|[\s_-])(?:ads?|advert\w*|adslot|banner|sponsor\w*|promo\w*|share|sharing|social|newsletter|"
    r"cookies?|related|comments?|breadcrumbs?|menu|navbar|sidebar|widget|popup|subscribe|most-read|"
    r"trending|outbrain|taboola)(?:$|[\s_-])",
    re.I,
)


def _is_junk(el: HtmlElement) -> bool:
    tag = el.tag
    if tag in _JUNK_TAGS or el.get("role", "").lower() in _JUNK_ROLES:
        return True
    if tag in ("header", "footer"):  # the page's, not an article's own (which holds its h1)
        inside = any(a.tag in ("article", "main") for a in el.iterancestors())
        return not inside and not (tag == "header" and next(el.iter("h1"), None) is not None)
    if tag in ("html", "body", "article", "main"):
        return False
    if _JUNK_CLASS.search(f"{el.get('class', '')} {el.get('id', '')}") is None:
        return False
    # a class name is only a hint: a long stretch of prose is kept whatever it is called
    return len(el.text_content()) < 600 or _link_density(el) > 0.3


def _drop_boilerplate(root: HtmlElement) -> None:
    """Navigation, page header/footer, ads and widgets: never part of an article."""
    doomed = [el for el in root.iter() if isinstance(el.tag, str) and _is_junk(el)]
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()


# Elements that hold media or widgets, not article text. Left open, a parser puts the rest of
# the page inside them (and they are dropped as junk): each one that is never closed is closed
# right after its start tag; the void ones (no content ever) lose their tag.
_VOID_MEDIA = re.compile(r"<(?:embed|param|source|track)\b[^>]*>", re.I)
_CONTAINERS_OF_MEDIA = ("object", "video", "audio", "iframe", "canvas", "svg", "math", "noscript", "template",
                        "textarea", "select", "button", "picture", "map", "applet", "frameset", "noembed",
                        "noframes", "dialog")
_MEDIA_TAG = re.compile(r"<(/?)(" + "|".join(_CONTAINERS_OF_MEDIA) + r")\b[^>]*?(/?)>", re.I)


def close_unclosed_media(markup: str) -> str:
    """Markup in which no media or widget element is left open (see above)."""
    markup = _VOID_MEDIA.sub("", markup)
    stacks: dict[str, list[int]] = {}
    for m in _MEDIA_TAG.finditer(markup):
        name = m.group(2).lower()
        if m.group(1):  # </name>
            if stacks.get(name):
                stacks[name].pop()
        elif not m.group(3):  # <name ...> (not <name/>)
            stacks.setdefault(name, []).append(m.end())
    inserts = sorted(((end, name) for name, ends in stacks.items() for end in ends), reverse=True)
    for end, name in inserts:
        markup = f"{markup[:end]}</{name}>{markup[end:]}"
    return markup


def _parse(markup: str) -> HtmlElement:
    import lxml.html
    from lxml import etree

    markup = close_unclosed_media(_XML_DECL.sub("", markup, count=1))
    parser = lxml.html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)
    try:
        return lxml.html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):
        raise ImportFailed("no_article") from None


def _metadata(doc: Any) -> dict[str, str]:
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    return {k: str(v).strip() for k, v in data.items() if isinstance(v, str) and v.strip()}


def _clean_paragraphs(text: str, title: str, author: str) -> tuple[str, list[str]]:
    """(headline, paragraphs): related links and the byline dropped, the headline not repeated."""
    paras = [p.strip() for p in text.split("\n") if p.strip()]
    paras = [p for p in paras if not (len(p) < 200 and _is_related(p))]
    if paras and len(paras[0]) < 300:
        first, ftitle = fold_text(paras[0]), fold_text(title)
        if first == ftitle or (ftitle and first in ftitle):  # the page's h1, cleaner than <title>
            title = paras.pop(0)
    fauthor = fold_text(author)
    out = []
    for i, p in enumerate(paras):
        fp = fold_text(p)
        if i < 3 and len(p) < 80 and ((fauthor and fauthor in fp) or fp.startswith(_BYLINE)):
            continue  # the byline goes to Article.author, not into the text
        out.append(p)
    return title, out


def article_from_html(markup: str, *, filename: str = "", fmt: str = "html") -> Article:
    """The article in a page: headline first, then its paragraphs; metadata in the fields."""
    if not markup.strip():
        raise ImportFailed("empty")
    import trafilatura  # lazy: heavy, and only needed for HTML

    root = _parse(markup)
    _drop_boilerplate(root)
    _drop_related(root)
    doc = trafilatura.bare_extraction(
        root,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        deduplicate=False,
    )
    meta = _metadata(doc) if doc is not None else {}
    title = meta.get("title", "")
    author = meta.get("author", "")
    title, paras = _clean_paragraphs(meta.get("text", ""), title, author)
    if not paras:
        raise ImportFailed("no_article")
    url = meta.get("url", "")
    site = meta.get("sitename") or meta.get("hostname", "")
    text = canonicalize("\n".join([title, *paras]) if title else "\n".join(paras))
    return Article(
        text=text,
        source=url or site or filename,
        author=author,
        published=meta.get("date", ""),
        site=site,
        meta={k: v for k, v in (("format", fmt), ("url", url), ("file", filename)) if v},
    )


_BLOCKS = {"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section",
           "article", "header", "footer", "pre", "dd", "dt", "figcaption", "table", "ul", "ol"}


def html_to_text(markup: str) -> str:
    """Visible text of an HTML fragment, one block a line (for pasted snippets)."""
    if not markup.strip():
        return ""
    try:
        root = _parse(markup)
    except ImportFailed:
        return ""
    for el in list(root.iter("script", "style", "noscript", "template", "head", "iframe", "object")):
        if el.getparent() is not None:
            el.drop_tree()
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag in _BLOCKS:
            el.tail = "\n" + (el.tail or "")
            if el.tag != "br":
                el.text = "\n" + (el.text or "")
    return root.text_content()
