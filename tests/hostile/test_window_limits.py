"""What the window lets a person make, it saves and opens again; what a file cannot hold, the
window does not make (issue 25: the window took 61 workloads and refused its own file)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from gui.domain.advice.answers import MAX_WORKLOADS, load_answer_set
from gui.domain.problems import InputError
from tests.conftest import SCHEMAS
from tests.gui.driving import walk

SCHEMA = SCHEMAS / "answers.schema.json"


def test_the_file_format_and_the_window_stop_at_the_same_count() -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    # the first workload lives under `answers`, the others under `workloads`
    assert schema["properties"]["workloads"]["maxItems"] == MAX_WORKLOADS - 1


def _file_with(tmp_path: Path, count: int) -> Path:
    path = tmp_path / f"cluster-{count}.yaml"
    more = [{"name": f"w{n}", "answers": {"trust": "untrusted"}} for n in range(1, count)]
    path.write_text(yaml.safe_dump({"answers": {"platform": "kubernetes"}, "workloads": more}), encoding="utf-8")
    return path


def test_a_plan_at_the_limit_is_made_saved_and_opened_again(qtbot, window, monkeypatch, tmp_path, shipped_data) -> None:
    walk(qtbot, window, {"platform": "kubernetes"})
    session = window.model.session
    # the longest name the window takes, and then as many as the plan holds
    longest = "a" * 62 + "z"
    window.model.add_workload(longest)
    while len(session.workload_names) < MAX_WORKLOADS:
        window.model.add_workload(f"w{len(session.workload_names)}")
    window.wizard.show_results()
    page = window.wizard.results_page
    button = page.add_workload_button
    assert not button.isEnabled() and f"at most {MAX_WORKLOADS} workloads" in button.toolTip()
    # asked anyway (a shortcut, a script): it says why and adds nothing
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a: told.append(text))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: pytest.fail("no name is asked for"))
    assert not page.ask_new_workload()
    assert told == [f"A plan holds at most {MAX_WORKLOADS} workloads, as many as an answers file can hold."]
    with pytest.raises(ValueError, match=f"at most {MAX_WORKLOADS} workloads"):
        session.add_workload("one-more")
    # saved, then opened again in the window and by the command line's reader: all of it
    target = tmp_path / "cluster.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window.save_action.trigger()
    names = session.workload_names
    assert load_answer_set(target, shipped_data.questions, SCHEMA).names == names
    window.restart_action.trigger()
    assert window.open_answers_file(target)
    assert window.model.session.workload_names == names
    # one removed, the button is back
    window.model.session.remove_workload(len(names) - 1)
    window.model.changed.emit()
    assert button.isEnabled()


def test_a_file_at_the_limit_opens_in_the_window_and_one_past_it_is_refused_by_both(
    qtbot, window, monkeypatch, tmp_path, shipped_data
) -> None:
    at_limit, past = _file_with(tmp_path, MAX_WORKLOADS), _file_with(tmp_path, MAX_WORKLOADS + 1)
    assert window.open_answers_file(at_limit)
    assert len(window.model.session.workload_names) == MAX_WORKLOADS
    assert not window.wizard.results_page.add_workload_button.isEnabled()
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warned.append(text))
    assert not window.open_answers_file(past)
    assert f"workloads: allows at most {MAX_WORKLOADS - 1} item(s), found {MAX_WORKLOADS}" in warned[0]
    with pytest.raises(InputError):
        load_answer_set(past, shipped_data.questions, SCHEMA)


@pytest.mark.parametrize("name", ["Web", "a" * 64, "web-", "-web", "web_app", "default", "wéb"])
def test_a_name_the_file_refuses_the_window_refuses_too(tmp_path, window, shipped_data, name) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(yaml.safe_dump({"answers": {}, "workloads": [{"name": name}]}), encoding="utf-8")
    with pytest.raises(InputError):
        load_answer_set(path, shipped_data.questions, SCHEMA)
    assert window.model.session.check_new_workload_name(name) is not None
