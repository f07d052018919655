"""`primehelp complain` through the CLI: human output, JSON, errors and --copy."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from primehelp import clipboard
from primehelp.cli import app
from primehelp.clipboard import CopyOutcome
from primehelp.i18n import Text

TOPICS = ("renewal", "refund", "cancel", "other")
FULL = ["--renewal", "2026-05-17", "--amount", "5,900", "--plan", "annual", "--no-benefits-used"]
RULE = "─" * 20


def run(*args: str):
    return CliRunner().invoke(app, ["complain", *args])


def json_data(*args: str) -> dict:
    result = run(*args, "--json")
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert document["command"] == "complain"
    return document["data"]


def message_blocks(stdout: str) -> list[str]:
    """The texts printed between pairs of rule lines."""
    lines = stdout.split("\n")
    rules = [i for i, line in enumerate(lines) if line.startswith(RULE)]
    assert len(rules) % 2 == 0
    return ["\n".join(lines[a + 1 : b]) for a, b in zip(rules[::2], rules[1::2], strict=True)]


@pytest.mark.parametrize("topic", TOPICS)
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("given", [False, True], ids=["bare", "options"])
def test_every_topic_prints_the_message_and_the_kit(topic: str, lang: str, given: bool) -> None:
    result = run(topic, "--lang", lang, *(FULL if given else []))
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json_data(topic, "--lang", lang, *(FULL if given else []))
    blocks = message_blocks(result.stdout)
    assert blocks[0] == data["message"]
    if lang == "en":
        # English mode also offers the Japanese message, since the member may chat in Japanese.
        assert len(blocks) == 2
        assert blocks[1].startswith("お世話になっております。")
        assert "If you chat in Japanese" in result.stdout
    else:
        assert len(blocks) == 1
    assert ("5,900円" in blocks[-1]) is given
    assert "188" in result.stdout
    assert "https://www.gov-online.go.jp/useful/article/201807/1.html" in result.stdout
    assert "kokusen.go.jp/adr/" in result.stdout
    assert "https://www.amazon.co.jp/gp/help/customer/contact-us" in result.stdout
    assert "「カスタマーサービスへ連絡」" in result.stdout
    hint = "［］の部分" if lang == "ja" else "Replace each part in [ ]"
    assert (hint in result.stdout) is bool(data["placeholders"])


def test_message_block_is_not_wrapped_on_a_narrow_terminal(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("COLUMNS", "40")
    result = run("renewal", *FULL)
    assert result.exit_code == 0
    block = message_blocks(result.stdout)[0]
    assert block == json_data("renewal", *FULL)["message"]
    assert max(len(line) for line in block.split("\n")) > 40


def test_json_keys_and_kit() -> None:
    data = json_data("renewal", "--lang", "en")
    assert list(data) == [
        "topic",
        "title",
        "message",
        "placeholders",
        "kit",
        "refund",
        "refund_note",
        "renewal",
        "amount_yen",
        "plan",
        "renewal_entered",  # review 32a, S 16 (additive)
        "amount_yen_entered",
        "warnings",
        "facts_checked",
        "facts_stale",
    ]
    assert data["topic"] == "renewal"
    assert data["placeholders"] == ["plan", "renewal_date", "amount", "benefits_used"]
    kit = data["kit"]
    assert list(kit) == [
        "chat_path_ja",
        "chat_path_steps",
        "contact_page_url",
        "start_chat",
        "keep",
        "hotline_number",
        "escalation",
        "law",
    ]
    assert kit["hotline_number"] == "188"
    hotline = kit["escalation"][0]
    assert hotline["name"].startswith("Consumer Hotline 188")
    assert hotline["fact"]["id"] == "escalation.hotline_188"
    assert "https://www.gov-online.go.jp/useful/article/201807/1.html" in hotline["fact"]["sources"]
    assert hotline["fact"]["checked"] == "2026-12-02"
    assert [f["id"] for f in kit["law"]] == [
        "escalation.law.final_screen",
        "escalation.law.rescission",
    ]
    assert all(f["sources"] for f in kit["start_chat"] + kit["keep"] + kit["law"])


def test_json_with_every_option_has_no_placeholders() -> None:
    data = json_data("refund", *FULL)
    assert data["placeholders"] == []
    assert "2026年5月17日" in data["message"]
    assert "copied" not in data


@pytest.mark.parametrize(
    "amount", ["5900", "5,900", "¥5,900", "5900円", "５９００", "￥５，９００"]
)
def test_amount_forms_through_the_cli(amount: str) -> None:
    data = json_data("refund", "--amount", amount, "--lang", "en")
    assert "Amount charged: ¥5,900\n" in data["message"]
    assert "amount" not in data["placeholders"]


def test_benefits_flags_change_the_message() -> None:
    used = json_data("cancel", "--benefits-used")["message"]
    unused = json_data("cancel", "--no-benefits-used")["message"]
    assert "特典を利用しました" in used
    assert "特典は利用していません" in unused


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ja",
            "primehelp: エラー: `--benefits-used` と `--no-benefits-used` は一緒に指定できません。"
            "どちらか一方を指定してください。",
        ),
        (
            "en",
            "primehelp: error: use one of `--benefits-used` or `--no-benefits-used`, not both",
        ),
    ],
)
@pytest.mark.parametrize(
    "order", [("--benefits-used", "--no-benefits-used"), ("--no-benefits-used", "--benefits-used")]
)
def test_benefits_used_and_not_used_together_are_refused(
    lang: str, expected: str, order: tuple[str, str]
) -> None:
    """Review 13a, S 15: the last flag won silently, and the letter said whichever it was;
    refused as cancel refuses them, with its words."""
    from tests.support.clihelp import run as run_cli

    result = run_cli("complain", "renewal", *order, env={"PRIMEHELP_LANG": lang})
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [expected]
    cancel = run_cli("cancel", "--no-interactive", *order, env={"PRIMEHELP_LANG": lang})
    assert cancel.stderr.splitlines() == [expected]  # the same words as cancel's


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["refunds"], "renewal"),
        (["REFUND?"], "other"),
        (["renewal", "--amount", "-5900"], "--amount"),
        (["renewal", "--amount", "0"], "--amount"),
        (["renewal", "--amount", "5900.5"], "--amount"),
        (["renewal", "--amount", "2,000,000"], "--amount"),
        (["renewal", "--amount", "five"], "--amount"),
        (["renewal", "--plan", "yearly"], "--plan"),
        (["renewal", "--renewal", "12/31/2026"], "--renewal"),
        (["renewal", "--renewal", "2026-02-30"], "--renewal"),
        ([], "TOPIC"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_bad_input_is_one_line_exit_2(args: list[str], needle: str, lang: str) -> None:
    if lang == "ja" and needle == "TOPIC":  # named in Japanese words, no 「（TOPIC）」 (49a, 19)
        needle = "相談の種類を指定してください"
    result = run(*args, "--lang", lang)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert needle in result.stderr
    assert "Traceback" not in result.stderr
    as_json = run(*args, "--lang", lang, "--json")
    assert as_json.exit_code == 2
    error = json.loads(as_json.stdout)["error"]
    assert error["code"] == "bad_input"
    assert needle in error["message"]


def test_unknown_topic_names_the_accepted_topics_in_english() -> None:
    result = run("complaint", "--lang", "en")
    assert result.stderr == (
        "primehelp: error: TOPIC 'complaint' is not one of the accepted values: "
        "renewal (charged by a renewal you did not intend), refund, "
        "cancel (could not cancel / the cancellation did not go through), other; in Japanese also 更新, 返金, 解約, その他\n"
    )


# ---------------------------------------------------------------- --copy


@pytest.fixture
def copied(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []

    def fake(text: str) -> CopyOutcome:
        texts.append(text)
        return CopyOutcome(copied=True, tool="xclip")

    monkeypatch.setattr(clipboard, "copy", fake)
    return texts


def test_copy_puts_the_message_on_the_clipboard(copied: list[str]) -> None:
    result = run("renewal", "--copy", *FULL)
    assert result.exit_code == 0
    assert copied == [message_blocks(result.stdout)[0]]
    assert result.stderr == "primehelp: 問い合わせ文をクリップボードにコピーしました（xclip）。\n"


def test_copy_in_english_copies_the_english_message(copied: list[str]) -> None:
    result = run("other", "--copy", "--lang", "en")
    assert copied[0].startswith("Hello,")
    assert "Copied the message to the clipboard (xclip)." in result.stderr


def test_copy_with_json_reports_copied(copied: list[str]) -> None:
    result = run("refund", "--copy", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)["data"]
    assert data["copied"] is True
    assert copied == [data["message"]]
    assert "クリップボードにコピーしました" in result.stderr


def test_copy_without_a_clipboard_tool(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        clipboard, "copy", lambda text: clipboard.system_copy(text, which=lambda _: None)
    )
    result = run("cancel", "--copy", "--lang", "en")
    assert result.exit_code == 0
    assert message_blocks(result.stdout)[0].startswith("Hello,")
    # A warning as every other one on stderr (small fixes, item 3: no 「警告」 before)
    assert result.stderr.startswith("primehelp: warning: no clipboard tool found (wl-copy, xclip")
    assert result.stderr.endswith("; select the message above and copy it yourself.\n")
    as_json = run("cancel", "--copy", "--json")
    assert as_json.exit_code == 0
    assert json.loads(as_json.stdout)["data"]["copied"] is False
    assert as_json.stderr.startswith("primehelp: 警告: クリップボードを使うコマンド（wl-copy, ")
    assert "見つからないため、コピーしていません" in as_json.stderr
    ja = run("cancel", "--copy")
    assert ja.stderr.startswith("primehelp: 警告: クリップボードを使うコマンド（")
    assert ja.stderr.endswith("上に表示した問い合わせ文を選択してコピーしてください。\n")


def test_copy_failure_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        clipboard,
        "copy",
        lambda _text: CopyOutcome(
            copied=False,
            tool="xclip",
            problem=Text("xclip でのコピーに失敗しました", "xclip: exit status 1"),
        ),
    )
    result = run("renewal", "--copy", "--lang", "en")
    assert result.exit_code == 0
    assert "primehelp: warning: could not copy the message to the clipboard; " in result.stderr
    assert "(xclip: exit status 1)." in result.stderr  # last (review 49a, S 23)
    ja = run("renewal", "--copy", "--lang", "ja")
    assert "primehelp: 警告: 問い合わせ文をクリップボードにコピーできませんでした。" in ja.stderr
    assert "選択してコピーしてください。\n" in ja.stderr  # no helper program (review 59a S 17)
    assert "exit status" not in ja.stderr and "xclip" not in ja.stderr


# ---------------------------------------------------------------- the real process


def real_process(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "primehelp", "complain", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        check=False,
    )


def test_real_process_prints_japanese_and_fails_cleanly() -> None:
    ok = real_process("refund", "--amount", "５９００円")
    assert ok.returncode == 0, ok.stderr
    assert "・請求金額：5,900円" in ok.stdout
    bad = real_process("refund", "--amount", "¥5,900.50")
    assert bad.returncode == 2
    assert bad.stdout == ""
    assert bad.stderr.count("\n") == 1
    assert "Traceback" not in bad.stderr


# Review 26a, item 13: a renewal before Prime started in Japan (charges.toml [launch]: 2007) was
# taken, and a 2007 renewal computed from it; refused in `charge`'s words for such a date.
@pytest.mark.parametrize("topic", ["renewal", "refund"])
def test_a_renewal_before_prime_started_is_refused(topic: str) -> None:
    from primehelp.facts import document

    launch = document("charges").node("launch").integer("year")
    before = f"{launch - 1}-12-31"
    ja = run(topic, "--renewal", before, "--lang", "ja")
    en = run(topic, "--renewal", before, "--lang", "en")
    assert (ja.exit_code, ja.stdout, en.exit_code, en.stdout) == (2, "", 2, "")
    assert ja.stderr.count("\n") == en.stderr.count("\n") == 1
    assert ja.stderr.startswith(
        f"primehelp: エラー: `--renewal` の値「{before}」は、日本でAmazonプライムが始まった"
        f"{launch}年より前です。"
    )
    assert "使える形式：" in ja.stderr
    assert en.stderr.startswith(
        f"primehelp: error: `--renewal` '{before}' is before Amazon Prime started in Japan ({launch})"
    )
    assert run(topic, "--renewal", f"{launch}-01-01", "--lang", "en").exit_code == 0
