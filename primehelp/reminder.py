"""The opt-in reminder mail that comes before a renewal (the day it comes, and the last safe
day to cancel, are in :mod:`primehelp.periods`)."""

from __future__ import annotations

from dataclasses import dataclass

from primehelp.facts import Fact


@dataclass(frozen=True, slots=True)
class Reminder:
    """The opt-in reminder mail: off by default, where to switch it on, and its imitators."""

    opt_in: Fact
    switch_on: Fact
    switch_on_label: str
    page_url: str
    scam_warning: Fact
