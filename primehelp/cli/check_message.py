"""``primehelp check-message``: red flags in an SMS or e-mail in Amazon's name.

The message comes from FILE, standard input (``-``, or a pipe) or ``--text``. This module only
gets the bytes or the text: at most one byte over the domain's limit is read, so the domain can
refuse oversized input in its own words. A terminal on standard input with nothing else given
is refused at once rather than waited on.
"""

import itertools
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from primehelp.cli.options import JsonOption, LangOption
from primehelp.cli.running import run
from primehelp.content import message as content
from primehelp.errors import BadInput, FileProblem
from primehelp.i18n import Lang, Text
from primehelp.message import MAX_INPUT_BYTES, MessageCheck
from primehelp.message import check_message as check

EPILOG = (
    "Example: primehelp check-message --text "  # fits 40 columns (review 41a item 9)
    '"Amazon：支払い停止 amaz0n.top"\n\n'
    "Example: primehelp check-message suspicious.eml --lang en"
)

# Named as the Japanese help names them, no English placeholder (review 49a item 9); what is
# typed in backticks, as 「`--json` のことですか？」 (review 60m, item 10).
_HOW_TO_GIVE = Text(
    '確認したいメッセージを指定してください：ファイル名、標準入力（`-`）、または `--text "SMSの文面"`',
    "give the message to check: a file (FILE), standard input (`-`), or `--text TEXT` (the SMS text)",
)
_ONE_OF = Text(
    "ファイルと `--text` は一緒に指定できません。どちらか一方だけを指定してください",
    "use one of FILE or `--text`, not both",
)
_STDIN_CLOSED = Text(
    "標準入力が閉じているため、メッセージを読み込めません。ファイル名か `--text` で指定してください",
    "standard input is closed, so there is no message to read; give it as FILE or `--text`",
)
_PASTE_THEN_END = Text(  # a whole sentence, the Enter key said to be pressed (review 49a, item 10)
    "メッセージを貼り付けてから、Ctrl-D を押してください"
    "（Windows では Ctrl-Z を押してから Enter を押します）。",
    "paste the message, then press Ctrl-D (on Windows, press Ctrl-Z and then Enter)",
)


# Words a member types after an on/off flag; read as FILE they are most likely its value
# (review 23a, item 7: `--entered-details yes --text hi`).
_FLAG_VALUES = frozenset({"yes", "no", "true", "false", "on", "off", "y", "n", "1", "0"})


def check_message(
    ctx: typer.Context,
    file: Annotated[
        str | None,
        typer.Argument(
            metavar="FILE",
            help=(
                "The message: a text file, a saved e-mail (.eml) with its headers or a mail "
                "saved as a web page (.html, .mhtml); "
                "- for standard input. Up to 10 MiB."
            ),
            show_default=False,
        ),
    ] = None,
    text: Annotated[
        str | None,
        typer.Option(
            "--text",
            metavar="TEXT",
            help="The message to check, given directly (paste an SMS in quotes).",
            show_default=False,
        ),
    ] = None,
    entered_details: Annotated[
        bool,
        typer.Option(
            "--entered-details",
            help=(
                "You already entered card details or a password: show what to do now first "
                "(those steps are shown anyway when red flags are found)."
            ),
        ),
    ] = False,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """Look for red flags in an SMS or e-mail in Amazon's name. Never says "safe": exit 1 when
    red flags are found, 0 when none are (which does not prove it is from Amazon); when the body
    could not be read, is only images or attached files, or is encrypted, or there was too much
    to check it all, whether it has red flags cannot be told: exit 1.

    Amazonを名乗るSMSやメールの危険な兆候を調べます。「安全」とは判定しません。終了コードは、危険な兆候が見つかったときは1、見つからなかったときは0です。0でも、Amazonからの連絡だという証明にはなりません。次のときは、危険な兆候があるかどうかは判定できないと表示して、終了コード1で終わります：本文を読み取れないとき、本文が画像や添付ファイルだけのとき、暗号化されているとき、量が多すぎて全体を確認できないとき。
    """

    def produce(_lang: Lang) -> MessageCheck:
        _refuse_a_flag_value(ctx, file, text)
        data = _message(file, text, _lang)
        try:
            result = check(data, content.load(), entered_details=entered_details)
        except BadInput as error:  # binary bytes: in a file, its name (review 64m, item 6)
            raise _binary_named(error, file if text is None else None) from None
        if not json_output:
            return result
        from primehelp.output.flag_detail import detailed  # --json: each flag's title, detail

        return detailed(result)

    run("check-message", lang, json_output, produce, _show, lambda result: result.exit_code)


def _refuse_a_flag_value(ctx: typer.Context, file: str | None, text: str | None) -> None:
    """「--entered-details は値を取りません。…」, as every command says it for a word after an
    on/off flag, when FILE is 「yes」 (or no, true…) typed right after the flag and is no message:
    ``--text`` gives it, or no such file exists (review 23a, item 7)."""
    words: tuple[str, ...] = ctx.meta.get("primehelp.args", ())
    if file is None or file.strip().lower() not in _FLAG_VALUES:
        return
    if ("--entered-details", file) not in itertools.pairwise(words):  # not right after it
        return
    if text is None and Path(file).exists():  # a file of that name: checked as asked
        return
    from primehelp.cli.usage_errors import _value_after_flag

    said = _value_after_flag(f"({file})", words, ctx.command.params, "check-message")
    if said is not None:
        raise BadInput(said)


def _message(file: str | None, text: str | None, lang: Lang) -> bytes | str:
    """The message as given: the text of ``--text``, or the bytes of FILE or standard input."""
    if text is not None:
        if file is not None:
            raise BadInput(_ONE_OF)
        return text
    if file is not None and file != "-":
        given = _file_bytes(file)
        if not given.removeprefix(b"\xef\xbb\xbf").strip():  # a failed save (review 52a, S 48)
            raise BadInput(
                Text(
                    f"「{file}」は空のファイルです。メッセージをもう一度保存してから指定してください",
                    f"“{file}” is an empty file; save the message again, then give it",
                )
            )
        return given
    stdin = sys.stdin
    if stdin is None or stdin.closed:  # started with descriptor 0 closed: `- <&-`
        raise BadInput(_STDIN_CLOSED)
    if stdin.isatty():
        if file is None:  # nothing given: waiting would look like a hang
            raise BadInput(_HOW_TO_GIVE)
        from primehelp.output.envelope import emit_notice, stderr_lang

        emit_notice(_PASTE_THEN_END(stderr_lang(lang)))
    try:
        data: bytes | str = getattr(stdin, "buffer", stdin).read(MAX_INPUT_BYTES + 1)
    except OSError as error:  # standard input is a directory, or was closed under us
        reason = error.strerror or type(error).__name__
        raise FileProblem(
            Text(f"標準入力を読み込めません（{reason}）", f"cannot read standard input: {reason}")
        ) from error
    if file is None and not data and not _a_pipe(stdin):  # nothing given (/dev/null, cron)
        raise BadInput(_HOW_TO_GIVE)
    return data  # an empty pipe (a copy that failed: 「メッセージが空です」, review 42a, S 25)


def _a_pipe(stream: object) -> bool:
    """Whether ``stream`` (standard input) is a pipe: something was given, and it was empty."""
    import os
    import stat

    try:
        return stat.S_ISFIFO(os.fstat(stream.fileno()).st_mode)  # type: ignore[attr-defined]
    except (OSError, ValueError, AttributeError):
        return False


def _binary_named(error: BadInput, file: str | None) -> BadInput:
    """``error``, or, for a named file's binary bytes, the same refusal naming the file:
    「「bin.dat」は文字ではないデータ…」, as an empty file or a folder is named."""
    from primehelp.message_decode import BINARY

    if file is None or file == "-" or error.message.en != BINARY.en:
        return error
    return BadInput(
        Text(
            f"「{file}」は{BINARY.ja}",
            f"“{file}” is not text{BINARY.en.removeprefix('this is not text')}",
        )
    )


def _size_named(name: str) -> Callable[[int], None]:
    """The size check of a named file: 「「big.txt」は大きすぎます。確認できるのは10MB…」; standard
    input and ``--text`` keep 「入力が大きすぎます」 (review 64m, item 6)."""
    from primehelp.message_read import check_size

    def check(size: int) -> None:
        try:
            check_size(size)
        except BadInput as error:
            ja, en = error.message
            raise BadInput(
                Text(
                    ja.replace("入力が大きすぎます", f"「{name}」は大きすぎます", 1),
                    en.replace("the input is too large", f"“{name}” is too large", 1),
                )
            ) from None

    return check


def _file_bytes(name: str) -> bytes:
    """The bytes of the file ``name``; a special file, a directory or a missing file is refused."""
    from primehelp.files import read_named_file

    if not name.strip():
        raise BadInput(_HOW_TO_GIVE)
    try:
        return read_named_file(name, MAX_INPUT_BYTES, _size_named(name))  # named (64m, 6)
    except FileProblem as problem:
        try:
            folder = Path(name).is_dir()
        except OSError:  # a name too long: Python 3.11's is_dir raises it, a traceback
            folder = False
        if not folder:
            raise
        said = problem.message  # a folder: what to give instead (review 34a, S 21)
        raise FileProblem(
            Text(
                said.ja + "メッセージのファイル（.eml など）を指定してください。",
                said.en + "; give a message file (.eml or the like)",
            )
        ) from None


def _show(result: MessageCheck, lang: Lang) -> None:
    from primehelp.output.check_message import (
        human_check_message,  # text only: --json and errors do without it
    )

    human_check_message(result, lang)
