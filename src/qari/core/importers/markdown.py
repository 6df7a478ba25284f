"""Markdown -> paragraphs of plain text: the syntax goes, the words stay."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s{0,3}(`{3,}|~{3,})")
_ATX = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE = re.compile(r"^\s{0,3}(>\s?)+")
_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?")
_REFDEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s*\S+.*$")
_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
_FRONT = re.compile(r"\A---\s*\n(.*?)\n(?:---|\.\.\.)\s*\n", re.S)
_FRONT_FIELD = re.compile(r"^(title|author|date|source|url)\s*:\s*(.+?)\s*$", re.M | re.I)

_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)|!\[[^\]]*\]\[[^\]]*\]")
_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_REFLINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
_HTML_TAG = re.compile(r"</?[A-Za-z][^>]*>|<!--.*?-->")
_CODE = re.compile(r"(`+)(.+?)\1")
_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_EM_STAR = re.compile(r"\*(?=\S)(.+?)(?<=\S)\*")
_EM_UNDER = re.compile(r"(?<!\w)_(?=\S)(.+?)(?<=\S)_(?!\w)")
_STRIKE = re.compile(r"~~(.+?)~~")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>~])")
_HARD_BREAK = re.compile(r"(?: {2,}|\\)$")
# Raw HTML whose content is never article text: a script, a style sheet, a template...
_RAW_NAMES = r"script|style|template|noscript|iframe|textarea|object|svg|math"
_RAW_INLINE = re.compile(rf"<({_RAW_NAMES})\b[^>]*>.*?</\1\s*>|<({_RAW_NAMES})\b[^>]*>.*$", re.I | re.S)
_RAW_START = re.compile(rf"^\s{{0,3}}<({_RAW_NAMES})\b", re.I)


def inline(text: str) -> str:
    """Inline Markdown -> its text (links keep their text, images go)."""
    text = _RAW_INLINE.sub("", text)
    text = _IMAGE.sub("", text)
    text = _LINK.sub(r"\1", text)
    text = _REFLINK.sub(r"\1", text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _CODE.sub(lambda m: m.group(2).strip(), text)
    text = _STRONG.sub(r"\2", text)
    text = _EM_STAR.sub(r"\1", text)
    text = _EM_UNDER.sub(r"\1", text)
    text = _STRIKE.sub(r"\1", text)
    return _ESCAPE.sub(r"\1", text).strip()


def front_matter(src: str) -> tuple[dict[str, str], str]:
    m = _FRONT.match(src)
    if not m:
        return {}, src
    fields = {k.lower(): v.strip().strip("\"'") for k, v in _FRONT_FIELD.findall(m.group(1))}
    return fields, src[m.end() :]


def markdown_paragraphs(src: str) -> tuple[str | None, list[str], dict[str, str]]:
    """(first heading or None, paragraphs in order without that heading, front matter)."""
    meta, src = front_matter(src.replace("\r\n", "\n").replace("\r", "\n"))
    paragraphs: list[str] = []
    heading: str | None = None
    current: list[str] = []
    fence: str | None = None
    raw: str | None = None  # inside a raw HTML block (<script>…): its closing tag

    def flush() -> None:
        if current:
            joined = inline(" ".join(current))
            if joined:
                paragraphs.append(joined)
            current.clear()

    def add_heading(text: str) -> None:
        nonlocal heading
        flush()
        text = inline(text)
        if not text:
            return
        if heading is None:
            heading = text
        else:
            paragraphs.append(text)

    for source_line in src.split("\n"):
        m = _FENCE.match(source_line)
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence):
                fence = None
            elif source_line.strip():
                paragraphs.append(source_line.strip())  # code keeps its text, one line a paragraph
            continue
        if raw is not None:  # a script's body is not text; it ends at its closing tag (or a blank line)
            if raw in source_line.lower() or not source_line.strip():
                raw = None
            continue
        if m:
            flush()
            fence = m.group(1)
            continue
        started = _RAW_START.match(source_line)
        if started:
            flush()
            closing = f"</{started.group(1).lower()}"
            if closing not in source_line.lower():
                raw = closing
            continue
        line = source_line
        if not line.strip():
            flush()
            continue
        if _ATX.match(line):
            add_heading(_ATX.match(line).group(1))  # type: ignore[union-attr]  # matched on the line above
            continue
        if current and _SETEXT.match(line) and not _ITEM.match(current[-1]):
            text = " ".join(current)
            current.clear()
            add_heading(text)
            continue
        if _RULE.match(line) or _REFDEF.match(line) or _TABLE_SEP.match(line):
            flush()
            continue
        quoted = _QUOTE.match(line)
        if quoted:
            line = line[quoted.end() :]
            if not line.strip():
                flush()
                continue
        item = _ITEM.match(line)
        if item:  # a list item is its own paragraph and keeps its mark: "• " or its number ("2.")
            flush()
            mark = item.group(0).strip().split()[0]
            line = ("• " if mark in "-*+" else mark.rstrip(")").rstrip(".") + ". ") + line[item.end() :]
        if "|" in line and line.strip().startswith("|"):
            flush()
            cells = [inline(c) for c in line.strip().strip("|").split("|")]
            paragraphs.append(" | ".join(c for c in cells if c))
            continue
        current.append(line.strip())
        if _HARD_BREAK.search(line):
            current[-1] = current[-1].rstrip("\\").rstrip()
            flush()
    flush()
    return heading, paragraphs, meta
