"""Qari answers PySide6's import-hook question ("does this module mention PySide6?") from the
file's bytes instead of ``inspect.getsource``: the same answer for every module loaded."""

from __future__ import annotations

import sys

import qari.ui  # noqa: F401  # the interface package: the quicker check is installed when it is imported


def test_the_quicker_check_gives_pysides_own_answer_for_every_loaded_module() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    assert feature is not None
    check = feature._mod_uses_pyside
    original = check.original
    modules = [m for m in list(sys.modules.values()) if m is not None]
    assert len(modules) > 200
    differ = [m.__name__ for m in modules if check(m) != original(m)]
    assert differ == []
    assert check(sys.modules["qari.ui.main_window"]) and not check(sys.modules["qari.core.article"])
