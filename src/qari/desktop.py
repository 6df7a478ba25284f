"""Linux desktop integration: `qari --install-desktop` puts Qari in the application menu.

It copies, for the current user (under $XDG_DATA_HOME, by default ~/.local/share):
  applications/io.github.qari.Qari.desktop      (Exec= the `qari` of this installation, so a venv works)
  icons/hicolor/scalable/apps/io.github.qari.Qari.svg and icons/hicolor/NxN/apps/io.github.qari.Qari.png
  metainfo/io.github.qari.Qari.metainfo.xml     (AppStream: software centres read it)
`qari --uninstall-desktop` removes the same files. No Qt here: it runs before any window.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from qari.platform import APP_ID
from qari.resources import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def qari_executable() -> str:
    beside = Path(sys.executable).parent / "qari"
    if beside.exists():
        return str(beside)
    return shutil.which("qari") or "qari"


def _targets(root: Path) -> list[tuple[Path, Path]]:
    src = resource_path("desktop")
    pairs = [
        (src / f"{APP_ID}.desktop", root / "applications" / f"{APP_ID}.desktop"),
        (src / f"{APP_ID}.metainfo.xml", root / "metainfo" / f"{APP_ID}.metainfo.xml"),
        (src / "qari.svg", root / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"),
    ]
    pairs += [(src / f"qari-{n}.png", root / "icons" / "hicolor" / f"{n}x{n}" / "apps" / f"{APP_ID}.png")
              for n in ICON_SIZES]
    return pairs


def install(root: Path | None = None, executable: str | None = None) -> list[Path]:
    root = root or data_home()
    exe = executable or qari_executable()
    written = []
    for src, dest in _targets(root):
        dest.parent.mkdir(parents=True, exist_ok=True)
        if dest.suffix == ".desktop":
            lines = []
            for line in src.read_text(encoding="utf-8").splitlines():
                if line.startswith("Exec="):
                    line = f"Exec={_quote(exe)} %F"
                elif line.startswith("TryExec="):
                    line = f"TryExec={exe}"
                lines.append(line)
            tmp = dest.with_suffix(".tmp")
            tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
            tmp.replace(dest)
        else:
            shutil.copyfile(src, dest)
        written.append(dest)
    _refresh_caches(root)
    return written


def uninstall(root: Path | None = None) -> list[Path]:
    root = root or data_home()
    removed = []
    for _src, dest in _targets(root):
        if dest.exists():
            dest.unlink()
            removed.append(dest)
    _refresh_caches(root)
    return removed


def _quote(path: str) -> str:
    """The Desktop Entry spec's quoting of an Exec argument."""
    if not any(c in path for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return path
    escaped = path.replace("\\", "\\\\").replace('"', '\\"').replace("`", "\\`").replace("$", "\\$")
    return f'"{escaped}"'


def _refresh_caches(root: Path) -> None:
    for cmd in (["update-desktop-database", "-q", str(root / "applications")],
                ["gtk-update-icon-cache", "-q", "-t", str(root / "icons" / "hicolor")]):
        if shutil.which(cmd[0]):
            subprocess.run(cmd, check=False, capture_output=True)


def main(args: list[str]) -> int:
    if "--uninstall-desktop" in args:
        for path in uninstall():
            print(f"removed {path}")
        return 0
    for path in install():
        print(f"installed {path}")
    print("Qari is in the application menu (log out and in again if it does not show yet).")
    return 0
