"""Interviews in each language: a fake LLM that speaks it, and the English the user must not see.

The fake answers every call in the language of the test — turn assessments, follow-ups, the
report, example answers and question translations — so anything English left on screen came
from the bot's own words, which every catalogue must have translated.
"""

from __future__ import annotations

import json
import re
import string
from typing import Any

from babel.messages.pofile import read_po

from catalogue import LOCALES

# What the fake LLM says, per language: feedback, a follow-up, a summary, a translated question.
SPOKEN = {
    "es": ("Respuesta concreta y medida.", "¿Qué harías distinto la próxima vez?",
           "Buena entrevista, con ejemplos claros.",
           "Cuéntame una ocasión en la que resolviste un problema difícil en el trabajo."),
    "de": ("Konkret und mit Zahlen belegt.", "Was würdest du beim nächsten Mal anders machen?",
           "Gutes Interview mit klaren Beispielen.",
           "Erzähl mir von einer Situation, in der du ein schwieriges Problem gelöst hast."),
    "fr": ("Réponse concrète et chiffrée.", "Que feriez-vous différemment la prochaine fois ?",
           "Bon entretien, avec des exemples clairs.",
           "Parlez-moi d'une fois où vous avez résolu un problème difficile au travail."),
    "pt": ("Resposta concreta e com números.", "O que você faria diferente da próxima vez?",
           "Boa entrevista, com exemplos claros.",
           "Conte sobre uma vez em que você resolveu um problema difícil no trabalho."),
    "ru": ("Конкретный ответ с цифрами.", "Что бы вы сделали иначе в следующий раз?",
           "Хорошее собеседование с понятными примерами.",
           "Расскажите о случае, когда вы решили сложную проблему на работе."),
    "hi": ("ठोस जवाब, आंकड़ों के साथ।", "अगली बार आप क्या अलग करेंगे?",
           "अच्छा इंटरव्यू, स्पष्ट उदाहरणों के साथ।",
           "हमें उस समय के बारे में बताइए जब आपने काम पर एक मुश्किल समस्या हल की।"),
}  # fmt: skip
ANSWERS = {
    "es": "Primero analicé los datos, después hablé con el equipo y bajamos los errores un 30 %.",
    "de": "Zuerst habe ich die Daten analysiert, dann mit dem Team gesprochen, Fehler minus 30 %.",
    "fr": "J'ai d'abord analysé les données, puis parlé à l'équipe : 30 % d'erreurs en moins.",
    "pt": "Primeiro analisei os dados, depois falei com a equipe e reduzimos os erros em 30 %.",
    "ru": "Сначала я изучил данные, потом поговорил с командой: ошибок стало на 30 % меньше.",
    "hi": "पहले मैंने डेटा देखा, फिर टीम से बात की और गलतियाँ 30 प्रतिशत कम हो गईं।",
}
TRANSLATING = "You translate job-interview questions"
FINAL = "final feedback"


def speaking(language: str) -> Any:
    """A chat handler that answers every call as the interviewer would, in ``language``."""
    good, follow_up, summary, question = SPOKEN[language]

    def reply(request: dict[str, Any]) -> str:
        system = request["messages"][0]["content"]
        if TRANSLATING in system:
            original = json.loads(request["messages"][-1]["content"])
            return json.dumps(
                {"text": question, "hint": good} | ({"idea": good} if original.get("idea") else {})
            )
        if FINAL in system:
            return json.dumps({"strengths": [], "improvements": [], "question_notes": {},
                               "summary": summary})  # fmt: skip
        if "model answers" in system:
            return json.dumps({"answer": ANSWERS[language], "why": good})
        return json.dumps({
            "persona": "normal", "communication": 4, "knowledge": 4, "structure": 4,
            "good": good, "missing": "", "follow_up": follow_up,
        })  # fmt: skip

    return reply


def english_phrases(language: str) -> set[str]:
    """The English catalogue's phrases that must not reach users of ``language``: every run of
    4 words or more between its values, and the labels ("Skip", "Example answer") that the
    language words differently and does not borrow ("Feedback" is German too)."""
    english, other = _entries("en"), _entries(language)
    own = "\n".join(other.values())
    phrases: set[str] = set()
    for key, words in english.items():
        literals = [literal for literal, *_ in string.Formatter().parse(words)]
        label = len(literals) == 1 and len(words.strip()) >= 4 and len(words.split()) < 4
        if label and other.get(key) != words and not leaked({words.strip()}, own):
            phrases.add(words.strip())
        for literal in literals:
            for piece in re.split(r"[\n*_`]+", literal or ""):
                piece = piece.strip(" .,:;!?()—-\"'“”")
                if len(piece.split()) >= 4:
                    phrases.add(piece)
    return phrases


def leaked(phrases: set[str], seen: str) -> list[str]:
    """The phrases ``seen`` shows as words of their own (a label inside a word is no leak)."""
    return sorted(p for p in phrases if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", seen))


def _entries(language: str) -> dict[tuple[str | None, str], str]:
    path = LOCALES / language / "LC_MESSAGES" / "messages.po"
    with path.open("rb") as po:
        catalog = read_po(po, locale=language)
    entries = {}
    for message in catalog:
        if not message.id:
            continue
        key = message.id if isinstance(message.id, str) else message.id[0]
        text = message.string if isinstance(message.string, str) else message.string[0]
        entries[(message.context, key)] = text
    return entries
