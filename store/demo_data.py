"""The demo data set: one year of Sofie Claeys, production team leader in a textile company.

`build_demo(path)` writes the whole set through `Store`, so the file carries the current
schema version and exactly the document shapes of `store/models.py`. The committed file
`store/demo/leernet-demo.json` was produced by running this module:

    .venv/bin/python -m store.demo_data

`copy_demo(folder)` puts a fresh copy of that file in `folder` for `leernet --demo`;
`make_demo_folder()` makes that folder in the temp folder, and `remove_stale_demo_folders()`
removes the ones of demo runs that were killed.

The reflections mention colleagues by role, never by name: a learning network is a safe
place, and the team export shows reflections. Names appear only where the app keeps them
private (feedback givers, the members of each network) or public by nature (an invited
speaker). The members match the reflections: twelve in the internal network (Sofie and
eleven others), thirteen others in the external one (twelve ploegleiders and the Cobot
facilitator); the feedback givers who took part are among them.
"""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
from datetime import date
from importlib import resources
from pathlib import Path

from store.db import Store
from store.models import (
    ActionItem,
    Feedback,
    Network,
    Participant,
    SelfCheckTake,
    Session,
    Settings,
)

DEMO_FILE_NAME = "leernet-demo.json"
PERSON = "Sofie Claeys"


def packaged_demo_file() -> Path:
    """The demo JSON shipped inside the package (store/demo/leernet-demo.json)."""
    return Path(str(resources.files("store").joinpath("demo", DEMO_FILE_NAME)))


def copy_demo(folder: Path) -> Path:
    """Copy the packaged demo file into `folder` (owner-only, like every data file)."""
    target = Path(folder) / DEMO_FILE_NAME
    shutil.copyfile(packaged_demo_file(), target)
    os.chmod(target, 0o600)
    return target


# `leernet --demo` folders: `leernet-demo-<pid>-<random>` in the temp folder, so a later run
# can tell a leftover of a killed run (its pid is gone) from the folder of a running one.
DEMO_FOLDER_PREFIX = "leernet-demo-"
DEMO_FOLDER_NAME = re.compile(r"leernet-demo-(\d+)-[A-Za-z0-9_]+")


def make_demo_folder() -> Path:
    """A fresh temporary folder holding a copy of the demo file; returns the file's path.

    The folder's name carries this process's pid (see `remove_stale_demo_folders`)."""
    prefix = f"{DEMO_FOLDER_PREFIX}{os.getpid()}-"
    folder = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        return copy_demo(folder)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        raise


def remove_stale_demo_folders(temp_dir: Path | None = None) -> list[Path]:
    """Remove the demo folders that runs killed before they could clean up left behind.

    Only folders named `leernet-demo-<pid>-<random>` directly in the temp folder, real
    folders (not links), owned by this user, whose pid is no running process. A folder of
    a running demo is kept (also when its pid was reused: a leftover then waits for the
    next start). Nothing is removed where pids cannot be checked safely (Windows:
    `os.kill(pid, 0)` would end the process there).
    """
    if os.name != "posix":
        return []
    folder = Path(temp_dir or tempfile.gettempdir())
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = DEMO_FOLDER_NAME.fullmatch(entry.name)
        if match is None:
            continue
        pid = int(match.group(1))
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid():
            continue
        if pid == os.getpid() or process_alive(pid):
            continue
        shutil.rmtree(entry.path, ignore_errors=True)
        removed.append(Path(entry.path))
    return removed


def process_alive(pid: int) -> bool:
    """Whether a process with this pid exists (POSIX; signal 0 only checks)."""
    if pid <= 0:
        return True  # 0 and negatives mean process groups to kill(): never "dead"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    except OSError:
        return True
    return True


# -- the content --------------------------------------------------------------------


def _action(
    key: str, text: str, status: str = "open", closed: date | None = None, outcome: str = ""
) -> ActionItem:
    # Fixed keys so that rebuilding the file gives the same bytes.
    return ActionItem(text=text, status=status, closed_on=closed, outcome=outcome, key=key)


# The other members of each network, as (name, role). No name part is an ordinary word
# or a particle ("De", "Van"): the redaction rule replaces name parts wherever they stand.
INTERNAL_MEMBERS = (
    ("Leen Maes", "opleidingscoördinator"),
    ("Dirk Vanneste", "technicus onderhoud"),
    ("Kevin Dewulf", "technicus onderhoud"),
    ("Nathalie Desmet", "ploegleider ververij"),
    ("Ellen Vermeersch", "ploegleider ververij"),
    ("Tom Verbeke", "ploegleider weverij"),
    ("Wouter Callens", "ploegleider weverij"),
    ("Hilde Coppens", "planner"),
    ("Jonas Mertens", "planner"),
    ("Evelien Willems", "kwaliteitsverantwoordelijke"),
    ("Stijn Lauwers", "magazijnverantwoordelijke"),
)
EXTERNAL_MEMBERS = (
    ("Annelies Verstraete", "begeleider Cobot"),
    ("Bart Vercruysse", "ploegleider weverij"),
    ("Peter Goossens", "ploegleider technisch textiel"),
    ("Gert Maertens", "ploegleider tapijt"),
    ("Nico Deprez", "ploegleider tapijt"),
    ("Sarah Declercq", "ploegleider spinnerij"),
    ("Stefaan Mortier", "ploegleider spinnerij"),
    ("Joris Vandamme", "ploegleider ververij"),
    ("Liesbeth Hermans", "ploegleider weverij"),
    ("Mehmet Yilmaz", "ploegleider technisch textiel"),
    ("Kristof Pauwels", "ploegleider non-wovens"),
    ("Inge Verhelst", "ploegleider breigoed"),
    ("Fien Casier", "ploegleider confectie"),
)


def _members(members: tuple[tuple[str, str], ...]) -> list[Participant]:
    return [Participant(name, role) for name, role in members]


def demo_networks() -> list[Network]:
    internal = Network(
        name="Van garen tot klant",
        kind="internal",
        organiser="Personeelsdienst (opleidingscoördinator)",
        purpose=(
            "Ploegleiders, planners, kwaliteit en onderhoud leren elkaars werk kennen en "
            "lossen samen praktijkvragen op die *tussen* de afdelingen vastlopen: "
            "ploegoverdracht, stilstanden, communicatie met de ploegen."
        ),
        goals=[
            "Begrijpen hoe planning en onderhoud beslissen over stilstanden",
            "Een korte, vaste ploegoverdracht invoeren in mijn ploeg",
            "Een moeilijk gesprek met een operator leren voorbereiden",
        ],
        start=date(2026, 2, 3),
        end=date(2026, 9, 8),
        planned_sessions=5,
        cadence_weeks=6,
        status="closed",
        participants=_members(INTERNAL_MEMBERS),
    )
    external = Network(
        name="Ploegleiders textiel (Cobot)",
        kind="external",
        organiser="Cobot, sectorfonds textiel",
        purpose=(
            "Ploegleiders uit negen textielbedrijven wisselen praktijkcases uit over "
            "leidinggeven op de werkvloer: nieuwe collega's inwerken, feedback geven, "
            "veiligheid en afwezigheden in de ploegen."
        ),
        goals=[
            "Een inwerktraject voor nieuwe operatoren dat werkt in drie ploegen",
            "Feedback geven die mensen echt gebruiken",
            "Zien hoe andere bedrijven omgaan met afwezigheden in de nachtploeg",
        ],
        start=date(2026, 9, 22),
        end=date(2027, 6, 29),
        planned_sessions=6,
        cadence_weeks=8,
        status="active",
        participants=_members(EXTERNAL_MEMBERS),
    )
    return [internal, external]


def demo_sessions(internal_id: int, external_id: int) -> list[Session]:
    return [
        Session(
            network_id=internal_id,
            date=date(2026, 2, 3),
            number=1,
            topic="Kennismaking en verwachtingen",
            work_form="Fotoronde en verwachtingen in kaart brengen",
            minutes=150,
            what_happened=(
                "We waren met twaalf: ploegleiders van weverij en ververij, twee planners, "
                "iemand van kwaliteit, twee technici van onderhoud en de "
                "magazijnverantwoordelijke. De opleidingscoördinator legde uit waarom dit "
                "netwerk er komt: de meeste problemen ontstaan *tussen* de afdelingen, niet "
                "erin.\n\nIedereen bracht één foto mee van een plek waar het bij hen vastloopt. "
                "Daarna maakten we afspraken: wat hier gezegd wordt, blijft hier; we brengen "
                "echte cases; elke sessie eindigt met een korte evaluatie."
            ),
            brought_in=(
                "Mijn foto: het whiteboard aan weefzaal 2 waar de ploegoverdracht op staat "
                "(of niet staat). De late ploeg hoort soms pas om zeven uur dat een getouw "
                "de hele vroege ploeg stil lag."
            ),
            learned=(
                "- Planning ziet mijn stilstanden pas de dag erna in het systeem; voor hen is "
                "dat plots een order die te laat is.\n"
                "- Onderhoud krijgt meldingen zonder uitleg en moet dan zelf gaan zoeken.\n"
                "- Bijna iedereen herkent het probleem van de overdracht: het ligt niet aan "
                "één ploeg."
            ),
            will_try="Met mijn ploeg afspreken wat er minimaal op het overdrachtsbord moet staan.",
            questions=(
                "Hoe houden andere afdelingen hun overdracht kort maar volledig? Wie beslist "
                "er als planning en onderhoud het niet eens zijn over een stilstand?"
            ),
            actions=[
                _action(
                    "demo-s1-a1",
                    "Drie vaste vragen op het overdrachtsbord: wat lag stil, waarom, wat loopt nog",
                    "done",
                    date(2026, 2, 20),
                    "Hangt er nu twee weken. De late ploeg leest het; de nachtploeg vult het "
                    "nog niet altijd in.",
                ),
            ],
            evaluation=4,
            evaluation_comment=(
                "Goede start en een veilige sfeer. De fotoronde werkte beter dan een klassieke "
                "voorstelronde. We liepen wel twintig minuten uit."
            ),
            feeling=4,
            competencies=["communication", "teamwork"],
            tags=["overdracht", "kennismaking"],
            team_insights=[
                "Een probleem tussen twee afdelingen is meestal een probleem van de "
                "overdracht, niet van de mensen.",
                "Planning ziet onze stilstanden pas de dag erna: meteen melden scheelt hen "
                "een halve dag puzzelen.",
            ],
        ),
        Session(
            network_id=internal_id,
            date=date(2026, 3, 17),
            number=2,
            topic="Stilstanden melden: van getouw tot planning",
            work_form="Casusbespreking in kleine groepen",
            minutes=120,
            follow_up=(
                "Het overdrachtsbord met de drie vragen hangt er. De nachtploeg vult het nog "
                "niet consequent in; ik heb het op de ploegvergadering opnieuw uitgelegd."
            ),
            what_happened=(
                "Een technicus van onderhoud bracht een case: een getouw dat drie keer in een "
                "week stilviel, telkens gemeld als 'storing' zonder meer uitleg. In groepjes "
                "van vier zochten we wat elke afdeling nodig heeft om sneller te helpen."
            ),
            brought_in=(
                "Hoe mijn operatoren een storing melden: mondeling, aan wie toevallig "
                "passeert. Ik heb eerlijk gezegd dat ik zelf nooit een vast kanaal heb "
                "afgesproken."
            ),
            learned=(
                "- Een goede melding zegt drie dingen: welk getouw, wat zag je, wat heb je al "
                "geprobeerd.\n"
                "- Onderhoud werkt met een prioriteitenlijst; een melding zonder uitleg zakt "
                "vanzelf naar onder.\n"
                "- De ververij gebruikt een eenvoudig meldformulier op een tablet. Dat kan bij "
                "ons ook."
            ),
            will_try="Het meldformulier van de ververij een maand testen in weefzaal 2.",
            questions=(
                "Hoe krijg ik de oudere operatoren mee in iets digitaals? Moet ik de "
                "meldingen zelf nalezen of vertrouw ik erop?"
            ),
            actions=[
                _action(
                    "demo-s2-a1",
                    "Meldformulier van de ververij een maand testen in weefzaal 2",
                    "done",
                    date(2026, 4, 24),
                    "Werkt: 31 meldingen in vier weken en onderhoud reageert merkbaar sneller. "
                    "Twee operatoren melden liever mondeling; dan vul ik het zelf in.",
                ),
                _action(
                    "demo-s2-a2",
                    "Wekelijks een kwartier de stilstanden overlopen met de planner",
                    "dropped",
                    date(2026, 5, 15),
                    "Lukte niet met onze uurroosters. De planner krijgt nu elke maandag een "
                    "overzicht uit het meldformulier.",
                ),
            ],
            evaluation=5,
            evaluation_comment=(
                "Heel concreet. Door de case van onderhoud begreep ik voor het eerst hun kant."
            ),
            feeling=4,
            competencies=["problem_solving", "communication"],
            tags=["stilstand", "onderhoud", "melden"],
            team_insights=[
                "Een goede storingsmelding: welk getouw, wat zag je, wat heb je al geprobeerd.",
                "We testen een maand het meldformulier op tablet dat de ververij al gebruikt.",
            ],
        ),
        Session(
            network_id=internal_id,
            date=date(2026, 4, 28),
            number=3,
            topic="Lean op de werkvloer zonder extra vergaderingen",
            work_form="Gastspreker en rondgang in weefzaal 2",
            speaker="Koen Verhaeghe (lean-coach)",
            minutes=180,
            follow_up=(
                "Het meldformulier loopt; ik heb de eerste cijfers meegebracht voor de groep."
            ),
            what_happened=(
                "Een lean-coach vertelde hoe een metaalbedrijf met een dagelijks overleg van "
                "tien minuten aan het bord werkt. Daarna liep de hele groep door onze eigen "
                "weefzaal: wat zie je als buitenstaander?"
            ),
            brought_in=(
                "Ik leidde de rondgang in weefzaal 2 en toonde de resultaten van het "
                "meldformulier na vier weken."
            ),
            learned=(
                "- Tien minuten aan het bord is genoeg als de vragen altijd dezelfde zijn.\n"
                "- Mensen van buiten de afdeling zagen meteen wat wij niet meer zien: de "
                "gangpaden, de rommel aan getouw 14.\n"
                "- Iets zichtbaar maken werkt beter dan een mail."
            ),
            will_try="Een staande overdracht van tien minuten aan het bord bij elke ploegwissel.",
            questions=(
                "Hoe houd ik het kort als er echt iets misloopt? Wat met mensen die na de "
                "wissel meteen weg moeten?"
            ),
            actions=[
                _action(
                    "demo-s3-a1",
                    "Staande overdracht van 10 minuten aan het bord bij elke ploegwissel",
                    "done",
                    date(2026, 6, 5),
                    "Loopt sinds half mei, gemiddeld acht minuten. De vroege ploeg blijft nu "
                    "vaker even om uitleg te geven.",
                ),
                _action("demo-s3-a2", "Opruimactie (5S) aan getouw 14 met de ploeg"),
            ],
            evaluation=4,
            evaluation_comment=(
                "Sterke spreker, maar te weinig tijd voor vragen. De rondgang was het beste deel."
            ),
            competencies=["problem_solving", "initiative"],
            tags=["lean", "overdracht", "gastspreker"],
            team_insights=[
                "Elke ploegwissel tien minuten staand aan het bord, altijd dezelfde drie vragen.",
                "Laat eens iemand van een andere afdeling door de zaal lopen: die ziet wat wij "
                "niet meer zien.",
            ],
        ),
        Session(
            network_id=internal_id,
            date=date(2026, 6, 9),
            number=4,
            topic="Intervisie: het gesprek dat je uitstelt",
            work_form="Intervisie volgens de incidentmethode",
            minutes=120,
            what_happened=(
                "Intervisie in twee groepen van zes. Ik bracht mijn eigen case in; de groep "
                "stelde eerst alleen vragen, pas daarna kwamen de adviezen."
            ),
            brought_in=(
                "Een ervaren operator in mijn ploeg is de laatste maanden vaak kort afwezig "
                "en klapt dicht bij elke opmerking. Ik stel het gesprek al weken uit."
            ),
            learned=(
                "- Ik wil het probleem te snel oplossen in plaats van eerst te vragen hoe het "
                "met hem gaat.\n"
                "- Een andere ploegleider had vorig jaar iets gelijkaardigs: beginnen met wat "
                "je ziet, niet met wat je denkt, maakte voor hem het verschil.\n"
                "- HR en de vertrouwenspersoon inschakelen is geen falen."
            ),
            will_try=(
                "Het gesprek voorbereiden met het schema van de groep (feiten, effect, vraag) "
                "en het nog deze maand voeren."
            ),
            questions="Waar ligt de grens tussen bezorgd zijn en me moeien met zijn privéleven?",
            actions=[
                _action(
                    "demo-s4-a1",
                    "Gesprek met de operator voorbereiden en voeren (feiten, effect, vraag)",
                    "done",
                    date(2026, 6, 19),
                    "Goed gesprek. Er speelt thuis iets; we spraken tijdelijk een vaste vroege "
                    "ploeg af. Hij is sindsdien veel minder afwezig.",
                ),
            ],
            evaluation=5,
            evaluation_comment=(
                "Voor mij de waardevolste sessie. Spannend om mijn eigen case in te brengen, "
                "maar de groep ging er met veel respect mee om."
            ),
            feeling=3,
            competencies=["self_reflection", "communication"],
            tags=["intervisie", "gesprek", "afwezigheid"],
            private=True,
        ),
        Session(
            network_id=internal_id,
            date=date(2026, 9, 8),
            number=5,
            topic="Afsluiting: wat veranderde er en hoe gaan we verder?",
            work_form="Evaluatie en afsprakenronde",
            minutes=150,
            follow_up=(
                "De staande overdracht loopt nog, ook na het zomerverlof. De opruimactie aan "
                "getouw 14 is er nog steeds niet van gekomen."
            ),
            what_happened=(
                "Laatste sessie, na het zomerverlof. Iedereen vertelde wat hij of zij concreet "
                "veranderde. Daarna evalueerden we het netwerk en beslisten we over een "
                "vervolg: twee keer per jaar een opvolgsessie, en het meldformulier komt in "
                "alle zalen."
            ),
            brought_in=(
                "Mijn resultaten: het overdrachtsbord, het meldformulier en de staande "
                "overdracht. Ik stelde voor dat nieuwe ploegleiders een dag meelopen in een "
                "andere afdeling."
            ),
            learned=(
                "- De kleine afspraken van hier veranderden mijn relatie met planning en "
                "onderhoud: ik bel nu gewoon.\n"
                "- Ik zie mijn ploeg meer als een schakel in de hele keten.\n"
                "- HR pikt het voorstel van de meeloopdag op."
            ),
            will_try=(
                "Zelf een meeloopdag bij planning doen en het idee uitwerken voor nieuwe "
                "ploegleiders."
            ),
            questions="Hoe houden we dit levend zonder vaste sessies?",
            actions=[
                _action("demo-s5-a1", "Een meeloopdag bij planning inplannen"),
                _action(
                    "demo-s5-a2",
                    "Voorstel 'meeloopdag voor nieuwe ploegleiders' op papier zetten voor HR",
                ),
            ],
            evaluation=4,
            evaluation_comment="Mooie afsluiting. Jammer dat twee deelnemers er niet bij waren.",
            competencies=["teamwork", "initiative", "self_reflection"],
            tags=["afsluiting", "evaluatie"],
            team_insights=[
                "Vanaf oktober meldt iedereen storingen via het meldformulier, in alle zalen.",
                "Het netwerk komt twee keer per jaar terug samen: vragen voor planning of "
                "onderhoud mag je mij meegeven.",
            ],
        ),
        Session(
            network_id=external_id,
            date=date(2026, 9, 22),
            number=1,
            topic="Kick-off: kennismaking en leerdoelen",
            work_form="Kennismaking, verwachtingen en leerdoelen kiezen",
            minutes=210,
            what_happened=(
                "Dertien ploegleiders uit negen textielbedrijven, van tapijt tot technisch "
                "textiel. De begeleider van Cobot legde het traject uit: zes sessies, om de "
                "acht weken, telkens in een ander bedrijf. Samen kozen we de thema's: "
                "inwerken, feedback geven, afwezigheden en veiligheid."
            ),
            brought_in=(
                "Ons inwerkprobleem: een nieuwe operator krijgt van elke ploeg een andere "
                "uitleg en weet na een week niet meer wat juist is."
            ),
            learned=(
                "- Ik ben niet de enige: bijna iedereen worstelt met inwerken in ploegen.\n"
                "- Een tapijtbedrijf werkt met een vaste peter of meter per nieuwe collega en "
                "een checklist voor de eerste tien dagen.\n"
                "- Je leerdoelen hardop zeggen helpt: de groep spreekt je er later op aan."
            ),
            will_try="De checklist van het tapijtbedrijf opvragen en naast onze aanpak leggen.",
            questions="Hoe kies je een goede peter of meter zonder dat het altijd dezelfde is?",
            actions=[
                _action(
                    "demo-s6-a1",
                    "Checklist inwerken opvragen bij de ploegleider van het tapijtbedrijf",
                    "done",
                    date(2026, 10, 2),
                    "Gekregen, met hun ervaringen erbij. Ik maakte er een eerste versie voor "
                    "weefzaal 2 van.",
                ),
            ],
            evaluation=4,
            evaluation_comment="Herkenbare groep. De kennismaking duurde wel lang.",
            feeling=4,
            competencies=["communication", "teamwork"],
            tags=["inwerken", "kick-off"],
            team_insights=[
                "Een nieuwe collega krijgt best één vaste peter of meter en een checklist voor "
                "de eerste tien dagen.",
                "Andere textielbedrijven hebben dezelfde problemen: we hoeven het wiel niet "
                "zelf uit te vinden.",
            ],
        ),
        Session(
            network_id=external_id,
            date=date(2026, 11, 17),
            number=2,
            topic="Feedback geven op de werkvloer",
            work_form="Korte inleiding en rollenspel in drietallen",
            speaker="Ilse Wouters (trainer communicatie)",
            minutes=210,
            follow_up=(
                "De inwerkchecklist is klaar in een eerste versie; twee nieuwe operatoren "
                "zijn ermee gestart."
            ),
            what_happened=(
                "Een trainer gaf een korte inleiding over feedback die werkt: concreet, op "
                "tijd, over gedrag en niet over de persoon. Daarna rollenspel in drietallen "
                "met cases uit onze eigen bedrijven. Ik speelde eerst de operator, daarna "
                "mezelf."
            ),
            brought_in=(
                "Vorige maand 'vergat' een uitzendkracht zijn veiligheidsschoenen. Ik "
                "reageerde kortaf, waar de hele ploeg bij stond."
            ),
            learned=(
                "- Feedback waar anderen bij staan, komt aan als een afstraffing.\n"
                "- Vraag eerst of de ander het zelf ziet: *Wat merk je?*\n"
                "- Een compliment moet even concreet zijn als kritiek, anders telt het niet."
            ),
            will_try=(
                "Elke week bewust drie concrete complimenten geven in mijn ploeg; kritiek "
                "altijd één op één."
            ),
            questions=(
                "Hoe geef ik feedback aan een collega-ploegleider zonder dat het als bemoeien "
                "overkomt?"
            ),
            actions=[
                _action("demo-s7-a1", "Elke week drie concrete complimenten in mijn ploeg"),
                _action("demo-s7-a2", "Kritiek altijd één op één, nooit aan het bord"),
                _action(
                    "demo-s7-a3",
                    "Het rollenspel herhalen op de ploegvergadering",
                    "dropped",
                    date(2026, 11, 24),
                    "Past niet in een ploegvergadering van twintig minuten; ik neem het mee "
                    "in het inwerktraject.",
                ),
            ],
            evaluation=5,
            evaluation_comment="Het rollenspel was ongemakkelijk en net daarom leerrijk.",
            feeling=4,
            competencies=["communication", "self_reflection"],
            tags=["feedback", "rollenspel", "veiligheid"],
            team_insights=[
                "Kritiek geven we één op één, niet aan het bord waar iedereen bij staat.",
                "Een compliment telt pas als het concreet is: zeg wat iemand goed deed.",
            ],
        ),
    ]


def demo_feedback(internal_id: int, external_id: int, sessions: list[Session]) -> list[Feedback]:
    by_date = {s.date: s.id for s in sessions}
    return [
        Feedback(
            date=date(2026, 2, 3),
            giver_name="Leen Maes",
            giver_role="facilitator",
            network_id=internal_id,
            session_id=by_date[date(2026, 2, 3)],
            said=(
                "Je brengt je problemen heel open. Vraag ook eens hoe anderen het aanpakken: "
                "je springt soms meteen naar een oplossing."
            ),
            reaction="Herkenbaar. Ik wil snel vooruit en vergeet dan te luisteren.",
            plan="In de volgende sessies eerst twee vragen stellen voor ik iets voorstel.",
            status="applied",
        ),
        Feedback(
            date=date(2026, 3, 17),
            giver_name="Dirk Vanneste",
            giver_role="participant",
            network_id=internal_id,
            session_id=by_date[date(2026, 3, 17)],
            said=(
                "Als je ploeg bij een storing meteen zegt welk getouw en wat ze zagen, zijn "
                "wij twee keer zo snel ter plaatse."
            ),
            reaction="Dat wist ik niet. Wij dachten dat onderhoud gewoon te weinig mensen heeft.",
            plan="Het meldformulier testen en de drie vragen aanleren aan de ploeg.",
            status="applied",
        ),
        Feedback(
            date=date(2026, 4, 28),
            giver_name="Koen Verhaeghe",
            giver_role="expert",
            network_id=internal_id,
            session_id=by_date[date(2026, 4, 28)],
            said=(
                "Your handover board has too much text. Three questions, big letters, and "
                "remove whatever nobody reads."
            ),
            reaction="Klopt: niemand leest de onderste helft van het bord.",
            plan="Het bord herschikken met de ploeg; de eerste versie hangt er.",
            status="trying",
        ),
        Feedback(
            date=date(2026, 6, 9),
            giver_name="Nathalie Desmet",
            giver_role="participant",
            network_id=internal_id,
            session_id=by_date[date(2026, 6, 9)],
            said=(
                "Je sprak met veel zorg over je operator, maar je zei vier keer 'ik moet'. "
                "Misschien hoef jij niet alles alleen te dragen."
            ),
            reaction="Dat raakte me. Ik neem veel op mijn schouders, ook thuis.",
            plan="HR en de vertrouwenspersoon durven inschakelen als het over meer gaat dan werk.",
            status="applied",
            private=True,
        ),
        Feedback(
            date=date(2026, 6, 23),
            giver_name="Griet Lambrecht",
            giver_role="manager",
            said=(
                "Je kaart problemen met andere afdelingen nu veel beter aan. Wat ik nog mis: "
                "dat je je ploeg meer zelf laat oplossen in plaats van alles naar je toe te "
                "trekken."
            ),
            reaction="Eerlijk. Ik los graag zelf op, dan weet ik dat het gebeurt.",
            plan=(
                "Bij de staande overdracht eerst de ploeg laten voorstellen wat er moet "
                "gebeuren, pas daarna zelf iets zeggen."
            ),
            status="trying",
        ),
        Feedback(
            date=date(2026, 9, 22),
            giver_name="Peter Goossens",
            giver_role="other",
            network_id=external_id,
            session_id=by_date[date(2026, 9, 22)],
            said=(
                "Zet de overdracht in het MES in plaats van op een bord: dan heb je alles "
                "digitaal en kan je het analyseren."
            ),
            reaction=(
                "Interessant, maar mijn operatoren staan niet aan een scherm. Het bord werkt "
                "net omdat iedereen het ziet."
            ),
            plan="Niet nu. Terug bekijken als het MES tablets aan de getouwen krijgt.",
            status="set_aside",
        ),
        Feedback(
            date=date(2026, 10, 14),
            giver_name="Yusuf Aydin",
            giver_role="colleague",
            said=(
                "De staande overdracht is goed, maar na een nachtploeg zijn tien minuten "
                "lang. Kan het op vrijdag korter?"
            ),
            reaction="Terecht punt; de nachtploeg staat er het langst.",
            plan="Met de ploeg een kortere vrijdagversie afspreken (alleen wat stilligt).",
            status="open",
        ),
        Feedback(
            date=date(2026, 11, 17),
            giver_name="Ilse Wouters",
            giver_role="expert",
            network_id=external_id,
            session_id=by_date[date(2026, 11, 17)],
            said=(
                "Je begint je reactie op feedback vaak met 'ja, maar'. Probeer eens 'ja, en' "
                "en kijk wat er gebeurt."
            ),
            reaction="Ik hoorde het mezelf drie keer zeggen in het rollenspel.",
            plan="Een week lang letten op 'ja, maar' in de ploegvergadering.",
            status="open",
        ),
        Feedback(
            date=date(2026, 11, 17),
            giver_name="Bart Vercruysse",
            giver_role="participant",
            network_id=external_id,
            session_id=by_date[date(2026, 11, 17)],
            said="Als het over je eigen fouten gaat, lach je het weg. Dat hoeft hier niet.",
            reaction="Dat doe ik inderdaad. Ik wil niet zwak overkomen als jongste ploegleider.",
            plan="In de volgende sessie één eigen fout inbrengen, zonder grapje.",
            status="open",
            private=True,
        ),
    ]


# Scores in the order of the ten statements of the source text (store/selfcheck.py):
# wil leren, openstaan, leerkansen zoeken, ideeën inbrengen, onbekend terrein,
# kritisch nadenken, feedback gebruiken, verschillende kijk, lessen trekken, richting geven.
TAKES: tuple[tuple[date, str, str, tuple[int, ...], dict[int, str]], ...] = (
    (
        date(2026, 1, 20),
        "before",
        "internal",
        (5, 4, 2, 3, 2, 3, 2, 3, 4, 1),
        {
            2: "Ik leer vooral als er iets misloopt, niet omdat ik het zelf zoek.",
            6: "Ik krijg weinig feedback en doe er nog minder mee.",
            9: "Ik ben de jongste ploegleider; ik zwijg liever in een groep.",
        },
    ),
    (
        date(2026, 6, 16),
        "during",
        "internal",
        (5, 4, 3, 4, 3, 4, 3, 4, 4, 2),
        {
            3: "Ik bracht al twee cases in, en de rondgang in weefzaal 2.",
            6: "Ik schrijf de feedback nu op; toepassen lukt nog niet altijd.",
        },
    ),
    (
        date(2026, 10, 6),
        "after",
        "internal",
        (5, 5, 4, 4, 3, 4, 4, 4, 5, 3),
        {
            6: "Van de feedback die ik opschreef, paste ik het meeste ook echt toe.",
            8: "Elke verandering in mijn ploeg kwam uit een les van een sessie.",
            9: "Ik stelde de meeloopdag voor en HR neemt het op.",
        },
    ),
)


def demo_selfchecks(network_ids: dict[str, int], statement_keys: list[str]) -> list[SelfCheckTake]:
    takes = []
    for when, moment, network, scores, notes in TAKES:
        takes.append(
            SelfCheckTake(
                date=when,
                moment=moment,
                network_id=network_ids[network],
                scores=dict(zip(statement_keys, scores, strict=True)),
                notes={statement_keys[index]: note for index, note in notes.items()},
            )
        )
    return takes


def build_demo(path: Path) -> None:
    """Write the whole demo set to a new data file at `path` through the Store."""
    from store.selfcheck import STATEMENTS

    statement_keys = [statement.key for statement in STATEMENTS]
    with Store.open(path) as store:
        store.save_settings(Settings(person=PERSON, welcomed=True))
        internal, external = (store.save_network(n) for n in demo_networks())
        assert internal.id is not None and external.id is not None
        sessions = [store.save_session(s) for s in demo_sessions(internal.id, external.id)]
        for item in demo_feedback(internal.id, external.id, sessions):
            store.save_feedback(item)
        ids = {"internal": internal.id, "external": external.id}
        for take in demo_selfchecks(ids, statement_keys):
            store.save_selfcheck(take)


def main() -> None:
    """Rebuild store/demo/leernet-demo.json (run from the project root)."""
    target = Path(__file__).parent / "demo" / DEMO_FILE_NAME
    with tempfile.TemporaryDirectory() as folder:
        built = Path(folder) / DEMO_FILE_NAME
        build_demo(built)
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(built, target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
