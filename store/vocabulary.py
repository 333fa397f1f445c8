"""The domain's words, once, in Dutch and English: statuses, roles, competencies,
network kinds and the five reflection prompts.

The app's i18n tables (tui/i18n) and the exports (store/export_text.py) both read their
labels from here, so the export says what the screen says: an action the app calls
`geschrapt` is not `laten vallen` in the export, and a prompt reads the same in the
journal and in the full export. Each entry is `code: (Nederlands, English)`, lower case
as it reads inside a sentence; a screen that shows a word on its own capitalises it
(`capitalised`). tests/test_vocabulary.py checks that every stored code has its words.
"""

from __future__ import annotations

from store.models import (
    ACTION_STATUSES,
    COMPETENCIES,
    FEEDBACK_ROLES,
    FEEDBACK_STATUSES,
    NETWORK_KINDS,
    NETWORK_STATUSES,
)

Words = dict[str, tuple[str, str]]

ACTION_STATUS: Words = {
    "open": ("open", "open"),
    "done": ("gedaan", "done"),
    "dropped": ("geschrapt", "dropped"),
}

FEEDBACK_STATUS: Words = {
    "open": ("open", "open"),
    "trying": ("uitproberen", "trying out"),
    "applied": ("toegepast", "applied"),
    "set_aside": ("opzijgelegd", "set aside"),
}

# The role of a feedback giver (and the role a known person is replaced by).
ROLE: Words = {
    "participant": ("deelnemer", "participant"),
    "facilitator": ("begeleider", "facilitator"),
    "expert": ("externe expert", "external expert"),
    "manager": ("leidinggevende", "manager"),
    "colleague": ("collega", "colleague"),
    "other": ("andere", "other"),
}

COMPETENCY: Words = {
    "problem_solving": ("probleemoplossend denken", "problem solving"),
    "communication": ("communicatie", "communication"),
    "teamwork": ("samenwerken", "teamwork"),
    "initiative": ("initiatief nemen", "taking initiative"),
    "self_reflection": ("zelfreflectie", "self-reflection"),
}

NETWORK_KIND: Words = {
    "internal": ("intern", "internal"),
    "external": ("extern", "external"),
}

NETWORK_STATUS: Words = {
    "active": ("actief", "active"),
    "closed": ("afgesloten", "closed"),
}

# The five reflection prompts of the session journal, by the Session field they fill.
PROMPT: Words = {
    "what_happened": ("Wat gebeurde er?", "What happened?"),
    "brought_in": ("Wat bracht ik zelf in?", "What did I bring in?"),
    "learned": ("Wat heb ik geleerd?", "What did I learn?"),
    "will_try": ("Wat ga ik proberen of toepassen?", "What will I try or apply?"),
    "questions": ("Welke vragen blijven?", "Which questions remain?"),
}

# Which stored codes each table must cover (checked by a test).
CODES: dict[str, tuple[Words, tuple[str, ...]]] = {
    "action_status": (ACTION_STATUS, ACTION_STATUSES),
    "feedback_status": (FEEDBACK_STATUS, FEEDBACK_STATUSES),
    "role": (ROLE, FEEDBACK_ROLES),
    "competency": (COMPETENCY, COMPETENCIES),
    "kind": (NETWORK_KIND, NETWORK_KINDS),
    "network_status": (NETWORK_STATUS, NETWORK_STATUSES),
}


def capitalised(words: tuple[str, str]) -> tuple[str, str]:
    """The words with a capital first letter, as a label standing on its own."""
    return (words[0][:1].upper() + words[0][1:], words[1][:1].upper() + words[1][1:])


def keyed(prefix: str, words: Words, capital: bool = False) -> dict[str, tuple[str, str]]:
    """i18n entries `prefix.code` for a table of words (`keyed("journal.status", …)`)."""
    return {f"{prefix}.{code}": capitalised(w) if capital else w for code, w in words.items()}
