"""Clinical content as reviewable data files (TOML); see README.md in this folder."""
