"""Helpers for the fault tests: a real library on disk, the CLI in a subprocess, a small tmpfs,
and running as a user the file permissions apply to (root without its override powers)."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from qari.core.article import Article
from qari.core.session import Session


def make_library(data: Path, n: int = 3, words: int = 40) -> list[int]:
    """A library in ``data`` with ``n`` articles (and the sample); returns their ids."""
    s = Session.open(data)
    try:
        ids = [s.library.add(Article.from_text(f"عنوان {i}\n" + " ".join(["كلمة"] * words) + f" {i}")).id
               for i in range(n)]
    finally:
        s.close()
    return ids


def folder_state(folder: Path) -> dict[str, bytes | None]:
    """Every entry of a folder and, for files, its bytes (what 'left as it was' compares)."""
    out: dict[str, bytes | None] = {}
    for p in sorted(folder.iterdir()):
        out[p.name] = p.read_bytes() if p.is_file() else None
    return out


def unprivileged_prefix() -> list[str]:
    """A command prefix under which file permissions hold: nothing for a normal user; for root,
    setpriv without CAP_DAC_OVERRIDE / CAP_DAC_READ_SEARCH (root otherwise reads anything)."""
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: file permissions cannot be made to apply")
    caps = "-dac_override,-dac_read_search"
    return [setpriv, f"--inh-caps={caps}", f"--bounding-set={caps}"]


def qari(*args: str, data: Path, prefix: list[str] | None = None, timeout: float = 120
         ) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QARI_NO_DIALOGS="1")
    cmd = [*(prefix or []), sys.executable, "-m", "qari", "--data-dir", str(data), *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=timeout)


@contextlib.contextmanager
def small_tmpfs(where: Path, size: str = "4m") -> Iterator[Path]:
    """A tmpfs of ``size`` mounted at ``where`` (skips the test, with the reason, where mounting
    is refused)."""
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small tmpfs needs root and mount(8)")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"mount -t tmpfs was refused here: {done.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount(where: Path, mode: str) -> None:
    subprocess.run(["mount", "-o", f"remount,{mode}", str(where)], check=True, capture_output=True)


def fill_disk(folder: Path) -> Path:
    """Write a file until the disk holding ``folder`` is full; returns it (delete to free the space)."""
    filler = folder / "filler.bin"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (1 << 16, 1 << 12, 1 << 9, 1):
            chunk = b"x" * size
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, chunk)
    finally:
        os.close(fd)
    return filler
