"""Fluent bundles per locale: loading, formatting with fallback, and findings on broken files.

The only module that imports fluent. python-fluent turns a broken entry into Junk and a
missing message into its id, silently; here both are found, logged, and never shown.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.lists import format_list
from fluent.runtime import FluentBundle
from fluent.syntax import FluentParser, ast
from fluent.syntax.visitor import Visitor

from handlers.base import Arg, Message

log = logging.getLogger(__name__)

FALLBACK_ID = "error-text-missing"


@dataclass(frozen=True)
class Finding:
    """A problem in a locale file, with where it is."""

    file: str
    line: int
    message: str


def _line_of(source: str, offset: int) -> int:
    return source.count("\n", 0, offset) + 1


def parse_file(path: Path) -> tuple[ast.Resource, list[Finding]]:
    """Parse one .ftl file; Junk becomes a finding with its line."""
    source = path.read_text(encoding="utf-8")
    resource = FluentParser(with_spans=True).parse(source)
    findings = []
    for entry in resource.body:
        if isinstance(entry, ast.Junk):
            reason = "; ".join(a.message or "" for a in entry.annotations) or "syntax error"
            line = _line_of(source, entry.span.start if entry.span else 0)
            findings.append(Finding(str(path), line, reason))
    return resource, findings


def load_bundle(directory: Path, language: str) -> tuple[FluentBundle, list[Finding]]:
    bundle = FluentBundle(
        [language], use_isolating=False
    )  # Slack and Telegram show FSI/PDI as noise
    findings: list[Finding] = []
    for path in sorted(directory.glob("*.ftl")):
        resource, found = parse_file(path)
        findings.extend(found)
        bundle.add_resource(resource)
    return bundle, findings


class Translator:
    """Formats message ids in a language, falling back to the reference language."""

    def __init__(self, bundles: Mapping[str, FluentBundle], reference: str) -> None:
        self._bundles = dict(bundles)
        self.reference = reference

    @classmethod
    def from_directory(
        cls, locales_dir: Path, languages: Sequence[str], reference: str = "en"
    ) -> Translator:
        bundles = {}
        for language in languages:
            bundle, findings = load_bundle(locales_dir / language, language)
            for finding in findings:
                log.error("locale syntax error in %s:%d: %s", *_parts(finding))
            bundles[language] = bundle
        return cls(bundles, reference)

    @property
    def languages(self) -> list[str]:
        return list(self._bundles)

    def has(self, language: str, message_id: str) -> bool:
        bundle = self._bundles.get(language)
        return bundle is not None and bundle.has_message(message_id)

    def format(self, language: str, message: Message) -> str:
        for candidate in (language, self.reference):
            if self.has(candidate, message.id):
                if candidate != language:
                    log.error("message %s missing in %s; using %s", message.id, language, candidate)
                return self._format(candidate, message.id, message.args)
        log.error("message %s missing in every locale", message.id)
        if message.id != FALLBACK_ID:
            return self.format(language, Message(FALLBACK_ID))
        return ""

    def render(self, language: str, messages: Iterable[Message]) -> str:
        return "\n".join(self.format(language, m) for m in messages)

    def _resolve(self, language: str, value: Arg) -> object:
        """Nested messages are formatted first; a tuple of them becomes a localized list."""
        if isinstance(value, Message):
            return self.format(value.language or language, value)
        if isinstance(value, tuple):
            items = [self.format(language, item) for item in value]
            return format_list(items, locale=_babel_locale(language))
        if isinstance(value, Decimal):  # 1.00 hours is "1 hour": plurals go by the value shown
            return int(value) if value == value.to_integral_value() else value.normalize()
        return value

    def _format(self, language: str, message_id: str, args: Mapping[str, Arg]) -> str:
        bundle = self._bundles[language]
        pattern = bundle.get_message(message_id).value
        if pattern is None:
            log.error("message %s in %s has no value", message_id, language)
            return ""
        resolved = {key: self._resolve(language, value) for key, value in args.items()}
        text, errors = bundle.format_pattern(pattern, resolved)
        for error in errors:
            log.error("formatting %s in %s: %s", message_id, language, error)
        return str(text)


def _parts(finding: Finding) -> tuple[str, int, str]:
    return finding.file, finding.line, finding.message


def language_name(code: str, in_language: str) -> str:
    """The name of a language as written in another (Babel's CLDR data), e.g. fi in de: Finnisch."""
    try:
        name = Locale.parse(in_language).languages.get(code)
    except (UnknownLocaleError, ValueError):
        name = None
    return str(name or code)


def _babel_locale(language: str) -> str:
    try:
        return str(Locale.parse(language))
    except (UnknownLocaleError, ValueError):
        return "en"


# --- what the locale check needs to know about each message ---------------------------------


@dataclass(frozen=True)
class Selector:
    line: int
    keys: frozenset[str]  # the variant keys, as written ("one", "other", "0")


@dataclass(frozen=True)
class Entry:
    """One message or term of a file, as the locale check compares it across languages."""

    id: str
    file: str
    line: int
    variables: frozenset[str]
    references: frozenset[str]  # message ids and -term ids it uses
    selectors: tuple[Selector, ...]
    text: str  # the value as written, for "still the English text" warnings
    empty: bool


def entries(path: Path) -> tuple[list[Entry], list[Finding]]:
    """The messages and terms of one .ftl file, and its syntax errors."""
    source = path.read_text(encoding="utf-8")
    resource, junk = parse_file(path)
    found = []
    for item in resource.body:
        if isinstance(item, ast.Message | ast.Term):
            found.append(_entry(item, path, source))
    return found, junk


def _entry(item: ast.Message | ast.Term, path: Path, source: str) -> Entry:
    visitor = _Collect(source)
    visitor.visit(item.value)
    for attribute in item.attributes:
        visitor.visit(attribute.value)
    prefix = "-" if isinstance(item, ast.Term) else ""
    start = item.span.start if item.span else 0
    value = item.value
    text = source[value.span.start : value.span.end].strip() if value and value.span else ""
    return Entry(
        id=prefix + item.id.name,
        file=str(path),
        line=_line_of(source, start),
        variables=frozenset(visitor.variables),
        references=frozenset(visitor.references),
        selectors=tuple(visitor.selectors),
        text=text,
        empty=value is None or not any(_has_content(e) for e in value.elements),
    )


def _has_content(element: object) -> bool:
    """Text that is not blank, or a placeable that is more than a blank string literal."""
    if isinstance(element, ast.TextElement):
        return bool(element.value.strip())
    if isinstance(element, ast.Placeable) and isinstance(element.expression, ast.StringLiteral):
        return bool(element.expression.value.strip())
    return True


class _Collect(Visitor):
    def __init__(self, source: str) -> None:
        super().__init__()
        self.source = source
        self.variables: set[str] = set()
        self.references: set[str] = set()
        self.selectors: list[Selector] = []

    def visit_VariableReference(self, node: ast.VariableReference) -> None:
        self.variables.add(node.id.name)

    def visit_MessageReference(self, node: ast.MessageReference) -> None:
        self.references.add(node.id.name)

    def visit_TermReference(self, node: ast.TermReference) -> None:
        self.references.add("-" + node.id.name)
        self.generic_visit(node)

    def visit_SelectExpression(self, node: ast.SelectExpression) -> None:
        keys = frozenset(
            str(v.key.name if isinstance(v.key, ast.Identifier) else v.key.value)
            for v in node.variants
        )
        line = _line_of(self.source, node.span.start) if node.span else 0
        self.selectors.append(Selector(line, keys))
        self.generic_visit(node)
