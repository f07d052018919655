"""Fix round 50, after the merge (helper fx-msg): review 42a item 17 (--json gives what the screen
prints under a sign) kept together with review 19a item 8 (--json still counts every match)."""

from __future__ import annotations

import itertools

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, check_message
from primehelp.output.flag_detail import detailed

# Sentences that raise a scam-subject sign, some of them another sign too (a suspension, a
# payment problem), so that some quotes of the scam-subject sign are printed under another.
SENTENCES = [
    "【Amazon】プライムの使用が一時的にできません。",
    "アカウントが停止されました。",
    "お支払い方法を更新してください。",
    "お支払い情報を更新してください。",
    "プライム会費のお支払い方法に問題があります。",
    "パスワードとカード番号を返信してください。",
]
TEXTS = ["".join(two) for two in itertools.permutations(SENTENCES, 3)]


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def test_19a_8_the_screens_count_and_the_quotes_printed_elsewhere_count_every_match(
    content: MessageContent,
) -> None:
    partly = 0
    for text in TEXTS:
        found = check_message(text, content)
        shown = detailed(found).red_flags
        for at, (before, flag) in enumerate(zip(found.red_flags, shown, strict=True)):
            own = (flag.evidence, *flag.more_evidence)
            assert not set(own) & set(flag.evidence_elsewhere), text
            # every match counted: the screen's count plus the quotes another sign prints
            assert flag.count + len(flag.evidence_elsewhere) == before.count, text
            assert set(flag.evidence_elsewhere) <= {*before.more_evidence, before.evidence}
            printed_above = {
                quote
                for other in shown[:at]
                if other.folded_into is None
                for quote in (other.evidence, *other.more_evidence)
            }
            assert set(flag.evidence_elsewhere) <= printed_above, text
            partly += bool(flag.evidence_elsewhere)
    assert partly  # the texts hold the case at all


def test_42a_17_the_reported_quote_of_sign_1_is_elsewhere_for_the_scam_sign(
    content: MessageContent,
) -> None:
    text = "アカウントが停止されました。本人確認をしてください。"  # not Amazon's own (61m, 2)
    flags = detailed(check_message(text, content)).red_flags
    (scam,) = [f for f in flags if f.kind.value == "scam_subject"]
    assert scam.evidence == "本人確認をしてください"
    assert scam.count == 1
    assert scam.evidence_elsewhere == ("アカウントが停止されました",)


# A list above 「上記の項目をご返信ください」 (after review 42a item 4): its items quoted in their
# order, each apart (「／」), then the request; none lost (「■セキュリティコード／上記…」 kept one of
# three) and the request not first (「上記の項目をご返信ください。 カード番号 有効期限 …」).
ITEMS = ["カード番号", "有効期限", "セキュリティコード", "暗証番号"]
REQUEST = "上記の項目をご返信ください。"


def _html(items: list[str], block: str) -> str:
    inner = "".join(f"<{block}>{item}</{block}>" for item in items)
    if block == "li":
        inner = f"<ul>{inner}</ul>"
    if block == "td":
        inner = "<table>" + "".join(f"<tr><td>{item}</td></tr>" for item in items) + "</table>"
    return f"<html><body>{inner}<p>{REQUEST}</p></body></html>"


@pytest.mark.parametrize("count", [2, 3, 4])
@pytest.mark.parametrize("form", ["■", "・", "", "li", "td", "p", "div"])
def test_a_list_above_its_request_is_quoted_in_order_then_the_request(
    count: int, form: str, content: MessageContent
) -> None:
    items = ITEMS[:count]
    if form in ("li", "td", "p", "div"):
        text, shown = _html(items, form), items
    else:
        shown = [form + item for item in items]
        text = "\n".join((*shown, REQUEST))
    found = check_message(text, content).red_flags
    quotes = [f.evidence for f in found if f.kind.value == "asks_for_details"]
    assert quotes == ["／".join((*shown, REQUEST.rstrip("。")))], text
