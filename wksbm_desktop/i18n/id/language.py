"""The interface language: the command-line option and the menu that chooses it."""

MESSAGES = {
    "cli.help.lang": "bahasa tampilan: id (Indonesia, bawaan) atau en (Inggris); juga lewat WKSBM_LANG",
    "language.menu": "&Bahasa / Language",
    "language.name.id": "Bahasa Indonesia",
    "language.name.en": "English",
    "language.tip": "Bahasa tampilan aplikasi",
    "language.restart.title": "Bahasa tampilan",
    "language.restart.text": (
        "Bahasa akan berganti setelah aplikasi dibuka ulang. "
        "Tutup aplikasi lalu buka lagi untuk memakai {language}."
    ),
    "language.env_wins": (
        "Pilihan ini tersimpan, tetapi variabel lingkungan WKSBM_LANG={value} sedang menentukan "
        "bahasa; hapus variabel itu agar pilihan di menu yang dipakai."
    ),
}
