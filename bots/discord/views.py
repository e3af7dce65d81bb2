"""Buttons and the answer modal. Their custom_ids carry all the state, so they outlive restarts."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, cast

import discord

from bots.common import DELETE_NO, DELETE_YES, DELETED, KEPT
from bots.discord import texts
from bots.discord.origin import Origin
from bots.discord.send import NO_MENTIONS, escape
from bots.discord.turns import conversation_of, tell, user_key

ANSWER_MAX_CHARS = 4000
ANSWER_INPUT_ID = "answer"
# The prompt position is optional: buttons sent before it was recorded still work.
MODAL_ID = re.compile(r"ipp:modal:(?P<interview>[0-9]+)(?::(?P<position>[0-9]+))?")
PLACEHOLDER_LIMIT = 100
MODAL_TITLE_LIMIT = 45
Button = discord.ui.Button[discord.ui.View]
Match = re.Match[str]

QUESTION_BUTTONS = {
    "answer": (texts.ANSWER_BUTTON, discord.ButtonStyle.primary, "✍️"),
    "skip": (texts.SKIP_BUTTON, discord.ButtonStyle.secondary, "⏭️"),
    "end": (texts.END_BUTTON, discord.ButtonStyle.danger, "🏁"),
}
QUESTION_TEMPLATE = (
    r"ipp:(?P<action>answer|skip|end):(?P<interview>[0-9]+)(?::(?P<position>[0-9]+))?"
)


class QuestionButton(discord.ui.DynamicItem[Button], template=QUESTION_TEMPLATE):
    """Answer, Skip or End on a question; acts only on the clicker's own interview."""

    def __init__(self, action: str, origin: Origin) -> None:
        """The ``action`` button ("answer", "skip" or "end") under one prompt of an interview."""
        label, style, emoji = QUESTION_BUTTONS[action]
        custom_id = f"ipp:{action}:{origin.interview_id}"
        if origin.position is not None:
            custom_id += f":{origin.position}"
        super().__init__(
            discord.ui.Button(label=label, style=style, emoji=emoji, custom_id=custom_id)
        )
        self.action = action
        self.origin = origin

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Match, /
    ) -> QuestionButton:
        """Rebuild the button from a click (after a restart too)."""
        return cls(match["action"], origin_of(match))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Skip or end at once; answer by opening the modal."""
        conversation = conversation_of(interaction)
        if await conversation.refused(interaction):
            return
        service = conversation.service
        if self.action == "answer":
            await self._open_modal(interaction)
        elif self.action == "skip":
            await conversation.run(interaction, service.skip, origin=self.origin)
        else:  # End means the interview, from under any of its questions
            await conversation.run(
                interaction, service.end, origin=Origin(self.origin.interview_id)
            )

    async def _open_modal(self, interaction: discord.Interaction[Any]) -> None:
        # A modal must be the first response, so ownership is checked before deferring.
        conversation = conversation_of(interaction)
        try:
            interview = await conversation.service.active(user_key(interaction.user))
            if interview is None or interview.id != self.origin.interview_id:
                await tell(interaction, texts.NOT_YOURS)
                return
            position = self.origin.position
            if position is not None and position != interview.prompt_position:
                # Under an earlier question: say so, and show the one waiting (as Skip does).
                await conversation.run(
                    interaction, conversation.service.current_question, origin=self.origin
                )
                return
            prompt = interview.current_prompt
            title = texts.MODAL_TITLE.format(
                number=interview.question_number, total=interview.config.question_count
            )
            origin = Origin(self.origin.interview_id, interview.prompt_position)
            await interaction.response.send_modal(
                answer_modal(origin, title, prompt.text if prompt else "")
            )
        except Exception as error:
            await conversation.fail(interaction, error)


class DeleteButton(
    discord.ui.DynamicItem[Button], template=r"ipp:delete:(?P<user>[0-9]+):(?P<choice>yes|no)"
):
    """Confirms or cancels /privacy delete; only the user who asked may press it."""

    def __init__(self, user_id: int, confirm: bool) -> None:
        """The yes or the no button of one user's deletion request."""
        super().__init__(
            discord.ui.Button(
                label=DELETE_YES if confirm else DELETE_NO,
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

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Delete (or not) and replace the question with the outcome."""
        conversation = conversation_of(interaction)
        if interaction.user.id != self.user_id:
            await tell(interaction, texts.NOT_YOURS)
            return
        try:
            await interaction.response.defer()
            text = KEPT
            if self.confirm:
                key = user_key(interaction.user)
                async with conversation.turn_lock(key):  # not while a turn of theirs runs
                    removed = await conversation.service.delete_user(key)
                text = DELETED.format(count=removed)
            await interaction.edit_original_response(
                content=escape(text), view=None, allowed_mentions=NO_MENTIONS
            )
        except Exception as error:
            await conversation.fail(interaction, error)


DYNAMIC_ITEMS = (QuestionButton, DeleteButton)


def question_buttons(origin: Origin) -> discord.ui.View:
    """Answer, Skip and End under one prompt of an interview."""
    view = discord.ui.View(timeout=None)
    for action in QUESTION_BUTTONS:
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


def answer_modal(origin: Origin, title: str, question: str) -> discord.ui.Modal:
    """The answer form for one prompt: one paragraph input, the question as its placeholder."""
    custom_id = f"ipp:modal:{origin.interview_id}:{origin.position}"
    modal = discord.ui.Modal(title=title[:MODAL_TITLE_LIMIT], custom_id=custom_id)
    placeholder = question
    if len(question) > PLACEHOLDER_LIMIT:
        placeholder = question[: PLACEHOLDER_LIMIT - 1] + "…"
    modal.add_item(
        discord.ui.TextInput(
            label=texts.ANSWER_LABEL,
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
    """An answer modal was submitted: take its text as the answer."""
    if interaction.type is not discord.InteractionType.modal_submit:
        return
    data = cast(dict[str, Any], interaction.data or {})
    match = MODAL_ID.fullmatch(str(data.get("custom_id", "")))
    if match is None:
        return
    conversation = conversation_of(interaction)
    if await conversation.refused(interaction):
        return
    text = submitted_values(data.get("components", [])).get(ANSWER_INPUT_ID, "")
    # Answered elsewhere while the form was open: give the text back rather than misfile it.
    origin = replace(origin_of(match), earlier=texts.EARLIER_FORM.format(text=text))
    await conversation.run(
        interaction, lambda key: conversation.service.answer(key, text), origin=origin
    )


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
