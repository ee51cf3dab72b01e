# Termine buchen, anzeigen und stornieren.

booking-nothing-bookable = Ihr Vertrag enthält keine Termine, die hier gebucht werden können. Ihr Ansprechpartner hilft Ihnen gern.
booking-type-not-included = { $meeting } ist nicht Teil Ihres Pakets.
booking-choose-type = Welchen Termin möchten Sie buchen?
booking-type-option = { $meeting }
booking-ask-participants-per = Wie viele User nehmen am Termin „{ $meeting }“ teil? Ein Termin ist jeweils für bis zu { $per } User.
booking-ask-participants = Wie viele Personen nehmen am Termin „{ $meeting }“ teil?
booking-too-many = Dieses Training ist für höchstens { $max ->
    [one] { $max } Person
   *[other] { $max } Personen
}.
booking-no-slots-matching = Dazu habe ich keinen freien Termin gefunden; hier sind stattdessen die nächsten freien Zeiten.
booking-wish-taken = { DATETIME($start, dateStyle: "full", timeStyle: "short") } ist nicht frei. Das sind die nächsten freien Zeiten an diesem Tag:
booking-day-full = { $contact } hat am { DATETIME($day, dateStyle: "full") } keine freie Zeit. Das sind die nächsten freien Zeiten an anderen Tagen:
booking-which-day = Meinen Sie { DATETIME($first, dateStyle: "full") } oder { DATETIME($second, dateStyle: "full") }? Hier sind Zeiten an beiden Tagen:
booking-beyond-limit = Ich kann nur bis { DATETIME($last, dateStyle: "long") } buchen, dem Ende Ihres Vertrags. Das sind die nächsten freien Zeiten:
booking-range-full = { $contact } hat vom { DATETIME($from, dateStyle: "long") } bis { DATETIME($to, dateStyle: "long") } keine freie Zeit. Das sind die nächsten freien Zeiten:
booking-beyond-horizon = Ich kann höchstens bis { DATETIME($last, dateStyle: "long") } im Voraus buchen. Das sind die nächsten freien Zeiten:
booking-too-soon = Frühestens kann ich das für { DATETIME($first, dateStyle: "full") } buchen. Das sind die nächsten freien Zeiten ab dann:
booking-no-slots = { $contact } hat in den nächsten Wochen keine freie Zeit. Ich kann Ihre Anfrage gern weitergeben.
booking-choose-slot = { $meeting } ({ $minutes } Min.) mit { $contact }. Wählen Sie eine Zeit:
booking-slot-option = { DATETIME($start, dateStyle: "full", timeStyle: "short") }
booking-later-option = Spätere Zeiten
booking-not-covered = Ihr Paket enthält für „{ $meeting }“ nichts mehr, und zusätzliche Termine können hier nicht gebucht werden. Ihr Ansprechpartner hilft Ihnen, mehr zu bestellen.
booking-overage = Den Termin „{ $meeting }“ am { DATETIME($start, dateStyle: "full", timeStyle: "short") } mit { $contact } buchen? { $hours ->
    [one] { NUMBER($hours) } Stunde würde in Rechnung gestellt.
   *[other] { NUMBER($hours) } Stunden würden in Rechnung gestellt.
}
billing-hourly-rate = Zusätzliche Zeit wird nach dem jeweils aktuellen Stundensatz des Anbieters gemäß seinen Geschäftsbedingungen berechnet.
billing-per-started-hour = Diese Leistung wird je angefangener Stunde abgerechnet: { NUMBER($hours) } { $hours ->
    [one] Stunde wird
   *[other] Stunden werden
} berechnet.
billing-reduced-rate = Beratung ist nicht Teil Ihrer Vereinbarung: Die Zeit wird zu Ihrem günstigeren Standardsatz für Beratung berechnet.
billing-none = Dies kann nicht als zusätzliche Zeit abgerechnet werden.
booking-confirm-overage = Buchen und { NUMBER($hours) } { $hours ->
    [one] Stunde
   *[other] Stunden
} berechnen
booking-decline-overage = Nein, nicht buchen
booking-dropped = In Ordnung, ich habe nichts gebucht.
booking-slot-taken = Diese Zeit wurde leider gerade vergeben. Bitte wählen Sie eine andere:
booking-balance-changed = Ihr verbleibendes Kontingent hat sich inzwischen geändert (jemand anderes aus Ihrem Unternehmen hat ebenfalls gebucht).
booking-confirmed = Gebucht: { $meeting } am { DATETIME($start, dateStyle: "full", timeStyle: "short") } bis { DATETIME($end, timeStyle: "short") } mit { $contact }. Die Kalendereinladung ist angehängt.
booking-billed = { NUMBER($hours) } { $hours ->
    [one] Stunde dieses Termins wird
   *[other] Stunden dieses Termins werden
} in Rechnung gestellt.
booking-ask-request = Soll ich { $contact } bitten, { $meeting } mit Ihnen zu planen?
booking-send-request = Ja, Anfrage senden
booking-keep-request = Nein, jetzt nicht
booking-request-dropped = In Ordnung, ich habe nichts gesendet.
booking-via-contact = { $meeting } wird vorab mit Ihnen geplant. Ich habe Ihre Anfrage an { $contact } weitergegeben (Vorgang { $id }), die/der sich zur Terminabstimmung meldet.
# The provider's planning lead time, said only where its catalog sets one.
booking-via-contact-days = { $meeting } wird vorab mit Ihnen geplant (mindestens { $days ->
    [one] { $days } Tag
   *[other] { $days } Tage
} im Voraus). Ich habe Ihre Anfrage an { $contact } weitergegeben (Vorgang { $id }), die/der sich zur Terminabstimmung meldet.

invite-summary = { $meeting }
invite-description = Termin mit { $contact } für { $customer }. Gebucht über supportbot.

bookings-none = Sie haben keine anstehenden Buchungen.
bookings-heading = { $count ->
    [one] Ihre anstehende Buchung:
   *[other] Ihre { $count } anstehenden Buchungen:
}
booking-item = { $meeting }: { DATETIME($start, dateStyle: "full", timeStyle: "short") }

cancel-choose = Welche Buchung möchten Sie stornieren?
cancel-yes = Ja, stornieren
cancel-no = Nein, behalten
cancel-kept = In Ordnung, die Buchung bleibt bestehen.
cancel-already = Diese Buchung wurde bereits storniert.
cancel-done = Storniert: { $meeting } am { DATETIME($start, dateStyle: "full", timeStyle: "short") }. Eine Kalenderabsage ist angehängt.
cancel-too-late = Die Stornierung erfolgte weniger als { $hours ->
    [one] { $hours } Stunde
   *[other] { $hours } Stunden
} vor Beginn, daher wird die Zeit nicht zurückgebucht.
cancel-refunded = Die Zeit ist wieder in Ihrem Kontingent:
charge-not-included = Der Termin „{ $meeting }“ ist nicht in Ihrem Paket enthalten.
charge-once = Der Termin „{ $meeting }“ ist einmal pro Paket enthalten und wurde bereits gebucht.
charge-outside-window = { $name } war nur bis { DATETIME($until, dateStyle: "long") } nutzbar.
charge-hours-left = { $name }: { $left ->
    [0] nichts mehr übrig.
    [one] nur noch { NUMBER($left) } Stunde übrig.
   *[other] nur noch { NUMBER($left) } Stunden übrig.
}
charge-sessions-left = { $name }: { $left ->
    [0] nichts mehr übrig.
    [one] nur noch { NUMBER($left) } übrig.
   *[other] nur noch { NUMBER($left) } übrig.
}
billing-terms = Die Geschäftsbedingungen des Anbieters: { $url }
cancel-ask = Den Termin „{ $meeting }“ am { DATETIME($start, dateStyle: "full", timeStyle: "short") } mit { $contact } absagen?
cancel-late-no-refund = Er beginnt in weniger als { $hours ->
    [one] { NUMBER($hours) } Stunde
   *[other] { NUMBER($hours) } Stunden
}: Die Zeit wird nicht zurückgebucht.
cancel-gives-back-hours = Sie bekommen { $count ->
    [one] { NUMBER($count) } Stunde
   *[other] { NUMBER($count) } Stunden
} zurück.
cancel-gives-back-sessions = { $count ->
    [one] Der Termin geht
   *[other] Die { NUMBER($count) } Termine gehen
} zurück in Ihr Kontingent.
cancel-not-billed = Er wäre abgerechnet worden ({ $hours ->
    [one] { NUMBER($hours) } Stunde
   *[other] { NUMBER($hours) } Stunden
}): Dafür wird nichts berechnet.
cancel-nothing-changes = Sonst ändert sich nichts.
cancel-not-billed-done = Dafür wird nichts berechnet.
