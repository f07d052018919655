"""Generated from primehelp/data/message.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'domains': {'id': 'message.amazon_domains',
             'ja': 'Amazonが自社の送信元として挙げているドメインは、amazon.co.jp、amazon.jp、amazon.com、business.amazon.co.jp、email.amazon.com、marketplace.amazon.co.jp、m.marketplace.amazon.co.jp、gc.email.amazon.co.jp、gc.amazon.co.jp、payments.amazon.co.jp '
                   'です。Amazonのサイトは amazon.co.jp か、末尾が .amazon.co.jp の名前です。',
             'en': 'The sender domains Amazon lists as its own are amazon.co.jp, amazon.jp, '
                   'amazon.com, business.amazon.co.jp, email.amazon.com, marketplace.amazon.co.jp, '
                   'm.marketplace.amazon.co.jp, gc.email.amazon.co.jp, gc.amazon.co.jp and '
                   "payments.amazon.co.jp. Amazon's sites are amazon.co.jp or a name ending in "
                   '.amazon.co.jp.',
             'confidence': 'H',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://misanblog.com/amazon-spam-email',
                         'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B'],
             'registrable': ['amazon.co.jp', 'amazon.jp', 'amazon.com'],
             'sender': ['amazon.co.jp',
                        'amazon.jp',
                        'amazon.com',
                        'business.amazon.co.jp',
                        'email.amazon.com',
                        'marketplace.amazon.co.jp',
                        'm.marketplace.amazon.co.jp',
                        'gc.email.amazon.co.jp',
                        'gc.amazon.co.jp',
                        'payments.amazon.co.jp']},
 'flags': {'foreign_link': {'id': 'message.flag.foreign_link',
                            'ja': 'リンク先のドメインは、Amazonのものではありません。Amazonのサイトは amazon.co.jp か、末尾が '
                                  '.amazon.co.jp の名前です（Amazonからのメールでは、amazon.jp、amazon.com '
                                  'などのドメインも使われます）。',
                            'en': "The link goes to a domain that is not Amazon's. Amazon's sites "
                                  'are amazon.co.jp or a name ending in .amazon.co.jp (mail from '
                                  'Amazon also uses amazon.jp, amazon.com and other domains).',
                            'confidence': 'H',
                            'checked': datetime.date(2026, 12, 2),
                            'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B',
                                        'https://misanblog.com/amazon-spam-email']},
           'lookalike_domain': {'id': 'message.flag.lookalike_domain',
                                'ja': 'Amazonのドメインではありません（amazon.co.jp.○○.info、amazon○○.jp、amazon.jp-sign○○.xyz '
                                      'などは、偽サイトや偽の差出人でよく使われる名前の例です）。',
                                'en': "It is not Amazon's domain (amazon.co.jp.<other>.info, "
                                      'amazon<chars>.jp, amazon.jp-sign<…>.xyz and the like are '
                                      'used by fake sites and fake senders).',
                                'alone': {'ja': 'Amazonに似せた名前ですが、Amazonのドメインではありません（amazon.co.jp.○○.info、amazon○○.jp、amazon.jp-sign○○.xyz '
                                                'などは、偽サイトや偽の差出人でよく使われる名前の例です）。',
                                          'en': "The name imitates Amazon's but the domain is not "
                                                "Amazon's (amazon.co.jp.<other>.info, "
                                                'amazon<chars>.jp, amazon.jp-sign<…>.xyz and the '
                                                'like are used by fake sites and fake senders).'},
                                'confidence': 'H',
                                'checked': datetime.date(2026, 12, 2),
                                'sources': ['https://www.antiphishing.jp/report/monthly/202510.html',
                                            'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']},
           'ip_address': {'id': 'message.flag.ip_address',
                          'ja': 'リンク先がドメイン名ではなくIPアドレスです。AmazonがIPアドレスだけのリンクを送ることはありません。',
                          'en': 'The link goes to a bare IP address. Amazon never links to a bare '
                                'IP address.',
                          'confidence': 'H',
                          'checked': datetime.date(2026, 12, 2),
                          'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']},
           'hosting_service': {'id': 'message.flag.hosting_service',
                               'ja': '{hosting} は誰でも使える{service}で、そのリンク先はAmazonのサイトではありません。',
                               'en': '{hosting} is a {service} anyone can use: a link on it does '
                                     "not lead to Amazon's site.",
                               'alone': {'ja': 'amazonaws.com（ホスティングサービス）や '
                                               'sendgrid.net（メール配信サービス）などは誰でも使えるサービスで、そのリンク先はAmazonのサイトではありません。',
                                         'en': 'amazonaws.com (a hosting service), sendgrid.net (a '
                                               'mail-delivery service) and the like are services '
                                               'anyone can use: a link on one does not lead to '
                                               "Amazon's site."},
                               'confidence': 'H',
                               'checked': datetime.date(2026, 12, 2),
                               'sources': ['https://www.antiphishing.jp/report/monthly/202510.html']},
           'shortener': {'id': 'message.flag.shortener',
                         'ja': 'Amazon以外の短縮リンクです。本当のリンク先が見えません。Amazonが使う短縮リンクは '
                               'amzn.asia、amzn.to、a.co です。',
                         'en': "A link shortener other than Amazon's own: the real destination is "
                               "hidden. Amazon's short links are amzn.asia, amzn.to and a.co.",
                         'confidence': 'M',
                         'checked': datetime.date(2026, 12, 2),
                         'sources': ['https://did2memo.net/2022/09/03']},
           'link_text_mismatch': {'id': 'message.flag.link_text_mismatch',
                                  'ja': 'リンクに表示されているアドレスと、実際のリンク先が違います。',
                                  'en': 'The address shown on the link is not where the link '
                                        'really goes.',
                                  'confidence': 'H',
                                  'checked': datetime.date(2026, 12, 2),
                                  'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
           'non_web_link': {'id': 'message.flag.non_web_link',
                            'ja': 'リンク先がウェブページのアドレス（https://…）ではなく、「data:」や「javascript:」などで始まる別の形式です（ページやプログラムをリンクの中に埋め込むことができます）。このようなリンクは、Amazonのサイトには行きません。',
                            'en': 'The link does not go to a web address (https://…) but starts '
                                  'with data:, javascript: or the like (such a link can hold a '
                                  "page or a program itself). It does not go to Amazon's site.",
                            'confidence': 'H',
                            'checked': datetime.date(2026, 12, 2),
                            'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
           'form_target': {'id': 'message.flag.form_target',
                           'ja': 'メッセージの中に入力フォームがあり、入力した内容は {domain} '
                                 'に送られます。送信先のドメインは、Amazonのものではありません。このフォームには何も入力しないでください。',
                           'en': 'The message holds a form, and what you type in it is sent to '
                                 "{domain}, a domain that is not Amazon's. Do not type anything "
                                 'into this form.',
                           'alone': {'ja': 'メッセージの中の入力フォームに入力した内容が、Amazonのものではないドメインに送られることがあります。そのようなフォームには何も入力しないでください。',
                                     'en': 'What you type into a form inside a message may be sent '
                                           "to a domain that is not Amazon's. Do not type anything "
                                           'into such a form.'},
                           'confidence': 'H',
                           'checked': datetime.date(2026, 12, 2),
                           'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B',
                                       'https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
           'disguised_attachment': {'id': 'message.flag.disguised_attachment',
                                    'ja': 'PDFなどの書類に見える名前ですが、実際はプログラムのファイル（.{ext}）です。開くとパソコンで実行されます。このファイルは開かないでください。',
                                    'en': 'The name looks like a document such as a PDF, but the '
                                          'file is a program (.{ext}). Opening it runs it on your '
                                          'computer. Do not open this file.',
                                    'alone': {'ja': 'PDFなどの書類に見える名前でも、名前の最後が「.exe」などのプログラムのファイルは、開くとパソコンで実行されます。そのような添付ファイルは開かないでください。',
                                              'en': 'A file whose name looks like a document such '
                                                    "as a PDF but ends in a program's extension "
                                                    'such as .exe runs on your computer when '
                                                    'opened. Do not open such an attachment.'},
                                    'confidence': 'H',
                                    'checked': datetime.date(2026, 12, 2),
                                    'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
           'program_attachment': {'id': 'message.flag.program_attachment',
                                  'ja': 'メールにプログラムのファイル（{ext}）が添付されています。開くとパソコンで実行されます。このファイルは開かないでください。',
                                  'en': 'A program ({ext}) is attached to the mail. Opening it '
                                        'runs it on your computer. Do not open this file.',
                                  'alone': {'ja': 'メールに添付された「.exe」などのプログラムのファイルは、開くとパソコンで実行されます。そのような添付ファイルは開かないでください。',
                                            'en': 'A program attached to a mail, such as a .exe '
                                                  'file, runs on your computer when opened. Do not '
                                                  'open such an attachment.'},
                                  'confidence': 'H',
                                  'checked': datetime.date(2026, 12, 2),
                                  'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
           'punycode': {'id': 'message.flag.punycode',
                        'ja': '国際化ドメイン名（xn--で始まる名前）で、Amazonのドメインではありません。画面ではキリル文字、かな、漢字などを含む名前として表示され、Amazonのドメインのように見えることがあります。',
                        'en': "An internationalised domain name (starting xn--), not Amazon's "
                              'domain. On screen it is shown with letters such as Cyrillic ones, '
                              "kana or kanji, and can look like Amazon's domain.",
                        'confidence': 'H',
                        'checked': datetime.date(2026, 12, 2),
                        'sources': ['https://www.antiphishing.jp/report/monthly/202510.html']},
           'unread_domain': {'id': 'message.flag.unread_domain',
                             'ja': '日本語のドメイン名らしいものがありますが、リンクとして確認できませんでした。日本語の文字を含む名前は、Amazonのドメインではありません。',
                             'en': 'There is something like a domain name in Japanese script, but '
                                   'it could not be read as a link. A name with Japanese letters '
                                   "is not Amazon's domain.",
                             'confidence': 'H',
                             'checked': datetime.date(2026, 12, 2),
                             'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']},
           'confusable_characters': {'id': 'message.flag.confusable_characters',
                                     'ja': '英字に見えるギリシャ文字やキリル文字（α、а など）が混ざっています。見た目をAmazonに似せる手口です。',
                                     'en': 'Greek or Cyrillic letters that look Latin (α, а and '
                                           'the like) are mixed in: a trick to look like Amazon.',
                                     'confidence': 'H',
                                     'checked': datetime.date(2026, 12, 2),
                                     'sources': ['https://www.antiphishing.jp/report/monthly/202510.html']},
           'invisible_characters': {'id': 'message.flag.invisible_characters',
                                    'ja': 'リンクの中に、画面に表示されない文字（ゼロ幅スペースや文字の向きを変える制御文字など）が入っています。見た目どおりのアドレスではありません。Amazonのサイトは '
                                          'amazon.co.jp か、末尾が .amazon.co.jp '
                                          'の名前です（Amazonからのメールでは、amazon.jp、amazon.com '
                                          'などのドメインも使われます）。',
                                    'en': 'The link contains characters that do not show on screen '
                                          '(zero-width spaces, direction marks and the like): it '
                                          "is not the address it appears to be. Amazon's sites are "
                                          'amazon.co.jp or a name ending in .amazon.co.jp (mail '
                                          'from Amazon also uses amazon.jp, amazon.com and other '
                                          'domains).',
                                    'confidence': 'H',
                                    'checked': datetime.date(2026, 12, 2),
                                    'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']},
           'display_name_mismatch': {'id': 'message.flag.display_name_mismatch',
                                     'ja': '差出人の名前はAmazonですが、メールアドレスのドメインはAmazonのものではありません。',
                                     'en': "The sender's name says Amazon, but the address is not "
                                           "at one of Amazon's domains.",
                                     'confidence': 'H',
                                     'checked': datetime.date(2026, 12, 2),
                                     'sources': ['https://misanblog.com/amazon-spam-email']},
           'display_name_lookalike': {'id': 'message.flag.display_name_lookalike',
                                      'ja': '差出人の名前が、空白を挟んだり、見た目がよく似た別の文字を使ったり、文字を足したり変えたりして、Amazonに似せてあります（A '
                                            'm a z o n、Amαzon、Amazone など）。',
                                      'en': "The sender's name imitates Amazon (A m a z o n, "
                                            'Amαzon, Amazone and the like) with spaces, look-alike '
                                            'letters, or a letter added or changed.',
                                      'confidence': 'H',
                                      'checked': datetime.date(2026, 12, 2),
                                      'sources': ['https://www.antiphishing.jp/report/monthly/202510.html']},
           'name_lookalike': {'id': 'message.flag.name_lookalike',
                              'ja': 'Amazonの名前が、空白を挟んだり、見た目がよく似た別の文字を使ったり、文字を足したり変えたりして似せてあります（A m '
                                    'a z o n、Amαzon、Amazone など）。詐欺のメッセージで見られる書き方です。',
                              'en': "Amazon's name is imitated (A m a z o n, Amαzon, Amazone and "
                                    'the like) with spaces, look-alike letters, or a letter added '
                                    'or changed, as scam messages do.',
                              'confidence': 'H',
                              'checked': datetime.date(2026, 12, 2),
                              'sources': ['https://www.antiphishing.jp/report/monthly/202510.html']},
           'reply_to_outside': {'id': 'message.flag.reply_to_outside',
                                'ja': '返信先（Reply-To）のドメインは、Amazonのものではありません。返信すると別の相手に届きます。',
                                'en': "The Reply-To address is not at one of Amazon's domains: a "
                                      'reply would go to someone else.',
                                'confidence': 'H',
                                'checked': datetime.date(2026, 12, 2),
                                'sources': ['https://misanblog.com/amazon-spam-email']},
           'return_path_outside': {'id': 'message.flag.return_path_outside',
                                   'ja': '返送先（Return-Path）のドメインは、Amazonのものではありません。返送先は、メールが届かなかったときに送り返される先のアドレスです。',
                                   'en': 'The Return-Path (where the mail goes back to if it '
                                         "cannot be delivered) is not at one of Amazon's domains.",
                                   'confidence': 'H',
                                   'checked': datetime.date(2026, 12, 2),
                                   'sources': ['https://misanblog.com/amazon-spam-email']},
           'sender_outside': {'id': 'message.flag.sender_outside',
                              'ja': '差出人のメールアドレスのドメインは、Amazonが送信元として挙げているものではありません。',
                              'en': "The sender's address is not at one of the domains Amazon "
                                    'lists as its senders.',
                              'confidence': 'H',
                              'checked': datetime.date(2026, 12, 2),
                              'sources': ['https://misanblog.com/amazon-spam-email']},
           'address_outside': {'id': 'message.flag.address_outside',
                               'ja': 'Amazonの連絡先のように書かれたメールアドレスですが、そのドメインはAmazonのものではありません。Amazonは、お問い合わせ用のメールアドレスを公開していません。',
                               'en': "The address is given as if it were Amazon's, but it is not "
                                     "at one of Amazon's domains. Amazon publishes no e-mail "
                                     'address for enquiries.',
                               'confidence': 'H',
                               'checked': datetime.date(2026, 12, 2),
                               'sources': ['https://misanblog.com/amazon-spam-email',
                                           'https://appllio.com/amazon-contact-telephone-chat']},
           'authentication_failed': {'id': 'message.flag.authentication_failed',
                                     'ja': '受信したメールサーバーでの送信元の認証に失敗しています。差出人の欄は偽装できるので、Amazonのアドレスに見えても、本物である証拠にはなりません。',
                                     'en': "The receiving mail server's sender checks failed. The "
                                           'From line can be forged, so an Amazon address there '
                                           'does not prove the mail is genuine.',
                                     'confidence': 'H',
                                     'checked': datetime.date(2026, 12, 2),
                                     'sources': ['https://misanblog.com/amazon-spam-email']},
           'asks_for_details': {'id': 'message.flag.asks_for_details',
                                'ja': 'カード情報やパスワード、ギフトカードの番号などの入力や送信を求めるメッセージは、詐欺を疑ってください。Amazonが電話やSMSで支払い情報を聞くことはありません。',
                                'en': 'Suspect any message that asks you to enter or send card '
                                      'details, a password or a gift-card number. Amazon never '
                                      'asks for payment information by phone or SMS.',
                                'confidence': 'H',
                                'checked': datetime.date(2026, 12, 2),
                                'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails',
                                            'https://www.pref.aichi.jp/police/anzen/cyber/soudan/phishing.html']},
           'threatens_suspension': {'id': 'message.flag.threatens_suspension',
                                    'ja': 'アカウントや会員資格の停止・制限を知らせて、手続きを急がせています。詐欺によくある手口です。',
                                    'en': 'It tells you that your account or membership is, or '
                                          'will be, suspended or restricted, to hurry you into '
                                          'acting: a common scam trick.',
                                    'alone': {'ja': 'アカウントや会員資格の停止・制限を知らせています。このように知らせて手続きをさせようとするのは、詐欺によくある手口です。',
                                              'en': 'It tells you that your account or membership '
                                                    'is, or will be, suspended or restricted. '
                                                    'Telling you this to make you act is a common '
                                                    'scam trick.'},
                                    'confidence': 'M',
                                    'checked': datetime.date(2026, 12, 2),
                                    'sources': ['https://sbapp.net/?p=178551 (2025-10-24)',
                                                'https://fs-event.com/?p=57180']},
           'payment_problem': {'id': 'message.flag.payment_problem',
                               'ja': 'プライム会費の支払いができなかったと知らせる偽のメールやSMSが、2025〜26年によく報告されています。支払い方法は、メッセージのリンクや番号からではなく、Amazonのアプリやブックマークから開いたアカウントサービスで確認してください。',
                               'en': 'Fake mails and SMS saying that a Prime fee payment failed '
                                     'were reported often in 2025–26. Check your payment method in '
                                     'your account opened from the Amazon app or a bookmark, not '
                                     'through the links or numbers in the message.',
                               'confidence': 'M',
                               'checked': datetime.date(2026, 12, 2),
                               'sources': ['https://sbapp.net/?p=178551 (2025-10-24)',
                                           'https://fs-event.com/?p=57180',
                                           'https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
           'scam_subject': {'id': 'message.flag.scam_subject',
                            'ja': '2025〜26年によく報告されている詐欺の件名・文面と同じです。ほかに、プライム会費の支払いの問題、プライムの一時停止、アカウント停止、不正な注文・購入などを知らせる件名もよく報告されています。',
                            'en': 'It matches a scam subject or wording commonly reported in '
                                  '2025–26. Other subjects reported often tell of a Prime payment '
                                  'problem, Prime being temporarily unavailable, a suspended '
                                  'account, an unauthorised order or purchase and the like.',
                            'alone': {'ja': '2025〜26年には、プライム会費の支払いの問題、プライムの一時停止、アカウント停止、不正な注文・購入などを知らせる詐欺の件名・文面がよく報告されています。',
                                      'en': 'Scam subjects and wordings commonly reported in '
                                            '2025–26 tell of a Prime payment problem, Prime being '
                                            'temporarily unavailable, a suspended account, an '
                                            'unauthorised order or purchase and the like.'},
                            'confidence': 'M',
                            'checked': datetime.date(2026, 12, 2),
                            'sources': ['https://sbapp.net/?p=178551 (2025-10-24)',
                                        'https://fs-event.com/?p=57180',
                                        'https://www.antiphishing.jp/report/monthly/202510.html']},
           'phone_number': {'id': 'message.flag.phone_number',
                            'ja': '電話番号が書かれています。現在、Amazonは電話番号を公開していません。Amazonの電話窓口はコールバック（Amazonからかけてくる方式）だけです。',
                            'en': "It gives a phone number. Amazon's phone support is call-back "
                                  'only (Amazon calls you); Amazon currently publishes no number '
                                  'to dial.',
                            'confidence': 'H',
                            'checked': datetime.date(2026, 12, 2),
                            'sources': ['https://appllio.com/amazon-contact-telephone-chat',
                                        'https://komitsu.org (2021-01-26)']},
           'asks_to_call': {'id': 'message.flag.asks_to_call',
                            'ja': '電話をかけるよう求めています。Amazonの電話窓口はコールバック（Amazonからかけてくる方式）だけで、こちらからかける番号は公開されていません。',
                            'en': "It asks you to phone. Amazon's phone support is call-back only "
                                  '(Amazon calls you); Amazon currently publishes no number to '
                                  'dial.',
                            'confidence': 'H',
                            'checked': datetime.date(2026, 12, 2),
                            'sources': ['https://appllio.com/amazon-contact-telephone-chat',
                                        'https://komitsu.org (2021-01-26)']},
           'refund_at_atm': {'id': 'message.flag.refund_at_atm',
                             'ja': 'Amazonのヘルプによれば、プライム会費の返金は支払いに使った方法に戻されます（ギフトカードで支払った分はギフトカード残高に戻ります）。',
                             'en': "According to Amazon's help, a Prime fee refund goes back to "
                                   'the payment method used (the part paid with a gift card goes '
                                   'back to the gift-card balance).',
                             'confidence': 'M-H',
                             'checked': datetime.date(2026, 12, 2),
                             'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=GTJQ7QZY7QL2HK4Y']}},
 'lookalike_name_outside': {'id': 'message.flag.display_name_lookalike.outside',
                            'ja': 'メールアドレスのドメインも、Amazonのものではありません。',
                            'en': "Nor is the address at one of Amazon's domains.",
                            'alone': {'ja': '差出人の名前がAmazonに似せてあり、メールアドレスのドメインもAmazonのものではないメールは、詐欺を疑ってください。',
                                      'en': "Suspect a mail whose sender's name imitates Amazon's "
                                            "and whose address is not at one of Amazon's domains "
                                            'either.'},
                            'confidence': 'H',
                            'checked': datetime.date(2026, 12, 2),
                            'sources': ['https://misanblog.com/amazon-spam-email']},
 'asks_medium': {'text': {'id': 'message.flag.asks_for_details.text',
                          'ja': 'Amazonが電話やSMSで支払い情報を聞くことはありません。',
                          'en': 'Amazon never asks for payment information by phone or SMS.',
                          'confidence': 'H',
                          'checked': datetime.date(2026, 12, 2),
                          'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
                 'email': {'id': 'message.flag.asks_for_details.email',
                           'ja': '届いたメールのリンクからは、カード情報やパスワードを入力しないでください。返信や電話でも伝えないでください。',
                           'en': 'Do not enter card details or a password through the links of a '
                                 'mail you received, and do not give them in a reply or by phone '
                                 'either.',
                           'confidence': 'H',
                           'checked': datetime.date(2026, 12, 2),
                           'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
                 'email_renewal': {'id': 'message.flag.asks_for_details.email_renewal',
                                   'ja': 'Amazonの更新前のお知らせメール（本物）が、リンク先でカード情報の入力を求めることはありません。届いたメールのリンクからは、カード情報やパスワードを入力しないでください。返信や電話でも伝えないでください。',
                                   'en': "Amazon's renewal reminder (the genuine one) never asks "
                                         'you to enter card details through a link. Do not enter '
                                         'card details or a password through the links of a mail '
                                         'you received, and do not give them in a reply or by '
                                         'phone either.',
                                   'confidence': 'H',
                                   'checked': datetime.date(2026, 12, 2),
                                   'sources': ['https://sbapp.net/?p=178551 (2025-10-24)',
                                               'https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
                 'email_attachment': {'id': 'message.flag.asks_for_details.email_attachment',
                                      'ja': '届いたメールの添付ファイルやリンクからは、カード情報やパスワードを入力しないでください。返信や電話でも伝えないでください。',
                                      'en': 'Do not enter card details or a password in the '
                                            'attached files or through the links of a mail you '
                                            'received, and do not give them in a reply or by phone '
                                            'either.',
                                      'confidence': 'H',
                                      'checked': datetime.date(2026, 12, 2),
                                      'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']},
                 'email_reply': {'id': 'message.flag.asks_for_details.email_reply',
                                 'ja': 'このメールに返信して、カード情報やパスワードを送らないでください。',
                                 'en': 'Do not reply to this mail with card details or a password.',
                                 'alone': {'ja': 'Amazonを名乗るメールに返信して、カード情報やパスワードを送らないでください。',
                                           'en': "Do not reply to a mail in Amazon's name with "
                                                 'card details or a password.'},
                                 'confidence': 'H',
                                 'checked': datetime.date(2026, 12, 2),
                                 'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails']}},
 'asks_rule': {'suspect': {'id': 'message.flag.asks_for_details.suspect',
                           'ja': 'このような連絡は、詐欺を疑ってください。',
                           'en': 'Suspect any message that asks for them.',
                           'alone': {'ja': 'カード情報やパスワード、ギフトカードの番号を求める連絡は、詐欺を疑ってください。',
                                     'en': 'Suspect any message that asks for card details, a '
                                           'password or a gift-card number.'},
                           'confidence': 'H',
                           'checked': datetime.date(2026, 12, 2),
                           'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails',
                                       'https://www.pref.aichi.jp/police/anzen/cyber/soudan/phishing.html']},
               'gift_card': {'id': 'message.flag.asks_for_details.gift_card',
                             'ja': 'ギフトカードの番号は誰にも教えないでください。',
                             'en': 'Never tell anyone a gift-card number.',
                             'confidence': 'H',
                             'checked': datetime.date(2026, 12, 2),
                             'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails',
                                         'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']}}}
