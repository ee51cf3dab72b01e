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
