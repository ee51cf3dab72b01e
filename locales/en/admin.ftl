# Importing data from CSV files (supportbot import).

cli-import = check a CSV file of contacts, customers, buyers, contracts or orders and show what it would change; --apply writes it
cli-import-kind = what the file holds
cli-import-file = the CSV file (UTF-8, a header line with the column names)
cli-import-apply = write the changes (without it, nothing is written)
import-unreadable = Can't read { $file } ({ $reason }).
import-problem = { $file }:{ $row }: { $text }
import-failed = { $problems ->
    [one] One problem
   *[other] { $problems } problems
}: nothing was written.
import-change = row { $row }: { $action } { $key } ({ $fields })
import-action-create = new
import-action-update = changed
import-action-unchanged = unchanged
import-summary = { $created } new, { $updated } changed, { $unchanged } unchanged.
import-dry-run = This was a dry run: nothing was written. Run it again with --apply to write it.
import-written = Written.
import-malformed = the file is not valid CSV: { $reason }
import-missing-column = the column { $column } is missing
import-unknown-column = there is no column { $column } for this kind of file
import-row-shape = this row does not have the { $columns ->
    [one] { $columns } column
   *[other] { $columns } columns
} of the header
import-duplicate = { $key } appears twice (first in row { $first })
import-required = { $column } is empty
import-bad-language = { $column }: { $value } is not one of the bot's languages ({ $languages })
import-bad-zone = { $value } is not a time zone (write it like Europe/Berlin)
import-bad-date = { $column }: { $value } is not a date (write it like 2026-11-23)
import-bad-quantities = { $value }: write quantities like training_client=2; onsite_working_hours=1
import-unknown = { $column }: there is no { $value }

# Contacts and listings.
cli-contact = show a contact's time zone, working hours and absence, and change them
cli-contact-zone = the contact's time zone, e.g. Europe/Berlin
cli-contact-hours = working hours, e.g. "mon-fri 09:00-17:00" or "mon-thu 08:00-16:00, fri 08:00-12:00"
cli-contact-away = away from this day until this day (YYYY-MM-DD YYYY-MM-DD): cases go to the team meanwhile
cli-contact-back = no longer away
contact-bad-hours = "{ $hours }" are not working hours: write them like "mon-fri 09:00-17:00".
contact-bad-away = "{ $away }" is no absence: give the first and the last day, like 2026-12-21 2027-01-06.
contact-shown = { $name } ({ $handle }): { $zone }; { $hours }
contact-away = Away from { DATETIME($start, dateStyle: "medium") } until { DATETIME($end, dateStyle: "medium") }.
contact-not-away = Not away.
cli-list = list contacts, customers or buyers
cli-list-kind = what to list
cli-list-customer = only this customer's (its key)
list-none = Nothing to list.
list-contact = { $handle } · { $name } · { $zone } · { $languages }
list-customer = { $key } · { $name } · { $language } · contact { $contact }
list-buyer = { $handle } · { $name } · { $customer }
cli-show = show one customer in full: contact, contracts, buyers with their chat accounts, orders
cli-show-key = the customer's key
show-customer = { $name } ({ $key }) · { $language } · { $zone } · contact { $contact }
show-contract = Contract: { $package }, { DATETIME($start, dateStyle: "medium") } – { DATETIME($end, dateStyle: "medium") }
show-buyer = Buyer: { $name } ({ $handle }) · { $accounts }
show-order = Order { $reference }, received { DATETIME($received, dateStyle: "medium") }
