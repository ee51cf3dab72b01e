# The staff side: escalations in the terminal.

staff-unknown = There is no staff member with the handle { $handle }.
staff-escalation-unknown = There is no escalation { $id }.
staff-escalation-resolved-already = Escalation { $id } is already resolved.
staff-none = No escalations.
staff-escalation-line = #{ $id } [{ $priority }] { $status } · { $customer } · { $assignee } · { DATETIME($created, dateStyle: "medium", timeStyle: "short") }
staff-escalation-status = Status: { $status }
staff-done-claim = Escalation { $id } is now yours; the buyer has been told.
staff-done-reply = Your answer to escalation { $id } is on its way to the buyer.
staff-done-resolve = Escalation { $id } is resolved; the buyer has been told.

# The staff side in a chat channel (Slack, Telegram).
staff-action-claim = Claim
staff-action-resolve = Resolve
staff-escalation-not-yours = Escalation { $id } belongs to another provider's customer.
staff-escalation-other-contact = Escalation { $id } is { $contact }'s case: only they or your team can act on it.
staff-reply-empty = An empty reply was not sent. Write what the buyer should read (escalation { $id }).
staff-chat-help =
    { $open ->
        [0] You have no open requests.
        [one] You have one open request.
       *[other] You have { $open } open requests.
    } To answer a request, reply in the thread of its message; the buttons there claim or resolve it.

# Told to the admin contact when a saved edit fails the check.
admin-reload-refused = The edited texts or catalog were not loaded ({ $errors ->
    [one] one error
   *[other] { $errors } errors
}; the first: { $first }). The bot keeps using the last good version.
