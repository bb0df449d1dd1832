"""The results page's workloads: adding one (with a name that can be saved and opened again),
removing one, and Add Workload turned off at the answers file's limit.

A mixin of ResultsPage (gui/pages/results_page.py), which declares the signals and buttons used
here; its own class name is the context of its translations.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QInputDialog, QMessageBox

from gui.domain.advice.answers import MAX_WORKLOADS
from gui.session_model import SessionModel
from gui.widgets.text_label import escaped_if_rich

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QPushButton, QWizardPage

    _Page = QWizardPage  # what the methods below may call on self
else:
    _Page = object


def workload_name_from(text: str, taken: tuple[str, ...]) -> str:
    """A valid, unused workload name close to what was typed: "Customer Code" -> customer-code."""
    base = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "workload"
    name, number = base, 2
    while name in taken:
        name, number = f"{base}-{number}", number + 1
    return name


class WorkloadActions(_Page):
    model: SessionModel
    add_workload_button: QPushButton
    if TYPE_CHECKING:
        editWorkloadRequested: SignalInstance  # noqa: N815 (Qt's naming of signals)
        workloadRemoved: SignalInstance  # noqa: N815

    def _plan_is_full(self) -> bool:
        return len(self.model.session.workload_names) >= MAX_WORKLOADS

    def _full_text(self) -> str:
        return self.tr("A plan holds at most {0} workloads, as many as an answers file can hold.").format(MAX_WORKLOADS)

    def _show_whether_full(self) -> None:
        """At the answers file's limit, Add Workload is off and says why (what the window makes,
        it must be able to save and open again)."""
        full = self._plan_is_full()
        self.add_workload_button.setEnabled(not full)
        self.add_workload_button.setToolTip(
            self._full_text() if full else self.tr("Plan another workload on the same platform")
        )

    def _on_workload_chosen(self, row: int) -> None:
        if row >= 0:
            self.model.select_workload(row)

    def ask_new_workload(self) -> bool:
        """Ask for a name (until it is a valid one, or the user cancels), add the workload and
        go to its questions."""
        if self._plan_is_full():
            QMessageBox.information(self, self.tr("Add Workload"), self._full_text())
            return False
        proposed = f"workload-{len(self.model.session.workload_names) + 1}"
        while True:
            name, ok = QInputDialog.getText(
                self,
                self.tr("Add Workload"),
                self.tr("Name of the new workload (lowercase letters, digits and '-'):"),
                text=proposed,
            )
            if not ok:
                return False
            why = self.model.session.check_new_workload_name(name)
            if why is None:
                self.model.add_workload(name)
                self.editWorkloadRequested.emit()
                return True
            suggestion = workload_name_from(name, self.model.session.workload_names)
            if name in self.model.session.workload_names:
                text = self.tr("A workload named {0} is already in the plan. Try {1}.").format(name, suggestion)
            else:
                text = self.tr(
                    "“{0}” cannot name a workload: use lowercase letters, digits and '-', starting and ending "
                    "with a letter or digit (at most 63). Try {1}."
                ).format(name, suggestion)
            QMessageBox.warning(self, self.tr("Add Workload"), escaped_if_rich(text))
            proposed = suggestion

    def _remove_current_workload(self) -> None:
        session = self.model.session
        if session.current != 0:
            before = session.answer_set
            self.model.remove_workload(session.current)
            self.workloadRemoved.emit(before)
