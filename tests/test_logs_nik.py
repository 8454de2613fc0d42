"""The log file never holds a full NIK, neither in messages nor in tracebacks."""

from __future__ import annotations

import logging
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from wksbm_desktop.core.domain.nik import normalise_id_number
from wksbm_desktop.logs import NikMaskingFormatter, log_file_path, mask_digits, setup_logging

NIK = "3671055708900001"


def test_log_file_masks_niks_in_messages_and_exceptions() -> None:
    root = logging.getLogger()
    before = list(root.handlers)
    # An earlier test's handler may still point at its own data folder: start from none.
    for handler in before:
        if getattr(handler, "_wksbm", False):
            root.removeHandler(handler)
    path = setup_logging()
    try:
        assert path is not None
        log = logging.getLogger("wksbm_desktop.uji")
        log.warning("baris %s gagal: NIK %s", 7, NIK)
        log.info(f"KK {NIK[:6]}1234567890 dan NIK {NIK}")
        try:
            raise ValueError(f"NIK {NIK} sudah terdaftar")
        except ValueError:
            log.exception("impor gagal untuk %s", NIK)
        for handler in root.handlers:
            handler.flush()
        text = log_file_path().read_text(encoding="utf-8")
    finally:
        for handler in root.handlers[:]:
            if handler not in before:
                root.removeHandler(handler)
                handler.close()
        for handler in before:
            if handler not in root.handlers:
                root.addHandler(handler)
    assert "sudah terdaftar" in text and "ValueError" in text and "baris 7 gagal" in text
    assert "3671************" in text
    assert re.search(r"\d{16}", text) is None


# --- every spelling the import accepts (issue 13, point 4) ----------------------------------

# Separators the import strips between digits (core.nik.normalise_id_number).
SEPARATORS = ["", "", "", " ", "  ", "\u00a0", "\u2009", "\u202f", "\t", ".", "-", "\u2013",
              "\u2212", " - ", ". "]  # fmt: skip
NIKS = st.builds(
    lambda region, day, month, year, serial: (
        f"36{region:02d}05{day:02d}{month:02d}{year:02d}{serial:04d}"
    ),
    st.integers(1, 99),
    st.sampled_from([*range(1, 29), *range(41, 69)]),
    st.integers(1, 12),
    st.integers(0, 99),
    st.integers(1, 9999),
)
# Surrounding text never holds digits, so any digit left in the output came from the NIK.
NO_DIGITS = st.text(alphabet=st.characters(blacklist_categories=("Nd", "No", "Cs")), max_size=20)


@st.composite
def spellings(draw: st.DrawFn) -> tuple[str, str]:
    """A NIK and one way a person, Excel or the program might write it."""
    nik = draw(NIKS)
    form = draw(st.sampled_from(["typed", "float", "scientific", "longer"]))
    if form == "float":
        spelled = str(float(nik)) if int(nik) < 2**53 else f"{nik}.0"
    elif form == "scientific":
        spelled = f"{nik[0]}.{nik[1:]}e+15"
    elif form == "longer":
        spelled = (
            draw(st.text("0123456789", max_size=3))
            + nik
            + draw(st.text("0123456789", min_size=1, max_size=3))
        )
    else:
        gaps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=15, max_size=15))
        spelled = (
            draw(st.sampled_from(["", "'"]))
            + nik[0]
            + "".join(gap + digit for gap, digit in zip(gaps, nik[1:], strict=True))
        )
        assert normalise_id_number(spelled) == nik  # the import reads it back as this NIK
    return nik, spelled


def _formatted(message: str) -> str:
    record = logging.LogRecord("wksbm_desktop.uji", logging.WARNING, __file__, 1, message, (), None)
    return NikMaskingFormatter("%(levelname)s %(message)s").format(record)


@settings(max_examples=400)
@given(spellings(), NO_DIGITS, NO_DIGITS)
def test_no_spelling_of_a_nik_reaches_the_log(
    case: tuple[str, str], before: str, after: str
) -> None:
    nik, spelled = case
    logged = _formatted(f"{before}{spelled}{after}")
    digits = "".join(c for c in logged if c.isdigit())
    # Only the kab/kota prefix survives: the 12 digits that identify a person never do.
    assert nik[4:] not in digits and nik[-8:] not in digits
    assert "*" * 12 in logged


@given(spellings())
def test_masked_value_is_not_a_nik_the_import_accepts(case: tuple[str, str]) -> None:
    nik, spelled = case
    masked = mask_digits(spelled)
    assert normalise_id_number(masked) != nik


def test_short_numbers_and_timestamps_stay_readable() -> None:
    line = "2026-12-02 01:00:18,123 baris 12 dari 3.400, RT 005 RW 012, 15 digit 367105570890001"
    assert mask_digits(line) == line
