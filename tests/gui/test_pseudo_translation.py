"""Pseudo-translation: every interface string and every data text 40% longer, and no widget on
any page is clipped or overlaps another (checked on geometry, not on pixels)."""

from __future__ import annotations

import math
import shutil
from pathlib import Path

import pytest
import yaml
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QWidget

from gui.app import create_main_window
from gui.domain.data.loading import load_data
from gui.window.wizard import PageId
from tests.conftest import DATA, SCHEMAS

FILLER = " ẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋẋ"
LARGEST_SCREEN = (1280, 800)  # the window must still fit a small laptop screen


def longer(text: str) -> str:
    """The text, 40% longer, its placeholders and mnemonics untouched."""
    extra = math.ceil(len(text) * 0.4)
    filler = (FILLER * (extra // len(FILLER) + 1))[:extra]
    return text + filler if text else text


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 (Qt's signature)
        return longer(source)


def lengthen_data(folder: Path) -> None:
    """Every English text in the data files, 40% longer."""

    def walk(value):
        if isinstance(value, dict):
            if "en" in value and "ko" in value and isinstance(value["en"], str):
                value["en"] = longer(value["en"])
            for child in value.values():
                walk(child)
        elif isinstance(value, list):
            for child in value:
                walk(child)

    for name in ("runtimes.yaml", "questions.yaml", "rules.yaml"):
        path = folder / name
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
        walk(document)
        path.write_text(yaml.safe_dump(document, allow_unicode=True, sort_keys=False), encoding="utf-8")


def geometry_problems(top: QWidget) -> list[str]:
    problems = []
    widgets = [w for w in [top, *top.findChildren(QWidget)] if w.isVisible()]
    for widget in widgets:
        name = f"{type(widget).__name__} {widget.objectName()!r} {getattr(widget, 'text', lambda: '')()[:40]!r}"
        if isinstance(widget, QLabel) and widget.wordWrap():
            needed = widget.heightForWidth(widget.width())
            if needed > widget.height() + 1:
                problems.append(f"{name}: needs {needed}px of height, has {widget.height()}")
        elif isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            hint = widget.minimumSizeHint() if isinstance(widget, QGroupBox) else widget.sizeHint()
            if hint.width() > widget.width() + 1:
                problems.append(f"{name}: needs {hint.width()}px of width, has {widget.width()}")
        layout = widget.layout()
        if layout is None:
            continue
        children = [
            c
            for c in widget.children()
            if isinstance(c, QWidget) and c.isVisible() and not c.isWindow() and layout.indexOf(c) >= 0
        ]
        for i, first in enumerate(children):
            for second in children[i + 1 :]:
                if first.geometry().intersects(second.geometry()):
                    problems.append(
                        f"{first.objectName() or type(first).__name__} overlaps "
                        f"{second.objectName() or type(second).__name__} in {type(widget).__name__}"
                    )
    minimum = top.minimumSizeHint()
    if minimum.width() > LARGEST_SCREEN[0] or minimum.height() > LARGEST_SCREEN[1]:
        problems.append(f"the window needs at least {minimum.width()}x{minimum.height()}")
    return problems


@pytest.fixture
def pseudo_window(qtbot, tmp_path, settings):
    folder = tmp_path / "data"
    shutil.copytree(DATA, folder, ignore=shutil.ignore_patterns("schema", "seed"))
    lengthen_data(folder)
    translator = PseudoTranslator()
    QCoreApplication.installTranslator(translator)
    window = create_main_window(load_data(folder, SCHEMAS), settings)
    qtbot.addWidget(window)
    window.resize(1200, 780)
    window.show()
    qtbot.waitExposed(window)
    yield window
    QCoreApplication.removeTranslator(translator)


def settle(qtbot) -> None:
    QApplication.processEvents()
    qtbot.wait(20)


def test_every_page_fits_with_texts_40_percent_longer(qtbot, pseudo_window) -> None:
    window = pseudo_window
    assert window.wizard.button(window.wizard.WizardButton.NextButton).text().startswith("&Next > ẋ")
    seen = []
    while True:
        settle(qtbot)
        page = window.wizard.currentId()
        problems = geometry_problems(window)
        assert problems == [], f"page {page}: " + "\n".join(problems)
        seen.append(page)
        if page == PageId.RESULTS:
            break
        window.wizard.next()
    assert len(seen) == len(window.model.data.questions) + 2  # the welcome page, the questions, the plan
    # the results when nothing fits (the longest what-if list), then the comparison table
    window.model.set_answer("isolation", "separate-kernel")
    window.model.set_answer("virtualization", "unavailable")
    settle(qtbot)
    assert geometry_problems(window) == []
    window.show_comparison()
    qtbot.waitExposed(window.comparison)
    settle(qtbot)
    assert geometry_problems(window.comparison) == []


def test_the_geometry_check_finds_clipped_text(qtbot) -> None:
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    box = QWidget()
    qtbot.addWidget(box)
    layout = QVBoxLayout(box)
    wrapped = QLabel("a long sentence that wraps onto many lines " * 6, wordWrap=True)
    button = QPushButton("a button whose text is far too long for it")
    layout.addWidget(wrapped)
    layout.addWidget(button)
    box.show()
    qtbot.waitExposed(box)
    assert geometry_problems(box) == []
    button.setFixedWidth(60)
    wrapped.setFixedHeight(12)
    settle(qtbot)
    problems = geometry_problems(box)
    assert any("QPushButton" in p and "width" in p for p in problems)
    assert any("QLabel" in p and "height" in p for p in problems)
