# Booking meetings, listing and cancelling them.

booking-nothing-bookable = Your contract has no meetings that can be booked here. Your contact person can help.
booking-type-not-included = { $meeting } is not part of your package.
booking-choose-type = Which meeting would you like to book?
booking-type-option = { $meeting }
booking-ask-participants-per = How many users will take part in the { $meeting }? Each session is for up to { $per ->
    [one] { $per } user
   *[other] { $per } users
}.
booking-ask-participants = How many people will take part in the { $meeting }?
booking-too-many = This training is for at most { $max ->
    [one] { $max } person
   *[other] { $max } people
}.
booking-no-slots-matching = I found no free time that matches; here are the next free times instead.
booking-wish-taken = { DATETIME($start, dateStyle: "full", timeStyle: "short") } is not free. These are the nearest free times that day:
booking-day-full = { $contact } has no free time on { DATETIME($day, dateStyle: "full") }. These are the nearest free times on other days:
booking-which-day = Do you mean { DATETIME($first, dateStyle: "full") } or { DATETIME($second, dateStyle: "full") }? Here are times on both days:
booking-beyond-limit = I can only book up to { DATETIME($last, dateStyle: "long") }, the end of your contract. These are the next free times:
booking-range-full = { $contact } has no free time from { DATETIME($from, dateStyle: "long") } to { DATETIME($to, dateStyle: "long") }. These are the next free times:
booking-beyond-horizon = I can book at most up to { DATETIME($last, dateStyle: "long") }. These are the next free times:
booking-too-soon = The earliest time I can book this for is { DATETIME($first, dateStyle: "full") }. These are the nearest free times from then:
booking-no-slots = { $contact } has no free time in the next weeks. I can pass your request on to them.
booking-choose-slot = { $meeting } ({ $minutes } min) with { $contact }. Pick a time:
booking-slot-option = { DATETIME($start, dateStyle: "full", timeStyle: "short") }
booking-later-option = Later times
booking-not-covered = Your package has nothing left for the { $meeting }, and extra sessions can't be booked here. Your contact person can help you order more.
booking-overage = Book the { $meeting } on { DATETIME($start, dateStyle: "full", timeStyle: "short") } with { $contact }? { $hours ->
    [one] { NUMBER($hours) } hour would be billed.
   *[other] { NUMBER($hours) } hours would be billed.
}
billing-hourly-rate = Extra time is billed at the provider's current hourly rate, as set out in its terms and conditions.
billing-per-started-hour = This service is billed per started hour: { NUMBER($hours) } { $hours ->
    [one] hour
   *[other] hours
} will be invoiced.
billing-reduced-rate = Consulting is not part of your agreement: the time is billed at your lower standard consulting rate.
billing-none = This can't be billed as extra time.
booking-confirm-overage = Book it and bill { NUMBER($hours) } { $hours ->
    [one] hour
   *[other] hours
}
booking-decline-overage = No, don't book it
booking-dropped = All right, I haven't booked anything.
booking-slot-taken = Sorry, that time has just been taken. Please pick another one:
booking-balance-changed = Your remaining allowance changed in the meantime (someone else from your company booked too).
booking-confirmed = Booked: { $meeting } on { DATETIME($start, dateStyle: "full", timeStyle: "short") } to { DATETIME($end, timeStyle: "short") } with { $contact }. The calendar invitation is attached.
booking-billed = { NUMBER($hours) } { $hours ->
    [one] hour
   *[other] hours
} of this meeting will be invoiced.
booking-ask-request = Shall I ask { $contact } to plan { $meeting } with you?
booking-send-request = Yes, send the request
booking-keep-request = No, not now
booking-request-dropped = All right, I haven't sent anything.
booking-via-contact = { $meeting } needs to be planned with you in advance. I have passed your request to { $contact } (case { $id }), who will get in touch to agree the date.
# The provider's planning lead time, said only where its catalog sets one.
booking-via-contact-days = { $meeting } needs to be planned with you in advance (at least { $days ->
    [one] { $days } day
   *[other] { $days } days
} ahead). I have passed your request to { $contact } (case { $id }), who will get in touch to agree the date.

invite-summary = { $meeting }
invite-description = Meeting with { $contact } for { $customer }. Booked through supportbot.

bookings-none = You have no upcoming bookings.
bookings-heading = { $count ->
    [one] Your upcoming booking:
   *[other] Your { $count } upcoming bookings:
}
booking-item = { $meeting }: { DATETIME($start, dateStyle: "full", timeStyle: "short") }

cancel-choose = Which booking would you like to cancel?
cancel-yes = Yes, cancel it
cancel-no = No, keep it
cancel-kept = All right, the booking stays.
cancel-already = That booking was already cancelled.
cancel-done = Cancelled: { $meeting } on { DATETIME($start, dateStyle: "full", timeStyle: "short") }. A calendar cancellation is attached.
cancel-too-late = It was cancelled less than { $hours ->
    [one] { $hours } hour
   *[other] { $hours } hours
} before the start, so the time is not given back.
cancel-refunded = The time is back in your allowance:
charge-not-included = The { $meeting } is not included in your package.
charge-once = The { $meeting } is included once per package, and yours has been booked already.
charge-outside-window = { $name } could only be used until { DATETIME($until, dateStyle: "long") }.
charge-hours-left = { $name }: { $left ->
    [0] nothing is left.
    [one] only { NUMBER($left) } hour is left.
   *[other] only { NUMBER($left) } hours are left.
}
charge-sessions-left = { $name }: { $left ->
    [0] nothing is left.
    [one] only { NUMBER($left) } is left.
   *[other] only { NUMBER($left) } are left.
}
billing-terms = The provider's terms and conditions: { $url }
cancel-ask = Cancel the { $meeting } on { DATETIME($start, dateStyle: "full", timeStyle: "short") } with { $contact }?
cancel-late-no-refund = It starts in less than { $hours ->
    [one] { NUMBER($hours) } hour
   *[other] { NUMBER($hours) } hours
}: the time will not be given back.
cancel-gives-back-hours = You will get { $count ->
    [one] { NUMBER($count) } hour
   *[other] { NUMBER($count) } hours
} back.
cancel-gives-back-sessions = { $count ->
    [one] The session goes
   *[other] The { NUMBER($count) } sessions go
} back to your allowance.
cancel-not-billed = It was to be billed ({ $hours ->
    [one] { NUMBER($hours) } hour
   *[other] { NUMBER($hours) } hours
}): nothing will be billed for it.
cancel-nothing-changes = Nothing else changes.
cancel-not-billed-done = Nothing will be billed for it.
