"""Time ``all_combinations`` for a typical ER-positive, HER2-positive case.

Why: the window recomputes every treatment combination whenever an input
changes, so this must stay well under a frame (target: median <= 2 ms).

Run from the repository root::

    PYTHONPATH=src python benchmarks/bench_prognosis.py [repetitions]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

TARGET_MEDIAN_MS = 2.0


def main(argv: list[str]) -> int:
    """Run the benchmark, print median and p95 in ms, and return 0."""
    # Allow running without PYTHONPATH=src.
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from her2aid.core.prognosis import PrognosisInputs, all_combinations

    repetitions = int(argv[1]) if len(argv) > 1 else 2000
    case = PrognosisInputs(
        age=52,
        size_mm=22,
        nodes=1,
        grade=3,
        detection="symptoms",
        er_positive=True,
        her2="positive",
        ki67="positive",
    )
    for _ in range(50):  # warm up
        combos = all_combinations(case)

    timings_ms: list[float] = []
    for _ in range(repetitions):
        start = time.perf_counter()
        combos = all_combinations(case)
        timings_ms.append((time.perf_counter() - start) * 1000.0)

    timings_ms.sort()
    median = statistics.median(timings_ms)
    p95 = timings_ms[min(len(timings_ms) - 1, round(0.95 * len(timings_ms)) - 1)]
    print(f"all_combinations: {len(combos)} combinations, {repetitions} repetitions")
    print(f"median {median:.3f} ms, p95 {p95:.3f} ms")
    print(f"target: median <= {TARGET_MEDIAN_MS} ms")
    print("target met" if median <= TARGET_MEDIAN_MS else "target NOT met")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
