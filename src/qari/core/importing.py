"""Bringing files into the library: one outcome per file, the batch always goes on."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from qari.core.article import Article
from qari.core.importers import ImportFailed, import_path, iter_import_paths
from qari.core.store.library import Library

IMPORTED, EXISTING, FAILED = "imported", "already in library", "failed"


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    path: str
    status: str  # IMPORTED | EXISTING | FAILED
    article_id: int | None = None
    title: str = ""
    reason: str = ""
    code: str = ""

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "status": self.status,
            "id": self.article_id,
            "title": self.title,
            "reason": self.reason,
            "code": self.code,
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
) -> Iterator[ImportOutcome]:
    """Import files and folders; yield one outcome per file as soon as its batch is committed.

    Articles are committed in batches of ``batch``; a cancel stops before the next file,
    and everything committed before it stays.
    """
    pending: list[tuple[Path, Article]] = []

    def flush() -> Iterator[ImportOutcome]:
        results = library.add_many(a for _, a in pending)
        for (p, a), r in zip(pending, results, strict=True):
            yield ImportOutcome(str(p), IMPORTED if r.created else EXISTING, r.id, a.title)
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
