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
    assert tuning.html_class() is not weasyprint.HTML  # the tuned class, not the fallback


def test_the_narrowed_stylesheet_gives_the_same_pdf(example_copy: Path, monkeypatch) -> None:
    document = load(example_copy)
    tuned = export(document, "pdf", "internal")
    monkeypatch.setattr(tuning, "html_class", lambda: weasyprint.HTML)
    assert export(document, "pdf", "internal") == tuned


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
