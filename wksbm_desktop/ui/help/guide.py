"""Bantuan → Panduan (F1): the short built-in guide, offline, shipped in resources/panduan."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wksbm_desktop.i18n import t
from wksbm_desktop.resources import resource_path

GUIDE_FILE = ("panduan", "panduan.html")
# Section anchors of panduan.html; the six daily tasks first (tests check each is there).
TASK_ANCHORS = (
    "tambah-ke-kelompok",
    "catat-kegiatan",
    "cari-nik",
    "tingkat-kelompok",
    "laporan-bulan-lalu",
    "impor-perbaiki",
)
OTHER_ANCHORS = (
    "cadangan",
    "kirim-laporan",
    "data-ganda",
    "bantuan-lpj",
    "pemantauan-bulanan",
    "lampiran-rubrik",
)


def guide_url() -> QUrl:
    return QUrl.fromLocalFile(str(resource_path(*GUIDE_FILE)))


class GuideWindow(QDialog):
    """A window beside the main one (not modal): the operator reads and works at once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideWindow")
        self.setWindowTitle(t("ui_main.guide.title"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(guide_url())
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(self)
        home = buttons.addButton(t("ui_main.guide.home"), QDialogButtonBox.ButtonRole.ActionRole)
        home.setObjectName("guideHome")
        home.clicked.connect(self.browser.home)
        close = buttons.addButton(t("ui_main.close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setObjectName("guideClose")
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(760, 640)

    def show_section(self, anchor: str) -> None:
        self.browser.scrollToAnchor(anchor)


def show_guide(parent: QWidget, anchor: str = "") -> GuideWindow:
    """One guide window per main window: F1 again brings it to the front."""
    guide = parent.findChild(GuideWindow, "guideWindow")
    if guide is None:
        guide = GuideWindow(parent)
    guide.show()
    guide.raise_()
    guide.activateWindow()
    if anchor:
        guide.show_section(anchor)
    return guide
