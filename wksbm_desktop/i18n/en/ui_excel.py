"""Sentences of the Excel screens: export dialog, import wizard, template download, city board."""

MESSAGES = {
    # Shared
    "ui_excel.action.export": "Export report…",
    "ui_excel.action.import": "Import from Excel…",
    "ui_excel.action.template": "Download import template…",
    "ui_excel.action.city": "City consolidation…",
    "ui_excel.filter_xlsx": "Excel workbook (*.xlsx)",
    "ui_excel.filter_open": "Excel workbook (*.xlsx);;All files (*)",
    "ui_excel.cancel": "Cancel",
    "ui_excel.done_title": "Done",
    "ui_excel.open_folder_question": "Open the folder this file was saved in?",
    # Export dialog
    "ui_excel.export.title": "Export report",
    "ui_excel.export.intro": (
        "The report for Dinas Sosial in one Excel workbook: Rekap (summary), groups, members, "
        "activities and the other data sheets."
    ),
    "ui_excel.export.period": "Report period",
    "ui_excel.export.from": "From",
    "ui_excel.export.to": "to",
    "ui_excel.export.privacy": "Personal data",
    "ui_excel.export.full_nik": "Full NIK and No. KK (not masked)",
    "ui_excel.export.full_nik_warning": (
        "A full NIK is residents' personal data (UU PDP). This export is recorded in the history "
        "with the operator's name. Send the file only to those entitled to it, and protect it with a password."
    ),
    "ui_excel.export.protect": "Protect the file with a password (recommended)",
    "ui_excel.export.password": "Password:",
    "ui_excel.export.password_again": "Repeat password:",
    "ui_excel.export.password_hint": "at least {min} letters or digits",
    "ui_excel.export.password_note": (
        "Write the password down somewhere safe: a lost password cannot be recovered, and the "
        "file can no longer be opened. Pass the password on by another route (for example by "
        "phone), never with the file."
    ),
    "ui_excel.export.go": "Export…",
    "ui_excel.export.period_reversed": "The period's start date falls after its end date. Swap the two dates.",
    "ui_excel.export.password_short": "The password is too short: at least {min} letters or digits.",
    "ui_excel.export.password_mismatch": "The two passwords differ. Type both again.",
    "ui_excel.export.unprotected_question": (
        "A file with full NIKs will be saved WITHOUT a password. Anyone who gets the file "
        "can read residents' NIKs. Continue without a password?"
    ),
    "ui_excel.export.save_title": "Save report as",
    "ui_excel.export.progress": "Writing the report…",
    "ui_excel.export.done": (
        "Report {name} saved: {groups} groups, {members} residents, {activities} activities. "
        "NIK and No. KK are masked."
    ),
    "ui_excel.export.done_full": (
        "Report {name} saved: {groups} groups, {members} residents, {activities} activities. "
        "This file contains full NIKs; the export is recorded in the history."
    ),
    "ui_excel.export.done_encrypted": "The file is password-protected.",
    # Template
    "ui_excel.template.title": "Download import template",
    "ui_excel.template.save_title": "Save import template as",
    "ui_excel.template.done": (
        'Template {name} saved. Fill in the "Data Anggota" sheet, then import it through '
        "File > Import from Excel."
    ),
    # Import wizard
    "ui_excel.import.title": "Import from Excel",
    "ui_excel.wizard.back": "< Back",
    "ui_excel.wizard.next": "Next >",
    "ui_excel.wizard.cancel": "Cancel",
    "ui_excel.wizard.finish": "Finish",
    "ui_excel.wizard.commit": "Import",
    "ui_excel.file.title": "Step 1: choose a file",
    "ui_excel.file.subtitle": "An Excel file (.xlsx) with member data. Nothing is saved at this step.",
    "ui_excel.file.none": "No file chosen yet",
    "ui_excel.file.browse": "Choose file…",
    "ui_excel.file.open_title": "Choose an Excel file to import",
    "ui_excel.file.reading": "Reading the file…",
    "ui_excel.file.cancelled": "Reading the file was cancelled. Choose the file again.",
    "ui_excel.file.kind.report": "Recognised as: a WKSBM report from this application. Its columns are known; the next step checks its contents.",
    "ui_excel.file.kind.template": "Recognised as: the WKSBM import template. Check its columns at the next step.",
    "ui_excel.file.kind.list": "Recognised as: an ordinary office list (not made by this application). At the next step make sure each column is read correctly.",
    "ui_excel.file.hint": (
        "You can import: a WKSBM report from this kelurahan, the import template (File > Download "
        "import template), or an ordinary office list: a member list (NIK and Nama columns), an "
        "activity list (Tanggal, Nama Kegiatan, Kelompok) or an attendance list (No. Kegiatan, NIK/Nama)."
    ),
    "ui_excel.mapping.title": "Step 2: check the columns",
    "ui_excel.mapping.subtitle": 'Make sure each column is read as the right field. For columns not needed choose "(ignore)".',
    "ui_excel.mapping.col_letter": "Column",
    "ui_excel.mapping.col_heading": "Heading in the file",
    "ui_excel.mapping.col_field": "Read as",
    "ui_excel.mapping.ignore": "(ignore)",
    "ui_excel.mapping.where": "Column headings on row {header}; data starts on row {first}.",
    "ui_excel.mapping.include": "Import this sheet",
    "ui_excel.mapping.missing": "Sheet {sheet}: choose which column holds {field}.",
    "ui_excel.mapping.none_included": "No sheet is chosen for import.",
    "ui_excel.mapping.ready": "The required columns of every sheet are chosen. Continue to check the contents.",
    "ui_excel.field.nik": "NIK",
    "ui_excel.field.full_name": "Name",
    "ui_excel.field.sex": "Sex",
    "ui_excel.field.birth_place": "Place of Birth",
    "ui_excel.field.birth_date": "Date of Birth",
    "ui_excel.field.birth_place_date": "Place, Date of Birth",
    "ui_excel.field.address": "Address",
    "ui_excel.field.rt": "RT",
    "ui_excel.field.rw": "RW",
    "ui_excel.field.rt_rw": "RT/RW",
    "ui_excel.field.phone": "Mobile No.",
    "ui_excel.field.kk": "No. KK",
    "ui_excel.field.group": "Group",
    "ui_excel.field.group_type": "Group Type",
    "ui_excel.field.role": "Role",
    "ui_excel.field.education": "Education",
    "ui_excel.field.occupation": "Occupation",
    "ui_excel.field.started_on": "Date Joined",
    "ui_excel.check.title": "Step 3: check",
    "ui_excel.check.subtitle": "The file's contents are checked without saving anything. If there are errors: fix the file, or import only the valid rows.",
    "ui_excel.check.running": "Checking the file…",
    "ui_excel.check.progress": "Checking rows…",
    "ui_excel.check.task": "File check",
    "ui_excel.check.cancelled": "Cancelled. Nothing was saved.",
    "ui_excel.check.ok_hint": "No errors. Click Import to save the data (a database backup is made first).",
    "ui_excel.check.error": "Error",
    "ui_excel.check.notice": "Note",
    "ui_excel.check.col_kind": "Kind",
    "ui_excel.check.col_sheet": "Sheet",
    "ui_excel.check.col_row": "Row",
    "ui_excel.check.col_column": "Column",
    "ui_excel.check.col_message": "Note",
    "ui_excel.check.save_problems": "Save error file…",
    "ui_excel.check.recheck": "Check again",
    "ui_excel.check.save_title": "Save a copy of the file with the list of problems",
    "ui_excel.check.save_task": "Saving the list of problems",
    "ui_excel.check.saved": (
        'Copy {name} saved, with "Import status" and "Import note" columns on '
        "every row. Fix the rows marked ERROR, then import that copy; rows already imported "
        "will not be duplicated."
    ),
    "ui_excel.check.import": "Import",
    "ui_excel.check.import_task": "Data import",
    "ui_excel.check.backing_up": "Backing up the database…",
    "ui_excel.check.importing": "Importing…",
    "ui_excel.summary.title": "Step 4: done",
    "ui_excel.summary.subtitle": "The data is saved; the lists and the dashboard are updated.",
    "ui_excel.summary.notices": "{count} notes:",
    "ui_excel.summary.more": "…and {count} more notes.",
    "ui_excel.summary.backup": "Backup before the import: {name}.",
    "ui_excel.summary.col_kind": "Data",
    "ui_excel.summary.col_added": "Added",
    "ui_excel.summary.col_updated": "Updated",
    "ui_excel.summary.col_same": "Already the same",
    "ui_excel.entity.groups": "Groups",
    "ui_excel.entity.members": "Residents",
    "ui_excel.entity.memberships": "Memberships",
    "ui_excel.entity.activities": "Activities",
    "ui_excel.entity.assessments": "Assessments",
    "ui_excel.entity.attendance": "Attendance",
    # City board
    "ui_excel.board.title": "City consolidation: kelurahan reports",
    "ui_excel.board.intro": (
        "Add the report files sent by the kelurahan (or one folder holding them all). This board "
        "shows who has reported; when one kelurahan sent several reports, the newest is used."
    ),
    "ui_excel.board.add_files": "Add files…",
    "ui_excel.board.add_folder": "Add folder…",
    "ui_excel.board.clear": "Clear the list",
    "ui_excel.board.add_files_title": "Choose kelurahan report files",
    "ui_excel.board.add_folder_title": "Choose a folder of kelurahan reports",
    "ui_excel.board.folder_empty": "There are no .xlsx files in folder {folder}.",
    "ui_excel.board.reading": "Reading reports…",
    "ui_excel.board.summary": "{reported} of {total} kelurahan have reported.",
    "ui_excel.board.summary_problems": "{count} with problems.",
    "ui_excel.board.summary_files": "{count} files read.",
    "ui_excel.board.rejected": "{count} files not used:",
    "ui_excel.board.kecamatan": "Kec. {name}",
    "ui_excel.board.kecamatan_count": "{reported} of {total} reported",
    "ui_excel.board.state.reported": "Reported",
    "ui_excel.board.state.problem": "Problem",
    "ui_excel.board.state.missing": "Not yet reported",
    "ui_excel.board.col.code": "Code",
    "ui_excel.board.col.name": "Kelurahan",
    "ui_excel.board.col.state": "Status",
    "ui_excel.board.col.generated": "Made",
    "ui_excel.board.col.period": "Period",
    "ui_excel.board.col.groups": "Groups",
    "ui_excel.board.col.members": "Residents",
    "ui_excel.board.col.activities": "Activities",
    "ui_excel.board.col.problems": "Problems",
    "ui_excel.board.col.file": "File",
    "ui_excel.board.build": "Make city summary…",
    "ui_excel.board.close": "Close",
    "ui_excel.board.build_title": "Save city summary as",
    "ui_excel.board.build_task": "Making the city summary",
    "ui_excel.board.building": "Merging reports…",
    "ui_excel.board.built": (
        "City summary {name} saved: {reported} of {total} kelurahan reported, "
        "{duplicates} duplicate NIKs, {ignored} files ignored (see the Status laporan sheet)."
    ),
    "ui_excel.board.open_question": "Open the city summary now?",
}
