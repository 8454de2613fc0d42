"""The subcommands of ``wksbm``; each module registers itself with ``register``."""

from wksbm_desktop.cli.commands import check, demo, init, stats

ALL = [init, demo, stats, check]
