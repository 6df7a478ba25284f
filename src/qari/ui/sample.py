"""The seeded sample article's source, shown in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qari.core.session import SAMPLE_SOURCE


def shown_source(source: str) -> str:
    """``source`` as the interface shows it: the sample's stored source is translated."""
    return QCoreApplication.translate("Qari", "Qari sample") if source == SAMPLE_SOURCE else source
