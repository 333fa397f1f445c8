"""The words of the Markdown exports, in Dutch and English.

They live in store/, not in the UI's i18n tables, because the command line writes exports
without starting Textual. Same shape as the UI tables: `key: (Nederlands, English)`,
`str.format` fields with the same names in both languages (a test checks this).

The domain's words (statuses, roles, competencies, the reflection prompts) are not
written here but taken from store/vocabulary.py, which the app's tables use too. A count
with its noun is a `key.one` / `key.other` pair, read with `counted` (store/plural.py).
"""

from __future__ import annotations

from store import vocabulary
from store.plural import plural_text
from store.vocabulary import PROMPT

LANGS = ("nl", "en")

TEXTS: dict[str, tuple[str, str]] = {
    # -- shared ------------------------------------------------------------------------
    "person": ("{person}", "{person}"),
    "period": ("Periode: {period}", "Period: {period}"),
    "period.range": ("{since} – {until}", "{since} – {until}"),
    "period.since": ("vanaf {since}", "from {since}"),
    "period.until": ("tot en met {until}", "up to {until}"),
    "period.all": ("alles tot nu", "everything so far"),
    "made_on": ("gemaakt op {date}", "made on {date}"),
    "network.internal": ("intern netwerk", "internal network"),
    "network.external": ("extern netwerk", "external network"),
    "network.unassigned": ("Zonder netwerk", "No network"),
    "session.untitled": ("Sessie zonder onderwerp", "Session without a topic"),
    "session.number": ("sessie {number}", "session {number}"),
    "session.undated": ("zonder datum", "no date"),
    "hours": ("{hours} uur", "{hours} h"),
    "speaker.external": ("een externe spreker", "an external speaker"),
    "speaker.external_role": ("een externe spreker ({role})", "an external speaker ({role})"),
    "speaker.redacted": ("[spreker]", "[speaker]"),
    "score": ("{score}/5", "{score}/5"),
    "none_yet": ("Nog niets voor deze periode.", "Nothing for this period yet."),
    # -- team ----------------------------------------------------------------------------
    "team.title": (
        "Uit mijn lerend netwerk — voor het teamoverleg",
        "From my learning network — for the team meeting",
    ),
    "team.intro": (
        "Wat ik leerde, wat meteen bruikbaar is en wat ik in ons team wil uitproberen. "
        "Wat anderen in het netwerk vertelden, blijft daar: hier staan geen namen en "
        "niets vertrouwelijks.",
        "What I learned, what we can use right away, and what I would like us to try as a "
        "team. What others shared in the network stays there: no names and nothing "
        "confidential here.",
    ),
    "team.network_line": ("{kind} · {sessions}", "{kind} · {sessions}"),
    "team.sessions.other": ("{count} sessies in deze periode", "{count} sessions in this period"),
    "team.sessions.one": ("1 sessie in deze periode", "1 session in this period"),
    "team.learned": ("Wat ik leerde", "What I learned"),
    "team.with_speaker": ("met {speaker}", "with {speaker}"),
    "team.tips": ("Meteen toepasbaar", "Tips we can use right away"),
    "team.propose": (
        "Voorstel: dit wil ik in ons team uitproberen",
        "Proposal: what I would like us to try",
    ),
    "team.tried": ("Wat ik al uitprobeerde", "What I already tried"),
    "team.questions": ("Vragen voor het team", "Questions for the team"),
    "team.from_session": ("uit: {session}", "from: {session}"),
    "team.nothing": (
        "Nog niets om te delen in deze periode.",
        "Nothing to share for this period yet.",
    ),
    "team.discuss": ("Om te bespreken", "To discuss"),
    "team.discuss.1": (
        "Wat herkennen jullie hiervan in ons werk?",
        "What of this do you recognise in our work?",
    ),
    "team.discuss.2": (
        "Welk voorstel proberen we eerst, wie doet mee en wanneer kijken we terug?",
        "Which proposal do we try first, who joins in, and when do we look back?",
    ),
    # -- growth --------------------------------------------------------------------------
    "growth.title": (
        "Mijn deelname aan lerende netwerken — voor het groeigesprek",
        "My participation in learning networks — for the growth conversation",
    ),
    "growth.intro": (
        "Een overzicht voor het gesprek met mijn leidinggevende: wat ik deed, leerde en "
        "toepaste, en wat ik nodig heb. Wie mij feedback gaf, staat er met zijn of haar rol, "
        "niet met naam.",
        "An overview for the conversation with my manager: what I did, learned and applied, "
        "and what I need. People who gave me feedback are named by their role, not by name.",
    ),
    "growth.participation": ("Deelname", "Participation"),
    "growth.col.network": ("Netwerk", "Network"),
    "growth.col.kind": ("Soort", "Kind"),
    "growth.col.sessions": ("Sessies", "Sessions"),
    "growth.col.reflected": ("Met reflectie", "With a reflection"),
    "growth.col.time": ("Tijd", "Time"),
    "growth.sessions_of": ("{held} van {planned}", "{held} of {planned}"),
    "growth.total": ("Totaal", "Total"),
    "growth.private_counted.other": (
        "Inclusief {count} sessies die ik privé hield: geteld, niet beschreven.",
        "Including {count} sessions I kept private: counted, not described.",
    ),
    "growth.private_counted.one": (
        "Inclusief 1 sessie die ik privé hield: geteld, niet beschreven.",
        "Including 1 session I kept private: counted, not described.",
    ),
    "growth.time_missing.other": (
        "Bij {count} sessies is de tijd niet ingevuld.",
        "The time is not filled in for {count} sessions.",
    ),
    "growth.time_missing.one": (
        "Bij 1 sessie is de tijd niet ingevuld.",
        "The time is not filled in for 1 session.",
    ),
    "growth.network_line": ("{kind}, {status} · {dates}", "{kind}, {status} · {dates}"),
    "growth.organiser": ("Georganiseerd door:", "Organised by:"),
    "growth.purpose": ("Doel:", "Purpose:"),
    "growth.goals": ("Mijn leerdoelen", "My learning goals"),
    "growth.no_goals": ("Geen leerdoelen genoteerd.", "No learning goals written down."),
    "growth.did": ("Wat ik deed en leerde", "What I did and learned"),
    "growth.session_meta": ("{time} · evaluatie {score}", "{time} · evaluation {score}"),
    "growth.brought_in": ("Ingebracht:", "Brought in:"),
    "growth.learned": ("Geleerd:", "Learned:"),
    "growth.no_reflection": (
        "Nog geen reflectie geschreven.",
        "No reflection written yet.",
    ),
    "growth.actions": ("Acties", "Actions"),
    "growth.col.action": ("Actie", "Action"),
    "growth.col.from": ("Uit sessie", "From session"),
    "growth.col.status": ("Status", "Status"),
    "growth.col.outcome": ("Resultaat", "Outcome"),
    "growth.selfcheck": ("Zelftest: eerste en laatste keer", "Self-check: first and latest"),
    "growth.selfcheck.none": (
        "Nog geen zelftest in deze periode.",
        "No self-check in this period yet.",
    ),
    "growth.selfcheck.single": (
        "Eén zelftest in deze periode ({date}, {moment}); doe hem opnieuw om je groei te zien.",
        "One self-check in this period ({date}, {moment}); take it again to see your growth.",
    ),
    "growth.selfcheck.takes": (
        "Eerste: {first} ({first_moment}) · laatste: {latest} ({latest_moment})",
        "First: {first} ({first_moment}) · latest: {latest} ({latest_moment})",
    ),
    "growth.col.statement": ("Uitspraak", "Statement"),
    "growth.col.change": ("Verschil", "Change"),
    "growth.average": ("Gemiddelde", "Average"),
    "growth.most_progress": ("Meeste vooruitgang:", "Most progress:"),
    "growth.strengths": ("Sterk nu:", "Strong now:"),
    "growth.growth_points": ("Groeipunten:", "Growth points:"),
    "growth.feedback": ("Feedback die ik kreeg", "Feedback I received"),
    "growth.feedback.none": (
        "Geen feedback genoteerd in deze periode.",
        "No feedback noted in this period.",
    ),
    "growth.feedback.from.participant": ("Van deelnemers", "From participants"),
    "growth.feedback.from.facilitator": ("Van de begeleiding", "From the facilitator"),
    "growth.feedback.from.expert": ("Van externe experts", "From external experts"),
    "growth.feedback.from.manager": ("Van mijn leidinggevende", "From my manager"),
    "growth.feedback.from.colleague": ("Van collega's", "From colleagues"),
    "growth.feedback.from.other": ("Van anderen", "From others"),
    "growth.feedback.said": ("Gezegd:", "Said:"),
    "growth.feedback.reaction": ("Mijn reactie:", "My reaction:"),
    "growth.feedback.plan": ("Wat ik ermee doe:", "What I do with it:"),
    "growth.feedback.status": ("status: {status}", "status: {status}"),
    "growth.competencies": ("Competenties die ik ontwikkelde", "Competencies I developed"),
    "growth.competencies.none": (
        "Nog geen competenties aangeduid bij de sessies.",
        "No competencies marked on the sessions yet.",
    ),
    "growth.col.competency": ("Competentie", "Competency"),
    "growth.col.where": ("Waar het aan bod kwam", "Where it came up"),
    "growth.evaluations": ("Evaluatie van de sessies", "Evaluation of the sessions"),
    "growth.evaluations.average.other": (
        "Gemiddeld {average} op 5 over {count} geëvalueerde sessies.",
        "On average {average} out of 5 over {count} evaluated sessions.",
    ),
    "growth.evaluations.average.one": (
        "Gemiddeld {average} op 5 over 1 geëvalueerde sessie.",
        "On average {average} out of 5 over 1 evaluated session.",
    ),
    "growth.evaluations.none": (
        "Nog geen sessies geëvalueerd.",
        "No sessions evaluated yet.",
    ),
    "growth.col.date": ("Datum", "Date"),
    "growth.col.topic": ("Sessie", "Session"),
    "growth.col.score": ("Score", "Score"),
    "growth.col.comment": ("Opmerking", "Comment"),
    "growth.needs": ("Wat ik nodig heb", "What I need"),
    "growth.needs.intro": (
        "Vul aan voor het gesprek:",
        "Fill in before the conversation:",
    ),
    "growth.needs.time": ("Tijd:", "Time:"),
    "growth.needs.time.prompt": (
        "hoeveel tijd wil ik vrijmaken voor de sessies en voor wat ik ermee doe?",
        "how much time do I want to set aside for the sessions and for acting on them?",
    ),
    "growth.needs.support": ("Steun:", "Support:"),
    "growth.needs.support.prompt": (
        "wat heb ik van mijn leidinggevende nodig om wat ik leerde toe te passen?",
        "what do I need from my manager to apply what I learned?",
    ),
    "growth.needs.next": ("Volgende stap:", "Next step:"),
    "growth.needs.next.prompt": (
        "wat wil ik na dit netwerk verder leren, en hoe?",
        "what do I want to learn next after this network, and how?",
    ),
    # What "open" counts is store/counts.py; the sentence says it, so the reader of the
    # export knows why the dashboard shows the same figures.
    "growth.needs.open": (
        "Nog open: {items} (geteld: alles met status ‘{status}’, ook wat ik privé hield).",
        "Still open: {items} (counted: everything with the status ‘{status}’, including "
        "what I kept private).",
    ),
    "growth.open.actions.other": ("{count} acties", "{count} actions"),
    "growth.open.actions.one": ("1 actie", "1 action"),
    "growth.open.feedback.other": ("{count} feedbackpunten", "{count} feedback items"),
    "growth.open.feedback.one": ("1 feedbackpunt", "1 feedback item"),
    # -- full ----------------------------------------------------------------------------
    "full.title": ("Persoonlijk archief — lerend netwerk", "Personal archive — learning network"),
    "full.warning": ("Persoonlijk — niet delen.", "Personal — do not share."),
    "full.warning.detail": (
        "Dit bestand bevat privénotities en de namen van anderen.",
        "This file holds private notes and the names of other people.",
    ),
    "full.private": ("privé", "private"),
    "full.kind": ("Soort:", "Kind:"),
    "full.organiser": ("Organisator:", "Organiser:"),
    "full.purpose": ("Doel:", "Purpose:"),
    "full.participants": ("Deelnemers:", "Participants:"),
    "full.goals": ("Leerdoelen:", "Learning goals:"),
    "full.dates": ("Looptijd:", "Runs:"),
    "full.planned": ("Gepland:", "Planned:"),
    "full.planned_value": ("{sessions}, {every}", "{sessions}, {every}"),
    "full.planned_count.other": ("{count} sessies", "{count} sessions"),
    "full.planned_count.one": ("1 sessie", "1 session"),
    "full.every_weeks.other": ("om de {count} weken", "every {count} weeks"),
    "full.every_weeks.one": ("elke week", "every week"),
    "full.status": ("Status:", "Status:"),
    "full.work_form": ("Werkvorm:", "Work form:"),
    "full.speaker": ("Spreker:", "Speaker:"),
    "full.time": ("Tijd:", "Time:"),
    "full.what_happened": PROMPT["what_happened"],
    "full.brought_in": PROMPT["brought_in"],
    "full.learned": PROMPT["learned"],
    "full.will_try": PROMPT["will_try"],
    "full.questions": PROMPT["questions"],
    "full.follow_up": ("Opvolging van de vorige sessie:", "Follow-up of the previous session:"),
    "full.actions": ("Acties:", "Actions:"),
    "full.evaluation": ("Evaluatie:", "Evaluation:"),
    "full.feeling": ("Gevoel:", "Feeling:"),
    "full.competencies": ("Competenties:", "Competencies:"),
    "full.tags": ("Tags:", "Tags:"),
    "full.team_insights": ("Delen met mijn team:", "To share with my team:"),
    "full.feedback": ("Feedback", "Feedback"),
    "full.feedback.none": ("Geen feedback genoteerd.", "No feedback noted."),
    "full.feedback.from": ("Van:", "From:"),
    "full.feedback.network": ("Netwerk:", "Network:"),
    "full.selfchecks": ("Zelftests", "Self-checks"),
    "full.selfchecks.none": ("Nog geen zelftest.", "No self-check yet."),
    "full.selfchecks.notes": ("Notities bij {date}", "Notes on {date}"),
    # -- what was left out (shown on the screen and on stderr) -----------------------------
    "left.private_sessions.other": (
        "{count} privésessies",
        "{count} private sessions",
    ),
    "left.private_sessions.one": ("1 privésessie", "1 private session"),
    "left.private_feedback.other": (
        "{count} privéfeedbackpunten",
        "{count} private feedback items",
    ),
    "left.private_feedback.one": ("1 privéfeedbackpunt", "1 private feedback item"),
    "left.feedback.other": ("{count} feedbackpunten", "{count} feedback items"),
    "left.feedback.one": ("1 feedbackpunt", "1 feedback item"),
    "left.selfchecks.other": ("{count} zelftests", "{count} self-checks"),
    "left.selfchecks.one": ("1 zelftest", "1 self-check"),
    "left.sentence": ("Weggelaten: {items}.", "Left out: {items}."),
    "left.names.other": (
        "{count} namen vervangen door een rol.",
        "{count} names replaced by a role.",
    ),
    "left.names.one": ("1 naam vervangen door een rol.", "1 name replaced by a role."),
    "left.nothing": (
        "Niets weggelaten: alles wat in deze periode valt, staat erin.",
        "Nothing left out: everything in this period is included.",
    ),
    "left.full": (
        "Volledig: bevat privénotities en namen. Niet delen.",
        "Full: holds private notes and names. Do not share.",
    ),
    "and": ("en", "and"),
}

# Labels of stored codes, per language: the app's words (store/vocabulary.py).
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    table: words for table, (words, _codes) in vocabulary.CODES.items()
}
# The one word that still differs from the app ("actief" / "active" there): the README's
# sample growth export shows "external, running", and README.md is changed with the
# integration of this work. Remove this line then, and the export says what the app says.
LABELS["network_status"] = {"active": ("loopt", "running"), "closed": ("afgesloten", "closed")}

# Which stored codes each label table must cover (checked by a test).
LABEL_CODES: dict[str, tuple[str, ...]] = {
    table: codes for table, (_words, codes) in vocabulary.CODES.items()
}


def text(key: str, lang: str, **fields: object) -> str:
    """The export text for `key` in `lang` ("nl" or "en"; anything else reads English)."""
    entry = TEXTS[key]
    chosen = entry[0] if lang == "nl" else entry[1]
    return chosen.format(**fields) if fields else chosen


def counted(key: str, count: int, lang: str, **fields: object) -> str:
    """`count` with its noun: `key.one` or `key.other` (store/plural.py)."""
    return plural_text(TEXTS, key, count, lang, **fields)


def label(table: str, code: str, lang: str) -> str:
    """The label of a stored code; an unknown code (a hand-edited file) shows as itself."""
    entry = LABELS[table].get(code)
    if entry is None:
        return code.replace("_", " ")
    return entry[0] if lang == "nl" else entry[1]


def join_words(items: list[str], lang: str) -> str:
    """ "a, b en c" / "a, b and c"."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {text('and', lang)} {items[-1]}"
