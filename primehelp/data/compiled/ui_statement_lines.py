"""Generated from primehelp/data/ui_statement_lines.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'unknown_text': {'ja': '不明（primehelpの情報源にない表記。金額も決まった料金と一致しません）',
                  'en': 'Unknown (a text primehelp does not know; the amount matches no fixed '
                        'price either)'},
 'unknown_text_outside': {'ja': '不明（{outside}）', 'en': 'Unknown ({outside})'},
 'unknown_text_by_amount': {'ja': '{names}の可能性（primehelpの情報源にない表記のため、金額から推定）',
                            'en': 'Perhaps {names} (a text primehelp does not know: estimated from '
                                  'the amount)'},
 'range_by_amount': {'ja': '{names}の可能性（料金に幅のあるサービスのため、表記と金額から推定）',
                     'en': 'Perhaps {names} (a service with a range of prices: estimated from the '
                           'text and the amount)'},
 'partial_refund': {'ja': '{names}の会費の一部返金（推定）',
                    'en': 'Partial refund of the {names} fee (estimated)'},
 'refund_of_fee': {'ja': '{date}の{fee}（{yen}）の返金の可能性があります。',
                   'en': 'Probably the refund of the {fee} of {yen} charged on {date}.'},
 'refund_of_fee_guessed': {'ja': '{date}の「{text}」（{yen}。金額から{fee}と推定）の返金の可能性があります。',
                           'en': 'Probably the refund of the "{text}" charge of {yen} on {date} '
                                 '(read as the {fee} by its amount).'},
 'refund_part_of_fee_guessed': {'ja': '{date}の「{text}」（{yen}。金額から{fee}と推定）の一部返金の可能性があります。',
                                'en': 'Possibly a partial refund of the "{text}" charge of {yen} '
                                      'on {date} (read as the {fee} by its amount).'},
 'refund_part_of_fee': {'ja': '{date}の{fee}（{yen}）の一部返金の可能性があります。',
                        'en': 'Possibly a partial refund of the {fee} of {yen} charged on {date}.'},
 'refund_part_earlier': {'ja': '（この会費には、すでに{earlier}の返金があります）',
                         'en': ' (this fee already had a refund of {earlier})'},
 'refund_other_plan': {'ja': '{plan}の会費（{yen}）の返金の可能性があります（この返金までの{period}に、その会費の請求はこの明細にありません）。',
                       'en': 'Probably a refund of the {plan} fee ({yen}; this statement shows no '
                             'such charge in the {period} before this refund).'},
 'refund_other_plan_also': {'ja': '{plan}の会費（{yen}）の返金の可能性もあります（この返金までの{period}に、その会費の請求はこの明細にありません）。',
                            'en': 'It may also be a refund of the {plan} fee ({yen}; this '
                                  'statement shows no such charge in the {period} before this '
                                  'refund).'},
 'refund_other_plan_file': {'ja': '{plan}の会費（{yen}）の返金の可能性があります（この明細には、この返金より前にその会費の請求がありません）。',
                            'en': 'Probably a refund of the {plan} fee ({yen}; this statement '
                                  'shows no such charge before this refund).'},
 'refund_other_plan_also_file': {'ja': '{plan}の会費（{yen}）の返金の可能性もあります（この明細には、この返金より前にその会費の請求がありません）。',
                                 'en': 'It may also be a refund of the {plan} fee ({yen}; this '
                                       'statement shows no such charge before this refund).'},
 'refund_of_price': {'ja': '{date}の請求（{yen}）の返金の可能性があります。',
                     'en': 'Probably the refund of the charge of {yen} on {date}.'},
 'refund_price_missing': {'ja': 'この明細には、返金より前の{name}の請求が見当たりません。',
                          'en': 'This statement holds no {name} charge before this refund that it '
                                'could come from.'},
 'refund_fee_ended': {'ja': 'この明細にある{fee}（{date}、{yen}）は、期間がすでに終わっているため、この返金の元とは考えにくいです。{smaller}この明細にない請求の返金の可能性があります。',
                      'en': 'The {fee} in this statement ({yen}, charged on {date}) is for a time '
                            'that has already ended, so this refund is unlikely to be for '
                            'it.{smaller} It may be the refund of a charge not in this statement.'},
 'refund_fee_smaller': {'ja': '{date}の{plan}の会費（{yen}）は、この返金より少ない金額です。',
                        'en': ' The {plan} fee of {date} ({yen}) is less than this refund.'},
 'refund_source_elsewhere': {'ja': 'Amazonプライムの会費の返金（元の請求は不明）',
                             'en': 'A refund of an Amazon Prime fee (its charge was not found in '
                                   'this statement)'},
 'refund_fee_missing': {'ja': 'この明細には、返金より前の{plan}の会費の請求が見当たりません。',
                        'en': 'This statement holds no {plan} fee before this refund that it could '
                              'come from.'},
 'refund_fee_used_up': {'ja': 'この明細にある{fee}（{date}、{yen}）は、{day}にすでに全額返金されています。',
                        'en': 'The {fee} in this statement ({yen}, charged on {date}) was already '
                              'refunded in full on {day}.'},
 'refund_fee_used_part': {'ja': 'この明細にある{fee}（{date}、{yen}）は、この返金より前にすでに{back}が返金されていて、残りはこの返金より少なくなっています。',
                          'en': 'Of the {fee} in this statement ({yen}, charged on {date}), {back} '
                                'was already refunded before this refund; what is left is less '
                                'than this refund.'},
 'refund_fee_look': {'ja': 'どの請求の返金なのかを、Amazonの注文履歴と「Amazonプライム会員情報」のページで確認してください。',
                     'en': 'Check which charge this refund is for in your Amazon order history and '
                           'on the 「Amazonプライム会員情報」 (Prime membership) page.'},
 'prime_text_earlier': {'ja': 'Amazonプライム（以前の{plan}の会費と同額）',
                        'en': 'Amazon Prime (the same amount as an earlier {plan} fee)'},
 'prime_text_later': {'ja': 'Amazonプライム（その後の{plan}の会費と同額）',
                      'en': 'Amazon Prime (the same amount as a later {plan} fee)'},
 'prime_text_unconfirmed': {'ja': 'Amazonプライム（{plan}。この時期の会費は未確認）',
                            'en': 'Amazon Prime ({plan}; the fee at this time is not confirmed)'},
 'prime_text': {'ja': 'Amazonプライム（プラン不明）', 'en': 'Amazon Prime (plan unknown)'},
 'prime_text_student_later': {'ja': 'Amazonプライム（その後の{plan}の会費と同額）',
                              'en': 'Amazon Prime (the same amount as a later {plan} fee)'},
 'prime_text_no_fee': {'ja': '不明（プライムの表記で、会費とは違う金額）',
                       'en': 'Unknown (a Prime text, but the amount is not a Prime fee)'},
 'prime_text_no_plan_yet': {'ja': 'Amazonプライム（その後の{plan}の会費と同額）',
                            'en': 'Amazon Prime (the same amount as a later {plan} fee)'},
 'prime_text_before_launch': {'ja': '不明（プライム開始前の日付）',
                              'en': 'Unknown (a date before Prime started)'},
 'prime_text_detail': {'ja': '表記からはプライムの会費と考えられます。{fee}',
                       'en': 'The text points to the Prime fee. {fee}'},
 'unknown_text_named': {'ja': '{names}の可能性（表記にあるサービス名と金額から推定）',
                        'en': 'Perhaps {names} (estimated from the service named in the text and '
                              'the amount)'},
 'unknown_text_named_as_of': {'ja': '{names}の可能性（表記にあるサービス名と、{as_of}から推定）',
                              'en': 'Perhaps {names} (estimated from the service named in the text '
                                    'and {as_of})'},
 'unknown_text_named_later': {'ja': '{names}の可能性（表記にあるサービス名から推定。この金額の料金は、利用日より後に始まりました）',
                              'en': 'Perhaps {names} (estimated from the service named in the '
                                    'text; the price of this amount started after the day of use)'},
 'order_or_fee': {'ja': '{order}、または{fees}の会費（表記に「{word}」とあるため）',
                  'en': '{order}, or the {fees} fee (the text contains “{word}”)'},
 'estimated': {'ja': '推定', 'en': 'estimated'},
 'lookalike_total': {'ja': 'Amazonに似た表記（{names}と同じ金額）',
                     'en': "Text like Amazon's (the same amount as {names})"},
 'total_including': {'ja': '{label}（{what}を含む）', 'en': '{label} (including {what})'},
 'total_part': {'pay': {'ja': 'Amazon Pay', 'en': 'Amazon Pay'},
                'com': {'ja': 'amazon.comでの請求', 'en': 'amazon.com charges'},
                'alike': {'ja': 'Amazonに似た表記', 'en': "text like Amazon's"}},
 'or_names': {'ja': 'または', 'en': ' or '},
 'digital_purchase': {'ja': 'デジタルコンテンツの購入（Kindle本など）',
                      'en': 'A digital purchase (a Kindle book or the like)'},
 'outside_range_total': {'ja': '不明（表記は{names}、金額は範囲外）',
                         'en': 'Unknown ({names} text, amount outside its range)'},
 'refund_fee_grace': {'ja': '{date}の{fee}（{yen}）の返金かもしれません。返金の処理には数日かかることがあり、明細の日付がその会費の期間より後になることもあります。この明細にない請求の返金の可能性もあります。',
                      'en': 'Possibly the refund of the {fee} of {yen} charged on {date}: a refund '
                            'can take a few days, so its date on the statement may fall after the '
                            'period that fee paid for. It may also be the refund of a charge not '
                            'in this statement.'},
 'refund_fee_other_text': {'ja': '{date}の{fee}（{yen}）の返金の可能性もあります。',
                           'en': 'It may also be the refund of the {fee} of {yen} charged on '
                                 '{date}.'},
 'twice_refunded': {'ja': 'この請求は、{day}に返金されたと考えられます。',
                    'en': 'This charge was probably refunded on {day}.'},
 'twice_refunded_part': {'ja': 'この請求のうち、{parts}が返金されたと考えられます。残りの{rest}は、この明細では返金されていません。',
                         'en': 'Part of this charge was probably refunded: {parts}. The remaining '
                               '{rest} is not refunded in this file.'},
 'us_prime_label': {'ja': 'amazon.com（米国）のプライム会費の可能性（現地利用額から推定）',
                    'en': 'Possibly the amazon.com (US) Prime fee (from the foreign amount)'},
 'us_prime_dollars': {'ja': 'amazon.com（米国）のプライム会費の可能性（amazon.co.jpとは別のアカウント）',
                      'en': 'Possibly the amazon.com (US) Prime fee (an account separate from '
                            'amazon.co.jp)'},
 'us_prime_same': {'ja': '現地利用額の{usd}米ドルは、amazon.com（米国）のプライム会費と同じ金額です。amazon.co.jpとは別の、amazon.comのアカウントの会費の可能性があります。',
                   'en': 'The foreign amount, US${usd}, is the amazon.com (US) Prime fee: possibly '
                         'the fee of an amazon.com account, separate from amazon.co.jp.'},
 'us_prime_maybe': {'ja': 'amazon.com（米国）のプライム会費（月額14.99米ドル、年額139米ドル、いずれも税別）を円に換算した金額の可能性もあります。明細で現地利用額（米ドルの金額）を見て、`primehelp '
                          "charge 'US$14.99'` のように入力すると確認できます。",
                    'en': 'It may also be the amazon.com (US) Prime fee (US$14.99 a month or '
                          'US$139 a year, plus tax) converted to yen. Find the foreign amount (in '
                          'dollars) on the statement and check it with `primehelp charge '
                          "'US$14.99'`, for instance."},
 'us_prime_maybe_usd': {'ja': '現地利用額は{usd}米ドルです。amazon.com（米国）のプライム会費（月額14.99米ドル、年額139米ドル、いずれも税別）に税金を加えた金額の可能性もあります。amazon.comのアカウントをお持ちかどうか確認してください。',
                        'en': 'The foreign amount is US${usd}: it may also be the amazon.com (US) '
                              'Prime fee (US$14.99 a month or US$139 a year) with tax added. Check '
                              'whether you have an amazon.com account.'},
 'unknown_text_former': {'ja': '不明（primehelpの情報源にない表記。金額はほかの時期のプライム会費と同額です）',
                         'en': "Unknown (a text not in primehelp's sources; the amount is a Prime "
                               'fee of another time)'},
 'unknown_text_name_only': {'ja': '{names}の可能性（表記にあるサービス名から推定）',
                            'en': 'Perhaps {names} (estimated from the service named in the text)'},
 'prime_text_student_unknown': {'ja': '不明（表記はプライム。当時のPrime Studentの会費は未確認）',
                                'en': 'Unknown (a Prime text; the Prime Student fee of that time '
                                      'is not confirmed)'},
 'twice_refunded_before': {'ja': '{parts}の返金は、この請求の一部返金の可能性があります。',
                           'en': 'The refund of {parts} may be a partial refund of this charge.'},
 'refund_switch_of_fee': {'ja': '通常のプライムからPrime '
                                'Studentに切り替えたときの、{date}の{fee}（{yen}）のうち使っていない期間の分の返金の可能性があります。',
                          'en': 'Possibly the refund of the unused part of the {fee} of {yen} '
                                'charged on {date}, on a switch from regular Prime to Prime '
                                'Student.'},
 'twice_refunded_switch': {'ja': 'この請求のうち、{parts}が返金されたと考えられます（Prime '
                                 'Studentに切り替えたときの、使っていない期間の分の可能性があります）。',
                           'en': 'Part of this charge was probably refunded: {parts} (possibly its '
                                 'unused part, on the switch to Prime Student).'},
 'partial_refund_any_plan': {'ja': 'Amazonプライムの会費の一部返金（推定）',
                             'en': 'Partial refund of an Amazon Prime fee (estimated)'},
 'refund_fee_missing_any_plan': {'ja': 'この明細には、返金より前のプライム会費の請求が見当たりません。',
                                 'en': 'This statement holds no Prime fee before this refund that '
                                       'it could come from.'},
 'refund_amount_missing': {'ja': 'この明細には、返金より前の{yen}の請求が見当たりません。',
                           'en': 'This statement holds no charge of {yen} before this refund that '
                                 'it could come from.'},
 'refund_whole_late': {'ja': 'ただし、この返金は請求の{days}日後です。会費が全額返金されるのは請求の後に特典を使っていない場合なので、ほかの請求の返金の可能性もあります。領収書で確認してください。',
                       'en': 'But this refund comes {days} days after the charge. A fee is '
                             'refunded in full when no benefit was used after the charge, so it '
                             'may be the refund of another charge: check the receipts.'},
 'price_changed': {'ja': '報告によれば、{names}の料金は{month}に改定されました。改定後の料金は確認できていないため、この金額が改定後の料金の可能性もあります。',
                   'en': 'Reportedly, the {names} prices changed in {month}. The new prices have '
                         'not been confirmed, so this amount may be one of them.'},
 'refund_of_fee_or_twice': {'ja': '{date}の{fee}（{yen}）の返金か、{first}と{second}の2回の{fee}のうち1回分の返金の可能性があります。',
                            'en': 'Probably the refund of the {fee} of {yen} charged on {date}, or '
                                  'of one of the two {fee}s charged on {first} and {second}.'},
 'refund_of_fee_or_twice_same_day': {'ja': '{date}の{fee}（{yen}）の返金か、{first}の2回の{fee}のうち1回分の返金の可能性があります。',
                                     'en': 'Probably the refund of the {fee} of {yen} charged on '
                                           '{date}, or of one of the two {fee}s both charged on '
                                           '{first}.'},
 'refund_of_same_text': {'ja': '{date}の同じ表記の請求（{yen}）の返金の可能性があります。',
                         'en': 'Probably the refund of the charge of {yen} under the same text on '
                               '{date}.'},
 'refund_of_fees': {'ja': '{dates}の{fee}（{yen}）の返金の可能性があります。',
                    'en': 'Probably the refund of the {fee}s charged on {dates} ({yen}).'},
 'refund_of_fees_same_day': {'ja': '{date}の{fee}{count}回分（{yen}）の返金の可能性があります。',
                             'en': 'Probably the refund of the {count} {fee}s charged on {date} '
                                   '({yen}).'},
 'refund_fees_on_day': {'ja': '{date}（{count}回）', 'en': '{date} ({count} times)'},
 'refund_fee_other_text_late': {'ja': '{date}の{fee}（{yen}）と同じ金額ですが、その{days}日後の返金です。会費が全額返金されるのは請求の後に特典を使っていない場合なので、この{fee}の返金とは考えにくいです。',
                                'en': 'The same amount as the {fee} of {yen} charged on {date}, '
                                      'but refunded {days} days after it. A fee is refunded in '
                                      'full when no benefit was used after the charge, so this '
                                      'refund is unlikely to be for that {fee}.'},
 'us_account_usd': {'ja': 'amazon.com（米国）での請求の可能性（現地利用額が米ドルのため）',
                    'en': 'Possibly a charge of an amazon.com (US) account (the foreign amount is '
                          'in dollars)'},
 'us_account_text': {'ja': 'amazon.com（米国）での請求（表記から推定）',
                     'en': 'Possibly a charge of an amazon.com (US) account (estimated from the '
                           'text)'},
 'us_account_total': {'ja': 'amazon.com（米国）での請求（推定）',
                      'en': 'Charge on amazon.com (US) (estimated)'},
 'us_no_fee_usd': {'ja': '現地利用額は{usd}米ドルです。amazon.com（米国）のプライム会費（月額14.99米ドル、年額139米ドル、いずれも税別）に税金を加えた金額とは考えにくいですが、米ドルでの請求のため、amazon.comのアカウントのほかの請求の可能性もあります。amazon.comのアカウントをお持ちかどうかも確認してください。',
                   'en': 'The foreign amount is US${usd}: unlikely to be the amazon.com (US) Prime '
                         'fee (US$14.99 a month or US$139 a year) with tax added, but as it is in '
                         'dollars, it may be another charge of an amazon.com account. Check '
                         'whether you have an amazon.com account as well.'},
 'us_no_fee_yen': {'ja': 'この金額は、amazon.com（米国）のプライム会費（月額14.99米ドル、年額139米ドル、いずれも税別）を円に換算した金額とは考えにくいですが、表記にamazon.comの名前があるため、amazon.comのアカウントのほかの請求の可能性もあります。amazon.comのアカウントをお持ちかどうかも確認してください。',
                   'en': 'The amount is unlikely to be the amazon.com (US) Prime fee (US$14.99 a '
                         'month or US$139 a year, plus tax) converted to yen, but as the text '
                         'names amazon.com, it may be another charge of an amazon.com account. '
                         'Check whether you have an amazon.com account as well.'},
 'refund_fee_doubt': {'ja': '{date}の{fee}（{yen}）の返金かどうかは分かりません（{why}）。',
                      'en': 'Whether this is the refund of the {fee} of {yen} charged on {date} is '
                            'not known ({why}).'},
 'refund_doubt_other': {'ja': '表記がAmazonのものではない可能性があります', 'en': "the text may not be Amazon's"},
 'refund_doubt_unlisted': {'ja': 'primehelpの情報源にない表記です',
                           'en': "primehelp's sources do not list this text"},
 'foreign_currency_label': {'ja': '外国の通貨での請求（現地利用額から判断）',
                            'en': 'A charge in a foreign currency (from the foreign amount)'},
 'foreign_currency_said': {'ja': '現地利用額は{money}です。外国の通貨での請求で、amazon.co.jpではなく、海外のサイトでの請求の可能性があります。',
                           'en': 'The foreign amount is {money}. It was billed in a foreign '
                                 'currency: possibly a charge of a site abroad, not of '
                                 'amazon.co.jp.'},
 'foreign_money': {'ja': '{amount} {currency}', 'en': '{amount} {currency}'},
 'foreign_money_named': {'ja': '{amount}{name}（{currency}）', 'en': '{amount} {name} ({currency})'},
 'currency_eur': {'ja': 'ユーロ', 'en': 'euros'},
 'currency_gbp': {'ja': '英ポンド', 'en': 'pounds sterling'},
 'refund_not_lookalike': {'ja': '{date}の「{text}」（{yen}）は、Amazonの表記に似ていますがつづりが違うため、Amazonの返金の対象とは考えにくいです。',
                          'en': "The charge “{text}” of {yen} on {date} looks like Amazon's text "
                                'but is spelt differently, so it is unlikely to be what Amazon '
                                'refunded.'},
 'refund_not_borrowed': {'ja': '{date}の「{text}」（{yen}）は、primehelpの情報源にあるAmazonの明細の表記ではないため、Amazonの返金の対象とは考えにくいです。',
                         'en': 'The charge “{text}” of {yen} on {date} is not a statement text of '
                               "Amazon's that primehelp knows, so it is unlikely to be what Amazon "
                               'refunded.'},
 'explain': {'no_known_price_each': {'ja': '考えられる内容は、下の「Amazonの行」の各行に書いています。',
                                     'en': 'What each line may be is explained under “Amazon '
                                           'lines” below.'}},
 'price_changed_row': {'ja': '報告によれば、{name}の料金は{month}に改定されました（改定後の料金は未確認）。',
                       'en': 'Reportedly, the prices of {name} changed in {month} (the new prices '
                             'are not confirmed).'},
 'annual_twice_part_back': {'ja': '{back}に、{day}の年会費の一部返金の可能性がある返金（{yen}）があります。解約して再登録した場合もこのように並びます。再登録していなければ、二重請求の可能性があります。',
                            'en': 'On {back}, there is a refund ({yen}) that may be a partial '
                                  'refund of the annual fee of {day}. Cancelling and joining again '
                                  'also looks like this. If you did not join again, this may be a '
                                  'double charge.'},
 'same_as_listed': {'ja': '{items}と同じ金額です。', 'en': 'The amount is the same as {items}.'},
 'same_price_item': {'ja': '{name}の料金（{price}）', 'en': 'the price of {name} ({price})'},
 'same_price_item_bare': {'ja': '{name}の料金', 'en': 'the price of {name}'},
 'same_fee_item': {'ja': '{name}の会費（{price}）', 'en': 'the fee of {name} ({price})'},
 'same_fee_item_bare': {'ja': '{name}の会費', 'en': 'the fee of {name}'},
 'where_us_site': {'ja': 'amazon.com（米国）での請求は、{see}',
                   'en': 'For a charge on amazon.com (US): {see}'}}
