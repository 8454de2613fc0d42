"""Qt's own texts the program shows (context menus, standard buttons, wizard, file dialog).

Keys are "qt.<Qt context>.<Qt's English source text>" exactly as Qt asks for them
(ui/locale.CatalogueTranslator); the "&" marks the Alt-key letter, as in Qt.
"""

_CONTEXT_MENU = {
    "&Undo": "&Urungkan",
    "&Redo": "Ula&ngi",
    "Cu&t": "&Potong",
    "&Copy": "&Salin",
    "&Paste": "T&empel",
    "Delete": "Hapus",
    "Select All": "Pilih semua",
}

_STANDARD_BUTTONS = {
    "OK": "OK",
    "Save": "Simpan",
    "Save All": "Simpan semua",
    "Open": "Buka",
    "&Yes": "&Ya",
    "Yes to &All": "Ya untuk se&mua",
    "&No": "&Tidak",
    "N&o to All": "Tidak untuk semu&a",
    "Abort": "Hentikan",
    "Retry": "Coba lagi",
    "Ignore": "Abaikan",
    "Close": "Tutup",
    "Cancel": "Batal",
    "Discard": "Buang",
    "Help": "Bantuan",
    "Apply": "Terapkan",
    "Reset": "Atur ulang",
    "Restore Defaults": "Kembalikan bawaan",
}

_FILE_DIALOG = {
    "&Look in:": "&Cari di:",
    "File &name:": "&Nama berkas:",
    "Files of &type:": "&Jenis berkas:",
    "&Open": "&Buka",
    "&Save": "&Simpan",
    "Open": "Buka",
    "Save As": "Simpan sebagai",
    "&Delete": "&Hapus",
    "&Rename": "&Ganti nama",
    "&New Folder": "Folder &baru",
    "New Folder": "Folder baru",
    "Create New Folder": "Buat folder baru",
    "Create a New Folder": "Buat folder baru",
    "Show &hidden files": "Tampilkan berkas &tersembunyi",
    "Back": "Kembali",
    "Forward": "Maju",
    "Parent Directory": "Folder induk",
    "Go back": "Kembali",
    "Go forward": "Maju",
    "Go to the parent directory": "Ke folder induk",
    "List View": "Tampilan daftar",
    "Detail View": "Tampilan rinci",
    "Change to list view mode": "Ganti ke tampilan daftar",
    "Change to detail view mode": "Ganti ke tampilan rinci",
    "Sidebar": "Bilah samping",
    "List of places and bookmarks": "Daftar tempat dan penanda",
    "Files": "Berkas",
    "All Files (*)": "Semua berkas (*)",
    "Directory:": "Folder:",
    "Directories": "Folder",
    "My Computer": "Komputer ini",
    "Computer": "Komputer",
    "Recent Places": "Tempat terakhir",
    "Are you sure you want to delete '%1'?": "Yakin ingin menghapus '%1'?",
    "%1 already exists.\nDo you want to replace it?": "%1 sudah ada.\nGanti berkas itu?",
    "%1\nFile not found.\nPlease verify the correct file name was given.": (
        "%1\nBerkas tidak ditemukan.\nPeriksa kembali nama berkasnya."
    ),
}

_FILE_MODEL = {
    "Name": "Nama",
    "Size": "Ukuran",
    "Type": "Jenis",
    "Kind": "Jenis",
    "Date Modified": "Tanggal diubah",
    "Computer": "Komputer",
    "My Computer": "Komputer ini",
}

_SCROLL_BAR = {
    "Scroll here": "Gulir ke sini",
    "Left edge": "Tepi kiri",
    "Top": "Paling atas",
    "Right edge": "Tepi kanan",
    "Bottom": "Paling bawah",
    "Page left": "Satu halaman ke kiri",
    "Page up": "Satu halaman ke atas",
    "Page right": "Satu halaman ke kanan",
    "Page down": "Satu halaman ke bawah",
    "Scroll left": "Gulir ke kiri",
    "Scroll up": "Gulir ke atas",
    "Scroll right": "Gulir ke kanan",
    "Scroll down": "Gulir ke bawah",
}


def _context(name: str, texts: dict[str, str]) -> dict[str, str]:
    return {f"qt.{name}.{source}": text for source, text in texts.items()}


MESSAGES = {
    **_context("QLineEdit", _CONTEXT_MENU),
    **_context(
        "QWidgetTextControl", {**_CONTEXT_MENU, "Copy &Link Location": "Salin &alamat tautan"}
    ),
    **_context(
        "QAbstractSpinBox",
        {
            "&Step up": "&Naikkan",
            "Step &down": "&Turunkan",
            "&Select All": "Pilih se&mua",
        },
    ),
    **_context("QPlatformTheme", _STANDARD_BUTTONS),
    **_context("QDialogButtonBox", _STANDARD_BUTTONS),
    **_context(
        "QMessageBox",
        {
            "Show Details...": "Tampilkan rincian…",
            "Hide Details...": "Sembunyikan rincian…",
            "OK": "OK",
            "<h3>About Qt</h3>": "<h3>Tentang Qt</h3>",
        },
    ),
    **_context(
        "QWizard",
        {
            "< &Back": "< &Kembali",
            "&Next >": "&Lanjut >",
            "&Next": "&Lanjut",
            "&Finish": "&Selesai",
            "Cancel": "Batal",
            "Commit": "Simpan",
            "&Help": "&Bantuan",
            "Go Back": "Kembali",
            "Continue": "Lanjut",
            "Done": "Selesai",
            "Help": "Bantuan",
        },
    ),
    **_context("QProgressDialog", {"Cancel": "Batal"}),
    **_context("QFileDialog", _FILE_DIALOG),
    **_context("QFileSystemModel", _FILE_MODEL),
    **_context(
        "QAbstractFileIconProvider", {"Drive": "Drive", "Folder": "Folder", "File": "Berkas"}
    ),
    **_context("QScrollBar", _SCROLL_BAR),
    **_context("QShortcut", {"Return": "Enter"}),
    **_context("QToolButton", {"Press": "Tekan", "Open": "Buka"}),
    **_context(
        "QCalendarWidget",
        {
            "Previous Month": "Bulan sebelumnya",
            "Next Month": "Bulan berikutnya",
            "Week": "Minggu",
        },
    ),
}
