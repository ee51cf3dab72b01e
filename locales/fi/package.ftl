# Mitä paketti sisältää, ja mitä on käytetty ja jäljellä.

package-none = En löydä yrityksellesi voimassa olevaa sopimusta. Yhteyshenkilösi auttaa mielellään.
package-none-short = ei sopimusta
package-heading = { $package } (sopimus { DATETIME($start, dateStyle: "long") } – { DATETIME($end, dateStyle: "long") })
package-contact = { $limited ->
    [yes] Yhteyshenkilösi ({ $role }): { $contact } ({ DATETIME($until, dateStyle: "long") } asti)
   *[no] Yhteyshenkilösi ({ $role }): { $contact }
}
package-channels = Tukikanavat: { $channels }.
package-returns = Palautukset ja vaihdot ovat mahdollisia { $days ->
    [one] { $days } päivän
   *[other] { $days } päivän
} kuluessa siitä, kun olet vastaanottanut alkuperäisen tilauksen.
package-renewal = Sopimus uusiutuu automaattisesti { DATETIME($renews, dateStyle: "long") }. Kirjallinen irtisanominen on tehtävä viimeistään { DATETIME($deadline, dateStyle: "long") } ({ $months ->
    [one] { $months } kuukausi
   *[other] { $months } kuukautta
} ennen kauden päättymistä).

allowance-heading = { $package }:
allowance-hours = { $name }: jäljellä { NUMBER($left) }/{ NUMBER($granted) } { $granted ->
    [one] tunti
   *[other] tuntia
} (käytetty { NUMBER($used) }).
allowance-hours-valid = { $name }: jäljellä { NUMBER($left) }/{ NUMBER($granted) } { $granted ->
    [one] tunti
   *[other] tuntia
} (käytetty { NUMBER($used) }), käytettävissä { DATETIME($until, dateStyle: "long") } asti.
allowance-hours-expired = { $name }: vanhentui { DATETIME($until, dateStyle: "long") }; { NUMBER($left) }/{ NUMBER($granted) } { $granted ->
    [one] tunti jäi
   *[other] tuntia jäi
} käyttämättä.
allowance-period-month = { $name }: jäljellä { $left }/{ $granted } tässä kuussa ({ DATETIME($until, dateStyle: "long") } asti).
allowance-period-quarter = { $name }: jäljellä { $left }/{ $granted } tällä neljänneksellä ({ DATETIME($until, dateStyle: "long") } asti).
allowance-period-year = { $name }: jäljellä { $left }/{ $granted } tänä sopimusvuonna ({ DATETIME($until, dateStyle: "long") } asti).
allowance-sessions = { $name }: jäljellä { NUMBER($left) }/{ NUMBER($granted) }.
allowance-window-open = { $name }: käytettävissä { DATETIME($until, dateStyle: "long") } asti ({ $days ->
    [one] { $days } päivä jäljellä
   *[other] { $days } päivää jäljellä
}).
allowance-window-closed = { $name }: päättyi { DATETIME($until, dateStyle: "long") }.
allowance-billed = Paketin lisäksi varattu (laskutetaan): { $hours ->
    [one] { NUMBER($hours) } tunti
   *[other] { NUMBER($hours) } tuntia
}.
# A package without included hours or sessions: how its meetings are billed.
allowance-none-hourly_rate = Ei kiinteää kiintiötä: tapaamiset laskutetaan tuntihinnalla.
allowance-none-reduced_rate = Ei kiinteää kiintiötä: tapaamiset laskutetaan alennetulla tuntihinnalla.
allowance-none-per_started_hour = Ei kiinteää kiintiötä: tapaamiset laskutetaan jokaiselta alkavalta tunnilta.
allowance-none-none = Paketti ei sisällä varattavia tunteja tai tapaamisia.
