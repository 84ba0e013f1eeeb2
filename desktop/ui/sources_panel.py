"""The Sources panel: for the selected deal, every article that reports it, the article's
text scrolled to the evidence with each field highlighted where it was read, a side-by-side
table where the articles disagree, and the way back to the original file.

Article text is untrusted: it is only ever shown as plain text (QPlainTextEdit, plain
labels, escaped tooltips). Highlights are ExtraSelections, so they never touch the text.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor, QDesktopServices, QGuiApplication, QKeySequence, QShortcut, QTextCharFormat, QTextCursor, QTextFormat,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QListView, QPlainTextEdit, QPushButton,
    QStackedWidget, QTableView, QTextEdit, QToolButton, QToolTip, QVBoxLayout, QWidget,
)

from desktop.resources import load_json
from desktop.storage.sources import (
    ArticleSource, FieldSpan, SourceReading, citation, deal_sources, deal_title, disagreements, reading_value,
)
from desktop.storage.store import Store
from desktop.ui.plain_text import plain_label, tooltip
from desktop.ui.sources_models import ArticleListModel, DisagreementModel

# the property an ExtraSelection's format carries: which field it marks ("sentence" for the passage)
FIELD_PROPERTY = QTextFormat.Property.UserProperty + 1
LEGEND = (("parties", "Parties"), ("amount", "Amount"), ("date", "Date"), ("status", "Status"), ("kind", "Kind"),
          ("term", "Term"))
# the underline style of each field: a second cue beside the hue, for every kind of colour vision
UNDERLINES = {
    "parties": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "amount": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "date": QTextCharFormat.UnderlineStyle.DashUnderline,
    "status": QTextCharFormat.UnderlineStyle.DotLine,
    "kind": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "term": QTextCharFormat.UnderlineStyle.DashDotLine,
}
BORDER_STYLES = {"parties": "solid", "amount": "solid", "date": "dashed", "status": "dotted", "kind": "double",
                 "term": "dashed"}
PLACEHOLDER = "Select a deal to see the articles that report it."
LIST_ROWS_SHOWN = 4


def highlight_key(field: str) -> str:
    """term_start and term_end share one colour."""
    return "term" if field.startswith("term") else field


def _tint(color: QColor, strength: float = 0.3) -> QColor:
    """A light, opaque version of `color` to lie behind black text."""
    def mix(channel: int) -> int:
        return round(255 - (255 - channel) * strength)

    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()))


class Utf16Offsets:
    """Python string indices -> QTextDocument positions, which count UTF-16 code units: every
    character beyond the BMP (emoji, rare CJK) moves all later positions by one."""

    def __init__(self, text: str):
        self._wide = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF] if not text.isascii() else []

    def __call__(self, index: int) -> int:
        return index + bisect_left(self._wide, index) if self._wide else index


@dataclass(frozen=True, slots=True)
class _Mark:
    """A highlighted stretch in document positions, with the words for its tooltip."""

    start: int
    end: int
    field: str
    description: str


class SourcesPanel(QWidget):
    def __init__(self, parent: QWidget | None = None, open_url: Callable[[QUrl], bool] | None = None):
        super().__init__(parent)
        # injectable so tests (and embedders) can see which file would open without opening it
        self.open_url: Callable[[QUrl], bool] = open_url or QDesktopServices.openUrl
        self.sources: list[ArticleSource] = []
        self.deal_id: int | None = None
        self.passage = 0
        self._marks: list[_Mark] = []
        self._offsets = Utf16Offsets("")
        colors = load_json("palette.json")["source_fields"]
        self._colors = {k: QColor(v) for k, v in colors.items() if k != "about"}
        self._build()
        self.show_deal(None, None)

    def sizeHint(self) -> QSize:  # noqa: N802
        # wide enough for the legend and a two-source table; docks start from this
        return QSize(460, 720)

    # --- building -----------------------------------------------------------------------
    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.placeholder = plain_label(PLACEHOLDER)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setEnabled(False)  # greyed, as a placeholder text is
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._content())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _content(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = plain_label()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self._make_article_list())
        self.disagree_label = plain_label("The sources disagree:")
        layout.addWidget(self.disagree_label)
        layout.addWidget(self._make_disagreement_table())
        layout.addLayout(self._make_passage_bar())
        layout.addLayout(self._make_legend())
        self.text_view = QPlainTextEdit(readOnly=True)  # plain text: article text is untrusted
        self.text_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text_view.viewport().installEventFilter(self)  # tooltips naming each highlighted field
        # the text is what the panel is for: never squeezed below a readable passage
        self.text_view.setMinimumHeight(10 * self.text_view.fontMetrics().lineSpacing())
        layout.addWidget(self.text_view, 1)
        layout.addLayout(self._make_buttons())
        return page

    def _make_article_list(self) -> QListView:
        self.articles = ArticleListModel(self)
        self.article_list = QListView()
        self.article_list.setModel(self.articles)
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_list.setAlternatingRowColors(True)
        # two lines an article, elided: a long headline must not push the text out of view
        self.article_list.setWordWrap(False)
        self.article_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.article_list.setUniformItemSizes(True)
        self.article_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.article_list.setAccessibleName("Articles reporting the deal")
        self.article_list.selectionModel().currentRowChanged.connect(self._article_changed)
        return self.article_list

    def _make_disagreement_table(self) -> QTableView:
        self.disagreement_model = DisagreementModel(self)
        self.disagreement_table = QTableView()
        self.disagreement_table.setModel(self.disagreement_model)
        self.disagreement_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.disagreement_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.disagreement_table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.disagreement_table.setAccessibleName("Where the sources disagree")
        self.disagreement_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        # a long source name ends in "…" (the tooltip has it whole) instead of being cut on both sides
        self.disagreement_table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.disagreement_table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return self.disagreement_table

    def _make_passage_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.article_heading = plain_label()
        self.article_heading.setWordWrap(True)
        bar.addWidget(self.article_heading, 1)
        self.passage_label = plain_label()
        self.prev_button = QToolButton(text="◀", toolTip="Previous passage (Shift+F3)")
        self.next_button = QToolButton(text="▶", toolTip="Next passage (F3)")
        self.prev_button.clicked.connect(lambda: self.show_passage(self.passage - 1))
        self.next_button.clicked.connect(lambda: self.show_passage(self.passage + 1))
        for key, step in (("F3", 1), ("Shift+F3", -1)):
            shortcut = QShortcut(QKeySequence(key), self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda s=step: self.show_passage(self.passage + s))
        for w in (self.passage_label, self.prev_button, self.next_button):
            bar.addWidget(w)
        return bar

    def _make_legend(self) -> QHBoxLayout:
        legend = QHBoxLayout()
        legend.setSpacing(4)
        for key, label in LEGEND:
            swatch = plain_label(label)
            swatch.setToolTip(f"Highlighted in the text: where the {label.lower()} was read")
            color = self._colors[key]
            swatch.setStyleSheet(
                f"background: {_tint(color).name()}; border-bottom: 2px {BORDER_STYLES[key]} {color.name()};"
                " padding: 0 3px;"
            )
            legend.addWidget(swatch)
        legend.addStretch(1)
        return legend

    def _make_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = QPushButton("Open Original File")
        self.open_button.clicked.connect(self.open_original)
        self.copy_button = QPushButton("Copy Citation")
        self.copy_button.setToolTip("Copy title, outlet, date, file and the passage as plain text")
        self.copy_button.clicked.connect(self.copy_citation)
        row.addWidget(self.open_button)
        row.addWidget(self.copy_button)
        row.addStretch(1)
        return row

    # --- showing a deal -------------------------------------------------------------------
    def show_deal(self, store: Store | None, deal_id: int | None) -> None:
        """Show the deal's sources; `None` (or a deal that is gone) shows the placeholder.
        Showing the same deal again (after a refresh) stays on the article being read."""
        keep = self.current_source().article_id if deal_id == self.deal_id and self.current_source() else None
        passage = self.passage
        self.deal_id = deal_id
        title = deal_title(store, deal_id) if store is not None and deal_id is not None else None
        self.sources = deal_sources(store, deal_id) if title is not None else []
        self.articles.set_sources(self.sources)
        if not self.sources:
            self._show_placeholder(PLACEHOLDER if deal_id is None else "No stored article reports this deal.")
            return
        self.title.setText(title)
        self._fit_list_height()
        self._show_disagreements()
        self.stack.setCurrentIndex(1)
        ids = [s.article_id for s in self.sources]
        self.article_list.setCurrentIndex(self.articles.index(ids.index(keep) if keep in ids else 0, 0))
        if keep in ids:
            self.show_passage(passage)

    def _show_placeholder(self, text: str) -> None:
        self.placeholder.setText(text)
        self.text_view.clear()
        self._marks = []
        self.text_view.setExtraSelections([])
        self.disagreement_model.set_rows([], [])
        self.stack.setCurrentIndex(0)

    def _fit_list_height(self) -> None:
        """As tall as its articles, up to LIST_ROWS_SHOWN; more scroll."""
        view = self.article_list
        rows = min(len(self.sources), LIST_ROWS_SHOWN)
        height = sum(view.sizeHintForRow(r) for r in range(rows)) + 2 * view.frameWidth()
        view.setFixedHeight(height)

    def _show_disagreements(self) -> None:
        rows = disagreements(self.sources)
        self.disagreement_model.set_rows(rows, self.sources)
        self.disagreement_table.setVisible(bool(rows))
        self.disagree_label.setVisible(bool(rows))
        if rows:  # just tall enough for its rows: the article text needs the room
            table = self.disagreement_table
            table.resizeRowsToContents()
            height = table.horizontalHeader().sizeHint().height() + sum(
                table.rowHeight(r) for r in range(len(rows))) + 2 * table.frameWidth()
            table.setFixedHeight(height)

    def current_source(self) -> ArticleSource | None:
        row = self.article_list.currentIndex().row()
        return self.sources[row] if 0 <= row < len(self.sources) else None

    def current_reading(self) -> SourceReading | None:
        source = self.current_source()
        if source is None or not source.readings:
            return None
        return source.readings[min(self.passage, len(source.readings) - 1)]

    def _article_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        source = self.current_source()
        if source is None:
            return
        self.text_view.setPlainText(source.text)
        self._offsets = Utf16Offsets(source.text)
        # the list names title, outlet and date; here the file the text was imported from
        self.article_heading.setText(source.file_name + ("" if source.file_exists else " (file missing)"))
        self.article_heading.setToolTip(tooltip(source.path))
        self._set_open_button(source)
        self.text_view.setExtraSelections(self._selections(source))
        self.show_passage(0)

    def _set_open_button(self, source: ArticleSource) -> None:
        self.open_button.setEnabled(source.file_exists)
        if source.file_exists:
            self.open_button.setToolTip(tooltip(f"Open {source.path} in its default application"))
        else:
            self.open_button.setToolTip(tooltip(
                f"The original file is no longer at {source.path}: it was moved or deleted after "
                "the import. The text shown here is the copy stored in the database."))

    def show_passage(self, index: int) -> None:
        """Scroll to the article's `index`-th evidence sentence (wrapping around)."""
        source = self.current_source()
        count = len(source.readings) if source else 0
        if not count:
            return
        self.passage = index % count
        self.passage_label.setText(f"Passage {self.passage + 1} of {count}")
        for w in (self.passage_label, self.prev_button, self.next_button):
            w.setVisible(count > 1)
        self._scroll_to(self._offsets(source.readings[self.passage].start))

    def _scroll_to(self, position: int) -> None:
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(min(position, self.text_view.document().characterCount() - 1))
        self.text_view.setTextCursor(cursor)
        self.text_view.centerCursor()

    # --- highlights -----------------------------------------------------------------------
    def _selections(self, source: ArticleSource) -> list[QTextEdit.ExtraSelection]:
        """The evidence sentences lightly, then each field's words in its own colour on top."""
        self._marks = []
        for reading in source.readings:
            self._marks.append(_Mark(self._offsets(reading.start), self._offsets(reading.end), "sentence", ""))
        for reading in source.readings:
            for span in reading.spans:
                self._marks.append(_Mark(self._offsets(span.start), self._offsets(span.end),
                                         highlight_key(span.field), describe(span, reading)))
        return [self._selection(mark) for mark in self._marks]

    def _selection(self, mark: _Mark) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.text_view.document())
        cursor.setPosition(mark.start)
        cursor.setPosition(mark.end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        selection.format = self._format(mark.field)
        return selection

    def _format(self, key: str) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setProperty(FIELD_PROPERTY, key)
        color = self._colors.get(key, self._colors["sentence"])
        if key == "sentence":
            fmt.setBackground(color)
            return fmt
        fmt.setBackground(_tint(color))
        fmt.setUnderlineStyle(UNDERLINES[key])
        fmt.setUnderlineColor(color)
        return fmt

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Hovering a highlighted word says which field was read there and as what."""
        if watched is self.text_view.viewport() and event.type() == QEvent.Type.ToolTip:
            position = self.text_view.cursorForPosition(event.pos()).position()
            hits = [m.description for m in self._marks if m.description and m.start <= position < m.end]
            if hits:
                QToolTip.showText(event.globalPos(), tooltip("\n".join(hits)), self.text_view)
            else:
                QToolTip.hideText()
            return True
        return super().eventFilter(watched, event)

    # --- actions --------------------------------------------------------------------------
    def open_original(self) -> None:
        source = self.current_source()
        if source is not None and source.file_exists:
            self.open_url(QUrl.fromLocalFile(source.path))

    def copy_citation(self) -> None:
        source = self.current_source()
        if source is not None:
            QGuiApplication.clipboard().setText(citation(source, self.current_reading()))


def describe(span: FieldSpan, reading: SourceReading) -> str:
    """"Amount: about 14 bn USD" — what the highlighted words were read as."""
    if span.field == "parties":
        roles = [f"{name} ({reading.parties.get(name, 'party')})" for name in span.label.split(", ") if name]
        return "Party: " + ", ".join(roles)
    if span.field in ("term_start", "term_end"):
        return f"Term: {reading.term_start or '?'} – {reading.term_end or '?'}"
    return f"{span.field.capitalize()}: {reading_value(span.field, reading)}"
