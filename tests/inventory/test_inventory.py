"""Reading a cluster's inventory from kubectl's JSON: the platform, the pools and their
runtimes, the sandboxes a platform marks, the RuntimeClasses; bad files as FILE:LINE:COLUMN."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.domain.detect.inventory import read_inventory
from gui.domain.problems import InputError
from tests.inventory.clusters import CLUSTERS, node, node_list


def _saved(tmp_path: Path, cluster: dict, only: tuple[str, ...] = ("nodes", "runtimeclasses", "version")) -> list[Path]:
    paths = []
    for kind in only:
        path = tmp_path / f"{kind}.json"
        path.write_text(json.dumps(cluster[kind], indent=4), encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("platform", list(CLUSTERS))
def test_the_platform_is_read_from_the_nodes(tmp_path: Path, platform: str) -> None:
    inventory = read_inventory(reversed(_saved(tmp_path, CLUSTERS[platform])))  # any order
    assert inventory.platform == platform
    assert inventory.suggested_answers()["platform"] == platform
    assert any(f.what == f"platform {platform}" for f in inventory.findings)


EXPECTED_POOLS = {
    "gke": {"default-pool": (("containerd://2.0.4",), None, 0), "sandbox-pool": (("containerd://2.0.4",), "gvisor", 0)},
    "eks": {"general": (("containerd://1.7.27",), None, 0), "gpu": (("containerd://1.7.27",), None, 1)},
    "aks": {"nodepool1": (("containerd://1.7.28-1",), None, 0), "katapool": (("containerd://2.0.0",), "kata", 0)},
    "openshift": {
        "role worker": (("cri-o://1.33.5-3.rhaos4.20.gitd0ea985.el9",), None, 0),
        "role kata-oc, worker": (("cri-o://1.33.5-3.rhaos4.20.gitd0ea985.el9",), "kata", 0),
    },
    "kubernetes": {"role control-plane": (("containerd://2.2.0",), None, 0), "": (("containerd://2.2.0",), None, 0)},
}


@pytest.mark.parametrize("platform", list(CLUSTERS))
def test_pools_their_runtime_sandbox_and_gpus(tmp_path: Path, platform: str) -> None:
    inventory = read_inventory(_saved(tmp_path, CLUSTERS[platform]))
    found = {p.name: (p.runtimes, p.sandbox, p.gpus) for p in inventory.pools}
    assert found == EXPECTED_POOLS[platform]


def test_details_of_a_pool(tmp_path: Path) -> None:
    inventory = read_inventory(_saved(tmp_path, CLUSTERS["kubernetes"]))
    pool = next(p for p in inventory.pools if p.name == "")  # the worker without a pool label
    assert (pool.nodes, pool.architectures, pool.kernels, pool.os_images) == (
        1,
        ("arm64",),
        ("6.8.0-85-generic",),
        ("Ubuntu 24.04.3 LTS",),
    )
    assert [(rc.name, rc.handler) for rc in inventory.runtime_classes] == [("runsc", "runsc")]


def test_aks_pod_sandboxing_means_the_nodes_can_virtualize(tmp_path: Path) -> None:
    assert read_inventory(_saved(tmp_path, CLUSTERS["aks"])).suggested_answers() == {
        "platform": "aks",
        "virtualization": "available",
    }


def test_the_older_aks_sandbox_label_is_read_too(tmp_path: Path) -> None:
    old = node("aks-k-1", {"kubernetes.azure.com/cluster": "MC_x", "kubernetes.azure.com/agentpool": "k",
                           "kubernetes.azure.com/kata-mshv-vm-isolation": "true"}, "containerd://1.7.22")  # fmt: skip
    path = tmp_path / "n.json"
    path.write_text(json.dumps(node_list(old)), encoding="utf-8")
    assert read_inventory([path]).pools[0].sandbox == "kata"


def test_without_nodes_the_server_version_names_gke_and_eks(tmp_path: Path) -> None:
    for platform in ("gke", "eks"):
        inventory = read_inventory(_saved(tmp_path, CLUSTERS[platform], only=("version",)))
        assert inventory.platform == platform
    assert read_inventory(_saved(tmp_path, CLUSTERS["aks"], only=("version",))).platform is None


@pytest.mark.parametrize(
    ("content", "line", "column", "words"),
    [
        ('{"items": [\n  {"kind": "Node",\n  }\n]}', 3, 3, "not JSON"),
        ("apiVersion: v1\nkind: List\n", 1, 1, "not JSON"),
        ('{"kind": "Pod", "metadata": {}}', 1, 1, "not a kubectl listing"),
        ("[1, 2, 3]", 1, 1, "not a kubectl listing"),
        ('{"items": [{"kind": "Pod"}]}', 1, 1, "not a kubectl listing"),
    ],
)
def test_bad_or_foreign_files_are_problems_with_a_place(
    tmp_path: Path, content: str, line: int, column: int, words: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    good = _saved(tmp_path, CLUSTERS["gke"], only=("nodes",))
    with pytest.raises(InputError) as caught:
        read_inventory([*good, path])
    (problem,) = caught.value.problems
    assert (problem.file, problem.line, problem.column) == (str(path), line, column)
    assert words in problem.message


def test_a_file_that_is_not_utf8_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"items": ["\xff\xfe"]}')
    with pytest.raises(InputError) as caught:
        read_inventory([path])
    assert str(caught.value.problems[0]).startswith(f"{path}:0:0: byte 12 is not UTF-8")


def test_every_node_is_counted_once_in_a_large_inventory(tmp_path: Path) -> None:
    nodes = [
        node(f"n{i}", {"eks.amazonaws.com/nodegroup": f"g{i % 7}"}, f"containerd://1.7.{i % 3}") for i in range(700)
    ]
    path = tmp_path / "nodes.json"
    path.write_text(json.dumps(node_list(*nodes)), encoding="utf-8")
    inventory = read_inventory([path])
    assert sum(p.nodes for p in inventory.pools) == 700 and len(inventory.pools) == 7
    assert all(
        p.runtimes == ("containerd://1.7.0", "containerd://1.7.1", "containerd://1.7.2") for p in inventory.pools
    )


def test_nodes_without_evidence_do_not_outvote_a_managed_platform(tmp_path: Path) -> None:
    managed = [node(f"m{i}", {"eks.amazonaws.com/nodegroup": "ng"}, "containerd://1.7.27") for i in range(2)]
    karpenter = [node(f"k{i}", {"karpenter.sh/nodepool": "default"}, "containerd://1.7.27",
                      f"aws:///us-east-1a/i-{i}") for i in range(5)]  # fmt: skip
    path = tmp_path / "nodes.json"
    path.write_text(json.dumps(node_list(*managed, *karpenter)), encoding="utf-8")
    assert read_inventory([path]).platform == "eks"


@pytest.mark.parametrize(
    ("provider", "server"), [("gce://p/z/n", "v1.33.5"), ("azure:///subscriptions/s/x", "v1.33.5+rke2r1")]
)
def test_a_provider_id_alone_is_a_cloud_not_its_managed_platform(tmp_path: Path, provider: str, server: str) -> None:
    from tests.inventory.clusters import version

    path = tmp_path / "nodes.json"
    path.write_text(json.dumps(node_list(node("n1", {}, "containerd://2.3.1", provider))), encoding="utf-8")
    server_file = tmp_path / "version.json"
    server_file.write_text(json.dumps(version(server)), encoding="utf-8")
    assert read_inventory([path, server_file]).platform == "kubernetes"


def test_without_evidence_on_the_nodes_the_server_version_tells(tmp_path: Path) -> None:
    from tests.inventory.clusters import version

    path = tmp_path / "nodes.json"
    path.write_text(
        json.dumps(node_list(node("k1", {"karpenter.sh/nodepool": "x"}, "containerd://2.1.4"))), encoding="utf-8"
    )
    server = tmp_path / "version.json"
    server.write_text(json.dumps(version("v1.34.1-eks-113cf36")), encoding="utf-8")
    assert read_inventory([path, server]).platform == "eks"


def test_fargate_nodes_are_a_pool_of_vms_and_a_node_listed_twice_counts_once(tmp_path: Path) -> None:
    fargate = node("fargate-ip-1", {"eks.amazonaws.com/compute-type": "fargate"}, "containerd://1.7.27")
    path = tmp_path / "nodes.json"
    path.write_text(json.dumps(node_list(fargate)), encoding="utf-8")
    inventory = read_inventory([path, path])
    assert [(p.name, p.sandbox, p.nodes) for p in inventory.pools] == [("fargate", "fargate", 1)]


@pytest.mark.timeout(60)
def test_an_endless_or_silent_source_is_refused(tmp_path: Path) -> None:
    import os

    fifo = tmp_path / "nobody-writes.json"
    os.mkfifo(fifo)
    for source, words in ((Path("/dev/zero"), "too large"), (fifo, "not JSON")):
        with pytest.raises(InputError) as caught:
            read_inventory([source])
        assert words in caught.value.problems[0].message
