"""The core stays headless: every module outside `desktop.ui` imports with Qt made unimportable."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def core_modules() -> list[str]:
    names = []
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        rel = path.relative_to(ROOT).with_suffix("")
        parts = list(rel.parts)
        if "ui" in parts or parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.append(".".join(parts))
    return names


def test_core_modules_exist() -> None:
    modules = core_modules()
    for expected in ("desktop.extraction.pipeline", "desktop.storage.store", "desktop.ingest.importer",
                     "desktop.export.csv_export", "desktop.cli.main",
                     "desktop.analysis.totals", "desktop.analysis.series", "desktop.analysis.flows"):
        assert expected in modules


def test_no_core_module_imports_qt() -> None:
    code = textwrap.dedent(f"""
        import importlib, sys
        class BlockQt:
            def find_spec(self, name, path=None, target=None):
                if name.split('.')[0] in ('PySide6', 'shiboken6'):
                    raise ImportError('Qt imported by the core: ' + name)
        sys.meta_path.insert(0, BlockQt())
        for name in {core_modules()!r}:
            importlib.import_module(name)
        print('ok')
    """)
    res = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert res.returncode == 0 and res.stdout.strip() == "ok", res.stderr


def test_only_the_ui_package_mentions_qt_in_its_source() -> None:
    offenders = [
        str(p.relative_to(ROOT)) for p in (ROOT / "desktop").rglob("*.py")
        if "ui" not in p.relative_to(ROOT).parts and "PySide6" in p.read_text(encoding="utf-8")
    ]
    assert offenders == []
