"""A chat transcript helper for tests: say things, pick options, read the replies."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.app import App
from bot.core.messages import Inbound, Reply
from bot.core.notices import take_pending
from storage.models import ChatIdentity


@dataclass
class Conversation:
    app: App
    user: str
    channel: str = "console"
    hint: str | None = None
    replies: list[Reply] = field(default_factory=list)

    async def say(self, text: str) -> Reply:
        return await self._send(
            Inbound(self.channel, self.user, text=text, language_hint=self.hint)
        )

    async def pick(self, prefix: str) -> Reply:
        """Pick the first offered choice whose value starts with `prefix`."""
        offered = [c.value for c in self.last.choices]
        matching = [value for value in offered if value.startswith(prefix)]
        assert matching, f"no choice starting with {prefix!r} in {offered}"
        return await self.choose(matching[0])

    async def choose(self, value: str) -> Reply:
        return await self._send(Inbound(self.channel, self.user, choice=value))

    async def _send(self, inbound: Inbound) -> Reply:
        replies = await self.app.core.handle_turn(inbound)
        self.replies.extend(replies)
        return replies[-1] if replies else Reply("", "silent", "", ())

    async def inbox(self) -> list[Reply]:
        """What the outbox delivers to this user now (staff answers, notices)."""
        pending = await take_pending(
            self.app.unit(), self.app.translator, self.channel, self.user, self.app.core.clock.now()
        )
        return [delivery.reply for delivery in pending]

    @property
    def last(self) -> Reply:
        return self.replies[-1]


async def link_staff(app: App, handle: str, channel: str, user: str) -> None:
    """A staff member's chat account, so that notices reach them (read with `inbox`)."""
    async with app.unit() as uow:
        staff = await uow.repos.people.staff_by_handle(handle)
        assert staff is not None
        account = ChatIdentity(
            channel=channel, external_id=user, staff_id=staff.id, created_at=app.core.clock.now()
        )
        uow.repos.add(account)
        await uow.commit()


def ids(reply: Reply) -> list[str]:
    return [message.id for message in reply.messages]


def args_of(reply: Reply, message_id: str) -> dict[str, object]:
    for message in reply.messages:
        if message.id == message_id:
            return dict(message.args)
    raise AssertionError(f"{message_id} not in {ids(reply)}")


@dataclass
class Chat:
    app: App

    def __call__(
        self, user: str, channel: str = "console", hint: str | None = None
    ) -> Conversation:
        return Conversation(self.app, user, channel, hint)
