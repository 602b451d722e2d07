"""Mutation check of the clinical core: do the tests notice when a rule is wrong?

    .venv/bin/python tools/mutate.py                 # every mutant, 2 workers
    .venv/bin/python tools/mutate.py --list          # the mutants, not run
    .venv/bin/python tools/mutate.py --only her2.py:113   # mutants on one line
    .venv/bin/python tools/mutate.py --jobs 1 core/rules/hormone.py

Each mutant is one small change to the source of the rules, the classifier
or PREDICT (``TARGETS``): a comparison (``<`` for ``<=``, ``==`` for ``!=``), a
boolean operator, a dropped ``not``, a number off by one, ``True`` for
``False``, an ``if`` forced true or false, a call statement deleted, an enum
member swapped for its neighbour. The mutant is written into a private copy
of ``src/`` and ``tests/`` (never into the checkout: an editable install
would otherwise import the original), and ``tests/core`` runs against it
with ``-x`` and the derandomised Hypothesis profile ``mutation``. A mutant
is *killed* when a test fails (or the run times out), and *survives* when
every test passes.

Some mutants cannot change behaviour (``x <= 0`` for an ``x`` that is never
0, say). They are listed with the reason in ``tools/mutants_equivalent.txt``
and left out of the score. Exit status 0 when no other mutant survives.
Not part of the test suite (about 30 minutes on 2 cores); run it after
changing the rules, and put the score in the README.
"""

from __future__ import annotations

import argparse
import ast
import copy
import enum
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "her2aid"
TARGETS = ("core/rules/*.py", "core/classify.py", "core/prognosis.py")
EQUIVALENTS = ROOT / "tools" / "mutants_equivalent.txt"
TIMEOUT_S = 120

_COMPARE_SWAPS: dict[type[ast.cmpop], type[ast.cmpop]] = {
    ast.Lt: ast.LtE,
    ast.LtE: ast.Lt,
    ast.Gt: ast.GtE,
    ast.GtE: ast.Gt,
    ast.Eq: ast.NotEq,
    ast.NotEq: ast.Eq,
    ast.In: ast.NotIn,
    ast.NotIn: ast.In,
    ast.Is: ast.IsNot,
    ast.IsNot: ast.Is,
}


@dataclass(frozen=True)
class Mutant:
    """One change: where (file relative to src/her2aid, line, column) and what."""

    path: str
    line: int
    col: int
    operator: str
    detail: str

    @property
    def key(self) -> str:
        """The stable name used in the equivalents file."""
        return f"{self.path}:{self.line}:{self.col}:{self.operator}:{self.detail}"


def _enum_members() -> dict[str, list[str]]:
    """Member names of every enum in the core models, by class name."""
    sys.path.insert(0, str(ROOT / "src"))
    from her2aid.core import models

    return {
        name: [m.name for m in obj]  # type: ignore[attr-defined]
        for name, obj in vars(models).items()
        if isinstance(obj, type) and issubclass(obj, enum.Enum) and len(obj) > 1  # type: ignore[arg-type]
    }


class _Mutator(ast.NodeTransformer):
    """Walks a module; finds the mutation points, or applies the ``target``-th one."""

    def __init__(self, path: str, enums: dict[str, list[str]], target: int = -1) -> None:
        self.path = path
        self.enums = enums
        self.target = target
        self.found: list[Mutant] = []

    # -- bookkeeping --------------------------------------------------------------

    def _point(self, node: ast.AST, operator: str, detail: str) -> bool:
        """Record a mutation point; True if it is the one to apply."""
        index = len(self.found)
        self.found.append(
            Mutant(
                self.path,
                getattr(node, "lineno", 0),
                getattr(node, "col_offset", 0),
                operator,
                detail,
            )
        )
        return index == self.target

    # -- what is never mutated ----------------------------------------------------

    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.AST:
        """The body, defaults and decorators; not the docstring or the annotations."""
        start = 1 if ast.get_docstring(node) is not None else 0
        node.decorator_list = [self.visit(d) for d in node.decorator_list]
        node.args.defaults = [self.visit(d) for d in node.args.defaults]
        node.body = node.body[:start] + [self.visit(b) for b in node.body[start:]]
        return node

    def visit_AnnAssign(self, node: ast.AnnAssign) -> ast.AST:
        if node.value is not None:
            node.value = self.visit(node.value)
        return node

    def visit_Assign(self, node: ast.Assign) -> ast.AST:
        if any(isinstance(t, ast.Name) and t.id == "__all__" for t in node.targets):
            return node
        return self.generic_visit(node)

    def visit_JoinedStr(self, node: ast.JoinedStr) -> ast.AST:
        return node  # wording, not logic (the content and trace tests own it)

    # -- the mutations --------------------------------------------------------------

    def visit_Compare(self, node: ast.Compare) -> ast.AST:
        self.generic_visit(node)
        for i, op in enumerate(node.ops):
            swap = _COMPARE_SWAPS.get(type(op))
            if swap is not None and self._point(
                node, "compare", f"{i}:{type(op).__name__}->{swap.__name__}"
            ):
                node.ops[i] = swap()
        return node

    def visit_BoolOp(self, node: ast.BoolOp) -> ast.AST:
        self.generic_visit(node)
        other = ast.Or() if isinstance(node.op, ast.And) else ast.And()
        if self._point(node, "boolean", f"{type(node.op).__name__}->{type(other).__name__}"):
            node.op = other
        return node

    def visit_UnaryOp(self, node: ast.UnaryOp) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.op, ast.Not) and self._point(node, "not", "drop"):
            return node.operand
        return node

    def visit_Constant(self, node: ast.Constant) -> ast.AST:
        value = node.value
        if isinstance(value, bool):
            if self._point(node, "constant", f"{value}->{not value}"):
                return ast.copy_location(ast.Constant(not value), node)
        elif isinstance(value, int | float) and not isinstance(value, bool):
            changed = value + 1
            if self._point(node, "constant", f"{value}->{changed}"):
                return ast.copy_location(ast.Constant(changed), node)
        return node

    def visit_If(self, node: ast.If) -> ast.AST:
        self.generic_visit(node)
        for forced in (True, False):
            if self._point(node, "if", f"force-{forced}"):
                node.test = ast.copy_location(ast.Constant(forced), node.test)
        return node

    def visit_IfExp(self, node: ast.IfExp) -> ast.AST:
        self.generic_visit(node)
        for forced in (True, False):
            if self._point(node, "ifexp", f"force-{forced}"):
                node.test = ast.copy_location(ast.Constant(forced), node.test)
        return node

    def visit_Expr(self, node: ast.Expr) -> ast.AST:
        self.generic_visit(node)
        if isinstance(node.value, ast.Call) and self._point(node, "call", "delete"):
            return ast.copy_location(ast.Pass(), node)
        return node

    def visit_Attribute(self, node: ast.Attribute) -> ast.AST:
        self.generic_visit(node)
        owner = node.value
        if isinstance(owner, ast.Name) and owner.id in self.enums:
            members = self.enums[owner.id]
            if node.attr in members:
                other = members[(members.index(node.attr) + 1) % len(members)]
                if self._point(node, "enum", f"{owner.id}.{node.attr}->{other}"):
                    node.attr = other
        return node


def _sources(patterns: list[str]) -> list[Path]:
    files: list[Path] = []
    for pattern in patterns:
        files.extend(sorted(p for p in PACKAGE.glob(pattern) if p.name != "__init__.py"))
    return files


def mutants_of(path: Path, enums: dict[str, list[str]]) -> list[Mutant]:
    """Every mutation point in one file."""
    finder = _Mutator(str(path.relative_to(PACKAGE)), enums)
    finder.visit(ast.parse(path.read_text(encoding="utf-8")))
    return finder.found


def mutated_source(path: Path, index: int, enums: dict[str, list[str]]) -> str:
    """The file's source with its ``index``-th mutation applied."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    applier = _Mutator(str(path.relative_to(PACKAGE)), enums, target=index)
    tree = applier.visit(copy.deepcopy(tree))
    return ast.unparse(ast.fix_missing_locations(tree))


def _equivalents() -> dict[str, str]:
    """Mutant keys known not to change behaviour, with the reason."""
    found: dict[str, str] = {}
    if EQUIVALENTS.exists():
        for raw in EQUIVALENTS.read_text(encoding="utf-8").splitlines():
            line = raw.strip()
            if line and not line.startswith("#"):
                key, _, reason = line.partition("  # ")
                found[key.strip()] = reason.strip()
    return found


class _Worker:
    """A private copy of the project in which one mutant at a time is tested."""

    def __init__(self) -> None:
        self.dir = Path(tempfile.mkdtemp(prefix="her2aid-mutate-"))
        shutil.copytree(
            ROOT / "src", self.dir / "src", ignore=shutil.ignore_patterns("__pycache__")
        )
        shutil.copytree(
            ROOT / "tests", self.dir / "tests", ignore=shutil.ignore_patterns("__pycache__")
        )
        shutil.copy2(ROOT / "pyproject.toml", self.dir / "pyproject.toml")
        self.env = dict(
            os.environ,
            PYTHONPATH=str(self.dir / "src"),
            PYTHONDONTWRITEBYTECODE="1",
            HER2AID_HYPOTHESIS_PROFILE="mutation",
            QT_QPA_PLATFORM="offscreen",
        )
        self.env.pop("CI", None)
        check = subprocess.run(
            [sys.executable, "-c", "import her2aid; print(her2aid.__file__)"],
            env=self.env, cwd=self.dir, capture_output=True, text=True, check=True,
        )  # fmt: skip
        if not check.stdout.strip().startswith(str(self.dir)):
            raise SystemExit(f"mutate: the copy is not imported ({check.stdout.strip()})")

    def run(self, mutant: Mutant, source: str) -> tuple[bool, float]:
        """(killed, seconds) for one mutant."""
        target = self.dir / "src" / "her2aid" / mutant.path
        original = target.read_text(encoding="utf-8")
        target.write_text(source, encoding="utf-8")
        start = time.monotonic()
        try:
            proc = subprocess.run(
                [sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                 "-p", "no:randomly", "tests/core"],
                env=self.env, cwd=self.dir, capture_output=True, timeout=TIMEOUT_S,
            )  # fmt: skip
            killed = proc.returncode != 0
        except subprocess.TimeoutExpired:
            killed = True
        finally:
            target.write_text(original, encoding="utf-8")
        return killed, time.monotonic() - start

    def close(self) -> None:
        shutil.rmtree(self.dir, ignore_errors=True)


def _selected(
    all_mutants: list[tuple[Path, int, Mutant]], only: list[str] | None
) -> Iterator[tuple[Path, int, Mutant]]:
    for item in all_mutants:
        mutant = item[2]
        short = f"{Path(mutant.path).name}:{mutant.line}"
        if only is None or any(short == o or mutant.key.startswith(o) for o in only):
            yield item


def main(argv: list[str] | None = None) -> int:
    """Run (or list) the mutants; 1 if a non-equivalent one survives."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "files", nargs="*", help=f"globs under src/her2aid (default: {' '.join(TARGETS)})"
    )
    parser.add_argument("--jobs", type=int, default=2, help="mutants tested at once (default 2)")
    parser.add_argument("--list", action="store_true", help="list the mutants and stop")
    parser.add_argument(
        "--only", action="append", help="FILE.py:LINE, or the start of a mutant key (repeatable)"
    )
    args = parser.parse_args(argv)

    enums = _enum_members()
    found = [
        (path, index, mutant)
        for path in _sources(args.files or list(TARGETS))
        for index, mutant in enumerate(mutants_of(path, enums))
    ]
    chosen = list(_selected(found, args.only))
    equivalent = _equivalents()
    if args.list:
        for _path, _index, mutant in chosen:
            mark = "  (equivalent)" if mutant.key in equivalent else ""
            print(f"{mutant.key}{mark}")
        print(f"{len(chosen)} mutants")
        return 0

    workers = [_Worker() for _ in range(max(1, args.jobs))]
    free = list(workers)
    survivors: list[Mutant] = []
    killed = 0
    started = time.monotonic()

    def test(item: tuple[Path, int, Mutant]) -> tuple[Mutant, bool]:
        path, index, mutant = item
        worker = free.pop()
        try:
            result, _seconds = worker.run(mutant, mutated_source(path, index, enums))
        finally:
            free.append(worker)
        return mutant, result

    try:
        with ThreadPoolExecutor(max_workers=len(workers)) as pool:
            for done, (mutant, was_killed) in enumerate(pool.map(test, chosen), 1):
                if was_killed:
                    killed += 1
                else:
                    survivors.append(mutant)
                    note = " (equivalent)" if mutant.key in equivalent else ""
                    print(f"survived: {mutant.key}{note}", flush=True)
                if done % 25 == 0:
                    print(
                        f"... {done}/{len(chosen)} in {time.monotonic() - started:.0f} s",
                        flush=True,
                    )
    finally:
        for worker in workers:
            worker.close()

    real = [m for m in survivors if m.key not in equivalent]
    counted = len(chosen) - (len(survivors) - len(real))
    print(
        f"\n{len(chosen)} mutants in {time.monotonic() - started:.0f} s: {killed} killed, "
        f"{len(survivors)} survived ({len(survivors) - len(real)} listed as equivalent)"
    )
    if counted:
        print(f"score: {100 * killed / counted:.1f} % of {counted} non-equivalent mutants killed")
    for mutant in real:
        print(f"  not killed: {mutant.key}")
    return 1 if real else 0


if __name__ == "__main__":
    raise SystemExit(main())
