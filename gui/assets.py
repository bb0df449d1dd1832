"""The one place that knows where data/ and resources/ live.

Three layouts, one rule: look next to the `gui` package first (an installed wheel carries
them as gui/_data and gui/_resources; the PyInstaller spec copies them to the same places),
then at the top of a source checkout. No sys._MEIPASS anywhere: in a frozen build the
package's own folder already points into the bundle.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(*candidates: Path) -> Path:
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def data_dir() -> Path:
    """The shipped data folder (runtimes.yaml, questions.yaml, rules.yaml, schema/)."""
    return _first_existing(_PACKAGE / "_data", _PACKAGE.parent / "data")


def schema_dir() -> Path:
    """Schemas always come from the shipped data: they are the contract a data folder meets."""
    return data_dir() / "schema"


def resources_dir() -> Path:
    """Icons, stylesheets and translations."""
    return _first_existing(_PACKAGE / "_resources", _PACKAGE.parent / "resources")
