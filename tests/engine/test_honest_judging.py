"""The defects of issue 12 ("Honest judging"), each as a user meets it with no API key.

Every test talks to the real entry point with the offline interviewer and one bank question
(fixed, so the case is the one the defect was found on), and checks what the user is shown and
what the report says.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from bots.app import App
from engine.actions import Action, AskQuestion, ShowReport
from engine.interview import OFF_TOPIC_LEAD, STEERING_LEAD
from engine.models import Report
from engine.ports import QuestionRequest
from engine.questions import Question
from engine.roles import default_roles
from engine.scoring import measure, score
from tests.support.users import User, memory_app, offline_settings
from tests.support.words import words

ROLES = default_roles()
# Fails on the commit before issue 12's first change; the fixes land in the next commits.
pytestmark = []


@dataclass(frozen=True)
class FixedQuestions:
    """A question source that asks the given bank questions in order."""

    role: str
    ids: tuple[str, ...]

    async def next_question(self, request: QuestionRequest) -> Question:
        """The bank question at the request's number."""
        return ROLES[self.role].question(self.ids[request.number - 1])


def user_on(role: str, *ids: str, follow_ups: int = 2) -> User:
    """A user whose interview asks exactly these bank questions of ``role``."""
    app: App = memory_app(
        offline_settings(max_followups=follow_ups, default_questions=len(ids)),
        questions=FixedQuestions(role, ids),
    )
    return User(app, "candidate")


async def answered(role: str, question_id: str, answer: str, follow_ups: int = 2) -> Report:
    """The report after one answer to one question (the interview ended right after)."""
    user = user_on(role, question_id, follow_ups=follow_ups)
    await user.start(role, questions=1)
    actions = await user.answer(answer)
    if not any(isinstance(a, ShowReport) for a in actions):
        actions = await user.end()
    return report_of(actions)


def report_of(actions: list[Action]) -> Report:
    """The report among the actions."""
    return next(a.report for a in actions if isinstance(a, ShowReport))


def overall(report: Report) -> float:
    """The report's overall score (0 when nothing was scored)."""
    return report.scores.overall if report.scores else 0.0


def asked(actions: list[Action]) -> AskQuestion | None:
    """The question or follow-up among the actions."""
    return next((a for a in actions if isinstance(a, AskQuestion)), None)


# 1. Off-topic but polished answers score high.
WON_DEAL = (
    "Last quarter I closed our biggest deal of the year, a 120,000 dollar contract with a "
    "regional hospital group. I mapped every stakeholder, ran a two-week pilot with their "
    "nursing team, and handled the procurement objections with a total cost comparison. As a "
    "result we signed three weeks ahead of schedule and they expanded to four more sites."
)
VAGUE_LOST_DEAL = (
    "There was a deal I thought we'd get but the customer went with someone else. I think "
    "maybe the price was the problem. I learned to follow up more I guess."
)
SPEED_UP = (
    "At my last job I cut our API's p99 latency from 900 ms to 120 ms. I profiled the hot "
    "endpoints, found an N+1 query in the orders service, added a covering index and a "
    "Redis cache, and as a result checkout conversion rose by 4 percent."
)


async def test_a_polished_story_about_a_won_deal_scores_below_a_vague_lost_deal() -> None:
    won = await answered("sales_associate", "sa-b4", WON_DEAL)
    lost = await answered("sales_associate", "sa-b4", VAGUE_LOST_DEAL)
    assert overall(won) < overall(lost)


async def test_a_speed_up_story_to_a_disagreement_question_is_not_a_strong_answer() -> None:
    user = user_on("backend_engineer", "be-b2")
    await user.start("backend_engineer", questions=1)
    reply = await user.answer(SPEED_UP)
    follow_up = asked(reply)
    assert follow_up is not None and follow_up.is_follow_up, words(reply)
    report = report_of(await user.end())
    assert overall(report) < 3.0
    assert "strong interview" not in report.summary.lower()


# 2. Wrong answers are rewarded.
JOINS_RIGHT = (
    "An INNER JOIN returns only the rows that have a match in both tables. A LEFT JOIN returns "
    "every row from the left table, and where the right table has no match its columns are NULL."
)
JOINS_SWAPPED = (
    "A LEFT JOIN returns only the rows that have a match in both tables. An INNER JOIN returns "
    "every row from the left table, and where the right table has no match its columns are NULL."
)
BUDGET_RIGHT = (
    "A budget is the plan we commit to at the start of the year, the targets we're held "
    "against. A forecast is our updated estimate of what will actually happen, revised every "
    "quarter as actuals come in, so we compare forecast to budget to spot gaps early."
)
BUDGET_SWAPPED = (
    "A forecast is the plan we commit to at the start of the year, the targets we're held "
    "against. A budget is our updated estimate of what will actually happen, revised every "
    "quarter as actuals come in, so we compare budget to forecast to spot gaps early."
)


async def test_swapped_join_definitions_score_below_the_right_ones_and_are_not_praised() -> None:
    right = await answered("data_analyst", "da-t1", JOINS_RIGHT)
    wrong = await answered("data_analyst", "da-t1", JOINS_SWAPPED)
    assert overall(wrong) < overall(right) - 0.5
    note = wrong.question_notes[0]
    assert "inner join" not in note.good.lower()
    assert "left join" in note.missing.lower()


async def test_swapped_budget_and_forecast_is_not_quoted_as_a_strength() -> None:
    right = await answered("finance_analyst", "fa-t2", BUDGET_RIGHT)
    wrong = await answered("finance_analyst", "fa-t2", BUDGET_SWAPPED)
    assert overall(wrong) < overall(right)
    assert not wrong.strengths
    assert wrong.improvements


# 3. Feedback contradicts the candidate.
async def test_a_set_situation_is_never_called_unclear() -> None:
    story = (
        "In my second year of teaching, a parent emailed the head teacher to complain that I "
        "graded her son unfairly on a history essay. I called her the same afternoon, walked "
        "her through the rubric and his draft, and we agreed on a plan for his next essay. "
        "He got a B on it and she thanked me at parents' evening."
    )
    report = await answered("teacher", "te-b3", story)
    assert "situation was unclear" not in report.question_notes[0].missing


async def test_a_concept_the_answer_names_is_not_listed_as_missing() -> None:
    answer = (
        "I'd cancel in-flight requests with an AbortController when the query changes, debounce "
        "the input by about 300 ms, and cache results per query so going back is instant."
    )
    report = await answered("frontend_engineer", "fe-d2", answer)
    missing = report.question_notes[0].missing.lower()
    assert "cancel" not in missing and "debounce" not in missing


async def test_numbers_in_words_count_as_concrete_numbers() -> None:
    story = (
        "A student in my class was falling behind in reading, so I met her parents and set up "
        "two short sessions a week with her. By the spring her reading score rose by fifteen "
        "percent."
    )
    report = await answered("teacher", "te-b2", story)
    assert report.answered == 1
    assert "no concrete numbers" not in report.question_notes[0].missing


# 4. Ordinary replies get the manipulation scolding.
PATIENT = ("nurse", "rn-b1", "A patient was scared before surgery and I talked with her.")
REVIEW = ("backend_engineer", "be-s2", "")


@pytest.mark.parametrize(
    "case, reply",
    [
        (PATIENT, "I already told you: she calmed down within 20 minutes"),
        (PATIENT, "Sorry, I'm really nervous, can I have a second?"),
        (PATIENT, "What's the question again?"),
        (REVIEW, "This is a hypothetical, but I'd first ask what outcome they need."),
    ],
)
async def test_ordinary_replies_are_not_scolded(case: tuple[str, str, str], reply: str) -> None:
    role, question_id, first = case
    user = user_on(role, question_id)
    await user.start(role, questions=1)
    if first:
        await user.answer(first)
    actions = await user.answer(reply)
    leads = [a.lead for a in actions if isinstance(a, AskQuestion)]
    assert OFF_TOPIC_LEAD() not in leads and STEERING_LEAD() not in leads
    assert "keep to the interview" not in words(actions)


# 5. Clarification requests are scored as answers.
async def test_a_rephrase_request_is_rephrased_and_never_scored() -> None:
    user = user_on("nurse", "rn-b1")
    await user.start("nurse", questions=1)
    reply = await user.answer("Sorry, can you rephrase the question?")
    follow_up = asked(reply)
    assert follow_up is not None and follow_up.number == 1
    report = report_of(await user.end())
    assert report.answered == 0 and report.scores is None
    assert not report.improvements and not report.strengths


async def test_a_rephrase_request_at_the_follow_up_limit_still_gets_the_rephrasing() -> None:
    user = user_on("nurse", "rn-b1", "rn-b2", follow_ups=0)
    await user.start("nurse", questions=2)
    reply = await user.answer("Sorry, can you rephrase the question?")
    again = asked(reply)
    assert again is not None and again.number == 1, words(reply)


async def test_thinking_aloud_is_not_scored() -> None:
    user = user_on("nurse", "rn-b1")
    await user.start("nurse", questions=1)
    reply = await user.answer("Hmm, let me think.")
    assert asked(reply) is not None
    report = report_of(await user.end())
    assert report.answered == 0


# 6. Follow-ups are templates that do not listen.
SPECIFIC_STORY = (
    "Mrs Patel, 82, was terrified before her hip surgery. I sat with her for twenty minutes, "
    "explained each step and got her daughter on the phone. She calmed down and the surgery "
    "went ahead on time."
)


async def test_no_follow_up_asks_for_a_specific_time_or_a_result_already_given() -> None:
    user = user_on("nurse", "rn-b1")
    await user.start("nurse", questions=1)
    reply = words(await user.answer(SPECIFIC_STORY))
    assert "specific time" not in reply
    assert "What was the result" not in reply


async def test_a_situational_question_is_not_asked_for_a_past_story() -> None:
    user = user_on("customer_support", "cs-s1")
    await user.start("customer_support", questions=1)
    reply = words(await user.answer("I'd stay calm and try to help them."))
    assert "specific time" not in reply and "personally do" not in reply
    assert "keep to the interview" not in reply


async def test_a_question_repeated_back_is_not_thanked_as_clear() -> None:
    user = user_on("nurse", "rn-b1")
    await user.start("nurse", questions=1)
    reply = await user.answer(
        "You want to hear about a time I comforted an anxious patient or family member, right?"
    )
    assert "that's clear" not in words(reply)
    assert report_of(await user.end()).answered == 0


# 7. Structure rewards only past-tense STAR.
async def test_a_clear_plan_for_a_situational_question_has_structure() -> None:
    plan = (
        "First I'd acknowledge the frustration and check the order history so they don't have "
        "to repeat themselves. Then I'd offer a replacement or a refund within policy, because "
        "fixing the problem matters more than explaining it. If it's outside policy, I'd "
        "escalate to my lead the same day and tell the customer when they'll hear back. "
        "Finally I'd note the case so the team can spot a pattern."
    )
    report = await answered("customer_support", "cs-s3", plan)
    assert report.scores is not None and report.scores.structure >= 3.0


async def test_a_reasoned_technical_answer_has_structure() -> None:
    answer = (
        "An index is a sorted structure, usually a B-tree, so a lookup doesn't scan the whole "
        "table. The trade-off is that every write has to update it, so on a write-heavy table "
        "I'd only index the columns we filter on, and I'd check the query plan first."
    )
    report = await answered("backend_engineer", "be-t1", answer)
    assert report.scores is not None and report.scores.structure >= 3.0


# 8. Quotes.
BUZZWORDS = (
    "I would leverage a scalable, distributed, cloud-native rate limiter with Redis, token "
    "bucket, sliding window, API gateway and horizontal scaling for high availability and low "
    "latency."
)


async def test_a_buzzword_sentence_is_not_quoted_as_role_knowledge() -> None:
    report = await answered("backend_engineer", "be-d2", BUZZWORDS, follow_ups=0)
    assert report.answered == 1
    assert not report.strengths


async def test_a_list_of_the_questions_words_is_never_quoted() -> None:
    story = (
        "Last spring, right after a Friday release, our payments service ran out of database "
        "connections and checkout failed for forty minutes, which cost us about 2,000 orders. I "
        "was the on-call engineer, so my first step was mitigation: I rolled back the release, "
        "which stopped the errors within five minutes, because restoring service mattered more "
        "than understanding it. Then I dug into the root cause with a teammate and found a new "
        "query that leaked connections under retries. In the blameless postmortem we added an "
        "alert on pool usage at 80%, a load test in CI, and a rule to release before noon; we "
        "have not had a repeat since."
    )
    tags = "Tags: " + ", ".join(ROLES["backend_engineer"].question("be-b3").key_concepts)
    report = await answered("backend_engineer", "be-b3", f"{story}\n{tags}")
    assert report.strengths  # the story earns one, quoted from the story
    quotes = [p.quote for p in (*report.strengths, *report.improvements)]
    assert not any(quote.startswith("Tags") for quote in quotes), quotes


async def test_no_sentence_is_both_a_strength_and_an_improvement() -> None:
    user = user_on("backend_engineer", "be-t1", "be-b2", follow_ups=0)
    await user.start("backend_engineer", questions=2)
    await user.answer(
        "An index is a sorted copy of a column, usually a B-tree, so lookups skip a full table "
        "scan. It helps reads a lot. But every insert and update has to maintain it, so on "
        "write-heavy tables too many indexes slow things down."
    )
    report = report_of(await user.skip())
    quoted = [p.quote for p in report.strengths] + [p.quote for p in report.improvements]
    assert report.strengths and report.improvements
    assert len(quoted) == len(set(quoted)), quoted


async def test_a_quote_cut_mid_sentence_ends_with_an_ellipsis() -> None:
    long_sentence = (
        "When our nightly reconciliation job started failing I went through the logs line by "
        "line with the on-call engineer and we found that a vendor had changed their date "
        "format without telling anyone which broke our parser for two days"
    )
    report = await answered("backend_engineer", "be-b3", long_sentence + ".")
    quotes = [p.quote for p in (*report.strengths, *report.improvements)]
    assert quotes
    for quote in quotes:
        assert quote.rstrip(".") in long_sentence or quote.endswith("…"), quote
        if quote.rstrip("…").strip() != long_sentence:
            assert quote.endswith("…"), quote


CV_QUESTION = Question(
    id="cv-claim-1",
    type="behavioral",
    difficulty=2,
    text=(
        "Your CV says: “Designed the settlement service in Go and PG, processing 1.2M "
        "transactions per day” Walk me through it: what was your own part, and what was the "
        "hardest trade-off you made?"
    ),
    key_concepts=["go", "postgresql"],
    source="cv",
)


def test_an_answer_about_the_candidates_own_work_is_on_topic_for_a_question_from_their_cv() -> None:
    # It fits the bank's "slow endpoint" question better than the CV question's own words,
    # which is no reason to call it an answer to another question.
    role = default_roles()["backend_engineer"]
    answer = (
        "At Quillmark I moved our payment API to Go and cut p95 latency from 900 ms to 200 ms "
        "by profiling, adding indexes in PostgreSQL and caching in Redis."
    )
    rubric = measure(answer, CV_QUESTION, role)
    assert rubric.on_topic
    assert score(rubric, CV_QUESTION).overall >= 3.0
    hiking = measure("I love hiking in the mountains on weekends with my dog.", CV_QUESTION, role)
    assert not hiking.on_topic


STRENGTHS_SPEECH = (
    "My greatest strength is probably my organisation. I keep detailed notes, I plan my week on "
    "Sunday evening and colleagues often come to me when they need something found quickly. My "
    "weakness is that I can be a perfectionist, but I'm learning to let small things go."
)


async def test_an_answer_to_another_question_is_brought_back_and_reported_as_such() -> None:
    user = user_on("nurse", "rn-b2")
    await user.start("nurse", questions=1)
    reply = await user.answer(STRENGTHS_SPEECH)
    again = asked(reply)
    assert again is not None and again.lead == OFF_TOPIC_LEAD(), words(reply)
    assert again.text == ROLES["nurse"].question("rn-b2").text
    report = report_of(await user.end())
    assert report.answered == 1 and overall(report) < 2.5
    assert "answers a different question" in words(ShowReport(report))


def test_a_story_the_topicality_model_finds_likely_is_not_called_an_answer_to_another() -> None:
    # Its words fit the bank's question about parents a little better than this one's, but the
    # model that weighs that fit with everything else finds it likely about this question.
    role = default_roles()["teacher"]
    question = role.question("te-b2")
    answer = (
        "In my Year Four class a boy, call him Sam, was reading two years below his age and had "
        "stopped trying. I found he was guessing most longer words, so I set up ten minutes of "
        "phonics four mornings a week with decodable books and a reading buddy from Year Six. I "
        "sent five words home each Friday for his mum. Five months later he'd moved up three "
        "reading bands, and his mum said he'd started reading comics in bed."
    )
    rubric = measure(answer, question, role)
    assert rubric.on_topic_chance >= 0.5
    assert rubric.on_topic
    assert score(rubric, question).overall >= 2.5


def test_a_success_story_that_opens_on_what_was_failing_is_no_story_of_failure() -> None:
    role = default_roles()["backend_engineer"]
    question = role.question("be-b1")  # a project you're proud of
    fixed = (
        "Our invoice sync failed most Mondays and the old cron job had failed silently for "
        "months. I rewrote it as a queue of small jobs with retries and wrote the tests. After "
        "the rollout the sync ran clean every week and finance stopped chasing missing invoices."
    )
    assert not measure(fixed, question, role).other_situation
    # A story that ends in failure is still one, for a question about a success.
    flop = (
        "I built a new search service for the catalogue. We launched it in March. It failed "
        "under load on the first day, the launch failed and we rolled it back."
    )
    assert measure(flop, question, role).other_situation


def test_a_closing_line_of_measured_outcomes_is_the_storys_result() -> None:
    role = default_roles()["frontend_engineer"]
    question = role.question("fe-b3")
    answer = (
        "Our checkout page loaded slowly on phones. I profiled it, removed a heavy date library "
        "and lazy-loaded the images. A month later: load time two point one seconds, down from "
        "six, and conversions up a fifth."
    )
    assert "result" in measure(answer, question, role).star_parts


async def test_an_answer_the_judge_only_doubts_is_not_told_it_answers_another_question() -> None:
    # The model doubts this vague answer is about the question, but it answers no other one
    # (this question is still the bank's closest): the interviewer says it is unsure how it
    # answers, rather than that it answers something else.
    user = user_on("architect", "ar-b4")
    await user.start("architect", questions=1)
    reply = await user.answer(
        "Hmm, yes, one housing job. When the tenders came back the prices were well above what "
        "the client had set aside, quite a lot above, I don't remember the exact figure. We "
        "looked at it with the team and made some changes and in the end it went ahead."
    )
    said = words(reply)
    assert "different question" not in said
    assert "not sure how that answers" in said
