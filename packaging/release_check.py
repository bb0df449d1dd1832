"""The release workflow's first step: a tag must name the version in gui/_version.py.

    python packaging/release_check.py REF_TYPE REF_NAME   # GitHub's github.ref_type, github.ref_name

Prints `version=X.Y.Z` (for $GITHUB_OUTPUT); exits 1 with a message when a tag does not match,
so no installer is built under a name that disagrees with what the program says it is.
"""

from __future__ import annotations

import sys
from pathlib import Path

# gui/_version.py, the single version source, imports nothing: a bare python3 can read it
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from gui._version import __version__  # noqa: E402


def problem_with(ref_type: str, ref_name: str, version: str) -> str | None:
    if ref_type != "tag":
        return None  # a manual run builds whatever the branch says
    if ref_name != f"v{version}":
        return (
            f"the tag {ref_name!r} does not match gui/_version.py ({version!r}): "
            f"tag v{version}, or change the version first"
        )
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    version = __version__
    problem = problem_with(argv[0], argv[1], version)
    if problem:
        print(f"release_check: {problem}", file=sys.stderr)
        return 1
    print(f"version={version}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
