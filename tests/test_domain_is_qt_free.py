"""gui/domain/ and the CLI never import Qt: the engine and all domain tests run without a display."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import REPO, SCENARIOS


def test_domain_and_cli_import_no_qt_module(tmp_path: Path) -> None:
    domain = REPO / "gui" / "domain"
    modules = sorted(
        "gui.domain." + ".".join(p.relative_to(domain).with_suffix("").parts)
        for p in domain.rglob("*.py")
        if p.stem != "__init__"
    )
    assert len(modules) >= 40  # every module of every room
    commands = sorted(
        "gui.commands." + p.stem for p in (REPO / "gui" / "commands").glob("*.py") if p.stem != "__init__"
    )
    assert len(commands) >= 7  # one per subcommand, the parser, inputs, output, streams
    script = (
        "import importlib, sys\n"
        f"for name in {modules + commands + ['gui.cli', 'gui.commands', 'gui.assets']!r}:\n"
        "    importlib.import_module(name)\n"
        "from gui.cli import main\n"
        f"main(['recommend', '--answers', {str(SCENARIOS / 'openshift.yaml')!r}, '--format', 'json'])\n"
        "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6', 'PyQt5', 'PyQt6'))\n"
        "print('QT:', qt, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert '"recommendation": "cri-o"' in done.stdout
    assert done.stderr.strip().endswith("QT: []")


def test_no_domain_source_mentions_qt() -> None:
    for path in (REPO / "gui" / "domain").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "PySide6" not in text and "shiboken" not in text, path.name
