"""Strings of the actions area: every action item from every session in one list."""

from store.vocabulary import ACTION_STATUS, keyed

STRINGS = {
    "actions.howto": (
        "Hier staan alle acties uit je sessies: wat je wilde proberen of toepassen. Spatie "
        "zet de gekozen actie op gedaan (of terug op open), x schrapt ze, o zet ze terug "
        "open, u maakt de laatste wijziging ongedaan. Enter opent de sessie waar de actie "
        "vandaan komt. s wisselt tussen open, gedaan, geschrapt en alle; Tab gaat naar de "
        "filters.",
        "Here are all the actions from your sessions: what you meant to try or apply. Space "
        "marks the chosen action done (or open again), x drops it, o reopens it, u undoes "
        "the last change. Enter opens the session the action came from. s switches between "
        "open, done, dropped and all; Tab reaches the filters.",
    ),
    "actions.filter.status": ("Status", "Status"),
    "actions.filter.network": ("Netwerk", "Network"),
    "actions.filter.all": ("Alle", "All"),
    "actions.filter.all_networks": ("Alle netwerken", "All networks"),
    "actions.col.network": ("Netwerk", "Network"),
    "actions.col.session": ("Sessie", "Session"),
    "actions.col.action": ("Actie", "Action"),
    "actions.col.status": ("Status", "Status"),
    **keyed("actions.status", ACTION_STATUS),
    "actions.status.closed_on": ("{status} {date}", "{status} {date}"),
    "actions.session": ("{date} #{number}", "{date} #{number}"),
    "actions.summary": (
        "{open} open · {done} gedaan · {dropped} geschrapt",
        "{open} open · {done} done · {dropped} dropped",
    ),
    "actions.limited": (
        "de nieuwste {shown} van {found} getoond: kies een netwerk",
        "newest {shown} of {found} shown: choose a network",
    ),
    "actions.empty": (
        "Nog geen acties. Acties ontstaan in je sessiedagboek, bij ‘Wat ga ik proberen of "
        "toepassen?’ (toets n: netwerken, kies een sessie).",
        "No actions yet. Actions are born in your session journal, at ‘What will I try or "
        "apply?’ (key n: networks, choose a session).",
    ),
    "actions.empty_filtered": (
        "Geen acties met deze filter. s wisselt de status.",
        "No actions with this filter. s switches the status.",
    ),
    "actions.detail.outcome": ("Resultaat: {text}", "Outcome: {text}"),
    "actions.key.done": ("Gedaan", "Done"),
    "actions.key.done.help": (
        "Zet de gekozen actie op gedaan, of terug op open",
        "Mark the chosen action done, or open again",
    ),
    "actions.key.drop": ("Schrap", "Drop"),
    "actions.key.drop.help": (
        "Schrap de gekozen actie, of zet ze terug open",
        "Drop the chosen action, or open it again",
    ),
    "actions.key.reopen": ("Heropen", "Reopen"),
    "actions.key.reopen.help": ("Zet de gekozen actie terug open", "Open the chosen action again"),
    "actions.key.undo": ("Ongedaan", "Undo"),
    "actions.key.undo.help": ("Maak de laatste wijziging ongedaan", "Undo the last change"),
    "actions.key.status": ("Filter", "Filter"),
    "actions.key.status.help": (
        "Wissel de statusfilter: open, gedaan, geschrapt, alle",
        "Switch the status filter: open, done, dropped, all",
    ),
    "actions.key.open.help": (
        "Open de sessie waar deze actie vandaan komt",
        "Open the session this action came from",
    ),
    "actions.msg.done": ("Gedaan: {text}", "Done: {text}"),
    "actions.msg.dropped": ("Geschrapt: {text}", "Dropped: {text}"),
    "actions.msg.open": ("Weer open: {text}", "Open again: {text}"),
    "actions.msg.undo_hint": ("u maakt ongedaan.", "u undoes it."),
    "actions.msg.nothing_to_undo": ("Niets om ongedaan te maken.", "Nothing to undo."),
    "actions.msg.none_chosen": ("Kies eerst een actie in de lijst.", "Choose an action first."),
    "actions.msg.gone": (
        "Deze actie of sessie bestaat niet meer; de lijst is vernieuwd.",
        "This action or session no longer exists; the list was refreshed.",
    ),
    "actions.msg.journal_missing": (
        "Het sessiedagboek is in deze versie niet beschikbaar.",
        "The session journal is not available in this version.",
    ),
}
