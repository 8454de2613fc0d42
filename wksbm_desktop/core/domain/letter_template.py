"""The registration letter's editable template and number pattern: fields, checks, filling."""

from __future__ import annotations

from string import Formatter

from wksbm_desktop.core.errors import WksbmError

# A paragraph that is only this field prints the group's data as a "label : value" block.
TABLE_FIELD = "tabel_kelompok"
TEMPLATE_FIELDS = (
    "nama_kelompok",
    "jenis",
    "bidang",
    "status",
    "alamat",
    "rt",
    "rw",
    "ketua",
    "jumlah_anggota",
    "nomor_sk",
    "tanggal_sk",
    "tanggal_berdiri",
    "nomor",
    "tanggal",
    "kelurahan",
    "kecamatan",
    "lurah",
    "nip",
    TABLE_FIELD,
)
NUMBER_FIELDS = ("urut", "bulan", "bulan_romawi", "tahun", "kode_kelurahan")

DEFAULT_NUMBER_PATTERN = "{urut}/SKT/{kode_kelurahan}/{bulan_romawi}/{tahun}"
DEFAULT_TEMPLATE = (
    "Yang bertanda tangan di bawah ini, Lurah {kelurahan}, Kecamatan {kecamatan}, "
    "Kota Tangerang, menerangkan dengan sebenarnya bahwa:\n"
    "\n"
    "{tabel_kelompok}\n"
    "\n"
    "adalah kelompok masyarakat yang terdaftar dan dibina oleh Kelurahan {kelurahan} "
    "dengan status {status}, beranggotakan {jumlah_anggota} orang warga, dan diketuai oleh "
    "{ketua}.\n"
    "\n"
    "Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya."
)
MAX_TEMPLATE_CHARS = 5_000
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


class TemplateError(WksbmError):
    """The template or number pattern cannot be used; the message names the problem."""


def check_fields(text: str, allowed: tuple[str, ...], what: str) -> None:
    """Raise :class:`TemplateError` for broken braces or a field not in ``allowed``."""
    try:
        parsed = list(Formatter().parse(text))
    except ValueError as error:
        raise TemplateError("letter.braces", what=what) from error
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if spec or conversion:
            raise TemplateError("letter.no_format", what=what, field=name)
        if name not in allowed:
            shown = ", ".join("{" + f + "}" for f in allowed)
            raise TemplateError("letter.unknown_field", what=what, field=name, allowed=shown)


def fill(text: str, values: dict[str, str]) -> str:
    return text.format_map(values)


def roman_month(month: int) -> str:
    return _ROMAN[month - 1]
