"""Taking the readiness self-check: one statement at a time, then a finish step.

Keys 1–5 score the statement on screen and move on, ←/→ go back and forth, `o` opens
the note. The take in progress (a draft) is kept in the drafts file like every form's
unsaved typing (screens/drafting.py: within a quarter second, and on leaving, quitting,
SIGTERM or SIGHUP), so it survives a restart; opening the take again resumes it without
asking, where the user was. Only a complete take is saved as a `SelfCheckTake`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from rich.markup import escape
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import (
    Button,
    ContentSwitcher,
    Input,
    Label,
    RadioButton,
    RadioSet,
    Select,
    Static,
)

from screens.base import LeernetScreen
from screens.drafting import DraftKeeping
from screens.fields import FormField, FormInput, ScoreScale
from store.dates import DateParseError, format_date, parse_date
from store.errors import WriteFailed
from store.models import SELFCHECK_MOMENTS
from store.selfcheck import (
    DRAFT_KEY,
    MOMENT_LABELS,
    SCALE_LABELS,
    STATEMENTS,
    SelfCheckDraft,
    answered_count,
    average,
    format_average,
    is_complete,
    kept_draft,
    valid_scores,
)

FINISH = len(STATEMENTS)  # the position of the finish step, after the last statement


class StatementScale(ScoreScale, inherit_bindings=False):
    """The 1–5 scale of one statement. It keeps only ↑/↓ and Enter/space for itself: the
    digits and ←/→ belong to the screen (score and move on, change statement), so the
    footer shows them whatever has the focus. The chosen score carries a ✓, so the
    choice does not rest on colour alone."""

    BINDINGS = [
        Binding("down", "next_button", show=False),
        Binding("up", "previous_button", show=False),
        Binding("enter,space", "screen.confirm_highlighted", show=False),
    ]

    def __init__(self, key: str, labels: list[str], value: int | None) -> None:
        super().__init__(labels, value, classes="statement-scale")
        self.statement_key = key
        self.labels = labels

    @property
    def highlighted(self) -> int | None:
        """The score under the cursor (1..5), or None."""
        selected = self._selected  # RadioSet keeps its cursor private
        return selected + 1 if selected is not None else None

    def on_mount(self) -> None:
        self.show_choice(self.value)

    def on_radio_set_changed(self, event: RadioSet.Changed) -> None:
        self.show_choice(event.index + 1)  # not stopped: the screen records the score

    def show_choice(self, value: int | None) -> None:
        for n, button in enumerate(self.query(RadioButton), start=1):
            mark = "  ✓" if n == value else ""
            button.label = f"{n}  {self.labels[n - 1]}{mark}"


class SelfCheckTakeScreen(DraftKeeping, LeernetScreen):
    """One statement at a time; the finish step asks the moment, network and date."""

    AREA = "selfcheck"
    HELP_KEY = "selfcheck.take.howto"

    BINDINGS = [
        Binding(
            "1",
            "score(1)",
            "selfcheck.key.score",
            key_display="1-5",
            tooltip="selfcheck.key.score.help",
        ),
        *[Binding(str(n), f"score({n})", show=False) for n in range(2, 6)],
        Binding(
            "left,pageup",
            "previous",
            "selfcheck.key.previous",
            key_display="←",
            tooltip="selfcheck.key.previous.help",
        ),
        Binding(
            "right,pagedown",
            "next",
            "selfcheck.key.next",
            key_display="→",
            tooltip="selfcheck.key.next.help",
        ),
        Binding("o", "note", "selfcheck.key.note", tooltip="selfcheck.key.note.help"),
        Binding("ctrl+s", "save", "key.save", tooltip="selfcheck.key.save.help"),
        Binding("escape", "leave", "key.back", tooltip="selfcheck.key.leave.help"),
    ]

    def __init__(self) -> None:
        super().__init__()
        draft = kept_draft(self.store)
        if draft is None:
            draft = SelfCheckDraft(started=date.today())
        self.draft = draft
        self._position = draft.position

    # -- layout ----------------------------------------------------------------------

    def compose_body(self) -> ComposeResult:
        with Vertical(id="selfcheck-take"):
            yield Static(id="selfcheck-progress")
            yield Static(id="selfcheck-steps")
            with ContentSwitcher(initial=self._pane_id(self.draft.position), id="selfcheck-panes"):
                for index, item in enumerate(STATEMENTS):
                    # Plain Vertical (it fits): a scroll container would take ←/→ for itself.
                    with Vertical(id=self._pane_id(index), classes="selfcheck-pane"):
                        yield Label(self.t("selfcheck.take.lead"), classes="selfcheck-lead")
                        yield Static(
                            f"[b]{escape(item.text[self.lang])}[/b]", classes="selfcheck-statement"
                        )
                        yield StatementScale(
                            item.key,
                            list(SCALE_LABELS[self.lang]),
                            self.draft.scores.get(item.key),
                        )
                        yield FormField(
                            self.t("selfcheck.take.note"),
                            FormInput(
                                self.draft.notes.get(item.key, ""),
                                placeholder=self.t("selfcheck.take.note_placeholder"),
                                id=f"note-{item.key}",
                                classes="selfcheck-note",
                            ),
                        )
                        with Horizontal(classes="selfcheck-nav"):
                            yield Button(
                                self.t("selfcheck.take.previous"),
                                classes="selfcheck-prev",
                                compact=True,
                                disabled=index == 0,
                            )
                            yield Button(
                                self.t("selfcheck.take.next"),
                                classes="selfcheck-next",
                                compact=True,
                            )
                yield from self.compose_finish()

    def compose_finish(self) -> ComposeResult:
        networks = sorted(
            self.store.networks(), key=lambda n: (n.status != "active", n.name.lower())
        )
        known_ids = {n.id for n in networks}
        network_value = self.draft.network_id if self.draft.network_id in known_ids else Select.NULL
        with Vertical(id=self._pane_id(FINISH), classes="selfcheck-pane"):
            yield Static(id="selfcheck-finish-summary")
            yield Button(
                self.t("selfcheck.finish.goto_missing"), id="selfcheck-goto-missing", compact=True
            )
            moment = RadioSet(
                *[
                    RadioButton(MOMENT_LABELS[self.lang][name], value=name == self.draft.moment)
                    for name in SELFCHECK_MOMENTS
                ],
                id="selfcheck-moment",
            )
            with Horizontal(classes="selfcheck-finish-row"):
                yield FormField(self.t("selfcheck.finish.moment"), moment)
                yield FormField(
                    self.t("selfcheck.finish.network"),
                    Select(
                        [(n.name or f"#{n.id}", n.id) for n in networks],
                        prompt=self.t("selfcheck.finish.no_network"),
                        value=network_value,
                        id="selfcheck-network",
                    ),
                )
            with Horizontal(classes="selfcheck-finish-row"):
                yield FormField(
                    self.t("selfcheck.finish.date"),
                    FormInput(format_date(date.today(), self.lang), id="selfcheck-date"),
                )
                yield Button(
                    self.t("selfcheck.finish.save"), id="selfcheck-save", variant="primary"
                )

    @staticmethod
    def _pane_id(position: int) -> str:
        return "selfcheck-finish" if position >= FINISH else f"selfcheck-pane-{position}"

    def on_mount(self) -> None:
        super().on_mount()
        self.keep_drafts_from(SelfCheckDraft().to_doc())  # resumed as it is: no question
        self.show_position(self.draft.position)

    def on_relocalized(self) -> None:
        self.show_position(self.draft.position)

    # -- showing a statement ------------------------------------------------------------

    def show_position(self, position: int) -> None:
        position = max(0, min(FINISH, position))
        self.draft.position = position
        self._position = position
        self.query_one("#selfcheck-panes", ContentSwitcher).current = self._pane_id(position)
        self.refresh_progress()
        self.refresh_bindings()
        if position == FINISH:
            self.refresh_finish()
            self.query_one("#selfcheck-moment", RadioSet).focus()
        else:
            self.scale_at(position).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Scoring and notes belong to a statement: hidden on the finish step.
        if action in ("score", "note"):
            return self._position < FINISH
        if action == "next":
            return self._position < FINISH
        if action == "previous":
            return self._position > 0
        return True

    def scale_at(self, position: int) -> StatementScale:
        return self.query_one(f"#{self._pane_id(position)} StatementScale", StatementScale)

    def refresh_progress(self) -> None:
        done = answered_count(self.draft.scores)
        total = len(STATEMENTS)
        if self._position == FINISH:
            where = self.t("selfcheck.take.finish_step")
        else:
            where = self.t("selfcheck.take.progress", n=self._position + 1, total=total)
        scored = self.t("selfcheck.take.scored", done=done, total=total)
        self.query_one("#selfcheck-progress", Static).update(f"[b]{where}[/b] · {scored}")
        # One clickable cell per statement: its number and its score (· if open), so
        # progress reads without colour; the current one is bracketed.
        cells = []
        for index, item in enumerate(STATEMENTS):
            score = self.draft.scores.get(item.key)
            mark = str(score) if score else "·"
            text = f"{index + 1}:{mark}"
            text = f"[reverse]{text}[/reverse]" if index == self._position else text
            cells.append(f"[@click=screen.goto({index})]{text}[/]")
        self.query_one("#selfcheck-steps", Static).update(" ".join(cells))

    def refresh_finish(self) -> None:
        missing = [s for s in STATEMENTS if s.key not in valid_scores(self.draft.scores)]
        if missing:
            labels = ", ".join(s.label[self.lang] for s in missing)
            text = self.t("selfcheck.finish.missing", labels=escape(labels))
        else:
            avg = format_average(average(self.draft.scores), self.lang)
            text = self.t("selfcheck.finish.all_scored", avg=avg)
        self.query_one("#selfcheck-finish-summary", Static).update(text)
        self.query_one("#selfcheck-goto-missing", Button).display = bool(missing)

    # -- scoring and moving --------------------------------------------------------------

    def action_score(self, value: int) -> None:
        if self._position == FINISH:
            return
        item = STATEMENTS[self._position]
        if self.draft.scores.get(item.key) != value:
            self.draft.scores[item.key] = value
            self.scale_at(self._position).set_value(value)
            self.draft_changed()
        self.show_position(self.next_open_position(self._position))

    def action_confirm_highlighted(self) -> None:
        """Enter or space on the scale: take the score under the cursor and move on."""
        if self._position < FINISH:
            value = self.scale_at(self._position).highlighted
            if value is not None:
                self.action_score(value)

    @on(RadioSet.Changed, ".statement-scale")
    def scale_changed(self, event: RadioSet.Changed) -> None:
        """A click (or space) on a score: record it and move on, like a digit key."""
        scale = event.radio_set
        assert isinstance(scale, StatementScale)
        value = event.index + 1
        if self.draft.scores.get(scale.statement_key) == value:
            return  # already recorded (a digit key set it)
        self.draft.scores[scale.statement_key] = value
        self.draft_changed()
        current = STATEMENTS[self._position].key if self._position < FINISH else None
        if scale.statement_key == current:
            self.show_position(self.next_open_position(self._position))

    def next_open_position(self, after: int) -> int:
        """The next statement without a score (wrapping round), or the finish step."""
        scores = valid_scores(self.draft.scores)
        count = len(STATEMENTS)
        for step in range(1, count + 1):
            index = (after + step) % count
            if STATEMENTS[index].key not in scores:
                return index
        return FINISH

    def action_previous(self) -> None:
        if self._position > 0:
            self.show_position(self._position - 1)

    def action_next(self) -> None:
        if self._position < FINISH:
            self.show_position(self._position + 1)

    def action_goto(self, position: int) -> None:
        self.show_position(position)

    def action_note(self) -> None:
        if self._position < FINISH:
            key = STATEMENTS[self._position].key
            self.query_one(f"#note-{key}", Input).focus()

    @on(Button.Pressed, ".selfcheck-prev")
    def prev_pressed(self) -> None:
        self.action_previous()

    @on(Button.Pressed, ".selfcheck-next")
    def next_pressed(self) -> None:
        self.action_next()

    @on(Button.Pressed, "#selfcheck-goto-missing")
    def goto_missing(self) -> None:
        self.show_position(self.next_open_position(-1))

    @on(Input.Submitted, ".selfcheck-note")
    def note_submitted(self) -> None:
        """Enter in a note goes back to the scale, so the digits work again."""
        if self._position < FINISH:
            self.scale_at(self._position).focus()

    @on(Input.Changed, ".selfcheck-note")
    def note_changed(self, event: Input.Changed) -> None:
        key = (event.input.id or "").removeprefix("note-")
        if self.draft.notes.get(key, "") != event.value:
            self.draft.notes[key] = event.value
            self.draft_changed()

    @on(RadioSet.Changed, "#selfcheck-moment")
    def moment_changed(self, event: RadioSet.Changed) -> None:
        self.draft.moment = SELFCHECK_MOMENTS[event.index]
        self.draft_changed()

    @on(Select.Changed, "#selfcheck-network")
    def network_changed(self, event: Select.Changed) -> None:
        self.draft.network_id = event.value if isinstance(event.value, int) else None
        self.draft_changed()

    # -- keeping the draft ---------------------------------------------------------------

    @property
    def draft_key(self) -> str:
        return DRAFT_KEY

    def draft_state(self) -> dict[str, Any]:
        return self.draft.to_doc()

    def draft_differs(self, state: dict[str, Any]) -> bool:
        """A take with no score and no note holds nothing worth keeping (where the user
        was alone is not)."""
        draft = SelfCheckDraft.from_doc(state)
        return draft is not None and not draft.is_empty()

    async def action_leave(self) -> None:
        await self.settle_input()
        if isinstance(self.focused, Input) and self._position < FINISH:
            self.scale_at(self._position).focus()  # Escape in a note only leaves the note
            return
        self.flush_draft()
        if not self.draft.is_empty():
            self.notify(self.t("selfcheck.left_draft"))
        self.dismiss(None)

    # -- saving ----------------------------------------------------------------------------

    @on(Button.Pressed, "#selfcheck-save")
    async def save_pressed(self) -> None:
        await self.action_save()

    @on(Input.Submitted, "#selfcheck-date")
    async def date_submitted(self) -> None:
        await self.action_save()

    async def action_save(self) -> None:
        await self.settle_input()
        if not is_complete(self.draft.scores):
            missing = len(STATEMENTS) - answered_count(self.draft.scores)
            self.notify(self.t("selfcheck.err.incomplete", count=missing), severity="warning")
            self.show_position(FINISH)
            return
        date_input = self.query_one("#selfcheck-date", Input)
        date_field = self.query_one("#field-selfcheck-date", FormField)
        try:
            on_day = parse_date(date_input.value)
        except DateParseError:
            self.show_position(FINISH)
            date_field.show_error(self.t("selfcheck.err.date"))
            date_input.focus()
            return
        if on_day > date.today():
            self.show_position(FINISH)
            date_field.show_error(self.t("selfcheck.err.future"))
            date_input.focus()
            return
        date_field.clear_error()
        take = self.draft.to_take(on_day)
        try:
            saved = self.store.save_selfcheck(take)
        except WriteFailed as error:
            self.notify(self.t("msg.write_failed", reason=error), severity="error")
            return
        self.draft = SelfCheckDraft()
        # The take is saved; should removing the kept draft fail, it is merely resumed again.
        self.saved_now()
        self.notify(self.t("selfcheck.saved"))
        self.dismiss(saved.id)
