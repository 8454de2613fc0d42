"""Child-process entry: ``python -m bench.probe NAME JSON`` runs one measurement, prints JSON.

Each measurement runs in a fresh interpreter so that its peak memory (the RSS high-water mark)
and its start-up are its own. The last line of stdout is the JSON result.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.memory import peak_rss_mb  # needs the path above


def _probes() -> dict[str, Any]:
    from bench import duplicates, excel_probes, gui_probes

    return {**gui_probes.PROBES, **excel_probes.PROBES, **duplicates.PROBES}


def main(argv: list[str]) -> int:
    name, arguments = argv[0], json.loads(argv[1]) if len(argv) > 1 else {}
    result = _probes()[name](**arguments)
    result["peak_rss_mb"] = peak_rss_mb()
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
