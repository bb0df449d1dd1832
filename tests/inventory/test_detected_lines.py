"""The report's "detected" lines from an inventory, in English, written out by hand from the
data's release lines (data/runtimes.yaml) on a fixed day: the platform and its evidence, each
pool and its sandbox, the RuntimeClasses and whether nodes offer their handler, and the release
lines whose support has ended with the way forward."""

from __future__ import annotations

import datetime as dt

from gui.domain.detect.inventory import Inventory, NodePool
from gui.domain.detect.inventory_plan import _end_of_life_lines, _runtime_class_lines, detected_lines
from gui.domain.detect.kubectl_json import RuntimeClassRecord

TODAY = dt.date(2026, 11, 29)  # containerd 1.7 (2026-09) and 2.2 (2026-11-06) have ended; 2.0 runs to 2027-03


def _pool(name: str, runtimes=(), sandbox=None, handlers=()) -> NodePool:
    return NodePool(name, 2, tuple(runtimes), (), (), ("amd64",), 0, sandbox, tuple(handlers))


POOLS = [
    _pool("old", ["containerd://1.7.27"]),
    # 2.0 is still supported (a vendor's extended line) and 2.3 is current: nothing to say
    _pool("current", ["containerd://2.0.5", "containerd://2.3.1"]),
    # OpenShift's own CRI-O build, a line newer than the data lists, a runtime the data does not know
    _pool("", ["cri-o://1.33.5-3.rhaos4.20.gitd0ea985.el9", "containerd://3.0.0", "weird://1"]),
    _pool("fargate", ["containerd://1.6.0"], sandbox="fargate"),  # AWS updates those
    _pool("ancient", ["docker://28.1.1", "cri-o://1.30.4"]),
]
OLDER = [
    "node pool ancient runs Docker Engine 28, older than every line the data lists: move to 29",
    "node pool ancient runs CRI-O 1.30, older than every line the data lists: move to 1.37, 1.36, 1.35",
]


def test_an_ended_line_on_a_cluster_you_run_says_where_to_move_longest_supported_first(shipped_data) -> None:
    lines = _end_of_life_lines(Inventory(platform="kubernetes", pools=POOLS), shipped_data, "en", TODAY)
    assert lines == [
        # not 2.0: it outlives 2.2 on extended support but is older than a line that has ended
        "node pool old runs containerd 1.7, whose support ended on 2026-09: "
        "move to 2.3 (until 2028-04-30), 2.4 (until 2027-04-26)",
        *OLDER,
    ]


def test_on_a_managed_platform_an_old_line_is_the_platforms_to_upgrade(shipped_data) -> None:
    # GKE picks the node runtime with the node image: "move to 2.3" is not the user's to do
    lines = _end_of_life_lines(Inventory(platform="gke", pools=POOLS), shipped_data, "en", TODAY)
    upgrade = "the platform picks the runtime, so upgrade the node image or the cluster version"
    assert lines == [
        f"node pool old runs containerd 1.7, whose upstream support ended on 2026-09: {upgrade}",
        f"node pool ancient runs Docker Engine 28, older than every line the data lists: {upgrade}",
        f"node pool ancient runs CRI-O 1.30, older than every line the data lists: {upgrade}",
    ]


def test_the_day_a_line_ends_it_is_still_supported(shipped_data) -> None:
    pools = [_pool("p", ["containerd://2.2.0"])]
    assert _end_of_life_lines(Inventory(pools=pools), shipped_data, "en", dt.date(2026, 11, 6)) == []
    assert _end_of_life_lines(Inventory(pools=pools), shipped_data, "en", dt.date(2026, 11, 7)) == [
        "node pool p runs containerd 2.2, whose support ended on 2026-11-06: "
        "move to 2.3 (until 2028-04-30), 2.4 (until 2027-04-26)"
    ]


def test_runtime_classes_by_whether_the_nodes_offer_their_handler() -> None:
    pools = [
        _pool("sandbox-pool", sandbox="gvisor", handlers=["runsc", "runc"]),
        _pool("", handlers=["runc", "runsc"]),
        _pool("plain", handlers=["runc"]),
    ]
    classes = [
        RuntimeClassRecord("gvisor", "runsc"),
        RuntimeClassRecord("kata", "kata-qemu"),
        RuntimeClassRecord("crun", "crun"),  # not sandboxes: not mentioned
        RuntimeClassRecord("runc", "runc"),
        RuntimeClassRecord("empty", ""),
    ]
    assert _runtime_class_lines(Inventory(pools=pools, runtime_classes=classes), "en") == [
        "RuntimeClass gvisor (handler runsc) already exists and sandbox-pool, (no pool label) offer(s) it: "
        "only the workloads change to use it",
        "RuntimeClass kata names handler kata-qemu, which no node offers (status.runtimeHandlers): "
        "set it up on the nodes first",
    ]


def test_a_runtime_class_on_nodes_that_do_not_list_handlers_is_to_be_checked() -> None:
    inventory = Inventory(pools=[_pool("p")], runtime_classes=[RuntimeClassRecord("gvisor", "runsc")])
    assert _runtime_class_lines(inventory, "en") == [
        "RuntimeClass gvisor (handler runsc) already exists; check that the nodes offer that handler"
    ]


def test_the_platform_with_its_evidence_and_each_pool_with_its_sandbox(shipped_data) -> None:
    openshift = Inventory(
        platform="openshift",
        platform_evidence="node.openshift.io/os_id=rhcos",
        platform_votes=3,
        pools=[
            _pool("role worker", ["cri-o://1.33.5-3.rhaos4.20.gitd0ea985.el9"]),
            _pool("role kata-oc, worker", (), "kata"),
        ],
        files=["nodes.json", "rc.json"],
    )
    assert detected_lines(openshift, shipped_data, "en", {}, TODAY) == [
        "platform OpenShift, from node.openshift.io/os_id=rhcos on 3 of 4 node(s) (nodes.json, rc.json)",
        "node pool role worker: 2 node(s), cri-o://1.33.5-3.rhaos4.20.gitd0ea985.el9",
        "node pool role kata-oc, worker: 2 node(s), -; OpenShift sandboxed containers (Kata) nodes",
    ]
    plain = Inventory(
        platform="kubernetes",
        pools=[_pool("", ["containerd://2.3.1"]), _pool("aks-kata", (), "kata"), _pool("gk", (), "gvisor")],
        files=["n.json"],
    )
    assert detected_lines(plain, shipped_data, "en", {}, TODAY) == [
        "platform Self-managed Kubernetes (kubeadm, k3s, RKE2, ...), from no label or provider ID of a managed "
        "platform or OpenShift on the nodes (n.json)",
        "node pool (no pool label): 2 node(s), containerd://2.3.1",
        "node pool aks-kata: 2 node(s), -; Pod Sandboxing (Kata) pool",
        "node pool gk: 2 node(s), -; GKE Sandbox (gVisor) pool",
    ]


def test_a_platform_from_the_server_version_alone_and_an_overridden_suggestion(shipped_data) -> None:
    inventory = Inventory(platform="gke", server_version="v1.33.5-gke.1", files=["version.json"])
    overridden = {"virtualization": ("available", "unavailable")}
    assert detected_lines(inventory, shipped_data, "en", overridden, TODAY) == [
        "platform Google Kubernetes Engine (GKE), from the server version v1.33.5-gke.1 (version.json)",
        "Can the nodes run hardware virtualization? The inventory suggests Yes (bare metal or nested "
        "virtualization); the answer given, No, is kept",
    ]


def test_the_detected_lines_come_first_among_the_notes_numbered_from_one(shipped_data) -> None:
    from gui.domain.advice.answers import AnswerSet
    from gui.domain.advice.engine import Advisor
    from gui.domain.advice.plan import build_plan
    from gui.domain.detect.inventory_plan import with_detected
    from gui.domain.report.model import build_report

    plan = build_plan(Advisor(shipped_data), AnswerSet.single({"platform": "eks"}, shipped_data.questions))
    report = build_report(shipped_data, plan, "en")
    notes = with_detected(report, ["first", "second"]).plan.notes
    assert [(n.id, n.kind, n.workload, n.text) for n in notes[:2]] == [
        ("detected-1", "detected", None, "first"),
        ("detected-2", "detected", None, "second"),
    ]
    assert notes[2:] == report.plan.notes


def test_lines_passed_over_do_not_hide_an_ended_line_after_them_in_the_same_pool(shipped_data) -> None:
    pool = _pool(
        "mixed",
        [
            "cri-o://1.33.5-3.rhaos4.20.gitd0ea985.el9",  # OpenShift's build
            "weird://1",  # not a runtime the data knows
            "containerd://3.0.0",  # newer than the data lists
            "containerd://2.3.1",  # supported
            "containerd://1.7.27",  # ended
        ],
    )
    assert _end_of_life_lines(Inventory(platform="kubernetes", pools=[pool]), shipped_data, "en", TODAY) == [
        "node pool mixed runs containerd 1.7, whose support ended on 2026-09: "
        "move to 2.3 (until 2028-04-30), 2.4 (until 2027-04-26)"
    ]


def test_a_runc_class_before_a_sandbox_class_does_not_hide_it() -> None:
    inventory = Inventory(
        pools=[_pool("p", handlers=["runc", "runsc"])],
        runtime_classes=[RuntimeClassRecord("runc", "runc"), RuntimeClassRecord("gvisor", "runsc")],
    )
    assert _runtime_class_lines(inventory, "en") == [
        "RuntimeClass gvisor (handler runsc) already exists and p offer(s) it: only the workloads change to use it"
    ]


def test_a_pool_with_two_runtimes_lists_both(shipped_data) -> None:
    inventory = Inventory(
        platform="kubernetes", pools=[_pool("upgrading", ["containerd://2.2.0", "containerd://2.3.1"])], files=["n"]
    )
    assert detected_lines(inventory, shipped_data, "en", {}, TODAY)[1] == (
        "node pool upgrading: 2 node(s), containerd://2.2.0, containerd://2.3.1"
    )
