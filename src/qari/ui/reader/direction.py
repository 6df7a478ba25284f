"""Direction of a paragraph from its first strong character (Unicode bidi rules P2-P3)."""

from __future__ import annotations

import unicodedata


def is_rtl_text(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return True  # no strong character: an Arabic reader's default

