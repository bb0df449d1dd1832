"""Every artifact of every scenario plan is named consistently (DESIGN.md section 4's example:
id `runtimeclass-gvisor`, file `runtimeclass-gvisor.yaml`, kind `kubernetes-manifest`): its id is
its file name without the extension (Docker's fixed name daemon.json aside), its language follows
the extension, and its kind follows what the file is."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gui.domain.advice.answers import load_answer_set
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.artifacts.artifact import KINDS
from gui.domain.artifacts.build import build_artifacts
from tests.conftest import SCENARIOS, SCHEMAS

LANGUAGE_OF_EXTENSION = {
    ".sh": "sh",
    ".toml": "toml",
    ".conf": "toml",
    ".json": "json",
    ".yaml": "yaml",
    ".mime": "text",
}


def _kind_for(filename: str) -> str:
    stem, extension = Path(filename).stem, Path(filename).suffix
    if filename == "daemon.json":
        return "docker-daemon-json"
    if extension == ".sh":
        return "shell"
    if extension == ".mime":
        return "node-user-data"
    if stem.startswith("pod-"):
        return "pod-example"
    if stem.startswith(("runtimeclass-", "kataconfig-")):
        return "kubernetes-manifest"
    if stem.startswith("containerd-"):
        return "containerd-config"
    if stem.startswith("crio-"):
        return "crio-config"
    if stem == "kata-deploy-values":
        return "helm-values"
    if stem.startswith("agent-sandbox-"):
        return "agent-sandbox"
    if stem.startswith("admission-policy-"):
        return "admission-policy"
    raise AssertionError(f"an artifact no rule here names: {filename}")


def _artifacts(shipped_data, scenario: str, lang: str = "en"):
    schema = SCHEMAS / "answers.schema.json"
    answer_set = load_answer_set(SCENARIOS / f"{scenario}.yaml", shipped_data.questions, schema)
    return build_artifacts(shipped_data, build_plan(Advisor(shipped_data), answer_set), lang, "2026-11-29")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_every_artifact_is_named_by_what_it_is(shipped_data, lang: str) -> None:
    seen: set[str] = set()
    for path in sorted(SCENARIOS.glob("*.yaml")):
        artifacts = _artifacts(shipped_data, path.stem, lang)
        assert len({a.filename for a in artifacts}) == len(artifacts), path.stem
        for a in artifacts:
            where = f"{path.stem}: {a.filename}"
            expected_id = "docker-daemon-json" if a.filename == "daemon.json" else Path(a.filename).stem
            assert a.id == expected_id, where
            assert a.language == LANGUAGE_OF_EXTENSION[Path(a.filename).suffix], where
            assert a.kind == _kind_for(a.filename) and a.kind in KINDS, where
            assert a.source.startswith("https://"), where
            seen.add(a.kind)
    assert seen == set(KINDS), "the scenarios reach every kind"


def test_docker_daemon_json_cites_the_guide_of_the_sandbox_it_sets_up(shipped_data) -> None:
    artifacts = _artifacts(shipped_data, "single-host-untrusted-unavailable")
    (gvisor_only,) = [a for a in artifacts if a.id == "docker-daemon-json"]
    assert gvisor_only.source == "https://docs.docker.com/engine/daemon/alternative-runtimes/"
    assert gvisor_only.applies_to == "Docker Engine 29"
    assert json.loads(gvisor_only.text)["default-runtime"] == "runsc"
    (both,) = [a for a in _artifacts(shipped_data, "cluster-docker-host-two-sandboxes") if a.id == "docker-daemon-json"]
    assert both.source == "https://github.com/kata-containers/kata-containers/blob/main/docs/installation.md"
