# Hva en pakke inneholder, og hva som er brukt og igjen.

package-none = Jeg finner ingen aktiv avtale for bedriften din. Kontaktpersonen din hjelper gjerne.
package-none-short = ingen avtale
package-heading = { $package } (avtale { DATETIME($start, dateStyle: "long") } – { DATETIME($end, dateStyle: "long") })
package-contact = { $limited ->
    [yes] Din { $role }: { $contact } (til { DATETIME($until, dateStyle: "long") })
   *[no] Din { $role }: { $contact }
}
package-channels = Brukerstøtte via { $channels }.
package-returns = Retur og bytte er mulig innen { $days ->
    [one] { $days } dag
   *[other] { $days } dager
} etter at du mottok den opprinnelige ordren.
package-renewal = Avtalen fornyes automatisk { DATETIME($renews, dateStyle: "long") }. Skriftlig oppsigelse må være gitt innen { DATETIME($deadline, dateStyle: "long") } ({ $months ->
    [one] { $months } måneds varsel
   *[other] { $months } måneders varsel
} før periodens utløp).

allowance-heading = { $package }:
allowance-hours = { $name }: { NUMBER($left) } av { NUMBER($granted) } { $granted ->
    [one] time
   *[other] timer
} igjen ({ NUMBER($used) } brukt).
allowance-hours-valid = { $name }: { NUMBER($left) } av { NUMBER($granted) } { $granted ->
    [one] time
   *[other] timer
} igjen ({ NUMBER($used) } brukt), kan brukes til { DATETIME($until, dateStyle: "long") }.
allowance-hours-expired = { $name }: utløp { DATETIME($until, dateStyle: "long") }; { NUMBER($left) } av { NUMBER($granted) } { $granted ->
    [one] time
   *[other] timer
} ble ikke brukt.
allowance-period-month = { $name }: { $left } av { $granted } igjen denne måneden (til { DATETIME($until, dateStyle: "long") }).
allowance-period-quarter = { $name }: { $left } av { $granted } igjen dette kvartalet (til { DATETIME($until, dateStyle: "long") }).
allowance-period-year = { $name }: { $left } av { $granted } igjen dette avtaleåret (til { DATETIME($until, dateStyle: "long") }).
allowance-sessions = { $name }: { NUMBER($left) } av { NUMBER($granted) } igjen.
allowance-window-open = { $name }: åpent til { DATETIME($until, dateStyle: "long") } ({ $days ->
    [one] { $days } dag igjen
   *[other] { $days } dager igjen
}).
allowance-window-closed = { $name }: sluttet { DATETIME($until, dateStyle: "long") }.
allowance-billed = Bestilt utover pakken (fakturert): { $hours ->
    [one] { NUMBER($hours) } time
   *[other] { NUMBER($hours) } timer
}.
# A package without included hours or sessions: how its meetings are billed.
allowance-none-hourly_rate = Ingen fast kvote: møter faktureres per time.
allowance-none-reduced_rate = Ingen fast kvote: møter faktureres til redusert timepris.
allowance-none-per_started_hour = Ingen fast kvote: møter faktureres per påbegynte time.
allowance-none-none = Pakken inneholder ingen timer eller økter å bestille.
