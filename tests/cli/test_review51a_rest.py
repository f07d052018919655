"""Review 51a: items 2, 7, 8, 9, 10, 12, 15, 17, 25 and 27 (check-number, fees, sources,
subscriptions, profile, and commands in error sentences)."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

_WIDE = {"COLUMNS": "1000"}


def test_8_subscriptions_price_label_says_price_once() -> None:
    ja = run("--lang", "ja", "subscriptions", env=_WIDE).stdout
    assert "料金（2023年4月時点）：" in ja
    assert "時点の料金）：" not in ja
    en = run("--lang", "en", "subscriptions", env=_WIDE).stdout
    assert "Price (as of April 2023):" in en
    assert "(the prices of April 2023):" not in en


def test_9_photos_is_not_said_free_only_for_members() -> None:
    ja = run("--lang", "ja", "subscriptions", env=_WIDE).stdout
    assert "プライム会員なら無料" not in ja
    assert "Amazon Photosはプライム会員の特典です。" in ja
    assert "プライムでなくなると、保存できるのは5GBまでになります。" in ja
    en = run("--lang", "en", "subscriptions", env=_WIDE).stdout
    assert "free with Prime" not in en
    assert "Without Prime you can store up to 5 GB" in en


def test_10_summary_names_prime_video_channels() -> None:
    ja = run("--lang", "ja", "subscriptions", env=_WIDE).stdout
    summary = ja[ja.index("プライムを解約しても請求が続くもの") :]
    assert "解約すると止まるとされているもの\n・Prime Videoチャンネル\n" in summary
    assert (  # where to check, as `sources 解約` says it (review 59a item 8)
        "料金が続いたという報告も1件あるため、解約後に「Prime Videoチャンネルの管理」と"
        "カードの明細で、チャンネルが止まっているか確認してください。" in summary
    )
    en = run("--lang", "en", "subscriptions", env=_WIDE).stdout
    summary = en[en.index("Keeps billing after Prime ends:") :]
    assert "Reported to stop when Prime ends:\n- Prime Video channel\n" in summary


@pytest.mark.parametrize(
    ("typed", "plus", "national"),
    [
        ("0081-120-999-373", "+81-120-999-373", "0120-999-373"),
        ("0081-0120-999-373", "+81-120-999-373", "0120-999-373"),
        ("010-81-90-1234-5678", "+81-90-1234-5678", "090-1234-5678"),
    ],
)
def test_2_japan_after_international_prefix(typed: str, plus: str, national: str) -> None:
    ja = run("--lang", "ja", "check-number", typed, env=_WIDE)
    assert ja.exit_code == 2
    assert "海外の番号" not in ja.stderr
    lead = "010-81" if typed.startswith("010") else "0081"
    assert (  # 「…の国際電話の形です」 since review 56a, item 12
        f"{lead}で始まる番号は、日本の国番号（81）を付けた国際電話の形です。"
        f'"{plus}" のように + から、または {national} のように 0 から入力してください。'
    ) in ja.stderr
    en = run("--lang", "en", "check-number", typed, env=_WIDE)
    assert en.exit_code == 2
    assert "for a number abroad" not in en.stderr
    assert (
        f"a number starting with {lead} is a number in Japan in the international form "
        f'(country code 81): type it with +, like "{plus}"'
    ) in en.stderr
    assert f"or start it with 0, like {national}" in en.stderr


@pytest.mark.parametrize(
    "typed",
    ["0120-999-373。", "0120-999-373、", "0120-999-373.", "「0120-999-373」", "「0120-999-373。」"],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_25_copied_punctuation_is_ignored(typed: str, lang: str) -> None:
    done = run("--lang", lang, "check-number", typed, "--json", env=_WIDE)
    assert done.exit_code == 1, done.stderr  # read: a former Amazon number (exit 1), not 2
    assert '"0120999373"' in done.stdout and done.stderr == ""
    shown = run("--lang", lang, "check-number", typed, env=_WIDE)
    assert shown.exit_code == 1 and shown.stderr == ""


def test_25_split_number_with_full_stop() -> None:
    done = run("--lang", "ja", "check-number", "0120", "999", "373。", env=_WIDE)
    assert done.exit_code == 1 and done.stderr == ""


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_25_a_full_stop_alone_is_still_refused(lang: str) -> None:
    done = run("--lang", lang, "check-number", "。", env=_WIDE)
    assert done.exit_code == 2 and "。" in done.stderr


def test_12_sources_fee_entries_say_the_same_phrase() -> None:
    ja = run("--lang", "ja", "sources", "fees", env=_WIDE).stdout
    assert "既存会員は2019年5月17日以降の更新時の請求からです。" in ja
    assert ja.count("既存会員は2023年9月24日以降の更新時の請求からです。") == 4
    assert "以降の更新からです" not in ja and "以降の請求からです" not in ja
    assert "2019年5月17日以降の更新時の請求からと考えられます。" in ja


@pytest.mark.parametrize("args", [("fees",), ("sources",)])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_7_legend_continuations_hang_under_their_grade(args: tuple[str, ...], lang: str) -> None:
    out = run("--lang", lang, *args, env={"COLUMNS": "40"}).stdout
    title = "確度（情報の確かさ）" if lang == "ja" else "Confidence (how sure the information is)"
    legend = out[out.rindex(title) :].splitlines()[1:]
    legend = legend[: next((n for n, line in enumerate(legend) if not line.strip()), len(legend))]
    grades = ("高：", "中〜高：", "中：", "低〜中：", "低：")
    grades_en = ("high:", "medium–high:", "medium:", "low–medium:", "low:")
    for line in legend:
        assert line.startswith(grades if lang == "ja" else grades_en) or line.startswith("  ")
    assert any(line.startswith("  ") for line in legend)


def test_7_medium_grade_worded_plainly() -> None:
    out = run("--lang", "ja", "fees", env=_WIDE).stdout
    assert "中：信頼できる情報源が一つだけ、または同じ内容の報告が複数" in out
    assert "一貫した報告" not in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_profile_values_hang_under_their_labels(lang: str, tmp_path: object) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "40"}
    saved = run("--lang", lang, "trial", "2026-11-25", "--save", "--today", "2026-12-07", env=env)
    assert saved.exit_code == 0, saved.stderr
    lines = run("--lang", lang, "profile", "--today", "2026-12-07", env=env).stdout.splitlines()
    date = "2026年12月25日" if lang == "ja" else "2026-12-25"
    # the date first on its line; what follows it (review 59a item 3, S 19) where it fits
    at = next(i for i, line in enumerate(lines) if line.startswith(f"  {date}"))
    assert lines[at - 1].endswith(("：", ":"))
    assert lines[at + 1].startswith(("  （", "  ("))
    # short (review 52a item 41), but under its label as the date is: one layout for the
    # record (review 63b R-minor 8)
    kind = ["種類：", "  無料体験"] if lang == "ja" else ["Kind:", "  free trial"]
    at = lines.index(kind[0])
    assert lines[at + 1] == kind[1]


@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (
            ("sources", "解約", "返金"),
            "（例：`primehelp sources 解約`）",
            "(e.g. `primehelp sources 解約`)",
        ),
        (
            ("contact", "foo"),
            "使い方は `primehelp contact --help` で確認できます。",  # review 53b item 14
            "see `primehelp contact --help`",
        ),
        (("--lang",), "（例：`primehelp contact --lang ja`）", "`primehelp contact --lang en`"),
        (("--version", "x"), "（使い方：`primehelp --version`）", "(usage: `primehelp --version`)"),
    ],
)
def test_27_commands_in_error_sentences_in_backticks(
    args: tuple[str, ...], ja: str, en: str
) -> None:
    done = run("--lang", "ja", *args, env=_WIDE) if args != ("--lang",) else run(*args, env=_WIDE)
    if args == ("--lang",):  # no language given: the line is in the default language
        both = run(*args, env={**_WIDE, "PRIMEHELP_LANG": "ja"}).stderr
        assert ja in both or en in both, both
        return
    assert done.exit_code == 2
    assert ja in done.stderr, done.stderr
    english = run("--lang", "en", *args, env=_WIDE)
    assert en in english.stderr, english.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_17_profile_accepts_today(lang: str, tmp_path: object) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "COLUMNS": "1000"}
    run("--lang", lang, "trial", "2026-11-25", "--save", "--today", "2026-12-07", env=env)
    before = run("--lang", lang, "profile", "--today", "2026-12-07", env=env)
    after = run("--lang", lang, "profile", "--today", "2027-01-10", env=env)
    assert before.exit_code == 0 and after.exit_code == 0, after.stderr
    past = "この日付は過ぎています" if lang == "ja" else "passed"
    assert past not in before.stdout and past in after.stdout
    assert (
        '"date_passed": true'
        in run("--lang", lang, "profile", "--today", "2027-01-10", "--json", env=env).stdout
    )
