"""Review 64b (renewal, trial, cancel, due, remind; Japanese screens), the items of share b.

- R-major 1: `remind`'s calendar hint gave a made-up date (`primehelp renewal 2026-12-31 --plan
  annual --ics prime.ics`) although a renewal date was saved: copied, its cancel-by alarm came
  after the real charge. With a date `due` can use saved, the hint names it and
  `primehelp renewal --ics prime.ics` (which reads it); with none, the date is a word to replace.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import primehelp.cli.remind as command
from primehelp.profile import PROFILE_FILE, Profile, profile_to_json
from tests.support.clihelp import fake_tool, joined, lang_run

LANGS = ("ja", "en")
FAILS = "#!/bin/sh\necho 'Failed to connect to bus: No medium found' >&2\nexit 1\n"
ISO = re.compile(r"\d{4}-\d{2}-\d{2}")


def _machine(here: Path, monkeypatch: pytest.MonkeyPatch, saved: Profile | None) -> dict[str, str]:
    """Neither cron nor systemd can run the check (no crontab, systemd not running), a
    notifier on PATH, and ``saved`` as the profile (none: nothing saved)."""
    fake_tool(here / "bin", "systemctl", FAILS)
    fake_tool(here / "bin", "notify-send", "#!/bin/sh\nexit 0\n")
    monkeypatch.setattr(command, "SYSTEMD_RUNNING", here / "no-such-dir")
    folder = here / "profile"
    folder.mkdir()
    if saved is not None:
        (folder / PROFILE_FILE).write_bytes(profile_to_json(saved))
    return {
        "PATH": str(here / "bin"),
        "HOME": str(here / "home"),
        "XDG_CONFIG_HOME": str(here / "xdg"),
        "PRIMEHELP_CONFIG_DIR": str(folder),
        "PRIMEHELP_TODAY": "2026-12-08",
    }


SAVED = {
    "ja": "カレンダーアプリで更新日のお知らせを受けるには、`primehelp renewal --ics prime.ics` を実行して、"
    "保存した更新日（2026年12月12日、年間プラン）の予定を書き出してください。",
    "en": "To be reminded of the renewal by your calendar app instead, write out the events of "
    "your saved renewal date (2026-12-12, annual plan) with `primehelp renewal --ics prime.ics`.",
}
NOTHING_SAVED = {
    "ja": "`primehelp renewal 更新日 --plan annual --ics prime.ics`（更新日は「Amazonプライム会員情報」"
    "のページに表示される日付）",
    "en": "`primehelp renewal RENEWAL-DATE --plan annual --ics prime.ics` (RENEWAL-DATE: the date "
    "the Prime membership page shows)",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("action", ["status", "install"])
def test_rmajor1_the_calendar_hint_names_the_saved_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, action: str
) -> None:
    env = _machine(tmp_path, monkeypatch, Profile(dt.date(2026, 12, 12), plan="annual"))
    done = lang_run("remind", action, lang=lang, env=env)
    shown = joined(done.stdout, lang)
    assert SAVED[lang] in shown, done.stdout
    assert "2026-12-31" not in done.stdout


@pytest.mark.parametrize("lang", LANGS)
def test_rmajor1_the_saved_date_in_the_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    env = _machine(tmp_path, monkeypatch, Profile(dt.date(2026, 12, 12), plan="annual"))
    done = lang_run("remind", "install", "--scheduler", "systemd", lang=lang, env=env)
    assert done.exit_code == 2 and done.stderr.count("\n") == 1, done.stderr
    saved = SAVED[lang] if lang == "ja" else SAVED[lang][0].lower() + SAVED[lang][1:-1]
    assert done.stderr.rstrip("\n").endswith(saved), done.stderr


@pytest.mark.parametrize("lang", LANGS)
def test_rmajor1_the_saved_command_writes_the_saved_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """The command the hint gives runs as given, with the saved date."""
    env = _machine(tmp_path, monkeypatch, Profile(dt.date(2026, 12, 12), plan="annual"))
    done = lang_run("renewal", "--ics", "-", lang=lang, env=env)
    assert done.exit_code == 0, done.stderr
    assert "DTSTART;VALUE=DATE:20261212" in done.stdout


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("saved", [None, Profile(dt.date(2026, 11, 20), trial=True)])
def test_rmajor1_no_real_looking_date_without_a_usable_saved_date(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str, saved: Profile | None
) -> None:
    """Nothing saved, or a trial whose renewal date has passed (`renewal --ics` cannot use it):
    the command's date is a word to replace, never one that can be pasted."""
    env = _machine(tmp_path, monkeypatch, saved)
    done = lang_run("remind", "status", lang=lang, env=env)
    shown = joined(done.stdout, lang)
    assert NOTHING_SAVED[lang] in shown, done.stdout
    hint = next(line for line in done.stdout.splitlines() if "--ics" in line)
    assert not ISO.search(hint), hint
    error = lang_run("remind", "install", "--scheduler", "systemd", lang=lang, env=env)
    assert NOTHING_SAVED[lang] in error.stderr and not ISO.search(error.stderr), error.stderr


# ---------------------------------------------------------------- R-minor 2


@pytest.mark.parametrize(("lang", "gone"), [("ja", "（過ぎました）"), ("en", " (passed)")])
@pytest.mark.parametrize(
    ("args", "notice"),
    [
        (("2026-12-08", "--plan", "annual"), "2026-12-05"),
        (("2026-12-09", "--plan", "monthly"), "2026-12-06"),
    ],
)
def test_rminor2_a_past_notice_date_is_marked_as_its_cancel_by(
    lang: str, gone: str, args: tuple[str, ...], notice: str
) -> None:
    """「2026-12-05」 beside 「2026-12-07（過ぎました）」 in the same row: the notice mail of a
    past date may still be waited for. A notice date to come is not marked."""
    done = lang_run("renewal", *args, "--today", "2026-12-08", lang=lang, columns=200)
    assert done.exit_code == 0, done.stderr
    assert f"{notice}{gone}" in done.stdout, done.stdout
    assert f"2027-{notice[5:]}{gone}" not in done.stdout


# ---------------------------------------------------------------- R-minor 1

TODAY_NOTE = {
    "ja": "「今日中」は余裕をみた目安（解約の目安日、{kind}の前日）で、Amazonの決まりではありません。"
    "Amazonが示しているのは{kind}より前という期限だけです。",
    "en": '"Today" is a safety margin (the cancel-by date, the day before the {kind}), not '
    "Amazon's rule: Amazon only says to cancel before the {kind}.",
}
KIND = {
    ("ja", "--trial"): "自動更新日",
    ("ja", "--paid"): "更新日",
    ("en", "--trial"): "automatic renewal date",
    ("en", "--paid"): "renewal date",
}


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("kind", ["--trial", "--paid"])
def test_rminor1_the_margin_note_names_what_the_lead_said(lang: str, kind: str) -> None:
    """The lead says 「今日中に」 and 解約の目安日 is nowhere on the screen: the note explains
    「今日中」, not a term the reader was never given."""
    env = {"PRIMEHELP_TODAY": "2026-12-08"}
    args = ("cancel", "--no-interactive", kind, "--renewal", "2026-12-09")
    done = lang_run(*args, lang=lang, columns=60, env=env)
    shown = joined(done.stdout, lang)
    assert TODAY_NOTE[lang].format(kind=KIND[lang, kind]) in shown, done.stdout
    assert "解約の目安日はAmazonの決まりではありません" not in shown
    assert "The cancel-by date is not Amazon's rule" not in shown
    later = lang_run(*args[:-1], "2026-12-20", lang=lang, columns=60, env=env)
    # the date once, in the lead (review 38b item 12): the note says 「この日付は」
    date = "この日付は余裕をみた目安" if lang == "ja" else "That date is a safety margin"
    shown = joined(later.stdout, lang)
    assert date in shown and shown.count("2026年12月19日" if lang == "ja" else "2026-12-19") == 1


# ---------------------------------------------------------------- R-minor 3

PAID_CASE = {
    "ja": "ページにまだ無料体験中と表示されている場合は、`primehelp cancel --trial` の手順で解約してください。"
    "有料会員になっている場合は、解約するときに終了のタイミングを選んでください。"
    "手順は `primehelp cancel --paid --renewal 2026-12-20` で確認できます。",
    "en": "If the page still shows the free trial, cancel with the steps of `primehelp cancel "
    "--trial`. If you are a paid member now and do not want to keep it, cancel and choose when "
    "it ends: `primehelp cancel --paid --renewal 2026-12-20`.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_rminor3_the_paid_case_is_set_off_from_the_trial_case(tmp_path: Path, lang: str) -> None:
    """After a saved trial's renewal date: 「解約する場合は、終了のタイミングを選んでください」
    read as part of the trial case, with a bare `primehelp cancel`, where `due` names
    `primehelp cancel --paid --renewal 2026-12-20`."""
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "PRIMEHELP_TODAY": "2026-12-08"}
    assert lang_run("trial", "2026-11-20", "--save", env=env).exit_code == 0
    done = lang_run("renewal", "--today", "2026-12-22", lang=lang, columns=80, env=env)
    assert done.exit_code == 0, done.stderr
    assert PAID_CASE[lang] in joined(done.stdout, lang), done.stdout


# ---------------------------------------------------------------- S 4


@pytest.mark.parametrize(
    ("lang", "opening", "before"),
    [
        ("ja", "今日、期限の近い手続きはありません。", "対応が必要なことはありません"),
        ("en", "Nothing is due yet: ", "Nothing needs doing today"),
    ],
)
def test_s4_nothing_due_does_not_contradict_the_refund_note(
    tmp_path: Path, lang: str, opening: str, before: str
) -> None:
    """`due --verbose` after a renewal: 「今日、対応が必要なことはありません」 and then a refund for
    ending now; now 「今日、期限の近い手続きはありません。」, which the refund note does not contradict."""
    env = {"PRIMEHELP_CONFIG_DIR": str(tmp_path), "PRIMEHELP_TODAY": "2026-12-08"}
    assert lang_run("renewal", "2026-12-12", "--plan", "annual", "--save", env=env).exit_code == 0
    done = lang_run("due", "--verbose", "--today", "2026-12-20", lang=lang, env=env)
    assert done.exit_code == 0, done.stderr
    assert done.stdout.startswith(opening), done.stdout
    assert before not in done.stdout
    assert "返金" in done.stdout or "refund" in done.stdout


# ---------------------------------------------------------------- S 3


@pytest.mark.parametrize(
    ("lang", "student", "summary"),
    [
        ("ja", True, "SUMMARY:Prime Studentの更新前のお知らせメール（オンの場合）"),
        ("en", True, "SUMMARY:Prime Student reminder mail (if switched on)"),
        ("ja", False, "SUMMARY:Amazonプライムの更新前のお知らせメール（オンの場合）"),
        ("en", False, "SUMMARY:Amazon Prime reminder mail (if switched on)"),
    ],
)
def test_s3_a_student_trials_notice_event_names_prime_student(
    lang: str, student: bool, summary: str
) -> None:
    args = ("trial", "2026-11-25", *(["--student"] * student), "--ics", "-")
    events = ("--events", "renewal,cancel-by,notice" + ",student-end" * student)
    done = lang_run(*args, *events, lang=lang, env={"PRIMEHELP_TODAY": "2026-12-08"})
    assert done.exit_code == 0, done.stderr
    unfolded = re.sub(r"\r?\n ", "", done.stdout)
    assert summary in unfolded.splitlines() or summary + "\r" in unfolded.splitlines(), unfolded


# ---------------------------------------------------------------- S 1

RENEWAL_DAY_REFUND = {
    "ja": "請求されていれば、その後まだ特典を使っていないので、Amazonのヘルプページによると会費は"
    "全額返金されます（手順は以下のとおりです）。",
    "en": "If the fee was charged, no benefit has been used since, so according to Amazon's help "
    "page it is refunded in full.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_s1_the_renewal_days_full_refund_is_amazons_help_page(lang: str) -> None:
    """The one place the full refund was the tool's own certainty: now as Amazon's help page says
    it (FACTS §5 [r2]); the refund period stays 「Amazonのヘルプページによると、この返金は2~3営業日
    以内に処理されます。」 (house decision)."""
    args = ("cancel", "--no-interactive", "--paid", "--no-benefits-used", "--renewal", "2026-12-08")
    done = lang_run(*args, lang=lang, columns=80, env={"PRIMEHELP_TODAY": "2026-12-08"})
    shown = joined(done.stdout, lang)
    assert RENEWAL_DAY_REFUND[lang] in shown, done.stdout
    if lang == "ja":
        assert "Amazonのヘルプページによると、この返金は2~3営業日以内に処理されます。" in shown
