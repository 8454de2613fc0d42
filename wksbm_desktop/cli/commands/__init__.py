"""The subcommands of ``wksbm``; each module registers itself with ``register``."""

from wksbm_desktop.cli.commands import (
    backup,
    check,
    consolidate,
    demo,
    export,
    import_,
    init,
    print_,
    restore,
    stats,
    template,
    user,
)

ALL = [
    init,
    demo,
    stats,
    check,
    backup,
    restore,
    export,
    import_,
    template,
    consolidate,
    print_,
    user,
]
