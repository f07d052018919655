"""Generated from primehelp/data/scams.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'payment_rule': {'id': 'scam.no_payment_by_phone',
                  'ja': 'Amazonが電話やSMSで支払い情報を聞くことはありません。',
                  'en': 'Amazon never asks for payment information by phone or SMS.',
                  'confidence': 'H',
                  'checked': datetime.date(2026, 12, 2),
                  'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails '
                              '(2025-10-29)']},
 'phone_advice': [{'id': 'scam.phone.do_not_respond',
                   'ja': 'Amazonを名乗る電話やSMSの指示には従わないでください。Amazonに確かめたいときは、自分でサインインして、チャットかコールバック（「電話をリクエスト」）で問い合わせてください（`primehelp '
                         'contact`）。',
                   'en': "Do not act on a call or SMS in Amazon's name. To check with Amazon, sign "
                         'in yourself and use the chat or a call-back (the button 「電話をリクエスト」, '
                         'request a call; `primehelp contact`).',
                   'confidence': 'M',
                   'checked': datetime.date(2026, 12, 2),
                   'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails '
                               '(2025-10-29)',
                               'https://appllio.com/amazon-contact-telephone-chat',
                               'https://flat-plat.com']},
                  {'id': 'scam.phone.callback_too',
                   'ja': '自分でコールバックを依頼した後にかかってきた電話は、表示された番号に見覚えがなくても、Amazonからの電話の場合があります。その場合も、電話で支払い情報を聞かれたら応じないでください。',
                   'en': 'If the call came after you asked for a call-back yourself, it may be '
                         'Amazon calling, even if you do not recognize the number shown. Even '
                         'then, do not give payment information if asked for it on the phone.',
                   'confidence': 'H',
                   'checked': datetime.date(2026, 12, 2),
                   'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails '
                               '(2025-10-29)',
                               'https://appllio.com/amazon-contact-telephone-chat']}],
 'advice': [{'id': 'scam.message_center',
             'ja': '届いた連絡が本物かどうかは、アカウントサービスの「メッセージセンター」で確認してください。不審なメールのリンクは開かず、ギフトカードの番号は誰にも教えないでください。',
             'en': "Check any message in your account's 「メッセージセンター」 (Message Centre, under "
                   'アカウントサービス). Do not click links in suspicious mail, and never tell anyone a '
                   'gift-card number.',
             'confidence': 'H',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://www.aboutamazon.jp/news/guide/3-key-points-to-prevent-phishing-scam-emails '
                         '(2025-10-29)',
                         'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B',
                         'https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=201541660']},
            {'id': 'scam.fee_amount_proves_nothing',
             'ja': 'プライム会費の支払いに失敗したと知らせる偽のメールには、本物と同じ600円という会費が書かれています。金額が合っていても、本物のメールとは限りません。',
             'en': 'Fake mails saying a Prime payment failed quote the real 600-yen fee: the '
                   'amount proves nothing.',
             'confidence': 'H',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://sbapp.net/?p=178551 (2025-10-24)']},
            {'id': 'scam.report',
             'ja': '不審な連絡は、サインインして「不審な連絡について報告する」から報告できます。アカウントがない場合の報告先は reportascam@amazon.com '
                   'です。',
             'en': 'Report a suspicious contact: signed in, use 「不審な連絡について報告する」 (report a '
                   'suspicious contact); without an account, write to reportascam@amazon.com.',
             'confidence': 'H',
             'checked': datetime.date(2026, 12, 2),
             'sources': ['https://www.amazon.co.jp/gp/help/customer/display.html?nodeId=G4YFYCCNUSENA23B']}]}
