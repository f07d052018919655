"""Fix round 40, check-message (review 35a)."""

from __future__ import annotations

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import check_message
from primehelp.message_check import FlagKind
from tests.support.clihelp import run

WIDE_LINK = (
    "Ａｍａｚｏｎからのお知らせＰＩＮコードを送信してください"
    " ｈｔｔｐｓ：／／ａｍａｚｏｎ．ｃｏ．ｊｐ．ｘｙｚ"
)


def _screen(text: str, columns: int) -> list[str]:
    done = run(
        "check-message", "--text", text, env={"COLUMNS": str(columns), "PRIMEHELP_LANG": "ja"}
    )
    return [line.strip() for line in done.stdout.splitlines()]


def test_the_end_of_a_lookalike_name_is_not_cut_at_40() -> None:  # item 2
    lines = _screen(WIDE_LINK, 40)
    assert not any(line.endswith("、末") for line in lines)
    assert any("末尾は .xyz で、" in line for line in lines)  # whole on a line (wording of 62m, 10)


def test_the_quote_stops_before_a_full_width_link() -> None:  # item 3
    for columns in (40, 60, 1000):
        quoted = "".join(_screen(WIDE_LINK, columns))
        assert "「Ａｍａｚｏｎからのお知らせＰＩＮコードを送信してください」" in quoted
        assert "ｈｔｔｐｓ" not in quoted and "／／" not in quoted


def test_the_note_of_an_amazon_link_keeps_its_verb_whole_at_40() -> None:  # item 4
    lines = _screen("カード番号を入力してください https://amazon.co.jp/", 40)
    assert not any(line.endswith(("くだ", "くださ")) for line in lines)
    assert any(line.startswith("開かないでください") for line in lines)


def test_the_suspension_sign_reads_as_a_sentence_and_holds_the_scam_note() -> None:  # item 5
    lines = _screen("ギフトカードの番号を送信しないと、アカウントが停止されます。", 1000)
    first = lines.index("1. ギフトカードの番号の要求")
    # no deadline, no 至急: a notice, not 「急がせる」 (review 43a, item 10)
    second = lines.index("2. 停止・制限を知らせる文面")
    assert not any("一致した語句" in line for line in lines[first:second])
    sign = lines[second:]
    assert sign[1].startswith(
        # review 38a, item 15: said once; 43a, item 10: the notice's reason
        "兆候1の文面は、アカウントや会員資格の停止・制限を知らせています。"
    )
    assert "は、アカウントや会員資格の停止・制限を知らせて急がせるのは" not in sign[1]
    assert any("一致した語句：「アカウントが停止されます」" in line for line in sign[:6])


@pytest.mark.parametrize("obj", ["SMSで届いたコード", "送信されたコード", "お送りしたコード"])
@pytest.mark.parametrize("verb", ["こちらに入力してください", "教えてください", "お伝えください"])
def test_a_code_that_was_sent_is_asked_for_with_any_verb(obj: str, verb: str) -> None:  # item 7
    found = check_message(f"{obj}を{verb}", load_content()).red_flags
    assert [f.asked for f in found if f.kind is FlagKind.ASKS_FOR_DETAILS] == [("code",)]


def test_a_promotion_code_is_no_request() -> None:  # item 7: no bare 「コード」
    found = check_message("プロモーションコードを入力してください", load_content()).red_flags
    assert not [f for f in found if f.kind is FlagKind.ASKS_FOR_DETAILS]


def test_the_sms_code_screen_names_the_request() -> None:  # item 7, the review's text
    text = "SMSで届いたコードをこちらに入力してください https://amzn.to/abc"
    assert "1. 認証コード（ワンタイムパスワード）の要求" in _screen(text, 1000)  # 42a, item 18
