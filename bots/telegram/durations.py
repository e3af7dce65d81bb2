"""Reading PTB 22's time spans, which are ints today and become timedeltas later."""

from __future__ import annotations

import warnings
from datetime import timedelta

from telegram.warnings import PTBDeprecationWarning


def seconds(owner: object, attribute: str) -> float | None:
    """``owner.attribute`` in seconds, whichever form PTB returns (None stays None).

    PTB 22 warns on every read of these attributes that their type will change; both forms are
    handled here, so the warning is silenced.
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = getattr(owner, attribute)
    if value is None:
        return None
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
