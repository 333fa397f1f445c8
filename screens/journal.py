"""`SessionJournalScreen`: write about one session of a network — facts, follow-up of the
previous session, the five reflection prompts, actions, evaluation, and a live preview.

Push with `push_screen(SessionJournalScreen(network_id, session_id))` (session_id None:
a new session). A draft of everything typed is written to the drafts file within a
quarter second (screens/drafting.py), so closing or killing the app loses at most the
last half second of typing; reopening offers the draft back.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, ClassVar

from rich.markup import escape
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Grid, Horizontal, Vertical, VerticalScroll
from textual.timer import Timer
from textual.widget import Widget
from textual.widgets import (
    Button,
    Checkbox,
    Input,
    Markdown,
    RadioSet,
    Select,
    Static,
    TabbedContent,
    TabPane,
    TextArea,
)

from screens.base import LeernetScreen, capture_fields, restore_fields
from screens.drafting import DraftKeeping
from screens.fields import FormField, FormInput, FormTextArea, ScoreScale
from screens.network_form import input_date
from store.dates import DateParseError, format_date, parse_date
from store.drafts import session_draft_key
from store.errors import WriteFailed
from store.journal import (
    ActionRow,
    FollowUpRow,
    SessionForm,
    apply_follow_up,
    carried_actions,
    entry_markdown,
    next_session_number,
    previous_session,
    read_session_form,
    session_to_form,
)
from store.markdown import make_parser
from store.markdown_writer import text_block
from store.models import ACTION_STATUSES, COMPETENCIES, ActionItem, Network, Session, new_key

# Action keys become part of widget ids; anything else gets a fresh key.
SAFE_KEY = re.compile(r"^[A-Za-z0-9_-]{1,40}$")
DRAFT_VERSION = 1

# Form field (error code target) -> (widget id, tab id).
FIELD_PLACES = {
    "date": ("s-date", "tab-session"),
    "number": ("s-number", "tab-session"),
    "minutes": ("s-minutes", "tab-session"),
    "evaluation": ("s-evaluation", "tab-evaluation"),
    "feeling": ("s-feeling", "tab-evaluation"),
}


def prompt_id(name: str) -> str:
    return "s-" + name.replace("_", "-")


def competency_id(key: str) -> str:
    return "comp-" + key.replace("_", "-")


class SessionJournalScreen(DraftKeeping, LeernetScreen):
    AREA = "networks"
    HELP_KEY = "journal.howto"

    PREVIEW_DELAY: ClassVar[float] = 0.4  # seconds of quiet before the preview re-renders

    FORM = True

    BINDINGS = [
        Binding("ctrl+s", "save", "key.save", tooltip="journal.key.save.help", priority=True),
        Binding("escape", "back", "key.back", tooltip="journal.key.back.help"),
        # priority: TextArea binds f6 to "select line"; here it must always change tabs.
        Binding(
            "f6",
            "next_tab",
            "journal.key.next_tab",
            tooltip="journal.key.next_tab.help",
            priority=True,
        ),
        Binding(
            "shift+f6",
            "previous_tab",
            "journal.key.prev_tab",
            tooltip="journal.key.prev_tab.help",
            show=False,
            priority=True,
        ),
        Binding(
            "ctrl+t",
            "add_action",
            "journal.key.add_action",
            tooltip="journal.key.add_action.help",
            show=False,
        ),
    ]

    def __init__(self, network_id: int, session_id: int | None = None) -> None:
        super().__init__()
        self.network_id = network_id
        self.session_id = session_id
        self.network: Network | None = None
        self.session: Session | None = None
        self.previous: Session | None = None
        self.carried: list[ActionItem] = []
        self.preview_text = ""
        self._loaded = False
        self._form = SessionForm()
        self._action_keys: list[str] = []
        self._preview_timer: Timer | None = None

    # -- loading -----------------------------------------------------------------------

    def _load(self) -> None:
        self._loaded = True
        self.network = self.store.network(self.network_id)
        if self.session_id is not None:
            self.session = self.store.session(self.session_id)
        siblings = self.store.sessions(self.network_id)
        self.previous = previous_session(siblings, self.session)
        if self.previous is not None:
            self.carried = carried_actions(self.previous, new_entry=self.session is None)
        if self.session is not None:
            self._form = session_to_form(self.session, lambda d: input_date(d, self.lang))
        else:
            self._form = SessionForm(
                date=input_date(date.today(), self.lang),
                number=str(next_session_number(siblings)),
            )
        seen: set[str] = set()
        for row in self._form.actions:
            if not SAFE_KEY.match(row.key) or row.key in seen:
                row.key = new_key()
            seen.add(row.key)
        self._action_keys = [row.key for row in self._form.actions]

    @property
    def is_gone(self) -> bool:
        return self.network is None or (self.session_id is not None and self.session is None)

    @property
    def has_follow_up(self) -> bool:
        if self.previous is None:
            return bool(self._form.follow_up.strip())
        return bool(self.carried or self.previous.questions.strip() or self._form.follow_up.strip())

    @property
    def draft_key(self) -> str:
        return session_draft_key(self.session.id if self.session else None, self.network_id)

    @property
    def draft_blocked(self) -> bool:
        return self.is_gone

    # -- layout ------------------------------------------------------------------------

    def heading(self) -> str:
        name = escape(self.network.name) if self.network else ""
        if self.session is None:
            text = self.t("journal.heading.new", network=name)
        else:
            text = self.t("journal.heading.edit", network=name, number=self.session.number or "?")
            if self.session.private:
                text += f"  [i]({self.t('journal.heading.private')})[/i]"
        return f"[b]{text}[/b]"

    def compose_body(self) -> ComposeResult:
        if not self._loaded:
            self._load()
        if self.is_gone:
            yield Static(self.t("journal.gone"), id="journal-gone")
            return
        yield Static(self.heading(), id="journal-heading")
        with TabbedContent(id="journal-tabs", initial="tab-session"):
            with TabPane(self.t("journal.tab.session"), id="tab-session"):
                yield from self.compose_session_tab()
            if self.has_follow_up:
                with TabPane(self.t("journal.tab.followup"), id="tab-followup"):
                    yield from self.compose_follow_up_tab()
            with TabPane(self.t("journal.tab.reflection"), id="tab-reflection"):
                yield from self.compose_reflection_tab()
            with TabPane(self.t("journal.tab.actions"), id="tab-actions"):
                yield from self.compose_actions_tab()
            with TabPane(self.t("journal.tab.evaluation"), id="tab-evaluation"):
                yield from self.compose_evaluation_tab()
            with (
                TabPane(self.t("journal.tab.preview"), id="tab-preview"),
                VerticalScroll(classes="journal-pane"),
            ):
                yield Markdown(self.preview_text, id="journal-preview", parser_factory=make_parser)

    def compose_session_tab(self) -> ComposeResult:
        form = self._form
        with VerticalScroll(classes="journal-pane"):
            with Horizontal(classes="form-row"):
                yield FormField(
                    self.t("journal.date"),
                    FormInput(form.date, placeholder=self.t("journal.date_hint"), id="s-date"),
                )
                yield FormField(self.t("journal.number"), FormInput(form.number, id="s-number"))
                yield FormField(self.t("journal.minutes"), FormInput(form.minutes, id="s-minutes"))
            yield FormField(self.t("journal.topic"), FormInput(form.topic, id="s-topic"))
            with Horizontal(classes="form-row"):
                yield FormField(
                    self.t("journal.work_form"), FormInput(form.work_form, id="s-work-form")
                )
                yield FormField(self.t("journal.speaker"), FormInput(form.speaker, id="s-speaker"))
            yield Static(f"[b]{self.t('journal.feedback')}[/b]", classes="section-title")
            yield Static(self.feedback_text(), id="journal-feedback")

    def compose_follow_up_tab(self) -> ComposeResult:
        previous = self.previous
        status_options = [(self.t(f"journal.status.{s}"), s) for s in ACTION_STATUSES]
        with VerticalScroll(classes="journal-pane"):
            if previous is not None:
                when = format_date(previous.date, self.lang) or str(previous.number or "")
                yield Static(self.t("journal.followup.intro", when=when), classes="hint")
                yield Static(
                    f"[b]{self.t('journal.followup.actions')}[/b]", classes="section-title"
                )
                if not self.carried:
                    yield Static(self.t("journal.followup.no_actions"), classes="hint")
                for index, item in enumerate(self.carried):
                    with Vertical(classes="followup-item"):
                        yield Static(f"• {escape(item.text)}", classes="followup-text")
                        with Horizontal(classes="followup-row"):
                            yield Select(
                                status_options,
                                value=item.status,
                                allow_blank=False,
                                id=f"fu-status-{index}",
                            )
                            yield FormInput(
                                item.outcome,
                                placeholder=self.t("journal.followup.outcome"),
                                id=f"fu-outcome-{index}",
                            )
                if previous.questions.strip():
                    yield Static(
                        f"[b]{self.t('journal.followup.questions')}[/b]", classes="section-title"
                    )
                    yield Markdown(
                        text_block(previous.questions),
                        parser_factory=make_parser,
                        classes="followup-questions",
                    )
            yield FormField(
                self.t("journal.followup.text"),
                FormTextArea(
                    self._form.follow_up, id="s-follow-up", soft_wrap=True, classes="prompt"
                ),
            )

    def compose_reflection_tab(self) -> ComposeResult:
        with VerticalScroll(classes="journal-pane"):
            yield Static(self.t("journal.markdown_hint"), classes="hint")
            for name in Session.REFLECTION_FIELDS:
                yield FormField(
                    self.t(f"journal.prompt.{name}"),
                    FormTextArea(
                        getattr(self._form, name),
                        id=prompt_id(name),
                        soft_wrap=True,
                        classes="prompt",
                    ),
                )

    def compose_actions_tab(self) -> ComposeResult:
        with VerticalScroll(classes="journal-pane", id="actions-pane"):
            yield Static(self.t("journal.actions.intro"), classes="hint")
            with Vertical(id="action-rows"):
                for key in self._action_keys:
                    yield self.action_row(key)
            yield Button(self.t("journal.actions.add"), id="act-add")

    def action_row(self, key: str) -> Widget:
        initial = next((row for row in self._form.actions if row.key == key), None)
        return Horizontal(
            FormInput(
                initial.text if initial else "",
                placeholder=self.t("journal.actions.placeholder"),
                id=f"act-text-{key}",
                classes="action-text",
            ),
            Select(
                [(self.t(f"journal.status.{s}"), s) for s in ACTION_STATUSES],
                value=initial.status if initial else "open",
                allow_blank=False,
                id=f"act-status-{key}",
                classes="action-status",
            ),
            Button(
                "✕",
                id=f"act-remove-{key}",
                classes="action-remove",
                tooltip=self.t("journal.actions.remove"),
            ),
            id=f"act-row-{key}",
            classes="action-row",
        )

    def compose_evaluation_tab(self) -> ComposeResult:
        form = self._form
        with VerticalScroll(classes="journal-pane"):
            yield FormField(
                self.t("journal.evaluation"),
                ScoreScale(
                    [self.t(f"journal.eval.{n}") for n in range(1, 6)],
                    value=form.evaluation,
                    id="s-evaluation",
                ),
            )
            yield FormField(
                self.t("journal.evaluation_comment"),
                FormInput(form.evaluation_comment, id="s-evaluation-comment"),
            )
            yield FormField(
                self.t("journal.feeling"),
                ScoreScale(
                    [self.t(f"journal.feeling.{n}") for n in range(1, 6)],
                    value=form.feeling,
                    id="s-feeling",
                ),
            )
            yield Button(self.t("journal.feeling.clear"), id="s-feeling-clear", compact=True)
            yield Static(self.t("journal.competencies"), classes="form-label section-title")
            with Grid(id="competency-grid"):
                for key in COMPETENCIES:
                    yield Checkbox(
                        self.t(f"journal.competency.{key}"),
                        value=key in form.competencies,
                        id=competency_id(key),
                    )
            yield FormField(
                self.t("journal.other_competencies"),
                FormInput(form.other_competencies, id="s-other-competencies"),
            )
            yield FormField(self.t("journal.tags"), FormInput(form.tags, id="s-tags"))
            yield FormField(
                self.t("journal.team_insights"),
                FormTextArea(
                    form.team_insights, id="s-team-insights", soft_wrap=True, classes="list"
                ),
            )
            yield Checkbox(self.t("journal.private"), value=form.private, id="s-private")

    def feedback_text(self) -> str:
        """Feedback linked to this session, names included (this stays in the app)."""
        if self.session is None or self.session.id is None:
            return self.t("journal.feedback.none")
        items = [f for f in self.store.feedback() if f.session_id == self.session.id]
        if not items:
            return self.t("journal.feedback.none")
        items.sort(key=lambda f: (f.date or date.min, f.id or 0))
        blocks = []
        for item in items:
            head = self.t(
                "journal.feedback.line",
                date=format_date(item.date, self.lang),
                name=escape(item.giver_name or "?"),
                role=self.t(f"journal.role.{item.giver_role}"),
            )
            lines = [f"[b]{head}[/b]"]
            if item.said.strip():
                lines.append(escape(item.said.strip()))
            if item.reaction.strip():
                label = self.t("journal.feedback.reaction")
                lines.append(f"[i]{label}: {escape(item.reaction.strip())}[/i]")
            blocks.append("\n".join(lines))
        return "\n\n".join(blocks)

    # -- lifecycle ---------------------------------------------------------------------

    def on_mount(self) -> None:
        super().on_mount()
        if self.is_gone:
            return
        self.call_after_refresh(self._after_first_layout)

    def _after_first_layout(self) -> None:
        focus_id = "#s-date" if self.session is None else "#s-topic"
        self.query_one(focus_id, Input).focus()
        self.offer_draft()

    def on_unmount(self) -> None:
        self._stop_timers()

    def _stop_timers(self) -> None:
        self.stop_draft_timer()
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = None

    async def relocalize(self) -> None:
        """Keep the open tab (and the action rows) across a language switch."""
        if self.is_gone:
            await super().relocalize()
            return
        active = self.query_one("#journal-tabs", TabbedContent).active
        self._remember_action_rows()
        await super().relocalize()
        self.query_one("#journal-tabs", TabbedContent).active = active
        self._schedule_preview()

    def _remember_action_rows(self) -> None:
        """Rows added since the screen was built must survive a re-compose."""
        known = {row.key for row in self._form.actions}
        for key in self._action_keys:
            if key not in known:
                self._form.actions.append(ActionRow(key))

    # -- drafts ------------------------------------------------------------------------

    def draft_state(self) -> dict[str, Any]:
        return {
            "version": DRAFT_VERSION,
            "fields": capture_fields(self),
            "actions": list(self._action_keys),
            "carried": [item.key for item in self.carried],
        }

    def draft_differs(self, state: dict[str, Any]) -> bool:
        base = self._draft_baseline or {}
        return state.get("fields") != base.get("fields") or state.get("actions") != base.get(
            "actions"
        )

    async def apply_draft(self, draft: dict[str, Any]) -> None:
        """Put a saved draft back into the widgets (action rows rebuilt first)."""
        raw_keys = draft.get("actions")
        keys: list[str] = []
        for key in raw_keys if isinstance(raw_keys, list) else []:
            if isinstance(key, str) and SAFE_KEY.match(key) and key not in keys:
                keys.append(key)
        if keys != self._action_keys:
            rows = self.query_one("#action-rows", Vertical)
            await rows.remove_children()
            self._action_keys = keys
            await rows.mount_all([self.action_row(key) for key in keys])
        fields = draft.get("fields") if isinstance(draft.get("fields"), dict) else {}
        if draft.get("carried") != [item.key for item in self.carried]:
            # The previous session changed since: its rows no longer line up.
            fields = {k: v for k, v in fields.items() if not k.startswith("fu-")}
        restore_fields(self, self._valid_values(fields))
        for scale in self.query(ScoreScale):
            if scale.id and fields.get(scale.id) == -1:
                scale.set_value(None)
        self._schedule_preview()

    def _valid_values(self, fields: dict[str, Any]) -> dict[str, Any]:
        """Only values each widget can take (a hand-edited drafts file must not crash)."""
        valid: dict[str, Any] = {}
        for widget_id, value in fields.items():
            if not isinstance(widget_id, str) or not re.match(r"^[A-Za-z_][\w-]*$", widget_id):
                continue
            try:
                widget = self.query_one(f"#{widget_id}")
            except Exception:  # noqa: BLE001 - the field is not on this form
                continue
            ok = (
                (isinstance(widget, Input | TextArea) and isinstance(value, str))
                or (isinstance(widget, Checkbox) and isinstance(value, bool))
                or (isinstance(widget, Select) and value in ACTION_STATUSES)
                or (isinstance(widget, RadioSet) and isinstance(value, int) and -1 <= value < 5)
            )
            if ok:
                valid[widget_id] = value
        return valid

    # -- typing ------------------------------------------------------------------------

    def _changed(self) -> None:
        if self._draft_baseline is None:
            return
        self.draft_changed()
        self._schedule_preview()

    def on_input_changed(self, event: Input.Changed) -> None:
        self._changed()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        self._changed()

    def on_checkbox_changed(self, event: Checkbox.Changed) -> None:
        self._changed()

    def on_select_changed(self, event: Select.Changed) -> None:
        self._changed()

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self._changed()

    async def on_button_pressed(self, event: Button.Pressed) -> None:
        button_id = event.button.id or ""
        if button_id == "act-add":
            event.stop()
            await self.action_add_action()
        elif button_id.startswith("act-remove-"):
            event.stop()
            await self.remove_action(button_id.removeprefix("act-remove-"))
        elif button_id == "s-feeling-clear":
            event.stop()
            self.query_one("#s-feeling", ScoreScale).set_value(None)
            self._changed()

    # -- preview -----------------------------------------------------------------------

    def _schedule_preview(self) -> None:
        if self._preview_timer is not None:
            self._preview_timer.stop()
        self._preview_timer = self.set_timer(self.PREVIEW_DELAY, self.render_preview)

    def preview_labels(self) -> dict[str, str]:
        form = self.read_form()
        try:
            shown_date = format_date(parse_date(form.date), self.lang)
        except DateParseError:
            shown_date = form.date.strip()
        labels = {
            "title": self.t(
                "journal.preview.title", number=form.number.strip() or "?", date=shown_date
            ),
            "actions": self.t("journal.preview.actions"),
            "follow_up": self.t("journal.preview.follow_up"),
            "evaluation": self.t("journal.preview.evaluation"),
            "team_insights": self.t("journal.preview.team_insights"),
            "tags": self.t("journal.preview.tags"),
            "empty": self.t("journal.preview.empty"),
            "speaker": self.t("journal.preview.speaker"),
            "minutes": self.t("journal.preview.minutes"),
        }
        for name in Session.REFLECTION_FIELDS:
            labels[name] = self.t(f"journal.prompt.{name}")
        for status in ACTION_STATUSES:
            labels[f"status.{status}"] = self.t(f"journal.status.{status}")
        return labels

    async def render_preview(self) -> None:
        """Render this one entry; only while the Preview tab shows (else on opening it)."""
        self._preview_timer = None
        if self.is_gone or not self.is_mounted:
            return
        if self.query_one("#journal-tabs", TabbedContent).active != "tab-preview":
            return
        text = entry_markdown(self.read_form(), self.preview_labels())
        if text != self.preview_text:
            self.preview_text = text
            await self.query_one("#journal-preview", Markdown).update(text)

    async def on_tabbed_content_tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id == "tab-preview":
            await self.render_preview()

    # -- reading the form --------------------------------------------------------------

    def _value(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", Input).value

    def _text(self, widget_id: str) -> str:
        return self.query_one(f"#{widget_id}", TextArea).text

    def read_form(self) -> SessionForm:
        actions = []
        for key in self._action_keys:
            status = self.query_one(f"#act-status-{key}", Select).value
            actions.append(
                ActionRow(
                    key,
                    self._value(f"act-text-{key}"),
                    status if isinstance(status, str) else "open",
                )
            )
        return SessionForm(
            date=self._value("s-date"),
            number=self._value("s-number"),
            topic=self._value("s-topic"),
            work_form=self._value("s-work-form"),
            speaker=self._value("s-speaker"),
            minutes=self._value("s-minutes"),
            what_happened=self._text(prompt_id("what_happened")),
            brought_in=self._text(prompt_id("brought_in")),
            learned=self._text(prompt_id("learned")),
            will_try=self._text(prompt_id("will_try")),
            questions=self._text(prompt_id("questions")),
            follow_up=self._text("s-follow-up") if self.has_follow_up else self._form.follow_up,
            evaluation=self.query_one("#s-evaluation", ScoreScale).value,
            evaluation_comment=self._value("s-evaluation-comment"),
            feeling=self.query_one("#s-feeling", ScoreScale).value,
            competencies=[
                key
                for key in COMPETENCIES
                if self.query_one(f"#{competency_id(key)}", Checkbox).value
            ],
            other_competencies=self._value("s-other-competencies"),
            tags=self._value("s-tags"),
            team_insights=self._text("s-team-insights"),
            private=self.query_one("#s-private", Checkbox).value,
            actions=actions,
        )

    def follow_up_rows(self) -> list[FollowUpRow]:
        if not self.has_follow_up:
            return []
        rows = []
        for index, item in enumerate(self.carried):
            status = self.query_one(f"#fu-status-{index}", Select).value
            rows.append(
                FollowUpRow(
                    item.key,
                    status if isinstance(status, str) else item.status,
                    self._value(f"fu-outcome-{index}"),
                )
            )
        return rows

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, (widget_id, _tab) in FIELD_PLACES.items():
            code = errors.get(name)
            field = self.query_one(f"#field-{widget_id}", FormField)
            field.show_error(self.t(f"networks.error.{code}") if code else "")

    # -- actions -----------------------------------------------------------------------

    async def action_save(self) -> None:
        if self.is_gone:
            return
        await self.settle_input()
        session, errors = read_session_form(
            self.read_form(), base=self.session, network_id=self.network_id
        )
        self.show_errors(errors)
        if session is None:
            name = next(name for name in FIELD_PLACES if name in errors)
            widget_id, tab_id = FIELD_PLACES[name]
            self.query_one("#journal-tabs", TabbedContent).active = tab_id
            self.query_one(f"#{widget_id}").focus()
            tab_label = self.t("journal.tab." + tab_id.removeprefix("tab-"))
            self.notify(self.t("journal.msg.fix", tab=tab_label), severity="warning")
            return
        try:
            saved = self.store.save_session(session)
        except WriteFailed as error:
            self.notify(self.t("msg.write_failed", reason=str(error)), severity="error")
            return
        old_key = self.draft_key
        self.session, self.session_id = saved, saved.id
        message = "journal.msg.saved"
        if self.previous is not None and self.previous.id is not None and self.carried:
            fresh = self.store.session(self.previous.id)
            updated = apply_follow_up(fresh, self.follow_up_rows()) if fresh else None
            if updated is not None:
                try:
                    self.previous = self.store.save_session(updated)
                    message = "journal.msg.followup_saved"
                except WriteFailed as error:
                    self.notify(self.t("msg.write_failed", reason=str(error)), severity="error")
        self.discard_draft(old_key)
        self.saved_now()
        self.query_one("#journal-heading", Static).update(self.heading())
        self.query_one("#journal-feedback", Static).update(self.feedback_text())
        self.notify(self.t(message))

    async def action_back(self) -> None:
        await self.settle_input()
        kept = self._draft_ready and self.is_dirty()
        self.flush_draft()
        self._stop_timers()
        if kept:
            self.notify(self.t("journal.msg.draft_kept"))
        self.dismiss(self.session)

    def _step_tab(self, step: int) -> None:
        if self.is_gone:
            return
        tabs = self.query_one("#journal-tabs", TabbedContent)
        panes = [pane.id for pane in tabs.query(TabPane) if pane.id]
        index = panes.index(tabs.active) if tabs.active in panes else 0
        tabs.active = panes[(index + step) % len(panes)]
        # The pane becomes visible on the next refresh; hidden widgets cannot take focus.
        self.call_after_refresh(self._focus_first_in_pane, tabs.active)

    def _focus_first_in_pane(self, pane_id: str) -> None:
        pane = self.query_one("#journal-tabs", TabbedContent).get_pane(pane_id)
        scroll = pane.query_one(VerticalScroll)
        focusable = list(pane.query("Input, TextArea, Select, Checkbox, RadioSet, Button"))
        if focusable:
            focusable[0].focus()
        else:  # the preview: let its scroll area take the keys (arrows, page up/down)
            scroll.focus()
        # Focusing scrolls the field to the top edge; show its label and the hint too.
        self.call_after_refresh(scroll.scroll_home, animate=False)

    def action_next_tab(self) -> None:
        self._step_tab(1)

    def action_previous_tab(self) -> None:
        self._step_tab(-1)

    async def action_add_action(self) -> None:
        if self.is_gone:
            return
        key = new_key()
        self._action_keys.append(key)
        self.query_one("#journal-tabs", TabbedContent).active = "tab-actions"
        await self.query_one("#action-rows", Vertical).mount(self.action_row(key))
        self.query_one(f"#act-text-{key}", Input).focus()
        self._changed()

    async def remove_action(self, key: str) -> None:
        if key not in self._action_keys:
            return
        self._action_keys.remove(key)
        await self.query_one(f"#act-row-{key}").remove()
        self.query_one("#act-add", Button).focus()
        self._changed()
