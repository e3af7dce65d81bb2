"""The loopback Telegram fake, driven by the real python-telegram-bot Application."""

from __future__ import annotations

import asyncio
import json
import re
import time
from collections.abc import AsyncIterator

import aiohttp
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest, Conflict, Forbidden, InvalidToken, NetworkError, RetryAfter
from telegram.ext import (
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    filters,
)
from telegram.helpers import escape_markdown

from fakes.telegram_api import FakeTelegram
from fakes.telegram_markup import EntityParseError, render

TOKEN = "123:ABC"
USER = 42
OGG = b"OggS" + bytes(range(256)) * 8


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and message.text is not None
    reply = escape_markdown(f"You said: {message.text}", version=2)
    await message.reply_text(f"*Echo* {reply}", parse_mode=ParseMode.MARKDOWN_V2)


async def _start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("Next question", callback_data="next")]])
    await update.effective_message.reply_text(
        f"Welcome! args={context.args}", reply_markup=keyboard
    )


async def _button(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    assert query is not None
    await query.answer("Loading…")
    await query.edit_message_text(f"You pressed <b>{query.data}</b>", parse_mode=ParseMode.HTML)


async def _voice(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None and message.voice is not None
    file = await message.voice.get_file()
    data = await file.download_as_bytearray()
    await message.reply_text(f"got {len(data)} bytes as {message.voice.mime_type}")


def _build(tg: FakeTelegram, token: str = TOKEN) -> Application:
    return (
        ApplicationBuilder()
        .token(token)
        .base_url(f"{tg.root}/bot")
        .base_file_url(f"{tg.root}/file/bot")
        .build()
    )


async def _stop(app: Application) -> None:
    assert app.updater is not None
    if app.updater.running:
        await app.updater.stop()
    if app.running:
        await app.stop()
    await app.shutdown()


@pytest.fixture
async def tg() -> AsyncIterator[FakeTelegram]:
    async with FakeTelegram(token=TOKEN) as fake:
        yield fake


@pytest.fixture
async def app(tg: FakeTelegram) -> AsyncIterator[Application]:
    application = _build(tg)
    application.add_handler(CommandHandler("start", _start))
    application.add_handler(CallbackQueryHandler(_button))
    application.add_handler(MessageHandler(filters.VOICE, _voice))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, _echo))
    await asyncio.wait_for(application.initialize(), 10)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=1)
    try:
        yield application
    finally:
        await asyncio.wait_for(_stop(application), 10)


async def test_startup_calls_and_clean_shutdown(tg: FakeTelegram) -> None:
    application = _build(tg)
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    await asyncio.wait_for(application.initialize(), 10)
    await application.start()
    assert application.updater is not None
    await application.updater.start_polling(poll_interval=0, timeout=5)
    tg.push_text(USER, "hello")
    await tg.wait_for_count(USER, 1, timeout=5)
    assert list(tg.calls)[:3] == ["getMe", "deleteWebhook", "getUpdates"]
    polls = tg.calls["getUpdates"]
    started = time.monotonic()
    await asyncio.wait_for(_stop(application), 10)
    assert time.monotonic() - started < 3, "a pending long poll must not delay shutdown"
    assert tg.calls["getUpdates"] > polls  # the final offset-confirming poll
    assert tg.pending_updates == 0
    assert tg.errors == []


async def test_echo_markdown_v2(tg: FakeTelegram, app: Application) -> None:
    tg.push_text(USER, "Hi. (test) 1+1=2! a_b *c*")
    record = await tg.wait_for_text(USER, "You said:", timeout=5)
    assert record.plain == "Echo You said: Hi. (test) 1+1=2! a_b *c*"
    assert record.parse_mode == "MarkdownV2"
    assert record.text is not None and "\\." in record.text
    assert tg.messages_to(USER)[0] is record
    assert tg.errors == []


async def test_command_button_and_edit(tg: FakeTelegram, app: Application) -> None:
    tg.push_command(USER, "/start deep_link")
    welcome = await tg.wait_for_text(USER, "Welcome!", timeout=5)
    assert welcome.plain == "Welcome! args=['deep_link']"
    assert welcome.reply_markup is not None
    assert welcome.reply_markup["inline_keyboard"][0][0]["callback_data"] == "next"
    assert welcome.message_id is not None
    tg.push_callback(USER, "next", welcome.message_id)
    edit = await tg.wait_for(lambda r: r.method == "editMessageText", timeout=5)
    assert (edit.chat_id, edit.message_id, edit.plain) == (
        USER,
        welcome.message_id,
        "You pressed next",
    )
    answer = await tg.wait_for(lambda r: r.method == "answerCallbackQuery", timeout=5)
    assert answer.text == "Loading…"


async def test_voice_download(tg: FakeTelegram, app: Application) -> None:
    tg.push_voice(USER, OGG, duration=3)
    record = await tg.wait_for_text(USER, "got", timeout=5)
    assert record.plain == f"got {len(OGG)} bytes as audio/ogg"
    assert tg.calls["getFile"] == 1 and tg.calls["download"] == 1


async def test_redelivered_update_is_handled_twice(tg: FakeTelegram, app: Application) -> None:
    update_id = tg.push_text(USER, "once")
    await tg.wait_for_count(USER, 1, timeout=5)
    assert tg.redeliver(update_id) == update_id
    records = await tg.wait_for_count(USER, 2, timeout=5)
    assert records[0].plain == records[1].plain


async def test_group_text(tg: FakeTelegram, app: Application) -> None:
    tg.push_group_text(USER, -1001, "in the group")
    record = await tg.wait_for_text(-1001, "in the group", timeout=5)
    assert record.chat_id == -1001
    assert tg.messages_to(USER) == []


async def test_many_updates_flow_in_order(tg: FakeTelegram, app: Application) -> None:
    for i in range(300):
        tg.push_text(1000 + i % 10, f"m{i}")
    for user in range(1000, 1010):
        records = await tg.wait_for_count(user, 30, timeout=20)
        assert [r.plain for r in records] == [
            f"Echo You said: m{i}" for i in range(user - 1000, 300, 10)
        ]


@pytest.mark.filterwarnings("ignore:.*retry_after.*:telegram.warnings.PTBDeprecationWarning")
async def test_bot_errors_map_to_ptb_exceptions(tg: FakeTelegram, app: Application) -> None:
    bot = app.bot
    tg.push_text(USER, "make the chat known")
    await tg.wait_for_count(USER, 1, timeout=5)

    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: character '\.' is reserved"):
        await bot.send_message(USER, "Hello.", parse_mode=ParseMode.MARKDOWN_V2)
    with pytest.raises(BadRequest, match=r"(?i)Can't find end of Bold entity"):
        await bot.send_message(USER, "*bold", parse_mode=ParseMode.MARKDOWN_V2)
    with pytest.raises(BadRequest, match=r'(?i)unsupported start tag "br"'):
        await bot.send_message(USER, "a<br>b", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)Unmatched end tag"):
        await bot.send_message(USER, "<b>x</i>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)message is too long"):
        await bot.send_message(USER, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)message text is empty"):
        await bot.send_message(USER, "   ")
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(777, "hi")
    ok = await bot.send_message(USER, "x" * 4096)
    assert ok.text == "x" * 4096 and ok.from_user is not None and ok.from_user.is_bot

    tg.fail_next("sendMessage", 429, retry_after=3)
    with pytest.raises(RetryAfter, match="Retry in"):
        await bot.send_message(USER, "flood")
    tg.fail_next("sendMessage", 502)
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(USER, "gateway")
    tg.block(USER)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(USER, "blocked")
    tg.unblock(USER)
    await bot.send_message(USER, "fine again")
    assert [e.status for e in tg.errors] == [400] * 7 + [429, 502, 403]


async def test_edits_uploads_and_bookkeeping(tg: FakeTelegram, app: Application) -> None:
    bot = app.bot
    tg.add_chat(USER)
    sent = await bot.send_message(USER, "<b>Score</b>: 7/10 &amp; rising", parse_mode="HTML")
    assert sent.text == "Score: 7/10 & rising"
    await bot.edit_message_text("Score: 8/10", chat_id=USER, message_id=sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Score: 8/10", chat_id=USER, message_id=sent.message_id)
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("nope", chat_id=USER, message_id=999)
    assert await bot.delete_message(USER, sent.message_id)

    voice = await bot.send_voice(USER, voice=OGG, caption="Listen *here*", duration=2)
    assert voice.voice is not None and voice.voice.mime_type is not None
    record = tg.messages_to(USER)[-1]
    assert record.method == "sendVoice" and record.file == OGG and record.caption == "Listen *here*"
    document = await bot.send_document(USER, document=b"report", filename="report.txt")
    assert document.document is not None and document.document.file_name == "report.txt"
    assert tg.messages_to(USER)[-1].filename == "report.txt"
    await bot.send_chat_action(USER, "typing")
    assert tg.sent[-1].method == "sendChatAction"
    assert len(tg.messages_to(USER)) == 3  # chat actions and edits are not messages

    chat = await bot.get_chat(USER)
    assert chat.id == USER and chat.type == "private"
    await bot.set_my_commands([("start", "Start an interview"), ("stop", "Stop")])
    commands = await bot.get_my_commands()
    assert [c.command for c in commands] == ["start", "stop"]
    with pytest.raises(BadRequest, match=r"(?i)file is too big"):
        await bot.get_file(tg.register_file(b"x", file_size=21 * 1024 * 1024))


async def test_long_poll_waits_and_wakes(tg: FakeTelegram) -> None:
    async with Bot(TOKEN, base_url=f"{tg.root}/bot", base_file_url=f"{tg.root}/file/bot") as bot:
        started = time.monotonic()
        assert await bot.get_updates(timeout=1) == ()
        assert 0.9 <= time.monotonic() - started < 3

        asyncio.get_running_loop().call_later(0.2, tg.push_text, USER, "wake up")
        started = time.monotonic()
        updates = await bot.get_updates(timeout=5)
        assert time.monotonic() - started < 2
        assert [u.effective_message.text for u in updates if u.effective_message] == ["wake up"]
        # Not confirmed yet: delivered again until an offset above it is sent.
        again = await bot.get_updates(timeout=0)
        assert [u.update_id for u in again] == [updates[0].update_id]
        assert await bot.get_updates(offset=updates[0].update_id + 1, timeout=0) == ()
        assert tg.pending_updates == 0


async def test_second_poller_gets_conflict(tg: FakeTelegram) -> None:
    url = f"{tg.root}/bot"
    async with Bot(TOKEN, base_url=url) as first, Bot(TOKEN, base_url=url) as second:
        older = asyncio.create_task(first.get_updates(timeout=3))
        await asyncio.sleep(0.2)
        assert await asyncio.wait_for(second.get_updates(timeout=1), 5) == ()
        with pytest.raises(Conflict, match="terminated by other getUpdates request"):
            await asyncio.wait_for(older, 5)


async def test_raw_http_surface(tg: FakeTelegram) -> None:
    bad = Bot("999:XYZ", base_url=f"{tg.root}/bot")
    with pytest.raises(InvalidToken):
        await bad.initialize()
    await bad.shutdown()
    async with aiohttp.ClientSession() as session:
        async with session.post(f"{tg.root}/bot{TOKEN}/noSuchMethod") as response:
            assert response.status == 404
            assert (await response.json())["error_code"] == 404
        async with session.get(f"{tg.root}/bot999:XYZ/getMe") as response:
            body = await response.json()
            assert (response.status, body["description"]) == (401, "Unauthorized")
        async with session.post(f"{tg.root}/bot{TOKEN}/getMe", json={"unused": 1}) as response:
            assert (await response.json())["result"]["username"] == tg.bot_user["username"]
        keyboard = {"inline_keyboard": [[{"text": "Go", "callback_data": "go"}]]}
        body = {"chat_id": USER, "text": "*json*", "parse_mode": "MarkdownV2"}
        async with session.post(
            f"{tg.root}/bot{TOKEN}/sendMessage", json={**body, "reply_markup": keyboard}
        ) as response:
            assert response.status == 400  # the chat never wrote to the bot
        tg.add_chat(USER)
        async with session.post(
            f"{tg.root}/bot{TOKEN}/sendMessage", json={**body, "reply_markup": keyboard}
        ) as response:
            message = (await response.json())["result"]
        assert (message["text"], message["reply_markup"]) == ("json", keyboard)
        assert tg.messages_to(USER)[0].reply_markup == keyboard
        too_long = {"inline_keyboard": [[{"text": "Go", "callback_data": "x" * 65}]]}
        async with session.post(
            f"{tg.root}/bot{TOKEN}/sendMessage", data={**body, "reply_markup": json.dumps(too_long)}
        ) as response:
            assert (await response.json())["description"] == "Bad Request: BUTTON_DATA_INVALID"


@pytest.mark.parametrize(
    ("mode", "text", "plain"),
    [
        (
            "MarkdownV2",
            "*b* _i_ __u__ ~s~ ||sp|| `c.d` [l](https://x.org/a\\)b)",
            "b i u s sp c.d l",
        ),
        ("MarkdownV2", ">quote\n>more\nplain\\.", "quote\nmore\nplain."),
        ("MarkdownV2", "```python\nprint(1 + 2)\n```", "print(1 + 2)"),
        ("HTML", "<b>a</b> &lt;x&gt; <a href='https://x.org'>l</a> &#39;", "a <x> l '"),
        ("Markdown", "*b* _i_ [l](https://x.org)", "b i l"),
        (None, "a_b *c*", "a_b *c*"),
    ],
)
def test_markup_renders(mode: str | None, text: str, plain: str) -> None:
    assert render(text, mode).strip() == plain


@pytest.mark.parametrize(
    ("mode", "text", "error"),
    [
        ("MarkdownV2", "1+1", "Character '+' is reserved"),
        ("MarkdownV2", "_open", "Can't find end of Italic entity at byte offset 0"),
        ("MarkdownV2", "é *x", "Can't find end of Bold entity at byte offset 3"),
        ("MarkdownV2", "[a](https://x", "Can't find end of a URL"),
        ("HTML", "<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("HTML", "1 < 2", 'Unsupported start tag ""'),
        ("HTML", "Q&A", "Character '&'"),
        ("Markdown", "snake_case", "Can't find end of the entity starting at byte offset 5"),
    ],
)
def test_markup_rejects(mode: str, text: str, error: str) -> None:
    with pytest.raises(EntityParseError, match=re.escape(error)):
        render(text, mode)
