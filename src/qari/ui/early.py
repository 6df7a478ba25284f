"""Qt enum values set before the first paint without PySide6's ``Qt`` namespace.

The first use of ``PySide6.QtCore.Qt`` (importing the name, or any call that returns one of its
values) makes the Python types of all ~100 of its enums: 13-15 ms of processor time in PySide6
6.12, 10% of a bare window's start (bench/NOTES.md). What the first paint needs of it is set here
by name, through Qt's own property system (a Q_PROPERTY converts the key or int to its enum) and
the text formats' integer properties; after the first paint the modules use ``Qt`` as usual.
:func:`tests.ui.test_startup_shape` checks that the first paint makes none of those types.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QBrush, QColor, QPalette, QTextFormat

# Qt::LayoutDirection and Qt::AlignLeading (the start edge of a paragraph: right in a
# right-to-left block; AlignRight would be mirrored there), as Qt's headers number them
LEFT_TO_RIGHT, RIGHT_TO_LEFT = 0, 1
ALIGN_LEADING = 0x0001


def set_enum(obj: QObject, prop: str, key: str) -> None:
    """``obj``'s enum (or flags) property ``prop`` set to the value Qt names ``key``."""
    if not obj.setProperty(prop, key):
        raise ValueError(f"{type(obj).__name__}.{prop} cannot be {key}")


def set_right_to_left(obj: QObject, rtl: bool = True) -> None:
    """A widget's (or the application's) layout direction."""
    set_enum(obj, "layoutDirection", "RightToLeft" if rtl else "LeftToRight")


def set_block_direction(fmt: QTextFormat, rtl: bool) -> None:
    """A block format's direction and its alignment at the paragraph's start edge."""
    fmt.setProperty(QTextFormat.Property.LayoutDirection.value, RIGHT_TO_LEFT if rtl else LEFT_TO_RIGHT)
    fmt.setProperty(QTextFormat.Property.BlockAlignment.value, ALIGN_LEADING)


def solid_brush(color: QColor) -> QBrush:
    """A solid brush of ``color``. (``QBrush(color)``, and a QColor where a QBrush is asked for, go
    through overloads that take ``Qt.GlobalColor`` and ``Qt.BrushStyle``: resolving them makes the
    namespace. A palette's brush is the same solid brush.)"""
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Text, color)
    return palette.brush(QPalette.ColorRole.Text)
