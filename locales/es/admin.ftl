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
import-row-shape = esta fila no tiene las { $columns } columnas de la cabecera
import-duplicate = { $key } aparece dos veces (primero en la fila { $first })
import-required = { $column } está vacío
import-bad-language = { $column }: { $value } no es uno de los idiomas del bot ({ $languages })
import-bad-zone = { $value } no es una zona horaria (escríbela como Europe/Madrid)
import-bad-date = { $column }: { $value } no es una fecha (escríbela como 2026-11-23)
import-bad-quantities = { $value }: escribe las cantidades como training_client=2; onsite_working_hours=1
import-unknown = { $column }: no existe { $value }
