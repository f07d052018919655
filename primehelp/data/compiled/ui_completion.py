"""Generated from primehelp/data/ui_completion.toml by tools/compile_data.py: do not edit."""

import datetime
from typing import Any

TABLE: dict[str, Any] = {'install': {'bash': {'ja': 'bash で primehelp のコマンドやオプションを Tab キーで補完するには、~/.bashrc '
                            'に次の行を加えてください。新しく開いたシェルから使えます。',
                      'en': "To complete primehelp's commands and options with the Tab key in "
                            'bash, add this line to ~/.bashrc. It works in every new shell.'},
             'zsh': {'ja': 'zsh で primehelp のコマンドやオプションを Tab キーで補完するには、~/.zshrc の compinit '
                           'を実行する行より後に、次の行を加えてください。新しく開いたシェルから使えます。',
                     'en': "To complete primehelp's commands and options with the Tab key in zsh, "
                           'add this line to ~/.zshrc, after the line that runs compinit. It works '
                           'in every new shell.'},
             'fish': {'ja': 'fish で primehelp のコマンドやオプションを Tab キーで補完するには、次のコマンドを一度だけ実行してください。fish '
                            'が補完用のフォルダーから自動で読み込みます。',
                      'en': "To complete primehelp's commands and options with the Tab key in "
                            'fish, run this command once. fish loads the file from its completions '
                            'folder by itself.'}}}
