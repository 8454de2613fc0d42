"""Sentences about hostile or broken files: workbook limits, report rows, restore schema checks."""

MESSAGES = {
    # --- workbook containers (excel/container.py) ---
    "excel.read.part_too_big": (
        "Berkas {name} tidak dibaca: bagiannya {part} berukuran {size} MB setelah dibuka, "
        "padahal paling banyak {limit} MB. Buka berkas itu di Excel, salin datanya ke buku kerja "
        "baru, simpan, lalu ulangi."
    ),
    "excel.read.too_many_strings": (
        "Berkas {name} tidak dibaca: daftar teksnya berisi lebih dari {count} teks berbeda. "
        "Bagi datanya menjadi beberapa berkas."
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
}
