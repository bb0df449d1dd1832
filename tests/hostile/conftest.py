"""The window's fixtures, for the hostile tests that drive it."""

from tests.gui.conftest import _close_without_asking, _qt_test_paths, settings, welcome_window, window  # noqa: F401  # noqa: F401, E402
