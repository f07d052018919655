"""Generated from primehelp/data/ui_charge.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'charge_title': {'ja': 'この請求の候補', 'en': 'What this charge can be'},
 'refund_title': {'ja': 'この返金の候補', 'en': 'What this refund can be for'},
 'info_as_of': {'ja': '（情報は{date}時点）', 'en': '  (information as of {date})'},
 'before_launch_title': {'ja': '日付を確認してください', 'en': 'Check the date'},
 'candidates_order': {'ja': '可能性の高い順に並べています。', 'en': 'Most likely first.'},
 'candidates_same_amount': {'ja': '金額の合うものを先に並べています。金額が同じもの同士の順番に意味はありません。',
                            'en': 'Those matching the amount come first; among those of the same '
                                  'amount, the order means nothing.'},
 'candidates_level': {'ja': '明細の表記と金額に合うものを先に並べています。表記は多くの場合注文を表しますが、「{word}」の文字もあるため、注文と会費のどちらの可能性もあります。',
                      'en': 'Those fitting the statement text and the amount come first. The text '
                            'usually stands for an order, but as it also contains “{word}”, an '
                            'order and the fee are both possible.'},
 'candidates_level_fee': {'ja': '明細の表記と金額に合うものを先に並べています。表記は多くの場合注文を表しますが、「{word}会費」の文字もあるため、会費と注文のどちらの可能性もあります。',
                          'en': 'Those fitting the statement text and the amount come first. The '
                                'text usually stands for an order, but as it also contains '
                                '“{word}会費”, the fee and an order are both possible.'},
 'candidates_none_likely': {'ja': '考えられるもの（どれも可能性は低めです）',
                            'en': 'What it may be (none of these is likely)'},
 'candidates_text_only': {'ja': '明細の表記から考えられるもの', 'en': 'What the statement text points to'},
 'candidates_text_first': {'ja': '明細の表記に合うものを先に並べています。',
                           'en': 'Those that fit the statement text come first.'},
 'candidates_after_reading': {'ja': '明細の表記から考えられるもの', 'en': 'What the statement text points to'},
 'amazon_pay_only': {'ja': 'Amazon Payでの支払いは、多くの場合Amazonの会費や定額サービスではないため、それらは候補に挙げていません。',
                     'en': "A payment with Amazon Pay is usually none of Amazon's fees or "
                           'subscriptions, so those are not listed as candidates.'},
 'nowhere': {'ja': 'どこにも見つからない場合は、', 'en': 'If you find it nowhere, '},
 'none_fits_pay': {'ja': 'お店の注文履歴にも見つからない場合は、',
                   'en': "if the shop's order history does not show it either, "},
 'none_fits_company': {'ja': 'まず、表記にある会社（{text}）のアカウントで確認してください。見つからなければ、',
                       'en': 'First check your account with the company the text names ({text}). '
                             'If it is not there, '},
 'none_fits': {'ja': 'どれにも当てはまらないとき', 'en': 'If none of these fits'},
 'amount': {'ja': '金額', 'en': 'Amount'},
 'charged_on': {'ja': '{amount}（{date}の請求）', 'en': '{amount}, charged on {date}'},
 'refunded_on': {'ja': '{amount}（{date}の返金）', 'en': '{amount}, refunded on {date}'},
 'amount_refunded': {'ja': '返金額', 'en': 'Refund'},
 'no_date': {'ja': '日付の指定がないため、現在の会費や料金と比べました。以前の請求なら、`--date` で明細の利用日を指定してください。',
             'en': 'No date given: compared with the fees and prices now. For an older charge, '
                   'give its day of use on the statement with `--date`.'},
 'no_date_refund': {'ja': '日付の指定がないため、現在の会費や料金と比べました。以前の返金なら、`--date` で明細の利用日を指定してください。',
                    'en': 'No date given: compared with the fees and prices now. For an older '
                          'refund, give its day of use on the statement with `--date`.'},
 'statement_text': {'ja': '明細の表記', 'en': 'Statement text'},
 'statement_unknown': {'ja': 'この表記は、primehelpの情報源にあるAmazonの明細の表記のどれでもありません。Amazon以外の会社からの請求の可能性があります。表記にある会社やサービスの請求かどうかを確認してください。下の候補は、Amazonの請求だとした場合に、金額だけで比べたものです。',
                       'en': 'This text is none of the Amazon statement texts primehelp knows: the '
                             'charge may be from another company. Check whether it is from the '
                             'company or service the text names. The candidates below are compared '
                             'by the amount only, in case it is from Amazon.'},
 'statement_lookalike': {'ja': 'この表記は、Amazonの名前に似ていますが、primehelpの情報源にあるAmazonの明細の表記ではありません{why}。Amazonの名前をまねたほかの会社やサイトの請求かもしれません。心当たりがなければ、カード会社に問い合わせてください。下の候補は、Amazonの請求だとした場合に、金額だけで比べたものです。',
                         'en': "This text looks like Amazon's name, but is none of the Amazon "
                               'statement texts primehelp knows{why}. It may be a charge of '
                               "another company or site imitating Amazon's name. If you do not "
                               'recognise it, contact your card company. The candidates below are '
                               'compared by the amount only, in case it is from Amazon.'},
 'lookalike_zero': {'ja': '（「{word}」の「0」は数字のゼロです）',
                    'en': ' (the “0” of “{word}” is the digit zero)'},
 'statement_unknown_refund': {'ja': 'この表記は、primehelpの情報源にあるAmazonの明細の表記のどれでもありません。Amazon以外の会社からの返金の可能性があります。表記にある会社やサービスからの返金かどうかを、その会社への支払いとあわせて確認してください。下の候補は、Amazonからの返金だとした場合に、金額だけで比べたものです。',
                              'en': 'This text is none of the Amazon statement texts primehelp '
                                    'knows: the refund may be from another company. Check whether '
                                    'it is from the company or service the text names, together '
                                    'with what you paid them. The candidates below are compared by '
                                    'the amount only, in case it is from Amazon.'},
 'dollar_quotes': {'ja': 'ドルの金額なら、139ドル または USD139 のように指定してください（$139 と引用符なしで書くと、シェルが「$1」を消して 39 '
                         'になります）。',
                   'en': 'For an amount in dollars, give 139USD or USD139 (an unquoted $139 lets '
                         'the shell remove 「$1」, leaving 39).'},
 'compared_by_amount': {'ja': '下の候補は金額だけで比べたものです。',
                        'en': 'The candidates below are compared by the amount only.'},
 'below_no_fixed_price': {'ja': '下の候補は、金額に決まりのない請求（注文など）です。',
                          'en': 'The candidates below are charges with no fixed price (orders and '
                                'such).'},
 'below_no_fixed_price_range': {'ja': '下の候補は、金額に決まりのない請求（注文など）や料金に幅のあるサービスです。',
                                'en': 'The candidates below are charges with no fixed price '
                                      '(orders and such) and services with a range of prices.'},
 'statement_us_site': {'ja': '表記にamazon.com（米国のAmazon）の名前があります。amazon.co.jpとは別の、amazon.comのアカウントの請求の可能性があります（表記から推定）。',
                       'en': 'The text names amazon.com (Amazon in the US): possibly a charge of '
                             'an amazon.com account, separate from amazon.co.jp (estimated from '
                             'the text).'},
 'statement_us_site_refund': {'ja': '表記にamazon.com（米国のAmazon）の名前があります。amazon.co.jpとは別の、amazon.comのアカウントからの返金の可能性があります（表記から推定）。',
                              'en': 'The text names amazon.com (Amazon in the US): possibly a '
                                    'refund from an amazon.com account, separate from amazon.co.jp '
                                    '(estimated from the text).'},
 'statement_not_listed': {'ja': 'この表記は、primehelpの情報源にありません。下の候補は金額だけで比べたものです。',
                          'en': "This text is not in primehelp's sources. The candidates below are "
                                'compared by the amount only.'},
 'outside_above': {'ja': '表記からは{name}の請求と考えられますが、金額が料金の範囲（{range}）を超えています',
                   'en': 'the text points to {name}, but the amount is above its range of prices '
                         '({range})'},
 'outside_below': {'ja': '表記からは{name}の請求と考えられますが、金額が料金の範囲（{range}）を下回っています',
                   'en': 'the text points to {name}, but the amount is below its range of prices '
                         '({range})'},
 'statement_named_above': {'ja': '明細の表記に{name}の名前がありますが、金額は{prices}より高額です。下の候補は金額だけで比べたものです。',
                           'en': 'The statement text names {name}, but the amount is higher than '
                                 '{prices}. The candidates below are compared by the amount only.'},
 'statement_named_below': {'ja': '明細の表記に{name}の名前がありますが、金額は{prices}より低額です。下の候補は金額だけで比べたものです。',
                           'en': 'The statement text names {name}, but the amount is lower than '
                                 '{prices}. The candidates below are compared by the amount only.'},
 'named_range_of': {'ja': '{name}の料金の範囲（{range}）', 'en': 'the range of {name} prices ({range})'},
 'named_price_of': {'ja': 'や、{name}（{price}）', 'en': ' and the {name} ({price})'},
 'statement_named_outside': {'ja': 'この表記は、primehelpの情報源にありません。{outside}。下の候補は金額だけで比べたものです。',
                             'en': "This text is not in primehelp's sources: {outside}. The "
                                   'candidates below are compared by the amount only.'},
 'statement_named': {'ja': '明細の表記に{name}の名前があります。書かれているサービス名と金額から、可能性の高い順に並べています。',
                     'en': 'The statement text names {name}. The candidates below are ranked by '
                           'the service the text names and by the amount, most likely first.'},
 'before_launch': {'ja': '{date}は、日本でAmazonプライムが始まった{year}年より前です。日付（明細の利用日）を確認してください。',
                   'en': '{date} is before Amazon Prime started in Japan ({year}). Check the date '
                         '(the day of use on the statement).'},
 'before_launch_order': {'ja': '日付が正しい場合は、Amazonの注文履歴で、同じ日付と金額の注文を探してください。どこにも見つからない場合は、カード会社に問い合わせてください。カードが不正利用されている可能性があります。',
                         'en': 'If the date is right, look for an order of that date and amount in '
                               'your Amazon order history. If you find it nowhere, ask your card '
                               'company: someone else may be using your card (fraud).'},
 'no_known_price': {'ja': 'この金額は、primehelpの情報源にあるAmazonの会費や、料金の決まったサービスのどれとも一致しません。{range}',
                    'en': 'This amount matches no Amazon fee or fixed subscription price primehelp '
                          'knows.{range}'},
 'no_price_in_force': {'ja': '料金の決まったほかのサービスにも、この金額と一致するものはありません。{range}',
                       'en': 'No other fixed subscription price matches this amount '
                             'either.{range}'},
 'fee_unknown_on': {'ja': '{when}の{names}の会費は確認できていないため、この金額がその会費かどうかは分かりません。',
                    'en': 'The {names} fee {when} is not confirmed, so whether this amount is that '
                          'fee is not known.'},
 'student_monthly_not_yet': {'ja': '{date}の時点では、Prime Student 月間プランはまだありませんでした（開始日は確認できていません）。',
                             'en': 'On {date} there was no Prime Student monthly plan yet (when it '
                                   'started is not confirmed).'},
 'student_monthly_none_before': {'ja': '（2019年より前には、Prime Student 月間プランはありませんでした）。',
                                 'en': ' (there was no Prime Student monthly plan before 2019).'},
 'no_other_price': {'ja': '料金の決まったほかのサービスには、この金額と一致するものはありません。{range}',
                    'en': 'No other fixed subscription price matches this amount.{range}'},
 'partial_refund_reading': {'ja': '決まった会費とは一致しませんが、表記から、プライム会費の一部返金の可能性があります。',
                            'en': 'It matches no fixed fee, but the text points to a partial '
                                  'refund of the Prime fee.'},
 'no_confirmed_price': {'ja': '{when}のプライム会費のうち確認できているものにも、料金の決まったほかのサービスにも、この金額と一致するものはありません。{range}',
                        'en': 'No confirmed Prime fee {when}, and no other fixed subscription '
                              'price, matches this amount.{range}'},
 'no_confirmed_price_later_same': {'ja': '{when}のプライム会費のうち確認できているものには、この金額と一致するものはありません。その後の料金がこの金額と同じサービス（{names}）がありますが、{when}に同じ料金だったかは確認できていません（下の候補）。{range}',
                                   'en': 'No confirmed Prime fee {when} matches this amount. Some '
                                         'services ({names}) have this price at a later time, but '
                                         'whether they had it {when} is not confirmed '
                                         '(below).{range}'},
 'in_range': {'ja': '{names}など、料金に幅のあるサービスの可能性があります。',
              'en': ' It may be a service with a range of prices ({names}).'},
 'former_fee': {'ja': '{price}は、{when}のAmazonプライムの会費ではありません。',
                'en': '{price} is not the Amazon Prime fee {when}.'},
 'check_date': {'ja': '日付が正しいか（明細の利用日か）も確認してください。',
                'en': 'Also check that the date is right (the day of use on the statement).'},
 'former_fee_earlier': {'ja': '以前の{plan}の会費です（{period}）。',
                        'en': 'It is an earlier {plan} fee ({period}).'},
 'former_fee_earlier_split': {'ja': '以前の{plan}の会費です。', 'en': 'It is an earlier {plan} fee:'},
 'former_fee_later': {'ja': '{price}は、{period}の{plan}の会費です{renewals}。',
                      'en': '{price} is the {plan} fee {period}{renewals}.'},
 'later_fee_renewals': {'ja': '。既存会員は、{period}の請求です', 'en': ' (existing members: bills {period})'},
 'later_fee_renewals_open': {'ja': '。既存会員は、{period}の請求からです',
                             'en': ' (existing members: from bills {period})'},
 'next_day': {'ja': '翌日（{date}）', 'en': '{date}, the next day'},
 'fee_on_that_date': {'ja': '（その日の{plan}の会費は{fee}です）',
                      'en': ' (that day the {plan} fee was {fee})'},
 'fee_on_that_date_unknown': {'ja': '{date}の{plan}の会費は確認できていません。',
                              'en': 'The {plan} fee on {date} is not confirmed.'},
 'fees_on_that_date': {'ja': '（その日の{plan}の会費は、既存会員の更新が{renewal}、新規会員が{joined}です）',
                       'en': " (that day the {plan} fee was {renewal} on existing members' "
                             'renewals, {joined} for new members)'},
 'terms_new_line': {'ja': '新規会員：{period}', 'en': 'new members: {period}'},
 'terms_renewals_line': {'ja': '既存会員：{period}の請求', 'en': 'existing members: bills {period}'},
 'terms_renewals_open_line': {'ja': '既存会員：{period}の請求から',
                              'en': 'existing members: from bills {period}'},
 'notes_as_above': {'ja': 'そのほかの注意は、上の{number}と同じです。',
                    'en': 'The other notes are as under {number} above.'},
 'terms_known_from': {'ja': '。{date}より前の会費は確認できていません',
                      'en': '; the fee before {date} is not confirmed'},
 'terms_no_student_monthly': {'ja': '。2019年より前には、Prime Student 月間プランはありませんでした',
                              'en': '; there was no Prime Student monthly plan before 2019'},
 'terms_no_student_monthly_known_from': {'ja': '。Prime Student '
                                               '月間プランは2019年より前にはなく、{last}までの会費は確認できていません',
                                         'en': '; there was no Prime Student monthly plan before '
                                               '2019, and the fee until {last} is not confirmed'},
 'terms_both': {'ja': '新規会員は{new}、既存会員は{renewals}の請求',
                'en': "new members {new}; existing members' bills {renewals}"},
 'terms_both_open': {'ja': '新規会員は{new}、既存会員は{renewals}の請求から',
                     'en': 'new members {new}; existing members from bills {renewals}'},
 'renewals_since_assumed': {'ja': '既存会員の切り替え日は、年間プランと同じ日と考えられます。',
                            'en': "Existing members' change day is thought to be the same as the "
                                  "annual plan's."},
 'renewals_until_assumed': {'ja': '既存会員の切り替え日は、年間プランと同じ日と考えられます。',
                            'en': "Existing members' change day is thought to be the same as the "
                                  "annual plan's."},
 'assumed_day': {'ja': '{date}ごろ', 'en': 'around {date}'},
 'former_fee_now': {'ja': '現在', 'en': 'now'},
 'former_fee_on': {'ja': '{date}時点', 'en': 'on {date}'},
 'former_fee_this_date': {'ja': 'この日付', 'en': 'on this date'},
 'period_from_to': {'ja': '{since}〜{until}', 'en': 'from {since} to {until}'},
 'period_until': {'ja': '{until}まで', 'en': 'until {until}'},
 'period_on_or_after': {'ja': '{since}以降', 'en': 'dated {since} or later'},
 'period_from': {'ja': '{since}から', 'en': 'from {since}'},
 'yen': {'ja': '{n}円', 'en': '{n} yen'},
 'yen_range': {'ja': '{low}〜{high}円ほど', 'en': 'about {low} to {high} yen'},
 'price_for': {'ja': '{who}の料金', 'en': '{who}'},
 'plus_tax': {'ja': '税別', 'en': 'plus tax'},
 'usd': {'ja': '{n}米ドル', 'en': 'US${n}'},
 'per_month': {'ja': '月額{price}', 'en': '{price} a month'},
 'per_year': {'ja': '年額{price}', 'en': '{price} a year'},
 'match_fee_on_date': {'ja': '{date}時点の会費：{price}', 'en': 'The fee on {date}: {price}'},
 'match_fee_change': {'ja': '{date}時点の会費：新規会員は{new}（{since}から）、既存会員の更新は{renewal}（{until}までの請求）',
                      'en': 'The fee on {date}: {new} for new members (from {since}); {renewal} '
                            "for existing members' renewals (bills up to {until})"},
 'match_fee_now': {'ja': '現在の会費：{price}', 'en': 'The fee now: {price}'},
 'match_fee_assumed_end': {'ja': '{date}時点の会費：既存会員は、まだ以前の{price}だった可能性があります（既存会員の月会費が変わった日は確認できていません）。',
                           'en': 'The fee on {date}: existing members may still have paid the '
                                 "former {price} (the day existing members' monthly fee changed is "
                                 'not confirmed).'},
 'match_fee_unknown': {'ja': '{date}時点の会費：確認できていません', 'en': 'The fee on {date}: not confirmed'},
 'match_fee_unconfirmed': {'ja': '{date}時点の会費：{price}だった可能性があります（その日にこのプランがあったかどうかは確認できていません）',
                           'en': 'The fee on {date}: possibly {price} (whether the plan existed '
                                 'that day is not confirmed)'},
 'match_partial_refund': {'ja': '会費の一部返金の可能性があります。返金の元になりうる会費：{price}',
                          'en': 'Possibly a partial refund of the fee. The fee it may come from: '
                                '{price}'},
 'title_refund': {'ja': '{name}の会費の返金', 'en': '{name}: a refund of the fee'},
 'title_partial_refund': {'ja': '{name}の会費の一部返金', 'en': '{name}: a partial refund of the fee'},
 'match_partial_refund_titled': {'ja': '元の会費：{price}', 'en': 'The fee: {price}'},
 'match_partial_refund_said': {'ja': '返金の元になりうる会費：{price}',
                               'en': 'The fee it may come from: {price}'},
 'match_price': {'ja': '料金：{price}', 'en': 'Price: {price}'},
 'usd_price_now': {'ja': '現在の料金です。{date}時点の料金は確認できていません。',
                   'en': 'This is the price now; the price on {date} is not confirmed.'},
 'match_price_before_start': {'ja': '料金：{price}', 'en': 'Price: {price}'},
 'before_price_start': {'ja': 'この料金は{since}からのもので、利用日（{date}）はそれより前です。金額が同じというだけなので、可能性は低めです。',
                        'en': 'This price is from {since}, and the day of use ({date}) is before '
                              'that. Only the amount is the same, so this is less likely.'},
 'not_yet_on_date': {'ja': '※{name}は{since}からのもののため、候補に入れていません。',
                     'en': '! {name} is from {since}, so it is not listed.'},
 'not_yet_price': {'ja': '※{name}の{price}は{since}からの料金のため、候補に入れていません。',
                   'en': "! {name}'s price of {price} is from {since}, so it is not listed."},
 'price_start_unknown': {'ja': '{month}時点のもので、いつからかは確認できていません',
                         'en': 'as of {month}; when this price started is not confirmed'},
 'before_price_start_unknown': {'ja': '金額が同じというだけなので、可能性は低めです。',
                                'en': 'Only the amount is the same, so this is less likely.'},
 'before_price_as_of': {'ja': 'この料金は{month}時点のもので、利用日（{date}）はそれより前です。{month}より前の料金は確認できていません。',
                        'en': 'This is the price as of {month}, and the day of use ({date}) is '
                              'before that. primehelp has not confirmed the price before {month}.'},
 'before_option_start': {'ja': 'このオプションは{since}からのもので、利用日（{date}）にはまだありませんでした。',
                         'en': 'This option started on {since}: it did not exist yet on the day of '
                               'use ({date}).'},
 'before_price_start_named': {'ja': '表記に{name}とあり、金額も今の料金と同じです。ただし、この料金は{since}からのもので、利用日はそれより前です。当時の料金はprimehelpでは確認できていません。',
                              'en': 'The text names {name}, and the amount is its price now. But '
                                    'this price is from {since}, and the day of use is before '
                                    'that. primehelp has not confirmed the price then.'},
 'match_price_range': {'ja': '料金の範囲：{price}', 'en': 'Price range: {price}'},
 'fit_named': {'ja': '明細の表記にこのサービスの名前があります。', 'en': 'The statement text names this service.'},
 'fit_usual': {'ja': '明細の表記から見て、可能性が高いです。', 'en': 'Likely with this statement text.'},
 'fit_usual_price': {'ja': '明細の表記と金額が合います。', 'en': 'It fits the statement text and the amount.'},
 'fit_possible_fee_order': {'ja': '金額は会費と一致します。明細の表記から見ると、注文の可能性もあります。',
                            'en': 'The amount matches the fee. Judging by the statement text, it '
                                  'may also be an order.'},
 'fit_possible': {'ja': '明細の表記から見て、可能性があります。', 'en': 'Possible with this statement text.'},
 'fit_usual_text_only': {'ja': '明細の表記には合いますが、金額は決まった料金と一致しません。',
                         'en': 'Fits this statement text, but the amount matches no fixed price.'},
 'fit_usual_fee_unknown': {'ja': '明細の表記とは合います（その日の会費は確認できていないため、金額が合うかどうかは分かりません）。',
                           'en': 'Fits this statement text (the fee on that day is not confirmed, '
                                 'so whether the amount matches is not known).'},
 'fit_usual_no_price': {'ja': '明細の表記と合います（決まった料金のない買い物です）。',
                        'en': 'Fits this statement text (a purchase, with no fixed price).'},
 'fit_usual_in_range': {'ja': '明細の表記と合い、金額も料金の範囲内です。',
                        'en': 'Fits this statement text, and the amount is within its range of '
                              'prices.'},
 'fit_possible_in_range': {'ja': '明細の表記と合うことがあり、金額も料金の範囲内です。',
                           'en': 'Can fit this statement text, and the amount is within its range '
                                 'of prices.'},
 'fit_possible_text_only': {'ja': '明細の表記に合うことがありますが、金額は決まった料金と一致しません。',
                            'en': 'Can fit this statement text, but the amount matches no fixed '
                                  'price.'},
 'fit_unconfirmed': {'ja': '金額は一致しますが、この明細の表記で請求されるかどうかは確認できていません。',
                     'en': 'The amount matches (whether this statement text is used for it is not '
                           'confirmed).'},
 'fit_unusual': {'ja': '明細の表記から見て、可能性は低めです。', 'en': 'Unlikely with this statement text.'},
 'where_to_see': {'ja': '確認する場所', 'en': 'Where to see it'},
 'how_to_stop': {'ja': '止め方', 'en': 'How to stop it'},
 'look_for': {'ja': '選ぶ項目', 'en': 'Look for'},
 'open_page': {'ja': '開くページ', 'en': 'Page to open'},
 'subscriptions_title': {'ja': 'プライム以外のAmazonの定額サービス', 'en': 'What else Amazon may bill you for'},
 'benefits_title': {'ja': 'プライムの特典で、解約すると変わるもの',
                    'en': 'Prime benefits that change when Prime ends'},
 'price': {'ja': '料金', 'en': 'Price'},
 'price_as_of': {'ja': '料金（{month}時点）', 'en': 'Price (as of {month})'},
 'since': {'ja': '{date}から', 'en': 'since {date}'},
 'needs_prime': {'ja': '利用条件', 'en': 'Who can use it'},
 'needs_prime_yes': {'ja': 'プライム会員だけが使えます', 'en': 'Prime members only'},
 'needs_prime_no': {'ja': 'プライム会員でなくても使えます', 'en': 'anyone, with or without Prime'},
 'after_prime': {'ja': 'プライムの解約後', 'en': 'After Prime ends'},
 'after': {'keeps_billing': {'ja': '請求が続きます。止めるには、別に解約する必要があります',
                             'en': 'keeps billing (cancel it separately)'},
           'reported_to_stop': {'ja': '止まるとされています', 'en': 'reported to stop'},
           'not_confirmed': {'ja': '確認された情報はありません', 'en': 'not confirmed'},
           'benefit_ends': {'ja': '特典がなくなります', 'en': 'the benefit ends'}},
 'price_changed_under': {'music_unlimited': {'ja': '※報告によれば、これらの料金は2026年2月に改定されました。改定後の料金は確認できていないため、実際の金額は「メンバーシップおよび購読」で確認してください。',
                                             'en': 'Reportedly, these prices changed in February '
                                                   '2026; the new prices have not been confirmed, '
                                                   'so check the actual amount in 「メンバーシップおよび購読」 '
                                                   '(memberships and subscriptions).'}},
 'name_label': {'prime_video_channel': {'ja': '（「サブスクリプション」）', 'en': ' (「サブスクリプション」)'}},
 'after_detail': {'prime_video_channel': {'ja': '（料金が続いたという報告も1件あります）',
                                          'en': ' (one report says the charges went on)'},
                  'kids_plus': {'ja': '（プライムを解約したら、念のため「メンバーシップおよび購読」で請求が続いていないか確認し、不要なら解約してください）',
                                'en': ' (after cancelling Prime, check under 「メンバーシップおよび購読」 that '
                                      'it is not still billed, and cancel it if you no longer need '
                                      'it)'},
                  'prime_video_ad_free': {'ja': '（プライムを解約したら、念のためPrime '
                                                'Videoの設定で請求が続いていないか確認し、不要なら解約してください）',
                                          'en': ' (after cancelling Prime, check in the Prime '
                                                'Video settings that it is not still billed, and '
                                                'cancel it if you no longer need it)'}},
 'outliving_prime': {'ja': 'プライムを解約しても請求が続くもの', 'en': 'Keeps billing after Prime ends:'},
 'outliving_stops': {'ja': '解約すると止まるとされているもの', 'en': 'Reported to stop when Prime ends:'},
 'outliving_stops_detail': {'prime_video_channel': {'ja': '料金が続いたという報告も1件あるため、解約後に「Prime '
                                                          'Videoチャンネルの管理」とカードの明細で、チャンネルが止まっているか確認してください。',
                                                    'en': 'One report says the charges went on: '
                                                          'after cancelling, check in 「Prime '
                                                          'Videoチャンネルの管理」 (manage Prime Video '
                                                          'channels) and on your card statement '
                                                          'that your channels have stopped.'}},
 'charge_hint': {'ja': 'カードの明細にある金額が何かは、`primehelp charge 980` のように金額を指定して確認できます。',
                 'en': 'What an amount on your card statement can be: give the amount, as in '
                       '`primehelp charge 980`.'},
 'fit_possible_price': {'ja': '明細の表記と金額が、この会費の返金と合います。',
                        'en': 'The statement text and the amount fit a refund of this fee.'},
 'prime_text_no_fee_detail': {'ja': '表記はプライムの会費によく使われるものですが、{fee}',
                              'en': 'This text is often used for the Prime fee. {fee}'},
 'or_digital_purchase': {'ja': '{names}またはデジタルコンテンツの購入（Kindle本など）',
                         'en': '{names}, or a digital purchase (a Kindle book or the like)'},
 'statement_none_flagged': {'ja': '確認が必要な行（決まった料金と一致しない請求や、同じ月のうちに、または25日未満の間隔で2回以上ある請求）は見つかりませんでした。ただし、請求がすべて正しいという意味ではありません。',
                            'en': 'No charge at an unexpected amount, and no same charge twice '
                                  'within one month, or less than 25 days apart, was found. This '
                                  'does not mean every charge is right.'},
 'month_count_flagged': {'ja': '※', 'en': ' !'},
 'statement_named_other_amount': {'ja': '明細の表記に{name}の名前があります。金額は{service}の料金と違いますが、表記にあるサービスを先に挙げています。',
                                  'en': 'The statement text names {name}. The amount is not a '
                                        'price of {service}, but the service the text names is '
                                        'listed first.'},
 'fit_named_part': {'ja': '明細の表記に{name}の名前があります。', 'en': 'The statement text names {name}.'},
 'fit_named_other_amount': {'ja': '明細の表記にこのサービスの名前があります。ただし金額は、primehelpの情報源にあるこのサービスのどの料金とも違います。{place}で、同じ日付と金額の請求を探してください。',
                            'en': 'The statement text names this service, but the amount is none '
                                  'of its prices primehelp knows. Look for a charge of that date '
                                  'and amount {place}.'},
 'fit_named_other_price': {'ja': '明細の表記にこのサービスの名前があります。ただし金額は、{name}の料金（{price}）と違います。{place}で、同じ日付と金額の請求を探してください。',
                           'en': 'The statement text names this service, but the amount is not its '
                                 'price ({price}). Look for a charge of that date and amount '
                                 '{place}.'},
 'named_look_site': {'ja': '{site}', 'en': 'on {site}'},
 'named_look_page': {'ja': '「{page}」', 'en': 'under 「{page}」'},
 'named_look_where': {'ja': '確認する場所', 'en': 'where it is seen'},
 'no_price_on_date_later_same': {'ja': '{when}の料金が確認できているAmazonの会費やサービスには、この金額と一致するものはありません。ただし、それより後の時点の料金がこの金額と同じサービスがあります（下の候補）。{range}',
                                 'en': 'No Amazon fee or subscription price confirmed {when} '
                                       "matches this amount, but some services' prices of a later "
                                       'time are this amount (below).{range}'},
 'statement_named_unranked': {'ja': '明細の表記に{name}の名前があります。',
                              'en': 'The statement text names {name}.'},
 'statement_not_fee': {'ja': 'この表記は、primehelpの情報源にありません。Amazonの会費や定額サービスの表記としては知られていないため、金額が同じでも会費とは限りません。下の候補は金額だけで比べたものです。',
                       'en': "This text is not in primehelp's sources. It is not known as a text "
                             'of an Amazon fee or subscription, so a matching amount does not make '
                             'it a fee. The candidates below are compared by the amount only.'},
 'us_fee_with_tax': {'ja': 'この金額は、米国のAmazonプライム（amazon.com）の会費（月額14.99米ドル、年額139米ドル）とは一致しません。ただし、この会費は税別のため、実際の請求額は、税金が加わる分、これより高くなることがあります。税金の額はprimehelpには分からないため、この金額がその会費にあたるかどうかは、amazon.comにサインインして確認してください。',
                     'en': 'This amount is not the amazon.com (US) Prime fee (US$14.99 a month, '
                           'US$139 a year). That fee is before tax, though, so the amount charged '
                           'may be higher by the tax. primehelp cannot know the tax: sign in to '
                           'amazon.com to check whether this amount is that fee.'},
 'us_fee_with_tax_past': {'ja': 'この金額は、現在の米国のAmazonプライム（amazon.com）の会費（月額14.99米ドル、年額139米ドル）とは一致しません。請求の日付の会費はprimehelpの情報源にないため、現在の会費と比べています。また、この会費は税別のため、実際の請求額は、税金が加わる分、これより高くなることがあります。税金の額はprimehelpには分からないため、この金額がその会費にあたるかどうかは、amazon.comにサインインして確認してください。',
                          'en': "This amount is not today's amazon.com (US) Prime fee (US$14.99 a "
                                "month, US$139 a year). primehelp's sources do not give the fee on "
                                "the charge's date, so it is compared with today's. That fee is "
                                'before tax, too, so the amount charged may be higher by the tax. '
                                'primehelp cannot know the tax: sign in to amazon.com to check '
                                'whether this amount is that fee.'},
 'us_fee_tax_note': {'ja': '税金が加わると、請求額はこの金額より高くなることがあります。',
                     'en': 'With tax added, the amount charged can be higher than this.'},
 'candidates_us_tax': {'ja': '考えられるもの', 'en': 'What it may be'},
 'match_former_fee': {'ja': '以前の会費：{price}', 'en': 'Former fee: {price}'},
 'partial_refund_reading_former': {'ja': '{when}の会費とは一致しないため、表記から、プライム会費の一部返金の可能性があります。',
                                   'en': 'It matches no fee in force {when}, so the text points to '
                                         'a partial refund of the Prime fee.'},
 'us_no_fee': {'ja': 'この金額は、米国のAmazonプライム（amazon.com）の会費（月額14.99米ドル、年額139米ドル、いずれも税別）とは一致せず、その会費に税金を加えた金額とも考えにくいです。amazon.comのアカウントの請求かどうかは、amazon.comにサインインして確認してください。',
               'en': 'This amount is not the amazon.com (US) Prime fee (US$14.99 a month, US$139 a '
                     'year, before tax), and unlikely to be that fee with tax added. Sign in to '
                     'amazon.com to check whether it is a charge of an amazon.com account.'},
 'us_no_fee_past': {'ja': 'この金額は、現在の米国のAmazonプライム（amazon.com）の会費（月額14.99米ドル、年額139米ドル、いずれも税別）とは一致せず、その会費に税金を加えた金額とも考えにくいです。請求の日付の会費はprimehelpの情報源にないため、現在の会費と比べています。amazon.comのアカウントの請求かどうかは、amazon.comにサインインして確認してください。',
                    'en': "This amount is not today's amazon.com (US) Prime fee (US$14.99 a month, "
                          'US$139 a year, before tax), and unlikely to be that fee with tax added. '
                          "primehelp's sources do not give the fee on the charge's date, so it is "
                          "compared with today's. Sign in to amazon.com to check whether it is a "
                          'charge of an amazon.com account.'},
 'text_starting_with': {'ja': '{text}で始まる表記', 'en': 'A text starting with {text}'},
 'candidates_us_site': {'ja': '考えられるもの', 'en': 'What it may be'}}
