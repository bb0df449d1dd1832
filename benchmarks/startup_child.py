"""One measured start-up, run in a fresh process by bench_startup.py.

    python -m benchmarks.startup_child minimal|app

Prints one line `exposed <seconds since this process started> <peak RSS KiB>` when the first
page is on screen, then `results ...` with the results page shown. Both kinds start the same
way: the interpreter, a QApplication, a window shown, the time taken at its first Expose event.
For `app` it also prints, at that first expose, `imported <module,...>`: the project's modules
and the heavy libraries imported by then; and `ready <seconds>` once the data is loaded and every
page works (the window's `ready` signal), before showing the results.
"""

from __future__ import annotations

import resource
import sys
import time

STARTED = time.perf_counter()


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


HEAVY_LIBRARIES = ("yaml", "jsonschema", "reportlab", "markdown_it")


def imported_now() -> list[str]:
    """The project's modules and the heavy libraries in sys.modules, sorted."""
    return sorted(m for m in sys.modules if m == "gui" or m.startswith("gui.") or m in HEAVY_LIBRARIES)


def main() -> None:
    kind = sys.argv[1]
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    class FirstExpose(QObject):
        def __init__(self, then) -> None:
            super().__init__()
            self.then = then
            self.done = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt's name)
            if not self.done and event.type() == QEvent.Type.Expose and watched.isExposed():
                self.done = True
                print(f"exposed {time.perf_counter() - STARTED:.4f} {_peak_kib()}", flush=True)
                print("imported " + ",".join(imported_now()), flush=True)
                QTimer.singleShot(0, self.then)
            return False

    if kind == "minimal":
        app = QApplication(sys.argv[:1])
        window = QLabel("Hello")
        window.resize(1000, 700)
        window.show()
        watcher = FirstExpose(app.quit)
        window.windowHandle().installEventFilter(watcher)
        app.exec()
        print(f"results {time.perf_counter() - STARTED:.4f} {_peak_kib()}", flush=True)
        return

    from gui.app import start

    def when_ready() -> None:
        if window.is_ready():
            show_results()
        else:
            window.ready.connect(show_results)

    def show_results() -> None:
        print(f"ready {time.perf_counter() - STARTED:.4f}", flush=True)
        # a measurement, not a session: quitting must not stop at "save the report first?"
        window.ask_to_save_before_closing = lambda: True  # type: ignore[method-assign]
        window.wizard.show_results()
        app.processEvents()
        window.repaint()
        print(f"results {time.perf_counter() - STARTED:.4f} {_peak_kib()}", flush=True)
        app.quit()

    app, window = start([])
    assert window is not None
    watcher = FirstExpose(when_ready)
    window.windowHandle().installEventFilter(watcher)
    app.exec()


if __name__ == "__main__":
    main()
