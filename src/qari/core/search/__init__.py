"""Library-wide search: FTS5 over normalized text (``index``), word forms and queries (``terms``).

Imported only when a search runs or the index changes: start-up does not load it."""
