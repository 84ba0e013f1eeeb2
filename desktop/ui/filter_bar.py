"""The filter bar above the timeline: search, companies, kinds, statuses, dates, minimum amount
and display currency, building one DealFilter that the window applies to every view.

Typing is debounced (a million deals are re-queried per change, not per key); menus and the
currency apply at once. Input that cannot be read is named in red beside the count and left
out of the filter instead of silently matching nothing.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QSettings, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QLineEdit, QMenu, QSizePolicy, QToolBar, QToolButton, QWidget,
)

from desktop.storage.filters import DISPLAY_CURRENCIES, DealFilter, company_names, parse_amount, parse_date_bound
from desktop.storage.store import Store
from desktop.timeline.marks import KINDS, STATUSES
from desktop.ui.plain_text import plain_label, tooltip

DEBOUNCE_MS = 250
CURRENCY_KEY = "filters/currency"
NAME_SEPARATOR = ","


class SearchField(QLineEdit):
    """A line edit that Esc clears (and a second Esc leaves to the window)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class NamesCompleter(QCompleter):
    """Completes the name being typed after the last comma, keeping the names before it."""

    def splitPath(self, path: str) -> list[str]:  # noqa: N802
        return [path.split(NAME_SEPARATOR)[-1].strip()]

    def pathFromIndex(self, index) -> str:  # noqa: N802
        typed = self.widget().text() if self.widget() else ""
        done = [n.strip() for n in typed.split(NAME_SEPARATOR)[:-1] if n.strip()]
        return (NAME_SEPARATOR + " ").join(done + [index.data()]) + NAME_SEPARATOR + " "


class CheckMenuButton(QToolButton):
    """A drop-down of checkable choices; none checked means all are kept."""

    changed = Signal()

    def __init__(self, noun: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._noun = noun
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setMenu(QMenu(self))
        self._actions: dict[str, QAction] = {}
        self._update_text()

    def set_choices(self, values: list[str]) -> None:
        checked = set(self.checked())
        self.menu().clear()
        self._actions = {}
        for value in values:
            action = QAction(value.replace("_", " "), self, checkable=True)
            action.setChecked(value in checked)
            action.toggled.connect(self._toggled)
            self.menu().addAction(action)
            self._actions[value] = action
        self._update_text()

    def action_for(self, value: str) -> QAction:
        """The menu entry of one choice (KeyError if it is not offered)."""
        return self._actions[value]

    def checked(self) -> tuple[str, ...]:
        return tuple(v for v, a in self._actions.items() if a.isChecked())

    def set_checked(self, values: tuple[str, ...]) -> None:
        for value, action in self._actions.items():
            action.blockSignals(True)
            action.setChecked(value in values)
            action.blockSignals(False)
        self._update_text()

    def _toggled(self) -> None:
        self._update_text()
        self.changed.emit()

    def _update_text(self) -> None:
        chosen = self.checked()
        label = f"{self._noun}: all" if not chosen else (
            f"{self._noun}: {chosen[0].replace('_', ' ')}" if len(chosen) == 1 else f"{self._noun}: {len(chosen)}")
        self.setText(label)
        self.setToolTip(f"Keep only deals of the checked {self._noun.lower()} (none checked: all)")


class FilterBar(QToolBar):
    filterEdited = Signal(object)  # DealFilter, after the user changed something

    def __init__(self, store: Store, parent: QWidget | None = None):
        super().__init__("Filters", parent)
        self.setObjectName("Filters")
        self.setMovable(False)
        self._store = store
        self._emitted = DealFilter()
        self._problems: dict[str, str] = {}
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self._build()
        self.refresh_choices()
        self._emitted = self.current_filter()

    # --- widgets ---------------------------------------------------------------------------
    def _build(self) -> None:
        self.search = self._line(SearchField(), "Search  (Ctrl+F)", 200,
                                 "Words that must all occur in the deal's articles or evidence; "
                                 "the last word may be the start of a word. Esc clears.")
        self.companies = self._line(QLineEdit(), "Companies", 170,
                                    "Keep deals with any of these companies as a party (comma-separated)")
        self._company_names = QStringListModel(self)
        completer = NamesCompleter(self._company_names, self.companies)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.companies.setCompleter(completer)
        self.kinds = CheckMenuButton("Kind")
        self.statuses = CheckMenuButton("Status")
        for button in (self.kinds, self.statuses):
            button.changed.connect(self.flush)
            self.addWidget(button)
        self.date_from = self._line(QLineEdit(), "From date", 90,
                                    "First date kept (YYYY, YYYY-MM or YYYY-MM-DD); a deal dated only "
                                    "to a month or year is kept when that period overlaps the range")
        self.date_to = self._line(QLineEdit(), "To date", 90,
                                  "Last date kept, inclusive (YYYY, YYYY-MM or YYYY-MM-DD)")
        self.min_amount = self._line(QLineEdit(), "Min. amount", 90,
                                     "Smallest amount kept, in the display currency: 500m, 1.5bn, 2 Mrd")
        self.currency = QComboBox()
        self.currency.addItems(list(DISPLAY_CURRENCIES))
        self.currency.setToolTip("Display currency: amounts converted at the rate of each deal's date")
        saved = QSettings().value(CURRENCY_KEY, "USD")
        self.currency.setCurrentText(saved if saved in DISPLAY_CURRENCIES else "USD")
        self.currency.currentTextChanged.connect(self._currency_changed)
        self.addWidget(self.currency)
        self.clear_button = QToolButton(text="Clear")
        self.addWidget(self.clear_button)
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.problem = plain_label()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setContentsMargins(0, 0, 12, 0)
        self.addWidget(self.problem)
        self.count_label = plain_label()
        self.addWidget(self.count_label)
        self._make_actions()

    def _line(self, edit: QLineEdit, placeholder: str, width: int, tip: str) -> QLineEdit:
        edit.setPlaceholderText(placeholder)
        edit.setToolTip(tip)
        edit.setProperty("tip", tip)  # restored once a problem is fixed
        edit.setClearButtonEnabled(True)
        edit.setFixedWidth(width)
        edit.textChanged.connect(lambda _text: self._timer.start())  # typing, Esc and the clear button
        edit.returnPressed.connect(self.flush)
        self.addWidget(edit)
        return edit

    def _make_actions(self) -> None:
        self.find_action = QAction("&Find…", self, shortcut=QKeySequence.StandardKey.Find)
        self.find_action.setStatusTip("Search the articles and evidence of all deals")
        self.find_action.triggered.connect(self.focus_search)
        self.clear_action = QAction("C&lear Filters", self, shortcut=QKeySequence("Ctrl+Shift+L"))
        self.clear_action.setStatusTip("Show every deal again")
        self.clear_action.triggered.connect(self.clear)
        self.clear_button.setDefaultAction(self.clear_action)
        self.clear_button.setText("Clear")

    # --- state -----------------------------------------------------------------------------
    def refresh_choices(self) -> None:
        """The companies that have deals (after an import, say) and every kind and status, in the
        legend's order: listing only those present would scan a million deals for each."""
        self._company_names.setStringList(company_names(self._store))
        self.kinds.set_choices(list(KINDS))
        self.statuses.set_choices(list(STATUSES))

    def current_filter(self) -> DealFilter:
        """The filter the widgets describe; unreadable fields are left out and named."""
        self._problems = {}
        names = [n.strip() for n in self.companies.text().split(NAME_SEPARATOR) if n.strip()]
        f = DealFilter(
            text=self.search.text().strip(),
            companies=self._known_companies(names),
            kinds=self.kinds.checked(),
            statuses=self.statuses.checked(),
            date_from=self._read(self.date_from, parse_date_bound, "a date"),
            date_to=self._read(self.date_to, parse_date_bound, "a date"),
            min_amount=self._read(self.min_amount, parse_amount, "an amount"),
            currency=self.currency.currentText(),
        )
        # short here (the bar is crowded); the field's tooltip says how to write it
        self.problem.setText("  ·  ".join(self._problems.values()))
        return f

    def _read(self, edit: QLineEdit, parse: Callable[[str], object], noun: str):
        try:
            value = parse(edit.text())
        except ValueError as e:
            self._flag(edit, f"“{edit.text().strip()}” is not {noun}", str(e))
            return None
        self._flag(edit, None, None)
        return value

    def _known_companies(self, names: list[str]) -> tuple[str, ...]:
        known = {n.lower(): n for n in self._company_names.stringList()}
        unknown = [n for n in names if n.lower() not in known]
        message = "no deals with " + ", ".join(f"“{n}”" for n in unknown) if unknown else None
        self._flag(self.companies, message, message and message + " (names complete as you type)")
        return tuple(dict.fromkeys(known[n.lower()] for n in names if n.lower() in known))

    def _flag(self, edit: QLineEdit, short: str | None, detail: str | None) -> None:
        """Mark a field whose text is not understood: red frame, the reason as its tooltip."""
        if short:
            self._problems[str(id(edit))] = short
        edit.setStyleSheet("QLineEdit { border: 1px solid #b00020; }" if short else "")
        edit.setToolTip(tooltip(detail) if detail else edit.property("tip"))  # the user's text, literally

    def set_filter(self, f: DealFilter) -> None:
        """Show a filter in the widgets (without emitting)."""
        self.search.setText(f.text)
        self.companies.setText((NAME_SEPARATOR + " ").join(f.companies))
        self.kinds.set_checked(f.kinds)
        self.statuses.set_checked(f.statuses)
        self.date_from.setText(f.date_from or "")
        self.date_to.setText(f.date_to or "")
        self.min_amount.setText("" if f.min_amount is None else f"{f.min_amount:g}")
        self.currency.blockSignals(True)
        self.currency.setCurrentText(f.currency)
        self.currency.blockSignals(False)
        self._timer.stop()  # started by the setText calls above
        self._emitted = self.current_filter()

    def set_counts(self, kept: int, total: int) -> None:
        self.count_label.setText(f"{kept:,} of {total:,} deals")

    # --- actions ---------------------------------------------------------------------------
    def flush(self) -> None:
        """Emit the filter now if it changed (the debounce timer calls this, and so does Enter)."""
        self._timer.stop()
        f = self.current_filter()
        if f != self._emitted:
            self._emitted = f
            self.filterEdited.emit(f)

    def cancel_pending(self) -> None:
        """Forget a filter still waiting for the debounce (the window is closing)."""
        self._timer.stop()

    def clear(self) -> None:
        """Every criterion off; the display currency stays (it is a preference, not a filter)."""
        self.set_filter(DealFilter(currency=self.currency.currentText()))
        self.problem.clear()
        self.filterEdited.emit(self._emitted)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _currency_changed(self, currency: str) -> None:
        QSettings().setValue(CURRENCY_KEY, currency)
        self.flush()
