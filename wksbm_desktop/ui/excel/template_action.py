"""Berkas → Unduh template impor: the Excel template with this office's own drop-down lists."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from wksbm_desktop.core.storage.db import Database
from wksbm_desktop.excel.importing.template import write_office_template
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.excel import common
from wksbm_desktop.ui.tasks import TaskContext, run_task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from wksbm_desktop.ui.settings import Settings

TEMPLATE_NAME = "Template-Impor-WKSBM.xlsx"


def download_template(parent: QWidget, database: Database, settings: Settings | None) -> None:
    """Ask where to save the template, write it in the background, offer to show the folder."""
    start = common.start_folder(settings) / TEMPLATE_NAME
    chosen = dialogs_util.get_save_path(
        parent, t("ui_excel.template.save_title"), str(start), common.xlsx_filter()
    )
    if not chosen:
        return
    target = common.with_suffix_xlsx(chosen)
    common.remember_folder(settings, target)

    def work(_ctx: TaskContext) -> Path:
        return write_office_template(database, target)

    def done(path: Path) -> None:
        common.offer_open_folder(parent, t("ui_excel.template.done", name=path.name), path)

    run_task(parent, t("ui_excel.template.title"), work, done)
