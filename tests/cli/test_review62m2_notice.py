"""Review 62m (check-message): a program attached under a document's name (item 5), a bare
payment-failure notice (item 6), 「自動更新が停止されました」 alone (S 16), the deadline after a
payment-failure sign (S 18) and the old Amazon number's title (S 15)."""

from __future__ import annotations

import itertools
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import joined, lang_run


def _mail(*files: str) -> bytes:
    mail = EmailMessage()
    mail["From"] = "Amazon <account-update@amazon.co.jp>"
    mail["Subject"] = "アカウント情報"
    mail.set_content("添付のファイルを開いて、お支払い情報をご確認ください。")
    for name in files:
        mail.add_attachment(
            b"MZ" * 8, maintype="application", subtype="octet-stream", filename=name
        )
    return bytes(mail)


def _data(*args: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = lang_run("check-message", "--json", *args, lang=lang).json()["data"]
    return data


# ----------------------------- item 5: a program disguised as a document is a sign


@pytest.mark.parametrize(
    ("name", "ext"),
    [
        ("Amazon_invoice.pdf.exe", "exe"),
        ("領収書.pdf.scr", "scr"),
        ("invoice.docx.js", "js"),
        ("請求書.xlsx.bat", "bat"),
        ("receipt.pdf.cmd", "cmd"),
        ("receipt.PDF.VBS", "vbs"),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_a_program_named_as_a_document_is_a_red_flag(
    tmp_path: Path, name: str, ext: str, lang: str
) -> None:
    mail = tmp_path / "m.eml"
    mail.write_bytes(_mail("verify.html", name))
    data = _data(str(mail), lang=lang)
    assert data["verdict"] == "red_flags_found"
    signs = [f for f in data["red_flags"] if f["kind"] == "disguised_attachment"]
    assert len(signs) == 1, data["red_flags"]
    assert signs[0]["evidence"] == name
    done = lang_run("check-message", str(mail), lang=lang, columns=80)
    assert done.exit_code == 1
    screen = joined(done.stdout, lang)
    if lang == "ja":
        assert "添付ファイルの偽装" in screen
        assert signs[0]["title"] == "添付ファイルの偽装"
        assert (
            f"PDFなどの書類に見える名前ですが、実際はプログラムのファイル（.{ext}）です。"
            "開くとパソコンで実行されます。このファイルは開かないでください。"
        ) in screen
        assert not screen.startswith("危険な兆候は見つかりませんでした")
    else:
        assert "Disguised attachment" in screen
        assert f"but the file is a program (.{ext})." in screen
        assert "Do not open this file." in screen


@pytest.mark.parametrize("name", ["請求書.pdf", "invoice.zip", "setup.exe", "verify.html"])
def test_a_file_not_disguised_is_no_sign(tmp_path: Path, name: str) -> None:
    mail = tmp_path / "m.eml"
    mail.write_bytes(_mail(name))
    data = _data(str(mail))
    assert "disguised_attachment" not in {f["kind"] for f in data["red_flags"]}
    notes = [n for n in data["could_not_know"] if n["id"] == "message.limit.attachments"]
    assert notes and name in notes[0]["text"]


@pytest.mark.parametrize("width", [40, 60, 80])
def test_the_disguised_attachment_sign_breaks_between_phrases(tmp_path: Path, width: int) -> None:
    mail = tmp_path / "m.eml"
    mail.write_bytes(_mail("Amazon_invoice.pdf.exe"))
    rows = lang_run("check-message", str(mail), columns=width).stdout.splitlines()
    for above, below in itertools.pairwise(rows):
        assert not (above.endswith("開く") and below.lstrip().startswith("と")), (width, above)
        assert not (above.endswith("実際") and below.lstrip().startswith("は")), (width, above)


# ----------------------------- item 6: a bare payment-failure notice is no sign

_BARE = "お客様のアカウントに登録されているお支払い方法が承認されませんでした。"
_NOTICE_JA = (
    "支払いの失敗を知らせる文面があります。本物かどうかは、Amazonのアプリやブックマークから"
    "開いたアカウントサービスで確認してください。"
)


# the wordings earlier rounds flagged bare (38a, 39a, 41a, 47a, 58a): signs with the Prime fee
@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize(
    "text",
    [
        _BARE,
        "お支払い方法が承認されませんでした",
        "カードの決済に失敗しました",
        "【Amazon】決済できませんでした",
        "Amazon：お支払いが完了していません。",
        "Amazon：カード会社の承認を得られませんでした。",
        "お支払い方法を変更してください",
        "お支払い方法をご確認ください。カードの承認が失敗しました。",
        "Amazon.co.jp: your payment was declined for order 250-1234567-1234567.",
    ],
)
def test_a_bare_payment_failure_notice_is_listed_under_what_was_read(lang: str, text: str) -> None:
    data = _data("--text", text, lang=lang)
    assert data["verdict"] == "no_red_flags_found", data["red_flags"]
    assert data["red_flags"] == []
    assert "message.limit.payment_notice" in {n["id"] for n in data["could_not_know"]}
    done = lang_run("check-message", "--text", text, lang=lang, columns=80)
    assert done.exit_code == 0
    read, _, unknown = done.stdout.partition(
        "確認できなかったこと" if lang == "ja" else "What this check could not know"
    )
    said = _NOTICE_JA if lang == "ja" else "It says that a payment failed. Whether that is true,"
    assert said in joined(
        read.split("読み取った内容" if lang == "ja" else "What was read")[-1], lang
    )
    assert said not in joined(unknown, lang)
    # never an all-clear: the verdict says it proves nothing, and points to nothing below
    first = joined(done.stdout.split("\n\n")[0], lang)
    assert ("証明にはなりません" if lang == "ja" else "does not prove") in first, first
    assert "安全" not in done.stdout and " safe" not in done.stdout


@pytest.mark.parametrize(
    "text",
    [
        _BARE + "本日中にお手続きください。",
        _BARE + "48時間以内に更新してください。",
        _BARE + "12月10日までにお手続きください。",
        _BARE + "こちらからログインしてください。",
        _BARE + "サインインはこちら",
        _BARE + "アカウントを停止します。",
        "プライム会費のお支払い方法が承認されませんでした。",
        "Amazonプライム会費の支払いに失敗しました。",
    ],
)
def test_a_payment_failure_with_a_deadline_threat_sign_in_or_the_prime_fee_stays_a_sign(
    text: str,
) -> None:
    data = _data("--text", text)
    assert data["verdict"] == "red_flags_found"
    kinds = {f["kind"] for f in data["red_flags"]}
    assert kinds & {"payment_problem", "scam_subject"}, kinds
    assert "message.limit.payment_notice" not in {n["id"] for n in data["could_not_know"]}


def test_a_cards_expiry_date_is_no_deadline_for_the_notice() -> None:
    text = "カードの有効期限が切れているため、お支払い方法が承認されませんでした。"
    data = _data("--text", text)
    assert "payment_problem" not in {f["kind"] for f in data["red_flags"]}
    assert "message.limit.payment_notice" in {n["id"] for n in data["could_not_know"]}


# ----------------------------- S 16: 「自動更新が停止されました」 alone is no threat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_the_auto_renewal_turned_off_alone_is_no_threat(lang: str) -> None:
    data = _data("--text", "Amazonプライムの自動更新が停止されました", lang=lang)
    assert data["verdict"] == "no_red_flags_found", data["red_flags"]


@pytest.mark.parametrize(
    "after",
    [
        "本日中に手続きしてください",
        "こちらからログインしてください",
        "お支払い方法を確認してください",
        "https://amazon-prime.example.top/",
    ],
)
def test_the_auto_renewal_turned_off_with_a_request_stays_a_sign(after: str) -> None:
    data = _data("--text", f"Amazonプライムの自動更新が停止されました。{after}")
    assert data["verdict"] == "red_flags_found"


def test_a_suspended_account_stays_a_threat() -> None:
    kinds = {f["kind"] for f in _data("--text", "アカウントが停止されました")["red_flags"]}
    assert "threatens_suspension" in kinds


# ----------------------------- S 18: the deadline after a payment-failure sign


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "よく報告されています。さらに「本日中」と期限を切って、手続きを急がせています。"),
        ("en", "were reported often in 2025–26. It also sets a deadline, “本日中”, to rush you."),
    ],
)
def test_the_deadline_is_named_after_a_payment_failure_sign(lang: str, said: str) -> None:
    text = (
        "【Amazon】プライム会費のお支払いが確認できませんでした。本日中にお手続きください "
        "https://amazon.co.jp-prime-pay.top/"
    )
    (sign,) = [
        f for f in _data("--text", text, lang=lang)["red_flags"] if f["kind"] == "payment_problem"
    ]
    assert said in sign["detail"], sign["detail"]
    done = lang_run("check-message", "--text", text, lang=lang, columns=80)
    assert said in joined(done.stdout, lang)


@pytest.mark.parametrize(
    ("text", "said"),
    [
        (_BARE + "48時間以内にお手続きください", "さらに「48時間以内」と期限を切って"),
        ("プライム会費の支払いに失敗しました。至急ご確認ください", "さらに「至急」と書いて"),
    ],
)
def test_the_deadline_is_quoted_as_written(text: str, said: str) -> None:
    (sign,) = [f for f in _data("--text", text)["red_flags"] if f["kind"] == "payment_problem"]
    assert said in sign["detail"], sign["detail"]


def test_no_deadline_no_sentence() -> None:
    (sign,) = [
        f
        for f in _data("--text", "プライム会費の支払いに失敗しました。")["red_flags"]
        if f["kind"] == "payment_problem"
    ]
    assert "さらに" not in sign["detail"]


# ----------------------------- S 15: an old Amazon number titled as any number


@pytest.mark.parametrize(
    ("lang", "title", "verdict"),
    [
        (
            "ja",
            "電話番号への誘導",
            "→ 以前Amazonが公開していた番号ですが、現在は使われていません。",
        ),
        ("en", "Phone number to call", "→ A former Amazon number, no longer in service."),
    ],
)
def test_an_old_amazon_number_is_titled_as_any_number(lang: str, title: str, verdict: str) -> None:
    text = "Amazonです。0120-999-373 にお電話ください。"
    (sign,) = _data("--text", text, lang=lang)["red_flags"]
    assert sign["title"] == title
    screen = lang_run("check-message", "--text", text, lang=lang, columns=100).stdout
    assert f"1. {title}" in screen
    assert verdict in screen
