"""Mutation testing of gui/domain with mutmut (make mutation).

    python tools/mutation.py run                 every mutant not yet decided (all of them from clean)
    python tools/mutation.py run engine plan     re-test these modules' mutants (all, decided or not)
    python tools/mutation.py report              the score per module, as the Markdown table of TESTING.md
    python tools/mutation.py survivors [MODULE]  the surviving mutants' names, one a line
    python tools/mutation.py recheck TEST... [--module MODULE] [--unreached]
                                                 re-test the survivors (and the mutants no test
                                                 reached) against these tests
    python tools/mutation.py budget SECONDS [MODULE...]
                                                 link each undecided mutant (and every mutant of
                                                 the modules named) to some of its tests only
    python tools/mutation.py unbudget            link them to all their tests again

mutmut keeps its copy of the tree and every verdict in mutants/ (git-ignored), so a second
`run` only tests what changed; delete mutants/ for a run from scratch. The configuration
(what is mutated, which tests run) is [tool.mutmut] in pyproject.toml.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MUTANTS = ROOT / "mutants"
# survivors re-tested by `recheck` against tests written after mutmut's run:
# name -> {"verdict": ..., "function_hash": the mutated function's hash when it was re-tested}
RECHECKED = MUTANTS / "rechecked.json"
RECHECK_TIMEOUT_SECONDS = 300
# mutmut's record of which tests reach each function, and how long each test took traced
STATS = MUTANTS / "mutmut-stats.json"
# the full record while `budget` has cut it, and the functions it cut: name -> [tests kept, of]
FULL_STATS = MUTANTS / "mutmut-stats.full.json"
BUDGETED = MUTANTS / "budgeted.json"
PACKAGE = "gui/domain"
# at most two workers: the development machine has two cores and builds installers meanwhile
WORKERS = "2"

# mutmut's exit codes (mutmut/stats.py), folded into the columns TESTING.md shows
# (37: mypy --strict rejects the mutant, so it never runs: counted apart from the kills by tests)
STATUS = {
    1: "killed",
    3: "killed",
    0: "survived",
    36: "timeout",
    24: "timeout",
    -24: "timeout",
    152: "timeout",
    255: "timeout",
    5: "no tests",
    33: "no tests",
    37: "mypy",
    None: "not checked",
}


def _mutmut() -> str:
    return str(Path(sys.executable).with_name("mutmut"))


def _module_of(meta: Path) -> str:
    relative = meta.relative_to(MUTANTS / PACKAGE).as_posix()
    return relative.removesuffix(".py.meta")


def _metas() -> list[Path]:
    return sorted((MUTANTS / PACKAGE).rglob("*.py.meta"))


def _function_key(name: str) -> str:
    """'gui.domain.files.x__problem__mutmut_3' -> 'x__problem', the key of mutmut's function hashes."""
    return name.rsplit(".", 1)[1].rsplit("__mutmut_", 1)[0]


def function_hashes() -> dict[str, str]:
    """Mutant name prefix ('gui.domain.files.x__problem') -> the hash mutmut keeps of that function's code."""
    hashes: dict[str, str] = {}
    for meta in _metas():
        prefix = "gui.domain." + _module_of(meta).replace("/", ".")
        for function, digest in json.loads(meta.read_text("utf-8"))["hash_by_function_name"].items():
            hashes[f"{prefix}.{function}"] = digest
    return hashes


def _hash_of(name: str, hashes: dict[str, str]) -> str | None:
    return hashes.get(f"{name.rsplit('.', 1)[0]}.{_function_key(name)}")


def verdicts() -> dict[str, dict[str, int | None]]:
    """Module (relative to gui/domain, e.g. 'artifacts/scripts') -> mutant name -> exit code."""
    found: dict[str, dict[str, int | None]] = {}
    for meta in _metas():
        codes = json.loads(meta.read_text("utf-8"))["exit_code_by_key"]
        if codes:
            found[_module_of(meta)] = codes
    return found


def _status(code: int | None) -> str:
    return STATUS.get(code, "other")


def _recheck_records() -> dict[str, dict[str, str | None]]:
    return json.loads(RECHECKED.read_text("utf-8")) if RECHECKED.exists() else {}


def _rechecked() -> dict[str, str]:
    """Name -> re-check verdict, for the mutants whose function is still the code that was re-checked:
    mutmut re-tests a changed function's mutants itself, and its numbers then name new mutations."""
    hashes = function_hashes()
    return {
        name: record["verdict"] or ""
        for name, record in _recheck_records().items()
        if record.get("function_hash") == _hash_of(name, hashes)
    }


def _verdict(name: str, code: int | None, rechecked: dict[str, str]) -> str:
    status = _status(code)
    # a mutant of a function written after the traced run has no linked test ("no tests"):
    # its re-check against the tests named for it is its verdict
    if status in ("survived", "no tests") and rechecked.get(name) == "killed":
        return "killed on re-check"
    if status == "no tests" and rechecked.get(name) == "survived":
        return "survived"
    return status


def report() -> str:
    rows = []
    total: Counter[str] = Counter()
    rechecked = _rechecked()
    for module, codes in verdicts().items():
        counts = Counter(_verdict(name, code, rechecked) for name, code in codes.items())
        total.update(counts)
        rows.append((module, counts, len(codes)))
    lines = [
        "| module | killed by tests | killed on re-check | rejected by mypy | survived | timeout | no tests "
        "| not run | total | killed or rejected, % of those run | killed, % of those that reached the tests |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]

    def line(name: str, counts: Counter[str], size: int) -> str:
        killed = counts["killed"] + counts["killed on re-check"]
        dead = killed + counts["mypy"]
        decided = dead + counts["survived"] + counts["timeout"] + counts["no tests"]
        score = f"{100 * dead / decided:.1f}" if decided else "-"
        tested = decided - counts["mypy"]
        by_tests = f"{100 * killed / tested:.1f}" if tested else "-"
        not_run = counts["not checked"] + counts["other"]
        return (
            f"| {name} | {counts['killed']} | {counts['killed on re-check']} | {counts['mypy']} | "
            f"{counts['survived']} | {counts['timeout']} | {counts['no tests']} | {not_run} | {size} | {score} | "
            f"{by_tests} |"
        )

    lines += [line(f"`{module}.py`", counts, size) for module, counts, size in rows]
    lines.append(line("**gui/domain**", total, sum(size for _, _, size in rows)))
    return "\n".join(lines)


def _mutants(modules: list[str], keep: Callable[[str, int | None, dict[str, str]], bool]) -> list[str]:
    """The mutants of `modules` (all when empty) that `keep(name, exit code, re-checks)` accepts."""
    rechecked = _rechecked()
    return [
        name
        for module, codes in verdicts().items()
        if not modules or module in modules
        for name, code in codes.items()
        if keep(name, code, rechecked)
    ]


def survivors(modules: list[str]) -> list[str]:
    """The mutants mutmut saw survive that no re-check has killed."""
    return _mutants(modules, lambda name, code, rechecked: _verdict(name, code, rechecked) == "survived")


def no_tests(modules: list[str]) -> list[str]:
    """The mutants no test reached in mutmut's run (and no re-check has decided)."""
    return _mutants(modules, lambda name, code, rechecked: _status(code) == "no tests" and name not in rechecked)


def _pytest(tests: list[str], mutant: str | None) -> int | None:
    """pytest's exit code over `tests` in mutmut's copy with `mutant` switched on (None: on a
    timeout). mutmut's copy switches a mutant on by this variable, as its own workers do."""
    # set (empty) for the run with no mutant too, as mutmut's clean run has it: the fixtures
    # the tests share (tests/conftest.py, shared_unless_mutating) are then built the same way
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "MUTANT_UNDER_TEST": mutant or ""}
    command = [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:randomly", "-p", "no:cacheprovider", *tests]
    try:
        return subprocess.run(
            command, cwd=MUTANTS, env=env, capture_output=True, timeout=RECHECK_TIMEOUT_SECONDS
        ).returncode
    except subprocess.TimeoutExpired:
        return None


def _copy_tests() -> None:
    """tests/ into mutmut's copy, without the test files removed or renamed since: a stale module
    there fails mutmut's next collection (a test of code that has changed since)."""
    shutil.copytree(ROOT / "tests", MUTANTS / "tests", dirs_exist_ok=True)
    for stale in (MUTANTS / "tests").rglob("*.py"):
        if not (ROOT / "tests" / stale.relative_to(MUTANTS / "tests")).exists():
            stale.unlink()


def recheck(arguments: list[str]) -> int:
    """Re-test the survivors (of --module MODULE, or all) and the mutants no test reached
    (--unreached) against `tests`, which may be newer than mutmut's run: they are copied into
    mutmut's copy first and must pass with no mutant (mutmut's copy of gui/ is the code the run
    mutated: a test of newer code fails there)."""
    unreached = "--unreached" in arguments
    arguments = [a for a in arguments if a != "--unreached"]
    modules = [arguments[i + 1] for i, a in enumerate(arguments) if a == "--module"]
    tests = [a for i, a in enumerate(arguments) if a != "--module" and (i == 0 or arguments[i - 1] != "--module")]
    _copy_tests()
    if _pytest(tests, None) != 0:
        print("the tests fail with no mutant in mutmut's copy: re-run mutmut instead", file=sys.stderr)
        return 2
    records = _recheck_records()
    hashes = function_hashes()
    names = survivors(modules) + (no_tests(modules) if unreached else [])
    for number, name in enumerate(names, 1):
        code = _pytest(tests, name)
        verdict = {0: "survived", 1: "killed", None: "timeout"}.get(code, f"pytest exit {code}")
        records[name] = {"verdict": verdict, "function_hash": _hash_of(name, hashes)}
        RECHECKED.write_text(json.dumps(records, indent=1, sort_keys=True), "utf-8")
        print(f"{number}/{len(names)} {verdict:10} {name}", flush=True)
    return 0


def _undecided_functions() -> set[str]:
    return {
        name.rsplit("__mutmut_", 1)[0] for codes in verdicts().values() for name, code in codes.items() if code is None
    }


# The tests written for each kind of module, tried first within a budget: the quickest of all
# linked tests are mostly ones that only use the data (an inventory's lines, say) and kill little
# of the loaders or the engine.
_DATA_TESTS = (
    "tests/test_bad_input.py",
    "tests/domain/test_problem_wording.py",
    "tests/domain/test_schema_messages.py",
    "tests/test_schemas.py",
    "tests/test_dataset.py",
    "tests/golden/",
    "tests/test_validated_cache.py",
    "tests/test_cli.py",
    "tests/test_engine.py",
)
_ADVICE_TESTS = (
    "tests/golden/",
    "tests/domain/",
    "tests/test_engine.py",
    "tests/artifacts/",
    "tests/test_scenarios.py",
    "tests/test_cli.py",
)
# keyed by the module's place under gui/domain ('data.loading', 'report.model'), or by a whole
# room ('data', 'artifacts'): the most specific key found wins
RELEVANT_TESTS = {
    "data": _DATA_TESTS,
    **dict.fromkeys(("model", "problems", "report.labels"), _DATA_TESTS),
    **dict.fromkeys(
        ("advice.engine", "advice.plan", "advice.what_if_order", "report.model", "report.json_output", "artifacts"),
        _ADVICE_TESTS,
    ),
    "advice.answers": (
        "tests/domain/test_answers_file.py",
        "tests/test_bad_input.py",
        "tests/test_cli.py",
        "tests/test_session.py",
    ),
}


def _relevant(function: str) -> tuple[str, ...]:
    # 'gui.domain.data.loading.x__load_data' -> 'data.loading', then 'data'
    place = function.removeprefix("gui.domain.").rsplit(".", 1)[0]
    while place:
        if place in RELEVANT_TESTS:
            return RELEVANT_TESTS[place]
        place = place.rpartition(".")[0]
    return ()


def budget(seconds: float, modules: list[str] | None = None) -> int:
    """Link each function that has undecided mutants to some of its tests only, up to `seconds`
    of the stats run's time, so that a surviving mutant costs at most that: first the tests
    written for its kind of module (RELEVANT_TESTS), then the quickest of the others.

    Why: mutmut runs a mutant against every test that reached its function, and the loaders and
    the engine are reached by nearly all of them (about 900 s traced): each survivor there costs
    minutes, and the run takes a day on two cores. A kill by fewer tests is as good as any;
    a survivor of the cut set is only a candidate, re-tested against more of its tests
    (`recheck`, or `unbudget` and mutmut again by name)."""
    stats = json.loads(STATS.read_text("utf-8"))
    if not FULL_STATS.exists():
        shutil.copyfile(STATS, FULL_STATS)
    full = json.loads(FULL_STATS.read_text("utf-8"))["tests_by_mangled_function_name"]
    durations: dict[str, float] = stats["duration_by_test"]
    cut: dict[str, list[int]] = json.loads(BUDGETED.read_text("utf-8")) if BUDGETED.exists() else {}
    # also every function of the modules named: `run MODULE...` tests all their mutants again
    named = {f"gui.domain.{m.replace('/', '.')}." for m in modules or []}
    functions = _undecided_functions() | {
        f for f in stats["tests_by_mangled_function_name"] if f.startswith(tuple(named))
    }
    for function in sorted(functions):
        # every test the full record links, and any new ones linked since
        tests = set(full.get(function, [])) | set(stats["tests_by_mangled_function_name"].get(function, []))
        relevant = _relevant(function)
        ordered = sorted(
            tests, key=lambda t: (not t.startswith(relevant) if relevant else False, durations.get(t, 0.0), t)
        )
        kept: list[str] = []
        spent = 0.0
        for test in ordered:
            spent += durations.get(test, 0.0)
            if kept and spent > seconds:
                break
            kept.append(test)
        stats["tests_by_mangled_function_name"][function] = kept
        if len(kept) < len(tests):
            cut[function] = [len(kept), len(tests)]
    STATS.write_text(json.dumps(stats), "utf-8")
    BUDGETED.write_text(json.dumps(cut, indent=1, sort_keys=True), "utf-8")
    print(f"{len(cut)} functions cut to {seconds:g} s of tests")
    return 0


def unbudget() -> int:
    """Every function linked to all its tests again; prints the survivors of a cut set, to
    re-run by name (`mutmut run NAME...`) against all their tests."""
    if not FULL_STATS.exists():
        return 0
    stats = json.loads(STATS.read_text("utf-8"))
    full = json.loads(FULL_STATS.read_text("utf-8"))["tests_by_mangled_function_name"]
    stats["tests_by_mangled_function_name"].update(full)
    STATS.write_text(json.dumps(stats), "utf-8")
    cut = json.loads(BUDGETED.read_text("utf-8")) if BUDGETED.exists() else {}
    print("\n".join(name for name in survivors([]) if name.rsplit("__mutmut_", 1)[0] in cut))
    return 0


def run(modules: list[str]) -> int:
    start = time.monotonic()
    # re-checks are kept: mutmut re-tests only the mutants of functions that changed (and of
    # those, _rechecked drops the old verdicts by the function's hash), not survivors of the rest
    names = [f"gui.domain.{module.replace('/', '.')}.*" for module in modules]
    # mutmut runs the type checker (mypy, from this environment) before the tests
    env = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "QT_QPA_PLATFORM": "offscreen",
    }
    code = subprocess.call([_mutmut(), "run", "--max-children", WORKERS, *names], cwd=ROOT, env=env)
    minutes = (time.monotonic() - start) / 60
    print(f"\nmutmut ran for {minutes:.1f} minutes\n")
    print(report())
    return code


def main(argv: list[str]) -> int:
    command, *rest = argv or ["run"]
    if command == "run":
        return run(rest)
    if command == "report":
        print(report())
        return 0
    if command == "survivors":
        print("\n".join(survivors(rest)))
        return 0
    if command == "recheck" and rest:
        return recheck(rest)
    if command == "budget" and rest:
        return budget(float(rest[0]), rest[1:])
    if command == "unbudget":
        return unbudget()
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
