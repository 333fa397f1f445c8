"""Strings of the command line as a whole (`tui/cli.py`): the sentences for errors that no
single command owns. One sentence each; `leernet: ` is put in front when printed."""

STRINGS = {
    "cli.stdout_failed": (
        "Kan niet naar de standaarduitvoer schrijven: {reason}.",
        "Cannot write to standard output: {reason}.",
    ),
    "cli.os_error": (
        "{reason}: {path}.",
        "{reason}: {path}.",
    ),
    "cli.os_error_no_path": (
        "Het systeem weigerde: {reason}.",
        "The system refused: {reason}.",
    ),
    "cli.unexpected": (
        "Er ging onverwacht iets mis ({kind}); meld het aan de makers van leernet met het "
        "commando dat je gaf (LEERNET_DEBUG=1 toont de details).",
        "Something unexpected went wrong ({kind}); please report it to the leernet "
        "maintainers with the command you gave (LEERNET_DEBUG=1 shows the details).",
    ),
    "cli.demo_copy_failed": (
        "De demogegevens kunnen niet gekopieerd worden ({reason}).",
        "The demo data cannot be copied ({reason}).",
    ),
}
