"""What a machine or a cluster tells: host detection, kubectl inventories, and applying them to a plan.

The one type both kinds of reading report in lives here, so that reading an inventory does not
load the machine's probes (subprocesses, a thread pool) nor the reverse."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    """One fact and where it was read."""

    what: str  # e.g. "containerd 2.2.0", "/dev/kvm usable", "3 node(s)"
    evidence: str  # the file read or the command run
