"""Every plan's artifacts, for every platform x sandbox x hypervisor the engine can produce,
checked by real validators: Kubernetes' own schemas (kubernetes-validate, strict, offline, at
the version the dataset names), the documented configuration keys of containerd, CRI-O and
Docker Engine, a real containerd binary loading the version 2 form, and `sh -n` for scripts."""

from __future__ import annotations

import datetime as _dt
import email
import json
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import kubernetes_validate
import pytest
import tomllib
import yaml

from gui.domain.advice.answers import AnswerSet, every_combination
from gui.domain.advice.engine import Advisor
from gui.domain.advice.plan import build_plan
from gui.domain.artifacts.artifact import KINDS, Artifact
from gui.domain.artifacts.text import display_width
from gui.domain.data.loading import load_data
from gui.domain.report.model import build_report
from tests.artifacts import config_keys as keys
from tests.conftest import DATA, SCHEMAS

TODAY = _dt.date(2026, 11, 29)
MAX_LINE = 120  # what the PDF's code blocks show on one line; longer ones wrap there


def _unbreakable(line: str) -> bool:
    """A source URL or a file path that cannot be shortened: one token after a comment mark or `key =`."""
    value = re.sub(r"^\s*(#\s*|[A-Za-z_.\"]+\s*=\s*)", "", line)
    return " " not in value.strip()


@cache
def representatives() -> dict[tuple[str, str | None, str | None], dict[str, str]]:
    """One answer set for each (platform, headline, sandbox handler) the engine produces; a
    sandbox whose platform publishes no handler (EKS Nitro Sandboxes) by its RuntimeClass."""
    data = load_data(DATA, SCHEMAS)
    advisor = Advisor(data)
    found: dict[tuple[str, str | None, str | None], dict[str, str]] = {}
    for answers in every_combination(data.questions):
        pick = advisor.decide(answers).pick
        platform = data.platforms[answers["platform"]]
        offer = platform.sandbox(pick) if pick else None
        variant = offer.variant_for(answers) if offer else None
        selector = (variant.handler or variant.runtime_class) if variant else None
        found.setdefault((answers["platform"], pick, selector), answers)
    return found


def artifacts_for(shipped_data, answers: dict[str, str] | AnswerSet, lang: str = "en") -> tuple[Artifact, ...]:
    answer_set = answers if isinstance(answers, AnswerSet) else AnswerSet.single(answers, shipped_data.questions)
    plan = build_plan(Advisor(shipped_data), answer_set)
    return build_report(shipped_data, plan, lang, TODAY).plan.artifacts  # type: ignore[arg-type]


def test_every_sandbox_and_hypervisor_of_every_platform_is_covered() -> None:
    combos = {(p, s, h) for p, s, h in representatives() if h is not None}
    assert {
        ("kubernetes", "gvisor", "runsc"),
        ("kubernetes", "kata", "kata-qemu-runtime-rs"),
        ("kubernetes", "kata", "kata-clh-runtime-rs"),
        ("kubernetes", "kata", "kata-qemu-nvidia-gpu"),
        # confidential computing: kata-deploy's TEE shims, AKS's and EKS's confidential modes
        ("kubernetes", "kata", "kata-qemu-snp"),
        ("kubernetes", "kata", "kata-qemu-tdx"),
        ("kubernetes", "kata", "kata-qemu-nvidia-gpu-snp"),
        ("kubernetes", "kata", "kata-qemu-nvidia-gpu-tdx"),
        ("aks", "kata", "kata-cc-isolation"),
        ("eks", "nitro-sandbox", "confidential-sandbox"),
        ("eks", "gvisor", "runsc"),
        # on EKS a guest kernel per pod is Nitro Sandboxes unless GPUs are needed (AWS does not
        # document them there): Kata on nodes of your own is left for GPU workloads
        ("eks", "nitro-sandbox", "isolated-sandbox"),
        ("eks", "kata", "kata-qemu-nvidia-gpu"),
        ("gke", "gvisor", "gvisor"),
        ("aks", "kata", "kata"),
        ("openshift", "kata", "kata"),
        ("openshift", "kata", "kata-remote"),
        ("single-host", "gvisor", "runsc"),
        ("single-host", "kata", "kata"),
    } == combos


def _yaml_documents(artifact: Artifact) -> list[dict[str, Any]]:
    return [d for d in yaml.safe_load_all(artifact.text) if d is not None]


def check_kubernetes(artifact: Artifact, version: str) -> None:
    for document in _yaml_documents(artifact):
        kind = document.get("kind")
        if kind == "KataConfig":
            jsonschema.validate(document, keys.KATACONFIG_SCHEMA)
        elif kind == "ContainerRuntimeConfig":
            jsonschema.validate(document, keys.CONTAINERRUNTIMECONFIG_SCHEMA)
        else:
            assert kubernetes_validate.validate(document, version, strict=True) == version, artifact.filename


def _table(document: dict[str, Any], path: tuple[str, ...]) -> dict[str, Any]:
    for part in path:
        document = document[part]
    return document


def check_containerd(artifact: Artifact) -> dict[str, Any]:
    return check_containerd_toml(artifact.filename, artifact.text)


def check_containerd_toml(filename: str, text: str) -> dict[str, Any]:
    """A drop-in (version = 3) or a 1.7 snippet (no version line: config.toml has one)."""
    document = tomllib.loads(text)
    if "version" in document:
        assert document["version"] == 3, filename
        table = keys.CONTAINERD_V3_RUNTIMES_TABLE
    else:
        assert "# version = 2" in text, "a snippet says which config version it is for"
        table = keys.CONTAINERD_V2_RUNTIMES_TABLE
    assert set(document) <= {"version", "plugins"}, filename
    runtimes = _table(document, table)
    for name, runtime in runtimes.items():
        assert set(runtime) <= keys.CONTAINERD_RUNTIME_KEYS, (filename, set(runtime) - keys.CONTAINERD_RUNTIME_KEYS)
        assert not set(runtime) & keys.CONTAINERD_REMOVED_KEYS
        shim = "kata" if "kata" in runtime["runtime_type"] else runtime["runtime_type"]
        assert set(runtime.get("options", {})) <= keys.CONTAINERD_SHIM_OPTIONS[shim], (filename, name)
    return runtimes


def check_crio(artifact: Artifact) -> dict[str, Any]:
    document = tomllib.loads(artifact.text)
    assert set(document) == {"crio"} and set(document["crio"]) == {"runtime"}
    section = document["crio"]["runtime"]
    assert set(section) <= keys.CRIO_RUNTIME_SECTION_KEYS
    for handler in section["runtimes"].values():
        assert set(handler) <= keys.CRIO_HANDLER_KEYS, set(handler) - keys.CRIO_HANDLER_KEYS
        assert handler["runtime_type"] in keys.CRIO_RUNTIME_TYPES
    return section["runtimes"]


def check_docker(artifact: Artifact) -> dict[str, Any]:
    document = json.loads(artifact.text)
    assert set(document) <= keys.DOCKER_DAEMON_KEYS
    for runtime in document["runtimes"].values():
        assert set(runtime) <= keys.DOCKER_RUNTIME_KEYS and ({"path", "runtimeType"} & set(runtime))
    if "default-runtime" in document:
        assert document["default-runtime"] in document["runtimes"]
    return document["runtimes"]


def check_shell(artifact: Artifact) -> None:
    check_shell_text(artifact.filename, artifact.text)


def check_shell_text(filename: str, text: str) -> None:
    assert text.startswith("#!/bin/sh\n")
    done = subprocess.run(["sh", "-n"], input=text, text=True, capture_output=True, check=False)
    assert done.returncode == 0, (filename, done.stderr)
    # every name to fill in is checked before use: no command runs with a placeholder in it
    code = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    for placeholder in ("NODE ", "CLUSTER_NAME ", "RESOURCE_GROUP ", "LOCATION "):
        assert not [line for line in code if placeholder in line + " " and "$" not in line], (filename, placeholder)


def check_user_data(artifact: Artifact) -> dict[str, Any]:
    """EKS user data: a MIME multi-part with a shell part and a nodeadm NodeConfig part whose
    containerd TOML registers the runtime."""
    message = email.message_from_string(artifact.text)
    assert message.is_multipart() and message.get_content_type() == "multipart/mixed"
    parts = {part.get_content_type(): part.get_payload() for part in message.get_payload()}
    assert set(parts) == {"text/x-shellscript", "application/node.eks.aws"}
    check_shell_text(artifact.filename, parts["text/x-shellscript"].strip() + "\n")
    (node_config,) = [d for d in yaml.safe_load_all(parts["application/node.eks.aws"]) if d]
    jsonschema.validate(node_config, keys.NODECONFIG_SCHEMA)
    return check_containerd_toml(artifact.filename, "version = 3\n" + node_config["spec"]["containerd"]["config"])


@pytest.mark.parametrize("lang", ["en", "ko"])
@pytest.mark.parametrize("combo", sorted(representatives(), key=str), ids=lambda c: "-".join(map(str, c)))
def test_the_artifacts_of_every_plan_validate(shipped_data, combo, lang) -> None:
    platform, pick, handler = combo
    artifacts = artifacts_for(shipped_data, representatives()[combo], lang)
    assert artifacts, "every plan has at least its verification script"
    assert len({a.filename for a in artifacts}) == len(artifacts), "file names are unique"
    version = shipped_data.dataset.kubernetes_version
    registered: set[str] = set()
    classes: dict[str, str] = {}
    for artifact in artifacts:
        assert artifact.kind in KINDS and artifact.applies_to and artifact.source.startswith("https://")
        long = [
            line for line in artifact.text.splitlines() if display_width(line) > MAX_LINE and not _unbreakable(line)
        ]
        assert not long, (artifact.filename, long[0])
        if artifact.kind in ("kubernetes-manifest", "pod-example", "admission-policy"):
            check_kubernetes(artifact, version)
            for document in _yaml_documents(artifact):
                if document["kind"] == "RuntimeClass":
                    classes[document["metadata"]["name"]] = document["handler"]
        elif artifact.kind == "helm-values":
            values = _yaml_documents(artifact)[0]
            assert values["shims"]["disableAll"] is True
            registered |= {f"kata-{shim}" for shim in values["shims"] if shim != "disableAll"}
        elif artifact.kind == "containerd-config":
            registered |= set(check_containerd(artifact))
        elif artifact.kind == "crio-config":
            registered |= set(check_crio(artifact))
        elif artifact.kind == "docker-daemon-json":
            registered |= set(check_docker(artifact))
        elif artifact.kind == "shell":
            check_shell(artifact)
        elif artifact.kind == "node-user-data":
            registered |= set(check_user_data(artifact))
    # what the artifacts set up is what the plan selects
    configured_on_nodes = pick in ("gvisor", "kata")  # Nitro Sandboxes are AWS's to set up
    if handler is not None and platform in ("kubernetes", "eks", "single-host") and configured_on_nodes:
        assert handler in registered, (combo, registered)
    for name, class_handler in classes.items():
        assert class_handler in registered, (name, class_handler)
    pods = [a for a in artifacts if a.kind == "pod-example"]
    if handler is not None and platform != "single-host":
        (pod,) = pods
        assert (
            _yaml_documents(pod)[0]["spec"]["runtimeClassName"]
            == shipped_data.platforms[platform].sandbox(pick).variant_for(representatives()[combo]).runtime_class
        )
    else:
        assert pods == []


def test_the_korean_artifacts_differ_only_in_their_comments(shipped_data) -> None:
    answers = representatives()[("kubernetes", "kata", "kata-qemu-runtime-rs")]
    english, korean = artifacts_for(shipped_data, answers, "en"), artifacts_for(shipped_data, answers, "ko")
    assert [a.filename for a in english] == [a.filename for a in korean]
    for en, ko in zip(english, korean, strict=True):
        assert en.text != ko.text, en.filename
        code = [line for line in en.text.splitlines() if line and not line.lstrip().startswith("#")]
        assert code == [line for line in ko.text.splitlines() if line and not line.lstrip().startswith("#")]


def test_a_real_containerd_loads_the_version_2_form(shipped_data, tmp_path: Path) -> None:
    containerd = shutil.which("containerd")
    assert containerd, "containerd (the Debian package) is needed here: .ci/run installs it"
    checked = 0
    for combo in (("kubernetes", "gvisor", "runsc"), ("kubernetes", "kata", "kata-qemu-runtime-rs")):
        for artifact in artifacts_for(shipped_data, representatives()[combo]):
            if artifact.kind != "containerd-config" or "version" in tomllib.loads(artifact.text):
                continue
            path = tmp_path / artifact.filename
            # a snippet for config.toml, which holds the version line
            path.write_text("version = 2\n" + artifact.text, encoding="utf-8")
            done = subprocess.run(
                [containerd, "--config", str(path), "config", "dump"], capture_output=True, text=True, check=False
            )
            assert done.returncode == 0, done.stderr
            dumped = _table(tomllib.loads(done.stdout), keys.CONTAINERD_V2_RUNTIMES_TABLE)
            for name, runtime in check_containerd(artifact).items():
                for key, value in runtime.items():
                    assert dumped[name][key] == value, (name, key)
            checked += 1
    assert checked == 2


_HANGUL = re.compile(r"[\uac00-\ud7a3]")


def _comment_paragraphs(text: str) -> list[str]:
    """Prose comments joined into paragraphs; skipped: a shebang, an empty comment line, a
    command or setting shown indented (`#   kubectl ...`), a setting commented out
    (`# version = 2`) and a lone URL."""
    paragraphs: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        comment = ""
        if line.lstrip().startswith("#") and not line.startswith("#!"):
            comment = line.lstrip()[1:]
        elif " # " in line:
            comment = line.partition(" # ")[2]
            paragraphs.append(comment.strip())
            continue
        prose = (
            comment.strip()
            and not comment.startswith("   ")  # an indented command or setting
            and not re.fullmatch(r"\s*https://\S+", comment)  # a lone URL
            and not re.fullmatch(r"\s*[\w.]+ = \S+", comment)  # a setting shown commented out
        )
        if prose:
            current.append(comment.strip())
        elif current:
            paragraphs.append(" ".join(current))
            current = []
    if current:
        paragraphs.append(" ".join(current))
    return paragraphs


def test_every_korean_comment_is_in_korean(shipped_data) -> None:
    checked = 0
    for combo, answers in representatives().items():
        for artifact in artifacts_for(shipped_data, answers, "ko"):
            for paragraph in _comment_paragraphs(artifact.text):
                assert _HANGUL.search(paragraph), (combo, artifact.filename, paragraph)
                checked += 1
    assert checked > 100


def test_every_comment_has_both_languages_with_the_same_placeholders() -> None:
    import string

    from gui.domain.artifacts.policy_words import all_policy_words
    from gui.domain.artifacts.words import all_words

    def fields(text: str) -> set[str]:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name}

    for key, (english, korean) in {**all_words(), **all_policy_words()}.items():
        assert fields(english) == fields(korean), key
        assert _HANGUL.search(korean) and not _HANGUL.search(english), key


def _cited_text() -> str:
    """Every text of the data files that carry sources (notes, pins, releases, platforms)."""

    def strings(value: Any) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, dict):
            return [t for item in value.values() for t in strings(item)]
        if isinstance(value, list):
            return [t for item in value for t in strings(item)]
        return []

    found: list[str] = []
    for name in ("runtimes.yaml", "platforms.yaml"):
        raw = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        found += strings({k: v for k, v in raw.items() if k != "runtimes"} if name == "runtimes.yaml" else raw)
        if name == "runtimes.yaml":
            for runtime in raw["runtimes"]:
                found += strings([runtime.get(k) for k in ("notes", "errata", "releases")])
    return "\n".join(found)


_VERSION_IN_FILE = re.compile(r"(?<![\w.$/-])v?\d+(?:\.\d+)+(?![\w.])")


def test_every_version_an_artifact_names_is_cited_by_the_data(shipped_data) -> None:
    """No generated file names a version, release or floor that the data's sourced facts do not
    hold (the published table's cells do not count: they are 2019's)."""
    from gui._version import __version__

    cited = _cited_text()
    seen: set[str] = set()
    for combo, answers in representatives().items():
        for lang in ("en", "ko"):
            for artifact in artifacts_for(shipped_data, answers, lang):
                text = artifact.text.replace(__version__, "")
                text = re.sub(r"https://\S+", "", text)  # addresses are sources, not claims
                for token in _VERSION_IN_FILE.findall(text):
                    bare = token.removeprefix("v")
                    assert re.search(rf"(?<![\d.])v?{re.escape(bare)}(?!\d)", cited), (
                        combo,
                        artifact.filename,
                        token,
                    )
                    seen.add(token)
    assert {"4.3.0", "v26.7.0", "2.80.0", "1.37"} <= seen


def test_the_kata_install_pins_the_cited_release_and_says_what_the_floor_fixes(shipped_data) -> None:
    from gui.domain.artifacts import versions as v

    pins = shipped_data.dataset.pins
    release, floor = pins[v.KATA_RELEASE], pins[v.KATA_FLOOR]
    assert floor.fixes is not None and "7.9" in floor.shows and "7.9" in floor.fixes.en
    scripts = [
        a
        for answers in representatives().values()
        for a in artifacts_for(shipped_data, answers)
        if a.filename == "install-kata.sh"
    ]
    assert scripts
    for script in scripts:
        assert f'"${{KATA_VERSION:-{release.value}}}"' in script.text
        prose = re.sub(r"\n#\s*", " ", script.text)  # comments wrap at the line width
        assert "CVSS 7.9" in prose and "CVSS 6.4" in prose  # what the floor fixes
        assert "4.2.0" not in script.text
    gvisor = [
        a
        for answers in representatives().values()
        for a in artifacts_for(shipped_data, answers)
        if a.filename.startswith(("install-gvisor", "eks-user-data"))
    ]
    assert gvisor
    for artifact in gvisor:
        assert pins[v.GVISOR_NEWEST].value.removeprefix("release-") in artifact.text
        assert "release-20261116.0" not in artifact.text


def test_release_lines_the_plan_names_are_in_the_data(shipped_data) -> None:
    from gui.domain.artifacts import versions as v

    crio = shipped_data.dataset.runtime("cri-o")
    assert v.pin(shipped_data, v.CRIO_FOR_GVISOR) in {r.line for r in crio.releases}
    assert v.oldest_supported_line(shipped_data, "cri-o") == "1.35"
    assert v.docker_major(shipped_data) == "29"
    assert v.gvisor_apt_version(shipped_data) == "20260817.0"
