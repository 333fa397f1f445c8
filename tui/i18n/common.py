"""Strings shared by the whole app: title, navigation, keys, generic messages."""

STRINGS = {
    "app.title": ("leernet", "leernet"),
    "app.subtitle": ("je lerend netwerk", "your learning network"),
    "app.demo": ("demo", "demo"),
    # `--network NAME` on the command line (tui/network_option.py)
    "cli.network_unknown": (
        "Er is geen netwerk „{name}”; bekende netwerken: {names}.",
        "There is no network called “{name}”; known networks: {names}.",
    ),
    "cli.network_ambiguous": (
        "„{name}” past bij meer dan één netwerk ({names}); typ de naam voluit.",
        "“{name}” matches more than one network ({names}); type the full name.",
    ),
    "app.data_unreadable": (
        "Het gegevensbestand {path} kon niet gelezen worden: het is beschadigd. Start "
        "leernet opnieuw om een reservekopie terug te zetten.",
        "The data file {path} could not be read: it is damaged. Start leernet again to "
        "restore a backup.",
    ),
    # Areas (navigation bar, command palette, help)
    "nav.dashboard": ("Overzicht", "Dashboard"),
    "nav.selfcheck": ("Zelftest", "Self-check"),
    "nav.networks": ("Netwerken", "Networks"),
    "nav.feedback": ("Feedback", "Feedback"),
    "nav.actions": ("Acties", "Actions"),
    "nav.search": ("Zoeken", "Search"),
    "nav.export": ("Export", "Export"),
    "nav.help": ("Help", "Help"),
    "nav.dashboard.help": ("Ga naar het overzicht", "Go to the dashboard"),
    "nav.selfcheck.help": ("Doe of bekijk de zelftest", "Take or review the self-check"),
    "nav.networks.help": ("Netwerken en sessiedagboek", "Networks and the session journal"),
    "nav.feedback.help": ("Open het feedbacklogboek", "Open the feedback log"),
    "nav.actions.help": ("Alle acties uit je sessies", "All actions from your sessions"),
    "nav.search.help": ("Zoek in dagboek en feedback", "Search journal and feedback"),
    "nav.export.help": ("Exporteer naar Markdown", "Export to Markdown"),
    # Global keys (footer / palette descriptions)
    "key.help": ("Help", "Help"),
    "key.help.help": ("Toon de toetsen en een korte uitleg", "Show the keys and a short how-to"),
    "key.language": ("Taal", "Language"),
    "key.language.help": ("Wissel tussen Nederlands en Engels", "Switch between Dutch and English"),
    "key.quit": ("Stop", "Quit"),
    "key.quit.help": ("Sluit leernet af", "Close leernet"),
    "palette": ("palet", "palette"),
    "key.back": ("Terug", "Back"),
    "key.close": ("Sluit", "Close"),
    "key.save": ("Bewaar", "Save"),
    "key.cancel": ("Annuleer", "Cancel"),
    "key.new": ("Nieuw", "New"),
    "key.edit": ("Bewerk", "Edit"),
    "key.delete": ("Verwijder", "Delete"),
    "key.open": ("Open", "Open"),
    # Generic messages
    "msg.language_set": ("Taal: Nederlands", "Language: English"),
    "msg.saved": ("Bewaard.", "Saved."),
    "msg.write_failed": (
        "Bewaren lukte niet: {reason}. Wat je typte staat er nog; probeer opnieuw.",
        "Could not save: {reason}. What you typed is still here; try again.",
    ),
    "msg.yes": ("Ja", "Yes"),
    "msg.no": ("Nee", "No"),
    "msg.none": ("geen", "none"),
    "lang.nl": ("Nederlands", "Dutch"),
    "lang.en": ("Engels", "English"),
    # Help screen
    "help.title": ("Help", "Help"),
    "help.keys_here": ("Toetsen op dit scherm", "Keys on this screen"),
    "help.keys_global": ("Overal", "Everywhere"),
    "help.palette": (
        "ctrl+p opent het commandopalet: daar vind je elke actie.",
        "ctrl+p opens the command palette: every action is there.",
    ),
    "help.close": ("Sluit met Escape.", "Close with Escape."),
    # Command line (one sentence each)
    "cli.error": ("leernet: {message}", "leernet: {message}"),
}
