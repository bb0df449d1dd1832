"""Kubernetes resource quantities as the data writes them ("250m", "4", "512Mi", "16Gi").

Only the forms the data schemas allow are read (a decimal number, optionally followed by m, Ki,
Mi or Gi); the capacity arithmetic needs CPU in millicores and memory in MiB, nothing more.
"""

from __future__ import annotations

import re
from decimal import Decimal

_QUANTITY = re.compile(r"([0-9]+(?:\.[0-9]+)?)(m|Ki|Mi|Gi)?")
_MIB_PER = {"Ki": Decimal(1) / 1024, "Mi": Decimal(1), "Gi": Decimal(1024)}


def _split(quantity: str) -> tuple[Decimal, str]:
    match = _QUANTITY.fullmatch(quantity)
    if match is None:
        raise ValueError(f"not a Kubernetes quantity: {quantity!r}")
    return Decimal(match.group(1)), match.group(2) or ""


def cpu_millis(quantity: str) -> int:
    """CPU in millicores: "250m" -> 250, "1" -> 1000, "0.5" -> 500 (rounded up, as a request is)."""
    number, suffix = _split(quantity)
    if suffix not in ("", "m"):
        raise ValueError(f'not a CPU quantity: {quantity!r} (use cores, e.g. "2", or millicores, e.g. 250m)')
    millis = number if suffix == "m" else number * 1000
    return int(millis.to_integral_value(rounding="ROUND_CEILING"))


def memory_mib(quantity: str) -> Decimal:
    """Memory in MiB: "512Mi" -> 512, "16Gi" -> 16384. A plain number is bytes."""
    number, suffix = _split(quantity)
    if suffix == "m":
        raise ValueError(f"not a memory quantity: {quantity!r} (use Ki, Mi or Gi)")
    if suffix == "":
        return number / (1024 * 1024)
    return number * _MIB_PER[suffix]
