"""Qt's print preview over a PDF the core wrote: pages rendered by QtPdf, printed as images."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSize, QSizeF
from PySide6.QtGui import QAction, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QToolBar, QWidget

from wksbm_desktop.core.errors import WksbmError
from wksbm_desktop.i18n import t
from wksbm_desktop.ui import dialogs_util

# Pages go to the printer as images: 200 dpi keeps text crisp on an office laser printer
# while a 10-page daftar hadir stays a few tens of megabytes while it is being sent.
PRINT_DPI = 200
POINTS_PER_INCH = 72.0


class PdfPages:
    """A PDF held in memory and opened with QtPdf (pdfium), page by page."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self._buffer = QBuffer()
        self._buffer.setData(QByteArray(data))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise WksbmError("ui_print.unreadable")

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def page_size_mm(self, index: int) -> QSizeF:
        points = self.document.pagePointSize(index)
        scale = 25.4 / POINTS_PER_INCH
        return QSizeF(points.width() * scale, points.height() * scale)

    def paint(self, printer: QPrinter) -> None:
        """Draw every page on ``printer`` (the preview's or the real one), full page."""
        painter = QPainter()
        if not painter.begin(printer):
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        try:
            for index in range(self.count):
                if index:
                    printer.newPage()
                target = printer.pageLayout().fullRectPixels(printer.resolution())
                image = self.document.render(index, _pixels(self.page_size_mm(index)))
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
        finally:
            painter.end()


def _pixels(size_mm: QSizeF) -> QSize:
    inches = size_mm / 25.4
    return QSize(round(inches.width() * PRINT_DPI), round(inches.height() * PRINT_DPI))


class PrintPreview(QPrintPreviewDialog):
    """Qt's preview with the document's own paper, and "Simpan sebagai PDF…" in its toolbar."""

    def __init__(self, pages: PdfPages, title: str, file_name: str, parent: QWidget | None):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setResolution(PRINT_DPI)
        printer.setFullPage(True)
        printer.setDocName(title)
        if pages.count:
            # Exact: Qt would otherwise round F4 (215 × 330 mm) to US Foolscap (8.5 × 13 in).
            size = QPageSize(
                pages.page_size_mm(0),
                QPageSize.Unit.Millimeter,
                "F4" if pages.page_size_mm(0).height() > 320 else "A4",
                QPageSize.SizeMatchPolicy.ExactMatch,
            )
            layout = QPageLayout(
                size, QPageLayout.Orientation.Portrait, QMarginsF(), QPageLayout.Unit.Millimeter
            )
            printer.setPageLayout(layout)
        super().__init__(printer, parent)
        self._printer = printer  # Qt does not own it: keep it alive as long as the dialog
        self.setObjectName("printPreview")
        self.setWindowTitle(t("ui_print.preview_title", title=title))
        self.pages = pages
        self.file_name = file_name
        self.saved = False
        self.paintRequested.connect(pages.paint)
        self.save_action = QAction(t("ui_print.save_pdf"), self)
        self.save_action.setObjectName("printSavePdf")
        self.save_action.triggered.connect(self.save_as_pdf)
        toolbar = self.findChild(QToolBar)
        if toolbar is not None:
            toolbar.addSeparator()
            toolbar.addAction(self.save_action)
        self.resize(900, 700)

    def save_as_pdf(self) -> Path | None:
        path = save_pdf_as(self, self.pages.data, self.file_name)
        self.saved = self.saved or path is not None
        return path


def save_pdf_as(parent: QWidget | None, data: bytes, file_name: str) -> Path | None:
    """Ask where to keep the PDF and write it there; None when the operator cancels."""
    from wksbm_desktop.documents.build import save_pdf

    start = str(Path.home() / "Documents" / file_name)
    path = dialogs_util.get_save_path(parent, t("ui_print.save_title"), start, t("ui_print.filter"))
    if path is None:
        return None
    if not path.lower().endswith(".pdf"):
        path += ".pdf"
    try:
        saved = save_pdf(data, path)
    except WksbmError as error:
        dialogs_util.show_error(parent, error.message)
        return None
    dialogs_util.show_info(parent, t("ui_print.saved", path=str(saved)))
    return saved


def show_preview(parent: QWidget | None, data: bytes, title: str, file_name: str) -> bool:
    """Open the print preview of a finished PDF; True when it was printed or saved.

    Tests replace this.
    """
    try:
        pages = PdfPages(data)
    except WksbmError as error:
        dialogs_util.show_error(parent, error.message)
        return False
    dialog = PrintPreview(pages, title, file_name, parent)
    try:
        printed = dialog.exec() == QPrintPreviewDialog.DialogCode.Accepted  # Qt accepts on print
        return printed or dialog.saved
    finally:
        dialog.deleteLater()
