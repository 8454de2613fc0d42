"""Which keys one catalogue lacks against the other: ``python -m wksbm_desktop.i18n.missing``.

Prints, per Indonesian module, the keys the English module lacks as a ready-to-edit
``MESSAGES`` entry list (the Indonesian text to translate), then keys English has that
Indonesian lost, and texts whose ``{placeholders}`` differ. Exit code 1 when anything is off.
"""

from __future__ import annotations

import json
import string
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field

from wksbm_desktop.i18n.catalogues import DEFAULT_LANGUAGE, catalogue_modules


def placeholders(text: str) -> frozenset[str]:
    """The ``{name}`` fields of a catalogue text (``{{`` escapes are no field)."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


@dataclass
class Differences:
    """What a target catalogue lacks, has in excess, or words with other placeholders."""

    missing: dict[str, dict[str, str]] = field(default_factory=dict)  # module → key → source text
    extra: dict[str, list[str]] = field(default_factory=dict)  # module → keys
    placeholders: list[str] = field(default_factory=list)  # one line per bad key

    def __bool__(self) -> bool:
        return bool(self.missing or self.extra or self.placeholders)


def _messages(language: str) -> dict[str, dict[str, str]]:
    modules = catalogue_modules(language)
    return {name: dict(getattr(module, "MESSAGES", {})) for name, module in modules.items()}


def compare(
    source: Mapping[str, Mapping[str, str]], target: Mapping[str, Mapping[str, str]]
) -> Differences:
    """Compare two catalogues given as module → MESSAGES: keys, then placeholders."""
    found = Differences()
    target_keys = {key: text for messages in target.values() for key, text in messages.items()}
    source_keys = {key for messages in source.values() for key in messages}
    for module, messages in source.items():
        lacking = {k: v for k, v in messages.items() if k not in target_keys}
        if lacking:
            found.missing[module] = lacking
        for key, text in messages.items():
            theirs = target_keys.get(key)
            if theirs is not None and placeholders(text) != placeholders(theirs):
                found.placeholders.append(
                    f"{key}: {sorted(placeholders(text))} != {sorted(placeholders(theirs))}"
                )
    for module, messages in target.items():
        excess = [k for k in messages if k not in source_keys]
        if excess:
            found.extra[module] = excess
    return found


def compare_languages(target: str, source: str = DEFAULT_LANGUAGE) -> Differences:
    return compare(_messages(source), _messages(target))


def render(found: Differences, target: str) -> str:
    """The report: missing entries as Python ready to paste into ``i18n/<target>/<module>.py``."""
    lines: list[str] = []
    existing = set(catalogue_modules(target))
    for module, lacking in found.missing.items():
        lines.append(f"# wksbm_desktop/i18n/{target}/{module}.py: {len(lacking)} keys to translate")
        if module in existing:
            lines.append("    # add to MESSAGES:")
        else:
            lines += [f'"""{_docstring(module)}"""', "", "MESSAGES = {"]
        lines += [f"    {_quoted(key)}: {_quoted(text)}," for key, text in lacking.items()]
        if module not in existing:
            lines.append("}")
        lines.append("")
    for module, keys in found.extra.items():
        lines.append(f"# wksbm_desktop/i18n/{target}/{module}.py: keys no longer in the source")
        lines += [f"#   {key}" for key in keys]
    if found.placeholders:
        lines.append("# placeholders differ (source != target):")
        lines += [f"#   {line}" for line in found.placeholders]
    return "\n".join(lines)


def _docstring(module: str) -> str:
    """The first line of the source module's docstring, for the new file."""
    source = catalogue_modules(DEFAULT_LANGUAGE).get(module)
    doc = (source.__doc__ or "").strip() if source is not None else ""
    return doc.splitlines()[0] if doc else f"Sentences of {module}."


def _quoted(text: str) -> str:
    """A double-quoted Python literal, as ruff format writes them."""
    return json.dumps(text, ensure_ascii=False)


def main(argv: list[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else argv
    target = arguments[0] if arguments else "en"
    found = compare_languages(target)
    if not found:
        print(f"The {target} catalogue has every key of {DEFAULT_LANGUAGE}, same placeholders.")
        return 0
    print(render(found, target))
    return 1


if __name__ == "__main__":
    sys.exit(main())
