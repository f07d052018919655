"""primehelp: offline help for Amazon Prime members in Japan."""

__version__ = "0.1.0"

# The oldest and the newest date on which the bundled facts (data/*.toml) were checked, for
# `primehelp --version`, which reads no data (start-up). tests/test_facts.py compares them
# with the data and prints the line to write here when they differ.
FACTS_CHECKED = ("2026-12-02", "2026-12-02")
