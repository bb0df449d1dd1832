"""`runtime-advisor presets`: the common situations presets.yaml offers, as text or JSON, each
with the answers it fills and the command that gives its plan."""

from __future__ import annotations

import argparse
from typing import Any

from gui.commands.inputs import load_data_folder, load_presets_of
from gui.commands.output import EXIT_OK, emit, stdout_json_text, warn_if_lossy
from gui.domain.advice.presets import Preset
from gui.domain.language import default_language
from gui.domain.model import Lang


def _answers_text(answers: object) -> str:
    assert isinstance(answers, dict)
    return ", ".join(f"{question}={choice}" for question, choice in answers.items())


def _preset_text(preset: Preset, lang: Lang) -> list[str]:
    lines = [f"{preset.id}: {preset.title.get(lang)}", f"  {preset.summary.get(lang)}"]
    lines.append(f"  answers: {_answers_text(preset.content['answers'])}")
    for workload in preset.content.get("workloads") or ():  # type: ignore[attr-defined]
        lines.append(f"  workload {workload['name']}: {_answers_text(workload.get('answers') or {})}")
    lines += [f"  runtime-advisor recommend --preset {preset.id}", ""]
    return lines


def _preset_json(preset: Preset, lang: Lang) -> dict[str, Any]:
    return {
        "id": preset.id,
        "title": preset.title.get(lang),
        "summary": preset.summary.get(lang),
        "answers": preset.content["answers"],
        "workloads": preset.content.get("workloads", []),
    }


def run_presets(args: argparse.Namespace) -> int:
    data = load_data_folder(args.data)
    presets = load_presets_of(args.data, data)
    lang: Lang = args.lang or default_language()
    if args.format == "json":
        emit(stdout_json_text({"presets": [_preset_json(p, lang) for p in presets]}), None)
    else:
        text = "\n".join(line for p in presets for line in _preset_text(p, lang))
        warn_if_lossy(text)
        emit(text, None)
    return EXIT_OK
