"""Stored sources Qari itself writes (the seeded sample, a paste), shown in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qari.core.session import SAMPLE_SOURCE

CLIPBOARD_SOURCE = "clipboard"  # the stored source of a pasted article (core/importers)


def shown_source(source: str) -> str:
    """``source`` as the interface shows it: the sample's and a paste's stored sources are translated."""
    if source == SAMPLE_SOURCE:
        return QCoreApplication.translate("Qari", "Qari sample")
    if source == CLIPBOARD_SOURCE:
        return QCoreApplication.translate("Qari", "Clipboard")
    return source
