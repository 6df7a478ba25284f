"""Turns what the reader does (select, press a key, click a swatch) into annotation undo commands.

One :class:`AnnotationController` per window. It owns the annotation actions, the
floating selection toolbar, the note editor and the reader's ``annotations`` layers;
every change goes through ``window.undo_stack``. It emits:

- ``annotationsChanged(article_id)`` after any annotation of that article changed;
- ``currentAnnotationsChanged(anchored, orphans)``: the open article's lists, for the Notes panel;
- ``annotationClicked(uuid)``: a click landed in a highlight (the Notes panel selects its row);
- ``starredChanged(article_id, starred)``;
- ``articleTextChanged(article_id)`` after Edit Article Text (or its undo).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QTextCursor
from PySide6.QtWidgets import QMenu

from qari.core.article import canonicalize
from qari.core.store.annotations import BOOKMARK, DEFAULT_COLOR, Annotation
from qari.ui.annotations.commands import AddAnnotation, ChangeAnnotation, DeleteAnnotation, SetArticleText, SetStarred
from qari.ui.annotations.marks import build_layers
from qari.ui.annotations.note_editor import NoteEditor
from qari.ui.annotations.palette import color_label, color_names, swatch_icon
from qari.ui.annotations.toolbar import SelectionToolbar, reader_context_menu
from qari.ui.edit_text import EditTextDialog

if TYPE_CHECKING:
    from qari.ui.main_window import MainWindow

LAYER, NOTE_LAYER, BOOKMARK_LAYER = "annotations", "annotations~notes", "annotations~bookmarks"


class AnnotationController(QObject):
    annotationsChanged = Signal(int)
    currentAnnotationsChanged = Signal(object, object)  # list[Annotation] in text order, orphans
    annotationClicked = Signal(str)  # uuid of the highlight the reader clicked into
    starredChanged = Signal(int, bool)
    articleTextChanged = Signal(int)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.reader = window.reader
        self.store = window.session.annotations
        self.library = window.session.library
        self.undo_stack = window.undo_stack
        self.color = DEFAULT_COLOR
        self.note_editor: NoteEditor | None = None
        self.text_dialog: EditTextDialog | None = None
        self.all_notes = None
        self.toolbar = SelectionToolbar(self.reader.viewport())
        self.toolbar.colorChosen.connect(self.highlight)
        self.toolbar.noteRequested.connect(self.edit_note)
        self.toolbar.bookmarkRequested.connect(self.bookmark)
        self._toolbar_timer = QTimer(self, singleShot=True, interval=180)
        self._toolbar_timer.timeout.connect(self.update_toolbar)
        self.reader.selectionChanged.connect(self._selection_changed)
        self.reader.verticalScrollBar().valueChanged.connect(lambda _v: self._toolbar_timer.start())
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.customContextMenuRequested.connect(self._context_menu)
        self._dark = False
        self.reader.cursorPositionChanged.connect(self._cursor_moved)
        if os.environ.get("QARI_E2E_HIGHLIGHT"):  # tests/e2e/test_gui_kill_safety.py
            self.window.articleOpened.connect(self._e2e_highlight, Qt.ConnectionType.SingleShotConnection)
        self.reader.laidOut.connect(lambda: self._dark != self.reader.theme.dark and self._paint(lists=False))
        self._build_actions()

    # -- actions ------------------------------------------------------------------------
    def _act(self, text: str, keys: list[str], slot: object, name: str) -> QAction:
        act = QAction(text, self.window)
        act.setObjectName(name)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.window.addAction(act)
        return act

    def _build_actions(self) -> None:
        tr = self.tr
        self.highlight_action = self._act(tr("&Highlight Selection"), ["Ctrl+H"], lambda: self.highlight(),
                                          "highlight")
        self.color_actions: dict[str, QAction] = {}
        for i, name in enumerate(color_names(), start=1):
            act = self._act(tr("Highlight in %1").replace("%1", color_label(name)), [f"Ctrl+Alt+{i}"],
                            lambda _c=False, n=name: self.highlight(n), f"highlight-{name}")
            act.setIcon(swatch_icon(name))
            self.color_actions[name] = act
        self.note_action = self._act(tr("Add or Edit &Note…"), ["Ctrl+Alt+N"], self.edit_note, "edit-note")
        self.bookmark_action = self._act(tr("&Bookmark This Place"), ["Ctrl+D"], self.bookmark, "bookmark")
        self.star_action = self._act(tr("&Star Article"), ["Ctrl+Shift+D"], self.toggle_star, "star-article")
        self.star_action.setCheckable(True)
        self.all_notes_action = self._act(tr("All &Notes…"), ["Ctrl+Shift+N"], self.show_all_notes, "all-notes")
        self.edit_text_action = self._act(tr("Edit Article &Text…"), ["Ctrl+Shift+E"], self.edit_text,
                                          "edit-article-text")
        self.export_action = self._act(tr("&Export Annotations of This Article…"), ["Ctrl+Shift+X"],
                                       lambda: self.export(all_articles=False), "export-annotations")
        self.export_all_action = self._act(tr("Export &All Annotations…"), ["Ctrl+Alt+Shift+X"],
                                           lambda: self.export(all_articles=True), "export-all-annotations")
        self.import_action = self._act(tr("&Import Annotations…"), ["Ctrl+Alt+I"], self.import_annotations,
                                       "import-annotations")

    def populate_menus(self, file_menu: QMenu, edit_menu: QMenu, view_menu: QMenu | None = None) -> None:
        """Put the actions in the window's menus (called once by the window)."""
        edit_menu.addSeparator()
        edit_menu.addAction(self.highlight_action)
        colors = edit_menu.addMenu(self.tr("Highlight &Colour"))
        colors.setObjectName("highlight-colors-menu")
        colors.addActions(list(self.color_actions.values()))
        edit_menu.addActions([self.note_action, self.bookmark_action, self.star_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.edit_text_action)
        (view_menu or edit_menu).addAction(self.all_notes_action)
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.export_all_action, self.import_action])

    # -- the current article -------------------------------------------------------------
    def article_id(self) -> int | None:
        article = self.reader.article
        return None if article is None else article.id

    def article_opened(self, _article: object = None) -> None:
        """The reader shows a (new or reloaded) article: paint its marks, set the star."""
        self.toolbar.hide()
        aid = self.article_id()
        self._paint()
        summary = None if aid is None else self.library.summary(aid)
        self.star_action.setChecked(bool(summary and summary.starred))
        if aid is not None:
            self.annotationsChanged.emit(aid)

    def _paint(self, *, lists: bool = True) -> None:
        """Paint the open article's marks (and, with ``lists``, send its lists to the Notes panel)."""
        aid = self.article_id()
        if aid is None:
            return
        dark = self._dark = self.reader.theme.dark
        records = self.store.for_article(aid)
        if lists:
            self.currentAnnotationsChanged.emit(records, self.store.orphans(aid))
        text = self.reader.article.text if self.reader.article else ""
        spans, notes, marks = build_layers(records, text, dark=dark)
        self.reader.set_layer(LAYER, spans)
        self.reader.set_layer(NOTE_LAYER, notes, underline=True)
        self.reader.set_layer(BOOKMARK_LAYER, marks, underline=True)

    def _changed(self, article_id: int) -> None:
        """Called by every undo command after it changed the store."""
        if article_id == self.article_id():
            self._paint()
        self.annotationsChanged.emit(article_id)

    # -- the selection and the floating toolbar ---------------------------------------------
    def _selection_changed(self) -> None:
        if self.reader.selected_span() is None:
            self.toolbar.hide()
        self._toolbar_timer.start()

    def update_toolbar(self) -> None:
        """Show the toolbar over the current selection (hide it when there is none)."""
        cursor = self.reader.textCursor()
        if not cursor.hasSelection() or self.article_id() is None:
            self.toolbar.hide()
            return
        a, b = QTextCursor(cursor), QTextCursor(cursor)
        a.setPosition(cursor.selectionStart())
        b.setPosition(cursor.selectionEnd())
        ra, rb = self.reader.cursorRect(a), self.reader.cursorRect(b)
        rect = ra.united(rb) if abs(ra.top() - rb.top()) < ra.height() else QRect(ra)
        if not self.reader.viewport().rect().intersects(rect):
            self.toolbar.hide()
            return
        self.toolbar.show_near(rect)

    def _cursor_moved(self) -> None:
        if not self.reader.textCursor().hasSelection():
            hit = self.annotation_at_cursor()
            if hit is not None:
                self.annotationClicked.emit(hit.uuid)

    def _e2e_highlight(self, _article: object = None) -> None:
        """Test hook: highlight the words named in $QARI_E2E_HIGHLIGHT the GUI's way, print the uuid."""
        words = os.environ.get("QARI_E2E_HIGHLIGHT", "")
        text = self.reader.article.text if self.reader.article else ""
        if words in text:
            start = text.index(words)
            self.reader.select_span(start, start + len(words))
            record = self.highlight("green")
            print(f"highlight {record.uuid if record else '-'}", flush=True)

    def _clear_selection(self) -> None:
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)
        self.toolbar.hide()

    def context_menu(self, pos: QPoint) -> QMenu:
        """The reader's context menu: the standard entries plus highlight, colours, note, bookmark."""
        return reader_context_menu(self, pos)

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.reader.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 4000)

    # -- creating and changing ------------------------------------------------------------
    def highlight(self, color: str | None = None) -> Annotation | None:
        """Highlight the reader's selection (in ``color`` or the last colour used)."""
        aid, span = self.article_id(), self.reader.selected_span()
        if aid is None or span is None:
            self._status(self.tr("Select some text to highlight first."))
            return None
        color = color or self.color
        self.color = color
        existing = next((a for a in self.store.for_article(aid, "highlight") if (a.start, a.end) == span), None)
        if existing is not None:  # the same words again: recolour
            if existing.color != color:
                self.update(existing.uuid, {"color": color})
            self._clear_selection()
            return self.store.get(existing.uuid)
        start, end = span
        cmd = AddAnnotation(self.store, lambda: self.store.add_highlight(aid, start, end, color),
                            self._changed, self.tr("Highlight"))
        self.undo_stack.push(cmd)
        self._clear_selection()
        return cmd.record

    def bookmark(self) -> Annotation | None:
        """Bookmark the start of the selection, or else the top of the view."""
        aid = self.article_id()
        if aid is None:
            return None
        span = self.reader.selected_span()
        offset = span[0] if span else self.reader.top_position()
        cmd = AddAnnotation(self.store, lambda: self.store.add_bookmark(aid, offset), self._changed,
                            self.tr("Bookmark"))
        self.undo_stack.push(cmd)
        self._clear_selection()
        self._status(self.tr("Bookmarked."))
        return cmd.record

    def update(self, uuid: str, changes: dict[str, object]) -> None:
        """Change a note, tags or colour (one undo step)."""
        if not changes:
            return
        only_color = set(changes) == {"color"}
        text = self.tr("Change Highlight Colour") if only_color else self.tr("Edit Note")
        self.undo_stack.push(ChangeAnnotation(self.store, lambda: self.store.update(uuid, **changes),
                                              self._changed, text))

    def delete(self, uuid: str) -> None:
        record = self.store.get(uuid)
        if record is None:
            return
        text = self.tr("Delete Bookmark") if record.kind == BOOKMARK else self.tr("Delete Highlight")
        self.undo_stack.push(DeleteAnnotation(self.store, uuid, self._changed, text))

    def reattach(self, uuid: str) -> bool:
        """Re-attach an (orphaned) annotation to the reader's selection."""
        span = self.reader.selected_span()
        record = self.store.get(uuid)
        if record is None or span is None:
            self._status(self.tr("Select the words to re-attach it to first."))
            return False
        start, end = span
        self.undo_stack.push(ChangeAnnotation(self.store, lambda: self.store.reattach(uuid, start, end),
                                              self._changed, self.tr("Re-attach Annotation")))
        self._clear_selection()
        return True

    def toggle_star(self) -> None:
        aid = self.article_id()
        if aid is None:
            return
        summary = self.library.summary(aid)
        self.undo_stack.push(SetStarred(self.library, aid, not (summary and summary.starred), self._star_changed))

    def _star_changed(self, article_id: int) -> None:
        summary = self.library.summary(article_id)
        starred = bool(summary and summary.starred)
        if article_id == self.article_id():
            self.star_action.setChecked(starred)
        self.starredChanged.emit(article_id, starred)

    # -- the note editor ----------------------------------------------------------------
    def annotation_at_cursor(self) -> Annotation | None:
        """The highlight under the reader's cursor (or selection start), if any."""
        aid = self.article_id()
        if aid is None:
            return None
        span = self.reader.selected_span()
        pos = span[0] if span else self.reader.display.from_qt(self.reader.textCursor().position())
        hits = [a for a in self.store.for_article(aid, "highlight") if a.start <= pos < a.end]
        return hits[-1] if hits else None

    def edit_note(self, uuid: str | None = None) -> NoteEditor | None:
        """Open the note editor: for ``uuid``, for the selection (a new highlight) or the highlight
        under the cursor. Returns the (non-modal) editor."""
        aid = self.article_id()
        if aid is None:
            return None
        span = self.reader.selected_span() if uuid is None else None
        record = self.store.get(uuid) if uuid else None
        if record is None and span is not None:
            record = next((a for a in self.store.for_article(aid, "highlight") if (a.start, a.end) == span), None)
        if record is None and span is None:
            record = self.annotation_at_cursor()
        if record is None and span is None:
            self._status(self.tr("Select some text, or click in a highlight, to add a note."))
            return None
        if record is not None:
            quote = record.exact or record.suffix
            color = None if record.kind == BOOKMARK else record.color
            editor = NoteEditor(self.window, quote=quote, note=record.note, tags=record.tags, color=color,
                                known_tags=self.store.all_tags())
        else:
            assert span is not None and self.reader.article is not None
            quote = self.reader.article.text[span[0]:span[1]]
            editor = NoteEditor(self.window, quote=quote, color=self.color, known_tags=self.store.all_tags())
        target = record.uuid if record else None
        editor.accepted.connect(lambda: self._note_accepted(editor, target, aid, span))
        editor.finished.connect(editor.deleteLater)
        self.note_editor = editor
        self.toolbar.hide()
        editor.open()
        return editor

    def _note_accepted(self, editor: NoteEditor, uuid: str | None, aid: int, span: tuple[int, int] | None) -> None:
        values = editor.values()
        if uuid is not None:
            record = self.store.get(uuid)
            if record is None:
                return
            changes = {k: v for k, v in values.items() if getattr(record, k) != v}
            self.update(uuid, changes)
        elif span is not None:
            color = str(values.get("color") or self.color)
            self.color = color
            note, tags = str(values["note"]), tuple(values.get("tags", ()))  # type: ignore[arg-type]
            self.undo_stack.push(AddAnnotation(
                self.store, lambda: self.store.add_highlight(aid, span[0], span[1], color, note, tags),
                self._changed, self.tr("Highlight with Note")))
            self._clear_selection()

    # -- elsewhere: edit text, all notes, export/import -----------------------------------------
    def edit_text(self) -> EditTextDialog | None:
        """Open Edit Article Text (non-modal); saving pushes one undoable text change."""
        article = self.reader.article
        if article is None or article.id is None:
            return None
        aid = article.id
        dialog = EditTextDialog(article.text, self.window, font_family=self.window.settings.reader.font_family)
        dialog.accepted.connect(lambda: self.set_article_text(aid, dialog.text()))
        dialog.finished.connect(dialog.deleteLater)
        self.text_dialog = dialog
        dialog.open()
        return dialog

    def set_article_text(self, article_id: int, new_text: str) -> None:
        article = self.library.get(article_id)
        new_text = canonicalize(new_text)
        if article is None or not new_text or article.text == new_text:
            return
        self.undo_stack.push(SetArticleText(self.library, article_id, article.text, new_text, self._text_changed))

    def _text_changed(self, article_id: int) -> None:
        if article_id == self.article_id():
            self.library.set_position(article_id, self.reader.top_position(), self.reader.progress())
            self.window.open_article(article_id)
        lost = len(self.store.orphans(article_id))
        if lost:
            self._status(self.tr("%n annotation(s) could not be placed in the new text; see Notes.", "", lost))
        self.annotationsChanged.emit(article_id)
        self.articleTextChanged.emit(article_id)

    def show_all_notes(self):  # -> AllNotesDialog
        from qari.ui.annotations.all_notes import AllNotesDialog

        if self.all_notes is None:
            self.all_notes = AllNotesDialog(self.store, self.window)
            self.all_notes.openRequested.connect(self.open_at)
            self.annotationsChanged.connect(lambda _i: self.all_notes.refresh())
        self.all_notes.refresh()
        self.all_notes.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen windows cannot be raised
            self.all_notes.raise_()
        return self.all_notes

    def open_at(self, article_id: int, offset: int) -> None:
        if article_id != self.article_id() and not self.window.open_article(article_id):
            return
        self.reader.scroll_to_offset(offset, center=True)

    def export(self, *, all_articles: bool) -> str | None:
        from qari.ui.annotations.transfer import export_annotations

        return export_annotations(self, all_articles=all_articles)

    def import_annotations(self) -> int | None:
        from qari.ui.annotations.transfer import import_annotations

        return import_annotations(self)
