"""Messages by key: what the engine says is a key and its values, never a sentence.

A catalogue per language words each key (``catalogue/``); the adapter that renders a message
names its own commands, so one key reads right on every platform. Values may be messages
themselves (a label inside a sentence), so every word the user reads comes from a catalogue.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import TypeAlias


@dataclass(frozen=True)
class Key:
    """A message's identity in the catalogues and the values its wording may use.

    ``plural`` names the value whose number picks the plural form (``"count"``), if any.
    """

    id: str
    params: tuple[str, ...] = ()
    plural: str | None = None

    def __post_init__(self) -> None:
        if self.plural is not None and self.plural not in self.params:
            raise ValueError(f"{self.id}: plural value {self.plural!r} is not a parameter")

    def __call__(self, **values: Value) -> Message:
        """This key with its values (exactly the declared ones)."""
        if set(values) != set(self.params):
            raise TypeError(f"{self.id} takes {sorted(self.params)}, got {sorted(values)}")
        return Message(self, values)


@dataclass(frozen=True)
class Message:
    """A key with the values its wording fills in."""

    key: Key
    values: Mapping[str, Value] = field(default_factory=dict)

    @property
    def count(self) -> int | None:
        """The number that picks the plural form, for keys that have one."""
        if self.key.plural is None:
            return None
        return int(self.values[self.key.plural])  # type: ignore[arg-type]


Value: TypeAlias = "str | int | float | date | Message"


def require_message(value: object, what: str) -> None:
    """TypeError unless ``value`` is a Message: actions and errors carry keys, not sentences."""
    if not isinstance(value, Message):
        raise TypeError(f"{what} takes a Message (a key and its values), not {value!r}")


class UserFacingError(Exception):
    """An error whose explanation for the user is a message."""

    def __init__(self, message: Message) -> None:
        """Carry ``message`` (its key names the error in logs)."""
        require_message(message, type(self).__name__)
        super().__init__(message.key.id)
        self.message = message
