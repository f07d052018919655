"""Review 31a: contact, check-number, sources, fees and complain (items 5–7, 13–17)."""

from __future__ import annotations

from tests.support.clihelp import run

WIDE = {"COLUMNS": "200"}


def _screen(*args: str, lang: str = "ja") -> str:
    result = run(*args, "--lang", lang, env=WIDE)
    assert result.exit_code in (0, 1), result.stderr  # check-number: 1 for a former number
    return result.stdout


def test_sources_names_the_end_now_choice_once() -> None:
    """Item 5: 「すぐに終了するほう」 and 「今すぐ終了するほう」 were one choice with two names."""
    ja = _screen("sources", "refund")
    assert "すぐに終了するほう" not in ja.replace("今すぐ終了するほう", "")
    assert "解約するときに今すぐ終了するほうを選ぶと、会員資格と特典はすぐに終了します。" in ja
    en = _screen("sources", "refund", lang="en")
    assert "to end at once" not in en
    assert "If you choose, when cancelling, to end it now," in en


def _json(*args: str) -> dict:  # type: ignore[type-arg]
    result = run(*args, "--json", "--lang", "ja")
    assert result.exit_code in (0, 1), result.stderr
    data: dict = result.json()["data"]  # type: ignore[type-arg]
    return data


def test_check_number_json_carries_the_screen_sentence_and_advice() -> None:
    """Item 6: the JSON had codes only, and two of the four things to do were missing."""
    data = _json("check-number", "0120-999-373", "110")
    former, police = data["results"]
    screen = _screen("check-number", "0120-999-373", "110")
    assert former["kind_name"] == "通話料無料の番号" and former["kind_name"] in screen
    assert former["text"].startswith("以前Amazonが公開していた番号ですが")
    assert former["text"] in screen.replace("\n", "")
    assert police["kind_name"] is None and police["text"] in screen.replace("\n", "")
    ids = [item["id"] for item in data["advice"]]
    assert ids[:3] == [
        "contact.no_published_number",
        "scam.phone.do_not_respond",
        "scam.phone.callback_too",
    ]
    for item in data["advice"][1:]:
        assert "・" + item["text"] in screen.replace("\n", "")


def test_contact_json_carries_the_call_back_advice_and_the_label_caveat() -> None:
    """Item 6: 「コールバックでも…」 and 「ボタンやページの表示は…」 were on screen only."""
    data = _json("contact")
    notes = {note["id"]: note["text"] for note in data["routes"][1]["notes"]}
    assert notes["contact.route.callback.payment"].startswith("コールバックでも、支払い情報")
    assert [item["id"] for item in data["advice"]] == ["contact.labels_may_change"]
    screen = _screen("contact").replace("\n", "")
    # review 53a item 21: the button-label note only repeated the route's first line
    # (「「電話をリクエスト」を選ぶと…」), so the screen drops it; --json keeps it
    label_note = notes.pop("contact.route.callback.labels")
    assert (
        "「電話をリクエスト」" in label_note
        and "「電話をリクエスト」" in data["routes"][1]["hours"]
    )
    assert data["routes"][1]["hours"] in screen and label_note not in screen
    assert notes and all(text in screen for text in notes.values())
    assert data["advice"][0]["text"] in screen


def test_fees_json_fills_every_renewals_cell_and_gives_iso_ends() -> None:
    """Item 7: 既存会員 rows were null in --json and the ends of each range were prose only."""
    rows = {(row["plan"], row["fee_yen"]): row for row in _json("fees")["history"]}
    screen = _screen("fees")
    for row in rows.values():
        assert row["renewals"] is not None
    assert rows[("annual", 3900)]["renewals"] == "2019年5月16日までの更新時の請求"
    assert rows[("annual", 3900)]["renewals_until"] == "2019-05-16"
    assert rows[("annual", 3900)]["new_members_until"] == "2019-04-11"
    assert rows[("annual", 4900)]["new_members_from"] == "2019-04-12"
    assert rows[("annual", 4900)]["renewals_until"] == "2023-09-23"
    student = rows[("student-annual", 2450)]
    assert student["renewals"].startswith("2023年9月23日までの更新時の請求")  # review 50a item 12
    assert student["new_members_from"] is None and student["new_members_until"] == "2023-08-23"
    assert rows[("monthly", 600)]["renewals_until"] is None
    assert "2023年9月23日までの更新時の請求" in screen


def test_complain_json_gives_what_the_member_entered() -> None:
    """Item 7: the renewal date, amount and plan were inside the Japanese message only."""
    args = ("complain", "renewal", "--renewal", "2026-05-17", "--amount", "5900")
    data = _json(*args, "--plan", "annual")
    assert (data["renewal"], data["amount_yen"], data["plan"]) == ("2026-05-17", 5900, "annual")
    bare = _json("complain", "renewal")
    assert (bare["renewal"], bare["amount_yen"], bare["plan"]) == (None, None, None)


def test_a_former_number_is_named_one_way_and_shown_not_calling() -> None:
    """S 13: 「かつて」 on contact, 「以前」 on check-number; a dead number 「からの電話」."""
    contact = _screen("contact").replace("\n", "").replace("│", "").replace(" ", "")
    assert "かつて" not in contact and "以下は以前Amazonが公開していた番号ですが" in contact
    number = _screen("check-number", "0120-999-373").replace("\n", "")
    assert "以前Amazonが公開していた番号ですが" in number
    assert "この番号が表示された電話やSMS、この番号に電話するよう書かれた連絡は、詐欺の可能性があります。"  # 32a S 8 in number
    assert "この番号からの電話" not in number
    assert (
        "A call or SMS showing this number, or a message asking you to call it, may be fraud."
        in _screen("check-number", "0120-999-373", lang="en").replace("\n", " ")
    )
    assert "かつて" not in _screen("sources", "contact")


def test_the_chat_note_says_no_more_than_the_fact_sheet() -> None:
    """S 14: the handover to a person is not on the sheet (only "an automated assistant first")."""
    for args in (("contact",), ("sources", "contact.route.chat"), ("complain", "renewal")):
        ja = _screen(*args).replace("\n", "").replace("│", "").replace(" ", "")
        assert "報告によれば、最初は自動応答（チャットボット）が対応します。" in ja
        assert "担当者" not in ja
        assert "hands over" not in _screen(*args, lang="en")


def test_fees_names_the_4900_and_500_renewals_as_bills_too() -> None:
    """S 15: 「…以降の更新から…の請求まで」 mixed two words for one kind of date."""
    rows = {(row["plan"], row["fee_yen"]): row for row in _json("fees")["history"]}
    for key in (("annual", 4900), ("monthly", 500)):
        # review 32a, item 6: the range said once, one word for the bill
        # review 50a item 12: the monthly 500 yen's start is assumed (FACTS §1, M): 「ごろから」
        start = "2019年5月17日ごろから" if key[0] == "monthly" else "2019年5月17日から"
        assert rows[key]["renewals"].startswith(start + "2023年9月23日までの更新時の請求")
        assert "以降" not in rows[key]["renewals"] and "更新（請求）" not in rows[key]["renewals"]
    en = {
        (r["plan"], r["fee_yen"]): r
        for r in run("fees", "--json", "--lang", "en").json()["data"]["history"]
    }
    assert en[("annual", 4900)]["renewals"] == "bills at renewals from 2019-05-17 to 2023-09-23"


def test_the_hotline_closing_days_come_before_their_name() -> None:
    """S 16: 「年末年始」 was parted from 「（12月29日〜1月3日）」 at a line end."""
    for command in ("contact", "complain"):
        args = (command,) if command == "contact" else (command, "renewal")
        ja = _screen(*args).replace("\n", "")
        # a noun, not a gloss (review 52a, item 2)
        assert "12月29日〜1月3日は年末年始のため休みです。" in ja
        assert "年末年始（" not in ja
        assert "Closed 29 Dec – 3 Jan (the New Year holidays);" in _screen(
            *args, lang="en"
        ).replace("\n", " ")
    result = run("contact", "--lang", "ja", env={"COLUMNS": "60"})
    lines = result.stdout.splitlines()
    assert not any(line.endswith("年末年始") for line in lines)


def test_contact_json_writes_the_circulating_numbers_as_the_screens_do() -> None:
    """S 17: 「(03)-5757-5252」 appeared in --json only, in a form not used in Japan."""
    numbers = [item["number"] for item in _json("contact")["circulating_numbers"]]
    assert "03-5757-5252" in numbers and not any("(" in number for number in numbers)
    assert "03-5757-5252" in _screen("sources", "contact.circulating_numbers")
