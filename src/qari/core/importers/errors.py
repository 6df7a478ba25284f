"""The one exception importers raise, with a user-facing reason and a stable code."""

from __future__ import annotations

MAX_BYTES = 20 * 1024 * 1024

REASONS: dict[str, str] = {
    "empty": "The file is empty.",
    "binary": "This looks like a binary file, not text.",
    "too_large": f"The file is larger than {MAX_BYTES // (1024 * 1024)} MB.",
    "encoding": "No encoding explains these bytes.",
    "no_article": "No article text was found in this page.",
    "missing": "The file no longer exists.",
    "is_dir": "This is a folder, not a file.",
    "unsupported": "This kind of file is not supported (use .txt, .html or .md).",
    "permission": "You don't have permission to read this file.",
    "unreadable": "The file could not be read.",
}


class ImportFailed(Exception):
    """An import that cannot give an article.

    ``code`` is a stable identifier (one of :data:`REASONS`' keys) for programs and
    tests; ``reason`` is a short English sentence to show the user.
    """

    def __init__(self, code: str, reason: str | None = None) -> None:
        self.code = code
        self.reason = reason or REASONS.get(code, "The file could not be imported.")
        super().__init__(self.reason)

    def __reduce__(self) -> tuple[type[ImportFailed], tuple[str, str]]:  # picklable across processes
        return (type(self), (self.code, self.reason))
