"""Hatch build hook: compile the interface translations (resources/i18n/*.ts) to .qm catalogues,
so every wheel and sdist carries them — whatever builds it, with or without Qt installed.

The compiler is Qari's own pure-Python one (src/qari/tools/qm.py, byte-identical to lrelease's
output; a test checks), loaded by path: the build environment holds only hatchling.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


def _qm_compiler(root: Path) -> Any:
    spec = importlib.util.spec_from_file_location("_qari_qm", root / "src" / "qari" / "tools" / "qm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class TranslationsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        root = Path(self.root)
        qm = _qm_compiler(root)
        out_dir = Path(self.directory) / ".qari-i18n"
        # where the resources go in this target: inside the package for a wheel, as-is for an sdist
        dest = "qari/resources/i18n" if self.target_name == "wheel" else "resources/i18n"
        for ts in sorted((root / "resources" / "i18n").glob("*.ts")):
            target = out_dir / f"{ts.stem}.qm"
            qm.compile_ts(ts, target)
            build_data["force_include"][str(target)] = f"{dest}/{ts.stem}.qm"
