"""Review 9b, the cancel screens and the walkthrough (g1): transcripts through the real CLI."""

from __future__ import annotations

import pytest

from tests.support.clihelp import run

WIDE = {"COLUMNS": "1000"}  # one paragraph per line


def _text(*args: str, lang: str = "ja") -> str:
    result = run(*args, "--lang", lang, env=WIDE)
    assert result.exit_code == 0, result.stderr
    return result.stdout


def _cancel(*args: str, lang: str = "ja") -> str:
    return _text("cancel", "--no-interactive", *args, lang=lang)


# ---------------------------------------------------------------- item 13: no same-day deadline


@pytest.mark.parametrize(
    "args",
    [
        ("renewal", "2026-12-05", "--today", "2026-12-05"),
        ("cancel", "--no-interactive", "--renewal", "2026-12-05", "--today", "2026-12-05"),
        (
            "cancel",
            "--no-interactive",
            "--renewal",
            "2026-12-05",
            "--today",
            "2026-12-05",
            "--no-benefits-used",
        ),
    ],
)
def test_13_the_renewal_day_sets_no_same_day_deadline(args: tuple[str, ...]) -> None:
    ja = _text(*args).splitlines()[0]
    assert ja.startswith(
        "今日が更新日（会費の請求日）です。会費がすでに請求されている可能性があります。解約する場合は、"
    ), ja
    assert "今日中" not in ja
    en = _text(*args, lang="en").splitlines()[0]
    assert "cancel today" not in en and "cancel and choose" in en, en


# ---------------------------------------------------------------- item 1: a renewal today or past


def _section(out: str) -> list[str]:
    """The 「終了のタイミングと返金」 / "When it ends, and refunds" section, line by line."""
    lines = out.splitlines()
    start = next(
        i
        for i, line in enumerate(lines)
        if line in ("終了のタイミングと返金", "When it ends, and refunds")
    )
    end = lines.index("", start)
    return lines[start + 1 : end]


@pytest.mark.parametrize("renewal", ["2026-12-05", "2026-11-20"])
def test_1_a_charged_renewal_offers_the_next_renewal_date(renewal: str) -> None:
    args = ("--renewal", renewal, "--today", "2026-12-05")
    ja = _section(_cancel(*args))
    assert ja[0] == "次の更新日に終了する場合"
    assert "・すでに請求された会費は返金されません。特典は次の更新日まで使えます。" in ja
    assert "更新日に終了する場合" not in ja
    now = ja.index("今すぐ終了する場合")
    assert any("全額" in line and "返金されます" in line for line in ja[now:])
    en = _section(_cancel(*args, lang="en"))
    assert en[0] == "If it ends on the next renewal date"
    assert (
        # English bullets are "- " since review 36b S 13 (「・」 before)
        "- The fee already charged is not refunded; the benefits continue until the next renewal date."
        in en
    )
    out = _cancel(*args)
    step5 = next(line for line in out.splitlines() if line.startswith("5. "))
    assert "更新日に終了" not in step5


@pytest.mark.parametrize(
    ("answer", "ja", "en"),
    [
        ("--benefits-used", "一部が返金されることがあります", "a partial refund may be offered"),
        ("--no-benefits-used", "全額、支払いに使った方法で返金されます", "refunded in full"),
    ],
)
def test_1_ending_now_after_the_charge_follows_the_answer(answer: str, ja: str, en: str) -> None:
    args = ("--renewal", "2026-12-05", "--today", "2026-12-05", answer)
    lines = _section(_cancel(*args))
    now = lines.index("今すぐ終了する場合")
    assert any(ja in line for line in lines[now:]), lines
    lines_en = _section(_cancel(*args, lang="en"))
    assert any(en in line for line in lines_en[lines_en.index("If it ends now") :]), lines_en


def test_1_a_renewal_still_ahead_keeps_the_renewal_date() -> None:
    ja = _section(_cancel("--renewal", "2026-12-20", "--today", "2026-12-05"))
    # review 20b S 12: as renewal and trial say it; 62b S 13: with its date when known
    assert ja[0] == "2026年12月20日（次の更新日）に終了する場合"
    assert "・すでに請求された会費は返金されません。特典は2026年12月20日まで使えます。" in ja


# ---------------------------------------------------------------- item 6: each thing said once


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_the_refund_amount_and_the_screenshot_are_said_once(lang: str) -> None:
    out = _cancel(lang=lang)
    shown = "確定する前に" if lang == "ja" else "before you confirm"
    assert out.count(shown) == 1, out
    screenshot = "スクリーンショット" if lang == "ja" else "screenshot"
    assert out.count(screenshot) == 1, out


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_6_the_trial_says_it_costs_nothing_once(lang: str) -> None:
    out = _cancel("--trial", lang=lang)
    free = ("費用はかかりません", "costs nothing")[lang == "en"]
    assert out.count(free) == 1, out
    lines = _section(out)
    assert (
        lines[0]
        == (
            "無料体験中は、どちらを選んでも費用はかかりません。",
            "During the free trial, either choice costs nothing.",
        )[lang == "en"]
    )


# ---------------------------------------------------------------- item 5: the situation as a list


@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("args", [(), ("--student", "--no-benefits-used"), ("--via", "app")])
def test_5_the_situation_is_one_short_item_a_line(columns: int, args: tuple[str, ...]) -> None:
    result = run("cancel", "--no-interactive", *args, "--lang", "ja", env={"COLUMNS": str(columns)})
    lines = result.stdout.splitlines()
    at = lines.index("ご利用の状況：")
    items = lines[at + 1 : at + 4]
    labels = ["・手続き", "・会員", "・前回の支払い以降の特典の利用"]  # review 10b S 22
    assert [item.split("：")[0] for item in items] == labels, items
    assert items[1].endswith(("（通常のプライム）", "（Prime Student）")), items  # never cut


def test_5_the_app_step_keeps_then_together() -> None:
    out = _cancel("--via", "app")
    assert "その後は、画面の表示に従って進みます" in out and "この後" not in out


# ---------------------------------------------------------------- item 10: conflicting flags


@pytest.mark.parametrize(
    ("flags", "ja", "en"),
    [
        (
            ("--trial", "--paid"),
            "`--trial` と `--paid` は一緒に指定できません。どちらか一方を指定してください。",
            "use one of `--trial` or `--paid`, not both",
        ),
        (
            ("--paid", "--trial"),
            "`--trial` と `--paid` は一緒に指定できません。",
            "`--trial` or `--paid`",
        ),
        (
            ("--student", "--regular"),
            "`--student` と `--regular` は一緒に指定できません。",
            "--regular",
        ),
    ],
)
def test_10_a_flag_and_its_opposite_are_refused(flags: tuple[str, ...], ja: str, en: str) -> None:
    for lang, expected in (("ja", ja), ("en", en)):
        result = run("cancel", "--no-interactive", *flags, "--lang", lang, env=WIDE)
        assert result.exit_code == 2
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1 and expected in result.stderr, result.stderr
        assert "Traceback" not in result.stderr


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_10_a_carrier_says_once_that_trial_and_student_are_not_used(lang: str) -> None:
    note = (  # review 10b item 10: the flags typed, by name (wording: review 16b S 14)
        "携帯電話会社で解約する場合の案内は、有料会員か無料体験中か、"
        "通常のプライムかPrime Studentかに関係なく同じです。"
        if lang == "ja"
        else "this guidance does not depend on whether you are a paid member or in the free trial"
        " and whether it is regular Prime or Prime Student."
    )
    out = _cancel("--via", "carrier", "--trial", "--student", lang=lang)
    assert out.count(note) == 1
    assert note not in _cancel("--via", "carrier", lang=lang)


# ---------------------------------------------------------------- item 11: defaults are said


def test_11_defaults_are_said_to_be_defaults() -> None:
    out = _cancel()
    assert (
        "指定がないため、通常のプライムの有料会員がウェブサイトで手続きする場合の手順を表示しています"
        "（`--via`、`--trial`、`--student` で変更できます）。" in out
    )
    en = _cancel(lang="en")
    assert (
        "Not given, so assumed: the website, a paid membership, regular Prime "
        "(change with `--via`, `--trial`, `--student`)." in en
    )
    only_student = _cancel("--via", "app", "--trial")
    assert (
        "指定がないため、通常のプライムの場合の手順を表示しています（`--student` で変更できます）。"
        in only_student
    )
    assert "指定がないため" not in _cancel("--via", "web", "--paid", "--regular")
    assert "指定がないため" not in _cancel("--via", "carrier")


# ---------------------------------------------------------------- item 12: one name a thing


def test_12_the_first_answer_3_is_a_place_and_the_page_has_one_name() -> None:
    from primehelp.facts import ui

    assert ui("via_carrier", "ui_cancel").ja == "携帯電話会社（料金プランとセットになったプライム）"
    out = _cancel("--via", "carrier")
    assert "Amazonのプライム会員情報" not in out
    assert out.count("「Amazonプライム会員情報」のページで") >= 2  # quoted as its label (26a, S 20)


# ---------------------------------------------------------------- S 22: the walkthrough's words


def _walk(answers: list[str], given: dict[str, object] | None = None) -> list[object]:
    import datetime as dt

    from primehelp import walkthrough
    from primehelp.content.cancel import bundled_plan

    screens: list[object] = []
    pending = iter(answers)
    walkthrough.run(
        given or {},
        lambda branch: bundled_plan(branch, today=dt.date(2026, 12, 2)),
        lambda _prompt: next(pending),
        screens.append,
    )
    return screens


def test_s22_back_at_the_first_question_says_question() -> None:
    from primehelp import walkthrough

    notice = _walk(["b", "q"])[1]
    assert isinstance(notice, walkthrough.NoticeScreen)
    assert notice.text.ja == "最初の質問のため、これ以上戻れません。"
    assert notice.text.en == "This is the first question; there is nothing to go back to."


def test_s22_the_last_prompt_announces_the_final_notes() -> None:
    from primehelp.facts import ui

    prompt = ui("last_prompt", "ui_cancel")
    assert prompt.ja.startswith("Enterキーで最後の注意を表示します")
    assert "finish" not in prompt.en


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s22_a_carrier_walkthrough_sends_a_campaign_year_back_to_the_first_question(
    lang: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from primehelp import walkthrough
    from primehelp.output.walkthrough import cancel_screen

    monkeypatch.setenv("COLUMNS", "1000")
    back = (  # review 22b item 7: b is typed and confirmed with Enter
        "b を入力して最初の質問に戻り、1か2を選んでください",  # one page: once (31b S 15)
        "enter b to go back to the first question",
    )
    for given, expected in (({}, True), ({"via": walkthrough.Via.CARRIER}, False)):
        answers = ["3", "q"] if not given else ["q"]
        step = next(s for s in _walk(answers, given) if isinstance(s, walkthrough.StepScreen))
        cancel_screen(step, lang)  # type: ignore[arg-type]
        shown = capsys.readouterr().out
        assert (back[lang == "en"] in shown) is expected, shown
        assert ("primehelp cancel --via web" in shown) is not expected


# ---------------------------------------------------------------- S 24: an ended trial chooses


@pytest.mark.parametrize(
    "args",
    [
        ("trial", "2026-10-27", "--today", "2026-11-28"),
        (
            "cancel",
            "--no-interactive",
            "--trial",
            "--renewal",
            "2026-11-26",
            "--today",
            "2026-11-28",
        ),
    ],
)
def test_s24_an_ended_trial_chooses_the_timing_like_a_renewal(args: tuple[str, ...]) -> None:
    lines = _text(*args).splitlines()
    assert "終了のタイミングを選んでください" in lines[0], lines[0]
    assert "今すぐ終了するほうを選んで" not in lines[0]
    if args[0] == "cancel":  # review 10b item 4: the timings once, under their headings
        assert lines[1] == "終了のタイミングによる違いと返金は、手順の後で説明しています。"
        assert "次の更新日に終了する場合" in lines
    else:
        # 「次の更新日」 says how far it is (review 26b S 17)
        assert lines[1].startswith(
            "次の更新日（年間プランなら2027年11月26日、月間プランなら2026年12月26日。計算による目安）に終了すると、"
            "すでに請求された会費は返金されませんが"
        )
    en = _text(*args, lang="en").splitlines()
    assert "cancel and choose when it ends" in en[0], en[0]


def test_s24_an_ended_trial_without_benefits_used_still_ends_now() -> None:
    args = (
        "cancel",
        "--no-interactive",
        "--trial",
        "--no-benefits-used",
        "--renewal",
        "2026-11-26",
    )
    first = _text(*args, "--today", "2026-11-28").splitlines()[0]
    assert "会員資格を今すぐ終了するほうを選んでください" in first
