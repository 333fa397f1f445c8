"""Strings of the networks area: the list, one network's page and the network form."""

from store.vocabulary import NETWORK_KIND, NETWORK_STATUS, keyed

STRINGS = {
    "networks.howto": (
        "Hier staan je lerende netwerken, actieve eerst. Enter opent een netwerk met zijn "
        "sessies en geplande data; n maakt een nieuw netwerk, F2 bewerkt het, x sluit of "
        "heropent het. In een netwerk schrijf je met n een nieuwe sessie in je dagboek.",
        "Your learning networks, active ones first. Enter opens a network with its sessions "
        "and planned dates; n adds a network, F2 edits it, x closes or reopens it. Inside a "
        "network, n writes a new session in your journal.",
    ),
    "networks.title": ("Mijn lerende netwerken", "My learning networks"),
    "networks.empty": (
        "Nog geen netwerk. Druk op n om je eerste lerend netwerk toe te voegen.",
        "No network yet. Press n to add your first learning network.",
    ),
    "networks.col.name": ("Naam", "Name"),
    "networks.col.kind": ("Soort", "Kind"),
    "networks.col.start": ("Start", "Start"),
    "networks.col.sessions": ("Sessies", "Sessions"),
    "networks.col.status": ("Status", "Status"),
    **keyed("networks.kind", NETWORK_KIND),
    "networks.kind.internal.long": (
        "Intern (eigen organisatie)",
        "Internal (own organisation)",
    ),
    "networks.kind.external.long": (
        "Extern (tussen organisaties)",
        "External (between organisations)",
    ),
    **keyed("networks.status", NETWORK_STATUS),
    "networks.closed_mark": ("✕ afgesloten", "✕ closed"),
    "networks.key.open": ("Open", "Open"),
    "networks.key.open.help": (
        "Open het netwerk en zijn sessies",
        "Open the network and its sessions",
    ),
    "networks.key.new": ("Nieuw netwerk", "New network"),
    "networks.key.new.help": ("Voeg een lerend netwerk toe", "Add a learning network"),
    "networks.key.edit": ("Bewerk", "Edit"),
    "networks.key.edit.help": ("Bewerk het gekozen netwerk", "Edit the selected network"),
    "networks.key.toggle": ("Sluit/heropen", "Close/reopen"),
    "networks.key.toggle.help": (
        "Sluit het netwerk af of heropen het",
        "Close the network or reopen it",
    ),
    "networks.msg.closed": ("'{name}' is afgesloten.", "'{name}' is closed."),
    "networks.msg.reopened": ("'{name}' is weer actief.", "'{name}' is active again."),
    "networks.msg.none_selected": ("Kies eerst een netwerk.", "Select a network first."),
    # One network's page
    "networks.detail.howto": (
        "De pagina van één netwerk: wat het is, je sessies (met of zonder reflectie) en de "
        "geplande data volgens start en ritme. n schrijft een nieuwe sessie, Enter opent er "
        "een, Delete verwijdert er een (na een vraag), F2 bewerkt het netwerk.",
        "One network's page: what it is, your sessions (reflected or not) and the planned "
        "dates from start and cadence. n writes a new session, Enter opens one, Delete "
        "removes one (after asking), F2 edits the network.",
    ),
    "networks.detail.organiser": ("Organisator", "Organiser"),
    "networks.detail.period": ("Periode", "Period"),
    "networks.detail.cadence": (
        "{planned} sessies, om de {weeks} weken",
        "{planned} sessions, every {weeks} weeks",
    ),
    "networks.detail.planned_only": ("{planned} sessies gepland", "{planned} sessions planned"),
    "networks.detail.purpose": ("Doel", "Purpose"),
    "networks.detail.goals": ("Mijn leerdoelen", "My learning goals"),
    "networks.detail.sessions": ("Sessies", "Sessions"),
    "networks.detail.no_sessions": (
        "Nog geen sessie. Druk op n om je eerste sessie te beschrijven.",
        "No session yet. Press n to write about your first session.",
    ),
    "networks.detail.planned": ("Gepland", "Planned"),
    "networks.detail.no_planned": (
        "Vul start, aantal sessies en ritme in om de data te zien.",
        "Fill in start, number of sessions and cadence to see the dates.",
    ),
    "networks.detail.gone": ("Dit netwerk bestaat niet meer.", "This network no longer exists."),
    "networks.col.date": ("Datum", "Date"),
    "networks.col.number": ("Nr", "No"),
    "networks.col.topic": ("Onderwerp", "Topic"),
    "networks.col.reflected": ("Reflectie", "Reflection"),
    "networks.reflected.yes": ("✓ ja", "✓ yes"),
    "networks.reflected.no": ("– nog niet", "– not yet"),
    "networks.private_mark": ("privé", "private"),
    "networks.key.new_session": ("Nieuwe sessie", "New session"),
    "networks.key.new_session.help": (
        "Schrijf een nieuwe sessie in je dagboek",
        "Write a new session in your journal",
    ),
    "networks.key.open_session": ("Open sessie", "Open session"),
    "networks.key.open_session.help": ("Open de gekozen sessie", "Open the selected session"),
    "networks.key.edit_network.help": ("Bewerk dit netwerk", "Edit this network"),
    "networks.key.delete_session": ("Verwijder sessie", "Delete session"),
    "networks.key.delete_session.help": (
        "Verwijder de gekozen sessie (na een vraag)",
        "Delete the selected session (after asking)",
    ),
    "networks.delete_session.question": (
        "Sessie {number} van {date} en alles wat je erover schreef definitief verwijderen?",
        "Delete session {number} of {date} and everything you wrote about it for good?",
    ),
    "networks.delete_session.yes": ("Ja, verwijder", "Yes, delete"),
    "networks.delete_session.no": ("Nee, houd", "No, keep"),
    "networks.msg.session_deleted": ("Sessie verwijderd.", "Session deleted."),
    # The form
    "networks.form.new_title": ("Nieuw lerend netwerk", "New learning network"),
    "networks.form.edit_title": ("Netwerk bewerken", "Edit network"),
    "networks.form.howto": (
        "Vul in wat je weet; alleen de naam is verplicht. Data typ je als 27-11-2026, "
        "27/11/2026, 2026-11-27 of 'vandaag'. Leerdoelen: één per regel. Deelnemers: één per "
        "regel, als Naam (rol); hun namen komen nooit in een team- of groei-export, daar staat "
        "hun rol. Bewaar met ctrl+s, Escape gaat terug. Terwijl je typt, wordt een concept "
        "bewaard: sluit of stopt de app onverwacht, dan ben je hoogstens de laatste halve "
        "seconde typen kwijt; open je het formulier opnieuw, dan krijg je het concept terug.",
        "Fill in what you know; only the name is required. Type dates as 27-11-2026, "
        "27/11/2026, 2026-11-27 or 'today'. Learning goals: one per line. Participants: one "
        "per line, as Name (role); their names never reach a team or growth export, their "
        "role does. Save with ctrl+s, Escape goes back. While you type, a draft is kept: if "
        "the app is closed or stopped unexpectedly, you lose at most the last half second of "
        "typing; opening the form again offers the draft back.",
    ),
    "networks.draft.question": (
        "Er is een niet-bewaard concept van dit netwerk ({when}). Terugzetten?",
        "There is an unsaved draft of this network ({when}). Restore it?",
    ),
    "networks.form.name": ("Naam *", "Name *"),
    "networks.form.kind": ("Soort netwerk", "Kind of network"),
    "networks.form.organiser": (
        "Organisator (bv. sectorfonds, HR)",
        "Organiser (e.g. sector fund, HR)",
    ),
    "networks.form.purpose": ("Doel van het netwerk", "Purpose of the network"),
    "networks.form.goals": ("Mijn leerdoelen (één per regel)", "My learning goals (one per line)"),
    "networks.form.participants": (
        "Deelnemers (één per regel: Naam (rol))",
        "Participants (one per line: Name (role))",
    ),
    "networks.form.start": ("Startdatum", "Start date"),
    "networks.form.end": ("Einddatum", "End date"),
    "networks.form.planned": ("Aantal sessies", "Number of sessions"),
    "networks.form.cadence": ("Om de … weken", "Every … weeks"),
    "networks.form.date_hint": ("bv. 27-11-2026", "e.g. 2026-11-27"),
    "networks.form.saved": ("Netwerk '{name}' bewaard.", "Network '{name}' saved."),
    "networks.form.fix": (
        "Nog niet bewaard: kijk naar de rode meldingen.",
        "Not saved yet: see the messages in red.",
    ),
    "networks.form.leave": (
        "Je wijzigingen aan dit netwerk zijn niet bewaard. Toch teruggaan?",
        "Your changes to this network are not saved. Go back anyway?",
    ),
    "networks.form.leave_yes": ("Ja, niet bewaren", "Yes, don't save"),
    "networks.form.leave_no": ("Nee, blijf", "No, stay"),
    # Error codes (store/networks.py and store/journal.py)
    "networks.error.required": ("Dit veld is verplicht.", "This field is required."),
    "networks.error.bad_date": (
        "Geen geldige datum: typ bv. 27-11-2026, 27/11/2026 of vandaag.",
        "Not a valid date: type e.g. 2026-11-27, 27/11/2026 or today.",
    ),
    "networks.error.end_before_start": (
        "Het einde ligt vóór de start.",
        "The end is before the start.",
    ),
    "networks.error.not_positive_int": (
        "Typ een geheel getal groter dan 0.",
        "Type a whole number greater than 0.",
    ),
    "networks.error.too_large": ("Dat getal is te groot.", "That number is too large."),
    "networks.error.out_of_range": ("Kies 1 tot 5.", "Choose 1 to 5."),
}
