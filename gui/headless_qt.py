"""Which Qt platform the command line uses to write a PDF, on each OS.

A PDF needs Qt's fonts and painter, not a screen. The choice is a pure function of the OS and
the environment so that it can be tested for Windows and macOS on any machine
(tests/test_platform_conditions.py); gui/commands/recommend.py applies it before Qt is imported.
"""

from __future__ import annotations

import ntpath
from collections.abc import Mapping

# Qt's own platforms that draw nowhere
_SCREENLESS = ("offscreen", "minimal")


def environment_for_pdf(system: str, environ: Mapping[str, str]) -> dict[str, str]:
    """The environment variables to set before Qt starts, for `system` as sys.platform names it.

    - Linux and other X11/Wayland systems: the offscreen platform. It finds the same fonts
      (fontconfig) as a window would and cannot fail on a display that is set but unreachable
      (xcb aborts the whole process there, from C++, before Python can say anything).
    - Windows and macOS: their own platforms. They need no screen and know where the system's
      fonts are; forcing offscreen there was a bug (its Windows font database reads only the
      folder Qt was built with, which the installed bundle does not have, so Korean came out as
      empty boxes).
    - Windows with offscreen asked for anyway (QT_QPA_PLATFORM set by the user or a CI job):
      point Qt's font folder at Windows' own, unless the user chose one.
    """
    if system not in ("win32", "cygwin", "darwin"):
        return {"QT_QPA_PLATFORM": "offscreen"}
    asked = environ.get("QT_QPA_PLATFORM", "").split(":")[0].strip().lower()
    if system == "win32" and asked in _SCREENLESS and not environ.get("QT_QPA_FONTDIR"):
        windows = environ.get("WINDIR") or environ.get("SystemRoot") or r"C:\Windows"
        return {"QT_QPA_FONTDIR": ntpath.join(windows, "Fonts")}
    return {}
