"""A real containerd for one test: Debian's containerd with its own configuration, state folders
and socket (no system service), stopped by its PID with every shim it started."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from tests.daemons.docker_engine import IMAGE_TOOLS, stop_what_remains


def busybox_rootfs(folder: Path) -> Path:
    """A root file system with Debian's static busybox: enough for `ctr run --rootfs`."""
    root = folder / "rootfs"
    for sub in ("bin", "proc", "sys", "dev", "tmp", "etc"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    shutil.copy2("/bin/busybox", root / "bin" / "busybox")
    for tool in IMAGE_TOOLS:
        (root / "bin" / tool).symlink_to("busybox")
    return root


@contextmanager
def containerd_daemon(config_text: str) -> Iterator[tuple[Path, Path]]:
    """containerd with `config_text` as its config.toml; yields (its socket, its folder)."""
    folder = Path(tempfile.mkdtemp(prefix="containerd-", dir="/tmp"))  # socket paths stay short
    config = folder / "config.toml"
    config.write_text(config_text, encoding="utf-8")
    socket = folder / "containerd.sock"
    command = [
        "containerd",
        f"--config={config}",
        f"--address={socket}",
        f"--root={folder / 'root'}",
        f"--state={folder / 'state'}",
    ]
    log = (folder / "containerd.log").open("wb")
    daemon = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 60
        while subprocess.run(["ctr", "--address", str(socket), "version"], capture_output=True).returncode != 0:
            assert daemon.poll() is None, (folder / "containerd.log").read_text(errors="replace")[-3000:]
            assert time.monotonic() < deadline, "containerd did not answer within 60 s"
            time.sleep(0.2)
        yield socket, folder
    finally:
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
        subprocess.run(["umount", "-R", str(folder / "state")], capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)
