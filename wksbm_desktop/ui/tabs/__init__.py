"""The list tabs (Kelompok, Anggota, Kegiatan) of the main window."""
