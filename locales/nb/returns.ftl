# Retur og bytte.

returns-not-offered = Avtalen deres omfatter ikke retur eller bytte. Kontaktpersonen din hjelper gjerne med spørsmål om dette.
returns-no-orders = Jeg finner ingen ordrer for bedriften din. Kontaktpersonen din hjelper gjerne.
returns-order-unknown = Jeg finner ingen ordre { $reference }.
returns-choose-order = Hvilken ordre gjelder det?
returns-order-option = { $reference } (mottatt { DATETIME($received, dateStyle: "medium") })
returns-eligible = Ordre { $reference } ble mottatt { DATETIME($received, dateStyle: "long") }. Den kan returneres eller byttes til og med { DATETIME($deadline, dateStyle: "long") }: { $days ->
    [0] i dag er siste dag.
    [one] { $days } dag igjen.
   *[other] { $days } dager igjen.
}
returns-expired = Ordre { $reference } ble mottatt { DATETIME($received, dateStyle: "long") }. Returfristen gikk ut { DATETIME($deadline, dateStyle: "long") }, for { $days ->
    [one] { $days } dag siden.
   *[other] { $days } dager siden.
} Kontaktpersonen din kan kanskje likevel hjelpe.
