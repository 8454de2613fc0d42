"""Start WKSBM Desktop (the graphical application): ``python main.py [--db PATH]``."""

import sys

from wksbm_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
