"""Fix round 40, check-message (review 35a)."""

from __future__ import annotations

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
    assert any(line.startswith("末尾は.xyzで、") for line in lines)


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
    second = lines.index("2. 停止・制限を知らせて急がせる文面")
    assert not any("一致した語句" in line for line in lines[first:second])
    sign = lines[second:]
    assert sign[1].startswith(
        "兆候1の文面は、アカウントや会員資格の停止・制限を知らせて急がせています。"
    )
    assert "は、アカウントや会員資格の停止・制限を知らせて急がせるのは" not in sign[1]
    assert any("一致した語句：「アカウントが停止」" in line for line in sign[:6])
