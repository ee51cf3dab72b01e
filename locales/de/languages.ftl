# Die Namen der unterstützten Sprachen, auf Deutsch.

language-en = Englisch
language-de = Deutsch
language-fi = Finnisch
language-es = Spanisch
language-nb = Norwegisch (Bokmål)
