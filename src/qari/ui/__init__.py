"""The PySide6 interface. Importing it first settles the process concerns Qt depends on."""

from qari.platform import prepare_qt

prepare_qt()  # before any Qt call: the PySide6 6.12 / CPython 3.11 refcount workaround
