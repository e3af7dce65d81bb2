"""What the Discord bot says on its own (engine replies are rendered by bots.render)."""

from __future__ import annotations

from engine.actions import HintKind

COMMANDS: tuple[tuple[str, str], ...] = (
    ("/interview start", "Start a mock interview: role, type, difficulty, length"),
    ("/interview answer", "Answer the current question in text"),
    ("/interview skip", "Skip the current question"),
    ("/interview redo", "Answer the last question again"),
    ("/interview end", "End now and get feedback"),
    ("/interview feedback", "Feedback on your latest interview"),
    ("/interview history", "Your past interviews"),
    ("/interview progress", "A chart of your scores over time"),
    ("/interview export", "Your last interview as a Markdown file"),
    ("/remind set", "A practice question by DM every day at your time"),
    ("/remind off", "Stop the daily question"),
    ("/roles", "The roles you can practise"),
    ("/voice", "Spoken questions as audio files: on or off"),
    ("/privacy delete", "Delete everything stored about you"),
    ("/help", "How this works"),
)

NO_SESSION = "You don't have an interview running. Start one with /interview start, or see /help."
NOT_AN_ANSWER = (
    "I can take your answer as text or as a voice message — I can't read that kind of file. "
    "Please type your answer or record a voice message."
)
EARLIER_QUESTION = "That button is under an earlier question, so I left it alone."
EARLIER_FORM = (
    "That form was for an earlier question, which has had its answer since, so I didn't take "
    "it. What you wrote, to reuse:\n\n{value}"
)
NOT_YOURS = (
    "That button belongs to an interview that isn't yours or has already ended. "
    "Start your own with /interview start."
)
VOICE_ON = "Spoken questions are on: each question also comes as an audio file."
VOICE_OFF = "Spoken questions are off."
VOICE_STATE = "Spoken questions are {value}. Turn them on or off with /voice."
LANGUAGE_STATE = "Your interview language is {value}."
LANGUAGE_SET = (
    "Interview language set to {value}. New interviews, feedback and spoken questions use it "
    "where they can."
)
FORM_AGAIN = "That took a moment, so the answer form couldn't open — press Answer again:"
MODAL_TITLE = "Your answer · Question {number}/{total}"
ANSWER_LABEL = "Your answer"
ANSWER_BUTTON = "Answer"
SKIP_BUTTON = "Skip"
END_BUTTON = "End"


def help_text() -> str:
    """The /help message (plain text)."""
    lines = [f"{name} — {description}" for name, description in COMMANDS]
    return (
        "I interview you for a job role, one question at a time. Answer with the Answer "
        "button, /interview answer, or — in a direct message with me — by simply typing or "
        "sending a voice message. I may ask follow-ups, and at the end you get scores, "
        "strengths and improvements quoted from your answers. In a server only you can see "
        "your interview.\n\n" + "\n".join(lines)
    )


NOTHING_TO_EXPORT = "No interviews to export yet — start one with /interview start."
EXPORTED = "Your last interview: every question, your answers and the feedback."


HINTS = {
    HintKind.NO_SESSION: NO_SESSION,
    HintKind.NOT_AN_ANSWER: NOT_AN_ANSWER,
    HintKind.NOT_YOURS: NOT_YOURS,
    HintKind.EARLIER_QUESTION: EARLIER_QUESTION,
    HintKind.EARLIER_FORM: EARLIER_FORM,
    HintKind.VOICE_STATE: VOICE_STATE,
    HintKind.VOICE_ON: VOICE_ON,
    HintKind.VOICE_OFF: VOICE_OFF,
    HintKind.LANGUAGE_STATE: LANGUAGE_STATE,
    HintKind.LANGUAGE_SET: LANGUAGE_SET,
}
