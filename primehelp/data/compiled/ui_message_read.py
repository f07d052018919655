"""Generated from primehelp/data/ui_message_read.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'scam_own': {'threat': {'ja': '{word}自体はAmazonも使う言い方です。期限を切ったり、制限や停止を知らせたりしていることが兆候です。',
                         'en': '{word} itself is wording Amazon uses too. The sign is the deadline '
                               'or the warning of a limit or suspension.'},
              'deadline': {'ja': '{word}自体はAmazonも使う言い方です。期限を切っていることが兆候です。',
                           'en': '{word} itself is wording Amazon uses too. The sign is the '
                                 'deadline.'},
              'limit': {'ja': '{word}自体はAmazonも使う言い方です。制限や停止を知らせていることが兆候です。',
                        'en': '{word} itself is wording Amazon uses too. The sign is the warning '
                              'of a limit or suspension.'},
              'hurry': {'ja': '{word}自体はAmazonも使う言い方です。急いで手続きするよう求めていることが兆候です。',
                        'en': '{word} itself is wording Amazon uses too. The sign is the pressure '
                              'to act at once.'},
              'sign_in': {'ja': '{word}自体はAmazonも使う言い方です。メッセージからサインインを求めていることが兆候です。',
                          'en': '{word} itself is wording Amazon uses too. The sign is the request '
                                'to sign in from the message.'},
              'sign_in_deadline': {'ja': '{word}自体はAmazonも使う言い方です。期限を切っていることと、メッセージからサインインを求めていることが兆候です。',
                                   'en': '{word} itself is wording Amazon uses too. The signs are '
                                         'the deadline and the request to sign in from the '
                                         'message.'},
              'sign_in_threat': {'ja': '{word}自体はAmazonも使う言い方です。制限や停止を知らせていることと、メッセージからサインインを求めていることが兆候です。',
                                 'en': '{word} itself is wording Amazon uses too. The signs are '
                                       'the warning of a limit or suspension and the request to '
                                       'sign in from the message.'},
              'sign_in_all': {'ja': '{word}自体はAmazonも使う言い方です。期限を切っていること、制限や停止を知らせていること、メッセージからサインインを求めていることが兆候です。',
                              'en': '{word} itself is wording Amazon uses too. The signs are the '
                                    'deadline, the warning of a limit or suspension and the '
                                    'request to sign in from the message.'},
              'said': {'ja': '{word}自体はAmazonも使う言い方です。',
                       'en': '{word} itself is wording Amazon uses too.'},
              'account_service': {'ja': 'ただし、アカウントサービスから自分で更新するよう案内しているだけなら、Amazonの本物の連絡でも使われる言い方です。',
                                  'en': 'However, if it only tells you to update it yourself in '
                                        'Your Account (アカウントサービス), genuine Amazon messages use '
                                        'this wording too.'},
              'amount': {'ja': '書かれている金額（{amount}円）は本物の会費と同じですが、金額が正しくても、Amazonからの連絡だという証明にはなりません。',
                         'en': 'The amount written ({amount} yen) is the same as the real fee, but '
                               'a correct amount does not prove that the message is from Amazon.'},
              'amount_word': {'ja': '金額の記載（{words}）', 'en': 'an amount ({words})'},
              'reminder': {'ja': 'Amazonの本物の更新前のお知らせに似せた詐欺がよく報告されています。本物のお知らせが、リンクからカード情報の入力を求めることはありません。会員資格更新日は、Amazonのアプリやブックマークから開いた「Amazonプライム会員情報」のページで確認してください。',
                           'en': "Scams imitating Amazon's genuine renewal reminder are reported "
                                 'often. The genuine reminder never asks you to enter card details '
                                 'through a link. Check your renewal date (「会員資格更新日」) on the '
                                 '「Amazonプライム会員情報」 page, opened from the Amazon app or a '
                                 'bookmark.'}},
 'form_target_ip': {'ja': 'メッセージの中に入力フォームがあり、入力した内容は {domain} '
                          'に送られます。送信先はIPアドレスで、Amazonのサイトではありません。このフォームには何も入力しないでください。',
                    'en': 'The message holds a form, and what you type in it is sent to {domain}, '
                          "an IP address, not Amazon's site. Do not type anything into this form."},
 'read': {'kind_text': {'ja': 'テキスト', 'en': 'text'},
          'kind_email': {'ja': 'ヘッダー付きのメール', 'en': 'e-mail with headers'},
          'as': {'ja': '形式', 'en': 'Read as'},
          'kind_and_encoding': {'ja': '{kind}（文字コード：{encoding}）', 'en': '{kind} · {encoding}'},
          'kind_no_charset': {'ja': '{kind}（文字コードの指定なし）',
                              'en': '{kind} · no character set declared'},
          'subject': {'ja': '件名', 'en': 'Subject'},
          'from': {'ja': '差出人', 'en': 'From'},
          'reply_to': {'ja': '返信先（Reply-To）', 'en': 'Reply-To'},
          'return_path': {'ja': '返送先（Return-Path）', 'en': 'Return-Path'},
          'envelope_agrees': {'ja': '（受信したメールサーバーの認証結果に記録された送信元も、同じドメインです）',
                              'en': " (the sender recorded in the receiving mail server's "
                                    'authentication results has the same domain)'},
          'envelope_sender': {'ja': '{sender}（受信したサーバーの記録から）',
                              'en': "{sender} (from the receiving server's record)"},
          'authentication': {'ja': '認証結果', 'en': 'Sender checks'},
          'auth': {'pass': {'ja': '認証に成功', 'en': 'passed'},
                   'all_pass': {'ja': '{methods} がいずれも pass（認証に成功）', 'en': '{methods}: all pass'},
                   'pass_proves_nothing': {'ja': '認証に成功していても、Amazonからの連絡だという証明にはなりません。',
                                           'en': 'A pass does not prove that the mail is from '
                                                 'Amazon.'},
                   'other_dkim': {'ja': '{domain} の署名で、差出人のドメインの署名ではありません',
                                  'en': "signed by {domain}, not by the sender's domain"},
                   'other_dmarc': {'ja': '{domain} についての結果で、差出人のドメインの結果ではありません',
                                   'en': "a result for {domain}, not for the sender's domain"},
                   'other_spf': {'ja': '{domain} についての結果で、差出人のドメインの結果ではありません',
                                 'en': "a result for {domain}, not for the sender's domain"},
                   'received_spf': {'ja': 'Received-SPFヘッダーによる',
                                    'en': 'from the Received-SPF header'},
                   'fail': {'ja': '認証に失敗', 'en': 'failed'},
                   'softfail': {'ja': '認証に失敗', 'en': 'failed'},
                   'permerror': {'ja': '認証に失敗', 'en': 'failed'},
                   'none_dkim': {'ja': '署名なし', 'en': 'no signature'},
                   'none_spf': {'ja': 'SPFの設定なし', 'en': 'no SPF record'},
                   'none_dmarc': {'ja': 'DMARCの設定なし', 'en': 'no DMARC policy'}},
          'link': {'ja': 'リンク', 'en': 'Link'},
          'form_target': {'ja': '入力フォームの送信先', 'en': 'Form sends to'},
          'domain_in_text': {'ja': '本文中のドメイン名', 'en': 'Domain name in the text'},
          'shown_as': {'ja': 'リンクの文字', 'en': 'Link text'},
          'link_text_quoted': {'ja': '（リンクの文字）', 'en': ' (link text)'},
          'shown_only': {'ja': '（画面にこう表示されているだけで、実際のリンク先は上のアドレスです）',
                         'en': '(only what the screen shows: the link goes to the address above)'},
          'written_wide': {'ja': '（全角で書かれていたリンクを半角に直しています）',
                           'en': '(written in full-width characters in the message; shown here '
                                 'converted)'},
          'written_wide_name': {'ja': '（全角で書かれていた名前を半角に直しています）',
                                'en': '(written in full-width characters in the message; shown '
                                      'here converted)'},
          'amazon': {'ja': 'Amazonのドメイン', 'en': "Amazon's domain"},
          'amazon_not_from_here': {'ja': 'Amazonのドメインですが、ここからは開かないでください',
                                   'en': "Amazon's domain, but do not open it from this message"},
          'amazon_written': {'ja': 'Amazonのドメインですが、書かれているだけでは送信元の証明にはなりません',
                             'en': "Amazon's domain, but its being written there does not show who "
                                   'sent the message'},
          'amazon_short_link': {'ja': 'Amazonの短縮リンク', 'en': "Amazon's short link"},
          'not_amazon': {'ja': 'Amazon以外のドメイン', 'en': "not Amazon's domain"},
          'hosting': {'ja': '誰でも使える{service}のドメインです。Amazonのサイトではありません',
                      'en': "a {service} anyone can use, not Amazon's site"},
          'hosting_flag': {'ja': '{service}。兆候{number}',
                           'en': 'a {service}; see red flag {number}'},
          'more_links': {'ja': '{domain} ほか{count}件（{owner}）',
                         'en': '{domain} and {count} more ({owner})'},
          'more_links_one': {'ja': '{domain} へのほかのリンク{count}件（{owner}）',
                             'en': '{count} more links to {domain} ({owner})'},
          'sign_only': {'ja': '兆候{number}', 'en': 'see red flag {number}'},
          'with_sign': {'ja': '{owner}。兆候{number}', 'en': '{owner}; see red flag {number}'},
          'ip_not_amazon': {'ja': 'IPアドレスです。Amazonのサイトではありません',
                            'en': "an IP address, not Amazon's site"},
          'address': {'ja': 'メールアドレス', 'en': 'Address'},
          'phone': {'ja': '電話番号', 'en': 'Phone number'},
          'see_flag': {'ja': '（兆候{number}）', 'en': ' (see red flag {number})'},
          'nothing': {'ja': 'リンク、メールアドレス、電話番号はありませんでした。',
                      'en': 'No links, e-mail addresses or phone numbers.'},
          'nothing_body': {'ja': '本文には、リンク、メールアドレス、電話番号はありませんでした。',
                           'en': 'No links, e-mail addresses or phone numbers in the body.'},
          'joined': {'ja': '（改行で分かれていたリンクをつなげて読みました）',
                     'en': '(split over two lines in the message; read as one link)'},
          'charset_guessed': {'ja': 'primehelpが対応していない文字コードのため、文字コードを推定して読みました。本文の一部を正しく読めていない可能性があります。',
                              'en': 'primehelp does not support this character set, so the body '
                                    'was read by guessing; part of it may not have been read '
                                    'right.'},
          'kind_html': {'ja': 'ウェブページとして保存したメール', 'en': 'e-mail saved as a web page'},
          'forwarded': {'ja': '転送されたメール', 'en': 'Forwarded mail'},
          'attached_mail': {'ja': '添付されていた元のメールを確認しました。下の件名、差出人、認証結果は元のメールのものです（転送した人：{sender}）。',
                            'en': 'The original mail attached to it was checked; the subject, '
                                  "sender and authentication below are that mail's (forwarded by "
                                  '{sender}).'},
          'attached_label': {'ja': '添付されていたメール', 'en': 'Attached mail'},
          'attached_only': {'ja': '差出人：{sender}。添付されたメールのヘッダーは、送った人が書き換えられます。下の件名、差出人、認証結果は、受け取ったメールのものです。添付されたメールの本文は、このメールの本文として確認しました。',
                            'en': 'From: {sender}. The headers of an attached mail can be written '
                                  'by whoever sent it: the subject, sender and authentication '
                                  "below are those of the mail you received. The attached mail's "
                                  "text was checked as this mail's text."},
          'not_listed': {'ja': 'Amazonが自社のものとして挙げていないドメイン',
                         'en': 'a domain Amazon does not list as its own'},
          'nothing_text': {'ja': '本文の文字には、リンク、メールアドレス、電話番号はありませんでした（画像の中身は確認していません）。',
                           'en': 'No links, e-mail addresses or phone numbers in the text of the '
                                 'body (images were not examined).'},
          'nothing_images_only': {'ja': '本文には画像しかなく、文字はありませんでした。',
                                  'en': 'The body holds only images, no text.'},
          'nothing_script': {'ja': 'リンク、メールアドレス、電話番号はありませんでした（スクリプトが開く先は確認していません）。',
                             'en': 'No links, e-mail addresses or phone numbers (where the scripts '
                                   'lead was not checked).'},
          'nothing_summary': {'ja': '本文は含まれていないため、本文のリンク、メールアドレス、電話番号は確認していません。',
                              'en': 'The body is not included: links, e-mail addresses and phone '
                                    'numbers in it were not checked.'},
          'nothing_no_body': {'ja': '本文：読み取れる本文はありません。', 'en': 'Body: none that could be read.'},
          'nothing_read_part': {'ja': '本文の読み取れた部分には、リンク、メールアドレス、電話番号はありませんでした（読み取れなかった部分は確認していません）。',
                                'en': 'No links, e-mail addresses or phone numbers in the part of '
                                      'the body that could be read (the rest was not checked).'},
          'inline_forward': {'ja': '本文に転送されていた元のメールを確認しました。下の件名と差出人は、本文に書かれている元のメールのものです（転送した人：{sender}）。',
                             'en': 'The original mail forwarded in the body was checked; the '
                                   "subject and sender below are that mail's, as written in the "
                                   'body (forwarded by {sender}).'},
          'inline_forward_pasted': {'ja': '下の件名と差出人は、本文に書かれていたものです。',
                                    'en': 'The sender and subject written in the text were read; '
                                          'the subject and sender below are as written there.'},
          'written_in_body': {'ja': '本文に貼り付けられたメール', 'en': 'Mail written in the text'},
          'see_flag_with_form': {'ja': '（{form}、兆候{number}）',
                                 'en': ' ({form}; see red flag {number})'},
          'not_web_link': {'ja': '{target}（ウェブページのアドレスではありません。兆候{number}）',
                           'en': '{target} (not a web address; see red flag {number})'},
          'kind_read_as': {'ja': '{kind}（文字コードの指定がないため、{encoding}として読みました）',
                           'en': '{kind} · no character set declared, read as {encoding}'},
          'kind_by_meta': {'ja': '{kind}（文字コード：{encoding}、HTMLのmetaタグの指定による）',
                           'en': '{kind} · {encoding}, as the HTML meta tag declares'}},
 'scam_own_quote': {'deadline': {'ja': '（{word}に続けて、期限を切っています）',
                                 'en': '(after {word}, it sets a deadline)'},
                    'limit': {'ja': '（{word}に続けて、制限や停止を知らせています）',
                              'en': '(after {word}, it warns of a limit or suspension)'},
                    'hurry': {'ja': '（{word}に続けて、急いで手続きするよう求めています）',
                              'en': '(after {word}, it presses you to act at once)'},
                    'threat': {'ja': '（{word}に続けて、期限を切り、制限や停止を知らせています）',
                               'en': '(after {word}, it sets a deadline and warns of a limit or '
                                     'suspension)'},
                    'sign_in': {'ja': '（{word}に続けて、サインインを求めています）',
                                'en': '(after {word}, it asks you to sign in from the message)'},
                    'sign_in_deadline': {'ja': '（{word}に続けて、期限を切り、サインインを求めています）',
                                         'en': '(after {word}, it sets a deadline and asks you to '
                                               'sign in from the message)'},
                    'sign_in_threat': {'ja': '（{word}に続けて、制限や停止を知らせ、サインインを求めています）',
                                       'en': '(after {word}, it warns of a limit or suspension and '
                                             'asks you to sign in from the message)'},
                    'sign_in_all': {'ja': '（{word}に続けて、期限を切り、制限や停止を知らせ、サインインを求めています）',
                                    'en': '(after {word}, it sets a deadline, warns of a limit or '
                                          'suspension and asks you to sign in from the message)'}},
 'limit': {'attachments': {'note': {'ja': '添付ファイル{files}の中身は確認していません。',
                                    'en': 'The attached files ({files}) were not examined.'},
                           'advice': {'ja': 'Amazonのアプリやブックマークからアカウントサービスを開き、「メッセージセンター」に同じ連絡が届いているか確認してください。添付ファイルは開かないでください。',
                                      'en': 'Check whether the same message is in the Message '
                                            'Centre (「メッセージセンター」) of your account, opened from the '
                                            'Amazon app or a bookmark. Do not open the attached '
                                            'files.'},
                           'advice_link': {'ja': 'Amazonのアプリやブックマークからアカウントサービスを開き、「メッセージセンター」に同じ連絡が届いているか確認してください。届いたメッセージのリンクや添付ファイルは開かないでください。',
                                           'en': 'Check whether the same message is in the Message '
                                                 'Centre (「メッセージセンター」) of your account, opened '
                                                 'from the Amazon app or a bookmark, not from a '
                                                 'link in the message. Do not open the attached '
                                                 'files.'},
                           'program': {'ja': 'プログラムのファイル', 'en': 'a program'},
                           'archive': {'ja': '圧縮ファイル', 'en': 'an archive'},
                           'disk': {'ja': 'ディスクイメージのファイル。開くと中のプログラムを実行できてしまいます',
                                    'en': 'a disk image, which once opened lets the programs in it '
                                          'run'},
                           'macro_word': {'ja': 'マクロ付きのWordファイル。マクロを有効にすると、中のプログラムが実行されます',
                                          'en': 'a Word file with macros, which run as programs if '
                                                'you enable them'},
                           'macro_excel': {'ja': 'マクロ付きのExcelファイル。マクロを有効にすると、中のプログラムが実行されます',
                                           'en': 'an Excel file with macros, which run as programs '
                                                 'if you enable them'},
                           'macro_powerpoint': {'ja': 'マクロ付きのPowerPointファイル。マクロを有効にすると、中のプログラムが実行されます',
                                                'en': 'a PowerPoint file with macros, which run as '
                                                      'programs if you enable them'},
                           'page': {'ja': 'ウェブページのファイル', 'en': 'a web page'},
                           'double': {'ja': '名前の途中にも拡張子があります',
                                      'en': 'with a second extension in its name'},
                           'shown': {'ja': 'メールソフトでは「{shown}」のように表示されることがあります',
                                     'en': 'a mail program may show it as “{shown}”'}}},
 'flag': {'refund_by_transfer': {'ja': '振込での返金の手続き', 'en': 'Refund step by bank transfer'},
          'refund_found': {'atm': {'ja': 'この連絡はATMでの返金の手続きを求めています。',
                                   'en': 'This message asks for a refund step at an ATM.'},
                           'transfer': {'ja': 'この連絡は振込での返金の手続きを求めています。',
                                        'en': 'This message asks for a refund step by bank '
                                              'transfer.'}},
          'refund_suspect': {'ja': 'このような連絡は、詐欺を疑ってください。',
                             'en': 'Suspect fraud in such a message.'},
          'disguised_page': {'ja': 'PDFなどの書類に見える名前ですが、実際はウェブページのファイル（.{ext}）です。開くとブラウザーで表示され、入力フォームがあるかもしれません。このファイルは開かないでください。',
                             'en': 'The name looks like a document such as a PDF, but the file is '
                                   'a web page (.{ext}). Opening it shows it in your browser, and '
                                   'it may hold a form. Do not open this file.'},
          'disguised_named': {'ja': '名前に「{word}」とありますが、実際はプログラムのファイル（.{ext}）です。開くとパソコンで実行されます。このファイルは開かないでください。',
                              'en': 'The name has “{word}” in it, but the file is a program '
                                    '(.{ext}). Opening it runs it on your computer. Do not open '
                                    'this file.'},
          'disguised_page_named': {'ja': '名前に「{word}」とありますが、実際はウェブページのファイル（.{ext}）です。開くとブラウザーで表示され、入力フォームがあるかもしれません。このファイルは開かないでください。',
                                   'en': 'The name has “{word}” in it, but the file is a web page '
                                         '(.{ext}). Opening it shows it in your browser, and it '
                                         'may hold a form. Do not open this file.'},
          'sender_domain_lookalike_too': {'ja': 'メールアドレスのドメイン（{domain}）も、Amazonに似せた名前です。',
                                          'en': "The address's domain ({domain}) imitates Amazon's "
                                                'name too.'},
          'disguised_direction': {'ja': 'ファイル名の中に、文字の向きを変える制御文字が入っています。メールソフトでは「{shown}」のように表示されることがありますが、実際はプログラムのファイル（.{ext}）です。開くとパソコンで実行されます。このファイルは開かないでください。',
                                  'en': 'The file name holds a control character that changes the '
                                        'direction of the text. A mail program may show it as '
                                        '“{shown}”, but the file is a program (.{ext}). Opening it '
                                        'runs it on your computer. Do not open this file.'},
          'disguised_direction_page': {'ja': 'ファイル名の中に、文字の向きを変える制御文字が入っています。メールソフトでは「{shown}」のように表示されることがありますが、実際はウェブページのファイル（.{ext}）です。開くとブラウザーで表示され、入力フォームがあるかもしれません。このファイルは開かないでください。',
                                       'en': 'The file name holds a control character that changes '
                                             'the direction of the text. A mail program may show '
                                             'it as “{shown}”, but the file is a web page '
                                             '(.{ext}). Opening it shows it in your browser, and '
                                             'it may hold a form. Do not open this file.'},
          'disguised_direction_other': {'ja': 'ファイル名の中に、文字の向きを変える制御文字が入っています。メールソフトでは「{shown}」のように表示されることがありますが、実際の名前の最後は「.{ext}」です。名前を偽装したファイルは開かないでください。',
                                        'en': 'The file name holds a control character that '
                                              'changes the direction of the text. A mail program '
                                              'may show it as “{shown}”, but the name really ends '
                                              'in “.{ext}”. Do not open a file whose name is '
                                              'disguised.'},
          'disguised_direction_plain': {'ja': 'ファイル名の中に、文字の向きを変える制御文字が入っています。メールソフトでは「{shown}」のように表示されることがあります。名前を偽装したファイルは開かないでください。',
                                        'en': 'The file name holds a control character that '
                                              'changes the direction of the text. A mail program '
                                              'may show it as “{shown}”. Do not open a file whose '
                                              'name is disguised.'},
          'program_attachments': {'ja': 'メールにプログラムのファイル（{ext}）が添付されています。開くとパソコンで実行されます。これらのファイルは開かないでください。',
                                  'en': 'Programs ({ext}) are attached to the mail. Opening one '
                                        'runs it on your computer. Do not open these files.'},
          'envelope_agrees': {'ja': '受信したメールサーバーの認証結果に記録された送信元も、同じドメインです。',
                              'en': "The sender recorded in the receiving mail server's "
                                    'authentication results has the same domain.'}}}
