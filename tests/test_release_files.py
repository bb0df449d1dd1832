"""The release machinery that only runs on GitHub's Windows and macOS runners, checked here for
what can be checked without them: the tag check, the version numbers Windows gets, and that the
workflow keeps its smoke tests, checksums and pinned tools (issue 16)."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
import yaml

from gui._version import __version__
from tests.conftest import REPO

WORKFLOW = REPO / ".github" / "workflows" / "release.yml"
sys.path.insert(0, str(REPO / "packaging" / "pyinstaller"))
from windows_version import numeric_version  # noqa: E402


def _release_check(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(REPO / "packaging" / "release_check.py"), *args], capture_output=True, text=True
    )


def test_a_tag_that_names_the_version_passes() -> None:
    done = _release_check("tag", f"v{__version__}")
    assert done.returncode == 0 and done.stdout == f"version={__version__}\n"


@pytest.mark.parametrize("tag", ["v9.9.9", __version__, f"v{__version__}.1", f"release-{__version__}"])
def test_a_tag_that_disagrees_with_the_version_stops_the_release(tag: str) -> None:
    done = _release_check("tag", tag)
    assert done.returncode == 1 and done.stdout == ""
    assert f"the tag {tag!r} does not match gui/_version.py ({__version__!r})" in done.stderr


def test_a_manual_run_on_a_branch_builds_what_the_branch_says() -> None:
    done = _release_check("branch", "main")
    assert done.returncode == 0 and done.stdout == f"version={__version__}\n"


@pytest.mark.parametrize(
    ("text", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2.3rc1", (1, 2, 3, 0)), ("2.0", (2, 0, 0, 0)), ("10.20.30.40.50", (10, 20, 30, 40))],
)
def test_windows_version_numbers(text: str, numbers: tuple[int, int, int, int]) -> None:
    assert numeric_version(text) == numbers


@pytest.fixture(scope="module")
def workflow() -> dict:
    return yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))


def _steps(workflow: dict, job: str) -> list[dict]:
    return workflow["jobs"][job]["steps"]


def test_every_os_and_both_mac_architectures_are_built(workflow: dict) -> None:
    matrix = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
    assert {entry["name"] for entry in matrix} == {"linux-x86_64", "windows-x86_64", "macos-arm64", "macos-x86_64"}
    assert {entry.get("arch") for entry in matrix if entry["name"].startswith("macos")} == {"arm64", "x86_64"}
    assert workflow["jobs"]["build"]["needs"] == "version"


def test_every_os_runs_the_smoke_test_on_its_frozen_build(workflow: dict) -> None:
    smoke = [step for step in _steps(workflow, "build") if "packaging/smoke_test.py" in step.get("run", "")]
    assert {re.search(r"runner\.os == '(\w+)'", step["if"])[1] for step in smoke} == {"Linux", "Windows", "macOS"}
    windows = next(step for step in smoke if "Windows" in step["if"])
    assert "runtime-advisor-cli.exe" in windows["run"] and "/VERYSILENT" in windows["run"]
    mac = next(step for step in smoke if "macOS" in step["if"])
    assert "hdiutil attach" in mac["run"] and "--arch" in mac["run"]


def test_a_tag_is_checked_before_anything_is_built_and_released_with_checksums(workflow: dict) -> None:
    assert "packaging/release_check.py" in _steps(workflow, "version")[-1]["run"]
    release = workflow["jobs"]["release"]
    assert release["if"] == "github.ref_type == 'tag'" and set(release["needs"]) == {"version", "build"}
    runs = "\n".join(step.get("run", "") for step in release["steps"])
    assert "sha256sum -- * > SHA256SUMS" in runs and "sha256sum --check SHA256SUMS" in runs
    assert "gh release create" in runs and "--verify-tag" in runs


def test_signing_for_a_tag_cannot_be_skipped_silently(workflow: dict) -> None:
    build = workflow["jobs"]["build"]
    assert "github.ref_type == 'tag'" in build["env"]["SIGN_MACOS"]
    step = next(s for s in _steps(workflow, "build") if s.get("name") == "Build")
    assert "RUNTIME_ADVISOR_REQUIRE_SIGNING" in step["env"]
    dmg = (REPO / "packaging" / "macos" / "make_dmg.sh").read_text(encoding="utf-8")
    assert (
        'if [ "$status" != "Accepted" ]' in dmg and "--deep --sign" not in dmg and "codesign --force --deep" not in dmg
    )


# Major versions of GitHub's actions whose action.yml still says node20 (deprecated on runners)
NODE20_ACTIONS = {
    "actions/checkout": 4,
    "actions/setup-python": 5,
    "actions/upload-artifact": 5,
    "actions/download-artifact": 6,
}


def test_actions_run_on_node24(workflow: dict) -> None:
    used = [step["uses"] for job in workflow["jobs"].values() for step in job["steps"] if "uses" in step]
    assert used
    for reference in used:
        name, major = re.fullmatch(r"([\w-]+/[\w-]+)@v(\d+)", reference).groups()
        assert int(major) > NODE20_ACTIONS[name], reference


def test_the_toolchain_is_pinned(workflow: dict) -> None:
    pins = dict(
        line.split(";")[0].strip().split("==")
        for line in (REPO / "packaging" / "constraints-release.txt").read_text().splitlines()
        if "==" in line and not line.startswith("#")
    )
    assert {"pyinstaller", "PySide6-Essentials", "pillow", "pypdf", "pefile", "macholib", "pytest"} <= set(pins)
    installs = [s["run"] for s in _steps(workflow, "build") if "pip install" in s.get("run", "")]
    assert installs and all("-c packaging/constraints-release.txt" in run for run in installs)
    assert re.fullmatch(r"\d+\.\d+\.\d+", workflow["env"]["PYTHON_VERSION"])
    assert re.fullmatch(r"\d+\.\d+\.\d+", workflow["env"]["INNO_SETUP_VERSION"])


def test_windows_installer_requirements() -> None:
    script = (REPO / "packaging" / "windows" / "runtime-advisor.iss").read_text(encoding="utf-8")
    assert "MinVersion=10.0.17763" in script  # Qt 6.11: Windows 10 1809 and later
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in script  # no stale libraries after upgrades
    assert "VersionInfoVersion={#AppNumericVersion}" in script
