"""Why an annotations file could not be imported, in the interface's language (the window and
`qari import-annotations` say the same). The technical detail of a malformed annotation (which
field) stays as the importer wrote it, in brackets."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qari.core.export_jsonld import (
    BAD_ANNOTATION,
    NO_ANNOTATIONS,
    NO_ARTICLE,
    NOT_ANNOTATIONS,
    NOT_JSON,
    AnnotationImportError,
)

_CONTEXT = "AnnotationTransfer"
# %1: the annotation's number in the file; %2: the detail, or the article it names
_TEMPLATES: dict[str, object] = {
    NOT_JSON: QT_TRANSLATE_NOOP("AnnotationTransfer", "This is not a JSON file. Nothing was imported."),
    NOT_ANNOTATIONS: QT_TRANSLATE_NOOP(
        "AnnotationTransfer", "This file does not hold W3C web annotations. Nothing was imported."),
    BAD_ANNOTATION: QT_TRANSLATE_NOOP(
        "AnnotationTransfer", "Annotation %1 of this file cannot be read (%2). Nothing was imported."),
    NO_ANNOTATIONS: QT_TRANSLATE_NOOP("AnnotationTransfer", "The file holds no annotations. Nothing was imported."),
    NO_ARTICLE: QT_TRANSLATE_NOOP(
        "AnnotationTransfer", "Annotation %1 belongs to an article that is not in the library (%2): import "
        "the article first. Nothing was imported."),
}

Translate = Callable[[str, str], str]  # (context, English) -> the interface's text


def _qt(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def problem_text(exc: AnnotationImportError, tr: Translate = _qt) -> str:
    """``exc`` told as a sentence of the interface."""
    template = _TEMPLATES.get(exc.kind)
    if template is None:
        return exc.message
    detail = exc.name if exc.kind == NO_ARTICLE else exc.message.split(": ", 1)[-1]
    return tr(_CONTEXT, str(template)).replace("%1", str(exc.index)).replace("%2", detail)
