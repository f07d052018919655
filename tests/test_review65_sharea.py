"""Review 64a (share a): contact, check-number, subscriptions, complain, profile, help and
errors, as fixed in round 65."""

from __future__ import annotations

import itertools

import pytest

from tests.support.clihelp import joined, lang_run

FOURTH = "公共の電話番号、それ以外のAmazonが公開していない番号のどれに当たるかを調べます"


# R-minor 1: 「そのほか」 was cut 「その／ほかの」; the wording keeps its words whole.
@pytest.mark.parametrize("args", [("--help",), ("check-number", "--help")])
def test_the_help_names_the_fourth_kind_in_whole_words(args: tuple[str, ...]) -> None:
    for columns in (42, 44, 46, 48, 60, 62, 76, 78, 80, 120):
        done = lang_run(*args, columns=columns)
        assert done.exit_code == 0, done.stderr
        lines = [line.strip() for line in done.stdout.splitlines()]
        assert FOURTH in "".join(lines), columns
        assert "そのほか" not in done.stdout
        assert not any(
            a.endswith("それ") and b.startswith("以外") for a, b in itertools.pairwise(lines)
        )


# R-minor 2: a past period's refund letter asks about that charge, not "if I cancel".
def test_refund_letter_for_a_past_period_asks_about_that_charge() -> None:
    args = ("complain", "refund", "--renewal", "2023-09-24", "--amount", "5900")
    ja = joined(lang_run(*args, "--no-benefits-used").stdout)
    assert (
        "2023年9月24日に請求されたこの会費について、返金が可能かどうか、"
        "また可能な場合はどのくらいの金額になるかを教えていただけますか。"
    ) in ja
    assert "解約した場合に" not in ja
    en = joined(lang_run(*args, "--no-benefits-used", lang="en").stdout, "en")
    assert ("Could you tell me whether a refund of the fee charged on 2023-09-24 is possible") in en
    assert "If I cancel" not in en
    # the current period keeps the question about cancelling
    now = joined(lang_run("complain", "refund", "--renewal", "2026-09-24").stdout)
    assert "プライム会員を解約した場合に、この会費の返金が可能かどうか" in now


# R-minor 3: the trial's cancel-by label fits 40 columns whole; the note keeps the margin.
def test_profile_trial_cancel_by_label_is_whole_at_40() -> None:
    done = lang_run("trial", "2026-11-25", "--save", "--today", "2026-12-08")
    assert done.exit_code == 0, done.stderr
    shown = lang_run("profile", "--today", "2026-12-08", columns=40).stdout
    lines = shown.splitlines()
    assert "解約の目安日（自動更新日の前日）：" in lines, shown
    assert "primehelpは余裕をみて自動更新日の前日にしています。" in joined(shown)


# R-minor 4: the ※ note's wrapped lines hang under its text, one full-width character in.
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_subscriptions_price_note_hangs_under_its_text(columns: int) -> None:
    lines = lang_run("subscriptions", columns=columns).stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("    ※報告によれば"))
    end = next(i for i in range(at, len(lines)) if lines[i].endswith("確認してください。"))
    assert end > at
    assert all(line.startswith("    \u3000") for line in lines[at + 1 : end + 1]), lines[at:end]


# R-minor 5: 「この2つ」 is said after the list, flush left, not under its last name.
def test_subscriptions_unknown_check_is_after_the_list() -> None:
    lines = lang_run("subscriptions", columns=80).stdout.splitlines()
    said = "プライムを解約したら、この2つの請求が続いていないか確認してください。"
    assert said in lines, lines
    assert lines[lines.index(said) - 1] == "・Amazon Kids+"
    en = lang_run("subscriptions", lang="en").stdout.splitlines()
    at = en.index("- Amazon Kids+") if "- Amazon Kids+" in en else en.index("・Amazon Kids+")
    assert not en[at + 1].startswith(" "), en[at + 1]


# R-minor 6: errors name commands in backticks.
@pytest.mark.parametrize(
    ("args", "ja", "en"),
    [
        (
            ("contact", "extra"),
            "`contact` のあとに付けられるのはオプションだけです。",
            "'extra' is not accepted: `contact` takes no arguments",
        ),
        (
            ("subscriptions", "kindle"),
            "`subscriptions` のあとに付けられるのはオプションだけです。",
            "`subscriptions` takes no arguments",
        ),
        (
            ("fees", "--plan", "annual"),
            "`--plan` は `fees` では使えません（`renewal` か `complain` の後に指定します）。",
            "`--plan` cannot be used with `fees`; use it after `renewal` or `complain`",
        ),
        (
            ("xyzzy",),
            "使えるコマンド：`contact`、`check-number`、",
            "commands: `contact`, `check-number`, ",
        ),
    ],
)
def test_errors_name_commands_in_backticks(args: tuple[str, ...], ja: str, en: str) -> None:
    for lang, said in (("ja", ja), ("en", en)):
        done = lang_run(*args, lang=lang)
        assert done.exit_code == 2 and len(done.stderr.splitlines()) == 1, done.stderr
        assert said in done.stderr, done.stderr


# R-minor 7: a sentence's end pasted with the number is not echoed in the header.
@pytest.mark.parametrize("typed", ["0120-999-373。", "0120-999-373．", "0120-999-373、"])
def test_check_number_header_drops_trailing_punctuation(typed: str) -> None:
    ja = lang_run("check-number", typed).stdout
    assert "\n0120-999-373（通話料無料の番号）\n" in ja, ja
    assert "。（" not in ja
    en = lang_run("check-number", typed, lang="en").stdout
    assert "\n0120-999-373 (toll-free)\n" in en, en


# R-minor 8: the help does not list e-mail as a route in use today.
@pytest.mark.parametrize("args", [("--help",), ("contact", "--help")])
def test_the_help_does_not_promise_email(args: tuple[str, ...]) -> None:
    said = joined(lang_run(*args).stdout)
    assert "今使えるチャットとコールバックでの問い合わせ方法、メールの扱い、" in said
    assert "チャット・コールバック・メール" not in said
