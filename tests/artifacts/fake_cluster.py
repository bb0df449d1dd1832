"""A stand-in for kubectl and the cluster behind it, for running the generated verify scripts
end to end without a cluster: it answers the commands those scripts run, and its API server
applies the admission policies it was given the way Kubernetes does, by evaluating their CEL
(tests.artifacts.cel_admission.admits) for the namespaces their bindings select.

The cluster is a JSON file (FAKE_CLUSTER): its nodes (kernel, runtime), RuntimeClasses, the kernel
a pod sees under each handler (none: the node's), namespaces and their labels, the policy files
applied, the uid_map a pod shows, the pods running now, every pod ever created ("created"), the
commands run in pods with sh -c ("ran") and, for kubectl top, the memory a pod shows under each
handler ("memory"; without it, no metrics-server)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))


def install(folder: Path, cluster: dict[str, Any]) -> dict[str, str]:
    """Write `cluster` and a `kubectl` for it into `folder`; the environment that puts it first."""
    state = folder / "cluster.json"
    state.write_text(json.dumps(cluster), encoding="utf-8")
    kubectl = folder / "bin" / "kubectl"
    kubectl.parent.mkdir(exist_ok=True)
    kubectl.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{Path(__file__)}" "$@"\n', encoding="utf-8")
    kubectl.chmod(0o755)
    return {**os.environ, "PATH": f"{kubectl.parent}{os.pathsep}{os.environ['PATH']}", "FAKE_CLUSTER": str(state)}


def _options(args: list[str]) -> tuple[list[str], dict[str, str]]:
    plain, options = [], {}
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--":
            plain += args[i:]
            break
        if arg.startswith("--") and "=" in arg:
            key, value = arg[2:].split("=", 1)
            options[key] = value
        elif arg in ("-n", "-o", "-f", "-l"):
            options[arg[1:]] = args[i + 1]
            i += 1
        elif arg.startswith("--"):
            options[arg[2:]] = ""
        else:
            plain.append(arg)
        i += 1
    return plain, options


def _refusal(cluster: dict[str, Any], namespace: str, pod: dict[str, Any]) -> str | None:
    from tests.artifacts.cel_admission import admits  # only the commands that create pods pay for CEL

    labels = cluster["namespaces"].get(namespace)
    if labels is None:
        return f'Error from server (NotFound): namespaces "{namespace}" not found'
    for file in cluster.get("policies", []):
        policy, binding = [d for d in yaml.safe_load_all(Path(file).read_text(encoding="utf-8")) if d]
        wanted = binding["spec"]["matchResources"]["namespaceSelector"]["matchLabels"]
        if all(labels.get(k) == v for k, v in wanted.items()) and not admits(policy, pod):
            name = policy["metadata"]["name"]
            return (
                f'Error from server (Forbidden): pods "{pod["metadata"]["name"]}" is forbidden: '
                f"ValidatingAdmissionPolicy '{name}' with binding '{binding['metadata']['name']}' denied request"
            )
    return None


def _node_of(cluster: dict[str, Any]) -> dict[str, Any]:
    return cluster["nodes"][0]


def main(args: list[str]) -> int:
    state = Path(os.environ["FAKE_CLUSTER"])
    cluster = json.loads(state.read_text(encoding="utf-8"))
    plain, options = _options(args)
    verb = plain[0]
    namespace = options.get("n", "default")
    jsonpath = options.get("o", "").removeprefix("jsonpath=")
    if verb == "config":
        print(cluster["context"] if plain[1] == "current-context" else "")
        return 0
    if verb in ("apply", "create"):
        text = sys.stdin.read() if options["f"] == "-" else Path(options["f"]).read_text(encoding="utf-8")
        pod = yaml.safe_load(text)
        refusal = _refusal(cluster, namespace, pod)
        if refusal:
            print(refusal, file=sys.stderr)
            return 1
        if options.get("dry-run") == "server":
            print(f"pod/{pod['metadata']['name']} created (server dry run)")
            return 0
        cluster["pods"][f"{namespace}/{pod['metadata']['name']}"] = pod
        cluster.setdefault("created", []).append({"namespace": namespace, **pod})
        state.write_text(json.dumps(cluster), encoding="utf-8")
        print(f"pod/{pod['metadata']['name']} created")
        return 0
    if verb == "wait":
        return 0 if f"{namespace}/{plain[1].removeprefix('pod/')}" in cluster["pods"] else 1
    if verb == "delete":
        cluster["pods"].pop(f"{namespace}/{plain[2]}", None)
        state.write_text(json.dumps(cluster), encoding="utf-8")
        return 0
    if verb == "exec":
        pod = cluster["pods"][f"{namespace}/{plain[1]}"]
        command = plain[plain.index("--") + 1 :]
        handler = cluster["runtimeclasses"].get(pod["spec"].get("runtimeClassName", ""), "runc")
        if command == ["uname", "-r"]:
            print(cluster["sandbox_kernels"].get(handler, _node_of(cluster)["kernel"]))
        elif command == ["cat", "/proc/self/uid_map"]:
            print(cluster["uid_map"])
        elif command[:2] == ["sh", "-c"]:
            cluster.setdefault("ran", []).append({"pod": f"{namespace}/{plain[1]}", "command": command[2]})
            state.write_text(json.dumps(cluster), encoding="utf-8")
        else:
            print("[    0.000000] Starting gVisor..." if handler == "runsc" else "")
        return 0
    if verb == "top":
        # the Metrics API's figure for the pod's handler; a cluster without "memory" has no metrics-server
        pod = cluster["pods"][f"{namespace}/{plain[2]}"]
        handler = cluster["runtimeclasses"].get(pod["spec"].get("runtimeClassName", ""), "runc")
        if handler not in cluster.get("memory", {}):
            print("error: Metrics API not available", file=sys.stderr)
            return 1
        print(f"{plain[2]}   2m   {cluster['memory'][handler]}")
        return 0
    if verb == "get":
        kind = plain[1]
        if kind == "nodes":
            if jsonpath:
                print(" ".join(n["runtime"] for n in cluster["nodes"]) + " ", end="")
            else:
                for n in cluster["nodes"]:
                    print(f"{n['name']}   Ready   {n['kernel']}   {n['runtime']}")
            return 0
        if kind == "namespace":
            key, value = options["l"].split("=", 1)
            print(" ".join(ns for ns, labels in cluster["namespaces"].items() if labels.get(key) == value), end="")
            return 0
        if kind == "node":
            print(next(n["kernel"] for n in cluster["nodes"] if n["name"] == plain[2]), end="")
            return 0
        if kind == "runtimeclass":
            handler = cluster["runtimeclasses"].get(plain[2])
            if handler is None:
                print(
                    f'Error from server (NotFound): runtimeclasses.node.k8s.io "{plain[2]}" not found', file=sys.stderr
                )
                return 1
            print(handler, end="")
            return 0
        if kind == "pod":
            pod = cluster["pods"][f"{namespace}/{plain[2]}"]
            if jsonpath == "{.spec.nodeName}":
                print(_node_of(cluster)["name"], end="")
            else:
                print(pod["spec"].get("runtimeClassName", ""), end="")
            return 0
    print(f"fake kubectl: not understood: {args}", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
