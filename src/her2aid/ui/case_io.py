"""Saving a case file safely: the old file stays intact until the new one is complete.

The text is written to a temporary file in the same folder, flushed to disk,
then moved over the target with ``os.replace`` (atomic on one file system).
A failure leaves the target as it was and removes the temporary file.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from her2aid.core import casefile
from her2aid.core.models import CaseInputs


def _new_file_mode() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


def write_case(path: Path, inputs: CaseInputs) -> None:
    """Write ``inputs`` to ``path`` as a ``her2aid-case/1`` file, atomically.

    Raises:
        OSError: the file could not be written; ``path`` is unchanged.
    """
    text = casefile.dumps(inputs)
    if path.is_dir():
        raise IsADirectoryError(21, "Is a folder", str(path))
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        mode = _new_file_mode()
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def describe(error: OSError) -> str:
    """A short, plain reason for an OSError ("Permission denied", "No space left on device")."""
    return error.strerror or str(error) or type(error).__name__
