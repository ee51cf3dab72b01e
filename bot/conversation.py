"""handle_turn(inbound) -> replies: identity, language, understanding, flow state, handler.

One unit of work per turn. The flow is an explicit table: a step state maps to the handler
that continues it, an intent maps to the handler that starts it; both are stored, so a
restart in the middle of a flow loses nothing.
"""

from __future__ import annotations

import logging
import unicodedata
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from bot import linking
from bot.clock import Clock
from bot.i18n import Translator
from bot.invitations import render_invitation
from bot.language import Detection, LanguageDetector, choose_language, normalize_language_tag
from bot.messages import Inbound, Message, RenderedChoice, Reply, dump_message, load_message
from bot.understanding import Entities, Understanding, Understood
from handlers import allowances, booking, escalation, help, package_info, returns, staff
from handlers.base import Limits, Notice, Outcome, Turn, UserFacingError
from storage.catalog import Catalog
from storage.models import ChatIdentity, Conversation, OutboxItem, Staff, TranscriptLine
from storage.repositories import Repositories
from storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)

Handler = Callable[[Turn], Awaitable[Outcome]]
Step = Callable[[Turn], Awaitable[Outcome | None]]

INTENTS: dict[str, Handler] = {
    "package_info": package_info.show,
    "hours_balance": allowances.show,
    "book_meeting": booking.start,
    "list_bookings": booking.list_bookings,
    "cancel_booking": booking.start_cancel,
    "return_check": returns.check,
    "escalate": escalation.start,
    "help": help.show,
    "unknown": help.unsure,
}

STEPS: dict[str, Step] = {
    "booking:type": booking.choose_type,
    "booking:participants": booking.participants,
    "booking:slot": booking.choose_slot,
    "booking:confirm": booking.confirm,
    "cancel:choose": booking.choose_cancel,
    "cancel:confirm": booking.confirm_cancel,
    "returns:order": returns.choose_order,
}

EXPECT = {"booking:participants": "participants"}


@dataclass(frozen=True)
class Input:
    """The inbound text after cleaning, or why there is none to work with."""

    text: str | None
    problem: str | None


def clean(inbound: Inbound, max_chars: int) -> Input:
    if inbound.choice is not None:
        return Input(None, None)
    raw = inbound.text or ""
    text = "".join(ch for ch in unicodedata.normalize("NFC", raw) if _printable(ch)).strip()
    if not raw.strip():
        return Input(None, "turn-empty")
    if not text:
        return Input(None, "turn-unreadable")
    if len(text) > max_chars:
        return Input(text, "turn-too-long")
    return Input(text, None)


def _printable(ch: str) -> bool:
    return ch in "\n\t" or not unicodedata.category(ch).startswith("C")


class Core:
    """The conversation core that every channel holds."""

    def __init__(
        self,
        units: Callable[[], UnitOfWork],
        translator: Translator,
        detector: LanguageDetector,
        understanding: Understanding,
        catalog: Catalog,
        clock: Clock,
        limits: Limits,
        max_chars: int = 4000,
        fallback_language: str = "en",
    ) -> None:
        self.units = units
        self.translator = translator
        self.detector = detector
        self.understanding = understanding
        self.catalog = catalog
        self.clock = clock
        self.limits = limits
        self.max_chars = max_chars
        self.fallback_language = fallback_language
        self._notice_listeners: list[Callable[[], None]] = []

    def on_notices(self, listener: Callable[[], None]) -> None:
        """Called after a turn that queued notices for others (a channel wakes its courier)."""
        self._notice_listeners.append(listener)

    def announce_notices(self) -> None:
        for listener in self._notice_listeners:
            listener()

    def _notify(self, repos: Repositories) -> None:
        if repos.outbox.added:
            self.announce_notices()

    async def handle_turn(self, inbound: Inbound) -> list[Reply]:
        turn_id = uuid.uuid4().hex[:12]
        try:
            return await self._turn(inbound)
        except Exception:
            log.exception("turn %s failed (channel %s)", turn_id, inbound.channel)
            language = self._guess_language(inbound)
            return [self._reply(language, "error", Outcome().say("turn-error", turn=turn_id))]

    def _guess_language(self, inbound: Inbound) -> str:
        hint = normalize_language_tag(inbound.language_hint, self.translator.languages)
        if inbound.text:
            found = self.detector.detect(inbound.text)
            if found.language and self.detector.is_confident(found, inbound.text):
                return found.language
        return hint or self.fallback_language

    async def _turn(self, inbound: Inbound) -> list[Reply]:
        now = self.clock.now()
        cleaned = clean(inbound, self.max_chars)
        # What depends on the text alone is worked out before the transaction holds any lock.
        detection = self._detect(cleaned.text)
        async with self.units() as uow:
            repos = uow.repos
            if inbound.delivery_key and not await repos.deliveries.claim(
                inbound.channel, inbound.delivery_key, now
            ):
                log.info(
                    "%s delivery %s seen before: skipped", inbound.channel, inbound.delivery_key
                )
                return []
            identity = await self._identity(repos, inbound, now)
            conversation = await repos.chats.conversation(identity.id, now)
            if inbound.link_code is not None:
                replies = [await self._redeem(repos, identity, inbound, now)]
                conversation.language = replies[0].language
            elif identity.staff_id is not None:
                replies = await self._staff_turn(repos, identity, inbound, cleaned, now)
                said = cleaned.text or self._picked(conversation, inbound, replies[0].language)
                self._log_transcript(repos, identity, said, replies, now)
            else:
                replies = await self._buyer_side(
                    repos, identity, conversation, inbound, cleaned, detection, now
                )
            await uow.commit()
        self._notify(repos)
        return replies

    async def _buyer_side(
        self,
        repos: Repositories,
        identity: ChatIdentity,
        conversation: Conversation,
        inbound: Inbound,
        cleaned: Input,
        detection: Detection | None,
        now: Any,
    ) -> list[Reply]:
        buyer = await self._buyer(repos, identity, inbound, now)
        language = self._language(cleaned.text, detection, inbound, conversation, buyer)
        picked = self._picked(conversation, inbound, language)
        if buyer is None:
            replies = [self._not_linked(language, inbound, identity)]
        else:
            turn = self._make_turn(repos, identity, buyer, language, cleaned, inbound, now)
            replies = await self._buyer_turn(turn, conversation, cleaned)
            language = replies[-1].language if replies else language
        conversation.language = language
        conversation.updated_at = now
        self._log_transcript(repos, identity, cleaned.text or picked, replies, now)
        return replies

    # --- who is speaking ----------------------------------------------------------------

    async def _identity(self, repos: Repositories, inbound: Inbound, now: Any) -> ChatIdentity:
        identity = await repos.accounts.identity(inbound.channel, inbound.user_id)
        if identity is None:
            identity = ChatIdentity(
                channel=inbound.channel, external_id=inbound.user_id, created_at=now
            )
            repos.add(identity)
        if inbound.address:
            identity.address = inbound.address
        await repos.flush()
        return identity

    async def _buyer(self, repos: Any, identity: ChatIdentity, inbound: Inbound, now: Any) -> Any:
        """The linked buyer; in a channel shared with a customer, its members become buyers."""
        if identity.buyer_id is not None:
            return await repos.people.buyer(identity.buyer_id)
        space = (
            await repos.accounts.shared_space(inbound.channel, inbound.space)
            if inbound.space
            else None
        )
        if space is None:
            return None
        buyer = await repos.people.new_buyer(
            handle=f"{inbound.channel}-{inbound.user_id}".lower()[:64],
            name=(inbound.display_name or inbound.user_id)[:200],
            customer_id=space.customer_id,
        )
        identity.buyer_id = buyer.id
        log.info(
            "identity %s joined customer %s through a shared space", identity.id, buyer.customer_id
        )
        return buyer

    async def _redeem(
        self, repos: Repositories, identity: ChatIdentity, inbound: Inbound, now: Any
    ) -> Reply:
        """An invitation link opened: link the account, or say why not (used, expired, unknown)."""
        hint = normalize_language_tag(inbound.language_hint, self.translator.languages)
        try:
            person = await linking.redeem(repos, identity, inbound.link_code or "", now)
        except UserFacingError as refusal:
            return self._reply(
                hint or self.fallback_language, "link", Outcome(messages=[refusal.message])
            )
        if isinstance(person, Staff):
            language = person.languages[0] if person.languages else self.fallback_language
            return self._reply(language, "link", Outcome().say("link-done-staff", name=person.name))
        language = person.preferred_language or person.customer.default_language
        done = Outcome().say("link-done-buyer", name=person.name, customer=person.customer.name)
        return self._reply(language, "link", help.menu(done))

    async def _staff_turn(
        self, repos: Any, identity: ChatIdentity, inbound: Inbound, cleaned: Input, now: Any
    ) -> list[Reply]:
        staff_member = await repos.people.staff(identity.staff_id)
        languages = staff_member.languages if staff_member else []
        language = languages[0] if languages else self.fallback_language
        ref = (
            await repos.deliveries.message_ref(inbound.channel, inbound.reply_to)
            if inbound.reply_to
            else None
        )
        answering = await repos.cases.get(ref.escalation_id) if ref else None
        try:
            outcome = await staff.act(
                repos, staff_member, now, inbound.choice, cleaned.text, answering
            )
        except UserFacingError as refusal:
            outcome = Outcome(messages=[refusal.message])
        for notice in outcome.notices:
            enqueue(repos, notice, now)
        return [self._reply(language, "staff", outcome)]

    # --- language and understanding ------------------------------------------------

    def _detect(self, text: str | None) -> Detection | None:
        if not text:
            return None
        return self.detector.detect(text, self.understanding.phrase_scores(text))

    def _language(
        self,
        text: str | None,
        detection: Detection | None,
        inbound: Inbound,
        conversation: Conversation,
        buyer: Any,
    ) -> str:
        supported = self.translator.languages
        hint = normalize_language_tag(inbound.language_hint, supported)
        preference = buyer.preferred_language if buyer else None
        default = buyer.customer.default_language if buyer else self.fallback_language
        if not text or detection is None:
            return conversation.language or hint or preference or default
        choice = choose_language(
            detection,
            text,
            conversation=conversation.language,
            explicit=conversation.language_explicit,
            hint=hint,
            preference=preference,
            default=default,
            detector_confident=self.detector.is_confident(detection, text),
        )
        return choice.language

    def _understand(self, text: str | None, language: str, state: str, turn_now: Any) -> Understood:
        if not text:
            return Understood("unknown", 0.0, Entities(), {})
        today = turn_now.date()
        return self.understanding.understand(text, language, today, expect=EXPECT.get(state))

    def _make_turn(
        self,
        repos: Any,
        identity: ChatIdentity,
        buyer: Any,
        language: str,
        cleaned: Input,
        inbound: Inbound,
        now: Any,
    ) -> Turn:
        return Turn(
            repos=repos,
            catalog=self.catalog,
            now=now,
            identity=identity,
            buyer=buyer,
            customer=buyer.customer,
            language=language,
            intent="unknown",
            entities=Entities(),
            text=cleaned.text,
            choice=inbound.choice,
            limits=self.limits,
        )

    # --- routing ---------------------------------------------------------------------

    async def _buyer_turn(
        self, turn: Turn, conversation: Conversation, cleaned: Input
    ) -> list[Reply]:
        turn.data = dict(conversation.data or {})
        if cleaned.problem is not None:
            return [self._problem_reply(turn, conversation, cleaned.problem)]
        understood = self._understand(
            cleaned.text, turn.language, conversation.state, turn.local(turn.now)
        )
        turn.intent, turn.entities = understood.intent, understood.entities
        active = await turn.repos.cases.active(turn.identity.id)
        if active is not None and turn.text and understood.intent != "set_language":
            outcome = await escalation.forward(turn, active)
            outcome.state, outcome.data = conversation.state, turn.data
            intent = "escalation"
        else:
            intent, outcome = await self._route(turn, conversation, understood)
        if intent == "set_language":
            turn.language = self._set_language(turn, conversation, understood, outcome)
        await self._save(turn, conversation, outcome)
        return [self._reply(turn.language, intent, outcome)] if outcome.messages else []

    async def _route(
        self, turn: Turn, conversation: Conversation, understood: Understood
    ) -> tuple[str, Outcome]:
        state = conversation.state
        if turn.choice is not None:
            return await self._choice(turn, conversation)
        step = STEPS.get(state)
        if step is not None:
            outcome = await self._run(step, turn)
            if outcome is not None:
                return state, outcome
        if understood.intent == "set_language":
            return "set_language", Outcome()
        if understood.intent != "unknown":
            return understood.intent, await self._run_intent(understood.intent, turn)
        if step is not None:
            return state, self._reprompt(conversation, "turn-not-understood-step")
        return "unknown", await self._run_intent("unknown", turn)

    async def _choice(self, turn: Turn, conversation: Conversation) -> tuple[str, Outcome]:
        choice = turn.choice or ""
        if choice.startswith("menu:") and choice[5:] in (*INTENTS, "set_language"):
            intent = choice[5:]
            if intent == "set_language":
                return intent, Outcome()
            return intent, await self._run_intent(intent, turn)
        if choice.startswith("lang:"):
            return "set_language", Outcome()
        offered = [value for value, _label in conversation.data.get("offered", [])]
        step = STEPS.get(conversation.state)
        if step is None or choice not in offered:
            stale = "choice-stale" if _looks_like_ours(choice) else "choice-unknown"
            return "unknown", help.menu(Outcome().say(stale))
        outcome = await self._run(step, turn)
        if outcome is None:
            return conversation.state, self._reprompt(conversation, "choice-unknown")
        return conversation.state, outcome

    async def _run(self, step: Step, turn: Turn) -> Outcome | None:
        try:
            return await step(turn)
        except UserFacingError as refusal:
            return Outcome(messages=[refusal.message])

    async def _run_intent(self, intent: str, turn: Turn) -> Outcome:
        try:
            return await INTENTS[intent](turn)
        except UserFacingError as refusal:
            return Outcome(messages=[refusal.message])

    def _reprompt(self, conversation: Conversation, message_id: str) -> Outcome:
        data = conversation.data or {}
        out = Outcome(state=conversation.state, data=dict(data))
        out.say(message_id)
        out.messages.extend(load_message(m) for m in data.get("prompt", []))
        for value, label in data.get("offered", []):
            message = load_message(label)
            out.offer(value, message.id, **message.args)
        return out

    def _problem_reply(self, turn: Turn, conversation: Conversation, problem: str) -> Reply:
        """Bad input is answered, and an open step is offered again (its state is untouched)."""
        if conversation.state != "idle":
            outcome = self._reprompt(conversation, problem)
            outcome.messages[0] = Message(problem, {"max": self.max_chars})
        else:
            outcome = help.menu(Outcome().say(problem, max=self.max_chars))
        return self._reply(turn.language, "unknown", outcome)

    def _set_language(
        self, turn: Turn, conversation: Conversation, understood: Understood, out: Outcome
    ) -> str:
        target = understood.entities.target_language
        if turn.choice and turn.choice.startswith("lang:"):
            target = turn.choice[5:]
        if target not in self.translator.languages:
            out.say("language-choose")
            for code in self.translator.languages:
                out.offer(
                    f"lang:{code}",
                    "language-option",
                    name=self.translator.format(code, Message("language-own-name")),
                )
            return turn.language
        conversation.language_explicit = True
        turn.buyer.preferred_language = target
        out.say("language-set")
        return str(target)

    async def _save(self, turn: Turn, conversation: Conversation, outcome: Outcome) -> None:
        data = dict(outcome.data)
        data["offered"] = [[c.value, dump_message(c.label)] for c in outcome.choices]
        data["prompt"] = [dump_message(m) for m in outcome.messages[-1:]]
        conversation.state, conversation.data = outcome.state, data
        for notice in outcome.notices:
            enqueue(turn.repos, notice, turn.now)

    # --- rendering --------------------------------------------------------------------

    def _reply(self, language: str, intent: str, outcome: Outcome) -> Reply:
        return render(self.translator, language, intent, outcome, self.clock.now())

    def _not_linked(self, language: str, inbound: Inbound, identity: ChatIdentity) -> Reply:
        outcome = Outcome().say(
            "identity-not-linked", channel=inbound.channel, user=inbound.user_id
        )
        return self._reply(language, "unknown", outcome)

    def _picked(self, conversation: Conversation, inbound: Inbound, language: str) -> str:
        """The words of the option the buyer picked, for the transcript a contact reads."""
        if inbound.choice is None:
            return ""
        for value, label in (conversation.data or {}).get("offered", []):
            if value == inbound.choice:
                return f"[{self.translator.format(language, load_message(label))}]"
        return f"[{inbound.choice[:64]}]"

    def _log_transcript(
        self, repos: Any, identity: ChatIdentity, said: str, replies: list[Reply], now: Any
    ) -> None:
        if said:
            repos.add(
                TranscriptLine(identity_id=identity.id, direction="in", text=said, created_at=now)
            )
        for reply in replies:
            repos.add(
                TranscriptLine(
                    identity_id=identity.id, direction="out", text=reply.text, created_at=now
                )
            )


def _looks_like_ours(choice: str) -> bool:
    return choice.split(":", 1)[0] in {"type", "slot", "later", "confirm", "cancel", "order"}


def render(translator: Translator, language: str, intent: str, outcome: Outcome, now: Any) -> Reply:
    choices = tuple(
        RenderedChoice(c.value, translator.format(language, c.label)) for c in outcome.choices
    )
    attachments = tuple(
        render_invitation(invite, translator, language, now) for invite in outcome.invitations
    )
    return Reply(
        language=language,
        intent=intent,
        text=translator.render(language, outcome.messages),
        messages=tuple(outcome.messages),
        choices=choices,
        attachments=attachments,
    )


def enqueue(repos: Any, notice: Notice, now: Any) -> None:
    payload = {
        "messages": [dump_message(m) for m in notice.messages],
        "choices": [[c.value, dump_message(c.label)] for c in notice.choices],
    }
    repos.outbox.add(
        OutboxItem(
            identity_id=notice.identity_id,
            payload=payload,
            escalation_id=notice.escalation_id,
            created_at=now,
            attempts=0,
        )
    )
