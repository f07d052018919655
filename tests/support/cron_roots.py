"""Machines ``remind`` looks at for a running cron daemon (review 43b item 1), as the root
:data:`primehelp.cron_running.ROOT` names: one where cron runs (every test's, from conftest), one
where it does not (its /proc lists other processes only), one where it cannot be told (no /proc)."""

from __future__ import annotations

from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
CRON_RUNNING = FIXTURES / "cron-running"
CRON_STOPPED = FIXTURES / "cron-stopped"
CRON_UNKNOWN = FIXTURES / "nonexistent-root"  # no /proc, as on macOS
