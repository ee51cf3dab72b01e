"""How a message's words stand for the phrase words of a lexicon: the same word, a typo of it
(rapidfuzz), the same stem (an inflection), or the words of its parts (a compound no phrase
has); each token's answer is kept."""

from __future__ import annotations

from functools import lru_cache

from rapidfuzz import fuzz, process

from bot.nlu.lexicon import CACHE_LIMIT, STEM, Lexicon

PART = 4  # the shortest part of a compound read as a word of its own


def match(lexicon: Lexicon, token: str) -> frozenset[str]:
    known = lexicon.matches.get(token)
    if known is not None:
        return known
    found = {token} if token in lexicon.weight else set()
    if len(token) >= 4:
        cutoff = 85 if len(token) >= 8 else 82
        for word, _score, _i in process.extract(
            token, lexicon.vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff, limit=3
        ):
            if len(word) >= 4:  # "vits" is no typo of "vis"
                found.add(word)
    found |= _stemmed(lexicon, token)
    for base in lexicon.bases_of(token):  # "Launch Kitissä" is the "Launch Kitiin" of a phrase
        found |= lexicon.bases.get(base, frozenset())
    if not found:  # "zurückzuschicken" is "zurückschicken"
        for plain in _without_infix(lexicon, token):
            found |= match(lexicon, plain)
    if len(token) >= 2 * PART and not any(len(w) > len(token) - PART for w in found):
        found |= _parts(lexicon, token)  # no word nearly as long: a compound, perhaps
    if len(lexicon.matches) >= CACHE_LIMIT:
        lexicon.matches.clear()
    lexicon.matches[token] = frozenset(found)
    return lexicon.matches[token]


def _parts(lexicon: Lexicon, token: str) -> set[str]:
    """A compound no phrase has ("Stundenguthaben", "tuntikiintiö", "restetimer"): the words
    its parts are or inflect (no typos), the last part (what the compound is) first."""
    for cut in range(PART, len(token) - PART + 1):
        head, tail = token[:cut], token[cut:]
        last = _part(lexicon, tail)
        if not last:
            continue
        first = _part(lexicon, head) or _part(lexicon, head[:-1])  # a linking "s" or "e"
        return last | first
    return set()


def _without_infix(lexicon: Lexicon, token: str) -> list[str]:
    """A verb with its infix taken out after a separable prefix (German "zu": "anzurufen" is
    "anrufen"); the language's [words] separable and infix lists say which."""
    return [
        prefix + token[len(prefix) + len(infix) :]
        for prefix in lexicon.words["separable"]
        for infix in lexicon.words["infix"]
        if token.startswith(prefix + infix) and len(token) - len(prefix) - len(infix) >= PART
    ]


def _part(lexicon: Lexicon, part: str) -> set[str]:
    if len(part) < PART:
        return set()
    return {part} if part in lexicon.weight else _stemmed(lexicon, part)


def _stemmed(lexicon: Lexicon, token: str) -> set[str]:
    """The phrase words of the token's stem (they share its first STEM letters)."""
    return {w for w in lexicon.stems.get(token[:STEM], ()) if same_stem(w, token)}


def same_stem(word: str, token: str) -> bool:
    """Inflections and compounds: "aloituspalaverin" is "aloituspalaveri", "buchung" "buchungen"."""
    shorter, longer = sorted((word, token), key=len)
    if len(shorter) < STEM or (len(shorter) == STEM and len(longer) > STEM + 2):
        return False  # a short word grows by an ending, not a word: "übrig" is no "übrigens"
    return longer.startswith(shorter[: max(STEM, len(shorter) - 1)])


def contains(lexicon: Lexicon, message: list[str], phrase: tuple[str, ...]) -> bool:
    """Every word of the phrase is in the message (exactly, with a typo, or as a stem)."""
    return like_words(lexicon, message).issuperset(phrase)


def like_words(lexicon: Lexicon, message: list[str]) -> frozenset[str]:
    """The lexicon's phrase words that some token of the message stands for."""
    key = tuple(message)
    if lexicon.last_message[0] == key:
        return lexicon.last_message[1]
    found: set[str] = set()
    for token in message:
        known = lexicon.likes.get(token)
        if known is None:
            if len(lexicon.likes) >= CACHE_LIMIT:
                lexicon.likes.clear()
            known = lexicon.likes[token] = _phrase_words_like(lexicon, token)
        found |= known
    lexicon.last_message = (key, frozenset(found))
    return lexicon.last_message[1]


def _phrase_words_like(lexicon: Lexicon, token: str) -> frozenset[str]:
    """What `token_like` finds among the phrase words, through an index: the same word, a
    close one (rapidfuzz over the words of four letters or more) or one of the same stem
    (which shares the first STEM letters)."""
    found = {token} & lexicon.phrase_words
    if len(token) >= 4:
        close = process.extract(
            token, lexicon.phrase_list, scorer=fuzz.ratio, score_cutoff=85, limit=None
        )
        found.update(word for word, _score, _i in close)
    if len(token) >= STEM:
        found.update(w for w in lexicon.phrase_stems.get(token[:STEM], ()) if same_stem(w, token))
    return frozenset(found)


@lru_cache(maxsize=65536)
def token_like(word: str, token: str) -> bool:
    if word == token:
        return True
    if len(word) >= 4 and len(token) >= 4 and fuzz.ratio(word, token) >= 85:
        return True
    return same_stem(word, token)


def says(message: list[str], phrase: tuple[str, ...]) -> bool:
    """The phrase stands in the message word for word, in a row (a word may carry a typo)."""
    size = len(phrase)
    return size > 0 and any(
        all(
            token_like(word, token)
            for word, token in zip(phrase, message[i : i + size], strict=True)
        )
        for i in range(len(message) - size + 1)
    )
