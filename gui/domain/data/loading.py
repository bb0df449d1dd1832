"""Load a data folder: read each file, validate it against its schema, build, cross-check.

Every problem in every file is collected before anything is reported, so one run of
`runtime-advisor validate` shows all of them. A file that fails its schema is not built
(its shape cannot be trusted), and files that depend on it are not cross-checked.

The YAML parser and jsonschema are imported only when a file is really parsed and checked:
with a ValidatedDataCache hit (the desktop app's later starts) neither is needed.
"""

from __future__ import annotations

import logging
from pathlib import Path

from gui.domain.data.build_dataset import build_dataset
from gui.domain.data.build_platforms import build_platforms, check_rules_match_platforms
from gui.domain.data.build_questions import build_questions
from gui.domain.data.build_rules import build_rules
from gui.domain.data.document import YamlDocument
from gui.domain.data.validated_cache import DATA_FILES as DATA_FILES  # re-exported: read from here
from gui.domain.data.validated_cache import ValidatedDataCache, data_key
from gui.domain.model import AdvisorData
from gui.domain.problems import InputError, Problem

log = logging.getLogger(__name__)


def read_checked(path: Path, schema: Path) -> tuple[YamlDocument | None, list[Problem]]:
    """Read a YAML file and validate it; the document is None unless it is schema-valid."""
    from gui.domain.data.schema_check import check_against_schema
    from gui.domain.data.yamlsource import read_yaml_file

    doc, problems = read_yaml_file(path)
    if doc is None:
        return None, problems
    if doc.data is None:
        return None, [doc.problem((), "the file has no content; expected a YAML mapping")]
    problems = check_against_schema(doc, schema)
    return (None if problems else doc), problems


def _build(docs: dict[str, YamlDocument | None], problems: list[Problem], folder: Path) -> AdvisorData:
    dataset = questions = platforms = built = None
    if (doc := docs["runtimes.yaml"]) is not None:
        dataset, found = build_dataset(doc)
        problems += found
    if (doc := docs["questions.yaml"]) is not None:
        questions, found = build_questions(doc)
        problems += found
    # Later files are cross-checked only against sound earlier ones: against broken ones every
    # consequence of one typo would be reported again as a problem of its own.
    if (doc := docs["platforms.yaml"]) is not None and dataset is not None and questions is not None and not problems:
        platforms, found = build_platforms(doc, questions, dataset)
        problems += found
    if (doc := docs["rules.yaml"]) is not None and platforms is not None and not problems:
        assert dataset is not None and questions is not None
        built, found = build_rules(doc, questions, dataset, platforms)
        problems += found
        if not found:
            problems += check_rules_match_platforms(doc, built.rules, platforms, dataset)
    if problems or dataset is None or questions is None or platforms is None or built is None:
        raise InputError(problems)
    log.debug(
        "loaded %d runtimes, %d questions, %d platforms, %d rules from %s",
        len(dataset.runtimes),
        len(questions),
        len(platforms),
        len(built.rules),
        folder,
    )
    return AdvisorData(
        dataset,
        questions,
        built.rules,
        origin=str(folder),
        tie_breaks=built.tie_breaks,
        advisories=built.advisories,
        platforms=platforms,
    )


def _cache_key(folder: Path, schema_folder: Path) -> str | None:
    return data_key(folder, schema_folder)


def load_data(folder: Path, schema_folder: Path, cache: ValidatedDataCache | None = None) -> AdvisorData:
    """Load and check runtimes, questions and rules from `folder`; raise InputError listing every problem."""
    if not folder.is_dir():
        raise InputError(
            [Problem(str(folder), 0, 0, "data folder not found; expected a folder with " + ", ".join(DATA_FILES))]
        )
    key = _cache_key(folder, schema_folder) if cache is not None else None
    if cache is not None and key is not None and (cached := cache.lookup(key)) is not None:
        try:
            docs = {name: YamlDocument(str(folder / name), cached[name]) for name in DATA_FILES}
            return _build(dict(docs), [], folder)
        except Exception as error:  # noqa: BLE001 - whatever is wrong with the cache, check the data in full
            log.info("cached data did not build (%s); checking %s in full", type(error).__name__, folder)
    docs_checked: dict[str, YamlDocument | None] = {}
    problems: list[Problem] = []
    for file_name in DATA_FILES:
        schema = schema_folder / file_name.replace(".yaml", ".schema.json")
        doc, found = read_checked(folder / file_name, schema)
        docs_checked[file_name] = doc
        problems += found
    data = _build(docs_checked, problems, folder)
    if cache is not None and key is not None:
        cache.store(key, {name: doc.data for name, doc in docs_checked.items() if doc is not None})
    return data
