"""Fix round 50, check-message's mail reading (review 43a): ISO-2022-JP with Microsoft's
extensions (item 2) and a From whose name holds an address (item 3)."""

from __future__ import annotations

import base64
from functools import cache
from unicodedata import normalize

import pytest

from primehelp.content.message import load as load_content
from primehelp.errors import BadInput
from primehelp.message import MessageCheck, MessageContent, Verdict, check_message
from primehelp.message_decode import decode_text
from primehelp.message_read import read_message


@cache
def _content() -> MessageContent:
    return load_content()


def _check(data: bytes | str) -> MessageCheck:
    return check_message(data, _content())


def _kinds(result: MessageCheck) -> list[str]:
    return sorted(flag.kind.value for flag in result.red_flags)


# ------------------------------------------------- item 2: ISO-2022-JP as Japanese mailers send it


def _jis(char: str) -> bytes:
    """One cp932 character as ISO-2022-JP-MS writes it: its Shift_JIS bytes back to JIS."""
    lead, trail = char.encode("cp932")
    row = (lead - 0x81 if lead < 0xA0 else lead - 0xC1) * 2
    if trail >= 0x9F:
        row, cell = row + 1, trail - 0x7E
    else:
        cell = trail - 0x1F if trail < 0x80 else trail - 0x20
    return bytes((0x1B, 0x24, 0x42, row + 0x21, cell, 0x1B, 0x28, 0x42))


def _extensions() -> list[str]:
    """Every character of cp932's NEC row 13 (0x8740–0x879C) and NEC-selected IBM extension
    rows (0xED40–0xEEFC): the ones the standard iso2022_jp codecs do not have."""
    found = []
    for lead in (0x87, 0xED, 0xEE):
        for trail in (*range(0x40, 0x7F), *range(0x80, 0xFD)):
            try:
                found.append(bytes((lead, trail)).decode("cp932"))
            except UnicodeDecodeError:
                continue
    return found


EXTENSIONS = _extensions()
CARD = "お客様のお支払い方法に問題があります。\r\nカード番号を返信してください。\r\n"


def test_2_every_microsoft_extension_character_is_read_as_itself() -> None:
    """As itself, or as the JIS X 0208 character cp932 also writes it with (￢ is ¬)."""
    assert len(EXTENSIONS) > 400  # ①…⑳, Ⅰ…Ⅹ, ㈱, ㍉, 纊… and the rest
    unread = []
    for char in EXTENSIONS:
        data = CARD.encode("iso2022_jp") + _jis(char) + "アマゾン\r\n".encode("iso2022_jp")
        text, _ = decode_text(data)
        if normalize("NFKC", text) != normalize("NFKC", f"{CARD}{char}アマゾン\r\n"):
            unread.append(char)
    assert unread == []


def _mail(body: bytes, subtype: str = "plain", charset: str = "ISO-2022-JP") -> bytes:
    head = (
        "From: Amazon <order-update@amazon.co.jp>\r\nSubject: test\r\nMIME-Version: 1.0\r\n"
        f"Content-Type: text/{subtype}; charset={charset}\r\nContent-Transfer-Encoding: 7bit\r\n\r\n"
    )
    return head.encode("ascii") + body


@pytest.mark.parametrize("char", ["①", "②", "㈱", "Ⅰ", "㍉", "纊"])
@pytest.mark.parametrize("subtype", ["plain", "html"])
def test_2_one_extension_character_no_longer_hides_the_signs(char: str, subtype: str) -> None:
    """One ㈱ made the whole part read as its escape bytes: 「危険な兆候は見つかりませんでした」."""
    body = CARD.encode("iso2022_jp") + _jis(char) + "アマゾンジャパン\r\n".encode("iso2022_jp")
    for data in (_mail(body, subtype), _mail(body, subtype, "iso-2022-jp-ms"), body):
        result = _check(data)
        assert result.verdict is Verdict.RED_FLAGS_FOUND, (char, subtype, data[:40])
        assert _kinds(result) == ["asks_for_details", "scam_subject"]
        given = read_message(data).given
        assert "\x1b" not in given and char in given


def test_2_an_extension_character_in_an_encoded_subject_is_read() -> None:
    word = base64.b64encode(_jis("①") + "お支払い方法に問題があります".encode("iso2022_jp"))
    head = f"From: a@example.com\r\nSubject: =?ISO-2022-JP?B?{word.decode()}?=\r\n\r\nx\r\n"
    result = _check(head.encode("ascii"))
    assert result.headers.subject == "①お支払い方法に問題があります"


# Two-byte JIS neither iso2022_jp nor cp932 has (row 15, row 94), and a JIS run cut in half.
BROKEN = (b"\x1b$B/!\x1b(B", b"\x1b$B~~\x1b(B", b"\x1b$B$*5\x1b(B")


@pytest.mark.parametrize("broken", BROKEN)
@pytest.mark.parametrize("subtype", ["plain", "html"])
def test_2_a_body_that_does_not_decode_is_body_not_read(broken: bytes, subtype: str) -> None:
    """Never 「危険な兆候は見つかりませんでした」 over a body read as garbage (EUC-JP's way)."""
    body = "ご注文ありがとうございます。\r\n".encode("iso2022_jp") + broken + b"\r\n"
    assert _check(_mail(body, subtype)).verdict is Verdict.BODY_NOT_READ
    assert read_message(_mail(body, subtype)).unreadable_parts == 1
    with pytest.raises(BadInput):  # the same bytes as a plain file: refused, never guessed
        decode_text(body)


def test_2_a_terminal_escape_in_utf8_text_is_still_utf8() -> None:
    """ESC ( B (a terminal's sgr0) in UTF-8 text is no ISO-2022-JP: read as UTF-8 still."""
    text = "カード番号を返信してください\x1b(B\x1b[m"
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")


# ------------------------------------------------- item 3: a From whose name holds an address


def _encoded(name: str) -> str:
    return f"=?UTF-8?B?{base64.b64encode(name.encode()).decode()}?="


AMAZON = ("order-update@amazon.co.jp", "support@amazon.com", "auto-confirm@mail.amazon.co.jp")
OUTSIDE = ("x@mail-jp.cn", "support@example-cn.com")
FORMS = (
    "{amazon} <{real}>",  # unquoted
    "{amazon}<{real}>",  # adjacent
    '"{amazon}" <{real}>',  # quoted (was read right)
    "Amazon.co.jp <{amazon}> <{real}>",  # two angle addresses
    "{encoded} <{real}>",  # the name encoded: 「Amazon.co.jp <…>」
    "=?UTF-8?B?{encoded_bare}?= <{real}>",  # the bare address encoded
)


def _from_forms() -> list[tuple[str, str, str]]:
    cases = []
    for amazon in AMAZON:
        for real in OUTSIDE:
            for form in FORMS:
                value = form.format(
                    amazon=amazon,
                    real=real,
                    encoded=_encoded(f"Amazon.co.jp <{amazon}>"),
                    encoded_bare=base64.b64encode(amazon.encode()).decode(),
                )
                cases.append((value, amazon, real))
    return cases


@pytest.mark.parametrize(("value", "amazon", "real"), _from_forms())
def test_3_the_address_in_angle_brackets_is_the_sender(value: str, amazon: str, real: str) -> None:
    """The Amazon address in the name was shown as 差出人, the real one nowhere, no sign."""
    result = _check(f"From: {value}\r\nSubject: x\r\n\r\nご確認ください。\r\n")
    assert result.headers.from_address == real
    assert amazon in result.headers.from_name
    found = [f for f in result.red_flags if f.kind.value == "display_name_mismatch"]
    assert len(found) == 1 and result.verdict is Verdict.RED_FLAGS_FOUND
    assert f"（{amazon}）" in found[0].reason.ja and f"アドレスは {real} です" in found[0].reason.ja
    assert f"({amazon})" in found[0].reason.en and f"from {real}." in found[0].reason.en
    assert [n for n in result.could_not_know if n.id == "message.limit.senders"] == []


@pytest.mark.parametrize(
    ("value", "amazon", "real"), [f for f in _from_forms() if "=?" not in f[0]]
)
def test_3_a_forwarded_from_line_is_read_the_same_way(value: str, amazon: str, real: str) -> None:
    """The From line of a mail forwarded inline (a body line: no encoded word) likewise."""
    body = f"---------- Forwarded message ---------\nFrom: {value}\nSubject: x\n\nx\n"
    result = _check("From: Taro <taro@gmail.com>\nSubject: Fwd: x\n\n" + body)
    assert result.headers.forwarded_inline
    assert result.headers.from_address == real and amazon in result.headers.from_name


@pytest.mark.parametrize(
    ("value", "address", "kinds"),
    [
        ("Amazon.co.jp <auto-confirm@amazon.co.jp>", "auto-confirm@amazon.co.jp", []),
        ("order@amazon.co.jp <order@amazon.co.jp>", "order@amazon.co.jp", []),
        ('"Amazon, Inc." <a@amazon.co.jp>', "a@amazon.co.jp", []),
        ("Amazon <a@amazon.co.jp>, b@example.cn", "a@amazon.co.jp", []),  # two senders: a note
        ("Amazon <info@mail-jp.cn>", "info@mail-jp.cn", ["display_name_mismatch"]),
    ],
)
def test_3_other_from_lines_read_as_before(value: str, address: str, kinds: list[str]) -> None:
    result = _check(f"From: {value}\r\nSubject: x\r\n\r\nご確認ください。\r\n")
    assert result.headers.from_address == address
    assert [k for k in _kinds(result) if k.startswith("display_name")] == kinds
    mismatch = [f for f in result.red_flags if f.kind.value == "display_name_mismatch"]
    assert all("名前の部分" not in f.reason.ja for f in mismatch)


MARKERS = (
    "---------- Forwarded message ---------",
    "-------- 転送メッセージ --------",
    "-----Original Message-----",
    "Begin forwarded message:",
)


@pytest.mark.parametrize("marker", MARKERS)
@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_3_an_inline_forward_is_found_in_a_crlf_mail(marker: str, newline: str) -> None:
    """A saved .eml has CRLF line ends (RFC 5322): its inline forward was not recognised, so
    the forwarder, not the forwarded sender, was checked (found while testing item 3)."""
    lines = [
        "From: Taro <taro@gmail.com>",
        "Subject: Fwd: x",
        "",
        marker,
        "From: support@amazon.co.jp <support@example-cn.com>",
        "Subject: x",
        "",
        "x",
    ]
    result = _check(newline.join(lines).encode("utf-8"))
    assert result.headers.forwarded_inline
    assert result.headers.from_address == "support@example-cn.com"
