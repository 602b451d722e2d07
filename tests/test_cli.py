"""``her2aid`` on the command line, run as a user would: a real subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
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


# --- issue 15: one line always, nothing from the file in the log, stdin as files ------


def one_line_error(proc: subprocess.CompletedProcess[str]) -> str:
    """The single stderr line of a refused input (exit 2, nothing on stdout)."""
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert proc.stderr.endswith("\n")
    assert proc.stderr.count("\n") == 1, proc.stderr
    line = proc.stderr[:-1]
    assert line.isprintable(), line
    assert line.startswith("her2aid: error: ")
    return line


def log_text(log_dir: Path) -> str:
    return "".join(p.read_text("utf-8", errors="replace") for p in log_dir.glob("*.log*"))


def run_logged(tmp_path: Path, *args: str, stdin: str | bytes | None = None) -> tuple[str, str]:
    """Run with a log of its own; returns (the stderr line, the log)."""
    logs = tmp_path / "logs"
    env = {**os.environ, "HER2AID_LOG_DIR": str(logs)}
    proc = subprocess.run(
        [sys.executable, "-m", "her2aid", *args],
        input=stdin.encode() if isinstance(stdin, str) else stdin,
        capture_output=True,
        timeout=60,
        check=False,
        env=env,
    )
    text = subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )
    return one_line_error(text), log_text(logs)


def test_a_lone_surrogate_in_a_key_is_one_line_and_logs_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text('{"format": "her2aid-case/1", "\\udfff": 1}', encoding="utf-8")
    line, log = run_logged(tmp_path, "classify", str(path))
    assert line.endswith(": \\udfff: unknown field (allowed: format, er, pr, her2, "
                         "ki67_percent, context, prognosis, values)")  # fmt: skip
    assert "Logging error" not in log
    assert "classify refused its input (field (a name not in the format))" in log


def test_invalid_utf8_in_a_key_on_stdin_is_one_line(tmp_path: Path) -> None:
    line, log = run_logged(
        tmp_path, "classify", "-", stdin=b'{"format": "her2aid-case/1", "\xed\xbf\xbf": 1}'
    )
    assert line == "her2aid: error: <stdin>: is not a UTF-8 text file (is it a case file?)"
    assert "Logging error" not in log


def test_an_unknown_field_name_never_reaches_the_log(tmp_path: Path) -> None:
    path = tmp_path / "case.json"
    path.write_text('{"format": "her2aid-case/1", "Zelda Quarantotto": 1}', encoding="utf-8")
    line, log = run_logged(tmp_path, "classify", str(path))
    assert "Zelda Quarantotto: unknown field" in line  # the user is told which one
    assert "refused its input" in log
    assert "Zelda" not in log
    assert "Quarantotto" not in log


def test_a_known_field_is_logged_by_name(tmp_path: Path) -> None:
    _, log = run_logged(tmp_path, "classify", "-", stdin=HEAD_ER_120)
    assert "classify refused its input (field er.percent)" in log


HEAD_ER_120 = '{"format": "her2aid-case/1", "er": {"percent": 120}}'


@pytest.mark.skipif(os.name != "posix", reason="closing a descriptor before exec is POSIX")
def test_closed_stdin_is_bad_input_not_an_internal_error() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "her2aid", "classify", "-"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        preexec_fn=lambda: os.close(0),  # her2aid classify - <&-
    )
    assert one_line_error(proc) == (
        "her2aid: error: <stdin>: cannot be read (standard input is closed)"
    )


@pytest.mark.parametrize(
    "name", ["new\nline.json", "ret\rurn.json", "bidi\u202etxt.json", "ls\u2028ep.json"]
)
def test_a_file_name_is_escaped_in_the_message(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text("{", encoding="utf-8")
    line = one_line_error(run("classify", str(path)))
    assert "not valid JSON" in line
    assert name.encode("unicode_escape").decode()[:4] in line


@pytest.mark.parametrize(
    ("key", "escaped"),
    [("a\u2028b", "a\\u2028b"), ("a\u2029b", "a\\u2029b"), ("a\x85b", "a\\u0085b"),
     ("\u202egnp.exe", "\\u202egnp.exe"), ("a\x1b[2Jb", "a\\u001b[2Jb")],
)  # fmt: skip
def test_keys_and_values_are_escaped_in_the_message(key: str, escaped: str) -> None:
    for case in (
        json.dumps({"format": "her2aid-case/1", key: 1}, ensure_ascii=False),
        json.dumps({"format": "her2aid-case/1", "er": {"status": key}}, ensure_ascii=False),
    ):
        line = one_line_error(run("classify", "-", stdin=case))
        assert escaped in line


def test_stdin_and_a_file_are_decoded_alike(tmp_path: Path) -> None:
    text = '{"format": "her2aid-case/1", "er": {"percent": 5}}'
    for raw in (b"\xef\xbb\xbf" + text.encode(), b"\xff\xfe" + text.encode("utf-16-le")):
        path = tmp_path / "case.json"
        path.write_bytes(raw)
        from_file = subprocess.run(
            [sys.executable, "-m", "her2aid", "classify", str(path)],
            capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        from_stdin = subprocess.run(
            [sys.executable, "-m", "her2aid", "classify", "-"],
            input=raw, capture_output=True, timeout=60, check=False,
        )  # fmt: skip
        assert from_file.returncode == from_stdin.returncode == 0, from_stdin.stderr
        assert from_file.stdout == from_stdin.stdout
    bad = "{".encode("utf-16-le")  # no mark: refused alike
    path.write_bytes(bad)
    file_line = one_line_error(run_text("classify", str(path)))
    stdin_line = one_line_error(run_text("classify", "-", stdin=bad))
    assert file_line.replace(str(path), "<stdin>") == stdin_line


def run_text(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    proc = subprocess.run(
        [sys.executable, "-m", "her2aid", *args],
        input=stdin, capture_output=True, timeout=60, check=False,
    )  # fmt: skip
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


EARLY = str(Path(__file__).parents[1] / "src" / "her2aid" / "examples" / "luminal-a-early.json")


def test_summary_prints_the_window_summary_as_text_and_html() -> None:
    """Issue 14: ``her2aid summary``, the summary as the window shows it, for a record."""
    text = run("summary", EARLY)
    assert text.returncode == 0, text.stderr
    assert text.stderr == ""
    assert text.stdout.startswith("RECEPTOR STATUS SUMMARY")
    assert "ER | 95 % | ER positive" in text.stdout
    assert "<" not in text.stdout.split("References")[0]  # plain text, no markup
    patient = run("summary", EARLY, "--audience", "patient")
    assert "Is this result good or bad?" in patient.stdout
    html = run("summary", EARLY, "--format", "html")
    assert html.stdout.startswith("<!DOCTYPE html>")


def test_summary_can_leave_out_every_survival_figure() -> None:
    """A patient who asks not to see survival figures sees none, not even as a death count."""
    shown = run("summary", EARLY, "--audience", "patient").stdout
    hidden = run("summary", EARLY, "--audience", "patient", "--no-survival-figures").stdout
    figures = ("are alive 10 years after surgery alone", "Death from breast cancer", "95 percent")
    for figure in figures:
        assert figure in shown
        assert figure not in hidden
    assert "Cancer that came back within 15 years" in hidden  # harms stay


def test_summary_refuses_a_bad_case_in_one_line() -> None:
    proc = run("summary", "-", stdin='{"format": "her2aid-case/1", "values": {"x": 1}}')
    assert proc.returncode == 2
    assert proc.stdout == ""
    assert proc.stderr.count("\n") == 1
    assert "values.x: unknown field" in proc.stderr
