"""Review 53b: the carrier screen, `due`, its notification and `remind` (items 2, 3, 4, 5, 6,
7, 8, 18; review 52b item 32; `due --within`'s help in both languages)."""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

import pytest

from tests.support.clihelp import fake_tool, run, stdout_on_a_terminal
from tests.support.remind_env import crontab_printing, remind_env, systemd_machine

WIDE = {"COLUMNS": "1000"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_2_the_au_plan_is_written_as_the_paragraph_writes_docomo(lang: str) -> None:
    """Item 2: 「（「au の料金プランとセットになったAmazonプライム」など）」 — a half-width space
    before 「の」 (「docomoの」「au・UQの」 in the same paragraph have none)."""
    done = run("--lang", lang, "cancel", "--no-interactive", "--via", "carrier", env=WIDE)
    assert done.exit_code == 0, done.stderr
    assert "au の" not in done.stdout
    if lang == "ja":
        assert "（auの料金プランとセットになったAmazonプライムなど）" in done.stdout
    else:
        assert "(such as Amazon Prime that comes with an au plan)" in done.stdout


# ---------------------------------------------------------------- due (items 3, 4, 8)


@pytest.fixture
def monthly() -> None:
    done = run("renewal", "2026-12-09", "--plan", "monthly", "--save", "--today", "2026-12-07")
    assert done.exit_code == 0, done.stderr


@pytest.mark.usefixtures("monthly")
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_3_the_cancel_by_day_has_no_aside_cut_after_its_comma(columns: int) -> None:
    """Item 3: 「（余裕をみて、」 alone on a 40-column line; the margin is said with 「今日中に」."""
    shown = stdout_on_a_terminal(
        "due", "--lang", "ja", "--today", "2026-12-08", env={"COLUMNS": str(columns)}
    )
    lines = [line for line in shown.splitlines() if line]
    assert not any(line.endswith(("（余裕をみて、", "（余裕をみて")) for line in lines), lines
    assert "今日（2026年12月8日）が" in lines[0], lines
    assert "余裕をみて今日中に解約してください。" in "".join(lines), lines


@pytest.mark.usefixtures("monthly")
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "今日（2026年12月8日）が解約の目安日です。Amazonプライムの更新日は明日"),
        ("ja", "自動更新を止めるには、余裕をみて今日中に解約してください。"),
        ("en", "Today (2026-12-08) is the cancel-by date. Amazon Prime's renewal date is tomorrow"),
        ("en", "cancel today (a day early, as a safety margin)."),
    ],
)
def test_3_both_languages_say_the_margin_the_same_way(lang: str, said: str) -> None:
    done = run("due", "--lang", lang, "--today", "2026-12-08", env=WIDE)
    assert done.exit_code == 1 and said in done.stdout, done.stdout


@pytest.mark.usefixtures("monthly")
@pytest.mark.parametrize(
    ("today", "said"),
    [
        (  # the days after a renewal (exit 1)
            "2026-12-10",
            "解約していなければ、次の更新日（計算による目安）は2027年1月9日、解約の目安日は"  # 56b 4
            "2027年1月8日です。2026年12月9日に更新されている場合は、今すぐ終了すると、"
            "2026年12月9日に請求された会費が返金されることがあります。",  # 62b item 8
        ),
        (  # later (exit 0, --verbose)
            "2027-02-01",
            # review 56b items 3 and 4
            "今日、期限の近い手続きはありません。解約していなければ、次の更新日（計算による目安）は"
            "2027年2月9日、解約の目安日は2027年2月8日です。`primehelp due` が知らせるのは2027年2月6日からです（毎日自動で確認するには `primehelp remind install`）。"
            "なお、2027年1月9日に更新されていて、解約を考えている場合は、今すぐ終了すると、"
            "2027年1月9日に請求された会費が返金されることがあります。",  # 62b item 8
        ),
    ],
)
def test_4_the_condition_comes_before_the_dates(today: str, said: str) -> None:
    """Item 4: 「次の更新日は、解約していなければ2027年1月9日…」 and 「…更新されていれば、そのとき
    請求された会費は、今すぐ終了すると…」."""
    done = run("due", "--lang", "ja", "--verbose", "--today", today, env=WIDE)
    assert said in done.stdout, done.stdout
    assert "次の更新日は、解約していなければ" not in done.stdout
    english = run("due", "--lang", "en", "--verbose", "--today", today, env=WIDE).stdout
    assert "unless you cancelled, Amazon Prime next renews on" in english.replace(
        "Unless", "unless"
    )


@pytest.mark.usefixtures("monthly")
@pytest.mark.parametrize("columns", [40, 60])
def test_4_no_date_is_cut_from_its_label_at_narrow_widths(columns: int) -> None:
    shown = stdout_on_a_terminal(
        "due", "--lang", "ja", "--today", "2027-02-01", "--verbose", env={"COLUMNS": str(columns)}
    )
    lines = [line for line in shown.splitlines() if line]
    assert "次の" not in lines and not any(line.startswith("で、") for line in lines), lines


NO_TOOL = {
    "ja": "primehelp: 警告: デスクトップ通知を表示するコマンド（`notify-send`）が見つからないため、"
    "通知を出せませんでした。",
    "en": "primehelp: warning: no notify-send (the command that shows desktop notifications) "
    "found, so the desktop notification could not be shown",
}
FOLLOWS = {"ja": "お知らせの内容は下に表示します。", "en": "; the message follows"}


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_8_the_notice_is_said_to_follow_only_where_it_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Item 8: 「お知らせの内容は下に表示します」 before JSON, and before an error."""
    monkeypatch.setattr(sys, "platform", "linux")
    (tmp_path / "empty").mkdir()
    env = {"PATH": str(tmp_path / "empty")}
    base = ("due", "--notify", "--lang", lang, "--today", "2026-12-08")
    nothing = run(*base, env=env)  # nothing saved: an error follows
    assert nothing.exit_code == 2
    assert nothing.stderr.splitlines()[0] == NO_TOOL[lang], nothing.stderr
    assert run("renewal", "2026-12-09", "--plan", "monthly", "--save").exit_code == 0
    shown = run(*base, env=env)
    assert shown.exit_code == 1 and shown.stderr == NO_TOOL[lang] + FOLLOWS[lang] + "\n"
    as_json = run(*base, "--json", env=env)
    assert as_json.exit_code == 1 and as_json.stderr == NO_TOOL[lang] + "\n"


def test_8_remind_names_the_tool_as_due_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Item 8: 「通知を表示するコマンド」 (remind) and 「デスクトップ通知を出すコマンド」 (due)."""
    env = remind_env(systemd_machine(tmp_path, monkeypatch))
    (tmp_path / "bin" / "notify-send").unlink()
    monkeypatch.setattr(sys, "platform", "linux")
    for action in ("status", "install"):
        shown = run("remind", action, "--lang", "ja", env={**env, "COLUMNS": "1000"}).stdout
        assert "デスクトップ通知を表示するコマンド（`notify-send`）が" in shown, shown
        assert "、通知を表示するコマンド" not in shown and "\n通知を表示するコマンド" not in shown


# ---------------------------------------------------------------- remind (items 5, 6, 7; 52b 32)

CALENDAR = {
    # nothing saved: a word for the date, none that can be pasted (review 64b item 1)
    "ja": "カレンダーアプリで更新日のお知らせを受けるには、`primehelp renewal 更新日 --plan annual "
    "--ics prime.ics`（更新日は「Amazonプライム会員情報」のページに表示される日付）のように、"
    "更新日を指定して予定を書き出してください。",
    "en": "To be reminded of the renewal by your calendar app instead, write the dates out with "
    "your renewal date, e.g. `primehelp renewal RENEWAL-DATE --plan annual --ics prime.ics` "
    "(RENEWAL-DATE: the date the Prime membership page shows).",
}


def _crontab_machine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *lines: str
) -> dict[str, str]:
    """cron only (no systemd), a crontab holding ``lines``, nothing saved."""
    import primehelp.cli.remind as command

    monkeypatch.setattr(command, "SYSTEMD_RUNNING", tmp_path / "no-such-dir")
    script = crontab_printing(*lines) if lines else "#!/bin/sh\necho 'no crontab' >&2\nexit 1\n"
    fake_tool(tmp_path / "bin", "crontab", script)
    env = remind_env(tmp_path)
    (tmp_path / "profile" / "profile.json").unlink()  # nothing saved
    return {**env, "COLUMNS": "1000"}


def _no_notifier(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No notify-send: the screen ends with the calendar hint."""
    (tmp_path / "bin" / "notify-send").unlink()
    monkeypatch.setattr(sys, "platform", "linux")


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_5_6_status_with_nothing_saved_says_why_then_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Item 6: 「…保存しておく必要があります。」「更新日が保存されていません。」「…保存してください。」
    (the same point three times)."""
    env = _crontab_machine(tmp_path, monkeypatch)
    shown = run("remind", "status", "--lang", lang, env=env).stdout
    lines = shown.splitlines()
    why = {
        "ja": "更新日が保存されていないため、毎日の確認を設定しても、更新日をお知らせできません。",
        "en": "No renewal date is saved, so even once set up, the daily check cannot tell you "
        "about a renewal.",
    }
    save = {
        "ja": "「Amazonプライム会員情報」のページに表示される更新日を保存してください。例：",
        "en": "Save the renewal date the Prime membership page shows, e.g. ",
    }
    at = lines.index(why[lang])
    assert lines[at + 1].startswith(save[lang]), shown
    assert "保存しておく必要があります" not in shown and "更新日が保存されていません" not in shown
    assert "a renewal date must be saved" not in shown and "no renewal date is saved;" not in shown


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_52b_32_the_quoted_due_answer_is_set_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """Review 52b item 32: after 「次のように表示されます：」 nothing marked where `due`'s answer
    ended and remind's own calendar hint began; item 5: 「更新日をカレンダーで知らせるには」 told
    no one."""
    env = _crontab_machine(tmp_path, monkeypatch)
    _no_notifier(tmp_path, monkeypatch)
    for action in ("install",):
        lines = run("remind", action, "--lang", lang, env=env).stdout.splitlines()
        lead = next(i for i, line in enumerate(lines) if line.endswith(("ます：", "shows:")))
        quoted = lines[lead + 1 : -1]
        assert quoted and all(line.startswith("  ") for line in quoted), lines
        assert quoted[0].strip().startswith(("更新日が保存されていません。", "No renewal date")), (
            lines
        )
        assert lines[-1] == CALENDAR[lang], lines


@pytest.mark.parametrize("columns", [40, 60, 80])
def test_52b_32_the_quote_stays_indented_when_wrapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    env = {**_crontab_machine(tmp_path, monkeypatch), "COLUMNS": str(columns)}
    _no_notifier(tmp_path, monkeypatch)
    lines = run("remind", "install", "--lang", "ja", env=env).stdout.splitlines()
    lead = next(i for i, line in enumerate(lines) if line.endswith("次のように表示されます："))
    calendar = next(i for i, line in enumerate(lines) if line.startswith("カレンダーアプリで"))
    assert lead + 1 < calendar and all(line.startswith("  ") for line in lines[lead + 1 : calendar])
    # not indented as the quote is; a command wider than the screen goes on after 「 \」 (its
    # example is a whole command since review 62b S 12)
    after = lines[calendar:]
    assert not any(
        line.startswith(" ") and not before.endswith(" \\")
        for before, line in itertools.pairwise(after)
    ), lines
    assert not after[0].startswith(" "), lines


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("ja", "status：設定の内容と、毎日の確認が動いていれば次に実行される日時を表示します。"),
        ("en", "status: what is set up and, if the daily check runs, when it runs next."),
    ],
)
def test_7_the_help_promises_a_next_run_only_where_a_check_runs(lang: str, said: str) -> None:
    """Item 7: 「status：設定の内容と次に実行される日時を表示します。」, where cron does not run
    shows no time."""
    done = run("--lang", lang, "remind", "--help", env=WIDE)
    joined = ("" if lang == "ja" else " ").join(line.strip() for line in done.stdout.splitlines())
    assert said in joined, done.stdout


# ---------------------------------------------------------------- due --within's help


def test_within_says_the_same_in_both_languages() -> None:
    """The English `--within` help spoke of the reminder mail, the Japanese did not."""
    english = " ".join(run("--lang", "en", "due", "--help", env=WIDE).stdout.split())
    japanese = "".join(run("--lang", "ja", "due", "--help", env=WIDE).stdout.split())
    assert "mail" not in english and "メール" not in japanese
    # review 59a item 12: the error's words for small values
    assert "(3 if not given; a value under 3 is the same as 3)" in english
    assert "（指定しない場合は3。3より小さい値は3と同じです）" in japanese


# ---------------------------------------------------------------- item 18: the notification


TITLES = [  # (saved, today, ja, en)
    (
        "renewal",
        "2026-12-06",
        "Amazonプライム：もうすぐ更新日です",
        "Amazon Prime: the renewal date is near",
    ),
    (
        "renewal",
        "2026-12-08",
        "Amazonプライム：今日が解約の目安日です",
        "Amazon Prime: today is the cancel-by date",
    ),
    (
        "renewal",
        "2026-12-09",
        "Amazonプライム：今日が更新日です",
        "Amazon Prime: today is the renewal date",
    ),
    (
        "renewal",
        "2026-12-10",
        "Amazonプライム：更新日を過ぎました",
        "Amazon Prime: the renewal date has passed",
    ),
    (
        "trial",
        "2026-12-22",
        "Amazonプライムの無料体験：もうすぐ自動更新日です",
        "Amazon Prime free trial: it renews as paid soon",
    ),
    (
        "trial",
        "2026-12-24",
        "Amazonプライムの無料体験：今日が解約の目安日です",
        "Amazon Prime free trial: today is the cancel-by date",
    ),
    (
        "trial",
        "2026-12-25",
        "Amazonプライムの無料体験：今日が自動更新日（目安）です",
        "Amazon Prime free trial: it renews as paid today (an estimate)",
    ),
]


@pytest.mark.parametrize(("saved", "today", "ja", "en"), TITLES)
def test_18_the_notification_title_says_which_day_it_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, saved: str, today: str, ja: str, en: str
) -> None:
    """Item 18: 「Amazonプライムの更新」 for every case; the point of the notice was in a body a
    desktop cuts after two or three lines."""
    monkeypatch.setattr(sys, "platform", "linux")
    log = tmp_path / "log"
    fake_tool(tmp_path / "bin", "notify-send", f'#!/bin/sh\nprintf "%s\\n" "$@" > {log}\n')
    if saved == "renewal":
        args = ("renewal", "2026-12-09", "--plan", "monthly", "--today", "2026-12-07")
    else:
        args = ("trial", "2026-11-25", "--today", "2026-12-01")
    assert run(*args, "--save").exit_code == 0
    for lang, title in (("ja", ja), ("en", en)):
        done = run(
            "due", "--notify", "--lang", lang, "--today", today, env={"PATH": str(tmp_path / "bin")}
        )
        assert done.exit_code == 1, done.stderr
        shown = log.read_text().splitlines()
        assert shown[2:] == [title, done.stdout.strip().replace("`", "")], shown
