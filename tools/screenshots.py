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


def take(lang: str, out: Path, dark: bool = False) -> list[Path]:
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QWidget

    from gui.app import application, create_main_window
    from gui.assets import data_dir, schema_dir
    from gui.domain.data.loading import load_data

    app = application()
    suffix = "-dark" if dark else ""
    if dark:
        from PySide6.QtGui import QColor, QPalette

        # a dark scheme as a desktop would hand it to the app: Fusion with a dark palette
        app.setStyle("Fusion")
        palette = QPalette()
        for role, colour in (
            (QPalette.ColorRole.Window, "#2b2b2b"),
            (QPalette.ColorRole.WindowText, "#e8e8e8"),
            (QPalette.ColorRole.Base, "#1f1f1f"),
            (QPalette.ColorRole.AlternateBase, "#333333"),
            (QPalette.ColorRole.Text, "#e8e8e8"),
            (QPalette.ColorRole.Button, "#3a3a3a"),
            (QPalette.ColorRole.ButtonText, "#e8e8e8"),
            (QPalette.ColorRole.Highlight, "#3d7ad6"),
            (QPalette.ColorRole.HighlightedText, "#ffffff"),
            (QPalette.ColorRole.Link, "#8ab4f8"),
            (QPalette.ColorRole.PlaceholderText, "#9a9a9a"),
            (QPalette.ColorRole.Mid, "#555555"),
        ):
            palette.setColor(role, QColor(colour))
        app.setPalette(palette)
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
        path = out / f"{name.removesuffix(suffix)}-{lang}{suffix}.png"
        pixmap.save(str(path))
        saved.append(path)

    def run() -> None:
        wizard = window.wizard
        # screenshots are not a session to save: closing at the end must not ask
        window.ask_to_save_before_closing = lambda: True  # type: ignore[method-assign]
        shoot(window, f"0-welcome{suffix}")
        wizard.next()
        shoot(window, f"1-first-question{suffix}")
        wizard.next()
        wizard.currentPage().buttons["untrusted"].setChecked(True)
        shoot(window, f"2-question-live-ranking{suffix}")
        for question, choice in (("workload", "web-stateless"), ("virtualization", "unavailable")):
            window.model.set_answer(question, choice)
        wizard.show_results()
        shoot(window, f"3-results{suffix}")
        if dark:
            app.quit()
            return
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
        page = wizard.results_page
        what_if = next(w for _, w in page.what_if_items if w.question == "startup")
        page.take_what_if(what_if)  # shows the Undo notice
        shoot(window, "6-cluster-plan")
        window.notice.hide()
        window.model.set_answer("startup", "moderate")
        page.tabs.setCurrentIndex(1)
        names = [a.filename for a in page.artifacts_view.artifacts]
        page.artifacts_view.files.setCurrentRow(names.index("containerd-runsc.toml"))
        shoot(window, "7-set-it-up")
        window.show_scoring()
        assert window.scoring is not None
        window.scoring.resize(900, 700)
        shoot(window.scoring, "8-how-is-this-scored")
        window.scoring.close()
        app.quit()

    QTimer.singleShot(500, run)
    app.exec()
    return saved


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lang", choices=("en", "ko"), default="en")
    parser.add_argument("--out", type=Path, default=REPO / "docs" / "screenshots")
    parser.add_argument("--dark", action="store_true", help="a dark palette: the welcome, question and results pages")
    args = parser.parse_args()
    if not os.environ.get("DISPLAY"):
        return _rerun_under_xvfb()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    home = tempfile.mkdtemp(prefix="screenshots-home-")
    os.environ.update(HOME=home, XDG_CONFIG_HOME=f"{home}/config", XDG_CACHE_HOME=f"{home}/cache")
    args.out.mkdir(parents=True, exist_ok=True)
    for path in take(args.lang, args.out, args.dark):
        print(path.relative_to(REPO) if path.is_relative_to(REPO) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
