"""The export screen driven through the real app: preview, save, overwrite question, copy."""

from __future__ import annotations

import stat
from datetime import date
from pathlib import Path

from test_export import build_store
from textual.widgets import Input, Markdown, RadioSet, Static

from screens.confirm import ConfirmModal
from screens.export import ExportScreen, preview_text
from screens.fields import FormField
from store.db import Store
from store.export import default_file_name, export_markdown


async def settle(pilot, wait: float = 0.0) -> None:
    """Let debounce timers, the preview worker and the Markdown update finish."""
    if wait:
        await pilot.pause(wait)
    for _ in range(3):
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


async def open_export(pilot) -> ExportScreen:
    await pilot.press("e")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, ExportScreen)
    return screen


def preview(screen: ExportScreen) -> str:
    return screen.query_one("#export-markdown", Markdown).source


def left_out(screen: ExportScreen) -> str:
    return str(screen.query_one("#export-left-out", Static).content)


def field_error(screen: ExportScreen, widget_id: str) -> str:
    field = screen.query_one(f"#field-{widget_id}", FormField)
    return (
        str(field.query_one(".form-error", Static).content) if field.has_class("-invalid") else ""
    )


async def test_preview_shows_the_team_export_and_what_was_left_out(store: Store, make_app) -> None:
    build_store(store)
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        expected = export_markdown(store, "team", lang="en").markdown
        assert preview(screen) == expected
        assert "Left out: 1 private session" in left_out(screen)
        # Choose growth with the keyboard: the preview follows.
        assert app.focused is screen.query_one("#export-audience", RadioSet)
        await pilot.press("down", "enter")
        await settle(pilot)
        assert preview(screen).startswith("# My participation in learning networks")
        assert "2 private feedback items" in left_out(screen)


async def test_save_writes_the_file_and_a_second_save_asks_first(
    store: Store, make_app, tmp_path: Path
) -> None:
    build_store(store)
    folder = tmp_path / "exports"
    folder.mkdir()
    app = make_app(lang="nl")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        screen.query_one("#export-folder", Input).value = str(folder)
        await pilot.press("ctrl+s")
        await settle(pilot)
        target = folder / default_file_name("team", date.today())
        assert (
            str(screen.query_one("#export-file-name", Static).content) == f"Bestand: {target.name}"
        )
        assert (
            target.read_text(encoding="utf-8") == export_markdown(store, "team", lang="nl").markdown
        )
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        assert store.settings().export_dir == str(folder)
        assert any("Bewaard als" in n.message for n in app._notifications)

        # Second save: asked first; "no" keeps the old file.
        target.write_text("mijn eigen aanpassing", encoding="utf-8")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        assert target.name in app.screen.question
        await pilot.press("n")
        await settle(pilot)
        assert target.read_text(encoding="utf-8") == "mijn eigen aanpassing"
        assert isinstance(app.screen, ExportScreen)

        # ... and "yes" replaces it.
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmModal)
        await pilot.press("y")
        await settle(pilot)
        assert target.read_text(encoding="utf-8").startswith("# Uit mijn lerend netwerk")
        assert [p.name for p in folder.iterdir()] == [target.name]


async def test_folder_remembered_next_time(store: Store, make_app, tmp_path: Path) -> None:
    store.update_settings(export_dir=str(tmp_path))
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        assert screen.query_one("#export-folder", Input).value == str(tmp_path)


async def test_bad_input_gets_a_message_next_to_the_field(
    store: Store, make_app, tmp_path: Path
) -> None:
    build_store(store)
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        before = preview(screen)
        since = screen.query_one("#export-since", Input)
        since.focus()
        await pilot.press(*"31-02-2026")
        await settle(pilot, 0.4)
        assert field_error(screen, "export-since") == "Not a valid date (e.g. 2026-01-31)."
        assert since.value == "31-02-2026"  # what was typed stays
        assert preview(screen) == before

        since.value = "2026-06-01"
        screen.query_one("#export-until", Input).value = "2026-05-01"
        await settle(pilot, 0.4)
        assert field_error(screen, "export-since") == ""
        assert field_error(screen, "export-until") == "This date lies before the start date."

        screen.query_one("#export-until", Input).value = "2026-06-30"
        await settle(pilot, 0.4)
        assert field_error(screen, "export-until") == ""
        assert "Period: 1 June 2026 – 30 June 2026" in preview(screen)

        missing = tmp_path / "not-there"
        screen.query_one("#export-folder", Input).value = str(missing)
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert field_error(screen, "export-folder") == "This folder does not exist."
        assert app.focused is screen.query_one("#export-folder", Input)
        assert not missing.exists()

        # A folder where nothing can be written (even root cannot create files in /proc).
        screen.query_one("#export-folder", Input).value = "/proc"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert field_error(screen, "export-folder").startswith("Could not save: ")
        assert isinstance(app.screen, ExportScreen)


async def test_copy_puts_the_export_on_the_clipboard(store: Store, make_app) -> None:
    build_store(store)
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("ctrl+y")
        await settle(pilot)
        assert app.clipboard == preview(screen)
        assert any("OSC 52" in n.message for n in app._notifications)


async def test_language_switch_keeps_the_choices(store: Store, make_app) -> None:
    build_store(store)
    app = make_app(lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_export(pilot)
        await pilot.press("down", "enter")  # growth
        screen.query_one("#export-since", Input).value = "2026-03-01"
        await settle(pilot, 0.4)
        app.screen.query_one("#export-audience", RadioSet).focus()
        await pilot.press("l")
        await settle(pilot)
        screen = app.screen
        assert screen.query_one("#export-since", Input).value == "2026-03-01"
        assert preview(screen).startswith("# Mijn deelname aan lerende netwerken")
        assert "Periode: vanaf 1 maart 2026" in preview(screen)


def test_preview_text_cuts_between_blocks() -> None:
    markdown = "# A\n\n" + "\n\n".join(f"para {i}" for i in range(1000))
    shown, cut = preview_text(markdown, limit=100)
    assert cut and len(shown) <= 100 and not shown.endswith("\n")
    assert preview_text("short", limit=100) == ("short", False)
