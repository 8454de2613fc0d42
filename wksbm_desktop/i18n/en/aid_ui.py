"""The aid screens (issue 19): the programme window, its aid page and forms, the group
detail's aid tab and its overdue accountability report line."""

MESSAGES = {
    # The window and how it opens
    "aid_ui.window.title": "Aid & monitoring",
    "aid_ui.window.group": "&Group:",
    "aid_ui.window.group_hint": "Type part of a group's name, then choose",
    "aid_ui.window.archived_group": "{name} (archived)",
    "aid_ui.menu.action": "Aid && monitoring…",
    "aid_ui.menu.action_tip": (
        "Aid, disbursements and accountability reports of the group chosen in the Groups tab"
    ),
    "aid_ui.group_tab.button": "Aid && monitoring",
    "aid_ui.group_tab.button_tip": (
        "Open this group's aid, disbursements and accountability reports in their own window"
    ),
    "aid_ui.page.aid": "Aid",
    "aid_ui.detail.money_tab": "Disbursements && reports",
    "aid_ui.detail.attachments_tab": "Attachments ({count})",
    "aid_ui.page.indicators": "Indicators",
    "aid_ui.page.visits": "Visits",
    "aid_ui.readonly.role": ("Read only: your role ({role}) does not record or change data."),
    "aid_ui.readonly.kelurahan": (
        "This group's records belong to Kelurahan {kelurahan} and are read only here. "
        "Changes arrive with the kelurahan's next report."
    ),
    "aid_ui.readonly.archived": (
        "This group is archived: its records are read only. Restore the group in the Groups "
        "tab first to record aid."
    ),
    # The page's buttons
    "aid_ui.action.add": "Propose aid…",
    "aid_ui.action.add_tip": "Record a new aid proposal for this group",
    "aid_ui.action.edit": "Edit / decide…",
    "aid_ui.action.edit_tip": (
        "Change the chosen proposal, or record the decision on it (approved or not)"
    ),
    "aid_ui.action.disburse": "Disburse…",
    "aid_ui.action.disburse_tip": "Record money or goods handed over from the chosen aid",
    "aid_ui.action.disburse_needs_approval": "Only approved aid can be disbursed",
    "aid_ui.action.disburse_all_done": "The whole approved amount has been disbursed",
    "aid_ui.action.report": "Record report…",
    "aid_ui.action.report_tip": (
        "Record an accountability report (LPJ) the group owes for this aid"
    ),
    "aid_ui.action.archive": "Archive",
    "aid_ui.action.archive_tip": (
        "Move aid recorded by mistake to the archive; its disbursements and reports leave the "
        "totals with it"
    ),
    "aid_ui.action.show_archived": "Show archived",
    "aid_ui.action.restore": "Restore",
    "aid_ui.action.restore_tip": "Bring the chosen record back from the archive",
    "aid_ui.action.edit_disbursement": "Edit…",
    "aid_ui.action.edit_disbursement_tip": "Change the chosen disbursement",
    "aid_ui.action.archive_disbursement": "Archive",
    "aid_ui.action.archive_disbursement_tip": "Move a disbursement recorded by mistake to the archive",
    "aid_ui.action.edit_report": "Edit / hand in…",
    "aid_ui.action.edit_report_tip": (
        "Record the hand-in of the chosen report, or the office's verdict on it"
    ),
    "aid_ui.action.archive_report": "Archive",
    "aid_ui.action.archive_report_tip": "Move a report recorded by mistake to the archive",
    "aid_ui.confirm.archive_aid": (
        'Move the aid "{purpose}" to the archive? Its disbursements and reports no longer '
        "count. The aid can be restored."
    ),
    "aid_ui.confirm.archive_disbursement": (
        "Move the disbursement of {amount} to the archive? It can be restored."
    ),
    "aid_ui.confirm.archive_report": (
        "Move the report due on {date} to the archive? It can be restored."
    ),
    # The lists
    "aid_ui.col.proposed_on": "Proposed",
    "aid_ui.col.purpose": "Purpose",
    "aid_ui.col.requested": "Requested",
    "aid_ui.col.decision": "Decision",
    "aid_ui.col.source": "Source",
    "aid_ui.col.approved": "Approved",
    "aid_ui.col.disbursed": "Disbursed",
    "aid_ui.col.remaining": "Remaining",
    "aid_ui.col.lpj": "Report (LPJ)",
    "aid_ui.col.disbursed_on": "Date",
    "aid_ui.col.form": "Form",
    "aid_ui.col.amount": "Amount/value",
    "aid_ui.col.goods": "Goods",
    "aid_ui.col.notes": "Notes",
    "aid_ui.col.due_on": "Due",
    "aid_ui.col.status": "Status",
    "aid_ui.col.submitted_on": "Handed in",
    "aid_ui.col.late": "Lateness",
    "aid_ui.col.remarks": "Remarks",
    "aid_ui.col.kind": "Kind",
    "aid_ui.col.day": "Date",
    "aid_ui.col.detail": "Details",
    "aid_ui.col.archived_at": "Archived",
    "aid_ui.lpj.overdue": "OVERDUE (due {date})",
    "aid_ui.lpj.owed": "Not handed in (due {date})",
    "aid_ui.lpj.submitted": "Handed in, not yet checked",
    "aid_ui.lpj.accepted": "Accepted",
    "aid_ui.lpj.none": "Not recorded",
    "aid_ui.report.late": "{days} days late",
    "aid_ui.totals": (
        "{count} aid · requested {requested} · approved {approved} · disbursed {disbursed} · "
        "remaining {remaining}"
    ),
    "aid_ui.totals_overdue": "{count} aid with an overdue report",
    "aid_ui.empty.no_group": "Choose a group above to see its aid.",
    "aid_ui.empty.no_aid": (
        "This group has no aid recorded. Click Propose aid to record a proposal."
    ),
    "aid_ui.detail.disbursements": "Disbursements",
    "aid_ui.detail.disbursements_of": "Disbursements: {purpose}",
    "aid_ui.detail.reports": "Accountability reports",
    "aid_ui.detail.reports_of": "Accountability reports: {purpose}",
    "aid_ui.archived.banner": (
        "Showing archived aid, disbursements and reports. Choose a row and click Restore to "
        "bring it back."
    ),
    "aid_ui.archived.kind.aid": "Aid",
    "aid_ui.archived.kind.disbursement": "Disbursement",
    "aid_ui.archived.kind.report": "Report",
    # The forms
    "aid_ui.form.aid_new": "Propose aid",
    "aid_ui.form.aid_edit": "Edit aid / record the decision",
    "aid_ui.form.for_group": "Group: {name}",
    "aid_ui.form.purpose_hint": "For example: working capital for goat farming",
    "aid_ui.form.source_none": "(not known yet)",
    "aid_ui.form.source_tip": (
        "Required once the aid is approved. The office can edit the list of sources."
    ),
    "aid_ui.form.disbursement_new": "Disburse aid",
    "aid_ui.form.disbursement_edit": "Edit disbursement",
    "aid_ui.form.room": "Approved {approved}; still to disburse: {left}.",
    "aid_ui.form.goods_hint": "For goods: for example 2 female goats",
    "aid_ui.form.report_new": "Record accountability report",
    "aid_ui.form.report_edit": "Edit accountability report",
    "aid_ui.form.report_hint": (
        "A report not handed in, or returned for correction, is overdue from the day after "
        "its due date."
    ),
    "aid_ui.field.proposed_on": "&Proposed on:",
    "aid_ui.field.purpose": "P&urpose:",
    "aid_ui.field.amount_requested": "Amount &requested:",
    "aid_ui.field.decision": "&Decision:",
    "aid_ui.field.decided_on": "Decided o&n:",
    "aid_ui.field.amount_approved": "Amount &approved:",
    "aid_ui.field.source": "&Source:",
    "aid_ui.field.notes": "Notes",
    "aid_ui.field.disbursed_on": "&Date:",
    "aid_ui.field.form": "&Form:",
    "aid_ui.field.amount": "&Amount/value:",
    "aid_ui.field.goods": "&Goods:",
    "aid_ui.field.due_on": "&Due on:",
    "aid_ui.field.status": "&Status:",
    "aid_ui.field.submitted_on": "&Handed in on:",
    "aid_ui.field.remarks": "Remarks",
    # The group's detail panel
    "shell.detail.field.lpj_overdue": "Attention",
    "aid_ui.detail.open_tip": "Double-click to open this group's Aid & monitoring",
    "aid_ui.detail.tab": "Aid ({count})",
    "aid_ui.detail.tab_overdue": "Aid ({count}) · report overdue",
    "aid_ui.flag.overdue": "Report overdue since its due date {date} ({days} days): {purpose}.",
    "aid_ui.flag.more": "{count} more report(s) overdue too.",
}
