"""Keys both chat adapters use for their own controls (engine replies render in bots.render)."""

from __future__ import annotations

from engine.messages import Key

DELETE_CONFIRM = Key("privacy.delete-confirm")
DELETE_YES = Key("privacy.delete-yes")
DELETE_NO = Key("privacy.delete-no")
KEPT = Key("privacy.kept")
