"""The error for a saved ``profile.json`` that cannot be used: the reason, where the file is,
and what to do (split from :mod:`primehelp.profile`, review 38a S 34)."""

from __future__ import annotations

from pathlib import Path

from primehelp.errors import FileProblem
from primehelp.files import own_file_name
from primehelp.i18n import Text


def corrupt(path: Path, reason: Text, plan: bool = False, newer: bool = False) -> FileProblem:
    """The reason first, then where the file is, each a sentence of its own (review 28a, item 8:
    not the reason and the path inside nested parentheses). ``plan``: the plan is what is
    broken, so the example replacing the file gives one too (review 28a, S 21). ``newer``: a
    newer primehelp wrote it: update first, never 「削除してから」 (review 38a S 34)."""
    name = own_file_name(path)
    if newer:
        from primehelp.facts import ui

        said = ui("newer_profile", "ui_profile")
        return FileProblem(
            Text(
                said.ja.format(reason=reason.ja, file=name.ja),
                said.en.format(reason=reason.en, file=name.en),
            )
        )
    return CorruptProfile(path, reason, plan)


class CorruptProfile(FileProblem):
    """A profile that cannot be used, with what it was made of, so that a command that knows
    what the member is saving says it again with that command as the example
    (:meth:`with_example`: ``trial --save``, review 52b item 29)."""

    def __init__(self, path: Path, reason: Text, plan: bool) -> None:
        self.path, self.reason, self.plan = path, reason, plan
        super().__init__(_said(path, reason, plan, None))

    def with_example(self, example: str) -> FileProblem:
        """The same error, its example ``example`` (「--force を付けて置き換えてください（例：…）」)."""
        return FileProblem(_said(self.path, self.reason, self.plan, example))


def _said(path: Path, reason: Text, plan: bool, example: str | None) -> Text:
    from primehelp.facts import ui

    name = own_file_name(path)
    given = " --plan annual" if plan else ""  # the text in data: its phrases known (45b item 2)
    what = ui("what_date_plan" if plan else "what_date", "ui_profile")
    said = ui("corrupt_profile" if example is None else "corrupt_profile_example", "ui_profile")
    values = {"given": given, "example": example}
    return Text(
        said.ja.format(reason=reason.ja, file=name.ja, what=what.ja, **values),
        said.en.format(reason=reason.en, file=name.en, what=what.en, **values),
    )
