"""Postmortems written in Markdown, from any of the usual templates.

Headings are matched by meaning, not by exact text: "Executive summary",
"Summary" and "TL;DR" all fill the summary; "Root causes", "Why did it
happen?" the root causes; "Follow-ups" and "Corrective actions" the action
items; "What went well" the lessons. YAML front matter and `**Key:** value`
lines under the title fill `meta`. Text under a heading that means nothing
here goes, with its heading, into the nearest section's internal notes and
is named in the report. This app's internal Markdown export is read the
same way, with its `postmortem-studio` front matter giving back exactly what
the body cannot (see `document_source`).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from postmortem.errors import DocumentError
from postmortem.importers import document_source, headings
from postmortem.importers import markdown_parts as parts
from postmortem.importers.columns import EVENT_COLUMNS, map_columns, zone_in_header
from postmortem.importers.lines import read_lines
from postmortem.importers.result import (
    Finding,
    Imported,
    ImportedAction,
    ImportedEvent,
    ImportedField,
    Unplaced,
    Where,
    zone_label,
)
from postmortem.importers.source import Options, read_text
from postmortem.model import SECTION_TITLES, Why
from postmortem.render.wording import INTERNAL_MARK

# Lines and sections this app's internal report writes from the document's
# other fields: read as what they are, not as the writer's prose.
_GENERATED_LINES = (
    f"**{INTERNAL_MARK}**",
    "Key moments (trigger, detection, mitigation, resolution) are in bold.",
)
_SECTION_BY_TITLE = {title: name for name, title in SECTION_TITLES.items()}
_IMPACT_PARTS = {
    "Data loss details": ("impact", "data_loss_details"),
    "What customers need to do": ("impact", "customer_actions"),
    "SLA and service credits": ("impact", "sla_notes"),
}

_HEADING = re.compile(r"^(?P<marks>#{1,6})\s+(?P<title>.*?)\s*#*\s*$")


class _NoAliases(yaml.SafeLoader):
    """Front matter without anchors and aliases, which can blow up to gigabytes."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            raise yaml.YAMLError("aliases (*name) are not allowed in front matter")
        return super().compose_node(parent, index)


def read_markdown(path: Path, options: Options) -> Imported:
    text = read_text(path)
    lines = text.split("\n")
    if lines[0].rstrip() == "---" and "---" in lines[1:]:
        end = lines.index("---", 1)
        data = _load_front_matter(path, lines[1:end])
        if isinstance(data, dict) and document_source.KEY in data:
            return document_source.restore(data, "\n".join(lines[end + 1 :]), path, 2, read_body)
    return _Reader(path, text, options).read()


def read_body(path: Path, text: str, options: Options) -> Imported:
    """The body of this app's internal report: read by headings, knowing the report's own layout."""
    return _Reader(path, text, options, studio=True).read()


def _load_front_matter(path: Path, lines: list[str]) -> Any:
    try:
        return yaml.load("\n".join(lines), Loader=_NoAliases)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 2 if mark is not None else 1
        raise DocumentError(
            path, f"front matter is not readable YAML: {getattr(error, 'problem', error)}", line=line
        ) from None


class _Reader:
    def __init__(self, path: Path, text: str, options: Options, *, studio: bool = False) -> None:
        self.path, self.options, self.studio = path, options, studio
        self.result = Imported(sources=[str(path)], formats=["markdown"], zone=options.zone)
        self.lines = text.split("\n")
        self.offset = 0  # lines taken by front matter
        if studio:
            self.lines = ["" if line.strip() in _GENERATED_LINES else line for line in self.lines]

    def where(self, index: int) -> Where:
        return Where(str(self.path), index + 1)

    def read(self) -> Imported:
        self._front_matter()
        found = self._headings()
        preamble_end = found[0][0] if found else len(self.lines)
        title_seen = bool(found) and found[0][1] == 1
        if title_seen and not any(f.path == ("meta", "title") for f in self.result.fields):
            self.result.fields.append(
                ImportedField(("meta", "title"), parts.plain(found[0][2]), self.where(found[0][0]))
            )
        self._preamble(self.offset, preamble_end)
        nearest: str | None = None  # the meaning of the last known heading
        nearest_level = 0
        notes = False  # inside the report's "Internal notes" section
        for number, (start, level, title) in enumerate(found):
            end = found[number + 1][0] if number + 1 < len(found) else len(self.lines)
            if number == 0 and title_seen:
                self._preamble(start + 1, end)
                continue
            if self.studio and level == 2 and title in ("Key figures", "Internal notes"):
                notes = title == "Internal notes"  # key figures are computed from the fields
                continue
            studio_part = (
                (_SECTION_BY_TITLE[title], "internal_notes")
                if notes and level == 3 and title in _SECTION_BY_TITLE
                else _IMPACT_PARTS.get(title) if self.studio and level == 3 and nearest == "impact" else None
            )
            if studio_part:
                text = "\n".join(self.lines[start + 1 : end]).strip()
                if text:
                    self.result.fields.append(ImportedField(studio_part, text, self.where(start + 1)))
                continue
            sense = headings.meaning(title)
            if sense is None and nearest is not None and level > nearest_level:
                # A sub-heading of a known section belongs to it, heading and all.
                self._section(nearest, start, end, heading=True)
                continue
            if sense is None:
                self._unplaced(headings.section_name(nearest) if nearest else "summary", start, end)
                continue
            nearest, nearest_level = sense, level
            self._section(sense, start + 1, end)
        return self.result

    def _headings(self) -> list[tuple[int, int, str]]:
        found = []
        fenced = False
        for index in range(self.offset, len(self.lines)):
            line = self.lines[index]
            if line.lstrip().startswith(("```", "~~~")):
                fenced = not fenced
            match = None if fenced else _HEADING.match(line)
            if match:
                found.append((index, len(match.group("marks")), match.group("title")))
        return found

    def _front_matter(self) -> None:
        if not self.lines or self.lines[0].strip() != "---":
            return
        end = next(
            (i for i in range(1, min(len(self.lines), 2000)) if self.lines[i].strip() in ("---", "...")),
            None,
        )
        if end is None:
            return
        self.offset = end + 1
        data = _load_front_matter(self.path, self.lines[1:end])
        if not isinstance(data, dict):
            raise DocumentError(self.path, "front matter is not a list of key: value lines", line=2)
        for key, value in data.items():
            self._meta(str(key), value, self.where(self._line_of(str(key), 1, end)))

    def _line_of(self, key: str, start: int, end: int) -> int:
        return next((i for i in range(start, end) if self.lines[i].lstrip().startswith(f"{key}:")), start)

    def _meta(self, key: str, value: Any, where: Where) -> bool:
        name = parts.META_KEYS.get(key.strip().lower().replace("-", " "))
        if name is None or value in (None, ""):
            if value not in (None, ""):
                self.result.unplaced.append(Unplaced("meta", f"{key}: {value}", where))
            return False
        try:
            converted = parts.meta_value(name, value)
        except ValueError as error:
            self.result.findings.append(Finding(where, str(error)))
            self.result.unplaced.append(Unplaced("meta", f"{key}: {value}", where))
            return False
        if name == "time_zone" and not self.options.zone_given:
            self.options.zone = self.result.zone = str(converted)
        if name == "date" and self.options.day is None:
            self.options.day = converted
        path = ("meta", "organisation", "name") if name == "organisation" else ("meta", name)
        value = converted["name"] if name == "organisation" else converted
        self.result.fields.append(ImportedField(path, value, where))
        return True

    def _preamble(self, start: int, end: int) -> None:
        if self.studio:
            self._facts_table(start, end)
            self._facts_table(start, len(self.lines), header=("Aspect", "Detail"))
        found, rest = parts.key_values(self.lines[start:end])
        for key, (index, value) in found.items():
            self._meta(key, value, self.where(start + index))
        summary: list[tuple[int, str]] = []
        for index, line in rest:
            match = parts.KEY_VALUE.match(line)
            sense = headings.meaning(match.group("key")) if match else None
            if match and sense is not None:
                # Google's template writes "**Impact:** ..." lines instead of headings.
                self.lines[start + index] = match.group("value")
                self._section(sense, start + index, start + index + 1)
            else:
                summary.append((index, line))
        text = "\n".join(line for _i, line in summary).strip()
        if text:
            self.result.fields.append(
                ImportedField(("summary", "text"), text, self.where(start + summary[0][0]))
            )

    def _facts_table(self, start: int, end: int, header: tuple[str, ...] = ("Field", "Value")) -> None:
        """The report's tables of facts: meta read like `Key: value` lines, impact's from the front matter."""
        found, _used = parts.tables(self.lines[start:end])
        for first, cells_of_header, rows in found:
            if [parts.plain(cell) for cell in cells_of_header] != list(header):
                continue
            self.lines[start + first] = self.lines[start + first + 1] = ""
            for index, cells in rows:
                if header[0] == "Aspect":  # impact's window and data loss are shown, not stored, here
                    self.lines[start + index] = ""
                elif len(cells) == 2:
                    key, value = cells[0], parts.plain(cells[1])
                    value = value.split(":")[0] if key == "Severity" else value
                    self._meta(key, value, self.where(start + index))
                    self.lines[start + index] = ""

    def _unplaced(self, section: str, start: int, end: int) -> None:
        text = "\n".join(self.lines[start:end]).strip()
        if text:
            self.result.unplaced.append(Unplaced(section, text, self.where(start)))

    def _section(self, sense: str, start: int, end: int, *, heading: bool = False) -> None:
        body = self.lines[start:end]
        text = "\n".join(body).strip()
        if not text:
            return
        where = self.where(start)
        if sense == "actions":
            self._actions(body, start)
        elif sense == "timeline":
            self._timeline(body, start)
        elif sense == "five_whys":
            self._whys(body, start)
        elif sense in headings.LISTS and not heading:
            items, other = parts.list_items(body)
            values = [text for _i, text in items] or [text]
            self.result.fields.append(ImportedField(headings.TARGET[sense], values, where))
            if items and other:
                self.result.unplaced.append(
                    Unplaced(headings.TARGET[sense][0], "\n".join(line for _i, line in other), where)
                )
        else:
            target = headings.TARGET.get(sense, ("summary", "internal_notes"))
            if sense in headings.LISTS:
                target = (target[0], "internal_notes")
            if sense == "supporting":
                text = f"Supporting information:\n\n{text}"
            self.result.fields.append(ImportedField(target, text, where))

    def _whys(self, body: list[str], start: int) -> None:
        items, other = parts.list_items(body)
        whys = []
        for _index, text in items:
            lead = re.fullmatch(r"\*\*(?P<question>.+?)\*\*\s*(?P<answer>.*)", text, re.S)
            if lead:  # "**Why did it fail?** Because ..."
                whys.append(Why(question=parts.plain(lead["question"]), answer=lead["answer"].strip()))
                continue
            question, mark, answer = text.partition("?")
            whys.append(
                Why(question=f"{question.strip()}{mark}", answer=answer.strip())
                if mark
                else Why(question="", answer=text)
            )
        if whys:
            self.result.fields.append(ImportedField(("root_cause", "five_whys"), whys, self.where(start)))
        self._leftover("root_cause", other, start)

    def _actions(self, body: list[str], start: int) -> None:
        found, used = parts.tables(body)
        for _first, header, rows in found:
            for index, cells in rows:
                item, problems = parts.action_from_row(header, cells, self.options.columns)
                self._action(item, problems, start + index)
        rest = [line if i not in used else "" for i, line in enumerate(body)]
        items, other = parts.list_items(rest)
        for index, text in items:
            item, problems = parts.action_from_text(text)
            self._action(item, problems, start + index)
        self._leftover("action_items", other, start)

    def _action(self, item: Any, problems: list[str], index: int) -> None:
        where = self.where(index)
        if not item.title:
            self.result.findings.append(Finding(where, "an action item without a title; not imported"))
            self.result.unplaced.append(Unplaced("action_items", self.lines[index].strip(), where))
            return
        self.result.actions.append(ImportedAction(item, where))
        self.result.findings += [Finding(where, problem) for problem in problems]

    def _leftover(self, section: str, other: list[tuple[int, str]], start: int) -> None:
        text = "\n".join(line for _i, line in other).strip()
        if text and not re.fullmatch(r"[\s|:-]*", text):
            self.result.unplaced.append(Unplaced(section, text, self.where(start + other[0][0])))

    def _timeline(self, body: list[str], start: int) -> None:
        found, used = parts.tables(body)
        lines: list[tuple[int, str, bool]] = []  # (index, "time text", customer-visible)
        for _first, header, rows in found:
            columns, rest = map_columns(header, EVENT_COLUMNS, self.options.columns)
            if (
                "time" in columns
                and zone_in_header(header[columns["time"]])
                and not self.options.zone_given
            ):
                self.options.zone = self.result.zone = "UTC"
            for index, cells in rows:

                def cell(name: str, cells: list[str] = cells, columns: dict[str, int] = columns) -> str:
                    at = columns.get(name)
                    return parts.plain(cells[at]) if at is not None and at < len(cells) else ""

                text = " ".join(cells[i] for i in rest if i < len(cells) and cells[i].strip())
                description = " ".join(
                    p
                    for p in (
                        cells[columns["description"]]
                        if "description" in columns and columns["description"] < len(cells)
                        else "",
                        text,
                    )
                    if p
                )
                kind = f"{cell('kind')}: " if cell("kind") else ""
                author = f"{cell('author')}: " if cell("author") else ""
                stamp = f"{cell('date')} {cell('time')}".strip()
                visible = cell("customer_visible").casefold() in ("yes", "y", "true", "x", "✓", "public")
                if visible and author:  # customers read it: the name stays in the internal notes
                    note = f"{stamp}, {description!r}: logged by {cell('author')}"
                    self.result.fields.append(
                        ImportedField(("timeline", "internal_notes"), note, self.where(start + index))
                    )
                    author = ""
                lines.append((start + index, f"{stamp} {kind}{author}{description}", visible))
        rest_lines = [line if i not in used else "" for i, line in enumerate(body)]
        items, other = parts.list_items(rest_lines)
        lines += [
            (
                start + i,
                parts.plain(text.split("\n")[0]) + text[len(text.split("\n")[0]) :].replace("\n", " "),
                False,
            )
            for i, text in items
        ]
        notes = []
        for index, line in other:
            bare = parts.plain(line.lstrip("#").strip())
            if re.fullmatch(r"\d{4}-\d{2}-\d{2}", bare):
                lines.append((start + index, bare, False))
            elif (zone := headings.zone_named(line)) and re.search(r"\btimes?\b", line, re.I):
                if not self.options.zone_given:
                    self.options.zone = self.result.zone = zone
                notes.append((index, line))
            else:
                notes.append((index, line))
        lines.sort()
        read = read_lines(
            "\n".join(text for _i, text, _v in lines), self.options.zone, default_date=self.options.any_day
        )
        for entry in read.entries:
            index, _text, visible = lines[entry.line - 1]
            event = entry.event()
            event.customer_visible = visible
            naive = str(getattr(entry.time.tzinfo, "key", "")) == self.options.zone
            self.result.events.append(
                ImportedEvent(
                    event, self.where(index), zone_label(entry.time, self.options.zone if naive else None)
                )
            )
        for number, problem in read.problems:
            index, text, _visible = lines[number - 1]
            self.result.findings.append(Finding(self.where(index), problem))
            self.result.unplaced.append(Unplaced("timeline", text, self.where(index)))
        self._leftover("timeline", notes, start)
