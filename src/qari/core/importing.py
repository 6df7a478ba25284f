"""Bringing files into the library: one outcome per file, the batch always goes on."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from qari.core.article import Article
from qari.core.importers import ImportFailed, import_path, iter_import_paths
from qari.core.store.library import CHANGED as _CHANGED
from qari.core.store.library import UPDATE, AddResult, Library
from qari.core.store.library import UPDATED as _UPDATED

IMPORTED, EXISTING, UPDATED, CHANGED, FAILED = "imported", "already in library", "updated", "changed", "failed"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    path: str
    status: str  # IMPORTED | EXISTING | UPDATED | CHANGED | FAILED
    article_id: int | None = None
    title: str = ""
    reason: str = ""
    code: str = ""
    bad_bytes: int = 0  # bytes that could not be read and were replaced (the rest was fine)
    anchored: int = 0  # UPDATED: annotations placed in the new text
    detached: int = 0  # UPDATED: annotations whose text is gone (kept as detached)
    article: Article | None = None  # CHANGED: the new text, for "update / keep both"

    @property
    def warning(self) -> str:
        """What a person should know about an import that went through (English)."""
        parts = []
        if self.bad_bytes:
            parts.append(f"{self.bad_bytes} byte{'s' if self.bad_bytes != 1 else ''} could not be read "
                         "and were replaced with \ufffd.")
        if self.status == UPDATED:
            parts.append(f"The file changed since it was imported: the article was updated "
                         f"({self.anchored} annotations kept, {self.detached} detached).")
        if self.status == CHANGED:
            parts.append("The file changed since it was imported.")
        return " ".join(parts)

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "status": self.status,
            "id": self.article_id,
            "title": self.title,
            "reason": self.reason,
            "code": self.code,
            "warning": self.warning,
            "bad_bytes": self.bad_bytes,
            **({"annotations_kept": self.anchored, "annotations_detached": self.detached}
               if self.status == UPDATED else {}),
        }


def read_one(path: Path) -> Article | ImportOutcome:
    try:
        return import_path(path)
    except ImportFailed as exc:
        return ImportOutcome(str(path), FAILED, reason=exc.reason, code=exc.code)
    except OSError as exc:
        return ImportOutcome(str(path), FAILED, reason=f"The file could not be read: {exc.strerror or exc}.",
                             code="os")


def import_paths(
    library: Library,
    paths: Iterable[Path],
    *,
    batch: int = 100,
    cancelled: Callable[[], bool] = lambda: False,
    on_changed: str = UPDATE,
) -> Iterator[ImportOutcome]:
    """Import files and folders; yield one outcome per file as soon as its batch is committed.

    Articles are committed in batches of ``batch``; a cancel stops before the next file,
    and everything committed before it stays. A file imported before whose text changed
    is handled by ``on_changed`` (UPDATE, KEEP_BOTH, or ASK: outcome CHANGED, nothing
    written, the caller asks and calls :func:`resolve_changed`).
    """
    pending: list[tuple[Path, Article]] = []

    def flush() -> Iterator[ImportOutcome]:
        results = library.add_many((a for _, a in pending), on_changed)
        for (p, a), r in zip(pending, results, strict=True):
            yield _outcome(str(p), a, r)
        pending.clear()

    for path in iter_import_paths(paths):
        if cancelled():
            break
        got = read_one(path)
        if isinstance(got, ImportOutcome):
            yield got
            continue
        pending.append((path, got))
        if len(pending) >= batch:
            yield from flush()
    if pending:
        yield from flush()


def _outcome(path: str, article: Article, r: AddResult) -> ImportOutcome:
    status = {_UPDATED: UPDATED, _CHANGED: CHANGED}.get(r.status, IMPORTED if r.created else EXISTING)
    bad = int(article.meta.get("bad_bytes", "0") or 0)
    return ImportOutcome(path, status, r.id, article.title, bad_bytes=bad, anchored=r.anchored,
                         detached=r.detached, article=article if status == CHANGED else None)


def resolve_changed(library: Library, outcome: ImportOutcome, choice: str) -> ImportOutcome:
    """Finish a CHANGED outcome with the reader's choice (UPDATE or KEEP_BOTH)."""
    assert outcome.article is not None
    return _outcome(outcome.path, outcome.article, library.add(outcome.article, choice))
