"""Roles are data: the shipped files are complete; broken files name file and field."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from engine.roles import RoleFileError, default_roles, load_role_file, load_roles

SPEC_ROLES = {
    "backend_engineer", "frontend_engineer", "data_analyst", "product_manager",
    "sales_associate", "retail_associate", "customer_support", "finance_analyst", "nurse",
    "teacher",
}  # fmt: skip


def test_shipped_roles_meet_the_bar() -> None:
    roles = default_roles()
    assert set(roles) >= SPEC_ROLES
    for role in roles.values():
        assert len(role.questions) >= 12, role.id
        assert len(role.interview_types) >= 3, role.id
        assert {q.difficulty for q in role.questions} == {1, 2, 3}, role.id
        assert role.evaluation_criteria and role.concepts


def _write(directory: Path, name: str, data: object) -> Path:
    path = directory / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return path


def _valid(role_id: str) -> dict[str, object]:
    source = default_roles()["teacher"].model_dump(mode="json")
    source["id"] = role_id
    return source


def test_a_missing_field_names_file_and_field(tmp_path: Path) -> None:
    data = _valid("broken")
    del data["evaluation_criteria"]
    with pytest.raises(RoleFileError, match=r"broken\.yaml: field evaluation_criteria"):
        load_role_file(_write(tmp_path, "broken", data))


def test_a_bad_difficulty_names_the_question(tmp_path: Path) -> None:
    data = _valid("hard")
    data["questions"][3]["difficulty"] = 7  # type: ignore[index]
    with pytest.raises(RoleFileError, match=r"hard\.yaml: field questions\.3\.difficulty"):
        load_role_file(_write(tmp_path, "hard", data))


def test_file_name_must_match_id(tmp_path: Path) -> None:
    with pytest.raises(RoleFileError, match="must match the file name"):
        load_role_file(_write(tmp_path, "other", _valid("teacher_two")))


def test_broken_yaml_and_empty_directories_are_reported(tmp_path: Path) -> None:
    (tmp_path / "bad.yaml").write_text("id: [unclosed", encoding="utf-8")
    with pytest.raises(RoleFileError, match=r"bad\.yaml: cannot read"):
        load_roles(tmp_path)
    with pytest.raises(RoleFileError, match="no role files"):
        load_roles(tmp_path / "nothing")


def test_adding_a_role_is_adding_a_file(tmp_path: Path) -> None:
    _write(tmp_path, "barista", _valid("barista"))
    assert list(load_roles(tmp_path)) == ["barista"]


def test_a_bank_question_may_say_what_a_correct_answer_must_and_must_not_say(
    tmp_path: Path,
) -> None:
    join = default_roles()["data_analyst"].question("da-t1")
    assert any("LEFT JOIN keeps every row" in claim.text for claim in join.must_say)
    assert join.must_not_say and join.source == "bank"
    data = _valid("quiz")
    data["questions"][0]["must_say"] = ["A correct answer says this."]  # type: ignore[index]
    assert load_role_file(_write(tmp_path, "quiz", data)).questions[0].must_say
    # The bank keeps its own bar: other sources may ask questions it would refuse.
    data["questions"][0]["key_concepts"] = ["one", "two"]  # type: ignore[index]
    with pytest.raises(RoleFileError, match=r"quiz\.yaml: field questions\.0\.key_concepts"):
        load_role_file(_write(tmp_path, "quiz", data))
    data = _valid("generated")
    data["questions"][0]["source"] = "generated"  # type: ignore[index]
    with pytest.raises(RoleFileError, match=r"generated\.yaml: field questions\.0\.source"):
        load_role_file(_write(tmp_path, "generated", data))
