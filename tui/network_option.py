"""`--network NAME` on the command line: one rule and one set of messages for every command
that takes it (`export`, `search`): the network called NAME (case and accents ignored),
or its one partial match; otherwise one sentence naming the networks there are.

Imports store/ only, never textual.
"""

from __future__ import annotations

from collections.abc import Iterable

from store.export_scope import NetworkAmbiguous, NetworkNotFound, find_network
from store.models import Network
from tui.cli import UserError
from tui.i18n import Translator


def network_named(networks: Iterable[Network], name: str, t: Translator) -> Network:
    try:
        return find_network(networks, name)
    except NetworkAmbiguous as error:
        names = ", ".join(error.details["names"])  # type: ignore[arg-type]
        raise UserError(t("cli.network_ambiguous", name=name, names=names)) from error
    except NetworkNotFound as error:
        names = ", ".join(error.details["names"]) or t("msg.none")  # type: ignore[arg-type]
        raise UserError(t("cli.network_unknown", name=name, names=names)) from error
