"""Sentences about hostile or broken files: workbook limits, report rows, restore schema checks."""

MESSAGES = {
    # --- workbook containers (excel/reading/container.py) ---
    "excel.read.part_too_big": (
        "Berkas {name} tidak dibaca: bagiannya {part} berukuran {size} MB setelah dibuka, "
        "padahal paling banyak {limit} MB. Buka berkas itu di Excel, salin datanya ke buku kerja "
        "baru, simpan, lalu ulangi."
    ),
    "excel.read.too_many_strings": (
        "Berkas {name} tidak dibaca: daftar teksnya berisi lebih dari {count} teks berbeda. "
        "Bagi datanya menjadi beberapa berkas."
    ),
    "excel.read.too_many_styles": (
        "Berkas {name} tidak dibaca: gaya selnya terlalu banyak (lebih dari {count} catatan "
        "gaya; Excel sendiri paling banyak 64.000 format sel). Salin datanya saja (Tempel Nilai) ke buku kerja baru, simpan, "
        "lalu ulangi."
    ),
    "excel.read.cell_too_far": (
        "Lembar {sheet} memakai sel sampai {cell}; satu lembar paling banyak {max} baris. "
        "Hapus isi sel yang jauh di bawah data (Ctrl+End menunjukkannya di Excel), simpan, "
        "lalu ulangi."
    ),
    "excel.read.row_too_far": (
        "Lembar {sheet} memakai baris sampai {row}; satu lembar paling banyak {max} baris. "
        "Hapus isi baris yang jauh di bawah data (Ctrl+End menunjukkannya di Excel), atau bagi "
        "datanya menjadi beberapa berkas."
    ),
    "excel.read.sheet_too_wide": (
        "Lembar {sheet} memakai sel sampai {cell}, jauh di luar tabel laporan (paling banyak "
        "{max} kolom). Minta kelurahan menghapus isi sel itu (Ctrl+End menunjukkannya di "
        "Excel) atau mengekspor ulang laporannya."
    ),
    # --- consolidation: report rows that break the import's rules ---
    "consolidate.issue.rows_left_out": (
        "{count} baris tidak digabung karena isinya tidak sah (aturan yang sama dengan impor), "
        "mis. {examples}. Minta kelurahan memperbaiki data itu dan mengekspor ulang laporannya."
    ),
    "consolidate.left_out.where": "lembar {sheet} baris {row} kolom {column}",
    # --- database schema compared with the expected one (core/storage/schema_check.py) ---
    "schema.view_not_table": "tabel {names} berupa view, bukan tabel",
    "schema.unexpected_trigger": "pemicu (trigger) yang bukan milik WKSBM: {names}",
    "schema.unexpected_view": "view yang bukan milik WKSBM: {names}",
    "schema.missing_table": "tabel yang hilang: {names}",
    "schema.unexpected_table": "tabel yang bukan milik WKSBM: {names}",
    "schema.changed_table": "kolom yang berbeda di tabel {names}",
    "schema.missing_index": "indeks yang hilang: {names}",
    "schema.unexpected_index": "indeks yang bukan milik WKSBM atau diubah: {names}",
    "schema.missing_trigger": "pemicu (trigger) yang hilang: {names}",
    "schema.and_more": "dan {count} lainnya",
    "safety.restore.schema": (
        "Berkas {path} tidak dipulihkan: susunannya bukan susunan database WKSBM ({details}). "
        "Berkas seperti ini bisa mengubah atau menghapus data tanpa terlihat. Database yang "
        "sekarang tidak diubah; pilih cadangan lain yang dibuat oleh aplikasi ini."
    ),
    "check.unexpected_trigger": (
        "Ada {count} pemicu (trigger) di database yang bukan milik WKSBM ({example}); pemicu "
        "bisa mengubah atau menghapus data tanpa terlihat. Pulihkan cadangan sehat terakhir "
        "atau hubungi petugas TI."
    ),
    "check.unexpected_view": (
        "Ada {count} view di database yang bukan milik WKSBM ({example}). Pulihkan cadangan "
        "sehat terakhir atau hubungi petugas TI."
    ),
    "check.schema_differs": "Susunan database berbeda dari yang seharusnya: {example}.",
    "server.restore.foreign_objects": (
        "Cadangan {path} tidak dipulihkan: isinya bukan hanya tabel WKSBM ({details}). Objek "
        "seperti pemicu, fungsi atau view bisa mengubah atau menghapus data tanpa terlihat. "
        "Database di server tidak diubah; pilih cadangan lain yang dibuat oleh aplikasi ini."
    ),
}
