"""The one owner of "the article being read": which it is, where the reader is in it.

:class:`CurrentArticle` opens an article in the reader, saves the reading place as the
reader scrolls, reloads the article when its text or details change, and closes it when it
is deleted (and brings it back when the delete is undone). Everything else learns about the
open article from one signal, ``articleChanged(article_or_None)``.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from qari.core.article import Article
from qari.core.store.library import Library
from qari.ui.reader.view import ReaderView


class CurrentArticle(QObject):
    articleChanged = Signal(object)  # the Article now in the reader, or None when none is open
    progressChanged = Signal(float)  # 0..1, how far the open article has been read

    def __init__(self, library: Library, reader: ReaderView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._library = library
        self._reader = reader
        self._closed_by_delete: int | None = None
        reader.positionChanged.connect(self._position_changed)

    @property
    def article(self) -> Article | None:
        return self._reader.article

    @property
    def id(self) -> int | None:
        article = self._reader.article
        return None if article is None else article.id

    # -- requests --------------------------------------------------------------------------
    def open(self, article_id: int) -> bool:
        """Show the article at its saved place; False if the library has no such article."""
        article = self._library.get(article_id)
        if article is None:
            return False
        position, progress = self._library.position(article_id)
        self._closed_by_delete = None
        self._reader.set_article(article, position)
        if self._reader.painted:
            self._library.mark_opened(article_id)
        else:  # the library's write waits for the first paint (a commit: up to ms of wall time)
            self._reader.firstPaint.connect(lambda: self._library.mark_opened(article_id))  # (emitted once)
        self.articleChanged.emit(article)
        self.progressChanged.emit(progress)
        return True

    def reload(self, article_id: int) -> None:
        """The article's text or details changed in the store: show them, keeping the place."""
        if article_id != self.id:
            return
        self.save_position()
        self.open(article_id)

    def articles_deleted(self, ids: list[int]) -> None:
        """Deleted articles leave the reader; an undo of that delete brings the article back."""
        current = self.id
        if current is None or current not in ids:
            return
        self.save_position()
        self._reader.close_article()
        self._closed_by_delete = current
        self.progressChanged.emit(0.0)
        self.articleChanged.emit(None)

    def articles_restored(self, ids: list[int]) -> None:
        if self._closed_by_delete is not None and self._closed_by_delete in ids and self.id is None:
            self.open(self._closed_by_delete)

    # -- the reading place -------------------------------------------------------------------
    def save_position(self) -> None:
        article_id = self.id
        if article_id is not None:
            self._library.set_position(article_id, self._reader.top_position(), self._reader.progress())

    def _position_changed(self, offset: int, progress: float) -> None:
        article_id = self.id
        if article_id is not None:
            self._library.set_position(article_id, offset, progress)
        self.progressChanged.emit(progress)
