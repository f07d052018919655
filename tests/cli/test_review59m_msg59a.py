"""Fix round 59m (msg59a), check-message: review 59m items 1, 2, 3, 9, 10, 12, 13, 14."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tests.support.clihelp import joined as _flat
from tests.support.clihelp import lang_run


def _result(*args: str, lang: str = "ja", columns: int = 80) -> tuple[str, int]:
    done = lang_run("check-message", *args, lang=lang, columns=columns)
    return done.stdout, done.exit_code


def _json(*args: str, lang: str = "ja") -> dict[str, object]:
    data = json.loads(_result("--json", *args, lang=lang)[0])["data"]
    assert isinstance(data, dict)
    return data


def _kinds(*args: str) -> list[str]:
    flags = _json(*args)["red_flags"]
    assert isinstance(flags, list)
    return [flag["kind"] for flag in flags]


# ------------------------- item 1: the reported renewal subject written with 「プライム」 in katakana


@pytest.mark.parametrize(
    "text",
    [
        "Amazonプライムの定期更新についてのお知らせNo.2026-1207",
        "プライムの定期更新についてのお知らせ",
        "【Amazon】プライムの定期更新についてのお知らせ",
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_1_the_katakana_subject_is_the_reported_one(text: str, lang: str) -> None:
    screen, code = _result("--text", text, lang=lang)
    assert code == 1
    data = _json("--text", text, lang=lang)
    assert data["verdict"] == "red_flags_found"
    assert [flag["kind"] for flag in data["red_flags"]] == ["scam_subject"]  # type: ignore[union-attr]
    flat = _flat(screen, lang)
    assert ("と同じです" if lang == "ja" else "It matches a scam subject") in flat


@pytest.mark.parametrize(
    "text",
    ["プライム定期更新のお知らせ", "Amazonプライムの定期更新のお知らせ", "Prime定期更新のご案内"],
)
def test_1_the_renewal_notice_in_other_words_is_similar(text: str) -> None:
    screen, code = _result("--text", text)
    assert code == 1
    assert "に似ています" in _flat(screen)
    assert _kinds("--text", text) == ["scam_subject"]


@pytest.mark.parametrize(
    "text",
    [
        "定期更新のお知らせ",
        "Amazonプライムの更新のお知らせ https://amzn.asia/d/x",
        "定期購入のお知らせ",
    ],
)
def test_1_a_renewal_notice_without_prime_or_定期更新_is_no_such_sign(text: str) -> None:
    assert "scam_subject" not in _kinds("--text", text)


# ------------------------- item 2: Amazon's own cancellation confirmation is no threat

_CONFIRMED = (
    "Amazonプライム会員資格のキャンセルを承りました。会員資格は2026年12月31日に終了します。"
    "終了日以降、プライム特典はご利用いただけなくなります。"
)


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_the_confirmation_is_no_threat(lang: str) -> None:
    screen, _ = _result("--text", _CONFIRMED, lang=lang)
    data = _json("--text", _CONFIRMED, lang=lang)
    assert "threatens_suspension" not in [flag["kind"] for flag in data["red_flags"]]  # type: ignore[union-attr]
    assert "詐欺によくある手口" not in _flat(screen) and "common scam trick" not in screen


@pytest.mark.parametrize(
    "text",
    [
        "終了日以降、プライム特典はご利用いただけなくなります。",  # the end named in the sentence
        "会員資格のキャンセルを承りました。プライム特典は利用できなくなります。",  # confirmed
        "会員資格は2026年12月31日に終了します。プライム特典はご利用いただけなくなります。",
    ],
)
def test_2_an_end_the_member_set_is_no_threat(text: str) -> None:
    assert "threatens_suspension" not in _kinds("--text", text)


@pytest.mark.parametrize(
    "text",
    [
        # no end the member set: a threat
        "お支払いが確認できないため、プライム特典はご利用いただけなくなります。",
        # the confirmation with a link, a sign-in, a deadline or a call: a threat still
        f"{_CONFIRMED}再開はこちら https://amzn-prime.top/x",
        f"{_CONFIRMED}継続するにはログインしてください。",
        "終了日以降、プライム特典はご利用いただけなくなります。24時間以内に手続きしてください。",
        "会員資格のキャンセルを承りました。終了後は利用できなくなります。至急お電話ください。",
        # other threat words are never Amazon's confirmation
        "会員資格のキャンセルを承りました。アカウントは停止されます。",
        "会員資格のキャンセルを承りました。終了日以降、アカウントは凍結されます。",
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_real_threats_stay_signs(text: str, lang: str) -> None:
    _, code = _result("--text", text, lang=lang)
    assert code == 1
    assert "threatens_suspension" in _kinds("--text", text)


# ------------------------- item 3: a base64 body in two padded chunks is read whole


def _mail(tmp_path: Path, body: str, name: str = "two64.eml") -> Path:
    mail = tmp_path / name
    mail.write_text(
        'From: "Amazon" <no-reply@amazon.co.jp>\nSubject: test\nMIME-Version: 1.0\n'
        "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64\n\n"
        f"{body}\n",
        encoding="utf-8",
    )
    return mail


def _b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


_FIRST = _b64("こんにちは。\n")  # padded: 「==」
_SECOND = _b64("お支払い情報を入力してください https://bit.ly/xyz\n")  # a request (61m, 2)


def test_3_the_chunks_are_padded_as_in_the_review() -> None:
    assert _FIRST.endswith("==") and _SECOND.endswith("=")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_the_second_chunk_is_read(tmp_path: Path, lang: str) -> None:
    mail = _mail(tmp_path, f"{_FIRST}\n{_SECOND}")
    screen, code = _result(str(mail), lang=lang)
    assert code == 1
    assert "https://bit.ly/xyz" in screen
    data = _json(str(mail), lang=lang)
    assert data["verdict"] == "red_flags_found"
    kinds = [flag["kind"] for flag in data["red_flags"]]  # type: ignore[union-attr]
    assert "shortener" in kinds and "asks_for_details" in kinds


@pytest.mark.parametrize(
    "rest", ["!!!!####not base64", "44GT44KT44Gr=", "QUJ", "44GK5pSv5om=V44GE"]
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_text_after_the_padding_that_is_no_base64_is_not_read(
    tmp_path: Path, rest: str, lang: str
) -> None:
    mail = _mail(tmp_path, f"{_FIRST}\n{rest}")
    screen, code = _result(str(mail), lang=lang)
    assert code == 1
    assert _json(str(mail), lang=lang)["verdict"] == "body_not_read"
    assert "見つかりませんでした" not in screen and "No red flags" not in screen


def test_3_one_padded_run_is_read_as_before(tmp_path: Path) -> None:
    mail = _mail(tmp_path, _SECOND)
    assert _json(str(mail))["verdict"] == "red_flags_found"
    plain = _mail(tmp_path, _FIRST, "plain.eml")
    assert _json(str(plain))["verdict"] == "no_red_flags_found"


# ------------------------- item 9: a mail without text says which case it is

_HEAD = 'From: "Amazon" <no-reply@amazon.co.jp>\nSubject: test\nMIME-Version: 1.0\n'
_PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="


def _parts(tmp_path: Path, *parts: str) -> Path:
    mail = tmp_path / "parts.eml"
    body = "".join(f"--x\n{part}\n" for part in parts)
    mail.write_text(
        f'{_HEAD}Content-Type: multipart/mixed; boundary="x"\n\n{body}--x--\n', encoding="utf-8"
    )
    return mail


_INLINE = (
    'Content-Type: image/png\nContent-Disposition: inline; filename="notice.png"\n'
    f"Content-Transfer-Encoding: base64\n\n{_PNG}"
)
_PDF = (
    'Content-Type: application/pdf\nContent-Disposition: attachment; filename="invoice.pdf"\n'
    "Content-Transfer-Encoding: base64\n\nJVBERi0xLjQK"
)
_P7M = (
    'Content-Type: application/pkcs7-mime; name="smime.p7m"\n'
    'Content-Disposition: attachment; filename="smime.p7m"\n'
    "Content-Transfer-Encoding: base64\n\nMIAGCSqGSIb3DQEHA6CAMIACAQAx"
)


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_9_an_inline_image_is_the_body_not_an_attachment(tmp_path: Path, columns: int) -> None:
    mail = _parts(tmp_path, _INLINE)
    screen, code = _result(str(mail), columns=columns)
    flat = _flat(screen)
    assert code == 1
    assert flat.startswith("本文が画像だけのため、危険な兆候があるかどうかは判定できません。")
    assert "（本文が画像や添付ファイルだけのときや" not in flat
    assert "添付ファイル「notice.png」" not in flat and "添付ファイルは開かない" not in flat
    assert "・画像の中身（QRコードや、画像として書かれた文字・リンク）は確認していません。" in flat
    en = _flat(_result(str(mail), lang="en", columns=columns)[0], "en")
    assert en.startswith("The body is only images, so whether it has red flags cannot be told")
    assert "“notice.png”" not in en
    assert _json(str(mail))["verdict"] == "body_not_read"


@pytest.mark.parametrize(
    ("parts", "ja", "en"),
    [
        (
            (_PDF,),
            "このメールの本文は添付ファイルだけで、読み取れる文字がないため、",
            "This mail's body is only attached files, with no text",
        ),
        (
            (_P7M,),
            "このメールの本文は暗号化されていて、読み取れる文字がないため、",
            "This mail's body is encrypted, with no text",
        ),
        # an image attached (not shown inline) is an attached file
        (
            (_INLINE.replace("inline;", "attachment;"),),
            "このメールの本文は添付ファイルだけで、",
            "This mail's body is only attached files",
        ),
    ],
)
@pytest.mark.parametrize("columns", [40, 80])
def test_9_files_only_and_encrypted_are_named(
    tmp_path: Path, parts: tuple[str, ...], ja: str, en: str, columns: int
) -> None:
    mail = _parts(tmp_path, *parts)
    screen, code = _result(str(mail), columns=columns)
    assert code == 1
    flat = _flat(screen)
    assert flat.startswith(ja) and "ときなど）" not in flat
    assert _flat(_result(str(mail), lang="en", columns=columns)[0], "en").startswith(en)
    assert _json(str(mail))["verdict"] == "body_not_read"


def test_9_an_inline_image_beside_text_is_still_named(tmp_path: Path) -> None:
    text = "Content-Type: text/plain; charset=utf-8\n\nこんにちは。"
    flat = _flat(_result(str(_parts(tmp_path, text, _INLINE)))[0])
    assert "「notice.png」" in flat  # a picture beside a text: named as before


# ------------------------- item 12: 「認証に成功していても…」 only under a pass for the sender


def _auth_mail(tmp_path: Path, results: str, spf: str = "") -> Path:
    mail = tmp_path / "auth.eml"
    mail.write_text(
        (f"Received-SPF: {spf}\n" if spf else "")
        + f"Authentication-Results: mx.example.jp; {results}\n"
        'From: "Amazon.co.jp" <prime@amazon.co.jp>\nSubject: test\nMIME-Version: 1.0\n'
        "Content-Type: text/plain; charset=utf-8\n\nこんにちは。\n",
        encoding="utf-8",
    )
    return mail


_PASS_NOTE = {"ja": "認証に成功していても", "en": "A pass does not prove"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_no_pass_note_when_nothing_passed_for_the_sender(tmp_path: Path, lang: str) -> None:
    mail = _auth_mail(
        tmp_path,
        "dkim=pass header.d=mailer-cloud.top; dmarc=none header.from=amazon.co.jp",
        "softfail (mx.example.jp: domain of bounce@amazon.co.jp does not designate 198.51.100.7)",
    )
    screen = _flat(_result(str(mail), lang=lang)[0], lang)
    assert "mailer-cloud.top" in screen
    assert _PASS_NOTE[lang] not in screen


@pytest.mark.parametrize(
    "results",
    [
        "spf=pass smtp.mailfrom=amazon.co.jp; dkim=pass header.d=amazon.co.jp; dmarc=pass header.from=amazon.co.jp",
        "spf=fail smtp.mailfrom=amazon.co.jp; dkim=pass header.d=amazon.co.jp; dmarc=fail header.from=amazon.co.jp",
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_12_the_pass_note_stays_under_a_pass_for_the_sender(
    tmp_path: Path, results: str, lang: str
) -> None:
    screen = _flat(_result(str(_auth_mail(tmp_path, results)), lang=lang)[0], lang)
    assert _PASS_NOTE[lang] in screen


# ------------------------- item 13: an app link among page-kind links is explained too

_BOTH = (
    '<html><body><p>お知らせ</p><a href="javascript:alert(1)">詳細</a>'
    '<a href="line://ti/p/@amazon">LINEで問い合わせ</a></body></html>'
)


@pytest.mark.parametrize("order", ["page_first", "app_first"])
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_13_both_kinds_are_explained(tmp_path: Path, order: str, lang: str) -> None:
    page = tmp_path / "p.html"
    html = _BOTH
    if order == "app_first":
        html = (
            html.replace("javascript:alert(1)", "TMP")
            .replace("line://ti/p/@amazon", "javascript:alert(1)")
            .replace("TMP", "line://ti/p/@amazon")
        )
    page.write_text(html, encoding="utf-8")
    flat = _flat(_result(str(page), lang=lang)[0], lang)
    if lang == "ja":
        assert (
            "「line://」などのリンクは、ウェブページではなく、LINEなどのアプリを開きます。" in flat
        )
        assert "「data:」や「javascript:」などで始まる別の形式です" in flat
    else:
        assert "A link such as line:// opens an app such as LINE, not a web page." in flat
        assert "starts with data:, javascript: or the like" in flat
    flags = _json(str(page), lang=lang)["red_flags"]
    reasons = [f["detail"] for f in flags if f["kind"] == "non_web_link"]  # type: ignore[index]
    assert reasons and all(r == reasons[0] for r in reasons)


def test_13_one_kind_keeps_its_own_reason(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text(
        '<html><body><a href="line://ti/p/@amazon">LINE</a></body></html>', encoding="utf-8"
    )
    flat = _flat(_result(str(page))[0])
    assert "アプリを開くためのリンク（line://、market:// など）です。" in flat
    assert "javascript" not in flat


# ------------------------- item 10: not_all_checked names what was past its cap

_EMAILS = "\n".join(f"user{n}@example.com" for n in range(205))


@pytest.mark.parametrize("columns", [40, 80])
def test_10_too_many_addresses_are_named_with_their_count(columns: int) -> None:
    screen, code = _result("--text", _EMAILS, columns=columns)
    assert code == 1
    flat = _flat(screen)
    assert flat.startswith(
        "メールアドレスが多すぎるため（205件のうち200件まで確認）、すべては確認できませんでした。"
    )
    assert "リンクや電話番号などが多すぎる" not in flat
    assert "書かれているアドレスにはメールを送らずに、本物かどうか確かめてください。" in flat
    en = _flat(_result("--text", _EMAILS, lang="en", columns=columns)[0], "en")
    assert en.startswith("There are too many e-mail addresses (200 of 205 checked)")
    data = _json("--text", _EMAILS)
    assert data["verdict"] == "not_all_checked"
    assert "205件のうち200件" in str(data["verdict_text"])


def test_10_the_verdict_of_each_kind_and_of_two() -> None:
    # numbers raise a sign of their own, so their verdict is seen through said_of itself
    from primehelp.message_limits import said_of
    from primehelp.message_links import Found

    def of(over: tuple[str, ...], links_cut: bool = False) -> str | None:
        found = Found((), (), (), (), True, links_cut, over, 205)
        said = said_of("not_all_checked", found)
        return None if said is None else said.ja

    assert (of(("numbers",)) or "").startswith("電話番号が多すぎるため（最初の200件まで確認）、")
    assert (of((), links_cut=True) or "").startswith(
        "リンクが多すぎるため（最初の5,000件まで確認）、"
    )
    assert of(("emails", "numbers")) is None  # the general words
    assert of(("emails",), links_cut=True) is None
    found = Found((), (), (), (), True, False, ("emails",), 205)
    assert said_of("red_flags_found", found) is None
