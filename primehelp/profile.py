"""The saved profile: the member's renewal date and plan, as ``profile.json``.

The file lives in the user config directory (platformdirs), or in ``$PRIMEHELP_CONFIG_DIR``;
the caller passes the environment in. A file that is not a valid profile is reported, naming
the file, and is never overwritten or changed unless the user clears it.

Only a regular file of at most 64 KiB is read (:data:`PROFILE_SIZE_LIMIT`; a profile is about
100 bytes), opened non-blocking: a FIFO, a device (a link to ``/dev/zero``), a socket or a
directory at the profile path is refused in one line, without waiting or reading it.
"""

import datetime as dt
import re
import sys
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from primehelp.dates import MAX_YEAR, MIN_YEAR
from primehelp.errors import FileProblem
from primehelp.files import link_target, own_file_name, read_bytes, remove_file
from primehelp.i18n import Text

if TYPE_CHECKING:
    from primehelp.storage import PlannedWrite

CONFIG_DIR_ENV = "PRIMEHELP_CONFIG_DIR"
PROFILE_FILE = "profile.json"
PROFILE_SCHEMA_VERSION = 1
PROFILE_SIZE_LIMIT = 64 * 1024  # a profile is about 100 bytes; anything larger is not ours


class Profile(NamedTuple):
    """What ``--save`` remembers: the renewal date, the plan if given, whether it is a trial,
    and whether it is Prime Student (``trial --student --save``; a Student plan says so too)."""

    renewal_date: dt.date
    plan: str | None = None
    trial: bool = False
    student: bool = False  # added in round 31: a profile without it is not Student

    @property
    def is_student(self) -> bool:
        """Prime Student: saved so, or a Student plan."""
        return self.student or (self.plan or "").startswith("student-")


def profile_path(environ: Mapping[str, str]) -> Path:
    """Where the profile lives: ``$PRIMEHELP_CONFIG_DIR/profile.json`` or the user config dir.

    Without a home directory (no HOME, no passwd entry) there is no user config dir: a
    :class:`FileProblem` asks for ``PRIMEHELP_CONFIG_DIR``.
    """
    override = environ.get(CONFIG_DIR_ENV, "").strip()
    if override:  # a relative one: from this folder, named whole (review 47b S 15)
        return Path(override).expanduser().absolute() / PROFILE_FILE
    known = xdg_config_home(environ)
    if known is not None:
        return known / "primehelp" / PROFILE_FILE
    import platformdirs

    try:
        config = platformdirs.user_config_dir("primehelp", appauthor=False)
    except RuntimeError:  # no HOME and no passwd entry (docker run -u 12345): no place to look
        config = "~"
    if config.startswith("~"):
        raise FileProblem(
            Text(
                ja=(
                    "ホームフォルダーが分からないため、設定の保存場所がありません。"
                    f"環境変数 {CONFIG_DIR_ENV} に保存先のフォルダーを指定してください"
                ),
                en=(
                    "no home directory, so no place for the saved profile; "
                    f"set {CONFIG_DIR_ENV} to the directory to keep it in"
                ),
            )
        )
    return Path(config) / PROFILE_FILE


def xdg_config_home(environ: Mapping[str, str]) -> Path | None:
    """The user config directory on Linux, read as platformdirs reads it, without importing it.

    ``$XDG_CONFIG_HOME`` when it is an absolute path, else ``~/.config`` when ``$HOME`` is an
    absolute path (a relative XDG_CONFIG_HOME is ignored, as the XDG spec, platformdirs and
    systemd ignore it; review 42b item 7: ``remind`` took it for no home folder); ``None``
    elsewhere (macOS, Windows, Android, no usable HOME), where platformdirs decides. platformdirs costs 3.5 ms at every start of
    a command that reads the profile (``due`` runs from a timer or a shell prompt);
    tests/test_profile.py compares both in every case this answers.
    """
    if sys.platform != "linux" or hasattr(sys, "getandroidapilevel"):
        return None
    if environ.get("ANDROID_DATA") == "/data" and environ.get("ANDROID_ROOT") == "/system":
        return None
    xdg = environ.get("XDG_CONFIG_HOME", "")
    if xdg.startswith("/"):
        return Path(xdg)
    home = environ.get("HOME", "")
    return Path(home.rstrip("/") or "/") / ".config" if home.startswith("/") else None


_WELL_FORMED = r"\d{4}-\d{2}-\d{2}"
"""A date in the form profile.json keeps (YYYY-MM-DD), whether or not the day exists: compiled
at its first use, by ``re``'s own cache (start-up: cancel imports this module, reads no profile)."""


class ProfileFault(ValueError):
    """Why a decoded ``profile.json`` is not a profile, in both languages (``str()``: English)."""

    def __init__(self, key: str, **values: object) -> None:
        from primehelp.facts import ui  # only for a broken profile

        self.key = key
        self.reason = ui(f"fault.{key}", "ui_profile").format(**values)
        super().__init__(self.reason.en)


def profile_from_json(document: Any) -> Profile:
    """Check a decoded ``profile.json``; raise :class:`ProfileFault` naming the first fault."""
    if not isinstance(document, dict):
        raise ProfileFault("not_object")
    if "schema_version" not in document:
        raise ProfileFault("schema_version_missing")
    version = document.get("schema_version")
    if type(version) is int and version > PROFILE_SCHEMA_VERSION:  # review 38a S 34
        raise ProfileFault("schema_newer", version=version, supported=PROFILE_SCHEMA_VERSION)
    if version != PROFILE_SCHEMA_VERSION:
        raise ProfileFault("schema_version", version=PROFILE_SCHEMA_VERSION)
    renewal = document.get("renewal_date")
    if renewal is None:
        raise ProfileFault("renewal_missing")
    try:
        if not isinstance(renewal, str):
            raise ValueError(renewal)
        renewal_date = dt.date.fromisoformat(renewal)
    except ValueError:
        if isinstance(renewal, str) and re.fullmatch(
            _WELL_FORMED, renewal
        ):  # 2026-02-30 (27a S 27)
            from primehelp.errors import shown

            raise ProfileFault("renewal_no_such_day", date=shown(renewal)) from None
        raise ProfileFault("renewal_not_date") from None
    if not MIN_YEAR <= renewal_date.year <= MAX_YEAR:
        # The limits of dates typed by hand; year 1 and 9999 overflowed the date arithmetic
        # (periods.cancel_by, periods.nth_renewal) into tracebacks.
        raise ProfileFault("renewal_year", low=MIN_YEAR, high=MAX_YEAR)
    plan = document.get("plan")
    if plan is not None:
        # Here, not at the top: `cancel` reads a profile without a plan and needs no plans.
        from primehelp.periods import Plan

        plans = [known.value for known in Plan]
        if plan not in plans:
            raise ProfileFault("plan", ja_plans="・".join(plans), en_plans=", ".join(plans))
    trial = document.get("trial", False)
    if not isinstance(trial, bool):
        raise ProfileFault("trial")
    student = document.get("student", False)  # additive: older profiles have none
    if not isinstance(student, bool):
        raise ProfileFault("student")
    return Profile(renewal_date=renewal_date, plan=plan, trial=trial, student=student)


def profile_to_json(profile: Profile) -> bytes:
    """The bytes of ``profile.json`` for ``profile``."""
    import json  # here and in load_profile: most runs find no profile and need no JSON

    document = {
        "schema_version": PROFILE_SCHEMA_VERSION,
        "renewal_date": profile.renewal_date.isoformat(),
        "plan": profile.plan,
        "trial": profile.trial,
    }
    if profile.student:  # only when true: a regular profile keeps the bytes it always had
        document["student"] = True
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


_MAX_NESTING = 16  # a profile is one flat object; json.loads recurses once per bracket
_MAX_DIGITS = 20  # int() refuses more than 4300 digits with a message about sys internals


def _nesting_exceeds(text: str, limit: int) -> bool:
    """Whether JSON ``text`` nests brackets deeper than ``limit`` (brackets in strings ignored)."""
    depth = 0
    in_string = escaped = False
    for ch in text:
        if in_string:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == '"':
                in_string = False
        elif ch == '"':
            in_string = True
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def _small_int(digits: str) -> int:
    if len(digits.lstrip("-")) > _MAX_DIGITS:
        raise ProfileFault("digits", limit=_MAX_DIGITS)
    return int(digits)


def load_profile(path: Path) -> Profile | None:
    """The saved profile, ``None`` when nothing is saved; never modifies the file. A UTF-8 byte
    order mark is accepted (some editors on Windows add one)."""
    try:
        raw = read_bytes(path, limit=PROFILE_SIZE_LIMIT)
    except FileProblem:
        try:
            folder = path.is_dir()
            folder_is_file = path.parent.is_file()  # review 52a item 47
        except OSError:  # a folder on the way that cannot be entered: the first problem stands
            folder = folder_is_file = False
        if folder_is_file:
            from primehelp.facts import ui

            said, name = ui("folder_is_file", "ui_profile"), own_file_name(path.parent)
            raise FileProblem(
                Text(said.ja.format(folder=name.ja), said.en.format(folder=name.en))
            ) from None
        if not folder:
            raise
        from primehelp.facts import ui  # a folder: how to fix it (review 29a, R-minor 5)

        said, name = ui("folder", "ui_profile"), own_file_name(path)
        raise FileProblem(
            Text(said.ja.format(file=name.ja), said.en.format(file=name.en))
        ) from None
    if raw is None:
        return None
    import json

    from primehelp.profile_corrupt import corrupt  # small; its wording is read only on a fault

    try:
        text = raw.decode("utf-8-sig")
        if not text.strip():  # not 「JSON の形式ではありません」 (review 27a, S 27)
            raise ProfileFault("empty")
        if _nesting_exceeds(text, _MAX_NESTING):
            raise ProfileFault("nested", limit=_MAX_NESTING)
        return profile_from_json(json.loads(text, parse_int=_small_int))
    except UnicodeDecodeError:
        raise corrupt(path, ProfileFault("not_utf8").reason) from None
    except ProfileFault as fault:
        newer = fault.key == "schema_newer"
        raise corrupt(path, fault.reason, plan=fault.key == "plan", newer=newer) from None
    except ValueError:  # json.JSONDecodeError, or a number json.loads cannot read
        raise corrupt(path, ProfileFault("not_json").reason) from None


def plan_to_save(existing: Profile | None, given: str | None) -> str | None:
    """The plan ``--save`` stores: the one given now, else the one saved before.

    ``renewal 2027-01-31 --save`` without ``--plan`` moves the date and keeps the saved plan;
    it used to store no plan at all.
    """
    if given is not None:
        return given
    return None if existing is None else existing.plan


def profile_to_save(
    existing: Profile | None,
    renewal_date: dt.date,
    plan: str | None,
    trial: bool,
    student: bool = False,
    paid: bool = False,
) -> Profile:
    """The profile ``--save`` stores for ``renewal_date`` (``trial``: a free trial's end).

    The same date as the saved one is the same renewal: a plan given now is added (or changes
    the saved one) and a saved trial stays a trial, unless ``paid`` (`renewal DATE`, review 36b
    item 8: another kind). Another date keeps the saved plan for ``renewal`` (moving the date of
    the same membership), but not for ``trial``: the member gave no plan for the trial."""
    if existing is not None and existing.renewal_date == renewal_date:
        kept, was_trial = student or existing.student, existing.trial and not paid
        return Profile(renewal_date, plan or existing.plan, trial or was_trial, kept)
    return Profile(renewal_date, plan if trial else plan_to_save(existing, plan), trial, student)


def profile_write(path: Path, profile: Profile, *, force: bool = False) -> "PlannedWrite":
    """Check that ``profile`` may be saved at ``path`` and say what to write; write nothing.

    An existing valid profile is replaced (the caller decides whether it may be:
    :func:`loses_saved`). A file that is not a valid profile is not ours to
    overwrite: refused, unless ``force`` (``--save --force``) says to replace it; a device, FIFO,
    socket or directory is refused even then. A symlinked profile (dotfile managers link it into
    the config dir) is written through: the link's target file is replaced and the link kept.
    Hand the result to :func:`primehelp.storage.write_files`, with the other files of the command.
    """
    from primehelp.storage import PlannedWrite, check_can_create, check_writable_target

    try:
        load_profile(path)
    except FileProblem:
        if not force:
            raise
    target = link_target(path)
    check_writable_target(target, force=True, create_directory=True)
    check_can_create(target)
    return PlannedWrite(target, profile_to_json(profile), force=True, create_directory=True)


def save_profile(path: Path, profile: Profile, *, force: bool = False) -> None:
    """Save ``profile`` atomically (see :func:`profile_write`); the last of concurrent saves wins."""
    from primehelp.storage import write_files

    write_files([profile_write(path, profile, force=force)])


class ProfilePeek(NamedTuple):
    """The profile for a command that only peeks at it (``cancel``), or why it could not."""

    profile: Profile | None
    problem: FileProblem | None


def peek_profile(environ: Mapping[str, str]) -> ProfilePeek:
    """Read the profile if there is one; a problem is returned, to be shown as a warning."""
    try:
        return ProfilePeek(load_profile(profile_path(environ)), None)
    except FileProblem as problem:
        return ProfilePeek(None, problem)


def clear_profile(path: Path) -> bool:
    """Delete the saved profile (valid or not); ``False`` when there was none.

    A symlinked profile loses its link only: the file it leads to (in a dotfile repository,
    say) is left alone.
    """
    # review 39a S 37: the next step, as `profile` on the same folder says it
    folder = (
        "{file} はフォルダーのため削除しません。保存した更新日のファイルはありません。"
        "このフォルダーが不要なら、移動または削除してください",
        "{file} is a directory; not deleting it. No saved renewal date is there; move or "
        "delete the directory if you do not need it",
    )
    return remove_file(path, folder)


class SavedProfile(NamedTuple):
    """What ``primehelp profile`` shows: where the profile lives and what it holds."""

    path: str
    exists: bool
    profile: Profile | None
    date_passed: bool | None = None  # the saved date before today; None: none saved (39a, 20)
    # what the screen says of the date (review 60a, B2): the day before it, the days to it (None
    # once past), whether that day has passed or is today, and whether the date is an estimate
    cancel_by: dt.date | None = None
    days_left: int | None = None
    cancel_by_passed: bool | None = None
    renewal_is_today: bool | None = None
    estimate: bool | None = None


class ClearedProfile(NamedTuple):
    """What ``primehelp profile --clear`` did."""

    path: str
    cleared: bool
    # a daily check (primehelp remind) still on, which now notifies an error every day, and
    # which ("systemd", "cron"; review 40b item 4)
    remind_installed: bool = False
    remind_schedulers: tuple[str, ...] = ()


def saved_profile(path: Path) -> SavedProfile:
    """Read the profile at ``path`` for display."""
    found = load_profile(path)
    return SavedProfile(path=str(path), exists=found is not None, profile=found)


def clear_saved_profile(path: Path) -> ClearedProfile:
    """Delete the profile at ``path`` and say whether there was one."""
    return ClearedProfile(path=str(path), cleared=clear_profile(path))
