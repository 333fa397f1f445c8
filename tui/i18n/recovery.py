"""Strings of recovery (a data file that cannot be read) and of `leernet backups` / `restore`."""

STRINGS = {
    # The recovery screen, shown before the app when the data file cannot be read.
    "recovery.title": ("Je gegevens kunnen niet geopend worden", "Your data cannot be opened"),
    "recovery.reason.invalid_json": (
        "{name} is beschadigd: het is geen geldige JSON meer.",
        "{name} is damaged: it is no longer valid JSON.",
    ),
    "recovery.reason.encoding": (
        "{name} bevat bytes die geen UTF-8-tekst zijn, dus leernet kan het niet lezen.",
        "{name} contains bytes that are not UTF-8 text, so leernet cannot read it.",
    ),
    "recovery.reason.structure": (
        "{name} is geen leernet-bestand zoals verwacht ({detail}).",
        "{name} is not laid out as a leernet file ({detail}).",
    ),
    "recovery.reason.unreadable": (
        "{name} kan niet gelezen worden ({detail}).",
        "{name} cannot be read ({detail}).",
    ),
    "recovery.reason.folder": (
        "{name} is een map, geen gegevensbestand.",
        "{name} is a folder, not a data file.",
    ),
    "recovery.reason.empty": (
        "{name} is leeg, terwijl er back-ups van je gegevens zijn.",
        "{name} is empty, while backups of your data exist.",
    ),
    "recovery.reason.too_deep": (
        "{name} bevat gegevens die meer dan {detail} niveaus diep genest zijn; zo diep leest "
        "leernet niet.",
        "{name} holds data nested more than {detail} levels deep; leernet does not read that deep.",
    ),
    "recovery.reason.foreign": (
        "{name} is geen leernet-gegevensbestand, dus leernet laat het met rust.",
        "{name} is not a leernet data file, so leernet leaves it alone.",
    ),
    # A file leernet cannot show to be its own: one sentence, no recovery screen.
    "recovery.refused.foreign": (
        "{path} is geen leernet-gegevensbestand, dus leernet laat het met rust; geef met "
        "--data het pad van je leernet-bestand (of van een nieuw).",
        "{path} is not a leernet data file, so leernet leaves it alone; give the path of your "
        "leernet file (or of a new one) with --data.",
    ),
    "recovery.refused.unreadable": (
        "{path} kan niet gelezen worden ({detail}), dus leernet laat het met rust; kijk de "
        "rechten van het bestand na.",
        "{path} cannot be read ({detail}), so leernet leaves it alone; check the file's "
        "permissions.",
    ),
    "recovery.refused.folder": (
        "{path} is een map, geen gegevensbestand; geef met --data het pad van een bestand.",
        "{path} is a folder, not a data file; give the path of a file with --data.",
    ),
    "recovery.where": ("Bestand: {path}", "File: {path}"),
    "recovery.backup": (
        "Laatste goede back-up: {name} van {date} ({summary}).",
        "Latest good backup: {name} from {date} ({summary}).",
    ),
    "recovery.summary": (
        "netwerken {networks}, sessies {sessions}, feedback {feedback}, zelftests {selfchecks}",
        "networks {networks}, sessions {sessions}, feedback {feedback}, self-checks {selfchecks}",
    ),
    "recovery.no_backup": (
        "Er is geen back-up om terug te zetten.",
        "There is no backup to restore.",
    ),
    "recovery.kept": (
        "Wat je ook kiest: het huidige bestand wordt niet gewist, het blijft bewaard als "
        "{name}.corrupt-<datum-tijd>.",
        "Whatever you choose, the current file is not deleted: it is kept as "
        "{name}.corrupt-<date-time>.",
    ),
    "recovery.restore": ("Zet de back-up terug", "Restore the backup"),
    "recovery.empty": ("Begin leeg", "Start empty"),
    "recovery.quit": ("Stop", "Quit"),
    "recovery.continue": ("Open leernet", "Open leernet"),
    "recovery.key.restore": ("Back-up terug", "Restore"),
    "recovery.key.restore.help": (
        "Zet de laatste goede back-up terug; het huidige bestand blijft bewaard",
        "Restore the latest good backup; the current file is kept aside",
    ),
    "recovery.key.empty": ("Begin leeg", "Start empty"),
    "recovery.key.empty.help": (
        "Begin met een leeg bestand; het huidige blijft bewaard",
        "Start with an empty file; the current one is kept aside",
    ),
    "recovery.repair": ("Repareer de tekens", "Repair the characters"),
    "recovery.repair_offer": (
        "Of repareer: de {count} onleesbare bytes worden gelezen als Windows-1252-tekens "
        "(é, ë, € …); al de rest blijft zoals het is.",
        "Or repair: the {count} unreadable bytes are read as Windows-1252 characters "
        "(é, ë, € …); everything else stays as it is.",
    ),
    "recovery.key.repair": ("Repareer", "Repair"),
    "recovery.key.repair.help": (
        "Lees de onleesbare bytes als Windows-1252; het huidige bestand blijft bewaard",
        "Read the unreadable bytes as Windows-1252; the current file is kept aside",
    ),
    "recovery.repaired": (
        "De tekens zijn gerepareerd. Het oude bestand staat in {aside}.",
        "The characters are repaired. The old file is kept as {aside}.",
    ),
    "recovery.key.quit": ("Stop", "Quit"),
    "recovery.key.quit.help": (
        "Stop zonder iets te veranderen",
        "Quit without changing anything",
    ),
    "recovery.key.continue": ("Verder", "Continue"),
    "recovery.key.continue.help": ("Open leernet", "Open leernet"),
    "recovery.restored": (
        "Back-up {backup} is teruggezet. Het oude bestand staat in {aside}.",
        "Backup {backup} is restored. The old file is kept as {aside}.",
    ),
    "recovery.emptied": (
        "Je begint met een leeg bestand. Het oude bestand staat in {aside}.",
        "You start with an empty file. The old file is kept as {aside}.",
    ),
    "recovery.failed": ("Dat lukte niet: {reason}", "That did not work: {reason}"),
    "recovery.locked": (
        "Het bestand is open in een ander leernet-venster (pid {pid}); sluit dat eerst.",
        "The file is open in another leernet window (pid {pid}); close that first.",
    ),
    "recovery.left_alone": (
        "{path} is niet aangeraakt; start leernet opnieuw om het te herstellen.",
        "{path} was left as it is; start leernet again to recover it.",
    ),
    # While the app runs: someone else wrote the data file.
    "recovery.changed_kept": (
        "Het gegevensbestand was buiten leernet gewijzigd; die versie is bewaard als {name}.",
        "The data file was changed outside leernet; that version is kept as {name}.",
    ),
    "recovery.backup_failed": (
        "De back-up van vandaag kon niet geschreven worden ({reason}); je gegevens zijn wel "
        "bewaard.",
        "Today's backup could not be written ({reason}); your data itself is saved.",
    ),
    # leernet backups
    "backups.none": (
        "Er zijn nog geen back-ups van {path}.",
        "There are no backups of {path} yet.",
    ),
    "backups.header": (
        "Back-ups van {path} in {folder} (nieuwste eerst):",
        "Backups of {path} in {folder} (newest first):",
    ),
    "backups.kind.daily": ("dagelijks", "daily"),
    "backups.kind.migration": (
        "kopie vóór formaat-update (versie {version})",
        "copy before a format update (version {version})",
    ),
    "backups.kind.run": (
        "vóór de eerste wijziging na het openen van leernet",
        "before the first change after leernet was opened",
    ),
    "backups.kind.before_restore": (
        "vóór een terugzetting (zet terug om die ongedaan te maken)",
        "before a restore (restore it to undo that restore)",
    ),
    "backups.unreadable": ("onleesbaar", "unreadable"),
    "backups.empty": ("leeg", "empty"),
    "backups.newer": ("van een nieuwere leernet", "from a newer leernet"),
    "backups.restore_hint": (
        "Zet er een terug met: leernet restore NAAM (zonder naam: de laatste goede).",
        "Restore one with: leernet restore NAME (without a name: the latest good one).",
    ),
    # leernet restore
    "restore.done": (
        "Back-up {backup} teruggezet in {path}.",
        "Restored backup {backup} into {path}.",
    ),
    "restore.kept": (
        "Het vorige bestand staat in {aside}.",
        "The previous file is kept as {aside}.",
    ),
    "restore.no_backup": (
        "Er is geen goede back-up van {path} om terug te zetten (zie leernet backups).",
        "There is no good backup of {path} to restore (see leernet backups).",
    ),
    "restore.locked": (
        "{path} is open in een ander leernet-venster (pid {pid}); sluit dat eerst en "
        "probeer opnieuw.",
        "{path} is open in another leernet window (pid {pid}); close it first and try again.",
    ),
    "restore.unknown": (
        "Er is geen back-up met de naam {name} (zie leernet backups).",
        "There is no backup named {name} (see leernet backups).",
    ),
    "restore.unusable.unreadable": (
        "Back-up {name} kan niet gelezen worden.",
        "Backup {name} cannot be read.",
    ),
    "restore.unusable.damaged": (
        "Back-up {name} is zelf beschadigd; kies een andere (zie leernet backups).",
        "Backup {name} is damaged itself; choose another (see leernet backups).",
    ),
    "restore.unusable.newer": (
        "Back-up {name} komt van een nieuwere leernet; werk leernet eerst bij.",
        "Backup {name} was written by a newer leernet; update leernet first.",
    ),
    "restore.unusable.empty": (
        "Back-up {name} bevat geen gegevens; kies een andere (zie leernet backups).",
        "Backup {name} holds no entries; choose another (see leernet backups).",
    ),
    "restore.confirm": (
        "{backup} terugzetten over {path}? [j/N]",
        "Restore {backup} over {path}? [y/N]",
    ),
    "restore.cancelled": (
        "Niets teruggezet; {path} is niet veranderd.",
        "Nothing was restored; {path} is unchanged.",
    ),
    "restore.needs_yes": (
        "leernet restore vraagt eerst om bevestiging op een terminal; geef --yes mee om "
        "zonder vraag terug te zetten (bv. in een script).",
        "leernet restore asks for confirmation on a terminal; pass --yes to restore without "
        "the question (e.g. in a script).",
    ),
    "restore.failed": (
        "Terugzetten lukte niet ({reason}); {path} is niet veranderd.",
        "Restoring did not work ({reason}); {path} was not changed.",
    ),
}
