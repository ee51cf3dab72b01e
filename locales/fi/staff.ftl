# Henkilökunnan puoli: eskaloinnit päätteessä.

staff-unknown = Tunnuksella { $handle } ei löydy henkilökunnan jäsentä.
staff-escalation-unknown = Eskalointia { $id } ei ole.
staff-escalation-resolved-already = Eskalointi { $id } on jo ratkaistu.
staff-none = Ei eskalointeja.
staff-escalation-line = #{ $id } [{ $priority }] { $status } · { $customer } · { $assignee } · { DATETIME($created, dateStyle: "medium", timeStyle: "short") }
staff-escalation-status = Tila: { $status }
staff-done-claim = Eskalointi { $id } on nyt sinun; asiakkaalle on ilmoitettu.
staff-done-reply = Vastauksesi eskalointiin { $id } on matkalla asiakkaalle.
staff-done-resolve = Eskalointi { $id } on ratkaistu; asiakkaalle on ilmoitettu.

# The staff side in a chat channel (Slack, Telegram).
staff-action-claim = Ota hoitoon
staff-action-resolve = Ratkaistu
staff-escalation-not-yours = Eskalointi { $id } kuuluu toisen palveluntarjoajan asiakkaalle.
staff-escalation-other-contact = Eskalointi { $id } on henkilön { $contact } tapaus: vain hän tai tiiminne voi käsitellä sitä.
staff-reply-empty = Tyhjää vastausta ei lähetetty. Kirjoita, mitä ostajan pitää lukea (eskalointi { $id }).
staff-chat-help =
    { $open ->
        [0] Sinulla ei ole avoimia pyyntöjä.
        [one] Sinulla on yksi avoin pyyntö.
       *[other] Sinulla on { $open } avointa pyyntöä.
    } Vastaa pyyntöön sen viestin ketjussa; siellä olevilla painikkeilla otat sen hoitoon tai merkitset ratkaistuksi.

# Told to the admin contact when a saved edit fails the check.
admin-reload-refused = Muokattuja tekstejä tai luetteloa ei ladattu ({ $errors ->
    [one] yksi virhe
   *[other] { $errors } virhettä
}; ensimmäinen: { $first }). Botti käyttää edelleen viimeisintä toimivaa versiota.
