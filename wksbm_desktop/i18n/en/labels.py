"""Field names the record services put into their validation messages, and the CLI's operator."""

MESSAGES = {
    # Shared by groups, members and the office (services/*.py)
    "label.address": "Address",
    "label.notes": "Notes",
    "label.rt": "RT",
    "label.rw": "RW",
    # Groups and their assessments (services/groups.py)
    "label.group_name": "Group name",
    "label.founded_on": "Date founded",
    "label.sk_number": "SK (decree) number",
    "label.sk_date": "SK date",
    "label.sk_issuer": "SK issued by",
    "label.status": "Status",
    "label.assessed_on": "Assessment date",
    "label.level": "Level",
    # Members (services/members.py)
    "label.birth_date": "Date of birth",
    "label.full_name": "Full name",
    "label.birth_place": "Place of birth",
    "label.education": "Education",
    "label.occupation": "Occupation",
    "label.sex": "Sex",
    "label.dtsen_as_of": "DTSEN data date",
    # Memberships (services/memberships.py)
    "label.role": "Role",
    "label.started_on": "Start date",
    "label.ended_on": "End date",
    # Activities (services/activities.py)
    "label.held_on": "Activity date",
    "label.activity": "Activity name",
    "label.location": "Location",
    "label.facilitator": "Facilitator/Speaker",
    "label.amount": "Amount of funding",
    "label.participants": "Number of participants",
    "label.beneficiaries": "Number of beneficiaries",
    "label.outcome": "Outcome",
    # The office (services/office.py)
    "label.office_address": "Office address",
    "label.lurah_name": "Lurah's name",
    "label.operators": "Operator names",
    # Who the change history names for work from the command line without --operator.
    "cli.operator_default": "command line",
    # Placeholders in the command-line help (wksbm --help): what the user types there.
    "cli.metavar.name": "NAME",
    "cli.metavar.command": "COMMAND",
    "cli.metavar.file": "FILE",
    "cli.metavar.folder": "FOLDER",
    "cli.metavar.xlsx": "FILE.xlsx",
    "cli.metavar.city_xlsx": "CITY.xlsx",
    "cli.metavar.code": "CODE",
    "cli.metavar.address": "ADDRESS",
}
