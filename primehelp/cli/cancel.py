"""``primehelp cancel``: how to cancel Prime, printed whole or walked through on a terminal."""

import os
import select
import sys
from collections.abc import Mapping
from typing import Annotated, Any

import typer

from primehelp.cancellation import (
    Branch,
    CancelPlan,
    Via,
    answers_from_flags,
    branch_from,
    renewal_deadline,
)
from primehelp.cli.options import (
    JsonOption,
    LangOption,
    TodayOption,
    completes,
    metavar_of,
    refuse_opposites,
)
from primehelp.cli.running import run
from primehelp.cli.saved_cancel import SavedUse, date_saved, saved_student, saved_use
from primehelp.cli.schedule import date_option, today_in_japan, warn_if_far
from primehelp.content.cancel import bundled_plan
from primehelp.errors import Interrupted, choose
from primehelp.facts import ui
from primehelp.glosses import VIA_VALUES
from primehelp.i18n import Lang, Text

EPILOG = "Example: primehelp cancel --via app --trial --no-interactive --lang en"


def parse_via(raw: str) -> Via:
    """Read a ``--via`` value; raise :class:`BadInput` naming the accepted values otherwise."""
    return choose(
        raw,
        Via,
        Text(
            "`--via` の値 {value} は使えません。使える値：{accepted}",
            "`--via` {value} is not a place to cancel; accepted: {accepted}",
        ),
        _VIA_WORDS,
        VIA_VALUES,
    )


# The places in Japanese too, in the words of cancel's help and screens (review 40b S 8).
_VIA_WORDS = {
    "ウェブ": Via.WEB, "ウェブサイト": Via.WEB, "amazonのウェブサイト": Via.WEB,
    "アプリ": Via.APP, "ショッピングアプリ": Via.APP, "amazonショッピングアプリ": Via.APP,
    "携帯電話会社": Via.CARRIER, "携帯電話会社のプラン": Via.CARRIER,
}  # fmt: skip


def _is_terminal(stream: Any) -> bool:
    isatty = getattr(stream, "isatty", None)
    try:
        return bool(isatty()) if isatty is not None else False
    except ValueError:  # a closed stream
        return False


# A flag and its opposite, both given: refused (Click would keep the last one silently).
_OPPOSITES = (
    ("--trial", "--paid"),
    ("--student", "--regular"),
    ("--benefits-used", "--no-benefits-used"),
)


_STOP = "q"  # what end of input (Ctrl-D) answers: stop the walkthrough, as q does (exit 0)


def _ask_line(prompt: Text, lang: Lang) -> str:
    """Read one line from the terminal; end of input (Ctrl-D) answers ``q``.

    Ctrl-D is how a terminal says "no more answers": the walkthrough stops as with ``q``
    (「案内を中断しました。」, exit 0), not as an interruption (Ctrl-C: the same words, on stderr
    after 「primehelp: 」, and exit 130, as every interrupted command ends).
    The wait polls with a short timeout instead of blocking in ``input()``: a Ctrl-C that lands
    between the prompt and the blocking read would otherwise stay pending until Enter.
    """
    from primehelp.output.walkthrough import show_prompt  # loaded with the walkthrough

    show_prompt(prompt, lang)
    if os.name != "posix":
        try:
            return input()
        except EOFError:
            return _STOP
    while not select.select([sys.stdin], [], [], 0.2)[0]:
        pass  # between polls Python delivers a pending SIGINT as KeyboardInterrupt
    line = sys.stdin.readline()
    if not line:
        sys.stdout.write("\n")  # the terminal did not echo one: end the prompt's line
        return _STOP
    return line.rstrip("\n")


def cancel(
    ctx: typer.Context,
    via: Annotated[
        str | None,
        typer.Option(
            "--via",
            metavar=metavar_of(Via),
            autocompletion=completes(Via),
            help="Where the membership is managed: website, shopping app, or a carrier plan. "
            "Asked on a terminal when not given; otherwise web.",
            show_default=False,
        ),
    ] = None,
    trial: Annotated[
        bool | None,
        typer.Option(
            "--trial/--paid",
            help="Free trial or paid membership. Not given: paid with a saved plan; without "
            "one, asked on a terminal; otherwise a free trial if a saved trial's end has not "
            "passed, else paid.",
            show_default=False,
        ),
    ] = None,
    student: Annotated[
        bool | None,
        typer.Option(
            "--student/--regular",
            help="Prime Student or regular Prime (asked on a terminal; otherwise regular).",
            show_default=False,
        ),
    ] = None,
    benefits_used: Annotated[
        bool | None,
        typer.Option(
            "--benefits-used/--no-benefits-used",
            help="Whether any benefit was used since the last charge (asked on a terminal; "
            "otherwise not known, and both refund cases are shown).",
            show_default=False,
        ),
    ] = None,
    renewal: Annotated[
        str | None,
        typer.Option(
            "--renewal",
            metavar="DATE",
            help=(
                "Your renewal date (e.g. 2026-12-24); during a free trial (--trial), its "
                "automatic paid renewal date. Given, it shows the cancel-by date (a safety margin "
                "primehelp picks: the day before; Amazon only says before the renewal date) and "
                "the days left."
            ),
            show_default=False,
        ),
    ] = None,
    no_interactive: Annotated[
        bool,
        typer.Option(
            "--no-interactive",
            help="Print the whole procedure instead of asking (the default without a terminal).",
        ),
    ] = False,
    today: TodayOption = None,
    lang: LangOption = None,
    json_output: JsonOption = False,
) -> None:
    """How to cancel Prime: the exact Japanese labels, the refund, what follows.

    プライム会員の解約手順を、画面に表示される日本語のボタン名、返金、解約後に起きることとあわせて案内します。
    """

    words: tuple[str, ...] = ctx.meta.get("primehelp.args", ())

    def answers_and_saved(chosen: Lang, warn: bool = True) -> tuple[dict[str, Any], SavedUse]:
        """The answers the flags give, and the renewal date: --renewal's, else the saved one;
        ``warn``: a date further ahead than the membership renews is warned of now (else when
        the walkthrough's answers say which membership it is)."""
        refuse_opposites(words, _OPPOSITES)
        answers = answers_from_flags(
            None if via is None else parse_via(via), trial, student, benefits_used
        )
        if renewal is None:
            return answers, saved_use(today_in_japan(today), chosen, trial)
        renewal_date = date_option("--renewal", renewal)
        from primehelp.cli.before_prime import warn_if_before_prime  # review 48b item 5

        on = today_in_japan(today)
        warn_if_before_prime(renewal_date, on, chosen, "renewal_before_prime")
        if warn:
            warn_if_far(renewal_date, on, chosen, trial=bool(trial), student=student)
        given = renewal_deadline(renewal_date, today_in_japan(today), origin="option")
        return answers, SavedUse(given, given, None, None)

    flags = answers_from_flags(None if via is None else Via.WEB, trial, student, benefits_used)
    # The answers given, and the flags that gave them (a note at a carrier names them, on the
    # piped screen and in the walkthrough: review 36b item 7).
    given = frozenset(flags) | frozenset(
        pair[not value]
        for pair, value in zip(_OPPOSITES, (trial, student, benefits_used), strict=True)
        if value is not None
    )
    interactive = (
        not no_interactive
        and not json_output
        and _is_terminal(sys.stdin)
        and _is_terminal(sys.stdout)
    )
    if not interactive:
        # What the saved profile answered, and the line it adds to the screen (review 26b 1, 3).
        from_profile: list[tuple[frozenset[str], Text | None, Text | None]] = [
            (frozenset(), None, None)
        ]

        def produce_plan(chosen: Lang) -> CancelPlan:
            answers, saved = answers_and_saved(chosen)
            # A saved trial's end, neither --trial nor --paid; a saved Prime Student profile,
            # neither --student nor --regular (review 28b item 4); a saved paid plan, neither
            # given: both, as the walkthrough takes them (review 48b item 4).
            answered = {"trial": saved.trial, "student": saved.student}
            answered = {k: v for k, v in answered.items() if v is not None and k not in answers}
            both = trial is None and student is None and answers.get("via") is not Via.CARRIER
            preset, plan_line = saved.piped_answers() if both else ({}, None)
            answered.update(preset)
            answers.update(answered)
            branch = branch_from(answers)
            on = today_in_japan(today)
            aside = saved.aside(trial, branch)  # --trial at a carrier (review 60b item 2)
            note = saved.note(True, on, bool(saved.student)) if aside else None
            note = note or saved.note(branch.trial, on, branch.student)
            if renewal is not None and student is None and not branch.student and saved_student():
                note = ui("saved_student_typed_date", "ui_cancel")  # review 47b S 11
            from_profile[0] = (frozenset(answered), note, plan_line)
            plan = bundled_plan(
                branch,
                today=on,
                renewal=None if aside else saved.deadline(branch.trial, branch.student),
                said_student=answers.get("student") is True,
            )
            set_aside = saved.set_aside(branch.trial, branch.student)  # review 42b item 10
            plan = plan._replace(renewal_set_aside=set_aside, date_saved=date_saved())
            plan = saved.without_date(plan) if aside else plan
            return _with_caveats(plan, given | frozenset(answered), frozenset(answered))

        def show(result: CancelPlan, chosen: Lang) -> None:
            answered, note, plan_line = from_profile[0]
            _show(result, chosen, given | answered, note, plan_line)

        run("cancel", lang, json_output, produce_plan, show, today_option=today)

    # The walkthrough's screens only for the walkthrough (start-up time).
    from primehelp import walkthrough
    from primehelp.output.walkthrough import cancel_screen, human_cancel_outcome

    # q, Ctrl-D and Ctrl-C point to the whole guide for the options typed (review 50b S 18)
    # and the answers typed at the questions (review 52b item 30: they were lost)
    walked: dict[str, Any] = {}

    def stopped() -> Text:
        typed = walked or answers_from_flags(
            None if via is None else parse_via(via), trial, student, benefits_used
        )
        return ui("quit", "ui_cancel").format(options=_typed(typed, renewal))

    def produce_walk(chosen: Lang) -> walkthrough.Outcome:
        # The walkthrough asks trial or paid: a date too far ahead for the membership is warned
        # of when its first screen is drawn, for the answers given (review 38b item 5).
        answers, saved = answers_and_saved(chosen, warn=trial is not None)
        saved_date = date_saved()  # once, not per screen
        # the action for today before the first question (review 45b S 15)
        carrier = answers.get("via") is Via.CARRIER
        urgent = [None if carrier else saved.urgent(trial, student)]
        # what the profile answers is not asked again, and said (review 46b item 4)
        preset, known = saved.walk_answers() if trial is None and student is None else ({}, None)
        answers.update(preset)
        known_line = [None if carrier else known]

        def say(screen: walkthrough.Screen) -> None:
            from primehelp.output.walkthrough import note_line, urgent_line

            if urgent[0] is not None and isinstance(screen, walkthrough.QuestionScreen):
                urgent_line(urgent[0], chosen)
            urgent[0] = None  # once, and only before a question
            if known_line[0] is not None:
                note_line(known_line[0], chosen)
            known_line[0] = None
            first = isinstance(screen, walkthrough.IntroScreen) or (
                isinstance(screen, walkthrough.StepScreen) and screen.intro
            )
            if first and renewal is not None and trial is None:
                assert isinstance(screen, walkthrough.IntroScreen | walkthrough.StepScreen)
                branch = screen.plan.branch
                warn_if_far(
                    date_option("--renewal", renewal),
                    today_in_japan(today),
                    chosen,
                    trial=branch.trial,
                    student=branch.student,
                )
            cancel_screen(
                screen,
                chosen,
                lambda shown, kind, student: saved.walkthrough_note(  # review 60b item 2
                    shown, today_in_japan(today), kind or trial is True, student, "--trial" in given
                ),
                given,
            )

        def walk_plan(branch: Branch) -> CancelPlan:
            aside = saved.aside(trial, branch)  # --trial at a carrier (review 60b item 2)
            on = today_in_japan(today)
            plan = bundled_plan(
                branch,
                today=on,
                renewal=None if aside else saved.walk_deadline(branch.trial, branch.student, on),
                walkthrough=True,
                said_student=answers.get("student") is True,
            )._replace(date_saved=saved_date)  # review 47b item 7
            return saved.without_date(plan) if aside else plan

        try:
            return walkthrough.run(
                answers,
                walk_plan,
                lambda prompt: _ask_line(prompt, chosen),
                say,
                answers=walked,
            )
        except KeyboardInterrupt:  # Ctrl-C: still exit 130, in q's words (review 40b S 6)
            raise Interrupted(stopped()) from None

    run(
        "cancel",
        lang,
        False,
        produce_walk,
        lambda outcome, chosen: human_cancel_outcome(outcome, chosen, stopped()),
        today_option=today,
    )


def _typed(answers: Mapping[str, Any], renewal: str | None) -> str:
    """The options that give the walkthrough's answers, as the command line takes them: 「 --via
    web --paid」 (nothing answered: empty; 「分からない」 about benefits: no option)."""
    import shlex

    via = answers.get("via")
    words = [] if via is None else ["--via", str(via.value)]
    keys = ("trial", "student", "benefits_used")
    for pair, key in zip(_OPPOSITES, keys, strict=True):
        if answers.get(key) is not None:
            words.append(pair[not answers[key]])
    if renewal is not None:
        words += ["--renewal", shlex.quote(renewal)]
    return "".join(f" {word}" for word in words)


def _with_caveats(plan: CancelPlan, given: frozenset[str], saved: frozenset[str]) -> CancelPlan:
    """``plan`` with what its screen says beside the steps, for --json (review 47b item 5):
    the answers assumed, as the screen's 「指定がないため…」 names them, those the saved
    profile gave (review 48b item 4), and the Student note."""
    carrier = plan.at_carrier  # only where the membership is managed matters there
    keys = [
        k for k in ("via", "trial", "student") if k not in given and not (carrier and k != "via")
    ]
    kept = () if carrier else tuple(k for k in ("trial", "student") if k in saved)
    note = ui("student_labels", "ui_cancel") if plan.branch.student else None
    return plan._replace(assumed=tuple(keys), student_labels_note=note, from_profile=kept)


def _show(
    result: CancelPlan, lang: Lang, given: frozenset[str], note: Text | None, plan: Text | None
) -> None:
    from primehelp.output.cancel import human_cancel  # text only: --json and errors do without it

    saved = None if note is None else note(lang)
    human_cancel(result, lang, given, saved, None if plan is None else plan(lang))
