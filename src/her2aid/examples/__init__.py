"""Representative example cases as her2aid-case/1 files (File > Open example)."""
