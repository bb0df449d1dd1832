"""The benchmark script: the plan's sandbox measured on the user's own image instead of "measure
yours". On a single host it starts COUNT containers of IMAGE under each sandboxed workload's
runtime and under runc, and records, per runtime, the mean start-up of a short-lived container,
the memory a running one uses (docker stats) and a short write loop. On Kubernetes it starts COUNT
pods one after another under each sandboxed workload's RuntimeClass (in the namespace labelled for
it, where its admission policy applies) and without one (in BASELINE_NS), and records the mean
time from creation to Ready, the memory `kubectl top` shows and the same write loop. Both print a
JSON record that `recommend --evidence FILE` reads back ("measured on your nodes")."""

from __future__ import annotations

from gui.domain.artifacts import versions as v
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.policy_words import policy_word
from gui.domain.artifacts.shell import require_set, shell_note, shell_script
from gui.domain.artifacts.verify import NEEDS_A_POD_POLICY, namespace_of_lines

SOURCE = "https://docs.docker.com/reference/cli/docker/container/stats/"
# kubectl top reads the Metrics API, which needs metrics-server (or a provider like it) in the cluster
KUBERNETES_SOURCE = "https://kubernetes.io/docs/tasks/debug/debug-cluster/resource-metrics-pipeline/"
NODE_RUNTIME = "runc"  # Docker Engine's own runtime, the baseline every sandbox is measured against


def _prelude(context: Context) -> list[str]:
    lang = context.lang
    return [
        shell_note(policy_word("benchmark_inputs", lang)),
        *require_set("IMAGE"),
        "COUNT=${COUNT:-5}",
        "RUN=${RUN:-true}",
        "HOLD=${HOLD:-sleep 30}",
        "WRITE='dd if=/dev/zero of=/tmp/benchmark bs=1M count=64 conv=fsync 2>/dev/null; rm -f /tmp/benchmark'",
        'results=""',
        "now_ms() { echo $(( $(date +%s%N) / 1000000 )); }",
        "",
        shell_note(policy_word("benchmark_measure", lang)),
        "measure() {",
        '  echo "$1: $COUNT containers of $IMAGE under $2" >&2',
        "  start=$(now_ms)",
        "  i=0",
        '  while [ "$i" -lt "$COUNT" ]; do',
        '    docker run --rm --runtime="$2" "$IMAGE" $RUN >/dev/null',
        "    i=$((i + 1))",
        "  done",
        "  startup_ms=$(( ($(now_ms) - start) / COUNT ))",
        '  name="benchmark-$$-$2"',
        '  docker run -d --rm --name "$name" --runtime="$2" "$IMAGE" $HOLD >/dev/null',
        "  sleep 2",
        "  memory=$(docker stats --no-stream --format '{{.MemUsage}}' \"$name\" | sed 's| /.*||')",
        '  docker rm -f "$name" >/dev/null',
        "  start=$(now_ms)",
        '  docker run --rm --runtime="$2" "$IMAGE" sh -c "$WRITE" || true',
        "  io_ms=$(( $(now_ms) - start ))",
        '  item="{\\"workload\\": \\"$1\\", \\"runtime\\": \\"$2\\", \\"role\\": \\"$3\\","',
        '  item="$item \\"startup_ms\\": \\"$startup_ms\\","',
        '  item="$item \\"memory\\": \\"$memory\\", \\"io_ms\\": \\"$io_ms\\"}"',
        '  results="${results:+$results, }$item"',
        "}",
        "",
    ]


def _kubernetes_prelude(context: Context) -> list[str]:
    lang = context.lang
    return [
        shell_note(policy_word("benchmark_pod_inputs", lang)),
        *require_set("IMAGE"),
        "COUNT=${COUNT:-5}",
        "HOLD=${HOLD:-sleep 600}",
        "BASELINE_NS=${BASELINE_NS:-default}",
        "WRITE='dd if=/dev/zero of=/tmp/benchmark bs=1M count=64 conv=fsync 2>/dev/null; rm -f /tmp/benchmark'",
        'results=""',
        'pods=""',
        "now_ms() { echo $(( $(date +%s%N) / 1000000 )); }",
        "forget() {",
        '  kubectl delete pod -n "${1%%/*}" "${1#*/}" --wait=false >/dev/null 2>&1 || true',
        "}",
        "trap 'for pod in $pods; do forget \"$pod\"; done' EXIT",
        # HOLD's words become the container's args, as they replace CMD after `docker run IMAGE`
        "hold_args=''",
        'for word in $HOLD; do hold_args="$hold_args\\"$word\\", "; done',
        "pin=''",
        '[ -z "${NODE:-}" ] || pin="nodeSelector: {kubernetes.io/hostname: $NODE}"',
        "",
        shell_note(policy_word("benchmark_start_pod", lang)),
        "start_pod() {",
        "  class=''",
        '  [ -z "$3" ] || class="runtimeClassName: $3"',
        '  kubectl apply -n "$1" -f - >/dev/null <<EOF',
        "apiVersion: v1",
        "kind: Pod",
        "metadata:",
        "  name: $2",
        "  labels: {app.kubernetes.io/name: runtime-advisor-benchmark}",
        "spec:",
        "  $class",
        "  $pin",
        "  restartPolicy: Never",
        "  containers:",
        "  - name: benchmark",
        "    image: $IMAGE",
        "    args: [${hold_args%, }]",
        "EOF",
        '  pods="$pods $1/$2"',
        '  kubectl wait -n "$1" --for=condition=Ready "pod/$2" --timeout=300s >/dev/null',
        "}",
        "",
        shell_note(policy_word("benchmark_measure_pods", lang)),
        "measure() {",
        '  echo "$1: $COUNT pods of $IMAGE in namespace $2 under ${3:-no RuntimeClass}" >&2',
        '  start_pod "$2" "benchmark-$$-$4-first" "$3"',
        '  forget "$2/benchmark-$$-$4-first"',
        "  total=0",
        "  i=0",
        '  while [ "$i" -lt "$COUNT" ]; do',
        '    name="benchmark-$$-$4-$i"',
        "    start=$(now_ms)",
        '    start_pod "$2" "$name" "$3"',
        "    total=$(( total + $(now_ms) - start ))",
        "    i=$((i + 1))",
        '    [ "$i" = "$COUNT" ] || forget "$2/$name"',
        "  done",
        "  startup_ms=$(( total / COUNT ))",
        '  memory=""',
        "  tries=0",
        '  while [ -z "$memory" ] && [ "$tries" -lt 18 ]; do',
        '    memory=$(kubectl top pod -n "$2" "$name" --no-headers 2>/dev/null | awk \'{print $3}\') || true',
        '    [ -n "$memory" ] || sleep 5',
        "    tries=$((tries + 1))",
        "  done",
        "  memory=${memory:-unknown: kubectl top gave nothing}",
        "  start=$(now_ms)",
        '  kubectl exec -n "$2" "$name" -- sh -c "$WRITE" >&2 || true',
        "  io_ms=$(( $(now_ms) - start ))",
        '  forget "$2/$name"',
        '  item="{\\"workload\\": \\"$1\\", \\"runtime\\": \\"$5\\", \\"role\\": \\"$6\\","',
        '  item="$item \\"startup_ms\\": \\"$startup_ms\\","',
        '  item="$item \\"memory\\": \\"$memory\\", \\"io_ms\\": \\"$io_ms\\"}"',
        '  results="${results:+$results, }$item"',
        "}",
        "",
        shell_note(policy_word("verify_namespace", lang)),
        *namespace_of_lines(),
        "",
    ]


def _kubernetes_body(context: Context) -> list[str]:
    """Each measurable sandboxed workload under its RuntimeClass, then the node runtime once."""
    node = context.plan.node_runtime
    node_name = context.data.dataset.runtime(node.runtime).name if node is not None else "node runtime"
    body = _kubernetes_prelude(context)
    first: str | None = None
    for workload in context.sandboxed():
        if workload.runtime_class in NEEDS_A_POD_POLICY:
            # its pods run only with a policy generated for their own image (see verify.sh)
            body.append(shell_note(policy_word("benchmark_needs_policy", context.lang, workload=workload.name)))
            continue
        first = first or workload.name
        body += [
            f"namespace_of {workload.name}",
            f'measure {workload.name} "$ns" {workload.runtime_class} sandbox-{workload.name} '
            f"{workload.runtime_class} sandbox",
        ]
    if first is None:
        return []
    body.append(f'measure {first} "$BASELINE_NS" "" node-runtime "{node_name}" node-runtime')
    return body


def _record_lines(context: Context, where: str) -> list[str]:
    return [
        "",
        'printf \'{"measurement": 1, "tool": "Runtime Advisor %s", "platform": "%s", "measured_at": "%s",\' \\',
        f'  "{context.version}" "{context.plan.platform}" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"',
        'printf \' "where": "%s", "image": "%s", "count": "%s", "results": [%s]}\\n\' \\',
        f'  "{where}" "$IMAGE" "$COUNT" "$results"',
    ]


def benchmark(context: Context) -> Artifact | None:
    """The benchmark script of a plan with a sandboxed workload it can measure (None otherwise)."""
    platform = context.plan.platform_info
    if platform is None or not context.sandboxed():
        return None
    purpose_key = "benchmark_pods" if platform.kubernetes else "benchmark"
    if platform.kubernetes:
        body = _kubernetes_body(context)
        if not body:
            return None
        body += _record_lines(context, "$(kubectl config current-context 2>/dev/null || echo unknown)")
        versions = f"kubectl, Kubernetes {context.data.dataset.kubernetes_version}"
        return shell_script(
            context, "benchmark", policy_word(purpose_key, context.lang), versions, KUBERNETES_SOURCE, body
        )
    body = _prelude(context)
    measured: list[str] = []
    for workload in context.sandboxed():
        assert workload.variant is not None
        handler = workload.variant.node_handler
        body.append(f"measure {workload.name} {handler} sandbox")
        if NODE_RUNTIME not in measured:
            body.append(f"measure {workload.name} {NODE_RUNTIME} node-runtime")
            measured.append(NODE_RUNTIME)
    body += _record_lines(context, "$(uname -n)")
    versions = f"Docker Engine {v.docker_major(context.data)}"
    purpose = policy_word(purpose_key, context.lang)
    return shell_script(context, "benchmark", purpose, versions, SOURCE, body)
