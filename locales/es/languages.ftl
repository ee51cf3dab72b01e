# Nombres de los idiomas disponibles, en español.

language-en = inglés
language-de = alemán
language-fi = finés
language-es = español
language-nb = noruego (bokmål)
