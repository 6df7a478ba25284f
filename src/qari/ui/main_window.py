"""The main window: builds every component with its collaborators, then wires them in ONE block.

No component is handed the window. Each gets what it needs (the reader view, the session's
store objects, the undo stack, the settings, a parent for its dialogs) and tells the others
about its effects by signals; :meth:`MainWindow._connect_signals` is the one place where those
signals meet their slots. The window itself only hosts: menus, docks, the status bar.

It is built in two steps so that the article is on screen as early as possible: the
constructor makes what the first paint shows, in its final shape (the reader, the sidebar with
the Article panel, the library dock still empty, the docks where they were left, the menu
titles, the status bar); :meth:`MainWindow.complete` makes everything else (panels, the library
list, annotation tools, actions) and wires it. ``qari`` completes the window right after the first
paint; tests and screenshots get a window that is already complete.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSettings

from qari.core.session import Session
from qari.ui.settings import Settings
from qari.ui.window_frame import WindowFrame

if TYPE_CHECKING:  # (what only the completed window uses is imported there: the first paint waits for less)
    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QWidget

    from qari.ui.library.dock import LibraryView
    from qari.ui.people.dock import PeopleUi
    from qari.ui.people.jobs import PeopleJobs
    from qari.ui.search.dock import SearchUi
    from qari.ui.sidebar.entities import EntitiesPanel
    from qari.ui.sidebar.notes import NotesPanel
    from qari.ui.sidebar.quotes import QuotesPanel


class MainWindow(WindowFrame):
    def __init__(
        self, session: Session, settings: Settings, qsettings: QSettings, *, deferred: bool = False
    ) -> None:
        super().__init__(session, settings, qsettings)
        if not deferred:
            self.complete()

    def complete(self) -> None:
        """Build and wire everything the first paint does not need (once)."""
        if self.completed:
            return
        self.completed = True
        self.complete_frame()  # the docks, in the room the first paint kept for them
        _ = self.errors  # made here, in the UI thread, before any worker thread can report to it
        self._build_components()
        self._build_menus()
        self._connect_signals()
        if self.library_dock.isVisible():  # shown at the first paint (`qari`), before its panel was made
            self.library_ui.view.get()
        self.reader_controls.sync()  # the window takes the reader's theme
        if self.reader.painted:
            self.analysis.controller.release()
        if self.current.article is not None:  # opened before completion: let the new parts show it
            self.current.articleChanged.emit(self.current.article)

    # -- the components, each with its collaborators ---------------------------------------
    def _build_components(self) -> None:
        from qari.ui.annotations.controller import AnnotationController
        from qari.ui.annotations.editing import ArticleEditing
        from qari.ui.annotations.transfer import TransferController
        from qari.ui.extraction import build_analysis
        from qari.ui.lazy import LazyPage
        from qari.ui.library.dock import build_library
        from qari.ui.reader.controls import ReaderControls
        from qari.ui.sidebar.corrections import QuoteCorrections

        session, stack = self.session, self.undo_stack
        # the Quotes and Names tabs, and the extraction behind them
        self.analysis = build_analysis(session.library, self.reader, self.tabs, self)
        self.quote_corrections = QuoteCorrections(lambda: session.corrections, self.reader, stack, self)
        self.notes_page = LazyPage(_notes_panel, resets=("set_annotations",), keeps=("select_uuid",))
        self.notes_page.setObjectName("notes-page")  # (its panel: made when the tab is first shown)
        self.tabs.addTab(self.notes_page, self.tr("Notes"))
        self.annotations = AnnotationController(self.reader, session.annotations, stack, self)
        self.article_editing = ArticleEditing(session, stack, self.settings.reader, self)  # star, text
        self.transfer = TransferController(session.library, session.annotations, stack, self)  # export/import
        self.reader_controls = ReaderControls(self.reader_pane, self.settings.reader, self)  # the prefs' one writer
        self.statusBar().removeWidget(self._bar_room)
        self._bar_room.deleteLater()
        self.statusBar().addPermanentWidget(self.reader_controls.progress_bar)
        self.library_ui = lib = build_library(session, stack, self, self.library_dock)  # import, drop, paste
        self._build_research()
        for component in (self.annotations, self.article_editing, self.transfer, self.reader_controls,
                          self.quote_corrections):
            self.addActions(component.actions)
        self.addActions([*lib.file_actions, lib.toggle_action])

    @property
    def notes_panel(self) -> NotesPanel:
        return cast("NotesPanel", self.notes_page.panel())

    def _build_research(self) -> None:
        """Search across the library and the People view: docks beside the library, made (hidden)
        at their action's first use; the People view's reading, when it starts (qari.ui.lazy)."""
        from qari.ui.lazy import LazyPart
        from qari.ui.research_actions import people_action, search_action

        def search() -> SearchUi:
            from qari.ui.search.dock import build_search

            return build_search(self.session)

        def jobs() -> PeopleJobs:
            from qari.ui.people.dock import people_jobs

            return people_jobs(self.session, self)

        def people() -> PeopleUi:
            from qari.ui.people.dock import build_people

            return build_people(self.session, self.people_jobs.get())

        self.search, self.people_jobs = LazyPart(search, self), LazyPart(jobs, self)
        self.people = LazyPart(people, self)
        self.search_action = search_action(self, lambda: self.search_ui.show())
        self.people_action = people_action(self, lambda: self.people_ui.show())
        self.addActions([self.search_action, self.people_action])

    @property
    def search_ui(self) -> SearchUi:
        return cast("SearchUi", self.search.get())

    @property
    def people_ui(self) -> PeopleUi:
        return cast("PeopleUi", self.people.get())

    def start_background_analysis(self) -> None:
        """Read every article for the People view, off the UI thread (``qari`` calls it after the
        window is complete; tests and screenshots do not)."""
        if self.completed:
            from qari.ui.people.dock import start_after

            start_after(self.people_jobs.get(), self.analysis.controller)

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        from qari.ui.actions import make_action
        from qari.ui.help_action import install_help
        from qari.ui.language import LanguageMenu

        self.file_menu.addActions(self.library_ui.file_actions)
        self.quit_action = make_action(self, self.tr("&Quit"), [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
                                       self.close, "quit")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for act, name in ((self.undo_action, "undo"), (self.redo_action, "redo")):
            act.setObjectName(name)
            self.addAction(act)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.sidebar_action = self.sidebar.toggleViewAction()
        self.sidebar_action.setText(self.tr("Show &Sidebar"))
        self.sidebar_action.setObjectName("toggle-sidebar")
        self.sidebar_action.setShortcut(QKeySequence("F9"))
        self.addAction(self.sidebar_action)
        self.view_menu.addActions(self.reader_controls.zoom_actions)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.sidebar_action)
        self.view_menu.addAction(self.library_ui.toggle_action)
        self.view_menu.addActions([self.search_action, self.people_action])
        self.about_action = make_action(self, self.tr("&About Qari"), ["Ctrl+F1"], self.show_about, "about")
        self.help_menu.addAction(self.about_action)
        self.reader_controls.populate_menu(self.view_menu)  # themes, justify, diacritics, find, prefs
        self.shortcuts_action = install_help(self, self.help_menu)  # F1: generated from these actions
        self.annotations.populate_menus(self.edit_menu)
        self.article_editing.populate_menus(self.edit_menu)
        self.quote_corrections.populate_menus(self.edit_menu)
        self.view_menu.addAction(self.annotations.all_notes_action)
        self.transfer.populate_menus(self.file_menu)
        self.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self.settings, self.view_menu, self)  # saved in settings.lang
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    # -- the one place where components are wired together ----------------------------------
    def _connect_signals(self) -> None:
        cur, reader = self.current, self.reader
        an = self.analysis  # extraction runs after the first paint; its panels ask the reader to mark text
        ann, edit, transfer, notes = self.annotations, self.article_editing, self.transfer, self.notes_page
        rc, libs, importer = self.reader_controls, self.library_ui.view, self.library_ui.importer

        # the open article: one source, everyone follows (the Quotes and Names panels are made
        # when their tab is first shown; until then their page keeps what they are sent)
        fix, quotes, names = self.quote_corrections, an.quotes_page, an.entities_page
        for show in (quotes.later("show_article"), names.later("show_article"),
                     fix.show_article, an.controller.request, ann.show_article, edit.show_article,
                     transfer.show_article):
            cur.articleChanged.connect(show)
        cur.articleChanged.connect(libs.later("current", lambda v, a: v.panel.set_current(None if a is None else a.id)))
        cur.progressChanged.connect(rc.show_progress)
        cur.progressChanged.connect(libs.if_made(lambda v, progress: v.panel.set_current_progress(progress)))

        # extraction and the panels built on it
        reader.firstPaint.connect(an.controller.release)
        reader.verticalScrollBar().valueChanged.connect(an.controller.hold_back)  # (the page first)
        an.controller.ready.connect(names.later("set_extraction"))
        an.controller.ready.connect(fix.set_extraction)  # the Quotes panel shows it with the reader's corrections
        fix.corrected.connect(quotes.later("set_extraction"))
        for page in (quotes, names):
            an.controller.failed.connect(page.later("show_failure"))
        ann.add_context_actions(fix.actions)  # the reader's right-click menu: Add Selection as Quotation…
        an.controller.crashed.connect(self.report_error)  # an extractor bug: logged, shown once

        def wire_quotes(panel: QuotesPanel) -> None:
            panel.speakerChangeRequested.connect(fix.change_speaker)
            panel.rejectRequested.connect(fix.reject)
            panel.confirmRequested.connect(fix.confirm)
            panel.quoteActivated.connect(an.marks.flash)
            panel.quoteCopied.connect(lambda _t: self.show_status(self.tr("Quote copied"), 2000))

        def wire_names(panel: EntitiesPanel) -> None:
            panel.mentionsHighlighted.connect(an.marks.show_mentions)
            panel.mentionActivated.connect(an.marks.go_to_mention)

        quotes.made.connect(wire_quotes)
        names.made.connect(wire_names)

        # highlights, notes and bookmarks
        ann.currentAnnotationsChanged.connect(notes.later("set_annotations"))
        ann.annotationClicked.connect(notes.later("select_uuid"))
        ann.openRequested.connect(self.open_at)

        def wire_notes(panel: NotesPanel) -> None:
            panel.jumpRequested.connect(lambda offset: reader.scroll_to_offset(offset, center=True))
            panel.updateRequested.connect(ann.update)
            panel.deleteRequested.connect(ann.delete)
            panel.reattachRequested.connect(ann.reattach)

        notes.made.connect(wire_notes)
        transfer.annotationsChanged.connect(ann.refresh)

        # the article's own star and text
        refresh_row = libs.if_made(lambda v, aid, *_: v.panel.refresh_article(aid))  # (the panel reads the store)
        edit.starredChanged.connect(refresh_row)
        edit.articleTextChanged.connect(cur.reload)  # the reader shows the new text at the same place
        edit.articleTextChanged.connect(ann.refresh)
        edit.articleTextChanged.connect(refresh_row)  # headline and length may have changed

        # the library (its panel is made when its dock is first shown) and importing
        importer.articlesAdded.connect(libs.if_made(lambda v, ids: v.panel.add_articles(ids)))
        importer.articleChanged.connect(cur.reload)  # a changed file, "Update": new text, marks re-anchored
        importer.articleChanged.connect(ann.refresh)
        importer.articleChanged.connect(refresh_row)
        importer.openRequested.connect(self.open_article)
        importer.batchFinished.connect(libs.later("imported", lambda v, outcomes: v.panel.imported(outcomes)))
        importer.progressShown.connect(lambda box: self.statusBar().addWidget(box))
        importer.nothingFound.connect(self.show_error)

        def wire_library(view: LibraryView) -> None:
            lib, research = view.panel, view.research
            if reader.painted:  # `qari` completes the window after the first paint: that moment has passed
                lib.ensure_loaded_later()
            else:
                reader.firstPaint.connect(lib.ensure_loaded_later)  # a big library does not delay the first paint
            lib.openRequested.connect(self.open_article)
            lib.importRequested.connect(importer.choose_files)
            lib.articleEdited.connect(cur.reload)
            lib.articlesDeleted.connect(cur.articles_deleted)  # a deleted article leaves the reader
            lib.articlesRestored.connect(cur.articles_restored)
            research.searchRequested.connect(lambda q: self.search_ui.show().search(q))
            research.savedSearchRequested.connect(lambda name: self.search_ui.show().run_saved(name))
            research.tagsChanged.connect(self.search.if_made(lambda s: s.panel.refresh_filters()))
            for component in (lib, research):
                component.failed.connect(self.report_error)

        # search across the library, tags and saved searches, the People view (made at first use)
        from qari.ui.library.place import library_area

        def wire_search(search: SearchUi) -> None:
            self.addDockWidget(library_area(self, self.sidebar), search.dock)
            search.dock.hide()
            search.panel.openRequested.connect(self.open_search_hit)
            search.panel.savedChanged.connect(libs.if_made(lambda v, *a: v.research.refresh_saved(*a)))
            importer.batchFinished.connect(lambda _o: search.panel.refresh_filters())

        def wire_jobs(jobs: PeopleJobs) -> None:
            jobs.progress.connect(self._show_analysis_progress)
            jobs.failed.connect(lambda message: self.show_status(message, 8000))

        def wire_people(people: PeopleUi) -> None:
            self.addDockWidget(library_area(self, self.sidebar), people.dock)
            people.dock.hide()
            people.view.passageRequested.connect(self.open_passage)
            people.view.articleRequested.connect(self.open_article)
            people.jobs.progress.connect(people.view.show_progress)
            people.jobs.finished.connect(people.analysed)

        libs.made.connect(wire_library)
        self.search.made.connect(wire_search)
        self.people_jobs.made.connect(wire_jobs)
        self.people.made.connect(wire_people)

        # the reader's preferences, and what every component has to say
        rc.themeChanged.connect(self._apply_theme)
        for component in (ann, edit, transfer, rc, importer, fix):
            component.statusMessage.connect(self.show_status)
        for component in (ann, edit, transfer, importer, fix):
            component.failed.connect(self.report_error)
        transfer.problem.connect(self.show_error)
        self.sidebar.visibilityChanged.connect(self._remember_sidebar)

    # -- opening articles --------------------------------------------------------------
    def open_article(self, article_id: int) -> bool:
        return self.current.open(article_id)

    def open_at(self, article_id: int, offset: int) -> None:
        """Show ``article_id`` scrolled to ``offset`` (All Notes)."""
        if article_id != self.current.id and not self.current.open(article_id):
            return
        self.reader.scroll_to_offset(offset, center=True)

    def open_search_hit(self, article_id: int, hits: list, query: str) -> None:
        """A search result: the article at its first hit, every hit marked (F3 steps through them)."""
        if article_id != self.current.id and not self.current.open(article_id):
            return
        self.reader_pane.find.show_hits(query, [tuple(h) for h in hits])

    def open_passage(self, article_id: int, start: int, end: int) -> None:
        """A quotation chosen in the People view: the article, scrolled to it, the passage flashed."""
        if article_id != self.current.id and not self.current.open(article_id):
            return
        self.analysis.marks.flash(start, end)

    def _show_analysis_progress(self, done: int, total: int) -> None:
        if done < total:
            self.show_status(self.tr("Reading the library for the People view: %1 of %2")
                             .replace("%1", str(done)).replace("%2", str(total)), 3000)

    def _apply_theme(self, theme: object) -> None:
        from qari.ui.reader import themes

        assert isinstance(theme, themes.Theme)
        themes.apply_window_theme(self, theme)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Qari"),
            self.tr("Qari — a reader for Arabic articles.\nFree software under the GPL, version 3 or later."),
        )

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.reader.stop_tracking()
        if self.completed:
            self.analysis.controller.shutdown()
            if self.people_jobs.built:
                self.people_jobs.get().stop()
        self.current.save_position()
        self.settings.geometry = self.saveGeometry()
        if self.completed:  # (closed before completion: what was saved last time stays)
            self.settings.window_state = self.saveState()
            self.settings.sidebar_visible = self.sidebar.isVisible()
            self.settings.dock_room = self.dock_room()
        self.settings.save(self._qsettings)
        super().closeEvent(event)


def _notes_panel() -> QWidget:
    from qari.ui.sidebar.notes import NotesPanel

    return NotesPanel()
