"""The runtimes: the seed table's rows and cells, its errata, dated notes, release lines, pins,
and the dataset that holds them (runtimes.yaml)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from gui.domain.model.basics import AttributeValue, Lang, Text


@dataclass(frozen=True)
class AttributeSpec:
    id: str
    kind: Literal["enum", "boolean", "number"]
    values: tuple[str, ...]
    unit: str
    label: Text
    source: Text


@dataclass(frozen=True)
class SeedRow:
    id: str
    published: str
    label: Text


@dataclass(frozen=True)
class SeedItem:
    """A pro or con as the table printed it, with its rendering in the other language."""

    text: Text
    published_lang: Lang

    @property
    def published(self) -> str:
        return self.text.get(self.published_lang)


@dataclass(frozen=True)
class Erratum:
    """A correction beside a published cell (`row`) or a pro/con (`pro`/`con`, from 1)."""

    target_kind: Literal["row", "pro", "con"]
    target: str | int
    correction: Text
    source: str
    checked: str = ""


@dataclass(frozen=True)
class Note:
    """A dated fact from after the table. `date` is when it happened, `checked` when it was
    last compared with its source (`validate --stale-after DAYS` warns about old checks)."""

    id: str
    date: str
    text: Text
    source: str
    checked: str = ""


@dataclass(frozen=True)
class Release:
    """A supported (or recently ended) release line of a runtime, with its end of life."""

    line: str
    status: Text
    released: str
    eol: str | None
    source: str
    checked: str
    # the Kubernetes minors the project's own support table lists this line for, each with the
    # first patch release it names (containerd's RELEASES.md "Kubernetes Support")
    kubernetes: tuple[tuple[str, str], ...] = ()

    def is_supported_on(self, day: str) -> bool:
        """Whether the line is still supported on `day` (ISO dates compare as text; a
        month-only end of life counts to the end of that month)."""
        if self.eol is None:
            return True
        return day <= (self.eol if len(self.eol) == 10 else self.eol + "-31")


@dataclass(frozen=True)
class Runtime:
    id: str
    name: str
    column: str | None  # None: a runtime the 2018 table predates (no seed cells, pros or cons)
    seed: Mapping[str, str]
    pros: tuple[SeedItem, ...]
    cons: tuple[SeedItem, ...]
    attributes: Mapping[str, AttributeValue]
    links: tuple[str, ...] = ()
    errata: tuple[Erratum, ...] = ()
    notes: tuple[Note, ...] = ()
    releases: tuple[Release, ...] = ()

    @property
    def in_table(self) -> bool:
        return self.column is not None

    @property
    def layer(self) -> str:
        """`node` (what the kubelet or the user talks to) or `sandbox` (runs beneath one)."""
        return str(self.attributes.get("layer", "node"))

    def erratum_for(self, kind: str, target: str | int) -> Erratum | None:
        for erratum in self.errata:
            if erratum.target_kind == kind and erratum.target == target:
                return erratum
        return None


@dataclass(frozen=True)
class Pin:
    """A version, release name or figure that artifacts or rules use, with what its source shows.

    Pins are the one place such values live (data/runtimes.yaml, `pins`), so a reviewer can
    compare `shows` with `source` and `validate --sources` can refuse one that cannot be traced.
    """

    id: str
    value: str
    about: Text  # what the value is used for
    shows: str  # what the source shows: the tag, the line, the sentence
    source: str
    checked: str
    advisories: tuple[str, ...] = ()  # GHSA or CVE ids a floor is set for
    fixes: Text | None = None  # for a floor: what the release fixes, as the plan says it


@dataclass(frozen=True)
class SeedInfo:
    """The published table the data starts from. (runtimes.yaml also records the address of the
    copy it was transcribed from, `copy`; it is among the dataset's sources, so reports list it.)"""

    title: str
    source: str
    updated: str
    about: Text


@dataclass(frozen=True)
class Dataset:
    title: Text
    as_of: str
    seed: SeedInfo
    sources: tuple[str, ...]
    rows: tuple[SeedRow, ...]
    attributes: Mapping[str, AttributeSpec]
    runtimes: tuple[Runtime, ...]
    notes: tuple[Note, ...] = ()
    kubernetes_version: str = ""
    pins: Mapping[str, Pin] = field(default_factory=dict)

    def pin(self, pin_id: str) -> str:
        """The value of pin `pin_id` (the loader has checked that every pin the code names exists)."""
        return self.pins[pin_id].value

    @property
    def runtime_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.runtimes)

    def runtime(self, runtime_id: str) -> Runtime:
        for runtime in self.runtimes:
            if runtime.id == runtime_id:
                return runtime
        raise KeyError(runtime_id)

    def all_notes(self) -> dict[str, Note]:
        found = {note.id: note for note in self.notes}
        for runtime in self.runtimes:
            found.update((note.id, note) for note in runtime.notes)
        return found
