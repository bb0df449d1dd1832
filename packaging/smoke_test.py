"""Smoke test of an installed or frozen Runtime Advisor, the same on Linux, Windows and macOS.

    python packaging/smoke_test.py --program PATH [--window-program PATH] [--arch ARCH] [--work DIR]

--program is the command-line program (Windows: runtime-advisor-cli.exe; elsewhere the one
program); --window-program the windowed one when it is another file (Windows: runtime-advisor.exe).
The release workflow runs this on every OS after the build (docs/building-and-releasing.md, "Releasing"); on Linux
`make package-test` runs it on the unpacked .deb and .rpm. Each check prints one line; the exit
code is 1 when any failed. Needs the `build` extra (pypdf reads the PDF back).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import yaml  # noqa: E402

from gui._version import __version__  # noqa: E402
from gui.domain.labels import label  # noqa: E402

VERSION = __version__
ANSWERS = ROOT / "tests" / "scenarios" / "untrusted-web-no-virt.yaml"  # the plan: gVisor
SMOKE_REPORT = "RUNTIME_ADVISOR_SMOKE_REPORT"  # gui/app.py


class Checks:
    def __init__(self) -> None:
        self.failed: list[str] = []

    def run(self, name: str, check: Callable[[], str]) -> None:
        try:
            detail = check()
        except Exception as error:  # every check reports; the run goes on to the next
            self.failed.append(name)
            print(f"FAIL {name}: {error}", flush=True)
        else:
            print(f"ok   {name}: {detail}", flush=True)


def _run(command: list[str], **kwargs) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, capture_output=True, text=True, encoding="utf-8", timeout=120, **kwargs)


def _expect(condition: bool, message: str) -> None:
    if not condition:
        raise AssertionError(message)


def check_version(program: Path) -> str:
    done = _run([str(program), "--version"])
    _expect(done.returncode == 0, f"exit {done.returncode}: {done.stderr.strip()}")
    _expect(done.stdout.strip() == f"runtime-advisor {VERSION}", f"printed {done.stdout.strip()!r}")
    return done.stdout.strip()


def check_validate(program: Path) -> str:
    done = _run([str(program), "validate"])
    _expect(done.returncode == 0, f"exit {done.returncode}: {(done.stderr or done.stdout).strip()[:500]}")
    return "the shipped data is valid"


def check_korean_redirected(program: Path, work: Path) -> str:
    """`questions --lang ko > file`: standard output is a file, as a shell redirection makes it."""
    target = work / "questions-ko.txt"
    with target.open("wb") as handle:
        done = subprocess.run(
            [str(program), "questions", "--lang", "ko"], stdout=handle, stderr=subprocess.PIPE, timeout=120
        )
    _expect(done.returncode == 0, f"exit {done.returncode}: {done.stderr.decode(errors='replace').strip()}")
    text = target.read_bytes().decode("utf-8")  # strict: the file must be UTF-8
    questions = yaml.safe_load((ROOT / "data" / "questions.yaml").read_text(encoding="utf-8"))["questions"]
    missing = [q["id"] for q in questions if q["title"]["ko"] not in text]
    _expect(not missing, f"Korean titles missing for {missing}")
    return f"{len(questions)} Korean question titles in a UTF-8 file"


def check_korean_pdf(program: Path, work: Path) -> str:
    from pypdf import PdfReader

    target = work / "report-ko.pdf"
    done = _run(
        [str(program), "recommend", "--answers", str(ANSWERS), "--format", "pdf", "--lang", "ko", "-o", str(target)]
    )
    _expect(done.returncode == 0, f"exit {done.returncode}: {done.stderr.strip()}")
    reader = PdfReader(str(target))
    text = re.sub(r"\s+", "", "".join(page.extract_text() or "" for page in reader.pages))
    for expected in (f"{label('recommendation', 'ko')}:gVisor", label("title", "ko"), label("node_runtime", "ko")):
        _expect(re.sub(r"\s+", "", expected) in text, f"{expected!r} not in the PDF's text")
    fonts = set()
    for page in reader.pages:
        for font in (page.get("/Resources") or {}).get("/Font", {}).values():
            fonts.add(str(font.get_object().get("/BaseFont", "?")))
    return f"{len(reader.pages)} pages, Korean text readable, fonts {sorted(fonts)}"


def check_window(program: Path, work: Path) -> str:
    """Start the window, let it show its first page, and have it report and quit (gui/app.py)."""
    report = work / "window.json"
    report.unlink(missing_ok=True)
    started = time.monotonic()
    done = _run([str(program)], env={**os.environ, SMOKE_REPORT: str(report)})
    _expect(done.returncode == 0, f"exit {done.returncode}: {(done.stderr or done.stdout).strip()[-800:]}")
    _expect(report.is_file(), "the window quit without reporting its first page")
    shown = json.loads(report.read_text(encoding="utf-8"))
    _expect(shown["visible"] and shown["title"] == "Runtime Advisor", f"window: {shown}")
    _expect(len(shown["texts"]) >= 3, f"the first page shows almost nothing: {shown['texts']}")
    return f"shown on '{shown['platform']}' at {shown['width']}x{shown['height']} in {time.monotonic() - started:.1f} s"


def check_windowed_program_output(program: Path, work: Path) -> str:
    """Windows: the windowed program's output redirected to a file arrives there."""
    target = work / "windowed-version.txt"
    with target.open("wb") as handle:
        done = subprocess.run([str(program), "--version"], stdout=handle, stderr=subprocess.STDOUT, timeout=120)
    written = target.read_bytes().decode("utf-8").strip()
    _expect(
        done.returncode == 0 and written == f"runtime-advisor {VERSION}", f"exit {done.returncode}, wrote {written!r}"
    )
    return written


def check_windows_version_resource(program: Path) -> str:
    done = _run(["powershell", "-NoProfile", "-Command", f"(Get-Item '{program}').VersionInfo.ProductVersion"])
    _expect(done.stdout.strip() == VERSION, f"ProductVersion {done.stdout.strip()!r}")
    return f"ProductVersion {VERSION}"


def check_macos_bundle(program: Path, arch: str | None) -> str:
    app = program.parents[2]
    plist = app / "Contents" / "Info.plist"
    minimum = _run(["plutil", "-extract", "LSMinimumSystemVersion", "raw", str(plist)]).stdout.strip()
    _expect(minimum == "13.0", f"LSMinimumSystemVersion {minimum!r}")
    archs = _run(["lipo", "-archs", str(program)]).stdout.split()
    _expect(arch is None or archs == [arch], f"architectures {archs}, wanted {arch}")
    return f"macOS {minimum}+, {' '.join(archs)}"


def check_macos_signature(program: Path) -> str:
    app = program.parents[2]
    done = _run(["codesign", "--verify", "--strict", "--deep", "--verbose=2", str(app)])
    _expect(done.returncode == 0, done.stderr.strip())
    details = _run(["codesign", "--display", "--verbose=4", str(app)]).stderr
    _expect("(runtime)" in details, "not signed with the hardened runtime")
    assessed = _run(["spctl", "--assess", "--type", "execute", "--verbose", str(app)])
    _expect(assessed.returncode == 0, f"Gatekeeper: {assessed.stderr.strip()}")
    return "signed, hardened runtime, accepted by Gatekeeper"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--program", type=Path, required=True)
    parser.add_argument("--window-program", type=Path)
    parser.add_argument("--arch", help="macOS: the one architecture the program must be built for")
    parser.add_argument("--signed", action="store_true", help="macOS: the app must be signed and notarized")
    parser.add_argument("--work", type=Path, help="folder for the files the checks write (default: a temporary one)")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="smoke-"))
    work.mkdir(parents=True, exist_ok=True)
    program = args.program.resolve()
    window_program = (args.window_program or args.program).resolve()
    checks = Checks()
    checks.run("version", lambda: check_version(program))
    checks.run("validate", lambda: check_validate(program))
    checks.run("questions --lang ko > file", lambda: check_korean_redirected(program, work))
    checks.run("Korean PDF", lambda: check_korean_pdf(program, work))
    checks.run("window", lambda: check_window(window_program, work))
    if sys.platform == "win32":
        checks.run("windowed program, redirected", lambda: check_windowed_program_output(window_program, work))
        checks.run("version resource", lambda: check_windows_version_resource(program))
    if sys.platform == "darwin":
        checks.run("app bundle", lambda: check_macos_bundle(program, args.arch))
        if args.signed:
            checks.run("signature", lambda: check_macos_signature(program))
    print(f"{'FAILED: ' + ', '.join(checks.failed) if checks.failed else 'all checks passed'} (files in {work})")
    return 1 if checks.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
