# The conversation core: bad input, choices, identity, language and the menu.

turn-error = Sorry, something went wrong on my side. Please try again in a moment. (Reference: { $turn })
turn-empty = I didn't receive any text. Here is what I can help with:
turn-unreadable = I couldn't read that message. Please write it as plain text.
turn-too-long = That message is too long for me: please keep it under { $max ->
    [one] { NUMBER($max) } character
   *[other] { NUMBER($max) } characters
}.
turn-not-understood-step = I didn't understand that answer.
choice-stale = That option is no longer available. Here is what I can do now:
choice-unknown = I don't recognise that choice. Please pick one of the options.
# A pending question stored by another version of the bot could not be read.
dialogue-reset = Sorry, I lost track of the question I had asked you (I was updated in the meantime), so I have set it aside. If you still need it, please start again.
error-text-missing = Sorry, I can't show this message right now.

identity-not-linked =
    Hello! I don't know which company you work for yet, so I can't show any account details.
    Please ask your provider's support contact to link your account, and give them this reference: { $channel } / { $user }

language-own-name = English
language-choose = Which language would you like me to use?
language-option = { $name }
language-set = Alright, I'll answer in English from now on.

thanks-reply = You're welcome! Write any time if you need anything else.
help-menu = Hello { $name }! I can help you with the following:
help-unsure = I'm not sure what you mean. Here is what I can help you with:
help-which = I'm not sure I understood. Did you mean one of these?
help-out-of-scope = I'm afraid I can't help with that: I'm the support assistant for your service package. Here is what I can do:

menu-package_info = What my package includes
menu-hours_balance = Hours and sessions used and left
menu-book_meeting = Book a meeting
menu-list_bookings = My bookings
menu-cancel_booking = Cancel a booking
menu-return_check = Can I still return an order?
menu-escalate = Talk to my contact person
menu-everything = Something else
menu-set_language = Change language

console-attachment-saved = Calendar invitation saved: { $path }

# Shown in place of the buttons once one was pressed, so nothing is pressed twice.
choice-picked = You chose: { $label }

# Linking an account with an invitation link (Telegram deep links).
link-done-buyer = Welcome, { $name }! This account now speaks for { $customer }.
link-done-staff = Welcome, { $name }! Requests for you will arrive here, with buttons to claim and resolve them.
link-code-unknown = I don't know this invitation. Please open the link exactly as you received it, or ask your contact person for a new one.
link-code-used = This invitation has already been used. Please ask your contact person for a new one.
link-code-expired = This invitation expired on { DATETIME($expired, dateStyle: "long") }. Please ask your contact person for a new one.

# Chat commands, as the chat app lists them.
command-help = What I can do for you
command-language = Choose the language I answer in
command-bookings = Your booked meetings

# An option after a question was interrupted by another request.
dialogue-resume = Back to my earlier question

# Leaving what is in progress ("stop", "never mind").
stop-done = Alright, I've stopped there. Nothing was booked or changed.
stop-nothing-open = Alright. Nothing is in progress right now. Here is what I can do for you:
