"""The budget for untrusted input: every limit the core enforces, in one place.

A postmortem arrives from a colleague or a `git pull`, and so do its logo
and the `postmortem-settings.yaml` beside it. None of them may make the
program hang, run out of memory or overwrite what it should not. Each
number below bounds one kind of work so that the time and memory of a
load, check or export grow at most in proportion to the size of the files
read, which are themselves capped. README ("Safe with untrusted text")
lists them for users.
"""

from __future__ import annotations

# ---------------------------------------------------------------- reading
MAX_DOCUMENT_BYTES = 64 * 1024 * 1024
"""A `.postmortem` file, counted while reading (devices report a size of 0)."""

MAX_SETTINGS_BYTES = 1024 * 1024
"""A `postmortem-settings.yaml` file."""

MAX_ASSET_BYTES = 10 * 1024 * 1024
"""An image file beside the document (logo, signature, Markdown images)."""

MAX_AUTHORITY_BYTES = 1024 * 1024
"""A certificate authority file for the mail server (a company CA bundle is tens of KB)."""

# ---------------------------------------------------------------- YAML
MAX_YAML_DEPTH = 32
"""Nested mappings and lists; the deepest the writer produces is 5."""

MAX_YAML_VALUES = 1_000_000
"""Keys, scalars, mappings and lists in one file; the example postmortem has 490."""
# Aliases (`*name`) are refused outright: the writer never produces them, and
# without them every value in memory is a piece of the file's own text, so the
# parsed data can never be larger than a small multiple of the file.

# ---------------------------------------------------------------- validation
MAX_COUNTED_PROBLEMS = 1000
"""Problems counted after the first, which the message names; counting stops here."""

MAX_QUOTED_CHARS = 60
"""A value quoted in an error message is cut to this many characters."""

MAX_MESSAGE_CHARS = 400
"""An error message's reason, after which it is cut with an ellipsis."""

# ---------------------------------------------------------------- images
MAX_IMAGE_PIXELS = 40_000_000
"""Width x height of a raster image, read from its header before decoding (40 megapixels)."""

MAX_SVG_ELEMENTS = 20_000
"""Elements in an SVG logo, counting each `<use>` as the elements it copies."""

# ---------------------------------------------------------------- Markdown
MAX_MARKDOWN_NESTING = 16
"""Emphasis, links, lists and quotes nested in one another; deeper ones print as plain text."""

# ---------------------------------------------------------------- translations
MAX_TRANSLATIONS = 40
"""Languages one customer letter is translated into."""

MAX_LETTER_PARAGRAPHS = 2_000
"""Paragraphs of a translated letter body; a translation is lined up with a body
of at most this many paragraphs (the comparison grows with their product)."""

# ---------------------------------------------------------------- settings
MAX_PATTERN_CHARS = 500
"""A regular expression from the settings (matched in linear time by RE2)."""
