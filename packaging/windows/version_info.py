"""Windows version information (Explorer's Properties > Details) built from the package version."""

from __future__ import annotations

import re
from pathlib import Path

COMPANY = "Pengembang WKSBM Desktop"
DESCRIPTION = "WKSBM Desktop - pendataan kelompok WKSBM kelurahan"
EXE_NAME = "wksbm-desktop.exe"


def numeric_version(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` / ``1.2.3rc1`` -> (0, 1, 0, 0) / (1, 2, 3, 0): Windows wants four numbers."""
    numbers = [int(part) for part in re.findall(r"\d+", version.split("+")[0])[:3]]
    padded = [*numbers, 0, 0, 0, 0][:4]
    return padded[0], padded[1], padded[2], padded[3]


def version_file_text(version: str) -> str:
    """PyInstaller's version-file text (a ``VSVersionInfo`` expression), loadable with no pefile."""
    numbers = numeric_version(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": DESCRIPTION,
        "FileVersion": version,
        "InternalName": "wksbm-desktop",
        "LegalCopyright": "Lisensi MIT",
        "OriginalFilename": EXE_NAME,
        "ProductName": "WKSBM Desktop",
        "ProductVersion": version,
    }
    structs = ",\n".join(f"          StringStruct({k!r}, {v!r})" for k, v in strings.items())
    # 0x0421 = Indonesian, 1200 (0x04B0) = Unicode code page.
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0,
                    OS=0x40004, fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('042104B0', [
{structs}
      ])
    ]),
    VarFileInfo([VarStruct('Translation', [0x0421, 1200])])
  ]
)
"""


def write_version_file(version: str, path: Path) -> Path:
    """Write the version information as PyInstaller's text format (for ``--version-file``)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(version_file_text(version), encoding="utf-8")
    return path
