"""The installer's sources: wksbm.iss, its Indonesian messages, the pinned compiler, build.py's
wine route (nothing here compiles or runs a setup program; test_installer.py does)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from tests.packaging.conftest import NPM_ISCC, REQUIRE_INSTALLER_TOOLS, require_installer_tools

ROOT = Path(__file__).resolve().parent.parent.parent
WINDOWS = ROOT / "packaging" / "windows"
ISS = WINDOWS / "wksbm.iss"
INDONESIAN = WINDOWS / "Indonesian.isl"
DEFAULT_ISL = NPM_ISCC.parent / "Default.isl"
# compiler: files every standard Inno Setup 6 installation has (the official translations
# differ between releases, so none of them is relied on).
STANDARD_COMPILER_FILES = {"Default.isl"}
# [Setup] directives whose value is a file the compiler reads.
FILE_DIRECTIVES = (
    "SetupIconFile", "LicenseFile", "InfoBeforeFile", "InfoAfterFile",
    "WizardImageFile", "WizardSmallImageFile",
)  # fmt: skip
# Messages whose Indonesian text is rightly the same as the English one.
SAME_IN_BOTH = {
    "ButtonOK", "ComponentSize1", "ComponentSize2", "UninstallDisplayNameMark",
    "UninstallDisplayNameMarks", "UninstallDisplayNameMark32Bit", "UninstallDisplayNameMark64Bit",
}  # fmt: skip
PLACEHOLDER = re.compile(r"%\d|\[(?:name|name/ver|mb|gb|kb)\]")

Loader = Callable[[str], ModuleType]


def read_sections(path: Path) -> dict[str, dict[str, str]]:
    """An .isl/.iss file's ``key=value`` lines by section (comments and blank lines skipped)."""
    sections: dict[str, dict[str, str]] = {}
    current = sections.setdefault("", {})
    for raw in path.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        heading = re.fullmatch(r"\[(\w+)\]", line)
        if heading:
            current = sections.setdefault(heading.group(1), {})
        elif line and not line.startswith((";", "#")) and "=" in line:
            key, value = line.split("=", 1)
            current[key.strip()] = value
    return sections


def iss_defines() -> dict[str, str]:
    """The defaults the .iss gives its preprocessor defines (``#define Name "value"``)."""
    text = ISS.read_text(encoding="utf-8")
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, flags=re.MULTILINE))


def files_named_in_iss() -> list[str]:
    """Every file the compiler reads for wksbm.iss, defines replaced by their defaults."""
    text = ISS.read_text(encoding="utf-8")
    names = re.findall(r'MessagesFile:\s*"([^"]+)"', text)
    names += re.findall(r'^\s*#include\s+"([^"]+)"', text, flags=re.MULTILINE)
    setup = read_sections(ISS).get("Setup", {})
    names += [setup[key] for key in FILE_DIRECTIVES if key in setup]
    defines = iss_defines()
    resolved = []
    for entry in names:
        for name in entry.split(","):
            resolved.append(re.sub(r"\{#(\w+)\}", lambda m: defines[m.group(1)], name.strip()))
    return resolved


def tracked_by_git(path: Path) -> bool:
    result = subprocess.run(
        ["git", "ls-files", "--error-unmatch", str(path)], cwd=ROOT, capture_output=True
    )
    return result.returncode == 0


def test_iss_names_only_files_of_the_repository_or_every_inno_setup() -> None:
    names = files_named_in_iss()

    assert "Indonesian.isl" in names and "compiler:Default.isl" in names
    for name in names:
        if name.startswith("compiler:"):
            assert name.removeprefix("compiler:") in STANDARD_COMPILER_FILES, name
            if NPM_ISCC.is_file():
                assert (NPM_ISCC.parent / name.removeprefix("compiler:")).is_file(), name
        else:
            path = (WINDOWS / name.replace("\\", "/")).resolve()
            assert path.is_file(), name
            if (ROOT / ".git").exists():  # a source tarball has no history to ask
                assert tracked_by_git(path), f"{name} is not committed"


def test_indonesian_comes_first_and_english_second() -> None:
    languages = re.findall(r'^Name:\s*"(\w+)";\s*MessagesFile', ISS.read_text(), re.MULTILINE)

    assert languages == ["id", "en"]


def test_indonesian_messages_are_plain_text_and_declare_indonesian() -> None:
    raw = INDONESIAN.read_bytes()
    options = read_sections(INDONESIAN)["LangOptions"]

    assert raw.isascii()  # reads the same whatever code page the compiler assumes
    assert options["LanguageName"] == "Bahasa Indonesia"
    assert options["LanguageID"] == "$0421"


@pytest.fixture
def default_isl() -> dict[str, dict[str, str]]:
    """Inno Setup's English messages, from the pinned compiler package."""
    if not DEFAULT_ISL.is_file():
        require_installer_tools()
    return read_sections(DEFAULT_ISL)


@pytest.mark.parametrize("section", ["Messages", "CustomMessages"])
def test_every_inno_setup_message_has_its_own_indonesian_text(
    default_isl: dict[str, dict[str, str]], section: str
) -> None:
    english = default_isl[section]
    indonesian = read_sections(INDONESIAN)[section]

    assert sorted(set(english) - set(indonesian)) == []  # nothing falls back to English
    assert sorted(set(indonesian) - set(english)) == []  # no misspelt key
    for key, text in english.items():
        ours = indonesian[key]
        assert sorted(PLACEHOLDER.findall(ours)) == sorted(PLACEHOLDER.findall(text)), key
        assert ours.count("&") == text.count("&"), key  # keyboard accelerators kept
        if text.strip() and key not in SAME_IN_BOTH:
            assert ours.strip() and ours != text, f"{key} is not translated"


def test_custom_messages_the_script_uses_exist_in_both_languages(
    default_isl: dict[str, dict[str, str]],
) -> None:
    text = ISS.read_text(encoding="utf-8")
    used = set(re.findall(r"\{cm:(\w+)", text)) | set(re.findall(r"CustomMessage\('(\w+)'\)", text))
    in_script = read_sections(ISS).get("CustomMessages", {})
    indonesian = read_sections(INDONESIAN)["CustomMessages"]
    english = default_isl["CustomMessages"]

    assert {"DataKept", "CreateDesktopIcon", "LaunchProgram"} <= used
    for name in used:
        assert f"id.{name}" in in_script or name in indonesian, name
        assert f"en.{name}" in in_script or name in english, name


def test_the_compiler_is_pinned_and_ci_installs_it() -> None:
    package = json.loads((WINDOWS / "package.json").read_text())
    lock = json.loads((WINDOWS / "package-lock.json").read_text())
    ci = (ROOT / ".ci" / "run").read_text()
    install_tools = WINDOWS / "install_tools.sh"

    version = package["dependencies"]["innosetup"]
    assert re.fullmatch(r"\d+\.\d+\.\d+", version)  # exact, no range
    assert lock["packages"]["node_modules/innosetup"]["version"] == version
    assert install_tools.stat().st_mode & 0o111
    assert "packaging/windows/install_tools.sh" in ci
    assert f"export {REQUIRE_INSTALLER_TOOLS}=1" in ci
    assert "packaging/windows/node_modules/" in (ROOT / ".gitignore").read_text()


@pytest.fixture
def build(packaging_module: Loader) -> ModuleType:
    return packaging_module("build.py")


def test_paths_are_given_to_the_compiler_as_wine_sees_them(build: ModuleType) -> None:
    if build.IS_WINDOWS:
        pytest.skip("on Windows paths are passed unchanged")

    assert build.windows_path(Path("/tmp/a b/c.iss")) == "Z:\\tmp\\a b\\c.iss"


def test_compiler_defines_name_version_payload_and_program(
    build: ModuleType, tmp_path: Path
) -> None:
    arguments = build.installer_arguments(tmp_path / "payload", "1.2.3rc1", tmp_path, "prog")

    assert "/DAppVersion=1.2.3rc1" in arguments
    assert "/DAppVersionNumeric=1.2.3.0" in arguments
    assert f"/DSourceDir={build.windows_path(tmp_path / 'payload')}" in arguments
    assert f"/DOutputDir={build.windows_path(tmp_path)}" in arguments
    assert "/DAppExe=prog" in arguments
    assert arguments[-1] == build.windows_path(ISS)
    # The release (built on Windows) keeps the .iss's strongest compression.
    assert ("/DCompression=lzma2/fast" in arguments) is (not build.IS_WINDOWS)


def test_on_linux_the_compiler_runs_under_wine(
    build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    iscc = tmp_path / "ISCC.exe"
    monkeypatch.setattr(build, "IS_WINDOWS", False)
    monkeypatch.setattr(build, "NPM_ISCC", iscc)
    monkeypatch.setattr(build.shutil, "which", lambda name: f"/usr/bin/{name}")

    assert build.iscc_command() is None  # compiler not installed
    iscc.write_bytes(b"MZ")
    assert build.iscc_command() == ["/usr/bin/wine", str(iscc)]
    monkeypatch.setattr(build.shutil, "which", lambda name: None)
    assert build.iscc_command() is None  # wine not installed


def test_missing_tools_are_installed_by_the_project_script(
    build: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran: list[list[str]] = []
    answers = iter([None, ["wine", "ISCC.exe"]])
    monkeypatch.setattr(build, "IS_WINDOWS", False)
    monkeypatch.setattr(build, "iscc_command", lambda: next(answers))
    monkeypatch.setattr(build, "_run", lambda command, env=None: ran.append(command))

    assert build.ensure_iscc() == ["wine", "ISCC.exe"]
    assert ran == [["bash", str(WINDOWS / "install_tools.sh")]]


def test_build_fails_when_the_compiler_leaves_no_setup_program(
    build: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(build, "ensure_iscc", lambda: ["wine", "ISCC.exe"])
    monkeypatch.setattr(build, "_run", lambda command, env=None: None)

    with pytest.raises(SystemExit, match=r"setup\.exe is missing"):
        build.compile_installer(tmp_path / "payload", "1.0.0", tmp_path)
