# Tapaamisten varaaminen, listaaminen ja peruminen.

booking-nothing-bookable = Sopimukseesi ei sisälly tapaamisia, joita voi varata täällä. Yhteyshenkilösi auttaa mielellään.
booking-type-not-included = { $meeting } ei sisälly pakettiisi.
booking-choose-type = Minkä tapaamisen haluat varata?
booking-type-option = { $meeting }
booking-ask-participants-per = Montako käyttäjää osallistuu? ({ $meeting }) Yksi kerta on enintään { $per } käyttäjälle.
booking-ask-participants = Montako henkilöä osallistuu? ({ $meeting })
booking-too-many = Tämä koulutus on enintään { $max ->
    [one] { $max } henkilölle
   *[other] { $max } henkilölle
}.
booking-no-slots-matching = Toiveeseen sopivaa vapaata aikaa ei löytynyt; tässä seuraavat vapaat ajat.
booking-wish-taken = { DATETIME($start, dateStyle: "full", timeStyle: "short") } ei ole vapaana. Nämä ovat lähimmät vapaat ajat samana päivänä:
booking-day-full = Henkilöllä { $contact } ei ole vapaata aikaa { DATETIME($day, dateStyle: "full") }. Nämä ovat lähimmät vapaat ajat muina päivinä:
booking-which-day = Tarkoitatko { DATETIME($first, dateStyle: "full") } vai { DATETIME($second, dateStyle: "full") }? Tässä aikoja kumpanakin päivänä:
booking-beyond-limit = Voin varata vain { DATETIME($last, dateStyle: "long") } asti, sopimuksenne loppuun. Nämä ovat seuraavat vapaat ajat:
booking-range-full = Henkilöllä { $contact } ei ole vapaata aikaa välillä { DATETIME($from, dateStyle: "long") } – { DATETIME($to, dateStyle: "long") }. Nämä ovat seuraavat vapaat ajat:
booking-beyond-horizon = Voin varata enintään { DATETIME($last, dateStyle: "long") } asti. Nämä ovat seuraavat vapaat ajat:
booking-too-soon = Aikaisintaan voin varata tämän { DATETIME($first, dateStyle: "full") }. Nämä ovat lähimmät vapaat ajat siitä alkaen:
booking-no-slots = Yhteyshenkilölläsi ({ $contact }) ei ole vapaita aikoja lähiviikkoina. Voin välittää pyyntösi eteenpäin.
booking-choose-slot = { $meeting } ({ $minutes } min), { $contact }. Valitse aika:
booking-slot-option = { DATETIME($start, dateStyle: "full", timeStyle: "short") }
booking-later-option = Myöhemmät ajat
booking-not-covered = Paketissasi ei ole enää jäljellä tätä: { $meeting }. Lisäkertoja ei voi varata täällä; yhteyshenkilösi auttaa tilaamaan lisää.
booking-overage = Varataanko { $meeting } { DATETIME($start, dateStyle: "full", timeStyle: "short") }, { $contact }? Laskutettaisiin { $hours ->
    [one] { NUMBER($hours) } tunti.
   *[other] { NUMBER($hours) } tuntia.
}
billing-hourly-rate = Lisäaika laskutetaan toimittajan kulloinkin voimassa olevan tuntihinnan mukaan sen sopimusehtojen mukaisesti.
billing-per-started-hour = Tämä palvelu laskutetaan jokaiselta alkavalta tunnilta: laskutetaan { NUMBER($hours) } { $hours ->
    [one] tunti
   *[other] tuntia
}.
billing-reduced-rate = Konsultointi ei sisälly sopimukseenne: aika laskutetaan edullisemmalla konsultoinnin vakiohinnallanne.
billing-none = Tätä ei voi laskuttaa lisäaikana.
booking-confirm-overage = Varaa ja laskuta { NUMBER($hours) } { $hours ->
    [one] tunti
   *[other] tuntia
}
booking-decline-overage = Ei, älä varaa
booking-dropped = Selvä, en varannut mitään.
booking-slot-taken = Valitettavasti aika varattiin juuri. Valitse toinen:
booking-balance-changed = Jäljellä oleva kiintiösi muuttui välillä (myös joku muu yrityksestäsi teki varauksen).
booking-confirmed = Varattu: { $meeting } { DATETIME($start, dateStyle: "full", timeStyle: "short") } – { DATETIME($end, timeStyle: "short") }, { $contact }. Kalenterikutsu on liitteenä.
booking-billed = Tästä tapaamisesta laskutetaan { NUMBER($hours) } { $hours ->
    [one] tunti
   *[other] tuntia
}.
booking-ask-request = Pyydänkö henkilöä { $contact } sopimaan kanssasi: { $meeting }?
booking-send-request = Kyllä, lähetä pyyntö
booking-keep-request = Ei nyt
booking-request-dropped = Selvä, en lähettänyt mitään.
booking-via-contact = { $meeting } suunnitellaan kanssasi etukäteen. Välitin pyyntösi yhteyshenkilölle { $contact } (tapaus { $id }), joka ottaa yhteyttä ajan sopimiseksi.
# The provider's planning lead time, said only where its catalog sets one.
booking-via-contact-days = { $meeting } suunnitellaan kanssasi etukäteen (vähintään { $days ->
    [one] { $days } päivä
   *[other] { $days } päivää
} etukäteen). Välitin pyyntösi yhteyshenkilölle { $contact } (tapaus { $id }), joka ottaa yhteyttä ajan sopimiseksi.

invite-summary = { $meeting }
invite-description = Tapaaminen: { $contact }, { $customer }. Varattu supportbotin kautta.

bookings-none = Sinulla ei ole tulevia varauksia.
bookings-heading = { $count ->
    [one] Tuleva varauksesi:
   *[other] Tulevat varauksesi ({ $count }):
}
booking-item = { $meeting }: { DATETIME($start, dateStyle: "full", timeStyle: "short") }

cancel-choose = Minkä varauksen haluat perua?
cancel-yes = Kyllä, peru
cancel-no = Ei, pidä varaus
cancel-kept = Selvä, varaus pysyy voimassa.
cancel-already = Tämä varaus on jo peruttu.
cancel-done = Peruttu: { $meeting } { DATETIME($start, dateStyle: "full", timeStyle: "short") }. Kalenterin peruutus on liitteenä.
cancel-too-late = Peruutus tehtiin alle { $hours ->
    [one] { $hours } tunti
   *[other] { $hours } tuntia
} ennen alkua, joten aikaa ei palauteta.
cancel-refunded = Aika on palautettu kiintiöösi:
charge-not-included = { $meeting } ei sisälly pakettiinne.
charge-once = { $meeting } sisältyy pakettiin kerran, ja se on jo varattu.
charge-outside-window = { $name } oli käytettävissä vain { DATETIME($until, dateStyle: "long") } asti.
charge-hours-left = { $name }: { $left ->
    [0] mitään ei ole jäljellä.
    [one] jäljellä vain { NUMBER($left) } tunti.
   *[other] jäljellä vain { NUMBER($left) } tuntia.
}
charge-sessions-left = { $name }: { $left ->
    [0] mitään ei ole jäljellä.
    [one] jäljellä vain { NUMBER($left) }.
   *[other] jäljellä vain { NUMBER($left) }.
}
billing-terms = Palveluntarjoajan sopimusehdot: { $url }
cancel-ask = Perutaanko { $meeting } { DATETIME($start, dateStyle: "full", timeStyle: "short") }, { $contact }?
cancel-late-no-refund = Alkuun on alle { $hours ->
    [one] { NUMBER($hours) } tunti
   *[other] { NUMBER($hours) } tuntia
}: aikaa ei palauteta.
cancel-gives-back-hours = Saat takaisin { $count ->
    [one] { NUMBER($count) } tunnin
   *[other] { NUMBER($count) } tuntia
}.
cancel-gives-back-sessions = { $count ->
    [one] Kerta palautuu
   *[other] { NUMBER($count) } kertaa palautuu
} kiintiöösi.
cancel-not-billed = Se olisi laskutettu ({ $hours ->
    [one] { NUMBER($hours) } tunti
   *[other] { NUMBER($hours) } tuntia
}): siitä ei laskuteta mitään.
cancel-nothing-changes = Muu ei muutu.
cancel-not-billed-done = Siitä ei laskuteta mitään.
