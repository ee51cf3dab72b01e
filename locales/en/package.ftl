# What a package includes, and what is used and left.

package-none = I can't find an active contract for your company. Your contact person can help.
package-none-short = no contract
package-heading = { $package } (contract { DATETIME($start, dateStyle: "long") } – { DATETIME($end, dateStyle: "long") })
package-contact = { $limited ->
    [yes] Your { $role }: { $contact } (until { DATETIME($until, dateStyle: "long") })
   *[no] Your { $role }: { $contact }
}
package-channels = Support by { $channels }.
package-returns = Returns and exchanges are possible within { $days ->
    [one] { $days } day
   *[other] { $days } days
} after you received the original order.
package-renewal = The agreement renews automatically on { DATETIME($renews, dateStyle: "long") }. To end it, give written notice by { DATETIME($deadline, dateStyle: "long") } ({ $months ->
    [one] { $months } month
   *[other] { $months } months
} before the end of the period).

allowance-heading = { $package }:
allowance-hours = { $name }: { NUMBER($left) } of { NUMBER($granted) } { $granted ->
    [one] hour
   *[other] hours
} left ({ NUMBER($used) } used).
allowance-hours-valid = { $name }: { NUMBER($left) } of { NUMBER($granted) } { $granted ->
    [one] hour
   *[other] hours
} left ({ NUMBER($used) } used), usable until { DATETIME($until, dateStyle: "long") }.
allowance-hours-expired = { $name }: expired on { DATETIME($until, dateStyle: "long") }; { NUMBER($left) } of { NUMBER($granted) } { $granted ->
    [one] hour was
   *[other] hours were
} not used.
allowance-period-month = { $name }: { $left } of { $granted } left this month (until { DATETIME($until, dateStyle: "long") }).
allowance-period-quarter = { $name }: { $left } of { $granted } left this quarter (until { DATETIME($until, dateStyle: "long") }).
allowance-period-year = { $name }: { $left } of { $granted } left this contract year (until { DATETIME($until, dateStyle: "long") }).
allowance-sessions = { $name }: { NUMBER($left) } of { NUMBER($granted) } left.
allowance-window-open = { $name }: open until { DATETIME($until, dateStyle: "long") } ({ $days ->
    [one] { $days } day left
   *[other] { $days } days left
}).
allowance-window-closed = { $name }: ended on { DATETIME($until, dateStyle: "long") }.
allowance-billed = Booked beyond the package (billed): { $hours ->
    [one] { NUMBER($hours) } hour
   *[other] { NUMBER($hours) } hours
}.
# A package without included hours or sessions: how its meetings are billed.
allowance-none-hourly_rate = No fixed allowance: meetings are billed by the hour.
allowance-none-reduced_rate = No fixed allowance: meetings are billed at the reduced hourly rate.
allowance-none-per_started_hour = No fixed allowance: meetings are billed per started hour.
allowance-none-none = This package includes no hours or sessions to book.
