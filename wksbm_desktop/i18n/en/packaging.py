"""Sentences of the self-test (``--self-test``) that proves an installed program works."""

MESSAGES = {
    "selftest.ok": "WKSBM Desktop {version} self-test passed: database, migrations, Excel, passwords and sealed NIKs, charts, main window and log all work.",
    "selftest.failed": (
        'WKSBM Desktop {version} self-test FAILED at step "{step}": {detail}\n'
        "The details are in {log}; send that file to IT staff."
    ),
    "selftest.no_log": "(the log could not be written)",
    "selftest.step.stdio": "checking console output",
    "selftest.step.logging": "setting up the log",
    "selftest.step.database": "creating a database and running migrations",
    "selftest.step.office": "saving the office details",
    "selftest.step.resources": "reading the program's bundled files",
    "selftest.step.excel": "writing, locking and reading an Excel file",
    "selftest.step.charts": "drawing charts",
    "selftest.step.window": "opening the main window",
    "selftest.step.log_check": "checking the log contents",
    "selftest.check.security": "the security libraries (Argon2 for passwords, cryptography for sealed NIKs) cannot be used: {error}; rebuild it with python packaging/build.py.",
    "selftest.check.security_mismatch": "the security libraries gave a wrong result (a password or a sealed NIK did not match); rebuild it with python packaging/build.py.",
    "selftest.check.stdio": "this program was built without the console output guard (runtime hook rthook_stdio); rebuild it with python packaging/build.py.",
    "selftest.check.log_unwritable": "the log folder {path} cannot be written to.",
    "selftest.check.revision": "database schema version {found}, expected {expected}.",
    "selftest.check.office": "the office details read back differ from those saved.",
    "selftest.check.resource_missing": "bundled file {path} not found; reinstall the program.",
    "selftest.check.defusedxml": "the defusedxml library is missing; Excel files cannot be read safely.",
    "selftest.check.excel": "the Excel file read back differs from what was written.",
    "selftest.check.window_hidden": "the main window did not show.",
    "selftest.check.log_missing": "test line not found in {path}.",
}
