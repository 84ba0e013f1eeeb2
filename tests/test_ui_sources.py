"""The Sources panel: selection sync with timeline and table, highlights on the words read,
the disagreement table, opening the original file, and article text as plain text."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("pytestqt")

from PySide6.QtCore import QItemSelectionModel, Qt, QUrl  # noqa: E402
from PySide6.QtGui import QGuiApplication  # noqa: E402
from PySide6.QtWidgets import QLabel  # noqa: E402

from desktop.ingest.importer import run_import  # noqa: E402
from desktop.storage.sources import deal_sources  # noqa: E402
from desktop.storage.store import Store  # noqa: E402
from desktop.ui.deals_model import DEAL_ROLE  # noqa: E402
from desktop.ui.sources_panel import FIELD_PROPERTY, SourcesPanel, Utf16Offsets  # noqa: E402

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def deal_between(store: Store, *parties: str, usd_at_least: float = 0.0) -> int:
    for deal_id, names, usd in store.db.execute(
        "SELECT d.id, group_concat(c.name), d.amount_usd FROM deals d JOIN deal_parties dp ON dp.deal_id = d.id"
        " JOIN companies c ON c.id = dp.company_id GROUP BY d.id ORDER BY d.id"
    ):
        if set(names.split(",")) == set(parties) and (usd or 0.0) >= usd_at_least:
            return deal_id
    raise LookupError(parties)


def selections(panel: SourcesPanel) -> list[tuple[str, str]]:
    """(field, highlighted words) of every ExtraSelection in the article text."""
    return [(s.format.property(FIELD_PROPERTY), s.cursor.selectedText().replace("\u2029", "\n"))
            for s in panel.text_view.extraSelections()]


def table_selection(window) -> list[int]:
    """The deal ids selected in the Amounts table, read through the model's deal role."""
    return sorted(i.data(DEAL_ROLE) for i in window.table.selectionModel().selectedRows())


def select_on_timeline(window, deal_id: int) -> None:
    window.timeline.set_selection({deal_id}, notify=True)


def test_without_a_selection_the_panel_shows_its_placeholder(window) -> None:
    panel = window.sources_panel
    assert panel.stack.currentWidget() is panel.placeholder
    assert "Select a deal" in panel.placeholder.text()
    assert window.sources_dock.widget() is panel


def test_selection_sync_between_timeline_table_and_sources_panel(window) -> None:
    panel = window.sources_panel
    deal_id = deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9)
    select_on_timeline(window, deal_id)
    # timeline -> table and panel
    assert table_selection(window) == [deal_id]
    assert panel.deal_id == deal_id and panel.stack.currentIndex() == 1
    assert panel.title.text() == "Microsoft → OpenAI: investment, 14 bn USD"
    files = [panel.articles.sources[r].file_name for r in range(panel.articles.rowCount())]
    assert files == [s.file_name for s in deal_sources(window.store, deal_id)] == [
        "002_b7600d6355574649.txt", "004_40325a292157e144.txt"]
    listed = panel.articles.index(0, 0).data()
    assert "vtv.vn" in listed and "2025-09-29 (from the source address in the text)" in listed
    # table -> timeline and panel
    other = deal_between(window.store, "OpenAI", "Oracle", usd_at_least=100e9)
    model = window.table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data(DEAL_ROLE) == other)
    window.table.selectionModel().select(
        model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert table_selection(window) == [other]
    assert window.timeline.selected == {other} and panel.deal_id == other
    # nothing selected -> placeholder again
    window.table.selectionModel().clearSelection()
    assert panel.deal_id is None and panel.stack.currentWidget() is panel.placeholder
    assert window.timeline.selected == set()


def test_highlights_cover_the_words_each_field_was_read_from(window) -> None:
    panel = window.sources_panel
    deal_id = deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9)
    select_on_timeline(window, deal_id)
    for row, amount_digits in ((0, "14"), (1, "13")):
        panel.article_list.setCurrentIndex(panel.articles.index(row, 0))
        source = panel.current_source()
        reading = source.readings[0]
        marks = selections(panel)
        assert ("sentence", reading.sentence) in marks
        amounts = [w for f, w in marks if f == "amount"]
        assert len(amounts) == 1 and amount_digits in amounts[0] and "Milliarden" in amounts[0]
        parties = sorted(w for f, w in marks if f == "parties")
        assert parties == ["Microsoft", "OpenAI"]  # "Microsofts": the genitive -s stays out
        assert panel.text_view.toPlainText() == source.text


def test_status_and_date_get_their_own_colours(window) -> None:
    panel = window.sources_panel
    deal_id = deal_between(window.store, "OpenAI", "Oracle", usd_at_least=20e9)  # "Im Juni 2025 unterzeichnete"
    select_on_timeline(window, deal_id)
    marks = dict((f, w) for f, w in selections(panel) if f != "sentence")
    assert marks["date"] == "Im Juni 2025" and marks["status"] == "unterzeichnet"
    formats = {s.format.property(FIELD_PROPERTY): s.format.background().color().name()
               for s in panel.text_view.extraSelections()}
    assert len(set(formats.values())) == len(formats)  # every field its own colour


def test_the_evidence_sentence_is_scrolled_into_view(window) -> None:
    panel = window.sources_panel
    deal_id = deal_between(window.store, "Stargate", "SoftBank", "OpenAI", "Oracle")
    select_on_timeline(window, deal_id)
    panel.article_list.setCurrentIndex(panel.articles.index(1, 0))  # vtv.vn: far down the text
    reading = panel.current_reading()
    assert reading.start > 3000
    assert panel.text_view.verticalScrollBar().value() > 0
    assert panel.text_view.viewport().rect().contains(panel.text_view.cursorRect().center())
    assert panel.text_view.textCursor().position() == reading.start


def test_disagreement_table_only_where_sources_disagree(window) -> None:
    panel = window.sources_panel
    select_on_timeline(window, deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9))
    assert panel.disagreement_table.isVisible()
    model = panel.disagreement_model
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())] == [
        "vtv.vn", "boerse-global.de"]
    cells = {model.headerData(r, Qt.Orientation.Vertical): [model.index(r, c).data() for c in range(2)]
             for r in range(model.rowCount())}
    # (a "Status" row shows too where the status model reads the two articles' stages differently)
    assert {k: cells.get(k) for k in ("Amount", "Currency")} == {
        "Amount": ["about 14 bn USD", "at least 13 bn EUR"], "Currency": ["USD", "EUR"]}
    # one article, several passages that differ: that is no disagreement between sources
    select_on_timeline(window, deal_between(window.store, "OpenAI", "Amazon", usd_at_least=10e9))
    assert len(panel.sources) == 1 and not panel.disagreement_table.isVisible()
    select_on_timeline(window, deal_between(window.store, "OpenAI", "Oracle", usd_at_least=100e9))
    assert not panel.disagreement_table.isVisible() and model.rowCount() == 0


def test_open_original_file_calls_the_opener_with_the_article_path(window, qtbot) -> None:
    panel = window.sources_panel
    opened: list[QUrl] = []
    panel.open_url = lambda url: opened.append(url) or True
    select_on_timeline(window, deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9))
    panel.article_list.setCurrentIndex(panel.articles.index(1, 0))
    assert panel.open_button.isEnabled()
    qtbot.mouseClick(panel.open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [panel.current_source().path]
    assert Path(opened[0].toLocalFile()).name == "004_40325a292157e144.txt"


def test_a_missing_file_disables_the_button_and_says_why(window, tmp_path: Path) -> None:
    panel = window.sources_panel
    opened: list[QUrl] = []
    panel.open_url = lambda url: opened.append(url) or True
    deal_id = deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9)
    gone = tmp_path / "moved away.txt"
    window.store.db.execute("UPDATE articles SET path = ? WHERE file_name = ?", [str(gone), "002_b7600d6355574649.txt"])
    select_on_timeline(window, deal_id)
    assert panel.current_source().file_exists is False
    assert not panel.open_button.isEnabled()
    assert "no longer" in panel.open_button.toolTip() and "moved away.txt" in panel.open_button.toolTip()
    panel.open_original()
    assert opened == []
    assert "file missing" in panel.articles.index(0, 0).data()


def test_up_and_down_move_through_the_articles(window, qtbot) -> None:
    panel = window.sources_panel
    select_on_timeline(window, deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9))
    panel.article_list.setFocus()
    first = panel.text_view.toPlainText()
    qtbot.keyClick(panel.article_list, Qt.Key.Key_Down)
    assert panel.article_list.currentIndex().row() == 1
    assert panel.text_view.toPlainText() != first and panel.current_source().outlet == "boerse-global.de"
    qtbot.keyClick(panel.article_list, Qt.Key.Key_Up)
    assert panel.article_list.currentIndex().row() == 0 and panel.text_view.toPlainText() == first


def test_several_passages_of_one_article_step_with_f3(window, qtbot) -> None:
    panel = window.sources_panel
    select_on_timeline(window, deal_between(window.store, "OpenAI", "Amazon", usd_at_least=10e9))
    readings = panel.current_source().readings
    assert len(readings) > 1 and panel.passage_label.text() == f"Passage 1 of {len(readings)}"
    assert panel.next_button.isVisible()
    panel.text_view.setFocus()
    qtbot.keyClick(panel.text_view, Qt.Key.Key_F3)
    assert panel.passage == 1 and panel.text_view.textCursor().position() == readings[1].start
    qtbot.keyClick(panel.text_view, Qt.Key.Key_F3, Qt.KeyboardModifier.ShiftModifier)
    assert panel.passage == 0
    sentences = [w for f, w in selections(panel) if f == "sentence"]
    assert sentences == [r.sentence for r in readings]  # every passage lightly marked


def test_copy_citation_puts_plain_text_on_the_clipboard(window) -> None:
    panel = window.sources_panel
    select_on_timeline(window, deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9))
    panel.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert panel.current_source().path in text and "14 Milliarden" in text


def test_markup_in_article_text_and_title_is_shown_literally(window) -> None:
    panel = window.sources_panel
    store = window.store
    deal_id = deal_between(store, "Microsoft", "OpenAI", usd_at_least=10e9)
    store.db.execute("UPDATE articles SET text = text || '\n<b>x</b>', title = '<i>Headline</i>'"
                     " WHERE file_name = '002_b7600d6355574649.txt'")  # appended: offsets stay valid
    select_on_timeline(window, deal_id)
    assert panel.text_view.toPlainText().endswith("<b>x</b>")
    assert panel.articles.index(0, 0).data().startswith("<i>Headline</i>")
    assert "&lt;i&gt;Headline&lt;/i&gt;" in panel.articles.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert panel.title.textFormat() == Qt.TextFormat.PlainText


def test_offsets_after_characters_beyond_the_bmp(qtbot, tmp_path: Path) -> None:
    """Emoji take two UTF-16 units in the document: highlights must still hit their words."""
    article = tmp_path / "emoji.txt"
    article.write_text("date 2025-03-02\n\n🚀🚀 Start-up-News 🚀\n\nMicrosoft investiert 10 Milliarden Dollar"
                       " in OpenAI, wie das Unternehmen am Dienstag mitteilte. <b>x</b> steht hier.\n",
                       encoding="utf-8")
    store = Store.open(tmp_path / "deals.sqlite")
    run_import(store, [article], workers=1)
    panel = SourcesPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_deal(store, deal_between(store, "Microsoft", "OpenAI"))
    marks = selections(panel)
    assert ("amount", "10 Milliarden Dollar") in marks and ("parties", "OpenAI") in marks
    assert "<b>x</b>" in panel.text_view.toPlainText()
    assert Utf16Offsets("a🚀b")(2) == 3 and Utf16Offsets("abc")(2) == 2
    panel.show_deal(store, None)
    assert panel.stack.currentWidget() is panel.placeholder
    store.close()


def test_screenshots_of_the_sources_panel(window, qtbot) -> None:
    select_on_timeline(window, deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9))
    qtbot.wait(50)
    SCREENSHOTS.mkdir(exist_ok=True)
    assert window.grab().save(str(SCREENSHOTS / "sources_window.png"))
    assert window.sources_dock.grab().save(str(SCREENSHOTS / "sources_dock.png"))


def test_a_refresh_keeps_the_article_being_read(window) -> None:
    panel = window.sources_panel
    deal_id = deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9)
    select_on_timeline(window, deal_id)
    panel.article_list.setCurrentIndex(panel.articles.index(1, 0))
    window.refresh()  # every view re-reads the store; the selection stays
    assert panel.deal_id == deal_id and panel.article_list.currentIndex().row() == 1
    select_on_timeline(window, deal_between(window.store, "OpenAI", "Foxconn"))
    assert panel.article_list.currentIndex().row() == 0  # another deal starts at its first article


def test_hovering_a_highlight_names_the_field_and_its_reading(window) -> None:
    panel = window.sources_panel
    select_on_timeline(window, deal_between(window.store, "Microsoft", "OpenAI", usd_at_least=10e9))
    described = {m.description for m in panel._marks if m.description}
    assert {"Amount: about 14 bn USD", "Party: Microsoft (investor)", "Party: OpenAI (recipient)"} <= described


def test_the_word_that_decided_a_learned_kind_is_highlighted(qtbot, tmp_path: Path) -> None:
    # the rules read no kind from "will build … together"; the kind model reads one
    article = tmp_path / "campus.txt"
    article.write_text("March 4, 2026\n\nSabine Ridge Compute and Nacogdoches Cloud will build a $300 million "
                       "campus together, the two companies said on Tuesday.\n", encoding="utf-8")
    store = Store.open(tmp_path / "deals.sqlite")
    run_import(store, [article], workers=1)
    panel = SourcesPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 420)
    panel.show()
    panel.show_deal(store, deal_between(store, "Sabine Ridge Compute", "Nacogdoches Cloud"))
    (traced,) = [words for field, words in selections(panel) if field == "kind"]
    # one word of the sentence that speaks for that kind, never a function word ("and")
    assert traced in {"build", "campus", "together"}
    legend = [w.text() for w in panel.findChildren(QLabel)]
    assert "Kind" in legend
    SCREENSHOTS.mkdir(exist_ok=True)
    assert panel.grab().save(str(SCREENSHOTS / "sources_kind_trace.png"))
    store.close()
