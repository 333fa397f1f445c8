"""Strings of the generic yes/no dialog (screens/confirm.py)."""

STRINGS = {
    "confirm.key.yes.help": ("Ja, doe het", "Yes, do it"),
    "confirm.key.no.help": ("Nee, laat alles zoals het is", "No, leave everything as it is"),
    "confirm.keys": ("j/y = ja · n/Esc = nee", "y = yes · n/Esc = no"),
}
