"""The Bantuan operations write through the services and announce programme changes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from wksbm_desktop.core.domain.programme_inputs import (
    AidInput,
    AidReportInput,
    DisbursementInput,
)
from wksbm_desktop.core.errors import ValidationFailed
from wksbm_desktop.core.models import Group
from wksbm_desktop.core.queries.aid import aid_detail, group_aid
from wksbm_desktop.core.queries.programme_group import archived_records
from wksbm_desktop.ui.operations import OpChanges, changes
from wksbm_desktop.ui.operations import programme as ops
from wksbm_desktop.ui.tabs.group_tab import GroupTab

TODAY = date(2025, 6, 15)


@pytest.fixture
def group_uuid(main_window) -> str:  # type: ignore[no-untyped-def]
    with main_window.database.read_session() as session:
        found = session.scalar(select(Group.uuid).where(Group.archived_at.is_(None)))
    assert found is not None
    return str(found)


@pytest.fixture
def heard() -> Iterator[list[OpChanges]]:
    """What the operations announce, while the test runs."""
    found: list[OpChanges] = []

    def listen(_database: object, made: OpChanges, _origin: object) -> None:
        found.append(made)

    changes.changed.connect(listen)
    yield found
    changes.changed.disconnect(listen)


def test_each_change_is_announced_as_a_programme_change(main_window, group_uuid, heard) -> None:
    database = main_window.database
    aid_uuid = ops.save_aid(None, database, None, None, AidInput(
        group_uuid, date(2025, 1, 6), "Etalase warung", 2_000_000, "disetujui",
        date(2025, 2, 1), 2_000_000, "Baznas",
    ))  # fmt: skip
    money = ops.save_disbursement(
        None, database, None, None, DisbursementInput(aid_uuid, date(2025, 2, 3), 1_500_000)
    )
    report = ops.save_report(None, database, None, None, AidReportInput(aid_uuid, date(2025, 8, 1)))
    with database.read_session() as session:
        detail = aid_detail(session, aid_uuid, TODAY)
    assert [row.uuid for row in detail.disbursements] == [money]
    assert [row.uuid for row in detail.reports] == [report]
    handed_in = AidReportInput(aid_uuid, date(2025, 8, 1), "diserahkan", date(2025, 6, 1))
    ops.save_report(None, database, report, detail.reports[0].version, handed_in)
    ops.archive_report(None, database, report, detail.reports[0].version + 1)
    ops.archive_disbursement(None, database, money, detail.disbursements[0].version)
    with database.read_session() as session:
        version = next(r.version for r in group_aid(session, group_uuid, TODAY).rows
                       if r.uuid == aid_uuid)  # fmt: skip
    ops.archive_aid(None, database, aid_uuid, version)
    with database.read_session() as session:
        archived = {record.uuid for record in archived_records(session, group_uuid)}
    assert archived == {aid_uuid, money, report}
    ops.restore_aid(None, database, aid_uuid)
    ops.restore_disbursement(None, database, money)
    ops.restore_report(None, database, report)
    with database.read_session() as session:
        assert archived_records(session, group_uuid) == []
        row = next(r for r in group_aid(session, group_uuid, TODAY).rows if r.uuid == aid_uuid)
    assert row.disbursed == 1_500_000 and row.lpj_state == "submitted"
    assert len(heard) == 10 and all(made == OpChanges(programme=True) for made in heard)


def test_a_refusal_is_raised_to_the_form_and_nothing_is_announced(
    main_window, group_uuid, heard
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        ops.save_aid(None, main_window.database, None, None,
                     AidInput(group_uuid, None, "", 0))  # fmt: skip
    assert set(refused.value.by_field()) == {"proposed_on", "purpose"}
    assert heard == []


def test_the_group_list_and_its_detail_follow_programme_changes() -> None:
    assert OpChanges(programme=True).touches(GroupTab.shows)
