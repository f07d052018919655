"""Review 63b R-minor 8 (one layout within a record at 40 columns) and S 9 (`renewal` and `due`
name `primehelp cancel --renewal DATE`), round 64."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.clihelp import joined, lang_run


@pytest.fixture
def private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private HOME and config directory (no saved profile)."""
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("PRIMEHELP_CONFIG_DIR", str(tmp_path / "config"))
    return tmp_path


MONTHLY = ("renewal", "2026-12-31", "--plan", "monthly", "--today", "2026-12-08")


def _upcoming(text: str, title: str) -> list[str]:
    """The lines of the upcoming-renewals block, from its title to the first blank line."""
    lines = text.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(title))
    end = lines.index("", start)
    return lines[start + 1 : end]


# Item 8: at 40 columns, 「お知らせメールが届くころ（オンの場合）：」 cannot share its line with the
# date, so every row of the record puts its date on the next line (not 「更新日：2026-12-31」).
@pytest.mark.parametrize(
    ("lang", "title", "rows"),
    [
        (
            "ja",
            "今後の更新日",
            ["更新日：", "お知らせメールが届くころ（オンの場合）：", "解約の目安日："],
        ),
        ("en", "Upcoming renewals", ["Renewal:", "Reminder mail (if switched on):", "Cancel by:"]),
    ],
)
def test_item8_every_date_of_a_record_under_its_label_at_40(
    private: Path, lang: str, title: str, rows: list[str]
) -> None:
    lines = _upcoming(lang_run(*MONTHLY, lang=lang, columns=40).stdout, title)
    assert lines[:6] == [
        rows[0],
        "  2026-12-31",
        rows[1],
        "  2026-12-28",
        rows[2],
        "  2026-12-30",
    ]
    assert all(not line.endswith(" ") for line in lines)


def test_item8_a_record_that_fits_keeps_each_date_on_its_label_line(private: Path) -> None:
    lines = _upcoming(lang_run(*MONTHLY, columns=50).stdout, "今後の更新日")
    assert lines[:4] == [
        "更新日：2026-12-31",
        "お知らせメールが届くころ（オンの場合）：2026-12-28",
        "解約の目安日：2026-12-30",
        "会費：600円",
    ]


@pytest.mark.parametrize(
    ("lang", "rows"),
    [
        ("ja", ["更新日：", "  2026年12月31日（あと23日）", "プラン：", "  月間プラン"]),
        ("en", ["Renewal date:", "  2026-12-31 (in 23 days)", "Plan:", "  Monthly plan"]),
    ],
)
def test_item8_profile_puts_every_value_under_its_label_at_40(
    private: Path, lang: str, rows: list[str]
) -> None:
    lang_run("renewal", "2026-12-31", "--plan", "monthly", "--save", "--today", "2026-12-08")
    lines = lang_run("profile", "--today", "2026-12-08", lang=lang, columns=40).stdout.splitlines()
    assert all(row in lines for row in rows)
    wide = lang_run("profile", "--today", "2026-12-08", lang=lang, columns=80).stdout
    gap = "" if lang == "ja" else " "
    assert rows[0] + gap + rows[1].strip() in wide.splitlines()


# S 9: `renewal` and `due` name the renewal date the screen is about, also before it, so that the
# cancel lead counts down to it; JSON action.command matches.
@pytest.mark.parametrize(
    ("args", "command"),
    [
        (("2026-12-31", "--today", "2026-12-08"), "primehelp cancel --renewal 2026-12-31"),
        (
            ("2026-12-01", "--plan", "monthly", "--today", "2026-12-08"),
            "primehelp cancel --renewal 2027-01-01",
        ),
        (
            ("2026-12-01", "--plan", "student-annual", "--today", "2026-12-08"),
            "primehelp cancel --student --renewal 2027-12-01",
        ),
    ],
)
@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s9_renewal_names_the_date_before_the_renewal(
    private: Path, args: tuple[str, ...], command: str, lang: str
) -> None:
    assert f"`{command}`" in joined(lang_run("renewal", *args, lang=lang).stdout, lang)
    done = lang_run("renewal", *args, "--json", lang=lang)
    assert done.json()["data"]["action"]["command"] == command


@pytest.mark.parametrize("lang", ["ja", "en"])
def test_s9_due_names_the_date_before_the_renewal(private: Path, lang: str) -> None:
    lang_run("renewal", "2026-12-31", "--save", "--today", "2026-12-08")
    done = lang_run("due", "--today", "2026-12-30", lang=lang)
    assert done.exit_code == 1
    assert "`primehelp cancel --renewal 2026-12-31`" in joined(done.stdout + done.stderr, lang)
    data = lang_run("due", "--today", "2026-12-30", "--json").json()["data"]
    assert data["command"] == "primehelp cancel --renewal 2026-12-31"


def test_s9_the_lead_of_that_command_counts_down(private: Path) -> None:
    done = lang_run(
        "cancel", "--no-interactive", "--renewal", "2026-12-31", "--today", "2026-12-08"
    )
    assert "2026年12月30日（あと22日）までに" in joined(done.stdout)


def test_s9_a_trial_keeps_its_command(private: Path) -> None:
    done = lang_run("trial", "2026-12-01", "--today", "2026-12-08")
    assert "`primehelp cancel --trial`" in joined(done.stdout)
