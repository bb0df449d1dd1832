"""For pages whose widgets are costly to build: build them when first needed, not at start-up."""

from __future__ import annotations


class BuiltOnDemand:
    """Mix into a QWidget subclass (first in the bases) that implements `_build()` and sets
    `self._built = False` in its constructor.

    Asking for a widget attribute before the page was built (a test, a menu action, showing
    the page) builds it then; `_build()` sets `_built` to True first, so attributes it has not
    made yet are errors, not another build.
    """

    def _build(self) -> None:
        raise NotImplementedError

    def __getattr__(self, name: str) -> object:
        if name.startswith("_") or self.__dict__.get("_built", True):
            raise AttributeError(name)
        self._build()
        return getattr(self, name)
