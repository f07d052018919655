"""Review 16b (a Japanese reader): cancel texts and the cancel step list, items 2, 8 and S 14."""

from __future__ import annotations

import contextlib
import datetime as dt
import io

import pytest

from primehelp.cancellation import Via, answers_from_flags, renewal_deadline
from primehelp.i18n import Lang
from tests.support.clihelp import run

TODAY = dt.date(2026, 12, 4)
NOT_YET_CHARGED = {
    "ja": "会費が請求されたかどうかは、「Amazonプライム会員情報」のページで",
    "en": "The Prime membership page shows whether the fee has been charged.",
}


def _out(*args: str, lang: Lang = "ja", columns: int = 1000) -> str:
    result = run(*args, "--today", TODAY.isoformat(), "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _walk(renewal: str, student: bool, lang: Lang) -> str:
    """The walkthrough of `cancel --trial [--student] --renewal RENEWAL`, every screen."""
    from primehelp import walkthrough
    from primehelp.content.cancel import bundled_plan
    from primehelp.output.walkthrough import cancel_screen

    deadline = renewal_deadline(dt.date.fromisoformat(renewal), TODAY, origin="option")
    script = iter([""] * 20)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        walkthrough.run(
            answers_from_flags(Via.WEB, True, student, None),
            lambda branch: bundled_plan(branch, today=TODAY, renewal=deadline, walkthrough=True),
            lambda _prompt: next(script),
            lambda screen: cancel_screen(screen, lang),
        )
    return out.getvalue()


# ------------------------------------------- item 2: "not charged yet" only on the renewal day


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("student", [(), ("--student",)])
@pytest.mark.parametrize("renewal", ["2026-11-20", "2026-11-25", "2026-12-03"])
def test_2_a_past_trial_end_has_no_not_charged_yet_case(
    renewal: str, student: tuple[str, ...], lang: Lang, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The top says the fee has been charged: no "if not charged yet (still in the trial)"."""
    args = ("cancel", "--no-interactive", "--trial", *student, "--renewal", renewal)
    screen = _out(*args, lang=lang)
    assert NOT_YET_CHARGED[lang] not in screen
    # the paid refunds stay: the first charge after the trial
    paid_rule = "最初の会費が請求された後" if lang == "ja" else "first charge after the free trial"
    assert paid_rule in screen
    monkeypatch.setenv("COLUMNS", "1000")
    walk = _walk(renewal, bool(student), lang)
    assert paid_rule in walk
    assert NOT_YET_CHARGED[lang] not in walk


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("student", [(), ("--student",)])
def test_2_the_renewal_day_keeps_the_not_charged_yet_case(
    student: tuple[str, ...], lang: Lang, monkeypatch: pytest.MonkeyPatch
) -> None:
    args = ("cancel", "--no-interactive", "--trial", *student, "--renewal", TODAY.isoformat())
    assert _out(*args, lang=lang).count(NOT_YET_CHARGED[lang]) == 1
    monkeypatch.setenv("COLUMNS", "1000")
    assert _walk(TODAY.isoformat(), bool(student), lang).count(NOT_YET_CHARGED[lang]) == 1


# ------------------------------------------- item 8: the trial's button in the numbered list

TRIAL_BUTTON = "「プライム無料体験と特典利用を止める」"


def test_8_the_trial_button_is_38_cells_so_a_3_cell_indent_needs_41_columns() -> None:
    """Why the list and the walkthrough differ at 40: the list's hanging indent (「4. 」, 3
    cells) leaves 37 cells, and the label with its 「」 is 38 (34 + 4), so at 40 it cannot stand
    whole in the list; the walkthrough has no indent. At 41 the list keeps it whole."""
    from rich.cells import cell_len

    assert cell_len(TRIAL_BUTTON) == 38
    args = ("cancel", "--no-interactive", "--via", "app", "--trial")
    listed = _out(*args, columns=41).split("\n")
    assert f"   {TRIAL_BUTTON}" in listed
    step = next(i for i, line in enumerate(listed) if line.startswith("4. "))
    # the label starts the next line, whole; the sentence ends with it (review 51a item 31)
    assert listed[step] == "4. 無料体験中は、次を選びます："
    # At 40 it breaks once, between its phrases (review 13b item 3), never elsewhere.
    narrow = _out(*args, columns=40)
    assert "「プライム無料体験と\n   特典利用を止める」" in narrow


# ------------------------------------------- S 14: the carrier note, the steps as its subject


@pytest.mark.parametrize(
    ("flags", "named", "named_en"),
    [
        (
            ("--paid", "--regular"),
            "有料会員か無料体験中か、通常のプライムかPrime Studentか",
            "whether you are a paid member or in the free trial"
            " and whether it is regular Prime or Prime Student",
        ),
        (
            ("--trial",),
            "有料会員か無料体験中か",
            "whether you are a paid member or in the free trial",
        ),
    ],
)
def test_s14_the_carrier_note_says_the_steps_do_not_change(
    flags: tuple[str, ...], named: str, named_en: str
) -> None:
    ja = _out("cancel", "--no-interactive", "--via", "carrier", *flags)
    # review 18b S 11: what the member gave, in words, not the options
    assert ja.count(f"携帯電話会社で解約する場合の案内は、{named}に関係なく同じです。") == 1
    assert "表示に反映していません" not in ja and "変えないため" not in ja
    en = _out("cancel", "--no-interactive", "--via", "carrier", *flags, lang="en")
    assert (
        f"When you cancel through a mobile carrier, this guidance does not depend on {named_en}."
        in en
    )
    assert "This screen does not reflect" not in en
