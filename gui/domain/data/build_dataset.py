"""runtimes.yaml (already schema-valid) to a Dataset, with its cross-checks.

The schema checks shapes; this checks what a schema cannot: that every runtime has a cell for
every row of the table, a typed value for every declared attribute, and that errata point
at cells and items that exist.
"""

from __future__ import annotations

import math
from typing import Any, Literal, cast

from gui.domain.data.build_questions import text_of
from gui.domain.data.document import JsonPath, YamlDocument
from gui.domain.data.pin_ids import PINS_THE_CODE_READS
from gui.domain.model import (
    AttributeSpec,
    AttributeValue,
    Dataset,
    Erratum,
    Lang,
    Note,
    Pin,
    Release,
    Runtime,
    SeedInfo,
    SeedItem,
    SeedRow,
)
from gui.domain.problems import Problem

LIST_ROWS = ("pros", "cons")  # rows whose cell is a list of items, not one text
BUILT_IN_ATTRIBUTES = ("id",)  # every runtime's id can be named by rules


def note_of(raw: dict[str, Any]) -> Note:
    return Note(raw["id"], raw["date"], text_of(raw["text"]), raw["source"], raw["checked"])


def _release(raw: dict[str, Any]) -> Release:
    kubernetes = tuple((row["minor"], row["from"]) for row in raw.get("kubernetes", ()))
    return Release(
        raw["line"], text_of(raw["status"]), raw["released"], raw["eol"], raw["source"], raw["checked"], kubernetes
    )


def _pin(raw: dict[str, Any]) -> Pin:
    # source, checked and shows may be missing here: `validate --sources` reports them
    return Pin(
        raw["id"],
        raw["value"],
        text_of(raw["about"]),
        raw.get("shows", ""),
        raw.get("source", ""),
        raw.get("checked", ""),
        tuple(raw.get("advisories", ())),
        text_of(raw["fixes"]) if "fixes" in raw else None,
    )


def _attribute_problem(spec: AttributeSpec, value: object) -> str | None:
    """Why `value` does not fit `spec`, or None when it does."""
    if spec.kind == "enum":
        if not isinstance(value, str) or value not in spec.values:
            return f"{value!r} is not allowed; allowed: {', '.join(spec.values)}"
    elif spec.kind == "boolean":
        if not isinstance(value, bool):
            return f"{value!r} is not allowed; allowed: true, false"
    elif value is not None and (
        isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value)
    ):
        unit = f" (in {spec.unit})" if spec.unit else ""
        return f"{value!r} is not allowed; allowed: a number{unit}, or null when not known"
    return None


class _DatasetBuilder:
    def __init__(self, doc: YamlDocument) -> None:
        self.doc = doc
        self.problems: list[Problem] = []

    def problem(self, path: JsonPath, message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def attributes(self) -> dict[str, AttributeSpec]:
        specs: dict[str, AttributeSpec] = {}
        for name, raw in self.doc.data["attributes"].items():
            path: JsonPath = ("attributes", name)
            if name in BUILT_IN_ATTRIBUTES:
                self.problem(path, f"attribute '{name}' is built in (the runtime's id); choose another name")
            if raw["type"] == "enum" and not raw.get("values"):
                self.problem(path, f"attribute '{name}': an enum needs 'values' (the allowed values)")
            if raw["type"] != "enum" and "values" in raw:
                self.problem((*path, "values"), f"attribute '{name}': 'values' is only allowed when type is enum")
            specs[name] = AttributeSpec(
                id=name,
                kind=raw["type"],
                values=tuple(raw.get("values", ())),
                unit=raw.get("unit", ""),
                label=text_of(raw["label"]),
                source=text_of(raw["from"]),
            )
        return specs

    def rows(self) -> tuple[SeedRow, ...]:
        rows, seen = [], set()
        for i, raw in enumerate(self.doc.data["rows"]):
            if raw["id"] in seen:
                self.problem(("rows", i, "id"), f"duplicate row id '{raw['id']}'; row ids must be unique")
            seen.add(raw["id"])
            rows.append(SeedRow(raw["id"], raw["published"], text_of(raw["label"])))
        return tuple(rows)

    def runtime(
        self, i: int, raw: dict[str, Any], rows: tuple[SeedRow, ...], specs: dict[str, AttributeSpec]
    ) -> Runtime:
        path: JsonPath = ("runtimes", i)
        cell_rows = [row.id for row in rows if row.id not in LIST_ROWS]
        in_table = "column" in raw  # the schema asks for column, seed, pros and cons together
        for row_id in cell_rows if in_table else ():
            if row_id not in raw["seed"]:
                self.problem((*path, "seed"), f"runtime '{raw['id']}': missing the cell for row '{row_id}'")
        for key in raw.get("seed", {}):
            if key not in cell_rows:
                self.problem(
                    (*path, "seed", key),
                    f"runtime '{raw['id']}': '{key}' is not a row of the table; allowed: {', '.join(cell_rows)}",
                )
        attributes: dict[str, AttributeValue] = {}
        for name, spec in specs.items():
            if name not in raw["attributes"]:
                self.problem((*path, "attributes"), f"runtime '{raw['id']}': missing attribute '{name}' ({spec.kind})")
                continue
            value = raw["attributes"][name]
            why = _attribute_problem(spec, value)
            if why:
                self.problem((*path, "attributes", name), f"attribute '{name}': {why}")
            attributes[name] = value
        for name in raw["attributes"]:
            if name not in specs:
                self.problem(
                    (*path, "attributes", name),
                    f"attribute '{name}' is not declared under 'attributes'; declared: {', '.join(specs)}",
                )
        attributes["id"] = raw["id"]
        pros = tuple(SeedItem(text_of(p), cast(Lang, p["published"])) for p in raw.get("pros", ()))
        cons = tuple(SeedItem(text_of(c), cast(Lang, c["published"])) for c in raw.get("cons", ()))
        return Runtime(
            id=raw["id"],
            name=raw["name"],
            column=raw.get("column"),
            seed=dict(raw.get("seed", {})),
            pros=pros,
            cons=cons,
            attributes=attributes,
            links=tuple(raw.get("links", ())),
            errata=self.errata(path, raw, cell_rows, len(pros), len(cons)),
            notes=tuple(note_of(n) for n in raw.get("notes", ())),
            releases=tuple(_release(r) for r in raw.get("releases", ())),
        )

    def errata(
        self, path: JsonPath, raw: dict[str, Any], cell_rows: list[str], pro_count: int, con_count: int
    ) -> tuple[Erratum, ...]:
        found = []
        for ei, item in enumerate(raw.get("errata", ())):
            epath = (*path, "errata", ei)
            targets = [k for k in ("row", "pro", "con") if k in item]
            if len(targets) != 1:
                self.problem(epath, "an erratum names exactly one of row, pro or con")
                continue
            kind = cast(Literal["row", "pro", "con"], targets[0])
            target = item[kind]
            if kind == "row" and target not in cell_rows:
                self.problem(
                    (*epath, "row"),
                    f"erratum row '{target}' is not a row of the table; allowed: {', '.join(cell_rows)}",
                )
            count = {"pro": pro_count, "con": con_count}.get(kind)
            if count is not None and not 1 <= target <= count:
                self.problem(
                    (*epath, kind),
                    f"erratum {kind} {target} does not exist; runtime '{raw['id']}' has {count} {kind}s (1 to {count})",
                )
            found.append(Erratum(kind, target, text_of(item["correction"]), item["source"], item["checked"]))
        return tuple(found)

    def build(self) -> Dataset:
        data = self.doc.data
        specs = self.attributes()
        rows = self.rows()
        runtimes: list[Runtime] = []
        seen_ids: dict[str, int] = {}
        note_ids: dict[str, JsonPath] = {}
        for i, raw in enumerate(data["runtimes"]):
            if raw["id"] in seen_ids:
                self.problem(
                    ("runtimes", i, "id"),
                    f"duplicate runtime id '{raw['id']}' (also runtimes[{seen_ids[raw['id']]}]); ids must be unique",
                )
            seen_ids.setdefault(raw["id"], i)
            for ni, note in enumerate(raw.get("notes", ())):
                self._check_note_id(note_ids, note["id"], ("runtimes", i, "notes", ni, "id"))
            runtimes.append(self.runtime(i, raw, rows, specs))
        for ni, note in enumerate(data.get("notes", ())):
            self._check_note_id(note_ids, note["id"], ("notes", ni, "id"))
        meta = data["dataset"]
        self._check_sources(set(meta["sources"]))
        pins = self.pins()
        seed = meta["seed"]
        return Dataset(
            title=text_of(meta["title"]),
            as_of=meta["as_of"],
            seed=SeedInfo(seed["title"], seed["source"], seed["updated"], text_of(seed["about"])),
            sources=tuple(meta["sources"]),
            rows=rows,
            attributes=specs,
            runtimes=tuple(runtimes),
            notes=tuple(note_of(n) for n in data.get("notes", ())),
            kubernetes_version=meta["kubernetes_version"],
            pins=pins,
        )

    def pins(self) -> dict[str, Pin]:
        """The pins, each id once, with every pin the code reads present."""
        found: dict[str, Pin] = {}
        raw_pins = self.doc.data.get("pins", ())
        for i, raw in enumerate(raw_pins):
            if raw["id"] in found:
                first = next(j for j, other in enumerate(raw_pins) if other["id"] == raw["id"])
                line, _ = self.doc.where(("pins", first, "id"))
                self.problem(
                    ("pins", i, "id"), f"duplicate pin id '{raw['id']}' (first on line {line}); ids must be unique"
                )
                continue
            found[raw["id"]] = _pin(raw)
        missing = [pin_id for pin_id in PINS_THE_CODE_READS if pin_id not in found]
        if missing:
            where: JsonPath = ("pins",) if "pins" in self.doc.data else ()
            self.problem(
                where,
                f"no pin {', '.join(repr(m) for m in missing)}: the generated files read "
                f"{'it' if len(missing) == 1 else 'them'}; pins needed: {', '.join(PINS_THE_CODE_READS)}",
            )
        return found

    def _check_sources(self, sources: set[str]) -> None:
        """Every dated fact and correction cites a source the dataset lists, so the sources
        section of every report is the complete list of what the data rests on."""
        cited: list[tuple[JsonPath, str]] = []
        for i, runtime in enumerate(self.doc.data["runtimes"]):
            for section in ("notes", "errata", "releases"):
                for n, item in enumerate(runtime.get(section, ())):
                    cited.append((("runtimes", i, section, n, "source"), item["source"]))
        for n, note in enumerate(self.doc.data.get("notes", ())):
            cited.append((("notes", n, "source"), note["source"]))
        for n, pin in enumerate(self.doc.data.get("pins", ())):
            if "source" in pin:
                cited.append((("pins", n, "source"), pin["source"]))
        for path, url in cited:
            if url not in sources:
                self.problem(path, f"source {url} is not listed under dataset.sources; add it there")

    def _check_note_id(self, seen: dict[str, JsonPath], note_id: str, path: JsonPath) -> None:
        if note_id in seen:
            line, _ = self.doc.where(seen[note_id])
            self.problem(path, f"duplicate note id '{note_id}' (first on line {line}); note ids must be unique")
        seen.setdefault(note_id, path)


def build_dataset(doc: YamlDocument) -> tuple[Dataset, list[Problem]]:
    builder = _DatasetBuilder(doc)
    dataset = builder.build()
    return dataset, builder.problems
