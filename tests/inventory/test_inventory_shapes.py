"""kubectl's outputs in the shapes the tests of whole clusters do not use (the API server's own
NodeList, one node, `kubectl version --client`), and how nodes vote for a platform, count GPUs
and leave out what they do not say. Expected values are written by hand."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.domain.detect.inventory import Inventory, NodePool, _platform_of, _pools, read_inventory
from gui.domain.detect.kubectl_json import NodeRecord, RuntimeClassRecord, SkippedCount, read_kubectl_document
from gui.domain.problems import InputError
from tests.inventory.clusters import node, node_list

BARE = {"apiVersion": "v1", "metadata": {"name": "n1"}}  # an item as a List of the API server has it


def _kind_of(document) -> str | None:
    """What one kubectl document was read as: "nodes", "runtimeclasses", both, "version",
    "empty", or None when it is refused."""
    try:
        found = read_kubectl_document(document, Path("x.json"))
    except InputError:
        return None
    kinds = [name for name, there in (("nodes", found.nodes), ("runtimeclasses", found.runtime_classes)) if there]
    return "version" if found.is_version else "empty" if found.empty else "+".join(kinds)


@pytest.mark.parametrize(
    ("document", "kind"),
    [
        ({"clientVersion": {"gitVersion": "v1.34.1"}}, "version"),  # kubectl version --client
        ({"serverVersion": {"gitVersion": "v1.33.5"}}, "version"),
        ({"kind": "NodeList", "items": [BARE]}, "nodes"),  # kubectl get --raw /api/v1/nodes
        ({"kind": "RuntimeClassList", "items": [BARE]}, "runtimeclasses"),
        ({"kind": "List", "items": [{"kind": "Node"}]}, "nodes"),  # kubectl get nodes -o json
        ({"kind": "List", "items": [{"kind": "RuntimeClass"}]}, "runtimeclasses"),
        # kubectl get nodes,runtimeclasses -o json: one list of both kinds
        ({"kind": "List", "items": [{"kind": "Node"}, {"kind": "RuntimeClass"}]}, "nodes+runtimeclasses"),
        ({"kind": "List", "items": []}, "empty"),
        ({"kind": "List", "items": [{"kind": "Node"}, {"kind": "Pod"}]}, None),
        ({"kind": "List", "items": [{"kind": "Pod"}]}, None),  # kubectl get pods -o json
        ({"kind": "Node", "metadata": {"name": "n1"}}, "nodes"),  # kubectl get node n1 -o json
        ({"kind": "RuntimeClass", "handler": "runsc"}, "runtimeclasses"),
        ({"kind": "Pod"}, None),
        ([{"kind": "Node"}], None),
    ],
)
def test_each_kubectl_shape_is_recognised_by_its_own_fields(document, kind) -> None:
    assert _kind_of(document) == kind


def _records(*nodes: dict) -> list[NodeRecord]:
    return read_kubectl_document(node_list(*nodes), Path("nodes.json")).nodes


def _labelled_node(name: str, *labels: str) -> dict:
    return node(name, {label: "x" for label in labels}, "containerd://2.2.0")


def _labelled(name: str, *labels: str) -> NodeRecord:
    (record,) = _records(_labelled_node(name, *labels))
    return record


def test_no_nodes_name_no_platform_and_unlabelled_nodes_a_plain_kubernetes() -> None:
    assert _platform_of([]) == (None, "", 0)
    assert _platform_of([_labelled("a"), _labelled("b")]) == ("kubernetes", "", 2)


def test_nodes_vote_for_their_platform_and_the_most_common_label_names_it() -> None:
    nodes = [
        _labelled("managed-1", "eks.amazonaws.com/nodegroup"),
        _labelled("managed-2", "eks.amazonaws.com/nodegroup"),
        _labelled("karpenter-1", "karpenter.k8s.aws/instance-family"),
        _labelled("aks-1", "kubernetes.azure.com/cluster"),
        _labelled("aks-2", "kubernetes.azure.com/cluster"),
    ]
    # EKS: 3 nodes by two kinds of label, against AKS's 2; both kinds are named, the most common first
    assert _platform_of(nodes) == ("eks", "eks.amazonaws.com/*, karpenter.k8s.aws/*", 3)
    assert _platform_of(nodes[2:3]) == ("eks", "karpenter.k8s.aws/*", 1)
    # the kind on more nodes first, whatever its name; kinds on as many nodes each, by name
    karpenter_first = [nodes[2], _labelled("karpenter-2", "karpenter.k8s.aws/instance-family"), nodes[0]]
    assert _platform_of(karpenter_first) == ("eks", "karpenter.k8s.aws/*, eks.amazonaws.com/*", 3)
    assert _platform_of([nodes[2], nodes[0]]) == ("eks", "eks.amazonaws.com/*, karpenter.k8s.aws/*", 2)


def test_gpus_are_added_over_a_pool_and_a_capacity_that_is_not_a_count_is_skipped_and_said() -> None:
    pool = {"eks.amazonaws.com/nodegroup": "gpu"}
    odd = node("odd", pool, "containerd://2.2.0")
    odd["status"]["capacity"]["nvidia.com/gpu"] = "2.5"
    nodes = [node("a", pool, "containerd://2.2.0", gpus=2), node("b", pool, "containerd://2.2.0", gpus=4), odd]
    found = read_kubectl_document(node_list(*nodes), Path("nodes.json"))
    (pool_found,) = _pools(found.nodes)
    assert (pool_found.name, pool_found.nodes, pool_found.gpus) == ("gpu", 3, 6)
    assert found.skipped == [SkippedCount('items[2].status.capacity["nvidia.com/gpu"]', "2.5", "odd")]


def test_a_node_that_does_not_say_its_runtime_kernel_or_image_adds_no_empty_value() -> None:
    silent = node("silent", {}, "containerd://2.2.0")
    silent["status"]["nodeInfo"] = {}
    (found,) = _pools(_records(node("a", {}, "containerd://2.2.0"), silent))
    assert found.runtimes == ("containerd://2.2.0",)
    assert found.kernels == ("6.8.0-1021-gcp",)
    assert found.os_images == ("Container-Optimized OS from Google",)
    assert found.architectures == ("amd64",)


def test_the_default_runtime_handler_is_not_listed_by_its_empty_name() -> None:
    # status.runtimeHandlers names the default handler "" (k8s.io/api core/v1 NodeRuntimeHandler)
    (found,) = _pools(_records(node("a", {}, "containerd://2.2.0", handlers=("", "runc", "runsc"))))
    assert found.handlers == ("runc", "runsc")


def _pool(name: str, sandbox: str | None) -> NodePool:
    return NodePool(name, 1, ("containerd://2.0.0",), (), (), ("amd64",), 0, sandbox, ())


@pytest.mark.parametrize(
    ("platform", "pools", "suggested"),
    [
        (
            "aks",
            [_pool("nodepool1", None), _pool("katapool", "kata")],
            {"platform": "aks", "virtualization": "available"},
        ),
        ("aks", [_pool("nodepool1", None)], {"platform": "aks"}),
        # OpenShift's Kata nodes may be peer pods, which need no virtualization on the nodes
        ("openshift", [_pool("role kata-oc, worker", "kata")], {"platform": "openshift"}),
        (None, [], {}),
    ],
)
def test_only_an_aks_kata_pool_says_the_nodes_can_run_vms(platform, pools, suggested) -> None:
    assert Inventory(platform=platform, pools=pools).suggested_answers() == suggested


def _file(tmp_path, name: str, document, prefix: str = "") -> Path:
    path = tmp_path / name
    path.write_text(prefix + json.dumps(document), encoding="utf-8")
    return path


def test_one_node_and_one_runtimeclass_as_kubectl_prints_them_alone(tmp_path) -> None:
    one = node("worker-1", {"kubernetes.azure.com/cluster": "x"}, "containerd://1.7.28-1")
    runtime_class = {"apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": {"name": "gvisor"}}
    runtime_class["handler"] = "runsc"
    inventory = read_inventory([_file(tmp_path, "node.json", one), _file(tmp_path, "rc.json", runtime_class)])
    assert [(p.name, p.nodes) for p in inventory.pools] == [("", 1)]
    assert inventory.platform == "aks"
    assert inventory.runtime_classes == [RuntimeClassRecord("gvisor", "runsc")]
    assert [(f.what, f.evidence) for f in inventory.findings[:2]] == [
        ("1 node(s)", str(tmp_path / "node.json")),
        ("1 RuntimeClass(es)", str(tmp_path / "rc.json")),
    ]


def test_a_node_given_twice_counts_once_and_nodes_without_a_name_each_count(tmp_path) -> None:
    named = node("worker-1", {}, "containerd://2.2.0")
    nameless = [node("x", {}, "containerd://2.2.0") for _ in range(2)]
    for item in nameless:
        item["metadata"].pop("name")
        item["metadata"].pop("uid", None)
    files = [_file(tmp_path, "a.json", node_list(named)), _file(tmp_path, "b.json", node_list(named, *nameless))]
    assert sum(p.nodes for p in read_inventory(files).pools) == 3


def test_an_empty_list_is_said_and_a_byte_order_mark_is_read(tmp_path) -> None:
    path = _file(tmp_path, "empty.json", {"apiVersion": "v1", "kind": "List", "items": []}, prefix="\ufeff")
    inventory = read_inventory([path])
    assert [(f.what, f.evidence) for f in inventory.findings] == [("an empty list", str(path))]


def test_every_file_that_is_not_a_listing_is_named_with_what_is_allowed(tmp_path) -> None:
    paths = [_file(tmp_path, "pod.json", {"kind": "Pod"}), _file(tmp_path, "list.json", [1, 2])]
    with pytest.raises(InputError) as caught:
        read_inventory(paths)
    allowed = (
        "not a kubectl listing the app reads; allowed: the JSON of `kubectl get nodes -o json`, "
        "`kubectl get runtimeclass -o json` or `kubectl version -o json`"
    )
    assert [str(p) for p in caught.value.problems] == [f"{path}:1:1: {allowed}" for path in paths]


def test_a_large_cluster_listing_beyond_the_usual_input_limit_is_read(tmp_path) -> None:
    # thousands of nodes: kubectl's listing of a large cluster passes the 4 MiB other inputs may have
    path = _file(tmp_path, "nodes.json", node_list(node("worker-1", {}, "containerd://2.2.0")))
    path.write_text(path.read_text(encoding="utf-8") + " " * (5 * 1024 * 1024), encoding="utf-8")
    assert [p.nodes for p in read_inventory([path]).pools] == [1]


def test_values_nested_too_deeply_are_refused_by_name(tmp_path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        read_inventory([path])
    assert [str(p) for p in caught.value.problems] == [f"{path}:0:0: values nested too deeply for a kubectl listing"]


def test_nodes_of_the_same_name_with_different_uids_are_different_nodes(tmp_path) -> None:
    # two clusters' listings given together: both have a worker-1
    first, second = node("worker-1", {}, "containerd://2.2.0"), node("worker-1", {}, "containerd://2.2.0")
    first["metadata"]["uid"], second["metadata"]["uid"] = "1f0e-aaaa", "1f0e-bbbb"
    files = [_file(tmp_path, "a.json", node_list(first)), _file(tmp_path, "b.json", node_list(second))]
    assert sum(p.nodes for p in read_inventory(files).pools) == 2


def test_kubectls_own_version_says_there_is_no_server_version_and_keeps_one_found(tmp_path) -> None:
    server = {"clientVersion": {"gitVersion": "v1.34.1"}, "serverVersion": {"gitVersion": "v1.33.5-gke.1"}}
    client = {"clientVersion": {"gitVersion": "v1.34.1"}}  # kubectl version --client -o json
    paths = [_file(tmp_path, "server.json", server), _file(tmp_path, "client.json", client)]
    inventory = read_inventory(paths)
    assert (inventory.server_version, inventory.platform) == ("v1.33.5-gke.1", "gke")
    assert [(f.what, f.evidence) for f in inventory.findings[:2]] == [
        ("server v1.33.5-gke.1", f"{paths[0]}: serverVersion.gitVersion"),
        ("no server version (kubectl's own version only)", str(paths[1])),
    ]


def test_the_platform_finding_names_its_labels_and_labels_outrank_the_version(tmp_path) -> None:
    aks = node_list(_labelled_node("aks-1", "kubernetes.azure.com/cluster"))
    # a server version naming GKE does not overrule nodes labelled by AKS
    gke_version = {"serverVersion": {"gitVersion": "v1.33.5-gke.1"}}
    inventory = read_inventory([_file(tmp_path, "nodes.json", aks), _file(tmp_path, "version.json", gke_version)])
    assert inventory.platform == "aks"
    assert ("platform aks", "kubernetes.azure.com/cluster") in [(f.what, f.evidence) for f in inventory.findings]
    # nodes without a platform's labels: a plain Kubernetes, and the finding says why
    plain = read_inventory([_file(tmp_path, "plain.json", node_list(_labelled_node("n1")))])
    assert [(f.what, f.evidence) for f in plain.findings if f.what.startswith("platform")] == [
        ("platform kubernetes", "no platform label")
    ]


def test_every_file_that_is_not_json_is_named_not_only_the_first(tmp_path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text("{", encoding="utf-8")
    second.write_text("nodes:\n- x\n", encoding="utf-8")  # YAML, not JSON
    with pytest.raises(InputError) as caught:
        read_inventory([first, second])
    assert [p.file for p in caught.value.problems] == [str(first), str(second)]
