"""How a receipt reads to an officer: status, period and counts in words (CLI and window)."""

from __future__ import annotations

from wksbm_desktop.core.domain.incoming_report import Receipt
from wksbm_desktop.excel.report.export import period_text
from wksbm_desktop.excel.report.rows import Period
from wksbm_desktop.i18n import t


def status_label(status: str) -> str:
    return t(f"receiving.status.{status}")


def period_label(receipt: Receipt) -> str:
    if receipt.period_from is None and receipt.period_to is None:
        return t("receiving.period_whole")
    return period_text(Period(receipt.period_from, receipt.period_to))


def counts_text(receipt: Receipt) -> str:
    return t("receiving.counts", added=receipt.total("added"), changed=receipt.total("changed"),
             archived=receipt.total("archived"), refused=receipt.total("refused"))  # fmt: skip
