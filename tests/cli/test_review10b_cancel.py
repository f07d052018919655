"""Review 10b (a native-level Japanese reader): cancel --no-interactive and the walkthrough (k2).

Transcripts through the real CLI, one paragraph a line unless a width is given.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

TODAY = ("--today", "2026-11-25")
FULL_JA = "前回の支払い以降に特典を一度も使っていない"
FULL_EN = "If no benefit has been used since the last charge"
NEXT_JA = "次の更新日に終了すると"


def _out(*args: str, columns: int = 1000, lang: str = "ja") -> str:
    result = run(*args, *TODAY, "--lang", lang, env={"COLUMNS": str(columns)})
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _cancel(*args: str, columns: int = 1000, lang: str = "ja") -> str:
    return _out("cancel", "--no-interactive", *args, columns=columns, lang=lang)


# ---------------------------------------------------------------- item 4: the refund rules once


@pytest.mark.parametrize("renewal", ["2026-11-25", "2026-11-01"])
@pytest.mark.parametrize("answer", [(), ("--benefits-used",), ("--no-benefits-used",)])
def test_4_a_charged_renewal_states_the_timings_and_refunds_once(
    renewal: str, answer: tuple[str, ...]
) -> None:
    ja = _cancel("--renewal", renewal, *answer)
    first, rest = ja.split("\n", 1)
    assert "解約する場合は" in first  # still the action for today, first
    assert NEXT_JA not in ja  # the timings: under their headings only
    refund = ja.split("終了のタイミングと返金\n", 1)[1]
    if answer != ("--benefits-used",):
        assert ja.count(FULL_JA) == 1 and FULL_JA in refund  # Amazon's rule, in the section
    if answer != ("--no-benefits-used",):
        assert ja.count("会費の一部が返金されることがあります") == 1
    assert rest.startswith("終了のタイミングによる違いと返金は、手順の後で説明しています。")
    en = _cancel("--renewal", renewal, *answer, lang="en")
    if not answer:
        assert en.count(FULL_EN) == 1
    assert "is explained after the steps" in en.split("\n")[1]


# ---------------------------------------------------------------- item 5: a passed cancel-by day


@pytest.mark.parametrize("renewal", ["2026-11-25", "2026-11-01", "2026-09-01"])
def test_5_a_passed_renewal_points_to_the_next_one(renewal: str) -> None:
    ja = _cancel("--renewal", renewal)
    assert "解約の目安日：" not in ja and "すでに過ぎています" not in ja
    command = f"`primehelp renewal {renewal} --plan annual`"  # review 52b item 19: own line
    assert f"計算することもできます。\n年間プランの場合：{command}\n" in ja
    assert "月間プランの場合：`primehelp renewal" in ja and "--plan monthly`" in ja
    assert ja.count("「Amazonプライム会員情報」のページで確認できます") == 1  # once, not again
    en = _cancel("--renewal", renewal, lang="en")
    assert "Cancel by:" not in en and "it has passed" not in en
    assert (
        f"\nAnnual plan: `primehelp renewal {renewal} --plan annual`\nMonthly plan: `primehelp renewal {renewal} --plan monthly`"
        in en
    )


def test_5_a_student_gets_the_student_plans() -> None:
    ja = _cancel("--renewal", "2026-11-01", "--student")
    assert "--plan student-annual`\n月間プランの場合：`primehelp renewal" in ja


# ---------------------------------------------------------------- item 8: the first question at 40


def test_8_the_carrier_choice_breaks_between_phrases() -> None:
    from tests.support.phrases import WALKTHROUGH_PATHS, walkthrough_screen

    assert ("3",) in WALKTHROUGH_PATHS  # the generator draws this screen
    screen = walkthrough_screen(40, ("3",)).stdout
    assert "  3. 携帯電話会社（料金プランと\n     セットになったプライム）" in screen
    assert "セットに\n" not in screen


# ---------------------------------------------------------------- item 10: the flags a carrier ignores


@pytest.mark.parametrize(
    ("flags", "named_ja", "named_en"),
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
        (
            ("--trial", "--student", "--no-benefits-used"),
            "有料会員か無料体験中か、通常のプライムかPrime Studentか、"
            "前回の支払い以降に特典を使ったかどうか",
            "whether you are a paid member or in the free trial, whether it is regular Prime or"
            " Prime Student and whether you have used any benefit since the last charge",
        ),
    ],
)
def test_10_a_carrier_names_the_flags_typed(
    flags: tuple[str, ...], named_ja: str, named_en: str
) -> None:
    ja = _cancel("--via", "carrier", *flags)
    # Review 13b item 11: not 「使いません」, an order to the member; review 16b S 14: the steps
    # are the subject; review 18b S 11: what was given, in words.
    assert f"携帯電話会社で解約する場合の案内は、{named_ja}に関係なく同じです。" in ja
    assert "使いません" not in ja
    en = _cancel("--via", "carrier", *flags, lang="en")
    assert (
        f"When you cancel through a mobile carrier, this guidance does not depend on {named_en}."
        in en
    )


def test_10_a_carrier_without_those_flags_says_nothing_of_them() -> None:
    assert "反映していません" not in _cancel("--via", "carrier")


# ---------------------------------------------------------------- S 16: one name for the day


@pytest.mark.parametrize("via", ["web", "app"])
def test_s16_ending_on_the_renewal_date_names_it_alike(via: str) -> None:
    ja = _cancel("--via", via, "--paid")
    section = ja.split("次の更新日に終了する場合\n", 1)[1].split("今すぐ終了する場合", 1)[0]
    assert "・会員資格は次の更新日に終了し" in section  # review 20b S 12: 「次の更新日」
    assert "・すでに請求された会費は返金されません。特典は次の更新日まで使えます。" in section
    assert "終了日" not in section
    en = _cancel("--via", via, "--paid", lang="en")
    assert "the benefits continue until the next renewal date." in en
    assert "until the end date" not in en


# ---------------------------------------------------------------- S 20: the whole command


@pytest.mark.parametrize(
    ("args", "command"),
    [
        ((), "primehelp cancel --renewal 2026-12-31"),
        (("--trial",), "primehelp cancel --trial --renewal 2026-12-31"),
    ],
)
def test_s20_without_a_date_the_command_is_given_whole(args: tuple[str, ...], command: str) -> None:
    ja = _cancel(*args).splitlines()
    assert "更新日を指定すると、残りの日数を表示します。" in ja[0]
    assert f"例：`{command}`" in ja[1]  # on a line of its own (review 11b item 2)
    assert "その日付を --renewal で" not in ja[0]
    en = _cancel(*args, lang="en").splitlines()
    assert (
        en[0]
        .lower()
        .endswith(("give it to see the days left.", "give the date to see the days left."))
    )  # 61b, 6
    assert f"For example: `{command}`" in en[1]


# ---------------------------------------------------------------- S 21: the heading the prompt names


def test_s21_the_last_page_is_headed_as_the_prompt_names_it() -> None:
    from primehelp.output.cancel import cancel_ui
    from tests.support.phrases import walkthrough_screen

    assert "最後の注意を表示します" in cancel_ui("last_prompt", "ja")
    assert "the final notes" in cancel_ui("last_prompt", "en")
    assert (cancel_ui("ending_title", "ja"), cancel_ui("ending_title", "en")) == (
        "最後の注意",
        "Final notes",
    )
    carrier = walkthrough_screen(80, ("3",)).stdout
    ending = carrier.split("最後の注意 ─", 1)[1].split("\n", 1)[1]
    assert ending.startswith(
        "・携帯電話会社の料金プランの場合の返金については、"
    )  # a bullet as the rest
    assert "最後に ─" not in walkthrough_screen(80).stdout


# ---------------------------------------------------------------- S 22: short values


@pytest.mark.parametrize(
    ("answer", "ja", "en"),
    [
        ((), "不明", "not known"),
        (("--benefits-used",), "あり", "yes"),
        (("--no-benefits-used",), "なし", "none"),
    ],
)
def test_s22_the_benefits_item_has_a_short_value(answer: tuple[str, ...], ja: str, en: str) -> None:
    assert f"\n・前回の支払い以降の特典の利用：{ja}\n" in _cancel(*answer)
    # English bullets are "- " since review 36b S 13 (「・」 before)
    assert f"\n- Benefits used since the last charge: {en}\n" in _cancel(*answer, lang="en")


def test_4_the_walkthrough_says_the_timings_at_the_step_that_chooses(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import contextlib
    import datetime as dt
    import io

    from primehelp import walkthrough
    from primehelp.cancellation import renewal_deadline
    from primehelp.content.cancel import bundled_plan
    from primehelp.output.walkthrough import cancel_screen
    from tests.support.phrases import _Scripted

    monkeypatch.setenv("COLUMNS", "1000")  # one paragraph a line
    today = dt.date(2026, 11, 25)
    deadline = renewal_deadline(today, today)
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        walkthrough.run(
            {},
            lambda branch: bundled_plan(branch, today=today, renewal=deadline),
            _Scripted(("1", "2", "1", "3")),
            lambda screen: cancel_screen(screen, "ja"),
        )
    text = out.getvalue()
    assert "終了のタイミングによる違いと返金は、タイミングを選ぶ手順で説明します。" in text
    assert "手順の後で説明しています" not in text
    assert text.count(FULL_JA) == 1 and NEXT_JA not in text
