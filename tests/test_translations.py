"""Every interface string exists in English and Korean: the Linguist files are complete and
current, and the reports' own words have both languages."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gui.domain.labels import all_labels
from tests.conftest import REPO

TS = REPO / "resources" / "translations" / "runtime_advisor_ko.ts"
QM = TS.with_suffix(".qm")
PLACEHOLDER = re.compile(r"\{[a-z0-9_]*\}")
HANGUL = re.compile(r"[가-힣]")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    assert Path(found).exists(), f"{name} comes with PySide6"
    return found


def messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [
        (c.findtext("name"), m.findtext("source"), m.find("translation"))
        for c in root.findall("context")
        for m in c.findall("message")
    ]


def test_every_ts_entry_is_finished_and_keeps_placeholders_and_mnemonics() -> None:
    found = messages(TS)
    assert len(found) > 80
    for context, source, translation in found:
        where = f"{context}: {source!r}"
        assert translation.get("type") is None, f"{where} is {translation.get('type')}"
        text = translation.text or ""
        assert text.strip(), f"{where} has no translation"
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), where
        if re.search(r"&[^&\s]", source):
            assert re.search(r"&[^&\s]", text), f"{where}: the translation lost its mnemonic"
        names_only = ("Runtime Advisor", "Markdown (*.md)", "JSON (*.json)", "&JSON…", "&A4")
        if source not in names_only:
            assert HANGUL.search(text), f"{where} is not Korean"


def test_the_ts_file_has_every_string_of_the_code(tmp_path: Path) -> None:
    sources = sorted(str(p) for p in (REPO / "gui").rglob("*.py") if "domain" not in p.parts)
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [tool("pyside6-lupdate"), *sources, "-ts", str(fresh), "-no-obsolete"], check=True, capture_output=True
    )
    in_code = {(c, s) for c, s, _ in messages(fresh)}
    in_file = {(c, s) for c, s, _ in messages(TS)}
    assert in_code - in_file == set(), "run `make translations` and translate the new strings"
    assert in_file - in_code == set(), "the .ts holds strings the code no longer has: run `make translations`"


def test_the_qm_file_is_built_from_the_current_ts(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run([tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == QM.read_bytes(), "run `make translations`"


@pytest.mark.parametrize("key", sorted(all_labels()))
def test_report_words_exist_in_both_languages(key: str) -> None:
    en, ko = all_labels()[key]
    assert en.strip() and ko.strip()
    assert sorted(PLACEHOLDER.findall(en)) == sorted(PLACEHOLDER.findall(ko))
    # a Kubernetes kind and a unit read the same in Korean text
    assert HANGUL.search(ko) or key in ("runtime_class", "overhead_cpu"), key
