"""Names vulture reports as unused although something it cannot see uses them (test_dead_code).

Never run: vulture only reads it, and a name listed here counts as used everywhere. Each group
says who uses its names; tests/test_dead_code.py fails when an entry is no longer reported
without this file (the code it excused is gone or used again), so the list stays tight.
"""

import importlib

from openpyxl.cell.cell import Cell
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.page import PrintOptions, PrintPageSetup
from openpyxl.worksheet.properties import WorksheetProperties
from openpyxl.worksheet.worksheet import Worksheet

from wksbm_desktop.core import demo_data, domain, storage
from wksbm_desktop.core.domain.nik import NikInfo
from wksbm_desktop.core.queries import aid as aid_queries
from wksbm_desktop.core.queries import attachments as attachment_queries
from wksbm_desktop.core.queries import common as query_common
from wksbm_desktop.core.queries import programme_progress, records
from wksbm_desktop.core.services import (
    attachments,
    ownership,
    rubric,
)
from wksbm_desktop.core.services.merging import MergeResult
from wksbm_desktop.core.storage import server
from wksbm_desktop.excel import consolidate, importing, reading, report, writing
from wksbm_desktop.excel.reading import report_reader
from wksbm_desktop.excel.writing import print_fit
from wksbm_desktop.ui import safety
from wksbm_desktop.ui.excel import import_wizard
from wksbm_desktop.ui.excel.city_board import CityBoard
from wksbm_desktop.ui.excel.city_model import BoardModel
from wksbm_desktop.ui.excel.export_dialog import ExportDialog
from wksbm_desktop.ui.excel.import_check import CheckPage
from wksbm_desktop.ui.excel.mapping_page import MappingPage
from wksbm_desktop.ui.forms.attendance import CheckListFilter, CheckListModel
from wksbm_desktop.ui.forms.base import FormDialog
from wksbm_desktop.ui.forms.rows_model import RowsModel
from wksbm_desktop.ui.forms.widgets import DateEdit
from wksbm_desktop.ui.help import guide, shortcuts
from wksbm_desktop.ui.locale import CatalogueTranslator
from wksbm_desktop.ui.main_window import MainWindow
from wksbm_desktop.ui.models.paged import PagedTableModel
from wksbm_desktop.ui.models.simple import TextTableModel
from wksbm_desktop.ui.operations import OpChanges
from wksbm_desktop.ui.printing.preview import PrintPreview
from wksbm_desktop.ui.programme.attachments_panel import AttachmentsPanel
from wksbm_desktop.ui.safety.startup import StartupOutcome
from wksbm_desktop.ui.tabs.base import ListTab

# Qt calls these overrides of its virtual methods from C++.
BoardModel.headerData
PagedTableModel.headerData
TextTableModel.headerData
RowsModel.headerData
CheckListFilter.filterAcceptsRow
CheckPage.initializePage
CheckPage.cleanupPage
CheckPage.validatePage
MappingPage.initializePage
MappingPage.validatePage
import_wizard.ImportWizard.nextId
import_wizard.SummaryPage.initializePage
CatalogueTranslator.translate
AttachmentsPanel.dragEnterEvent
AttachmentsPanel.dragMoveEvent
AttachmentsPanel.dropEvent

# Python calls these: a module's __getattr__ serves the lazy exports of a package (PEP 562).
demo_data.__getattr__
domain.__getattr__
storage.__getattr__
consolidate.__getattr__
importing.__getattr__
reading.__getattr__
report.__getattr__
writing.__getattr__
safety.__getattr__

# SQLAlchemy reads inherit_cache on a custom clause, and @compiles registers the compilers.
query_common.CaselessLike.inherit_cache
query_common._caseless_like_portable
query_common._caseless_like_sqlite
query_common._caseless_like_postgresql
programme_progress._year_earlier
programme_progress._year_earlier_sqlite

# SQLAlchemy calls session event listeners registered with @event.listens_for.
ownership._check_owner

# Alembic reads these names from every revision script.
revision = importlib.import_module("wksbm_desktop.core.storage.migrations.versions.0001_initial")
revision.down_revision
revision.branch_labels
revision.depends_on
revision.downgrade

# Type checkers read the import (under TYPE_CHECKING, for a string annotation); pytest reads
# __test__ so it does not collect server.test_connection as a test.
records.DataclassInstance
server.test_connection.__test__

# openpyxl writes these attributes of its objects into the workbook's XML.
DataValidation.errorStyle
DataValidation.errorTitle
DataValidation.showErrorMessage
DataValidation.showInputMessage
Cell.data_type
Cell.quotePrefix
Cell.border
Worksheet.print_title_rows
PrintPageSetup.paperSize
PrintPageSetup.fitToWidth
PrintPageSetup.fitToHeight
WorksheetProperties.pageSetUpPr
PrintOptions.horizontalCentered

# Part of what a NIK says about its holder (the record is complete; tests read them).
NikInfo.province_code
NikInfo.district_code

# References that keep a Qt object alive: Qt does not own the printer, nor the calendar popup.
PrintPreview._printer
DateEdit._calendar
# The window holds the notice and duplicate actions, which hold their own windows.
MainWindow.notice_actions
MainWindow.duplicate_actions

# Operations announce what they changed by keyword (OpChanges(nik_reviews=True)).
OpChanges.nik_reviews

# Read by the tests (and bench/gui_probes.py) to observe what the program did or to drive it
# as a user would; the program itself has no need to ask.
CityBoard.reported_count
BoardModel.kelurahan_rows
ExportDialog.choose_quick
import_wizard.SUMMARY_PAGE
FormDialog.cancel_button
guide.TASK_ANCHORS
guide.OTHER_ANCHORS
shortcuts.missing_descriptions
MainWindow.list_tabs
MainWindow.print_actions
ListTab.print_actions
StartupOutcome.may_open
report_reader.read_report
print_fit.printed_font_size

# Part of the merge result issue 18 names: assessments belong to groups, so it is always 0 and
# says so to whoever reads the result (tests read it).
MergeResult.assessments_moved

# Dead, but in ui/forms/, which another branch is rewriting at the same time (issue 15): delete
# CheckListModel.set_all and this entry once that branch has landed.
CheckListModel.set_all

# The programme's services and queries (issue 19, points 1-3; docs/programme.md): the group's
# detail, Ringkasan and the report sheets of the next sessions call them; today the tests and
# the role walk do. Remove each entry as its caller lands.
aid_queries.OverdueReport.report_uuid
aid_queries.overdue_by_kelurahan

# The core of issue 19's evidence (attachments, the level rubric), landed before the screens
# and the report sheets that call it (the next step of issue 19); its own tests use every name.
# Delete these entries as the GUI, the CLI and the report workbook start calling them.
attachment_queries.counts_for_owners
attachments.add_attachment
rubric.suggest
