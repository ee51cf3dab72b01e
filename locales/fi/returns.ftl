# Palautus- ja vaihtokelpoisuus.

returns-not-offered = Sopimukseenne ei sisälly palautuksia tai vaihtoja. Yhteyshenkilösi auttaa mielellään aiheeseen liittyvissä kysymyksissä.
returns-no-orders = En löydä yrityksellesi tilauksia. Yhteyshenkilösi auttaa mielellään.
returns-order-unknown = En löydä tilausta { $reference }.
returns-choose-order = Mitä tilausta asia koskee?
returns-order-option = { $reference } (vastaanotettu { DATETIME($received, dateStyle: "medium") })
returns-eligible = Tilaus { $reference } vastaanotettiin { DATETIME($received, dateStyle: "long") }. Sen voi palauttaa tai vaihtaa { DATETIME($deadline, dateStyle: "long") } asti: { $days ->
    [0] tänään on viimeinen päivä.
    [one] { $days } päivä jäljellä.
   *[other] { $days } päivää jäljellä.
}
returns-expired = Tilaus { $reference } vastaanotettiin { DATETIME($received, dateStyle: "long") }. Palautusaika päättyi { DATETIME($deadline, dateStyle: "long") }, { $days ->
    [one] { $days } päivä sitten.
   *[other] { $days } päivää sitten.
} Yhteyshenkilösi voi ehkä silti auttaa.
