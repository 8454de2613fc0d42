"""Adding entries to the reference lists: unknown lists, blank labels, hidden entries."""

from __future__ import annotations

import pytest
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.services.reference import add_item, find_item, labels


def test_an_unknown_list_is_refused(session: Session) -> None:
    with pytest.raises(ValidationFailed) as caught:
        add_item(session, "warna", "Merah")
    assert "warna" in caught.value.by_field()["kind"]


@pytest.mark.parametrize("label", ["   ", "X" * 101])
def test_a_blank_or_overlong_label_is_refused(session: Session, label: str) -> None:
    with pytest.raises(ValidationFailed) as caught:
        add_item(session, "sector", label)
    assert "wajib diisi" in caught.value.by_field()["label"]
    assert label.strip() not in labels(session, "sector") or not label.strip()


def test_adding_a_hidden_entry_again_shows_it(session: Session) -> None:
    item = add_item(session, "activity_type", "Senam Lansia")
    item.active = False
    session.flush()
    assert "Senam Lansia" not in labels(session, "activity_type")
    again = add_item(session, "activity_type", "  senam lansia ")
    assert again is item and item.active
    assert find_item(session, "activity_type", "SENAM LANSIA") is item
    assert labels(session, "activity_type").count("Senam Lansia") == 1
