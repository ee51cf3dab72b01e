# Bestille møter, vise og avbestille dem.

booking-nothing-bookable = Avtalen din har ingen møter som kan bestilles her. Kontaktpersonen din hjelper gjerne.
booking-type-not-included = { $meeting } er ikke en del av pakken din.
booking-choose-type = Hvilket møte vil du bestille?
booking-type-option = { $meeting }
booking-ask-participants-per = Hvor mange brukere skal delta på «{ $meeting }»? Hver økt er for inntil { $per ->
    [one] { $per } bruker
   *[other] { $per } brukere
}.
booking-ask-participants = Hvor mange personer skal delta på «{ $meeting }»?
booking-too-many = Denne opplæringen er for maks { $max ->
    [one] { $max } person
   *[other] { $max } personer
}.
booking-no-slots-matching = Jeg fant ingen ledig tid som passer; her er de neste ledige tidene i stedet.
booking-wish-taken = { DATETIME($start, dateStyle: "full", timeStyle: "short") } er ikke ledig. Dette er de nærmeste ledige tidene den dagen:
booking-day-full = { $contact } har ingen ledig tid { DATETIME($day, dateStyle: "full") }. Dette er de nærmeste ledige tidene på andre dager:
booking-which-day = Mener du { DATETIME($first, dateStyle: "full") } eller { DATETIME($second, dateStyle: "full") }? Her er tider begge dagene:
booking-beyond-limit = Jeg kan bare bestille frem til { DATETIME($last, dateStyle: "long") }, slutten av avtalen deres. Dette er de neste ledige tidene:
booking-range-full = { $contact } har ingen ledig tid fra { DATETIME($from, dateStyle: "long") } til { DATETIME($to, dateStyle: "long") }. Dette er de neste ledige tidene:
booking-beyond-horizon = Jeg kan bestille høyst frem til { DATETIME($last, dateStyle: "long") }. Dette er de neste ledige tidene:
booking-too-soon = Det tidligste jeg kan bestille dette for er { DATETIME($first, dateStyle: "full") }. Dette er de nærmeste ledige tidene fra da:
booking-no-slots = { $contact } har ingen ledig tid de neste ukene. Jeg kan sende forespørselen din videre.
booking-choose-slot = { $meeting } ({ $minutes } min) med { $contact }. Velg en tid:
booking-slot-option = { DATETIME($start, dateStyle: "full", timeStyle: "short") }
booking-later-option = Senere tider
booking-not-covered = Pakken din har ingenting igjen til «{ $meeting }», og ekstra økter kan ikke bestilles her. Kontaktpersonen din kan hjelpe deg å bestille mer.
booking-overage = Bestille «{ $meeting }» { DATETIME($start, dateStyle: "full", timeStyle: "short") } med { $contact }? { $hours ->
    [one] { NUMBER($hours) } time vil bli fakturert.
   *[other] { NUMBER($hours) } timer vil bli fakturert.
}
billing-hourly-rate = Ekstra tid faktureres etter leverandørens gjeldende timepris, slik det står i vilkårene.
billing-per-started-hour = Denne tjenesten faktureres per påbegynte time: { NUMBER($hours) } { $hours ->
    [one] time
   *[other] timer
} blir fakturert.
billing-reduced-rate = Konsulentarbeid er ikke en del av avtalen: tiden faktureres til deres lavere standardsats per konsulenttime.
billing-none = Dette kan ikke faktureres som ekstra tid.
booking-confirm-overage = Bestill og fakturer { NUMBER($hours) } { $hours ->
    [one] time
   *[other] timer
}
booking-decline-overage = Nei, ikke bestill
booking-dropped = Greit, jeg har ikke bestilt noe.
booking-slot-taken = Beklager, den tiden ble nettopp tatt. Velg en annen:
booking-balance-changed = Den gjenstående kvoten endret seg i mellomtiden (noen andre i bedriften din bestilte også).
booking-confirmed = Bestilt: { $meeting } { DATETIME($start, dateStyle: "full", timeStyle: "short") } til { DATETIME($end, timeStyle: "short") } med { $contact }. Kalenderinvitasjonen er vedlagt.
booking-billed = { NUMBER($hours) } { $hours ->
    [one] time
   *[other] timer
} av dette møtet blir fakturert.
booking-ask-request = Skal jeg be { $contact } om å planlegge { $meeting } med deg?
booking-send-request = Ja, send forespørselen
booking-keep-request = Nei, ikke nå
booking-request-dropped = Greit, jeg har ikke sendt noe.
booking-via-contact = «{ $meeting }» planlegges med deg på forhånd. Jeg har sendt forespørselen din til { $contact } (sak { $id }), som tar kontakt for å avtale dato.
# The provider's planning lead time, said only where its catalog sets one.
booking-via-contact-days = «{ $meeting }» planlegges med deg på forhånd (minst { $days ->
    [one] { $days } dag
   *[other] { $days } dager
} før). Jeg har sendt forespørselen din til { $contact } (sak { $id }), som tar kontakt for å avtale dato.

invite-summary = { $meeting }
invite-description = Møte med { $contact } for { $customer }. Bestilt via supportbot.

bookings-none = Du har ingen kommende bestillinger.
bookings-heading = { $count ->
    [one] Din kommende bestilling:
   *[other] Dine { $count } kommende bestillinger:
}
booking-item = { $meeting }: { DATETIME($start, dateStyle: "full", timeStyle: "short") }

cancel-choose = Hvilken bestilling vil du avbestille?
cancel-yes = Ja, avbestill
cancel-no = Nei, behold
cancel-kept = Greit, bestillingen står.
cancel-already = Den bestillingen var allerede avbestilt.
cancel-done = Avbestilt: { $meeting } { DATETIME($start, dateStyle: "full", timeStyle: "short") }. En kalenderavlysning er vedlagt.
cancel-too-late = Den ble avbestilt mindre enn { $hours ->
    [one] { $hours } time
   *[other] { $hours } timer
} før start, så tiden blir ikke gitt tilbake.
cancel-refunded = Tiden er tilbake i kvoten din:
charge-not-included = «{ $meeting }» er ikke med i pakken deres.
charge-once = «{ $meeting }» er med én gang per pakke, og den er allerede bestilt.
charge-outside-window = { $name } kunne bare brukes til { DATETIME($until, dateStyle: "long") }.
charge-hours-left = { $name }: { $left ->
    [0] ingenting igjen.
    [one] bare { NUMBER($left) } time igjen.
   *[other] bare { NUMBER($left) } timer igjen.
}
charge-sessions-left = { $name }: { $left ->
    [0] ingenting igjen.
    [one] bare { NUMBER($left) } igjen.
   *[other] bare { NUMBER($left) } igjen.
}
billing-terms = Leverandørens vilkår: { $url }
cancel-ask = Avbestille «{ $meeting }» { DATETIME($start, dateStyle: "full", timeStyle: "short") } med { $contact }?
cancel-late-no-refund = Det starter om mindre enn { $hours ->
    [one] { NUMBER($hours) } time
   *[other] { NUMBER($hours) } timer
}: tiden blir ikke gitt tilbake.
cancel-gives-back-hours = Du får { $count ->
    [one] { NUMBER($count) } time
   *[other] { NUMBER($count) } timer
} tilbake.
cancel-gives-back-sessions = { $count ->
    [one] Økten går
   *[other] De { NUMBER($count) } øktene går
} tilbake til kvoten deres.
cancel-not-billed = Det skulle faktureres ({ $hours ->
    [one] { NUMBER($hours) } time
   *[other] { NUMBER($hours) } timer
}): ingenting blir fakturert for det.
cancel-nothing-changes = Ellers endres ingenting.
cancel-not-billed-done = Ingenting blir fakturert for det.
