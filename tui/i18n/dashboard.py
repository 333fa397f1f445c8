"""Strings of the dashboard."""

STRINGS = {
    "dashboard.howto": (
        "Het overzicht toont wat aandacht vraagt: je actieve netwerken, sessies zonder "
        "reflectie, open acties en feedback, en je laatste zelftest. Klik op een regel of "
        "gebruik de toetsen bovenaan om er naartoe te gaan.",
        "The dashboard shows what needs attention: your active networks, sessions without "
        "a reflection, open actions and feedback, and your latest self-check. Click a line "
        "or use the keys at the top to go there.",
    ),
    "dashboard.title": ("Wat aandacht vraagt", "What needs attention"),
    "dashboard.hint": (
        "Pijltjes kiezen, Enter of een klik opent. ? toont alle toetsen.",
        "Arrows choose, Enter or a click opens. ? shows every key.",
    ),
    "dashboard.key.open.help": ("Open het gekozen item", "Open the chosen item"),
    "dashboard.key.refresh": ("Vernieuw", "Refresh"),
    "dashboard.key.refresh.help": ("Lees de gegevens opnieuw", "Read the data again"),
    "dashboard.active_networks": ("Actieve netwerken", "Active networks"),
    "dashboard.no_active": ("Geen actief netwerk.", "No active network."),
    "dashboard.progress.other": (
        "{held} van {count} sessies",
        "{held} of {count} sessions",
    ),
    "dashboard.progress.one": ("{held} van 1 sessie", "{held} of 1 session"),
    # A network without a planned number of sessions: how many were held.
    "dashboard.held.other": ("{count} sessies", "{count} sessions"),
    "dashboard.held.one": ("1 sessie", "1 session"),
    "dashboard.next": ("volgende {date}", "next {date}"),
    "dashboard.unreflected": (
        "Sessies zonder reflectie: {count}",
        "Sessions without a reflection: {count}",
    ),
    "dashboard.unreflected_none": (
        "Elke sessie heeft een reflectie.",
        "Every session has a reflection.",
    ),
    "dashboard.more": (
        "… en nog {count} (netwerken, toets n)",
        "… and {count} more (networks, key n)",
    ),
    "dashboard.overdue_feedback.other": (
        "{count} wachten al meer dan 30 dagen",
        "{count} waiting over 30 days",
    ),
    "dashboard.overdue_feedback.one": (
        "1 wacht al meer dan 30 dagen",
        "1 waiting over 30 days",
    ),
    "dashboard.selfcheck_none": (
        "Nog geen zelftest: ben je klaar om te leren in een netwerk?",
        "No self-check yet: are you ready to learn in a network?",
    ),
    "dashboard.selfcheck_change": ("{change} t.o.v. de vorige", "{change} since the last"),
    "dashboard.journal_missing": (
        "Het sessiedagboek is in deze versie niet beschikbaar.",
        "The session journal is not available in this version.",
    ),
    "dashboard.open_actions": ("Open acties: {count}", "Open actions: {count}"),
    "dashboard.open_feedback": ("Open feedback: {count}", "Open feedback: {count}"),
    "dashboard.selfcheck_avg": (
        "Laatste zelftest: gemiddeld {avg} op 5",
        "Latest self-check: average {avg} out of 5",
    ),
    "dashboard.empty.title": ("Welkom bij leernet", "Welcome to leernet"),
    "dashboard.empty.intro": (
        "Hier bereid je je deelname aan een lerend netwerk voor, reflecteer je na elke "
        "sessie en neem je wat je leerde mee naar je team en je groeigesprek. Begin met de "
        "zelftest en voeg dan je netwerk toe: kies hieronder en druk op Enter.",
        "Here you prepare for a learning network, reflect after every session, and bring "
        "what you learned back to your team and your growth conversation. Begin with the "
        "self-check, then add your network: choose below and press Enter.",
    ),
    "dashboard.empty.step_selfcheck": (
        "Doe de zelftest: ben je klaar om te leren in een netwerk? (toets c)",
        "Take the self-check: are you ready to learn in a network? (key c)",
    ),
    "dashboard.empty.step_network": (
        "Voeg je netwerk toe en plan de sessies (toets n)",
        "Add your network and plan its sessions (key n)",
    ),
    "dashboard.empty.keys": (
        "? toont de toetsen, ctrl+p het commandopalet, l wisselt de taal.",
        "? shows the keys, ctrl+p the command palette, l switches language.",
    ),
}
