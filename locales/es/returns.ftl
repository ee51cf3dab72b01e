# Posibilidad de devolución y cambio.

returns-not-offered = Tu acuerdo no incluye devoluciones ni cambios. Tu persona de contacto te puede ayudar con cualquier duda al respecto.
returns-no-orders = No encuentro ningún pedido de tu empresa. Tu persona de contacto te puede ayudar.
returns-order-unknown = No encuentro el pedido { $reference }.
returns-choose-order = ¿De qué pedido se trata?
returns-order-option = { $reference } (recibido el { DATETIME($received, dateStyle: "medium") })
returns-eligible = El pedido { $reference } se recibió el { DATETIME($received, dateStyle: "long") }. Se puede devolver o cambiar hasta el { DATETIME($deadline, dateStyle: "long") }: { $days ->
    [0] hoy es el último día.
    [one] queda { $days } día.
    [many] quedan { $days } días.
   *[other] quedan { $days } días.
}
returns-expired = El pedido { $reference } se recibió el { DATETIME($received, dateStyle: "long") }. El plazo de devolución terminó el { DATETIME($deadline, dateStyle: "long") }, hace { $days ->
    [one] { $days } día.
    [many] { $days } días.
   *[other] { $days } días.
} Puede que tu persona de contacto aún pueda ayudarte.
