"""Review 23a (Japanese screens, share a): complain, check-message, the date errors and the top
level help (helper compl25)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from primehelp.complaint import renewal_passed
from primehelp.plans import Plan
from tests.support.clihelp import WIDE, run

TODAY = {"PRIMEHELP_TODAY": "2026-12-02", **WIDE}


# ---------------------------------------------------------------- 2: a renewal before this period


@pytest.mark.parametrize(
    ("renewal", "plan", "passed"),
    [
        ("2019-05-17", Plan.ANNUAL, "2020-05-17"),
        ("2025-12-01", Plan.ANNUAL, "2026-12-01"),
        ("2025-12-02", Plan.ANNUAL, None),  # its next renewal is today: maybe not charged yet
        ("2026-05-17", Plan.MONTHLY, "2026-06-17"),
        ("2026-10-31", Plan.STUDENT_MONTHLY, "2026-11-30"),  # a month after the 31st
        ("2026-11-02", Plan.MONTHLY, None),
        ("2026-05-17", None, None),  # without a plan: a year
        ("2025-11-17", None, "2026-11-17"),
    ],
)
def test_2_the_renewal_after_the_one_entered_has_passed(
    renewal: str, plan: Plan | None, passed: str | None
) -> None:
    got = renewal_passed(dt.date.fromisoformat(renewal), plan, dt.date(2026, 12, 2))
    assert got == (dt.date.fromisoformat(passed) if passed else None)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "given",
    [
        ("--renewal", "2019-05-17", "--amount", "4900", "--plan", "annual"),
        ("--renewal", "2026-05-17", "--amount", "600", "--plan", "monthly"),
        ("--renewal", "2025-11-17", "--amount", "600"),
    ],
)
def test_2_a_charge_before_this_period_is_not_promised_in_full(
    lang: str, given: tuple[str, ...]
) -> None:
    day = given[1]
    result = run("complain", "renewal", *given, "--no-benefits-used", "--lang", lang, env=TODAY)
    assert result.exit_code == 0, result.stderr
    # the warning, beside the letter since review 49a, item 17 (it was a line on stderr)
    assert result.stderr == "" or "一致しません" in result.stderr or "not a fee" in result.stderr
    shown = f"{int(day[:4])}年{int(day[5:7])}月{int(day[8:])}日" if lang == "ja" else day
    assert shown in result.stdout.split("─")[0]
    box = result.stdout.split(
        "自分で解約して今すぐ終了する場合の返金" if lang == "ja" else "The refund if"
    )[1]
    first = box.splitlines()[1]
    if lang == "ja":
        assert first == (
            f"・入力した更新日（{shown}）の請求は、現在の期間の会費ではありません。"
            "自分で解約して今すぐ終了するときに返金の対象になるのは、現在の期間の会費です。"
            "この請求の返金は、上の問い合わせ文で相談してください。"  # review 59a item 5
        )
    else:
        assert first.startswith(f"- The charge on the renewal date you entered ({day}) is not")
        assert "can refund the current period's fee; ask about a refund of this charge" in first
    data = run("complain", "renewal", *given, "--no-benefits-used", "--json", env=TODAY).json()
    assert "現在の期間の会費ではありません" in data["data"]["refund_note"]


def test_2_with_benefits_used_the_note_says_only_that_it_is_not_this_period() -> None:
    args = ("complain", "refund", "--renewal", "2019-05-17", "--benefits-used", "--lang", "ja")
    result = run(*args, env=TODAY)
    assert (
        "入力した更新日（2019年5月17日）の請求は、現在の期間の会費ではありません。" in result.stdout
    )
    assert "全額返金" not in result.stdout.split("自分で解約して")[1].splitlines()[1]


@pytest.mark.parametrize("renewal", ["2026-05-17", "2026-11-20"])
def test_2_a_renewal_in_this_period_gets_no_note(renewal: str) -> None:
    args = ("complain", "renewal", "--renewal", renewal, "--plan", "annual", "--no-benefits-used")
    result = run(*args, env=TODAY)
    assert result.exit_code == 0 and result.stderr == ""
    assert "現在の期間の会費ではありません" not in result.stdout
    assert run(*args, "--json", env=TODAY).json()["data"]["refund_note"] is None


def test_2_without_a_benefits_flag_the_refund_box_keeps_the_note_as_with_one() -> None:
    result = run("complain", "renewal", "--renewal", "2019-05-17", env=TODAY)
    assert result.exit_code == 0 and result.stderr == ""  # beside the letter (49a, 17)
    assert "1年以上前" in result.stdout.split("─")[0]
    # review 61a S1: both refund cases are shown without a flag, the note first, as with one
    box = result.stdout.split("自分で解約して今すぐ終了する場合の返金")[1]
    assert box.index("・入力した更新日（2019年5月17日）") < box.index("・前回の支払い以降に")


# ---------------------------------------------------------------- 7: a value after --entered-details


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ("--entered-details", "yes", "--text", "hi"),
        ("--text", "hi", "--entered-details", "off"),
        ("--entered-details", "yes"),  # no file of that name
    ],
)
def test_7_a_value_after_entered_details_is_named_as_the_other_commands_name_it(
    lang: str, args: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run("check-message", *args, "--lang", lang)
    assert result.exit_code == 2 and len(result.stderr.splitlines()) == 1, result.stderr
    # the words of `complain refund --copy yes` (an on/off flag without a pair) for that flag
    other = run("complain", "refund", "--copy", "yes", "--lang", lang).stderr
    assert other.replace("--copy", "--entered-details") == result.stderr
    assert "FILE" not in result.stderr


def test_7_a_file_named_yes_is_still_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "yes").write_text("こんにちは", encoding="utf-8")
    result = run("check-message", "--entered-details", "yes", "--lang", "ja")
    assert result.exit_code in (0, 1), result.stderr
    assert "値を取りません" not in result.stderr


def test_7_a_file_before_the_flag_is_still_refused_with_text() -> None:
    result = run("check-message", "yes", "--entered-details", "--text", "hi", "--lang", "ja")
    assert result.exit_code == 2
    assert "ファイルと `--text` は一緒に指定できません" in result.stderr


# ---------------------------------------------------------------- S 12: the top level's options


def _options(help_text: str) -> dict[str, str]:
    """The rows under オプション / Options, one flat text per option."""
    section = help_text.split("オプション：\n" if "オプション：" in help_text else "Options:\n")[1]
    rows: dict[str, str] = {}
    name = ""
    for line in section.split("\n\n")[0].splitlines():
        if line.startswith("  -"):
            name, _, rest = line.strip().partition("  ")
            rows[name] = rest.strip()
        else:
            rows[name] += line.strip() if "オプション" in help_text else " " + line.strip()
    return rows


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("args", [(), ("--help",)], ids=["bare", "help"])
def test_s12_the_top_level_lists_the_options_it_says_go_anywhere(
    lang: str, args: tuple[str, ...]
) -> None:
    env = {"COLUMNS": "80", "PRIMEHELP_LANG": lang}
    top = run(*args, env=env)
    fees = _options(run("fees", "--help", env=env).stdout)
    rows = _options(top.stdout or top.stderr)
    assert list(rows)[:2] == ["--lang ja|en", "--json"]
    assert rows["--lang ja|en"] == fees["--lang ja|en"]
    assert rows["--json"] == fees["--json"]
    assert "--version" in rows


# ---------------------------------------------------------------- S 14: one word for the checks

MESSAGES = Path(__file__).parent / "messages"


@pytest.mark.parametrize("eml", sorted(p.name for p in MESSAGES.glob("*.eml")))
def test_s14_the_sender_checks_are_called_authentication_throughout(eml: str) -> None:
    out = run("check-message", str(MESSAGES / eml), "--lang", "ja", env=WIDE).stdout
    assert "検証" not in out and "送信元の確認" not in out
    assert "送信元の認証" in out or "認証結果：" in out


def test_s14_a_failed_check_reads_authentication_failed() -> None:
    out = run("check-message", str(MESSAGES / "scam-iso-2022-jp.eml"), "--lang", "ja", env=WIDE)
    assert "送信元の認証に失敗\n" in out.stdout  # the sign
    assert "送信元の認証（SPF・DMARC）に失敗しています" in out.stdout
    assert "（認証に失敗）" in out.stdout


# ---------------------------------------------------------------- S 17: no example that was found


@pytest.mark.parametrize(
    ("text", "lang", "said"),
    [
        # one name: only its own trick, no list of examples at all (review 32a, item 1)
        (
            "A m a z o n お客様",
            "ja",
            "「A m a z o n」は、Amazonの文字の間に空白を挟んで似せた名前です。\n",
        ),
        (
            "A m a z o n お客様",
            "en",
            "“A m a z o n” imitates Amazon with spaces between its letters.\n",
        ),
        (
            "Amαzon お客様",
            "ja",
            # its letter named after it (review 33a, S 8), then nothing more
            "「Amαzon」は、Amazonの一部の文字を、見た目がよく似た別の文字に置き換えた名前です。"
            "3文字目の「α」は、英字の「a（エー）」ではなく、よく似た別の文字（ギリシャ文字）です。\n",
        ),
        ("Amαzon お客様、A m a z o n です", "ja", "似せてあります（Amazone など）。詐欺の"),
        ("Amαzon お客様、A m a z o n、Amazone です", "ja", "似せてあります。詐欺の"),
        ("Amαzon お客様、A m a z o n、Amazone です", "en", "imitated with spaces"),
    ],
)
def test_s17_the_look_alike_found_is_not_its_own_example(text: str, lang: str, said: str) -> None:
    out = run("check-message", "--text", text, "--lang", lang, env=WIDE).stdout
    assert said in out


def test_s17_a_sender_name_is_not_its_own_example(tmp_path: Path) -> None:
    mail = tmp_path / "m.eml"
    mail.write_text(
        'From: "Amαzon" <info@example.com>\nSubject: test\n'
        "Content-Type: text/plain; charset=utf-8\n\nhello\n",
        encoding="utf-8",
    )
    out = run("check-message", str(mail), "--lang", "ja", env=WIDE).stdout
    assert (
        "「Amαzon」は、Amazonの一部の文字を、見た目がよく似た別の文字に置き換えた名前です。" in out
    )
    assert "など）" not in out  # no list of examples (review 32a, item 1)
