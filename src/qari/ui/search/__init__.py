"""Search across the library (Ctrl+Shift+F): the panel and its results."""
