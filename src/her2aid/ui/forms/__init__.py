"""Python generated from ui/*.ui by packaging/build_ui.py (do not edit)."""
