"""Start-up discipline: heavy libraries stay unimported until a command needs them (issue 5).

Not timed: these tests look at *which* modules a fresh interpreter loads. The timing lives in
benchmarks/startup.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support import json_contract
from tests.support.clihelp import fresh_python

# Each of these costs tens of milliseconds at start-up; see benchmarks/startup.py. icalendar is a
# dev dependency (the reference of tests/test_icalendar_text.py): no command may import it.
HEAVY = ("rich", "dateutil.parser", "icalendar", "pydantic", "platformdirs")


def _imported(modules: set[str], roots: tuple[str, ...]) -> list[str]:
    """The names in ``roots`` that were imported themselves or through one of their modules."""
    return [r for r in roots if any(m == r or m.startswith(r + ".") for m in modules)]


def _modules_of_import(statement: str) -> set[str]:
    code = f"{statement}\nimport sys\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return set(done.stdout.split())


def _modules_of_run(
    *args: str, env: dict[str, str] | None = None
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run ``python -X importtime -m primehelp ARGS``; every module imported is on stderr."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "primehelp", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
        env=env,
    )
    modules = {
        line.rsplit("|", 1)[1].strip()
        for line in done.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    if "--json" in args:
        json_contract.loads(done.stdout)
    return done, modules


def test_importing_the_cli_loads_no_heavy_module() -> None:
    modules = _modules_of_import("import primehelp.cli")
    assert "typer" in modules  # the probe works
    assert _imported(modules, HEAVY) == []


def test_version_loads_no_heavy_module_and_no_data() -> None:
    done, modules = _modules_of_run("--version")
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("primehelp ")
    assert "primehelp.cli" in modules  # the probe works
    assert _imported(modules, (*HEAVY, "tomllib")) == []
    assert _ours(modules) == ["primehelp", "primehelp.cli", "primehelp.errors", "primehelp.i18n"]


def _ours(modules: set[str]) -> list[str]:
    return sorted(m for m in modules if m == "primehelp" or m.startswith("primehelp."))


COMMAND_MODULES = {
    f"primehelp.cli.{name}" for name in ("contact", "check_number", "check_message", "sources")
}
DRAWING = (
    "primehelp.output.console",
    "primehelp.output.linebreak",
    "primehelp.output.break_units",  # the units kept whole, with the line breaker
    "primehelp.output.break_amounts",  # an amount kept with its unit (moved out of break_units: 48a, 7)
    "primehelp.output.break_nouns",  # 「更新時の請求」 kept whole (small fixes, item 1)
    "primehelp.output.break_glue",  # 「第12条の6」, 「指定しない場合は」 whole (review 51a)
    "primehelp.output.phrases",
    "primehelp.output.quote_units",  # English breaks a quoted label as Japanese (46b item 2)
    "primehelp.output.source_rows",  # a 出典 line too wide becomes a list (review 32b item 1)
    "primehelp.output.wording",  # pure text moved out of console.py (round 42)
    "primehelp.output.bullets",  # where an item's text starts: its lines hang there (37a item 11)
    "primehelp.output.labelled",  # a 「ラベル：値」 line hangs its further lines (review 49a, 15)
    "primehelp.output.record_apart",  # one layout for a stacked record (review 63b R-minor 8)
)


@pytest.mark.parametrize(
    ("args", "command_module"),
    [
        (("contact", "--json"), "primehelp.cli.contact"),
        (("check-number", "188", "--json"), "primehelp.cli.check_number"),
        (("check-number", "not-a-number"), "primehelp.cli.check_number"),  # an error
        (("sources", "--json"), "primehelp.cli.sources"),
        (
            ("check-message", "--text", "Amazon https://amzn.asia/d/x", "--json"),
            "primehelp.cli.check_message",
        ),
        (("check-message", "--text", ""), "primehelp.cli.check_message"),  # an error
    ],
)
def test_json_and_errors_load_only_their_command_and_no_view(
    args: tuple[str, ...], command_module: str
) -> None:
    """Each command is its own module, imported alone; views are for text output only."""
    _done, modules = _modules_of_run(*args)
    assert command_module in modules  # the probe works
    assert _imported(modules, tuple(COMMAND_MODULES - {command_module})) == []
    output = [m for m in _ours(modules) if m.startswith("primehelp.output")]
    # check-message --json names each red flag as the text does (review 36a, item 15): the
    # three modules that word a flag, pure text, no console
    wording = ["primehelp.output.flag_refs", "primehelp.output.idn_reason"]
    wording += ["primehelp.output.flag_detail"]
    wording += ["primehelp.output.message_steps"]  # the steps worded as shown (53a, item 3)
    wording += ["primehelp.output.scam_note"]  # moved out of flag_refs (review 56a, item 1)
    wording += ["primehelp.output.flag_quotes"]  # the quotes a sign prints (review 59m, B 5)
    expected = ["primehelp.output", "primehelp.output.envelope"]
    if command_module == "primehelp.cli.check_message" and "--json" in args:
        expected += wording
    assert sorted(output) == sorted(expected)


def test_text_output_loads_its_view_and_the_console_only() -> None:
    done, modules = _modules_of_run("check-number", "188")
    assert done.returncode == 0, done.stderr[-2000:]
    output = [m for m in _ours(modules) if m.startswith("primehelp.output")]
    assert output == sorted(
        [
            "primehelp.output",
            "primehelp.output.envelope",
            *DRAWING,
            "primehelp.output.check_number",  # (bullets, 「・」 or "- ", is in DRAWING now)
        ]
    )


@pytest.mark.parametrize(
    "args",
    [("contact", "--json"), ("check-number", "188", "--json"), ("sources", "--json")],
)
def test_json_output_does_not_load_rich(args: tuple[str, ...]) -> None:
    done, modules = _modules_of_run(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.lstrip().startswith("{")
    assert _imported(modules, HEAVY) == []


@pytest.mark.parametrize("args", [("--help",), ("contact", "--help")])
def test_help_does_not_load_rich(args: tuple[str, ...]) -> None:
    """Typer formats help with Rich unless ``rich_markup_mode=None``; we keep it plain."""
    done, modules = _modules_of_run(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "primehelp" in done.stdout
    assert _imported(modules, HEAVY) == []


def test_an_error_does_not_load_rich() -> None:
    done, modules = _modules_of_run("check-number", "not-a-number")
    assert done.returncode == 2
    assert _imported(modules, HEAVY) == []


def test_drawing_loads_rich_but_not_its_emoji_table() -> None:
    """Human output shows up as Rich imports (so the probe works), without the emoji table.

    Rich reads a ``str`` title or cell as markup, which imports ``rich._emoji_codes``; passing
    Rich text instead avoids it.
    """
    done, modules = _modules_of_run("contact")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "rich.console" in modules
    assert "rich._emoji_codes" not in modules


def test_only_the_command_that_runs_is_built() -> None:
    """Typer builds every command at start-up; main() hands it only the one that runs."""
    from primehelp.cli import COMMANDS, _app_for, app

    names = [
        info.name or info.callback.__name__ for info in app.registered_commands if info.callback
    ]
    assert names == list(COMMANDS)
    only = _app_for(["check-number", "188"])
    assert [info.name for info in only.registered_commands] == ["check-number"]
    assert [
        i.callback.__name__ for i in _app_for(["renewal"]).registered_commands if i.callback
    ] == ["renewal"]
    assert _app_for(["--version"]).registered_commands == []
    for args in ([], ["--help"], ["renewl"], ["-h", "renewal"]):
        assert _app_for(args) is app
    assert len(app.registered_commands) == len(COMMANDS)  # the app itself is left whole


@pytest.mark.parametrize("command", ["contact", "check-number", "renewal", "cancel", "profile"])
def test_a_command_built_alone_has_the_same_help(command: str) -> None:
    def help_text(entry: str) -> str:
        code = f"from primehelp.cli import {entry}; {entry}()"
        done = subprocess.run(
            [sys.executable, "-c", code, command, "--help"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    whole = help_text("app")  # the Typer app with every command
    # in the language of the environment: English, or Japanese with 「[オプション]」
    assert any(
        f"primehelp {command} {options}" in whole for options in ("[OPTIONS]", "[オプション]")
    )
    assert help_text("main") == whole


# Our modules that only some commands need: each frozen dataclass costs 0.6-0.8 ms to create at
# start-up (benchmarks/README.md), so a command must not import another command's classes.
RENEWAL = ("renewal", "2026-12-31", "--plan", "monthly")
NOT_FOR_RENEWAL = (
    "primehelp.fees",
    "primehelp.trial",
    "primehelp.sources",
    "primehelp.number_check",
    "primehelp.cancellation",
    "primehelp.walkthrough",
    "primehelp.profile",
)
NO_ZONE = ("zoneinfo",)  # today in Japan is a fixed UTC+9 (tests/test_renewal_cli.py)
CHARGE = ("charge", "600", "AMAZON", "PRIME", "--date", "2026-11-01")
# charge reads the fee history (plans) and the services, not the fees report or the list of
# subscriptions (primehelp.subscriptions: its class is only for `subscriptions`).
NOT_FOR_CHARGE = (
    "primehelp.fees",
    "primehelp.renewal",
    "primehelp.reminder",
    "primehelp.subscriptions",
    "primehelp.cancellation",
    "primehelp.sources",
    "primehelp.profile",
    *NO_ZONE,
)


@pytest.mark.parametrize(
    ("args", "unwanted"),
    [
        ((*RENEWAL, "--json"), (*HEAVY, *NO_ZONE, *NOT_FOR_RENEWAL)),
        (
            (*RENEWAL, "--ics", "-"),
            (*HEAVY, *NO_ZONE, *NOT_FOR_RENEWAL),  # primehelp writes the file: no icalendar
        ),
        (
            RENEWAL,
            (
                "dateutil.parser",
                "icalendar",
                "pydantic",
                "platformdirs",
                *NO_ZONE,
                *NOT_FOR_RENEWAL,
            ),
        ),
        (
            ("fees",),
            (
                "dateutil",
                "icalendar",
                "pydantic",
                "platformdirs",
                "zoneinfo",
                "primehelp.renewal",
                "primehelp.reminder",
                "primehelp.trial",
                "primehelp.sources",
                "primehelp.profile",
            ),
        ),
        (("fees", "--json"), (*HEAVY, "dateutil", "primehelp.renewal", "primehelp.trial")),
        (
            ("contact",),
            (
                "dateutil",
                "icalendar",
                "platformdirs",
                "primehelp.number_check",
                "primehelp.sources",
                "primehelp.renewal",
                "primehelp.plans",
            ),
        ),
        (("contact", "--json"), (*HEAVY, "primehelp.number_check", "primehelp.sources")),
        ((*CHARGE, "--json"), (*HEAVY, *NOT_FOR_CHARGE)),
        (CHARGE, ("dateutil", "platformdirs", *NOT_FOR_CHARGE)),
        (("subscriptions", "--json"), (*HEAVY, "primehelp.charges", "primehelp.plans")),
    ],
    ids=[
        *("renewal-json", "renewal-ics", "renewal", "fees", "fees-json", "contact", "contact-json"),
        *("charge-json", "charge", "subscriptions-json"),
    ],
)
def test_a_command_loads_only_what_it_uses(
    args: tuple[str, ...], unwanted: tuple[str, ...]
) -> None:
    done, modules = _modules_of_run(*args)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "primehelp.output.envelope" in modules  # the probe works
    assert _imported(modules, unwanted) == []


GENUINE_SMS = "Amazonプライムの会員資格は2026/12/24に更新されます。詳細：https://amzn.asia/d/7Xk2pQ"
# Only for some messages: an e-mail (its parser, HTML), a domain that is not Amazon's (the PSL).
MESSAGE_ONLY_WHEN_NEEDED = ("email.parser", "email.feedparser", "html.parser", "publicsuffixlist")


def test_check_message_json_loads_no_rich_and_nothing_a_genuine_sms_does_not_need() -> None:
    done, modules = _modules_of_run("check-message", "--text", GENUINE_SMS, "--json")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "primehelp.message_links" in modules  # the probe works
    assert _imported(modules, (*HEAVY, *MESSAGE_ONLY_WHEN_NEEDED, "primehelp.sources")) == []
    # its records are named tuples (RedFlag was a frozen dataclass: 1.15 ms to create, round 51)
    assert "dataclasses" not in modules


# Review 27a, 6 (start-up): check-number's classes only for a message with a number, the
# authentication results only for a mail with that header; the numbers of contact.toml and the
# phone-number parser only for a message with a number too (round 51).
MESSAGE_PARTS_WHEN_NEEDED = ("primehelp.number_check", "primehelp.message_auth", "primehelp.phone")


def test_check_message_loads_the_number_check_and_auth_results_only_when_needed() -> None:
    done, modules = _modules_of_run("check-message", "--text", GENUINE_SMS)
    assert done.returncode == 0, done.stderr[-2000:]
    assert _imported(modules, MESSAGE_PARTS_WHEN_NEEDED) == []
    done, modules = _modules_of_run("check-message", "--text", GENUINE_SMS + " 03-5757-5252")
    assert "primehelp.number_check" in modules and "primehelp.phone" in modules


def test_check_message_reads_the_public_suffix_list_only_for_a_foreign_domain() -> None:
    foreign = "【Amazon】お支払い方法を更新してください https://amazon-co-jp.top/"
    done, modules = _modules_of_run("check-message", "--text", foreign, "--json")
    assert done.returncode == 1, done.stderr[-2000:]
    assert "publicsuffixlist" in modules
    assert _imported(modules, ("rich", "email.parser", "html.parser")) == []


def test_check_message_text_output_loads_its_view_and_rich() -> None:
    done, modules = _modules_of_run("check-message", "--text", GENUINE_SMS)
    assert done.returncode == 0, done.stderr[-2000:]
    output = [m for m in _ours(modules) if m.startswith("primehelp.output")]
    assert output == sorted(
        [
            "primehelp.output",
            "primehelp.output.envelope",
            *DRAWING,
            "primehelp.output.blocks",
            "primehelp.output.check_message",
            "primehelp.output.flag_refs",  # part of the view (check_message.py at its limit)
            "primehelp.output.message_lines",  # part of the view too (moved out, round 21)
            "primehelp.output.idn_reason",  # part of the view too (round 36)
            "primehelp.output.message_auth_lines",  # moved out of check_message.py (round 36)
            "primehelp.output.message_link",  # moved out of check_message.py (round 38)
            "primehelp.output.member_text",  # the member's words, broken between words
            "primehelp.output.flag_detail",  # a flag's title and detail, shared with --json (41)
            "primehelp.output.message_steps",  # the steps' wording, shared with --json (53a 3)
            "primehelp.output.scam_note",  # moved out of flag_refs (review 56a, item 1)
            "primehelp.output.flag_quotes",  # the quotes a sign prints, shared with --json (59m)
        ]
    )
    assert "rich.console" in modules
    assert _imported(modules, ("publicsuffixlist", "email.parser", "rich._emoji_codes")) == []


def test_cancel_without_a_terminal_loads_no_walkthrough_and_no_renewal_arithmetic() -> None:
    """The printed plan needs the deadline's day before renewal, not the fee machinery."""
    done, modules = _modules_of_run("cancel", "--no-interactive")
    assert done.returncode == 0, done.stderr[-2000:]
    assert "primehelp.cancellation" in modules
    unwanted = ("icalendar", "dateutil", "zoneinfo", "json", "primehelp.walkthrough")
    assert _imported(modules, (*unwanted, "primehelp.renewal", "primehelp.plans")) == []
    # What keeps billing comes with cancel.toml: nothing of charge or subscriptions (issue 15).
    assert _imported(modules, ("primehelp.services", "primehelp.charges")) == []
    assert "platformdirs" not in modules  # conftest sets PRIMEHELP_CONFIG_DIR


def test_cancel_with_a_renewal_date_reads_no_profile() -> None:
    """With --renewal no profile is read (json is not loaded), and platformdirs is not needed:
    only whether a profile file exists is asked, for the last step's 「保存した更新日を削除して
    ください」 (review 47b item 7: primehelp.profile's path finding)."""
    env = {k: v for k, v in os.environ.items() if k != "PRIMEHELP_CONFIG_DIR"}
    args = ("cancel", "--no-interactive", "--renewal", "2026-12-24", "--today", "2026-12-20")
    done, modules = _modules_of_run(*args, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "primehelp.dates" in modules
    assert _imported(modules, ("platformdirs", "icalendar", "json")) == []


# `due` runs from timers and shell prompts on the --json budget (issue 13): the profile is found
# without platformdirs, its sentences are not TOML, and none of the renewal report, fee or
# storage classes are created.
NOT_FOR_DUE = (
    *HEAVY,
    "tomllib",
    "primehelp.renewal",
    "primehelp.plans",
    "primehelp.reminder",
    "primehelp.storage",
    "primehelp.notify",
    "primehelp.output.console",
)


@pytest.mark.parametrize("profile", ["annual", "trial"])
@pytest.mark.parametrize("extra", [(), ("--json",), ("--verbose",)])
def test_due_loads_no_toml_no_platformdirs_and_no_report_classes(
    profile: str, extra: tuple[str, ...], tmp_path: Path
) -> None:
    from tests.support.profiles import PROFILES

    (tmp_path / "primehelp").symlink_to(PROFILES / profile)  # found through XDG_CONFIG_HOME
    env = {k: v for k, v in os.environ.items() if k != "PRIMEHELP_CONFIG_DIR"}
    env["XDG_CONFIG_HOME"] = str(tmp_path)
    for today in ("2026-12-01", "2026-12-30"):
        done, modules = _modules_of_run("due", "--today", today, *extra, env=env)
        assert done.returncode == (1 if today == "2026-12-30" else 0), done.stderr[-2000:]
        assert "primehelp.due" in modules and "primehelp.profile" in modules  # the probe works
        assert _imported(modules, NOT_FOR_DUE) == []
        assert ("dateutil" in modules) == (profile == "annual")  # months only with a plan


def test_due_notify_loads_the_notifier_only_when_something_is_due(tmp_path: Path) -> None:
    from tests.support.profiles import ANNUAL

    env = {**os.environ, **ANNUAL, "PATH": str(tmp_path)}  # no notifier: one line, exit 1
    _done, quiet = _modules_of_run("due", "--today", "2026-12-01", "--notify", env=env)
    assert "primehelp.notify" not in quiet
    done, modules = _modules_of_run("due", "--today", "2026-12-30", "--notify", env=env)
    assert done.returncode == 1 and "primehelp.notify" in modules


def test_main_leaves_the_last_garbage_collection_out_but_runs_exit_handlers() -> None:
    code = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 0, file=sys.stderr))\n"
        "sys.argv = ['primehelp', '--version']\n"
        "from primehelp.cli import main\n"
        "main()\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.returncode == 0
    assert done.stdout.startswith("primehelp ")
    assert done.stderr == "frozen True\n"


def test_no_module_of_the_package_imports_icalendar() -> None:
    """icalendar and ics are dev dependencies: the installed wheel does not have them."""
    from tests.test_layers import PACKAGE, imported_by, modules, reaches

    assert "primehelp.icalendar_text" in imported_by(PACKAGE / "ics.py")  # the probe works
    assert [p.name for p in modules() if reaches(imported_by(p), ("icalendar", "ics"))] == []


@pytest.mark.parametrize(
    "args",
    [
        (*RENEWAL, "--json", "--ics"),  # to a file
        ("trial", "2026-11-25", "--today", "2026-11-25", "--ics"),
    ],
)
def test_writing_a_calendar_imports_no_icalendar(args: tuple[str, ...], tmp_path: Path) -> None:
    calendar = tmp_path / "renewal.ics"
    done, modules = _modules_of_run(*args, str(calendar))
    assert done.returncode == 0, done.stderr[-2000:]
    assert calendar.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")
    assert "primehelp.icalendar_text" in modules  # the probe works
    assert _imported(modules, ("icalendar", "zoneinfo")) == []


_READS = """
import atexit, sys
import primehelp.facts as facts
read = []
_load = facts.load
def load(name):
    read.append(name)
    return _load(name)
facts.load = load
atexit.register(lambda: print("READ", *sorted(set(read)), file=sys.stderr))
sys.argv[0] = "primehelp"
from primehelp.cli import main
main()
"""


def _data_files_read(*args: str, exit_code: int = 0) -> list[str]:
    """The data files a run of ``primehelp ARGS`` reads (in a fresh interpreter)."""
    lines = fresh_python(_READS, *args, exit_code=exit_code)
    [line] = [line for line in lines if line.startswith("READ")]
    return line.split()[1:]


@pytest.mark.parametrize(
    ("args", "files"),
    [
        (
            # refunds: the gift-card part of a Prime fee refund (review 19a, item 6)
            ("charge", "600", "--date", "2026-11-01", "--json"),
            # ui_charge_text: wording split out of ui_charge (its compiled module at 400 lines)
            ["charges", "fees", "refunds", "statement", "subscriptions", "ui_charge_text"],
        ),
        (("subscriptions", "--json"), ["statement", "subscriptions"]),
        # The list of what keeps billing is in cancel.toml: no other file for it (issue 15).
        (("cancel", "--no-interactive", "--json"), ["cancel", "refunds", "reminder", "trial"]),
    ],
)
def test_a_command_reads_only_the_data_files_it_shows(
    args: tuple[str, ...], files: list[str]
) -> None:
    assert _data_files_read(*args) == files


def test_check_message_reads_contact_numbers_only_for_a_message_with_a_number() -> None:
    """Round 51 (start-up): contact.toml's defunct and circulating numbers are read at their
    first look-up; a message with a number still gets check-number's verdict on it."""
    assert "contact" not in _data_files_read("check-message", "--text", GENUINE_SMS, "--json")
    with_number = GENUINE_SMS + " 0120-999-373"
    read = _data_files_read("check-message", "--text", with_number, "--json", exit_code=1)
    assert "contact" in read and "message" in read  # the probe works
