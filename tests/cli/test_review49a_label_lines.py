"""Review 49a, items 15 and 16: a 「見出し：内容」 line wrapped back to its label's column, so a
continuation (「請求」, 「使えます」, 「ファミリープランは…」) read as a line of its own or a field
without its label, in `fees` (the history, stacked at 40 and 80 columns) and `subscriptions`.
Continuations now hang two columns in; Amazon Music Unlimited's plans are listed one a line."""

from __future__ import annotations

import itertools
import re

import pytest

from tests.support.clihelp import run

_LABEL = re.compile(
    r"^[^\s：:]{1,20}(?: [A-Za-z0-9()-]+){0,5}[：:]"
)  # 「既存会員：」, "Existing members:"


def _stdout(lang: str, columns: int, *args: str) -> list[str]:
    done = run("--lang", lang, *args, env={"COLUMNS": str(columns)})
    assert done.exit_code == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_15_fee_history_continuations_hang(lang: str, columns: int) -> None:
    lines = _stdout(lang, columns, "fees")
    title = "会費の改定履歴" if lang == "ja" else "Fee history"
    start = next(at for at, line in enumerate(lines) if line.startswith(title))
    history = lines[start + 1 :]
    history = history[
        : next(at for at, line in enumerate(history) if line.startswith(("・", "- ")))
    ]
    if any(line.startswith(("┃", "│", "┏")) for line in history):
        return  # laid out as a table: no label lines
    for before, line in itertools.pairwise(history):
        if line and not line.startswith("  "):
            assert _LABEL.match(line), (before, line)


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 60, 80])
def test_16_subscription_fields_continuations_hang(lang: str, columns: int) -> None:
    lines = _stdout(lang, columns, "subscriptions")
    # the services' fields, above the closing summary (whose bullets carry notes: 51a item 10)
    summary = ("プライムを解約しても請求が続くもの", "Keeps billing after Prime ends")
    lines = lines[: next(at for at, line in enumerate(lines) if line.startswith(summary))]
    for before, line in itertools.pairwise(lines):
        # a field of a service (not the hanging line of a closing-summary bullet: 50a item 3)
        if (
            line.startswith("  ")
            and not line.startswith("   ")
            and not before.startswith(("・", "- "))
        ):
            field = line[2:]
            assert field.startswith(("・", "- ", "出典", "Sources")) or _LABEL.match(field), (
                before,
                line,
            )


@pytest.mark.parametrize("lang", ["ja", "en"])
@pytest.mark.parametrize("columns", [40, 80, 120])
def test_16_music_unlimited_plans_one_a_line(lang: str, columns: int) -> None:
    lines = _stdout(lang, columns, "subscriptions")
    japanese = [("個人プラン", "1,080円"), ("ファミリープラン", "1,680円"), ("学生プラン", "580円")]
    japanese += [("ワンデバイスプラン", "480円"), ("プライム会員向け", "880円")]  # 52a item 16
    english = [("individual plan", "1,080 yen"), ("family plan", "1,680 yen")]
    english += [
        ("student plan", "580 yen"),
        ("one-device plan", "480 yen"),
        ("for Prime members", "880"),
    ]
    plans = japanese if lang == "ja" else english
    start = next(at for at, line in enumerate(lines) if line == "Amazon Music Unlimited")
    end = next(at for at in range(start, len(lines)) if lines[at].startswith(("  利用", "  Who")))
    block = lines[start:end]
    for plan, price in plans:
        found = [line for line in block if plan in line]
        assert found and price in found[0], (plan, block)
        assert sum(plan in line for line in block) == 1, (plan, block)
    assert not any("ファミリープラン" in line and "学生プラン" in line for line in block)
