"""The versions the artifacts are written for, in one place.

Where the data has the fact (release lines in data/runtimes.yaml), it is read from there, so a
data update moves the artifacts with it; the rest are floors from the cited documents, to
re-check with the data (docs/updating-the-data.md).
"""

from __future__ import annotations

from gui.domain.model import AdvisorData

# gVisor publishes weekly release-YYYYMMDD.N tags, not release lines: the newest one on the
# dataset's date (github.com/google/gvisor/releases, 2026-11-17)
GVISOR_RELEASE = "release-20261116.0"
# 4.3.0 fixes a permissive annotation allowlist (CVSS 7.9); kata-deploy's chart uses the tag
KATA_MIN_VERSION = "4.3.0"
# gVisor's CRI-O guide supports CRI-O from 1.37, on a best-effort basis
CRIO_FOR_GVISOR = "1.37"
# new OpenShift installs run crun from 4.18 (openshift-docs config-container-runtime.adoc)
OPENSHIFT_CRUN_DEFAULT = "4.18"
# the OpenShift sandboxed containers release whose KataConfig fields the checks use
OSC_VERSION = "1.12"
# AKS Pod Sandboxing: Azure CLI with --workload-runtime KataVmIsolation, clusters from 1.27
AZURE_CLI = "2.80.0"
AKS_KUBERNETES = "1.27"


def docker_major(data: AdvisorData) -> str:
    """Docker Engine's newest major in the data."""
    return data.dataset.runtime("docker").releases[0].line


def oldest_supported_line(data: AdvisorData, runtime_id: str) -> str:
    """The oldest release line of a runtime still supported on the dataset's date."""
    supported = [r.line for r in data.dataset.runtime(runtime_id).releases if r.is_supported_on(data.dataset.as_of)]
    return supported[-1]
