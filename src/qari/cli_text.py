"""What `qari` says on the command line, in the person's language.

The language is ``--lang`` when given, else the environment's (``LC_ALL``, then ``LC_MESSAGES``,
then ``LANG``, as gettext reads them): a terminal set to Arabic gets Arabic messages without a
flag, as the window follows the system's language. The Arabic comes from the app's own
translation file, read with QtCore alone (no display, no application object). If it cannot be
read, the English message is printed. Only what a person reads is translated: the tab-separated
and JSON output that programs read stays as it is.
"""

from __future__ import annotations

import os
from functools import cache

from PySide6.QtCore import QT_TRANSLATE_NOOP

_ENV = ("LC_ALL", "LC_MESSAGES", "LANG")

# The command line's own sentences (context "cli"); %1 is a path.
NOTHING_TO_IMPORT = QT_TRANSLATE_NOOP("cli", "nothing to import (no .txt, .html, .htm or .md files found)")
CANNOT_READ = QT_TRANSLATE_NOOP("cli", "%1: cannot read this file.")
NO_SUCH_FILE = QT_TRANSLATE_NOOP("cli", "%1: no such file.")
BAD_SIZE = QT_TRANSLATE_NOOP("cli", "--size takes WIDTHxHEIGHT, e.g. 1280x800")
# The library's notes, already translated for the window (context "startup").
DAMAGED_MOVED = ("startup", "The library file was damaged; it was moved to %1 and a new library was started.")
UPGRADED = ("startup", "The library was upgraded; a copy of the old one is at %1.")


def cli_language(explicit: str | None = None, environ: dict[str, str] | None = None) -> str:
    """``"ar"`` or ``"en"``: the flag, else the first locale variable that is set."""
    if explicit in ("ar", "en"):
        return explicit
    env = os.environ if environ is None else environ
    for name in _ENV:
        value = env.get(name, "")
        if value:
            return "ar" if value.lower().startswith("ar") else "en"
    return "en"


@cache
def _translator():  # -> QTranslator | None
    try:
        from PySide6.QtCore import QTranslator

        from qari.resources import resource_path

        translator = QTranslator()
        return translator if translator.load("qari_ar", str(resource_path("i18n"))) else None
    except Exception:  # no translation file: English
        return None


def say(lang: str, text: object, path: object = None, context: str = "cli") -> str:
    """``text`` (a message of ``context`` in the .ts) in ``lang``, with %1 replaced by ``path``;
    the English when it has no translation."""
    message = str(text)
    if lang == "ar" and (translator := _translator()) is not None:
        message = translator.translate(context, message) or message
    return message if path is None else message.replace("%1", str(path))


def import_reason(reason: str, lang: str) -> str:
    """An importer's reason (``ImportFailed.reason``), translated when it is a standard one."""
    return say(lang, reason, context="ImportReasons")


def fault_text(fault, lang: str) -> str:  # fault: EnvironmentFault
    """The machine's refusal (locked, read-only, full...) in ``lang``."""
    if lang != "ar":
        return fault.message
    try:
        from qari.ui.faults import fault_message
    except Exception:  # (no Qt: the English)
        return fault.message
    return fault_message(fault, lambda context, text: say(lang, text, context=context))
