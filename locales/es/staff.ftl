# La parte del personal: escalados en el terminal.

staff-unknown = No hay ningún miembro del personal con el identificador { $handle }.
staff-escalation-unknown = No existe el escalado { $id }.
staff-escalation-resolved-already = El escalado { $id } ya está resuelto.
staff-none = No hay escalados.
staff-escalation-line = #{ $id } [{ $priority }] { $status } · { $customer } · { $assignee } · { DATETIME($created, dateStyle: "medium", timeStyle: "short") }
staff-escalation-status = Estado: { $status }
staff-done-claim = El escalado { $id } es tuyo; se ha avisado al cliente.
staff-done-reply = Tu respuesta al escalado { $id } va de camino al cliente.
staff-done-resolve = El escalado { $id } está resuelto; se ha avisado al cliente.

# The staff side in a chat channel (Slack, Telegram).
staff-action-claim = Asumir
staff-action-resolve = Resolver
staff-escalation-not-yours = El escalado { $id } es de un cliente de otro proveedor.
staff-escalation-other-contact = El escalado { $id } es un caso de { $contact }: solo esa persona o tu equipo pueden atenderlo.
staff-reply-empty = No se ha enviado una respuesta vacía. Escribe lo que debe leer el comprador (escalado { $id }).
staff-chat-help =
    { $open ->
        [0] No tienes solicitudes abiertas.
        [one] Tienes una solicitud abierta.
        [many] Tienes { $open } solicitudes abiertas.
       *[other] Tienes { $open } solicitudes abiertas.
    } Para responder a una solicitud, contesta en el hilo de su mensaje; los botones de allí la asumen o la resuelven.

# Told to the admin contact when a saved edit fails the check.
admin-reload-refused = Los textos o el catálogo editados no se han cargado ({ $errors ->
    [one] un error
    [many] { $errors } errores
   *[other] { $errors } errores
}; el primero: { $first }). El bot sigue usando la última versión correcta.
