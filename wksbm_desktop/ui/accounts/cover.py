"""A plain panel over a window's content while nobody is signed in or the screen is locked:
the content and any open form stay exactly as they were underneath."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from wksbm_desktop.i18n import t


class Cover(QWidget):
    """Fills its parent and follows its size; deleting it uncovers the parent."""

    def __init__(self, parent: QWidget, text_key: str = "accounts.ui.cover") -> None:
        super().__init__(parent)
        self.setObjectName("accountCover")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet("#accountCover { background: palette(window); }")
        layout = QVBoxLayout(self)
        label = QLabel(t(text_key), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        parent.installEventFilter(self)
        self.setGeometry(parent.rect())
        self.raise_()
        self.show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        parent = self.parentWidget()
        if event.type() == QEvent.Type.Resize and parent is not None:
            self.setGeometry(parent.rect())
            self.raise_()
        return False


def cover_all(windows: list[QWidget], text_key: str) -> list[Cover]:
    return [Cover(window, text_key) for window in windows]


def uncover(covers: list[Cover]) -> None:
    for cover in covers:
        parent = cover.parentWidget()
        if parent is not None:
            parent.removeEventFilter(cover)
        cover.hide()
        cover.deleteLater()
