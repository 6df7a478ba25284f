"""File → Export Annotations… / Import Annotations…: the core's writers and reader behind file dialogs."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog

from qari.core.export import AnnotationImportError, documents, import_jsonld, parse_jsonld, render
from qari.ui.annotations.commands import ImportAnnotations

if TYPE_CHECKING:
    from qari.ui.annotations.controller import AnnotationController

EXTENSIONS = {"md": ".md", "json": ".jsonld", "csv": ".csv"}
_BY_SUFFIX = {".md": "md", ".markdown": "md", ".jsonld": "json", ".json": "json", ".csv": "csv"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("AnnotationTransfer", text)


def _filters() -> list[tuple[str, str]]:
    return [
        ("md", _tr("Markdown (*.md)")),
        ("json", _tr("W3C Web Annotation JSON-LD (*.jsonld *.json)")),
        ("csv", _tr("CSV, for Readwise and spreadsheets (*.csv)")),
    ]


def _documents_dir() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def _safe_name(title: str) -> str:
    name = re.sub(r"[\\/:*?\"<>|\n\r\t]+", " ", title).strip()
    return " ".join(name.split()[:8])[:60] or "annotations"


def format_for(path: Path, chosen_filter: str) -> str:
    """The export format: by the file's extension, else by the filter picked in the dialog."""
    fmt = _BY_SUFFIX.get(path.suffix.lower())
    if fmt:
        return fmt
    for key, label in _filters():
        if label == chosen_filter:
            return key
    return "md"


def export_annotations(ctl: AnnotationController, *, all_articles: bool) -> str | None:
    """Ask for a file and write this article's (or every article's) annotations; returns the path."""
    window = ctl.window
    aid = ctl.article_id()
    if not all_articles and aid is None:
        return None
    ids = None if all_articles else [aid]
    docs = documents(ctl.library, ctl.store, ids)  # type: ignore[arg-type]
    if not any(d.annotations for d in docs):
        ctl._status(_tr("There are no annotations to export."))
        return None
    title = _tr("Export All Annotations") if all_articles else _tr("Export Annotations")
    base = "qari-annotations" if all_articles else _safe_name(docs[0].article.title)
    filters = _filters()
    raw, chosen = QFileDialog.getSaveFileName(
        window, title, str(_documents_dir() / (base + ".md")), ";;".join(f for _k, f in filters), filters[0][1]
    )
    if not raw:
        return None
    path = Path(raw)
    fmt = format_for(path, chosen)
    if path.suffix.lower() not in _BY_SUFFIX:
        path = path.with_name(path.name + EXTENSIONS[fmt])
    try:
        data = render(fmt, docs)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(data, encoding="utf-8", newline="")
        tmp.replace(path)
    except OSError as exc:
        window.show_error(title, _tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", exc.strerror
                                                                                                 or str(exc)))
        return None
    count = sum(len(d.annotations) for d in docs)
    ctl._status(_tr("Exported %1 annotation(s) to %2").replace("%1", str(count)).replace("%2", str(path)))
    return str(path)


def import_annotations(ctl: AnnotationController) -> int | None:
    """Ask for a JSON-LD file and import it (one undo step); returns how many came in."""
    window = ctl.window
    title = _tr("Import Annotations")
    raw, _chosen = QFileDialog.getOpenFileName(
        window, title, str(_documents_dir()), _tr("W3C Web Annotation JSON-LD (*.jsonld *.json);;All files (*)")
    )
    if not raw:
        return None
    try:
        data = Path(raw).read_bytes()
        prior = {p.uuid: ctl.store.get(p.uuid) for p in parse_jsonld(data)}
    except OSError as exc:
        window.show_error(title, f"{raw}: {exc.strerror or exc}")
        return None
    except AnnotationImportError as exc:
        window.show_error(title, f"{raw}: {exc}")
        return None
    try:
        result = import_jsonld(ctl.library, ctl.store, data)
    except AnnotationImportError as exc:
        window.show_error(title, f"{raw}: {exc}")
        return None
    records = [*result.imported, *result.orphaned]
    ctl.undo_stack.push(ImportAnnotations(ctl.store, records, prior, ctl._changed))
    message = _tr("Imported %1 annotation(s).").replace("%1", str(len(records)))
    if result.orphaned:
        message += " " + _tr("%1 could not be placed and are listed as orphaned.").replace(
            "%1", str(len(result.orphaned)))
    ctl._status(message)
    return len(records)
