# El núcleo de la conversación: mensajes no válidos, opciones, identidad, idioma y menú.

turn-error = Lo siento, algo ha fallado por mi parte. Inténtalo de nuevo en un momento. (Referencia: { $turn })
turn-empty = No he recibido ningún texto. Te puedo ayudar con esto:
turn-unreadable = No he podido leer ese mensaje. Escríbelo como texto normal, por favor.
turn-too-long = Ese mensaje es demasiado largo para mí: máximo { $max ->
    [one] { NUMBER($max) } carácter
    [many] { NUMBER($max) } caracteres
   *[other] { NUMBER($max) } caracteres
}, por favor.
turn-not-understood-step = No he entendido esa respuesta.
choice-stale = Esa opción ya no está disponible. Esto es lo que puedo hacer ahora:
choice-unknown = No reconozco esa opción. Elige una de las opciones, por favor.
# A pending question stored by another version of the bot could not be read.
dialogue-reset = Lo siento, he perdido la pregunta que le había hecho (me actualizaron mientras tanto), así que la he dejado de lado. Si todavía la necesita, empiece de nuevo, por favor.
error-text-missing = Lo siento, ahora mismo no puedo mostrar este mensaje.

identity-not-linked =
    ¡Hola! Todavía no sé para qué empresa trabajas, así que no puedo mostrar datos de ninguna cuenta.
    Pide a tu contacto del proveedor que vincule tu cuenta y dale esta referencia: { $channel } / { $user }

language-own-name = español
language-choose = ¿En qué idioma quieres que te responda?
language-option = { $name }
language-set = De acuerdo, a partir de ahora te responderé en español.

thanks-reply = ¡De nada! Escríbeme cuando necesites algo más.
help-menu = ¡Hola, { $name }! Te puedo ayudar con esto:
help-unsure = No estoy seguro de lo que quieres decir. Te puedo ayudar con esto:
help-which = No estoy seguro de haberte entendido. ¿Te refieres a alguna de estas opciones?
help-out-of-scope = Lo siento, con eso no puedo ayudarte: soy el asistente de soporte de tu paquete de servicio. Esto es lo que puedo hacer:

menu-package_info = Qué incluye mi paquete
menu-hours_balance = Horas y sesiones usadas y restantes
menu-book_meeting = Reservar una reunión
menu-list_bookings = Mis reservas
menu-cancel_booking = Cancelar una reserva
menu-return_check = ¿Todavía puedo devolver un pedido?
menu-escalate = Hablar con mi persona de contacto
menu-everything = Otra cosa
menu-set_language = Cambiar de idioma

console-attachment-saved = Invitación de calendario guardada: { $path }

# Shown in place of the buttons once one was pressed, so nothing is pressed twice.
choice-picked = Has elegido: { $label }

# Linking an account with an invitation link (Telegram deep links).
link-done-buyer = ¡Bienvenido, { $name }! Esta cuenta habla ahora en nombre de { $customer }.
link-done-staff = ¡Bienvenido, { $name }! Las solicitudes para ti llegarán aquí, con botones para asumirlas y resolverlas.
link-code-unknown = No conozco esta invitación. Abre el enlace tal como lo recibiste o pide uno nuevo a tu persona de contacto.
link-code-used = Esta invitación ya se ha utilizado. Pide una nueva a tu persona de contacto.
link-code-expired = Esta invitación caducó el { DATETIME($expired, dateStyle: "long") }. Pide una nueva a tu persona de contacto.

# Chat commands, as the chat app lists them.
command-help = En qué te puedo ayudar
command-language = Elegir el idioma de mis respuestas
command-bookings = Tus reuniones reservadas

# An option after a question was interrupted by another request.
dialogue-resume = Volver a mi pregunta anterior

# Leaving what is in progress ("stop", "never mind").
stop-done = De acuerdo, lo he dejado. No se ha reservado ni cambiado nada.
stop-nothing-open = De acuerdo. Ahora no hay nada en curso. Te puedo ayudar con esto:
