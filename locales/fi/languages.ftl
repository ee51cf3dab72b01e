# Tuettujen kielten nimet suomeksi.

language-en = englanti
language-de = saksa
language-fi = suomi
language-es = espanja
language-nb = norja (bokmål)
