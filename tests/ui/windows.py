"""Shared by the tests that build a window the way `qari` does, outside the make_window fixture."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent


def close_window(window, session) -> None:  # window: MainWindow, session: Session
    """Close the window, delete it, then close its library (no stray signal reaches a closed store)."""
    window.close()
    window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    session.close()
    import gc

    gc.collect()  # the window's cycles, here on the main thread (see tests/conftest.py)
