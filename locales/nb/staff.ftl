# De ansattes side: eskaleringer i terminalen.

staff-unknown = Det finnes ingen ansatt med kortnavnet { $handle }.
staff-escalation-unknown = Det finnes ingen eskalering { $id }.
staff-escalation-resolved-already = Eskalering { $id } er allerede løst.
staff-none = Ingen eskaleringer.
staff-escalation-line = #{ $id } [{ $priority }] { $status } · { $customer } · { $assignee } · { DATETIME($created, dateStyle: "medium", timeStyle: "short") }
staff-escalation-status = Status: { $status }
staff-done-claim = Eskalering { $id } er nå din; kunden har fått beskjed.
staff-done-reply = Svaret ditt på eskalering { $id } er på vei til kunden.
staff-done-resolve = Eskalering { $id } er løst; kunden har fått beskjed.

# The staff side in a chat channel (Slack, Telegram).
staff-action-claim = Ta saken
staff-action-resolve = Løst
staff-escalation-not-yours = Eskalering { $id } gjelder en kunde hos en annen leverandør.
staff-escalation-other-contact = Eskalering { $id } er saken til { $contact }: bare vedkommende eller teamet ditt kan behandle den.
staff-reply-empty = Et tomt svar ble ikke sendt. Skriv det kjøperen skal lese (eskalering { $id }).
staff-chat-help =
    { $open ->
        [0] Du har ingen åpne forespørsler.
        [one] Du har én åpen forespørsel.
       *[other] Du har { $open } åpne forespørsler.
    } Svar på en forespørsel i tråden til meldingen; knappene der tar saken eller markerer den som løst.

# Told to the admin contact when a saved edit fails the check.
admin-reload-refused = De endrede tekstene eller katalogen ble ikke lastet ({ $errors ->
    [one] én feil
   *[other] { $errors } feil
}; den første: { $first }). Boten bruker fortsatt den siste fungerende versjonen.
