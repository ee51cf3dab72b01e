"""What a message names besides its intent: a meeting type, an order, a number of people, a
language, a yes or no, an urgency ("no access"), and when."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from datetime import date

from babel import Locale, UnknownLocaleError

from bot.nlu.lexicon import ORDINALS, STEM, Lexicon, tokens
from bot.nlu.likeness import contains, like_words, same_stem, says, token_like
from bot.nlu.when import date_like, when
from handlers.base import Entities, WhenHint
from storage.catalog import WORKING_DAYS, WORKING_HOURS


def _meeting_type(lexicons: Sequence[Lexicon], message: list[str]) -> str | None:
    """The longest meeting phrase found, preferring the conversation's language."""
    words = set(message)
    for lexicon in lexicons:
        like = like_words(lexicon, message)
        found = [
            (len(phrase), sum(w in words for w in phrase), sum(map(len, phrase)), key)
            for key, phrase in lexicon.meetings
            if like.issuperset(phrase)
        ]
        if found:
            return max(found)[-1]  # most words, then most of them exact, then longest
    return None


def _affirm(message: list[str], lexicons: Sequence[Lexicon]) -> bool | None:
    """A short answer that begins with yes or no ("no, don't book it", "ok go ahead")."""
    if not message or len(message) > 6:
        return None
    for lexicon in lexicons:
        if message[0] in lexicon.words["yes"]:
            return True
        if message[0] in lexicon.words["no"]:
            return False
    return None


def _pick(message: list[str], lexicons: Sequence[Lexicon]) -> int | None:
    """An option by its place: "2", "nr. 2", "the second one", "die letzte" (-1)."""
    rest = [t for t in message if not any(t in lex.words["option"] for lex in lexicons)]
    if len(rest) != 1:
        return None
    token = rest[0]
    if token.isdigit():
        return int(token) if 0 < int(token) < 100 else None
    for lexicon in lexicons:
        for place, key in enumerate(ORDINALS, start=1):
            if token in lexicon.words[key]:
                return place
        if token in lexicon.words["last"]:
            return -1
    return None


def _follows_up(message: list[str], lexicons: Sequence[Lexicon]) -> bool:
    """A short message that begins like a follow-up: "und was ist mit ord 1003"."""
    if not message or len(message) > 8:
        return False
    begins = " ".join(message[:4]) + " "
    return any(begins.startswith(cue + " ") for lex in lexicons for cue in lex.words["follow_up"])


ORDER_PATTERN = re.compile(r"\b([A-Za-z]{2,5}-?\d{3,})\b|#\s?(\d{3,})")


def _order_ref(text: str, message: list[str], lexicons: Sequence[Lexicon]) -> str | None:
    found = ORDER_PATTERN.search(text)
    if found:
        return (found.group(1) or found.group(2)).upper()
    for index, token in enumerate(message[:-1]):
        if any(token in lex.words["order"] for lex in lexicons) and message[index + 1].isdigit():
            return message[index + 1]
    numbers = [t for t in message if t.isdigit() and len(t) >= 4]
    return numbers[0] if len(numbers) == 1 and not date_like(text) else None


def _participants(
    message: list[str], lexicons: Sequence[Lexicon], expect: Collection[str]
) -> int | None:
    people = set().union(*(lex.words["participants"] for lex in lexicons))
    for index, token in enumerate(message):
        if token.isdigit() and index + 1 < len(message):
            following = message[index + 1]
            if any(token_like(word, following) for word in people):
                return int(token)
    if "participants" in expect:
        numbers = [int(t) for t in message if t.isdigit()]
        return numbers[0] if len(numbers) == 1 else None
    return None


def language_names(
    languages: Sequence[str], lexicons: Mapping[str, Lexicon]
) -> dict[str, set[str]]:
    """Each language's names in every language (Babel), plus the forms in the data files."""
    names: dict[str, set[str]] = {code: set() for code in languages}
    for code in languages:
        for lang in languages:
            try:
                name = Locale.parse(lang).languages.get(code)
            except (UnknownLocaleError, ValueError):
                name = None
            if name:
                names[code].update(t for t in tokens(name) if len(t) >= 4)
    for lexicon in lexicons.values():
        for code in languages:
            names[code].update(lexicon.words.get(f"language_{code}", frozenset()))
    return names


def extract(
    text: str,
    message: list[str],
    lexicons: Sequence[Lexicon],
    order: Sequence[str],
    today: date,
    names: Mapping[str, set[str]],
    expect: Collection[str] = (),
) -> Entities:
    """Every entity of one message; `lexicons` and `order` put the likely language first."""
    return Entities(
        meeting_type=_meeting_type(lexicons, message),
        when=when(text, message, order, lexicons, today),
        order_ref=_order_ref(text, message, lexicons),
        participants=_participants(message, lexicons, expect),
        target_language=target_language(message, names),
        affirm=_affirm(message, lexicons),
        no_access=any(contains(lex, message, p) for lex in lexicons for p in lex.no_access),
        pick=_pick(message, lexicons),
        stop=any(
            contains(lex, message, p) and says(message, p) for lex in lexicons for p in lex.stop
        ),
        urgent=_urgent(message, lexicons),
        follow_up=_follows_up(message, lexicons),
    )


def _urgent(message: list[str], lexicons: Sequence[Lexicon]) -> bool:
    """ "dringend", "ASAP", "kiireellinen", "lo antes posible": in any language."""
    joined = f" {' '.join(message)} "
    return any(f" {phrase} " in joined for lex in lexicons for phrase in lex.words["urgent"])


def target_language(message: list[str], names: Mapping[str, set[str]]) -> str | None:
    """A language named in the message ("auf Deutsch", "in English")."""
    for token in message:
        for code, found in names.items():
            if token in found or (len(token) >= STEM and _stem_named(token, found)):
                return code
    return None


def _stem_named(token: str, found: Collection[str]) -> bool:
    """A language name inflected: "Deutsch" in "deutschen", "suomi" in "suomeksi"."""
    return any(len(n) >= STEM and n[:STEM] == token[:STEM] and same_stem(n, token) for n in found)


def after_hours(hint: WhenHint | None) -> bool:
    """The time said lies outside working hours: a weekend day, the evening, or a clock time
    before or after the working day ("on a Saturday", "at 19:00", "tonight")."""
    if hint is None:
        return False
    days = hint.alternatives or ((hint.day,) if hint.day else ())
    weekend = bool(days) and all(day.weekday() not in WORKING_DAYS for day in days)
    if hint.day is None and hint.weekday is not None:
        weekend = hint.weekday not in WORKING_DAYS
    start, end = WORKING_HOURS
    late = hint.time is not None and not start <= hint.time < end
    return weekend or late or hint.part_of_day == "evening"
