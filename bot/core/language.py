"""Which language a person is answered in: the one place that decides it.

Buyers: an explicit choice, else what they write (when it is clear), else the conversation,
the platform's hint, their preference, their company's default. Staff: their first language.
Notices are rendered in the recipient's language when they are delivered.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.core.messages import Inbound
from bot.nlu.language import Detection, LanguageDetector, choose_language, normalize_language_tag
from storage.models import Buyer, ChatIdentity, Conversation, Staff
from storage.repositories import Repositories


def of_staff(staff: Staff | None, fallback: str) -> str:
    return staff.languages[0] if staff and staff.languages else fallback


def of_buyer(buyer: Buyer) -> str:
    """A buyer's own language when nothing is said: their preference, else the company's."""
    return buyer.preferred_language or buyer.customer.default_language


def hinted(inbound: Inbound, supported: Sequence[str]) -> str | None:
    return normalize_language_tag(inbound.language_hint, supported)


def for_turn(
    detector: LanguageDetector,
    detection: Detection | None,
    text: str | None,
    hint: str | None,
    conversation: Conversation,
    buyer: Buyer | None,
    fallback: str,
) -> str:
    """The language of a buyer's turn (or of an unlinked person's, with no buyer)."""
    preference = buyer.preferred_language if buyer else None
    default = buyer.customer.default_language if buyer else fallback
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
        detector_confident=detector.is_confident(detection, text),
    )
    return choice.language


def for_apology(
    detector: LanguageDetector, inbound: Inbound, supported: Sequence[str], fallback: str
) -> str:
    """When a turn failed and nothing is known: a clear message, else the language of the
    message whose button was pressed, else the hint."""
    for text in (inbound.text, inbound.context):
        found = detector.detect(text) if text else None
        if found and found.language in supported and detector.is_confident(found, text or ""):
            return str(found.language)
    return hinted(inbound, supported) or fallback


def switch(conversation: Conversation, buyer: Buyer, language: str) -> None:
    """The buyer chose a language: it sticks, in this conversation and for their account."""
    conversation.language_explicit = True
    buyer.preferred_language = language


async def of_recipient(repos: Repositories, identity: ChatIdentity, fallback: str) -> str:
    """The language a notice is delivered in."""
    if identity.staff_id is not None:
        return of_staff(await repos.people.staff(identity.staff_id), fallback)
    conversation = await repos.chats.conversation(identity.id, identity.created_at)
    if conversation.language:
        return conversation.language
    buyer = await repos.people.buyer(identity.buyer_id) if identity.buyer_id else None
    return of_buyer(buyer) if buyer else fallback
