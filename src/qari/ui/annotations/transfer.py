"""File → Export Annotations… / Import Annotations…: the core's writers and reader behind file dialogs.

:class:`TransferController` gets the library, the annotation store, the undo stack and a parent
for its dialogs; it learns the open article from ``show_article``. It emits
``statusMessage(text, ms)``, ``problem(title, message)`` (a file that cannot be read or written:
the window tells the person), ``annotationsChanged(article_id)`` after an import or its undo, and
``failed(exception)`` when the library refused the write.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from qari.core.article import Article
from qari.core.store.annotations import Annotations
from qari.core.store.library import Library
from qari.ui.actions import new_action
from qari.ui.undo import attempt

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
    from PySide6.QtCore import QStandardPaths  # (the file dialogs' types are made at their first use)

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


class TransferController(QObject):
    statusMessage = Signal(str, int)
    problem = Signal(str, str)  # title, message
    annotationsChanged = Signal(int)
    failed = Signal(object)

    def __init__(self, library: Library, store: Annotations, undo_stack: QUndoStack,
                 dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.library, self.store, self.undo_stack = library, store, undo_stack
        self._dialog_parent = dialog_parent
        self._article: Article | None = None
        self.export_action = new_action(self, _tr("&Export Annotations of This Article…"), ["Ctrl+Shift+X"],
                                        lambda: self.export(all_articles=False), "export-annotations")
        self.export_all_action = new_action(self, _tr("Export &All Annotations…"), ["Ctrl+Alt+Shift+X"],
                                            lambda: self.export(all_articles=True), "export-all-annotations")
        self.import_action = new_action(self, _tr("&Import Annotations…"), ["Ctrl+Alt+I"], self.import_annotations,
                                        "import-annotations")

    @property
    def actions(self) -> list[QAction]:
        return [self.export_action, self.export_all_action, self.import_action]

    def populate_menus(self, file_menu: QMenu) -> None:
        file_menu.addSeparator()
        file_menu.addActions(self.actions)

    def show_article(self, article: Article | None) -> None:
        self._article = article

    def _status(self, text: str) -> None:
        self.statusMessage.emit(text, 4000)

    def export(self, *, all_articles: bool) -> str | None:
        """Ask for a file and write this article's (or every article's) annotations; returns the path."""
        aid = None if self._article is None else self._article.id
        if not all_articles and aid is None:
            return None
        from qari.core.export import documents, render  # (the exporters load at the first export)

        docs = documents(self.library, self.store, None if all_articles else [aid])  # type: ignore[list-item]  # aid: not None here
        if not any(d.annotations for d in docs):
            self._status(_tr("There are no annotations to export."))
            return None
        title = _tr("Export All Annotations") if all_articles else _tr("Export Annotations")
        base = "qari-annotations" if all_articles else _safe_name(docs[0].article.title)
        filters = _filters()
        from PySide6.QtWidgets import QFileDialog

        from qari.ui.folders import remember, start_folder

        folder = Path(start_folder(self.library, "annotations", _documents_dir()))
        raw, chosen = QFileDialog.getSaveFileName(
            self._dialog_parent, title, str(folder / (base + ".md")), ";;".join(f for _k, f in filters),
            filters[0][1])
        if not raw:
            return None
        remember(self.library, "annotations", raw)
        path = Path(raw)
        fmt = format_for(path, chosen)
        if path.suffix.lower() not in _BY_SUFFIX:
            path = path.with_name(path.name + EXTENSIONS[fmt])
        from qari.core.errors import EnvironmentFault
        from qari.core.safe_write import write_text
        from qari.ui.faults import fault_message

        try:
            # the dialog asked before replacing the name it showed; a name we completed was not asked about
            write_text(path, render(fmt, docs), force=path == Path(raw))
        except EnvironmentFault as fault:
            self.problem.emit(title, _tr("Could not write %1: %2").replace("%1", str(path))
                              .replace("%2", fault_message(fault)))
            return None
        count = sum(len(d.annotations) for d in docs)
        self._status(_tr("Exported %1 annotation(s) to %2").replace("%1", str(count)).replace("%2", str(path)))
        return str(path)

    def import_annotations(self) -> int | None:
        """Ask for a JSON-LD file and import it (one undo step); returns how many came in."""
        title = _tr("Import Annotations")
        from PySide6.QtWidgets import QFileDialog

        from qari.core.export import AnnotationImportError, import_jsonld, parse_jsonld
        from qari.ui.annotations.problems import problem_text
        from qari.ui.folders import remember, start_folder

        raw, _chosen = QFileDialog.getOpenFileName(
            self._dialog_parent, title, start_folder(self.library, "annotations", _documents_dir()),
            _tr("W3C Web Annotation JSON-LD (*.jsonld *.json);;All files (*)"))
        if not raw:
            return None
        remember(self.library, "annotations", raw)
        try:
            data = Path(raw).read_bytes()
            prior = {p.uuid: self.store.get(p.uuid) for p in parse_jsonld(data)}
        except OSError as exc:
            self.problem.emit(title, f"{raw}: {exc.strerror or exc}")
            return None
        except AnnotationImportError as exc:
            self.problem.emit(title, f"{raw}: {problem_text(exc)}")
            return None
        try:
            result = attempt(lambda: import_jsonld(self.library, self.store, data), self.failed.emit)
        except AnnotationImportError as exc:
            self.problem.emit(title, f"{raw}: {problem_text(exc)}")
            return None
        if result is None:
            return None
        records = [*result.imported, *result.orphaned]
        from qari.ui.annotations.commands import ImportAnnotations  # (at the first import: start-up waits less)

        self.undo_stack.push(ImportAnnotations(self.store, records, prior, self.annotationsChanged.emit,
                                               self.failed.emit))
        for aid in sorted({r.article_id for r in records}):
            self.annotationsChanged.emit(aid)
        message = _tr("Imported %1 annotation(s).").replace("%1", str(len(records)))
        for count, text in ((len(result.orphaned), _tr("%1 could not be placed and are listed as orphaned.")),
                            (len(result.already), _tr("%1 already in the library.")),
                            (len(result.renamed), _tr("%1 had the id of a different annotation and were kept as "
                                                      "new ones.")),
                            (result.repeated, _tr("%1 appeared twice in the file."))):
            if count:
                message += " " + text.replace("%1", str(count))
        self._status(message)
        return len(records)
