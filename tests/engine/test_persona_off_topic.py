"""Polished answers to another question are off topic, however professional they sound."""

from __future__ import annotations

import pytest

from engine.models import Persona
from engine.persona import classify, signals
from engine.roles import default_roles, translated
from engine.rubric_words import reading

ANSWERS_TO_ANOTHER_QUESTION = [
    (
        "nurse",
        "rn-b2",
        "My greatest strength is probably my organisation. I keep detailed notes, I plan my week "
        "on Sunday evening and colleagues often come to me when they need something found quickly. "
        "My weakness is that I can be a perfectionist, but I'm learning to let small things go.",
    ),
    (
        "teacher",
        "te-b1",
        "I really want to join your school because of its reputation and its values. I've followed "
        "your community projects online for years, and I see myself growing into a head of "
        "department role here within five years, maybe leading a team of my own.",
    ),
    (
        "data_analyst",
        "da-b1",
        "I'd expect a salary around sixty-five thousand, with some flexibility depending on the "
        "benefits package, the pension contribution and how many remote days the team works. "
        "I'm also hoping to start after my one-month notice period ends.",
    ),
]

ON_TOPIC = [
    (
        "nurse",
        "rn-b2",
        "A physician ordered a full dose of a blood thinner for a patient whose kidney labs had "
        "dropped that morning. I paged him, read back the creatinine, and asked whether he wanted "
        "to adjust it; he halved the dose and thanked me at handover.",
    ),
    (
        "data_analyst",
        "da-b1",
        "I showed that the discount emails drove no extra orders once we compared them with a "
        "holdout group, so marketing stopped the campaign and saved about 40k a quarter.",
    ),
]


@pytest.mark.parametrize(("role_id", "question_id", "text"), ANSWERS_TO_ANOTHER_QUESTION)
def test_an_answer_to_another_interview_question_is_off_topic(
    role_id: str, question_id: str, text: str
) -> None:
    role = default_roles()[role_id]
    assert classify(text, role.question(question_id), role)[0] is Persona.OFF_TOPIC


@pytest.mark.parametrize(("role_id", "question_id", "text"), ON_TOPIC)
def test_a_short_answer_to_the_question_is_not(role_id: str, question_id: str, text: str) -> None:
    role = default_roles()[role_id]
    assert classify(text, role.question(question_id), role)[0] is not Persona.OFF_TOPIC


def test_the_model_reads_translated_banks_and_never_questions_from_outside_the_bank() -> None:
    role = translated(default_roles()["data_analyst"], "es")
    strengths = (
        "Mi mayor fortaleza es la organización: planifico la semana el domingo, llevo notas "
        "detalladas y mis compañeros me buscan cuando necesitan encontrar algo rápido."
    )
    from_a_cv = role.question("da-b1").model_copy(update={"id": "cv-1"})
    with reading("es"):
        assert classify(strengths, role.question("da-b1"), role)[1].on_topic_chance < 1.0
        assert classify(strengths, from_a_cv, role)[1].on_topic_chance == 1.0


STOCK_ANSWERS = [
    (
        "en",
        "customer_support",
        "cs-b1",
        "My biggest strength is staying calm with upset customers: I listen, I sum up what they "
        "need and I follow up the same day. My weakness is that I take complaints home with me, "
        "so now I talk a hard call through with a colleague before I log off.",
    ),
    (
        "es",
        "product_manager",
        "pm-b2",
        "Dentro de cinco años me veo como directora de producto, con un equipo de PMs a mi cargo. "
        "Quiero seguir cerca de los clientes y de los datos, y ser quien ayuda a los juniors a "
        "priorizar y a decir que no a tiempo.",
    ),
    (
        "de",
        "sales_associate",
        "sa-b2",
        "Warum ich zu Ihnen möchte: Ich verkaufe seit Jahren Software an den Mittelstand und "
        "Ihr Produkt löst genau die Probleme, die meine Kunden ständig ansprechen. Außerdem "
        "gefällt mir, dass Ihr Vertrieb eng mit dem Produktteam arbeitet.",
    ),
    (
        "fr",
        "finance_analyst",
        "fa-b1",
        "Pour mes prétentions salariales, je suis aujourd'hui à 58 000 euros bruts avec un "
        "variable de 8 %. Pour ce poste d'analyste senior je vise plutôt 64 000, selon le package, "
        "l'intéressement et les jours de télétravail.",
    ),
]


# The canned story of what the candidate is proudest of, told to another question.
PROUDEST_STORIES = [
    (
        "en",
        "frontend_engineer",
        "fe-b2",
        "The feature I'm proudest of is the offline mode I built for a delivery app. Drivers lost "
        "signal in car parks, so I cached the route and the next stops and synced when the "
        "connection came back. Support tickets about lost orders dropped a lot after launch.",
    ),
    (
        "es",
        "finance_analyst",
        "fa-b2",
        "Del trabajo del que estoy más orgullosa es el modelo de tesorería que armé para una "
        "cadena de hoteles: trece semanas de caja, tres escenarios y una alerta cuando el saldo "
        "bajaba del mínimo. El director financiero lo usa cada lunes desde entonces.",
    ),
    (
        "fr",
        "frontend_engineer",
        "fe-b2",
        "Le composant dont je suis le plus fier, c'est un tableau de données que j'ai réécrit "
        "pour une banque : tri, filtres, pagination côté serveur et navigation au clavier. Le "
        "temps de chargement est passé de quatre secondes à moins d'une seconde.",
    ),
]


# What the candidate does best or likes most about the job, told to another question.
BEST_AT = [
    (
        "en",
        "frontend_engineer",
        "fe-b2",
        "What I do best is performance work. On my last team I profiled the checkout page, split "
        "the bundle, lazy-loaded the maps library and moved fonts to a CDN; the page went from "
        "five seconds to under two on mobile.",
    ),
    (
        "es",
        "data_analyst",
        "da-b3",
        "Lo que más me gusta de mi trabajo es hablar con los equipos de producto. En mi empresa "
        "actual organizo una revisión semanal de métricas, preparo un tablero sencillo y ayudo a "
        "cada equipo a elegir una sola métrica que mover en el trimestre.",
    ),
    (
        "de",
        "business_manager",
        "bm-b1",
        "Was ich am besten kann, ist Verhandeln. Letztes Jahr habe ich mit unserem größten "
        "Lieferanten neue Konditionen ausgehandelt, zwölf Prozent günstiger bei gleicher "
        "Lieferzeit, und dafür eine dreijährige Abnahme zugesagt.",
    ),
    (
        "fr",
        "sales_associate",
        "sa-b1",
        "Ce que je fais le mieux, c'est la fidélisation. Dans ma boutique, je note les goûts de "
        "mes clientes régulières, je les préviens quand une nouvelle collection arrive et je "
        "prépare une sélection avant leur visite.",
    ),
]


@pytest.mark.parametrize(
    ("language", "role_id", "question_id", "text"), STOCK_ANSWERS + PROUDEST_STORIES
)
def test_an_answer_to_a_stock_interview_question_is_off_topic(
    language: str, role_id: str, question_id: str, text: str
) -> None:
    role = translated(default_roles()[role_id], language)
    with reading(language):
        assert classify(text, role.question(question_id), role)[0] is Persona.OFF_TOPIC


@pytest.mark.parametrize(("language", "role_id", "question_id", "text"), BEST_AT)
def test_what_the_candidate_does_best_told_to_another_question_is_a_stock_answer(
    language: str, role_id: str, question_id: str, text: str
) -> None:
    role = translated(default_roles()[role_id], language)
    with reading(language):
        judged, found = classify(text, role.question(question_id), role)
    assert found.stock_answer
    assert judged is Persona.OFF_TOPIC


def test_what_the_candidate_does_best_told_to_the_question_asking_it_is_not() -> None:
    role = default_roles()["frontend_engineer"]
    asked = role.question("fe-b2").model_copy(
        update={"id": "job-1", "text": "What are you best at as a frontend engineer?", "hint": ""}
    )
    assert not signals(BEST_AT[0][3], asked, role).stock_answer


def test_a_stock_answer_to_that_very_question_is_not() -> None:
    role = default_roles()["customer_support"]
    asked = role.question("cs-b1").model_copy(
        update={"id": "job-1", "text": "What are your strengths and weaknesses?", "hint": ""}
    )
    assert classify(STOCK_ANSWERS[0][3], asked, role)[0] is not Persona.OFF_TOPIC


@pytest.mark.parametrize(("language", "role_id", "question_id", "text"), PROUDEST_STORIES)
def test_the_proudest_story_told_to_the_proud_question_is_not(
    language: str, role_id: str, question_id: str, text: str
) -> None:
    role = translated(default_roles()[role_id], language)
    proud = translated(default_roles()["backend_engineer"], language).question("be-b1")
    asked = role.question(question_id).model_copy(
        update={"id": "job-1", "text": proud.text, "hint": ""}
    )
    with reading(language):
        assert not signals(text, asked, role).stock_answer
