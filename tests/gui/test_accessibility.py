"""What a screen reader and a low-vision reader get, read through Qt's accessibility interface
and computed from the palette: names that carry the values, button roles for what acts like a
button, the steps' states, errata within keyboard reach, and text contrast of at least 4.5:1 in
a light and a dark palette."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel

from gui.theme import MIN_CONTRAST, contrast_ratio, secondary_text
from tests.gui.driving import click_next, walk


def accessible(widget) -> tuple[str, QAccessible.Role]:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    return interface.text(QAccessible.Text.Name), interface.role()


def test_the_pick_and_the_fit_are_spoken_with_their_values(qtbot, window) -> None:
    walk(qtbot, window, {"trust": "untrusted", "workload": "web-stateless", "virtualization": "unavailable"})
    page = window.wizard.results_page
    name, _ = accessible(page.pick_label)
    assert name == "Recommended runtime: gVisor"
    assert "The only fit" in QAccessible.queryAccessibleInterface(page.pick_label).text(QAccessible.Text.Description)
    assert accessible(page.fit_label)[0].startswith("Fit: The only fit")


def test_what_if_lines_are_buttons_with_the_whole_sentence(qtbot, window) -> None:
    walk(qtbot, window, {"trust": "untrusted", "virtualization": "unavailable"})
    for button, _ in window.wizard.results_page.what_if_items:
        name, role = accessible(button)
        assert role == QAccessible.Role.Button
        assert name.startswith("Answer ") and "the pick becomes" in name


def test_the_steps_say_their_state(qtbot, window) -> None:
    click_next(qtbot, window)
    steps = window.wizard.panel.steps
    spoken = [steps.item(i).data(Qt.ItemDataRole.AccessibleTextRole) for i in range(steps.count())]
    assert spoken[0].endswith(", answered") and spoken[1].endswith(", current step")
    assert spoken[2].endswith(", not answered yet")
    # the list is a control: it takes the focus and moves to a step with Enter
    assert steps.focusPolicy() != Qt.FocusPolicy.NoFocus
    steps.setCurrentRow(0)
    steps.setFocus()
    qtbot.keyClick(steps, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.wizard.currentId() == 0)


def test_the_plan_picture_is_spoken_box_by_box(qtbot, window) -> None:
    walk(qtbot, window, {"trust": "untrusted", "virtualization": "unavailable"})
    stack = window.wizard.results_page.stack
    assert "default: gVisor" in stack.accessibleDescription()
    assert "Node runtime: containerd" in stack.accessibleDescription()
    assert stack.node_bar.accessibleName().startswith("Node runtime: containerd")


def _dark() -> QPalette:
    palette = QPalette()
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2b2b"),
        (QPalette.ColorRole.WindowText, "#e8e8e8"),
        (QPalette.ColorRole.Base, "#1f1f1f"),
        (QPalette.ColorRole.Text, "#e8e8e8"),
        (QPalette.ColorRole.Button, "#3a3a3a"),
        (QPalette.ColorRole.ButtonText, "#e8e8e8"),
        (QPalette.ColorRole.PlaceholderText, "#777777"),
    ):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_label_keeps_4_5_to_1_against_its_background(qtbot, window, scheme) -> None:
    original = QApplication.palette()
    if scheme == "dark":
        QApplication.setPalette(_dark())
    try:
        walk(qtbot, window, {"trust": "untrusted", "virtualization": "unavailable"})
        labels = [w for w in window.findChildren(QLabel) if w.isVisible() and w.text()]
        assert len(labels) > 5
        for label in labels:
            palette = label.palette()
            text = palette.color(label.foregroundRole())
            background = palette.color(label.backgroundRole())
            assert contrast_ratio(text, background) >= MIN_CONTRAST, (label.objectName(), label.text()[:40])
        # the secondary text of the generated pages, and the placeholder colour it replaces
        window_colour = window.palette().color(QPalette.ColorRole.Window)
        assert contrast_ratio(secondary_text(window.palette()), window_colour) >= MIN_CONTRAST
    finally:
        QApplication.setPalette(original)


def test_the_contrast_computation_is_wcag_s() -> None:
    assert contrast_ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast_ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
    light = QPalette(QColor("#efefef"))
    assert contrast_ratio(secondary_text(light), QColor("#efefef")) >= MIN_CONTRAST
