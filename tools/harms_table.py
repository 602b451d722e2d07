"""Write docs/harms-sources.md: every side-effect row, its figure and where it was read.

    python tools/harms_table.py          rewrite the table
    python tools/harms_table.py --check  fail if it does not match content/harms.toml

A reviewer checks the figures against their sources from this one table
instead of reading the TOML; CI keeps it in step with the content.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONTENT = ROOT / "src" / "her2aid" / "content"
TABLE = ROOT / "docs" / "harms-sources.md"


def _cell(text: object) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def table() -> str:
    """The Markdown table, one row per harm, grouped by set in the content's order."""
    harms = tomllib.loads((CONTENT / "harms.toml").read_text(encoding="utf-8"))
    refs = tomllib.loads((CONTENT / "references.toml").read_text(encoding="utf-8"))
    about = tomllib.loads((CONTENT / "about.toml").read_text(encoding="utf-8"))
    sets = {k: v for k, v in harms.items() if isinstance(v, dict)}
    rows = [h for s in sets.values() for h in s.get("harm", [])]
    figured = sum(1 for h in rows if "per_100" in h)
    lines = [
        "# Side-effect figures and their sources",
        "",
        "Generated from `src/her2aid/content/harms.toml` by `tools/harms_table.py`",
        f"(content {about['content_version']}); do not edit by hand. {len(rows)} rows in",
        f"{len(sets)} sets, {figured} with a figure; a row without one is shown to patients",
        'as "how often is not stated". Figures are people in 100 as the source prints',
        "them; the comparison column is the source's other arm where it gives one.",
        "",
        "| set | harm | per 100 | comparison | counted as | source | locator |",
        "|---|---|---|---|---|---|---|",
    ]
    for set_id, data in sets.items():
        for h in data.get("harm", []):
            figure = h.get("per_100", "not stated")
            if h.get("at_least"):
                figure = f"{figure} or more"
            source = refs.get(h["source"], {}).get("short", h["source"])
            lines.append(
                "| "
                + " | ".join(
                    _cell(x)
                    for x in (
                        set_id,
                        h["clinician"],
                        figure,
                        h.get("comparison_per_100", ""),
                        h["grade"],
                        source,
                        h["locator"],
                    )
                )
                + " |"
            )
    return "\n".join(lines) + "\n"


def main() -> int:
    """Write the table, or with --check say whether it is current."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the table is stale")
    args = parser.parse_args()
    text = table()
    if args.check:
        if not TABLE.exists() or TABLE.read_text(encoding="utf-8") != text:
            print("stale: docs/harms-sources.md; run: python tools/harms_table.py", file=sys.stderr)
            return 1
        return 0
    TABLE.write_text(text, encoding="utf-8")
    print(f"harms_table: wrote {TABLE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
