"""Data folders built to attack the renderers: every text carries markup of every output
format, and datasets with other numbers of runtimes than the shipped five."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

import yaml

from tests.conftest import DATA

# Markup each output format would act on if the text reached it raw: HTML headings, styles,
# javascript: and file: links and images (window, PDF), Markdown tables, emphasis, links,
# headings and entities, backticks, a line break that starts a block, and right-to-left text.
PAYLOAD = (
    ' <h1 style="font-size:90pt">BIG</h1><a href="javascript:alert(1)">js</a>'
    '<a href="file:///etc/passwd">file</a><img src="file:///tmp/x.png"><script>x()</script>'
    " a|b & &amp; `tick` *star* _under_ [link](javascript:x) <!-- c -->"
    " http://plain.example/x www.plain.example ftp://files.example/y"
    "\n# not a heading\n- not an item \u05e9\u05dc\u05d5\u05dd \u0645\u0631\u062d\u0628\u0627"
)
# What every rendering must show as text when the payload is escaped rather than interpreted.
VISIBLE = '<h1 style="font-size:90pt">BIG</h1>'
NAME_PAYLOAD = " <b>x</b>|y&z"


def _poison(value: Any, key: str | None = None) -> Any:
    if isinstance(value, dict):
        if set(value) >= {"en", "ko"} and all(isinstance(value[k], str) for k in ("en", "ko")):
            return {**value, "en": value["en"] + PAYLOAD, "ko": value["ko"] + PAYLOAD}
        return {k: _poison(v, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_poison(item, key) for item in value]
    if key == "name" and isinstance(value, str):
        return value + NAME_PAYLOAD
    return value


def _dump(path: Path, content: Any) -> None:
    path.write_text(yaml.safe_dump(content, sort_keys=False, allow_unicode=True, width=10_000), encoding="utf-8")


def hostile_data(folder: Path) -> Path:
    """A copy of the shipped data in which every text (en and ko) and every name carries PAYLOAD."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("runtimes.yaml", "questions.yaml", "platforms.yaml", "rules.yaml"):
        content = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        _dump(folder / name, _poison(content))
    return folder


def data_with_runtimes(folder: Path, count: int) -> Path:
    """A copy of the shipped data with `count` runtimes (at least the shipped six): gVisor cloned
    under new ids."""
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns("schema", "seed"))
    content = yaml.safe_load((folder / "runtimes.yaml").read_text(encoding="utf-8"))
    runtimes = content["runtimes"]
    gvisor = next(r for r in runtimes if r["id"] == "gvisor")
    for number in range(count - len(runtimes)):
        clone = copy.deepcopy(gvisor)
        clone.update(id=f"gvisor-copy-{number}", name=f"gVisor copy {number}")
        for note in clone.get("notes", []):
            note["id"] = f"{note['id']}-copy-{number}"
        runtimes.append(clone)
    _dump(folder / "runtimes.yaml", content)
    clones = [r["id"] for r in runtimes if r["id"].startswith("gvisor-copy-")]
    if clones:  # no platform offers the clones: a rule must say so (the loader checks it)
        platforms = [
            p["id"] for p in yaml.safe_load((folder / "platforms.yaml").read_text(encoding="utf-8"))["platforms"]
        ]
        rules = yaml.safe_load((folder / "rules.yaml").read_text(encoding="utf-8"))
        rules["rules"].insert(
            0,
            {
                "id": "no-platform-offers-the-copies",
                "when": {"platform": platforms},
                "exclude": {"id": clones},
                "reason": {"en": "A copy made for a test.", "ko": "시험용 복사본입니다."},
                "basis": ["seed:kernel"],
            },
        )
        _dump(folder / "rules.yaml", rules)
    return folder


def data_at_maximum_length(folder: Path, length: int) -> Path:
    """A copy of the shipped data in which every text (en and ko) and every name is `length`
    characters long: words of the original text repeated (Korean ones for ko)."""
    folder.mkdir(parents=True, exist_ok=True)

    def stretch(text: str) -> str:
        return (text + " ") * (length // (len(text) + 1) + 1) if text.strip() else "x" * length

    def grow(value: Any, key: str | None = None) -> Any:
        if isinstance(value, dict):
            if set(value) >= {"en", "ko"} and all(isinstance(value[k], str) for k in ("en", "ko")):
                return {**value, "en": stretch(value["en"])[:length], "ko": stretch(value["ko"])[:length]}
            return {k: grow(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [grow(item, key) for item in value]
        if key == "name" and isinstance(value, str):
            return stretch(value)[:length]
        return value

    for name in ("runtimes.yaml", "questions.yaml", "platforms.yaml", "rules.yaml"):
        content = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
        _dump(folder / name, grow(content))
    return folder
