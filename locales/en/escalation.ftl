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

escalation-marked-urgent = I've marked case { $id } as urgent.
escalation-sent-to = Sent to { $name }.
escalation-already-open = Your case { $id } with { $contact } is still open. Write here what you'd like to add, or say "close my case" if you no longer need it.
escalation-left = I've closed your case { $id } and told { $contact }. How can I help?
escalation-none-open = You have no open case right now.
escalation-buyer-left = { $buyer } closed request { $id }: no answer is needed any more.
escalation-priority-raised = Request { $id } is now marked: { $priority }
priority-urgent = URGENT
priority-no_access = URGENT – no access
priority-normal = normal
status-open = open
status-claimed = in progress
status-resolved = resolved
