"""Group networks nest one level: a group with members of its own cannot join another."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from sqlalchemy.orm import Session

from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.services.groups import archive_group, create_group, update_group


def test_a_network_with_groups_under_it_cannot_go_under_another(
    session: Session, make: Any
) -> None:
    network = create_group(session, make.group("WKSBM Poris", type="WKSBM", sector="Sosial"))
    create_group(session, make.group("KUBE Mawar", parent_uuid=network.uuid))
    other = create_group(session, make.group("WKSBM Cipondoh", type="WKSBM", sector="Sosial"))
    data = replace(make.group("WKSBM Poris", type="WKSBM", sector="Sosial"), parent_uuid=other.uuid)
    with pytest.raises(ValidationFailed) as caught:
        update_group(session, network.uuid, data)
    assert "parent_uuid" in caught.value.by_field()
    assert network.parent_id is None


def test_archived_children_do_not_hold_a_network_back(session: Session, make: Any) -> None:
    network = create_group(session, make.group("WKSBM Poris", type="WKSBM", sector="Sosial"))
    child = create_group(session, make.group("KUBE Mawar", parent_uuid=network.uuid))
    archive_group(session, child.uuid)
    other = create_group(session, make.group("WKSBM Cipondoh", type="WKSBM", sector="Sosial"))
    data = replace(make.group("WKSBM Poris", type="WKSBM", sector="Sosial"), parent_uuid=other.uuid)
    assert update_group(session, network.uuid, data).parent_id == other.id
