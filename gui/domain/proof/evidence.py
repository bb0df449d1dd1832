"""Evidence records: what a generated verify script printed with --json, read back for
`recommend --evidence FILE` and the window's Import Results. A record is checked as every input
is (the file, the line, what is wrong, what is allowed) before anything of it reaches a report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from gui.domain.problems import InputError, Problem

SCHEMA = "evidence.schema.json"


@dataclass(frozen=True)
class Check:
    """One check of a record: its name (sandbox-kernel, policy-refuses, ...), pass or fail, the
    workload it was about (None for the nodes or the host), and what it saw."""

    check: str
    result: str
    workload: str | None
    seen: Mapping[str, str]

    @property
    def passed(self) -> bool:
        return self.result == "pass"


@dataclass(frozen=True)
class Evidence:
    file: str
    platform: str
    checked_at: str  # UTC, 2026-12-07T20:44:09Z
    where: str  # the kubectl context or the host name
    result: str
    tool: str
    checks: tuple[Check, ...]

    @property
    def when(self) -> str:
        """The time as a reader wants it: 2026-12-07 20:44 UTC."""
        return f"{self.checked_at[:10]} {self.checked_at[11:16]} UTC"

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "platform": self.platform,
            "checked_at": self.checked_at,
            "where": self.where,
            "result": self.result,
            "checks": [{"check": c.check, "result": c.result, **dict(c.seen)} for c in self.checks],
        }


def read_evidence(paths: Iterable[Path], schema_folder: Path) -> tuple[Evidence, ...]:
    """Every record in `paths`; raise InputError naming every problem of every file."""
    from gui.domain.data.loading import read_checked

    found: list[Evidence] = []
    problems: list[Problem] = []
    for path in paths:
        doc, file_problems = read_checked(path, schema_folder / SCHEMA)
        problems += file_problems
        if doc is None:
            continue
        data = doc.data
        checks = tuple(
            Check(
                entry["check"],
                entry["result"],
                entry.get("workload") or None,
                {k: v for k, v in entry.items() if k not in ("check", "result", "workload")},
            )
            for entry in data["checks"]
        )
        found.append(
            Evidence(
                str(path),
                data["platform"],
                data["checked_at"],
                data["where"],
                data["result"],
                data["tool"],
                checks,
            )
        )
    if problems:
        raise InputError(problems)
    return tuple(found)
