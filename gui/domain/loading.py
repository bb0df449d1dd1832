"""Load a data folder: read each file, validate it against its schema, build, cross-check.

Every problem in every file is collected before anything is reported, so one run of
`runtime-advisor validate` shows all of them. A file that fails its schema is not built
(its shape cannot be trusted), and files that depend on it are not cross-checked.
"""

from __future__ import annotations

import logging
from pathlib import Path

from gui.domain.build_dataset import build_dataset
from gui.domain.build_questions import build_questions
from gui.domain.build_rules import build_rules
from gui.domain.model import AdvisorData
from gui.domain.problems import InputError, Problem
from gui.domain.schema_check import check_against_schema
from gui.domain.yamlsource import YamlDocument, read_yaml_file

log = logging.getLogger(__name__)

DATA_FILES = ("runtimes.yaml", "questions.yaml", "rules.yaml")


def read_checked(path: Path, schema: Path, name: str | None = None) -> tuple[YamlDocument | None, list[Problem]]:
    """Read a YAML file and validate it; the document is None unless it is schema-valid."""
    doc, problems = read_yaml_file(path, name)
    if doc is None:
        return None, problems
    if doc.data is None:
        return None, [doc.problem((), "the file has no content; expected a YAML mapping")]
    problems = check_against_schema(doc, schema)
    return (None if problems else doc), problems


def load_data(folder: Path, schema_folder: Path) -> AdvisorData:
    """Load and check runtimes, questions and rules from `folder`; raise InputError listing every problem."""
    if not folder.is_dir():
        raise InputError(
            [Problem(str(folder), 0, 0, "data folder not found; expected a folder with " + ", ".join(DATA_FILES))]
        )
    docs: dict[str, YamlDocument | None] = {}
    problems: list[Problem] = []
    for file_name in DATA_FILES:
        schema = schema_folder / file_name.replace(".yaml", ".schema.json")
        doc, found = read_checked(folder / file_name, schema)
        docs[file_name] = doc
        problems += found

    dataset = questions = None
    if (doc := docs["runtimes.yaml"]) is not None:
        dataset, found = build_dataset(doc)
        problems += found
    if (doc := docs["questions.yaml"]) is not None:
        questions, found = build_questions(doc)
        problems += found
    rules = None
    # Rules are cross-checked only against a sound dataset and question set: against broken
    # ones every consequence of one typo would be reported again as a rule problem.
    if (doc := docs["rules.yaml"]) is not None and dataset is not None and questions is not None and not problems:
        rules, found = build_rules(doc, questions, dataset)
        problems += found
    if problems or dataset is None or questions is None or rules is None:
        raise InputError(problems)
    log.debug(
        "loaded %d runtimes, %d questions, %d rules from %s", len(dataset.runtimes), len(questions), len(rules), folder
    )
    return AdvisorData(dataset, questions, rules, origin=str(folder))
