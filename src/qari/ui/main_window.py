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

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTabWidget, QWidget

from qari.core.article import Article
from qari.core.session import Session
from qari.ui.current import CurrentArticle
from qari.ui.library.place import library_area, library_dock, show_at_launch
from qari.ui.reader.pane import PROGRESS_BAR_SIZE, ReaderPane
from qari.ui.settings import Settings
from qari.ui.sidebar.info import ArticleInfoPanel

SIDEBAR_WIDTH, LIBRARY_WIDTH = 320, 260  # px: the docks' widths until the person changes them

if TYPE_CHECKING:  # (what only the completed window uses is imported there: the first paint waits for less)
    from PySide6.QtGui import QAction, QCloseEvent

    from qari.ui.errors import ErrorReporter


class MainWindow(QMainWindow):
    def __init__(
        self, session: Session, settings: Settings, qsettings: QSettings, *, deferred: bool = False
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self._errors: ErrorReporter | None = None  # the one road for errors: see report_error
        self.session = session
        self.settings = settings
        self._qsettings = qsettings
        self.resize(1200, 820)

        self.reader_pane = ReaderPane(settings.reader, self)  # the article view and its find bar
        self.reader = self.reader_pane.reader
        self.setCentralWidget(self.reader_pane)
        self.current = CurrentArticle(session.library, self.reader, self)  # the one owner of the open article

        self.tabs = QTabWidget()
        self.tabs.setObjectName("sidebar-tabs")
        self.tabs.setDocumentMode(True)
        self.info_panel = ArticleInfoPanel()
        self.tabs.addTab(self.info_panel, self.tr("Article"))
        self.sidebar = QDockWidget(self.tr("Sidebar"), self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setWidget(self.tabs)
        self.sidebar.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        # On the right, the start side of an Arabic page, in both interface languages. Qt does NOT
        # mirror dock areas in a right-to-left window (measured), so the area is absolute.
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sidebar)
        # The library's dock is placed now, empty (its panel fills it after the first paint), and
        # the docks go where the person left them: the first paint shows the window's final shape.
        self.library_dock = library_dock(self)
        self.addDockWidget(library_area(self, self.sidebar), self.library_dock)
        self.resizeDocks([self.sidebar, self.library_dock], [SIDEBAR_WIDTH, LIBRARY_WIDTH],
                         Qt.Orientation.Horizontal)  # (room for the sidebar's tabs and the library's list)
        if settings.window_state is not None:
            self.restoreState(settings.window_state)
        self.sidebar.setVisible(settings.sidebar_visible)
        self.library_dock.setVisible(show_at_launch(self, session))

        self.words_label = QLabel()
        self.progress_label = QLabel()
        self.statusBar().addPermanentWidget(self.words_label)
        self.statusBar().addPermanentWidget(self.progress_label)
        self._bar_room = QWidget()  # where the reading-progress bar comes at completion: nothing moves then
        self._bar_room.setFixedSize(PROGRESS_BAR_SIZE[0], PROGRESS_BAR_SIZE[1])
        self.statusBar().addPermanentWidget(self._bar_room)

        self.undo_stack = QUndoStack(self)  # one stack for the window: annotations, stars, text, deletes
        bar = self.menuBar()  # the menus exist from the start, so nothing moves when they fill
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.completed = False
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        # Before completion only the window's own labels and the Article panel follow the open article.
        self.current.articleChanged.connect(self._show_article)
        self.current.articleChanged.connect(self.info_panel.show_article)
        self.current.progressChanged.connect(self._show_progress)
        if not deferred:
            self.complete()

    def complete(self) -> None:
        """Build and wire everything the first paint does not need (once)."""
        if self.completed:
            return
        self.completed = True
        _ = self.errors  # made here, in the UI thread, before any worker thread can report to it
        self._build_components()
        self._build_menus()
        self._connect_signals()
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
        from qari.ui.library.dock import build_library
        from qari.ui.reader.controls import ReaderControls
        from qari.ui.sidebar.corrections import QuoteCorrections
        from qari.ui.sidebar.notes import NotesPanel

        session, stack = self.session, self.undo_stack
        # the Quotes and Names tabs, and the extraction behind them
        self.analysis = build_analysis(session.library, self.reader, self.tabs, self)
        self.quote_corrections = QuoteCorrections(session.corrections, self.reader, stack, self)  # the reader's word
        self.notes_panel = NotesPanel()
        self.tabs.addTab(self.notes_panel, self.tr("Notes"))
        self.annotations = AnnotationController(self.reader, session.annotations, stack, self)
        self.article_editing = ArticleEditing(session, stack, self.settings.reader, self)  # star, text
        self.transfer = TransferController(session.library, session.annotations, stack, self)  # export/import
        self.reader_controls = ReaderControls(self.reader_pane, self.settings.reader, self)  # the prefs' one writer
        self.statusBar().removeWidget(self._bar_room)
        self._bar_room.deleteLater()
        self.statusBar().addPermanentWidget(self.reader_controls.progress_bar)
        self.library_ui = lib = build_library(session, stack, self, self.library_dock)  # import, drop, paste
        self._build_research(library_area(self, self.sidebar))
        for component in (self.annotations, self.article_editing, self.transfer, self.reader_controls,
                          self.quote_corrections):
            self.addActions(component.actions)
        self.addActions([*lib.file_actions, lib.toggle_action])

    def _build_research(self, area: Qt.DockWidgetArea) -> None:
        """Search across the library and the People view: docks beside the library, hidden until asked."""
        from qari.ui.people.dock import build_people
        from qari.ui.search.dock import build_search

        self.search_ui = build_search(self.session)
        self.people_ui = build_people(self.session)
        for dock in (self.search_ui.dock, self.people_ui.dock):
            self.addDockWidget(area, dock)
            dock.hide()
        self.addActions([self.search_ui.action, self.people_ui.action])

    def start_background_analysis(self) -> None:
        """Read every article for the People view, off the UI thread (``qari`` calls it after the
        window is complete; tests and screenshots do not)."""
        if self.completed:
            self.people_ui.start_after(self.analysis.controller)

    def _build_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        from qari.ui.actions import make_action
        from qari.ui.help import install_help
        from qari.ui.language import LanguageMenu

        self.file_menu.addActions(self.library_ui.file_actions)
        self.quit_action = make_action(self, self.tr("&Quit"), [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
                                       self.close, "quit")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
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
        self.view_menu.addActions([self.search_ui.action, self.people_ui.action])
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
        ann, edit, transfer, notes = self.annotations, self.article_editing, self.transfer, self.notes_panel
        rc, lib, importer = self.reader_controls, self.library_ui.panel, self.library_ui.importer

        # the open article: one source, everyone follows
        fix = self.quote_corrections
        for show in (an.quotes.show_article, an.entities.show_article,
                     fix.show_article, an.controller.request, ann.show_article, edit.show_article,
                     transfer.show_article):
            cur.articleChanged.connect(show)
        cur.articleChanged.connect(lambda a: lib.set_current(None if a is None else a.id))
        cur.progressChanged.connect(rc.show_progress)
        cur.progressChanged.connect(lib.set_current_progress)

        # extraction and the panels built on it
        reader.firstPaint.connect(an.controller.release)
        an.controller.ready.connect(an.entities.set_extraction)
        an.controller.ready.connect(fix.set_extraction)  # the Quotes panel shows it with the reader's corrections
        fix.corrected.connect(an.quotes.set_extraction)
        for panel in (an.quotes, an.entities):
            an.controller.failed.connect(panel.show_failure)
        an.quotes.speakerChangeRequested.connect(fix.change_speaker)
        an.quotes.rejectRequested.connect(fix.reject)
        an.quotes.confirmRequested.connect(fix.confirm)
        ann.add_context_actions(fix.actions)  # the reader's right-click menu: Add Selection as Quotation…
        an.controller.crashed.connect(self.report_error)  # an extractor bug: logged, shown once
        an.quotes.quoteActivated.connect(an.marks.flash)
        an.quotes.quoteCopied.connect(lambda _t: self.show_status(self.tr("Quote copied"), 2000))
        an.entities.mentionsHighlighted.connect(an.marks.show_mentions)
        an.entities.mentionActivated.connect(an.marks.go_to_mention)

        # highlights, notes and bookmarks
        ann.currentAnnotationsChanged.connect(notes.set_annotations)
        ann.annotationClicked.connect(notes.select_uuid)
        ann.openRequested.connect(self.open_at)
        notes.jumpRequested.connect(lambda offset: reader.scroll_to_offset(offset, center=True))
        notes.updateRequested.connect(ann.update)
        notes.deleteRequested.connect(ann.delete)
        notes.reattachRequested.connect(ann.reattach)
        transfer.annotationsChanged.connect(ann.refresh)

        # the article's own star and text
        edit.starredChanged.connect(lambda aid, _on: lib.refresh_article(aid))
        edit.articleTextChanged.connect(cur.reload)  # the reader shows the new text at the same place
        edit.articleTextChanged.connect(ann.refresh)
        edit.articleTextChanged.connect(lib.refresh_article)  # headline and length may have changed

        # the library and importing
        if reader.painted:  # `qari` completes the window after the first paint: that moment has passed
            lib.ensure_loaded_later()
        else:
            reader.firstPaint.connect(lib.ensure_loaded_later)  # a big library does not delay the first paint
        lib.openRequested.connect(self.open_article)
        lib.importRequested.connect(importer.choose_files)
        lib.articleEdited.connect(cur.reload)
        lib.articlesDeleted.connect(cur.articles_deleted)  # a deleted article leaves the reader
        lib.articlesRestored.connect(cur.articles_restored)
        importer.articlesAdded.connect(lib.add_articles)
        importer.articleChanged.connect(cur.reload)  # a changed file, "Update": new text, marks re-anchored
        importer.articleChanged.connect(ann.refresh)
        importer.articleChanged.connect(lib.refresh_article)
        importer.openRequested.connect(self.open_article)
        importer.batchFinished.connect(lib.imported)
        importer.progressShown.connect(lambda box: self.statusBar().addWidget(box))
        importer.nothingFound.connect(self.show_error)

        # search across the library, tags and saved searches, the People view
        search, research, people = self.search_ui, self.library_ui.research, self.people_ui
        search.panel.openRequested.connect(self.open_search_hit)
        search.panel.savedChanged.connect(research.refresh_saved)
        research.searchRequested.connect(lambda q: (search.show(), search.panel.search(q)))
        research.savedSearchRequested.connect(lambda name: (search.show(), search.panel.run_saved(name)))
        research.tagsChanged.connect(search.panel.refresh_filters)
        importer.batchFinished.connect(lambda _o: search.panel.refresh_filters())
        people.view.passageRequested.connect(self.open_passage)
        people.view.articleRequested.connect(self.open_article)
        people.jobs.progress.connect(self._show_analysis_progress)
        people.jobs.progress.connect(people.view.show_progress)
        people.jobs.finished.connect(people.analysed)
        people.jobs.failed.connect(lambda message: self.show_status(message, 8000))

        # the reader's preferences, and what every component has to say
        rc.themeChanged.connect(self._apply_theme)
        for component in (ann, edit, transfer, rc, importer, fix):
            component.statusMessage.connect(self.show_status)
        for component in (ann, edit, transfer, lib, importer, fix, research):
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

    def current_article(self) -> Article | None:
        return self.current.article

    def _show_article(self, article: Article | None) -> None:
        if article is None:
            self.setWindowTitle(self.tr("Qari"))
            self.words_label.clear()
            self.progress_label.clear()
            return
        self.setWindowTitle(f"{article.title} — {self.tr('Qari')}")
        loc = QLocale()  # 12,345 (or ١٢٬٣٤٥ under an Arabic locale), as the library's Words column
        words = self.tr("%n word(s)", "", article.words).replace(str(article.words), loc.toString(article.words))
        self.words_label.setText(words + " · " + self.tr("%n min read", "", article.reading_minutes))

    def _show_progress(self, progress: float) -> None:
        self.progress_label.setText(self.tr("%1% read").replace("%1", str(round(progress * 100))))

    def _remember_sidebar(self, visible: bool) -> None:
        if not self.isHidden():
            self.settings.sidebar_visible = visible

    def _apply_theme(self, theme: object) -> None:
        from qari.ui.reader import themes

        assert isinstance(theme, themes.Theme)
        themes.apply_window_theme(self, theme)

    # -- telling the person ----------------------------------------------------------------
    def show_status(self, text: str, ms: int = 4000) -> None:
        self.statusBar().showMessage(text, ms)

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About Qari"),
            self.tr("Qari — a reader for Arabic articles.\nFree software under the GPL, version 3 or later."),
        )

    def show_error(self, title: str, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        from qari.ui.plain import plain

        QMessageBox.warning(self, title, plain(message))  # messages quote file names and headlines

    @property
    def errors(self) -> ErrorReporter:
        if self._errors is None:  # made at the first error: the first paint does not wait for it
            from qari.ui.errors import ErrorReporter

            self._errors = ErrorReporter(self.session.data_dir, self)
        return self._errors

    def report_error(self, error: BaseException) -> None:
        """The one slot for errors: the environment's get a message, a bug is logged (qari.log in the
        data folder) and shown once with the log's path (qari.ui.errors)."""
        self.errors.report_error(error)

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.reader.stop_tracking()
        if self.completed:
            self.analysis.controller.shutdown()
            self.people_ui.jobs.stop()
        self.current.save_position()
        self.settings.geometry = self.saveGeometry()
        if self.completed:
            self.settings.window_state = self.saveState()
        self.settings.sidebar_visible = self.sidebar.isVisible()
        self.settings.save(self._qsettings)
        super().closeEvent(event)

    def sidebar_widget(self) -> QWidget:
        return self.tabs

    def actions_named(self) -> dict[str, QAction]:
        """Every action of the window by object name (tests, F1)."""
        return {a.objectName(): a for a in self.actions() if a.objectName()}
