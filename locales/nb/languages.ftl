# Navnene på de støttede språkene, på norsk.

language-en = engelsk
language-de = tysk
language-fi = finsk
language-es = spansk
language-nb = norsk (bokmål)
