"""The help in Japanese: each option's and argument's help, and each command's example.

The English help is written where Typer wants it, beside each option; a command's docstring has
its English paragraph and then its Japanese one. This table holds the rest of the Japanese help,
keyed ``<command>.<parameter>`` or, for an option every command shares, ``<parameter>``
(``tests/cli/test_help.py`` checks that every parameter has one). Imported for ``--help``, and
for Tab completion in Japanese (:mod:`primehelp.cli.completing`: the same texts, review 26a, item 8).
"""

import inspect
import re

from primehelp.glosses import PLAN_VALUES, TOPIC_VALUES, TOPIC_WORDS

SECTIONS = {
    "Usage": "使い方",
    "Arguments": "引数",
    "Options": "オプション",
    "Commands": "コマンド",
}
# The usage line's words for options, a command and its arguments (an argument's own
# placeholder is said in Japanese too: primehelp.cli.argument_words.PLACEHOLDERS_JA).
USAGE = {"[OPTIONS]": "[オプション]", "COMMAND": "コマンド", "[ARGS]...": "[引数]..."}
REQUIRED = "（必須）"
EXAMPLE = "例："

PARAMETERS = {
    # shared
    "help": "このヘルプを表示して終了します。",
    "version": "バージョンを表示して終了します。",
    # review 49a S 24: the variable named as the error for a bad value names it; review 52a item 25:
    # shorter, so that no line holds only 「英語）。」
    "lang": "表示する言語：ja（日本語）または en（英語）。指定しない場合は環境変数 PRIMEHELP_LANG、"
    "次にロケールで決めます（en で始まるロケールは英語）。",
    "json_output": "結果を、テキストの代わりに JSON 形式で出力します（形式のバージョン：1）。",
    # review 49a item 1: no sentence built on a placeholder (「DATE として」); review 54a item 2,
    # 54b item 18: 「（省略時は」, short enough not to stand alone on a line as 「（指定しない場合は」 did
    "today": "指定した日付を今日として計算します（省略時は環境変数 PRIMEHELP_TODAY、"
    "それもなければ日本時間の今日）。",
    # review 53a item 15: profile computes nothing; it says whether the saved date is past
    "profile.today": "指定した日付を今日として、保存した更新日が今日か、過ぎたかを表示します"
    "（省略時は環境変数 PRIMEHELP_TODAY、それもなければ日本時間の今日）。",
    # review 49a item 2: 「- なら」 opened a line as a bullet
    # review 52b item 38: what the file is for, not its RFC number
    "ics": "日付を、カレンダーアプリに読み込めるファイル（.ics 形式）にも書き出します。ファイル名の代わりに"
    "「-」を指定すると、標準出力に書き出します。",
    "force": "--ics と一緒に使うと、既存のファイルを上書きします（フォルダーなど通常のファイル以外には"
    "書き込みません）。--save と一緒に使うと、すでに保存した更新日を置き換えます。日付やプランが"
    "違うときや、保存したファイルを読み込めないときに使います。",  # 21b S 8: what, then when (34b S 16)
    # trial saves no plan (review 15b S 11).
    "trial.force": "--ics と一緒に使うと、既存のファイルを上書きします（フォルダーなど通常のファイル以外には"
    "書き込みません）。--save と一緒に使うと、すでに保存した更新日を置き換えます。日付が違うときや、"
    "保存したファイルを読み込めないときに使います。",
    "save": "更新日（とプラン）を保存し、次から日付なしの `primehelp renewal` で使えるようにします。",
    "trial.save": "有料会員への自動更新日を保存し、次から日付なしの `primehelp renewal` で使えるようにします。",
    # check-number
    "check-number.numbers": (
        # review 53a item 16: what to quote (each spaced number), not the whole list
        "確認したい電話番号（1つ以上）。空白を含む番号も読み取れますが、複数の番号を並べるときは、"
        '空白を含む番号を1つずつ "+81 120 999 373" のように引用符で囲むと確実です。'
    ),
    # check-message
    "check-message.file": "確認したいメッセージ：テキストファイル、ヘッダー付きで保存したメール（.eml）、"
    "またはウェブページとして保存したメール（.html、.mhtml）。"
    "ファイル名の代わりに「-」を指定すると、標準入力から読み込みます。10MB（10,485,760バイト）まで。",
    "check-message.text": "確認したいメッセージを直接指定します（SMSの文面を引用符で囲んで貼り付けます）。",
    "check-message.entered_details": "カード情報やパスワードをすでに入力してしまったときに指定すると、"
    "今すぐ行うべき手順を最初に表示します（危険な兆候が見つかったときは、指定しなくても表示します）。",
    # sources
    "sources.topic": "この話題の情報だけを表示します：日本語の言葉（解約、返金、詐欺など）、"
    "英語のキーワード（cancel、refund、fees など）、または情報の ID の先頭（contact、escalation、scam など）。",
    "sources.no_pager": "ターミナルでもページャーを使わずに表示します（パイプや --json では、指定しなくてもページャーを使いません）。",
    # renewal
    "renewal.date": "「Amazonプライム会員情報」のページに表示されている更新日（例：2026-12-31）。省略すると "
    "--save で保存した更新日を使います。",
    "renewal.plan": "このプランの次の更新日と、それぞれの会費を一覧にします。",
    "renewal.count": "--plan で一覧にする更新日の数（1〜120、指定しない場合は3）。",
    "renewal.explain": "日付の計算を言葉で説明します。",
    # trial
    "trial.start": "無料体験を始めた日（例：2026-11-25）。",
    "trial.student": "Prime Studentの無料体験（6か月）として計算します。",
    # profile
    "profile.clear": "保存した更新日とプランを削除します。",
    # cancel
    "cancel.via": "解約の手続きをする場所：ウェブサイト（web）、ショッピングアプリ（app）、携帯電話会社"
    "（carrier）。指定しない場合、対話形式（ターミナル）では質問し、それ以外では web とします。",
    # the default's cases in the order the code takes them (review 61a R5, 61b item 4): a saved
    # plan; else asked on a terminal (a saved trial's end too, an estimate: 38b item 4); else
    # the saved trial's end not passed, or paid (cli.saved_cancel.saved_use)
    "cancel.trial": "無料体験中（--trial）か有料会員（--paid）か。指定しない場合、保存したプランがあれば有料会員とします。"
    "なければ、対話形式（ターミナル）では質問します。それ以外では、保存した無料体験の自動更新日がまだ過ぎていなければ"
    "無料体験中、過ぎているか保存していなければ有料会員とします。",
    "cancel.student": "Prime Student（--student）か通常のプライム（--regular）か。指定しない場合、"
    "対話形式（ターミナル）では質問し、それ以外では通常のプライムとします。",
    "cancel.benefits_used": "前回の支払い以降にプライムの特典を使ったかどうか。指定しない場合、対話形式（ターミナル）では質問し、"
    "それ以外では不明として、両方の場合の返金を表示します。",
    "cancel.renewal": "更新日（例：2026-12-24）を指定します。無料体験中（--trial）は、有料会員への自動更新日を"
    "指定します。指定すると、解約の目安日（余裕をみて、更新日の前日としています）と残りの日数を表示します。",
    "cancel.no_interactive": "質問せずに手順全体を表示します（ターミナルでない場合は、指定しなくてもこの表示になります）。",
    # complain
    # The name itself is the placeholder (「相談の種類  （必須）…」): not said twice (session 36)
    "complain.topic": f"{TOPIC_VALUES.ja}。{TOPIC_WORDS.ja}",  # as the errors say
    "complain.renewal": "会費が請求された更新日（例：2026-05-17、2026/05/17、2026年5月17日）。",
    "complain.amount": "請求された金額（円）。例：5900、5,900、¥5,900、5900円。",
    # review 51a item 32: the frame first, one plan a line (「…プラン）│のいずれか。」 opened a line)
    "complain.plan": "次のいずれかのプラン：\n" + PLAN_VALUES.ja.replace("、", "\n"),
    # review 52a item 27: as cancel says it, and what leaving it out does
    "complain.benefits_used": "前回の支払い以降にプライムの特典を使ったかどうか。指定しない場合は、"
    "問い合わせ文に両方の行を入れます（当てはまらないほうを削除してから送信してください）。",
    "complain.copy": "問い合わせ文をクリップボードにもコピーします。",
    # renewal and trial: the calendar file
    # student-end is trial --student's only: not in renewal's help (review 19b S 12).
    # One value a line, its gloss beside it (review 49a item 3, 49b item 12: 「renewal」 stood
    # alone on a line); the mail named (review 49a item 5: 「オンの場合に」 had no subject).
    # review 53a S 30: not the clipped 「--ics と一緒に：」 label, a sentence as --force has
    "events": "--ics と一緒に使います。書き出す予定をカンマ区切りで指定します。\n"
    "renewal：更新日（会費の請求日）\n"
    "cancel-by：解約の目安日（余裕をみて、更新日の前日としています）\n"
    "notice：更新前のお知らせメールが届くころ（そのメールをオンにしている場合）\n"
    "指定しない場合は renewal,cancel-by です。",
    # review 52b item 28: the default in a sentence of its own, not 「（0〜60、│指定しない…）」
    "alarms": "--ics と一緒に使います。更新日の何日前に通知するかを、0〜60のカンマ区切りで"
    "指定します。"
    "指定しない場合は 7,3,1 です。none なら通知を付けません。",
    # trial: its day as its screen names it (review 18b S 8)
    "trial.events": "--ics と一緒に使います。書き出す予定をカンマ区切りで指定します。\n"
    "renewal：有料会員への自動更新日（最初の会費の請求日）\n"
    "cancel-by：解約の目安日（余裕をみて、自動更新日の前日としています）\n"
    "notice：更新前のお知らせメールが届くころ（そのメールをオンにしている場合）\n"
    "student-end：Prime Studentから通常のプライムに切り替わる更新日の目安。有料期間は最長4年間"
    "です。--student のときだけ使えます。\n"
    "指定しない場合は renewal,cancel-by です（--student では student-end も）。",
    "trial.alarms": "--ics と一緒に使います。自動更新日の何日前に通知するかを、0〜60の"
    "カンマ区切りで指定します。指定しない場合は 7,3,1 です。none なら通知を付けません。",
    "alarm_time": "--ics と一緒に使います。通知する時刻を 21:30 のように24時間制で指定します"
    "（カレンダーのタイムゾーンの時刻。指定しない場合は 09:00）。",
    # due
    # review 49a items 1 and 5: no 「DAYS 日以内」; the mail named
    # review 52a item 43: what the value does, and that 0–2 act as 3 (the notice mail's day is
    # always 3 days before: no condition to add)
    # review 54b items 1 and 5: one range, the error's, with what 0-2 do
    # review 59a item 12: 「3〜365」 then 0-2 accepted contradicted itself: the error's range and
    # its own words for small values
    "due.within": "更新日の何日前から知らせるかを、0〜365で指定します（指定しない場合は3。3より小さい"
    "値は3と同じです）。",  # the English says the same (review 53b)
    "due.verbose": "対応が必要なことがないときも、そのことを1行で表示します。",
    "due.notify": "対応が必要なとき、または保存した更新日が使えないときに、デスクトップ通知も表示します"
    "（`notify-send`、macOSでは `osascript`）。",
    # remind
    # review 53b item 7: the next run only where a check runs (cron stopped: none to show)
    # review 52b item 1: one action a line, as --force (「status：」 ended a line, apart from its
    # explanation)
    "remind.action": "次のいずれか。\ninstall：毎日の確認を設定します。\nuninstall：install の設定を"
    "削除します。\nstatus：設定の内容と、毎日の確認が動いていれば次に実行される日時を表示します。",
    "remind.scheduler": "systemd（ユーザータイマー）またはcron（`crontab` に追加する行を表示）。指定しない"
    "場合、systemdが動いていればsystemd、そうでなければcronです（ただし install は、`crontab` に毎日の"
    "確認の行がすでにあり、タイマーがない場合はcronです）。",
    # review 50a item 18: one action a line, as --events (「uninstall：」 ran on inline)
    "remind.force": "install：primehelpが書いていない（または書いた後に変更された）同名のユニットファイルを"
    "置き換えます。\nuninstall：変更されたprimehelpのユニットファイルも削除します。",
    # completion
    "completion.shell": "bash、zsh、fish のいずれか。",
    # charge
    # review 56c, item 1: the dollar forms that need no quotes first
    # review 59c, R-minor 12: the same forms as the English help, 5900円 and 14.99USD too; full
    # width digits said in words (lines broke inside 「５，９００円」 at some widths)
    "charge.amount": "明細に書かれている金額：600、5,900、¥5,900、5900円、14.99ドル、USD14.99、"
    "14.99USD、'US$14.99' など（全角の数字も使えます。$ を付ける形は半角の引用符 ' で"
    "囲みます）。"
    "返金は -600、△600、▲600 のように書きます。",  # review 51c, item 2: as the error lists them
    # review 30c, item 9: the name every screen uses, then what it is
    # review 49a item 4: each symbol in 「」, not 「。* ( ) $」 run into the sentence
    "charge.text": "明細の表記（金額の横にある文字。例：AMAZON DOWNLOADS）。「*」「(」「)」「$」などの"
    "記号を含むときは、全体を '…' で囲みます。",
    # review 34c, S 14: the forms --date accepts, as its errors list them
    "charge.date": "明細の利用日（今日までの日付。2026-11-01、2026/11/01、2026年11月1日 など）。"
    "その日の会費と比べます。指定しない場合は現在の会費と比べます。",
    "charge.statement": "カードの明細のCSVファイルを読み込み、Amazonの行を月ごと・サービスごとに"
    "まとめます。楽天カード、PayPayカード、ビューカード、三井住友カード（Vpass）の明細に対応しています。"
    # review 53c, item 27: sentences, not 「対応：…」「文字コードは UTF-8 または Shift_JIS。」 fragments
    "ほかのカードは --columns で列を指定します。文字コードは UTF-8 と Shift_JIS に対応しています。"
    # review 51c, item 4: 「Amazonの行2,000行まで」 said 「行」 twice and had no subject
    # review 53c, item 24: a larger file is refused, never 「2,000行まで読み込みます」 (the first ones)
    # review 56c, item 11: no 「ファイルは…まで、…までのものです」; 「保存や送信」 unsplit
    "読み込めるのは、5MB（5,242,880バイト）以下で、Amazonの行が2,000件以下のファイルです。"
    "ファイルの保存や送信はしません。",
    # review 31c, S 13: the names, as the error about --columns gives them; review 51c, item 29:
    # the Japanese names too, as the error says; item 3: the example no bracket (「（例：」 alone)
    # review 52c, item 27: what it is for first; review 52a item 44: the example in brackets, not
    # 「…,_。」 read as part of it; 「_ で指定します」 (not 「_ に│します」, the verb alone); the
    # example last with no stop, not in brackets: 「（例：」 stood alone at 40 columns (51c item 3)
    "charge.columns": "primehelpが対応していないカードの明細を --statement で読み込むときに、"
    "ファイルの列を順に指定します。使える名前：date（利用日）、description（明細の表記）、amount（金額）。"
    "かっこの中の日本語の名前も使えます。使わない列は _ で指定します。例：date,description,amount,_",
}

# Each command's examples in Japanese (the English ones are its EPILOG).
EXAMPLES = {
    "contact": ["primehelp contact"],
    "check-number": ['primehelp check-number 0120-999-373 "+81 120 999 373"'],
    "check-message": [
        # review 41a item 9: the text fits 40 columns on its own line (was 77 columns wide)
        'primehelp check-message --text "Amazon：支払い停止 amaz0n.top"',
        "primehelp check-message suspicious.eml",
    ],
    "sources": ["primehelp sources 解約", "primehelp sources contact.defunct_numbers"],
    "renewal": ["primehelp renewal 2026-12-31 --plan annual --explain"],
    "trial": ["primehelp trial 2026-11-25 --student"],
    "fees": ["primehelp fees"],
    "profile": ["primehelp profile"],
    "cancel": ["primehelp cancel --via app --trial --no-interactive"],
    "complain": ["primehelp complain renewal --renewal 2026-05-17 --amount 5900 --plan annual"],
    # the exit codes are in the description, all three (review 53a, item 14)
    "due": ["primehelp due --verbose"],
    "remind": ["primehelp remind install", "primehelp remind status"],
    "completion": ["primehelp completion bash"],
    "charge": [
        "primehelp charge 980 AMAZON DOWNLOADS --date 2026-11-01",
        "primehelp charge 'US$14.99'",
        "primehelp charge -600",
        "primehelp charge --statement 楽天カード-2026-11.csv",
    ],
    "subscriptions": ["primehelp subscriptions"],
}
ROOT = (
    "Amazonプライム会員のための手引き（オフライン）：今使える問い合わせ方法、Amazonを名乗る"
    "電話番号やメッセージの確認、解約の手順、更新日の確認。"
)
# Taken before the command too (review 19a, S 13); the options table lists only the root's.
ROOT_OPTIONS = "--lang と --json は、コマンドの前にも後にも指定できます。"
ROOT_EXAMPLE = "primehelp contact"


_KANA = re.compile(r"[\u3040-\u30ff]")


def parameter(command: str | None, name: str | None) -> str | None:
    """The Japanese help of ``command``'s parameter ``name`` (``None``: the English stays)."""
    return PARAMETERS.get(f"{command}.{name}") or PARAMETERS.get(str(name))


def command_summary(docstring: str | None) -> str:
    """A command's line in the command list: the first sentence of its Japanese paragraph
    (the paragraphs with kana; an example is in both languages)."""
    found = inspect.cleandoc(docstring or "").partition("\f")[0].split("\n\n")
    first = next((p for p in found if _KANA.search(p) and not p.startswith("Example:")), "")
    return first.split("。")[0] + ("。" if "。" in first else "")
