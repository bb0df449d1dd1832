"""Release lines and the versions the artifacts are written for, against data/runtimes.yaml
(containerd 2.4, 2.3, 2.2 ended 2026-11-06, 2.1 ended, 2.0 until 2027-03, 1.7 ended 2026-09;
CRI-O 1.37 to 1.35 with no end date; Docker Engine 29; the dataset is as of 2026-12-07)."""

from __future__ import annotations

from gui.domain.artifacts.versions import docker_major, oldest_supported_line
from gui.domain.model import Release, Text


def _release(eol: str | None) -> Release:
    return Release("1.0", Text("x", "x"), "2020-01-01", eol, "https://example.org", "2026-01-01")


def test_an_end_of_life_day_is_the_last_supported_day() -> None:
    assert _release("2026-11-06").is_supported_on("2026-11-06")
    assert not _release("2026-11-06").is_supported_on("2026-11-07")
    assert _release(None).is_supported_on("2999-12-31")


def test_a_month_only_end_of_life_counts_to_the_end_of_that_month() -> None:
    assert _release("2027-03").is_supported_on("2027-03-31")
    assert not _release("2027-03").is_supported_on("2027-04-01")


def test_the_versions_come_from_the_data(shipped_data) -> None:
    assert shipped_data.dataset.as_of == "2026-12-07"
    assert docker_major(shipped_data) == "29"
    # 2.2 and 2.1 ended before the as_of date; 2.0 runs until 2027-03
    assert oldest_supported_line(shipped_data, "containerd") == "2.0"
    assert oldest_supported_line(shipped_data, "cri-o") == "1.35"
