"""Saved profiles for commands that read one (``due``): each folder is a PRIMEHELP_CONFIG_DIR.

Read only: ``due`` never writes, and no test may write here.
"""

from __future__ import annotations

from pathlib import Path

PROFILES = Path(__file__).resolve().parent
ANNUAL = {"PRIMEHELP_CONFIG_DIR": str(PROFILES / "annual")}  # renews 2026-12-31, annual plan
TRIAL = {"PRIMEHELP_CONFIG_DIR": str(PROFILES / "trial")}  # a free trial ending 2026-12-31
# a Prime Student free trial ending 2026-12-31 (`trial --student --save`, review 28b item 4)
STUDENT_TRIAL = {"PRIMEHELP_CONFIG_DIR": str(PROFILES / "student_trial")}
