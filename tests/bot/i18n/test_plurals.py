"""Every count is said with the plural form its language needs: each message of each language
is rendered with its counts at 0, 1, 2 and 5, and no noun after a count is in the wrong form."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from bot.i18n.translator import Translator
from bot.settings import REPO_ROOT
from handlers.base import Arg, Message

LANGUAGES = ("en", "de", "fi", "es", "nb")
COUNTS = (0, 1, 2, 5)
# Variables that hold counts, also where a message shows them without NUMBER().
COUNT_NAMES = {
    "accounts",
    "columns",
    "count",
    "covered",
    "created",
    "days",
    "errors",
    "escalation_messages",
    "granted",
    "hours",
    "invitations",
    "left",
    "max",
    "messages",
    "minutes",
    "months",
    "n",
    "needed",
    "open",
    "packages",
    "per",
    "problems",
    "providers",
    "unchanged",
    "updated",
    "used",
    "warnings",
}
# Nouns that follow a count, in their singular and plural (Finnish: the partitive after 2 and
# more), as a count should be followed by them.
NOUNS = {
    "en": [
        ("hour", "hours"),
        ("day", "days"),
        ("month", "months"),
        ("minute", "minutes"),
        ("person", "people"),
        ("user", "users"),
        ("session", "sessions"),
        ("booking", "bookings"),
        ("message", "messages"),
        ("account", "accounts"),
        ("invitation", "invitations"),
        ("error", "errors"),
        ("warning", "warnings"),
        ("problem", "problems"),
        ("package", "packages"),
        ("provider", "providers"),
        ("language", "languages"),
        ("request", "requests"),
        ("case", "cases"),
        ("column", "columns"),
        ("phrase", "phrases"),
        ("character", "characters"),
    ],
    "de": [
        ("Stunde", "Stunden"),
        ("Tag", "Tage"),
        ("Monat", "Monate"),
        ("Minute", "Minuten"),
        ("Person", "Personen"),
        ("User", "User"),
        ("Termin", "Termine"),
        ("Buchung", "Buchungen"),
        ("Nachricht", "Nachrichten"),
        ("Konto", "Konten"),
        ("Einladung", "Einladungen"),
        ("Fehler", "Fehler"),
        ("Warnung", "Warnungen"),
        ("Problem", "Probleme"),
        ("Paket", "Pakete"),
        ("Anbieter", "Anbieter"),
        ("Sprache", "Sprachen"),
        ("Anfrage", "Anfragen"),
        ("Vorgang", "Vorgänge"),
        ("Spalte", "Spalten"),
        ("Zeichen", "Zeichen"),
    ],
    "fi": [
        ("tunti", "tuntia"),
        ("päivä", "päivää"),
        ("kuukausi", "kuukautta"),
        ("minuutti", "minuuttia"),
        ("henkilö", "henkilöä"),
        ("käyttäjä", "käyttäjää"),
        ("tapaaminen", "tapaamista"),
        ("varaus", "varausta"),
        ("viesti", "viestiä"),
        ("tili", "tiliä"),
        ("kutsu", "kutsua"),
        ("virhe", "virhettä"),
        ("varoitus", "varoitusta"),
        ("ongelma", "ongelmaa"),
        ("paketti", "pakettia"),
        ("toimittaja", "toimittajaa"),
        ("kieli", "kieltä"),
        ("pyyntö", "pyyntöä"),
        ("sarake", "saraketta"),
        ("merkki", "merkkiä"),
    ],
    "es": [
        ("hora", "horas"),
        ("día", "días"),
        ("mes", "meses"),
        ("minuto", "minutos"),
        ("persona", "personas"),
        ("usuario", "usuarios"),
        ("sesión", "sesiones"),
        ("reserva", "reservas"),
        ("mensaje", "mensajes"),
        ("cuenta", "cuentas"),
        ("invitación", "invitaciones"),
        ("error", "errores"),
        ("aviso", "avisos"),
        ("problema", "problemas"),
        ("paquete", "paquetes"),
        ("proveedor", "proveedores"),
        ("idioma", "idiomas"),
        ("solicitud", "solicitudes"),
        ("columna", "columnas"),
        ("carácter", "caracteres"),
    ],
    "nb": [
        ("time", "timer"),
        ("dag", "dager"),
        ("måned", "måneder"),
        ("minutt", "minutter"),
        ("person", "personer"),
        ("bruker", "brukere"),
        ("økt", "økter"),
        ("bestilling", "bestillinger"),
        ("melding", "meldinger"),
        ("konto", "kontoer"),
        ("invitasjon", "invitasjoner"),
        ("feil", "feil"),
        ("advarsel", "advarsler"),
        ("problem", "problemer"),
        ("pakke", "pakker"),
        ("leverandør", "leverandører"),
        ("språk", "språk"),
        ("henvendelse", "henvendelser"),
        ("kolonne", "kolonner"),
        ("tegn", "tegn"),
    ],
}


class _Kinds(Visitor):
    """Which variables a message uses as dates, and which as counts."""

    def __init__(self) -> None:
        super().__init__()
        self.dates: set[str] = set()
        self.numbers: set[str] = set()
        self.others: set[str] = set()

    def visit_FunctionReference(self, node: ast.FunctionReference) -> None:
        kind = self.dates if node.id.name == "DATETIME" else self.numbers
        for argument in node.arguments.positional:
            if isinstance(argument, ast.VariableReference):
                kind.add(argument.id.name)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        if isinstance(node.selector, ast.VariableReference):
            keys = {v.key.name for v in node.variants if isinstance(v.key, ast.Identifier)}
            if keys & {"one", "few", "many"}:
                self.numbers.add(node.selector.id.name)
        self.generic_visit(node)

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.others.add(node.id.name)


def _messages(language: str) -> dict[str, tuple[set[str], set[str], set[str]]]:
    found = {}
    for path in sorted((REPO_ROOT / "locales" / language).glob("*.ftl")):
        resource = FluentParser().parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Message) and entry.value is not None:
                kinds = _Kinds()
                kinds.visit(entry.value)
                numbers = kinds.numbers | (kinds.others & COUNT_NAMES) - kinds.dates
                found[entry.id.name] = (kinds.dates, numbers, kinds.others)
    return found


def _args(dates: set[str], numbers: set[str], others: set[str], count: int) -> dict[str, Arg]:
    args: dict[str, Arg] = {name: "X" for name in others}
    args.update({name: count for name in numbers})
    args.update({name: datetime(2026, 11, 24, 9, tzinfo=UTC) for name in dates})
    return args


def _wrong_forms(language: str, count: int) -> re.Pattern[str]:
    """A count followed by the form that does not fit it."""
    wrong = [plural if count == 1 else single for single, plural in NOUNS[language]]
    wrong = [w for w, (s, p) in zip(wrong, NOUNS[language], strict=True) if s != p]
    return re.compile(rf"(?<![\d.,]){count} (?:{'|'.join(map(re.escape, wrong))})\b")


@pytest.fixture(scope="module")
def translator() -> Translator:
    return Translator.from_directory(Path(REPO_ROOT / "locales"), list(LANGUAGES))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_count_takes_the_right_plural(translator: Translator, language: str) -> None:
    """No "1 hours", "1 Stunden", "1 tuntia", "1 horas", "1 timer", nor "2 hour" and the like,
    in any message with any count."""
    wrong: list[str] = []
    for message_id, (dates, numbers, others) in _messages(language).items():
        if not numbers:
            continue
        for count in COUNTS:
            args = _args(dates, numbers, others - numbers - dates, count)
            text = translator.format(language, Message(message_id, args))
            if _wrong_forms(language, count).search(text):
                wrong.append(f"{message_id} ({count}): {text}")
    assert wrong == []
