# Importing data from CSV files (supportbot import).

cli-import = comprobar un archivo CSV de contactos, clientes, compradores, contratos o pedidos y mostrar qué cambiaría; --apply lo escribe
cli-import-kind = qué contiene el archivo
cli-import-file = el archivo CSV (UTF-8, una línea de cabecera con los nombres de las columnas)
cli-import-apply = escribir los cambios (sin esta opción no se escribe nada)
import-unreadable = No se puede leer { $file } ({ $reason }).
import-problem = { $file }:{ $row }: { $text }
import-failed = { $problems ->
    [one] Un problema
    [many] { $problems } problemas
   *[other] { $problems } problemas
}: no se ha escrito nada.
import-change = fila { $row }: { $action } { $key } ({ $fields })
import-action-create = nuevo
import-action-update = cambiado
import-action-unchanged = sin cambios
import-summary = { $created } nuevos, { $updated } cambiados, { $unchanged } sin cambios.
import-dry-run = Esto ha sido una prueba: no se ha escrito nada. Vuelve a ejecutarlo con --apply para escribirlo.
import-written = Escrito.
import-malformed = el archivo no es un CSV válido: { $reason }
import-missing-column = falta la columna { $column }
import-unknown-column = no existe la columna { $column } para este tipo de archivo
import-row-shape = esta fila no tiene { $columns ->
    [one] la { $columns } columna
    [many] las { $columns } columnas
   *[other] las { $columns } columnas
} de la cabecera
import-duplicate = { $key } aparece dos veces (primero en la fila { $first })
import-required = { $column } está vacío
import-bad-language = { $column }: { $value } no es uno de los idiomas del bot ({ $languages })
import-bad-zone = { $value } no es una zona horaria (escríbela como Europe/Madrid)
import-bad-date = { $column }: { $value } no es una fecha (escríbela como 2026-11-23)
import-bad-quantities = { $value }: escribe las cantidades como training_client=2; onsite_working_hours=1
import-unknown = { $column }: no existe { $value }

# Contacts and listings.
cli-contact = mostrar la zona horaria, el horario y la ausencia de un contacto, y cambiarlos
cli-contact-zone = la zona horaria, p. ej. Europe/Madrid
cli-contact-hours = horario, p. ej. "mon-fri 09:00-17:00" o "mon-thu 08:00-16:00, fri 08:00-12:00"
cli-contact-away = ausente desde este día hasta este día (AAAA-MM-DD AAAA-MM-DD): mientras tanto las solicitudes van al equipo
cli-contact-back = ya no está ausente
contact-bad-hours = «{ $hours }» no es un horario: escríbelo como "mon-fri 09:00-17:00".
contact-bad-away = «{ $away }» no es una ausencia: indica el primer y el último día, como 2026-12-21 2027-01-06.
contact-shown = { $name } ({ $handle }): { $zone }; { $hours }
contact-away = Ausente del { DATETIME($start, dateStyle: "medium") } al { DATETIME($end, dateStyle: "medium") }.
contact-not-away = No está ausente.
cli-list = listar contactos, clientes o compradores
cli-list-kind = qué listar
cli-list-customer = solo los de este cliente (su clave)
list-none = No hay nada que listar.
list-contact = { $handle } · { $name } · { $zone } · { $languages }
list-customer = { $key } · { $name } · { $language } · contacto { $contact }
list-buyer = { $handle } · { $name } · { $customer }
cli-show = mostrar un cliente completo: contacto, contratos, compradores con sus cuentas de chat, pedidos
cli-show-key = la clave del cliente
show-customer = { $name } ({ $key }) · { $language } · { $zone } · contacto { $contact }
show-contract = Contrato: { $package }, { DATETIME($start, dateStyle: "medium") } – { DATETIME($end, dateStyle: "medium") }
show-buyer = Comprador: { $name } ({ $handle }) · { $accounts }
show-order = Pedido { $reference }, recibido el { DATETIME($received, dateStyle: "medium") }
