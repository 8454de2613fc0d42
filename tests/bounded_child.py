"""Run a hostile-file scenario in a child process bounded in time and address space, and measure it.

The child's own peak resident memory (VmHWM) is reported back: ru_maxrss survives exec() on Linux
and would report the forking parent's (pytest's) high-water mark. RLIMIT_AS makes a runaway
allocation fail inside the child instead of taking the machine with it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
ADDRESS_SPACE_MB = 3_072  # virtual memory, far above what the scenarios touch (see peak_mb)

PRELUDE = """
import json, resource, sys, time
def peak_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
def report(**values):
    print(json.dumps({**values, "peak_mb": peak_mb()}, default=str))
"""


def _limit_address_space() -> None:  # pragma: no cover - runs in the child
    import resource

    limit = ADDRESS_SPACE_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run_bounded(code: str, *args: str, timeout: float = 120) -> dict[str, Any]:
    """Run ``PRELUDE + code`` with ``args``; the child ends by calling ``report(...)``.

    Fails the calling test when the child crashes (a Rust abort, a MemoryError) or hangs."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", PRELUDE + code, *args],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout,
        preexec_fn=_limit_address_space if sys.platform != "win32" else None,
    )  # fmt: skip
    assert done.returncode == 0, f"child ended with {done.returncode}: {done.stderr[-2000:]}"
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result
