"""The "Article" panel: what the reader is reading (source, date, length)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from qari.core.article import Article
from qari.ui.elided_label import ElidedLabel
from qari.ui.numbers import grouped
from qari.ui.sample import shown_source

# lines a value may take before it ends in "…" (the whole value is the tooltip)
_LINES = {"title": 3, "source": 2, "author": 2, "published": 1, "words": 1}


class ArticleInfoPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article-info")
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, ElidedLabel] = {}
        for key, label in (
            ("title", self.tr("Headline")),
            ("source", self.tr("Source")),
            ("author", self.tr("Author")),
            ("published", self.tr("Published")),
            ("words", self.tr("Length")),
        ):
            value = ElidedLabel(_LINES[key])
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            caption = QLabel(label)
            caption.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop)
            layout.addRow(caption, value)
            self._fields[key] = value

    def show_article(self, article: Article | None) -> None:
        if article is None:  # nothing open (the article was deleted)
            for value in self._fields.values():
                value.clear()
            return
        # a lone dash has no direction of its own: a right-to-left mark keeps it at the start of
        # its field under the Arabic interface, beside its label
        none = "\u200f—" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "—"
        self._fields["title"].set_full_text(article.title)
        self._fields["source"].set_full_text(shown_source(article.source) or none)
        self._fields["author"].set_full_text(article.author or none)
        self._fields["published"].set_full_text(article.published or none)
        self._fields["words"].set_full_text(
            grouped(self.tr("%n word(s)", "", article.words), article.words) + " · "
            + grouped(self.tr("%n min read", "", article.reading_minutes), article.reading_minutes)
        )

    def value(self, key: str) -> str:
        return self._fields[key].full_text()

    def shown(self, key: str) -> str:
        """The value as it is on screen (elided when long)."""
        return self._fields[key].text()
