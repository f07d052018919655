"""``data/trial.toml``: the free trials and what happens at their end."""

from typing import NamedTuple

from primehelp.facts import Fact, document


class TrialData(NamedTuple):
    """The trial data file, typed."""

    regular: Fact
    regular_days: int
    student: Fact
    student_months: int
    student_limit: Fact
    student_limit_years: int
    student_switch_refund: Fact
    auto_renew: Fact
    cancel_free: Fact
    exact_date: Fact


def load() -> TrialData:
    """The bundled trial facts."""
    data = document("trial")
    regular, student = data.node("regular"), data.node("student")
    return TrialData(
        regular=regular.fact(),
        regular_days=regular.integer("days"),
        student=student.fact(),
        student_months=student.integer("months"),
        student_limit=data.fact("student_limit"),
        student_limit_years=data.node("student_limit").integer("years"),
        student_switch_refund=data.fact("student_switch_refund"),
        auto_renew=data.fact("auto_renew"),
        cancel_free=data.fact("cancel_free"),
        exact_date=data.fact("exact_date"),
    )
