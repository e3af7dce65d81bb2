"""The shipped translations of the coding tasks: complete, faithful to the code in the English
words, and checked on load (unknown ids, hint counts, the statement rules of the bank)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from engine.coding.bank import TaskFileError, default_tasks
from engine.coding.code_tokens import code_tokens, dropped_code
from engine.coding.task_words import load_translations, translated_tasks

SHIPPED = ("es", "de", "fr")
TWO_SUM = next(task for task in default_tasks() if task.id == "two_sum")


def test_code_tokens_are_identifiers_with_brackets_or_underscores_and_numbers() -> None:
    assert code_tokens(TWO_SUM.statement) == {"nums[i]", "nums[j]", "[i, j]", "60000"}
    assert code_tokens('["push", x] puts x on top; n-1 and node_id, 1000000007') == {
        '["push", x]', "1", "node_id", "1000000007",
    }  # fmt: skip
    assert dropped_code("nums[i] + nums[j] == target", "nums[j] == target - nums[ i ]") == [
        "nums[i]"
    ]


@pytest.mark.parametrize("language", SHIPPED)
def test_every_task_has_its_words_with_every_code_token_kept(language: str) -> None:
    worded = translated_tasks(language)
    assert set(worded) == {task.id for task in default_tasks()}
    for task in default_tasks():
        words = worded[task.id]
        assert len(words.hints) == len(task.hints)
        for english, translated in [
            (task.title, words.title),
            (task.statement, words.statement),
            *zip(task.hints, words.hints, strict=True),
        ]:
            assert dropped_code(english, translated) == [], (task.id, translated)


def write(directory: Path, tasks: list[dict[str, object]], said: str = "es") -> Path:
    """The folder of a Spanish file of ``tasks`` (its ``language`` field: ``said``)."""
    path = directory / "es" / "hashing.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(yaml.safe_dump({"language": said, "tasks": tasks}), encoding="utf-8")
    return path.parent


GOOD = {
    "id": "two_sum",
    "title": "Pareja con una suma dada",
    "statement": "Recibes una lista de enteros nums y un entero target. Exactamente un par de "
    "posiciones i < j cumple nums[i] + nums[j] == target. Devuelve [i, j].",
    "hints": ["Para el número de la posición j, ¿qué pareja necesita?", "Basta una pasada."],
}


def test_a_good_file_words_its_tasks_and_nothing_else(tmp_path: Path) -> None:
    worded = load_translations(write(tmp_path, [GOOD]), default_tasks())
    assert set(worded) == {"two_sum"}
    assert worded["two_sum"].title == GOOD["title"]
    assert (
        worded["two_sum"].model_copy(
            update={"title": TWO_SUM.title, "statement": TWO_SUM.statement, "hints": TWO_SUM.hints}
        )
        == TWO_SUM
    )


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        ({"id": "no_such_task"}, "no_such_task"),
        ({"hints": ["Solo una pista."] * 3}, "hints"),
        ({"statement": "Devuelve **[i, j]** para nums[i] + nums[j] == target, en una pasada."},
         "plain text"),
        ({"statement": "Recibes nums[i]. " * 60}, "statement"),
        ({"function": "dos_sumas"}, "function"),
        ({"title": ""}, "title"),
    ],
)  # fmt: skip
def test_a_bad_file_is_refused_naming_file_task_and_field(
    tmp_path: Path, change: dict[str, object], complaint: str
) -> None:
    with pytest.raises(TaskFileError) as refused:
        load_translations(write(tmp_path, [GOOD | change]), default_tasks())
    assert "es/hashing.yaml" in str(refused.value) and complaint in str(refused.value)


def test_a_file_in_the_wrong_folder_or_a_task_twice_is_refused(tmp_path: Path) -> None:
    with pytest.raises(TaskFileError, match="language"):
        load_translations(write(tmp_path, [GOOD], said="de"), default_tasks())
    with pytest.raises(TaskFileError, match="twice"):
        load_translations(write(tmp_path, [GOOD, GOOD]), default_tasks())
