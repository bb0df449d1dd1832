"""The single source of the version: read by pyproject.toml (hatch), the app and the build scripts."""

__version__ = "0.1.0"
