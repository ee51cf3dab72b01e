"""`supportbot locales check`: each kind of defect in a locale tree, found with file and line."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from bot.app import intents_of
from bot.i18n.check import check_locales
from bot.settings import REPO_ROOT
from handlers import CAPABILITIES
from tests.command import run

LANGUAGES = ["en", "de", "fi", "es", "nb"]
INTENTS = intents_of(CAPABILITIES)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of the shipped locales, to break on purpose."""
    target = tmp_path / "locales"
    shutil.copytree(REPO_ROOT / "locales", target)
    return target


def errors(tree: Path) -> list[tuple[str, int, str, dict[str, str | int]]]:
    found = check_locales(tree, LANGUAGES, "en", INTENTS)
    return [
        (str(Path(p.file).relative_to(tree)), p.line, p.code, p.args)
        for p in found
        if p.severity == "error"
    ]


def append(path: Path, text: str) -> int:
    """Append lines to a file; returns the line number of the first one."""
    before = path.read_text(encoding="utf-8")
    if not before.endswith("\n"):
        before += "\n"
    path.write_text(before + text, encoding="utf-8")
    return before.count("\n") + 1


def replace_line(path: Path, start: str, new: str) -> int:
    lines = path.read_text(encoding="utf-8").split("\n")
    number = next(i for i, line in enumerate(lines) if line.startswith(start))
    lines[number] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return number + 1


def test_the_shipped_locales_have_no_errors() -> None:
    """What we ship passes (warnings, like a word that is the same in both languages, allowed)."""
    assert errors(REPO_ROOT / "locales") == []


def test_a_syntax_error_is_found_with_its_line(tree: Path) -> None:
    """Fluent turns a broken entry into Junk; the check names file, line and Fluent's reason."""
    line = append(tree / "fi" / "core.ftl", "broken-entry = { $unclosed\n")
    ((file, at, code, args),) = errors(tree)
    assert (file, at, code) == ("fi/core.ftl", line, "syntax")
    assert "Expected" in str(args["reason"])


def test_missing_and_extra_messages(tree: Path) -> None:
    """A message only in English is missing in a translation; one only there is extra."""
    replace_line(tree / "de" / "core.ftl", "turn-empty =", "# removed")
    line = append(tree / "nb" / "core.ftl", "only-in-norwegian = Hei\n")
    found = errors(tree)
    assert (
        "de/core.ftl",
        0,
        "missing",
        {"id": "turn-empty", "where": f"{tree}/en/core.ftl:4"},
    ) in found
    assert ("nb/core.ftl", line, "extra", {"id": "only-in-norwegian"}) in found
    assert len(found) == 2


def test_variables_that_differ_from_english(tree: Path) -> None:
    """$turn in English but $turn_id in Finnish is caught, both ways round."""
    line = replace_line(
        tree / "fi" / "core.ftl",
        "turn-error =",
        "turn-error = Jotain meni vikaan. (Viite: { $turn_id })",
    )
    ((file, at, code, args),) = errors(tree)
    assert (file, at, code) == ("fi/core.ftl", line, "variables")
    assert args == {"id": "turn-error", "missing": "$turn", "extra": "$turn_id"}


def test_a_plural_selector_lacking_a_category_cldr_needs(tree: Path) -> None:
    """Spanish needs one, many and other (CLDR); a selector without many is an error."""
    path = tree / "es" / "booking.ftl"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    [many] { $max } personas\n", "", 1), encoding="utf-8")
    ((file, at, code, args),) = errors(tree)
    assert (file, code, args) == (
        "es/booking.ftl",
        "plural",
        {"id": "booking-too-many", "missing": "many"},
    )
    assert at == 13


def test_a_select_without_a_default_variant_is_a_syntax_error(tree: Path) -> None:
    """Fluent requires a *default variant; without one the entry is Junk, found at its line."""
    path = tree / "de" / "core.ftl"
    line = replace_line(
        path, "turn-too-long =", "turn-too-long = { $max ->\n    [one] eins\n    [other] viele\n}"
    )
    found = [(file, at, code) for file, at, code, _args in errors(tree)]
    assert found == [("de/core.ftl", line, "syntax"), ("de/core.ftl", 0, "missing")]


def test_references_to_missing_messages_and_terms(tree: Path) -> None:
    """{ other-message } and { -term } must exist in the same language."""
    line = replace_line(
        tree / "nb" / "core.ftl",
        "turn-unreadable =",
        "turn-unreadable = { -brand } { no-such-message }",
    )
    found = errors(tree)
    assert (
        "nb/core.ftl",
        line,
        "reference",
        {"id": "turn-unreadable", "target": "-brand"},
    ) in found
    assert (
        "nb/core.ftl",
        line,
        "reference",
        {"id": "turn-unreadable", "target": "no-such-message"},
    ) in found


def test_an_empty_value(tree: Path) -> None:
    """A message whose text is only blank is an error, not a silent empty reply."""
    line = replace_line(tree / "es" / "core.ftl", "choice-unknown =", 'choice-unknown = { "" }')
    found = errors(tree)
    assert ("es/core.ftl", line, "empty", {"id": "choice-unknown"}) in found


def test_too_few_example_phrases_for_an_intent(tree: Path) -> None:
    """An intent with fewer than five phrases in a language would not be understood there."""
    path = tree / "fi" / "understanding.toml"
    text = path.read_text(encoding="utf-8")
    start = text.index("return_check = [")
    end = text.index("]", start)
    path.write_text(text[:start] + 'return_check = ["palautus"' + text[end:], encoding="utf-8")
    ((file, at, code, args),) = errors(tree)
    assert (file, code, args) == (
        "fi/understanding.toml",
        "examples",
        {"intent": "return_check", "count": 1, "needed": 5},
    )
    assert path.read_text(encoding="utf-8").split("\n")[at - 1].startswith("return_check")


def test_a_translation_identical_to_english_is_only_a_warning(tree: Path) -> None:
    """Warnings are shown but do not fail."""
    replace_line(
        tree / "de" / "core.ftl",
        "choice-unknown =",
        "choice-unknown = I don't recognise that choice. Please pick one of the options.",
    )
    assert errors(tree) == []
    warnings = [
        p for p in check_locales(tree, LANGUAGES, "en", INTENTS) if p.code == "untranslated"
    ]
    assert any(p.args["id"] == "choice-unknown" for p in warnings)


def test_the_command_fails_and_speaks_json(tree: Path) -> None:
    """`supportbot locales check DIR` exits 1 on an error; --json gives the same findings."""
    line = append(tree / "fi" / "core.ftl", "broken = {\n")
    command = ["locales", "check", str(tree)]
    done = run(dict(os.environ), *command)
    assert done.returncode == 1
    assert f"{tree}/fi/core.ftl:{line}: error: syntax error" in done.stderr
    as_json = run(dict(os.environ), *command, "--json")
    (finding,) = [f for f in json.loads(as_json.stdout) if f["severity"] == "error"]
    assert (finding["line"], finding["code"], as_json.returncode) == (line, "syntax", 1)
