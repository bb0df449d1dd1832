"""Problems in runtimes.yaml that its schema cannot see (gui/domain/data/build_dataset.py): each at
the line and column of what is wrong, with what is allowed written out.

The dataset is the file a maintainer edits most (a release, an erratum, a note), and it is long:
a problem reported at the wrong entry, or an allowed list that is wrong, costs them a search.
Allowed values come from the data file read here with plain PyYAML, not from the loader.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import DATA
from tests.helpers import at, problems_of, where

RUNTIMES: Any = yaml.safe_load((DATA / "runtimes.yaml").read_text(encoding="utf-8"))
CELL_ROWS = [row["id"] for row in RUNTIMES["rows"] if row["id"] not in ("pros", "cons")]
ATTRIBUTES = list(RUNTIMES["attributes"])


def replace_after(path: Path, after: str, old: str, new: str) -> int:
    """Replace the first `old` that follows `after` (an entry's first line); return the line
    where `new` starts."""
    text = path.read_text(encoding="utf-8")
    start = text.index(old, text.index(after))
    path.write_text(text[:start] + new + text[start + len(old) :], encoding="utf-8")
    return text[:start].count("\n") + 1


CRI_O = "  - id: cri-o\n"
CONTAINERD = "  - id: containerd\n"


def test_an_attribute_named_id_is_refused(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    line = replace_after(runtimes, "attributes:\n", "  layer:\n", "  id:\n")
    found = problems_of(data_copy)
    assert found[0].file.endswith("runtimes.yaml")
    assert where(found[0]) == at(runtimes, line, "id:")
    assert found[0].message == "attribute 'id' is built in (the runtime's id); choose another name"


def test_an_enum_attribute_without_values(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    line = replace_after(
        runtimes,
        "attributes:\n",
        "  layer:\n    type: enum\n    values: [node, sandbox]\n",
        "  layer:\n    type: enum\n",
    )
    found = problems_of(data_copy)
    assert where(found[0]) == at(runtimes, line, "layer:")
    assert found[0].message == "attribute 'layer': an enum needs 'values' (the allowed values)"


def test_values_on_an_attribute_that_is_not_an_enum(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    boolean = "    type: boolean\n"
    line = replace_after(runtimes, "  user_space_kernel:\n", boolean, boolean + "    values: [enabled, disabled]\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line + 1, "values:")
    assert problem.message == "attribute 'user_space_kernel': 'values' is only allowed when type is enum"


def test_a_row_id_used_twice(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    line = replace_after(runtimes, "rows:\n", "  - {id: docs, published: Docs,", "  - {id: sponsors, published: Docs,")
    found = problems_of(data_copy)
    assert where(found[0]) == at(runtimes, line, "id: sponsors")
    assert found[0].message == "duplicate row id 'sponsors'; row ids must be unique"


def test_a_cell_for_a_row_the_table_lacks(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    line = replace_after(runtimes, CRI_O, "      sponsors: CNCF\n", "      sponsors: CNCF\n      colour: blue\n") + 1
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, "colour:")
    assert problem.message == f"runtime 'cri-o': 'colour' is not a row of the table; allowed: {', '.join(CELL_ROWS)}"


def test_a_missing_and_an_undeclared_attribute(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    replace_after(runtimes, CRI_O, "      adoption: broad\n", "      colour: blue\n")
    colour = replace_after(runtimes, CRI_O, "      colour: blue\n", "      colour: blue\n")
    attributes = replace_after(runtimes, CRI_O, "    attributes:\n", "    attributes:\n")
    missing, undeclared = problems_of(data_copy)
    assert where(missing) == at(runtimes, attributes, "attributes:")
    assert missing.message == "runtime 'cri-o': missing attribute 'adoption' (enum)"
    assert where(undeclared) == at(runtimes, colour, "colour:")
    assert undeclared.message == (
        f"attribute 'colour' is not declared under 'attributes'; declared: {', '.join(ATTRIBUTES)}"
    )


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "      kernel: shared\n      user_space_kernel: false\n",
            "      kernel: sharde\n      user_space_kernel: false\n",
            "attribute 'kernel': 'sharde' is not allowed; allowed: shared, partial, isolated",
        ),
        (
            "      user_space_kernel: false\n",
            "      user_space_kernel: 'no'\n",
            "attribute 'user_space_kernel': 'no' is not allowed; allowed: true, false",
        ),
        (
            "      pod_overhead_mib: 0\n",
            "      pod_overhead_mib: lots\n",
            "attribute 'pod_overhead_mib': 'lots' is not allowed; allowed: a number (in MiB), or null when not known",
        ),
        (
            "      pod_overhead_mib: 0\n",
            "      pod_overhead_mib: true\n",
            "attribute 'pod_overhead_mib': True is not allowed; allowed: a number (in MiB), or null when not known",
        ),
        (
            "      started: 2016\n",
            "      started: '2016'\n",
            "attribute 'started': '2016' is not allowed; allowed: a number (in year), or null when not known",
        ),
    ],
    ids=["enum", "boolean", "number", "true-for-a-number", "text-for-a-year"],
)
def test_an_attribute_value_of_the_wrong_kind(data_copy: Path, old: str, new: str, message: str) -> None:
    runtimes = data_copy / "runtimes.yaml"
    name = new.split(":", 1)[0].strip()
    line = replace_after(runtimes, CRI_O, old, new)
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, f"{name}:")
    assert problem.message == message


def test_an_erratum_naming_two_things(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    line = replace_after(runtimes, CRI_O, "      - row: docs\n", "      - row: docs\n        pro: 1\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, "row:")
    assert problem.message == "an erratum names exactly one of row, pro or con"


def test_an_erratum_for_a_row_the_table_lacks(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    line = replace_after(runtimes, CRI_O, "      - row: docs\n", "      - row: doc\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, "row:")
    assert problem.message == f"erratum row 'doc' is not a row of the table; allowed: {', '.join(CELL_ROWS)}"


def test_an_erratum_for_a_con_the_runtime_lacks(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    cons = len(next(r for r in RUNTIMES["runtimes"] if r["id"] == "containerd")["cons"])
    assert cons == 1  # the data this test edits
    line = replace_after(runtimes, CONTAINERD, "      - con: 1\n", "      - con: 2\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, "con:")
    assert problem.message == "erratum con 2 does not exist; runtime 'containerd' has 1 cons (1 to 1)"


def test_a_note_id_used_twice(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    first = replace_after(
        runtimes, CRI_O, "      - id: crio-tracks-kubernetes\n", "      - id: crio-tracks-kubernetes\n"
    )
    line = replace_after(runtimes, CONTAINERD, "      - id: containerd-2\n", "      - id: crio-tracks-kubernetes\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, "id:")
    assert problem.message == (
        f"duplicate note id 'crio-tracks-kubernetes' (first on line {first}); note ids must be unique"
    )


def test_a_dataset_note_id_used_by_a_runtime_note(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    first = replace_after(runtimes, CRI_O, "      - id: crio-tracks-kubernetes\n", "      - id: runtimeclass\n")
    line = replace_after(runtimes, "\nnotes:\n", "  - id: runtimeclass\n", "  - id: runtimeclass\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, "id:")
    assert problem.message == f"duplicate note id 'runtimeclass' (first on line {first}); note ids must be unique"


@pytest.mark.parametrize(
    ("after", "old"),
    [
        ("      - id: crio-tracks-kubernetes\n", "        source: "),  # a runtime's note
        ("    errata:\n      - row: docs\n", "        source: "),  # an erratum
        ("    releases:\n", "        source: "),  # a release line
        ("\nnotes:\n", "    source: "),  # a note of the whole dataset
    ],
    ids=["runtime-note", "erratum", "release", "dataset-note"],
)
def test_a_source_not_listed_in_the_dataset(data_copy: Path, after: str, old: str) -> None:
    runtimes = data_copy / "runtimes.yaml"
    line = replace_after(runtimes, after, old, old + "https://example.org/unlisted#")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, "source:")
    url = runtimes.read_text(encoding="utf-8").splitlines()[line - 1].split("source: ", 1)[1]
    assert url.startswith("https://example.org/unlisted#")
    assert problem.message == f"source {url} is not listed under dataset.sources; add it there"


def test_a_missing_cell_is_reported_at_the_runtimes_seed(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    replace_after(runtimes, CRI_O, "      sponsors: CNCF\n", "")
    seed = replace_after(runtimes, CRI_O, "    seed:\n", "    seed:\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, seed, "seed:")
    assert problem.message == "runtime 'cri-o': missing the cell for row 'sponsors'"


def test_every_missing_attribute_is_reported(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    replace_after(runtimes, CRI_O, "      layer: node\n", "")
    replace_after(runtimes, CRI_O, "      adoption: broad\n", "")
    found = problems_of(data_copy)
    assert [p.message for p in found] == [
        "runtime 'cri-o': missing attribute 'layer' (enum)",
        "runtime 'cri-o': missing attribute 'adoption' (enum)",
    ]


def test_every_bad_erratum_is_reported(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    replace_after(runtimes, CRI_O, "      - row: docs\n", "      - row: docs\n        con: 1\n")
    replace_after(runtimes, CRI_O, "      - row: runtime\n", "      - row: runtimes\n")
    found = problems_of(data_copy)
    assert [p.message for p in found] == [
        "an erratum names exactly one of row, pro or con",
        f"erratum row 'runtimes' is not a row of the table; allowed: {', '.join(CELL_ROWS)}",
    ]


def test_an_erratum_row_written_after_its_correction_is_found_at_the_row(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    line = replace_after(
        runtimes,
        CONTAINERD,
        "      - con: 1\n        correction:\n",
        "      - source: https://great-stone.github.io/container/ContainerRuntimesSheet\n        row: colour\n"
        "        correction:\n",
    )
    text = runtimes.read_text(encoding="utf-8")
    # the erratum now names its source twice: drop the later one
    later = "        source: https://great-stone.github.io/container/ContainerRuntimesSheet\n"
    start = text.index(later, text.index("row: colour"))
    runtimes.write_text(text[:start] + text[start + len(later) :], encoding="utf-8")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line + 1, "row:")
    assert problem.message.startswith("erratum row 'colour' is not a row of the table; allowed: ")


def test_an_erratum_for_a_pro_the_runtime_lacks(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    pros = len(next(r for r in RUNTIMES["runtimes"] if r["id"] == "containerd")["pros"])
    line = replace_after(runtimes, CONTAINERD, "      - con: 1\n", f"      - pro: {pros + 1}\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, "pro:")
    assert problem.message == (
        f"erratum pro {pros + 1} does not exist; runtime 'containerd' has {pros} pros (1 to {pros})"
    )


def test_a_number_attribute_without_a_unit_says_just_a_number(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    replace_after(runtimes, "  started:\n", "    unit: year\n", "")
    line = replace_after(runtimes, CRI_O, "      started: 2016\n", "      started: '2016'\n")
    (problem,) = problems_of(data_copy)
    assert where(problem) == at(runtimes, line, "started:")
    assert problem.message == "attribute 'started': '2016' is not allowed; allowed: a number, or null when not known"


def _cut(path: Path, start: str, end: str, after: str = "") -> None:
    """Remove the text from `start` up to (not including) `end`, both found after `after`."""
    text = path.read_text(encoding="utf-8")
    begin = text.index(start, text.index(after) if after else 0)
    path.write_text(text[:begin] + text[text.index(end, begin) :], encoding="utf-8")


def test_a_runtime_without_notes_loads_far_enough_to_name_the_rules_citing_them(data_copy: Path) -> None:
    """Notes are optional in the schema: a runtime without any must not crash the loader."""
    runtimes = data_copy / "runtimes.yaml"
    _cut(runtimes, "    notes:\n", "    releases:\n", after="  - id: docker\n")
    docker_notes = [n["id"] for n in next(r for r in RUNTIMES["runtimes"] if r["id"] == "docker")["notes"]]
    found = problems_of(data_copy)
    assert found and all(p.file.endswith("rules.yaml") for p in found)
    assert {p.message.split("'")[3] for p in found} <= set(docker_notes)
    assert all(p.message.startswith("basis 'note:") for p in found)


def test_a_dataset_without_its_own_notes_loads_far_enough_to_name_the_rules_citing_them(data_copy: Path) -> None:
    runtimes = data_copy / "runtimes.yaml"
    text = runtimes.read_text(encoding="utf-8")
    # the dataset-wide notes go; the pins after them stay (the generated files read them)
    runtimes.write_text(
        text[: text.index("\nnotes:\n") + 1] + text[text.index("\n# Versions, release names") :], encoding="utf-8"
    )
    dataset_notes = {n["id"] for n in RUNTIMES["notes"]}
    found = problems_of(data_copy)
    assert found and all(p.message.startswith("basis 'note:") for p in found)
    assert {p.message.split("'")[3] for p in found} <= dataset_notes


def test_ids_written_after_other_keys_are_found_at_the_id(data_copy: Path) -> None:
    """A maintainer may put `id` anywhere in an entry: a duplicate is reported at the id itself."""
    runtimes = data_copy / "runtimes.yaml"
    note = replace_after(
        runtimes,
        CONTAINERD,
        '      - id: containerd-2\n        date: "2024-11-05"\n',
        '      - date: "2024-11-05"\n        id: crio-tracks-kubernetes\n',
    )
    line = replace_after(
        runtimes, CONTAINERD, "  - id: containerd\n    name: containerd\n", "  - name: containerd\n    id: cri-o\n"
    )
    runtime_twice, note_twice = problems_of(data_copy)
    assert where(runtime_twice) == at(runtimes, line + 1, "id:")
    assert runtime_twice.message.startswith("duplicate runtime id 'cri-o' (also runtimes[0])")
    assert where(note_twice) == at(runtimes, note + 1, "id:")
    assert note_twice.message.startswith("duplicate note id 'crio-tracks-kubernetes'")
