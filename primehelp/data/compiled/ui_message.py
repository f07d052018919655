"""Generated from primehelp/data/ui_message.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'what_to_do_now': {'ja': 'まず確認してください', 'en': 'What to do'},
 'what_to_do_entered': {'ja': '今すぐ行ってください', 'en': 'Do this now'},
 'entered_headline': {'ja': '入力してしまった情報が悪用されないよう、次の手順で対応してください。',
                      'en': 'So that the details you entered are not misused, follow these steps.'},
 'how_to_check': {'ja': '本物かどうか確かめるには', 'en': 'To check whether it is genuine'},
 'also_do': {'ja': 'あわせて確認してください', 'en': 'Also'},
 'flags_found': {'ja': '見つかった兆候（{count}件）', 'en': 'Red flags ({count})'},
 'flag_count': {'ja': '（{count}件）', 'en': ' ({count})'},
 'flag_count_cut': {'ja': '（{count}件以上）', 'en': ' ({count} or more)'},
 'flag_domain': {'ja': 'ドメイン', 'en': 'Domain'},
 'flag_domain_shown': {'ja': '{domain}（表示上は{shown}）', 'en': '{domain} (shown as {shown})'},
 'flag_whose': {'address': {'ja': 'アドレスのドメイン名', 'en': "The address's domain name"},
                'link': {'ja': 'このアドレス', 'en': 'This address'}},
 'flag_domain_start': {'ja': '{whose}は {start} で始まりますが、実際のドメインは {domain} です。',
                       'en': '{whose} begins with {start}, but the real domain is {domain}.'},
 'flag_domain_contains': {'ja': '{whose}に {start} が含まれていますが、実際のドメインは {domain} です。',
                          'en': '{whose} contains {start}, but the real domain is {domain}.'},
 'flag_domain_start_end': {'ja': '{whose}は {start} で始まりますが、末尾は .{end} で、実際のドメインは {domain} です。',
                           'en': '{whose} begins with {start}, but it ends in .{end}, and the real '
                                 'domain is {domain}.'},
 'flag_domain_start_joined': {'ja': '{whose}は {start} で始まるように見えますが、その後ろに「{rest}」が続いています。実際のドメインは '
                                    '{domain} です。',
                              'en': '{whose} seems to begin with {start}, but “{rest}” follows it: '
                                    'the real domain is {domain}.'},
 'flag_ip': {'ja': 'IPアドレス', 'en': 'IP address'},
 'more_evidence': {'ja': 'ほかに{count}件', 'en': 'and {count} more'},
 'more_domains': {'ja': '（ほかに{count}件）', 'en': ' (and {count} more)'},
 'if_entered': {'ja': 'リンク先で情報を入力してしまった場合', 'en': 'If you already entered details through a link'},
 'if_replied': {'ja': '返信して情報を送ってしまった場合', 'en': 'If you already sent details in a reply'},
 'if_attached_replied': {'ja': '添付ファイルを開いてしまった場合や、返信などで情報を送ってしまった場合',
                         'en': 'If you already opened an attached file, or sent details in a '
                               'reply'},
 'if_attached_entered': {'ja': '添付ファイルやリンク先で情報を入力してしまった場合',
                         'en': 'If you already entered details in an attached file or through a '
                               'link'},
 'if_mailed': {'ja': '書かれているアドレスにメールで情報を送ってしまった場合',
               'en': 'If you already sent details to the address in the message'},
 'if_entered_replied': {'ja': 'リンク先で入力したり、返信で情報を送ったりしてしまった場合',
                        'en': 'If you already entered details through a link or sent them in a '
                              'reply'},
 'if_called_replied': {'ja': '電話や返信で情報を伝えてしまった場合',
                       'en': 'If you already gave details by phone or in a reply'},
 'if_entered_mailed': {'ja': 'リンク先で入力したり、メールで情報を送ったりしてしまった場合',
                       'en': 'If you already entered details through a link or sent them by '
                             'e-mail'},
 'if_called_mailed': {'ja': '電話やメールで情報を伝えてしまった場合',
                      'en': 'If you already gave details by phone or by e-mail'},
 'if_entered_called_mailed': {'ja': 'リンク先で入力したり、電話やメールで情報を伝えたりしてしまった場合',
                              'en': 'If you already entered details through a link, or gave them '
                                    'by phone or by e-mail'},
 'if_entered_called_replied': {'ja': 'リンク先で入力したり、電話や返信で情報を伝えたりしてしまった場合',
                               'en': 'If you already entered details through a link, or gave them '
                                     'by phone or in a reply'},
 'card_step': {'given': {'ja': 'クレジットカードの情報を入力したり伝えたりした場合は、カードを止めてもらうよう、カード会社に電話してください。',
                         'en': 'If you entered or gave credit card details, call your card company '
                               'and have the card stopped.'},
               'sent': {'ja': 'クレジットカードの情報を入力したり送ったりした場合は、カードを止めてもらうよう、カード会社に電話してください。',
                        'en': 'If you entered or sent credit card details, call your card company '
                              'and have the card stopped.'}},
 'report_above': {'ja': '上に書いた方法で、Amazonに早めに報告してください。ギフトカードの番号を伝えてしまった場合は、そのことも伝えてください。',
                  'en': "Report it to Amazon soon, as described above. If you gave a gift card's "
                        'number, say so too.'},
 'report_above_gift_card': {'ja': '上に書いた方法で、Amazonに早めに報告してください。ギフトカードの番号を伝えてしまった場合は、そのことも伝えてください。',
                            'en': 'Report it to Amazon soon, as described above. If you gave a '
                                  "gift card's number, say so too."},
 'what_was_read': {'ja': '読み取った内容', 'en': 'What was read'},
 'could_not_know': {'ja': '確認できなかったこと', 'en': 'What this check could not know'},
 'flag': {'asks': {'ja': '{kinds}の入力や送信を求めています。', 'en': 'It asks you to enter or send {kinds}.'},
          'asks_card': {'ja': 'カード情報', 'en': 'card details'},
          'asks_password': {'ja': 'パスワード', 'en': 'a password'},
          'asks_pin': {'ja': '暗証番号', 'en': 'a PIN'},
          'asks_code': {'ja': '認証コード（ワンタイムパスワード）', 'en': 'a verification code (one-time password)'},
          'asks_gift_card': {'ja': 'ギフトカードの番号', 'en': 'a gift-card number'},
          'asks_gift_card_payment': {'ja': 'ギフトカードでの支払い', 'en': 'payment with gift cards'},
          'asks_payment': {'ja': 'ギフトカードでの支払いや購入を求めています。',
                           'en': 'It asks you to pay with or buy gift cards.'},
          'confusable_trick': {'ja': '見た目をAmazonに似せる手口です。',
                               'en': 'It is a trick to look like Amazon.'},
          'confusable_letter': {'ja': '{position}文字目の{letter}は、英字の{latin_read}ではなく、よく似た別の文字（{script}）です。',
                                'en': 'Character {position}, {letter}, looks like the Latin '
                                      '{latin} but is a different character ({script}).'},
          'rn_for_m': {'ja': '{rn}は、並べると{m}に見える2文字です。',
                       'en': '{rn} is two letters that look like {m} side by side.'},
          'zero_for_o': {'ja': '{position}文字目の{digit}は、英字の「o（オー）」ではなく数字の「0（ゼロ）」です。',
                         'en': 'Character {position}, {digit}, is the digit zero, not the Latin '
                               '{letter}.'},
          'script': {'cyrillic': {'ja': 'キリル文字', 'en': 'Cyrillic'},
                     'greek': {'ja': 'ギリシャ文字', 'en': 'Greek'}},
          'matched': {'ja': '一致した語句：{words}', 'en': 'Words that matched: {words}'},
          'service': {'hosting': {'ja': 'ホスティングサービス', 'en': 'hosting service'},
                      'mail_delivery': {'ja': 'メール配信サービス', 'en': 'mail-delivery service'}},
          'foreign_link': {'ja': 'Amazon以外へのリンク', 'en': 'Link outside Amazon'},
          'form_target': {'ja': '入力フォームの送信先', 'en': 'Where a form sends what you type'},
          'disguised_attachment': {'ja': '添付ファイルの偽装', 'en': 'Disguised attachment'},
          'program_attachment': {'ja': 'プログラムの添付ファイル', 'en': 'Program attached'},
          'lookalike_domain': {'ja': 'Amazonに似せたドメイン', 'en': 'Look-alike domain'},
          'ip_address': {'ja': 'IPアドレスへのリンク', 'en': 'Link to an IP address'},
          'hosting_service': {'ja': '外部のサービス上のページ', 'en': 'Page on an outside service'},
          'shortener': {'ja': '短縮リンク', 'en': 'Link shortener'},
          'link_text_mismatch': {'ja': '表示と違うリンク先', 'en': 'Link goes elsewhere than shown'},
          'punycode': {'ja': '国際化ドメイン名', 'en': 'Internationalised domain (xn--)'},
          'unread_domain': {'ja': 'リンクとして確認できない日本語のドメイン名',
                            'en': 'Japanese domain name not read as a link'},
          'punycode_confusable_characters': {'ja': '紛らわしい文字を使ったドメイン',
                                             'en': 'Domain with look-alike characters'},
          'confusable_characters_lookalike_domain': {'ja': '紛らわしい文字を使ったドメイン',
                                                     'en': 'Domain with look-alike characters'},
          'not_amazon_domain': {'ja': 'Amazonのドメインではありません。', 'en': "It is not Amazon's domain."},
          'confusable_characters': {'ja': '紛らわしい文字', 'en': 'Look-alike characters'},
          'invisible_characters': {'ja': '見えない文字の入ったリンク', 'en': 'Invisible characters in a link'},
          'display_name_mismatch': {'ja': '差出人名とアドレスの不一致',
                                    'en': 'Name says Amazon, address does not'},
          'display_name_lookalike': {'ja': 'Amazonに似せた差出人名', 'en': 'Look-alike sender name'},
          'name_lookalike': {'ja': 'Amazonに似せた名前', 'en': 'Look-alike Amazon name'},
          'reply_to_outside': {'ja': 'Amazon以外の返信先（Reply-To）', 'en': 'Reply-To outside Amazon'},
          'return_path_outside': {'ja': 'Amazon以外の返送先（Return-Path）',
                                  'en': 'Return-Path outside Amazon'},
          'sender_outside': {'ja': 'Amazon以外の差出人アドレス', 'en': 'Sender address outside Amazon'},
          'address_outside': {'ja': 'Amazonのドメインではないメールアドレス',
                              'en': "Address not at Amazon's domains"},
          'authentication_failed': {'ja': '送信元の認証に失敗', 'en': 'Sender check failed'},
          'asks_for_details': {'ja': 'カード情報などの要求', 'en': 'Asks for card details or passwords'},
          'asks_for_one': {'ja': '{kind}の要求', 'en': 'Asks for {kind}'},
          'asks_for_some': {'ja': '{kind}などの要求', 'en': 'Asks for {kind} and other details'},
          'threatens_suspension': {'ja': '停止・制限を知らせて急がせる文面',
                                   'en': 'Suspension notice that rushes you'},
          'payment_problem': {'ja': '支払いの失敗を知らせる文面', 'en': 'Notice that a payment failed'},
          'payment_problem_deadline': {'ja': 'さらに「{word}」と期限を切って、手続きを急がせています。',
                                       'en': 'It also sets a deadline, “{word}”, to rush you.'},
          'payment_problem_hurry': {'ja': 'さらに「{word}」と書いて、手続きを急がせています。',
                                    'en': 'It also says “{word}” to rush you.'},
          'payment_problem_threat': {'ja': 'さらに、アカウントや会員資格の停止・制限を知らせて、手続きをさせようとしています（兆候{number}）。',
                                     'en': 'It also tells of a suspension or restriction of your '
                                           'account or membership to make you act (red flag '
                                           '{number}).'},
          'scam_subject': {'ja': '詐欺でよく使われる件名・文面', 'en': 'Subject or wording common in scams'},
          'phone_number': {'ja': '電話番号への誘導', 'en': 'Phone number to call'},
          'userinfo': {'ja': '「@」より前の部分（{before}）は行き先ではありません。実際の行き先は「@」の後ろの {host} です。',
                       'en': 'The part before the “@” ({before}) is not where it goes: the real '
                             'destination is {host}, after the “@”.'},
          'backslash': {'ja': '「\\」はブラウザーでは「/」として扱われるため、実際の行き先は {host} です。「@」の後ろの {after} '
                              'は行き先ではありません。',
                        'en': 'A browser reads “\\” as “/”, so the link goes to {host}; the '
                              '{after} after the “@” is not where it goes.'},
          'display_name_mismatch_lookalike_domain': {'ja': '差出人名とアドレスの不一致・Amazonに似せたドメイン',
                                                     'en': 'Name says Amazon, address imitates '
                                                           "Amazon's domain"},
          'sender_domain_lookalike': {'ja': 'このドメインは、Amazonに似せた名前です。',
                                      'en': "That domain imitates Amazon's name."},
          'asks_payment_details': {'ja': 'お支払い情報', 'en': 'payment details'},
          'forwards_elsewhere': {'ja': 'Amazonのアドレスですが、別のサイト（{site}）に移動する作りになっています。{site} '
                                       'はAmazonのドメインではありません。',
                                 'en': 'It is an Amazon address, but it is made to send you on to '
                                       "another site ({site}). {site} is not Amazon's domain."},
          'google_redirect': {'ja': 'Googleのリダイレクト（google.com/url）を通るリンクで、移動先は {site} です。',
                              'en': 'This link goes through a Google redirect (google.com/url) and '
                                    'on to {site}.'},
          'google_redirect_to_amazon': {'ja': 'Googleのリダイレクト（google.com/url）を通るリンクです。移動先は {site} '
                                              'ですが、リンクそのもののアドレスは {domain} で、Amazonのドメインではありません。',
                                        'en': 'This link goes through a Google redirect '
                                              '(google.com/url) and on to {site}; the link itself '
                                              "is at {domain}, not at one of Amazon's domains."},
          'google_continue': {'ja': 'Googleのアドレス（{host}）ですが、アドレスの中の continue= '
                                    'に別のサイト（{site}）が書かれていて、そこに移動する作りになっています。',
                              'en': 'It is a Google address ({host}), but its continue= names '
                                    'another site ({site}), where it is made to send you on.'},
          'google_continue_to_amazon': {'ja': 'Googleのアドレス（{host}）で、アドレスの中の continue= に書かれた移動先は '
                                              '{site} ですが、リンクそのもののアドレスは {domain} '
                                              'で、Amazonのドメインではありません。',
                                        'en': 'It is a Google address ({host}) whose continue= '
                                              'sends you on to {site}; the link itself is at '
                                              "{domain}, not at one of Amazon's domains."},
          'behind_google_redirect': {'ja': 'Googleのリダイレクト（google.com/url）を経由して開かれるアドレスです。',
                                     'en': 'This address is opened through a Google redirect '
                                           '(google.com/url).'},
          'safelinks': {'ja': 'Microsoftのリンク保護（Safe Links）のアドレス（{host}）で、開くと、アドレスの中の url= に書かれた '
                              '{site} に移動する作りになっています。',
                        'en': 'It is a Microsoft Safe Links address ({host}): it opens {site}, the '
                              'address in its url=.'},
          'safelinks_to_amazon': {'ja': 'Microsoftのリンク保護（Safe Links）のアドレス（{host}）で、アドレスの中の url= '
                                        'に書かれた移動先は {site} ですが、リンクそのもののアドレスは {domain} '
                                        'で、Amazonのドメインではありません。',
                                  'en': 'It is a Microsoft Safe Links address ({host}) that opens '
                                        '{site}, the address in its url=; the link itself is at '
                                        "{domain}, not at one of Amazon's domains."},
          'behind_safelinks': {'ja': 'Microsoftのリンク保護（Safe Links）のアドレスの url= '
                                     'に書かれた、開くと移動する先のアドレスです。',
                               'en': 'This address is the one a Microsoft Safe Links address opens '
                                     '(written in its url=).'},
          'urldefense': {'ja': 'Proofpointのリンク保護（urldefense）のアドレス（{host}）で、開くと、アドレスの中に書かれた {site} '
                               'に移動する作りになっています。',
                         'en': 'It is a Proofpoint link protection (urldefense) address ({host}): '
                               'it opens {site}, the address written inside it.'},
          'urldefense_to_amazon': {'ja': 'Proofpointのリンク保護（urldefense）のアドレス（{host}）で、アドレスの中に書かれた移動先は '
                                         '{site} ですが、リンクそのもののアドレスは {domain} で、Amazonのドメインではありません。',
                                   'en': 'It is a Proofpoint link protection (urldefense) address '
                                         '({host}) that opens {site}, the address written inside '
                                         'it; the link itself is at {domain}, not at one of '
                                         "Amazon's domains."},
          'behind_urldefense': {'ja': 'Proofpointのリンク保護（urldefense）のアドレスの中に書かれた、開くと移動する先のアドレスです。',
                                'en': 'This address is the one a Proofpoint link protection '
                                      '(urldefense) address opens.'},
          'behind_google_continue': {'ja': 'Googleのアドレスの continue= に書かれた、移動先のアドレスです。',
                                     'en': "This address is where a Google address's continue= "
                                           'sends you on to.'},
          'payment_problem_other': {'ja': '支払いができなかったと知らせる文面です。支払い方法は、メッセージのリンクや番号からではなく、Amazonのアプリやブックマークから開いたアカウントサービスで確認してください。',
                                    'en': 'It says that a payment failed. Check your payment '
                                          'method in your account opened from the Amazon app or a '
                                          'bookmark, not through the links or numbers in the '
                                          'message.'},
          'resembles_brand': {'ja': '「{name}」は「amazon」に似た名前ですが、別の名前です。',
                              'en': '“{name}” looks like “amazon”, but it is a different name.'},
          'other_amazon_site_title': {'ja': 'Amazonが自社のものとして挙げていないドメイン',
                                      'en': 'A domain Amazon does not list as its own'},
          'audible_site_title': {'ja': 'Audibleのドメイン', 'en': "Audible's domain"},
          'other_amazon_site': {'ja': '{domain} '
                                      'は、Amazonが自社のものとして挙げているドメイン（amazon.co.jp、amazon.jp、amazon.com）ではありません。primehelpでは、このドメインが誰のものかは確認できません。このメッセージのリンクやアドレスは使わず、Amazonのアプリやブックマークから確認してください。',
                                'en': '{domain} is not among the domains Amazon lists as its own '
                                      '(amazon.co.jp, amazon.jp, amazon.com). primehelp cannot '
                                      'confirm whose domain it is. Do not use the links or '
                                      'addresses in this message; check in the Amazon app or from '
                                      'a bookmark.'},
          'confusable_latin': {'ja': '{position}文字目の{letter}は、普通の{latin}ではありません。',
                               'en': 'Character {position}, {letter}, is not the ordinary '
                                     '{latin}.'},
          'not_web_link': {'ja': 'リンク先がウェブページのアドレス（https://…）ではなく、「data:」や「javascript:」などで始まる別の形式です（ページやプログラムをリンクの中に埋め込むことができます）。このようなリンクは、Amazonのサイトには行きません。',
                           'en': 'The link does not go to a web address (https://…) but starts '
                                 'with data:, javascript: or the like (such a link can hold a page '
                                 "or a program itself). It does not go to Amazon's site."},
          'matched_in': {'ja': '{word}（{place}の{words}の部分）',
                         'en': '{word} (part of {words} in the {place})'},
          'matched_place': {'subject': {'ja': '件名', 'en': 'subject'},
                            'body': {'ja': '本文', 'en': 'body'}},
          'refund_at_atm': {'ja': 'ATMでの返金の手続き', 'en': 'Refund step at an ATM'},
          'asks_to_call': {'ja': '電話をかけるよう求める文面', 'en': 'Asks you to phone'},
          'non_web_link': {'ja': 'ウェブページではないリンク', 'en': 'Link to no web page'},
          'not_web_link_title': {'ja': 'ウェブページではないリンク', 'en': 'Link to no web page'},
          'app_link': {'ja': 'リンク先がウェブページのアドレス（https://…）ではなく、アプリを開くためのリンク（line://、market:// '
                             'など）です。このようなリンクは、Amazonのサイトには行きません。',
                       'en': 'The link is not a web address (https://…) but one that opens an app '
                             "(line://, market:// and the like). It does not go to Amazon's site."},
          'not_web_and_app_link': {'ja': 'リンク先がウェブページのアドレス（https://…）ではなく、「data:」や「javascript:」などで始まる別の形式です（ページやプログラムをリンクの中に埋め込むことができます）。「line://」などのリンクは、ウェブページではなく、LINEなどのアプリを開きます。このようなリンクは、Amazonのサイトには行きません。',
                                   'en': 'The link does not go to a web address (https://…) but '
                                         'starts with data:, javascript: or the like (such a link '
                                         'can hold a page or a program itself). A link such as '
                                         'line:// opens an app such as LINE, not a web page. Such '
                                         "links do not go to Amazon's site."},
          'asks_payment_number': {'ja': 'ギフトカードでの支払いや購入と、その番号を伝えることを求めています。',
                                  'en': 'It asks you to pay with or buy gift cards and to give '
                                        'their numbers.'},
          'matched_which': {'ja': '{which}の文面の一致した語句：{words}',
                            'en': 'Words that matched in wording {which}: {words}'},
          'asks_for_two': {'ja': '{first}と{second}の要求', 'en': 'Asks for {first} and {second}'},
          'name_holds_address': {'ja': '差出人の名前の部分にAmazonのアドレス（{named}）が書かれていますが、実際の差出人のアドレスは '
                                       '{address} です。',
                                 'en': "The sender's name holds an Amazon address ({named}), but "
                                       'the mail is really from {address}.'},
          'threatens_suspension_notice': {'ja': '停止・制限を知らせる文面',
                                          'en': 'Suspension or restriction notice'},
          'threatens_suspension_notice_reason': {'ja': 'アカウントや会員資格の停止・制限を知らせています。このように知らせて手続きをさせようとするのは、詐欺によくある手口です。',
                                                 'en': 'It tells you that your account or '
                                                       'membership is, or will be, suspended or '
                                                       'restricted. Telling you this to make you '
                                                       'act is a common scam trick.'},
          'envelope_sender': {'ja': 'このアドレスは、受信したサーバーの記録（Authentication-Results）から読み取りました。SPFの認証結果は、Amazonのドメインではなく、このドメインについてのものです。',
                              'en': "This address was read from the receiving server's record "
                                    '(Authentication-Results). The SPF result is about this '
                                    "domain, not one of Amazon's."},
          'envelope_sender_domain': {'ja': 'このドメインは、受信したサーバーの記録（Authentication-Results）から読み取りました。SPFの認証結果は、Amazonのドメインではなく、このドメインについてのものです。',
                                     'en': "This domain was read from the receiving server's "
                                           'record (Authentication-Results). The SPF result is '
                                           "about this domain, not one of Amazon's."}},
 'referred': {'only': {'ja': '兆候{number}の文面は、', 'en': 'The wording quoted in red flag {number}'},
              'one': {'ja': 'この文面は、兆候{number}の文面と同じく、',
                      'en': 'This wording, like the one quoted in red flag {number},'},
              'some': {'ja': 'これらの文面は、兆候{number}の文面と同じく、',
                       'en': 'Each of these wordings, like the one quoted in red flag {number},'}},
 'scam_note': {'similar': {'ja': 'この文面は、2025〜26年によく報告されている詐欺の件名・文面に似ています。\n{matched}',
                           'en': 'This wording is similar to the scam subjects and wordings '
                                 'commonly reported in 2025–26.\n'
                                 '{matched}.'},
               'same': {'ja': 'この文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。',
                        'en': 'This wording matches a scam subject or wording commonly reported in '
                              '2025–26.'},
               'similar_some': {'ja': 'これらの文面は、2025〜26年によく報告されている詐欺の件名・文面に似ています。\n{matched}',
                                'en': 'These wordings are similar to the scam subjects and '
                                      'wordings commonly reported in 2025–26.\n'
                                      '{matched}.'},
               'same_some': {'ja': 'これらの文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。',
                             'en': 'Each of these wordings matches a scam subject or wording '
                                   'commonly reported in 2025–26.'},
               'similar_too': {'ja': 'この文面も、2025〜26年によく報告されている詐欺の件名・文面に似ています。\n{matched}',
                               'en': 'This wording too is similar to the scam subjects and '
                                     'wordings commonly reported in 2025–26.\n'
                                     '{matched}.'},
               'same_too': {'ja': 'この文面も、2025〜26年によく報告されている詐欺の件名・文面と同じです。',
                            'en': 'This wording too matches a scam subject or wording commonly '
                                  'reported in 2025–26.'},
               'similar_some_too': {'ja': 'これらの文面も、2025〜26年によく報告されている詐欺の件名・文面に似ています。\n{matched}',
                                    'en': 'These wordings too are similar to the scam subjects and '
                                          'wordings commonly reported in 2025–26.\n'
                                          '{matched}.'},
               'same_some_too': {'ja': 'これらの文面も、2025〜26年によく報告されている詐欺の件名・文面と同じです。',
                                 'en': 'Each of these wordings too matches a scam subject or '
                                       'wording commonly reported in 2025–26.'},
               'mixed': {'ja': '{which}の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。{others}の文面は、よく報告されている詐欺の件名・文面に似ています。\n'
                               '{matched}',
                         'en': 'Wording {which} matches a scam subject or wording commonly '
                               'reported in 2025–26; wording {others} is similar to them.\n'
                               '{matched}.'},
               'of_sign': {'ja': '兆候{number}の文面は、',
                           'en': 'The wording quoted in red flag {number} '},
               'of_sign_which': {'ja': '兆候{number}の', 'en': 'In red flag {number}: '},
               'same_which': {'ja': '{which}の文面は、2025〜26年によく報告されている詐欺の件名・文面と同じです。',
                              'en': 'Wording {which} matches a scam subject or wording commonly '
                                    'reported in 2025–26.'},
               'similar_which': {'ja': '{which}の文面は、2025〜26年によく報告されている詐欺の件名・文面に似ています。\n{matched}',
                                 'en': 'Wording {which} is similar to the scam subjects and '
                                       'wordings commonly reported in 2025–26.\n'
                                       '{matched}.'},
               'which': {'ja': '{at}つ目', 'en': '{at}'},
               'which_and': {'ja': 'と', 'en': ' and '}},
 'imitation': {'added': {'ja': '「{name}」は、Amazonに文字を足して似せた名前です。',
                         'en': '“{name}” imitates Amazon with a letter added.'},
               'changed': {'ja': '「{name}」は、Amazonの文字を変えて似せた名前です。',
                           'en': '“{name}” imitates Amazon with a letter changed.'},
               'spaced': {'ja': '「{name}」は、Amazonの文字の間に空白を挟んで似せた名前です。',
                          'en': '“{name}” imitates Amazon with spaces between its letters.'},
               'lookalike': {'ja': '「{name}」は、Amazonの一部の文字を、見た目がよく似た別の文字に置き換えた名前です。',
                             'en': '“{name}” imitates Amazon with look-alike letters.'},
               'dropped': {'ja': '「{name}」は、Amazonの文字を抜いて似せた名前です。',
                           'en': '“{name}” imitates Amazon with a letter left out.'},
               'swapped': {'ja': '「{name}」は、Amazonの文字の順番を入れ替えて似せた名前です。',
                           'en': '“{name}” imitates Amazon with two letters swapped.'},
               'kana_letter': {'ja': '{position}文字目の{letter}は、{genuine}ではありません。',
                               'en': 'Character {position}, {letter}, is not {genuine}.'}},
 'idn': {'written_in': {'ja': '{name}は、{scripts}を使った国際化ドメイン名（xn--で始まる名前）で、Amazonのドメインではありません。',
                        'en': '{name} is an internationalised domain name (starting xn--) written '
                              "in {scripts}, not Amazon's domain."},
         'undecodable': {'ja': '{name}は、正しくない国際化ドメイン名（xn--で始まる名前）で、Amazonのドメインではありません。',
                         'en': '{name} is not a valid internationalised domain name (starting '
                               "xn--), and it is not Amazon's domain."},
         'script': {'katakana': {'ja': 'カタカナ', 'en': 'katakana'},
                    'hiragana': {'ja': 'ひらがな', 'en': 'hiragana'},
                    'cjk': {'ja': '漢字', 'en': 'kanji'}},
         'first': {'ja': '国際化ドメイン名（xn--で始まる名前）で、Amazonのドメインではありません。',
                   'en': "An internationalised domain name (starting xn--), not Amazon's domain."},
         'letter': {'ja': '{position}文字目の{letter}は、{latin}とは別の文字です。',
                    'en': 'Character {position}, {letter}, is not the letter {latin}.'},
         'extra_letter': {'ja': '{brand}に余分な文字{letter}が加わっています。',
                          'en': '{brand} has an extra letter added, {letter}.'},
         'resembles': {'ja': '{name}は{brand}に似た名前ですが、別の名前です。',
                       'en': '{name} looks like {brand}, but it is a different name.'}},
 'limit': {'asks_other': {'bank_account': {'ja': '口座番号などの銀行口座の情報', 'en': 'bank account details'},
                          'personal_id': {'ja': '個人情報（{words}）',
                                          'en': 'personal details ({words})'},
                          'atm': {'ja': 'ATMでの返金の手続き', 'en': 'a refund through an ATM'},
                          'transfer': {'ja': '振り込みや送金、電子マネーやコンビニでの支払い',
                                       'en': 'a payment by bank or money transfer, e-money or at a '
                                             'convenience store'},
                          'remote_access': {'ja': '遠隔操作アプリのインストールや操作',
                                            'en': 'installing or using a remote-access app'},
                          'prepaid_payment': {'ja': 'iTunesカードやGoogle '
                                                    'Playカードなどのプリペイドカードでの支払いや、その購入',
                                              'en': 'buying prepaid cards (such as iTunes or '
                                                    'Google Play cards) or paying with them'},
                          'other_app': {'ja': 'LINEなどほかのアプリでのやり取り（友だち追加）や、アプリのインストール',
                                        'en': 'continuing on LINE or another app (adding a '
                                              'contact) or installing an app'},
                          'prize_fee': {'ja': '当選した賞品を受け取るための送料や手数料の支払い',
                                        'en': 'paying a shipping or handling fee to receive a '
                                              'prize you are told you have won'}},
           'senders': {'ja': 'このメールには差出人（From）が{count}つあります：{senders}。メールソフトによって表示される差出人が違うことがあり、primehelpはどれが本当の差出人かを確認できません。兆候は、どの差出人についても確かめています。',
                       'en': 'This mail has {count} senders (From): {senders}. Mail programs may '
                             'show different ones, and primehelp cannot confirm which is the real '
                             'sender. Every sender was checked for the signs.'},
           'threat_other': {'deadline': {'ja': '期限', 'en': 'deadline'},
                            'legal': {'ja': '法的措置', 'en': 'legal threat'},
                            'both': {'ja': '期限や法的措置', 'en': 'deadline or legal threat'}}},
 'verdict_other_sites': {'ja': '注意が必要です。Amazonが自社のものとして挙げているドメイン（amazon.co.jp、amazon.jp、amazon.com）ではないリンクやアドレスがあります。このメッセージが本物かどうかは、primehelpでは確認できません。リンクは使わず、Amazonのアプリやブックマークから開いて確認してください。',
                         'en': 'Take care. It holds links or addresses outside the domains Amazon '
                               'lists as its own (amazon.co.jp, amazon.jp, amazon.com). primehelp '
                               'cannot tell whether this message is genuine. Do not use its links; '
                               'check from the Amazon app or a bookmark.'},
 'verdict_read_below': {'ja': '下の「確認できなかったこと」も必ずお読みください。',
                        'en': 'Be sure to read “What this check could not know” below.'},
 'verdict_unjudged': {'ja': 'この連絡には、primehelpでは判断できない依頼や警告があります（下の「確認できなかったこと」）。primehelpが確認できる危険な兆候は見つかりませんでしたが、安全だという意味ではありません。依頼には応じず、Amazonのアプリやブックマークから開いた「メッセージセンター」で、本物かどうか確かめてください。',
                      'en': 'This message holds requests or warnings that primehelp cannot judge '
                            '(see “What this check could not know” below). No red flags that '
                            'primehelp can check were found, but that does not mean it is genuine '
                            'or harmless. Do not do what it asks; check whether it is genuine in '
                            'the Message Centre (「メッセージセンター」), opened from the Amazon app or a '
                            'bookmark.'}}
