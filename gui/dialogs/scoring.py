"""Help > How Is This Scored?: how a pick is made, in the words of the data itself.

Hard constraints first (every exclusion rule with its reason), then points (every scoring rule
with its points and reason), then what the fit words mean (from the engine's thresholds). Built
from rules.yaml each time, so it cannot drift from what the engine does.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from html import escape

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gui.domain.advice.engine import CLOSE_CALL_BELOW, STRONG_FROM
from gui.domain.model import AdvisorData, Lang, Rule


def _when(rule_when: Mapping[str, Iterable[str]], data: AdvisorData, lang: Lang) -> str:
    """`{trust: [untrusted]}` as "Who wrote the code: Untrusted users or customers"."""
    parts = []
    for question_id, choices in rule_when.items():
        question = data.questions.get(question_id)
        names = [c.text.get(lang) for c in question.choices if c.id in set(choices)]
        parts.append(f"{question.label(lang)}: {' / '.join(names)}")
    return "; ".join(parts)


def _runtimes(rule: Rule, data: AdvisorData) -> str:
    """The runtimes a rule removes or scores (its attribute conditions on the dataset)."""
    return ", ".join(r.name for r in data.dataset.runtimes if all(c.holds(r.attributes) for c in rule.match))


def scoring_html(data: AdvisorData, lang: Lang, words: dict[str, str]) -> str:
    rules = data.rules
    parts = [f"<h2>{escape(words['title'])}</h2><p>{escape(words['intro'])}</p>"]
    parts.append(f"<h3>{escape(words['fit'])}</h3><ul>")
    for key in ("strong", "fair", "close", "weak", "tie", "only"):
        parts.append(
            f"<li>{escape(words['fit_' + key].format(strong=f'{STRONG_FROM:g}', close=f'{CLOSE_CALL_BELOW:g}'))}</li>"
        )
    parts.append("</ul>")
    exclusions = [r for r in rules if r.kind == "exclude"]
    points = [r for r in rules if r.kind == "prefer"]
    parts.append(f"<h3>{escape(words['hard'])}</h3><table cellspacing='0' cellpadding='3'>")
    for rule in exclusions:
        parts.append(
            f"<tr><td valign='top'><b>{escape(_runtimes(rule, data))}</b></td>"
            f"<td valign='top'><i>{escape(_when(rule.when, data, lang))}</i><br>"
            f"{escape(rule.reason.get(lang))}</td></tr>"
        )
    parts.append("</table>")
    parts.append(f"<h3>{escape(words['points'])}</h3><table cellspacing='0' cellpadding='3'>")
    for rule in sorted(points, key=lambda r: -abs(r.points)):
        parts.append(
            f"<tr><td valign='top'><b>{rule.points:+g} {escape(_runtimes(rule, data))}</b></td>"
            f"<td valign='top'><i>{escape(_when(rule.when, data, lang))}</i><br>"
            f"{escape(rule.reason.get(lang))}</td></tr>"
        )
    parts.append("</table>")
    return "".join(parts)


class ScoringDialog(QDialog):
    def __init__(self, data: AdvisorData, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.setObjectName("scoringDialog")
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(objectName="scoringText")
        self.text.setOpenLinks(False)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("How Is This Scored?"))
        words = {
            "title": self.tr("How a pick is made"),
            "intro": self.tr(
                "For each workload, every runtime starts at zero. Hard constraints remove the runtimes that "
                "cannot serve it (a removed runtime never wins, whatever its points). Then each rule that "
                "applies adds or takes away points, with its reason; the highest score is the pick. Trust "
                "weighs most; costs are half a point to three points each. Which node runtime a platform "
                "runs is not scored: the platform decides it."
            ),
            "fit": self.tr("What the fit words mean"),
            "fit_strong": self.tr("Strong fit: {strong} or more points ahead of the next runtime."),
            "fit_fair": self.tr("Fair fit: between {close} and {strong} points ahead."),
            "fit_close": self.tr("Close call: less than {close} point ahead; read the next one's reasons too."),
            "fit_weak": self.tr("Weak fit: the best score is below zero; every runtime costs more than it gives."),
            "fit_tie": self.tr("Tie: two or more runtimes share the top score; the plan says what settled it."),
            "fit_only": self.tr("The only fit: the hard constraints left one runtime."),
            "hard": self.tr("Hard constraints (when they apply, the runtime is removed)"),
            "points": self.tr("Points"),
        }
        self.text.setHtml(scoring_html(data, lang, words))
