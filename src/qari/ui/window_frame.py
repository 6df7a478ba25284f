"""The main window's frame: what its first paint shows — the reader at its final place and size,
the menu titles, the status bar — and how the window tells the person (status, errors).

The docks (the sidebar with its tabs and the Article panel, the library) are made right after the
first paint (:meth:`WindowFrame.complete_frame`, from :meth:`MainWindow.complete`): a dock area
needs PySide6's ``Qt`` namespace, whose first use costs 13-15 ms (qari.ui.early). Until then the
reader pane keeps their room as side margins of the same width (the docks' width measured when the
window last closed, or the defaults below), so the text neither re-wraps nor moves when they come.
:class:`qari.ui.main_window.MainWindow` completes the window with the components and wires them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from qari.core.article import Article
from qari.core.session import Session
from qari.ui.current import CurrentArticle
from qari.ui.numbers import grouped
from qari.ui.reader.pane import PROGRESS_BAR_SIZE, ReaderPane
from qari.ui.settings import Settings

SIDEBAR_WIDTH, LIBRARY_WIDTH = 320, 260  # px: the docks' widths until the person changes them
# px between a dock and the reader: the dock separator (the style's PM_DockWidgetSeparatorExtent,
# 6 px in Fusion; asking the style before the first paint would cost its Python types, ~6 ms).
# Only the very first start uses it: then the room measured at closing (settings.dock_room).
SEPARATOR = 6

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QDockWidget, QTabWidget

    from qari.ui.errors import ErrorReporter
    from qari.ui.sidebar.info import ArticleInfoPanel


ROOM_FOR_THREE_PANES = 1100  # px of screen width: library, article and sidebar side by side


def show_at_launch(window: QWidget, session: Session) -> bool:
    """Open the library at launch when there is a choice of articles (a cheap query: it stops at
    the second row) and the screen has room for it beside the article and the sidebar; on a small
    screen the article keeps the room and Ctrl+L brings the library. (Here, not with the library's
    dock in qari.ui.library.place: it is asked before the first paint, that package after it.)"""
    screen = window.screen()
    wide = screen is None or screen.availableGeometry().width() >= ROOM_FOR_THREE_PANES
    return wide and session.library.count_at_least(2)


def _tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("MainWindow", text, disambiguation, n)  # the context these always had


class WindowFrame(QMainWindow):
    """What the first paint shows; :meth:`complete_frame` adds the docks in the room kept for them,
    and :class:`qari.ui.main_window.MainWindow` completes the rest."""

    sidebar: QDockWidget
    library_dock: QDockWidget
    tabs: QTabWidget
    info_panel: ArticleInfoPanel

    def __init__(
        self, session: Session, settings: Settings, qsettings: QSettings) -> None:
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
        if self.reader.theme.dark:  # the window dark from the first paint, not at completion (the style's
            from qari.ui.reader.themes import apply_window_theme  # palette: ~5 ms, for a dark theme only)

            apply_window_theme(self, self.reader.theme)
        self.framed = False  # the docks are there (complete_frame)
        self._keep_dock_room(session)

        self.words_label = QLabel()
        self.progress_label = QLabel()
        self.statusBar().addPermanentWidget(self.words_label)
        self.statusBar().addPermanentWidget(self.progress_label)
        self._bar_room = QWidget()  # where the reading-progress bar comes at completion: nothing moves then
        self._bar_room.setFixedSize(PROGRESS_BAR_SIZE[0], PROGRESS_BAR_SIZE[1])
        self.statusBar().addPermanentWidget(self._bar_room)

        self.undo_stack = QUndoStack(self)  # one stack for the window: annotations, stars, text, deletes
        bar = self.menuBar()  # the menus exist from the start, so nothing moves when they fill
        self.file_menu = bar.addMenu(_tr("&File"))
        self.edit_menu = bar.addMenu(_tr("&Edit"))
        self.view_menu = bar.addMenu(_tr("&View"))
        self.help_menu = bar.addMenu(_tr("&Help"))
        self.completed = False
        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        # Before completion only the window's own labels follow the open article.
        self.current.articleChanged.connect(self._show_article)
        self.current.progressChanged.connect(self._show_progress)

    def _keep_dock_room(self, session: Session) -> None:
        """The docks' room beside the reader at the first paint, as side margins of its pane."""
        self._library_at_launch = show_at_launch(self, session)
        room = self.settings.dock_room
        if room is None:  # the first start: the docks' default widths (the library's side: qari.ui.library.place)
            side = SIDEBAR_WIDTH + SEPARATOR if self.settings.sidebar_visible else 0
            room = (LIBRARY_WIDTH + SEPARATOR if self._library_at_launch else 0, side)
        self.reader_pane.setContentsMargins(room[0], 0, room[1], 0)

    def complete_frame(self) -> None:
        """The sidebar (its tabs, the Article panel) and the library dock, in the room the first
        paint kept for them, where the person left them (once)."""
        if self.framed:
            return
        self.framed = True
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QDockWidget, QTabWidget

        from qari.ui.library.place import library_area, library_dock
        from qari.ui.sidebar.info import ArticleInfoPanel

        # The reader keeps its place while the docks come: their first sizes, then resizeDocks and the
        # saved state, pass the pane through other widths, and each would lay the text out again. The
        # pane's layout is off meanwhile, so only the pane moves; the reader gets its place once, the
        # same as before (the room kept was the docks' width).
        box = self.reader_pane.layout()
        assert box is not None
        box.setEnabled(False)
        self.reader_pane.setContentsMargins(0, 0, 0, 0)
        self.reader_pane.updateGeometry()  # (its size hint is cached with the margins: the docks would shrink)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("sidebar-tabs")
        self.tabs.setDocumentMode(True)
        self.info_panel = ArticleInfoPanel()
        self.tabs.addTab(self.info_panel, _tr("Article"))
        self.sidebar = QDockWidget(_tr("Sidebar"), self)
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setWidget(self.tabs)
        self.sidebar.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        # On the right, the start side of an Arabic page, in both interface languages. Qt does NOT
        # mirror dock areas in a right-to-left window (measured), so the area is absolute.
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.sidebar)
        # The library's dock (its panel fills it at completion, or when first shown), and the
        # docks go where the person left them.
        self.library_dock = library_dock(self)
        self.addDockWidget(library_area(self, self.sidebar), self.library_dock)
        self.resizeDocks([self.sidebar, self.library_dock], [SIDEBAR_WIDTH, LIBRARY_WIDTH],
                         Qt.Orientation.Horizontal)  # (room for the sidebar's tabs and the library's list)
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        self.sidebar.setVisible(self.settings.sidebar_visible)
        self.library_dock.setVisible(self._library_at_launch)
        layout = self.layout()
        if layout is not None and self.isVisible():
            layout.activate()  # the docks and the pane where they stay
        box.setEnabled(True)
        box.activate()
        self.info_panel.show_article(self.current.article)
        self.current.articleChanged.connect(self.info_panel.show_article)

    def dock_room(self) -> tuple[int, int]:
        """The px between the window's left edge and the reader, and between the reader and its
        right edge, that the docks take (what the first paint keeps for them next time)."""
        area = self.reader_pane.geometry()
        return area.x(), self.width() - area.x() - area.width()

    def current_article(self) -> Article | None:
        return self.current.article

    def _show_article(self, article: Article | None) -> None:
        if article is None:
            self.setWindowTitle(_tr("Qari"))
            self.words_label.clear()
            self.progress_label.clear()
            return
        self.setWindowTitle(f"{article.title} — {_tr('Qari')}")
        words = grouped(_tr("%n word(s)", "", article.words), article.words)
        minutes = grouped(_tr("%n min read", "", article.reading_minutes), article.reading_minutes)
        self.words_label.setText(words + " · " + minutes)

    def _show_progress(self, progress: float) -> None:
        self.progress_label.setText(_tr("%1% read").replace("%1", str(round(progress * 100))))

    def _remember_sidebar(self, visible: bool) -> None:
        if not self.isHidden():
            self.settings.sidebar_visible = visible

    # -- telling the person ----------------------------------------------------------------
    def show_status(self, text: str, ms: int = 4000) -> None:
        self.statusBar().showMessage(text, ms)

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

    def sidebar_widget(self) -> QWidget:
        return self.tabs

    def actions_named(self) -> dict[str, QAction]:
        """Every action of the window by object name (tests, F1)."""
        return {a.objectName(): a for a in self.actions() if a.objectName()}
