"""Kecamatan and Kelurahan filters of the list tabs on a city installation (docs/city.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QHBoxLayout
    from sqlalchemy.orm import Session

    from wksbm_desktop.core.queries.city_lists import PlaceChoice
    from wksbm_desktop.ui.tabs.base import ListTab

# Widths of the Kecamatan and Kelurahan columns, inserted where the tab's columns put them.
PLACE_WIDTHS = (105, 150)


def widths_with_places(widths: tuple[int, ...], after: int) -> tuple[int, ...]:
    return (*widths[:after], *PLACE_WIDTHS, *widths[after:])


class PlaceFilters:
    """A Kecamatan combo and a Kelurahan combo narrowed to the chosen kecamatan."""

    def __init__(
        self, tab: ListTab, layout: QHBoxLayout, on_change: Callable[[], None] | None = None
    ) -> None:
        self._choices: list[PlaceChoice] = []
        self._on_change = on_change
        self.kecamatan = tab.add_filter(layout, "kecamatan", "city_views.filter.kecamatan", 9)
        self.kelurahan = tab.add_filter(layout, "kelurahan", "city_views.filter.kelurahan", 10)
        # What follows the place (the kelurahan offered, the tab's own choices such as its
        # groups) changes before the list re-runs its query.
        for combo, narrow in ((self.kecamatan, True), (self.kelurahan, False)):
            combo.currentIndexChanged.disconnect()
            combo.currentIndexChanged.connect(lambda _index, n=narrow: self._changed(n))
            combo.currentIndexChanged.connect(lambda _index: tab.apply_request())

    def _changed(self, narrow: bool) -> None:
        if narrow:
            self._narrow()
        if self._on_change is not None:
            self._on_change()

    def refresh(self, session: Session) -> None:
        from wksbm_desktop.core.queries.city_lists import place_choices

        self._choices = place_choices(session)
        kecamatan = {(c.kecamatan_code, c.kecamatan_name) for c in self._choices}
        ordered = sorted(kecamatan, key=lambda item: item[1].lower())
        self.kecamatan.set_choices([(name, code) for code, name in ordered])
        self._narrow()

    def _narrow(self) -> None:
        chosen = self.kecamatan.value()
        offered = [c for c in self._choices if chosen is None or c.kecamatan_code == chosen]
        self.kelurahan.set_choices([(c.name, c.code) for c in offered])


def place_filters(
    tab: ListTab, layout: QHBoxLayout, on_change: Callable[[], None] | None = None
) -> PlaceFilters | None:
    """The two filters on a city installation; none (nothing changes) at a kelurahan."""
    return PlaceFilters(tab, layout, on_change) if tab.opening.is_city else None
