"""Setting the office up: first-run setup, Pengaturan kantor, the server."""
