"""Review 47b S 10: Prime Student's 4 paid years at most was given confidence M; FACTS §2 has it H."""

from __future__ import annotations

from tests.support.clihelp import json_data


def test_s10_student_limit_is_h_as_facts_gives_it() -> None:
    data = json_data("renewal", "2026-12-20", "--plan", "student-annual", "--today", "2026-12-06")
    [fact] = [f for f in data["facts"] if f["id"] == "trial.student_limit"]
    assert fact["confidence"] == "H"
