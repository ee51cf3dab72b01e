"""The `supportbot` command: chat, db, demo, catalog, nlu, escalations."""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from bot.clock import Clock, parse_now
from bot.i18n import Translator
from bot.messages import Message
from bot.settings import Settings, default_data_dir, load_settings

log = logging.getLogger(__name__)

CHAT_CHANNELS = ("slack", "telegram", "console")
IMPORT_KINDS = ("contacts", "customers", "buyers", "contracts", "orders")


class Cli:
    """Formats the command's own output through Fluent, in the admin language."""

    def __init__(self, settings: Settings) -> None:
        from bot.app import build_translator

        self.settings = settings
        self.translator: Translator = build_translator(settings)
        self.language = settings.admin_language

    def t(self, message_id: str, **args: Any) -> str:
        return self.translator.format(self.language, Message(message_id, args))

    def say(self, message_id: str, **args: Any) -> None:
        print(self.t(message_id, **args), flush=True)

    def fail(self, message_id: str, **args: Any) -> int:
        print(self.t(message_id, **args), file=sys.stderr)
        return 1


def _clock(now: str | None) -> Clock:
    return parse_now(now) if now else Clock()


def build_parser(cli: Cli) -> argparse.ArgumentParser:
    t = cli.t
    parser = argparse.ArgumentParser(prog="supportbot", description=t("cli-description"))
    parser.add_argument("-v", "--verbose", action="store_true", help=t("cli-verbose"))
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    chat = commands.add_parser("chat", help=t("cli-chat"), description=t("cli-chat"))
    chat.add_argument("--as", dest="handle", required=True, help=t("cli-chat-as"))
    chat.add_argument("--json", action="store_true", help=t("cli-chat-json"))
    chat.add_argument("--now", help=t("cli-now"))

    db = commands.add_parser("db", help=t("cli-db"), description=t("cli-db"))
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help=t("cli-db-upgrade"))

    demo = commands.add_parser("demo", help=t("cli-demo"), description=t("cli-demo"))
    demo.add_argument("--now", help=t("cli-now"))
    demo.add_argument("--if-missing", action="store_true", help=t("cli-demo-if-missing"))

    catalog = commands.add_parser("catalog", help=t("cli-catalog"), description=t("cli-catalog"))
    catalog_commands = catalog.add_subparsers(
        dest="catalog_command", required=True, metavar="ACTION"
    )
    check = catalog_commands.add_parser("check", help=t("cli-catalog-check"))
    check.add_argument("directory", nargs="?", type=Path, help=t("cli-catalog-dir"))

    locales = commands.add_parser("locales", help=t("cli-locales"), description=t("cli-locales"))
    locale_commands = locales.add_subparsers(
        dest="locales_command", required=True, metavar="ACTION"
    )
    locale_check = locale_commands.add_parser("check", help=t("cli-locales-check"))
    locale_check.add_argument("directory", nargs="?", type=Path, help=t("cli-locales-dir"))
    locale_check.add_argument("--json", action="store_true", help=t("cli-json"))

    nlu = commands.add_parser("nlu", help=t("cli-nlu"), description=t("cli-nlu"))
    nlu_commands = nlu.add_subparsers(dest="nlu_command", required=True, metavar="ACTION")
    evaluate = nlu_commands.add_parser("eval", help=t("cli-nlu-eval"))
    evaluate.add_argument("file", type=Path, help=t("cli-nlu-file"))
    evaluate.add_argument("--json", action="store_true", help=t("cli-json"))

    _escalation_parser(commands, t)
    _link_parsers(commands, t)
    _invite_parser(commands, t)
    _privacy_parsers(commands, t)
    _serve_parser(commands, t)
    return parser


def _invite_parser(commands: Any, t: Callable[..., str]) -> None:
    invite = commands.add_parser("invite", help=t("cli-invite"), description=t("cli-invite"))
    who = invite.add_mutually_exclusive_group(required=True)
    who.add_argument("--buyer", help=t("cli-link-buyer"))
    who.add_argument("--staff", help=t("cli-link-staff"))
    who.add_argument("--customer", help=t("cli-invite-customer"))
    invite.add_argument("--name", help=t("cli-invite-name"))
    invite.add_argument("--ttl", default="7d", help=t("cli-invite-ttl"))


def _link_parsers(commands: Any, t: Callable[..., str]) -> None:
    for name in ("link", "unlink"):
        action = commands.add_parser(name, help=t(f"cli-{name}"), description=t(f"cli-{name}"))
        action.add_argument("channel", choices=CHAT_CHANNELS, help=t("cli-link-channel"))
        action.add_argument("--team", help=t("cli-link-team"))
        account = action.add_mutually_exclusive_group(required=True)
        account.add_argument("--user", help=t("cli-link-user"))
        account.add_argument("--channel", dest="space", help=t("cli-link-space"))
        if name == "link":
            target = action.add_mutually_exclusive_group(required=True)
            target.add_argument("--buyer", help=t("cli-link-buyer"))
            target.add_argument("--staff", help=t("cli-link-staff"))
            target.add_argument("--customer", help=t("cli-link-customer"))


def _privacy_parsers(commands: Any, t: Callable[..., str]) -> None:
    buyer = commands.add_parser("buyer", help=t("cli-buyer"), description=t("cli-buyer"))
    actions = buyer.add_subparsers(dest="buyer_command", required=True, metavar="ACTION")
    export = actions.add_parser("export", help=t("cli-buyer-export"))
    export.add_argument("handle", help=t("cli-buyer-id"))
    export.add_argument("--output", type=Path, help=t("cli-buyer-output"))
    erase = actions.add_parser("erase", help=t("cli-buyer-erase"))
    erase.add_argument("handle", help=t("cli-buyer-id"))
    erase.add_argument("--yes", action="store_true", help=t("cli-buyer-yes"))
    imports = commands.add_parser("import", help=t("cli-import"), description=t("cli-import"))
    imports.add_argument("kind", choices=IMPORT_KINDS, help=t("cli-import-kind"))
    imports.add_argument("file", type=Path, help=t("cli-import-file"))
    imports.add_argument("--apply", action="store_true", help=t("cli-import-apply"))
    contact = commands.add_parser("contact", help=t("cli-contact"), description=t("cli-contact"))
    contact.add_argument("handle", help=t("cli-link-staff"))
    contact.add_argument("--zone", help=t("cli-contact-zone"))
    contact.add_argument("--hours", help=t("cli-contact-hours"))
    away = contact.add_mutually_exclusive_group()
    away.add_argument("--away", nargs=2, metavar=("FROM", "UNTIL"), help=t("cli-contact-away"))
    away.add_argument("--back", action="store_true", help=t("cli-contact-back"))
    listing = commands.add_parser("list", help=t("cli-list"), description=t("cli-list"))
    listing.add_argument(
        "kind", choices=("contacts", "customers", "buyers"), help=t("cli-list-kind")
    )
    listing.add_argument("--customer", help=t("cli-list-customer"))
    show = commands.add_parser("show", help=t("cli-show"), description=t("cli-show"))
    show_kinds = show.add_subparsers(dest="show_kind", required=True, metavar="KIND")
    show_customer = show_kinds.add_parser("customer", help=t("cli-show"))
    show_customer.add_argument("key", help=t("cli-show-key"))
    audit = commands.add_parser("audit", help=t("cli-audit"), description=t("cli-audit"))
    audit.add_argument("--limit", type=int, default=50, help=t("cli-audit-limit"))


def _serve_parser(commands: Any, t: Callable[..., str]) -> None:
    serve = commands.add_parser("serve", help=t("cli-serve"), description=t("cli-serve"))
    serve.add_argument(
        "channel", nargs="?", choices=("slack", "telegram"), help=t("cli-serve-channel")
    )
    serve.add_argument("--socket-mode", action="store_true", help=t("cli-serve-socket-mode"))
    serve.add_argument("--webhook-url", help=t("cli-serve-webhook-url"))
    serve.add_argument("--host", help=t("cli-serve-host"))
    serve.add_argument("--port", type=int, help=t("cli-serve-port"))
    serve.add_argument("--now", help=t("cli-now"))


def _escalation_parser(commands: Any, t: Callable[..., str]) -> None:
    esc = commands.add_parser(
        "escalations", help=t("cli-escalations"), description=t("cli-escalations")
    )
    actions = esc.add_subparsers(dest="action", required=True, metavar="ACTION")
    listing = actions.add_parser("list", help=t("cli-esc-list"))
    listing.add_argument("--as", dest="staff", help=t("cli-esc-as"))
    listing.add_argument("--all", action="store_true", help=t("cli-esc-all"))
    for name in ("show", "claim", "reply", "resolve"):
        action = actions.add_parser(name, help=t(f"cli-esc-{name}"))
        action.add_argument("id", type=int, help=t("cli-esc-id"))
        action.add_argument("--as", dest="staff", help=t("cli-esc-as"))
        if name == "reply":
            action.add_argument("text", help=t("cli-esc-text"))
        action.add_argument("--now", help=t("cli-now"))


def main(argv: Sequence[str] | None = None) -> int:
    settings = load_settings()
    cli = Cli(settings)
    args = build_parser(cli).parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    handler = COMMANDS[args.command]
    try:
        return handler(cli, args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # e.g. piped into `head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0


def _run_chat(cli: Cli, args: argparse.Namespace) -> int:
    from bot.app import build_app
    from bot.channels.console import Console, run

    async def chat() -> None:
        app = build_app(cli.settings, _clock(args.now))
        try:
            console = Console(
                app, args.handle, args.json, attachments_dir=default_data_dir() / "invitations"
            )
            await run(console, sys.stdin)
        finally:
            await app.close()

    asyncio.run(chat())
    return 0


def _run_db(cli: Cli, args: argparse.Namespace) -> int:
    from storage.migrate import upgrade

    upgrade(cli.settings.database_url.get_secret_value())
    cli.say("cli-db-upgraded")
    return 0


def _run_demo(cli: Cli, args: argparse.Namespace) -> int:
    from bot.app import build_app
    from storage import demo

    async def load() -> bool:
        app = build_app(cli.settings, _clock(args.now))
        try:
            async with app.unit() as uow:
                if args.if_missing and await demo.has_demo(uow.repos):
                    return False
                await demo.load(uow.repos, app.catalog, app.core.clock.now())
                await uow.commit()
                return True
        finally:
            await app.close()

    loaded = asyncio.run(load())
    cli.say(
        "cli-demo-loaded" if loaded else "cli-demo-kept",
        handles=", ".join(c.handle for c in demo.CUSTOMERS),
    )
    return 0


def _run_catalog(cli: Cli, args: argparse.Namespace) -> int:
    from storage.catalog import CatalogError, load_catalog

    directory = args.directory or cli.settings.catalog_dir
    try:
        catalog = load_catalog(directory)
    except CatalogError as error:
        for problem in error.problems:
            print(
                cli.t(
                    "cli-catalog-problem",
                    file=problem.file,
                    entry=problem.entry,
                    reason=problem.reason,
                ),
                file=sys.stderr,
            )
        return 1
    cli.say("cli-catalog-ok", packages=len(catalog.packages), providers=len(catalog.providers))
    return 0


def _run_locales(cli: Cli, args: argparse.Namespace) -> int:
    from bot.locales_check import check_locales

    settings = cli.settings
    directory = args.directory or settings.locales_dir
    problems = check_locales(directory, settings.languages, settings.reference_language)
    errors = sum(p.severity == "error" for p in problems)
    if args.json:
        dump_json(
            [{**vars(p), "text": cli.translator.format(cli.language, p.message)} for p in problems]
        )
        return 1 if errors else 0
    for problem in problems:
        line = cli.t(
            "cli-locales-line",
            file=problem.file,
            line=str(problem.line),
            severity=Message(f"check-severity-{problem.severity}"),
            text=problem.message,
        )
        print(line, file=sys.stderr if problem.severity == "error" else sys.stdout)
    warnings = len(problems) - errors
    if errors:
        return cli.fail("cli-locales-failed", errors=errors, warnings=warnings)
    cli.say("cli-locales-ok", languages=len(settings.languages), warnings=warnings)
    return 0


def _run_nlu(cli: Cli, args: argparse.Namespace) -> int:
    from bot.nlu_report import run_eval

    return run_eval(cli, args.file, args.json)


def _run_escalations(cli: Cli, args: argparse.Namespace) -> int:
    from bot.staffdesk import run_action

    return run_action(cli, args)


def _run_link(cli: Cli, args: argparse.Namespace) -> int:
    from bot import linking
    from bot.admin import admin_actor
    from bot.app import open_storage
    from handlers.base import UserFacingError

    async def change() -> Message:
        engine, units = open_storage(cli.settings)
        try:
            async with units() as uow:
                account = linking.external_id(args.channel, args.user or args.space, args.team)
                now = Clock().now()
                done = await _link_action(linking, uow.repos, args, account, now)
                named = (getattr(args, k, None) for k in ("buyer", "staff", "customer"))
                target = next((n for n in named if n), "")
                uow.repos.audit.record(
                    now, admin_actor(), args.command, f"{args.channel}:{account}", to=target
                )
                await uow.commit()
                return done
        finally:
            await engine.dispose()

    try:
        print(cli.translator.format(cli.language, asyncio.run(change())))
    except UserFacingError as refusal:
        print(cli.translator.format(cli.language, refusal.message), file=sys.stderr)
        return 1
    return 0


async def _link_action(
    linking: Any, repos: Any, args: argparse.Namespace, account: str, now: Any
) -> Message:
    from handlers.base import UserFacingError

    if args.command == "unlink":
        return await linking.unlink(repos, args.channel, account)  # type: ignore[no-any-return]
    if args.customer:
        if not args.space:
            raise UserFacingError("cli-link-customer-needs-channel")
        return await linking.link_space(repos, args.channel, account, args.customer, now)  # type: ignore[no-any-return]
    if args.buyer and args.space:
        raise UserFacingError("cli-link-buyer-needs-user")
    return await linking.link_account(  # type: ignore[no-any-return]
        repos, args.channel, account, now, buyer=args.buyer, staff=args.staff
    )


def _run_invite(cli: Cli, args: argparse.Namespace) -> int:
    from bot.invite import run_invite
    from bot.serve import MissingSetting
    from handlers.base import UserFacingError

    try:
        return run_invite(cli, args)
    except MissingSetting as missing:
        return cli.fail("cli-serve-missing-setting", name=missing.name)
    except UserFacingError as refusal:
        print(cli.translator.format(cli.language, refusal.message), file=sys.stderr)
        return 1


def _run_privacy(cli: Cli, args: argparse.Namespace) -> int:
    from bot.admin import run_audit, run_buyer, run_contact, run_import, run_list, run_show

    runners = {
        "buyer": run_buyer,
        "audit": run_audit,
        "import": run_import,
        "contact": run_contact,
        "list": run_list,
        "show": run_show,
    }
    return runners[args.command](cli, args)


def _run_serve(cli: Cli, args: argparse.Namespace) -> int:
    from bot.serve import MissingSetting, serve

    try:
        return serve(cli, args)
    except MissingSetting as missing:
        return cli.fail("cli-serve-missing-setting", name=missing.name)


COMMANDS: dict[str, Callable[[Cli, argparse.Namespace], int]] = {
    "chat": _run_chat,
    "db": _run_db,
    "demo": _run_demo,
    "catalog": _run_catalog,
    "nlu": _run_nlu,
    "locales": _run_locales,
    "escalations": _run_escalations,
    "link": _run_link,
    "unlink": _run_link,
    "serve": _run_serve,
    "invite": _run_invite,
    "buyer": _run_privacy,
    "audit": _run_privacy,
    "import": _run_privacy,
    "contact": _run_privacy,
    "list": _run_privacy,
    "show": _run_privacy,
}


def dump_json(data: object) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    raise SystemExit(main())
