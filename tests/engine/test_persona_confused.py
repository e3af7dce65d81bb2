"""A candidate who says, in their own words, that they are lost in the question is confused."""

from __future__ import annotations

import pytest

from engine.models import Persona
from engine.persona import classify
from engine.roles import default_roles, translated
from engine.rubric_words import reading

LOST = [
    (
        "es",
        "data_analyst",
        "da-t1",
        "Uf, lo de los joins me suena de la uni, pero ahora mismo me estoy liando entre uno y "
        "otro. Creo que uno junta tablas y el otro las filtra, aunque tampoco lo tengo claro, "
        "la verdad. Perdona, me quedé en blanco con esto y no quiero inventarme la respuesta "
        "delante de ti.",
    ),
    (
        "de",
        "finance_analyst",
        "fa-t3",
        "Ehrlich gesagt stehe ich gerade auf dem Schlauch. Abweichung zwischen Ist und Budget, "
        "das habe ich schon mal gehört, aber wie man das in der Praxis angeht, blicke ich nicht "
        "durch. Ich bringe das sonst nur durcheinander, tut mir leid.",
    ),
    (
        "fr",
        "architect",
        "ar-t4",
        "Alors la conception passive, c'est quand on laisse le bureau d'études choisir les "
        "matériaux, non ? Enfin, je m'embrouille, là. Je crois que je confonds avec autre chose "
        "et je ne suis plus sûr du tout de ce que ça recouvre, désolé.",
    ),
    # Disoriented in the scenario, and a dialect's "too high for me"
    (
        "es",
        "nurse",
        "rn-s1",
        "Uy, aquí me quedo descolocada. No sé si el paciente es mío o de otra compañera, ni si "
        "el médico ya lo sabe, y según eso haría una cosa u otra. Perdona, así no sé responder.",
    ),
    (
        "de",
        "data_analyst",
        "da-t2",
        "Fehlende Werte, Ausreißer, des is ma ehrlich z'hoch. I woaß ned, ob des Statistik is "
        "oder was mit Excel, tut ma leid.",
    ),
    # A set phrase with words said inside it ("bin ich jetzt überfragt", "nada claro").
    (
        "de",
        "finance_analyst",
        "fa-t2",
        "Forecast, das ist doch nur ein anderes Wort für Budget, oder? Bei uns hieß beides "
        "Planung. Wenn Sie nach einem Unterschied fragen, da bin ich jetzt überfragt.",
    ),
    (
        "es",
        "customer_support",
        "cs-t5",
        "Perdona, ¿la resolución en el primer contacto es resolver en la primera llamada o la "
        "primera vez que escribe un cliente nuevo? Ahora mismo no lo tengo nada claro.",
    ),
    (
        "fr",
        "product_manager",
        "pm-t2",
        "Le backlog, c'est le carnet de commandes, non ? Avec vingt demandes de fonctionnalités "
        "ça colle moyen. Je ne sais pas trop ce que vous attendez, je suis largué.",
    ),
    (  # in the dark, in the fog: and a question about the question
        "de",
        "nurse",
        "rn-s1",
        "Moment, 90 zu 60, ist das der Blutdruck? Und die 120 dann der Puls oder der Zucker? "
        "Ich tappe ehrlich gesagt im Dunkeln, was Sie von mir hören wollen.",
    ),
    (
        "de",
        "product_manager",
        "pm-t2",
        "Backlog, ist das der Auftragsbestand? Und was hat das mit zwanzig Feature-Wünschen zu "
        "tun?",
    ),
    (
        "fr",
        "nurse",
        "rn-b2",
        "Remettre en cause une prescription, ça veut dire refuser de la donner ? Je suis "
        "complètement dans le brouillard, je ne vois pas quelle situation vous voulez.",
    ),
]

NOT_LOST = [
    (
        "es",
        "data_analyst",
        "da-t1",
        "Un inner join devuelve solo las filas que coinciden en las dos tablas; un left join "
        "devuelve todas las filas de la tabla izquierda y, cuando no hay coincidencia, rellena "
        "con nulos las columnas de la derecha. Yo uso left join cuando no quiero perder "
        "clientes sin pedidos, por ejemplo en un informe de ventas mensual.",
    ),
    # A mess in the story, someone else losing the thread: not the candidate lost now.
    (
        "es",
        "retail_associate",
        "ra-t3",
        "Cuando llegué, el almacén estaba hecho un lío, así que primero ordené las cajas por "
        "fecha, puse lo más antiguo delante y rellené los huecos antes de abrir.",
    ),
    (
        "es",
        "retail_associate",
        "ra-t3",
        "Primero reviso la fecha de cada caja para no hacer un lío con el stock, pongo lo antiguo "
        "delante y lo nuevo detrás, y repaso los huecos cada hora.",
    ),
    (
        "de",
        "customer_support",
        "cs-b1",
        "Der Kunde hatte am Telefon komplett den Faden verloren. Ich habe die Bestellung mit ihm "
        "Schritt für Schritt durchgegangen, den Fehler gefunden und die Gutschrift noch am selben "
        "Tag geschickt.",
    ),
    # Not knowing something at the time is part of a story, not confusion now.
    (
        "de",
        "customer_support",
        "cs-b1",
        "Mir war anfangs nicht klar, wie verärgert der Kunde wirklich war. Ich habe ihn "
        "zurückgerufen, zugehört, den Fehler in der Rechnung gefunden und ihm noch am selben "
        "Tag die Gutschrift geschickt. Eine Woche später hat er einen Jahresvertrag "
        "unterschrieben.",
    ),
]


def persona(language: str, role_id: str, question_id: str, text: str) -> Persona:
    """The persona of ``text`` answering a bank question, in an interview in ``language``."""
    role = translated(default_roles()[role_id], language)
    with reading(language):
        return classify(text, role.question(question_id), role)[0]


@pytest.mark.parametrize(("language", "role_id", "question_id", "text"), LOST)
def test_saying_one_is_lost_in_the_question_is_confusion(
    language: str, role_id: str, question_id: str, text: str
) -> None:
    assert persona(language, role_id, question_id, text) is Persona.CONFUSED


@pytest.mark.parametrize(("language", "role_id", "question_id", "text"), NOT_LOST)
def test_an_answer_that_knows_is_not(
    language: str, role_id: str, question_id: str, text: str
) -> None:
    assert persona(language, role_id, question_id, text) is not Persona.CONFUSED
