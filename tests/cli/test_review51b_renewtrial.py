"""Review 51b: renewal, trial, cancel and their calendars (items 1–7, 14–16, 18, 22, 23, 25)."""

from __future__ import annotations

from typer.testing import CliRunner

from primehelp.cli import app

runner = CliRunner()


def _run(lang: str, *args: str, columns: int = 200) -> tuple[int, str, str]:
    result = runner.invoke(app, ["--lang", lang, *args], env={"COLUMNS": str(columns)})
    return result.exit_code, result.stdout, result.stderr


def _flat(text: str) -> str:
    return "".join(text.split())


def test_plan_student_asks_which_plan_in_the_plans_own_names() -> None:
    """51b item 1: no 「Prime Student の」 (space before the particle), no coined 「学生年間」."""
    code, _, err = _run("ja", "renewal", "2027-01-20", "--plan", "student")
    assert code == 2
    assert _flat(
        "Prime Studentの年間プランか月間プランか分かりません。student-annual（Prime Student 年間"
        "プラン）または student-monthly（Prime Student 月間プラン）を指定してください。"
    ) in _flat(err)
    assert "学生年間" not in err and "Prime Student の" not in err
    code, _, err = _run("en", "renewal", "2027-01-20", "--plan", "student")
    assert code == 2
    assert "student-annual (Prime Student annual plan)" in " ".join(err.split())
    assert "学生" not in err


def _events(ics: str) -> dict[str, str]:
    """Each VEVENT's unfolded DESCRIPTION by its DTSTART day."""
    text = ics.replace("\r\n ", "").replace("\n ", "")
    found: dict[str, str] = {}
    for block in text.split("BEGIN:VEVENT")[1:]:
        lines = block.splitlines()
        start = next(x for x in lines if x.startswith("DTSTART")).rsplit(":", 1)[1]
        found.setdefault(start, next(x for x in lines if x.startswith("DESCRIPTION")))
    return found


def test_a_past_renewal_event_keeps_one_time_frame() -> None:
    """51b item 3: 「…目安日は過ぎています。…メールは…ごろに届きます」 for the same past renewal;
    the mail sentence is left out for a past mail day, kept for a future one."""
    for lang, mail, passed in (
        ("ja", "ごろに届きます", "過ぎています"),
        ("en", "reminder mail comes around", "has passed"),
    ):
        code, out, _ = _run(lang, "renewal", "2026-11-20", "--today", "2026-12-07", "--ics", "-")
        assert code == 0
        events = _events(out)
        assert passed in events["20261120"] and mail not in events["20261120"]
        code, out, _ = _run(lang, "renewal", "2026-12-20", "--today", "2026-12-07", "--ics", "-")
        assert mail in _events(out)["20261220"]


def test_student_end_error_says_comma_separated() -> None:
    """51b item 4: 「いずれか」 (exactly one) although --events takes several, as the help says."""
    code, _, err = _run("ja", "renewal", "2027-01-20", "--events", "student-end", "--ics", "-")
    assert code == 2
    assert "カンマ区切り" in err and "いずれか" not in err
    code, _, err = _run("ja", "trial", "2026-11-01", "--events", "student-end", "--ics", "-")
    assert code == 2
    assert "カンマ区切り" in err and "いずれか" not in err
    code, _, err = _run("en", "renewal", "2027-01-20", "--events", "student-end", "--ics", "-")
    assert code == 2
    assert "separated by commas" in err


def test_student_end_description_says_four_years_once() -> None:
    """51b item 14: 「最長4年間」 three times and 「通常のプライムに切り替わ」 twice in one box."""
    for lang, four in (("ja", "最長4年間"), ("en", "at most 4 years")):
        code, out, _ = _run(
            lang, "trial", "2026-11-01", "--student", "--today", "2026-12-07", "--ics", "-",
            "--events", "student-end",
        )  # fmt: skip
        assert code == 0
        text = _events(out)["20310501"]
        assert text.count(four) == 1
        if lang == "ja":
            assert text.count("通常のプライムに切り替わ") == 1
            assert "開始日から計算した" not in text


def test_a_past_date_with_a_plan_says_both_timings() -> None:
    """51b item 18: with --plan, only 「今すぐ終了すると返金される場合があります」, never that the
    benefits stop at once nor that ending at the next renewal keeps them (the no-plan screen
    says both): the same paragraph, with the computed next renewal."""
    code, out, _ = _run("ja", "renewal", "2026-11-20", "--plan", "monthly", "--today", "2026-12-07")
    assert code == 0
    flat = _flat(out)
    assert "今すぐ終了すると返金される場合があります" not in flat
    assert (
        "次の更新日（2026年12月20日）に終了すると、すでに請求された会費は返金されませんが、"
        "特典はその日まで使え" in flat
    )
    assert "今すぐ終了すると、特典はすぐに使えなくなります。" in flat
    code, out, _ = _run("en", "renewal", "2026-11-20", "--plan", "monthly", "--today", "2026-12-07")
    flat = " ".join(out.split())
    assert "Ending on the next renewal date (2026-12-20)" in flat
    assert "Ending now stops the benefits at once" in flat


def test_a_student_trial_ended_months_ago_gives_both_plans_next_dates() -> None:
    """51b item 6: 「その前日までに」 pointed at a date not shown, and only the full-refund case was
    said; now the next renewal of each Prime Student plan and the three refund cases."""
    args = ("trial", "--student", "2026-03-01", "--today", "2026-12-07")
    code, out, _ = _run("ja", *args)
    assert code == 0
    flat = _flat(out)
    assert "その前日" not in flat
    # 「Prime Studentの年間プラン」 in sentences since review 53b item 11 (commit 5c2d19f0)
    assert (
        "次の更新日（PrimeStudentの年間プランなら2027年9月1日、月間プランなら2027年1月1日。計算による目安）"
        in flat
    )
    assert "今すぐ終了すると、特典はすぐに使えなくなります。" in flat
    assert "会費の一部が返金されることがあります" in flat and "ギフトカード残高に戻ります" in flat
    code, out, _ = _run("en", *args)
    flat = " ".join(out.split())
    assert "2027-09-01 on the Prime Student annual plan, 2027-01-01 on the monthly plan" in flat
    assert "a partial refund may be" in flat


def test_a_trial_ended_over_a_year_ago_names_the_day_before_the_next_renewal() -> None:
    """51b item 6: no 「その前日」 without the date it points at."""
    code, out, _ = _run("ja", "trial", "--student", "2024-03-01", "--today", "2026-12-07")
    assert code == 0
    assert "その前日" not in _flat(out) and "次の更新日の前日までに" in _flat(out)


def test_a_verb_keeps_its_mae_ni() -> None:
    """51b item 7: 「確定する│前に」 at 60 columns; a verb and 「前に」「後に」 stay on one line, on
    the review's screen and in every bundled text at any width."""
    import re

    from primehelp.output import phrases
    from primehelp.output.linebreak import LineBreaker
    from tests.support import phrases as reference
    from tests.support.kinsoku import char_width, divide_at_spaces, text_width

    for columns in (40, 60, 80):
        code, out, _ = _run(
            "ja", "renewal", "2026-11-20", "--plan", "monthly", "--today", "2026-12-07",
            columns=columns,
        )  # fmt: skip
        assert code == 0 and "確定する前に" in out
    cut = re.compile(r"[\u3041-\u3096]\n(?:前に|後に)")
    breaker = LineBreaker(char_width, text_width, divide_at_spaces, phrases.bundled())
    found = {
        (width, piece[max(0, at - 6) : at + 4])
        for piece in reference.data_pieces()
        if "前に" in piece or "後に" in piece
        for width in range(20, 81, 2)
        for at in breaker.offsets(piece, width)
        if cut.match(piece[at - 1] + "\n" + piece[at : at + 2])
    }
    assert sorted(found)[:10] == []
