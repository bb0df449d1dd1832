"""The JSON Schemas are valid draft-07, and every data file points editors at its schema."""

from __future__ import annotations

import json

import jsonschema
import pytest

from tests.conftest import DATA, SCHEMAS


@pytest.mark.parametrize("name", ["runtimes", "questions", "rules", "answers"])
def test_schema_is_valid_draft7(name: str) -> None:
    schema = json.loads((SCHEMAS / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    jsonschema.Draft7Validator.check_schema(schema)


@pytest.mark.parametrize("name", ["runtimes", "questions", "rules"])
def test_data_file_names_its_schema_for_editors(name: str) -> None:
    first = (DATA / f"{name}.yaml").read_text(encoding="utf-8").splitlines()[0]
    assert first == f"# yaml-language-server: $schema=schema/{name}.schema.json"
