"""argparse's own sentences: the usage line and the errors of a mistyped command."""

MESSAGES = {
    "cli.argparse.usage": "cara pakai: ",
    "cli.argparse.error": "%(prog)s: kesalahan: %(message)s\n",
    "cli.argparse.argument": "argumen %(argument_name)s: %(message)s",
    "cli.argparse.invalid_choice": "pilihan %(value)r tidak dikenal (pilih salah satu: %(choices)s)",
    "cli.argparse.required": "argumen berikut wajib diisi: %s",
    "cli.argparse.unrecognized": "argumen tidak dikenal: %s",
    "cli.argparse.expected_one": "perlu satu nilai",
    "cli.argparse.expected_at_least_one": "perlu paling sedikit satu nilai",
    "cli.argparse.expected_at_most_one": "paling banyak satu nilai",
    "cli.argparse.invalid_value": "nilai %(value)r tidak sah",
    "cli.argparse.not_allowed_with": "tidak boleh dipakai bersama argumen %s",
    "cli.argparse.one_required": "salah satu dari argumen %s wajib diisi",
    "cli.argparse.ambiguous": "pilihan %(option)s tidak jelas: bisa berarti %(matches)s",
    "cli.argparse.ignored_value": "pilihan ini tidak menerima nilai (%r diabaikan)",
    "cli.argparse.cannot_open": "tidak dapat membuka '%(filename)s': %(error)s",
    "cli.argparse.unknown_command": "perintah %(parser_name)r tidak dikenal (pilihan: %(choices)s)",
}
