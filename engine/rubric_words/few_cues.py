"""Cues of replies that are not answers, in the bot's languages with no full word list.

Portuguese, Russian and Hindi speakers are interviewed in English offline, yet may say in their
own language that they need a moment, are nervous, did not understand or answered already. With
no word lists to weigh the rest of the reply, these cues only count in a short reply, or in a
longer one that says so twice and ends soon after (``engine/non_answers.py``). Each kind's
cues, most specific kind first; spellings without accents too, as people type in chat.
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
                "não escutei", "nao escutei", "perdi a pergunta", "não peguei a pergunta",
            ),
            "clarify": (
                "não entendi", "nao entendi", "não entendo", "nao entendo", "como assim",
                "o que você quer dizer", "o que voce quer dizer", "o que quer dizer",
                "pode explicar", "poderia explicar", "pode reformular", "o que significa",
                "não sei o que é", "nao sei o que e",
                "antes de responder", "só pra confirmar", "so pra confirmar",
            ),
            "already_said": (
                "já respondi", "ja respondi", "já falei", "ja falei", "já disse", "ja disse",
                "como eu disse", "como já disse", "como ja disse", "já contei", "ja contei",
                "mesma resposta", "mesma história", "mesma historia",
                "já expliquei", "ja expliquei", "já comentei", "ja comentei", "mesmo exemplo",
                "nada de novo",
            ),
            "nervous": (
                "estou nervoso", "estou nervosa", "tô nervoso", "to nervoso", "tô nervosa",
                "to nervosa", "fiquei nervoso", "fiquei nervosa", "muito nervoso",
                "muito nervosa", "estou ansioso", "estou ansiosa", "deu branco",
                "deu um branco", "me deu branco",
                "travei", "fiquei travado", "fiquei travada",
            ),
            "thinking": (
                "deixa eu pensar", "deixe eu pensar", "deixe-me pensar", "deixa-me pensar",
                "deixa eu ver", "preciso pensar", "estou pensando", "tô pensando",
                "to pensando", "só um momento", "so um momento", "um momentinho",
                "só um minuto", "so um minuto", "um minutinho", "só um segundo", "so um segundo",
                "um segundinho", "peraí", "pera aí", "pera ai", "espera aí", "espera ai",
                "me dá um minuto", "me da um minuto",
                "um instante", "organizar as ideias", "deixa eu lembrar",
            ),
        },
        "ru": {
            "repeat": (
                "повторите вопрос", "повторите, пожалуйста", "можете повторить",
                "не могли бы повторить", "какой был вопрос", "не расслышал", "не расслышала",
                "повторить вопрос", "прослушал вопрос", "прослушала вопрос", "не услышал",
                "не услышала",
            ),
            "clarify": (
                "не понял", "не поняла", "не понимаю", "что вы имеете в виду",
                "что имеется в виду", "можете объяснить", "можете пояснить", "поясните",
                "уточните", "что это значит", "что значит",
                "хочу уточнить", "правильно ли я понимаю", "прежде чем ответить",
            ),
            "already_said": (
                "я уже ответил", "я уже ответила", "уже отвечал", "уже отвечала",
                "я уже говорил", "я уже говорила", "как я уже сказал", "как я уже сказала",
                "уже рассказывал", "уже рассказывала", "тот же ответ", "та же история",
                "ничего нового", "мой ответ такой же",
            ),
            "nervous": (
                "я волнуюсь", "очень волнуюсь", "волнуюсь", "я нервничаю", "нервничаю",
                "вылетело из головы", "растерялся", "растерялась", "переживаю",
                "в голове пусто", "голова пустая",
            ),
            "thinking": (
                "дайте подумать", "дай подумать", "дайте мне подумать", "сейчас подумаю",
                "надо подумать", "мне нужно подумать", "минутку", "минуточку", "секунду",
                "секундочку", "одну секунду", "одну минуту", "подождите",
                "собраться с мыслями", "соберусь с мыслями",
            ),
        },
        "hi": {
            "repeat": (
                "दोहरा दीजिए", "दोहरा सकते", "दोबारा बोल", "दोबारा पूछ", "फिर से बोल",
                "फिर से पूछ", "सवाल क्या था", "प्रश्न क्या था",
                "सुनाई नहीं दिया",
                "dobara bolo", "dobara boliye", "phir se pucho", "phir se boliye", "phir se bolo",
                "sawal kya tha", "sunai nahi diya",
            ),
            "clarify": (
                "समझ नहीं आया", "समझ नहीं पाया", "समझ नहीं पाई", "समझा नहीं", "समझी नहीं",
                "क्या मतलब", "मतलब क्या", "समझा दीजिए", "समझाइए", "स्पष्ट कीजिए",
                "samajh nahi aaya", "samajh nahi aya", "samjha nahi", "samjhi nahi", "kya matlab",
                "matlab kya",
            ),
            "already_said": (
                "पहले ही बता", "पहले ही कह", "जैसा मैंने कहा", "जैसा मैंने बताया", "वही जवाब",
                "pehle hi bata", "pehle bata chuka", "pehle bata chuki", "wahi jawab",
                "वही कहानी",
            ),
            "nervous": (
                "घबरा गया", "घबरा गई", "घबराहट", "नर्वस", "डर लग रहा",
                "ghabra gaya", "ghabra gayi", "nervous ho raha", "nervous ho rahi",
            ),
            "thinking": (
                "सोचने दीजिए", "सोचने दो", "सोच रहा हूँ", "सोच रही हूँ", "एक मिनट",
                "एक सेकंड", "थोड़ा सोच", "रुकिए", "ज़रा रुकिए",
                "sochne do", "sochne dijiye", "soch raha hoon", "soch rahi hoon", "ek minute",
                "ek second",
            ),
        },
    }
)  # fmt: skip

# The same for languages the bot does not speak at all, which a candidate may still slip into
# for a moment ("Chwileczkę, muszę pomyśleć", "稍等，让我想想"). Their replies are not told apart
# by language, so a cue here is a phrase no English, Spanish, German or French answer says.
# In scripts written without spaces (Chinese, Japanese, Korean) a cue may sit inside a run.
UNSPOKEN_CUES: Mapping[str, Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        "it": {
            "repeat": (
                "può ripetere", "puo ripetere", "puoi ripetere", "potrebbe ripetere",
                "ripetere la domanda", "ripeta la domanda", "qual era la domanda",
                "non ho sentito",
            ),
            "clarify": (
                "non ho capito", "cosa intende", "cosa intendi", "che cosa intende",
                "in che senso", "può spiegare", "puoi spiegare", "può riformulare",
                "cosa significa",
            ),
            "already_said": (
                "come ho già detto", "come ho gia detto", "l'ho già detto", "l'ho gia detto",
                "ho già risposto", "ho gia risposto", "l'ho già raccontato", "già raccontato",
                "gia raccontato", "stessa risposta",
            ),
            "nervous": (
                "sono nervoso", "sono nervosa", "sono agitato", "sono agitata", "sono in ansia",
                "sono un po' nervoso", "sono un po' nervosa", "sono un po' agitato",
                "sono un po' agitata", "vuoto totale",
                "mi sono bloccato", "mi sono bloccata",
            ),
            "thinking": (
                "fammi pensare", "mi faccia pensare", "ci penso un attimo", "devo pensarci",
                "sto pensando", "un attimo", "dammi un secondo", "mi dia un secondo",
            ),
        },
        "nl": {
            "repeat": (
                "kunt u de vraag herhalen", "kun je de vraag herhalen", "kunt u dat herhalen",
                "kun je dat herhalen", "wat was de vraag", "niet goed verstaan",
            ),
            "clarify": (
                "wat bedoelt u", "wat bedoel je", "begrijp de vraag niet", "snap de vraag niet",
                "kunt u dat uitleggen", "voordat ik antwoord", "voor ik antwoord",
                "even checken",
            ),
            "already_said": (
                "heb ik al gezegd", "zoals ik al zei", "heb ik al verteld",
                "heb ik al beantwoord", "hetzelfde antwoord",
            ),
            "nervous": (
                "ik ben zenuwachtig", "ik ben nerveus", "best zenuwachtig", "echt zenuwachtig",
                "heel zenuwachtig",
            ),
            "thinking": (
                "even nadenken", "laat me even nadenken", "moet even nadenken", "momentje",
            ),
        },
        "pl": {
            "repeat": (
                "może pan powtórzyć", "może pani powtórzyć", "możesz powtórzyć",
                "proszę powtórzyć", "jakie było pytanie", "nie usłyszałem", "nie usłyszałam",
            ),
            "clarify": (
                "nie rozumiem", "co pan ma na myśli", "co pani ma na myśli",
                "co masz na myśli", "może pan wyjaśnić", "może pani wyjaśnić",
            ),
            "already_said": (
                "już mówiłem", "już mówiłam", "już odpowiedziałem", "już odpowiedziałam",
                "jak już mówiłem", "jak już mówiłam",
            ),
            "nervous": (
                "denerwuję się", "jestem zdenerwowany", "jestem zdenerwowana", "stresuję się",
            ),
            "thinking": (
                "muszę pomyśleć", "chwileczkę", "daj mi chwilę", "niech pomyślę",
                "zastanowię się",
            ),
        },
        "tr": {
            "repeat": (
                "tekrar eder misiniz", "tekrarlar mısınız", "soruyu tekrar", "soru neydi",
                "duyamadım", "tekrar edebilir misiniz", "tekrarlayabilir misiniz",
                "soruyu kaçırdım",
            ),
            "clarify": (
                "anlamadım", "ne demek istiyorsunuz", "açıklar mısınız", "soruyu anlamadım",
            ),
            "already_said": (
                "az önce anlattım", "zaten anlattım", "daha önce söyledim", "zaten söyledim",
                "zaten cevapladım", "aynı cevap",
            ),
            "nervous": (
                "heyecanlandım", "heyecanlıyım", "gerginim", "stresliyim", "kafam boşaldı",
                "aklım durdu",
            ),
            "thinking": ("bir saniye", "bir dakika", "düşüneyim", "düşünmem lazım"),
        },
        "uk": {
            "repeat": (
                "можете повторити", "повторіть", "яке було питання", "не почув", "не почула",
                "повторити питання", "не розчув", "не розчула",
            ),
            "clarify": (
                "не зрозумів", "не зрозуміла", "що ви маєте на увазі", "поясніть",
                "не розумію", "хочу уточнити", "перш ніж відповісти",
            ),
            "already_said": (
                "вже відповідав", "вже відповідала", "вже казав", "вже казала",
                "вже розповідав", "вже розповідала", "нічого нового",
            ),
            "nervous": ("хвилююся", "я нервую", "дуже нервую", "хвилююсь", "в голові порожньо"),
            "thinking": ("хвилинку", "дайте подумати", "треба подумати", "зачекайте",
                "зібратися з думками", "зберуся з думками"),
        },
        "vi": {
            "repeat": (
                "nhắc lại câu hỏi", "lặp lại câu hỏi", "hỏi lại", "không nghe rõ",
            ),
            "clarify": (
                "tôi không hiểu", "ý bạn là gì", "ý anh là gì", "ý chị là gì",
                "giải thích thêm", "em không hiểu", "ý là sao",
            ),
            "already_said": (
                "tôi đã trả lời", "như tôi đã nói", "tôi đã nói rồi", "đã kể rồi", "em đã trả lời",
                "như em đã nói",
            ),
            "nervous": (
                "hơi run", "rất run", "hồi hộp", "lo lắng quá", "căng thẳng quá", "run quá",
            ),
            "thinking": (
                "để tôi suy nghĩ", "để tôi nghĩ", "chờ một chút", "đợi một chút", "để em nghĩ",
                "để em suy nghĩ",
            ),
        },
        "zh": {
            "repeat": ("再说一遍", "重复一下", "再说一次", "没听清", "没听到", "问题是什么"),
            "clarify": ("请问", "什么意思", "不太明白", "没明白", "不明白", "没懂"),
            "already_said": ("刚才说过", "已经说过", "已经回答过", "之前说过", "刚才讲过"),
            "nervous": ("紧张", "一片空白"),
            "thinking": ("让我想想", "想一下", "稍等", "等一下", "想一想", "我想想"),
        },
        "ja": {
            "repeat": ("もう一度", "繰り返して", "聞き取れ", "聞こえませんでした"),
            "clarify": (
                "どういう意味", "意味がわかりません", "質問がわかりません", "よくわかりません",
                "確認させて",
            ),
            "already_said": (
                "先ほど申し上げた", "さっき言った", "既に答え", "すでに答え", "先ほどお話し",
            ),
            "nervous": ("緊張", "真っ白"),
            "thinking": (
                "考えさせて", "ちょっと待って", "少々お待ち", "えーと", "うーん", "考えてもいい",
                "少し考え",
            ),
        },
        "ko": {
            "repeat": ("다시 말씀해", "다시 한 번", "질문을 다시", "못 들었"),
            "clarify": ("무슨 뜻", "이해가 안", "잘 모르겠", "무슨 말씀"),
            "already_said": (
                "아까 말씀드린", "이미 말씀드린", "이미 답변", "앞에서 말씀드린", "아까 말한",
            ),
            "nervous": ("긴장", "떨려", "머리가 하얘"),
            "thinking": ("잠시만", "잠깐만", "생각해 볼게", "생각 좀", "생각해볼게"),
        },
        "ar": {
            "repeat": (
                "إعادة السؤال", "أعد السؤال", "ممكن تعيد", "ما هو السؤال", "لم أسمع", "ما سمعت",
            ),
            "clarify": ("لم أفهم", "ماذا تقصد", "ما المقصود", "التوضيح", "لا أفهم", "ما فهمت"),
            "already_said": (
                "سبق أن قلت", "قلت سابقا", "ذكرت سابقا", "أجبت على هذا", "كما قلت", "جاوبت",
                "نفس الجواب",
            ),
            "nervous": ("متوتر", "متوترة", "بالتوتر"),
            "thinking": ("لحظة", "دعني أفكر", "أفكر", "دقيقة من فضلك"),
        },
        "el": {
            "repeat": (
                "επαναλάβετε", "επαναλάβεις", "δεν άκουσα", "ποια ήταν η ερώτηση",
                "ξανά την ερώτηση",
            ),
            "clarify": (
                "δεν κατάλαβα", "τι εννοείτε", "τι εννοείς", "μπορείτε να εξηγήσετε",
            ),
            "already_said": (
                "το είπα ήδη", "το έχω ήδη πει", "έχω ήδη απαντήσει", "ήδη απάντησα",
                "όπως είπα", "ίδια απάντηση", "τίποτα καινούργιο", "κάτι καινούργιο",
            ),
            "nervous": (
                "αγχωμένος", "αγχωμένη", "αγχώνομαι", "έχω άγχος", "μπλόκαρα",
            ),
            "thinking": (
                "μια στιγμή", "ένα λεπτό", "να σκεφτώ", "άσε με να σκεφτώ", "αφήστε με να σκεφτώ",
            ),
        },
        "sv": {
            "repeat": (
                "kan du upprepa", "kan ni upprepa", "upprepa frågan", "vad var frågan",
                "hörde inte", "ta frågan igen",
            ),
            "clarify": (
                "förstår inte frågan", "förstod inte", "vad menar du", "vad menar ni",
                "menar du", "menar ni", "innan jag svarar",
            ),
            "already_said": (
                "redan svarat", "som jag sa", "sa jag redan", "samma svar", "samma exempel",
                "inget nytt att",
            ),
            "nervous": ("är nervös", "jättenervös", "så nervös", "tomt i huvudet"),
            "thinking": (
                "ett ögonblick", "vänta lite", "låt mig tänka", "måste tänka", "en sekund",
                "tänka efter",
            ),
        },
        "cs": {
            "repeat": (
                "zopakovat", "zopakujte", "neslyšel jsem", "neslyšela jsem",
                "jaká byla otázka", "vypadl mi zvuk",
            ),
            "clarify": (
                "nerozumím", "nerozuměl jsem", "nerozuměla jsem", "co tím myslíte",
                "jak to myslíte", "myslíte tím",
            ),
            "already_said": (
                "už jsem říkal", "už jsem říkala", "už jsem odpověděl", "už jsem odpověděla",
                "jak jsem říkal", "jak jsem říkala", "stejná odpověď", "nic nového",
            ),
            "nervous": ("jsem nervózní", "strašně nervózní", "mám trému", "úplný blackout"),
            "thinking": (
                "chvilku", "chviličku", "nechte mě přemýšlet", "musím se zamyslet",
                "zamyslím se",
            ),
        },
        "ro": {
            "repeat": (
                "puteți repeta", "poți repeta", "repetați întrebarea", "nu am auzit",
                "n-am auzit", "care era întrebarea",
            ),
            "clarify": (
                "nu am înțeles", "n-am înțeles", "ce vreți să spuneți", "la ce vă referiți",
                "ce înțelegeți prin",
            ),
            "already_said": (
                "am spus deja", "am răspuns deja", "cum am spus", "același răspuns",
                "nimic nou",
            ),
            "nervous": (
                "sunt emoționat", "sunt emoționată", "am emoții", "m-am blocat", "sunt agitat",
                "sunt agitată",
            ),
            "thinking": (
                "o clipă", "o secundă", "să mă gândesc", "stați puțin", "lăsați-mă",
            ),
        },
        "id": {
            "repeat": (
                "bisa diulang", "tolong diulang", "ulangi pertanyaannya", "pertanyaannya apa",
                "tidak dengar", "nggak dengar", "gak dengar",
            ),
            "clarify": (
                "tidak mengerti", "nggak ngerti", "gak ngerti", "kurang paham", "apa maksud",
                "maksudnya apa", "sebelum saya jawab",
            ),
            "already_said": (
                "sudah saya jawab", "sudah saya ceritakan", "seperti yang saya bilang",
                "jawaban yang sama", "sudah jawab",
            ),
            "nervous": ("saya gugup", "gugup banget", "grogi", "deg-degan"),
            "thinking": (
                "sebentar", "tunggu sebentar", "pikir dulu", "biar saya pikir", "mikir dulu",
            ),
        },
    }
)  # fmt: skip
