"""Build the installer for the OS this runs on, from the one PyInstaller spec.

    python packaging/build.py                # Linux: .deb + .tar.gz; Windows: setup .exe; macOS: .app + .dmg
    python packaging/build.py --bundle-only  # only the PyInstaller onedir
    python packaging/build.py --naive        # a bundle without any pruning (for the size benchmark)

Everything lands in dist/; the work files in build/. Needs the `build` extra (PyInstaller) and,
per OS, dpkg-deb (Linux), Inno Setup's iscc (Windows), hdiutil (macOS).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import gzip
import hashlib
import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build"
DIST = ROOT / "dist"
APP_ID = "io.github.runtime_advisor.RuntimeAdvisor"
SPEC = ROOT / "packaging" / "pyinstaller" / "runtime-advisor.spec"
# Needed at run time but not visible to ldd: Korean glyphs (glibc's version is derived, below)
EXTRA_DEPENDS = ["fonts-noto-cjk"]


def version() -> str:
    """The single version source, gui/_version.py."""
    return re.search(r'__version__ = "([^"]+)"', (ROOT / "gui" / "_version.py").read_text())[1]


def run(*command: str | Path, **kwargs) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], check=True, text=True, **kwargs)


def make_icons(folder: Path) -> Path:
    """PNG icons in the usual sizes (and .ico for Windows) rendered from the SVG with Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    folder.mkdir(parents=True, exist_ok=True)
    renderer = QSvgRenderer(str(ROOT / "resources" / "icons" / "runtime-advisor.svg"))
    for size in (16, 32, 48, 64, 128, 256, 512):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        image.save(str(folder / f"{size}.png"))
    write_ico(folder, folder / "runtime-advisor.ico")
    return folder


ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 256)  # what Explorer, the taskbar and the title bar ask for at 100-250 %


def write_ico(pngs: Path, target: Path) -> None:
    """A Windows icon holding every size, each drawn from the SVG at that size where one was
    rendered (Qt's ICO writer stores a single image, which Windows scales blurrily)."""
    from PIL import Image

    largest = Image.open(pngs / "256.png")
    extra = [Image.open(pngs / f"{size}.png") for size in ICO_SIZES if (pngs / f"{size}.png").exists() and size != 256]
    largest.save(target, format="ICO", sizes=[(size, size) for size in ICO_SIZES], append_images=extra)


def build_bundle(naive: bool = False) -> Path:
    work = BUILD / ("pyinstaller-naive" if naive else "pyinstaller")
    env = {**os.environ, "RUNTIME_ADVISOR_ICONS": str(BUILD / "icons")}
    if naive:
        env["RUNTIME_ADVISOR_NAIVE_BUNDLE"] = "1"
    run(
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--distpath",
        work / "dist",
        "--workpath",
        work / "work",
        SPEC,
        env=env,
    )
    return work / "dist" / "runtime-advisor"


# ------------------------------------------------------------------------------------- Linux


def _elf_files(folder: Path) -> list[Path]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def system_dependencies(bundle: Path) -> list[str]:
    """Debian packages of the system libraries the bundle links (the spec leaves them out)."""
    libraries: set[str] = set()
    missing: set[str] = set()
    env = {
        **os.environ,
        "LD_LIBRARY_PATH": ":".join(
            str(p) for p in {bundle / "_internal", bundle / "_internal" / "PySide6" / "Qt" / "lib"}
        ),
    }
    for elf in _elf_files(bundle):
        output = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, env=env).stdout
        for line in output.splitlines():
            if "not found" in line:
                missing.add(line.split()[0])
            match = re.search(r"=> (/\S+)", line)
            if match and not Path(match[1]).resolve().is_relative_to(bundle.resolve()):
                libraries.add(match[1])
    if missing:
        raise SystemExit(f"libraries not found on this machine: {', '.join(sorted(missing))}")
    packages: set[str] = set()
    for library in sorted(libraries):
        candidates = {library, str(Path(library).resolve())}
        candidates |= {c.replace("/usr/lib/", "/lib/", 1) for c in candidates if c.startswith("/usr/lib/")}
        candidates |= {c.replace("/lib/", "/usr/lib/", 1) for c in candidates if c.startswith("/lib/")}
        owner = subprocess.run(["dpkg", "-S", *candidates], capture_output=True, text=True).stdout
        names = {line.split(":")[0] for line in owner.splitlines() if ":" in line}
        if not names:
            raise SystemExit(f"no Debian package owns {library}")
        packages |= names
    return sorted(packages)


def glibc_floor(bundle: Path) -> str:
    """The newest glibc symbol version any program or library of the bundle needs (readelf's
    version-needs entries): PySide6 alone asks for 2.34, and a Python compiled on a newer system
    for more, so the .deb states what this build really needs (the .rpm gets the same from rpm's
    generator, symbol by symbol)."""
    versions: set[tuple[int, ...]] = set()
    for elf in _elf_files(bundle):
        needs = subprocess.run(
            ["readelf", "--version-info", "--wide", str(elf)], capture_output=True, text=True, check=True
        ).stdout
        versions |= {tuple(int(n) for n in v.split(".")) for v in re.findall(r"Name: GLIBC_(\d+(?:\.\d+)+)", needs)}
    return ".".join(str(n) for n in max(versions))


def tidy_linux_bundle(bundle: Path) -> None:
    """Drop library search paths that point at the build machine (pyenv's lib folder in the
    Python extension modules): they leak a local path and make lintian fail. $ORIGIN paths,
    which PySide6 needs, stay. Libraries lose the executable bit they do not need."""
    programs = {bundle / "runtime-advisor"}
    for elf in _elf_files(bundle):
        rpath = run("patchelf", "--print-rpath", elf, capture_output=True).stdout.strip()
        kept = [p for p in rpath.split(":") if p.startswith("$ORIGIN")]
        if rpath and kept != rpath.split(":"):
            if kept:
                run("patchelf", "--set-rpath", ":".join(kept), elf)
            else:
                run("patchelf", "--remove-rpath", elf)
        if elf not in programs:
            elf.chmod(0o644)


def _write(path: Path, text: str, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)


def stage_linux_tree(bundle: Path, icons: Path, root: Path) -> None:
    """The installed files both Linux packages share: the bundle in /opt, the launcher, the
    desktop entry, metainfo, icons and manual page."""
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "runtime-advisor", symlinks=True)
    linux = ROOT / "packaging" / "linux"
    _write(
        root / "usr" / "bin" / "runtime-advisor",
        "#!/bin/sh\n# Runtime Advisor lives in /opt/runtime-advisor (a self-contained bundle).\n"
        'exec /opt/runtime-advisor/runtime-advisor "$@"\n',
        0o755,
    )
    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(linux / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    metainfo = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    _write(
        share / "metainfo" / f"{APP_ID}.metainfo.xml",
        metainfo.replace("@VERSION@", version()).replace("@DATE@", _dt.date.today().isoformat()),
    )
    hicolor = share / "icons" / "hicolor"
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "runtime-advisor.svg", hicolor / "scalable" / "apps" / f"{APP_ID}.svg")
    for size in (16, 32, 48, 64, 128, 256, 512):
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True)
        shutil.copy(icons / f"{size}.png", target)
    man = share / "man" / "man1"
    man.mkdir(parents=True)
    with gzip.GzipFile(man / "runtime-advisor.1.gz", "wb", mtime=0, compresslevel=9) as handle:
        handle.write((linux / "runtime-advisor.1").read_bytes())
    for path in root.rglob("*"):  # package tools want sane modes whatever the umask was
        if path.is_dir():
            path.chmod(0o755)


def build_deb(bundle: Path, icons: Path) -> Path:
    ver = version()
    arch = run("dpkg", "--print-architecture", capture_output=True).stdout.strip()
    root = BUILD / "deb" / "root"
    stage_linux_tree(bundle, icons, root)
    linux = ROOT / "packaging" / "linux"
    share = root / "usr" / "share"
    doc = share / "doc" / "runtime-advisor"
    doc.mkdir(parents=True)
    shutil.copy(linux / "copyright", doc / "copyright")
    changelog = (
        f"runtime-advisor ({ver}) unstable; urgency=medium\n\n  * Release {ver}.\n\n"
        f" -- Runtime Advisor engineers <runtime-advisor@example.org>  "
        f"{_dt.datetime.now(_dt.timezone.utc).strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
    )
    with gzip.GzipFile(doc / "changelog.gz", "wb", mtime=0, compresslevel=9) as handle:
        handle.write(changelog.encode())
    (root / "usr" / "share" / "lintian" / "overrides").mkdir(parents=True)
    shutil.copy(linux / "lintian-overrides", root / "usr" / "share" / "lintian" / "overrides" / "runtime-advisor")
    depends = sorted(
        (set(system_dependencies(bundle)) - {"libc6"}) | set(EXTRA_DEPENDS) | {f"libc6 (>= {glibc_floor(bundle)})"}
    )
    size_kib = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    _write(
        root / "DEBIAN" / "control",
        "\n".join(
            [
                "Package: runtime-advisor",
                f"Version: {ver}",
                "Section: devel",
                "Priority: optional",
                f"Architecture: {arch}",
                "Maintainer: Runtime Advisor engineers <runtime-advisor@example.org>",
                f"Installed-Size: {size_kib}",
                f"Depends: {', '.join(depends)}",
                "Description: choose a container runtime and know why",
                " A desktop decision wizard for platform and security engineers choosing between",
                " CRI-O, containerd, Docker Engine, gVisor and Kata Containers. It recommends a",
                " runtime with the reasons behind it, the published comparison table's pros and",
                " cons with errata, what changed since, and which answers would change the pick;",
                " it exports PDF, Markdown and JSON, offline, in English and Korean.",
            ]
        )
        + "\n",
    )
    for path in root.rglob("*"):  # dpkg-deb wants sane modes whatever the umask was
        if path.is_dir():
            path.chmod(0o755)
    sums = []
    for path in sorted(p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and "DEBIAN" not in p.parts):
        sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {path.relative_to(root)}")
    _write(root / "DEBIAN" / "md5sums", "\n".join(sums) + "\n")
    DIST.mkdir(exist_ok=True)
    deb = DIST / f"runtime-advisor_{ver}_{arch}.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "--build", root, deb)
    return deb


def bundled_sonames(bundle: Path) -> list[str]:
    """The shared libraries the bundle carries itself (by file name, which is their soname for
    every library PyInstaller collects): the RPM neither requires nor provides them."""
    return sorted({p.name for p in bundle.rglob("*.so*")})  # files and PyInstaller's links to them


def build_rpm(bundle: Path, icons: Path) -> Path:
    """The .rpm for Fedora, RHEL and openSUSE, built by rpmbuild from the same staged tree as the
    .deb; its requirements come from rpm's own ELF dependency generator (see the spec)."""
    ver = version()
    top = BUILD / "rpm"
    shutil.rmtree(top, ignore_errors=True)
    staged = top / "staged"
    stage_linux_tree(bundle, icons, staged)
    for library in staged.rglob("*.so*"):  # RPM's convention, unlike Debian's: libraries are executable
        if library.is_file() and not library.is_symlink():
            library.chmod(0o755)
    licence = staged / "usr" / "share" / "licenses" / "runtime-advisor" / "copyright"
    licence.parent.mkdir(parents=True)
    shutil.copy(ROOT / "packaging" / "linux" / "copyright", licence)
    arch = platform.machine()
    fields = {
        "@VERSION@": ver,
        "@ARCH@": arch,
        "@STAGED@": str(staged),
        "@APP_ID@": APP_ID,
        "@LICENSE@": "%{_datadir}/licenses/runtime-advisor/copyright",
        "@BUNDLED@": "|".join(re.escape(name) for name in bundled_sonames(bundle)),
        "@CHANGELOG_DATE@": _dt.datetime.now(_dt.timezone.utc).strftime("%a %b %d %Y"),
    }
    spec = (ROOT / "packaging" / "linux" / "runtime-advisor.rpm.spec.in").read_text(encoding="utf-8")
    for field, value in fields.items():
        spec = spec.replace(field, value)
    spec_file = top / "runtime-advisor.spec"
    _write(spec_file, spec)
    run(
        "rpmbuild",
        "-bb",
        "--define",
        f"_topdir {top}",
        "--define",
        f"_rpmdir {top / 'out'}",
        "--define",
        "_rpmfilename %%{NAME}-%%{VERSION}-%%{RELEASE}.%%{ARCH}.rpm",
        spec_file,
    )
    DIST.mkdir(exist_ok=True)
    built = top / "out" / f"runtime-advisor-{ver}-1.{arch}.rpm"
    target = DIST / built.name
    shutil.copy(built, target)
    return target


def build_tarball(bundle: Path) -> Path:
    ver = version()
    DIST.mkdir(exist_ok=True)
    target = DIST / f"runtime-advisor-{ver}-linux-{platform.machine()}.tar.gz"
    with tarfile.open(target, "w:gz") as archive:
        archive.add(bundle, arcname=f"runtime-advisor-{ver}")
    return target


# ------------------------------------------------------------------------------ Windows, macOS


def build_windows(bundle: Path) -> Path:
    sys.path.insert(0, str(ROOT / "packaging" / "pyinstaller"))
    from windows_version import numeric_version

    iscc = shutil.which("iscc") or r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe"
    run(
        iscc,
        f"/DAppVersion={version()}",
        f"/DAppNumericVersion={'.'.join(str(n) for n in numeric_version(version()))}",
        f"/DBundleDir={bundle}",
        f"/DIconFile={BUILD / 'icons' / 'runtime-advisor.ico'}",
        f"/O{DIST}",
        ROOT / "packaging" / "windows" / "runtime-advisor.iss",
    )
    return DIST / f"runtime-advisor-{version()}-setup.exe"


def build_macos(bundle: Path) -> Path:
    arch = os.environ.get("RUNTIME_ADVISOR_TARGET_ARCH") or platform.machine()
    app = bundle.parent / "Runtime Advisor.app"
    run("bash", ROOT / "packaging" / "macos" / "make_dmg.sh", app, version(), arch, DIST)
    return sorted(DIST.glob(f"runtime-advisor-{version()}-macos-{arch}*.dmg"))[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--bundle-only", action="store_true", help="only the PyInstaller onedir")
    parser.add_argument("--naive", action="store_true", help="no exclusions (size comparison)")
    args = parser.parse_args()
    icons = make_icons(BUILD / "icons")
    if sys.platform == "darwin":
        run("bash", ROOT / "packaging" / "macos" / "make_icns.sh", icons, BUILD / "icons" / "runtime-advisor.icns")
    bundle = build_bundle(args.naive)
    print(f"bundle: {bundle}")
    if args.bundle_only or args.naive:
        return 0
    if sys.platform.startswith("linux"):
        tidy_linux_bundle(bundle)
        for artifact in (build_deb(bundle, icons), build_rpm(bundle, icons), build_tarball(bundle)):
            print(f"built: {artifact}")
    elif sys.platform == "win32":
        print(f"built: {build_windows(bundle)}")
    elif sys.platform == "darwin":
        print(f"built: {build_macos(bundle)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
