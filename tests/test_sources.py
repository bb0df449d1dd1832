"""`runtime-advisor validate --sources`: every fact the plan acts on traces to a source.

The shipped data passes; a copy with one source, date, quoted value or basis taken away fails
with the file, the line and what to add (exit 2). The copies are made by editing the YAML text,
so each test breaks exactly one thing a maintainer could break.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import DATA


def _edit(folder: Path, name: str, old: str, new: str) -> int:
    """Replace the one occurrence of `old` in `name`; return the line it was on."""
    path = folder / name
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")
    return text[: text.index(old)].count("\n") + 1


def _line_of(name: str, needle: str) -> int:
    text = (DATA / name).read_text(encoding="utf-8")
    return text[: text.index(needle)].count("\n") + 1


def test_the_shipped_data_traces_every_fact(run_cli) -> None:
    code, out, err = run_cli("validate", "--sources")
    assert (code, err) == (0, "")
    assert "every fact in" in out and "names its source, checked date and what it shows" in out


def test_a_pin_without_a_source_is_refused_with_its_line(run_cli, data_copy: Path) -> None:
    path = data_copy / "runtimes.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: kata-floor")
    at = text.index("\n    source: ", start) + 1
    path.write_text(text[:at] + text[text.index("\n", at) + 1 :], encoding="utf-8")
    # the data still loads (a maintainer may try a value before finding its source) ...
    assert run_cli("validate", "--data", str(data_copy))[0] == 0
    # ... but it cannot be traced
    code, out, err = run_cli("validate", "--data", str(data_copy), "--sources")
    assert code == 2 and "every fact" not in out
    pin_line = text[:start].count("\n") + 1
    assert re.search(
        rf"runtimes\.yaml:{pin_line}:\d+: pin 'kata-floor' \(4\.3\.0\) has no source: give the https:// address",
        err,
    ), err


@pytest.mark.parametrize("field", ["shows", "checked"])
def test_a_pin_without_what_its_source_shows_or_when_it_was_read_is_refused(run_cli, data_copy: Path, field) -> None:
    path = data_copy / "runtimes.yaml"
    text = path.read_text(encoding="utf-8")
    start = text.index("  - id: kata-release")
    at = text.index(f"\n    {field}:", start) + 1
    path.write_text(text[:at] + text[text.index("\n", at) + 1 :], encoding="utf-8")
    code, _, err = run_cli("validate", "--data", str(data_copy), "--sources")
    assert code == 2
    assert f"pin 'kata-release' (4.3.0) has no {field}" in err, err


def test_a_pin_whose_quote_does_not_show_its_value_is_refused(run_cli, data_copy: Path) -> None:
    # the value moved on but the quote did not: a reviewer would compare the wrong things
    text = (data_copy / "runtimes.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: kata-release")
    at = text.index('    value: "4.3.0"\n', start)
    (data_copy / "runtimes.yaml").write_text(text[:at] + '    value: "4.4.0"\n' + text[at + 19 :], encoding="utf-8")
    code, _, err = run_cli("validate", "--data", str(data_copy), "--sources")
    assert code == 2
    assert "pin 'kata-release': what its source shows does not contain its value 4.4.0" in err, err


def test_a_note_without_a_source_is_refused_by_the_schema_with_its_line(run_cli, data_copy: Path) -> None:
    text = (data_copy / "runtimes.yaml").read_text(encoding="utf-8")
    start = text.index("      - id: kata-security-policy")
    source = text.index("        source: ", start)
    end = text.index("\n", source) + 1
    (data_copy / "runtimes.yaml").write_text(text[:source] + text[end:], encoding="utf-8")
    code, _, err = run_cli("validate", "--data", str(data_copy), "--sources")
    assert code == 2
    note_line = text[:start].count("\n") + 1
    assert re.search(rf"runtimes\.yaml:{note_line}:\d+: .*source", err), err


def test_an_overhead_figure_without_its_quote_is_refused(run_cli, data_copy: Path) -> None:
    line = _edit(
        data_copy,
        "platforms.yaml",
        "            shows: 'articles/aks/considerations-pod-sandboxing.md line 60: "
        '"the runtime class overhead defaults to 600Mi"\'\n            why:\n',
        "            why:\n",  # Pod Sandboxing's own variant (the agents' one names its offering next)
    )
    code, _, err = run_cli("validate", "--data", str(data_copy), "--sources")
    assert code == 2
    assert re.search(r"platforms\.yaml:\d+:\d+: runtime_class 'kata-vm-isolation': overhead \(memory 600Mi\)", err)
    assert int(re.search(r"platforms\.yaml:(\d+):", err).group(1)) < line


def test_a_rule_naming_a_version_its_basis_does_not_hold_is_refused(run_cli, data_copy: Path) -> None:
    # the error this check exists for: a floor written into a rule's text that no source shows
    _edit(
        data_copy,
        "rules.yaml",
        '      en: "Use Kata 4.3.0 or later, and its newest release',
        '      en: "Use Kata 4.4.0 or later, and its newest release',
    )
    code, _, err = run_cli("validate", "--data", str(data_copy), "--sources")
    assert code == 2
    assert re.search(
        r"rules\.yaml:\d+:\d+: warning 'kata-pod-annotations' \(en\) names 4\.4\.0, which no fact in its basis "
        r"\(pin:kata-floor, note:kata-config-path-advisory, note:kata-security-policy, note:kata-4\) holds",
        err,
    ), err


def test_a_rule_whose_basis_loses_the_fact_it_quotes_is_refused(run_cli, data_copy: Path) -> None:
    _edit(
        data_copy,
        "rules.yaml",
        "    basis: [platform:aks, pin:azure-cli, pin:aks-kubernetes]",
        "    basis: [platform:aks]",
    )
    code, _, err = run_cli("validate", "--data", str(data_copy), "--sources")
    assert code == 2
    assert "names 2.80.0, 1.27, which no fact in its basis (platform:aks) holds" in err, err


def test_a_basis_naming_a_pin_that_does_not_exist_is_refused_when_loading(run_cli, data_copy: Path) -> None:
    _edit(data_copy, "rules.yaml", "pin:kata-floor, note:kata-config-path", "pin:kata-flor, note:kata-config-path")
    code, _, err = run_cli("validate", "--data", str(data_copy))
    assert code == 2
    assert "basis 'pin:kata-flor': no pin 'kata-flor'; pins: agent-sandbox-release, aks-kubernetes," in err, err


def test_a_pin_the_generated_files_read_cannot_be_removed(run_cli, data_copy: Path) -> None:
    text = (data_copy / "runtimes.yaml").read_text(encoding="utf-8")
    start = text.index("  - id: gpu-operator-floor")
    end = text.index("  - id: ", start + 10)
    (data_copy / "runtimes.yaml").write_text(text[:start] + text[end:], encoding="utf-8")
    code, _, err = run_cli("validate", "--data", str(data_copy))
    assert code == 2
    assert "no pin 'gpu-operator-floor': the generated files read it" in err, err
