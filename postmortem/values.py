"""Strictly validated small values: colours, asset paths, time zones, URLs.

These values end up inside CSS, file paths and links of exported documents,
so each is checked against a narrow grammar instead of being escaped later.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath
from typing import Annotated
from urllib.parse import urlsplit
from zoneinfo import TZPATH, ZoneInfo

from postmortem.text import Normalised, clean_line

_COLOUR = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_EMAIL = re.compile(r"[^@\s<>\"',;()\[\]\\]+@[^@\s<>\"',;()\[\]\\]+\.[A-Za-z0-9-]{2,}")
_ASSET_PART = re.compile(r"[A-Za-z0-9._ -]+")
ASSET_SUFFIXES = (".png", ".jpg", ".jpeg", ".svg", ".gif", ".webp")


def _strip(value: object) -> object:
    if value is None:
        return ""
    return clean_line(value) if isinstance(value, str) else value


def check_colour(value: str) -> str:
    """A CSS hex colour, #rgb or #rrggbb, returned as lower-case #rrggbb."""
    if not _COLOUR.fullmatch(value):
        raise ValueError(f"{value!r} is not a colour; write it as #rrggbb, for example #1f4e79")
    if len(value) == 4:
        value = "#" + "".join(c * 2 for c in value[1:])
    return value.lower()


def _inside_folder(value: str, example: str) -> PurePosixPath:
    """A relative path that cannot leave the document's folder, in plain characters."""
    if "\\" in value or ":" in value or value.startswith(("/", "~")):
        raise ValueError(f"{value!r} must be a path relative to the document's folder, such as {example}")
    path = PurePosixPath(value)
    if any(part == ".." for part in path.parts):
        raise ValueError(f"{value!r} points outside the document's folder")
    if not all(_ASSET_PART.fullmatch(part) for part in path.parts):
        raise ValueError(f"{value!r} may use only letters, digits, spaces, '.', '_' and '-'")
    return path


def check_asset_path(value: str) -> str:
    """A relative path to an image inside the document's own folder."""
    if not value:
        return value
    path = _inside_folder(value, "logo.png")
    if path.suffix.lower() not in ASSET_SUFFIXES:
        raise ValueError(f"{value!r} is not an image ({', '.join(ASSET_SUFFIXES)})")
    return str(path)


RECIPIENTS_SUFFIXES = (".csv", ".xlsx")


def check_recipients_path(value: str) -> str:
    """A relative path to a mail merge's recipients file inside the document's own folder."""
    if not value:
        return value
    path = _inside_folder(value, "customers.csv")
    if path.suffix.lower() not in RECIPIENTS_SUFFIXES:
        raise ValueError(f"{value!r} is not a recipients file ({', '.join(RECIPIENTS_SUFFIXES)})")
    return str(path)


def check_time_zone(value: str) -> str:
    """An IANA time zone name such as Europe/Berlin or America/New_York."""
    if value in ("UTC", "Etc/UTC"):
        return value
    try:
        ZoneInfo(value)
    except (ValueError, KeyError, OSError):
        raise ValueError(f"{value!r} is not an IANA time zone name (e.g. America/New_York)") from None
    if not _is_known_zone(value):
        raise ValueError(f"{value!r} is not an IANA time zone name (e.g. America/New_York)")
    return value


_ZONES: dict[str, bool] = {}


def _is_known_zone(name: str) -> bool:
    """What `name in zoneinfo.available_timezones()` says, without listing every zone
    (that reads every file under the zone folders: 30 to 60 ms when a document opens)."""
    if name not in _ZONES:
        _ZONES[name] = _is_zone(name)
    return _ZONES[name]


def _is_zone(name: str) -> bool:
    if name in ("", ".", "..", "posixrules") or name.split("/", maxsplit=1)[0] in ("right", "posix"):
        return False
    parts = PurePosixPath(name).parts
    if ".." in parts or name.startswith("/"):
        return False
    for root in TZPATH:
        candidate = Path(root).joinpath(*parts)
        try:
            with candidate.open("rb") as file:
                if file.read(4) == b"TZif":
                    return True
        except OSError:
            continue
    # Only then the tzdata package's list: reading it (importlib.resources) costs more than
    # opening one file, and a system with zone files has the zone there.
    return name in _tzdata_zones()


_TZDATA: list[frozenset[str]] = []


def _tzdata_zones() -> frozenset[str]:
    """The zones of the `tzdata` package, where the system has none (Windows)."""
    if not _TZDATA:
        try:
            from importlib import resources

            with resources.files("tzdata").joinpath("zones").open("r", encoding="utf-8") as listing:
                _TZDATA.append(frozenset(line.strip() for line in listing if line.strip()))
        except (ImportError, OSError):
            _TZDATA.append(frozenset())
    return _TZDATA[0]


def check_email(value: str) -> str:
    if value and not _EMAIL.fullmatch(value):
        raise ValueError(f"{value!r} is not an e-mail address")
    return value


def check_web_url(value: str) -> str:
    """An http(s) link; anything else (javascript:, file:, data:) is refused."""
    if not value:
        return value
    parts = urlsplit(value)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        raise ValueError(f"{value!r} is not a web address starting with https://")
    if any(ch in value for ch in "<>\"' "):
        raise ValueError(f"{value!r} contains characters a web address cannot hold")
    return value


Colour = Annotated[str, Normalised(_strip, check_colour)]
AssetPath = Annotated[str, Normalised(_strip, check_asset_path)]
RecipientsPath = Annotated[str, Normalised(_strip, check_recipients_path)]
TimeZoneName = Annotated[str, Normalised(_strip, check_time_zone)]
Email = Annotated[str, Normalised(_strip, check_email)]
WebUrl = Annotated[str, Normalised(_strip, check_web_url)]
