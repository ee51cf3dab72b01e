# Return and exchange eligibility.

returns-not-offered = Your agreement doesn't include returns or exchanges. Your contact person can help with any question about it.
returns-no-orders = I can't find any orders for your company. Your contact person can help.
returns-order-unknown = I can't find an order { $reference }.
returns-choose-order = Which order is it about?
returns-order-option = { $reference } (received { DATETIME($received, dateStyle: "medium") })
returns-eligible = Order { $reference } was received on { DATETIME($received, dateStyle: "long") }. It can be returned or exchanged until { DATETIME($deadline, dateStyle: "long") }: { $days ->
    [0] today is the last day.
    [one] { $days } day left.
   *[other] { $days } days left.
}
returns-expired = Order { $reference } was received on { DATETIME($received, dateStyle: "long") }. The return period ended on { DATETIME($deadline, dateStyle: "long") }, { $days ->
    [one] { $days } day ago.
   *[other] { $days } days ago.
} Your contact person may still be able to help.
