"""Review 43a, item 9: with the member's own ``LESS`` (``-i``, ``-M`` in a shell rc file) the
pager got no ``-R``, so every `sources` heading showed a raw 「ESC[1m」. The pager is handed
``-R`` whatever ``LESS`` holds, and lv its ``-c``; a ``LESS`` that already passes colours is
left as the member wrote it."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from primehelp.output import pager


def _env_given(monkeypatch: pytest.MonkeyPatch, less: str | None) -> dict[str, str]:
    seen: dict[str, str] = {}

    def fake_run(command: list[str], **kwargs: Any) -> None:
        seen.update(kwargs["env"])

    monkeypatch.setattr(subprocess, "run", fake_run)
    monkeypatch.setenv("PAGER", "less")
    if less is None:
        monkeypatch.delenv("LESS", raising=False)
    else:
        monkeypatch.setenv("LESS", less)
    assert pager._through_pager("text\n")
    return seen


@pytest.mark.parametrize("less", ["-i", "-M", "-iM", "i", "--mouse", "-X -F", "", "-S --use-color"])
def test_a_less_without_raw_colours_gets_R(monkeypatch: pytest.MonkeyPatch, less: str) -> None:
    given = _env_given(monkeypatch, less)["LESS"]
    assert given.startswith(less) and given.split()[-1] == "-R"


@pytest.mark.parametrize("less", ["FRX", "-R", "-iR", "-r", "-i -R -M"])
def test_a_less_passing_colours_is_kept(monkeypatch: pytest.MonkeyPatch, less: str) -> None:
    assert _env_given(monkeypatch, less)["LESS"] == less


def test_no_less_gets_frx_and_lv_gets_c(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("LV", raising=False)
    given = _env_given(monkeypatch, None)
    assert given["LESS"] == "FRX" and given["LV"] == "-c"
