"""Placeholders of ``wksbm print``'s help (document, letter number, PDF file)."""

MESSAGES = {
    "cli.print.metavar.document": "DOCUMENT",
    "cli.print.metavar.number": "NUMBER",
    "cli.print.metavar.pdf": "FILE.pdf",
}
