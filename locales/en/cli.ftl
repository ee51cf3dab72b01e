# The supportbot command line.

cli-description = supportbot: a multilingual support assistant for B2B buyers.
cli-verbose = log more details
cli-chat = chat with the bot in the terminal as a buyer
cli-chat-as = the buyer's handle, e.g. launch, prolite, premium, cloudcare, carefree, english
cli-chat-json = print one JSON object per reply
cli-now = fix the clock at this ISO-8601 instant
cli-json = print JSON
cli-db = manage the database
cli-db-upgrade = migrate the database schema to the newest version
cli-db-upgraded = The database schema is up to date.
cli-demo = load the demo data (replaces everything in the database)
cli-demo-if-missing = load only if there is no data yet
cli-demo-loaded = Demo data loaded. Chat as one of: { $handles }
cli-demo-kept = Demo data is already there (use "supportbot demo" to reload it). Chat as one of: { $handles }
cli-catalog = the catalog of packages
cli-catalog-check = validate the catalog files
cli-catalog-dir = the folder of catalog files (default: the configured one)
cli-catalog-problem = { $file }: { $entry }: { $reason }
cli-catalog-ok = The catalog is valid: { $packages ->
    [one] { $packages } package
   *[other] { $packages } packages
} from { $providers ->
    [one] { $providers } provider
   *[other] { $providers } providers
}.
cli-nlu = the bot's understanding
cli-nlu-eval = measure language and intent accuracy on a JSONL file
cli-nlu-file = lines of {"{"}"text", "lang", "intent", "meeting_type"{"}"}
cli-nlu-bad-file = Can't read { $file }: { $reason }
cli-nlu-overall = { $n ->
    [one] { $n } message
   *[other] { $n } messages
} · language { $language } · intent { $intent } · meeting type { $meeting }
cli-nlu-language = { $lang } ({ $n }): language { $language } · intent { $intent } · meeting type { $meeting }
cli-nlu-intent = intent { $intent } ({ $n }): { $accuracy }
cli-nlu-confusion = { $field }: expected { $expected }, got { $got } ({ $count }×)
cli-nlu-misses = list every message understood wrongly
cli-nlu-miss = [{ $lang }] { $field }: expected { $expected }, got { $got }: { $text }
cli-nlu-when-overall = { $n } lines: dates and times { $accuracy }
cli-nlu-when-language = { $lang } ({ $n }): dates and times { $accuracy }
cli-nlu-when-miss = “{ $text }”: expected { $expected }, got { $got }
cli-escalations = escalations, for support staff
cli-esc-list = list open escalations, most urgent first
cli-esc-as = your staff handle (e.g. anna)
cli-esc-all = include resolved ones
cli-esc-show = show one escalation with the conversation
cli-esc-claim = take an escalation over
cli-esc-reply = answer the buyer
cli-esc-resolve = close an escalation
cli-esc-id = the escalation's number
cli-esc-text = your answer
cli-link = link a chat account to a buyer or staff member, or a shared channel to a customer
cli-unlink = remove a chat account's or shared channel's link
cli-link-channel = the chat channel the account is on (one of those listed above)
cli-link-team = the Slack workspace id (T…); Slack ids are unique only within one
cli-link-user = the account's id in the channel (Slack: U…)
cli-link-space = a channel id (Slack: C…): a shared channel, or a team channel for --staff
cli-link-buyer = the buyer's handle, e.g. launch
cli-link-staff = the staff member's handle, e.g. anna
cli-link-customer = the customer's key: everyone in the shared channel speaks for it
cli-link-team-needed = Slack needs --team (the workspace id, like T0123ABCD).
cli-link-customer-needs-channel = --customer links a shared channel: give --channel instead of --user.
cli-link-buyer-needs-user = --buyer links one person: give --user instead of --channel.
cli-buyer-unknown = There is no buyer with the handle { $handle }.
cli-customer-unknown = There is no customer with the key { $handle }.
cli-link-done-buyer = { $identity } on { $channel } now speaks for { $buyer } ({ $customer }).
cli-link-done-staff = { $identity } on { $channel } now receives and answers escalations as { $staff }.
cli-link-done-space = Everyone in { $space } on { $channel } now speaks for { $customer }.
cli-unlink-done = { $identity } on { $channel } is no longer linked.
cli-unlink-none = { $identity } on { $channel } was not linked.
cli-serve = run the bot in a chat channel
cli-serve-channel = the channel to serve (default: every channel whose token is set)
cli-serve-socket-mode = connect to Slack over Socket Mode instead of receiving HTTP requests
cli-serve-host = the address to listen on (default: the configured host, 127.0.0.1)
cli-serve-port = the port to listen on (default: the configured port, 3000)
cli-serve-missing-setting = The setting { $name } is missing: set it in the environment or in a .env file.
cli-serve-listening = { $channel }: listening on http://{ $host }:{ $port }{ $path } (health: /healthz). Stop with Ctrl+C.
cli-serve-socket = { $channel }: connected over Socket Mode (health: http://{ $host }:{ $port }/healthz). Stop with Ctrl+C.
cli-serve-webhook-url = Telegram: receive updates at this public HTTPS address (ending in /telegram/webhook) instead of polling
cli-serve-telegram-polling = Telegram: polling for updates as @{ $bot }. Stop with Ctrl+C.
cli-serve-telegram-webhook = Telegram: @{ $bot } sends updates to { $url }, received on http://{ $host }:{ $port }{ $path }. Stop with Ctrl+C.
cli-invite = create a single-use, expiring Telegram link that links the account opening it
cli-invite-customer = a customer's key: the invitation is for a new buyer of it (with --name)
cli-invite-name = the new buyer's full name
cli-invite-ttl = how long the link works: 30m, 12h, 7d (default), 2w
cli-invite-bad-ttl = "{ $ttl }" is not a duration: write it like 30m, 12h, 7d or 2w.
cli-invite-name-needed = A new buyer needs a name: add --name "First Last".
cli-invite-link = Invitation for { $who }, usable once until { DATETIME($until, dateStyle: "medium", timeStyle: "short") } (UTC): { $link }
cli-locales = the texts and phrases under locales/
cli-locales-check = find everything an edit can break: syntax, missing or extra messages, variables, plural forms, references, empty values, too few example phrases
cli-locales-dir = the locales folder to check (default: the configured one)
cli-locales-line = { $file }:{ $line }: { $severity }: { $text }
cli-locales-ok = The locales are in order: { $languages } languages checked{ $warnings ->
    [0] .
    [one] , one warning.
   *[other] , { $warnings } warnings.
}
cli-locales-failed = { $errors ->
    [one] One error
   *[other] { $errors } errors
} and { $warnings ->
    [one] one warning
   *[other] { $warnings } warnings
}: the bot would not load these locales.
check-severity-error = error
check-severity-warning = warning
check-folder-missing = the language's folder is missing
check-file-missing = the file is missing
check-syntax = syntax error: { $reason }
check-duplicate = { $id } is defined twice (first at { $where })
check-missing = { $id } is missing (English has it at { $where })
check-extra = { $id } is not in English: remove it, or add it to English first
check-variables = { $id } uses other variables than English (missing: { $missing }; not in English: { $extra })
check-plural = { $id } lacks the plural forms { $missing } that this language needs
check-reference = { $id } refers to { $target }, which does not exist
check-empty = { $id } has no text
check-untranslated = { $id } is the same as in English
check-examples = the intent { $intent } has { $count } example phrases; it needs at least { $needed }
cli-buyer = a buyer's personal data: export or erase it
cli-buyer-export = write everything stored about one buyer as JSON (accounts, messages, bookings, escalations)
cli-buyer-output = write to this file instead of the screen
cli-buyer-erase = remove or anonymise everything about one buyer; bookings and the hours ledger stay, so totals stay right
cli-buyer-yes = yes, erase it (this cannot be undone)
cli-buyer-erase-confirm = Erasing { $buyer } cannot be undone: run the command again with --yes.
cli-buyer-exported = Everything stored about { $buyer } is in { $file }.
cli-buyer-erased = { $buyer } is erased: { $accounts ->
    [one] { $accounts } chat account
   *[other] { $accounts } chat accounts
} unlinked and anonymised, { $messages ->
    [one] { $messages } chat message
   *[other] { $messages } chat messages
} and { $escalation_messages ->
    [one] { $escalation_messages } escalation message
   *[other] { $escalation_messages } escalation messages
} deleted, { $invitations ->
    [one] { $invitations } invitation
   *[other] { $invitations } invitations
} removed. Bookings and the hours ledger are kept.
cli-buyer-erased-notices = { $notices ->
    [one] { $notices } undelivered notice that quoted or named them was
   *[other] { $notices } undelivered notices that quoted or named them were
} removed.
cli-audit = who did what and when: admin commands and staff actions
cli-audit-limit = how many of the latest entries (default 50)
cli-audit-none = Nothing recorded yet.
cli-audit-line = { DATETIME($at, dateStyle: "medium", timeStyle: "medium") } · { $actor } · { $action } · { $subject } · { $details }
cli-buyer-id = the buyer's handle (e.g. launch) or number
