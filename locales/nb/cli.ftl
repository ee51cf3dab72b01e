# Kommandolinjen til supportbot.

cli-description = supportbot: en flerspråklig supportassistent for B2B-kjøpere.
cli-verbose = logg flere detaljer
cli-chat = chat med boten i terminalen som kjøper
cli-chat-as = kjøperens kortnavn, f.eks. launch, prolite, premium, cloudcare, carefree, english
cli-chat-json = skriv ut ett JSON-objekt per svar
cli-now = lås klokken til dette ISO-8601-tidspunktet
cli-json = skriv ut JSON
cli-db = administrer databasen
cli-db-upgrade = migrer databaseskjemaet til nyeste versjon
cli-db-upgraded = Databaseskjemaet er oppdatert.
cli-demo = last inn demodata (erstatter alt i databasen)
cli-demo-if-missing = last bare inn hvis det ikke finnes data ennå
cli-demo-loaded = Demodata lastet inn. Chat som: { $handles }
cli-demo-kept = Demodataene finnes allerede (bruk "supportbot demo" for å laste dem inn på nytt). Chat som: { $handles }
cli-catalog = pakkekatalogen
cli-catalog-check = valider katalogfilene
cli-catalog-dir = mappen med katalogfiler (standard: den konfigurerte)
cli-catalog-problem = { $file }: { $entry }: { $reason }
cli-catalog-ok = Katalogen er gyldig: { $packages ->
    [one] { $packages } pakke
   *[other] { $packages } pakker
} fra { $providers ->
    [one] { $providers } leverandør
   *[other] { $providers } leverandører
}.
cli-nlu = botens språkforståelse
cli-nlu-eval = mål nøyaktighet for språk og hensikt på en JSONL-fil
cli-nlu-file = linjer med {"{"}"text", "lang", "intent", "meeting_type"{"}"}
cli-nlu-bad-file = Kan ikke lese { $file }: { $reason }
cli-nlu-overall = { $n ->
    [one] { $n } melding
   *[other] { $n } meldinger
} · språk { $language } · hensikt { $intent } · møtetype { $meeting }
cli-nlu-language = { $lang } ({ $n }): språk { $language } · hensikt { $intent } · møtetype { $meeting }
cli-nlu-intent = hensikt { $intent } ({ $n }): { $accuracy }
cli-nlu-confusion = { $field }: forventet { $expected }, fikk { $got } ({ $count }×)
cli-nlu-misses = list opp hver melding som ble misforstått
cli-nlu-miss = [{ $lang }] { $field }: forventet { $expected }, fikk { $got }: { $text }
cli-nlu-when-overall = { $n } linjer: datoer og tider { $accuracy }
cli-nlu-when-language = { $lang } ({ $n }): datoer og tider { $accuracy }
cli-nlu-when-miss = «{ $text }»: forventet { $expected }, fikk { $got }
cli-escalations = eskaleringer, for supportmedarbeidere
cli-esc-list = list åpne eskaleringer, de mest presserende først
cli-esc-as = ditt ansattkortnavn (f.eks. anna)
cli-esc-all = ta med løste
cli-esc-show = vis en eskalering med samtalen
cli-esc-claim = ta over en eskalering
cli-esc-reply = svar kunden
cli-esc-resolve = avslutt en eskalering
cli-esc-id = eskaleringens nummer
cli-esc-text = svaret ditt
cli-link = koble en chatkonto til en kjøper eller en ansatt, eller en delt kanal til en kunde
cli-unlink = fjerne koblingen til en chatkonto eller en delt kanal
cli-link-channel = chatkanalen kontoen hører til (en av dem som er listet over)
cli-link-team = Slack-arbeidsområdets ID (T…); Slack-ID-er er bare unike innenfor ett
cli-link-user = kontoens ID i kanalen (Slack: U…)
cli-link-space = en kanal-ID (Slack: C…): en delt kanal, eller en teamkanal med --staff
cli-link-buyer = kjøperens kallenavn, f.eks. launch
cli-link-staff = den ansattes kallenavn, f.eks. anna
cli-link-customer = kundens nøkkel: alle i den delte kanalen snakker på vegne av den
cli-link-team-needed = Slack trenger --team (arbeidsområdets ID, som T0123ABCD).
cli-link-customer-needs-channel = --customer kobler en delt kanal: oppgi --channel i stedet for --user.
cli-link-buyer-needs-user = --buyer kobler én person: oppgi --user i stedet for --channel.
cli-buyer-unknown = Det finnes ingen kjøper med kallenavnet { $handle }.
cli-customer-unknown = Det finnes ingen kunde med nøkkelen { $handle }.
cli-link-done-buyer = { $identity } på { $channel } snakker nå på vegne av { $buyer } ({ $customer }).
cli-link-done-staff = { $identity } på { $channel } mottar og svarer nå på eskaleringer som { $staff }.
cli-link-done-space = Alle i { $space } på { $channel } snakker nå på vegne av { $customer }.
cli-unlink-done = { $identity } på { $channel } er ikke lenger koblet.
cli-unlink-none = { $identity } på { $channel } var ikke koblet.
cli-serve = kjøre boten i en chatkanal
cli-serve-channel = kanalen som skal betjenes (standard: alle kanaler med token satt)
cli-serve-socket-mode = koble til Slack via Socket Mode i stedet for å ta imot HTTP-forespørsler
cli-serve-host = adressen det lyttes på (standard: den konfigurerte verten, 127.0.0.1)
cli-serve-port = porten det lyttes på (standard: den konfigurerte porten, 3000)
cli-serve-missing-setting = Innstillingen { $name } mangler: sett den i miljøet eller i en .env-fil.
cli-serve-listening = { $channel }: lytter på http://{ $host }:{ $port }{ $path } (status: /healthz). Stopp med Ctrl+C.
cli-serve-socket = { $channel }: koblet til via Socket Mode (status: http://{ $host }:{ $port }/healthz). Stopp med Ctrl+C.
cli-serve-webhook-url = Telegram: ta imot oppdateringer på denne offentlige HTTPS-adressen (slutter på /telegram/webhook) i stedet for å spørre
cli-serve-telegram-polling = Telegram: spør etter oppdateringer som @{ $bot }. Stopp med Ctrl+C.
cli-serve-telegram-webhook = Telegram: @{ $bot } sender oppdateringer til { $url }, mottas på http://{ $host }:{ $port }{ $path }. Stopp med Ctrl+C.
cli-invite = lage en engangs Telegram-lenke som utløper og kobler kontoen som åpner den
cli-invite-customer = en kundes nøkkel: invitasjonen gjelder en ny kjøper hos den (med --name)
cli-invite-name = den nye kjøperens fulle navn
cli-invite-ttl = hvor lenge lenken virker: 30m, 12h, 7d (standard), 2w
cli-invite-bad-ttl = «{ $ttl }» er ingen varighet: skriv den som 30m, 12h, 7d eller 2w.
cli-invite-name-needed = En ny kjøper trenger et navn: legg til --name "Fornavn Etternavn".
cli-invite-link = Invitasjon for { $who }, kan brukes én gang til { DATETIME($until, dateStyle: "medium", timeStyle: "short") } (UTC): { $link }
cli-locales = tekstene og frasene under locales/
cli-locales-check = finn alt en endring kan ødelegge: syntaks, manglende eller overflødige meldinger, variabler, flertallsformer, henvisninger, tomme verdier, for få eksempelfraser
cli-locales-dir = locales-mappen som skal sjekkes (standard: den konfigurerte)
cli-locales-line = { $file }:{ $line }: { $severity }: { $text }
cli-locales-ok = Språkfilene er i orden: { $languages } språk sjekket{ $warnings ->
    [0] .
    [one] , én advarsel.
   *[other] , { $warnings } advarsler.
}
cli-locales-failed = { $errors ->
    [one] Én feil
   *[other] { $errors } feil
} og { $warnings ->
    [one] én advarsel
   *[other] { $warnings } advarsler
}: boten ville ikke laste disse språkfilene.
check-severity-error = feil
check-severity-warning = advarsel
check-folder-missing = mappen for språket mangler
check-file-missing = filen mangler
check-syntax = syntaksfeil: { $reason }
check-duplicate = { $id } er definert to ganger (først på { $where })
check-missing = { $id } mangler (engelsk har den på { $where })
check-extra = { $id } finnes ikke på engelsk: fjern den, eller legg den til på engelsk først
check-variables = { $id } bruker andre variabler enn engelsk (mangler: { $missing }; ikke på engelsk: { $extra })
check-plural = { $id } mangler flertallsformene { $missing } som dette språket trenger
check-reference = { $id } viser til { $target }, som ikke finnes
check-empty = { $id } har ingen tekst
check-untranslated = { $id } er lik den engelske
check-examples = intensjonen { $intent } har { $count } eksempelfraser; den trenger minst { $needed }
cli-buyer = en kjøpers personopplysninger: eksporter eller slett dem
cli-buyer-export = skriv alt som er lagret om én kjøper som JSON (kontoer, meldinger, bestillinger, eskaleringer)
cli-buyer-output = skriv til denne filen i stedet for skjermen
cli-buyer-erase = slett eller anonymiser alt om én kjøper; bestillinger og timeregnskapet blir, så summene stemmer
cli-buyer-yes = ja, slett (dette kan ikke angres)
cli-buyer-erase-confirm = Sletting av { $buyer } kan ikke angres: kjør kommandoen på nytt med --yes.
cli-buyer-exported = Alt som er lagret om { $buyer } står i { $file }.
cli-buyer-erased = { $buyer } er slettet: { $accounts ->
    [one] { $accounts } chatkonto
   *[other] { $accounts } chatkontoer
} frakoblet og anonymisert, { $messages ->
    [one] { $messages } chatmelding
   *[other] { $messages } chatmeldinger
} og { $escalation_messages ->
    [one] { $escalation_messages } eskaleringsmelding
   *[other] { $escalation_messages } eskaleringsmeldinger
} slettet, { $invitations ->
    [one] { $invitations } invitasjon
   *[other] { $invitations } invitasjoner
} fjernet. Bestillinger og timeregnskapet er beholdt.
cli-buyer-erased-notices = { $notices ->
    [one] { $notices } ikke levert varsel som siterte eller nevnte personen, er
   *[other] { $notices } ikke leverte varsler som siterte eller nevnte personen, er
} fjernet.
cli-audit = hvem gjorde hva og når: adminkommandoer og handlinger fra ansatte
cli-audit-limit = hvor mange av de nyeste oppføringene (standard 50)
cli-audit-none = Ingenting er registrert ennå.
cli-audit-line = { DATETIME($at, dateStyle: "medium", timeStyle: "medium") } · { $actor } · { $action } · { $subject } · { $details }
cli-buyer-id = kjøperens kallenavn (f.eks. launch) eller nummer
