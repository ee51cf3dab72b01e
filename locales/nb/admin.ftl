# Importing data from CSV files (supportbot import).

cli-import = sjekk en CSV-fil med kontaktpersoner, kunder, kjøpere, kontrakter eller ordrer og vis hva den ville endre; --apply skriver den
cli-import-kind = hva filen inneholder
cli-import-file = CSV-filen (UTF-8, en overskriftslinje med kolonnenavnene)
cli-import-apply = skriv endringene (uten dette skrives ingenting)
import-unreadable = Kan ikke lese { $file } ({ $reason }).
import-problem = { $file }:{ $row }: { $text }
import-failed = { $problems ->
    [one] Ett problem
   *[other] { $problems } problemer
}: ingenting ble skrevet.
import-change = rad { $row }: { $action } { $key } ({ $fields })
import-action-create = ny
import-action-update = endret
import-action-unchanged = uendret
import-summary = { $created } nye, { $updated } endret, { $unchanged } uendret.
import-dry-run = Dette var en prøvekjøring: ingenting ble skrevet. Kjør på nytt med --apply for å skrive.
import-written = Skrevet.
import-malformed = filen er ikke gyldig CSV: { $reason }
import-missing-column = kolonnen { $column } mangler
import-unknown-column = det finnes ingen kolonne { $column } for denne typen fil
import-row-shape = denne raden har ikke { $columns ->
    [one] den { $columns } kolonnen
   *[other] de { $columns } kolonnene
} i overskriften
import-duplicate = { $key } forekommer to ganger (først i rad { $first })
import-required = { $column } er tom
import-bad-language = { $column }: { $value } er ikke ett av botens språk ({ $languages })
import-bad-zone = { $value } er ikke en tidssone (skriv den som Europe/Oslo)
import-bad-date = { $column }: { $value } er ikke en dato (skriv den som 2026-11-23)
import-bad-quantities = { $value }: skriv mengder som training_client=2; onsite_working_hours=1
import-unknown = { $column }: { $value } finnes ikke

# Contacts and listings.
cli-contact = vis en kontaktpersons tidssone, arbeidstid og fravær, og endre dem
cli-contact-zone = tidssonen, f.eks. Europe/Oslo
cli-contact-hours = arbeidstid, f.eks. "mon-fri 09:00-17:00" eller "mon-thu 08:00-16:00, fri 08:00-12:00"
cli-contact-away = borte fra denne dagen til denne dagen (ÅÅÅÅ-MM-DD ÅÅÅÅ-MM-DD): saker går til teamet imens
cli-contact-back = ikke lenger borte
contact-bad-hours = «{ $hours }» er ingen arbeidstid: skriv den som "mon-fri 09:00-17:00".
contact-bad-away = «{ $away }» er ikke et fravær: oppgi første og siste dag, som 2026-12-21 2027-01-06.
contact-shown = { $name } ({ $handle }): { $zone }; { $hours }
contact-away = Borte fra { DATETIME($start, dateStyle: "medium") } til { DATETIME($end, dateStyle: "medium") }.
contact-not-away = Ikke borte.
cli-list = list opp kontaktpersoner, kunder eller kjøpere
cli-list-kind = hva som skal listes
cli-list-customer = bare denne kundens (nøkkelen)
list-none = Ingenting å liste opp.
list-contact = { $handle } · { $name } · { $zone } · { $languages }
list-customer = { $key } · { $name } · { $language } · kontakt { $contact }
list-buyer = { $handle } · { $name } · { $customer }
cli-show = vis én kunde i sin helhet: kontaktperson, kontrakter, kjøpere med chatkontoer, ordrer
cli-show-key = kundens nøkkel
show-customer = { $name } ({ $key }) · { $language } · { $zone } · kontakt { $contact }
show-contract = Kontrakt: { $package }, { DATETIME($start, dateStyle: "medium") } – { DATETIME($end, dateStyle: "medium") }
show-buyer = Kjøper: { $name } ({ $handle }) · { $accounts }
show-order = Ordre { $reference }, mottatt { DATETIME($received, dateStyle: "medium") }
