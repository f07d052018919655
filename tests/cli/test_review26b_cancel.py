"""Review 26b, `cancel` and the profile saved with --save, and its screens' wording."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import cancel_screen, run, saved_profile


# Item 1 (R-major): a saved paid renewal is no free trial's end.
@pytest.mark.parametrize("today", ["2026-12-20", "2027-01-05"])
def test_26b_1_a_saved_paid_date_is_not_a_trials_end(tmp_path: Path, today: str) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", trial=False)
    out = cancel_screen(env, "--trial", "--today", today)
    assert "あと359日" not in out and "あと10日" not in out
    assert "解約の目安日：" not in out  # no date: the trial's end is not known
    assert "保存した更新日の2026年12月31日（年間プラン）は有料会員の更新日のため" in out
    assert "--renewal" in out  # review 42b item 8: said once, by the paragraph (not the note)
    en = cancel_screen(env, "--trial", "--today", today, lang="en")
    assert "is not used as the free trial's automatic renewal date" in en
    data = run("cancel", "--trial", "--today", today, "--json", env=env).json()["data"]
    assert data["renewal"] is None and data["branch"]["trial"] is True


def test_26b_1_a_saved_trial_is_the_trials_end_with_trial(tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", trial=True)
    out = cancel_screen(env, "--trial", "--today", "2026-12-20")
    assert "2026年12月30日（あと10日）" in out
    assert "有料会員の更新日のため" not in out
    # The trial has ended (the plan would roll the date a year on): its end, not next year's.
    out = cancel_screen(env, "--trial", "--today", "2027-01-05")
    assert "2026年12月31日（5日前" in out and "2027年12月" not in out


def test_26b_1_a_saved_paid_date_stays_for_a_paid_member(tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", trial=False)
    # ("--via", "carrier", "--trial") kept it too until review 60b item 2: now set aside there
    # as on the web screen (tests/cli/test_review60b_can60.py); --paid at a carrier keeps it.
    for args in [(), ("--paid",), ("--via", "carrier", "--paid")]:
        out = cancel_screen(env, *args, "--today", "2026-12-20")
        assert "2026年12月30日（あと10日）" in out, args
        assert "有料会員の更新日のため" not in out, args


def test_26b_1_the_walkthrough_drops_a_saved_paid_date_for_a_trial(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime as dt

    from primehelp.cli.saved_cancel import saved_use

    saved_profile(tmp_path, "2026-12-31", "annual", trial=False)
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path))
    use = saved_use(dt.date(2026, 12, 20), "ja", None)
    assert use.deadline(trial=True) is None
    paid = use.deadline(trial=False)
    assert paid is not None and paid.renewal_date == dt.date(2026, 12, 31)


# Item 3: a saved trial, neither --trial nor --paid: the trial, as `renewal` and `due` read it.
def test_26b_3_a_saved_trial_shows_the_trial(tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-31", None, trial=True)
    out = cancel_screen(env, "--today", "2026-12-20")
    assert "費用をかけずに無料体験を終えるには" in out
    assert "・会員：無料体験中（通常のプライム）" in out
    assert "有料会員・" not in out and "--trial、" not in out  # not a default any more
    assert "無料体験の場合を表示しています（`--paid` で変更できます）。" in out
    assert "今日が更新日（会費の請求日）です" not in cancel_screen(env, "--today", "2026-12-31")
    # no cost promise: where the charge shows (review 62b item 1)
    assert (
        "請求されたかどうかは「Amazonプライム会員情報」のページで確認してください"
        in cancel_screen(env, "--today", "2026-12-31")
    )
    ended = cancel_screen(env, "--today", "2027-01-05")
    assert "無料体験から有料会員に更新された場合を表示しています" in ended
    assert "change with `--paid`" in cancel_screen(env, "--today", "2026-12-20", lang="en")
    paid = cancel_screen(env, "--paid", "--today", "2026-12-20")
    assert "解約の目安日は" in paid and "`--paid` で変更できます" not in paid  # review 49b item 10
    data = run("cancel", "--today", "2026-12-20", "--json", env=env).json()["data"]
    assert data["branch"]["trial"] is True


def test_26b_3_a_saved_trial_rolled_past_its_end_is_paid(tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", trial=True)
    out = cancel_screen(env, "--today", "2027-02-05")
    assert "2027年12月30日（あと328日）" in out and "`--paid` で変更できます" not in out
    # Within the current period the trial's end is the fee charged last (review 28b item 1).
    out = cancel_screen(env, "--today", "2027-01-05")
    assert "2026年12月31日（5日前、目安）に無料体験が終わり" in out and "あと359日" not in out


# Item 2: 「求めま│した」「求│めました」 at 40 columns: the saved-profile screens had no phrase
# data (not in the golden list); now they are there, and 「求めました」 stays whole.
@pytest.mark.parametrize(
    ("profile", "args"),
    [
        ("annual", ("--today", "2026-12-20")),
        ("annual", ("--today", "2028-03-01")),
        ("annual", ("--via", "carrier", "--today", "2026-12-20")),
        ("trial", ("--trial", "--today", "2026-12-20")),
        ("trial", ("--today", "2026-12-20")),
    ],
)
def test_26b_2_found_from_the_saved_date_is_whole_at_40(
    profile: str, args: tuple[str, ...]
) -> None:
    from tests.support.profiles import PROFILES

    env = {"PRIMEHELP_CONFIG_DIR": str(PROFILES / profile), "COLUMNS": "40"}
    lines = cancel_screen(env, *args).splitlines()
    # review 33b S 8: the saved date itself is named, 「…保存した日付（2026年12月31日）です。」;
    # only a date counted on from it was 「求めました」
    # review 38b item 12: where the first sentence names it, 「この更新日は --save で保存した日付です。」
    said = "求めました" if "2028-03-01" in args else "`--save` で保存した"
    assert any(said in line for line in lines), lines
    assert not any(line.endswith(("求", "求め", "求めま")) for line in lines), lines


# Item 4: the first lines at a carrier, renewal today or past: the carrier for a refund only for
# its own plan; a campaign's Prime (managed on Amazon's page) is sent to `cancel --via web` once,
# in 「確認すること」 (review 33b item 5: the first lines said it too, twice on one screen).
@pytest.mark.parametrize("renewal", ["2026-10-01", "2026-11-20", "2026-11-25"])
def test_26b_4_carrier_refund_first_lines_tell_the_two_apart(renewal: str) -> None:
    args = ("--via", "carrier", "--renewal", renewal, "--today", "2026-11-25")
    screen = cancel_screen({"COLUMNS": "1000"}, *args)
    first = screen.split("\n\n")[0]
    assert "返金については、携帯電話会社の料金プランの場合はご契約の携帯電話会社に" in first
    assert "返金については、ご契約の携帯電話会社にお問い合わせください" not in first
    assert "cancel --via web" not in first
    assert screen.count("キャンペーンで付いたプライムの場合は、`primehelp cancel --via web") == 1
    assert screen.index("確認すること") < screen.index("`primehelp cancel --via web")
    screen_en = cancel_screen({"COLUMNS": "1000"}, *args, lang="en")
    assert "For a refund for Prime in a carrier's plan, ask your carrier." in screen_en
    assert screen_en.count("`primehelp cancel --via web") == 1


# Review 33b item 5: the walkthrough's carrier page with a renewal past gives one instruction
# for a campaign's Prime, 「b を入力して…」, not the command too.
def test_33b_5_the_walkthrough_carrier_page_says_it_once() -> None:
    from tests.support.phrases import PAST_RENEWAL, walkthrough_screen

    shown = walkthrough_screen(1000, ("3",), PAST_RENEWAL).stdout
    assert "cancel --via web" not in shown
    assert shown.count("キャンペーンで付いたプライムの場合は、b を入力して最初の質問に戻り") == 1


# Item 5: a trial's renewal day: 「どちらを選んでも費用はかかりません」 covers both timings, so it
# comes before the two headings, not as the last bullet under 「今すぐ終了する場合」.
@pytest.mark.parametrize("student", [(), ("--student",)])
def test_26b_5_costs_nothing_if_not_charged_comes_before_the_timings(
    student: tuple[str, ...],
) -> None:
    args = ("--trial", *student, "--renewal", "2026-11-25", "--today", "2026-11-25")
    out = cancel_screen({"COLUMNS": "1000"}, *args)
    section = out.split("終了のタイミングと返金\n")[1].split("\n\n")[0].splitlines()
    assert section[0] == (
        "会費が請求されたかどうかは、「Amazonプライム会員情報」のページで確認してください。"
        "会費が請求されている場合は、次のとおりです。"
    )
    assert section[1] == "次の更新日に終了する場合"
    assert sum("どちらを選んでも" in line for line in section) == 0  # no promise (62b item 1)
    en = cancel_screen({"COLUMNS": "1000"}, *args, lang="en")
    assert (
        "The Prime membership page shows whether the fee has been charged. If it has been "
        "charged, the following applies." in en
    )


# Item 6 (renewal): --plan student-* --explain said the 4 paid years twice (「2022年3月1日」 under
# the table, 「2022-03-01」 in 計算のしかた): once, under the table, in the Japanese date style.
@pytest.mark.parametrize("plan", ["student-annual", "student-monthly"])
@pytest.mark.parametrize(
    ("renewal", "since", "said"),
    # the footnote after a date under 4 years old: 「…以降の更新では、…の会費がかかります。」
    # (review 52b item 2); the line after an older one still says what the table shows
    [("2018-03-01", "2022", "以降の更新は"), ("2024-03-01", "2028", "以降の更新では")],
)
def test_26b_6_the_student_note_once_with_explain(
    plan: str, renewal: str, since: str, said: str
) -> None:
    args = (
        "renewal",
        renewal,
        "--plan",
        plan,
        "--count",
        "20",
        "--explain",
        "--today",
        "2026-11-25",
    )
    done = run(*args, "--lang", "ja", env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    assert done.stdout.count("最長4年間") == 1, done.stdout
    assert f"{since}年3月1日{said}" in done.stdout
    assert f"{since}-03-01以降" not in done.stdout
    en = run(*args, "--lang", "en", env={"COLUMNS": "1000"}).stdout
    assert en.count("at most 4 years") == 1, en


# Item 7: at 40 columns the trial's 「解約の目安日：」 stood alone on its line: the label keeps its
# date, the note in brackets goes to the next line, as on the paid screen.
@pytest.mark.parametrize("kind", ["--trial", "--paid"])
@pytest.mark.parametrize("renewal", ["2026-12-24", "2027-06-01"])
def test_26b_7_the_cancel_by_label_keeps_its_date_at_40(kind: str, renewal: str) -> None:
    args = (kind, "--renewal", renewal, "--today", "2026-11-25")
    lines = cancel_screen({"COLUMNS": "40"}, *args).splitlines()
    assert "解約の目安日：" not in lines
    # review 38b item 12: the first sentence names the day; the labelled line is not repeated
    # (the breaker still keeps such a label with its date: the test below)
    assert not any(line.startswith("解約の目安日：") for line in lines)


def test_26b_7_a_label_keeps_its_date_in_the_line_breaker() -> None:
    from primehelp.output.console import japanese_breaker

    line = "解約の目安日：2026年12月23日（自動更新日の前日）"
    assert japanese_breaker().offsets(line, 40) == [line.index("（")]


# S 11: Amazon's refund rules in one order on every screen: full, partial, then the gift card
# (it holds for either refund), as `cancel` lists them under 「今すぐ終了する場合」.
@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-11-25"),
        ("renewal", "2026-10-30", "--plan", "monthly"),
        ("cancel", "--no-interactive", "--renewal", "2026-11-20"),
        ("trial", "2026-10-26"),
    ],
)
def test_26b_s11_refund_rules_full_partial_gift_card(args: tuple[str, ...]) -> None:
    done = run(*args, "--today", "2026-11-25", "--lang", "ja", env={"COLUMNS": "1000"})
    assert done.exit_code == 0, done.stderr
    out = done.stdout
    full, partial = out.find("一度も使っていない場合"), out.find("使っている場合")
    gift = out.find("・会費の一部をAmazonギフトカードで支払った場合")
    assert -1 < full < partial < gift, out


# S 12 (renewal): a past date with --plan: 「上の表の更新日は」, where at 40 columns no table is
# drawn (the dates are a list) → 「上の更新日は」, right at every width.
@pytest.mark.parametrize("columns", ["40", "100"])
@pytest.mark.parametrize("renewal", ["2026-10-30", "2019-05-01"])
def test_26b_s12_the_counted_date_is_above_not_in_a_table(columns: str, renewal: str) -> None:
    args = ("renewal", renewal, "--plan", "monthly", "--today", "2026-11-25")
    ja = run(*args, "--lang", "ja", env={"COLUMNS": columns}).stdout.replace("\n", "")
    assert "上の更新日は、" in ja and "上の表" not in ja
    en = " ".join(run(*args, "--lang", "en", env={"COLUMNS": columns}).stdout.split())
    assert "The renewal date above is the next one" in en and "table above" not in en


# S 14 (renewal): 「今後の更新日」 starting with today's renewal (its cancel-by day past): the row
# says 「（今日）」; the later rows do not.
@pytest.mark.parametrize("columns", ["40", "100"])
def test_26b_s14_todays_row_says_today(columns: str) -> None:
    args = ("renewal", "2026-11-25", "--plan", "annual", "--today", "2026-11-25")
    ja = run(*args, "--lang", "ja", env={"COLUMNS": columns}).stdout
    table = ja.split("今後の更新日（年間プラン）")[1]
    assert "2026-11-25（今日）" in table and "2027-11-25（今日）" not in table
    en = run(*args, "--lang", "en", env={"COLUMNS": columns}).stdout
    assert "2026-11-25 (today)" in en.split("Upcoming renewals")[1]
    later = run("renewal", "2026-11-26", "--plan", "annual", "--today", "2026-11-25").stdout
    # only its cancel-by day is today's (review 50b item 12)
    assert "2026-11-26（今日）" not in later and "2026-11-25（今日）" in later


# S 15: a saved paid date rolled forward is an estimate, as `renewal` and `due` say
# (「（計算による目安）」); the saved date itself is not.
def test_26b_s15_a_rolled_saved_date_is_an_estimate(tmp_path: Path) -> None:
    env = saved_profile(tmp_path, "2026-12-31", "annual", trial=False)
    rolled = cancel_screen(env, "--today", "2028-03-01").split("\n")[0]
    assert "更新日は2028年12月31日です（計算による目安）。" in rolled
    en = cancel_screen(env, "--today", "2028-03-01", lang="en").split("\n")[0]
    assert "The renewal date is 2028-12-31 (an estimate)." in en
    assert "目安" not in cancel_screen(env, "--today", "2026-12-20").split("\n")[0]
    data = run("cancel", "--today", "2028-03-01", "--json", env=env).json()["data"]
    kept = {"renewal_date", "cancel_by", "days_left", "origin"}
    later = {"next_renewal_date", "next_cancel_by", "next_days_left"}  # review 45b item 5
    assert set(data["renewal"]) == kept | later | {"cancel_by_note"}  # review 47b item 4
    assert all(data["renewal"][key] is None for key in later)  # nothing charged lately


# S 17 (renewal): past the renewal date, 「次の更新日」 says how far it is, as on the renewal day.
def test_26b_s17_the_next_renewal_date_says_how_far_past_the_date() -> None:
    from tests.cli.test_action_first import CHOICES_JA

    args = ("renewal", "2026-12-01", "--today", "2026-12-02")
    lines = run(*args, "--lang", "ja", env={"COLUMNS": "1000"}).stdout.splitlines()
    assert lines[1] == CHOICES_JA
    en = run(*args, "--lang", "en", env={"COLUMNS": "1000"}).stdout.splitlines()
    assert en[1].startswith(
        "Ending on the next renewal date (2027-12-01 on the annual plan, "
        "2027-01-01 on the monthly plan; estimates)"
    )
    today = run(
        "renewal", "2026-12-02", "--today", "2026-12-02", "--lang", "ja", env={"COLUMNS": "1000"}
    ).stdout.splitlines()
    # dated on the renewal day too (review 37b S 9), the dates themselves (49b item 14)
    assert today[1].startswith(
        "次の更新日（年間プランなら2027年12月2日、月間プランなら2027年1月2日。計算による目安）"
    )


# S 18 (renewal): the ※ note's parenthesis packed two conditions and one verb; each is now a
# sentence of its own.
@pytest.mark.parametrize(("plan", "count"), [("student-annual", "7"), ("student-monthly", "50")])
def test_26b_s18_the_student_note_one_condition_a_sentence(plan: str, count: str) -> None:
    args = ("renewal", "2026-12-31", "--plan", plan, "--count", count, "--today", "2026-11-25")
    out = run(*args, "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    note = next(line for line in out.splitlines() if line.startswith("※"))
    assert "数えています。卒業した場合は次の更新日に通常のプライムに切り替わります。" in note
    assert note.endswith(
        "有料期間が2026年12月31日より前に始まっている場合は、切り替わりもそれだけ早くなります。"
    )
    assert "（卒業した場合" not in note
