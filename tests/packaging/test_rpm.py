"""The RPM for Fedora and RHEL, checked as the .deb is: unpacked with rpm2cpio into a temporary
root and run from there (CLI, Korean PDF, the window), its requirements compared with what the
bundle's programs and libraries really link, rpmlint clean with each accepted finding explained
in packaging/linux/rpmlint.toml. Run with `make package-test`."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from gui import __version__
from tests.conftest import REPO
from tests.packaging.conftest import APP_ID, clean_env, elf_files, need, newest, passed_checks, smoke_test

pytestmark = pytest.mark.packaging
BUNDLE_PREFIX = "/opt/runtime-advisor/"


@pytest.fixture(scope="module")
def rpm() -> Path:
    return newest("runtime-advisor-*.rpm")


@pytest.fixture(scope="module")
def root(rpm: Path, tmp_path_factory) -> Path:
    target = tmp_path_factory.mktemp("rpm-root")
    archive = subprocess.run([need("rpm2cpio"), str(rpm)], capture_output=True, check=True).stdout
    subprocess.run([need("cpio"), "-idm", "--quiet", "--no-absolute-filenames"], input=archive, cwd=target, check=True)
    return target


@pytest.fixture(scope="module")
def program(root: Path) -> Path:
    return root / "opt" / "runtime-advisor" / "runtime-advisor"


def query(rpm: Path, *options: str) -> list[str]:
    done = subprocess.run([need("rpm"), "-qp", *options, str(rpm)], capture_output=True, text=True, check=True)
    return [line.strip() for line in done.stdout.splitlines() if line.strip()]


def test_name_version_and_architecture(rpm: Path) -> None:
    machine = subprocess.run(["uname", "-m"], capture_output=True, text=True, check=True).stdout.strip()
    assert query(rpm, "--qf", "%{NAME} %{VERSION} %{RELEASE} %{ARCH}\\n") == [
        f"runtime-advisor {__version__} 1 {machine}"
    ]
    assert query(rpm, "--qf", "%{LICENSE}\\n") == ["MIT AND LGPL-3.0-only AND PSF-2.0"]


def _needed_sonames(root: Path) -> tuple[set[str], set[str]]:
    """(every soname the bundle's ELF files link directly, the sonames the bundle carries),
    read with readelf: an oracle independent of rpm's generator."""
    needed: set[str] = set()
    carried: set[str] = set()
    for path in elf_files(root / "opt" / "runtime-advisor"):
        if ".so" in path.name:
            carried.add(path.name)
        dynamic = subprocess.run([need("readelf"), "-d", str(path)], capture_output=True, text=True).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[([^\]]+)\]", dynamic))
    return needed, carried


def test_requirements_are_what_the_bundle_links_from_the_system(rpm: Path, root: Path) -> None:
    requires = query(rpm, "--requires")
    sonames = {re.sub(r"\(.*$", "", line) for line in requires if ".so" in line}
    needed, carried = _needed_sonames(root)
    from_the_system = needed - carried
    # every library linked from the system is required, under the soname other distributions use
    assert from_the_system - {"ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1"} <= sonames
    assert {"libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libfontconfig.so.1", "libEGL.so.1"} <= sonames
    # nothing the bundle carries itself is required (it could never be satisfied by another package)
    assert not sonames & carried, sorted(sonames & carried)
    assert not [s for s in sonames if re.match(r"lib(Qt6|pyside6|shiboken6|python3|icu)", s)]
    # Debian's own soname for bzip2 would be unsatisfiable on Fedora and RHEL (theirs: libbz2.so.1)
    assert "libbz2.so.1.0" not in sonames
    # what no library links: Korean glyphs, as the capability every Korean font package provides
    assert "font(:lang=ko)" in requires and "hicolor-icon-theme" in requires


def test_provides_nothing_of_the_bundle(rpm: Path) -> None:
    provides = query(rpm, "--provides")
    assert not [p for p in provides if ".so" in p], provides
    assert f"runtime-advisor = {__version__}-1" in provides
    assert f"application({APP_ID}.desktop)" in provides


def test_same_installed_files_as_the_deb(rpm: Path) -> None:
    """Files and links (not folders), by path: the two packages install the same program."""
    deb = newest("runtime-advisor_*.deb")
    listed = subprocess.run([need("dpkg-deb"), "-c", str(deb)], capture_output=True, text=True, check=True).stdout
    deb_files = {"/" + line.split()[5].removeprefix("./") for line in listed.splitlines() if line[0] in "-l"}
    rpm_files = {
        line.split(" ", 1)[1] for line in query(rpm, "--qf", "[%{FILEMODES:perms} %{FILENAMES}\\n]") if line[0] in "-l"
    }
    debian_only = {f for f in deb_files if f.startswith(("/usr/share/doc/", "/usr/share/lintian/"))}
    assert rpm_files - deb_files == {"/usr/share/licenses/runtime-advisor/copyright"}
    assert deb_files - rpm_files == debian_only
    assert len({f for f in rpm_files if f.startswith(BUNDLE_PREFIX)}) > 100


def test_rpmlint_is_clean_with_each_accepted_finding_explained(rpm: Path) -> None:
    config = REPO / "packaging" / "linux" / "rpmlint.toml"
    done = subprocess.run([need("rpmlint"), "-c", str(config), str(rpm)], capture_output=True, text=True, timeout=600)
    assert re.search(r"\b0 errors, 0 warnings\b", done.stdout), done.stdout[-3000:]
    # every filter carries a comment saying why (the file is read by people deciding to keep it)
    lines = config.read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines):
        if line.strip().startswith("'"):
            above = [candidate.strip() for candidate in lines[:number] if candidate.strip()]
            assert above and (above[-1].startswith("#") or above[-1].startswith("'")), line


def test_installed_copy_runs(program: Path, tmp_path: Path) -> None:
    done = subprocess.run(
        [str(program), "--version"], capture_output=True, text=True, env=clean_env(tmp_path), check=True
    )
    assert done.stdout.strip() == f"runtime-advisor {__version__}"
    launcher = program.parents[2] / "usr" / "bin" / "runtime-advisor"
    assert launcher.read_text().endswith('exec /opt/runtime-advisor/runtime-advisor "$@"\n')


def test_release_smoke_test_passes_on_the_installed_copy(program: Path, tmp_path: Path, virtual_display: str) -> None:
    # version, validate, Korean questions redirected to a file, a Korean PDF read back, the window
    done = smoke_test(program, tmp_path, virtual_display)
    assert done.returncode == 0, done.stdout + done.stderr
    assert passed_checks(done.stdout) == 5, done.stdout
