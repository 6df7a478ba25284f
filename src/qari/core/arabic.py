"""Arabic normalization for matching, search and identity."""

from __future__ import annotations

import re

_TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"})


def normalize_for_identity(text: str) -> str:
    """Text reduced to what makes two copies of an article the same article."""
    text = _TASHKEEL.sub("", text).translate(_FOLD)
    return " ".join(text.split())
