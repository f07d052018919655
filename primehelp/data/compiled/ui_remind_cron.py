"""Generated from primehelp/data/ui_remind_cron.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'remove_from_crontab': {'ja': 'ただし、`crontab` には `primehelp due` '
                               'を実行する行があります（毎日の確認はcronで続きます）。cronの確認も止める場合は、`crontab -e` '
                               'でその行を削除してください（primehelpは `crontab` を変更しません）。',
                         'en': 'Your crontab, however, has a line running `primehelp due` (the '
                               'daily check goes on through cron). To stop that check too, delete '
                               'the line with `crontab -e` (primehelp does not change your '
                               'crontab).'},
 'cron_instead': {'ja': 'cronを使う場合は `primehelp remind install --scheduler cron` を実行してください。',
                  'en': 'To use cron, run `primehelp remind install --scheduler cron`.'},
 'cron_not_daily': {'ja': 'この行は、毎日決まった時刻に1回実行する設定ではありません。いつ実行されるかは、`crontab` の設定を確認してください。',
                    'en': 'This line is not set to run once a day at a fixed time: check when it '
                          'runs in your crontab.'},
 'cron_program_missing': {'ja': 'この行が実行するプログラム（{program}）が見つからない（または実行できない）ため、cronはこの行で毎日の確認を実行できません。',
                          'en': 'The program this line runs ({program}) is not there (or cannot be '
                                'run), so cron cannot run the daily check with it.'},
 'cron_program_not_on_path': {'ja': 'この行が実行する{program}は、cronがプログラムを探すフォルダー（{path}）にないため、cronはこの行で毎日の確認を実行できません。',
                              'en': '{program} is in none of the folders where cron looks for '
                                    'programs ({path}), so cron cannot run the daily check with '
                                    'this line.'},
 'cron_program_other': {'ja': 'この行が実行するプログラム（{program}）は、今実行したprimehelpとは別のものです。',
                        'en': 'This line runs a different program ({program}) from the primehelp '
                              'you ran now.'},
 'cron_replace': {'ja': '今実行したprimehelpで毎日確認するには、`crontab -e` で上の行を次の行に置き換えてください：',
                  'en': 'To use the primehelp you ran now, replace the line above with this one '
                        '(`crontab -e`):'},
 'cron_profile_elsewhere': {'ja': 'cronがこの行を実行すると、primehelpは{found}の保存内容を読み込みます。更新日を保存した保存場所（{saved}）ではないため、この行では保存した更新日をお知らせできません。',
                            'en': "Run by cron, this line's primehelp reads what is saved in "
                                  '{found}, not where your renewal date is saved ({saved}), so it '
                                  'cannot remind you of that date.'},
 'cron_profile_elsewhere_unsaved': {'ja': 'cronがこの行を実行すると、primehelpは{found}の保存内容を読み込みます。primehelpが今使っている保存場所（{saved}）とは違います。',
                                    'en': "Run by cron, this line's primehelp reads what is saved "
                                          'in {found}, not where primehelp saves now ({saved}).'},
 'cron_profile_elsewhere_kept': {'ja': 'この行は、{found}に保存されている{date}の更新日を確認します。primehelpが今使っている保存場所{saved}には更新日が保存されていないため、この行の保存場所を変える必要はありません。',
                                 'en': 'This line checks the renewal date saved in {found} '
                                       '({date}). Nothing is saved where primehelp saves now '
                                       '({saved}), so the line can keep reading {found}.'},
 'cron_profile_elsewhere_kept_daily': {'ja': 'この行は毎日、{found}に保存されている{date}の更新日を確認しています。primehelpが今使っている保存場所{saved}には更新日が保存されていないため、この行を置き換える必要はありません。',
                                       'en': 'This line checks the renewal date saved in {found} '
                                             '({date}) every day. Nothing is saved where primehelp '
                                             'saves now ({saved}), so this line can stay as it '
                                             'is.'},
 'cron_replace_saved_unsaved': {'ja': 'primehelpが今使っている保存場所を毎日確認するには、`crontab -e` '
                                      'で上の行を次の行に置き換えてください：',
                                'en': 'To check where primehelp saves now every day, replace the '
                                      'line above with this one (`crontab -e`):'},
 'cron_replace_saved': {'ja': '保存した更新日を毎日確認するには、`crontab -e` で上の行を次の行に置き換えてください：',
                        'en': 'To check the saved date every day, replace the line above with this '
                              'one (`crontab -e`):'},
 'cron_no_notify': {'ja': 'この行の `primehelp due` には `--notify` が付いていないため、毎日の確認の結果が通知として表示されません。',
                    'en': 'This line runs `primehelp due` without `--notify`, so the daily check '
                          'never shows you a notification.'},
 'cron_replace_notify': {'ja': '通知を表示するには、`crontab -e` で上の行を次の行に置き換えてください：',
                         'en': 'To be notified, replace the line above with this one (`crontab '
                               '-e`):'},
 'cron_not_exact': {'ja': 'この行はprimehelpが表示する毎日の確認の行と同じではないため、毎日確認して通知が表示されるかどうかは、primehelpには分かりません。',
                    'en': 'This line is not the daily-check line primehelp gives, so primehelp '
                          'cannot tell whether it checks every day and shows a notification.'},
 'cron_replace_exact': {'ja': '毎日の確認に使う行は次のとおりです。`crontab -e` で上の行を次の行に置き換えてください：',
                        'en': 'The line to use for the daily check is this one: replace the line '
                              'above with it (`crontab -e`):'},
 'cron_replace_hint': {'ja': 'cronで毎日確認する場合は、`primehelp remind install --scheduler cron` '
                             'で表示される行に、`crontab -e` で置き換えてください。',
                       'en': 'For a daily check through cron, replace it (`crontab -e`) with the '
                             'line `primehelp remind install --scheduler cron` gives.'},
 'cron_timer_only': {'ja': 'この行を毎日の確認の行に置き換える必要はありません（置き換えると、毎日の確認が2回実行されます）。この行が不要な場合は、`crontab '
                           '-e` で削除できます。',
                     'en': 'There is no need to make this line the daily check (it would then run '
                           'twice). If you do not need the line, delete it with `crontab -e`.'},
 'cron_also_notifies': {'ja': 'この行も通知を出す場合は、通知が1日に2回表示されます。',
                        'en': 'If this line notifies too, you get two notifications a day.'},
 'uninstall_cron_there': {'ja': 'ただし、`crontab` には `primehelp due` を実行する行があります。',
                          'en': 'Your crontab, however, has a line running `primehelp due`.'},
 'uninstall_cron_there_count': {'ja': 'ただし、`crontab` には `primehelp due` を実行する行が{count}行あります。',
                                'en': 'Your crontab, however, has {count} lines running `primehelp '
                                      'due`.'},
 'cron_lines_counted': {'ja': 'primehelpが毎日の確認として数えるのは、`primehelp remind install --scheduler cron` '
                              'が表示する行と同じ行だけです。',
                        'en': 'primehelp counts as the daily check only a line that is exactly the '
                              'one `primehelp remind install --scheduler cron` gives.'},
 'cron_runs_n_times': {'ja': '毎日の確認の行が{count}行あるため、このままでは毎日の確認が{count}回実行され、通知も{count}回表示されます。`crontab '
                             '-e` で1行だけを残して、ほかを削除してください。',
                       'en': 'The daily-check line is there {count} times, so the daily check runs '
                             '{count} times a day and each notification shows {count} times. Keep '
                             'one line and delete the others with `crontab -e`.'},
 'cron_may_run_n_times': {'ja': 'これらの行がどれも通知を出す場合は、毎日の確認が{count}回実行され、通知も{count}回表示されます。`crontab '
                                '-e` で、`primehelp remind install --scheduler cron` '
                                'で表示される行を1行だけ残して、ほかを削除してください。',
                          'en': 'If each of these lines notifies, the daily check runs {count} '
                                'times a day and each notification shows {count} times. With '
                                '`crontab -e`, keep one line, the one `primehelp remind install '
                                '--scheduler cron` gives, and delete the others.'},
 'cron_not_running': {'ja': 'このコンピューターではcronが動いていないようです。このままでは、`crontab` '
                            'の行があっても毎日の確認は実行されません。cronを起動してください。たとえばWSLでは、次のコマンドで起動します：',
                      'en': 'cron does not seem to be running on this computer, so the daily check '
                            'will not run, even with the line in your crontab. Start cron; on WSL, '
                            'for example, with:'},
 'next_run_if_added_cron': {'ja': '上の行を `crontab` に追加すると、cronが動いていれば、次は{when}（{clock}）に実行されます。',
                            'en': 'Once the line above is in your crontab, it next runs on {when} '
                                  '({clock}), if cron is running.'},
 'next_run_if_replaced_cron': {'ja': '置き換えると、cronが動いていれば、次は{when}（{clock}）に実行されます。',
                               'en': 'Once replaced, it next runs on {when} ({clock}), if cron is '
                                     'running.'},
 'next_run_cron': {'ja': '次の実行（予定、cronが動いていれば）：{when}（{clock}）',
                   'en': 'Next run (if cron is running): {when} ({clock})'},
 'uninstall_cron_stop_count': {'ja': 'これらの行による確認も止める場合は、`crontab -e` でこれらの行を削除してください（primehelpは '
                                     '`crontab` を変更しません）。',
                               'en': 'To stop the checks by these lines too, delete them with '
                                     '`crontab -e` (primehelp does not change your crontab).'},
 'cron_tz_zone': {'ja': 'cronは、この行の時刻を `crontab` '
                        'のCRON_TZ={zone}のタイムゾーンで読みます。上の時刻は、それをこのコンピューターの時計に直したものです。',
                  'en': "cron reads this line's time in the crontab's CRON_TZ={zone} zone; the "
                        "time above is that time on this machine's clock."},
 'cron_tz_unread': {'ja': '`crontab` のCRON_TZ={zone}をタイムゾーンとして読み取れなかったため、次に実行される時刻は分かりません。',
                    'en': "The crontab's CRON_TZ={zone} could not be read as a time zone, so when "
                          'the line next runs is not known.'},
 'cron_line_idle_systemd': {'ja': '`crontab` に `primehelp due` '
                                  'を実行する行がありますが、このコンピューターではcronが動いていないようなので、この行による確認は実行されません。systemdのタイマーで毎日確認するには、`crontab '
                                  '-e` でその行を削除してから、`primehelp remind install --scheduler systemd` '
                                  'を実行してください。',
                            'en': 'Your crontab has a line running `primehelp due`, but cron does '
                                  'not seem to be running here, so that line will not run the '
                                  'check. To check daily with a systemd timer, delete the line '
                                  'with `crontab -e`, then run `primehelp remind install '
                                  '--scheduler systemd`.'},
 'cron_line_unknown_systemd': {'ja': '`crontab` に `primehelp due` '
                                     'を実行する行があります。この行による確認はcronが動いている場合にだけ実行されますが、cronが動いているかどうかは、このコンピューターでは確かめられません。systemdのタイマーで毎日確認するには、`crontab '
                                     '-e` でその行を削除してから、`primehelp remind install --scheduler '
                                     'systemd` を実行してください。',
                               'en': 'Your crontab has a line running `primehelp due`. That line '
                                     'runs the check only if cron is running, which cannot be told '
                                     'on this computer. To check daily with a systemd timer, '
                                     'delete the line with `crontab -e`, then run `primehelp '
                                     'remind install --scheduler systemd`.'},
 'cron_line_idle_beside_timer': {'ja': '`crontab` の行は、cronが動いていないため実行されません。`crontab -e` '
                                       'でその行を削除してください。',
                                 'en': 'Your crontab line does not run, as cron is not running. '
                                       'Delete the line with `crontab -e`.'},
 'cron_line_unknown_beside_timer': {'ja': '`crontab` '
                                          'の行も、cronが動いていれば実行されます（このコンピューターでは確かめられません）。その場合は毎日の確認が2回実行されるため、`crontab '
                                          '-e` でその行を削除してください。',
                                    'en': 'Your crontab line also runs if cron is running (that '
                                          'cannot be told on this computer); the daily check would '
                                          'then run twice, so delete the line with `crontab -e`.'},
 'remove_from_crontab_idle': {'ja': '`crontab` には `primehelp due` '
                                    'を実行する行がありますが、このコンピューターではcronが動いていないようなので、この行による確認は実行されません。この行が不要な場合は、`crontab '
                                    '-e` で削除してください（primehelpは `crontab` を変更しません）。',
                              'en': 'Your crontab has a line running `primehelp due`, but cron '
                                    'does not seem to be running here, so that line will not run '
                                    'the check. If you do not need the line, delete it with '
                                    '`crontab -e` (primehelp does not change your crontab).'},
 'remove_from_crontab_unknown': {'ja': 'ただし、`crontab` には `primehelp due` '
                                       'を実行する行があります（cronが動いていれば、毎日の確認はこの行で実行されます。cronが動いているかどうかは、このコンピューターでは確かめられません）。cronの確認も止める場合は、`crontab '
                                       '-e` でその行を削除してください（primehelpは `crontab` を変更しません）。',
                                 'en': 'Your crontab, however, has a line running `primehelp due` '
                                       '(if cron is running, the daily check runs through it; that '
                                       'cannot be told on this computer). To stop that check too, '
                                       'delete the line with `crontab -e` (primehelp does not '
                                       'change your crontab).'},
 'cron_settings_above': {'ja': 'この行の上に、`crontab` '
                               'の設定{settings}があります。この設定はprimehelpの動きを変えることがあるため、この行で毎日確認して通知が表示されるかどうかは、primehelpには分かりません。この設定が不要なら、`crontab '
                               '-e` で削除してください。ほかの行のための設定なら、この行をその設定より上に移してください（`crontab` '
                               'の設定は、その下の行だけに効きます）。',
                         'en': 'Above this line, your crontab sets {settings}. That setting can '
                               'change what primehelp does, so primehelp cannot tell whether this '
                               'line checks every day and shows a notification. If you do not need '
                               'the setting, delete it with `crontab -e`; if it is there for other '
                               'lines, move this line above it (a crontab setting applies only to '
                               'the lines below it).'},
 'cron_settings_above_count': {'ja': 'この行の上に、`crontab` '
                                     'の設定{settings}があります。これらの設定はprimehelpの動きを変えることがあるため、この行で毎日確認して通知が表示されるかどうかは、primehelpには分かりません。不要な設定は、`crontab '
                                     '-e` で削除してください。ほかの行のための設定なら、この行をそれらの設定より上に移してください（`crontab` '
                                     'の設定は、その下の行だけに効きます）。',
                               'en': 'Above this line, your crontab sets {settings}. These '
                                     'settings can change what primehelp does, so primehelp cannot '
                                     'tell whether this line checks every day and shows a '
                                     'notification. Delete the settings you do not need with '
                                     '`crontab -e`; if they are there for other lines, move this '
                                     'line above them (a crontab setting applies only to the lines '
                                     'below it).'},
 'in_crontab_daily': {'ja': '`crontab` には、`primehelp due` を実行する行があります（このコンピューターの時計で毎日{at}）。',
                      'en': 'Your crontab has a line running `primehelp due` (every day at {at}, '
                            "this machine's clock)."},
 'in_crontab_daily_zone': {'ja': '`crontab` には、`primehelp due` '
                                 'を実行する行があります（CRON_TZ={zone}のタイムゾーンで毎日{at}）。',
                           'en': 'Your crontab has a line running `primehelp due` (every day at '
                                 '{at}, in the CRON_TZ={zone} zone).'}}
