"""Small modules named for what they hold: none of the product's modules grows past 400 lines."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIMIT = 400


def test_no_module_is_over_400_lines() -> None:
    sizes = {
        str(path.relative_to(ROOT)): len(path.read_text(encoding="utf-8").splitlines())
        for package in ("postmortem", "ui")
        for path in (ROOT / package).rglob("*.py")
    }
    assert len(sizes) > 100  # both packages were found
    assert {name: n for name, n in sizes.items() if n > LIMIT} == {}
