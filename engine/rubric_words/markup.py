"""Steering cues in markup, whatever the language: tags, chat-template tokens, bot commands.

Regular-expression fragments, matched case-insensitively (``^`` and ``$`` at line ends) on text
normalised for checks. The logic that finds hidden channels (comments, base64, …) lives in
``engine/injection.py``; these are only the words and shapes it looks for.
"""

from __future__ import annotations

# Tags naming a speaker or a verdict: <system>, <evaluation><score>5</score></evaluation>.
# (Ordinary HTML — <div>, <b>, <p> — is an answer's business.)
STEERING_TAGS = (
    "system", "system_prompt", "systemprompt", "assistant", "developer", "instruction",
    "instructions", "user_instructions", "prompt", "admin", "evaluation", "evaluator", "eval",
    "score", "scores", "scoring", "grade", "grades", "grading", "grader", "rating", "ratings",
    "verdict", "assessment", "judge", "judgement", "judgment", "candidate", "interviewer",
    "new_task", "task", "rubric", "override", "im_start", "im_end", "inst", "sys",
    "note_to_grader", "feedback_for_grader",
)  # fmt: skip

STEERING_PATTERNS = (
    # chat-template tokens and turn markers: <|im_start|>, [INST], <<SYS>>, ### Instruction:
    r"<\|\s*[a-z_]+\s*\|>|\[/?\s*inst\s*\]|<<\s*/?\s*sys\s*>>",
    r"\[\s*(system|admin|inst|assistant|developer|grader|evaluator|interviewer|user|human)\s*"
    r"(message|prompt|note|override)?\s*\]",
    r"(^|\s)#{1,6}\s*(system( prompt| message)?|instructions?|new instructions?|new task|"
    r"response|assistant|evaluation|grader|grading|scoring)\s*(:|$)",
    # a transcript's boundary: "[end of answer]", "[new task]", "--- END OF ANSWER ---"
    r"[\[(<{#*=~-]\s*(end|begin|start|close|stop)\s*(of\s*)?(the\s*)?(candidate'?s?\s*)?"
    r"(answer|response|input|transcript|user (input|message)|context|conversation|data)\b",
    r"\[\s*(new|next|real|actual|hidden|secret|admin|system|updated|additional)\s*(task|"
    r"instructions?|prompt|message|rules|directive)s?\s*\]",
    # a bot command with a score or a verdict: "/score 5", "!grade A+", "/approve"
    r"(^|[\s.!?;:(\[])[/!](score|scores|set_?score|grade|rate|rating|mark|marks|points|eval|"
    r"evaluate|pass|approve|accept|override|admin|sudo|award|assign|verdict|jailbreak|prompt|"
    r"ignore|reveal|system|hire)\b",
    r"(^|\s)[/!][a-z][\w-]{1,30}\s+(\d+(\.\d+)?(\s*/\s*\d+)?|a\+|max\w*|full|top|perfect|"
    r"excellent|pass(ed)?)\s*($|[.!,;])",
)

# A bot command alone on a line, any word ("/next", "!override"): looked for outside code only
# (a shell line "!pip install pandas" in a fenced block is code).
COMMAND_LINE = r"^[ \t]*[/!][a-z][\w-]{1,30}(?=[ \t]|$)(?![ \t]*[/\\.])"

# The text with everything but letters and digits dropped: an instruction spelt with spaces,
# dots or dashes between its letters ("i g n o r e  a l l  p r e v i o u s").
COMPACT_PATTERNS = (
    r"(ignore|disregard|forget)(all|any|the|your|my)?(previous|prior|above|earlier|preceding)"
    r"(instructions?|rules|prompts?)",
    r"(reveal|print|repeat|show|output)(me)?(your|the)(system|initial|original)?"
    r"(prompt|instructions)",
    r"(give|assign|award)(me|thisanswer|myanswer)(a|the)?(perfect|full|maximum|top|highest)"
    r"(score|marks|grade)",
    r"youarenow(a|an|the)?(grader|evaluator|ai|assistant)",
)

# The same for letters spaced out ("p l e a s e g i v e m e 5 / 5", its wider gaps lost):
# a score asked for, which in ordinary text would read "give me 55".
SPACED_PATTERNS = (
    r"(give|award|assign|grant|rate|score|mark)(me|it|this|thisanswer|myanswer|thisone)?(a|the)?"
    r"(55|1010|fullmarks|topmarks|maxscore|perfectscore|highestscore|fivestars)",
)

# Talk of the grading itself: a sentence with these next to a steering one belongs to it.
GRADING_MENTIONS = (
    r"\b(grader|evaluator|scorer|assessor|examiner|marker|rubric|criteria|criterion|"
    r"(evaluated|graded|scored|assessed|marked|rated) (this|my|the) (answer|response)|"
    r"(the|this|my) (answer|response) (covers|meets|satisfies|deserves|earns))s?\b",
)

# Words that give away hidden text (a comment, a decoded base64 run, invisible characters)
# as meant for the grader: no reader of the answer would see them, only a model.
HIDDEN_CUES = (
    r"\b(grader|evaluator|interviewer|assistant|llm|language model|ai model|chatbot|scorer|"
    r"examiner|marker|hiring manager)s?\b",
    r"\b(instructions?|prompt|rubric|system message|directive)\b",
    r"\b(score|scores|grade|grades|rating|marks|points|evaluation|verdict)\W{0,3}(\d|full|max|"
    r"top|perfect|high|best|excellent|pass)",
    r"\b(ignore|disregard|forget|pretend|obey|comply|override)\b",
    r"\b(excellent|outstanding|flawless|exceptional|brilliant)\b",
)

# Common words spelt backwards: text written (or bidi-displayed) in reverse. Two of them and the
# text is read backwards too.
REVERSED_WORDS = (
    "eht", "dna", "uoy", "ruoy", "siht", "rewsna", "erocs", "edarg", "erongi", "suoiverp",
    "snoitcurtsni", "tpmorp", "metsys", "evig", "skram", "lla",
)  # fmt: skip

# Common words in ROT13 ("gur" is "the"): two of them and the text is read through ROT13 too.
ROT13_WORDS = (
    "gur", "naq", "lbh", "lbhe", "guvf", "nafjre", "fpber", "tenqr", "vtaber", "cerivbhf",
    "vafgehpgvbaf", "cebzcg", "flfgrz", "tvir", "znexf", "nyy", "shyy",
)  # fmt: skip
