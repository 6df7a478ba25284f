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


def test_plain_imports_skip_the_feature_step_and_the_modules_are_recorded_after(tmp_path, monkeypatch) -> None:
    """qari.cli imports the first paint's modules through PySide6's ``__orig_import__``; PySide6's
    table of features per module gets them afterwards (register_imports), with PySide6's answer."""
    import builtins

    from qari.platform import plain_imports, register_imports

    feature = sys.modules["shibokensupport.feature"]
    hooked = builtins.__import__
    (tmp_path / "qari_probe_plain.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "qari_probe_other.py").write_text("import os\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    with plain_imports():
        assert builtins.__import__ is builtins.__orig_import__
        import qari_probe_other  # noqa: F401
        import qari_probe_plain  # noqa: F401
    assert builtins.__import__ is hooked
    assert "qari_probe_plain" not in feature.pyside_feature_dict
    register_imports()
    assert feature.pyside_feature_dict["qari_probe_plain"] == 0  # uses PySide6: default features
    assert feature.pyside_feature_dict["qari_probe_other"] == -1  # does not: ignored


def test_plain_imports_leave_another_import_alone(monkeypatch) -> None:
    import builtins

    from qari.platform import plain_imports

    def other(*args, **kwargs):  # someone else's __import__ (a debugger, a profiler)
        return builtins.__orig_import__(*args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", other)
    with plain_imports():
        assert builtins.__import__ is other
    assert builtins.__import__ is other
