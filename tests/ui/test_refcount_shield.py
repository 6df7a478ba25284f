"""PySide6 6.12 on CPython 3.11 drops references to None (void methods) and to True/False
(Signal.emit's result); without Qari's shield a long session aborts. This runs the calls that
used to kill the process in a child process and checks it survives."""

from __future__ import annotations

import subprocess
import sys

CHILD = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from qari.ui.app import ensure_app
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

class Emitter(QObject):
    changed = Signal(str)

app = ensure_app()
label, emitter = QLabel(), Emitter()
emitter.changed.connect(label.setText)
for i in range(60_000):
    label.setVisible(False)       # a void method: drops a reference to None on 6.12 / 3.11
    emitter.changed.emit("x")     # emit: drops a reference to True on 6.12 / 3.11
print("survived")
"""


def test_many_void_calls_and_emits_do_not_abort_the_process() -> None:
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-500:]
    assert "survived" in proc.stdout
