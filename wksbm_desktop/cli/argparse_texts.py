"""argparse's own sentences (usage line, parse errors) read through the app's catalogue."""

from __future__ import annotations

import argparse

from wksbm_desktop.i18n import t

# argparse writes every sentence a user can see through gettext: each English text below is the
# message id it passes to ``_()`` before filling in its %-placeholders. Mapping those ids to our
# keys keeps argparse's own wording and placeholders while the words come from the catalogue.
# Ids argparse only raises for programming mistakes (conflicting options...) stay English.
_KEYS = {
    "usage: ": "cli.argparse.usage",
    "positional arguments": "cli.heading.positionals",
    "options": "cli.heading.options",
    "show this help message and exit": "cli.help.help",
    "%(prog)s: error: %(message)s\n": "cli.argparse.error",
    "argument %(argument_name)s: %(message)s": "cli.argparse.argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "cli.argparse.invalid_choice",
    "the following arguments are required: %s": "cli.argparse.required",
    "unrecognized arguments: %s": "cli.argparse.unrecognized",
    "expected one argument": "cli.argparse.expected_one",
    "expected at least one argument": "cli.argparse.expected_at_least_one",
    "expected at most one argument": "cli.argparse.expected_at_most_one",
    "invalid %(type)s value: %(value)r": "cli.argparse.invalid_value",
    "not allowed with argument %s": "cli.argparse.not_allowed_with",
    "one of the arguments %s is required": "cli.argparse.one_required",
    "ambiguous option: %(option)s could match %(matches)s": "cli.argparse.ambiguous",
    "ignored explicit argument %r": "cli.argparse.ignored_value",
    "can't open '%(filename)s': %(error)s": "cli.argparse.cannot_open",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "cli.argparse.unknown_command",
}


def text_for(message_id: str) -> str:
    """The active language's text for one of argparse's message ids; unknown ids unchanged."""
    key = _KEYS.get(message_id)
    return t(key) if key else message_id


def install() -> None:
    """Route argparse's texts through ``text_for`` from now on, in this process.

    argparse looks its module-level ``_`` up each time it builds a sentence, so replacing it once
    covers every parser, including the sub-command parsers ``add_subparsers`` creates.
    """
    setattr(argparse, "_", text_for)  # noqa: B010 (typeshed does not declare argparse._)
