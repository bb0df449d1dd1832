"""The verify script: the nodes' runtime and version, and for each sandboxed workload that its pod
(or container) really runs in the sandbox, its kernel not the node's."""

from __future__ import annotations

from gui.domain.advice.plan import WorkloadPlan
from gui.domain.artifacts import versions as v
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.kubernetes import EXAMPLE_IMAGE, pod_name
from gui.domain.artifacts.shell import shell_note, shell_script
from gui.domain.artifacts.words import word
from gui.domain.model import Lang

VERIFY_SOURCE = "https://kubernetes.io/docs/concepts/containers/runtime-class/"
DOCKER_SOURCE = "https://docs.docker.com/engine/daemon/alternative-runtimes/"


# what each sandbox shows inside, said beside its check
_VERIFY_WORDS = {"gvisor": "verify_gvisor", "kata": "verify_kata", "nitro-sandbox": "verify_vm"}


# confidential modes that run a pod only under a policy generated from its manifest, and refuse
# kubectl exec by design: the command that writes the policy for the pod's file
_POLICY_COMMANDS = {
    "confidential-sandbox": "eks-nitro-sandbox-genpolicy --profile confidential {file}",
    "kata-cc-isolation": "az confcom katapolicygen -y {file}",
}


def _verify_under_a_policy(workload: WorkloadPlan, lang: Lang) -> list[str]:
    """The pod started in its confidential mode and selected by its RuntimeClass; no kernel check
    through exec, which the mode refuses: attestation is its proof."""
    name = pod_name(workload)
    file = f"pod-{workload.name}.yaml"
    command = _POLICY_COMMANDS[workload.runtime_class or ""].format(file=file)
    return [
        "",
        shell_note(f"{workload.name}: " + word("verify_policy", lang, command=command)),
        f'[ "${{POLICY_ADDED:-}}" = yes ] || {{ echo "{file} needs its policy first (see above)," >&2',
        '  echo "then run this again with POLICY_ADDED=yes" >&2; exit 2; }',
        f"kubectl apply -f {file}",
        f"kubectl wait --for=condition=Ready pod/{name} --timeout=300s",
        f"kubectl get pod {name} -o jsonpath='{{.spec.runtimeClassName}}{{\"\\n\"}}'",
    ]


def _verify_user_namespaces(workloads: list[WorkloadPlan], lang: Lang, trap: bool) -> list[str]:
    """Each hardened pod runs in a user namespace: the first line of its uid_map maps the
    container's uid 0 to a node uid other than 0 (an ignored hostUsers: false maps 0 to 0)."""
    names = " ".join(pod_name(w) for w in workloads)
    body = [""]
    if trap:  # else the sandboxed pods' trap deletes these too
        body.append(f"trap 'kubectl delete pod {names} --ignore-not-found --wait=false >/dev/null' EXIT")
    body += [
        shell_note(word("verify_user_namespace", lang)),
        "in_user_namespace() {",
        '  map=$(kubectl exec "$1" -- cat /proc/self/uid_map | head -n 1)',
        "  # shellcheck disable=SC2086",
        '  set -- "$1" $map',
        '  echo "$1: container uid $2 is node uid $3"',
        '  [ "$3" != 0 ] || {',
        '    echo "$1 runs as the node\'s root: hostUsers: false is ignored on its node" >&2; exit 1; }',
        "}",
    ]
    for workload in workloads:
        name = pod_name(workload)
        body += [
            f"kubectl apply -f pod-{workload.name}.yaml",
            f"kubectl wait --for=condition=Ready pod/{name} --timeout=180s",
            f"in_user_namespace {name}",
        ]
    return body


def verify(context: Context) -> Artifact:
    lang = context.lang
    plan = context.plan
    node = plan.node_runtime
    assert node is not None
    node_name = context.data.dataset.runtime(node.runtime).name
    body: list[str] = []
    platform = plan.platform_info
    on_docker = platform is not None and not platform.kubernetes
    if on_docker:
        body += [
            "docker info --format '{{.DefaultRuntime}} {{json .Runtimes}}'",
            "host=$(uname -r)",
            'echo "host kernel: $host"',
        ]
        for workload in context.sandboxed():
            assert workload.variant is not None
            runtime = context.data.dataset.runtime(workload.recommendation or "").name
            body += [
                "",
                shell_note(word("verify_docker", lang, runtime=runtime)),
                f"kernel=$(docker run --rm --runtime={workload.variant.node_handler} {EXAMPLE_IMAGE} uname -r)",
                f'echo "{workload.name}: $kernel"',
                f'[ "$kernel" != "$host" ] || {{ echo "{workload.name} runs on the host\'s kernel:'
                ' the sandbox is not in place" >&2; exit 1; }',
            ]
    else:
        lines = ", ".join(r.line for r in node.supported_releases)
        check = (
            word("verify_nodes", lang, node=node_name, lines=lines)
            if node.supported_releases
            else word("verify_nodes_managed", lang, node=node_name)
        )
        body += [shell_note(check), "kubectl get nodes -o wide"]
        pods = [pod_name(w) for w in context.sandboxed()]
        if pods:
            pods += [pod_name(w) for w in context.hardened()]
            body += [
                f"trap 'kubectl delete pod {' '.join(pods)} --ignore-not-found --wait=false >/dev/null' EXIT",
                "",
                shell_note(word("verify_in_sandbox", lang)),
                "in_sandbox() {",
                "  node=$(kubectl get pod \"$1\" -o jsonpath='{.spec.nodeName}')",
                "  node_kernel=$(kubectl get node \"$node\" -o jsonpath='{.status.nodeInfo.kernelVersion}')",
                '  pod_kernel=$(kubectl exec "$1" -- uname -r)',
                '  echo "$1: node kernel $node_kernel, pod kernel $pod_kernel"',
                '  [ "$node_kernel" != "$pod_kernel" ] || {',
                '    echo "$1 runs on its node\'s kernel: the sandbox is not in place" >&2; exit 1; }',
                "}",
            ]
        for workload in context.sandboxed():
            name = pod_name(workload)
            if workload.runtime_class in _POLICY_COMMANDS:
                body += _verify_under_a_policy(workload, lang)
                continue
            explain = word(_VERIFY_WORDS.get(workload.sandbox or "", "verify_kata"), lang)
            body += [
                "",
                shell_note(f"{workload.name}: {explain}"),
                f"kubectl apply -f pod-{workload.name}.yaml",
                f"kubectl wait --for=condition=Ready pod/{name} --timeout=180s",
                f"kubectl get pod {name} -o jsonpath='{{.spec.runtimeClassName}}{{\"\\n\"}}'",
                f"in_sandbox {name}",
            ]
            if workload.sandbox == "gvisor":
                body.append(f"kubectl exec {name} -- dmesg | head -n 3 || true")
    hardened = [] if on_docker else context.hardened()
    if hardened:
        body += _verify_user_namespaces(hardened, lang, trap=not context.sandboxed())
    if not context.sandboxed() and not hardened:
        body += ["", shell_note(word("verify_none", lang))]
    versions = (
        f"Docker Engine {v.docker_major(context.data)}"
        if on_docker
        else f"kubectl, Kubernetes {context.data.dataset.kubernetes_version}"
    )
    source = DOCKER_SOURCE if on_docker else VERIFY_SOURCE
    purpose = word("verify_docker_host" if on_docker else "verify", lang)
    return shell_script(context, "verify", purpose, versions, source, body)
