"""Strings of the search area and of `leernet search` on the command line."""

from store.vocabulary import ROLE, keyed

STRINGS = {
    "search.howto": (
        "Typ een of meer woorden: je vindt elke sessie en feedback waarin ze allemaal "
        "voorkomen. Hoofdletters en accenten tellen niet mee (ideeen vindt ideeën). Zet "
        'woorden tussen aanhalingstekens voor een vaste woordgroep ("team overleg"). '
        "Enter in het zoekveld springt naar de resultaten, Enter op een resultaat opent het. "
        "Escape wisselt tussen zoekveld en resultaten; buiten het zoekveld werken de "
        "toetsen van de andere delen weer (d, n, a …).",
        "Type one or more words: you find every session and feedback entry that holds them "
        "all. Case and accents do not matter (ideeen finds ideeën). Put words in quotes for "
        'a fixed phrase ("team meeting"). Enter in the search field jumps to the results, '
        "Enter on a result opens it. Escape switches between the field and the results; "
        "outside the field the keys of the other areas work again (d, n, a …).",
    ),
    "search.placeholder": ("Zoek in dagboek en feedback…", "Search journal and feedback…"),
    "search.all_networks": ("Alle netwerken", "All networks"),
    "search.network_filter": ("Netwerk", "Network"),
    "search.status.empty": (
        "Typ om te zoeken. Hoofdletters en accenten tellen niet mee.",
        "Type to search. Case and accents do not matter.",
    ),
    "search.status.none": ("Niets gevonden voor „{text}”.", "Nothing found for “{text}”."),
    "search.status.count": (
        "{count} resultaten, nieuwste eerst.",
        "{count} hits, newest first.",
    ),
    "search.status.one": ("1 resultaat.", "1 hit."),
    "search.status.limited": (
        "{shown} van {count} resultaten getoond, nieuwste eerst: voeg een woord toe om te verfijnen.",
        "{shown} of {count} hits shown, newest first: add a word to narrow it down.",
    ),
    "search.private": ("privé", "private"),
    "search.place.session": ("sessie {number}", "session {number}"),
    "search.place.feedback": ("feedback ({role})", "feedback ({role})"),
    "search.place.feedback_from": ("feedback ({role}, {name})", "feedback ({role}, {name})"),
    **keyed("search.role", ROLE),
    "search.key.results": ("Resultaten", "Results"),
    "search.key.results.help": (
        "Ga naar de lijst met resultaten",
        "Go to the list of results",
    ),
    "search.key.query": ("Zoekveld", "Search field"),
    "search.key.switch": ("Veld/lijst", "Field/list"),
    "search.key.switch.help": (
        "Wissel tussen het zoekveld en de resultaten",
        "Switch between the search field and the results",
    ),
    "search.key.open.help": ("Open het gekozen resultaat", "Open the chosen result"),
    "search.journal_missing": (
        "Het sessiedagboek is in deze versie niet beschikbaar.",
        "The session journal is not available in this version.",
    ),
    "search.gone": (
        "Dit item bestaat niet meer; de resultaten zijn vernieuwd.",
        "This entry no longer exists; the results were refreshed.",
    ),
    # Command line
    "search.cli.no_hits": ("Niets gevonden voor „{text}”.", "Nothing found for “{text}”."),
    "search.cli.private_skipped": (
        "{count} privé-items komen ook overeen; open leernet om ze te zien.",
        "{count} private entries also match; open leernet to see them.",
    ),
    "search.cli.private_skipped_one": (
        "1 privé-item komt ook overeen; open leernet om het te zien.",
        "1 private entry also matches; open leernet to see it.",
    ),
    "search.cli.empty": (
        "Geef een woord om naar te zoeken, bv. leernet search feedback.",
        "Give a word to search for, e.g. leernet search feedback.",
    ),
    "search.cli.network_empty": (
        "Geef na --network de naam van een netwerk.",
        "Give the name of a network after --network.",
    ),
}
