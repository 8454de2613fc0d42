"""Running one probe in a fresh interpreter, timing its start-up from the outside."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT_S = 3600


class ProbeFailed(RuntimeError):
    pass


def run_probe(name: str, data_dir: Path, **arguments: Any) -> dict[str, Any]:
    """Run ``bench.probe NAME`` in a new process; its JSON result plus ``ready_ms`` if it printed
    READY (milliseconds from starting the process to that line)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "WKSBM_DATA_DIR": str(data_dir)}
    command = [sys.executable, "-m", "bench.probe", name, json.dumps(arguments)]
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    ready_ms = None
    lines = []
    assert process.stdout is not None
    for line in process.stdout:
        if line.strip() == "READY" and ready_ms is None:
            ready_ms = (time.perf_counter() - started) * 1000
        else:
            lines.append(line)
    _, errors = process.communicate(timeout=TIMEOUT_S)
    if process.returncode != 0:
        raise ProbeFailed(f"{name} failed ({process.returncode}):\n{errors[-3000:]}")
    result = json.loads(lines[-1])
    if ready_ms is not None:
        result["ready_ms"] = ready_ms
    return result
