"""Inline keyboards and their callback data (at most 64 bytes, Telegram's limit)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bots.render import Markup, role_name
from bots.shared_texts import DELETE_NO, DELETE_YES
from bots.telegram import texts
from engine.labels import MIXED, TAILORED_KIND, level_label, type_label
from engine.queries import InterviewType, Role

MAX_CALLBACK_BYTES = 64
ROLES_PER_ROW = 2

# Callback data is "<kind>:<arg>:<arg>..."; the kinds the buttons carry, and their arguments:
AGAIN = "again"  # a new role picker below a report
PICK_ROLES = "roles"  # the role picker in place of the current one
ROLE = "role"  # <role_id>
KIND = "type"  # <role_id>, <interview type, "mixed" or "tailored">
LEVEL = "level"  # <role_id>, <interview type, "mixed" or "tailored">, <1-3>
HISTORY = "hist"  # <page>
DELETE = "delete"  # "yes" or "no"


def callback_data(*parts: str | int) -> str:
    """Join parts into callback data, refusing what Telegram would reject."""
    data = ":".join(str(part) for part in parts)
    if not 1 <= len(data.encode()) <= MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data {data!r} is longer than {MAX_CALLBACK_BYTES} bytes")
    return data


def parse_callback(data: str | None) -> tuple[str, list[str]]:
    """Split callback data into its kind and arguments."""
    kind, *args = (data or "").split(":")
    return kind, args


def _button(text: str, *parts: str | int) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=callback_data(*parts))


def _rows(buttons: Sequence[InlineKeyboardButton], width: int) -> list[list[InlineKeyboardButton]]:
    return [list(buttons[start : start + width]) for start in range(0, len(buttons), width)]


def role_keyboard(
    roles: Iterable[Role], suggested: Role | None = None, m: Markup | None = None
) -> InlineKeyboardMarkup:
    """One button per role, two to a row; the ``suggested`` one first and starred."""
    listed = list(roles)
    if suggested is not None and m is not None:
        others = [role for role in listed if role.id != suggested.id]
        star = m.t(texts.SUGGESTED_ROLE(role=role_name(suggested)))
        first = [_button(star, ROLE, suggested.id)]
        return InlineKeyboardMarkup(
            [first, *_rows([_button(role_name(r), ROLE, r.id) for r in others], 2)]
        )
    buttons = [_button(role_name(role), ROLE, role.id) for role in listed]
    return InlineKeyboardMarkup(_rows(buttons, ROLES_PER_ROW))


def kind_keyboard(role: Role, m: Markup, tailored: bool = False) -> InlineKeyboardMarkup:
    """The role's interview types plus "mixed" (and, with a CV or job stored, "tailored" on
    top), and a way back to the roles."""
    kinds = [kind.value for kind in InterviewType if kind in role.interview_types] + [MIXED]
    buttons = [_button(m.t(type_label(kind)).capitalize(), KIND, role.id, kind) for kind in kinds]
    back = _button(m.t(texts.ROLES_BUTTON()), PICK_ROLES)
    top = (
        [[_button(m.t(texts.TAILORED_BUTTON()), KIND, role.id, TAILORED_KIND)]] if tailored else []
    )
    return InlineKeyboardMarkup([*top, *_rows(buttons, 2), [back]])


def level_keyboard(role: Role, kind: str, m: Markup) -> InlineKeyboardMarkup:
    """Difficulty 1-3 for the chosen role and type."""
    buttons = [_button(m.t(level_label(level)), LEVEL, role.id, kind, level) for level in (1, 2, 3)]
    return InlineKeyboardMarkup([buttons, [_button(m.t(texts.BACK_BUTTON()), ROLE, role.id)]])


def history_keyboard(page: int, pages: int, m: Markup) -> InlineKeyboardMarkup | None:
    """Newer/older buttons around a history page (None when there is one page)."""
    buttons = []
    if page > 1:
        buttons.append(_button(m.t(texts.PREVIOUS()), HISTORY, page - 1))
    if page < pages:
        buttons.append(_button(m.t(texts.NEXT()), HISTORY, page + 1))
    return InlineKeyboardMarkup([buttons]) if buttons else None


def delete_keyboard(m: Markup) -> InlineKeyboardMarkup:
    """Confirm or cancel /delete_me."""
    yes = _button(m.t(DELETE_YES()), DELETE, "yes")
    return InlineKeyboardMarkup([[yes, _button(m.t(DELETE_NO()), DELETE, "no")]])


def again_keyboard(m: Markup) -> InlineKeyboardMarkup:
    """After a report: start another interview."""
    return InlineKeyboardMarkup([[_button(m.t(texts.AGAIN_BUTTON()), AGAIN)]])


def link_keyboard(url: str, m: Markup) -> InlineKeyboardMarkup:
    """A single button opening ``url`` (the private chat from a group)."""
    return InlineKeyboardMarkup([[InlineKeyboardButton(m.t(texts.GROUP_BUTTON()), url=url)]])
