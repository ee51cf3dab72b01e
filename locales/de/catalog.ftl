# Pakete, Termine und Kontingente des Katalogs. Die Schlüssel entsprechen storage/catalog/*.toml.

package-oura-launch-kit = Oura Launch-Kit
package-oura-pro-lite = Oura Pro-Lite-Success-Paket
package-oura-premium = Oura Premium-Success-Paket
package-cloudcare-support = CloudCare CRM Supportvereinbarung
package-versatel-care-free = 1&1 Care Free Package
package-versatel-remote-setup = 1&1 Paket Remote Einrichtung nach Zeit
package-versatel-training-hardware = 1&1 Paket Remote User Training – Hardware-Endgerät
package-versatel-training-client = 1&1 Paket Remote User Training – Client
package-versatel-training-hybrid = 1&1 Paket Remote User Training (Hybrid)
package-versatel-training-admin = 1&1 Paket Remote Admin-Training
package-versatel-onsite-working-hours = 1&1 Paket Onsite Termin – innerhalb der Arbeitszeit
package-versatel-onsite-outside-hours = 1&1 Paket Onsite Termin – außerhalb der Arbeitszeit

package-oura-launch-kit-description =
    Mit diesem Paket steht Ihnen für 90 Tage ein Account Manager zur Seite, der Sie beim Onboarding sowie bei der Logistik, der Verteilung und der Klärung allgemeiner Fragen zum Produkt unterstützt. Zusätzlich steht Ihnen unser Team vom technischen Support zur Verfügung.
    Innerhalb der ersten 90 Tage der Vertragslaufzeit erhalten Sie ein Kontingent von bis zu vier (4) Stunden für Schulung und Beratung durch einen Account Manager, nutzbar für Kick-off-Meeting, Bereitstellungsmeeting und Softwareschulung.
package-oura-pro-lite-description =
    Für den in Ihrem Vertrag festgelegten Zeitraum steht Ihnen ein fest zugewiesener Customer Success Manager zur Seite, der Sie beim Onboarding sowie bei der Logistik, der Verteilung und der Klärung allgemeiner Fragen zum Produkt unterstützt.
    Während der Vertragslaufzeit erhalten Sie ein Kontingent von bis zu zwei (2) Stunden für Schulungs- und Beratungs-Meetings sowie vier (4) vierteljährliche Projektstatus-Beratungen mit Ihrem Customer Success Manager, einem Customer Success Engineer und/oder einem Training and Development Specialist.
package-oura-premium-description =
    Das umfangreichste Service-Level: Ein fest zugewiesener Customer Success Manager unterstützt Sie für den in Ihrem Vertrag festgelegten Zeitraum beim Onboarding sowie bei der Logistik, der Verteilung und der Klärung allgemeiner Fragen zum Produkt.
    Während der Vertragslaufzeit erhalten Sie ein Kontingent von bis zu zwei (2) Stunden für Schulungs- und Beratungs-Meetings sowie 12 monatliche Projektstatus-Beratungen mit Ihrem Customer Success Manager, einem Customer Success Engineer und/oder einem Training and Development Specialist.
package-cloudcare-support-description =
    Support für Ihre CRM-Nutzer und Ihren IT-Betriebsdienstleister per Telefon, E-Mail oder Chat. Beratungsleistungen sind nicht enthalten: Wird aus Support eine Schulung oder Beratung, weisen wir Sie darauf hin und berechnen die Zeit zu Ihrem günstigeren Standardsatz.
    Ein jährliches Statusmeeting ist enthalten, um Ihre Nutzung des CRM zu bewerten und neue Möglichkeiten zu finden. Es gibt keine garantierte Reaktionszeit; Anfragen werden nach Dringlichkeit priorisiert, und „kein Zugang zum CRM“ hat Vorrang.
package-versatel-care-free-description =
    Welcome Mail und Welcome Call, Registrierung der bei 1&1 Versatel gekauften oder gemieteten Endgeräte, Remote Einrichtung der Endgeräte und der Cloud PBX, Admin Walkthrough und Client/Endgeräte Walkthrough, Change Requests und Supportfragen für 30 Tage.
package-versatel-remote-setup-description =
    Eine individuelle Einrichtung Ihrer Telefonanlage gemeinsam mit Ihnen, per Screen Sharing oder nach einem Vorgespräch. Abrechnung je angefangener Stunde.
package-versatel-training-hardware-description =
    Eine einstündige Remote-Einführung in die Hardware-Endgeräte (Anrufe weiterleiten und picken, BLF-Funktionen, in Gruppen ein- und auswählen), pro 20 User.
package-versatel-training-client-description =
    Ein zweistündiger Remote-Kurs zum Softclient: Anmeldung, Telefonie, Meetings, Chat und alle Einstellungen für User, pro 20 User.
package-versatel-training-hybrid-description =
    Ein dreistündiger Remote-Hybrid-Workshop für Teams, die Telefone und den Softclient nutzen, pro 20 Enduser.
package-versatel-training-admin-description =
    Ein fünfstündiger Remote-Workshop für 1 bis 2 Admins: Admin-Portal, Nutzer, Telefon- und Client-Management, Call Routing und das Ändern von Einstellungen.
package-versatel-onsite-working-hours-description =
    Ein Onsite Termin von mindestens einem Tag in Deutschland, Montag bis Freitag zwischen 8 und 18 Uhr, inklusive aller Fahrt- und Reisekosten. Besprechung und Planung erfolgen vorab mit Ihnen.
package-versatel-onsite-outside-hours-description =
    Ein Onsite Termin von mindestens einem Tag in Deutschland außerhalb der Arbeitszeit (wochentags 18 bis 8 Uhr, Wochenende und Feiertage), inklusive aller Fahrt- und Reisekosten. Besprechung und Planung erfolgen vorab mit Ihnen.

meeting-kickoff = Kick-off-Meeting
meeting-deployment = Bereitstellungsmeeting
meeting-software_training = Softwareschulung
meeting-status_review = Projektstatus-Beratung
meeting-status_meeting = Jährliches Statusmeeting
meeting-consulting = Beratungsstunde
meeting-welcome_call = Welcome Call
meeting-admin_walkthrough = Admin Walkthrough
meeting-device_walkthrough = Client/Endgeräte Walkthrough
meeting-remote_setup = Remote Einrichtung nach Zeit
meeting-training_hardware = User Training – Hardware-Endgerät
meeting-training_client = User Training – Client
meeting-training_hybrid = User Training – Hybrid
meeting-training_admin = Admin-Training
meeting-onsite_working_hours = Onsite Termin innerhalb der Arbeitszeit
meeting-onsite_outside_hours = Onsite Termin außerhalb der Arbeitszeit

allowance-pool = Schulungs- und Beratungsstunden
allowance-status_reviews = Projektstatus-Beratungen
allowance-status_meeting = Jährliches Statusmeeting
allowance-welcome_call = Welcome Call
allowance-admin_walkthrough = Admin Walkthrough
allowance-device_walkthrough = Client/Endgeräte Walkthrough
allowance-change_requests = Change Requests
allowance-support_questions = Supportfragen
allowance-training_hardware = Termine User Training – Hardware-Endgerät
allowance-training_client = Termine User Training – Client
allowance-training_hybrid = Termine User Training – Hybrid
allowance-training_admin = Termine Admin-Training
allowance-onsite_working_hours = Onsite-Tage innerhalb der Arbeitszeit
allowance-onsite_outside_hours = Onsite-Tage außerhalb der Arbeitszeit

role-account_manager = Account Manager
role-customer_success_manager = Customer Success Manager
role-support_team = Ansprechpartner im Support
role-consultant = Berater

channel-chat = Chat
channel-email = E-Mail
channel-phone = Telefon
