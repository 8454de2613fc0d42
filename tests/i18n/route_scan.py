"""Finds user-visible text that bypasses the translation route, and catalogues that disagree."""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

# fmt: off
# Methods whose string arguments end up on screen (Qt) or in the terminal (CLI).
TEXT_CALLS = frozenset({
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "addAction", "addMenu", "setTitle", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItem", "addItems",
    "insertItem", "addTab", "insertTab", "setTabText", "setTabToolTip", "showMessage",
    "setLabelText", "setInformativeText", "setDetailedText", "setPrefix", "setSuffix",
    "setSpecialValueText", "addRow", "setButtonText", "setCancelButtonText",
    "setAccessibleName", "setAccessibleDescription", "setPlainText", "setHtml",
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "getInt", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QMenu", "QToolButton", "QMessageBox", "QCommandLinkButton",
    "print", "emit", "add_parser", "add_argument_group", "ArgumentParser",
    "IndonesianArgumentParser", "setItemText", "QTableWidgetItem", "QListWidgetItem",
    "QTreeWidgetItem", "QStandardItem", "setNameFilter", "setNameFilters",
    "QWizardPage", "setSubTitle", "setCheckBoxText", "setWindowIconText",
})
# Keyword arguments that reach the user whatever the call (argparse and Qt constructors).
TEXT_KEYWORDS = frozenset({
    "help", "description", "metavar", "title", "text", "caption", "prog_description",
    "epilog", "usage",
})
# Error constructors and collectors take a catalogue key, never a sentence.
KEY_CALLS = {
    "t": 0, "WksbmError": 0, "NotFoundError": 0, "ConflictError": 0, "DatabaseProblem": 0,
    "ValidationError": 1, "add": 1,
}  # fmt: skip
# Legitimate literals: symbols, units and placeholders every language writes the same way.
ALLOWED = frozenset({
    "PATH", "DIR", "FOLDER", "N", "S", "P", "NIP", "NIK", "YYYY-MM-DD", "WKSBM Desktop", "OK",
    "RT", "RW", "RT/RW", "Excel", "PostgreSQL", "SQLite", "JSON", "Rp", "Rp 0", "No. KK",
})
# fmt: on
# Acronyms that read the same in every language; they alone do not make a text prose.
ACRONYMS = re.compile(r"\b(SHA|URL|PDF|CSV|JSON|UUID|NIK|NIP|KK|RT|RW|UTC)\b")
HTML_TAG = re.compile(r"<[^>]*>")
KEY_SHAPE = re.compile(r"^[a-z][a-z0-9_]*(\.[A-Za-z0-9_]+)+$")
# Receivers whose warning()/critical() is logging (English, for the developer), not a dialog.
LOGGERS = frozenset({"_log", "log", "logger", "_logger", "logging"})
WORD = re.compile(r"[^\W\d_]{2,}")


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    text: str
    why: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.why}: {self.text!r}"


def is_prose(text: str) -> bool:
    """Text with words in it, once format fields ({x}, %s, %d-%m-%Y), HTML tags and
    acronyms are taken out."""
    fields = [literal for literal, *_ in string.Formatter().parse(text)] if "{" in text else [text]
    bare = re.sub(r"%[-#0 +]*\d*[a-zA-Z]", " ", " ".join(fields))
    bare = ACRONYMS.sub(" ", HTML_TAG.sub(" ", bare))
    return bool(WORD.search(bare))


def _call_name(node: ast.Call) -> str:
    if isinstance(node.func, ast.Attribute):
        receiver = node.func.value
        if isinstance(receiver, ast.Name) and receiver.id in LOGGERS:
            return ""
        return node.func.attr
    return node.func.id if isinstance(node.func, ast.Name) else ""


def _literal_texts(node: ast.expr) -> list[str]:
    """The fixed texts of a literal, an f-string (each value as ``{}``) or a list of them."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.JoinedStr):
        parts = [str(v.value) if isinstance(v, ast.Constant) else "{}" for v in node.values]
        return ["".join(parts)]
    if isinstance(node, ast.List | ast.Tuple):
        return [text for element in node.elts for text in _literal_texts(element)]
    return []


def _text_findings(node: ast.Call, name: str, keys: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    # add_parser's first argument is the command's name, part of the interface.
    positional = node.args[1:] if name == "add_parser" else node.args
    arguments: list[ast.expr] = [*positional] if name in TEXT_CALLS else []
    arguments += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
    for argument in arguments:
        for text in _literal_texts(argument):
            if text not in ALLOWED and text not in keys and is_prose(text):
                yield text, f"literal text in {name}()"


def _key_findings(node: ast.Call, name: str, keys: Mapping[str, str]) -> Iterator[tuple[str, str]]:
    position = KEY_CALLS.get(name)
    if position is None or len(node.args) <= position:
        return
    argument = node.args[position]
    if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str)):
        return
    text = argument.value
    if KEY_SHAPE.match(text):
        if text not in keys:
            yield text, f"unknown catalogue key in {name}()"
    elif name != "add" and is_prose(text):  # set.add("word") is no translation
        yield text, f"sentence instead of a key in {name}()"


def scan_source(source: str, path: str, keys: Mapping[str, str]) -> list[Finding]:
    """Every user-visible literal in ``source`` that bypasses ``t()``, and every unknown key."""
    findings = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = _call_name(node)
        for text, why in [*_text_findings(node, name, keys), *_key_findings(node, name, keys)]:
            findings.append(Finding(path, getattr(node, "lineno", 0), text, why))
    return findings


def scan_package(root: Path, keys: Mapping[str, str]) -> list[Finding]:
    findings = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root.parent).as_posix()
        if "/i18n/" in relative or "/migrations/" in relative:
            continue
        findings += scan_source(path.read_text(encoding="utf-8"), relative, keys)
    return findings
