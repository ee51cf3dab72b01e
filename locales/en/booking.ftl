# Booking meetings, listing and cancelling them.

booking-nothing-bookable = Your contract has no meetings that can be booked here. Your contact person can help.
booking-type-not-included = { $meeting } is not part of your package.
booking-choose-type = Which meeting would you like to book?
booking-type-option = { $meeting }
booking-ask-participants-per = How many users will take part in the { $meeting }? Each session is for up to { $per } users.
booking-ask-participants = How many people will take part in the { $meeting }?
booking-too-many = This training is for at most { $max ->
    [one] { $max } person
   *[other] { $max } people
}.
booking-no-slots-matching = I found no free time that matches; here are the next free times instead.
booking-wish-taken = { DATETIME($start, dateStyle: "full", timeStyle: "short") } is not free. These are the nearest free times that day:
booking-day-full = { $contact } has no free time on { DATETIME($day, dateStyle: "full") }. These are the nearest free times on other days:
booking-beyond-limit = I can only book up to { DATETIME($last, dateStyle: "long") }, the end of your contract. These are the next free times:
booking-too-soon = The earliest time I can book this for is { DATETIME($first, dateStyle: "full") }. These are the nearest free times from then:
booking-no-slots = { $contact } has no free time in the next weeks. I can pass your request on to them.
booking-choose-slot = { $meeting } ({ $minutes } min) with { $contact }. Pick a time:
booking-slot-option = { DATETIME($start, dateStyle: "full", timeStyle: "short") }
booking-later-option = Later times
booking-not-covered = Your package has nothing left for the { $meeting }, and extra sessions can't be booked here. Your contact person can help you order more.
booking-overage = The { $meeting } on { DATETIME($start, dateStyle: "full", timeStyle: "short") } goes beyond your package: { NUMBER($hours) } { $hours ->
    [one] hour is
   *[other] hours are
} not covered.
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
booking-via-contact = { $meeting } needs to be planned with you in advance (at least { $days ->
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
cancel-ask-refund = Cancel the { $meeting } on { DATETIME($start, dateStyle: "full", timeStyle: "short") }? You'll get the time back.
cancel-ask-no-refund = Cancel the { $meeting } on { DATETIME($start, dateStyle: "full", timeStyle: "short") }? It is too close to the start to get the time back.
cancel-yes = Yes, cancel it
cancel-no = No, keep it
cancel-kept = All right, the booking stays.
cancel-already = That booking was already cancelled.
cancel-done = Cancelled: { $meeting } on { DATETIME($start, dateStyle: "full", timeStyle: "short") }. A calendar cancellation is attached.
cancel-too-late = It was cancelled less than { $hours } hours before the start, so the time is not given back.
cancel-refunded = The time is back in your allowance:
