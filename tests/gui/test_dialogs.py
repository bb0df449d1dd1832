"""Start-up with bad data, the comparison table, links, About, and the crash dialog."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gui import app as app_module
from gui.dialogs.crash import CrashReporter
from gui.dialogs.data_error import DataErrorChoice, DataErrorDialog
from gui.domain.report.comparison import DAGGER
from gui.widgets.external_links import open_external_link
from tests.conftest import DATA
from tests.gui.driving import quit_data_error_dialog, walk
from tests.helpers import replace_once


def break_rules(folder: Path) -> int:
    anchor = "    when: {isolation: syscall-filtering}\n    exclude: {kernel: shared}\n"
    return replace_once(folder / "rules.yaml", anchor, anchor.replace("{kernel:", "{kernal:")) + 1


def test_data_error_shows_a_dialog_and_quitting_is_clean(qtbot, data_copy, monkeypatch) -> None:
    line = break_rules(data_copy)
    seen: list[str] = []

    monkeypatch.setattr(DataErrorDialog, "exec", quit_data_error_dialog(qtbot, seen))
    assert app_module.load_data_interactively(data_copy) is None
    assert seen[0].startswith(f"{data_copy / 'rules.yaml'}:{line}:")
    assert "unknown attribute 'kernal'" in seen[0]


def test_data_error_then_another_folder_loads(qtbot, data_copy, monkeypatch) -> None:
    break_rules(data_copy)
    monkeypatch.setattr(DataErrorDialog, "exec", lambda d: d.open_button.click() or 1)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(DATA))
    data = app_module.load_data_interactively(data_copy)
    assert data is not None and data.origin == str(DATA)


def test_run_app_with_broken_data_exits_2_without_a_window(qtbot, data_copy, monkeypatch) -> None:
    break_rules(data_copy)
    monkeypatch.setattr(DataErrorDialog, "ask", lambda self: DataErrorChoice.QUIT)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_app installs the crash hook
    assert app_module.run_app(["--data", str(data_copy)]) == 2


def test_comparison_table_is_the_whole_seed_with_the_pick_marked(qtbot, window, shipped_data) -> None:
    walk(qtbot, window, {"trust": "untrusted", "workload": "web-stateless", "virtualization": "unavailable"})
    window.compare_action.trigger()
    dialog = window.comparison
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert (table.rowCount(), table.columnCount()) == (len(shipped_data.dataset.rows), 5)
    headers = [table.horizontalHeaderItem(c).text() for c in range(5)]
    # the runtime's name as the wizard says it, then the column as the table prints it
    assert headers[3] == "gVisor\n(gVisor CRI plugin)  \u2605"
    assert headers[1] == "containerd\n(Containerd CRI plugin)"
    assert not any("\u2605" in h for i, h in enumerate(headers) if i != 3)
    version_row = [r.id for r in shipped_data.dataset.rows].index("version")
    cell = table.item(version_row, 3)
    assert cell.text() == f"runc {DAGGER}" and "release-YYYYMMDD.N" in cell.toolTip()
    # the correction is in reach of the keyboard too: the cell with the focus shows it below
    table.setCurrentCell(version_row, 3)
    assert "release-YYYYMMDD.N" in dialog.cell_note.text()
    table.setCurrentCell(version_row, 0)
    assert dialog.cell_note.text() == ""
    dialog.filter_edit.setText("syscall")
    visible = [table.verticalHeaderItem(r).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert "Syscall filtering" in visible and "Sponsor" not in visible
    dialog.filter_edit.clear()
    # every row of the seed differs somewhere, so one is made alike by hand: with the filter on
    # it hides and the differing rows stay; off, it shows again
    kernel_blobs = [r.id for r in shipped_data.dataset.rows].index("kernel_blobs")
    for column in range(table.columnCount()):
        table.item(kernel_blobs, column).setText("no")
    assert table.isRowHidden(kernel_blobs) is False
    dialog.differ_only.setChecked(True)
    assert table.isRowHidden(kernel_blobs) is True
    assert [r for r in range(table.rowCount()) if table.isRowHidden(r)] == [kernel_blobs]
    dialog.differ_only.setChecked(False)
    assert not any(table.isRowHidden(r) for r in range(table.rowCount()))
    dialog.rebuild()  # the real cells again
    # the highlight follows a changed answer
    window.model.set_answer("virtualization", "available")
    window.model.set_answer("workload", "database")
    assert table.horizontalHeaderItem(4).text().endswith("\u2605")


def test_comparison_lists_every_correction_and_note_with_its_checked_date(qtbot, window, shipped_data) -> None:
    window.compare_action.trigger()
    dialog = window.comparison
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentIndex(1)
    text = dialog.facts.toPlainText()
    dataset = shipped_data.dataset
    for runtime in dataset.runtimes:
        for erratum in runtime.errata:
            assert erratum.correction.en in text, (runtime.id, erratum.target)
        for note in runtime.notes:
            assert f"{note.date} {note.text.en}" in text, note.id
            assert f"{note.source}; checked {note.checked}" in text, note.id
        for release in runtime.releases:
            assert f"{release.line} {release.status.en}" in text
    for platform in shipped_data.platforms.values():
        for note in platform.notes:
            assert note.text.en in text
    # the wrong seed cell is named beside its correction
    assert "Start time: <100ms → No published measurement supports" in text


def test_only_https_links_are_opened(monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    assert open_external_link(QUrl("https://gvisor.dev/"))
    assert not open_external_link(QUrl("http://gvisor.dev/"))
    assert not open_external_link(QUrl("file:///etc/passwd"))
    assert opened == ["https://gvisor.dev/"]


def test_results_links_go_through_the_https_check(qtbot, window, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    walk(qtbot, window, {})
    details = window.wizard.results_page.details
    assert not details.openLinks() and not details.openExternalLinks()
    details.anchorClicked.emit(QUrl("https://github.com/cri-o/cri-o"))
    details.anchorClicked.emit(QUrl("javascript:alert(1)"))
    assert opened == ["https://github.com/cri-o/cri-o"]


def test_about_names_version_licences_and_dataset(qtbot, window, monkeypatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    window.about_action.trigger()
    text = shown[0]
    assert "Runtime Advisor 0.1.0" in text and "LGPL" in text and "2026-12-07" in text
    assert "https://kubedex.com/kubernetes-container-runtimes/" in text


def test_crash_dialog_logs_and_shows_details(qtbot, window, tmp_path, monkeypatch) -> None:
    log_file = tmp_path / "app.log"
    handler = logging.FileHandler(log_file)
    logging.getLogger().addHandler(handler)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())) or 0)
    try:
        raise ValueError("something broke")
    except ValueError:
        CrashReporter(log_file)(*sys.exc_info())
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    text, details = shown[0]
    assert "Your answers are kept" in text and str(log_file) in text
    assert "ValueError: something broke" in details
    assert "ValueError: something broke" in log_file.read_text(encoding="utf-8")
    assert window.isVisible(), "the app keeps running"


def test_results_follow_a_dark_palette(qtbot, window) -> None:
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QApplication

    walk(qtbot, window, {})
    page = window.wizard.results_page
    original = QApplication.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#181818"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#eeeeee"))
    from gui.theme import secondary_text

    expected = secondary_text(dark).name()
    assert expected != secondary_text(original).name()
    try:
        QApplication.setPalette(dark)
        qtbot.waitUntil(lambda: expected in page.details.toHtml())
    finally:
        QApplication.setPalette(original)


def test_no_colour_is_hard_coded_in_the_widgets() -> None:
    import re

    from tests.conftest import REPO

    for path in [*(REPO / "gui").glob("*.py"), *(REPO / "gui").glob("*/*.py")]:
        if path.name in ("report_html.py", "export_pdf.py"):  # the printed page is white paper
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(r"#[0-9a-fA-F]{6}\b|QColor\(\s*\d", text), f"{path.name} hard-codes a colour"


def test_how_is_this_scored_lists_every_rule_with_its_points_and_the_fit_words(qtbot, window, shipped_data) -> None:
    window.scoring_action.trigger()
    dialog = window.scoring
    qtbot.waitExposed(dialog)
    text = dialog.text.toPlainText()
    for rule in shipped_data.rules:
        assert rule.reason.en in text, rule.id
    assert "Strong fit: 2 or more points ahead" in text and "Close call: less than 1 point ahead" in text
    # each hard constraint names the runtimes it removes
    untrusted = next(r for r in shipped_data.rules if r.id == "untrusted-needs-sandbox")
    assert "CRI-O, containerd, Docker Engine" in text and untrusted.reason.en in text
    # the results page's link opens the same dialog
    window.scoring.close()
    walk(qtbot, window, {})
    qtbot.mouseClick(window.wizard.results_page.scoring_button, Qt.MouseButton.LeftButton)
    assert window.scoring.isVisible()


def test_a_tie_is_its_own_state_with_the_options_side_by_side(qtbot, window) -> None:
    walk(
        qtbot,
        window,
        {
            "trust": "own",
            "isolation": "syscall-filtering",
            "workload": "database",
            "virtualization": "available",
            "maturity": "proven",
        },
    )
    page = window.wizard.results_page
    assert window.model.result.tied_with_top
    assert " / " in page.pick_label.text() and page.fit_label.text().startswith("Tie")
    details = page.details.toPlainText()
    assert "The options side by side" in details
    assert "Tied with the pick" in details, "the runtime it is tied with is not listed as a loser"


def test_dialogs_open_no_larger_than_the_screen(qtbot, window) -> None:
    screen = window.screen().availableGeometry()
    window.compare_action.trigger()
    window.scoring_action.trigger()
    for dialog in (window.comparison, window.scoring):
        qtbot.waitExposed(dialog)
        assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
