"""What the Telegram bot says on its own.

Engine replies are rendered by bots.render; wording every adapter shares is in bots.common.
"""

from __future__ import annotations

from engine.actions import HintKind

COMMANDS: tuple[tuple[str, str], ...] = (
    ("start", "Welcome and pick a role"),
    ("interview", "Start an interview: /interview [role]"),
    ("roles", "The roles you can practise"),
    ("skip", "Skip the current question"),
    ("redo", "Answer the last question again"),
    ("end", "End now and get feedback"),
    ("feedback", "Feedback on your latest interview"),
    ("history", "Your past interviews"),
    ("progress", "A chart of your scores over time"),
    ("export", "Download your latest interview as Markdown"),
    ("remind", "Daily question: /remind 08:30 Europe/Berlin, /remind off"),
    ("voice", "Spoken questions: /voice on or /voice off"),
    ("lang", "Interview language: /lang en"),
    ("delete_me", "Delete everything stored about you"),
    ("help", "How this works"),
)

WELCOME_TITLE = "Interview Practice Partner"
WELCOME = (
    "Hi {name}! I run realistic mock job interviews: one question at a time, follow-ups "
    "when an answer needs more, and honest, scored feedback that quotes your own words.\n\n"
    "Answer by typing or with a voice note. Pick a role to begin:"
)
ACTIVE_NOTE = (
    "You have an interview in progress — just answer to continue. Picking a role starts a new one."
)
PICK_ROLE = "Pick a role to practise:"
PICK_TYPE = "{role}: which kind of interview?"
PICK_LEVEL = "{role} · {kind}: how hard?"
STARTING = "✅ {role} · {kind} · difficulty {level}"
UNKNOWN_ROLE = "I don't know the role “{role}”. Pick one below, or see /roles."
NO_SESSION = (
    "You don't have an interview running. Send /start to pick a role, or /help to see "
    "what I can do."
)
NOT_AN_ANSWER = (
    "I can take your answer as text or as a voice note — I can't read that kind of file. "
    "Please type your answer or record a voice note."
)
FILE_TOO_BIG = "That file is too large for me to download (the limit is 20 MB)."
UNKNOWN_COMMAND = "I don't know that command. Send /help for the list."
EXPIRED_BUTTON = "That button has expired — send /start to begin again."
GROUP_HINT = "Interviews run in a private chat — message me privately: {link}"
GROUP_BUTTON = "Open a private chat"
AGAIN_BUTTON = "🔁 Practise again"
VOICE_USAGE = "Spoken questions are {value}. Use /voice on or /voice off."
VOICE_ON = "Spoken questions are on: each question also comes as a voice note."
VOICE_OFF = "Spoken questions are off."
LANG_USAGE = "Your interview language is {value}. Change it with /lang <code>, e.g. /lang de."
LANG_SET = (
    "Interview language set to {value}. New interviews, feedback and spoken questions use it "
    "where they can (the offline voice recogniser understands English only)."
)
REMIND_USAGE = (
    "Use /remind HH:MM [Area/City] for a practice question every day (e.g. /remind 08:30 "
    "Europe/Berlin), /remind off to stop, or /remind alone to see your setting."
)
NOTHING_TO_EXPORT = (
    "You have no interview to export yet — start one with /interview, then /export sends "
    "its transcript and feedback as a Markdown file."
)
EXPORT_CAPTION = "📄 Your latest interview: every question, your answers and the feedback."
HINTS = {
    HintKind.NO_SESSION: NO_SESSION,
    HintKind.NOT_AN_ANSWER: NOT_AN_ANSWER,
    HintKind.NOT_YOURS: EXPIRED_BUTTON,
    HintKind.EARLIER_QUESTION: "That button is under an earlier question, so I left it alone.",
    HintKind.EARLIER_FORM: (
        "That answer was for an earlier question, so I didn't take it:\n\n{value}"
    ),
    HintKind.VOICE_STATE: VOICE_USAGE,
    HintKind.VOICE_ON: VOICE_ON,
    HintKind.VOICE_OFF: VOICE_OFF,
    HintKind.LANGUAGE_STATE: LANG_USAGE,
    HintKind.LANGUAGE_SET: LANG_SET,
}
PREVIOUS = "‹ Newer"
NEXT = "Older ›"


def help_text() -> str:
    """The /help message (plain text)."""
    lines = [f"/{name} — {description}" for name, description in COMMANDS]
    return (
        "I interview you for a job role, one question at a time. Answer in your own words, "
        "by text or voice note; I may ask follow-ups, and at the end you get scores, "
        "strengths and improvements quoted from your answers. With /remind you also get one "
        "short practice question a day — just reply to it.\n\n" + "\n".join(lines)
    )
