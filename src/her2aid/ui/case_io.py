"""Saving a case file safely: the old file stays intact until the new one is complete.

The same atomic writer as the handout (:mod:`her2aid.atomic`): a temporary
file in the same folder, flushed, then moved over the target; on failure the
target is unchanged and the message names the path and the reason in plain
words.
"""

from __future__ import annotations

from pathlib import Path

from her2aid.atomic import write_atomic
from her2aid.core import casefile
from her2aid.core.models import CaseInputs


def write_case(path: Path, inputs: CaseInputs) -> None:
    """Write ``inputs`` to ``path`` as a ``her2aid-case/1`` file, atomically.

    Raises:
        her2aid.atomic.WriteError: the file could not be written; ``path`` is unchanged.
    """
    write_atomic(path, casefile.dumps(inputs).encode("utf-8"))
