# Escalation to the assigned contact, for the buyer and for the staff member.

escalation-created = I've passed your request to { $contact } (case { $id }). They will answer you here.
escalation-created-team = { $contact } is away, so I've passed your request to { $team } (case { $id }). They will answer you here.
escalation-forwarded = I've added this to your case { $id } for { $contact }.
escalation-claimed = { $name } has taken over your request and will answer you here.
escalation-answer = { $name }: { $text }
escalation-resolved = { $name } has closed your request. I'm here again if you need anything else.

escalation-new =
    New request { $id } from { $buyer } ({ $customer })
    Package: { $packages } · Language: { $language } · Priority: { $priority }
    Conversation so far:
escalation-meeting-request = They ask to plan: { $meeting }.
escalation-line-buyer = › Buyer: { $text }
escalation-line-bot = › Bot: { $text }
escalation-line-staff = › Staff: { $text }
escalation-buyer-wrote = { $buyer } wrote on request { $id }: { $text }

priority-no_access = URGENT – no access
priority-normal = normal
status-open = open
status-claimed = in progress
status-resolved = resolved
