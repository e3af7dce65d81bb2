"""Wording both chat adapters use for their own controls (the engine's replies render in
bots.render)."""

from __future__ import annotations

DOWNLOAD_FAILED = "I couldn't download that voice note — please send it again."
DELETE_CONFIRM = (
    "This deletes every interview, answer, report and setting I stored about you. "
    "It cannot be undone. Delete everything?"
)
DELETE_YES = "Yes, delete everything"
DELETE_NO = "Cancel"
KEPT = "Nothing was deleted."
LEVELS = {1: "1 · Warm-up", 2: "2 · Standard", 3: "3 · Hard"}
