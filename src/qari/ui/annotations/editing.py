"""Editing the open article itself: its star (Ctrl+Shift+D) and its text (Edit Article Text).

:class:`ArticleEditing` gets the session's library and annotations, the undo stack, the reading
preferences (the text dialog uses the reader's font) and a parent for its dialogs. It learns the
open article from ``show_article``. Every change is written first and pushed on the undo stack
only when the write succeeded. It emits ``starredChanged(id, starred)``,
``articleTextChanged(id)`` (after an edit, its undo or redo), ``statusMessage(text, ms)`` and
``failed(exception)``.

Edit Article Text keeps the article's annotations as they were before the edit and as the
core re-anchored them after it; undo and redo put back exactly those, never a new guess.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from qari.core.article import Article, canonicalize
from qari.core.session import Session
from qari.ui.actions import new_action
from qari.ui.settings import ReaderPrefs

if TYPE_CHECKING:  # (the dialog's module is imported when it is first opened)
    from qari.ui.edit_text import EditTextDialog
from qari.ui.undo import succeeded


class ArticleEditing(QObject):
    starredChanged = Signal(int, bool)
    articleTextChanged = Signal(int)
    statusMessage = Signal(str, int)
    failed = Signal(object)

    def __init__(self, session: Session, undo_stack: QUndoStack, prefs: ReaderPrefs,
                 dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.library = session.library
        self._session = session
        self.undo_stack = undo_stack
        self._prefs = prefs
        self._dialog_parent = dialog_parent
        self._article: Article | None = None
        self.text_dialog: EditTextDialog | None = None
        self.star_action = new_action(self, self.tr("&Star Article"), ["Ctrl+Shift+D"], self.toggle_star,
                                      "star-article", checkable=True)
        self.edit_text_action = new_action(self, self.tr("Edit Article &Text…"), ["Ctrl+Shift+E"], self.edit_text,
                                           "edit-article-text")

    @property
    def actions(self) -> list[QAction]:
        return [self.star_action, self.edit_text_action]

    def populate_menus(self, edit_menu: QMenu) -> None:
        edit_menu.addAction(self.star_action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_text_action)

    def article_id(self) -> int | None:
        return None if self._article is None else self._article.id

    def show_article(self, article: Article | None) -> None:
        self._article = article
        aid = self.article_id()
        summary = None if aid is None else self.library.summary(aid)
        self.star_action.setChecked(bool(summary and summary.starred))

    # -- the star ----------------------------------------------------------------------------
    def toggle_star(self) -> None:
        aid = self.article_id()
        if aid is None:
            return
        summary = self.library.summary(aid)
        starred = not (summary and summary.starred)
        if not succeeded(lambda: self.library.set_starred(aid, starred), self.failed.emit):
            self._star_changed(aid)  # the action shows the stored state again
            return
        from qari.ui.annotations.commands import SetStarred  # (at the first change: start-up waits less)

        self.undo_stack.push(SetStarred(self.library, aid, starred, self._star_changed, self.failed.emit))
        self._star_changed(aid)

    def _star_changed(self, article_id: int) -> None:
        summary = self.library.summary(article_id)
        starred = bool(summary and summary.starred)
        if article_id == self.article_id():
            self.star_action.setChecked(starred)
        self.starredChanged.emit(article_id, starred)

    # -- the text ----------------------------------------------------------------------------
    def edit_text(self) -> EditTextDialog | None:
        """Open Edit Article Text (non-modal); saving pushes one undoable text change."""
        article = self._article
        if article is None or article.id is None:
            return None
        aid = article.id
        from qari.ui.edit_text import EditTextDialog

        dialog = EditTextDialog(article.text, self._dialog_parent, font_family=self._prefs.font_family)
        dialog.accepted.connect(lambda: self.set_article_text(aid, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.text_dialog = dialog
        dialog.open()
        return dialog

    def set_article_text(self, article_id: int, new_text: str) -> bool:
        """Replace the text (one undo step); False if nothing changed or the write failed."""
        article = self.library.get(article_id)
        new_text = canonicalize(new_text)
        if article is None or not new_text or article.text == new_text:
            return False
        store = self._session.annotations
        before = store.all(article_id)
        if not succeeded(lambda: self._session.set_text(article_id, new_text), self.failed.emit):
            return False
        after = store.all(article_id)
        from qari.ui.annotations.commands import SetArticleText  # (at the first change: start-up waits less)

        self.undo_stack.push(SetArticleText(self._session.set_text, article_id, article.text, new_text, before,
                                            after, self._text_changed, self.failed.emit))
        self._text_changed(article_id)
        return True

    def _text_changed(self, article_id: int) -> None:
        lost = len(self._session.annotations.orphans(article_id))
        if lost:
            self.statusMessage.emit(
                self.tr("%n annotation(s) could not be placed in the new text; see Notes.", "", lost), 4000)
        self.articleTextChanged.emit(article_id)
