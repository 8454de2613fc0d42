"""The remembered-password file: private from the start, and no line slipped in by a password."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from wksbm_desktop.core.errors import DatabaseProblem
from wksbm_desktop.core.storage import server

URL = "postgresql+psycopg://wksbm_app@server-dinsos:5432/wksbm"


@pytest.fixture(autouse=True)
def own_pgpassfile(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv("PGPASSFILE", raising=False)
    yield


@pytest.mark.parametrize("password", ["rahasia\n*:*:*:postgres:curian", "baris\rdua", "\n"])
def test_a_line_break_in_a_password_is_refused_and_nothing_is_written(password: str):
    with pytest.raises(DatabaseProblem) as caught:
        server.remember_password(URL, password)
    assert "baris baru" in caught.value.message
    assert not server.pgpass_path().exists()


def test_a_line_break_cannot_replace_an_earlier_password_either():
    server.remember_password(URL, "lama")
    before = server.pgpass_path().read_bytes()
    with pytest.raises(DatabaseProblem):
        server.remember_password(URL, "baru\nserver-dinsos:5432:*:postgres:curian")
    assert server.pgpass_path().read_bytes() == before
    assert len(before.splitlines()) == 1


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_the_pgpass_file_is_owner_only_even_when_an_old_one_was_not():
    old = os.umask(0o022)
    try:
        server.remember_password(URL, "pertama")
        path = server.pgpass_path()
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        path.chmod(0o644)  # as an older version could leave it for a moment
        server.remember_password(URL, "ke:dua\\")
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    lines = Path(path).read_text(encoding="utf-8").splitlines()
    assert lines == ["server-dinsos:5432:wksbm:wksbm_app:ke\\:dua\\\\"]
    assert os.environ["PGPASSFILE"] == str(path)
