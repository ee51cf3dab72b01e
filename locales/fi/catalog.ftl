# Luettelon paketit, tapaamiset ja kiintiöt. Avaimet vastaavat tiedostoja storage/catalog/*.toml.

package-oura-launch-kit = Oura Launch Kit -starttipaketti
package-oura-pro-lite = Oura Pro Lite Success -paketti
package-oura-premium = Oura Premium Success -paketti
package-cloudcare-support = CloudCare CRM -tukisopimus
package-versatel-care-free = 1&1 Care Free -paketti
package-versatel-remote-setup = 1&1 Etäasennus tuntiperusteisesti
package-versatel-training-hardware = 1&1 Etäkäyttäjäkoulutus – päätelaite
package-versatel-training-client = 1&1 Etäkäyttäjäkoulutus – client-sovellus
package-versatel-training-hybrid = 1&1 Etäkäyttäjäkoulutus – hybridi
package-versatel-training-admin = 1&1 Etäkoulutus ylläpitäjille
package-versatel-onsite-working-hours = 1&1 Käynti paikan päällä työaikana
package-versatel-onsite-outside-hours = 1&1 Käynti paikan päällä työajan ulkopuolella

package-oura-launch-kit-description =
    Asiakkuuspäällikkö on tukenasi 90 päivän ajan käyttöönottoon, logistiikkaan, jakeluun ja yleisiin tuotteisiin liittyvissä kysymyksissä. Tarvittaessa voit myös kääntyä teknisen tukitiimimme puoleen.
    Sopimuskauden ensimmäisten 90 päivän aikana voit konsultoida asiakkuuspäällikköä yhteensä neljän (4) tunnin ajan aloituspalaverissa, käyttöönottopalaverissa ja ohjelmistokoulutuksessa.
package-oura-pro-lite-description =
    Asiakastyytyväisyyspäällikkö tukee sinua sopimuksessa määritellyn ajan käyttöönottoon, logistiikkaan, jakeluun ja yleisiin tuotteisiin liittyvissä kysymyksissä.
    Sopimuskauden aikana saat yhteensä kaksi (2) tuntia koulutus- ja konsultaatiopalveluita sekä neljä (4) projektin tilannepäivitystä neljännesvuosittain yhdessä customer success managerin, customer success engineerin ja/tai koulutus- ja kehitysasiantuntijan kanssa.
package-oura-premium-description =
    Korkeimman tason tukemme sopimuksessa määritellyksi ajaksi: customer success manager on tukenasi käyttöönottoon, logistiikkaan, jakeluun ja yleisiin tuotekysymyksiin liittyvissä kysymyksissä.
    Sopimuskauden aikana saat yhteensä kaksi (2) tuntia koulutus- ja konsultaatiopalveluita sekä 12 kuukausittaista projektin tilannepäivitystä yhdessä customer success managerin, customer success engineerin ja/tai koulutus- ja kehitysasiantuntijan kanssa.
package-cloudcare-support-description =
    Tuki CRM-käyttäjillenne ja IT-palveluntarjoajallenne puhelimitse, sähköpostitse tai chatissa. Konsultointi ei sisälly: jos tuki muuttuu koulutukseksi tai konsultoinniksi, kerromme siitä ja laskutamme käytetyn ajan edullisemmalla vakiohinnallanne.
    Sopimukseen sisältyy vuosittainen tilannepalaveri, jossa arvioidaan CRM:n käyttöä ja etsitään uusia mahdollisuuksia. Vasteaikaa ei taata; pyynnöt priorisoidaan vakavuuden mukaan, ja "ei pääsyä CRM:ään" on etusijalla.
package-versatel-care-free-description =
    Tervetuloviesti ja tervetulopuhelu, 1&1 Versatelilta ostettujen tai vuokrattujen päätelaitteiden rekisteröinti, päätelaitteiden ja Cloud PBX:n etäasennus, ylläpitäjän läpikäynti ja client-/päätelaitteiden läpikäynti sekä muutospyynnöt ja tukikysymykset 30 päivän ajan.
package-versatel-remote-setup-description =
    Puhelinjärjestelmän yksilöllinen asennus yhdessä kanssasi näytönjaolla tai esikeskustelun jälkeen. Laskutus jokaiselta alkavalta tunnilta.
package-versatel-training-hardware-description =
    Tunnin mittainen etäperehdytys päätelaitteisiin (puhelujen siirto ja poiminta, BLF-toiminnot, ryhmiin liittyminen ja niistä poistuminen), 20 käyttäjää kohden.
package-versatel-training-client-description =
    Kahden tunnin etäkurssi client-sovelluksesta: kirjautuminen, puhelut, kokoukset, chat ja kaikki käyttäjän asetukset, 20 käyttäjää kohden.
package-versatel-training-hybrid-description =
    Kolmen tunnin hybridityöpaja etänä tiimeille, jotka käyttävät sekä puhelimia että client-sovellusta, 20 käyttäjää kohden.
package-versatel-training-admin-description =
    Viiden tunnin etätyöpaja 1–2 ylläpitäjälle: ylläpitoportaali, käyttäjät, puhelinten ja clientien hallinta, puheluohjaus ja asetusten muuttaminen.
package-versatel-onsite-working-hours-description =
    Vähintään yhden päivän käynti paikan päällä Saksassa maanantaista perjantaihin klo 8–18, matkakulut sisältyvät. Käynti suunnitellaan kanssasi etukäteen.
package-versatel-onsite-outside-hours-description =
    Vähintään yhden päivän käynti paikan päällä Saksassa työajan ulkopuolella (arkisin klo 18–8, viikonloppuisin ja pyhäpäivinä), matkakulut sisältyvät. Käynti suunnitellaan kanssasi etukäteen.

meeting-kickoff = Aloituspalaveri
meeting-deployment = Käyttöönottopalaveri
meeting-software_training = Ohjelmistokoulutus
meeting-status_review = Projektin tilannepäivitys
meeting-status_meeting = Vuosittainen tilannepalaveri
meeting-consulting = Konsultointitunti
meeting-welcome_call = Tervetulopuhelu
meeting-admin_walkthrough = Ylläpitäjän läpikäynti
meeting-device_walkthrough = Client- ja päätelaitteiden läpikäynti
meeting-remote_setup = Etäasennus tuntiperusteisesti
meeting-training_hardware = Käyttäjäkoulutus – päätelaite
meeting-training_client = Käyttäjäkoulutus – client-sovellus
meeting-training_hybrid = Käyttäjäkoulutus – hybridi
meeting-training_admin = Ylläpitäjäkoulutus
meeting-onsite_working_hours = Käynti paikan päällä työaikana
meeting-onsite_outside_hours = Käynti paikan päällä työajan ulkopuolella

allowance-pool = Koulutus- ja konsultointitunnit
allowance-status_reviews = Projektin tilannepäivitykset
allowance-status_meeting = Vuosittainen tilannepalaveri
allowance-welcome_call = Tervetulopuhelu
allowance-admin_walkthrough = Ylläpitäjän läpikäynti
allowance-device_walkthrough = Client- ja päätelaitteiden läpikäynti
allowance-change_requests = Muutospyynnöt
allowance-support_questions = Tukikysymykset
allowance-training_hardware = Päätelaitekoulutuskerrat
allowance-training_client = Client-koulutuskerrat
allowance-training_hybrid = Hybridikoulutuskerrat
allowance-training_admin = Ylläpitäjäkoulutuskerrat
allowance-onsite_working_hours = Paikan päällä -päivät työaikana
allowance-onsite_outside_hours = Paikan päällä -päivät työajan ulkopuolella

role-account_manager = asiakkuuspäällikkö
role-customer_success_manager = customer success manager
role-support_team = tukiyhteyshenkilö
role-consultant = konsultti

channel-chat = chat
channel-email = sähköposti
channel-phone = puhelin
