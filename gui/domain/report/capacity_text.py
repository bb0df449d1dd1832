"""The capacity section of a sandboxed workload, in words and figures (issue 27).

Every output says the same: the text, Markdown and HTML reports print `lines`, the JSON adds
the figures themselves. The arithmetic is advice/capacity.py's; this module only words it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from gui.domain.advice.capacity import Capacity
from gui.domain.labels import worded
from gui.domain.model import Lang, PodLimit, Size

_WORDS: dict[str, tuple[str, str]] = {
    "sized": (
        "Sized for {pods} {units} of {pod} each on {hosts} with {node} {free}{limit}.",
        "{unit_ko} {pods}개(각 {pod})를 {free_ko} {node}인 {host_ko}에 놓는 경우로 계산했습니다{limit}.",
    ),
    "limit_platform": (
        " (at most {max} pods per node: {what})",
        "(노드당 파드 최대 {max}개: {what})",
    ),
    "limit": (
        " (at most {max} pods per node, Kubernetes' default; your platform may set another)",
        "(노드당 파드는 쿠버네티스 기본값인 최대 {max}개이며, 플랫폼에 따라 다를 수 있음)",
    ),
    "gpus": (
        "GPUs per node are not counted: a node holds as many GPU pods as it has GPUs.",
        "노드당 GPU 수는 계산에 넣지 않았습니다. 노드에는 GPU 수만큼만 GPU 파드가 들어갑니다.",
    ),
    "runtime_class": (
        "With the RuntimeClass overhead ({overhead}) {with_} {fit} a node ({bound}) against {without} without the "
        "sandbox: {nodes}.",
        "RuntimeClass 오버헤드({overhead})를 더하면 노드마다 파드 {with_}개가 들어가며({bound}), 샌드박스 없이는 "
        "{without}개입니다. {nodes}.",
    ),
    "documented": (
        "The sandbox's RuntimeClass declares no overhead, so the scheduler reserves nothing for it and places "
        "{without_plain} per node, as without a sandbox; but each pod's sandbox takes {overhead} more, as its "
        "documentation says. Counting that, {with_} {fit} a node ({bound}): {nodes}. Keep that much free on the "
        "nodes, or the pods compete for it.",
        "샌드박스의 RuntimeClass에는 오버헤드가 없어 스케줄러가 따로 예약하지 않으므로, 샌드박스가 없을 때처럼 "
        "노드마다 파드 {without}개를 배치합니다. 하지만 문서에 따르면 파드마다 샌드박스가 {overhead}를 더 씁니다. "
        "이를 셈하면 노드마다 {with_}개가 들어갑니다({bound}). {nodes}. 노드에 그만큼 여유를 두지 않으면 파드끼리 "
        "다툽니다.",
    ),
    "documented_host": (
        "Docker Engine reserves nothing for the sandbox, which takes about {overhead} more per container (the "
        "installer's figure for the same shim on Kubernetes); counting that, {with_} {fit} a host ({bound}) against "
        "{without} without it: {nodes}. Measure yours on your host with the plan's benchmark.sh.",
        "Docker Engine은 샌드박스 몫을 따로 예약하지 않으며, 샌드박스는 컨테이너마다 약 {overhead}를 더 씁니다"
        "(쿠버네티스에서 같은 심에 쓰는 설치 도구의 값). 이를 셈하면 호스트마다 컨테이너 {with_}개가 들어가며"
        "({bound}), 샌드박스 없이는 {without}개입니다. {nodes}. 계획의 benchmark.sh로 호스트에서 직접 측정하세요.",
    ),
    "lower_bound": (
        "The sandbox's RuntimeClass declares no overhead, so the scheduler reserves nothing for it and places "
        "{without_plain} per node, as without a sandbox. The sandbox uses at least {memory} more per pod (the "
        "dataset's lower bound: its notes measured 20 to 60 MB per container); reserving that, {with_} {fit} a node "
        "({bound}): {nodes}. Measure yours with the plan's benchmark.sh and add it to the RuntimeClass as overhead.",
        "샌드박스의 RuntimeClass에는 오버헤드가 없어 스케줄러가 따로 예약하지 않으므로, 샌드박스가 없을 때처럼 "
        "노드마다 파드 {without}개를 배치합니다. 샌드박스는 파드마다 적어도 {memory}를 더 씁니다(데이터의 하한값으로, "
        "노트의 측정치는 컨테이너마다 20~60MB). 이를 예약하면 노드마다 {with_}개가 들어갑니다({bound}). {nodes}. "
        "계획의 benchmark.sh로 직접 측정해 RuntimeClass의 overhead로 넣으세요.",
    ),
    "lower_bound_host": (
        "Docker Engine reserves nothing for the sandbox, which uses at least {memory} more per container (the "
        "dataset's lower bound: its notes measured 20 to 60 MB); counting that, {with_} {fit} a host ({bound}) "
        "against {without} without it: {nodes}. Measure yours on your host with the plan's benchmark.sh.",
        "Docker Engine은 샌드박스 몫을 따로 예약하지 않으며, 샌드박스는 컨테이너마다 적어도 {memory}를 더 씁니다"
        "(데이터의 하한값으로, 노트의 측정치는 20~60MB). 이를 셈하면 호스트마다 컨테이너 {with_}개가 들어가며"
        "({bound}), 샌드박스 없이는 {without}개입니다. {nodes}. 계획의 benchmark.sh로 호스트에서 직접 측정하세요.",
    ),
    "unpublished": (
        "Without the sandbox {without_plain} {fit_without} a node ({bound}): {nodes_without} for these pods. No "
        "per-pod overhead is published for this sandbox, so the plan counts none: measure one pod's before sizing "
        "the nodes.",
        "샌드박스 없이는 노드마다 파드 {without}개가 들어가며({bound}), 이 파드들에 노드 {nodes_without}대가 "
        "필요합니다. 이 샌드박스의 파드당 오버헤드는 공개되지 않아 계산에 넣지 않았습니다. 노드 규모를 정하기 "
        "전에 파드 하나의 오버헤드를 측정하세요.",
    ),
    "own_vm": (
        "Each pod runs in a cloud VM of its own (peer pods), of the instance type chosen for it and billed by the "
        "cloud; on the workers each pod takes one kata.peerpods.io/vm of its node's peer-pod limit "
        "(PEERPODS_LIMIT_PER_NODE, {limit} unless you set another), so {pods} pods need at least {nodes_with} "
        "against {nodes_without} for them without the sandbox.",
        "파드마다 자신만의 클라우드 VM(피어 파드)에서 실행하며, 그 VM은 파드에 맞게 고른 인스턴스 유형으로 "
        "클라우드에서 과금됩니다. 워커 노드에서는 파드마다 노드의 피어 파드 한도(PEERPODS_LIMIT_PER_NODE, 따로 "
        "정하지 않으면 {limit}개) 중 kata.peerpods.io/vm 하나를 쓰므로, 파드 {pods}개에는 워커가 적어도 "
        "{nodes_with}대 필요합니다(샌드박스 없이는 {nodes_without}대).",
    ),
    "no_fit": (
        "A pod of this size does not fit a {host} of this size: pick a larger node size.",
        "이 크기의 파드는 이 크기의 {host_ko}에 들어가지 않습니다. 더 큰 노드 크기를 고르세요.",
    ),
    "no_fit_sandboxed": (
        "With the sandbox's overhead ({overhead}) a pod of this size no longer fits a {host} of this size "
        "({without} without it): pick a larger node size.",
        "샌드박스 오버헤드({overhead})를 더하면 이 크기의 파드가 이 크기의 {host_ko}에 들어가지 않습니다"
        "(샌드박스 없이는 {without}개). 더 큰 노드 크기를 고르세요.",
    ),
    "more": (
        "{with_} instead of {without}, {extra} more",
        "{host_ko}가 {without}대가 아니라 {with_}대 필요합니다({extra}대 추가)",
    ),
    "as_many": ("{with_}, as many as without it", "샌드박스가 없을 때와 같이 {host_ko} {with_}대가 필요합니다"),
    "count": ("{count} {hosts}", "{count}"),
    "count_one": ("1 {host}", "1"),
    "pods_n": ("{n} pods", "{n}"),
    "pods_one": ("1 pod", "1"),
    "containers_n": ("{n} containers", "{n}"),
    "containers_one": ("1 container", "1"),
    "bound_cpu": ("CPU runs out first", "CPU가 먼저 부족"),
    "bound_memory": ("memory runs out first", "메모리가 먼저 부족"),
    "bound_pods": ("the pod limit is reached first", "파드 수 한도에 먼저 도달"),
    "bound_peer-pods": ("the peer-pod limit is reached first", "피어 파드 한도에 먼저 도달"),
}


def _word(key: str, lang: Lang, **values: object) -> str:
    return worded(_WORDS[key], lang, **values)


def cpu_text(millis: int, lang: Lang) -> str:
    cores = Decimal(millis) / 1000
    number = f"{cores.normalize():f}"
    if lang == "ko":  # a count word (개) only for whole CPUs: "CPU 4개", "CPU 0.25"
        return f"CPU {number}개" if cores == cores.to_integral_value() else f"CPU {number}"
    return f"{number} CPU" if cores <= 1 else f"{number} CPUs"


def memory_text(mib: Decimal, lang: Lang) -> str:
    space = "" if lang == "ko" else " "  # Korean writes 512MiB, as the questions' texts do
    if mib >= 1024 and mib % 1024 == 0:
        return f"{int(mib / 1024)}{space}GiB"
    return f"{mib.normalize():f}{space}MiB"


def size_text(size: Size, lang: Lang) -> str:
    joiner = ", " if lang == "ko" else " and "
    return cpu_text(size.cpu_millis, lang) + joiner + memory_text(size.memory_mib, lang)


def overhead_text(capacity: Capacity, lang: Lang) -> str:
    assert capacity.overhead_memory_mib is not None
    parts = [memory_text(capacity.overhead_memory_mib, lang)]
    if capacity.overhead_cpu_millis:
        parts.append(cpu_text(capacity.overhead_cpu_millis, lang))
    return ", ".join(parts)


@dataclass(frozen=True)
class CapacityLines:
    """The capacity section of one workload: its figures (for JSON) and its sentences."""

    capacity: Capacity
    lines: tuple[str, ...]


def capacity_lines(
    capacity: Capacity, lang: Lang, gpus: bool = False, limit_of: PodLimit | None = None
) -> CapacityLines:
    """The section's sentences; `gpus`: the workload asks for GPUs, which the count leaves out;
    `limit_of`: the platform's own default pod limit, said as the platform's."""
    single_host = capacity.max_pods is None
    host, hosts = ("host", "hosts") if single_host else ("node", "nodes")
    where = {"host": host, "hosts": hosts, "host_ko": "호스트" if single_host else "노드"}
    unit = "containers" if single_host else "pods"

    def count(n: int | None) -> str:
        if n is None:
            return "-"
        if lang == "ko":
            return f"{n:,}"
        return _word("count_one", lang, **where) if n == 1 else _word("count", lang, count=f"{n:,}", **where)

    def units(n: int) -> str:
        """`1 pod`, `16 pods` (English; Korean counts with the number alone)."""
        key = f"{unit}_one" if n == 1 else f"{unit}_n"
        return _word(key, lang, n=f"{n:,}")

    def nodes_phrase() -> str:
        extra = capacity.extra_nodes or 0
        key = "more" if extra else "as_many"
        return _word(
            key,
            lang,
            with_=count(capacity.nodes_with),
            without=count(capacity.nodes_without),
            extra=f"{extra:,}",
            **where,
        )

    limit = ""
    if not single_host:
        limit = (
            _word("limit_platform", lang, max=str(capacity.max_pods), what=limit_of.text.get(lang))
            if limit_of is not None
            else _word("limit", lang, max=capacity.max_pods)
        )
    lines = [
        _word(
            "sized",
            lang,
            pods=f"{capacity.pods:,}",
            units=unit,
            unit_ko="컨테이너" if single_host else "파드",
            pod=size_text(capacity.pod, lang),
            node=size_text(capacity.node, lang),
            limit=limit,
            free="free for containers" if single_host else "allocatable",
            free_ko="컨테이너에 쓸 수 있는 자원이" if single_host else "할당 가능 자원이",
            **where,
        )
    ]
    without = capacity.without
    sandboxed = capacity.with_sandbox
    common = {
        "without": f"{without.pods:,}",
        "without_plain": units(without.pods),
        "fit_without": "fits" if without.pods == 1 else "fit",
        **where,
    }
    if capacity.basis == "own-vm":
        lines.append(
            _word(
                "own_vm",
                lang,
                pods=f"{capacity.pods:,}",
                limit=str(sandboxed.pods if sandboxed else "-"),
                nodes_with=count(capacity.nodes_with),
                nodes_without=count(capacity.nodes_without),
            )
        )
    elif without.pods == 0:
        lines.append(_word("no_fit", lang, **where))
    elif sandboxed is None:
        lines.append(
            _word(
                "unpublished",
                lang,
                bound=_word(f"bound_{without.bound}", lang),
                nodes_without=count(capacity.nodes_without),
                **common,
            )
        )
    elif sandboxed.pods == 0:
        lines.append(_word("no_fit_sandboxed", lang, overhead=overhead_text(capacity, lang), **common))
    else:
        figures = {
            **common,
            "with_": units(sandboxed.pods) if lang == "en" else f"{sandboxed.pods:,}",
            "fit": "fits" if sandboxed.pods == 1 else "fit",
            "bound": _word(f"bound_{sandboxed.bound}", lang),
            "nodes": nodes_phrase(),
        }
        if capacity.basis == "runtime-class":
            lines.append(_word("runtime_class", lang, overhead=overhead_text(capacity, lang), **figures))
        elif capacity.basis == "documented":
            key = "documented_host" if single_host else "documented"
            lines.append(_word(key, lang, overhead=overhead_text(capacity, lang), **figures))
        else:
            assert capacity.overhead_memory_mib is not None
            key = "lower_bound_host" if single_host else "lower_bound"
            lines.append(_word(key, lang, memory=memory_text(capacity.overhead_memory_mib, lang), **figures))
    if gpus:
        lines.append(_word("gpus", lang))
    return CapacityLines(capacity, tuple(lines))
