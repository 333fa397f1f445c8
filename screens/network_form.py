"""`NetworkFormScreen`: add or edit a learning network; errors next to their field.

Pushed with `push_screen(NetworkFormScreen(network_id), callback)`; dismisses with the
saved `Network` (or None when the user goes back without saving). What is typed is kept
as a draft like the journal's (screens/drafting.py) and offered back when the form is
opened again.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Input, Select, Static, TextArea

from screens.base import LeernetScreen
from screens.confirm import ConfirmModal
from screens.drafting import DraftKeeping
from screens.fields import FormField, FormInput, FormTextArea
from store.dates import format_date
from store.errors import WriteFailed
from store.models import NETWORK_KINDS, Network
from store.networks import NetworkForm, network_to_form, read_network_form

# Form field name -> widget id (the FormField around it is "field-<widget id>").
FIELD_IDS = {
    "name": "nf-name",
    "kind": "nf-kind",
    "organiser": "nf-organiser",
    "purpose": "nf-purpose",
    "goals": "nf-goals",
    "participants": "nf-participants",
    "start": "nf-start",
    "end": "nf-end",
    "planned_sessions": "nf-planned",
    "cadence_weeks": "nf-cadence",
}


def input_date(value: Any, lang: str) -> str:
    """A date as pre-filled in an input: a form that reads back without ambiguity."""
    if not value:
        return ""
    return format_date(value, "nl") if lang == "nl" else value.isoformat()


class NetworkFormScreen(DraftKeeping, LeernetScreen):
    AREA = "networks"
    HELP_KEY = "networks.form.howto"
    DRAFT_QUESTION = "networks.draft.question"

    FORM = True

    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", tooltip="networks.form.howto", priority=True),
        Binding("escape", "back", "key.back"),
    ]

    def __init__(self, network_id: int | None = None) -> None:
        super().__init__()
        self.network_id = network_id
        self.base: Network | None = None

    def compose_body(self) -> ComposeResult:
        if self.network_id is not None:
            self.base = self.store.network(self.network_id)
        base = self.base or Network()
        form = network_to_form(base, lambda d: input_date(d, self.lang))
        title = "networks.form.edit_title" if self.base else "networks.form.new_title"
        with VerticalScroll(id="network-form"):
            yield Static(f"[b]{self.t(title)}[/b]", classes="screen-title")
            yield FormField(
                self.t("networks.form.name"), FormInput(form.name, id="nf-name", max_length=200)
            )
            with Horizontal(classes="form-row"):
                yield FormField(
                    self.t("networks.form.kind"),
                    Select(
                        [(self.t(f"networks.kind.{k}.long"), k) for k in NETWORK_KINDS],
                        value=form.kind,
                        allow_blank=False,
                        id="nf-kind",
                    ),
                )
                yield FormField(
                    self.t("networks.form.organiser"), FormInput(form.organiser, id="nf-organiser")
                )
            yield FormField(
                self.t("networks.form.purpose"), FormInput(form.purpose, id="nf-purpose")
            )
            yield FormField(
                self.t("networks.form.goals"),
                FormTextArea(form.goals, id="nf-goals", soft_wrap=True, classes="goals"),
            )
            yield FormField(
                self.t("networks.form.participants"),
                FormTextArea(form.participants, id="nf-participants", soft_wrap=True),
            )
            hint = self.t("networks.form.date_hint")
            with Horizontal(classes="form-row"):
                yield FormField(
                    self.t("networks.form.start"),
                    FormInput(form.start, placeholder=hint, id="nf-start"),
                )
                yield FormField(
                    self.t("networks.form.end"), FormInput(form.end, placeholder=hint, id="nf-end")
                )
            with Horizontal(classes="form-row"):
                yield FormField(
                    self.t("networks.form.planned"),
                    FormInput(form.planned_sessions, id="nf-planned"),
                )
                yield FormField(
                    self.t("networks.form.cadence"),
                    FormInput(form.cadence_weeks, id="nf-cadence"),
                )

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#nf-name", Input).focus()
        # After the first layout, like the journal: the restore question is a screen.
        self.call_after_refresh(self.offer_draft)

    # -- the draft -----------------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        return f"network:{self.network_id}" if self.network_id is not None else "new-network"

    def draft_state(self) -> dict[str, Any]:
        return dataclasses.asdict(self.read_form())

    @property
    def draft_blocked(self) -> bool:
        """The network being edited was deleted meanwhile: no form to keep."""
        return self.network_id is not None and self.base is None

    async def apply_draft(self, draft: dict[str, Any]) -> None:
        """Put a draft back, keeping only values the widgets can take (a hand-edited
        drafts file must not crash the form)."""
        for name, widget_id in FIELD_IDS.items():
            value = draft.get(name)
            if not isinstance(value, str):
                continue
            widget = self.query_one(f"#{widget_id}")
            if isinstance(widget, Select):
                if value in NETWORK_KINDS:
                    widget.value = value
            elif isinstance(widget, TextArea):
                widget.text = value
            elif isinstance(widget, Input):
                widget.value = value

    def on_input_changed(self) -> None:
        self.draft_changed()

    def on_text_area_changed(self) -> None:
        self.draft_changed()

    def on_select_changed(self) -> None:
        self.draft_changed()

    def read_form(self) -> NetworkForm:
        kind = self.query_one("#nf-kind", Select).value
        return NetworkForm(
            name=self.query_one("#nf-name", Input).value,
            kind=kind if isinstance(kind, str) else NETWORK_KINDS[0],
            organiser=self.query_one("#nf-organiser", Input).value,
            purpose=self.query_one("#nf-purpose", Input).value,
            goals=self.query_one("#nf-goals", TextArea).text,
            participants=self.query_one("#nf-participants", TextArea).text,
            start=self.query_one("#nf-start", Input).value,
            end=self.query_one("#nf-end", Input).value,
            planned_sessions=self.query_one("#nf-planned", Input).value,
            cadence_weeks=self.query_one("#nf-cadence", Input).value,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, widget_id in FIELD_IDS.items():
            code = errors.get(name)
            field = self.query_one(f"#field-{widget_id}", FormField)
            field.show_error(self.t(f"networks.error.{code}") if code else "")
        first = next((FIELD_IDS[name] for name in FIELD_IDS if name in errors), None)
        if first:
            self.query_one(f"#{first}").focus()

    async def action_save(self) -> None:
        await self.settle_input()
        network, errors = read_network_form(self.read_form(), base=self.base)
        self.show_errors(errors)
        if network is None:
            self.notify(self.t("networks.form.fix"), severity="warning")
            return
        try:
            saved = self.store.save_network(network)
        except WriteFailed as error:
            self.notify(self.t("msg.write_failed", reason=str(error)), severity="error")
            return
        self.saved_now()
        self.notify(self.t("networks.form.saved", name=saved.name))
        self.dismiss(saved)

    async def action_back(self) -> None:
        await self.settle_input()
        if not self.is_dirty():
            self.discard_draft()  # a draft, if any, holds nothing that is not saved
            self.dismiss(None)
            return

        def answered(leave: bool | None) -> None:
            if leave:
                self.discard_draft()
                self.dismiss(None)

        self.app.push_screen(
            ConfirmModal(
                self.t("networks.form.leave"),
                yes_label=self.t("networks.form.leave_yes"),
                no_label=self.t("networks.form.leave_no"),
            ),
            answered,
        )
