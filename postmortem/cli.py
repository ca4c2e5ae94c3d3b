"""`postmortem`: create, check and export postmortems without the app.

Exit codes: 0 ok, 1 findings (check) or a customer letter that would say
something false (export, unless --force), 2 bad input or usage. Every failure
prints one line, `error: ...`, on stderr; never a traceback.

Each command imports what it needs when it runs (the checks, the importers,
the mail code, the renderers): `postmortem export` is a cold process whose
start-up a person waits for, and it should not pay for `import` or `send`.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from postmortem import cli_import, cli_mail
from postmortem.cli_import import EXTENSION
from postmortem.errors import DocumentError
from postmortem.native import MissingLibrary
from postmortem.version import version

if TYPE_CHECKING:
    from postmortem.render.pdf_child import PdfChild

# As `postmortem.checks.settings` names it, without importing the checks (a test keeps them equal).
SETTINGS_FILE = "postmortem-settings.yaml"
# `postmortem.templates.TEMPLATES`' names, sorted: the templates, like the model they build, load
# only inside a command (a test keeps them equal).
TEMPLATE_NAMES = ("blank", "customer-outage", "internal-review", "personal-letter")

FORMATS = ("md", "html", "pdf", "eml")
AUDIENCES = ("customer", "internal")


class UsageError(Exception):
    """Bad command-line usage; exits 2 with one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="postmortem",
        description="Write incident postmortems once; export the internal report and the customer letter.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=_Parser)

    new = commands.add_parser("new", help="create a new postmortem from a template")
    new.add_argument("path", type=Path, help=f"the file to create (*{EXTENSION})")
    new.add_argument("--template", default="customer-outage", choices=TEMPLATE_NAMES,
                     help="starting point (default: customer-outage)")

    export = commands.add_parser(
        "export", help="export Markdown, HTML, PDF or an e-mail draft (eml, customer letter)")
    export.add_argument("path", type=Path)
    export.add_argument("--format", required=True, choices=FORMATS)
    export.add_argument("--audience", required=True, choices=AUDIENCES)
    export.add_argument("-o", "--output", type=Path,
                        help="output file, or - for standard output "
                             "(default: next to PATH, e.g. incident-letter.pdf)")
    export.add_argument("--language", metavar="L",
                        help="the customer letter in one of its translations, e.g. de "
                             "(default: the document's language)")
    export.add_argument("--force", action="store_true",
                        help="write the customer letter even when it would say something false")

    checker = commands.add_parser("check", help="list what is missing or wrong; exit 1 if not ready")
    checker.add_argument("path", type=Path)
    checker.add_argument("--audience", choices=AUDIENCES,
                         help="only what this export needs (default: both)")
    checker.add_argument("--format", dest="output_format", choices=("text", "json"), default="text")
    checker.add_argument("--recipients", type=Path, metavar="FILE",
                         help="also check a mail merge's recipients file (CSV or XLSX) against the letter")
    checker.add_argument("--settings", type=Path, metavar="FILE",
                         help=f"organisation settings (default: the nearest {SETTINGS_FILE} "
                              "from the document's folder up to the repository root)")

    cli_import.add_parser(commands)
    cli_mail.add_merge_parser(commands)
    cli_mail.add_parsers(commands)

    commands.add_parser("schema", help="print the JSON Schema of the file format")
    commands.add_parser("templates", help="list the templates for 'new'")
    commands.add_parser("fields", help="list the {{ fields }} a customer letter can use")
    return parser


def _new(args: argparse.Namespace) -> int:
    from postmortem.fileformat import save
    from postmortem.templates import new_document

    path: Path = args.path
    if path.suffix != EXTENSION:
        raise UsageError(f"{path}: the file name must end in {EXTENSION}")
    if path.exists():
        raise UsageError(f"{path}: already exists; choose another name (nothing was changed)")
    save(new_document(args.template), path)
    print(f"created {path} from the {args.template} template")
    return 0


def default_output(path: Path, audience: str, file_format: str, language: str = "") -> Path:
    from postmortem.export import default_export_name

    return path.with_name(default_export_name(path.stem, audience, file_format, language))


def _export(args: argparse.Namespace) -> int:
    if args.format == "eml" and args.audience != "customer":
        raise UsageError("--format eml: an e-mail draft carries the customer letter; use --audience customer")
    if args.format not in ("pdf", "eml"):
        return _write_export(args, None)
    from postmortem.render.pdf_child import PdfChild

    # WeasyPrint and the fonts load in a child while this process reads, checks and writes the page.
    with PdfChild.start() as child:
        return _write_export(args, child)


def _write_export(args: argparse.Namespace, child: PdfChild | None) -> int:
    from postmortem.atomic import atomic_write, writable_problem
    from postmortem.checks import falsehoods
    from postmortem.checks.settings import Settings, load_settings, locate_settings
    from postmortem.export import export
    from postmortem.fileformat import load
    from postmortem.safeio import regular_or_absent

    document = load(args.path)
    original, language = document, args.language or document.meta.language
    if language != document.meta.language:
        if args.audience != "customer":
            raise UsageError(f"--language {language}: only the customer letter is translated; "
                             "use --audience customer")
        from postmortem.translations.reading import in_language

        try:
            document = in_language(document, language)
        except DocumentError as error:
            raise DocumentError(args.path, error.reason, field=error.field) from None
    suffix = language if document is not original else ""
    output: Path = args.output or default_output(args.path, args.audience, args.format, suffix)
    if output.resolve() == args.path.resolve():
        raise UsageError(f"{output}: refusing to overwrite the postmortem itself")
    settings_path = locate_settings(args.path)
    settings = load_settings(settings_path) if settings_path else Settings()
    false = falsehoods(original, settings=settings)
    if document is not original:
        # The translation's own fields and words, beside the facts both share.
        shown = {str(f) for f in false}
        false += [f for f in falsehoods(document, settings=settings) if str(f) not in shown]
        from postmortem.checks.translations import translation_findings

        # What the letter in this language lacks or says out of date: told, not refused.
        where = f"customer_letter.translations.{language}"
        for finding in translation_findings(original):
            if finding.location == where or finding.location.startswith(f"{where}."):
                print(f"warning: {finding}", file=sys.stderr)
    customer = args.audience == "customer"
    for finding in false:
        level = "error" if customer else "warning"
        print(f"{level}: {finding}", file=sys.stderr)
    if false and customer and not args.force:
        print(f"{args.path}: not exported: the letter would say something false "
              f"({len(false)} error{'s' * (len(false) != 1)}); fix them, or export with --force",
              file=sys.stderr)
        return 1
    to_stdout = str(args.output) == "-"
    if not to_stdout:
        problem = writable_problem(output)
        if problem:
            hint = "; use -o - to write to standard output" if regular_or_absent(output) else ""
            raise UsageError(f"{output}: {problem}, so it was not replaced{hint}")
    try:
        data = export(document, args.format, args.audience, pdf_renderer=child.render if child else None)
    except DocumentError as error:
        if error.path is not None:
            raise
        raise DocumentError(args.path, error.reason, field=error.field) from None
    if to_stdout:
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    atomic_write(output, data)
    print(f"wrote {output} ({len(data):,} bytes)")
    return 0


def _check(args: argparse.Namespace) -> int:
    from postmortem.checks import check, is_ready
    from postmortem.checks.settings import Settings, load_settings, locate_settings
    from postmortem.fileformat import load

    document = load(args.path)
    settings_path: Path | None = args.settings or locate_settings(args.path)
    settings = load_settings(settings_path) if settings_path else Settings()
    findings = check(document, args.audience, settings=settings)
    if args.recipients:
        from postmortem.mail.recipient_checks import with_recipients
        from postmortem.mail.recipients import read_recipients

        # The rows fill in the recipient fields: whether each row has them is checked per row.
        findings = with_recipients(document, findings, read_recipients(args.recipients))
    if args.output_format == "json":
        keys = ("severity", "location", "message", "suggestion", "rule", "span")
        print(json.dumps([{k: f.to_dict()[k] for k in keys} for f in findings], indent=2))
    else:
        for finding in findings:
            print(f"{finding.severity.value}: {finding}")
        ready = is_ready(findings)
        errors = sum(1 for f in findings if f.severity.value == "error")
        summary = "ready to publish" if ready else f"not ready: {errors} error{'s' * (errors != 1)}"
        used = f"; settings from {settings_path}" if settings_path else ""
        print(f"{args.path}: {summary} ({len(findings)} finding{'s' * (len(findings) != 1)}{used})",
              file=sys.stderr)
    return 0 if is_ready(findings) else 1


def _schema(_: argparse.Namespace) -> int:
    from postmortem.model import Document

    schema = Document.model_json_schema(mode="validation")
    schema["title"] = "Postmortem Studio document"
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0


def _templates(_: argparse.Namespace) -> int:
    from postmortem.templates import TEMPLATES

    for name, description in TEMPLATES.items():
        print(f"{name:17} {description}")
    return 0


def _fields(_: argparse.Namespace) -> int:
    from postmortem.letterfields import VOCABULARY

    width = max(len(field.name) for field in VOCABULARY) + 6
    for field in VOCABULARY:
        print(f"{'{{ ' + field.name + ' }}':{width}} {field.description}")
    return 0


_COMMANDS = {
    "new": _new,
    "export": _export,
    "check": _check,
    "import": cli_import.run,
    "merge": cli_mail.run_merge,
    "send": cli_mail.run_send,
    "schema": _schema,
    "templates": _templates,
    "fields": _fields,
}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = _parser().parse_args(argv)
        return _COMMANDS[args.command](args)
    except (
        UsageError,
        cli_import.ImportUsageError,
        cli_mail.MailUsageError,
        DocumentError,
        MissingLibrary,
    ) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
