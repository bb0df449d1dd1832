"""The versions the artifacts are written for, all read from the data.

No version is written here: release lines come from `releases` and every other version, release
name or floor from `pins` in data/runtimes.yaml, each with the source that shows it and what it
shows (`runtime-advisor validate --sources` refuses one without). A data update moves the
artifacts with it; docs/rechecking-the-data.md says how to re-check them.
"""

from __future__ import annotations

from gui.domain.data.pin_ids import (
    AGENT_SANDBOX_RELEASE,
    AKS_KUBERNETES,
    AZURE_CLI,
    CRIO_FOR_GVISOR,
    GPU_OPERATOR_FLOOR,
    GPU_OPERATOR_RELEASE,
    GVISOR_LINUX,
    GVISOR_NEWEST,
    KATA_FLOOR,
    KATA_RELEASE,
    OPENSHIFT_CRUN_DEFAULT,
    OSC_RELEASE,
)
from gui.domain.model import AdvisorData

__all__ = [
    "AGENT_SANDBOX_RELEASE",
    "AKS_KUBERNETES",
    "AZURE_CLI",
    "CRIO_FOR_GVISOR",
    "GPU_OPERATOR_FLOOR",
    "GPU_OPERATOR_RELEASE",
    "GVISOR_LINUX",
    "GVISOR_NEWEST",
    "KATA_FLOOR",
    "KATA_RELEASE",
    "OPENSHIFT_CRUN_DEFAULT",
    "OSC_RELEASE",
    "docker_major",
    "gvisor_apt_version",
    "oldest_supported_line",
    "pin",
]


def pin(data: AdvisorData, pin_id: str) -> str:
    return data.dataset.pin(pin_id)


def gvisor_apt_version(data: AdvisorData) -> str:
    """gVisor's Debian packages carry the release's date without the tag's prefix
    (release-20260817.0 is package version 20260817.0)."""
    return pin(data, GVISOR_NEWEST).removeprefix("release-")


def docker_major(data: AdvisorData) -> str:
    """Docker Engine's newest major in the data."""
    return data.dataset.runtime("docker").releases[0].line


def oldest_supported_line(data: AdvisorData, runtime_id: str) -> str:
    """The oldest release line of a runtime still supported on the dataset's date."""
    supported = [r.line for r in data.dataset.runtime(runtime_id).releases if r.is_supported_on(data.dataset.as_of)]
    return supported[-1]
