"""Generated from primehelp/data/message_notes.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'verdict': {'red_flags_found': {'ja': '危険な兆候が見つかりました。返信はしないでください。',
                                 'en': 'Red flags found. Do not reply.'},
             'no_red_flags_found': {'ja': '危険な兆候は見つかりませんでした。ただし、Amazonからの連絡だという証明にはなりません。',
                                    'en': 'No red flags found. That does not prove it is from '
                                          'Amazon.'},
             'no_red_flags_entered': {'ja': 'このメッセージに危険な兆候は見つかりませんでしたが、Amazonからの連絡だという証明にはなりません。',
                                      'en': 'No red flags were found in this message, but that '
                                            'does not prove it is from Amazon.'},
             'body_not_read': {'ja': '本文の一部またはすべてを正しく読み取れなかったため、危険な兆候があるかどうかは判定できません。このメッセージのリンクは開かずに、本物かどうか確かめてください。',
                               'en': 'Some or all of the body could not be read correctly, so '
                                     'whether it has red flags cannot be told. Check whether it is '
                                     'genuine without opening its links.'},
             'no_text_body': {'ja': 'このメールの本文は添付ファイルだけで、読み取れる文字がないため、危険な兆候があるかどうかは判定できません。添付ファイルは開かずに、本物かどうか確かめてください。',
                              'en': "This mail's body is only attached files, with no text that "
                                    'could be read, so whether it has red flags cannot be told. '
                                    'Check whether it is genuine without opening the attachments.'},
             'no_text_body_encrypted': {'ja': 'このメールの本文は暗号化されていて、読み取れる文字がないため、危険な兆候があるかどうかは判定できません。暗号化された本文やリンクは開かずに、本物かどうか確かめてください。',
                                        'en': "This mail's body is encrypted, with no text that "
                                              'could be read, so whether it has red flags cannot '
                                              'be told. Check whether it is genuine without '
                                              'opening the encrypted body or its links.'},
             'no_text_body_other': {'ja': 'このメールには読み取れる文字の本文がないため、危険な兆候があるかどうかは判定できません。添付ファイルは開かずに、本物かどうか確かめてください。',
                                    'en': 'This mail has no text in its body that could be read, '
                                          'so whether it has red flags cannot be told. Check '
                                          'whether it is genuine without opening the attachments.'},
             'images_only': {'ja': '本文が画像だけのため、危険な兆候があるかどうかは判定できません。画像の中の文字やリンク、QRコードは、primehelpでは読み取れません。画像はタップやクリックをせず、QRコードも読み取らずに、本物かどうか確かめてください。',
                             'en': 'The body is only images, so whether it has red flags cannot be '
                                   'told: primehelp cannot read the text, links or QR codes in an '
                                   'image. Check whether it is genuine without tapping or clicking '
                                   'the images or scanning a QR code in them.'},
             'not_all_checked': {'ja': 'リンクや電話番号などが多すぎるため、すべては確認できませんでした。危険な兆候があるかどうかは判定できません。リンクは開かず、書かれている番号には電話せずに、本物かどうか確かめてください。',
                                 'en': 'There are too many links, e-mail addresses or phone '
                                       'numbers, so they could not all be checked, and whether it '
                                       'has red flags cannot be told. Check whether it is genuine '
                                       'without opening its links or calling the numbers in it.'},
             'not_all_checked_emails': {'ja': 'メールアドレスが多すぎるため（{total}件のうち{checked}件まで確認）、すべては確認できませんでした。危険な兆候があるかどうかは判定できません。書かれているアドレスにはメールを送らずに、本物かどうか確かめてください。',
                                        'en': 'There are too many e-mail addresses ({checked} of '
                                              '{total} checked), so they could not all be checked, '
                                              'and whether it has red flags cannot be told. Check '
                                              'whether it is genuine without writing to the '
                                              'addresses in it.'},
             'not_all_checked_numbers': {'ja': '電話番号が多すぎるため（最初の{checked}件まで確認）、すべては確認できませんでした。危険な兆候があるかどうかは判定できません。書かれている番号には電話せずに、本物かどうか確かめてください。',
                                         'en': 'There are too many phone numbers (the first '
                                               '{checked} checked), so they could not all be '
                                               'checked, and whether it has red flags cannot be '
                                               'told. Check whether it is genuine without calling '
                                               'the numbers in it.'},
             'not_all_checked_links': {'ja': 'リンクが多すぎるため（最初の{checked}件まで確認）、すべては確認できませんでした。危険な兆候があるかどうかは判定できません。リンクは開かずに、本物かどうか確かめてください。',
                                       'en': 'There are too many links (the first {checked} '
                                             'checked), so they could not all be checked, and '
                                             'whether it has red flags cannot be told. Check '
                                             'whether it is genuine without opening its links.'}},
 'red_flags_with': {'attachments': {'ja': '危険な兆候が見つかりました。添付ファイルを開いたり、返信したりしないでください。',
                                    'en': 'Red flags found. Do not open the attached files, and do '
                                          'not reply.'},
                    'attachments_and_links': {'ja': '危険な兆候が見つかりました。添付ファイルやリンクを開いたり、返信したりしないでください。',
                                              'en': 'Red flags found. Do not open the attached '
                                                    'files or the links, and do not reply.'},
                    'links': {'ja': '危険な兆候が見つかりました。リンクを開いたり、返信したりしないでください。',
                              'en': 'Red flags found. Do not open the links or reply.'},
                    'numbers': {'ja': '危険な兆候が見つかりました。書かれている番号に電話したり、返信したりしないでください。',
                                'en': 'Red flags found. Do not call the numbers in it, and do not '
                                      'reply.'},
                    'links_and_numbers': {'ja': '危険な兆候が見つかりました。リンクを開いたり、番号に電話したり、返信したりしないでください。',
                                          'en': 'Red flags found. Do not open the links or call '
                                                'the numbers in it, and do not reply.'},
                    'domains': {'ja': '危険な兆候が見つかりました。書かれているサイトを開いたり、返信したりしないでください。',
                                'en': 'Red flags found. Do not go to the site named in it, and do '
                                      'not reply.'},
                    'domains_and_numbers': {'ja': '危険な兆候が見つかりました。書かれているサイトを開いたり、番号に電話したり、返信したりしないでください。',
                                            'en': 'Red flags found. Do not go to the site or call '
                                                  'the numbers named in it, and do not reply.'},
                    'addresses': {'ja': '危険な兆候が見つかりました。書かれているアドレスにメールを送ったり、返信したりしないでください。',
                                  'en': 'Red flags found. Do not write to the address in it, and '
                                        'do not reply.'},
                    'links_and_addresses': {'ja': '危険な兆候が見つかりました。リンクを開いたり、書かれているアドレスにメールを送ったり、返信したりしないでください。',
                                            'en': 'Red flags found. Do not open the links or write '
                                                  'to the address in it, and do not reply.'},
                    'numbers_and_addresses': {'ja': '危険な兆候が見つかりました。書かれている番号に電話したり、アドレスにメールを送ったり、返信したりしないでください。',
                                              'en': 'Red flags found. Do not call the numbers or '
                                                    'write to the address in it, and do not '
                                                    'reply.'},
                    'links_and_numbers_and_addresses': {'ja': '危険な兆候が見つかりました。リンクを開いたり、書かれている番号に電話したり、アドレスにメールを送ったり、返信したりしないでください。',
                                                        'en': 'Red flags found. Do not open the '
                                                              'links, call the numbers or write to '
                                                              'the address in it, and do not '
                                                              'reply.'},
                    'domains_and_addresses': {'ja': '危険な兆候が見つかりました。書かれているサイトを開いたり、メールアドレスにメールを送ったり、返信したりしないでください。',
                                              'en': 'Red flags found. Do not go to the site or '
                                                    'write to the e-mail address named in it, and '
                                                    'do not reply.'},
                    'domains_and_numbers_and_addresses': {'ja': '危険な兆候が見つかりました。書かれているサイトを開いたり、番号に電話したり、メールアドレスにメールを送ったり、返信したりしないでください。',
                                                          'en': 'Red flags found. Do not go to the '
                                                                'site, call the numbers or write '
                                                                'to the e-mail address named in '
                                                                'it, and do not reply.'},
                    'calls': {'ja': '危険な兆候が見つかりました。電話をかけたり、返信したりしないでください。Amazonはこちらからかける電話番号を公開していないため、ネットなどで見つけた番号にもかけないでください。',
                              'en': 'Red flags found. Do not call or reply. Amazon publishes no '
                                    'number to dial, so do not call a number you find online '
                                    'either.'},
                    'links_and_calls': {'ja': '危険な兆候が見つかりました。リンクを開いたり、電話をかけたり、返信したりしないでください。Amazonはこちらからかける電話番号を公開していないため、ネットなどで見つけた番号にもかけないでください。',
                                        'en': 'Red flags found. Do not open the links, call or '
                                              'reply. Amazon publishes no number to dial, so do '
                                              'not call a number you find online either.'},
                    'domains_and_calls': {'ja': '危険な兆候が見つかりました。書かれているサイトを開いたり、電話をかけたり、返信したりしないでください。Amazonはこちらからかける電話番号を公開していないため、ネットなどで見つけた番号にもかけないでください。',
                                          'en': 'Red flags found. Do not go to the site named in '
                                                'it, call or reply. Amazon publishes no number to '
                                                'dial, so do not call a number you find online '
                                                'either.'},
                    'calls_and_addresses': {'ja': '危険な兆候が見つかりました。電話をかけたり、書かれているアドレスにメールを送ったり、返信したりしないでください。Amazonはこちらからかける電話番号を公開していないため、ネットなどで見つけた番号にもかけないでください。',
                                            'en': 'Red flags found. Do not call, write to the '
                                                  'address in it or reply. Amazon publishes no '
                                                  'number to dial, so do not call a number you '
                                                  'find online either.'},
                    'links_and_calls_and_addresses': {'ja': '危険な兆候が見つかりました。リンクを開いたり、電話をかけたり、書かれているアドレスにメールを送ったり、返信したりしないでください。Amazonはこちらからかける電話番号を公開していないため、ネットなどで見つけた番号にもかけないでください。',
                                                      'en': 'Red flags found. Do not open the '
                                                            'links, call, write to the address in '
                                                            'it or reply. Amazon publishes no '
                                                            'number to dial, so do not call a '
                                                            'number you find online either.'},
                    'domains_and_calls_and_addresses': {'ja': '危険な兆候が見つかりました。書かれているサイトを開いたり、電話をかけたり、メールアドレスにメールを送ったり、返信したりしないでください。Amazonはこちらからかける電話番号を公開していないため、ネットなどで見つけた番号にもかけないでください。',
                                                        'en': 'Red flags found. Do not go to the '
                                                              'site, call, write to the e-mail '
                                                              'address named in it or reply. '
                                                              'Amazon publishes no number to dial, '
                                                              'so do not call a number you find '
                                                              'online either.'}},
 'limits': {'from_proves_nothing': {'id': 'message.limit.from_proves_nothing',
                                    'ja': '差出人の欄が本物かどうかは確認できません（偽装できるため）。order-update@amazon.co.jp '
                                          'から届いたように見える偽のメールもあります。',
                                    'en': 'Whether the From line is genuine cannot be checked (it '
                                          'can be forged): fakes arrive that look as if sent from '
                                          'order-update@amazon.co.jp.',
                                    'confidence': 'H',
                                    'checked': datetime.date(2026, 12, 2),
                                    'sources': ['https://misanblog.com/amazon-spam-email']},
            'from_proves_nothing_mail': {'id': 'message.limit.from_proves_nothing_mail',
                                         'ja': 'ただし、差出人の欄は偽装できるため、それだけでは本物かどうか分かりません（order-update@amazon.co.jp '
                                               'から届いたように見える偽のメールもあります）。',
                                         'en': 'But the From line can be forged, so it alone does '
                                               'not show whether a mail is genuine (fakes arrive '
                                               'that look as if sent from '
                                               'order-update@amazon.co.jp).',
                                         'alone': {'ja': '差出人の欄は偽装できるため、それだけでは本物かどうか分かりません（order-update@amazon.co.jp '
                                                         'から届いたように見える偽のメールもあります）。',
                                                   'en': 'The From line can be forged, so it alone '
                                                         'does not show whether a mail is genuine '
                                                         '(fakes arrive that look as if sent from '
                                                         'order-update@amazon.co.jp).'},
                                         'confidence': 'H',
                                         'checked': datetime.date(2026, 12, 2),
                                         'sources': ['https://misanblog.com/amazon-spam-email']},
            'fee_proves_nothing': {'id': 'message.limit.fee_proves_nothing',
                                   'ja': '偽のメールにも本物と同じプライム会費（月額600円）が書かれています。金額が合っていても、本物とは限りません。',
                                   'en': 'Fake mails quote the real Prime fee (600 yen a month): a '
                                         'correct amount proves nothing.',
                                   'confidence': 'H',
                                   'checked': datetime.date(2026, 12, 2),
                                   'sources': ['https://sbapp.net/?p=178551 (2025-10-24)']},
            'links_not_opened': {'ja': 'primehelpはリンクを開きません。リンク先から別のページに移動するかどうかや、ページに何が書かれているかは分かりません。',
                                 'en': 'primehelp opens no link: where a link redirects and what '
                                       'the page says are unknown.'},
            'no_headers': {'ja': 'メールのヘッダー（From、Return-Path、Authentication-Results）がないため、送信元は確認できませんでした。メールの場合は、ヘッダーを含む元のメッセージ（.eml）を指定すると、より多くを確認できます。',
                           'en': 'There are no e-mail headers (From, Return-Path, '
                                 'Authentication-Results), so the sender could not be checked. For '
                                 'an e-mail, pass the original message with its headers (.eml) to '
                                 'check more.'},
            'no_headers_text': {'id': 'message.limit.no_headers',
                                'ja': 'メールの場合は、ヘッダーを含む元のメッセージ（.eml）を指定すると、送信元も確認できます。',
                                'en': 'For an e-mail, pass the original message with its headers '
                                      '(.eml) to check the sender too.'},
            'no_authentication': {'ja': 'このメールにはAuthentication-Resultsヘッダーがないため、送信元の認証（SPF・DKIM・DMARC）の結果は分かりません。',
                                  'en': 'The mail has no Authentication-Results header: the sender '
                                        'checks (SPF, DKIM, DMARC) are unknown.'},
            'authentication_written_by_server': {'ja': 'Authentication-Results（認証結果）は、受信したメールサーバーが書き込むものです。書き込んだサーバーがどこなのかは、primehelpでは確認できません。',
                                                 'en': 'Authentication-Results is written by a '
                                                       'mail server; primehelp cannot tell which '
                                                       'server wrote it.'},
            'received_spf_only': {'ja': 'このメールにはAuthentication-Resultsヘッダーがないため、DKIM・DMARCの結果は分かりません。SPFの結果はReceived-SPFヘッダーから読み取りました。このヘッダーもメールサーバーが書き込むもので、primehelpには、どのサーバーが書いたのかまでは確認できません。',
                                  'en': 'The mail has no Authentication-Results header: DKIM and '
                                        'DMARC are unknown. The SPF result was read from the '
                                        'Received-SPF header, which a mail server writes too; '
                                        'primehelp cannot tell which server wrote it.'},
            'short_link_destination': {'ja': '短縮リンクの本当のリンク先は、開かないと分かりません。',
                                       'en': 'Where a short link really leads cannot be known '
                                             'without opening it.'},
            'no_text_body': {'ja': '本文を読み取れないため、リンクや電話番号が書かれているかどうかは確認できませんでした。',
                             'en': 'The body could not be read, so whether it gives links or phone '
                                   'numbers could not be checked.'},
            'no_text_body_encrypted': {'id': 'message.limit.no_text_body',
                                       'ja': '本文が暗号化されているため、本文の中身は確認できませんでした。',
                                       'en': 'The body is encrypted, so what it says could not be '
                                             'checked.'},
            'parts_not_read': {'ja': '画像や添付ファイルの中身は確認していません。',
                               'en': 'Images and attachments were not examined.'},
            'images_not_read': {'ja': '画像の中身（QRコードや、画像として書かれた文字・リンク）は確認していません。',
                                'en': 'Images (a QR code, or text and links drawn in a picture) '
                                      'were not examined.'},
            'images_only': {'ja': '画像の中身（QRコードや、画像として書かれた文字・リンク）は確認していません。',
                            'en': 'Images (a QR code, or text and links drawn in a picture) were '
                                  'not examined.'},
            'scripts_not_run': {'ja': 'このメールにはスクリプト（JavaScript）が含まれています。primehelpはスクリプトを実行しないため、ボタンを押したときや、保存したページを開いたときの移動先は、確認できていません。',
                                'en': 'The mail contains scripts (JavaScript). primehelp does not '
                                      'run them, so where the saved page goes when it is opened, '
                                      'or when a button is pressed, was not checked.'},
            'summary_only': {'ja': 'Gmailの「元のメッセージを表示」の概要を、メールのヘッダーとして読み取りました。メールの本文は含まれていないため、本文のリンクや電話番号は確認できていません。',
                             'en': "Gmail's “Show original” summary was read as the mail's "
                                   'headers. The body of the mail is not included, so links and '
                                   'phone numbers in it were not checked.'},
            'mail_cut_off': {'ja': 'メールの終わりが欠けているようです（途中で切れたファイルの可能性があります）。欠けた部分のリンクや電話番号は確認していません。',
                             'en': 'The end of the mail seems to be missing (the file may have '
                                   'been cut short): links and phone numbers in the missing part '
                                   'were not checked.'},
            'body_not_read': {'ja': '本文の一部またはすべてを読み取れませんでした（文字コードが分からないか、本文のデータが壊れています）。読み取れなかった本文のリンクや電話番号は確認していません。',
                              'en': 'Some or all of the body could not be read (the character set '
                                    "is unknown or the body's data is damaged): links and phone "
                                    'numbers in it were not checked.'},
            'too_many_items': {'ja': 'リンクや電話番号などが非常に多いため、一部だけ確認しました。確認したのは、リンクは最初の5,000件、メールアドレスと電話番号は最初の200件です。',
                               'en': 'There are very many links, e-mail addresses or phone '
                                     'numbers: only some were examined (the first 5,000 links, and '
                                     'the first 200 e-mail addresses and phone numbers).'},
            'japanese_domains': {'ja': 'https:// などが付いていない日本語のドメイン名は、リンクとして見つけられないことがあります。',
                                 'en': 'A domain written in Japanese characters without https:// '
                                       'may not be recognised as a link.'},
            'asks_other': {'ja': 'この連絡は{what}を求めています。primehelpにはこれを判断する情報がないため、兆候には数えていません。このような依頼には応じず、まず「メッセージセンター」に同じ連絡が届いているか確認してください。',
                           'en': 'It asks for {what}. primehelp has no information to judge this '
                                 'by, so it is not counted as a red flag. Do not do what it asks; '
                                 'first check whether the same message is in 「メッセージセンター」 (Message '
                                 'Centre).',
                           'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
            'threat_other': {'ja': 'この連絡には{words}と書かれています。primehelpにはこのような{kind}を判断する情報がないため、兆候には数えていません。慌てて応じず、まず「メッセージセンター」に同じ連絡が届いているか確認してください。',
                             'en': 'It says {words}. primehelp has no information to judge such a '
                                   '{kind} by, so it is not counted as a red flag. Do not act in a '
                                   'hurry; first check whether the same message is in 「メッセージセンター」 '
                                   '(Message Centre).',
                             'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
            'forwarded_inline': {'ja': '転送されたメールです。本文に書かれている元のメールの差出人と件名は確認しましたが、送信元の認証（SPF・DKIM・DMARC）の結果などの元のヘッダーは含まれていないため分かりません。元のメールを '
                                       '.eml で保存して確認してください。',
                                 'en': "This mail was forwarded. The original's sender and subject "
                                       'written in the body were checked, but its other headers, '
                                       'such as the sender checks (SPF, DKIM, DMARC), are not '
                                       'included and are unknown. Save the original mail as .eml '
                                       'and check that.'},
            'forwarded_inline_pasted': {'ja': '本文に書かれていた差出人と件名は確認しましたが、送信元の認証（SPF・DKIM・DMARC）の結果などのヘッダーは含まれていないため分かりません。メールを '
                                              '.eml で保存して確認してください。',
                                        'en': 'The sender and subject written in the text were '
                                              "checked, but the mail's other headers, such as the "
                                              'sender checks (SPF, DKIM, DMARC), are not included '
                                              'and are unknown. Save the mail as .eml and check '
                                              'that.'},
            'forwarder_words': {'ja': '転送の区切りの行より上にある文章は、転送するときに書き添えられたもの（元のメールの文面ではないもの）として、文面の兆候（カード情報の要求など）には数えていません。その部分のリンク、メールアドレス、電話番号は確認しています。ご自分やご家族が書き添えた文章でなければ、その部分にも注意してください。',
                                'en': "The words above the forward's marker line are taken as a "
                                      "note added when forwarding, not the mail's own text, so "
                                      'their wording was not checked for red flags (such as a '
                                      'request for card details); their links, e-mail addresses '
                                      'and phone numbers were checked. If you or your family did '
                                      'not write them, treat them with the same caution.'},
            'payment_notice': {'ja': '支払いの失敗を知らせる文面があります。本物かどうかは、Amazonのアプリやブックマークから開いたアカウントサービスで確認してください。',
                               'en': 'It says that a payment failed. Whether that is true, check '
                                     'in your account, opened from the Amazon app or a bookmark.'},
            'mentioned_unasked': {'ja': 'この連絡には、{what}について書かれていますが、入力や送信を求めているかどうかは判断できなかったため、兆候には数えていません。{what}の入力や送信を求める連絡は、詐欺を疑ってください。応じる前に、「メッセージセンター」に同じ連絡が届いているか確認してください。',
                                  'en': 'It mentions {what}, but primehelp could not tell whether '
                                        'it asks you to enter or send them, so this is not counted '
                                        'as a red flag. Suspect any message that asks you to enter '
                                        'or send {what}. Before you respond, check whether the '
                                        'same message is in 「メッセージセンター」 (Message Centre).',
                                  'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
            'hidden_inside': {'id': 'message.limit.hidden_text',
                              'ja': 'このメールの本文には、画面に表示されない文字（HTMLで見えなくした文字）が、表示される言葉の途中に入っています。primehelpは、画面に表示される文字だけを読んで確認しました。',
                              'en': 'The body of this mail holds text that is not shown on screen '
                                    '(made invisible in the HTML) inside the words that are shown. '
                                    'primehelp checked only the text that is shown.'},
            'hidden_apart': {'ja': 'このメールの本文には、画面に表示されない文字（HTMLで見えなくした文字）が含まれています。primehelpは、画面に表示される文字だけを読んで確認しました。',
                             'en': 'The body of this mail holds text that is not shown on screen '
                                   '(made invisible in the HTML). primehelp checked only the text '
                                   'that is shown.'},
            'number_labelled': {'ja': '{number} '
                                      'は、配送業者や出品者の連絡先として書かれています。Amazonが公開している番号ではなく、誰の番号かはprimehelpには分かりません。電話をかける前に、その会社の公式サイトに同じ番号が載っているか確かめてください。',
                                'en': "{number} is given as a carrier's or a seller's number. It "
                                      'is not a number Amazon publishes, and primehelp cannot tell '
                                      "whose it is: before calling, check that the company's own "
                                      'website gives the same number.',
                                'sources': ['https://appllio.com/amazon-contact-telephone-chat']},
            'more_links': {'ja': 'リンクが非常に多いため、「読み取った内容」には{listed}件だけを載せています（ほかに{more}件）。リンク先のドメインは、載せていないものも含めてすべて確認しました。',
                           'en': 'There are very many links: only {listed} of them are listed '
                                 'under “What was read” ({more} more are not). The domain of every '
                                 'link, listed or not, was checked.'},
            'more_links_cut': {'ja': 'リンクが非常に多いため、「読み取った内容」には{listed}件だけを載せています（確認した{checked}件のうち、ほかに{more}件）。最初の{limit}件より後のリンクは確認していません。',
                               'en': 'There are very many links: only {listed} of the {checked} '
                                     'links checked are listed under “What was read” ({more} more '
                                     'are not). Links after the first {limit} were not checked.'},
            'webmail_links': {'ja': 'このファイルは、{service}の画面をウェブページとして保存したもののようです。{service}の画面のリンク（{count}件：{links}）は、primehelpがメールサービスの画面のリンクとして分けたため、メッセージのリンクとしては確認していません。メールを「.eml」の形式（元のメッセージ）で保存して確認すると、メールサービスの画面を含まずに、メッセージのリンクをすべて確認できます。',
                              'en': 'This file looks like a page of {service} saved as a web page. '
                                    'primehelp set apart the links of the {service} page ({count}: '
                                    "{links}) as the mail service's page links, and did not check "
                                    "them as the message's. Save the mail as an .eml file (the "
                                    'original message) and check that, to have all of the '
                                    "message's links checked without the mail service's page."},
            'webmail_maybe': {'ja': 'このファイルには{service}へのリンクがあります。メールサービスの画面を保存したものなら、その画面のリンクも、メッセージのリンクとして確認に含まれている場合があります。メールを「.eml」の形式（元のメッセージ）で保存して確認すると、メッセージのリンクだけを確認できます。',
                              'en': 'This file links to {service}. If it is a saved page of the '
                                    'mail service, the links of that page may be counted with the '
                                    "message's links. Save the mail as an .eml file (the original "
                                    "message) and check that to have only the message's links "
                                    'checked.'},
            'other_parts_not_read': {'ja': '画像など、ほかの部分の中身も確認していません。',
                                     'en': 'Images and the other parts were not examined either.'}},
 'advice': {'message_centre': {'id': 'message.advice.message_centre',
                               'ja': 'Amazonのアプリやブックマークからアカウントサービスを開き、「メッセージセンター」で確認してください。届いたメッセージのリンクは開かないでください。',
                               'en': 'Look in the Message Centre (「メッセージセンター」) of your account, '
                                     'opened from the Amazon app or a bookmark, not from a link in '
                                     'the message.',
                               'confidence': 'H',
                               'checked': datetime.date(2026, 12, 2),
                               'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails',
                                           'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']},
            'message_centre_no_link': {'id': 'message.advice.message_centre_no_link',
                                       'ja': 'Amazonのアプリやブックマークからアカウントサービスを開き、「メッセージセンター」で確認してください。',
                                       'en': 'Look in the Message Centre (「メッセージセンター」) of your '
                                             'account, opened from the Amazon app or a bookmark.',
                                       'confidence': 'H',
                                       'checked': datetime.date(2026, 12, 2),
                                       'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails',
                                                   'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']},
            'report': {'id': 'message.advice.report',
                       'ja': '不審な連絡は、サインインして「不審な連絡について報告する」から報告できます。アカウントがない場合の報告先は '
                             'reportascam@amazon.com です。',
                       'en': 'Report a suspicious contact: signed in, use 「不審な連絡について報告する」 (report '
                             'a suspicious contact); without an account, write to '
                             'reportascam@amazon.com.',
                       'confidence': 'H',
                       'checked': datetime.date(2026, 12, 2),
                       'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']}},
 'gift_card_given': {'id': 'message.entered.gift_card',
                     'ja': 'Amazonに早めに報告してください。サインインして「不審な連絡について報告する」から報告できます（アカウントがない場合は '
                           'reportascam@amazon.com）。ギフトカードの番号を伝えてしまった場合は、そのことも伝えてください。',
                     'en': 'Report it to Amazon soon: signed in, through 「不審な連絡について報告する」 (report a '
                           'suspicious contact), or without an account to reportascam@amazon.com. '
                           "If you gave a gift card's number, say so too.",
                     'confidence': 'H',
                     'checked': datetime.date(2026, 12, 2),
                     'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']},
 'entered': [{'id': 'message.entered.card_company',
              'ja': 'クレジットカードの情報を入力した場合は、カードを止めてもらうよう、カード会社に電話してください。',
              'en': 'If you entered credit card details, call your card company and have the card '
                    'stopped.',
              'confidence': 'H',
              'checked': datetime.date(2026, 12, 2),
              'sources': ['https://www.pref.aichi.jp/police/anzen/cyber/soudan/phishing.html']},
             {'id': 'message.entered.password',
              'ja': 'Amazonのパスワードを変更してください。同じパスワードを使っているほかのサービスも、すべて変更してください。',
              'en': 'Change your Amazon password, and the same password everywhere else you use '
                    'it.',
              'confidence': 'H',
              'checked': datetime.date(2026, 12, 2),
              'sources': ['https://www.pref.aichi.jp/police/anzen/cyber/soudan/phishing.html']},
             {'id': 'message.entered.two_step',
              'ja': '2段階認証をオンにしてください（amazon.jp/2SV）。',
              'en': 'Turn on 2-step verification (amazon.jp/2SV).',
              'confidence': 'H',
              'checked': datetime.date(2026, 12, 2),
              'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
             {'id': 'message.entered.report',
              'ja': 'Amazonに早めに報告してください。サインインして「不審な連絡について報告する」から報告できます（アカウントがない場合は '
                    'reportascam@amazon.com）。ギフトカードの番号を伝えてしまった場合は、そのことも伝えてください。',
              'en': 'Report it to Amazon soon: signed in, through 「不審な連絡について報告する」 (report a '
                    'suspicious contact), or without an account to reportascam@amazon.com. If you '
                    "gave a gift card's number, say so too.",
              'confidence': 'H',
              'checked': datetime.date(2026, 12, 2),
              'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']},
             {'id': 'message.entered.police',
              'ja': '警察相談専用電話（#9110）か、都道府県警察のサイバー犯罪相談窓口に相談してください。',
              'en': "Consult the police: #9110 (police consultation line) or your prefecture's "
                    'cyber-crime desk (サイバー犯罪相談窓口).',
              'confidence': 'H',
              'checked': datetime.date(2026, 12, 2),
              'sources': ['https://www.pref.aichi.jp/police/anzen/cyber/soudan/phishing.html']},
             {'id': 'message.entered.hotline',
              'ja': 'お金の被害や契約の問題は、消費者ホットライン188に相談できます。',
              'en': 'For lost money or a contract problem, call the consumer hotline 188.',
              'confidence': 'H',
              'checked': datetime.date(2026, 12, 2),
              'sources': ['https://www.caa.go.jp/policies/policy/local_cooperation/local_consumer_administration/hotline/']}]}
