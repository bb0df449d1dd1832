"""Importing a cluster inventory (issue 15: a 5,000-node inventory in under 1 s; issue 25: an
inventory of 100,000 entries under 2 s).

Writes `kubectl get nodes -o json` of 5,000 nodes in ten pools (the real Node shape, about
1.5 KB a node as kubectl prints it indented) and reads it with the RuntimeClasses and the
version, as `recommend --inventory` will; the median of 5 reads. Then a listing of 100,000
RuntimeClasses (each with its own handler, none offered by the nodes), read and turned into the
report's detected lines, as a hostile or broken listing would be.

    python -m benchmarks.bench_inventory
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

NODES = 5_000


def run(repeat: int = 5) -> list[dict[str, Any]]:
    from gui.domain.detect.inventory import read_inventory
    from tests.inventory.clusters import GKE, node, node_list

    nodes = [
        node(
            f"gke-big-pool-{n % 10}-{n}",
            {"cloud.google.com/gke-nodepool": f"pool-{n % 10}", "cloud.google.com/gke-os-distribution": "cos"},
            "containerd://2.0.4",
            f"gce://proj/europe-west1-b/gke-big-pool-{n % 10}-{n}",
            gpus=n % 3,
        )
        for n in range(NODES)
    ]
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        for name, content in (("nodes", node_list(*nodes)), ("rc", GKE["runtimeclasses"]), ("v", GKE["version"])):
            path = Path(folder) / f"{name}.json"
            path.write_text(json.dumps(content, indent=4), encoding="utf-8")
            paths.append(path)
        size = paths[0].stat().st_size
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            inventory = read_inventory(paths)
            times.append(time.perf_counter() - start)
        assert inventory.platform == "gke" and sum(p.nodes for p in inventory.pools) == NODES
    median = statistics.median(times)
    return [
        {
            "what": f"import an inventory of {NODES:,} nodes ({size / 1024 / 1024:.1f} MiB of kubectl JSON)",
            "figure": f"{median * 1000:.0f} ms",
            "budget": "< 1 s",
            "met": median < 1.0,
        },
        _many_runtime_classes(repeat),
    ]


ENTRIES = 100_000


def _many_runtime_classes(repeat: int) -> dict[str, Any]:
    import datetime as _dt

    from gui.assets import data_dir, schema_dir
    from gui.domain.data.loading import load_data
    from gui.domain.detect.inventory import read_inventory
    from gui.domain.detect.inventory_plan import detected_lines
    from tests.inventory.clusters import node, node_list

    data = load_data(data_dir(), schema_dir())
    items = [
        {"apiVersion": "node.k8s.io/v1", "kind": "RuntimeClass", "metadata": {"name": f"rc-{n}"}, "handler": f"h{n}"}
        for n in range(ENTRIES)
    ]
    nodes = node_list(node("n1", {}, "containerd://2.3.1", handlers=("runc", "runsc")))
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / "rc.json", Path(folder) / "nodes.json"]
        paths[0].write_text(json.dumps({"apiVersion": "v1", "kind": "List", "items": items}, indent=4))
        paths[1].write_text(json.dumps(nodes, indent=4))
        size = paths[0].stat().st_size
        times = []
        for _ in range(repeat):
            start = time.perf_counter()
            inventory = read_inventory(paths)
            lines = detected_lines(inventory, data, "en", {}, _dt.date(2026, 12, 7))
            times.append(time.perf_counter() - start)
        assert len(inventory.runtime_classes) == ENTRIES and len(lines) < 60
    median = statistics.median(times)
    return {
        "what": f"read {ENTRIES:,} RuntimeClasses ({size / 1024 / 1024:.1f} MiB) and make the report's lines",
        "figure": f"{median * 1000:.0f} ms",
        "budget": "< 2 s",
        "met": median < 2.0,
    }


if __name__ == "__main__":
    for row in run():
        print(row)
