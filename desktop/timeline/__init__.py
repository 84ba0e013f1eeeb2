"""Headless timeline logic: the time axis, zoom and pan, level of detail, lanes.

No Qt here: the widget in `desktop.ui.timeline_view` paints what these modules compute, and
the same code serves the headless `render` command and the benchmarks.
"""
