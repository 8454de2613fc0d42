"""PyInstaller runtime hook: give a windowed build (no console) harmless stdout and stderr."""

# A windowed Windows build starts with sys.stdout and sys.stderr set to None, so any stray
# print(), warning or library message would raise and could crash the program. The hook runs
# before the application's own code; it must stay self-contained (no imports from the app).
import os
import sys


def install_null_stdio() -> None:
    """Replace a missing sys.stdout / sys.stderr with a writer to the null device."""
    for name in ("stdout", "stderr"):
        if getattr(sys, name, None) is None:
            # A real file (not a Python stub) so fileno() works for faulthandler and subprocess.
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


install_null_stdio()
