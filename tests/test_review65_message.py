"""Review 64m (check-message): an RFC 2047 sender name holding 「,」「;」「]」 (R-major 1, B1), a
suspicious-order pretext and 「至急」 beside a phone number (R-major 4), a look-alike domain under a
spaced name (R-major 3), an attachment name with direction controls (R-major 2), and wording
(R-minor 6, 7, 8)."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

import pytest

from tests.support.clihelp import joined, lang_run


def _encoded(name: str) -> str:
    return "=?UTF-8?B?" + base64.b64encode(name.encode()).decode() + "?="


def _from_mail(tmp_path: Path, sender: str) -> str:
    path = tmp_path / "from.eml"
    path.write_bytes(f"From: {sender}\nSubject: test\n\nhello\n".encode())
    return str(path)


def _data(path: str, lang: str = "ja") -> dict[str, Any]:
    data: dict[str, Any] = lang_run("check-message", "--json", path, lang=lang).json()["data"]
    return data


# ----------------------------- R-major 1, B1: split before decoding the name


@pytest.mark.parametrize(
    "name", ["Amazon, Japan", "Amazon;x", "Amazon]", "Amazon <x", "Amazon.co.jp, プライム事務局"]
)
def test_1_an_encoded_name_stays_one_name(tmp_path: Path, name: str) -> None:
    path = _from_mail(tmp_path, f"{_encoded(name)} <x@evil.top>")
    data = _data(path)
    assert data["headers"]["from_name"] == name
    assert data["headers"]["from_address"] == "x@evil.top"
    assert data["headers"]["more_senders"] == []
    assert data["verdict"] == "red_flags_found"
    assert [f["kind"] for f in data["red_flags"]] == ["display_name_mismatch"]


def test_1_the_review_command_in_japanese(tmp_path: Path) -> None:
    path = _from_mail(tmp_path, f"{_encoded('Amazon, Japan')} <x@evil.top>")
    done = lang_run("check-message", path, columns=80)
    assert done.exit_code == 1
    text = joined(done.stdout)
    assert "・差出人：Amazon, Japan <x@evil.top>" in done.stdout
    assert "差出人名とアドレスの不一致" in text
    assert (
        "差出人の名前はAmazonですが、メールアドレスのドメインはAmazonのものではありません。" in text
    )
    assert "危険な兆候は見つかりませんでした" not in text


def test_1_the_review_command_in_english(tmp_path: Path) -> None:
    path = _from_mail(tmp_path, f"{_encoded('Amazon, Japan')} <x@evil.top>")
    done = lang_run("check-message", path, lang="en", columns=80)
    assert done.exit_code == 1
    assert "- From: Amazon, Japan <x@evil.top>" in done.stdout
    assert "No red flags" not in done.stdout


def test_1_a_control_character_in_an_encoded_name_is_kept_and_escaped(tmp_path: Path) -> None:
    path = _from_mail(tmp_path, _encoded("Amazon\x1b]0;x\x07") + " <x@evil.top>")
    assert _data(path)["headers"]["from_address"] == "x@evil.top"
    done = lang_run("check-message", path, columns=80)
    assert done.exit_code == 1
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "差出人：Amazon\\x1b]0;x\\x07 <x@evil.top>" in done.stdout


def test_1_two_encoded_mailboxes_are_still_two(tmp_path: Path) -> None:
    sender = f"{_encoded('Amazon, Japan')} <x@evil.top>, {_encoded('B;b')} <b@example.com>"
    data = _data(_from_mail(tmp_path, sender))
    assert data["headers"]["from_name"] == "Amazon, Japan"
    assert data["headers"]["from_address"] == "x@evil.top"
    assert data["headers"]["more_senders"] == [["B;b", "b@example.com"]]
    done = lang_run("check-message", _from_mail(tmp_path, sender), columns=1000)
    assert "Amazon, Japan <x@evil.top>、B;b <b@example.com>" in done.stdout
