# Eskalering til tildelt kontaktperson, for kjøperen og for de ansatte.

escalation-created = Jeg har sendt henvendelsen din til { $contact } (sak { $id }). Du får svar her.
escalation-created-team = { $contact } er borte, så jeg har sendt henvendelsen din til { $team } (sak { $id }). Du får svar her.
escalation-forwarded = Jeg har lagt dette til sak { $id } for { $contact }.
escalation-claimed = { $name } har tatt over henvendelsen din og svarer deg her.
escalation-answer = { $name }: { $text }
escalation-resolved = { $name } har avsluttet henvendelsen din. Jeg er her igjen hvis du trenger noe mer.

escalation-new =
    Ny henvendelse { $id } fra { $buyer } ({ $customer })
    Pakke: { $packages } · Språk: { $language } · Prioritet: { $priority }
    Samtalen så langt:
escalation-meeting-request = Ber om å planlegge: { $meeting }.
escalation-line-buyer = › Kunde: { $text }
escalation-line-bot = › Bot: { $text }
escalation-line-staff = › Support: { $text }
escalation-buyer-wrote = { $buyer } skrev i henvendelse { $id }: { $text }

priority-no_access = HASTER – ingen tilgang
priority-normal = normal
status-open = åpen
status-claimed = under behandling
status-resolved = løst
