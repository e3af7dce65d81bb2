"""Buttons and the answer modal. Their custom_ids carry all the state, so they outlive restarts."""

from __future__ import annotations

import logging
import re
from typing import Any, cast

import discord

from bots.discord import texts
from bots.discord.channel import InPlaceChannel, tell
from bots.discord.interactions import interactions_of
from bots.discord.send import DISCORD
from bots.shared_texts import DELETE_NO, DELETE_YES, KEPT
from engine.actions import Notice, OpenAnswerForm
from engine.entry import NOT_YOURS
from engine.events import Button, ButtonPress, DeleteMyData, FormAnswer, Origin

log = logging.getLogger(__name__)

ANSWER_MAX_CHARS = 4000
ANSWER_INPUT_ID = "answer"
# The prompt position is optional: buttons sent before it was recorded still work.
MODAL_ID = re.compile(r"ipp:modal:(?P<interview>[0-9]+)(?::(?P<position>[0-9]+))?")
PLACEHOLDER_LIMIT = 100
MODAL_TITLE_LIMIT = 45
Item = discord.ui.Button[discord.ui.View]
Match = re.Match[str]

# Labels are worded when a button is made, in the language of the user it is made for.
QUESTION_BUTTONS = {
    Button.ANSWER: (texts.ANSWER_BUTTON, discord.ButtonStyle.primary, "✍️"),
    Button.SKIP: (texts.SKIP_BUTTON, discord.ButtonStyle.secondary, "⏭️"),
    Button.HINT: (texts.HINT_BUTTON, discord.ButtonStyle.secondary, "💡"),
    Button.EXAMPLE: (texts.EXAMPLE_BUTTON, discord.ButtonStyle.secondary, "⭐"),
    Button.END: (texts.END_BUTTON, discord.ButtonStyle.danger, "🏁"),
}
QUESTION_TEMPLATE = (
    r"ipp:(?P<action>answer|skip|hint|example|end):(?P<interview>[0-9]+)"
    r"(?::(?P<position>[0-9]+))?"
)


def with_origin(prefix: str, origin: Origin) -> str:
    """A custom_id naming the interview and, when known, the prompt."""
    custom_id = f"{prefix}:{origin.interview_id}"
    return custom_id if origin.position is None else f"{custom_id}:{origin.position}"


class QuestionButton(discord.ui.DynamicItem[Item], template=QUESTION_TEMPLATE):
    """Answer, Skip, Hint, Example answer or End under a question; acts only on the clicker's
    own interview (Example answer: for the question before)."""

    def __init__(self, action: Button, origin: Origin) -> None:
        """The ``action`` button under one prompt of an interview."""
        label, style, emoji = QUESTION_BUTTONS[action]
        custom_id = with_origin(f"ipp:{action.value}", origin)
        super().__init__(
            discord.ui.Button(
                label=DISCORD.t(label()), style=style, emoji=emoji, custom_id=custom_id
            )
        )
        self.action = action
        self.origin = origin

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Match, /
    ) -> QuestionButton:
        """Rebuild the button from a click (after a restart too)."""
        return cls(Button(match["action"]), origin_of(match))

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Only users the bot serves may press it."""
        return await interactions_of(interaction).admit(interaction)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Skip, hint, example or end; Answer opens the answer form (for the current prompt)."""
        press = ButtonPress(self.action, self.origin)
        await interactions_of(interaction).run(
            interaction, press, form=self.action is Button.ANSWER
        )


class DeleteButton(
    discord.ui.DynamicItem[Item], template=r"ipp:delete:(?P<user>[0-9]+):(?P<choice>yes|no)"
):
    """Confirms or cancels /privacy delete; only the user who asked may press it."""

    def __init__(self, user_id: int, confirm: bool) -> None:
        """The yes or the no button of one user's deletion request."""
        super().__init__(
            discord.ui.Button(
                label=DISCORD.t(DELETE_YES() if confirm else DELETE_NO()),
                style=discord.ButtonStyle.danger if confirm else discord.ButtonStyle.secondary,
                custom_id=f"ipp:delete:{user_id}:{'yes' if confirm else 'no'}",
            )
        )
        self.user_id = user_id
        self.confirm = confirm

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Match, /
    ) -> DeleteButton:
        """Rebuild the button from a click (after a restart too)."""
        return cls(int(match["user"]), match["choice"] == "yes")

    async def interaction_check(self, interaction: discord.Interaction[Any], /) -> bool:
        """Only the user who asked, if the bot serves them."""
        if interaction.user.id != self.user_id:
            try:
                await tell(interaction, NOT_YOURS())
            except discord.HTTPException as error:
                log.warning("could not answer a Discord interaction: %s", error)
            return False
        return await interactions_of(interaction).admit(interaction)

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Delete (or not) and replace the question with the outcome."""
        interactions = interactions_of(interaction)
        if self.confirm:
            await interactions.in_place(interaction, DeleteMyData())
            return
        channel = InPlaceChannel(interaction)
        try:
            async with channel.working():
                await channel.send([Notice(KEPT())])
        except Exception as error:
            await interactions.fail(interaction, error)


DYNAMIC_ITEMS = (QuestionButton, DeleteButton)


def question_buttons(origin: Origin, example: bool = False) -> discord.ui.View:
    """Answer, Skip, Hint and End under one prompt of an interview; with ``example``, also
    Example answer (for the question before it)."""
    view = discord.ui.View(timeout=None)
    for action in QUESTION_BUTTONS:
        if action is not Button.EXAMPLE or example:
            view.add_item(QuestionButton(action, origin))
    return view


def origin_of(match: Match) -> Origin:
    """The interview and prompt named in a button's or form's custom_id."""
    position = match["position"]
    return Origin(int(match["interview"]), int(position) if position is not None else None)


def delete_buttons(user_id: int) -> discord.ui.View:
    """Yes / Cancel for /privacy delete."""
    view = discord.ui.View(timeout=None)
    view.add_item(DeleteButton(user_id, confirm=True))
    view.add_item(DeleteButton(user_id, confirm=False))
    return view


def answer_modal(form: OpenAnswerForm) -> discord.ui.Modal:
    """The answer form for one prompt: one paragraph input, the question as its placeholder."""
    title = DISCORD.t(texts.MODAL_TITLE(number=form.number, total=form.total))
    modal = discord.ui.Modal(
        title=title[:MODAL_TITLE_LIMIT], custom_id=with_origin("ipp:modal", form.origin)
    )
    placeholder = form.question
    if len(placeholder) > PLACEHOLDER_LIMIT:
        placeholder = placeholder[: PLACEHOLDER_LIMIT - 1] + "…"
    modal.add_item(
        discord.ui.TextInput(
            label=DISCORD.t(texts.ANSWER_LABEL()),
            style=discord.TextStyle.paragraph,
            custom_id=ANSWER_INPUT_ID,
            max_length=ANSWER_MAX_CHARS,
            placeholder=placeholder or None,
        )
    )
    # discord.py keeps sent modals only in memory; a stopped one is not kept, and its submit
    # is handled by custom_id in ``on_modal_submit`` instead, like the buttons, so an answer
    # typed while the bot restarts still arrives.
    modal.stop()
    return modal


async def on_modal_submit(interaction: discord.Interaction[Any]) -> None:
    """An answer modal was submitted: its text answers the prompt it was opened for."""
    if interaction.type is not discord.InteractionType.modal_submit:
        return
    data = cast(dict[str, Any], interaction.data or {})
    match = MODAL_ID.fullmatch(str(data.get("custom_id", "")))
    if match is None:
        return
    interactions = interactions_of(interaction)
    if not await interactions.admit(interaction):
        return
    text = submitted_values(data.get("components", [])).get(ANSWER_INPUT_ID, "")
    await interactions.run(interaction, FormAnswer(origin_of(match), text))


def submitted_values(components: list[dict[str, Any]]) -> dict[str, str]:
    """custom_id -> value of every text input in a modal submission (rows or labels)."""
    values: dict[str, str] = {}
    for component in components:
        if component.get("type") == 1:
            values |= submitted_values(component.get("components", []))
        elif component.get("type") == 18 and "component" in component:
            values |= submitted_values([component["component"]])
        elif "custom_id" in component and isinstance(component.get("value"), str):
            values[component["custom_id"]] = component["value"]
    return values
