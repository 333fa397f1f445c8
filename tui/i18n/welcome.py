"""Strings of the first-start welcome."""

STRINGS = {
    "welcome.title": ("Welkom bij leernet", "Welcome to leernet"),
    "welcome.what": (
        "leernet helpt je het meeste te halen uit een lerend netwerk.\n"
        "Ga na of je klaar bent, reflecteer na elke sessie en hou je feedback bij.\n"
        "Neem wat je leerde mee naar je team en naar je groeigesprek.",
        "leernet helps you get the most out of a learning network.\n"
        "Check you're ready, reflect after each session, keep the feedback you get.\n"
        "Take what you learned back to your team and to your growth conversation.",
    ),
    "welcome.language": ("Taal", "Language"),
    "welcome.lang.nl": ("Nederlands", "Nederlands"),
    "welcome.lang.en": ("English", "English"),
    "welcome.data": (
        "Je gegevens blijven op deze computer, in {path}",
        "Your data stays on this computer, in {path}",
    ),
    "welcome.demo": (
        "Eerst rondkijken? Start dan leernet --demo met een voorbeeldjaar.",
        "Look around first? Then start leernet --demo with a sample year.",
    ),
    "welcome.start": ("Aan de slag", "Get started"),
    "welcome.key.start": ("Aan de slag", "Get started"),
    "welcome.key.start.help": (
        "Sluit het welkom en ga naar het overzicht",
        "Close the welcome and go to the dashboard",
    ),
    "welcome.howto": (
        "Kies je taal (je kan later altijd wisselen met l) en druk op Enter om te beginnen. "
        "Op het overzicht staan dan de eerste twee stappen: de zelftest en je netwerk.",
        "Choose your language (you can always switch later with l) and press Enter to "
        "begin. The dashboard then shows the first two steps: the self-check and your "
        "network.",
    ),
}
