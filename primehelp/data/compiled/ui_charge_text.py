"""Generated from primehelp/data/ui_charge_text.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'unconfirmed_domain': {'ja': '表記にある「{domain}」がAmazonの名前かどうかは、primehelpの情報源では確認できません。',
                        'en': "primehelp's sources cannot confirm whether “{domain}” in the text "
                              "is one of Amazon's names."},
 'reworded_text': {'ja': 'この表記は、primehelpの情報源にある表記とは少し違いますが、Amazonの明細の表記の語だけでできています。下の候補は金額と表記の語から比べたものです。',
                   'en': "This text differs slightly from the texts primehelp's sources show, but "
                         "it is made only of the words of Amazon's statement texts. The candidates "
                         'below are compared by the amount and the words of the text.'},
 'joined_texts': {'ja': 'この表記は、Amazonの明細の表記（{texts}）を続けたもので、この組み合わせはprimehelpの情報源にありません。',
                  'en': 'This text joins Amazon statement texts primehelp knows ({texts}); '
                        "primehelp's sources do not show them together."},
 'extra_words': {'ja': '表記にある{words}は、primehelpの情報源にあるAmazonの明細の表記には含まれない語です。',
                 'en': '{words} in the text: no Amazon statement text primehelp knows has such a '
                       'word.'},
 'extra_domain': {'ja': '表記にある{words}は、Amazonが案内していないドメインです。',
                  'en': '{words} in the text is a domain Amazon does not use.'},
 'unreadable_text': {'ja': '表記に読み取れない文字（「�」）があるため、表記からは判断できません。明細で表記を確認してください。',
                     'en': 'The text has characters primehelp could not read (“�”), so nothing can '
                           'be told from it. Check the text on the statement.'},
 'extra_letter_last': {'ja': '表記の最後にある{words}は、primehelpの情報源にあるAmazonの明細の表記には含まれません。',
                       'en': '{words} at the end of the text: no Amazon statement text primehelp '
                             'knows has it.'},
 'extra_letters': {'ja': '表記にある{words}の文字は、primehelpの情報源にあるAmazonの明細の表記には含まれません。',
                   'en': 'The letters {words} in the text: no Amazon statement text primehelp '
                         'knows has them.'},
 'imitated_service': {'ja': '表記は{name}の名前に似ていますが、つづりが違います。',
                      'en': 'The text looks like the name {name}, but is spelt differently.'},
 'borrowed_row': {'ja': 'この行は、{form}です。', 'en': 'This line is {form}.'},
 'other_country': {'ja': 'Amazonの明細の表記に「利用国USA」以外の利用国（「利用国CN」など）が付くことは、primehelpの情報源にはありません。',
                   'en': "primehelp's sources give no Amazon statement text with a country of use "
                         'other than “利用国USA” (such as “利用国CN”).'},
 'borrowed_note': {'ja': '{form}は、Amazonの名前を使ったほかの会社やサイトの請求かもしれません。{sites}心当たりがなければ、カード会社に問い合わせてください。',
                   'en': "{form} may be a charge of another company or site using Amazon's name. "
                         '{sites}If you do not recognise it, contact your card company.'},
 'borrowed_note_refund': {'ja': '{form}は、Amazonの名前を使ったほかの会社やサイトからの返金かもしれません。{sites}心当たりがなければ、カード会社に問い合わせてください。',
                          'en': '{form} may be a refund from another company or site using '
                                "Amazon's name. {sites}If you do not recognise it, contact your "
                                'card company.'},
 'borrowed_form': {'before': {'ja': 'Amazonの名前の前にほかの名前がある表記',
                              'en': "A text with another name before Amazon's"},
                   'after': {'ja': 'Amazonの明細の表記やサービス名の後にほかの語が付いた表記',
                             'en': "A statement text or service name of Amazon's followed by "
                                   'another word'},
                   'spaced': {'ja': 'Amazonの名前の途中に空白が入った表記',
                              'en': "A text with spaces inside a name of Amazon's"},
                   'domain': {'ja': 'Amazonが案内していないドメインを含む表記',
                              'en': 'A text with a domain Amazon does not list as its own'}},
 'borrowed_sites': {'ja': 'Amazonのサイトは amazon.co.jp か、末尾が .amazon.co.jp の名前です（米国のAmazonは '
                          'amazon.com）。',
                    'en': "Amazon's sites are amazon.co.jp or a name ending in .amazon.co.jp "
                          '(Amazon in the US: amazon.com).'},
 'us_prime_in_yen': {'ja': 'この円の金額は、その会費を円に換算した額の可能性もあります。明細で現地利用額（米ドルの金額）を見て、`primehelp charge '
                           "'US$14.99'` のように入力すると確認できます。",
                     'en': 'This yen amount may be that fee converted to yen: find the foreign '
                           'amount (in dollars) on the statement and check it with `primehelp '
                           "charge 'US$14.99'`, for instance."},
 'us_yen_fee': {'ja': 'amazon.com（米国）のプライム会費（月額14.99米ドル、年額139米ドル、いずれも税別）を円に換算した金額の可能性があります。明細で現地利用額（米ドルの金額）を見て、`primehelp '
                      "charge 'US$14.99'` のように入力すると確認できます。",
                'en': ' It may be the amazon.com (US) Prime fee (US$14.99 a month or US$139 a '
                      'year, plus tax) converted to yen: find the foreign amount (in dollars) on '
                      "the statement and check it with `primehelp charge 'US$14.99'`, for "
                      'instance.'},
 'us_yen_no_fee': {'ja': 'amazon.com（米国）のプライム会費（月額14.99米ドル、年額139米ドル、いずれも税別）を円に換算した金額とも考えにくいです。',
                   'en': ' It is unlikely to be the amazon.com (US) Prime fee (US$14.99 a month or '
                         'US$139 a year, plus tax) converted to yen either.'},
 'compared_if_amazon': {'ja': '下の候補は、Amazonの請求だとした場合に、金額だけで比べたものです。',
                        'en': 'The candidates below are compared by the amount only, in case it is '
                              'from Amazon.'},
 'compared_if_amazon_refund': {'ja': '下の候補は、Amazonからの返金だとした場合に、金額だけで比べたものです。',
                               'en': 'The candidates below are compared by the amount only, in '
                                     'case it is from Amazon.'},
 'in_range_refund': {'ja': '{names}など、料金に幅のあるサービスの返金の可能性があります。',
                     'en': ' It may be a refund of a service with a range of prices ({names}).'},
 'in_range_refund_part': {'ja': '会費の一部返金や、{names}など料金に幅のあるサービスの返金の可能性があります。',
                          'en': ' It may be a partial refund of a fee, or a refund of a service '
                                'with a range of prices ({names}).'},
 'no_known_price_prime': {'ja': 'この金額は、amazon.co.jpのプライム会費とも、primehelpの情報源にある料金の決まったサービスとも一致しません。',
                          'en': 'This amount matches neither the amazon.co.jp Prime fee nor any '
                                'fixed subscription price primehelp knows.'},
 'fit_us_yen': {'ja': '米ドルの会費を円に換算した額なら、これに当たります。明細の現地利用額（米ドル）で確かめてください。',
                'en': 'If the amount is the dollar fee converted to yen, this is it. Check the '
                      'foreign amount (in dollars) on the statement.'},
 'fit_usual_partial': {'ja': '明細の表記には合います。一部返金の金額は決まっていないため、金額では確かめられません。',
                       'en': 'Fits this statement text. A partial refund has no set amount, so the '
                             'amount cannot confirm it.'},
 'candidates_plain': {'ja': '考えられるもの', 'en': 'What it may be'},
 'plan_former_fee': {'ja': '{plan}、以前の会費', 'en': '{plan}, former fee'},
 'former_fee_assumed_end': {'ja': '{price}は、{date}時点の新規会員の{plan}の会費ではありません（{fee}です）。既存会員の月会費が{fee}になった日は確認できていないため（年間プランと同じ{switch}と考えられます）、以前の会費の請求の可能性もあります。',
                            'en': '{price} is not the {plan} fee for new members on {date} '
                                  "({fee}). The day existing members' monthly fee became {fee} is "
                                  'not confirmed (thought to be {switch}, as for the annual plan), '
                                  'so it may still be a bill at the former fee.'},
 'fit_named_price': {'ja': '明細の表記と金額が合います。', 'en': 'It fits the statement text and the amount.'},
 'fit_named_price_as_of': {'ja': '明細の表記と、{as_of}が合います。',
                           'en': 'It fits the statement text and {as_of}.'},
 'fit_usual_fee_unknown_existing': {'ja': '明細の表記とは合います（その日の既存会員の会費は確認できていないため、金額が合うかどうかは分かりません）。',
                                    'en': "Fits this statement text (existing members' fee on that "
                                          'day is not confirmed, so whether the amount matches is '
                                          'not known).'},
 'former_fee_periods': {'ja': '{price}だった期間：', 'en': 'When the fee was {price}:'},
 'typed_full_width': {'ja': '{text}（入力では全角）', 'en': '{text} (typed in full-width)'}}
