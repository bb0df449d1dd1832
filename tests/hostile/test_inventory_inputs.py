"""A cluster inventory as an attacker (or a broken script) would write it (issue 25).

Any JSON value in any place kubectl's listings have gives either a plan or `FILE:0:0: PATH:
what is wrong` lines and exit 2, never a Python error; numbers of any size and spelling are
read; a value of the right type the app cannot read is listed as not read, never dropped in
silence; and what a cluster's labels and names hold reaches every output as plain text.
"""

from __future__ import annotations

import copy
import datetime as _dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.detect.inventory import read_inventory
from gui.domain.detect.inventory_plan import apply_inventory, detected_lines, with_detected
from gui.domain.plain_text import json_text
from gui.domain.problems import InputError
from gui.domain.report.json_output import report_to_json
from gui.domain.report.markdown import render_markdown
from gui.domain.report.model import build_report
from gui.domain.report.text import render_text
from tests.inventory.clusters import node, node_list

HYPOTHESIS = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow]
)
GKE_NODE = node("gke-a", {"cloud.google.com/gke-nodepool": "pool-a"}, "containerd://2.0.4", gpus=2)
RUNTIME_CLASS = {"apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": {"name": "gvisor"}}
RUNTIME_CLASS["handler"] = "runsc"
# what a terminal acts on: colour, a cursor move, a title change, a bidirectional override, a C1 CSI
ACTIVE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _write(folder: Path, name: str, document: Any) -> Path:
    path = folder / name
    # \u escapes: a lone surrogate as JSON spells it (raw, it would not be UTF-8 at all)
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def _problems(path: Path) -> list[str]:
    with pytest.raises(InputError) as caught:
        read_inventory([path])
    return [str(problem) for problem in caught.value.problems]


def _with(document: Any, keys: tuple[str | int, ...], value: Any) -> Any:
    changed = copy.deepcopy(document)
    target = changed
    for key in keys[:-1]:
        target = target[key]
    target[keys[-1]] = value
    return changed


NODES = node_list(GKE_NODE, node("gke-b", {"cloud.google.com/gke-nodepool": "pool-a"}, "containerd://2.0.4"))
CLASSES = {"apiVersion": "v1", "kind": "List", "items": [RUNTIME_CLASS, _with(RUNTIME_CLASS, ("handler",), "kata")]}


@pytest.mark.parametrize(
    ("document", "keys", "value", "expected"),
    [
        (NODES, ("items", 1), "gke-b", "items[1]: expected an object (a Node or a RuntimeClass), found a string"),
        (CLASSES, ("items", 1), 3, "items[1]: expected an object (a Node or a RuntimeClass), found a number"),
        (NODES, ("items",), {"a": 1}, "items: expected a list, found an object"),
        (NODES, ("items", 0, "status"), 7, "items[0].status: expected an object, found a number"),
        (NODES, ("items", 0, "metadata"), [], "items[0].metadata: expected an object, found a list"),
        (NODES, ("items", 0, "metadata", "name"), True, "items[0].metadata.name: expected a string, found true"),
        (
            NODES,
            ("items", 0, "metadata", "labels", "cloud.google.com/gke-nodepool"),
            12,
            'items[0].metadata.labels["cloud.google.com/gke-nodepool"]: expected a string, found a number',
        ),
        (
            NODES,
            ("items", 0, "status", "runtimeHandlers"),
            "runsc",
            "items[0].status.runtimeHandlers: expected a list, found a string",
        ),
        (
            NODES,
            ("items", 0, "status", "runtimeHandlers", 0),
            None,
            "items[0].status.runtimeHandlers[0]: expected an object, found null",
        ),
        (
            NODES,
            ("items", 0, "status", "nodeInfo", "containerRuntimeVersion"),
            2.0,
            "items[0].status.nodeInfo.containerRuntimeVersion: expected a string, found a number",
        ),
        (
            NODES,
            ("items", 0, "status", "capacity", "nvidia.com/gpu"),
            2,
            'items[0].status.capacity["nvidia.com/gpu"]: expected a string such as "8", found a number',
        ),
        (CLASSES, ("items", 0, "handler"), ["runsc"], "items[0].handler: expected a string, found a list"),
        (CLASSES, ("items", 0, "kind"), "Pod", "items[0].kind: a Pod; allowed here: Node and RuntimeClass items"),
        (
            {"serverVersion": {"gitVersion": "v1.33"}},
            ("serverVersion",),
            "v1.33",
            "serverVersion: expected an object, found a string",
        ),
    ],
)
def test_a_value_of_the_wrong_type_is_named_by_its_path(tmp_path, document, keys, value, expected) -> None:
    path = _write(tmp_path, "inventory.json", _with(document, keys, value))
    assert _problems(path) == [f"{path}:0:0: {expected}"]


def test_every_wrong_entry_is_named_up_to_a_limit_then_counted(tmp_path) -> None:
    document = {"kind": "List", "items": [RUNTIME_CLASS, *range(25)]}
    shown = _problems(_write(tmp_path, "rc.json", document))
    assert len(shown) == 21
    assert shown[0].endswith("items[1]: expected an object (a Node or a RuntimeClass), found a number")
    assert shown[-1].endswith("... and 5 more problems of this kind")


@pytest.mark.parametrize("count", ["²", "2.5", "1k", "-1", "٣", "9" * 5_000, "", " 2"])
def test_a_gpu_count_the_app_cannot_read_is_listed_as_not_read(tmp_path, shipped_data, count) -> None:
    path = _write(tmp_path, "nodes.json", _with(NODES, ("items", 1, "status", "capacity", "nvidia.com/gpu"), count))
    inventory = read_inventory([path])
    assert [p.gpus for p in inventory.pools] == [2]  # the first node's two, the other's not counted
    (line,) = [
        line for line in detected_lines(inventory, shipped_data, "en", {}, _dt.date(2026, 12, 7)) if "not read" in line
    ]
    assert 'items[1].status.capacity["nvidia.com/gpu"]' in line and "the GPUs of node gke-b were not counted" in line
    assert len(line) < 400  # a 5,000-digit value is shortened, not pasted


@pytest.mark.parametrize("where", ["top", "node", "label-list"])
def test_numbers_of_any_size_and_spelling_are_read(tmp_path, where) -> None:
    huge = "9" * 5_000
    if where == "top":
        text = '{"kind": "NodeList", "resourceVersion": ' + huge + ', "items": []}'
    elif where == "node":
        text = json.dumps(node_list(GKE_NODE)).replace('"spec": {', f'"spec": {{"big": -{huge}, "e": 1e99999, ', 1)
    else:
        text = json.dumps(node_list(GKE_NODE)).replace('"spec": {', f'"spec": {{"big": [{huge}.{huge}], ', 1)
    path = tmp_path / "nodes.json"
    path.write_text(text, encoding="utf-8")
    inventory = read_inventory([path])
    assert sum(p.nodes for p in inventory.pools) == (0 if where == "top" else 1)
    # where a string belongs, the huge number is named, not converted
    path.write_text(json.dumps(node_list(GKE_NODE)).replace('"gke-a"', huge, 1), encoding="utf-8")
    assert _problems(path) == [f"{path}:0:0: items[0].metadata.name: expected a string, found a number"]


# every JSON value: what an attacker can put where a node, a field or a label goes
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**60), max_value=10**60)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(alphabet=st.characters(codec=None), max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=12,
)
PLACES = [
    ("items", 0),
    ("items", 0, "metadata"),
    ("items", 0, "metadata", "labels"),
    ("items", 0, "metadata", "labels", "cloud.google.com/gke-nodepool"),
    ("items", 0, "metadata", "name"),
    ("items", 0, "status"),
    ("items", 0, "status", "nodeInfo"),
    ("items", 0, "status", "capacity"),
    ("items", 0, "status", "capacity", "nvidia.com/gpu"),
    ("items", 0, "status", "runtimeHandlers"),
    ("items", 0, "status", "runtimeHandlers", 0),
    ("items", 0, "kind"),
    ("items",),
    ("kind",),
]


@HYPOTHESIS
@given(place=st.sampled_from(PLACES), value=json_values)
def test_any_json_value_anywhere_gives_a_plan_or_named_problems(tmp_path_factory, shipped_data, place, value) -> None:
    folder = tmp_path_factory.mktemp("inventory")
    paths = [_write(folder, "nodes.json", _with(NODES, place, value)), _write(folder, "rc.json", CLASSES)]
    try:
        inventory = read_inventory(paths)
    except InputError as error:
        for problem in error.problems:
            assert str(problem).startswith(f"{problem.file}:0:0: ") or str(problem).startswith(f"{problem.file}:1:1: ")
            assert not ACTIVE.search(str(problem))
        return
    # what was read goes all the way into every output without an error
    answers, overridden = apply_inventory(_answers(shipped_data), inventory, given=set())
    lines = detected_lines(inventory, shipped_data, "en", overridden, _dt.date(2026, 12, 7))
    report = with_detected(build_report(shipped_data, build_plan(Advisor(shipped_data), answers), "en"), lines)
    for text in (render_text(report), render_markdown(report), json_text(report_to_json(report), ascii_only=False)):
        text.encode("utf-8")
        assert not ACTIVE.search(text)


def _answers(data):
    from gui.domain.advice.answers import AnswerSet

    return AnswerSet.single({"trust": "untrusted"}, data.questions)


HOSTILE_TEXT = "pool\x1b]0;owned\x07\x1b[2J\x9b31m\u202egnp.exe\ud800end"


@pytest.mark.parametrize("fmt", ["text", "markdown", "json"])
def test_escapes_and_lone_surrogates_from_a_cluster_reach_no_output_raw(tmp_path, run_cli, fmt) -> None:
    hostile = node(HOSTILE_TEXT, {"cloud.google.com/gke-nodepool": HOSTILE_TEXT}, "containerd://2.0.4" + HOSTILE_TEXT)
    rc = _with(RUNTIME_CLASS, ("metadata", "name"), HOSTILE_TEXT)
    paths = [
        _write(tmp_path, "nodes.json", node_list(hostile)),
        _write(tmp_path, "rc.json", _with(rc, ("handler",), "x")),
    ]
    answers = tmp_path / "answers.yaml"
    answers.write_text("answers: {trust: untrusted}\n", encoding="utf-8")
    inventory_args = [arg for path in paths for arg in ("--inventory", str(path))]
    code, out, err = run_cli("recommend", "--answers", str(answers), "--format", fmt, *inventory_args)
    assert (code, err) == (0, "")
    assert not ACTIVE.search(out), "a raw escape or override reaches the terminal"
    out.encode("utf-8")  # no lone surrogate: every character can be written
    if fmt == "json":  # the detected lines are text to read: escapes visible there too, nothing lost
        lines = [w["text"] for w in json.loads(out)["plan"]["warnings"] if w["kind"] == "detected"]
        assert any("pool\\x1b]0;owned\\x07\\x1b[2J\\x9b31m\\u202egnp.exe" in line for line in lines), lines
        assert not any(ACTIVE.search(line) for line in lines)
    else:
        for visible in ("pool\\x1b", "owned\\x07\\x1b", "\\x9b31m\\u202egnp.exe"):  # each one visible
            # (Markdown escapes the backslash of each, so that it reads as one)
            assert (visible if fmt == "text" else visible.replace("\\", "\\\\")) in out


def test_the_window_shows_a_clusters_names_as_plain_text(qtbot, window, tmp_path) -> None:
    """In the window too: an override must not reverse the line, an escape must not hide."""
    hostile = node(HOSTILE_TEXT, {"cloud.google.com/gke-nodepool": HOSTILE_TEXT}, "containerd://2.0.4")
    assert window.import_inventory_files([_write(tmp_path, "nodes.json", node_list(hostile))])
    shown = window.wizard.results_page.details.toPlainText()
    assert "node pool pool\\x1b]0;owned\\x07\\x1b[2J\\x9b31m\\u202egnp.exe" in shown
    assert not ACTIVE.search(shown)
