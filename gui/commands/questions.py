"""`runtime-advisor questions`: every question id and its choice ids, as text or JSON."""

from __future__ import annotations

import argparse
from typing import Any

from gui.commands.inputs import load_data_folder
from gui.commands.output import EXIT_OK, emit, stdout_json_text, warn_if_lossy
from gui.domain.language import default_language
from gui.domain.model import AdvisorData, Lang


def _questions_json(data: AdvisorData, lang: Lang) -> dict[str, Any]:
    return {
        "questions": [
            {
                "id": q.id,
                "scope": q.scope,
                "title": q.title.get(lang),
                "help": q.help.get(lang),
                "default": q.default,
                "choices": [{"id": c.id, "text": c.text.get(lang), "help": c.help.get(lang)} for c in q.choices],
            }
            for q in data.questions
        ]
    }


def _questions_text(data: AdvisorData, lang: Lang) -> str:
    lines = []
    for question in data.questions:
        lines.append(f"{question.id} [{question.scope}]: {question.title.get(lang)}")
        for choice in question.choices:
            marker = " (default)" if choice.id == question.default else ""
            lines.append(f"  {choice.id}{marker}: {choice.text.get(lang)}. {choice.help.get(lang)}")
        lines.append("")
    return "\n".join(lines)


def run_questions(args: argparse.Namespace) -> int:
    data = load_data_folder(args.data)
    lang: Lang = args.lang or default_language()
    if args.format == "json":
        emit(stdout_json_text(_questions_json(data, lang)), None)
    else:
        text = _questions_text(data, lang)
        warn_if_lossy(text)
        emit(text, None)
    return EXIT_OK
