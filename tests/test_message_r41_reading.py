"""Fix round 41, check-message's reading of files, hosts, senders and subjects (review 36a)."""

from __future__ import annotations

from pathlib import Path

import pytest

from primehelp.content.message import load as load_content
from primehelp.errors import BadInput, ExitCode
from primehelp.i18n import Lang
from primehelp.message import Verdict, check_message
from primehelp.message_check import FlagKind
from primehelp.message_read import decode_text
from tests.support.clihelp import run

SENTENCES = (
    "Amazon：カード番号を入力してください",
    "お客様のアカウントは一時的に停止されています。",
    "プライム会費のお支払い方法に問題があります",
    "ｱﾏｿﾞﾝ 半角カナも読みます",
    "注文番号 250-1234567-8901234 のお届け予定日は明日です。",
)
# Python codec → the name shown and given in JSON
ENCODINGS = {"utf-8": "utf-8", "cp932": "shift_jis", "euc_jp": "euc-jp"}


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("codec", sorted(ENCODINGS))
def test_every_japanese_encoding_decodes_to_the_text(codec: str, text: str) -> None:  # item 5
    """EUC-JP was decoded as Shift_JIS (half-width kana and private-use characters)."""
    assert decode_text(text.encode(codec)) == (text, ENCODINGS[codec])


def test_euc_jp_text_is_read_and_flagged(tmp_path: Path) -> None:  # item 5
    path = tmp_path / "euc.txt"
    path.write_bytes(SENTENCES[0].encode("euc_jp"))
    result = run("check-message", str(path), "--json")
    assert result.exit_code == ExitCode.FINDING
    data = result.json()["data"]
    assert data["verdict"] == "red_flags_found"
    assert data["encoding"] == "euc-jp"


def test_an_eml_without_charset_in_euc_jp_is_read() -> None:  # item 5
    head = b"From: Amazon <info@amazon.co.jp>\nSubject: s\nContent-Type: text/plain\n\n"
    result = check_message(head + SENTENCES[0].encode("euc_jp"), load_content())
    assert result.verdict is Verdict.RED_FLAGS_FOUND
    assert FlagKind.ASKS_FOR_DETAILS in {flag.kind for flag in result.red_flags}


def test_text_no_encoding_decodes_cleanly_is_refused() -> None:  # item 5
    # valid cp932 only as private-use characters, invalid UTF-8 and EUC-JP
    for data in (b"Amazon \xf0\x40\xf0\x41\xf0\x42", b"caf\xe9 \xff\xfe\x80 test"):
        with pytest.raises(BadInput) as refused:
            check_message(data, load_content())
        assert "文字コードを判別できません" in refused.value.message.ja
        assert "判定はしていません" in refused.value.message.ja


def test_an_unreadable_body_is_never_no_red_flags(tmp_path: Path) -> None:  # item 5
    path = tmp_path / "bad.eml"
    path.write_bytes(
        b"From: Amazon <info@amazon.co.jp>\nSubject: s\nContent-Type: text/plain\n\n"
        b"abc \xff\xfe\x80\xfd\xfd\n"
    )
    result = run("check-message", str(path), "--json")
    assert result.exit_code == ExitCode.FINDING
    data = result.json()["data"]
    assert data["verdict"] == "body_not_read" and data["red_flags"] == []
    screen = run("check-message", str(path), env={"COLUMNS": "1000", "PRIMEHELP_LANG": "ja"})
    assert "見つかりませんでした" not in screen.stdout.splitlines()[0]
    assert "判定できません" in screen.stdout.splitlines()[0]
    entered = check_message(path.read_bytes(), load_content(), entered_details=True)
    assert entered.verdict is Verdict.BODY_NOT_READ
    assert "判定できません" in entered.verdict_text.ja


# ---------------------------------------------------------------- item 6: scam-subject families

SCAM_WORDINGS = {
    "【Amazon】お支払い方法に問題が発生しました。ご確認ください。": FlagKind.SCAM_SUBJECT,
    "Amazon：お支払いに問題が発生したため、プライムをご利用いただけません": FlagKind.SCAM_SUBJECT,
    "Amazonアカウントに異常なログインがありました。確認はこちら": FlagKind.SCAM_SUBJECT,
    "Amazon：お客様のアカウントへの不審なサインインを検出しました": FlagKind.SCAM_SUBJECT,
    "Amazon: we detected an unusual sign-in to your account": FlagKind.SCAM_SUBJECT,
    "【アマゾン】ご利用料金の未納があります。本日中にご連絡ください。": FlagKind.PAYMENT_PROBLEM,
    "Amazon：至急お支払いください。未払いの料金があります": FlagKind.PAYMENT_PROBLEM,
    "Amazonプライム会員資格の更新手続きが必要です。下記よりログインしてください。": (
        FlagKind.SCAM_SUBJECT
    ),
    "Amazon：会員情報の更新が必要です。サインインしてください": FlagKind.SCAM_SUBJECT,
    "【Amazon】プライム会費を決済できませんでした": FlagKind.PAYMENT_PROBLEM,  # 62m, item 6
}
# Genuine Amazon wordings that hold a part of a family, never the whole: no sign at all.
GENUINE_SENTENCES = (
    "Amazonプライムにご登録いただきありがとうございます。",
    "ご注文の商品を発送しました。お届け予定日は12月3日です。",
    "Amazonプライムの会員資格は2026年12月1日に自動的に更新されます。更新手続きは不要です。",
    "会員情報は、Amazonのアプリからアカウントサービスを開いてご確認いただけます。",
    "新しいデバイスからAmazonアカウントへのサインインがありました。",
    "お支払い方法は、アカウントサービスの「お支払い方法」から変更できます。",
    "お急ぎ便をご利用いただきありがとうございます。本日中にお届けします。",
    "Amazonのアプリにサインインして、注文履歴をご確認ください。",
    "Amazonからのメールを装った不審なメールにご注意ください。",
    "コンビニ払いのお支払い期限は本日中です。",
)


@pytest.mark.parametrize(("text", "kind"), SCAM_WORDINGS.items())
def test_the_scam_families_are_matched_loosely(text: str, kind: FlagKind) -> None:  # item 6
    result = check_message(text, load_content())
    assert result.verdict is Verdict.RED_FLAGS_FOUND
    assert kind in {flag.kind for flag in result.red_flags}


@pytest.mark.parametrize("text", GENUINE_SENTENCES)
def test_genuine_amazon_sentences_stay_clean(text: str) -> None:  # item 6
    assert check_message(text, load_content()).red_flags == ()


def test_genuine_sentences_together_stay_clean() -> None:  # item 6: parts across sentences
    assert check_message("".join(GENUINE_SENTENCES), load_content()).red_flags == ()


def test_a_loose_match_names_the_words_it_found() -> None:  # item 6
    text = "Amazonプライム会員資格の更新手続きが必要です。下記よりログインしてください。"
    (found,) = check_message(text, load_content()).red_flags
    assert (
        "一致した語句：\ue000更新手続き\ue001、\ue000ログインしてください\ue001" in found.reason.ja
    )


# ---------------------------------------------------------------- item 11: 「。」 in a host


@pytest.mark.parametrize("dot", ["。", "｡", "．", "."])
@pytest.mark.parametrize("after", ["/login", "", " 今すぐ", "?id=1"])
def test_an_ideographic_full_stop_in_a_host_is_a_dot(dot: str, after: str) -> None:  # item 11
    host = dot.join(("amazon", "co", "jp", "evil", "com"))
    result = check_message(f"Amazon https://{host}{after}", load_content())
    assert [link.host for link in result.links] == ["amazon.co.jp.evil.com"]
    assert [link.registrable_domain for link in result.links] == ["evil.com"]


@pytest.mark.parametrize(
    "text",
    [
        "詳しくは https://www.amazon.co.jp。Amazon",
        "詳しくは https://www.amazon.co.jp。ご確認ください。",
        "https://www.amazon.co.jp/gp/css。Amazonより",
    ],
)
def test_a_sentence_after_an_amazon_link_stays_out_of_its_host(text: str) -> None:  # item 11
    result = check_message(text, load_content())
    assert [link.host for link in result.links] == ["www.amazon.co.jp"]
    assert result.red_flags == ()


# ---------------------------------------------------------------- item 12: IDN and %2e


def _signs(text: str) -> list[str]:
    done = run("check-message", "--text", text, env={"COLUMNS": "1000", "PRIMEHELP_LANG": "ja"})
    return [line.strip() for line in done.stdout.splitlines()]


@pytest.mark.parametrize(
    "host", ["amazon.co.jp-xn--pck.top", "amazon.co.jp.jp-xn--pck.top", "amazon-xn--pck.top"]
)
def test_a_label_is_idn_only_when_it_starts_with_xn(host: str) -> None:  # item 12
    kinds = {flag.kind for flag in check_message(f"https://{host}/", load_content()).red_flags}
    assert FlagKind.PUNYCODE not in kinds
    assert FlagKind.LOOKALIKE_DOMAIN in kinds


@pytest.mark.parametrize(
    "host", ["amazon.co.jp%2eevil.com", "amazon.co.jp%2Eevil.com", "amazon%2eco%2ejp%2eevil.com"]
)
def test_a_percent_escaped_dot_in_a_host_is_a_dot(host: str) -> None:  # item 12
    result = check_message(f"Amazon https://{host}/", load_content())
    assert [link.registrable_domain for link in result.links] == ["evil.com"]
    said = "このアドレスは amazon.co.jp で始まりますが、実際のドメインは evil.com です。"
    assert said in _signs(f"Amazon https://{host}/")


@pytest.mark.parametrize("start", ["amazon.co.jp", "www.amazon.co.jp", "amazon.com"])
def test_an_idn_that_starts_with_amazons_name_says_so_first(start: str) -> None:  # item 12
    lines = _signs(f"Amazon https://{start}.xn--eckwd4c7c.jp/")
    head = lines.index("1. 国際化ドメイン名")
    assert (
        lines[head + 1]
        == f"このアドレスは {start} で始まりますが、実際のドメインは ドメイン.jp です。"
    )


# ---------------------------------------------------------------- item 13: a From address


@pytest.mark.parametrize(
    "address", ["x@amazon-support.com", "info@amazon.co.jp.evil.info", "order@amaz0n.co.jp"]
)
def test_a_from_address_is_one_sign_with_no_destination(address: str) -> None:  # item 13
    mail = f"From: Amazon <{address}>\nSubject: s\nContent-Type: text/plain\n\nお知らせです。\n"
    result = check_message(mail.encode(), load_content())
    mentioning = [flag for flag in result.red_flags if address in flag.evidence]
    assert len(mentioning) == 1
    (sign,) = mentioning
    assert sign.kind is FlagKind.DISPLAY_NAME_MISMATCH
    assert sign.also == (FlagKind.LOOKALIKE_DOMAIN,)
    from primehelp.output.idn_reason import userinfo_note

    assert userinfo_note(sign, "ja") == ""
    lookalike = FlagKind.LOOKALIKE_DOMAIN
    in_text = check_message(f"連絡先 {address}", load_content()).red_flags
    assert all(userinfo_note(flag, "ja") == "" for flag in in_text if flag.kind is lookalike)


def test_a_link_with_userinfo_still_names_its_destination() -> None:  # item 13
    from primehelp.output.idn_reason import userinfo_note

    (sign, *_) = check_message("https://www.amazon.co.jp@evil-login.xyz/", load_content()).red_flags
    assert "evil-login.xyz" in userinfo_note(sign, "ja")


# ---------------------------------------------------------------- item 14: the HTML quote

_URL = "https://amazon-co-jp.security-check.cn/update"
_HTML = f'<p>カード情報を<a href="{_URL}">こちら</a>から入力してください</p>'


def _alternative(plain: str, html: str) -> bytes:
    return (
        "From: Amazon <no-reply@gmail.com>\nSubject: s\nMIME-Version: 1.0\n"
        'Content-Type: multipart/alternative; boundary="b"\n\n'
        f"--b\nContent-Type: text/plain; charset=utf-8\n\n{plain}\n"
        f"--b\nContent-Type: text/html; charset=utf-8\n\n{html}\n--b--\n"
    ).encode()


@pytest.mark.parametrize(
    "plain",
    [
        f"お客様のアカウントでカード情報の更新が必要です。\n{_URL}",
        f"お客様のアカウントでカード情報の更新が必要です。\n{_URL}\n",
        f"カード情報の更新はこちらから\n{_URL}",
    ],
)
def test_a_quote_never_runs_from_one_part_into_the_next(plain: str) -> None:  # item 14
    result = check_message(_alternative(plain, _HTML), load_content())
    quotes = [q for flag in result.red_flags for q in (flag.evidence, *flag.more_evidence)]
    assert "カード情報をこちらから入力してください" in quotes
    assert not any(_URL in quote and "こちらから入力" in quote for quote in quotes)


def test_a_wrapped_sentence_after_a_link_is_still_quoted_whole() -> None:  # item 14 (32a, 3)
    text = f"24時間以内に {_URL}\nからカード番号を入力してください"
    quotes = [flag.evidence for flag in check_message(text, load_content()).red_flags]
    assert f"24時間以内に {_URL} からカード番号を入力してください" in quotes


# ---------------------------------------------------------------- item 15: title and detail


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_every_json_flag_has_the_title_and_detail_of_the_screen(
    lang: Lang, tmp_path: Path
) -> None:  # item 15: over the whole scam corpus
    from primehelp.output.flag_detail import detailed
    from primehelp.output.flag_refs import shown_flags
    from tests.support.message_corpus import SCAMS

    env = {"COLUMNS": "1000", "PRIMEHELP_LANG": lang}
    for sample in SCAMS:
        data = sample.message if isinstance(sample.message, bytes) else sample.message.encode()
        (tmp_path / "m").write_bytes(data)
        screen = run("check-message", str(tmp_path / "m"), env=env).stdout
        flags = detailed(check_message(data, load_content())).red_flags
        for flag in flags:
            assert flag.title is not None and flag.detail is not None
            # a scam-subject sign merged into another is no sign of its own on screen
            assert flag.title(lang) in screen or flag not in shown_flags(flags), sample.name
            assert flag.detail(lang), (sample.name, flag.kind)


def test_the_json_detail_names_the_letter(tmp_path: Path) -> None:  # item 15
    path = tmp_path / "a.eml"
    path.write_text(
        "From: Amαzon <info@amaz0n-support.com>\nSubject: s\nContent-Type: text/plain;"
        " charset=utf-8\n\nお知らせです。\n",
        encoding="utf-8",
    )
    flags = run("check-message", str(path), "--json").json()["data"]["red_flags"]
    sign = next(flag for flag in flags if flag["kind"] == "display_name_lookalike")
    assert sign["title"] == "Amazonに似せた差出人名"
    assert (
        "3文字目の「α」は、英字の「a（エー）」ではなく、よく似た別の文字（ギリシャ文字）です。"
        in sign["detail"]
    )
    assert "3文字目" not in sign["reason"]
    english = run("check-message", str(path), "--json", "--lang", "en").json()["data"]
    assert all(flag["title"] and flag["detail"] for flag in english["red_flags"])
