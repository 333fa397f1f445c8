"""`FeedbackFormScreen`: write down one piece of feedback — when, from whom, what was said,
my reaction, what I will do with it — or edit one. Dismisses with the saved Feedback, or
None when left without saving.

Checking happens in store.feedback_log.build_feedback; every problem is shown under its
own field and what was typed stays. What is typed is kept as a draft like the journal's
(screens/drafting.py) and offered back when the form is opened again.
"""

from __future__ import annotations

import dataclasses
from datetime import date
from typing import Any

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Checkbox, Input, Label, Select, TextArea

from screens.base import LeernetScreen
from screens.confirm import ConfirmModal
from screens.drafting import DraftKeeping
from screens.fields import FormField, FormInput, FormTextArea
from store.dates import format_date
from store.errors import WriteFailed
from store.feedback_log import FeedbackDraft, FeedbackInvalid, build_feedback, draft_from
from store.models import FEEDBACK_ROLES, FEEDBACK_STATUSES, Feedback

# Error keys of build_feedback -> the id of the widget whose field shows the message.
ERROR_FIELDS = {
    "date": "fb-date",
    "said": "fb-said",
    "giver_role": "fb-role",
    "status": "fb-status",
    "session": "fb-session",
}


# Choices longer than this would wrap inside the half-width Selects at 80 columns.
OPTION_WIDTH = 28


def first_line(text: str, width: int) -> str:
    """The first non-empty line, cut to `width` characters with an ellipsis."""
    line = next((part.strip() for part in text.splitlines() if part.strip()), "")
    return line if len(line) <= width else line[: max(width - 1, 0)] + "…"


class FeedbackFormScreen(DraftKeeping, LeernetScreen):
    AREA = "feedback"
    HELP_KEY = "feedback.howto"
    DRAFT_QUESTION = "feedback.draft.question"

    FORM = True

    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", tooltip="feedback.key.save.help"),
        Binding("escape", "cancel", "key.cancel", tooltip="feedback.key.cancel.help"),
    ]

    def __init__(self, item: Feedback | None = None, *, network_id: int | None = None) -> None:
        """Edit `item`, or start a new entry (linked to `network_id` if given)."""
        self.item = item
        start = item or Feedback(date=date.today(), network_id=network_id)
        super().__init__()
        self._network_id = start.network_id  # the network whose sessions are offered
        self._initial = draft_from(start, format_date(start.date, self.lang))

    # -- layout ------------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        draft = self._initial
        title_key = "feedback.form.title_edit" if self.item else "feedback.form.title_new"
        with VerticalScroll(id="fb-form"):
            yield Label(f"[b]{self.t(title_key)}[/b]", id="fb-form-title")
            with Horizontal(classes="fb-row"):
                yield FormField(
                    self.t("feedback.form.date"),
                    FormInput(
                        draft.date_text,
                        placeholder=self.t("feedback.form.date_placeholder"),
                        id="fb-date",
                    ),
                )
                yield FormField(
                    self.t("feedback.form.role"),
                    Select(
                        [(self.t(f"feedback.role.{r}"), r) for r in FEEDBACK_ROLES],
                        value=draft.giver_role,
                        allow_blank=False,
                        id="fb-role",
                    ),
                )
                yield FormField(
                    self.t("feedback.form.name"),
                    FormInput(
                        draft.giver_name,
                        placeholder=self.t("feedback.form.name_placeholder"),
                        id="fb-name",
                    ),
                )
            with Horizontal(classes="fb-row"):
                yield FormField(
                    self.t("feedback.form.network"),
                    Select(
                        self._network_options(),
                        value=self._known(draft.network_id, self._network_options()),
                        prompt=self.t("feedback.form.no_network"),
                        id="fb-network",
                    ),
                )
                sessions = self._session_options(self._network_id)
                yield FormField(
                    self.t("feedback.form.session"),
                    Select(
                        sessions,
                        value=self._known(draft.session_id, sessions),
                        prompt=self.t("feedback.form.no_session"),
                        disabled=self._network_id is None,
                        id="fb-session",
                    ),
                )
            yield FormField(self.t("feedback.form.said"), self._editor(draft.said, "fb-said"))
            yield FormField(
                self.t("feedback.form.reaction"), self._editor(draft.reaction, "fb-reaction")
            )
            yield FormField(self.t("feedback.form.plan"), self._editor(draft.plan, "fb-plan"))
            with Horizontal(classes="fb-row"):
                yield FormField(
                    self.t("feedback.form.status"),
                    Select(
                        [(self.t(f"feedback.status.{s}"), s) for s in FEEDBACK_STATUSES],
                        value=draft.status,
                        allow_blank=False,
                        id="fb-status",
                    ),
                )
                yield FormField(
                    self.t("feedback.form.private"),
                    Checkbox(self.t("feedback.form.private_hint"), draft.private, id="fb-private"),
                )

    @staticmethod
    def _editor(text: str, widget_id: str) -> TextArea:
        # Tab leaves the editor (keyboard users move through the form with Tab).
        return FormTextArea(text, soft_wrap=True, tab_behavior="focus", id=widget_id)

    @staticmethod
    def _known(value: int | None, options: list[tuple[str, int]]) -> Any:
        return value if value is not None and any(v == value for _, v in options) else Select.NULL

    def _network_options(self) -> list[tuple[str, int]]:
        networks = sorted(self.store.networks(), key=lambda n: (n.status != "active", n.name))
        return [
            (first_line(n.name, OPTION_WIDTH) or f"#{n.id}", n.id)
            for n in networks
            if n.id is not None
        ]

    def _session_options(self, network_id: int | None) -> list[tuple[str, int]]:
        if network_id is None:
            return []
        sessions = sorted(
            self.store.sessions(network_id),
            key=lambda s: (s.date or date.min, s.number or 0),
            reverse=True,
        )
        return [
            (
                first_line(
                    self.t(
                        "feedback.form.session_option",
                        number=f"{s.number}. " if s.number else "",
                        date=format_date(s.date, self.lang),
                        topic=s.topic,
                    ),
                    OPTION_WIDTH,
                )
                or f"#{s.id}",
                s.id,
            )
            for s in sessions
            if s.id is not None
        ]

    def on_mount(self) -> None:
        super().on_mount()
        # What the form holds untouched, as its widgets read it (for "discard changes?").
        self._initial = self.collect()
        self.query_one("#fb-said" if self.item else "#fb-date").focus()
        # After the first layout, like the journal: the restore question is a screen.
        self.call_after_refresh(self.offer_draft)

    # -- the draft -----------------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        if self.item is not None and self.item.id is not None:
            return f"feedback:{self.item.id}"
        return "new-feedback"

    def draft_state(self) -> dict[str, Any]:
        return dataclasses.asdict(self.collect())

    async def apply_draft(self, draft: dict[str, Any]) -> None:
        """Put a draft back, keeping only values the widgets can take (a hand-edited
        drafts file must not crash the form)."""
        for widget_id, name in (("fb-date", "date_text"), ("fb-name", "giver_name")):
            if isinstance(draft.get(name), str):
                self.query_one(f"#{widget_id}", Input).value = draft[name]
        for widget_id, name in (
            ("fb-said", "said"),
            ("fb-reaction", "reaction"),
            ("fb-plan", "plan"),
        ):
            if isinstance(draft.get(name), str):
                self.query_one(f"#{widget_id}", TextArea).text = draft[name]
        if draft.get("giver_role") in FEEDBACK_ROLES:
            self.query_one("#fb-role", Select).value = draft["giver_role"]
        if draft.get("status") in FEEDBACK_STATUSES:
            self.query_one("#fb-status", Select).value = draft["status"]
        if isinstance(draft.get("private"), bool):
            self.query_one("#fb-private", Checkbox).value = draft["private"]
        networks = self._network_options()
        network_id = draft.get("network_id")
        network = self.query_one("#fb-network", Select)
        with network.prevent(Select.Changed):  # the session list is set right here
            network.value = self._known(network_id, networks)
        self._network_id = network_id if network.value is not Select.NULL else None
        session = self.query_one("#fb-session", Select)
        sessions = self._session_options(self._network_id)
        session.set_options(sessions)
        session.disabled = self._network_id is None
        session.value = self._known(draft.get("session_id"), sessions)

    # -- the session list follows the network -----------------------------------------

    def on_select_changed(self, event: Select.Changed) -> None:
        self.draft_changed()
        if event.select.id == "fb-network":
            value = None if event.value is Select.NULL else event.value
            if value == self._network_id:
                return  # set again with the same value (language switch): keep the session
            self._network_id = value
            session = self.query_one("#fb-session", Select)
            session.set_options(self._session_options(value))
            session.disabled = value is None
        self._clear_error_of(event.select.id)

    def on_input_changed(self, event: Input.Changed) -> None:
        self.draft_changed()
        self._clear_error_of(event.input.id)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self.draft_changed()
        self._clear_error_of(event.text_area.id)

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self.draft_changed()

    def _clear_error_of(self, widget_id: str | None) -> None:
        if widget_id:
            for field in self.query(f"#field-{widget_id}").results(FormField):
                field.clear_error()

    # -- reading, saving, leaving -----------------------------------------------------

    def collect(self) -> FeedbackDraft:
        """What the form holds now."""

        def chosen(widget_id: str) -> Any:
            value = self.query_one(f"#{widget_id}", Select).value
            return None if value is Select.NULL else value

        return FeedbackDraft(
            date_text=self.query_one("#fb-date", Input).value,
            giver_name=self.query_one("#fb-name", Input).value,
            giver_role=chosen("fb-role"),
            network_id=chosen("fb-network"),
            session_id=chosen("fb-session"),
            said=self.query_one("#fb-said", TextArea).text,
            reaction=self.query_one("#fb-reaction", TextArea).text,
            plan=self.query_one("#fb-plan", TextArea).text,
            status=chosen("fb-status"),
            private=self.query_one("#fb-private", Checkbox).value,
        )

    async def action_save(self) -> None:
        await self.settle_input()
        for field in self.query(FormField):
            field.clear_error()
        try:
            item = build_feedback(self.collect(), date.today(), self.item)
        except FeedbackInvalid as invalid:
            self._show_errors(invalid.errors)
            return
        try:
            saved = self.store.save_feedback(item)
        except WriteFailed as failed:
            self.notify(self.t("msg.write_failed", reason=str(failed)), severity="error")
            return
        self.saved_now()
        self.notify(self.t("msg.saved"))
        self.dismiss(saved)

    def _show_errors(self, errors: dict[str, str]) -> None:
        first = None
        for name, code in errors.items():
            widget_id = ERROR_FIELDS.get(name)
            if widget_id is None:
                continue
            self.query_one(f"#field-{widget_id}", FormField).show_error(
                self.t(f"feedback.error.{code}")
            )
            first = first or widget_id
        if first:
            widget = self.query_one(f"#{first}")
            widget.focus()
            widget.scroll_visible()
        self.notify(self.t("feedback.form.fix_errors"), severity="warning")

    async def action_cancel(self) -> None:
        await self.settle_input()
        if self.collect() == self._initial:
            self.discard_draft()  # a draft, if any, holds nothing that is not saved
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.discard_draft()
                self.dismiss(None)

        self.app.push_screen(
            ConfirmModal(
                self.t("feedback.form.discard"),
                yes_label=self.t("feedback.form.discard.yes"),
                no_label=self.t("feedback.form.discard.no"),
            ),
            answered,
        )
