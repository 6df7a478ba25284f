"""Reading themes: light, sepia and dark, or follow the system's colour scheme."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from qari.core.records import Frozen
from qari.core.records import set_field as _set

THEME_NAMES = ("light", "sepia", "dark", "system")


class Theme(Frozen):
    """The colours of a reading theme. (``@dataclass(frozen=True, slots=True)`` written out, see
    qari.core.records.)"""

    __slots__ = ("background", "dark", "find_current", "find_hit", "headline", "lede", "name", "selection", "text")
    name: str
    background: str
    text: str
    headline: str
    lede: str
    selection: str
    find_hit: str
    find_current: str
    dark: bool

    FIELDS = ("name", "background", "text", "headline", "lede", "selection", "find_hit", "find_current", "dark")

    def __init__(self, name: str, background: str, text: str, headline: str, lede: str, selection: str,
                 find_hit: str, find_current: str, dark: bool = False) -> None:
        _set(self, "name", name)
        _set(self, "background", background)
        _set(self, "text", text)
        _set(self, "headline", headline)
        _set(self, "lede", lede)
        _set(self, "selection", selection)
        _set(self, "find_hit", find_hit)
        _set(self, "find_current", find_current)
        _set(self, "dark", dark)

    def color(self, role: str) -> QColor:
        return QColor(getattr(self, role))


THEMES: dict[str, Theme] = {
    # Calm, not pure black on pure white: a warm off-white page, soft black ink.
    "light": Theme("light", "#fcfbf8", "#1f1d1a", "#12110f", "#55514a", "#cfe0f7", "#fbe7a1", "#f5b041"),
    "sepia": Theme("sepia", "#f4ecd8", "#433422", "#2e2416", "#6e5b43", "#e0cfa8", "#f0d98c", "#e3a33b"),
    "dark": Theme("dark", "#1d1e21", "#d9d6cf", "#ece9e2", "#a8a398", "#3a4c66", "#5c4f1e", "#9a6a12", dark=True),
}


def theme_label(name: str) -> str:
    labels = {
        "light": QCoreApplication.translate("Themes", "Light"),
        "sepia": QCoreApplication.translate("Themes", "Sepia"),
        "dark": QCoreApplication.translate("Themes", "Dark"),
        "system": QCoreApplication.translate("Themes", "Follow the System"),
    }
    return labels.get(name, name)


def system_is_dark() -> bool:
    """The platform's scheme; before the first paint, what its palette shows (a dark window colour):
    the scheme is a ``Qt`` enum, and the namespace's first use costs ~14 ms (qari.ui.early). The
    window checks the scheme itself once complete (``ReaderControls``)."""
    import PySide6.QtCore

    if "Qt" not in vars(PySide6.QtCore):  # (not made yet: before the first paint)
        return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128
    from PySide6.QtCore import Qt

    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def resolve(name: str, *, system_dark: bool | None = None) -> Theme:
    """The theme to paint with; "system" follows the platform's light/dark scheme."""
    if name == "system":
        dark = system_is_dark() if system_dark is None else system_dark
        return THEMES["dark" if dark else "light"]
    return THEMES.get(name, THEMES["light"])


def reader_palette(theme: Theme, base: QPalette) -> QPalette:
    """``base`` with the page's colours: ``base`` itself is changed (a widget's ``palette()`` is a copy).
    (Not ``QPalette(base)``: its overloads take a ``Qt.GlobalColor``, and resolving them makes the
    whole ``Qt`` namespace before the first paint, qari.ui.early.)"""
    pal = base
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
        pal.setColor(group, QPalette.ColorRole.Base, theme.color("background"))
        pal.setColor(group, QPalette.ColorRole.Window, theme.color("background"))
        pal.setColor(group, QPalette.ColorRole.Text, theme.color("text"))
        pal.setColor(group, QPalette.ColorRole.Highlight, theme.color("selection"))
        pal.setColor(group, QPalette.ColorRole.HighlightedText, theme.color("headline"))
    return pal


def window_palette(theme: Theme) -> QPalette:
    """The whole window follows a dark theme (a dark page beside bright panels glares)."""
    app = QApplication.instance()
    base = app.style().standardPalette() if isinstance(app, QApplication) else QPalette()
    if not theme.dark:
        return base
    pal = base  # (a copy already; QPalette(base) would make the `Qt` namespace: reader_palette)
    colors = {
        QPalette.ColorRole.Window: "#26272b", QPalette.ColorRole.WindowText: "#d9d6cf",
        QPalette.ColorRole.Base: "#1d1e21", QPalette.ColorRole.AlternateBase: "#2a2b30",
        QPalette.ColorRole.Text: "#d9d6cf", QPalette.ColorRole.Button: "#2f3035",
        QPalette.ColorRole.ButtonText: "#d9d6cf", QPalette.ColorRole.ToolTipBase: "#2f3035",
        QPalette.ColorRole.ToolTipText: "#d9d6cf", QPalette.ColorRole.PlaceholderText: "#8c887f",
        QPalette.ColorRole.Highlight: "#3a4c66", QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8ab4f8", QPalette.ColorRole.Mid: "#3c3d42",
        QPalette.ColorRole.Dark: "#141517", QPalette.ColorRole.Light: "#45464c",
    }
    for role, value in colors.items():
        pal.setColor(role, QColor(value))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#6f6c66"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#6f6c66"))
    pal.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#6f6c66"))
    return pal


def apply_window_theme(window: QWidget, theme: Theme) -> None:
    palette = window_palette(theme)
    if window.palette() != palette:  # (the same colours again would re-polish every widget: ~7 ms at start-up)
        window.setPalette(palette)
