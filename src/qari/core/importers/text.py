"""Plain text: bytes -> str (encoding detection), and text -> paragraphs."""

from __future__ import annotations

import re

from qari.core.importers.errors import ImportFailed

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_MAGIC = (
    b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"Rar!", b"7z\xbc\xaf",
    b"\x7fELF", b"MZ", b"SQLite format 3", b"\xd0\xcf\x11\xe0", b"\x1f\x8b", b"BZh", b"OggS", b"ID3",
    b"\x00\x00\x01\x00", b"RIFF", b"wOF2", b"wOFF",
)
# C0 controls other than \t \n \v \f \r and ESC: rare in text, common in binary formats
_CONTROL = bytes([*range(0, 9), *range(14, 27), *range(28, 32), 127])
_SAMPLE = 64 * 1024
_BAD_TEXT = re.compile("[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f\ufffd\ufffe\uffff]")


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when one side of the byte pairs looks like high bytes.

    Either the NUL bytes fall on one side only (ASCII spaces and digits), or one
    side is nearly all 0x06/0x00/0x20 (Arabic letters, ASCII, punctuation).
    """
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(data) % 2 or len(sample) < 4:
        return None
    half = len(sample) // 2
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0), odd.count(0)
    if nul_odd >= max(1, half // 50) and nul_even * 20 <= nul_odd:
        return "utf-16-le"
    if nul_even >= max(1, half // 50) and nul_odd * 20 <= nul_even:
        return "utf-16-be"
    hi_even = half - len(even.translate(None, b"\x00\x06\x20"))
    hi_odd = half - len(odd.translate(None, b"\x00\x06\x20"))
    if hi_odd >= 0.9 * half and hi_even < 0.5 * half:
        return "utf-16-le"
    if hi_even >= 0.9 * half and hi_odd < 0.5 * half:
        return "utf-16-be"
    return None


def looks_binary(data: bytes) -> bool:
    if data.startswith(_MAGIC) or b"\x00" in data:
        return True
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL))
    return controls > max(2, len(sample) // 100)


def _plausible(text: str) -> bool:
    return len(_BAD_TEXT.findall(text[:_SAMPLE])) <= len(text[:_SAMPLE]) // 200


def utf8_with_replacements(data: bytes) -> tuple[str, int] | None:
    """``data`` read as UTF-8 with each byte that is not (U+FFFD in its place) and how many
    there were, when UTF-8 explains nearly all of it: at least ten well-formed non-ASCII
    characters for each bad byte. A file in a legacy code page gives far fewer: None."""
    text = data.decode("utf-8", errors="surrogateescape")
    bad = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    if bad == 0:
        return text, 0
    good = sum(1 for ch in text if ch > "\x7f" and not "\udc80" <= ch <= "\udcff")
    if good < 10 * bad:
        return None
    return _LONE_SURROGATES.sub("\ufffd", text), bad


_LONE_SURROGATES = re.compile("[\udc80-\udcff]")


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding that explains ``data``; raises ImportFailed (empty/binary/encoding)."""
    text, encoding, _bad = decode_counting(data)
    return text, encoding


def decode_counting(data: bytes) -> tuple[str, str, int]:
    """Text, the encoding that explains ``data``, and how many bytes could not be read (UTF-8 with
    a few bad bytes: those are replaced by U+FFFD, the rest is not re-read in another code page)."""
    if not data.strip():
        raise ImportFailed("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding + " (BOM)", 0
            except UnicodeDecodeError:
                raise ImportFailed("encoding") from None
    if data.startswith(_MAGIC):
        raise ImportFailed("binary")
    guess = _utf16_without_bom(data)
    if guess:
        try:
            text = data.decode(guess)
        except UnicodeDecodeError:
            text = ""
        if text and _plausible(text):
            return text, guess, 0
    if looks_binary(data):
        raise ImportFailed("binary")
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError as exc:
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            try:
                return data[: exc.start].decode("utf-8"), "utf-8", 0  # cut inside its last character
            except UnicodeDecodeError:
                pass
    mostly = utf8_with_replacements(data)
    if mostly is not None:
        return mostly[0], "utf-8", mostly[1]
    from charset_normalizer import from_bytes  # only for legacy encodings: keeps imports fast

    best = from_bytes(data).best()
    found = (str(best), best.encoding) if best is not None else None
    if found is not None and not _plausible(found[0]):
        found = None
    # Qari's readers mostly meet legacy *Arabic* files, and short ones fool any detector:
    # an Arabic code page wins when it reads the bytes as mostly Arabic letters.
    # Between the two Arabic code pages, the one giving more Arabic letters wins.
    baseline = _arabic_ratio(found[0]) if found else 0.0
    candidates = []
    for codec in _ARABIC_CODECS:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        ratio = _arabic_ratio(text)
        wordy = len(text) < 30 or len(text.split()) * 30 >= len(text)  # noise has no spaces
        if _plausible(text) and wordy and ratio >= 0.6 and ratio > baseline - 0.02:
            candidates.append((ratio, -_ARABIC_CODECS.index(codec), text, codec))
    if candidates:
        _ratio, _rank, text, codec = max(candidates)
        return text, codec, 0
    if found is None:
        raise ImportFailed("encoding")
    return found[0], found[1], 0


_ARABIC_CODECS = ("cp1256", "iso8859_6")
_LETTER = re.compile(r"[^\W\d_]")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def _arabic_ratio(text: str) -> float:
    sample = text[:_SAMPLE]
    letters = len(_LETTER.findall(sample))
    return len(_ARABIC_LETTER.findall(sample)) / letters if letters else 0.0


def _unwrap(text: str) -> str:
    """Join hard-wrapped lines when blank lines separate the paragraphs.

    A file wrapped at a fixed width (lines of similar length, blank lines between
    paragraphs) keeps its paragraphs; a file with one paragraph a line, or a poem
    with short lines, is left alone.
    """
    blocks = [b for b in re.split(r"\n[ \t\u00a0]*\n", text.strip()) if b.strip()]
    if len(blocks) < 2:
        return text
    multi = [b.split("\n") for b in blocks if "\n" in b.strip()]
    if not multi or len(multi) * 2 < len(blocks):
        return text
    widths = [len(line.strip()) for lines in multi for line in lines]
    width = max(widths)
    if width < 50 or width > 100:
        return text
    inner = [len(line.strip()) for lines in multi for line in lines[:-1]]
    if sum(w >= 0.6 * width for w in inner) < 0.7 * len(inner):
        return text
    return "\n".join(" ".join(line.strip() for line in b.split("\n")) for b in blocks)


def plain_paragraphs(text: str) -> str:
    """Text with one paragraph a line (not yet canonical)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _unwrap(text)
