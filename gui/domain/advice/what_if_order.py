"""Which "what would change it" suggestions to show first.

The engine lists every single-answer change that changes the pick, in question order; there
can be a dozen. The ones worth reading first are changes a team can make about this workload
(its own answers) over changes to the whole cluster, and a different platform last (rarely a
choice made for one workload); among those, suggestions that lead to different runtimes
before a second road to the same one.
"""

from __future__ import annotations

from collections.abc import Sequence

from gui.domain.advice.engine import WhatIf
from gui.domain.model import QuestionSet

PLATFORM = "platform"


def _weight(what_if: WhatIf, questions: QuestionSet) -> int:
    if what_if.question == PLATFORM:
        return 3
    if what_if.recommendation is None:
        return 2  # "then nothing fits" is worth knowing, but not first
    return 0 if questions.get(what_if.question).scope == "workload" else 1


def most_useful_first(what_ifs: Sequence[WhatIf], questions: QuestionSet) -> list[WhatIf]:
    """Every suggestion, the most useful first: by usefulness, then a runtime not suggested yet
    before a second road to one already shown, then the engine's order."""
    left = list(enumerate(what_ifs))
    chosen: list[WhatIf] = []
    destinations: set[str | None] = set()
    while left:
        best = min(left, key=lambda p: (_weight(p[1], questions), p[1].recommendation in destinations, p[0]))
        left.remove(best)
        chosen.append(best[1])
        destinations.add(best[1].recommendation)
    return chosen
