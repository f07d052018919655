"""Review 25a, check-message, sources and the top level (S items 9, 10, 15, 16)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run, screen

_TEXT_KINDS = {"scam_subject", "threatens_suspension", "asks_for_details"}


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        (
            "【Amazon】プライム会費のお支払い方法に問題があります https://bit.ly/3xAmzn",
            "【Amazon】プライム会費のお支払い方法に問題があります",
        ),
        (
            "お客様のアカウントが停止されました http://192.168.0.1/login",
            "お客様のアカウントが停止されました",
        ),
        (
            "アカウントが停止されました bit.ly/3xYz 0120-999-373",
            "アカウントが停止されました",
        ),
        (
            "アカウントが停止されました https://a.example.com/x https://b.example.com/y",
            "アカウントが停止されました",
        ),
    ],
)
def test_9_the_quoted_sentence_leaves_out_the_link(text: str, sentence: str) -> None:
    flags = run("check-message", "--text", text, "--json").json()["data"]["red_flags"]
    quoted = [f["evidence"] for f in flags if f["kind"] in _TEXT_KINDS]
    assert quoted
    for evidence in quoted:
        assert "://" not in evidence
    assert sentence in quoted


def test_9_a_link_inside_the_sentence_stays() -> None:
    text = "https://amazon-verify.example.com/x からカード情報を入力してください"
    flags = run("check-message", "--text", text, "--json").json()["data"]["red_flags"]
    assert [f["evidence"] for f in flags if f["kind"] == "asks_for_details"] == [text]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_the_link_is_still_shown_under_its_own_flag(lang: str) -> None:
    text = "お客様のアカウントが停止されました http://192.168.0.1/login"
    shown = run("check-message", "--text", text, "--lang", lang, env={"COLUMNS": "1000"}).stdout
    assert "停止されました」" in shown or "停止されました”" in shown
    assert "http://192.168.0.1/login" in shown


_EML = Path(__file__).parent / "messages" / "scam-subject-utf8.eml"


@pytest.mark.parametrize(
    ("lang", "said", "plain"),
    [
        ("ja", "このアドレスは amazon.co.jp で始まりますが、実際のドメインは secure-login.info です。", "ドメイン：secure-login.info"),
        ("en", "This address begins with amazon.co.jp, but the real domain is secure-login.info.", "Domain: secure-login.info"),
    ],
)  # fmt: skip
def test_10_a_look_alike_start_is_named_with_the_real_domain(
    lang: str, said: str, plain: str
) -> None:
    shown = run("check-message", str(_EML), "--lang", lang, env={"COLUMNS": "1000"}).stdout
    assert said in shown
    assert plain not in shown


def test_10_a_domain_that_itself_looks_like_amazon_keeps_its_domain_line() -> None:
    text = "ログインしてください https://login.amazon-verify.jp/x"
    shown = run("check-message", "--text", text, "--lang", "ja", env={"COLUMNS": "1000"}).stdout
    assert "ドメイン：amazon-verify.jp" in shown
    assert "始まりますが" not in shown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_15_a_long_id_goes_on_the_next_line_indented_as_the_sources(lang: str) -> None:
    """Since review 34a, S 23: never 「ID：」 by itself; since review 35a, item 6: a long id
    keeps its label and runs past the width, whole."""
    lines = screen("sources", lang=lang, columns=40).splitlines()
    label = "ID：" if lang == "ja" else "ID:"
    assert "cancel.web.end_membership_renewal_day" not in lines  # never bare
    long = "cancel.web.end_membership_renewal_day"
    # review 60a, R5: wider than 40 columns with its label, it goes under it, indented
    assert f"  {long}" in lines and lines[lines.index(f"  {long}") - 1] == label
    assert f"{label} cancel.official_help" in lines or f"{label}cancel.official_help" in lines


_LEFT_OUT = {
    "ja": "`--lang` の値（ja、en）とコマンドを指定してください（例：`primehelp contact --lang ja`）。",
    "en": "`--lang` needs a value (ja or en) and a command (use e.g. `primehelp contact --lang en`)",
}
_PREFIX = {"ja": "primehelp: エラー: ", "en": "primehelp: error: "}


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args", [["--lang"], ["--lang="], ["--lang", "--json"], ["--json", "--lang"]]
)
def test_16_lang_with_no_value_and_no_command_names_the_value_first(
    lang: str, args: list[str]
) -> None:
    done = run(*args, env={"PRIMEHELP_LANG": lang})
    assert done.exit_code == 2
    assert done.stderr.splitlines() == [_PREFIX[lang] + _LEFT_OUT[lang]]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_16_lang_with_a_command_but_no_value_says_what_after_the_command_says(lang: str) -> None:
    before = run("--lang", "contact", env={"PRIMEHELP_LANG": lang})
    after = run("contact", "--lang", env={"PRIMEHELP_LANG": lang})
    assert before.exit_code == after.exit_code == 2
    assert before.stderr == after.stderr
    assert ("の値を指定してください" if lang == "ja" else "needs a value") in before.stderr


def test_16_lang_with_a_value_and_no_command_shows_the_help_in_that_language() -> None:
    # Review 50a S 26 reversed this item: `primehelp --lang ja` shows the Japanese help, as a
    # bare `primehelp` shows the help, instead of asking for a command.
    done = run("--lang", "ja")
    assert (done.exit_code, done.stderr) == (0, "")
    assert done.stdout.startswith("使い方：primehelp [オプション] コマンド [引数]")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_16_every_former_fee_says_its_end(lang: str) -> None:
    """The 3,900 yen row said only 「2007年のサービス開始時から」 while the 400 yen row gave its
    end: every former fee names the day before the next fee's start, for new members and for
    existing members, as the fact sheet's next start gives it."""
    from primehelp.content.fees import load
    from primehelp.fee_terms import fee_terms
    from primehelp.output.console import sentence_date

    history = run("fees", "--json", "--lang", lang).json()["data"]["history"]
    for plan in load().plans:
        for period in plan.history[:-1]:  # the current fee has no end
            terms = fee_terms(plan, period)
            assert terms.new_members_until is not None and terms.renewals_until is not None
            row = next(
                h
                for h in history
                if h["plan"] == plan.plan.value and h["fee_yen"] == period.fee_yen
            )
            assert sentence_date(terms.new_members_until, lang) in row["new_members"], row
            said = row["renewals"] or (period.renewals_none(lang) if period.renewals_none else "")
            if said:  # else the view says it from the next fee's start (review 24a, S 12)
                assert sentence_date(terms.renewals_until, lang) in said, row
    launch = next(h for h in history if h["fee_yen"] == 3900)["new_members"]
    assert launch == (
        "2007年のサービス開始時から2019年4月11日まで"
        if lang == "ja"
        else "from the 2007 launch to 2019-04-11"
    )
