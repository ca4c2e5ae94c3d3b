"""The logo and the signature image: a file an export would leave out is a finding.

Exports embed only images that pass `AssetFolder.vetted` (inside the
document's folder, really an image, within the pixel and SVG budgets of
`postmortem.imagebudget`); anything else is silently left out of the page,
so the writer learns here why the letter prints without it.
"""

from __future__ import annotations

from postmortem.assets import AssetFolder
from postmortem.checks.findings import Audience, Finding, W
from postmortem.model import Document


def images(doc: Document) -> list[Finding]:
    folder = doc._folder
    if folder is None:
        return []  # not saved yet: there is no folder to look in
    assets = AssetFolder(folder)
    wanted: list[tuple[str, str, str, Audience | None]] = [
        ("meta.organisation.logo", "logo", doc.meta.organisation.logo, None),
        ("customer_letter.signature_image", "signature image", doc.customer_letter.signature_image,
         "customer"),
    ]
    out = []
    for location, label, name, audience in wanted:
        if not name:
            continue
        _asset, problem = assets.vetted(name)
        if problem:
            out.append(Finding(
                W, location, f"the {label} {name} is left out of exports: {problem}",
                "Use a PNG, JPEG or plain SVG file in the document's folder.", "image", audience,
            ))
    return out
