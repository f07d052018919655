"""Review 50b item 19: a desktop notification shows no backticks around a command."""

from __future__ import annotations

import pytest

from primehelp.notify import notifier_argv

BODY = "`primehelp profile --clear` で削除してから保存し直してください。"


@pytest.mark.parametrize("platform", ["linux", "darwin"])
def test_the_notification_body_has_no_backticks(platform: str) -> None:
    argv = notifier_argv("/bin/tool", platform, "primehelp", BODY)
    assert BODY.replace("`", "") in argv
    assert not any("`" in part for part in argv if "primehelp profile" in part)
