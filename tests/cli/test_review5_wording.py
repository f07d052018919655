"""Review 5 (native-level Japanese review), wording items of `cancel`, `renewal` and `trial`.

Transcripts through the real CLI at a width where each paragraph is one line.
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000", "PRIMEHELP_TODAY": "2026-12-05"}


def _lines(*args: str) -> list[str]:
    result = run(*args, env=WIDE)
    assert result.exit_code == 0, result.stderr
    return [line for line in result.stdout.splitlines() if line.strip()]


def _cancel(*args: str, lang: str = "ja") -> list[str]:
    return _lines("cancel", "--no-interactive", *args, "--lang", lang)


# ---------------------------------------------------------------- #11 no future fee is claimed


@pytest.mark.parametrize("plan", ["annual", "monthly", "student-annual", "student-monthly"])
def test_11_the_fees_shown_are_todays_and_may_change(plan: str) -> None:
    assert "会費は現在の料金です。今後変わることがあります。" in _lines(
        "renewal", "2027-03-15", "--plan", plan, "--lang", "ja"
    )  # with --explain, the explanation says it once (review 9b S 15)
    ja = _lines("renewal", "2027-03-15", "--plan", plan, "--explain", "--lang", "ja")
    assert not any("各更新日の時点で有効" in line for line in ja)
    explained = next(line for line in ja if line.startswith("・会費は"))
    assert "の現在の料金で、今後変わることがあります" in explained
    assert "「" not in explained.split("（")[0]  # the plan's name is not an Amazon label
    en = _lines("renewal", "2027-03-15", "--plan", plan, "--lang", "en")
    assert "The fees shown are today's fees. They may change." in en


# ---------------------------------------------------------------- #13 Prime Student


def test_13_prime_student_follows_the_fact_sheet() -> None:
    text = (
        "Prime Studentの有料期間は、無料体験の終了後、最長4年間です。"
        "卒業後は、次の更新日に通常のプライムに切り替わります。"
    )
    for screen in (
        _lines("trial", "2026-10-01", "--student", "--lang", "ja"),
        _cancel("--trial", "--student"),
    ):
        joined = "\n".join(screen)
        assert text in joined
        assert "その後は通常のAmazonプライムに移行" not in joined


# ---------------------------------------------------------------- #14 the reminder-mail note


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_14_the_reminder_note_is_one_short_note_at_the_very_end(lang: str) -> None:
    lines = _cancel(lang=lang)
    note = next(i for i, line in enumerate(lines) if "「更新前にお知らせを受ける」" in line)
    keeps = "プライムを解約しても請求が続くもの" if lang == "ja" else "What keeps billing"
    assert note > next(i for i, line in enumerate(lines) if line.startswith(keeps))
    assert lines[note + 1].startswith("出典：" if lang == "ja" else "Sources:")  # then only sources
    if lang == "ja":
        assert lines[note] == (
            "参考：解約しない場合は、「Amazonプライム会員情報」のページで「更新前にお知らせを受ける」"
            "（表示は少し異なる場合があります）をオンにすると、更新日の3日ほど前に更新前のお知らせメールが"
            "届きます（初期設定はオフです）。"
        )
    else:
        assert "(the wording may differ slightly)" in lines[note]
    # Not among the cautions any more.
    assert not any(line.startswith("・解約せずに続ける場合は") for line in lines)


# ---------------------------------------------------------------- #18, #19 the cancel-by date


def test_18_19_cancel_names_the_cancel_by_date_and_writes_dates_in_japanese() -> None:
    lines = _cancel("--renewal", "2026-12-06")
    # review 38b item 12: the first sentence names the day (today) and the renewal date; the
    # 「解約の目安日：…」 line said them again
    assert lines[0] == (
        "更新日は明日（2026年12月6日）です。自動更新を止めるには、今日中に解約してください"
        "（手順は以下のとおりです）。"
    )
    assert not any("解約の目安日：" in line for line in lines)
    assert not any("余裕をみて解約する目安日" in line for line in lines)
    en = _cancel("--renewal", "2026-12-06", lang="en")
    assert en[0].startswith("The renewal is tomorrow, 2026-12-06. To stop the automatic renewal,")
    assert not any("Cancel by:" in line for line in en)


# ---------------------------------------------------------------- #22 at a carrier


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_22_a_carrier_plan_has_a_thing_to_check_not_a_single_step(lang: str) -> None:
    lines = _cancel("--via", "carrier", lang=lang)
    title = "確認すること" if lang == "ja" else "What to check"
    start = lines.index(title)
    assert ("手順" if lang == "ja" else "Steps") not in lines
    assert not lines[start + 1].startswith("1.")
    assert lines[start + 2] == (
        "キャンペーンで付いたプライムの場合は、`primehelp cancel --via web` の手順で解約してください。"
        if lang == "ja"
        else "For Prime from a carrier campaign, cancel with the steps of `primehelp cancel --via web`."
    )


# ---------------------------------------------------------------- #23 the app's third step


def test_23_the_app_step_does_not_claim_the_website_labels() -> None:
    joined = "\n".join(_cancel("--via", "app"))
    assert (
        "その後は、画面の表示に従って進みます（以下はウェブサイトで確認されている表示です）。"
        in joined
    )
    assert "ウェブサイトの手順と同じ表示を探して" not in joined


# ---------------------------------------------------------------- #32 the situation line


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (
            (),
            "ご利用の状況：\n・手続き：Amazonのウェブサイト\n・会員：有料会員（通常のプライム）\n"
            "・前回の支払い以降の特典の利用：不明\n",
            # English bullets are "- " since review 36b S 13 (「・」 before)
            "Your situation:\n- Where: Amazon website\n- Membership: Paid membership (Regular Prime)\n"
            "- Benefits used since the last charge: not known\n",
        ),
        (
            ("--via", "app", "--benefits-used"),
            "ご利用の状況：\n・手続き：Amazonショッピングアプリ\n・会員：有料会員（通常のプライム）\n"
            "・前回の支払い以降の特典の利用：あり\n",
            "Your situation:\n- Where: Amazon shopping app\n- Membership: Paid membership (Regular Prime)\n"
            "- Benefits used since the last charge: yes\n",
        ),
        (
            ("--trial", "--student"),
            "ご利用の状況：\n・手続き：Amazonのウェブサイト\n・会員：無料体験中（Prime Student）\n",
            "Your situation:\n- Where: Amazon website\n- Membership: Free trial (Prime Student)\n",
        ),
    ],
)
def test_32_the_situation_is_a_list_of_short_items(args: tuple[str, ...], ja: str, en: str) -> None:
    # Review 9b item 5: a real list, one short item a line.
    assert ja in "\n".join(_cancel(*args)) + "\n"
    assert en in "\n".join(_cancel(*args, lang="en")) + "\n"
