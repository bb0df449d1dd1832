"""The seed table as published: its cells in one language, and a dagger on each cell or pro/con
that has an erratum (the cell holds the corrections). The comparison dialog and every report
show this one table."""

from __future__ import annotations

from dataclasses import dataclass

from gui.domain.labels import seed_cell_text
from gui.domain.model import AdvisorData, Lang, Runtime, SeedItem

DAGGER = "\u2020"


@dataclass(frozen=True)
class ItemLine:
    """A pro or con as the table gives it, and the erratum beside it, if any."""

    text: str
    erratum: str | None = None


@dataclass(frozen=True)
class TableCell:
    text: str
    erratum: str | None = None


@dataclass(frozen=True)
class TableRow:
    label: str
    cells: tuple[TableCell, ...]


@dataclass(frozen=True)
class ComparisonTable:
    columns: tuple[str, ...]  # as the table prints them ("Containerd CRI plugin")
    highlighted: int | None
    rows: tuple[TableRow, ...]
    names: tuple[str, ...] = ()  # the runtimes' names everywhere else ("containerd")


def seed_items(runtime: Runtime, kind: str, items: tuple[SeedItem, ...], lang: Lang) -> tuple[ItemLine, ...]:
    """A runtime's pros or cons in `lang`, each with its erratum's correction if it has one."""
    lines = []
    for number, item in enumerate(items, start=1):
        erratum = runtime.erratum_for(kind, number)
        lines.append(ItemLine(item.text.get(lang), erratum.correction.get(lang) if erratum else None))
    return tuple(lines)


def comparison_table(data: AdvisorData, pick: str | None, lang: Lang) -> ComparisonTable:
    """The whole seed table as published (pros and cons in `lang`). A dagger marks each cell
    or item that has an erratum; the cell's `erratum` holds the corrections. Runtimes the 2018
    table predates (EKS Nitro Sandboxes) have no column in it."""
    dataset = data.dataset
    columns = [r for r in dataset.runtimes if r.column is not None]
    rows = []
    for row in dataset.rows:
        cells = []
        for runtime in columns:
            if row.id in ("pros", "cons"):
                kind = row.id[:-1]
                items = seed_items(runtime, kind, runtime.pros if row.id == "pros" else runtime.cons, lang)
                text = "\n".join(f"• {i.text}" + (f" {DAGGER}" if i.erratum else "") for i in items)
                errata = [i.erratum for i in items if i.erratum]
                cells.append(TableCell(text, "\n".join(errata) or None))
            else:
                erratum = runtime.erratum_for("row", row.id)
                text = seed_cell_text(runtime.seed[row.id], lang) + (f" {DAGGER}" if erratum else "")
                cells.append(TableCell(text, erratum.correction.get(lang) if erratum else None))
        rows.append(TableRow(row.label.get(lang), tuple(cells)))
    ids = [r.id for r in columns]
    return ComparisonTable(
        columns=tuple(r.column for r in columns if r.column is not None),
        highlighted=ids.index(pick) if pick in ids else None,
        rows=tuple(rows),
        names=tuple(r.name for r in columns),
    )
