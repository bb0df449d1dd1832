"""The order of the "what would change it" suggestions: what a team can change about the
workload first, a different platform last, new destinations before second roads."""

from __future__ import annotations

from gui.domain.advice.engine import WhatIf
from gui.domain.advice.what_if_order import most_useful_first


def test_workload_answers_lead_and_the_platform_comes_last(shipped_data) -> None:
    what_ifs = [
        WhatIf("platform", "kubernetes", "openshift", "kata"),
        WhatIf("virtualization", "unavailable", "available", "kata"),  # cluster-wide
        WhatIf("trust", "untrusted", "own", "containerd"),
        WhatIf("workload", "web-stateless", "database", "kata"),
        WhatIf("isolation", "no-preference", "separate-kernel", "kata"),
        WhatIf("gpu", "none", "nvidia", None),
    ]
    ordered = most_useful_first(what_ifs, shipped_data.questions)
    assert [w.question for w in ordered] == ["trust", "workload", "isolation", "virtualization", "gpu", "platform"]
    assert sorted(ordered, key=id) == sorted(what_ifs, key=id), "nothing is dropped"


def test_a_new_destination_comes_before_a_second_road_of_the_same_usefulness(shipped_data) -> None:
    what_ifs = [
        WhatIf("workload", "general", "database", "kata"),
        WhatIf("isolation", "no-preference", "separate-kernel", "kata"),
        WhatIf("trust", "untrusted", "own", "containerd"),
    ]
    ordered = most_useful_first(what_ifs, shipped_data.questions)
    assert [w.question for w in ordered] == ["workload", "trust", "isolation"]
