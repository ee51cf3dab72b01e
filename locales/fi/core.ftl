# Keskustelun ydin: virheelliset viestit, valinnat, tunnistus, kieli ja valikko.

turn-error = Pahoittelen, jotain meni vikaan minun päässäni. Yritä hetken kuluttua uudelleen. (Viite: { $turn })
turn-empty = En saanut tekstiä. Voin auttaa näissä asioissa:
turn-unreadable = En pystynyt lukemaan viestiä. Kirjoita se tavallisena tekstinä.
turn-too-long = Viesti on minulle liian pitkä: enintään { $max ->
    [one] { NUMBER($max) } merkki
   *[other] { NUMBER($max) } merkkiä
}, kiitos.
turn-not-understood-step = En ymmärtänyt vastausta.
choice-stale = Tämä vaihtoehto ei ole enää käytettävissä. Voin nyt auttaa näissä:
choice-unknown = En tunnista tätä valintaa. Valitse jokin vaihtoehdoista.
# A pending question stored by another version of the bot could not be read.
dialogue-reset = Pahoittelen, kadotin kysymyksen, jonka esitin sinulle (minut päivitettiin välillä), joten jätin sen sikseen. Jos tarvitset sitä yhä, aloita alusta.
error-text-missing = Pahoittelen, en voi näyttää tätä viestiä juuri nyt.

identity-not-linked =
    Hei! En vielä tiedä, missä yrityksessä työskentelet, joten en voi näyttää tilin tietoja.
    Pyydä toimittajan yhteyshenkilöä liittämään tilisi ja anna hänelle tämä viite: { $channel } / { $user }

language-own-name = suomi
language-choose = Millä kielellä haluat minun vastaavan?
language-option = { $name }
language-set = Selvä, vastaan tästä lähtien suomeksi.

thanks-reply = Ole hyvä! Kirjoita milloin vain, jos tarvitset vielä jotain.
help-menu = Hei { $name }! Voin auttaa näissä asioissa:
help-unsure = En ole varma, mitä tarkoitat. Voin auttaa näissä asioissa:
help-which = En ole varma, ymmärsinkö oikein. Tarkoititko jotain näistä?
help-out-of-scope = Valitettavasti en voi auttaa siinä: olen palvelupakettinne tukiavustaja. Voin auttaa näissä:

menu-package_info = Mitä pakettiini sisältyy
menu-hours_balance = Käytetyt ja jäljellä olevat tunnit ja tapaamiset
menu-book_meeting = Varaa tapaaminen
menu-list_bookings = Varaukseni
menu-cancel_booking = Peru varaus
menu-return_check = Voinko vielä palauttaa tilauksen?
menu-escalate = Puhu yhteyshenkilöni kanssa
menu-everything = Jotain muuta
menu-set_language = Vaihda kieli

console-attachment-saved = Kalenterikutsu tallennettu: { $path }

# Shown in place of the buttons once one was pressed, so nothing is pressed twice.
choice-picked = Valintasi: { $label }

# Linking an account with an invitation link (Telegram deep links).
link-done-buyer = Tervetuloa, { $name }! Tämä tili puhuu nyt yrityksen { $customer } puolesta.
link-done-staff = Tervetuloa, { $name }! Sinulle osoitetut pyynnöt tulevat tänne, ja niissä on painikkeet hoitoon ottamiseen ja ratkaisemiseen.
link-code-unknown = En tunnista tätä kutsua. Avaa linkki täsmälleen sellaisena kuin sait sen, tai pyydä yhteyshenkilöltäsi uusi.
link-code-used = Tämä kutsu on jo käytetty. Pyydä yhteyshenkilöltäsi uusi.
link-code-expired = Tämä kutsu vanheni { DATETIME($expired, dateStyle: "long") }. Pyydä yhteyshenkilöltäsi uusi.

# Chat commands, as the chat app lists them.
command-help = Missä voin auttaa
command-language = Valitse kieli, jolla vastaan
command-bookings = Varatut tapaamisesi

# An option after a question was interrupted by another request.
dialogue-resume = Takaisin edelliseen kysymykseeni

# Leaving what is in progress ("stop", "never mind").
stop-done = Selvä, keskeytin. Mitään ei varattu eikä muutettu.
stop-nothing-open = Selvä. Mitään ei ole kesken. Voin auttaa näissä asioissa:
