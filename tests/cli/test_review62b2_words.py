"""Review 62b (a Japanese reader), fixed in round 62 (b62x): no cost promise on a free trial's
renewal day (R-major 1), Amazon's refund quote as a と-clause (R-minor 2), the defaults of
`cancel --no-interactive` as one phrase (R-minor 3), the saved plan's line in the walkthrough
(R-minor 4), both commands labelled after a past renewal (R-minor 5), one wording and one
command for the fee just charged (R-minor 8), the Prime Student row named as the calendar names
it (R-minor 9) and the next renewal's date in the timing's heading (S 13)."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import sys
from pathlib import Path

import pexpect
import pytest

from primehelp.i18n import Lang
from tests.cli.test_cancel_e2e import HANG_GUARD, ROOT, env, words
from tests.support.clihelp import joined, lang_run, run

TODAY = {"PRIMEHELP_TODAY": "2026-12-08"}


def _out(*args: str, lang: Lang = "ja", columns: int = 1000, today: str = "2026-12-08") -> str:
    done = lang_run(*args, lang=lang, columns=columns, env={"PRIMEHELP_TODAY": today})
    assert done.exit_code in (0, 1), done.stderr
    return done.stdout


def _save(*args: str) -> None:
    done = run(*args, "--save", "--force")
    assert done.exit_code == 0, done.stderr


# ------------------------------------------ R-major 1: a trial's renewal day promises no cost

LEAD = {
    "ja": "今日は有料会員への自動更新日（目安）です。会費がすでに請求されている可能性があります。"
    "請求されたかどうかは「Amazonプライム会員情報」のページで確認してください。"
    "解約する場合は、終了のタイミングを選んでください。",
    "en": "Today is the day the free trial renews automatically as paid (estimate). The fee may "
    "already have been charged: the Prime membership page shows whether it has. If you do not "
    "want to keep the membership, follow `primehelp cancel --trial --renewal 2026-12-08` and "
    "choose when it ends.",
}
PROMISES = (
    "今日解約すれば費用はかかりません",
    "どちらを選んでも費用はかかりません",
    "関係なく費用はかかりません",
    "無料体験中の解約として",
    "請求済みなら有料会員",
    "cancelling today costs nothing",
    "either choice costs nothing",
    "nothing is charged whether or not",
    "cancelling during the free trial costs nothing",
    "otherwise still the free trial",
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_trial_on_its_renewal_day_sends_to_the_prime_page(lang: Lang) -> None:
    screen = _out("trial", "2026-11-08", lang=lang)
    assert screen.splitlines()[0].startswith(LEAD[lang]), screen.splitlines()[0]
    assert not [p for p in PROMISES if p in screen]
    data = lang_run("trial", "2026-11-08", "--json", lang=lang, env=TODAY).json()["data"]
    text = data["action"]["text"]
    assert text.startswith(LEAD[lang].split("解約する場合")[0].split(" If you")[0]), text


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_cancel_trial_on_its_renewal_day_promises_nothing(lang: Lang) -> None:
    args = ("cancel", "--no-interactive", "--trial", "--renewal", "2026-12-08")
    screen = _out(*args, "--benefits-used", lang=lang)
    assert not [p for p in PROMISES if p in screen], screen
    member = {
        "ja": "・会員：通常のプライム（今日が自動更新日のため、有料会員になっている可能性があります）",
        "en": "- Membership: Regular Prime (today is the automatic renewal day, so it may already "
        "be a paid membership)",
    }
    assert member[lang] in screen.splitlines()
    where = {
        "ja": "会費が請求されたかどうかは、「Amazonプライム会員情報」のページで確認してください。"
        "会費が請求されている場合は、次のとおりです。",
        "en": "The Prime membership page shows whether the fee has been charged. If it has been "
        "charged, the following applies.",
    }
    assert where[lang] in screen.splitlines()
    data = lang_run(*args, "--json", lang=lang, env=TODAY).stdout
    assert not [p for p in PROMISES if p in data]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_due_on_a_trial_s_renewal_day_has_no_bracketed_promise(lang: Lang) -> None:
    _save("trial", "2026-11-25", "--today", "2026-11-25")
    line = _out("due", "--verbose", lang=lang, today="2026-12-25")
    assert not [p for p in PROMISES if p in line], line
    said = {
        "ja": "解約する場合は、終了のタイミングを選んでください。手順：`primehelp cancel --trial "
        "--renewal 2026-12-25`",
        "en": "cancel and choose when it ends. How: `primehelp cancel --trial --renewal 2026-12-25`",
    }
    assert said[lang] in line


# ---------------------------------------------- R-minor 2: Amazon's words in one sentence

QUOTE = "Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。"


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-31", "--today", "2026-12-31"),
        ("trial", "2026-10-01"),
        ("cancel", "--no-interactive"),
    ],
)
def test_2_the_refund_rule_names_the_help_page_in_one_sentence(args: tuple[str, ...]) -> None:
    for columns in (40, 80):
        screen = joined(_out(*args, columns=columns))
        assert QUOTE in screen
        assert "次のように書かれています" not in screen


def test_2_json_refund_rules_say_it_the_same_way() -> None:
    done = lang_run("renewal", "2026-12-31", "--today", "2026-12-31", "--json", env=TODAY)
    rules = done.json()["data"]["action"]["refund_rules"]
    assert rules[0]["text"].endswith(QUOTE)


# ------------------------------------------- R-minor 3: the case shown, as one phrase


@pytest.mark.parametrize(
    ("args", "said"),
    [
        ((), "指定がないため、通常のプライムの有料会員がウェブサイトで手続きする場合の手順を"
         "表示しています（`--via`、`--trial`、`--student` で変更できます）。"),
        (("--trial",), "指定がないため、通常のプライムの無料体験中にウェブサイトで手続きする"
         "場合の手順を表示しています（`--via`、`--student` で変更できます）。"),
        (("--via", "app", "--paid"), "指定がないため、通常のプライムの場合の手順を表示しています"
         "（`--student` で変更できます）。"),
    ],
)  # fmt: skip
def test_3_the_defaults_are_one_case(args: tuple[str, ...], said: str) -> None:
    for columns in (40, 80):
        screen = joined(_out("cancel", "--no-interactive", *args, columns=columns))
        assert said in screen
        assert "次の場合を表示しています" not in screen


def test_3_english_keeps_its_list() -> None:
    screen = _out("cancel", "--no-interactive", lang="en")
    assert "Not given, so assumed: the website, a paid membership, regular Prime" in screen


# ------------------------------------- R-minor 4: the saved plan's line in the walkthrough


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_the_saved_plan_line_reads_naturally(tmp_path: Path, lang: str) -> None:
    saved = run("renewal", "2026-12-31", "--plan", "annual", "--save", "--today", "2026-12-08",
                env={"PRIMEHELP_CONFIG_DIR": str(tmp_path)})  # fmt: skip
    assert saved.exit_code == 0, saved.stderr
    child = pexpect.spawn(
        sys.executable,
        ["-m", "primehelp", "--lang", lang, "cancel"],
        cwd=str(ROOT),
        env=env(PRIMEHELP_CONFIG_DIR=str(tmp_path), PRIMEHELP_TODAY="2026-12-08"),
        encoding="utf-8",
        timeout=HANG_GUARD,
        dimensions=(40, 80),
    )
    said = {
        "ja": "保存したプラン（年間プラン）をもとに、有料会員の場合の手順を案内します。"
        "無料体験中の場合は、`primehelp cancel --trial` を実行してください。",
        "en": "From your saved plan (annual plan), this is for a paid membership.",
    }
    child.expect(words(said[lang]))
    child.sendline("q")
    child.expect(pexpect.EOF)


# --------------------------------------- R-minor 5: both commands named by their plan

NEXT = {
    "ja": [
        "次の更新日は、「Amazonプライム会員情報」のページで確認できます。"
        "次のコマンドで計算することもできます。",
        "年間プランの場合：`primehelp renewal 2026-12-01 --plan annual`",
        "月間プランの場合：`primehelp renewal 2026-12-01 --plan monthly`",
    ],
    "en": [
        "The Prime membership page shows the next renewal date; so do these commands:",
        "Annual plan: `primehelp renewal 2026-12-01 --plan annual`",
        "Monthly plan: `primehelp renewal 2026-12-01 --plan monthly`",
    ],
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_after_a_past_renewal_both_commands_are_labelled(lang: Lang) -> None:
    lines = _out("cancel", "--no-interactive", "--renewal", "2026-12-01", lang=lang).splitlines()
    at = lines.index(NEXT[lang][0])
    assert lines[at : at + 3] == NEXT[lang]


# ------------------------------ R-minor 8: the fee just charged, one wording, one command


@pytest.mark.parametrize(
    ("today", "verbose"), [("2027-01-01", False), ("2027-02-15", True)]
)  # fmt: skip
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_due_names_the_fee_by_its_day_and_the_cancel_command_by_it(
    today: str, verbose: bool, lang: Lang
) -> None:
    _save("renewal", "2026-12-31", "--plan", "annual", "--today", "2026-12-01")
    line = _out("due", *(["--verbose"] * verbose), lang=lang, today=today)
    fee = {"ja": "2026年12月31日に請求された会費", "en": "the fee charged on 2026-12-31"}
    assert fee[lang] in line
    assert line.rstrip().endswith("`primehelp cancel --renewal 2026-12-31`"), line
    assert "その更新分" not in line and "そのとき請求" not in line and "charged then" not in line


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_a_trial_long_ended_gives_the_paid_command_with_its_date(lang: Lang) -> None:
    first = _out("trial", "2026-10-01", lang=lang).splitlines()[0]
    assert "`primehelp cancel --paid --renewal 2026-10-31`" in first


# ------------------------------------------- R-minor 9: the Prime Student row's name


@pytest.mark.parametrize("columns", [60, 80])
def test_9_the_student_row_is_the_renewal_that_switches_to_regular_prime(columns: int) -> None:
    screen = _out("trial", "2026-11-25", "--student", columns=columns)
    assert "通常のプライムに切り替わる更新日（最も遅い場合）" in screen
    assert "通常のプライムになる日" not in screen


# ------------------------------------------ S 13: the next renewal's date, when known


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_13_the_timing_heading_names_the_known_renewal_date(lang: Lang) -> None:
    lines = _out("cancel", "--no-interactive", "--renewal", "2026-12-31", lang=lang).splitlines()
    heading = {
        "ja": "2026年12月31日（次の更新日）に終了する場合",
        "en": "If it ends on the next renewal date (2026-12-31)",
    }
    under = {
        "ja": "・すでに請求された会費は返金されません。特典は2026年12月31日まで使えます。",
        "en": "- The fee already charged is not refunded; the benefits continue until 2026-12-31.",
    }
    at = lines.index(heading[lang])
    assert under[lang] in lines[at : at + 4]


def test_13_the_walkthrough_s_step_5_too(monkeypatch: pytest.MonkeyPatch) -> None:
    from primehelp import walkthrough
    from primehelp.cancellation import Via, answers_from_flags, renewal_deadline
    from primehelp.content.cancel import bundled_plan
    from primehelp.output.walkthrough import cancel_screen

    monkeypatch.setenv("COLUMNS", "80")
    today = dt.date(2026, 12, 8)
    deadline = renewal_deadline(dt.date(2026, 12, 31), today)
    script = iter([""] * 20)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        walkthrough.run(
            answers_from_flags(Via.WEB, False, False, False),
            lambda branch: bundled_plan(branch, today=today, renewal=deadline, walkthrough=True),
            lambda _prompt: next(script),
            lambda screen: cancel_screen(screen, "ja"),
        )
    screen = joined(out.getvalue())
    assert "2026年12月31日（次の更新日）に終了する場合" in screen
    assert "特典は2026年12月31日まで使えます。" in screen
