"""Outcome -> Reply through Fluent: text, choices and calendar invitations in one language."""

from __future__ import annotations

from datetime import datetime

from icalendar import Calendar, Event

from bot.core.messages import Attachment, RenderedChoice, Reply
from bot.i18n.translator import Translator
from handlers.base import Invitation, Outcome


def render(
    translator: Translator, language: str, intent: str, outcome: Outcome, now: datetime
) -> Reply:
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


def render_invitation(
    invitation: Invitation, translator: Translator, language: str, now: datetime
) -> Attachment:
    """An .ics file: a meeting request, or its cancellation."""
    calendar = Calendar()
    calendar.add("prodid", "-//supportbot//EN")
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL" if invitation.cancelled else "REQUEST")
    event = Event()
    event.add("uid", invitation.uid)
    event.add("dtstamp", now)
    event.add("dtstart", invitation.start)
    event.add("dtend", invitation.end)
    event.add("summary", translator.format(language, invitation.summary))
    event.add("description", translator.format(language, invitation.description))
    event.add(
        "organizer", "mailto:noreply@supportbot.invalid", parameters={"cn": invitation.organizer}
    )
    event.add("status", "CANCELLED" if invitation.cancelled else "CONFIRMED")
    event.add("sequence", 1 if invitation.cancelled else 0)
    calendar.add_component(event)
    name = invitation.uid.split("@", 1)[0] + (".cancel.ics" if invitation.cancelled else ".ics")
    return Attachment(name, "text/calendar", calendar.to_ical())
