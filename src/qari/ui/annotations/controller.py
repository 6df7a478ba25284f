"""Turns what the reader does (select, press a key, click a swatch) into annotation undo commands.

:class:`AnnotationController` is built by the window with its collaborators: the reader view,
the annotation store, the undo stack and a parent for its dialogs. It owns the annotation
actions, the floating selection toolbar, the note editor, All Notes and the reader's
``annotations`` layers. It learns which article is open from ``show_article`` (wired to
``CurrentArticle.articleChanged``). Each change is written first; only a write that succeeded
is pushed on the undo stack. It emits:

- ``annotationsChanged(article_id)`` after any annotation of that article changed;
- ``currentAnnotationsChanged(anchored, orphans)``: the open article's lists, for the Notes panel;
- ``annotationClicked(uuid)``: a click landed in a highlight (the Notes panel selects its row);
- ``openRequested(article_id, offset)``: All Notes asks to show a note in its article;
- ``statusMessage(text, ms)``; ``failed(exception)``: a write failed (nothing was changed).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QTextCursor, QUndoStack
from PySide6.QtWidgets import QMenu, QWidget

from qari.core.article import Article
from qari.core.store.annotations import BOOKMARK, DEFAULT_COLOR, Annotation, Annotations
from qari.ui.actions import new_action
from qari.ui.annotations.marks import build_layers
from qari.ui.annotations.palette import color_label, color_names, swatch_icon
from qari.ui.annotations.toolbar import SelectionToolbar, reader_context_menu
from qari.ui.reader.view import ReaderView
from qari.ui.undo import attempt, succeeded

if TYPE_CHECKING:
    from qari.ui.annotations.all_notes import AllNotesDialog
    from qari.ui.annotations.note_editor import NoteEditor  # (imported at the first note: start-up waits less)

LAYER, NOTE_LAYER, BOOKMARK_LAYER = "annotations", "annotations~notes", "annotations~bookmarks"


class AnnotationController(QObject):
    annotationsChanged = Signal(int)
    currentAnnotationsChanged = Signal(object, object)  # list[Annotation] in text order, orphans
    annotationClicked = Signal(str)  # uuid of the highlight the reader clicked into
    openRequested = Signal(int, int)  # article id, offset (from All Notes)
    statusMessage = Signal(str, int)
    failed = Signal(object)  # the exception of a write that failed (reported by the window)

    def __init__(self, reader: ReaderView, store: Annotations, undo_stack: QUndoStack,
                 dialog_parent: QWidget) -> None:
        super().__init__(dialog_parent)
        self.reader = reader
        self.store = store
        self.undo_stack = undo_stack
        self._dialog_parent = dialog_parent
        self._article: Article | None = None
        self.color = DEFAULT_COLOR
        self.note_editor: NoteEditor | None = None
        self.all_notes: AllNotesDialog | None = None
        self.toolbar = SelectionToolbar(reader.viewport())
        self.toolbar.colorChosen.connect(self.highlight)
        self.toolbar.noteRequested.connect(self.edit_note)
        self.toolbar.bookmarkRequested.connect(self.bookmark)
        self._toolbar_timer = QTimer(self, singleShot=True, interval=180)
        self._toolbar_timer.timeout.connect(self.update_toolbar)
        reader.selectionChanged.connect(self._selection_changed)
        reader.verticalScrollBar().valueChanged.connect(lambda _v: self._toolbar_timer.start())
        reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        reader.customContextMenuRequested.connect(self._context_menu)
        self._dark = False
        reader.cursorPositionChanged.connect(self._cursor_moved)
        reader.laidOut.connect(lambda: self._paint(lists=False) if self._dark != reader.theme.dark else None)
        self._build_actions()

    # -- actions ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        tr = self.tr
        self.highlight_action = new_action(self, tr("&Highlight Selection"), ["Ctrl+H"], lambda: self.highlight(),
                                           "highlight")
        self.color_actions: dict[str, QAction] = {}
        self._context_extra: list[QAction] = []  # other components' selection actions (add_context_actions)
        for i, name in enumerate(color_names(), start=1):
            act = new_action(self, tr("Highlight in %1").replace("%1", color_label(name)), [f"Ctrl+Alt+{i}"],
                             lambda _c=False, n=name: self.highlight(n), f"highlight-{name}")
            act.setIcon(swatch_icon(name))
            self.color_actions[name] = act
        self.note_action = new_action(self, tr("Add or Edit &Note…"), ["Ctrl+Alt+N"], self.edit_note, "edit-note")
        self.bookmark_action = new_action(self, tr("&Bookmark This Place"), ["Ctrl+D"], self.bookmark, "bookmark")
        self.all_notes_action = new_action(self, tr("All &Notes…"), ["Ctrl+Shift+N"], self.show_all_notes,
                                           "all-notes")

    @property
    def actions(self) -> list[QAction]:
        return [self.highlight_action, *self.color_actions.values(), self.note_action, self.bookmark_action,
                self.all_notes_action]

    def populate_menus(self, edit_menu: QMenu) -> None:
        """Highlight, colours, note and bookmark in the Edit menu (All Notes: the window places it)."""
        edit_menu.addSeparator()
        edit_menu.addAction(self.highlight_action)
        colors = edit_menu.addMenu(self.tr("Highlight &Colour"))
        colors.setObjectName("highlight-colors-menu")
        colors.addActions(list(self.color_actions.values()))
        edit_menu.addActions([self.note_action, self.bookmark_action])

    # -- the current article -------------------------------------------------------------
    def article_id(self) -> int | None:
        return None if self._article is None else self._article.id

    def show_article(self, article: Article | None) -> None:
        """The reader shows a (new or reloaded) article, or none: paint its marks."""
        self._article = article
        self.toolbar.hide()
        aid = self.article_id()
        if aid is None:
            self.currentAnnotationsChanged.emit([], [])
            return
        self._paint()
        self.annotationsChanged.emit(aid)

    def _paint(self, *, lists: bool = True) -> None:
        """Paint the open article's marks (and, with ``lists``, send its lists to the Notes panel)."""
        aid = self.article_id()
        if aid is None or self._article is None:
            return
        dark = self._dark = self.reader.theme.dark
        records = self.store.for_article(aid)
        if lists:
            self.currentAnnotationsChanged.emit(records, self.store.orphans(aid))
        spans, notes, marks = build_layers(records, self._article.text, dark=dark)
        self.reader.set_layer(LAYER, spans)
        self.reader.set_layer(NOTE_LAYER, notes, underline=True)
        self.reader.set_layer(BOOKMARK_LAYER, marks, underline=True)

    def refresh(self, article_id: int) -> None:
        """An article's annotations changed in the store (an undo command, an import, a text edit)."""
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

    def _clear_selection(self) -> None:
        cursor = self.reader.textCursor()
        cursor.clearSelection()
        self.reader.setTextCursor(cursor)
        self.toolbar.hide()

    def add_context_actions(self, actions: list[QAction]) -> None:
        """Other components' actions on the selection, shown in the reader's context menu too
        (Add Selection as Quotation…)."""
        self._context_extra.extend(actions)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The reader's context menu: the standard entries plus highlight, colours, note, bookmark."""
        return reader_context_menu(self.reader, pos, self.highlight_action, list(self.color_actions.values()),
                                   [self.note_action, self.bookmark_action, *self._context_extra])

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.reader.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def _status(self, text: str) -> None:
        self.statusMessage.emit(text, 4000)

    # -- creating and changing: write, then (only if it worked) push --------------------------
    def highlight(self, color: str | None = None) -> Annotation | None:
        """Highlight the reader's selection (in ``color`` or the last colour used)."""
        aid, span = self.article_id(), self._selection()
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
        record = self._add(lambda: self.store.add_highlight(aid, start, end, color), self.tr("Highlight"))
        self._clear_selection()
        return record

    def bookmark(self) -> Annotation | None:
        """Bookmark the start of the selection, or else the top of the view."""
        aid = self.article_id()
        if aid is None:
            return None
        span = self._selection()
        offset = span[0] if span else self.reader.top_position()
        record = self._add(lambda: self.store.add_bookmark(aid, offset), self.tr("Bookmark"))
        self._clear_selection()
        if record is not None:
            self._status(self.tr("Bookmarked."))
        return record

    def _add(self, create: Callable[[], Annotation], text: str) -> Annotation | None:
        record = attempt(create, self.failed.emit)
        if record is None:
            return None
        from qari.ui.annotations.commands import AddAnnotation  # (at the first change: start-up waits less)

        self.undo_stack.push(AddAnnotation(self.store, record, self.refresh, text, self.failed.emit))
        self.refresh(record.article_id)
        return record

    def _change(self, change: Callable[[], tuple[Annotation, Annotation]], text: str) -> bool:
        pair = attempt(change, self.failed.emit)
        if pair is None:
            return False
        old, new = pair
        from qari.ui.annotations.commands import ChangeAnnotation  # (at the first change: start-up waits less)

        self.undo_stack.push(ChangeAnnotation(self.store, old, new, self.refresh, text, self.failed.emit))
        self.refresh(new.article_id)
        return True

    def update(self, uuid: str, changes: dict[str, object]) -> None:
        """Change a note, tags or colour (one undo step)."""
        if not changes:
            return
        only_color = set(changes) == {"color"}
        text = self.tr("Change Highlight Colour") if only_color else self.tr("Edit Note")
        self._change(lambda: self.store.update(uuid, **changes), text)  # type: ignore[arg-type]  # color/note/tags

    def delete(self, uuid: str) -> None:
        record = self.store.get(uuid)
        if record is None:
            return
        text = self.tr("Delete Bookmark") if record.kind == BOOKMARK else self.tr("Delete Highlight")
        if not succeeded(lambda: self.store.delete(uuid), self.failed.emit):
            return
        from qari.ui.annotations.commands import DeleteAnnotation  # (at the first change: start-up waits less)

        self.undo_stack.push(DeleteAnnotation(self.store, record, self.refresh, text, self.failed.emit))
        self.refresh(record.article_id)

    def reattach(self, uuid: str) -> bool:
        """Re-attach an (orphaned) annotation to the reader's selection."""
        span = self._selection()
        record = self.store.get(uuid)
        if record is None or span is None:
            self._status(self.tr("Select the words to re-attach it to first."))
            return False
        start, end = span
        done = self._change(lambda: self.store.reattach(uuid, start, end), self.tr("Re-attach Annotation"))
        self._clear_selection()
        return done

    # -- the note editor ----------------------------------------------------------------
    def annotation_at_cursor(self) -> Annotation | None:
        """The highlight under the reader's cursor (or selection start), if any."""
        aid = self.article_id()
        if aid is None:
            return None
        span = self._selection()
        pos = span[0] if span else self.reader.display.from_qt(self.reader.textCursor().position())
        hits = [a for a in self.store.for_article(aid, "highlight") if a.start <= pos < a.end]
        return hits[-1] if hits else None

    def _selection(self) -> tuple[int, int] | None:
        """The reader's selection widened to whole words: a mark never starts or ends mid-word."""
        span = self.reader.selected_span()
        if span is None or self._article is None:
            return span
        from qari.core.article import snap_to_words

        a, b = snap_to_words(self._article.text, *span)
        return (a, b) if b > a else None

    def edit_note(self, uuid: str | None = None) -> NoteEditor | None:
        """Open the note editor: for ``uuid``, for the selection (a new highlight) or the highlight
        under the cursor. Returns the (non-modal) editor."""
        aid = self.article_id()
        if aid is None or self._article is None:
            return None
        span = self._selection() if uuid is None else None
        record = self.store.get(uuid) if uuid else None
        if record is None and span is not None:
            record = next((a for a in self.store.for_article(aid, "highlight") if (a.start, a.end) == span), None)
        if record is None and span is None:
            record = self.annotation_at_cursor()
        if record is None and span is None:
            self._status(self.tr("Select some text, or click in a highlight, to add a note."))
            return None
        from qari.ui.annotations.note_editor import NoteEditor

        parent = self._dialog_parent
        if record is not None:
            quote = record.exact or record.suffix
            color = None if record.kind == BOOKMARK else record.color
            editor = NoteEditor(parent, quote=quote, note=record.note, tags=record.tags, color=color,
                                known_tags=self.store.all_tags())
        else:
            assert span is not None
            quote = self._article.text[span[0]:span[1]]
            editor = NoteEditor(parent, quote=quote, color=self.color, known_tags=self.store.all_tags())
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
            raw_tags: Iterable[str] = values.get("tags", ())  # type: ignore[assignment]  # the dialog's tags: strings
            note, tags = str(values["note"]), tuple(raw_tags)
            self._add(lambda: self.store.add_highlight(aid, span[0], span[1], color, note, tags),
                      self.tr("Highlight with Note"))
            self._clear_selection()

    # -- All Notes ------------------------------------------------------------------------
    def show_all_notes(self) -> AllNotesDialog:
        from qari.ui.annotations.all_notes import AllNotesDialog

        if self.all_notes is None:
            dialog = self.all_notes = AllNotesDialog(self.store, self._dialog_parent)
            dialog.openRequested.connect(self.openRequested)
            self.annotationsChanged.connect(lambda _i: dialog.refresh())
        self.all_notes.refresh()
        self.all_notes.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen windows cannot be raised
            self.all_notes.raise_()
        return self.all_notes
