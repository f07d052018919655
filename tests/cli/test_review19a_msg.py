"""Review 19a (Japanese screens, share a): check-message, check-number, complain, sources and
the top level (helper msg2)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import run

MESSAGES = Path(__file__).parent / "messages"


def _out(*args: str, lang: str = "ja", columns: str = "60", code: int | None = None) -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": columns, "TERM": "dumb"})
    if code is not None:
        assert result.exit_code == code, result.stderr
    return result.stdout


# ---------------------------------------------------------------- 8: a count that matches its quotes


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_a_sign_counts_only_the_quotes_it_shows(lang: str) -> None:
    out = _out("check-message", str(MESSAGES / "scam-subject-utf8.eml"), lang=lang, columns="200")
    head = "詐欺でよく使われる件名・文面" if lang == "ja" else "Subject or wording common in scams"
    line = next(line for line in out.splitlines() if head in line)
    assert line.rstrip().endswith(head), line  # one quote shown: no 「（2件）」
    flat = " ".join(out.split())
    # review20a 3: the note goes under sign 2, the sign that quotes that text
    assert (
        "この文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。"
        if lang == "ja"
        else "This wording matches a scam subject or wording commonly reported in 2025–26."
    ) in flat
    assert "兆候2の文面" not in flat and "quoted in red flag 2" not in flat


def test_8_json_still_counts_every_match() -> None:
    out = run("check-message", str(MESSAGES / "scam-subject-utf8.eml"), "--json").stdout
    flags = json.loads(out)["data"]["red_flags"]
    scam = [flag for flag in flags if flag["kind"] == "scam_subject"]
    # review 42a item 17: `count` is what the screen prints under the sign (its own quote); the
    # quote sign 2 prints is kept in `evidence_elsewhere`, so every match is still counted
    assert [(flag["count"], len(flag["evidence_elsewhere"])) for flag in scam] == [(1, 1)]
    assert scam[0]["evidence_elsewhere"] == [flags[1]["evidence"]]
    assert scam[0]["evidence"] not in scam[0]["evidence_elsewhere"]


# ---------------------------------------------------------------- S 19: said once


@pytest.mark.parametrize("columns", ["40", "60"])
def test_s19_reported_subjects_are_named_once(columns: str) -> None:
    out = _out(
        "check-message", "--text", "【Amazon】プライムの使用が一時的にできません", columns=columns
    )
    flat = "".join(out.split())
    assert flat.count("よく報告されている") == 1, out
    assert "と同じです。" in flat  # review20a 3: a note under the sign that quotes it
    assert "プライムの一時停止" not in flat  # review20a 3: the kind quoted is not "another"


# ---------------------------------------------------------------- S 20: the legend explains


@pytest.mark.parametrize(
    ("command", "lang"), [("sources", "ja"), ("sources", "en"), ("fees", "ja")]
)
def test_s20_in_between_grades_say_what_they_mean(command: str, lang: str) -> None:
    out = _out(command, lang=lang, columns="200")
    legend = out.split(
        "\n確度（情報の確かさ）\n"
        if lang == "ja"
        else "\nConfidence (how sure the information is)\n"
    )[-1]
    assert "の間" not in legend and "between" not in legend, legend


# ---------------------------------------------------------------- S 12: the exit code in help


def test_s12_help_excepts_public_numbers_as_their_exit_code_does() -> None:
    assert run("check-number", "188").exit_code == 0  # a public-service number: exit 0
    helped = "".join(_out("check-number", "--help", columns="200").split())
    assert (
        "（公共の電話番号だけなら終了コード0、それ以外の番号が1つでもあれば1）"  # 50a item 19
        in helped
    )
    en = " ".join(_out("check-number", "--help", lang="en", columns="200").split())
    assert "not a public-service number, 0 when all are" in en  # 45a S 23: one bracket


# ---------------------------------------------------------------- S 18: Japanese topics


@pytest.mark.parametrize(
    ("word", "topic"),
    [("解約", "cancel"), ("更新", "renewal"), ("返金", "refund"), ("その他", "other")],
)
def test_s18_complain_takes_the_japanese_topic_words(word: str, topic: str) -> None:
    result = run("complain", word, "--json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(run("complain", topic, "--json").stdout)["data"]["topic"] == topic
    assert json.loads(result.stdout)["data"]["topic"] == topic


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s18_the_topic_error_lists_the_japanese_words(lang: str) -> None:
    result = run("complain", "払戻", "--lang", lang)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    listed = "「更新」「返金」「解約」「その他」" if lang == "ja" else "更新, 返金, 解約, その他"
    assert listed in result.stderr


# ---------------------------------------------------------------- S 17: an amount no fee of the plan


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s17_an_amount_that_is_no_fee_of_the_plan_is_warned_about(lang: str) -> None:
    result = run("complain", "renewal", "--amount", "600", "--plan", "annual", "--lang", lang)
    assert result.exit_code == 0 and result.stdout
    assert len(result.stderr.splitlines()) == 1, result.stderr
    said = (
        "警告: 600円は年間プランの会費（5,900円）と一致しません。"
        if lang == "ja"
        else "warning: 600 yen"
    )
    assert said in result.stderr


@pytest.mark.parametrize(
    ("amount", "plan"),
    [("5900", "annual"), ("4,900", "annual"), ("600", "monthly"), ("500", "monthly")],
)
def test_s17_a_fee_of_the_plan_now_or_before_is_not_warned_about(amount: str, plan: str) -> None:
    result = run("complain", "renewal", "--amount", amount, "--plan", plan)
    assert result.exit_code == 0 and result.stderr == ""


# ---------------------------------------------------------------- S 14: complain's headings


@pytest.mark.parametrize("topic", ["renewal", "refund", "cancel", "other"])
def test_s14_the_draft_heading_is_one_line_at_60_columns(topic: str) -> None:
    first = _out("complain", topic).splitlines()[0]
    assert first.startswith("チャットに貼り付ける問い合わせ文（") and first.endswith("）"), first


# ---------------------------------------------------------------- S 13: --lang and --json first


@pytest.mark.parametrize(
    "first",
    [("--lang", "en"), ("--lang=en",), ("--json", "--lang", "en"), ("--lang", "en", "--json")],
)
def test_s13_lang_and_json_before_the_command_are_taken_as_after_it(first: tuple[str, ...]) -> None:
    before = run(*first, "contact", env={"PRIMEHELP_LANG": "ja", "COLUMNS": "80"})
    after = run("contact", *first, env={"PRIMEHELP_LANG": "ja", "COLUMNS": "80"})
    assert before.exit_code == 0 and before.stderr == "", before.stderr
    assert before.stdout == after.stdout
    if "--json" in first:
        assert json.loads(before.stdout)["command"] == "contact"


def test_s13_other_options_before_the_command_are_still_told_where_they_go() -> None:
    result = run("--today", "2026-12-01", "due", env={"PRIMEHELP_LANG": "ja"})
    assert result.exit_code == 2 and "コマンドの後に指定してください" in result.stderr


def test_s13_the_console_script_takes_lang_first_too() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "primehelp", "--lang", "en", "fees", "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["lang"] == "en"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s13_top_help_says_lang_and_json_go_before_or_after(lang: str) -> None:
    top = " ".join(_out("--help", lang=lang, columns="200", code=0).split())
    said = (
        "--lang と --json は、コマンドの前にも後にも指定できます。"
        if lang == "ja"
        else ("--lang and --json can be given before or after the command.")
    )
    assert said in top


@pytest.mark.parametrize("args", [("--lang", "en", "--help"), ("--help", "--lang", "en")])
def test_s13_help_takes_lang_before_or_after_it(args: tuple[str, ...]) -> None:
    result = run(*args, env={"PRIMEHELP_LANG": "ja"})
    assert result.exit_code == 0 and result.stdout.startswith("Usage: primehelp"), result.stderr
