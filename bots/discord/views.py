"""Buttons and the answer modal. Their custom_ids carry all the state, so they outlive restarts."""

from __future__ import annotations

import re
from typing import Any, cast

import discord

from bots.common import DELETE_NO, DELETE_YES, DELETED, KEPT
from bots.discord import texts
from bots.discord.send import NO_MENTIONS, escape
from bots.discord.turns import conversation_of, tell, user_key

ANSWER_MAX_CHARS = 4000
ANSWER_INPUT_ID = "answer"
MODAL_ID = re.compile(r"ipp:modal:(?P<interview>[0-9]+)")
PLACEHOLDER_LIMIT = 100
MODAL_TITLE_LIMIT = 45
Button = discord.ui.Button[discord.ui.View]
Match = re.Match[str]

QUESTION_BUTTONS = {
    "answer": (texts.ANSWER_BUTTON, discord.ButtonStyle.primary, "✍️"),
    "skip": (texts.SKIP_BUTTON, discord.ButtonStyle.secondary, "⏭️"),
    "end": (texts.END_BUTTON, discord.ButtonStyle.danger, "🏁"),
}
QUESTION_TEMPLATE = r"ipp:(?P<action>answer|skip|end):(?P<interview>[0-9]+)"


class QuestionButton(discord.ui.DynamicItem[Button], template=QUESTION_TEMPLATE):
    """Answer, Skip or End on a question; acts only on the clicker's own interview."""

    def __init__(self, action: str, interview_id: int) -> None:
        """The ``action`` button ("answer", "skip" or "end") of one interview."""
        label, style, emoji = QUESTION_BUTTONS[action]
        custom_id = f"ipp:{action}:{interview_id}"
        super().__init__(
            discord.ui.Button(label=label, style=style, emoji=emoji, custom_id=custom_id)
        )
        self.action = action
        self.interview_id = interview_id

    @classmethod
    async def from_custom_id(
        cls, interaction: discord.Interaction[Any], item: discord.ui.Item[Any], match: Match, /
    ) -> QuestionButton:
        """Rebuild the button from a click (after a restart too)."""
        return cls(match["action"], int(match["interview"]))

    async def callback(self, interaction: discord.Interaction[Any]) -> None:
        """Skip or end at once; answer by opening the modal."""
        conversation = conversation_of(interaction)
        if await conversation.refused(interaction):
            return
        service = conversation.service
        if self.action == "answer":
            await self._open_modal(interaction)
        else:
            call = service.skip if self.action == "skip" else service.end
            await conversation.run(interaction, call, interview_id=self.interview_id)

    async def _open_modal(self, interaction: discord.Interaction[Any]) -> None:
        # A modal must be the first response, so ownership is checked before deferring.
        conversation = conversation_of(interaction)
        try:
            interview = await conversation.service.active(user_key(interaction.user))
            if interview is None or interview.id != self.interview_id:
                await tell(interaction, texts.NOT_YOURS)
                return
            prompt = interview.current_prompt
            title = texts.MODAL_TITLE.format(
                number=interview.question_number, total=interview.config.question_count
            )
            await interaction.response.send_modal(
                answer_modal(self.interview_id, title, prompt.text if prompt else "")
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
                removed = await conversation.service.delete_user(user_key(interaction.user))
                text = DELETED.format(count=removed)
            await interaction.edit_original_response(
                content=escape(text), view=None, allowed_mentions=NO_MENTIONS
            )
        except Exception as error:
            await conversation.fail(interaction, error)


DYNAMIC_ITEMS = (QuestionButton, DeleteButton)


def question_buttons(interview_id: int) -> discord.ui.View:
    """Answer, Skip and End for a question of one interview."""
    view = discord.ui.View(timeout=None)
    for action in QUESTION_BUTTONS:
        view.add_item(QuestionButton(action, interview_id))
    return view


def delete_buttons(user_id: int) -> discord.ui.View:
    """Yes / Cancel for /privacy delete."""
    view = discord.ui.View(timeout=None)
    view.add_item(DeleteButton(user_id, confirm=True))
    view.add_item(DeleteButton(user_id, confirm=False))
    return view


def answer_modal(interview_id: int, title: str, question: str) -> discord.ui.Modal:
    """The answer form: one paragraph input, the question as its placeholder."""
    modal = discord.ui.Modal(title=title[:MODAL_TITLE_LIMIT], custom_id=f"ipp:modal:{interview_id}")
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
    await conversation.run(
        interaction,
        lambda key: conversation.service.answer(key, text),
        interview_id=int(match["interview"]),
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
