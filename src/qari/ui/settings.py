"""One typed settings object; QSettings underneath. Nothing else reads QSettings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSettings

from qari.core.errors import EnvironmentFault

if TYPE_CHECKING:
    from PySide6.QtCore import QByteArray

DEFAULT_FONT = "Amiri"


class ReaderPrefs:
    """How the reader shows text. (``@dataclass`` written out, see qari.core.records: ``FIELDS`` is
    what ``dataclasses.fields`` named, ``replace`` what ``dataclasses.replace`` did.)"""

    FIELDS = ("font_family", "font_size", "line_height", "text_width", "theme", "justify", "hide_tashkeel")
    font_family: str
    font_size: float  # points
    line_height: int  # percent of the font's own line (Amiri's is already ~1.8 em): ~2 em
    text_width: int  # em: about 70 characters (11-13 Arabic words) a line
    theme: str  # light | sepia | dark | system
    justify: bool
    hide_tashkeel: bool

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

    def _key(self) -> tuple[object, ...]:
        return (self.font_family, self.font_size, self.line_height, self.text_width, self.theme, self.justify,
                self.hide_tashkeel)

    def __eq__(self, other: object) -> bool:
        return self._key() == other._key() if other.__class__ is self.__class__ else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: unhashable, as a dataclass

    def __repr__(self) -> str:
        return (f"ReaderPrefs(font_family={self.font_family!r}, font_size={self.font_size!r}, "
                f"line_height={self.line_height!r}, text_width={self.text_width!r}, theme={self.theme!r}, "
                f"justify={self.justify!r}, hide_tashkeel={self.hide_tashkeel!r})")

    def replace(self, **changes: Any) -> ReaderPrefs:
        """A copy, with ``changes``."""
        return ReaderPrefs(**{**{k: getattr(self, k) for k in self.FIELDS}, **changes})


class Settings:
    """Persisted preferences. ``load`` / ``save`` are the only ways in and out. (``@dataclass``
    written out, see qari.core.records.)"""

    reader: ReaderPrefs
    lang: str  # "" = follow the system locale
    sidebar_visible: bool
    geometry: QByteArray | None
    window_state: QByteArray | None
    dock_room: tuple[int, int] | None  # px the docks took left and right of the reader (window_frame)

    def __init__(self, reader: ReaderPrefs, lang: str = "", sidebar_visible: bool = True,
                 geometry: QByteArray | None = None, window_state: QByteArray | None = None,
                 dock_room: tuple[int, int] | None = None) -> None:
        self.reader = reader
        self.lang = lang
        self.sidebar_visible = sidebar_visible
        self.geometry = geometry
        self.window_state = window_state
        self.dock_room = dock_room

    def _key(self) -> tuple[object, ...]:
        return (self.reader, self.lang, self.sidebar_visible, self.geometry, self.window_state, self.dock_room)

    def __eq__(self, other: object) -> bool:
        return self._key() == other._key() if other.__class__ is self.__class__ else NotImplemented

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: unhashable, as a dataclass

    def __repr__(self) -> str:
        return (f"Settings(reader={self.reader!r}, lang={self.lang!r}, sidebar_visible={self.sidebar_visible!r}, "
                f"geometry={self.geometry!r}, window_state={self.window_state!r}, dock_room={self.dock_room!r})")

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
