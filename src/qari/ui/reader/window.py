"""A long article, or one shown far from its start: the reader's document holds a part of the text.

Qt keeps about 60 bytes a character for every block it has laid out (measured with Qt 6.12 and
bare ``QTextLayout``s: Arabic in Amiri or Latin in DejaVu, with or without the glyph cache; not
freed by ``clearLayout`` nor by ``malloc_trim``, only when the layout object goes), so a 5 MB report
wholly laid out held about 290 MiB. Above :data:`LONG_CHARS` the reader's document therefore holds
a window of about :data:`WINDOW_CHARS` of the text, beginning :data:`BEFORE_CHARS` before the place
shown (little to lay out before it can be shown at once). The view moves the window when the page
comes within :data:`EDGE_CHARS` of its edge, or when a jump (find, a note, a saved place, End)
goes beyond it. A shorter article shown at a place more than :data:`FAR_CHARS` into it (a reading
place restored, a jump before the layout got there) is a window too, from a little before the place
to its end: Qt lays a document out from its top, so the whole text would be laid out up to the
place at once (187 ms for 190,000 characters at 95 %). :class:`WindowText` maps canonical offsets of
the whole text to the document's positions, so every caller keeps working in canonical offsets.
"""

from __future__ import annotations

from collections.abc import Mapping

from qari.core.display import DisplayText

LONG_CHARS = 200_000  # above this many characters, the document holds a window of the text
WINDOW_CHARS = 100_000  # (about 6 MiB of Qt layout)
BEFORE_CHARS = 16_000  # text before the place in a new window: laid out at once when it is shown (~25 ms)
EDGE_CHARS = 5_000  # the window moves when the page comes this close to an edge with text beyond
# A window made as the page reaches the end of the one before holds less before the page: the
# reader is reading on (it is laid out at once: 8,000 characters fewer, ~10 ms of a 28 ms move).
DOWN_BEFORE_CHARS = EDGE_CHARS + 3_000
# A place further into a text than this is shown in a window (nearer: the whole text, laid out to the
# place at once, ~30 ms).
FAR_CHARS = BEFORE_CHARS + EDGE_CHARS


def _cut(text: str, at: int, *, down: bool) -> int:
    """A paragraph boundary near ``at`` (a space if the paragraph is longer than a window)."""
    n = len(text)
    if at <= 0 or at >= n:
        return min(max(at, 0), n)
    if down:
        j = text.find("\n", at, at + WINDOW_CHARS)
        if j < 0:
            j = text.find(" ", at, at + WINDOW_CHARS)
        return n if j < 0 else j
    j = text.rfind("\n", max(0, at - WINDOW_CHARS), at)
    if j < 0:
        j = text.rfind(" ", max(0, at - WINDOW_CHARS), at)
    return 0 if j < 0 else j + 1


def part_around(text: str, place: int, before: int | None = None) -> tuple[int, int]:
    """The canonical range ``[start, end)`` a window showing ``place`` holds (``before`` it:
    :data:`BEFORE_CHARS` unless told)."""
    start = _cut(text, min(max(place, 0), len(text)) - (before or BEFORE_CHARS), down=False)
    return start, _cut(text, start + WINDOW_CHARS, down=True)


def part_for(text: str, place: int, before: int | None = None) -> tuple[int, int] | None:
    """The canonical range a document showing ``place`` holds, or None for the whole text: a window
    above :data:`LONG_CHARS`; below it, a window to the end when ``place`` is over :data:`FAR_CHARS` in."""
    if len(text) > LONG_CHARS:
        return part_around(text, place, before)
    if place <= FAR_CHARS:
        return None
    start = _cut(text, min(place, len(text)) - (before or BEFORE_CHARS), down=False)
    return (start, len(text)) if start > 0 else None


class WindowText:
    """The display text of ``canonical[start:end]`` as the document holds it, with the maps of
    :class:`DisplayText` taking and giving canonical offsets of the whole text (clamped to the part)."""

    def __init__(self, canonical: str, start: int, end: int, *, hide_tashkeel: bool = False,
                 insertions: Mapping[int, str] | None = None, part: str | None = None) -> None:
        self.canonical = canonical
        self.start, self.end = start, end
        self.hide_tashkeel = hide_tashkeel
        self._text = canonical[start:end] if part is None else part
        shifted = {k - start: v for k, v in (insertions or {}).items() if start <= k <= end}
        self._part = DisplayText.build(self._text, hide_tashkeel=hide_tashkeel, insertions=shifted)
        self.text = self._part.text

    def with_insertions(self, insertions: Mapping[int, str]) -> WindowText:
        """The same part shown with display-only ``insertions`` (canonical offsets: kashidas)."""
        return WindowText(self.canonical, self.start, self.end, hide_tashkeel=self.hide_tashkeel,
                          insertions=insertions, part=self._text)

    @property
    def qt_length(self) -> int:
        return self._part.qt_length

    def holds(self, offset: int) -> bool:
        """Whether canonical ``offset`` is in the part (the end of the whole text counts)."""
        return self.start <= offset < self.end or offset == self.end == len(self.canonical)

    def near_edge(self, top: int, bottom: int) -> bool:
        """Whether a page showing ``[top, bottom)`` is close to an edge with more text beyond it."""
        return ((self.start > 0 and top - self.start < EDGE_CHARS)
                or (self.end < len(self.canonical) and self.end - bottom < EDGE_CHARS))

    def to_qt(self, offset: int) -> int:
        return self._part.to_qt(offset - self.start)

    def from_qt(self, pos: int) -> int:
        return self._part.from_qt(pos) + self.start

    def span_to_qt(self, start: int, end: int) -> tuple[int, int]:
        return self._part.span_to_qt(start - self.start, end - self.start)


Shown = DisplayText | WindowText  # what the view's document holds


def range_of(display: Shown) -> tuple[int, int]:
    """The canonical range the document holds."""
    if isinstance(display, WindowText):
        return display.start, display.end
    return 0, len(display.canonical)
