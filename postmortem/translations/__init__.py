"""The writer's own letter in other languages: `customer_letter.translations.<lang>`.

- `model`: the pydantic classes the file holds (a translated text and the
  digest of the original it was made from);
- `paragraphs`: the original's paragraphs, their digests, and how a
  translation's paragraphs line up with them (current, stale, missing);
- `sources`: the customer-visible texts of the document the letter prints;
- `reading`: the document as it reads in one language, which every
  renderer then reads as it reads any document.

This `__init__` imports nothing: `postmortem.model` imports `model` from here.
"""
