"""How this copy of primehelp was installed, for the stale-facts notice's advice on updating it
(review 36a item 18: it told every member to `git pull`, which only a copy of the repository
can do). Imported only when the facts are old.

The README's ways: `uv tool install` (its environment holds ``uv-receipt.toml``), `pipx install`
(``pipx_metadata.json``), pip into a virtual environment, or a copy of the repository run with
`uv run` (the package sits in a folder with ``.git`` and ``pyproject.toml``).
"""

import json
import sys
from dataclasses import dataclass
from pathlib import Path

_UV_TOOL = "uv tool upgrade primehelp"
_PIPX = "pipx reinstall primehelp"  # as the README says: a git install is not upgraded in place
_PIP = "python3 -m pip install --upgrade --force-reinstall"


@dataclass(frozen=True, slots=True)
class UpdateAdvice:
    """The command that brings newer facts, and whether it runs in a copy of the repository."""

    command: str
    in_checkout: bool = False


def update_advice(prefix: Path, package: Path, direct_url: str | None) -> UpdateAdvice:
    """The update command for an install whose environment is ``prefix``, whose package
    directory is ``package``, and whose ``direct_url.json`` (PEP 610) is ``direct_url``."""
    checkout = package.parent
    if (checkout / ".git").exists() and (checkout / "pyproject.toml").is_file():
        return UpdateAdvice("git pull", in_checkout=True)
    if (prefix / "uv-receipt.toml").is_file():
        return UpdateAdvice(_UV_TOOL)
    if (prefix / "pipx_metadata.json").is_file():
        return UpdateAdvice(_PIPX)
    source = _source(direct_url)
    return UpdateAdvice(f'{_PIP} "{source}"' if source else f"{_PIP} primehelp")


def _source(direct_url: str | None) -> str | None:
    """Where pip installed it from: ``git+https://…`` or a local path; None when unknown."""
    if not direct_url:
        return None
    try:
        found = json.loads(direct_url)
    except ValueError:
        return None
    url = found.get("url") if isinstance(found, dict) else None
    if not isinstance(url, str) or not url:
        return None
    if isinstance(found.get("vcs_info"), dict):
        return url if url.startswith("git+") else f"git+{url}"
    return url.removeprefix("file://")


def this_install() -> UpdateAdvice:
    """The advice for the primehelp that is running."""
    import primehelp

    package = Path(primehelp.__file__).resolve().parent
    try:
        from importlib.metadata import PackageNotFoundError, distribution

        direct_url = distribution("primehelp").read_text("direct_url.json")
    except (PackageNotFoundError, OSError):
        direct_url = None
    return update_advice(Path(sys.prefix), package, direct_url)
