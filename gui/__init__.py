"""Runtime Advisor: choose a container runtime and know why.

Kept import-light on purpose: the CLI and the window both start here, and start-up time is
budgeted (DESIGN.md section 5).
"""

from gui._version import __version__

__all__ = ["__version__"]
