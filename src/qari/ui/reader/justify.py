"""Justified Arabic that keeps words whole: kashida first, then wider word spaces.

Qt's ``AlignJustify`` spaces the letters of Arabic words apart, so the reader lays
out ragged (``AlignLeading``) and then makes each line except a paragraph's last
flush on both sides itself:

1. :func:`measure_lines` reads the slack of every line of the laid-out document;
2. :func:`plan_kashidas` chooses where to elongate letters with tatweel (U+0640),
   following the W3C "Text Layout Requirements for the Arabic Script": only between
   two joined letters, preferably after seen/sad/tah/kaf or before a final
   ه ة د ى ي ر, never next to a non-joining letter, never in Latin, at most a few
   words a line (preferring the later ones) and at most two tatweels a word. The
   tatweels are display-only insertions (:class:`qari.core.display.DisplayText`),
   so canonical offsets never move;
3. after the view re-lays the text with them, :func:`apply_word_spacing` widens the
   remaining spaces of each line with ``QTextCharFormat.setFontWordSpacing``,
   slightly under the slack so the line never re-wraps.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QTextBlock, QTextCharFormat, QTextCursor, QTextDocument

from qari.ui.reader.window import Shown

TATWEEL = "\u0640"
# Unicode joining types (ArabicShaping.txt) of the Arabic letters a news article uses.
DUAL_JOINING = frozenset("ئبتثجحخسشصضطظعغفقكلمنهيىـٮٯڤڥپچڠکگیہۃ")
RIGHT_JOINING = frozenset("آأؤإاةدذرزوٱژڈڑۀۂۇۈۋۆۅۉۏے")
ALEFS = frozenset("آأإاٱ")

_AFTER_SEEN_SAD = frozenset("سشصض")
_AFTER_TAH_KAF = frozenset("طظكگک")
_BEFORE_FINAL_HEH_DAL = frozenset("هةدذ")
_BEFORE_FINAL_YEH_REH = frozenset("ىيیرز")
_BEFORE_FINAL_ALEF_LAM = frozenset("آأإاٱلكطظ")
_BEFORE_FINAL_WAW_AIN = frozenset("ؤوعغقف")

KASHIDA_SHARE = 0.65  # at most this share of a line's slack goes to kashida, the rest to spaces
MAX_WORDS_PER_LINE = 3
MAX_PER_WORD = 2
MAX_SPACE_EM = 1.0  # a word space never grows by more than this: an over-loose line stays ragged
SAFETY = 0.75  # px left unfilled on a justified line, so rounding never re-wraps it


@dataclass(frozen=True, slots=True)
class Candidate:
    offset: int  # canonical offset of the letter the tatweel goes before
    score: float
    word: int  # index of the word in its line


@dataclass(slots=True)
class LineInfo:
    block: int
    start: int  # canonical offsets of the line's text
    end: int
    qt_start: int  # document positions of the line's text, trailing space included
    qt_end: int
    width: float
    natural: float
    rtl: bool
    tatweel: float  # advance of one tatweel in the line's font
    em: float


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) == "Mn"


def _pair_score(a: str, b: str, b_final: bool) -> float:
    """Priority of a kashida between joined letters ``a`` and ``b`` (0: not allowed)."""
    if a not in DUAL_JOINING or a == TATWEEL or b not in DUAL_JOINING | RIGHT_JOINING or b == TATWEEL:
        return 0.0
    if a == "ل" and b in ALEFS:  # lam-alef is one ligature; never pull it apart
        return 0.0
    if a in _AFTER_SEEN_SAD:
        return 7.0
    if b_final and b in _BEFORE_FINAL_HEH_DAL:
        return 6.0
    if a in _AFTER_TAH_KAF:
        return 5.0
    if b_final and b in _BEFORE_FINAL_YEH_REH:
        return 4.5
    if b_final and b in _BEFORE_FINAL_ALEF_LAM:
        return 4.0
    if b_final and b in _BEFORE_FINAL_WAW_AIN:
        return 3.0
    return 2.0 if b_final else 1.0


def word_candidates(text: str, start: int, end: int, word: int = 0) -> list[Candidate]:
    """Where a tatweel may go in the word ``text[start:end]`` (canonical offsets)."""
    letters = [(i, text[i]) for i in range(start, end) if not _is_mark(text[i])]
    skeleton = "".join(ch for _, ch in letters)
    if len(letters) < 3 or "لله" in skeleton or not any(ch in DUAL_JOINING for ch in skeleton):
        return []  # short words stay short; the name of God is a ligature of its own
    out = []
    for n in range(len(letters) - 1):
        (_, a), (j, b) = letters[n], letters[n + 1]
        if text[letters[n][0] + 1:j] and any(not _is_mark(c) for c in text[letters[n][0] + 1:j]):
            continue
        if a == "ل" and n in (1, 2) and letters[n - 1][1] == "ا":
            continue  # the article ال (also وال، بال، فال، كال) is never stretched
        score = _pair_score(a, b, n + 1 == len(letters) - 1)
        if score > 0:
            out.append(Candidate(j, score, word))
    return out


def line_candidates(text: str, start: int, end: int) -> list[Candidate]:
    """The best kashida place of each word in ``text[start:end]``, later words scoring higher."""
    words: list[tuple[int, int]] = []
    i = start
    while i < end:
        while i < end and text[i].isspace():
            i += 1
        j = i
        while j < end and not text[j].isspace():
            j += 1
        if j > i:
            words.append((i, j))
        i = j
    best: list[Candidate] = []
    for w, (a, b) in enumerate(words):
        cands = word_candidates(text, a, b, w)
        if cands:
            top = max(cands, key=lambda c: (c.score, c.offset))
            lateness = 2.0 * (w + 1) / len(words)  # prefer the last word(s) of the line
            best.append(Candidate(top.offset, top.score + lateness, w))
    best.sort(key=lambda c: (-c.score, -c.offset))
    return best


def plan_kashidas(text: str, lines: Iterable[LineInfo]) -> dict[int, str]:
    """Tatweel insertions (canonical offset -> "ـ"...) for the right-to-left lines given."""
    insertions: dict[int, str] = {}
    for line in lines:
        slack = line.width - line.natural
        if not line.rtl or line.tatweel <= 0 or slack < line.tatweel:
            continue
        budget = int(min(slack * KASHIDA_SHARE, MAX_WORDS_PER_LINE * MAX_PER_WORD * line.tatweel) // line.tatweel)
        chosen = line_candidates(text, line.start, line.end)[:MAX_WORDS_PER_LINE]
        if not chosen or budget <= 0:
            continue
        counts = [0] * len(chosen)
        for n in range(min(budget, len(chosen) * MAX_PER_WORD)):
            counts[n % len(chosen)] += 1
        for cand, k in zip(chosen, counts, strict=True):
            if k:
                insertions[cand.offset] = TATWEEL * k
    return insertions


def measure_lines(doc: QTextDocument, display: Shown, skip_blocks: int = 1) -> list[LineInfo]:
    """Every line but each paragraph's last, after laying out the whole document."""
    layout = doc.documentLayout()
    layout.blockBoundingRect(doc.lastBlock())  # lays out the document to its end
    out: list[LineInfo] = []
    block = doc.findBlockByNumber(skip_blocks)
    while block.isValid():
        out += block_lines(block, display)
        block = block.next()
    return out


def block_lines(block: QTextBlock, display: Shown, *, last: bool = False) -> list[LineInfo]:
    """The lines of one laid-out block (with ``last``, its last line too)."""
    text = display.canonical
    lay = block.layout()
    rtl = block.textDirection() == Qt.LayoutDirection.RightToLeft
    metrics = QFontMetricsF(block.charFormat().font())
    tatweel, em = metrics.horizontalAdvance(TATWEEL), metrics.horizontalAdvance("M")
    base = block.position()
    out: list[LineInfo] = []
    for i in range(lay.lineCount() - (0 if last else 1)):
        line = lay.lineAt(i)
        qs = base + line.textStart()
        qe = qs + line.textLength()  # with its trailing space: see apply_word_spacing
        start, end = display.from_qt(qs), display.from_qt(qe)
        while end > start and text[end - 1].isspace():
            end -= 1
        out.append(LineInfo(block.blockNumber(), start, end, qs, qe, line.width(),
                            line.naturalTextWidth(), rtl, tatweel, em))
    return out


def _block_of(doc: QTextDocument, number: int) -> QTextBlock:
    block = doc.findBlockByNumber(number)
    doc.documentLayout().blockBoundingRect(block)  # (laid out already: see layout_job.py)
    return block


def fit_overflow(doc: QTextDocument, display: Shown, number: int) -> int:
    """Tighten the word spaces of any line of block ``number`` that Qt set wider than its width.

    Qt's line breaking measures some runs (curly quotes inside Arabic, for one) narrower than
    they are drawn, so a line can come out a few pixels wider than the column and its first
    letters are cut at the far edge. Such a line gets a slightly negative word spacing that
    brings it back inside; it never re-wraps (it only gets narrower). Returns lines fitted."""
    fitted = 0
    frame = doc.rootFrame().frameFormat()
    for _attempt in range(3):
        block = _block_of(doc, number)
        fmt = block.blockFormat()
        room = (doc.textWidth() - frame.leftMargin() - frame.rightMargin() - fmt.leftMargin()
                - fmt.rightMargin() - fmt.textIndent())  # the column (an overflowing line reports its own width)
        lines = [ln for ln in block_lines(block, display, last=True) if ln.natural > room]
        spacing: dict[tuple[int, int], float] = {}
        for line in lines:
            spaces = display.canonical[line.start:line.end].count(" ")
            if spaces:
                current = QTextCursor(doc)
                current.setPosition(line.qt_start + 1)
                ws = current.charFormat().fontWordSpacing()
                spacing[(line.block, line.start)] = ws - (line.natural - room + SAFETY) / spaces
        if not spacing:
            break
        _set_spacing(doc, lines, spacing)
        fitted = max(fitted, len(spacing))
    return fitted


def justify_block(
    doc: QTextDocument, display: Shown, number: int, *, kashida: bool,
    rebuild: Callable[[dict[int, str]], Shown],
) -> tuple[Shown, dict[int, str], int]:
    """Justify block ``number`` in place (the document is ragged there): kashida on its lines
    but the last, unless they would re-wrap the paragraph, then word spaces.

    ``rebuild(insertions)`` gives the display text with these insertions added to the ones
    already shown. Returns the display text now shown, the insertions kept and lines spaced."""
    block = _block_of(doc, number)
    ragged = block_lines(block, display)
    kept: dict[int, str] = {}
    lines = ragged
    plan = plan_kashidas(display.canonical, ragged) if kashida else {}
    if plan:
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for k in sorted(plan, reverse=True):  # from the end: earlier positions stay put
            cursor.setPosition(display.to_qt(k))
            cursor.insertText(plan[k])
        cursor.endEditBlock()
        shown = rebuild(plan)
        after = block_lines(_block_of(doc, number), shown)
        if [ln.start for ln in after] == [ln.start for ln in ragged]:
            display, kept, lines = shown, plan, after
        else:  # a kashida came out wider than measured and a line re-wrapped: spaces only here
            cursor.beginEditBlock()
            for k in sorted(plan, reverse=True):
                q = shown.to_qt(k) - len(plan[k])
                cursor.setPosition(q)
                cursor.setPosition(q + len(plan[k]), QTextCursor.MoveMode.KeepAnchor)
                cursor.removeSelectedText()
            cursor.endEditBlock()
            lines = block_lines(_block_of(doc, number), display)
    spaced = _space_lines(doc, display, number, lines)
    fit_overflow(doc, display, number)
    return display, kept, spaced


def _space_lines(doc: QTextDocument, display: Shown, number: int, lines: list[LineInfo]) -> int:
    """Word spacing that takes up each line's slack (with a top-up where Qt widened fewer
    spaces than counted); returns the lines spaced."""
    text = display.canonical
    spacing: dict[tuple[int, int], float] = {}
    for line in lines:
        spaces = text[line.start:line.end].count(" ")
        left = line.width - line.natural - SAFETY
        if spaces and left > 0:
            spacing[(line.block, line.start)] = min(left / spaces, MAX_SPACE_EM * line.em)
    if not spacing:
        return 0
    _set_spacing(doc, lines, spacing)
    first = {(ln.block, ln.start): ln.width - ln.natural for ln in lines}
    top_up: dict[tuple[int, int], float] = {}
    after = block_lines(_block_of(doc, number), display)
    for line in after:
        key = (line.block, line.start)
        left = line.width - line.natural - SAFETY
        if key in spacing and key in first and left > 0.5:
            gained = first[key] - (line.width - line.natural)
            if gained > 0.5:  # widen at the rate the first pass achieved, a little under
                top_up[key] = min(spacing[key] * (1 + 0.97 * left / gained), MAX_SPACE_EM * line.em)
    if top_up:
        _set_spacing(doc, after, top_up)
    return len(spacing)


def line_starts(lines: Iterable[LineInfo]) -> dict[int, list[int]]:
    """Canonical start of every measured line, by block (to see if a re-layout re-wrapped)."""
    out: dict[int, list[int]] = {}
    for line in lines:
        out.setdefault(line.block, []).append(line.start)
    return out


def _set_spacing(doc: QTextDocument, lines: list[LineInfo], spacing: dict[tuple[int, int], float]) -> None:
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    for line in lines:
        ws = spacing.get((line.block, line.start))
        if ws is None:
            continue
        fmt = QTextCharFormat()
        fmt.setFontWordSpacing(ws)
        cursor.setPosition(line.qt_start)
        cursor.setPosition(line.qt_end, QTextCursor.MoveMode.KeepAnchor)
        cursor.mergeCharFormat(fmt)
    cursor.endEditBlock()
