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
