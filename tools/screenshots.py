"""Screenshots of the real app for the README, taken from an X display (Xvfb), not offscreen.

    python -m tools.screenshots [--lang en|ko] [--out docs/screenshots]

Without $DISPLAY it re-runs itself under `xvfb-run` (packages xvfb and xauth). The app is
started with a throw-away home folder, walked by its own widgets to each main screen, and each
window is grabbed from the screen.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _rerun_under_xvfb() -> int:
    if shutil.which("xvfb-run") is None:
        print("screenshots need an X display: install xvfb and xauth, or set DISPLAY", file=sys.stderr)
        return 2
    command = [
        "xvfb-run",
        "-a",
        "-s",
        "-screen 0 1280x800x24",
        sys.executable,
        "-m",
        "tools.screenshots",
        *sys.argv[1:],
    ]
    return subprocess.call(command, cwd=REPO)


def take(lang: str, out: Path) -> list[Path]:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from gui.app import application, create_main_window
    from gui.assets import data_dir, schema_dir
    from gui.domain.loading import load_data

    app = application()
    data = load_data(data_dir(), schema_dir())
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "settings.ini"), QSettings.Format.IniFormat)
    window = create_main_window(data, settings)
    window.set_language(lang)  # type: ignore[arg-type]
    window.resize(1180, 760)
    window.show()
    saved: list[Path] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
        QTimer.singleShot(150, lambda: None)
        deadline = 15
        while deadline:
            app.processEvents()
            deadline -= 1

    def shoot(widget: QWidget, name: str) -> None:
        settle()
        widget.raise_()
        settle()
        screen = QGuiApplication.primaryScreen()
        frame = widget.frameGeometry()
        pixmap = screen.grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height())
        path = out / f"{name}-{lang}.png"
        pixmap.save(str(path))
        saved.append(path)

    def run() -> None:
        wizard = window.wizard
        shoot(window, "1-first-question")
        wizard.next()
        wizard.currentPage().buttons["untrusted"].setChecked(True)
        shoot(window, "2-question-live-ranking")
        for question, choice in (("workload", "web-stateless"), ("virtualization", "unavailable")):
            window.model.set_answer(question, choice)
        wizard.show_results()
        shoot(window, "3-results")
        window.model.set_answer("isolation", "separate-kernel")
        shoot(window, "4-nothing-fits")
        window.model.set_answer("isolation", "no-preference")
        window.show_comparison()
        assert window.comparison is not None
        window.comparison.resize(1180, 760)
        shoot(window.comparison, "5-comparison-table")
        window.comparison.close()
        # a cluster: our own services beside customer code, shown for the customer code
        window.model.replace_answers({"platform": "kubernetes", "virtualization": "available"})
        window.model.add_workload("customer-code")
        for question, choice in (("trust", "untrusted"), ("workload", "web-stateless"), ("startup", "moderate")):
            window.model.set_answer(question, choice)
        wizard.show_results()
        shoot(window, "6-cluster-plan")
        page = wizard.results_page
        page.tabs.setCurrentIndex(1)
        names = [a.filename for a in page.artifacts_view.artifacts]
        page.artifacts_view.files.setCurrentRow(names.index("containerd-runsc.toml"))
        shoot(window, "7-set-it-up")
        app.quit()

    QTimer.singleShot(500, run)
    app.exec()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=("en", "ko"), default="en")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return _rerun_under_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    home = tempfile.mkdtemp(prefix="screenshots-home-")
    os.environ.update(HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_CACHE_HOME=f"{home}/cache")
    args.out.mkdir(parents=True, exist_ok=True)
    for path in take(args.lang, args.out):
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
