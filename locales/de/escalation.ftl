# Eskalation an den zuständigen Ansprechpartner, für Käufer und Mitarbeitende.

escalation-created = Ich habe Ihre Anfrage an { $contact } weitergegeben (Vorgang { $id }). Sie erhalten die Antwort hier.
escalation-created-team = { $contact } ist abwesend, daher habe ich Ihre Anfrage an { $team } weitergegeben (Vorgang { $id }). Sie erhalten die Antwort hier.
escalation-forwarded = Ich habe das zu Ihrem Vorgang { $id } für { $contact } hinzugefügt.
escalation-claimed = { $name } hat Ihre Anfrage übernommen und antwortet Ihnen hier.
escalation-answer = { $name }: { $text }
escalation-resolved = { $name } hat Ihre Anfrage abgeschlossen. Ich bin wieder für Sie da, wenn Sie noch etwas brauchen.

escalation-new =
    Neue Anfrage { $id } von { $buyer } ({ $customer })
    Paket: { $packages } · Sprache: { $language } · Priorität: { $priority }
    Bisheriges Gespräch:
escalation-meeting-request = Bitte um Planung: { $meeting }.
escalation-line-buyer = › Kunde: { $text }
escalation-line-bot = › Bot: { $text }
escalation-line-staff = › Support: { $text }
escalation-buyer-wrote = { $buyer } schrieb zu Anfrage { $id }: { $text }

escalation-marked-urgent = Ich habe Vorgang { $id } als dringend markiert.
escalation-sent-to = An { $name } gesendet.
escalation-already-open = Ihr Vorgang { $id } bei { $contact } ist noch offen. Schreiben Sie hier, was Sie ergänzen möchten, oder „Fall schließen“, wenn Sie ihn nicht mehr brauchen.
escalation-left = Ich habe Ihren Vorgang { $id } geschlossen und { $contact } Bescheid gegeben. Wie kann ich helfen?
escalation-none-open = Sie haben gerade keinen offenen Vorgang.
escalation-buyer-left = { $buyer } hat Anfrage { $id } geschlossen: Es ist keine Antwort mehr nötig.
escalation-priority-raised = Anfrage { $id } ist jetzt markiert: { $priority }
priority-urgent = DRINGEND
priority-no_access = DRINGEND – kein Zugang
priority-normal = normal
status-open = offen
status-claimed = in Bearbeitung
status-resolved = erledigt
