"""Help > About: version, licences, and the dataset's date and sources."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from gui._version import __version__
from gui.domain.model import Dataset


def about_html(dataset: Dataset, tr_texts: dict[str, str]) -> str:
    sources = "".join(f'<li><a href="{escape(s)}">{escape(s)}</a></li>' for s in dataset.sources)
    return (
        f"<h3>Runtime Advisor {escape(__version__)}</h3>"
        f"<p>{escape(tr_texts['purpose'])}</p>"
        f"<p>{escape(tr_texts['dataset'])}</p><ul>{sources}</ul>"
        f"<p>{escape(tr_texts['licence'])}</p>"
    )


def show_about(parent: QWidget, dataset: Dataset) -> None:
    texts = {
        "purpose": QCoreApplication.translate("About", "Helps you choose a container runtime and explains why."),
        "dataset": QCoreApplication.translate(
            "About", 'Dataset as of {0}, built from the table "{1}" ({2}). Sources:'
        ).format(dataset.as_of, dataset.seed.title, dataset.seed.updated),
        "licence": QCoreApplication.translate(
            "About",
            "MIT licence. Built with Qt {0} and PySide6, used under the GNU LGPL v3; "
            "PyYAML (MIT) and jsonschema (MIT).",
        ).format(qVersion()),
    }
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("About", "About Runtime Advisor"))
    box.setTextFormat(box.textFormat().RichText)
    box.setText(about_html(dataset, texts))
    box.setIconPixmap(parent.windowIcon().pixmap(64, 64))
    box.exec()
