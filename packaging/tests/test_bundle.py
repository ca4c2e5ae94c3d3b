"""The built .deb, checked as a user's machine would meet it. Run after `packaging/build.sh`:

    .venv/bin/pytest packaging/tests

It reads the package (`dpkg-deb --info/--contents`), unpacks it into a
throwaway root (`dpkg -x`), installs and removes it with dpkg in another one,
runs the bundled `postmortem export` with the system's Pango, HarfBuzz,
fontconfig and GLib hidden (bind-mounted over by /dev/null in a private mount
namespace, so only the bundle's copies can load), starts the bundled app
offscreen on the example until its preview shows a page, and runs the
desktop-file and AppStream validators on the installed files.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pypdf import PdfReader

from postmortem.version import version

REPO = Path(__file__).resolve().parents[2]
DIST = REPO / "dist"
APP_ID = "org.postmortemstudio.PostmortemStudio"
# The libraries WeasyPrint opens and what they pull in; the bundle carries its own of each.
HIDDEN = (
    "libpango-1.0.so.0", "libpangoft2-1.0.so.0", "libharfbuzz.so.0", "libharfbuzz-subset.so.0",
    "libfontconfig.so.1", "libfreetype.so.6", "libfribidi.so.0", "libgobject-2.0.so.0", "libglib-2.0.so.0",
)  # fmt: skip


@pytest.fixture(scope="module")
def deb() -> Path:
    found = sorted(DIST.glob(f"postmortem-studio_{version()}_*.deb"))
    assert found, "no .deb in dist/: run packaging/build.sh first"
    return found[-1]


@pytest.fixture(scope="module")
def root(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("root")
    subprocess.run(["dpkg", "-x", str(deb), str(target)], check=True)
    return target


@pytest.fixture
def example(root: Path, tmp_path: Path) -> Path:
    installed = root / "opt/postmortem-studio/_internal/postmortem/_examples/raid-outage"
    shutil.copytree(installed, tmp_path / "raid-outage")
    return tmp_path / "raid-outage" / "raid-outage.postmortem"


def system_library(soname: str) -> Path:
    listing = subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        if line.strip().startswith(soname + " ") and "x86-64" in line:
            return Path(line.rsplit("=> ", 1)[1]).resolve()
    raise AssertionError(f"{soname} is not installed here, so hiding it proves nothing")


def without_system_libraries(command: list[str], tmp_path: Path) -> list[str]:
    """`command` in a private mount namespace where the system's copies cannot be opened
    and /etc/fonts is empty, as on a machine without those packages."""
    empty = tmp_path / "no-fonts-config"
    empty.mkdir(exist_ok=True)
    mounts = [f"mount --bind /dev/null {system_library(name)}" for name in HIDDEN]
    mounts.append(f"mount --bind {empty} /etc/fonts")
    script = " && ".join([*mounts, 'exec "$@"'])
    return ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh", *command]


def environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(tmp_path), "LD_LIBRARY_PATH": "",
        "POSTMORTEM_STUDIO_DATA": str(tmp_path / "data"), "LANG": "C.UTF-8", **extra,
    }  # fmt: skip


def test_control_declares_name_version_and_system_dependencies(deb: Path) -> None:
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    fields = dict(
        line.strip().split(": ", 1) for line in info.splitlines() if line.startswith(" ") and ": " in line
    )
    assert fields["Package"] == "postmortem-studio"
    assert fields["Version"] == version()
    depends = fields["Depends"].split(", ")
    assert any(d.startswith("libc6 (>= ") for d in depends)
    # Pango and its kin are bundled, so they are not dependencies.
    assert not [d for d in depends if d.startswith(("libpango", "libharfbuzz", "libfontconfig"))]
    assert "fonts-noto-cjk" in fields["Recommends"]
    # No maintainer scripts: dpkg's own triggers refresh the menu, MIME and icon caches.
    assert not any(name in info for name in ("postinst", "prerm", "postrm", "preinst"))


def test_contents_are_root_owned_and_in_the_places_desktops_look(deb: Path) -> None:
    listing = subprocess.run(["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True)
    lines = listing.stdout.splitlines()
    assert all(line.split()[1] == "root/root" for line in lines)
    paths = {line.split()[5] for line in lines}
    expected = {
        "./opt/postmortem-studio/postmortem-studio",
        "./opt/postmortem-studio/postmortem",
        "./usr/bin/postmortem",
        "./usr/bin/postmortem-studio",
        f"./usr/share/applications/{APP_ID}.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        f"./usr/share/mime/packages/{APP_ID}.xml",
        f"./usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg",
        "./usr/share/doc/postmortem-studio/copyright",
        "./usr/share/doc/postmortem-studio/licences/python/python/LICENSE.txt",
        "./usr/share/doc/postmortem-studio/licences/debian/libpango-1.0-0/copyright",
        "./usr/share/doc/postmortem-studio/licences/fonts/NOTO-COPYRIGHT.txt",
    }
    expected |= {f"./usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in (16, 32, 48, 128, 256, 512)}
    assert expected <= paths
    assert any(p.startswith("./usr/share/doc/postmortem-studio/licences/python/weasyprint-") for p in paths)
    assert any(p.startswith("./usr/share/doc/postmortem-studio/licences/python/pyside6") for p in paths)


def test_commands_in_usr_bin_lead_into_opt(root: Path) -> None:
    for program in ("postmortem", "postmortem-studio"):
        link = root / "usr" / "bin" / program
        assert str(link.readlink()) == f"../../opt/postmortem-studio/{program}"
        assert link.resolve() == (root / "opt" / "postmortem-studio" / program).resolve()
        result = subprocess.run([str(link), "--version"], capture_output=True, text=True, timeout=120,
                                check=False)  # fmt: skip
        assert result.stdout == f"{program} {version()}\n"


@pytest.mark.timeout(300)
def test_installs_and_removes_cleanly_with_dpkg(deb: Path, tmp_path: Path) -> None:
    admin = tmp_path / "var" / "lib" / "dpkg"
    for folder in ("info", "updates", "triggers"):
        (admin / folder).mkdir(parents=True)
    (admin / "status").touch()
    dpkg = ["dpkg", f"--root={tmp_path}", "--force-depends", "--force-script-chrootless", "--no-triggers"]
    before = {p for p in tmp_path.rglob("*") if not p.is_relative_to(admin)}
    subprocess.run([*dpkg, "--install", str(deb)], check=True, capture_output=True)
    assert (tmp_path / "opt" / "postmortem-studio" / "postmortem-studio").is_file()
    subprocess.run([*dpkg, "--purge", "postmortem-studio"], check=True, capture_output=True)
    after = {p for p in tmp_path.rglob("*") if not p.is_relative_to(admin)}
    assert after == before


@pytest.mark.timeout(300)
def test_bundled_cli_exports_the_example_with_the_system_pango_hidden(
    root: Path, example: Path, tmp_path: Path
) -> None:
    output = tmp_path / "letter.pdf"
    command = [str(root / "usr/bin/postmortem"), "export", str(example), "--format", "pdf",
               "--audience", "customer", "-o", str(output)]  # fmt: skip
    result = subprocess.run(
        without_system_libraries(command, tmp_path), env=environment(tmp_path),
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    pdf = PdfReader(output)
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "Northwind Load Labs" in text and "Dear" in text
    fonts = {
        str(font["/BaseFont"]) for page in pdf.pages
        for font in page["/Resources"]["/Font"].values()
    }  # fmt: skip
    assert any(name.endswith("+Noto-Serif-Postmortem") for name in fonts)  # the app's own font, embedded


@pytest.mark.timeout(300)
def test_bundled_app_previews_the_example_in_one_window(root: Path, example: Path, tmp_path: Path) -> None:
    command = [str(root / "usr/bin/postmortem-studio"), "--self-test", str(example)]
    result = subprocess.run(
        without_system_libraries(command, tmp_path), env=environment(tmp_path, QT_QPA_PLATFORM="offscreen"),
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    verdict = result.stdout.strip().splitlines()[-1]
    worker = str(root / "opt/postmortem-studio/postmortem-studio")
    assert verdict.startswith("ok: preview shows ")
    assert verdict.endswith(f"pages; 1 window open; worker: {worker} --render-worker")


def test_bundle_carries_the_interface_catalogues_and_qts_own(root: Path) -> None:
    internal = root / "opt/postmortem-studio/_internal"
    for code in ("de", "fr", "es", "ja", "ar"):
        assert (internal / "ui/i18n" / f"postmortem_studio_{code}.qm").is_file()
        assert (internal / "PySide6/Qt/translations" / f"qtbase_{code}.qm").is_file()


def test_desktop_entry_and_metainfo_validate(root: Path) -> None:
    entry = root / "usr/share/applications" / f"{APP_ID}.desktop"
    desktop = subprocess.run(["desktop-file-validate", str(entry)],
                             capture_output=True, text=True, check=False)  # fmt: skip
    assert desktop.returncode == 0 and desktop.stdout == "", desktop.stdout
    metainfo = root / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    appstream = subprocess.run(["appstreamcli", "validate", "--no-net", str(metainfo)],
                               capture_output=True, text=True, check=False)  # fmt: skip
    assert appstream.returncode == 0, appstream.stdout
    assert "Validation was successful" in appstream.stdout


def test_bundled_cli_words_a_german_report_from_its_catalogs(
    root: Path, example: Path, tmp_path: Path
) -> None:
    german = example.with_name("german.postmortem")
    german.write_text(example.read_text("utf-8").replace("\n  language: en\n", "\n  language: de\n"), "utf-8")
    output = tmp_path / "report.pdf"
    command = [str(root / "usr/bin/postmortem"), "export", str(german), "--format", "pdf",
               "--audience", "internal", "-o", str(output)]  # fmt: skip
    result = subprocess.run(command, env=environment(tmp_path), capture_output=True, text=True, timeout=300,
                            check=False)  # fmt: skip
    assert result.returncode == 0, result.stderr
    # The key figures' labels are set in capitals by the stylesheet: compare without case.
    text = " ".join(page.extract_text() for page in PdfReader(output).pages).upper()
    for words in ("Seite 1 von", "Zeit bis zur Erkennung", "2 Tg. 14 Std. 10 Min.", "6. November 2026",
                  "Nordamerikanische Ostküstenzeit"):
        assert words.upper() in text, words
