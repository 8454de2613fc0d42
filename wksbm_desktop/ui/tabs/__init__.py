"""The tabs of the main window: Ringkasan, and the lists Kelompok, Anggota, Kegiatan."""
