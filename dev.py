#!/usr/bin/env python3
"""Set up the project on first use, then run the app or the tests.

    python3 dev.py app [ARGS...]    virtual environment + install, then `deal-timeline ARGS`
    python3 dev.py test [ARGS...]   the same with the test extras, then `pytest ARGS`

Needs only Python 3.11+ (standard library). The environment lives in `.venv/` in the
checkout and is reinstalled only when pyproject.toml changes.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")


def _stamp(extras: str) -> str:
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    return f"{digest}:{extras}"


def setup(extras: str) -> None:
    """Create .venv and install the project (editable) unless it is already current."""
    if sys.version_info < (3, 11):
        sys.exit(f"Deal Timeline needs Python 3.11 or newer, this is {sys.version.split()[0]}")
    if not PYTHON.exists():
        print("Creating the virtual environment in .venv …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    stamp_file = VENV / ".deal-timeline-installed"
    wanted = _stamp(extras)
    have = stamp_file.read_text() if stamp_file.exists() else ""
    # an install with the test extras also serves the app
    if have == wanted or (not extras and have == _stamp("test")):
        return
    target = f".[{extras}]" if extras else "."
    print(f"Installing Deal Timeline and its dependencies ({target}) …", flush=True)
    subprocess.run(
        [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q", "-e", target],
        cwd=ROOT, check=True,
    )
    stamp_file.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("app", "test"):
        print(__doc__.strip())
        return 2
    command, rest = argv[0], argv[1:]
    if command == "app":
        setup("")
        return subprocess.call([str(PYTHON), "-m", "desktop", *rest], cwd=ROOT)
    setup("test")
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    return subprocess.call([str(PYTHON), "-m", "pytest", *rest], cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
