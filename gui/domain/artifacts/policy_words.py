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
    "evidence": (
        "With --json it prints an evidence record on standard output (what was checked, when, where and with "
        "what result; the commands' own output goes to standard error), for: runtime-advisor recommend "
        "--evidence FILE. The record says fail, and the script exits non-zero, at the first check that fails.",
        "--json을 주면 표준 출력에 증거 기록(무엇을 언제 어디서 확인했고 결과가 어땠는지, 명령 자체의 출력은 표준 "
        "오류로)을 씁니다. runtime-advisor recommend --evidence FILE로 읽을 수 있습니다. 처음 실패한 확인에서 "
        "기록은 fail이 되고 스크립트는 0이 아닌 값으로 끝납니다.",
    ),
    "benchmark": (
        "Measure the plan's sandbox on your own image: COUNT short-lived containers of IMAGE under each "
        "sandboxed workload's runtime and under runc, then the memory of one running container and a 64 MiB "
        "write loop in each. It prints a JSON record on standard output (progress on standard error) for: "
        "runtime-advisor recommend --evidence FILE. Run it on a host like the ones you will run.",
        "계획의 샌드박스를 여러분의 이미지로 측정합니다: 샌드박스 워크로드의 런타임마다, 그리고 runc에서 IMAGE의 "
        "짧은 컨테이너 COUNT개를 띄운 뒤, 실행 중인 컨테이너 하나의 메모리와 64MiB 쓰기 반복을 잽니다. 표준 출력에 "
        "JSON 기록을 씁니다(진행 상황은 표준 오류). runtime-advisor recommend --evidence FILE로 읽습니다. 실제로 "
        "쓸 호스트와 같은 종류에서 실행하세요.",
    ),
    "benchmark_inputs": (
        "IMAGE: your image; COUNT: how many containers to start per runtime (5); RUN: a command your image has "
        "that exits at once (true); HOLD: one that keeps running while its memory is read (sleep 30).",
        "IMAGE: 여러분의 이미지, COUNT: 런타임마다 띄울 컨테이너 수(5), RUN: 이미지에 있고 바로 끝나는 명령(true), "
        "HOLD: 메모리를 읽는 동안 계속 도는 명령(sleep 30).",
    ),
    "benchmark_measure": (
        "measure WORKLOAD RUNTIME ROLE: the mean start-up in ms, the memory docker stats shows, and the write "
        "loop in ms, under RUNTIME.",
        "measure WORKLOAD RUNTIME ROLE: RUNTIME에서의 평균 시작 시간(ms), docker stats가 보여 주는 메모리, 쓰기 "
        "반복 시간(ms).",
    ),
    "benchmark_pods": (
        "Measure the plan's sandbox on your own image: COUNT pods of IMAGE one after another under each "
        "sandboxed workload's RuntimeClass, in the namespace labelled for it, and as many without a RuntimeClass "
        "in BASELINE_NS; the mean time from creation to Ready, the memory kubectl top shows for one running pod "
        "(it needs metrics-server) and a 64 MiB write loop in it. A first pod per runtime pulls the image and is "
        "not counted. It prints a JSON record on standard output (progress on standard error) for: "
        "runtime-advisor recommend --evidence FILE. It deletes every pod it started.",
        "계획의 샌드박스를 여러분의 이미지로 측정합니다: 샌드박스 워크로드마다 레이블이 붙은 네임스페이스에서 그 "
        "RuntimeClass로 IMAGE 파드 COUNT개를 차례로 띄우고, BASELINE_NS에서 RuntimeClass 없이 같은 수를 띄워, "
        "생성부터 Ready까지의 평균 시간, 실행 중인 파드 하나에 kubectl top이 보여 주는 메모리(metrics-server 필요), "
        "그 안의 64MiB 쓰기 반복을 잽니다. 런타임마다 첫 파드는 이미지를 받으므로 세지 않습니다. 표준 출력에 "
        "JSON 기록을 씁니다(진행 상황은 표준 오류). runtime-advisor recommend --evidence FILE로 읽습니다. 띄운 "
        "파드는 모두 지웁니다.",
    ),
    "benchmark_pod_inputs": (
        "IMAGE: your image (it needs sh for the write loop); COUNT: pods per runtime (5); HOLD: the arguments "
        "that keep it running (sleep 600); BASELINE_NS: a namespace no sandbox policy applies to, for the pods "
        "without a RuntimeClass (default); NODE: a node name to start them all on (any node).",
        "IMAGE: 여러분의 이미지(쓰기 반복에 sh 필요), COUNT: 런타임마다 띄울 파드 수(5), HOLD: 계속 돌게 하는 "
        "인자(sleep 600), BASELINE_NS: RuntimeClass 없는 파드용으로 샌드박스 정책이 적용되지 않는 네임스페이스"
        "(default), NODE: 모두 띄울 노드 이름(아무 노드).",
    ),
    "benchmark_start_pod": (
        "start_pod NAMESPACE NAME [RUNTIMECLASS]: creates one pod of IMAGE and waits until it is Ready.",
        "start_pod NAMESPACE NAME [RUNTIMECLASS]: IMAGE 파드 하나를 만들고 Ready가 될 때까지 기다립니다.",
    ),
    "benchmark_measure_pods": (
        "measure WORKLOAD NAMESPACE RUNTIMECLASS TAG RUNTIME ROLE: the mean creation-to-Ready time in ms, the "
        "memory kubectl top shows (tried for 90 seconds) and the write loop in ms.",
        "measure WORKLOAD NAMESPACE RUNTIMECLASS TAG RUNTIME ROLE: 생성부터 Ready까지 평균 시간(ms), kubectl "
        "top이 보여 주는 메모리(90초 동안 시도), 쓰기 반복 시간(ms).",
    ),
    "benchmark_needs_policy": (
        "{workload}: not measured here; its pods start only with a policy generated for their own image (see "
        "verify.sh). Measure it with your pod once that policy is in place.",
        "{workload}: 여기서는 측정하지 않습니다. 파드가 자기 이미지에 맞게 생성한 정책이 있어야만 시작됩니다"
        "(verify.sh 참고). 그 정책을 넣은 뒤 여러분의 파드로 측정하세요.",
    ),
    "verify_record": (
        "record CHECK RESULT [KEY=VALUE...]: one check of the evidence record.",
        "record CHECK RESULT [KEY=VALUE...]: 증거 기록에 확인 하나를 더합니다.",
    ),
    "verify_namespace": (
        "namespace_of WORKLOAD: the namespace labelled for the workload, where its admission policy applies.",
        "namespace_of WORKLOAD: 워크로드용 레이블이 붙어 어드미션 정책이 적용되는 네임스페이스.",
    ),
    "verify_refused": (
        "refused WORKLOAD NAMESPACE POLICY: the API server must refuse a pod of the workload without its "
        "RuntimeClass (a server-side dry run: nothing is created), and the refusal must be the policy's.",
        "refused WORKLOAD NAMESPACE POLICY: RuntimeClass가 없는 워크로드 파드를 API 서버가 거부해야 하며(서버 측 "
        "시험 실행이라 아무것도 만들지 않음), 그 거부는 정책에서 나와야 합니다.",
    ),
    "verify_docker_default": (
        "Untrusted code is in the plan, so the sandbox is Docker's default runtime: a container started "
        "without --runtime must not run on the host's kernel either.",
        "계획에 신뢰할 수 없는 코드가 있어 샌드박스가 Docker의 기본 런타임입니다. --runtime 없이 시작한 "
        "컨테이너도 호스트 커널에서 돌면 안 됩니다.",
    ),
}


def policy_word(key: str, lang: Lang, **values: str) -> str:
    return worded(_WORDS[key], lang, **values)


def all_policy_words() -> dict[str, tuple[str, str]]:
    return dict(_WORDS)
