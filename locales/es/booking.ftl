# Reservar reuniones, verlas y cancelarlas.

booking-nothing-bookable = Tu contrato no incluye reuniones que se puedan reservar aquí. Tu persona de contacto te puede ayudar.
booking-type-not-included = { $meeting } no forma parte de tu paquete.
booking-choose-type = ¿Qué reunión quieres reservar?
booking-type-option = { $meeting }
booking-ask-participants-per = ¿Cuántos usuarios participarán en «{ $meeting }»? Cada sesión es para un máximo de { $per ->
    [one] { $per } usuario
    [many] { $per } usuarios
   *[other] { $per } usuarios
}.
booking-ask-participants = ¿Cuántas personas participarán en «{ $meeting }»?
booking-too-many = Esta formación es para un máximo de { $max ->
    [one] { $max } persona
    [many] { $max } personas
   *[other] { $max } personas
}.
booking-no-slots-matching = No he encontrado ningún hueco libre que encaje; estos son los siguientes huecos libres.
booking-wish-taken = { DATETIME($start, dateStyle: "full", timeStyle: "short") } no está libre. Estas son las horas libres más cercanas ese día:
booking-day-full = { $contact } no tiene ninguna hora libre el { DATETIME($day, dateStyle: "full") }. Estas son las horas libres más cercanas en otros días:
booking-which-day = ¿Te refieres al { DATETIME($first, dateStyle: "full") } o al { DATETIME($second, dateStyle: "full") }? Aquí tienes horas de los dos días:
booking-beyond-limit = Solo puedo reservar hasta el { DATETIME($last, dateStyle: "long") }, el final de su contrato. Estas son las próximas horas libres:
booking-range-full = { $contact } no tiene horas libres del { DATETIME($from, dateStyle: "long") } al { DATETIME($to, dateStyle: "long") }. Estas son las próximas horas libres:
booking-beyond-horizon = Como mucho puedo reservar hasta el { DATETIME($last, dateStyle: "long") }. Estas son las próximas horas libres:
booking-too-soon = Lo antes que puedo reservar esto es el { DATETIME($first, dateStyle: "full") }. Estas son las horas libres más cercanas desde entonces:
booking-no-slots = { $contact } no tiene huecos libres en las próximas semanas. Puedo pasarle tu solicitud.
booking-choose-slot = { $meeting } ({ $minutes } min) con { $contact }. Elige una hora:
booking-slot-option = { DATETIME($start, dateStyle: "full", timeStyle: "short") }
booking-later-option = Horas más tarde
booking-not-covered = A tu paquete no le queda nada para «{ $meeting }», y aquí no se pueden reservar sesiones extra. Tu persona de contacto te puede ayudar a pedir más.
booking-overage = ¿Reservar «{ $meeting }» el { DATETIME($start, dateStyle: "full", timeStyle: "short") } con { $contact }? { $hours ->
    [one] Se facturaría { NUMBER($hours) } hora.
    [many] Se facturarían { NUMBER($hours) } horas.
   *[other] Se facturarían { NUMBER($hours) } horas.
}
billing-hourly-rate = El tiempo adicional se factura según la tarifa horaria vigente del proveedor, conforme a sus términos y condiciones.
billing-per-started-hour = Este servicio se factura por cada hora iniciada: se facturarán { NUMBER($hours) } { $hours ->
    [one] hora
    [many] horas
   *[other] horas
}.
billing-reduced-rate = La consultoría no forma parte de tu acuerdo: el tiempo se factura a tu tarifa estándar reducida de consultoría.
billing-none = Esto no se puede facturar como tiempo adicional.
booking-confirm-overage = Reservar y facturar { NUMBER($hours) } { $hours ->
    [one] hora
    [many] horas
   *[other] horas
}
booking-decline-overage = No, no reservar
booking-dropped = De acuerdo, no he reservado nada.
booking-slot-taken = Lo siento, esa hora se acaba de ocupar. Elige otra:
booking-balance-changed = Tu saldo restante ha cambiado mientras tanto (otra persona de tu empresa también ha reservado).
booking-confirmed = Reservado: { $meeting } el { DATETIME($start, dateStyle: "full", timeStyle: "short") } hasta las { DATETIME($end, timeStyle: "short") } con { $contact }. Adjunto la invitación de calendario.
booking-billed = Se facturarán { NUMBER($hours) } { $hours ->
    [one] hora
    [many] horas
   *[other] horas
} de esta reunión.
booking-ask-request = ¿Le pido a { $contact } que planifique contigo: { $meeting }?
booking-send-request = Sí, envía la solicitud
booking-keep-request = No, ahora no
booking-request-dropped = De acuerdo, no he enviado nada.
booking-via-contact = «{ $meeting }» se planifica contigo con antelación. He pasado tu solicitud a { $contact } (caso { $id }), que se pondrá en contacto contigo para acordar la fecha.
# The provider's planning lead time, said only where its catalog sets one.
booking-via-contact-days = «{ $meeting }» se planifica contigo con antelación (al menos { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
} antes). He pasado tu solicitud a { $contact } (caso { $id }), que se pondrá en contacto contigo para acordar la fecha.

invite-summary = { $meeting }
invite-description = Reunión con { $contact } para { $customer }. Reservada a través de supportbot.

bookings-none = No tienes reservas próximas.
bookings-heading = { $count ->
    [one] Tu próxima reserva:
    [many] Tus { $count } próximas reservas:
   *[other] Tus { $count } próximas reservas:
}
booking-item = { $meeting }: { DATETIME($start, dateStyle: "full", timeStyle: "short") }

cancel-choose = ¿Qué reserva quieres cancelar?
cancel-yes = Sí, cancelarla
cancel-no = No, mantenerla
cancel-kept = De acuerdo, la reserva se mantiene.
cancel-already = Esa reserva ya estaba cancelada.
cancel-done = Cancelada: { $meeting } del { DATETIME($start, dateStyle: "full", timeStyle: "short") }. Adjunto la cancelación para el calendario.
cancel-too-late = Se canceló menos de { $hours ->
    [one] { $hours } hora
    [many] { $hours } horas
   *[other] { $hours } horas
} antes del inicio, así que el tiempo no se devuelve.
cancel-refunded = El tiempo vuelve a estar disponible:
charge-not-included = «{ $meeting }» no está incluido en tu paquete.
charge-once = «{ $meeting }» se incluye una vez por paquete, y ya está reservado.
charge-outside-window = { $name } solo se podía usar hasta el { DATETIME($until, dateStyle: "long") }.
charge-hours-left = { $name }: { $left ->
    [0] no queda nada.
    [one] solo queda { NUMBER($left) } hora.
    [many] solo quedan { NUMBER($left) } horas.
   *[other] solo quedan { NUMBER($left) } horas.
}
charge-sessions-left = { $name }: { $left ->
    [0] no queda nada.
    [one] solo queda { NUMBER($left) }.
    [many] solo quedan { NUMBER($left) }.
   *[other] solo quedan { NUMBER($left) }.
}
billing-terms = Condiciones del proveedor: { $url }
cancel-ask = ¿Cancelar «{ $meeting }» el { DATETIME($start, dateStyle: "full", timeStyle: "short") } con { $contact }?
cancel-late-no-refund = Empieza en menos de { $hours ->
    [one] { NUMBER($hours) } hora
    [many] { NUMBER($hours) } horas
   *[other] { NUMBER($hours) } horas
}: el tiempo no se devuelve.
cancel-gives-back-hours = Recuperarás { $count ->
    [one] { NUMBER($count) } hora
    [many] { NUMBER($count) } horas
   *[other] { NUMBER($count) } horas
}.
cancel-gives-back-sessions = { $count ->
    [one] La sesión vuelve
    [many] Las { NUMBER($count) } sesiones vuelven
   *[other] Las { NUMBER($count) } sesiones vuelven
} a tu cupo.
cancel-not-billed = Se iba a facturar ({ $hours ->
    [one] { NUMBER($hours) } hora
    [many] { NUMBER($hours) } horas
   *[other] { NUMBER($hours) } horas
}): no se facturará nada por ella.
cancel-nothing-changes = No cambia nada más.
cancel-not-billed-done = No se facturará nada por ella.
