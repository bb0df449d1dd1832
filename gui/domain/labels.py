"""Fixed wording of the headless reports (text, Markdown, JSON), in English and Korean.

The Qt window translates its own strings with Qt Linguist; the CLI must run without Qt, so
the few words its reports need live here, next to the data's own per-language texts.
"""

from __future__ import annotations

from gui.domain.model import Lang, Text

_LABELS: dict[str, tuple[str, str]] = {
    "title": ("Container runtime recommendation", "컨테이너 런타임 추천"),
    "recommendation": ("Recommendation", "추천"),
    "none_fits": ("No runtime fits all of your hard requirements.", "모든 필수 조건을 만족하는 런타임이 없습니다."),
    "none_fits_hint": (
        'Changing one answer as listed under "What would change it" gives a recommendation.',
        '"답을 바꾸면" 아래의 답 하나를 바꾸면 추천을 받을 수 있습니다.',
    ),
    "tied": ("tied with", "동점:"),
    "score": ("score", "점수"),
    "answers": ("Your answers", "답변"),
    "why": ("Why {name}", "추천 이유: {name}"),
    "no_reasons": (
        "No rule added or removed points for it; it leads because the others scored lower or were excluded.",
        "점수를 더하거나 뺀 규칙은 없으며, 다른 런타임의 점수가 더 낮거나 제외되어 앞섰습니다.",
    ),
    "no_points": ("No rule added or removed points.", "점수를 더하거나 뺀 규칙이 없습니다."),
    "table": ("From the comparison table", "비교 표에서"),
    "table_en_note": (
        "English renderings of the Korean table; errata marked.",
        "게시된 원문 그대로이며, 오류는 표시했습니다.",
    ),
    "pros": ("Pros", "장점"),
    "cons": ("Cons", "단점"),
    "erratum": ("erratum", "정정"),
    "notes": ("Current notes", "최신 정보"),
    "ranking": ("Ranking", "순위"),
    "excluded": ("excluded", "제외"),
    "others": ("Why not the others", "다른 런타임을 고르지 않은 이유"),
    "what_if": ("What would change it", "답을 바꾸면"),
    "what_if_none": (
        "No single answer change changes the recommendation.",
        "답 하나만 바꿔서는 추천이 달라지지 않습니다.",
    ),
    "nothing": ("nothing fits", "맞는 런타임 없음"),
    "what_if_and": (", and ", ", 그리고 "),
    "dataset": ("Dataset", "데이터"),
    "as_of": ("as of", "기준일"),
    "sources": ("Sources", "출처"),
    "source": ("source", "출처"),
    "seed": ("Seed table", "원본 표"),
    "links": ("Docs", "문서"),
    # Markdown decision record
    "adr_status": ("Status: proposed", "상태: 제안됨"),
    "adr_context": ("Context", "배경"),
    "adr_decision": ("Decision", "결정"),
    "adr_decision_text": ("Use {name} as the container runtime.", "컨테이너 런타임: {name}."),
    "adr_decision_plan": (
        "On {platform}, the nodes run {node} with {oci}. Each workload runs as follows:",
        "{platform}: 노드 런타임 {node}, OCI 런타임 {oci}. 워크로드별 실행 방식은 다음과 같다.",
    ),
    "adr_no_decision": (
        "No runtime is chosen: none fits every hard requirement.",
        "필수 조건을 모두 만족하는 런타임이 없어 결정하지 않는다.",
    ),
    "adr_consequences": ("Consequences", "결과"),
    "adr_alternatives": ("Alternatives considered", "검토한 대안"),
    "excluded_heading": ("Excluded runtimes", "제외된 런타임"),
    "comparison": ("The comparison table, as published", "비교 표 (게시된 그대로)"),
    "erratum_marker": (
        "† marks an erratum; the correction follows the cell.",
        "†는 정정 사항이며, 정정 내용은 해당 칸 뒤에 있습니다.",
    ),
    "page_of": ("Page {page} of {pages}", "{pages}쪽 중 {page}쪽"),
    "generated_on": ("Generated on {date} by Runtime Advisor {version}", "{date}, Runtime Advisor {version}에서 생성"),
    "subject": ("Which container runtime to use, and why", "어떤 컨테이너 런타임을 쓸지, 그리고 그 이유"),
    "runtime": ("Runtime", "런타임"),
    "reasons": ("Reasons", "이유"),
    "question": ("Question", "질문"),
    "answer": ("Answer", "답변"),
    "points": ("points", "점"),
    "rule": ("rule", "규칙"),
    # the plan
    "plan": ("The plan", "계획"),
    "platform": ("Platform", "플랫폼"),
    "node_runtime": ("Node runtime", "노드 런타임"),
    "oci_runtime": ("OCI runtime", "OCI 런타임"),
    "workload": ("Workload", "워크로드"),
    "workloads": ("Workloads", "워크로드"),
    "run": ("Run", "실행"),
    "sandbox": ("Sandbox", "샌드박스"),
    "runtime_class": ("RuntimeClass", "RuntimeClass"),
    "handler": ("handler", "핸들러"),
    "handler_unpublished": ("not published by the platform", "플랫폼이 공개하지 않음"),
    "hypervisor": ("hypervisor", "하이퍼바이저"),
    "overhead": ("overhead per pod", "파드당 오버헤드"),
    "setup": ("Set up", "설정"),
    "capacity": ("Capacity", "용량"),
    "fit": ("Fit", "적합도"),
    "warnings": ("Warnings and preconditions", "경고와 전제 조건"),
    "warning": ("warning", "경고"),
    "precondition": ("precondition", "전제 조건"),
    "detected": ("detected", "감지됨"),
    "verified": ("verified", "확인됨"),
    "measured": ("measured", "측정됨"),
    "evidence": ("From your verification and measurements", "확인과 측정 결과"),
    "detected_platform": ("platform {platform}, from {evidence} ({file})", "플랫폼 {platform}: {evidence} ({file})"),
    "detected_label": ("{evidence} on {count} of {total} node(s)", "노드 {total}개 중 {count}개의 {evidence}"),
    "detected_server_version": ("the server version {version}", "서버 버전 {version}"),
    "detected_no_platform_label": (
        "no label or provider ID of a managed platform or OpenShift on the nodes",
        "노드에 관리형 플랫폼이나 OpenShift의 레이블 또는 provider ID가 없음",
    ),
    "detected_no_pool": ("(no pool label)", "(풀 레이블 없음)"),
    "detected_no_name": ("(no name)", "(이름 없음)"),
    "detected_pool": (
        "node pool {pool}: {nodes} node(s), {runtimes}{sandbox}",
        "노드 풀 {pool}: 노드 {nodes}개, {runtimes}{sandbox}",
    ),
    "detected_sandbox_gvisor": ("; GKE Sandbox (gVisor) pool", "; GKE Sandbox(gVisor) 풀"),
    "detected_sandbox_kata": ("; Pod Sandboxing (Kata) pool", "; Pod Sandboxing(Kata) 풀"),
    "detected_sandbox_kata_openshift": (
        "; OpenShift sandboxed containers (Kata) nodes",
        "; OpenShift sandboxed containers(Kata) 노드",
    ),
    "detected_sandbox_fargate": (
        "; Fargate: each pod in its own VM, run by AWS",
        "; Fargate: 파드마다 AWS가 운영하는 VM",
    ),
    "detected_runtime_class": (
        "RuntimeClass {name} (handler {handler}) already exists and {pools} offer(s) it: "
        "only the workloads change to use it",
        "RuntimeClass {name}(핸들러 {handler})가 이미 있고 {pools}에서 제공합니다: "
        "워크로드만 이를 쓰도록 바꾸면 됩니다",
    ),
    "detected_runtime_class_unoffered": (
        "RuntimeClass {name} names handler {handler}, which no node offers (status.runtimeHandlers): "
        "set it up on the nodes first",
        "RuntimeClass {name}의 핸들러 {handler}를 제공하는 노드가 없습니다(status.runtimeHandlers): "
        "먼저 노드에 설정하세요",
    ),
    "detected_runtime_class_unchecked": (
        "RuntimeClass {name} (handler {handler}) already exists; check that the nodes offer that handler",
        "RuntimeClass {name}(핸들러 {handler})가 이미 있습니다. 노드가 그 핸들러를 제공하는지 확인하세요",
    ),
    "detected_end_of_life": (
        "node pool {pool} runs {runtime} {line}, whose support ended on {eol}: move to {newer}",
        "노드 풀 {pool}: {runtime} {line} 사용 중이며 지원이 {eol}에 끝났습니다. 옮길 버전: {newer}",
    ),
    "detected_end_of_life_managed": (
        "node pool {pool} runs {runtime} {line}, whose upstream support ended on {eol}: the platform picks the "
        "runtime, so upgrade the node image or the cluster version",
        "노드 풀 {pool}: {runtime} {line} 사용 중이며 업스트림 지원이 {eol}에 끝났습니다. 런타임은 플랫폼이 정하므로 "
        "노드 이미지나 클러스터 버전을 올리세요",
    ),
    "detected_older_than_listed": (
        "node pool {pool} runs {runtime} {line}, older than every line the data lists: move to {newer}",
        "노드 풀 {pool}: {runtime} {line} 사용 중이며 데이터에 있는 어느 버전보다 오래됐습니다. 옮길 버전: {newer}",
    ),
    "detected_older_than_listed_managed": (
        "node pool {pool} runs {runtime} {line}, older than every line the data lists: the platform picks the "
        "runtime, so upgrade the node image or the cluster version",
        "노드 풀 {pool}: {runtime} {line} 사용 중이며 데이터에 있는 어느 버전보다 오래됐습니다. 런타임은 플랫폼이 "
        "정하므로 노드 이미지나 클러스터 버전을 올리세요",
    ),
    "detected_skipped_gpus": (
        "not read: {file}: {where} is {value}, not a GPU count (a whole number, as kubectl prints it); "
        "the GPUs of node {node} were not counted",
        "읽지 못함: {file}: {where} 값 {value}은 GPU 개수가 아닙니다(kubectl이 출력하는 정수여야 함). "
        "노드 {node}의 GPU는 세지 않았습니다",
    ),
    "detected_more": (
        "... and {count} more lines of this kind (shown: the first {shown}; every one is in the files given)",
        "... 같은 종류의 줄 {count}개 더 있음(처음 {shown}개만 표시, 모두 주어진 파일에 있음)",
    ),
    "detected_overridden": (
        "{question} The inventory suggests {detected}; the answer given, {given}, is kept",
        "{question} 인벤토리는 {detected}을(를) 제안하지만 주어진 답 {given}을 따릅니다",
    ),
    "no_warnings": ("None.", "없습니다."),
    "supported_lines": ("Supported release lines", "지원되는 릴리스 계열"),
    "until": ("until {date}", "{date}까지"),
    "for_kubernetes": ("Kubernetes {minor} from {patch}", "쿠버네티스 {minor}에는 {patch} 이상"),
    "alternatives": ("Alternatives", "대안"),
    "checked": ("checked {date}", "{date} 확인"),
    "cluster_answers": ("Cluster answers", "클러스터 답변"),
    "workload_answers": ("Answers for {name}", "{name}의 답변"),
    "for_workload": ("Workload {name}", "워크로드 {name}"),
    "platform_notes": ("About this platform", "이 플랫폼에 대해"),
    "from_table_for": ("{name}: from the comparison table", "{name}: 비교 표에서"),
    "not_in_table_for": ("{name}: not in the comparison table", "{name}: 비교 표에 없음"),
    "not_in_table": (
        "The comparison table (2018) predates it: it has no column, pros or cons there. What the plan "
        "says of it comes from its vendor's documentation, in the notes.",
        "비교 표(2018)보다 나중에 나와 표에 열도 장단점도 없습니다. 계획이 이에 대해 말하는 내용은 노트에 있는 "
        "공급사 문서에서 왔습니다.",
    ),
    "artifacts": ("Set it up", "설정하기"),
    "artifacts_intro": (
        "The files that set this plan up, to review before applying (runtime-advisor recommend --artifacts DIR "
        "writes them into a folder).",
        "이 계획을 설정하는 파일입니다. 적용하기 전에 검토하세요(runtime-advisor recommend --artifacts DIR로 "
        "폴더에 쓸 수 있습니다).",
    ),
    "artifacts_list": (
        "Set it up: {count} files (runtime-advisor recommend --artifacts DIR writes them)",
        "설정하기: 파일 {count}개(runtime-advisor recommend --artifacts DIR로 씀)",
    ),
    # English needs the singular for one file; Korean counts the same way for any number
    "artifacts_list_one": (
        "Set it up: 1 file (runtime-advisor recommend --artifacts DIR writes it)",
        "설정하기: 파일 1개(runtime-advisor recommend --artifacts DIR로 씀)",
    ),
    "headline_direct": ("{node} directly, no sandbox", "{node}에서 바로 실행(샌드박스 없음)"),
    "headline_sandbox": ("{sandbox} ({offering}) beneath {node}", "{node} 아래의 {sandbox}({offering})"),
    "overhead_memory": ("{memory} memory", "메모리 {memory}"),
    "overhead_cpu": ("{cpu} CPU", "CPU {cpu}"),
    "fit_strong": ("strong fit", "잘 맞음"),
    "fit_fair": ("fair fit", "적당히 맞음"),
    "fit_close-call": ("close call", "근소한 차이"),
    "fit_tie": ("tie", "동점"),
    "fit_weak": ("weak fit", "약한 선택"),
    "fit_only-fit": ("the only fit", "유일한 선택"),
    "fit_none": ("nothing fits", "맞는 런타임 없음"),
    # plan warnings the engine states itself (the data's own warnings are in rules.yaml)
    "warn_no_fit": (
        "No runtime meets every hard requirement for this workload; see what would change it.",
        "이 워크로드의 필수 조건을 모두 만족하는 런타임이 없습니다. 무엇을 바꾸면 되는지 확인하세요.",
    ),
    "warn_tie": ("{name} is tied with {others}.", "점수가 같습니다: {name}, {others}."),
    "tie_dataset_order": (
        "The tie was settled by the dataset's order, not by a reason: weigh both.",
        "동점은 이유가 아니라 데이터의 순서로 정해졌습니다. 둘 다 검토하세요.",
    ),
    "warn_several_sandboxes": (
        "This plan installs more than one sandbox on your nodes ({names}): each is one more runtime to install, "
        "patch and monitor. Where a workload's pick is a close call, consider giving it the other workloads' sandbox.",
        "이 계획은 노드에 샌드박스를 둘 이상({names}) 설치합니다. "
        "하나마다 설치하고 패치하고 지켜볼 런타임이 늘어납니다. "
        "근소한 차이로 정해진 워크로드는 다른 워크로드의 샌드박스를 쓰는 것도 고려하세요.",
    ),
    "warn_weak_fit": (
        "{name} is a weak fit: its score is below zero, so more counts against it than for it.",
        "약한 선택입니다: {name}. 점수가 0보다 낮아 장점보다 단점이 많습니다.",
    ),
}


def bilingual(key: str, **values: str) -> Text:
    """A label in both languages, for domain values that keep both (plan warnings)."""
    return Text(label(key, "en", **values), label(key, "ko", **values))


def worded(pair: tuple[str, str], lang: Lang, **values: object) -> str:
    """One text of an (English, Korean) pair, its {placeholders} filled: the one way every fixed
    wording table (these labels, the artifacts' words, the capacity section) reads an entry."""
    en, ko = pair
    text = ko if lang == "ko" else en
    return text.format(**values) if values else text


def label(key: str, lang: Lang, **values: str) -> str:
    return worded(_LABELS[key], lang, **values)


def all_labels() -> dict[str, tuple[str, str]]:
    return dict(_LABELS)


# The comparison table's cells are English even in the Korean table they come from. In Korean,
# the recurring ones get a Korean rendering with the published words after it, so the table
# reads in Korean and still shows what was printed.
_SEED_CELLS_KO = {
    "isolated": "격리",
    "partially shared": "일부 공유",
    "shared": "공유",
    "yes": "예",
    "no": "아니요",
    "slow": "느림",
    "slow (see comment)": "느림(주석 참조)",
    "host performance": "호스트 성능",
    "close to host performance": "호스트 성능에 가까움",
    "runc (default)": "runc(기본값)",
    "containerd managing runc": "containerd가 runc를 관리",
}


def seed_cell_text(published: str, lang: Lang) -> str:
    """A seed cell as the table prints it, with a Korean rendering first in Korean."""
    korean = _SEED_CELLS_KO.get(published) if lang == "ko" else None
    return f"{korean} ({published})" if korean else published
