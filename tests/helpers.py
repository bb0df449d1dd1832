"""Small helpers for tests that break data files on purpose and check where the error points."""

from __future__ import annotations

from pathlib import Path


def replace_once(path: Path, old: str, new: str) -> int:
    """Replace the single occurrence of `old` in `path` by `new`; return the 1-based line where
    `new` starts, so tests can assert the reported line without hard-coding it."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path.name}"
    start = text.index(old)
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[:start].count("\n") + 1


def line_of(path: Path, needle: str, occurrence: int = 1) -> int:
    """1-based line of the n-th occurrence of `needle` in `path`."""
    text = path.read_text(encoding="utf-8")
    index = -1
    for _ in range(occurrence):
        index = text.index(needle, index + 1)
    return text[:index].count("\n") + 1


def rules_with(*rules: str, data: Path) -> str:
    """A rules file of `rules` (YAML list items) after the shipped rules that say what each
    platform runs, which every data folder needs (the loader checks them against
    platforms.yaml)."""
    import yaml

    shipped = yaml.safe_load((data / "rules.yaml").read_text(encoding="utf-8"))["rules"]
    platform_only = [r for r in shipped if set(r["when"]) == {"platform"} and "exclude" in r]
    listed = yaml.safe_dump(platform_only, sort_keys=False, allow_unicode=True)
    return "rules:\n" + "".join(f"  {line}\n" for line in listed.splitlines()) + "".join(rules)
