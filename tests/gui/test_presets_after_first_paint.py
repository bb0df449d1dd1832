"""The first page is on screen before the core loads (issue 29): at the window's first expose no
heavy module is imported (the engine, the report and its renderers, the dataset builders and the
data loader, the results page, jsonschema, YAML); the welcome page says the questions are loading
and its buttons wait; right after, the data, the presets and every page arrive and the window
emits `ready`. A first start (no validated data yet) checks the data before the window, as before.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

HEAVY = (
    "gui.domain.advice.engine",
    "gui.domain.advice.session",
    "gui.domain.report",
    "gui.rendering.results_html",
    "gui.domain.data.build_dataset",
    "gui.domain.data.build_questions",
    "gui.domain.data.loading",
    "gui.domain.model",
    "gui.pages.results_page",
    "gui.pages.question_page",
    "jsonschema",
    "yaml",
)

SCRIPT = """
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from gui.app import start

app, window = start(["runtime-advisor"])
page = window.wizard.welcome_page
seen = {}

def welcome_state():
    return {
        "loading": page.questions_line.text(),
        "open_enabled": page.open_button.isEnabled(),
        "presets_shown": page.preset_box.isVisibleTo(page),
        "presets": page.preset_box.count(),
        "export_enabled": window.export_actions[next(iter(window.export_actions))].isEnabled(),
    }

class FirstExpose(QObject):
    def eventFilter(self, watched, event):
        if "first_paint" not in seen and event.type() == QEvent.Type.Expose:
            seen["first_paint"] = {"modules": sorted(sys.modules), **welcome_state()}
        return False

def on_ready():
    seen["ready"] = welcome_state()
    seen["ready_modules"] = sorted(sys.modules)
    print(json.dumps(seen))
    app.quit()

watcher = FirstExpose()
window.windowHandle().installEventFilter(watcher)
if window.is_ready():
    seen["first_paint"] = {"modules": sorted(sys.modules), **welcome_state()}
    QTimer.singleShot(0, on_ready)
else:
    window.ready.connect(on_ready)
QTimer.singleShot(20000, app.quit)
app.exec()
"""


def _starts(tmp_path: Path) -> list[dict]:
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
    return [json.loads(run.stdout.splitlines()[-1]) for run in runs]


def _heavy(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


def test_the_first_page_is_shown_before_the_core_loads_and_then_completes(tmp_path: Path) -> None:
    first_start, warm = _starts(tmp_path)
    # a first start checks the data before the window: the core is there at the first paint
    assert "gui.domain.data.loading" in first_start["first_paint"]["modules"]
    # a warm start: none of it, and the page says what it waits for
    painted = warm["first_paint"]
    assert _heavy(painted["modules"]) == []
    assert "gui.window.main_window" in painted["modules"] and "PySide6.QtWidgets" in painted["modules"]
    assert _heavy(warm["ready_modules"]) != []  # the check can see them: loaded by `ready`
    assert painted["loading"] == "Loading the questions and the dataset…"
    assert not painted["open_enabled"] and not painted["export_enabled"] and not painted["presets_shown"]
    # then the data, the presets and every action
    for start in (first_start, warm):
        ready = start["ready"]
        assert " about the platform, asked once, and " in ready["loading"]
        assert ready["open_enabled"] and ready["export_enabled"]
        assert ready["presets_shown"] and ready["presets"] == 4
