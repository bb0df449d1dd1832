"""The Windows version resource of both .exe files (Explorer's Details tab, the installer's
upgrade checks, and antivirus heuristics that distrust programs without one), built with
PyInstaller's own structures rather than a hand-kept text file."""

from __future__ import annotations

from typing import Any

# US English, Unicode: the language and code page Windows shows the strings under
LANGUAGE_AND_CODEPAGE = ("040904B0", [0x0409, 1200])


def numeric_version(text: str) -> tuple[int, int, int, int]:
    """'1.2.3' (or '1.2.3rc1', '1.2') as the four numbers a version resource holds."""
    numbers = []
    for part in text.split(".")[:4]:
        digits = ""
        for character in part:
            if not character.isdigit():
                break
            digits += character
        numbers.append(int(digits or 0))
    while len(numbers) < 4:
        numbers.append(0)
    return (numbers[0], numbers[1], numbers[2], numbers[3])


def version_resource(version: str, program: str, description: str) -> Any:
    # PyInstaller's structures import pywin32's modules: only on Windows, where it is built
    from PyInstaller.utils.win32.versioninfo import (
        FixedFileInfo,
        StringFileInfo,
        StringStruct,
        StringTable,
        VarFileInfo,
        VarStruct,
        VSVersionInfo,
    )

    numbers = numeric_version(version)
    strings = [
        StringStruct("CompanyName", "Runtime Advisor engineers"),
        StringStruct("FileDescription", description),
        StringStruct("FileVersion", version),
        StringStruct("InternalName", program),
        StringStruct("LegalCopyright", "2026 Runtime Advisor engineers (MIT); Qt and PySide6 under LGPL-3.0"),
        StringStruct("OriginalFilename", f"{program}.exe"),
        StringStruct("ProductName", "Runtime Advisor"),
        StringStruct("ProductVersion", version),
    ]
    return VSVersionInfo(
        ffi=FixedFileInfo(filevers=numbers, prodvers=numbers),
        kids=[
            StringFileInfo([StringTable(LANGUAGE_AND_CODEPAGE[0], strings)]),
            VarFileInfo([VarStruct("Translation", LANGUAGE_AND_CODEPAGE[1])]),
        ],
    )
