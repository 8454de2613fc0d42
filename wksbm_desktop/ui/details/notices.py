"""The "Pemberitahuan dari Dinas Sosial" box of a detail panel: notices about the record shown."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from wksbm_desktop.core.queries.notices import NoticeRow, notices_for
from wksbm_desktop.i18n import t
from wksbm_desktop.ui.notices.events import notice_events
from wksbm_desktop.ui.notices.texts import kind_text, local_text
from wksbm_desktop.ui.operations.notices import mark_notices_read

if TYPE_CHECKING:
    from wksbm_desktop.ui.details.base import DetailPanel


class NoticeBox(QFrame):
    """Hidden when the record has no notice; unread ones first and marked "Baru"."""

    def __init__(self, panel: DetailPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.rows: list[NoticeRow] = []
        self.uuid = ""
        self.setObjectName(f"{panel.objectName()}Notices")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            f"QFrame#{self.objectName()} {{ background: #fff6d5; border: 1px solid #e0c060; }}"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        head = QHBoxLayout()
        title = QLabel(t("city_output.notice.box_title"), self)
        title.setStyleSheet("font-weight: bold; color: #7a5200; border: none;")
        head.addWidget(title, 1)
        self.read_button = QPushButton(t("city_output.notices.mark_read"), self)
        self.read_button.setObjectName(f"{self.objectName()}Read")
        self.read_button.clicked.connect(self.mark_read)
        head.addWidget(self.read_button)
        layout.addLayout(head)
        self.text = QLabel(self)
        self.text.setObjectName(f"{self.objectName()}Text")
        self.text.setWordWrap(True)
        self.text.setStyleSheet("border: none;")
        layout.addWidget(self.text)
        self.setVisible(False)
        notice_events().changed.connect(self._reload)

    def load(self, uuid: str) -> None:
        self.uuid = uuid
        with self.panel.database.read_session() as session:
            self.rows = notices_for(session, uuid)
        lines = [self._line(row) for row in self.rows]
        self.text.setText("<br>".join(lines))
        self.read_button.setVisible(any(row.unread for row in self.rows))
        self.setVisible(bool(self.rows))

    def _line(self, row: NoticeRow) -> str:
        new = f"<b>{html.escape(t('city_output.notice.new'))}</b> " if row.unread else ""
        when = html.escape(local_text(row.sent_at or row.received_at))
        return f"• {new}<i>{html.escape(kind_text(row))}</i> ({when}): {html.escape(row.message)}"

    def mark_read(self) -> None:
        unread = [row.uuid for row in self.rows if row.unread]
        mark_notices_read(self.panel, self.panel.database, unread)

    def _reload(self) -> None:
        if self.uuid and self.panel.is_showing_record and self.panel.isVisible():
            self.load(self.uuid)
