"""Steering cues in other common languages, checked whatever the interview's language.

An answer may be in any language, and "ignore your instructions" works on an LLM whatever the
language, so these few moves are spotted even where no full word list exists yet.
"""

from __future__ import annotations

STEERING_PATTERNS = (
    # "ignore / forget (the previous) instructions" in es, pt, it, fr, de, ru, zh, ar, hi
    r"(ignora|ignorar|ignorez|ignorer|ignoriere|ignorier\w*|игнорир\w*|olvid\w*|oubli\w*|"
    r"vergiss\w*|забудь\w*|забуд\w*|忽略|忽视|无视|忘记|忘掉|تجاهل|انس|अनदेखा|भूल)"
    r".{0,60}(instruc\w*|indicacion\w*|consigne\w*|anweisung\w*|regel\w*|regla\w*|"
    r"règle\w*|инструкц\w*|указани\w*|правил\w*|指令|指示|提示|规则|تعليمات|التعليمات|"
    r"निर्देश\w*|prompt\w*|anterior\w*|précédent\w*|vorherig\w*|предыдущ\w*|之前|以前|السابق\w*|"
    r"पिछल\w*)",
    # "the system prompt"
    r"prompt (del|do|di|du) (sistema|système|systeme)|system-?prompt|systemanweisung|"
    r"системн\w* (промпт|инструкц\w*|подсказк\w*)|系统提示|系統提示|系统指令|"
    r"(تعليمات|موجه) النظام|सिस्टम प्रॉम्प्ट",
    # "full marks / the top score"
    r"满分|滿分|最高分|note maximale|nota máxima|nota massima|puntuación máxima|"
    r"puntaje máximo|pontuação máxima|volle punktzahl|höchste punktzahl|höchstnote|"
    r"высш\w* балл|максимальн\w* балл|الدرجة الكاملة|पूरे अंक",
)
