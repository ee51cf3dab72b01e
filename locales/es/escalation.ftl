# Escalado a la persona de contacto asignada, para el comprador y para el personal.

escalation-created = He pasado tu solicitud a { $contact } (caso { $id }). Te responderá aquí.
escalation-created-team = { $contact } está ausente, así que he pasado tu solicitud a { $team } (caso { $id }). Te responderán aquí.
escalation-forwarded = He añadido esto a tu caso { $id } para { $contact }.
escalation-claimed = { $name } se ha hecho cargo de tu solicitud y te responderá aquí.
escalation-answer = { $name }: { $text }
escalation-resolved = { $name } ha cerrado tu solicitud. Vuelvo a estar aquí si necesitas algo más.

escalation-new =
    Nueva solicitud { $id } de { $buyer } ({ $customer })
    Paquete: { $packages } · Idioma: { $language } · Prioridad: { $priority }
    Conversación hasta ahora:
escalation-meeting-request = Pide planificar: { $meeting }.
escalation-line-buyer = › Cliente: { $text }
escalation-line-bot = › Bot: { $text }
escalation-line-staff = › Soporte: { $text }
escalation-buyer-wrote = { $buyer } escribió en la solicitud { $id }: { $text }

escalation-marked-urgent = He marcado el caso { $id } como urgente.
escalation-sent-to = Enviado a { $name }.
escalation-already-open = Tu caso { $id } con { $contact } sigue abierto. Escribe aquí lo que quieras añadir, o «cerrar mi caso» si ya no lo necesitas.
escalation-left = He cerrado tu caso { $id } y se lo he dicho a { $contact }. ¿En qué te puedo ayudar?
escalation-none-open = Ahora mismo no tienes ningún caso abierto.
escalation-buyer-left = { $buyer } ha cerrado la solicitud { $id }: ya no hace falta responder.
escalation-priority-raised = La solicitud { $id } está marcada ahora: { $priority }
priority-urgent = URGENTE
priority-no_access = URGENTE – sin acceso
priority-normal = normal
status-open = abierta
status-claimed = en curso
status-resolved = resuelta
