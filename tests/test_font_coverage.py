"""A letter in a script no installed font covers is a finding, not a PDF of empty boxes.

`postmortem check` runs with fontconfig pointed at a configuration that lists
no fonts (as on a machine without fonts-noto-cjk or any other font package):
only the app's own Noto Serif and Sans remain, which cover Latin but not Japanese.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture
def no_system_fonts(tmp_path: Path) -> dict[str, str]:
    config = tmp_path / "fonts.conf"
    cache = tmp_path / "cache"
    config.write_text(f"<?xml version='1.0'?><fontconfig><cachedir>{cache}</cachedir></fontconfig>")
    return {**os.environ, "PYTHONPATH": str(REPO), "FONTCONFIG_FILE": str(config)}


def write_letter(example_copy: Path, sentence: str) -> Path:
    text = example_copy.read_text(encoding="utf-8")
    marker = "  body: |-\n"
    assert marker in text
    example_copy.write_text(text.replace(marker, f"{marker}    {sentence}\n\n", 1), encoding="utf-8")
    return example_copy


def check(path: Path, environment: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "postmortem", "check", str(path), "--audience", "customer"],
        env=environment, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip


def test_japanese_letter_without_a_cjk_font_is_not_ready(example_copy: Path, no_system_fonts: dict) -> None:
    path = write_letter(example_copy, "障害についてお詫び申し上げます。")
    result = check(path, no_system_fonts)
    assert result.returncode == 1
    assert (
        "error: customer_letter.body: no installed font has the Han and Hiragana scripts: "
        "it would print as empty boxes; install fonts-noto-cjk"
    ) in result.stdout.splitlines()


def test_arabic_and_emoji_name_their_own_packages(example_copy: Path, no_system_fonts: dict) -> None:
    path = write_letter(example_copy, "نعتذر عن الانقطاع 🙏")
    lines = check(path, no_system_fonts).stdout
    assert "the Arabic script: it would print as empty boxes; install fonts-noto-core" in lines
    assert "the emoji: it would print as empty boxes; install fonts-noto-color-emoji" in lines


def test_latin_greek_and_cyrillic_need_only_the_bundled_fonts(
    example_copy: Path, no_system_fonts: dict
) -> None:
    path = write_letter(example_copy, "Entschuldigung, désolé, συγγνώμη, извините.")
    result = check(path, no_system_fonts)
    assert "font" not in result.stdout


def test_with_the_cjk_fonts_installed_the_japanese_letter_passes(example_copy: Path) -> None:
    # The README's apt-get line installs fonts-noto-cjk, as the .deb recommends.
    path = write_letter(example_copy, "障害についてお詫び申し上げます。")
    result = check(path, {**os.environ, "PYTHONPATH": str(REPO)})
    assert "no installed font" not in result.stdout


def test_arabic_in_another_face_than_noto_is_a_warning_naming_the_package(
    example_copy: Path, tmp_path: Path
) -> None:
    # A machine with DejaVu but not fonts-noto-core: the Arabic prints in DejaVu Sans beside the Noto text.
    config = tmp_path / "dejavu.conf"
    config.write_text(
        "<?xml version='1.0'?><fontconfig><dir>/usr/share/fonts/truetype/dejavu</dir>"
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>"
    )
    path = write_letter(example_copy, "نعتذر عن الانقطاع.")
    result = check(path, {**os.environ, "PYTHONPATH": str(REPO), "FONTCONFIG_FILE": str(config)})
    lines = result.stdout.splitlines()
    assert (
        "warning: customer_letter.body: Noto Naskh Arabic is not installed: the Arabic script would print "
        "in another type face; install fonts-noto-core"
    ) in lines
    assert not [line for line in lines if "no installed font" in line]
