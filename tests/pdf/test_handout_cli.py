"""``her2aid handout`` run as a user would: a real subprocess, with no display."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from pdfcheck import read_pdf

from her2aid.report.context import Meta
from procs import headless_env, run_her2aid

EXAMPLES = Path(__file__).parents[2] / "src" / "her2aid" / "examples"
CASE = str(EXAMPLES / "hr-positive-her2-low-metastatic.json")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    environ = headless_env(env)
    if not env or "QT_QPA_PLATFORM" not in env:
        environ.pop("QT_QPA_PLATFORM", None)  # the command must pick offscreen itself
    return run_her2aid(*args, env=environ)


def test_writes_the_patient_handout_headless(tmp_path: Path) -> None:
    out = tmp_path / "Résumé ü 患者.pdf"
    proc = run("handout", CASE, "-o", str(out), "--patient-name", "<b>Ana</b>")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == proc.stderr == ""
    pdf = read_pdf(out)
    assert "Your breast cancer test results" in pdf.text
    assert "Receptor status summary" not in pdf.text
    assert "Patient: <b>Ana</b>" in pdf.pages[0]
    assert f"Page 1 of {len(pdf.pages)}" in pdf.pages[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]


def test_both_audiences_on_letter_with_a_clinic(tmp_path: Path) -> None:
    out = tmp_path / "both.pdf"
    proc = run(
        "handout",
        CASE,
        "-o",
        str(out),
        "--audience",
        "both",
        "--paper",
        "Letter",
        "--clinic-name",
        "{{ 7*7 }} Clinic",
    )
    assert proc.returncode == 0, proc.stderr
    pdf = read_pdf(out)
    assert "Receptor status summary" in pdf.text
    assert "{{ 7*7 }} Clinic" in pdf.pages[-1]
    box = pdf.reader.pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((612, 792), abs=1)


def test_paper_defaults_to_the_locale(tmp_path: Path) -> None:
    out = tmp_path / "us.pdf"
    proc = run("handout", CASE, "-o", str(out), env={"LC_ALL": "en_US.UTF-8"})
    assert proc.returncode == 0, proc.stderr
    assert float(read_pdf(out).reader.pages[0].mediabox.height) == pytest.approx(792, abs=1)


@pytest.mark.parametrize(
    ("case_text", "message"),
    [
        ('{"format": "her2aid-case/1", "er": {"percent": 120}}', "er.percent: must be from 0"),
        ("not json", "not valid JSON"),
    ],
)
def test_bad_case_file_exits_2_with_one_line(tmp_path: Path, case_text: str, message: str) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(case_text)
    out = tmp_path / "out.pdf"
    proc = run("handout", str(bad), "-o", str(out))
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"her2aid: error: {bad}: ")
    assert message in lines[0]
    assert not out.exists()


def test_missing_case_file(tmp_path: Path) -> None:
    proc = run("handout", str(tmp_path / "nope.json"), "-o", str(tmp_path / "out.pdf"))
    assert proc.returncode == 2
    assert proc.stderr.strip().endswith("nope.json: no such file")


def test_unwritable_destination_exits_2_with_one_line(tmp_path: Path) -> None:
    target = tmp_path / "no such folder" / "out.pdf"
    proc = run("handout", CASE, "-o", str(target))
    assert proc.returncode == 2
    lines = proc.stderr.splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("her2aid: error: Could not save")
    assert "does not exist" in lines[0]


def test_destination_is_a_folder(tmp_path: Path) -> None:
    proc = run("handout", CASE, "-o", str(tmp_path))
    assert proc.returncode == 2
    assert "is a folder" in proc.stderr
    assert len(proc.stderr.splitlines()) == 1


def test_bad_option_is_a_usage_error(tmp_path: Path) -> None:
    proc = run("handout", CASE, "-o", str(tmp_path / "x.pdf"), "--paper", "A5")
    assert proc.returncode == 2
    assert "invalid choice: 'A5'" in proc.stderr


def test_classify_still_does_not_load_qt() -> None:
    code = textwrap.dedent(
        f"""
        import contextlib, io, sys
        from her2aid.cli import main
        with contextlib.redirect_stdout(io.StringIO()):
            status = main(["classify", {CASE!r}])
        print(status, any(m.startswith("PySide6") for m in sys.modules))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert proc.stdout.split() == ["0", "False"], proc.stderr


def test_the_patient_name_never_reaches_the_log(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    target = tmp_path / "no such folder" / "Jane Roe.pdf"
    proc = run(
        "handout", CASE, "-o", str(target), "--patient-name", "Jane Roe",
        env={"HER2AID_LOG_DIR": str(logs)},
    )  # fmt: skip
    assert proc.returncode == 2
    text = (logs / "her2aid.log").read_text(encoding="utf-8")
    assert "her2aid started" in text
    assert "Jane Roe" not in text


def test_the_patient_name_is_redacted_from_an_internal_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, handout_app: object
) -> None:
    from her2aid import applog, cli
    from her2aid.pdf import handout

    monkeypatch.setenv("HER2AID_LOG_DIR", str(tmp_path))
    monkeypatch.setattr(applog, "_redacted", set())

    def failing_export(path: Path, *_args: object, meta: Meta, **_kwargs: object) -> None:
        raise RuntimeError(f"could not lay out the header {meta.patient_name!r}")

    monkeypatch.setattr(handout, "export_handout", failing_export)
    out = str(tmp_path / "out.pdf")
    assert cli.main(["handout", CASE, "-o", out, "--patient-name", "Jane Roe"]) == 1
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = (tmp_path / "her2aid.log").read_text(encoding="utf-8")
    assert "could not lay out the header '[redacted]'" in text
    assert "Jane Roe" not in text


@pytest.mark.parametrize(
    ("name", "shown"),
    [("Ann \U0001fae0", "U+1FAE0"), ("Jane \U0001f600 Doe", "U+1F600")],
    ids=["no font has it", "not kept as text"],
)
def test_a_name_the_handout_cannot_print_is_refused_in_one_line(
    tmp_path: Path, name: str, shown: str
) -> None:
    out = tmp_path / "x.pdf"
    proc = run("handout", CASE, "-o", str(out), "--patient-name", name)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert "patient name" in proc.stderr
    assert shown in proc.stderr
    assert not out.exists()


def handout_from_stdin(case: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """``her2aid handout - -o OUT < CASE``: standard input redirected from a file."""
    with case.open("rb") as stdin:
        return subprocess.run(
            [sys.executable, "-m", "her2aid", "handout", "-", "-o", str(out)],
            stdin=stdin,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            env=headless_env(),
        )


@pytest.mark.parametrize(
    ("how", "stdin"),
    [
        *((how, False) for how in ("same path", "symlink", "hard link", "other spelling")),
        *((how, True) for how in ("same path", "symlink", "hard link", "stdin through a link")),
    ],
)
def test_the_output_may_not_be_the_case_file(tmp_path: Path, how: str, stdin: bool) -> None:
    """``her2aid handout CASE.json -o CASE.json`` (or ``- -o CASE.json < CASE.json``) would
    replace the case with the PDF."""
    case = tmp_path / "case.json"
    original = Path(CASE).read_bytes()
    case.write_bytes(original)
    out = {
        "same path": case,
        "symlink": tmp_path / "link.pdf",
        "hard link": tmp_path / "hard.json",
        "other spelling": tmp_path / "." / "sub" / ".." / "case.json",
        "stdin through a link": case,
    }[how]
    (tmp_path / "sub").mkdir()
    source = case
    if how == "symlink":
        out.symlink_to(case)
    elif how == "hard link":
        out.hardlink_to(case)
    elif how == "stdin through a link":
        source = tmp_path / "input-link.json"
        source.symlink_to(case)
    proc = handout_from_stdin(source, out) if stdin else run("handout", str(case), "-o", str(out))
    assert proc.returncode == 2
    assert proc.stderr == (
        f"her2aid: error: {out}: is the case file itself; choose another name for the PDF\n"
    )
    assert case.read_bytes() == original


def test_standard_input_from_another_file_may_write_over_any_file(tmp_path: Path) -> None:
    """Only the very file is refused: a copy of the case on stdin may replace the original."""
    case = tmp_path / "case.json"
    case.write_bytes(Path(CASE).read_bytes())
    copy = tmp_path / "copy.json"
    copy.write_bytes(case.read_bytes())
    proc = handout_from_stdin(copy, case)
    assert (proc.returncode, proc.stderr) == (0, "")
    assert case.read_bytes().startswith(b"%PDF-")


def test_the_values_answers_in_a_case_file_print_in_the_handout(tmp_path: Path) -> None:
    """Issue 14: window -> case file -> handout; the case file's answers are ticked on paper."""
    import json

    case = json.loads((EXAMPLES / "luminal-a-early.json").read_text(encoding="utf-8"))
    case["values"] = {"live_longer": "very_important", "avoid_hair_loss": "not_important"}
    path = tmp_path / "case.json"
    path.write_text(json.dumps(case), encoding="utf-8")
    out = tmp_path / "handout.pdf"
    proc = run("handout", str(path), "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    from pypdf import PdfReader

    pages = PdfReader(out).pages
    text = "\n".join(p.extract_text(extraction_mode="layout") for p in pages)
    lines = [" ".join(line.split()) for line in text.splitlines()]  # pypdf puts tabs between words

    def boxes(statement: str) -> str:
        line = next(line for line in lines if line.strip().startswith(statement))
        return "".join(c for c in line if c in "☐☒")

    assert boxes("Living as long as I can") == "☐☐☒"
    assert boxes("Keeping my hair") == "☒☐☐"
    assert boxes("Feeling as well as I can") == "☐☐☐"  # not answered: blank, for a pen


def test_clinic_contact_and_no_survival_figures_reach_the_handout(tmp_path: Path) -> None:
    early = str(EXAMPLES / "luminal-a-early.json")
    out = tmp_path / "h.pdf"
    proc = run(
        "handout", early, "-o", str(out), "--clinic-contact", "Breast unit 555-0100",
        "--no-survival-figures",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    text = read_pdf(out).text
    assert "Breast unit 555-0100" in text
    assert "100 women like you, 10 years after surgery" not in text
    assert "Death from breast cancer" not in text
    plain = tmp_path / "plain.pdf"
    assert run("handout", early, "-o", str(plain)).returncode == 0
    assert "100 women like you, 10 years after surgery" in read_pdf(plain).text


def test_a_spanish_patient_handout_keeps_the_name_and_says_it_is_unreviewed(
    tmp_path: Path,
) -> None:
    """Issue 17: `--language es`; header, footer and body in Spanish, the name intact."""
    out = tmp_path / "es.pdf"
    name = "José Ñúñez-Pérez 00412"
    proc = run(
        "handout",
        str(EXAMPLES / "luminal-a-early.json"),
        "-o",
        str(out),
        "--language",
        "es",
        "--patient-name",
        name,
        "--audience",
        "both",
    )
    assert proc.returncode == 0, proc.stderr
    from pypdf import PdfReader

    pages = [" ".join(p.extract_text().split()) for p in PdfReader(out).pages]
    first, last = pages[0], pages[-1]  # pypdf puts tabs between words
    assert f"Paciente: {name}" in first
    assert "Página 1 de" in first
    assert "Traducción aún no revisada por un traductor médico" in first
    assert "Los resultados de sus pruebas de cáncer de seno" in first
    # The clinician part stays English, with its own page count and footer.
    assert "Clinician summary" in last
    assert "Page " in last
    assert "Página" not in last
