"""The subcommands of ``wksbm``; each module registers itself with ``register``."""

from wksbm_desktop.cli.commands import (
    backup,
    check,
    city_key,
    consolidate,
    demo,
    duplicates,
    export,
    feedback,
    import_,
    init,
    merge,
    print_,
    receive,
    restore,
    stats,
    template,
    user,
)

ALL = [
    init, demo, stats, check, backup, restore, export, import_, template, consolidate, print_,
    receive, feedback, city_key, user, duplicates, merge,
]  # fmt: skip
