"""Strings of the session journal (screens/journal.py) and its draft dialog."""

from store.vocabulary import ACTION_STATUS, COMPETENCY, PROMPT, ROLE, keyed

STRINGS = {
    "journal.howto": (
        "Je dagboek voor één sessie. Tabbladen: Sessie (de feiten), Opvolging (wat je vorige "
        "keer wou proberen), Reflectie (vijf vragen, Markdown), Acties, Evaluatie en "
        "Voorbeeld. F6 gaat naar het volgende tabblad, ctrl+s bewaart, Escape gaat terug. "
        "Terwijl je typt, wordt een concept bewaard: sluit of stopt de app onverwacht, "
        "dan ben je hoogstens de laatste halve seconde typen kwijt.",
        "Your journal for one session. Tabs: Session (the facts), Follow-up (what you meant "
        "to try last time), Reflection (five prompts, Markdown), Actions, Evaluation and "
        "Preview. F6 goes to the next tab, ctrl+s saves, Escape goes back. A draft is kept "
        "while you type: if the app is closed or stopped unexpectedly, you lose at most the "
        "last half second of typing.",
    ),
    "journal.heading.new": ("{network} · nieuwe sessie", "{network} · new session"),
    "journal.heading.edit": ("{network} · sessie {number}", "{network} · session {number}"),
    "journal.heading.private": ("privé", "private"),
    "journal.gone": (
        "Deze sessie of dit netwerk bestaat niet meer.",
        "This session or network no longer exists.",
    ),
    # Tabs
    "journal.tab.session": ("Sessie", "Session"),
    "journal.tab.followup": ("Opvolging", "Follow-up"),
    "journal.tab.reflection": ("Reflectie", "Reflection"),
    "journal.tab.actions": ("Acties", "Actions"),
    "journal.tab.evaluation": ("Evaluatie", "Evaluation"),
    "journal.tab.preview": ("Voorbeeld", "Preview"),
    # Session facts
    "journal.date": ("Datum *", "Date *"),
    "journal.date_hint": ("bv. vandaag", "e.g. today"),
    "journal.number": ("Nummer", "Number"),
    "journal.minutes": ("Tijd (minuten)", "Time (minutes)"),
    "journal.topic": ("Onderwerp", "Topic"),
    "journal.work_form": (
        "Werkvorm (bv. intervisie)",
        "Work form (e.g. peer review)",
    ),
    "journal.speaker": ("Spreker (optioneel)", "Speaker (optional)"),
    # Follow-up of the previous session
    "journal.followup.intro": (
        "Vorige sessie ({when}): wat je wou proberen en welke vragen bleven.",
        "Previous session ({when}): what you meant to try and which questions remained.",
    ),
    "journal.followup.actions": ("Acties van toen", "Actions from then"),
    "journal.followup.no_actions": ("Geen open acties.", "No open actions."),
    "journal.followup.questions": ("Vragen van toen", "Questions from then"),
    "journal.followup.outcome": (
        "Wat gebeurde er toen je het probeerde?",
        "What happened when you tried it?",
    ),
    "journal.followup.text": (
        "Opvolging: wat deed je met die acties en vragen?",
        "Follow-up: what did you do with those actions and questions?",
    ),
    # The five prompts
    **keyed("journal.prompt", PROMPT),
    "journal.markdown_hint": (
        "Markdown mag: *schuin*, **vet**, - lijstjes. Bekijk het in Voorbeeld.",
        "Markdown works: *italic*, **bold**, - lists. See it under Preview.",
    ),
    # Actions
    "journal.actions.intro": (
        "Wat ga je concreet proberen? Eén actie per regel; de status volg je later op.",
        "What exactly will you try? One action per row; follow up its status later.",
    ),
    "journal.actions.add": ("+ Actie toevoegen", "+ Add action"),
    "journal.actions.placeholder": ("Ik ga …", "I will …"),
    "journal.actions.remove": ("Verwijder deze actie", "Remove this action"),
    **keyed("journal.status", ACTION_STATUS),
    # Evaluation
    "journal.evaluation": (
        "Evaluatie van de bijeenkomst (1–5)",
        "Evaluation of the meeting (1–5)",
    ),
    "journal.eval.1": ("zwak", "poor"),
    "journal.eval.2": ("matig", "fair"),
    "journal.eval.3": ("goed", "good"),
    "journal.eval.4": ("zeer goed", "very good"),
    "journal.eval.5": ("uitstekend", "excellent"),
    "journal.evaluation_comment": ("Commentaar bij de evaluatie", "Comment on the evaluation"),
    "journal.feeling": ("Hoe voelde ik me? (optioneel)", "How did I feel? (optional)"),
    "journal.feeling.1": ("slecht", "bad"),
    "journal.feeling.2": ("niet zo goed", "not so good"),
    "journal.feeling.3": ("neutraal", "neutral"),
    "journal.feeling.4": ("goed", "good"),
    "journal.feeling.5": ("heel goed", "very good"),
    "journal.feeling.clear": ("Wis gevoel", "Clear feeling"),
    "journal.competencies": ("Competenties die aan bod kwamen", "Competencies touched"),
    **keyed("journal.competency", COMPETENCY, capital=True),
    "journal.other_competencies": (
        "Andere competenties (gescheiden door komma's)",
        "Other competencies (separated by commas)",
    ),
    "journal.tags": ("Tags (gescheiden door komma's)", "Tags (separated by commas)"),
    "journal.team_insights": (
        "Inzichten om te delen met mijn team (één per regel)",
        "Insights to share with my team (one per line)",
    ),
    "journal.private": (
        "Privé: deze sessie blijft uit team- en groei-exports",
        "Private: keep this session out of team and growth exports",
    ),
    "journal.feedback": ("Feedback bij deze sessie", "Feedback on this session"),
    "journal.feedback.none": (
        "Geen feedback gekoppeld aan deze sessie.",
        "No feedback linked to this session.",
    ),
    "journal.feedback.line": ("{date} · {name} ({role})", "{date} · {name} ({role})"),
    "journal.feedback.reaction": ("Mijn reactie", "My reaction"),
    **keyed("journal.role", ROLE),
    # Preview
    "journal.preview.title": ("Sessie {number} · {date}", "Session {number} · {date}"),
    "journal.preview.empty": ("Nog niets geschreven.", "Nothing written yet."),
    "journal.preview.actions": ("Acties", "Actions"),
    "journal.preview.follow_up": ("Opvolging vorige sessie", "Follow-up of the last session"),
    "journal.preview.evaluation": ("Evaluatie", "Evaluation"),
    "journal.preview.team_insights": ("Te delen met mijn team", "To share with my team"),
    "journal.preview.tags": ("Tags", "Tags"),
    "journal.preview.speaker": ("Spreker", "Speaker"),
    "journal.preview.minutes": ("min.", "min"),
    # Keys
    "journal.key.save.help": ("Bewaar deze sessie", "Save this session"),
    "journal.key.back.help": (
        "Terug (een concept blijft bewaard)",
        "Back (a draft is kept)",
    ),
    "journal.key.next_tab": ("Volgend tabblad", "Next tab"),
    "journal.key.next_tab.help": ("Ga naar het volgende tabblad", "Go to the next tab"),
    "journal.key.prev_tab": ("Vorig tabblad", "Previous tab"),
    "journal.key.prev_tab.help": ("Ga naar het vorige tabblad", "Go to the previous tab"),
    "journal.key.add_action": ("Actie toevoegen", "Add action"),
    "journal.key.add_action.help": (
        "Voeg een actie toe die je gaat proberen",
        "Add an action you will try",
    ),
    # Messages
    "journal.msg.saved": ("Sessie bewaard.", "Session saved."),
    "journal.msg.followup_saved": (
        "Sessie bewaard; de acties van de vorige sessie zijn bijgewerkt.",
        "Session saved; the previous session's actions were updated.",
    ),
    "journal.msg.fix": (
        "Nog niet bewaard: kijk naar de rode melding op het tabblad {tab}.",
        "Not saved yet: see the message in red on the {tab} tab.",
    ),
    "journal.msg.draft_kept": (
        "Niet bewaard, maar je concept blijft: open de sessie opnieuw om verder te gaan.",
        "Not saved, but your draft is kept: open the session again to continue.",
    ),
    "journal.msg.draft_failed": (
        "Het concept kon niet bewaard worden: {reason}.",
        "The draft could not be kept: {reason}.",
    ),
    "journal.msg.draft_restored": ("Concept teruggezet.", "Draft restored."),
    "journal.msg.draft_discarded": ("Concept weggegooid.", "Draft discarded."),
    # Draft dialog
    "journal.draft.question": (
        "Er is een niet-bewaard concept van deze sessie ({when}). Terugzetten?",
        "There is an unsaved draft of this session ({when}). Restore it?",
    ),
    "journal.draft.restore": ("Zet terug (r)", "Restore (r)"),
    "journal.draft.discard": ("Gooi weg (x)", "Discard (x)"),
    "journal.draft.key.restore": ("Zet terug", "Restore"),
    "journal.draft.key.restore.help": (
        "Zet het concept terug in het formulier",
        "Put the draft back into the form",
    ),
    "journal.draft.key.discard": ("Gooi weg", "Discard"),
    "journal.draft.key.discard.help": (
        "Gooi het concept weg en toon wat bewaard is",
        "Throw the draft away and show what is saved",
    ),
}
