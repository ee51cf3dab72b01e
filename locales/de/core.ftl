# Der Gesprächskern: fehlerhafte Eingaben, Auswahl, Identität, Sprache und das Menü.

turn-error = Entschuldigung, bei mir ist etwas schiefgelaufen. Bitte versuchen Sie es gleich noch einmal. (Referenz: { $turn })
turn-empty = Ich habe keinen Text erhalten. Dabei kann ich Ihnen helfen:
turn-unreadable = Diese Nachricht konnte ich nicht lesen. Bitte schreiben Sie sie als einfachen Text.
turn-too-long = Diese Nachricht ist zu lang für mich: bitte höchstens { NUMBER($max) } Zeichen.
turn-not-understood-step = Diese Antwort habe ich nicht verstanden.
choice-stale = Diese Option ist nicht mehr verfügbar. Das kann ich jetzt für Sie tun:
choice-unknown = Diese Auswahl kenne ich nicht. Bitte wählen Sie eine der Optionen.
# A pending question stored by another version of the bot could not be read.
dialogue-reset = Entschuldigung, ich habe die Frage, die ich Ihnen gestellt hatte, nicht mehr parat (ich wurde zwischenzeitlich aktualisiert) und habe sie verworfen. Wenn Sie sie noch brauchen, beginnen Sie bitte neu.
error-text-missing = Entschuldigung, diese Nachricht kann ich gerade nicht anzeigen.

identity-not-linked =
    Hallo! Ich weiß noch nicht, für welches Unternehmen Sie arbeiten, daher kann ich keine Kontodaten zeigen.
    Bitten Sie Ihren Ansprechpartner beim Anbieter, Ihr Konto zu verknüpfen, und nennen Sie diese Referenz: { $channel } / { $user }

language-own-name = Deutsch
language-choose = In welcher Sprache soll ich antworten?
language-option = { $name }
language-set = Gern, ich antworte ab jetzt auf Deutsch.

thanks-reply = Gern geschehen! Schreiben Sie jederzeit, wenn Sie noch etwas brauchen.
help-menu = Hallo { $name }! Dabei kann ich Ihnen helfen:
help-unsure = Ich bin nicht sicher, was Sie meinen. Dabei kann ich Ihnen helfen:
help-which = Ich bin nicht sicher, ob ich Sie richtig verstanden habe. Meinten Sie eines davon?
help-out-of-scope = Dabei kann ich leider nicht helfen: Ich bin der Support-Assistent für Ihr Servicepaket. Das kann ich für Sie tun:

menu-package_info = Was mein Paket umfasst
menu-hours_balance = Verbrauchte und verbleibende Stunden und Termine
menu-book_meeting = Einen Termin buchen
menu-list_bookings = Meine Buchungen
menu-cancel_booking = Eine Buchung stornieren
menu-return_check = Kann ich eine Bestellung noch zurückgeben?
menu-escalate = Mit meinem Ansprechpartner sprechen
menu-everything = Etwas anderes
menu-set_language = Sprache ändern

console-attachment-saved = Kalendereinladung gespeichert: { $path }

# Shown in place of the buttons once one was pressed, so nothing is pressed twice.
choice-picked = Ihre Wahl: { $label }

# Linking an account with an invitation link (Telegram deep links).
link-done-buyer = Willkommen, { $name }! Dieses Konto spricht jetzt für { $customer }.
link-done-staff = Willkommen, { $name }! Anfragen an Sie kommen hier an, mit Knöpfen zum Übernehmen und Erledigen.
link-code-unknown = Diese Einladung kenne ich nicht. Bitte öffnen Sie den Link genau so, wie Sie ihn erhalten haben, oder bitten Sie Ihre Ansprechperson um einen neuen.
link-code-used = Diese Einladung wurde bereits verwendet. Bitte bitten Sie Ihre Ansprechperson um eine neue.
link-code-expired = Diese Einladung ist am { DATETIME($expired, dateStyle: "long") } abgelaufen. Bitte bitten Sie Ihre Ansprechperson um eine neue.

# Chat commands, as the chat app lists them.
command-help = Wobei ich Ihnen helfen kann
command-language = Die Sprache meiner Antworten wählen
command-bookings = Ihre gebuchten Termine

# An option after a question was interrupted by another request.
dialogue-resume = Zurück zu meiner vorherigen Frage

# Leaving what is in progress ("stop", "never mind").
stop-done = In Ordnung, ich habe abgebrochen. Es wurde nichts gebucht oder geändert.
stop-nothing-open = In Ordnung. Gerade ist nichts offen. Dabei kann ich Ihnen helfen:
