# Names of the supported languages, as written in this language.

language-en = English
language-de = German
language-fi = Finnish
language-es = Spanish
language-nb = Norwegian (Bokmål)
