# Rückgabe und Umtausch.

returns-not-offered = Ihre Vereinbarung umfasst keine Retouren oder Umtausch. Ihr Ansprechpartner hilft Ihnen bei Fragen dazu gern.
returns-no-orders = Ich finde keine Bestellungen Ihres Unternehmens. Ihr Ansprechpartner hilft Ihnen gern.
returns-order-unknown = Eine Bestellung { $reference } finde ich nicht.
returns-choose-order = Um welche Bestellung geht es?
returns-order-option = { $reference } (erhalten am { DATETIME($received, dateStyle: "medium") })
returns-eligible = Die Bestellung { $reference } wurde am { DATETIME($received, dateStyle: "long") } empfangen. Retoure oder Umtausch sind bis { DATETIME($deadline, dateStyle: "long") } möglich: { $days ->
    [0] heute ist der letzte Tag.
    [one] noch { $days } Tag.
   *[other] noch { $days } Tage.
}
returns-expired = Die Bestellung { $reference } wurde am { DATETIME($received, dateStyle: "long") } empfangen. Die Rückgabefrist endete am { DATETIME($deadline, dateStyle: "long") }, vor { $days ->
    [one] { $days } Tag.
   *[other] { $days } Tagen.
} Ihr Ansprechpartner kann Ihnen vielleicht trotzdem helfen.
