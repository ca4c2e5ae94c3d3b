"""An installed wheel carries everything an export needs, wherever it runs from."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def unpacked_wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--wheel-dir", str(out), str(ROOT)],
        check=True, capture_output=True, timeout=120,
    )  # fmt: skip
    (wheel,) = out.glob("postmortem_studio-*.whl")
    target = out / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    return target


def test_wheel_holds_fonts_templates_and_the_example(unpacked_wheel: Path) -> None:
    package = unpacked_wheel / "postmortem"
    assert (package / "_assets" / "fonts" / "NotoSerif-Regular.ttf").is_file()
    assert (package / "_assets" / "fonts" / "NotoSansMono-Regular.ttf").is_file()  # code in exports
    assert (package / "_assets" / "templates" / "letter.html.j2").is_file()
    assert (package / "_examples" / "raid-outage" / "raid-outage.postmortem").is_file()
    assert (unpacked_wheel / "ui" / "app.py").is_file()


def test_wheel_carries_desktop_files_and_licence_but_no_screenshots(unpacked_wheel: Path) -> None:
    files = [p.relative_to(unpacked_wheel).as_posix() for p in unpacked_wheel.rglob("*") if p.is_file()]
    assert not [f for f in files if "screenshot" in f]
    assert not [f for f in files if f.endswith(".png") and "/icons/hicolor/" not in f]
    assert "ui/_linux/org.postmortemstudio.PostmortemStudio.desktop" in files
    assert "postmortem/_assets/icons/hicolor/256x256/apps/org.postmortemstudio.PostmortemStudio.png" in files
    assert any(f.endswith(".dist-info/licenses/LICENSE") for f in files)


def test_wheel_carries_the_interface_catalogues(unpacked_wheel: Path) -> None:
    for code in ("de", "fr", "es", "ja", "ar"):
        compiled = unpacked_wheel / "ui" / "i18n" / f"postmortem_studio_{code}.qm"
        assert compiled.read_bytes() == (ROOT / "ui" / "i18n" / compiled.name).read_bytes()


def test_installed_package_exports_the_example_from_anywhere(unpacked_wheel: Path, tmp_path: Path) -> None:
    script = (
        "import postmortem, postmortem.assets as a\n"
        f"assert str(a.APP_ASSETS).startswith({str(unpacked_wheel)!r}), a.APP_ASSETS\n"
        "doc = postmortem.load(a.example_path())\n"
        "pdf = postmortem.export(doc, 'pdf', 'customer')\n"
        "print(len(pdf), pdf[:5].decode())\n"
    )
    env = {**os.environ, "PYTHONPATH": str(unpacked_wheel)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    size, magic = result.stdout.split()
    assert magic == "%PDF-" and int(size) > 10_000


def test_installed_package_words_a_german_report_from_its_own_catalogs(
    unpacked_wheel: Path, tmp_path: Path
) -> None:
    assert (unpacked_wheel / "postmortem" / "locale" / "de" / "LC_MESSAGES" / "postmortem.po").is_file()
    script = (
        "import postmortem, postmortem.assets as a, postmortem.i18n as i\n"
        f"assert str(i.LOCALE_DIR).startswith({str(unpacked_wheel)!r}), i.LOCALE_DIR\n"
        "doc = postmortem.load(a.example_path())\n"
        "doc.meta.language = 'de'\n"
        "html = postmortem.export(doc, 'html', 'internal').decode()\n"
        "print('Zeit bis zur Erkennung' in html, 'Seite \" counter(page)' in html,\n"
        "      '2 Tg. 14 Std. 10 Min.' in html)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(unpacked_wheel)}
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["True", "True", "True"]
