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
    r"(满分|滿分|最高分|note maximale|nota máxima|nota massima|puntuación máxima|"
    r"puntaje máximo|pontuação máxima|punteggio massimo|voto massimo|massimo dei voti|"
    r"volle punktzahl|höchste punktzahl|höchstnote|bestnote|bestbewertung|высш\w* балл|"
    r"максимальн\w* балл|наивысш\w* балл|الدرجة الكاملة|पूरे अंक)"
)
# A top score in words an answer may use otherwise ("la calificación más alta del equipo"):
# only after a verb asking for it.
_TOP_SCORE = (
    r"(5\s*/\s*5|10\s*/\s*10|20\s*/\s*20|note la plus (haute|élevée)|la note parfaite|"
    r"(la )?meilleure note|tam puan|en yüksek (puan|not)|(nilai|skor) (sempurna|tertinggi|"
    r"maksimal)|満点|最高評価|أعلى درجة|الدرجة الكاملة|पूरे अंक|"
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

# Nouns for whoever grades, in languages the product does not interview in offline (stems: a
# case ending or a prefix may stick to them, as in Hungarian "értékelőnek" or Hebrew
# "למעריך"). Words that are also English ("evaluator") or mean an appraiser of property
# (Russian "оценщик") are left out: a heading to them is no sign of steering.
_GRADERS_ELSEWHERE = (
    r"értékelő|vizsgáztató|arvioija|tarkastaja|tagasuri|tagapagsuri|mtathmini|mkaguzi|"
    r"מעריך|מעריכה|בוחן|оцінювач|екзаменатор|перевіряюч|পরীক্ষক|মূল্যায়নকারী|bedømmer|"
    r"bedömare|granskare|sensoren|ocjenjivač|ocenjivač|ispitivač|hodnotitel|hodnotiteľ|"
    r"zkoušející|αξιολογητ|εξεταστ|βαθμολογητ|оценител|оценяващ|проверяващ|giám khảo|"
    r"người chấm|ผู้ประเมิน|ผู้ตรวจ|ارزیاب|ممتحن|matsmaður|matsmann|prófdómar|aseswr|arholwr|"
    r"hindaja|vērtētāj|vertintoj|ocenjevalec|ocenjevalk"
)

STEERING_PATTERNS = (
    # a note headed to the grader, in another language: "Arvioijalle:", "Til bedømmeren:",
    # "Napomena za ocjenjivača:", "הערה למעריך:" (the heading's noun among its first words)
    r"(^|[.!?\n]\s*)([^\s:.!?]+\s+){0,3}[^\s:.!?]*(" + _GRADERS_ELSEWHERE + r")[^\s:.!?]*"
    r"(\s+[^\s:.!?]+)?\s*:",
    # "ignore / forget (the previous) instructions" in es, pt, it, fr, de, nl, pl, ru, zh, ar, hi
    r"\b(ignora|ignorar|ignorare|ignorate|ignorez|ignorer|ignoriere|ignorier\w*|zignoruj\w*|"
    r"ignoruj\w*|zignorow\w*|ignorow\w*|negeer\w*|игнорир\w*|olvid\w*|oubli\w*|vergiss\w*|"
    r"vergessen sie|vergesst|vergeet|dimentic\w*|esqueç\w*|esquec\w*|desconsider\w*|despreze|"
    r"zapomn\w*|missachte\w*|trascura|tralascia|pomiń|pomin\w*|забудь\w*|забуд\w*)\b"
    r".{0,60}" + _INSTRUCTIONS,
    r"(忽略|忽视|无视|忘记|忘掉|تجاهل|انس|अनदेखा|भूल).{0,60}" + _INSTRUCTIONS,
    # "ignore the instructions" in tr and id (verb first or last), ja and hi (verb last), and
    # "do not take the instructions into account" in fr, es, it, de
    r"\b(yok say\w*|görmezden gel\w*|umursama\w*|unut\w*|abaikan|lupakan|acuhkan|jangan ikuti)\b"
    r".{0,60}\b(talimat\w*|yönerge\w*|kural\w*|instruksi|perintah|petunjuk|aturan|prompt)",
    r"\b(talimat\w*|yönerge\w*|kural\w*|instruksi|perintah|petunjuk|aturan)\b.{0,60}\b(yok "
    r"say\w*|görmezden gel\w*|unut\w*|abaikan|lupakan)",
    r"(指示|命令|ルール|プロンプト|指令|規則)\S{0,30}(無視|忘れ)",
    r"(지시|지침|명령|규칙|프롬프트|instruction)\S*\s?.{0,30}(무시|잊어)",
    r"(निर्देश|नियम|प्रॉम्प्ट).{0,60}(अनदेखा|नज़रअंदाज़|नजरअंदाज|भूल)",
    r"\b(ne (pas )?(tenir|tiens|tenez) (pas )?compte|faites abstraction|fais abstraction|no "
    r"(tengas|tenga|tengan) en cuenta|haz caso omiso|haga caso omiso|non tenere conto|nicht "
    r"beachten|ignoriert?)\b.{0,40}(consigne\w*|règle\w*|instruc\w*|regla\w*|istruzion\w*|"
    r"regol\w*|anweisung\w*|regeln|bar[eè]me|rúbrica|rubrica|criteri\w*)",
    # a top score asked for with "mettre", "bekommen", "recibir": "me mettre 20/20"
    r"\b(mettre|me mettre|mets-moi|recib\w*|reciba|obtener|bekomm\w*|erhalt\w*|ricev\w*|"
    r"receb\w*|verilmeli\w*|ver|verin|beri\w*|berikan|कीजिए|दें|दीजिए|つけて|ください)\b"
    r".{0,40}" + _TOP_SCORE,
    # "this answer deserves the top mark" in es, pt, it, fr, de, nl, pl, ru, tr, id
    r"\b(merece|mérite|verdient|merita|verdient|zasługuje|заслуживает|hak ediyor|layak "
    r"(mendapat|mendapatkan))\b.{0,30}(" + _TOP_SCORE[1:-1] + r"|nota|note|punkt\w*|"
    r"punteggio|ocen\w*|балл|puan|nilai|skor)",
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

# A sign-off said to the interviewer ("Looking forward to the next step.", "Thanks for your time,
# and I hope this answers your question!"): a part made only of these is no part of the answer.
# Each is a whole phrase, so "thanks to the new alerts" or "looking forward to the launch" is not.
SIGN_OFF_PATTERNS = (
    r"(many |big )?(thanks|thank you)( (so|very) much)?( again)?( in advance)?( for (your|the|"
    r"this|having|asking|listening|reading)( \w+){0,3})?",
    r"(i'?m |i am )?(really )?looking forward to (hearing (back|from you)|the next (step|round|"
    r"stage|steps)|next steps|your (feedback|thoughts|reply|response|decision)|speaking (with|to) "
    r"you|talking (more|again|soon)|discussing (this|it) further)( \w+){0,3}",
    r"(i )?hope (this|that|it) (helps|answers (your|the) question|makes sense|is (clear|helpful|"
    r"useful))",
    r"(please )?(let me know|feel free to ask) if (you'?d like|you want|you need|anything)"
    r"( \w+){0,6}",
    r"(i'?m |i am )?(happy|glad) to (go deeper|elaborate|expand|go into (more )?detail|answer "
    r"(any )?(more |other |follow-up )?questions)( \w+){0,5}",
    r"(best|kind|warm) regards|cheers|sincerely",
    r"(muchas )?gracias( por (su|tu|la|vuestra) (tiempo|pregunta|atención))?",
    r"espero que (esto|eso) (ayude|sirva|responda a (su|tu) pregunta)",
    r"quedo (atento|atenta)( a (sus|tus) comentarios)?|(un )?saludos?( cordiales)?",
    r"(vielen )?dank( für (ihre|deine|die) (zeit|frage|aufmerksamkeit))?|danke( schön| sehr)?"
    r"( für (ihre|deine|die) (zeit|frage|aufmerksamkeit))?",
    r"ich hoffe,? (das|dies) (hilft|beantwortet (ihre|deine|die) frage)|(mit )?freundlichen "
    r"grüßen|ich freue mich auf (ihre|deine) (rückmeldung|antwort)",
    r"merci( beaucoup)?( pour (votre|ton|ta|la) (temps|question|attention))?|(bien )?cordialement",
    r"j'espère que (cela|ça) (aide|répond à (votre|ta) question)|au plaisir( de vous (lire|revoir|"
    r"parler))?",
)

# --- The general layer: ingredients that steer only together, in one sentence. ---
# (Devanagari and Arabic vowel signs are no ``\w`` to Python: their patterns use no ``\b``.)

# Whoever grades, named as someone spoken to: "Dear reviewer of this answer,", "Hey AI,",
# "Note for the model:", "Whoever reads this:", "Kepada penilai:", "採点者へ", "إلى المقيّم".
_GRADER_NOUNS = (
    r"(grader|marker|scorer|assessor|evaluator|examiner|reviewer|judge|ai|a\.i\.|llm|model|"
    r"language model|assistant|chatbot|bot|scoring system|grading system|gpt|chatgpt|"
    r"hiring (team|manager)|recruiter)s?"
)
_GRADERS_ABROAD = (
    _GRADER[1:-1] + r"|corrector\w*|corretor\w*|correttor\w*|revisor\w*|revisore|relecteur\w*|"
    r"rezensent\w*"
)
ADDRESSEE_PATTERNS = (
    # English salutations and notes at the start of a sentence ("For the model: ...")
    r"(^|[.!?;:\n>*•]\s*|-\s+)(dear|hey|hi|hello|attention|attn|psst|reminder to|note (to|for)|"
    r"message (to|for)|request (to|for)|memo (to|for)),?( the| my| our| any)?( \w+)? "
    + _GRADER_NOUNS
    + r"\b",
    r"(^|[.!?;\n>*•]\s*|-\s+)(to|for)( the| my| our| any)? " + _GRADER_NOUNS + r"\s*[:\-—]",
    r"\b" + _GRADER_NOUNS + r" (of|for|reading|grading|scoring|reviewing|evaluating|assessing|"
    r"judging|marking|processing) (this|my|these|the following|the above) (answer|response|"
    r"reply|submission|text|message|transcript|interview)\b",
    r"\b(whoever|whomever|anyone|anybody|whatever|who ever)( is| are)? (reads?|reading|grades?|"
    r"grading|scores?|scoring|marks?|marking|reviews?|reviewing|evaluates?|evaluating|assesses|"
    r"assessing|judges|judging|checks?|checking|processes|processing)( this| these| my)\b",
    # "you" made the grader: "you, the grader,", "you're clearly the smartest assessor"
    r"\byou('re| are)\b.{0,30}\b(grader|marker|scorer|assessor|evaluator|examiner|judge)s?\b",
    r"\b(as|being) (an? |the )?(ai|llm|language model|grader|evaluator)\b,? you\b",
    # es, pt, it, fr, de, nl, pl, ru salutations ("Estimado evaluador", "Liebe KI")
    r"\b(estimad[oa]s?|querid[oa]s?|apreciad[oa]|prezad[oa]|car[oa]|cari|gentile|egregio|cher|"
    r"chère|chers|liebe[rs]?|sehr geehrte[rn]?|hallo|hola|beste|geachte|drog[ai]|szanown[aiy]|"
    r"уважаем\w*|дорог\w*|привет)\s+(" + _GRADERS_ABROAD + r"|ki|ia|ai|ии|modelo|modèle|"
    r"modello|model)\b",
    # and notes to a grader ("Nota per il valutatore", "an den Prüfer", "au correcteur")
    r"\b(al|a la|para el|para la|nota para( el| la)?|mensaje para( el| la)?|ao|à|per il|per la|"
    r"nota per( il| la)?|au|aux|à l'|note pour( l'| le| la)?|message pour( l'| le| la)?|an die|"
    r"an den|hinweis an( die| den)?|notiz für( die| den)?|aan de|notitie voor( de)?|uwaga dla|"
    r"notatka dla|заметка для|записка для)\s*(" + _GRADERS_ABROAD + r")\b",
    r"^\s*(" + _GRADERS_ABROAD + r"|ki|ia|ии)\s*[,:]",
    # tr, id, ja, zh, ar, hi
    r"\b(değerlendiriciye|değerlendiricilere|puanlayıcıya|puanlayana|hakeme|jüriye|yapay "
    r"zekaya|sayın (değerlendirici|hakem|jüri)\w*)\b|^\s*(değerlendirici|hakem)\w*\s*[,:]",
    r"\b(kepada|untuk|yth\.?|halo|hai|catatan untuk|pesan untuk) (para |bapak |ibu )?(penilai|"
    r"penguji|pemeriksa|juri|ai|evaluator)\b|\b(penilai|penguji|pemeriksa|juri) yang "
    r"(terhormat|budiman|baik)\b",
    r"(採点者|評価者|審査員|面接官|試験官)(へ|の方へ|様|さん|の皆様|の方)|(ai|ａｉ|モデル)(様|さん|の方へ)",
    r"(채점자|평가자|심사위원|면접관|시험관)(님|께|에게|분들께)|(ai|인공지능|모델)(님|에게)",
    r"(致|给|給|請|请)(评分|阅卷|評分|閱卷|考官|评审|評審)|(评分员|评分者|阅卷人|阅卷老师|考官|评审|"
    r"評分員|閱卷人)(：|:|，|,|您好|你好)",
    r"(إلى|الى|عزيزي|عزيزتي|أيها|ايها|ملاحظة (إلى|الى|لل)|رسالة (إلى|الى|لل))\s*ال?(مقي\u0651?م|"
    r"مصحح|ممتحن|محكم)|(عزيزي|أيها|ايها)\s*ال?(ذكاء الاصطناعي|نموذج)",
    r"(मूल्यांकनकर्ता|परीक्षक|जाँचकर्ता|जांचकर्ता)\s*(से|को|के लिए|जी)|(प्रिय|आदरणीय|नमस्ते)\s*"
    r"(मूल्यांकनकर्ता|परीक्षक|जाँचकर्ता|जांचकर्ता|एआई|मॉडल)",
)

# The grading itself, wished for or foretold: "I trust the final evaluation will", "it would
# be great if the assessment reflected", "sería genial que la evaluación reflejara". Steers
# with a top outcome in the same sentence, not with any score word.
_GRADING_NOUN = (
    r"(assessment|evaluation|grading|scoring|rating|verdict|score|grade|marks?|scorecard|"
    r"evaluación|calificación|nota|puntuación|valoración|évaluation|notation|note|bewertung|"
    r"benotung|beurteilung|valutazione|voto|punteggio|avaliação|pontuação|beoordeling|cijfer|"
    r"ocena|оценка|değerlendirme|puan|penilaian|nilai)"
)
GRADING_PROCESS_PATTERNS = (
    r"\b(hope|trust|wish|expect|ensure|make sure|would be (great|nice|fair|good|lovely|ideal)|"
    r"would (love|like|appreciate)|i'd (love|like|appreciate)|please|sería (genial|ideal|justo)|"
    r"me gustaría|ojalá|espero|j'espère|j'aimerais|ce serait|ich hoffe|es wäre|spero|sarebbe|"
    r"espero que|seria ótimo|umarım|semoga|berharap)\b.{0,40}\b" + _GRADING_NOUN + r"s?\b",
    r"\b" + _GRADING_NOUN + r"s?( of (this|my) (answer|response|reply|submission))? (will|would|"
    r"should|must|shall)( \w+)? (reflect|record|show|say|state|note|list|count|treat|consider|"
    r"mark|call|label|rate)\b",
)
# What the grading is about, when it is this answer: the wished top outcome must be for it.
SELF_PATTERNS = (
    r"\b(this|my|me|this one|the candidate|esta|este|mi|cette|ce|ma|mon|diese\w*|meine\w*|mich|"
    r"questa|questo|mia|mio|minha|meu|deze|dit|mijn|ta|ten|moja|mnie|эт\w+|мо[йяеи]\w*|bu|"
    r"benim|ini|saya)\b|この|私|هذه|هذا|इस|मेरा|मुझे",
)

# Words of a grade, a score or a verdict asked for, in any language (with an addressee).
EVALUATIVE_PATTERNS = (
    r"\b(score[sd]?|scoring|grade[sd]?|grading|rat(e|ed|ing|ings)|marks?|marking|points?|"
    r"credit|stars?|pass(ed|ing)?|fail(ed|ing)?|verdict|evaluat\w*|assess\w*|hire|approv\w*|"
    r"exceed\w* expectations|meets? (all|every)|perfect|flawless|excellent|outstanding|top|"
    r"maximum|max|highest|full|a\+|5|10)\b",
    r"\b(puntuaci\w*|puntaje|puntos|nota|notas|calificaci\w*|califica\w*|aprob\w*|evalu\w*|"
    r"note|notation|noter|notez|points|barème|évalu\w*|réussi\w*|punkt\w*|bewert\w*|benot\w*|"
    r"bestanden|sterne\w*|punteggio|voto|punti|valuta\w*|promoss\w*|pontua\w*|pontos|avalia\w*|"
    r"aprovad\w*|cijfer|punten|beoordel\w*|geslaagd|ocen\w*|zalicz\w*|балл\w*|оцен\w*|"
    r"puan\w*|not\w*|skor\w*|nilai\w*|poin\w*|lulus|sempurna|tertinggi|maksimal)\b",
    r"(만점|점수|평가|채점|합격|满分|滿分|分数|分數|评分|評分|打分|高分|点数|満点|評価|採点|合格|完璧|درج|علام|تقييم|ممتاز|"
    r"अंक|स्कोर|ग्रेड|नंबर|मार्क्स|उत्तीर्ण)",
)

# A top outcome: the grading process steers only towards one of these.
HIGH_OUTCOME_PATTERNS = (
    r"\b(top|maximum|max|highest|best|perfect|flawless|full|excellent|outstanding|exceptional|"
    r"impeccable|exemplary|ideal|a\+|strong hire|exceed\w* expectations|meets? (all|every))\b",
    r"\b(más alt[oa]|máxim[oa]|perfect[oa]|plus haute|maximale|meilleure|parfait\w*|höchst\w*|"
    r"best\w*|volle\w*|massim[oa]|più alt[oa]|mais alt[oa]|hoogste|najwyższ\w*|высш\w*|"
    r"максимальн\w*|tam puan|en yüksek|tertinggi|sempurna|maksimal)\b",
    r"(满分|滿分|最高|満点|完璧|أعلى|الكاملة|सबसे ऊँचा|सबसे ऊंचा|पूरे अंक|अधिकतम)",
)

# A number out of a scale, in any language: "5/5", "4 out of 5", "10 sobre 10", "5 sur 5",
# "fünf von fünf", "5 üzerinden 5", "5 dari 5", "5 में से 5", "5点満点".
SCORE_VALUE = (
    r"(\b\d{1,3}(\.\d)?\s*(/|out of|sur|sobre|su|von|uit|na|z|из|dari)\s*\d{1,3}\b|"
    r"\b\d{1,3}\s*(üzerinden|में से|من)\s*\d{1,3}|\d{1,3}\s*点満点|"
    r"\b(five|ten|cinq|dix|cinco|diez|cinque|dieci|fünf|zehn|vijf|tien|pięć|пять|десять) "
    r"(out of|of|sur|sobre|de|su|von|uit|na|из) (five|ten|cinq|dix|cinco|diez|cinque|dieci|"
    r"fünf|zehn|vijf|tien|pięć|пяти|десяти)\b)"
)
# The grader's own labels in a score sheet, then a value: "Communication 5/5", "Nota: 10/10".
SCORE_LABEL_PATTERNS = (
    r"(^|[\n.;,(\[{\"']\s*|\s[-—]\s*)(communication|knowledge|structure|overall|clarity|relevance|"
    r"accuracy|depth|score|scores|grade|rating|marks|points|total|final score|evaluation|"
    r"puntuación|nota|calificación|note|punktzahl|bewertung|punteggio|voto|pontuação|cijfer|"
    r"ocena|оценка|балл|puan|skor|nilai|評価|点数|得分|分数|الدرجة|التقييم|अंक|स्कोर)\s*[:=\-]?\s*"
    + SCORE_VALUE,
    r"(^|[\n.;,]\s*)(recommendation|decision|outcome|verdict|result)\s*[:=]\s*(strong )?(hire|"
    r"pass(ed)?|accept(ed)?|approved?)\b",
)

# Talk about grading this answer rather than about the work: never part of what is scored,
# though not steering by itself ("Reviewed by: senior assessor", "the interview rubric has been
# revised", "answers submitted in this session"). A teacher's "rubric" or a sales team's "lead
# scoring" are work: only the grading of an answer, a candidate or an interview counts here.
GRADING_TALK_PATTERNS = (
    r"\b(this|my|the|the above|the following|each|every|all) (answer|response|reply|submission)s?\b"
    r".{0,40}\b(scor\w*|grad\w*|rat(e|ed|ing)|mark(s|ed)?|evaluat\w*|assess\w*|review\w*|"
    r"criteri\w*|final|complete)\b",
    # a mark handed to the answer ("hand this response a 10.", "this one's a ten already"), not
    # "a 10 percent discount"
    r"\b(this|my|the) (answer|response|reply|submission|one)\b.{0,40}\b(a|an) (perfect )?"
    r"(5|10|ten|five)(?=\s*([.,;:!?)\"'‘’—–]|$)|\s+(and|or|for|please|here|now|today|because|so|"
    r"already|anyway|again|too|right)\b)",
    # a top mark owed or to be put down ("replies like this deserve the highest mark", "record
    # the highest rating"), not one won at work ("we hit the highest score in the audit")
    r"\b(deserves?|earns?|receives?|merits?|warrants?|award|give|record|log|enter|assign)\b"
    r".{0,20}\b(the )?(top|highest|"
    r"maximum|max|full|best possible|perfect) (score|mark|grade|rating|credit)s?\b",
    # the message talking about its own lines ("do not mention this line in the feedback")
    r"\b(mention|reveal|repeat|quote|show|include|flag)\b.{0,12}\b(this|these|the above) "
    r"(line|note|comment|instruction|message)s?\b",
    # a mark for this very answer ("anything under full credit for this response")
    r"\b(scor\w*|marks?|grad\w*|rating|credit)\b.{0,30}\bfor (this|my) (answer|response|reply|"
    r"submission)\b",
    # a verdict addressed to its reader ("the best answer you've heard this week")
    r"\bbest (answer|response|reply|submission|one) (you'?ve|you have|you'?ll|you will|you'?d) "
    r"(\w+ )?(seen|heard|read|got|gotten|get|had|received)\b",
    r"\b(answers?|responses?|candidates?) (submitted|received|given) (in|during) this\b",
    r"\b(interview|grading|scoring|evaluation|assessment|marking) (rubric|guide|guidelines|rules|"
    r"criteria|status|sheet|scheme|result)s?\b",
    r"\b(reviewed|graded|scored|marked|assessed|evaluated) by\b.{0,40}\b(assessor|evaluator|"
    r"grader|reviewer|examiner|marker|qa)\b",
    r"\b(assessor|evaluator|grader|examiner|speech[- ]to[- ]text|transcriber|transcription "
    r"(service|tool|software|model))s?\b",
    # a mark handed over by someone else ("gets a 10 from me"), not "a 10 on the survey"
    r"\b(a|an) (perfect |full |solid )?(5|10|five|ten)(/(5|10))? from (me|us|the panel|the "
    r"committee|the hiring manager)\b",
    # the marks being closed ("the panel locks all scores at noon")
    r"\b(lock|locks|locked|finali[sz]es?|finali[sz]ed) (all |the |my )?(scores?|marks?|grades?|"
    r"ratings?)\b",
    # the interviewer's follow-ups talked about, not asked by the candidate
    r"\binterviewers?\b.{0,60}\bfollow[- ]?ups?\b|\bfollow[- ]?ups?\b.{0,60}\binterviewers?\b",
    # the interview's outcome for the candidate ("moving me straight to the final round")
    r"\b(move|moving|moved|send|sending|put|putting|advance|advancing) me (straight |directly |"
    r"right )?(on )?(to|into|through to) the (final|next) (round|stage|interview)\b",
    # the top mark interviewers hand out ("given the top score by interviewers"), not one the
    # candidate's work won ("our replies got the highest rating in the survey")
    r"\b(top|highest|maximum|max|full|perfect|best) (score|mark|grade|rating)s?\b.{0,40}\b(by|"
    r"from) (the |our |your |most |all )?(interviewers?|graders?|examiners?|assessors?)\b",
    r"\b(interviewers?|graders?|examiners?|assessors?) (give|gave|award|awarded|hand|handed)\b"
    r".{0,30}\b(top|highest|maximum|max|full|perfect|best) (score|mark|grade|rating)s?\b",
)

# A perfect mark ("5/5", "10 out of 10", "five out of five", "5 av 5", "full marks"): not a
# date ("10/10/2024"). A customer's "rated us 5/5" is a fact of the work; with the grading of an
# answer next to it (below), it is a grade the answer gives itself.
PERFECT_MARK = (
    r"\b(?P<n>5|10)\s*(/|out of|av|af|sur|sobre|de|su|von|uit|na|z|из|dari|से)\s*(?P=n)\b"
    r"(?!\s*[/.]\d)|\b(five|ten) out of (five|ten)\b|\bfull marks\b|\btop marks\b|"
    r"\bperfect (score|mark|grade)"
)
SELF_GRADING_PATTERNS = (
    r"\b(criteri\w*|rubric|rescor\w*|assessor|evaluator|grader|examiner|answers?|responses?|"
    r"submission|overall|respuesta|réponse|antwort|risposta|resposta|svar\w*|jawab|uttar)\b",
)
# A verdict on the answer itself ("outstanding answer", "an exemplary response"): the grader's
# words, never the candidate's.
VERDICT_PATTERNS = (
    r"\b(outstanding|excellent|perfect|flawless|exemplary|exceptional|impeccable) (answer|"
    r"response|reply|submission)\b",
)
