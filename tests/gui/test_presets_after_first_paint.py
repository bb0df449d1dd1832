"""The presets are read after the first page is on screen (issue 29's rule for start-up: no YAML
parser or schema check before the first paint, which the validated-data cache otherwise spares),
and then shown on the welcome page."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SCRIPT = """
import sys
from gui.app import start
app, window = start(["runtime-advisor"])
before = sorted({m.split('.')[0] for m in sys.modules} & {'yaml', 'jsonschema'})
page = window.wizard.welcome_page
print("before", before, len(window.model.presets), page.preset_box.isVisibleTo(page))
for _ in range(20):
    app.processEvents()
print("after", len(window.model.presets), page.preset_box.isVisibleTo(page), page.preset_box.count())
"""


def test_presets_are_read_after_the_first_paint_and_then_shown(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    runs = [
        subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=120)
        for _ in range(2)  # the first start fills the validated-data cache, the second uses it
    ]
    assert all(run.returncode == 0 for run in runs), [run.stderr for run in runs]
    before, after = runs[1].stdout.splitlines()[-2:]
    assert before == "before [] 0 False"  # neither parser imported, no preset box yet
    assert after == "after 4 True 4"
