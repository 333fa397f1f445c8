"""Strings of the readiness self-check screens (the statements themselves live in
store/selfcheck.py, because the Markdown export needs them without the UI)."""

STRINGS = {
    # Area screen: history
    "selfcheck.howto": (
        "De zelftest telt tien uitspraken uit *Netwerken is werken*. Geef elke uitspraak "
        "een score van 1 (helemaal niet) tot 5 (helemaal wel). Doe de test voor je netwerk "
        "begint, tijdens en na afloop, en vergelijk.\n\n"
        "- `t` doe de zelftest (of ga verder waar je was)\n"
        "- `Enter` open de gekozen zelftest\n"
        "- `spatie` markeer een zelftest; `v` vergelijkt de twee gemarkeerde, "
        "of de gekozen met de vorige",
        "The self-check has ten statements from the source text. Score each from 1 (not "
        "at all) to 5 (completely). Take it before your network starts, during it and "
        "after it, and compare.\n\n"
        "- `t` take the self-check (or carry on where you were)\n"
        "- `Enter` open the chosen take\n"
        "- `space` mark a take; `v` compares the two marked ones, "
        "or the chosen one with the one before it",
    ),
    "selfcheck.heading": (
        "Zelftest: ben je klaar voor je netwerk?",
        "Self-check: are you ready for your network?",
    ),
    "selfcheck.empty": (
        "Je deed de zelftest nog niet. Tien uitspraken, een paar minuten: druk op t om te beginnen.",
        "You have not taken the self-check yet. Ten statements, a few minutes: press t to start.",
    ),
    "selfcheck.draft_waiting": (
        "Een zelftest staat halfweg ({done}/{total} gescoord): druk op t om verder te gaan.",
        "A take is half-done ({done}/{total} scored): press t to carry on.",
    ),
    "selfcheck.trend": ("Verloop van het gemiddelde: {values}", "Average over time: {values}"),
    "selfcheck.col.mark": ("✓", "✓"),
    "selfcheck.col.date": ("Datum", "Date"),
    "selfcheck.col.moment": ("Moment", "Moment"),
    "selfcheck.col.network": ("Netwerk", "Network"),
    "selfcheck.col.average": ("Gemiddelde", "Average"),
    "selfcheck.col.change": ("Verschil", "Change"),
    "selfcheck.moment.before": ("vooraf", "before"),
    "selfcheck.moment.during": ("tijdens", "during"),
    "selfcheck.moment.after": ("achteraf", "after"),
    "selfcheck.key.take": ("Zelftest doen", "Take check"),
    "selfcheck.key.take.help": (
        "Begin de zelftest, of ga verder met de halve",
        "Start the self-check, or carry on with the half-done one",
    ),
    "selfcheck.key.open.help": (
        "Toon het resultaat van deze zelftest",
        "Show the result of this take",
    ),
    "selfcheck.key.mark": ("Markeer", "Mark"),
    "selfcheck.key.mark.help": (
        "Markeer een zelftest om te vergelijken (hoogstens twee)",
        "Mark a take to compare (two at most)",
    ),
    "selfcheck.key.compare": ("Vergelijk", "Compare"),
    "selfcheck.key.compare.help": (
        "Vergelijk twee zelftests naast elkaar, per uitspraak",
        "Compare two takes side by side, per statement",
    ),
    "selfcheck.key.delete.help": ("Verwijder de gekozen zelftest", "Delete the chosen take"),
    "selfcheck.key.discard": ("Concept wissen", "Discard draft"),
    "selfcheck.key.discard.help": (
        "Wis de halve zelftest en begin later opnieuw",
        "Throw away the half-done take and start afresh later",
    ),
    "selfcheck.compare.need_two": (
        "Om te vergelijken heb je minstens twee zelftests nodig.",
        "To compare, you need at least two takes.",
    ),
    "selfcheck.mark.max": (
        "Je kunt twee zelftests markeren; de oudste markering is weggehaald.",
        "You can mark two takes; the oldest mark was removed.",
    ),
    "selfcheck.discarded": ("De halve zelftest is gewist.", "The half-done take was discarded."),
    "selfcheck.deleted": ("Zelftest verwijderd.", "Take deleted."),
    "selfcheck.confirm.delete": (
        "Zelftest van {date} ({moment}) verwijderen? Dit kan niet ongedaan worden.",
        "Delete the take of {date} ({moment})? This cannot be undone.",
    ),
    "selfcheck.confirm.discard": (
        "De halve zelftest ({done}/{total} gescoord) wissen?",
        "Discard the half-done take ({done}/{total} scored)?",
    ),
    # Taking the check
    "selfcheck.take.howto": (
        "Eén uitspraak per keer. In hoeverre klopt ze voor jou?\n\n"
        "- `1`–`5` geeft een score en gaat naar de volgende open uitspraak\n"
        "- `↑`/`↓` en `Enter` of `spatie` doen hetzelfde; klikken kan ook\n"
        "- `←`/`→` (of PgUp/PgDn) bladeren terug en verder; klik op een nummer om te springen\n"
        "- `o` schrijft een notitie; `Enter` brengt je terug naar de score\n"
        "- `ctrl+s` bewaart, als alle tien gescoord zijn\n"
        "- `Escape` gaat terug: wat je al deed blijft bewaard, ook na afsluiten; stopt de "
        "app onverwacht, dan ben je hoogstens de laatste halve seconde kwijt",
        "One statement at a time. How true is it for you?\n\n"
        "- `1`–`5` scores it and moves to the next open statement\n"
        "- `↑`/`↓` and `Enter` or `space` do the same; clicking works too\n"
        "- `←`/`→` (or PgUp/PgDn) go back and forth; click a number to jump there\n"
        "- `o` writes a note; `Enter` takes you back to the score\n"
        "- `ctrl+s` saves, once all ten are scored\n"
        "- `Escape` goes back: what you did is kept, even after closing the app; if the "
        "app stops unexpectedly, you lose at most the last half second",
    ),
    "selfcheck.take.lead": (
        "Ga op voorhand bij jezelf na: in hoeverre klopt dit voor jou?",
        "Check with yourself beforehand: how true is this for you?",
    ),
    "selfcheck.take.progress": ("Uitspraak {n}/{total}", "Statement {n}/{total}"),
    "selfcheck.take.scored": ("{done} van {total} gescoord", "{done} of {total} scored"),
    "selfcheck.take.finish_step": ("Afronden", "Finish"),
    "selfcheck.take.note": ("Notitie (optioneel)", "Note (optional)"),
    "selfcheck.take.note_placeholder": (
        "waarom deze score? een voorbeeld…",
        "why this score? an example…",
    ),
    "selfcheck.take.scale": ("Score", "Score"),
    "selfcheck.take.previous": ("← Vorige", "← Previous"),
    "selfcheck.take.next": ("Volgende →", "Next →"),
    "selfcheck.key.score": ("score", "score"),
    "selfcheck.key.score.help": (
        "Geef deze uitspraak een score en ga verder",
        "Score this statement and move on",
    ),
    "selfcheck.key.previous": ("Vorige", "Previous"),
    "selfcheck.key.previous.help": ("Ga naar de vorige uitspraak", "Go to the previous statement"),
    "selfcheck.key.next": ("Volgende", "Next"),
    "selfcheck.key.next.help": ("Ga naar de volgende uitspraak", "Go to the next statement"),
    "selfcheck.key.note": ("Notitie", "Note"),
    "selfcheck.key.note.help": (
        "Schrijf een notitie bij deze uitspraak",
        "Write a note with this statement",
    ),
    "selfcheck.key.finish": ("Afronden", "Finish"),
    "selfcheck.key.finish.help": ("Ga naar het afronden en bewaren", "Go to finishing and saving"),
    "selfcheck.key.save.help": ("Bewaar de volledige zelftest", "Save the complete take"),
    "selfcheck.key.leave.help": (
        "Terug; de halve zelftest blijft bewaard",
        "Back; the half-done take is kept",
    ),
    "selfcheck.finish.title": ("Afronden", "Finish"),
    "selfcheck.finish.all_scored": (
        "Alle tien uitspraken zijn gescoord. Gemiddelde: {avg}.",
        "All ten statements are scored. Average: {avg}.",
    ),
    "selfcheck.finish.missing": ("Nog niet gescoord: {labels}.", "Not scored yet: {labels}."),
    "selfcheck.finish.goto_missing": (
        "Naar de eerste open uitspraak",
        "Go to the first open statement",
    ),
    "selfcheck.finish.moment": ("Wanneer doe je deze zelftest?", "When are you taking this check?"),
    "selfcheck.finish.network": ("Netwerk (optioneel)", "Network (optional)"),
    "selfcheck.finish.no_network": ("geen netwerk", "no network"),
    "selfcheck.finish.date": ("Datum", "Date"),
    "selfcheck.finish.save": ("Bewaar zelftest", "Save take"),
    "selfcheck.err.incomplete": (
        "Score eerst alle tien uitspraken (nog open: {count}).",
        "Score all ten statements first ({count} still open).",
    ),
    "selfcheck.err.date": (
        "Geen datum die ik ken: typ bv. 28-11-2026 of vandaag.",
        "Not a date I understand: type e.g. 2026-11-28 or today.",
    ),
    "selfcheck.err.future": ("Die datum ligt in de toekomst.", "That date is in the future."),
    "selfcheck.left_draft": (
        "De halve zelftest is bewaard: druk op t om verder te gaan.",
        "The half-done take is kept: press t to carry on.",
    ),
    "selfcheck.saved": ("Zelftest bewaard.", "Take saved."),
    # Result
    "selfcheck.result.title": ("Resultaat", "Result"),
    "selfcheck.result.heading": (
        "Zelftest van {date} — {moment}",
        "Self-check of {date} — {moment}",
    ),
    "selfcheck.result.network": ("Netwerk: {name}", "Network: {name}"),
    "selfcheck.result.average": ("Gemiddelde: {avg} op 5", "Average: {avg} out of 5"),
    "selfcheck.result.since": (
        "Sinds de vorige zelftest ({date}): {delta}",
        "Since the previous take ({date}): {delta}",
    ),
    "selfcheck.result.first": (
        "Dit is je eerste zelftest: doe ze later opnieuw en vergelijk.",
        "This is your first take: take it again later and compare.",
    ),
    "selfcheck.result.strengths": ("Sterktes (4–5)", "Strengths (4–5)"),
    "selfcheck.result.no_strengths": (
        "Nog geen uitspraak met 4 of 5.",
        "No statement scored 4 or 5 yet.",
    ),
    "selfcheck.result.growth": ("Groeipunten (1–2)", "Growth points (1–2)"),
    "selfcheck.result.no_growth": ("Geen uitspraak met 1 of 2.", "No statement scored 1 or 2."),
    "selfcheck.result.tip": ("Tip: {tip}", "Tip: {tip}"),
    "selfcheck.result.changes": (
        "Wat veranderde sinds de vorige keer",
        "What changed since last time",
    ),
    "selfcheck.result.no_changes": ("Geen enkele score veranderde.", "No score changed."),
    "selfcheck.result.all": ("Alle uitspraken", "All statements"),
    "selfcheck.result.note": ("notitie: {note}", "note: {note}"),
    "selfcheck.key.compare_previous": ("Vergelijk", "Compare"),
    "selfcheck.key.compare_previous.help": (
        "Vergelijk met de vorige zelftest",
        "Compare with the previous take",
    ),
    "selfcheck.result.no_previous": ("Er is geen vorige zelftest.", "There is no previous take."),
    # Compare
    "selfcheck.compare.heading": ("{earlier} → {later}", "{earlier} → {later}"),
    "selfcheck.compare.col.statement": ("Uitspraak", "Statement"),
    "selfcheck.compare.col.change": ("Verschil", "Change"),
    "selfcheck.compare.average": ("Gemiddelde", "Average"),
    "selfcheck.compare.summary": (
        "{up} hoger, {down} lager, {same} gelijk.",
        "{up} up, {down} down, {same} unchanged.",
    ),
}
