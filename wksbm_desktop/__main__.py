"""``python -m wksbm_desktop``: the command-line shell."""

from wksbm_desktop.cli import run

if __name__ == "__main__":
    run()
