"""handle_turn(inbound) -> replies: dedupe, identity, language, route, handler, save, commit.

One unit of work per turn. The dialogue state is stored with the conversation, so no channel
is special and a restart in the middle of a flow loses nothing.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime

from bot.clock import Clock
from bot.core import identity, language
from bot.core.dialogue import Dialogue, record
from bot.core.messages import Inbound, Input, Reply, clean
from bot.core.notices import enqueue
from bot.core.render import render
from bot.core.routing import UNKNOWN, Routing
from bot.i18n.knowledge import Knowledge
from bot.nlu.language import Detection
from handlers.base import MENU, Entities, Limits, Message, Outcome, StaffTurn, Turn
from storage.models import Buyer, ChatIdentity, Conversation
from storage.repositories import Repositories
from storage.unit_of_work import UnitOfWork

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Said:
    """One inbound message as the turn works with it."""

    inbound: Inbound
    cleaned: Input
    detection: Detection | None
    now: datetime

    @property
    def choice(self) -> str | None:
        return self.inbound.choice


class Core:
    """The conversation core that every channel holds."""

    def __init__(
        self,
        units: Callable[[], UnitOfWork],
        knowledge: Knowledge,
        routing: Routing,
        clock: Clock,
        limits: Limits,
        max_chars: int = 4000,
        fallback_language: str = "en",
    ) -> None:
        self.units, self.knowledge, self.routing = units, knowledge, routing
        self.clock, self.limits = clock, limits
        self.max_chars, self.fallback_language = max_chars, fallback_language
        self._notice_listeners: list[Callable[[], None]] = []

    def on_notices(self, listener: Callable[[], None]) -> None:
        """Called after a turn that queued notices for others (a channel wakes its courier)."""
        self._notice_listeners.append(listener)

    def announce_notices(self) -> None:
        for listener in self._notice_listeners:
            listener()

    async def handle_turn(self, inbound: Inbound) -> list[Reply]:
        turn_id = uuid.uuid4().hex[:12]
        try:
            return await self._turn(inbound)
        except Exception:
            log.exception("turn %s failed (channel %s)", turn_id, inbound.channel)
            known = self.knowledge
            speaks = language.for_apology(
                known.detector, inbound, known.translator.languages, self.fallback_language
            )
            return [self._reply(speaks, "error", Outcome().say("turn-error", turn=turn_id))]

    async def _turn(self, inbound: Inbound) -> list[Reply]:
        now = self.clock.now()
        inbound = self._command_as_choice(inbound)
        cleaned = clean(inbound, self.max_chars)
        # What depends on the text alone is worked out before the transaction holds any lock.
        said = Said(inbound, cleaned, self._detect(cleaned.text), now)
        async with self.units() as uow:
            repos = uow.repos
            if inbound.delivery_key and not await repos.deliveries.claim(
                inbound.channel, inbound.delivery_key, now
            ):
                log.info(
                    "%s delivery %s seen before: skipped", inbound.channel, inbound.delivery_key
                )
                return []
            speaker = await identity.account(repos, inbound, now)
            conversation = await repos.chats.conversation(speaker.id, now)
            dialogue = Dialogue.load(conversation, self.routing.steps)
            if inbound.link_code is not None:
                replies = [await self._redeem(repos, speaker, inbound, now)]
                conversation.language = replies[0].language
            elif speaker.staff_id is not None:
                replies = await self._staff_turn(repos, speaker, said)
                words = cleaned.text or dialogue.picked(
                    said.choice, self._words(replies[0].language)
                )
                record(repos, speaker.id, words, replies, now)
            else:
                replies = await self._buyer_side(repos, speaker, conversation, dialogue, said)
            await uow.commit()
        if repos.outbox.added:
            self.announce_notices()
        return replies

    def _command_as_choice(self, inbound: Inbound) -> Inbound:
        """A chat command is its menu entry, picked."""
        intent = self.routing.commands.get(inbound.command or "")
        if intent is None:
            return inbound
        return replace(inbound, choice=MENU.value(intent), command=None)

    # --- the buyer's side --------------------------------------------------------------

    async def _buyer_side(
        self,
        repos: Repositories,
        speaker: ChatIdentity,
        conversation: Conversation,
        dialogue: Dialogue,
        said: Said,
    ) -> list[Reply]:
        buyer = await identity.buyer_of(repos, speaker, said.inbound)
        speaks = language.for_turn(
            self.knowledge.detector,
            said.detection,
            said.cleaned.text,
            language.hinted(said.inbound, self.knowledge.translator.languages),
            conversation,
            buyer,
            self.fallback_language,
        )
        picked = dialogue.picked(said.choice, self._words(speaks))
        if buyer is None:
            replies = [self._not_linked(speaks, said.inbound)]
        else:
            turn = self._make_turn(repos, speaker, buyer, speaks, said)
            turn.pending = dialogue.pending
            replies = await self._buyer_turn(turn, conversation, dialogue, said)
            speaks = replies[-1].language if replies else speaks
        conversation.language = speaks
        conversation.updated_at = said.now
        record(repos, speaker.id, said.cleaned.text or picked, replies, said.now)
        return replies

    def _make_turn(
        self,
        repos: Repositories,
        speaker: ChatIdentity,
        buyer: Buyer,
        speaks: str,
        said: Said,
    ) -> Turn:
        return Turn(
            repos=repos,
            catalog=self.knowledge.catalog,
            now=said.now,
            identity=speaker,
            buyer=buyer,
            customer=buyer.customer,
            language=speaks,
            intent=UNKNOWN,
            entities=Entities(),
            text=said.cleaned.text,
            choice=said.choice,
            limits=self.limits,
            languages=tuple(self.knowledge.translator.languages),
        )

    async def _buyer_turn(
        self, turn: Turn, conversation: Conversation, dialogue: Dialogue, said: Said
    ) -> list[Reply]:
        if said.cleaned.problem is not None:
            return [self._problem_reply(turn.language, dialogue, said.cleaned.problem)]
        if said.cleaned.text:
            today = turn.local(turn.now).date()
            understood = self.knowledge.understanding.understand(
                said.cleaned.text, turn.language, today, expect=self.routing.expects(dialogue)
            )
            turn.intent, turn.entities = understood.intent, understood.entities
            turn.clear = understood.clear
            turn.likely = tuple(i for i in understood.likely if self.routing.on_menu(i))
        held, aside, took = None, None, False
        if turn.text and dialogue.pending is None:  # a question asked gets its answer first
            held = await self.routing.hold(turn)
        if held is not None:
            answered, outcome = held
        else:
            dialogue.labels = [self._label(turn.language, c.label) for c in dialogue.offered]
            routed = await self.routing.route(turn, dialogue)
            answered, outcome, took = routed.answered, routed.outcome, routed.took
            aside = self.routing.set_aside(routed, dialogue)
        if outcome.language is not None:
            language.switch(conversation, turn.buyer, outcome.language)
            turn.language = outcome.language
        if dialogue.lost:
            outcome.messages.insert(0, Message("dialogue-reset"))
        self._finish(outcome)
        topic = answered if answered in self.routing.entries else dialogue.topic
        dialogue.store(conversation, outcome, aside, topic)
        for notice in outcome.notices:
            enqueue(turn.repos, notice, turn.now)
        if not outcome.messages:
            return []
        return [replace(self._reply(turn.language, answered, outcome), took=took)]

    def _label(self, speaks: str, label: Message) -> str:
        return self.knowledge.translator.format(speaks, label)

    def _words(self, speaks: str) -> Callable[[Message], str]:
        return lambda label: self._label(speaks, label)

    def _finish(self, outcome: Outcome) -> None:
        if outcome.menu:
            outcome.choices.extend(self.routing.menu())
            outcome.menu = False

    def _problem_reply(self, speaks: str, dialogue: Dialogue, problem: str) -> Reply:
        """Bad input is answered, and an open step is offered again (its state is untouched)."""
        said = Message(problem, {"max": self.max_chars})
        if dialogue.pending is not None:
            outcome = dialogue.reprompt(problem)
            outcome.messages[0] = said
        else:
            outcome = Outcome(messages=[said]).with_menu()
            self._finish(outcome)
        return self._reply(speaks, UNKNOWN, outcome)

    def _not_linked(self, speaks: str, inbound: Inbound) -> Reply:
        outcome = Outcome().say(
            "identity-not-linked", channel=inbound.channel, user=inbound.user_id
        )
        return self._reply(speaks, UNKNOWN, outcome)

    # --- invitation links and staff ------------------------------------------------------

    async def _redeem(
        self, repos: Repositories, speaker: ChatIdentity, inbound: Inbound, now: datetime
    ) -> Reply:
        supported = self.knowledge.translator.languages
        speaks, outcome = await identity.opened_invitation(
            repos, speaker, inbound, now, supported, self.fallback_language
        )
        self._finish(outcome)
        return self._reply(speaks, "link", outcome)

    async def _staff_turn(
        self, repos: Repositories, speaker: ChatIdentity, said: Said
    ) -> list[Reply]:
        member = await repos.people.staff(speaker.staff_id or 0)
        assert member is not None
        speaks = language.of_staff(member, self.fallback_language)
        inbound = said.inbound
        ref = (
            await repos.deliveries.message_ref(inbound.channel, inbound.reply_to)
            if inbound.reply_to
            else None
        )
        turn = StaffTurn(
            repos,
            member,
            said.now,
            said.choice,
            said.cleaned.text,
            ref.escalation_id if ref else None,
        )
        outcome, took = await self.routing.staff(turn)
        for notice in outcome.notices:
            enqueue(repos, notice, said.now)
        return [replace(self._reply(speaks, "staff", outcome), took=took and bool(said.choice))]

    # --- understanding and rendering ---------------------------------------------------------

    def _detect(self, text: str | None) -> Detection | None:
        if not text:
            return None
        known = self.knowledge
        return known.detector.detect(text, known.understanding.phrase_scores(text))

    def _reply(self, speaks: str, intent: str, outcome: Outcome) -> Reply:
        return render(self.knowledge.translator, speaks, intent, outcome, self.clock.now())
