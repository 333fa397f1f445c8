"""`NavBar`: one line under the header naming each area with its key; clickable."""

from __future__ import annotations

from textual.widgets import Static

# (area, key, i18n key) in display order; the App binds the same keys.
AREAS: tuple[tuple[str, str, str], ...] = (
    ("dashboard", "d", "nav.dashboard"),
    ("selfcheck", "c", "nav.selfcheck"),
    ("networks", "n", "nav.networks"),
    ("feedback", "f", "nav.feedback"),
    ("actions", "a", "nav.actions"),
    ("search", "slash", "nav.search"),
    ("export", "e", "nav.export"),
)

KEY_DISPLAY = {"slash": "/"}


class NavBar(Static):
    """Shows the areas; the current one highlighted. Click an area to go there."""

    DEFAULT_CSS = """
    NavBar {
        height: 1;
        background: $boost;
        color: $text-muted;
        padding: 0;
    }
    """

    def __init__(self, current: str = "") -> None:
        super().__init__()
        self.current = current

    def on_mount(self) -> None:
        self.update(self.render_areas())

    def render_areas(self) -> str:
        parts = []
        known = getattr(self.app, "areas", None)
        for area, key, label_key in AREAS:
            if known is not None and area not in known:
                continue
            label = self.app.t(label_key)  # type: ignore[attr-defined]
            shown = KEY_DISPLAY.get(key, key)
            text = f"[b $accent]{shown}[/] {label}"
            # Only the current area gets padding: all seven fit in 80 columns in both languages.
            text = f"[reverse] {text} [/reverse]" if area == self.current else text
            parts.append(f"[@click=app.area('{area}')]{text}[/]")
        return " " + " ".join(parts)
