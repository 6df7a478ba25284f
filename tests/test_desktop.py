"""Linux desktop integration: the .desktop file and AppStream metainfo are valid, `qari --install-desktop`
puts them and the icons under the user's data folder with Exec= this installation's `qari`, and the
window carries the same icon."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from qari.desktop import APP_ID, ICON_SIZES
from qari.resources import resource_path

DESKTOP = resource_path(f"desktop/{APP_ID}.desktop")
METAINFO = resource_path(f"desktop/{APP_ID}.metainfo.xml")


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{name} is missing: .ci/run installs it with apt-get")
        pytest.skip(f"{name} is not installed (Debian: appstream, desktop-file-utils)")
    return path


def test_metainfo_passes_appstreamcli_validate() -> None:
    proc = subprocess.run([_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_desktop_file_passes_desktop_file_validate(tmp_path: Path) -> None:
    proc = subprocess.run([_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True)
    assert proc.returncode == 0 and "error" not in proc.stdout, proc.stdout


def test_install_desktop_writes_menu_entry_metainfo_and_icons(tmp_path: Path) -> None:
    exe = tmp_path / "my venv" / "bin" / "qari"
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share")}
    code = f"from qari.desktop import install; install(executable={str(exe)!r})"
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    share = tmp_path / "share"
    entry = (share / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{exe}" %F' in entry and f"TryExec={exe}" in entry and f"Icon={APP_ID}" in entry
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").read_bytes() == METAINFO.read_bytes()
    assert (share / "icons/hicolor/scalable/apps" / f"{APP_ID}.svg").is_file()
    for n in ICON_SIZES:
        assert (share / f"icons/hicolor/{n}x{n}/apps/{APP_ID}.png").is_file()
    # and it goes away again
    out = subprocess.run([sys.executable, "-m", "qari.cli", "--uninstall-desktop"], env=env,
                         capture_output=True, text=True, check=True)
    assert "removed" in out.stdout
    assert not (share / "applications" / f"{APP_ID}.desktop").exists()


def test_cli_install_desktop_uses_the_qari_beside_this_python(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "qari.cli", "--install-desktop"], env=env,
                         capture_output=True, text=True, check=True)
    assert "installed" in out.stdout
    entry = (tmp_path / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert str(Path(sys.executable).parent / "qari") in entry


def test_the_window_uses_the_same_icon(qapp) -> None:
    from qari.ui.app import ensure_app

    sizes = {s.width() for s in ensure_app().windowIcon().availableSizes()}
    assert set(ICON_SIZES) <= sizes
