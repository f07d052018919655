"""Review 22a/22b, the small findings in misc24's share (dates, extra words, subscriptions,
complain, contact): through the real CLI."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import typer.main

from primehelp.cli import app
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


# ---------------------------------------------------------------- 22a S 6: a date without a year

# What else a command needs beside a date option (its arguments, a walkthrough left out).
_BESIDE_OPTION = {
    "charge": ("600",),
    "complain": ("refund",),
    "cancel": ("--no-interactive",),
    "trial": ("2026-11-25",),
    "renewal": ("2026-12-31",),
}


def _date_parameters() -> Iterator[tuple[str, ...]]:
    """``(command, [option])`` for every parameter of every command that takes a date (help
    names it DATE, or trial's START): found from the app, not listed by hand."""
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        for param in command.params:
            if param.metavar in ("DATE", "START"):
                option = () if param.param_type_name == "argument" else (param.opts[0],)
                yield (name, *option)


DATE_PARAMETERS = sorted(set(_date_parameters()))


def test_every_date_parameter_is_found() -> None:
    found = {" ".join(p) for p in DATE_PARAMETERS}
    assert {"charge --date", "complain --renewal", "renewal", "trial", "cancel --renewal"} <= found
    assert {"due --today", "renewal --today"} <= found


def _with_date(parameter: tuple[str, ...], value: str) -> list[str]:
    command, *option = parameter
    if not option:  # the date is the argument
        return [command, value]
    return [command, *_BESIDE_OPTION.get(command, ()), option[0], value]


@pytest.mark.parametrize("parameter", DATE_PARAMETERS, ids=" ".join)
@pytest.mark.parametrize(
    ("typed", "example"),
    [("12/01", "2026-12-01"), ("12月1日", "2026-12-01"), ("Nov 4", "2026-11-04")],
)
def test_s6_a_month_and_day_without_a_year_is_named_as_such(
    parameter: tuple[str, ...], typed: str, example: str
) -> None:
    ja = run(*_with_date(parameter, typed), "--lang", "ja", env=WIDE)
    assert ja.exit_code == 2
    assert ja.stderr.count("\n") == 1, ja.stderr
    assert (
        f"「{typed}」には年がありません。年を付けて指定してください（例：{example}）。" in ja.stderr
    )
    assert "使える形式：" in ja.stderr and "読み取れません" not in ja.stderr
    en = run(*_with_date(parameter, typed), "--lang", "en", env=WIDE)
    assert en.exit_code == 2
    assert f"'{typed}' has no year: add the year (e.g. {example}); accepted forms:" in en.stderr


def test_s6_a_value_that_is_no_month_and_day_is_still_unreadable() -> None:
    for typed in ("13/01", "02/30", "Foo 3"):
        done = run("renewal", typed, "--lang", "ja", env=WIDE)
        assert done.exit_code == 2
        assert f"「{typed}」は日付として読み取れません。" in done.stderr


# ---------------------------------------------------------------- 22a S 12: one set of examples

_DATE_ERRORS = [
    ("renewal", "2026-13-01"),  # not a real date
    ("renewal", "abc"),  # unreadable
    ("renewal", "01/02/2026"),  # ambiguous (「12/31/2026」 gives its own day: review 23a, 6)
    ("renewal", "3000-01-01"),  # year out of range
    ("charge", "600", "--date", "2027-01-01"),  # after today
    ("complain", "refund", "--renewal", "2027-01-01"),  # after today
    ("charge", "600", "--date"),  # no value
    ("cancel", "--no-interactive", "--renewal"),  # no value
    ("renewal", "2026-12-31", "--today"),  # no value
    ("trial",),  # no START
]


@pytest.mark.parametrize("args", _DATE_ERRORS, ids=" ".join)
def test_s12_every_date_error_gives_the_same_examples(args: tuple[str, ...]) -> None:
    import re

    from primehelp.dates import ACCEPTED_DATE_FORMS, DATE_EXAMPLES

    env = {**WIDE, "PRIMEHELP_TODAY": "2026-12-05"}
    for lang in ("ja", "en"):
        done = run(args[0], "--lang", lang, *args[1:], env=env)  # a value may be missing last
        assert done.exit_code == 2
        typed = {*args, "2026-12-05"}  # and today, in 「今日（…）より後」
        examples = set(re.findall(r"\d{4}[-/]\d{1,2}[-/]\d{1,2}", done.stderr)) - typed
        assert examples <= {"2026-11-01", "2026/11/01"}, done.stderr
        forms = getattr(ACCEPTED_DATE_FORMS, lang)
        assert (
            forms in done.stderr
            or "、".join(DATE_EXAMPLES) in done.stderr
            or (", ".join(DATE_EXAMPLES) in done.stderr)
        ), done.stderr


# ---------------------------------------------------------------- 22b S 9: a value after a flag

# Arguments a command needs before an option (so that the word after the flag is extra).
_ARGUMENTS = {
    "renewal": ("2026-12-31",),
    "trial": ("2026-11-25",),
    "complain": ("refund",),
    "completion": ("bash",),
    "remind": ("status",),
    "sources": ("解約",),
}
# Commands whose arguments take any number of words: a word after a flag is one of them.
_ANY_NUMBER = {"check-number", "check-message", "charge"}


def _flags() -> Iterator[tuple[str, str, str | None]]:
    """``(command, flag, its pair)`` for every on/off flag of every command, from the app."""
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        if name in _ANY_NUMBER:
            continue
        for param in command.params:
            if getattr(param, "is_flag", False) and "--json" not in param.opts:
                pair = param.secondary_opts[0] if param.secondary_opts else None
                yield name, param.opts[0], pair
                if pair is not None:
                    yield name, pair, param.opts[0]


FLAGS = sorted(_flags())


def test_s9_the_flags_are_found() -> None:
    assert ("cancel", "--benefits-used", "--no-benefits-used") in FLAGS
    assert ("complain", "--no-benefits-used", "--benefits-used") in FLAGS
    assert ("renewal", "--save", None) in FLAGS


@pytest.mark.parametrize(("command", "flag", "pair"), FLAGS, ids=str)
def test_s9_a_value_after_an_on_off_flag_says_the_flag_takes_none(
    command: str, flag: str, pair: str | None
) -> None:
    args = (command, *_ARGUMENTS.get(command, ()), flag, "yes")
    ja = run(*args, "--lang", "ja", env=WIDE)
    assert ja.exit_code == 2
    assert ja.stderr.count("\n") == 1, ja.stderr
    line = ja.stderr.removeprefix("primehelp: エラー: ")
    assert line.startswith(f"`{flag}` は値を取りません。"), line
    en = run(*args, "--lang", "en", env=WIDE)
    assert en.exit_code == 2
    assert en.stderr.startswith(f"primehelp: error: `{flag}` takes no value: give "), en.stderr
    if pair is None:
        assert f"値を付けずに `{flag}` とだけ指定してください。" in line
        return
    on, off = (flag, pair) if not flag.startswith("--no-") and flag != "--paid" else (pair, flag)
    if {flag, pair} == {"--student", "--regular"}:
        on, off = "--student", "--regular"
    assert f"当てはまる場合は `{on}`、当てはまらない場合は `{off}` を指定してください。" in line
    assert f"give `{on}` if it applies, or `{off}` if it does not" in en.stderr


def test_s9_cancel_benefits_used_yes_as_the_review_saw_it() -> None:
    done = run("cancel", "--benefits-used", "yes", "--lang", "ja", env=WIDE)
    assert done.stderr == (
        "primehelp: エラー: `--benefits-used` は値を取りません。当てはまる場合は `--benefits-used`、"
        "当てはまらない場合は `--no-benefits-used` を指定してください。\n"
    )


def test_s9_a_second_topic_after_a_flag_is_still_a_second_topic() -> None:
    done = run("complain", "refund", "--copy", "renewal", "--lang", "ja", env=WIDE)
    assert "相談の種類は1つだけ指定できます（2つ目に「renewal」" in done.stderr


# ---------------------------------------------------------------- 22a S 4: Kids+ after Prime


def _kids_plus(lang: str) -> str:
    done = run("subscriptions", "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stderr
    return done.stdout.split("Amazon Kids+\n", 1)[1].split("\n\n", 1)[0]


def test_s4_kids_plus_says_where_to_check_without_claiming_it_keeps_billing() -> None:
    ja = _kids_plus("ja")
    field = next(line for line in ja.split("\n") if "プライムの解約後：" in line)
    assert field.strip().startswith("プライムの解約後：確認された情報はありません（")
    assert (
        "（プライムを解約したら、念のため「メンバーシップおよび購読」で請求が続いていないか"
        "確認し、不要なら解約してください）" in field  # review 50a item 4: not 「不要なら、…確認」
    )
    assert "請求が続きます" not in field
    en = _kids_plus("en")
    field_en = next(line for line in en.split("\n") if "After Prime ends:" in line)
    assert "not confirmed (after cancelling Prime, check under" in field_en  # review 50a item 4
    assert "「メンバーシップおよび購読」" in field_en and "keeps billing" not in field_en


def test_26a_s19_kids_plus_says_once_that_it_needs_no_prime() -> None:
    """利用条件 says it; the field after Prime ends said it again (review 26a, S 19)."""
    ja, en = _kids_plus("ja"), _kids_plus("en")
    assert "利用条件：プライム会員でなくても使えます" in ja
    assert ja.count("プライム会員でなくても") == 1, ja
    assert en.count("without Prime") + en.count("does not need Prime") <= 1, en


# ---------------------------------------------------------------- 22a S 9: the benefits line


@pytest.mark.parametrize("flag", ["--benefits-used", "--no-benefits-used"])
def test_s9a_the_benefits_line_is_about_a_past_period(flag: str) -> None:
    done = run("complain", "refund", flag, "--lang", "ja", env=WIDE)
    assert done.exit_code == 0, done.stderr
    line = next(x for x in done.stdout.split("\n") if "プライムの特典" in x)
    assert line.lstrip("・ ").startswith("前回の支払い以降に、プライムの特典")
    used = flag == "--benefits-used"
    assert line.endswith("特典を利用しました。" if used else "特典は利用していません。"), line
    assert "利用しています" not in done.stdout


# ---------------------------------------------------------------- 22a S 11: contact's e-mail line


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_s11_the_e_mail_route_is_not_cut_inside_a_phrase(columns: str) -> None:
    from tests.support.clihelp import word_cut

    done = run("contact", "--lang", "ja", env={"COLUMNS": columns})
    assert done.exit_code == 0, done.stderr
    flat = "".join(line.strip(" │") for line in done.stdout.split("\n"))
    assert "報告によれば、メールでの対応を希望するときは、先にチャットか電話で依頼する" in flat
    assert "対応してもらう" not in flat
    lines = [line.strip(" │") for line in done.stdout.split("\n")]
    for phrase in (
        "メールでの",
        "対応を",
        "希望する",
        "ときは",
        "チャットか",
        "電話で",
        "依頼する",
    ):
        assert not word_cut(lines, phrase), (phrase, done.stdout)


@pytest.mark.parametrize(("command", "flag", "pair"), FLAGS, ids=str)
def test_flag_equals_value_says_the_same_as_flag_space_value(
    command: str, flag: str, pair: str | None
) -> None:
    """Review 23a, item 7: `--entered-details=yes` read 「「--entered-details」に値は付けられません」
    while `--entered-details yes` got the words above: one mistake, one wording."""
    for lang in ("ja", "en"):
        spaced = run(command, *_ARGUMENTS.get(command, ()), flag, "yes", "--lang", lang, env=WIDE)
        joined = run(command, *_ARGUMENTS.get(command, ()), f"{flag}=yes", "--lang", lang, env=WIDE)
        assert joined.exit_code == 2
        assert joined.stderr == spaced.stderr, (joined.stderr, spaced.stderr)
