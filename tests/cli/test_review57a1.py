"""Fix round 57a1, check-message (review 57a items 2, 3, 4, 5 and 6)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.clihelp import run


def _run(*args: str, lang: str = "ja", columns: int = 80) -> str:
    return run("--lang", lang, "check-message", *args, env={"COLUMNS": str(columns)}).stdout


def _flat(screen: str, lang: str = "ja") -> str:
    """The screen with its wrapped lines joined (their indent dropped; a space in English)."""
    return ("" if lang == "ja" else " ").join(line.strip() for line in screen.splitlines())


def _evidence(text: str, lang: str = "ja") -> list[str]:
    data = json.loads(_run("--json", "--text", text, lang=lang))
    return [
        quote
        for flag in data["data"]["red_flags"]
        for quote in (flag.get("evidence") or "", *flag.get("more_evidence", ()))
    ]


# ------------------------------------ item 2: a link line is not quoted with the next sentence

_LINK = "https://amazon.co.jp.secure-login.info/update"
_ASK = "カード番号とセキュリティコードを入力してください"
_THREE = f"以下のリンクから本日中にお支払い情報を更新してください。\n{_LINK}\n{_ASK}。"  # 61m, 2


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 80])
def test_2_a_link_line_is_not_glued_to_the_next_line(lang: str, columns: int) -> None:
    flat = _flat(_run("--text", _THREE, lang=lang, columns=columns))
    assert f"{_LINK}／" not in flat and f"{_LINK} ／" not in flat
    assert f"「{_ASK}」" in flat or f"“{_ASK}”" in flat


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_the_json_quotes_only_the_request(lang: str) -> None:
    quotes = _evidence(_THREE, lang)
    assert _ASK in quotes
    assert not any(_LINK in quote and _ASK in quote for quote in quotes)


def test_2_a_line_ending_with_a_link_is_apart_from_a_new_sentence() -> None:
    text = f"詳しくはこちら {_LINK}\n{_ASK}。"
    assert _ASK in _evidence(text)


def test_2_a_sentence_that_goes_on_after_a_link_is_still_one_quote() -> None:
    text = f"24時間以内に {_LINK}\nからお支払い情報を更新してください。"
    assert f"24時間以内に {_LINK} からお支払い情報を更新してください" in _evidence(text)


def test_2_the_same_in_a_mail(tmp_path: Path) -> None:
    mail = tmp_path / "three.eml"
    mail.write_bytes(
        (
            "From: Amazon <info@amazon-prime-card.info>\nTo: you@example.jp\n"
            "Subject: =?UTF-8?B?QW1hem9u?=\nMIME-Version: 1.0\n"
            "Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n"
            f"{_THREE}\n"
        ).encode()
    )
    flat = _flat(_run(str(mail)))
    assert f"{_LINK}／" not in flat and f"「{_ASK}」" in flat


# ------------------------------ item 6: the card step's phrases are kept whole on a line
# (review 63m, S 14: 「…カードを止めてもらうよう、カード会社に電話してください。」, no 「電話して、」
# alone on a line)

_STEP_START = "1. クレジットカードの情報を"


@pytest.mark.parametrize("entered", [False, True])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_6_the_card_step_keeps_its_verb_phrase_whole(columns: int, entered: bool) -> None:
    args = ("--entered-details",) if entered else ()
    screen = _run(*args, "--text", "Amazon bit.ly/x", columns=columns)
    lines = screen.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith(_STEP_START))
    step = [line.strip() for line in lines[at : at + 6]]
    assert any("カードを止めてもらうよう、" in line for line in step), step
    assert any(line.endswith("電話してください。") for line in step), step
    assert "電話して、" not in step


# ----------------------- items 3 and 4: every link counted in the folded line, Amazon's folded


def _many(tmp_path: Path, text: str) -> str:
    file = tmp_path / "many.txt"
    file.write_text(text, encoding="utf-8")
    return str(file)


def _read(screen: str, lang: str) -> str:
    start, end = (
        ("読み取った内容", "確認できなかったこと")
        if lang == "ja"
        else ("What was read", "What could not")
    )
    return screen.split(start, 1)[1].split(end, 1)[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_3_the_folded_line_counts_every_link(tmp_path: Path, lang: str) -> None:
    links = "\n".join(f"https://evil.info/p{i}" for i in range(300))
    screen = _run(_many(tmp_path, f"Amazonのお知らせ\n{links}"), lang=lang)
    read = _flat(_read(screen, lang), lang)
    if lang == "ja":
        assert "evil.info へのほかのリンク295件（Amazon以外のドメイン。兆候1）" in read
        assert "件だけを載せています" not in screen
    else:
        assert "295 more links to evil.info" in read
        assert "are listed under" not in screen
    assert read.count("https://evil.info/p") == 5


def test_3_the_json_still_lists_200_and_says_so(tmp_path: Path) -> None:
    links = "\n".join(f"https://evil.info/p{i}" for i in range(300))
    data = json.loads(_run("--json", _many(tmp_path, f"Amazon\n{links}")))["data"]
    assert len(data["links"]) == 200
    assert any(note["id"] == "message.limit.more_links" for note in data["could_not_know"])


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_4_amazons_own_links_are_folded(tmp_path: Path, lang: str) -> None:
    links = "\n".join(f"https://www.amazon.co.jp/dp/{i}" for i in range(4000))
    screen = _run(_many(tmp_path, f"Amazon\n{links}"), lang=lang)
    read = _flat(_read(screen, lang), lang)
    if lang == "ja":
        assert "amazon.co.jp へのほかのリンク3,995件（Amazonのドメイン）" in read
    else:
        assert "3,995 more links to amazon.co.jp" in read
    assert read.count("https://www.amazon.co.jp/dp/") == 5
    assert len(screen.splitlines()) < 60


def test_4_a_few_amazon_links_are_all_listed(tmp_path: Path) -> None:
    links = "\n".join(f"https://www.amazon.co.jp/dp/{i}" for i in range(6))
    read = _read(_run(_many(tmp_path, f"Amazon\n{links}")), "ja")
    assert read.count("https://www.amazon.co.jp/dp/") == 6  # one more than five: not folded


# ------------------- item 5: a mail with attached files says what to do once, not three times

_IMAGE_ONLY = (
    "From: Amazon <info@amazon.co.jp>\nTo: a@example.com\nSubject: Amazon\nMIME-Version: 1.0\n"
    'Content-Type: multipart/mixed; boundary="B"\n\n--B\nContent-Type: image/png\n'
    'Content-Disposition: attachment; filename="notice.png"\n'
    "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--B--\n"
)


def _unknown(screen: str, lang: str) -> str:
    start, end = (
        ("確認できなかったこと", "出典") if lang == "ja" else ("What this check", "Sources")
    )
    return screen.split(start, 1)[1].split(end, 1)[0]


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_the_attachment_advice_is_said_once(lang: str) -> None:
    screen = run("--lang", lang, "check-message", "-", stdin=_IMAGE_ONLY, env={"COLUMNS": "80"})
    flat = _flat(screen.stdout, lang)
    unknown = _flat(_unknown(screen.stdout, lang), lang)
    if lang == "ja":
        assert "・添付ファイル「notice.png」の中身は確認していません。" in unknown
        assert "メッセージセンター" not in unknown
        said = "「メッセージセンター」に同じ連絡が届いているか確認してください。添付ファイルは開かないでください。"
        assert flat.count(said) == 1
        assert flat.count("同じ連絡が届いているか") == 1
    else:
        assert "The attached files (“notice.png”) were not examined." in unknown
        assert "Message Centre" not in unknown
        assert flat.count("Do not open the attached files.") == 1


def test_5_with_a_link_the_advice_names_links_and_files() -> None:
    mail = _IMAGE_ONLY.replace(
        "--B\nContent-Type: image/png",
        "--B\nContent-Type: text/plain; charset=utf-8\n\nご注文 https://www.amazon.co.jp/gp/css\n"
        "--B\nContent-Type: image/png",
    )
    flat = _flat(run("check-message", "-", stdin=mail, env={"COLUMNS": "80"}).stdout)
    assert "届いたメッセージのリンクや添付ファイルは開かないでください。" in flat
    data = json.loads(run("check-message", "--json", "-", stdin=mail).stdout)["data"]
    ids = [fact["id"] for fact in data["advice"]]
    assert "message.advice.message_centre" in ids  # the same ids as before (additive only)
