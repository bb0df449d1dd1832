"""Signals held while a set of files is moved into place (folder_writing.py, step 4).

A SIGTERM halfway through the moves would leave a folder half old and half new; the guard keeps
Ctrl+C and the ending signals until the set is complete or undone, and lets only staging be cut
short. Python runs signal handlers in the main thread only; elsewhere the guard does nothing.
"""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType

from gui.domain.problems import InputError, Problem

_ENDING_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP", "SIGQUIT") if hasattr(signal, name))


class Stopped(BaseException):
    """An ending signal arrived while the files were staged: clean up, then end by it."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class SignalGuard:
    """Ctrl+C and the ending signals, held to the moments they can be acted on.

    Only staging may be cut short (`interruptible()`): a signal then raises Stopped, and the
    unwinding removes the staging folder. Everywhere else (opening, moving into place, putting
    back, cleaning up) a signal is kept and acted on once the set is complete or undone. Either
    way, the process then ends the way the signal would have ended it (Ctrl+C: KeyboardInterrupt).
    Python runs signal handlers in the main thread only; elsewhere the guard does nothing.
    """

    def __init__(self) -> None:
        self.critical = True
        self.kept: int | None = None
        self.previous: dict[int, object] = {}

    def _handler(self, signum: int, frame: FrameType | None) -> None:
        if self.critical:
            self.kept = self.kept or signum
            return
        self.critical = True  # one stop is enough: the unwinding that follows must not be cut short
        raise Stopped(signum)

    @contextlib.contextmanager
    def interruptible(self) -> Iterator[None]:
        self.critical = False
        try:
            yield
        finally:
            self.critical = True

    def __enter__(self) -> SignalGuard:
        if threading.current_thread() is threading.main_thread():
            for number in _HELD_SIGNALS:
                handler = signal.getsignal(number)
                if handler is not signal.SIG_IGN:
                    self.previous[number] = handler
                    signal.signal(number, self._handler)
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: object) -> None:
        for number, handler in self.previous.items():
            signal.signal(number, handler if handler is not None else signal.SIG_DFL)  # type: ignore[arg-type]
        signum = error.signum if isinstance(error, Stopped) else self.kept
        if signum is None:
            return
        before = self.previous.get(signum, signal.SIG_DFL)
        if callable(before):
            before(signum, None)  # Ctrl+C: Python's own handler raises KeyboardInterrupt
        else:
            signal.raise_signal(signum)  # the default action: the process ends here
        if isinstance(error, Stopped):  # a handler of the program's own that did not end it
            raise InputError([Problem("-", 0, 0, f"stopped by signal {signum}; nothing was written")]) from None


_HELD_SIGNALS = (signal.SIGINT, *_ENDING_SIGNALS)
