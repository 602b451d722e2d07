"""The ``her2aid`` command: the window by default, subcommands for scripts.

Subcommands never import Qt, so ``her2aid classify`` starts in a fraction of
a second on a machine without a display. Exit codes: 0 success, 2 bad input
or usage (one line on stderr naming the field and the reason), 1 an internal
error; ended by Ctrl+C, SIGTERM or SIGHUP: 128 + the signal, quietly, with
nothing half-written left behind (``her2aid.interrupts``: from the first line
of :func:`main`, a signal ends the process at once, wherever it is, after
removing any temporary file being written).

Every message is one line: whatever a file name or a case file holds (line
breaks, U+2028, bidi overrides, lone surrogates) is escaped, never passed to
the terminal.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import stat
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from her2aid import __version__, interrupts
from her2aid.core.errors import InputError, one_line

if TYPE_CHECKING:
    from her2aid.core.models import CaseInputs

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2

log = logging.getLogger(__name__)


def _read_case(arg: str) -> object:
    """Load CASE (a path or ``-`` for stdin) as CaseInputs."""
    from her2aid.core import casefile

    if arg == "-":
        if sys.stdin is None:  # started with standard input closed (``<&-``)
            raise InputError("", "cannot be read (standard input is closed)")
        stream = getattr(sys.stdin, "buffer", sys.stdin)  # bytes, decoded as a file's are
        return casefile.read_stream(stream)
    return casefile.read(Path(arg))


def _error(message: str) -> None:
    """Print one line on stderr: ``her2aid: error: MESSAGE`` with anything unprintable escaped."""
    print(f"her2aid: error: {one_line(message)}", file=sys.stderr)


def _stdin_stat() -> os.stat_result | None:
    """What standard input is, if it is a file descriptor that can be looked at."""
    try:
        return os.fstat(sys.stdin.fileno())
    except (AttributeError, ValueError, OSError):  # closed, or not a real file (in tests)
        return None


def _is_same_file(case: str, output: Path) -> bool:
    """True if writing ``output`` would overwrite the case file (also through links).

    ``-`` is standard input: the same file when it is redirected from the
    output path (``her2aid handout - -o case.json < case.json``).
    """
    try:
        if case == "-":
            found = _stdin_stat()
            if found is None or not stat.S_ISREG(found.st_mode):
                return False  # a pipe or a terminal cannot be the output file
            return os.path.samestat(found, os.stat(output))
        return os.path.samefile(case, output)
    except OSError:  # the output does not exist yet (or cannot be looked at): not the case
        return False


def _cmd_classify(args: argparse.Namespace) -> int:
    from her2aid.core import content
    from her2aid.core.classify import classify
    from her2aid.core.models import CaseInputs
    from her2aid.core.report_json import to_json

    case = _read_case(args.case)
    assert isinstance(case, CaseInputs)
    data = to_json(classify(case), content.load())
    json.dump(data, sys.stdout, indent=2, ensure_ascii=False)
    sys.stdout.write("\n")
    return EXIT_OK


def _cmd_prognosis(args: argparse.Namespace) -> int:
    from her2aid.core import content
    from her2aid.core.classify import classify
    from her2aid.core.models import CaseInputs
    from her2aid.core.prognosis_case import prognosis_for
    from her2aid.core.report_json import prognosis_to_json

    case = _read_case(args.case)
    assert isinstance(case, CaseInputs)
    model = args.model or _case_model(case)
    inputs, result = prognosis_for(case, classify(case), model=model)
    json.dump(prognosis_to_json(inputs, result, content.load()), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return EXIT_OK


def _case_model(case: CaseInputs) -> str:
    """The PREDICT version the case file names (prognosis.model), else the default."""
    from her2aid.core.prognosis import DEFAULT_MODEL

    chosen = case.prognosis.model if case.prognosis is not None else None
    return chosen or DEFAULT_MODEL


def _cmd_summary(args: argparse.Namespace) -> int:
    from her2aid.core.classify import classify
    from her2aid.core.models import CaseInputs
    from her2aid.report.context import Meta
    from her2aid.report.plain import to_text
    from her2aid.report.render import render_summary

    case = _read_case(args.case)
    assert isinstance(case, CaseInputs)
    meta = Meta(
        prognosis_model=_case_model(case),
        show_survival=not args.no_survival_figures,
        language=args.language,
    )
    html = render_summary(
        classify(case), case, audience=args.audience, meta=meta, expand_references=True
    )
    sys.stdout.write(html if args.format == "html" else to_text(html))
    if not html.endswith("\n"):
        sys.stdout.write("\n")
    return EXIT_OK


def _cmd_handout(args: argparse.Namespace) -> int:
    from her2aid import applog
    from her2aid.core.classify import classify
    from her2aid.core.models import CaseInputs

    applog.redact(args.patient_name)  # never in the log, whatever happens next
    if _is_same_file(args.case, Path(args.output)):
        _error(f"{args.output}: is the case file itself; choose another name for the PDF")
        return EXIT_BAD_INPUT
    case = _read_case(args.case)
    assert isinstance(case, CaseInputs)
    result = classify(case)

    # Qt only from here on, and only for this command.
    from her2aid.pdf.handout import ExportError, default_paper, export_handout
    from her2aid.pdf.headless import gui_application
    from her2aid.report.context import Audience, Meta

    choices: dict[str, tuple[Audience, ...]] = {
        "patient": ("patient",),
        "clinician": ("clinician",),
        "both": ("patient", "clinician"),
    }
    audiences = choices[args.audience]
    meta = Meta(
        clinic_name=args.clinic_name,
        patient_name=args.patient_name,
        prognosis_model=_case_model(case),
        clinic_contact=args.clinic_contact,
        show_survival=not args.no_survival_figures,
        language=args.language,
    )
    gui_application()
    try:
        export_handout(
            Path(args.output),
            result,
            case,
            audiences=audiences,
            paper=args.paper or default_paper(),
            meta=meta,
        )
    except ExportError as exc:
        _error(str(exc))
        return EXIT_BAD_INPUT
    return EXIT_OK


def _preload_qt_free_modules() -> None:
    """Import the window's Qt-free modules (engine, content, Jinja) before Qt.

    Once PySide6 is imported, its import hook reads the source of every module
    imported after it (looking for ``from __feature__ import``): about 10 ms of
    start-up spent on modules that never use Qt.
    """
    from her2aid.core import casefile, classify, examples  # noqa: F401
    from her2aid.report import render  # noqa: F401


def _selftest(log_path: Path | None) -> int:
    """``--selftest``: one line on stdout (ok) or stderr (what broke), exit 0 or 1."""
    from her2aid.selftest import SelftestError, run

    try:
        print(run(), flush=True)
    except SelftestError as exc:
        log.error("selftest failed: %s", exc)
        print(f"her2aid: selftest failed: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # any failure is the answer, in one line
        log.exception("selftest failed")
        where = f" (details in {log_path})" if log_path else ""
        print(
            f"her2aid: selftest failed: {type(exc).__name__}: {exc}{where}",
            file=sys.stderr,
        )
        return EXIT_ERROR
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    """The argument parser (also used to document the CLI in the README)."""
    parser = argparse.ArgumentParser(
        prog="her2aid",
        description="Offline decision aid for breast cancer receptor status. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"her2aid {__version__}")
    parser.add_argument(
        "--startup-check",
        action="store_true",
        help="open the window, exit 0 once it is shown with its summary (for tests)",
    )
    parser.add_argument(
        "--open",
        metavar="CASE",
        default=None,
        help="open the window with this case file (what a file manager's Open with uses)",
    )
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation end to end (examples, templates, fonts, a PDF "
        "written to a temporary folder), print one line and exit 0 if all is well",
    )
    parser.add_argument(
        "--language",
        dest="window_language",
        choices=_language_codes(),
        default=None,
        help="language of the window and its patient view (default: the system's if her2aid "
        "has it, else English; es: Spanish, not yet reviewed by a medical translator)",
    )
    parser.add_argument(
        "--no-crash-dialog",
        action="store_true",
        help="on an internal error, log it and exit without showing a dialog",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    p = sub.add_parser(
        "classify",
        help="classify a case file and print the result as JSON",
        description="Classify a her2aid-case/1 file and print the result as JSON.",
    )
    p.add_argument("case", metavar="CASE", help="case file (her2aid-case/1 JSON), or - for stdin")
    p.set_defaults(func=_cmd_classify, prints_result=True)
    p = sub.add_parser(
        "prognosis",
        help="PREDICT Breast survival estimates for an early-stage case, as JSON",
        description="Overall survival at years 1-15 after surgery, with and without the "
        "case's planned treatments (PREDICT Breast v2.1/v2.2), as JSON.",
    )
    p.add_argument("case", metavar="CASE", help="case file with a prognosis block, or - for stdin")
    p.add_argument(
        "--model",
        choices=("v2.1", "v2.2"),
        default=None,
        help="PREDICT version (default: the case's prognosis.model, else v2.2)",
    )
    p.set_defaults(func=_cmd_prognosis, prints_result=True)
    h = sub.add_parser(
        "handout",
        help="write the printable handout for a case file as PDF",
        description="Write the handout for a her2aid-case/1 file as a PDF: the patient "
        "handout, the clinician summary, or both. Works without a display.",
    )
    h.add_argument("case", metavar="CASE", help="case file (her2aid-case/1 JSON), or - for stdin")
    h.add_argument("-o", "--output", metavar="OUT.pdf", required=True, help="PDF file to write")
    h.add_argument(
        "--audience",
        choices=("patient", "clinician", "both"),
        default="patient",
        help="whose handout (default: patient; both = patient pages, then clinician pages)",
    )
    h.add_argument(
        "--paper",
        choices=("A4", "Letter"),
        default=None,
        help="paper size (default: from the system locale; Letter in the US, Canada, "
        "Mexico and a few more, A4 elsewhere)",
    )
    h.add_argument("--patient-name", default="", metavar="TEXT", help="printed in the header")
    h.add_argument("--clinic-name", default="", metavar="TEXT", help="printed in the header")
    h.add_argument(
        "--clinic-contact",
        default="",
        metavar="TEXT",
        help="the care team's phone or address, printed in the patient handout's "
        '"Your care team" box',
    )
    h.add_argument(
        "--no-survival-figures",
        action="store_true",
        help="leave survival figures out of the patient pages (for a patient who asks not "
        "to see them)",
    )
    _language_option(h)
    h.set_defaults(func=_cmd_handout)
    s_ = sub.add_parser(
        "summary",
        help="print the summary as the window shows it, as text or HTML",
        description="Print the summary of a her2aid-case/1 file as the window shows it: "
        "plain text (for pasting into a record) or HTML.",
    )
    s_.add_argument("case", metavar="CASE", help="case file (her2aid-case/1 JSON), or - for stdin")
    s_.add_argument(
        "--audience",
        choices=("patient", "clinician"),
        default="clinician",
        help="which view (default: clinician)",
    )
    s_.add_argument(
        "--format", choices=("text", "html"), default="text", help="output (default: text)"
    )
    s_.add_argument(
        "--no-survival-figures",
        action="store_true",
        help="leave survival figures out of the patient view",
    )
    _language_option(s_)
    s_.set_defaults(func=_cmd_summary, prints_result=True)
    return parser


def _language_codes() -> tuple[str, ...]:
    from her2aid.core.language import installed_codes

    return installed_codes()


def _language_option(parser: argparse.ArgumentParser) -> None:
    from her2aid.core.language import SOURCE

    parser.add_argument(
        "--language",
        choices=_language_codes(),
        default=SOURCE,
        help=f"language of the patient pages (default: {SOURCE}; es: Spanish, not yet "
        "reviewed by a medical translator); the clinician pages are in English",
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    SIGINT, SIGTERM and SIGHUP end it quietly with 128 + the signal from here
    on (the window takes them over once its event loop can stop instead).
    Run as the program (``argv`` None), they go on doing so until the process
    has exited; called with arguments (tests), the caller's handlers come back.
    """
    with interrupts.quietly(to_the_end=argv is None):
        return _main(argv)


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    interrupts.describe(args.command or ("selftest" if args.selftest else "window start-up"))
    from her2aid import applog, crash

    log_path = applog.setup_logging()
    if args.selftest:
        return _selftest(log_path)
    if getattr(args, "prints_result", False) and sys.stdout is None:
        # The windowed Windows build (or pythonw) has no console: the JSON would go
        # nowhere (and writing it would fail), so the log, the one place left, says why.
        log.error(
            "%s needs a console to print its result: run it as her2aid-cli or from a terminal",
            args.command,
        )
        return EXIT_BAD_INPUT
    if args.command is None:
        _preload_qt_free_modules()
        from her2aid.ui.app import run  # Qt is loaded only for the window

        return run(
            startup_check=args.startup_check,
            no_crash_dialog=args.no_crash_dialog,
            open_path=Path(args.open) if args.open else None,
            language=args.window_language,
        )
    try:
        code: int = args.func(args)
        return code
    except InputError as exc:
        from her2aid.core.casefile import loggable_field

        # The field, never text from the file: an unknown field's name can be a patient's.
        log.info("%s refused its input (field %s)", args.command, loggable_field(exc.field))
        where = "<stdin>" if getattr(args, "case", None) == "-" else getattr(args, "case", "")
        _error(f"{where}: {exc}" if where else str(exc))
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
    except Exception:
        crash.handle(*sys.exc_info())
        where = f"; details are in {log_path}" if log_path else ""
        print(f"her2aid: internal error{where}", file=sys.stderr)
        return EXIT_ERROR
