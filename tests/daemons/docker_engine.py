"""A real Docker Engine for one test: Debian's dockerd with its own state folders and socket (no
system service, no bridge, no iptables rules), stopped by its PID whatever happens, and a local
busybox image built from Debian's static busybox, so nothing is pulled."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import tarfile
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

PACKAGES = "docker.io runsc busybox-static"  # what .ci/run installs for these tests
IMAGE = "busybox:1.37"  # the image the generated scripts run
IMAGE_TOOLS = ("sh", "uname", "cat", "sleep", "head", "echo", "dd", "sync", "true")


def require(*commands: str) -> None:
    """Fail, naming what to install, when this machine lacks a daemon these tests run."""
    missing = [c for c in commands if shutil.which(c) is None]
    assert not missing, f"{', '.join(missing)} not found: install Debian's {PACKAGES} (as .ci/run does)"
    assert os.geteuid() == 0, "dockerd runs as root here: run the tests as root (as .ci/run does)"


def _busybox_tar(folder: Path) -> Path:
    root = folder / "image"
    (root / "bin").mkdir(parents=True)
    shutil.copy2("/bin/busybox", root / "bin" / "busybox")
    for tool in IMAGE_TOOLS:
        (root / "bin" / tool).symlink_to("busybox")
    archive = folder / "busybox.tar"
    with tarfile.open(archive, "w") as tar:
        tar.add(root, arcname=".")
    return archive


def stop_what_remains(folder: Path) -> None:
    """Container shims start in sessions of their own, out of dockerd's reach when it stops: stop
    every process still started from this daemon's folder."""
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes().replace(b"\0", b" ")
        except OSError:
            continue
        if str(folder).encode() in command:
            with suppress(ProcessLookupError):
                os.kill(int(entry.name), signal.SIGKILL)


@contextmanager
def docker_engine(daemon_json: dict[str, Any] | None) -> Iterator[dict[str, str]]:
    """dockerd with `daemon_json` (None: no configuration file at all, Docker's defaults); yields
    the environment that points `docker` at it, with busybox:1.37 loaded."""
    # a short folder of its own: containerd's sockets inside it must fit a socket path's 108 bytes
    folder = Path(tempfile.mkdtemp(prefix="dockerd-", dir="/tmp"))
    socket = folder / "docker.sock"
    command = [
        "dockerd",
        f"--data-root={folder / 'data'}",
        f"--exec-root={folder / 'exec'}",
        f"--pidfile={folder / 'dockerd.pid'}",
        f"--host=unix://{socket}",
        "--bridge=none",
        "--iptables=false",
        "--ip6tables=false",
    ]
    if daemon_json is not None:
        (folder / "daemon.json").write_text(json.dumps(daemon_json), encoding="utf-8")
        command.append(f"--config-file={folder / 'daemon.json'}")
    else:
        command.append(f"--config-file={folder / 'empty.json'}")
        (folder / "empty.json").write_text("{}", encoding="utf-8")
    log = (folder / "dockerd.log").open("wb")
    daemon = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    env = {**os.environ, "DOCKER_HOST": f"unix://{socket}"}
    try:
        deadline = time.monotonic() + 60
        while subprocess.run(["docker", "info"], env=env, capture_output=True).returncode != 0:
            assert daemon.poll() is None, (folder / "dockerd.log").read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "dockerd did not answer within 60 s"
            time.sleep(0.3)
        subprocess.run(["docker", "import", str(_busybox_tar(folder)), IMAGE], env=env, check=True, capture_output=True)
        yield env
    finally:
        # dockerd stops the containerd it started; the whole session goes if it does not
        daemon.terminate()
        try:
            daemon.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(daemon.pid, signal.SIGKILL)
            daemon.wait(timeout=10)
        with suppress(ProcessLookupError):
            os.killpg(daemon.pid, signal.SIGKILL)
        stop_what_remains(folder)
        log.close()
        # the data folder holds overlay mounts only while dockerd runs; then it can go
        subprocess.run(["umount", "-R", str(folder / "exec")], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
