"""Reviews 45a and 45b, wording (round 54): each test failed before its fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run
from tests.support.profiles import TRIAL

WIDE = {"COLUMNS": "1000"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_45a_5_a_saved_trial_date_is_an_estimate(lang: str) -> None:
    """45a item 5: `profile` showed a trial's computed date as a fact (「有料会員への自動更新日：…」),
    while `trial` calls it 「（目安）」 (FACTS §2)."""
    done = run("profile", "--lang", lang, env={**TRIAL, **WIDE, "PRIMEHELP_TODAY": "2026-12-06"})
    lines = done.stdout.splitlines()
    if lang == "ja":
        assert lines[1].startswith("有料会員への自動更新日：")  # 「計算による目安」 (59a item 3)
        assert lines[1].endswith("計算による目安）")
        assert "無料体験の開始日から計算した日付です" in lines[2]
    else:
        assert lines[1].startswith("Automatic paid renewal:") and lines[1].endswith("estimate)")
        assert "Computed from the free trial's start date" in lines[2]


def test_45a_5_the_trial_save_line_says_estimate(tmp_path: Path) -> None:
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "PRIMEHELP_TODAY": "2026-12-06", **WIDE}
    done = run("trial", "2026-12-01", "--save", env=env)
    assert "2026年12月31日（有料会員への自動更新日の目安）を更新日として保存しました" in done.stderr


_REPLY_MAIL = (
    "From: Amazon.co.jp <no-reply@amazon.co.jp>\n"
    "Reply-To: amazon-support@gmail.com\n"
    "Subject: test\n"
    "Content-Type: text/plain; charset=UTF-8\n\n"
    "ご本人確認のため、このメールに返信して、カード番号とセキュリティコードをお送りください。"
    "パスワードも併せてお知らせください。\n"
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_45a_8_details_asked_by_reply_are_not_to_be_sent_by_reply(
    tmp_path: Path, lang: str
) -> None:
    """45a item 8: a mail asking for card details by reply (no link) was told only not to enter
    them through the mail's links."""
    mail = tmp_path / "rt.eml"
    mail.write_text(_REPLY_MAIL, encoding="utf-8")
    out = run("check-message", str(mail), "--lang", lang, env=WIDE).stdout
    if lang == "ja":
        assert "届いたメールのリンクからは、カード情報やパスワードを入力しないでください。" in out
        assert "返信や電話でも伝えないでください。" in out
    else:
        assert "and do not give them in a reply or by phone either." in out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_45a_9_personal_details_named_as_asked(lang: str) -> None:
    """45a item 9: a date of birth asked for was said to be 「マイナンバーや生年月日、身分証など」."""
    text = "Amazonです。ご本人確認のため生年月日を返信してください。"
    out = run("check-message", "--text", text, "--lang", lang, env=WIDE).stdout
    if lang == "ja":
        assert "この連絡は個人情報（生年月日）を求めています。" in out
        assert "マイナンバー" not in out and "身分証" not in out
    else:
        assert "It asks for personal details (date of birth)." in out  # in English, not “生年月日”
        assert "My Number" not in out


def test_45a_9_a_word_inside_another_is_named_once() -> None:
    text = "Amazonです。運転免許証とマイナンバーの写真を送ってください。"
    out = run("check-message", "--text", text, env=WIDE).stdout
    assert "個人情報（運転免許証・マイナンバー）" in out


def test_45a_12_scam_wordings_are_commonly_reported_not_most() -> None:
    """45a item 12: English said "reported most"; FACTS (and Japanese) rank nothing."""
    text = "支払い方法を更新してプライムを継続する https://amaz0n-prime.top/"
    out = run("check-message", "--text", text, "--lang", "en", env=WIDE).stdout
    assert "commonly reported in 2025–26" in out
    assert "reported most" not in out


def test_45a_13_english_check_message_and_complain_bullets() -> None:
    """45a item 13: English lists used the Japanese 「・」."""
    text = "Your Prime membership renews on 12/24. https://amzn.asia/d/abc123"
    out = run("check-message", "--text", text, "--lang", "en", env=WIDE).stdout
    assert "・" not in out
    assert "\n- Read as:" in out
    done = run(
        "complain",
        "renewal",
        "--lang",
        "en",
        "--renewal",
        "2026-12-01",
        "--no-benefits-used",
        env={**WIDE, "PRIMEHELP_TODAY": "2026-12-06"},
    )
    english = done.stdout.split("日本語")[0] if "日本語" in done.stdout else done.stdout
    kit = done.stdout[done.stdout.index("Escalation kit") :]
    assert "\n- Sign in to Amazon.co.jp" in kit
    assert not any(line.startswith("・") for line in kit.splitlines())
    assert "- If part of the fee was paid with an Amazon gift card" in english


def test_45a_14_english_subscriptions_says_music_labels_once() -> None:
    """45a item 14: the glossed labels were repeated on a "Look for:" line."""
    out = run("subscriptions", "--lang", "en", env=WIDE).stdout
    music = out[out.index("Amazon Music Unlimited") :]
    music = music[: music.index("\n\n")] if "\n\n" in music else music
    assert "Look for: 「Amazon Musicの設定」" not in out
    assert "「会員資格をキャンセルする」" in music


def test_45a_15_english_fill_in_hint_says_and() -> None:
    out = run("complain", "other", "--lang", "en", env=WIDE).stdout
    # review 61a R3: the lines to delete named (「other」 has ［］ parts and the two lines)
    assert (
        "with your own details, and of the two lines on Prime benefits, delete the one that does "
        "not apply before sending."
    ) in out
    assert "or delete lines" not in out


def test_45a_16_english_fee_notes_are_sentences() -> None:
    out = " ".join(run("fees", "--lang", "en", "--json").stdout.split())
    assert "the start thought to be" not in out
    assert "since when is not confirmed" not in out
    assert "start thought to be the same as the annual plan's" in out  # 13a S 5: never "assumed"
    assert "until 2023-08-23 (start date not confirmed;" in out


@pytest.mark.parametrize(
    ("date", "plan", "said"),
    [
        ("2026-11-30", "monthly", "is 1 month after it:"),
        ("2026-10-30", "monthly", "is 2 months after it:"),
        ("2025-12-20", "annual", "is 1 year after it:"),
        ("2024-11-30", "annual", "is 3 years after it:"),
    ],
)
def test_45b_11_explain_agrees_in_number(date: str, plan: str, said: str) -> None:
    """45b item 11: "1 month(s)", "3 year(s)"."""
    out = run(
        "renewal",
        date,
        "--plan",
        plan,
        "--explain",
        "--lang",
        "en",
        env={**WIDE, "PRIMEHELP_TODAY": "2026-12-06"},
    ).stdout
    assert said in out
    assert "(s)" not in out


@pytest.mark.parametrize(
    ("renewal", "sentence"),
    [
        (
            "2026-12-06",
            # as Amazon's help page says it (review 64b S 1)
            "cancel and choose to end it now: the steps follow. If the fee was charged, no "
            "benefit has been used since, so according to Amazon's help page it is refunded in "
            "full.",
        ),
        (
            "2026-12-05",
            "cancel and choose to end it now: the steps follow. As no benefit has been used "
            "since the charge, the fee is refunded in full.",
        ),
    ],
)
def test_45b_13_english_cancel_refund_in_sentences(renewal: str, sentence: str) -> None:
    """45b item 13: three clauses chained by colons ("…used since: the steps follow")."""
    done = run(
        "cancel",
        "--lang",
        "en",
        "--renewal",
        renewal,
        "--no-benefits-used",
        "--no-interactive",
        env={**WIDE, "PRIMEHELP_TODAY": "2026-12-06"},
    )
    assert sentence in done.stdout


def test_45a_s22_english_profile_capitalises_the_plan(tmp_path: Path) -> None:
    """45a S 22: `profile` said "Plan: monthly plan"; fees, complain and subscriptions say
    "Monthly plan"."""
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "PRIMEHELP_TODAY": "2026-12-06", **WIDE}
    assert run("renewal", "2026-12-20", "--plan", "monthly", "--save", env=env).exit_code == 0
    out = run("profile", "--lang", "en", env=env).stdout
    assert "Plan: Monthly plan" in out
    assert "プラン：月間プラン" in run("profile", "--lang", "ja", env=env).stdout
