"""What an API server decides for a pod under a ValidatingAdmissionPolicy, by evaluating the
policy's CEL with a real CEL evaluator (cel-python). Kept apart from the tests that use it so the
stand-in kubectl (fake_cluster.py), started once per command, loads only this and celpy."""

from __future__ import annotations

from typing import Any

import celpy

_CEL = celpy.Environment()


def admits(policy: dict[str, Any], pod: dict[str, Any]) -> bool:
    """What the API server decides for `pod` under `policy` (failurePolicy Fail: an expression
    that cannot be evaluated refuses the pod, as it does there)."""
    activation: dict[str, Any] = {"object": celpy.json_to_cel(pod)}
    try:
        named = {}
        for variable in policy["spec"].get("variables", []):
            program = _CEL.program(_CEL.compile(variable["expression"]))
            named[celpy.celtypes.StringType(variable["name"])] = program.evaluate(
                {**activation, "variables": celpy.celtypes.MapType(named)}
            )
        activation["variables"] = celpy.celtypes.MapType(named)
        for validation in policy["spec"]["validations"]:
            result = _CEL.program(_CEL.compile(validation["expression"])).evaluate(activation)
            if not isinstance(result, celpy.celtypes.BoolType) or not bool(result):
                return False
    except celpy.CELEvalError:
        return False
    return True
