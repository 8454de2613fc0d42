"""Peak resident memory of the current process, as the benchmarks report it."""

from __future__ import annotations

import sys
from pathlib import Path


def peak_rss_mb() -> float:
    """This process's RSS high-water mark in MB.

    Linux keeps ``ru_maxrss`` across fork and exec, so a child would inherit the runner's peak;
    VmHWM belongs to the process image and starts afresh at exec. Elsewhere ``ru_maxrss``;
    0.0 where neither exists (Windows).
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)
