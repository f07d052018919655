"""Review 27b (renewal, trial, cancel): the fixes of round 30, through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli.test_review12b_q3 import _events
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


def _out(*args: str, lang: str = "ja", env: dict[str, str] = WIDE) -> str:
    result = run(*args, "--lang", lang, env=env)
    assert result.exit_code == 0, result.stderr
    return result.stdout


# ---------------------------------------------------------------- item 4: the fee's check date


@pytest.mark.parametrize(
    ("lang", "note", "month"),
    [
        (
            "ja",
            "会費は2026年12月2日に確認した料金です。今後変わることがあります。",
            "2027年5月時点",
        ),
        ("en", "The fee shown is the one checked on 2026-12-02. It may change.", "as of May 2027"),
    ],
)
def test_4_the_calendar_names_the_fee_check_date_not_today(
    lang: str, note: str, month: str
) -> None:
    ics = _out("renewal", "2027-06-01", "--today", "2027-05-20", "--plan", "annual",
               "--ics", "-", lang=lang)  # fmt: skip
    renewals = [e for e in _events(ics) if "5,900" in e["SUMMARY"]]
    assert renewals and all(note in e["DESCRIPTION"] for e in renewals)
    assert not any(month in e["DESCRIPTION"] for e in _events(ics))
    assert not any("git pull" in e["DESCRIPTION"] for e in renewals)  # not old yet


@pytest.mark.parametrize(
    ("lang", "warning"),
    [
        ("ja", "このカレンダーを作った2027年12月20日には確認から383日たっていたため、"
               "料金が変わっている可能性があります。primehelpのフォルダーで `git pull` を実行してから"),
        ("en", "When this calendar was made (2027-12-20), that check was 383 days old, so the "
               "fee may have changed: run git pull in primehelp's folder"),
    ],
)  # fmt: skip
def test_4_old_facts_put_the_screens_warning_in_the_calendar(lang: str, warning: str) -> None:
    ics = _out("renewal", "2028-06-01", "--today", "2027-12-20", "--plan", "monthly",
               "--ics", "-", lang=lang)  # fmt: skip
    renewals = [e for e in _events(ics) if "600" in e["SUMMARY"]]
    assert renewals and all(warning in e["DESCRIPTION"] for e in renewals)


@pytest.mark.parametrize(
    ("today", "lang", "said", "old"),
    [
        ("2026-11-25", "ja", "（2026年12月2日に確認した料金は年間プラン5,900円、", None),
        ("2026-11-25", "en", "(as checked on 2026-12-02, 5,900 yen on the annual plan", None),
        ("2027-12-20", "ja", "（2026年12月2日に確認した料金は年間プラン5,900円、",
         "このカレンダーを作った2027年12月20日には確認から383日たっていたため"),
        ("2027-12-20", "en", "(as checked on 2026-12-02, 5,900 yen on the annual plan",
         "When this calendar was made (2027-12-20), that check was 383 days old"),
    ],
)  # fmt: skip
def test_4_the_student_switch_dates_its_regular_fees_too(
    today: str, lang: str, said: str, old: str | None
) -> None:
    ics = _out("trial", "2026-11-25", "--student", "--today", today, "--ics", "-", lang=lang)
    switch = [e["DESCRIPTION"] for e in _events(ics) if "Prime Student" in e["SUMMARY"]
              and ("通常のプライム" in e["SUMMARY"] or "regular Prime" in e["SUMMARY"])]  # fmt: skip
    assert len(switch) == 1 and said in switch[0]
    assert "現在は" not in switch[0] and "(today " not in switch[0]
    assert (old in switch[0]) if old else ("git pull" not in switch[0])


# ---------------------------------------------------------------- item 3: a saved trial ended


def _saved(folder: Path, renewal: str, plan: str | None, trial: bool) -> dict[str, str]:
    """A profile in a temporary PRIMEHELP_CONFIG_DIR (never the real ~/.config), as the env."""
    profile = {"schema_version": 1, "renewal_date": renewal, "plan": plan, "trial": trial}
    (folder / "profile.json").write_text(json.dumps(profile), encoding="utf-8")
    return {"PRIMEHELP_CONFIG_DIR": str(folder), "COLUMNS": "1000"}


def test_3_a_saved_trial_ended_says_what_the_date_is_and_names_the_page_once(
    tmp_path: Path,
) -> None:
    env = _saved(tmp_path, "2026-12-31", None, trial=True)
    out = _out("cancel", "--no-interactive", "--today", "2027-01-05", env=env)
    assert "・会員：有料会員（通常のプライム）" in out
    assert (
        "保存した日付（2026年12月31日）は無料体験の自動更新日なので、無料体験から"
        "有料会員に更新された場合を表示しています（この日付が有料会員の更新日なら、"
        "`--paid` を付けるとその場合の返金の説明を表示します）。"  # 32b item 4, 33b S 9, 34b item 7
    ) in out
    assert "`--paid` で変更できます" not in out
    assert "保存した日付から求めました" not in out  # no renewal date is worked out here
    head = out.split("手順\n")[0]
    assert head.count("「Amazonプライム会員情報」のページで確認できます") == 1
    en = _out("cancel", "--no-interactive", "--today", "2027-01-05", env=env, lang="en")
    assert "Your saved date (2026-12-31) is a free trial's automatic renewal date" in en
    assert "change with `--paid`" not in en and "comes from your saved profile" not in en
    typed = _out("cancel", "--no-interactive", "--trial", "--today", "2027-01-05", env=env)
    assert "保存した日付（2026年12月31日）は無料体験の自動更新日なので、" in typed
    assert "--paid" not in typed.split("手順\n")[0]  # --trial typed: no hint to --paid


def test_3_a_saved_paid_date_past_names_the_page_once(tmp_path: Path) -> None:
    env = _saved(tmp_path, "2026-12-31", "annual", trial=False)
    out = _out("cancel", "--no-interactive", "--today", "2027-12-31", env=env)
    head = out.split("手順\n")[0]
    assert head.count("「Amazonプライム会員情報」のページで確認できます") == 1
    assert "更新日は `--save` で保存した日付から求めました。" in head


# ---------------------------------------------------------------- item 2: --explain, a past date


@pytest.mark.parametrize(
    ("renewal", "lang", "said", "moot"),
    [
        ("2025-06-01", "ja", "・更新日（2025-06-01）は542日前に過ぎたため、お知らせメールと"
                             "解約の目安日は計算していません。", ("2025-05-29", "2025-05-31")),
        ("2026-11-24", "ja", "・更新日（2026-11-24）は昨日だったため、お知らせメールと"
                             "解約の目安日は計算していません。", ("2026-11-21", "2026-11-23")),
        ("2025-06-01", "en", "The renewal date (2025-06-01) passed 542 days ago, so the reminder "
                             "mail's and the cancel-by dates are not counted.",
         ("2025-05-29", "2025-05-31")),
    ],
)  # fmt: skip
def test_2_explain_a_past_date_explains_only_the_rows_shown(
    renewal: str, lang: str, said: str, moot: tuple[str, ...]
) -> None:
    out = _out("renewal", renewal, "--today", "2026-11-25", "--explain", lang=lang)
    assert said in out
    assert not any(day in out for day in moot)  # the dates the table leaves out
    # with a plan, the next renewal's days are shown, and explained
    planned = _out("renewal", renewal, "--today", "2026-11-25", "--plan", "annual", "--explain")
    assert "お知らせメール（オンの場合）の日付は" in planned


# ---------------------------------------------------------------- item 6: one natural sentence


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "Prime Student 月間プランは2019年より前にはなかったため、入力した更新日"
               "（2018年3月1日）とプランを確認してください。"),
        ("en", "there was no Prime Student monthly plan before 2019: check the renewal date you "
               "gave (2018-03-01) and the plan"),
    ],
)  # fmt: skip
def test_6_the_student_monthly_warning_says_2019_once(lang: str, said: str) -> None:
    done = run("renewal", "2018-03-01", "--plan", "student-monthly", "--today", "2026-11-25",
               "--lang", lang, env=WIDE)  # fmt: skip
    assert done.exit_code == 0
    line = next(x for x in done.stderr.splitlines() if "2019" in x)
    assert said in line and line.count("2019") == 1


# ---------------------------------------------------------------- S 7: the carrier's refund, once


@pytest.mark.parametrize("renewal", ["2026-10-01", "2026-11-20", "2026-11-25"])
def test_s7_at_a_carrier_ask_the_carrier_once_with_one_name(renewal: str) -> None:
    out = _out("cancel", "--no-interactive", "--via", "carrier", "--renewal", renewal,
               "--today", "2026-11-25")  # fmt: skip
    assert out.count("ご契約の携帯電話会社にお問い合わせください") == 1
    assert "携帯電話会社のプラン" not in out  # 「料金プラン」 throughout
    assert "携帯電話会社の料金プランの場合の返金については、確認できた情報がありません。" in out
    en = _out("cancel", "--no-interactive", "--via", "carrier", "--renewal", renewal,
              "--today", "2026-11-25", lang="en")  # fmt: skip
    assert en.count("ask your carrier") == 1


def test_s7_without_a_date_the_refund_section_still_asks_the_carrier() -> None:
    out = _out("cancel", "--no-interactive", "--via", "carrier")
    assert out.count("ご契約の携帯電話会社にお問い合わせください") == 1


# ---------------------------------------------------------------- S 8: the estimate box, once


@pytest.mark.parametrize("args", [("2026-11-25",), ("2026-10-27", "--student")])
def test_s8_the_estimate_box_does_not_repeat_its_title(args: tuple[str, ...]) -> None:
    out = _out("trial", *args, "--today", "2026-11-25")
    box = out.split("この日付は計算による目安です", 1)[1].split("╰", 1)[0]
    assert "「Amazonプライム会員情報」のページで" in box and "目安" not in box
    en = _out("trial", *args, "--today", "2026-11-25", lang="en")
    box = en.split("These dates are estimates", 1)[1].split("╰", 1)[0]
    assert "Prime membership" in box and "estimate" not in box


# ---------------------------------------------------------------- S 11: one name for the trial's end


def test_s11_the_save_line_names_the_trials_end_as_the_screens_do(tmp_path: Path) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    done = run("trial", "2026-11-10", "--today", "2026-11-25", "--save", "--lang", "ja", env=env)
    assert done.exit_code == 0, done.stderr
    assert "2026年12月10日（有料会員への自動更新日の目安）を更新日として保存しました" in done.stderr
    assert "初回更新" not in done.stderr
    again = run("renewal", "2026-12-31", "--plan", "annual", "--save", "--force",
                "--today", "2026-11-25", "--lang", "en", env=env)  # fmt: skip
    assert "2026-12-10 (estimated automatic paid renewal)" in again.stderr


# ---------------------------------------------------------------- S 12: the renewal day hedges


@pytest.mark.parametrize("command", ["renewal", "cancel"])
def test_s12_the_paid_renewal_day_says_the_fee_may_already_be_charged(command: str) -> None:
    args = ("cancel", "--no-interactive", "--renewal") if command == "cancel" else ("renewal",)
    first = _out(*args, "2026-11-25", "--today", "2026-11-25").splitlines()[0]
    assert first.startswith(
        "今日が更新日（会費の請求日）です。会費がすでに請求されている可能性があります。"
    )
    en = _out(*args, "2026-11-25", "--today", "2026-11-25", lang="en").splitlines()[0]
    assert "The fee may already have been charged." in en


# ---------------------------------------------------------------- S 14: --renewal with --trial


@pytest.mark.parametrize(
    ("lang", "said"),
    [("ja", "無料体験中（--trial）は、有料会員への自動更新日を指定します。"),  # 31b S 12
     ("en", "during a free trial (--trial), its automatic paid renewal date.")],
)  # fmt: skip
def test_s14_cancel_help_says_what_renewal_takes_with_trial(lang: str, said: str) -> None:
    done = run("cancel", "--help", "--lang", lang, env=WIDE)
    assert done.exit_code == 0
    joined = ("" if lang == "ja" else " ").join(done.stdout.split())
    assert said.replace(" " if lang == "ja" else "\0", "") in joined
