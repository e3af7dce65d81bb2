"""Roles as data: one YAML file per role, validated on load."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Literal

import yaml

try:
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from engine.questions import BANK, InterviewType, NonEmpty, Question

__all__ = [
    "ROLES_DIR",
    "BankQuestion",
    "InterviewType",
    "Question",
    "Role",
    "RoleFileError",
    "default_roles",
    "load_role_file",
    "load_roles",
    "translated",
]

ROLES_DIR = Path(__file__).parent / "roles"


class BankQuestion(Question):
    """A question of a role file: the bank asks more of its questions than other sources do."""

    text: Annotated[str, Field(min_length=10)]
    key_concepts: list[NonEmpty] = Field(min_length=3)
    hint: Annotated[str, Field(min_length=10)]
    source: Literal["bank"] = BANK


class Role(BaseModel):
    """A job role: its questions, evaluation criteria and key concepts."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]*$")]
    name: NonEmpty
    description: NonEmpty
    evaluation_criteria: list[NonEmpty] = Field(min_length=3)
    concepts: list[NonEmpty] = Field(min_length=5)
    questions: list[BankQuestion] = Field(min_length=12)
    # Interview types whose questions come from another source (coding: the task bank).
    sourced_types: list[InterviewType] = Field(default_factory=list)

    @field_validator("questions")
    @classmethod
    def _unique_ids(cls, questions: list[BankQuestion]) -> list[BankQuestion]:
        seen: set[str] = set()
        for question in questions:
            if question.id in seen:
                raise ValueError(f"duplicate question id {question.id!r}")
            seen.add(question.id)
        return questions

    @model_validator(mode="after")
    def _three_types(self) -> Role:
        if len({question.type for question in self.questions}) < 3:
            raise ValueError("a role needs questions of at least 3 interview types")
        return self

    @property
    def interview_types(self) -> list[InterviewType]:
        """The interview types this role has questions for, in a stable order."""
        present = {question.type for question in self.questions} | set(self.sourced_types)
        return [kind for kind in InterviewType if kind in present]

    def has_question(self, question_id: str) -> bool:
        """Whether the role's bank has a question with this id (not one from a CV or an LLM)."""
        return any(question.id == question_id for question in self.questions)

    def question(self, question_id: str) -> BankQuestion:
        """Return the question with this id (KeyError if unknown)."""
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


class RoleFileError(ValueError):
    """A role file is missing, unreadable or invalid; the message names file and field."""


def load_role_file(path: Path) -> Role:
    """Load and validate one role file, naming the file and field on error."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
    except (OSError, yaml.YAMLError) as exc:
        raise RoleFileError(f"{path.name}: cannot read role file: {exc}") from exc
    if not isinstance(raw, dict):
        raise RoleFileError(f"{path.name}: a role file must be a mapping of fields")
    try:
        role = Role.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "(role)"
        raise RoleFileError(f"{path.name}: field {field}: {first['msg']}") from exc
    if role.id != path.stem:
        raise RoleFileError(f"{path.name}: field id: {role.id!r} must match the file name")
    return role


def load_roles(directory: Path = ROLES_DIR) -> dict[str, Role]:
    """Load every ``*.yaml`` role in a directory, keyed by role id."""
    files: Iterable[Path] = sorted(directory.glob("*.yaml"))
    roles = {role.id: role for role in map(load_role_file, files)}
    if not roles:
        raise RoleFileError(f"{directory}: no role files found")
    return roles


@lru_cache(maxsize=1)
def default_roles() -> dict[str, Role]:
    """The roles shipped with the product (loaded once)."""
    return load_roles()


# What a role file in another language words: the rest (ids, types, difficulties) is English's.
ROLE_WORDS = ("name", "description", "evaluation_criteria", "concepts")
QUESTION_WORDS = ("text", "hint", "idea", "example", "key_concepts", "must_say", "must_not_say")


def translated(role: Role, language: str) -> Role:
    """``role`` worded in ``language`` (``roles/<language>/<id>.yaml``: its name and
    description, and its bank where one exists), or as it is when there is no such file (or it
    is not one of the shipped roles)."""
    if language == "en" or default_roles().get(role.id) is not role:
        return role
    return _translations(language).get(role.id, role)


@lru_cache(maxsize=16)
def _translations(language: str, directory: Path = ROLES_DIR) -> dict[str, Role]:
    """The shipped roles that have a bank in ``language``, worded in it."""
    english = default_roles()
    files = sorted((directory / language).glob("*.yaml"))
    return {path.stem: _worded(english[path.stem], path) for path in files if path.stem in english}


def _worded(role: Role, path: Path) -> Role:
    """The English ``role`` with the words of its translation at ``path``."""
    try:
        raw = yaml.load(path.read_text(encoding="utf-8"), Loader=SafeLoader)
        # Without questions the file names the role only: its bank stays English.
        words = {question["id"]: question for question in raw.get("questions", [])}
        questions = [
            question.model_dump() | _picked(words[question.id], QUESTION_WORDS)
            if words
            else question.model_dump()
            for question in role.questions
        ]
        return Role.model_validate(
            role.model_dump() | _picked(raw, ROLE_WORDS) | {"questions": questions}
        )
    except (OSError, yaml.YAMLError, KeyError, TypeError, ValidationError) as exc:
        raise RoleFileError(f"{path.parent.name}/{path.name}: {exc}") from exc


def _picked(raw: dict[str, object], fields: tuple[str, ...]) -> dict[str, object]:
    return {name: raw[name] for name in fields if name in raw}
