"""The verify script: the nodes' runtime and version, and for each sandboxed workload that its pod
(or container) really runs in the sandbox, its kernel not the node's."""

from __future__ import annotations

from gui.domain.advice.plan import WorkloadPlan
from gui.domain.artifacts import versions as v
from gui.domain.artifacts.admission import policy_name
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.kubernetes import EXAMPLE_IMAGE, pod_name
from gui.domain.artifacts.policy_words import policy_word
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
# RuntimeClasses whose pods start only with a policy generated for their own spec and image
NEEDS_A_POD_POLICY = frozenset(_POLICY_COMMANDS)


def _evidence_prelude(context: Context, where: str) -> list[str]:
    """--json, the record each check adds to, and the exit trap that deletes the example pods and
    prints the record: `fail` with the step it stopped at, whatever stopped it."""
    plan = context.plan
    return [
        shell_note(policy_word("evidence", context.lang)),
        "json=no",
        'if [ "${1:-}" = --json ]; then json=yes; exec 3>&1 1>&2; fi',
        'checks=""',
        'step=""',
        'step_of=""',
        'pods=""',
        shell_note(policy_word("verify_record", context.lang)),
        "record() {",
        '  item="{\\"check\\": \\"$1\\", \\"result\\": \\"$2\\""',
        "  shift 2",
        '  for pair in "$@"; do',
        "    value=$(printf '%s' \"${pair#*=}\" | tr -d '\\n' | sed 's/\\\\/\\\\\\\\/g; s/\"/\\\\\"/g')",
        '    item="$item, \\"${pair%%=*}\\": \\"$value\\""',
        "  done",
        '  checks="${checks:+$checks, }$item}"',
        '  step=""',
        "}",
        "finish() {",
        "  status=$?",
        "  for pod in $pods; do",
        '    kubectl delete pod -n "${pod%%/*}" "${pod#*/}" --ignore-not-found --wait=false >/dev/null || true',
        "  done",
        '  if [ -n "$step" ] && [ "$status" != 0 ]; then record "$step" fail workload="$step_of"; fi',
        '  if [ "$json" = yes ]; then',
        '    result=pass; [ "$status" = 0 ] || result=fail',
        '    printf \'{"evidence": 1, "tool": "Runtime Advisor %s", "platform": "%s", "checked_at": "%s",\' \\',
        f'      "{context.version}" "{plan.platform}" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" >&3',
        '    printf \' "where": "%s", "result": "%s", "checks": [%s]}\\n\' "$where" "$result" "$checks" >&3',
        "  fi",
        '  exit "$status"',
        "}",
        "trap finish EXIT",
        f"where={where}",
        "",
    ]


def _verify_under_a_policy(workload: WorkloadPlan, lang: Lang) -> list[str]:
    """The pod started in its confidential mode and selected by its RuntimeClass; no kernel check
    through exec, which the mode refuses: attestation is its proof."""
    name = pod_name(workload)
    file = f"pod-{workload.name}.yaml"
    command = _POLICY_COMMANDS[workload.runtime_class or ""].format(file=file)
    return [
        shell_note(f"{workload.name}: " + word("verify_policy", lang, command=command)),
        f'[ "${{POLICY_ADDED:-}}" = yes ] || {{ echo "{file} needs its policy first (see above)," >&2',
        '  echo "then run this again with POLICY_ADDED=yes" >&2; exit 2; }',
        "step=runtime-class",
        f'kubectl apply -n "$ns" -f {file}',
        f'pods="$pods $ns/{name}"',
        f'kubectl wait -n "$ns" --for=condition=Ready pod/{name} --timeout=300s',
        f"class=$(kubectl get pod -n \"$ns\" {name} -o jsonpath='{{.spec.runtimeClassName}}')",
        f'result=pass; [ "$class" = {workload.runtime_class} ] || result=fail',
        f'record runtime-class "$result" workload={workload.name} runtime_class="$class"',
        f'[ "$result" = pass ] || {{ echo "{name} runs under RuntimeClass $class" >&2; exit 1; }}',
    ]


def _user_namespace_checks(workloads: list[WorkloadPlan], lang: Lang) -> list[str]:
    """Each hardened pod runs in a user namespace: the first line of its uid_map maps the
    container's uid 0 to a node uid other than 0 (an ignored hostUsers: false maps 0 to 0)."""
    body = [
        "",
        shell_note(word("verify_user_namespace", lang)),
        "in_user_namespace() {",
        '  map=$(kubectl exec -n "$1" "$2" -- cat /proc/self/uid_map | head -n 1)',
        "  # shellcheck disable=SC2086",
        '  set -- "$1" "$2" "$3" $map',
        '  echo "$2: container uid $4 is node uid $5"',
        '  result=pass; [ "$5" != 0 ] || result=fail',
        '  record user-namespace "$result" workload="$3" container_uid="$4" node_uid="$5"',
        '  [ "$result" = pass ] || {',
        '    echo "$2 runs as the node\'s root: hostUsers: false is ignored on its node" >&2; exit 1; }',
        "}",
        "here=$(kubectl config view --minify -o jsonpath='{..namespace}')",
        "here=${here:-default}",
    ]
    for workload in workloads:
        name = pod_name(workload)
        body += [
            f"step=user-namespace; step_of={workload.name}",
            f'kubectl apply -n "$here" -f pod-{workload.name}.yaml',
            f'pods="$pods $here/{name}"',
            f'kubectl wait -n "$here" --for=condition=Ready pod/{name} --timeout=180s',
            f'in_user_namespace "$here" {name} {workload.name}',
        ]
    return body


def namespace_of_lines() -> list[str]:
    """namespace_of WORKLOAD sets $ns to the namespace labelled for it, or stops saying none is."""
    return [
        "namespace_of() {",
        "  ns=$(kubectl get namespace -l \"sandbox-workload=$1\" -o jsonpath='{.items[*].metadata.name}')",
        "  ns=${ns%% *}",
        '  [ -n "$ns" ] || {',
        '    echo "no namespace is labelled sandbox-workload=$1: label the one its pods run in" >&2; exit 1; }',
        "}",
    ]


def _kubernetes_helpers(lang: Lang) -> list[str]:
    return [
        shell_note(policy_word("verify_namespace", lang)),
        *namespace_of_lines(),
        "",
        shell_note(policy_word("verify_refused", lang)),
        "refused() {",
        '  if out=$(kubectl create --dry-run=server -n "$2" -f - 2>&1 <<EOF',
        "apiVersion: v1",
        "kind: Pod",
        "metadata:",
        "  name: $1-unsandboxed",
        "spec:",
        "  containers:",
        "  - name: probe",
        f"    image: {EXAMPLE_IMAGE}",
        "EOF",
        "  ); then",
        '    record policy-refuses fail workload="$1" namespace="$2" policy="$3" seen=admitted',
        '    echo "$1: a pod without its RuntimeClass was admitted in $2: the policy is not in place" >&2; exit 1',
        "  fi",
        "  case $out in",
        '    *"$3"*) record policy-refuses pass workload="$1" namespace="$2" policy="$3" seen="$out" ;;',
        '    *) record policy-refuses fail workload="$1" namespace="$2" policy="$3" seen="$out"',
        '       echo "$1: refused, but not by policy $3: $out" >&2; exit 1 ;;',
        "  esac",
        "}",
        "",
        shell_note(word("verify_in_sandbox", lang)),
        "in_sandbox() {",
        '  class=$(kubectl get pod -n "$1" "$2" -o jsonpath=\'{.spec.runtimeClassName}\')',
        "  handler=$(kubectl get runtimeclass \"$class\" -o jsonpath='{.handler}')",
        '  node=$(kubectl get pod -n "$1" "$2" -o jsonpath=\'{.spec.nodeName}\')',
        "  node_kernel=$(kubectl get node \"$node\" -o jsonpath='{.status.nodeInfo.kernelVersion}')",
        '  pod_kernel=$(kubectl exec -n "$1" "$2" -- uname -r)',
        '  echo "$2: RuntimeClass $class (handler $handler), node kernel $node_kernel, pod kernel $pod_kernel"',
        '  result=pass; [ "$class" = "$4" ] && [ "$node_kernel" != "$pod_kernel" ] || result=fail',
        '  record sandbox-kernel "$result" workload="$3" runtime_class="$class" handler="$handler" node="$node" \\',
        '    node_kernel="$node_kernel" sandbox_kernel="$pod_kernel"',
        '  [ "$result" = pass ] || {',
        '    echo "$2 is not in its sandbox (RuntimeClass $class, its node\'s kernel $node_kernel)" >&2; exit 1; }',
        "}",
    ]


def _kubernetes_body(context: Context) -> list[str]:
    lang = context.lang
    node = context.plan.node_runtime
    assert node is not None
    node_name = context.data.dataset.runtime(node.runtime).name
    lines = ", ".join(r.line for r in node.supported_releases)
    check = (
        word("verify_nodes", lang, node=node_name, lines=lines)
        if node.supported_releases
        else word("verify_nodes_managed", lang, node=node_name)
    )
    prefix = "cri-o://" if node.runtime == "cri-o" else f"{node.runtime}://"
    body = [
        shell_note(check),
        "step=node-runtime",
        "kubectl get nodes -o wide",
        "runtimes=$(kubectl get nodes -o jsonpath="
        "'{range .items[*]}{.status.nodeInfo.containerRuntimeVersion}{\" \"}{end}')",
        "result=pass",
        f"for runtime in $runtimes; do case $runtime in {prefix}*) ;; *) result=fail ;; esac; done",
        'record node-runtime "$result" runtimes="$runtimes"',
        f'[ "$result" = pass ] || {{ echo "not every node runs {node_name}: $runtimes" >&2; exit 1; }}',
    ]
    sandboxed = context.sandboxed()
    if sandboxed:
        body += ["", *_kubernetes_helpers(lang)]
    for workload in sandboxed:
        name = pod_name(workload)
        body += [
            "",
            f"step=namespace; step_of={workload.name}",
            f"namespace_of {workload.name}",
            f'step=policy-refuses; refused {workload.name} "$ns" {policy_name(workload)}',
        ]
        if workload.runtime_class in _POLICY_COMMANDS:
            body += _verify_under_a_policy(workload, lang)
            continue
        explain = word(_VERIFY_WORDS.get(workload.sandbox or "", "verify_kata"), lang)
        body += [
            shell_note(f"{workload.name}: {explain}"),
            "step=sandbox-kernel",
            f'kubectl apply -n "$ns" -f pod-{workload.name}.yaml',
            f'pods="$pods $ns/{name}"',
            f'kubectl wait -n "$ns" --for=condition=Ready pod/{name} --timeout=180s',
            f'in_sandbox "$ns" {name} {workload.name} {workload.runtime_class}',
        ]
        if workload.sandbox == "gvisor":
            body.append(f'kubectl exec -n "$ns" {name} -- dmesg | head -n 3 || true')
    hardened = context.hardened()
    if hardened:
        body += _user_namespace_checks(hardened, lang)
    if not sandboxed and not hardened:
        body += ["", shell_note(word("verify_none", lang))]
    return body


def _docker_body(context: Context) -> list[str]:
    lang = context.lang
    body = [
        "step=docker-runtimes",
        "runtimes=$(docker info --format '{{.DefaultRuntime}} {{json .Runtimes}}')",
        'echo "$runtimes"',
        "default=${runtimes%% *}",
        "host=$(uname -r)",
        'echo "host kernel: $host"',
        'record docker-runtimes pass default_runtime="$default" host_kernel="$host"',
    ]
    default = None
    for workload in context.sandboxed():
        assert workload.variant is not None
        handler = workload.variant.node_handler
        runtime = context.data.dataset.runtime(workload.recommendation or "").name
        body += [
            "",
            shell_note(word("verify_docker", lang, runtime=runtime)),
            f"step=sandbox-kernel; step_of={workload.name}",
            f"kernel=$(docker run --rm --runtime={handler} {EXAMPLE_IMAGE} uname -r)",
            f'echo "{workload.name}: $kernel"',
            'result=pass; [ "$kernel" != "$host" ] || result=fail',
            f'record sandbox-kernel "$result" workload={workload.name} runtime={handler} host_kernel="$host" \\',
            '  sandbox_kernel="$kernel"',
            f'[ "$result" = pass ] || {{ echo "{workload.name} runs on the host\'s kernel:'
            ' the sandbox is not in place" >&2; exit 1; }',
        ]
        if default is None and workload.answers.get("trust") == "untrusted":
            default = (workload, handler)
    if default is not None:
        workload, handler = default
        body += [
            "",
            shell_note(policy_word("verify_docker_default", lang)),
            f"step=default-runtime; step_of={workload.name}",
            f"kernel=$(docker run --rm {EXAMPLE_IMAGE} uname -r)",
            f'result=pass; [ "$default" = {handler} ] && [ "$kernel" != "$host" ] || result=fail',
            f'record default-runtime "$result" workload={workload.name} default_runtime="$default" \\',
            '  host_kernel="$host" sandbox_kernel="$kernel"',
            '[ "$result" = pass ] || { echo "a container started without --runtime runs on $default,'
            ' kernel $kernel: the sandbox is not the default" >&2; exit 1; }',
        ]
    return body


def verify(context: Context) -> Artifact:
    platform = context.plan.platform_info
    on_docker = platform is not None and not platform.kubernetes
    where = "$(uname -n)" if on_docker else "$(kubectl config current-context 2>/dev/null || echo unknown)"
    body = _evidence_prelude(context, where)
    body += _docker_body(context) if on_docker else _kubernetes_body(context)
    versions = (
        f"Docker Engine {v.docker_major(context.data)}"
        if on_docker
        else f"kubectl, Kubernetes {context.data.dataset.kubernetes_version}"
    )
    source = DOCKER_SOURCE if on_docker else VERIFY_SOURCE
    purpose = word("verify_docker_host" if on_docker else "verify", context.lang)
    return shell_script(context, "verify", purpose, versions, source, body)
