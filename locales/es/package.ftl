# Qué incluye un paquete, y qué se ha usado y qué queda.

package-none = No encuentro ningún contrato activo para tu empresa. Tu persona de contacto te puede ayudar.
package-none-short = sin contrato
package-heading = { $package } (contrato del { DATETIME($start, dateStyle: "long") } al { DATETIME($end, dateStyle: "long") })
package-contact = { $limited ->
    [yes] Tu { $role }: { $contact } (hasta el { DATETIME($until, dateStyle: "long") })
   *[no] Tu { $role }: { $contact }
}
package-channels = Soporte por { $channels }.
package-returns = Las devoluciones y los cambios son posibles en un plazo de { $days ->
    [one] { $days } día
    [many] { $days } días
   *[other] { $days } días
} desde la recepción del pedido original.
package-renewal = El acuerdo se renueva automáticamente el { DATETIME($renews, dateStyle: "long") }. Para terminarlo, avisa por escrito antes del { DATETIME($deadline, dateStyle: "long") } ({ $months ->
    [one] { $months } mes
    [many] { $months } meses
   *[other] { $months } meses
} antes del final del periodo).

allowance-heading = { $package }:
allowance-hours = { $name }: quedan { NUMBER($left) } de { NUMBER($granted) } { $granted ->
    [one] hora
    [many] horas
   *[other] horas
} ({ NUMBER($used) } usadas).
allowance-hours-valid = { $name }: quedan { NUMBER($left) } de { NUMBER($granted) } { $granted ->
    [one] hora
    [many] horas
   *[other] horas
} ({ NUMBER($used) } usadas), disponibles hasta el { DATETIME($until, dateStyle: "long") }.
allowance-hours-expired = { $name }: caducaron el { DATETIME($until, dateStyle: "long") }; no se usaron { NUMBER($left) } de { NUMBER($granted) } { $granted ->
    [one] hora
    [many] horas
   *[other] horas
}.
allowance-period-month = { $name }: quedan { $left } de { $granted } este mes (hasta el { DATETIME($until, dateStyle: "long") }).
allowance-period-quarter = { $name }: quedan { $left } de { $granted } este trimestre (hasta el { DATETIME($until, dateStyle: "long") }).
allowance-period-year = { $name }: quedan { $left } de { $granted } este año de contrato (hasta el { DATETIME($until, dateStyle: "long") }).
allowance-sessions = { $name }: quedan { NUMBER($left) } de { NUMBER($granted) }.
allowance-window-open = { $name }: disponible hasta el { DATETIME($until, dateStyle: "long") } ({ $days ->
    [one] queda { $days } día
    [many] quedan { $days } días
   *[other] quedan { $days } días
}).
allowance-window-closed = { $name }: terminó el { DATETIME($until, dateStyle: "long") }.
allowance-billed = Reservado fuera del paquete (facturado): { $hours ->
    [one] { NUMBER($hours) } hora
    [many] { NUMBER($hours) } horas
   *[other] { NUMBER($hours) } horas
}.
# A package without included hours or sessions: how its meetings are billed.
allowance-none-hourly_rate = Sin cupo fijo: las citas se facturan por horas.
allowance-none-reduced_rate = Sin cupo fijo: las citas se facturan a la tarifa por hora reducida.
allowance-none-per_started_hour = Sin cupo fijo: las citas se facturan por hora iniciada.
allowance-none-none = Este paquete no incluye horas ni sesiones para reservar.
