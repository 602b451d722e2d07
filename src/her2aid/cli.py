"""The ``her2aid`` command: the window by default, subcommands for scripts.

Subcommands never import Qt, so ``her2aid classify`` starts in a fraction of
a second on a machine without a display. Exit codes: 0 success, 2 bad input
(one line on stderr naming the field and the reason), 1 an internal error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from her2aid import __version__
from her2aid.core.errors import InputError

EXIT_OK, EXIT_ERROR, EXIT_BAD_INPUT = 0, 1, 2


def _read_case(arg: str) -> object:
    """Load CASE (a path or ``-`` for stdin) as CaseInputs."""
    from her2aid.core import casefile

    if arg == "-":
        return casefile.loads(sys.stdin.read())
    return casefile.read(Path(arg))


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
    p.set_defaults(func=_cmd_classify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from her2aid.ui.app import run  # Qt is loaded only for the window

        return run(startup_check=args.startup_check, no_crash_dialog=args.no_crash_dialog)
    try:
        code: int = args.func(args)
        return code
    except InputError as exc:
        where = "<stdin>" if getattr(args, "case", None) == "-" else getattr(args, "case", "")
        print(
            f"her2aid: error: {where}: {exc}" if where else f"her2aid: error: {exc}",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return EXIT_OK
