"""The generated containerd 1.x drop-ins on a real containerd (Debian's, 1.6 here): all of them in
one config.toml, loaded by a running daemon whose CRI plugin comes up with them, and a container
run through ctr with runc, and handed to crun through the runc shim's binary option (crun refuses
a hybrid cgroup layout such as this machine's; the test says which layout it found). gVisor's
containerd shim (containerd-shim-runsc-v1) is not in Debian's runsc package, so a runsc container
cannot run here: the test shows that containerd then refuses it, naming the missing shim, rather
than falling back to runc."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
import tomllib

from tests.artifacts.test_artifacts import artifacts_for, representatives
from tests.daemons.containerd_daemon import busybox_rootfs, containerd_daemon
from tests.daemons.docker_engine import require

SNIPPET_PLANS = (
    ("kubernetes", "gvisor", "runsc"),
    ("kubernetes", "kata", "kata-qemu-runtime-rs"),
    ("kubernetes", "kata", "kata-clh-runtime-rs"),
)


def _config_with_every_snippet(shipped_data, with_runc: bool) -> tuple[str, set[str]]:
    """config.toml (version 2, which containerd 1.6 and 1.7 read) with every generated 1.x snippet;
    `with_runc`: and the runc lines each snippet shows, added once as it says (without their
    comment marks) for a config.toml that has none."""
    snippets, names, runc = [], set(), ""
    for combo in SNIPPET_PLANS:
        for artifact in artifacts_for(shipped_data, representatives()[combo]):
            if artifact.kind == "containerd-config" and "version" not in tomllib.loads(artifact.text):
                snippets.append(artifact.text)
                names.add(artifact.filename)
                runc = "\n".join(line[4:] for line in artifact.text.splitlines() if line.startswith("#   "))
    assert runc.startswith('[plugins."io.containerd.grpc.v1.cri".containerd.runtimes.runc]'), runc
    return "version = 2\n\n" + (runc + "\n\n" if with_runc else "") + "\n".join(snippets), names


def _cri_status(socket: Path) -> str:
    for line in _ctr(socket, "plugins", "ls").stdout.splitlines():
        if line.split()[:2] == ["io.containerd.grpc.v1", "cri"]:
            return line.split()[-1]
    raise AssertionError("containerd lists no CRI plugin")


def _ctr(socket: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["ctr", "--address", str(socket), *args], capture_output=True, text=True, timeout=120)


def _logging_binary(folder: Path, name: str, binary: str) -> Path:
    """`binary`, behind a wrapper that leaves a mark: proof of which OCI runtime ran the container."""
    wrapper = folder / name
    wrapper.write_text(f'#!/bin/sh\necho "$@" >> {folder}/{name}.ran\nexec {binary} "$@"\n', encoding="utf-8")
    wrapper.chmod(0o755)
    return wrapper


@pytest.fixture
def containerd_with_the_snippets(shipped_data, tmp_path: Path):
    require("containerd", "ctr", "runc", "crun")
    config, names = _config_with_every_snippet(shipped_data, with_runc=True)
    assert names == {
        "containerd-1.7-runsc.toml",
        "containerd-1.7-kata-qemu-runtime-rs.toml",
        "containerd-1.7-kata-clh-runtime-rs.toml",
    }
    with containerd_daemon(config) as (socket, folder):
        yield socket, folder


def test_containerd_loads_every_snippet_and_runs_runc_and_crun(containerd_with_the_snippets, tmp_path: Path) -> None:
    socket, folder = containerd_with_the_snippets
    assert _cri_status(socket) == "ok"
    rootfs = busybox_rootfs(tmp_path)
    host = subprocess.run(["uname", "-r"], capture_output=True, text=True, check=True).stdout.strip()
    wrapper = _logging_binary(tmp_path, "runc", shutil.which("runc") or "runc")
    done = _ctr(
        socket, "run", "--rm", "--rootfs", "--runc-binary", str(wrapper), str(rootfs), "try-runc", "/bin/uname", "-r"
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == host, "runc shares the host's kernel"
    assert "create" in (tmp_path / "runc.ran").read_text(), "runc ran the container"
    # crun is handed the container the same way, and refuses this machine's hybrid cgroup layout
    # (v1 controllers beside a cgroup2 mount): the error is crun's own, so crun got the container
    wrapper = _logging_binary(tmp_path, "crun", shutil.which("crun") or "crun")
    done = _ctr(socket, "run", "--rm", "--rootfs", "--runc-binary", str(wrapper), str(rootfs), "try-crun", "/bin/true")
    assert "create" in (tmp_path / "crun.ran").read_text(), "containerd handed the container to crun"
    hybrid = not Path("/sys/fs/cgroup/cgroup.controllers").exists() and Path("/sys/fs/cgroup/unified").is_dir()
    if hybrid:
        assert done.returncode != 0 and "cgroups in hybrid mode not supported" in done.stderr, done.stderr
    else:
        assert done.returncode == 0, done.stderr
    # the control: a binary that is not there fails the run, so the marks above are the runtimes'
    done = _ctr(
        socket, "run", "--rm", "--rootfs", "--runc-binary", "/nonexistent/runc", str(rootfs), "try-none", "/bin/true"
    )
    assert done.returncode != 0


def test_without_runc_among_the_runtimes_the_cri_plugin_does_not_load(shipped_data) -> None:
    # the control for the snippets' runc lines: what a node whose config.toml lacks them would get
    require("containerd", "ctr")
    config, _ = _config_with_every_snippet(shipped_data, with_runc=False)
    with containerd_daemon(config) as (socket, folder):
        assert _cri_status(socket) == "error"
        assert "default_runtime_name" in (folder / "containerd.log").read_text(errors="replace")


def test_a_runsc_container_is_refused_without_its_shim(containerd_with_the_snippets, tmp_path: Path) -> None:
    socket, _ = containerd_with_the_snippets
    rootfs = busybox_rootfs(tmp_path)
    done = _ctr(
        socket, "run", "--rm", "--rootfs", "--runtime", "io.containerd.runsc.v1", str(rootfs), "try-runsc", "/bin/true"
    )
    assert done.returncode != 0
    assert "containerd-shim-runsc-v1" in done.stderr, done.stderr
