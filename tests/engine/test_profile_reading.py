"""The offline profile reader on small CVs and job ads: dates, aliases, sections, columns."""

from __future__ import annotations

import pytest

from bench.profile_extraction import measure
from engine.candidate import Position
from engine.cv_layout import decolumned, sections
from engine.cv_reading import has_quantity, read_cv, years
from engine.job_reading import read_job
from engine.providers.offline_profiles import OfflineProfileReader
from engine.skill_vocabulary import default_vocabulary

# The dev split's figures when the floors were set: skills P 0.990, R 0.969; must-have 1.0/1.0.
DEV_SKILL_PRECISION_FLOOR = 0.95
DEV_SKILL_RECALL_FLOOR = 0.93
DEV_MUST_HAVE_FLOOR = 0.95


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2019–2022", (2019, 2022)),
        ("03/2019 - present", (2019, None)),
        ("Jan 2020 to now", (2020, None)),
        ("2018-21", (2018, 2021)),
        ("2021-now", (2021, None)),
        ("March 2021 – Present", (2021, None)),
        ("Sept 2018 – Feb 2021", (2018, 2021)),
        ("since 10/2022", (2022, None)),
        ("06/2019 – 09/2022", (2019, 2022)),
        ("May 2016 to Aug 2016", (2016, 2016)),
        ("2016", (2016, 2016)),
        ("From 2015 to 2019 I taught", (2015, 2019)),
        ("2021 - presant", (2021, None)),
    ],
)
def test_dates_in_many_formats(text: str, expected: tuple[int, int | None]) -> None:
    assert years(text) == expected


def test_aliases_map_to_canonical_names() -> None:
    vocabulary = default_vocabulary()
    found = vocabulary.find("Go, PG and K8s; JS (Node.js), TS, a11y, A/B tests, BLS / ALS")
    assert found == [
        "go",
        "postgresql",
        "kubernetes",
        "javascript",
        "node.js",
        "typescript",
        "accessibility",
        "a/b testing",
        "basic life support",
        "advanced life support",
    ]
    assert vocabulary.canonical("Postgres") == vocabulary.canonical("psql") == "postgresql"


def test_whole_words_only_and_common_words_stay_words() -> None:
    vocabulary = default_vocabulary()
    assert vocabulary.find(
        "I go to Django meetups to rest, then send a patient-scheduling note"
    ) == ["django"]
    assert vocabulary.find("Objection handeling, upseling") == ["objection handling"]


def test_sections_in_several_spellings() -> None:
    text = "Jo Bloggs\n\nProfle\nHi.\n\nExperiance\nx\n\nSkils\ny\n\nEDU\nz\n\nTools & Methods\nw\n"
    kinds = [s.kind for s in sections(text)]
    assert kinds == ["header", "summary", "experience", "skills", "education", "skills"]


CV = """SAM ORTIZ
Backend Engineer

EXPERIENCE

Backend Engineer — Harbourline Logistics, Utrecht
2019–2022
- Built REST APIs in Python (Django) for shipment tracking
- Cut deploy time from 40 minutes to 6 with K8s and Helm

2016      Freelance — 3 small-business sites in PHP

EDUCATION
MSc Computer Science — Technical University of Maasland, 2016

SKILLS
PG, Redis, Terraform

LANGUAGES
Go (board game), Dutch, English
"""


def test_reads_positions_achievements_education_and_skills() -> None:
    profile = read_cv(CV)
    assert profile.positions == (
        Position("Backend Engineer", "Harbourline Logistics", 2019, 2022),
        Position("Freelance", "", 2016, 2016),
    )
    assert "Cut deploy time from 40 minutes to 6 with K8s and Helm" in profile.achievements
    assert not any("2019" in a and "2022" in a for a in profile.achievements)
    assert [(e.degree, e.year) for e in profile.education] == [("MSc Computer Science", 2016)]
    assert "Technical University of Maasland" in profile.education[0].institution
    expected = {"rest apis", "python", "django", "kubernetes", "helm", "php", "postgresql"}
    assert expected | {"redis", "terraform"} == set(profile.skills)  # no "go" from LANGUAGES


def test_nothing_invented_from_an_empty_or_plain_text() -> None:
    assert read_cv("").skills == ()
    profile = read_cv("I like long walks and I am always on time.\nReferences on request.")
    assert profile == type(profile)()


TWO_COLUMNS = """ALEX KIM
Data Analyst

SKILLS                        EXPERIENCE
SQL (PG, BigQuery)            Data Analyst
Python (pandas)               Fernhollow Retail Group | 2021 – present
Power BI, Tableau             • Built a weekly trading dashboard in Power BI
Excel                           used by 45 store managers
                              • Moved 9 recurring reports from Access to SQL
EDUCATION                       Server, all refreshed automatically
BSc Economics
University of Airedale        Junior Analyst
2019                          Calder & Voss Insurance | 2019 – 2021
                              • Produced monthly KPI packs for 6 regional directors
"""


def test_two_columns_are_read_one_after_the_other() -> None:
    assert "Python (pandas)" in decolumned(TWO_COLUMNS).split("Data Analyst\n", 2)[1]
    profile = read_cv(TWO_COLUMNS)
    employers = [p.employer for p in profile.positions]
    assert employers == ["Fernhollow Retail Group", "Calder & Voss Insurance"]
    assert (
        "Built a weekly trading dashboard in Power BI used by 45 store managers"
        in profile.achievements
    )
    assert {"sql", "postgresql", "bigquery", "pandas", "sql server"} <= set(profile.skills)
    assert profile.education[0].degree == "BSc Economics"
    assert profile.education[0].year == 2019


def test_quantities_but_not_labels_or_dates() -> None:
    assert has_quantity("Raised CSAT from 86% to 94%")
    assert has_quantity("I lead a department of seven teachers")
    assert not has_quantity("Monitored 12-lead ECGs on a Band 6 post in Q4 2018")
    assert not has_quantity("Backend engineer with 8 years of experience", summary=True)


JOB = """Senior Backend Engineer — Payments Platform

What you'll do
- Mentor engineers through code review and pairing

Requirements
- 5+ years building backend services
- Strong Go or Java
- Docker and Kubernetes in production

Nice to have
- Terraform or another infrastructure-as-code tool
- gRPC

What we offer
A learning budget and a team that uses Python.
"""


def test_job_requirements_by_headings() -> None:
    profile = read_job(JOB)
    assert profile.title == "Senior Backend Engineer"
    assert profile.must_have == ("go", "java", "docker", "kubernetes")
    assert profile.nice_to_have == ("terraform", "infrastructure as code", "grpc")
    assert profile.seniority == "senior"
    assert profile.domain == "payments"


def test_job_requirements_in_prose() -> None:
    text = (
        "Retail Assistant, Greenwick Grocers\n\nYou will replenish the shelves and work the "
        "tills. You must be confident handling cash and have some customer service "
        "experience. A food hygiene certificate would be an advantage. This is an "
        "entry-level role."
    )
    profile = read_job(text)
    assert profile.must_have == ("cash handling", "customer service")
    assert profile.nice_to_have == ("food hygiene",)
    assert profile.seniority == "junior"


@pytest.mark.parametrize(
    ("title", "body", "level"),
    [
        ("Junior Frontend Engineer", "", "junior"),
        ("Regional General Manager — Lead role", "", "lead"),
        ("Data Analyst", "You have 3+ years as an analyst.", "mid"),
        ("Architect", "8+ years post-qualification experience.", "senior"),
    ],
)
def test_seniority_from_title_and_years(title: str, body: str, level: str) -> None:
    assert read_job(f"{title}\n\n{body}\n").seniority == level


async def test_dev_split_stays_above_its_floors() -> None:
    figures = await measure(OfflineProfileReader(), "dev")
    assert figures.skills.precision >= DEV_SKILL_PRECISION_FLOOR
    assert figures.skills.recall >= DEV_SKILL_RECALL_FLOOR
    assert figures.must_have.precision >= DEV_MUST_HAVE_FLOOR
    assert figures.must_have.recall >= DEV_MUST_HAVE_FLOOR
