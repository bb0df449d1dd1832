"""The benchmark script: the plan's sandbox measured on the user's own image instead of "measure
yours". On a single host it starts COUNT containers of IMAGE under each sandboxed workload's
runtime and under runc, and records, per runtime, the mean start-up of a short-lived container,
the memory a running one uses (docker stats) and a short write loop, as a JSON record that
`recommend --evidence FILE` reads back ("measured on your host")."""

from __future__ import annotations

from gui.domain.artifacts import versions as v
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.policy_words import policy_word
from gui.domain.artifacts.shell import require_set, shell_note, shell_script

SOURCE = "https://docs.docker.com/reference/cli/docker/container/stats/"
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


def benchmark(context: Context) -> Artifact | None:
    """The benchmark script of a single-host plan with a sandboxed workload (None otherwise)."""
    platform = context.plan.platform_info
    if platform is None or platform.kubernetes or not context.sandboxed():
        return None
    body = _prelude(context)
    measured: list[str] = []
    for workload in context.sandboxed():
        assert workload.variant is not None
        handler = workload.variant.node_handler
        body.append(f"measure {workload.name} {handler} sandbox")
        if NODE_RUNTIME not in measured:
            body.append(f"measure {workload.name} {NODE_RUNTIME} node-runtime")
            measured.append(NODE_RUNTIME)
    body += [
        "",
        'printf \'{"measurement": 1, "tool": "Runtime Advisor %s", "platform": "%s", "measured_at": "%s",\' \\',
        f'  "{context.version}" "{context.plan.platform}" "$(date -u +%Y-%m-%dT%H:%M:%SZ)"',
        'printf \' "where": "%s", "image": "%s", "count": "%s", "results": [%s]}\\n\' \\',
        '  "$(uname -n)" "$IMAGE" "$COUNT" "$results"',
    ]
    versions = f"Docker Engine {v.docker_major(context.data)}"
    purpose = policy_word("benchmark", context.lang)
    return shell_script(context, "benchmark", purpose, versions, SOURCE, body)
