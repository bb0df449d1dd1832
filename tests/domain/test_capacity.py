"""What a sandbox costs in node capacity (gui/domain/advice/capacity.py, issue 27): the
scheduler's arithmetic with the RuntimeClass overhead the data gives, the dataset's estimate
where the RuntimeClass declares none, nothing counted where no figure is published, and the
sizing questions' answers, which never change the plan itself."""

from __future__ import annotations

import itertools
import math
from decimal import Decimal
from pathlib import Path

import pytest

from gui.domain.advice.answers import AnswerSet, every_combination
from gui.domain.advice.capacity import MAX_PODS_PER_NODE, capacity_of, pods_per_node
from gui.domain.advice.plan import build_plan
from gui.domain.data.loading import load_data
from gui.domain.model import Size
from gui.domain.quantities import cpu_millis, memory_mib
from gui.domain.report.json_output import report_to_json
from gui.domain.report.model import build_report
from tests.conftest import SCHEMAS
from tests.helpers import problems_of, replace_once

NODE = Size(cpu_millis=4000, memory_mib=Decimal(16384))


def plan_for(advisor, shipped_data, **answers):
    return build_plan(advisor, AnswerSet.single(answers, shipped_data.questions))


def test_quantities_read_as_kubernetes_writes_them() -> None:
    assert [cpu_millis(q) for q in ("250m", "1", "0.5", "4", "1.0")] == [250, 1000, 500, 4000, 1000]
    assert [memory_mib(q) for q in ("512Mi", "16Gi", "1024Ki", "1048576")] == [512, 16384, 1, 1]
    with pytest.raises(ValueError, match="not a CPU quantity"):
        cpu_millis("1Gi")
    with pytest.raises(ValueError, match="not a memory quantity"):
        memory_mib("250m")


@pytest.mark.parametrize(
    ("cpu", "memory", "max_pods", "expected"),
    [
        (500, Decimal(832), MAX_PODS_PER_NODE, (8, "cpu")),  # 4000 // 500; 16384 // 832 = 19
        (250, Decimal(1112), MAX_PODS_PER_NODE, (14, "memory")),  # 16384 // 1112 = 14.7
        (10, Decimal(10), MAX_PODS_PER_NODE, (110, "pods")),  # the kubelet's limit, not resources
        (10, Decimal(10), None, (400, "cpu")),  # a single host has no pod limit
        (5000, Decimal(512), MAX_PODS_PER_NODE, (0, "cpu")),  # a pod bigger than the node
        (1000, Decimal(4096), MAX_PODS_PER_NODE, (4, "cpu")),  # a tie names CPU
    ],
)
def test_pods_per_node_is_the_tightest_of_cpu_memory_and_the_pod_limit(cpu, memory, max_pods, expected) -> None:
    per_node = pods_per_node(NODE, cpu, memory, max_pods)
    assert (per_node.pods, per_node.bound) == expected


def test_kata_on_self_managed_nodes_counts_its_runtime_class_overhead(advisor, shipped_data) -> None:
    plan = plan_for(advisor, shipped_data, platform="kubernetes", trust="untrusted", virtualization="available")
    workload = plan.first
    assert workload.runtime_class == "kata-qemu-runtime-rs"
    capacity = capacity_of(shipped_data, plan, workload)
    assert capacity is not None and capacity.basis == "runtime-class"
    # the overhead is the variant's own, as platforms.yaml states it
    assert capacity.overhead_cpu_millis == cpu_millis(workload.variant.overhead_cpu)
    assert capacity.overhead_memory_mib == memory_mib(workload.variant.overhead_memory)
    # default sizes: 4 CPUs and 16 GiB per node, 100 pods of 250m and 512Mi
    assert (capacity.without.pods, capacity.without.bound) == (16, "cpu")  # 4000 // 250 = 16
    assert (capacity.with_sandbox.pods, capacity.with_sandbox.bound) == (8, "cpu")  # 4000 // (250 + 250)
    assert (capacity.nodes_without, capacity.nodes_with, capacity.extra_nodes) == (7, 13, 6)


def test_the_sizing_answers_size_the_section(advisor, shipped_data) -> None:
    plan = plan_for(
        advisor,
        shipped_data,
        platform="aks",
        trust="untrusted",
        node_size="cpu8-32gi",
        pods="about-1000",
        pod_size="medium",
    )
    capacity = capacity_of(shipped_data, plan, plan.first)
    assert capacity is not None and plan.first.runtime_class == "kata-vm-isolation"
    assert (capacity.node.cpu_millis, capacity.node.memory_mib, capacity.pods) == (8000, 32768, 1000)
    assert (capacity.pod.cpu_millis, capacity.pod.memory_mib) == (1000, 2048)
    # AKS declares 600Mi and no CPU: 8 pods by CPU either way, memory 32768 // 2648 = 12 still more
    assert capacity.overhead_cpu_millis == 0 and capacity.overhead_memory_mib == 600
    assert (capacity.without.pods, capacity.with_sandbox.pods) == (8, 8)
    assert capacity.extra_nodes == 0 and capacity.nodes_with == math.ceil(1000 / 8)


def test_gvisor_without_a_runtime_class_overhead_counts_the_lower_bound_and_says_so(advisor, shipped_data) -> None:
    plan = plan_for(advisor, shipped_data, platform="kubernetes", trust="untrusted")
    assert plan.first.sandbox == "gvisor" and plan.first.variant.overhead_memory is None
    capacity = capacity_of(shipped_data, plan, plan.first)
    assert capacity.basis == "lower-bound"
    assert capacity.overhead_memory_mib == shipped_data.dataset.runtime("gvisor").attributes["pod_overhead_mib"]
    text = " ".join(build_report(shipped_data, plan, "en").plan.first.capacity.lines)
    assert "declares no overhead, so the scheduler reserves nothing" in text
    assert "at least 18 MiB" in text and "20 to 60 MB" in text and "Measure yours" in text


def test_aks_confidential_containers_count_the_vm_microsoft_documents(advisor, shipped_data) -> None:
    """kata-cc-isolation declares no RuntimeClass overhead, but each pod's VM takes 2 GB and a
    vCPU for its own OS (Microsoft's overview): counted as documented, not reserved."""
    plan = plan_for(advisor, shipped_data, platform="aks", trust="untrusted", confidential="amd-sev-snp")
    assert plan.first.runtime_class == "kata-cc-isolation"
    capacity = capacity_of(shipped_data, plan, plan.first)
    assert capacity.basis == "documented"
    assert (capacity.overhead_cpu_millis, capacity.overhead_memory_mib) == (1000, 2048)
    assert (capacity.without.pods, capacity.with_sandbox.pods) == (16, 3)  # 4000 // (250 + 1000)
    text = " ".join(build_report(shipped_data, plan, "en").plan.first.capacity.lines)
    assert "each pod's sandbox takes 2 GiB, 1 CPU more, as its documentation says" in text


def test_kata_under_docker_counts_the_qemu_shims_figure(advisor, shipped_data) -> None:
    plan = plan_for(
        advisor,
        shipped_data,
        platform="single-host",
        trust="untrusted",
        virtualization="available",
        isolation="separate-kernel",
    )
    assert plan.first.sandbox == "kata" and plan.first.variant.hypervisor == "qemu"
    capacity = capacity_of(shipped_data, plan, plan.first)
    assert capacity.basis == "documented" and capacity.overhead_memory_mib == 320


def test_nitro_sandboxes_count_no_overhead_because_none_is_published(advisor, shipped_data) -> None:
    plan = plan_for(advisor, shipped_data, platform="eks", trust="untrusted", workload="ai-agent")
    assert plan.first.sandbox == "nitro-sandbox"
    capacity = capacity_of(shipped_data, plan, plan.first)
    assert capacity.basis == "unpublished" and capacity.with_sandbox is None
    assert capacity.nodes_with is None and capacity.extra_nodes is None
    report = build_report(shipped_data, plan, "en")
    assert "No per-pod overhead is published for this sandbox" in " ".join(report.plan.first.capacity.lines)
    printed = report_to_json(report)["plan"]["workloads"][0]["capacity"]
    assert printed["overhead"] == {"basis": "unpublished", "cpu_millis": None, "memory_mib": None}
    assert printed["nodes"] == {"without_sandbox": 7, "with_sandbox": None, "extra": None}


def test_peer_pods_run_in_cloud_vms_but_take_a_slot_of_their_worker(advisor, shipped_data) -> None:
    plan = plan_for(advisor, shipped_data, platform="openshift", trust="untrusted", virtualization="unavailable")
    assert plan.first.runtime_class == "kata-remote"
    capacity = capacity_of(shipped_data, plan, plan.first)
    assert capacity.basis == "own-vm"
    assert (capacity.with_sandbox.pods, capacity.with_sandbox.bound) == (10, "peer-pods")
    assert (capacity.nodes_without, capacity.nodes_with) == (7, 10)  # 100 pods at 10 per worker
    text = " ".join(build_report(shipped_data, plan, "en").plan.first.capacity.lines)
    assert "cloud VM of its own" in text and "kata.peerpods.io/vm" in text and "at least 10 nodes" in text


def test_a_workload_on_the_node_runtime_has_no_capacity_section(advisor, shipped_data) -> None:
    plan = plan_for(advisor, shipped_data, platform="kubernetes", trust="own")
    assert plan.first.sandbox is None
    assert capacity_of(shipped_data, plan, plan.first) is None
    report = build_report(shipped_data, plan, "en")
    assert report.plan.first.capacity is None
    assert report_to_json(report)["plan"]["workloads"][0]["capacity"] is None


def test_a_pod_that_no_longer_fits_with_the_overhead_is_said_to(advisor, shipped_data) -> None:
    plan = plan_for(
        advisor,
        shipped_data,
        platform="kubernetes",
        trust="untrusted",
        virtualization="available",
        node_size="cpu2-8gi",
        pod_size="large",
    )
    capacity = capacity_of(shipped_data, plan, plan.first)
    assert (capacity.without.pods, capacity.with_sandbox.pods) == (1, 0)
    assert capacity.nodes_with is None
    for lang, words in (("en", "no longer fits"), ("ko", "들어가지 않습니다")):
        assert words in " ".join(build_report(shipped_data, plan, lang).plan.first.capacity.lines)


def test_a_single_host_counts_containers_on_the_host_without_a_pod_limit(advisor, shipped_data) -> None:
    plan = plan_for(advisor, shipped_data, platform="single-host", trust="untrusted", pods="about-10")
    capacity = capacity_of(shipped_data, plan, plan.first)
    assert capacity.max_pods is None and capacity.pods == 10
    text = " ".join(build_report(shipped_data, plan, "en").plan.first.capacity.lines)
    assert "10 containers" in text and "hosts" in text and "RuntimeClass" not in text


def test_sizing_answers_never_change_the_plan(advisor, shipped_data) -> None:
    """A sizing answer changes the capacity section and nothing else: the same pick, ranking,
    what-if and RuntimeClass for every sizing answer, over a spread of ranked combinations."""
    questions = shipped_data.questions
    sizing = [q for q in questions if q.sizing]
    assert [q.id for q in sizing] == ["node_size", "pods", "pod_size"]
    combinations = list(itertools.islice(every_combination(questions), 0, None, 997))
    assert len(combinations) > 300
    for answers in combinations:
        base = advisor.recommend(answers)
        for question in sizing:
            for choice in question.choice_ids:
                other = advisor.recommend({**answers, question.id: choice})
                assert other.recommendation == base.recommendation
                assert [(e.runtime, e.score) for e in other.ranking] == [(e.runtime, e.score) for e in base.ranking]
                assert other.what_if == base.what_if


def test_what_if_never_offers_a_sizing_answer(advisor, shipped_data) -> None:
    for answers in itertools.islice(every_combination(shipped_data.questions), 0, None, 4999):
        assert not {w.question for w in advisor.recommend(answers).what_if} & {"node_size", "pods", "pod_size"}


def test_every_combination_leaves_the_sizing_questions_at_their_defaults(shipped_data) -> None:
    questions = shipped_data.questions
    ranked = math.prod(len(q.choices) for q in questions.ranked)
    for answers in itertools.islice(every_combination(questions), 0, None, 101):
        assert (answers["node_size"], answers["pods"], answers["pod_size"]) == ("cpu4-16gi", "about-100", "small")
    assert ranked == 979_776


# -- the data's own checks ----------------------------------------------------------------------


def test_a_rule_may_not_name_a_sizing_question(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    text = rules.read_text("utf-8")
    first_when = text.index("    when: {")
    rules.write_text(text[:first_when] + "    when: {pods: about-1000, " + text[first_when + len("    when: {") :])
    messages = [p.message for p in problems_of(data_copy)]
    assert any(
        m.startswith("'pods' is a sizing question: it sizes the capacity section and cannot be a condition")
        for m in messages
    ), messages


def test_a_sizing_choice_without_a_size_is_named(data_copy: Path) -> None:
    questions = data_copy / "questions.yaml"
    line = replace_once(questions, "        size: {count: 10}\n", "")
    found = problems_of(data_copy)
    assert found[0].message == (
        "choice 'about-10' of sizing question 'pods' has no size; give it {cpu: ..., memory: ...} or {count: N}"
    )
    assert found[0].line == line - 2  # the choice's "- id:" line


def test_a_size_on_a_ranked_question_is_named(data_copy: Path) -> None:
    questions = data_copy / "questions.yaml"
    replace_once(
        questions,
        "      - id: relaxed\n",
        "      - id: relaxed\n        size: {count: 3}\n",
    )
    messages = [p.message for p in problems_of(data_copy)]
    assert "only a sizing question's choices have a size; add 'sizing: true' to the question or remove the size" in (
        messages
    )


def test_sizes_of_mixed_kinds_are_named(data_copy: Path) -> None:
    questions = data_copy / "questions.yaml"
    replace_once(questions, "        size: {count: 10}\n", "        size: {cpu: '1', memory: 1Gi}\n")
    messages = [p.message for p in problems_of(data_copy)]
    assert any("mix counts with CPU and memory" in m for m in messages), messages


def test_a_data_folder_without_sizing_questions_still_plans(data_copy: Path) -> None:
    """An older data folder (--data) without the sizing questions gives a plan without capacity."""
    questions = data_copy / "questions.yaml"
    text = questions.read_text("utf-8")
    questions.write_text(text[: text.index("  # Sizing questions")], "utf-8")
    data = load_data(data_copy, SCHEMAS)
    from gui.domain.advice.engine import Advisor

    plan = build_plan(Advisor(data), AnswerSet.single({"platform": "kubernetes", "trust": "untrusted"}, data.questions))
    assert plan.first.sandbox == "gvisor"
    assert capacity_of(data, plan, plan.first) is None


def test_a_platform_that_documents_its_own_pod_limit_is_counted_with_it(advisor, shipped_data) -> None:
    # OpenShift's maxPods is 250 (openshift-docs): small pods on big nodes stop there, not at 110
    answers = {"platform": "openshift", "trust": "untrusted", "virtualization": "available"}
    small = {"node_size": "cpu64-256gi", "pod_size": "small"}  # 256 pods of 250m fit 64 CPUs
    plan = plan_for(advisor, shipped_data, **answers, **small)
    capacity = capacity_of(shipped_data, plan, plan.first)
    assert capacity.max_pods == 250
    assert capacity.without.bound == "pods" and capacity.without.pods == 250
    text = " ".join(build_report(shipped_data, plan, "en").plan.first.capacity.lines)
    assert "at most 250 pods per node: OpenShift's default maxPods" in text
    # elsewhere Kubernetes' default stays, said as such
    plan = plan_for(advisor, shipped_data, **{**answers, "platform": "kubernetes"}, **small)
    assert capacity_of(shipped_data, plan, plan.first).max_pods == MAX_PODS_PER_NODE
