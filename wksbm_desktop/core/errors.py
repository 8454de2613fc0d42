"""Typed errors raised by the core; the shells turn them into Indonesian sentences."""

from __future__ import annotations

from collections.abc import Iterable

from wksbm_desktop.i18n import t


class WksbmError(Exception):
    """A problem the user can understand and fix; ``message`` is in the UI language."""

    def __init__(self, key: str, /, **params: object) -> None:
        self.key = key
        self.params = params
        super().__init__(key)

    @property
    def message(self) -> str:
        return t(self.key, **self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(WksbmError):
    """One field's value breaks a rule; ``field`` names the input field."""

    def __init__(self, field: str, key: str, /, **params: object) -> None:
        self.field = field
        super().__init__(key, **params)


class ValidationFailed(WksbmError):
    """Several field errors at once, so a form can mark every wrong field together."""

    def __init__(self, errors: Iterable[ValidationError]) -> None:
        self.errors = list(errors)
        super().__init__("error.validation_failed", count=len(self.errors))

    @property
    def message(self) -> str:
        return "\n".join(e.message for e in self.errors)

    def by_field(self) -> dict[str, str]:
        result: dict[str, str] = {}
        for error in self.errors:
            result.setdefault(error.field, error.message)
        return result


class NotFoundError(WksbmError):
    """A record that the caller named does not exist (or is archived when it must be live)."""


class ConflictError(WksbmError):
    """Someone else changed the record since it was loaded; nothing was overwritten."""


class DatabaseProblem(WksbmError):
    """The database file cannot be used: missing, damaged, too new, or on a network share."""


class ValidationCollector:
    """Collects field errors so a service can report all of them at once."""

    def __init__(self) -> None:
        self.errors: list[ValidationError] = []

    def add(self, field: str, key: str, /, **params: object) -> None:
        self.errors.append(ValidationError(field, key, **params))

    def capture(self, error: ValidationError) -> None:
        self.errors.append(error)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)
