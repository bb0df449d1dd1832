"""Evidence held against the plan: what each record proves about the plan's workloads (kind
`verified`, beside the workload it is about) and where it contradicts the plan (warnings, first
among the plan's notes): a failed check, a workload verified under another RuntimeClass, a
record made for another platform, and a sandboxed workload that no record shows in its sandbox."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from gui.domain.labels import worded
from gui.domain.model import AdvisorData, Lang
from gui.domain.proof.evidence import Check, Evidence, Measurement
from gui.domain.report.model import PlanNoteLine, PlanReport, Report

_WORDS: dict[str, tuple[str, str]] = {
    "at": ("on {when} on {where} ({file})", "{when}, {where}({file})"),
    "other_platform": (
        "evidence recorded {at} is for platform {platform}, but this plan is for {plan}; not compared.",
        "{at}의 증거는 플랫폼 {platform}용이라 이 계획({plan})과 비교하지 않았습니다.",
    ),
    "unknown_workload": (
        "evidence recorded {at} names workload {workload}, which is not in this plan; not compared.",
        "{at}의 증거에 나온 워크로드 {workload}는 이 계획에 없어 비교하지 않았습니다.",
    ),
    "other_class": (
        "verified {at} under RuntimeClass {seen}, but this plan selects {planned}: verify again.",
        "{at}에 RuntimeClass {seen}로 확인했지만 이 계획의 선택은 {planned}입니다. 다시 확인하세요.",
    ),
    "unverified": (
        "no evidence record given shows this workload in its sandbox: run verify.sh --json where it runs.",
        "주어진 증거 기록 어디에도 이 워크로드가 샌드박스에서 도는 모습이 없습니다. 실행하는 곳에서 "
        "verify.sh --json을 실행하세요.",
    ),
    "failed": ("verification {at} FAILED: {what}", "확인 실패 {at}: {what}"),
    # the note's kind already says "verified"
    "verified": ("{at}: {what}", "{at}: {what}"),
    # what each check saw, passed then failed
    "sandbox-kernel.pass": (
        "ran in its sandbox: kernel {sandbox_kernel}, not the node's {node_kernel} (RuntimeClass {runtime_class}, "
        "handler {handler})",
        "샌드박스에서 실행됨: 커널 {sandbox_kernel}, 노드 커널 {node_kernel} 아님(RuntimeClass {runtime_class}, "
        "핸들러 {handler})",
    ),
    "sandbox-kernel.fail": (
        "workload {workload} did not run in its sandbox (RuntimeClass {runtime_class}, kernel {sandbox_kernel}, "
        "its node's {node_kernel})",
        "워크로드 {workload}가 샌드박스에서 돌지 않았습니다(RuntimeClass {runtime_class}, 커널 {sandbox_kernel}, "
        "노드 커널 {node_kernel})",
    ),
    "sandbox-kernel-docker.pass": (
        "the container under runtime {runtime} saw kernel {sandbox_kernel}, not the host's {host_kernel}",
        "런타임 {runtime} 아래의 컨테이너가 본 커널: {sandbox_kernel}, 호스트 커널 {host_kernel} 아님",
    ),
    "sandbox-kernel-docker.fail": (
        "workload {workload}'s container did not run in its sandbox (runtime {runtime}, kernel {sandbox_kernel}, "
        "the host's {host_kernel})",
        "워크로드 {workload}의 컨테이너가 샌드박스에서 돌지 않았습니다(런타임 {runtime}, 커널 {sandbox_kernel}, "
        "호스트 커널 {host_kernel})",
    ),
    "policy-refuses.pass": (
        "policy {policy} refused a pod without its RuntimeClass in namespace {namespace}",
        "정책 {policy}가 네임스페이스 {namespace}에서 RuntimeClass 없는 파드를 거부함",
    ),
    "policy-refuses.fail": (
        "in namespace {namespace} no admission policy {policy} refused a pod of workload {workload} without its "
        "RuntimeClass (seen: {seen}): such a pod runs on the node runtime",
        "네임스페이스 {namespace}에서 어드미션 정책 {policy}가 RuntimeClass 없는 워크로드 {workload} 파드를 거부하지 "
        "않았습니다(본 것: {seen}). 그런 파드는 노드 런타임에서 실행됩니다",
    ),
    "default-runtime.pass": (
        "a container started without --runtime ran in the sandbox too (default runtime {default_runtime}, "
        "kernel {sandbox_kernel})",
        "--runtime 없이 시작한 컨테이너도 샌드박스에서 실행됨(기본 런타임 {default_runtime}, 커널 {sandbox_kernel})",
    ),
    "default-runtime.fail": (
        "a container started without --runtime ran on {default_runtime} (kernel {sandbox_kernel}, the host's "
        "{host_kernel}): the sandbox is not Docker's default",
        "--runtime 없이 시작한 컨테이너가 {default_runtime}에서 실행됐습니다(커널 {sandbox_kernel}, 호스트 커널 "
        "{host_kernel}). 샌드박스가 Docker의 기본 런타임이 아닙니다",
    ),
    "node-runtime.pass": (
        "every node runs the plan's runtime ({runtimes})",
        "모든 노드가 계획의 런타임 실행({runtimes})",
    ),
    "node-runtime.fail": (
        "not every node runs the plan's node runtime ({runtimes})",
        "모든 노드가 계획의 노드 런타임을 쓰지는 않습니다({runtimes})",
    ),
    "user-namespace.pass": (
        "the pod's root was node uid {node_uid}, not the node's root",
        "파드의 root가 노드의 root가 아니라 노드 uid {node_uid}",
    ),
    "user-namespace.fail": (
        "workload {workload}'s pod ran as the node's root: its node ignores hostUsers: false",
        "워크로드 {workload}의 파드가 노드의 root로 실행됐습니다. 노드가 hostUsers: false를 무시합니다",
    ),
    "docker-runtimes.pass": (
        "Docker's default runtime is {default_runtime}",
        "Docker의 기본 런타임: {default_runtime}",
    ),
    "docker-runtimes.fail": ("Docker's runtimes could not be read", "Docker의 런타임을 읽지 못했습니다"),
    "namespace.fail": (
        "no namespace is labelled for workload {workload}, so its admission policy applies nowhere",
        "워크로드 {workload}용 레이블이 붙은 네임스페이스가 없어 어드미션 정책이 어디에도 적용되지 않습니다",
    ),
    "runtime-class.pass": (
        "its pod started under RuntimeClass {runtime_class}",
        "파드가 RuntimeClass {runtime_class}로 시작됨",
    ),
    "measured": (
        "{at} with {image}, {count} runs: start-up {startup} ms under {runtime} against {base_startup} ms "
        "under {base}{dataset}; memory of one running container {memory} against {base_memory}; 64 MiB write loop "
        "{io} ms against {base_io} ms",
        "{at} {image}로 {count}회 측정: 시작 시간 {runtime} {startup}ms, {base} {base_startup}ms{dataset}; 실행 중인 "
        "컨테이너 하나의 메모리 {memory}, {base} {base_memory}; 64MiB 쓰기 반복 {io}ms, {base} {base_io}ms",
    ),
    "measured_pods": (
        "{at} with {image}, {count} pods: creation to Ready {startup} ms under RuntimeClass {runtime} against "
        "{base_startup} ms without one ({base}){dataset}; memory of one running pod {memory} against {base_memory} "
        "(kubectl top); 64 MiB write loop {io} ms against {base_io} ms",
        "{at} {image} 파드 {count}개로 측정: 생성부터 Ready까지 RuntimeClass {runtime} {startup}ms, RuntimeClass 없이"
        "({base}) {base_startup}ms{dataset}; 실행 중인 파드 하나의 메모리 {memory}, 없이 {base_memory}(kubectl top); "
        "64MiB 쓰기 반복 {io}ms, 없이 {base_io}ms",
    ),
    "dataset_startup": (" (the dataset's lower bound: {ms} ms more)", "(데이터의 하한: {ms}ms 더 걸림)"),
    "dataset_startup_same": (
        " (the dataset's notes measured it starting about as fast as runc)",
        "(데이터의 측정 노트로는 runc와 비슷하게 시작)",
    ),
    "other.pass": ("check {check} passed", "확인 {check} 통과"),
    "other.fail": ("check {check} failed (workload {workload})", "확인 {check} 실패(워크로드 {workload})"),
}

# the checks that show a workload in its sandbox
_IN_SANDBOX = ("sandbox-kernel", "runtime-class")


def _word(key: str, lang: Lang, **values: str) -> str:
    return worded(_WORDS[key], lang, **values)


def _what(check: Check, platform: str, lang: Lang) -> str:
    """What a check saw, in a sentence; a value the record leaves out shows as '?'."""
    name = check.check
    if name == "sandbox-kernel" and platform == "single-host":
        name = "sandbox-kernel-docker"
    key = f"{name}.{check.result}"
    if key not in _WORDS:
        key = f"other.{check.result}"
    values = {field: "?" for field in _fields(_WORDS[key][0])}
    # shell word lists in a record end in a space (kubectl's jsonpath range); not part of the value
    values.update({k: v.strip() for k, v in check.seen.items() if k in values})
    values.update({"check": check.check, "workload": check.workload or "-"})
    return _word(key, lang, **{k: v for k, v in values.items() if k in _fields(_WORDS[key][0])})


def _fields(text: str) -> set[str]:
    import string

    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def evidence_notes(plan: PlanReport, records: tuple[Evidence, ...], lang: Lang) -> tuple[PlanNoteLine, ...]:
    """The warnings (contradictions) first, then what the records verified, in record order."""
    warnings: list[PlanNoteLine] = []
    verified: list[PlanNoteLine] = []
    by_name = {w.name: w for w in plan.workloads}
    shown_in_sandbox: set[str] = set()
    for record in records:
        at = _word("at", lang, file=Path(record.file).name, when=record.when, where=record.where)
        if record.platform != plan.platform_id:
            text = _word("other_platform", lang, at=at, platform=record.platform, plan=plan.platform_id)
            warnings.append(PlanNoteLine("evidence-other-plan", "warning", None, text))
            continue
        for check in record.checks:
            workload = by_name.get(check.workload or "") if check.workload else None
            if check.workload and workload is None:
                text = _word("unknown_workload", lang, at=at, workload=check.workload)
                warnings.append(PlanNoteLine("evidence-other-plan", "warning", None, text))
                continue
            what = _what(check, plan.platform_id, lang)
            if not check.passed:
                text = _word("failed", lang, at=at, what=what)
                warnings.append(PlanNoteLine("evidence-failed", "warning", check.workload, text))
                continue
            seen_class = check.seen.get("runtime_class")
            if workload is not None and seen_class and workload.runtime_class and seen_class != workload.runtime_class:
                text = _word("other_class", lang, at=at, seen=seen_class, planned=workload.runtime_class)
                warnings.append(PlanNoteLine("evidence-contradicts", "warning", check.workload, text))
                continue
            if check.check in _IN_SANDBOX and check.workload:
                shown_in_sandbox.add(check.workload)
            verified.append(
                PlanNoteLine(
                    f"verified-{check.check}", "verified", check.workload, _word("verified", lang, at=at, what=what)
                )
            )
    for workload in plan.workloads:
        if workload.sandbox_id is not None and workload.name not in shown_in_sandbox:
            text = _word("unverified", lang)
            warnings.append(PlanNoteLine("evidence-missing", "warning", workload.name, text))
    return tuple(warnings + verified)


def measurement_notes(
    data: AdvisorData, plan: PlanReport, measurements: tuple[Measurement, ...], lang: Lang
) -> tuple[PlanNoteLine, ...]:
    """Each sandbox's figures on the user's image beside the node runtime's and the dataset's."""
    found: list[PlanNoteLine] = []
    by_name = {w.name: w for w in plan.workloads}
    for measurement in measurements:
        at = _word("at", lang, file=Path(measurement.file).name, when=measurement.when, where=measurement.where)
        if measurement.platform != plan.platform_id:
            text = _word("other_platform", lang, at=at, platform=measurement.platform, plan=plan.platform_id)
            found.append(PlanNoteLine("evidence-other-plan", "warning", None, text))
            continue
        base = next((r for r in measurement.results if r.role == "node-runtime"), None)
        for result in measurement.results:
            if result.role != "sandbox" or base is None:
                continue
            workload = by_name.get(result.workload)
            dataset = ""
            if workload is not None and workload.sandbox_id is not None:
                added = data.dataset.runtime(workload.sandbox_id).attributes.get("start_added_ms")
                if isinstance(added, int | float) and not isinstance(added, bool):
                    key = "dataset_startup" if added > 0 else "dataset_startup_same"
                    dataset = _word(key, lang, ms=f"{added:g}")
            platform = data.platforms.get(measurement.platform)
            text = _word(
                "measured_pods" if platform is not None and platform.kubernetes else "measured",
                lang,
                at=at,
                image=measurement.image,
                count=str(measurement.count),
                startup=str(result.startup_ms),
                runtime=result.runtime,
                base_startup=str(base.startup_ms),
                base=base.runtime,
                dataset=dataset,
                memory=result.memory,
                base_memory=base.memory,
                io=str(result.io_ms),
                base_io=str(base.io_ms),
            )
            found.append(PlanNoteLine("measured", "measured", result.workload, text))
    return tuple(found)


def with_evidence(
    data: AdvisorData, report: Report, records: tuple[Evidence, ...], measurements: tuple[Measurement, ...] = ()
) -> Report:
    """The report with what the records show first among the plan's notes (every format shows
    them), then what was measured, and the records themselves for JSON readers."""
    notes = evidence_notes(report.plan, records, report.lang) if records else ()
    measured = measurement_notes(data, report.plan, measurements, report.lang)
    plan = dataclasses.replace(
        report.plan,
        notes=notes + measured + report.plan.notes,
        evidence=records,
        measurements=measurements,
    )
    return dataclasses.replace(report, plan=plan)


def all_evidence_words() -> dict[str, tuple[str, str]]:
    return dict(_WORDS)
