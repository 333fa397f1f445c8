"""`DraftKeeping`: what a form does with its draft — the unsaved typing kept in the drafts
file (store/drafts.py) — shared by every form: the journal, the feedback form, the
network form and the self-check take.

The draft is written at most `DRAFT_DELAY` after the first change since the last write
(a coalescing throttle, not a debounce: typing without a pause is still written every
quarter second), so a kill or a closed terminal loses at most the last half second of
typing. Opening the form again offers the draft back (`DraftRestoreModal`).

One write of a 10 KB draft (atomic, with fsync) took 2.4 ms on the development machine,
so it runs on the UI thread: well within a frame, at most four times a second.

A screen using this mixin provides `draft_key`, `draft_state()`, `apply_draft()`, and
calls `draft_changed()` on every change and `offer_draft()` once its widgets hold what
is saved — or, for a form that takes its draft back by itself without asking (the
self-check resumes a half-done take), `keep_drafts_from(baseline)`. The App calls
`flush_draft()` on every screen when it quits or gets SIGTERM or SIGHUP.
"""

from __future__ import annotations

from typing import Any, ClassVar

from textual.timer import Timer

from screens.draft_restore import DraftRestoreModal
from store.dates import format_date
from store.drafts import DraftStore
from store.errors import WriteFailed
from store.paths import drafts_path


class DraftKeeping:
    """Mixin for a form screen (put it before LeernetScreen in the bases)."""

    DRAFT_DELAY: ClassVar[float] = 0.25  # seconds from the first unwritten change to the write
    DRAFT_QUESTION: ClassVar[str] = "journal.draft.question"  # i18n key, with {when}

    _drafts: DraftStore | None = None
    _draft_baseline: dict[str, Any] | None = None  # the draft state of what is saved
    _draft_ready = False  # False until an old draft was restored or discarded
    _pending_draft: dict[str, Any] | None = None
    _draft_error_shown = False
    _draft_timer: Timer | None = None

    # -- what the screen provides ---------------------------------------------------

    @property
    def draft_key(self) -> str:
        raise NotImplementedError

    def draft_state(self) -> dict[str, Any]:
        """What the form holds now, JSON-serialisable."""
        raise NotImplementedError

    async def apply_draft(self, draft: dict[str, Any]) -> None:
        """Put a saved draft back into the widgets."""
        raise NotImplementedError

    def draft_differs(self, state: dict[str, Any]) -> bool:
        """Does `state` hold anything that is not saved?"""
        return state != self._draft_baseline

    @property
    def draft_blocked(self) -> bool:
        """True when there is no form to keep (its record was deleted meanwhile)."""
        return False

    # -- the mechanism --------------------------------------------------------------

    @property
    def drafts(self) -> DraftStore:
        if self._drafts is None:
            self._drafts = DraftStore(drafts_path(self.store.path))  # type: ignore[attr-defined]
        return self._drafts

    def draft_changed(self) -> None:
        """A field changed: write within DRAFT_DELAY (a write already planned takes it)."""
        if self._draft_baseline is None or self._draft_timer is not None:
            return
        self._draft_timer = self.set_timer(self.DRAFT_DELAY, self.flush_draft)  # type: ignore[attr-defined]

    def stop_draft_timer(self) -> None:
        if self._draft_timer is not None:
            self._draft_timer.stop()
            self._draft_timer = None

    def is_dirty(self) -> bool:
        return self._draft_baseline is not None and self.draft_differs(self.draft_state())

    def flush_draft(self) -> None:
        """Write the draft now (or drop it when the form equals what is saved)."""
        self.stop_draft_timer()
        if not self._draft_ready or self._draft_baseline is None or self.draft_blocked:
            return
        state = self.draft_state()
        try:
            if self.draft_differs(state):
                self.drafts.save(self.draft_key, state)
            else:
                self.drafts.discard(self.draft_key)
        except WriteFailed as error:
            if not self._draft_error_shown:  # once per screen: typing must not flood
                self._draft_error_shown = True
                self._tell_draft_failed(error)

    def discard_draft(self, key: str | None = None) -> None:
        self.stop_draft_timer()
        try:
            self.drafts.discard(key or self.draft_key)
        except WriteFailed as error:
            self._tell_draft_failed(error)

    def saved_now(self) -> None:
        """The form was saved: its draft goes, and what it holds is the new baseline."""
        self.discard_draft()
        self._draft_baseline = self.draft_state()

    def _tell_draft_failed(self, error: WriteFailed) -> None:
        self.notify(  # type: ignore[attr-defined]
            self.t("journal.msg.draft_failed", reason=str(error)),  # type: ignore[attr-defined]
            severity="error",
        )

    def offer_draft(self) -> None:
        """The widgets hold what is saved: remember that, and offer a draft if there is one."""
        self._draft_baseline = self.draft_state()
        try:
            draft = self.drafts.load(self.draft_key)
        except OSError:
            draft = None
        if draft and self.draft_differs(draft):
            self._pending_draft = draft
            saved_at = self.drafts.saved_at(self.draft_key)
            lang = self.lang  # type: ignore[attr-defined]
            when = (
                f"{format_date(saved_at.astimezone().date(), lang)} {saved_at.astimezone():%H:%M}"
                if saved_at
                else "?"
            )
            self.app.push_screen(  # type: ignore[attr-defined]
                DraftRestoreModal(when, self.DRAFT_QUESTION), self._draft_answered
            )
            return
        if draft:
            self.discard_draft()  # identical to what is saved: nothing to offer
        self._draft_ready = True

    def keep_drafts_from(self, baseline: dict[str, Any]) -> None:
        """No question: the form already shows its draft; changes are written from now on.
        `baseline` is the draft state of the form with nothing unsaved in it."""
        self._draft_baseline = baseline
        self._draft_ready = True

    async def _draft_answered(self, restore: bool | None) -> None:
        draft, self._pending_draft = self._pending_draft, None
        if restore and draft:
            await self.apply_draft(draft)
            self.notify(self.t("journal.msg.draft_restored"))  # type: ignore[attr-defined]
        else:
            self.discard_draft()
            self.notify(self.t("journal.msg.draft_discarded"))  # type: ignore[attr-defined]
        self._draft_ready = True

    # -- leaving --------------------------------------------------------------------

    def on_screen_suspend(self) -> None:
        self.flush_draft()

    def dismiss(self, result: Any = None) -> Any:
        """However the form is left, a planned draft write happens first — and it is the
        last: the suspend that comes with leaving must not write back a draft the form
        just discarded ("leave without saving")."""
        if self._draft_timer is not None:
            self.flush_draft()
        leaving = super().dismiss(result)  # type: ignore[misc]
        self._draft_ready = False  # after: a dismiss that raised leaves the form as it was
        return leaving
