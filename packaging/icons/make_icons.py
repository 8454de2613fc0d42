"""Draws the application icon (PNG sizes and a multi-size Windows .ico) with Qt's QPainter."""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
APP_ICON_COPY = ROOT / "resources" / "icons" / "wksbm.png"

TEAL_LIGHT = "#2AA198"
TEAL_DARK = "#136F68"
WARM_ACCENT = "#F6C453"

# The "W" drawn as three people with raised arms: its three upper tips are the hands, a head
# sits above each; drawn as geometry so no font is needed and every size is drawn natively.
_W_POINTS = ((0.20, 0.40), (0.34, 0.78), (0.50, 0.50), (0.66, 0.78), (0.80, 0.40))
_HEADS = ((0.20, 0.26), (0.50, 0.35), (0.80, 0.26))


def render_png(size: int) -> bytes:
    """The icon at ``size`` pixels, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
    from PySide6.QtGui import QBrush, QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = max(0.5, size * 0.03)
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(box.topLeft(), box.bottomRight())
    gradient.setColorAt(0.0, QColor(TEAL_LIGHT))
    gradient.setColorAt(1.0, QColor(TEAL_DARK))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QBrush(gradient))
    painter.drawRoundedRect(box, size * 0.22, size * 0.22)

    # Small sizes get a bolder stroke and no heads: a plain W stays legible at 16 px.
    small = size < 32
    stroke = size * (0.13 if small else 0.10)
    path = QPainterPath()
    points = [QPointF(x * size, (y + (0.0 if not small else -0.10)) * size) for x, y in _W_POINTS]
    path.moveTo(points[0])
    for point in points[1:]:
        path.lineTo(point)
    pen = QPen(QColor("white"), stroke)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    if not small:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(WARM_ACCENT))
        radius = size * 0.075
        for x, y in _HEADS:
            painter.drawEllipse(QPointF(x * size, y * size), radius, radius)
    painter.end()

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG-compressed images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    directory = b""
    payload = b""
    offset = 6 + 16 * len(images)
    for size, png in sorted(images.items()):
        dimension = 0 if size >= 256 else size  # 0 means 256 in the ICO directory
        directory += struct.pack(
            "<BBBBHHII", dimension, dimension, 0, 0, 1, 32, len(png), offset + len(payload)
        )
        payload += png
    return header + directory + payload


def make_icons(target: Path = HERE) -> list[Path]:
    """Write wksbm-<size>.png, wksbm.png, wksbm.ico, and the app's copy in resources/icons."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    images = {size: render_png(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    written = []
    for size in PNG_SIZES:
        written.append(_write(target / f"wksbm-{size}.png", images[size]))
    written.append(_write(target / "wksbm.png", images[256]))
    written.append(_write(target / "wksbm.ico", ico_bytes({s: images[s] for s in ICO_SIZES})))
    APP_ICON_COPY.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(target / "wksbm.png", APP_ICON_COPY)
    written.append(APP_ICON_COPY)
    return written


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


if __name__ == "__main__":
    for written_path in make_icons():
        print(written_path)
