"""Starting the window: the application object, the database, the samples on first start."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.ingest.seeds import import_seeds, needs_seeding
from desktop.storage.store import Store
from desktop.ui.main_window import MainWindow

ORGANIZATION = APPLICATION = "Deal Timeline"
DB_FILE_NAME = "deals.sqlite"


def make_application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    return app


def qt_default_db_path() -> Path:
    """The default database in Qt's AppDataLocation (after make_application set the names)."""
    override = os.environ.get("DEAL_TIMELINE_DB")
    if override:
        return Path(override).expanduser()
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(location) / DB_FILE_NAME


def open_window(db: Path | None) -> MainWindow:
    path = db or qt_default_db_path()
    store = Store.open(path)
    if needs_seeding(store):
        import_seeds(store)
    return MainWindow(store)


def run_gui(db: Path | None = None) -> int:
    app = make_application()
    try:
        window = open_window(db)
    except Exception as e:  # a database that cannot be opened: say which and why
        QMessageBox.critical(None, "Deal Timeline", f"Could not open the database:\n{e}")
        return 1
    window.show()
    return app.exec()
