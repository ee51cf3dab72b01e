# Die supportbot-Kommandozeile.

cli-description = supportbot: ein mehrsprachiger Support-Assistent für B2B-Kunden.
cli-verbose = mehr Details protokollieren
cli-chat = im Terminal als Käufer mit dem Bot chatten
cli-chat-as = das Kürzel des Käufers, z. B. launch, prolite, premium, cloudcare, carefree, english
cli-chat-json = je Antwort ein JSON-Objekt ausgeben
cli-now = die Uhr auf diesen ISO-8601-Zeitpunkt festlegen
cli-json = JSON ausgeben
cli-db = die Datenbank verwalten
cli-db-upgrade = das Datenbankschema auf die neueste Version migrieren
cli-db-upgraded = Das Datenbankschema ist aktuell.
cli-demo = die Demodaten laden (ersetzt alles in der Datenbank)
cli-demo-if-missing = nur laden, wenn noch keine Daten da sind
cli-demo-loaded = Demodaten geladen. Chatten Sie als: { $handles }
cli-demo-kept = Die Demodaten sind bereits vorhanden (mit „supportbot demo“ neu laden). Chatten Sie als: { $handles }
cli-catalog = der Paketkatalog
cli-catalog-check = die Katalogdateien prüfen
cli-catalog-dir = der Ordner der Katalogdateien (Standard: der konfigurierte)
cli-catalog-problem = { $file }: { $entry }: { $reason }
cli-catalog-ok = Der Katalog ist gültig: { $packages ->
    [one] { $packages } Paket
   *[other] { $packages } Pakete
} von { $providers ->
    [one] { $providers } Anbieter
   *[other] { $providers } Anbietern
}.
cli-nlu = das Sprachverständnis des Bots
cli-nlu-eval = Sprach- und Absichtsgenauigkeit an einer JSONL-Datei messen
cli-nlu-file = Zeilen mit {"{"}"text", "lang", "intent", "meeting_type"{"}"}
cli-nlu-bad-file = { $file } kann nicht gelesen werden: { $reason }
cli-nlu-overall = { $n ->
    [one] { $n } Nachricht
   *[other] { $n } Nachrichten
} · Sprache { $language } · Absicht { $intent } · Termintyp { $meeting }
cli-nlu-language = { $lang } ({ $n }): Sprache { $language } · Absicht { $intent } · Termintyp { $meeting }
cli-nlu-intent = Absicht { $intent } ({ $n }): { $accuracy }
cli-nlu-confusion = { $field }: erwartet { $expected }, erkannt { $got } ({ $count }×)
cli-nlu-misses = jede falsch verstandene Nachricht auflisten
cli-nlu-miss = [{ $lang }] { $field }: erwartet { $expected }, erkannt { $got }: { $text }
cli-nlu-when-overall = { $n } Zeilen: Datum und Uhrzeit { $accuracy }
cli-nlu-when-language = { $lang } ({ $n }): Datum und Uhrzeit { $accuracy }
cli-nlu-when-miss = „{ $text }“: erwartet { $expected }, erkannt { $got }
cli-escalations = Eskalationen, für Support-Mitarbeitende
cli-esc-list = offene Eskalationen auflisten, dringendste zuerst
cli-esc-as = Ihr Mitarbeiterkürzel (z. B. anna)
cli-esc-all = auch erledigte anzeigen
cli-esc-show = eine Eskalation mit dem Gespräch anzeigen
cli-esc-claim = eine Eskalation übernehmen
cli-esc-reply = dem Kunden antworten
cli-esc-resolve = eine Eskalation abschließen
cli-esc-id = die Nummer der Eskalation
cli-esc-text = Ihre Antwort
cli-link = ein Chat-Konto mit einem Kunden oder Mitarbeiter verknüpfen, oder einen geteilten Kanal mit einer Firma
cli-unlink = die Verknüpfung eines Chat-Kontos oder geteilten Kanals entfernen
cli-link-channel = der Chat-Kanal des Kontos (einer der oben genannten)
cli-link-team = die Slack-Workspace-ID (T…); Slack-IDs sind nur innerhalb eines Workspace eindeutig
cli-link-user = die ID des Kontos im Kanal (Slack: U…)
cli-link-space = eine Kanal-ID (Slack: C…): ein geteilter Kanal, oder ein Team-Kanal mit --staff
cli-link-buyer = das Kürzel des Kunden, z. B. launch
cli-link-staff = das Kürzel des Mitarbeiters, z. B. anna
cli-link-customer = der Schlüssel der Firma: alle im geteilten Kanal sprechen für sie
cli-link-team-needed = Für Slack fehlt --team (die Workspace-ID, etwa T0123ABCD).
cli-link-customer-needs-channel = --customer verknüpft einen geteilten Kanal: geben Sie --channel statt --user an.
cli-link-buyer-needs-user = --buyer verknüpft eine Person: geben Sie --user statt --channel an.
cli-buyer-unknown = Es gibt keinen Kunden mit dem Kürzel { $handle }.
cli-customer-unknown = Es gibt keine Firma mit dem Schlüssel { $handle }.
cli-link-done-buyer = { $identity } auf { $channel } spricht jetzt für { $buyer } ({ $customer }).
cli-link-done-staff = { $identity } auf { $channel } erhält und beantwortet jetzt Eskalationen als { $staff }.
cli-link-done-space = Alle in { $space } auf { $channel } sprechen jetzt für { $customer }.
cli-unlink-done = { $identity } auf { $channel } ist nicht mehr verknüpft.
cli-unlink-none = { $identity } auf { $channel } war nicht verknüpft.
cli-serve = den Bot in einem Chat-Kanal betreiben
cli-serve-channel = der Kanal, der bedient wird (Standard: jeder Kanal, dessen Token gesetzt ist)
cli-serve-socket-mode = über Socket Mode mit Slack verbinden statt HTTP-Anfragen zu empfangen
cli-serve-host = die Adresse, auf der gelauscht wird (Standard: der konfigurierte Host, 127.0.0.1)
cli-serve-port = der Port, auf dem gelauscht wird (Standard: der konfigurierte Port, 3000)
cli-serve-missing-setting = Die Einstellung { $name } fehlt: setzen Sie sie in der Umgebung oder in einer .env-Datei.
cli-serve-listening = { $channel }: lauscht auf http://{ $host }:{ $port }{ $path } (Status: /healthz). Beenden mit Strg+C.
cli-serve-socket = { $channel }: über Socket Mode verbunden (Status: http://{ $host }:{ $port }/healthz). Beenden mit Strg+C.
cli-serve-webhook-url = Telegram: Updates unter dieser öffentlichen HTTPS-Adresse empfangen (endet auf /telegram/webhook) statt abzufragen
cli-serve-telegram-polling = Telegram: fragt Updates als @{ $bot } ab. Beenden mit Strg+C.
cli-serve-telegram-webhook = Telegram: @{ $bot } sendet Updates an { $url }, empfangen auf http://{ $host }:{ $port }{ $path }. Beenden mit Strg+C.
cli-invite = einen einmaligen, ablaufenden Telegram-Link erstellen, der das öffnende Konto verknüpft
cli-invite-customer = der Schlüssel einer Firma: die Einladung gilt einem neuen Kunden dort (mit --name)
cli-invite-name = der vollständige Name des neuen Kunden
cli-invite-ttl = wie lange der Link gilt: 30m, 12h, 7d (Standard), 2w
cli-invite-bad-ttl = „{ $ttl }“ ist keine Dauer: schreiben Sie etwa 30m, 12h, 7d oder 2w.
cli-invite-name-needed = Ein neuer Kunde braucht einen Namen: ergänzen Sie --name "Vorname Nachname".
cli-invite-link = Einladung für { $who }, einmal nutzbar bis { DATETIME($until, dateStyle: "medium", timeStyle: "short") } (UTC): { $link }
cli-locales = die Texte und Formulierungen unter locales/
cli-locales-check = alles finden, was eine Änderung kaputt machen kann: Syntax, fehlende oder überzählige Meldungen, Variablen, Pluralformen, Verweise, leere Werte, zu wenige Beispielsätze
cli-locales-dir = der zu prüfende locales-Ordner (Standard: der konfigurierte)
cli-locales-line = { $file }:{ $line }: { $severity }: { $text }
cli-locales-ok = Die Sprachdateien sind in Ordnung: { $languages } Sprachen geprüft{ $warnings ->
    [0] .
    [one] , eine Warnung.
   *[other] , { $warnings } Warnungen.
}
cli-locales-failed = { $errors ->
    [one] Ein Fehler
   *[other] { $errors } Fehler
} und { $warnings ->
    [one] eine Warnung
   *[other] { $warnings } Warnungen
}: der Bot würde diese Sprachdateien nicht laden.
check-severity-error = Fehler
check-severity-warning = Warnung
check-folder-missing = der Ordner der Sprache fehlt
check-file-missing = die Datei fehlt
check-syntax = Syntaxfehler: { $reason }
check-duplicate = { $id } ist doppelt definiert (zuerst bei { $where })
check-missing = { $id } fehlt (Englisch hat es bei { $where })
check-extra = { $id } gibt es im Englischen nicht: entfernen oder zuerst im Englischen anlegen
check-variables = { $id } verwendet andere Variablen als das Englische (fehlt: { $missing }; nicht im Englischen: { $extra })
check-plural = { $id } fehlen die Pluralformen { $missing }, die diese Sprache braucht
check-reference = { $id } verweist auf { $target }, das es nicht gibt
check-empty = { $id } hat keinen Text
check-untranslated = { $id } ist wie im Englischen
check-examples = die Absicht { $intent } hat { $count } Beispielsätze; sie braucht mindestens { $needed }
cli-buyer = die persönlichen Daten eines Kunden: exportieren oder löschen
cli-buyer-export = alles, was über einen Kunden gespeichert ist, als JSON ausgeben (Konten, Nachrichten, Buchungen, Eskalationen)
cli-buyer-output = in diese Datei statt auf den Bildschirm schreiben
cli-buyer-erase = alles über einen Kunden löschen oder anonymisieren; Buchungen und das Stundenbuch bleiben, damit die Summen stimmen
cli-buyer-yes = ja, löschen (das lässt sich nicht rückgängig machen)
cli-buyer-erase-confirm = Das Löschen von { $buyer } lässt sich nicht rückgängig machen: führen Sie den Befehl mit --yes erneut aus.
cli-buyer-exported = Alles, was über { $buyer } gespeichert ist, steht in { $file }.
cli-buyer-erased = { $buyer } ist gelöscht: { $accounts ->
    [one] { $accounts } Chat-Konto
   *[other] { $accounts } Chat-Konten
} getrennt und anonymisiert, { $messages ->
    [one] { $messages } Chat-Nachricht
   *[other] { $messages } Chat-Nachrichten
} und { $escalation_messages ->
    [one] { $escalation_messages } Eskalationsnachricht
   *[other] { $escalation_messages } Eskalationsnachrichten
} gelöscht, { $invitations ->
    [one] { $invitations } Einladung
   *[other] { $invitations } Einladungen
} entfernt. Buchungen und das Stundenbuch bleiben erhalten.
cli-buyer-erased-notices = { $notices ->
    [one] { $notices } noch nicht zugestellte Mitteilung, die sie zitierte oder nannte, wurde
   *[other] { $notices } noch nicht zugestellte Mitteilungen, die sie zitierten oder nannten, wurden
} entfernt.
cli-audit = wer was wann getan hat: Admin-Befehle und Aktionen der Mitarbeiter
cli-audit-limit = wie viele der neuesten Einträge (Standard 50)
cli-audit-none = Noch nichts aufgezeichnet.
cli-audit-line = { DATETIME($at, dateStyle: "medium", timeStyle: "medium") } · { $actor } · { $action } · { $subject } · { $details }
cli-buyer-id = das Kürzel des Kunden (z. B. launch) oder seine Nummer
