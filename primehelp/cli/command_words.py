"""The command an everyday word typed in its place most likely means: `primehelp 解約` →
「`cancel` のことですか？」 (review 28a, S 22). The words are those `primehelp sources` reads
(data/topics.toml), each topic naming its command. Imported only when a command is unknown."""

import unicodedata
from collections.abc import Iterable

from primehelp.facts import document
from primehelp.i18n import Text


def _folded(word: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", word).lower().split())


def meant_command(typed: str) -> str | None:
    """The command whose topic names ``typed`` (after NFKC and lower-casing), else ``None``."""
    wanted = _folded(typed)
    if wanted.isdigit():  # 188 is a complaints word, but `primehelp 188` may be a number to check
        return None
    for node in document("topics").nodes("topics"):
        if not node.has("command"):
            continue
        name = node.text("name")
        words = (*node.strings("words"), name.ja, name.en)
        if wanted in {_folded(word) for word in words}:
            return str(node.string("command"))
    return None


def commands_starting(typed: str, commands: Iterable[str]) -> Text:
    """「`check-number` または `check-message` のことですか？　」 for the start of command names
    (`primehelp check`: review 36a, S 21), else nothing; as ``did_you_mean`` says it."""
    wanted = _folded(typed)
    found = [name for name in commands if len(wanted) >= 3 and name.startswith(wanted)]
    if not found:
        return Text("", "")
    named = [f"`{name}`" for name in found]
    ja = named[0] if len(named) == 1 else f"{'、'.join(named[:-1])} または {named[-1]}"
    en = named[0] if len(named) == 1 else f"{', '.join(named[:-1])} or {named[-1]}"
    return Text(f"{ja} のことですか？\u3000", f" did you mean {en}?")
