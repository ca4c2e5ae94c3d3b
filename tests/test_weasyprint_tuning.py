"""The WeasyPrint tunings: written for WeasyPrint 70's internals, confined to the export call.

If a WeasyPrint release changes what they touch, the first tests here fail
by name, before anyone wonders why exports got slower.
"""

from __future__ import annotations

import gc
import json
import subprocess
import sys
from pathlib import Path

import weasyprint
from weasyprint.html import UA, UA_STYLESHEET

from postmortem.export import export
from postmortem.fileformat import load
from postmortem.render import pdf
from postmortem.render import weasyprint_tuning as tuning

REPO = Path(__file__).resolve().parent.parent


def test_written_for_weasyprint_70() -> None:
    assert weasyprint.__version__.split(".")[0] == "70", (
        "the tunings in postmortem/render/weasyprint_tuning.py touch WeasyPrint 70's internals: "
        "check each against this release, then move the pin in pyproject.toml"
    )


def test_the_user_agent_rules_it_narrows_are_worded_as_expected() -> None:
    assert tuning.narrowed_ua(UA) is not None, "weasyprint.html.UA words its universal rules differently"
    assert "_ua_stylesheets" in vars(weasyprint.HTML), "HTML._ua_stylesheets is gone"
    assert UA_STYLESHEET in weasyprint.HTML(string="<p>x</p>")._ua_stylesheets()
    assert tuning.html_class(tuning.NARROWED_UA_FROM) is not weasyprint.HTML  # tuned, not the fallback


def test_the_narrowed_stylesheet_gives_the_same_pdf(example_copy: Path, monkeypatch) -> None:
    document = load(example_copy)
    asked: list[int] = []
    chosen = tuning.html_class
    monkeypatch.setattr(tuning, "html_class", lambda elements: asked.append(elements) or chosen(elements))
    tuned = export(document, "pdf", "internal")
    assert asked[0] >= tuning.NARROWED_UA_FROM  # the example's report is long enough to be narrowed
    monkeypatch.setattr(tuning, "html_class", lambda elements: weasyprint.HTML)
    assert export(document, "pdf", "internal") == tuned


def test_a_letter_keeps_the_stock_stylesheet_and_parses_no_copy(example_copy: Path) -> None:
    """A short page would pay more for parsing the narrowed stylesheet than it saves laying out."""
    script = (
        "import sys\n"
        "from postmortem.export import export\n"
        "from postmortem.fileformat import load\n"
        "from postmortem.render import weasyprint_tuning as tuning\n"
        "export(load(sys.argv[1]), 'pdf', 'customer')\n"
        "print('narrowed parsed:', tuning._narrowed_html_class.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(example_copy)], capture_output=True, text=True,
                         check=True, cwd=REPO, timeout=120).stdout
    assert out.split() == ["narrowed", "parsed:", "0"]


def test_an_export_leaves_the_garbage_collector_as_it_found_it(example_copy: Path) -> None:
    before = gc.get_threshold()
    export(load(example_copy), "pdf", "customer")
    assert gc.get_threshold() == before
    assert pdf.tuning is tuning


PROBE = """
import gc, json, pkgutil, importlib, sys
before = {"threshold": gc.get_threshold(), "enabled": gc.isenabled(), "frozen": gc.get_freeze_count()}
import weasyprint, weasyprint.html
sheets = (weasyprint.html.UA, weasyprint.html.UA_STYLESHEET, weasyprint.HTML._ua_stylesheets)
import postmortem
for module in pkgutil.walk_packages(postmortem.__path__, "postmortem."):
    if not module.name.endswith("__main__"):  # that one runs the command line
        importlib.import_module(module.name)
after = {"threshold": gc.get_threshold(), "enabled": gc.isenabled(), "frozen": gc.get_freeze_count()}
same = sheets == (weasyprint.html.UA, weasyprint.html.UA_STYLESHEET, weasyprint.HTML._ua_stylesheets)
print(json.dumps({"before": before, "after": after, "same_stylesheets": same}))
"""


def test_importing_postmortem_changes_neither_gc_settings_nor_weasyprint_stylesheets() -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=REPO, capture_output=True, text=True, check=True, timeout=120
    )
    result = json.loads(out.stdout)
    assert result["after"] == result["before"]
    assert result["same_stylesheets"]


def _weasyprint_library_names() -> list[tuple[str, ...]]:
    """The names each `_dlopen` call in WeasyPrint's ffi module tries, in its own words."""
    import ast
    import importlib.util

    spec = importlib.util.find_spec("weasyprint.text.ffi")
    assert spec is not None and spec.origin is not None
    tree = ast.parse(Path(spec.origin).read_text(encoding="utf-8"))
    calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call) and getattr(n.func, "id", "") == "_dlopen"]
    return [tuple(a.value for a in call.args if isinstance(a, ast.Constant)) for call in calls]


def test_the_library_names_it_answers_are_the_ones_weasyprint_asks_for() -> None:
    asked = _weasyprint_library_names()
    assert len(asked) == len(tuning.WEASYPRINT_LIBRARIES), "WeasyPrint opens other libraries now"
    for names in asked:
        soname = next((s for s, known in tuning.WEASYPRINT_LIBRARIES.items() if known == names[:3]), None)
        assert soname is not None, f"WeasyPrint's names changed: {names}"
        assert soname in names, f"{soname} is not among WeasyPrint's names {names}"


def test_library_lookups_are_answered_only_inside_the_block(monkeypatch) -> None:
    import ctypes.util

    stock = ctypes.util.find_library
    asked: list[str] = []
    monkeypatch.setattr(ctypes.util, "find_library", lambda name: asked.append(name) or None)
    with tuning.libraries_known():
        assert ctypes.util.find_library("libpango-1.0-0") == "libpango-1.0.so.0"
        assert ctypes.util.find_library("fontconfig") == "libfontconfig.so.1"
        assert ctypes.util.find_library("libexample-9") is None  # not WeasyPrint's: asked the stock way
    assert asked == ["libexample-9"]
    assert ctypes.util.find_library("fontconfig") is None  # the stock (here: the stand-in) again
    monkeypatch.undo()
    assert ctypes.util.find_library is stock


def test_weasyprint_imported_with_known_libraries_renders_alike(example_copy: Path) -> None:
    """A fresh process: WeasyPrint imported inside the block finds the libraries and makes the same PDF."""
    script = (
        "import sys, ctypes.util\n"
        "stock = ctypes.util.find_library\n"
        "from postmortem.export import export\n"
        "from postmortem.fileformat import load\n"
        "data = export(load(sys.argv[1]), 'pdf', 'customer')\n"
        "assert ctypes.util.find_library is stock\n"
        "sys.stdout.buffer.write(data)\n"
    )
    tuned = subprocess.run([sys.executable, "-c", script, str(example_copy)], capture_output=True, check=True,
                           cwd=REPO).stdout
    plain = subprocess.run(
        [sys.executable, "-c", "import weasyprint\n" + script, str(example_copy)],
        capture_output=True, check=True, cwd=REPO,
    ).stdout
    assert tuned.startswith(b"%PDF") and tuned == plain
