# La línea de comandos de supportbot.

cli-description = supportbot: un asistente de soporte multilingüe para compradores B2B.
cli-verbose = registrar más detalles
cli-chat = chatear con el bot en el terminal como comprador
cli-chat-as = el identificador del comprador, p. ej. launch, prolite, premium, cloudcare, carefree, english
cli-chat-json = imprimir un objeto JSON por respuesta
cli-now = fijar el reloj en este instante ISO-8601
cli-json = imprimir JSON
cli-db = gestionar la base de datos
cli-db-upgrade = migrar el esquema de la base de datos a la versión más reciente
cli-db-upgraded = El esquema de la base de datos está actualizado.
cli-demo = cargar los datos de demostración (sustituye todo lo que hay en la base de datos)
cli-demo-if-missing = cargar solo si todavía no hay datos
cli-demo-loaded = Datos de demostración cargados. Chatea como: { $handles }
cli-demo-kept = Los datos de demostración ya están (usa "supportbot demo" para recargarlos). Chatea como: { $handles }
cli-catalog = el catálogo de paquetes
cli-catalog-check = validar los archivos del catálogo
cli-catalog-dir = la carpeta de los archivos del catálogo (por defecto, la configurada)
cli-catalog-problem = { $file }: { $entry }: { $reason }
cli-catalog-ok = El catálogo es válido: { $packages ->
    [one] { $packages } paquete
    [many] { $packages } paquetes
   *[other] { $packages } paquetes
} de { $providers ->
    [one] { $providers } proveedor
    [many] { $providers } proveedores
   *[other] { $providers } proveedores
}.
cli-nlu = la comprensión del bot
cli-nlu-eval = medir la precisión de idioma e intención con un archivo JSONL
cli-nlu-file = líneas con {"{"}"text", "lang", "intent", "meeting_type"{"}"}
cli-nlu-bad-file = No se puede leer { $file }: { $reason }
cli-nlu-overall = { $n ->
    [one] { $n } mensaje
    [many] { $n } mensajes
   *[other] { $n } mensajes
} · idioma { $language } · intención { $intent } · tipo de reunión { $meeting }
cli-nlu-language = { $lang } ({ $n }): idioma { $language } · intención { $intent } · tipo de reunión { $meeting }
cli-nlu-intent = intención { $intent } ({ $n }): { $accuracy }
cli-nlu-confusion = { $field }: se esperaba { $expected }, se obtuvo { $got } ({ $count }×)
cli-nlu-misses = listar cada mensaje mal entendido
cli-nlu-miss = [{ $lang }] { $field }: se esperaba { $expected }, se obtuvo { $got }: { $text }
cli-nlu-when-overall = { $n } líneas: fechas y horas { $accuracy }
cli-nlu-when-language = { $lang } ({ $n }): fechas y horas { $accuracy }
cli-nlu-when-miss = «{ $text }»: se esperaba { $expected }, se obtuvo { $got }
cli-escalations = escalados, para el personal de soporte
cli-esc-list = listar los escalados abiertos, los más urgentes primero
cli-esc-as = tu identificador de personal (p. ej. anna)
cli-esc-all = incluir los resueltos
cli-esc-show = mostrar un escalado con la conversación
cli-esc-claim = hacerse cargo de un escalado
cli-esc-reply = responder al cliente
cli-esc-resolve = cerrar un escalado
cli-esc-id = el número del escalado
cli-esc-text = tu respuesta
cli-link = vincular una cuenta de chat a un comprador o a un empleado, o un canal compartido a un cliente
cli-unlink = quitar el vínculo de una cuenta de chat o de un canal compartido
cli-link-channel = el canal de chat de la cuenta (uno de los indicados arriba)
cli-link-team = el id del espacio de trabajo de Slack (T…); los ids de Slack solo son únicos dentro de uno
cli-link-user = el id de la cuenta en el canal (Slack: U…)
cli-link-space = un id de canal (Slack: C…): un canal compartido, o un canal de equipo con --staff
cli-link-buyer = el identificador del comprador, p. ej. launch
cli-link-staff = el identificador del empleado, p. ej. anna
cli-link-customer = la clave del cliente: todos en el canal compartido hablan en su nombre
cli-link-team-needed = Slack necesita --team (el id del espacio de trabajo, como T0123ABCD).
cli-link-customer-needs-channel = --customer vincula un canal compartido: indica --channel en lugar de --user.
cli-link-buyer-needs-user = --buyer vincula a una persona: indica --user en lugar de --channel.
cli-buyer-unknown = No hay ningún comprador con el identificador { $handle }.
cli-customer-unknown = No hay ningún cliente con la clave { $handle }.
cli-link-done-buyer = { $identity } en { $channel } habla ahora en nombre de { $buyer } ({ $customer }).
cli-link-done-staff = { $identity } en { $channel } recibe y responde ahora escalados como { $staff }.
cli-link-done-space = Todos en { $space } de { $channel } hablan ahora en nombre de { $customer }.
cli-unlink-done = { $identity } en { $channel } ya no está vinculado.
cli-unlink-none = { $identity } en { $channel } no estaba vinculado.
cli-serve = ejecutar el bot en un canal de chat
cli-serve-channel = el canal que se atiende (por defecto: todos los canales con su token definido)
cli-serve-socket-mode = conectar con Slack por Socket Mode en lugar de recibir peticiones HTTP
cli-serve-host = la dirección en la que escuchar (por defecto: el host configurado, 127.0.0.1)
cli-serve-port = el puerto en el que escuchar (por defecto: el puerto configurado, 3000)
cli-serve-missing-setting = Falta el ajuste { $name }: defínelo en el entorno o en un archivo .env.
cli-serve-listening = { $channel }: escuchando en http://{ $host }:{ $port }{ $path } (estado: /healthz). Detener con Ctrl+C.
cli-serve-socket = { $channel }: conectado por Socket Mode (estado: http://{ $host }:{ $port }/healthz). Detener con Ctrl+C.
cli-serve-webhook-url = Telegram: recibir las actualizaciones en esta dirección HTTPS pública (termina en /telegram/webhook) en lugar de consultarlas
cli-serve-telegram-polling = Telegram: consultando actualizaciones como @{ $bot }. Detener con Ctrl+C.
cli-serve-telegram-webhook = Telegram: @{ $bot } envía las actualizaciones a { $url }, recibidas en http://{ $host }:{ $port }{ $path }. Detener con Ctrl+C.
cli-invite = crear un enlace de Telegram de un solo uso y con caducidad que vincula la cuenta que lo abre
cli-invite-customer = la clave de un cliente: la invitación es para un comprador nuevo de él (con --name)
cli-invite-name = el nombre completo del comprador nuevo
cli-invite-ttl = cuánto tiempo vale el enlace: 30m, 12h, 7d (por defecto), 2w
cli-invite-bad-ttl = «{ $ttl }» no es una duración: escríbela como 30m, 12h, 7d o 2w.
cli-invite-name-needed = Un comprador nuevo necesita un nombre: añade --name "Nombre Apellido".
cli-invite-link = Invitación para { $who }, de un solo uso hasta el { DATETIME($until, dateStyle: "medium", timeStyle: "short") } (UTC): { $link }
cli-locales = los textos y frases de locales/
cli-locales-check = encontrar todo lo que un cambio puede romper: sintaxis, mensajes que faltan o sobran, variables, formas de plural, referencias, valores vacíos, pocas frases de ejemplo
cli-locales-dir = la carpeta locales que se comprueba (por defecto: la configurada)
cli-locales-line = { $file }:{ $line }: { $severity }: { $text }
cli-locales-ok = Los textos están en orden: { $languages } idiomas comprobados{ $warnings ->
    [0] .
    [one] , un aviso.
    [many] , { $warnings } avisos.
   *[other] , { $warnings } avisos.
}
cli-locales-failed = { $errors ->
    [one] Un error
    [many] { $errors } errores
   *[other] { $errors } errores
} y { $warnings ->
    [one] un aviso
    [many] { $warnings } avisos
   *[other] { $warnings } avisos
}: el bot no cargaría estos textos.
check-severity-error = error
check-severity-warning = aviso
check-folder-missing = falta la carpeta del idioma
check-file-missing = falta el archivo
check-syntax = error de sintaxis: { $reason }
check-duplicate = { $id } está definido dos veces (primero en { $where })
check-missing = falta { $id } (el inglés lo tiene en { $where })
check-extra = { $id } no existe en inglés: quítalo o añádelo antes al inglés
check-variables = { $id } usa otras variables que el inglés (faltan: { $missing }; no están en inglés: { $extra })
check-plural = a { $id } le faltan las formas de plural { $missing } que este idioma necesita
check-reference = { $id } se refiere a { $target }, que no existe
check-empty = { $id } no tiene texto
check-untranslated = { $id } es igual que en inglés
check-examples = la intención { $intent } tiene { $count } frases de ejemplo; necesita al menos { $needed }
cli-buyer = los datos personales de un comprador: exportarlos o borrarlos
cli-buyer-export = escribir en JSON todo lo guardado sobre un comprador (cuentas, mensajes, reservas, escalados)
cli-buyer-output = escribir en este archivo en lugar de en pantalla
cli-buyer-erase = borrar o anonimizar todo sobre un comprador; las reservas y el registro de horas se quedan, para que los totales sigan correctos
cli-buyer-yes = sí, borrarlo (no se puede deshacer)
cli-buyer-erase-confirm = Borrar a { $buyer } no se puede deshacer: ejecuta de nuevo la orden con --yes.
cli-buyer-exported = Todo lo guardado sobre { $buyer } está en { $file }.
cli-buyer-erased = { $buyer } está borrado: { $accounts ->
    [one] { $accounts } cuenta de chat desvinculada y anonimizada
    [many] { $accounts } cuentas de chat desvinculadas y anonimizadas
   *[other] { $accounts } cuentas de chat desvinculadas y anonimizadas
}, { $messages ->
    [one] { $messages } mensaje de chat
    [many] { $messages } mensajes de chat
   *[other] { $messages } mensajes de chat
} y { $escalation_messages ->
    [one] { $escalation_messages } mensaje de escalado borrado
    [many] { $escalation_messages } mensajes de escalado borrados
   *[other] { $escalation_messages } mensajes de escalado borrados
}, { $invitations ->
    [one] { $invitations } invitación quitada
    [many] { $invitations } invitaciones quitadas
   *[other] { $invitations } invitaciones quitadas
}. Las reservas y el registro de horas se conservan.
cli-buyer-erased-notices = { $notices ->
    [one] Se ha quitado { $notices } aviso pendiente que le citaba o nombraba.
    [many] Se han quitado { $notices } avisos pendientes que le citaban o nombraban.
   *[other] Se han quitado { $notices } avisos pendientes que le citaban o nombraban.
}
cli-audit = quién hizo qué y cuándo: órdenes de administración y acciones del personal
cli-audit-limit = cuántas de las entradas más recientes (por defecto 50)
cli-audit-none = Todavía no hay nada registrado.
cli-audit-line = { DATETIME($at, dateStyle: "medium", timeStyle: "medium") } · { $actor } · { $action } · { $subject } · { $details }
cli-buyer-id = el identificador del comprador (p. ej. launch) o su número
