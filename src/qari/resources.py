"""Where Qari's bundled resources live: a checkout's top-level ``resources/`` or the
``qari/resources`` folder inside an installed wheel."""

from __future__ import annotations

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
    return sorted(resource_path("fonts").glob("*.ttf"))
