"""Cyclic garbage is collected on the interface thread, never by a worker thread."""

from __future__ import annotations

import gc
import threading

from PySide6.QtCore import QObject

from qari.ui.collector import MainThreadCollector


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_the_collector_runs_on_the_interface_thread_not_in_workers(qtbot) -> None:
    was = gc.isenabled()
    owner = QObject()
    threads: list[str] = []

    def note(phase: str, _info: dict) -> None:
        if phase == "start":
            threads.append(threading.current_thread().name)

    gc.callbacks.append(note)
    try:
        collector = MainThreadCollector(owner, interval_ms=10)
        assert not gc.isenabled()  # no automatic collection, in any thread

        def allocate() -> None:  # a worker making far more cycles than a generation holds
            for _ in range(gc.get_threshold()[0] * 5):
                _Cycle()

        worker = threading.Thread(target=allocate, name="worker")
        worker.start()
        worker.join()
        assert "worker" not in threads
        qtbot.waitUntil(lambda: "MainThread" in threads)  # the timer collects them
        assert collector.check() == -1  # nothing left over the threshold
    finally:
        gc.callbacks.remove(note)
        owner.deleteLater()
        if was:
            gc.enable()
