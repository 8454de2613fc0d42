"""argparse's usage line and parse errors speak the interface's language, not argparse's English."""

from __future__ import annotations

import argparse
import inspect

from tests.cli.conftest import RunCli
from wksbm_desktop.cli import argparse_texts
from wksbm_desktop.i18n import catalogue


def test_a_mistyped_command_is_explained_in_indonesian(cli: RunCli) -> None:
    result = cli("frob")
    assert result.code == 2
    assert "cara pakai: wksbm" in result.err
    assert "pilihan 'frob' tidak dikenal (pilih salah satu:" in result.err
    assert "usage:" not in result.err and "invalid choice" not in result.err


def test_a_bad_option_value_and_an_unknown_option_are_explained_in_indonesian(cli: RunCli) -> None:
    bad_value = cli("demo", "--members", "banyak")
    assert bad_value.code == 2
    assert "argumen --members: nilai 'banyak' tidak sah" in bad_value.err
    unknown = cli("stats", "--frob")
    assert unknown.code == 2
    assert "argumen tidak dikenal: --frob" in unknown.err


def test_english_keeps_argparse_wording(cli: RunCli) -> None:
    result = cli("--lang", "en", "frob")
    assert "usage: wksbm" in result.err
    assert "invalid choice: 'frob'" in result.err


def test_every_mapped_message_is_one_argparse_really_uses() -> None:
    # A Python upgrade that rewords argparse would silently bring English back: notice it here.
    source = inspect.getsource(argparse)
    for message_id in argparse_texts._KEYS:
        assert repr(message_id)[1:-1] in source or message_id in source, message_id


def test_both_catalogues_keep_argparse_placeholders() -> None:
    for message_id, key in argparse_texts._KEYS.items():
        for language in ("id", "en"):
            text = catalogue(language)[key]
            for placeholder in ("%(value)r", "%(choices)s", "%(prog)s", "%(message)s", "%s", "%r"):
                if placeholder in text:
                    assert placeholder in message_id, (language, key)
            # Positional placeholders are filled from a tuple: the counts must match exactly.
            for placeholder in ("%s", "%r"):
                assert text.count(placeholder) == message_id.count(placeholder), (language, key)
