"""The subcommands of ``wksbm``; each module registers itself with ``register``."""

from wksbm_desktop.cli.commands import backup, check, demo, init, restore, stats

ALL = [init, demo, stats, check, backup, restore]
