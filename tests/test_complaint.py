"""The complaint message, its placeholders, option parsing and the escalation kit."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import subprocess

import pytest
from hypothesis import given
from hypothesis import strategies as st

from primehelp.clipboard import CopyOutcome, system_copy, tool_names
from primehelp.complaint import (
    AMOUNT_MAX,
    Complaint,
    ComplaintOptions,
    Topic,
    build_kit,
    draft,
    parse_amount,
    parse_renewal,
    parse_topic,
    with_copied,
)
from primehelp.content import complaints, contact, escalation
from primehelp.errors import BadInput
from primehelp.i18n import LANGS, Text
from primehelp.plans import Plan, parse_plan

DATA = complaints.load()
FULL = ComplaintOptions(
    renewal_date=dt.date(2026, 5, 17), amount=5900, plan=Plan.ANNUAL, benefits_used=False
)
OPTION_NAMES = ("renewal_date", "amount", "plan", "benefits_used")
# The field each placeholder name stands for, as shown in each language.
MARKS = {
    name: (DATA.placeholders[name].ja, DATA.placeholders[name].en)
    for name in (*OPTION_NAMES, "question")
}
# Not said: both ready lines, to keep one of (review 42a item 27), not a placeholder.
MARKS["benefits_used"] = (
    f"{DATA.benefits_unused.ja}\n・{DATA.benefits_used.ja}",
    f"{DATA.benefits_unused.en}\n- {DATA.benefits_used.en}",
)


def kit():
    return build_kit(contact.load(), escalation.load(), DATA)


def make(topic: Topic, options: ComplaintOptions | None = None) -> Complaint:
    return draft(topic, options or ComplaintOptions(), DATA, kit())


def options_without(missing: set[str]) -> ComplaintOptions:
    return ComplaintOptions(
        **{name: getattr(FULL, name) for name in OPTION_NAMES if name not in missing}
    )


# ---------------------------------------------------------------- the message


@pytest.mark.parametrize("topic", list(Topic))
@pytest.mark.parametrize(
    "missing",
    [set(c) for r in range(len(OPTION_NAMES) + 1) for c in itertools.combinations(OPTION_NAMES, r)],
    ids=lambda m: "+".join(sorted(m)) or "none",
)
def test_placeholders_exactly_where_options_are_missing(topic: Topic, missing: set[str]) -> None:
    complaint = make(topic, options_without(missing))
    expected = set(missing) | ({"question"} if topic is Topic.OTHER else set())
    assert set(complaint.placeholders) == expected
    for name, (mark_ja, mark_en) in MARKS.items():
        assert (mark_ja in complaint.message.ja) == (name in expected), name
        assert (mark_en in complaint.message.en) == (name in expected), name
    if not expected:
        assert "［" not in complaint.message.ja
        assert "[" not in complaint.message.en


@pytest.mark.parametrize("topic", list(Topic))
def test_filled_values_appear_in_both_languages(topic: Topic) -> None:
    message = make(topic, FULL).message
    assert "2026年5月17日" in message.ja
    assert "Renewal date: 2026-05-17\n" in message.en
    assert "5,900円" in message.ja
    assert "¥5,900" in message.en
    assert "会員プラン：年間プラン\n" in message.ja
    assert "Plan: Annual plan\n" in message.en
    assert "前回の支払い以降に、プライムの特典は利用していません。" in message.ja
    assert "I have not used any Prime benefits since the last charge." in message.en


@pytest.mark.parametrize("topic", list(Topic))
@pytest.mark.parametrize("lang", LANGS)
def test_message_is_a_polite_chat_message(topic: Topic, lang: str) -> None:
    message = make(topic).message(lang)  # type: ignore[arg-type]
    if lang == "ja":
        assert message.startswith("お世話になっております。\n")
        assert message.rstrip().endswith("よろしくお願いいたします。")
        # です・ます: no plain-form sentence endings such as 「だ。」「である。」
        assert not re.search(r"(だ|である)。", message)
    else:
        assert message.startswith("Hello,\n")
        assert message.rstrip().endswith("Thank you for your help.")
    assert "{" not in message
    assert "}" not in message


def test_benefits_option_changes_the_wording() -> None:
    used = make(Topic.REFUND, ComplaintOptions(benefits_used=True)).message
    unused = make(Topic.REFUND, ComplaintOptions(benefits_used=False)).message
    assert "特典を利用しました" in used.ja
    assert "特典は利用していません" in unused.ja
    assert "I have used Prime benefits" in used.en
    assert "I have not used any Prime benefits" in unused.en


@pytest.mark.parametrize(
    ("plan", "ja", "en"),
    [
        (Plan.ANNUAL, "年間プラン", "Annual plan"),
        (Plan.MONTHLY, "月間プラン", "Monthly plan"),
        (Plan.STUDENT_ANNUAL, "Prime Student 年間プラン", "Prime Student annual plan"),
        (Plan.STUDENT_MONTHLY, "Prime Student 月間プラン", "Prime Student monthly plan"),
    ],
)
def test_every_plan_is_named(plan: Plan, ja: str, en: str) -> None:
    message = make(Topic.CANCEL, ComplaintOptions(plan=plan)).message
    assert f"会員プラン：{ja}\n" in message.ja
    assert f"Plan: {en}\n" in message.en


@pytest.mark.parametrize("topic", [Topic.RENEWAL, Topic.REFUND, Topic.CANCEL])
def test_refund_is_asked_about_never_promised(topic: Topic) -> None:
    for options in (ComplaintOptions(), FULL):
        message = make(topic, options).message
        assert "返金が可能かどうか" in message.ja
        assert "whether a refund" in message.en
        for promise in ("返金されます", "返金してください", "返金される", "全額"):
            assert promise not in message.ja
        for promise in ("will be refunded", "full refund", "refund me", "owed"):
            assert promise not in message.en.lower()


@pytest.mark.parametrize("topic", list(Topic))
def test_no_amount_appears_unless_the_member_gave_it(topic: Topic) -> None:
    money = re.compile(r"[¥￥]\s*[\d,]+|\d[\d,]*\s*円")
    blank = make(topic, ComplaintOptions(benefits_used=True)).message
    assert not money.search(blank.ja)
    assert not money.search(blank.en)
    filled = make(topic, ComplaintOptions(amount=600)).message
    assert money.findall(filled.ja) == ["600円"]
    assert money.findall(filled.en) == ["¥600"]


def test_title_names_the_topic() -> None:
    assert make(Topic.RENEWAL).title.en.startswith("if an automatic renewal")
    assert make(Topic.CANCEL).title.ja == "解約が済んでいない場合"  # review 19a, S 14


def test_with_copied_keeps_every_field() -> None:
    complaint = make(Topic.OTHER, FULL)
    copied = with_copied(complaint, copied=True)
    assert copied.copied is True
    assert copied.message == complaint.message
    assert copied.placeholders == complaint.placeholders
    assert copied.kit == complaint.kit


# ---------------------------------------------------------------- the kit


def test_kit_has_188_with_hours_limits_and_sources() -> None:
    built = kit()
    assert built.hotline_number == "188"
    hotline = built.escalation[0].fact
    assert hotline.id == "escalation.hotline_188"
    assert "10:00〜16:00" in hotline.text.ja
    assert "12月29日〜1月3日" in hotline.text.ja
    assert "IP" in hotline.text.en
    assert hotline.sources == (
        "https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/",
        "https://www.gov-online.go.jp/useful/article/201807/1.html",
    )


def test_kit_facts_come_from_the_shared_data_files() -> None:
    built = kit()
    ids = {
        *(f.id for f in built.start_chat),
        *(f.id for f in built.keep),
        *(route.fact.id for route in built.escalation),
        *(f.id for f in built.law),
    }
    assert ids == {
        "contact.route.chat",
        "contact.route.chat.bot_first",
        "complaint.keep.screenshot",
        "escalation.subscription_advice",
        "escalation.hotline_188",
        "escalation.local_centre",
        "escalation.adr",
        "escalation.law.final_screen",
        "escalation.law.rescission",
    }
    every = [*built.start_chat, *built.keep, *(r.fact for r in built.escalation), *built.law]
    assert all(f.sources and f.checked == dt.date(2026, 12, 2) for f in every)
    assert "第12条の6" in built.law[0].text.ja
    assert "第15条の4" in built.law[1].text.ja
    assert built.chat_path_ja[-1] == "カスタマーサービスへ連絡"
    assert built.contact_page_url == "https://www.amazon.co.jp/gp/help/customer/contact-us"


def test_low_confidence_kit_facts_say_reportedly() -> None:
    for item in kit().start_chat:
        if "L" in item.confidence:
            assert "報告によれば" in item.text.ja
            assert "eportedly" in item.text.en


# ---------------------------------------------------------------- parsing


@pytest.mark.parametrize(
    "raw",
    [
        "5900",
        "5,900",
        "¥5,900",
        "¥5900",
        "￥5,900",
        "5900円",
        "5,900円",
        "５９００",
        "５，９００円",
        " 5900 ",
        "¥ 5,900",
        "5900 円",
        "JPY 5900",
        "5,900.00",  # a whole yen with zero decimals, as charge reads it (review 60a, B 1)
        "5900.0",
    ],
)
def test_amount_forms_give_the_same_number(raw: str) -> None:
    assert parse_amount(raw) == 5900


@given(
    st.integers(min_value=1, max_value=AMOUNT_MAX),
    st.sampled_from(["", "¥", "￥"]),
    st.sampled_from(["", "円"]),
    st.booleans(),
    st.booleans(),
)
def test_amount_round_trip(amount: int, prefix: str, suffix: str, commas: bool, wide: bool) -> None:
    digits = f"{amount:,}" if commas else str(amount)
    if wide:
        digits = digits.translate(str.maketrans("0123456789,", "０１２３４５６７８９，"))
    assert parse_amount(f"{prefix}{digits}{suffix}") == amount


@pytest.mark.parametrize(
    "raw",
    [
        "",
        "0",
        "-5900",
        "−5900",
        "5900.5",
        # "5,900.00" is 5,900 yen, as charge reads it (review 60a, B 1)
        "59,00",
        "5.900",
        "abc",
        "5900ドル",
        "1000001",
        "1,000,001",
        "99999999999",
        "5 900",
        "¥",
        "円",
        "1e3",
        "NaN",
    ],
)
def test_bad_amounts_are_refused_in_one_line(raw: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_amount(raw)
    for lang in LANGS:
        line = caught.value.message(lang)
        assert "\n" not in line
        assert "--amount" in line
        assert "5,900" in line and "¥5,900" in line and "5900円" in line
        assert "1,000,000" in line


def test_amount_bounds() -> None:
    assert parse_amount("1") == 1
    assert parse_amount("1,000,000") == AMOUNT_MAX


@pytest.mark.parametrize(
    ("raw", "topic"),
    [
        ("renewal", Topic.RENEWAL),
        ("REFUND", Topic.REFUND),
        (" cancel ", Topic.CANCEL),
        ("ｏｔｈｅｒ", Topic.OTHER),
    ],
)
def test_topics_are_read(raw: str, topic: Topic) -> None:
    assert parse_topic(raw) is topic


@pytest.mark.parametrize("raw", ["", "renew", "complaint", "返金", "cancel\nx"])
def test_unknown_topic_names_every_accepted_topic(raw: str) -> None:
    with pytest.raises(BadInput) as caught:
        parse_topic(raw)
    for lang in LANGS:
        line = caught.value.message(lang)
        assert "\n" not in line
        for topic in Topic:
            assert topic.value in line


@pytest.mark.parametrize(
    ("raw", "plan"),
    [
        ("annual", Plan.ANNUAL),
        ("Monthly", Plan.MONTHLY),
        ("student-annual", Plan.STUDENT_ANNUAL),
        ("student_monthly", Plan.STUDENT_MONTHLY),
        ("年間プラン", Plan.ANNUAL),
        ("月間プラン", Plan.MONTHLY),
    ],
)
def test_plans_are_read(raw: str, plan: Plan) -> None:
    assert parse_plan(raw) is plan


def test_unknown_plan_names_the_plans() -> None:
    with pytest.raises(BadInput) as caught:
        parse_plan("yearly")
    assert "student-monthly" in caught.value.message.en
    assert "--plan" in caught.value.message.ja


def test_renewal_dates_use_the_shared_parser_and_name_the_option() -> None:
    assert parse_renewal("2026年5月17日") == dt.date(2026, 5, 17)
    assert parse_renewal("２０２６-０５-１７") == dt.date(2026, 5, 17)
    with pytest.raises(BadInput) as caught:
        parse_renewal("31/12/2026")
    assert caught.value.message.en.startswith("`--renewal` ")
    assert caught.value.message.ja.startswith("`--renewal` の値「")


# ---------------------------------------------------------------- clipboard


class FakeRun:
    def __init__(self, codes: dict[str, int | BaseException]) -> None:
        self.codes = codes
        self.calls: list[tuple[list[str], bytes, float]] = []

    def __call__(self, args: list[str], *, input: bytes, timeout: float, **_: object) -> object:
        self.calls.append((args, input, timeout))
        outcome = self.codes[args[0]]
        if isinstance(outcome, BaseException):
            raise outcome
        return subprocess.CompletedProcess(args, outcome)


def test_copy_uses_the_first_installed_tool() -> None:
    run = FakeRun({"/usr/bin/xclip": 0})
    which = {"xclip": "/usr/bin/xclip"}.get
    outcome = system_copy("お世話になっております。", which=which, run=run)
    assert outcome == CopyOutcome(copied=True, tool="xclip")
    args, data, timeout = run.calls[0]
    assert args == ["/usr/bin/xclip", "-selection", "clipboard"]
    assert data.decode("utf-8") == "お世話になっております。"
    assert 0 < timeout <= 10


def test_copy_falls_through_a_failing_tool() -> None:
    run = FakeRun({"wl": 1, "xs": subprocess.TimeoutExpired("xs", 5), "clip": 0})
    which = {"wl-copy": "wl", "xsel": "xs", "clip.exe": "clip"}.get
    outcome = system_copy("日本語", which=which, run=run)
    assert outcome == CopyOutcome(copied=True, tool="clip.exe")
    assert [call[0][0] for call in run.calls] == ["wl", "xs", "clip"]
    assert run.calls[-1][1].decode("utf-16") == "日本語"


def test_copy_reports_the_last_problem_when_every_tool_fails() -> None:
    run = FakeRun({"pb": OSError(8, "Exec format error")})
    outcome = system_copy("x", which={"pbcopy": "pb"}.get, run=run)
    assert outcome.copied is False
    assert outcome.tool == "pbcopy"
    assert outcome.problem == Text("pbcopy を実行できませんでした", "pbcopy: Exec format error")


def test_a_failing_tool_is_reported_in_japanese_words() -> None:
    """Review 6 item 14: no English fragment (「xsel: exit status 1」) in the Japanese line."""
    run = FakeRun({"xs": 1})
    outcome = system_copy("x", which={"xsel": "xs"}.get, run=run)
    assert outcome.problem == Text("xsel でのコピーに失敗しました", "xsel: exit status 1")


def test_copy_without_any_tool() -> None:
    run = FakeRun({})
    assert system_copy("x", which=lambda _: None, run=run) == CopyOutcome(copied=False)
    assert run.calls == []
    assert tool_names() == ("wl-copy", "xclip", "xsel", "pbcopy", "clip.exe")
