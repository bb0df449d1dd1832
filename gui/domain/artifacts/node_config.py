"""Node configuration: containerd drop-ins (config version 3 for containerd 2.x, and version 2
for nodes still on 1.7), CRI-O drop-ins, Docker Engine's daemon.json.

The keys are those containerd's docs/cri/config.md, CRI-O's crio.conf template, kata-deploy and
gVisor's quick starts use (tests/artifacts/config_keys.py keeps the list with its sources). TOML
is written by hand: the files are short, and each key is one the tests check.
"""

from __future__ import annotations

import json
from typing import Any

from gui.domain.artifacts import versions as v
from gui.domain.artifacts.artifact import Artifact, Context
from gui.domain.artifacts.text import comments, header
from gui.domain.artifacts.words import word
from gui.domain.model import SandboxOffer, SandboxVariant

CONTAINERD_V3_RUNTIMES = "plugins.'io.containerd.cri.v1.runtime'.containerd.runtimes"
CONTAINERD_V2_RUNTIMES = 'plugins."io.containerd.grpc.v1.cri".containerd.runtimes'
GVISOR_SHIM = "io.containerd.runsc.v1"
GVISOR_SHIM_BINARY = "/usr/bin/containerd-shim-runsc-v1"  # where gVisor's apt package puts it
RUNSC_BINARY = "/usr/bin/runsc"
KATA_PREFIX = "/opt/kata"  # where kata-deploy and Kata's static release install
CONTAINERD_DOCS = "https://github.com/containerd/containerd/blob/main/docs/cri/config.md"
DOCKER_DOCS = "https://docs.docker.com/engine/daemon/alternative-runtimes/"
CRIO_DOCS = "https://github.com/cri-o/cri-o/blob/main/docs/crio.conf.5.md"
KATA_INSTALL_SOURCE = "https://github.com/kata-containers/kata-containers/blob/main/docs/installation.md"
GVISOR_CRIO_SOURCE = "https://github.com/google/gvisor/blob/master/g3doc/user_guide/containerd/crio.md"


def _toml_value(value: str | bool) -> str:
    # JSON's strings and true/false are TOML's basic strings and booleans for these plain values
    return json.dumps(value)


def _shim(handler: str) -> str:
    """kata-deploy's shim name from its handler: kata-qemu-runtime-rs -> qemu-runtime-rs."""
    return handler.removeprefix("kata-")


def _rust(shim: str) -> bool:
    return shim.endswith("-runtime-rs") or shim == "dragonball"


def kata_static_paths(handler: str) -> tuple[str, str]:
    """(shim binary, configuration file) of a shim in Kata's kata-static release, installed by
    hand under /opt/kata (docs/installation.md); the Go shims come from kata-go-static."""
    shim = _shim(handler)
    if _rust(shim):
        return (
            f"{KATA_PREFIX}/runtime-rs/bin/containerd-shim-kata-v2",
            f"{KATA_PREFIX}/share/defaults/kata-containers/runtime-rs/configuration-{shim}.toml",
        )
    return (
        f"{KATA_PREFIX}/bin/containerd-shim-kata-v2",
        f"{KATA_PREFIX}/share/defaults/kata-containers/configuration-{shim}.toml",
    )


def _toml_table(prefix: str, name: str, table: dict[str, Any], options: dict[str, str]) -> str:
    lines = [f"[{prefix}.{name}]"]
    for key, value in table.items():
        lines.append(f"  {key} = {_toml_value(value)}")
    if options:
        lines += ["", f"[{prefix}.{name}.options]"]
        lines += [f"  {key} = {_toml_value(value)}" for key, value in options.items()]
    return "\n".join(lines) + "\n"


def containerd_runtime_table(name: str, table: dict[str, Any], options: dict[str, str] | None = None) -> str:
    """One runtime as containerd 2.x's configuration (version 3) names it."""
    return _toml_table(CONTAINERD_V3_RUNTIMES, name, table, options or {})


# containerd's own runc runtime in config version 2: a CRI section whose runtimes leave it out
# does not load (tests/daemons/test_containerd.py shows it on a real containerd)
RUNC_V2_TABLE = f'[{CONTAINERD_V2_RUNTIMES}.runc]\n  runtime_type = "io.containerd.runc.v2"'


def _containerd_files(
    context: Context, name: str, table: dict[str, Any], options: dict[str, str], purpose: str, source: str
) -> list[Artifact]:
    lang = context.lang

    def body(prefix: str) -> str:
        return _toml_table(prefix, name, table, options)

    v3_name = f"containerd-{name}.toml"
    v3 = (
        header(
            context,
            purpose,
            "containerd 2.x (config v3)",
            source,
            word("containerd_v3_where", lang, file=f"{name}.toml"),
            word("containerd_v3_version", lang),
            word("containerd_default_runc", lang),
        )
        + "\nversion = 3\n\n"
        + body(CONTAINERD_V3_RUNTIMES)
    )
    v2 = (
        header(
            context,
            purpose,
            "containerd 1.7 (config v2, EOL)",
            source,
            word("containerd_v2_legacy", lang),
            word("containerd_v2_runc", lang),
        )
        # config.toml has its version line already: a second one would make it invalid TOML
        + "\n# version = 2\n"
        # shown, not set: a config.toml that defines runc already would then define it twice
        + "".join(f"#   {line}\n" for line in RUNC_V2_TABLE.splitlines())
        + "\n"
        + body(CONTAINERD_V2_RUNTIMES)
    )
    return [
        Artifact(f"containerd-{name}", "containerd-config", v3_name, v3, "toml", "containerd 2.x", source),
        Artifact(
            f"containerd-1.7-{name}",
            "containerd-config",
            f"containerd-1.7-{name}.toml",
            v2,
            "toml",
            "containerd 1.7 (EOL)",
            source,
        ),
    ]


def containerd_gvisor(context: Context, offer: SandboxOffer, variant: SandboxVariant) -> list[Artifact]:
    return _containerd_files(
        context,
        variant.node_handler,
        {"runtime_type": GVISOR_SHIM},
        {},
        word("containerd_gvisor", context.lang),
        CONTAINERD_DOCS,
    )


def containerd_kata(context: Context, offer: SandboxOffer, variant: SandboxVariant) -> list[Artifact]:
    """For nodes where Kata is installed by hand from kata-static (kata-deploy registers its own)."""
    binary, config = kata_static_paths(variant.node_handler)
    return _containerd_files(
        context,
        variant.node_handler,
        {
            # Kata's shim type, its binary by path, and the shipped configuration of this hypervisor
            "runtime_type": "io.containerd.kata.v2",
            "runtime_path": binary,
            "privileged_without_host_devices": True,
        },
        {"ConfigPath": config},
        word("containerd_kata", context.lang, handler=variant.node_handler),
        KATA_INSTALL_SOURCE,
    )


def _crio_file(context: Context, name: str, purpose: str, source: str, lines: list[str], versions: str) -> Artifact:
    text = (
        header(
            context,
            purpose,
            versions,
            source,
            word("crio_where", context.lang),
            word("crio_default_crun", context.lang),
        )
        + "\n"
        + "\n".join(lines)
        + "\n"
    )
    return Artifact(f"crio-{name}", "crio-config", f"crio-{name}.conf", text, "toml", versions, source)


def crio_gvisor(context: Context, offer: SandboxOffer, variant: SandboxVariant) -> Artifact:
    lines = [
        "[crio.runtime]",
        comments(word("crio_selinux_off", context.lang)).rstrip(),
        "selinux = false",
        "",
        f"[crio.runtime.runtimes.{variant.node_handler}]",
        f"runtime_path = {_toml_value(GVISOR_SHIM_BINARY)}",
        'runtime_type = "vm"',
        f"runtime_root = {_toml_value('/run/' + variant.node_handler)}",
        f"runtime_config_path = {_toml_value('/etc/containerd/runsc.toml')}",
        "",
        comments(word("crio_shim_config", context.lang, path="/etc/containerd/runsc.toml")).rstrip(),
        f'#   binary_name = "{RUNSC_BINARY}"',
        "#   grouping = true",
    ]
    return _crio_file(
        context,
        variant.node_handler,
        word("crio_gvisor", context.lang, crio=v.pin(context.data, v.CRIO_FOR_GVISOR)),
        GVISOR_CRIO_SOURCE,
        lines,
        f"CRI-O {v.pin(context.data, v.CRIO_FOR_GVISOR)}+",
    )


def crio_kata(context: Context, offer: SandboxOffer, variant: SandboxVariant) -> Artifact:
    """For CRI-O nodes where Kata is installed by hand from kata-static."""
    binary, config = kata_static_paths(variant.node_handler)
    lines = [
        f"[crio.runtime.runtimes.{variant.node_handler}]",
        f"runtime_path = {_toml_value(binary)}",
        'runtime_type = "vm"',
        'runtime_root = "/run/vc"',
        f"runtime_config_path = {_toml_value(config)}",
        "privileged_without_host_devices = true",
    ]
    source = KATA_INSTALL_SOURCE
    return _crio_file(
        context,
        variant.node_handler,
        word("crio_kata", context.lang, handler=variant.node_handler),
        source,
        lines,
        f"CRI-O {v.oldest_supported_line(context.data, 'cri-o')}+",
    )


def docker_daemon_json(context: Context) -> Artifact:
    """Docker Engine's runtimes for the plan's sandboxes; with untrusted code, the sandbox becomes
    the default so that no `docker run` falls back to runc by omission."""
    runtimes: dict[str, Any] = {}
    default = None
    for workload in context.sandboxed():
        assert workload.variant is not None
        handler = workload.variant.node_handler
        if workload.sandbox == "gvisor":
            runtimes[handler] = {"path": RUNSC_BINARY}
        else:
            # Kata's installation guide for Docker: the runtime-rs shim with QEMU's configuration
            binary, config = kata_static_paths("kata-qemu-runtime-rs")
            runtimes[handler] = {"runtimeType": binary, "options": {"ConfigPath": config}}
        if default is None and workload.answers.get("trust") == "untrusted":
            default = handler
    document: dict[str, Any] = {"runtimes": runtimes}
    if default is not None:
        document["default-runtime"] = default
    source = KATA_INSTALL_SOURCE if "kata" in {w.sandbox for w in context.sandboxed()} else DOCKER_DOCS
    return Artifact(
        "docker-daemon-json",
        "docker-daemon-json",
        "daemon.json",
        json.dumps(document, indent=2) + "\n",
        "json",
        f"Docker Engine {v.docker_major(context.data)}",
        source,
        word("docker_daemon", context.lang),
    )
