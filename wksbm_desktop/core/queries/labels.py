"""Display words for stored codes (status, role, level, sex), all through the one i18n route."""

from __future__ import annotations

from wksbm_desktop.i18n import has_key, t


def _label(prefix: str, code: str | None) -> str:
    if not code:
        return ""
    key = f"shell.{prefix}.{code}"
    return t(key) if has_key(key) else code


def status_label(code: str | None) -> str:
    return _label("status", code)


def role_label(code: str | None) -> str:
    return _label("role", code)


def level_label(code: str | None) -> str:
    return _label("level", code)


def sex_label(code: str | None) -> str:
    return _label("sex", code)


def rt_rw(rt: str, rw: str) -> str:
    """ "005/002" as kelurahan staff write it (RT first); empty when neither is known."""
    if not rt and not rw:
        return ""
    return f"{rt or '—'}/{rw or '—'}"


def thousands(number: int) -> str:
    """Indonesian digit grouping: 1234567 → "1.234.567"."""
    return f"{number:,}".replace(",", ".")


def rupiah(amount: int) -> str:
    return f"Rp {thousands(amount)}"


def measured(value: int, unit: str) -> str:
    """A sector measure with its unit: "370 kg", and money as money ("Rp 610.200")."""
    if unit.strip().rstrip(".").casefold() in ("rp", "rupiah"):
        return rupiah(value)
    return f"{thousands(value)} {unit.strip()}".strip()


def date_text(value: object) -> str:
    """dd-mm-yyyy, the way dates are written on Indonesian forms."""
    strftime = getattr(value, "strftime", None)
    return strftime("%d-%m-%Y") if strftime else ""
