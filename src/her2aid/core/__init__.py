"""The clinical core: case inputs, guideline rules, content and models.

Nothing in this package may import Qt; ``tests/test_layers.py`` and the
import-linter contracts in ``pyproject.toml`` enforce it.
"""
