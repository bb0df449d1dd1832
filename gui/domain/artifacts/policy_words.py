"""The words of the admission policies and of the evidence the verify scripts print, in English and
Korean: a family of its own beside words.py, which holds the other artifacts' comments."""

from __future__ import annotations

from gui.domain.labels import worded
from gui.domain.model import Lang

_WORDS: dict[str, tuple[str, str]] = {
    "policy_purpose": (
        'Admission policy for workload "{workload}": the API server refuses its pods unless they name '
        "RuntimeClass {runtime_class}, so a missing runtimeClassName cannot put them on the node runtime.",
        '워크로드 "{workload}"의 어드미션 정책: RuntimeClass {runtime_class} 지정이 없는 파드는 API 서버가 '
        "거부하므로, runtimeClassName이 빠져도 노드 런타임에서 실행되지 않습니다.",
    ),
    "policy_label_namespace": (
        "It applies in the namespaces labelled for the workload; label each one where its pods run: kubectl "
        "label namespace NAMESPACE {label}={workload}. A namespace label, not a pod label: whoever creates a "
        "pod sets its labels, and only administrators should set a namespace's.",
        "워크로드용 레이블이 붙은 네임스페이스에만 적용되니, 파드가 도는 네임스페이스마다 붙이세요: kubectl "
        "label namespace NAMESPACE {label}={workload}. 파드 레이블이 아니라 네임스페이스 레이블인 이유: 파드 "
        "레이블은 파드를 만드는 쪽이 정하지만, 네임스페이스 레이블은 관리자만 정해야 합니다.",
    ),
    "policy_controllers": (
        "Pods that a Deployment, Job or agent-sandbox controller creates are checked too: a refused one shows "
        "as an event of its controller (kubectl get events). Apply the policy before its binding, and check "
        "with a dry run: kubectl create --dry-run=server -f POD.yaml -n NAMESPACE.",
        "Deployment, Job, agent-sandbox 컨트롤러가 만드는 파드도 검사하며, 거부되면 그 컨트롤러의 이벤트로 "
        "보입니다(kubectl get events). 정책을 바인딩보다 먼저 적용하고 서버 측 시험 실행으로 확인하세요: "
        "kubectl create --dry-run=server -f POD.yaml -n NAMESPACE.",
    ),
    "policy_privileges_kept": (
        "This workload was planned with privileges, which stay inside its VM: the policy refuses host "
        "namespaces and a missing RuntimeClass, not privileged containers.",
        "이 워크로드는 권한이 있는 것으로 계획되었고 그 권한은 VM 안에 머뭅니다. 정책은 호스트 네임스페이스와 "
        "빠진 RuntimeClass는 거부하지만 특권 컨테이너는 거부하지 않습니다.",
    ),
}


def policy_word(key: str, lang: Lang, **values: str) -> str:
    return worded(_WORDS[key], lang, **values)


def all_policy_words() -> dict[str, tuple[str, str]]:
    return dict(_WORDS)
