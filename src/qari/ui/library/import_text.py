"""What the interface says about imports: the importers' reasons translated, statuses, summaries."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qari.core.importing import EXISTING, FAILED, IMPORTED, ImportOutcome


def _tr(text: str) -> str:
    return QCoreApplication.translate("Importer", text)


# The importers' standard reasons (qari.core.importers.errors.REASONS), listed for lupdate.
_REASONS = (
    QT_TRANSLATE_NOOP("ImportReasons", "The file is empty."),
    QT_TRANSLATE_NOOP("ImportReasons", "This looks like a binary file, not text."),
    QT_TRANSLATE_NOOP("ImportReasons", "The file is larger than 20 MB."),
    QT_TRANSLATE_NOOP("ImportReasons", "No encoding explains these bytes."),
    QT_TRANSLATE_NOOP("ImportReasons", "No article text was found in this page."),
    QT_TRANSLATE_NOOP("ImportReasons", "The file no longer exists."),
    QT_TRANSLATE_NOOP("ImportReasons", "This is a folder, not a file."),
    QT_TRANSLATE_NOOP("ImportReasons", "This kind of file is not supported (use .txt, .html or .md)."),
    QT_TRANSLATE_NOOP("ImportReasons", "You don't have permission to read this file."),
    QT_TRANSLATE_NOOP("ImportReasons", "The file could not be read."),
    QT_TRANSLATE_NOOP("ImportReasons", "This is not a regular file."),
    QT_TRANSLATE_NOOP("ImportReasons", "The clipboard holds no text."),
)


def translated_reason(code: str, reason: str) -> str:
    """The reason in the interface language when it is one of the importers' standard ones."""
    return QCoreApplication.translate("ImportReasons", reason) if reason else code


def status_text(status: str) -> str:
    return {IMPORTED: _tr("Imported"), EXISTING: _tr("Already in library"), FAILED: _tr("Failed")}.get(status, status)


def summary_text(outcomes: list[ImportOutcome], cancelled: bool = False) -> str:
    counts = {s: sum(o.status == s for o in outcomes) for s in (IMPORTED, EXISTING, FAILED)}
    text = (_tr("%1 imported, %2 already in the library, %3 failed")
            .replace("%1", str(counts[IMPORTED])).replace("%2", str(counts[EXISTING]))
            .replace("%3", str(counts[FAILED])))
    return (_tr("Import cancelled: ") + text) if cancelled else text


