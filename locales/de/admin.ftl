# Importing data from CSV files (supportbot import).

cli-import = eine CSV-Datei mit Ansprechpartnern, Firmen, Kunden, Verträgen oder Bestellungen prüfen und zeigen, was sie ändern würde; --apply schreibt sie
cli-import-kind = was die Datei enthält
cli-import-file = die CSV-Datei (UTF-8, eine Kopfzeile mit den Spaltennamen)
cli-import-apply = die Änderungen schreiben (ohne diese Option wird nichts geschrieben)
import-unreadable = { $file } lässt sich nicht lesen ({ $reason }).
import-problem = { $file }:{ $row }: { $text }
import-failed = { $problems ->
    [one] Ein Problem
   *[other] { $problems } Probleme
}: nichts wurde geschrieben.
import-change = Zeile { $row }: { $action } { $key } ({ $fields })
import-action-create = neu
import-action-update = geändert
import-action-unchanged = unverändert
import-summary = { $created } neu, { $updated } geändert, { $unchanged } unverändert.
import-dry-run = Das war ein Probelauf: nichts wurde geschrieben. Mit --apply erneut ausführen, um zu schreiben.
import-written = Geschrieben.
import-malformed = die Datei ist kein gültiges CSV: { $reason }
import-missing-column = die Spalte { $column } fehlt
import-unknown-column = eine Spalte { $column } gibt es für diese Art Datei nicht
import-row-shape = diese Zeile hat nicht { $columns ->
    [one] die { $columns } Spalte
   *[other] die { $columns } Spalten
} der Kopfzeile
import-duplicate = { $key } kommt doppelt vor (zuerst in Zeile { $first })
import-required = { $column } ist leer
import-bad-language = { $column }: { $value } ist keine der Sprachen des Bots ({ $languages })
import-bad-zone = { $value } ist keine Zeitzone (etwa Europe/Berlin)
import-bad-date = { $column }: { $value } ist kein Datum (etwa 2026-11-23)
import-bad-quantities = { $value }: Mengen bitte wie training_client=2; onsite_working_hours=1 angeben
import-unknown = { $column }: { $value } gibt es nicht

# Contacts and listings.
cli-contact = Zeitzone, Arbeitszeiten und Abwesenheit eines Ansprechpartners zeigen und ändern
cli-contact-zone = die Zeitzone, z. B. Europe/Berlin
cli-contact-hours = Arbeitszeiten, z. B. "mon-fri 09:00-17:00" oder "mon-thu 08:00-16:00, fri 08:00-12:00"
cli-contact-away = abwesend von diesem bis zu diesem Tag (JJJJ-MM-TT JJJJ-MM-TT): Anfragen gehen solange ans Team
cli-contact-back = nicht mehr abwesend
contact-bad-hours = „{ $hours }“ sind keine Arbeitszeiten: schreiben Sie etwa "mon-fri 09:00-17:00".
contact-bad-away = „{ $away }“ ist keine Abwesenheit: geben Sie den ersten und den letzten Tag an, etwa 2026-12-21 2027-01-06.
contact-shown = { $name } ({ $handle }): { $zone }; { $hours }
contact-away = Abwesend vom { DATETIME($start, dateStyle: "medium") } bis { DATETIME($end, dateStyle: "medium") }.
contact-not-away = Nicht abwesend.
cli-list = Ansprechpartner, Firmen oder Kunden auflisten
cli-list-kind = was aufgelistet wird
cli-list-customer = nur die dieser Firma (ihr Schlüssel)
list-none = Nichts aufzulisten.
list-contact = { $handle } · { $name } · { $zone } · { $languages }
list-customer = { $key } · { $name } · { $language } · Ansprechpartner { $contact }
list-buyer = { $handle } · { $name } · { $customer }
cli-show = eine Firma vollständig zeigen: Ansprechpartner, Verträge, Kunden mit ihren Chat-Konten, Bestellungen
cli-show-key = der Schlüssel der Firma
show-customer = { $name } ({ $key }) · { $language } · { $zone } · Ansprechpartner { $contact }
show-contract = Vertrag: { $package }, { DATETIME($start, dateStyle: "medium") } – { DATETIME($end, dateStyle: "medium") }
show-buyer = Kunde: { $name } ({ $handle }) · { $accounts }
show-order = Bestellung { $reference }, empfangen am { DATETIME($received, dateStyle: "medium") }
