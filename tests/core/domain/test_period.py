"""One definition of the period figures (core/domain/period.py): the dashboard and the Rekap."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from wksbm_desktop.core.domain.period import Period, is_active_on, level_change
from wksbm_desktop.core.queries import dashboard
from wksbm_desktop.core.services.groups import add_assessment, create_group
from wksbm_desktop.excel.report import rekap_data

START, END = date(2025, 1, 1), date(2025, 12, 31)


def test_level_change_within_the_period() -> None:
    history = [(date(2024, 5, 1), "maju"), (date(2025, 3, 1), "berkembang")]
    assert level_change(history, START) is None  # went down
    history = [(date(2025, 2, 1), "tumbuh"), (date(2025, 9, 1), "berkembang")]
    change = level_change(history, START)  # first assessed within the period: it counts
    assert change is not None and (change.before, change.after) == ("tumbuh", "berkembang")
    history = [(date(2024, 2, 1), "tumbuh"), (date(2024, 9, 1), "maju")]
    assert level_change(history, START) is None  # rose before the period
    change = level_change(history, None)  # no start: since the first assessment
    assert change is not None and change.assessed_on == date(2024, 9, 1)


def test_a_membership_is_active_on_its_first_and_last_day() -> None:
    day = date(2025, 6, 30)
    assert is_active_on(day, None, day) and is_active_on(date(2020, 1, 1), day, day)
    assert not is_active_on(date(2025, 7, 1), None, day)
    assert not is_active_on(date(2020, 1, 1), date(2025, 6, 29), day)
    assert Period(START, END).figure_date(date(2026, 5, 1)) == END
    assert Period(START, None).figure_date(date(2026, 5, 1)) == date(2026, 5, 1)


def test_dashboard_counts_naik_kelas_as_the_rekap_does(session: Session, make) -> None:
    first_this_year = create_group(session, make.group("KUBE Baru"))
    add_assessment(session, first_this_year.uuid, date(2025, 2, 1), "tumbuh")
    add_assessment(session, first_this_year.uuid, date(2025, 8, 1), "berkembang")
    older = create_group(session, make.group("KUBE Lama"))
    add_assessment(session, older.uuid, date(2024, 2, 1), "tumbuh")
    add_assessment(session, older.uuid, date(2025, 8, 1), "maju")
    session.flush()
    rekap = rekap_data.collect(session, Period(START, END), date(2026, 1, 5))
    assert len(rekap.moved_up) == 2
    assert dashboard.groups_moved_up(session, 2025) == 2  # the old rule saw only "KUBE Lama"
