"""The programme's records (issue 19): aid, LPJ, group indicators, monitoring visits."""

MESSAGES = {
    # Field labels
    "programme.label.proposed_on": "Proposal date",
    "programme.label.purpose": "Purpose of the aid",
    "programme.label.requested": "Amount requested",
    "programme.label.decision": "Decision",
    "programme.label.decided_on": "Decision date",
    "programme.label.approved": "Amount approved",
    "programme.label.disbursed_on": "Disbursement date",
    "programme.label.disbursed": "Amount/value disbursed",
    "programme.label.form": "Form of disbursement",
    "programme.label.goods": "Description of goods",
    "programme.label.due_on": "LPJ due date",
    "programme.label.submitted_on": "Date the LPJ was submitted",
    "programme.label.lpj_status": "LPJ status",
    "programme.label.period_kind": "Kind of period",
    "programme.label.period_start": "Period",
    "programme.label.cash": "Cash/savings",
    "programme.label.turnover": "Turnover",
    "programme.label.assets": "Assets",
    "programme.label.active_members": "Active members",
    "programme.label.measure": "Measure name",
    "programme.label.unit": "Unit",
    "programme.label.visited_on": "Visit date",
    "programme.label.facilitator": "Facilitator",
    "programme.label.findings": "Findings",
    "programme.label.recommendations": "Recommendations",
    "programme.label.follow_up": "Follow-up",
    "programme.label.follow_up_status": "Follow-up status",
    "programme.entity.measure": "indicator measure",
    # The stored codes, as the screens and reports show them
    "programme.decision.menunggu": "Awaiting decision",
    "programme.decision.disetujui": "Approved",
    "programme.decision.ditolak": "Not approved",
    "programme.form.uang": "Money",
    "programme.form.barang": "Goods",
    "programme.lpj.belum": "Not submitted",
    "programme.lpj.diserahkan": "Submitted",
    "programme.lpj.diterima": "Accepted",
    "programme.lpj.dikembalikan": "Returned for correction",
    "programme.period.bulan": "Monthly",
    "programme.period.triwulan": "Quarterly",
    "programme.follow_up.belum": "Not started",
    "programme.follow_up.proses": "In progress",
    "programme.follow_up.selesai": "Done",
    # The change history
    "safety.audit.entity.aid": "Aid",
    "safety.audit.entity.aid_disbursement": "Aid disbursement",
    "safety.audit.entity.aid_report": "Aid LPJ",
    "safety.audit.entity.indicator": "Group indicators",
    "safety.audit.entity.visit": "Coaching visit",
    "reference.kind.aid_source": "Aid source",
    # Field names in the change history (core/queries/audit.py)
    "safety.field.proposed_on": "Proposal date",
    "safety.field.purpose": "Purpose of the aid",
    "safety.field.amount_requested": "Amount requested",
    "safety.field.decision": "Decision",
    "safety.field.decided_on": "Decision date",
    "safety.field.amount_approved": "Amount approved",
    "safety.field.source_id": "Aid source",
    "safety.field.aid_id": "Aid",
    "safety.field.disbursed_on": "Disbursement date",
    "safety.field.form": "Form of disbursement",
    "safety.field.goods": "Description of goods",
    "safety.field.due_on": "LPJ due date",
    "safety.field.submitted_on": "LPJ submission date",
    "safety.field.remarks": "Remarks",
    "safety.field.period_kind": "Kind of period",
    "safety.field.period_start": "Start of period",
    "safety.field.cash": "Cash/savings",
    "safety.field.turnover": "Turnover",
    "safety.field.assets": "Assets",
    "safety.field.active_members": "Active members",
    "safety.field.visited_on": "Visit date",
    "safety.field.findings": "Findings",
    "safety.field.recommendations": "Recommendations",
    "safety.field.follow_up": "Follow-up",
    "safety.field.follow_up_status": "Follow-up status",
    "safety.field.unit": "Unit",
    "safety.field.active": "Active",
    "safety.field.aid": "Aid",
    "safety.field.indicators": "Group indicators",
    "safety.field.visits": "Visits",
    "safety.field.measure": "Measure: {measure}",
    # Field rules
    "programme.group_required": "Choose a group that is still active (not archived).",
    "programme.amount_too_large": (
        "{label} is too large (at most {max}). Check the number of zeros typed."
    ),
    "programme.count_too_large": "{label} is too large. Check the number.",
    "programme.number_too_large": "{label} is too large. Check the number of zeros typed.",
    # Aid
    "programme.aid.decided_while_pending": (
        "The decision date is filled in only once the aid is decided. Clear the date, or "
        "choose the decision Approved or Not approved."
    ),
    "programme.aid.approved_while_pending": (
        "The amount approved is filled in only when the aid is approved. Clear it (0), or "
        "choose the decision Approved."
    ),
    "programme.aid.decided_before_proposed": "The decision date cannot be before the proposal.",
    "programme.aid.approved_zero": (
        "Approved aid needs an amount approved above zero. For aid in goods, enter their "
        "estimated value."
    ),
    "programme.aid.approved_while_refused": (
        "Aid that was not approved has no amount approved. Clear it (0)."
    ),
    "programme.aid.disbursed_needs_approval": (
        "This aid has been disbursed, so its decision must stay Approved. Archive the "
        "disbursements first if they were a mistake."
    ),
    "programme.aid.approved_below_disbursed": (
        "The amount approved cannot be less than what was already disbursed ({disbursed})."
    ),
    "programme.aid.decided_after_records": (
        "The decision date cannot be after the first disbursement or LPJ submission ({date})."
    ),
    # Disbursements
    "programme.disbursement.aid_not_approved": (
        "Disbursements can be recorded only for aid that is approved and not archived."
    ),
    "programme.disbursement.amount_zero": (
        "The amount disbursed must be above zero. For goods, enter their estimated value."
    ),
    "programme.disbursement.above_approved": (
        "The disbursement exceeds the approved aid: approved {approved}, already disbursed "
        "{disbursed}, left to disburse {left}."
    ),
    "programme.disbursement.before_decision": (
        "The disbursement date cannot be before the aid's decision date ({date})."
    ),
    # LPJ
    "programme.lpj.aid_not_approved": (
        "An LPJ is recorded only for aid that is approved and not archived."
    ),
    "programme.lpj.submitted_while_owed": (
        "An LPJ not yet submitted has no submission date. Clear the date, or set its status "
        "to Submitted."
    ),
    "programme.lpj.due_before_decision": (
        "The LPJ due date cannot be before the aid's decision date ({date})."
    ),
    "programme.lpj.submitted_before_decision": (
        "The LPJ submission date cannot be before the aid's decision date ({date})."
    ),
    # Indicators
    "programme.indicator.nothing_recorded": (
        "Enter at least one figure: cash, turnover, assets, active members or a sector measure."
    ),
    "programme.indicator.period_in_future": (
        "This period has not started yet. Indicators are recorded for a month or quarter "
        "under way or past."
    ),
    "programme.indicator.period_taken": (
        "This group's indicators for {period} already exist. Edit the existing record."
    ),
    "programme.indicator.measure_unknown": (
        'There is no measure "{value}" for the sector {sector}. The choices are: {choices}.'
    ),
    "programme.indicator.measure_twice": "The measure {measure} is given twice; give it once.",
    "programme.measure.exists": 'The measure "{label}" already exists for this sector.',
    # Visits
    "programme.visit.follow_up_missing": (
        "Write down the follow-up before marking it In progress or Done."
    ),
    # Two users at once (core/storage/concurrency.py)
    "programme.conflict.period": (
        "Another user just recorded this group's indicators for the same period. "
        "Reload the group; nothing was saved."
    ),
    # wksbm stats
    "programme.stats.aid": "Aid",
    "programme.stats.lpj_overdue": "Overdue LPJ",
    "programme.stats.visits": "Coaching visits",
    "programme.stats.unvisited": "Unvisited for 6 months",
}
