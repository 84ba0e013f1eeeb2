"""File → Export Image…: the timeline as it is on screen (range, lanes, language) into a PNG or
SVG file, painted by the same code as `deal-timeline render`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from desktop.ui.render import paint_to_file
from desktop.ui.timeline_view import TimelineView

LAST_DIR_KEY = "export/last_image_dir"
FILTERS = "PNG image (*.png);;SVG drawing, text stays text (*.svg)"


def choose_image_path(parent: QMainWindow) -> Path | None:
    """Ask for a file name; the folder is remembered between runs. A missing suffix follows the
    chosen file type."""
    settings = QSettings()
    start = Path(str(settings.value(LAST_DIR_KEY, str(Path.home())))) / "deal-timeline.png"
    name, chosen = QFileDialog.getSaveFileName(parent, "Export timeline as image", str(start), FILTERS)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".png", ".svg"):
        path = path.with_suffix(".svg" if "SVG" in chosen else ".png")
    settings.setValue(LAST_DIR_KEY, str(path.parent))
    return path


def write_image(window: QMainWindow, view: TimelineView, path: Path,
                width: int | None = None, height: int | None = None) -> bool:
    """Paint `view` (default: at its size on screen) into `path`; a status message on success, an
    error box on failure. Returns whether the file was written."""
    width, height = width or view.width(), height or view.height()
    try:
        paint_to_file(view, path, width, height)
    except (OSError, ValueError) as e:
        QMessageBox.critical(window, "Image export failed", f"Could not write {path}:\n{e}")
        return False
    finally:
        # painting at another size moved the view's geometry: put it back for the screen
        view.viewport = view.viewport.with_width(view.plot_width())
        view.update()
    window.statusBar().showMessage(f"Timeline ({width} × {height}) written to {path}", 8000)
    return True


def export_image(window: QMainWindow, view: TimelineView) -> bool:
    path = choose_image_path(window)
    return write_image(window, view, path) if path else False
