# Eskalointi nimetylle yhteyshenkilölle, ostajalle ja henkilökunnalle.

escalation-created = Välitin pyyntösi yhteyshenkilölle { $contact } (tapaus { $id }). Saat vastauksen tänne.
escalation-created-team = { $contact } on poissa, joten välitin pyyntösi tiimille { $team } (tapaus { $id }). Saat vastauksen tänne.
escalation-forwarded = Lisäsin tämän tapaukseesi { $id } yhteyshenkilölle { $contact }.
escalation-claimed = { $name } otti pyyntösi hoitaakseen ja vastaa sinulle täällä.
escalation-answer = { $name }: { $text }
escalation-resolved = { $name } sulki pyyntösi. Olen taas käytettävissä, jos tarvitset jotain muuta.

escalation-new =
    Uusi pyyntö { $id }: { $buyer } ({ $customer })
    Paketti: { $packages } · Kieli: { $language } · Prioriteetti: { $priority }
    Keskustelu tähän asti:
escalation-meeting-request = Pyytää suunnittelemaan: { $meeting }.
escalation-line-buyer = › Asiakas: { $text }
escalation-line-bot = › Botti: { $text }
escalation-line-staff = › Tuki: { $text }
escalation-buyer-wrote = { $buyer } kirjoitti pyyntöön { $id }: { $text }

escalation-marked-urgent = Merkitsin tapauksen { $id } kiireelliseksi.
escalation-sent-to = Lähetetty: { $name }.
escalation-already-open = Tapauksesi { $id } ({ $contact }) on yhä auki. Kirjoita tähän, mitä haluat lisätä, tai ”sulje tapaus”, jos et enää tarvitse sitä.
escalation-left = Suljin tapauksesi { $id } ja kerroin siitä: { $contact }. Miten voin auttaa?
escalation-none-open = Sinulla ei ole nyt avointa tapausta.
escalation-buyer-left = { $buyer } sulki pyynnön { $id }: vastausta ei enää tarvita.
escalation-priority-raised = Pyyntö { $id } on nyt merkitty: { $priority }
priority-urgent = KIIREELLINEN
priority-no_access = KIIREELLINEN – ei pääsyä
priority-normal = normaali
status-open = avoin
status-claimed = käsittelyssä
status-resolved = ratkaistu
