"""validate --stale-after: which facts were checked more than DAYS before the dataset's date,
named as the docstring of gui/domain/data/staleness.py says, at their line."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from gui.domain.data.document import YamlDocument
from gui.domain.data.staleness import stale_in

AS_OF = _dt.date(2026, 11, 17)


def _doc(data, positions=None) -> YamlDocument:
    return YamlDocument("runtimes.yaml", data, positions or {})


def test_a_fact_older_than_days_is_named_with_its_line_age_and_source() -> None:
    data = {"runtimes": [{"id": "kata", "checked": "2026-01-01", "source": "https://k.example/rel"}]}
    doc = _doc(data, {("runtimes", 0, "checked"): (12, 5)})
    assert stale_in(doc, AS_OF, 300) == [
        "runtimes.yaml:12:5: warning: 'kata' was last checked on 2026-01-01, 320 days before the dataset's "
        "as_of date 2026-11-17 (more than 300); re-check it against https://k.example/rel"
    ]
    # exactly DAYS old is not stale; a day more is
    assert stale_in(doc, AS_OF, 320) == []
    assert len(stale_in(doc, AS_OF, 319)) == 1


def test_facts_without_an_id_are_named_by_what_they_are() -> None:
    data = {
        "notes": [
            {"row": "Kernel", "checked": "2025-01-01"},
            {"con": "slow", "checked": "2025-01-01", "source": "https://s.example"},
            {"pro": None, "line": "2.3", "checked": "2025-01-01"},
            {"pro": 2, "checked": "2025-01-01"},
            {"runtime": "gvisor", "checked": "2025-01-01"},
            {"runtime_class": "kata-qemu", "checked": "2025-01-01"},
            {"text": "nothing to name it by", "checked": "2025-01-01"},
        ],
        "deep": {"inner": {"checked": "2025-01-01"}},
    }
    found = stale_in(_doc(data), AS_OF, 30)
    names = [line.split(": warning: ")[1].split(" was last checked")[0] for line in found]
    assert names == [
        "row Kernel",
        "con slow",
        "line 2.3",
        "pro 2",
        "runtime gvisor",
        "runtime_class kata-qemu",
        "notes.6",
        "deep.inner",
    ]
    # unknown positions fall back to 1:1; no source says so
    assert found[0].startswith("runtimes.yaml:1:1: warning: ")
    assert found[0].endswith("re-check it against its source")
    assert found[1].endswith("re-check it against https://s.example")


def test_a_malformed_or_missing_date_is_left_to_the_schema() -> None:
    data = [{"id": "a", "checked": "2026-02-30"}, {"id": "b", "checked": 20250101}, {"id": "c"}]
    assert stale_in(_doc(data), AS_OF, 1) == []
    # and the facts after a malformed one are still checked
    later = [*data, {"id": "d", "checked": "2025-01-01"}]
    assert [line.split(": warning: ")[1][:3] for line in stale_in(_doc(later), AS_OF, 1)] == ["'d'"]


def test_the_shipped_data_is_checked_within_two_years(shipped_data) -> None:
    from gui.domain.data.staleness import stale_facts

    assert stale_facts(shipped_data, 730) == []
    old = stale_facts(shipped_data, 0)
    assert old, "every fact checked before the as_of date is listed with no allowance"
    # the facts re-read for the as_of date (every pin) are not listed; older ones in both files are
    assert {Path(line.split(":")[0]).name for line in old} == {"runtimes.yaml", "platforms.yaml"}
    assert not any("'kata-floor'" in line or "'kata-release'" in line for line in old)
