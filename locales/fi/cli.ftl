# supportbotin komentorivi.

cli-description = supportbot: monikielinen tukiavustaja B2B-asiakkaille.
cli-verbose = kirjaa enemmän yksityiskohtia
cli-chat = keskustele botin kanssa päätteessä ostajana
cli-chat-as = ostajan tunnus, esim. launch, prolite, premium, cloudcare, carefree, english
cli-chat-json = tulosta jokaisesta vastauksesta yksi JSON-olio
cli-now = kiinnitä kello tähän ISO-8601-hetkeen
cli-json = tulosta JSON
cli-db = hallinnoi tietokantaa
cli-db-upgrade = päivitä tietokannan rakenne uusimpaan versioon
cli-db-upgraded = Tietokannan rakenne on ajan tasalla.
cli-demo = lataa esittelydata (korvaa kaiken tietokannassa)
cli-demo-if-missing = lataa vain, jos dataa ei vielä ole
cli-demo-loaded = Esittelydata ladattu. Keskustele tunnuksella: { $handles }
cli-demo-kept = Esittelydata on jo olemassa (lataa uudelleen komennolla "supportbot demo"). Keskustele tunnuksella: { $handles }
cli-catalog = pakettiluettelo
cli-catalog-check = tarkista luettelotiedostot
cli-catalog-dir = luettelotiedostojen kansio (oletus: asetuksissa määritelty)
cli-catalog-problem = { $file }: { $entry }: { $reason }
cli-catalog-ok = Luettelo on kelvollinen: { $packages ->
    [one] { $packages } paketti
   *[other] { $packages } pakettia
}, toimittajia { $providers }.
cli-nlu = botin kielen ymmärtäminen
cli-nlu-eval = mittaa kielen ja aikeen tunnistuksen tarkkuus JSONL-tiedostolla
cli-nlu-file = rivit muotoa {"{"}"text", "lang", "intent", "meeting_type"{"}"}
cli-nlu-bad-file = Tiedostoa { $file } ei voi lukea: { $reason }
cli-nlu-overall = { $n ->
    [one] { $n } viesti
   *[other] { $n } viestiä
} · kieli { $language } · aie { $intent } · tapaamistyyppi { $meeting }
cli-nlu-language = { $lang } ({ $n }): kieli { $language } · aie { $intent } · tapaamistyyppi { $meeting }
cli-nlu-intent = aie { $intent } ({ $n }): { $accuracy }
cli-nlu-confusion = { $field }: odotettu { $expected }, saatu { $got } ({ $count }×)
cli-nlu-misses = luettele jokainen väärin ymmärretty viesti
cli-nlu-miss = [{ $lang }] { $field }: odotettiin { $expected }, tunnistettiin { $got }: { $text }
cli-nlu-when-overall = { $n } riviä: päivät ja ajat { $accuracy }
cli-nlu-when-language = { $lang } ({ $n }): päivät ja ajat { $accuracy }
cli-nlu-when-miss = ”{ $text }”: odotettu { $expected }, saatu { $got }
cli-escalations = eskaloinnit, tukihenkilöstölle
cli-esc-list = listaa avoimet eskaloinnit, kiireellisimmät ensin
cli-esc-as = henkilökuntatunnuksesi (esim. anna)
cli-esc-all = näytä myös ratkaistut
cli-esc-show = näytä eskalointi keskusteluineen
cli-esc-claim = ota eskalointi hoitaaksesi
cli-esc-reply = vastaa asiakkaalle
cli-esc-resolve = sulje eskalointi
cli-esc-id = eskaloinnin numero
cli-esc-text = vastauksesi
cli-link = liitä chat-tili asiakkaan yhteyshenkilöön tai työntekijään, tai jaettu kanava asiakasyritykseen
cli-unlink = poista chat-tilin tai jaetun kanavan liitos
cli-link-channel = tilin chat-kanava (jokin yllä luetelluista)
cli-link-team = Slack-työtilan tunnus (T…); Slack-tunnukset ovat yksilöllisiä vain työtilan sisällä
cli-link-user = tilin tunnus kanavassa (Slack: U…)
cli-link-space = kanavan tunnus (Slack: C…): jaettu kanava, tai tiimikanava valinnalla --staff
cli-link-buyer = ostajan tunniste, esim. launch
cli-link-staff = työntekijän tunniste, esim. anna
cli-link-customer = asiakasyrityksen avain: kaikki jaetulla kanavalla puhuvat sen puolesta
cli-link-team-needed = Slack tarvitsee valinnan --team (työtilan tunnus, kuten T0123ABCD).
cli-link-customer-needs-channel = --customer liittää jaetun kanavan: anna --channel eikä --user.
cli-link-buyer-needs-user = --buyer liittää yhden henkilön: anna --user eikä --channel.
cli-buyer-unknown = Ostajaa tunnisteella { $handle } ei ole.
cli-customer-unknown = Asiakasyritystä avaimella { $handle } ei ole.
cli-link-done-buyer = { $identity } kanavassa { $channel } puhuu nyt ostajan { $buyer } ({ $customer }) puolesta.
cli-link-done-staff = { $identity } kanavassa { $channel } saa ja vastaa nyt eskalointeihin työntekijänä { $staff }.
cli-link-done-space = Kaikki kanavalla { $space } ({ $channel }) puhuvat nyt asiakkaan { $customer } puolesta.
cli-unlink-done = Tilin { $identity } liitos kanavassa { $channel } on poistettu.
cli-unlink-none = Tiliä { $identity } ei ollut liitetty kanavassa { $channel }.
cli-serve = aja bottia chat-kanavassa
cli-serve-channel = palveltava kanava (oletus: jokainen kanava, jonka tunnus on asetettu)
cli-serve-socket-mode = yhdistä Slackiin Socket Moden kautta HTTP-pyyntöjen sijaan
cli-serve-host = osoite, jota kuunnellaan (oletus: asetettu host, 127.0.0.1)
cli-serve-port = portti, jota kuunnellaan (oletus: asetettu portti, 3000)
cli-serve-missing-setting = Asetus { $name } puuttuu: aseta se ympäristöön tai .env-tiedostoon.
cli-serve-listening = { $channel }: kuuntelee osoitteessa http://{ $host }:{ $port }{ $path } (tila: /healthz). Lopeta painamalla Ctrl+C.
cli-serve-socket = { $channel }: yhdistetty Socket Moden kautta (tila: http://{ $host }:{ $port }/healthz). Lopeta painamalla Ctrl+C.
cli-serve-webhook-url = Telegram: vastaanota päivitykset tähän julkiseen HTTPS-osoitteeseen (päättyy /telegram/webhook) kyselyn sijaan
cli-serve-telegram-polling = Telegram: kysyy päivityksiä bottina @{ $bot }. Lopeta painamalla Ctrl+C.
cli-serve-telegram-webhook = Telegram: @{ $bot } lähettää päivitykset osoitteeseen { $url }, vastaanotto http://{ $host }:{ $port }{ $path }. Lopeta painamalla Ctrl+C.
cli-invite = luo kertakäyttöinen, vanheneva Telegram-linkki, joka liittää sen avaavan tilin
cli-invite-customer = asiakasyrityksen avain: kutsu on sen uudelle ostajalle (valinnalla --name)
cli-invite-name = uuden ostajan koko nimi
cli-invite-ttl = kuinka kauan linkki toimii: 30m, 12h, 7d (oletus), 2w
cli-invite-bad-ttl = "{ $ttl }" ei ole kesto: kirjoita esimerkiksi 30m, 12h, 7d tai 2w.
cli-invite-name-needed = Uusi ostaja tarvitsee nimen: lisää --name "Etunimi Sukunimi".
cli-invite-link = Kutsu henkilölle { $who }, käytettävissä kerran { DATETIME($until, dateStyle: "medium", timeStyle: "short") } asti (UTC): { $link }
cli-locales = tekstit ja ilmaukset kansiossa locales/
cli-locales-check = etsi kaikki, minkä muokkaus voi rikkoa: syntaksi, puuttuvat tai ylimääräiset viestit, muuttujat, monikkomuodot, viittaukset, tyhjät arvot, liian vähän esimerkkilauseita
cli-locales-dir = tarkistettava locales-kansio (oletus: asetettu kansio)
cli-locales-line = { $file }:{ $line }: { $severity }: { $text }
cli-locales-ok = Kielitiedostot ovat kunnossa: { $languages } kieltä tarkistettu{ $warnings ->
    [0] .
    [one] , yksi varoitus.
   *[other] , { $warnings } varoitusta.
}
cli-locales-failed = { $errors ->
    [one] Yksi virhe
   *[other] { $errors } virhettä
} ja { $warnings ->
    [one] yksi varoitus
   *[other] { $warnings } varoitusta
}: botti ei lataisi näitä kielitiedostoja.
check-severity-error = virhe
check-severity-warning = varoitus
check-folder-missing = kielen kansio puuttuu
check-file-missing = tiedosto puuttuu
check-syntax = syntaksivirhe: { $reason }
check-duplicate = { $id } on määritelty kahdesti (ensin kohdassa { $where })
check-missing = { $id } puuttuu (englannissa se on kohdassa { $where })
check-extra = { $id } puuttuu englannista: poista se tai lisää se ensin englantiin
check-variables = { $id } käyttää eri muuttujia kuin englanti (puuttuu: { $missing }; ei englannissa: { $extra })
check-plural = viestistä { $id } puuttuvat monikkomuodot { $missing }, joita tämä kieli tarvitsee
check-reference = { $id } viittaa kohteeseen { $target }, jota ei ole
check-empty = viestissä { $id } ei ole tekstiä
check-untranslated = { $id } on sama kuin englanniksi
check-examples = aikeella { $intent } on { $count } esimerkkilausetta; se tarvitsee vähintään { $needed }
cli-buyer = ostajan henkilötiedot: vie tai poista ne
cli-buyer-export = kirjoita kaikki ostajasta tallennettu JSON-muodossa (tilit, viestit, varaukset, eskaloinnit)
cli-buyer-output = kirjoita tähän tiedostoon näytön sijaan
cli-buyer-erase = poista tai anonymisoi kaikki ostajasta; varaukset ja tuntikirjanpito säilyvät, jotta summat pysyvät oikein
cli-buyer-yes = kyllä, poista (tätä ei voi perua)
cli-buyer-erase-confirm = Ostajan { $buyer } poistoa ei voi perua: aja komento uudelleen valinnalla --yes.
cli-buyer-exported = Kaikki ostajasta { $buyer } tallennettu on tiedostossa { $file }.
cli-buyer-erased = { $buyer } on poistettu: chat-tilejä irrotettu ja anonymisoitu { $accounts }, chat-viestejä poistettu { $messages }, eskalointiviestejä poistettu { $escalation_messages }, kutsuja poistettu { $invitations }. Varaukset ja tuntikirjanpito säilyvät.
cli-buyer-erased-notices = Toimittamattomia ilmoituksia, joissa häntä lainattiin tai mainittiin, poistettu { $notices }.
cli-audit = kuka teki mitä ja milloin: ylläpidon komennot ja henkilöstön toimet
cli-audit-limit = kuinka monta uusinta merkintää (oletus 50)
cli-audit-none = Mitään ei ole vielä kirjattu.
cli-audit-line = { DATETIME($at, dateStyle: "medium", timeStyle: "medium") } · { $actor } · { $action } · { $subject } · { $details }
cli-buyer-id = ostajan tunniste (esim. launch) tai numero
