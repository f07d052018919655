"""Review 5 (issue 12): wording that must say only what the facts say, each shown on the screen
where a member meets it.

One test per finding (the review's item number in the name); the text is read at a width wide
enough that no sentence is broken by wrapping. (Item 1, a fee of another period, is tested with
the other charge examples in test_charge_cli.py.)
"""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}


def _text(*args: str, lang: str = "ja") -> str:
    result = run(*args, "--lang", lang, env=WIDE)
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout


def _fact(fact_id: str, lang: str = "en") -> dict[str, object]:
    result = run("sources", "--json", "--lang", lang)
    assert result.exit_code == 0, result.stderr
    facts = result.json()["data"]["facts"]
    found: dict[str, object] = next(f for f in facts if f["id"] == fact_id)
    return found


@pytest.mark.parametrize("command", ["fees", "sources"])
def test_12_the_mail_about_the_ads_has_no_date_the_facts_do_not_give(command: str) -> None:
    out = _text(command)
    assert "会費は変わらないとAmazonのメールで案内されていました。" in out
    assert "2025年3月" not in out
    english = _text(command, lang="en")
    assert "an Amazon e-mail said the fees stayed the same" in english
    assert "2025-03" not in english


def test_12_no_fee_change_is_as_sure_as_the_facts_say() -> None:
    assert _fact("fees.no_change_since_2023")["confidence"] == "H"


def test_36_the_fees_legend_names_only_the_confidences_in_the_table() -> None:
    # One grade a line under 「確度」 (review 9a, item 12).
    lines = _text("fees").splitlines()
    at = lines.index("確度（情報の確かさ）")  # review 37a, S 7: the legend's heading
    assert lines[at + 1 : at + 3] == [
        "高：複数の独立した情報源が一致（表示する出典は、そのうちの一部の場合があります）",
        "中：信頼できる情報源が一つだけ、または同じ内容の報告が複数",
    ]
    assert not lines[at + 3].startswith(("中〜", "低〜", "低："))
    english = _text("fees", lang="en")
    assert (
        "Confidence (how sure the information is)\nhigh: several independent sources agree (the "
        "sources shown may be only some of them)\nmedium: one good source" in english
    )
    assert "L reported but unconfirmed" not in english


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_26_the_chat_path_is_said_once(lang: str) -> None:
    out = _text("contact", lang=lang)
    assert out.count("「カスタマーサービスへ連絡」") == 1
    assert ("選ぶ項目" if lang == "ja" else "Look for") not in out


def test_26_contact_wording() -> None:
    out = _text("contact")
    assert "おすすめ順" in out and "おすすめの順" not in out
    # review 53a item 21: the button is named once, in the first line, not again in a bullet
    assert "・コールバックを頼むボタンの表示は「電話をリクエスト」です。" not in out
    assert "電話をリクエストするボタン" not in out
    # The facts say only that a call is requested and Amazon calls: not where it is requested.
    assert "アプリまたはウェブサイト" not in out
    assert "「電話をリクエスト」を選ぶと、Amazonから電話がかかってきます" in out  # review 52a, 50
    assert "in the app or on the website" not in _text("contact", lang="en")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_36_complain_says_the_chat_path_once_under_its_own_bullet(lang: str) -> None:
    out = _text("complain", "renewal", lang=lang)
    start = out.split("チャットの始め方" if lang == "ja" else "How to start the chat")[1]
    start = start.split("\n\n")[0]
    assert start.count("「カスタマーサービスへ連絡」") == 1  # in the bullet that starts the chat
    assert ("選ぶ項目" if lang == "ja" else "Look for") not in start


REPORT = (
    "不審な連絡は、サインインして「不審な連絡について報告する」から報告できます。"
    "アカウントがない場合の報告先は reportascam@amazon.com です。"
)


@pytest.mark.parametrize(
    "command",
    [
        ("check-number", "090-1234-5678"),
        (
            "check-message",
            "--text",
            "Amazonです。お支払い方法を更新してください https://amaz0n.top/x",
        ),
    ],
)
def test_18_both_checkers_say_how_to_report_in_the_same_words(command: tuple[str, ...]) -> None:
    out = _text(*command)
    assert REPORT in out
    assert "reportascam@amazon.com に報告" not in out
    english = _text(*command, lang="en")
    assert "Report a suspicious contact: signed in, use 「不審な連絡について報告する」" in english


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_25_the_sender_domains_are_the_list_amazon_gives_and_no_more(lang: str) -> None:
    import tomllib
    from importlib import resources

    data = tomllib.loads(
        resources.files("primehelp.data").joinpath("message.toml").read_text("utf-8")
    )
    text = str(_fact("message.amazon_domains", lang)["text"])
    senders = text.split("。" if lang == "ja" else ". Amazon's sites")[0]
    listed = senders.split("ドメインは、" if lang == "ja" else "its own are ")[1]
    names = [
        n.strip()
        for n in listed.replace(" です", "")
        .replace(" and ", ", ")
        .split("、" if lang == "ja" else ",")
    ]
    assert names == data["domains"]["sender"]
    assert "その下" not in text and "names under them" not in text


@pytest.mark.parametrize(
    ("lang", "verdict"),
    [
        (
            "ja",
            "→ ネット上で「Amazon」の番号として出回っていますが、Amazonが公開している番号ではありません。",
        ),
        ("en", '→ It circulates online as "Amazon", but it is not a number Amazon publishes.'),
    ],
)
def test_29_a_number_in_a_message_gets_one_verdict_in_one_sentence(lang: str, verdict: str) -> None:
    out = _text(
        "check-message", "--text", "Amazonです。0120-899-543 までお電話ください。", lang=lang
    )
    arrows = [line.strip() for line in out.splitlines() if line.strip().startswith("→")]
    assert arrows == [verdict]  # under the flag only; what was read points to it (review 10a)
    defunct = _text("check-message", "--text", "Amazonです。0120-999-373 までお電話ください。")
    assert "→ 以前Amazonが公開していた番号ですが、現在は使われていません。" in defunct


@pytest.mark.parametrize(
    ("lang", "title", "benefits"),
    [
        (
            "ja",
            "プライム以外のAmazonの定額サービス",
            "プライムの特典で、解約すると変わるもの",
        ),
        ("en", "What else Amazon may bill you for", "Prime benefits that change when Prime ends"),
    ],
)
def test_30_a_prime_benefit_is_not_listed_as_a_billed_service(
    lang: str, title: str, benefits: str
) -> None:
    out = _text("subscriptions", lang=lang)
    billed, after = out.split(benefits)
    assert title in billed and "Amazon Photos" not in billed
    photos = after.split("\n\n")[0]
    assert "Amazon Photos" in photos
    for label in ("料金：", "利用条件：", "Price:", "Who can use it:"):
        assert label not in photos  # no question that a benefit cannot answer
    assert "請求はありません" not in billed and "プライムの特典です" not in out
    stop = {"ja": "止め方：「アカウント&リスト」→", "en": "How to stop it: Cancel it under"}
    assert stop[lang] in out  # the label `charge` gives the same fact (not 解約する場所…解約します)
    assert "解約する場所" not in out and "Where it is cancelled" not in out


def test_36_the_profile_names_the_first_paid_renewal_after_a_trial() -> None:
    saved = run("trial", "2026-11-20", "--save", "--lang", "ja", env=WIDE)
    assert saved.exit_code == 0, saved.stderr
    out = _text("profile")
    # 「種類：無料体験」 under the date's label, which names the paid renewal (review 52a item 41)
    assert "有料会員への自動更新日：" in out and "\n種類：無料体験\n" in out  # 59a item 3
    assert "初回更新" not in out


@pytest.mark.parametrize(
    ("typed", "shown"),
    [
        ("+44 20 7946 0000", "+44 20 7946 0000（海外の番号）"),  # not 「+442079460000」
        # typed with its groups (review 20a S11): not echoed as +1 855-370-0151
        ("+1 855 370 0151", "+1 855 370 0151（海外の番号）"),
        ("0120999373", "0120999373（0120-999-373、通話料無料の番号）"),
    ],
)
def test_36_a_number_is_shown_as_typed_and_grouped_only_where_a_grouping_is_known(
    typed: str, shown: str
) -> None:
    assert shown in _text("check-number", typed).splitlines()
