"""How buyers ask for each capability, in each language (written for the tests, not taken from
the bot's phrase data, so the tests check that the bot understands people)."""

from __future__ import annotations

ASK = {
    "package_info": {
        "en": "What does our package include?",
        "de": "Was ist in unserem Paket enthalten?",
        "fi": "Mitä meidän pakettiimme sisältyy?",
        "es": "¿Qué incluye nuestro paquete?",
        "nb": "Hva er inkludert i pakken vår?",
    },
    "hours_balance": {
        "en": "How many hours are still left for us?",
        "de": "Wie viele Stunden bleiben uns noch?",
        "fi": "Kuinka monta tuntia meillä on vielä jäljellä?",
        "es": "¿Cuántas horas nos siguen quedando?",
        "nb": "Hvor mange timer gjenstår for oss nå?",
    },
    "book_kickoff": {
        "en": "I'd like to book a kick-off meeting",
        "de": "Ich möchte ein Kick-off-Meeting buchen",
        "fi": "Haluaisin varata aloituspalaverin",
        "es": "Quiero reservar una reunión inicial",
        "nb": "Jeg vil gjerne bestille et oppstartsmøte",
    },
    "book_meeting": {
        "en": "Can I book a meeting?",
        "de": "Kann ich einen Termin buchen?",
        "fi": "Voinko varata tapaamisen?",
        "es": "¿Puedo reservar una reunión?",
        "nb": "Kan jeg bestille et møte?",
    },
    "list_bookings": {
        "en": "Which meetings have we booked?",
        "de": "Welche Termine haben wir gebucht?",
        "fi": "Mitkä tapaamiset meillä on varattuna?",
        "es": "¿Qué citas tenemos reservadas ahora mismo?",
        "nb": "Hvilke møter er booket for oss?",
    },
    "cancel_booking": {
        "en": "I need to cancel our meeting",
        "de": "Ich muss unseren Termin absagen",
        "fi": "Minun täytyy perua tapaamisemme",
        "es": "Necesito cancelar nuestra reunión",
        "nb": "Jeg må avlyse møtet vårt",
    },
    "return_check": {
        "en": "Can we still return order {ref}?",
        "de": "Können wir die Bestellung {ref} noch zurückgeben?",
        "fi": "Voimmeko vielä palauttaa tilauksen {ref}?",
        "es": "¿Todavía podemos devolver el pedido {ref}?",
        "nb": "Kan vi fortsatt returnere bestillingen {ref}?",
    },
    "return_any": {
        "en": "We want to send some rings back, is that still possible?",
        "de": "Wir möchten einige Ringe zurückschicken, geht das noch?",
        "fi": "Haluaisimme palauttaa muutaman sormuksen, onnistuuko se vielä?",
        "es": "Queremos devolver algunos anillos, ¿todavía es posible?",
        "nb": "Vi vil sende noen ringer i retur, går det fortsatt?",
    },
    "escalate": {
        "en": "I would like to speak to a real person please",
        "de": "Ich möchte bitte mit einem echten Menschen reden",
        "fi": "Haluaisin puhua oikean ihmisen kanssa",
        "es": "Quisiera hablar con una persona, por favor",
        "nb": "Jeg vil gjerne snakke med et menneske",
    },
    "no_access": {
        "en": "Urgent: none of us can log in anymore, we have no access",
        "de": "Dringend: keiner von uns kann sich mehr anmelden, wir haben keinen Zugang",
        "fi": "Kiireellinen: kukaan meistä ei pääse enää kirjautumaan sisään",
        "es": "Urgente: ninguno de nosotros puede iniciar sesión, no tenemos acceso",
        "nb": "Haster: ingen av oss får logget inn lenger, vi har ikke tilgang",
    },
    "help": {
        "en": "help",
        "de": "Hilfe",
        "fi": "apua",
        "es": "ayuda",
        "nb": "hjelp",
    },
    "follow_up": {
        "en": "Also, the deployment went well, thanks for asking earlier",
        "de": "Übrigens ist die Einführung gut gelaufen, danke der Nachfrage",
        "fi": "Muuten käyttöönotto sujui hyvin, kiitos kun kysyit",
        "es": "Por cierto, la implementación salió bien, gracias por preguntar",
        "nb": "Forresten gikk utrullingen bra, takk for at du spurte",
    },
}

SWITCH_TO = {
    "en": "Please answer in English from now on",
    "de": "Bitte antworte ab jetzt auf Deutsch",
    "fi": "Vastaa jatkossa suomeksi, kiitos",
    "es": "Por favor, contesta en español a partir de ahora",
    "nb": "Vær så snill å svare på norsk fra nå av",
}

LANGUAGES = ("en", "de", "fi", "es", "nb")

# The dialogue's own words: leaving a step, a bare no, an option by its place, a named time,
# a follow-up, the meeting types a second request names.
STOP = {
    "en": "never mind",
    "de": "vergiss es",
    "fi": "anna olla",
    "es": "olvídalo",
    "nb": "glem det",
}
NO = {"en": "no", "de": "nein", "fi": "ei", "es": "no", "nb": "nei"}
SECOND = {
    "en": "the second one",
    "de": "die zweite",
    "fi": "toinen",
    "es": "la segunda",
    "nb": "den andre",
}
KICKOFF_WEDNESDAY_14 = {
    "en": "Book a kick-off on Wednesday at 14:00",
    "de": "Kick-off am Mittwoch um 14 Uhr buchen",
    "fi": "Varaa aloituspalaveri keskiviikkona klo 14",
    "es": "Quiero reservar una reunión inicial el miércoles a las 14:00",
    "nb": "Bestill et oppstartsmøte onsdag klokka 14",
}
KICKOFF_SATURDAY = {
    "en": "Book a kick-off on Saturday, November 28",
    "de": "Kick-off am Samstag, 28. November buchen",
    "fi": "Varaa aloituspalaveri lauantaina 28. marraskuuta",
    "es": "Quiero reservar una reunión inicial el sábado 28 de noviembre",
    "nb": "Bestill et oppstartsmøte lørdag 28. november",
}
DEPLOYMENT = {
    "en": "Actually I want to book a deployment meeting",
    "de": "Eigentlich möchte ich ein Deployment-Meeting buchen",
    "fi": "Haluankin varata käyttöönottopalaverin",
    "es": "En realidad quiero reservar una reunión de implementación",
    "nb": "Egentlig vil jeg bestille et utrullingsmøte",
}
AND_ORDER = {
    "en": "and {ref}?",
    "de": "und was ist mit {ref}?",
    "fi": "entä {ref}?",
    "es": "¿y el {ref}?",
    "nb": "hva med {ref}?",
}
KICKOFF_IN_MARCH = {
    "en": "Book the kick-off in March",
    "de": "Kick-off im März buchen",
    "fi": "Varaa aloituspalaveri maaliskuussa",
    "es": "Quiero reservar la reunión inicial en marzo",
    "nb": "Bestill oppstartsmøtet i mars",
}
THURSDAY = {
    "en": "rather Thursday",
    "de": "lieber Donnerstag",
    "fi": "mieluummin torstaina",
    "es": "mejor el jueves",
    "nb": "heller torsdag",
}
AT_15 = {
    "en": "at 3 pm",
    "de": "um 15 Uhr",
    "fi": "klo 15",
    "es": "a las 15:00",
    "nb": "klokka 15",
}
LEAVE_CASE = {
    "en": "close my case please",
    "de": "Zurück zum Bot bitte",
    "fi": "sulje tapaukseni",
    "es": "quiero cerrar mi caso",
    "nb": "lukk saken min",
}
MENU = {"en": "menu", "de": "Menü", "fi": "valikko", "es": "menú", "nb": "meny"}
NO_ACCESS_URGENT = {
    "en": "URGENT!!! nobody can log in to the admin portal any more",
    "de": "DRINGEND!!! wir kommen nicht mehr ins Admin-Portal, keiner hat Zugriff",
    "fi": "emme pääse kirjautumaan oura teamsiin, kiireellinen",
    "es": "¡URGENTE! nadie puede entrar en el portal de administración",
    "nb": "HASTER! ingen kommer inn i adminportalen",
}
URGENT_ONLY = {
    "en": "please have someone call me back asap about the invoice",
    "de": "Bitte dringend um Rückruf wegen der Rechnung",
    "fi": "soittakaa minulle pikaisesti laskusta",
    "es": "que me llamen cuanto antes por la factura",
    "nb": "ring meg snarest angående fakturaen",
}
GREETING = {
    "en": "hello!",
    "de": "Hallo zusammen",
    "fi": "moi moi",
    "es": "¡hola!",
    "nb": "heisann!",
}
THANKS = {
    "en": "thank you, that's all",
    "de": "danke, das war's",
    "fi": "kiitos, siinä kaikki",
    "es": "gracias, eso es todo",
    "nb": "takk, det var alt",
}
# Out of scope: the weather, in each language.
WEATHER = {
    "en": "will it rain tomorrow in Berlin?",
    "de": "Wird es morgen in Hamburg regnen?",
    "fi": "Sataako huomenna Helsingissä vettä?",
    "es": "¿Va a llover mañana en Madrid?",
    "nb": "Blir det regn i Oslo i morgen?",
}
# "Next Wednesday" on a Monday: this week's or next week's? The bot asks.
KICKOFF_NEXT_WEDNESDAY = {
    "en": "Book a kick-off next Wednesday",
    "de": "Kick-off nächsten Mittwoch buchen",
    "fi": "Varaa aloituspalaveri ensi keskiviikkona",
    "es": "Quiero reservar una reunión inicial el próximo miércoles",
    "nb": "Bestill et oppstartsmøte neste onsdag",
}
# An onsite visit at a weekend and on a weekday morning.
ONSITE_SATURDAY = {
    "en": "We need a technician on site on Saturday",
    "de": "Wir brauchen einen Vor-Ort-Termin am Samstag",
    "fi": "Voisiko asentaja tulla paikan päälle lauantaina?",
    "es": "Necesitamos una visita presencial el sábado",
    "nb": "Vi trenger et besøk på stedet på lørdag",
}
ONSITE_TUESDAY_10 = {
    "en": "We need a technician on site on Tuesday at 10",
    "de": "Wir brauchen einen Vor-Ort-Termin am Dienstag um 10 Uhr",
    "fi": "Voisiko asentaja tulla paikan päälle tiistaina klo 10?",
    "es": "Necesitamos una visita presencial el martes a las 10",
    "nb": "Vi trenger et besøk på stedet tirsdag klokka 10",
}
# An onsite visit named with no request around it: the bot asks before telling the contact.
ONSITE_BARE = {
    "en": "technician onsite?",
    "de": "Vor-Ort-Besuch?",
    "fi": "asentaja paikan päälle ehkä?",
    "es": "quizás una visita in situ?",
    "nb": "tekniker på stedet?",
}
# Meant for the person on a case: never a request of the bot's.
ARE_YOU_THERE = {
    "en": "are you still there?",
    "de": "sind Sie da?",
    "fi": "oletko siellä?",
    "es": "¿sigues ahí?",
    "nb": "er du der?",
}
