"""Strings of the export screen and `leernet export` (the exported text itself lives in
store/export_text.py, so the command line needs no UI)."""

STRINGS = {
    "export.howto": (
        "Kies voor wie de export is, welk netwerk en welke periode. Rechts zie je de "
        "Markdown zoals hij eruit zal zien, en wat er is weggelaten. ctrl+s bewaart hem in "
        "de map die je opgeeft (een bestaand bestand wordt pas na je akkoord overschreven); "
        "ctrl+y kopieert hem naar het klembord. Team: voor het teamoverleg, zonder "
        "privénotities, feedback, zelftestscores of namen. Groeigesprek: voor je "
        "leidinggevende, zonder privénotities; wie feedback gaf, staat er met een rol. "
        "Volledig: alles, ook privé — niet delen.",
        "Choose who the export is for, which network and which period. On the right you see "
        "the Markdown as it will look, and what was left out. ctrl+s saves it in the folder "
        "you give (an existing file is only replaced after you agree); ctrl+y copies it to "
        "the clipboard. Team: for the team meeting, without private notes, feedback, "
        "self-check scores or names. Growth: for your manager, without private notes; "
        "feedback givers appear by role. Full: everything, private included — do not share.",
    ),
    "export.key.save": ("Bewaar", "Save"),
    "export.key.save.help": (
        "Bewaar de export als Markdownbestand in de gekozen map",
        "Save the export as a Markdown file in the chosen folder",
    ),
    "export.key.copy": ("Kopieer", "Copy"),
    "export.key.copy.help": (
        "Kopieer de export naar het klembord",
        "Copy the export to the clipboard",
    ),
    "export.audience": ("Voor wie?", "Who is it for?"),
    "export.audience.team": ("Team", "Team"),
    "export.audience.growth": ("Groeigesprek", "Growth talk"),
    "export.audience.full": ("Volledig (privé)", "Full (private)"),
    "export.network": ("Netwerk", "Network"),
    "export.all_networks": ("Alle netwerken", "All networks"),
    "export.since": ("Vanaf (datum, leeg: alles)", "From (date, empty: all)"),
    "export.until": ("Tot en met (datum)", "Up to (date)"),
    "export.folder": ("Bewaren in map", "Save in folder"),
    "export.file_name": ("Bestand: {name}", "File: {name}"),
    "export.button.save": ("Bewaar", "Save"),
    "export.button.copy": ("Kopieer", "Copy"),
    "export.building": ("Export wordt gemaakt…", "Making the export…"),
    "export.preview_cut": (
        "Het voorbeeld toont de eerste {shown} kB van {total} kB; het bestand bevat alles.",
        "The preview shows the first {shown} kB of {total} kB; the file holds everything.",
    ),
    "export.error.date": (
        "Geen geldige datum (bv. 31-01-2026).",
        "Not a valid date (e.g. 2026-01-31).",
    ),
    "export.error.reversed": (
        "Deze datum ligt voor de begindatum.",
        "This date lies before the start date.",
    ),
    "export.error.folder_missing": (
        "Deze map bestaat niet.",
        "This folder does not exist.",
    ),
    "export.error.folder_empty": ("Geef een map op.", "Give a folder."),
    "export.error.write": (
        "Bewaren lukte niet: {reason}.",
        "Could not save: {reason}.",
    ),
    "export.error.fix_first": (
        "Verbeter eerst de aangeduide velden.",
        "Fix the marked fields first.",
    ),
    "export.overwrite": (
        "{name} bestaat al in deze map. Overschrijven?",
        "{name} already exists in this folder. Replace it?",
    ),
    "export.overwrite.yes": ("Overschrijf", "Replace"),
    "export.overwrite.no": ("Niet bewaren", "Don't save"),
    "export.saved": ("Bewaard als {path}.", "Saved as {path}."),
    "export.not_saved": ("Niet bewaard.", "Not saved."),
    "export.copied": (
        "Gekopieerd naar het klembord (via je terminal, OSC 52; niet elke terminal laat dat toe).",
        "Copied to the clipboard (through your terminal, OSC 52; not every terminal allows it).",
    ),
    # Command line: one sentence each.
    "export.cli.no_data": (
        "Er is nog geen gegevensbestand op {path}; start leernet om er een te maken.",
        "There is no data file at {path} yet; start leernet to create one.",
    ),
    "export.cli.bad_date": (
        "Ik kan de datum „{text}” bij {option} niet lezen; schrijf bv. 2026-01-31.",
        "Cannot read the date “{text}” given to {option}; write it like 2026-01-31.",
    ),
    "export.cli.period_reversed": (
        "De datum bij --since ligt na die bij --until.",
        "The date given to --since lies after the one given to --until.",
    ),
    # Where an export may go (store/export_target.py): the app and `-o` say the same.
    "export.target.folder": (
        "{path} is een map; een export heeft een bestandsnaam nodig.",
        "{path} is a folder; an export needs a file name.",
    ),
    "export.target.special": (
        "{path} is geen gewoon bestand (maar een pijp, apparaat of socket); kies een bestandsnaam.",
        "{path} is not a regular file (but a pipe, device or socket); choose a file name.",
    ),
    "export.target.dangling": (
        "{path} is een koppeling naar {real}, dat niet bestaat; kies een andere naam.",
        "{path} is a link to {real}, which does not exist; choose another name.",
    ),
    "export.target.no_folder": (
        "De map {folder} bestaat niet.",
        "The folder {folder} does not exist.",
    ),
    "export.cli.exists": (
        "{path} bestaat al; geef --force mee om het te vervangen.",
        "{path} exists; pass --force to replace it.",
    ),
    "export.target.data": (
        "{path} is je gegevensbestand; kies een andere naam voor de export.",
        "{path} is your data file; choose another name for the export.",
    ),
    "export.cli.write_failed": (
        "Kan niet schrijven naar {path}: {reason}.",
        "Cannot write to {path}: {reason}.",
    ),
    "export.cli.written": ("Geschreven naar {path}.", "Written to {path}."),
}
