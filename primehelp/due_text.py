"""The sentences of ``primehelp due`` and of its desktop notification, Japanese and English
side by side.

In code rather than in ``data/ui_due.toml``: ``due`` runs from timers and shell prompts on the
``--json`` start-up budget, and reading one TOML file costs ``tomllib`` and the parse, 1.5-2.3 ms
of a Typer hello-world's ~80 (measured in-process, best of 11). tests/test_due.py applies the
checks the data files get (full-width punctuation in Japanese, both languages, the same
placeholders).

Labels, not facts: they repeat FACTS.md §2-§4 (a paid period or a trial renews automatically; a
computed trial end is an estimate; "cancel by" is primehelp's safety margin, the day before the
renewal). ``{renewal}``, ``{cancel_by}``, ``{start}``, ``{charged}`` are dates; ``{command}`` the
command to run; ``{left}`` the days left to the cancel-by date (「あと2日」, 「明日」); ``{estimate}`` marks a renewal date computed from the saved one (「（計算による
目安）」), empty for the saved date itself. It follows the renewal date's name, never 今日/明日 (review
13b item 5: 「今日（…、計算による目安）」 made today's date look estimated). ``{example}`` and
``{example_iso}``: the date in the example command once the saved date has passed, still ahead
(review 18b S 9: not the past date itself): the saved one counted forward by years (the example
is for the annual plan; ``{annual}`` and ``{monthly}`` name the Prime Student plans for a saved
Prime Student profile, review 28b item 4). The renewal day (review 29b item 1: the fee may already be charged, as renewal and cancel say; ending on the next
renewal keeps this fee) and a fee just charged: 「手順と返金の条件」, both in
``primehelp cancel`` (its 「終了のタイミングと返金」 follows the steps; review 20b S 14).
"""

from __future__ import annotations

from primehelp.i18n import Text

_SAVE = Text(
    "「Amazonプライム会員情報」のページに表示される更新日を保存してください。例：`primehelp renewal 2026-12-31 --plan annual --save`（`--plan` を付けると、次の更新日も計算します）",
    "save the renewal date the Prime membership page shows, e.g. `primehelp renewal 2026-12-31 --plan annual --save` (with `--plan`, the next renewals follow)",
)

WORDING: dict[str, Text] = {
    "renewal.coming": Text(
        "{unless}Amazonプライムは{renewal}{estimate}に自動で更新されます。自動更新を止めるには、{cancel_by}（解約の目安日、{left}）までに解約してください（余裕をみて、更新日の前日としています）。手順：`{command}`",
        "{unless}Amazon Prime renews on {renewal}{estimate}. To stop the automatic renewal, cancel by {cancel_by} (the cancel-by date, {left}; a safety margin: the day before). How: `{command}`",
    ),
    # The safety margin said with 「今日中に」, not as an aside after 「目安日です」 that left
    # 「（余裕をみて、」 alone on a line at 40 columns (review 53b item 3).
    "renewal.last_safe_day": Text(
        "今日（{cancel_by}）が解約の目安日です。{unless}Amazonプライムの更新日{estimate}は明日（{renewal}）です。自動更新を止めるには、余裕をみて今日中に解約してください。手順：`{command}`",
        "Today ({cancel_by}) is the cancel-by date. {unless}Amazon Prime's renewal date{estimate} is tomorrow ({renewal}). To stop the automatic renewal, cancel today (a day early, as a safety margin). How: `{command}`",
    ),
    "renewal.renewal_day": Text(
        "今日（{renewal}）は、Amazonプライムの更新日{estimate}です。{unless_lower}会費がすでに請求されている可能性があります。{cancel_by}（解約の目安日）は過ぎました。解約して{next_period}に終了すると、今回の会費は返金されません。今すぐ終了すると、返金される場合があります。手順と返金の条件：`{command}`",
        "Today ({renewal}) is Amazon Prime's renewal date{estimate}: {unless_lower}the fee may already have been charged; the cancel-by date ({cancel_by}) has passed. Ending on the next renewal date{next_period} refunds nothing of this fee; ending now may refund it. Steps and refund rules: `{command}`",
    ),
    "renewal.ahead": Text(
        "今日、期限の近い手続きはありません。{unless_lower}次の更新日{estimate}は{renewal}、解約の目安日は{cancel_by}です。`primehelp due` が知らせるのは{start}からです（毎日自動で確認するには `primehelp remind install`）。",
        "Nothing is due yet: {unless_lower}Amazon Prime next renews on {renewal}{estimate}, and the cancel-by date is {cancel_by}; `primehelp due` speaks up from {start} (to have it checked daily: `primehelp remind install`).",
    ),
    # Said as `renewal` and `cancel` say it: if renewed (review 38b item 6: stated as a fact).
    # The condition first, then the dates; the fee charged then after its two conditions (review
    # 53b item 4: 「次の更新日は、解約していなければ…」 read as a date that changed with cancelling);
    # review 56b item 4: 「次の更新日{estimate}は{renewal}、解約の目安日は…です。」, the two dates
    # said alike (「{renewal}が次の更新日で、」 put the date first, as the answer to "which day?");
    # the mark after 「次の更新日」, as 「更新日（計算による目安）は明日」 (after the date, 「次の│
    # 更新日は…（計算による目安）、」 was cut at 40 columns).
    "renewal.charged": Text(
        "{unless}次の更新日{estimate}は{renewal}、解約の目安日は{cancel_by}です。{charged}に更新されている場合は、今すぐ終了すると、{charged}に請求された会費が返金されることがあります。手順と返金の条件：`{command}`",
        "{unless}Amazon Prime next renews on {renewal}{estimate}, and the cancel-by date is {cancel_by}. If it renewed on {charged}, the fee charged on {charged} may be refunded if you end the membership now. Steps and refund rules: `{command}`",
    ),
    # After a renewal's first days (exit 0, --verbose): nothing due today, said first, then the
    # next dates; the fee charged may still come back, as renewal says (review 6 item 20), as a
    # side note (review 49b item 13: the alert's words, word for word, with exit 0); not
    # 「お知らせすることはありません」 before a refund note (review 50b item 11); the command after
    # a 「。」, as the alert's, not in brackets that left 「返金される場合があります」 short (52b 26).
    # Review 62b item 8: 「{charged}に請求された会費」, as renewal.charged says it, and the
    # command with that date (`cancel --renewal`), as the alert gives it.
    # Review 56b item 3: 「今日、対応が必要なことはありません」 then "end now and it may be
    # refunded" contradicted itself: 「今日すぐに…必要はありません」, and the refund for a member
    # thinking of cancelling (the command still after a 「。」, as 52b 26 asked). Review 59b
    # item 7: one wording for "nothing to do", as renewal.ahead says it; the refund note stays
    # a side note after 「なお、」. Review 64b S 4: 「今日、期限の近い手続きはありません。」, which a
    # refund note after it does not contradict (「対応が必要なことはありません」 did).
    "renewal.charged_quiet": Text(
        "今日、期限の近い手続きはありません。{unless_lower}次の更新日{estimate}は{renewal}、解約の目安日は{cancel_by}です。`primehelp due` が知らせるのは{start}からです（毎日自動で確認するには `primehelp remind install`）。なお、{charged}に更新されていて、解約を考えている場合は、今すぐ終了すると、{charged}に請求された会費が返金されることがあります。手順と返金の条件：`{command}`",
        "Nothing is due yet: {unless_lower}Amazon Prime next renews on {renewal}{estimate}, and the cancel-by date is {cancel_by}; `primehelp due` speaks up from {start} (to have it checked daily: `primehelp remind install`). If it renewed on {charged} and you are thinking of cancelling, ending the membership now may still refund the fee charged on {charged}. Steps and refund rules: `{command}`",
    ),
    "renewal.outdated": Text(
        "保存した更新日（{renewal}）は過ぎていて、プランが保存されていないため次の更新日が分かりません。「Amazonプライム会員情報」のページに表示される次の更新日を保存してください（例：{example_name}で次の更新日が{example}なら `primehelp renewal {example_iso} --plan {example_plan} --save --force`）",
        "the saved renewal date {renewal} has passed and no plan is saved, so the next one is not known; save the next renewal date the Prime membership page shows, e.g. on {example_name} renewing on {example}: `primehelp renewal {example_iso} --plan {example_plan} --save --force`",
    ),
    # Review 57b S 8: the annual plan's renewal counted on from the saved date, when it is in
    # the days due speaks up (an estimate: the plan is not known), first, as renewal says it;
    # review 59b item 1: the monthly plan's too, and once for both on the same day.
    "outdated_plan_soon": Text(
        "{plan_name}、次の更新日は{renewal}（{left}、計算による目安）、解約の目安日は{cancel_by}です（手順：`{command}`）。",
        "{plan_name}, the next renewal is {renewal} ({left}, an estimate) and the cancel-by date is {cancel_by} (steps: `{command}`); ",
    ),
    "soon.annual": Text("年間プランなら", "on the annual plan"),
    "soon.monthly": Text("月間プランなら", "on the monthly plan"),
    "soon.student_annual": Text("Prime Student 年間プランなら", "on the Prime Student annual plan"),
    "soon.student_monthly": Text(
        "Prime Student 月間プランなら", "on the Prime Student monthly plan"
    ),
    "soon.both": Text("年間プランでも月間プランでも", "on either plan"),
    "soon.student_both": Text(
        "Prime Studentの年間プランでも月間プランでも", "on either Prime Student plan"
    ),
    "cancel_by_today": Text("今日（{date}）", "today ({date})"),
    # The first days after it, the fee just charged may come back (review 36b S 18), as
    # renewal.charged says it where a plan counts the next renewal.
    "renewal.outdated_charged": Text(
        "保存した更新日（{renewal}）は過ぎていて、プランが保存されていないため次の更新日が分かりません。{renewal}に更新されている場合は、今すぐ終了すると、{renewal}に請求された会費が返金されることがあります（手順と返金の条件：`{command}`）。「Amazonプライム会員情報」のページに表示される次の更新日を保存してください（例：{example_name}で次の更新日が{example}なら `primehelp renewal {example_iso} --plan {example_plan} --save --force`）",
        "the saved renewal date {renewal} has passed and no plan is saved, so the next one is not known. If it renewed on {renewal}, the fee charged on {renewal} may be refunded if you end the membership now (steps and refund rules: `{command}`); save the next renewal date the Prime membership page shows, e.g. on {example_name} renewing on {example}: `primehelp renewal {example_iso} --plan {example_plan} --save --force`",
    ),
    "trial.coming": Text(
        "{service}の無料体験から有料会員への自動更新日は{renewal}（計算による目安）です。費用をかけずに無料体験を終えるには、{cancel_by}（解約の目安日、{left}）までに解約してください（余裕をみて、自動更新日の前日としています）。手順：`{command}`",
        "Your {service} free trial renews automatically as paid on {renewal} (an estimate). To end the free trial at no cost, cancel by {cancel_by} (the cancel-by date, {left}; a safety margin: the day before). How: `{command}`",
    ),
    "trial.last_safe_day": Text(
        "{service}の無料体験は、今日（{cancel_by}）が解約の目安日です。有料会員への自動更新日（計算による目安）は明日（{renewal}）です。費用をかけずに無料体験を終えるには、余裕をみて今日中に解約してください。手順：`{command}`",
        "Today ({cancel_by}) is the cancel-by date of your {service} free trial. The estimated date it renews automatically as paid is tomorrow ({renewal}). To end the free trial at no cost, cancel today (a day early, as a safety margin). How: `{command}`",
    ),
    "trial.renewal_day": Text(
        "今日（{renewal}）は、{service}の無料体験から有料会員への自動更新日（計算による目安）です。{cancel_by}（解約の目安日）は過ぎました。会費がすでに請求されている可能性があります。解約する場合は、終了のタイミングを選んでください。手順：`{command}`",
        "Today ({renewal}) is the estimated date your {service} free trial renews automatically as paid; the cancel-by date ({cancel_by}) has passed. The fee may already have been charged. If you do not want to keep the membership, cancel and choose when it ends. How: `{command}`",
    ),
    "trial.ahead": Text(
        "今日、期限の近い手続きはありません。{service}の無料体験は、{renewal}（計算による目安）に有料会員へ自動で更新されます。解約の目安日は{cancel_by}です。`primehelp due` が知らせるのは{start}からです（毎日自動で確認するには `primehelp remind install`）。",
        "Nothing is due yet: your {service} free trial renews automatically as paid on {renewal} (an estimate), and the cancel-by date is {cancel_by}; `primehelp due` speaks up from {start} (to have it checked daily: `primehelp remind install`).",
    ),
    "trial.outdated": Text(
        "保存した日付によると、{service}の無料体験は{renewal}（計算による目安）に終わり、解約していなければ、有料会員に自動で更新されて会費が請求されているはずです。今すぐ終了すると、会費が返金される場合があります（手順：`{command}`）。「Amazonプライム会員情報」のページに表示される、有料会員の次の更新日を保存してください（例：{annual_name}で次の更新日が{example}なら `primehelp renewal {example_iso} --plan {annual} --save --force`。{monthly_name}なら、`--plan {monthly}` とページに表示される日付を指定してください）",
        "by the saved date, the {service} free trial has ended (it renewed automatically as paid on {renewal}, an estimate): unless you cancelled, the fee should have been charged, and it may be refunded if you end the membership now (how: `{command}`); save the paid membership's next renewal date the Prime membership page shows, e.g. on {annual_name} renewing on {example}: `primehelp renewal {example_iso} --plan {annual} --save --force` (for {monthly_name}, the date the page shows with `--plan {monthly}`)",
    ),
    # The same while the computed end is at most 3 days ago: it may be a day early; a trial the
    # page still shows takes the trial's steps (review 56b item 2; no cost promise after the
    # renewal day, review 63b item 3, as `trial` says it). Review 63b item 7: 「保存した日付に
    # よると」, not 「計算すると」 beside 「計算による目安」.
    "trial.outdated_charged": Text(
        "保存した日付によると、{service}の無料体験は{renewal}（計算による目安）に終わり、解約していなければ、有料会員に自動で更新されて会費が請求されているはずです。日付は目安なので、「Amazonプライム会員情報」のページで確認してください。ページにまだ無料体験中と表示されている場合は、`{trial_command}` の手順で解約してください。有料会員になっていれば、今すぐ終了すると、会費が返金される場合があります（手順：`{command}`）。ページに表示される、有料会員の次の更新日を保存してください（例：{annual_name}で次の更新日が{example}なら `primehelp renewal {example_iso} --plan {annual} --save --force`。{monthly_name}なら、`--plan {monthly}` とページに表示される日付を指定してください）",
        "by the saved date, the {service} free trial has ended (it renewed automatically as paid on {renewal}, an estimate): unless you cancelled, the fee should have been charged. The date is an estimate, so check it on the Prime membership page: if the page still shows the free trial, cancel with the steps of `{trial_command}`; if it is a paid membership now, the fee may be refunded if you end the membership now (how: `{command}`). Save the paid membership's next renewal date the page shows, e.g. on {annual_name} renewing on {example}: `primehelp renewal {example_iso} --plan {annual} --save --force` (for {monthly_name}, the date the page shows with `--plan {monthly}`)",
    ),
    # A saved paid date further ahead than the saved plan renews (review 36b item 1): no renewal
    # before it would be said while the member is charged, so due stops as for a passed date.
    # {period}: 「1か月」/「1年」; {example}: the saved date counted back to the first renewal on
    # or after today (the likely one, if the month or the year was mistyped).
    "far.1": Text(
        "保存した更新日（{renewal}）は、今日から1か月を超えて先の日付です。月間プランなら、次の更新日は今日から1か月以内のはずです。この日付のままでは、それより前の更新をお知らせできません。「Amazonプライム会員情報」のページに表示される次の更新日を保存し直してください（例：次の更新日が{example}なら `primehelp renewal {example_iso} --plan {plan} --save --force`）",
        "the saved renewal date {renewal} is more than a month ahead, but the monthly plan renews within a month, so no earlier renewal would be reported; save the next renewal date the Prime membership page shows, e.g. if it is {example}: `primehelp renewal {example_iso} --plan {plan} --save --force`",
    ),
    "far.12": Text(
        "保存した更新日（{renewal}）は、今日から1年を超えて先の日付です。年間プランでも、次の更新日は今日から1年以内のはずです。この日付のままでは、それより前の更新をお知らせできません。「Amazonプライム会員情報」のページに表示される次の更新日を保存し直してください（例：次の更新日が{example}なら `primehelp renewal {example_iso}{plan} --save --force`）",
        "the saved renewal date {renewal} is more than a year ahead, but even the annual plan renews within a year, so no earlier renewal would be reported; save the next renewal date the Prime membership page shows, e.g. if it is {example}: `primehelp renewal {example_iso}{plan} --save --force`",
    ),
    # --within 0-2 taken as 3, said on stderr (review 60b S 7: the help said it, the run did not)
    "within_raised": Text(
        "`--within` は3より小さくできないため、3として計算しました。",
        "`--within` cannot be under 3, so 3 was used",
    ),
    "no_profile": Text(
        f"更新日が保存されていません。{_SAVE.ja}",
        f"no renewal date is saved; {_SAVE.en}",
    ),
    # what to do, without 「保存されていません」: remind says why first (review 53b item 6)
    "no_profile.save": _SAVE,
    # `due --notify` (the daily check) with nothing saved: perhaps a member who cancelled and
    # cleared the date, so stopping the check first, saving again only if still a member
    # (review 61b item 1: not, every day, 「更新日を保存してください」 alone).
    "no_profile.notify": Text(
        f"更新日が保存されていません。Amazonプライムを解約した場合は、毎日の確認を止めてください：`primehelp remind uninstall`。解約していない場合は、{_SAVE.ja}",
        f"no renewal date is saved. If you cancelled Amazon Prime, stop the daily check: `primehelp remind uninstall`. If not, {_SAVE.en}",
    ),
    # A renewal date rolled forward from the saved one is computed (review 12b S 9), as renewal
    # and the trial lines say it (reminder.toml's action.estimate).
    "estimate": Text("（計算による目安）", " (an estimate)"),
    # Before a renewal counted on from the saved one: a member who cancelled since is not told
    # flatly that Prime renews (review 47b item 7), as renewal.charged says it.
    "unless": Text("解約していなければ、", "Unless you cancelled, "),
    "unless_lower": Text("解約していなければ、", "unless you cancelled, "),
    # Which free trial and which plans (review 31b S 9: 「年間プランで…--plan student-annual」,
    # 「Amazonプライムの無料体験」 for a Prime Student trial), named as the .ics files name them.
    "service.prime": Text("Amazonプライム", "Amazon Prime"),
    "service.student": Text("Prime Student", "Prime Student"),
    "plan.annual": Text("年間プラン", "the annual plan"),
    "plan.monthly": Text("月間プラン", "the monthly plan"),
    "plan.student_annual": Text("Prime Student 年間プラン", "the Prime Student annual plan"),
    "plan.student_monthly": Text("Prime Student 月間プラン", "the Prime Student monthly plan"),
    # 「次の更新日」 on the renewal day (review 21b, 3): its date, the saved plan's or both
    # (review 49b item 14: not 「（1年後）」, arithmetic left to the member).
    # Computed, so marked as every computed renewal is (review 61b item 2: 「2027年12月31日（次の
    # 更新日）」 read as the date Amazon shows); one plan's date still before its label, so that
    # they stay together (review 52b item 25: 「次の更新日│（2027年…」 at 40 and 80 columns).
    "next_period.any": Text(
        "次の更新日（年間プランなら{annual_next}、月間プランなら{monthly_next}。計算による目安）",
        " ({annual_next} on the annual plan, {monthly_next} on the monthly plan; estimates)",
    ),
    "next_period.12": Text(
        "{annual_next}（次の更新日、計算による目安）", " ({annual_next}, an estimate)"
    ),
    "next_period.1": Text(
        "{monthly_next}（次の更新日、計算による目安）", " ({monthly_next}, an estimate)"
    ),
    # The days left to the cancel-by date, as renewal, trial and cancel give them (review 38b
    # S 20); in the window before that date, so never today.
    "left.1": Text("明日", "tomorrow"),
    "left.n": Text("あと{n}日", "in {n} days"),
    "notification_title": Text(
        "Amazonプライムの更新",
        "Amazon Prime renewal",
    ),
    # The point in the title (review 53b item 18: one title for every case, and a desktop cuts
    # the body after two or three lines): what day it is; the body is the line, as before.
    "notification_title.renewal.coming": Text(
        "Amazonプライム：もうすぐ更新日です", "Amazon Prime: the renewal date is near"
    ),
    "notification_title.renewal.last_safe_day": Text(
        "Amazonプライム：今日が解約の目安日です", "Amazon Prime: today is the cancel-by date"
    ),
    "notification_title.renewal.renewal_day": Text(
        "Amazonプライム：今日が更新日です", "Amazon Prime: today is the renewal date"
    ),
    "notification_title.renewal.charged": Text(
        "Amazonプライム：更新日を過ぎました", "Amazon Prime: the renewal date has passed"
    ),
    # Review 54b item 15: a trial banner names Amazon Prime too (many services have 無料体験).
    "notification_title.trial.coming": Text(
        "Amazonプライムの無料体験：もうすぐ自動更新日です",
        "Amazon Prime free trial: it renews as paid soon",
    ),
    "notification_title.trial.last_safe_day": Text(
        "Amazonプライムの無料体験：今日が解約の目安日です",
        "Amazon Prime free trial: today is the cancel-by date",
    ),
    "notification_title.trial.renewal_day": Text(
        "Amazonプライムの無料体験：今日が自動更新日（目安）です",
        "Amazon Prime free trial: it renews as paid today (an estimate)",
    ),
    # Not a renewal coming but primehelp to set up again (review 52b item 10): nothing saved,
    # and a saved date that cannot be used (passed, or further ahead than the plan renews).
    # Review 61b item 1: what is the case, not 「保存が必要です」 (after cancelling, it is not).
    "notification_title.no_profile": Text(
        "primehelp：更新日が保存されていません",
        "primehelp: no renewal date is saved",
    ),
    "notification_title.check": Text(
        "primehelp：保存した更新日を確認してください",
        "primehelp: check the saved renewal date",
    ),
    # Review 25b S 6: a sentence, ended as every other message line is. The tool named as
    # remind names it (review 53b item 8); that the notice follows only where it does
    # (not with --json, nor before an error).
    "no_notifier": Text(
        "デスクトップ通知を表示するコマンド（`{tool}`）が見つからないため、通知を出せませんでした。",
        "no {tool} (the command that shows desktop notifications) found, so the desktop notification could not be shown",
    ),
    "notice_follows": Text(
        "お知らせの内容は下に表示します。",
        "; the message follows",
    ),
    "notifier_failed": Text(
        "デスクトップ通知を表示できませんでした（`{tool}`：{reason}）。",
        "could not show the desktop notification ({tool}: {reason})",
    ),
}
