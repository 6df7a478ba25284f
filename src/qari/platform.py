"""Process concerns, settled before any Qt call: where the data lives, and a PySide6 workaround.

Nothing here imports Qt, so the command line finds the library without a display and without
a QApplication. :func:`prepare_qt` runs once before the first Qt object is made.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

APP_NAME = "qari"  # also Qt's organisation and application name (ui/app.py)
APP_ID = "io.github.qari.Qari"  # the desktop file's name (qari.desktop installs it; the window names it)


def default_data_dir() -> Path:
    """``$QARI_DATA_DIR``, else the folder Qt calls AppDataLocation for organisation and application
    "qari" (the same path, found without Qt): ``$XDG_DATA_HOME/qari/qari`` (default
    ``~/.local/share/qari/qari``) on Linux, ``~/Library/Application Support/qari/qari`` on macOS,
    ``%APPDATA%\\qari\\qari`` on Windows."""
    env = os.environ.get("QARI_DATA_DIR")
    if env:
        return Path(env).expanduser()
    home = Path.home()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or home / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = home / "Library" / "Application Support"
    else:
        xdg = os.environ.get("XDG_DATA_HOME", "")
        base = Path(xdg) if xdg and Path(xdg).is_absolute() else home / ".local" / "share"
    return base / APP_NAME / APP_NAME


def prepare_qt() -> None:
    """Run before any Qt call (``qari.ui.app.ensure_app`` does)."""
    shield_none_refcount()
    # The interface thread asks for the interpreter back at every Qt call (PySide6 lets it go
    # around them); with Python's 5 ms switch interval each ask waited up to 5 ms while the
    # extraction thread ran: paging a 5 MB report took 0.9 s for 39 ms of its own work (56 ms
    # at 0.1 ms, bench_long's page_block_5mb_ms). An idle interface thread asks for nothing.
    sys.setswitchinterval(0.0001)
    quicken_pyside_import_hook()


def quicken_pyside_import_hook() -> None:
    """PySide6 replaces ``__import__``; after each import of a module it has not seen yet, its
    ``__feature__`` support reads that module's whole source through ``inspect.getsource`` to
    decide whether the module mentions "PySide6" (measured here: ~0.14 ms a module, 145 modules
    and ~20 ms of processor time in a start of ``qari``, half of it before the first paint). The
    same question is answered here from the file's bytes, the same answer for every source file
    (``tests/ui/test_import_hook.py``); other modules still go to PySide6's own check. Does
    nothing if that part of PySide6 is not there (another version)."""
    if getattr(sys, "_qari_quick_hook", False):
        return
    import shiboken6  # noqa: F401  # installs the hook (PySide6 imports it first in any case)

    feature = sys.modules.get("shibokensupport.feature")
    check = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(check):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(check(module))

    uses_pyside.original = check  # type: ignore[attr-defined]  # the test compares the two answers
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]  # looked up at each call
    sys._qari_quick_hook = True  # type: ignore[attr-defined]  # a flag on the sys module: once per process


_UNREGISTERED: list[str] = []  # modules imported under plain_imports, told to PySide6 by register_imports


@contextmanager
def plain_imports() -> Iterator[None]:
    """Import statements inside run without PySide6's ``__feature__`` step. PySide6 puts its
    ``__feature_import__`` in ``builtins.__import__``: at every import statement it asks whether
    the statement is ``from __feature__ import …`` (Qari never selects a feature) and records each
    module it has not seen in its table of features per module, then calls ``__orig_import__``
    (documented by PySide6 as the function to replace; in 6.12 its lazy-loading import). Here
    ``__orig_import__`` is called directly, and the modules imported meanwhile are recorded in that
    table by :func:`register_imports` (after the first paint: until a module selects a feature,
    every module's entry is "no feature"). Does nothing if PySide6's import is not installed as
    described (another version, or something else replaced ``__import__``)."""
    import builtins

    hooked = builtins.__import__
    plain = getattr(builtins, "__orig_import__", None)
    feature = sys.modules.get("shibokensupport.feature")
    if (hooked is not getattr(builtins, "__feature_import__", None) or not callable(plain)
            or not callable(getattr(feature, "feature_imported", None))):
        yield
        return
    before = set(sys.modules)
    builtins.__import__ = plain
    try:
        yield
    finally:
        if builtins.__import__ is plain:  # (unless something replaced it meanwhile)
            builtins.__import__ = hooked
        _UNREGISTERED.extend(name for name in sys.modules if name not in before)


def register_imports() -> None:
    """Record the modules :func:`plain_imports` let through in PySide6's table, as its import would
    have (``feature_imported``: PySide6 or not, from the module's source)."""
    feature = sys.modules.get("shibokensupport.feature")
    record = getattr(feature, "feature_imported", None)
    names, _UNREGISTERED[:] = list(_UNREGISTERED), []
    if not callable(record):
        return
    for name in names:
        module = sys.modules.get(name)
        if module is not None:
            record(module)


def shield_none_refcount() -> None:
    """WORKAROUND for a PySide6 6.12 fault on CPython 3.11 (measured here, see
    tests/ui/test_refcount_shield.py): every call of a void Qt method drops one reference to
    ``None`` (1000 ``QObject.setObjectName`` calls lower ``sys.getrefcount(None)`` by 1000), and every
    ``Signal.emit`` drops one reference to the ``True``/``False`` it returns. When such a count
    reaches zero CPython aborts ("none_dealloc" / "bool_dealloc"). These singletons are immortal
    from CPython 3.12 on; before that, give each a cushion of references no session can use up."""
    if sys.version_info >= (3, 12) or getattr(sys, "_qari_none_shield", False):
        return
    import PySide6  # the package only (its version): no Qt class is loaded yet

    pyside = PySide6.__version__
    if not pyside.startswith("6.12."):
        return
    # ctypes' own module (1.2 ms more at start-up, measured) only for its c_ssize_t: the same C type here
    import _ctypes

    wide = sys.maxsize > 2**32  # Py_ssize_t is a C long long on 64-bit systems, an int on 32-bit ones
    ssize_t: Any = type("c_ssize_t", (_ctypes._SimpleCData,), {"_type_": "q" if wide else "i"})
    for singleton in (None, True, False):
        ssize_t.from_address(id(singleton)).value += 1 << (40 if wide else 28)
    sys._qari_none_shield = True  # type: ignore[attr-defined]  # a flag on the sys module: once per process
