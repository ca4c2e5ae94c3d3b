"""Renderers: audience views in, Markdown, HTML or PDF bytes out.

Each renderer takes a view from `postmortem.views` (never the document
itself), so the customer letter cannot reach internal text. `postmortem.export`
is the entry point; WeasyPrint is imported only when a PDF is asked for.
"""
