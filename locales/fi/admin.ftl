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
import-row-shape = tällä rivillä ei ole otsikkorivin { $columns } saraketta
import-duplicate = { $key } esiintyy kahdesti (ensin rivillä { $first })
import-required = { $column } on tyhjä
import-bad-language = { $column }: { $value } ei ole botin kieliä ({ $languages })
import-bad-zone = { $value } ei ole aikavyöhyke (esimerkiksi Europe/Helsinki)
import-bad-date = { $column }: { $value } ei ole päivämäärä (esimerkiksi 2026-11-23)
import-bad-quantities = { $value }: kirjoita määrät muodossa training_client=2; onsite_working_hours=1
import-unknown = { $column }: { $value } ei ole olemassa
