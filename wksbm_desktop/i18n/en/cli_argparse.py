"""argparse's own sentences: the usage line and the errors of a mistyped command."""

MESSAGES = {
    "cli.argparse.usage": "usage: ",
    "cli.argparse.error": "%(prog)s: error: %(message)s\n",
    "cli.argparse.argument": "argument %(argument_name)s: %(message)s",
    "cli.argparse.invalid_choice": "invalid choice: %(value)r (choose from %(choices)s)",
    "cli.argparse.required": "the following arguments are required: %s",
    "cli.argparse.unrecognized": "unrecognized arguments: %s",
    "cli.argparse.expected_one": "expected one argument",
    "cli.argparse.expected_at_least_one": "expected at least one argument",
    "cli.argparse.expected_at_most_one": "expected at most one argument",
    "cli.argparse.invalid_value": "invalid %(type)s value: %(value)r",
    "cli.argparse.not_allowed_with": "not allowed with argument %s",
    "cli.argparse.one_required": "one of the arguments %s is required",
    "cli.argparse.ambiguous": "ambiguous option: %(option)s could match %(matches)s",
    "cli.argparse.ignored_value": "ignored explicit argument %r",
    "cli.argparse.cannot_open": "can't open '%(filename)s': %(error)s",
    "cli.argparse.unknown_command": "unknown parser %(parser_name)r (choices: %(choices)s)",
}
