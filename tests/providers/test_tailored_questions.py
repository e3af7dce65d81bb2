"""Tailored questions: claims, gaps and matched bank questions from a CV and a job, offline and
from an LLM (the loopback OpenAI-compatible fake) whose questions are checked against the texts;
the report's fit section quotes only what the answers say."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import openai
import pytest

from engine.candidate import Material
from engine.cv_reading import read_cv
from engine.job_fit import job_fit
from engine.job_reading import read_job
from engine.models import (
    Assessment,
    Interview,
    InterviewConfig,
    Persona,
    Preparation,
    Scores,
    Turn,
    TurnKind,
)
from engine.ports import QuestionRequest
from engine.providers.openai_chat import OpenAIChat
from engine.providers.tailored_questions import TailoredQuestions
from engine.questions import Question
from engine.roles import default_roles
from engine.skill_vocabulary import default_vocabulary
from engine.tailoring import best_role, requirements, ungrounded
from fakes import documents as files
from fakes.openai_api import FakeOpenAI

CV_TEXT = "\n".join(files.CV_LINES) + "\nSkills: Python, Go, SQL, Kubernetes."
JOB_TEXT = (
    "Senior backend engineer, payments platform\n"
    "You will own the ledger services. Must have: Python, PostgreSQL and Kafka in production."
)
ROLE = default_roles()["backend_engineer"]


def material(cv: str = CV_TEXT, job: str = JOB_TEXT) -> Material:
    """A CV and a job read by the offline rules."""
    vocabulary = default_vocabulary()
    return Material(
        cv, job, read_cv(cv, vocabulary) if cv else None, read_job(job, vocabulary) if job else None
    )


async def interview_questions(
    source: TailoredQuestions, given: Material, count: int = 4
) -> list[Question]:
    """The first ``count`` questions the source asks, as an interview would ask for them."""
    asked: list[Question] = []
    for number in range(1, count + 1):
        request = QuestionRequest(
            ROLE, (), 2, (1, 3), number, f"seed:{number}",
            frozenset(q.id for q in asked), material=given,
        )  # fmt: skip
        asked.append(await source.next_question(request))
    return asked


async def test_offline_a_tailored_interview_mixes_claims_gaps_and_matching_bank_questions() -> None:
    questions = await interview_questions(TailoredQuestions(), material())
    assert [q.source for q in questions] == ["cv", "job", "bank", "cv"]
    claim, gap, _bank, skill = questions
    assert "900 ms" in claim.text or "2 billion euros" in claim.text
    assert "PostgreSQL" in gap.text and "doesn't mention" in gap.text
    assert "postgresql" in gap.key_concepts
    assert "Python" in skill.text and "python" in skill.key_concepts
    assert len({q.id for q in questions}) == 4
    assert all(not ungrounded(q.text, material(), ROLE) for q in (claim, gap, skill))


async def test_without_material_the_bank_asks() -> None:
    request = QuestionRequest(ROLE, (), 2, (1, 3), 1, "seed")
    assert (await TailoredQuestions().next_question(request)).source == "bank"


async def test_a_cv_alone_or_a_job_alone_is_enough() -> None:
    only_cv = await interview_questions(TailoredQuestions(), material(job=""), 3)
    assert {q.source for q in only_cv} == {"cv", "bank"}
    only_job = await interview_questions(TailoredQuestions(), material(cv=""), 3)
    assert {q.source for q in only_job} == {"job", "bank"}
    assert "Python" in only_job[0].text and "PostgreSQL" in only_job[1].text


def test_the_best_fitting_role_is_suggested_and_requirements_keep_the_jobs_spelling() -> None:
    assert best_role(default_roles().values(), material()) == ROLE
    assert requirements(material()) == ("Python", "PostgreSQL", "Kafka")


def test_a_question_naming_what_neither_text_holds_is_ungrounded() -> None:
    given = material()
    assert ungrounded("At Initech, how did you run Kafka?", given, ROLE) == ["Initech"]
    assert ungrounded("How did you use Terraform at Acme Payments?", given, ROLE) == ["terraform"]
    assert ungrounded("You cut latency to 50 ms: how?", given, ROLE) == ["50"]
    grounded = "At Acme Payments you cut the p99 latency from 900 ms to 120 ms. What was hard?"
    assert ungrounded(grounded, given, ROLE) == []


# ------------------------------------------------------------------ with an LLM
INVENTED = {
    "text": "At Initech you moved card authorisation to Rust: what was the hardest trade-off?",
    "key_concepts": ["rust"],
}
GROUNDED = {
    "text": "At Acme Payments you cut the ledger API's p99 latency from 900 ms to 120 ms. "
    "What did you try first, and what did you decide against?",
    "key_concepts": ["indexing", "latency"],
}


@pytest.fixture
async def fake() -> AsyncIterator[FakeOpenAI]:
    async with FakeOpenAI() as server:
        yield server


def llm_source(fake: FakeOpenAI) -> TailoredQuestions:
    client = openai.AsyncOpenAI(api_key="x", base_url=fake.base_url, max_retries=0)
    return TailoredQuestions(chat=OpenAIChat(client), model="llama3.1:8b")


async def test_a_generated_question_that_invents_an_employer_or_a_skill_is_dropped(
    fake: FakeOpenAI,
) -> None:
    fake.chat_handler = lambda request: INVENTED
    questions = await interview_questions(llm_source(fake), material(), 4)
    assert len(fake.calls("chat")) == 3  # the claim, the gap and the skill; not the bank's
    texts = " ".join(q.text for q in questions)
    assert "Initech" not in texts and "Rust" not in texts
    # The offline templates asked instead.
    assert questions[0].text.startswith("Your CV says")
    assert questions[1].text.startswith("The role needs PostgreSQL")


async def test_a_grounded_generated_question_is_asked_with_its_concepts(fake: FakeOpenAI) -> None:
    def reply(request: dict[str, Any]) -> dict[str, Any]:
        prompt = request["messages"][-1]["content"]
        return GROUNDED if "The CV says" in prompt else INVENTED

    fake.chat_handler = reply
    [first] = await interview_questions(llm_source(fake), material(), 1)
    assert first.text == GROUNDED["text"] and first.source == "cv"
    assert {"indexing", "latency"} <= set(first.key_concepts)


async def test_an_llm_that_fails_leaves_the_templates_asking(fake: FakeOpenAI) -> None:
    fake.enqueue_fault("500")
    fake.enqueue_fault("500")
    fake.chat_handler = lambda request: GROUNDED
    [first] = await interview_questions(llm_source(fake), material(), 1)
    assert first.text.startswith("Your CV says")


# ------------------------------------------------------------------ the fit section
def answered(*answers: tuple[str, float]) -> Interview:
    """An interview with the job's must-haves, each answer to its own question, scored."""
    config = InterviewConfig(
        "backend_engineer", None, 2, len(answers), 0,
        source="tailored", requirements=("Python", "PostgreSQL", "Kafka"),
    )  # fmt: skip
    turns: list[Turn] = []
    for number, (text, score) in enumerate(answers, start=1):
        assessment = Assessment(Scores(score, score, score), Persona.NORMAL, "", "")
        turns += [
            Turn(TurnKind.QUESTION, number, f"q{number}", 2, f"Question {number}?"),
            Turn(TurnKind.ANSWER, number, f"q{number}", 2, text, assessment=assessment),
        ]
    return Interview(config, turns=tuple(turns))


def test_a_requirement_is_shown_only_by_a_quote_from_the_answers() -> None:
    interview = answered(
        ("I wrote the settlement jobs in Python with careful tests. It cut errors by half.", 4.0),
        ("I have not used Kafka, but I ran RabbitMQ queues for two years.", 2.0),
    )
    fit = job_fit(interview)
    assert fit is not None
    shown = {r.skill: r.quote for r in fit.requirements}
    assert shown["Python"] == "I wrote the settlement jobs in Python with careful tests."
    assert shown["Kafka"].startswith("I have not used Kafka")
    assert shown["PostgreSQL"] == ""
    answers = [t.text for t in interview.answers]
    assert all(any(r.quote in a for a in answers) for r in fit.requirements if r.shown)
    assert len(fit.prepare) == 3
    assert fit.prepare[0].kind is Preparation.GAP and fit.prepare[0].subject == "PostgreSQL"
    assert fit.prepare[1].kind is Preparation.DEEPEN and fit.prepare[1].subject == "Kafka"


def test_no_job_no_fit_section_and_no_answers_nothing_shown() -> None:
    plain = Interview(InterviewConfig("backend_engineer", None, 2, 3, 0))
    assert job_fit(plain) is None
    fit = job_fit(answered())
    assert fit is not None and not any(r.shown for r in fit.requirements)
