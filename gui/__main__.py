"""`python -m gui` behaves exactly like the `runtime-advisor` command."""

import sys

from gui.cli import main

sys.exit(main())
