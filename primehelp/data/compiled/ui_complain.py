"""Generated from primehelp/data/ui_complain.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'message_title': {'ja': 'チャットに貼り付ける問い合わせ文（{topic}）',
                   'en': 'Message to paste into the chat ({topic})'},
 'not_wrapped': {'ja': '（問い合わせ文は、貼り付けやすいように途中で改行していません）',
                 'en': "(The message's lines are not broken, so that it pastes cleanly.)"},
 'fill_in_hint': {'ja': '［］の部分をご自身の内容に書き換えてから送信してください。',
                  'en': 'Replace each part in [ ] with your own details before sending.'},
 'fill_in_both': {'ja': '［］の部分をご自身の内容に書き換え、特典を使ったかどうかの2行のうち当てはまらないほうを削除してから送信してください。',
                  'en': 'Replace each part in [ ] with your own details, and of the two lines on '
                        'Prime benefits, delete the one that does not apply before sending.'},
 'japanese_version_note': {'ja': '日本語の問い合わせ文',
                           'en': 'If you chat in Japanese, paste this Japanese version instead:'},
 'japanese_version_fill_in': {'ja': '日本語の問い合わせ文の［］の部分も同じように書き換えてください。',
                              'en': 'In the Japanese version, the parts in ［ ］ are the same fields '
                                    'to fill in.'},
 'japanese_version_both': {'ja': '日本語の問い合わせ文の［］の部分も同じように書き換え、特典についての2行のうち当てはまらないほうを削除してください。',
                           'en': 'In the Japanese version, the parts in ［ ］ are the same fields to '
                                 'fill in; delete the line on Prime benefits that does not apply '
                                 'there too.'},
 'refund_title': {'ja': '自分で解約して今すぐ終了する場合の返金',
                  'en': 'The refund if you cancel it yourself and end it now'},
 'kit_title': {'ja': '問い合わせと相談の手引き', 'en': 'Escalation kit'},
 'start_chat_title': {'ja': 'チャットの始め方', 'en': 'How to start the chat'},
 'keep_title': {'ja': '残しておくもの・確認すること', 'en': 'What to keep and check'},
 'cancel_steps': {'ja': '解約の手順は `primehelp cancel` で確認できます。',
                  'en': 'The steps to cancel: `primehelp cancel`.'},
 'law_title': {'ja': '関係する法律', 'en': 'The law that applies'},
 'copied': {'ja': '問い合わせ文をクリップボードにコピーしました（{tool}）。',
            'en': 'Copied the message to the clipboard ({tool}).'},
 'copy_failed': {'ja': '問い合わせ文をクリップボードにコピーできませんでした。上に表示した問い合わせ文を選択してコピーしてください。',
                 'en': 'could not copy the message to the clipboard; select the message above and '
                       'copy it yourself ({problem}).'},
 'copy_failed_json': {'ja': '問い合わせ文をクリップボードにコピーできませんでした。JSONの「message」の値を使ってください。',
                      'en': 'could not copy the message to the clipboard; use the "message" value '
                            'of the JSON ({problem}).'},
 'no_clipboard_json': {'ja': 'クリップボードを使うコマンド（{tools}）が見つからないため、コピーしていません。JSONの「message」の値を使ってください。',
                       'en': 'no clipboard tool found ({tools}), so nothing was copied; use the '
                             '"message" value of the JSON.'},
 'no_clipboard': {'ja': 'クリップボードを使うコマンド（{tools}）が見つからないため、コピーしていません。上に表示した問い合わせ文を選択してコピーしてください。',
                  'en': 'no clipboard tool found ({tools}), so nothing was copied; select the '
                        'message above and copy it yourself.'},
 'amount_not_plan_fee': {'ja': '{amount}円は{plan}の会費（{fee}円）と一致しません。プランと金額を確認してください。',
                         'en': '{amount} yen is not a fee of the {plan} ({fee} yen); check the '
                               'plan and the amount'},
 'amount_other_plan_fee': {'ja': '{amount}円は{plan}の会費（{fee}円）と一致しません。{other}（{amount}円）ではありませんか。',
                           'en': '{amount} yen is not a fee of the {plan} ({fee} yen); is it the '
                                 '{other} ({amount} yen)?'},
 'renewal_passed_plan': {'ja': '{date}の次の更新日は、{plan}では{next}（計算による目安）で、もう過ぎています。そのため、{date}の請求は現在の期間の会費ではありません。問い合わせ文には、入力した内容をそのまま記載しています。',
                         'en': 'on the {plan}, the renewal after {date} ({next}, an estimate) has '
                               "already passed, so the {date} charge is not the current period's "
                               'fee; the message keeps what you entered'},
 'renewal_passed_no_plan': {'ja': '更新日の{date}は1年以上前のため、この日の請求は現在の期間の会費ではありません。問い合わせ文には、入力した内容をそのまま記載しています。',
                            'en': 'the renewal date {date} is more than a year ago, so its charge '
                                  "is not the current period's fee; the message keeps what you "
                                  'entered'},
 'renewal_not_current': {'ja': '入力した更新日（{date}）の請求は、現在の期間の会費ではありません。自分で解約して今すぐ終了するときに返金の対象になるのは、現在の期間の会費です。この請求の返金は、上の問い合わせ文で相談してください。',
                         'en': 'The charge on the renewal date you entered ({date}) is not the '
                               "current period's fee. Cancelling and ending the membership now "
                               "yourself can refund the current period's fee; ask about a refund "
                               'of this charge in the message above.'},
 'renewal_before_launch': {'ja': 'は、日本でAmazonプライムが始まった{year}年より前です。会費が請求された更新日（{year}年以降）を指定してください。',
                           'en': 'is before Amazon Prime started in Japan ({year}): give the '
                                 'renewal date the fee was charged on ({year} or later)'},
 'amount_other_time_fee': {'ja': '{date}の更新時の{plan}の会費は{fee}円でした（{amount}円は{when}）。金額を確認してください。',
                           'en': 'a renewal of the {plan} on {date} was charged {fee} yen '
                                 '({amount} yen is {when}); check the amount'},
 'amount_older_fee_assumed': {'ja': '{date}の更新時の{plan}の会費は{fee}円と考えられます。既存会員の月会費が変わった日は確認できていないため（年間プランと同じ{switch}と考えられます）、以前の会費（{amount}円）の請求の可能性もあります。金額を確認してください。',
                              'en': 'a renewal of the {plan} on {date} was most likely charged '
                                    "{fee} yen; the day existing members' monthly fee changed is "
                                    'not confirmed (thought to be {switch}, as for the annual '
                                    'plan), so {amount} yen, the former fee, is still possible; '
                                    'check the amount'},
 'amount_other_service': {'ja': '{amount}円は、プライムの会費（現在と以前の会費）のどれとも一致しません。{names}の料金と同じ金額のため、ほかの定額サービスの請求かもしれません（`primehelp '
                                'charge {plain}` で確認できます）。',
                          'en': '{amount} yen matches no Prime fee, now or before; it is the price '
                                'of {names}, so it may be a charge for another subscription (see '
                                '`primehelp charge {plain}`)'},
 'plan_from_former_fee': {'ja': '金額（{amount}円）から、会員プランを「{plan}」として問い合わせ文に入れました。{amount}円は以前の会費です。違う場合は '
                                '`--plan` と `--renewal` で指定してください。',
                          'en': 'the message names the {plan}, from the amount ({amount} yen), '
                                'which is a former fee; give `--plan` and `--renewal` if that is '
                                'not right'},
 'amount_older_fee': {'ja': '以前の会費です', 'en': 'an earlier fee'},
 'amount_later_fee': {'ja': 'その後に改定された会費です', 'en': 'a later fee'},
 'amount_not_fee_on_date': {'ja': '{date}の更新では、{plan}の会費は{fee}円で、{amount}円とは一致しません。プランと金額を確認してください。',
                            'en': 'a renewal of the {plan} on {date} was charged {fee} yen, not '
                                  '{amount} yen; check the plan and the amount'},
 'amount_other_plan_fee_on_date': {'ja': '{date}の更新では、{plan}の会費は{fee}円で、{amount}円とは一致しません。{other}（{amount}円）ではありませんか。',
                                   'en': 'a renewal of the {plan} on {date} was charged {fee} yen, '
                                         'not {amount} yen; is it the {other} ({amount} yen)?'},
 'amount_fee_unknown_on_date': {'ja': '{date}時点の{plan}の会費は確認できていないため、{amount}円が会費と合っているかどうかは確かめていません。',
                                'en': 'the {plan} fee on {date} is not confirmed, so whether '
                                      '{amount} yen matches it was not checked'},
 'renewal_before_student_monthly': {'ja': 'Prime Student '
                                          '月間プランは2019年より前にはありませんでした（{date}の更新）。プランを確認してください。',
                                    'en': 'there was no Prime Student monthly plan before 2019 '
                                          '(the renewal on {date}); check the plan'},
 'renewal_today_plan': {'ja': '{date}の次の更新日は、{plan}では、今日（{next}、計算による目安）です。解約していなければ、新しい期間が始まるため、{date}の請求は現在の期間の会費ではなくなります。問い合わせ文には、入力した内容をそのまま記載しています。',
                        'en': 'on the {plan}, the renewal after {date} is today ({next}, an '
                              'estimate): unless you have cancelled, a new period starts, so the '
                              "{date} charge is no longer the current period's fee; the message "
                              'keeps what you entered'},
 'fill_in_benefits_only': {'ja': '特典を使ったかどうかの2行のうち、当てはまらないほうを削除してから送信してください。',
                           'en': 'Of the two lines on Prime benefits, delete the one that does not '
                                 'apply before sending.'},
 'japanese_version_benefits_only': {'ja': '日本語の問い合わせ文でも、特典についての2行のうち当てはまらないほうを削除してください。',
                                    'en': 'In the Japanese version too, delete the line on Prime '
                                          'benefits that does not apply.'}}
