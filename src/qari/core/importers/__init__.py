"""Files, bytes and pastes -> Article, or a clear :class:`ImportFailed`.

One module per format (``text``, ``html``, ``markdown``); this module picks the
format from the file name and guards the input (missing, folder, too large,
empty, binary). Importing this package is cheap: charset-normalizer and
trafilatura are imported only when a file needs them.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from qari.core.article import Article, canonicalize
from qari.core.importers.errors import MAX_BYTES, REASONS, ImportFailed
from qari.core.importers.headline import with_headline
from qari.core.importers.text import decode_counting, plain_paragraphs

__all__ = [
    "MAX_BYTES",
    "REASONS",
    "SUPPORTED_SUFFIXES",
    "ImportFailed",
    "from_clipboard",
    "import_bytes",
    "import_path",
    "iter_import_paths",
]

SUPPORTED_SUFFIXES: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    "": "txt",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".md": "md",
    ".markdown": "md",
}


def _format_of(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt is None:
        raise ImportFailed("unsupported")
    return fmt


def _from_text(text: str, source: str, **meta: str) -> Article:
    canonical = canonicalize(plain_paragraphs(text))
    if not canonical:
        raise ImportFailed("empty")
    return Article(text=with_headline(canonical), source=source, meta=dict(meta))


def _from_markdown(text: str, source: str, **meta: str) -> Article:
    from qari.core.importers.markdown import markdown_paragraphs

    heading, paragraphs, front = markdown_paragraphs(text)
    title = front.get("title") or heading
    if heading and title != heading:
        paragraphs = [heading, *paragraphs]
    text = canonicalize("\n".join([title, *paragraphs] if title else paragraphs))
    if not title:  # no heading and no front-matter title: guess as for plain text
        text = with_headline(text)
    if not text:
        raise ImportFailed("empty")
    return Article(
        text=text,
        source=front.get("url") or front.get("source") or source,
        author=front.get("author", ""),
        published=front.get("date", ""),
        meta={**meta, "url": front["url"]} if front.get("url") else meta,
    )


def import_bytes(data: bytes, filename: str) -> Article:
    """The article in ``data``, read as the format ``filename``'s extension names."""
    fmt = _format_of(filename)
    if len(data) > MAX_BYTES:
        raise ImportFailed("too_large")
    if not data.strip():
        raise ImportFailed("empty")
    name = Path(filename).name
    if fmt == "html" or (Path(filename).suffix == "" and _sniff_html(data)):
        from qari.core.importers.html import article_from_html, decode_html

        markup, bad = decode_html(data)
        return _counted(article_from_html(markup, filename=name), bad)
    text, encoding, bad = decode_counting(data)
    if fmt == "md":
        return _counted(_from_markdown(text, name, format="md", encoding=encoding), bad)
    return _counted(_from_text(text, name, format="txt", encoding=encoding), bad)


def _counted(article: Article, bad_bytes: int) -> Article:
    """The article, with how many bytes of its file could not be read (replaced by U+FFFD)."""
    if bad_bytes:
        article.meta["bad_bytes"] = str(bad_bytes)
    return article


def _sniff_html(data: bytes) -> bool:
    from qari.core.importers.html import looks_like_html

    return looks_like_html(data)


@contextlib.contextmanager
def _os_errors() -> Iterator[None]:
    """The file system's refusals, as the reasons a person is told."""
    try:
        yield
    except FileNotFoundError:
        raise ImportFailed("missing") from None
    except IsADirectoryError:
        raise ImportFailed("is_dir") from None
    except PermissionError:
        raise ImportFailed("permission") from None
    except OSError:
        raise ImportFailed("unreadable") from None


def import_path(path: Path) -> Article:
    """The article in the file at ``path``; the size is checked before anything is read."""
    path = Path(path)
    with _os_errors():
        st = path.stat()
    if stat.S_ISDIR(st.st_mode):
        raise ImportFailed("is_dir")
    if not stat.S_ISREG(st.st_mode):
        raise ImportFailed("unreadable", "This is not a regular file.")
    _format_of(path.name)
    if st.st_size > MAX_BYTES:
        raise ImportFailed("too_large")
    with _os_errors(), open(path, "rb") as f:  # it may have vanished since it was listed
        data = f.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:  # grew while we looked
        raise ImportFailed("too_large")
    article = import_bytes(data, path.name)
    article.meta["path"] = os.path.abspath(path)  # the same file imported again is the same article
    return article


def from_clipboard(text: str | None, html: str | None) -> Article:
    """A pasted article: the HTML flavour when it holds an article, else the plain text."""
    from qari.core.importers.html import article_from_html, html_to_text

    if html and html.strip():
        try:
            article = article_from_html(html, filename="clipboard", fmt="clipboard-html")
        except ImportFailed:
            pass
        else:
            # a lone fragment (a bold word, a link) is not the article the text flavour holds
            plain = len((text or "").strip())
            if article.text.count("\n") >= 1 or len(article.text) * 3 >= plain:
                return article
    if text and text.strip():
        return _from_text(text, "clipboard", format="clipboard-text")
    if html and html.strip():
        fallback = html_to_text(html)
        if fallback.strip():
            return _from_text(fallback, "clipboard", format="clipboard-html")
    raise ImportFailed("empty", "The clipboard holds no text.")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder, onerror=lambda _e: None):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            suffix = os.path.splitext(name)[1].lower()
            if not name.startswith(".") and suffix and suffix in SUPPORTED_SUFFIXES:
                yield Path(root, name)


def iter_import_paths(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to import, in a stable order: folders are expanded recursively to their
    supported files (hidden ones skipped); files named explicitly pass as given, so
    an unsupported or missing one is reported by :func:`import_path`. No repeats."""
    seen: set[Path] = set()
    for p in paths:
        p = Path(p)
        found = _walk(p) if p.is_dir() else iter([p])
        for f in found:
            key = Path(os.path.abspath(f))
            if key not in seen:
                seen.add(key)
                yield f
