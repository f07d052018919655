"""Generated from primehelp/data/ui_profile.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'title': {'ja': '保存した更新日', 'en': 'Saved renewal date'},
 'renewal_date': {'ja': '更新日', 'en': 'Renewal date'},
 'date_past': {'ja': '（この日付は過ぎています。次の更新日は `primehelp renewal` で確認できます）',
               'en': '(This date has passed. `primehelp renewal` shows the next renewal date.)'},
 'date_past_dated': {'ja': '（この日付は過ぎています。次の更新日は `primehelp renewal --today {iso}` で確認できます）',
                     'en': '(This date has passed. `primehelp renewal --today {iso}` shows the '
                           'next renewal date.)'},
 'plan': {'ja': 'プラン', 'en': 'Plan'},
 'plan_unknown': {'ja': '（指定なし）', 'en': '(not given)'},
 'kind': {'ja': '種類', 'en': 'Kind'},
 'trial': {'ja': '無料体験', 'en': 'free trial'},
 'student_trial': {'ja': '無料体験（Prime Student）', 'en': 'free trial (Prime Student)'},
 'file': {'ja': '保存場所', 'en': 'File'},
 'nothing_saved': {'ja': '保存した更新日はありません。`primehelp renewal 2026-12-31 --save` のように `--save` '
                         'を付けると保存できます。',
                   'en': 'Nothing is saved. Save a renewal date with `--save`, e.g. `primehelp '
                         'renewal 2026-12-31 --save`.'},
 'how_to_clear': {'ja': '削除するには次を実行してください：`primehelp profile --clear`',
                  'en': 'To delete it: `primehelp profile --clear`.'},
 'cleared': {'ja': '保存した更新日とプランを削除しました（削除したファイル：{file}）。', 'en': 'Deleted {file}.'},
 'nothing_to_clear': {'ja': '保存した更新日がないため、削除するものはありません（保存場所：{file}）。',
                      'en': 'Nothing was saved at {file}; nothing to delete.'},
 'folder': {'ja': '保存した更新日のファイル（{file}）を読み込めません。ファイルではなくフォルダーになっています。このフォルダーを移動または削除してから、`primehelp '
                  'renewal 2026-12-31 --save` で保存し直してください',
            'en': 'cannot use the saved profile: it is a folder, not a file. File: {file}. Move or '
                  'delete that folder, then save again, e.g. `primehelp renewal 2026-12-31 '
                  '--save`'},
 'save_hint_with_save': {'ja': '更新日が指定されておらず、保存した更新日もありません。`--save` '
                               'で保存するには、更新日も指定してください（例：`primehelp renewal 2026-12-31 '
                               '--save`）。更新日は「Amazonプライム会員情報」のページに表示されます',
                         'en': 'no DATE given and nothing saved: to save one, give the renewal '
                               'date with `--save` (e.g. `primehelp renewal 2026-12-31 --save`); '
                               'the Prime membership page shows it'},
 'save_hint': {'ja': '`--save` を付けて保存すると、次からは日付を省略できます（例：`primehelp renewal 2026-12-31 --save`）',
               'en': 'add `--save` to remember it and leave the date out next time (e.g. '
                     '`primehelp renewal 2026-12-31 --save`)'},
 'fault': {'not_utf8': {'ja': 'ファイルの文字コードが正しくありません（UTF-8 ではありません）', 'en': 'not UTF-8'},
           'empty': {'ja': 'ファイルが空です', 'en': 'the file is empty'},
           'not_json': {'ja': 'ファイルの形式が正しくありません', 'en': 'not valid JSON'},
           'not_object': {'ja': 'ファイルの形式が正しくありません（中身が更新日の記録の形になっていません）', 'en': 'not a JSON object'},
           'nested': {'ja': 'ファイルの形式が正しくありません（入れ子が深すぎます。{limit} 段までです）',
                      'en': 'nested too deeply (at most {limit} levels)'},
           'digits': {'ja': 'ファイルの内容が正しくありません（数値の桁が多すぎます。{limit} 桁までです）',
                      'en': 'a number has too many digits (at most {limit})'},
           'schema_version': {'ja': 'ファイルの形式のバージョンが違います（読めるのは {version} です）',
                              'en': 'schema_version is not {version}'},
           'schema_version_missing': {'ja': 'ファイルが壊れているか、primehelpの別のバージョンで作られたものです',
                                      'en': 'schema_version is missing'},
           'renewal_missing': {'ja': '更新日が書かれていません', 'en': 'renewal_date is missing'},
           'renewal_not_date': {'ja': '更新日が YYYY-MM-DD 形式の日付ではありません',
                                'en': 'renewal_date is not a YYYY-MM-DD date'},
           'renewal_no_such_day': {'ja': '更新日の {date} は存在しない日付です',
                                   'en': 'renewal_date {date} is not a real date'},
           'renewal_year': {'ja': '更新日の年が {low}〜{high} の範囲にありません',
                            'en': 'renewal_date has a year outside {low}-{high}'},
           'plan': {'ja': 'プランの値が正しくありません（{ja_plans} のどれかです）',
                    'en': 'plan is not one of {en_plans}'},
           'trial': {'ja': '無料体験かどうかの値が正しくありません', 'en': 'trial is not true or false'},
           'student': {'ja': 'Prime Studentかどうかの値が正しくありません', 'en': 'student is not true or false'},
           'schema_newer': {'ja': 'このファイルは、より新しいprimehelpで保存されたため、今お使いのprimehelpでは読み取れません（ファイルの形式：{version}、読み取れる形式：{supported}）',
                            'en': 'it was saved by a newer primehelp (format version {version}; '
                                  'this version reads {supported})'}},
 'save_passed_no_plan': {'ja': '更新日（{date}）は過ぎています。プランが分からないと次の更新日を計算できないため、このままでは毎日の確認（`primehelp '
                               'due`）に使えません。`--plan` を付けて保存してください（例：{annual_name}なら `primehelp '
                               'renewal {date_iso} --plan {annual} '
                               '--save{force}`）。「Amazonプライム会員情報」のページに表示される次の更新日を保存することもできます{replaces}',
                         'en': 'the renewal date {date} has passed, and without a plan the next '
                               'one is not known, so the daily check (`primehelp due`) could not '
                               'use it: save it with `--plan` (e.g. on {annual_name}: `primehelp '
                               'renewal {date_iso} --plan {annual} --save{force}`), or save the '
                               'next renewal date the Prime membership page shows{replaces}'},
 'annual_name': {'regular': {'ja': '年間プラン', 'en': 'the annual plan'},
                 'student': {'ja': 'Prime Student 年間プラン', 'en': 'the Prime Student annual plan'}},
 'save_passed_replaces': {'ja': '。`--force` を付けると、保存してある{before}を置き換えます',
                          'en': '; `--force` replaces the saved {before}'},
 'save_passed_replaces_file': {'ja': '。`--force` を付けると、保存してある更新日のファイルを置き換えます',
                               'en': '; `--force` replaces the saved profile'},
 'save_passed_trial': {'ja': '無料体験から有料会員への自動更新日（{date}、計算による目安）は過ぎているため、保存しても毎日の確認（`primehelp '
                             'due`）に使えません。「Amazonプライム会員情報」のページに表示される有料会員の次の更新日を、`--plan` '
                             'を付けて保存してください（例：{annual_name}で次の更新日が{example}なら `primehelp renewal '
                             '{example_iso} --plan {annual} --save{force}`）{replaces}',
                       'en': 'the free trial renewed automatically as paid on {date} (an '
                             'estimate), so the daily check (`primehelp due`) could not use that '
                             "date: save the paid membership's next renewal date the Prime "
                             'membership page shows, with `--plan` (e.g. on {annual_name} renewing '
                             'on {example}: `primehelp renewal {example_iso} --plan {annual} '
                             '--save{force}`){replaces}'},
 'renewal_date_trial': {'ja': '有料会員への自動更新日', 'en': 'Automatic paid renewal'},
 'date_computed': {'ja': '（計算による目安）', 'en': ' (an estimate)'},
 'date_when': {'ja': '（{when}）', 'en': ' ({when})'},
 'date_when_computed': {'ja': '（{when}、計算による目安）', 'en': ' ({when}, an estimate)'},
 'days_left': {'ja': 'あと{n}日', 'en': 'in {n} days'},
 'days_tomorrow': {'ja': '明日', 'en': 'tomorrow'},
 'days_today': {'ja': '今日', 'en': 'today'},
 'cancel_by': {'ja': '解約の目安日（余裕をみて更新日の前日）', 'en': 'Cancel by (the day before, as a margin)'},
 'cancel_by_trial': {'ja': '解約の目安日（自動更新日の前日）', 'en': 'Cancel by (the day before, as a margin)'},
 'cancel_by_today': {'ja': '今日（{date}）', 'en': 'today ({date})'},
 'cancel_by_passed': {'ja': '{date}（過ぎています）', 'en': '{date} (passed)'},
 'renewal_today_next': {'ja': '今日の状況と返金は `primehelp renewal` で確認できます。',
                        'en': '`primehelp renewal` shows what today means and the refunds.'},
 'renewal_today_next_dated': {'ja': '今日の状況と返金は `primehelp renewal --today {iso}` で確認できます。',
                              'en': '`primehelp renewal --today {iso}` shows what today means and '
                                    'the refunds.'},
 'date_estimate_trial': {'ja': '（無料体験の開始日から計算した日付です。正確な日付は「Amazonプライム会員情報」のページで確認してください）',
                         'en': "(Computed from the free trial's start date; the Prime membership "
                               'page shows the exact date.)'},
 'newer_profile': {'ja': '保存した更新日のファイル（{file}）を読み込めません。{reason}。ファイルは変更していません。primehelpを更新してください。今のバージョンのまま使う場合は、`primehelp '
                         'renewal 2026-12-31 --save --force` '
                         'のように更新日を指定して置き換えられますが、新しいバージョンで保存した内容は失われます',
                   'en': 'cannot use the saved profile: {reason}. File: {file}. It was left '
                         'unchanged. Update primehelp; to keep using this version, replace the '
                         'file with your renewal date, e.g. `primehelp renewal 2026-12-31 --save '
                         '--force`, which loses what the newer version saved.'},
 'folder_is_file': {'ja': '保存場所のフォルダー（{folder}）が、フォルダーではなくファイルになっています。環境変数PRIMEHELP_CONFIG_DIRにフォルダーを指定するか、このファイルを移動してください',
                    'en': 'the folder for the saved profile ({folder}) is a file, not a folder. '
                          'Set PRIMEHELP_CONFIG_DIR to a folder, or move that file'},
 'date_past_trial': {'ja': '（この日付は過ぎています。解約していなければ、無料体験は終わり、有料会員に自動更新されているはずです。日付は目安なので、有料会員の次の更新日とあわせて「Amazonプライム会員情報」のページで確認してください）',
                     'en': '(This date has passed. Unless you cancelled, the free trial has ended '
                           'and should have renewed as paid membership. The date is an estimate: '
                           'check it, and the next renewal date, on the Prime membership page.)'},
 'clear_remind_on': {'ja': '毎日の確認（`primehelp remind`）は設定されたままです。更新日が保存されていないため、毎日エラーの通知が表示されます。',
                     'en': 'The daily check (`primehelp remind`) is still set up. With no renewal '
                           'date saved, it will show an error notification every day.'},
 'clear_stop_systemd': {'ja': 'systemdのタイマーによる確認を止めるには、`primehelp remind uninstall` を実行してください。',
                        'en': 'To stop the check by the systemd timer, run `primehelp remind '
                              'uninstall`.'},
 'clear_stop_cron': {'ja': '`crontab` による毎日の確認を止めるには、`crontab -e` で `primehelp due` '
                           'の行を削除してください（primehelpは `crontab` を変更しません）。',
                     'en': 'To stop the daily check by your crontab, delete the `primehelp due` '
                           'line with `crontab -e` (primehelp does not change your crontab).'},
 'cleared_said': {'ja': '保存した更新日とプランを削除しました。', 'en': 'Deleted the saved renewal date and plan.'},
 'cleared_file': {'ja': '削除したファイル', 'en': 'Deleted file'},
 'nothing_to_clear_said': {'ja': '保存した更新日がないため、削除するものはありません。',
                           'en': 'Nothing is saved, so there is nothing to delete.'},
 'corrupt_profile': {'ja': '保存した更新日のファイル（{file}）を読み込めません。{reason}。ファイルは変更していません。`primehelp profile '
                           '--clear` で削除してから保存し直すか、`primehelp renewal 2026-12-31{given} --save '
                           '--force` のように{what}を指定して置き換えてください',
                     'en': 'cannot use the saved profile: {reason}. File: {file}. It was left '
                           'unchanged; delete it with `primehelp profile --clear` and save again, '
                           'or replace it with your {what}, e.g. `primehelp renewal '
                           '2026-12-31{given} --save --force`'},
 'corrupt_profile_example': {'ja': '保存した更新日のファイル（{file}）を読み込めません。{reason}。ファイルは変更していません。`primehelp '
                                   'profile --clear` で削除してから保存し直すか、`--force` '
                                   'を付けて置き換えてください（例：`{example}`）',
                             'en': 'cannot use the saved profile: {reason}. File: {file}. It was '
                                   'left unchanged; delete it with `primehelp profile --clear` and '
                                   'save again, or replace it with `--force` (e.g. `{example}`)'},
 'what_date': {'ja': '更新日', 'en': 'renewal date'},
 'what_date_plan': {'ja': '更新日とプラン', 'en': 'renewal date and plan'}}
