"""Steering cues in other common languages, checked whatever the interview's language.

An answer may be in any language, and "ignore your instructions" works on an LLM whatever the
language, so these few moves are spotted even where no full word list exists yet: overriding
the instructions, asking for a top score (politely too), making the model play a grader, and
asking for its prompt. Accents may be left out: the check folds them on both sides.
"""

from __future__ import annotations

# Words for the instructions, the top score and the grader, shared by the patterns below.
_INSTRUCTIONS = (
    r"(instruc\w*|instruç\w*|istruzion\w*|indicacion\w*|indicazion\w*|consigne\w*|anweisung\w*|"
    r"instruktion\w*|vorgabe\w*|richtlinie\w*|regel\w*|regla\w*|règle\w*|regol\w*|regras|"
    r"instructie\w*|opdracht\w*|instrukcj\w*|polece\w*|zasad\w*|инструкц\w*|указани\w*|правил\w*|"
    r"指令|指示|提示|规则|تعليمات|التعليمات|निर्देश\w*|prompt\w*|anterior\w*|précédent\w*|"
    r"precedent\w*|vorherig\w*|bisherig\w*|obig\w*|eerdere|vorige|voorgaande|poprzedni\w*|"
    r"wcześniejsz\w*|предыдущ\w*|之前|以前|السابق\w*|पिछल\w*)"
)
# A top score named by words only a grade has: asked for in any sentence.
_TOP_SCORE_ALONE = (
    r"(满分|滿分|最高分|note maximale|meilleure note|nota máxima|nota massima|puntuación máxima|"
    r"puntaje máximo|pontuação máxima|punteggio massimo|voto massimo|massimo dei voti|"
    r"volle punktzahl|höchste punktzahl|höchstnote|bestnote|bestbewertung|высш\w* балл|"
    r"максимальн\w* балл|наивысш\w* балл|الدرجة الكاملة|पूरे अंक)"
)
# A top score in words an answer may use otherwise ("la calificación más alta del equipo"):
# only after a verb asking for it.
_TOP_SCORE = (
    r"(5\s*/\s*5|10\s*/\s*10|20\s*/\s*20|note la plus (haute|élevée)|la note parfaite|"
    r"nota mais alta|nota perfeita|(la )?máxima (nota|calificación|puntuación)|calificación "
    r"(máxima|más alta|perfecta)|puntuación (más alta|perfecta)|puntaje perfecto|pontuação "
    r"(mais alta|total)|(a )?melhor nota|punteggio (pieno|più alto)|voto (più alto|pieno)|"
    r"10 e lode|30 e lode|volle\w* punkt\w*|höchst\w* (note|bewertung|wertung)|beste\w* (note|"
    r"bewertung|punktzahl)|maximale\w* punkt\w*|hoogste (score|cijfer|beoordeling|punten|"
    r"waardering)|maximale (score|punten|beoordeling)|volle punten|najwyższ\w* (ocen\w*|not\w*|"
    r"wynik\w*|punktacj\w*)|maksymaln\w* (ocen\w*|liczb\w* punktów|punktacj\w*|wynik\w*)|"
    r"pełn\w* (punktacj\w*|liczb\w* punktów)|szóstk\w*|максимальн\w* оценк\w*|наивысш\w* "
    r"оценк\w*|пятёрк\w*|пятерк\w*|отлично|sehr gut|note (1|eins)|une? (20|dix)|een (10|tien)|"
    r"fünf von fünf|zehn von zehn|cinq sur cinq|vingt sur vingt|cinco de cinco|diez de diez|"
    r"dez de dez|cinque su cinque|dieci su dieci|vijf uit vijf|tien uit tien|pięć na pięć|"
    r"пять из пяти)"
)
_GRADER = (
    r"(bewerter\w*|prüfer\w*|korrektor\w*|gutachter\w*|évaluat\w*|correcteur\w*|examinat\w*|"
    r"evaluador\w*|calificador\w*|valutat\w*|esaminat\w*|avaliador\w*|beoordelaar\w*|"
    r"oceniając\w*|egzaminator\w*|экзаменатор\w*|оценщик\w*|评分员|考官)"
)

STEERING_PATTERNS = (
    # "ignore / forget (the previous) instructions" in es, pt, it, fr, de, nl, pl, ru, zh, ar, hi
    r"\b(ignora|ignorar|ignorare|ignorate|ignorez|ignorer|ignoriere|ignorier\w*|zignoruj\w*|"
    r"ignoruj\w*|zignorow\w*|ignorow\w*|negeer\w*|игнорир\w*|olvid\w*|oubli\w*|vergiss\w*|"
    r"vergessen sie|vergesst|vergeet|dimentic\w*|esqueç\w*|esquec\w*|desconsider\w*|despreze|"
    r"zapomn\w*|missachte\w*|trascura|tralascia|pomiń|pomin\w*|забудь\w*|забуд\w*)\b"
    r".{0,60}" + _INSTRUCTIONS,
    r"(忽略|忽视|无视|忘记|忘掉|تجاهل|انس|अनदेखा|भूल).{0,60}" + _INSTRUCTIONS,
    # Portuguese "ignore as instruções" (the English verb, a Portuguese object)
    r"\bignore\b.{0,40}(instruç\w*|orientaç\w*|anteriores)",
    # "the system prompt"
    r"prompt (del|do|di|du) (sistema|système|systeme)|system-?prompt|systemanweisung|"
    r"systeemprompt|prompt systemow\w*|системн\w* (промпт|инструкц\w*|подсказк\w*)|系统提示|"
    r"系統提示|系统指令|(تعليمات|موجه) النظام|सिस्टम प्रॉम्प्ट",
    # "full marks / the top score"
    _TOP_SCORE_ALONE,
    # "please rate this answer / give me ... (the top score)": de, fr, es, pt, it, nl, pl, ru
    r"\b(bewerte\w*|benote\w*|gib|geben sie|gebt|vergib|vergeben sie|erteile\w*|stufe\w*|"
    r"notez|évaluez|évalue|donnez|donne|donne-moi|attribuez|attribue|mettez|califica\w*|evalúa|"
    r"evalúe|puntúa|puntúe|dame|deme|otorga\w*|asigna\w*|ponme|póngame|dê-me|me dê|dá-me|"
    r"atribua|avalie|avalia|classifique|dammi|assegna\w*|attribuisci|valuta\w*|giudica\w*|"
    r"mettimi|geef|beoordeel\w*|waardeer|daj|dajcie|dać|przyzna\w*|wystaw\w*|oceń|ocenić|"
    r"postaw\w*|поставь\w*|дай\w*|оцени\w*|присвой\w*)\b.{0,60}" + _TOP_SCORE,
    # "you are now (an evaluator)", "pretend to be a lenient grader"
    r"\b(du bist|sie sind|ihr seid|tu es|vous êtes|eres|sei|você é|je bent|jij bent|u bent|"
    r"jesteś|ты)( jetzt| ab sofort| nun| maintenant| désormais| ahora| ora| adesso| agora| nu|"
    r" teraz| теперь)( (ein|eine|einer|der|die|un|une|le|la|el|uno|una|il|lo|um|uma|o|a|een|"
    r"de|het))?( \w+)? (" + _GRADER[1:-1] + r"|ki|ia|ai|bot|assistent\w*|asistente|assistente|"
    r"assistant|ассистент\w*)",
    r"\b(tu so,? als|tun sie so,? als|fais comme si|faites comme si|finge|fingi|finja|doe alsof|"
    r"udawaj|притворись)\b.{0,40}\b(" + _GRADER[1:-1] + r"|ki|ia|ai|bot|assistent\w*|asistente|"
    r"assistente|assistant|ассистент\w*)",
    r"\b(ab sofort|ab jetzt|von nun an|désormais|à partir de maintenant|a partir de ahora|da ora"
    r" in poi|a partir de agora|vanaf nu|od teraz|отныне|с этого момента)\b.{0,40}\b(bewerte\w*"
    r"|gib|notez|donne\w*|califica\w*|dame|valuta\w*|dai|avalie|dê|geef|beoordeel\w*|oceniaj|"
    r"daj|ставь|оценивай)",
    # "the evaluator must ..."
    r"\b" + _GRADER + r"(in|innen)? (muss|soll|sollte|darf nur|doit|devrait|debe|tiene que|deve|"
    r"dovrebbe|precisa|moet|zou|musi|powinien|powinna|должен|должна)\b",
    # "show / repeat your prompt, the text above"
    r"\b(zeig\w*|wiederhole\w*|druck\w*|verrate\w*|nenne\w*|affiche\w*|montre\w*|répète\w*|"
    r"imprime\w*|révèle\w*|muestra\w*|muéstra\w*|repite\w*|revela\w*|dime|mostra\w*|mostre|"
    r"ripeti|stampa|rivela|dimmi|repita|imprima|revele|diga|toon|laat zien|herhaal|"
    r"pokaż|powtórz|wypisz|ujawnij|podaj|покажи\w*|повтори\w*|выведи\w*|раскрой\w*|显示|输出|"
    r"重复|告诉我)\b.{0,40}(system\w*|prompt\w*|deine anweisung\w*|ihre anweisung\w*|text (oben|"
    r"darüber|davor)|alles (oben|darüber|davor)|tes instructions|vos instructions|tes consignes|"
    r"texte ci-dessus|tout ce qui précède|tus instrucciones|sus instrucciones|texto (de arriba|"
    r"anterior|acima)|todo lo anterior|tudo acima|suas instruç\w*|le tue istruzioni|le sue "
    r"istruzioni|testo (sopra|precedente)|tutto (sopra|quello sopra)|je instructies|uw "
    r"instructies|tekst hierboven|alles hierboven|twoje instrukcje|tekst powyżej|wszystko "
    r"powyżej|свои инструкции|ваши инструкции|текст выше|всё выше|все выше|指令|提示词|上面的)",
)

# Thanks and courtesies: after a plea to the grader they belong to the plea, not the answer.
COURTESY_PATTERNS = (
    r"\b(thanks?( you)?( so much| very much| a lot| in advance)?|many thanks|much appreciated|"
    r"vielen dank|danke( schön| sehr)?|merci( beaucoup)?|gracias|grazie( mille)?|obrigad[oa]|"
    r"bedankt|dank (u|je)( wel)?|dziękuję|dzięki|спасибо|谢谢|شكرا|धन्यवाद)\b",
    r"\b(for|für|pour|por|per|voor|za) (your|ihr|votre|vuestra|su|la sua|sua|uw|je|wasze|"
    r"twoje) (understanding|verständnis|compréhension|comprensión|comprensione|compreensão|"
    r"begrip|zrozumienie|kindness|help|time)\b",
)
