# Was ein Paket umfasst, und was verbraucht ist und was bleibt.

package-none = Ich finde keinen aktiven Vertrag für Ihr Unternehmen. Ihr Ansprechpartner hilft Ihnen gern.
package-none-short = kein Vertrag
package-heading = { $package } (Vertrag { DATETIME($start, dateStyle: "long") } – { DATETIME($end, dateStyle: "long") })
package-contact = { $limited ->
    [yes] Ihr { $role }: { $contact } (bis { DATETIME($until, dateStyle: "long") })
   *[no] Ihr { $role }: { $contact }
}
package-channels = Support per { $channels }.
package-returns = Retouren und Umtausch sind innerhalb von { $days ->
    [one] { $days } Tag
   *[other] { $days } Tagen
} nach Empfang der ursprünglichen Bestellung möglich.
package-renewal = Die Vereinbarung verlängert sich automatisch am { DATETIME($renews, dateStyle: "long") }. Eine Kündigung muss schriftlich bis { DATETIME($deadline, dateStyle: "long") } eingehen ({ $months ->
    [one] { $months } Monat
   *[other] { $months } Monate
} vor Ende des Zeitraums).

allowance-heading = { $package }:
allowance-hours = { $name }: noch { NUMBER($left) } von { NUMBER($granted) } { $granted ->
    [one] Stunde
   *[other] Stunden
} ({ NUMBER($used) } verbraucht).
allowance-hours-valid = { $name }: noch { NUMBER($left) } von { NUMBER($granted) } { $granted ->
    [one] Stunde
   *[other] Stunden
} ({ NUMBER($used) } verbraucht), nutzbar bis { DATETIME($until, dateStyle: "long") }.
allowance-hours-expired = { $name }: abgelaufen am { DATETIME($until, dateStyle: "long") }; { NUMBER($left) } von { NUMBER($granted) } { $granted ->
    [one] Stunde wurde
   *[other] Stunden wurden
} nicht genutzt.
allowance-period-month = { $name }: noch { $left } von { $granted } in diesem Monat (bis { DATETIME($until, dateStyle: "long") }).
allowance-period-quarter = { $name }: noch { $left } von { $granted } in diesem Quartal (bis { DATETIME($until, dateStyle: "long") }).
allowance-period-year = { $name }: noch { $left } von { $granted } in diesem Vertragsjahr (bis { DATETIME($until, dateStyle: "long") }).
allowance-sessions = { $name }: noch { NUMBER($left) } von { NUMBER($granted) }.
allowance-window-open = { $name }: möglich bis { DATETIME($until, dateStyle: "long") } ({ $days ->
    [one] noch { $days } Tag
   *[other] noch { $days } Tage
}).
allowance-window-closed = { $name }: endete am { DATETIME($until, dateStyle: "long") }.
allowance-billed = Über das Paket hinaus gebucht (abgerechnet): { $hours ->
    [one] { NUMBER($hours) } Stunde
   *[other] { NUMBER($hours) } Stunden
}.
# A package without included hours or sessions: how its meetings are billed.
allowance-none-hourly_rate = Kein festes Kontingent: Termine werden nach Aufwand abgerechnet.
allowance-none-reduced_rate = Kein festes Kontingent: Termine werden zum reduzierten Stundensatz abgerechnet.
allowance-none-per_started_hour = Kein festes Kontingent: Termine werden je angefangener Stunde abgerechnet.
allowance-none-none = Dieses Paket enthält keine buchbaren Stunden oder Termine.
