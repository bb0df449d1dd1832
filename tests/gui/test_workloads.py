"""Workloads in the window: add one from the results page, answer only its own questions, see
the plan for the whole cluster, save and reopen it, and keep it for the next start."""

from __future__ import annotations

from pathlib import Path

import yaml
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from gui.app import create_main_window
from gui.widgets.plan_stack import DETAIL_ROLE
from gui.window.wizard import PageId
from tests.gui.driving import click_choice, click_next, walk


def _add_workload(qtbot, window, monkeypatch, names: list[str]) -> list[str]:
    """Click Add Workload and type the names one after another (a refused name is asked again)."""
    typed = iter(names)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: (next(typed), True))
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    qtbot.mouseClick(window.wizard.results_page.add_workload_button, Qt.MouseButton.LeftButton)
    return warned


def test_a_second_workload_gets_its_own_questions_and_a_place_in_the_plan(qtbot, window, monkeypatch) -> None:
    walk(qtbot, window, {"platform": "gke"})
    warned = _add_workload(qtbot, window, monkeypatch, ["Customer Code", "customer-code"])
    assert len(warned) == 1 and "cannot name a workload" in warned[0], "a bad name is explained, then asked again"
    assert warned[0].endswith("Try customer-code."), "with the name it could be"
    wizard = window.wizard
    # only the workload questions are asked for it, starting with who wrote the code
    qtbot.waitUntil(lambda: wizard.currentId() == window.model.data.questions.ids.index("trust"))
    asked = []
    while wizard.currentId() != PageId.RESULTS:
        question = wizard.currentPage().question
        asked.append(question.id)
        assert "customer-code" in wizard.currentPage().subTitle()
        click_choice(qtbot, window, question.id, "untrusted" if question.id == "trust" else question.default)
        click_next(qtbot, window)
    assert asked == list(window.model.data.questions.ids_of_scope("workload"))
    page = wizard.results_page
    assert page.pick_label.text() == "gVisor"
    boxes = [page.workload_list.item(i) for i in range(page.workload_list.count())]
    assert [b.text() for b in boxes] == ["default", "customer-code"]
    assert [b.data(DETAIL_ROLE) for b in boxes] == ["no sandbox: runc", "gVisor · RuntimeClass gvisor"]
    # a screen reader hears each box whole
    assert boxes[1].data(Qt.ItemDataRole.AccessibleTextRole) == (
        "customer-code: gVisor (GKE Sandbox) beneath containerd"
    )
    assert page.stack.node_bar.text() == ("Node runtime: containerd · OCI runtime: runc · Google Kubernetes Engine")
    assert "Workload customer-code:" in page.summary_label.text()
    assert "RuntimeClass gvisor (handler gvisor)" in page.details.toPlainText()
    # picking the first workload shows its result; its answers were not touched
    page.workload_list.setCurrentRow(0)
    qtbot.waitUntil(lambda: page.pick_label.text() == "containerd")
    assert window.model.answers["trust"] == "own"
    assert not page.remove_workload_button.isEnabled(), "the first workload holds the cluster's answers"


def test_a_cluster_is_saved_reopened_and_kept(
    qtbot, window, monkeypatch, tmp_path: Path, settings, shipped_data
) -> None:
    walk(qtbot, window, {"platform": "kubernetes", "virtualization": "available"})
    _add_workload(qtbot, window, monkeypatch, ["tenants"])
    window.model.set_answer("trust", "untrusted")
    window.wizard.show_results()
    target = tmp_path / "cluster.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_action.trigger()
    saved = yaml.safe_load(target.read_text(encoding="utf-8"))
    assert saved["answers"]["platform"] == "kubernetes"
    assert saved["workloads"] == [
        {"name": "tenants", "answers": {**_workload_defaults(shipped_data), "trust": "untrusted"}}
    ]
    # start over, then open the file: both workloads come back
    window.restart_action.trigger()
    assert window.model.session.workload_names == ("default",)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window.open_action.trigger()
    assert window.model.session.workload_names == ("default", "tenants")
    assert window.wizard.currentId() == PageId.RESULTS
    # and the next start keeps them
    window.close()
    again = create_main_window(shipped_data, settings)
    qtbot.addWidget(again)
    assert again.model.session.workload_names == ("default", "tenants")
    assert again.model.answer_set.workloads[1].answers["trust"] == "untrusted"


def test_removing_a_workload_drops_it_from_the_plan(qtbot, window, monkeypatch) -> None:
    walk(qtbot, window, {})
    _add_workload(qtbot, window, monkeypatch, ["batch"])
    window.wizard.show_results()
    page = window.wizard.results_page
    assert page.remove_workload_button.isEnabled()
    qtbot.mouseClick(page.remove_workload_button, Qt.MouseButton.LeftButton)
    assert window.model.session.workload_names == ("default",)
    assert page.workload_list.count() == 1


def _workload_defaults(data) -> dict[str, str]:
    return {q.id: q.default for q in data.questions.of_scope("workload")}
