"""Generated from primehelp/data/ui_remind.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'title_systemd': {'ja': '毎日の確認（systemdのユーザータイマー）', 'en': 'Daily check (systemd user timer)'},
 'title_cron': {'ja': '毎日の確認（cron）', 'en': 'Daily check (cron)'},
 'title_plain': {'ja': '毎日の確認', 'en': 'Daily check'},
 'state': {'ours': {'ja': 'primehelpが書いたもの', 'en': 'written by primehelp'},
           'changed': {'ja': 'primehelpが書いた後に変更されています',
                       'en': 'written by primehelp, changed since'},
           'foreign': {'ja': 'primehelpが書いたものではありません', 'en': 'not written by primehelp'},
           'absent': {'ja': 'ありません', 'en': 'not there'}},
 'change': {'written': {'ja': '書き込みました', 'en': 'written'},
            'replaced': {'ja': '置き換えました（primehelpが書いたものではないファイルを `--force` で）',
                         'en': 'replaced (a file primehelp had not written, with `--force`)'},
            'unchanged': {'ja': '変更なし（すでに同じ内容です）', 'en': 'unchanged (already up to date)'},
            'removed': {'ja': '削除しました', 'en': 'removed'},
            'left_alone': {'ja': 'そのままにしました', 'en': 'left alone'},
            'replaced_changed': {'ja': '置き換えました（primehelpが書いた後に変更されていたファイルを `--force` で）',
                                 'en': 'replaced (a file primehelp had written, changed since, '
                                       'with `--force`)'}},
 'unit_done': {'ja': '{change}（{state}）', 'en': '{change} ({state})'},
 'enabled': {'ja': '毎日の確認は有効です。毎日9:00に実行します。9:00にコンピューターが動いていなかった日は、次のログイン時に実行します。',
             'en': 'The daily check is on: it runs every day at 09:00, and at your next login when '
                   '09:00 was missed.'},
 'not_enabled': {'ja': 'ファイルはありますが、有効になっていません。', 'en': 'Installed but not on.'},
 'enable_hint': {'ja': '有効にするには、次のコマンドを実行します：', 'en': 'To turn it on, run:'},
 'not_installed': {'ja': '毎日の確認は設定されていません。設定するには：`primehelp remind install`',
                   'en': 'No daily check is set up. To set one up: `primehelp remind install`'},
 'not_installed_systemd': {'ja': '毎日の確認は設定されていません。設定するには、次のコマンドを実行します：',
                           'en': 'No daily check is set up. To set one up, run:'},
 'systemd_unusable': {'no_systemctl': {'ja': '`systemctl` '
                                             'コマンドが見つからないため、このコンピューターではsystemdで毎日の確認を設定できません。',
                                       'en': 'No systemctl command was found, so the daily check '
                                             'cannot be set up with systemd on this computer.'},
                      'not_running': {'ja': 'このコンピューターではsystemdが動いていないため、systemdで毎日の確認を設定できません。',
                                      'en': 'systemd is not running on this computer, so the daily '
                                            'check cannot be set up with systemd.'},
                      'no_unit_directory': {'ja': 'ホームフォルダーが分からないため、このコンピューターではsystemdで毎日の確認を設定できません。',
                                            'en': 'No home directory is known, so the daily check '
                                                  'cannot be set up with systemd on this '
                                                  'computer.'}},
 'runs': {'ja': '実行するコマンド：{command}', 'en': 'Runs: {command}'},
 'next_run': {'computed': {'ja': '次の実行（予定）：{when}（{clock}）', 'en': 'Next run: {when} ({clock})'},
              'systemctl': {'ja': '次の実行（`systemctl` の表示）：{when}（{clock}）',
                            'en': 'Next run (as systemctl shows it): {when} ({clock})'}},
 'next_run_if_added': {'ja': '上の行を `crontab` に追加すると、次は{when}（{clock}）に実行されます。',
                       'en': 'Once the line above is in your crontab, it next runs on {when} '
                             '({clock}).'},
 'clock': {'ja': 'このコンピューターの時計', 'en': "this machine's clock"},
 'clock_zone': {'ja': 'このコンピューターの時計、{zone}', 'en': "this machine's clock, {zone}"},
 'undo': {'ja': '削除するには：`primehelp remind uninstall`',
          'en': 'To remove it: `primehelp remind uninstall`'},
 'cron_add': {'ja': 'cronを使う場合は、次の行を `crontab` に追加してください（`crontab -e`）：',
              'en': 'To use cron, add this line to your crontab (`crontab -e`):'},
 'cron_add_no_systemd': {'ja': 'このコンピューターではsystemdが動いていないため、cronを使います。次の行を `crontab` '
                               'に追加してください（`crontab -e`）：',
                         'en': 'systemd is not running here, so cron is used: add this line to '
                               'your crontab (`crontab -e`):'},
 'cron_note': {'ja': 'cronでは、9:00にコンピューターが動いていなかった日の確認は、後から実行されません。primehelpは `crontab` を変更していません。',
               'en': 'cron does not run a missed 09:00 later. primehelp did not change your '
                     'crontab.'},
 'cron_missing': {'ja': 'このコンピューターには `crontab` コマンドがないため、cronでは毎日の確認を設定できません。cronをインストールしてから、もう一度 '
                        '`primehelp remind install --scheduler cron` を実行してください。そのときに、`crontab` '
                        'に追加する行が表示されます。',
                  'en': 'This computer has no crontab command, so the daily check cannot be set up '
                        'with cron. Once cron is installed, run `primehelp remind install '
                        '--scheduler cron` again for the line to add.'},
 'systemd_instead': {'ja': '代わりにsystemdで設定できます：', 'en': 'You can set it up with systemd instead:'},
 'already_in_crontab': {'ja': '`crontab` には、`primehelp due` を実行する行がすでにあります。追加する必要はありません。',
                        'en': 'Your crontab already has a line running `primehelp due`: there is '
                              'no need to add one.'},
 'in_crontab': {'ja': '`crontab` には、`primehelp due` を実行する行があります。',
                'en': 'Your crontab has a line running `primehelp due`.'},
 'not_in_crontab': {'ja': '`crontab` には、`primehelp due` を実行する行がありません。',
                    'en': 'Your crontab has no line running `primehelp due`.'},
 'cron_unconfirmed': {'ja': 'cronの設定を確認できませんでした（`crontab` コマンドがないか、実行に失敗しました）。',
                      'en': 'Could not check the cron setup (no crontab command, or running it '
                            'failed).'},
 'nothing_set_up': {'ja': '毎日の確認は設定されていません。', 'en': 'No daily check is set up.'},
 'no_scheduler': {'no_systemctl': {'ja': 'このコンピューターには `crontab` コマンドも `systemctl` '
                                         'コマンドもないため、primehelpでは設定できません。',
                                   'en': 'This computer has neither a crontab nor a systemctl '
                                         'command, so primehelp cannot set one up here.'},
                  'not_running': {'ja': 'このコンピューターには `crontab` '
                                        'コマンドがなく、systemdも動いていないため、primehelpでは設定できません。',
                                  'en': 'This computer has no crontab command and systemd is not '
                                        'running, so primehelp cannot set one up here.'},
                  'no_unit_directory': {'ja': 'このコンピューターには `crontab` '
                                              'コマンドがなく、ホームフォルダーも分からないため、primehelpでは設定できません。',
                                        'en': 'This computer has no crontab command and no home '
                                              'directory is known, so primehelp cannot set one up '
                                              'here.'}},
 'no_scheduler_install': {'no_systemctl': {'ja': 'このコンピューターには `crontab` コマンドも `systemctl` '
                                                 'コマンドもないため、primehelpでは設定できませんでした。',
                                           'en': 'This computer has neither a crontab nor a '
                                                 'systemctl command, so primehelp could not set '
                                                 'one up here.'},
                          'not_running': {'ja': 'このコンピューターには `crontab` '
                                                'コマンドがなく、systemdも動いていないため、primehelpでは設定できませんでした。',
                                          'en': 'This computer has no crontab command and systemd '
                                                'is not running, so primehelp could not set one up '
                                                'here.'},
                          'no_unit_directory': {'ja': 'このコンピューターには `crontab` '
                                                      'コマンドがなく、ホームフォルダーも分からないため、primehelpでは設定できませんでした。',
                                                'en': 'This computer has no crontab command and no '
                                                      'home directory is known, so primehelp could '
                                                      'not set one up here.'}},
 'manual_way': {'ja': 'カレンダーアプリで更新日のお知らせを受けるには、`primehelp renewal 更新日 --plan annual --ics '
                      'prime.ics`（更新日は「Amazonプライム会員情報」のページに表示される日付）のように、更新日を指定して予定を書き出してください。',
                'en': 'To be reminded of the renewal by your calendar app instead, write the dates '
                      'out with your renewal date, e.g. `primehelp renewal RENEWAL-DATE --plan '
                      'annual --ics prime.ics` (RENEWAL-DATE: the date the Prime membership page '
                      'shows).'},
 'manual_way_saved': {'ja': 'カレンダーアプリで更新日のお知らせを受けるには、`primehelp renewal --ics prime.ics` '
                            'を実行して、保存した更新日（{saved}）の予定を書き出してください。',
                      'en': 'To be reminded of the renewal by your calendar app instead, write out '
                            'the events of your saved renewal date ({saved}) with `primehelp '
                            'renewal --ics prime.ics`.'},
 'install_calendar_instead_saved': {'ja': 'カレンダーアプリで更新日のお知らせを受けるには、`primehelp renewal --ics '
                                          'prime.ics` を実行して、保存した更新日（{saved}）の予定を書き出してください。',
                                    'en': 'to be reminded of the renewal by your calendar app '
                                          'instead, write out the events of your saved renewal '
                                          'date ({saved}) with `primehelp renewal --ics '
                                          'prime.ics`'},
 'crontab_unknown': {'ja': '`crontab` を読み込めませんでした（コマンドがないか、実行に失敗しました）。',
                     'en': 'Could not read the crontab (no crontab command, or running it '
                           'failed).'},
 'cron_uninstall': {'ja': 'primehelpは `crontab` を変更しません。`crontab -e` で `primehelp due --notify` '
                          'の行を削除してください。',
                    'en': 'primehelp does not change your crontab: delete the `primehelp due '
                          '--notify` line with `crontab -e`.'},
 'cron_uninstall_unread': {'ja': 'primehelpは `crontab` を変更しません。cronに行を追加した場合は、`crontab -e` で '
                                 '`primehelp due --notify` の行を削除してください。',
                           'en': 'primehelp does not change your crontab. If you added a line for '
                                 'cron, delete the `primehelp due --notify` line with `crontab '
                                 '-e`.'},
 'cron_nothing_to_remove': {'ja': '`crontab` に `primehelp due` を実行する行はないため、削除するものはありません。',
                            'en': 'Your crontab has no line running `primehelp due`, so there is '
                                  'nothing to remove.'},
 'cron_absent': {'ja': 'このコンピューターには `crontab` コマンドがないため、`crontab` に `primehelp due` を実行する行はありません。',
                 'en': 'This computer has no crontab command, so no crontab line runs `primehelp '
                       'due`.'},
 'nothing_written': {'ja': 'このコンピューターには `crontab` '
                           'コマンドがなく、primehelpが設定した毎日の確認も見つからないため、削除するものはありません。',
                     'en': 'This computer has no crontab command and no daily check set up by '
                           'primehelp was found, so there is nothing to remove.'},
 'cron_install_hint': {'ja': '設定するには、`primehelp remind install --scheduler cron` で表示される行を、`crontab '
                             '-e` で `crontab` に追加してください。',
                       'en': 'To set one up, add the line `primehelp remind install --scheduler '
                             'cron` prints to your crontab with `crontab -e`.'},
 'systemd_install_hint': {'ja': 'cronが使えない場合は、systemdで設定できます：',
                          'en': 'If cron cannot be used, you can set it up with systemd:'},
 'earlier_timer': {'ja': 'systemdのタイマー（以前の設定）：', 'en': 'systemd timer (set up earlier):'},
 'earlier_timer_left': {'ja': 'systemdのタイマーのファイルも残っています。',
                        'en': "The systemd timer's files are still there too."},
 'timer_on': {'ja': '毎日の確認はsystemdのタイマーで行われています。',
              'en': 'The daily check runs from the systemd timer.'},
 'cron_not_needed': {'ja': '`crontab` に行を追加する必要はありません（追加すると、毎日の確認が2回実行されます）。',
                     'en': 'There is no need to add a cron line (with one, the daily check would '
                           'run twice).'},
 'timer_off': {'ja': 'systemdのタイマーのファイルはありますが、有効になっていません。',
               'en': "The systemd timer's files are there, but the timer is not on."},
 'timer_idle': {'ja': 'systemdのタイマーは有効になっていますが、このコンピューターではsystemdが使えないため、実行されません。',
                'en': 'The systemd timer is turned on, but systemd cannot be used on this '
                      'computer, so it does not run.'},
 'timer_stopped': {'ja': 'タイマーは有効ですが、今は止まっています（`systemctl` '
                         'の表示では、次の実行予定がありません）。再開するには、次のコマンドを実行します：',
                   'en': 'The timer is enabled but stopped: systemctl lists no next run. To start '
                         'it again, run:'},
 'timer_kept_on': {'ja': 'systemdのタイマーは削除していません。有効なままで、毎日の確認はこちらで実行されます。',
                   'en': 'The systemd timer was not removed: it is still on and runs the daily '
                         'check.'},
 'timer_kept': {'ja': 'systemdのタイマーのファイルは削除していません（有効になっていません）。',
                'en': "The systemd timer's files were not removed (the timer is not on)."},
 'stopped': {'ja': '毎日の確認を止めました。', 'en': 'The daily check is now off.'},
 'nothing_to_remove': {'ja': 'primehelpが設定した毎日の確認はないため、削除するものはありません。',
                       'en': 'No daily check set up by primehelp is there, so there is nothing to '
                             'remove.'},
 'left_alone_hint': {'ja': 'primehelpが書いた後に変更されたため、そのままにしたファイルがあります。削除するには `--force` を付けてください。',
                     'en': 'A file changed since primehelp wrote it was kept; `--force` removes '
                           'it.'},
 'foreign_unit': {'ja': '{file}はprimehelpが書いたものではないため、変更していません。置き換えるには `--force` を付けてください',
                  'en': '{file} was not written by primehelp and was left unchanged; to replace '
                        'it, add `--force`'},
 'foreign_unit_changed': {'ja': '{file}はprimehelpが書いた後に変更されているため、変更していません。置き換えるには `--force` '
                                'を付けてください',
                          'en': '{file} was changed since primehelp wrote it and was left '
                                'unchanged; to replace it, add `--force`'},
 'install_unusable': {'no_systemctl': {'ja': '`systemctl` '
                                             'コマンドが見つからないため、このコンピューターではsystemdのタイマーは設定できません（ファイルは書き込んでいません）。',
                                       'en': 'no systemctl command was found, so a systemd timer '
                                             'cannot be set up on this computer (no file was '
                                             'written)'},
                      'not_running': {'ja': 'このコンピューターではsystemdが動いていないため、systemdのタイマーは設定できません（ファイルは書き込んでいません）。',
                                      'en': 'systemd is not running on this computer, so a systemd '
                                            'timer cannot be set up (no file was written)'}},
 'install_use_cron': {'ja': 'cronを使う場合は `primehelp remind install --scheduler cron` を実行してください。',
                      'en': 'to use cron, run `primehelp remind install --scheduler cron` instead'},
 'install_cron_already': {'ja': '毎日の確認はcronですでに設定されています。',
                          'en': 'the daily check is already set up with cron'},
 'install_no_cron': {'ja': '`crontab` コマンドもないため、cronでも設定できません。',
                     'en': 'there is no crontab command either, so cron cannot be used'},
 'install_calendar_instead': {'ja': 'カレンダーアプリで更新日のお知らせを受けるには、`primehelp renewal 更新日 --plan annual '
                                    '--ics '
                                    'prime.ics`（更新日は「Amazonプライム会員情報」のページに表示される日付）のように、更新日を指定して予定を書き出してください。',
                              'en': 'to be reminded of the renewal by your calendar app instead, '
                                    'write the dates out with your renewal date, e.g. `primehelp '
                                    'renewal RENEWAL-DATE --plan annual --ics prime.ics` '
                                    '(RENEWAL-DATE: the date the Prime membership page shows)'},
 'systemctl_exit': {'ja': '`systemctl` の終了コード：{code}', 'en': 'systemctl exit code {code}'},
 'systemctl_said': {'ja': '`systemctl` の終了コード：{code}、表示：「{said}」',
                    'en': 'systemctl exit code {code}: "{said}"'},
 'no_unit_directory': {'ja': 'ホームフォルダーが分からないため、systemdのユニットを置く場所がありません。環境変数XDG_CONFIG_HOMEに設定フォルダーを指定するか、`--scheduler '
                             'cron` を使ってください',
                       'en': 'no home directory, so no place for the systemd units; set '
                             'XDG_CONFIG_HOME to your config directory, or use `--scheduler cron`'},
 'unusable_path': {'ja': 'コマンドのパス{path}には、ユニットファイルや `crontab` に書けない文字（改行や制御文字）が含まれています',
                   'en': "the command's path {path} holds a character no unit file or crontab line "
                         'can carry (a newline or a control character)'},
 'bad_action': {'ja': '{value} は `remind` の操作として使えません。{maybe}使える値：{accepted}',
                'en': '{value} is not a remind action;{maybe} accepted: {accepted}'},
 'force_status': {'ja': '`--force` は install か uninstall と一緒に指定してください（例：`primehelp remind install '
                        '--force`）',
                  'en': '`--force` goes with install or uninstall (e.g. `primehelp remind install '
                        '--force`)'},
 'bad_scheduler': {'ja': '`--scheduler` の値 {value} は使えません。使える値：{accepted}',
                   'en': '`--scheduler` {value} is not usable; accepted: {accepted}'},
 'cron_notify': {'ja': 'cronから実行すると、デスクトップ通知が表示されないことがあります（cronは、デスクトップの環境変数を渡さずに実行するため）。通知が表示されない場合は、`primehelp '
                       'renewal` に `--ics` を付けて、更新日をカレンダーに登録してください。',
                 'en': 'Run from cron, the desktop notification may not appear (cron runs it '
                       "without your desktop's environment variables). If none appears, put the "
                       'dates in your calendar with `primehelp renewal --ics` instead.'},
 'cron_notify_bus': {'ja': 'cronからもデスクトップ通知を表示できるよう、`crontab` '
                           'に追加する行には、デスクトップの接続先（DBUS_SESSION_BUS_ADDRESS）を入れています。それでも通知が表示されない場合は、`primehelp '
                           'renewal` に `--ics` を付けて、更新日をカレンダーに登録してください。',
                     'en': 'So that cron can show the desktop notification, the crontab line names '
                           "your desktop's session bus (DBUS_SESSION_BUS_ADDRESS). If none appears "
                           'even so, put the dates in your calendar with `primehelp renewal --ics` '
                           'instead.'},
 'cannot_remind': {'ja': '今保存されている内容では、毎日の確認で更新日をお知らせできません。今 `primehelp due` を実行すると、次のように表示されます：',
                   'en': 'With what is saved now, the daily check cannot tell you about a renewal. '
                         'Running `primehelp due` now shows:'},
 'cannot_remind_nothing_saved': {'ja': '更新日が保存されていないため、このままでは毎日の確認で更新日をお知らせできません。今 `primehelp due` '
                                       'を実行すると、次のように表示されます：',
                                 'en': 'No renewal date is saved, so the daily check cannot tell '
                                       'you about a renewal. Running `primehelp due` now shows:'},
 'save_before_set_up': {'ja': '更新日が保存されていないため、毎日の確認を設定しても、更新日をお知らせできません。',
                        'en': 'No renewal date is saved, so even once set up, the daily check '
                              'cannot tell you about a renewal.'},
 'save_again_before_set_up': {'ja': '毎日の確認でお知らせするには、次の更新日を保存し直す必要があります。',
                              'en': 'For the daily check to remind you, the next renewal date must '
                                    'be saved again.'},
 'still_on': {'ja': 'primehelp-due.timerはprimehelpが書いた後に変更されているため、削除していません。毎日の確認はまだ止まっていません。止めるには、次のコマンドを実行します：',
              'en': 'primehelp-due.timer was changed since primehelp wrote it, so it was not '
                    'removed: the daily check is still on. To stop it, run:'},
 'service_missing': {'ja': 'タイマーのファイルはありますが、タイマーが実行するprimehelp-due.serviceがないため、毎日の確認は実行されません。',
                     'en': "The timer's file is there, but the primehelp-due.service it starts is "
                           'not, so the daily check does not run.'},
 'service_missing_install': {'ja': '作り直すには、次のコマンドを実行します：', 'en': 'To set it up again, run:'},
 'service_missing_uninstall': {'ja': '削除するには、次のコマンドを実行します：', 'en': 'To remove it, run:'},
 'both_run': {'ja': '`crontab` の行とsystemdのタイマーの両方で、毎日の確認が2回実行されます。`crontab -e` で `primehelp due` '
                    'の行を削除するか、`primehelp remind uninstall` でタイマーを削除してください。',
              'en': 'Both your crontab line and the systemd timer run the daily check, so it runs '
                    'twice: delete the `primehelp due` line with `crontab -e`, or remove the timer '
                    'with `primehelp remind uninstall`.'},
 'cron_twice_switch': {'ja': '`crontab` に行を追加すると、毎日の確認が2回実行されます。cronに切り替える場合は、先に `primehelp remind '
                             'uninstall` でタイマーを削除してください。',
                       'en': 'Adding the cron line would run the daily check twice. To switch to '
                             'cron, first remove the timer with `primehelp remind uninstall`.'},
 'notify_lang_timer': {'ja': 'タイマーによる通知は英語で表示されます（`--lang en`）。日本語にするには、次のコマンドを実行します：',
                       'en': "The timer's notifications show in Japanese (`--lang ja`). For "
                             'English, run:'},
 'notify_lang_cron': {'ja': '`crontab` の行による通知は英語で表示されます（`--lang en`）。日本語にするには、`crontab -e` でその行の '
                            '`--lang en` を `--lang ja` に変えてください。',
                      'en': "Your crontab line's notifications show in Japanese (`--lang ja`). For "
                            'English, change `--lang ja` to `--lang en` on that line with `crontab '
                            '-e`.'},
 'cron_counted_systemd': {'ja': '毎日の確認はcron（`crontab` '
                                'の行）で行われています。systemdのタイマーは設定されていません（追加する必要はありません）。',
                          'en': 'The daily check runs through cron (your crontab line). No systemd '
                                'timer is set up (none is needed).'},
 'next_run_if_replaced': {'ja': '置き換えると、次は{when}（{clock}）に実行されます。',
                          'en': 'Once replaced, it next runs on {when} ({clock}).'},
 'no_notifier': {'ja': 'デスクトップ通知を表示するコマンド（`{tool}`）がこのコンピューターに見つからないため、毎日の確認が実行されても通知は表示されません。`{tool}` '
                       'をインストールすると、通知が表示されるようになります。',
                 'en': 'No {tool} (the command that shows desktop notifications) was found on this '
                       'computer, so the daily check shows no notification when it runs. '
                       'Notifications appear once {tool} is installed.'},
 'no_notifier_libnotify': {'ja': '`notify-send` '
                                 'はlibnotifyに含まれるコマンドです（Debian・Ubuntuではlibnotify-binパッケージ）。',
                           'en': 'notify-send is part of libnotify (the libnotify-bin package on '
                                 'Debian and Ubuntu).'},
 'foreign_hint': {'ja': 'primehelpが書いたものではないファイルがあります。primehelpの毎日の確認に置き換えるには：',
                  'en': "A file here was not written by primehelp. To replace it with primehelp's "
                        'daily check:'},
 'undo_timer': {'ja': 'タイマーを削除するには：`primehelp remind uninstall`',
                'en': 'To remove the timer: `primehelp remind uninstall`'},
 'timer_on_not_ours': {'ja': 'primehelp-due.timerは有効になっていますが、primehelpが書いたものではないファイルがあるため、`primehelp '
                             'due --notify` が毎日9:00に実行されるかどうかは分かりません。',
                       'en': 'primehelp-due.timer is on, but a file here was not written by '
                             'primehelp, so primehelp cannot tell whether `primehelp due --notify` '
                             'runs every day at 09:00.'},
 'timer_on_changed': {'ja': 'primehelp-due.timerは有効になっていますが、primehelpが書いた後に変更されたファイルがあるため、`primehelp '
                            'due --notify` が毎日9:00に実行されるかどうかは分かりません。',
                      'en': 'primehelp-due.timer is on, but a file here was changed since '
                            'primehelp wrote it, so primehelp cannot tell whether `primehelp due '
                            '--notify` runs every day at 09:00.'},
 'unit_files_unused': {'ja': '上のファイルは、このコンピューターでは使われません。不要なら削除してください。',
                       'en': 'The files above are not used on this computer; delete them if you do '
                             'not need them.'},
 'replace_not_ours': {'ja': 'primehelpの毎日の確認に置き換えるには：',
                      'en': "To replace it with primehelp's daily check:"},
 'enabled_no_notifier': {'ja': '毎日の確認は有効ですが、デスクトップ通知を表示するコマンド（`{tool}`）がこのコンピューターに見つからないため、毎日9:00に実行されても通知は表示されません。`{tool}` '
                               'をインストールすると、通知が表示されるようになります。',
                         'en': 'The daily check is on, but no {tool} (the command that shows '
                               'desktop notifications) was found on this computer, so it shows '
                               'nothing when it runs at 09:00 each day. Notifications appear once '
                               '{tool} is installed.'},
 'uninstall_cron_stop': {'ja': 'この行による確認も止める場合は、`crontab -e` でその行を削除してください（primehelpは `crontab` '
                               'を変更しません）。',
                         'en': 'To stop the checks by that line too, delete it with `crontab -e` '
                               '(primehelp does not change your crontab).'},
 'in_crontab_count': {'ja': '`crontab` には、`primehelp due` を実行する行が{count}行あります。',
                      'en': 'Your crontab has {count} lines running `primehelp due`.'},
 'undo_idle_timer': {'ja': '使われていないタイマーのファイルを削除するには：`primehelp remind uninstall`（`crontab` '
                           'の行はそのまま残ります）',
                     'en': 'To remove the unused timer files: `primehelp remind uninstall` (your '
                           'crontab line stays)'},
 'cron_goes_on': {'ja': '毎日の確認は `crontab` の行で続きます。cronの確認も止める場合は、`crontab -e` '
                        'でその行を削除してください（primehelpは `crontab` を変更しません）。',
                  'en': 'The daily check goes on through your crontab line. To stop that check '
                        'too, delete the line with `crontab -e` (primehelp does not change your '
                        'crontab).'},
 'systemd_switch': {'ja': 'systemdのタイマーに切り替える場合は、先に `crontab -e` でその行を削除してから、`primehelp remind '
                          'install --scheduler systemd` を実行してください。',
                    'en': 'To switch to the systemd timer, first delete that line with `crontab '
                          '-e`, then run `primehelp remind install --scheduler systemd`.'},
 'changed_hint': {'ja': 'primehelpが書いた後に変更されたファイルがあります。primehelpの毎日の確認に置き換えるには：',
                  'en': 'A file here was changed since primehelp wrote it. To replace it with '
                        "primehelp's daily check:"},
 'timer_and_cron': {'ja': '毎日の確認は、systemdのタイマーと `crontab` の行の両方で実行されています。',
                    'en': 'The daily check runs both from the systemd timer and from your crontab '
                          'line.'},
 'foreign_timer_kept': {'ja': 'このタイマーはprimehelpが書いたものではないため、削除していません。止めるには、次のコマンドを実行します：',
                        'en': 'This timer was not written by primehelp, so it was not removed. To '
                              'stop it, run:'},
 'already_in_crontab_count': {'ja': '`crontab` には、毎日の確認の行がすでに{count}行あります（1行で十分です）。',
                              'en': 'Your crontab already has {count} daily-check lines (one is '
                                    'enough).'},
 'cron_uninstall_count': {'ja': 'primehelpは `crontab` を変更しません。`crontab -e` で、`primehelp due` '
                                'を実行する{count}行を削除してください。',
                          'en': 'primehelp does not change your crontab: delete the {count} lines '
                                'running `primehelp due` with `crontab -e`.'},
 'service_missing_stop': {'ja': '止めるには、次のコマンドを実行します：', 'en': 'To stop it, run:'},
 'timer_program_missing': {'ja': 'タイマーが実行するプログラム（{program}）が見つからない（または実行できない）ため、毎日の確認は実行できません。',
                           'en': 'The program the timer runs ({program}) is not there (or cannot '
                                 'be run), so the daily check cannot run.'},
 'timer_program_reinstall': {'ja': '今お使いのprimehelpで設定し直すには、そのprimehelpで次のコマンドを実行します：',
                             'en': 'To set it up again with the primehelp you use now, run this '
                                   'with it:'},
 'timer_reads_other': {'ja': '（これは、タイマーが読む保存場所（{folder}）での答えです。今の保存場所を読むように設定し直すには：`primehelp '
                             'remind install`）',
                       'en': '(This is the answer in the folder the timer reads: {folder}. To set '
                             'it up to read the folder you save in now, run `primehelp remind '
                             'install`.)'},
 'unit_dir_not_shell': {'ja': 'systemdには、このシェルのXDG_CONFIG_HOMEが設定されていません。そのため、{folder}ではなく、systemdが読む上のフォルダーを使っています。',
                        'en': "systemd does not have this shell's XDG_CONFIG_HOME, so the folder "
                              'above, which systemd reads, is used, not {folder}.'},
 'unit_dir_unasked': {'ja': 'systemdに問い合わせられなかったため、上のフォルダーをsystemdが読むかどうかは確かめられませんでした。systemd自身にXDG_CONFIG_HOMEが設定されていなければ、systemdが読むのは{folder}です。',
                      'en': 'systemd could not be asked, so whether it reads the folder above is '
                            'not known. Unless systemd has an XDG_CONFIG_HOME of its own, it reads '
                            '{folder}.'},
 'stop_failed': {'ja': 'タイマーのファイルは削除しましたが、`systemctl` '
                       'でタイマーを止められませんでした（{reason}）。次回のログインまでは、毎日の確認が実行されることがあります。止めるには、次の2つのコマンドを実行してください：',
                 'en': "The timer's files were removed, but systemctl could not stop the timer "
                       '({reason}). Until you next log in, the daily check may still run. To stop '
                       'it, run these two commands:'},
 'start_failed': {'ja': 'タイマーのファイルは書き込みましたが、`systemctl` '
                        'でタイマーを有効にできませんでした（{reason}）。毎日の確認はまだ実行されません。有効にするには、次の2つのコマンドを実行してください：',
                  'en': "The timer's files were written, but systemctl could not turn the timer on "
                        '({reason}). The daily check does not run yet. To turn it on, run these '
                        'two commands:'}}
