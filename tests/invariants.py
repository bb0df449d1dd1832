"""The safety invariants of DESIGN.md section 4.1, checked over every single-workload answer
combination of a data set (tens of thousands; the engine's `decide` makes that take about a
second). `violations` returns what is wrong, so a test can assert there is nothing on the
shipped data and something on a deliberately broken copy.

The expectations are written here from the contract, not read from the data: which node
runtimes and sandboxes each platform may use is DESIGN.md's list, so a data file that agrees
with itself but not with the contract still fails.
"""

from __future__ import annotations

from collections.abc import Iterator

from gui.domain.advice.answers import every_combination
from gui.domain.advice.engine import Advisor
from gui.domain.model import AdvisorData

SHARED_KERNEL = {"cri-o", "containerd", "docker"}
SANDBOXES = {"gvisor", "kata", "nitro-sandbox"}
VM_PER_POD = {"kata", "nitro-sandbox"}  # a guest kernel of the pod's own
# confidential computing (issue 27): the runtimes whose pods' memory is kept from the node, and
# the RuntimeClasses that select that mode (kata-deploy's TEE shims, AKS's and EKS's own)
CONFIDENTIAL = {"kata", "nitro-sandbox"}
CONFIDENTIAL_CLASSES = {
    "kata-qemu-snp",
    "kata-qemu-tdx",
    "kata-qemu-nvidia-gpu-snp",
    "kata-qemu-nvidia-gpu-tdx",
    "kata-cc-isolation",
    "confidential-sandbox",
}
# DESIGN.md 4.1 item 3: node runtimes and headlines each platform allows
NODE_RUNTIMES = {
    "openshift": {"cri-o"},
    "gke": {"containerd"},
    "aks": {"containerd"},
    "eks": {"containerd"},
    "kubernetes": {"containerd", "cri-o"},
    "single-host": {"docker"},
}
SANDBOXES_ON = {
    "openshift": {"kata"},
    "gke": {"gvisor"},
    "aks": {"kata"},
    "eks": {"gvisor", "kata", "nitro-sandbox"},  # Nitro Sandboxes: issue 27, beyond DESIGN.md's list
    "kubernetes": {"gvisor", "kata"},
    "single-host": {"gvisor", "kata"},
}
# DESIGN.md 4.1 item 5: answers that cannot matter on a platform
IRRELEVANT = {"docker_cli": {"gke", "eks", "aks", "openshift"}}
MAX_LISTED = 20  # enough to see what is wrong without drowning the test output


def all_answer_sets(data: AdvisorData) -> Iterator[dict[str, str]]:
    return every_combination(data.questions)


def _advisory_ids(data: AdvisorData, answers: dict[str, str], pick: str | None) -> set[str]:
    runtime = data.dataset.runtime(pick) if pick else None
    return {a.id for a in data.advisories if a.applies(answers, runtime)}


def violations(data: AdvisorData) -> list[str]:
    """Every breach of the invariants over all single-workload answer combinations."""
    advisor = Advisor(data)
    found: list[str] = []

    def report(message: str) -> None:
        if len(found) < MAX_LISTED:
            found.append(message)

    for answers in all_answer_sets(data):
        if len(found) >= MAX_LISTED:
            break  # enough to show what is wrong (a broken control needs only a few)
        d = advisor.decide(answers)
        platform, trust = answers["platform"], answers["trust"]
        # 1. untrusted code is never on a shared kernel unless accepted, and then warned about
        if trust == "untrusted" and d.pick in SHARED_KERNEL:
            if answers["isolation"] != "shared-kernel":
                report(f"untrusted code on the shared kernel of {d.pick}: {answers}")
            elif "untrusted-shared-kernel" not in _advisory_ids(data, answers, d.pick):
                report(f"untrusted code on {d.pick} without the untrusted-shared-kernel warning: {answers}")
        # 1, for the code of 2026 (issue 27): code a model generated is untrusted whoever wrote the
        # agent; privileged untrusted code only in a VM; a container engine run by code you did not
        # write is never on a shared kernel unless accepted
        accepted = answers["isolation"] == "shared-kernel"
        if answers["workload"] == "ai-agent" and d.pick in SHARED_KERNEL:
            if not accepted:
                report(f"model-generated code on the shared kernel of {d.pick}: {answers}")
            elif "agent-shared-kernel" not in _advisory_ids(data, answers, d.pick):
                report(f"model-generated code on {d.pick} without the agent-shared-kernel warning: {answers}")
        if answers["privileges"] == "privileged" and trust == "untrusted" and d.pick not in VM_PER_POD | {None}:
            report(f"privileged untrusted code outside a VM per pod, on {d.pick}: {answers}")
        nested = answers["privileges"] == "nested-containers"
        if nested and trust != "own" and not accepted and d.pick in SHARED_KERNEL:
            report(f"a container engine of code you did not write on the shared kernel of {d.pick}: {answers}")
        if answers["privileges"] != "none" and d.pick in SHARED_KERNEL:
            warned = {"privileged-shared-kernel", "nested-containers-shared-kernel"}
            if not warned & _advisory_ids(data, answers, d.pick):
                report(f"privileges on the shared kernel of {d.pick} without a warning: {answers}")
        # 1, for confidential computing: a workload that must be protected from the node gets a
        # runtime that keeps its memory from the node, selected in that mode, or nothing
        if answers["confidential"] != "not-needed" and d.pick is not None:
            if d.pick not in CONFIDENTIAL:
                report(f"confidential workload on {d.pick}, whose memory the node can read: {answers}")
            else:
                offer = data.platforms[platform].sandbox(d.pick)
                variant = offer.variant_for(answers) if offer is not None else None
                if variant is None or variant.runtime_class not in CONFIDENTIAL_CLASSES:
                    shown = variant.runtime_class if variant else None
                    report(f"confidential workload on {d.pick} through RuntimeClass {shown}: {answers}")
        # 2. a tie between a shared kernel and a sandbox goes to the sandbox unless the code is own
        if d.pick in SHARED_KERNEL and trust != "own" and SANDBOXES & set(d.tied_with):
            report(f"a tie went to the shared kernel of {d.pick} over {d.tied_with}: {answers}")
        # 3. what each platform runs
        if d.node_runtime not in NODE_RUNTIMES[platform]:
            report(f"node runtime {d.node_runtime} on {platform}: {answers}")
        if d.pick is not None:
            if d.pick in SHARED_KERNEL and d.pick != d.node_runtime:
                report(f"headline {d.pick} is not the plan's node runtime {d.node_runtime}: {answers}")
            if d.pick in SANDBOXES and d.pick not in SANDBOXES_ON[platform]:
                report(f"sandbox {d.pick} on {platform}, which does not offer it: {answers}")
        # 4. Kata without virtualization only through OpenShift's peer pods, stated as a precondition
        if d.pick == "kata" and answers["virtualization"] == "unavailable":
            if platform != "openshift":
                report(f"Kata without hardware virtualization on {platform}: {answers}")
            elif "kata-peer-pods" not in _advisory_ids(data, answers, d.pick):
                report(f"Kata through peer pods without the peer-pods precondition: {answers}")
        # 5. an answer that cannot matter on a platform changes nothing
        for question, platforms in IRRELEVANT.items():
            if platform in platforms and answers[question] == data.questions.get(question).default:
                for choice in data.questions.get(question).choice_ids[1:]:
                    other = {**answers, question: choice}
                    e = advisor.decide(other)
                    same = (e.pick, e.tied_with, e.score, e.node_runtime) == (
                        d.pick,
                        d.tied_with,
                        d.score,
                        d.node_runtime,
                    )
                    if not same or _advisory_ids(data, other, e.pick) != _advisory_ids(data, answers, d.pick):
                        report(f"{question}={choice} changes the plan on {platform}: {answers}")
    return found
