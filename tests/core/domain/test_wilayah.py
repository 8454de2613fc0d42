"""Tests of the Kemendagri region reference data and its lookups."""

from __future__ import annotations

import dataclasses
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from wksbm_desktop import resources
from wksbm_desktop.core.domain import wilayah
from wksbm_desktop.core.domain.wilayah import Kelurahan, Wilayah, kota_tangerang, load_region
from wksbm_desktop.core.errors import ValidationError, WksbmError
from wksbm_desktop.i18n import has_key

REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def kota() -> Wilayah:
    return kota_tangerang()


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Tests that load from other files must neither see nor leave a cached region."""
    wilayah._load_cached.cache_clear()
    yield
    wilayah._load_cached.cache_clear()


def names(items: list[Kelurahan]) -> list[str]:
    return [item.name for item in items]


def require(code: str) -> Kelurahan:
    return wilayah.require_kelurahan(code)


# --- the Kota Tangerang list ---------------------------------------------------------------


def test_kota_tangerang_has_13_kecamatan_and_104_kelurahan(kota: Wilayah) -> None:
    assert len(kota.kecamatan_list()) == 13
    assert len(kota.kelurahan_list()) == 104


def test_codes_are_unique_in_code_order_and_inside_36_71(kota: Wilayah) -> None:
    kelurahan_codes = [k.code for k in kota.kelurahan_list()]
    kecamatan_codes = [k.code for k in kota.kecamatan_list()]
    assert len(set(kelurahan_codes)) == 104
    assert kelurahan_codes == sorted(kelurahan_codes)
    assert kecamatan_codes == [f"36.71.{n:02d}" for n in range(1, 14)]
    assert all(code.startswith("36.71.") for code in kelurahan_codes)
    assert all(k.code.startswith(k.kecamatan_code + ".") for k in kota.kelurahan_list())
    assert not any(k.is_desa for k in kota.kelurahan_list())


def test_kelurahan_list_of_one_kecamatan(kota: Wilayah) -> None:
    cipondoh = kota.kelurahan_list("36.71.05")
    assert len(cipondoh) == 10
    assert {k.kecamatan_name for k in cipondoh} == {"Cipondoh"}
    assert kota.kelurahan_list("367105") == cipondoh
    assert kota.kelurahan_list("36.71.99") == []


def test_kelurahan_by_code_with_and_without_dots(kota: Wilayah) -> None:
    dotted = kota.kelurahan_by_code("36.71.05.1008")
    assert dotted is not None
    assert dotted.name == "Poris Plawad"
    assert dotted.kecamatan_code == "36.71.05"
    assert dotted.kecamatan_name == "Cipondoh"
    assert dotted.postal_code == "15141"
    assert kota.kelurahan_by_code("3671051008") == dotted
    assert kota.kelurahan_by_code("  36.71.05.1008 \t") == dotted


def test_kelurahan_by_code_rejects_unknown_and_malformed(kota: Wilayah) -> None:
    assert kota.kelurahan_by_code("36.71.05.1099") is None
    assert kota.kelurahan_by_code("36.71.05") is None
    assert kota.kelurahan_by_code("Poris Plawad") is None
    assert kota.kelurahan_by_code("") is None


def test_label_names_kelurahan_and_kecamatan(kota: Wilayah) -> None:
    poris = kota.kelurahan_by_code("36.71.05.1008")
    assert poris is not None
    assert poris.label == "Kel. Poris Plawad, Kec. Cipondoh"


def test_records_are_immutable(kota: Wilayah) -> None:
    poris = kota.kelurahan_by_code("36.71.05.1008")
    assert poris is not None
    with pytest.raises(dataclasses.FrozenInstanceError):
        poris.name = "Changed"  # type: ignore[misc]
    kota.kelurahan_list().clear()
    assert len(kota.kelurahan_list()) == 104


# --- older spellings ----------------------------------------------------------------------


def test_aliases_hold_older_and_bps_spellings(kota: Wilayah) -> None:
    batu_jaya = kota.kelurahan_by_code("36.71.03.1002")
    keroncong = kota.kelurahan_by_code("36.71.02.1001")
    belendung = kota.kelurahan_by_code("36.71.04.1001")  # not in the BPS 2018 list
    assert batu_jaya is not None and keroncong is not None and belendung is not None
    assert batu_jaya.name == "Batu Jaya"
    assert batu_jaya.aliases == ("Batujaya",)  # 2017 spelling and "BATUJAYA" count once
    assert keroncong.aliases == ("Kroncong",)  # BPS "KRONCONG", title-cased
    assert belendung.aliases == ()
    assert all(k.name not in k.aliases for k in kota.kelurahan_list())


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Batujaya", "36.71.03.1002"),
        ("Batu Jaya", "36.71.03.1002"),
        ("BATU JAYA", "36.71.03.1002"),
        ("batu-jaya", "36.71.03.1002"),
        ("Nerogtog", "36.71.11.1003"),
        ("NEROGTOG", "36.71.11.1003"),
        ("neroktog", "36.71.11.1003"),
        ("Kel. Mekarsari", "36.71.10.1005"),
        ("Kereo Selatan", "36.71.13.1008"),
        ("Kelapa Indah", "36.71.01.1006"),
    ],
)
def test_find_kelurahan_by_name_or_alias(kota: Wilayah, text: str, code: str) -> None:
    found = kota.find_kelurahan(text)
    assert found is not None
    assert found.code == code


def test_find_kelurahan_unknown_name(kota: Wilayah) -> None:
    assert kota.find_kelurahan("Poris") is None
    assert kota.find_kelurahan("") is None


def test_find_kelurahan_reads_its_own_label(kota: Wilayah) -> None:
    for item in kota.kelurahan_list():
        assert kota.find_kelurahan(item.label) == item
    assert kota.find_kelurahan("Kel. Batu Jaya, Kec. Cipondoh") is None


# --- search and suggestions ---------------------------------------------------------------


def test_search_plawad_finds_poris_plawad(kota: Wilayah) -> None:
    assert names(kota.search_kelurahan("plawad")) == [
        "Poris Plawad",
        "Poris Plawad Utara",
        "Poris Plawad Indah",
    ]
    assert names(kota.search_kelurahan("PORIS plawad")) == names(kota.search_kelurahan("plawad"))


def test_search_covers_aliases_kecamatan_and_code(kota: Wilayah) -> None:
    assert names(kota.search_kelurahan("nerogtog")) == ["Neroktog"]
    by_kecamatan = kota.search_kelurahan("cipondoh")
    assert names(by_kecamatan)[:3] == ["Cipondoh", "Cipondoh Makmur", "Cipondoh Indah"]
    assert "Gondrong" in names(by_kecamatan)  # matches only through its kecamatan
    assert names(kota.search_kelurahan("36.71.05.1008")) == ["Poris Plawad"]
    assert len(kota.search_kelurahan("3671.05")) == 10
    assert kota.search_kelurahan("tidak ada") == []
    assert len(kota.search_kelurahan("  ")) == 104


def test_suggest_for_mistyped_code(kota: Wilayah) -> None:
    suggested = [k.code for k in kota.suggest_kelurahan("36.71.05.1099")]
    assert suggested == ["36.71.05.1010", "36.71.05.1009", "36.71.05.1008"]
    dropped_digit = kota.suggest_kelurahan("36.71.05.108")
    assert dropped_digit[0].code == "36.71.05.1008"


def test_suggest_for_mistyped_name(kota: Wilayah) -> None:
    assert names(kota.suggest_kelurahan("Poris Plawat", limit=1)) == ["Poris Plawad"]
    assert names(kota.suggest_kelurahan("nerogtok"))[0] == "Neroktog"
    assert names(kota.suggest_kelurahan("Cibodasarie"))[0] == "Cibodas Sari"
    assert kota.suggest_kelurahan("qwxz") == []
    assert len(kota.suggest_kelurahan("Poris", limit=2)) <= 2


# --- require_kelurahan --------------------------------------------------------------------


def test_require_kelurahan_returns_the_record() -> None:
    assert require("3671051008").name == "Poris Plawad"
    assert require(" 36.71.03.1002 ").name == "Batu Jaya"


def test_require_kelurahan_unknown_code_suggests_neighbours() -> None:
    with pytest.raises(ValidationError) as caught:
        require("36.71.05.1099")
    error = caught.value
    assert error.field == "kelurahan"
    assert error.key == "wilayah.unknown_kelurahan"
    assert error.params["code"] == "36.71.05.1099"
    assert "Poris Plawad (36.71.05.1008)" in str(error.params["suggestions"])
    assert error.message.startswith("Kode kelurahan 36.71.05.1099 tidak dikenal")
    assert "Mungkin maksud Anda: Poris Plawad Indah (36.71.05.1010)" in error.message


def test_require_kelurahan_malformed_code_names_expected_form() -> None:
    with pytest.raises(ValidationError) as caught:
        require("36-71-05")
    assert caught.value.key.startswith("wilayah.malformed_kelurahan_code")
    assert "36.71.05.1008" in caught.value.message
    assert "36-71-05" in caught.value.message


def test_require_kelurahan_typed_name_suggests_the_code() -> None:
    with pytest.raises(ValidationError) as caught:
        require("Poris Plawat")
    assert "Mungkin maksud Anda: Poris Plawad (36.71.05.1008)" in caught.value.message


def test_require_kelurahan_empty_and_other_region() -> None:
    with pytest.raises(ValidationError) as caught:
        require("   ")
    assert caught.value.key == "wilayah.kelurahan_required"
    assert caught.value.message == "Kelurahan belum dipilih."
    tangsel = load_region("kota_tangerang_selatan")
    with pytest.raises(ValidationError):
        require("36.74.01.1001")  # valid in Tangerang Selatan, not in the city
    assert wilayah.require_kelurahan("36.74.01.1001", tangsel).name == "Ciater"


def test_every_wilayah_message_key_exists() -> None:
    for key in (
        "wilayah.label_kelurahan",
        "wilayah.label_desa",
        "wilayah.kelurahan_required",
        "wilayah.unknown_kelurahan",
        "wilayah.malformed_kelurahan_code",
        "wilayah.malformed_kelurahan_code_suggest",
        "wilayah.data_missing",
        "wilayah.data_damaged",
    ):
        assert has_key(key), key


# --- the other regions and loading --------------------------------------------------------


def test_kabupaten_tangerang_loads_with_desa() -> None:
    kabupaten = load_region("kabupaten_tangerang")
    items = kabupaten.kelurahan_list()
    assert (len(kabupaten.kecamatan_list()), len(items)) == (29, 274)
    assert all(k.code.startswith("36.03.") for k in items)
    desa = [k for k in items if k.code[-4] == "2"]
    assert desa and all(k.is_desa for k in desa)
    cangkudu = kabupaten.kelurahan_by_code("3603012003")
    assert cangkudu is not None
    assert cangkudu.label == "Desa Cangkudu, Kec. Balaraja"


def test_kabupaten_shared_desa_name_needs_kecamatan() -> None:
    kabupaten = load_region("kabupaten_tangerang")
    mekarsari = kabupaten.find_all_kelurahan("Mekarsari")
    assert len(mekarsari) == 2
    assert kabupaten.find_kelurahan("Mekarsari") is None
    assert kabupaten.find_kelurahan(mekarsari[1].label) == mekarsari[1]


def test_kota_tangerang_selatan_loads() -> None:
    tangsel = load_region("kota_tangerang_selatan")
    assert (len(tangsel.kecamatan_list()), len(tangsel.kelurahan_list())) == (7, 54)
    assert all(k.code.startswith("36.74.") for k in tangsel.kelurahan_list())


def test_regions_are_cached_and_named_flexibly() -> None:
    assert kota_tangerang() is load_region("kota_tangerang")
    assert load_region("Kota Tangerang Selatan") is load_region("36.74")
    assert load_region("kabupaten_tangerang").name == "Kabupaten Tangerang"
    with pytest.raises(ValueError, match="kota_tangerang"):
        load_region("kota_bandung")


def test_missing_data_file_is_a_readable_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    monkeypatch.setattr(wilayah, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(WksbmError) as caught:
        load_region("kota_tangerang_selatan")
    assert caught.value.key == "wilayah.data_missing"
    assert "Data wilayah tidak ditemukan" in caught.value.message


def test_damaged_row_is_reported_with_its_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    folder = tmp_path / "wilayah"
    folder.mkdir()
    (folder / "wilayah_kota_tangerang_selatan.csv").write_text(
        "\ufeffkode_kecamatan,nama_kecamatan,kode_kelurahan,nama_kelurahan\n"
        "36.74.01,Serpong,36.74.01.1001,Ciater\n"
        "36.74.01,Serpong,36.71.01.1002,Salah Kota\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(wilayah, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(WksbmError) as caught:
        load_region("kota_tangerang_selatan")
    assert caught.value.key == "wilayah.data_damaged"
    assert caught.value.params["line"] == 3


# --- locating resources -------------------------------------------------------------------


def test_resource_path_from_source_is_the_top_level_folder() -> None:
    path = resources.resource_path("wilayah", "wilayah_kota_tangerang.csv")
    assert path == REPO / "resources" / "wilayah" / "wilayah_kota_tangerang.csv"
    assert path.is_file()


def test_resource_path_when_frozen_by_pyinstaller(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert (
        resources.resource_path("wilayah", "x.csv") == tmp_path / "resources" / "wilayah" / "x.csv"
    )


def test_core_wilayah_does_not_import_qt() -> None:
    code = "import sys, wksbm_desktop.core.domain.wilayah as w; w.kota_tangerang(); "
    code += "print(any(m.startswith(('PySide6', 'PyQt')) for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
