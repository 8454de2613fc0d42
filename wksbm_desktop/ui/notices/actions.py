"""The notice and feedback actions of the main window: installed once by ``install``.

Dinas Sosial menu (city): Tulis umpan balik untuk kelurahan… (``writeFeedbackAction``).
Berkas (kelurahan): Baca umpan balik Dinas Sosial… (``readFeedbackAction``); Data: Pemberitahuan
Dinas Sosial… (``noticesAction``, with the unread count); the status bar names unread notices.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QLabel

from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util
from wksbm_desktop.ui.excel import common
from wksbm_desktop.ui.notices.events import notice_events

if TYPE_CHECKING:
    from wksbm_desktop.excel.feedback.read import FeedbackRead
    from wksbm_desktop.excel.feedback.write import FeedbackWritten
    from wksbm_desktop.ui.main_window import MainWindow
    from wksbm_desktop.ui.tasks import TaskContext


class NoticeActions(QObject):
    """A child of the window: its connection to the notice events ends with the window."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.write = self._action(
            "writeFeedbackAction", "city_output.action.write", self.write_feedback
        )
        self.read = self._action(
            "readFeedbackAction", "city_output.action.read", self.read_feedback
        )
        self.notices = self._action(
            "noticesAction", "city_output.action.notices", self.show_notices
        )
        # With the board and the receiving, before the server settings' separator.
        separators = [action for action in window.city_menu.actions() if action.isSeparator()]
        if separators:
            window.city_menu.insertAction(separators[0], self.write)
        else:
            window.city_menu.addAction(self.write)
        window.add_file_action(self.read, "excel")
        window.data_menu.addSeparator()
        window.data_menu.addAction(self.notices)
        self.status = QLabel(window)
        self.status.setObjectName("statusNotices")
        self.status.linkActivated.connect(lambda _link: self.show_notices())
        self.status.setVisible(False)
        window.statusBar().addPermanentWidget(self.status)
        self.kelurahan = False
        window.opened.connect(self.refresh)
        notice_events().changed.connect(self._on_notices_changed)

    def _action(self, name: str, key: str, slot: object) -> QAction:
        action = QAction(t(key), self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        return action

    def _on_notices_changed(self) -> None:
        if self.window.isVisible():  # a closed window's database may be gone
            self.refresh()

    def refresh(self) -> None:
        """Kelurahan actions on a kelurahan installation only; the unread count everywhere."""
        from wksbm_desktop.core.queries.notices import unread_count
        from wksbm_desktop.core.services.city import is_city
        from wksbm_desktop.core.services.office import get_office

        with self.window.database.read_session() as session:
            office = get_office(session)
            self.kelurahan = office is not None and not is_city(session)
            unread = unread_count(session) if self.kelurahan else 0
        self.read.setVisible(self.kelurahan)
        self.notices.setVisible(self.kelurahan)
        key = "city_output.action.notices_unread" if unread else "city_output.action.notices"
        self.notices.setText(t(key, count=unread))
        link = t("city_output.status.unread", count=unread)
        self.status.setText(f'<a href="notices">{link}</a>')
        self.status.setVisible(unread > 0)

    def show_notices(self) -> None:
        from wksbm_desktop.ui.notices.view import open_notices

        open_notices(self.window, self.window.database)

    # Kelurahan: reading a feedback file
    def read_feedback(self) -> None:
        from wksbm_desktop.excel.feedback.read import import_feedback
        from wksbm_desktop.ui.tasks import run_task

        start = str(common.start_folder(self.window.settings))
        chosen = dialogs_util.get_open_path(
            self.window, t("city_output.read.title"), start, common.xlsx_filter()
        )
        if not chosen:
            return
        common.remember_folder(self.window.settings, chosen)
        database = self.window.database

        def work(_ctx: TaskContext) -> FeedbackRead:
            return import_feedback(database, chosen)

        run_task(self.window, t("city_output.read.working"), work, self._read_done)

    def _read_done(self, result: FeedbackRead) -> None:
        notice_events().changed.emit()
        self.window.data_changed.emit()  # committed: the backup policy notes it
        text = t("city_output.read.done", added=result.added, known=result.known)
        if result.added:
            dialogs_util.show_info(self.window, text, t("city_output.read.title"))
            self.show_notices()
        else:
            dialogs_util.show_info(self.window, text, t("city_output.read.title"))

    # City: writing one
    def write_feedback(self) -> None:
        from wksbm_desktop.ui.notices.write_dialog import WriteFeedbackDialog, default_name

        dialog = WriteFeedbackDialog(self.window.database, self.window)
        if run_dialog(dialog) != QDialog.DialogCode.Accepted:
            return
        code, note = dialog.values()
        start = common.start_folder(self.window.settings) / default_name(code)
        chosen = dialogs_util.get_save_path(
            self.window, t("city_output.write.save_title"), str(start), common.xlsx_filter()
        )
        if not chosen:
            return
        target = common.with_suffix_xlsx(chosen)
        common.remember_folder(self.window.settings, target)
        self._write(code, note, target)

    def _write(self, code: str, note: str, target: object) -> None:
        from wksbm_desktop.excel.feedback.write import write_feedback
        from wksbm_desktop.ui.tasks import run_task

        database = self.window.database

        def work(_ctx: TaskContext) -> FeedbackWritten:
            return write_feedback(database, code, str(target), note)

        run_task(self.window, t("city_output.write.working"), work, self._written)

    def _written(self, written: FeedbackWritten) -> None:
        from wksbm_desktop.core.queries.feedback import NIK_GANDA, NOTE, REFUSED

        self.window.data_changed.emit()  # an audit entry was committed
        text = t("city_output.write.done", name=written.kelurahan.name, file=written.path.name,
                 nik=written.count(NIK_GANDA), refused=written.count(REFUSED),
                 notes=written.count(NOTE))  # fmt: skip
        common.offer_open_folder(self.window, text, written.path)


def run_dialog(dialog: QDialog) -> int:
    """The modal run of the write dialog (tests replace it)."""
    return dialog.exec()


def install_notice_actions(window: MainWindow) -> NoticeActions:
    return NoticeActions(window)
