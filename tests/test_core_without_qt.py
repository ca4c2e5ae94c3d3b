"""The core works where Qt is not installed: a server, a CI job, a script."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = textwrap.dedent(
    """
    import sys

    BLOCKED = ("PySide6", "shiboken6", "ui")


    class NoQt:
        # Acts as if Qt and the GUI package were not installed at all.
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked in this test")
            return None


    sys.meta_path.insert(0, NoQt())

    import postmortem
    from postmortem.checks import check, is_ready
    from postmortem.export import export

    document = postmortem.load(sys.argv[1])
    assert is_ready(check(document)), "the example should be ready"
    for audience in ("customer", "internal"):
        for file_format in ("md", "html", "pdf"):
            data = export(document, file_format, audience)
            assert len(data) > 1000, (file_format, audience, len(data))
            print(audience, file_format, data[:5])

    loaded = sorted(name for name in sys.modules if name.split(".")[0] in BLOCKED)
    print("blocked modules loaded:", loaded)
    sys.exit(1 if loaded else 0)
    """
)


def test_load_check_and_export_without_qt(example_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(example_path)],
        capture_output=True, text=True, timeout=120, check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "blocked modules loaded: []" in result.stdout
    assert "customer pdf b'%PDF-'" in result.stdout
    assert "internal pdf b'%PDF-'" in result.stdout
    assert len(result.stdout.splitlines()) == 7  # six exports and the module list


def test_the_blocker_really_blocks_qt() -> None:
    # Guards the test above: if the finder did nothing, it would prove nothing.
    probe = SCRIPT.split("import postmortem", 1)[0] + "import PySide6\n"
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 1
    assert "ImportError: PySide6 is blocked in this test" in result.stderr
