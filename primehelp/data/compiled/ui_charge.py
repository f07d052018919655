"""Generated from primehelp/data/ui_charge.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'charge_title': {'ja': 'この請求の候補', 'en': 'What this charge can be'},
 'refund_title': {'ja': 'この返金の候補', 'en': 'What this refund can be for'},
 'candidates_order': {'ja': '可能性の高い順に並べています。', 'en': 'Most likely first.'},
 'candidates_none_likely': {'ja': '当てはまりそうなもの（どれも可能性は高くありません）',
                            'en': 'What it may be (none of these is likely)'},
 'none_fits': {'ja': 'どれにも当てはまらないとき', 'en': 'If none of these fits'},
 'amount': {'ja': '金額', 'en': 'Amount'},
 'charged_on': {'ja': '{amount}（{date}の請求）', 'en': '{amount}, charged on {date}'},
 'refunded_on': {'ja': '{amount}（{date}の返金）', 'en': '{amount}, refunded on {date}'},
 'no_date': {'ja': '日付の指定がないため、現在の会費と比べました。以前の請求なら、--date で請求日を指定してください。',
             'en': 'No date given: compared with the fees now. For an older charge, give its date '
                   'with --date.'},
 'no_date_refund': {'ja': '日付の指定がないため、現在の会費と比べました。以前の返金なら、--date で返金の日付を指定してください。',
                    'en': 'No date given: compared with the fees now. For an older refund, give '
                          'its date with --date.'},
 'statement_text': {'ja': '明細の表記', 'en': 'Statement text'},
 'statement_unknown': {'ja': 'この明細の表記は、primehelpが知っているAmazonの明細の表記のどれでもありません。Amazon以外の会社からの請求の可能性があります。表記にある会社やサービスの請求かどうかを確認してください。下の候補は、Amazonの請求だとした場合に、金額だけで比べたものです。',
                       'en': 'This statement text is none of the Amazon statement texts primehelp '
                             'knows: the charge may be from another company. Check whether it is '
                             'from the company or service the text names. The candidates below are '
                             'compared by the amount only, in case it is from Amazon.'},
 'no_known_price': {'ja': 'この金額は、primehelpが知っているAmazonの会費や決まった料金のサービスのどれとも一致しません。{range}注文履歴を確認し、見つからなければカード会社に問い合わせてください。',
                    'en': 'This amount matches no Amazon fee or fixed subscription price primehelp '
                          'knows.{range} Check your order history; if the charge is not there, ask '
                          'your card company.'},
 'no_price_in_force': {'ja': '{when}のプライム会費にも、料金の決まったほかのサービスにも、この金額と一致するものはありません。{range}注文履歴を確認し、見つからなければカード会社に問い合わせてください。',
                       'en': 'No Prime fee {when}, and no other fixed subscription price, matches '
                             'this amount.{range} Check your order history; if the charge is not '
                             'there, ask your card company.'},
 'fee_unknown_on': {'ja': '{when}の{names}の会費は確認できていません。',
                    'en': 'The {names} fee {when} is not confirmed.'},
 'no_confirmed_price': {'ja': '{when}の確認できているプライム会費にも、料金の決まったほかのサービスにも、この金額と一致するものはありません。{range}注文履歴を確認し、見つからなければカード会社に問い合わせてください。',
                        'en': 'No confirmed Prime fee {when}, and no other fixed subscription '
                              'price, matches this amount.{range} Check your order history; if the '
                              'charge is not there, ask your card company.'},
 'in_range': {'ja': '料金に幅のあるサービス（{names}など）の可能性があります。',
              'en': ' It may be a service with a range of prices ({names}).'},
 'former_fee': {'ja': '{price}は、Amazonプライム（{plan}）の{period}の会費で、{when}の会費ではありません。',
                'en': '{price} is the Amazon Prime ({plan}) fee in force {period}, not the fee '
                      '{when}.'},
 'former_fee_now': {'ja': '現在', 'en': 'now'},
 'former_fee_on': {'ja': '{date}時点', 'en': 'on {date}'},
 'period_from_to': {'ja': '{since}〜{until}', 'en': 'from {since} to {until}'},
 'period_until': {'ja': '{until}まで', 'en': 'until {until}'},
 'period_from': {'ja': '{since}から', 'en': 'from {since}'},
 'yen': {'ja': '{n}円', 'en': '{n} yen'},
 'yen_range': {'ja': '{low}〜{high}円ほど', 'en': 'about {low} to {high} yen'},
 'plus_tax': {'ja': '税別', 'en': 'plus tax'},
 'usd': {'ja': '{n}米ドル', 'en': 'US${n}'},
 'per_month': {'ja': '月額{price}', 'en': '{price} a month'},
 'per_year': {'ja': '年額{price}', 'en': '{price} a year'},
 'match_fee_on_date': {'ja': '{date}時点の会費：{price}', 'en': 'The fee on {date}: {price}'},
 'match_fee_now': {'ja': '現在の会費：{price}', 'en': 'The fee now: {price}'},
 'match_fee_unknown': {'ja': '{date}時点の会費：確認できていません', 'en': 'The fee on {date}: not confirmed'},
 'match_price': {'ja': '料金：{price}', 'en': 'Price: {price}'},
 'match_price_range': {'ja': '料金の範囲：{price}', 'en': 'Price range: {price}'},
 'fit_usual': {'ja': '明細の表記から見て、可能性が高いです。', 'en': 'Likely with this statement text.'},
 'fit_possible': {'ja': '明細の表記から見て、可能性があります。', 'en': 'Possible with this statement text.'},
 'fit_unusual': {'ja': '明細の表記から見て、可能性は低めです。', 'en': 'Unlikely with this statement text.'},
 'where_to_see': {'ja': '確認する場所', 'en': 'Where to see it'},
 'how_to_stop': {'ja': '止め方', 'en': 'How to stop it'},
 'look_for': {'ja': '選ぶ項目', 'en': 'Look for'},
 'open_page': {'ja': '開くページ', 'en': 'Page to open'},
 'subscriptions_title': {'ja': 'プライム以外にAmazonが請求する定額サービス',
                         'en': 'What else Amazon may bill you for'},
 'benefits_title': {'ja': 'プライムの特典で、解約すると変わるもの',
                    'en': 'Prime benefits that change when Prime ends'},
 'price': {'ja': '料金', 'en': 'Price'},
 'since': {'ja': '{date}から', 'en': 'since {date}'},
 'needs_prime': {'ja': '利用条件', 'en': 'Who can use it'},
 'needs_prime_yes': {'ja': 'プライム会員だけが使えます', 'en': 'Prime members only'},
 'needs_prime_no': {'ja': 'プライム会員でなくても使えます', 'en': 'anyone, with or without Prime'},
 'after_prime': {'ja': 'プライムの解約後', 'en': 'After Prime ends'},
 'after': {'keeps_billing': {'ja': '請求が続きます（別に解約が必要です）',
                             'en': 'keeps billing (cancel it separately)'},
           'reported_to_stop': {'ja': '止まるとされています', 'en': 'reported to stop'},
           'not_confirmed': {'ja': '確認された情報はありません', 'en': 'not confirmed'},
           'benefit_ends': {'ja': '特典がなくなります', 'en': 'the benefit ends'}},
 'after_detail': {'prime_video_channel': {'ja': '（料金が続いたという報告も1件あります）',
                                          'en': ' (one report says the charges went on)'}},
 'outliving_prime': {'ja': 'プライムを解約しても請求が続くもの：{names}',
                     'en': 'Keeps billing after Prime ends: {names}'},
 'charge_hint': {'ja': 'カードの明細にある金額が何かは、`primehelp charge 980` のように金額を指定して確認できます。',
                 'en': 'What an amount on your card statement can be: give the amount, as in '
                       '`primehelp charge 980`.'}}
