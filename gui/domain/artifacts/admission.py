"""The admission policy that enforces a sandboxed workload's RuntimeClass: a ValidatingAdmissionPolicy
and its binding (admissionregistration.k8s.io/v1, stable since Kubernetes 1.30) per workload.

A RuntimeClass is chosen pod by pod, so one pod without `runtimeClassName` runs on the node
runtime. The policy refuses such pods in the namespaces labelled for the workload. It selects by a
namespace label, never by a pod label: whoever creates a pod sets its labels and could leave the
policy's label off, while namespaces' labels are the cluster administrators'.

The CEL stays within what every CEL evaluator reads (`has()` and the `all` macro, no optional
fields), so the tests evaluate these very expressions with a CEL library against the plan's own
pod example and the variants the policy must refuse.
"""

from __future__ import annotations

from typing import Any

from gui.domain.advice.plan import WorkloadPlan
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.kubernetes import bounded_name
from gui.domain.artifacts.policy_words import policy_word
from gui.domain.artifacts.text import header, yaml_text

SOURCE = "https://kubernetes.io/docs/reference/access-authn-authz/validating-admission-policy/"
# the namespace label an administrator sets on the namespaces a workload's pods run in
NAMESPACE_LABEL = "sandbox-workload"
CONTAINER_LISTS = ("containers", "initContainers", "ephemeralContainers")
HOST_NAMESPACES = ("hostNetwork", "hostPID", "hostIPC")

# What the API server answers a refused request with. English in both languages' files: the
# policy is the same object whichever language its comments are in, and its messages end up in
# events and logs read with other English ones.
NEEDS_CLASS = "workload {workload} runs only in its sandbox: set spec.runtimeClassName: {runtime_class}"
NO_HOST_NAMESPACES = "workload {workload} runs untrusted code: no hostNetwork, hostPID or hostIPC"
NO_PRIVILEGED = "workload {workload} runs untrusted code: no privileged containers"


def policy_name(workload: WorkloadPlan) -> str:
    return bounded_name(workload.name, "-sandbox")


def _flag_unset(path: str, field: str) -> str:
    return f"!(has({path}.{field}) && {path}.{field} == true)"


# every container of the pod in one list: a privileged one in any of them is root on a shared node
# (`containers` is required in a pod; the init and ephemeral lists may be absent)
ALL_CONTAINERS = " + ".join(
    ["object.spec.containers"]
    + [f"(has(object.spec.{field}) ? object.spec.{field} : [])" for field in CONTAINER_LISTS[1:]]
)
NO_PRIVILEGED_CONTAINER = (
    f"variables.containers.all(c, !has(c.securityContext) || {_flag_unset('c.securityContext', 'privileged')})"
)


def variables(workload: WorkloadPlan) -> list[dict[str, str]]:
    """The policy's named expressions: the container list its privilege check walks."""
    if workload.answers.get("trust") == "untrusted" and workload.answers.get("privileges", "none") == "none":
        return [{"name": "containers", "expression": ALL_CONTAINERS}]
    return []


def validations(workload: WorkloadPlan) -> list[dict[str, str]]:
    """What a pod of `workload` must show to be admitted, one check per refusal reason."""
    assert workload.runtime_class is not None
    runtime_class = workload.runtime_class
    found = [
        {
            "expression": f"has(object.spec.runtimeClassName) && object.spec.runtimeClassName == '{runtime_class}'",
            "message": NEEDS_CLASS.format(workload=workload.name, runtime_class=runtime_class),
            "reason": "Forbidden",
        }
    ]
    if workload.answers.get("trust") == "untrusted":
        found.append(
            {
                "expression": " && ".join(_flag_unset("object.spec", f) for f in HOST_NAMESPACES),
                "message": NO_HOST_NAMESPACES.format(workload=workload.name),
                "reason": "Forbidden",
            }
        )
        # a workload that was planned with privileges keeps them, in its VM: refusing them would
        # refuse the workload itself (the engine gives untrusted privileged code a VM per pod only)
        if workload.answers.get("privileges", "none") == "none":
            found.append(
                {
                    "expression": NO_PRIVILEGED_CONTAINER,
                    "message": NO_PRIVILEGED.format(workload=workload.name),
                    "reason": "Forbidden",
                }
            )
    return found


def policy_documents(workload: WorkloadPlan) -> tuple[dict[str, Any], dict[str, Any]]:
    name = policy_name(workload)
    policy: dict[str, Any] = {
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "ValidatingAdmissionPolicy",
        "metadata": {"name": name},
        "spec": {
            # an API server that cannot evaluate the policy refuses the pod rather than let it in
            "failurePolicy": "Fail",
            "matchConstraints": {
                "resourceRules": [
                    {
                        "apiGroups": [""],
                        "apiVersions": ["v1"],
                        # ephemeral containers are added to a running pod through their subresource
                        "operations": ["CREATE", "UPDATE"],
                        "resources": ["pods", "pods/ephemeralcontainers"],
                    }
                ]
            },
            **({"variables": variables(workload)} if variables(workload) else {}),
            "validations": validations(workload),
        },
    }
    binding: dict[str, Any] = {
        "apiVersion": "admissionregistration.k8s.io/v1",
        "kind": "ValidatingAdmissionPolicyBinding",
        "metadata": {"name": name},
        "spec": {
            "policyName": name,
            "validationActions": ["Deny"],
            "matchResources": {"namespaceSelector": {"matchLabels": {NAMESPACE_LABEL: workload.name}}},
        },
    }
    return policy, binding


def admission_policy(context: Context, workload: WorkloadPlan) -> Artifact:
    """The policy and binding that refuse `workload`'s pods outside its sandbox."""
    assert workload.runtime_class is not None
    lang = context.lang
    policy, binding = policy_documents(workload)
    versions = "Kubernetes 1.30 or later (admissionregistration.k8s.io/v1)"
    more = [
        policy_word("policy_label_namespace", lang, label=NAMESPACE_LABEL, workload=workload.name),
        policy_word("policy_controllers", lang),
    ]
    if workload.answers.get("trust") == "untrusted" and workload.answers.get("privileges", "none") != "none":
        more.append(policy_word("policy_privileges_kept", lang))
    text = header(
        context,
        policy_word("policy_purpose", lang, workload=workload.name, runtime_class=workload.runtime_class),
        versions,
        SOURCE,
        *more,
    )
    return Artifact(
        id=f"admission-policy-{workload.name}",
        kind="admission-policy",
        filename=f"admission-policy-{workload.name}.yaml",
        text=text + yaml_text(policy) + "---\n" + yaml_text(binding),
        language="yaml",
        applies_to=versions,
        source=SOURCE,
    )
