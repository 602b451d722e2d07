"""``python -m her2aid``: the same as the ``her2aid`` command."""

from __future__ import annotations

import sys

from her2aid.cli import main

if __name__ == "__main__":
    sys.exit(main())
