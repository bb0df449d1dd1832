"""Evidence records: what a generated verify script printed with --json, read back for
`recommend --evidence FILE` and the window's Import Results. A record is checked as every input
is (the file, the line, what is wrong, what is allowed) before anything of it reaches a report."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from gui.domain.problems import InputError, Problem

SCHEMA = "evidence.schema.json"
MEASUREMENT_SCHEMA = "measurement.schema.json"


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


@dataclass(frozen=True)
class Result:
    """One runtime's figures in a measurement: start-up and write loop in ms, memory as shown."""

    workload: str
    runtime: str
    role: str  # sandbox | node-runtime
    startup_ms: int
    memory: str
    io_ms: int


@dataclass(frozen=True)
class Measurement:
    """What a generated benchmark script printed: the user's image under each runtime."""

    file: str
    platform: str
    measured_at: str
    where: str
    image: str
    count: int
    results: tuple[Result, ...]

    @property
    def when(self) -> str:
        return f"{self.measured_at[:10]} {self.measured_at[11:16]} UTC"

    def as_json(self) -> dict[str, object]:
        return {
            "file": self.file,
            "platform": self.platform,
            "measured_at": self.measured_at,
            "where": self.where,
            "image": self.image,
            "count": self.count,
            "results": [dict(r.__dict__) for r in self.results],
        }


def _measurement(path: Path, data: Mapping[str, object]) -> Measurement:
    results = tuple(
        Result(r["workload"], r["runtime"], r["role"], int(r["startup_ms"]), r["memory"], int(r["io_ms"]))
        for r in data["results"]  # type: ignore[attr-defined]
    )
    return Measurement(
        str(path),
        str(data["platform"]),
        str(data["measured_at"]),
        str(data["where"]),
        str(data["image"]),
        int(str(data["count"])),
        results,
    )


def read_records(paths: Iterable[Path], schema_folder: Path) -> tuple[tuple[Evidence, ...], tuple[Measurement, ...]]:
    """Every verify record and benchmark record in `paths` (each file says which it is by its
    first key); raise InputError naming every problem of every file."""
    from gui.domain.data.schema_check import check_against_schema
    from gui.domain.data.yamlsource import read_yaml_file

    found: list[Evidence] = []
    measured: list[Measurement] = []
    problems: list[Problem] = []
    for path in paths:
        doc, file_problems = read_yaml_file(path)
        if doc is not None and not isinstance(doc.data, dict):
            file_problems = [doc.problem((), "expected a JSON object: a record that verify.sh or benchmark.sh printed")]
        elif doc is not None:
            schema = MEASUREMENT_SCHEMA if "measurement" in doc.data else SCHEMA
            file_problems = check_against_schema(doc, schema_folder / schema)
        problems += file_problems
        if doc is None or file_problems:
            continue
        data = doc.data
        if "measurement" in data:
            measured.append(_measurement(path, data))
            continue
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
    return tuple(found), tuple(measured)
