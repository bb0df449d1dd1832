"""The frozen program's entry point: the same `runtime-advisor` command (window or CLI)."""

import sys

from gui.cli import main

sys.exit(main())
