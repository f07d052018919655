"""`.ci/install-check` runs every command of the installed program (issue 16)."""

from __future__ import annotations

from pathlib import Path

from primehelp.cli import COMMANDS
from tests.support.install_calls import calls

CI = Path(__file__).resolve().parents[2] / ".ci"


def _command_words(args: tuple[str, ...]) -> tuple[str, ...]:
    """The arguments without the leading NAME=value words (the environment a command needs)."""
    i = 0
    while i < len(args) and "=" in args[i] and args[i].split("=", 1)[0].isupper():
        i += 1
    return args[i:]


def test_every_command_is_run_in_both_languages_and_as_json() -> None:
    runs = [(kind, _command_words(args)) for kind, args in calls()]
    assert {args[0] for _, args in runs} == {*COMMANDS, "--version", "--help"}
    for name in COMMANDS:
        mine = [(kind, args) for kind, args in runs if args[0] == name]
        assert {kind for kind, _ in mine} == {"text", "json"}
        assert any(args[-2:] == ("--lang", "ja") for _, args in mine)
        assert any(args[-2:] == ("--lang", "en") for _, args in mine)


def test_ci_installs_the_wheel_with_pip_and_uv_tool_on_every_python() -> None:
    run = (CI / "run").read_text("utf-8")
    check = (CI / "install-check").read_text("utf-8")
    assert '.ci/install-check "${PYTHONS[@]}"' in run
    assert "PYTHONS=(3.11 3.12 3.13)" in run
    assert "uv build" in check and "-m pip install" in check and "uv tool install" in check
    assert "tests.support.install_calls" in check
