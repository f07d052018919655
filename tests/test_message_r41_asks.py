"""Fix round 41, check-message's reading of what a message asks for (review 36a, items 1-4
and 7, S 24 and 25): a request over a line break, a negation that governs its own clause only,
the everyday names of payment and sign-in details, prepaid cards not called ギフトカード, and
Amazon's own 「一切ございません」「ご遠慮ください」 footers; genuine Amazon-style text stays clean."""

from __future__ import annotations

import itertools
import textwrap

import pytest

from primehelp.content.message import load as load_content
from primehelp.message import MessageContent, Verdict, check_message
from primehelp.message_check import FlagKind
from primehelp.message_clauses import clauses, joined, sentences
from tests.support.clihelp import run
from tests.support.genuine_asks import CORPUS, MAILS
from tests.support.message_corpus import GENUINE, Sample, eml

WIDE = {"COLUMNS": "1000", "PRIMEHELP_LANG": "ja"}

# The object as a message names it → the kind the sign is named after: the lists of round 39 and
# the everyday names of item 3.
OBJECTS = {
    "ギフトカードの番号": "gift_card",
    "ギフト券番号": "gift_card",
    "カード番号": "card",
    "クレジットカード番号": "card",
    "カード情報": "card",
    "セキュリティコード": "card",
    "パスワード": "password",
    "暗証番号": "pin",
    "認証コード": "code",
    # review 36a, item 3
    "カードの番号": "card",
    "クレジットカードの番号": "card",
    "クレカ番号": "card",
    "クレカ情報": "card",
    "カード裏面の3桁の番号": "card",
    "カード裏面のセキュリティコード": "card",
    "お支払い情報": "payment_details",
    "支払い情報": "payment_details",
    "決済情報": "payment_details",
    "ログイン情報": "password",
    "IDとPW": "password",
    "IDとパスワード": "password",
    "ログインパスワード": "password",
}
# The verbs that hand a detail over, as requests (round 39's and item 3's).
VERBS = [
    "入力してください",
    "ご入力ください",
    "お伝えください",
    "送信してください",
    "送ってください",
    "教えてください",
    "返信してください",
    # review 36a, item 3
    "教えて",
    "送って",
    "再入力してください",
    "再登録してください",
    "お伺いします",
    "お聞きします",
    "確認させていただきます",
]
# Said not to be wanted, as Amazon's own warnings and footers say it (rounds 39 and 41).
NEGATED = [
    "{o}の入力は不要です",
    "{o}を入力する必要はありません",
    "{o}は誰にもお伝えにならないでください",
    "{o}は絶対に教えないでください",
    "Amazonが{o}の入力を求めることはありません",
    "Amazonが{o}の送信をお願いすることはございません",
    "{o}の返信はお控えください",
    # review 36a, item 7
    "Amazonからのメールで{o}の入力をお願いすることは一切ございません",
    "Amazonがメールで{o}をお伝えいただくようお願いすることは一切ございません",
    "Amazonが電話で{o}をお伺いすることは決してありません",
    "Amazonが{o}をお聞きすることは決してございません",
    "{o}の入力はご遠慮ください",
    "不審なサイトでの{o}の入力はおやめください",
    "{o}の再入力は不要です",
    "{o}を、メールや電話でお伺いすることは、一切ございません",
    "{o}を入力するよう、メールでお願いすることは一切ございません",
    "不審な連絡を受けた場合、{o}は入力せず、Amazonに報告してください",
]
# How a scam puts a reassurance in the same sentence as its request (item 2): {no} is negated,
# {yes} is asked for.
BESIDE = [
    "{no}が、{yes}",
    "{no}ので、{yes}",
    "{no}　{yes}",
    "{yes}（{no}）",
    "ご安心ください、{no}ので、{yes}",
    "{no}が今回は本人確認のため{yes}",
]


@pytest.fixture(scope="module")
def content() -> MessageContent:
    return load_content()


def _asks(text: str | bytes, content: MessageContent) -> list[tuple[str, ...]]:
    return [
        one.asked
        for one in check_message(text, content).red_flags
        if one.kind is FlagKind.ASKS_FOR_DETAILS
    ]


def _request(obj: str, verb: str) -> str:
    return f"Amazon：お客様の{obj}を{verb}。"


# ---------------------------------------------------------------- item 3: objects × verbs


@pytest.mark.parametrize(("obj", "verb"), list(itertools.product(OBJECTS, VERBS)))
def test_every_object_with_every_verb_gets_its_own_sign(
    obj: str, verb: str, content: MessageContent
) -> None:
    assert _asks(_request(obj, verb), content) == [(OBJECTS[obj],)]


@pytest.mark.parametrize("obj", [o for o, kind in OBJECTS.items() if kind == "payment_details"])
def test_payment_details_to_update_are_the_scam_subject_not_a_request(
    obj: str, content: MessageContent
) -> None:
    """「お支払い情報を更新」 is what Amazon's own mails say of an expired card: on Amazon's own
    site it asks for nothing (the scam wording keeps its own sign). Review 44a, item 1 (round
    52): without a link to Amazon's site it is a request for the payment details; review 61m,
    item 2: not 「（お）支払い情報を更新してください」, Amazon's own wording with or without a link
    (a sign only with a threat, a deadline or a sign-in request, as the scam subject)."""
    text = f"{obj}を更新してください。https://www.amazon.co.jp/cpe/yourpayments"
    assert _asks(text, content) == []
    own = "支払い情報" in obj
    assert _asks(f"{obj}を更新してください。", content) == ([] if own else [("payment_details",)])


def test_payment_details_are_named_in_the_heading_and_reason() -> None:
    done = run("check-message", "--text", "Amazon：お支払い情報をお伝えください", env=WIDE)
    assert done.exit_code == 1
    assert "1. お支払い情報の要求" in done.stdout.splitlines()
    assert "お支払い情報の入力や送信を求めています。" in done.stdout
    assert "Amazonが電話やSMSで支払い情報を聞くことはありません。" in done.stdout  # FACTS §7
    en = run(
        "check-message",
        "--text",
        "Amazon：お支払い情報をお伝えください",
        env={**WIDE, "PRIMEHELP_LANG": "en"},
    )
    assert "Asks for payment details" in en.stdout


# ---------------------------------------------------------------- item 1: over a line break


def _wrapped(text: str) -> list[str]:
    """``text`` hard-wrapped once at every place a mail program may break a Japanese line."""
    return [f"{text[:at]}\n{text[at:]}" for at in range(1, len(text))]


@pytest.mark.parametrize(("obj", "verb"), list(itertools.product(OBJECTS, VERBS[:7])))
def test_a_request_wrapped_anywhere_is_still_a_request(
    obj: str, verb: str, content: MessageContent
) -> None:
    for text in _wrapped(f"お客様の{obj}を{verb}"):
        assert _asks(f"Amazonからのお知らせ\n\n{text}\n", content) == [(OBJECTS[obj],)], text


@pytest.mark.parametrize(("obj", "verb"), list(itertools.product(OBJECTS, VERBS[:7])))
def test_a_blank_line_still_ends_the_sentence(obj: str, verb: str, content: MessageContent) -> None:
    assert _asks(f"お客様の{obj}\n\n{verb}", content) == []


@pytest.mark.parametrize(
    "obj", ["card number", "card details", "password", "PIN", "verification code"]
)
def test_an_english_request_wrapped_at_any_space_is_still_a_request(
    obj: str, content: MessageContent
) -> None:
    words = f"Amazon: please enter your {obj} on our page".split(" ")
    for at in range(1, len(words)):
        text = " ".join(words[:at]) + "\n" + " ".join(words[at:])
        assert len(_asks(text, content)) == 1, text


def test_the_wrapped_request_is_quoted_as_one_sentence_as_written() -> None:
    done = run(
        "check-message",
        "--text",
        "Amazon：お客様のクレジットカード番号を\n入力してください",
        env=WIDE,
    )
    assert done.exit_code == 1
    assert "「Amazon：お客様のクレジットカード番号を入力してください」" in done.stdout


def test_a_wrapped_mail_with_headers_gets_the_sign(content: MessageContent) -> None:
    body = (
        "Amazonプライム会員様\n\nいつもご利用ありがとうございます。お支払いに使う\n"
        "クレジットカード番号と有効期限を\nこのメールへの返信でお知らせください。\n"
    )
    sender = "Amazon <x@amazon-support.example>"
    for charset in ("utf-8", "iso-2022-jp"):
        mail = eml(subject="ご確認のお願い", sender=sender, body=body, charset=charset)
        assert _asks(mail, content) == [("card",)]


def test_html_lines_joined_by_br_but_not_across_paragraphs(content: MessageContent) -> None:
    sender = "Amazon <x@amazon-support.example>"
    joined = eml(subject="確認", sender=sender, html="<p>パスワードを<br>入力してください</p>")
    apart = eml(
        subject="確認", sender=sender, html="<p>パスワードは大切です</p><p>入力してください</p>"
    )
    assert _asks(joined, content) == [("password",)]
    assert _asks(apart, content) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("パスワードを\n入力して", ["パスワードを入力して"]),
        ("please enter\nyour password", ["please enter your password"]),
        (
            "Amazonプライム会員様\nお支払い情報を更新してください。",
            ["Amazonプライム会員様", "お支払い情報を更新してください"],
        ),
        ("お客様\nのパスワード", ["お客様のパスワード"]),
        ("■ご注文内容\n■カード情報", ["■ご注文内容", "■カード情報"]),
        ("ありがとう!\nパスワード", ["ありがとう", "パスワード"]),
        ("Thank you.\nPassword", ["Thank you.", "Password"]),
        ("a\n\nb", ["a", "b"]),
        ("a\n \nb", ["a", "b"]),
        ("https://x.example/a\nから入力", ["https://x.example/a から入力"]),
    ],
)
def test_the_sentences_of_a_text(text: str, expected: list[str]) -> None:
    assert [sentence for sentence, _ in sentences(text)] == expected


# ---------------------------------------------------------------- item 2: the clause negated


# Reassurances that end in a predicate (so that 「が、」「ので、」 can follow them).
REASSURED = [
    "Amazonがパスワードの入力を求めることはありません",
    "Amazonがパスワードの送信をお願いすることはございません",
    "Amazonからのメールでパスワードの入力をお願いすることは一切ございません",
    "Amazonが電話でパスワードをお伺いすることは決してありません",
    "パスワードを入力する必要はありません",
]


@pytest.mark.parametrize(("said", "form"), list(itertools.product(REASSURED, BESIDE)))
@pytest.mark.parametrize(
    ("obj", "kind"), [("カード番号", "card"), ("お支払い情報", "payment_details")]
)
def test_a_reassurance_beside_a_request_does_not_cancel_it(
    said: str, form: str, obj: str, kind: str, content: MessageContent
) -> None:
    text = form.format(no=said, yes=f"{obj}を入力してください")
    assert _asks(text + "。", content) == [(kind,)], text


@pytest.mark.parametrize("obj", ["card number", "card details", "payment details"])
def test_an_english_reassurance_before_but_does_not_cancel_the_request(
    obj: str, content: MessageContent
) -> None:
    text = f"Amazon will never ask for your password, but please enter your {obj} here."
    assert len(_asks(text, content)) == 1


@pytest.mark.parametrize(("obj", "said"), list(itertools.product(OBJECTS, NEGATED)))
def test_a_negated_request_is_no_request(obj: str, said: str, content: MessageContent) -> None:
    assert _asks(said.format(o=obj) + "。", content) == []


@pytest.mark.parametrize(("obj", "said"), list(itertools.product(OBJECTS, NEGATED[:9])))
def test_a_negated_request_wrapped_over_lines_is_still_no_request(
    obj: str, said: str, content: MessageContent
) -> None:
    for text in _wrapped(said.format(o=obj))[::3]:
        assert _asks(text + "。", content) == [], text


def test_an_adverb_alone_is_no_negation(content: MessageContent) -> None:
    """「絶対に」「決して」 go with a negative ending; alone they urge (item 2)."""
    assert _asks("絶対に本日中にカード番号を入力してください。", content) == [("card",)]
    assert _asks("決して遅れずにパスワードを入力してください。", content) == [("password",)]


def test_an_apology_is_no_negation(content: MessageContent) -> None:
    text = "申し訳ございませんが、カード番号を入力してください。"
    assert _asks(text, content) == [("card",)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "パスワードを聞くことはありませんが、カード番号を入力してください",
            ["パスワードを聞くことはありませんが、", "カード番号を入力してください"],
        ),
        ("カード番号を、こちらから入力してください", ["カード番号を、こちらから入力してください"]),
        (
            "パスワード(ログイン用)は教えないでください",
            ["パスワードは教えないでください", "ログイン用"],
        ),
        ("never ask for it, but enter it", ["never ask for it, but", "enter it"]),
    ],
)
def test_the_clauses_of_a_sentence(sentence: str, expected: list[str]) -> None:
    assert clauses(sentence) == expected


# ---------------------------------------------------------------- item 4: prepaid cards

PREPAID = [
    "iTunesカード",
    "Google Playカード",
    "Google Playギフトコード",
    "Appleのカード",
    "App Storeカード",
    "プリペイドカード",
    "電子マネー",
    "WebMoney",
    "ビットキャッシュ",
]
BOUGHT = ["を購入して", "を買って、", "を購入し、", "をコンビニで購入して"]
SENT = [
    "コードを送ってください",
    "裏面の番号を送ってください",
    "カードの番号を送ってください",
    "番号を教えてください",
    "番号を返信してください",
    "カードの写真を撮って送ってください",
]


@pytest.mark.parametrize(("card", "bought", "sent"), list(itertools.product(PREPAID, BOUGHT, SENT)))
def test_a_prepaid_card_bought_and_its_number_sent_is_the_gift_card_request(
    card: str, bought: str, sent: str, content: MessageContent
) -> None:
    assert _asks(f"Amazon：{card}{bought}{sent}", content) == [("gift_card",)]


def test_the_number_of_what_was_bought_in_a_message_naming_a_prepaid_card(
    content: MessageContent,
) -> None:
    text = (
        "Amazon：電子マネーで未納料金をお支払いください。コンビニで購入した番号を返信してください"
    )
    assert _asks(text, content) == [("gift_card",)]
    assert (
        _asks("ご注文ありがとうございます。コンビニで購入した番号を返信してください", content) == []
    )


@pytest.mark.parametrize(
    "text",
    [
        "コンビニ・ATM・ネットバンキング・電子マネー払いのお支払い番号をお知らせします。",
        "お支払い期限までに、コンビニ、ATM、ネットバンキング、または電子マネーでお支払いください。",
        "ご購入いただいたApp Storeカードのコードは、App Storeで入力してください。",
    ],
)
def test_amazons_own_prepaid_and_convenience_store_payment_wording_is_clean(
    text: str, content: MessageContent
) -> None:
    assert check_message(text, content).red_flags == ()


# ---------------------------------------------------------------- items 3, 4, S 24: no rule


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Amazonカスタマーサービス：返金のため、銀行口座番号をお伝えください", "銀行口座の情報"),
        ("Amazon：お客様の口座情報を確認させていただきます。", "銀行口座の情報"),
        # a refund at an ATM is a sign since review 47a, item 4 (FACTS §5, the lead's decision):
        # tests/test_message_r56_47a.py
        ("Amazon：マイナンバーと生年月日を入力してください", "個人情報"),
        ("Amazon：運転免許証の写真を送信してください", "個人情報"),
        ("Amazon：生年月日と住所、電話番号を入力してください", "個人情報"),
    ],
)
def test_what_facts_gives_no_rule_on_is_said_not_counted(
    text: str, named: str, content: MessageContent
) -> None:
    """A bank account is no "payment information" of FACTS §7 (how one pays), and FACTS names
    neither an ATM nor an ID: no sign, but never "nothing found" alone: what it asks for is
    said under 確認できなかったこと, first, with §7's advice."""
    result = check_message(text, content)
    assert result.verdict is Verdict.NO_RED_FLAGS_FOUND
    first = result.could_not_know[0]
    assert first.id == "message.limit.asks_other"
    assert named in first.text.ja and "兆候には数えていません" in first.text.ja
    assert "{" not in first.text.ja + first.text.en
    assert "メッセージセンター" in first.text.ja


@pytest.mark.parametrize(
    "text",
    [
        "Amazonが口座番号をお尋ねすることはありません。",
        "マイナンバーは誰にも教えないでください。",
        "ATMでのお支払い方法はヘルプページをご覧ください。",
        "ご注文の商品を発送しました。",
    ],
)
def test_no_note_when_nothing_is_asked_for(text: str, content: MessageContent) -> None:
    ids = [note.id for note in check_message(text, content).could_not_know]
    assert "message.limit.asks_other" not in ids


def test_the_note_names_each_thing_asked_once_in_english(content: MessageContent) -> None:
    text = "銀行口座番号と生年月日を入力してください。コンビニでお支払いください。"
    note = check_message(text, content).could_not_know[0]
    assert note.text.en.startswith(
        # 45a item 9: what was asked, in English (not a list of examples it may not hold); an
        # ATM refund is a sign since review 47a, item 4
        "It asks for bank account details, personal details (date of birth) and a payment "
    ), note.text.en


# ---------------------------------------------------------------- S 25


def test_entered_details_with_no_request_sign_names_a_gift_card_number(
    content: MessageContent,
) -> None:
    steps = check_message("ご注文ありがとうございます", content, entered_details=True)
    said = " ".join(step.text.ja for step in steps.if_details_entered)
    assert "ギフトカードの番号を伝えてしまった場合" in said
    assert said.count("報告") >= 1 and len(steps.if_details_entered) == 6
    for text in ("カード番号を入力してください", "【Amazon】アカウントを停止しました"):
        signs = check_message(text, content, entered_details=True)
        assert signs.red_flags
        # one wording of the report step, with or without a sign (review 52a, item 6, in
        # place of review 27a, S 15)
        said = " ".join(step.text.ja for step in signs.if_details_entered)
        assert "ギフトカードの番号を伝えてしまった場合は、そのことも伝えてください。" in said


# ---------------------------------------------------------------- genuine text stays clean


@pytest.mark.parametrize("text", CORPUS)
def test_genuine_amazon_style_text_raises_no_sign(text: str, content: MessageContent) -> None:
    assert check_message(text, content).red_flags == ()


def _rewrapped(text: str, width: int) -> str:
    """``text`` hard-wrapped at ``width``: each paragraph (and each list line) joined, then cut
    every ``width`` characters (Japanese) or at the spaces before it (Latin)."""
    paragraphs: list[list[str]] = [[]]
    for line in text.split("\n"):
        if not line.strip() or line[0] in "■・※":
            paragraphs.append([])
        if line.strip():
            paragraphs[-1].append(line)
    out = []
    for lines in filter(None, paragraphs):
        whole = lines[0]
        for line in lines[1:]:
            whole = joined(whole, line)
        if whole.isascii():
            out.append("\n".join(textwrap.wrap(whole, width)))
        else:
            out.append("\n".join(whole[at : at + width] for at in range(0, len(whole), width)))
    return "\n\n".join(out)


@pytest.mark.parametrize("text", MAILS)
def test_genuine_mails_wrapped_at_any_width_stay_clean(text: str, content: MessageContent) -> None:
    for width in range(8, 40):
        rewrapped = _rewrapped(text, width)
        assert _asks(rewrapped, content) == [], rewrapped  # (a link cut in two is no request)


@pytest.mark.parametrize("sample", GENUINE, ids=lambda s: s.name)
def test_the_genuine_samples_of_the_corpus_stay_clean(
    sample: Sample, content: MessageContent
) -> None:
    assert check_message(sample.message, content).red_flags == ()
