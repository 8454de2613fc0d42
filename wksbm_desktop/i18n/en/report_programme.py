"""The programme in the report workbook (format 5): import, receiving at the city (issue 19)."""

MESSAGES = {
    "report_programme.assessment": "assessment",
    "evidence.rubric.already_answered": (
        "This assessment already has rubric answers. Answers once recorded are not overwritten."
    ),
    "evidence.rubric.answered_twice": (
        'Criterion "{text}" is answered twice in one assessment. Remove one of the rows.'
    ),
    "excel.entity.aid": "{count} aid records",
    "excel.entity.disbursements": "{count} aid disbursements",
    "excel.entity.aid_reports": "{count} LPJ",
    "excel.entity.indicators": "{count} indicator records",
    "excel.entity.visits": "{count} visits",
    "excel.entity.rubric_answers": "{count} assessments with rubric answers",
    "excel.import.measure_added": (
        'Indicator measure "{label}" ({unit}) for sector {sector} was not in this database '
        "and has been added."
    ),
    "excel.import.every_sector": "every sector",
    "excel.import.indicator_missing": (
        "No indicator record with UUID {uuid} is on the Indikator sheet, so this measure "
        "cannot be saved. Export the report again from the WKSBM application."
    ),
    "excel.import.assessment_missing": (
        "No assessment with UUID {uuid} is on the Penilaian sheet, so these rubric answers "
        "cannot be saved. Export the report again from the WKSBM application."
    ),
    "excel.import.aid_missing": (
        "No aid with UUID {uuid} is on the Bantuan sheet or in this database. Export the "
        "report again from the WKSBM application."
    ),
    "receiving.entity.aid": "aid",
    "receiving.entity.disbursements": "aid disbursements",
    "receiving.entity.aid_reports": "aid LPJ",
    "receiving.entity.indicators": "group indicators",
    "receiving.entity.visits": "visits",
    "receiving.entity.rubric_answers": "rubric answers",
    "receiving.field.proposed_on": "Proposal date",
    "receiving.field.purpose": "Purpose of the aid",
    "receiving.field.decision": "Decision",
    "receiving.field.source": "Source of the aid",
    "receiving.field.amount_requested": "Amount requested",
    "receiving.field.amount_approved": "Amount approved",
    "receiving.field.disbursed_on": "Disbursement date",
    "receiving.field.form": "Form",
    "receiving.field.goods": "Goods",
    "receiving.field.due_on": "LPJ due date",
    "receiving.field.period_kind": "Period kind",
    "receiving.field.period_start": "Period start",
    "receiving.field.visited_on": "Visit date",
    "receiving.field.follow_up_status": "Follow-up status",
    "receiving.field.measure": "Measure",
    "receiving.field.unit": "Unit",
    "receiving.field.criterion_text": "Criterion",
    "receiving.row.missing_aid": (
        "No aid with UUID {uuid} is in this report or in the city database, or it is archived."
    ),
    "receiving.row.missing_indicator": (
        "No indicator record with UUID {uuid} is in this report or in the city database."
    ),
    "receiving.row.missing_assessment": (
        "No assessment with UUID {uuid} is in this report or in the city database."
    ),
    "receiving.row.period_twice": "This group already has another indicator record for the same period.",
    "receiving.row.measure_twice": 'Measure "{measure}" is recorded twice on one indicator record.',
    "receiving.row.negative": "{field} may not be below zero.",
    "receiving.line.measure_added": (
        'Indicator measure "{label}" ({unit}) was added to the city database\'s list of measures.'
    ),
    "receiving.line.absent.aid": (
        "Aid {name} archived: it is no longer in this whole-data report."
    ),
    "receiving.line.absent.disbursements": (
        "Aid disbursement of {name} ({uuid}) archived: it is no longer in this whole-data report."
    ),
    "receiving.line.absent.aid_reports": (
        "Aid LPJ due {name} ({uuid}) archived: it is no longer in this whole-data report."
    ),
    "receiving.line.absent.indicators": (
        "Group indicators of the period starting {name} ({uuid}) archived: they are no longer "
        "in this whole-data report."
    ),
    "receiving.line.absent.visits": (
        "Visit by {name} ({uuid}) archived: it is no longer in this whole-data report."
    ),
    "receiving.row.indicator_values_refused": (
        "{count} measures of indicator record {uuid} refused: the record was refused or is "
        "missing, the value is empty or below zero, or the measure is recorded twice."
    ),
    "receiving.field.active_members": "Active members",
    "receiving.field.cash": "Cash/savings",
    "receiving.field.turnover": "Turnover",
    "receiving.field.assets": "Assets",
    "report_programme.cli.export": (
        "Programme: {aid} aid records ({disbursements} disbursements, {lpj} LPJ), {indicators} "
        "indicator records, {visits} visits."
    ),
}
