"""Default factories for the document models' list and dict fields.

pydantic asks `inspect.signature` of every default factory whether it takes the
validated data. For the builtins `list` and `dict` that means parsing their text
signature with `tokenize`, whose first use compiles a large regular expression:
about 5 ms of the app's start-up for the models' 15 such fields. A Python
function's signature is read straight from its code.
"""

from typing import Any


def no_items() -> list[Any]:
    return []


def no_entries() -> dict[Any, Any]:
    return {}
