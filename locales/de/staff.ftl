# Die Seite der Mitarbeitenden: Eskalationen im Terminal.

staff-unknown = Es gibt keine Mitarbeiterin und keinen Mitarbeiter mit dem Kürzel { $handle }.
staff-escalation-unknown = Es gibt keine Eskalation { $id }.
staff-escalation-resolved-already = Eskalation { $id } ist bereits erledigt.
staff-none = Keine Eskalationen.
staff-escalation-line = #{ $id } [{ $priority }] { $status } · { $customer } · { $assignee } · { DATETIME($created, dateStyle: "medium", timeStyle: "short") }
staff-escalation-status = Status: { $status }
staff-done-claim = Eskalation { $id } gehört jetzt Ihnen; der Kunde wurde informiert.
staff-done-reply = Ihre Antwort auf Eskalation { $id } ist unterwegs zum Kunden.
staff-done-resolve = Eskalation { $id } ist erledigt; der Kunde wurde informiert.

# The staff side in a chat channel (Slack, Telegram).
staff-action-claim = Übernehmen
staff-action-resolve = Erledigt
staff-escalation-not-yours = Eskalation { $id } gehört zu einem Kunden eines anderen Anbieters.
staff-escalation-other-contact = Eskalation { $id } ist ein Fall von { $contact }: nur diese Person oder Ihr Team kann ihn bearbeiten.
staff-reply-empty = Eine leere Antwort wurde nicht gesendet. Schreiben Sie, was der Käufer lesen soll (Eskalation { $id }).
staff-chat-help =
    { $open ->
        [0] Sie haben keine offenen Anfragen.
        [one] Sie haben eine offene Anfrage.
       *[other] Sie haben { $open } offene Anfragen.
    } Um eine Anfrage zu beantworten, antworten Sie im Thread ihrer Nachricht; die Knöpfe dort übernehmen oder erledigen sie.

# Told to the admin contact when a saved edit fails the check.
admin-reload-refused = Die geänderten Texte oder der Katalog wurden nicht geladen ({ $errors ->
    [one] ein Fehler
   *[other] { $errors } Fehler
}; der erste: { $first }). Der Bot nutzt weiter die letzte fehlerfreie Fassung.
