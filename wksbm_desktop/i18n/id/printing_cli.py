"""Placeholders of ``wksbm print``'s help (document, letter number, PDF file)."""

MESSAGES = {
    "cli.print.metavar.document": "DOKUMEN",
    "cli.print.metavar.number": "NOMOR",
    "cli.print.metavar.pdf": "BERKAS.pdf",
}
