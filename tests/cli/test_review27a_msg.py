"""Review 27a (Japanese screens, share a): check-message and sources (helper msg30)."""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import Path

import pytest

from tests.support.clihelp import run

MESSAGES = Path(__file__).parent / "messages"


def _out(*args: str, lang: str = "ja", columns: str = "200", code: int | None = None) -> str:
    result = run(*args, "--lang", lang, env={"COLUMNS": columns, "TERM": "dumb"})
    if code is not None:
        assert result.exit_code == code, result.stderr
    return result.stdout


def _kinds(*args: str) -> list[str]:
    out = run("check-message", *args, "--json").stdout
    return [flag["kind"] for flag in json.loads(out)["data"]["red_flags"]]


# ---------------------------------------------------------------- 3: an address as Amazon's

GMAIL = "お問い合わせは amazon-support@gmail.com まで"


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_an_address_naming_amazon_off_its_domains_is_a_sign(lang: str) -> None:
    out = _out("check-message", "--text", GMAIL, lang=lang, code=1)
    assert "危険な兆候は見つかりませんでした" not in out and "No red flags" not in out
    head = "Amazonのドメインではないメールアドレス" if lang == "ja" else "Address not at Amazon's"
    assert head in out
    # …and the sign it is under, as a link's (review 61m, item 7)
    listed = (
        "（Amazon以外のドメイン。兆候1）"
        if lang == "ja"
        else " (not Amazon's domain; see red flag 1)"
    )
    assert f"amazon-support@gmail.com{listed}" in out


def test_3_a_free_mail_address_as_amazons_contact_is_a_sign() -> None:
    assert _kinds("--text", "【Amazon】カスタマーサービス：cs-jp123@yahoo.co.jp") == [
        "address_outside"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "友達のアドレスは taro@gmail.com です",  # no Amazon named
        "報告は reportascam@amazon.com へ",  # Amazon's own
        "Amazonの件で shop@example.co.jp から連絡します",  # no free mail, no Amazon in its name
    ],
)
def test_3_other_addresses_raise_no_such_sign(text: str) -> None:
    assert "address_outside" not in _kinds("--text", text)


def test_3_a_look_alike_address_domain_keeps_its_one_sign() -> None:
    assert _kinds("--text", "お問い合わせは amazon-support@amazon-jp.top まで") == [
        "lookalike_domain"
    ]


# ---------------------------------------------------------------- 4: no placeholder in sources

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_.]*\}")
TOPICS = Path(__file__).parents[2] / "primehelp" / "data" / "topics.toml"


def _topics() -> list[str | None]:
    with TOPICS.open("rb") as file:
        names = [topic["name"]["en"] for topic in tomllib.load(file)["topics"]]
    return [None, *names, "message.flag.hosting_service"]


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("topic", _topics())
def test_4_no_sources_screen_holds_a_placeholder(topic: str | None, lang: str) -> None:
    out = _out("sources", *([topic] if topic else []), lang=lang, code=0)
    assert not PLACEHOLDER.findall(out)


def test_4_the_hosting_sign_names_its_services_alone() -> None:
    out = " ".join(_out("sources", "message.flag.hosting_service").split())
    assert (
        "amazonaws.com（ホスティングサービス）や sendgrid.net（メール配信サービス）などは誰でも使えるサービスで"
        in out
    )


# ---------------------------------------------------------------- 5: 「Amazone」 has a letter added

AMAZONE = "Amazoneカスタマーセンターです。お客様のアカウントを確認してください。"


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "args", [("--text", AMAZONE), (str(MESSAGES / "scam-lookalike-sender.eml"),)], ids=str
)
def test_5_the_look_alike_reason_names_an_added_letter(args: tuple[str, ...], lang: str) -> None:
    out = " ".join(_out("check-message", *args, lang=lang, code=1).split())
    assert ("文字を足して似せた" if lang == "ja" else "a letter added") in out
    assert "空白を挟んだり別の文字を使ったりして" not in out


# ---------------------------------------------------------------- 6: one finding, one sign


def test_6_a_look_alike_sender_is_one_sign() -> None:
    # The mail's Authentication-Results names its envelope sender (smtp.mailfrom) outside Amazon:
    # the Return-Path's sign since review 44a item 9 (round 52), as a Return-Path header there
    # always was. The From line itself stays one sign, its domain said once in it.
    kinds = _kinds(str(MESSAGES / "scam-lookalike-sender.eml"))
    assert kinds == ["display_name_lookalike", "return_path_outside"]
    out = " ".join(_out("check-message", str(MESSAGES / "scam-lookalike-sender.eml")).split())
    assert "見つかった兆候（2件）" in out
    end = out.index("2. Amazon以外の返送先（Return-Path）")
    sender = out[out.index("1. Amazonに似せた差出人名") : end]
    # review 49a, item 13; its domain imitates Amazon's (review 64m, item 3)
    assert (
        sender.count("メールアドレスのドメイン（amazone-support.com）も、Amazonに似せた名前です")
        == 1
    )


def test_6_a_look_alike_name_elsewhere_than_the_sender_keeps_its_sign(tmp_path: Path) -> None:
    mail = (MESSAGES / "scam-lookalike-sender.eml").read_bytes()
    path = tmp_path / "spaced.eml"
    path.write_bytes(mail.replace(b"\n\nAmazone", "\n\nA m a z o n お客様、Amazone".encode(), 1))
    # (and the envelope sender's Return-Path sign, review 44a item 9, round 52)
    assert _kinds(str(path)) == ["display_name_lookalike", "return_path_outside", "name_lookalike"]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_a_punycode_name_is_one_sign_that_says_both(lang: str) -> None:
    url = "https://xn--mazon-3ve.co.jp/"
    assert _kinds("--text", url) == ["punycode"]
    out = " ".join(_out("check-message", "--text", url, lang=lang, code=1).split())
    if lang == "ja":
        # one title for the domain however it is written (review 41a item 10, round 47)
        assert "見つかった兆候（1件） 1. Amazonに似せたドメイン"  # review 62m, item 14 in out
        # both: not Amazon's domain, and the look-alike letter (review 28a, 5: named, not the
        # general sentence about such letters)
        joined = out.replace(" ", "")
        assert "Amazonのドメインではありません。" in joined
        assert "よく似た別の文字（キリル文字）です。見た目をAmazonに似せる手口です。" in joined
    else:
        assert "Red flags (1) 1. Look-alike domain" in out


# ---------------------------------------------------------------- S 14: a stated suspension


@pytest.mark.parametrize(
    ("lang", "said", "old"),
    [
        # no urgency cue in the text: no 「急がせる」 (review 43a, item 10; round 51)
        ("ja", "停止・制限を知らせる文面", "ほのめかす"),
        ("en", "Suspension or restriction notice", "Threaten"),
    ],
)
def test_s14_a_stated_suspension_is_not_called_a_hint(lang: str, said: str, old: str) -> None:
    out = _out("check-message", "--text", "【Amazon】アカウントを停止しました", lang=lang, code=1)
    assert said in out and old not in out


# ---------------------------------------------------------------- S 15: a gift card's number given


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s15_the_steps_begin_with_a_gift_cards_number(lang: str) -> None:
    text = "未納料金をAmazonギフトカードでお支払いください。"
    out = " ".join(_out("check-message", "--text", text, lang=lang, code=1).split())
    # the first step is reporting, naming the gift card's number (review 28a, 3: said once)
    first = (
        (
            "1. 上に書いた方法で、Amazonに早めに報告してください。",  # review 34a, S 13
            "ギフトカードの番号を伝えてしまった場合",
        )
        if lang == "ja"
        else ("1. Report it to Amazon soon, as described above. If you gave a gift card's number",)
    )
    joined = out.replace("。 ", "。")
    assert all(part in joined for part in first)
    assert joined.index(first[-1]) < joined.index("2. ")


def test_s15_the_report_step_is_the_same_without_a_gift_card() -> None:
    # Review 52a, item 6 (newer than this item): one wording of the report step everywhere,
    # its gift-card sentence conditional (「…場合は」), so no longer left out here.
    out = _out("check-message", "--text", "【Amazon】アカウントを停止しました", code=1)
    assert "ギフトカードの番号を伝えてしまった場合は、そのことも伝えてください。" in out


# ---------------------------------------------------------------- S 16: none in the body


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "・本文には、リンク、メールアドレス、電話番号はありませんでした。"),
        ("en", "- No links, e-mail addresses or phone numbers in the body."),  # 45a 13
    ],
)
def test_s16_an_email_says_the_body_held_none(lang: str, said: str) -> None:
    out = _out("check-message", str(MESSAGES / "scam-lookalike-sender.eml"), lang=lang)
    assert said in out.splitlines()
    text = _out("check-message", "--text", "ご注文の商品を発送しました", lang=lang)
    assert said.replace("本文には、", "").replace(" in the body", "") in text.splitlines()


# ---------------------------------------------------------------- S 17: a value not its label again


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s17_a_bare_domain_is_said_once_under_its_sign_and_in_what_was_read(lang: str) -> None:
    text = "【Amazon】お支払い情報を amazon-co-jp.top で更新してください"
    lines = [line.strip() for line in _out("check-message", "--text", text, lang=lang).splitlines()]
    assert "amazon-co-jp.top" not in lines  # only after 「ドメイン：」 and in its read row
    label = "ドメイン：" if lang == "ja" else "Domain: "
    assert f"{label}amazon-co-jp.top" in lines


# ---------------------------------------------------------------- S 18: the heading not said again


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s18_a_look_alike_domain_sign_does_not_repeat_its_heading(lang: str) -> None:
    out = " ".join(_out("check-message", "--text", "https://amazon-co-jp.top/", lang=lang).split())
    assert "Amazonに似せた名前ですが" not in out and "The name imitates" not in out
    assert ("Amazonのドメインではありません（" if lang == "ja" else "not Amazon's domain (") in out
    alone = " ".join(_out("sources", "message.flag.lookalike_domain", lang=lang).split())
    assert ("Amazonに似せた名前ですが" if lang == "ja" else "The name imitates") in alone
