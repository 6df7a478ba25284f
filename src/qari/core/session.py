"""A running Qari's library: the database file plus its repositories, opened from a data folder."""

from __future__ import annotations

import sqlite3
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from qari.core.article import Article
from qari.core.records import Record
from qari.core.store.db import DB_NAME, Database, MigrationProgress
from qari.core.store.library import Library

if TYPE_CHECKING:
    from qari.core.extract.model import Extraction
    from qari.core.store.annotations import Annotation, Annotations
    from qari.core.store.corrections import Corrections
    from qari.core.store.people import People
    from qari.core.store.tags import SavedSearches, Tags


SAMPLE_SOURCE = "Qari sample"  # the seeded sample's source; the interface shows it translated


class Session(Record):
    """(``@dataclass`` written out, see qari.core.records.)"""

    data_dir: Path
    db: Database
    library: Library

    FIELDS = ("data_dir", "db", "library")

    def __init__(self, data_dir: Path, db: Database, library: Library) -> None:
        self.data_dir = data_dir
        self.db = db
        self.library = library

    @cached_property
    def annotations(self) -> Annotations:
        """The annotation repository, loaded on first use (it pulls in the fuzzy matcher,
        which the first paint of an article does not need)."""
        from qari.core.store.annotations import Annotations

        return Annotations(self.db)

    @cached_property
    def tags(self) -> Tags:
        from qari.core.store.tags import Tags

        return Tags(self.db)

    @cached_property
    def saved_searches(self) -> SavedSearches:
        from qari.core.store.tags import SavedSearches

        return SavedSearches(self.db)

    @cached_property
    def corrections(self) -> Corrections:
        """The reader's corrections of the Quotes panel."""
        from qari.core.store.corrections import Corrections

        return Corrections(self.db)

    def corrected(self, article_id: int, text: str, ex: Extraction) -> Extraction:
        """An article's extraction with the reader's corrections applied (see qari.core.corrections)."""
        from qari.core.corrections import apply

        found = self.corrections.for_article(article_id)
        return apply(ex, found, text) if found else ex

    @cached_property
    def people(self) -> People:
        from qari.core.store.people import People

        return People(self.db)

    def _reanchor(self, conn: sqlite3.Connection, article_id: int, old: str, new: str) -> tuple[int, int]:
        return self.annotations.reanchor_article(conn, article_id, old, new)

    def set_text(self, article_id: int, text: str, annotations: list[Annotation] | None = None) -> None:
        """Replace an article's text. Its annotations are re-anchored in the same transaction or,
        given ``annotations`` (a snapshot of :meth:`Annotations.all` taken with that text), put
        back exactly as in the snapshot: an undone edit restores its marks, it does not guess."""
        if annotations is None:
            self.library.set_text(article_id, text)
            return
        snapshot = list(annotations)
        self.library.set_text(article_id, text, lambda conn: self.annotations.replace_article(
            conn, article_id, snapshot))

    @classmethod
    def open(cls, data_dir: Path, *, seed_sample: bool = True, progress: MigrationProgress | None = None) -> Session:
        """Open (or create) the library in ``data_dir``; may raise EnvironmentFault.

        Opening an existing library only reads: housekeeping is :meth:`tidy`, a later
        step that is skipped when the library is busy. A library created now gets the
        sample article, so the reader has something to read. ``progress(label, done, total)``
        hears how a long migration is getting on.
        """
        data_dir = Path(data_dir)
        db = Database.open(data_dir / DB_NAME, progress)
        library = Library(db)
        session = cls(data_dir, db, library)
        library.text_changed_hooks.append(session._reanchor)
        if seed_sample and db.report.created:
            session._seed()
        return session

    def tidy(self, *, seed_sample: bool = True) -> bool:
        """Housekeeping after opening: really remove what an earlier session deleted, and seed
        the sample if this library never had it. Returns False (and changes nothing) when the
        library cannot be written now (locked by an import, read-only, full)."""
        from qari.core.errors import EnvironmentFault

        try:
            with self.db.patience(0.05):
                self.library.purge_deleted()
                if seed_sample:
                    self._seed()
        except EnvironmentFault:
            return False
        return True

    def _seed(self) -> None:
        if self.library.get_state("seeded") is not None:
            return
        from qari.resources import sample_article_path

        text = sample_article_path().read_text(encoding="utf-8")
        result = self.library.add(Article.from_text(text, source=SAMPLE_SOURCE))
        self.library.set_state("seeded", str(result.id))

    def close(self) -> None:
        self.db.close()
