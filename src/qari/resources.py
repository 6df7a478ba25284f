"""Where Qari's bundled resources live: a checkout's top-level ``resources/`` or the
``qari/resources`` folder inside an installed wheel."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parents[1] / "resources"):
        if (candidate / "samples").is_dir():
            return candidate
    raise FileNotFoundError("Qari's resources folder is missing; reinstall Qari.")


def resource_path(rel: str) -> Path:
    return resources_dir() / rel


def sample_article_path() -> Path:
    return resource_path("samples/kim-putin-vostochny.txt")


def font_paths() -> list[Path]:
    folder = resource_path("fonts")  # (a listing, not Path.glob: its pattern machinery is 0.4 ms at start-up)
    return [folder / name for name in sorted(os.listdir(folder)) if name.endswith(".ttf")]
