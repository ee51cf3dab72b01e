# Katalogens pakker, møter og kvoter. Nøklene tilsvarer storage/catalog/*.toml.

package-oura-launch-kit = Oura Launch Kit
package-oura-pro-lite = Oura Pro Lite Success
package-oura-premium = Oura Premium Success
package-cloudcare-support = CloudCare CRM supportavtale
package-versatel-care-free = 1&1 Care Free-pakke
package-versatel-remote-setup = 1&1 Fjernoppsett etter tid
package-versatel-training-hardware = 1&1 Fjernopplæring for brukere – maskinvare
package-versatel-training-client = 1&1 Fjernopplæring for brukere – klient
package-versatel-training-hybrid = 1&1 Fjernopplæring for brukere – hybrid
package-versatel-training-admin = 1&1 Fjernopplæring for administratorer
package-versatel-onsite-working-hours = 1&1 Besøk på stedet i arbeidstiden
package-versatel-onsite-outside-hours = 1&1 Besøk på stedet utenfor arbeidstiden

package-oura-launch-kit-description =
    I 90 dager har du en kundeansvarlig som hjelper deg med oppstart, logistikk, distribusjon og generelle spørsmål om produktet. I tillegg står vårt tekniske supportteam til disposisjon.
    I løpet av de første 90 dagene av avtalen har du inntil fire (4) timer opplæring og rådgivning med en kundeansvarlig, til oppstartsmøtet, utrullingsmøtet og programvareopplæringen.
package-oura-pro-lite-description =
    En fast Customer Success Manager hjelper deg i avtaleperioden med oppstart, logistikk, distribusjon og generelle spørsmål om produktet.
    I avtaleperioden har du inntil to (2) timer opplærings- og rådgivningsmøter og fire (4) kvartalsvise prosjektstatusgjennomganger med Customer Success Manager, en Customer Success Engineer og/eller en Training and Development Specialist.
package-oura-premium-description =
    Vårt høyeste servicenivå: en fast Customer Success Manager hjelper deg i avtaleperioden med oppstart, logistikk, distribusjon og generelle spørsmål om produktet.
    I avtaleperioden har du inntil to (2) timer opplærings- og rådgivningsmøter og 12 månedlige prosjektstatusgjennomganger med Customer Success Manager, en Customer Success Engineer og/eller en Training and Development Specialist.
package-cloudcare-support-description =
    Brukerstøtte for kundens brukere av CRM-systemet og kundens driftsleverandør på IT, via telefon, e-post eller chat. Avtalen inkluderer ikke konsulentarbeid: tar brukerstøtten form av opplæring eller konsulentarbeid, blir dere gjort oppmerksom på dette og fakturert for medgått tid til deres lavere standardsats.
    Et årlig statusmøte er inkludert for å evaluere bruken og avdekke nye muligheter innenfor CRM. Det er ingen krav til responstid; henvendelser prioriteres etter alvorlighet, og henvendelser der tilgangen til CRM-løsningen ikke fungerer, prioriteres.
package-versatel-care-free-description =
    Velkomst-e-post og velkomstsamtale, registrering av enheter kjøpt eller leid fra 1&1 Versatel, fjernoppsett av enhetene og av Cloud PBX, administratorgjennomgang og gjennomgang av klient og enheter, endringsforespørsler og supportspørsmål i 30 dager.
package-versatel-remote-setup-description =
    Et individuelt oppsett av telefonsystemet sammen med deg, via skjermdeling eller etter en forsamtale. Faktureres per påbegynte time.
package-versatel-training-hardware-description =
    En times fjernintroduksjon til maskinvareenhetene (viderekobling og henting av samtaler, BLF-funksjoner, inn og ut av grupper), per 20 brukere.
package-versatel-training-client-description =
    Et to timers fjernkurs i softklienten: innlogging, samtaler, møter, chat og alle brukerinnstillinger, per 20 brukere.
package-versatel-training-hybrid-description =
    En tre timers hybrid fjernworkshop for team som bruker både telefoner og softklienten, per 20 brukere.
package-versatel-training-admin-description =
    En fem timers fjernworkshop for 1–2 administratorer: administrasjonsportalen, brukere, telefon- og klientadministrasjon, samtaleruting og endring av innstillinger.
package-versatel-onsite-working-hours-description =
    Et besøk på stedet på minst én dag i Tyskland, mandag til fredag mellom 8 og 18, reisekostnader inkludert. Planlegges med deg på forhånd.
package-versatel-onsite-outside-hours-description =
    Et besøk på stedet på minst én dag i Tyskland utenfor arbeidstiden (hverdager 18 til 8, helger og helligdager), reisekostnader inkludert. Planlegges med deg på forhånd.

meeting-kickoff = Oppstartsmøte
meeting-deployment = Utrullingsmøte
meeting-software_training = Programvareopplæring
meeting-status_review = Prosjektstatusgjennomgang
meeting-status_meeting = Årlig statusmøte
meeting-consulting = Konsulenttime
meeting-welcome_call = Velkomstsamtale
meeting-admin_walkthrough = Administratorgjennomgang
meeting-device_walkthrough = Gjennomgang av klient og enheter
meeting-remote_setup = Fjernoppsett etter tid
meeting-training_hardware = Brukeropplæring – maskinvare
meeting-training_client = Brukeropplæring – klient
meeting-training_hybrid = Brukeropplæring – hybrid
meeting-training_admin = Administratoropplæring
meeting-onsite_working_hours = Besøk på stedet i arbeidstiden
meeting-onsite_outside_hours = Besøk på stedet utenfor arbeidstiden

allowance-pool = Opplærings- og rådgivningstimer
allowance-status_reviews = Prosjektstatusgjennomganger
allowance-status_meeting = Årlig statusmøte
allowance-welcome_call = Velkomstsamtale
allowance-admin_walkthrough = Administratorgjennomgang
allowance-device_walkthrough = Gjennomgang av klient og enheter
allowance-change_requests = Endringsforespørsler
allowance-support_questions = Supportspørsmål
allowance-training_hardware = Økter brukeropplæring – maskinvare
allowance-training_client = Økter brukeropplæring – klient
allowance-training_hybrid = Økter brukeropplæring – hybrid
allowance-training_admin = Økter administratoropplæring
allowance-onsite_working_hours = Dager på stedet i arbeidstiden
allowance-onsite_outside_hours = Dager på stedet utenfor arbeidstiden

role-account_manager = kundeansvarlig
role-customer_success_manager = Customer Success Manager
role-support_team = kontaktperson i kundesenteret
role-consultant = konsulent

channel-chat = chat
channel-email = e-post
channel-phone = telefon
