"""check-message: regressions found by the independent review of issue 14 (one section each)."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.errors import BadInput
from primehelp.message import MessageCheck, MessageContent, check_message
from tests.support.message_corpus import eml


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def kinds(result: MessageCheck) -> set[str]:
    return {flag.kind.value for flag in result.red_flags}


def hosts(result: MessageCheck) -> set[str]:
    return {link.host for link in result.links}


# ---------------------------------------------------------------- scheme-relative links


@pytest.mark.parametrize("href", ["//evil.example.info/x", "\\\\evil.example.info/x"])
def test_a_scheme_relative_html_link_is_checked(href: str, content: MessageContent) -> None:
    html = f'<p><a href="{href}">https://www.amazon.co.jp/</a></p>'
    result = check_message(eml(subject="s", sender="a@amazon.co.jp", html=html), content)
    assert "evil.example.info" in hosts(result)
    assert {"foreign_link", "link_text_mismatch"} <= kinds(result)


def test_two_slashes_that_are_no_link_stay_text(content: MessageContent) -> None:
    result = check_message("a//b と 2026//12 と // コメント", content)
    assert result.links == () and result.red_flags == ()


# ---------------------------------------------------------------- invisible marks inside links

MARKS = [
    *(chr(c) for c in range(0x200B, 0x2010)),
    *(chr(c) for c in range(0x202A, 0x202F)),
    *(chr(c) for c in range(0x2060, 0x2065)),
    "\ufeff",
]


@pytest.mark.parametrize("mark", MARKS, ids=lambda mark: f"U+{ord(mark):04X}")
def test_an_invisible_mark_inside_a_link_is_removed_and_flagged(
    mark: str, content: MessageContent
) -> None:
    result = check_message(f"ログイン：https://amazon.co.jp{mark}.evil.info/x", content)
    assert hosts(result) == {"amazon.co.jp.evil.info"}
    assert {"invisible_characters", "lookalike_domain"} <= kinds(result)
    hidden = next(f for f in result.red_flags if f.kind.value == "invisible_characters")
    assert f"<U+{ord(mark):04X}>" in hidden.evidence
    assert mark not in hidden.evidence  # shown by name: a direction mark would reorder the line


@pytest.mark.parametrize(
    ("text", "host"),
    [
        ("https://ama\u200bzon-secure.info/x", "amazon-secure.info"),
        ("amazon.co.jp.\u2060evil.info/login を開いてください", "amazon.co.jp.evil.info"),
        ("https://www.amazon.co.jp\u200d/gp/css", "www.amazon.co.jp"),  # Amazon's, yet a trick
        ("//amazon\ufeff-pay.info/", "amazon-pay.info"),
    ],
)
def test_a_link_split_by_a_mark_is_read_whole(
    text: str, host: str, content: MessageContent
) -> None:
    result = check_message(text, content)
    assert hosts(result) == {host}
    assert "invisible_characters" in kinds(result)


def test_an_invisible_mark_in_an_html_link_target_is_flagged(content: MessageContent) -> None:
    html = '<p><a href="https://www.amazon.co.jp\u200b.evil.info/">注文を確認</a></p>'
    result = check_message(eml(subject="s", sender="a@amazon.co.jp", html=html), content)
    assert hosts(result) == {"www.amazon.co.jp.evil.info"}
    assert {"invisible_characters", "lookalike_domain"} <= kinds(result)


# ---------------------------------------------------------------- wordings and links it missed
# (what Amazon writes and must raise no flag is in tests/test_message.py, review cases marked)


@pytest.mark.parametrize(
    ("text", "kind", "host"),
    [
        # scheme-relative links
        ("ログインは //amazon-secure.info/login から", "lookalike_domain", "amazon-secure.info"),
        ("//amazon-secure.info/login", "lookalike_domain", "amazon-secure.info"),
        ("詳細：//amazon-secure.info/login", "lookalike_domain", "amazon-secure.info"),
        # asking for a code is still a request (a warning not to share one is not)
        ("確認コードを返信してください。", "asks_for_details", None),
        ("届いた認証コードを教えてください", "asks_for_details", None),
        ("Please reply with the verification code we sent you.", "asks_for_details", None),
        ("セキュリティコードを確認してください", "asks_for_details", None),
        ("確認コードを確認のため入力してください", "asks_for_details", None),
        # buying a gift card and handing over its number
        ("ギフトカードを購入して番号を送ってください", "asks_for_details", None),
        (
            "コンビニでAmazonギフト券を5万円分購入し、裏面のコードを写真で送ってください。",
            "asks_for_details",
            None,
        ),
        ("アマゾンギフトカードを買って、番号を教えてください", "asks_for_details", None),
        ("Buy Amazon gift cards and send us the codes.", "asks_for_details", None),
        # fake "payment failed" wordings without a link
        ("Amazonプライムの自動更新に失敗しました。", "payment_problem", None),
        ("プライム会費のお支払い方法を変更してください", "payment_problem", None),  # 62m, 6
        # (「支払い方法を更新してください」 alone is Amazon's own wording: review 61m, item 2)
        ("Amazon：本日中に支払い方法を更新してください", "scam_subject", None),
        ("プライム会費のお支払いに失敗しました", "payment_problem", None),
    ],
)
def test_what_the_review_found_missed_raises_its_flag(
    text: str, kind: str, host: str | None, content: MessageContent
) -> None:
    result = check_message(text, content)
    assert kind in kinds(result), [(f.kind.value, f.evidence) for f in result.red_flags]
    assert hosts(result) == ({host} if host else set())


# ---------------------------------------------------------------- NUL bytes


@pytest.mark.parametrize(
    "data",
    [
        "Amazonプライムの会員資格は更新されます。\x00詳細：https://amzn.asia/d/7Xk2pQ".encode(),
        "Amazonプライムの会員資格は更新されます。詳細：https://amzn.asia/d/7Xk2pQ\x00\n".encode(),
        "Amazonプライムの会員資格は更新されます。\x00\x00詳細：https://amzn.asia/d/7Xk2pQ".encode(
            "cp932"
        ),
    ],
)
def test_a_stray_nul_in_text_is_removed_not_called_binary(
    data: bytes, content: MessageContent
) -> None:
    result = check_message(data, content)
    assert "\x00" not in result.links[0].target
    assert hosts(result) == {"amzn.asia"}
    assert result.red_flags == ()


def test_a_stray_nul_in_a_mail_is_removed(content: MessageContent) -> None:
    mail = eml(
        subject="ご注文の確認", sender="Amazon.co.jp <a@amazon.co.jp>", body="ok", encoding="8bit"
    )
    mail = mail.replace(b"ok", b"o\x00k https://amzn.asia/d/x")
    result = check_message(mail, content)
    assert result.input_kind.value == "email"
    assert hosts(result) == {"amzn.asia"}


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"Amazon prime " * 40,  # NUL in the first bytes
        b"PK\x03\x04\x14\x00\x06\x00" + b"Amazon prime " * 40,
        "Amazon prime membership renews soon".encode("utf-16-le"),  # UTF-16 without its BOM
        b"Amazon prime \x00" * 40,  # NULs are a notable fraction
    ],
)
def test_nul_bytes_up_front_or_in_numbers_still_mean_binary(
    data: bytes, content: MessageContent
) -> None:
    # a picture or a zip is named as one (review 42a, S 23): refused all the same; any other
    # binary with the wording of review 52a item 24
    with pytest.raises(
        BadInput, match=r"cannot be checked|^this is not text \(it looks like a picture"
    ):
        check_message(data, content)


# ---------------------------------------------------------------- floods are grouped


def _flood() -> str:
    links = " ".join(f"https://amazon.co.jp.evil.info/p{i}" for i in range(300))
    numbers = " ".join(f"050-1234-{i:04d}" for i in range(100))
    requests = "カード番号を入力してください。" * 20
    return f"【Amazon】プライム会費のお支払い方法に問題があります。{links} {requests} {numbers}"


def test_a_flood_of_one_domain_is_one_flag_with_a_count(content: MessageContent) -> None:
    result = check_message(_flood(), content)
    assert len(result.red_flags) <= 6, [(f.kind.value, f.domain) for f in result.red_flags]
    lookalike = [f for f in result.red_flags if f.kind.value == "lookalike_domain"]
    assert len(lookalike) == 1
    flag = lookalike[0]
    # every link is examined, not only the first 200 (review 42a, item 9)
    assert (flag.domain, flag.count) == ("evil.info", 300)
    assert flag.evidence.startswith("https://amazon.co.jp.evil.info/p0")
    assert len(flag.more_evidence) == 4  # evidence shown is capped
    phones = [f for f in result.red_flags if f.kind.value == "phone_number"]
    assert len(phones) == 1 and phones[0].count == 100 and len(phones[0].more_evidence) == 4


def test_flags_of_one_kind_on_two_domains_stay_two(content: MessageContent) -> None:
    text = "https://a.evil.info/x https://b.evil.info/y https://shop.example.cn/z"
    result = check_message(text, content)
    found = [(f.kind.value, f.domain, f.count) for f in result.red_flags]
    assert found == [("foreign_link", "evil.info", 2), ("foreign_link", "example.cn", 1)]


def test_a_scam_wording_in_the_subject_and_the_body_is_one_flag(content: MessageContent) -> None:
    mail = eml(
        subject="Amazonプライム会費のお支払い方法に問題があります",
        sender="Amazon <a@amazon.co.jp>",
        body="Amazonプライム会費のお支払い方法に問題があります。アカウント停止の恐れがあります。",
    )
    result = check_message(mail, content)
    scam = [f for f in result.red_flags if f.kind.value == "scam_subject"]
    assert len(scam) == 1
    assert scam[0].count == 2  # the subject and the same sentence in the body are one
    assert scam[0].evidence == "Amazonプライム会費のお支払い方法に問題があります"


# ---------------------------------------------------------------- wording


def test_failed_sender_checks_are_one_flag_naming_each(content: MessageContent) -> None:
    auth = "spf=softfail smtp.mailfrom=x.cn; dkim=fail; dmarc=fail header.from=amazon.co.jp"
    mail = eml(subject="s", sender="Amazon <a@amazon.co.jp>", body="ok", auth=auth)
    result = check_message(mail, content)
    failed = [f for f in result.red_flags if f.kind.value == "authentication_failed"]
    assert [(f.evidence, f.count, f.more_evidence) for f in failed] == [
        ("spf=softfail, dkim=fail, dmarc=fail", 1, ())
    ]


@pytest.mark.parametrize(
    ("data", "asked"),
    [
        (b"", "指定してください"),
        # a binary file's refusal names every accepted form instead (review 52a item 24)
        (
            b"\x00\x01\x02\x03" * 10,
            "確認できるのは、メッセージの本文、テキストファイル、メール（.eml）",
        ),
        (b"   \n", "指定してください"),
    ],
)
def test_refusals_ask_to_specify_the_message(
    data: bytes, asked: str, content: MessageContent
) -> None:
    with pytest.raises(BadInput) as refused:
        check_message(data, content)
    assert asked in refused.value.message.ja
    assert "渡して" not in refused.value.message.ja


def test_no_text_of_the_check_says_to_hand_a_message_over(content: MessageContent) -> None:
    texts = [note.text.ja for note in content.limits.values()]
    texts += [fact.text.ja for fact in (*content.advice, *content.flags.values())]
    assert texts and not [text for text in texts if "渡し" in text or "渡す" in text]


def test_advice_and_reasons_speak_of_a_message_not_only_of_mail(content: MessageContent) -> None:
    advice = " ".join(fact.text.ja for fact in content.advice)
    assert "届いたメッセージのリンク" in advice
    assert "メールのリンク" not in advice
    for kind in ("scam_subject", "threatens_suspension"):
        assert "詐欺メール" not in next(
            fact.text.ja for key, fact in content.flags.items() if key.value == kind
        )


def test_a_question_mark_inside_a_url_does_not_end_the_sentence(content: MessageContent) -> None:
    url = "https://amazon-co-jp.xyz/login?session=abc&next=pay"
    result = check_message(f"{url} からカード番号を入力してください。緊急！今すぐ確認を", content)
    asks = next(f for f in result.red_flags if f.kind.value == "asks_for_details")
    assert asks.evidence == f"{url} からカード番号を入力してください"


def test_a_partial_scam_wording_is_similar_not_the_same(content: MessageContent) -> None:
    """Review 6, item 17: only a reported subject in full is "the same"; a word of one is
    "similar", and the reason names the words that matched."""
    text = "Amazonより：お支払い方法に問題があります https://amazon.co.jp.secure-login.info/u"
    partial = next(
        f for f in check_message(text, content).red_flags if f.kind.value == "scam_subject"
    )
    assert "に似ています" in partial.reason("ja") and "同じです" not in partial.reason("ja")
    assert "一致した語句：「お支払い方法に問題」" in partial.reason("ja")
    assert "similar to" in partial.reason("en") and "'お支払い方法に問題'" in partial.reason("en")
    full = "【Amazon】プライム会費のお支払い方法に問題があります。ご確認ください。"
    exact = next(
        f for f in check_message(full, content).red_flags if f.kind.value == "scam_subject"
    )
    assert "と同じです" in exact.reason("ja") and "に似ています" not in exact.reason("ja")
    # Review 9a, item 20: a sentence quoted beside it holds only a word: "similar", not "the same".
    mixed = full.replace("ご確認ください", "アカウント停止の恐れがあります")
    both = next(
        f for f in check_message(mixed, content).red_flags if f.kind.value == "scam_subject"
    )
    assert both.count == 2 and "に似ています" in both.reason("ja")


def test_a_check_with_no_signature_is_not_named_as_failed(content: MessageContent) -> None:
    """Review 6, item 19: dkim=none is no signature, neither a failure nor a pass."""
    auth = "spf=fail smtp.mailfrom=x.cn; dkim=none; dmarc=fail header.from=amazon.co.jp"
    mail = eml(subject="s", sender="Amazon <a@amazon.co.jp>", body="ok", auth=auth)
    failed = [
        f for f in check_message(mail, content).red_flags if f.kind.value == "authentication_failed"
    ]
    assert [f.evidence for f in failed] == ["spf=fail, dmarc=fail"]
    assert "（SPF・DMARC）に失敗しています" in failed[0].reason("ja")
    assert "DKIM" not in failed[0].reason("ja") and "DKIM" not in failed[0].reason("en")
    assert "(SPF, DMARC) failed" in failed[0].reason("en")
