"""Review 28a, the CLI layer and small commands (cli32's share): through the real CLI."""

from __future__ import annotations

import pytest

from tests.cli.test_review59a_num59 import RULE_EN, RULE_JA
from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


# ---------------------------------------------------------------- 28a-2: a word after a flag


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (("contact", "--json", "extra"), "contact"),
        (("fees", "--json", "extra"), "fees"),
        (("--json", "contact", "extra"), "contact"),
        (("profile", "--clear", "extra"), "profile"),
    ],
    ids=str,
)
def test_2_an_extra_word_after_a_flag_is_named_as_extra(
    args: tuple[str, ...], command: str
) -> None:
    ja = run(*args, "--lang", "ja", env=WIDE)
    assert ja.exit_code == 2
    assert "値を取りません" not in ja.stderr, ja.stderr
    assert (
        f"「extra」は指定できません。`{command}` のあとに付けられるのはオプションだけです"
        in ja.stderr
    ), ja.stderr
    en = run(*args, "--lang", "en", env=WIDE)
    assert "takes no value" not in en.stderr, en.stderr
    assert f"'extra' is not accepted: `{command}` takes no arguments" in en.stderr, en.stderr


def test_2_sources_second_topic_after_a_flag_is_a_second_topic() -> None:
    # review 53a item 6: an unknown word is named as one; two topics are named as two
    done = run("sources", "--no-pager", "解約", "返金", "--lang", "ja", env=WIDE)
    assert done.exit_code == 2
    assert "話題は1つだけ指定できます（「解約」と「返金」が指定されています）。" in done.stderr, (
        done.stderr
    )


@pytest.mark.parametrize("args", [("contact", "--json=extra"), ("contact", "--json", "yes")])
def test_2_a_value_given_to_a_flag_still_says_it_takes_none(args: tuple[str, ...]) -> None:
    done = run(*args, "--lang", "ja", env=WIDE)
    assert done.stderr.startswith("primehelp: エラー: `--json` は値を取りません。"), done.stderr


# ---------------------------------------------------------------- 28a-6: Tab on an on/off pair


def _pairs() -> list[tuple[str, str, str]]:
    """``(command, on, off)`` for every on/off pair of every command, found from the app."""
    import typer.main

    from primehelp.cli import app

    group = typer.main.get_command(app)
    return [
        (name, param.opts[0], param.secondary_opts[0])
        for name, command in group.commands.items()  # type: ignore[attr-defined]
        for param in command.params
        if getattr(param, "is_flag", False) and param.secondary_opts
    ]


def _tab(line: str, lang: str) -> dict[str, str]:
    """zsh's candidates for ``line``: option → its description."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("_PRIMEHELP")}
    env |= {"_PRIMEHELP_COMPLETE": "complete_zsh", "_PRIMEHELP_COMPLETE_ARGS": line}
    env |= {"PRIMEHELP_LANG": lang}
    done = subprocess.run(
        [sys.executable, "-m", "primehelp"], capture_output=True, text=True, env=env, check=True
    )
    pairs = (row.split('":"', 1) for row in done.stdout.splitlines() if '":"' in row)
    return {key.rpartition('"')[2]: value.partition('"')[0] for key, value in pairs}


def test_6_the_pairs_are_found() -> None:
    assert ("complain", "--benefits-used", "--no-benefits-used") in _pairs()


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_each_option_of_a_pair_says_which_it_is(lang: str) -> None:
    for command, on, off in _pairs():
        before = ("refund",) if command == "complain" else ()
        said = _tab(" ".join(("primehelp", command, *before, "--")), lang)
        assert said[on] and said[off], (command, said)
        assert said[on] != said[off], (command, on, said[on])
    complain = _tab("primehelp complain refund --", "ja")
    assert complain["--benefits-used"] == "前回の支払い以降にプライムの特典を使った"
    assert complain["--no-benefits-used"] == "前回の支払い以降にプライムの特典を使っていない"


# ---------------------------------------------------------------- 28a-7: the same unknown, one step


def _after_prime_fields(lang: str) -> dict[str, str]:
    """Each service of `subscriptions` → its 「プライムの解約後：」 / "After Prime ends:" field."""
    done = run("subscriptions", "--lang", lang, env=WIDE)
    assert done.exit_code == 0, done.stderr
    label = "プライムの解約後：" if lang == "ja" else "After Prime ends: "
    fields: dict[str, str] = {}
    for block in done.stdout.split("\n\n"):
        rows = block.strip("\n").split("\n")
        field = next((row.strip() for row in rows if row.strip().startswith(label)), None)
        if field is not None:
            fields[rows[0]] = field.removeprefix(label)
    return fields


@pytest.mark.parametrize(
    ("lang", "unknown", "step"),
    [
        # review 50a item 4: check after cancelling Prime; cancel it if not needed
        (
            "ja",
            "確認された情報はありません",
            "で請求が続いていないか確認し、不要なら解約してください）。",  # 60a R4
        ),
        (
            "en",
            "not confirmed",
            "that it is not still billed, and cancel it if you no longer need it)",
        ),
    ],
)
def test_7_every_unconfirmed_service_says_what_to_check(lang: str, unknown: str, step: str) -> None:
    fields = _after_prime_fields(lang)
    unconfirmed = {name: said for name, said in fields.items() if said.startswith(unknown)}
    assert len(unconfirmed) >= 2, fields  # the ad-free option and Kids+
    for name, said in unconfirmed.items():
        assert said.endswith(step), (name, said)
    ad_free = next(said for name, said in unconfirmed.items() if "Prime Video" in name)
    assert ("Prime Videoの設定" if lang == "ja" else "Prime Video settings") in ad_free


# ---------------------------------------------------------------- 28a S 26: 「現在の期間」 whole


def test_s26_the_current_period_is_not_split_on_a_40_column_terminal() -> None:
    from tests.support.clihelp import stdout_on_a_terminal

    args = ("complain", "renewal", "--renewal", "2019-05-17", "--amount", "4900")
    # beside the letter since review 49a, item 17 (it was a line on stderr)
    shown = stdout_on_a_terminal(*args, "--plan", "annual", env={"COLUMNS": "40"})
    assert "現在の期間の会費ではありません" in shown.replace("\n", ""), shown
    assert "現在の\n" not in shown, shown


# ---------------------------------------------------------------- 28a S 18: one name for the history


def test_s18_the_fee_history_has_one_name_on_screen_in_help_and_on_tab() -> None:
    heading = "会費の改定履歴"
    assert f"\n{heading}" in run("fees", "--lang", "ja", env=WIDE).stdout
    assert heading in run("fees", "--help", "--lang", "ja", env=WIDE).stdout
    assert heading in _tab("primehelp f", "ja")["fees"]
    for said in (
        run("fees", "--help", "--lang", "ja", env=WIDE).stdout,
        _tab("primehelp f", "ja")["fees"],
    ):
        assert "改定の履歴" not in said, said


# ---------------------------------------------------------------- 28a S 17: no repeated launch


@pytest.mark.parametrize(
    ("lang", "repeat"), [("ja", "サービス開始時の会費"), ("en", "fee at the launch")]
)
def test_s17_the_launch_fee_row_says_the_launch_once(lang: str, repeat: str) -> None:
    out = run("fees", "--lang", lang, env=WIDE).stdout
    assert repeat not in out, out
    assert (
        "2019年5月16日までの更新時の請求" if lang == "ja" else "bills at renewals until 2019-05-16"
    ) in out


# ---------------------------------------------------------------- 28a S 22: `primehelp 解約`


@pytest.mark.parametrize(
    ("word", "command"),
    [("解約", "cancel"), ("問い合わせ", "contact"), ("料金", "fees"), ("無料体験", "trial")],
)
def test_s22_an_everyday_word_for_a_command_suggests_it(word: str, command: str) -> None:
    ja = run(word, "--lang", "ja", env=WIDE)
    assert ja.exit_code == 2
    assert ja.stderr.startswith(
        f"primehelp: エラー: 「{word}」というコマンドはありません。`{command}` のことですか？"
    ), ja.stderr
    en = run(word, "--lang", "en", env=WIDE)
    assert f"did you mean `{command}`?" in en.stderr, en.stderr


def test_s22_every_suggested_command_exists() -> None:
    from primehelp.cli import COMMANDS
    from primehelp.facts import document

    named = [n.string("command") for n in document("topics").nodes("topics") if n.has("command")]
    assert len(named) >= 5 and set(named) <= set(COMMANDS), named


@pytest.mark.parametrize("word", ["返金", "foo", "188"])
def test_s22_a_word_with_no_command_still_lists_them_all(word: str) -> None:
    done = run(word, "--lang", "ja", env=WIDE)
    assert "のことですか" not in done.stderr and "使えるコマンド：" in done.stderr, done.stderr


# ---------------------------------------------------------------- 28a S 20: a negative amount


@pytest.mark.parametrize("amount", ["-5", "－５", "−5,900"])
def test_s20_a_negative_amount_is_called_negative(amount: str) -> None:
    ja = run("complain", "renewal", f"--amount={amount}", "--lang", "ja", env=WIDE)
    assert ja.exit_code == 2
    assert f"`--amount` の値「{amount}」はマイナスの金額です。1〜1,000,000円の整数で" in ja.stderr
    assert "読み取れません" not in ja.stderr, ja.stderr
    en = run("complain", "renewal", f"--amount={amount}", "--lang", "en", env=WIDE)
    assert "is a negative amount; use a whole number of yen from 1 to" in en.stderr, en.stderr


def test_s20_a_dash_alone_is_still_unreadable() -> None:
    done = run("complain", "renewal", "--amount=-abc", "--lang", "ja", env=WIDE)
    assert "は金額として読み取れません" in done.stderr, done.stderr


# ---------------------------------------------------------------- 28a S 19: complain's date forms


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s19_complain_help_gives_the_date_forms_its_error_gives(lang: str) -> None:
    """The error for --renewal without a value gives three forms (dates.DATE_EXAMPLES): --help
    shows the same three, with complain's own example date."""
    import re

    help_text = " ".join(run("complain", "--help", "--lang", lang, env=WIDE).stdout.split())
    missing = run("complain", "renewal", "--renewal", "--lang", lang, env=WIDE).stderr

    def shapes(text: str) -> set[str]:
        return {re.sub(r"\d+", "9", form) for form in re.findall(r"\d{4}[-/年][\d月日/-]+", text)}

    option = "--renewal 日付" if lang == "ja" else "--renewal DATE"  # review 49a item 1
    line = help_text.split(option, 1)[1].split("--amount", 1)[0]
    assert shapes(line) == shapes(missing) and len(shapes(line)) == 3, (line, missing)


# ---------------------------------------------------------------- 28a S 24: TOPIC values on Tab


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s24_complain_topics_are_offered_with_what_they_mean(lang: str) -> None:
    from primehelp.complaint import Topic

    said = _tab("primehelp complain ", lang)
    assert set(said) == {topic.value for topic in Topic}, said
    assert all(said.values()) and len(set(said.values())) == len(said), said
    if lang == "ja":
        assert said["renewal"] == "自動更新で請求された"
    options = _tab("primehelp complain --", lang)  # an option of the same name keeps its own
    assert options["--renewal"] != said["renewal"], options


# ---------------------------------------------------------------- 28a S 10: only actions to do


@pytest.mark.parametrize(
    ("lang", "rule", "heading"),
    [
        ("ja", RULE_JA, "どうすればよいか"),  # its call-back sentence: review 59a, item 6
        ("en", RULE_EN, "What to do"),
    ],
)
@pytest.mark.parametrize("number", ["0120-999-373", "03-1234-5678"])
def test_s10_what_to_do_lists_only_actions(lang: str, rule: str, heading: str, number: str) -> None:
    out = run("check-number", number, "--lang", lang, env=WIDE).stdout
    before, _, steps = out.partition(f"\n{heading}\n")
    assert steps, out
    assert rule not in steps, steps
    assert f"\n{rule}\n" in before, before


# ---------------------------------------------------------------- 28a S 11: 非通知


@pytest.mark.parametrize("word", ["非通知", "通知不可能", "Anonymous"])
def test_s11_a_withheld_number_says_what_to_do_instead(word: str) -> None:
    ja = run("check-number", word, "--lang", "ja", env=WIDE)
    assert ja.exit_code == 2 and ja.stdout == ""
    assert ja.stderr.count("\n") == 1
    # 「と表示された電話は」 since review 52a, item 37
    assert ja.stderr.startswith(
        f"primehelp: エラー: 「{word}」と表示された電話は番号が分からないため"
    )
    assert "使えない文字" not in ja.stderr and "`primehelp contact`" in ja.stderr
    en = run("check-number", word, "--lang", "en", env=WIDE)
    assert "withheld number cannot be checked" in en.stderr, en.stderr


# ---------------------------------------------------------------- 28a S 12: a # short code's kind
# Since review 56a, item 7, a # code the facts do not name is refused as 117 is (exit 2): it is
# said to be a number primehelp does not know, with the # number it checks; #9110 is named.


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("ja", "「#7119」は、primehelpで確認できる番号ではありません。"),
        ("en", "'#7119' is not a number primehelp can check"),
    ],
)
def test_s12_a_hash_code_says_what_kind_of_number_it_is(lang: str, line: str) -> None:
    done = run("check-number", "#7119", "--lang", lang, env=WIDE)
    assert done.exit_code == 2 and line in done.stderr and "#9110" in done.stderr, done.stderr
