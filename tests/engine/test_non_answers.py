"""Replies that are turns of the conversation are told apart from short real answers."""

from __future__ import annotations

import pytest

from engine.models import NonAnswer
from engine.non_answers import non_answer
from engine.roles import default_roles

ROLE = default_roles()["finance_analyst"]
QUESTION = ROLE.question("fa-t2")  # "What is the difference between a budget and a forecast?"

NON_ANSWERS = {
    NonAnswer.CLARIFY: [
        "Sorry, what do you mean exactly?",
        "Do you mean the company budget or my team's?",
        "could you rephrase that",
        "What kind of answer are you looking for here?",
        "Not sure I follow, can you explain?",
        "Should I answer with a real example or in general?",
        "So you want to know the difference between a budget and a forecast?",
        "i dont understand the question sorry",
        "Can you say that in simpler words?",
        "Is it ok if I use an example from university?",
        "the team budget or the whole company forecast? bc id answer those really differently",
        "Is the forecast monthly or quarterly here and should I assume a fixed budget",
        # what it asks is not what it states: "how I'd tell them apart" plans nothing
        "Budget as in the yearly plan I'd have to own?",
        "The forecast here is the one I'd build for my own team, right?",
        "Sorry, quick one first. When I'd explain the forecast, for which company?",
        # choices offered, though "what" alone is also a cue of asking to hear it again
        "What kind of forecast, like cash, sales or headcount? It changes a lot.",
    ],
    NonAnswer.REPEAT: [
        "Can you repeat that?",
        "sorry, what was the question?",
        "I missed the question, say it again please",
        "Huh? Again?",
        "Could you read it once more?",
        "Sorry, I didn't get that",
    ],
    NonAnswer.THINKING: [
        "Hmm.",
        "Let me think for a second...",
        "ok wait, give me a moment",
        "Good question, let me gather my thoughts",
        "Hang on, thinking",
        "errr let me see",
        "Can I come back to this one?",
        "ok... budget... forecast... gimme a sec to line them up in my head",
        "hmm, budget versus forecast... lemme think about how to put it",
        # a plan about answering, not about the question
        "ok, budget and forecast. I'd like to get this one in the right order, one sec",
    ],
    NonAnswer.NERVOUS: [
        "Sorry, I'm so nervous right now",
        "My mind just went blank, sorry!",
        "ugh I'm blanking",
        "I've lost my train of thought, apologies",
        "I am a bit anxious, sorry",
        "sorry my brain has turned to mush, this always happens to me in interviews",
        "Sorry, I'm really sorry, I prepared exactly this, budgets and forecasts and the whole "
        "planning cycle, and now I can't find any of it in my head, which is so embarrassing "
        "because I went over it twice this morning with a friend. I just need a second to calm "
        "down, my heart is racing.",
    ],
    NonAnswer.ALREADY_SAID: [
        "I already answered that.",
        "As I said before.",
        "I told you earlier",
        "Same as what I said above.",
        "I think I covered that already?",
        "That's what I said earlier",
        "I covered that when I talked about the quarterly plan a few minutes ago",
        "like I mentioned, it's the same approach I walked you through before",
        # pointing back to another question of this interview
        "honestly it's the same story as the previous question, all of that holds here",
        # a short pointer to another answer, named by its subject
        "Same point as the A/B question.",
        # ... or by the story told there
        "that's the month-end close story from earlier",
        "the supplier thing I mentioned",
        "yep, the pricing mess I rambled about at the start",
        "Same as the month-end close story.",
        "Answered in the team question, the bit about targets. Same here.",
        "I'd refer you back to the planning cycle I described, if that's alright.",
    ],
}

ANSWERS = [
    # it asks itself a question with choices, then answers it
    "Budget or forecast, which one moved? Then split the variance by region and product, "
    "and walk the sales leads through it.",
    "A budget is the fixed plan; a forecast is updated as actuals come in.",
    "Budget: set once a year. Forecast: revised monthly.",
    "The budget is the target, the forecast is the latest estimate of where we'll land.",
    "I'd say the budget is a commitment and the forecast is a prediction.",
    "Forecast changes, budget doesn't.",
    "Budgets are approved annually and forecasts are rolled every quarter.",
    "Well, as I said, the budget is the plan and the forecast tracks reality.",
    "I mentioned the gap to my manager: the forecast had drifted 8% below the budget.",
    "From before the year starts, the budget is fixed; the forecast moves with actuals.",
    "Honestly, a forecast updates; the budget stays fixed for the year.",
    "A forecast? It's our current best estimate, updated each month.",
    "So the forecast? I'd update it every month from actuals and keep the budget fixed.",
    "Again: plan versus estimate. Budget is the plan.",
    "As I said, I updated the forecast.",
    "what I did was compare budget to forecast monthly",
    "Is the budget fixed? Yes, and the forecast moves with actuals every month, so we compare.",
    "Hang on to the budget as the plan; the forecast gets revised as the quarter goes on.",
    "As I mentioned, I rebuilt the forecast model and we now re-forecast every month.",
    # a word of the question inside a compound names it: "re-forecast", "sub-budgets"
    "As I mentioned, we re-forecast every month from actuals.",
    "Our call froze in the review, so I re-sent the forecast and the budget variance by email.",
    # words of a call gone wrong, in a short answer about the work
    "We cut out the approval step.",
    "A gap popped up.",
    "I'd refer back to the budget.",
    "Same as the others: the forecast is revised every month, the budget stays fixed.",
    "Same here: budget fixed for the year, forecast updated from actuals each month.",
    "Like I said earlier, the sub-budgets roll up into one plan.",
    # a question back, then the answer anyway: its steps name the question's work
    "Do you mean this year's budget? Anyway, I compare budget to forecast each month, explain "
    "the variance by region and update the forecast from actuals.",
    # "or" in what it states offers the interviewer no choice
    "wait, is this the forecast one? anyway, first I check actuals or accruals went in late, "
    "then split the gap by region.",
    "one sec... ok. I'd ask 'which forecast, the rolling one?' and then walk them through "
    "budget versus forecast line by line.",
    "Sorry, I'm a bit nervous, so bear with me. The budget is the plan we agree before the year "
    "starts and it stays fixed; the forecast is redone every month from actuals, so by autumn "
    "I'd trust the forecast for cash and use the budget to judge performance. Sorry, I need a "
    "second, but that's the gist.",
]


@pytest.mark.parametrize(
    "kind, text", [(kind, text) for kind, texts in NON_ANSWERS.items() for text in texts]
)
def test_non_answers_are_recognised(kind: NonAnswer, text: str) -> None:
    assert non_answer(text, QUESTION, QUESTION.text) is kind


@pytest.mark.parametrize("text", ANSWERS)
def test_short_real_answers_are_answers(text: str) -> None:
    assert non_answer(text, QUESTION, QUESTION.text) is None


@pytest.mark.parametrize(
    ("role_id", "question_id", "text"),
    [
        # a one-word cue in a statement: "what" here asks nothing
        ("business_manager", "bm-s4", "Find out why, and what would keep them."),
        # "Do now" is a lesson's opening task, not "Do you…"
        ("teacher", "te-t1", "Do now, model it, guided practice, independent work, exit ticket."),
    ],
)
def test_terse_answers_to_other_questions_are_answers(
    role_id: str, question_id: str, text: str
) -> None:
    question = default_roles()[role_id].question(question_id)
    assert non_answer(text, question, question.text) is None


@pytest.mark.parametrize(
    "kind, text",
    [
        # pondering in the idioms people use for it
        (NonAnswer.THINKING, "budget vs forecast... hmm, mulling that over for a sec"),
        (NonAnswer.THINKING, "ok ok, chewing on this one 🤔"),
        # what went wrong with the call, said as the reason to hear the question again
        (NonAnswer.REPEAT, "sry what was the question? phone glitched n i missed it"),
        (NonAnswer.REPEAT, "Sorry, you cut out there, can you say it once more?"),
        (NonAnswer.THINKING, "racking my brain for a good example, hold that thought"),
        # a moment in another language, in an English interview
        (NonAnswer.THINKING, "lass mich kurz überlegen... budget and forecast, right"),
        (NonAnswer.ALREADY_SAID, "ya te lo dije antes, the same quarterly one 😅"),
        (
            NonAnswer.ALREADY_SAID,
            "Das habe ich eigentlich vorhin beim Planungsprojekt erzählt. Mehr habe ich dazu "
            "ehrlich gesagt nicht, es ist dieselbe Antwort wie vorhin.",
        ),
    ],
)
def test_idioms_and_a_switch_of_language_are_recognised(kind: NonAnswer, text: str) -> None:
    assert non_answer(text, QUESTION, QUESTION.text) is kind


def test_a_word_of_another_language_that_is_an_english_word_is_no_cue() -> None:
    assert non_answer("She attends every forecast review.", QUESTION, QUESTION.text) is None


def test_a_reply_in_another_language_is_read_with_its_own_cues() -> None:
    # in an English interview; before, neither was recognised
    assert non_answer("Disculpa, estoy muy nervioso ahora mismo.", QUESTION, QUESTION.text) is (
        NonAnswer.NERVOUS
    )
    assert non_answer("Ich bin gerade ziemlich nervös, tut mir leid.", QUESTION, QUESTION.text) is (
        NonAnswer.NERVOUS
    )
    answer = (
        "Perdón, estoy nerviosa, pero el presupuesto es el plan fijo del año y la previsión se "
        "actualiza cada mes con los datos reales."
    )
    assert non_answer(answer, QUESTION, QUESTION.text) is None
    answer = (
        "Die gleiche Antwort wie beim Budget: Die Prognose wird jeden Monat mit den Ist-Zahlen "
        "aktualisiert, das Budget bleibt das ganze Jahr fest."
    )
    assert non_answer(answer, QUESTION, QUESTION.text) is None


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (NonAnswer.NERVOUS, "perdón, estoy nerviosa"),
        (NonAnswer.THINKING, "forecast, ok... attends, je structure ça"),
        (NonAnswer.NERVOUS, "sorry, total nervös gerade"),
    ],
)
def test_a_short_reply_too_short_to_tell_its_language_is_read_with_every_languages_cues(
    kind: NonAnswer, text: str
) -> None:
    # too short for language detection; the words besides the cue must still say nothing
    assert non_answer(text, QUESTION, QUESTION.text) is kind


@pytest.mark.parametrize(
    "text",
    [
        "Hmm, the budget is the plan, the forecast is updated monthly.",
        "Pardon the jargon: budget is fixed, forecast moves with actuals.",
        "Moment of truth each month: we re-forecast against the fixed budget.",
    ],
)
def test_english_answers_with_a_word_that_is_a_cue_elsewhere_are_answers(text: str) -> None:
    assert non_answer(text, QUESTION, QUESTION.text) is None


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (NonAnswer.THINKING, "Deixa eu pensar um pouquinho, quero organizar as ideias."),
        (NonAnswer.NERVOUS, "Desculpa, estou muito nervosa, me deu um branco agora."),
        (NonAnswer.CLARIFY, "Não entendi bem, o que você quer dizer com previsão?"),
        (NonAnswer.THINKING, "Минутку, дайте подумать над этим вопросом."),
        (NonAnswer.ALREADY_SAID, "Я уже ответил на это, когда говорил про бюджет."),
        (NonAnswer.NERVOUS, "माफ़ कीजिए, मैं बहुत घबरा गया हूँ।"),
        (NonAnswer.REPEAT, "क्या आप सवाल दोहरा सकते हैं? सवाल क्या था?"),
        (NonAnswer.REPEAT, "माफ़ कीजिए, सवाल दोबारा बोलिए?"),
    ],
)
def test_a_short_reply_in_portuguese_russian_or_hindi_is_read_with_their_few_cues(
    kind: NonAnswer, text: str
) -> None:
    # Interviewed in English offline, these speakers may still say it in their own language.
    assert non_answer(text, QUESTION, QUESTION.text) is kind


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (NonAnswer.THINKING, "Un attimo, fammi pensare a come spiegarlo."),
        (NonAnswer.REPEAT, "Przepraszam, może pani powtórzyć? Nie usłyszałam końca."),
        (NonAnswer.NERVOUS, "Sorry, ik ben zenuwachtig, dit is mijn eerste gesprek."),
        (NonAnswer.ALREADY_SAID, "Bunu zaten anlattım, bütçe sorusunda."),
        (NonAnswer.CLARIFY, "Xin lỗi, tôi không hiểu, ý anh là gì?"),
        (NonAnswer.THINKING, "嗯，稍等，我想一下。"),
        (NonAnswer.NERVOUS, "すみません、ちょっと緊張しています。"),
        (NonAnswer.REPEAT, "죄송합니다, 잘 못 들었어요. 다시 한 번 부탁드려요."),
    ],
)
def test_a_short_reply_in_a_language_the_bot_does_not_speak_is_read_with_its_cues(
    kind: NonAnswer, text: str
) -> None:
    assert non_answer(text, QUESTION, QUESTION.text) is kind


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # longer, saying it twice and ending on it
        (
            NonAnswer.NERVOUS,
            "Простите, я ужасно нервничаю, это первое собеседование за долгое время, и я "
            "понимаю, что знаю ответ про бюджет и прогноз, но сейчас в голове пусто, дайте "
            "мне минутку, пожалуйста.",
        ),
        (
            NonAnswer.REPEAT,
            "Promiňte, na chvíli mi vypadl mi zvuk a slyšela jsem jen něco o rozpočtu, ale "
            "nevím, jestli šlo o rozdíl, nebo o něco jiného. Můžete to prosím zopakovat?",
        ),
        # languages that had no cues
        (NonAnswer.THINKING, "Ένα λεπτό, άσε με να σκεφτώ λίγο."),
        (NonAnswer.ALREADY_SAID, "Jag har redan svarat på den, samma svar som förut."),
        (NonAnswer.NERVOUS, "Maaf, saya gugup banget sekarang."),
        (NonAnswer.CLARIFY, "Scuzați, nu am înțeles întrebarea."),
        (NonAnswer.THINKING, "Ek minute, sochne dijiye please."),
    ],
)
def test_longer_replies_and_more_languages_are_read_with_few_cues(
    kind: NonAnswer, text: str
) -> None:
    assert non_answer(text, QUESTION, QUESTION.text) is kind


@pytest.mark.parametrize(
    "text",
    [
        # two cues, and then the answer
        "Секунду, дайте соберусь с мыслями. Бюджет утверждают один раз перед началом года как "
        "план, а прогноз пересматривают каждый месяц или квартал по фактическим данным, "
        "чтобы видеть, куда мы реально придём к концу года.",
        # a cue, then the answer in English
        "Хвилинку... the budget is the fixed plan, the forecast is re-estimated from actuals.",
        "Jak jsem říkala... I updated the forecast every month and compared it to the budget.",
        # Chinese runs its words together: this is long, not one word
        "嗯，我想一下……预算是年初定下来的计划，全年基本不变；预测是根据每个月的实际数据不断更新的，"
        "用来判断年底会落在哪里，和预算的差距有多大。",
    ],
)
def test_a_cue_of_another_language_before_an_answer_leaves_it_an_answer(text: str) -> None:
    assert non_answer(text, QUESTION, QUESTION.text) is None


@pytest.mark.parametrize(
    "text",
    [
        "O orçamento é o plano fixo do ano; a previsão muda todo mês com os dados reais.",
        "Il budget è fisso per l'anno, la previsione la aggiorno ogni mese con i dati reali.",
        "预算一年不变，预测每个月根据实际数据更新。",
        "In that moment I decided to split the budget from the forecast.",
        "Um segundo ponto: a previsão é refeita todo mês, o orçamento fica fixo.",
        "Бюджет утверждают на год, а прогноз я обновляю каждый месяц по факту.",
        # a cue, in a reply too long to be only that
        "Deixa eu pensar: o orçamento é o plano que a diretoria aprova antes do ano começar e não "
        "muda, enquanto a previsão é atualizada todo mês com os números reais de vendas e custos.",
    ],
)
def test_answers_in_those_languages_are_answers(text: str) -> None:
    assert non_answer(text, QUESTION, QUESTION.text) is None
