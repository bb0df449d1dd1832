"""A seeded random walk through the window: 2,000 actions (clicks, keys, Back/Next, language,
what-if, open/save with bad files, exports that fail) with any uncaught exception failing the
test; at the end the window recommends what the CLI recommends for the same answers."""

from __future__ import annotations

import json
import random
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from gui.rendering.exporting import ExportKind
from gui.window.wizard import PageId

SEED = 20261127
ACTIONS = 2000


def prepare_files(folder: Path) -> list[Path]:
    files = {
        "good.yaml": "answers:\n  platform: single-host\n  trust: untrusted\n",
        "list.yaml": "- platform: kubernetes\n",
        "unknown-choice.yaml": "answers: {trust: maybe}\n",
        "newer.yaml": "answers: {trust: own}\nformat: 9\nextras: {colour: blue}\n",
        "foreign.yaml": "apiVersion: v1\nkind: Pod\nmetadata: {name: x}\n",
        "empty.yaml": "",
        "tags.yaml": "answers: !!python/object/apply:os.system [echo hi]\n",
    }
    paths = []
    for name, text in files.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    binary = folder / "latin1.yaml"
    binary.write_bytes("answers: {platform: kubernetes} # café".encode("latin-1"))
    paths += [binary, folder / "missing.yaml", folder]
    return paths


def test_random_interaction(qtbot, window, tmp_path, monkeypatch, run_cli) -> None:
    rng = random.Random(SEED)
    uncaught: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, error, tb: uncaught.append(error))
    dialogs: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: dialogs.append(title))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: dialogs.append(title))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: dialogs.append(box.windowTitle()) or 0)
    inputs = prepare_files(tmp_path)
    targets = [tmp_path / "out" / "a", tmp_path / "missing-folder" / "b", tmp_path / "out" / "c.yaml"]
    (tmp_path / "out").mkdir()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(rng.choice(inputs)), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(rng.choice(targets)), ""))
    real_temp = tempfile.NamedTemporaryFile

    def sometimes_full_disk(*args, **kwargs):
        if rng.random() < 0.3:
            raise OSError(28, "No space left on device")
        return real_temp(*args, **kwargs)

    monkeypatch.setattr(tempfile, "NamedTemporaryFile", sometimes_full_disk)
    wizard = window.wizard
    window.activateWindow()

    def click_choice() -> None:
        page = wizard.currentPage()
        if wizard.currentId() != PageId.RESULTS:
            button = rng.choice(list(page.buttons.values()))
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(10, button.height() // 2))

    def press_key() -> None:
        key = rng.choice([Qt.Key.Key_Return, Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_Tab, Qt.Key.Key_Space])
        qtbot.keyClick(QApplication.focusWidget() or window, key)

    def what_if() -> None:
        items = wizard.results_page.what_if_items if wizard.currentId() == PageId.RESULTS else []
        if items:
            item, _ = rng.choice(items)
            qtbot.mouseClick(item, Qt.MouseButton.LeftButton, pos=QPoint(8, item.height() // 2))

    def export() -> None:
        kind = rng.choice([ExportKind.MARKDOWN, ExportKind.JSON, ExportKind.MARKDOWN, ExportKind.PDF])
        if kind is ExportKind.PDF and rng.random() < 0.7:
            kind = ExportKind.JSON  # PDFs are slow; a few are enough
        window.export_actions[kind].trigger()

    def comparison() -> None:
        window.compare_action.trigger()
        window.comparison.filter_edit.setText(rng.choice(["", "kernel", "커널", "zzz"]))
        window.comparison.differ_only.setChecked(rng.random() < 0.5)
        if rng.random() < 0.5:
            window.comparison.close()

    actions = [
        (click_choice, 6),
        (lambda: wizard.next(), 5),
        (lambda: wizard.back(), 3),
        (press_key, 4),
        (lambda: rng.choice(list(window.language_actions.values())).trigger(), 1),
        (what_if, 3),
        (window.open_action.trigger, 1),
        (window.save_action.trigger, 1),
        (export, 1),
        (window.restart_action.trigger, 1),
        (window.results_action.trigger, 2),
        (comparison, 1),
        (window.skip_action.toggle, 1),
    ]
    population = [action for action, weight in actions for _ in range(weight)]
    for step in range(ACTIONS):
        rng.choice(population)()
        if step % 25 == 0:
            QApplication.processEvents()
    qtbot.wait(50)
    assert uncaught == [], uncaught
    assert dialogs, "the walk met bad files and failing writes"

    # the final state recommends what the CLI recommends for the same answers
    window.set_language("en")
    window.results_action.trigger()
    final = tmp_path / "final.yaml"
    monkeypatch.setattr(tempfile, "NamedTemporaryFile", real_temp)
    assert window.save_answers_file(final)
    code, out, _ = run_cli("recommend", "--answers", str(final), "--format", "json")
    expected = json.loads(out)["recommendation"]
    shown = wizard.results_page.pick_label.text()
    if expected is None:
        assert shown == "No runtime fits all of your hard requirements"
    else:
        assert shown == window.model.data.dataset.runtime(expected).name
