"""The command an everyday word typed in its place most likely means: `primehelp 解約` →
「`cancel` のことですか？」 (review 28a, S 22). The words are those `primehelp sources` reads
(data/topics.toml), each topic naming its command. Imported only when a command is unknown."""

import unicodedata

from primehelp.facts import document


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
