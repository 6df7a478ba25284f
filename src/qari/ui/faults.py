"""The machine's refusals (qari.core.errors.EnvironmentFault), told in the interface's language."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from qari.core import errors
from qari.core.errors import EnvironmentFault

_CONTEXT = "faults"
# %1 is the file or folder; %2 the seconds waited
_TEMPLATES: dict[str, object] = {  # (QT_TRANSLATE_NOOP is typed as returning object)
    errors.LOCKED: QT_TRANSLATE_NOOP(
        "faults", "The library %1 is in use by another program (another Qari, or an import still running) "
        "and stayed locked for more than %2 seconds. Nothing was changed; try again when it is done."),
    errors.READONLY: QT_TRANSLATE_NOOP(
        "faults", "%1 is read-only, so Qari cannot write to it. Nothing was changed. Make it writable, or "
        "start Qari with --data-dir to use another folder."),
    errors.PERMISSION: QT_TRANSLATE_NOOP(
        "faults", "You don't have permission to use %1. Nothing was changed. Check its owner and "
        "permissions, or start Qari with --data-dir to use another folder."),
    errors.FULL: QT_TRANSLATE_NOOP(
        "faults", "The disk holding %1 is full. Nothing was changed; free some space and try again."),
    errors.NOT_A_FOLDER: QT_TRANSLATE_NOOP(
        "faults", "The data folder %1 is a file, not a folder. It was left as it is. Move it away, or start "
        "Qari with --data-dir to use another folder."),
    errors.IS_FOLDER: QT_TRANSLATE_NOOP(
        "faults", "The library %1 is a folder, not a file. It was left as it is. Move it away, or start Qari "
        "with --data-dir to use another folder."),
    errors.NOT_A_LIBRARY: QT_TRANSLATE_NOOP(
        "faults", "%1 is a database of another program, not a Qari library. It was left untouched. Move it "
        "away, or start Qari with --data-dir to use another folder."),
    errors.NEWER_VERSION: QT_TRANSLATE_NOOP(
        "faults", "This library (%1) was written by a newer version of Qari and was left untouched. Update "
        "Qari, or start it with --data-dir to use another folder."),
    errors.CORRUPT: QT_TRANSLATE_NOOP("faults", "The library %1 is damaged."),
    errors.IO: QT_TRANSLATE_NOOP("faults", "The disk could not read or write %1. Nothing was changed."),
    errors.EXISTS: QT_TRANSLATE_NOOP("faults", "%1 already exists."),
}
MESSAGES: dict[str, str] = {kind: str(text) for kind, text in _TEMPLATES.items()}


def fault_message(fault: EnvironmentFault, tr: Callable[[str, str], str] = QCoreApplication.translate) -> str:
    """The fault's message in the interface's language (the English one if the kind is unknown);
    ``tr(context, text)`` translates (the command line passes its own, qari.cli_text)."""
    template = MESSAGES.get(fault.kind)
    if template is None:
        return fault.message
    return tr(_CONTEXT, template).replace("%1", str(fault.path or "")).replace("%2", f"{errors.BUSY_TIMEOUT_S:g}")
