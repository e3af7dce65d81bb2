"""Cues of replies that are not answers, in the bot's languages with no full word list.

Portuguese, Russian and Hindi speakers are interviewed in English offline, yet may say in their
own language that they need a moment, are nervous, did not understand or answered already. With
no word lists to weigh the rest of the reply, these cues only count in a short reply
(``engine/non_answers.py``). Each kind's cues, most specific kind first; spellings without
accents too, as people type in chat.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# kind (a NonAnswer value) -> cues, per language. A cue matches from the start of a word to the
# end of one; in Hindi, whose vowel signs end no word, a cue may end inside one ("पहले ही बता"
# in "पहले ही बताया").
FEW_CUES: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "pt": {
            "repeat": (
                "pode repetir", "poderia repetir", "repete a pergunta", "repetir a pergunta",
                "qual era a pergunta", "qual foi a pergunta", "não ouvi", "nao ouvi",
            ),
            "clarify": (
                "não entendi", "nao entendi", "não entendo", "nao entendo", "como assim",
                "o que você quer dizer", "o que voce quer dizer", "o que quer dizer",
                "pode explicar", "poderia explicar", "pode reformular", "o que significa",
                "não sei o que é", "nao sei o que e",
            ),
            "already_said": (
                "já respondi", "ja respondi", "já falei", "ja falei", "já disse", "ja disse",
                "como eu disse", "como já disse", "como ja disse", "já contei", "ja contei",
                "mesma resposta", "mesma história", "mesma historia",
            ),
            "nervous": (
                "estou nervoso", "estou nervosa", "tô nervoso", "to nervoso", "tô nervosa",
                "to nervosa", "fiquei nervoso", "fiquei nervosa", "muito nervoso",
                "muito nervosa", "estou ansioso", "estou ansiosa", "deu branco",
                "deu um branco", "me deu branco",
            ),
            "thinking": (
                "deixa eu pensar", "deixe eu pensar", "deixe-me pensar", "deixa-me pensar",
                "deixa eu ver", "preciso pensar", "estou pensando", "tô pensando",
                "to pensando", "só um momento", "so um momento", "um momentinho",
                "só um minuto", "so um minuto", "um minutinho", "só um segundo", "so um segundo",
                "um segundinho", "peraí", "pera aí", "pera ai", "espera aí", "espera ai",
                "me dá um minuto", "me da um minuto",
            ),
        },
        "ru": {
            "repeat": (
                "повторите вопрос", "повторите, пожалуйста", "можете повторить",
                "не могли бы повторить", "какой был вопрос", "не расслышал", "не расслышала",
            ),
            "clarify": (
                "не понял", "не поняла", "не понимаю", "что вы имеете в виду",
                "что имеется в виду", "можете объяснить", "можете пояснить", "поясните",
                "уточните", "что это значит", "что значит",
            ),
            "already_said": (
                "я уже ответил", "я уже ответила", "уже отвечал", "уже отвечала",
                "я уже говорил", "я уже говорила", "как я уже сказал", "как я уже сказала",
                "уже рассказывал", "уже рассказывала", "тот же ответ", "та же история",
            ),
            "nervous": (
                "я волнуюсь", "очень волнуюсь", "волнуюсь", "я нервничаю", "нервничаю",
                "вылетело из головы", "растерялся", "растерялась", "переживаю",
            ),
            "thinking": (
                "дайте подумать", "дай подумать", "дайте мне подумать", "сейчас подумаю",
                "надо подумать", "мне нужно подумать", "минутку", "минуточку", "секунду",
                "секундочку", "одну секунду", "одну минуту", "подождите",
            ),
        },
        "hi": {
            "repeat": (
                "दोहरा दीजिए", "दोहरा सकते", "दोबारा बोल", "दोबारा पूछ", "फिर से बोल",
                "फिर से पूछ", "सवाल क्या था", "प्रश्न क्या था",
                "सुनाई नहीं दिया",
            ),
            "clarify": (
                "समझ नहीं आया", "समझ नहीं पाया", "समझ नहीं पाई", "समझा नहीं", "समझी नहीं",
                "क्या मतलब", "मतलब क्या", "समझा दीजिए", "समझाइए", "स्पष्ट कीजिए",
            ),
            "already_said": (
                "पहले ही बता", "पहले ही कह", "जैसा मैंने कहा", "जैसा मैंने बताया", "वही जवाब",
                "वही कहानी",
            ),
            "nervous": (
                "घबरा गया", "घबरा गई", "घबराहट", "नर्वस", "डर लग रहा",
            ),
            "thinking": (
                "सोचने दीजिए", "सोचने दो", "सोच रहा हूँ", "सोच रही हूँ", "एक मिनट",
                "एक सेकंड", "थोड़ा सोच", "रुकिए", "ज़रा रुकिए",
            ),
        },
    }
)  # fmt: skip
