"""The one table format every benchmark prints (and BENCHMARKS.md uses)."""

from __future__ import annotations

from typing import Any


def format_table(rows: list[dict[str, Any]]) -> str:
    lines = ["| what | measured | budget | met |", "|---|---|---|---|"]
    lines += [f"| {r['what']} | {r['figure']} | {r['budget']} | {'yes' if r['met'] else 'NO'} |" for r in rows]
    return "\n".join(lines)


def print_table(rows: list[dict[str, Any]]) -> int:
    """Print the rows; the exit status says whether every budget was met."""
    print(format_table(rows))
    return 0 if all(r["met"] for r in rows) else 1
