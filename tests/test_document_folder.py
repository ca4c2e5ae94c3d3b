"""Where a loaded document lives."""

from __future__ import annotations

from postmortem.fileformat import load
from postmortem.model import Document


def test_a_loaded_document_knows_its_folder(example_copy) -> None:
    assert load(example_copy).folder == example_copy.parent.resolve()
    assert Document().folder is None
