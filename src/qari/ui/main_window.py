"""The main window: builds every pane, then wires their signals in one place.

It is built in two steps so that the article is on screen as early as possible: the
constructor makes what the first paint shows (the reader, the empty sidebar and menu bar,
the status bar); :meth:`MainWindow.complete` makes everything else (panels, library,
annotation tools, actions) and wires it. ``qari`` completes the window right after the first
paint; tests and screenshots get a window that is already complete.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from qari.core.article import Article
from qari.core.session import Session
from qari.ui.actions import make_action
from qari.ui.reader.pane import ReaderPane
from qari.ui.settings import Settings
from qari.ui.sidebar.info import ArticleInfoPanel


class MainWindow(QMainWindow):
    articleOpened = Signal(object)  # Article

    def __init__(
        self, session: Session, settings: Settings, qsettings: QSettings, *, deferred: bool = False
    ) -> None:
        super().__init__()
        self.setObjectName("main-window")
        self.session = session
        self.settings = settings
        self._qsettings = qsettings
        self.resize(1200, 820)

        self.reader_pane = ReaderPane(settings.reader, self)  # the article view and its find bar
        self.reader = self.reader_pane.reader
        self.setCentralWidget(self.reader_pane)

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
        self.sidebar.setVisible(settings.sidebar_visible)

        self.words_label = QLabel()
        self.progress_label = QLabel()
        self.statusBar().addPermanentWidget(self.words_label)
        self.statusBar().addPermanentWidget(self.progress_label)

        self.undo_stack = QUndoStack(self)  # one stack for the window: annotations, stars, text, deletes
        bar = self.menuBar()  # the menus exist from the start, so nothing moves when they fill
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.completed = False
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        if not deferred:
            self.complete()

    def complete(self) -> None:
        """Build and wire everything the first paint does not need (once)."""
        if self.completed:
            return
        self.completed = True
        from qari.ui.annotations.controller import AnnotationController
        from qari.ui.extraction import build_analysis
        from qari.ui.library.dock import build_library
        from qari.ui.sidebar.notes import NotesPanel

        self.analysis = build_analysis(self)  # the Quotes and Names tabs, and the extraction behind them
        self.notes_panel = NotesPanel()
        self.tabs.addTab(self.notes_panel, self.tr("Notes"))
        self.annotations = AnnotationController(self)  # highlight/note/bookmark/star actions, selection toolbar
        self.library_ui = build_library(self, self.session, self.undo_stack)  # library dock, import, drop, paste
        self._build_actions()
        self._connect_signals()
        if self.reader.painted:
            self.analysis.controller.release()
        if self.reader.article is not None:  # opened before completion: let the new panels show it
            self.articleOpened.emit(self.reader.article)

    # -- actions and menus ----------------------------------------------------------
    def _action(self, text: str, shortcuts: list[QKeySequence | str], slot: object, name: str) -> QAction:
        return make_action(self, text, shortcuts, slot, name)

    def _build_actions(self) -> None:
        from qari.ui.help import install_help
        from qari.ui.language import LanguageMenu
        from qari.ui.reader.controls import ReaderControls

        self.file_menu.addActions(self.library_ui.file_actions)
        self.quit_action = self._action(self.tr("&Quit"), [QKeySequence.StandardKey.Quit, "Ctrl+Q"],
                                        self.close, "quit")
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts([QKeySequence.StandardKey.Undo])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for act, name in ((self.undo_action, "undo"), (self.redo_action, "redo")):
            act.setObjectName(name)
            self.addAction(act)
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.zoom_in_action = self._action(self.tr("Zoom &In"), ["Ctrl+=", "Ctrl++"],
                                           lambda: self.zoom(1), "zoom-in")
        self.zoom_out_action = self._action(self.tr("Zoom &Out"), ["Ctrl+-"], lambda: self.zoom(-1), "zoom-out")
        self.zoom_reset_action = self._action(self.tr("&Actual Size"), ["Ctrl+0"], self.zoom_reset, "zoom-reset")
        self.sidebar_action = self.sidebar.toggleViewAction()
        self.sidebar_action.setText(self.tr("Show &Sidebar"))
        self.sidebar_action.setObjectName("toggle-sidebar")
        self.sidebar_action.setShortcut(QKeySequence("F9"))
        self.addAction(self.sidebar_action)
        self.view_menu.addActions([self.zoom_in_action, self.zoom_out_action, self.zoom_reset_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.sidebar_action)
        self.view_menu.addAction(self.library_ui.toggle_action)
        self.about_action = self._action(self.tr("&About Qari"), ["Ctrl+F1"], self.show_about, "about")
        self.help_menu.addAction(self.about_action)
        self.reader_controls = ReaderControls(self, self.reader_pane, self.view_menu)  # themes, find, prefs
        self.shortcuts_action = install_help(self, self.help_menu)  # F1: generated from these actions
        self.annotations.populate_menus(self.file_menu, self.edit_menu, self.view_menu)
        self.view_menu.addSeparator()
        self.language_menu = LanguageMenu(self, self.view_menu)  # English / العربية, saved in settings.lang
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

    # -- the one place where panes are wired together ----------------------------------
    def _connect_signals(self) -> None:
        self.reader.positionChanged.connect(self._save_position)
        self.reader.positionChanged.connect(lambda _o, p: self._show_progress(p))
        self.articleOpened.connect(self.info_panel.show_article)
        an = self.analysis  # extraction runs after the first paint; its panels ask the reader to mark text
        self.articleOpened.connect(an.quotes.show_article)
        self.articleOpened.connect(an.entities.show_article)
        self.articleOpened.connect(an.controller.request)
        self.reader.firstPaint.connect(an.controller.release)
        for panel in (an.quotes, an.entities):
            an.controller.ready.connect(panel.set_extraction)
            an.controller.failed.connect(panel.show_failure)
        an.quotes.quoteActivated.connect(an.marks.flash)
        an.quotes.quoteCopied.connect(lambda _t: self.statusBar().showMessage(self.tr("Quote copied"), 2000))
        an.entities.mentionsHighlighted.connect(an.marks.show_mentions)
        an.entities.mentionActivated.connect(an.marks.go_to_mention)
        ann, notes = self.annotations, self.notes_panel  # highlights, notes, bookmarks
        self.articleOpened.connect(ann.article_opened)
        ann.currentAnnotationsChanged.connect(notes.set_annotations)
        notes.jumpRequested.connect(lambda offset: self.reader.scroll_to_offset(offset, center=True))
        notes.updateRequested.connect(ann.update)
        notes.deleteRequested.connect(ann.delete)
        notes.reattachRequested.connect(ann.reattach)
        ann.annotationClicked.connect(notes.select_uuid)
        self.sidebar.visibilityChanged.connect(self._remember_sidebar)
        lib, importer = self.library_ui.panel, self.library_ui.importer  # the library list and importing
        lib.openRequested.connect(self.open_article)
        lib.importRequested.connect(importer.choose_files)
        lib.articleEdited.connect(lambda i: i == getattr(self.reader.article, "id", None) and self.open_article(i))
        importer.articlesAdded.connect(lib.add_articles)
        importer.openRequested.connect(self.open_article)
        self.articleOpened.connect(lambda a: lib.set_current(a.id))
        self.reader.positionChanged.connect(lambda _o, p: lib.set_current_progress(p))

    # -- opening articles --------------------------------------------------------------
    def open_article(self, article_id: int) -> bool:
        article = self.session.library.get(article_id)
        if article is None:
            return False
        position, progress = self.session.library.position(article_id)
        self.reader.set_article(article, position)
        self.session.library.mark_opened(article_id)
        self.setWindowTitle(f"{article.title} — {self.tr('Qari')}")
        self.words_label.setText(
            self.tr("%n word(s)", "", article.words) + " · " + self.tr("%n min read", "", article.reading_minutes)
        )
        self._show_progress(progress)
        self.articleOpened.emit(article)
        return True

    def current_article(self) -> Article | None:
        return self.reader.article

    def _save_position(self, offset: int, progress: float) -> None:
        article = self.reader.article
        if article is not None and article.id is not None:
            self.session.library.set_position(article.id, offset, progress)

    def _show_progress(self, progress: float) -> None:
        self.progress_label.setText(self.tr("%1% read").replace("%1", str(round(progress * 100))))
        if self.completed:
            self.reader_controls.show_progress(progress)

    def _remember_sidebar(self, visible: bool) -> None:
        if not self.isHidden():
            self.settings.sidebar_visible = visible

    # -- view ---------------------------------------------------------------------------
    def zoom(self, steps: int) -> None:
        size = self.reader.zoom_by(steps)
        self.statusBar().showMessage(self.tr("Text size %1 pt").replace("%1", f"{size:g}"), 2000)

    def zoom_reset(self) -> None:
        from qari.ui.settings import ReaderPrefs

        self.reader.zoom_by(int(ReaderPrefs().font_size - self.reader.prefs.font_size))

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Qari"),
            self.tr("Qari — a reader for Arabic articles.\nFree software under the GPL, version 3 or later."),
        )

    def show_error(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)

    # -- closing --------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.reader.stop_tracking()
        if self.completed:
            self.analysis.controller.shutdown()
        article = self.reader.article
        if article is not None and article.id is not None:
            self.session.library.set_position(article.id, self.reader.top_position(), self.reader.progress())
        self.settings.geometry = self.saveGeometry()
        self.settings.sidebar_visible = self.sidebar.isVisible()
        self.settings.save(self._qsettings)
        super().closeEvent(event)

    def sidebar_widget(self) -> QWidget:
        return self.tabs
