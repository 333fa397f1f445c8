"""Strings of the feedback log: the list and the entry form."""

from store.vocabulary import FEEDBACK_STATUS, ROLE, keyed

STRINGS = {
    "feedback.howto": (
        "Het feedbacklogboek bewaart wat anderen je zeiden en wat je ermee doet. Feedback "
        "die langer dan 30 dagen open staat, krijgt een ⚑: tijd om er iets mee te doen. "
        "De naam van wie je feedback gaf blijft in de app; een groei-export toont alleen "
        "de rol, een team-export toont geen feedback. Klik een rij twee keer of druk Enter "
        "om te bewerken. Terwijl je in het formulier typt, wordt een concept bewaard: sluit "
        "of stopt de app onverwacht, dan ben je hoogstens de laatste halve seconde typen "
        "kwijt; open je het formulier opnieuw, dan krijg je het concept terug.",
        "The feedback log keeps what others told you and what you do with it. Feedback "
        "still open after 30 days gets a ⚑: time to act on it. The name of whoever gave "
        "it stays in the app; a growth export shows only the role, a team export shows no "
        "feedback. Click a row twice or press Enter to edit. While you type in the form, a "
        "draft is kept: if the app is closed or stopped unexpectedly, you lose at most the "
        "last half second of typing; opening the form again offers the draft back.",
    ),
    "feedback.draft.question": (
        "Er is een niet-bewaard concept van deze feedback ({when}). Terugzetten?",
        "There is an unsaved draft of this feedback ({when}). Restore it?",
    ),
    # Keys
    "feedback.key.new.help": ("Noteer nieuwe feedback", "Log new feedback"),
    "feedback.key.edit.help": ("Bewerk de gekozen feedback", "Edit the selected feedback"),
    "feedback.key.status": ("Status", "Status"),
    "feedback.key.status.help": (
        "Zet de status verder: open → uitproberen → toegepast → opzijgelegd",
        "Move the status on: open → trying out → applied → set aside",
    ),
    "feedback.key.delete.help": ("Verwijder de gekozen feedback", "Delete the selected feedback"),
    "feedback.key.undo": ("Herstel", "Undo"),
    "feedback.key.undo.help": (
        "Zet de laatst verwijderde feedback terug",
        "Bring back the feedback deleted last",
    ),
    "feedback.key.session": ("Sessie", "Session"),
    "feedback.key.session.help": (
        "Open de sessie waar deze feedback bij hoort",
        "Open the session this feedback belongs to",
    ),
    "feedback.key.filter": ("Filter", "Filter"),
    "feedback.key.filter.help": (
        "Ga naar de filters op status en netwerk",
        "Go to the status and network filters",
    ),
    "feedback.key.save.help": ("Bewaar deze feedback", "Save this feedback"),
    "feedback.key.cancel.help": (
        "Terug naar de lijst zonder te bewaren",
        "Back to the list without saving",
    ),
    # Roles and statuses
    **keyed("feedback.role", ROLE),
    **keyed("feedback.status", FEEDBACK_STATUS),
    # List
    "feedback.filter.all_statuses": ("Alle statussen", "All statuses"),
    "feedback.filter.all_networks": ("Alle netwerken", "All networks"),
    "feedback.summary": ("{open} open", "{open} open"),
    "feedback.summary.overdue": (
        "⚑ {count} langer dan 30 dagen open",
        "⚑ {count} open for over 30 days",
    ),
    "feedback.summary.shown": ("{shown} van {total} getoond", "showing {shown} of {total}"),
    "feedback.summary.newest": (
        "de nieuwste {shown} van {total}; filter voor oudere",
        "the newest {shown} of {total}; filter for older ones",
    ),
    "feedback.col.date": ("Datum", "Date"),
    "feedback.col.status": ("Status", "Status"),
    "feedback.col.from": ("Van", "From"),
    "feedback.col.said": ("Wat er gezegd werd", "What was said"),
    "feedback.waiting_days": ("open ⚑ {days}d", "open ⚑ {days}d"),
    "feedback.empty": (
        "Nog geen feedback. Druk **+** om te noteren wat iemand je zei — en wat je ermee doet.",
        "No feedback yet. Press **+** to note what someone told you — and what you will do "
        "with it.",
    ),
    "feedback.empty_filtered": (
        "Geen feedback met deze filters.",
        "No feedback matches these filters.",
    ),
    "feedback.detail.said": ("Wat er gezegd werd", "What was said"),
    "feedback.detail.reaction": ("Mijn reactie", "My reaction"),
    "feedback.detail.plan": ("Wat ik ermee doe", "What I will do with it"),
    "feedback.detail.more": (
        "… nog {count} tekens: Enter opent de volledige tekst",
        "… {count} more characters: Enter opens the whole text",
    ),
    "feedback.detail.nothing": ("nog niets genoteerd", "nothing noted yet"),
    "feedback.detail.overdue": (
        "⚑ Staat al {days} dagen open: probeer het uit, pas het toe of leg het bewust opzij.",
        "⚑ Open for {days} days: try it out, apply it, or set it aside on purpose.",
    ),
    "feedback.detail.private": ("privé", "private"),
    "feedback.detail.open_session": ("o opent de sessie", "o opens the session"),
    "feedback.detail.session": ("sessie {label}", "session {label}"),
    "feedback.deleted": (
        "Feedback verwijderd. Druk u om ze terug te zetten.",
        "Feedback deleted. Press u to bring it back.",
    ),
    "feedback.restored": ("Feedback teruggezet.", "Feedback restored."),
    "feedback.nothing_to_undo": ("Er is niets om terug te zetten.", "Nothing to undo."),
    "feedback.nothing_selected": ("Kies eerst een rij in de lijst.", "Select a row first."),
    "feedback.status_set": ("Status: {status}", "Status: {status}"),
    "feedback.confirm_delete": (
        "Deze feedback van {who} ({date}) verwijderen?",
        "Delete this feedback from {who} ({date})?",
    ),
    "feedback.confirm_delete.yes": ("Verwijder", "Delete"),
    "feedback.confirm_delete.no": ("Niet verwijderen", "Keep it"),
    "feedback.no_session": (
        "Deze feedback hangt niet aan een sessie.",
        "This feedback is not linked to a session.",
    ),
    "feedback.session_gone": (
        "De gekoppelde sessie bestaat niet meer.",
        "The linked session no longer exists.",
    ),
    "feedback.journal_missing": (
        "Het sessiedagboek is nog niet beschikbaar.",
        "The session journal is not available yet.",
    ),
    # Form
    "feedback.form.title_new": ("Nieuwe feedback", "New feedback"),
    "feedback.form.title_edit": ("Feedback bewerken", "Edit feedback"),
    "feedback.form.date": ("Datum", "Date"),
    "feedback.form.date_placeholder": ("vandaag, 27/11/2026", "today, 27/11/2026"),
    "feedback.form.name": ("Van wie (blijft privé)", "From whom (stays private)"),
    "feedback.form.name_placeholder": ("naam", "name"),
    "feedback.form.role": ("Rol", "Role"),
    "feedback.form.network": ("Netwerk", "Network"),
    "feedback.form.session": ("Sessie", "Session"),
    "feedback.form.no_network": ("geen netwerk", "no network"),
    "feedback.form.no_session": ("geen sessie", "no session"),
    "feedback.form.session_option": ("{number}{date} {topic}", "{number}{date} {topic}"),
    "feedback.form.said": ("Wat er gezegd werd (Markdown)", "What was said (Markdown)"),
    "feedback.form.reaction": ("Mijn reactie", "My reaction"),
    "feedback.form.plan": ("Wat ik ermee ga doen", "What I will do with it"),
    "feedback.form.status": ("Status", "Status"),
    "feedback.form.private": ("Privé", "Private"),
    "feedback.form.private_hint": (
        "niet in team- of groei-export",
        "not in team or growth export",
    ),
    "feedback.form.discard": (
        "Je wijzigingen aan deze feedback weggooien?",
        "Discard your changes to this feedback?",
    ),
    "feedback.form.discard.yes": ("Weggooien", "Discard"),
    "feedback.form.discard.no": ("Verder bewerken", "Keep editing"),
    "feedback.form.fix_errors": (
        "Nog niet bewaard: zie de melding bij het veld.",
        "Not saved yet: see the message by the field.",
    ),
    # Bad input (next to the field; the date field is narrow, so these stay short)
    "feedback.error.date_empty": (
        "Vul een datum in, bv. vandaag.",
        "Enter a date, e.g. today.",
    ),
    "feedback.error.date_unreadable": (
        "Onleesbare datum. Probeer 27/11/2026 of vandaag.",
        "Cannot read this date. Try 27/11/2026 or today.",
    ),
    "feedback.error.date_future": (
        "Die datum ligt in de toekomst; kies vandaag of eerder.",
        "That date is in the future; use today or earlier.",
    ),
    "feedback.error.said_empty": (
        "Schrijf op wat er gezegd werd; dat is de kern van de feedback.",
        "Write down what was said; it is the heart of the feedback.",
    ),
    "feedback.error.role_unknown": ("Kies een rol.", "Choose a role."),
    "feedback.error.status_unknown": ("Kies een status.", "Choose a status."),
    "feedback.error.session_without_network": (
        "Kies eerst het netwerk van deze sessie.",
        "Choose the network of this session first.",
    ),
}
