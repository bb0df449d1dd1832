"""Problems in platforms.yaml: each at the line and column of what is wrong, with what is allowed.

A platform entry is long (node runtimes, sandboxes, variants), so a problem reported at the
platform's first line, or the wrong key of a variant, would leave its author searching. The
allowed values come from the data files read here with plain PyYAML, not from the loader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import DATA
from tests.helpers import at, line_of, problems_of, replace_once, where


def _data(name: str) -> Any:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


RUNTIME_IDS = [r["id"] for r in _data("runtimes.yaml")["runtimes"]]
QUESTIONS = {q["id"]: [c["id"] for c in q["choices"]] for q in _data("questions.yaml")["questions"]}
CRI_O_SOURCE = "        source: https://github.com/cri-o/cri-o\n"
SINGLE_HOST_GVISOR_VARIANT = "          - runtime_class: null\n            handler: runsc\n"
KUBERNETES_GVISOR_VARIANT = "          - runtime_class: gvisor\n            handler: runsc\n"


def replace_first(path: Path, old: str, new: str) -> int:
    """Replace the first occurrence of `old` (in the first platform, self-managed Kubernetes, where
    the others repeat it); return the line where `new` starts."""
    text = path.read_text(encoding="utf-8")
    start = text.index(old)
    assert start < text.index("  - id: openshift\n"), f"{old!r} is not in the first platform"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return text[:start].count("\n") + 1


def test_a_node_runtime_the_dataset_lacks(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    line = replace_once(
        platforms,
        "      - runtime: cri-o\n        oci_runtime: crun\n        reason:\n          en: CRI-O is made only",
        # the key after another one, unlike the shipped data: the problem points at the key
        "      - oci_runtime: crun\n        runtime: cri-oh\n        reason:\n          en: CRI-O is made only",
    )
    found = problems_of(data_copy)
    assert found[0].file.endswith("platforms.yaml")
    assert where(found[0]) == at(platforms, line + 1, "runtime:")
    assert found[0].message == f"unknown runtime 'cri-oh'; allowed: {', '.join(RUNTIME_IDS)}"


def test_a_sandbox_naming_a_node_runtime(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    offering = "        offering: {en: runsc installed on your nodes, ko: 노드에 직접 설치한 runsc}\n"
    line = replace_once(
        platforms,
        "    sandboxes:\n      - runtime: gvisor\n" + offering,
        "    sandboxes:\n      - " + offering.lstrip() + "        runtime: containerd\n",
    )
    found = problems_of(data_copy)
    assert where(found[0]) == at(platforms, line + 2, "runtime:")
    assert found[0].message == "runtime 'containerd' is not a sandbox runtime (its attribute 'layer' says otherwise)"


@pytest.mark.parametrize(
    "old",
    [
        CRI_O_SOURCE,
        "        source: https://gvisor.dev/docs/user_guide/install/\n",
        "            source: https://gvisor.dev/docs/user_guide/containerd/quick_start/\n",
    ],
    ids=["node-runtime", "sandbox", "variant"],
)
def test_a_source_not_listed_in_the_dataset(data_copy: Path, old: str) -> None:
    platforms = data_copy / "platforms.yaml"
    url = old.split("source: ", 1)[1].split("\n", 1)[0]
    line = replace_first(platforms, old, old.replace(url, "https://example.org/unlisted"))
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(platforms, line, "source:")
    assert problem.message == (
        "source https://example.org/unlisted is not listed under dataset.sources in runtimes.yaml; add it there"
    )


def test_a_second_node_runtime_without_what_to_say_when_the_first_is_chosen(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    text = platforms.read_text(encoding="utf-8")
    start = text.index(
        "        alternative:\n          en: A node runs one container runtime, and this plan runs containerd. CRI-O"
    )
    end = text.index(CRI_O_SOURCE, start)
    platforms.write_text(text[:start] + text[end:], encoding="utf-8")
    entry = text[:start].rindex("      - runtime: cri-o\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == (text[:entry].count("\n") + 1, 9)
    assert problem.message == (
        "node runtime 'cri-o' is not this platform's first choice, so it needs 'alternative': "
        "what to tell the user when the first one is chosen instead"
    )


def test_a_kubernetes_sandbox_variant_without_a_runtimeclass(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    line = replace_first(
        platforms, KUBERNETES_GVISOR_VARIANT, "          - handler: runsc\n            runtime_class: null\n"
    )
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(platforms, line + 1, "runtime_class:")
    assert problem.message == "a Kubernetes platform selects a sandbox by a RuntimeClass: name it"


def test_a_single_host_sandbox_variant_with_a_runtimeclass(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    line = replace_once(
        platforms, SINGLE_HOST_GVISOR_VARIANT, "          - handler: runsc\n            runtime_class: gvisor\n"
    )
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(platforms, line + 1, "runtime_class:")
    assert problem.message == "this platform has no Kubernetes, so no RuntimeClass: use null"


def test_a_variant_asking_unknown_questions_and_choices_reports_each(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    line = replace_first(
        platforms,
        KUBERNETES_GVISOR_VARIANT,
        "          - when: {gpus: nvidia, startups: fast, density: very-high}\n"
        "            runtime_class: gvisor\n            handler: runsc\n",
    )
    gpus, startups, density = problems_of(data_copy)[:3]
    assert where(gpus) == at(platforms, line, "gpus")
    assert gpus.message == f"unknown question 'gpus'; allowed: {', '.join(QUESTIONS)}"
    assert where(startups) == at(platforms, line, "startups")
    assert where(density) == at(platforms, line, "density")
    assert density.message == (
        f"question 'density' has no choice 'very-high'; allowed: {', '.join(QUESTIONS['density'])}"
    )


def test_a_last_variant_with_a_condition_is_reported_at_that_variant(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    line = replace_first(
        platforms,
        KUBERNETES_GVISOR_VARIANT,
        "          - when: {gpu: nvidia}\n            runtime_class: gvisor\n            handler: runsc\n",
    )
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(platforms, line, "when:")
    assert problem.message == "the last variant is the fallback for every other workload: leave out its 'when'"


def test_a_platform_listed_twice_leaves_a_choice_without_an_entry(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    line = replace_once(
        platforms,
        "  - id: openshift\n    name: {en: OpenShift, ko: OpenShift}\n",
        "  - name: {en: OpenShift, ko: OpenShift}\n    id: kubernetes\n",  # the id after the name
    )
    twice, missing = problems_of(data_copy)
    assert where(twice) == at(platforms, line + 1, "id:")
    assert twice.message == "platform 'kubernetes' is listed twice"
    assert where(missing) == at(platforms, line_of(platforms, "platforms:\n"), "platforms:")
    assert missing.message == "no entry for the platform choices: openshift"


def test_a_platform_that_is_not_a_choice_of_the_platform_question(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    line = replace_once(
        platforms,
        "  - id: aks\n    name: {en: Azure Kubernetes Service, ko: Azure Kubernetes Service}\n",
        "  - name: {en: Azure Kubernetes Service, ko: Azure Kubernetes Service}\n    id: azure\n",
    )
    replace_once(platforms, "  - id: gke\n", "  - id: google\n")
    google, unknown, missing = problems_of(data_copy)
    assert google.message.startswith("'google' is not a choice of the 'platform' question")
    assert where(unknown) == at(platforms, line + 1, "id:")
    assert (
        unknown.message
        == f"'azure' is not a choice of the 'platform' question; allowed: {', '.join(QUESTIONS['platform'])}"
    )
    assert missing.message == "no entry for the platform choices: gke, aks"


def test_a_node_runtime_listed_twice(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    line = replace_first(
        platforms,
        "      - runtime: cri-o\n        oci_runtime: crun\n",
        "      - oci_runtime: crun\n        runtime: containerd\n",
    )
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(platforms, line + 1, "runtime:")
    assert problem.message == "runtime 'containerd' is listed twice"


def test_a_sandbox_listed_twice(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    line = replace_first(
        platforms,
        "      - runtime: kata\n        offering: {en: installed with kata-deploy, ko: kata-deploy로 설치}\n",
        "      - offering: {en: installed with kata-deploy, ko: kata-deploy로 설치}\n        runtime: gvisor\n",
    )
    found = problems_of(data_copy)
    assert where(found[-1]) == at(platforms, line + 1, "runtime:")
    assert found[-1].message == "runtime 'gvisor' is listed twice"


def test_a_platform_note_citing_an_unlisted_source(data_copy: Path) -> None:
    platforms = data_copy / "platforms.yaml"
    old = "        source: https://docs.aws.amazon.com/eks/latest/userguide/fargate.html\n"
    line = replace_once(platforms, old, "        source: https://example.org/fargate\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(platforms, line, "source:")
    assert problem.message == (
        "source https://example.org/fargate is not listed under dataset.sources in runtimes.yaml; add it there"
    )


def test_a_runtime_a_platform_lacks_must_be_excluded_by_a_platform_only_rule(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    replace_once(
        rules,
        "    when: {platform: gke}\n    exclude: {id: kata}\n",
        "    when: {platform: gke, trust: own}\n    exclude: {id: kata}\n",
    )
    (problem,) = problems_of(data_copy)
    assert problem.file.endswith("rules.yaml")
    assert where(problem) == at(rules, line_of(rules, "rules:\n"), "rules:")
    assert problem.message == (
        "platform 'gke' does not offer 'kata' (platforms.yaml), but no rule with when: {platform: gke} excludes it"
    )


def test_a_platform_only_rule_must_not_exclude_what_the_platform_offers(data_copy: Path) -> None:
    rules = data_copy / "rules.yaml"
    line = replace_once(
        rules,
        "    when: {platform: openshift}\n    exclude: {id: gvisor}\n",
        "    when: {platform: openshift}\n    exclude: {id: kata}\n",
    )
    not_excluded, wrongly = problems_of(data_copy)
    assert not_excluded.message.startswith("platform 'openshift' does not offer 'gvisor'")
    assert where(wrongly) == at(rules, line + 1, "exclude:")
    assert wrongly.message == (
        "rule 'openshift-kata-only-sandbox' excludes 'kata' on 'openshift', "
        "which platforms.yaml says the platform offers"
    )
