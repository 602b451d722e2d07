"""Entry point the frozen executables run (PyInstaller needs a script file)."""

import sys

from her2aid.cli import main

if __name__ == "__main__":
    sys.exit(main())
