"""Language codes users may choose (ISO 639-1), checked the same way on every platform."""

from __future__ import annotations

from engine.messages import Key, UserFacingError

ISO_639_1 = frozenset(
    """aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu
    cv cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho
    hr ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv
    kw ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr
    nv ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq
    sr ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh
    yi yo za zh zu""".split()
)
EXAMPLES = "en, de, fr, es, it, pt, nl, pl, tr, hi or ja"


NOT_A_CODE = Key("language.not-a-code", ("text", "examples"))
UNKNOWN_CODE = Key("language.unknown-code", ("code", "examples"))


class LanguageError(UserFacingError):
    """Text that is not a language code users may choose."""


def parse_language(text: str) -> str:
    """The lower-case ISO 639-1 code in ``text``; LanguageError says why it is not one."""
    code = text.strip().lower()
    if len(code) != 2 or not code.isascii() or not code.isalpha():
        raise LanguageError(NOT_A_CODE(text=text.strip(), examples=EXAMPLES))
    if code not in ISO_639_1:
        raise LanguageError(UNKNOWN_CODE(code=code, examples=EXAMPLES))
    return code
