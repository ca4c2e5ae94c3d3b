"""Writable copies of the bundled example.

The installed example sits inside the package (site-packages, /opt): opening it
there would put the lock file, autosaves and exports beside it, where the
writer cannot or must not write. The app opens a copy instead.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from postmortem.assets import example_path


def copy_example(folder: Path) -> Path:
    """Copy the example's folder (the document and its images) into `folder` under a name not
    yet taken (`raid-outage`, `raid-outage 2`, ...) and return the copied document's path.
    The copies are the writer's, with the writer's default permissions, not the installed ones."""
    from postmortem.checks.settings import SETTINGS_FILE  # the settings model loads only when copying

    source = example_path().parent
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.name
    number = 2
    while target.exists():
        target = folder / f"{source.name} {number}"
        number += 1
    target.mkdir()
    for item in sorted(source.rglob("*")):
        destination = target / item.relative_to(source)
        if item.is_dir():
            destination.mkdir(exist_ok=True)
        elif not item.name.endswith(".lock"):
            shutil.copyfile(item, destination)
    # The organisation settings the example is checked with sit one folder up in the package.
    settings = source.parent / SETTINGS_FILE
    if settings.is_file():
        shutil.copyfile(settings, target / SETTINGS_FILE)
    return target / example_path().name
