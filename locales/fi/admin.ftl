# Importing data from CSV files (supportbot import).

cli-import = tarkista CSV-tiedosto yhteyshenkilöistä, asiakkaista, ostajista, sopimuksista tai tilauksista ja näytä, mitä se muuttaisi; --apply kirjoittaa sen
cli-import-kind = mitä tiedosto sisältää
cli-import-file = CSV-tiedosto (UTF-8, otsikkorivillä sarakkeiden nimet)
cli-import-apply = kirjoita muutokset (ilman tätä mitään ei kirjoiteta)
import-unreadable = Tiedostoa { $file } ei voi lukea ({ $reason }).
import-problem = { $file }:{ $row }: { $text }
import-failed = { $problems ->
    [one] Yksi ongelma
   *[other] { $problems } ongelmaa
}: mitään ei kirjoitettu.
import-change = rivi { $row }: { $action } { $key } ({ $fields })
import-action-create = uusi
import-action-update = muuttunut
import-action-unchanged = ennallaan
import-summary = { $created } uutta, { $updated } muuttunutta, { $unchanged } ennallaan.
import-dry-run = Tämä oli koeajo: mitään ei kirjoitettu. Aja uudelleen valinnalla --apply kirjoittaaksesi.
import-written = Kirjoitettu.
import-malformed = tiedosto ei ole kelvollista CSV:tä: { $reason }
import-missing-column = sarake { $column } puuttuu
import-unknown-column = tämäntyyppisessä tiedostossa ei ole saraketta { $column }
import-row-shape = tällä rivillä ei ole otsikkorivin { $columns ->
    [one] yhtä saraketta
   *[other] { $columns } saraketta
}
import-duplicate = { $key } esiintyy kahdesti (ensin rivillä { $first })
import-required = { $column } on tyhjä
import-bad-language = { $column }: { $value } ei ole botin kieliä ({ $languages })
import-bad-zone = { $value } ei ole aikavyöhyke (esimerkiksi Europe/Helsinki)
import-bad-date = { $column }: { $value } ei ole päivämäärä (esimerkiksi 2026-11-23)
import-bad-quantities = { $value }: kirjoita määrät muodossa training_client=2; onsite_working_hours=1
import-unknown = { $column }: { $value } ei ole olemassa

# Contacts and listings.
cli-contact = näytä yhteyshenkilön aikavyöhyke, työajat ja poissaolo ja muuta niitä
cli-contact-zone = aikavyöhyke, esim. Europe/Helsinki
cli-contact-hours = työajat, esim. "mon-fri 09:00-17:00" tai "mon-thu 08:00-16:00, fri 08:00-12:00"
cli-contact-away = poissa tästä päivästä tähän päivään (VVVV-KK-PP VVVV-KK-PP): pyynnöt menevät sillä välin tiimille
cli-contact-back = ei enää poissa
contact-bad-hours = "{ $hours }" eivät ole työaikoja: kirjoita esimerkiksi "mon-fri 09:00-17:00".
contact-bad-away = "{ $away }" ei ole poissaolo: anna ensimmäinen ja viimeinen päivä, esimerkiksi 2026-12-21 2027-01-06.
contact-shown = { $name } ({ $handle }): { $zone }; { $hours }
contact-away = Poissa { DATETIME($start, dateStyle: "medium") } – { DATETIME($end, dateStyle: "medium") }.
contact-not-away = Ei poissa.
cli-list = luettele yhteyshenkilöt, asiakkaat tai ostajat
cli-list-kind = mitä luetellaan
cli-list-customer = vain tämän asiakkaan (sen avain)
list-none = Ei mitään lueteltavaa.
list-contact = { $handle } · { $name } · { $zone } · { $languages }
list-customer = { $key } · { $name } · { $language } · yhteyshenkilö { $contact }
list-buyer = { $handle } · { $name } · { $customer }
cli-show = näytä yksi asiakas kokonaan: yhteyshenkilö, sopimukset, ostajat chat-tileineen, tilaukset
cli-show-key = asiakkaan avain
show-customer = { $name } ({ $key }) · { $language } · { $zone } · yhteyshenkilö { $contact }
show-contract = Sopimus: { $package }, { DATETIME($start, dateStyle: "medium") } – { DATETIME($end, dateStyle: "medium") }
show-buyer = Ostaja: { $name } ({ $handle }) · { $accounts }
show-order = Tilaus { $reference }, vastaanotettu { DATETIME($received, dateStyle: "medium") }
