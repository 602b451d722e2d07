"""``her2aid`` on the command line, run as a user would: a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from her2aid.core.examples import example_names
from procs import run_her2aid, run_python

EXAMPLES = Path(__file__).parents[1] / "src" / "her2aid" / "examples"


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return run_her2aid(*args, env=os.environ, stdin=stdin, timeout=60)


def test_classify_prints_the_documented_keys() -> None:
    proc = run("classify", str(EXAMPLES / "ish-group4-recount-negative.json"))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert set(data) >= {
        "ruleset_version",
        "her2",
        "er",
        "pr",
        "hr",
        "subtype",
        "surrogate",
        "flags",
        "next_steps",
        "options",
        "trace",
        "references",
    }
    assert data["her2"] == {
        "status": "negative",
        "category": "low",
        "ish_group": 4,
        "with_comment": True,
    }
    for step in data["trace"]:
        assert step["source"] in data["references"]
        assert data["references"][step["source"]]["citation"]
    for option in data["options"]:
        assert option["evidence"]


@pytest.mark.parametrize("name", example_names())
def test_every_example_classifies(name: str) -> None:
    proc = run("classify", str(EXAMPLES / f"{name}.json"))
    assert proc.returncode == 0, proc.stderr


def test_classify_reads_stdin() -> None:
    proc = run("classify", "-", stdin='{"format": "her2aid-case/1", "er": {"percent": 5}}')
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["er"] == "low_positive"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            '{"format": "her2aid-case/1", "er": {"percent": 120}}',
            "er.percent: must be from 0 to 100, got 120",
        ),
        (
            '{"format": "her2aid-case/1", "her2": {"ish": {"assay": "dual", "ratio": 2.1}}}',
            "her2.ish.mean_copies: missing",
        ),
        ("not json", "not valid JSON"),
        ('{"format": "her2aid-case/1", "her2": {"ihc": "2++"}}', "her2.ihc: must be one of"),
        ('{"format": "her2aid-case/1", "ki67_percent": 1' + "0" * 400 + "}", "ki67_percent:"),
        ('{"format": "her2aid-case/1", "ki67_percent": 1' + "0" * 5000 + "}", "ki67_percent:"),
        ("[" * 100_000, "nested too deeply"),
    ],
)
def test_bad_case_exits_2_with_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad case.json"
    path.write_text(content, encoding="utf-8")
    proc = run("classify", str(path))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert message in lines[0]
    assert str(path) in lines[0]
    assert "Traceback" not in proc.stderr


def test_missing_file_and_folder(tmp_path: Path) -> None:
    for target, message in [(tmp_path / "nope.json", "no such file"), (tmp_path, "is a folder")]:
        proc = run("classify", str(target))
        assert proc.returncode == 2
        assert message in proc.stderr
        assert len(proc.stderr.strip().splitlines()) == 1


def test_usage_errors_exit_2() -> None:
    proc = run("classify")
    assert proc.returncode == 2
    assert "CASE" in proc.stderr


def test_version() -> None:
    from her2aid import __version__

    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"her2aid {__version__}"


def test_huge_stdin_is_refused_like_a_huge_file() -> None:
    from her2aid.core.casefile import MAX_FILE_BYTES

    proc = run("classify", "-", stdin=" " * (MAX_FILE_BYTES + 10))
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "her2aid: error: <stdin>: is over 1 MB; a case file is a few hundred bytes"
    )


@pytest.mark.parametrize("command", ["classify", "prognosis"])
def test_a_json_command_without_a_console_says_why_in_the_log(tmp_path: Path, command: str) -> None:
    # The windowed Windows build runs with sys.stdout and sys.stderr set to None.
    case = EXAMPLES / "her2-positive-early.json"
    code = (
        "import sys\nsys.stdout = sys.stderr = None\nfrom her2aid import cli\n"
        f"raise SystemExit(cli.main([{command!r}, {str(case)!r}]))"
    )
    proc = run_python(code, env={**os.environ, "HER2AID_LOG_DIR": str(tmp_path)})
    assert proc.returncode == 2
    assert (proc.stdout, proc.stderr) == ("", "")
    log = "".join(path.read_text("utf-8") for path in tmp_path.iterdir())
    assert f"{command} needs a console to print its result: run it as her2aid-cli" in log
    assert "Traceback" not in log


def test_the_selftest_without_a_console_still_answers_by_its_exit_code(tmp_path: Path) -> None:
    code = (
        "import sys\nsys.stdout = sys.stderr = None\nfrom her2aid import cli\n"
        "raise SystemExit(cli.main(['--selftest']))"
    )
    env = {**os.environ, "HER2AID_LOG_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    proc = run_python(code, env=env)
    assert proc.returncode == 0
    assert "Traceback" not in "".join(path.read_text("utf-8") for path in tmp_path.iterdir())
