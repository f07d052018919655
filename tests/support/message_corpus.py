"""A corpus of messages for ``check-message``: scams and genuine-looking Amazon messages.

Built here, not stored: SMS texts, plain-text files in Japanese encodings, and e-mails in
ISO-2022-JP, Shift_JIS and UTF-8 with base64 / quoted-printable, HTML with links whose shown
text says amazon.co.jp while the real target is elsewhere. Scams follow the subjects and
look-alike tricks of FACTS.md §11; genuine messages use Amazon's sender domains, amazon.co.jp
subdomains and its short links (amzn.asia, amzn.to, a.co).
"""

from __future__ import annotations

import base64
import quopri
from dataclasses import dataclass, field
from email.header import Header

CYRILLIC_A = "\u0430"  # а
GREEK_ALPHA = "\u03b1"  # α


@dataclass(frozen=True)
class Sample:
    """One message, whether it is a scam, and flags it must raise (a scam's expected kinds)."""

    name: str
    message: bytes | str
    scam: bool
    kinds: frozenset[str] = field(default_factory=frozenset)


def _encoded_header(value: str, charset: str) -> str:
    return Header(value, charset).encode()


def eml(
    *,
    subject: str,
    sender: str,
    body: str = "",
    html: str | None = None,
    charset: str = "utf-8",
    encoding: str = "base64",
    extra: str = "",
    auth: str | None = None,
    raw_subject: bool = False,
    attachment: bool = False,
) -> bytes:
    """An e-mail as it arrives: headers, then a text part and/or an HTML part."""
    codec = {"iso-2022-jp": "iso2022_jp", "shift_jis": "cp932"}.get(charset, charset)

    def part(content: str, subtype: str) -> bytes:
        data = content.encode(codec)
        if encoding == "base64":
            payload = base64.encodebytes(data)
        elif encoding == "quoted-printable":
            payload = quopri.encodestring(data)
        else:
            payload = data
        head = (
            f"Content-Type: text/{subtype}; charset={charset}\r\n"
            f"Content-Transfer-Encoding: {encoding}\r\n\r\n"
        ).encode()
        return head + payload + b"\r\n"

    if raw_subject:
        subject_line = b"Subject: " + subject.encode(codec)
    else:
        subject_line = f"Subject: {_encoded_header(subject, charset)}".encode()
    name, _, address = sender.rpartition(" <")
    from_line = f"From: {_encoded_header(name, charset)} <{address}" if name else f"From: {sender}"
    headers = [
        "Return-Path: <bounces-jp@bounces.amazon.co.jp>" if "Return-Path" not in extra else "",
        "Received: from a27-10.smtp-out.example.net (a27-10.smtp-out.example.net [54.240.27.10])",
        *([f"Authentication-Results: mx.example.jp; {auth}"] if auth else []),
        from_line,
        "To: member@example.jp",
        "Date: Wed, 02 Dec 2026 09:15:00 +0900",
        "Message-ID: <0100018c-sample@email.amazon.co.jp>",
        "MIME-Version: 1.0",
        *[line for line in extra.splitlines() if line],
    ]
    top = b"\r\n".join(h.encode() for h in headers if h) + b"\r\n" + subject_line + b"\r\n"
    parts = []
    if body:
        parts.append(part(body, "plain"))
    if html is not None:
        parts.append(part(html, "html"))
    if attachment:
        parts.append(
            b"Content-Type: image/png\r\nContent-Disposition: attachment; filename=a.png\r\n"
            b"Content-Transfer-Encoding: base64\r\n\r\n"
            + base64.encodebytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
        )
    if len(parts) == 1:
        return top + parts[0]
    kind = "mixed" if attachment else "alternative"
    boundary = b"==primehelp-boundary=="
    out = top + f'Content-Type: multipart/{kind}; boundary="'.encode() + boundary + b'"\r\n\r\n'
    for piece in parts:
        out += b"--" + boundary + b"\r\n" + piece
    return out + b"--" + boundary + b"--\r\n"


def _link(href: str, shown: str) -> str:
    return f'<a href="{href}" style="color:#0066c0">{shown}</a>'


def _page(*paragraphs: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>Amazon</title><style>p{{margin:0}}</style></head><body>{body}</body></html>"


PASS = "dkim=pass header.i=@amazon.co.jp; spf=pass smtp.mailfrom=bounces.amazon.co.jp; dmarc=pass header.from=amazon.co.jp"
FAIL = "spf=softfail smtp.mailfrom=mail-amazon.cn; dkim=none; dmarc=fail (p=QUARANTINE) header.from=amazon.co.jp"
FOOTER = "Amazon.co.jpがお客様のパスワードやクレジットカード番号をお尋ねすることはありません。"
PUNY_AMAZON = f"{CYRILLIC_A}mazon.co.jp".encode("idna").decode("ascii")  # xn--…


def _scams() -> list[Sample]:
    s = []

    def add(name: str, message: bytes | str, *kinds: str) -> None:
        s.append(Sample(name, message, True, frozenset(kinds)))

    # ---- SMS and pasted text
    add(
        "sms-prime-fee",
        "【Amazon】プライム会費のお支払い方法に問題があります。https://amazon-prime-jp.top/ から更新してください。",
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "sms-prime-unavailable-bitly",
        "Amazonプライムの使用が一時的にできません。詳細：https://bit.ly/3AbCdEf",
        "scam_subject",
        "shortener",
    )
    add(
        "sms-account-stopped-bare",
        "【Amazon】お客様のアカウントが停止されました。ご確認：amazon-co-jp.shop/login",
        "threatens_suspension",
        "lookalike_domain",
    )
    add(
        "sms-expiry-notice",
        "Amazon Prime 会員の満期通知 https://amazon.co.jp.secure-update.info/",
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "sms-fullwidth",
        "【Ａｍａｚｏｎ】支払い方法を更新してプライムを継続する　ｈｔｔｐｓ：／／ａｍａｚｏｎ－ｊｐ．ｃｎ／",
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "sms-cyrillic-a",
        f"Amazon：ご注文の確認はこちら https://www.{CYRILLIC_A}mazon.co.jp/order",
        "confusable_characters",
        # its look-alike-domain finding is said in that one sign (review 34a, item 4)
    )
    add(
        "sms-greek-alpha-bare",
        f"Am{GREEK_ALPHA}zon.co.jp/verify でサインインしてカード情報を確認してください",
        "confusable_characters",
        "asks_for_details",
    )
    add(
        "sms-punycode",
        f"Amazon：お支払い情報を確認してください https://{PUNY_AMAZON}/pay",
        "punycode",  # its look-alike name said in it: one sign (review 27a, 6)
    )
    add(
        "sms-ip",
        "http://203.0.113.7/amazon/login プライム会費の決済に失敗しました。お支払い方法を更新してください",
        "ip_address",
    )
    add(
        "sms-userinfo-ip",
        "Amazon：https://www.amazon.co.jp@198.51.100.4/signin で本人確認をお願いします",
        "ip_address",
    )
    add(
        "sms-amazonaws",
        "Amazonアカウントの確認が必要です https://amazon-jp-secure.s3.ap-northeast-1.amazonaws.com/index.html",
        "hosting_service",  # only: amazonaws.com is no name made to look like Amazon's (26a, 12)
    )
    add(
        "sms-tinyurl",
        "Amazon：不正な購入を検知しました。 tinyurl.com/amz-jp-check",
        "scam_subject",
        "shortener",
    )
    add(
        "sms-scheme-relative",
        "【Amazon】ご本人確認のため //amazon-verify-jp.info/login にアクセスしてください。",
        "lookalike_domain",
    )
    add(
        "sms-zero-width-in-host",
        "【Amazon】お支払い情報の確認：https://www.amazon.co.jp\u200b.account-check.info/pay",
        "invisible_characters",
        "lookalike_domain",
    )
    add(
        "sms-gift-card-purchase",
        "Amazonサポートです。未納料金の確認のため、ギフトカードを購入して番号を送ってください。",
        "asks_for_details",
    )
    add(
        "sms-auto-renewal-failed-no-link",
        "【Amazon】プライムの自動更新に失敗しました。お支払い方法を変更してください。",
        "payment_problem",
    )
    add(
        "sms-phone-050",
        "Amazonカスタマーセンターです。未払い料金があります。至急 050-1234-5678 までお電話ください",
        "phone_number",
    )
    add(
        "sms-phone-circulating",
        "Amazon Prime: ¥5,900 will be charged today. Call +1 855 370 0151 to cancel.",
        "phone_number",
    )
    add("sms-phone-defunct", "Amazonサポート 0120-999-373 へ至急ご連絡ください", "phone_number")
    add(
        "sms-gift-card",
        "Amazonです。ご請求の確認のため、ギフトカードの番号を返信してください。",
        "asks_for_details",
    )
    add(
        "sms-password",
        "Amazonセキュリティ：パスワードを以下のリンクから入力してください https://amazon.jp-signin.xyz/",
        "asks_for_details",
        "lookalike_domain",
    )
    add(
        "sms-english",
        "Amazon: Your account has been suspended. Verify your card details at http://amzn-secure.com/verify",
        "threatens_suspension",
        "asks_for_details",
        "lookalike_domain",
    )
    add(
        "sms-renewal-no",
        "Primeの定期更新についてのお知らせNo.20261202 https://amazonprime-renew.net/",
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "sms-amzn-asia-lookalike",
        "【Amazon】プライムの使用が一時的にできません。 https://amzn.asia.evil.top/",
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "sms-threat-genuine-shortlink",
        "お客様のAmazonアカウントは24時間以内に停止されます。 https://amzn.asia/d/xyz",
        "threatens_suspension",
    )
    add(
        "sms-all-cyrillic",
        "Amazon: https://\u0430m\u0430z\u043en.com/ でお支払い方法を更新",
        "confusable_characters",
        # its look-alike-domain finding is said in that one sign (review 34a, item 4)
    )
    add(
        "sms-security-code",
        "Amazon: 本人確認のため、カード番号とセキュリティコードをこちらに入力してください https://secure-check.top/a",
        "asks_for_details",
        "foreign_link",
    )
    add(
        "sms-plain-foreign",
        "Amazonプライム：特典の受け取りはこちら https://prime-bonus.example.cn/",
        "foreign_link",
    )
    add(
        "sms-sendgrid",
        "Amazon: 支払い方法を更新してプライムを継続する https://u1234.ct.sendgrid.net/ls/click?upn=abc",
        "scam_subject",
        "hosting_service",
    )
    add(
        "sms-unusual-activity",
        "Amazon: unusual activity on your account. Log in at www.amazon-account-check.com to confirm your password.",
        "scam_subject",
        "asks_for_details",
        "lookalike_domain",
    )
    add(
        "text-shift-jis",
        "【Amazon】アカウントがロックされました。https://amazon-lock.cc/ からログインしてください".encode(
            "cp932"
        ),
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "text-iso-2022-jp",
        "Amazonプライム会費のお支払い方法に問題があります https://amazon-pay-jp.top/".encode(
            "iso2022_jp"
        ),
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "text-utf8-bom",
        "\ufeffAmazon: 不正ログインを検知しました http://amazon.co.jp.account-verify.info/".encode(),
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "sms-amazone",
        "Amazone：お支払い方法に問題があります。https://amazone-pay.com/",
        "lookalike_domain",
    )

    # ---- e-mail
    add(
        "mail-iso2022-spoofed-from",
        eml(
            subject="Amazonプライム会費のお支払い方法に問題があります",
            sender="Amazon <order-update@amazon.co.jp>",
            body="お客様のお支払い方法に問題があります。\nhttps://amazon-co-jp.cn/account から更新してください。",
            charset="iso-2022-jp",
            encoding="7bit",
            auth=FAIL,
            extra="Return-Path: <bounce@mail-amazon.cn>",
        ),
        "authentication_failed",
        "return_path_outside",
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "mail-shift-jis-display-name",
        eml(
            subject="【Amazon】プライムの使用が一時的にできません",
            sender="Amazon.co.jp <info@amazon-support-center.com>",
            body="プライム特典のご利用が一時的に停止されています。\nhttps://amazon-support-center.com/prime",
            charset="shift_jis",
            encoding="8bit",
        ),
        "display_name_mismatch",
        "scam_subject",
        "lookalike_domain",
    )
    add(
        "mail-html-text-says-amazon",
        eml(
            subject="ご注文の確認",
            sender="Amazon.co.jp <auto-confirm@amazon.co.jp>",
            html=_page(
                "ご注文に問題があります。",
                _link(
                    "https://amaz0n-jp.top/login", "https://www.amazon.co.jp/gp/css/homepage.html"
                ),
            ),
        ),
        "link_text_mismatch",
        "lookalike_domain",
    )
    add(
        "mail-html-qp-ip",
        eml(
            subject="Amazon セキュリティ警告",
            sender="Amazon <account-update@amazon.co.jp>",
            html=_page(
                "アカウントへの不正アクセスがありました。",
                _link("http://45.77.12.34/amazon/", "ログインして確認"),
            ),
            encoding="quoted-printable",
        ),
        "ip_address",
        "scam_subject",
    )
    add(
        "mail-spaced-name",
        eml(
            subject="お支払い方法の確認",
            sender="A m a z o n <no-reply@mail.jp-account.net>",
            body="https://jp-account.net/update",
        ),
        "display_name_lookalike",
    )
    add(
        "mail-greek-name-amazon-address",
        eml(
            subject="プライム会員の満期通知",
            sender=f"Am{GREEK_ALPHA}zon <service@amazon.co.jp>",
            body="会員資格の更新手続きをお願いします。",
        ),
        "display_name_lookalike",
        "scam_subject",
    )
    add(
        "mail-amazone-name",
        eml(
            subject="Your Prime membership",
            sender="Amazone <prime@prime-member-jp.com>",
            body="Update your payment method.",
        ),
        "display_name_lookalike",
    )
    add(
        "mail-reply-to-gmail",
        eml(
            subject="お支払い情報の確認",
            sender="Amazon <account-update@amazon.co.jp>",
            body="ご本人確認のため、カード番号と有効期限をこのメールに返信してお知らせください。",
            extra="Reply-To: amazon.jp.help@gmail.com",
        ),
        "reply_to_outside",
        "asks_for_details",
    )
    add(
        "mail-text-genuine-html-foreign",
        eml(
            subject="Amazon.co.jp：ご請求について",
            sender="Amazon.co.jp <payments-messages@amazon.co.jp>",
            body="詳細は https://www.amazon.co.jp/gp/css/order-history をご確認ください。",
            html=_page(
                "詳細は",
                _link(
                    "https://secure-amazon-payments.shop/billing",
                    "https://www.amazon.co.jp/gp/css/order-history",
                ),
                "をご確認ください。",
            ),
        ),
        "link_text_mismatch",
        "lookalike_domain",
    )
    add(
        "mail-form-action",
        eml(
            subject="Prime会員情報の更新",
            sender="Amazon <prime@amazon.co.jp>",
            html=_page(
                "以下にご入力ください。",
                '<form action="https://collect.example-pay.cn/post"><input name="card"></form>',
            ),
        ),
        "form_target",  # its own sign, not a link (review 51a, item 4)
    )
    add(
        "mail-amazonaws-html",
        eml(
            subject="【重要】アカウントの確認",
            sender="Amazon <noreply@amazon.co.jp>",
            html=_page(
                _link(
                    "https://verify-jp.s3.amazonaws.com/amazon/index.html", "アカウントを確認する"
                )
            ),
        ),
        "hosting_service",
    )
    add(
        "mail-bitly-html",
        eml(
            subject="ご注文のキャンセル",
            sender="Amazon.co.jp <order@amazon.co.jp>",
            html=_page(_link("https://bit.ly/4xYzAb", "注文をキャンセルする")),
        ),
        "shortener",
    )
    add(
        "mail-sendgrid-subject-b64",
        eml(
            subject="【Amazon】プライムの使用が一時的にできません",
            sender="Amazon <prime@amazon.co.jp>",
            html=_page(_link("https://u99.ct.sendgrid.net/ls/click?upn=zzz", "今すぐ更新")),
        ),
        "hosting_service",
        "scam_subject",
    )
    add(
        "mail-auth-fail-only",
        eml(
            subject="Amazon.co.jp ご注文の発送",
            sender="Amazon.co.jp <ship-confirm@amazon.co.jp>",
            body="ご注文の商品を発送しました。",
            auth=FAIL,
        ),
        "authentication_failed",
    )
    add(
        "mail-punycode-html",
        eml(
            subject="Amazonアカウントの確認",
            sender="Amazon <account@amazon.co.jp>",
            html=_page(_link(f"https://{PUNY_AMAZON}/ap/signin", "サインイン")),
        ),
        "punycode",  # one sign (review 27a, 6)
    )
    add(
        "mail-english-unauthorized",
        eml(
            subject="Unauthorized purchase on your Amazon account",
            sender="Amazon Support <support@amazon-billing-help.com>",
            body="We detected an unauthorized purchase. Sign in and confirm your password: https://amazon-billing-help.com/signin",
        ),
        "scam_subject",
        "display_name_mismatch",
        "asks_for_details",
    )
    add(
        "mail-raw-sjis-subject",
        eml(
            subject="【Amazon】アカウント停止のお知らせ",
            sender="Amazon <info@amazon-jp-info.xyz>",
            body="アカウントが停止されます。https://amazon-jp-info.xyz/",
            charset="shift_jis",
            encoding="8bit",
            raw_subject=True,
        ),
        "scam_subject",
        "display_name_mismatch",
    )
    add(
        "mail-mbox-line",
        b"From MAILER-DAEMON Wed Dec  2 09:00:00 2026\r\n"
        + eml(
            subject="Prime会員の満期通知",
            sender="Amazon Prime <prime@amazon.co.jp>",
            body="更新はこちら：https://prime-renewal.top/",
        ),
        "scam_subject",
        "foreign_link",
    )
    add(
        "mail-lookalike-sender-domain",
        eml(
            subject="ご注文ありがとうございます",
            sender="Amazon.co.jp <order@amaz0n.co.jp>",
            body="ご注文の内容は注文履歴でご確認いただけます。",
        ),
        # one sign for one address (review 36a, item 13): the look-alike domain is folded into
        # it (its `also`; tests/test_message_r41_reading.py)
        "display_name_mismatch",
    )
    add(
        "mail-gift-card-scam",
        eml(
            subject="ご請求の件",
            sender="Amazon <billing@amazon.co.jp>",
            body="未払いの料金があります。コンビニでAmazonギフトカードを購入し、ギフトカード番号をこのメールに返信して送ってください。",
            extra="Reply-To: billing-dept@outlook.jp",
        ),
        "asks_for_details",
        "reply_to_outside",
    )
    add(
        "mail-qp-phone",
        eml(
            subject="Amazonプライム自動更新のお知らせ",
            sender="Amazon <prime@amazon.co.jp>",
            body="5,900円が本日請求されます。解約は 03-5757-5252 までお電話ください。",
            encoding="quoted-printable",
        ),
        "phone_number",
    )
    return s


def _genuine() -> list[Sample]:
    g = []

    def add(name: str, message: bytes | str) -> None:
        g.append(Sample(name, message, False))

    add(
        "sms-renewal-amzn-asia",
        "Amazonプライムの会員資格は2026/12/24に更新されます。詳細：https://amzn.asia/d/7Xk2pQ",
    )
    add(
        "sms-otp-ja",
        "123456 は Amazon のワンタイムパスワードです。このコードを誰にも教えないでください。",
    )
    add("sms-otp-en", "123456 is your Amazon OTP. Do not share it with anyone.")
    add(
        "sms-otp-confirmation-code-ja",
        "Amazonの確認コードは123456です。このコードを誰とも共有しないでください。",
    )
    add(
        "sms-otp-verification-code-en",
        "123456 is your Amazon verification code. Do not share this code with anyone.",
    )
    add(
        "sms-delivery",
        "Amazon：ご注文の商品は本日配達予定です。 https://www.amazon.co.jp/progress-tracker/package/ref=ppx_yo_mob?_encoding=UTF8&itemId=abc",
    )
    add("sms-amzn-to", "Amazonタイムセール祭りは明日から。 https://amzn.to/3Qw9ZxY")
    add("sms-a-co", "Your Amazon order has shipped: https://a.co/d/5fGhIj")
    add("sms-2sv", "Amazon：amazon.jp/2SV から2段階認証を設定できます。")
    add(
        "text-utf8",
        "Amazon.co.jpをご利用いただき、ありがとうございます。ご注文の商品を発送しました。".encode(),
    )
    add(
        "text-shift-jis-order",
        "Amazon.co.jpです。ご注文の商品は12月3日にお届け予定です。https://www.amazon.co.jp/gp/css/order-history".encode(
            "cp932"
        ),
    )
    add(
        "text-iso-2022-jp-signup",
        "Amazonプライムのお申し込みありがとうございます。特典は https://www.amazon.co.jp/gp/primecentral でご確認いただけます。".encode(
            "iso2022_jp"
        ),
    )
    add("text-report-address", "不審なメールは reportascam@amazon.com に転送して報告できます。")
    add(
        "mail-order-iso2022",
        eml(
            subject="Amazon.co.jp ご注文の確認",
            sender="Amazon.co.jp <auto-confirm@amazon.co.jp>",
            body=f"ご注文ありがとうございます。\n注文番号：250-1234567-7654321\n注文履歴：https://www.amazon.co.jp/gp/css/order-history\n\n{FOOTER}",
            charset="iso-2022-jp",
            encoding="7bit",
            auth=PASS,
        ),
    )
    add(
        "mail-renewal-reminder",
        eml(
            subject="Amazonプライム会員資格の更新のお知らせ",
            sender="Amazonプライム <prime@amazon.co.jp>",
            body="会員資格は2026年12月24日に自動更新され、600円が請求されます。設定は https://www.amazon.co.jp/gp/primecentral で変更できます。",
            auth=PASS,
        ),
    )
    add(
        "mail-html-b64",
        eml(
            subject="ご注文の商品を発送しました",
            sender="Amazon.co.jp <shipment-tracking@amazon.co.jp>",
            html=_page(
                "ご注文の商品を発送しました。",
                _link(
                    "https://www.amazon.co.jp/gp/your-account/order-history?ref_=pe_ship",
                    "注文履歴",
                ),
                '<img src="https://m.media-amazon.com/images/G/09/logo.png">',
                _link(
                    "https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B",
                    "amazon.co.jp/help",
                ),
            ),
            auth=PASS,
        ),
    )
    add(
        "mail-html-qp-tracking",
        eml(
            subject="Amazon.co.jp タイムセールのお知らせ",
            sender="Amazon.co.jp <store-news@amazon.co.jp>",
            html=_page(
                _link(
                    "https://www.amazon.co.jp/gp/r.html?C=ABC&U=https%3A%2F%2Fwww.amazon.co.jp%2Fdeals",
                    "https://www.amazon.co.jp/deals",
                )
            ),
            encoding="quoted-printable",
            auth=PASS,
        ),
    )
    add(
        "mail-marketplace-sjis",
        eml(
            subject="出品者からのメッセージ",
            sender="ショップ花子 - Amazon マーケットプレイス <abc123@marketplace.amazon.co.jp>",
            body="ご注文ありがとうございます。明日発送いたします。",
            charset="shift_jis",
            encoding="8bit",
        ),
    )
    add(
        "mail-gift-card",
        eml(
            subject="Amazonギフトカードが届きました",
            sender="Amazon.co.jp <gc-orders@gc.email.amazon.co.jp>",
            body="ギフト券番号：ABCD-EFGHIJ-KLMN\nアカウントに登録してご利用ください：https://www.amazon.co.jp/gc/redeem",
            auth=PASS,
        ),
    )
    add(
        "mail-amazon-pay",
        eml(
            subject="Amazon Pay ご利用の確認",
            sender="Amazon Pay <no-reply@payments.amazon.co.jp>",
            body="Amazon Payでのお支払いが完了しました。詳細：https://payments.amazon.co.jp/jr/your-account/orders",
            auth=PASS,
        ),
    )
    add(
        "mail-business",
        eml(
            subject="Amazonビジネス アカウントのご案内",
            sender="Amazonビジネス <no-reply@business.amazon.co.jp>",
            body="Amazonビジネスへのご登録ありがとうございます。https://business.amazon.co.jp/",
        ),
    )
    add(
        "mail-english-shipped",
        eml(
            subject="Your Amazon.co.jp order has shipped",
            sender="Amazon.co.jp <shipment-tracking@amazon.co.jp>",
            body="Your package is on the way. Track it: https://www.amazon.co.jp/gp/your-account/ship-track",
            auth=PASS,
        ),
    )
    add(
        "mail-with-attachment",
        eml(
            subject="領収書",
            sender="Amazon.co.jp <digital-no-reply@amazon.co.jp>",
            body="領収書を添付しました。",
            auth=PASS,
            attachment=True,
        ),
    )
    add(
        "mail-cancel-confirm",
        eml(
            subject="Amazonプライム会員資格の終了",
            sender="Amazon.co.jp <prime@amazon.co.jp>",
            body="プライム会員資格は2026年12月24日に終了します。それまでは特典をご利用いただけます。",
            auth=PASS,
        ),
    )
    add(
        "mail-signin-notice",
        eml(
            subject="Amazonアカウントへのサインイン",
            sender="Amazon.co.jp <account-update@amazon.co.jp>",
            body="お客様のAmazonアカウントへのサインインがありました。心当たりがない場合は、パスワードを変更してください。https://www.amazon.co.jp/a/settings",
            auth=PASS,
        ),
    )
    add(
        "mail-email-amazon-com",
        eml(
            subject="Amazon.com order",
            sender="Amazon.com <auto-confirm@email.amazon.com>",
            body="Thank you for your order. https://www.amazon.com/gp/css/order-history",
            auth=PASS,
            extra="Return-Path: <bounce@email.amazon.com>",
        ),
    )
    return g


SCAMS: tuple[Sample, ...] = tuple(_scams())
GENUINE: tuple[Sample, ...] = tuple(_genuine())
CORPUS: tuple[Sample, ...] = SCAMS + GENUINE
