"""Review 59b (renewal, trial and cancel wording): items 3, 4, 5, 6, 9, 10 and S 5, 6, 7,
through the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import run, stdout_on_a_terminal

TODAY = "2026-12-08"
ROOT = Path(__file__).resolve().parents[2]


def _out(*args: str, columns: str = "80", lang: str = "ja") -> str:
    done = run(*args, "--today", TODAY, "--lang", lang, env={"COLUMNS": columns})
    assert done.exit_code == 0, done.stderr
    return done.stdout


def _header(stdout: str) -> str:
    """The key-dates table's header row."""
    return next(line for line in stdout.splitlines() if "項目" in line or "What" in line)


# ---------------------------------------------------------------- item 3: the 「いつ」 header


@pytest.mark.parametrize("columns", ["80", "120"])
@pytest.mark.parametrize(
    "args",
    [("renewal", "2026-12-31"), ("renewal", "2026-12-01"), ("trial", "2026-11-25", "--student")],
)
def test_3_the_days_column_is_headed_from_today(args: tuple[str, ...], columns: str) -> None:
    stdout = _out(*args, columns=columns)
    header = _header(stdout)
    assert "今日から見て" in header and "いつ" not in header, header
    assert "今日から：" not in stdout  # never the forward-only label (review 12b S 11)


def test_3_a_past_row_reads_under_the_header() -> None:
    stdout = _out("renewal", "2026-12-01")  # 7 days ago
    assert "今日から見て" in _header(stdout) and "7日前" in stdout


def test_3_english_header_unchanged() -> None:
    header = _header(_out("renewal", "2026-12-31", lang="en"))
    assert "When" in header


# ---------------------------------------------------------------- item 4: 「届くころ」


NOTICE = "お知らせメールが届くころ（オンの場合）"


@pytest.mark.parametrize("columns", ["40", "60", "80"])
@pytest.mark.parametrize(
    "args",
    [("renewal", "2026-12-31", "--plan", "annual"), ("trial", "2026-11-25")],
)
def test_4_the_reminder_mail_row_is_about_when(args: tuple[str, ...], columns: str) -> None:
    stdout = _out(*args, columns=columns)
    assert NOTICE in stdout, stdout
    assert "お知らせメール（オンの場合）" not in stdout


def test_4_narrow_list_labels_the_mail_as_about_when() -> None:
    stdout = _out("renewal", "2026-12-31", "--plan", "annual", columns="40")
    lines = stdout.splitlines()
    at = [n for n, line in enumerate(lines) if line == NOTICE + "："]
    assert len(at) == 4, stdout  # key dates and the 3 upcoming rows: label, the date indented
    dates = ("2026-12-28", "2027-12-28", "2028-12-28")
    assert all(lines[n + 1].strip().startswith(dates) for n in at)


def test_4_the_header_of_the_upcoming_table_breaks_between_phrases() -> None:
    stdout = _out("renewal", "2026-12-31", "--plan", "annual", columns="60")
    assert "届くころ" in stdout  # the header wrapped 「お知らせメールが／届くころ」
    assert "お知らせメールが届 " not in stdout and "くころ" not in stdout.replace("届くころ", "")


# ---------------------------------------------------------------- item 5: 「計算による目安」


def test_5_trial_row_and_box_say_computed_estimate() -> None:
    stdout = _out("trial", "2026-11-25")
    assert "有料会員への自動更新日（計算による目安）" in stdout
    assert "この日付は計算による目安です" in stdout
    assert "自動更新日（目安）" not in stdout and "この日付は目安です" not in stdout


def test_5_renewal_footnote_names_the_computed_dates() -> None:
    stdout = _out("renewal", "2026-12-31", "--plan", "annual", columns="200")
    assert (
        "2回目以降の更新日は計算による目安です。正確な更新日は「Amazonプライム会員情報」の"
        "ページで確認してください。"
    ) in stdout
    assert "primehelpが計算した日付は目安です" not in stdout
    en = _out("renewal", "2026-12-31", "--plan", "annual", columns="200", lang="en")
    assert "The renewal dates after the first are estimates computed by primehelp." in en


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_a_past_date_moved_on_calls_every_row_computed(lang: str) -> None:
    stdout = _out("renewal", "2025-06-01", "--plan", "annual", columns="200", lang=lang)
    said = {"ja": "一覧の更新日は計算による目安です。", "en": "The renewal dates in the list are"}
    assert said[lang] in stdout
    assert "2回目以降" not in stdout and "after the first" not in stdout


def test_5_one_given_renewal_gets_no_estimate_note() -> None:
    stdout = _out("renewal", "2026-12-31", "--plan", "annual", "--count", "1", columns="200")
    assert "計算による目安です" not in stdout and "日付は目安です" not in stdout


def test_5_student_past_the_four_years_has_one_mark() -> None:
    done = run("trial", "2026-11-25", "--student", "--today", "2031-12-01", "--lang", "ja",
               env={"COLUMNS": "200"})  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert "2031年5月25日（計算による目安）の更新日までに" in done.stdout
    assert "ごろ（目安）" not in done.stdout


# ---------------------------------------------------------------- item 6: no line starts with 「の」


def _starts_with_particle(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith(("の", "を", "が", "に", "は"))]


@pytest.mark.parametrize("columns", ["40", "60", "80"])
def test_6_cancel_defaults_line_has_no_particle_at_a_line_start(columns: str) -> None:
    stdout = _out("cancel", "--no-interactive", "--renewal", "2026-12-20", columns=columns)
    assert not _starts_with_particle(stdout), stdout
    flat = "".join(stdout.splitlines())
    assert (  # review 62b item 3: one case, before 「場合」
        "指定がないため、通常のプライムの有料会員がウェブサイトで手続きする場合の手順を表示しています"
        "（`--via`、`--trial`、`--student` で変更できます）。"
    ) in flat
    assert "ウェブサイト・有料会員" not in flat


def test_6_on_a_terminal_too() -> None:
    shown = stdout_on_a_terminal("cancel", "--no-interactive", "--renewal", "2026-12-20",
                                 "--today", TODAY, "--lang", "ja", env={"COLUMNS": "40"})  # fmt: skip
    assert "場合の手順を表示しています" in shown.replace("\n", "")
    assert not _starts_with_particle(shown), shown


@pytest.mark.parametrize(
    ("args", "ja"),
    [
        (
            ("--via", "web"),
            "指定がないため、通常のプライムの有料会員の場合の手順を表示しています（`--trial`、`--student`",
        ),
        (
            ("--trial",),
            "通常のプライムの無料体験中にウェブサイトで手続きする場合の手順を表示しています（`--via`、",
        ),
        (
            ("--paid", "--student"),
            "有料会員がウェブサイトで手続きする場合の手順を表示しています（`--via` で",
        ),
    ],
)
def test_6_only_what_was_not_given_is_named(args: tuple[str, ...], ja: str) -> None:
    stdout = _out("cancel", "--no-interactive", "--renewal", "2026-12-20", *args, columns="300")
    assert ja in stdout, stdout


def test_6_english_unchanged() -> None:
    stdout = _out("cancel", "--no-interactive", "--renewal", "2026-12-20", columns="300", lang="en")
    assert (
        "Not given, so assumed: the website, a paid membership, regular Prime "
        "(change with `--via`, `--trial`, `--student`)."
    ) in stdout


# ---------------------------------------------------------------- item 9 and S 7: the Student trial


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_9_s7_student_trial_screen_drops_the_switch_refund_and_its_home_page(lang: str) -> None:
    stdout = _out("trial", "2026-11-25", "--student", columns="200", lang=lang)
    assert "https://japan-lifehack.com" not in stdout
    assert "年会費のうち使っていない" not in stdout and "refunds the unused" not in stdout
    # the length is said once, in 「無料体験の期間：6か月間」; its sources stay
    assert "Prime Studentの無料体験は6か月間です。" not in stdout
    assert "https://appllio.com/amazon-prime-student-expiration-date" in stdout


def test_9_the_fact_stays_in_json_and_sources() -> None:
    done = run("trial", "2026-11-25", "--student", "--json", "--today", TODAY)
    assert done.exit_code == 0, done.stderr
    assert done.json()["data"]["student_switch_refund"]["id"] == "trial.student_switch_refund"


def test_s7_regular_trial_keeps_its_length_bullet() -> None:
    stdout = _out("trial", "2026-11-25", columns="200")
    assert "・Amazonプライムの無料体験は30日間で、申し込んだ日から始まります。" in stdout


# ---------------------------------------------------------------- item 10: docs/cancel.md


def test_10_docs_name_the_last_screen_as_it_is_titled() -> None:
    doc = (ROOT / "docs" / "cancel.md").read_text(encoding="utf-8")
    assert "最後の手順のあとの「最後の注意」で示します。" in doc
    assert "「最後に」" not in doc
    assert 'under "Final notes"' in doc


# ---------------------------------------------------------------- S 5: a monthly calendar's count


@pytest.mark.parametrize(
    ("plan", "lang", "said"),
    [
        ("monthly", "ja", "カレンダーファイルに入れた予定は、2027年2月28日の更新までの3回分です。"
         "もっと先の分も入れるには、`--count` を指定してください（例：`--count 12`）。"),
        ("student-monthly", "ja", "2027年2月28日の更新までの3回分です。"),
        ("monthly", "en", "the calendar file holds the events of 3 renewals, up to 2027-02-28; "
         "to add later ones, use `--count` (e.g. `--count 12`)"),
    ],
)  # fmt: skip
def test_s5_monthly_calendar_says_how_many(tmp_path: Path, plan: str, lang: str, said: str) -> None:
    ics = str(tmp_path / "m.ics")
    done = run("renewal", "2026-12-31", "--plan", plan, "--ics", ics, "--today", TODAY,
               "--lang", lang, env={"COLUMNS": "1000"})  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert said in done.stderr, done.stderr


@pytest.mark.parametrize("args", [("--plan", "annual"), ("--plan", "monthly", "--count", "12")])
def test_s5_not_said_for_a_year_or_more(tmp_path: Path, args: tuple[str, ...]) -> None:
    ics = str(tmp_path / "y.ics")
    done = run("renewal", "2026-12-31", *args, "--ics", ics, "--today", TODAY, "--lang", "ja",
               env={"COLUMNS": "1000"})  # fmt: skip
    assert done.exit_code == 0, done.stderr
    assert "回分です" not in done.stderr and "--count" not in done.stderr


# ---------------------------------------------------------------- S 6: options in backticks


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "次の更新日からの一覧は、`--plan` を付けると表示できます（例：`--plan annual`）。"),
        ("en", "To list the renewals from the next one, add `--plan` (e.g. `--plan annual`)."),
    ],
)
def test_s6_plan_hint_puts_options_in_backticks(lang: str, said: str) -> None:
    stdout = _out("renewal", "2025-06-01", columns="300", lang=lang)
    assert said in stdout, stdout
    assert " --plan を付けると" not in stdout


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "月間プランの場合：`primehelp renewal 2026-12-08 --plan student-monthly`"),
        ("en", "Monthly plan: `primehelp renewal 2026-12-08 --plan student-monthly`"),
    ],
)  # fmt: skip
def test_s6_cancel_gives_the_monthly_command_whole(lang: str, said: str) -> None:
    stdout = _out("cancel", "--no-interactive", "--renewal", TODAY, "--student", "--paid",
                  columns="300", lang=lang)  # fmt: skip
    assert said in stdout, stdout
    assert "を指定します。" not in stdout and "use --plan" not in stdout
