"""Generated from primehelp/data/ui.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'checked_on': {'ja': '（{date}確認）', 'en': '(checked {date})'},
 'sources_checked': {'ja': '。{date}に確認しました。', 'en': ' (checked {date})'},
 'sources': {'ja': '出典', 'en': 'Sources'},
 'all_sources_hint': {'ja': 'すべての情報の出典と確認日は `primehelp sources` で確認できます。',
                      'en': "Every fact's source and check date: `primehelp sources`."},
 'cancel_by_margin': {'ja': '解約の目安日はAmazonの決まりではありません。Amazonが示しているのは更新日より前という期限だけなので、primehelpは余裕をみて更新日の前日にしています。',
                      'en': "The cancel-by date is not Amazon's rule: Amazon only says to cancel "
                            'before the renewal date, so primehelp uses the day before as a safety '
                            'margin.'},
 'cancel_by_margin_trial': {'ja': '解約の目安日はAmazonの決まりではありません。Amazonが示しているのは自動更新日より前という期限だけなので、primehelpは余裕をみて自動更新日の前日にしています。',
                            'en': "The cancel-by date is not Amazon's rule: Amazon only says to "
                                  'cancel before the automatic renewal date, so primehelp uses the '
                                  'day before as a safety margin.'},
 'cancel_by_margin_today': {'ja': '「今日中」は余裕をみた目安（解約の目安日、更新日の前日）で、Amazonの決まりではありません。Amazonが示しているのは更新日より前という期限だけです。',
                            'en': '"Today" is a safety margin (the cancel-by date, the day before '
                                  "the renewal date), not Amazon's rule: Amazon only says to "
                                  'cancel before the renewal date.'},
 'cancel_by_margin_trial_today': {'ja': '「今日中」は余裕をみた目安（解約の目安日、自動更新日の前日）で、Amazonの決まりではありません。Amazonが示しているのは自動更新日より前という期限だけです。',
                                  'en': '"Today" is a safety margin (the cancel-by date, the day '
                                        "before the automatic renewal date), not Amazon's rule: "
                                        'Amazon only says to cancel before the automatic renewal '
                                        'date.'},
 'cancel_by_margin_date': {'ja': 'この日付は余裕をみた目安（解約の目安日、更新日の前日）で、Amazonの決まりではありません。Amazonが示しているのは更新日より前という期限だけです。',
                           'en': 'That date is a safety margin (the cancel-by date, the day before '
                                 "the renewal date), not Amazon's rule: Amazon only says to cancel "
                                 'before the renewal date.'},
 'cancel_by_margin_trial_date': {'ja': 'この日付は余裕をみた目安（解約の目安日、自動更新日の前日）で、Amazonの決まりではありません。Amazonが示しているのは自動更新日より前という期限だけです。',
                                 'en': 'That date is a safety margin (the cancel-by date, the day '
                                       "before the automatic renewal date), not Amazon's rule: "
                                       'Amazon only says to cancel before the automatic renewal '
                                       'date.'},
 'facts_stale': {'ja': 'この情報は{days}日前に確認したもので、今は変わっている可能性があります。{update}',
                 'en': 'These facts were checked {days} days ago and may have changed. {update}'},
 'labels_may_change': {'ja': 'ボタンやページの表示は変わることがあります。実際のページの表示を優先してください。',
                       'en': 'The labels may have changed; the page itself is authoritative.'},
 'contact_title': {'ja': 'Amazon.co.jpへの問い合わせ方法', 'en': 'How to reach Amazon.co.jp'},
 'col_order': {'ja': 'おすすめ順', 'en': '#'},
 'order_note': {'ja': 'おすすめ順に並べています。', 'en': 'Listed in order of recommendation.'},
 'route_heading': {'ja': '{order}. {route}', 'en': '{order}. {route}'},
 'col_route': {'ja': '方法', 'en': 'Route'},
 'col_how': {'ja': '受付・使い方', 'en': 'How'},
 'look_for': {'ja': '選ぶ項目', 'en': 'Look for'},
 'defunct_title': {'ja': '以下の番号には電話しないでください', 'en': 'Do not call the numbers below'},
 'circulating_title': {'ja': '「Amazon」として出回っている番号', 'en': 'Numbers circulating as "Amazon"'},
 'escalation_title': {'ja': 'Amazonで解決しないとき', 'en': 'When Amazon does not resolve it'},
 'contact_page': {'ja': 'お問い合わせページ', 'en': 'Contact page'},
 'reportedly_note': {'ja': '（未確認の情報です）', 'en': '(unconfirmed)'},
 'col_number': {'ja': '番号', 'en': 'Number'},
 'col_verdict': {'ja': '判定', 'en': 'Verdict'},
 'check_title': {'ja': '電話番号の確認', 'en': 'Phone number check'},
 'what_to_do': {'ja': 'どうすればよいか', 'en': 'What to do'},
 'number': {'defunct': {'ja': '以前Amazonが公開していた番号ですが、現在は使われていません。',
                        'en': 'A former Amazon number, no longer in service.'},
            'not_official': {'ja': 'Amazonが公開している番号ではありません。',
                             'en': 'Amazon does not publish this number.'},
            'circulating': {'ja': 'ネット上で「Amazon」の番号として出回っていますが、Amazonが公開している番号ではありません。',
                            'en': 'It circulates online as "Amazon", but it is not a number Amazon '
                                  'publishes.'},
            'may_be_fraud': {'ja': 'この番号が表示された電話やSMS、この番号に電話するよう書かれた連絡は、詐欺の可能性があります。',
                             'en': 'A call or SMS showing this number, or a message asking you to '
                                   'call it, may be fraud.'},
            'may_be_fraud_if_amazon': {'ja': '「Amazon」を名乗る電話やSMSに、この番号が表示されていたり、この番号に電話するよう書かれていたりした場合は、詐欺の可能性があります。',
                                       'en': 'A call or SMS claiming to be Amazon that shows this '
                                             'number, or asks you to call it, may be fraud.'},
            'not_official_all': {'ja': 'これらの番号は、どれもAmazonが公開している番号ではありません。',
                                 'en': 'Amazon publishes none of these numbers.'},
            'may_be_fraud_if_amazon_all': {'ja': '「Amazon」を名乗る電話やSMSに、これらの番号が表示されていたり、これらの番号に電話するよう書かれていたりした場合は、詐欺の可能性があります。',
                                           'en': 'A call or SMS claiming to be Amazon that shows '
                                                 'one of these numbers, or asks you to call one, '
                                                 'may be fraud.'},
            'consumer_hotline': {'ja': '消費者ホットラインの番号です。公共の電話番号で、Amazonの番号ではありません。',
                                 'en': 'Public service: consumer hotline; not Amazon.'},
            'public_service': {'ja': '{name}の番号です。公共の電話番号で、Amazonの番号ではありません。',
                               'en': 'Public service: {name}; not Amazon.'},
            'withheld': {'ja': '{typed}と表示された電話は番号が分からないため、確認できません。Amazonを名乗る電話の指示には従わず、`primehelp '
                               'contact` の方法で自分から問い合わせてください。',
                         'en': '{typed}: a call from a withheld number cannot be checked, as there '
                               "is no number to check. Do not act on a call in Amazon's name; "
                               'contact Amazon yourself as `primehelp contact` shows.'},
            'several': {'ja': '{typed}には電話番号が{count}つあるようです。複数の番号は、空白で区切って別々に指定してください（例：`primehelp '
                              'check-number {example}`）。',
                        'en': '{typed} seems to hold {count} phone numbers; give them as separate '
                              'arguments, with spaces between them (e.g. `primehelp check-number '
                              '{example}`).'},
            'label_only': {'ja': '{typed}は電話番号ではありません。番号だけ（例：0120-999-373）を指定してください。',
                           'en': '{typed} is not a phone number; give the number alone (e.g. '
                                 '0120-999-373).'},
            'among_words': {'ja': '{typed}には、電話番号のほかに文字が含まれています。番号だけ（例：{number}）を指定してください。SMSやメールの文面ごと確認するときは '
                                  '`primehelp check-message --text "…"` を使います。',
                            'en': '{typed} holds words besides the phone number; give the number '
                                  'alone (e.g. {number}). To check a whole SMS or e-mail, use '
                                  '`primehelp check-message --text "…"`.'},
            'kind_toll_free': {'ja': '通話料無料の番号', 'en': 'toll-free'},
            'kind_navi_dial': {'ja': 'ナビダイヤル', 'en': 'Navi Dial'},
            'kind_ip_phone': {'ja': 'IP電話', 'en': 'IP phone'},
            'kind_mobile': {'ja': '携帯電話', 'en': 'mobile'},
            'kind_landline': {'ja': '固定電話', 'en': 'landline'},
            'kind_international': {'ja': '海外の番号', 'en': 'abroad'},
            'kind_other': {'ja': '種類の分からない番号', 'en': 'kind not known'},
            'needless_hash': {'ja': '{typed}の「#」は不要です。{number}と指定してください（「#」を付ける公共の電話番号は{hashed}だけです）。',
                              'en': '{typed}: the # is not needed; give {number} (the only '
                                    'public-service numbers written with # are {hashed}).'},
            'caller_prefix': {'ja': '先頭の{prefix}を除いた{number}として確認しました。',
                              'en': 'Checked as {number}, without the leading {prefix}.'}},
 'sources_title': {'ja': 'primehelpが表示するすべての情報と出典（{count}件）',
                   'en': 'Everything primehelp states, and where it comes from ({count})'},
 'sources_title_topic': {'ja': '「{topic}」に関する情報と出典（{count}件）',
                         'en': 'What primehelp states about “{topic}”, and where it comes from '
                               '({count})'},
 'sources_title_topic_named': {'ja': '「{name}」（{topic}）に関する情報と出典（{count}件）',
                               'en': 'What primehelp states about “{name}” ({topic}), and where it '
                                     'comes from ({count})'},
 'sources_title_every': {'ja': '「{topic}」はすべての情報に当てはまるため、すべての情報と出典を表示します（{count}件）',
                         'en': '“{topic}” covers everything primehelp states: all of it, and where '
                               'it comes from ({count})'},
 'col_fact': {'ja': '情報', 'en': 'Fact'},
 'col_confidence': {'ja': '確度', 'en': 'Confidence'},
 'col_checked': {'ja': '確認日', 'en': 'Checked'},
 'confidence_word': {'H': {'ja': '高', 'en': 'high'},
                     'M-H': {'ja': '中〜高', 'en': 'medium–high'},
                     'M': {'ja': '中', 'en': 'medium'},
                     'M-L': {'ja': '低〜中', 'en': 'low–medium'},
                     'L': {'ja': '低', 'en': 'low'}},
 'legend': {'H': {'ja': '複数の独立した情報源が一致（表示する出典は、そのうちの一部の場合があります）',
                  'en': 'several independent sources agree (the sources shown may be only some of '
                        'them)'},
            'M-H': {'ja': '信頼できる情報源があり、ほかの報告とも一致', 'en': 'a good source, and other reports agree'},
            'M': {'ja': '信頼できる情報源が一つだけ、または同じ内容の報告が複数',
                  'en': 'one good source or consistent reports'},
            'M-L': {'ja': '複数の報告があるが未確認（「報告によれば」と表示）',
                    'en': 'several reports, none confirmed (shown as "reportedly")'},
            'L': {'ja': '未確認の報告（「報告によれば」と表示）',
                  'en': 'reported but unconfirmed (shown as "reportedly")'}},
 'fact_id': {'ja': 'ID', 'en': 'ID'},
 'interrupted': {'ja': '中断しました。', 'en': 'Interrupted.'},
 'error_prefix': {'ja': 'エラー', 'en': 'error'},
 'warning_prefix': {'ja': '警告', 'en': 'warning'},
 'colon': {'ja': '：', 'en': ': '},
 'checked_sentence': {'ja': '{date}に確認しました。', 'en': 'Checked {date}.'},
 'update_with': {'ja': '`{command}` で primehelpを最新版に更新してください。',
                 'en': 'Update primehelp with `{command}`.'},
 'update_checkout': {'ja': 'primehelpのフォルダーで `{command}` を実行して、最新版に更新してください。',
                     'en': "Run `{command}` in primehelp's folder to update it."},
 'outliving_unknown': {'ja': 'プライムを解約した後も請求が続くかどうか、確認できていないもの',
                       'en': 'Not confirmed whether these keep billing after Prime ends:'},
 'outliving_unknown_check': {'ja': 'プライムを解約したら、この{count}つの請求が続いていないか確認してください。',
                             'en': 'After cancelling Prime, check whether these {count} are still '
                                   'billed.'},
 'legend_title': {'ja': '確度（情報の確かさ）', 'en': 'Confidence (how sure the information is)'},
 'check_prefix': {'ja': '要確認', 'en': 'check'}}
