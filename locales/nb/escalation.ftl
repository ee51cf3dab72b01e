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

escalation-marked-urgent = Jeg har merket sak { $id } som hastesak.
escalation-sent-to = Sendt til { $name }.
escalation-already-open = Saken din { $id } hos { $contact } er fortsatt åpen. Skriv her hva du vil legge til, eller «lukk saken» hvis du ikke trenger den lenger.
escalation-left = Jeg har lukket sak { $id } og sagt fra til { $contact }. Hva kan jeg hjelpe med?
escalation-none-open = Du har ingen åpen sak nå.
escalation-buyer-left = { $buyer } lukket henvendelse { $id }: det trengs ikke noe svar lenger.
escalation-priority-raised = Henvendelse { $id } er nå merket: { $priority }
priority-urgent = HASTER
priority-no_access = HASTER – ingen tilgang
priority-normal = normal
status-open = åpen
status-claimed = under behandling
status-resolved = løst
