"""Counts in a translated text written in the interface locale's way (12,345; ١٢٬٣٤٥ under an Arabic
locale that writes Arabic-Indic digits), as the library's Words column writes them."""

from __future__ import annotations

from PySide6.QtCore import QLocale


def grouped(text: str, *counts: int) -> str:
    """``text`` (e.g. ``tr("%n word(s)", "", n)``) with each count in it written by the locale."""
    loc = QLocale()
    for n in counts:
        text = text.replace(str(n), loc.toString(n), 1)  # (the first digits in the text are the count)
    return text
