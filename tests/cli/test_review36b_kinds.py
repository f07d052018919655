"""Review 36b item 8: the same date saved as another kind is another profile.

`trial 2026-11-25 --student --save` saves 2027-05-25 as a Prime Student trial's end; then
`renewal 2027-05-25 --save` said 「…は、更新日としてすでに保存されています」 and kept the trial, which
`due` and `cancel` go on reading. A paid renewal typed as `renewal DATE` over a saved trial's end,
or a trial's end over a saved paid renewal, now needs --force, and the line says which kind
replaces which. `renewal --plan X --save` without DATE still adds the plan to the saved trial.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.support.clihelp import WIDE, run

TODAY = ("--today", "2026-12-05")
END = "2027-05-25"  # the end of a Prime Student trial started 2026-11-25; a regular one: 12-25

SAVES = {
    "student-trial": ("trial", "2026-11-25", "--student"),
    "trial": ("trial", "2026-11-25"),
    "paid": ("renewal", END, "--plan", "student-annual"),
    "paid-no-plan": ("renewal", END),
}
END_OF = {"student-trial": END, "trial": "2026-12-25", "paid": END, "paid-no-plan": END}
TRIALS = {"student-trial", "trial"}


def _saved() -> dict[str, object]:
    file = Path(os.environ["PRIMEHELP_CONFIG_DIR"]) / "profile.json"
    document: dict[str, object] = json.loads(file.read_text("utf-8"))
    return document


def _save(*args: str, lang: str = "ja", force: bool = False) -> tuple[int, str]:
    more = ("--force",) if force else ()
    done = run(*args, *TODAY, "--save", *more, "--lang", lang, env=WIDE)
    return done.exit_code, done.stderr


# Every pair saving the same date (another date: test_save_replaces).
PAIRS = [(a, b) for a in sorted(SAVES) for b in sorted(SAVES) if END_OF[a] == END_OF[b]]


@pytest.mark.parametrize(("first", "then"), PAIRS)
def test_another_kind_on_the_same_date_needs_force(first: str, then: str) -> None:
    assert _save(*SAVES[first])[0] == 0
    before = _saved()
    code, said = _save(*SAVES[then])
    other_kind = (first in TRIALS) != (then in TRIALS)
    if other_kind:
        assert code == 2, said
        assert "すでに保存されています" not in said and "`--force` を付けてください" in said
        # review 38b item 10: each kind named plainly (was 「有料会員の更新日の」/「無料体験の」);
        # review 40b item 3: the trial's day by its one name (was 「無料体験の終了日」)
        assert "無料体験から有料会員への自動更新日" in said and "有料会員の更新日" in said
        assert _saved() == before  # nothing written
        code, said = _save(*SAVES[then], force=True)
        assert code == 0, said
        assert _saved()["trial"] is (then in TRIALS)
    else:
        assert "有料会員の更新日" not in said and "無料体験から有料会員への" not in said


def test_the_reviewed_case_in_both_languages() -> None:
    assert _save(*SAVES["student-trial"])[0] == 0
    code, said = _save("renewal", END)
    assert code == 2
    # review 38b item 10: the kinds named plainly, the date once; review 40b item 3: the
    # trial's day by its one name (was 「無料体験の終了日（有料会員に自動で切り替わる日、目安）」)
    assert said.startswith(
        "primehelp: エラー: 2027年5月25日は、Prime Studentの無料体験から有料会員への自動更新日"
        "（目安）として保存されています（保存場所："
    )
    assert said.endswith(
        "有料会員の更新日（Prime Student）として保存し直すには `--force` を付けてください。\n"
    )
    code, said = _save("renewal", END, lang="en")
    assert (
        code == 2
        and "to save it as the paid renewal date (Prime Student) instead, add `--force`" in said
    )
    # with --force: a paid Prime Student renewal, which due then reads as paid
    assert _save("renewal", END, force=True)[0] == 0
    assert _saved() == {"schema_version": 1, "renewal_date": END, "plan": None, "trial": False,
                        "student": True}  # fmt: skip
    due = run("due", "--today", "2027-05-23", "--lang", "ja", env=WIDE)
    assert "無料体験" not in due.stdout and "primehelp cancel --student" in due.stdout


def test_a_plan_added_without_a_date_keeps_the_trial() -> None:
    assert _save(*SAVES["student-trial"])[0] == 0
    code, said = _save("renewal", "--plan", "student-monthly")
    assert code == 0, said
    assert _saved()["trial"] is True and _saved()["plan"] == "student-monthly"
