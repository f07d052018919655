"""Review 59a: profile, sources, complain, subscriptions, completion and due's --within help.

2.  profile --clear with a crontab check on: 「毎日の確認（primehelp remind）」 without backticks, and
    「crontab の確認を止めるには」 beside 「systemd のタイマーによる確認」.
3.  profile, a saved trial on its day: 「（今日が有料会員への自動更新日です）」 dropped the hedge; the
    label said 「（目安）」, not the house term 「計算による目安」.
4.  sources: the legend 「高：複数の独立した情報源が一致」 under facts with one printed source; the same
    sbapp.net page with its date for one fee fact and without it for the other.
5.  complain: 「この請求は含まれません」 said more than FACTS §5, under a letter asking for that refund.
8.  subscriptions said 「解約後に明細を確認」, sources 「「Prime Videoチャンネルの管理」で…確認」.
9.  subscriptions: 「解約は別に必要です」 (stiff, and not as sources says it).
10. sources プライム: 「「すべて」（プライム）に関する情報と出典」, as if a topic named 「すべて」.
11. completion: 「新しく開いたシェルから使えます。」 read as "usable from the shell".
12. due --help: 「3〜365で指定します」 and then 0–2 accepted; the error says 0〜365.
S 16. complain <Tab> offered only the English topics; S 17. the Japanese copy warning named xsel;
S 19. profile: how far off the saved date is, and the day to cancel by.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

import primehelp.clipboard as clipboard
from primehelp.clipboard import CopyOutcome
from primehelp.i18n import Lang, Text
from primehelp.profile import PROFILE_FILE, Profile, profile_to_json
from tests.support.clihelp import WIDE, fake_tool, run
from tests.support.remind_env import THIS_LINE, crontab_printing, remind_env, systemd_machine


def _flat(text: str, lang: str) -> str:
    return " ".join(text.split()) if lang == "en" else "".join(text.split())


# ---------------------------------------------------------------- item 2


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_clear_names_the_command_in_backticks_and_the_crontab_check_as_the_timer_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    here = systemd_machine(tmp_path, monkeypatch)
    fake_tool(here / "bin", "crontab", crontab_printing(THIS_LINE))
    env = remind_env(here)
    saved = Profile(dt.date(2027, 1, 10), plan="annual")
    (here / "profile" / PROFILE_FILE).write_bytes(profile_to_json(saved))
    done = run("profile", "--clear", "--lang", lang, env=env)
    assert done.exit_code == 0, done.stderr
    text = " ".join(done.stdout.split())
    if lang == "ja":
        text = "".join(done.stdout.splitlines())  # the lines joined, their spaces kept
        assert "毎日の確認（`primehelp remind`）は設定されたままです。" in text, done.stdout
        assert (
            "`crontab` による毎日の確認を止めるには、`crontab -e` で `primehelp due` の行を削除して"
            "ください（primehelpは `crontab` を変更しません）。" in text
        ), done.stdout
        assert "`crontab` の確認" not in text and "（primehelp remind）" not in text
    else:
        assert "The daily check (`primehelp remind`) is still set up." in text, done.stdout
        assert "To stop the daily check by your crontab, delete the `primehelp due` line" in text


# ---------------------------------------------------------------- item 3 and S 19: profile


def _saved(tmp_path: Path, *args: str) -> dict[str, str]:
    env = {**WIDE, "PRIMEHELP_CONFIG_DIR": str(tmp_path)}
    done = run(*args, "--save", "--today", "2026-12-07", env=env)
    assert done.exit_code == 0, done.stderr
    return env


def _profile(env: dict[str, str], today: str, lang: str) -> list[str]:
    done = run("--lang", lang, "profile", "--today", today, env=env)
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


def test_3_a_saved_trial_on_its_day_keeps_the_hedge(tmp_path: Path) -> None:
    env = _saved(tmp_path, "trial", "2026-11-25")
    ja = _profile(env, "2026-12-25", "ja")
    # 「今日」 on the date's line, then the note of the days ahead (review 61a R1)
    assert ja[1] == "有料会員への自動更新日：2026年12月25日（今日、計算による目安）", ja
    # indented under its date, whether or not the date hangs (review 63a, R-minor 2)
    assert ja[2] == (
        "  （無料体験の開始日から計算した日付です。正確な日付は「Amazonプライム会員情報」の"
        "ページで確認してください）"
    ), ja
    assert "（今日が有料会員への自動更新日です）" not in ja and "（目安）：" not in "".join(ja)
    en = _profile(env, "2026-12-25", "en")
    assert en[1] == "Automatic paid renewal: 2026-12-25 (today, an estimate)", en
    assert en[2].startswith("  (Computed from the free trial's start date;"), en
    # the day after, too: the date is the house term's, the note says it has passed
    after = _profile(env, "2026-12-27", "ja")
    assert after[1] == "有料会員への自動更新日：2026年12月25日（計算による目安）", after


@pytest.mark.parametrize(
    ("today", "ja_date", "ja_by", "en_date", "en_by"),
    [
        (
            "2026-12-08",
            "更新日：2026年12月31日（あと23日）",
            "解約の目安日（余裕をみて更新日の前日）：2026年12月30日",
            "Renewal date: 2026-12-31 (in 23 days)",
            "Cancel by (the day before, as a margin): 2026-12-30",
        ),
        (
            "2026-12-30",
            "更新日：2026年12月31日（明日）",
            "解約の目安日（余裕をみて更新日の前日）：今日（2026年12月30日）",
            "Renewal date: 2026-12-31 (tomorrow)",
            "Cancel by (the day before, as a margin): today (2026-12-30)",
        ),
    ],
)
def test_s19_a_saved_date_ahead_says_how_far_and_the_day_to_cancel_by(
    tmp_path: Path, today: str, ja_date: str, ja_by: str, en_date: str, en_by: str
) -> None:
    env = _saved(tmp_path, "renewal", "2026-12-31", "--plan", "annual")
    ja = _profile(env, today, "ja")
    assert ja[1:3] == [ja_date, ja_by], ja
    # the margin said under it (review 62a, R-minor 1), then the plan
    assert (
        ja[3].startswith("解約の目安日はAmazonの決まりではありません。")
        and ja[4] == "プラン：年間プラン"
    )
    en = _profile(env, today, "en")
    assert en[1:3] == [en_date, en_by], en


@pytest.mark.parametrize("today", ["2026-12-31", "2027-01-02"])
def test_s19_on_the_day_or_after_it_no_days_and_no_cancel_by(tmp_path: Path, today: str) -> None:
    env = _saved(tmp_path, "renewal", "2026-12-31", "--plan", "annual")
    ja = _profile(env, today, "ja")
    # on the day, 「（今日）」 on the date's line (review 61a R1); after it, the date alone
    assert ja[1] == "更新日：2026年12月31日" + ("（今日）" if today == "2026-12-31" else ""), ja
    cancel_by = [line for line in ja if line.startswith("解約の目安日（")]
    # review 60a, S3: on the day, the cancel-by day is said passed; after it, not said
    passed = ["解約の目安日（余裕をみて更新日の前日）：2026年12月30日（過ぎています）"]
    assert cancel_by == (passed if today == "2026-12-31" else []), ja


def test_s19_a_trial_says_the_days_beside_its_estimate(tmp_path: Path) -> None:
    env = _saved(tmp_path, "trial", "2026-11-25")
    ja = _profile(env, "2026-12-08", "ja")
    assert ja[1] == "有料会員への自動更新日：2026年12月25日（あと17日、計算による目安）", ja
    assert "解約の目安日（自動更新日の前日）：2026年12月24日" in ja, ja
    en = _profile(env, "2026-12-08", "en")
    assert en[1] == "Automatic paid renewal: 2026-12-25 (in 17 days, an estimate)", en


# ---------------------------------------------------------------- item 4: sources


@pytest.mark.parametrize(
    ("lang", "legend"),
    [
        ("ja", "高：複数の独立した情報源が一致（表示する出典は、そのうちの一部の場合があります）"),
        (
            "en",
            "high: several independent sources agree (the sources shown may be only some of them)",
        ),
    ],
)
def test_4_the_legend_keeps_the_sheets_key_and_says_one_source_may_be_shown(
    lang: str, legend: str
) -> None:
    lines = run("--lang", lang, "sources", "--no-pager", env=WIDE).stdout.splitlines()
    assert legend in lines
    assert "高：複数の独立した情報源が一致" not in lines
    assert "high: several independent sources agree" not in lines


def test_4_the_fee_page_has_one_date_wherever_the_fee_is_cited() -> None:
    facts = run("sources", "--json", env=WIDE).json()["data"]["facts"]
    by_id = {fact["id"]: fact for fact in facts}
    for fact_id in ("scam.fee_amount_proves_nothing", "message.limit.fee_proves_nothing"):
        assert by_id[fact_id]["sources"] == ["https://sbapp.net/?p=178551"], fact_id
        dated = [{"url": "https://sbapp.net/?p=178551", "date": "2025-10-24"}]
        assert by_id[fact_id]["source_dates"] == dated, by_id[fact_id]
    # fraudnavi.com, named by FACTS with no page, is no source a member can open: never printed
    shown = run("--lang", "ja", "sources", "--no-pager", env=WIDE).stdout
    assert "fraudnavi" not in shown
    assert "https://sbapp.net/?p=178551（2025年10月24日）" in shown
    for fact in facts:
        if fact["id"].startswith(("scam.", "message.")):
            for dated_source in fact["source_dates"]:
                if dated_source["url"] == "https://sbapp.net/?p=178551":
                    assert dated_source.get("date") == "2025-10-24", fact["id"]


# ---------------------------------------------------------------- item 5: complain


PAST = ("complain", "renewal", "--renewal", "2026-06-01", "--plan", "monthly", "--amount", "600")


@pytest.mark.parametrize("benefits", ["--no-benefits-used", "--benefits-used"])
def test_5_a_past_charge_is_sent_to_the_letter_not_ruled_out(benefits: str) -> None:
    ja = run(*PAST, benefits, "--lang", "ja", env=WIDE).stdout
    assert (
        "・入力した更新日（2026年6月1日）の請求は、現在の期間の会費ではありません。"
        "自分で解約して今すぐ終了するときに返金の対象になるのは、現在の期間の会費です。"
        "この請求の返金は、上の問い合わせ文で相談してください。\n" in ja
    ), ja
    assert "含まれません" not in ja and "会費だけ" not in ja
    en = run(*PAST, benefits, "--lang", "en", env=WIDE).stdout
    assert "ask about a refund of this charge in the message above." in en, en
    assert "not this charge" not in en and "refund only" not in en


# ---------------------------------------------------------------- items 8, 9: subscriptions

CHANNELS = {
    "ja": "料金が続いたという報告も1件あるため、解約後に「Prime Videoチャンネルの管理」と"
    "カードの明細で、チャンネルが止まっているか確認してください。",
    "en": "after cancelling, check in 「Prime Videoチャンネルの管理」 (manage Prime Video channels) "
    "and on your card statement that your channels have stopped.",
}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_subscriptions_and_sources_say_where_to_check_the_channels_alike(lang: Lang) -> None:
    subscriptions = _flat(run("--lang", lang, "subscriptions", env=WIDE).stdout, lang)
    sources = _flat(run("--lang", lang, "sources", "解約", "--no-pager", env=WIDE).stdout, lang)
    wanted = _flat(CHANNELS[lang], lang)
    assert wanted in subscriptions and wanted in sources
    assert "解約後に明細を確認してください" not in subscriptions
    assert "check your statement after cancelling" not in subscriptions


def test_9_keeps_billing_says_how_to_stop_it_as_sources_does() -> None:
    shown = run("--lang", "ja", "subscriptions", env=WIDE).stdout
    assert (
        shown.count("プライムの解約後：請求が続きます。止めるには、別に解約する必要があります。\n")
        == 3
    )
    assert "解約は別に必要です" not in shown
    sources = run("--lang", "ja", "sources", "請求", "--no-pager", env=WIDE).stdout
    assert "止めるには、別に解約する必要があります。" in sources
    assert "止めるには別に解約が必要です" not in sources


# ---------------------------------------------------------------- item 10: sources heading


@pytest.mark.parametrize(
    ("lang", "word", "title"),
    [
        (
            "ja",
            "プライム",
            "「プライム」はすべての情報に当てはまるため、すべての情報と出典を表示します（",
        ),
        (
            "en",
            "Prime",
            "“Prime” covers everything primehelp states: all of it, and where it comes",
        ),
        ("ja", "すべて", "primehelpが表示するすべての情報と出典（"),
        ("ja", "返金", "「返金」に関する情報と出典（"),
    ],
)
def test_10_a_word_for_every_fact_says_so(lang: str, word: str, title: str) -> None:
    first = run("--lang", lang, "sources", word, "--no-pager", env=WIDE).stdout.splitlines()[0]
    assert first.startswith(title), first
    assert "「すべて」（" not in first and "“all” (" not in first


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_10_the_heading_breaks_between_phrases(columns: str) -> None:
    shown = run("--lang", "ja", "sources", "プライム", "--no-pager", env={"COLUMNS": columns})
    lines = shown.stdout.splitlines()[:3]
    assert not any(line.endswith(("当てはま", "当て", "すべての情")) for line in lines), lines


# ---------------------------------------------------------------- item 11: completion


@pytest.mark.parametrize("shell", ["bash", "zsh"])
def test_11_the_comment_says_when_completion_takes_effect(shell: str) -> None:
    script = run("--lang", "ja", "completion", shell).stdout
    assert "# 加えた後に開いたシェルで、補完が使えるようになります。\n" in script
    assert "新しく開いたシェルから使えます" not in script
    assert f"# ~/.{shell}rc" in script  # the shell named by its file (60a, R3; 63a, S 6)


# ---------------------------------------------------------------- item 12: due --within help


@pytest.mark.parametrize(
    ("lang", "said", "error"),
    [
        (
            "ja",
            "0〜365で指定します（指定しない場合は3。3より小さい値は3と同じです）。",
            "0〜365の整数を指定してください（3より小さい値は3と同じです）。",
        ),
        (
            "en",
            "from 0 to 365 (3 if not given; a value under 3 is the same as 3).",
            "give a whole number from 0 to 365 (a value under 3 is the same as 3)",
        ),
    ],
)
def test_12_within_help_and_error_give_one_range(lang: str, said: str, error: str) -> None:
    shown = _flat(run("--lang", lang, "due", "--help", env=WIDE).stdout, lang)
    assert _flat(said, lang) in shown, shown
    assert "3〜365" not in shown and "3 to 365" not in shown and "0-2" not in shown
    wrong = run("--lang", lang, "due", "--within", "400", env=WIDE)
    assert wrong.exit_code == 2 and error in wrong.stderr, wrong.stderr


# ---------------------------------------------------------------- S 16: complain completion


def _answer(shell: str, line: str, lang: str) -> str:
    words = line.split()
    env = {"PRIMEHELP_LANG": lang, "_PRIMEHELP_COMPLETE": f"complete_{shell}", "PATH": ""}
    if shell == "bash":
        env |= {
            "COMP_WORDS": line,
            "COMP_CWORD": str(len(words) - (0 if line.endswith(" ") else 1)),
        }
    else:
        env["_PRIMEHELP_COMPLETE_ARGS"] = line
    code = "import sys; sys.argv[0] = 'primehelp'; from primehelp.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    return done.stdout


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_s16_complain_offers_the_japanese_topics_too(shell: str) -> None:
    said = _answer(shell, "primehelp complain ", "ja")
    for word in ("renewal", "refund", "cancel", "other", "更新", "返金", "解約", "その他"):
        assert word in said, said
    started = _answer(shell, "primehelp complain 返", "ja")
    assert "返金" in started and "解約" not in started and "refund" not in started


def test_s16_a_japanese_topic_offered_is_accepted() -> None:
    done = run("--lang", "ja", "complain", "返金", env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert "（返金を問い合わせる場合）" in done.stdout


# ---------------------------------------------------------------- S 17: the copy warning


def test_s17_the_japanese_copy_warning_names_no_helper_program(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failed = CopyOutcome(
        copied=False,
        tool="xsel",
        problem=Text("xsel でのコピーに失敗しました", "xsel: exit status 1"),
    )
    monkeypatch.setattr(clipboard, "copy", lambda _text: failed)
    ja = run("complain", "refund", "--copy", "--lang", "ja", env=WIDE).stderr
    assert ja == (
        "primehelp: 警告: 問い合わせ文をクリップボードにコピーできませんでした。"
        "上に表示した問い合わせ文を選択してコピーしてください。\n"
    )
    en = run("complain", "refund", "--copy", "--lang", "en", env=WIDE).stderr
    assert en.endswith("select the message above and copy it yourself (xsel: exit status 1).\n")
