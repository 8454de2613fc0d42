"""Both catalogues hold the same keys with the same placeholders, module by module."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from wksbm_desktop import i18n
from wksbm_desktop.i18n import catalogues, missing


def test_every_key_has_an_english_text_and_back() -> None:
    found = missing.compare_languages("en")
    assert not found.missing, missing.render(found, "en")
    assert not found.extra, missing.render(found, "en")


def test_placeholders_agree_in_both_languages() -> None:
    found = missing.compare_languages("en")
    assert found.placeholders == [], found.placeholders


def test_english_mirrors_the_indonesian_modules_file_by_file() -> None:
    indonesian = catalogues.catalogue_modules("id")
    english = catalogues.catalogue_modules("en")
    assert set(english) == set(indonesian)
    for name, module in indonesian.items():
        assert set(english[name].MESSAGES) == set(module.MESSAGES), name


def test_the_english_catalogue_is_english() -> None:
    english, indonesian = i18n.catalogue("en"), i18n.catalogue("id")
    same = [key for key, text in english.items() if text == indonesian[key]]
    # Names, codes and programme terms (NIK, RT, Kelurahan, Bahasa Indonesia...) stay as they are.
    assert len(same) < len(english) * 0.1, same
    assert english["forms.save"] == "Save"
    assert english["shell.tab.groups"] == "Groups"


def test_a_missing_key_and_a_changed_placeholder_are_reported() -> None:
    source = {"core": {"a.one": "Satu {count}", "a.two": "Dua"}, "new_area": {"b.x": "Baru {name}"}}
    target = {"core": {"a.one": "One {number}", "a.gone": "Gone"}}
    found = missing.compare(source, target)
    assert found.missing == {"core": {"a.two": "Dua"}, "new_area": {"b.x": "Baru {name}"}}
    assert found.extra == {"core": ["a.gone"]}
    assert found.placeholders == ["a.one: ['count'] != ['number']"]
    report = missing.render(found, "en")
    assert '"a.two": "Dua",' in report and '"b.x": "Baru {name}",' in report
    assert "a.gone" in report


def test_missing_script_prints_nothing_to_do_when_complete(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert missing.main(["en"]) == 0
    assert "every key" in capsys.readouterr().out


def test_missing_script_lists_keys_a_new_module_brings(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    real = catalogues.catalogue_modules

    added = SimpleNamespace(MESSAGES={"added.key": "Kunci baru {name}"})

    def with_new_module(language: str) -> dict[str, object]:
        modules = dict(real(language))
        if language == "id":
            modules["added_area"] = added
        return modules

    monkeypatch.setattr(missing, "catalogue_modules", with_new_module)
    assert missing.main(["en"]) == 1
    out = capsys.readouterr().out
    assert "wksbm_desktop/i18n/en/added_area.py: 1 keys to translate" in out
    assert 'MESSAGES = {\n    "added.key": "Kunci baru {name}",\n}' in out


def test_english_texts_fill_their_placeholders() -> None:
    assert i18n.catalogue() is i18n.catalogue("id")
    i18n.set_language("en")
    assert i18n.catalogue() is i18n.catalogue("en")  # what a Qt translator over it reads
    assert i18n.t("rule.required", label=i18n.t("label.full_name")) == "Full name is required."
    assert i18n.t("shell.groups.count", count=3) == "3 groups"


def test_a_key_not_yet_translated_falls_back_to_indonesian(monkeypatch: pytest.MonkeyPatch) -> None:
    english = dict(i18n.catalogue("en"))
    del english["forms.save"]
    monkeypatch.setitem(i18n._catalogues, "en", english)
    i18n.set_language("en")
    assert i18n.t("forms.save") == "Simpan"
    assert i18n.t("forms.cancel") == "Cancel"


@pytest.mark.parametrize(
    ("value", "expected"),
    [("en", "en"), ("EN", "en"), ("en_US.UTF-8", "en"), ("id", "id"), ("fr", None), ("", None)],
)
def test_language_names_are_normalised(value: str, expected: str | None) -> None:
    assert i18n.normalise_language(value) == expected


def test_command_line_beats_environment_beats_saved_choice(monkeypatch: pytest.MonkeyPatch) -> None:
    assert i18n.choose_language([], saved="en") == "en"
    monkeypatch.setenv(i18n.ENV_LANG, "id")
    assert i18n.choose_language([], saved="en") == "id"
    assert i18n.choose_language(["--lang", "en", "stats"], saved="id") == "en"
    assert i18n.choose_language(["--lang=en"]) == "en"
    assert i18n.choose_language(["--", "--lang", "en"]) == "id"
    assert i18n.language() == "id"
