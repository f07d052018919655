"""What makes Amazon's own words a sign (a deadline, a limit, hurry or a sign-in request) and
the note that names it (ui_message_read.toml, scam_own.*)."""

from primehelp.message_sign_in import SIGN_IN as _SIGN_IN

# The words of a limit among the last part of Amazon's own words (data/message_subjects.toml); the
# others are deadlines (「以内」「本日中」「12時までに」), hurry (「至急」) or sign-in requests.
_LIMITS = ("停止", "制限", "ロック", "凍結", "無効", "利用できな", "ご利用いただけな")
_HURRY = ("至急", "ただちに", "直ちに", "早急")
# The note for what made Amazon's own words a sign (ui_message_read.toml, scam_own.*): each kind
# named, and only those found (review 63m, item 8: a deadline alone named limits too). With a
# word of another kind, words that hurry count as a deadline, as before.
_KEYS = {
    frozenset(("deadline",)): "deadline",
    frozenset(("limit",)): "limit",
    frozenset(("hurry",)): "hurry",
    frozenset(("sign_in", "deadline")): "sign_in_deadline",
    frozenset(("sign_in", "limit")): "sign_in_threat",
    frozenset(("sign_in", "deadline", "limit")): "sign_in_all",
}


def kind_of(word: str) -> str:
    """「sign_in」「limit」「hurry」 or 「deadline」: what makes Amazon's own words a sign."""
    if any(w in word for w in _SIGN_IN):
        return "sign_in"
    if any(w in word for w in _LIMITS):
        return "limit"
    return "hurry" if word in _HURRY else "deadline"


def note_key(kinds: set[str]) -> str:
    """The note (scam_own.*) for the ``kinds`` found: of :data:`_KEYS`, else 「期限を切ったり…」."""
    if "hurry" in kinds and len(kinds) > 1:
        kinds = (kinds - {"hurry"}) | {"deadline"}
    return _KEYS.get(frozenset(kinds), "sign_in" if "sign_in" in kinds else "threat")
