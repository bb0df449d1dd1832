"""The Linux package, checked as a user gets it: the .deb built by packaging/build.py is
unpacked into a temporary root, and the installed copy is run (CLI, PDF export, the window on
a virtual X screen). Run with `make package-test` (or `pytest -m packaging` after a build)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from gui import __version__
from tests.conftest import REPO, SCENARIOS
from tests.packaging.conftest import APP_ID, clean_env, elf_files, need, newest, passed_checks, smoke_test

pytestmark = pytest.mark.packaging


@pytest.fixture(scope="module")
def deb() -> Path:
    return newest("runtime-advisor_*.deb")


@pytest.fixture(scope="module")
def root(deb: Path, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("installed")
    subprocess.run([need("dpkg-deb"), "-x", str(deb), str(target)], check=True)
    return target


@pytest.fixture(scope="module")
def program(root: Path) -> Path:
    return root / "opt" / "runtime-advisor" / "runtime-advisor"


def test_package_metadata(deb: Path) -> None:
    info = subprocess.run([need("dpkg-deb"), "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {__version__}" in info
    depends = re.search(r"Depends: (.+)", info)[1]
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libfontconfig1", "fonts-noto-cjk"):
        assert package in depends, package


def test_glibc_floor_is_what_the_installed_files_need(deb: Path, root: Path) -> None:
    """Every glibc symbol version a program or library of the package asks for (readelf) is
    within the libc6 version the package depends on, and the newest one is that version."""
    info = subprocess.run([need("dpkg-deb"), "--field", str(deb), "Depends"], capture_output=True, text=True).stdout
    stated = tuple(int(n) for n in re.search(r"libc6 \(>= ([\d.]+)\)", info)[1].split("."))
    needed: set[tuple[int, ...]] = set()
    for path in elf_files(root / "opt" / "runtime-advisor"):
        versions = subprocess.run([need("readelf"), "-V", "-W", str(path)], capture_output=True, text=True).stdout
        needed |= {tuple(int(n) for n in v.split(".")) for v in re.findall(r"Name: GLIBC_([\d.]+)", versions)}
    assert max(needed) == stated >= (2, 34)


def test_layout(root: Path) -> None:
    launcher = root / "usr" / "bin" / "runtime-advisor"
    assert os.access(launcher, os.X_OK) and "/opt/runtime-advisor/runtime-advisor" in launcher.read_text()
    share = root / "usr" / "share"
    assert (share / "applications" / f"{APP_ID}.desktop").is_file()
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / f"{APP_ID}.png").is_file()
    assert (share / "doc" / "runtime-advisor" / "copyright").is_file()
    internal = root / "opt" / "runtime-advisor" / "_internal"
    assert (internal / "gui" / "_data" / "runtimes.yaml").is_file()
    assert (internal / "gui" / "_resources" / "translations" / "runtime_advisor_ko.qm").is_file()
    qt = internal / "PySide6" / "Qt"
    assert not list(qt.glob("lib/libQt6Network*")) and not list(qt.glob("lib/libQt6Qml*"))
    assert not (qt / "plugins" / "tls").exists() and not list(qt.glob("plugins/platforms/libqwayland*"))
    assert sorted(p.name for p in (qt / "translations").iterdir()) == ["qtbase_ko.qm"]


def test_lintian_finds_no_errors(deb: Path) -> None:
    done = subprocess.run([need("lintian"), "--tag-display-limit", "0", str(deb)], capture_output=True, text=True)
    errors = [line for line in done.stdout.splitlines() if line.startswith("E:")]
    assert errors == [], "\n".join(errors)


def test_desktop_file_and_metainfo_validate(root: Path) -> None:
    desktop = root / "usr" / "share" / "applications" / f"{APP_ID}.desktop"
    subprocess.run([need("desktop-file-validate"), str(desktop)], check=True)
    metainfo = root / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    subprocess.run([need("appstreamcli"), "validate", "--no-net", str(metainfo)], check=True)


def test_installed_version_and_cli(program: Path, tmp_path: Path) -> None:
    env = clean_env(tmp_path)
    done = subprocess.run([str(program), "--version"], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == f"runtime-advisor {__version__}"
    done = subprocess.run(
        [str(program), "recommend", "--answers", str(SCENARIOS / "openshift.yaml"), "--format", "json"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    assert '"recommendation": "cri-o"' in done.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("answers: {trust: maybe}\n", encoding="utf-8")
    done = subprocess.run([str(program), "recommend", "--answers", str(bad)], capture_output=True, text=True, env=env)
    assert done.returncode == 2 and done.stderr.startswith(f"{bad}:1:")


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_installed_pdf_export(program: Path, tmp_path: Path, lang: str) -> None:
    from gui.domain.labels import label
    from tests.test_export_pdf import HEADINGS, poppler, squash

    target = tmp_path / f"report-{lang}.pdf"
    subprocess.run(
        [
            str(program),
            "recommend",
            "--answers",
            str(SCENARIOS / "untrusted-web-no-virt.yaml"),
            "--format",
            "pdf",
            "--lang",
            lang,
            "--paper",
            "a4",
            "-o",
            str(target),
        ],
        check=True,
        env=clean_env(tmp_path),
    )
    text = squash(poppler("pdftotext", str(target), "-"))
    assert squash(f"{label('recommendation', lang)}: gVisor") in text
    for key in HEADINGS:
        assert squash(label(key, lang)) in text, key
    pages = int(re.search(r"Pages:\s+(\d+)", poppler("pdfinfo", str(target)))[1])
    assert squash(label("page_of", lang, page=str(pages), pages=str(pages))) in text
    for line in poppler("pdffonts", str(target)).splitlines()[2:]:
        assert line.split()[-5] == "yes", line


def test_installed_window_shows_its_first_page(program: Path, tmp_path: Path, virtual_display: str) -> None:
    display = virtual_display
    env = clean_env(tmp_path, DISPLAY=display, LANG="C.UTF-8")
    app = subprocess.Popen([str(program)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 30
        tree = ""
        while time.monotonic() < deadline and "Runtime Advisor" not in tree:
            time.sleep(0.5)
            assert app.poll() is None, app.stdout.read()
            tree = subprocess.run(
                [need("xwininfo"), "-root", "-tree", "-display", display], capture_output=True, text=True
            ).stdout
        assert "Runtime Advisor" in tree, "the window did not appear"
        time.sleep(1.0)
        shot = REPO / "build" / "installed-first-page.png"
        shot.parent.mkdir(exist_ok=True)
        grab = (
            "import sys\nfrom PySide6.QtGui import QGuiApplication\n"
            "app = QGuiApplication(sys.argv)\n"
            "image = app.primaryScreen().grabWindow(0).toImage()\n"
            f"image.save({str(shot)!r})\n"
            "points = [(x, y) for x in range(0, image.width(), 7) for y in range(0, image.height(), 7)]\n"
            "colours = {image.pixel(x, y) for x, y in points}\n"
            "print(len(colours))\n"
        )
        done = subprocess.run(
            [sys.executable, "-c", grab],
            capture_output=True,
            text=True,
            check=True,
            env={**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"},
        )
        assert int(done.stdout.strip()) > 20, "the screen is blank"
        assert shot.stat().st_size > 10_000
    finally:
        app.terminate()
        app.wait(timeout=10)


def test_release_smoke_test_passes_on_the_installed_copy(program: Path, tmp_path: Path, virtual_display: str) -> None:
    done = smoke_test(program, tmp_path, virtual_display)
    assert done.returncode == 0, done.stdout + done.stderr
    assert passed_checks(done.stdout) == 5, done.stdout
