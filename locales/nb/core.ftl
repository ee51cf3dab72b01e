# Samtalekjernen: ugyldige meldinger, valg, identitet, språk og menyen.

turn-error = Beklager, noe gikk galt hos meg. Prøv igjen om et øyeblikk. (Referanse: { $turn })
turn-empty = Jeg fikk ingen tekst. Dette kan jeg hjelpe deg med:
turn-unreadable = Jeg klarte ikke å lese den meldingen. Skriv den som vanlig tekst.
turn-too-long = Den meldingen er for lang for meg: maks { NUMBER($max) } tegn, takk.
turn-not-understood-step = Jeg forsto ikke det svaret.
choice-stale = Det valget er ikke lenger tilgjengelig. Dette kan jeg gjøre nå:
choice-unknown = Jeg kjenner ikke igjen det valget. Velg ett av alternativene.
# A pending question stored by another version of the bot could not be read.
dialogue-reset = Beklager, jeg mistet oversikten over spørsmålet jeg hadde stilt deg (jeg ble oppdatert i mellomtiden), så jeg har lagt det til side. Hvis du fortsatt trenger det, start på nytt.
error-text-missing = Beklager, jeg kan ikke vise denne meldingen akkurat nå.

identity-not-linked =
    Hei! Jeg vet ennå ikke hvilken bedrift du jobber for, så jeg kan ikke vise noen kontoopplysninger.
    Be kontaktpersonen din hos leverandøren om å koble til kontoen din, og gi dem denne referansen: { $channel } / { $user }

language-own-name = norsk (bokmål)
language-choose = Hvilket språk vil du at jeg skal bruke?
language-option = { $name }
language-set = Greit, fra nå av svarer jeg på norsk.

thanks-reply = Bare hyggelig! Skriv når som helst hvis du trenger noe mer.
help-menu = Hei { $name }! Dette kan jeg hjelpe deg med:
help-unsure = Jeg er ikke sikker på hva du mener. Dette kan jeg hjelpe deg med:
help-which = Jeg er ikke sikker på om jeg forsto deg riktig. Mente du en av disse?
help-out-of-scope = Dessverre kan jeg ikke hjelpe med det: Jeg er supportassistenten for servicepakken deres. Dette kan jeg hjelpe med:

menu-package_info = Hva pakken min inneholder
menu-hours_balance = Brukte og gjenstående timer og møter
menu-book_meeting = Bestille et møte
menu-list_bookings = Mine bestillinger
menu-cancel_booking = Avbestille
menu-return_check = Kan jeg fortsatt returnere en ordre?
menu-escalate = Snakke med kontaktpersonen min
menu-everything = Noe annet
menu-set_language = Bytte språk

console-attachment-saved = Kalenderinvitasjon lagret: { $path }

# Shown in place of the buttons once one was pressed, so nothing is pressed twice.
choice-picked = Du valgte: { $label }

# Linking an account with an invitation link (Telegram deep links).
link-done-buyer = Velkommen, { $name }! Denne kontoen snakker nå på vegne av { $customer }.
link-done-staff = Velkommen, { $name }! Forespørsler til deg kommer hit, med knapper for å ta saken og markere den som løst.
link-code-unknown = Jeg kjenner ikke denne invitasjonen. Åpne lenken nøyaktig slik du fikk den, eller be kontaktpersonen din om en ny.
link-code-used = Denne invitasjonen er allerede brukt. Be kontaktpersonen din om en ny.
link-code-expired = Denne invitasjonen utløp { DATETIME($expired, dateStyle: "long") }. Be kontaktpersonen din om en ny.

# Chat commands, as the chat app lists them.
command-help = Hva jeg kan hjelpe deg med
command-language = Velg språket jeg svarer på
command-bookings = Møtene dine som er booket

# An option after a question was interrupted by another request.
dialogue-resume = Tilbake til mitt forrige spørsmål

# Leaving what is in progress ("stop", "never mind").
stop-done = Greit, jeg har avbrutt. Ingenting ble bestilt eller endret.
stop-nothing-open = Greit. Ingenting pågår akkurat nå. Dette kan jeg hjelpe deg med:
