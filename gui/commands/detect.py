"""`runtime-advisor detect`: what this machine settles (read-only, offline), as text or JSON."""

from __future__ import annotations

import argparse

from gui.commands.output import EXIT_OK, emit, stdout_json_text, warn_if_lossy
from gui.domain.problems import shown_safely


def run_detect(args: argparse.Namespace) -> int:
    from gui.domain.detect.machine import detect_machine

    facts = detect_machine()
    answers = facts.suggested_answers()
    if args.format == "json":
        content = {
            "supported": facts.supported,
            "findings": [{"what": f.what, "evidence": f.evidence} for f in facts.findings],
            "kvm": facts.kvm,
            "cpu_virtualization": facts.cpu_virtualization,
            "nested_virtualization": facts.nested,
            "virtual_machine": facts.vm_vendor,
            "versions": facts.versions,
            "configured_runtimes": facts.configured_runtimes,
            "kubelet": facts.kubelet,
            "kubelet_endpoint": facts.kubelet_endpoint,
            "gpus": facts.gpus,
            "cgroup": facts.cgroup,
            "kernel": facts.kernel,
            "suggested_answers": answers,
        }
        emit(stdout_json_text(content), None)
        return EXIT_OK
    lines = ["Found on this machine (read-only; nothing was changed, nothing left the machine):"]
    lines += [f"  {f.what}   [{f.evidence}]" for f in facts.findings] or ["  nothing the questions depend on"]
    lines += ["", "Suggested answers (put them in an answers file, or change them):"]
    lines += [f"  {question}: {choice}" for question, choice in answers.items()] or ["  none"]
    text = "\n".join(shown_safely(line) for line in lines) + "\n"
    warn_if_lossy(text)
    emit(text, None)
    return EXIT_OK
