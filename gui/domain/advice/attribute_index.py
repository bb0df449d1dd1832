"""Which runtimes have which attribute values, so that a rule's conditions are matched once per
data set, not once per evaluation (a rule's attribute conditions do not depend on the answers)."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from gui.domain.model import AttributeValue, Condition, Runtime


class AttributeIndex:
    """Which runtimes have which attribute values, for matching conditions without scanning."""

    def __init__(self, runtimes: Sequence[Runtime]) -> None:
        self.all = frozenset(range(len(runtimes)))
        self.by_value: dict[str, dict[AttributeValue, set[int]]] = {}
        numbers: dict[str, list[tuple[float, int]]] = {}
        for index, runtime in enumerate(runtimes):
            for name, value in runtime.attributes.items():
                self.by_value.setdefault(name, {}).setdefault(value, set()).add(index)
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    numbers.setdefault(name, []).append((float(value), index))
        self.sorted_numbers = {name: sorted(pairs) for name, pairs in numbers.items()}
        self.sorted_keys = {name: [v for v, _ in pairs] for name, pairs in self.sorted_numbers.items()}

    def matching(self, condition: Condition) -> frozenset[int]:
        if condition.op == "in":
            values = self.by_value.get(condition.attribute, {})
            found: set[int] = set()
            for wanted in condition.values:
                found |= values.get(wanted, set())
            return frozenset(found)
        pairs = self.sorted_numbers.get(condition.attribute, [])
        keys = self.sorted_keys.get(condition.attribute, [])
        t = condition.threshold
        if condition.op == "gt":
            chosen = pairs[bisect.bisect_right(keys, t) :]
        elif condition.op == "ge":
            chosen = pairs[bisect.bisect_left(keys, t) :]
        elif condition.op == "lt":
            chosen = pairs[: bisect.bisect_left(keys, t)]
        else:
            chosen = pairs[: bisect.bisect_right(keys, t)]
        return frozenset(index for _, index in chosen)

    def matching_all(self, conditions: Sequence[Condition]) -> frozenset[int]:
        matched = self.all
        for condition in conditions:
            matched = matched & self.matching(condition)
        return matched
