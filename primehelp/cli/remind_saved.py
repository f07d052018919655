"""Moved to :mod:`primehelp.remind_saved` (output asks it too: the layers)."""

from primehelp.remind_saved import saved_date_problem as saved_date_problem
