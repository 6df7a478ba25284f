"""What the interface says about imports: the importers' reasons translated, statuses, summaries."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qari.core.importing import CHANGED, EXISTING, FAILED, IMPORTED, UPDATED, ImportOutcome


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
    return {IMPORTED: _tr("Imported"), EXISTING: _tr("Already in library"), FAILED: _tr("Failed"),
            UPDATED: _tr("Updated"), CHANGED: _tr("Changed, not updated")}.get(status, status)


def warning_text(outcome: ImportOutcome) -> str:
    """What the reader should know about an import that went through, in the interface language."""
    parts = []
    if outcome.bad_bytes:
        parts.append(_tr("Bytes that could not be read (replaced with \ufffd): %1.")
                     .replace("%1", str(outcome.bad_bytes)))
    if outcome.status == UPDATED:
        parts.append(_tr("The file changed since it was imported: the article was updated (annotations kept: "
                         "%1, detached: %2).").replace("%1", str(outcome.anchored))
                     .replace("%2", str(outcome.detached)))
    if outcome.status == CHANGED:
        parts.append(_tr("The file changed since it was imported; the article was left as it was."))
    return " ".join(parts)


def summary_text(outcomes: list[ImportOutcome], cancelled: bool = False) -> str:
    counts = {s: sum(o.status == s for o in outcomes) for s in (IMPORTED, EXISTING, FAILED, UPDATED)}
    text = (_tr("%1 imported, %2 already in the library, %3 failed")
            .replace("%1", str(counts[IMPORTED])).replace("%2", str(counts[EXISTING]))
            .replace("%3", str(counts[FAILED])))
    if counts[UPDATED]:
        text += _tr(", %1 updated").replace("%1", str(counts[UPDATED]))
    warned = sum(bool(o.bad_bytes) for o in outcomes)
    if warned:
        text += _tr("; with bytes that could not be read: %1").replace("%1", str(warned))
    return (_tr("Import cancelled: ") + text) if cancelled else text


