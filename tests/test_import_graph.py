"""The house's import graph: no module of the core or the app imports itself back.

A circle (a imports b, b imports a, even only for type checking) means two
modules are one piece of code split across files; import-linter's contracts
cover the layers, this covers the circles.
"""

from __future__ import annotations

import grimp


def circles(package: str) -> list[tuple[str, ...]]:
    graph = grimp.build_graph(package)
    found = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back is not None:
                found.append((module, *back))
    return found


def test_the_app_has_no_import_circles() -> None:
    assert circles("ui") == []


def test_the_core_has_no_import_circles() -> None:
    assert circles("postmortem") == []
