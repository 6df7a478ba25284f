"""One typed settings object; QSettings underneath. Nothing else reads QSettings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from qari.core.errors import EnvironmentFault
from qari.core.records import Record

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

DEFAULT_FONT = "Amiri"


class ReaderPrefs(Record):
    """How the reader shows text. (``@dataclass`` written out, see qari.core.records: ``FIELDS`` is
    what ``dataclasses.fields`` named, ``replace`` what ``dataclasses.replace`` did.)"""

    font_family: str
    font_size: float  # points
    line_height: int  # percent of the font's own line (Amiri's is already ~1.8 em): ~2 em
    text_width: int  # em: about 70 characters (11-13 Arabic words) a line
    theme: str  # light | sepia | dark | system
    justify: bool
    hide_tashkeel: bool

    FIELDS = ("font_family", "font_size", "line_height", "text_width", "theme", "justify", "hide_tashkeel")

    def __init__(self, font_family: str = DEFAULT_FONT, font_size: float = 20.0, line_height: int = 110,
                 text_width: int = 26, theme: str = "light", justify: bool = False,
                 hide_tashkeel: bool = False) -> None:
        self.font_family = font_family
        self.font_size = font_size
        self.line_height = line_height
        self.text_width = text_width
        self.theme = theme
        self.justify = justify
        self.hide_tashkeel = hide_tashkeel


class Settings(Record):
    """Persisted preferences. ``load`` / ``save`` are the only ways in and out. (``@dataclass``
    written out, see qari.core.records.)"""

    reader: ReaderPrefs
    lang: str  # "" = follow the system locale
    sidebar_visible: bool
    geometry: QByteArray | None
    window_state: QByteArray | None
    dock_room: tuple[int, int] | None  # px the docks took left and right of the reader (window_frame)

    FIELDS = ("reader", "lang", "sidebar_visible", "geometry", "window_state", "dock_room")

    def __init__(self, reader: ReaderPrefs, lang: str = "", sidebar_visible: bool = True,
                 geometry: QByteArray | None = None, window_state: QByteArray | None = None,
                 dock_room: tuple[int, int] | None = None) -> None:
        self.reader = reader
        self.lang = lang
        self.sidebar_visible = sidebar_visible
        self.geometry = geometry
        self.window_state = window_state
        self.dock_room = dock_room

    @staticmethod
    def store_for(data_dir: Path) -> QSettings:
        """The settings file in the data folder; created empty and private (0600) if missing, so
        Qt's rewrites of it (which keep a file's permissions) never make it readable by others."""
        path = data_dir / "settings.ini"
        try:
            from qari.core.store.db import ensure_private_folder

            ensure_private_folder(data_dir)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        except (OSError, EnvironmentFault):  # exists already, or the folder is refused: the library will say
            pass
        return QSettings(str(path), QSettings.Format.IniFormat)

    @classmethod
    def load(cls, qs: QSettings) -> Settings:
        prefs = ReaderPrefs()
        for name in ReaderPrefs.FIELDS:
            raw = qs.value(f"reader/{name}")
            if raw is None:
                continue
            default = getattr(prefs, name)
            try:
                if isinstance(default, bool):
                    value: object = str(raw).lower() in ("true", "1", "yes")
                else:
                    value = type(default)(raw)
            except (TypeError, ValueError):
                continue
            setattr(prefs, name, value)
        geometry = qs.value("window/geometry")
        state = qs.value("window/state")
        room = _room(qs.value("window/dock_room"))
        return cls(
            reader=prefs,
            lang=str(qs.value("ui/lang", "") or ""),
            sidebar_visible=str(qs.value("ui/sidebar_visible", "true")).lower() == "true",
            geometry=_bytes(geometry),
            window_state=_bytes(state),
            dock_room=room,
        )

    def save(self, qs: QSettings) -> None:
        for name in ReaderPrefs.FIELDS:
            qs.setValue(f"reader/{name}", getattr(self.reader, name))
        qs.setValue("ui/lang", self.lang)
        qs.setValue("ui/sidebar_visible", self.sidebar_visible)
        if self.geometry is not None:
            qs.setValue("window/geometry", self.geometry)
        if self.window_state is not None:
            qs.setValue("window/state", self.window_state)
        if self.dock_room is not None:
            qs.setValue("window/dock_room", f"{self.dock_room[0]},{self.dock_room[1]}")
        qs.sync()


def _room(raw: object) -> tuple[int, int] | None:
    """"L,R" (two widths in px) as saved; None for anything else."""
    parts = str(raw).split(",") if raw is not None else []
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        return None
    return int(parts[0]), int(parts[1])


def _bytes(raw: object) -> QByteArray | None:
    """A saved QByteArray, or None. (Its Python type is made only when something was saved.)"""
    if raw is None:
        return None
    from PySide6.QtCore import QByteArray

    return raw if isinstance(raw, QByteArray) else None
