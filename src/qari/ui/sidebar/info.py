"""The "Article" panel: what the reader is reading (source, date, length)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from qari.core.article import Article
from qari.ui.plain import plain_label
from qari.ui.sample import shown_source


class ArticleInfoPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("article-info")
        layout = QFormLayout(self)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._fields: dict[str, QLabel] = {}
        for key, label in (
            ("title", self.tr("Headline")),
            ("source", self.tr("Source")),
            ("author", self.tr("Author")),
            ("published", self.tr("Published")),
            ("words", self.tr("Length")),
        ):
            value = plain_label(QLabel())
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAccessibleName(label)
            layout.addRow(label, value)
            self._fields[key] = value

    def show_article(self, article: Article | None) -> None:
        if article is None:  # nothing open (the article was deleted)
            for value in self._fields.values():
                value.clear()
            return
        # a lone dash has no direction of its own: a right-to-left mark keeps it at the start of
        # its field under the Arabic interface, beside its label
        none = "\u200f—" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "—"
        self._fields["title"].setText(article.title)
        self._fields["source"].setText(shown_source(article.source) or none)
        self._fields["author"].setText(article.author or none)
        self._fields["published"].setText(article.published or none)
        self._fields["words"].setText(
            self.tr("%n word(s)", "", article.words) + " · " + self.tr("%n min read", "", article.reading_minutes)
        )

    def value(self, key: str) -> str:
        return self._fields[key].text()
